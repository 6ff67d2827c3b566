"""Reference lists administrators maintain, and database-wide settings."""

from sqlalchemy import Boolean, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, VersionedMixin, text_column


class ReferenceItem(IdMixin, VersionedMixin, Base):
    """An entry in a reference list (activity kinds, outcome codes, placement types per country, ...).

    ``code`` matches the domain enum value where one exists; labels are per language.
    """

    __tablename__ = "reference_item"
    __table_args__ = (UniqueConstraint("list_name", "code", "country"),)

    list_name: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(40))
    country: Mapped[str | None] = mapped_column(String(2))  # None: both countries
    label_en: Mapped[str]
    label_da: Mapped[str | None] = text_column()
    label_sv: Mapped[str | None] = text_column()
    position: Mapped[int] = mapped_column(server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, server_default="1")


class Setting(VersionedMixin, Base):
    """A database-wide setting shared by every workstation (key → JSON text)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
