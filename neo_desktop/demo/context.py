"""The state one generation run shares between its steps, and small helpers for dates and random picks.

Each step writes its tables and leaves light records (ids, dates, the few attributes later steps need) in
:class:`World`, so that no step has to read back what an earlier one wrote.
"""

from __future__ import annotations

import calendar
import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from itertools import accumulate
from typing import Generic, TypeVar

from neo_desktop.domain.employer import OpeningStatus, PlacementStatus, PlacementType
from neo_desktop.domain.organisation import Country, OrganisationKind
from neo_desktop.domain.participant import ExitOutcome, Gender, ParticipantStatus

from .catalogue import Industry
from .numbers import RegistrationNumbers
from .places import Municipality
from .pools import Pools
from .size import DemoSize

T = TypeVar("T")
_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))  # the version and variant bits
_UUID_SET = (4 << 76) | (0x8000 << 48)  # version 4, RFC 4122 variant


@dataclass
class OrgRecord:
    """A partner organisation."""

    id: int
    name: str
    kind: OrganisationKind
    country: Country
    municipality: Municipality | None
    staff: list[StaffRecord] = field(default_factory=list)
    representatives: list[StaffRecord] = field(default_factory=list)  # who sits in groups for it


@dataclass
class StaffRecord:
    """A staff member."""

    id: int
    organisation_id: int
    full_name: str
    country: Country


@dataclass
class ProjectRecord:
    """A project and the people and places it works with."""

    id: int
    code: str
    country: Country
    starts_on: date
    ends_on: date
    participants: int
    municipalities: tuple[Municipality, ...]
    lead: OrgRecord
    partners: list[OrgRecord] = field(default_factory=list)
    caseworkers: list[StaffRecord] = field(default_factory=list)
    caseworker_weights: list[float] = field(default_factory=list)
    coordinators: list[StaffRecord] = field(default_factory=list)
    secretary: StaffRecord | None = None
    target_ids: dict[str, int] = field(default_factory=dict)
    _partners_of: dict[tuple[OrganisationKind, ...], list[OrgRecord]] = field(default_factory=dict, repr=False)

    def partners_of(self, *kinds: OrganisationKind) -> list[OrgRecord]:
        """The project's partners of the given kinds (remembered: hot loops ask the same question)."""
        if kinds not in self._partners_of:
            self._partners_of[kinds] = [org for org in self.partners if org.kind in kinds]
        return self._partners_of[kinds]


@dataclass(slots=True)
class ParticipantRecord:
    """What later steps need to know about a participant."""

    id: int
    project: ProjectRecord
    organisation_id: int
    country: Country
    status: ParticipantStatus
    gender: Gender
    first_name: str
    birth_date: date
    referred_on: date
    enrolled_on: date | None
    exited_on: date | None
    exit_outcome: ExitOutcome | None
    last_contact_on: date | None
    municipality: Municipality
    caseworker: StaffRecord
    coordinator: StaffRecord
    long_term_unemployed: bool
    newly_arrived: bool
    early_school_leaver: bool
    placements: list[PlacementRecord] = field(default_factory=list)
    plan_id: int | None = None
    referred_by_id: int = 0


@dataclass(slots=True)
class EmployerRecord:
    """A company in the employer network."""

    id: int
    project: ProjectRecord
    country: Country
    name: str
    municipality: Municipality
    industry: Industry
    active: bool
    contact_name: str
    openings: list[OpeningRecord] = field(default_factory=list)


@dataclass(slots=True)
class OpeningRecord:
    """An opening at a company."""

    id: int
    employer: EmployerRecord
    placement_type: PlacementType
    status: OpeningStatus
    title: str


@dataclass(slots=True)
class PlacementRecord:
    """A participant's placement with a company."""

    id: int
    employer: EmployerRecord
    opening: OpeningRecord | None
    placement_type: PlacementType
    starts_on: date
    ends_on: date | None
    status: PlacementStatus


@dataclass
class World:
    """Everything one run has made so far."""

    rng: random.Random
    today: date
    size: DemoSize
    pools: Pools
    password_hash: str
    registration_numbers: RegistrationNumbers
    organisations: list[OrgRecord] = field(default_factory=list)
    projects: list[ProjectRecord] = field(default_factory=list)
    demo_staff: dict[str, StaffRecord] = field(default_factory=dict)  # role value -> demo account
    participants: list[ParticipantRecord] = field(default_factory=list)
    employers: list[EmployerRecord] = field(default_factory=list)
    template_ids: dict[str, int] = field(default_factory=dict)  # target group -> template id
    network_meetings: dict[int, list[tuple[int, date]]] = field(default_factory=dict)  # project -> held

    def uuid4(self) -> str:
        """A version-4 UUID from the seeded generator (``uuid.uuid4()`` would break determinism)."""
        # The same bits uuid.UUID(int=..., version=4) sets, formatted without building a UUID object.
        value = self.rng.getrandbits(128) & _UUID_CLEAR | _UUID_SET
        text = f"{value:032x}"
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


class DemoRandom(random.Random):
    """``random.Random`` with cheaper ``randint`` and ``choice``: the large set calls them millions of times.

    The standard ones avoid a tiny bias with extra work per call; demo data does not need that, and the
    results stay deterministic for a seed.
    """

    def randint(self, a: int, b: int) -> int:
        """A random integer from ``a`` to ``b``, both included."""
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq: Sequence[T]) -> T:  # type: ignore[override]
        """A random element of the non-empty ``seq``."""
        return seq[int(self.random() * len(seq))]


class Weighted(Generic[T]):
    """A weighted choice among fixed options, with the cumulative weights computed once (for hot loops)."""

    __slots__ = ("_cumulative", "_total", "options")

    def __init__(self, options: Sequence[T], weights: Sequence[float]) -> None:
        self.options = tuple(options)
        self._cumulative = list(accumulate(weights))
        self._total = self._cumulative[-1]

    def __call__(self, rng: random.Random) -> T:
        return self.options[bisect(self._cumulative, rng.random() * self._total)]


def weighted(rng: random.Random, options: Sequence[T], weights: Sequence[float]) -> T:
    """One option, chosen with the given relative weights."""
    cumulative = list(accumulate(weights))
    return options[bisect(cumulative, rng.random() * cumulative[-1])]


def quota(rng: random.Random, n: int, shares: dict[T, float]) -> list[T]:
    """``n`` values in shuffled order, split by ``shares`` (largest remainder); each value at least once
    when ``n`` allows, so that a small demo still shows every status or gender."""
    keys = list(shares)
    total = sum(shares.values())
    exact = [n * shares[key] / total for key in keys]
    counts = [int(value) for value in exact]
    if n >= len(keys):
        counts = [max(1, count) for count in counts]
    order = sorted(range(len(keys)), key=lambda i: exact[i] - int(exact[i]), reverse=True)
    for i in range(n - sum(counts)):  # the largest remainders get one more
        counts[order[i % len(keys)]] += 1
    while sum(counts) > n:  # the minimum of one each overshot: take from the largest
        counts[counts.index(max(counts))] -= 1
    values = [key for key, count in zip(keys, counts, strict=True) for _ in range(count)]
    rng.shuffle(values)
    return values


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, moved back to the month's last day when it has fewer days."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def between(rng: random.Random, start: date, end: date) -> date:
    """A random day from ``start`` to ``end`` (both included; ``start`` when the range is empty)."""
    span = (end - start).days
    return start if span <= 0 else start + timedelta(days=rng.randint(0, span))


def _last_sunday(year: int, month: int) -> date:
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() + 1) % 7)


@lru_cache(maxsize=4096)
def _utc_offset(day: date) -> timedelta:
    summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
    return timedelta(hours=2 if summer else 1)


def local_to_utc(day: date, hour: int, minute: int = 0) -> datetime:
    """A Danish/Swedish wall-clock time as an aware UTC datetime (CET/CEST; both countries share them).

    Computed by the EU rule (last Sunday of March to last Sunday of October), because zoneinfo needs the
    tzdata package on Windows.
    """
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - _utc_offset(day)


def workday(day: date, *, forward: bool = True) -> date:
    """``day``, or when it falls on a weekend the Monday after (``forward``) or the Friday before."""
    if day.weekday() < 5:
        return day
    return day + timedelta(days=7 - day.weekday()) if forward else day - timedelta(days=day.weekday() - 4)
