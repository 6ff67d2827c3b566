"""A small line chart of the intake: planned (dashed), actual (solid), projected (dotted), and the target."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from neo_desktop.services.targets import IntakeCurve

PLANNED, ACTUAL, PROJECTED, TARGET = QColor("#9aa5b1"), QColor("#2f5d8a"), QColor("#d9822b"), QColor("#c23030")


class IntakeChart(QWidget):
    """Cumulative enrolments over the project period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curve: IntakeCurve | None = None
        self.period: tuple[date, date] | None = None
        self.target = 0
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(600, 200)

    def show_curve(self, curve: IntakeCurve | None, period: tuple[date, date], target: int) -> None:
        """Draw ``curve`` over ``period`` with the ``target`` line."""
        self.curve, self.period, self.target = curve, period, target
        self.update()

    def legend(self) -> list[tuple[QColor, str]]:
        """The lines and what they are, in the current language."""
        return [(PLANNED, self.tr("Planned")), (ACTUAL, self.tr("Actual")), (PROJECTED, self.tr("Projected")),
                (TARGET, self.tr("Target"))]

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.curve is None or self.period is None:
            return
        start, end = self.period
        values = [v for line in (self.curve.planned, self.curve.actual, self.curve.projected) for _, v in line]
        top = max([self.target, 1, *values]) * 1.1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        area = QRectF(metrics.horizontalAdvance("0000") + 8, 8, self.width() - metrics.horizontalAdvance("0000") - 20,
                      self.height() - metrics.height() * 2 - 20)
        span = max(1, (end - start).days)

        def point(day: date, value: float) -> QPointF:
            return QPointF(area.left() + area.width() * (day - start).days / span,
                           area.bottom() - area.height() * value / top)

        painter.setPen(QPen(self.palette().color(self.foregroundRole()), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
        painter.drawText(QRectF(0, area.bottom() - metrics.height(), area.left() - 4, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, "0")
        painter.drawText(QRectF(0, point(start, self.target).y() - metrics.height() / 2, area.left() - 4,
                                metrics.height()), Qt.AlignmentFlag.AlignRight, str(self.target))
        for year in range(start.year + 1, end.year + 1):
            x = point(date(year, 1, 1), 0).x()
            painter.drawText(QRectF(x - 30, area.bottom() + 2, 60, metrics.height()), Qt.AlignmentFlag.AlignCenter,
                             str(year))
        for line, colour, style, width in ((self.curve.planned, PLANNED, Qt.PenStyle.DashLine, 1.5),
                                           (self.curve.actual, ACTUAL, Qt.PenStyle.SolidLine, 2.5),
                                           (self.curve.projected, PROJECTED, Qt.PenStyle.DotLine, 2)):
            painter.setPen(QPen(colour, width, style))
            points = [point(day, value) for day, value in line]
            for a, b in pairwise(points):
                painter.drawLine(a, b)
        painter.setPen(QPen(TARGET, 1, Qt.PenStyle.DashLine))
        painter.drawLine(point(start, self.target), point(end, self.target))
        x = area.left()
        y = self.height() - metrics.height() - 2
        for colour, text in self.legend():
            painter.fillRect(QRectF(x, y + 3, 10, 10), colour)
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(QPointF(x + 14, y + metrics.ascent()), text)
            x += 14 + metrics.horizontalAdvance(text) + 18
        painter.end()
