"""Erasure and anonymisation: on a person's request, or when the retention period has passed.

A retention run only lists what is due; nothing is anonymised until an administrator approves it with a
reason, and every anonymisation is written to the access log with that decision. Anonymisation removes
what identifies the person and the case notes, and keeps what the statistics need (gender, year of birth,
ESF+ background, dates, status and outcomes, placements without names).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    Consent,
    JournalEntry,
    MatchProposal,
    Participant,
    Placement,
    Plan,
    Project,
)
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from neo_desktop.domain.organisation import Role
from neo_desktop.domain.participant import ParticipantStatus
from neo_desktop.domain.retention import anonymised_birth_date, retention_ends

from . import participant_signals
from .access_log import record_for_user
from .permissions import requires
from .user import SignedInUser

ADMINISTRATORS = frozenset({Role.ADMINISTRATOR})
LEFT = (ParticipantStatus.COMPLETED, ParticipantStatus.DROPPED_OUT)
REASON_REQUIRED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Write down the reason for the decision before you approve it.")
STILL_ACTIVE = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "{name} has not left the project; a person in an active course cannot be anonymised."
)


@dataclass(frozen=True)
class RetentionCandidate:
    """A participant whose case file is past its retention period."""

    participant_id: int
    project_code: str
    exited_on: date | None
    retention_ended_on: date


@dataclass(frozen=True)
class AnonymisationDecision:
    """What an approved decision did."""

    decision_id: str
    participant_ids: tuple[int, ...]


class RetentionService:
    """Retention runs and anonymisation, for administrators."""

    def __init__(self, database: Database, user: SignedInUser) -> None:
        self._database = database
        self._user = user

    @requires(ADMINISTRATORS, "run the retention check")
    def due(self, *, today: date | None = None) -> list[RetentionCandidate]:
        """Participants who have left and whose project's retention period is over (not yet anonymised)."""
        today = today or date.today()
        with self._database.transaction() as session:
            rows = session.execute(
                select(Participant.id, Participant.exited_on, Project.code, Project.ends_on, Project.last_payment_on,
                       Project.retention_years)
                .join(Project, Project.id == Participant.project_id)
                .where(Participant.anonymised_at.is_(None), Participant.status.in_(LEFT))
                .order_by(Participant.id)
            ).all()
        candidates = []
        for participant_id, exited_on, code, ends_on, last_payment_on, years in rows:
            ended = retention_ends(project_ends_on=ends_on, last_payment_on=last_payment_on, retention_years=years)
            if ended < today:
                candidates.append(RetentionCandidate(participant_id, code, exited_on, ended))
        return candidates

    @requires(ADMINISTRATORS, "anonymise personal data")
    def anonymise(self, participant_ids: list[int], *, reason: str) -> AnonymisationDecision:
        """Anonymise the participants in one transaction, logging the decision for each of them."""
        if not reason.strip():
            raise ValidationError(REASON_REQUIRED, field="reason")
        decision_id = uuid.uuid4().hex[:12]
        with self._database.transaction() as session:
            for participant_id in participant_ids:
                participant = session.get(Participant, participant_id)
                if participant is None:
                    raise NotFoundError(what="participant")
                if participant.status not in LEFT:
                    raise ValidationError(STILL_ACTIVE, name=f"{participant.first_name} {participant.last_name}")
                _anonymise(session, participant)
                record_for_user(session, self._user, AccessAction.ANONYMISE, participant_id=participant_id,
                                organisation_id=participant.organisation_id, project_id=participant.project_id,
                                record_kind="participant", record_id=participant_id, purpose=reason.strip()[:400],
                                detail=f"decision {decision_id} approved by {self._user.login_name}")
        return AnonymisationDecision(decision_id, tuple(participant_ids))


def _anonymise(session: Session, participant: Participant) -> None:
    pid = participant.id
    participant.identity_number = None
    participant.identity_kind = None
    participant.first_name = "Anonymised"
    participant.last_name = f"#{pid}"
    participant.birth_date = anonymised_birth_date(participant.birth_date)
    for field in ("phone", "email", "address", "postcode", "city", "housing_area"):
        setattr(participant, field, None)
    participant.anonymised_at = datetime.now(UTC)
    session.execute(delete(JournalEntry).where(JournalEntry.participant_id == pid))
    session.execute(delete(Consent).where(Consent.participant_id == pid))
    session.execute(delete(MatchProposal).where(MatchProposal.participant_id == pid))
    session.execute(delete(Plan).where(Plan.participant_id == pid))
    participant_signals.refresh(session, date.today(), [pid])
    # Placements count towards targets: keep them, without the names and notes.
    session.execute(update(Placement).where(Placement.participant_id == pid).values(mentor_name=None, note=None))
