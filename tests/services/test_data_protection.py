"""Data protection: subject access export, the lookup report without staff names, retention and anonymisation."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from plan_fixtures import PlanWorld, make_world
from sqlalchemy import func, select

from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry, Consent, JournalEntry, Participant, Placement, Project
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import NotFoundError, ValidationError
from neo_desktop.domain.participant import ExitOutcome, JournalKind, ParticipantStatus
from neo_desktop.domain.retention import retention_ends
from neo_desktop.services.access_log import record_for_user, verify_chain
from neo_desktop.services.retention import RetentionService
from neo_desktop.services.subject_access import SubjectAccessService


@pytest.fixture
def world(database: Database) -> PlanWorld:
    world = make_world(database)
    with database.transaction() as session:
        session.add(JournalEntry(participant_id=world.participant_id, organisation_id=world.organisation_id,
                                 project_id=world.project_id, kind=JournalKind.NOTE, occurred_at=datetime.now(UTC),
                                 body="Talte om praktik i Føtex", sensitive=True))
        session.add(Consent(participant_id=world.participant_id, organisation_id=world.organisation_id,
                            project_id=world.project_id, recipient_organisation_id=world.organisation_id,
                            scope="plan", given_on=date(2026, 9, 1)))
        record_for_user(session, world.caseworker, AccessAction.READ, participant_id=world.participant_id,
                        purpose="follow-up call")
    return world


def test_subject_access_export_holds_everything_and_is_logged(database: Database, world: PlanWorld,
                                                              tmp_path: Path) -> None:
    service = SubjectAccessService(database, world.caseworker)
    path = tmp_path / "søren.json"
    service.export_json(world.participant_id, path)
    content = json.loads(path.read_text(encoding="utf-8"))
    assert content["participant"]["first_name"] == "Søren"
    assert content["participant"]["identity_number"] == "1705044921"
    assert content["journal"][0]["body"] == "Talte om praktik i Føtex"
    assert content["consents"][0]["scope"] == "plan"
    assert [lookup["purpose"] for lookup in content["lookups"]] == ["follow-up call"]
    assert "login_name" not in json.dumps(content["lookups"])
    with database.transaction() as session:
        actions = session.scalars(select(AccessLogEntry.action).where(
            AccessLogEntry.participant_id == world.participant_id)).all()
    assert actions[-1] is AccessAction.EXPORT


def test_lookup_report_has_dates_and_purposes_but_no_staff(database: Database, world: PlanWorld) -> None:
    lookups = SubjectAccessService(database, world.caseworker).lookups(world.participant_id)
    assert [(lookup.action, lookup.purpose) for lookup in lookups] == [("read", "follow-up call")]
    assert not hasattr(lookups[0], "login_name")
    assert isinstance(lookups[0].occurred_at, datetime)


def test_a_caseworker_cannot_export_someone_outside_their_caseload(database: Database, world: PlanWorld) -> None:
    with pytest.raises(NotFoundError):
        SubjectAccessService(database, world.colleague).export(world.participant_id)


def leave(database: Database, world: PlanWorld, *, exited_on: date) -> None:
    with database.transaction() as session:
        participant = session.get(Participant, world.participant_id)
        participant.status = ParticipantStatus.COMPLETED
        participant.exited_on = exited_on
        participant.exit_outcome = ExitOutcome.EMPLOYMENT
        session.add(Placement(participant_id=participant.id, organisation_id=world.organisation_id,
                              project_id=world.project_id, employer_id=_employer(session),
                              placement_type="dk_virksomhedspraktik", starts_on=date(2026, 10, 1),
                              mentor_name="Hanne", note="Gik godt"))
        project = session.get(Project, world.project_id)
        project.last_payment_on = date(2029, 3, 1)


def _employer(session) -> int:
    from neo_desktop.db.models import Employer
    from neo_desktop.domain.organisation import Country

    employer = Employer(name="Føtex Viborg", country=Country.DK)
    session.add(employer)
    session.flush()
    return employer.id


def test_retention_ends_five_years_after_the_year_of_the_last_payment() -> None:
    assert retention_ends(project_ends_on=date(2028, 12, 31), last_payment_on=date(2029, 3, 1),
                          retention_years=5) == date(2034, 12, 31)
    assert retention_ends(project_ends_on=date(2028, 6, 30), last_payment_on=None,
                          retention_years=5) == date(2033, 12, 31)


def test_retention_run_lists_only_what_is_due(database: Database, world: PlanWorld) -> None:
    leave(database, world, exited_on=date(2027, 5, 1))
    service = RetentionService(database, world.administrator)
    assert service.due(today=date(2034, 12, 31)) == []
    due = service.due(today=date(2035, 1, 1))
    assert [(c.participant_id, c.retention_ended_on) for c in due] == [(world.participant_id, date(2034, 12, 31))]


def test_anonymisation_removes_identity_keeps_statistics_and_logs_the_decision(database: Database,
                                                                             world: PlanWorld) -> None:
    leave(database, world, exited_on=date(2027, 5, 1))
    decision = RetentionService(database, world.administrator).anonymise([world.participant_id],
                                                                        reason="Retention period over")
    with database.transaction() as session:
        person = session.get(Participant, world.participant_id)
        assert (person.identity_number, person.first_name, person.phone) == (None, "Anonymised", None)
        assert person.birth_date == date(2004, 7, 1)  # the year survives for age bands
        assert (person.status, person.exit_outcome) == (ParticipantStatus.COMPLETED, ExitOutcome.EMPLOYMENT)
        assert session.scalar(select(func.count()).select_from(JournalEntry)
                              .where(JournalEntry.participant_id == person.id)) == 0
        assert session.scalar(select(func.count()).select_from(Consent)) == 0
        placement = session.scalars(select(Placement)).one()
        assert (placement.mentor_name, placement.note) == (None, None)
        entry = session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == AccessAction.ANONYMISE)).one()
        assert entry.participant_id == person.id
        assert entry.purpose == "Retention period over"
        assert decision.decision_id in entry.detail and "admin" in entry.detail
        assert verify_chain(session).intact


def test_nothing_is_anonymised_without_a_reason_or_while_the_course_is_active(database: Database,
                                                                             world: PlanWorld) -> None:
    service = RetentionService(database, world.administrator)
    with pytest.raises(ValidationError):
        service.anonymise([world.participant_id], reason="  ")
    with pytest.raises(ValidationError) as caught:
        service.anonymise([world.participant_id], reason="asked to be forgotten")
    assert "has not left the project" in caught.value.message
    with database.transaction() as session:
        assert session.get(Participant, world.participant_id).first_name == "Søren"


def test_a_partner_coordinator_reaches_the_person_only_while_consent_is_in_force(database: Database,
                                                                                world: PlanWorld) -> None:
    service = SubjectAccessService(database, world.coordinator)  # Ali, NGO: not the owning organisation
    with database.transaction() as session:
        session.add(Consent(participant_id=world.participant_id, organisation_id=world.organisation_id,
                            project_id=world.project_id, recipient_organisation_id=world.coordinator.organisation_id,
                            scope="plan", given_on=date(2026, 9, 1), expires_on=date(2026, 10, 31)))
    with pytest.raises(NotFoundError):
        service.lookups(world.participant_id)  # the consent expired on 31 October
    with database.transaction() as session:
        session.scalars(select(Consent).where(Consent.expires_on.is_not(None))).one().expires_on = None
    assert service.lookups(world.participant_id)[0].purpose == "follow-up call"
