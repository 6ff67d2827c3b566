"""Fixtures shared by every test: an isolated profile, and real SQLite and PostgreSQL databases.

PostgreSQL comes from ``NEO_TEST_POSTGRES_URL`` (default: the local server, user postgres). A migrated
template database is made once per run; each test gets its own copy, so tests never see each other's rows.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from neo_desktop.db import migrations
from neo_desktop.db.engine import Database

POSTGRES_ADMIN_URL = os.environ.get("NEO_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
TEMPLATE_NAME = f"neo_test_template_{os.getpid()}"


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep settings, logs and the default database of every test in a temporary folder."""
    home = tmp_path / "profile"
    monkeypatch.setenv("NEO_DESKTOP_HOME", str(home))
    return home


class PostgresServer:
    """Makes and drops throw-away databases on the test server."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = make_url(admin_url)
        self._admin = Database.open(self.admin_url)
        self._template_ready = False

    def _execute(self, statement: str) -> None:
        with self._admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text(statement))

    def url_for(self, name: str) -> str:
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def create_database(self, *, migrated: bool) -> str:
        """A new empty (or migrated) database; returns its URL."""
        name = f"neo_test_{uuid.uuid4().hex[:12]}"
        if migrated:
            self._ensure_template()
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE_NAME}"')
        else:
            self._execute(f'CREATE DATABASE "{name}"')
        return self.url_for(name)

    def drop_database(self, url: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def _ensure_template(self) -> None:
        if self._template_ready:
            return
        self._execute(f'DROP DATABASE IF EXISTS "{TEMPLATE_NAME}" WITH (FORCE)')
        self._execute(f'CREATE DATABASE "{TEMPLATE_NAME}"')
        template = Database.open(self.url_for(TEMPLATE_NAME))
        migrations.upgrade(template)
        template.dispose()
        self._template_ready = True

    def close(self) -> None:
        if self._template_ready:
            self._execute(f'DROP DATABASE IF EXISTS "{TEMPLATE_NAME}" WITH (FORCE)')
        self._admin.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The PostgreSQL test server; the run fails (not skips) when it cannot be reached."""
    server = PostgresServer(POSTGRES_ADMIN_URL)
    yield server
    server.close()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """The URL of a new SQLite file."""
    return f"sqlite:///{tmp_path / 'neo.sqlite3'}"


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    url = postgres_server.create_database(migrated=False)
    yield url
    postgres_server.drop_database(url)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_database_url(request: pytest.FixtureRequest) -> str:
    """An empty database of each kind (the test runs once for SQLite and once for PostgreSQL)."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("postgres_url")


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file migrated to head once per run; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "neo.sqlite3"
    template = Database.open(f"sqlite:///{path}")
    migrations.upgrade(template)
    template.dispose()
    return path


def migrated_sqlite_copy(template: Path, folder: Path) -> Database:
    """A fresh copy of the migrated template, opened."""
    path = folder / "neo.sqlite3"
    shutil.copyfile(template, path)
    return Database.open(f"sqlite:///{path}")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database of each kind."""
    if request.param == "sqlite":
        db = migrated_sqlite_copy(request.getfixturevalue("migrated_sqlite_template"), tmp_path)
        yield db
        db.dispose()
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = server.create_database(migrated=True)
    db = Database.open(url)
    yield db
    db.dispose()
    server.drop_database(url)


@pytest.fixture
def sqlite_database(tmp_path: Path, migrated_sqlite_template: Path) -> Iterator[Database]:
    """A migrated, empty SQLite database (for tests where the dialect does not matter)."""
    db = migrated_sqlite_copy(migrated_sqlite_template, tmp_path)
    yield db
    db.dispose()


@pytest.fixture
def postgres_database(postgres_server: PostgresServer) -> Iterator[Database]:
    """A migrated, empty PostgreSQL database (for behaviour only PostgreSQL has)."""
    url = postgres_server.create_database(migrated=True)
    db = Database.open(url)
    yield db
    db.dispose()
    postgres_server.drop_database(url)
