"""Time the demo data generator (not a test): by default the large set into a fresh temporary SQLite file.

    .venv/bin/python bench/bench_demo_data.py [--participants N] [--database URL] [--seed S]

Prints the rows written per table, the seconds taken, and the goal (< 60 s for the large set on SQLite).
A --database URL must point at an empty database; it is migrated first.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from neo_desktop.db import migrations
from neo_desktop.db.engine import Database, describe_url
from neo_desktop.demo import DemoSize, generate_demo_data

GOAL_SECONDS = 60.0


def _size(participants: int | None) -> DemoSize:
    return DemoSize.large() if participants is None else DemoSize.for_participants(participants)


def _progress() -> object:
    last = [0.0]

    def report(done: int, total: int, what: str) -> None:
        now = time.perf_counter()
        if now - last[0] >= 2 or done == total:  # a line every two seconds is enough
            last[0] = now
            print(f"  {100 * done / total:5.1f} %  {what}", file=sys.stderr)

    return report


def _peak_memory() -> str:
    try:
        import resource  # not on Windows
    except ImportError:
        return ""
    return f"; peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"


def run(url: str, size: DemoSize, seed: int) -> int:
    """Migrate ``url``, generate ``size`` into it, print the figures; 0 when the goal was met (or not timed)."""
    database = Database.open(url)
    try:
        migrations.upgrade(database, backup=False)
        cpu_before = time.process_time()
        summary = generate_demo_data(database, size, seed=seed, progress=_progress())  # type: ignore[arg-type]
        cpu = time.process_time() - cpu_before
    finally:
        database.dispose()
    width = max(len(name) for name in summary.rows)
    for name, count in summary.rows.items():
        print(f"{name:<{width}}  {count:>10,}")
    print(f"{'total':<{width}}  {summary.total_rows:>10,}")
    print(f"\n{size.participants:,} participants into {describe_url(url)}")
    print(f"seconds: {summary.seconds:.1f} (CPU time of this process: {cpu:.1f}{_peak_memory()})")
    large_sqlite = size == DemoSize.large() and url.startswith("sqlite")
    print(f"goal: < {GOAL_SECONDS:.0f} s for the large set on SQLite"
          + ("" if large_sqlite else " (this run is not that case)"))
    return 1 if large_sqlite and summary.seconds >= GOAL_SECONDS else 0


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and run once."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, help="participants (default: the large set, 100,000)")
    parser.add_argument("--database", help="SQLAlchemy URL of an empty database (default: a temporary SQLite file)")
    parser.add_argument("--seed", type=int, default=2012)
    args = parser.parse_args(argv)
    size = _size(args.participants)
    if args.database:
        return run(args.database, size, args.seed)
    with tempfile.TemporaryDirectory(prefix="neo-demo-bench-") as folder:
        return run(f"sqlite:///{Path(folder) / 'demo.sqlite3'}", size, args.seed)


if __name__ == "__main__":
    sys.exit(main())
