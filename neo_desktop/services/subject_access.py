"""A person's right of access: everything stored about them, and who looked them up when and why.

The export holds every row about the person, in a machine-readable form (JSON) that a PDF can also be made
from. The lookup report gives the dates and purposes of accesses to their data without the staff members'
names (CJEU C-579/21). Both are logged as exports.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import inspect as orm_inspect
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    AccessLogEntry,
    Consent,
    GroupMember,
    JournalEntry,
    MatchProposal,
    MeetingAttendee,
    Placement,
    Plan,
    PlanBarrier,
    PlanGoal,
    PlanResource,
    PlanReview,
    PlanRevision,
    PlanStep,
)
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.organisation import Language
from neo_desktop.reports.subject_access_pdf import write_subject_access_pdf

from .access_log import record_for_user
from .permissions import PERSONAL_DATA_ROLES, requires
from .scoping import load_participant
from .user import SignedInUser

# Internal bookkeeping that says nothing about the person.
_LEFT_OUT = {"version", "password_hash", "entry_hash", "previous_hash"}


@dataclass(frozen=True)
class Lookup:
    """One access to a person's data as the person may see it: when, what kind, and why (no staff name)."""

    occurred_at: datetime
    action: str
    purpose: str


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def row_to_dict(row: object) -> dict[str, Any]:
    """Every column of an ORM row as plain JSON values."""
    mapper = orm_inspect(row).mapper
    return {c.key: _plain(getattr(row, c.key)) for c in mapper.column_attrs if c.key not in _LEFT_OUT}


class SubjectAccessService:
    """Subject access exports and lookup reports for people the user works with."""

    def __init__(self, database: Database, user: SignedInUser) -> None:
        self._database = database
        self._user = user

    @requires(PERSONAL_DATA_ROLES, "export a person's data")
    def export(self, participant_id: int, *, purpose: str = "subject access request") -> dict[str, Any]:
        """Everything stored about one participant, as nested plain data."""
        with self._database.transaction() as session:
            participant = load_participant(session, self._user, participant_id)
            content = {
                "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
                "participant": row_to_dict(participant),
                "consents": _rows(session, select(Consent).where(Consent.participant_id == participant_id)),
                "journal": _rows(session, select(JournalEntry).where(JournalEntry.participant_id == participant_id)
                                 .order_by(JournalEntry.occurred_at)),
                "plans": [_plan(session, plan) for plan in session.scalars(
                    select(Plan).where(Plan.participant_id == participant_id).order_by(Plan.id))],
                "placements": _rows(session, select(Placement).where(Placement.participant_id == participant_id)),
                "match_proposals": _rows(session, select(MatchProposal)
                                         .where(MatchProposal.participant_id == participant_id)),
                "group_memberships": _rows(session, select(GroupMember)
                                           .where(GroupMember.participant_id == participant_id)),
                "meeting_attendance": _rows(session, select(MeetingAttendee).join(GroupMember).where(
                    GroupMember.participant_id == participant_id)),
                "lookups": [_plain_lookup(lookup) for lookup in _lookups(session, participant_id)],
            }
            record_for_user(session, self._user, AccessAction.EXPORT, participant_id=participant_id,
                            organisation_id=participant.organisation_id, project_id=participant.project_id,
                            record_kind="participant", record_id=participant_id, purpose=purpose)
        return content

    @requires(PERSONAL_DATA_ROLES, "export a person's data")
    def export_json(self, participant_id: int, path: Path, *, purpose: str = "subject access request") -> None:
        """Write :meth:`export` as an indented UTF-8 JSON file."""
        content = self.export(participant_id, purpose=purpose)
        path.write_text(json.dumps(content, ensure_ascii=False, indent=2), encoding="utf-8")

    @requires(PERSONAL_DATA_ROLES, "export a person's data")
    def export_files(self, participant_id: int, *, pdf_path: Path | None = None, json_path: Path | None = None,
                     language: Language | str = Language.EN, purpose: str = "subject access request") -> None:
        """One export written as a readable PDF and/or the JSON file (one access-log entry for both).

        Both files are written beside their targets first and moved into place only when both are complete, so
        a failure leaves no half-written export behind.
        """
        content = self.export(participant_id, purpose=purpose)
        written: list[tuple[Path, Path]] = []
        try:
            if pdf_path is not None:
                written.append((pdf_path.with_name(pdf_path.name + ".part"), pdf_path))
                write_subject_access_pdf(content, written[-1][0], language)
            if json_path is not None:
                written.append((json_path.with_name(json_path.name + ".part"), json_path))
                written[-1][0].write_text(json.dumps(content, ensure_ascii=False, indent=2), encoding="utf-8")
        except BaseException:
            for part, _target in written:
                part.unlink(missing_ok=True)
            raise
        for part, target in written:
            part.replace(target)

    @requires(PERSONAL_DATA_ROLES, "report the lookups of a person's data")
    def lookups(self, participant_id: int) -> list[Lookup]:
        """The dates and purposes of accesses to one participant's data, without who made them."""
        with self._database.transaction() as session:
            participant = load_participant(session, self._user, participant_id)
            result = _lookups(session, participant_id)
            record_for_user(session, self._user, AccessAction.EXPORT, participant_id=participant_id,
                            organisation_id=participant.organisation_id, project_id=participant.project_id,
                            purpose="report of lookups for the person")
        return result


def _rows(session: Session, query: Any) -> list[dict[str, Any]]:
    return [row_to_dict(row) for row in session.scalars(query)]


def _plan(session: Session, plan: Plan) -> dict[str, Any]:
    revisions = []
    for revision in session.scalars(select(PlanRevision).where(PlanRevision.plan_id == plan.id)
                                    .order_by(PlanRevision.number)):
        revisions.append({
            **row_to_dict(revision),
            "goals": _rows(session, select(PlanGoal).where(PlanGoal.revision_id == revision.id)),
            "resources": _rows(session, select(PlanResource).where(PlanResource.revision_id == revision.id)),
            "barriers": _rows(session, select(PlanBarrier).where(PlanBarrier.revision_id == revision.id)),
            "steps": _rows(session, select(PlanStep).where(PlanStep.revision_id == revision.id)),
        })
    reviews = _rows(session, select(PlanReview).where(PlanReview.plan_id == plan.id))
    return {**row_to_dict(plan), "revisions": revisions, "reviews": reviews}


def _lookups(session: Session, participant_id: int) -> list[Lookup]:
    if session.get_bind().dialect.name == "postgresql":
        # Staff logins cannot read the log itself; this function gives them just the person's lookups.
        entries = session.execute(text("SELECT occurred_at, action, purpose FROM neo_lookups_of(:p)"),
                                  {"p": participant_id}).all()
    else:
        entries = session.execute(
            select(AccessLogEntry.occurred_at, AccessLogEntry.action, AccessLogEntry.purpose)
            .where(AccessLogEntry.participant_id == participant_id)
            .order_by(AccessLogEntry.id)
        ).all()
    return [Lookup(occurred_at, AccessAction(action).value, purpose or "") for occurred_at, action, purpose in entries]


def _plain_lookup(lookup: Lookup) -> dict[str, str]:
    return {"occurred_at": _plain(lookup.occurred_at), "action": lookup.action, "purpose": lookup.purpose}
