"""Partner organisations, staff and their roles."""

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from neo_desktop.domain.organisation import Country, Language, OrganisationKind, Role

from .base import Base, IdMixin, VersionedMixin, enum_column, text_column


class Organisation(IdMixin, VersionedMixin, Base):
    """A partner organisation: jobcentre, NGO, employer, housing association, ..."""

    __tablename__ = "organisation"

    name: Mapped[str]
    kind: Mapped[OrganisationKind] = mapped_column(enum_column(OrganisationKind))
    country: Mapped[Country] = mapped_column(enum_column(Country))
    # CVR (DK) or organisationsnummer (SE), normalised to digits.
    registration_number: Mapped[str | None] = mapped_column(String(12), unique=True)
    municipality: Mapped[str | None] = text_column(100)
    address: Mapped[str | None] = text_column()
    email: Mapped[str | None] = text_column()
    phone: Mapped[str | None] = text_column(40)
    active: Mapped[bool] = mapped_column(Boolean, server_default="1")
    # Set when an administrator merged this organisation into another (a duplicate).
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))

    staff: Mapped[list["Staff"]] = relationship(back_populates="organisation")


class Staff(IdMixin, VersionedMixin, Base):
    """A staff member who signs in; on PostgreSQL ``login_name`` is their database login."""

    __tablename__ = "staff"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    login_name: Mapped[str] = mapped_column(String(63), unique=True)
    full_name: Mapped[str]
    email: Mapped[str | None] = text_column()
    phone: Mapped[str | None] = text_column(40)
    language: Mapped[Language] = mapped_column(enum_column(Language), server_default=Language.EN.value)
    active: Mapped[bool] = mapped_column(Boolean, server_default="1")
    # Local sign-in on the embedded database: an argon2 hash, never the password.
    password_hash: Mapped[str | None] = text_column(255)
    failed_sign_ins: Mapped[int] = mapped_column(server_default="0")
    locked_until: Mapped[datetime | None]
    last_sign_in_at: Mapped[datetime | None]

    organisation: Mapped["Organisation"] = relationship(back_populates="staff")
    roles: Mapped[list["StaffRole"]] = relationship(back_populates="staff", cascade="all, delete-orphan")


class StaffRole(IdMixin, VersionedMixin, Base):
    """A role held by a staff member, for all projects or for one."""

    __tablename__ = "staff_role"
    __table_args__ = (UniqueConstraint("staff_id", "role", "project_id"),)

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(enum_column(Role))
    # None: the role applies to every project of the staff member's organisation.
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id"), index=True)
    # Caseworkers may be allowed to see their team's caseload read-only.
    may_view_team: Mapped[bool] = mapped_column(Boolean, server_default="0")

    staff: Mapped["Staff"] = relationship(back_populates="roles")

