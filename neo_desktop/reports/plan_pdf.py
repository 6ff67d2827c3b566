"""The qualification plan as a PDF for the young person: plain language, in their own language.

:func:`write_plan_pdf` is a pure function from a :class:`PlanDocument` (plain data, built by the plan
service) to a file: no database, no Qt. The page shows who the plan is for (name and birth date, never the
identity number), the goals, a "who does what by when" table with the young person's own steps shaded,
resources, the barriers that are not sensitive, the version and whether it is agreed, signature lines, and
"Page 1 of 2" at the foot of every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

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

from .fonts import register_fonts
from .texts import format_date, label, language_of, text

MARGIN = 18 * mm
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
YOURS = colors.HexColor("#fdf1c7")  # the young person's own steps: a warm shade that survives grey printing
HEADER = colors.HexColor("#e4e7eb")


@dataclass(frozen=True)
class DocumentGoal:
    """A goal as printed."""

    kind: GoalKind
    field: str
    target_date: date | None = None
    description: str | None = None


@dataclass(frozen=True)
class DocumentStep:
    """A step as printed: what, who, by when, how far."""

    description: str
    owner: StepOwner
    due_on: date | None = None
    status: StepStatus = StepStatus.PLANNED
    activity_kind: ActivityKind = ActivityKind.OTHER
    owner_name: str | None = None


@dataclass(frozen=True)
class DocumentResource:
    """A resource or competence as printed."""

    kind: ResourceKind
    description: str
    level: str | None = None


@dataclass(frozen=True)
class DocumentBarrier:
    """A barrier; sensitive ones are never printed, whatever the caller passes."""

    kind: BarrierKind
    description: str | None = None
    sensitive: bool = False


@dataclass(frozen=True)
class PlanDocument:
    """Everything the printed plan shows, as plain data."""

    participant_name: str
    birth_date: date | None
    project_name: str
    caseworker_name: str | None
    starts_on: date
    review_on: date | None
    version_number: int
    agreed_on: date | None
    agreement_method: AgreementMethod | None
    goals: tuple[DocumentGoal, ...] = ()
    steps: tuple[DocumentStep, ...] = ()
    resources: tuple[DocumentResource, ...] = ()
    barriers: tuple[DocumentBarrier, ...] = ()
    printed_on: date | None = None


class _Styles:
    """The paragraph styles of one document, all in the bundled font."""

    def __init__(self) -> None:
        regular, bold = register_fonts()
        base = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5, textColor=INK)
        self.body = base
        self.title = ParagraphStyle("title", base, fontName=bold, fontSize=22, leading=26)
        self.subtitle = ParagraphStyle("subtitle", base, fontSize=11, textColor=MUTED, spaceAfter=4 * mm)
        self.heading = ParagraphStyle("heading", base, fontName=bold, fontSize=13, leading=16, spaceBefore=6 * mm,
                                      spaceAfter=2 * mm)
        self.label = ParagraphStyle("label", base, fontName=bold)
        self.cell = ParagraphStyle("cell", base, fontSize=9, leading=11.5)
        self.cell_bold = ParagraphStyle("cell_bold", self.cell, fontName=bold)
        self.small = ParagraphStyle("small", base, fontSize=8, leading=10, textColor=MUTED)
        self.caption = ParagraphStyle("caption", base, fontSize=9, leading=11, textColor=MUTED)
        self.note = ParagraphStyle("note", base, textColor=MUTED, spaceAfter=2 * mm)
        self.footer_font = (regular, 8)


def _table_font(styles: _Styles) -> list[tuple[Any, ...]]:
    # Tables set a cell font even when every cell is a Paragraph; without this, Helvetica gets referenced.
    return [("FONTNAME", (0, 0), (-1, -1), styles.body.fontName)]


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text: escaped, so "<" or "&" in a description prints as typed."""
    return Paragraph(escape(value), style)


def write_plan_pdf(plan: PlanDocument, path: str | Path, language: Language | str) -> None:
    """Write ``plan`` as a PDF to ``path`` in ``language`` (en, da or sv)."""
    lang = language_of(language)
    styles = _Styles()
    printed_on = plan.printed_on or date.today()
    story: list[Flowable] = [
        _p(text("plan.title", lang), styles.title),
        _p(text("plan.subtitle", lang), styles.subtitle),
        _facts(plan, lang, styles),
        *_goals(plan, lang, styles),
        *_steps(plan, lang, styles),
        *_resources(plan, lang, styles),
        *_barriers(plan, lang, styles),
        _signatures(plan, lang, styles),
    ]
    footer = text("page.footer", lang, name=plan.participant_name, number=plan.version_number,
                  date=format_date(printed_on, lang))
    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                                 bottomMargin=MARGIN + 6 * mm, title=text("plan.title", lang),
                                 subject=text("plan.subtitle", lang), creator="NEO Desktop", lang=lang.value,
                                 initialFontName=styles.body.fontName)  # not Helvetica, even where unused
    document.build(story, canvasmaker=partial(_NumberedCanvas, footer=footer, language=lang,
                                              font=styles.footer_font))


def _facts(plan: PlanDocument, lang: Language, styles: _Styles) -> Flowable:
    rows: list[tuple[str, str]] = [(text("plan.name", lang), plan.participant_name)]
    if plan.birth_date:
        rows.append((text("plan.born", lang), format_date(plan.birth_date, lang)))
    rows.append((text("plan.project", lang), plan.project_name))
    if plan.caseworker_name:
        rows.append((text("plan.caseworker", lang), plan.caseworker_name))
    rows.append((text("plan.starts", lang), format_date(plan.starts_on, lang)))
    if plan.review_on:
        rows.append((text("plan.review", lang), format_date(plan.review_on, lang)))
    if plan.agreed_on and plan.agreement_method:
        agreement = text("plan.agreed", lang, date=format_date(plan.agreed_on, lang),
                         method=label(plan.agreement_method, lang))
    else:
        agreement = text("plan.not_agreed", lang)
    rows.append((text("plan.version", lang), str(plan.version_number)))
    rows.append((text("plan.agreement", lang), agreement))
    table = Table([[_p(key, styles.label), _p(value, styles.body)] for key, value in rows],
                  colWidths=[42 * mm, None], hAlign="LEFT")
    table.setStyle(TableStyle([*_table_font(styles), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _goals(plan: PlanDocument, lang: Language, styles: _Styles) -> list[Flowable]:
    if not plan.goals:
        return []
    flowables: list[Flowable] = [_p(text("plan.goal" if len(plan.goals) == 1 else "plan.goals", lang),
                                    styles.heading)]
    for goal in plan.goals:
        line = text(f"goal.{goal.kind.value}", lang, field=goal.field)
        if goal.target_date:
            line = text("goal.by", lang, goal=line, date=format_date(goal.target_date, lang))
        flowables.append(Paragraph(f"<b>{escape(line)}</b>", styles.body))
        if goal.description:
            flowables.append(_p(goal.description, styles.note))
    return flowables


def _owner_text(step: DocumentStep, lang: Language) -> str:
    owner = label(step.owner, lang)
    return text("step.owner_named", lang, owner=owner, name=step.owner_name) if step.owner_name else owner


def _steps(plan: PlanDocument, lang: Language, styles: _Styles) -> list[Flowable]:
    heading = [_p(text("plan.steps", lang), styles.heading)]
    if not plan.steps:
        return [*heading, _p(text("plan.no_steps", lang), styles.note)]
    rows: list[list[Any]] = [[_p(text(f"column.{name}", lang), styles.cell_bold)
                              for name in ("what", "who", "when", "status")]]
    commands: list[tuple[Any, ...]] = [
        *_table_font(styles), ("BACKGROUND", (0, 0), (-1, 0), HEADER), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5), ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for index, step in enumerate(plan.steps, start=1):
        yours = step.owner is StepOwner.PARTICIPANT
        what = [_p(step.description, styles.cell), _p(label(step.activity_kind, lang), styles.small)]
        when = format_date(step.due_on, lang) if step.due_on else text("step.no_date", lang)
        rows.append([what, _p(_owner_text(step, lang), styles.cell_bold if yours else styles.cell),
                     _p(when, styles.cell), _p(label(step.status, lang), styles.cell)])
        if yours:
            commands.append(("BACKGROUND", (0, index), (-1, index), YOURS))
    table = Table(rows, colWidths=[62 * mm, 44 * mm, 38 * mm, None], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    intro = [_p(text("plan.steps_intro", lang), styles.note)] if any(
        step.owner is StepOwner.PARTICIPANT for step in plan.steps) else []
    return [*heading, *intro, table]


def _resources(plan: PlanDocument, lang: Language, styles: _Styles) -> list[Flowable]:
    if not plan.resources:
        return []
    lines = [f"{label(r.kind, lang)}: {r.description}" + (f" ({r.level})" if r.level else "")
             for r in plan.resources]
    return [_p(text("plan.resources", lang), styles.heading), *(_p(f"• {line}", styles.body) for line in lines)]


def _barriers(plan: PlanDocument, lang: Language, styles: _Styles) -> list[Flowable]:
    # Sensitive barriers (health, social problems, ...) stay in the program: this paper leaves the office.
    shown = [b for b in plan.barriers if not b.sensitive]
    if not shown:
        return []
    lines = [label(b.kind, lang) + (f": {b.description}" if b.description else "") for b in shown]
    return [_p(text("plan.barriers", lang), styles.heading), *(_p(f"• {line}", styles.body) for line in lines)]


def _signatures(plan: PlanDocument, lang: Language, styles: _Styles) -> Flowable:
    caseworker = plan.caseworker_name or ""
    captions = [text("signature.participant", lang, name=plan.participant_name),
                text("signature.caseworker", lang, name=caseworker).rstrip()]
    # Side by side, a line each with room to write above it and a caption under it saying who signs: the
    # block is small enough to stay on the last page of the plan instead of moving to a page of its own.
    table = Table([[_p(captions[0], styles.caption), "", _p(captions[1], styles.caption)]],
                  colWidths=[80 * mm, 14 * mm, 80 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([*_table_font(styles), ("LINEABOVE", (0, 0), (0, 0), 0.8, INK),
                               ("LINEABOVE", (2, 0), (2, 0), 0.8, INK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    return KeepTogether([_p(text("plan.signatures", lang), styles.heading),
                         _p(text("plan.signatures_intro", lang), styles.body), Spacer(1, 12 * mm), table])


class _NumberedCanvas(Canvas):
    """A canvas that writes "Page n of N" on every page once it knows N (ReportLab renders in one pass)."""

    def __init__(self, *args: Any, footer: str, language: Language, font: tuple[str, float], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer, self._language, self._font = footer, language, font
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Stamp every kept page with its footer, then write the file."""
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._stamp(number, total)
            super().showPage()
        super().save()

    def _stamp(self, number: int, total: int) -> None:
        width, _ = self._pagesize
        self.saveState()
        self.setFont(*self._font)
        self.setFillColor(MUTED)
        self.setStrokeColor(RULE)
        self.line(MARGIN, MARGIN, width - MARGIN, MARGIN)
        self.drawString(MARGIN, MARGIN - 4 * mm, self._footer)
        self.drawRightString(width - MARGIN, MARGIN - 4 * mm, text("page.number", self._language, page=number,
                                                                   pages=total))
        self.restoreState()


__all__ = ["DocumentBarrier", "DocumentGoal", "DocumentResource", "DocumentStep", "PlanDocument",
           "write_plan_pdf"]
