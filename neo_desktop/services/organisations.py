"""Partner organisations, for administrators: create, edit, deactivate, and merge duplicates."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    ActionItem,
    Consent,
    Employer,
    GroupMember,
    Organisation,
    Participant,
    Project,
    ProjectPartner,
    Staff,
)
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from neo_desktop.domain.identity import validate_organisation_number
from neo_desktop.domain.organisation import Country, OrganisationKind, Role

from .editing import apply_changes
from .permissions import requires
from .user import SignedInUser

ADMINISTRATORS = frozenset({Role.ADMINISTRATOR})
NAME_REQUIRED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "An organisation needs a name.")
DUPLICATE_NUMBER = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "Another organisation already has the registration number {number}. Merge the two instead."
)
MERGE_ITSELF = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "An organisation cannot be merged into itself.")


@dataclass(frozen=True)
class OrganisationInput:
    """What an administrator enters for an organisation."""

    name: str
    kind: OrganisationKind
    country: Country
    registration_number: str | None = None
    municipality: str | None = None
    address: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class OrganisationRecord:
    """An organisation as the administration view shows it."""

    id: int
    version: int
    name: str
    kind: OrganisationKind
    country: Country
    registration_number: str | None
    municipality: str | None
    active: bool
    merged_into_id: int | None
    # The contact details too, so that an edit form can send them back unchanged.
    address: str | None = None
    email: str | None = None
    phone: str | None = None


def _record(organisation: Organisation) -> OrganisationRecord:
    return OrganisationRecord(organisation.id, organisation.version, organisation.name, organisation.kind,
                              organisation.country, organisation.registration_number, organisation.municipality,
                              organisation.active, organisation.merged_into_id, organisation.address,
                              organisation.email, organisation.phone)


def _validated(data: OrganisationInput) -> dict[str, object]:
    if not data.name.strip():
        raise ValidationError(NAME_REQUIRED, field="name")
    number = data.registration_number.strip() if data.registration_number else ""
    values = {**data.__dict__, "name": data.name.strip()}
    values["registration_number"] = validate_organisation_number(number, data.country) if number else None
    return values


class OrganisationService:
    """Partner organisations, for administrators."""

    def __init__(self, database: Database, user: SignedInUser) -> None:
        self._database = database
        self._user = user

    @requires(ADMINISTRATORS, "manage partner organisations")
    def list(self, *, include_inactive: bool = True) -> list[OrganisationRecord]:
        """Every organisation, by country and name."""
        query = select(Organisation).order_by(Organisation.country, Organisation.name)
        if not include_inactive:
            query = query.where(Organisation.active)
        with self._database.transaction() as session:
            return [_record(o) for o in session.scalars(query)]

    @requires(ADMINISTRATORS, "manage partner organisations")
    def create(self, data: OrganisationInput) -> OrganisationRecord:
        """Add an organisation; its CVR or organisationsnummer must pass its check digit."""
        values = _validated(data)
        with self._database.transaction() as session:
            organisation = Organisation(**values)
            session.add(organisation)
            _flush_unique(session, values)
            return _record(organisation)

    @requires(ADMINISTRATORS, "manage partner organisations")
    def update(self, organisation_id: int, expected_version: int, data: OrganisationInput) -> OrganisationRecord:
        """Change an organisation; if someone else saved it meanwhile, ConflictError says what they changed."""
        values = _validated(data)
        with self._database.transaction() as session:
            organisation = _get(session, organisation_id)
            apply_changes(organisation, values, expected_version, what="organisation")
            _flush_unique(session, values)
            return _record(organisation)

    @requires(ADMINISTRATORS, "manage partner organisations")
    def set_active(self, organisation_id: int, active: bool) -> OrganisationRecord:
        """Deactivate (or reactivate) an organisation; its history stays."""
        with self._database.transaction() as session:
            organisation = _get(session, organisation_id)
            organisation.active = active
            return _record(organisation)

    @requires(ADMINISTRATORS, "merge partner organisations")
    def merge(self, duplicate_id: int, into_id: int) -> OrganisationRecord:
        """Move everything that points at the duplicate to the organisation kept, and deactivate the duplicate."""
        if duplicate_id == into_id:
            raise ValidationError(MERGE_ITSELF)
        with self._database.transaction() as session:
            duplicate, kept = _get(session, duplicate_id), _get(session, into_id)
            for column in _ORGANISATION_REFERENCES:
                session.execute(update(column.class_).where(column == duplicate_id).values({column.key: into_id}))
            duplicate.active = False
            duplicate.merged_into_id = into_id
            if duplicate.registration_number and not kept.registration_number:
                number, duplicate.registration_number = duplicate.registration_number, None
                session.flush()  # free the unique number before the kept organisation takes it
                kept.registration_number = number
            return _record(kept)


# Every column that refers to an organisation (a merge moves them all).
_ORGANISATION_REFERENCES = (
    Staff.organisation_id, Project.lead_organisation_id, ProjectPartner.organisation_id,
    Participant.organisation_id, Participant.referred_by_organisation_id, Consent.organisation_id,
    Consent.recipient_organisation_id, GroupMember.organisation_id, ActionItem.owner_organisation_id,
    Employer.supplies_housing_association_id,
)


def _get(session: Session, organisation_id: int) -> Organisation:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFoundError(what="organisation")
    return organisation


def _flush_unique(session: Session, values: dict[str, object]) -> None:
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:
        raise ValidationError(DUPLICATE_NUMBER, field="registration_number",
                              number=values["registration_number"]) from exc


