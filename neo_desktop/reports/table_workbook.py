"""A list as an Excel workbook: one formatted sheet with a header row, frozen panes and filters.

A pure function from plain rows to a file; written in openpyxl's write-only mode so that memory stays flat
however long the list. Text from the data is always written as text, so nothing typed into a field can become
a formula in a partner's spreadsheet. openpyxl is loaded on the first workbook written, not when a module
that can export is imported (the caseload view imports this at start-up).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openpyxl.cell import WriteOnlyCell


def style_header(cell: WriteOnlyCell) -> None:
    """Give a header cell the common look: white bold text on dark blue."""
    from openpyxl.styles import Font, PatternFill

    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="2F5D8A")


def data_cell(sheet: Any, value: Any) -> WriteOnlyCell:
    """A cell for a value from the data: text is always text (never a formula), dates get a format."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)  # Excel has no time zones: local time
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # "=HYPERLINK(...)" typed into a name field stays a name
    elif isinstance(value, datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    return cell


def write_table_workbook(path: Path, *, title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]],
                         widths: Sequence[int] | None = None) -> int:
    """Write ``rows`` under ``columns`` to a new workbook at ``path``; returns the number of rows written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths or [max(12, min(40, len(c) + 4)) for c in columns], start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    header = []
    for name in columns:
        cell = WriteOnlyCell(sheet, value=name)
        style_header(cell)
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append([data_cell(sheet, value) for value in row])
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(1, len(columns)))}{count + 1}"
    workbook.save(path)
    return count
