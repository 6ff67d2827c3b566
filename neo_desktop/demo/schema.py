"""Schema chores around a bulk load: indexes built once at the end, PostgreSQL id sequences moved on."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Table, text
from sqlalchemy.orm import Session

from neo_desktop.db.search_index import FTS_TABLE


@contextmanager
def deferred_indexes(session: Session, tables: Iterable[str]) -> Iterator[None]:
    """Drop the plain (non-unique) secondary indexes of ``tables`` now and rebuild them at the end.

    Building an index once over a million sorted rows is several times faster than keeping it up to date row
    by row. The definitions are read back from the database itself, so the rebuilt indexes are exactly the
    ones the migration made. DDL is transactional on SQLite and PostgreSQL: a rollback restores them.
    """
    names = list(tables)
    definitions = _plain_indexes(session, names)
    for name, _ in definitions:
        session.connection().exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, create in definitions:
        session.connection().exec_driver_sql(create)


def _plain_indexes(session: Session, tables: list[str]) -> list[tuple[str, str]]:
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        rows: list[tuple[str, str]] = []
        for table in tables:
            result = session.execute(
                text(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                    "AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name = :table ORDER BY name"
                ),
                {"table": table},
            )
            rows.extend((name, sql) for name, sql in result)
        return rows
    if dialect == "postgresql":
        result = session.execute(
            text(
                "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
                "JOIN pg_namespace n ON n.oid = t.relnamespace "
                "WHERE NOT i.indisunique AND NOT i.indisprimary AND n.nspname = current_schema() "
                "AND t.relname = ANY(:tables) ORDER BY c.relname"
            ),
            {"tables": tables},
        )
        return [(name, sql) for name, sql in result]
    return []  # another dialect: keep the indexes, only slower


def reset_sequences(session: Session, tables: Iterable[Table]) -> None:
    """On PostgreSQL, move each id sequence past the ids the generator assigned itself.

    SQLite needs nothing: an INTEGER PRIMARY KEY continues from the largest rowid.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        if "id" not in table.c or not table.c.id.autoincrement:
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                f'(SELECT COALESCE(MAX(id), 0) + 1 FROM "{table.name}"), false)'
            ),
            {"table": f'"{table.name}"'},
        )


@contextmanager
def deferred_search_index(session: Session) -> Iterator[None]:
    """On SQLite, pause the trigger that feeds the participant search index, and rebuild the index once at the end.

    The FTS5 table (migration 0004) has external content, so a 'rebuild' reads every participant back in one
    pass, which is several times faster than the trigger's insert per row. Transactional, like the indexes.
    """
    if session.get_bind().dialect.name != "sqlite" or not session.execute(
        text("SELECT 1 FROM sqlite_master WHERE name = :name"), {"name": FTS_TABLE}
    ).first():
        yield
        return
    triggers = session.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'participant' "
             "AND sql LIKE '%AFTER INSERT ON participant%' AND sql LIKE :target ORDER BY name"),
        {"target": f"%INSERT INTO {FTS_TABLE}(%"},
    ).all()
    for name, _ in triggers:
        session.connection().exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for _, create in triggers:
        session.connection().exec_driver_sql(create)
    if triggers:
        session.connection().exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
