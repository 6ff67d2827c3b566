"""Caseload lists: scopes, warnings, sorting and filtering in the database, search through the index, the start
page, bulk reassignment and export — each logged in the access log."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from participant_fixtures import Caseload, log_entries, make_caseload
from plan_fixtures import TODAY
from sqlalchemy import select

from neo_desktop.db.engine import Database
from neo_desktop.db.models import JournalEntry, Participant
from neo_desktop.domain.access import AccessAction
from neo_desktop.domain.errors import ValidationError
from neo_desktop.domain.participant import JournalKind, ParticipantStatus
from neo_desktop.services.access_log import verify_chain
from neo_desktop.services.caseload import (
    UNASSIGNED,
    CaseloadColumn,
    CaseloadQuery,
    CaseloadScope,
    CaseloadService,
    WarningKind,
)
from neo_desktop.services.today import TodayKind

S = ParticipantStatus


@pytest.fixture
def caseload(database: Database) -> Caseload:
    return make_caseload(database)


def service(database: Database, caseload: Caseload, who: str = "caseworker") -> CaseloadService:
    return CaseloadService(database, getattr(caseload.world, who), today=lambda: TODAY)


def names(page) -> list[str]:
    return [row.name.split()[0] for row in page.rows]


def test_my_caseload_shows_my_young_people_with_their_warnings(database: Database, caseload: Caseload) -> None:
    page = service(database, caseload).page(CaseloadQuery())
    assert names(page) == ["Liva", "Kasper", "Emma", "Noah", "Søren", "Åsa"]  # by last name
    assert page.total == 6
    rows = {row.name.split()[0]: row for row in page.rows}
    assert rows["Kasper"].identity_number == "040301-****" and rows["Kasper"].age == 25
    assert rows["Kasper"].warnings == {WarningKind.FOLLOWUP_OVERDUE, WarningKind.NO_CONTACT}
    assert rows["Kasper"].days_since_contact == 30 and rows["Kasper"].next_followup == date(2026, 11, 21)
    assert rows["Liva"].overdue_steps == 1 and rows["Liva"].warnings == {WarningKind.STEPS_OVERDUE}
    assert rows["Noah"].warnings == {WarningKind.ATTENDANCE_DROPPING}
    assert rows["Emma"].warnings == {WarningKind.FOLLOWUP_OVERDUE}  # the six-month follow-up is late
    assert rows["Emma"].next_followup == date(2026, 11, 6)
    assert rows["Søren"].caseworker == "Mette Sørensen" and rows["Søren"].project == "NEO-1"


def test_each_page_is_logged_as_a_search_with_its_criterion(database: Database, caseload: Caseload) -> None:
    service(database, caseload).page(CaseloadQuery(search="Kasper", statuses=frozenset({S.ACTIVE})))
    entry = log_entries(database, AccessAction.SEARCH)[-1]
    assert entry.login_name == "mette" and entry.purpose == "caseload"
    assert entry.search_criterion == "scope=mine; search='Kasper'; status=active; sort=name"


SORTS = [
    (CaseloadColumn.AGE, False, ["Åsa", "Søren", "Kasper"]),  # youngest first; no birth date last
    (CaseloadColumn.DAYS_SINCE_CONTACT, True, ["Emma", "Kasper", "Noah", "Liva"]),
    (CaseloadColumn.OVERDUE_STEPS, True, ["Liva"]),
    (CaseloadColumn.WARNINGS, True, ["Kasper"]),
    (CaseloadColumn.NEXT_FOLLOWUP, False, ["Emma", "Kasper", "Liva"]),
    (CaseloadColumn.STATUS, False, ["Søren", "Åsa", "Liva", "Kasper"]),  # referred before active; then names
    (CaseloadColumn.NAME, True, ["Åsa", "Søren", "Noah"]),
]


def test_sorting_happens_in_the_database(database: Database, caseload: Caseload) -> None:
    cases = service(database, caseload)
    for column, descending, expected in SORTS:
        page = cases.page(CaseloadQuery(sort=column, descending=descending))
        assert names(page)[:len(expected)] == expected, column
        assert len(page.rows) == 6


def test_filters(database: Database, caseload: Caseload) -> None:
    cases = service(database, caseload)
    assert names(cases.page(CaseloadQuery(statuses=frozenset({S.COMPLETED})))) == ["Emma"]
    assert names(cases.page(CaseloadQuery(warning=WarningKind.NO_CONTACT))) == ["Kasper"]
    assert names(cases.page(CaseloadQuery(warning=WarningKind.STEPS_OVERDUE))) == ["Liva"]
    assert names(cases.page(CaseloadQuery(warning=WarningKind.ATTENDANCE_DROPPING))) == ["Noah"]
    assert names(cases.page(CaseloadQuery(warning=WarningKind.FOLLOWUP_OVERDUE))) == ["Kasper", "Emma"]
    team = CaseloadQuery(scope=CaseloadScope.REGISTER, caseworker_id=caseload.world.colleague.staff_id)
    assert names(cases.page(team)) == []  # Mette may not see Jonas's caseload without a team role


def test_scopes_follow_the_team_role(database: Database, caseload: Caseload) -> None:
    from neo_desktop.db.models import StaffRole
    with database.transaction() as session:
        role = session.scalar(select(StaffRole).where(StaffRole.staff_id == caseload.world.caseworker.staff_id))
        role.may_view_team = True
    cases = service(database, caseload)
    assert cases.filter_choices().scopes == (CaseloadScope.MINE, CaseloadScope.TEAM, CaseloadScope.ORGANISATION,
                                             CaseloadScope.PROJECT, CaseloadScope.REGISTER)
    assert "Frida" in names(cases.page(CaseloadQuery(scope=CaseloadScope.TEAM)))
    assert "Frida" not in names(cases.page(CaseloadQuery()))
    mine_only = CaseloadQuery(scope=CaseloadScope.ORGANISATION, caseworker_id=caseload.world.colleague.staff_id)
    assert names(cases.page(mine_only)) == ["Frida"]
    assert names(cases.page(CaseloadQuery(scope=CaseloadScope.ORGANISATION, caseworker_id=UNASSIGNED))) == []
    jonas = service(database, caseload, "colleague")
    assert jonas.filter_choices().scopes == (CaseloadScope.MINE, CaseloadScope.REGISTER)
    assert names(jonas.page(CaseloadQuery(scope=CaseloadScope.TEAM))) == ["Frida"]  # not allowed: falls back


SEARCHES = [
    ("kas", ["Kasper"]),
    ("Kasper Holm", ["Kasper"]),
    ("holm kasp", ["Kasper"]),
    ("040301", ["Kasper"]),
    ("040301-4917", ["Kasper"]),
    ("20 30 40", ["Kasper"]),
    ("kasper.holm@exam", ["Kasper"]),
    ("Sø", ["Søren"]),
    ("ÅSA", ["Åsa"]),
    ("zz", []),
    ("%", ["Liva", "Kasper", "Emma", "Noah", "Søren", "Åsa"]),  # nothing to search for: everyone in the scope
]


def test_search_goes_through_the_index(database: Database, caseload: Caseload) -> None:
    cases = service(database, caseload)
    for text, expected in SEARCHES:
        assert names(cases.page(CaseloadQuery(scope=CaseloadScope.REGISTER, search=text))) == expected, text


def test_paging(database: Database, caseload: Caseload) -> None:
    cases = service(database, caseload)
    first = cases.page(CaseloadQuery(), limit=4)
    rest = cases.page(CaseloadQuery(), offset=4, limit=4)
    assert first.total == 6 and rest.total is None
    assert names(first) + names(rest) == ["Liva", "Kasper", "Emma", "Noah", "Søren", "Åsa"]


def test_the_count_of_a_paged_list_is_the_same_whatever_the_sort_and_warning(database: Database,
                                                                           caseload: Caseload) -> None:
    cases = service(database, caseload)
    for warning in (None, *WarningKind):
        for column in CaseloadColumn:
            query = CaseloadQuery(scope=CaseloadScope.REGISTER, sort=column, warning=warning)
            whole = cases.page(query, limit=500)
            assert cases.page(query, limit=1).total == len(whole.rows), (warning, column)


def test_pages_keep_the_order_of_the_whole_list_on_every_column(database: Database, caseload: Caseload) -> None:
    # A page sorts only the ids and then reads those rows' columns: the same order as the one query of the export.
    from neo_desktop.services.caseload_query import Warnings, build_list

    user = caseload.world.caseworker
    cases = service(database, caseload)
    for column in CaseloadColumn:
        for descending in (False, True):
            query = CaseloadQuery(sort=column, descending=descending)
            paged = [row.id for offset in (0, 2, 4) for row in cases.page(query, offset=offset, limit=2).rows]
            with database.transaction() as session:  # (after a page: the stored signals are up to date)
                whole = [row[0] for row in session.execute(
                    build_list(session, user, query, Warnings.load(session, TODAY)).rows)]
            assert paged == whole and len(whole) == 6, (column, descending)


def test_the_start_page(database: Database, caseload: Caseload) -> None:
    page = service(database, caseload).today()
    ids = caseload.ids
    assert [(line.participant_id, line.days) for line in page.of_kind(TodayKind.FOLLOWUP)] == [
        (ids["Kasper"], 2), (ids["Liva"], 0)]
    assert [line.participant_id for line in page.of_kind(TodayKind.SIX_MONTH_FOLLOWUP)] == [ids["Emma"]]
    assert [(line.participant_id, line.detail) for line in page.of_kind(TodayKind.STEP_OVERDUE)] == [
        (ids["Liva"], "Skriv et CV")]
    assert [line.participant_id for line in page.of_kind(TodayKind.PLAN_REVIEW)] == [ids["Liva"]]
    assert [(line.participant_id, line.days) for line in page.of_kind(TodayKind.NO_CONTACT)] == [
        (ids["Kasper"], 30)]
    meetings = page.of_kind(TodayKind.MEETING)
    assert {line.participant_id for line in meetings} == {ids["Kasper"], ids["Noah"]}
    assert all(line.detail == "Netværksgruppen Viborg" for line in meetings)
    assert log_entries(database, AccessAction.SEARCH)[-1].search_criterion == "today page"


def test_reassign_is_all_or_nothing_and_logged(database: Database, caseload: Caseload) -> None:
    cases = service(database, caseload)
    jonas = caseload.world.colleague.staff_id
    ids = caseload.ids
    with pytest.raises(ValidationError) as refused:
        cases.reassign([ids["Kasper"], ids["Frida"]], jonas, "Mette går på barsel")
    assert refused.value.params["count"] == 1
    with pytest.raises(ValidationError):
        cases.reassign([ids["Kasper"]], jonas, "  ")
    assert cases.reassign([ids["Kasper"], ids["Noah"]], jonas, "Mette går på barsel") == 2
    with database.transaction() as session:
        moved = session.scalars(select(Participant).where(Participant.id.in_([ids["Kasper"], ids["Noah"]]))).all()
        assert {p.caseworker_id for p in moved} == {jonas} and {p.version for p in moved} == {2}
        notes = session.scalars(select(JournalEntry).where(JournalEntry.kind == JournalKind.ASSIGNMENT)).all()
        assert {(n.participant_id, n.body, n.subject) for n in notes} == {
            (ids["Kasper"], "Mette går på barsel", "Jonas Krogh"), (ids["Noah"], "Mette går på barsel", "Jonas Krogh")}
    updates = [e for e in log_entries(database, AccessAction.UPDATE) if e.purpose == "reassign"]
    assert {e.participant_id for e in updates} == {ids["Kasper"], ids["Noah"]}
    assert "Mette går på barsel" in updates[0].detail
    assert names(cases.page(CaseloadQuery())) == ["Liva", "Emma", "Søren", "Åsa"]
    with database.transaction() as session:
        assert verify_chain(session).intact  # the bulk entries join the hash chain


def test_export_writes_the_whole_list_and_logs_each_person(database: Database, caseload: Caseload,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "sagsstamme.xlsx"
    columns = ["Navn", "CPR", "Alder", "Status", "Projekt", "Sagsbehandler", "Opfølgning", "Dage", "Delmål",
               "Advarsler"]
    count = service(database, caseload).export(
        CaseloadQuery(warning=WarningKind.FOLLOWUP_OVERDUE), path, columns=columns, title="Sagsstamme",
        labels={"active": "Aktiv", "completed": "Afsluttet", "followup_overdue": "Opfølgning overskredet",
                "no_contact": "Ingen kontakt"})
    assert count == 2
    sheet = load_workbook(path)["Sagsstamme"]
    assert [cell.value for cell in sheet[1]] == columns
    assert [cell.value for cell in sheet[3]][:4] == ["Emma Krog", None, None, "Afsluttet"]
    assert sheet["A2"].value == "Kasper Holm" and sheet["B2"].value == "040301-****" and sheet["C2"].value == 25
    assert sheet["J2"].value == "Opfølgning overskredet, Ingen kontakt"
    exports = log_entries(database, AccessAction.EXPORT)
    assert {e.participant_id for e in exports} == {caseload.ids["Emma"], caseload.ids["Kasper"]}


def test_search_survives_hostile_text_and_changes_nothing(database: Database, caseload: Caseload) -> None:
    from hostile_strings import HOSTILE_STRINGS

    cases = service(database, caseload)
    with database.transaction() as session:
        before = session.execute(select(Participant.id, Participant.first_name).order_by(Participant.id)).all()
    for text in (*HOSTILE_STRINGS, 'NEAR(kasper holm)', 'kasper*', '"kasper" OR "noah"', "-kasper", "kasper:"):
        page = cases.page(CaseloadQuery(scope=CaseloadScope.REGISTER, search=text))
        assert page.total == len(page.rows) <= 7
    with database.transaction() as session:
        assert session.execute(select(Participant.id, Participant.first_name).order_by(Participant.id)).all() == before
    criteria = [e.search_criterion for e in log_entries(database, AccessAction.SEARCH)]
    assert all(len(c) <= 400 and "\x00" not in c for c in criteria)
