"""Benchmark: caseloads, search as you type, the participant record and the referral import, on the large demo set.

    .venv/bin/python main.py demo-data --large --database URL      # once: 100,000 participants
    .venv/bin/python bench/bench_caseload.py --database URL [--database URL2]

It prints figures against the goals of issue 3; it is not a test. The first run adds to the database: a
caseworker ("bench.caseworker") with 500 young people, and 1,000 journal entries for one of them. Run it on a
benchmark copy. Every call goes through the real services (role check, access-log entry, commit) and, where
the goal says "shown", through the Qt model the list view uses (offscreen).
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import delete, func, insert, select, update

from neo_desktop.db.engine import Database
from neo_desktop.db.models import JournalEntry, Participant, Project, Setting, Staff, StaffRole
from neo_desktop.domain.identity import synthetic_cpr
from neo_desktop.domain.organisation import Role
from neo_desktop.domain.participant import JournalKind
from neo_desktop.services import participant_signals
from neo_desktop.services.caseload import CaseloadColumn, CaseloadQuery, CaseloadScope, CaseloadService
from neo_desktop.services.journal import JournalService
from neo_desktop.services.participants import ParticipantService
from neo_desktop.services.referral_import import ReferralImportService
from neo_desktop.services.user import SignedInUser, command_line_user

BENCH_LOGIN = "bench.caseworker"
CASELOAD = 500
JOURNAL = 1_000
IMPORT_ROWS = 10_000
# What caseworkers type: names letter by letter, a CPR number's date part, a phone number, an e-mail.
TYPED = ["Nielsen", "Hansen", "Mette Ras", "Jørgensen", "Åsa Lind", "Mohammed", "0101", "31129", "+45 0000 12",
         "anna.berg"]


def timed(label: str, goal_ms: float, work: Callable[[], object], runs: int = 7) -> float:
    """Run ``work`` and print median and worst in milliseconds against the goal; returns the median."""
    times, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        work()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return report(label, goal_ms, times, cpu)


def report(label: str, goal_ms: float, times: list[float], cpu: list[float]) -> float:
    """Print the figures of a series of times: wall clock (median, worst) and this process's median CPU time
    (on PostgreSQL the server's work is not in it), which shows how much of the wall time was waiting for a
    machine busy with other work."""
    median = statistics.median(times)
    verdict = "ok" if median <= goal_ms else "SLOWER THAN THE GOAL"
    print(f"  {label:52} median {median:8.1f} ms   worst {max(times):8.1f} ms   cpu {statistics.median(cpu):7.1f} ms   "
          f"n={len(times):<4} goal {goal_ms:.0f} ms: {verdict}")
    return median


def bench_user(database: Database) -> SignedInUser:
    """The bench caseworker with 500 young people (made on the first run)."""
    with database.transaction() as session:
        staff = session.scalar(select(Staff).where(Staff.login_name == BENCH_LOGIN))
        if staff is None:
            lead = session.scalar(select(Project.lead_organisation_id).order_by(Project.id).limit(1))
            staff = Staff(organisation_id=lead, login_name=BENCH_LOGIN, full_name="Bench Caseworker",
                          roles=[StaffRole(role=Role.CASEWORKER)])
            session.add(staff)
            session.flush()
        ids = session.scalars(select(Participant.id).where(Participant.organisation_id == staff.organisation_id)
                              .order_by(Participant.id).limit(CASELOAD)).all()
        session.execute(update(Participant).where(Participant.id.in_(ids))
                        .values(caseworker_id=staff.id, coordinator_id=None))
        return SignedInUser(staff.id, staff.login_name, staff.full_name, staff.organisation_id, "",
                            frozenset({Role.CASEWORKER}))


def long_journal(database: Database, user: SignedInUser) -> int:
    """A young person of the bench caseload with 1,000 journal entries (added on the first run)."""
    with database.transaction() as session:
        participant = session.scalar(select(Participant).where(Participant.caseworker_id == user.staff_id)
                                     .order_by(Participant.id).limit(1))
        have = session.scalar(select(func.count()).where(JournalEntry.participant_id == participant.id))
        start = datetime(2024, 1, 1, 9, tzinfo=UTC)
        rows = [{"participant_id": participant.id, "organisation_id": participant.organisation_id,
                 "project_id": participant.project_id, "kind": JournalKind.NOTE,
                 "occurred_at": start + timedelta(hours=n), "author_id": user.staff_id, "subject": f"Notat {n}",
                 "body": "Samtale om praktik og uddannelse. " * 8, "sensitive": n % 17 == 0}
                for n in range(max(0, JOURNAL - have))]
        if rows:
            session.execute(insert(JournalEntry), rows)
        return participant.id


def referral_file(folder: Path, project_code: str) -> Path:
    """10,000 referral rows with valid CPR numbers the demo data does not use (serials 100–899)."""
    path = folder / "henvisninger.csv"
    first = date(1998, 1, 1)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["CPR-nummer", "Fornavn", "Efternavn", "Telefon", "E-mail", "Henvist", "Projekt"])
        for n in range(IMPORT_ROWS):
            birth = first + timedelta(days=n % 3000)
            writer.writerow([synthetic_cpr(birth, 100 + n // 3000 * 97 + n % 97), f"Bench{n}", "Henvisning",
                             f"+45 0000 {n % 10000:04d}", f"bench{n}@example.org", "02-11-2026", project_code])
    return path


def run(url: str) -> None:
    from PySide6.QtWidgets import QApplication

    from neo_desktop.ui.caseload.list_model import CaseloadModel

    QApplication.instance() or QApplication([])
    database = Database.open(url)
    print(f"\n{database.description} ({database.engine.dialect.name})")
    user = bench_user(database)
    everyone = command_line_user("bench", frozenset({Role.CASEWORKER}))  # sees the whole register, as the owner
    cases, register = CaseloadService(database, user), CaseloadService(database, everyone)
    model = CaseloadModel()

    def shown(service: CaseloadService, query: CaseloadQuery, limit: int = 100) -> None:
        model.set_first_page(service.page(query, limit=limit))

    register.page(CaseloadQuery(scope=CaseloadScope.REGISTER))  # warm the caches once
    with database.transaction() as session:  # the day's first list recounts everyone's signals
        session.execute(delete(Setting).where(Setting.key == participant_signals.AS_OF_KEY))
    started = time.perf_counter()
    CaseloadService(database, everyone).page(CaseloadQuery(scope=CaseloadScope.REGISTER,
                                                           sort=CaseloadColumn.WARNINGS))
    label = "the day's first list, sorted by warnings (recounts everyone)"
    print(f"  {label:52} {time.perf_counter() - started:8.2f} s   (once a day; the later sorts below)")
    keystrokes, keystrokes_cpu = [], []
    for text in TYPED:
        for length in range(2, len(text) + 1):
            started, started_cpu = time.perf_counter(), time.process_time()
            shown(register, CaseloadQuery(scope=CaseloadScope.REGISTER, search=text[:length]))
            keystrokes.append((time.perf_counter() - started) * 1000)
            keystrokes_cpu.append((time.process_time() - started_cpu) * 1000)
    report("search as you type over 100,000 (keystroke → rows)", 15, keystrokes, keystrokes_cpu)
    timed("caseload of 500 rows shown", 30, lambda: shown(cases, CaseloadQuery(), 500))
    total = register.page(CaseloadQuery(scope=CaseloadScope.REGISTER)).total
    timed(f"organisation-wide list of {total:,} opens", 150,
          lambda: shown(register, CaseloadQuery(scope=CaseloadScope.REGISTER)))
    for column in CaseloadColumn:
        for descending in (False, True):
            timed(f"  sorted by {column.value}{' (descending)' if descending else ''}", 100,
                  lambda c=column, d=descending: shown(register, CaseloadQuery(scope=CaseloadScope.REGISTER, sort=c,
                                                                               descending=d)), runs=3)
    for column in (CaseloadColumn.OVERDUE_STEPS, CaseloadColumn.WARNINGS):
        timed(f"caseload of 500 sorted by {column.value}", 100,
              lambda c=column: shown(cases, CaseloadQuery(sort=c, descending=True), 500), runs=3)
    participant_id = long_journal(database, user)
    records, journal = ParticipantService(database, user), JournalService(database, user)
    timed("record with 1,000 journal entries opens (record + journal)", 100,
          lambda: (records.open(participant_id), journal.timeline(participant_id)))
    with database.transaction() as session:
        code = session.scalar(select(Project.code).order_by(Project.id).limit(1))
    with tempfile.TemporaryDirectory() as folder:
        path = referral_file(Path(folder), code)
        started = time.perf_counter()
        result = ReferralImportService(database, user).run(path, project_code=code)
        seconds = time.perf_counter() - started
        print(f"  {'import of 10,000 referral rows (check + commit)':52} {seconds:8.2f} s     "
              f"({len(result.participant_ids):,} imported)   goal 10 s: {'ok' if seconds <= 10 else 'SLOWER'}")
        with database.transaction() as session:  # leave the database as it was, for the next run
            for start in range(0, len(result.participant_ids), 900):
                chunk = list(result.participant_ids[start:start + 900])
                session.execute(delete(Participant).where(Participant.id.in_(chunk)))
    database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", action="append", required=True, metavar="URL",
                        help="a database with the large demo set (give it twice for SQLite and PostgreSQL)")
    for url in parser.parse_args().database:
        run(url)


if __name__ == "__main__":
    main()
