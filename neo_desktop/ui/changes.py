"""One app-wide signal announcing what changed, so every view that shows it can refresh itself.

A write (run as a task) announces its change when it has committed; views subscribe to the kinds of record
they show and decide for themselves whether to reload now or when they are next shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class ChangeKind(StrEnum):
    """The kinds of record a change can touch."""

    PARTICIPANT = "participant"
    PLAN = "plan"
    EMPLOYER = "employer"
    PLACEMENT = "placement"
    OPENING = "opening"  # openings and match proposals (the employer area)
    MEETING = "meeting"
    ORGANISATION = "organisation"
    STAFF = "staff"
    PROJECT = "project"


@dataclass(frozen=True)
class Change:
    """Records of one kind that were added, changed or deleted (no ids: any of that kind)."""

    kind: ChangeKind
    ids: frozenset[int] = field(default_factory=frozenset)
    initiator: object | None = None


class ChangeBus(QObject):
    """The app-wide announcer of changes."""

    changed = Signal(object)  # Change

    def announce(self, kind: ChangeKind, ids: Iterable[int] = (), initiator: object | None = None) -> Change:
        """Tell every subscriber that records of ``kind`` changed."""
        change = Change(kind, frozenset(ids), initiator)
        self.changed.emit(change)
        return change
