"""Opening a database: the engine, its connection settings per dialect, and short transactions.

Services never keep a session: each use case calls :meth:`Database.transaction` and returns plain data.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from neo_desktop.domain.errors import ConflictError

from .errors import explain_connection_error

APPLICATION_NAME = "NEO Desktop"


def _configure_sqlite(dbapi_connection, _record) -> None:
    # WAL lets the GUI read while a background task writes; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def build_engine(url: str | URL, *, echo: bool = False) -> Engine:
    """An engine for ``url`` with NEO Desktop's connection settings for its dialect."""
    url = make_url(url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, echo=echo, hide_parameters=True)
        event.listen(engine, "connect", _configure_sqlite)
        return engine
    if url.get_backend_name() == "postgresql" and url.get_driver_name() != "psycopg":
        url = url.set(drivername="postgresql+psycopg")
    return create_engine(
        url,
        echo=echo,
        hide_parameters=True,  # identity numbers and names never reach an error message or the log
        pool_pre_ping=True,  # a dropped connection is replaced rather than failing the next click
        pool_size=5,
        connect_args={"connect_timeout": 5, "application_name": APPLICATION_NAME},
    )


def describe_url(url: str | URL) -> str:
    """Where a URL points, for messages and the status bar; never includes the password."""
    url = make_url(url)
    if url.get_backend_name() == "sqlite":
        return str(url.database or ":memory:")
    return f"{url.host}:{url.port or 5432}/{url.database}"


@dataclass
class Database:
    """One database: its engine and a factory for short transactions."""

    engine: Engine

    def __post_init__(self) -> None:
        # Objects stay readable after commit: services turn them into plain data right after.
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | URL, *, check: bool = True) -> Database:
        """Open ``url``; with ``check``, connect once and raise a readable error when that fails."""
        database = cls(build_engine(url))
        if check:
            database.check_connection()
        return database

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded database."""
        return self.engine.dialect.name == "sqlite"

    @property
    def description(self) -> str:
        """Where the database is, without secrets."""
        return describe_url(self.engine.url)

    def check_connection(self) -> None:
        """Connect once; raise a :class:`~neo_desktop.db.errors.DatabaseError` a person can act on."""
        try:
            with self.engine.connect():
                pass
        except DBAPIError as exc:
            raise explain_connection_error(exc, self.description) from exc

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed at the end, rolled back on any error."""
        try:
            with self._sessions.begin() as session:
                yield session
        except StaleDataError as exc:
            # Someone else's save landed between our read and our write: nothing of ours was written.
            raise ConflictError(what="record") from exc
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise explain_connection_error(exc, self.description) from exc
            raise

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
