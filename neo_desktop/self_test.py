"""``--self-test``: prove that this installation (frozen or not) has everything it loads at run time.

It works in a temporary folder and never touches the user's profile: it creates an SQLite database,
migrates it, adds a little demo data, opens the main window offscreen in each language, writes a plan PDF
and a workbook, and reads them back. Each step prints one line; the first failure names itself and the
program exits with 1.
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
                ("keyring", self.keyring)]


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
