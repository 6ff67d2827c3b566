"""What each role sees: administrators the Administration (and participants only when also caseworkers),
auditors only the access log; the subject access entry only for those who work with participants."""

from __future__ import annotations

from sqlalchemy import select

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Staff, StaffRole
from neo_desktop.demo import DEMO_LOGINS
from neo_desktop.domain.organisation import Role
from neo_desktop.services.permissions import Area
from neo_desktop.ui.views.administration import AdministrationView


def test_an_administrator_sees_the_administration_but_no_caseload(qtbot, open_main_window) -> None:
    window = open_main_window(DEMO_LOGINS[Role.ADMINISTRATOR.value])
    assert Area.ADMINISTRATION in window.areas
    assert not {Area.CASELOAD, Area.PARTICIPANTS, Area.PLANS, Area.AUDIT} & set(window.areas)
    assert not window.subject_access_action.isVisible()
    view = window.views[Area.ADMINISTRATION]
    assert isinstance(view, AdministrationView)
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Organisations", "Projects", "Staff", "Reference lists", "Plan templates", "Data protection"]
    assert view.data_protection.access_button.isHidden()
    assert "caseworker or coordinator" in view.data_protection.access_note.text()


def test_an_administrator_who_is_also_a_caseworker_sees_both(qtbot, open_main_window,
                                                            demo_database: Database) -> None:
    with demo_database.transaction() as session:
        admin = session.scalars(select(Staff).where(Staff.login_name == DEMO_LOGINS[Role.ADMINISTRATOR.value])).one()
        session.add(StaffRole(staff_id=admin.id, role=Role.CASEWORKER))
    window = open_main_window(DEMO_LOGINS[Role.ADMINISTRATOR.value])
    assert {Area.CASELOAD, Area.PARTICIPANTS, Area.ADMINISTRATION} <= set(window.areas)
    assert Area.AUDIT not in window.areas
    assert window.subject_access_action.isVisible()
    assert not window.views[Area.ADMINISTRATION].data_protection.access_button.isHidden()


def test_an_auditor_sees_only_the_access_log(qtbot, open_main_window) -> None:
    window = open_main_window(DEMO_LOGINS[Role.AUDITOR.value])
    assert window.areas == [Area.AUDIT]
    assert [window.navigation.item(row).text() for row in range(window.navigation.count())] == ["Access log"]
    assert not window.subject_access_action.isVisible()
    assert window.windowTitle() == "Access log – NEO Desktop"


def test_a_secretary_sees_neither(qtbot, open_main_window) -> None:
    window = open_main_window(DEMO_LOGINS[Role.SECRETARY.value])
    assert not {Area.ADMINISTRATION, Area.AUDIT} & set(window.areas)
    assert not window.subject_access_action.isVisible()
