"""Projects, their partners, targets over time and eligibility rules."""

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from neo_desktop.domain.organisation import Country, Language, PartnerRole, TargetKind

from .base import Base, IdMixin, VersionedMixin, enum_column, text_column


class Project(IdMixin, VersionedMixin, Base):
    """A funded project (ESF+, Interreg, foundation) run by a partnership."""

    __tablename__ = "project"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str]
    country: Mapped[Country] = mapped_column(enum_column(Country))
    funding_programme: Mapped[str | None] = text_column()
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    budget: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3), server_default="DKK")
    lead_organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    language: Mapped[Language] = mapped_column(enum_column(Language), server_default=Language.EN.value)
    description: Mapped[str | None] = mapped_column(Text)
    # Small-cell suppression for statistics that leave the program.
    suppression_threshold: Mapped[int] = mapped_column(server_default="3")
    sensitive_suppression_threshold: Mapped[int] = mapped_column(server_default="5")
    no_contact_warning_days: Mapped[int] = mapped_column(server_default="14")
    # Years after 31 December of the year of the last payment (EU funds: five).
    retention_years: Mapped[int] = mapped_column(server_default="5")
    last_payment_on: Mapped[date | None]

    partners: Mapped[list["ProjectPartner"]] = relationship(cascade="all, delete-orphan")
    targets: Mapped[list["ProjectTarget"]] = relationship(cascade="all, delete-orphan")
    eligibility_rules: Mapped[list["EligibilityRule"]] = relationship(cascade="all, delete-orphan")


class ProjectPartner(IdMixin, VersionedMixin, Base):
    """An organisation's part in a project."""

    __tablename__ = "project_partner"
    __table_args__ = (UniqueConstraint("project_id", "organisation_id"),)

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    role: Mapped[PartnerRole] = mapped_column(enum_column(PartnerRole))


class ProjectTarget(IdMixin, VersionedMixin, Base):
    """A target the project reports against, for example 120 residents into work."""

    __tablename__ = "project_target"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    kind: Mapped[TargetKind] = mapped_column(enum_column(TargetKind))
    target_value: Mapped[int]
    description: Mapped[str | None] = text_column()

    milestones: Mapped[list["TargetMilestone"]] = relationship(
        cascade="all, delete-orphan", order_by="TargetMilestone.due_on"
    )


class TargetMilestone(IdMixin, VersionedMixin, Base):
    """A planned cumulative value by a date: together they form the planned curve (e.g. intake)."""

    __tablename__ = "target_milestone"
    __table_args__ = (UniqueConstraint("target_id", "due_on"),)

    target_id: Mapped[int] = mapped_column(ForeignKey("project_target.id", ondelete="CASCADE"), index=True)
    due_on: Mapped[date]
    planned_value: Mapped[int]


class EligibilityRule(IdMixin, VersionedMixin, Base):
    """One way to be eligible: an age band and a minimum unemployment; any matching rule suffices.

    The NVG project's rule is two rows: aged 16–24 and unemployed 3 months; aged 25–64 and unemployed 12.
    """

    __tablename__ = "eligibility_rule"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    min_age: Mapped[int]
    max_age: Mapped[int]
    min_unemployed_months: Mapped[int] = mapped_column(server_default="0")
    description: Mapped[str | None] = text_column()
