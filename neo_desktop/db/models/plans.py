"""Individual qualification plans, their revisions, contents, reviews and templates.

A plan's contents (goals, resources, barriers, steps) belong to a *revision*. The open revision is edited;
when the young person agrees to it, that revision is locked and later changes start a new one. Steps carry a
``step_key`` that stays the same across revisions, so two versions can be compared step by step.
"""

from datetime import date

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from neo_desktop.domain.plan import (
    ActivityKind,
    AgreementMethod,
    BarrierKind,
    GoalKind,
    PlanStatus,
    ResourceKind,
    StepOwner,
    StepStatus,
)

from .base import Base, IdMixin, ScopedMixin, VersionedMixin, enum_column, text_column


class Plan(IdMixin, ScopedMixin, VersionedMixin, Base):
    """A participant's qualification plan in one project."""

    __tablename__ = "plan"
    __table_args__ = (
        # One active (not closed) plan per participant and project.
        Index(
            "uq_plan_participant_id_project_id_active",
            "participant_id",
            "project_id",
            unique=True,
            sqlite_where=text("status != 'closed'"),
            postgresql_where=text("status != 'closed'"),
        ),
    )

    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    status: Mapped[PlanStatus] = mapped_column(enum_column(PlanStatus), server_default=PlanStatus.DRAFT.value)
    starts_on: Mapped[date]
    review_on: Mapped[date | None] = mapped_column(index=True)
    closed_on: Mapped[date | None]
    template_id: Mapped[int | None] = mapped_column(ForeignKey("plan_template.id", ondelete="SET NULL"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    revisions: Mapped[list["PlanRevision"]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanRevision.number"
    )


class PlanRevision(IdMixin, ScopedMixin, VersionedMixin, Base):
    """One version of a plan's contents; locked once the young person has agreed to it."""

    __tablename__ = "plan_revision"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    locked: Mapped[bool] = mapped_column(Boolean, server_default="0")
    agreed_on: Mapped[date | None]
    agreement_method: Mapped[AgreementMethod | None] = mapped_column(enum_column(AgreementMethod))
    agreement_recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    change_note: Mapped[str | None] = text_column(400)

    plan: Mapped["Plan"] = relationship(back_populates="revisions")
    goals: Mapped[list["PlanGoal"]] = relationship(cascade="all, delete-orphan", order_by="PlanGoal.position")
    resources: Mapped[list["PlanResource"]] = relationship(
        cascade="all, delete-orphan", order_by="PlanResource.position"
    )
    barriers: Mapped[list["PlanBarrier"]] = relationship(cascade="all, delete-orphan", order_by="PlanBarrier.position")
    steps: Mapped[list["PlanStep"]] = relationship(cascade="all, delete-orphan", order_by="PlanStep.position")


class PlanGoal(IdMixin, ScopedMixin, VersionedMixin, Base):
    """A job or education goal."""

    __tablename__ = "plan_goal"

    revision_id: Mapped[int] = mapped_column(ForeignKey("plan_revision.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(server_default="0")
    kind: Mapped[GoalKind] = mapped_column(enum_column(GoalKind))
    field: Mapped[str]  # occupation or field of education
    description: Mapped[str | None] = mapped_column(Text)
    target_date: Mapped[date | None]


class PlanResource(IdMixin, ScopedMixin, VersionedMixin, Base):
    """A resource or competence (strength, interest, language, licence, ...): input to matchmaking."""

    __tablename__ = "plan_resource"

    revision_id: Mapped[int] = mapped_column(ForeignKey("plan_revision.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(server_default="0")
    kind: Mapped[ResourceKind] = mapped_column(enum_column(ResourceKind))
    description: Mapped[str]
    level: Mapped[str | None] = text_column(40)  # e.g. language level, licence category


class PlanBarrier(IdMixin, ScopedMixin, VersionedMixin, Base):
    """Something in the way; health and social barriers are usually sensitive."""

    __tablename__ = "plan_barrier"

    revision_id: Mapped[int] = mapped_column(ForeignKey("plan_revision.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(server_default="0")
    kind: Mapped[BarrierKind] = mapped_column(enum_column(BarrierKind))
    description: Mapped[str | None] = mapped_column(Text)
    sensitive: Mapped[bool] = mapped_column(Boolean, server_default="0")


class PlanStep(IdMixin, ScopedMixin, VersionedMixin, Base):
    """An activity with an owner and a due date."""

    __tablename__ = "plan_step"
    __table_args__ = (
        Index("ix_plan_step_status_due_on", "status", "due_on"),
        # A revision's steps, and answering "which of them are overdue" from the index alone: counting the
        # overdue steps of every open plan (the caseload's sort and filter) reads no step rows.
        Index("ix_plan_step_revision_id_due_on_status", "revision_id", "due_on", "status"),
    )

    revision_id: Mapped[int] = mapped_column(ForeignKey("plan_revision.id", ondelete="CASCADE"))
    step_key: Mapped[str] = mapped_column(String(36))  # the same step across revisions
    position: Mapped[int] = mapped_column(server_default="0")
    activity_kind: Mapped[ActivityKind] = mapped_column(enum_column(ActivityKind))
    description: Mapped[str] = mapped_column(String(400))
    owner: Mapped[StepOwner] = mapped_column(enum_column(StepOwner))
    owner_name: Mapped[str | None] = text_column()
    due_on: Mapped[date | None]
    status: Mapped[StepStatus] = mapped_column(enum_column(StepStatus), server_default=StepStatus.PLANNED.value)
    completed_on: Mapped[date | None]
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placement.id", ondelete="SET NULL"))


class PlanReview(IdMixin, ScopedMixin, VersionedMixin, Base):
    """A review of the plan, with the young person's own rating of readiness for work (1–10)."""

    __tablename__ = "plan_review"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    reviewed_on: Mapped[date]
    readiness_rating: Mapped[int | None]
    note: Mapped[str | None] = mapped_column(Text)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class PlanTemplate(IdMixin, VersionedMixin, Base):
    """A starting point for a target group, e.g. early school leavers or newly arrived."""

    __tablename__ = "plan_template"

    name: Mapped[str]
    target_group: Mapped[str]
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, server_default="1")
    steps: Mapped[list["PlanTemplateStep"]] = relationship(
        cascade="all, delete-orphan", order_by="PlanTemplateStep.position"
    )


class PlanTemplateStep(IdMixin, VersionedMixin, Base):
    """A step a template suggests, due a number of days after the plan starts."""

    __tablename__ = "plan_template_step"

    template_id: Mapped[int] = mapped_column(ForeignKey("plan_template.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(server_default="0")
    activity_kind: Mapped[ActivityKind] = mapped_column(enum_column(ActivityKind))
    description: Mapped[str] = mapped_column(String(400))
    owner: Mapped[StepOwner] = mapped_column(enum_column(StepOwner))
    due_after_days: Mapped[int | None]


