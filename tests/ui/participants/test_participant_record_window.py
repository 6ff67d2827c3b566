"""The record window on the demo data: mistakes explained as they are typed, saving, the status flow with its
exit questions, a note one shortcut away, and the special-category fields marked."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select
from ui_helpers import wait_for_tasks

from neo_desktop.db.models import JournalEntry, Participant
from neo_desktop.domain.participant import ExitOutcome, ParticipantStatus
from neo_desktop.services.caseload import CaseloadQuery
from neo_desktop.ui.participants.course_dialogs import StatusDialog
from neo_desktop.ui.participants.note_dialog import NoteDialog
from neo_desktop.ui.participants.opening import open_record
from neo_desktop.ui.participants.record_window import ParticipantWindow


def open_window(qtbot, desk, status: ParticipantStatus = ParticipantStatus.ACTIVE) -> ParticipantWindow:
    rows = desk.participant_services.caseload.page(CaseloadQuery(statuses=frozenset({status}))).rows
    window = open_record(desk.participant_services, desk.context, rows[0].id)
    qtbot.waitUntil(lambda: window.record is not None, timeout=10_000)
    wait_for_tasks(qtbot, desk.context)
    return window


def stored(desk, participant_id: int) -> Participant:
    with desk.database.transaction() as session:
        return session.get(Participant, participant_id)


def test_mistakes_are_explained_while_typing_and_the_save_lands(qtbot, desk) -> None:
    window = open_window(qtbot, desk)
    form = window.personal
    assert form.identity_number.text().endswith("-****") and form.identity_number.isReadOnly()
    form.phone.clear()
    qtbot.keyClicks(form.phone, "12 34")
    message = form.fields["phone"].message
    assert message.isVisible() and "6 to 15 digits" in message.text()
    assert window.save_button.isEnabled() and window.windowTitle().startswith("* ")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # refused before any saving
    assert "Correct the marked field" in window.notice.text()
    qtbot.keyClicks(form.phone, " 56 78")
    assert not message.isVisible()
    form.reveal_identity_number()
    assert not form.identity_number.isReadOnly() and "****" not in form.identity_number.text()
    form.identity_number.selectAll()
    qtbot.keyClicks(form.identity_number, "311302-1234")
    assert "not a real date" in form.fields["identity_number"].message.text()
    form.identity_number.setText(window.record.data.identity_number or "")
    form.edited("identity_number")
    window.save()
    qtbot.waitUntil(lambda: window.notice.text() == "Saved.", timeout=10_000)
    assert stored(desk, window.participant_id).phone == "12 34 56 78"
    assert not window.dirty and not window.save_button.isEnabled()


def test_leaving_asks_for_exit_date_and_outcome(qtbot, desk) -> None:
    window = open_window(qtbot, desk)
    window.tabs.setCurrentIndex(2)
    button = next(b for b in window.course.findChildren(QPushButton) if b.property("status") == "completed")
    button.click()
    [dialog] = [d for d in window.findChildren(StatusDialog) if d.isVisible()]
    assert dialog.leaving and dialog.outcome.currentText() == "Choose…"
    dialog.submitted.emit()  # no outcome chosen
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Leaving the project needs the outcome"),
                    timeout=10_000)
    dialog.outcome.set_value(ExitOutcome.EDUCATION)
    dialog.submitted.emit()
    qtbot.waitUntil(lambda: window.record.status is ParticipantStatus.COMPLETED, timeout=10_000)
    assert not dialog.isVisible()
    assert window.record.followup_due_on is not None and window.record.exit_outcome is ExitOutcome.EDUCATION
    assert "six-month follow-up due" in window.course.dates_label.text()


def test_a_note_is_one_shortcut_away(qtbot, desk) -> None:
    window = open_window(qtbot, desk)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in window.findChildren(NoteDialog) if d.isVisible())
    assert dialog.sensitive.width() >= dialog.sensitive.sizeHint().width()  # the choice is readable to its end
    assert dialog.sensitive_hint.isVisible() and "Only the organisation" in dialog.sensitive_hint.text()
    qtbot.keyClicks(dialog.body, "Ringede om praktik hos Bilka")
    dialog.sensitive.setChecked(True)
    qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: window.journal.model.entry(0) is not None
                    and window.journal.model.entry(0).body == "Ringede om praktik hos Bilka", timeout=10_000)
    assert window.journal.model.entry(0).sensitive
    with desk.database.transaction() as session:
        note = session.scalars(select(JournalEntry).where(JournalEntry.participant_id == window.participant_id)
                               .order_by(JournalEntry.id.desc())).first()
        assert note.body == "Ringede om praktik hos Bilka" and note.sensitive


def test_the_journal_filters_its_own_rows(qtbot, desk) -> None:
    window = open_window(qtbot, desk)
    journal = window.journal
    everything = journal.model.rowCount()
    assert everything > 3
    journal.kind_filter.setCurrentIndex(journal.kind_filter.findData("contact"))
    assert 0 < journal.model.rowCount() < everything
    assert all(journal.model.entry(r).kind.value == "contact" for r in range(journal.model.rowCount()))
    journal.kind_filter.setCurrentIndex(0)
    journal.word_filter.setText("zzzz")
    assert journal.model.rowCount() == 0 and journal.count_label.text() == "0 entries"


def test_special_category_fields_are_marked(qtbot, desk) -> None:
    window = open_window(qtbot, desk)
    labels = window.background.fields
    assert labels["has_disability"].label.text().startswith("◆")
    assert labels["is_minority"].label.text().startswith("◆")
    assert not labels["rural_area"].label.text().startswith("◆")
    assert "GDPR Art. 9" in window.background.sensitive_note.text()
