"""The meeting pack: assembled from live data, suppressed as one book, written as a PDF and an Excel annex, logged.

Everything that counts people goes through one :class:`~neo_desktop.reports.suppression.CountBook`: the
statistics tables, the targets' actuals, the intake curve and placements by type. A number that appears in two
places is one cell, so it is hidden in both or neither, and the PDF and the workbook print the same cells.
The files are written next to their destinations first and moved into place only when both are complete and the
export is in the access log, so a failed or cancelled build leaves nothing half-written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    Employer,
    EmployerEngagement,
    Meeting,
    Opening,
    Organisation,
    Project,
    ProjectPartner,
)
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.employer import EngagementKind, OpeningStatus, PlacementType, RelationshipStatus
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, NeoError
from neo_desktop.domain.meeting import AttendanceStatus, GroupKind, MinutesStatus
from neo_desktop.domain.organisation import Language, PartnerRole, TargetKind
from neo_desktop.reports.indicators import ENTERED_TOTAL, outcome_key
from neo_desktop.reports.meeting_pack_document import (
    MeetingPackDocument,
    PackAction,
    PackAgendaItem,
    PackEmployers,
    PackIntake,
    PackMinutes,
    PackMinutesItem,
    PackPerson,
    PackTarget,
    PackWarning,
)
from neo_desktop.reports.meeting_pack_pdf import PackCancelled, write_meeting_pack_pdf
from neo_desktop.reports.meeting_pack_xlsx import write_meeting_pack_xlsx
from neo_desktop.reports.suppression import CellKey, CountBook, CountTable, Equation, PublishedBook, PublishedCell
from neo_desktop.reports.texts import text

from .access_log import record_for_user
from .meeting_records import load_meeting, meeting_view, open_action_views
from .meeting_views import ActionView, MeetingView, MemberKind, wall_clock
from .permissions import AREA_ROLES, Area, requires
from .record_counts import ProjectEvents, record_counts
from .statistics import project_book, project_choice, publish_book
from .targets import PEOPLE_TARGETS, ProjectProgress, project_progress
from .user import SignedInUser, command_line_user

Progress = Callable[[int, int, str], None]
STEPS = 4


class MeetingPackCancelled(NeoError):  # noqa: N818 - reads as what happened
    """The build was cancelled; no file was written."""

    template = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Building the meeting pack was cancelled. No files were written.")


@dataclass(frozen=True)
class PackResult:
    """What an export wrote."""

    pdf: Path
    xlsx: Path
    pages: int
    sheets: tuple[str, ...]
    language: Language
    suppression_applied: bool


def command_line_actor(os_user: str) -> SignedInUser:
    """The command line's actor for meeting packs."""
    return command_line_user(os_user, AREA_ROLES[Area.MEETINGS])


class MeetingPackService:
    """Builds meeting packs for everyone who may open Meetings (the pack holds aggregates only)."""

    def __init__(self, database: Database, user: SignedInUser, *, today: Callable[[], date] = date.today) -> None:
        self._database = database
        self._user = user
        self._today = today

    @requires(Area.MEETINGS, "build meeting packs")
    def document(self, meeting_id: int) -> MeetingPackDocument:
        """The pack's contents as plain data (what the files will show)."""
        with self._database.transaction() as session:
            return build_document(session, load_meeting(session, meeting_id), self._user, self._today())

    @requires(Area.MEETINGS, "build meeting packs")
    def export(self, meeting_id: int, pdf_path: str | Path, xlsx_path: str | Path, *, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> PackResult:
        """Write the PDF and the Excel annex; the export is logged in the same transaction."""
        report = progress or (lambda _done, _total, _what: None)
        stop = cancelled or (lambda: False)
        pdf, xlsx = Path(pdf_path), Path(xlsx_path)
        pdf_part, xlsx_part = _partial(pdf), _partial(xlsx)
        try:
            with self._database.transaction() as session:
                meeting = load_meeting(session, meeting_id)
                report(0, STEPS, "collecting the figures")
                pack = build_document(session, meeting, self._user, self._today())
                project = session.get(Project, meeting.project_id)
                _check(stop)
                report(1, STEPS, "writing the PDF")
                pages = write_meeting_pack_pdf(pack, pdf_part, period=(project.starts_on, project.ends_on),
                                               cancelled=stop)
                _check(stop)
                report(2, STEPS, "writing the workbook")
                sheets = write_meeting_pack_xlsx(pack, xlsx_part)
                _check(stop)
                report(3, STEPS, "saving")
                record_for_user(session, self._user, AccessAction.EXPORT, project_id=meeting.project_id,
                                record_kind="meeting", record_id=meeting.id, purpose="meeting pack",
                                detail=f"PDF ({pages} pages) and Excel annex, language {pack.language.value}; "
                                       f"statistics suppressed below {pack.thresholds[0]} "
                                       f"({pack.thresholds[1]} for sensitive breakdowns)")
                os.replace(pdf_part, pdf)
                os.replace(xlsx_part, xlsx)
        except PackCancelled as exc:
            raise MeetingPackCancelled() from exc
        finally:
            for part in (pdf_part, xlsx_part):
                part.unlink(missing_ok=True)
        report(STEPS, STEPS, "done")
        return PackResult(pdf, xlsx, pages, tuple(sheets), pack.language, pack.suppression_applied)


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.stem}.part{path.suffix}")


def _check(cancelled: Callable[[], bool]) -> None:
    if cancelled():
        raise PackCancelled


# ------------------------------------------------------------------------------------------- assembling


def build_document(session: Session, meeting: Meeting, user: SignedInUser, today: date) -> MeetingPackDocument:
    """Everything the pack shows, suppressed (no role check: the callers do it)."""
    view = meeting_view(session, meeting)
    project = session.get(Project, meeting.project_id)
    choice = project_choice(project)
    counts = record_counts(session)  # on PostgreSQL the database counts: a secretary's login reads no participant
    events = counts.events(project.id, today)
    progress = project_progress(session, project, today, events)
    book, _ = project_book(session, project.id, today, counts)
    book, target_keys, intake_keys = _with_targets(book.extended(*_placements(events)), progress)
    published = publish_book(book, choice)
    lang = meeting.language
    open_actions = tuple(_action(a, today, lang) for a in open_action_views(session, meeting.group_id))
    return MeetingPackDocument(
        language=lang, project_name=project.name, group_name=view.group_name, group_kind=view.group_kind,
        meeting_title=view.title, starts_at=wall_clock(view.starts_at),
        ends_at=wall_clock(view.ends_at) if view.ends_at else None, location=view.location,
        online_link=view.online_link, partners=_partners(session, project.id), invited=_invited(view),
        agenda=_agenda(view), previous_minutes=_previous_minutes(session, meeting, today, lang),
        open_actions=open_actions, targets=_targets(progress, published, target_keys),
        intake=_intake(progress, published, intake_keys, target_keys),
        statistics=tuple(t for t in published.tables if t.key.startswith("stats.") and t.key != "stats.placements"),
        suppression_applied=published.suppression.applied,
        thresholds=(choice.suppression_threshold, choice.sensitive_suppression_threshold),
        employers=_employers(session, project.id, today, published), prepared_on=today, prepared_by=user.full_name,
        young_people_left_out=view.group_kind is GroupKind.YOUTH_NETWORK
        or any(a.kind is MemberKind.PARTICIPANT for a in view.attendees),
    )


_TARGET_CELLS: dict[TargetKind, CellKey] = {
    TargetKind.PARTICIPANTS_ENROLLED: ENTERED_TOTAL,
    TargetKind.INTO_EMPLOYMENT: outcome_key("employment"),
    TargetKind.INTO_EDUCATION: outcome_key("education"),
    TargetKind.INTERNSHIPS_OR_APPRENTICESHIPS: outcome_key("internship_or_apprenticeship"),
    TargetKind.OTHER_HELP: outcome_key("other_help"),
    TargetKind.PLACEMENTS: ("placements", "total"),
}


def _with_targets(book: CountBook, progress: ProjectProgress
                  ) -> tuple[CountBook, dict[int, CellKey], dict[date, CellKey]]:
    """Add the targets' actuals and the intake curve to the book; a count equal to a statistic shares its cell."""
    values: dict[CellKey, int] = {}
    equations: list[Equation] = []
    keys: dict[int, CellKey] = {}
    for target in progress.targets:
        if target.kind not in PEOPLE_TARGETS:
            continue
        if target.kind is TargetKind.INTO_EMPLOYMENT_OR_EDUCATION:
            key: CellKey = ("target", "employment_or_education")
            parts = (outcome_key("employment"), outcome_key("education"))
            if sum(book.values.get(part, -1) for part in parts) == target.actual:
                equations.append(Equation(key, parts))  # the sum of two published outcomes
        else:
            key = _TARGET_CELLS.get(target.kind, ("target", target.target_id))
            if book.values.get(key) != target.actual:
                key = ("target", target.target_id)  # counted differently from the statistics: a cell of its own
        if key not in book.values:
            values[key] = target.actual
        keys[target.target_id] = key
    intake: dict[date, CellKey] = {}
    enrolled = next((t for t in progress.targets if t.kind is TargetKind.PARTICIPANTS_ENROLLED), None)
    for day, count in progress.intake.actual if progress.intake else ():
        if enrolled is not None and count == enrolled.actual:
            intake[day] = keys[enrolled.target_id]  # today's point is the enrolled total itself
        else:
            intake[day] = ("intake", day)
            values[intake[day]] = count
    return book.extended(values, equations=equations), keys, intake


def _placements(events: ProjectEvents) -> tuple[dict[CellKey, int], list[CountTable], list[Equation]]:
    """Placements by type as a one-column table (they are people's placements: suppressed)."""
    counts = {kind: len(days) for kind, days in events.placements.items()}
    kinds = [kind for kind in PlacementType if counts.get(kind)]
    values: dict[CellKey, int] = {("placements", kind.value): counts[kind] for kind in kinds}
    values[("placements", "total")] = sum(values.values())
    rows = [(("placements", kind.value),) for kind in kinds] + [(("placements", "total"),)]
    table = CountTable("stats.placements", (*(f"pack.placement.{k.value}" for k in kinds), "stats.total"),
                       ("pack.col.count",), tuple(rows), share_row=len(kinds), total_rows=frozenset({len(kinds)}))
    return values, [table], [Equation(("placements", "total"), tuple(row[0] for row in rows[:-1]))]


def _targets(progress: ProjectProgress, published: PublishedBook, keys: dict[int, CellKey]) -> tuple[PackTarget, ...]:
    result = []
    for target in progress.targets:
        cell = published.cell(keys[target.target_id]) if target.target_id in keys else PublishedCell(target.actual)
        shown = not cell.hidden
        result.append(PackTarget(
            target.kind, target.description, target.target_value, target.planned_to_date, cell,
            target.share_of_target if shown else None, target.rag.value if shown else None,
            target.projected if shown else None))
    return tuple(result)


def _intake(progress: ProjectProgress, published: PublishedBook, keys: dict[date, CellKey],
            target_keys: dict[int, CellKey]) -> PackIntake | None:
    curve = progress.intake
    enrolled = next((t for t in progress.targets if t.kind is TargetKind.PARTICIPANTS_ENROLLED), None)
    if curve is None or enrolled is None:
        return None
    actual_cell = published.cell(target_keys[enrolled.target_id])
    warning = None
    if progress.warning is not None:
        w = progress.warning
        warning = PackWarning(actual_cell, w.planned_to_date, w.target_value, w.projected, w.pace_per_month,
                              w.needed_per_month)
    return PackIntake(curve.planned, tuple((day, published.cell(keys[day])) for day, _ in curve.actual),
                      curve.projected if not actual_cell.hidden else (), enrolled.target_value, warning)


def _agenda(view: MeetingView) -> tuple[PackAgendaItem, ...]:
    start = wall_clock(view.starts_at)
    items = []
    for number, item in enumerate(view.agenda, start=1):
        items.append(PackAgendaItem(number, item.title, start, item.presenter, item.minutes_allotted,
                                    item.description, item.employer_name, item.target_kind, item.link,
                                    item.carried_action_id is not None))
        start = start + timedelta(minutes=item.minutes_allotted or 0) if start else None
    return tuple(items)


def _invited(view: MeetingView) -> tuple[PackPerson, ...]:
    return tuple(PackPerson(a.name or "", a.organisation_name, a.role, a.status) for a in view.attendees
                 if a.kind is not MemberKind.PARTICIPANT)


def _action(action: ActionView, today: date, lang: Language) -> PackAction:
    about = action.employer_name or (text(f"pack.target.{action.target_kind.value}", lang)
                                     if action.target_kind else None)
    return PackAction(action.title, action.owner, action.due_on, wall_clock(action.meeting_starts_at).date(),
                      action.status, action.is_overdue(today), about)


def _previous_minutes(session: Session, meeting: Meeting, today: date, lang: Language) -> PackMinutes | None:
    previous = session.scalar(select(Meeting).where(
        Meeting.group_id == meeting.group_id, Meeting.starts_at < meeting.starts_at, Meeting.id != meeting.id,
        Meeting.minutes_status == MinutesStatus.APPROVED).order_by(Meeting.starts_at.desc()).limit(1))
    if previous is None:
        return None
    view = meeting_view(session, previous)
    people = [a for a in view.attendees if a.kind is not MemberKind.PARTICIPANT and a.name]
    return PackMinutes(
        view.title, wall_clock(view.starts_at), view.minutes_approved_on, view.minutes_approved_by,
        tuple(a.name for a in people if a.status is AttendanceStatus.ATTENDED),  # type: ignore[misc]
        tuple(a.name for a in people if a.status is AttendanceStatus.APOLOGIES),  # type: ignore[misc]
        tuple(PackMinutesItem(item.title, item.minutes) for item in view.agenda),
        tuple(decision.text for decision in view.decisions),
        tuple(_action(action, today, lang) for action in view.actions))


def _partners(session: Session, project_id: int) -> tuple[str, ...]:
    rows = session.execute(select(Organisation.name, ProjectPartner.role).join(
        ProjectPartner, ProjectPartner.organisation_id == Organisation.id).where(
        ProjectPartner.project_id == project_id)).all()
    return tuple(name for name, _ in sorted(rows, key=lambda row: (row[1] is not PartnerRole.LEAD, row[0])))


def _employers(session: Session, project_id: int, today: date, published: PublishedBook) -> PackEmployers:
    in_project = Employer.project_id == project_id
    by_status = dict(session.execute(select(Employer.relationship_status, func.count()).where(in_project)
                                     .group_by(Employer.relationship_status)).all())
    openings = session.execute(
        select(Opening.placement_type, func.count(), func.coalesce(func.sum(Opening.places), 0))
        .join(Employer, Employer.id == Opening.employer_id)
        .where(Opening.status == OpeningStatus.OPEN, (Opening.project_id == project_id) | in_project)
        .group_by(Opening.placement_type)).all()
    engagements = dict(session.execute(
        select(EmployerEngagement.kind, func.count()).join(Employer, Employer.id == EmployerEngagement.employer_id)
        .where(in_project, EmployerEngagement.occurred_on > today - timedelta(days=365))
        .group_by(EmployerEngagement.kind)).all())
    placements = published.table("stats.placements")
    return PackEmployers(
        tuple((status, by_status[status]) for status in RelationshipStatus if status in by_status),
        tuple(sorted(((kind, int(n), int(places)) for kind, n, places in openings),
                     key=lambda row: list(PlacementType).index(row[0]))),
        tuple((kind, engagements[kind]) for kind in EngagementKind if kind in engagements),
        placements if len(placements.rows) > 1 else None)
