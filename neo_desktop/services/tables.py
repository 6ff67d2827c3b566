"""A plain table of rows for list views: what services return when a view only shows records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from neo_desktop.domain.errors import QT_TRANSLATE_NOOP

COLUMNS_CONTEXT = "Columns"


def column(title: str) -> str:
    """Mark a column title for translation (the UI translates it in the "Columns" context)."""
    return QT_TRANSLATE_NOOP(COLUMNS_CONTEXT, title)


@dataclass(frozen=True)
class RecordTable:
    """Column titles (English, translatable), rows of plain values, and each row's record id."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    record_ids: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if any(len(row) != len(self.columns) for row in self.rows):
            raise ValueError("every row needs one value per column")

    def column_values(self, title: str) -> list[Any]:
        """All values of one column, by its title."""
        index = self.columns.index(title)
        return [row[index] for row in self.rows]
