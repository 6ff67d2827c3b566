"""The meetings area driven through its widgets on the demo data: minutes written, sent for review, approved and
locked; a new meeting planned with the group's open actions carried into its agenda; the pack built and cancelled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from ui_helpers import wait_for_tasks

from neo_desktop.db.engine import Database
from neo_desktop.demo import DEMO_LOGINS
from neo_desktop.domain.meeting import MinutesStatus
from neo_desktop.domain.organisation import Role
from neo_desktop.services.meeting_views import MeetingView
from neo_desktop.services.meetings import MeetingService
from neo_desktop.services.permissions import Area
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.main_window import MainWindow
from neo_desktop.ui.meetings.editor import MeetingEditor
from neo_desktop.ui.views.meetings import MeetingsView

OpenAs = Callable[[str], MainWindow]


def meetings_view(qtbot, open_main_window: OpenAs) -> MeetingsView:
    window = open_main_window(DEMO_LOGINS[Role.SECRETARY.value])
    view = window.views[Area.MEETINGS]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.show_area(Area.MEETINGS)
    return view


def open_editor(qtbot, view: MeetingsView, meeting_id: int) -> MeetingEditor:
    editor = view.open_meeting(meeting_id)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.view is not None and editor.candidates is not None, timeout=10_000)
    return editor


def steering_meeting(view: MeetingsView) -> int:
    """The regional steering group's latest held meeting (its minutes are still a draft in the demo data)."""
    table = view.model.table
    return next(record for record, row in zip(table.record_ids, table.rows, strict=True)
                if row[1] == "Styregruppen for NEO Midt" and row[0] < datetime.now() and row[3] == MinutesStatus.DRAFT)


def test_minutes_are_written_sent_for_review_approved_and_locked(qtbot, open_main_window: OpenAs,
                                                                   ui_context: UiContext) -> None:
    view = meetings_view(qtbot, open_main_window)
    editor = open_editor(qtbot, view, steering_meeting(view))
    assert editor.view.minutes_status is MinutesStatus.DRAFT
    agenda = editor.agenda_tab
    agenda.items.setCurrentRow(1)
    agenda.minutes_edit.setPlainText("Referatet fra sidste møde blev godkendt uden bemærkninger.")
    with qtbot.waitSignal(editor.changed, timeout=10_000):
        qtbot.mouseClick(agenda.save_minutes_button, Qt.MouseButton.LeftButton)
    assert editor.view.agenda[1].minutes == "Referatet fra sidste møde blev godkendt uden bemærkninger."

    with qtbot.waitSignal(editor.changed, timeout=10_000):
        qtbot.mouseClick(editor.review_button, Qt.MouseButton.LeftButton)
    assert editor.view.minutes_status is MinutesStatus.IN_REVIEW
    assert "out for review" in editor.state_label.text()
    assert agenda.minutes_edit.isReadOnly() and not agenda.add_button.isEnabled()
    assert editor.approve_button.isEnabled() and editor.draft_button.isEnabled()

    with qtbot.waitSignal(editor.changed, timeout=10_000):
        qtbot.mouseClick(editor.approve_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ui_context)
    assert editor.view.locked and "locked" in editor.state_label.text()
    for widget in (agenda.save_minutes_button, agenda.add_button, editor.review_button, editor.approve_button,
                   editor.title_edit, editor.attendance_tab.save_button, editor.decisions_tab.add_button):
        assert not widget.isEnabled()
    assert editor.actions_tab.done_button.isEnabled()  # following up actions is not changing the minutes
    # The list shows the new state once it has heard of the change.
    qtbot.waitUntil(lambda: "Approved" in [view.model.data(view.model.index(r, 3))
                                           for r in range(view.model.rowCount())
                                           if view.model.record_id(r) == editor.meeting_id], timeout=10_000)


def test_a_new_meeting_carries_the_groups_open_actions_into_its_agenda(
        qtbot, open_main_window: OpenAs, ui_context: UiContext, demo_database: Database) -> None:
    view = meetings_view(qtbot, open_main_window)
    qtbot.waitUntil(lambda: bool(view.groups), timeout=10_000)
    group = next(g for g in view.groups if g.name == "Styregruppen for NEO Midt")
    service = MeetingService(demo_database, view.services.user)
    open_actions = service.open_actions(group.id)
    assert open_actions, "the demo group has open actions"
    dialog = view.plan_meeting()
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(group.id))
    qtbot.keyClicks(dialog.title_edit, "Styregruppemøde i december")
    dialog.location_edit.setText("Foreningen Ungebroen, mødelokale 1")
    before = set(view.editors)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(set(view.editors) - before), timeout=10_000)
    editor = view.editors[(set(view.editors) - before).pop()]
    qtbot.waitUntil(lambda: editor.view is not None, timeout=10_000)
    shown = [editor.agenda_tab.items.item(row).text() for row in range(editor.agenda_tab.items.count())]
    for action in open_actions:
        assert any(f"Opfølgning: {action.title}" in text for text in shown), (action.title, shown)
    carried: MeetingView = editor.view
    assert {item.carried_action_id for item in carried.agenda} >= {action.id for action in open_actions}
    assert editor.title_label.text() == "Styregruppemøde i december"
    wait_for_tasks(qtbot, ui_context)


def test_the_pack_builds_in_the_background_opens_both_files_and_can_be_cancelled(
        qtbot, open_main_window: OpenAs, ui_context: UiContext, tmp_path: Path) -> None:
    view = meetings_view(qtbot, open_main_window)
    editor = open_editor(qtbot, view, steering_meeting(view))
    opened: list[Path] = []
    editor.pack.open_file = opened.append
    with qtbot.waitSignal(editor.pack.built, timeout=30_000) as built:
        task = editor.pack.build(editor.meeting_id, tmp_path / "pack.pdf", tmp_path / "pack.xlsx")
        assert task.progress_dialog is not None and task.progress_dialog.isVisible()
    assert opened == [tmp_path / "pack.pdf", tmp_path / "pack.xlsx"]
    assert built.args[0].pages >= 5 and (tmp_path / "pack.xlsx").stat().st_size > 0

    with qtbot.waitSignal(editor.pack.cancelled, timeout=30_000):
        task = editor.pack.build(editor.meeting_id, tmp_path / "second.pdf", tmp_path / "second.xlsx")
        qtbot.mouseClick(task.progress_dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # its Cancel
    wait_for_tasks(qtbot, ui_context)
    assert not (tmp_path / "second.pdf").exists() and not (tmp_path / "second.xlsx").exists()
    assert opened == [tmp_path / "pack.pdf", tmp_path / "pack.xlsx"]
