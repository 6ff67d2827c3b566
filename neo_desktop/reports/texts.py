"""The words printed reports use, in English, Danish and Swedish.

Reports are written for the young person in the language they chose, not in the caseworker's program
language, and they are made without Qt; so their strings live here as a plain catalogue rather than in the
Qt translation files. Every entry has all three languages (a test checks it). Plain language: short
sentences, "you" for the young person.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from neo_desktop.domain.organisation import Language
from neo_desktop.domain.plan import (
    ActivityKind,
    AgreementMethod,
    BarrierKind,
    GoalKind,
    ResourceKind,
    StepOwner,
    StepStatus,
)

from .meeting_pack_texts import PACK_TEXTS

LANGUAGES = (Language.EN, Language.DA, Language.SV)

TEXTS: dict[str, dict[str, str]] = {
    "plan.title": {"en": "My plan", "da": "Min plan", "sv": "Min plan"},
    "plan.subtitle": {"en": "Individual qualification plan", "da": "Individuel kvalificeringsplan",
                      "sv": "Individuell handlingsplan"},
    "plan.name": {"en": "Name", "da": "Navn", "sv": "Namn"},
    "plan.born": {"en": "Date of birth", "da": "Fødselsdato", "sv": "Födelsedatum"},
    "plan.project": {"en": "Project", "da": "Projekt", "sv": "Projekt"},
    "plan.caseworker": {"en": "Your caseworker", "da": "Din sagsbehandler", "sv": "Din handläggare"},
    "plan.starts": {"en": "The plan starts", "da": "Planen starter", "sv": "Planen börjar"},
    "plan.review": {"en": "Next follow-up", "da": "Næste opfølgning", "sv": "Nästa uppföljning"},
    "plan.version": {"en": "Version", "da": "Version", "sv": "Version"},
    "plan.agreement": {"en": "Agreement", "da": "Aftale", "sv": "Överenskommelse"},
    "plan.agreed": {"en": "You agreed to this version on {date} ({method}).",
                    "da": "Du sagde ja til denne version den {date} ({method}).",
                    "sv": "Du sa ja till den här versionen den {date} ({method})."},
    "plan.not_agreed": {"en": "Not agreed yet. Read it through, and sign at the end if you agree.",
                        "da": "Ikke aftalt endnu. Læs den igennem, og skriv under til sidst, hvis du er enig.",
                        "sv": "Inte överenskommen än. Läs igenom den och skriv under i slutet om du håller med."},
    "plan.goal": {"en": "My goal", "da": "Mit mål", "sv": "Mitt mål"},
    "plan.goals": {"en": "My goals", "da": "Mine mål", "sv": "Mina mål"},
    "goal.job": {"en": "Job: {field}", "da": "Job: {field}", "sv": "Arbete: {field}"},
    "goal.education": {"en": "Education: {field}", "da": "Uddannelse: {field}", "sv": "Utbildning: {field}"},
    "goal.by": {"en": "{goal} – by {date}", "da": "{goal} – senest {date}", "sv": "{goal} – senast {date}"},
    "plan.steps": {"en": "Who does what by when", "da": "Hvem gør hvad hvornår", "sv": "Vem gör vad och när"},
    "plan.steps_intro": {"en": "The shaded steps are yours: you are the one who does them.",
                         "da": "De farvede trin er dine: det er dig, der gør dem.",
                         "sv": "De färgade stegen är dina: det är du som gör dem."},
    "column.what": {"en": "What", "da": "Hvad", "sv": "Vad"},
    "column.who": {"en": "Who", "da": "Hvem", "sv": "Vem"},
    "column.when": {"en": "By when", "da": "Hvornår", "sv": "När"},
    "column.status": {"en": "Status", "da": "Status", "sv": "Status"},
    "step.no_date": {"en": "No date yet", "da": "Ingen dato endnu", "sv": "Inget datum än"},
    "step.owner_named": {"en": "{owner} ({name})", "da": "{owner} ({name})", "sv": "{owner} ({name})"},
    "plan.no_steps": {"en": "No steps have been agreed yet.", "da": "Der er ikke aftalt nogen trin endnu.",
                      "sv": "Inga steg är överenskomna än."},
    "plan.resources": {"en": "Your strengths and resources", "da": "Dine styrker og ressourcer",
                       "sv": "Dina styrkor och resurser"},
    "plan.barriers": {"en": "What can get in the way", "da": "Det kan stå i vejen", "sv": "Det här kan stå i vägen"},
    "plan.signatures": {"en": "We agree on this plan", "da": "Vi er enige om planen", "sv": "Vi är överens om planen"},
    "plan.signatures_intro": {
        "en": "When you sign, you say yes to doing your part of the plan. You can always ask to change it.",
        "da": "Når du skriver under, siger du ja til at gøre din del af planen. Du kan altid bede om at ændre den.",
        "sv": "När du skriver under säger du ja till att göra din del av planen. Du kan alltid be om att ändra den.",
    },
    "signature.participant": {"en": "Date and signature – {name}", "da": "Dato og underskrift – {name}",
                              "sv": "Datum och underskrift – {name}"},
    "signature.caseworker": {"en": "Date and signature – caseworker {name}",
                             "da": "Dato og underskrift – sagsbehandler {name}",
                             "sv": "Datum och underskrift – handläggare {name}"},
    "page.number": {"en": "Page {page} of {pages}", "da": "Side {page} af {pages}", "sv": "Sida {page} av {pages}"},
    "page.footer": {"en": "{name} · version {number} · printed {date}",
                    "da": "{name} · version {number} · udskrevet {date}",
                    "sv": "{name} · version {number} · utskriven {date}"},
}

# Nested per enum: equal values of different enums ("education", "language", "other") must not collide.
LABELS: dict[type[StrEnum], dict[str, dict[str, str]]] = {
    StepOwner: {
        "participant": {"en": "You", "da": "Dig", "sv": "Du"},
        "caseworker": {"en": "Your caseworker", "da": "Din sagsbehandler", "sv": "Din handläggare"},
        "coordinator": {"en": "Your coordinator or mentor", "da": "Din koordinator eller mentor",
                        "sv": "Din samordnare eller mentor"},
        "employer": {"en": "The employer", "da": "Virksomheden", "sv": "Arbetsgivaren"},
        "other_partner": {"en": "Another partner", "da": "En anden samarbejdspartner",
                          "sv": "En annan samarbetspartner"},
    },
    StepStatus: {
        "planned": {"en": "Not started", "da": "Ikke startet", "sv": "Inte påbörjat"},
        "in_progress": {"en": "Under way", "da": "I gang", "sv": "Pågår"},
        "done": {"en": "Done", "da": "Færdig", "sv": "Klart"},
        "dropped": {"en": "Dropped", "da": "Udgået", "sv": "Utgått"},
    },
    ActivityKind: {
        "course": {"en": "Course", "da": "Kursus", "sv": "Kurs"},
        "internship": {"en": "Internship", "da": "Praktik", "sv": "Praktik"},
        "network_group": {"en": "Network group", "da": "Netværksgruppe", "sv": "Nätverksgrupp"},
        "mentoring": {"en": "Mentoring", "da": "Mentorforløb", "sv": "Mentorskap"},
        "cv_and_application": {"en": "CV and applications", "da": "CV og ansøgninger", "sv": "CV och ansökningar"},
        "interview_training": {"en": "Practising job interviews", "da": "Træning i jobsamtaler",
                               "sv": "Träning inför intervjuer"},
        "education": {"en": "Education", "da": "Uddannelse", "sv": "Utbildning"},
        "treatment": {"en": "Treatment", "da": "Behandling", "sv": "Behandling"},
        "other": {"en": "Other", "da": "Andet", "sv": "Annat"},
    },
    ResourceKind: {
        "strength": {"en": "Strength", "da": "Styrke", "sv": "Styrka"},
        "interest": {"en": "Interest", "da": "Interesse", "sv": "Intresse"},
        "experience": {"en": "Experience", "da": "Erfaring", "sv": "Erfarenhet"},
        "language": {"en": "Language", "da": "Sprog", "sv": "Språk"},
        "driving_licence": {"en": "Driving licence", "da": "Kørekort", "sv": "Körkort"},
        "certificate": {"en": "Certificate", "da": "Certifikat", "sv": "Intyg"},
    },
    BarrierKind: {
        "health": {"en": "Health", "da": "Helbred", "sv": "Hälsa"},
        "social": {"en": "Social situation", "da": "Sociale forhold", "sv": "Sociala förhållanden"},
        "housing": {"en": "Housing", "da": "Bolig", "sv": "Boende"},
        "language": {"en": "Language", "da": "Sprog", "sv": "Språk"},
        "transport": {"en": "Transport", "da": "Transport", "sv": "Resor"},
        "childcare": {"en": "Childcare", "da": "Børnepasning", "sv": "Barnomsorg"},
        "other": {"en": "Other", "da": "Andet", "sv": "Annat"},
    },
    AgreementMethod: {
        "paper": {"en": "signed on paper", "da": "underskrevet på papir", "sv": "undertecknad på papper"},
        "meeting": {"en": "at a meeting", "da": "på et møde", "sv": "på ett möte"},
        "digital": {"en": "digitally", "da": "digitalt", "sv": "digitalt"},
    },
    GoalKind: {
        "job": {"en": "Job", "da": "Job", "sv": "Arbete"},
        "education": {"en": "Education", "da": "Uddannelse", "sv": "Utbildning"},
    },
}

TEXTS.update(PACK_TEXTS)  # the meeting pack's and the statistics' words (see meeting_pack_texts)

_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December")


def language_of(language: Language | str) -> Language:
    """``language`` as a :class:`Language`; raises ValueError for anything but en, da or sv."""
    return Language(str(language).lower())


def text(key: str, language: Language | str, **params: object) -> str:
    """The catalogue entry ``key`` in ``language``, with its ``{placeholders}`` filled in."""
    return TEXTS[key][language_of(language).value].format(**params)


def label(value: StrEnum, language: Language | str) -> str:
    """An enum value (owner, status, kind, ...) as a word in ``language``."""
    return LABELS[type(value)][value.value][language_of(language).value]


def format_date(value: date, language: Language | str) -> str:
    """A date the way the language writes it: 23.11.2026 (da), 2026-11-23 (sv), 23 November 2026 (en)."""
    code = language_of(language)
    if code is Language.DA:
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    if code is Language.SV:
        return value.isoformat()
    return f"{value.day} {_ENGLISH_MONTHS[value.month - 1]} {value.year}"
