"""The journal: one timeline newest first, filtered by kind; notes and contacts added; sensitive notes kept from
partners' staff; a contact moves the last-contact date without disturbing a colleague's open edit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from participant_fixtures import NOW, Caseload, log_entries, make_caseload
from plan_fixtures import TODAY

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Consent, Participant, Staff
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import NotFoundError, ValidationError
from neo_desktop.domain.participant import ContactChannel, JournalKind
from neo_desktop.services.journal import EntryInput, JournalService
from neo_desktop.services.participants import ParticipantService

NOTE, CONTACT = JournalKind.NOTE, JournalKind.CONTACT


@pytest.fixture
def caseload(database: Database) -> Caseload:
    return make_caseload(database)


def journal(database: Database, caseload: Caseload, who: str = "caseworker") -> JournalService:
    return JournalService(database, getattr(caseload.world, who), now=lambda: NOW)


def test_the_timeline_is_newest_first_and_filterable(database: Database, caseload: Caseload) -> None:
    service = journal(database, caseload)
    kasper = caseload.ids["Kasper"]
    service.add_entry(kasper, EntryInput(NOTE, "Første note", occurred_at=NOW - timedelta(days=2)))
    service.add_entry(kasper, EntryInput(CONTACT, "Ringede om praktik", subject="Opkald",
                                         channel=ContactChannel.PHONE, occurred_at=NOW - timedelta(hours=1)))
    service.add_entry(kasper, EntryInput(NOTE, "Anden note", occurred_at=NOW - timedelta(days=1)))
    timeline = service.timeline(kasper)
    assert [e.body for e in timeline.entries] == ["Ringede om praktik", "Anden note", "Første note"]
    assert timeline.entries[0].author == "Mette Sørensen" and timeline.entries[0].channel is ContactChannel.PHONE
    assert [e.kind for e in service.timeline(kasper, kinds=[CONTACT]).entries] == [CONTACT]
    reads = [e for e in log_entries(database, AccessAction.READ) if e.purpose == "journal"]
    assert len(reads) == 2 and reads[0].participant_id == kasper
    assert len([e for e in log_entries(database, AccessAction.CREATE) if e.record_kind == "journal_entry"]) == 3


@pytest.mark.parametrize(("entry", "field"), [
    (EntryInput(NOTE, "  "), "body"),
    (EntryInput(CONTACT, "Mødtes"), "channel"),
    (EntryInput(NOTE, "x", occurred_at=NOW + timedelta(days=1)), "occurred_at"),
    (EntryInput(JournalKind.STATUS_CHANGE, "x"), "kind"),
])
def test_bad_entries_are_refused(sqlite_database: Database, entry: EntryInput, field: str) -> None:
    caseload = make_caseload(sqlite_database)
    with pytest.raises(ValidationError) as caught:
        journal(sqlite_database, caseload).add_entry(caseload.ids["Kasper"], entry)
    assert caught.value.field == field


def test_sensitive_notes_stay_with_the_owning_organisation(database: Database, caseload: Caseload) -> None:
    world, kasper = caseload.world, caseload.ids["Kasper"]
    with database.transaction() as session:
        participant = session.get(Participant, kasper)
        participant.coordinator_id = world.coordinator.staff_id
        ngo = session.get(Staff, world.coordinator.staff_id).organisation_id
        session.add(Consent(participant_id=kasper, organisation_id=world.organisation_id, project_id=world.project_id,
                            recipient_organisation_id=ngo, scope="Samarbejde", given_on=date(2026, 10, 1)))
    mette = journal(database, caseload)
    mette.add_entry(kasper, EntryInput(NOTE, "Behandling for misbrug", subject="Helbred", sensitive=True))
    mette.add_entry(kasper, EntryInput(NOTE, "Har fået praktikplads"))
    ali = journal(database, caseload, "coordinator")
    timeline = ali.timeline(kasper)
    assert not timeline.may_see_sensitive and timeline.hidden_count == 1
    hidden = next(e for e in timeline.entries if e.sensitive)
    assert hidden.hidden and hidden.body is None and hidden.subject is None and hidden.author == "Mette Sørensen"
    assert any(e.body == "Har fået praktikplads" for e in timeline.entries)
    ali.add_entry(kasper, EntryInput(NOTE, "Egen følsom note", sensitive=True))
    assert any(e.body == "Egen følsom note" for e in ali.timeline(kasper).entries)  # the author sees their own
    assert all(not e.hidden for e in mette.timeline(kasper).entries)
    with pytest.raises(NotFoundError):
        journal(database, caseload, "outsider").timeline(kasper)


def test_a_contact_moves_the_contact_dates(database: Database, caseload: Caseload) -> None:
    kasper = caseload.ids["Kasper"]
    records = ParticipantService(database, caseload.world.caseworker, today=lambda: TODAY)
    before = records.open(kasper)
    journal(database, caseload).add_entry(kasper, EntryInput(CONTACT, "Hjemmebesøg", channel=ContactChannel.HOME_VISIT,
                                                             occurred_at=datetime(2026, 11, 22, 10, tzinfo=UTC)))
    after = records.open(kasper)
    assert after.last_contact_on == date(2026, 11, 22) and after.version == before.version
    journal(database, caseload).add_entry(kasper, EntryInput(CONTACT, "SMS", channel=ContactChannel.SMS,
                                                             occurred_at=datetime(2026, 11, 1, 10, tzinfo=UTC),
                                                             next_contact_on=date(2026, 12, 1)))
    later = records.open(kasper)
    assert later.last_contact_on == date(2026, 11, 22)  # an older contact does not move it back
    assert later.data.next_contact_on == date(2026, 12, 1) and later.version == before.version + 1
