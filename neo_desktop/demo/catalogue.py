"""Static catalogues for the demo: industries, reference-list labels and plan templates."""

from __future__ import annotations

from dataclasses import dataclass

from neo_desktop.domain.employer import PhysicalDemand, PlacementType
from neo_desktop.domain.organisation import Country
from neo_desktop.domain.participant import ExitOutcome
from neo_desktop.domain.plan import ActivityKind, StepOwner


@dataclass(frozen=True)
class Industry:
    """An industry with its NACE code (SNI adds a digit), names and the jobs its openings offer."""

    nace: str
    name_da: str
    name_sv: str
    word_da: str  # used in made-up company names
    word_sv: str
    jobs_da: tuple[str, ...]
    jobs_sv: tuple[str, ...]
    demand: PhysicalDemand
    serves_housing: bool  # the kind of company that does jobs for housing associations
    weight: int

    def code(self, country: Country) -> str:
        """NACE (DK, "49.41") or SNI 2007 (SE, "49.410")."""
        return self.nace if country is Country.DK else f"{self.nace}0"

    def name(self, country: Country) -> str:
        """The industry's name in the country's language."""
        return self.name_da if country is Country.DK else self.name_sv

    def jobs(self, country: Country) -> tuple[str, ...]:
        """Job titles in the country's language."""
        return self.jobs_da if country is Country.DK else self.jobs_sv


_LOW, _MEDIUM, _HIGH = PhysicalDemand.LOW, PhysicalDemand.MEDIUM, PhysicalDemand.HIGH

INDUSTRIES: tuple[Industry, ...] = (
    Industry("49.41", "Vejgodstransport", "Väggodstransport", "Transport", "Åkeri",
             ("Chaufførmedhjælper", "Lagerarbejder"), ("Chaufförsbiträde", "Lagerarbetare"), _HIGH, False, 8),
    Industry("52.10", "Lager og logistik", "Magasinering", "Logistik", "Logistik",
             ("Lagermedarbejder", "Pakker"), ("Lagerarbetare", "Packare"), _MEDIUM, False, 10),
    Industry("47.11", "Supermarkeder", "Livsmedelshandel", "Købmand", "Livs",
             ("Butiksassistent", "Kassemedarbejder"), ("Butikssäljare", "Kassapersonal"), _MEDIUM, False, 12),
    Industry("56.10", "Restauranter", "Restauranger", "Køkken", "Kök",
             ("Køkkenmedhjælper", "Opvasker"), ("Köksbiträde", "Diskare"), _MEDIUM, False, 9),
    Industry("81.21", "Rengøring", "Lokalvård", "Rengøring", "Städ",
             ("Rengøringsassistent",), ("Lokalvårdare",), _MEDIUM, True, 8),
    Industry("81.30", "Anlægsgartnere", "Skötsel av grönytor", "Have og Park", "Trädgård",
             ("Anlægsgartnermedhjælper", "Gårdmand"), ("Trädgårdsarbetare", "Fastighetsskötare"), _HIGH, True, 7),
    Industry("43.22", "VVS-installation", "VVS-arbeten", "VVS", "Rör",
             ("VVS-lærling", "Servicemedhjælper"), ("VVS-lärling", "Servicetekniker"), _HIGH, True, 6),
    Industry("43.21", "El-installation", "Elinstallationer", "El-service", "El",
             ("Elektrikerlærling",), ("Elektrikerlärling",), _MEDIUM, True, 5),
    Industry("41.20", "Byggeentreprise", "Byggentreprenader", "Byg", "Bygg",
             ("Tømrerlærling", "Byggemedhjælper"), ("Snickarlärling", "Byggarbetare"), _HIGH, True, 7),
    Industry("88.10", "Hjemmepleje", "Hemtjänst", "Omsorg", "Omsorg",
             ("Social- og sundhedshjælper",), ("Vårdbiträde",), _MEDIUM, False, 6),
    Industry("87.30", "Plejehjem", "Äldreboende", "Pleje", "Vård",
             ("Plejemedhjælper", "Servicemedarbejder"), ("Undersköterska", "Servicevärd"), _MEDIUM, False, 5),
    Industry("45.20", "Autoreparation", "Bilverkstad", "Auto", "Bil",
             ("Mekanikerlærling", "Dækmontør"), ("Mekanikerlärling", "Däckmontör"), _MEDIUM, False, 5),
    Industry("10.71", "Bagerier", "Bagerier", "Bageri", "Bageri",
             ("Bagermedhjælper", "Ekspedient"), ("Bagarbiträde", "Expedit"), _MEDIUM, False, 4),
    Industry("55.10", "Hoteller", "Hotell", "Hotel", "Hotell",
             ("Stuepige", "Receptionsmedhjælper"), ("Städare", "Receptionsbiträde"), _MEDIUM, False, 3),
    Industry("62.01", "It-udvikling", "Dataprogrammering", "IT", "IT",
             ("It-supporter",), ("IT-supporttekniker",), _LOW, False, 3),
    Industry("96.02", "Frisører", "Hårvård", "Frisør", "Frisör",
             ("Frisørelev",), ("Frisörlärling",), _LOW, False, 2),
)

JOB_TITLES = {
    Country.DK: ("Indehaver", "Direktør", "HR-ansvarlig", "Butikschef", "Værkfører", "Lagerchef", "Køkkenchef"),
    Country.SE: ("Ägare", "VD", "HR-ansvarig", "Butikschef", "Arbetsledare", "Lagerchef", "Kökschef"),
}
COMPANY_SUFFIX = {Country.DK: ("ApS", "A/S", "I/S", "ApS"), Country.SE: ("AB", "AB", "HB", "AB")}

# Placement types per country; the shared kinds are offered in both countries.
DANISH_TYPES = (
    PlacementType.VIRKSOMHEDSPRAKTIK, PlacementType.LOENTILSKUD, PlacementType.FLEKSJOB,
    PlacementType.LAERLINGEPLADS, PlacementType.SMAAJOB, PlacementType.IGU,
)
SWEDISH_TYPES = (
    PlacementType.ARBETSPRAKTIK, PlacementType.LOENEBIDRAG, PlacementType.NYSTARTSJOBB,
    PlacementType.INTRODUKTIONSJOBB, PlacementType.YRKESINTRODUKTION,
)
SHARED_TYPES = (
    PlacementType.ORDINARY_JOB, PlacementType.MENTORSHIP, PlacementType.JOB_SHADOWING,
    PlacementType.WORKPLACE_TRAINING,
)
PLACEMENT_LABELS: dict[PlacementType, tuple[str, str, str]] = {  # en, da, sv
    PlacementType.VIRKSOMHEDSPRAKTIK: ("Company internship (unpaid)", "Virksomhedspraktik", "Praktik i företag"),
    PlacementType.LOENTILSKUD: ("Wage-subsidy job", "Løntilskud", "Anställning med lönetillskott"),
    PlacementType.FLEKSJOB: ("Flex job", "Fleksjob", "Flexjobb"),
    PlacementType.LAERLINGEPLADS: ("Apprenticeship", "Lærlinge-/elevplads", "Lärlingsplats"),
    PlacementType.SMAAJOB: ("A few paid hours a week", "Småjob", "Småjobb"),
    PlacementType.IGU: ("Integration basic education (IGU)", "Integrationsgrunduddannelse (IGU)", "IGU"),
    PlacementType.ARBETSPRAKTIK: ("Work experience placement", "Arbejdspraktik", "Arbetspraktik"),
    PlacementType.LOENEBIDRAG: ("Wage subsidy (lönebidrag)", "Lønbidrag", "Lönebidrag"),
    PlacementType.NYSTARTSJOBB: ("New start job", "Nystartjob", "Nystartsjobb"),
    PlacementType.INTRODUKTIONSJOBB: ("Introduction job", "Introduktionsjob", "Introduktionsjobb"),
    PlacementType.YRKESINTRODUKTION: ("Vocational introduction", "Erhvervsintroduktion", "Yrkesintroduktion"),
    PlacementType.ORDINARY_JOB: ("Ordinary job", "Ordinært job", "Vanlig anställning"),
    PlacementType.MENTORSHIP: ("Mentorship", "Mentorordning", "Mentorskap"),
    PlacementType.JOB_SHADOWING: ("Job shadowing", "Jobskygning", "Jobbskuggning"),
    PlacementType.WORKPLACE_TRAINING: ("Workplace-based training", "Arbejdspladsbaseret træning",
                                       "Arbetsplatsförlagt lärande"),
}
ACTIVITY_LABELS: dict[ActivityKind, tuple[str, str, str]] = {
    ActivityKind.COURSE: ("Course", "Kursus", "Kurs"),
    ActivityKind.INTERNSHIP: ("Internship", "Praktik", "Praktik"),
    ActivityKind.NETWORK_GROUP: ("Network group", "Netværksgruppe", "Nätverksgrupp"),
    ActivityKind.MENTORING: ("Mentoring", "Mentorforløb", "Mentorstöd"),
    ActivityKind.CV_AND_APPLICATION: ("CV and applications", "CV og ansøgninger", "CV och ansökningar"),
    ActivityKind.INTERVIEW_TRAINING: ("Interview training", "Træning i jobsamtaler", "Intervjuträning"),
    ActivityKind.EDUCATION: ("Education", "Uddannelse", "Utbildning"),
    ActivityKind.TREATMENT: ("Treatment or health", "Behandling eller sundhed", "Behandling eller hälsa"),
    ActivityKind.OTHER: ("Other", "Andet", "Annat"),
}
OUTCOME_LABELS: dict[ExitOutcome, tuple[str, str, str]] = {
    ExitOutcome.EMPLOYMENT: ("In employment", "I beskæftigelse", "I arbete"),
    ExitOutcome.EDUCATION: ("In education or training", "I uddannelse", "I utbildning"),
    ExitOutcome.INTERNSHIP_OR_APPRENTICESHIP: ("Internship or apprenticeship", "Praktik eller læreplads",
                                               "Praktik eller lärlingsplats"),
    ExitOutcome.JOB_SEARCHING: ("Job searching", "Jobsøgende", "Arbetssökande"),
    ExitOutcome.OTHER_HELP: ("Other help (treatment, health)", "Anden hjælp (behandling, sundhed)",
                             "Annat stöd (behandling, hälsa)"),
    ExitOutcome.DROPPED_OUT: ("Dropped out", "Frafald", "Avbrott"),
    ExitOutcome.MOVED: ("Moved", "Fraflyttet", "Flyttat"),
    ExitOutcome.OTHER: ("Other", "Andet", "Annat"),
}


@dataclass(frozen=True)
class TemplateSpec:
    """A plan template and its steps: (activity, description, owner, due after days)."""

    name: str
    target_group: str
    description: str
    steps: tuple[tuple[ActivityKind, str, StepOwner, int], ...]


_A, _O = ActivityKind, StepOwner
PLAN_TEMPLATES: tuple[TemplateSpec, ...] = (
    TemplateSpec(
        "Early school leaver", "early_school_leaver",
        "Young people who left school early: find an education goal, try it out in a company, apply.",
        (
            (_A.NETWORK_GROUP, "Join the weekly network group", _O.PARTICIPANT, 7),
            (_A.EDUCATION, "Guidance talk about education choices", _O.CASEWORKER, 21),
            (_A.INTERNSHIP, "Short internship in a company of interest", _O.EMPLOYER, 60),
            (_A.EDUCATION, "Apply for a vocational programme", _O.PARTICIPANT, 90),
        ),
    ),
    TemplateSpec(
        "Newly arrived", "newly_arrived",
        "Newly arrived young people: language, a first workplace, and a mentor.",
        (
            (_A.COURSE, "Language course alongside the plan", _O.OTHER_PARTNER, 14),
            (_A.MENTORING, "A mentor from the NGO", _O.COORDINATOR, 14),
            (_A.INTERNSHIP, "Language internship in a company", _O.EMPLOYER, 45),
            (_A.CV_AND_APPLICATION, "CV with experience from the home country", _O.PARTICIPANT, 30),
        ),
    ),
    TemplateSpec(
        "Long-term unemployed", "long_term_unemployed",
        "Unemployed for a year or more: health and daily structure first, then small steps into a workplace.",
        (
            (_A.TREATMENT, "Clarify health and needs for support", _O.CASEWORKER, 14),
            (_A.NETWORK_GROUP, "Weekly network group for structure", _O.PARTICIPANT, 7),
            (_A.INTERNSHIP, "Internship with few hours, increasing", _O.EMPLOYER, 60),
            (_A.INTERVIEW_TRAINING, "Interview training", _O.COORDINATOR, 90),
            (_A.CV_AND_APPLICATION, "Apply for ordinary jobs or small jobs", _O.PARTICIPANT, 120),
        ),
    ),
)
