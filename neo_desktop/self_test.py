"""``--self-test``: prove that this installation (frozen or not) has everything it loads at run time.

It works in a temporary folder and never touches the user's profile: it creates an SQLite database,
migrates it, adds a little demo data, opens the main window offscreen in each language, writes a plan PDF,
a workbook and a meeting pack (PDF and Excel annex, built as the demo secretary), and reads them back. Each
step prints one line; the first failure names itself and the program exits with 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FAILED = 1


class SelfTest:
    """The steps of the self-test, sharing what earlier steps made."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.state: dict[str, Any] = {}

    def database(self) -> str:
        from neo_desktop.app import open_database

        opened = open_database(f"sqlite:///{self.folder / 'self-test.sqlite3'}", backup=False)
        self.state["database"] = opened.database
        return f"migrated to revision {opened.upgrade.after}"

    def demo_data(self) -> str:
        from neo_desktop.demo import DemoSize, generate_demo_data

        summary = generate_demo_data(self.state["database"], DemoSize.for_participants(40))
        return f"{sum(summary.rows.values()):,} rows"

    def sign_in(self) -> str:
        from neo_desktop.app import Services, auth_service
        from neo_desktop.demo import DEMO_LOGINS, DEMO_PASSWORD

        database = self.state["database"]
        user = auth_service(database).sign_in_local(DEMO_LOGINS["caseworker"], DEMO_PASSWORD)
        self.state["services"] = Services(database, user)
        return f"signed in as {user.login_name} ({user.role_names})"

    def main_window(self) -> str:
        from neo_desktop.ui.self_test import show_main_window_in_each_language

        return show_main_window_in_each_language(self.state["services"])

    def plan_pdf(self) -> str:
        from sqlalchemy import select

        from neo_desktop.db.models import Plan
        from neo_desktop.services.plans import PlanService

        services = self.state["services"]
        with services.database.transaction() as session:
            plan_id = session.scalar(select(Plan.id).where(Plan.participant_id.in_(
                services.overview.caseload().record_ids)).limit(1))
        if plan_id is None:
            raise RuntimeError("the demo caseload has no plan to print")
        plans = PlanService(services.database, services.user)
        first_name = plans.open_plan(plan_id).participant_name.split()[0]
        path = self.folder / "plan.pdf"
        plans.export_pdf(plan_id, path, language="da")
        text = read_pdf_text(path)
        for expected in ("Min plan", first_name, "Side 1 af"):
            if expected not in text:
                raise RuntimeError(f"the plan PDF does not read back: {expected!r} is missing")
        return f"{path.stat().st_size:,} bytes, reads back in Danish"

    def workbook(self) -> str:
        from openpyxl import load_workbook

        from neo_desktop.reports.table_workbook import write_table_workbook

        table = self.state["services"].overview.caseload()
        path = self.folder / "caseload.xlsx"
        write_table_workbook(path, title="Caseload", columns=table.columns, rows=table.rows)
        rows = list(load_workbook(path, read_only=True)["Caseload"].iter_rows(values_only=True))
        if len(rows) != len(table.rows) + 1:
            raise RuntimeError("the workbook does not read back with its rows")
        return f"{len(table.rows)} rows, reads back"

    def meeting_pack(self) -> str:
        from neo_desktop.app import auth_service
        from neo_desktop.demo import DEMO_LOGINS, DEMO_PASSWORD
        from neo_desktop.services.meeting_pack import MeetingPackService

        database = self.state["database"]
        secretary = auth_service(database).sign_in_local(DEMO_LOGINS["secretary"], DEMO_PASSWORD)
        meeting_id = demo_meeting_with_agenda(database)
        packs = MeetingPackService(database, secretary)
        pack = packs.document(meeting_id)
        result = packs.export(meeting_id, self.folder / "meeting-pack.pdf", self.folder / "meeting-pack.xlsx")
        check_meeting_pack_pdf(result.pdf, pack)
        figures = check_meeting_pack_workbook(result.xlsx, pack, result.sheets)
        return (f"{result.pages} pages and {len(result.sheets)} sheets in {pack.language.value}, "
                f"{len(pack.agenda)} agenda items and {figures} figures read back")

    def keyring(self) -> str:
        import keyring

        backend = type(keyring.get_keyring())
        name = f"{backend.__module__}.{backend.__name__}"
        # On Windows database passwords belong in Credential Manager; anything else means a broken bundle.
        if sys.platform == "win32" and "Windows" not in name:
            raise RuntimeError(f"the keyring is {name}, not Windows Credential Manager")
        return name

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        """The steps in order."""
        return [("database", self.database), ("demo data", self.demo_data), ("sign-in", self.sign_in),
                ("main window", self.main_window), ("plan PDF", self.plan_pdf), ("workbook", self.workbook),
                ("meeting pack", self.meeting_pack), ("keyring", self.keyring)]


def demo_meeting_with_agenda(database: Any) -> int:
    """The demo meeting with the longest agenda (the earliest of equals)."""
    from sqlalchemy import func, select

    from neo_desktop.db.models import AgendaItem, Meeting

    with database.transaction() as session:
        meeting_id = session.scalar(select(Meeting.id).join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
                                    .group_by(Meeting.id).order_by(func.count().desc(), Meeting.id).limit(1))
    if meeting_id is None:
        raise RuntimeError("the demo data has no meeting with an agenda")
    return meeting_id


def check_meeting_pack_pdf(path: Path, pack: Any) -> None:
    """The pack's title, group, agenda heading and every agenda item read back from the PDF."""
    from neo_desktop.reports.texts import text

    lang = pack.language
    words = " ".join(read_pdf_text(path).split())
    expected = [text("pack.title", lang), pack.group_name, text("pack.section.agenda", lang),
                *(item.title for item in pack.agenda)]
    for wanted in expected:
        if " ".join(wanted.split()) not in words:
            raise RuntimeError(f"the meeting-pack PDF does not read back: {wanted!r} is missing")


def check_meeting_pack_workbook(path: Path, pack: Any, sheets: tuple[str, ...]) -> int:
    """The annex opens with its sheets, the agenda and targets, and every statistics table's figures as the
    pack has them (hidden cells as their marks); returns how many figures were compared."""
    from openpyxl import load_workbook

    from neo_desktop.reports.texts import text

    lang = pack.language
    workbook = load_workbook(path, read_only=True)
    try:
        if tuple(workbook.sheetnames) != sheets:
            raise RuntimeError(f"the meeting-pack workbook has the sheets {workbook.sheetnames}, not {list(sheets)}")
        sheet_rows = {name: list(workbook[name].iter_rows(values_only=True)) for name in workbook.sheetnames}
    finally:
        workbook.close()
    agenda = [row[2] for row in sheet_rows[text("sheet.agenda", lang)][1:]]
    if agenda != [item.title for item in pack.agenda]:
        raise RuntimeError("the meeting-pack workbook's agenda does not read back")
    targets = [row[2] for row in sheet_rows[text("sheet.targets", lang)][1:]]
    if targets != [target.target_value for target in pack.targets]:
        raise RuntimeError("the meeting-pack workbook's targets do not read back")
    by_heading = {rows[0][0]: rows[1:] for rows in sheet_rows.values() if rows}
    figures = len(agenda) + len(targets)
    for table in pack.statistics:
        rows = by_heading.get(text(table.key, lang))
        if rows is None:
            raise RuntimeError(f"the meeting-pack workbook has no sheet for {table.key}")
        for label, cells, row in zip(table.row_labels, table.rows, rows, strict=True):
            shown = [cell.text if cell.hidden else cell.value for cell in cells]
            if row[0] != text(label, lang) or list(row[1:1 + len(cells)]) != shown:
                raise RuntimeError(f"the meeting-pack workbook's {table.key} does not read back: {row}")
            figures += len(cells)
    if not pack.statistics:
        raise RuntimeError("the meeting pack has no statistics")
    return figures


def read_pdf_text(path: Path) -> str:
    """The text of a PDF's pages, as read back by pypdf."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Run every step; returns the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    out(f"NEO Desktop self-test ({frozen}, Python {sys.version.split()[0]})")
    with tempfile.TemporaryDirectory(prefix="neo-self-test-") as folder:
        os.environ["NEO_DESKTOP_HOME"] = str(Path(folder) / "profile")
        test = SelfTest(Path(folder))
        try:
            for name, step in test.steps():
                started = time.perf_counter()
                try:
                    detail = step()
                except Exception as exc:  # a self-test reports every failure, whatever its kind
                    out(f"FAILED {name}: {type(exc).__name__}: {exc}")
                    out(traceback.format_exc())
                    return EXIT_FAILED
                out(f"ok     {name}: {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")
        finally:
            database = test.state.get("database")
            if database is not None:
                database.dispose()
    out("self-test passed")
    return EXIT_OK
