"""How a plan's versions work, inside one transaction of the plan service.

A plan's contents belong to its newest revision. An open revision is edited in place (and its ``version``
moves with every edit, so an agreement can name exactly what was agreed). A locked revision — one the young
person agreed to — is never edited: the next change copies it into a new open revision, steps keeping their
``step_key``, and the change lands in the copy. Progress on a step (its status and completion date) is not a
change of what was agreed and is recorded in place.

Every edit of an existing item names the item as the user saw it. If what is stored differs from that, the
edit is refused with the differences; nothing is overwritten.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from neo_desktop.db.models import Plan, PlanBarrier, PlanGoal, PlanResource, PlanRevision, PlanStep
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, ConflictError, NotFoundError
from neo_desktop.domain.plan_rules import status_after_edit

ITEM_GONE = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "Someone else changed or removed this {what} while you were editing it. Nothing has been "
    "overwritten; open the plan again to see the latest version.")


@dataclass(frozen=True)
class ItemKind:
    """One kind of plan content: its model, its collection on the revision and its content fields."""

    name: str
    model: type[Any]
    collection: str
    fields: tuple[str, ...]  # compared for conflicts; the same names on model, view and input
    same_item: Callable[[Any, Any], bool]  # does a stored row stand for the item a user saw?

    @property
    def copied(self) -> tuple[str, ...]:
        """What a new version copies of each item."""
        return (*self.fields, "step_key") if self.name == "step" else self.fields


def _same_content(fields: tuple[str, ...]) -> Callable[[Any, Any], bool]:
    # Goals, resources and barriers have no key across versions; a copy is recognised by equal contents.
    return lambda row, seen: all(getattr(row, name) == getattr(seen, name) for name in fields)


_STEP_FIELDS = ("description", "activity_kind", "owner", "owner_name", "due_on", "status", "completed_on",
                "placement_id")
_GOAL_FIELDS = ("kind", "field", "target_date", "description")
_RESOURCE_FIELDS = ("kind", "description", "level")
_BARRIER_FIELDS = ("kind", "description", "sensitive")
PROGRESS_FIELDS = frozenset({"status", "completed_on"})

ITEM_KINDS: dict[str, ItemKind] = {
    "goal": ItemKind("goal", PlanGoal, "goals", _GOAL_FIELDS, _same_content(_GOAL_FIELDS)),
    "resource": ItemKind("resource", PlanResource, "resources", _RESOURCE_FIELDS, _same_content(_RESOURCE_FIELDS)),
    "barrier": ItemKind("barrier", PlanBarrier, "barriers", _BARRIER_FIELDS, _same_content(_BARRIER_FIELDS)),
    "step": ItemKind("step", PlanStep, "steps", _STEP_FIELDS, lambda row, seen: row.step_key == seen.key),
}


def latest_revision(session: Session, plan_id: int) -> PlanRevision:
    """The plan's newest revision (every plan has at least one)."""
    return session.scalars(select(PlanRevision).where(PlanRevision.plan_id == plan_id)
                           .order_by(PlanRevision.number.desc()).limit(1)).one()


def revision_by_number(session: Session, plan_id: int, number: int) -> PlanRevision:
    """Version ``number`` of the plan."""
    revision = session.scalar(select(PlanRevision).where(PlanRevision.plan_id == plan_id,
                                                         PlanRevision.number == number))
    if revision is None:
        raise NotFoundError(what="plan version")
    return revision


def apply_edit(session: Session, plan: Plan, kind: ItemKind, original: Any | None, values: dict[str, Any] | None,
               staff_id: int | None) -> None:
    """Add (no ``original``), change (``values``) or remove (no ``values``) one item of the newest version."""
    revision = latest_revision(session, plan.id)
    target = current_item(session, revision, kind, original) if original is not None else None
    if (revision.locked and kind.name == "step" and target is not None and values is not None
            and all(getattr(target, name) == value for name, value in values.items() if name not in PROGRESS_FIELDS)):
        for name in PROGRESS_FIELDS:  # progress only: what was agreed still stands
            setattr(target, name, values[name])
        return
    if revision.locked:
        revision, copies = start_revision(session, plan, revision, staff_id)
        target = copies[kind.name, target.id] if target is not None else None
    else:
        revision.updated_at = func.now()  # child rows do not move the revision's version by themselves
    items = getattr(revision, kind.collection)
    if values is None:
        items.remove(target)  # delete-orphan removes the row
    elif target is None:
        extra = {"step_key": str(uuid.uuid4())} if kind.name == "step" else {}
        items.append(kind.model(position=max((item.position for item in items), default=-1) + 1, **values, **extra,
                                organisation_id=plan.organisation_id, project_id=plan.project_id))
    else:
        for name, value in values.items():
            setattr(target, name, value)
    plan.status = status_after_edit(plan.status)


def current_item(session: Session, revision: PlanRevision, kind: ItemKind, original: Any) -> Any:
    """The stored item the user's ``original`` stands for in the newest version; refuse if it changed since."""
    row = session.get(kind.model, original.id)
    if row is None or row.revision_id != revision.id:
        # The user saw an older version (or the row is gone): find the item's copy in the newest one.
        row = next((item for item in getattr(revision, kind.collection) if kind.same_item(item, original)), None)
    if row is None:
        raise ConflictError(ITEM_GONE, what=kind.name,
                            changes={name: (getattr(original, name), None) for name in kind.fields})
    changes = {name: (getattr(original, name), getattr(row, name)) for name in kind.fields
               if getattr(original, name) != getattr(row, name)}
    if changes:
        raise ConflictError(changes=changes, what=kind.name)
    return row


def start_revision(session: Session, plan: Plan, locked: PlanRevision,
                   staff_id: int | None) -> tuple[PlanRevision, dict[tuple[str, int], Any]]:
    """Copy the locked newest version into a new open one; return it and each (kind, old id)'s copy."""
    revision = PlanRevision(plan_id=plan.id, number=locked.number + 1, locked=False, created_by_id=staff_id,
                            organisation_id=plan.organisation_id, project_id=plan.project_id)
    copies: dict[tuple[str, int], Any] = {}
    for kind in ITEM_KINDS.values():
        for item in getattr(locked, kind.collection):
            copy = kind.model(position=item.position, organisation_id=item.organisation_id,
                              project_id=item.project_id, **{name: getattr(item, name) for name in kind.copied})
            getattr(revision, kind.collection).append(copy)
            copies[kind.name, item.id] = copy  # ids repeat across tables, so the kind is part of the key
    session.add(revision)
    return revision, copies
