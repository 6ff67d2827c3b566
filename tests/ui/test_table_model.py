"""The RecordTable model: Qt's model checks, locale formatting, enum labels, sorting in its own data."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, QPersistentModelIndex, Qt

from neo_desktop.domain.participant import ParticipantStatus
from neo_desktop.services.tables import RecordTable
from neo_desktop.ui.views.table_model import RECORD_ID_ROLE, RecordTableModel

TABLE = RecordTable(
    ("Name", "Status", "Next contact", "Days since contact", "Active"),
    (
        ("Ziad Hassan", "active", date(2024, 5, 3), 12, True),
        ("Åse Lind", "referred", None, None, False),
        ("anna Berg", "paused", date(2024, 4, 1), 3, True),
        ("Bo Ørsted", "dropped_out", date(2024, 6, 9), 40, False),
    ),
    (11, 12, 13, 14),
)


@pytest.fixture
def model(neo_app) -> RecordTableModel:
    model = RecordTableModel({"Status": ParticipantStatus})
    model.set_table(TABLE)
    return model


def column(model: RecordTableModel, number: int) -> list[str]:
    return [model.data(model.index(row, number)) for row in range(model.rowCount())]


def test_the_model_passes_qt_model_tester(qtmodeltester, model: RecordTableModel) -> None:
    qtmodeltester.check(model, force_py=True)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_values_are_shown_for_people(model: RecordTableModel) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    try:
        assert column(model, 1) == ["Active", "Referred", "Paused", "Dropped out"]  # labels, not raw values
        assert column(model, 2)[0] == QLocale().toString(QLocale().toDate("03.05.2024", "dd.MM.yyyy"),
                                                         QLocale.FormatType.ShortFormat)
        assert column(model, 2)[1] == ""
        assert column(model, 4) == ["Yes", "No", "Yes", "No"]
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
        numeric = model.data(model.index(0, 3), Qt.ItemDataRole.TextAlignmentRole)
        assert numeric & Qt.AlignmentFlag.AlignRight
        assert model.data(model.index(2, 0), RECORD_ID_ROLE) == 13
    finally:
        QLocale.setDefault(QLocale.system())


def test_datetimes_show_date_and_time(neo_app) -> None:
    model = RecordTableModel()
    model.set_table(RecordTable(("Date",), ((datetime(2024, 3, 7, 14, 30),),)))
    text = model.data(model.index(0, 0))
    assert "14" in text and "30" in text and "7" in text


def test_sorting_uses_the_locale_and_keeps_empty_values_last(model: RecordTableModel) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    try:
        model.sort(0, Qt.SortOrder.AscendingOrder)
        # Danish order: Å after Z and Ø; case does not matter.
        assert column(model, 0) == ["anna Berg", "Bo Ørsted", "Ziad Hassan", "Åse Lind"]
        model.sort(2, Qt.SortOrder.DescendingOrder)
        assert [model.record_id(row) for row in range(4)] == [14, 11, 13, 12]  # the empty date stays last
        model.sort(3, Qt.SortOrder.AscendingOrder)
        assert [model.record_id(row) for row in range(4)] == [13, 11, 14, 12]
    finally:
        QLocale.setDefault(QLocale.system())


def test_sorting_moves_persistent_indexes_with_their_rows(model: RecordTableModel) -> None:
    tracked = QPersistentModelIndex(model.index(0, 0))  # Ziad
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(tracked.row(), 0)) == "Ziad Hassan"


def test_new_data_keeps_the_chosen_sort(model: RecordTableModel) -> None:
    model.sort(3, Qt.SortOrder.AscendingOrder)
    model.set_table(TABLE)
    assert model.record_id(0) == 13
    model.sort(-1)  # the header's "no sort" returns to the service's own order
    model.set_table(TABLE)
    assert [model.record_id(row) for row in range(4)] == [11, 12, 13, 14]
