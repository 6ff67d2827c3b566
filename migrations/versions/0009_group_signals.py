"""PostgreSQL: recount the participant signals of a whole group's young members, whoever changes the group

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

A youth-network session's status or time, or a group's kind, changes whether its young members' attendance is
dropping (migration 0007). The person making the change, often a steering-group secretary, may see none of
those young people under row-level security, so the program cannot name them to
``neo_refresh_participant_signals``. ``neo_refresh_group_signals(today, group)`` finds the group's young members
itself, as the tables' owner, and recounts them; it returns nothing and writes only the two derived values.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNATURE = "neo_refresh_group_signals(date, integer)"

REFRESH_GROUP = """
CREATE OR REPLACE FUNCTION neo_refresh_group_signals(today date, the_group integer)
RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = {search_path} AS $$
BEGIN
    -- never NULL: that would be the everyone-once-a-day pass
    PERFORM neo_refresh_participant_signals(today, coalesce(
        (SELECT array_agg(DISTINCT participant_id) FROM group_member
         WHERE group_id = the_group AND participant_id IS NOT NULL), '{{}}'::integer[]));
END
$$"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.scalar(sa.text("SELECT current_schema()"))
    search_path = f"pg_catalog, {bind.dialect.identifier_preparer.quote_identifier(schema)}, pg_temp"
    op.execute(REFRESH_GROUP.format(search_path=search_path))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {SIGNATURE}")
