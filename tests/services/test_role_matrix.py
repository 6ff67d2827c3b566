"""Every role against every guarded service action: allowed, or refused with a clear message.

The matrix discovers the actions itself (every service method decorated with ``requires``), so a new
action is checked the day it is written. Actions that need arguments get them from ``ARGUMENTS``; an
action missing there fails the test until someone adds it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from meeting_matrix import MEETING_ARGUMENTS
from participant_matrix import PARTICIPANT_ARGUMENTS

import neo_desktop.services
from neo_desktop.db.engine import Database
from neo_desktop.db.models import Organisation, Staff, StaffRole
from neo_desktop.domain.employer import (  # the employer side (issue 5)
    EngagementKind,
    OpeningStatus,
    PlacementOutcome,
    PlacementType,
    ProposalStatus,
)
from neo_desktop.domain.errors import NeoError, PermissionDeniedError
from neo_desktop.domain.organisation import Country, OrganisationKind, Role
from neo_desktop.domain.plan import AgreementMethod, BarrierKind, GoalKind, PlanStatus, ResourceKind, StepOwner
from neo_desktop.domain.plan_rules import BarrierInput, GoalInput, ResourceInput, StepInput
from neo_desktop.services.audit import AuditFilter
from neo_desktop.services.employer_views import ContactInput, EmployerInput, EngagementInput
from neo_desktop.services.openings import OpeningInput
from neo_desktop.services.organisations import OrganisationInput
from neo_desktop.services.placements import PlacementInput
from neo_desktop.services.plan_templates import TemplateInput
from neo_desktop.services.projects import ProjectSettings
from neo_desktop.services.reference_lists import ReferenceEntry
from neo_desktop.services.staff import RoleGrant, StaffInput
from neo_desktop.services.user import SignedInUser

COMPANY = EmployerInput(name="Matrix ApS", country=Country.DK)
OPENING = OpeningInput(PlacementType.SMAAJOB, "Matrix")

MISSING = 999_999  # an id that names nothing: allowed roles get "not found", refused roles "not allowed"
ORGANISATION = OrganisationInput(name="Jobcenter Test", kind=OrganisationKind.JOBCENTRE, country=Country.DK)
SEEN = SimpleNamespace(id=MISSING, version=1)  # "the record as the user saw it", for edits
PROJECT = ProjectSettings(code="MATRIX", name="Matrix", country=Country.DK, starts_on=date(2026, 1, 1),
                          ends_on=date(2026, 12, 31), lead_organisation_id=MISSING)
STAFF = StaffInput("matrix.login", "Matrix", MISSING, (RoleGrant(Role.CASEWORKER),))

# "Class.method" -> keyword arguments to call it with (any values that get past the role check).
ARGUMENTS: dict[str, dict[str, Any]] = {
    "AuditService.search": {"criteria": AuditFilter()},
    "AuditService.export_workbook": {"criteria": AuditFilter(), "path": Path(tempfile.gettempdir()) / "m.xlsx"},
    "OrganisationService.create": {"data": ORGANISATION},
    "OrganisationService.update": {"organisation_id": MISSING, "expected_version": 1, "data": ORGANISATION},
    "OrganisationService.set_active": {"organisation_id": MISSING, "active": False},
    "OrganisationService.merge": {"duplicate_id": MISSING, "into_id": MISSING - 1},
    "RetentionService.anonymise": {"participant_ids": [MISSING], "reason": "matrix"},
    "StaffService.create": {"data": STAFF},
    "StaffService.update": {"staff_id": MISSING, "expected_version": 1, "data": STAFF},
    "StaffService.set_active": {"staff_id": MISSING, "active": False},
    "StaffService.set_password": {"staff_id": MISSING, "password": "long enough password"},
    "SubjectAccessService.export": {"participant_id": MISSING},
    "SubjectAccessService.export_json": {"participant_id": MISSING, "path": Path(tempfile.gettempdir()) / "m.json"},
    "SubjectAccessService.lookups": {"participant_id": MISSING},
    "SubjectAccessService.export_files": {"participant_id": MISSING},
    "ProjectService.create": {"settings": PROJECT},
    "ProjectService.update": {"project_id": MISSING, "expected_version": 1, "settings": PROJECT},
    "ProjectService.set_partners": {"project_id": MISSING, "partners": {}},
    "ProjectService.set_targets": {"project_id": MISSING, "targets": []},
    "ProjectService.set_eligibility": {"project_id": MISSING, "rules": []},
    "ReferenceListService.entries": {"list_name": "placement_type"},
    "ReferenceListService.add": {"list_name": "matrix", "entry": ReferenceEntry("code", "Label")},
    "ReferenceListService.update": {"item_id": MISSING, "expected_version": 1, "entry": ReferenceEntry("c", "L")},
    "PlanService.open_plan": {"plan_id": MISSING},
    "PlanService.plan_for_participant": {"participant_id": MISSING},
    "PlanService.compare_revisions": {"plan_id": MISSING, "old_number": 1, "new_number": 2},
    "PlanService.reviews_due": {"until": date(2026, 12, 31)},
    "PlanService.start_plan": {"participant_id": MISSING, "starts_on": date(2026, 1, 1)},
    "PlanService.set_status": {"original": SEEN, "status": PlanStatus.CLOSED},
    "PlanService.set_review_date": {"original": SEEN, "review_on": None},
    "PlanService.record_agreement": {"plan_id": MISSING, "revision_number": 1, "revision_version": 1,
                                     "agreed_on": date(2026, 1, 1), "method": AgreementMethod.PAPER},
    "PlanService.record_review": {"plan_id": MISSING, "reviewed_on": date(2026, 1, 1), "readiness_rating": 5},
    "PlanService.save_step": {"plan_id": MISSING, "step": StepInput("Skriv CV", StepOwner.PARTICIPANT)},
    "PlanService.save_goal": {"plan_id": MISSING, "goal": GoalInput(GoalKind.JOB, "Kok")},
    "PlanService.save_resource": {"plan_id": MISSING, "resource": ResourceInput(ResourceKind.STRENGTH, "Flittig")},
    "PlanService.save_barrier": {"plan_id": MISSING, "barrier": BarrierInput(BarrierKind.TRANSPORT)},
    "PlanService.remove_step": {"plan_id": MISSING, "original": SEEN},
    "PlanService.remove_goal": {"plan_id": MISSING, "original": SEEN},
    "PlanService.remove_resource": {"plan_id": MISSING, "original": SEEN},
    "PlanService.remove_barrier": {"plan_id": MISSING, "original": SEEN},
    "PlanService.export_pdf": {"plan_id": MISSING, "path": Path(tempfile.gettempdir()) / "m.pdf"},
    "PlanService.export_participant_pdf": {"participant_id": MISSING, "path": Path(tempfile.gettempdir()) / "m.pdf"},
    "PlanTemplateService.save_template": {"template": TemplateInput("Nyankomne", "newly_arrived")},
    # The employer side (issue 5).
    "EmployerService.employer": {"employer_id": MISSING},
    "EmployerService.create": {"data": COMPANY},
    "EmployerService.update": {"employer_id": MISSING, "expected_version": 1, "data": COMPANY},
    "EmployerService.add_contact": {"employer_id": MISSING, "data": ContactInput("Hanne Lund")},
    "EmployerService.update_contact": {"contact_id": MISSING, "expected_version": 1, "data": ContactInput("Bo")},
    "EmployerService.remove_contact": {"contact_id": MISSING, "expected_version": 1},
    "EmployerService.log_engagement": {"employer_id": MISSING,
                                       "data": EngagementInput(EngagementKind.CALL, date(2026, 1, 5))},
    "EmployerService.remove_engagement": {"engagement_id": MISSING, "expected_version": 1},
    "EmployerService.set_network_member": {"group_id": MISSING, "employer_id": MISSING, "member": True},
    "EmployerService.networks": {"employer_id": MISSING},
    "EmployerExportService.export_network": {"path": Path(tempfile.gettempdir()) / "network.xlsx"},
    "OpeningService.opening": {"opening_id": MISSING},
    "OpeningService.create": {"employer_id": MISSING, "data": OPENING},
    "OpeningService.update": {"opening_id": MISSING, "expected_version": 1, "data": OPENING},
    "OpeningService.set_status": {"opening_id": MISSING, "expected_version": 1, "status": OpeningStatus.CLOSED},
    "PlacementService.for_participant": {"participant_id": MISSING},
    "PlacementService.create": {"data": PlacementInput(MISSING, MISSING, PlacementType.SMAAJOB, date(2026, 1, 5))},
    "PlacementService.start": {"placement_id": MISSING, "expected_version": 1},
    "PlacementService.end": {"placement_id": MISSING, "expected_version": 1, "outcome": PlacementOutcome.HIRED,
                             "ended_on": date(2026, 1, 5)},
    "PlacementService.cancel": {"placement_id": MISSING, "expected_version": 1},
    "PlacementService.link_step": {"placement_id": MISSING, "plan_id": MISSING, "step": SEEN},
    "MatchmakingService.openings_for": {"participant_id": MISSING},
    "MatchmakingService.candidates_for": {"opening_id": MISSING},
    "MatchmakingService.propose": {"participant_id": MISSING, "opening_id": MISSING},
    "MatchmakingService.answer": {"proposal_id": MISSING, "expected_version": 1, "status": ProposalStatus.ACCEPTED},
    "MatchmakingService.to_placement": {"proposal_id": MISSING, "expected_version": 1, "starts_on": date(2026, 1, 5)},
    # Groups, meetings, targets, statistics and meeting packs (issue 6).
    **MEETING_ARGUMENTS,
    # Caseloads, participant records, journals, network groups and referral imports (issue 3).
    **PARTICIPANT_ARGUMENTS,
}


def guarded_actions() -> list[tuple[type, str, Callable[..., Any]]]:
    actions = []
    for module_info in pkgutil.iter_modules(neo_desktop.services.__path__):
        module = importlib.import_module(f"neo_desktop.services.{module_info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for name, method in inspect.getmembers(cls, inspect.isfunction):
                if hasattr(method, "required_roles"):
                    actions.append((cls, name, method))
    return actions


ACTIONS = guarded_actions()


def test_the_matrix_finds_the_services_actions() -> None:
    names = {f"{cls.__name__}.{name}" for cls, name, _ in ACTIONS}
    assert {"OverviewService.caseload", "OverviewService.organisations"} <= names


def user_with(database: Database, role: Role) -> SignedInUser:
    """A staff member in the database holding only ``role``."""
    with database.transaction() as session:
        organisation = Organisation(name="Jobcenter Test", kind=OrganisationKind.JOBCENTRE, country=Country.DK)
        staff = Staff(organisation=organisation, login_name=f"only-{role.value}", full_name="Test",
                      roles=[StaffRole(role=role)])
        session.add(staff)
        session.flush()
        return SignedInUser(staff_id=staff.id, login_name=staff.login_name, full_name=staff.full_name,
                            organisation_id=organisation.id, organisation_name=organisation.name,
                            roles=frozenset({role}))


@pytest.mark.parametrize("role", list(Role), ids=lambda role: role.value)
@pytest.mark.parametrize(("cls", "name", "method"), ACTIONS, ids=lambda value: getattr(value, "__name__", ""))
def test_role_against_action(sqlite_database: Database, role: Role, cls: type, name: str,
                             method: Callable[..., Any]) -> None:
    key = f"{cls.__name__}.{name}"
    parameters = [p for p in inspect.signature(method).parameters.values()
                  if p.name != "self" and p.default is inspect.Parameter.empty
                  and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    if parameters and key not in ARGUMENTS:
        pytest.fail(f"{key} needs arguments: add them to ARGUMENTS in {__file__}")
    service = cls(sqlite_database, user_with(sqlite_database, role))
    call = getattr(service, name)
    if role in method.required_roles:
        try:
            call(**ARGUMENTS.get(key, {}))
        except PermissionDeniedError:
            pytest.fail(f"{role.value} should be allowed to call {key}")
        except NeoError:
            pass  # allowed past the role check; the dummy arguments may name nothing
    else:
        with pytest.raises(PermissionDeniedError) as caught:
            call(**ARGUMENTS.get(key, {}))
        assert caught.value.message.startswith("Your role does not allow you to ")
