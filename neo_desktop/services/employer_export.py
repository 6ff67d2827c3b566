"""The employer network as an Excel workbook for partners (companies, contacts, openings, placement counts).

Counts are not personal data and every role of the employer area may export them. The sheet that names young
people is added only for roles that work with personal data, with only the young people the user may see,
and each one exported is logged (an extract of personal data, with the person concerned).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import case, func, select

from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    Employer,
    EmployerContact,
    GroupMember,
    Opening,
    Organisation,
    Participant,
    Placement,
    Staff,
)
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.employer import OpeningStatus, PlacementOutcome, PlacementStatus
from neo_desktop.domain.organisation import Language
from neo_desktop.reports.employer_network_xlsx import NetworkWorkbook, write_employer_network

from .access_log import record_for_user
from .employer_queries import may_see_participants
from .permissions import Area, requires
from .scoping import visible_participants
from .user import SignedInUser


@dataclass(frozen=True)
class NetworkExport:
    """What was written: rows per sheet, and whether the placements sheet (personal data) is in it."""

    path: Path
    rows: dict[str, int]
    with_personal_data: bool


class EmployerExportService:
    """The partners' workbook of the employer network."""

    def __init__(self, database: Database, user: SignedInUser, *, today: Callable[[], date] = date.today) -> None:
        self._database = database
        self._user = user
        self._today = today

    @requires(Area.EMPLOYERS, "export the employer network")
    def export_network(self, path: str | Path, *, language: Language | str = Language.EN,
                       project_id: int | None = None) -> NetworkExport:
        """Write the workbook (for ``project_id`` only, when given); young people's names only where allowed."""
        path = Path(path)
        in_project = [Employer.project_id == project_id] if project_id is not None else []
        counts = (select(Placement.employer_id, func.count(Placement.id),
                         func.sum(case((Placement.status == PlacementStatus.ACTIVE, 1), else_=0)),
                         func.sum(case((Placement.outcome == PlacementOutcome.HIRED, 1), else_=0)))
                  .group_by(Placement.employer_id))
        openings = (select(Opening.employer_id, func.count(Opening.id),
                           func.sum(case((Opening.status == OpeningStatus.OPEN, 1), else_=0)))
                    .group_by(Opening.employer_id))
        with self._database.transaction() as session:
            placed = {row[0]: row[1:] for row in session.execute(counts)}
            offered = {row[0]: row[1:] for row in session.execute(openings)}
            contacts_per = dict(session.execute(select(EmployerContact.employer_id, func.count(EmployerContact.id))
                                                .group_by(EmployerContact.employer_id)).all())
            members = set(session.scalars(select(GroupMember.employer_id).where(
                GroupMember.employer_id.is_not(None), GroupMember.left_on.is_(None))))
            housing = dict(session.execute(select(Organisation.id, Organisation.name)).all())
            companies = []
            for e, staff in session.execute(select(Employer, Staff.full_name)
                                            .outerjoin(Staff, Staff.id == Employer.contact_staff_id)
                                            .where(*in_project).order_by(Employer.name)):
                total, running, hired = placed.get(e.id, (0, 0, 0))
                all_openings, open_openings = offered.get(e.id, (0, 0))
                companies.append((e.name, e.registration_number, e.country, e.industry_code, e.industry, e.size,
                                  e.municipality, e.relationship_status, e.engaged_on,
                                  housing.get(e.supplies_housing_association_id, ""), staff or "", e.id in members,
                                  contacts_per.get(e.id, 0), open_openings or 0, all_openings or 0, total or 0,
                                  running or 0, hired or 0))
            contacts = [(name, c.name, c.job_title, c.phone, c.email, c.is_primary) for c, name in session.execute(
                select(EmployerContact, Employer.name).join(Employer, Employer.id == EmployerContact.employer_id)
                .where(*in_project).order_by(Employer.name, EmployerContact.name))]
            taken = dict(session.execute(select(Placement.opening_id, func.count(Placement.id))
                                         .where(Placement.opening_id.is_not(None)).group_by(Placement.opening_id)).all())
            opening_rows = [(name, o.title, o.placement_type, o.occupation, o.places, o.hours_per_week, o.starts_on,
                             o.ends_on, o.status, taken.get(o.id, 0)) for o, name in session.execute(
                select(Opening, Employer.name).join(Employer, Employer.id == Opening.employer_id)
                .where(*in_project).order_by(Employer.name, Opening.starts_on))]
            placements = None
            if may_see_participants(self._user):
                placements = []
                query = (select(Placement, Employer.name, Participant.first_name, Participant.last_name)
                         .join(Employer, Employer.id == Placement.employer_id)
                         .join(Participant, Participant.id == Placement.participant_id)
                         .where(visible_participants(session, self._user), Participant.anonymised_at.is_(None),
                                *in_project).order_by(Employer.name, Placement.starts_on))
                for p, name, first, last in session.execute(query):
                    placements.append((name, f"{first} {last}", p.placement_type, p.starts_on, p.ends_on, p.status,
                                       p.outcome))
                    record_for_user(session, self._user, AccessAction.EXPORT, participant_id=p.participant_id,
                                    organisation_id=p.organisation_id, project_id=p.project_id,
                                    record_kind="placement", record_id=p.id, purpose="employer network workbook")
            # Written inside the transaction: if the file cannot be written, the log entries roll back too.
            rows = write_employer_network(path, NetworkWorkbook(companies, contacts, opening_rows, placements,
                                                                self._today()), language)
        return NetworkExport(path, rows, placements is not None)
