"""The record's course tab on the demo data: the eligibility check explained and redone as the form is typed,
consents given and withdrawn, the NGO coordinator assigned, and the six-month follow-up after leaving."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QHeaderView
from sqlalchemy import select
from ui_helpers import wait_for_tasks

from neo_desktop.db.models import Consent, JournalEntry, Participant
from neo_desktop.domain.participant import ExitOutcome, JournalKind, ParticipantStatus
from neo_desktop.services.caseload import CaseloadQuery
from neo_desktop.ui.participants.course_dialogs import ConsentDialog, FollowupDialog
from neo_desktop.ui.participants.opening import open_record
from neo_desktop.ui.participants.record_window import ParticipantWindow
from neo_desktop.ui.participants.widgets import date_text


def open_window(qtbot, desk, status: ParticipantStatus = ParticipantStatus.ACTIVE, *,
                followup_due: bool = False) -> ParticipantWindow:
    rows = desk.participant_services.caseload.page(CaseloadQuery(statuses=frozenset({status}))).rows
    records = desk.participant_services.records
    row = next(r for r in rows if not followup_due or records.open(r.id).followup_done_on is None)
    window = open_record(desk.participant_services, desk.context, row.id)
    window.resize(980, 720)
    qtbot.waitUntil(lambda: window.record is not None and window.course.caseworker.count() > 1, timeout=10_000)
    wait_for_tasks(qtbot, desk.context)
    return window


def visible(window: ParticipantWindow, kind: type):
    return next(d for d in window.findChildren(kind) if d.isVisible())


def test_eligibility_is_explained_and_redone_as_the_form_changes(qtbot, desk) -> None:
    window = open_window(qtbot, desk)
    course = window.course
    record = window.record
    assert course.verdict_label.text().endswith(">Eligible</b>")
    assert "Judged on the referral date" in course.reasons_label.text()
    # Unemployed for only one month when referred: under 25 needs at least three.
    since = window.background.unemployed_since
    since.clear()
    qtbot.keyClicks(since, (record.data.referred_on - timedelta(days=35)).strftime("%d-%m-%Y"))
    assert "Not eligible" in course.verdict_label.text()
    assert "✗ Aged" in course.reasons_label.text() and "needs at least 3 months" in course.reasons_label.text()
    assert window.dirty  # nothing saved until the user saves


def test_a_consent_is_given_and_withdrawn(qtbot, desk) -> None:
    window = open_window(qtbot, desk)
    window.tabs.setCurrentIndex(2)
    course = window.course
    before = course.consents.rowCount()
    course.add_consent_button.click()
    dialog = visible(window, ConsentDialog)
    dialog.buttons.accepted.emit()  # nothing written about what may be shared: refused in the dialog
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert dialog.isVisible()
    partner = dialog.partner.currentText()
    qtbot.keyClicks(dialog.scope, "Plan og fremmøde")
    dialog.expires_on.set_value(date.today() + timedelta(days=365))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: course.consents.rowCount() == before + 1, timeout=10_000)
    assert not dialog.isVisible()
    row = next(r for r in range(course.consents.rowCount()) if course.consents.item(r, 1).text() == "Plan og fremmøde")
    assert course.consents.item(row, 0).text() == partner and course.consents.item(row, 4).text() == "In force"
    # The column with what may be shared is as wide as the table leaves, not squeezed to "…".
    assert course.consents.horizontalHeader().sectionResizeMode(1) is QHeaderView.ResizeMode.Stretch
    assert course.consents.columnWidth(1) > 200
    course.consents.selectRow(row)
    course.withdraw_button.click()
    qtbot.waitUntil(lambda: any(course.consents.item(r, 4).text() == "Withdrawn"
                                for r in range(course.consents.rowCount())), timeout=10_000)
    with desk.database.transaction() as session:
        consent = session.scalar(select(Consent).where(Consent.participant_id == window.participant_id,
                                                       Consent.scope == "Plan og fremmøde"))
        assert consent.withdrawn_on == date.today()


def test_the_coordinator_is_assigned_with_a_reason(qtbot, desk) -> None:
    window = open_window(qtbot, desk)
    course = window.course
    current = window.record.coordinator.id if window.record.coordinator else None
    other = next(i for i in range(1, course.coordinator.count()) if course.coordinator.itemData(i) != current)
    course.coordinator.setCurrentIndex(other)
    chosen = course.coordinator.itemData(other)
    qtbot.keyClicks(course.reason, "Tovholder skiftet efter aftale")
    course.assign_button.click()
    qtbot.waitUntil(lambda: window.record.coordinator is not None and window.record.coordinator.id == chosen,
                    timeout=10_000)
    wait_for_tasks(qtbot, desk.context)
    with desk.database.transaction() as session:
        assert session.get(Participant, window.participant_id).coordinator_id == chosen
        latest = session.scalars(select(JournalEntry).where(JournalEntry.participant_id == window.participant_id)
                                 .order_by(JournalEntry.id.desc())).first()
        assert latest.kind is JournalKind.ASSIGNMENT and "Tovholder skiftet efter aftale" in (latest.body or "")
    # ... and the journal tab shows it first, without reopening the record.
    qtbot.waitUntil(lambda: window.journal.model.entry(0) is not None
                    and window.journal.model.entry(0).kind is JournalKind.ASSIGNMENT, timeout=10_000)


def test_the_six_month_follow_up_after_leaving(qtbot, desk) -> None:
    window = open_window(qtbot, desk, ParticipantStatus.COMPLETED, followup_due=True)
    window.tabs.setCurrentIndex(2)
    course = window.course
    assert course.followup_button.isVisible()
    assert "six-month follow-up due" in course.dates_label.text()
    course.followup_button.click()
    dialog = visible(window, FollowupDialog)
    dialog.outcome.set_value(ExitOutcome.EDUCATION)
    dialog.improved.setChecked(True)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: window.record.followup_done_on == date.today(), timeout=10_000)
    assert not dialog.isVisible() and not course.followup_button.isVisible()
    assert f"followed up {date_text(date.today())}: In education or training" in course.dates_label.text()
