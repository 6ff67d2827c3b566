"""The meeting pack as a PDF: cover, contents, agenda, previous minutes, open actions, targets with charts,
suppressed statistics and the employer network, numbered "Page n of N", in the meeting's language.

A pure function from a :class:`~.meeting_pack_document.MeetingPackDocument` to a file. The document is laid
out once: each section heading records its page as it is placed, and the canvas keeps every page until the end
(as the plan PDF does for "of N"), then writes the contents page with the real page numbers and links, and the
footers. A two-pass build (ReportLab's ``multiBuild``) would lay the whole document out twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .fonts import register_fonts
from .meeting_pack_document import MeetingPackDocument
from .meeting_pack_sections import (
    MUTED,
    RULE,
    Styles,
    agenda_section,
    employers_section,
    minutes_section,
    open_actions_section,
    p,
    statistics_section,
    targets_section,
)
from .texts import format_date, text

MARGIN = 18 * mm
FRAME_PADDING = 6  # platypus frames keep 6 pt inside the margins
Progress = Callable[[int, int, str], None]


@dataclass
class _Contents:
    """The contents as the layout finds them: (key, title, page) per section, and where the list goes."""

    entries: list[tuple[str, str, int]] = field(default_factory=list)
    page: int | None = None
    top: float = 0.0


class _ContentsSpace(Flowable):
    """Room for the contents list; it only remembers where it stands (the canvas writes the list at the end)."""

    def __init__(self, contents: _Contents, lines: int, leading: float) -> None:
        super().__init__()
        self._contents, self.height = contents, lines * leading

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, self.height

    def draw(self) -> None:
        self._contents.page = self.canv.getPageNumber()
        self._contents.top = self.canv.absolutePosition(0, self.height)[1]


class _PackTemplate(SimpleDocTemplate):
    """Records each section heading's page, with a bookmark and an outline entry, as the heading is placed."""

    def __init__(self, *args: Any, contents: _Contents, progress: Progress | None, sections: int,
                 cancelled: Callable[[], bool] | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._contents, self._progress, self._sections, self._cancelled = contents, progress, sections, cancelled

    def afterFlowable(self, flowable: Flowable) -> None:
        entry = getattr(flowable, "toc_entry", None)
        if entry is None:
            return
        key, title = entry
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=0)
        self._contents.entries.append((key, title, self.page))
        if self._cancelled is not None and self._cancelled():
            raise PackCancelled
        if self._progress is not None:
            self._progress(len(self._contents.entries), self._sections + 1, f"PDF: {title}")


class PackCancelled(Exception):  # noqa: N818 - a way to stop, not an error
    """Raised inside the layout when the caller asked to stop."""


class _PackCanvas(Canvas):
    """Keeps every page until the end, then writes the contents, the footers and "Page n of N"."""

    def __init__(self, *args: Any, contents: _Contents, styles: Styles, footer: str, page_text: Callable[..., str],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._contents, self._styles, self._footer, self._page_text = contents, styles, footer, page_text
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Stamp every kept page, then write the file."""
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if number == self._contents.page:
                self._write_contents()
            if number > 1:  # the cover has no footer
                self._stamp(number, total)
            super().showPage()
        super().save()

    def _stamp(self, number: int, total: int) -> None:
        width, _ = self._pagesize
        self.saveState()
        self.setFont(self._styles.regular, 8)
        self.setFillColor(MUTED)
        self.setStrokeColor(RULE)
        self.line(MARGIN, MARGIN, width - MARGIN, MARGIN)
        self.drawString(MARGIN, MARGIN - 4 * mm, self._footer)
        self.drawRightString(width - MARGIN, MARGIN - 4 * mm, self._page_text(page=number, pages=total))
        self.restoreState()

    def _write_contents(self) -> None:
        width, _ = self._pagesize
        leading = self._styles.toc.leading
        left, right = MARGIN + FRAME_PADDING, width - MARGIN - FRAME_PADDING
        y = self._contents.top - self._styles.toc.fontSize
        self.saveState()
        self.setFont(self._styles.regular, self._styles.toc.fontSize)
        for key, title, page in self._contents.entries:
            self.setFillColor(self._styles.body.textColor)
            self.drawString(left, y, title)
            self.drawRightString(right, y, str(page))
            title_end = left + self.stringWidth(title) + 4
            number_start = right - self.stringWidth(str(page)) - 4
            self.setFillColor(RULE)
            dots = "." * max(0, int((number_start - title_end) / self.stringWidth(".")))
            self.drawString(title_end, y, dots)
            self.linkRect("", key, (left, y - 3, right, y + leading - 5), relative=0, thickness=0)
            y -= leading
        self.restoreState()


def write_meeting_pack_pdf(pack: MeetingPackDocument, path: str | Path, *, period: tuple[date, date],
                           progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> int:
    """Write ``pack`` to ``path``; ``period`` is the project's start and end (for the intake chart).

    Returns the number of pages. ``progress(done, total, what)`` is told of each section as it is laid out;
    ``cancelled()`` is checked at each and stops the layout (PackCancelled) when it turns true.
    """
    styles = Styles(*register_fonts())
    lang = pack.language
    width = A4[0] - 2 * MARGIN
    contents = _Contents()
    sections: list[Flowable] = [
        *agenda_section(pack, styles, width), PageBreak(), *minutes_section(pack.previous_minutes, lang, styles),
        *open_actions_section(pack, styles), PageBreak(), *targets_section(pack, styles, width, period), PageBreak(),
        *statistics_section(pack, styles, width), *employers_section(pack, styles, width),
    ]
    headings = sum(1 for flowable in sections if hasattr(flowable, "toc_entry"))
    story: list[Flowable] = [*_cover(pack, styles, width), PageBreak(),
                             Paragraph(escape(text("pack.contents", lang)), styles.heading),
                             _ContentsSpace(contents, headings, styles.toc.leading), PageBreak(), *sections]
    day = format_date(pack.starts_at.date(), lang)
    footer = text("pack.footer", lang, group=pack.group_name, date=day)
    document = _PackTemplate(
        str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN + 6 * mm,
        title=f"{text('pack.title', lang)} – {pack.group_name} – {day}", subject=pack.meeting_title,
        creator="NEO Desktop", lang=lang.value, initialFontName=styles.regular, contents=contents,
        progress=progress, sections=headings, cancelled=cancelled)
    pages: list[int] = []

    def count_pages(canvas: Canvas, _document: Any) -> None:
        pages.append(canvas.getPageNumber())

    document.build(story, onFirstPage=count_pages, onLaterPages=count_pages,
                   canvasmaker=partial(_PackCanvas, contents=contents, styles=styles, footer=footer,
                                       page_text=partial(text, "page.number", lang)))
    if progress is not None:
        progress(headings + 1, headings + 1, "PDF written")
    return len(pages)


def _cover(pack: MeetingPackDocument, styles: Styles, width: float) -> list[Flowable]:
    lang = pack.language
    when = format_date(pack.starts_at.date(), lang) + ", " + pack.starts_at.strftime("%H:%M")
    if pack.ends_at is not None:
        when += "–" + pack.ends_at.strftime("%H:%M")
    facts: list[tuple[str, str]] = [
        (text("pack.group", lang), f"{pack.group_name} ({text(f'pack.group.{pack.group_kind.value}', lang)})"),
        (text("pack.project", lang), pack.project_name), (text("pack.when", lang), when)]
    if pack.location:
        facts.append((text("pack.where", lang), pack.location))
    if pack.online_link:
        facts.append((text("pack.link", lang), pack.online_link))
    if pack.partners:
        facts.append((text("pack.partners", lang), "\n".join(pack.partners)))
    table = Table([[p(key, styles.label), p(value, styles.body)] for key, value in facts],
                  colWidths=[38 * mm, width - 38 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE)]))
    prepared = text("pack.prepared", lang, date=format_date(pack.prepared_on, lang), name=pack.prepared_by)
    return [Spacer(1, 30 * mm), p(text("pack.title", lang), styles.title), p(pack.meeting_title, styles.subtitle),
            table, Spacer(1, 12 * mm), p(prepared, styles.note)]


__all__ = ["PackCancelled", "write_meeting_pack_pdf"]
