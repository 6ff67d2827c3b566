"""Groups and their members: steering groups (regional and local), working groups, the company network and youth
network groups, with members from the partner organisations in their roles (chair, secretary, member, observer).

Everyone who may open Meetings sees the groups; secretaries, coordinators and administrators change them.
Young people are added to youth network groups from the caseload (their names are personal data), so this
service adds and shows only staff, companies and organisations' representatives.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    Employer,
    Group,
    GroupMember,
    Organisation,
    Project,
    ProjectPartner,
    ProjectTarget,
    Staff,
)
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from neo_desktop.domain.meeting import MemberRole
from neo_desktop.domain.organisation import Role

from . import participant_signals
from .editing import apply_changes
from .meeting_records import Names, group_view, load_group
from .meeting_views import Choice, GroupInput, GroupView, MemberCandidates, MemberInput, MemberView
from .permissions import Area, requires
from .user import SignedInUser

MEETING_EDITORS = frozenset({Role.SECRETARY, Role.COORDINATOR, Role.ADMINISTRATOR})
GROUP_NAME = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A group needs a name.")
ONE_MEMBER = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "A member is one staff member, one company, or a named representative of one organisation.")
MEMBER_DATES = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A membership cannot end before it begins.")
TOO_LONG = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "This text is too long: at most {limit} characters, not {length}.")


def clean_text(value: str | None, *, field: str, limit: int = 200, required: str | None = None) -> str | None:
    """``value`` stripped (None when empty); ``required`` is the message when it must not be empty."""
    cleaned = (value or "").strip() or None
    if cleaned is None and required is not None:
        raise ValidationError(required, field=field)
    if cleaned is not None and len(cleaned) > limit:
        raise ValidationError(TOO_LONG, field=field, limit=limit, length=len(cleaned))
    return cleaned


def _validate_member(data: MemberInput) -> dict[str, object]:
    named_representative = data.organisation_id is not None and bool((data.name or "").strip())
    chosen = [data.staff_id is not None, data.employer_id is not None,
              named_representative and data.staff_id is None and data.employer_id is None]
    if sum(chosen) != 1 or (data.organisation_id is not None and not chosen[2]):
        raise ValidationError(ONE_MEMBER, field="member")
    if data.joined_on and data.left_on and data.left_on < data.joined_on:
        raise ValidationError(MEMBER_DATES, field="left_on")
    return {"role": MemberRole(data.role), "staff_id": data.staff_id, "organisation_id": data.organisation_id,
            "employer_id": data.employer_id, "name": clean_text(data.name, field="name"),
            "email": clean_text(data.email, field="email"), "joined_on": data.joined_on, "left_on": data.left_on}


class GroupService:
    """Groups and members, for one signed-in user."""

    def __init__(self, database: Database, user: SignedInUser) -> None:
        self._database = database
        self._user = user

    @requires(Area.MEETINGS, "see groups")
    def groups(self, project_id: int | None = None) -> list[GroupView]:
        """Every group (of one project), active ones first, by name."""
        query = select(Group).order_by(Group.active.desc(), Group.project_id, Group.name)
        if project_id is not None:
            query = query.where(Group.project_id == project_id)
        with self._database.transaction() as session:
            names = Names(session)
            return [group_view(session, group, names) for group in session.scalars(query)]

    @requires(Area.MEETINGS, "see groups")
    def group(self, group_id: int) -> GroupView:
        """One group with its members."""
        with self._database.transaction() as session:
            return group_view(session, load_group(session, group_id))

    @requires(Area.MEETINGS, "see groups")
    def member_candidates(self, project_id: int) -> MemberCandidates:
        """Staff of the project's partners, the partner organisations, the project's companies and targets."""
        with self._database.transaction() as session:
            partners = select(ProjectPartner.organisation_id).where(ProjectPartner.project_id == project_id)
            staff = session.execute(select(Staff, Organisation.name).join(Organisation)
                                    .where(Staff.active, Staff.organisation_id.in_(partners))
                                    .order_by(Staff.full_name)).all()
            organisations = session.scalars(select(Organisation).where(Organisation.id.in_(partners))
                                            .order_by(Organisation.name))
            employers = session.scalars(select(Employer).where(Employer.project_id == project_id)
                                        .order_by(Employer.name))
            targets = session.scalars(select(ProjectTarget).where(ProjectTarget.project_id == project_id)
                                      .order_by(ProjectTarget.id))
            return MemberCandidates(
                tuple(Choice(s.id, s.full_name, organisation) for s, organisation in staff),
                tuple(Choice(o.id, o.name) for o in organisations),
                tuple(Choice(e.id, e.name, e.municipality) for e in employers),
                tuple((t.id, t.kind) for t in targets),
            )

    @requires(MEETING_EDITORS, "change groups")
    def save_group(self, data: GroupInput, *, original: GroupView | None = None) -> GroupView:
        """Add a group (``original`` None) or change the one the user saw."""
        values = {"name": clean_text(data.name, field="name", required=GROUP_NAME), "kind": data.kind,
                  "project_id": data.project_id, "organisation_id": data.organisation_id,
                  "municipality": clean_text(data.municipality, field="municipality", limit=100),
                  "active": data.active}
        with self._database.transaction() as session:
            if session.get(Project, data.project_id) is None:
                raise NotFoundError(what="project")
            if session.get(Organisation, data.organisation_id) is None:
                raise NotFoundError(what="organisation")
            if original is None:
                group = Group(**values)
                session.add(group)
            else:
                group = load_group(session, original.id)
                apply_changes(group, values, original.version, what="group")
                if group.kind is not original.kind:  # becoming (or no longer being) a youth network group
                    participant_signals.refresh_group(session, date.today(), group.id)
            session.flush()
            return group_view(session, group)

    @requires(MEETING_EDITORS, "change groups")
    def save_member(self, group_id: int, data: MemberInput, *, original: MemberView | None = None) -> GroupView:
        """Add a member (``original`` None) or change the one the user saw (role, contact, dates)."""
        values = _validate_member(data)
        with self._database.transaction() as session:
            group = load_group(session, group_id)
            self._check_member_exists(session, data)
            if original is None:
                group.members.append(GroupMember(project_id=group.project_id, **values))
            else:
                apply_changes(self._member(group, original.id), values, original.version, what="member")
            session.flush()
            return group_view(session, group)

    @requires(MEETING_EDITORS, "change groups")
    def end_membership(self, group_id: int, original: MemberView, left_on: date) -> GroupView:
        """Record that a member left the group on ``left_on``; their attendance stays in past minutes."""
        with self._database.transaction() as session:
            group = load_group(session, group_id)
            member = self._member(group, original.id)
            if member.joined_on and left_on < member.joined_on:
                raise ValidationError(MEMBER_DATES, field="left_on")
            apply_changes(member, {"left_on": left_on}, original.version, what="member")
            session.flush()
            return group_view(session, group)

    @staticmethod
    def _member(group: Group, member_id: int) -> GroupMember:
        member = next((m for m in group.members if m.id == member_id), None)
        if member is None or member.participant_id is not None:
            raise NotFoundError(what="member")
        return member

    @staticmethod
    def _check_member_exists(session: Session, data: MemberInput) -> None:
        for model, key, what in ((Staff, data.staff_id, "staff member"), (Employer, data.employer_id, "company"),
                                 (Organisation, data.organisation_id, "organisation")):
            if key is not None and session.get(model, key) is None:
                raise NotFoundError(what=what)
