"""Participant signals: overdue plan steps and dropping attendance kept on the participant, for sorting registers

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

Sorting or filtering the whole register (100,000 young people) by overdue plan steps or by warnings meant
counting every open plan's overdue steps and ranking every youth-network attendance at each query, several
hundred milliseconds. ``participant.overdue_steps`` and ``participant.attendance_dropping`` keep those two
facts, so the register sorts on them as on any other column; the program rewrites them when a participant's
plan or attendance changes, and for everyone once a day, because steps fall overdue as days pass (only the
values that differ are written). The ``setting`` row ``participant_signals_as_of`` records the day of the
last full pass. They are derived: no one edits them and they do not change the record's ``version``.

On PostgreSQL row-level security hides other caseloads' plans and attendance from a login, so the values are
written by ``neo_refresh_participant_signals(today, participants)`` running as the tables' owner: for the
given participants, or (``participants`` NULL) for everyone once a day, under an advisory lock that makes
concurrent refreshes wait for each other. The function counts exactly as
``neo_desktop.services.participant_signals`` does on SQLite (a test compares both with the live counts).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNATURE = "neo_refresh_participant_signals(date, integer[])"
LOCK = 7412002  # the access log's chain uses 7412001

REFRESH = """
CREATE OR REPLACE FUNCTION neo_refresh_participant_signals(today date, participants integer[] DEFAULT NULL)
RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = {search_path} AS $$
BEGIN
    IF participants IS NULL THEN
        PERFORM pg_advisory_xact_lock({lock});
        IF EXISTS (SELECT 1 FROM setting WHERE key = 'participant_signals_as_of'
                   AND value = to_json(today::text)::text) THEN
            RETURN;  -- another workstation did today's pass while this one waited for the lock
        END IF;
    ELSE
        PERFORM pg_advisory_xact_lock_shared({lock});
    END IF;
    WITH found AS (
        SELECT signal.participant_id, sum(signal.overdue)::integer AS overdue, bool_or(signal.dropping) AS dropping
        FROM (
            -- open steps past their date in the newest version of each open plan
            SELECT pl.participant_id, count(*) AS overdue, false AS dropping
            FROM plan pl
            JOIN plan_revision r ON r.plan_id = pl.id
            JOIN plan_step s ON s.revision_id = r.id
            WHERE pl.status <> 'closed' AND s.due_on < today AND lower(s.status) IN ('planned', 'in_progress')
              AND NOT EXISTS (SELECT 1 FROM plan_revision newer WHERE newer.plan_id = pl.id AND newer.id > r.id)
              AND (participants IS NULL OR pl.participant_id = ANY (participants))
            GROUP BY pl.participant_id
            UNION ALL
            -- missed at least 2 of the last 3 recorded youth-network sessions held so far
            SELECT recent.participant_id, 0, true
            FROM (
                SELECT gm.participant_id, a.status,
                       row_number() OVER (PARTITION BY gm.participant_id ORDER BY m.starts_at DESC, m.id DESC) AS n
                FROM meeting_attendee a
                JOIN group_member gm ON gm.id = a.member_id
                JOIN meeting m ON m.id = a.meeting_id
                JOIN stakeholder_group g ON g.id = m.group_id
                WHERE g.kind = 'youth_network' AND m.status = 'held'
                  AND m.starts_at < ((today + 1)::timestamp AT TIME ZONE 'UTC') AND a.status <> 'invited'
                  AND gm.participant_id IS NOT NULL
                  AND (participants IS NULL OR gm.participant_id = ANY (participants))
            ) recent
            WHERE recent.n <= 3
            GROUP BY recent.participant_id
            HAVING sum(CASE WHEN recent.status IN ('absent', 'apologies') THEN 1 ELSE 0 END) >= 2
        ) signal
        GROUP BY signal.participant_id
    ), wanted AS (
        -- everyone asked about, or on the daily pass everyone with a signal now or before
        SELECT p.id, coalesce(f.overdue, 0) AS overdue, coalesce(f.dropping, false) AS dropping
        FROM participant p LEFT JOIN found f ON f.participant_id = p.id
        WHERE CASE WHEN participants IS NULL
                   THEN f.participant_id IS NOT NULL OR p.overdue_steps <> 0 OR p.attendance_dropping
                   ELSE p.id = ANY (participants) END
    )
    UPDATE participant p SET overdue_steps = w.overdue, attendance_dropping = w.dropping
    FROM wanted w
    WHERE p.id = w.id AND (p.overdue_steps, p.attendance_dropping) IS DISTINCT FROM (w.overdue, w.dropping);
    IF participants IS NULL THEN
        INSERT INTO setting (key, value) VALUES ('participant_signals_as_of', to_json(today::text)::text)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = setting.version + 1, updated_at = now();
    END IF;
END
$$"""


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy of the table on SQLite): both have defaults, nothing else changes.
    op.add_column("participant", sa.Column("overdue_steps", sa.Integer(), server_default="0", nullable=False))
    op.add_column("participant", sa.Column("attendance_dropping", sa.Boolean(), server_default="0", nullable=False))
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.scalar(sa.text("SELECT current_schema()"))
    search_path = f"pg_catalog, {bind.dialect.identifier_preparer.quote_identifier(schema)}, pg_temp"
    op.execute(REFRESH.format(search_path=search_path, lock=LOCK))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {SIGNATURE}")
    # SQLite drops them in place (3.35 and later): a batch copy of the table would lose the search triggers.
    op.drop_column("participant", "attendance_dropping")
    op.drop_column("participant", "overdue_steps")
    op.execute("DELETE FROM setting WHERE key = 'participant_signals_as_of'")
