"""Cell values as people read them: the views' own formatting (dates and numbers in the user's locale)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


def display_text(value: Any, enum: type[StrEnum] | None = None) -> str:
    """See :func:`neo_desktop.ui.views.table_model.display_text`."""
    # Imported here: the views package imports the caseload and participant views, which import this module.
    from ..views.table_model import display_text as views_display_text

    return views_display_text(value, enum)
