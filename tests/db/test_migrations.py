"""Migrations: a linear chain, up and down on both databases, in step with the models, and safe start-up."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from neo_desktop.db import migrations
from neo_desktop.db.engine import Database
from neo_desktop.db.errors import DatabaseTooNewError, NotNeoDatabaseError
from neo_desktop.db.models import Base
from neo_desktop.db.search_index import include_object


def table_names(database: Database) -> set[str]:
    with database.engine.connect() as connection:
        return set(inspect(connection).get_table_names())


def test_revision_chain_is_linear() -> None:
    scripts = migrations.script_directory()
    heads = scripts.get_heads()
    assert len(heads) == 1, f"more than one head: {heads}"
    revisions = list(scripts.walk_revisions())
    assert len(scripts.get_bases()) == 1
    for revision in revisions:
        assert not revision.is_merge_point, f"{revision.revision} merges branches"
        assert not revision.is_branch_point, f"{revision.revision} starts a branch"


def test_the_start_up_shortcut_knows_the_newest_revision() -> None:
    assert migrations.head_revision() == migrations.HEAD_REVISION


def test_upgrade_then_downgrade_on_each_database(empty_database_url: str) -> None:
    database = Database.open(empty_database_url)
    result = migrations.upgrade(database)
    assert (result.before, result.after) == (None, migrations.head_revision())
    assert set(Base.metadata.tables) <= table_names(database)

    migrations.downgrade(database, "base")
    assert table_names(database) <= {"alembic_version"}

    migrations.upgrade(database)
    assert set(Base.metadata.tables) <= table_names(database)
    database.dispose()


def test_models_and_migrations_agree(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True,
                                                               "include_object": include_object})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_upgrade_of_current_database_changes_nothing(database: Database) -> None:
    result = migrations.upgrade(database)
    assert result.before == result.after == migrations.head_revision()
    assert result.backup is None


NEXT_REVISION = '''"""a later revision (test only)"""
revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
'''


def test_sqlite_is_backed_up_before_an_upgrade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "neo.sqlite3"
    database = Database.open(f"sqlite:///{path}")
    migrations.upgrade(database)
    with database.engine.begin() as connection:
        connection.execute(text("INSERT INTO setting (key, value) VALUES ('marker', 'kept')"))
    head = migrations.head_revision()

    # A newer program: the same migrations plus one more revision.
    newer = tmp_path / "newer-migrations"
    shutil.copytree(migrations.migrations_path(), newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "9999_later.py").write_text(NEXT_REVISION.format(head=head), encoding="utf-8")
    monkeypatch.setattr(migrations, "migrations_path", lambda: newer)
    monkeypatch.setattr(migrations, "HEAD_REVISION", "9999")

    result = migrations.upgrade(database)
    database.dispose()

    assert (result.before, result.after) == (head, "9999")
    assert result.backup is not None and result.backup.parent == tmp_path
    with sqlite3.connect(result.backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert copy.execute("SELECT value FROM setting WHERE key = 'marker'").fetchone() == ("kept",)
    with sqlite3.connect(path) as upgraded:
        assert upgraded.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_newer_database_is_refused(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffffffff9999'"))
    with pytest.raises(DatabaseTooNewError) as caught:
        migrations.upgrade(database)
    assert "newer version of NEO Desktop" in caught.value.message
    assert "ffffffff9999" in caught.value.message


def test_foreign_database_is_refused_and_left_alone(empty_database_url: str) -> None:
    database = Database.open(empty_database_url)
    with database.engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)"))
    with pytest.raises(NotNeoDatabaseError) as caught:
        migrations.upgrade(database)
    assert "not a NEO Desktop database" in caught.value.message
    assert table_names(database) == {"invoices"}
    database.dispose()


def test_backup_copies_the_sqlite_file_with_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "neo.sqlite3"
    database = Database.open(f"sqlite:///{path}")
    migrations.upgrade(database)
    with database.engine.begin() as connection:
        connection.execute(text("INSERT INTO setting (key, value) VALUES ('marker', 'kept')"))
    backup = migrations.backup_sqlite(database)
    database.dispose()
    assert backup.parent == path.parent and backup.name.startswith("neo.") and backup.suffix == ".sqlite3"
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT value FROM setting WHERE key = 'marker'").fetchone() == ("kept",)
