"""Which participants a signed-in user may see or change: the same rule as PostgreSQL's row-level security.

On PostgreSQL the database enforces it for each login (migration 0002); on the embedded database, where
everyone signs in through the program, the services apply it themselves with these clauses.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, exists, false, or_, select
from sqlalchemy.orm import Session

from neo_desktop.db.models import Consent, Participant, StaffRole
from neo_desktop.domain.errors import NotFoundError
from neo_desktop.domain.organisation import Role

from .user import SignedInUser


def shared_with(organisation_id: int, *, on: date | None = None) -> ColumnElement[bool]:
    """The participant's consent to share with ``organisation_id`` is in force ``on`` that day."""
    on = on or date.today()
    return exists().where(
        Consent.participant_id == Participant.id,
        Consent.recipient_organisation_id == organisation_id,
        Consent.withdrawn_on.is_(None),
        Consent.given_on <= on,
        or_(Consent.expires_on.is_(None), Consent.expires_on >= on),
    )


def editable_participants(user: SignedInUser) -> ColumnElement[bool]:
    """Participants assigned to the user (caseworker or coordinator) and owned by the user's organisation or
    shared with it by a consent in force: when the consent lapses, the partner's access ends."""
    return and_(
        or_(Participant.caseworker_id == user.staff_id, Participant.coordinator_id == user.staff_id),
        or_(Participant.organisation_id == user.organisation_id, shared_with(user.organisation_id)),
    )


def visible_participants(session: Session, user: SignedInUser) -> ColumnElement[bool]:
    """Participants the user may read: their own, and their organisation's team where a role allows it.

    The command line's actor (no staff row) reads what its database login may read.
    """
    if user.staff_id is None:
        return true_clause()
    team_roles = session.execute(
        select(StaffRole.project_id).where(StaffRole.staff_id == user.staff_id, StaffRole.role == Role.CASEWORKER,
                                           StaffRole.may_view_team)
    ).scalars().all()
    if not team_roles:
        return editable_participants(user)
    in_team_projects = (
        true_clause() if None in team_roles else Participant.project_id.in_([p for p in team_roles if p])
    )
    return or_(editable_participants(user),
               and_(Participant.organisation_id == user.organisation_id, in_team_projects))


def true_clause() -> ColumnElement[bool]:
    """A clause that holds for every row."""
    return ~false()


def load_participant(session: Session, user: SignedInUser, participant_id: int, *,
                     for_change: bool = False) -> Participant:
    """The participant if the user may see (or, with ``for_change``, change) them; otherwise NotFoundError.

    A participant outside the user's reach is reported as not found, so the answer reveals nothing.
    """
    rule = editable_participants(user) if for_change else visible_participants(session, user)
    participant = session.scalar(select(Participant).where(Participant.id == participant_id, rule))
    if participant is None:
        raise NotFoundError(what="participant")
    return participant
