"""``python main.py export meeting-pack`` as a real process: files written, one line each, errors in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
from openpyxl import load_workbook
from sqlalchemy import select
from test_meeting_pack import prepare

from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry
from neo_desktop.domain.access import AccessAction

ROOT = Path(__file__).resolve().parents[2]


def run_main(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "NEO_DESKTOP_HOME": str(home)}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=environment, cwd=ROOT, timeout=120, check=False)


def test_export_meeting_pack_writes_both_files_and_logs_the_command_line_user(
        sqlite_database: Database, tmp_path: Path, isolated_profile: Path) -> None:
    _, meeting_id = prepare(sqlite_database)
    url = sqlite_database.engine.url.render_as_string(hide_password=False)
    pdf, xlsx = tmp_path / "mødemateriale.pdf", tmp_path / "bilag.xlsx"
    result = run_main("export", "meeting-pack", "--meeting", str(meeting_id), "--pdf", str(pdf), "--xlsx", str(xlsx),
                      "--database", url, home=isolated_profile)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{pdf}: the meeting pack of meeting {meeting_id} (") and lines[0].endswith(", da)")
    assert lines[1].startswith(f"{xlsx}: the Excel annex (")
    with pdfplumber.open(pdf) as document:
        assert "Mødemateriale" in document.pages[0].extract_text()
    assert "Dagsorden" in load_workbook(xlsx).sheetnames
    with sqlite_database.transaction() as session:
        entry = session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == AccessAction.EXPORT)).one()
    assert entry.login_name.startswith("cli:") and entry.record_id == meeting_id


def test_an_unknown_meeting_is_one_line_on_stderr(sqlite_database: Database, tmp_path: Path,
                                                  isolated_profile: Path) -> None:
    url = sqlite_database.engine.url.render_as_string(hide_password=False)
    result = run_main("export", "meeting-pack", "--meeting", "4711", "--pdf", str(tmp_path / "a.pdf"), "--xlsx",
                      str(tmp_path / "a.xlsx"), "--database", url, home=isolated_profile)
    assert result.returncode == 1
    assert result.stderr.strip() == "error: The meeting was not found. It may have been deleted."
    assert not list(tmp_path.glob("*.pdf"))
    usage = run_main("export", "meeting-pack", "--meeting", "1", home=isolated_profile)
    assert usage.returncode == 2 and "--pdf" in usage.stderr
