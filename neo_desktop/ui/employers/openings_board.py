"""The board of openings: three columns — open, filled, closed — of cards, with search and a type filter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.employer import OpeningStatus, PlacementType
from neo_desktop.services.employer_views import OpeningRow
from neo_desktop.services.openings import OpeningBoard, OpeningFilter, OpeningService

from ..changes import Change, ChangeKind
from ..context import UiContext
from ..labels import label
from ..plans.fields import EnumCombo
from ..plans.wording import short_date
from ..tasks import Task
from .common import RECORD_ID
from .opening_dialog import OpeningDialog

SEARCH_DELAY_MS = 250
COLUMN_COLOURS = {OpeningStatus.OPEN: "#2f7d4a", OpeningStatus.FILLED: "#2f5d8a", OpeningStatus.CLOSED: "#6b6f75"}


class BoardColumn(QFrame):
    """One status: its title with the count, and a card per opening."""

    def __init__(self, status: OpeningStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setStyleSheet(f"color: {COLUMN_COLOURS[status]}; padding: 2px 4px;")
        self.cards = QListWidget()
        self.cards.setWordWrap(False)
        self.cards.setSpacing(3)
        self.cards.setAlternatingRowColors(True)
        self.cards.setUniformItemSizes(False)
        self.cards.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.cards, 1)
        self.count = 0

    def show_rows(self, rows: tuple[OpeningRow, ...], count: int) -> None:
        """Show a card per opening; ``count`` is how many there are in all."""
        self.count = count
        self.cards.clear()
        for row in rows:
            where = f" · {row.municipality}" if row.municipality else ""
            start = " · " + self.tr("from {date}").format(date=short_date(row.starts_on)) if row.starts_on else ""
            places = self.tr("{taken} of {places} taken").format(taken=row.places_taken, places=row.places)
            item = QListWidgetItem(f"{row.title}\n{row.employer_name}{where}{start}\n"
                                   f"{label(row.placement_type)} · {places}")
            item.setToolTip(item.text())
            item.setData(RECORD_ID, row.id)
            item.setSizeHint(QSize(0, self.cards.fontMetrics().lineSpacing() * 3 + 14))
            self.cards.addItem(item)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The title with the count (and how many are shown when the column is cut off)."""
        title = f"{label(self.status)} ({self.count})"
        if self.count > self.cards.count():
            title += " – " + self.tr("the newest {shown} shown").format(shown=self.cards.count())
        self.title.setText(title)


class OpeningsBoard(QWidget):
    """Every opening by status; edit one, change its status, or find candidates for it."""

    status_changed = Signal(str)
    find_candidates = Signal(int)  # an opening's id

    def __init__(self, openings: OpeningService, context: UiContext, *, may_edit: bool, may_match: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.openings, self.context = openings, context
        self.board: OpeningBoard | None = None
        self._task: Task | None = None
        self._stale = True
        self.may_edit = may_edit
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.kind = EnumCombo(PlacementType, empty_text="")
        self.columns = {status: BoardColumn(status) for status in OpeningStatus}
        self.edit_button, self.fill_button, self.close_button = QPushButton(), QPushButton(), QPushButton()
        self.reopen_button, self.candidates_button = QPushButton(), QPushButton()
        for button in (self.edit_button, self.fill_button, self.close_button, self.reopen_button):
            button.setVisible(self.may_edit)
        self.candidates_button.setVisible(may_match)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.kind, 2)
        board = QHBoxLayout()
        for column in self.columns.values():
            board.addWidget(column, 1)
            column.cards.itemSelectionChanged.connect(lambda column=column: self._selected(column))
            column.cards.itemDoubleClicked.connect(lambda _item: self.edit_opening())
        buttons = QHBoxLayout()
        for button in (self.candidates_button, self.edit_button, self.fill_button, self.close_button,
                       self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(board, 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.kind.currentIndexChanged.connect(lambda _index: self.refresh())
        self.edit_button.clicked.connect(self.edit_opening)
        self.fill_button.clicked.connect(lambda: self.set_status(OpeningStatus.FILLED))
        self.close_button.clicked.connect(lambda: self.set_status(OpeningStatus.CLOSED))
        self.reopen_button.clicked.connect(lambda: self.set_status(OpeningStatus.OPEN))
        self.candidates_button.clicked.connect(self._find_candidates)
        context.changes.changed.connect(self._on_change)
        self._update_buttons()
        self.retranslate_ui()

    # Loading ------------------------------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        """True while the board loads."""
        return self._task is not None

    def activate(self) -> None:
        """Load the board when it is first shown or out of date."""
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Load the board again with the current filters."""
        self.cancel_loading()
        self._stale = False
        criteria = OpeningFilter(text=self.search.text(), placement_type=self.kind.value())  # type: ignore[arg-type]
        self.status_changed.emit(self.tr("Loading…"))
        task = self.context.tasks.run(lambda _p, _c: self.openings.board(criteria), name="load openings",
                                      on_result=self._loaded, on_error=self._failed)
        task.finished.connect(lambda: setattr(self, "_task", None) if self._task is task else None)
        self._task = task

    def cancel_loading(self) -> None:
        """Drop a load still running."""
        if self._task is not None:
            self._task.cancel()

    def _loaded(self, board: OpeningBoard) -> None:
        self.board = board
        for status, column in self.columns.items():
            column.show_rows(board.columns[status], board.counts[status])
        self.status_changed.emit(self.tr("{count} openings").format(count=sum(board.counts.values())))
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._stale = True
        self.context.errors.report(error, self.window())

    def _on_change(self, change: Change) -> None:
        if change.kind in (ChangeKind.OPENING, ChangeKind.EMPLOYER, ChangeKind.PLACEMENT):
            self._stale = True
            if self.isVisible():
                self.refresh()

    # Choosing and acting --------------------------------------------------------------------------------------

    def _selected(self, column: BoardColumn) -> None:
        if column.cards.selectedItems():
            for other in self.columns.values():
                if other is not column:
                    other.cards.blockSignals(True)
                    other.cards.clearSelection()
                    other.cards.blockSignals(False)
        self._update_buttons()

    def selected(self) -> tuple[OpeningStatus, int] | None:
        """The chosen card's status and opening id."""
        for status, column in self.columns.items():
            items = column.cards.selectedItems()
            if items:
                return status, items[0].data(RECORD_ID)
        return None

    def select_opening(self, opening_id: int) -> bool:
        """Choose the card of ``opening_id``; False when it is not on the board."""
        for column in self.columns.values():
            for row in range(column.cards.count()):
                if column.cards.item(row).data(RECORD_ID) == opening_id:
                    column.cards.setCurrentRow(row)
                    return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.selected()
        status = chosen[0] if chosen else None
        self.edit_button.setEnabled(chosen is not None)
        self.fill_button.setEnabled(status is OpeningStatus.OPEN)
        self.close_button.setEnabled(status in (OpeningStatus.OPEN, OpeningStatus.FILLED))
        self.reopen_button.setEnabled(status in (OpeningStatus.FILLED, OpeningStatus.CLOSED))
        self.candidates_button.setEnabled(status is OpeningStatus.OPEN)

    def _find_candidates(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.find_candidates.emit(chosen[1])

    def edit_opening(self) -> None:
        """Open the chosen opening's form (loaded in the background first)."""
        chosen = self.selected()
        if chosen is None or not self.may_edit:
            return

        def open_form(view: object) -> None:
            dialog = OpeningDialog(self.openings, self.context, opening=view, parent=self)  # type: ignore[arg-type]
            dialog.done.connect(lambda _v: self.context.changes.announce(ChangeKind.OPENING, [chosen[1]]))
            self.last_dialog = dialog
            dialog.open()

        self.context.tasks.run(lambda _p, _c: self.openings.opening(chosen[1]), name="open opening",
                               on_result=open_form, on_error=self._failed)

    def set_status(self, status: OpeningStatus) -> None:
        """Move the chosen opening to ``status`` (as the user saw it)."""
        chosen = self.selected()
        if chosen is None:
            return
        opening_id = chosen[1]

        def work(_p: object, _c: object) -> object:
            seen = self.openings.opening(opening_id)
            return self.openings.set_status(opening_id, seen.version, status)

        self.context.tasks.run(work, name="opening status", on_error=self._failed,
                               on_result=lambda _v: self.context.changes.announce(ChangeKind.OPENING, [opening_id]))

    # Language -----------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.search.setPlaceholderText(self.tr("Search title, occupation or company"))
        self.kind.retranslate(self.tr("All types"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.fill_button.setText(self.tr("Mark as &filled"))
        self.close_button.setText(self.tr("C&lose"))
        self.reopen_button.setText(self.tr("&Reopen"))
        self.candidates_button.setText(self.tr("Find &candidates"))
        for column in self.columns.values():
            column.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

