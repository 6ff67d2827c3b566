"""Projects, for administrators: period, funding, partners, targets over time, eligibility and data settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from neo_desktop.db.engine import Database
from neo_desktop.db.models import (
    EligibilityRule,
    Organisation,
    Project,
    ProjectPartner,
    ProjectTarget,
    TargetMilestone,
)
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from neo_desktop.domain.organisation import Country, Language, PartnerRole, Role, TargetKind

from .editing import apply_changes
from .permissions import requires
from .user import SignedInUser

ADMINISTRATORS = frozenset({Role.ADMINISTRATOR})
PERIOD = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A project must end after it starts.")
CODE_TAKEN = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Another project already has the code {code}.")
THRESHOLD = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT,
    "Suppression thresholds must be at least 3 (Statistics Denmark's minimum), and the one for sensitive "
    "breakdowns at least the ordinary one.",
)
POSITIVE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "{what} must be a whole number of at least {minimum}.")
AGE_BAND = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "An age band runs from a lower age to a higher one, between 15 and 67.")
MILESTONE_OUTSIDE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A planned value's date must fall within the project period.")


@dataclass(frozen=True)
class ProjectSettings:
    """The editable settings of a project."""

    code: str
    name: str
    country: Country
    starts_on: date
    ends_on: date
    lead_organisation_id: int
    funding_programme: str | None = None
    budget: Decimal | None = None
    currency: str = "DKK"
    language: Language = Language.EN
    suppression_threshold: int = 3
    sensitive_suppression_threshold: int = 5
    no_contact_warning_days: int = 14
    retention_years: int = 5
    last_payment_on: date | None = None


@dataclass(frozen=True)
class TargetPlan:
    """A target and its planned cumulative values by date (the planned curve)."""

    kind: TargetKind
    target_value: int
    milestones: tuple[tuple[date, int], ...] = ()
    description: str | None = None


@dataclass(frozen=True)
class AgeRule:
    """One way to be eligible: an age band and a minimum time unemployed."""

    min_age: int
    max_age: int
    min_unemployed_months: int = 0


@dataclass(frozen=True)
class ProjectRecord:
    """A project with everything the administration view shows."""

    id: int
    version: int
    settings: ProjectSettings
    partners: tuple[tuple[int, PartnerRole], ...]
    targets: tuple[TargetPlan, ...]
    eligibility: tuple[AgeRule, ...] = field(default=())


def validate_settings(settings: ProjectSettings) -> None:
    """Refuse settings that break the rules, with a message per rule."""
    if settings.ends_on <= settings.starts_on:
        raise ValidationError(PERIOD, field="ends_on")
    if settings.suppression_threshold < 3 or settings.sensitive_suppression_threshold < settings.suppression_threshold:
        raise ValidationError(THRESHOLD, field="suppression_threshold")
    for name, minimum in (("no_contact_warning_days", 1), ("retention_years", 1)):
        if getattr(settings, name) < minimum:
            raise ValidationError(POSITIVE, field=name, what=name.replace("_", " ").capitalize(), minimum=minimum)


class ProjectService:
    """Projects and their settings, for administrators."""

    def __init__(self, database: Database, user: SignedInUser) -> None:
        self._database = database
        self._user = user

    @requires(ADMINISTRATORS, "manage projects")
    def list(self) -> list[ProjectRecord]:
        """Every project with partners, targets and eligibility rules."""
        with self._database.transaction() as session:
            projects = session.scalars(select(Project).options(
                selectinload(Project.partners), selectinload(Project.eligibility_rules),
                selectinload(Project.targets).selectinload(ProjectTarget.milestones)).order_by(Project.starts_on))
            return [_record(project) for project in projects]

    @requires(ADMINISTRATORS, "manage projects")
    def create(self, settings: ProjectSettings) -> ProjectRecord:
        """Add a project; its lead organisation becomes its lead partner."""
        validate_settings(settings)
        with self._database.transaction() as session:
            _organisation(session, settings.lead_organisation_id)
            project = Project(**settings.__dict__)
            project.partners = [ProjectPartner(organisation_id=settings.lead_organisation_id, role=PartnerRole.LEAD)]
            session.add(project)
            _flush_unique_code(session, settings.code)
            return _record(project)

    @requires(ADMINISTRATORS, "manage projects")
    def update(self, project_id: int, expected_version: int, settings: ProjectSettings) -> ProjectRecord:
        """Change a project's settings; a stale edit raises ConflictError with the other person's changes."""
        validate_settings(settings)
        with self._database.transaction() as session:
            project = _project(session, project_id)
            apply_changes(project, settings.__dict__, expected_version, what="project")
            _flush_unique_code(session, settings.code)
            return _record(project)

    @requires(ADMINISTRATORS, "manage projects")
    def set_partners(self, project_id: int, partners: dict[int, PartnerRole]) -> ProjectRecord:
        """Replace the project's partner organisations and their parts."""
        with self._database.transaction() as session:
            project = _project(session, project_id)
            for organisation_id in partners:
                _organisation(session, organisation_id)
            # Change rows in place: a replaced list would insert before it deletes and trip the unique key.
            kept = [p for p in project.partners if p.organisation_id in partners]
            for partner in kept:
                partner.role = partners[partner.organisation_id]
            present = {p.organisation_id for p in kept}
            project.partners = kept + [ProjectPartner(organisation_id=o, role=r)
                                       for o, r in partners.items() if o not in present]
            session.flush()
            return _record(project)

    @requires(ADMINISTRATORS, "manage projects")
    def set_targets(self, project_id: int, targets: list[TargetPlan]) -> ProjectRecord:
        """Replace the project's targets and planned curves."""
        with self._database.transaction() as session:
            project = _project(session, project_id)
            for target in targets:
                if target.target_value < 0:
                    raise ValidationError(POSITIVE, field="target_value", what="A target", minimum=0)
                if any(not project.starts_on <= due <= project.ends_on for due, _ in target.milestones):
                    raise ValidationError(MILESTONE_OUTSIDE, field="milestones")
            project.targets = [
                ProjectTarget(kind=t.kind, target_value=t.target_value, description=t.description,
                              milestones=[TargetMilestone(due_on=d, planned_value=v) for d, v in sorted(t.milestones)])
                for t in targets
            ]
            session.flush()
            return _record(project)

    @requires(ADMINISTRATORS, "manage projects")
    def set_eligibility(self, project_id: int, rules: list[AgeRule]) -> ProjectRecord:
        """Replace the project's eligibility rules (any one rule suffices)."""
        for rule in rules:
            if not 15 <= rule.min_age <= rule.max_age <= 67:
                raise ValidationError(AGE_BAND, field="eligibility")
            if rule.min_unemployed_months < 0:
                raise ValidationError(POSITIVE, field="eligibility", what="Months unemployed", minimum=0)
        with self._database.transaction() as session:
            project = _project(session, project_id)
            project.eligibility_rules = [EligibilityRule(**rule.__dict__) for rule in rules]
            session.flush()
            return _record(project)


def _project(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFoundError(what="project")
    return project


def _organisation(session: Session, organisation_id: int) -> Organisation:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFoundError(what="organisation")
    return organisation


def _flush_unique_code(session: Session, code: str) -> None:
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:
        raise ValidationError(CODE_TAKEN, field="code", code=code) from exc


def _record(project: Project) -> ProjectRecord:
    settings = ProjectSettings(**{name: getattr(project, name) for name in ProjectSettings.__dataclass_fields__})
    return ProjectRecord(
        project.id, project.version, settings,
        tuple((p.organisation_id, p.role) for p in project.partners),
        tuple(TargetPlan(t.kind, t.target_value, tuple((m.due_on, m.planned_value) for m in t.milestones),
                         t.description) for t in project.targets),
        tuple(AgeRule(r.min_age, r.max_age, r.min_unemployed_months) for r in project.eligibility_rules),
    )
