"""Participants (the young people), their journal and consents: vocabulary shared by every layer."""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    """Gender as the person states it; ESF+ statistics are split by it. Never derived from an ID number."""

    WOMAN = "woman"
    MAN = "man"
    NON_BINARY = "non_binary"
    NOT_STATED = "not_stated"


class ParticipantStatus(StrEnum):
    """Where a participant is in the course: referred → intake → active ⇄ paused → completed/dropped out."""

    REFERRED = "referred"
    INTAKE = "intake"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    DROPPED_OUT = "dropped_out"


class ExitOutcome(StrEnum):
    """Where a participant went on leaving the project."""

    EMPLOYMENT = "employment"  # including self-employed
    EDUCATION = "education"  # education or training
    INTERNSHIP_OR_APPRENTICESHIP = "internship_or_apprenticeship"
    JOB_SEARCHING = "job_searching"
    OTHER_HELP = "other_help"  # treatment, psychiatric help, health
    DROPPED_OUT = "dropped_out"
    MOVED = "moved"
    OTHER = "other"


class IscedLevel(StrEnum):
    """Highest education attained, in the ESF+ bands of ISCED 2011."""

    ISCED_0_2 = "isced_0_2"
    ISCED_3_4 = "isced_3_4"
    ISCED_5_8 = "isced_5_8"


class LabourMarketStatus(StrEnum):
    """Labour-market situation at entry (ESF+ output indicators)."""

    UNEMPLOYED = "unemployed"
    LONG_TERM_UNEMPLOYED = "long_term_unemployed"
    INACTIVE = "inactive"
    EMPLOYED = "employed"  # including self-employed


class JournalKind(StrEnum):
    """What a journal entry records."""

    NOTE = "note"
    CONTACT = "contact"
    PLACEMENT = "placement"
    PLAN_CHANGE = "plan_change"
    STATUS_CHANGE = "status_change"
    ASSIGNMENT = "assignment"


class ContactChannel(StrEnum):
    """How a contact with a participant took place."""

    MEETING = "meeting"
    PHONE = "phone"
    EMAIL = "email"
    SMS = "sms"
    HOME_VISIT = "home_visit"


# The ESF+ background attributes that are special-category data (GDPR Art. 9): the UI marks them and
# only roles with access to personal data may see them.
SENSITIVE_ATTRIBUTES: frozenset[str] = frozenset({"has_disability", "is_minority"})
