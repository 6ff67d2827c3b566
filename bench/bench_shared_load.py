"""Benchmark: 50 caseworkers on one shared PostgreSQL database, each with its own connection, for 60 seconds.

    .venv/bin/python bench/bench_shared_load.py --database postgresql://…/neo_bench [--users 50] [--seconds 60]

Each simulated caseworker searches the register, opens records and saves edits, with a short pause between
actions. Records are shared in pairs (every young person has a caseworker and a coordinator among the
simulated staff), so saves meet each other. A save either lands or ends in the conflict flow: the caseworker
reloads, keeps their own value and saves again. Prints the p50/p95/p99 of the saves and counts lost updates:
two saves that both landed although made from the same version of a record, or a record whose final value is
not the last save that landed. The goal is p95 save ≤ 50 ms and no lost update. Not a test.

The first run adds the simulated staff ("load.cw01" …) and gives them young people of the database; run it on
a benchmark copy (the large demo set). Every caseworker has a connection of its own and, by default, a process
of its own (forked, so it costs no start-up): caseworkers sharing a process as threads also share Python's lock,
and a thread holding the access log's lock between its INSERT and its COMMIT then waits for the others' Python
work — a queue that real workstations do not have (``--processes 5`` shows it).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import sys
import threading
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select, update

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Participant, Staff, StaffRole
from neo_desktop.domain.errors import ConflictError
from neo_desktop.domain.organisation import Role
from neo_desktop.services.caseload import CaseloadQuery, CaseloadScope, CaseloadService
from neo_desktop.services.participants import ParticipantService
from neo_desktop.services.user import SignedInUser

RECORDS_PER_USER = 4  # as caseworker; each is also another simulated user's as coordinator
SEARCHES = ["Nielsen", "Hansen", "Jensen", "Pedersen", "Andersen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen"]
PAUSE = (0.5, 2.0)  # seconds between one caseworker's actions: a busy caseworker, clicking every second or so


def prepare(url: str, users: int) -> list[tuple[SignedInUser, list[int]]]:
    """The simulated staff and their records (made on the first run); each record is shared by two of them."""
    database = Database.open(url)
    with database.transaction() as session:
        organisation = session.scalar(select(Staff.organisation_id).where(Staff.login_name == "caseworker"))
        staff = []
        for number in range(1, users + 1):
            login = f"load.cw{number:02d}"
            person = session.scalar(select(Staff).where(Staff.login_name == login))
            if person is None:
                person = Staff(organisation_id=organisation, login_name=login, full_name=f"Load Caseworker {number}",
                               roles=[StaffRole(role=Role.CASEWORKER), StaffRole(role=Role.COORDINATOR)])
                session.add(person)
                session.flush()
            staff.append(person)
        pool = session.scalars(select(Participant.id).where(Participant.organisation_id == organisation)
                               .order_by(Participant.id.desc())  # not the ones bench_caseload.py uses
                               .limit(users * RECORDS_PER_USER)).all()
        plan: dict[int, list[int]] = defaultdict(list)
        for index, participant_id in enumerate(pool):
            owner = staff[index % users]
            partner = staff[(index + 1 + index // users) % users]
            session.execute(update(Participant).where(Participant.id == participant_id)
                            .values(caseworker_id=owner.id, coordinator_id=partner.id))
            plan[owner.id].append(participant_id)
            plan[partner.id].append(participant_id)
        result = [(SignedInUser(p.id, p.login_name, p.full_name, organisation, "",
                                frozenset({Role.CASEWORKER, Role.COORDINATOR})), plan[p.id]) for p in staff]
    database.dispose()
    return result


def caseworker(url: str, user: SignedInUser, records: list[int], seconds: float, seed: int,
               out: list[tuple], pause: tuple[float, float] = PAUSE) -> None:
    """One simulated caseworker: its own connection, searching, opening and saving until time is up."""
    database = Database.open(url)  # an engine of its own: one caseworker, one connection (used one at a time)
    rng = random.Random(seed)
    cases, people = CaseloadService(database, user), ParticipantService(database, user)
    ends = time.monotonic() + seconds
    counter = 0
    run = f"{int(time.time()):x}"  # each run's values differ from the last run's: saving a stored value writes nothing
    while time.monotonic() < ends:
        roll = rng.random()
        if roll < 0.35:
            cases.page(CaseloadQuery(scope=CaseloadScope.REGISTER, search=rng.choice(SEARCHES)[:rng.randint(2, 6)]))
        elif roll < 0.6:
            people.open(rng.choice(records))
        else:
            participant_id = rng.choice(records)
            counter += 1
            token = f"{user.login_name}-{run}-{counter}"
            seen = people.open(participant_id)
            time.sleep(rng.uniform(*pause) / 2)  # typing
            started = time.perf_counter()
            try:
                saved = people.update(seen, replace(seen.data, housing_area=token))
                out.append(("saved", (time.perf_counter() - started) * 1000, participant_id, seen.version,
                            saved.version, token))
            except ConflictError:
                out.append(("conflict", (time.perf_counter() - started) * 1000, participant_id, seen.version,
                            None, token))
                # The conflict flow: load what is stored now, keep my value, save again.
                theirs = people.open(participant_id, purpose="resolve conflict")
                started = time.perf_counter()
                try:
                    saved = people.update(theirs, replace(theirs.data, housing_area=token))
                    out.append(("saved", (time.perf_counter() - started) * 1000, participant_id, theirs.version,
                                saved.version, token))
                except ConflictError:
                    out.append(("conflict", (time.perf_counter() - started) * 1000, participant_id,
                                theirs.version, None, token))
        time.sleep(rng.uniform(*pause))
    database.dispose()


def process(url: str, group: list[tuple[SignedInUser, list[int]]], seconds: float, seed: int,
            queue: multiprocessing.Queue, pause: tuple[float, float] = PAUSE) -> None:
    """Run some caseworkers as threads; hand their outcomes back."""
    outcomes: list[tuple] = []
    threads = [threading.Thread(target=caseworker, args=(url, user, records, seconds, seed + n, outcomes, pause))
               for n, (user, records) in enumerate(group)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    queue.put(outcomes)


def lost_updates(url: str, outcomes: list[tuple]) -> int:
    """Saves that landed from a version another landed save also started from, plus records whose stored value
    is not the value of their last landed save."""
    landed: dict[tuple[int, int], int] = defaultdict(int)
    last: dict[int, tuple[int, str]] = {}
    for kind, _ms, participant_id, base, version, token in outcomes:
        if kind == "saved":
            landed[(participant_id, base)] += 1
            if participant_id not in last or version > last[participant_id][0]:
                last[participant_id] = (version, token)
    lost = sum(count - 1 for count in landed.values() if count > 1)
    if os.environ.get("NEO_BENCH_DEBUG"):
        for (participant_id, base), count in landed.items():
            if count > 1:
                print("same base", participant_id, base, [o for o in outcomes if o[2] == participant_id])
    database = Database.open(url)
    with database.transaction() as session:
        stored = dict(session.execute(select(Participant.id, Participant.housing_area)
                                      .where(Participant.id.in_(list(last)))).all())
    database.dispose()
    wrong = {pid: (stored.get(pid), token) for pid, (_version, token) in last.items() if stored.get(pid) != token}
    if os.environ.get("NEO_BENCH_DEBUG") and wrong:
        print("final value differs", wrong)
    return lost + len(wrong)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, metavar="URL", help="a PostgreSQL database (the large set)")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--processes", type=int, default=0,
                        help="run the caseworkers as threads in this many processes (default: one process each)")
    parser.add_argument("--pause", type=float, nargs=2, default=PAUSE, metavar=("MIN", "MAX"),
                        help="seconds between one caseworker's actions (default 0.5 2.0; 0.05 0.25 is a stress test)")
    args = parser.parse_args()
    staff = prepare(args.database, args.users)
    queue: multiprocessing.Queue = multiprocessing.Queue()
    processes = args.processes if args.processes > 0 else len(staff)
    groups = [staff[n::processes] for n in range(processes)]
    workers = [multiprocessing.Process(target=process, args=(args.database, group, args.seconds, 1000 * n, queue,
                                                             tuple(args.pause)))
               for n, group in enumerate(groups) if group]
    started = time.monotonic()
    for worker in workers:
        worker.start()
    outcomes = [item for _ in workers for item in queue.get()]
    for worker in workers:
        worker.join()
    elapsed = time.monotonic() - started
    saves = sorted(ms for kind, ms, *_ in outcomes if kind == "saved")
    conflicts = sum(kind == "conflict" for kind, *_ in outcomes)
    quantiles = statistics.quantiles(saves, n=100) if len(saves) > 1 else [0.0] * 99
    lost = lost_updates(args.database, outcomes)
    print(f"{args.users} caseworkers in {len(workers)} processes, {elapsed:.0f} s, each with its own PostgreSQL "
          f"connection, {args.pause[0]}–{args.pause[1]} s between actions")
    print(f"  saves landed {len(saves):,}   refused with the conflict flow {conflicts:,}   "
          f"({len(saves) / elapsed:.1f} saves/s)")
    print(f"  save time p50 {quantiles[49]:.1f} ms   p95 {quantiles[94]:.1f} ms   p99 {quantiles[98]:.1f} ms   "
          f"goal p95 ≤ 50 ms: {'ok' if quantiles[94] <= 50 else 'SLOWER THAN THE GOAL'}")
    print(f"  lost updates {lost}   goal 0: {'ok' if lost == 0 else 'LOST UPDATES'}")


if __name__ == "__main__":
    main()
