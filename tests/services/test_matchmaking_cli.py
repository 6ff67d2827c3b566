"""``python main.py match`` as a real process: ranked openings with their reasons, logged as the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from employer_fixtures import EmployerWorld, make_employer_world
from sqlalchemy import select

from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry

ROOT = Path(__file__).resolve().parents[2]


def run_match(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "NEO_DESKTOP_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "match", *args], capture_output=True, text=True,
                          encoding="utf-8", env=environment, cwd=ROOT, timeout=180, check=False)


def test_match_prints_ranked_openings_with_reasons(sqlite_database: Database, sqlite_url: str,
                                                   isolated_profile: Path) -> None:
    world: EmployerWorld = make_employer_world(sqlite_database)
    soren = world.people.participant_id
    result = run_match("--participant", str(soren), "--database", sqlite_url, home=isolated_profile)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"Openings for participant {soren} (Søren Ågård, 22 years, Viborg): 4 open openings")
    first = lines.index(next(line for line in lines if line.startswith("  1.")))
    assert "Lagermedarbejder i praktik — Viborg Lager & Logistik ApS, Viborg" in lines[first]
    assert lines[first + 1:first + 6] == [f"{' ' * 9}{text}" for text in (
        "goal: Lagermedarbejder ✓", "interest: logistik ✓", "Danish: fluent ✓", "0 km away", "offers a mentor ✓")]
    assert "  2.  27  Køkkenmedhjælper" in result.stdout
    assert "  - Chaufførmedhjælper — Viborg Lager & Logistik ApS: needs driving licence ✗" in lines
    with sqlite_database.transaction() as session:
        logins = session.scalars(select(AccessLogEntry.login_name).where(AccessLogEntry.participant_id == soren)).all()
    assert len(logins) == 1 and logins[0].startswith("cli:")


def test_match_for_an_opening_and_a_missing_participant(sqlite_database: Database, sqlite_url: str,
                                                        isolated_profile: Path) -> None:
    world = make_employer_world(sqlite_database)
    result = run_match("--opening", str(world.builder_opening_id), "--database", sqlite_url, home=isolated_profile)
    assert result.returncode == 0, result.stderr
    assert "  1.  " in result.stdout and "Åsa Öberg" in result.stdout and "goal: Snickare ✓" in result.stdout
    missing = run_match("--participant", "99999", "--database", sqlite_url, home=isolated_profile)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "error: The participant was not found. It may have been deleted."
    usage = run_match("--database", sqlite_url, home=isolated_profile)
    assert usage.returncode == 2 and "one of the arguments --participant --opening is required" in usage.stderr
