"""A list written as a workbook reads back with the same values, a formatted header, and no formulas."""

from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import load_workbook

from neo_desktop.reports.table_workbook import write_table_workbook


def test_rows_read_back_with_header_dates_and_filter(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    rows = [("Søren Ågård", date(2026, 11, 23), 3), ("Åsa Öberg", date(2026, 1, 2), None)]
    assert write_table_workbook(path, title="Caseload", columns=("Name", "Next contact", "Overdue"), rows=rows) == 2
    sheet = load_workbook(path)["Caseload"]
    assert [c.value for c in sheet[1]] == ["Name", "Next contact", "Overdue"]
    assert sheet["A1"].font.bold
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C3"
    assert sheet["A2"].value == "Søren Ågård"
    assert sheet["B2"].value == datetime(2026, 11, 23) and sheet["B2"].number_format == "yyyy-mm-dd"
    assert sheet["C3"].value is None


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "hostile.xlsx"
    write_table_workbook(path, title="x", columns=("Name",), rows=[("=HYPERLINK(\"http://x\")",), ("+1",)])
    sheet = load_workbook(path)["x"]
    assert sheet["A2"].data_type == "s" and sheet["A2"].value == "=HYPERLINK(\"http://x\")"


def test_aware_datetimes_are_written_in_local_time(tmp_path: Path) -> None:
    path = tmp_path / "times.xlsx"
    moment = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    write_table_workbook(path, title="x", columns=("When",), rows=[(moment,)])
    assert load_workbook(path)["x"]["A2"].value == moment.astimezone().replace(tzinfo=None)
