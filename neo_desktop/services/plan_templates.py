"""Plan templates: a starting point per target group ("early school leaver", "newly arrived", ...).

Caseworkers pick a template when they start a plan; administrators maintain the templates. A template's
steps are due a number of days after the plan starts. Templates hold no personal data, so nothing here is
written to the access log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from neo_desktop.db.engine import Database
from neo_desktop.db.models import PlanTemplate, PlanTemplateStep
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from neo_desktop.domain.organisation import Role
from neo_desktop.domain.plan import ActivityKind, StepOwner
from neo_desktop.domain.plan_rules import MAX_DESCRIPTION, NO_DESCRIPTION, NO_OWNER, StepInput

from .permissions import AREA_ROLES, Area, requires
from .user import SignedInUser

# The target groups the projects name; the column is free text, so a partnership can add its own.
TARGET_GROUPS = ("early_school_leaver", "newly_arrived", "long_term_unemployed")

NO_NAME = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Give the template a name.")
NO_TARGET_GROUP = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Say which target group the template is for.")
NEGATIVE_DAYS = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "A step cannot be due before the plan starts ({days} days).")


@dataclass(frozen=True)
class TemplateStepInput:
    """A step a template suggests; ``due_after_days`` counts from the plan's start."""

    description: str
    owner: StepOwner | None
    activity_kind: ActivityKind = ActivityKind.OTHER
    due_after_days: int | None = None


@dataclass(frozen=True)
class TemplateInput:
    """What an administrator enters for a template."""

    name: str
    target_group: str
    description: str | None = None
    steps: tuple[TemplateStepInput, ...] = ()
    active: bool = True


@dataclass(frozen=True)
class TemplateView:
    """A template as lists and dialogs show it."""

    id: int
    version: int
    name: str
    target_group: str
    description: str | None
    active: bool
    steps: tuple[TemplateStepInput, ...]


def _view(template: PlanTemplate) -> TemplateView:
    return TemplateView(template.id, template.version, template.name, template.target_group, template.description,
                        template.active, tuple(TemplateStepInput(s.description, s.owner, s.activity_kind,
                                                                 s.due_after_days) for s in template.steps))


def validate_template(template: TemplateInput) -> TemplateInput:
    """Check a template: a name, a target group, and steps that each have a description and an owner."""
    name, group = template.name.strip(), template.target_group.strip()
    if not name:
        raise ValidationError(NO_NAME, field="name")
    if not group:
        raise ValidationError(NO_TARGET_GROUP, field="target_group")
    steps = []
    for index, step in enumerate(template.steps):
        description = step.description.strip()
        if not description or len(description) > MAX_DESCRIPTION:
            raise ValidationError(NO_DESCRIPTION, field=f"steps[{index}].description")
        if step.owner is None:
            raise ValidationError(NO_OWNER, field=f"steps[{index}].owner")
        if step.due_after_days is not None and step.due_after_days < 0:
            raise ValidationError(NEGATIVE_DAYS, field=f"steps[{index}].due_after_days", days=step.due_after_days)
        steps.append(TemplateStepInput(description, step.owner, step.activity_kind, step.due_after_days))
    return TemplateInput(name, group, (template.description or "").strip() or None, tuple(steps), template.active)


def template_steps(session: Session, template_id: int, starts_on: date) -> list[StepInput]:
    """The steps a new plan starting on ``starts_on`` gets from an active template."""
    template = session.get(PlanTemplate, template_id, options=[selectinload(PlanTemplate.steps)])
    if template is None or not template.active:
        raise NotFoundError(what="plan template")
    return [StepInput(step.description, step.owner,
                      starts_on + timedelta(days=step.due_after_days) if step.due_after_days is not None else None,
                      step.activity_kind) for step in template.steps]


class PlanTemplateService:
    """Listing templates (everyone who works with plans) and maintaining them (administrators)."""

    def __init__(self, database: Database, user: SignedInUser) -> None:
        self._database = database
        self._user = user

    @requires(AREA_ROLES[Area.PLANS] | {Role.ADMINISTRATOR}, "see plan templates")
    def templates(self, *, include_inactive: bool = False) -> list[TemplateView]:
        """The templates, by target group and name; inactive ones only when asked for (administration)."""
        query = (select(PlanTemplate).options(selectinload(PlanTemplate.steps))
                 .order_by(PlanTemplate.target_group, PlanTemplate.name))
        if not include_inactive:
            query = query.where(PlanTemplate.active.is_(True))
        with self._database.transaction() as session:
            return [_view(template) for template in session.scalars(query)]

    @requires(frozenset({Role.ADMINISTRATOR}), "maintain plan templates")
    def save_template(self, template: TemplateInput, *, original: TemplateView | None = None) -> TemplateView:
        """Create a template, or change the one shown as ``original`` (refused if someone changed it since)."""
        clean = validate_template(template)
        with self._database.transaction() as session:
            if original is None:
                row = PlanTemplate(name=clean.name, target_group=clean.target_group)
                session.add(row)
            else:
                row = session.get(PlanTemplate, original.id, options=[selectinload(PlanTemplate.steps)])
                if row is None:
                    raise NotFoundError(what="plan template")
                current = _view(row)
                changes = {name: (getattr(original, name), getattr(current, name))
                           for name in ("name", "target_group", "description", "active", "steps")
                           if getattr(original, name) != getattr(current, name)}
                if changes:
                    raise ConflictError(changes=changes, what="plan template")
                row.name, row.target_group = clean.name, clean.target_group
                row.steps.clear()
                # The steps are child rows: touch the template so its version moves with them.
                row.updated_at = func.now()
            row.description, row.active = clean.description, clean.active
            row.steps.extend(PlanTemplateStep(position=index, activity_kind=step.activity_kind,
                                              description=step.description, owner=step.owner,
                                              due_after_days=step.due_after_days)
                             for index, step in enumerate(clean.steps))
            session.flush()
            session.refresh(row)
            return _view(row)
