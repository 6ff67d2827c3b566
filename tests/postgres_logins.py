"""Removing the PostgreSQL logins a test made (they belong to the server, not to the test's database)."""

from __future__ import annotations

from collections.abc import Iterable

import psycopg
from sqlalchemy import text
from sqlalchemy.engine import make_url

from neo_desktop.db.engine import Database


def drop_logins(database: Database, logins: Iterable[str]) -> None:
    """Drop what ``logins`` own or were granted in ``database``, then the logins themselves, where they exist."""
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for login in logins:
            if connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}):
                connection.execute(text(f'DROP OWNED BY "{login}"'))
                connection.execute(text(f'DROP ROLE "{login}"'))


def connect_as(database: Database, login: str) -> psycopg.Connection:
    """A raw connection to ``database`` as ``login`` (the test server trusts local logins), not through the program."""
    url = make_url(str(database.engine.url))
    return psycopg.connect(host=url.host, port=url.port, dbname=url.database, user=login, autocommit=True)
