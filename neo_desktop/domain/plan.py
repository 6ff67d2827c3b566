"""Individual qualification plans: status, contents and who owns each step."""

from __future__ import annotations

from enum import StrEnum


class PlanStatus(StrEnum):
    """The life of a plan: draft → agreed → under review → closed."""

    DRAFT = "draft"
    AGREED = "agreed"
    UNDER_REVIEW = "under_review"
    CLOSED = "closed"


class GoalKind(StrEnum):
    """What a plan aims at."""

    JOB = "job"
    EDUCATION = "education"


class ResourceKind(StrEnum):
    """Resources and competences; they feed matchmaking."""

    STRENGTH = "strength"
    INTEREST = "interest"
    EXPERIENCE = "experience"
    LANGUAGE = "language"
    DRIVING_LICENCE = "driving_licence"
    CERTIFICATE = "certificate"


class BarrierKind(StrEnum):
    """What stands in the way."""

    HEALTH = "health"
    SOCIAL = "social"
    HOUSING = "housing"
    LANGUAGE = "language"
    TRANSPORT = "transport"
    CHILDCARE = "childcare"
    OTHER = "other"


class ActivityKind(StrEnum):
    """What kind of activity a plan step is."""

    COURSE = "course"
    INTERNSHIP = "internship"
    NETWORK_GROUP = "network_group"
    MENTORING = "mentoring"
    CV_AND_APPLICATION = "cv_and_application"
    INTERVIEW_TRAINING = "interview_training"
    EDUCATION = "education"
    TREATMENT = "treatment"
    OTHER = "other"


class StepOwner(StrEnum):
    """Who is responsible for a step: co-responsibility means the young person owns steps too."""

    PARTICIPANT = "participant"
    CASEWORKER = "caseworker"
    COORDINATOR = "coordinator"  # NGO coordinator or mentor
    EMPLOYER = "employer"
    OTHER_PARTNER = "other_partner"


class StepStatus(StrEnum):
    """Progress of one step."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class AgreementMethod(StrEnum):
    """How the young person agreed to a plan version."""

    PAPER = "paper"
    MEETING = "meeting"
    DIGITAL = "digital"
