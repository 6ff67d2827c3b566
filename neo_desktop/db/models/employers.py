"""Employers (companies), their contacts and engagement log, openings, placements and match proposals."""

from datetime import date, datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from neo_desktop.domain.employer import (
    CompanySize,
    EngagementKind,
    LanguageLevel,
    OpeningStatus,
    PhysicalDemand,
    PlacementOutcome,
    PlacementStatus,
    PlacementType,
    ProposalStatus,
    RelationshipStatus,
)
from neo_desktop.domain.organisation import Country

from .base import Base, IdMixin, ScopedMixin, VersionedMixin, enum_column, text_column


class Employer(IdMixin, VersionedMixin, Base):
    """A company in the partnership's employer network."""

    __tablename__ = "employer"

    name: Mapped[str] = mapped_column(String(200), index=True)
    country: Mapped[Country] = mapped_column(enum_column(Country))
    registration_number: Mapped[str | None] = mapped_column(String(12), unique=True)  # CVR / orgnr
    industry_code: Mapped[str | None] = text_column(10)  # NACE (DK) / SNI (SE)
    industry: Mapped[str | None] = text_column()
    size: Mapped[CompanySize | None] = mapped_column(enum_column(CompanySize))
    address: Mapped[str | None] = text_column()
    postcode: Mapped[str | None] = text_column(10)
    city: Mapped[str | None] = text_column(100)
    municipality: Mapped[str | None] = text_column(100)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    website: Mapped[str | None] = text_column()
    # Companies that serve a partner housing association (the Viborg/Silkeborg model).
    supplies_housing_association_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    relationship_status: Mapped[RelationshipStatus] = mapped_column(
        enum_column(RelationshipStatus), server_default=RelationshipStatus.PROSPECT.value
    )
    contact_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    # The partnership project the company was engaged through (counts towards its targets).
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id"), index=True)
    engaged_on: Mapped[date | None]
    notes: Mapped[str | None] = mapped_column(Text)

    contacts: Mapped[list["EmployerContact"]] = relationship(cascade="all, delete-orphan")


class EmployerContact(IdMixin, VersionedMixin, Base):
    """A person at a company."""

    __tablename__ = "employer_contact"

    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id", ondelete="CASCADE"), index=True)
    name: Mapped[str]
    job_title: Mapped[str | None] = text_column()
    phone: Mapped[str | None] = text_column(40)
    email: Mapped[str | None] = text_column()
    is_primary: Mapped[bool] = mapped_column(Boolean, server_default="0")


class EmployerEngagement(IdMixin, VersionedMixin, Base):
    """An entry in the engagement log: a visit, call, agreement, event or network meeting."""

    __tablename__ = "employer_engagement"
    __table_args__ = (Index("ix_employer_engagement_employer_id_occurred_on", "employer_id", "occurred_on"),)

    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id", ondelete="CASCADE"))
    kind: Mapped[EngagementKind] = mapped_column(enum_column(EngagementKind))
    occurred_on: Mapped[date]
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    summary: Mapped[str | None] = mapped_column(Text)


class Opening(IdMixin, VersionedMixin, Base):
    """An internship, job or other opening a company offers."""

    __tablename__ = "opening"
    __table_args__ = (Index("ix_opening_status_starts_on", "status", "starts_on"),)

    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id"), index=True)
    placement_type: Mapped[PlacementType] = mapped_column(enum_column(PlacementType))
    title: Mapped[str]
    occupation: Mapped[str | None] = text_column()
    description: Mapped[str | None] = mapped_column(Text)
    places: Mapped[int] = mapped_column(server_default="1")
    hours_per_week: Mapped[float | None] = mapped_column(Float)
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    # Requirements (hard or soft, as the matching rules decide).
    language: Mapped[str | None] = text_column(10)  # "da", "sv", "en"
    language_level: Mapped[LanguageLevel] = mapped_column(
        enum_column(LanguageLevel), server_default=LanguageLevel.NONE.value
    )
    requires_driving_licence: Mapped[bool] = mapped_column(Boolean, server_default="0")
    required_certificates: Mapped[str | None] = text_column(400)
    physical_demand: Mapped[PhysicalDemand] = mapped_column(
        enum_column(PhysicalDemand), server_default=PhysicalDemand.LOW.value
    )
    minimum_age: Mapped[int | None]
    # Supports offered.
    offers_mentor: Mapped[bool] = mapped_column(Boolean, server_default="0")
    accessible: Mapped[bool] = mapped_column(Boolean, server_default="0")
    adapted_hours: Mapped[bool] = mapped_column(Boolean, server_default="0")
    # Location, when not the employer's address.
    address: Mapped[str | None] = text_column()
    municipality: Mapped[str | None] = text_column(100)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    status: Mapped[OpeningStatus] = mapped_column(
        enum_column(OpeningStatus), server_default=OpeningStatus.OPEN.value
    )


class Placement(IdMixin, ScopedMixin, VersionedMixin, Base):
    """A participant in an opening, or directly with an employer."""

    __tablename__ = "placement"

    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id"), index=True)
    opening_id: Mapped[int | None] = mapped_column(ForeignKey("opening.id", ondelete="SET NULL"), index=True)
    placement_type: Mapped[PlacementType] = mapped_column(enum_column(PlacementType))
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]
    hours_per_week: Mapped[float | None] = mapped_column(Float)
    mentor_name: Mapped[str | None] = text_column()
    status: Mapped[PlacementStatus] = mapped_column(
        enum_column(PlacementStatus), server_default=PlacementStatus.PLANNED.value
    )
    outcome: Mapped[PlacementOutcome | None] = mapped_column(enum_column(PlacementOutcome))
    note: Mapped[str | None] = mapped_column(Text)


class MatchProposal(IdMixin, ScopedMixin, VersionedMixin, Base):
    """A proposed match between a participant and an opening, with the reasons shown at the time."""

    __tablename__ = "match_proposal"

    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    opening_id: Mapped[int] = mapped_column(ForeignKey("opening.id", ondelete="CASCADE"), index=True)
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[str | None] = mapped_column(Text)  # one reason a line, as shown to the caseworker
    status: Mapped[ProposalStatus] = mapped_column(
        enum_column(ProposalStatus), server_default=ProposalStatus.PROPOSED.value
    )
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    answered_at: Mapped[datetime | None]
    decline_reason: Mapped[str | None] = text_column(400)
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placement.id", ondelete="SET NULL"))
