"""Every search box and identity field against hostile strings: none crashes, none changes data it should not."""

from __future__ import annotations

import pytest
from hostile_strings import HOSTILE_STRINGS
from plan_fixtures import PlanWorld, make_world
from sqlalchemy import func, select

from neo_desktop.db.engine import Database
from neo_desktop.db.models import AccessLogEntry, Participant
from neo_desktop.domain.identity import InvalidIdentityNumber, parse_identity_number, validate_organisation_number
from neo_desktop.services.overview import OverviewService


@pytest.mark.parametrize("country", ["DK", "SE"])
def test_identity_and_organisation_numbers_refuse_hostile_text_cleanly(country: str) -> None:
    for text in HOSTILE_STRINGS:
        for parse in (parse_identity_number, validate_organisation_number):
            try:
                parse(text, country)
            except InvalidIdentityNumber as error:
                assert str(error) and "\x00" not in str(error)


def test_participant_search_survives_hostile_criteria_and_changes_nothing(database: Database) -> None:
    world: PlanWorld = make_world(database)
    service = OverviewService(database, world.caseworker)
    with database.transaction() as session:
        before = session.execute(select(Participant.id, Participant.first_name, Participant.last_name)
                                 .order_by(Participant.id)).all()
    for text in HOSTILE_STRINGS:
        table = service.participants(text)
        assert len(table.rows) <= 2
    everyone = service.participants("")
    assert {row[0] for row in everyone.rows} == {"Søren Ågård", "Åsa Öberg"}
    assert service.participants("Søren").rows[0][0] == "Søren Ågård"
    assert service.participants("%").rows == ()  # a wildcard is searched for literally
    with database.transaction() as session:
        after = session.execute(select(Participant.id, Participant.first_name, Participant.last_name)
                                .order_by(Participant.id)).all()
        logged = session.scalar(select(func.count()).select_from(AccessLogEntry))
        longest = session.scalar(select(func.max(func.length(AccessLogEntry.search_criterion))))
    assert after == before
    assert logged == len(HOSTILE_STRINGS) + 3  # every search is logged, whatever was typed
    assert longest <= 400
