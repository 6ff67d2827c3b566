"""Participants, their consents and journal."""

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from neo_desktop.domain.identity import IdentityKind
from neo_desktop.domain.organisation import Language
from neo_desktop.domain.participant import (
    ContactChannel,
    ExitOutcome,
    Gender,
    IscedLevel,
    JournalKind,
    LabourMarketStatus,
    ParticipantStatus,
)

from .base import Base, IdMixin, ScopedMixin, VersionedMixin, enum_column, text_column


class Participant(IdMixin, ScopedMixin, VersionedMixin, Base):
    """A young person in a project. Personal data: every access is logged."""

    __tablename__ = "participant"
    __table_args__ = (
        # One record per person; the partial index lets anonymised records drop the number.
        Index(
            "uq_participant_identity_number",
            "identity_number",
            unique=True,
            sqlite_where=text("identity_number IS NOT NULL"),
            postgresql_where=text("identity_number IS NOT NULL"),
        ),
        Index("ix_participant_status_project_id", "status", "project_id"),
        Index("ix_participant_last_name_first_name", "last_name", "first_name"),
    )

    identity_kind: Mapped[IdentityKind | None] = mapped_column(enum_column(IdentityKind))
    # Normalised: CPR 10 digits, Swedish numbers 12 digits with century.
    identity_number: Mapped[str | None] = mapped_column(String(12))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date | None] = mapped_column(index=True)  # the caseload sorts by age
    gender: Mapped[Gender] = mapped_column(enum_column(Gender), server_default=Gender.NOT_STATED.value)
    preferred_language: Mapped[Language] = mapped_column(enum_column(Language), server_default=Language.DA.value)
    phone: Mapped[str | None] = text_column(40)
    email: Mapped[str | None] = text_column()
    address: Mapped[str | None] = text_column()
    postcode: Mapped[str | None] = text_column(10)
    city: Mapped[str | None] = text_column(100)
    municipality: Mapped[str | None] = text_column(100)
    housing_area: Mapped[str | None] = text_column(100)

    # ESF+ background at entry (Regulation (EU) 2021/1057, Annex I).
    education_level: Mapped[IscedLevel | None] = mapped_column(enum_column(IscedLevel))
    labour_market_status: Mapped[LabourMarketStatus | None] = mapped_column(enum_column(LabourMarketStatus))
    unemployed_since: Mapped[date | None]
    foreign_background: Mapped[bool | None] = mapped_column(Boolean)
    third_country_national: Mapped[bool | None] = mapped_column(Boolean)
    homeless_or_housing_exclusion: Mapped[bool | None] = mapped_column(Boolean)
    rural_area: Mapped[bool | None] = mapped_column(Boolean)
    # Special-category data (GDPR Art. 9): see domain.participant.SENSITIVE_ATTRIBUTES.
    has_disability: Mapped[bool | None] = mapped_column(Boolean)
    is_minority: Mapped[bool | None] = mapped_column(Boolean)

    status: Mapped[ParticipantStatus] = mapped_column(
        enum_column(ParticipantStatus), server_default=ParticipantStatus.REFERRED.value
    )
    referred_on: Mapped[date | None]
    referred_by_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    enrolled_on: Mapped[date | None]
    exited_on: Mapped[date | None]
    exit_outcome: Mapped[ExitOutcome | None] = mapped_column(enum_column(ExitOutcome))
    gained_qualification: Mapped[bool | None] = mapped_column(Boolean)
    # Six months after exit: where the person is then (ESF+ longer-term result indicators).
    followup_due_on: Mapped[date | None] = mapped_column(index=True)
    followup_done_on: Mapped[date | None]
    followup_outcome: Mapped[ExitOutcome | None] = mapped_column(enum_column(ExitOutcome))
    followup_improved_situation: Mapped[bool | None] = mapped_column(Boolean)

    next_contact_on: Mapped[date | None] = mapped_column(index=True)
    last_contact_on: Mapped[date | None] = mapped_column(index=True)  # sorted on; warns after N days
    caseworker_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    coordinator_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    # Set when the record was anonymised; the row stays for statistics.
    anonymised_at: Mapped[datetime | None]
    # Signals that caseload lists show, sort and filter by, derived and never edited: open plan steps past their
    # date, and missing the youth network group. neo_desktop.services.participant_signals keeps them (recounted
    # for everyone on the day in the setting "participant_signals_as_of").
    overdue_steps: Mapped[int] = mapped_column(Integer, server_default="0")
    attendance_dropping: Mapped[bool] = mapped_column(Boolean, server_default="0")

    consents: Mapped[list["Consent"]] = relationship(back_populates="participant", cascade="all, delete-orphan")


class Consent(IdMixin, ScopedMixin, VersionedMixin, Base):
    """What the participant allows to be shared with which partner, and until when."""

    __tablename__ = "consent"

    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    recipient_organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    scope: Mapped[str] = mapped_column(String(400))
    given_on: Mapped[date]
    expires_on: Mapped[date | None]
    withdrawn_on: Mapped[date | None]
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    participant: Mapped["Participant"] = relationship(back_populates="consents")


class JournalEntry(IdMixin, ScopedMixin, VersionedMixin, Base):
    """One line of a participant's timeline: a note, a contact, a placement, a plan or status change."""

    __tablename__ = "journal_entry"
    __table_args__ = (Index("ix_journal_entry_participant_id_occurred_at", "participant_id", "occurred_at"),)

    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    kind: Mapped[JournalKind] = mapped_column(enum_column(JournalKind))
    channel: Mapped[ContactChannel | None] = mapped_column(enum_column(ContactChannel))
    occurred_at: Mapped[datetime]
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    subject: Mapped[str | None] = text_column()
    body: Mapped[str | None] = mapped_column(Text)
    # Shown only to roles allowed to see sensitive notes.
    sensitive: Mapped[bool] = mapped_column(Boolean, server_default="0")
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placement.id", ondelete="SET NULL"))
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"))
