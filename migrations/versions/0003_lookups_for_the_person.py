"""PostgreSQL: the dates and purposes of lookups on one person, for the staff who may see that person

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Staff logins may append to the access log but not read it. A person's right of access includes the dates
and purposes of lookups on their data (without the staff names), so this function returns exactly that,
and only for a participant the caller may see under the same rule as the row-level security policy (or to
a login that may read the whole log anyway, such as the owner).
On SQLite this revision changes nothing.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("""
        CREATE OR REPLACE FUNCTION neo_lookups_of(person integer)
        RETURNS TABLE (occurred_at timestamptz, action varchar, purpose varchar)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
            SELECT l.occurred_at, l.action, l.purpose
            FROM access_log l
            WHERE l.participant_id = person
              AND (has_table_privilege(session_user, 'access_log', 'SELECT') OR EXISTS (
                  SELECT 1 FROM participant p
                  WHERE p.id = person
                    AND (p.caseworker_id = neo_staff_id() OR p.coordinator_id = neo_staff_id()
                         OR (p.organisation_id = neo_staff_organisation_id()
                             AND p.project_id = ANY (neo_team_projects())))))
            ORDER BY l.id
        $$""")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP FUNCTION IF EXISTS neo_lookups_of(integer)")
