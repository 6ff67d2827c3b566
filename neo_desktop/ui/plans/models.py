"""Thin Qt table models over a plan's plain views: steps, goals, resources, barriers, versions and reviews.

Each model shows a tuple of frozen views; the view behind a row is :meth:`ItemTableModel.item`. Colour is
never the only sign: an overdue step says "overdue" in its date column, a sensitive barrier says so in words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from neo_desktop.domain.plan import StepOwner, StepStatus
from neo_desktop.services.plan_views import BarrierView, ReviewView, RevisionView, StepView

from ..labels import label
from .wording import short_date

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the view behind a row

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
OVERDUE_TEXT = QColor("#a12a1f")
OVERDUE_BACKGROUND = QColor("#fbe9e7")
SENSITIVE_BACKGROUND = QColor("#fff4d6")
FINISHED_TEXT = QColor("#66707a")


@dataclass(frozen=True)
class Column:
    """A column: its English title (translated in "PlanColumns") and how a view becomes its text."""

    title: str
    text: Callable[[Any], str]
    numeric: bool = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanColumns", text)


class ItemTableModel(QAbstractTableModel):
    """A read-only table of plan views; subclasses declare their columns and may colour rows."""

    columns: ClassVar[tuple[Column, ...]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: tuple[Any, ...] = ()
        self._cells: list[list[dict[int, Any]]] = []  # per row and column: role -> value, made once per reset
        self._titles = [_tr(column.title) for column in self.columns]

    def set_items(self, items: Sequence[Any]) -> None:
        """Show ``items`` (in the order the model's :meth:`order` gives them)."""
        self.beginResetModel()
        self._items = tuple(self.order(items))
        self._build_cells()
        self.endResetModel()

    def _build_cells(self) -> None:
        # A view asks for every role of every cell at each paint: answer from a table, not by formatting again.
        bold = QFont()
        bold.setBold(True)
        self._cells = []
        for item in self._items:
            background = self.background(item)
            row = []
            for column, spec in enumerate(self.columns):
                text = spec.text(item)
                foreground = self.foreground(item, column)
                row.append({
                    Qt.ItemDataRole.DisplayRole: text,
                    Qt.ItemDataRole.ToolTipRole: self.tooltip(item, column) or text or None,
                    Qt.ItemDataRole.ForegroundRole: QBrush(foreground) if foreground is not None else None,
                    Qt.ItemDataRole.BackgroundRole: QBrush(background) if background is not None else None,
                    Qt.ItemDataRole.FontRole: bold if self.bold(item, column) else None,
                    Qt.ItemDataRole.TextAlignmentRole: RIGHT if spec.numeric else LEFT,
                    ITEM_ROLE: item,
                })
            self._cells.append(row)

    def order(self, items: Sequence[Any]) -> Sequence[Any]:
        """The order rows are shown in (as given, unless a subclass knows better)."""
        return items

    @property
    def items(self) -> tuple[Any, ...]:
        """The views shown, in row order."""
        return self._items

    def item(self, row: int) -> Any | None:
        """The view shown at ``row``."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, match: Callable[[Any], bool]) -> int:
        """The first row whose view matches, or -1."""
        return next((row for row, item in enumerate(self._items) if match(item)), -1)

    def retranslate(self) -> None:
        """Redraw headers and cells after a language change."""
        self._build_cells()
        self._titles = [_tr(column.title) for column in self.columns]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, len(self.columns) - 1))

    def foreground(self, item: Any, column: int) -> QColor | None:
        """A text colour for a cell (none by default)."""
        return None

    def background(self, item: Any) -> QColor | None:
        """A background for a row (none by default)."""
        return None

    def bold(self, item: Any, column: int) -> bool:
        """True when a cell is set in bold."""
        return False

    def tooltip(self, item: Any, column: int) -> str | None:
        """A tooltip for a cell (its text by default)."""
        return None

    # Qt's model interface -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if not index.isValid() or not 0 <= row < len(self._cells) or not 0 <= column < len(self.columns):
            return None
        return self._cells[row][column].get(role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.columns[section].numeric else LEFT
        return None


def owner_text(step: StepView) -> str:
    """Who does a step: the owner's label, with a name when one is given."""
    return f"{label(step.owner)} ({step.owner_name})" if step.owner_name else label(step.owner)


def due_text(step: StepView) -> str:
    """A step's due date, saying "overdue" in words when it is."""
    if step.due_on is None:
        return QCoreApplication.translate("PlanColumns", "No date")
    if step.overdue:
        return QCoreApplication.translate("PlanColumns", "{date} – overdue").format(date=short_date(step.due_on))
    return short_date(step.due_on)


class StepsModel(ItemTableModel):
    """The steps of the newest version, by due date (undated last): who does what by when."""

    columns = (
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Due"), due_text),
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Step"), lambda s: s.description),
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Activity"), lambda s: label(s.activity_kind)),
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Who does it"), owner_text),
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Status"), lambda s: label(s.status)),
    )

    def order(self, items: Sequence[StepView]) -> Sequence[StepView]:
        return sorted(items, key=lambda s: (s.due_on is None, s.due_on or date.min))

    def foreground(self, item: StepView, column: int) -> QColor | None:
        if item.overdue:
            return OVERDUE_TEXT
        if item.status in (StepStatus.DONE, StepStatus.DROPPED):
            return FINISHED_TEXT
        return None

    def background(self, item: StepView) -> QColor | None:
        return OVERDUE_BACKGROUND if item.overdue else None

    def bold(self, item: StepView, column: int) -> bool:
        # The young person's own steps stand out, as on the printed plan: co-responsibility made visible.
        return (column == 0 and item.overdue) or (column == 3 and item.owner is StepOwner.PARTICIPANT)


class GoalsModel(ItemTableModel):
    """The job and education goals."""

    columns = (
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Goal"), lambda g: label(g.kind)),
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Occupation or field"), lambda g: g.field),
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Target date"), lambda g: short_date(g.target_date)),
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Description"), lambda g: g.description or ""),
    )


class ResourcesModel(ItemTableModel):
    """Resources and competences (they feed matchmaking)."""

    columns = (
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Kind"), lambda r: label(r.kind)),
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Description"), lambda r: r.description),
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Level"), lambda r: r.level or ""),
    )


def sensitive_text(barrier: BarrierView) -> str:
    """"Sensitive – not printed" or nothing."""
    return QCoreApplication.translate("PlanColumns", "Sensitive – not printed") if barrier.sensitive else ""


class BarriersModel(ItemTableModel):
    """Barriers; sensitive ones are tinted and say so in words."""

    columns = (
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Barrier"), lambda b: label(b.kind)),
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Description"), lambda b: b.description or ""),
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Sensitive"), sensitive_text),
    )

    def background(self, item: BarrierView) -> QColor | None:
        return SENSITIVE_BACKGROUND if item.sensitive else None

    def bold(self, item: BarrierView, column: int) -> bool:
        return item.sensitive and column == 2

    def tooltip(self, item: BarrierView, column: int) -> str | None:
        if item.sensitive:
            return QCoreApplication.translate(
                "PlanColumns", "Sensitive: seen by the staff who work with the young person; never printed on the "
                "plan.")
        return None


def agreement_text(revision: RevisionView) -> str:
    """"Agreed 3 Sep 2026 (in a meeting)" or "Not agreed yet"."""
    if revision.locked and revision.agreed_on:
        method = label(revision.agreement_method) if revision.agreement_method else ""
        text = QCoreApplication.translate("PlanColumns", "Agreed {date}").format(date=short_date(revision.agreed_on))
        return f"{text} ({method.lower()})" if method else text
    return QCoreApplication.translate("PlanColumns", "Not agreed yet")


class RevisionsModel(ItemTableModel):
    """The versions of the plan, newest first; agreed ones are locked."""

    columns = (
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Version"), lambda r: str(r.number), numeric=True),
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Started"),
               lambda r: short_date(r.created_at.date()) if r.created_at else ""),
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Agreement"), agreement_text),
    )

    def order(self, items: Sequence[RevisionView]) -> Sequence[RevisionView]:
        return sorted(items, key=lambda r: -r.number)

    def bold(self, item: RevisionView, column: int) -> bool:
        return item is self.items[0] if self.items else False


class ReviewsModel(ItemTableModel):
    """The reviews with the young person's own rating of readiness for work, newest first."""

    columns = (
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Reviewed"), lambda r: short_date(r.reviewed_on)),
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Readiness"),
               lambda r: "" if r.readiness_rating is None else f"{r.readiness_rating}/10", numeric=True),
        Column(QT_TRANSLATE_NOOP("PlanColumns", "Note"), lambda r: (r.note or "").replace("\n", " ")),
    )

    def order(self, items: Sequence[ReviewView]) -> Sequence[ReviewView]:
        return sorted(items, key=lambda r: (r.reviewed_on, r.id), reverse=True)


__all__ = ["ITEM_ROLE", "BarriersModel", "GoalsModel", "ItemTableModel", "ResourcesModel", "ReviewsModel",
           "RevisionsModel", "StepsModel"]
