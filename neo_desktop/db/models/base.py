"""The declarative base, constraint naming and the column mixins every table shares.

Design notes:
- Constraint names follow one convention so that Alembic can alter them on SQLite (batch mode) and
  PostgreSQL alike.
- Enums are stored as their string values without CHECK constraints: adding a value later is a code change,
  not a table rebuild. The domain validates values before they reach the database.
- Every editable table carries ``version`` for optimistic locking: SQLAlchemy adds ``WHERE version = :old``
  to each UPDATE, so a save based on stale data fails instead of overwriting someone else's work.
- Every table with personal data carries ``organisation_id`` and ``project_id`` (:class:`ScopedMixin`), so
  PostgreSQL row-level security can filter rows without joins.
"""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Date, DateTime, Enum, ForeignKey, Integer, MetaData, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base class of all NEO Desktop tables."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: DateTime(timezone=True),
        date: Date(),
        str: String(200),
    }


def enum_column(enum_type: type[StrEnum]) -> Enum:
    """A column type that stores ``enum_type`` as its value strings, without a CHECK constraint."""
    return Enum(
        enum_type,
        native_enum=False,
        create_constraint=False,
        length=40,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class IdMixin:
    """A surrogate integer key."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-100)


class TimestampMixin:
    """When a row was created and last changed (set by the database)."""

    created_at: Mapped[datetime] = mapped_column(server_default=func.now(), sort_order=100)
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now(), sort_order=100)


class VersionedMixin(TimestampMixin):
    """Optimistic locking: each UPDATE checks and bumps ``version``."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1", sort_order=99)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:  # noqa: N805 - declared_attr receives the class
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class ScopedMixin:
    """The owning organisation and project of a row with personal data (the unit of access control)."""

    @declared_attr
    def organisation_id(cls) -> Mapped[int]:  # noqa: N805
        return mapped_column(ForeignKey("organisation.id"), index=True)

    @declared_attr
    def project_id(cls) -> Mapped[int]:  # noqa: N805
        return mapped_column(ForeignKey("project.id"), index=True)


def text_column(length: int = 200) -> Mapped[str | None]:
    """An optional text column of at most ``length`` characters."""
    return mapped_column(String(length), nullable=True)
