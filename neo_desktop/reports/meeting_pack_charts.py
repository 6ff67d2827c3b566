"""The meeting pack's charts, drawn with ``reportlab.graphics`` (vector drawings embedded in the PDF).

- :func:`targets_chart`: per target, the actual and the plan to date as a share of the target (horizontal bars;
  a hidden actual has no bar).
- :func:`intake_chart`: cumulative enrolments over the project period: planned, actual and projected, with the
  target as a line (hidden small counts are left out of the actual line).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from neo_desktop.domain.organisation import Language

from .fonts import register_fonts
from .meeting_pack_document import PackIntake, PackTarget
from .texts import format_date, text

ACTUAL = colors.HexColor("#2f5d8a")
PLANNED = colors.HexColor("#9aa5b1")
PROJECTED = colors.HexColor("#d9822b")
TARGET = colors.HexColor("#c23030")
INK = colors.HexColor("#1f2933")


def _legend(pairs: list[tuple[colors.Color, str]], x: float, y: float) -> Legend:
    regular, _ = register_fonts()
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = regular, 8
    legend.alignment = "right"  # the text to the right of its swatch
    legend.columnMaximum = 1  # one entry per column: the entries in a row
    legend.deltax = 95
    legend.dxTextSpace = 4
    legend.dx = legend.dy = 8
    legend.colorNamePairs = pairs
    return legend


def targets_chart(targets: Sequence[PackTarget], language: Language, width: float) -> Drawing:
    """Horizontal bars: actual and planned to date, in per cent of each target."""
    regular, _ = register_fonts()
    row = 24
    height = max(110, row * len(targets) + 55)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 40
    chart.width, chart.height = width - 170, height - 60
    actual = [round(100 * t.share) if t.share is not None else None for t in targets]
    planned = [round(100 * t.planned_to_date / t.target_value) if t.target_value else 0 for t in targets]
    chart.data = [list(reversed(planned)), list(reversed(actual))]  # first target at the top
    chart.categoryAxis.categoryNames = [text(f"pack.target.{t.kind.value}", language) for t in reversed(targets)]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = regular, 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(100, *(v for v in actual + planned if v is not None)) // 25 * 25 + 25
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = regular, 8
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.bars[0].fillColor, chart.bars[1].fillColor = PLANNED, ACTUAL
    chart.bars.strokeColor = None
    chart.groupSpacing, chart.barSpacing = 6, 1
    drawing.add(chart)
    full = chart.x + chart.width * 100 / chart.valueAxis.valueMax
    drawing.add(Line(full, chart.y, full, chart.y + chart.height, strokeColor=TARGET, strokeWidth=0.8,
                     strokeDashArray=[3, 2]))
    drawing.add(_legend([(PLANNED, text("pack.legend.planned", language)),
                         (ACTUAL, text("pack.legend.actual", language)),
                         (TARGET, text("pack.legend.target", language))], chart.x, 10))
    return drawing


def intake_chart(intake: PackIntake, starts_on: date, ends_on: date, language: Language, width: float) -> Drawing:
    """Cumulative enrolments over the project period: planned, actual, projected, and the target."""
    regular, _ = register_fonts()
    height = 185
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = 40, 45
    plot.width, plot.height = width - 60, height - 65

    def day(value: date) -> int:
        return (value - starts_on).days

    actual = [(day(d), cell.value) for d, cell in intake.actual if cell.value is not None]
    series = [[(day(d), v) for d, v in intake.planned], actual or [(0, 0)],
              [(day(d), v) for d, v in intake.projected] or [(0, 0)]]
    plot.data = series
    plot.lines[0].strokeColor, plot.lines[0].strokeDashArray = PLANNED, [4, 2]
    plot.lines[1].strokeColor, plot.lines[1].strokeWidth = ACTUAL, 2
    plot.lines[2].strokeColor, plot.lines[2].strokeDashArray = PROJECTED, [1, 2]
    for index in range(3):
        plot.lines[index].strokeWidth = 2 if index == 1 else 1.2
    top = max([intake.target_value, *(v for line in series for _, v in line)])
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, _nice_top(top)
    plot.yValueAxis.labels.fontName, plot.yValueAxis.labels.fontSize = regular, 8
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, day(ends_on)
    years = [date(year, 1, 1) for year in range(starts_on.year + 1, ends_on.year + 1)]
    ticks = [starts_on, *years]
    plot.xValueAxis.valueSteps = [day(tick) for tick in ticks]
    plot.xValueAxis.labelTextFormat = lambda value: format_date(starts_on.fromordinal(
        starts_on.toordinal() + int(value)), language)
    plot.xValueAxis.labels.fontName, plot.xValueAxis.labels.fontSize = regular, 7
    drawing.add(plot)
    target_y = plot.y + plot.height * intake.target_value / plot.yValueAxis.valueMax
    drawing.add(Line(plot.x, target_y, plot.x + plot.width, target_y, strokeColor=TARGET, strokeWidth=0.8,
                     strokeDashArray=[3, 2]))
    drawing.add(String(plot.x + plot.width, target_y + 3, f"{intake.target_value}", fontName=regular, fontSize=7,
                       fillColor=TARGET, textAnchor="end"))
    drawing.add(_legend([(PLANNED, text("pack.legend.planned", language)),
                         (ACTUAL, text("pack.legend.actual", language)),
                         (PROJECTED, text("pack.legend.projected", language)),
                         (TARGET, text("pack.legend.target", language))], plot.x, 8))
    return drawing


def _nice_top(value: int) -> int:
    """A round number at or above ``value`` for the top of an axis."""
    for step in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000):
        if value <= step * 8:
            return max(step, -(-value // step) * step)
    return -(-value // 10000) * 10000
