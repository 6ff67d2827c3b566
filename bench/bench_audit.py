"""Benchmark: the auditor's access log on a large log, and a person's subject access export.

    .venv/bin/python bench/bench_audit.py                 # 1,000,000 log entries in a temporary SQLite file
    .venv/bin/python bench/bench_audit.py --entries 200000

Builds a throw-away SQLite database with a valid hash chain of ``--entries`` access-log entries (60 staff,
20,000 people, two years), then times what the access-log view and the data-protection page do: the view's
first load (the newest 2,000), the person, user, action and period filters, the Excel export of a month,
verifying the chain, and (on the small demo set) a subject access export as PDF and JSON. It prints figures
against goals; it is not a test.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from neo_desktop.db import migrations
from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry, Organisation, Staff, StaffRole
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.organisation import Country, OrganisationKind, Role
from neo_desktop.services.access_log import entry_digest, utc_text, verify_chain
from neo_desktop.services.audit import AuditFilter, AuditService
from neo_desktop.services.user import SignedInUser

BATCH = 20_000
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
ACTIONS = [AccessAction.READ] * 60 + [AccessAction.SEARCH] * 25 + [AccessAction.UPDATE] * 10 + [
    AccessAction.EXPORT] * 3 + [AccessAction.SIGN_IN] * 2


def timed(label: str, goal_ms: float, work: Callable[[], object], runs: int) -> None:
    """Run ``work`` ``runs`` times; print the median and worst in milliseconds against the goal."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    median = statistics.median(times)
    verdict = "ok" if median <= goal_ms else "SLOWER THAN THE GOAL"
    print(f"{label:<58} median {median:8.1f} ms  worst {max(times):8.1f} ms  goal ≤ {goal_ms:,.0f} ms  {verdict}")


def fill_log(database: Database, entries: int, rng: random.Random) -> None:
    """Write ``entries`` entries with a valid chain, oldest first, in batches."""
    previous: str | None = None
    start = NOW - timedelta(days=730)
    step = timedelta(days=730) / entries
    logins = [f"staff.{n:02d}" for n in range(60)]
    with database.engine.begin() as connection:
        for first in range(0, entries, BATCH):
            rows = []
            for index in range(first, min(first + BATCH, entries)):
                action = rng.choice(ACTIONS)
                person = rng.randint(1, 20_000) if action is not AccessAction.SIGN_IN else None
                fields = {
                    "occurred_at": (start + step * index).replace(microsecond=0), "staff_id": None,
                    "login_name": rng.choice(logins), "action": action, "participant_id": person,
                    "organisation_id": 1, "project_id": 1, "record_kind": "participant" if person else None,
                    "record_id": person, "search_criterion": "name: An" if action is AccessAction.SEARCH else None,
                    "purpose": "follow-up", "detail": None,
                }
                hashed = {**fields, "occurred_at": utc_text(fields["occurred_at"]), "action": action.value}
                entry_hash = entry_digest(previous, hashed)
                rows.append({**fields, "occurred_at": fields["occurred_at"].replace(tzinfo=None),
                             "previous_hash": previous, "entry_hash": entry_hash})
                previous = entry_hash
            connection.execute(AccessLogEntry.__table__.insert(), rows)


def auditor(database: Database) -> SignedInUser:
    """An auditor's staff row (the log's own entries point at it)."""
    with database.transaction() as session:
        organisation = Organisation(name="Region Midtjylland", kind=OrganisationKind.REGION, country=Country.DK)
        staff = Staff(organisation=organisation, login_name="revisor", full_name="Rita Revisor",
                      roles=[StaffRole(role=Role.AUDITOR)])
        session.add(staff)
        session.flush()
        return SignedInUser(staff.id, "revisor", "Rita Revisor", organisation.id, organisation.name,
                            frozenset({Role.AUDITOR}))


def bench_log(folder: Path, entries: int) -> None:
    database = Database.open(f"sqlite:///{folder / 'audit.sqlite3'}")
    migrations.upgrade(database, backup=False)
    started = time.perf_counter()
    fill_log(database, entries, random.Random(7))
    print(f"{entries:,} access-log entries written in {time.perf_counter() - started:.1f} s\n")
    service = AuditService(database, auditor(database))
    month = date(2026, 10, 1), date(2026, 10, 31)
    timed("view's first load: the newest 2,000", 500, lambda: service.search(AuditFilter(), limit=2000), 5)
    timed("one person (indexed)", 200, lambda: service.search(AuditFilter(participant_id=4242), limit=2000), 5)
    timed("one user, newest 2,000", 1000, lambda: service.search(AuditFilter(login_name="staff.17"), limit=2000), 5)
    timed("one user in one month", 1000, lambda: service.search(
        AuditFilter(login_name="staff.17", since=month[0], until=month[1]), limit=2000), 5)
    timed("a rare action (anonymise: none) over the whole log", 3000, lambda: service.search(
        AuditFilter(action=AccessAction.ANONYMISE), limit=2000), 3)
    path = folder / "month.xlsx"
    timed("export of one month to Excel (all users)", 10_000, lambda: service.export_workbook(
        AuditFilter(since=month[0], until=month[1]), path), 2)
    print(f"{'':<58} ({path.stat().st_size / 1024:,.0f} KiB)")
    per_entry: list[float] = []

    def verify() -> None:
        with database.transaction() as session:
            check = verify_chain(session)
        assert check.intact, check
        per_entry.append(check.checked)

    timed(f"verify the chain ({entries:,} entries; goal 10 µs an entry)", entries / 100, verify, 1)
    database.dispose()


def bench_subject_access(folder: Path) -> None:
    from neo_desktop.demo import DemoSize, generate_demo_data
    from neo_desktop.services.auth import AuthService
    from neo_desktop.services.overview import OverviewService
    from neo_desktop.services.subject_access import SubjectAccessService

    database = Database.open(f"sqlite:///{folder / 'demo.sqlite3'}")
    migrations.upgrade(database, backup=False)
    generate_demo_data(database, DemoSize.small())
    user = AuthService(database).sign_in_local("caseworker", "demo")
    person = OverviewService(database, user).caseload().record_ids[0]
    service = SubjectAccessService(database, user)
    print()
    timed("subject access export: PDF and JSON of one person", 1000, lambda: service.export_files(
        person, pdf_path=folder / "person.pdf", json_path=folder / "person.json", language="da"), 10)
    timed("lookup report of one person", 200, lambda: service.lookups(person), 10)
    database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000, help="access-log entries to write")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench_log(Path(folder), args.entries)
        bench_subject_access(Path(folder))


if __name__ == "__main__":
    main()
