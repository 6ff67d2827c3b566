"""Saving an edit without overwriting someone else's: optimistic locking for every service."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from neo_desktop.domain.errors import ConflictError


def apply_changes(record: Any, values: Mapping[str, Any], expected_version: int, *, what: str) -> None:
    """Set ``values`` on ``record`` if it is still at ``expected_version``.

    Otherwise raise ConflictError listing, field by field, what is stored now against what the user sent, so
    the UI can offer to keep theirs, take the other, or merge. The version column also guards the UPDATE
    itself, so two saves that pass this check at the same moment still cannot both land.
    """
    if record.version != expected_version:
        changes = {key: (getattr(record, key), value) for key, value in values.items()
                   if getattr(record, key) != value}
        raise ConflictError(what=what, changes=changes)
    for key, value in values.items():
        if getattr(record, key) != value:
            setattr(record, key, value)
