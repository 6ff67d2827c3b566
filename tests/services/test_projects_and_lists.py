"""Administration of projects (settings, partners, targets over time, eligibility) and reference lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from plan_fixtures import PlanWorld, make_world

from neo_desktop.db.engine import Database
from neo_desktop.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from neo_desktop.domain.organisation import Country, PartnerRole, TargetKind
from neo_desktop.services.projects import AgeRule, ProjectService, ProjectSettings, TargetPlan
from neo_desktop.services.reference_lists import ReferenceEntry, ReferenceListService


@pytest.fixture
def world(database: Database) -> PlanWorld:
    return make_world(database)


def settings(world: PlanWorld, **changes: object) -> ProjectSettings:
    base = ProjectSettings(code="BOLIGJOB", name="Job i boligområderne", country=Country.DK,
                           starts_on=date(2026, 1, 1), ends_on=date(2028, 12, 31),
                           lead_organisation_id=world.organisation_id, funding_programme="ESF+")
    return replace(base, **changes)


def test_a_project_is_created_with_its_lead_partner(database: Database, world: PlanWorld) -> None:
    created = ProjectService(database, world.administrator).create(settings(world))
    assert created.settings.code == "BOLIGJOB"
    assert created.partners == ((world.organisation_id, PartnerRole.LEAD),)
    assert (created.settings.suppression_threshold, created.settings.retention_years) == (3, 5)


@pytest.mark.parametrize(("changes", "field"), [
    ({"ends_on": date(2025, 12, 31)}, "ends_on"),
    ({"suppression_threshold": 2}, "suppression_threshold"),
    ({"sensitive_suppression_threshold": 2}, "suppression_threshold"),
    ({"no_contact_warning_days": 0}, "no_contact_warning_days"),
])
def test_settings_that_break_the_rules_are_refused(database: Database, world: PlanWorld,
                                                   changes: dict, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ProjectService(database, world.administrator).create(settings(world, **changes))
    assert caught.value.field == field


def test_targets_partners_and_eligibility_are_kept_and_a_stale_edit_refused(database: Database,
                                                                            world: PlanWorld) -> None:
    service = ProjectService(database, world.administrator)
    project = service.create(settings(world))
    service.set_targets(project.id, [TargetPlan(TargetKind.PARTICIPANTS_ENROLLED, 120,
                                                ((date(2026, 12, 31), 40), (date(2026, 6, 30), 15)))])
    service.set_partners(project.id, {world.organisation_id: PartnerRole.LEAD,
                                      world.coordinator.organisation_id: PartnerRole.PARTNER})
    stored = service.set_eligibility(project.id, [AgeRule(16, 24, 3), AgeRule(25, 64, 12)])
    assert stored.targets[0].milestones == ((date(2026, 6, 30), 15), (date(2026, 12, 31), 40))
    assert len(stored.partners) == 2
    assert stored.eligibility == (AgeRule(16, 24, 3), AgeRule(25, 64, 12))

    service.update(project.id, project.version, settings(world, name="Job og bolig"))
    with pytest.raises(ConflictError) as caught:
        service.update(project.id, project.version, settings(world, name="Boligjob Viborg"))
    assert caught.value.changes["name"] == ("Job og bolig", "Boligjob Viborg")


def test_planned_values_outside_the_period_and_odd_age_bands_are_refused(database: Database,
                                                                         world: PlanWorld) -> None:
    service = ProjectService(database, world.administrator)
    project = service.create(settings(world))
    with pytest.raises(ValidationError):
        service.set_targets(project.id, [TargetPlan(TargetKind.PLACEMENTS, 60, ((date(2030, 1, 1), 60),))])
    with pytest.raises(ValidationError):
        service.set_eligibility(project.id, [AgeRule(30, 16)])


def test_reference_lists_are_read_by_all_and_changed_by_administrators(database: Database,
                                                                      world: PlanWorld) -> None:
    admin = ReferenceListService(database, world.administrator)
    added = admin.add("placement_type", ReferenceEntry("dk_smaajob", "A few paid hours", "Småjob", None, "DK"))
    admin.add("placement_type", ReferenceEntry("se_nystartsjobb", "New-start job", None, "Nystartsjobb", "SE"))
    readable = ReferenceListService(database, world.caseworker).entries("placement_type", country="DK")
    assert [(r.entry.code, r.label("da")) for r in readable] == [("dk_smaajob", "Småjob")]
    admin.update(added.id, added.version, replace(added.entry, active=False))
    assert ReferenceListService(database, world.caseworker).entries("placement_type", country="DK") == []
    with pytest.raises(ValidationError):
        admin.add("placement_type", ReferenceEntry("se_nystartsjobb", "Duplicate", country="SE"))
    admin.add("outcome", ReferenceEntry("moved", "Moved"))
    with pytest.raises(ValidationError):
        admin.add("outcome", ReferenceEntry("moved", "Moved away"))
    with pytest.raises(PermissionDeniedError):
        ReferenceListService(database, world.caseworker).add("placement_type", ReferenceEntry("x", "X"))
