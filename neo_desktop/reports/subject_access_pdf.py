"""A person's subject access export as a readable PDF (GDPR Art. 15), in English, Danish or Swedish.

:func:`write_subject_access_pdf` is a pure function from the export dictionary that
``SubjectAccessService.export`` builds (the same content as the machine-readable JSON file) to a file: the
person's details, consents, journal, plans, placements, suggested placements, groups and the lookups of their
data — dates, kinds and purposes, never the staff members' names (CJEU C-579/21). Internal reference numbers
are left to the JSON file; everything a person can read is printed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from neo_desktop.domain.organisation import Language

from .fonts import register_fonts
from .plan_pdf import HEADER, INK, MARGIN, MUTED, RULE, _NumberedCanvas
from .texts import format_date, language_of

T: dict[str, dict[str, str]] = {
    "title": {"en": "Your data in NEO Desktop", "da": "Dine oplysninger i NEO Desktop",
              "sv": "Dina uppgifter i NEO Desktop"},
    "intro": {"en": "This is everything the project stores about you on {date}. The enclosed JSON file holds the "
                    "same, in a form a computer can read, with the internal reference numbers.",
              "da": "Her er alt, hvad projektet har registreret om dig den {date}. Den vedlagte JSON-fil indeholder "
                    "det samme i en form, som en computer kan læse, med de interne referencenumre.",
              "sv": "Här är allt som projektet har registrerat om dig den {date}. Den bifogade JSON-filen "
                    "innehåller samma sak i en form som en dator kan läsa, med de interna referensnumren."},
    "about": {"en": "About you", "da": "Om dig", "sv": "Om dig"},
    "consents": {"en": "What you have allowed us to share", "da": "Hvad du har givet lov til, at vi deler",
                 "sv": "Vad du har gett oss lov att dela"},
    "journal": {"en": "Your journal", "da": "Din journal", "sv": "Din journal"},
    "plans": {"en": "Your plans", "da": "Dine planer", "sv": "Dina planer"},
    "placements": {"en": "Placements in companies", "da": "Forløb i virksomheder", "sv": "Placeringar på företag"},
    "proposals": {"en": "Suggested placements", "da": "Foreslåede forløb", "sv": "Föreslagna placeringar"},
    "groups": {"en": "Groups and meetings", "da": "Grupper og møder", "sv": "Grupper och möten"},
    "groups_text": {"en": "Member of {groups} group(s); registered at {meetings} meeting(s).",
                    "da": "Medlem af {groups} gruppe(r); registreret ved {meetings} møde(r).",
                    "sv": "Medlem i {groups} grupp(er); registrerad vid {meetings} möte(n)."},
    "lookups": {"en": "When your data was looked up, and why", "da": "Hvornår dine oplysninger blev slået op, og "
                "hvorfor", "sv": "När dina uppgifter söktes fram, och varför"},
    "lookups_intro": {"en": "Every read, change and export of your data is logged. You see the date, the kind of "
                            "access and its purpose; the staff member is not named.",
                      "da": "Alle opslag, ændringer og udtræk af dine oplysninger bliver logget. Du ser datoen, "
                            "typen af adgang og formålet; medarbejderen nævnes ikke.",
                      "sv": "Varje läsning, ändring och export av dina uppgifter loggas. Du ser datum, typ av "
                            "åtkomst och syfte; medarbetaren nämns inte."},
    "none": {"en": "Nothing is stored.", "da": "Der er intet registreret.", "sv": "Inget är registrerat."},
    "plan": {"en": "Plan from {date} – {status}", "da": "Plan fra {date} – {status}",
             "sv": "Plan från {date} – {status}"},
    "revision": {"en": "Version {number}", "da": "Version {number}", "sv": "Version {number}"},
    "goals": {"en": "Goals", "da": "Mål", "sv": "Mål"},
    "resources": {"en": "Strengths and resources", "da": "Styrker og ressourcer", "sv": "Styrkor och resurser"},
    "barriers": {"en": "What can get in the way", "da": "Det kan stå i vejen", "sv": "Det här kan stå i vägen"},
    "steps": {"en": "Steps", "da": "Trin", "sv": "Steg"},
    "yes": {"en": "Yes", "da": "Ja", "sv": "Ja"},
    "no": {"en": "No", "da": "Nej", "sv": "Nej"},
    "footer": {"en": "{name} · subject access · {date}", "da": "{name} · indsigt · {date}",
               "sv": "{name} · registerutdrag · {date}"},
}

# Column and field names, by the export's keys.
FIELDS: dict[str, tuple[str, str, str]] = {
    "first_name": ("First name", "Fornavn", "Förnamn"), "last_name": ("Last name", "Efternavn", "Efternamn"),
    "identity_number": ("Identity number", "CPR-nummer", "Personnummer"),
    "identity_kind": ("Kind of number", "Nummertype", "Nummertyp"),
    "birth_date": ("Date of birth", "Fødselsdato", "Födelsedatum"), "gender": ("Gender", "Køn", "Kön"),
    "preferred_language": ("Language", "Sprog", "Språk"), "phone": ("Phone", "Telefon", "Telefon"),
    "email": ("E-mail", "E-mail", "E-post"), "address": ("Address", "Adresse", "Adress"),
    "postcode": ("Postcode", "Postnummer", "Postnummer"), "city": ("Town", "By", "Ort"),
    "municipality": ("Municipality", "Kommune", "Kommun"), "housing_area": ("Housing area", "Boligområde",
                                                                            "Bostadsområde"),
    "education_level": ("Education", "Uddannelse", "Utbildning"),
    "labour_market_status": ("Situation at start", "Situation ved start", "Situation vid start"),
    "unemployed_since": ("Unemployed since", "Ledig siden", "Arbetslös sedan"),
    "foreign_background": ("Foreign background", "Udenlandsk baggrund", "Utländsk bakgrund"),
    "third_country_national": ("Citizen outside the EU", "Statsborger uden for EU", "Medborgare utanför EU"),
    "homeless_or_housing_exclusion": ("Without a home", "Uden bolig", "Utan bostad"),
    "rural_area": ("Lives in the countryside", "Bor på landet", "Bor på landsbygden"),
    "has_disability": ("Disability", "Handicap", "Funktionsnedsättning"),
    "is_minority": ("Minority", "Minoritet", "Minoritet"), "status": ("Status", "Status", "Status"),
    "referred_on": ("Referred", "Henvist", "Anvisad"), "enrolled_on": ("Started", "Startet", "Började"),
    "exited_on": ("Left", "Afsluttet", "Avslutad"),
    "exit_outcome": ("Went on to", "Gik videre til", "Gick vidare till"),
    "gained_qualification": ("Gained a qualification", "Opnåede en kvalifikation", "Fick en kvalifikation"),
    "followup_due_on": ("Follow-up due", "Opfølgning", "Uppföljning"),
    "followup_done_on": ("Followed up", "Fulgt op", "Uppföljd"),
    "followup_outcome": ("Situation at follow-up", "Situation ved opfølgning", "Situation vid uppföljning"),
    "next_contact_on": ("Next contact", "Næste kontakt", "Nästa kontakt"),
    "last_contact_on": ("Last contact", "Seneste kontakt", "Senaste kontakt"),
    "scope": ("What", "Hvad", "Vad"), "given_on": ("Given", "Givet", "Givet"),
    "expires_on": ("Until", "Indtil", "Till och med"), "withdrawn_on": ("Withdrawn", "Trukket tilbage", "Återkallat"),
    "occurred_at": ("When", "Hvornår", "När"), "kind": ("Kind", "Type", "Typ"),
    "subject": ("Subject", "Emne", "Ämne"), "body": ("Text", "Tekst", "Text"),
    "placement_type": ("Type", "Type", "Typ"), "starts_on": ("From", "Fra", "Från"), "ends_on": ("To", "Til", "Till"),
    "outcome": ("Outcome", "Resultat", "Resultat"), "reasons": ("Why", "Hvorfor", "Varför"),
    "description": ("Description", "Beskrivelse", "Beskrivning"), "due_on": ("By", "Senest", "Senast"),
    "action": ("Kind of access", "Type adgang", "Typ av åtkomst"), "purpose": ("Purpose", "Formål", "Syfte"),
    "answered_at": ("Answered", "Besvaret", "Besvarat"),
}
# Stored codes a person meets in the export, as words (a code not listed here is printed as it is stored).
CODES: dict[str, tuple[str, str, str]] = {
    "referred": ("referred", "henvist", "anvisad"), "intake": ("intake", "visitation", "inskrivning"),
    "active": ("active", "aktiv", "aktiv"), "paused": ("paused", "på pause", "pausad"),
    "completed": ("completed", "afsluttet", "avslutad"), "dropped_out": ("dropped out", "faldet fra", "avbrutit"),
    "woman": ("woman", "kvinde", "kvinna"), "man": ("man", "mand", "man"),
    "non_binary": ("non-binary", "nonbinær", "icke-binär"), "not_stated": ("not stated", "ikke oplyst", "ej angivet"),
    "unemployed": ("unemployed", "ledig", "arbetslös"),
    "long_term_unemployed": ("long-term unemployed", "langtidsledig", "långtidsarbetslös"),
    "inactive": ("outside the labour market", "uden for arbejdsmarkedet", "utanför arbetsmarknaden"),
    "employed": ("employed", "i arbejde", "i arbete"),
    "isced_0_2": ("primary or lower secondary school", "grundskole", "grundskola"),
    "isced_3_4": ("upper secondary school", "ungdomsuddannelse", "gymnasieutbildning"),
    "isced_5_8": ("higher education", "videregående uddannelse", "eftergymnasial utbildning"),
    "draft": ("draft", "udkast", "utkast"), "agreed": ("agreed", "aftalt", "överenskommen"),
    "under_review": ("under review", "til opfølgning", "under uppföljning"), "closed": ("closed", "lukket", "avslutad"),
    "planned": ("not started", "ikke startet", "inte påbörjat"), "in_progress": ("under way", "i gang", "pågår"),
    "done": ("done", "færdig", "klart"), "dropped": ("dropped", "udgået", "utgått"),
    "job": ("job", "job", "arbete"), "education": ("education", "uddannelse", "utbildning"),
    "employment": ("employment", "job", "arbete"),
    "strength": ("strength", "styrke", "styrka"), "interest": ("interest", "interesse", "intresse"),
    "experience": ("experience", "erfaring", "erfarenhet"), "language": ("language", "sprog", "språk"),
    "other": ("other", "andet", "annat"), "proposed": ("proposed", "foreslået", "föreslagen"),
    "accepted": ("accepted", "accepteret", "accepterad"), "declined": ("declined", "afslået", "avböjd"),
    "ended": ("ended", "afsluttet", "avslutad"),
    "read": ("read", "opslag", "läsning"), "search": ("search", "søgning", "sökning"),
    "create": ("created", "oprettet", "skapad"), "update": ("change", "ændring", "ändring"),
    "delete": ("deletion", "sletning", "radering"), "export": ("export", "udtræk", "utdrag"),
    "anonymise": ("anonymisation", "anonymisering", "anonymisering"),
    "da": ("Danish", "dansk", "danska"), "sv": ("Swedish", "svensk", "svenska"),
    "en": ("English", "engelsk", "engelska"),
    "cpr": ("CPR number", "CPR-nummer", "CPR-nummer"), "personnummer": ("personnummer", "personnummer",
                                                                       "personnummer"),
}
_INTERNAL = {"id", "created_at", "updated_at", "anonymised_at", "sensitive", "position", "locked"}


def _t(key: str, lang: Language, **params: object) -> str:
    return T[key][lang.value].format(**params)


def field_title(key: str, language: Language | str) -> str:
    """A field's title in ``language`` (a readable form of the key when it has none)."""
    lang = language_of(language)
    titles = FIELDS.get(key)
    return titles[(Language.EN, Language.DA, Language.SV).index(lang)] if titles else key.replace("_", " ").capitalize()


def printable(value: Any, language: Language | str) -> str:
    """A value of the export as a person reads it: dates in the language's form, yes/no, codes as words."""
    lang = language_of(language)
    if value is None:
        return ""
    if isinstance(value, bool):
        return _t("yes" if value else "no", lang)
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)
    text = str(value)
    try:
        if len(text) == 10:
            return format_date(date.fromisoformat(text), lang)
        if len(text) >= 16 and text[10] == "T":
            moment = datetime.fromisoformat(text)
            return f"{format_date(moment.date(), lang)} {moment:%H:%M}"
    except ValueError:
        pass
    if text in CODES:
        return CODES[text][(Language.EN, Language.DA, Language.SV).index(lang)]
    if text and text.replace("_", "").isalnum() and text.islower() and " " not in text:
        return text.replace("_", " ")  # a code without words here ("dk_smaajob"): readable as it is
    return text


def _shown(row: Mapping[str, Any]) -> list[tuple[str, Any]]:
    return [(key, value) for key, value in row.items()
            if value not in (None, "") and key not in _INTERNAL and not key.endswith("_id")
            and not isinstance(value, list)]


class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5, textColor=INK)
        self.title = ParagraphStyle("title", self.body, fontName=bold, fontSize=20, leading=24, spaceAfter=3 * mm)
        self.heading = ParagraphStyle("heading", self.body, fontName=bold, fontSize=13, leading=16,
                                      spaceBefore=6 * mm, spaceAfter=2 * mm, keepWithNext=1)
        self.subheading = ParagraphStyle("subheading", self.body, fontName=bold, spaceBefore=3 * mm,
                                         spaceAfter=1 * mm, keepWithNext=1)
        self.label = ParagraphStyle("label", self.body, fontName=bold)
        self.cell = ParagraphStyle("cell", self.body, fontSize=9, leading=11.5)
        self.cell_bold = ParagraphStyle("cell_bold", self.cell, fontName=bold)
        self.note = ParagraphStyle("note", self.body, textColor=MUTED, spaceAfter=2 * mm)
        self.footer_font = (regular, 8)


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    # User text is escaped ("<" prints as typed); line breaks in notes are kept.
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def _table(rows: list[list[Any]], widths: Sequence[float | None], styles: _Styles, *, header: bool) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.body.fontName), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEADER), ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]
    table.setStyle(TableStyle(commands))
    return table


def _facts(row: Mapping[str, Any], lang: Language, styles: _Styles) -> Flowable:
    rows = [[_p(field_title(key, lang), styles.label), _p(printable(value, lang), styles.body)]
            for key, value in _shown(row)]
    return _table(rows, [58 * mm, None], styles, header=False)


def _list_table(rows: Iterable[Mapping[str, Any]], keys: Sequence[str], widths: Sequence[float | None],
                lang: Language, styles: _Styles) -> Flowable:
    body = [[_p(printable(row.get(key), lang), styles.cell) for key in keys] for row in rows]
    if not body:
        return _p(_t("none", lang), styles.note)
    head = [_p(field_title(key, lang), styles.cell_bold) for key in keys]
    return _table([head, *body], widths, styles, header=True)


def _section(key: str, lang: Language, styles: _Styles, *content: Flowable) -> list[Flowable]:
    return [_p(_t(key, lang), styles.heading), *content]


def _plans(plans: list[Mapping[str, Any]], lang: Language, styles: _Styles) -> list[Flowable]:
    if not plans:
        return [_p(_t("none", lang), styles.note)]
    flowables: list[Flowable] = []
    for plan in plans:
        flowables.append(_p(_t("plan", lang, date=printable(plan.get("starts_on"), lang),
                               status=printable(plan.get("status"), lang)), styles.subheading))
        for revision in plan.get("revisions", []):
            agreed = f" · {printable(revision['agreed_on'], lang)}" if revision.get("agreed_on") else ""
            flowables.append(_p(_t("revision", lang, number=revision.get("number")) + agreed, styles.label))
            for key, fields in (("goals", ("kind", "field", "target_date")), ("resources", ("kind", "description")),
                                ("barriers", ("kind", "description"))):
                lines = [" – ".join(printable(item.get(f), lang) for f in fields if item.get(f))
                         for item in revision.get(key, [])]
                if lines:
                    flowables.append(_p(f"{_t(key, lang)}: " + "; ".join(lines), styles.body))
            if revision.get("steps"):
                flowables.append(_list_table(revision["steps"], ("description", "due_on", "status"),
                                             (100 * mm, 32 * mm, None), lang, styles))
    return flowables


def write_subject_access_pdf(content: Mapping[str, Any], path: str | Path, language: Language | str) -> None:
    """Write the export ``content`` as a readable PDF to ``path`` in ``language`` (en, da or sv)."""
    lang = language_of(language)
    styles = _Styles()
    person = content.get("participant", {})
    name = f"{person.get('first_name', '')} {person.get('last_name', '')}".strip()
    exported = str(content.get("exported_at") or date.today().isoformat())[:10]
    day = printable(exported, lang)
    story: list[Flowable] = [
        _p(_t("title", lang), styles.title),
        _p(_t("intro", lang, date=day), styles.note),
        *_section("about", lang, styles, _facts(person, lang, styles)),
        *_section("consents", lang, styles, _list_table(content.get("consents", []),
                                                        ("scope", "given_on", "expires_on", "withdrawn_on"),
                                                        (86 * mm, 28 * mm, 28 * mm, None), lang, styles)),
        *_section("journal", lang, styles, _list_table(content.get("journal", []), ("occurred_at", "subject", "body"),
                                                       (32 * mm, 48 * mm, None), lang, styles)),
        *_section("plans", lang, styles, *_plans(content.get("plans", []), lang, styles)),
        *_section("placements", lang, styles, _list_table(content.get("placements", []),
                                                          ("placement_type", "starts_on", "ends_on", "status"),
                                                          (62 * mm, 32 * mm, 32 * mm, None), lang, styles)),
        *_section("proposals", lang, styles, _list_table(content.get("match_proposals", []),
                                                         ("answered_at", "status", "reasons"),
                                                         (32 * mm, 28 * mm, None), lang, styles)),
        *_section("groups", lang, styles, _p(_t("groups_text", lang, groups=len(content.get("group_memberships", [])),
                                                meetings=len(content.get("meeting_attendance", []))), styles.body)),
        *_section("lookups", lang, styles, _p(_t("lookups_intro", lang), styles.note),
                  _list_table(content.get("lookups", []), ("occurred_at", "action", "purpose"),
                              (36 * mm, 36 * mm, None), lang, styles)),
    ]
    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                                 bottomMargin=MARGIN + 6 * mm, title=_t("title", lang), creator="NEO Desktop",
                                 lang=lang.value, initialFontName=styles.body.fontName)
    footer = _t("footer", lang, name=name, date=day)
    document.build(story, canvasmaker=partial(_NumberedCanvas, footer=footer, language=lang, font=styles.footer_font))
