"""The caseload view on the demo data: Today opens records, the list sorts and filters in the database,
search as you type, hand-over of selected young people, and the export read back from the workbook."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QHeaderView
from sqlalchemy import select
from ui_helpers import wait_for_tasks

from neo_desktop.db.models import Participant
from neo_desktop.domain.participant_rules import WarningKind
from neo_desktop.services.caseload import CaseloadColumn, CaseloadScope
from neo_desktop.ui.caseload.list_model import COLUMNS
from neo_desktop.ui.participants.record_window import ParticipantWindow
from neo_desktop.ui.views.caseload import CaseloadView
from neo_desktop.ui.views.participants import ParticipantsView


def shown_view(qtbot, desk, cls: type = CaseloadView):
    view = cls(desk.services, desk.context)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.activate()
    wait_for_tasks(qtbot, desk.context)
    return view


def names(view) -> list[str]:
    return [row.name for row in view.model.rows]


def test_today_lines_open_the_record(qtbot, desk) -> None:
    view = shown_view(qtbot, desk)
    tree = view.today.tree
    assert tree.topLevelItemCount() >= 3
    first_section = tree.topLevelItem(0).text(0)
    assert first_section.startswith("Follow-ups due today or overdue (")
    line = tree.currentItem()
    assert line is not None and line.parent() is tree.topLevelItem(0)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(w.record is not None for w in record_windows()), timeout=10_000)
    assert [w.record.name for w in record_windows()] == [line.text(0)]


def record_windows() -> list[ParticipantWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ParticipantWindow) and w.isVisible()]


def test_sorting_and_filtering_ask_the_database(qtbot, desk) -> None:
    view = shown_view(qtbot, desk)
    view.tabs.setCurrentIndex(1)
    assert names(view) == sorted(names(view), key=lambda n: (n.split()[-1], n))  # by last name
    header = view.list.table.horizontalHeader()
    column = COLUMNS.index(CaseloadColumn.DAYS_SINCE_CONTACT)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=section_centre(header, column))
    days = [row.days_since_contact for row in view.model.rows if row.days_since_contact is not None]
    assert days == sorted(days) and len(days) > 3  # fewest days first; none at the end
    filters = view.list.filters
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        filters.warning.setCurrentIndex(filters.warning.findData(WarningKind.STEPS_OVERDUE.value))
    assert view.model.rows and all(WarningKind.STEPS_OVERDUE in row.warnings for row in view.model.rows)
    assert "Plan steps overdue" in view.model.data(view.model.index(0, COLUMNS.index(CaseloadColumn.WARNINGS)))


def section_centre(header: QHeaderView, column: int) -> QPoint:
    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)


def test_search_as_you_type_over_the_register(qtbot, desk) -> None:
    view = shown_view(qtbot, desk, ParticipantsView)
    everyone = view.model.total
    first = view.model.rows[0]
    typed = first.name.split()[-1][:4]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.keyClicks(view.search_box, typed)
    assert 0 < view.model.total < everyone
    assert all(any(word.lower().startswith(typed.lower()) for word in row.name.split()) for row in view.model.rows)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.search_box.clear()
        qtbot.keyClicks(view.search_box, first.identity_number[:6])
    assert first.name in names(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.search_box.clear()
        qtbot.keyClicks(view.search_box, "zzzzqq")
    assert view.model.rowCount() == 0 and view.list.count_label.text() == "In the list: 0"


def test_handing_over_selected_young_people(qtbot, desk) -> None:
    view = shown_view(qtbot, desk)
    view.tabs.setCurrentIndex(1)
    before = view.model.total
    chosen = [view.model.row_id(0), view.model.row_id(1)]
    table = view.list.table
    table.selectRow(0)
    table.selectionModel().select(view.model.index(1, 0), table.selectionModel().SelectionFlag.Select
                                  | table.selectionModel().SelectionFlag.Rows)
    assert view.list.reassign_button.isEnabled()
    dialog = view.list.reassign()
    assert dialog.heading.text().startswith("Hand 2 young people over")
    me = desk.services.user.full_name
    colleague = next(i for i in range(dialog.caseworker.count()) if dialog.caseworker.itemText(i) != me)
    dialog.caseworker.setCurrentIndex(colleague)
    new_caseworker = dialog.caseworker.itemData(colleague)
    dialog.buttons.accepted.emit()  # OK without a reason: refused in the dialog
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "Write why" in dialog.message.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "Ny fordeling efter sommerferien")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert view.model.total == before - 2
    with desk.database.transaction() as session:
        assert set(session.scalars(select(Participant.caseworker_id).where(Participant.id.in_(chosen)))) == {
            new_caseworker}


def test_export_writes_the_whole_filtered_list(qtbot, desk, tmp_path: Path) -> None:
    view = shown_view(qtbot, desk)
    view.tabs.setCurrentIndex(1)
    path = tmp_path / "caseload.xlsx"
    view.list.export(str(path))
    wait_for_tasks(qtbot, desk.context)
    qtbot.waitUntil(lambda: "exported" in view.list.count_label.text(), timeout=10_000)
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Name", "Identity number", "Age", "Status")
    assert [row[0] for row in rows[1:]] == names(view)
    assert all(row[1].endswith("-****") for row in rows[1:] if row[1])
    assert {row[3] for row in rows[1:]} <= {"Referred", "Intake", "Active", "Paused"}


def test_a_wider_scope_shows_the_team_s_young_people(qtbot, desk) -> None:
    view = shown_view(qtbot, desk)
    view.tabs.setCurrentIndex(1)
    scope = view.list.filters.scope
    assert scope.isVisible() and scope.currentText() == "My caseload"
    mine = view.model.total
    me = desk.services.user.full_name
    assert {row.caseworker for row in view.model.rows} == {me}
    wider = next(i for i in range(scope.count()) if scope.itemData(i) != CaseloadScope.MINE.value)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        scope.setCurrentIndex(wider)
    assert view.model.total > mine
    assert len({row.caseworker for row in view.model.rows}) > 1


def test_column_titles_are_whole_in_danish(qtbot, desk) -> None:
    desk.context.languages.install("da")
    view = shown_view(qtbot, desk)
    view.tabs.setCurrentIndex(1)  # the list is sized when it is first seen
    header = view.list.table.horizontalHeader()
    titles = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert titles[1] == "CPR-/personnummer" and titles[-2] == "Delmål over tid"
    for column, title in enumerate(titles[:-1]):
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title
    date_column = COLUMNS.index(CaseloadColumn.NEXT_FOLLOWUP)
    dates = [view.model.data(view.model.index(r, date_column)) for r in range(view.model.rowCount())]
    assert all(len(d) == 10 and d[2] == d[5] == "." for d in dates if d)  # 24.11.2026, not 24/11/2026
