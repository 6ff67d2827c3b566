"""The employer network: companies with checked numbers, contacts, the engagement log, search, the company
network, and two people editing one company."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from employer_fixtures import INVALID_CVR, TODAY, EmployerWorld, make_employer_world

from neo_desktop.db.engine import Database
from neo_desktop.db.models import Employer, ProjectTarget
from neo_desktop.domain.employer import EngagementKind, RelationshipStatus
from neo_desktop.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from neo_desktop.domain.organisation import Country, TargetKind
from neo_desktop.services.employers import (
    ContactInput,
    EmployerFilter,
    EmployerInput,
    EmployerService,
    EngagementInput,
)
from neo_desktop.services.overview import OverviewService
from neo_desktop.services.user import SignedInUser


@pytest.fixture
def world(database: Database) -> EmployerWorld:
    """The employer world on SQLite and on PostgreSQL."""
    return make_employer_world(database)


@pytest.fixture
def local(sqlite_database: Database) -> EmployerWorld:
    """The employer world on SQLite only (for rules that do not depend on the database)."""
    return make_employer_world(sqlite_database)


def service(database: Database, user: SignedInUser) -> EmployerService:
    return EmployerService(database, user, today=lambda: TODAY)


def new_company(**changes: object) -> EmployerInput:
    return replace(EmployerInput(name="Skive Rengøring ApS", country=Country.DK, registration_number="29 91 07 66",
                                 industry_code="81.21", municipality="Skive"), **changes)


def test_a_company_is_added_with_its_number_normalised(sqlite_database: Database, local: EmployerWorld) -> None:
    companies = service(sqlite_database, local.people.caseworker)
    detail = companies.create(new_company(supplies_housing_association_id=local.housing_id))
    assert detail.data.registration_number == "29910766"
    assert detail.housing_association_name == "Boligselskabet Viborg"
    assert detail.engaged_on is None  # a prospect is not engaged yet
    assert [row.name for row in companies.search(EmployerFilter(text="skive"))] == ["Skive Rengøring ApS"]


def test_a_wrong_check_digit_is_refused_with_a_clear_message(database: Database, world: EmployerWorld) -> None:
    companies = service(database, world.people.caseworker)
    with pytest.raises(ValidationError) as caught:
        companies.create(new_company(registration_number=INVALID_CVR))
    assert caught.value.field == "registration_number"
    assert caught.value.message.startswith(f"The CVR number {INVALID_CVR} fails the check-digit test")
    with pytest.raises(ValidationError, match="organisationsnummer 556036-0794 is a check digit"):
        companies.create(new_company(country=Country.SE, registration_number="556036-0794"))
    with pytest.raises(ValidationError, match="already has the registration number 13585628: Viborg Lager"):
        companies.create(new_company(registration_number="13585628"))
    with pytest.raises(ValidationError, match="NACE code"):
        companies.create(new_company(industry_code="transport"))
    assert len(companies.search()) == 3  # nothing half-written


def test_two_people_editing_one_company_do_not_overwrite_each_other(database: Database, world: EmployerWorld) -> None:
    mette = service(database, world.people.caseworker)
    ali = service(database, world.people.coordinator)
    seen_by_mette = mette.employer(world.warehouse_id)
    seen_by_ali = ali.employer(world.warehouse_id)
    ali.update(world.warehouse_id, seen_by_ali.version, replace(seen_by_ali.data, municipality="Skive"))
    with pytest.raises(ConflictError) as caught:
        mette.update(world.warehouse_id, seen_by_mette.version, replace(seen_by_mette.data, industry="Lager"))
    assert caught.value.changes["municipality"] == ("Skive", "Viborg")  # stored now, what Mette sent
    stored = mette.employer(world.warehouse_id)
    assert stored.data.municipality == "Skive" and stored.data.industry == "Lager og logistik"


def test_becoming_an_active_partner_counts_towards_companies_engaged(sqlite_database: Database,
                                                                      local: EmployerWorld) -> None:
    companies = service(sqlite_database, local.people.caseworker)
    progress = OverviewService(sqlite_database, local.people.secretary)

    with sqlite_database.transaction() as session:
        session.add(ProjectTarget(project_id=local.people.project_id, kind=TargetKind.COMPANIES_ENGAGED,
                                  target_value=60))

    def engaged() -> int:
        table = progress.project_progress()
        return table.column_values("Actual")[table.column_values("Target").index(TargetKind.COMPANIES_ENGAGED.value)]

    assert engaged() == 2
    kitchen = companies.employer(local.kitchen_id)
    updated = companies.update(kitchen.id, kitchen.version,
                               replace(kitchen.data, relationship_status=RelationshipStatus.ACTIVE))
    assert updated.engaged_on == TODAY
    assert engaged() == 3


def test_an_agreement_in_the_log_makes_a_prospect_an_active_partner(sqlite_database: Database,
                                                                     local: EmployerWorld) -> None:
    companies = service(sqlite_database, local.people.caseworker)
    companies.log_engagement(local.kitchen_id, EngagementInput(EngagementKind.CALL, date(2026, 11, 2), "Første snak"))
    companies.log_engagement(local.kitchen_id, EngagementInput(EngagementKind.AGREEMENT, date(2026, 11, 20),
                                                               "Samarbejdsaftale om praktik"))
    detail = companies.employer(local.kitchen_id)
    assert detail.data.relationship_status is RelationshipStatus.ACTIVE and detail.engaged_on == date(2026, 11, 20)
    assert [(e.kind, e.staff_name) for e in detail.engagements] == [
        (EngagementKind.AGREEMENT, "Mette Sørensen"), (EngagementKind.CALL, "Mette Sørensen")]
    with pytest.raises(ValidationError, match="in the future"):
        companies.log_engagement(local.kitchen_id, EngagementInput(EngagementKind.VISIT, date(2026, 12, 1)))


def test_contacts_one_primary_checked_details_and_stale_removal(sqlite_database: Database,
                                                                 local: EmployerWorld) -> None:
    companies = service(sqlite_database, local.people.caseworker)
    first = companies.add_contact(local.warehouse_id, ContactInput("Hanne Lund", "Lagerchef", "+45 86 12 34 56",
                                                                   "hanne@viborglager.example.com", True))
    second = companies.add_contact(local.warehouse_id, ContactInput("Bo Berg", is_primary=True))
    contacts = companies.employer(local.warehouse_id).contacts
    assert [(c.name, c.is_primary) for c in contacts] == [("Bo Berg", True), ("Hanne Lund", False)]
    with pytest.raises(ValidationError, match="is not an e-mail address"):
        companies.update_contact(second.id, second.version, ContactInput("Bo Berg", email="bo at lager"))
    with pytest.raises(ConflictError):
        companies.remove_contact(first.id, first.version)  # it lost "primary" since it was read
    companies.remove_contact(first.id, first.version + 1)
    assert [c.name for c in companies.employer(local.warehouse_id).contacts] == ["Bo Berg"]


def test_search_and_filters(database: Database, world: EmployerWorld) -> None:
    companies = service(database, world.people.caseworker)
    assert [e.name for e in companies.search(EmployerFilter(text="lager"))] == ["Viborg Lager & Logistik ApS"]
    assert [e.name for e in companies.search(EmployerFilter(text="STORKØKKEN"))] == ["Silkeborg Storkøkken A/S"]
    assert [e.name for e in companies.search(EmployerFilter(text="1358"))] == ["Viborg Lager & Logistik ApS"]
    assert [e.name for e in companies.search(EmployerFilter(text="100%_"))] == []
    active = companies.search(EmployerFilter(relationship_status=RelationshipStatus.ACTIVE, country=Country.DK))
    assert [e.name for e in active] == ["Viborg Lager & Logistik ApS"]
    assert [e.name for e in companies.search(EmployerFilter(supplies_housing=True))] == ["Viborg Lager & Logistik ApS"]
    assert [e.name for e in companies.search(EmployerFilter(municipality="Karlskrona"))] == ["Karlskrona Bygg AB"]
    warehouse = companies.search(EmployerFilter(text="viborg"))[0]
    assert (warehouse.open_openings, warehouse.placements) == (2, 0)
    assert companies.choices().housing_associations[0].name == "Boligselskabet Viborg"


def test_company_network_membership(sqlite_database: Database, local: EmployerWorld) -> None:
    companies = service(sqlite_database, local.people.secretary)
    detail = companies.set_network_member(local.network_id, local.warehouse_id, True)
    assert [(n.name, n.member) for n in detail.networks] == [("Virksomhedsnetværket Viborg", True)]
    detail = companies.set_network_member(local.network_id, local.warehouse_id, False)
    assert [n.member for n in detail.networks] == [False]
    with pytest.raises(PermissionDeniedError):
        companies.create(new_company())  # the secretary keeps the network, but does not add companies
    with sqlite_database.transaction() as session:
        assert session.get(Employer, local.warehouse_id) is not None
