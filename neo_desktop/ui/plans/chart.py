"""A small line chart of the young person's own rating of readiness for work (1–10) at each review.

Painted with QPainter (PySide6-Essentials has no QtCharts): ratings on a fixed 1–10 scale, spaced by date,
the newest point larger and labelled. The same figures are in the widget's tooltip and accessible
description, so the chart is never the only way to read them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from neo_desktop.domain.plan_rules import MAX_RATING, MIN_RATING

from .wording import short_date

LINE = QColor("#2f6f9f")
GRID = QColor("#d9dee3")
GOOD_BAND = QColor(47, 111, 159, 18)  # a faint band over 7–10: "nearly ready" at a glance


class ReadinessChart(QWidget):
    """Ratings over time; empty, it says that there are none yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ratings: tuple[tuple[date, int], ...] = ()
        self.setMinimumSize(220, 130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(False)
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(320, 160)

    @property
    def ratings(self) -> tuple[tuple[date, int], ...]:
        """The (date, rating) pairs shown, oldest first."""
        return self._ratings

    def set_ratings(self, ratings: Sequence[tuple[date, int]]) -> None:
        """Show ``ratings`` (any order; drawn by date)."""
        self._ratings = tuple(sorted(ratings))
        self._describe()
        self.update()

    def _describe(self) -> None:
        if self._ratings:
            lines = [self.tr("{date}: {rating} of 10").format(date=short_date(day), rating=rating)
                     for day, rating in self._ratings]
            text = self.tr("Readiness for work, the young person's own rating:") + "\n" + "\n".join(lines)
        else:
            text = self.tr("No ratings of readiness for work yet. Record a review to add one.")
        self.setToolTip(text)
        self.setAccessibleName(self.tr("Readiness for work over time"))
        self.setAccessibleDescription(text)

    # Painting ---------------------------------------------------------------------------------------------------

    def _plot_area(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("10") + 10
        return QRectF(left, 8, self.width() - left - 16, self.height() - 8 - metrics.height() - 8)

    def _x(self, area: QRectF, day: date) -> float:
        first, last = self._ratings[0][0], self._ratings[-1][0]
        if first == last:
            return area.center().x()
        return area.left() + area.width() * (day - first).days / (last - first).days

    @staticmethod
    def _y(area: QRectF, rating: float) -> float:
        return area.bottom() - area.height() * (rating - MIN_RATING) / (MAX_RATING - MIN_RATING)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        area = self._plot_area()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.fillRect(QRectF(area.left(), self._y(area, MAX_RATING), area.width(),
                                self._y(area, 7) - self._y(area, MAX_RATING)), GOOD_BAND)
        metrics = self.fontMetrics()
        for rating in (MIN_RATING, 5, MAX_RATING):
            y = self._y(area, rating)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(muted)
            painter.drawText(QRectF(0, y - metrics.height() / 2, area.left() - 6, metrics.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(rating))
        if not self._ratings:
            painter.setPen(muted)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.tr("No ratings yet"))
            painter.end()
            return
        points = [QPointF(self._x(area, day), self._y(area, rating)) for day, rating in self._ratings]
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(LINE, 2))
        painter.drawPath(path)
        painter.setBrush(LINE)
        for point in points[:-1]:
            painter.drawEllipse(point, 3, 3)
        painter.drawEllipse(points[-1], 5, 5)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        newest = str(self._ratings[-1][1])
        # The newest value sits above its point, or below it when the point is at the top of the scale.
        above = points[-1].y() - 8 - metrics.height() >= 0
        label_rect = QRectF(points[-1].x() - 30, points[-1].y() - 8 - metrics.height() if above else points[-1].y() + 8,
                            60, metrics.height())
        painter.setPen(LINE)
        painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignCenter), newest)
        painter.setFont(self.font())
        painter.setPen(muted)
        baseline = QRectF(area.left(), area.bottom() + 6, area.width(), metrics.height())
        painter.drawText(baseline, int(Qt.AlignmentFlag.AlignLeft), short_date(self._ratings[0][0]))
        if len(self._ratings) > 1:
            painter.drawText(baseline, int(Qt.AlignmentFlag.AlignRight), short_date(self._ratings[-1][0]))
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self._describe()
        super().changeEvent(event)
