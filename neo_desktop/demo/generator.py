"""The generation run: one transaction that writes every table in foreign-key order.

Fast enough for 100,000 participants on SQLite because the rows are plain dicts or tuples made from pools
built once, with ids assigned here (the database starts empty), written in chunks of one ``executemany``
each (see :mod:`.writer`); for large sets the big tables' plain indexes and the participant search index
are built once at the end instead of row by row (see :mod:`.schema`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Base, Organisation
from neo_desktop.domain.organisation import Country
from neo_desktop.domain.passwords import hash_password

from .context import DemoRandom, World
from .employers import split, write_employers, write_engagements
from .journal import write_journal
from .meetings import write_groups_and_meetings
from .numbers import RegistrationNumbers
from .organisations import project_municipalities, write_organisations
from .participants import write_participants
from .placements import write_placements
from .plans import write_plans
from .pools import build_pools
from .projects import write_projects
from .reference import write_reference
from .schema import deferred_indexes, deferred_search_index, reset_sequences
from .size import DEMO_PASSWORD, DemoDatabaseNotEmpty, DemoSize, DemoSummary
from .staff import write_staff
from .writer import BulkWriter, Progress

DEFER_INDEXES_FROM = 10_000  # participants; below this, dropping and rebuilding indexes is not worth it
_BIG_TABLES = (
    "participant", "consent", "journal_entry", "plan", "plan_revision", "plan_goal", "plan_resource",
    "plan_barrier", "plan_step", "plan_review", "placement", "match_proposal", "employer", "employer_contact",
    "employer_engagement", "opening",
)
_SQLITE_CACHE_KIB = 256 * 1024  # a larger page cache while writing; the connection's own is restored after
# Rows per participant besides the journal, measured on the generated data (for the progress estimate).
_ROWS_PER_PARTICIPANT = 19


def database_is_empty(database: Database) -> bool:
    """True when the database has no partner organisation yet (a first start)."""
    with database.transaction() as session:
        return _is_empty(session)


def _is_empty(session: Session) -> bool:
    return session.execute(select(Organisation.id).limit(1)).first() is None


def generate_demo_data(
    database: Database,
    size: DemoSize | None = None,
    *,
    seed: int = 2012,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty, migrated database with demo data, in one transaction.

    ``progress(done, total, what)`` is called after every chunk of rows; ``cancelled()`` is asked as often,
    and when it returns True the run stops with :class:`~neo_desktop.demo.DemoCancelled` and nothing is saved.
    The same ``seed`` (and ``today``, default: the current date) gives the same data.
    Raises :class:`~neo_desktop.demo.DemoDatabaseNotEmpty` when the database already has organisations.
    """
    size = size or DemoSize.small()
    started = time.perf_counter()
    tracker = Progress(_estimate(size), progress, cancelled)
    tracker.check()
    password_hash = hash_password(DEMO_PASSWORD)  # argon2 is slow on purpose: one hash for every account
    rng = DemoRandom(seed)
    world = World(rng=rng, today=today or date.today(), size=size, pools=build_pools(seed),
                  password_hash=password_hash, registration_numbers=RegistrationNumbers(rng))
    with database.transaction() as session:
        _begin_on_sqlite(session)
        if not _is_empty(session):
            raise DemoDatabaseNotEmpty()
        writer = BulkWriter(session, tracker)
        with _sqlite_cache(session), _deferred(session, size):
            _write_all(world, writer)
            tracker.advance(0, "indexes")
        reset_sequences(session, Base.metadata.sorted_tables)
    tracker.finish("done")
    return DemoSummary(rows=dict(writer.rows), seconds=time.perf_counter() - started)


def _write_all(world: World, writer: BulkWriter) -> None:
    shares = split(world.size.participants)
    places = (project_municipalities(Country.DK, shares[0]), project_municipalities(Country.SE, shares[1]))
    write_reference(world, writer)
    write_organisations(world, writer, *places)
    write_projects(world, writer, shares, places, split(world.size.employers))
    write_staff(world, writer)
    write_employers(world, writer)
    write_participants(world, writer)
    write_placements(world, writer)
    write_plans(world, writer)
    write_journal(world, writer)
    write_groups_and_meetings(world, writer)
    write_engagements(world, writer)


@contextmanager
def _deferred(session: Session, size: DemoSize) -> Iterator[None]:
    """For large sets, build the big tables' indexes and the search index once at the end."""
    if size.participants < DEFER_INDEXES_FROM:
        yield
        return
    with deferred_indexes(session, _BIG_TABLES), deferred_search_index(session):
        yield


def _estimate(size: DemoSize) -> int:
    journal = round(size.participants * size.journal_entries_per_participant)
    return round(size.participants * _ROWS_PER_PARTICIPANT) + journal + size.employers * 8 + size.meetings * 18


def _begin_on_sqlite(session: Session) -> None:
    """Open the SQLite transaction now, so that the emptiness check and the index DDL are inside it.

    Python's sqlite3 module only opens a transaction before INSERT/UPDATE/DELETE: without this, a dropped
    index would be committed at once and stay dropped when a cancelled run rolls back. IMMEDIATE takes the
    write lock before any work is done.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def _sqlite_cache(session: Session) -> Iterator[None]:
    """On SQLite, a larger page cache for the run (the index builds and unique checks stay in memory)."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    previous_threads = connection.exec_driver_sql("PRAGMA threads").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{_SQLITE_CACHE_KIB}")
    connection.exec_driver_sql("PRAGMA threads=2")  # helper threads sort for CREATE INDEX
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(previous or -2000)}")
        connection.exec_driver_sql(f"PRAGMA threads={int(previous_threads or 0)}")
