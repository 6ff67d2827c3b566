"""Benchmark: matchmaking and the employer list on the large demo set (100,000 participants, 5,000 employers).

    .venv/bin/python main.py demo-data --large --database sqlite:////tmp/neo-large.sqlite3   # once, a few minutes
    .venv/bin/python bench/bench_matching.py --database sqlite:////tmp/neo-large.sqlite3

Goals: ranking all open openings for one participant ≤ 200 ms; candidates for one opening among 100,000
participants ≤ 500 ms; employer list search ≤ 15 ms. The services run as the command line's actor, who may
see every participant (the worst case: a caseworker's candidates come from a caseload of about 40). Each
figure is the median wall-clock time over several participants, openings or search texts, with the worst and
the median CPU time of this process (which shows the cost when other work shares the machine). Every run
writes its access-log entries, as in use. It prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Opening, Participant, Plan
from neo_desktop.domain.employer import OpeningStatus
from neo_desktop.domain.matching_inputs import fields_of_text
from neo_desktop.domain.organisation import Role
from neo_desktop.domain.participant import ParticipantStatus
from neo_desktop.domain.plan import PlanStatus
from neo_desktop.services.employer_views import EmployerFilter
from neo_desktop.services.employers import EmployerService
from neo_desktop.services.matchmaking import MatchmakingService
from neo_desktop.services.user import command_line_user

SEARCHES = ("", "lag", "Hansen", "øst", "Silkeborg", "1358", "logistik", "a", "Karlskrona", "Nielsen & ")


def timed(label: str, goal_ms: float, work: Callable[[object], object], inputs: Sequence[object]) -> None:
    """Run ``work`` once per input (after one warm-up) and print median and worst wall time and median CPU."""
    work(inputs[0])
    walls, cpus = [], []
    for value in inputs:
        wall, cpu = time.perf_counter(), time.process_time()
        work(value)
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    median = statistics.median(walls)
    verdict = "ok" if median <= goal_ms else "SLOWER THAN THE GOAL"
    print(f"{label:58} median {median:7.1f} ms   worst {max(walls):7.1f} ms   cpu {statistics.median(cpus):6.1f} ms"
          f"   ({len(inputs)} runs)   goal {goal_ms:.0f} ms: {verdict}")


def main(argv: Sequence[str] | None = None) -> int:
    """Time the three operations; returns 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, metavar="URL", help="a database with the large demo set")
    parser.add_argument("--runs", type=int, default=15, help="participants, openings and searches to time")
    args = parser.parse_args(argv)
    database = Database.open(args.database)
    rng = random.Random(5)
    user = command_line_user("bench", frozenset({Role.CASEWORKER, Role.COORDINATOR}))
    matchmaking, employers = MatchmakingService(database, user), EmployerService(database, user)
    with database.transaction() as session:
        counts = {name: session.scalar(select(func.count()).select_from(model)) for name, model in
                  (("participants", Participant), ("open openings", Opening))}
        counts["open openings"] = session.scalar(select(func.count()).where(Opening.status == OpeningStatus.OPEN))
        people = session.scalars(select(Plan.participant_id).join(Participant, Participant.id == Plan.participant_id)
                                 .where(Plan.status != PlanStatus.CLOSED,
                                        Participant.status == ParticipantStatus.ACTIVE).limit(5000)).all()
        openings = session.execute(select(Opening.id, Opening.title, Opening.occupation)
                                   .where(Opening.status == OpeningStatus.OPEN)).all()
    print(f"{database.description}: {counts['participants']:,} participants, {counts['open openings']:,} open "
          "openings")
    common = [row.id for row in openings if fields_of_text(f"{row.occupation} {row.title}") & {"logistics", "care",
                                                                                              "retail"}]
    rare = [row.id for row in openings if fields_of_text(f"{row.occupation} {row.title}") & {"it", "beauty"}]
    timed("rank all open openings for one participant", 200,
          lambda person: matchmaking.openings_for(person), rng.sample(people, args.runs))  # type: ignore[arg-type]
    timed("candidates for an opening (a common field)", 500,
          lambda opening: matchmaking.candidates_for(opening), rng.sample(common, args.runs))  # type: ignore[arg-type]
    timed("candidates for an opening (a rare field: IT, hairdressing)", 500,
          lambda opening: matchmaking.candidates_for(opening),  # type: ignore[arg-type]
          rng.sample(rare, min(args.runs, len(rare))))
    timed("employer list search (500 rows at most)", 15,
          lambda text: employers.search(EmployerFilter(text=text)), list(SEARCHES))  # type: ignore[arg-type]
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
