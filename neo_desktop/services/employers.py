"""The employer network: companies, their contacts, engagement log and company-network membership.

Companies are not personal data, so reading them is not logged; the young people placed with a company are,
so a company's placements show names only to those who work with the young person, and each name shown is
logged. Two people editing one company cannot overwrite each other: an edit carries the version its user saw
(:func:`.editing.apply_changes`). Openings are :mod:`.openings`, placements :mod:`.placements`, the Excel export
for partners :mod:`.employer_export`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    Employer,
    EmployerContact,
    EmployerEngagement,
    Group,
    GroupMember,
    Meeting,
    Opening,
    Organisation,
    Placement,
    Project,
    Staff,
)
from neo_desktop.domain.employer import EngagementKind, OpeningStatus, RelationshipStatus
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from neo_desktop.domain.meeting import GroupKind
from neo_desktop.domain.organisation import OrganisationKind, Role
from neo_desktop.domain.search import clean_search_text

from .editing import apply_changes
from .employer_queries import (
    employer_detail,
    like_any_case,
    network_memberships,
    opening_rows,
    placement_rows,
)
from .employer_views import (
    Choice,
    ContactInput,
    ContactView,
    EmployerChoices,
    EmployerDetail,
    EmployerFilter,
    EmployerInput,
    EmployerSummary,
    EngagementInput,
    EngagementView,
    NetworkMembership,
    contact_values,
    employer_values,
    engagement_values,
)
from .permissions import Area, requires
from .user import SignedInUser

__all__ = ["ContactInput", "ContactView", "EmployerChoices", "EmployerDetail", "EmployerFilter", "EmployerInput",
           "EmployerService", "EmployerSummary", "EngagementInput", "EngagementView", "opening_rows", "placement_rows"]

EMPLOYER_EDITORS = frozenset({Role.CASEWORKER, Role.COORDINATOR, Role.ADMINISTRATOR})
# The secretary keeps the company network's meetings, so may log engagements and memberships too.
NETWORK_KEEPERS = EMPLOYER_EDITORS | {Role.SECRETARY}
DUPLICATE_NUMBER = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "Another company in the network already has the registration number {number}: {name}. Open that "
    "company instead of adding it twice.")
DUPLICATE_NUMBER_NOW = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "Another company in the network already has the registration number {number}.")
NOT_HOUSING = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Only a partner housing association can be the one a company "
                                "supplies.")
NOT_NETWORK_MEETING = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "That meeting is not a meeting of a company network.")
NOT_NETWORK = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "That group is not a company network.")
ENGAGING = frozenset({RelationshipStatus.ACTIVE})


class EmployerService:
    """Companies of the employer network, for one signed-in user."""

    def __init__(self, database: Database, user: SignedInUser, *, today: Callable[[], date] = date.today) -> None:
        self._database = database
        self._user = user
        self._today = today

    @property
    def user(self) -> SignedInUser:
        """The signed-in user the service works for (the UI shows only the buttons their roles allow)."""
        return self._user

    # ------------------------------------------------------------------------------------------- reading

    @requires(Area.EMPLOYERS, "see employers")
    def search(self, criteria: EmployerFilter | None = None) -> list[EmployerSummary]:
        """Companies matching ``criteria`` by name, with open openings and placements (at most ``limit``)."""
        criteria = criteria or EmployerFilter()
        open_openings = (select(func.count(Opening.id))
                         .where(Opening.employer_id == Employer.id, Opening.status == OpeningStatus.OPEN)
                         .scalar_subquery())
        placements = select(func.count(Placement.id)).where(Placement.employer_id == Employer.id).scalar_subquery()
        query = (select(Employer.id, Employer.name, Employer.registration_number, Employer.country,
                        Employer.municipality, Employer.industry, Employer.relationship_status,
                        Employer.supplies_housing_association_id, Staff.full_name, open_openings, placements)
                 .outerjoin(Staff, Staff.id == Employer.contact_staff_id)
                 .order_by(Employer.name, Employer.id).limit(max(1, min(criteria.limit, 5000))))
        with self._database.transaction() as session:
            query = query.where(*self._conditions(session, criteria))
            rows = session.execute(query).all()
        return [EmployerSummary(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7] is not None, row[8],
                                row[9] or 0, row[10] or 0) for row in rows]

    def _conditions(self, session: Session, criteria: EmployerFilter) -> list[Any]:
        conditions: list[Any] = []
        needle = clean_search_text(criteria.text)
        if needle:
            postgres = session.get_bind().dialect.name == "postgresql"
            options = [like_any_case(Employer.name, needle, postgres=postgres, word_start=True),
                       like_any_case(Employer.city, needle, postgres=postgres),
                       like_any_case(Employer.municipality, needle, postgres=postgres)]
            digits = "".join(c for c in needle if c.isdigit())
            if len(digits) >= 4 and len(digits) >= len(needle.replace("-", "").replace(" ", "")):
                options.append(Employer.registration_number.like(f"{digits}%"))
            conditions.append(or_(*options))
        if criteria.relationship_status is not None:
            conditions.append(Employer.relationship_status == criteria.relationship_status)
        if criteria.municipality:
            conditions.append(Employer.municipality == criteria.municipality)
        if criteria.country is not None:
            conditions.append(Employer.country == criteria.country)
        if criteria.supplies_housing is not None:
            column = Employer.supplies_housing_association_id
            conditions.append(column.is_not(None) if criteria.supplies_housing else column.is_(None))
        return conditions

    @requires(Area.EMPLOYERS, "see employers")
    def employer(self, employer_id: int) -> EmployerDetail:
        """One company with contacts, openings, placements, engagement log and networks (names shown are logged)."""
        with self._database.transaction() as session:
            return employer_detail(session, self._user, _get(session, employer_id), self._today())

    @requires(Area.EMPLOYERS, "see employers")
    def choices(self) -> EmployerChoices:
        """What the company form offers: contact people, housing associations, projects and municipalities."""
        staff = select(Staff.id, Staff.full_name).where(Staff.active).order_by(Staff.full_name).limit(2000)
        if self._user.organisation_id is not None:
            staff = staff.where(Staff.organisation_id == self._user.organisation_id)
        with self._database.transaction() as session:
            people = session.execute(staff).all()
            housing = session.execute(select(Organisation.id, Organisation.name).where(
                Organisation.kind == OrganisationKind.HOUSING_ASSOCIATION, Organisation.active)
                .order_by(Organisation.name)).all()
            projects = session.execute(select(Project.id, Project.name).order_by(Project.name)).all()
            places = session.scalars(select(Employer.municipality).where(Employer.municipality.is_not(None))
                                     .distinct().order_by(Employer.municipality)).all()
        return EmployerChoices(tuple(Choice(*row) for row in people), tuple(Choice(*row) for row in housing),
                               tuple(Choice(*row) for row in projects), tuple(places))

    # ------------------------------------------------------------------------------------------ companies

    @requires(EMPLOYER_EDITORS, "add companies")
    def create(self, data: EmployerInput) -> EmployerDetail:
        """Add a company; its CVR number or organisationsnummer must pass the check digit and be new."""
        values = employer_values(data)
        with self._database.transaction() as session:
            self._check_references(session, values)
            employer = Employer(**values)
            if values["relationship_status"] in ENGAGING:
                employer.engaged_on = self._today()  # from now on it counts towards "companies engaged"
            session.add(employer)
            self._flush_unique(session, values)
            return employer_detail(session, self._user, employer, self._today())

    @requires(EMPLOYER_EDITORS, "change companies")
    def update(self, employer_id: int, expected_version: int, data: EmployerInput) -> EmployerDetail:
        """Change a company as the user saw it at ``expected_version``; if someone else saved it meanwhile,
        ConflictError lists what they changed and nothing is overwritten."""
        values = employer_values(data)
        with self._database.transaction() as session:
            employer = _get(session, employer_id)
            self._check_references(session, values)
            apply_changes(employer, values, expected_version, what="company")
            if employer.engaged_on is None and employer.relationship_status in ENGAGING:
                employer.engaged_on = self._today()
            self._flush_unique(session, values, employer.id)
            return employer_detail(session, self._user, employer, self._today())

    # ------------------------------------------------------------------------------------------- contacts

    @requires(EMPLOYER_EDITORS, "change companies")
    def add_contact(self, employer_id: int, data: ContactInput) -> ContactView:
        """Add a contact person at the company (a new primary contact replaces the old one as primary)."""
        values = contact_values(data)
        with self._database.transaction() as session:
            employer = _get(session, employer_id)
            contact = EmployerContact(employer_id=employer.id, **values)
            session.add(contact)
            session.flush()
            self._one_primary(session, contact)
            return _contact_view(contact)

    @requires(EMPLOYER_EDITORS, "change companies")
    def update_contact(self, contact_id: int, expected_version: int, data: ContactInput) -> ContactView:
        """Change a contact person as the user saw them."""
        values = contact_values(data)
        with self._database.transaction() as session:
            contact = _get_contact(session, contact_id)
            apply_changes(contact, values, expected_version, what="contact person")
            session.flush()
            self._one_primary(session, contact)
            return _contact_view(contact)

    @requires(EMPLOYER_EDITORS, "change companies")
    def remove_contact(self, contact_id: int, expected_version: int) -> None:
        """Remove a contact person (refused when someone changed them since the user looked)."""
        with self._database.transaction() as session:
            contact = _get_contact(session, contact_id)
            apply_changes(contact, {}, expected_version, what="contact person")
            session.delete(contact)

    # ---------------------------------------------------------------------------------- engagement log

    @requires(NETWORK_KEEPERS, "log engagements with companies")
    def log_engagement(self, employer_id: int, data: EngagementInput) -> EngagementView:
        """Add a visit, call, agreement, event or company-network meeting to the company's log.

        A signed agreement makes a prospect an active partner, and the company counts as engaged from that day.
        """
        values = engagement_values(data, self._today())
        with self._database.transaction() as session:
            employer = _get(session, employer_id)
            meeting_title = None
            if values["meeting_id"] is not None:
                meeting = session.execute(select(Meeting.title, Group.kind).join(Group, Group.id == Meeting.group_id)
                                          .where(Meeting.id == values["meeting_id"])).first()
                if meeting is None or meeting.kind is not GroupKind.COMPANY_NETWORK:
                    raise ValidationError(NOT_NETWORK_MEETING, field="meeting_id")
                meeting_title = meeting.title
            entry = EmployerEngagement(employer_id=employer.id, staff_id=self._user.staff_id, **values)
            session.add(entry)
            if values["kind"] is EngagementKind.AGREEMENT:
                if employer.relationship_status is RelationshipStatus.PROSPECT:
                    employer.relationship_status = RelationshipStatus.ACTIVE
                employer.engaged_on = employer.engaged_on or values["occurred_on"]
            session.flush()
            return EngagementView(entry.id, entry.version, entry.kind, entry.occurred_on, self._user.full_name,
                                  entry.summary, entry.meeting_id, meeting_title)

    @requires(NETWORK_KEEPERS, "log engagements with companies")
    def remove_engagement(self, engagement_id: int, expected_version: int) -> None:
        """Remove an entry from the engagement log (one logged by mistake)."""
        with self._database.transaction() as session:
            entry = session.get(EmployerEngagement, engagement_id)
            if entry is None:
                raise NotFoundError(what="engagement")
            apply_changes(entry, {}, expected_version, what="engagement")
            session.delete(entry)

    # ---------------------------------------------------------------------------------- company network

    @requires(NETWORK_KEEPERS, "change company-network membership")
    def set_network_member(self, group_id: int, employer_id: int, member: bool) -> EmployerDetail:
        """Add the company to a company network (a group that meets 5–6 times a year), or let it leave."""
        today = self._today()
        with self._database.transaction() as session:
            employer = _get(session, employer_id)
            group = session.get(Group, group_id)
            if group is None or group.kind is not GroupKind.COMPANY_NETWORK:
                raise ValidationError(NOT_NETWORK, field="group_id")
            current = session.scalars(select(GroupMember).where(
                GroupMember.group_id == group.id, GroupMember.employer_id == employer.id,
                GroupMember.left_on.is_(None))).all()
            if member and not current:
                session.add(GroupMember(group_id=group.id, project_id=group.project_id, employer_id=employer.id,
                                        name=employer.name, joined_on=today))
            for membership in current if not member else ():
                membership.left_on = today  # the history of who was in the network stays
            session.flush()
            return employer_detail(session, self._user, employer, today)

    @requires(Area.EMPLOYERS, "see employers")
    def networks(self, employer_id: int) -> list[NetworkMembership]:
        """The company networks and whether the company is a member of each, with its meeting attendance."""
        with self._database.transaction() as session:
            return list(network_memberships(session, _get(session, employer_id).id, self._today()))

    # ---------------------------------------------------------------------------------------- internals

    @staticmethod
    def _check_references(session: Session, values: dict[str, Any]) -> None:
        housing = values["supplies_housing_association_id"]
        if housing is not None:
            kind = session.scalar(select(Organisation.kind).where(Organisation.id == housing))
            if kind is not OrganisationKind.HOUSING_ASSOCIATION:
                raise ValidationError(NOT_HOUSING, field="supplies_housing_association_id")
        if values["contact_staff_id"] is not None and session.get(Staff, values["contact_staff_id"]) is None:
            raise NotFoundError(what="staff member")
        if values["project_id"] is not None and session.get(Project, values["project_id"]) is None:
            raise NotFoundError(what="project")

    @staticmethod
    def _flush_unique(session: Session, values: dict[str, Any], employer_id: int | None = None) -> None:
        number = values["registration_number"]
        if number is not None:
            with session.no_autoflush:  # look before the new or changed company is written
                other = session.execute(select(Employer.id, Employer.name).where(
                    Employer.registration_number == number)).first()
            if other is not None and other.id != employer_id:
                raise ValidationError(DUPLICATE_NUMBER, field="registration_number", number=number, name=other.name)
        try:
            with session.begin_nested():
                session.flush()
        except IntegrityError as exc:  # another workstation saved the same number a moment ago
            raise ValidationError(DUPLICATE_NUMBER_NOW, field="registration_number", number=number) from exc

    @staticmethod
    def _one_primary(session: Session, contact: EmployerContact) -> None:
        if not contact.is_primary:
            return
        for other in session.scalars(select(EmployerContact).where(
                EmployerContact.employer_id == contact.employer_id, EmployerContact.id != contact.id,
                EmployerContact.is_primary)):
            other.is_primary = False


def _get(session: Session, employer_id: int) -> Employer:
    employer = session.get(Employer, employer_id)
    if employer is None:
        raise NotFoundError(what="company")
    return employer


def _get_contact(session: Session, contact_id: int) -> EmployerContact:
    contact = session.get(EmployerContact, contact_id)
    if contact is None:
        raise NotFoundError(what="contact person")
    return contact


def _contact_view(contact: EmployerContact) -> ContactView:
    return ContactView(contact.id, contact.version, contact.name, contact.job_title, contact.phone, contact.email,
                       contact.is_primary)

