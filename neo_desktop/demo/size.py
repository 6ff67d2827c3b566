"""How much demo data to make, what was made, the fixed demo accounts and the errors of the generator."""

from __future__ import annotations

import math
from dataclasses import dataclass

from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, NeoError

_SMALL_PARTICIPANTS = 120
_SMALL_EMPLOYERS = 60
_SMALL_MEETINGS = 42  # 24 for the steering, working and company groups, 18 weekly youth network sessions
_LARGE_PARTICIPANTS = 100_000
_LARGE_EMPLOYERS = 5_000
_LARGE_MEETINGS = 2_000
# Employers and meetings grow slower than participants: a power law through the small and the large set.
_GROWTH = math.log(_LARGE_EMPLOYERS / _SMALL_EMPLOYERS) / math.log(_LARGE_PARTICIPANTS / _SMALL_PARTICIPANTS)
_MEETING_GROWTH = math.log(_LARGE_MEETINGS / _SMALL_MEETINGS) / math.log(_LARGE_PARTICIPANTS / _SMALL_PARTICIPANTS)

DEMO_PASSWORD = "demo"
"""The password of every demo account (and of every other generated staff member)."""

DEMO_LOGINS: dict[str, str] = {
    "caseworker": "caseworker",
    "coordinator": "coordinator",
    "secretary": "secretary",
    "administrator": "admin",
    "auditor": "auditor",
}
"""Role value → login name of the fixed demo accounts, one per role, in the main project's lead NGO."""


@dataclass(frozen=True)
class DemoSize:
    """How much to generate: participants in all projects, employers, journal entries and meetings."""

    participants: int = _SMALL_PARTICIPANTS
    employers: int = _SMALL_EMPLOYERS
    journal_entries_per_participant: float = 10.0  # on average; longer courses get more
    meetings: int = _SMALL_MEETINGS

    def __post_init__(self) -> None:
        if self.participants < 1:
            raise ValueError("DemoSize needs at least one participant")
        if self.employers < 1 or self.meetings < 0 or self.journal_entries_per_participant < 1:
            raise ValueError("DemoSize needs at least one employer, one journal entry a participant and meetings >= 0")

    @classmethod
    def small(cls) -> DemoSize:
        """The default: a main Danish project of about 100 participants and a small Swedish one."""
        return cls()

    @classmethod
    def large(cls) -> DemoSize:
        """A load test: 100,000 participants, a million journal entries, 5,000 employers, 2,000 meetings."""
        return cls(_LARGE_PARTICIPANTS, _LARGE_EMPLOYERS, 10.0, _LARGE_MEETINGS)

    @classmethod
    def for_participants(cls, n: int) -> DemoSize:
        """``n`` participants with employers and meetings scaled between the small and the large set."""
        if n < 1:
            raise ValueError("DemoSize.for_participants needs n >= 1")
        scale = n / _SMALL_PARTICIPANTS
        return cls(
            participants=n,
            employers=max(5, round(_SMALL_EMPLOYERS * scale**_GROWTH)),
            meetings=max(6, round(_SMALL_MEETINGS * scale**_MEETING_GROWTH)),
        )


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`~neo_desktop.demo.generate_demo_data` wrote: rows per table name, and seconds taken."""

    rows: dict[str, int]
    seconds: float

    @property
    def total_rows(self) -> int:
        """All rows written."""
        return sum(self.rows.values())


class DemoCancelled(NeoError):  # noqa: N818 - the name is part of the public API
    """Generation was cancelled; the transaction was rolled back, so nothing was saved."""

    template = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Making the demo data was cancelled. Nothing was saved.")


class DemoDatabaseNotEmpty(NeoError):  # noqa: N818 - reads better next to DemoCancelled
    """Demo data can only be made in an empty database."""

    template = QT_TRANSLATE_NOOP(
        ERRORS_CONTEXT,
        "This database already holds partner organisations, so no demo data was added. "
        "Demo data can only be made in a new, empty database.",
    )
