"""Importing a jobcentre's referral list: map the columns, check every row first, then import all or nothing.

:meth:`ReferralImportService.check` reads the file and reports, row by row, what is wrong (a bad identity
number, a missing name, an unknown project, someone already registered or listed twice) without writing
anything. :meth:`ReferralImportService.run` checks again and imports only when every row is right, in one
transaction with one access-log entry per young person; a cancelled or failed import leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import JournalEntry, Participant, Project, StaffRole
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, NeoError, ValidationError
from neo_desktop.domain.identity import IdentityKind, mask_identity_number
from neo_desktop.domain.organisation import Country, Role
from neo_desktop.domain.participant import JournalKind, ParticipantStatus
from neo_desktop.domain.participant_rules import PersonalData, check_personal_data

from .access_log_bulk import Concerned, record_many
from .participants import identity_numbers_taken
from .permissions import requires
from .referral_files import ImportField, RawTable, guess_mapping, parse_date, read_table
from .user import SignedInUser

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]
IMPORTERS = frozenset({Role.CASEWORKER, Role.COORDINATOR})

NO_PROJECT = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "There is no project with the code {code}.")
NOT_YOUR_PROJECT = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "You can only import young people into projects you work in "
                                     "({code} is not one of them).")
CHOOSE_PROJECT = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Choose the project the young people are referred to, or map "
                                   "a column of project codes.")
NEEDS_NAMES = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Map the columns with the names (first and last name, or the full "
                                "name) and the identity number.")
MISSING_NUMBER = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The identity number is missing.")
BAD_DATE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "'{text}' is not a date; write it as 2026-11-02 or 02-11-2026.")
ALREADY_REGISTERED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A young person with this identity number is already "
                                       "registered.")
TWICE_IN_FILE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The same identity number is also on line {line}.")
NOT_IMPORTED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Nothing was imported: {count} of {total} rows have problems. "
                                 "Correct the file and import it again.")
CANCELLED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The import was cancelled. Nothing was imported.")


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with a row (or, for a warning, worth a second look): a translatable sentence."""

    field: str | None
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    code: str | None = None  # an identity-number mistake's stable code (the UI has a translated sentence for it)

    @property
    def message(self) -> str:
        """The English sentence."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class RowReport:
    """One row of the file as checked."""

    line: int
    name: str
    identity_number: str  # masked; as written in the file when it is not a valid number
    project_code: str
    problems: tuple[RowProblem, ...]
    warnings: tuple[RowProblem, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the row can be imported."""
        return not self.problems


@dataclass(frozen=True)
class ImportReport:
    """Every row of the file, checked; importable only when all are right."""

    file_name: str
    headers: tuple[str, ...]
    mapping: dict[int, ImportField]
    rows: tuple[RowReport, ...]

    @property
    def problem_rows(self) -> int:
        """Rows that cannot be imported."""
        return sum(not row.ok for row in self.rows)

    @property
    def importable(self) -> bool:
        """True when there are rows and none has a problem."""
        return bool(self.rows) and self.problem_rows == 0


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote."""

    report: ImportReport
    participant_ids: tuple[int, ...]


class ImportRefused(ValidationError):  # noqa: N818 - reads as what happened
    """Some rows have problems, so nothing was imported; ``report`` says which."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(NOT_IMPORTED, field="file", count=report.problem_rows, total=len(report.rows))
        self.report = report


class ImportCancelled(NeoError):  # noqa: N818 - like DemoCancelled
    """The user cancelled; the transaction was rolled back."""

    template = CANCELLED


@dataclass
class _Checked:
    report: RowReport
    data: PersonalData | None
    project_id: int | None
    identity_kind: IdentityKind | None


class ReferralImportService:
    """Referral-list imports for one signed-in caseworker or coordinator (or the command line)."""

    def __init__(self, database: Database, user: SignedInUser, *, today: Callable[[], date] = date.today) -> None:
        self._database = database
        self._user = user
        self._today = today

    @requires(IMPORTERS, "import referral lists")
    def read(self, path: str | Path) -> tuple[RawTable, dict[int, ImportField]]:
        """The file's columns and a guessed mapping, for the user to confirm (nothing is checked or logged)."""
        table = read_table(path)
        return table, guess_mapping(table.headers)

    @requires(IMPORTERS, "import referral lists")
    def check(self, path: str | Path, *, project_code: str | None, mapping: Mapping[int, ImportField] | None = None,
              progress: ProgressFn | None = None, cancelled: CancelledFn | None = None) -> ImportReport:
        """Check every row without writing anything (a dry run)."""
        table = read_table(path)
        with self._database.transaction() as session:
            checked = self._check(session, table, project_code, mapping, progress, cancelled)
            return self._report(table, mapping, checked)

    @requires(IMPORTERS, "import referral lists")
    def run(self, path: str | Path, *, project_code: str | None, mapping: Mapping[int, ImportField] | None = None,
            progress: ProgressFn | None = None, cancelled: CancelledFn | None = None) -> ImportResult:
        """Check every row, then import all of them in one transaction, or refuse (ImportRefused) and write
        nothing when any row has a problem."""
        table = read_table(path)
        with self._database.transaction() as session:
            checked = self._check(session, table, project_code, mapping, progress, cancelled)
            report = self._report(table, mapping, checked)
            if not report.importable:
                raise ImportRefused(report)
            ids = self._write(session, checked, table.name, progress, cancelled)
            return ImportResult(report, ids)

    # ------------------------------------------------------------------------------------------ checking

    def _report(self, table: RawTable, mapping: Mapping[int, ImportField] | None,
                checked: list[_Checked]) -> ImportReport:
        return ImportReport(table.name, table.headers, dict(mapping or guess_mapping(table.headers)),
                            tuple(c.report for c in checked))

    def _projects(self, session: Session) -> dict[str, Project]:
        projects = {p.code.casefold(): p for p in session.scalars(select(Project))}
        if self._user.staff_id is None:  # the command line: whatever its database login may reach
            return projects
        mine = session.scalars(select(StaffRole.project_id).where(
            StaffRole.staff_id == self._user.staff_id, StaffRole.role.in_(IMPORTERS))).all()
        return projects if None in mine else {code: p for code, p in projects.items() if p.id in mine}

    def _check(self, session: Session, table: RawTable, project_code: str | None,
               mapping: Mapping[int, ImportField] | None, progress: ProgressFn | None,
               cancelled: CancelledFn | None) -> list[_Checked]:
        mapping = dict(mapping or guess_mapping(table.headers))
        columns = {field_: index for index, field_ in mapping.items()}
        has_names = ImportField.FULL_NAME in columns or {ImportField.FIRST_NAME, ImportField.LAST_NAME} <= set(columns)
        if not has_names or ImportField.IDENTITY_NUMBER not in columns:
            raise ValidationError(NEEDS_NAMES, field="mapping")
        all_projects = {p.code.casefold(): p for p in session.scalars(select(Project))}
        mine = self._projects(session)
        default = None
        if project_code:
            default = mine.get(project_code.strip().casefold())
            if default is None:
                template = NOT_YOUR_PROJECT if project_code.strip().casefold() in all_projects else NO_PROJECT
                raise ValidationError(template, field="project", code=project_code)
        elif ImportField.PROJECT not in columns:
            raise ValidationError(CHOOSE_PROJECT, field="project")
        today = self._today()
        results: list[_Checked] = []
        first_line: dict[str, int] = {}
        for number, (line, row) in enumerate(zip(table.lines, table.rows, strict=True)):
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None and number % 500 == 0:
                progress(number, len(table.rows), "checking rows")
            results.append(self._check_row(line, row, columns, default, mine, all_projects, today, first_line))
        taken = identity_numbers_taken(session, (c.data.identity_number for c in results
                                                 if c.data and c.data.identity_number))
        for item in results:
            if item.data and item.data.identity_number in taken:
                report = item.report
                item.report = RowReport(report.line, report.name, report.identity_number, report.project_code,
                                        (*report.problems, RowProblem("identity_number", ALREADY_REGISTERED)),
                                        report.warnings)
        return results

    def _check_row(self, line: int, row: tuple[str, ...], columns: dict[ImportField, int], default: Project | None,
                   mine: dict[str, Project], all_projects: dict[str, Project], today: date,
                   first_line: dict[str, int]) -> _Checked:
        def cell(field_: ImportField) -> str:
            index = columns.get(field_)
            return row[index].strip() if index is not None and index < len(row) else ""

        problems: list[RowProblem] = []
        first, last = cell(ImportField.FIRST_NAME), cell(ImportField.LAST_NAME)
        if ImportField.FULL_NAME in columns and not (first or last):
            words = cell(ImportField.FULL_NAME).split()
            first, last = " ".join(words[:-1]), (words[-1] if words else "")
        project = default
        code = cell(ImportField.PROJECT)
        if code:
            project = mine.get(code.casefold())
            if project is None:
                template = NOT_YOUR_PROJECT if code.casefold() in all_projects else NO_PROJECT
                problems.append(RowProblem("project", template, {"code": code}))
        elif project is None:
            problems.append(RowProblem("project", CHOOSE_PROJECT))
        dates: dict[str, date | None] = {}
        for field_ in (ImportField.REFERRED_ON, ImportField.UNEMPLOYED_SINCE):
            text = cell(field_)
            dates[field_.value] = parse_date(text) if text else None
            if text and dates[field_.value] is None:
                problems.append(RowProblem(field_.value, BAD_DATE, {"text": text[:40]}))
        number = cell(ImportField.IDENTITY_NUMBER)
        name = f"{first} {last}".strip()
        if not number:
            problems.append(RowProblem("identity_number", MISSING_NUMBER))
        data = PersonalData(first, last, identity_number=number or None,
                            identity_country=project.country if project else Country.DK,
                            phone=cell(ImportField.PHONE), email=cell(ImportField.EMAIL),
                            address=cell(ImportField.ADDRESS), postcode=cell(ImportField.POSTCODE),
                            city=cell(ImportField.CITY), municipality=cell(ImportField.MUNICIPALITY),
                            referred_on=dates["referred_on"], unemployed_since=dates["unemployed_since"])
        checked_data, kind, warnings = None, None, ()
        # Check field by field so that a row reports every problem it has, not only the first.
        while True:
            try:
                result = check_personal_data(data, today)
            except ValidationError as error:
                code = getattr(error, "code", None)
                problems.append(RowProblem(error.field, error.template, dict(error.params), code))
                if error.field is None or error.field not in data.__dataclass_fields__:
                    break
                data = _blank(data, error.field)
                continue
            checked_data, warnings = result.data, tuple(RowProblem("identity_number", w) for w in result.warnings)
            kind = result.identity.kind if result.identity else None
            break
        # A valid number is masked; one that is refused is shown as written, so the row can be found and mended.
        masked = (mask_identity_number(checked_data.identity_number) if checked_data and checked_data.identity_number
                  else number[:20])
        if checked_data and checked_data.identity_number:
            earlier = first_line.setdefault(checked_data.identity_number, line)
            if earlier != line:
                problems.append(RowProblem("identity_number", TWICE_IN_FILE, {"line": earlier}))
        report = RowReport(line, name, masked, project.code if project else code, tuple(problems), warnings)
        return _Checked(report, checked_data if not problems else None, project.id if project else None, kind)

    # ------------------------------------------------------------------------------------------- writing

    def _write(self, session: Session, checked: list[_Checked], file_name: str, progress: ProgressFn | None,
               cancelled: CancelledFn | None) -> tuple[int, ...]:
        projects = {p.id: p for p in session.scalars(select(Project))}
        today = self._today()
        caseworker = self._user.staff_id if Role.CASEWORKER in self._user.roles else None
        coordinator = self._user.staff_id if caseworker is None else None
        rows = []
        for item in checked:
            assert item.data is not None and item.project_id is not None
            project = projects[item.project_id]
            values = {name: getattr(item.data, name) for name in _STORED}
            # The importing staff member's organisation owns the records; the command line's, the project lead's.
            values.update(organisation_id=self._user.organisation_id or project.lead_organisation_id,
                          project_id=project.id, identity_kind=item.identity_kind, status=ParticipantStatus.REFERRED,
                          referred_on=item.data.referred_on or today, caseworker_id=caseworker,
                          coordinator_id=coordinator)
            rows.append(values)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(0, len(rows), "writing")
        ids = list(session.scalars(insert(Participant).returning(Participant.id, sort_by_parameter_order=True), rows))
        now = datetime.now(UTC)
        session.execute(insert(JournalEntry), [
            {"participant_id": pid, "organisation_id": row["organisation_id"], "project_id": row["project_id"],
             "kind": JournalKind.STATUS_CHANGE, "occurred_at": now, "author_id": self._user.staff_id,
             "subject": ParticipantStatus.REFERRED.value, "body": f"Imported from {file_name}"[:20_000],
             "sensitive": False} for pid, row in zip(ids, rows, strict=True)])
        record_many(session, self._user, AccessAction.CREATE,
                    (Concerned(pid, row["organisation_id"], row["project_id"]) for pid, row in zip(ids, rows,
                                                                                                 strict=True)),
                    purpose="referral import", detail=file_name[:400])
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(len(rows), len(rows), "written")
        return tuple(ids)


_STORED = ("first_name", "last_name", "identity_number", "birth_date", "phone", "email", "address", "postcode",
           "city", "municipality", "unemployed_since")


def _blank(data: PersonalData, name: str) -> PersonalData:
    """``data`` with the faulty field replaced by a harmless value, so the other fields can still be checked
    (the row is not imported anyway)."""
    empty: Any = "?" if name in ("first_name", "last_name") else None
    return replace(data, **{name: empty})


def command_line_import(database: Database, os_user: str, path: str | Path, project_code: str, *,
                        dry_run: bool) -> tuple[bool, list[str]]:
    """Check (and unless ``dry_run``, import) a referral list for the command line: (success, lines to print).

    The actor is ``cli:<os_user>``; imported records belong to the project's lead organisation, unassigned.
    """
    from .user import command_line_user

    service = ReferralImportService(database, command_line_user(os_user, IMPORTERS))
    try:
        if dry_run:
            report = service.check(path, project_code=project_code)
            imported = 0
        else:
            result = service.run(path, project_code=project_code)
            report, imported = result.report, len(result.participant_ids)
    except ImportRefused as refused:
        return False, [*_report_lines(refused.report), f"error: {refused.message}"]
    lines = _report_lines(report)
    if not report.importable:
        return False, [*lines, f"error: {ImportRefused(report).message}"]
    if dry_run:
        return True, [*lines, f"{path}: all {len(report.rows)} rows can be imported (dry run: nothing imported)"]
    return True, [*lines, f"{path}: {imported} young people imported into {project_code}"]


def _report_lines(report: ImportReport) -> list[str]:
    lines = []
    for row in report.rows:
        for problem in row.problems:
            what = f" ({row.name})" if row.name else ""
            lines.append(f"line {row.line}{what}: {problem.message}")
        for warning in row.warnings:
            lines.append(f"line {row.line}: warning: {warning.message}")
    return lines
