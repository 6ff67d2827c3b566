"""The participant search index of migration 0004: kept in step with the table by the database itself, and used
by the search (not a scan of every row)."""

from __future__ import annotations

import re
from datetime import date

import psycopg
import pytest
from sqlalchemy import Select, delete, select, text, update
from sqlalchemy.orm import Session

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Organisation, Participant, Project
from neo_desktop.db.search_index import search_clause
from neo_desktop.domain.organisation import Country, OrganisationKind
from neo_desktop.domain.participant_rules import search_terms


def add_people(database: Database) -> dict[str, int]:
    with database.transaction() as session:
        organisation = Organisation(name="Jobcenter Viborg", kind=OrganisationKind.JOBCENTRE, country=Country.DK)
        session.add(organisation)
        session.flush()
        project = Project(code="P", name="P", country=Country.DK, starts_on=date(2026, 1, 1),
                          ends_on=date(2027, 1, 1), lead_organisation_id=organisation.id)
        session.add(project)
        session.flush()
        people = {
            "søren": Participant(first_name="Søren", last_name="Ågård", identity_number="1705044921",
                                 phone="+45 20 30 40 50", email="soren.agard@example.org"),
            "åsa": Participant(first_name="Åsa", last_name="Öberg", identity_number="191212121212",
                               phone="070-174 06 12"),
        }
        for person in people.values():
            person.organisation_id, person.project_id = organisation.id, project.id
        session.add_all(people.values())
        session.flush()
        return {name: person.id for name, person in people.items()}


def found(database: Database, typed: str) -> set[int]:
    with database.transaction() as session:
        clause = search_clause(session.get_bind().dialect.name, search_terms(typed))
        return set(session.scalars(select(Participant.id).where(clause)))


def test_the_index_follows_inserts_updates_and_deletes(database: Database) -> None:
    ids = add_people(database)
    assert found(database, "sør") == {ids["søren"]}
    assert found(database, "ågå") == {ids["søren"]}
    assert found(database, "170504") == {ids["søren"]}
    assert found(database, "121212-1212") == {ids["åsa"]}  # the 10-digit form of a 12-digit number
    assert found(database, "2030 4050") == {ids["søren"]}
    assert found(database, "0701740612") == {ids["åsa"]}
    assert found(database, "soren.agard@ex") == {ids["søren"]}
    with database.transaction() as session:
        session.execute(update(Participant).where(Participant.id == ids["søren"]).values(last_name="Kjær"))
    assert found(database, "ågård") == set() and found(database, "kjær") == {ids["søren"]}
    with database.transaction() as session:
        session.execute(delete(Participant).where(Participant.id == ids["åsa"]))
    assert found(database, "åsa") == set()


def test_sqlite_keeps_an_fts5_table_in_step(sqlite_database: Database) -> None:
    add_people(sqlite_database)
    with sqlite_database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM participant_search")).scalar() == 2
        check = connection.execute(text("INSERT INTO participant_search(participant_search, rank) "
                                        "VALUES ('integrity-check', 1)"))
        assert check is not None  # raises if the index disagrees with its content


@pytest.mark.postgres
def test_postgresql_answers_from_the_trigram_index(postgres_database: Database) -> None:
    add_people(postgres_database)
    with postgres_database.transaction() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))  # a two-row table: make the planner show its hand
        clause = search_clause("postgresql", search_terms("søren ågå"))
        sql = select(Participant.id).where(clause).compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = "\n".join(session.scalars(text(f"EXPLAIN {sql}")))
    assert "ix_participant_search_text_trgm" in plan
    with postgres_database.transaction() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        sql = select(Participant.id).where(search_clause("postgresql", ["sø"])).compile(
            session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = "\n".join(session.scalars(text(f"EXPLAIN {sql}")))
    assert "ix_participant_lower_first_name" in plan and "ix_participant_lower_last_name" in plan


def generic_plan(session: Session, statement: Select) -> str:
    """PostgreSQL's plan of ``statement`` made once for any parameter values, as for a statement that psycopg has
    prepared (it does so after a few runs) once PostgreSQL stops planning each run afresh."""
    compiled = statement.compile(session.get_bind(), compile_kwargs={"render_postcompile": True})
    names = list(dict.fromkeys(re.findall(r"%\((\w+)\)s", compiled.string)))
    sql = re.sub(r"%\((\w+)\)s", lambda match: f"${names.index(match.group(1)) + 1}", compiled.string)
    connection = session.connection().connection.driver_connection
    connection.execute(f"PREPARE search AS {sql.replace('%%', '%')}")
    connection.execute("SET LOCAL plan_cache_mode = force_generic_plan")
    cursor = psycopg.ClientCursor(connection)  # the values written into EXECUTE's arguments
    arguments = f"({', '.join(['%s'] * len(names))})" if names else ""
    cursor.execute(f"EXPLAIN EXECUTE search{arguments}", [compiled.params[name] for name in names])
    return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.postgres
@pytest.mark.parametrize(("typed", "indexes"), [
    ("søren ågå", ["ix_participant_search_text_trgm"]),
    ("søren å", ["ix_participant_search_text_trgm"]),
    ("sø", ["ix_participant_lower_first_name", "ix_participant_lower_last_name"]),
    ("17", ["uq_participant_identity_number"]),
])
def test_a_plan_cached_for_any_words_still_uses_the_indexes(postgres_database: Database, typed: str,
                                                            indexes: list[str]) -> None:
    add_people(postgres_database)
    with postgres_database.transaction() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        plan = generic_plan(session, select(Participant.id).where(search_clause("postgresql", search_terms(typed))))
    assert all(index in plan for index in indexes), plan
