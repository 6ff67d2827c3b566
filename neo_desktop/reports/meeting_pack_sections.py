"""The sections of the meeting pack PDF as ReportLab flowables: agenda, invited, previous minutes, open actions,
targets with their charts, statistics tables and the employer network.

Every text from the data is escaped before it becomes a Paragraph, so "<" or "&" in a title prints as typed.
Long lists are LongTables with the header row repeated on each page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.tables import LongTable

from neo_desktop.domain.organisation import Language

from .meeting_pack_charts import intake_chart, targets_chart
from .meeting_pack_document import MeetingPackDocument, PackAction, PackMinutes
from .suppression import PublishedTable
from .texts import format_date, text

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#cbd2d9")
HEADER = colors.HexColor("#e4e7eb")
TOTAL = colors.HexColor("#f5f7fa")
HIDDEN = colors.HexColor("#fdf1c7")
WARNING = colors.HexColor("#fde8e8")
RAG_COLOURS = {"green": colors.HexColor("#2e7d32"), "amber": colors.HexColor("#b26a00"),
               "red": colors.HexColor("#c23030")}


class Styles:
    """The paragraph styles of the pack, in the bundled font."""

    def __init__(self, regular: str, bold: str) -> None:
        base = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5, textColor=INK)
        self.regular, self.bold = regular, bold
        self.body = base
        self.title = ParagraphStyle("title", base, fontName=bold, fontSize=26, leading=31, spaceAfter=3 * mm)
        self.subtitle = ParagraphStyle("subtitle", base, fontSize=14, leading=18, textColor=MUTED, spaceAfter=8 * mm)
        self.heading = ParagraphStyle("heading", base, fontName=bold, fontSize=15, leading=19, spaceAfter=3 * mm)
        self.subheading = ParagraphStyle("subheading", base, fontName=bold, fontSize=11, leading=14,
                                         spaceBefore=4 * mm, spaceAfter=1.5 * mm)
        self.label = ParagraphStyle("label", base, fontName=bold)
        self.cell = ParagraphStyle("cell", base, fontSize=8.5, leading=10.5)
        self.cell_bold = ParagraphStyle("cell_bold", self.cell, fontName=bold)
        self.note = ParagraphStyle("note", base, fontSize=8.5, leading=11, textColor=MUTED, spaceBefore=1.5 * mm,
                                   spaceAfter=1.5 * mm)
        self.toc = ParagraphStyle("toc", base, fontSize=11, leading=18)
        # A header breaks at its own hyphen ("Ikke-/binære") before it splits a word anywhere.
        self.header = ParagraphStyle("header", base, fontName=bold, fontSize=8, leading=9.5, embeddedHyphenation=1)
        self.header_right = ParagraphStyle("header_right", self.header, alignment=TA_RIGHT)
        self.small = ParagraphStyle("small", base, fontSize=7.5, leading=9.5, textColor=MUTED)


def p(value: str | None, style: ParagraphStyle) -> Paragraph:
    """A paragraph of text from the data, escaped; line breaks kept."""
    return Paragraph(escape(value or "").replace("\n", "<br/>"), style)


def grid(rows: list[list[Any]], widths: Sequence[float | None], styles: Styles, *, numeric_from: int | None = None,
         extra: Sequence[tuple[Any, ...]] = (), long: bool = False) -> Table:
    """A table with a shaded header row (repeated on every page), thin rules, numbers right-aligned."""
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.regular), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("FONTNAME", (0, 0), (-1, 0), styles.bold), ("BACKGROUND", (0, 0), (-1, 0), HEADER),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4), *extra,
    ]
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    # Header texts wrap rather than run into the next column ("Ikke-binære" is wider than a number).
    rows = [[Paragraph(escape(value), styles.header_right if numeric_from is not None and index >= numeric_from
                       else styles.header) if isinstance(value, str) else value
             for index, value in enumerate(rows[0])], *rows[1:]]
    table = (LongTable if long else Table)(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def decimal(value: float, lang: Language) -> str:
    """One decimal, with the decimal comma Danish and Swedish use."""
    written = f"{value:.1f}"
    return written if lang is Language.EN else written.replace(".", ",")


def percent(value: float | None) -> str:
    """A share as "48 %" (the space all three languages use), or a dash when there is none."""
    return "–" if value is None else f"{value:.0%}".replace("%", " %")


def heading(title: str, styles: Styles, key: str) -> Paragraph:
    """A section heading; the document records its page for the contents and the PDF outline."""
    flowable = Paragraph(escape(title), styles.heading)
    flowable.toc_entry = (key, title)  # type: ignore[attr-defined]
    return flowable


def agenda_section(doc: MeetingPackDocument, styles: Styles, width: float) -> list[Flowable]:
    """The agenda with its time plan, then who is invited."""
    lang = doc.language
    story: list[Flowable] = [heading(text("pack.section.agenda", lang), styles, "agenda")]
    if not doc.agenda:
        story.append(p(text("pack.no_agenda", lang), styles.note))
    else:
        rows: list[list[Any]] = [[text(f"pack.col.{c}", lang) for c in ("number", "time", "item", "presenter",
                                                                         "minutes")]]
        for item in doc.agenda:
            what = [p(item.title, styles.cell_bold)]
            details = [item.description,
                       text("pack.linked_company", lang, name=item.company) if item.company else None,
                       text("pack.linked_target", lang, name=text(f"pack.target.{item.target.value}", lang))
                       if item.target else None,
                       text("pack.linked_file", lang, link=item.link) if item.link else None,
                       text("pack.carried", lang) if item.carried else None]
            what += [p(detail, styles.cell) for detail in details if detail]
            rows.append([str(item.number), item.starts_at.strftime("%H:%M") if item.starts_at else "", what,
                         p(item.presenter, styles.cell), str(item.minutes_allotted or "")])
        story.append(grid(rows, [9 * mm, 14 * mm, None, 40 * mm, 13 * mm], styles, numeric_from=4))
    story += [p(text("pack.section.invited", lang), styles.subheading)]
    rows = [[text(f"pack.col.{c}", lang) for c in ("name", "organisation", "role", "answer")]]
    for person in doc.invited:
        role = text(f"pack.role.{person.role.value}", lang) if person.role else text("pack.guest", lang)
        rows.append([p(person.name, styles.cell), p(person.organisation, styles.cell), role,
                     text(f"pack.attendance.{person.status.value}", lang)])
    if len(rows) > 1:
        story.append(grid(rows, [55 * mm, None, 28 * mm, 28 * mm], styles, long=True))
    if doc.young_people_left_out:
        story.append(p(text("pack.young_people", lang), styles.note))
    return story


def actions_table(actions: Sequence[PackAction], lang: Language, styles: Styles) -> Table:
    """Action items: what, who, by when, agreed when, status (overdue ones flagged)."""
    rows: list[list[Any]] = [[text(f"pack.col.{c}", lang) for c in ("action", "owner", "due", "agreed", "status")]]
    extra: list[tuple[Any, ...]] = []
    for index, action in enumerate(actions, start=1):
        what = [p(action.title, styles.cell)] + ([p(action.about, styles.small)] if action.about else [])
        status = text(f"pack.action.{action.status.value}", lang)
        if action.overdue:
            status = f"{status} · {text('pack.overdue', lang)}"
            extra.append(("TEXTCOLOR", (2, index), (2, index), RAG_COLOURS["red"]))
        rows.append([what, p(action.owner, styles.cell), format_date(action.due_on, lang) if action.due_on else "",
                     format_date(action.agreed_on, lang), p(status, styles.cell)])
    return grid(rows, [None, 42 * mm, 24 * mm, 24 * mm, 26 * mm], styles, extra=extra, long=True)


def minutes_section(minutes: PackMinutes | None, lang: Language, styles: Styles) -> list[Flowable]:
    """The previous meeting's approved minutes: who came, each item's minutes, decisions and actions."""
    story: list[Flowable] = [heading(text("pack.section.previous_minutes", lang), styles, "minutes")]
    if minutes is None:
        return [*story, p(text("pack.no_previous", lang), styles.note)]
    story.append(p(text("pack.minutes_heading", lang, title=minutes.title,
                        date=format_date(minutes.held_at.date(), lang)), styles.subheading))
    if minutes.approved_on:
        story.append(p(text("pack.approved", lang, date=format_date(minutes.approved_on, lang),
                            name=minutes.approved_by or "–"), styles.note))
    for key, names in (("pack.present", minutes.present), ("pack.apologies", minutes.apologies)):
        if names:
            story.append(Paragraph(f"<b>{escape(text(key, lang))}:</b> {escape(', '.join(names))}", styles.body))
    for number, item in enumerate(minutes.items, start=1):
        story.append(p(f"{number}. {item.title}", styles.subheading))
        story.append(p(item.minutes, styles.body) if item.minutes else p(text("pack.no_minutes", lang), styles.note))
    if minutes.decisions:
        story.append(p(text("pack.decisions", lang), styles.subheading))
        story += [p(f"• {decision}", styles.body) for decision in minutes.decisions]
    if minutes.actions:
        story += [p(text("pack.actions_agreed", lang), styles.subheading), actions_table(minutes.actions, lang, styles)]
    return story


def open_actions_section(doc: MeetingPackDocument, styles: Styles) -> list[Flowable]:
    """Every open action item of the group."""
    lang = doc.language
    story: list[Flowable] = [Spacer(1, 4 * mm), heading(text("pack.section.open_actions", lang), styles, "actions")]
    if not doc.open_actions:
        return [*story, p(text("pack.no_open_actions", lang), styles.note)]
    return [*story, actions_table(doc.open_actions, lang, styles)]


def targets_section(doc: MeetingPackDocument, styles: Styles, width: float, period: tuple[Any, Any]) -> list[Flowable]:
    """Targets against actuals with red/amber/green, the charts, and the early warning."""
    lang = doc.language
    story: list[Flowable] = [heading(text("pack.section.targets", lang), styles, "targets")]
    if doc.intake and doc.intake.warning:
        story.append(_warning(doc, styles, width))
    rows: list[list[Any]] = [[text(f"pack.col.{c}", lang) for c in ("target", "goal", "planned", "actual", "share",
                                                                     "status", "projected")]]
    extra: list[tuple[Any, ...]] = []
    for index, target in enumerate(doc.targets, start=1):
        name = [p(text(f"pack.target.{target.kind.value}", lang), styles.cell_bold)]
        if target.description:
            name.append(p(target.description, styles.small))
        rows.append([name, str(target.target_value), str(target.planned_to_date), target.actual.text,
                     percent(target.share),
                     text(f"pack.rag.{target.rag}", lang) if target.rag else "–",
                     str(target.projected) if target.projected is not None else "–"])
        if target.rag:
            extra.append(("TEXTCOLOR", (5, index), (5, index), RAG_COLOURS[target.rag]))
        if target.actual.hidden:
            extra.append(("BACKGROUND", (3, index), (3, index), HIDDEN))
    story.append(grid(rows, [None, 16 * mm, 19 * mm, 16 * mm, 18 * mm, 23 * mm, 23 * mm], styles, numeric_from=1,
                      extra=extra))
    if any(target.actual.hidden for target in doc.targets):
        story.append(p(text("pack.target_hidden_note", lang), styles.note))
    if doc.intake:  # the curve first: it is what shows a project falling behind in time
        story.append(KeepTogether([p(text("pack.chart.intake", lang), styles.subheading),
                                   intake_chart(doc.intake, period[0], period[1], lang, width)]))
    if doc.targets:
        story.append(KeepTogether([p(text("pack.chart.targets", lang), styles.subheading),
                                   targets_chart(doc.targets, lang, width)]))
    return story


def _warning(doc: MeetingPackDocument, styles: Styles, width: float) -> Table:
    lang, warning = doc.language, doc.intake.warning  # type: ignore[union-attr]
    lines = [Paragraph(f"<b>{escape(text('pack.warning_title', lang))}</b>", styles.body),
             p(text("pack.warning", lang, actual=warning.actual.text, planned=warning.planned_to_date,
                    pace=decimal(warning.pace_per_month, lang), projected=warning.projected,
                    target=warning.target_value), styles.body)]
    if warning.needed_per_month is not None:
        lines.append(p(text("pack.warning_needed", lang, needed=decimal(warning.needed_per_month, lang)),
                       styles.body))
    box = Table([[lines]], colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), WARNING), ("BOX", (0, 0), (-1, -1), 0.8,
                                                                         RAG_COLOURS["red"]),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return box


def statistics_table(table: PublishedTable, lang: Language, styles: Styles, width: float) -> Flowable:
    """A suppressed table: hidden cells shaded and marked, totals shaded, a share column where there is one."""
    header = [""] + [text(label, lang) for label in table.column_labels]
    if table.shares is not None:
        header.append(text("pack.col.share_short", lang))
    rows: list[list[Any]] = [header]
    extra: list[tuple[Any, ...]] = []
    for index, (label, cells) in enumerate(zip(table.row_labels, table.rows, strict=True), start=1):
        row: list[Any] = [p(text(label, lang), styles.cell), *(cell.text for cell in cells)]
        if table.shares is not None:
            share = table.shares[index - 1]
            row.append(percent(share))
        rows.append(row)
        extra += [("BACKGROUND", (column, index), (column, index), HIDDEN)
                  for column, cell in enumerate(cells, start=1) if cell.hidden]
        if index - 1 in table.total_rows:
            extra += [("FONTNAME", (1, index), (-1, index), styles.bold), ("LINEABOVE", (0, index), (-1, index),
                                                                           0.8, INK)]
    columns = len(header) - 1
    number_width = 17 * mm
    flowables: list[Flowable] = [p(text(table.key, lang), styles.subheading),
                                 grid(rows, [width - columns * number_width] + [number_width] * columns, styles,
                                      numeric_from=1, extra=extra)]
    if table.suppressed:
        flowables.append(p(text("pack.suppressed_table", lang, threshold=table.threshold), styles.note))
    return KeepTogether(flowables)


def statistics_section(doc: MeetingPackDocument, styles: Styles, width: float) -> list[Flowable]:
    """Every statistics table, with the note on suppression first."""
    lang = doc.language
    ordinary, sensitive = doc.thresholds
    note = (text("pack.suppression_note", lang, ordinary=ordinary, sensitive=sensitive) if doc.suppression_applied
            else text("pack.no_suppression", lang))
    return [heading(text("pack.section.statistics", lang), styles, "statistics"), p(note, styles.note),
            *(statistics_table(table, lang, styles, width) for table in doc.statistics)]


def employers_section(doc: MeetingPackDocument, styles: Styles, width: float) -> list[Flowable]:
    """Companies by relationship, open openings, contacts in the last year, placements (suppressed)."""
    lang, employers = doc.language, doc.employers
    story: list[Flowable] = [Spacer(1, 4 * mm), heading(text("pack.section.employers", lang), styles, "employers")]
    if not employers.by_relationship:
        return [*story, p(text("pack.no_companies", lang), styles.note)]
    parts: list[tuple[str, list[str], list[list[Any]]]] = [
        ("pack.companies_by_relationship", ["relationship", "companies"],
         [[text(f"pack.relationship.{status.value}", lang), str(count)]
          for status, count in employers.by_relationship]),
        ("pack.open_openings", ["type", "openings", "places"],
         [[p(text(f"pack.placement.{kind.value}", lang), styles.cell), str(openings), str(places)]
          for kind, openings, places in employers.open_openings]),
        ("pack.engagements", ["kind", "count"],
         [[text(f"pack.engagement.{kind.value}", lang), str(count)] for kind, count in employers.engagements]),
    ]
    for key, columns, rows in parts:
        if rows:
            header = [text(f"pack.col.{c}", lang) for c in columns]
            widths = [width - 30 * mm * (len(columns) - 1)] + [30 * mm] * (len(columns) - 1)
            story.append(KeepTogether([p(text(key, lang), styles.subheading),
                                       grid([header, *rows], widths, styles, numeric_from=1)]))
    if employers.placements is not None:
        story.append(statistics_table(employers.placements, lang, styles, width))
    return story
