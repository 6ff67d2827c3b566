"""Opening databases: SQLite settings, readable errors, and a connection lost in the middle of work."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from neo_desktop.db.engine import Database
from neo_desktop.db.errors import (
    AuthenticationFailedError,
    ConnectionLostError,
    DatabaseMissingError,
    ServerUnreachableError,
    SqliteFileError,
)
from neo_desktop.db.models import Setting


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_database: Database) -> None:
    with sqlite_database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_unreachable_server_is_explained() -> None:
    with pytest.raises(ServerUnreachableError) as caught:
        Database.open("postgresql+psycopg://neo@127.0.0.1:1/neo")
    assert caught.value.message.startswith("The database server 127.0.0.1:1/neo cannot be reached.")


@pytest.mark.postgres
def test_missing_database_is_explained(postgres_server) -> None:
    with pytest.raises(DatabaseMissingError):
        Database.open(postgres_server.url_for("neo_no_such_database"))


@pytest.mark.postgres
def test_unknown_login_is_explained(postgres_server) -> None:
    url = postgres_server.admin_url.set(username="neo_no_such_login", password="secret-value")
    with pytest.raises(AuthenticationFailedError) as caught:
        Database.open(url)
    assert "secret-value" not in caught.value.message


def test_damaged_sqlite_file_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "neo.sqlite3"
    path.write_bytes(b"this is not a database" * 200)
    with pytest.raises(SqliteFileError) as caught:
        Database.open(f"sqlite:///{path}")
    assert "Restore it from a backup" in caught.value.message


@pytest.mark.postgres
def test_connection_lost_mid_transaction_saves_nothing_and_recovers(postgres_database: Database,
                                                                    postgres_server) -> None:
    with pytest.raises(ConnectionLostError), postgres_database.transaction() as session:
        session.add(Setting(key="half", value="written"))
        session.flush()
        backend = session.scalar(text("SELECT pg_backend_pid()"))
        with postgres_server._admin.engine.connect() as admin:
            admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
        session.execute(text("SELECT 1"))
    # The pool replaces the dead connection; the unfinished change is not there.
    with postgres_database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Setting)) == 0
