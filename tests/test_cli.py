"""The command line administrators script against: output, exit codes, and --database everywhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from postgres_logins import drop_logins

from neo_desktop.cli import build_parser, main
from neo_desktop.db import migrations

ROOT = Path(__file__).resolve().parents[1]


def run_main(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run ``python main.py ARGS`` as a real process with its own profile folder."""
    environment = {**os.environ, "NEO_DESKTOP_HOME": str(home)}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=environment, cwd=ROOT, timeout=120, check=False)


def test_db_upgrade_migrates_the_default_database_and_prints_the_revision(isolated_profile: Path) -> None:
    first = run_main("db", "upgrade", home=isolated_profile)
    assert first.returncode == 0, first.stderr
    head = migrations.head_revision()
    assert f"upgraded from an empty database to revision {head}" in first.stdout
    assert (isolated_profile / "data" / "neo.sqlite3").exists()

    again = run_main("db", "upgrade", home=isolated_profile)
    assert again.returncode == 0
    assert f"already at revision {head}" in again.stdout


def test_every_subcommand_takes_database_after_its_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}"
    assert main(["db", "upgrade", "--database", url]) == 0
    assert main(["db", "current", "--database", url]) == 0
    output = capsys.readouterr().out
    assert f"database: {migrations.head_revision()}" in output
    assert (tmp_path / "elsewhere.sqlite3").exists()
    for command in (["db", "upgrade"], ["db", "current"], ["demo-data"]):
        assert build_parser().parse_args([*command, "--database", url]).database == url


def test_unreachable_server_exits_non_zero_with_a_clear_message(isolated_profile: Path) -> None:
    result = run_main("db", "upgrade", "--database", "postgresql://neo@127.0.0.1:1/neo", home=isolated_profile)
    assert result.returncode == 1
    assert "cannot be reached" in result.stderr
    assert "Traceback" not in result.stderr


def test_foreign_sqlite_file_exits_non_zero_and_is_left_alone(tmp_path: Path, isolated_profile: Path) -> None:
    import sqlite3

    path = tmp_path / "accounts.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    result = run_main("db", "upgrade", "--database", f"sqlite:///{path}", home=isolated_profile)
    assert result.returncode == 1
    assert "not a NEO Desktop database" in result.stderr
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"invoices"}


def test_help_documents_the_commands(isolated_profile: Path) -> None:
    result = run_main("--help", home=isolated_profile)
    assert result.returncode == 0
    for word in ("db", "demo-data", "--database", "--language"):
        assert word in result.stdout
    upgrade_help = run_main("db", "upgrade", "--help", home=isolated_profile)
    assert "an SQLite file is backed up first" in " ".join(upgrade_help.stdout.split())


def test_unknown_command_is_a_usage_error(isolated_profile: Path) -> None:
    result = run_main("frobnicate", home=isolated_profile)
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_setup_roles_refuses_sqlite_with_a_clear_message(tmp_path: Path, isolated_profile: Path) -> None:
    result = run_main("db", "setup-roles", "--database", f"sqlite:///{tmp_path / 'x.sqlite3'}", home=isolated_profile)
    assert result.returncode == 1
    assert "only on a shared PostgreSQL database" in result.stderr


@pytest.mark.postgres
def test_setup_roles_creates_logins_for_staff(postgres_server, isolated_profile: Path) -> None:
    import uuid

    from sqlalchemy import text

    from neo_desktop.db.engine import Database
    from neo_desktop.db.models import Organisation, Staff, StaffRole
    from neo_desktop.domain.organisation import Country, OrganisationKind, Role

    url = postgres_server.create_database(migrated=True)
    login = f"neo_t_cli_{uuid.uuid4().hex[:8]}"
    database = Database.open(url)
    with database.transaction() as session:
        session.add(Staff(organisation=Organisation(name="Jobcenter Silkeborg", kind=OrganisationKind.JOBCENTRE,
                                                    country=Country.DK),
                          login_name=login, full_name="Lise", roles=[StaffRole(role=Role.CASEWORKER)]))
    try:
        result = run_main("db", "setup-roles", "--database", url, home=isolated_profile)
        assert result.returncode == 0, result.stderr
        assert "staff logins: 1 created" in result.stdout
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT pg_has_role(:l, 'neo_caseworker', 'member')"),
                                      {"l": login}).scalar()
    finally:
        drop_logins(database, [login])
        database.dispose()
        postgres_server.drop_database(url)


def test_audit_verify_reports_the_first_broken_entry(tmp_path: Path, isolated_profile: Path) -> None:
    from sqlalchemy import text

    from neo_desktop.db.engine import Database
    from neo_desktop.domain.access import AccessAction
    from neo_desktop.services.access_log import record_access

    url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    database = Database.open(url)
    migrations.upgrade(database)
    with database.transaction() as session:
        ids = [record_access(session, login_name="mette", action=AccessAction.READ, participant_id=n).id
               for n in range(3)]
    intact = run_main("audit", "verify", "--database", url, home=isolated_profile)
    assert intact.returncode == 0, intact.stderr
    assert "3 access-log entries checked; the chain is intact" in intact.stdout

    with database.engine.begin() as connection:
        connection.execute(text("UPDATE access_log SET login_name = 'someone' WHERE id = :i"), {"i": ids[1]})
    database.dispose()
    broken = run_main("audit", "verify", "--database", url, home=isolated_profile)
    assert broken.returncode == 1
    assert f"broken at entry {ids[1]}" in broken.stderr
