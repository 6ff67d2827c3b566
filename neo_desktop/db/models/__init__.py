"""The SQLAlchemy models of NEO Desktop, one module per business area.

Importing this package registers every table on :data:`Base.metadata` (Alembic and the tests rely on it).

The model modules do not use ``from __future__ import annotations``: with it every ``Mapped[...]`` is a string
that SQLAlchemy evaluates when the class is made (about a thousand ``eval`` calls at each start-up). Only a
reference to a class defined later or elsewhere is written in quotes (``Mapped[list["Consent"]]``).
"""

from .access_log import AccessLogEntry
from .base import Base
from .employers import Employer, EmployerContact, EmployerEngagement, MatchProposal, Opening, Placement
from .meetings import ActionItem, AgendaItem, Decision, Group, GroupMember, Meeting, MeetingAttendee
from .organisations import Organisation, Staff, StaffRole
from .participants import Consent, JournalEntry, Participant
from .plans import (
    Plan,
    PlanBarrier,
    PlanGoal,
    PlanResource,
    PlanReview,
    PlanRevision,
    PlanStep,
    PlanTemplate,
    PlanTemplateStep,
)
from .projects import EligibilityRule, Project, ProjectPartner, ProjectTarget, TargetMilestone
from .reference import ReferenceItem, Setting

__all__ = [
    "AccessLogEntry", "ActionItem", "AgendaItem", "Base", "Consent", "Decision", "EligibilityRule", "Employer",
    "EmployerContact", "EmployerEngagement", "Group", "GroupMember", "JournalEntry", "MatchProposal", "Meeting",
    "MeetingAttendee", "Opening", "Organisation", "Participant", "Placement", "Plan", "PlanBarrier", "PlanGoal",
    "PlanResource", "PlanReview", "PlanRevision", "PlanStep", "PlanTemplate", "PlanTemplateStep", "Project",
    "ProjectPartner", "ProjectTarget", "ReferenceItem", "Setting", "Staff", "StaffRole", "TargetMilestone",
]
