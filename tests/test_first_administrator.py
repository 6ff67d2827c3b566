"""The first administrator of a new database, created from the command line (`staff add-administrator`)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from postgres_logins import drop_logins
from sqlalchemy import func, select, text

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Organisation, Staff
from neo_desktop.domain.organisation import Role
from neo_desktop.services.auth import AuthService

ROOT = Path(__file__).resolve().parents[1]


def add_administrator(*args: str, home: Path, password: str | None = None) -> subprocess.CompletedProcess[str]:
    """``python main.py staff add-administrator ARGS`` as a real process, the password on standard input."""
    command = [sys.executable, str(ROOT / "main.py"), "staff", "add-administrator", *args]
    if password is not None:
        command.append("--password-stdin")
    return subprocess.run(command, input=f"{password}\n" if password is not None else "", capture_output=True,
                          text=True, env={**os.environ, "NEO_DESKTOP_HOME": str(home)}, cwd=ROOT, timeout=120,
                          check=False)


def test_the_first_administrator_of_an_embedded_database_can_sign_in(tmp_path: Path, isolated_profile: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    result = add_administrator("--login", "anders.admin", "--name", "Anders Vinther", "--organisation",
                               "Jobcenter Viborg", "--kind", "jobcentre", "--country", "DK", "--database", url,
                               home=isolated_profile, password="a long enough secret")
    assert result.returncode == 0, result.stderr
    assert "organisation created: Jobcenter Viborg" in result.stdout
    assert "administrator created: anders.admin (Anders Vinther, Jobcenter Viborg)" in result.stdout

    database = Database.open(url)
    try:
        user = AuthService(database).sign_in_local("anders.admin", "a long enough secret")
        assert Role.ADMINISTRATOR in user.roles
        assert user.organisation_name == "Jobcenter Viborg"
        # A second administrator joins the existing organisation (found by name, whatever its case).
        second = add_administrator("--login", "birgit", "--name", "Birgit Holm", "--organisation",
                                   "jobcenter viborg", "--database", url, home=isolated_profile,
                                   password="another long secret")
        assert second.returncode == 0, second.stderr
        assert "organisation created" not in second.stdout
        with database.transaction() as session:
            assert session.scalar(select(func.count()).select_from(Organisation)) == 1
    finally:
        database.dispose()


@pytest.mark.parametrize(("arguments", "password", "message"), [
    (("--organisation", "Nowhere"), "a long enough secret",
     "There is no organisation called Nowhere yet; give its --kind and --country to create it."),
    (("--organisation", "Jobcenter Viborg", "--kind", "jobcentre", "--country", "DK"), None,
     "An administrator on the embedded database signs in with a password; give one."),
    (("--organisation", "Jobcenter Viborg", "--kind", "jobcentre", "--country", "DK"), "short",
     "A password needs at least 10 characters."),
    (("--organisation", "Jobcenter Viborg", "--kind", "jobcentre", "--country", "DK",
      "--registration-number", "12345678"), "a long enough secret", "CVR"),
    (("--organisation", "Jobcenter Viborg", "--kind", "jobcentre", "--country", "DK", "--name", " "),
     "a long enough secret", "A staff member needs a name."),
])
def test_a_refused_administrator_leaves_nothing_behind(tmp_path: Path, isolated_profile: Path,
                                                       arguments: tuple[str, ...], password: str | None,
                                                       message: str) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    result = add_administrator("--login", "anders.admin", "--name", "Anders", *arguments, "--database", url,
                               home=isolated_profile, password=password)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and message in result.stderr
    assert "Traceback" not in result.stderr
    database = Database.open(url)
    try:
        with database.transaction() as session:
            assert session.scalar(select(func.count()).select_from(Staff)) == 0
            assert session.scalar(select(func.count()).select_from(Organisation)) == 0
    finally:
        database.dispose()


@pytest.mark.postgres
def test_on_postgresql_the_administrator_gets_a_login_with_the_administrator_group(postgres_server,
                                                                                   isolated_profile: Path) -> None:
    url = postgres_server.create_database(migrated=True)
    login = f"neo_t_admin_{uuid.uuid4().hex[:8]}"
    database = Database.open(url)
    try:
        result = add_administrator("--login", login, "--name", "Anders Vinther", "--organisation", "Region Midt",
                                   "--kind", "region", "--country", "DK", "--database", url, home=isolated_profile)
        assert result.returncode == 0, result.stderr
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT pg_has_role(:l, 'neo_administrator', 'member')"),
                                      {"l": login}).scalar()
            assert connection.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :l"),
                                      {"l": login}).scalar()
    finally:
        drop_logins(database, [login])
        database.dispose()
        postgres_server.drop_database(url)
