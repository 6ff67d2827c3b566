"""A participant's record: open it (logged), register, edit without overwriting a colleague, move through the
status flow, assign caseworker and coordinator, record consents and the six-month follow-up.

Reading needs the user to see the young person (their caseload, or their team's where a role allows it);
changing needs them to work with the young person (caseworker or coordinator), as PostgreSQL's row-level
security has it. Every use case is one transaction with its access-log entry.

Concurrent edits: an edit carries the record as the user saw it. When someone else saved a field of the form
in between, the save is refused with a ConflictError listing, field by field, what is stored now against what
the user sent; nothing is written. Changes the other person made to fields the form does not show (the date of
the last contact, written by the journal) do not stop the save, and only the fields the user changed are
written, so their change cannot undo the other one either.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import ColumnElement, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Consent, JournalEntry, Organisation, Participant, Project, Staff, StaffRole
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from neo_desktop.domain.identity import IdentityKind
from neo_desktop.domain.organisation import Role
from neo_desktop.domain.participant import ExitOutcome, JournalKind, ParticipantStatus
from neo_desktop.domain.participant_rules import (
    DATE_IN_FUTURE,
    LEFT_STATUSES,
    CheckedPersonalData,
    PersonalData,
    StatusChange,
    apply_status_change,
    check_personal_data,
    check_text,
)

from .access_log import record_for_user
from .participant_views import (
    COLUMN_FIELDS,
    Choice,
    ParticipantRecord,
    ProjectChoice,
    build_record,
    differing_fields,
    personal_data_of,
    project_choice,
)
from .permissions import Area, requires
from .scoping import editable_participants, load_participant, visible_participants
from .user import SignedInUser

__all__ = ["ConsentInput", "ParticipantService", "RecordChoices", "identity_number_taken", "identity_numbers_taken"]

DUPLICATE = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "A young person with this identity number is already registered. Search for the number to "
    "find the record (you may not be allowed to see it).")
NOT_YOUR_PROJECT = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "You can only register young people in projects you work in.")
NOT_STAFF = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Choose a staff member from the list who works in that role.")
NO_ORGANISATION = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Choose the partner organisation from the list.")
CONSENT_SCOPE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Write what may be shared with the partner.")
CONSENT_PERIOD = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A consent cannot expire before it was given.")
FOLLOWUP_BEFORE_EXIT = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The follow-up cannot be before the exit date.")
NOT_LEFT = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A follow-up is recorded only after the young person has left.")
MAX_REASON = 400

WORKING_ROLES = frozenset({Role.CASEWORKER, Role.COORDINATOR})


@dataclass(frozen=True)
class ConsentInput:
    """A new consent: what may be shared with which partner organisation, from when until when."""

    recipient_organisation_id: int
    scope: str
    given_on: date
    expires_on: date | None = None


@dataclass(frozen=True)
class RecordChoices:
    """What the record's lists offer: projects the user works in, staff to assign, partner organisations."""

    projects: tuple[ProjectChoice, ...]
    caseworkers: tuple[Choice, ...]
    coordinators: tuple[Choice, ...]
    organisations: tuple[Choice, ...]


def identity_numbers_taken(session: Session, numbers: Iterable[str]) -> set[str]:
    """Those of ``numbers`` already registered, also where row-level security hides the records from the caller
    (on PostgreSQL a database function answers; it tells only what the unique index would anyway)."""
    wanted = sorted(set(numbers))
    taken: set[str] = set()
    for start in range(0, len(wanted), 900):
        chunk = wanted[start:start + 900]
        if session.get_bind().dialect.name == "postgresql":
            taken.update(session.scalars(text("SELECT neo_identity_numbers_taken(:numbers)"), {"numbers": chunk}))
        else:
            taken.update(session.scalars(select(Participant.identity_number)
                                         .where(Participant.identity_number.in_(chunk))))
    return taken


def identity_number_taken(session: Session, number: str) -> bool:
    """True when ``number`` is registered (see :func:`identity_numbers_taken`)."""
    return bool(identity_numbers_taken(session, [number]))


class ParticipantService:
    """The record use cases for one signed-in caseworker or coordinator."""

    def __init__(self, database: Database, user: SignedInUser, *, today: Callable[[], date] = date.today) -> None:
        self._database = database
        self._user = user
        self._today = today

    # ------------------------------------------------------------------------------------------- reading

    @requires(Area.PARTICIPANTS, "open participant records")
    def open(self, participant_id: int, *, purpose: str = "open record") -> ParticipantRecord:
        """The record, logged as a read with ``purpose``."""
        with self._database.transaction() as session:
            participant = load_participant(session, self._user, participant_id)
            record = self._record(session, participant)
            self._log(session, AccessAction.READ, participant, purpose=purpose)
            return record

    @requires(Area.PARTICIPANTS, "register young people")
    def choices(self) -> RecordChoices:
        """Projects the user works in, caseworkers and coordinators to assign, and partner organisations."""
        with self._database.transaction() as session:
            projects = session.scalars(select(Project).where(self._work_projects(session))
                                       .order_by(Project.code)).all()
            staff = session.execute(select(Staff.id, Staff.full_name, StaffRole.role).join(StaffRole)
                                    .where(Staff.active, StaffRole.role.in_(WORKING_ROLES))
                                    .order_by(Staff.full_name)).all()
            organisations = session.execute(select(Organisation.id, Organisation.name)
                                            .where(Organisation.active, Organisation.merged_into_id.is_(None))
                                            .order_by(Organisation.name)).all()

        def people(role: Role) -> tuple[Choice, ...]:
            return tuple(dict.fromkeys(Choice(i, n) for i, n, r in staff if r is role))

        return RecordChoices(tuple(project_choice(p) for p in projects), people(Role.CASEWORKER),
                             people(Role.COORDINATOR), tuple(Choice(i, n) for i, n in organisations))

    # ------------------------------------------------------------------------------------------ changing

    @requires(Area.PARTICIPANTS, "register young people")
    def create(self, project_id: int, data: PersonalData, *, caseworker_id: int | None = None,
               coordinator_id: int | None = None) -> ParticipantRecord:
        """Register a young person in a project (status referred), assigned to the user unless told otherwise."""
        checked = check_personal_data(data, self._today())
        with self._database.transaction() as session:
            project = session.scalar(select(Project).where(Project.id == project_id, self._work_projects(session)))
            if project is None or self._user.organisation_id is None:
                raise ValidationError(NOT_YOUR_PROJECT, field="project")
            if caseworker_id is None and Role.CASEWORKER in self._user.roles:
                caseworker_id = self._user.staff_id
            if coordinator_id is None and Role.CASEWORKER not in self._user.roles:
                coordinator_id = self._user.staff_id
            self._check_staff(session, caseworker_id, Role.CASEWORKER)
            self._check_staff(session, coordinator_id, Role.COORDINATOR)
            if checked.identity and identity_number_taken(session, checked.identity.normalised):
                raise ValidationError(DUPLICATE, field="identity_number")
            participant = Participant(organisation_id=self._user.organisation_id, project_id=project.id,
                                      status=ParticipantStatus.REFERRED, caseworker_id=caseworker_id,
                                      coordinator_id=coordinator_id)
            self._write_fields(participant, checked, set(COLUMN_FIELDS))
            if participant.referred_on is None:
                participant.referred_on = self._today()
            session.add(participant)
            self._flush_unique(session)
            self._journal(session, participant, JournalKind.STATUS_CHANGE, ParticipantStatus.REFERRED.value)
            record = self._record(session, participant)
            self._log(session, AccessAction.CREATE, participant, purpose="register")
            return record

    @requires(Area.PARTICIPANTS, "change participant records")
    def update(self, seen: ParticipantRecord, data: PersonalData) -> ParticipantRecord:
        """Save the form: ``seen`` is the record as the user opened it, ``data`` what the form holds now."""
        checked = check_personal_data(data, self._today())
        with self._database.transaction() as session:
            participant = load_participant(session, self._user, seen.id, for_change=True)
            stored = personal_data_of(participant)
            mine = checked.data
            changed_by_me = differing_fields(mine, seen.data)
            if participant.version != seen.version:
                changed_by_other = differing_fields(stored, seen.data)
                if changed_by_other:
                    raise ConflictError(what="participant", changes={
                        name: (getattr(stored, name), getattr(mine, name))
                        for name in sorted(changed_by_other | changed_by_me)
                        if getattr(stored, name) != getattr(mine, name)})
            if checked.identity and "identity_number" in changed_by_me and identity_number_taken(
                    session, checked.identity.normalised):
                raise ValidationError(DUPLICATE, field="identity_number")
            self._write_fields(participant, checked, changed_by_me)
            self._flush_unique(session)
            # Loaded for change, and the form's fields decide nothing about who may change the record.
            record = self._record(session, participant, editable=True)
            # Saving an unchanged form only read the record again.
            self._log(session, AccessAction.UPDATE if changed_by_me else AccessAction.READ, participant,
                      purpose="edit record", detail=", ".join(sorted(changed_by_me)) or None)
            return record

    @requires(Area.PARTICIPANTS, "change participant records")
    def change_status(self, participant_id: int, seen_version: int, change: StatusChange) -> ParticipantRecord:
        """Move the young person on in the flow; leaving records exit and outcome and schedules the follow-up."""
        note = check_text(change.note, "note", 400)
        with self._database.transaction() as session:
            participant = self._for_change(session, participant_id, seen_version)
            effect = apply_status_change(participant.status, change, referred_on=participant.referred_on,
                                         enrolled_on=participant.enrolled_on, today=self._today())
            participant.status, participant.enrolled_on = effect.status, effect.enrolled_on
            if effect.exited_on is not None:
                participant.exited_on, participant.exit_outcome = effect.exited_on, effect.exit_outcome
                participant.gained_qualification = effect.gained_qualification
                participant.followup_due_on = effect.followup_due_on
                participant.next_contact_on = None  # the follow-up date takes over
            self._journal(session, participant, JournalKind.STATUS_CHANGE, effect.status.value, body=note)
            session.flush()
            record = self._record(session, participant)
            self._log(session, AccessAction.UPDATE, participant, purpose="status", detail=effect.status.value)
            return record

    @requires(Area.PARTICIPANTS, "change participant records")
    def assign(self, participant_id: int, seen_version: int, *, caseworker_id: int | None,
               coordinator_id: int | None, reason: str | None = None) -> ParticipantRecord:
        """Set the caseworker and the NGO coordinator (the change is written in the journal)."""
        reason = check_text(reason, "reason", MAX_REASON)
        with self._database.transaction() as session:
            participant = self._for_change(session, participant_id, seen_version)
            self._check_staff(session, caseworker_id, Role.CASEWORKER)
            self._check_staff(session, coordinator_id, Role.COORDINATOR)
            participant.caseworker_id, participant.coordinator_id = caseworker_id, coordinator_id
            self._journal(session, participant, JournalKind.ASSIGNMENT, "assignment", body=reason)
            session.flush()
            # The user may have handed the young person on: answer with what they may still see.
            visible = session.scalar(select(Participant.id).where(Participant.id == participant.id,
                                                                  visible_participants(session, self._user)))
            record = self._record(session, participant) if visible else None
            self._log(session, AccessAction.UPDATE, participant, purpose="assign", detail=reason)
        if record is None:
            raise NotFoundError(what="participant")
        return record

    @requires(Area.PARTICIPANTS, "record consents")
    def add_consent(self, participant_id: int, consent: ConsentInput) -> ParticipantRecord:
        """Record what the young person allows to be shared with a partner, and until when."""
        scope = check_text(consent.scope, "scope", 400)
        if not scope:
            raise ValidationError(CONSENT_SCOPE, field="scope")
        if consent.given_on > self._today():
            raise ValidationError(DATE_IN_FUTURE, field="given_on")
        if consent.expires_on is not None and consent.expires_on < consent.given_on:
            raise ValidationError(CONSENT_PERIOD, field="expires_on")
        with self._database.transaction() as session:
            participant = load_participant(session, self._user, participant_id, for_change=True)
            if session.get(Organisation, consent.recipient_organisation_id) is None:
                raise ValidationError(NO_ORGANISATION, field="recipient")
            row = Consent(participant_id=participant.id, organisation_id=participant.organisation_id,
                          project_id=participant.project_id,
                          recipient_organisation_id=consent.recipient_organisation_id, scope=scope,
                          given_on=consent.given_on, expires_on=consent.expires_on,
                          recorded_by_id=self._user.staff_id)
            session.add(row)
            session.flush()
            record = self._record(session, participant)
            self._log(session, AccessAction.CREATE, participant, purpose="consent", record_kind="consent",
                      record_id=row.id)
            return record

    @requires(Area.PARTICIPANTS, "record consents")
    def withdraw_consent(self, participant_id: int, consent_id: int, seen_version: int, *,
                         withdrawn_on: date | None = None) -> ParticipantRecord:
        """Record that a consent was withdrawn (from that day on, nothing more is shared)."""
        withdrawn_on = withdrawn_on or self._today()
        with self._database.transaction() as session:
            participant = load_participant(session, self._user, participant_id, for_change=True)
            row = session.scalar(select(Consent).where(Consent.id == consent_id,
                                                       Consent.participant_id == participant.id))
            if row is None:
                raise NotFoundError(what="consent")
            if row.version != seen_version:
                raise ConflictError(what="consent", changes={"withdrawn_on": (row.withdrawn_on, withdrawn_on)})
            row.withdrawn_on = withdrawn_on
            session.flush()
            record = self._record(session, participant)
            self._log(session, AccessAction.UPDATE, participant, purpose="consent withdrawn",
                      record_kind="consent", record_id=row.id)
            return record

    @requires(Area.PARTICIPANTS, "change participant records")
    def record_followup(self, participant_id: int, seen_version: int, *, done_on: date, outcome: ExitOutcome,
                        improved_situation: bool | None) -> ParticipantRecord:
        """Record where the young person is six months after leaving (the ESF+ longer-term result)."""
        with self._database.transaction() as session:
            participant = self._for_change(session, participant_id, seen_version)
            if participant.status not in LEFT_STATUSES or participant.exited_on is None:
                raise ValidationError(NOT_LEFT, field="status")
            if done_on > self._today():
                raise ValidationError(DATE_IN_FUTURE, field="done_on")
            if done_on < participant.exited_on:
                raise ValidationError(FOLLOWUP_BEFORE_EXIT, field="done_on")
            participant.followup_done_on, participant.followup_outcome = done_on, ExitOutcome(outcome)
            participant.followup_improved_situation = improved_situation
            session.flush()
            record = self._record(session, participant)
            self._log(session, AccessAction.UPDATE, participant, purpose="follow-up")
            return record

    # ------------------------------------------------------------------------------------------- helpers

    def _record(self, session: Session, participant: Participant, *, editable: bool | None = None) -> ParticipantRecord:
        if editable is None:
            editable = session.scalar(select(func.count()).where(Participant.id == participant.id,
                                                                 editable_participants(self._user))) > 0
        return build_record(session, participant, can_edit=editable, today=self._today())

    def _for_change(self, session: Session, participant_id: int, seen_version: int) -> Participant:
        participant = load_participant(session, self._user, participant_id, for_change=True)
        if participant.version != seen_version:
            raise ConflictError(what="participant", changes={"version": (participant.version, seen_version)})
        return participant

    def _work_projects(self, session: Session) -> ColumnElement[bool]:
        """Projects where the user holds a working role (a role without a project covers all of them)."""
        if self._user.staff_id is None:
            return Project.id.is_not(None)
        projects = session.scalars(select(StaffRole.project_id).where(
            StaffRole.staff_id == self._user.staff_id, StaffRole.role.in_(WORKING_ROLES))).all()
        return Project.id.is_not(None) if None in projects else Project.id.in_(projects)

    @staticmethod
    def _check_staff(session: Session, staff_id: int | None, role: Role) -> None:
        if staff_id is None:
            return
        found = session.scalar(select(func.count()).select_from(StaffRole).join(Staff).where(
            StaffRole.staff_id == staff_id, StaffRole.role == role, Staff.active))
        if not found:
            raise ValidationError(NOT_STAFF, field=role.value)

    @staticmethod
    def _write_fields(participant: Participant, checked: CheckedPersonalData, names: set[str]) -> None:
        data = checked.data
        for name in COLUMN_FIELDS:
            if name in names:
                setattr(participant, name, getattr(data, name))
        if "identity_number" in names or "identity_country" in names:
            participant.identity_kind = checked.identity.kind if checked.identity else None
        if checked.identity and checked.identity.kind is IdentityKind.CPR and "birth_date" not in names:
            participant.birth_date = checked.identity.birth_date

    @staticmethod
    def _flush_unique(session: Session) -> None:
        try:
            session.flush()
        except IntegrityError as exc:  # another workstation registered the number a moment ago
            raise ValidationError(DUPLICATE, field="identity_number") from exc

    def _journal(self, session: Session, participant: Participant, kind: JournalKind, subject: str, *,
                 body: str | None = None) -> None:
        session.flush()  # the participant needs its id
        session.add(JournalEntry(participant_id=participant.id, organisation_id=participant.organisation_id,
                                 project_id=participant.project_id, kind=kind, occurred_at=datetime.now(UTC),
                                 author_id=self._user.staff_id, subject=subject, body=body))

    def _log(self, session: Session, action: AccessAction, participant: Participant, *, purpose: str,
             record_kind: str = "participant", record_id: int | None = None, detail: str | None = None) -> None:
        record_for_user(session, self._user, action, participant_id=participant.id,
                        organisation_id=participant.organisation_id, project_id=participant.project_id,
                        record_kind=record_kind, record_id=record_id or participant.id, purpose=purpose,
                        detail=detail)
