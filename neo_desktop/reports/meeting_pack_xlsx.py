"""The meeting pack's Excel annex: one sheet per table, the same figures and the same suppression as the PDF.

Every sheet has a formatted header row, frozen panes, a filter, proper number, percent and date formats and
sensible column widths; the intake sheet carries a line chart. Written in openpyxl's write-only mode, so a sheet
of any length streams to disk with flat memory (:func:`write_sheet` is also the exporter for big lists). Text from
the data is always text: a title typed as "=HYPERLINK(...)" never becomes a formula in a partner's spreadsheet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.chart import Reference, ScatterChart, Series
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from neo_desktop.domain.organisation import Language

from .meeting_pack_document import MeetingPackDocument, PackAction
from .suppression import PublishedTable
from .texts import text

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5D8A")
HIDDEN_FILL = PatternFill("solid", fgColor="FDF1C7")
TOTAL_FONT = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
DATE_FORMAT = "yyyy-mm-dd"
PERCENT_FORMAT = "0%"
FORMULA_START = ("=", "+", "-", "@")


@dataclass(frozen=True)
class Column:
    """A column of a sheet: its heading, width, and number format (None: as the value comes)."""

    title: str
    width: int = 14
    number_format: str | None = None


def _safe(value: Any) -> Any:
    """Values as Excel should store them: aware datetimes in local time, text that looks like a formula as text."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value


def write_sheet(workbook: Workbook, title: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]], *,
                label_columns: int = 1, styled: Callable[[WriteOnlyWorksheet, int, list[Any]], list[Any]] | None = None
                ) -> WriteOnlyWorksheet:
    """Append a sheet of ``rows`` under ``columns`` to a write-only ``workbook``.

    The fast path writes plain values (openpyxl gives dates its yyyy-mm-dd format itself); only text starting like a
    formula and the columns with an explicit number format get a cell object. ``styled(sheet, index, values)``
    may replace a row by styled cells (hidden counts, totals).
    """
    sheet = workbook.create_sheet(title=_sheet_title(title))
    sheet.freeze_panes = f"{get_column_letter(label_columns + 1)}2" if label_columns else "A2"
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.title)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        header.append(cell)
    sheet.append(header)
    formats = [(index, column.number_format) for index, column in enumerate(columns) if column.number_format]
    count = 0
    append = sheet.append
    for row in rows:
        values = list(row)
        for index, value in enumerate(values):
            if value.__class__ is str:
                if value[:1] in FORMULA_START:
                    values[index] = _text_cell(sheet, value)
            elif value.__class__ is datetime:
                values[index] = _safe(value)
        for index, number_format in formats:
            value = values[index]
            if value is not None and not isinstance(value, (str, Cell)):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = number_format
                values[index] = cell
        append(styled(sheet, count, values) if styled else values)
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    return sheet


def _text_cell(sheet: WriteOnlyWorksheet, value: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell


def _sheet_title(title: str) -> str:
    for character in "[]:*?/\\":
        title = title.replace(character, " ")
    return title[:31]


def write_meeting_pack_xlsx(pack: MeetingPackDocument, path: str | Path) -> list[str]:
    """Write the annex of ``pack`` to ``path``; returns the sheet names in order."""
    lang = pack.language
    workbook = Workbook(write_only=True)
    _about(workbook, pack)
    col = partial_text(lang)
    write_sheet(workbook, text("sheet.agenda", lang), [
        Column(col("number"), 5), Column(col("time"), 8), Column(col("item"), 48), Column(col("presenter"), 24),
        Column(col("minutes"), 7), Column(col("description"), 48)],
        [[item.number, item.starts_at.strftime("%H:%M") if item.starts_at else None, item.title, item.presenter,
          item.minutes_allotted, _agenda_details(item, lang)] for item in pack.agenda])
    write_sheet(workbook, text("sheet.invited", lang), [
        Column(col("name"), 30), Column(col("organisation"), 36), Column(col("role"), 14), Column(col("answer"), 16)],
        [[person.name, person.organisation,
          text(f"pack.role.{person.role.value}", lang) if person.role else text("pack.guest", lang),
          text(f"pack.attendance.{person.status.value}", lang)] for person in pack.invited])
    if pack.previous_minutes is not None:
        minutes = pack.previous_minutes
        write_sheet(workbook, text("sheet.previous_minutes", lang), [
            Column(col("number"), 5), Column(col("item"), 40), Column(col("minutes_text"), 90)],
            [[number, item.title, item.minutes] for number, item in enumerate(minutes.items, start=1)])
    _actions(workbook, text("sheet.open_actions", lang), pack.open_actions, lang)
    _targets(workbook, pack)
    if pack.intake is not None:
        _intake(workbook, pack)
    for table in pack.statistics:
        statistics_sheet(workbook, table, lang)
    _employers(workbook, pack)
    workbook.save(path)
    return [sheet.title for sheet in workbook.worksheets]


def partial_text(lang: Language) -> Callable[[str], str]:
    """Column titles (``pack.col.<name>``) in ``lang``."""
    return lambda name: text(f"pack.col.{name}", lang)


def _agenda_details(item: Any, lang: Language) -> str | None:
    parts = [item.description,
             text("pack.linked_company", lang, name=item.company) if item.company else None,
             text("pack.linked_target", lang, name=text(f"pack.target.{item.target.value}", lang))
             if item.target else None,
             text("pack.linked_file", lang, link=item.link) if item.link else None,
             text("pack.carried", lang) if item.carried else None]
    return "\n".join(part for part in parts if part) or None


def _about(workbook: Workbook, pack: MeetingPackDocument) -> None:
    lang = pack.language
    sheet = workbook.create_sheet(title=_sheet_title(text("sheet.about", lang)))
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 90
    title = WriteOnlyCell(sheet, value=text("pack.xlsx_title", lang, title=pack.meeting_title))
    title.font = TITLE_FONT
    sheet.append([title])
    when = WriteOnlyCell(sheet, value=pack.starts_at)
    when.number_format = "yyyy-mm-dd hh:mm"
    when.alignment = Alignment(horizontal="left")
    ordinary, sensitive = pack.thresholds
    note = (text("pack.suppression_note", lang, ordinary=ordinary, sensitive=sensitive) if pack.suppression_applied
            else text("pack.no_suppression", lang))
    for label, value in ((text("pack.group", lang), pack.group_name), (text("pack.project", lang), pack.project_name),
                         (text("pack.when", lang), when), (text("pack.where", lang), pack.location),
                         (text("pack.partners", lang), ", ".join(pack.partners)),
                         (text("pack.section.statistics", lang), note)):
        label_cell = WriteOnlyCell(sheet, value=label)
        label_cell.font = TOTAL_FONT
        if isinstance(value, str):
            value = _text_cell(sheet, value)
            value.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.append([label_cell, value])


def _actions(workbook: Workbook, title: str, actions: Sequence[PackAction], lang: Language) -> None:
    col = partial_text(lang)
    write_sheet(workbook, title, [
        Column(col("action"), 50), Column(col("owner"), 26), Column(col("due"), 12), Column(col("agreed"), 12),
        Column(col("status"), 12), Column(text("pack.overdue", lang), 12),
        Column(col("about"), 30)],
        [[action.title, action.owner, action.due_on, action.agreed_on, text(f"pack.action.{action.status.value}", lang),
          text("pack.overdue", lang) if action.overdue else None, action.about] for action in actions])


def _targets(workbook: Workbook, pack: MeetingPackDocument) -> None:
    lang = pack.language
    col = partial_text(lang)

    def hidden(sheet: WriteOnlyWorksheet, _index: int, values: list[Any]) -> list[Any]:
        if isinstance(values[4], str):  # a hidden actual: shaded like the PDF
            cell = _text_cell(sheet, values[4])
            cell.fill, cell.alignment = HIDDEN_FILL, Alignment(horizontal="right")
            values[4] = cell
        return values

    write_sheet(workbook, text("sheet.targets", lang), [
        Column(col("target"), 34), Column(col("description"), 36), Column(col("goal"), 12),
        Column(col("planned"), 14), Column(col("actual"), 10), Column(col("share"), 12, PERCENT_FORMAT),
        Column(col("status"), 16), Column(col("projected"), 14)],
        [[text(f"pack.target.{t.kind.value}", lang), t.description, t.target_value, t.planned_to_date,
          t.actual.value if t.actual.value is not None else t.actual.text, t.share,
          text(f"pack.rag.{t.rag}", lang) if t.rag else None, t.projected] for t in pack.targets],
        styled=hidden)


def _intake(workbook: Workbook, pack: MeetingPackDocument) -> None:
    lang, intake = pack.language, pack.intake
    assert intake is not None
    by_day: dict[date, list[Any]] = {}
    for day, value in intake.planned:
        by_day.setdefault(day, [None, None, None])[0] = value
    for day, cell in intake.actual:
        by_day.setdefault(day, [None, None, None])[1] = cell.value if cell.value is not None else cell.text
    for day, value in intake.projected:
        by_day.setdefault(day, [None, None, None])[2] = value
    rows = [[day, *values] for day, values in sorted(by_day.items())]
    sheet = write_sheet(workbook, text("sheet.intake", lang), [
        Column(text("pack.col.date", lang), 12), Column(text("pack.legend.planned", lang), 12),
        Column(text("pack.legend.actual", lang), 12), Column(text("pack.legend.projected", lang), 12)], rows)
    chart = ScatterChart()
    chart.title = text("pack.chart.intake", lang)
    chart.style, chart.height, chart.width = 13, 9, 18
    chart.x_axis.number_format = DATE_FORMAT
    chart.x_axis.title, chart.y_axis.title = text("pack.col.date", lang), text("pack.col.count", lang)
    chart.display_blanks = "span"
    dates = Reference(sheet, min_col=1, min_row=2, max_row=len(rows) + 1)
    for column in (2, 3, 4):
        series = Series(Reference(sheet, min_col=column, min_row=1, max_row=len(rows) + 1), dates,
                        title_from_data=True)
        series.marker.symbol = "none"
        chart.series.append(series)
    sheet.add_chart(chart, "F2")


def statistics_sheet(workbook: Workbook, table: PublishedTable, lang: Language) -> WriteOnlyWorksheet:
    """A suppressed table on its own sheet: hidden cells shaded with their mark, totals bold, shares in per cent."""
    columns = [Column(text(table.key, lang), 46), *(Column(text(label, lang), 13) for label in table.column_labels)]
    if table.shares is not None:
        columns.append(Column(text("pack.col.share_short", lang), 10, PERCENT_FORMAT))
    rows = []
    for index, (label, cells) in enumerate(zip(table.row_labels, table.rows, strict=True)):
        row: list[Any] = [text(label, lang), *(cell.value if not cell.hidden else cell.text for cell in cells)]
        if table.shares is not None:
            row.append(table.shares[index])
        rows.append(row)

    def style(sheet: WriteOnlyWorksheet, index: int, values: list[Any]) -> list[Any]:
        total = index in table.total_rows
        styled = []
        for column, value in enumerate(values):
            hidden = 0 < column <= len(table.column_labels) and isinstance(value, str)
            if not (hidden or total):
                styled.append(value)
                continue
            cell = value if isinstance(value, Cell) else WriteOnlyCell(sheet, value=value)
            if hidden:
                cell.data_type, cell.fill, cell.alignment = "s", HIDDEN_FILL, Alignment(horizontal="right")
            if total:
                cell.font = TOTAL_FONT
            styled.append(cell)
        return styled

    return write_sheet(workbook, text(f"sheet.{table.key.removeprefix('stats.')}", lang), columns, rows, styled=style)


def _employers(workbook: Workbook, pack: MeetingPackDocument) -> None:
    lang, employers = pack.language, pack.employers
    col = partial_text(lang)
    write_sheet(workbook, text("sheet.companies", lang), [Column(col("relationship"), 30), Column(col("companies"))],
                [[text(f"pack.relationship.{s.value}", lang), n] for s, n in employers.by_relationship])
    write_sheet(workbook, text("sheet.openings", lang),
                [Column(col("type"), 44), Column(col("openings")), Column(col("places"))],
                [[text(f"pack.placement.{k.value}", lang), o, n] for k, o, n in employers.open_openings])
    write_sheet(workbook, text("sheet.engagements", lang), [Column(col("kind"), 30), Column(col("count"))],
                [[text(f"pack.engagement.{k.value}", lang), n] for k, n in employers.engagements])
    if employers.placements is not None:
        statistics_sheet(workbook, employers.placements, lang)


__all__ = ["Column", "statistics_sheet", "write_meeting_pack_xlsx", "write_sheet"]
