"""Employers, openings, placements and matchmaking: the partnership's employer side."""

from __future__ import annotations

from enum import StrEnum


class RelationshipStatus(StrEnum):
    """How far the partnership's relationship with a company has come."""

    PROSPECT = "prospect"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class CompanySize(StrEnum):
    """Company size by employees (EU bands)."""

    MICRO = "micro"  # fewer than 10
    SMALL = "small"  # 10–49
    MEDIUM = "medium"  # 50–249
    LARGE = "large"  # 250 or more


class EngagementKind(StrEnum):
    """An entry in the engagement log with a company."""

    VISIT = "visit"
    CALL = "call"
    AGREEMENT = "agreement"
    EVENT = "event"
    NETWORK_MEETING = "network_meeting"


class PlacementType(StrEnum):
    """Danish and Swedish placement and opening types, and the kinds both countries share."""

    # Denmark
    VIRKSOMHEDSPRAKTIK = "dk_virksomhedspraktik"  # unpaid internship, usually 4–13 weeks
    LOENTILSKUD = "dk_loentilskud"  # wage-subsidy job
    FLEKSJOB = "dk_fleksjob"
    LAERLINGEPLADS = "dk_laerlingeplads"  # apprenticeship (lærlinge-/elevplads)
    SMAAJOB = "dk_smaajob"  # a few paid hours a week
    IGU = "dk_igu"  # integration basic education
    # Sweden
    ARBETSPRAKTIK = "se_arbetspraktik"
    LOENEBIDRAG = "se_lonebidrag"
    NYSTARTSJOBB = "se_nystartsjobb"
    INTRODUKTIONSJOBB = "se_introduktionsjobb"
    YRKESINTRODUKTION = "se_yrkesintroduktion"  # lärlingsanställning / yrkesintroduktion
    # Both
    ORDINARY_JOB = "ordinary_job"
    MENTORSHIP = "mentorship"
    JOB_SHADOWING = "job_shadowing"
    WORKPLACE_TRAINING = "workplace_training"


class LanguageLevel(StrEnum):
    """Language level an opening asks for, or a participant has."""

    NONE = "none"
    BASIC = "basic"
    GOOD = "good"
    FLUENT = "fluent"


class PhysicalDemand(StrEnum):
    """How physically demanding an opening is."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class OpeningStatus(StrEnum):
    """Where an opening stands."""

    OPEN = "open"
    FILLED = "filled"
    CLOSED = "closed"


class PlacementStatus(StrEnum):
    """Where a placement stands."""

    PLANNED = "planned"
    ACTIVE = "active"
    ENDED = "ended"
    CANCELLED = "cancelled"


class PlacementOutcome(StrEnum):
    """How a placement ended."""

    HIRED = "hired"
    EDUCATION = "education"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"
    NO_SHOW = "no_show"


class ProposalStatus(StrEnum):
    """A matchmaking proposal's answer."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
