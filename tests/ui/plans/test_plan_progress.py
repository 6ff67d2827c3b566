"""Reviews with the readiness rating feed the chart; the review date goes to the follow-ups; models are sound."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from plan_fixtures import TODAY, PlanWorld
from plan_gui_helpers import plan_service
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialogButtonBox

from neo_desktop.db.engine import Database
from neo_desktop.services.plan_views import PlanView
from neo_desktop.ui.plans.chart import LINE, ReadinessChart
from neo_desktop.ui.plans.editor import PlanEditor
from neo_desktop.ui.plans.models import BarriersModel, GoalsModel, ResourcesModel, ReviewsModel, RevisionsModel

OpenEditor = Callable[[int], PlanEditor]


def press_ok(qtbot, editor: PlanEditor, dialog) -> None:
    with qtbot.waitSignal(editor.plan_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def line_pixels(chart: ReadinessChart) -> int:
    image: QImage = chart.grab().toImage()
    line = LINE.rgb()
    return sum(image.pixelColor(x, y).rgb() == line for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 2))


def test_record_a_review_and_see_the_chart_grow(qtbot, open_editor: OpenEditor, agreed_plan: PlanView,
                                                sqlite_database: Database, world: PlanWorld) -> None:
    plan_service(sqlite_database, world.caseworker).record_review(agreed_plan.id, reviewed_on=date(2026, 10, 1),
                                                                  readiness_rating=3)
    editor = open_editor(agreed_plan.id)
    chart = editor.progress.chart
    assert chart.ratings == ((date(2026, 10, 1), 3),)
    single = line_pixels(chart)

    qtbot.mouseClick(editor.progress.review_button, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    assert dialog.rating.value() == 3  # the last rating is offered as the starting point
    assert dialog.reviewed_on.date().toPython() == TODAY
    dialog.rating.setValue(7)
    dialog.note.setPlainText("Har været til to samtaler og føler sig klar til praktik.")
    dialog.next_review.set_date(date(2027, 1, 15))
    press_ok(qtbot, editor, dialog)

    assert chart.ratings == ((date(2026, 10, 1), 3), (TODAY, 7))
    assert line_pixels(chart) > single + 20  # a line now joins the two points
    assert ": 3 of 10\n" in chart.toolTip() and chart.toolTip().endswith(": 7 of 10")
    reviews = editor.progress.reviews_model
    assert [reviews.data(reviews.index(row, 1)) for row in range(reviews.rowCount())] == ["7/10", "3/10"]
    assert editor.plan.review_on == date(2027, 1, 15)
    assert "next review 15 January 2027" in editor.facts.text()
    due = plan_service(sqlite_database, world.caseworker).reviews_due(date(2027, 1, 31))
    assert [(r.plan_id, r.review_on) for r in due] == [(agreed_plan.id, date(2027, 1, 15))]


def test_a_review_in_the_future_is_refused_in_the_dialog(qtbot, open_editor: OpenEditor,
                                                        agreed_plan: PlanView) -> None:
    editor = open_editor(agreed_plan.id)
    dialog = editor.record_review()
    dialog.reviewed_on.setMaximumDate(dialog.reviewed_on.maximumDate().addDays(30))  # as if the limit were gone
    dialog.reviewed_on.setDate(dialog.reviewed_on.date().addDays(10))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.kind == "error", timeout=5000)
    assert "is in the future. Record it once it has happened." in dialog.message.plain_text()
    assert editor.plan.reviews == ()


def test_the_review_date_dialog_sets_and_clears_the_date(qtbot, open_editor: OpenEditor,
                                                         agreed_plan: PlanView) -> None:
    editor = open_editor(agreed_plan.id)
    dialog = editor.actions.change_review_date()
    dialog.review_on.set_date(date(2026, 12, 14))
    press_ok(qtbot, editor, dialog)
    assert editor.plan.review_on == date(2026, 12, 14)
    assert editor.actions.review_date_action.text() == "Review &date (14 December 2026)…"
    dialog = editor.actions.change_review_date()
    assert dialog.review_on.date() == date(2026, 12, 14)
    dialog.review_on.set_date(None)
    press_ok(qtbot, editor, dialog)
    assert editor.plan.review_on is None


def test_an_empty_chart_says_so(qtbot) -> None:
    chart = ReadinessChart()
    qtbot.addWidget(chart)
    chart.resize(300, 160)
    assert "No ratings of readiness for work yet" in chart.toolTip()
    assert line_pixels(chart) == 0
    chart.set_ratings([(date(2026, 11, 1), 10), (date(2026, 9, 1), 1)])
    assert chart.ratings[0] == (date(2026, 9, 1), 1)  # drawn by date, whatever the order given
    assert line_pixels(chart) > 0


def test_the_item_models_pass_the_model_tester(qtmodeltester, open_editor: OpenEditor,
                                               agreed_plan: PlanView) -> None:
    editor = open_editor(agreed_plan.id)
    for panel in editor.panels.values():
        qtmodeltester.check(panel.model)
    qtmodeltester.check(editor.versions.model)
    qtmodeltester.check(editor.progress.reviews_model)
    for model in (GoalsModel(), ResourcesModel(), BarriersModel(), RevisionsModel(), ReviewsModel()):
        qtmodeltester.check(model)  # empty ones too
