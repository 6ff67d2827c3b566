"""Row-level security on PostgreSQL: each login sees only the personal data its caseload and team allow

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Policies apply to the staff members' own logins (see ``python main.py db setup-roles``); the owner of the
tables, which runs the migrations, is not limited by them. On SQLite (one workstation, local sign-in) this
revision changes nothing.

The helper functions run as their owner (SECURITY DEFINER) so that they can read ``staff`` and
``staff_role`` whatever the caller may see, and each policy calls them inside ``(SELECT ...)`` so that
PostgreSQL evaluates them once per query, not once per row.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTIONS = {
    "neo_staff_id()": """
        RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
            SELECT id FROM staff WHERE login_name = session_user::text AND active
        $$""",
    "neo_staff_organisation_id()": """
        RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
            SELECT organisation_id FROM staff WHERE login_name = session_user::text AND active
        $$""",
    # Projects in which the caller holds a role that works with participants (NULL project: all projects).
    "neo_work_projects()": """
        RETURNS integer[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
            SELECT coalesce(array_agg(DISTINCT p.id), '{}')
            FROM staff s JOIN staff_role r ON r.staff_id = s.id
                 JOIN project p ON r.project_id IS NULL OR p.id = r.project_id
            WHERE s.login_name = session_user::text AND s.active AND r.role IN ('caseworker', 'coordinator')
        $$""",
    # Projects whose team caseload the caller may read (a caseworker role with may_view_team).
    "neo_team_projects()": """
        RETURNS integer[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
            SELECT coalesce(array_agg(DISTINCT p.id), '{}')
            FROM staff s JOIN staff_role r ON r.staff_id = s.id
                 JOIN project p ON r.project_id IS NULL OR p.id = r.project_id
            WHERE s.login_name = session_user::text AND s.active AND r.role = 'caseworker' AND r.may_view_team
        $$""",
    # True while the participant's consent to share with the caller's organisation is in force. Runs as
    # the owner because the consent table's own policy refers back to participant.
    "neo_shared_with_me(person integer)": """
        RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
            SELECT EXISTS (
                SELECT 1 FROM consent c
                WHERE c.participant_id = person
                  AND c.recipient_organisation_id = (SELECT organisation_id FROM staff
                                                     WHERE login_name = session_user::text AND active)
                  AND c.withdrawn_on IS NULL AND c.given_on <= current_date
                  AND (c.expires_on IS NULL OR c.expires_on >= current_date))
        $$""",
    # The newest access-log hash, for chaining a new entry; the advisory lock orders concurrent writers.
    # Application logins may append to the log but not read it, hence SECURITY DEFINER.
    "neo_last_access_hash()": """
        RETURNS varchar LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock(7412001);
            RETURN (SELECT entry_hash FROM access_log ORDER BY id DESC LIMIT 1);
        END
        $$""",
}

ME = "(SELECT neo_staff_id())"
# Assigned to the caller, and either owned by the caller's organisation or shared with it by consent.
MINE = (f"((caseworker_id = {ME} OR coordinator_id = {ME}) AND "
        f"(organisation_id = (SELECT neo_staff_organisation_id()) OR neo_shared_with_me(id)))")
VISIBLE_PARTICIPANT = "participant_id IN (SELECT id FROM participant)"
EDITABLE_PARTICIPANT = f"participant_id IN (SELECT id FROM participant WHERE {MINE})"
VISIBLE_PLAN = "plan_id IN (SELECT id FROM plan)"
EDITABLE_PLAN = f"plan_id IN (SELECT id FROM plan WHERE {EDITABLE_PARTICIPANT})"
VISIBLE_REVISION = "revision_id IN (SELECT id FROM plan_revision)"
EDITABLE_REVISION = f"revision_id IN (SELECT id FROM plan_revision WHERE {EDITABLE_PLAN})"

# table -> (who may read a row, who may change it)
POLICIES: dict[str, tuple[str, str]] = {
    "consent": (VISIBLE_PARTICIPANT, EDITABLE_PARTICIPANT),
    "journal_entry": (VISIBLE_PARTICIPANT, EDITABLE_PARTICIPANT),
    "plan": (VISIBLE_PARTICIPANT, EDITABLE_PARTICIPANT),
    "placement": (VISIBLE_PARTICIPANT, EDITABLE_PARTICIPANT),
    "match_proposal": (VISIBLE_PARTICIPANT, EDITABLE_PARTICIPANT),
    "plan_revision": (VISIBLE_PLAN, EDITABLE_PLAN),
    "plan_review": (VISIBLE_PLAN, EDITABLE_PLAN),
    "plan_goal": (VISIBLE_REVISION, EDITABLE_REVISION),
    "plan_resource": (VISIBLE_REVISION, EDITABLE_REVISION),
    "plan_barrier": (VISIBLE_REVISION, EDITABLE_REVISION),
    "plan_step": (VISIBLE_REVISION, EDITABLE_REVISION),
    # Youth network members are participants; other members (staff, partners, companies) are not.
    "group_member": (f"participant_id IS NULL OR {VISIBLE_PARTICIPANT}",
                     f"participant_id IS NULL OR {EDITABLE_PARTICIPANT}"),
    "meeting_attendee": ("member_id IS NULL OR member_id IN (SELECT id FROM group_member)",
                         "member_id IS NULL OR member_id IN (SELECT id FROM group_member)"),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for signature, body in FUNCTIONS.items():
        op.execute(f"CREATE OR REPLACE FUNCTION {signature} {body}")

    op.execute("ALTER TABLE participant ENABLE ROW LEVEL SECURITY")
    op.execute(f"""CREATE POLICY participant_read ON participant FOR SELECT USING (
        {MINE} OR (organisation_id = (SELECT neo_staff_organisation_id())
                   AND project_id = ANY ((SELECT neo_team_projects())::integer[])))""")
    in_my_projects = ("organisation_id = (SELECT neo_staff_organisation_id()) "
                      "AND project_id = ANY ((SELECT neo_work_projects())::integer[])")
    op.execute(f"CREATE POLICY participant_insert ON participant FOR INSERT WITH CHECK ({in_my_projects})")
    op.execute(f"CREATE POLICY participant_update ON participant FOR UPDATE USING ({MINE}) "
               f"WITH CHECK ({in_my_projects})")
    op.execute(f"CREATE POLICY participant_delete ON participant FOR DELETE USING ({MINE})")

    for table, (readable, editable) in POLICIES.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {table}_read ON {table} FOR SELECT USING ({readable})")
        op.execute(f"CREATE POLICY {table}_write ON {table} FOR ALL USING ({editable}) WITH CHECK ({editable})")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in POLICIES:
        op.execute(f"DROP POLICY IF EXISTS {table}_write ON {table}")
        op.execute(f"DROP POLICY IF EXISTS {table}_read ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for name in ("participant_delete", "participant_update", "participant_insert", "participant_read"):
        op.execute(f"DROP POLICY IF EXISTS {name} ON participant")
    op.execute("ALTER TABLE participant DISABLE ROW LEVEL SECURITY")
    for signature in FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {signature}")
