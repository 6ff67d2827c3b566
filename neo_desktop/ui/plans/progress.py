"""How far the plan has come: steps done and overdue, the readiness ratings over time, and the reviews."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neo_desktop.services.plan_views import PlanView

from .chart import ReadinessChart
from .models import ReviewsModel


def _heading(text_label: QLabel) -> QLabel:
    font = QFont(text_label.font())
    font.setWeight(QFont.Weight.DemiBold)
    text_label.setFont(font)
    return text_label


class ProgressPanel(QWidget):
    """The side panel of the plan editor."""

    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: PlanView | None = None
        self.steps_heading = _heading(QLabel())
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.chart_heading = _heading(QLabel())
        self.chart = ReadinessChart()
        self.reviews_heading = _heading(QLabel())
        self.reviews_model = ReviewsModel(self)
        self.reviews = QTableView()
        self.reviews.setModel(self.reviews_model)
        self.reviews.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reviews.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reviews.setTabKeyNavigation(False)
        self.reviews.verticalHeader().hide()
        self.reviews.setWordWrap(False)
        header = self.reviews.horizontalHeader()
        header.setStretchLastSection(True)
        self.reviews_model.modelReset.connect(self._size_columns)
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.review_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps_heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addSpacing(10)
        layout.addWidget(self.chart_heading)
        layout.addWidget(self.chart)
        layout.addSpacing(10)
        layout.addWidget(self.reviews_heading)
        layout.addWidget(self.reviews, 1)
        layout.addWidget(self.review_button)
        self.retranslate_ui()

    def _size_columns(self) -> None:
        for column in range(self.reviews_model.columnCount() - 1):  # the note takes the rest
            self.reviews.resizeColumnToContents(column)

    def set_plan(self, plan: PlanView) -> None:
        """Show ``plan``'s progress."""
        self.plan = plan
        progress = plan.progress
        self.bar.setValue(round(progress.share_done * 100))
        self.chart.set_ratings(progress.ratings)
        self.reviews_model.set_items(plan.reviews)
        self._count_text()

    def _count_text(self) -> None:
        if self.plan is None:
            self.counts.clear()
            return
        progress = self.plan.progress
        parts = [self.tr("{done} of {steps} steps done").format(done=progress.done,
                                                               steps=progress.steps - progress.dropped)]
        if progress.in_progress:
            parts.append(self.tr("{count} in progress").format(count=progress.in_progress))
        if progress.overdue:
            parts.append(self.tr("{count} overdue").format(count=progress.overdue))
        if progress.dropped:
            parts.append(self.tr("{count} dropped").format(count=progress.dropped))
        self.counts.setText(" · ".join(parts))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.steps_heading.setText(self.tr("Steps"))
        self.chart_heading.setText(self.tr("Readiness for work (own rating, 1–10)"))
        self.reviews_heading.setText(self.tr("Reviews"))
        self.review_button.setText(self.tr("Record re&view…"))
        self.reviews_model.retranslate()
        self._count_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
