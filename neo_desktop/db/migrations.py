"""Bringing a database to the schema this program expects.

At start-up the program upgrades the database to the newest revision. On SQLite it first copies the file
to a timestamped backup beside it. A database migrated by a newer program, or one that holds someone else's
tables, is refused with a message instead of being changed.

Alembic is loaded only when a database is not already at :data:`HEAD_REVISION`: an ordinary start-up
reads one row and goes on (a test keeps the constant equal to the newest revision).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from neo_desktop.config.paths import migrations_path

from .engine import Database
from .errors import DatabaseTooNewError, NotNeoDatabaseError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

# The newest revision in migrations/versions; tests/db/test_migrations.py checks that they agree.
HEAD_REVISION = "0009"


def alembic_config() -> Config:
    """Alembic's configuration, built in code (no alembic.ini on disk)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    config.set_main_option("path_separator", "os")
    return config


def script_directory() -> ScriptDirectory:
    """The revisions shipped with this program."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest revision this program knows."""
    head = script_directory().get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at; None for a database never migrated."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


@dataclass(frozen=True)
class UpgradeResult:
    """What :func:`upgrade` did."""

    before: str | None
    after: str
    backup: Path | None


def upgrade(database: Database, *, backup: bool = True) -> UpgradeResult:
    """Migrate ``database`` to head; on SQLite back the file up first if anything will change."""
    with database.engine.connect() as connection:
        before = current_revision(connection)
        if before == HEAD_REVISION:
            return UpgradeResult(before, before, None)
        _refuse_foreign_or_newer(connection, before, database.description)
    head = head_revision()
    if before == head:
        return UpgradeResult(before, head, None)
    backup_path = backup_sqlite(database) if backup and before is not None and database.is_sqlite else None
    _run(database, "upgrade", head)
    log.info("Database %s upgraded from %s to %s", database.description, before, head)
    return UpgradeResult(before, head, backup_path)


def downgrade(database: Database, revision: str) -> None:
    """Migrate ``database`` down to ``revision`` ("base" removes every table)."""
    _run(database, "downgrade", revision)


def _run(database: Database, direction: str, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, direction)(config, revision)


def _refuse_foreign_or_newer(connection: Connection, revision: str | None, where: str) -> None:
    if revision is None:
        tables = set(inspect(connection).get_table_names()) - {"alembic_version"}
        if tables:
            raise NotNeoDatabaseError(where=where)
        return
    try:
        script_directory().get_revision(revision)
    except Exception as exc:  # alembic raises several kinds for an unknown revision
        raise DatabaseTooNewError(where=where, revision=revision) from exc


def backup_sqlite(database: Database) -> Path:
    """Copy the SQLite file to ``<name>.<timestamp>.backup`` with SQLite's online backup (safe under WAL)."""
    source = Path(database.engine.url.database or "")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.{stamp}.backup{source.suffix}")
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    log.info("Backed up %s to %s", source, target)
    return target
