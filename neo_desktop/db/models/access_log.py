"""The access log: every read, search, change, export and deletion of personal data.

Rows are only ever inserted. Each row carries the hash of the previous one (``previous_hash``) and its own
(``entry_hash``) so that an edited or removed row breaks the chain and can be found.
"""

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from neo_desktop.domain.access import AccessAction

from .base import Base, enum_column, text_column


class AccessLogEntry(Base):
    """Who did what to whose data, when, and why."""

    __tablename__ = "access_log"
    __table_args__ = (
        Index("ix_access_log_participant_id_occurred_at", "participant_id", "occurred_at"),
        Index("ix_access_log_staff_id_occurred_at", "staff_id", "occurred_at"),
    )

    # SQLite only auto-increments a column declared exactly INTEGER PRIMARY KEY.
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(server_default=func.now(), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    login_name: Mapped[str] = mapped_column(String(63))
    action: Mapped[AccessAction] = mapped_column(enum_column(AccessAction))
    # The person concerned, when there is one; kept as a plain number so erasure does not break the log.
    participant_id: Mapped[int | None]
    organisation_id: Mapped[int | None]
    project_id: Mapped[int | None]
    record_kind: Mapped[str | None] = text_column(40)  # e.g. "participant", "plan", "journal_entry"
    record_id: Mapped[int | None]
    search_criterion: Mapped[str | None] = text_column(400)
    purpose: Mapped[str | None] = text_column(400)
    detail: Mapped[str | None] = mapped_column(Text)
    previous_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))

