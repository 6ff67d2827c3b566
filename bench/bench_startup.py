"""Start-up time: from process start to the main window shown, beside a bare PySide6 window.

    .venv/bin/python bench/bench_startup.py [--runs 7] [--database URL]

Both are started as fresh processes in the same run (offscreen), and the time runs from starting the
process to the line it prints once its window is shown. NEO Desktop starts on a migrated SQLite file with
the small demo set and signs in as the demo caseworker; it reports when its first window (the sign-in dialog,
which opens while the program loads) and when the main window are shown. Goal: the main window at most 4 × the
bare window. The program's modules are compiled to bytecode first, as they are in an installed or frozen
program.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def time_until_shown(command: list[str], environment: dict[str, str]) -> dict[str, float]:
    """Seconds from starting ``command`` to each line it prints, up to "shown"; the process is then left to
    finish."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
    assert process.stdout is not None
    marks: dict[str, float] = {}
    for line in process.stdout:
        marks[line.strip()] = time.perf_counter() - started
        if line.strip() == "shown":
            process.wait(timeout=60)
            return marks
    raise RuntimeError(f"{command[1:3]} ended without showing a window: {process.stderr.read()[-2000:]}")


def prepare_database(folder: Path) -> str:
    """A migrated SQLite file with the small demo set."""
    url = f"sqlite:///{folder / 'bench.sqlite3'}"
    subprocess.run([sys.executable, str(HERE.parent / "main.py"), "demo-data", "--database", url],
                   check=True, capture_output=True, env={**os.environ, "NEO_DESKTOP_HOME": str(folder / "home")})
    return url


def main() -> None:
    """Measure both, alternating, and print the medians and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database", help="use this database instead of a fresh demo file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NEO_DESKTOP_HOME": f"{folder}/home"}
        # An installed program starts from compiled bytecode (the frozen build and pip both ship it); a
        # development shell with PYTHONDONTWRITEBYTECODE would compile some 200 modules at every start.
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        compileall.compile_dir(HERE.parent / "neo_desktop", quiet=1)
        url = args.database or prepare_database(Path(folder))
        neo_command = [sys.executable, str(HERE / "startup_probe.py"), url]
        bare_command = [sys.executable, "-c", BARE_WINDOW]
        time_until_shown(neo_command, environment)  # warm the file cache once
        neo, first, bare = [], [], []
        for _ in range(args.runs):
            bare.append(time_until_shown(bare_command, environment)["shown"])
            marks = time_until_shown(neo_command, environment)
            neo.append(marks["shown"])
            first.append(marks["first window"])
    bare_median = statistics.median(bare)
    for name, runs in (("bare PySide6 window", bare), ("NEO: sign-in dialog", first),
                       ("NEO: main window", neo)):
        median = statistics.median(runs)
        print(f"{name:20} median {median * 1000:6.0f} ms  {median / bare_median:5.2f} x  "
              f"(runs: {', '.join(f'{t * 1000:.0f}' for t in runs)})")
    print("goal: the main window at most 4 x the bare window (the sign-in is answered the moment it opens)")


if __name__ == "__main__":
    main()
