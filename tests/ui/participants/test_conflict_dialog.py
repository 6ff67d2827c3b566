"""A colleague saves the same record while the caseworker edits it: the save opens the conflict dialog, which
shows field by field what changed; keeping mine, taking theirs, or merging each lands without losing anything."""

from __future__ import annotations

from dataclasses import replace

import pytest
import shiboken6
from sqlalchemy import select
from ui_helpers import wait_for_tasks

from neo_desktop.db.models import Participant, Staff, StaffRole
from neo_desktop.domain.organisation import Role
from neo_desktop.services.caseload import CaseloadQuery
from neo_desktop.services.participants import ParticipantService
from neo_desktop.services.user import SignedInUser
from neo_desktop.ui.participants.conflict_dialog import ConflictDialog
from neo_desktop.ui.participants.opening import open_record
from neo_desktop.ui.participants.widgets import ERROR_TEXT


def colleague_service(desk, participant_id: int) -> ParticipantService:
    """A second workstation: another caseworker made coordinator of the same young person."""
    with desk.database.transaction() as session:
        other = session.scalar(select(Staff).join(StaffRole).where(
            StaffRole.role == Role.CASEWORKER, Staff.id != desk.services.user.staff_id,
            Staff.organisation_id == desk.services.user.organisation_id))
        session.add(StaffRole(staff_id=other.id, role=Role.COORDINATOR))
        session.get(Participant, participant_id).coordinator_id = other.id
        user = SignedInUser(other.id, other.login_name, other.full_name, other.organisation_id, "",
                            frozenset({Role.CASEWORKER, Role.COORDINATOR}))
    return ParticipantService(desk.database, user)


def editing_window(qtbot, desk):
    participant_id = desk.participant_services.caseload.page(CaseloadQuery()).rows[0].id
    other = colleague_service(desk, participant_id)
    window = open_record(desk.participant_services, desk.context, participant_id)
    qtbot.waitUntil(lambda: window.record is not None and window.record.coordinator is not None, timeout=10_000)
    wait_for_tasks(qtbot, desk.context)
    seen = other.open(participant_id)  # the colleague saves phone and city first
    other.update(seen, replace(seen.data, phone="+45 99 88 77 66", city="Viborg"))
    window.personal.city.setText("Skive")
    window.personal.edited("city")
    window.personal.email.setText("ny@example.org")
    window.personal.edited("email")
    window.save()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "conflict_dialog", None), ConflictDialog)
                    and window.conflict_dialog.isVisible(), timeout=10_000)
    return window, window.conflict_dialog


def stored(desk, window) -> Participant:
    with desk.database.transaction() as session:
        return session.get(Participant, window.participant_id)


def test_the_dialog_shows_each_changed_field(qtbot, desk) -> None:
    window, dialog = editing_window(qtbot, desk)
    assert dialog.names == ["phone", "email", "city"]
    rows = {dialog.table.item(row, 0).text(): [dialog.table.item(row, c).text() for c in (2, 3)]
            for row in range(dialog.table.rowCount())}
    assert rows["Phone"][0] == "+45 99 88 77 66" and rows["City"] == ["Viborg", "Skive"]
    assert dialog.choice("phone") == ConflictDialog.THEIRS  # only they changed it
    assert dialog.choice("email") == ConflictDialog.MINE  # only I did
    assert dialog.choice("city") == ConflictDialog.MINE  # both: mine until I decide
    assert stored(desk, window).city == "Viborg"  # nothing of mine was written yet


@pytest.mark.parametrize(("button", "city", "phone", "email"), [
    ("merge", "Viborg", "+45 99 88 77 66", "ny@example.org"),
    ("keep_mine", "Skive", None, "ny@example.org"),
    ("take_theirs", "Viborg", "+45 99 88 77 66", None),
])
def test_keep_mine_take_theirs_or_merge(qtbot, desk, button: str, city: str, phone: str | None,
                                        email: str | None) -> None:
    window, dialog = editing_window(qtbot, desk)
    original = window.record.data
    dialog.choose("city", ConflictDialog.THEIRS)  # for the merge: their city, the rest as proposed
    getattr(dialog, button).click()
    qtbot.waitUntil(lambda: window.notice.text() == "Saved.", timeout=10_000)
    saved = stored(desk, window)
    assert saved.city == city
    assert saved.phone == (phone or original.phone)
    assert saved.email == (email or original.email)
    assert not window.dirty and window.personal.city.text() == city
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_cancelling_keeps_my_edits_in_the_form(qtbot, desk) -> None:
    window, dialog = editing_window(qtbot, desk)
    dialog.reject()
    assert window.dirty and window.personal.city.text() == "Skive"
    assert "Not saved" in window.notice.text()
    notice = window.notice  # red, like every refusal, even after the grey "Saving…" before it
    assert notice.palette().color(notice.foregroundRole()) == ERROR_TEXT
    assert stored(desk, window).city == "Viborg"
