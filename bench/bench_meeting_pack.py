"""Benchmark the meeting pack (not a test): three figures against their goals.

    .venv/bin/python bench/bench_meeting_pack.py [--quick]

1. A meeting pack (PDF and Excel together, through ``MeetingPackService.export``: queries, statistics,
   suppression, both files, the access-log entry) for a project of about 3,000 participants: goal ≤ 3 s.
2. An Excel export of 100,000 participant rows × 15 columns with :func:`write_sheet` against openpyxl's
   write-only mode writing the same rows on its own, both in this run: goal ≤ 1.15×, and memory flat
   (tracemalloc peak ≤ 60 MB over the start while the rows stream from a generator).
3. A 200-page pack PDF against the same content written with ReportLab directly (a plain SimpleDocTemplate with
   the same paragraphs and tables, page numbers by ``onPage``): goal ≤ 1.3×.

``--quick`` uses fewer repetitions (for trying the script).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.tables import LongTable, TableStyle
from sqlalchemy import func, select

from neo_desktop.db import migrations
from neo_desktop.db.engine import Database
from neo_desktop.db.models import Group, Meeting, Participant, Project
from neo_desktop.demo import DemoSize, generate_demo_data
from neo_desktop.domain.meeting import ActionStatus, GroupKind
from neo_desktop.reports.fonts import register_fonts
from neo_desktop.reports.meeting_pack_document import MeetingPackDocument, PackAction, PackMinutes, PackMinutesItem
from neo_desktop.reports.meeting_pack_pdf import write_meeting_pack_pdf
from neo_desktop.reports.meeting_pack_sections import Styles
from neo_desktop.reports.meeting_pack_xlsx import Column, write_sheet
from neo_desktop.reports.texts import format_date, text
from neo_desktop.services.meeting_pack import MeetingPackService, command_line_actor
from neo_desktop.services.statistics import StatisticsService

PACK_GOAL_S = 3.0
EXCEL_GOAL_RATIO = 1.15
EXCEL_MEMORY_GOAL_MB = 60
PDF_GOAL_RATIO = 1.3
ROWS, COLUMNS = 100_000, 15


def median_of(runs: int, work: Callable[[], object]) -> tuple[float, list[float]]:
    """The median and all times in seconds of ``runs`` runs of ``work``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSES THE GOAL"


# ----------------------------------------------------------------------------------- 1. the pack itself


def bench_pack(folder: Path, runs: int) -> None:
    url = f"sqlite:///{folder / 'pack.sqlite3'}"
    database = Database.open(url)
    migrations.upgrade(database, backup=False)
    started = time.perf_counter()
    generate_demo_data(database, DemoSize.for_participants(3_600), today=date(2026, 11, 23))
    print(f"(demo data for the pack: {time.perf_counter() - started:.1f} s)")
    with database.transaction() as session:
        project_id, participants = session.execute(
            select(Participant.project_id, func.count()).group_by(Participant.project_id)
            .order_by(func.count().desc()).limit(1)).one()
        meeting_id = session.scalar(select(Meeting.id).join(Group).where(
            Group.project_id == project_id, Group.kind == GroupKind.STEERING_REGIONAL)
            .order_by(Meeting.starts_at.desc()).limit(1))
        code = session.get(Project, project_id).code
    service = MeetingPackService(database, command_line_actor("bench"), today=lambda: date(2026, 11, 23))
    pages: list[int] = []

    def build() -> None:
        result = service.export(meeting_id, folder / "pack.pdf", folder / "pack.xlsx")
        pages.append(result.pages)

    median, times = median_of(runs, build)
    stats_time, _ = median_of(runs, lambda: StatisticsService(database, service._user).statistics(project_id))
    print(f"1. meeting pack of {code} ({participants:,} participants, {pages[-1]} pages + Excel annex): "
          f"median {median:.2f} s, first {times[0]:.2f} s, worst {max(times):.2f} s "
          f"(of which statistics and suppression {stats_time:.2f} s); goal ≤ {PACK_GOAL_S:.0f} s: "
          f"{verdict(median <= PACK_GOAL_S)}")
    database.dispose()


# ------------------------------------------------------------------------------------ 2. a big workbook


def participant_rows() -> Iterator[list[object]]:
    """100,000 rows like the caseload export: numbers, names, codes, dates, empty cells, a flag."""
    statuses = ("referred", "intake", "active", "paused", "completed", "dropped_out")
    start = date(2025, 2, 1)
    for n in range(ROWS):
        enrolled = start + timedelta(days=n % 600)
        yield [n + 1, f"Deltager {n:06d}", f"{n % 28 + 1:02d}0{n % 9 + 1}0{n % 10}-xxxx", date(2000 + n % 9, 1 + n % 12,
               1 + n % 28), ("woman", "man", "non_binary", "not_stated")[n % 4], statuses[n % 6], "NEO-MIDT",
               ("Viborg", "Silkeborg", "Karlskrona", "Ronneby")[n % 4], enrolled,
               enrolled + timedelta(days=200) if n % 3 == 0 else None, "employment" if n % 3 == 0 else None,
               f"Sagsbehandler {n % 40}", enrolled + timedelta(days=30), n % 45, n % 7 == 0]


COLUMN_SPECS = [Column(title, 14) for title in (
    "Id", "Name", "Identity number", "Born", "Gender", "Status", "Project", "Municipality", "Enrolled", "Exited",
    "Outcome", "Caseworker", "Next contact", "Days since contact", "Sensitive")]


def ours(path: Path) -> None:
    workbook = Workbook(write_only=True)
    write_sheet(workbook, "Participants", COLUMN_SPECS, participant_rows())
    workbook.save(path)


def openpyxl_alone(path: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Participants")
    sheet.append([column.title for column in COLUMN_SPECS])
    for row in participant_rows():
        sheet.append(row)
    workbook.save(path)


def bench_excel(folder: Path, runs: int) -> None:
    mine: list[float] = []
    plain: list[float] = []
    for _ in range(runs):  # alternate, so both see the same machine load
        for target, work in ((plain, openpyxl_alone), (mine, ours)):
            started = time.perf_counter()
            work(folder / "big.xlsx")
            target.append(time.perf_counter() - started)
    ratio = statistics.median(mine) / statistics.median(plain)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    ours(folder / "big.xlsx")
    peak = (tracemalloc.get_traced_memory()[1] - before) / 2**20
    tracemalloc.stop()
    rss = resident_growth(folder)
    print(f"2. Excel, {ROWS:,} rows × {COLUMNS} columns: write_sheet median {statistics.median(mine):.2f} s, "
          f"openpyxl write-only alone {statistics.median(plain):.2f} s: {ratio:.2f}×; goal ≤ {EXCEL_GOAL_RATIO}×: "
          f"{verdict(ratio <= EXCEL_GOAL_RATIO)}. Memory over the start: Python objects (tracemalloc peak) "
          f"{peak:.1f} MB, the whole process (peak resident set, a fresh process) {rss}; goal ≤ "
          f"{EXCEL_MEMORY_GOAL_MB} MB: {verdict(peak <= EXCEL_MEMORY_GOAL_MB)}")


def resident_growth(folder: Path) -> str:
    """How far a fresh process's peak resident set grows while it writes the big sheet (lxml's C memory too)."""
    try:
        import resource  # noqa: F401 - not on Windows
    except ImportError:
        return "not measured on this system"
    script = ("import resource, sys; sys.path.insert(0, 'bench'); import bench_meeting_pack as b; "
              "from pathlib import Path; start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; "
              f"b.ours(Path({str(folder / 'rss.xlsx')!r})); "
              "print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - start) / 1024)")
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=root, check=True)
    return f"{float(result.stdout.strip()):.1f} MB"


# -------------------------------------------------------------------------------------- 3. a long PDF

MINUTES = ("Styregruppen drøftede status på indskrivningen i Viborg og Silkeborg. Tovholderen fortalte om "
           "samarbejdet med virksomhederne i boligområderne, og jobcentret redegjorde for visitationen. ") * 3


def long_pack(template: MeetingPackDocument) -> MeetingPackDocument:
    """The demo pack with long previous minutes and a long list of open actions: about 200 pages."""
    items = tuple(PackMinutesItem(f"Punkt {n}: status fra partnerne", MINUTES) for n in range(1, 351))
    actions = tuple(PackAction(f"Opfølgning {n}: kontakt virksomheden om praktikpladser", f"Medarbejder {n % 30}",
                               date(2026, 12, 1) + timedelta(days=n % 90), date(2026, 11, 11), ActionStatus.OPEN,
                               n % 5 == 0) for n in range(1, 3_401))
    minutes = PackMinutes("Styregruppemøde", template.starts_at, date(2026, 11, 20), "Sofie Bach", ("Mette",),
                          (), items, ("Beslutning",) * 20, ())
    return MeetingPackDocument(**{**template.__dict__, "previous_minutes": minutes, "open_actions": actions})


def reportlab_directly(pack: MeetingPackDocument, path: Path) -> None:
    """The same paragraphs and tables in a plain SimpleDocTemplate, page numbers drawn by onPage."""
    styles = Styles(*register_fonts())
    lang = pack.language
    story: list[object] = [Paragraph(text("pack.title", lang), styles.title), Paragraph(pack.meeting_title,
                                                                                        styles.subtitle), PageBreak()]
    minutes = pack.previous_minutes
    assert minutes is not None
    story.append(Paragraph(text("pack.section.previous_minutes", lang), styles.heading))
    for number, item in enumerate(minutes.items, start=1):
        story += [Paragraph(f"{number}. {item.title}", styles.subheading), Paragraph(item.minutes or "", styles.body)]
    story += [Paragraph(decision, styles.body) for decision in minutes.decisions]
    story += [Spacer(1, 4 * mm), Paragraph(text("pack.section.open_actions", lang), styles.heading)]
    rows: list[list[object]] = [[text(f"pack.col.{c}", lang) for c in ("action", "owner", "due", "agreed", "status")]]
    for action in pack.open_actions:
        rows.append([Paragraph(action.title, styles.cell), Paragraph(action.owner or "", styles.cell),
                     format_date(action.due_on, lang), format_date(action.agreed_on, lang),
                     Paragraph(text(f"pack.action.{action.status.value}", lang), styles.cell)])
    table = LongTable(rows, colWidths=[None, 42 * mm, 24 * mm, 24 * mm, 26 * mm], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#cbd2d9")]))
    story.append(table)

    def number(canvas: object, document: object) -> None:
        canvas.setFont(styles.regular, 8)  # type: ignore[attr-defined]
        canvas.drawRightString(A4[0] - 18 * mm, 12 * mm, f"{document.page}")  # type: ignore[attr-defined]

    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                      bottomMargin=24 * mm).build(story, onFirstPage=number, onLaterPages=number)


def bench_pdf(folder: Path, runs: int) -> None:
    database = Database.open(f"sqlite:///{folder / 'pdf.sqlite3'}")
    migrations.upgrade(database, backup=False)
    generate_demo_data(database, DemoSize.small(), today=date(2026, 11, 23))
    service = MeetingPackService(database, command_line_actor("bench"), today=lambda: date(2026, 11, 23))
    with database.transaction() as session:
        meeting_id = session.scalar(select(Meeting.id).order_by(Meeting.id).limit(1))
    pack = long_pack(service.document(meeting_id))
    database.dispose()
    period = (date(2025, 1, 1), date(2029, 1, 31))
    pages: list[int] = []
    mine: list[float] = []
    plain: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        reportlab_directly(pack, folder / "direct.pdf")
        plain.append(time.perf_counter() - started)
        started = time.perf_counter()
        pages.append(write_meeting_pack_pdf(pack, folder / "long.pdf", period=period))
        mine.append(time.perf_counter() - started)
    ratio = statistics.median(mine) / statistics.median(plain)
    print(f"3. PDF of {pages[-1]} pages: write_meeting_pack_pdf median {statistics.median(mine):.2f} s, "
          f"ReportLab directly {statistics.median(plain):.2f} s: {ratio:.2f}×; goal ≤ {PDF_GOAL_RATIO}×: "
          f"{verdict(ratio <= PDF_GOAL_RATIO)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    runs = 1 if args.quick else 5
    with tempfile.TemporaryDirectory() as folder:
        bench_pack(Path(folder), runs)
        bench_excel(Path(folder), 1 if args.quick else 3)
        bench_pdf(Path(folder), 1 if args.quick else 3)


if __name__ == "__main__":
    main()
