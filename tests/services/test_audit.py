"""The auditor's access log: filters, export read back, verification; and nobody else may read it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from plan_fixtures import PlanWorld, make_world

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Staff, StaffRole
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import PermissionDeniedError
from neo_desktop.domain.organisation import Role
from neo_desktop.services.access_log import record_for_user
from neo_desktop.services.audit import AuditFilter, AuditService
from neo_desktop.services.user import SignedInUser


@pytest.fixture
def world(database: Database) -> PlanWorld:
    world = make_world(database)
    with database.transaction() as session:
        record_for_user(session, world.caseworker, AccessAction.READ, participant_id=world.participant_id,
                        purpose="follow-up")
        record_for_user(session, world.caseworker, AccessAction.SEARCH, search_criterion="name: Å")
        record_for_user(session, world.coordinator, AccessAction.UPDATE, participant_id=world.participant_id,
                        purpose="plan step")
    return world


@pytest.fixture
def auditor(database: Database, world: PlanWorld) -> SignedInUser:
    with database.transaction() as session:
        staff = Staff(organisation_id=world.organisation_id, login_name="revisor", full_name="Rita Revisor",
                      roles=[StaffRole(role=Role.AUDITOR)])
        session.add(staff)
        session.flush()
        return SignedInUser(staff.id, "revisor", "Rita Revisor", world.organisation_id, "Jobcenter Viborg",
                            frozenset({Role.AUDITOR}))


def test_filters_by_person_user_action_and_period(database: Database, world: PlanWorld,
                                                  auditor: SignedInUser) -> None:
    service = AuditService(database, auditor)
    about_soren = service.search(AuditFilter(participant_id=world.participant_id))
    assert [(e.login_name, e.action) for e in about_soren] == [("ali", AccessAction.UPDATE),
                                                               ("mette", AccessAction.READ)]
    assert [e.action for e in service.search(AuditFilter(login_name=" Mette "))] == [AccessAction.SEARCH,
                                                                                   AccessAction.READ]
    assert [e.purpose for e in service.search(AuditFilter(action=AccessAction.UPDATE))] == ["plan step"]
    today = date.today()
    assert len(service.search(AuditFilter(login_name="mette", since=today, until=today))) == 2
    assert service.search(AuditFilter(login_name="mette", until=today - timedelta(days=1))) == []


def test_export_reads_back_with_the_same_entries(database: Database, world: PlanWorld, auditor: SignedInUser,
                                                 tmp_path: Path) -> None:
    path = tmp_path / "log.xlsx"
    count = AuditService(database, auditor).export_workbook(AuditFilter(participant_id=world.participant_id), path)
    sheet = load_workbook(path)["Access log"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert count == len(rows) == 2
    assert [(r[1], r[2], r[6]) for r in rows] == [("ali", "update", "plan step"), ("mette", "read", "follow-up")]


def test_reading_the_log_is_itself_logged_and_the_chain_stays_intact(database: Database, world: PlanWorld,
                                                                     auditor: SignedInUser) -> None:
    service = AuditService(database, auditor)
    service.search(AuditFilter(participant_id=world.participant_id))
    newest = service.search(AuditFilter(login_name="revisor"))
    assert newest[0].action is AccessAction.SEARCH and "participant_id=" in newest[0].search_criterion
    assert service.verify().intact


def test_a_caseworker_may_not_read_the_log(database: Database, world: PlanWorld) -> None:
    with pytest.raises(PermissionDeniedError):
        AuditService(database, world.caseworker).search(AuditFilter())
