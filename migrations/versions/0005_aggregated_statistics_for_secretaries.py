"""PostgreSQL: a project's statistics as aggregated counts, for the roles that may see them but not the rows

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

Statistics, targets and meeting packs count participants and placements, but row-level security (0002)
rightly hides every participant row from a steering-group secretary, and all but their own caseload from a
caseworker. These functions run as the tables' owner (SECURITY DEFINER, search path pinned) and return only
counts for one project, never a row or an identifier:

- ``neo_report_projects()``: the projects whose statistics the caller may see: those where the caller's
  active staff account holds a caseworker, coordinator, secretary or administrator role (a role without a
  project: every project), the same way ``neo_work_projects()`` reads ``staff_role``. A login that row-level
  security does not limit anyway (the tables' owner, a superuser, BYPASSRLS) may see every project.
- ``neo_project_statistics(project, today)``: people per statistics cell (population, dimension, value,
  gender), exactly as ``neo_desktop.reports.indicators.count_participants`` counts them in Python.
- ``neo_project_events(project, today)``: how many enrolments, exits by outcome and placement starts by type
  fell on each day, for the targets' actuals, intake curve and pace.

Both refuse (``insufficient_privilege``) a project outside ``neo_report_projects()``. Small-cell suppression
stays in the program's reports layer, which publishes nothing else. EXECUTE is revoked from PUBLIC and
granted to the group roles that may see aggregated statistics (here when they exist already, and by
``python main.py db setup-roles``). On SQLite this revision changes nothing.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The NEO roles whose areas show aggregated statistics (Reports and Meetings) and their group roles.
STATISTICS_ROLES = ("caseworker", "coordinator", "secretary", "administrator")
SIGNATURES = ("neo_report_projects()", "neo_project_statistics(integer, date)", "neo_project_events(integer, date)")

REPORT_PROJECTS = """
CREATE OR REPLACE FUNCTION neo_report_projects()
RETURNS integer[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {search_path} AS $$
    SELECT CASE
        WHEN (SELECT r.rolsuper OR r.rolbypassrls OR pg_has_role(session_user, c.relowner, 'USAGE')
              FROM pg_roles r, pg_class c
              WHERE r.rolname = session_user AND c.oid = 'participant'::regclass)
        THEN (SELECT coalesce(array_agg(id ORDER BY id), '{{}}') FROM project)
        ELSE (SELECT coalesce(array_agg(DISTINCT p.id), '{{}}')
              FROM staff s JOIN staff_role r ON r.staff_id = s.id
                   JOIN project p ON r.project_id IS NULL OR p.id = r.project_id
              WHERE s.login_name = session_user::text AND s.active AND r.role IN ({roles}))
    END
$$"""

SCOPE_CHECK = """
    IF NOT coalesce(for_project = ANY (neo_report_projects()), false) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'this login may not see the statistics of project ' || coalesce(for_project::text, 'NULL');
    END IF;"""

# One row per participant reduced to categories, then one row per (cell, person) it counts in, then counts.
# Mirrors neo_desktop.reports.indicators: ParticipantFacts (services.statistics.participant_facts),
# age_band, esf_outputs, esf_results and build_statistics.
PROJECT_STATISTICS = """
CREATE OR REPLACE FUNCTION neo_project_statistics(for_project integer, today date)
RETURNS TABLE (population text, dimension text, value text, gender text, people bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {search_path} AS $$
#variable_conflict use_column
BEGIN""" + SCOPE_CHECK + """
    RETURN QUERY
    WITH person AS (
        SELECT coalesce(p.gender, 'not_stated')::text AS sex, p.status::text AS status,
               p.enrolled_on IS NOT NULL AS entered,
               (p.exited_on IS NOT NULL OR p.status IN ('completed', 'dropped_out')) AS has_left,
               p.exit_outcome::text AS outcome, p.labour_market_status::text AS labour,
               p.education_level::text AS education,
               coalesce(p.has_disability, false) AS disability, coalesce(p.is_minority, false) AS minority,
               coalesce(p.foreign_background, false) AS foreign_background,
               coalesce(p.third_country_national, false) AS third_country,
               coalesce(p.homeless_or_housing_exclusion, false) AS homeless,
               coalesce(p.rural_area, false) AS rural,
               coalesce(p.gained_qualification, false) AS qualification,
               p.followup_outcome::text AS followup, coalesce(p.followup_improved_situation, false) AS improved,
               CASE WHEN p.birth_date IS NULL THEN NULL ELSE
                   extract(year FROM coalesce(p.enrolled_on, p.referred_on, today))::integer
                   - extract(year FROM p.birth_date)::integer
                   - CASE WHEN to_char(coalesce(p.enrolled_on, p.referred_on, today), 'MMDD')
                               < to_char(p.birth_date, 'MMDD') THEN 1 ELSE 0 END
               END AS age
        FROM participant p
        WHERE p.project_id = for_project
    ), fact AS (
        SELECT person.*, CASE WHEN age IS NULL THEN 'unknown' WHEN age <= 17 THEN 'under_18'
                              WHEN age <= 24 THEN '18_24' WHEN age <= 29 THEN '25_29'
                              WHEN age <= 54 THEN '30_54' ELSE '55_plus' END AS band
        FROM person
    )
    SELECT cell.population::text, cell.dimension::text, cell.value::text, fact.sex, count(*)
    FROM fact CROSS JOIN LATERAL (VALUES
        ('all', 'status', fact.status, true),
        ('all', 'age', fact.band, true),
        ('all', 'total', '', true),
        ('entered', 'total', '', fact.entered),
        ('entered', 'esf', 'unemployed', fact.entered AND fact.labour IN ('unemployed', 'long_term_unemployed')),
        ('entered', 'esf', 'long_term_unemployed', fact.entered AND fact.labour = 'long_term_unemployed'),
        ('entered', 'esf', 'inactive', fact.entered AND fact.labour = 'inactive'),
        ('entered', 'esf', 'employed', fact.entered AND fact.labour = 'employed'),
        ('entered', 'esf', 'below_18', fact.entered AND fact.age < 18),
        ('entered', 'esf', 'age_18_29', fact.entered AND fact.age BETWEEN 18 AND 29),
        ('entered', 'esf', 'age_55_plus', fact.entered AND fact.age >= 55),
        ('entered', 'esf', fact.education, fact.entered AND fact.education IS NOT NULL),
        ('entered', 'esf', 'disability', fact.entered AND fact.disability),
        ('entered', 'esf', 'third_country', fact.entered AND fact.third_country),
        ('entered', 'esf', 'foreign_background', fact.entered AND fact.foreign_background),
        ('entered', 'esf', 'minority', fact.entered AND fact.minority),
        ('entered', 'esf', 'homeless', fact.entered AND fact.homeless),
        ('entered', 'esf', 'rural', fact.entered AND fact.rural),
        ('entered', 'esf', 'early_school_leaver',
         fact.entered AND fact.education = 'isced_0_2' AND fact.age BETWEEN 18 AND 24),
        ('entered', 'unknown', 'labour_status', fact.entered AND fact.labour IS NULL),
        ('entered', 'unknown', 'education', fact.entered AND fact.education IS NULL),
        ('left', 'total', '', fact.has_left),
        ('left', 'outcome', coalesce(fact.outcome, 'not_recorded'), fact.has_left),
        ('left', 'esf', 'qualification', fact.has_left AND fact.qualification),
        ('left', 'esf', 'employment_6m', fact.has_left AND fact.followup = 'employment'),
        ('left', 'esf', 'improved_6m', fact.has_left AND fact.improved)
    ) AS cell (population, dimension, value, counts)
    WHERE coalesce(cell.counts, false)
    GROUP BY 1, 2, 3, 4;
END
$$"""

# Days on which the events a project's targets count happened, and how many: enrolments, exits by outcome
# (an exit without a date counts on ``today``, as in Python), placement starts by type.
PROJECT_EVENTS = """
CREATE OR REPLACE FUNCTION neo_project_events(for_project integer, today date)
RETURNS TABLE (event text, kind text, day date, events bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {search_path} AS $$
#variable_conflict use_column
BEGIN""" + SCOPE_CHECK + """
    RETURN QUERY
    SELECT 'enrolled'::text, ''::text, p.enrolled_on, count(*)
    FROM participant p
    WHERE p.project_id = for_project AND p.enrolled_on IS NOT NULL
    GROUP BY p.enrolled_on
    UNION ALL
    SELECT 'exit'::text, p.exit_outcome::text, coalesce(p.exited_on, today), count(*)
    FROM participant p
    WHERE p.project_id = for_project AND p.exit_outcome IS NOT NULL
      AND (p.exited_on IS NOT NULL OR p.status IN ('completed', 'dropped_out'))
    GROUP BY 2, 3
    UNION ALL
    SELECT 'placement'::text, pl.placement_type::text, pl.starts_on, count(*)
    FROM placement pl
    WHERE pl.project_id = for_project
    GROUP BY 2, 3;
END
$$"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    preparer = bind.dialect.identifier_preparer
    schema = bind.scalar(sa.text("SELECT current_schema()"))
    search_path = f"pg_catalog, {preparer.quote_identifier(schema)}, pg_temp"
    roles = ", ".join(f"'{role}'" for role in STATISTICS_ROLES)
    for statement in (REPORT_PROJECTS, PROJECT_STATISTICS, PROJECT_EVENTS):
        op.execute(statement.format(search_path=search_path, roles=roles))
    wanted = [f"neo_{role}" for role in STATISTICS_ROLES]
    existing = set(bind.scalars(sa.text("SELECT rolname FROM pg_roles WHERE rolname = ANY (:names)"),
                                {"names": wanted}))
    groups = [group for group in wanted if group in existing]
    for signature in SIGNATURES:
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        if groups:
            op.execute(f"GRANT EXECUTE ON FUNCTION {signature} TO {', '.join(groups)}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for signature in reversed(SIGNATURES):
        op.execute(f"DROP FUNCTION IF EXISTS {signature}")
