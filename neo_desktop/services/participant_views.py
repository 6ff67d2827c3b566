"""What the participant services answer with: plain, frozen data built from the rows, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from neo_desktop.db.models import Consent, EligibilityRule, Organisation, Participant, Project, Staff
from neo_desktop.domain.eligibility import Eligibility, Rule, check_eligibility
from neo_desktop.domain.identity import IdentityKind, mask_identity_number
from neo_desktop.domain.organisation import Country
from neo_desktop.domain.participant import ExitOutcome, ParticipantStatus
from neo_desktop.domain.participant_rules import PERSONAL_FIELDS, PersonalData, allowed_statuses

# Personal-data fields stored as columns of the same name (the identity number's country is its kind).
COLUMN_FIELDS: tuple[str, ...] = tuple(name for name in PERSONAL_FIELDS if name != "identity_country")


@dataclass(frozen=True)
class Choice:
    """Something to pick in a list: an id and a name."""

    id: int
    name: str


@dataclass(frozen=True)
class ProjectChoice:
    """A project a participant can belong to."""

    id: int
    code: str
    name: str
    country: Country
    no_contact_warning_days: int


@dataclass(frozen=True)
class ConsentView:
    """A consent: what may be shared with which partner, from when until when."""

    id: int
    version: int
    recipient_organisation_id: int
    recipient_name: str
    scope: str
    given_on: date
    expires_on: date | None
    withdrawn_on: date | None

    def in_force(self, on: date) -> bool:
        """True when the consent allows sharing on ``on``."""
        return (self.withdrawn_on is None and self.given_on <= on
                and (self.expires_on is None or self.expires_on >= on))


@dataclass(frozen=True)
class ParticipantRecord:
    """A participant's record as the user may see it, with the version their edits are based on."""

    id: int
    version: int
    data: PersonalData
    organisation: Choice
    project: ProjectChoice
    status: ParticipantStatus
    referred_by: Choice | None
    enrolled_on: date | None
    exited_on: date | None
    exit_outcome: ExitOutcome | None
    gained_qualification: bool | None
    followup_due_on: date | None
    followup_done_on: date | None
    followup_outcome: ExitOutcome | None
    last_contact_on: date | None
    caseworker: Choice | None
    coordinator: Choice | None
    consents: tuple[ConsentView, ...]
    eligibility: Eligibility
    eligibility_rules: tuple[Rule, ...]
    can_edit: bool
    anonymised: bool

    @property
    def name(self) -> str:
        """First and last name."""
        return f"{self.data.first_name} {self.data.last_name}"

    @property
    def masked_identity_number(self) -> str:
        """The identity number with only the birth-date part shown."""
        return mask_identity_number(self.data.identity_number)

    @property
    def next_statuses(self) -> frozenset[ParticipantStatus]:
        """The statuses the record may move to now."""
        return allowed_statuses(self.status)


def personal_data_of(participant: Participant) -> PersonalData:
    """The form's view of a stored participant."""
    values: dict[str, Any] = {name: getattr(participant, name) for name in COLUMN_FIELDS}
    kind = participant.identity_kind
    values["identity_country"] = Country.DK if kind in (None, IdentityKind.CPR) else Country.SE
    return PersonalData(**values)


def differing_fields(first: PersonalData, second: PersonalData) -> set[str]:
    """The names of the fields whose values differ."""
    return {f.name for f in fields(PersonalData) if getattr(first, f.name) != getattr(second, f.name)}


def project_choice(project: Project) -> ProjectChoice:
    """A project as a choice."""
    return ProjectChoice(project.id, project.code, project.name, project.country, project.no_contact_warning_days)


def eligibility_rules(session: Session, project_id: int) -> tuple[Rule, ...]:
    """A project's eligibility rules in their order."""
    rows = session.scalars(select(EligibilityRule).where(EligibilityRule.project_id == project_id)
                           .order_by(EligibilityRule.min_age, EligibilityRule.id)).all()
    return tuple(Rule(r.min_age, r.max_age, r.min_unemployed_months, r.description) for r in rows)


def check_record_eligibility(rules: tuple[Rule, ...], data: PersonalData, today: date) -> Eligibility:
    """Eligibility on the referral date (today when not referred yet): the target group is judged at entry."""
    return check_eligibility(rules, birth_date=data.birth_date, unemployed_since=data.unemployed_since,
                             labour_market_status=data.labour_market_status, on=data.referred_on or today)


def _names(session: Session, model: type[Staff] | type[Organisation], ids: set[int]) -> dict[int, str]:
    ids.discard(None)  # type: ignore[arg-type]
    if not ids:
        return {}
    column = model.full_name if model is Staff else model.name  # type: ignore[union-attr]
    return dict(session.execute(select(model.id, column).where(model.id.in_(ids))).all())


def build_record(session: Session, participant: Participant, *, can_edit: bool, today: date) -> ParticipantRecord:
    """The record of ``participant`` with names, consents and the eligibility check."""
    project = session.get(Project, participant.project_id)
    assert project is not None
    consents = session.scalars(select(Consent).where(Consent.participant_id == participant.id)
                               .order_by(Consent.given_on.desc(), Consent.id.desc())).all()
    staff = _names(session, Staff, {participant.caseworker_id, participant.coordinator_id})  # type: ignore[arg-type]
    organisations = _names(session, Organisation, {participant.organisation_id, participant.referred_by_organisation_id,
                                                   *(c.recipient_organisation_id for c in consents)})
    data = personal_data_of(participant)
    rules = eligibility_rules(session, project.id)

    def choice(table: dict[int, str], key: int | None) -> Choice | None:
        return Choice(key, table.get(key, "")) if key is not None else None

    return ParticipantRecord(
        id=participant.id, version=participant.version, data=data,
        organisation=Choice(participant.organisation_id, organisations.get(participant.organisation_id, "")),
        project=project_choice(project), status=participant.status,
        referred_by=choice(organisations, participant.referred_by_organisation_id),
        enrolled_on=participant.enrolled_on, exited_on=participant.exited_on, exit_outcome=participant.exit_outcome,
        gained_qualification=participant.gained_qualification, followup_due_on=participant.followup_due_on,
        followup_done_on=participant.followup_done_on, followup_outcome=participant.followup_outcome,
        last_contact_on=participant.last_contact_on,
        caseworker=choice(staff, participant.caseworker_id), coordinator=choice(staff, participant.coordinator_id),
        consents=tuple(ConsentView(c.id, c.version, c.recipient_organisation_id,
                                   organisations.get(c.recipient_organisation_id, ""), c.scope, c.given_on,
                                   c.expires_on, c.withdrawn_on) for c in consents),
        eligibility=check_record_eligibility(rules, data, today), eligibility_rules=rules,
        can_edit=can_edit, anonymised=participant.anonymised_at is not None,
    )
