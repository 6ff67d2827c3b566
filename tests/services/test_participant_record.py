"""The participant record: opening (logged), registering, editing with validation, the status flow with the
six-month follow-up, assignment, consents and the eligibility check."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from participant_fixtures import Caseload, log_entries, make_caseload
from plan_fixtures import TODAY
from sqlalchemy import select

from neo_desktop.db.engine import Database
from neo_desktop.db.models import JournalEntry
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.eligibility import Verdict
from neo_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from neo_desktop.domain.identity import InvalidIdentityNumber
from neo_desktop.domain.organisation import Country
from neo_desktop.domain.participant import ExitOutcome, JournalKind, LabourMarketStatus, ParticipantStatus
from neo_desktop.domain.participant_rules import PersonalData, StatusChange
from neo_desktop.services.participants import ConsentInput, ParticipantService

S = ParticipantStatus


@pytest.fixture
def caseload(database: Database) -> Caseload:
    return make_caseload(database)


def records(database: Database, caseload: Caseload, who: str = "caseworker") -> ParticipantService:
    return ParticipantService(database, getattr(caseload.world, who), today=lambda: TODAY)


def test_opening_a_record_is_logged_and_only_for_those_who_may_see_it(database: Database,
                                                                     caseload: Caseload) -> None:
    record = records(database, caseload).open(caseload.ids["Kasper"])
    assert record.name == "Kasper Holm" and record.masked_identity_number == "040301-****"
    assert record.caseworker.name == "Mette Sørensen" and record.can_edit
    assert record.next_statuses == {S.PAUSED, S.COMPLETED, S.DROPPED_OUT}
    entry = log_entries(database, AccessAction.READ)[-1]
    assert (entry.participant_id, entry.login_name, entry.purpose) == (caseload.ids["Kasper"], "mette", "open record")
    for who in ("colleague", "outsider"):
        with pytest.raises(NotFoundError):
            records(database, caseload, who).open(caseload.ids["Kasper"])


def test_registering_validates_assigns_and_journals(database: Database, caseload: Caseload) -> None:
    service = records(database, caseload)
    with pytest.raises(InvalidIdentityNumber):
        service.create(caseload.world.project_id, PersonalData("Ida", "Bak", identity_number="3102041234"))
    with pytest.raises(ValidationError) as duplicate:
        service.create(caseload.world.project_id, PersonalData("Ida", "Bak", identity_number="040301-4917"))
    assert duplicate.value.field == "identity_number"
    record = service.create(caseload.world.project_id, PersonalData(
        " Ida ", "Bak", identity_number="190106-4918", phone="+45 11 22 33 44", email="ida@example.org",
        unemployed_since=date(2026, 6, 1), labour_market_status=LabourMarketStatus.UNEMPLOYED))
    assert record.status is S.REFERRED and record.data.first_name == "Ida"
    assert record.data.birth_date == date(2006, 1, 19) and record.data.referred_on == TODAY
    assert record.caseworker.id == caseload.world.caseworker.staff_id
    assert record.eligibility.verdict is Verdict.ELIGIBLE  # 20 years old, unemployed 5 months
    with database.transaction() as session:
        entry = session.scalar(select(JournalEntry).where(JournalEntry.participant_id == record.id))
        assert (entry.kind, entry.subject) == (JournalKind.STATUS_CHANGE, "referred")
    assert log_entries(database, AccessAction.CREATE)[-1].participant_id == record.id
    with pytest.raises(ValidationError) as unknown:
        service.create(999_999, PersonalData("A", "B"))
    assert unknown.value.field == "project"


def test_editing_saves_the_changed_fields_and_logs_which(database: Database, caseload: Caseload) -> None:
    service = records(database, caseload)
    seen = service.open(caseload.ids["Kasper"])
    with pytest.raises(ValidationError) as bad:
        service.update(seen, replace(seen.data, email="kasper@"))
    assert bad.value.field == "email"
    saved = service.update(seen, replace(seen.data, phone="+45 99 88 77 66", city="Viborg"))
    assert saved.data.phone == "+45 99 88 77 66" and saved.version == seen.version + 1
    assert log_entries(database, AccessAction.UPDATE)[-1].detail == "city, phone"
    again = service.update(saved, saved.data)  # nothing changed: nothing written, logged as a read
    assert again.version == saved.version
    with pytest.raises(NotFoundError):
        records(database, caseload, "colleague").update(seen, seen.data)


def test_a_swedish_number_in_a_danish_project(database: Database, caseload: Caseload) -> None:
    service = records(database, caseload)
    seen = service.open(caseload.ids["Åsa"])
    saved = service.update(seen, replace(seen.data, identity_number="050203-9803", identity_country=Country.SE,
                                         birth_date=None))
    assert saved.data.identity_number == "200502039803" and saved.data.identity_country is Country.SE


def test_the_status_flow_ends_with_exit_and_a_six_month_follow_up(database: Database, caseload: Caseload) -> None:
    service = records(database, caseload)
    soren = service.open(caseload.ids["Søren"])
    with pytest.raises(ValidationError):
        service.change_status(soren.id, soren.version, StatusChange(S.ACTIVE))  # referred → intake first
    soren = service.change_status(soren.id, soren.version, StatusChange(S.INTAKE, date(2026, 9, 1)))
    assert soren.enrolled_on == date(2026, 9, 1)
    soren = service.change_status(soren.id, soren.version, StatusChange(S.ACTIVE, date(2026, 9, 8)))
    with pytest.raises(ConflictError):
        service.change_status(soren.id, soren.version - 1, StatusChange(S.PAUSED))
    with pytest.raises(ValidationError) as no_outcome:
        service.change_status(soren.id, soren.version, StatusChange(S.COMPLETED, date(2026, 11, 20)))
    assert no_outcome.value.field == "exit_outcome"
    soren = service.change_status(soren.id, soren.version, StatusChange(
        S.COMPLETED, date(2026, 11, 20), ExitOutcome.EDUCATION, gained_qualification=True, note="Startet på EUD"))
    assert (soren.status, soren.exited_on, soren.exit_outcome) == (S.COMPLETED, date(2026, 11, 20),
                                                                   ExitOutcome.EDUCATION)
    assert soren.followup_due_on == date(2027, 5, 20) and soren.next_statuses == frozenset()
    with database.transaction() as session:
        subjects = session.scalars(select(JournalEntry.subject).where(
            JournalEntry.participant_id == soren.id, JournalEntry.kind == JournalKind.STATUS_CHANGE)
            .order_by(JournalEntry.id)).all()
    assert subjects == ["intake", "active", "completed"]
    with pytest.raises(ValidationError):
        service.record_followup(soren.id, soren.version, done_on=date(2026, 11, 19), outcome=ExitOutcome.EDUCATION,
                                improved_situation=True)
    done = service.record_followup(soren.id, soren.version, done_on=TODAY, outcome=ExitOutcome.EMPLOYMENT,
                                   improved_situation=True)
    assert done.followup_done_on == TODAY and done.followup_outcome is ExitOutcome.EMPLOYMENT


def test_assignment_and_consents(database: Database, caseload: Caseload) -> None:
    service = records(database, caseload)
    world = caseload.world
    kasper = service.open(caseload.ids["Kasper"])
    with pytest.raises(ValidationError):
        service.assign(kasper.id, kasper.version, caseworker_id=world.coordinator.staff_id, coordinator_id=None)
    kasper = service.assign(kasper.id, kasper.version, caseworker_id=world.caseworker.staff_id,
                            coordinator_id=world.coordinator.staff_id, reason="Ali er mentor")
    assert kasper.coordinator.name == "Ali Hassan"
    # Ali works for the NGO: he reaches Kasper only while a consent to share with the NGO is in force.
    ali = records(database, caseload, "coordinator")
    with pytest.raises(NotFoundError):
        ali.open(kasper.id)
    with database.transaction() as session:
        from neo_desktop.db.models import Staff
        ngo = session.get(Staff, world.coordinator.staff_id).organisation_id
    with pytest.raises(ValidationError):
        service.add_consent(kasper.id, ConsentInput(ngo, "Plan og kontakt", TODAY, date(2026, 1, 1)))
    kasper = service.add_consent(kasper.id, ConsentInput(ngo, "Plan og kontakt", TODAY, date(2027, 6, 30)))
    consent = kasper.consents[0]
    assert consent.recipient_name == "Foreningen Ungekraft" and consent.in_force(TODAY)
    assert ali.open(kasper.id).name == "Kasper Holm"
    kasper = service.withdraw_consent(kasper.id, consent.id, consent.version, withdrawn_on=TODAY)
    assert not kasper.consents[0].in_force(TODAY)


def test_eligibility_is_explained_on_the_record(database: Database, caseload: Caseload) -> None:
    service = records(database, caseload)
    kasper = service.open(caseload.ids["Kasper"])  # 25, unemployment not recorded
    assert kasper.eligibility.verdict is Verdict.UNKNOWN
    assert "unemployment began is not recorded" in kasper.eligibility.reasons[1].message
    kasper = service.update(kasper, replace(kasper.data, unemployed_since=date(2026, 3, 1)))
    assert kasper.eligibility.verdict is Verdict.NOT_ELIGIBLE
    assert kasper.eligibility.reasons[1].message == "Aged 25 and unemployed 8 months: needs at least 12 months."
