"""Matchmaking both ways: openings ranked for a young person, or candidates ranked for an opening, every
suggestion with its reasons (✓ for, ✗ against); propose one, then answer and place from the panels below."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.domain.employer import OpeningStatus
from neo_desktop.services.matchmaking import MatchmakingService, RankedCandidates, RankedOpenings, Suggestion
from neo_desktop.services.openings import OpeningService
from neo_desktop.services.overview import OverviewService
from neo_desktop.services.placements import PlacementService
from neo_desktop.services.plans import PlanService

from ..changes import Change, ChangeKind
from ..context import UiContext
from ..labels import label
from .common import RECORD_ID, reason_colour, reason_text
from .match_actions import PlacementsPanel, ProposalsPanel

EXCLUDED_COLOUR = Qt.GlobalColor.darkGray


class MatchmakingPanel(QWidget):
    """Choose a young person or an opening; see the ranked matches with reasons; propose, answer, place."""

    status_changed = Signal(str)
    matched = Signal(object)  # the RankedOpenings or RankedCandidates shown

    def __init__(self, matchmaking: MatchmakingService, openings: OpeningService, placements: PlacementService,
                 plans: PlanService, overview: OverviewService, context: UiContext, *,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matchmaking, self.openings, self.overview, self.context = matchmaking, openings, overview, context
        self.result: RankedOpenings | RankedCandidates | None = None
        self._choices_loaded = False
        self.for_person, self.for_opening = QRadioButton(), QRadioButton()
        self.for_person.setChecked(True)
        self.person = QComboBox()
        self.person.setMinimumContentsLength(22)
        self.opening = QComboBox()
        self.opening.setMinimumContentsLength(40)
        for combo in (self.person, self.opening):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 60)
        self.hours.setDecimals(1)
        self.hours.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 9) + 30)
        self.hours_label = QLabel()
        self.hours_label.setBuddy(self.hours)
        self.find_button = QPushButton()
        self.show_excluded = QCheckBox()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.propose_button = QPushButton()
        self.proposals = ProposalsPanel(matchmaking, context, today=today)
        self.placements = PlacementsPanel(placements, plans, context, today=today)
        self.proposals.placed.connect(lambda person_id: self.placements.load(person_id))

        choose = QHBoxLayout()
        for widget in (self.for_person, self.person, self.for_opening, self.opening):
            choose.addWidget(widget)
        choose.addSpacing(12)
        choose.addWidget(self.hours_label)
        choose.addWidget(self.hours)
        choose.addWidget(self.find_button)
        choose.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.propose_button)
        actions.addWidget(self.show_excluded)
        actions.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(choose)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.tree, 1)
        top_layout.addLayout(actions)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.proposals)
        bottom.addWidget(self.placements)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(splitter)

        self.for_person.toggled.connect(self._mode_changed)
        self.find_button.clicked.connect(self.find)
        self.person.activated.connect(lambda _index: self.find())
        self.opening.activated.connect(lambda _index: self.find())
        self.show_excluded.toggled.connect(lambda _on: self._show())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.propose_button.clicked.connect(self.propose)
        context.changes.changed.connect(self._on_change)
        self._mode_changed()
        self.retranslate_ui()

    # Choices ------------------------------------------------------------------------------------------------

    def activate(self) -> None:
        """Load the young people of the caseload and the open openings when first shown."""
        if not self._choices_loaded:
            self.load_choices()

    def load_choices(self) -> None:
        """Fill the two drop-downs (the caseload, the open openings) in the background."""
        self._choices_loaded = True

        def work(_p: object, _c: object) -> tuple[object, object]:
            return self.overview.caseload(), self.openings.board().columns[OpeningStatus.OPEN]

        self.context.tasks.run(work, name="matchmaking choices", on_result=self._choices,
                               on_error=lambda e: self.context.errors.report(e, self.window()))

    def _choices(self, result: tuple[object, object]) -> None:
        caseload, openings = result
        person, opening = self.person.currentData(), self.opening.currentData()
        self.person.clear()
        for name, person_id in zip(caseload.column_values("Name"), caseload.record_ids, strict=True):  # type: ignore[attr-defined]
            self.person.addItem(name, person_id)
        self.opening.clear()
        for row in sorted(openings, key=lambda row: (row.title.casefold(), row.employer_name)):  # type: ignore[attr-defined]
            self.opening.addItem(f"{row.title} — {row.employer_name}", row.id)
        for combo, value in ((self.person, person), (self.opening, opening)):
            if value is not None and combo.findData(value) >= 0:
                combo.setCurrentIndex(combo.findData(value))

    def choose_person(self, participant_id: int) -> None:
        """Rank openings for ``participant_id``."""
        self.for_person.setChecked(True)
        if self.person.findData(participant_id) < 0:
            self.person.addItem(str(participant_id), participant_id)
        self.person.setCurrentIndex(self.person.findData(participant_id))
        self.find()

    def choose_opening(self, opening_id: int, title: str = "") -> None:
        """Rank candidates for ``opening_id``."""
        self.for_opening.setChecked(True)
        if self.opening.findData(opening_id) < 0:
            self.opening.addItem(title or str(opening_id), opening_id)
        self.opening.setCurrentIndex(self.opening.findData(opening_id))
        self.find()

    def _mode_changed(self) -> None:
        person = self.for_person.isChecked()
        self.person.setEnabled(person)
        self.hours.setEnabled(person)
        self.opening.setEnabled(not person)
        self.placements.setVisible(person)

    # Matching -----------------------------------------------------------------------------------------------

    def find(self) -> None:
        """Rank, for the chosen young person or opening, in the background."""
        if self.for_person.isChecked():
            person_id, hours = self.person.currentData(), self.hours.value() or None
            if person_id is None:
                return
            work = lambda _p, _c: self.matchmaking.openings_for(person_id, hours_per_week=hours)  # noqa: E731
            self.proposals.load(participant_id=person_id)
            self.placements.load(person_id)
        else:
            opening_id = self.opening.currentData()
            if opening_id is None:
                return
            work = lambda _p, _c: self.matchmaking.candidates_for(opening_id)  # noqa: E731
            self.proposals.load(opening_id=opening_id)
        self.status_changed.emit(self.tr("Matching…"))
        self.context.tasks.run(work, name="matchmaking", on_result=self._matched,
                               on_error=lambda e: self.context.errors.report(e, self.window()))

    def _matched(self, result: RankedOpenings | RankedCandidates) -> None:
        self.result = result
        self._show()
        self.matched.emit(result)

    def _show(self) -> None:
        self.tree.clear()
        result = self.result
        if result is None:
            self.summary.clear()
            return
        by_person = isinstance(result, RankedOpenings)
        shown = list(result.suggestions) + (list(result.excluded) if self.show_excluded.isChecked() else [])
        for suggestion in shown:
            item = self._item(suggestion, by_person)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)  # the reasons are the point: show them
        if not shown:
            empty = QTreeWidgetItem(["", self.tr("Nothing fits: every open opening is ruled out.") if by_person
                                     else self.tr("Nobody you work with fits this opening.")])
            empty.setForeground(1, QBrush(EXCLUDED_COLOUR))
            self.tree.addTopLevelItem(empty)
        if by_person:
            text = self.tr("{count} open openings looked at for {name}: {fits} fit, {out} ruled out.")
            name = result.participant.name  # type: ignore[union-attr]
        else:
            text = self.tr("{count} young people you work with looked at for {name}: {fits} fit, {out} ruled out.")
            name = result.opening.title  # type: ignore[union-attr]
        self.summary.setText(text.format(count=result.considered, name=name, fits=len(result.suggestions),
                                         out=len(result.excluded)))
        self.status_changed.emit(self.tr("{count} matches").format(count=len(result.suggestions)))
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()

    def _item(self, suggestion: Suggestion, by_person: bool) -> QTreeWidgetItem:
        match = suggestion.match
        if by_person:
            opening = suggestion.opening
            what, where = opening.title, f"{opening.employer_name} · {opening.municipality or ''}".rstrip(" ·")
        else:
            person = suggestion.participant
            what, where = person.name, person.municipality or ""
        answer = label(suggestion.proposal_status) if suggestion.proposal_status else ""
        item = QTreeWidgetItem(["–" if match.excluded else str(match.score), what, where, answer])
        record_id = suggestion.opening.opening_id if by_person else suggestion.participant.participant_id
        item.setData(0, RECORD_ID, record_id)
        item.setData(1, RECORD_ID, suggestion)
        item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = QFont(item.font(1))
        font.setWeight(QFont.Weight.DemiBold)
        item.setFont(1, font)
        if match.excluded:
            for column in range(4):
                item.setForeground(column, QBrush(EXCLUDED_COLOUR))
        for reason in match.reasons:
            child = QTreeWidgetItem(["", reason_text(reason)])
            child.setForeground(1, QBrush(reason_colour(reason)))
            child.setFirstColumnSpanned(False)
            item.addChild(child)
        return item

    def chosen(self) -> Suggestion | None:
        """The selected suggestion (its reasons' rows count as it)."""
        items = self.tree.selectedItems()
        if not items:
            return None
        item = items[0].parent() or items[0]
        return item.data(1, RECORD_ID)

    def select_first(self) -> None:
        """Select the best match."""
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _update_buttons(self) -> None:
        suggestion = self.chosen()
        self.propose_button.setEnabled(suggestion is not None and not suggestion.match.excluded)

    def propose(self) -> None:
        """Propose the chosen match; the proposal keeps the reasons as they are now."""
        suggestion = self.chosen()
        if suggestion is None or suggestion.match.excluded:
            return
        person_id, opening_id = suggestion.participant.participant_id, suggestion.opening.opening_id
        hours = self.hours.value() or None if self.for_person.isChecked() else None
        self.context.tasks.run(
            lambda _p, _c: self.matchmaking.propose(person_id, opening_id, hours_per_week=hours), name="propose",
            on_result=self._proposed, on_error=lambda e: self.context.errors.report(e, self.window()))

    def _proposed(self, proposal: object) -> None:
        self.context.changes.announce(ChangeKind.OPENING, initiator=self)
        self.proposals.reload()
        self.find()
        self.last_proposal = proposal

    def _on_change(self, change: Change) -> None:
        if change.kind in (ChangeKind.OPENING, ChangeKind.PLACEMENT) and change.initiator is not self:
            self._choices_loaded = False
            if self.isVisible():
                self.load_choices()

    # Language -----------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.for_person.setText(self.tr("Openings for &young person:"))
        self.for_opening.setText(self.tr("Candidates for &opening:"))
        self.hours_label.setText(self.tr("&Hours a week:"))
        self.hours.setSpecialValueText(self.tr("As before"))
        self.hours.setToolTip(self.tr("How many hours a week the young person can work; \"As before\" takes the "
                                      "hours of their latest placement."))
        self.find_button.setText(self.tr("&Find matches"))
        self.show_excluded.setText(self.tr("Show the &ruled-out ones"))
        self.propose_button.setText(self.tr("&Propose"))
        self.tree.setHeaderLabels([self.tr("Score"), self.tr("Match and reasons"), self.tr("Where"),
                                   self.tr("Proposal")])
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
