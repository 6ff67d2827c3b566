"""Two caseworkers editing the same young person on the shared database, each through their own connection:
the second save never overwrites the first. It is refused with what changed, field by field; after the user
has chosen (keep theirs, take the other, or merge) the save lands. Saves racing at the same moment: exactly one
lands, the other is refused — no update is lost."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from participant_fixtures import make_caseload
from plan_fixtures import TODAY

from neo_desktop.db.engine import Database
from neo_desktop.domain.errors import ConflictError
from neo_desktop.domain.participant import ContactChannel, JournalKind
from neo_desktop.services.journal import EntryInput, JournalService
from neo_desktop.services.participants import ParticipantService

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_sessions(postgres_database: Database):
    """Mette's and Jonas's programs: two engines (two connection pools) on one PostgreSQL database."""
    caseload = make_caseload(postgres_database)
    other = Database.open(postgres_database.engine.url)
    # Jonas covers Kasper too (as coordinator), so both may change the record.
    with postgres_database.transaction() as session:
        from neo_desktop.db.models import Participant, StaffRole
        session.get(Participant, caseload.ids["Kasper"]).coordinator_id = caseload.world.colleague.staff_id
        session.add(StaffRole(staff_id=caseload.world.colleague.staff_id, role="coordinator"))
    mette = ParticipantService(postgres_database, caseload.world.caseworker, today=lambda: TODAY)
    jonas = ParticipantService(other, caseload.world.colleague, today=lambda: TODAY)
    yield caseload, mette, jonas
    other.dispose()


def test_the_second_save_shows_the_changes_and_lands_after_merging(two_sessions) -> None:
    caseload, mette, jonas = two_sessions
    kasper = caseload.ids["Kasper"]
    seen_by_mette = mette.open(kasper)
    seen_by_jonas = jonas.open(kasper)
    mette.update(seen_by_mette, replace(seen_by_mette.data, phone="+45 11 11 11 11", city="Viborg"))
    with pytest.raises(ConflictError) as conflict:
        jonas.update(seen_by_jonas, replace(seen_by_jonas.data, email="kasper@example.com", city="Skive"))
    assert conflict.value.changes == {
        "city": ("Viborg", "Skive"),  # both changed it
        "email": ("kasper.holm@example.org", "kasper@example.com"),  # only Jonas
        "phone": ("+45 11 11 11 11", "+45 20 30 40 50"),  # only Mette: Jonas's form still holds the old one
    }
    assert jonas.open(kasper).data.city == "Viborg"  # nothing of Jonas's was written
    # Jonas merges: Mette's phone, his e-mail, and he keeps his city.
    theirs = jonas.open(kasper)
    merged = replace(theirs.data, email="kasper@example.com", city="Skive")
    saved = jonas.update(theirs, merged)
    assert (saved.data.phone, saved.data.email, saved.data.city) == ("+45 11 11 11 11", "kasper@example.com",
                                                                     "Skive")


def test_a_contact_in_the_journal_does_not_block_an_edit(two_sessions) -> None:
    caseload, mette, jonas = two_sessions
    kasper = caseload.ids["Kasper"]
    seen = jonas.open(kasper)
    JournalService(mette._database, caseload.world.caseworker).add_entry(
        kasper, EntryInput(JournalKind.CONTACT, "Opkald", channel=ContactChannel.PHONE))
    saved = jonas.update(seen, replace(seen.data, postcode="8800"))
    assert saved.data.postcode == "8800" and saved.last_contact_on is not None


def test_racing_saves_lose_no_update(two_sessions) -> None:
    caseload, mette, jonas = two_sessions
    kasper = caseload.ids["Kasper"]
    outcomes: dict[str, str] = {}
    barrier = threading.Barrier(2)

    def save(name: str, service: ParticipantService, city: str) -> None:
        seen = service.open(kasper)
        barrier.wait()
        try:
            service.update(seen, replace(seen.data, city=city))
            outcomes[name] = "saved"
        except ConflictError:
            outcomes[name] = "conflict"

    for _ in range(5):
        seen = mette.open(kasper)
        mette.update(seen, replace(seen.data, city="Start"))
        outcomes.clear()
        threads = [threading.Thread(target=save, args=("mette", mette, "Mettes by")),
                   threading.Thread(target=save, args=("jonas", jonas, "Jonas' by"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcomes.values()) == ["conflict", "saved"]
        winner = next(name for name, outcome in outcomes.items() if outcome == "saved")
        assert mette.open(kasper).data.city == ("Mettes by" if winner == "mette" else "Jonas' by")
