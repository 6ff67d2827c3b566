"""What changed between two versions of a plan, as records the UI can translate and as plain English.

:func:`compare_revisions` returns :class:`PlanChange` records (section, kind, field, old and new value, the
item in words). Each has a stable ``code`` and an English ``template`` with ``{named}`` placeholders, marked
for Qt's translation tools in the context "PlanChanges"; :func:`describe_change` fills one in, in English by
default or with the UI's translator and value formatter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Protocol

from .errors import QT_TRANSLATE_NOOP
from .plan import ActivityKind, GoalKind, StepOwner, StepStatus


class StepLike(Protocol):
    """What the diff reads of a step (the service's step views have these attributes)."""

    key: str
    description: str
    activity_kind: ActivityKind
    owner: StepOwner
    owner_name: str | None
    due_on: date | None
    status: StepStatus
    placement_id: int | None


@dataclass(frozen=True)
class RevisionContents:
    """The contents of one plan version, as the diff sees them (goals, resources, barriers: plain views)."""

    goals: Sequence[Any]
    resources: Sequence[Any]
    barriers: Sequence[Any]
    steps: Sequence[StepLike]


class ChangeSection(StrEnum):
    """Which part of the plan a change is in."""

    GOAL = "goal"
    RESOURCE = "resource"
    BARRIER = "barrier"
    STEP = "step"


class ChangeKind(StrEnum):
    """Whether something was added, removed or changed."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class PlanChange:
    """One difference between two versions, structured so the UI can translate it.

    ``subject`` is the item in words (the step's description, the goal's occupation); ``field`` names what
    changed (``owner``, ``due_on``, ...) with ``old`` and ``new`` values; ``item_kind`` is the goal, resource,
    barrier or activity kind. For an added step ``owner`` and ``due_on`` say who does it by when. Owners,
    here and in ``old``/``new`` of an owner change, are pairs of :class:`StepOwner` and the owner's name.
    """

    section: ChangeSection
    kind: ChangeKind
    subject: str
    field: str | None = None
    old: Any = None
    new: Any = None
    item_kind: StrEnum | None = None
    owner: Any = None
    due_on: date | None = None

    @property
    def code(self) -> str:
        """A stable key for the sentence, e.g. ``step.added.dated`` or ``step.due_on.moved``."""
        code = f"{self.section.value}.{self.kind.value if self.kind is not ChangeKind.CHANGED else self.field}"
        if self.section is ChangeSection.GOAL and self.kind is not ChangeKind.CHANGED and self.item_kind:
            code += f".{self.item_kind.value}"  # "New job goal" and "New education goal" read better
        elif self.section is ChangeSection.STEP and self.kind is ChangeKind.ADDED and self.due_on:
            code += ".dated"
        elif self.field in _DATE_FIELDS:
            code += ".set" if self.old is None else ".cleared" if self.new is None else ".moved"
        elif isinstance(self.new, bool):
            code += f".{str(self.new).lower()}"
        return code

    @property
    def template(self) -> str:
        """The English sentence with ``{subject}``, ``{old}``, ``{new}``, ``{owner}``, ``{due_on}`` placeholders."""
        return CHANGE_TEMPLATES.get(self.code, CHANGE_TEMPLATES[f"{self.section.value}.changed"])


_DATE_FIELDS = frozenset({"due_on", "target_date"})
_STEP_FIELDS = ("description", "activity_kind", "owner", "due_on", "status", "placement_id")
_GOAL_FIELDS = ("kind", "field", "target_date", "description")
_RESOURCE_FIELDS = ("kind", "description", "level")
_BARRIER_FIELDS = ("kind", "description", "sensitive")


def compare_revisions(old: RevisionContents, new: RevisionContents) -> list[PlanChange]:
    """What changed from ``old`` to ``new``: goals first, then steps (in the new order), resources, barriers.

    Steps are paired by their ``key``, which stays the same across versions. Goals, resources and barriers
    have no such key, so an unchanged item pairs with its identical copy first and the rest pair in order.
    """
    changes = _compare_unkeyed(ChangeSection.GOAL, old.goals, new.goals, _GOAL_FIELDS, lambda g: g.field)
    changes += _compare_steps(old.steps, new.steps)
    changes += _compare_unkeyed(ChangeSection.RESOURCE, old.resources, new.resources, _RESOURCE_FIELDS,
                                lambda r: r.description)
    changes += _compare_unkeyed(ChangeSection.BARRIER, old.barriers, new.barriers, _BARRIER_FIELDS,
                                lambda b: b.description or english_value(b.kind))
    return changes


def _compare_steps(old: Sequence[StepLike], new: Sequence[StepLike]) -> list[PlanChange]:
    old_by_key = {step.key: step for step in old}
    new_keys = {step.key for step in new}
    changes: list[PlanChange] = []
    for step in new:
        before = old_by_key.get(step.key)
        if before is None:
            changes.append(PlanChange(ChangeSection.STEP, ChangeKind.ADDED, step.description,
                                      item_kind=step.activity_kind, owner=(step.owner, step.owner_name),
                                      due_on=step.due_on))
            continue
        for name in _STEP_FIELDS:
            old_value, new_value = getattr(before, name), getattr(step, name)
            if name == "owner":
                old_value, new_value = (before.owner, before.owner_name), (step.owner, step.owner_name)
            if old_value != new_value:
                subject = before.description if name == "description" else step.description
                changes.append(PlanChange(ChangeSection.STEP, ChangeKind.CHANGED, subject, name, old_value, new_value,
                                          item_kind=step.activity_kind))
    changes += [PlanChange(ChangeSection.STEP, ChangeKind.REMOVED, step.description, item_kind=step.activity_kind)
                for step in old if step.key not in new_keys]
    return changes


def _compare_unkeyed(section: ChangeSection, old: Sequence[Any], new: Sequence[Any], fields: tuple[str, ...],
                     subject: Callable[[Any], str]) -> list[PlanChange]:
    # No key survives from one version to the next, so pair in rounds from the surest to the weakest sign
    # that two items are the same one: equal contents, then the same name, then the same kind in order.
    left = list(old)
    pairs: dict[int, Any] = {}  # index in ``new`` -> its old item
    for same in (lambda a, b: all(getattr(a, f) == getattr(b, f) for f in fields),
                 lambda a, b: subject(a) == subject(b), lambda a, b: a.kind == b.kind):
        for index, item in enumerate(new):
            match = None if index in pairs else next((o for o in left if same(o, item)), None)
            if match is not None:
                pairs[index] = match
                left.remove(match)
    changes: list[PlanChange] = []
    for index, item in enumerate(new):
        before = pairs.get(index)
        if before is None:
            changes.append(PlanChange(section, ChangeKind.ADDED, subject(item), item_kind=item.kind))
            continue
        changes += [PlanChange(section, ChangeKind.CHANGED, subject(before), name, getattr(before, name),
                               getattr(item, name), item_kind=item.kind)
                    for name in fields if getattr(before, name) != getattr(item, name)]
    return changes + [PlanChange(section, ChangeKind.REMOVED, subject(item), item_kind=item.kind) for item in left]


# ---------------------------------------------------------------------------------------- English words

CHANGE_TEMPLATES: dict[str, str] = {
    "goal.added.job": QT_TRANSLATE_NOOP("PlanChanges", "New job goal: {subject}."),
    "goal.added.education": QT_TRANSLATE_NOOP("PlanChanges", "New education goal: {subject}."),
    "goal.removed.job": QT_TRANSLATE_NOOP("PlanChanges", "Job goal removed: {subject}."),
    "goal.removed.education": QT_TRANSLATE_NOOP("PlanChanges", "Education goal removed: {subject}."),
    "goal.kind": QT_TRANSLATE_NOOP("PlanChanges", "Goal “{subject}” is now {new} instead of {old}."),
    "goal.field": QT_TRANSLATE_NOOP("PlanChanges", "Goal “{old}” changed to “{new}”."),
    "goal.target_date.moved": QT_TRANSLATE_NOOP("PlanChanges",
                                                "Goal “{subject}”: target date moved from {old} to {new}."),
    "goal.target_date.set": QT_TRANSLATE_NOOP("PlanChanges", "Goal “{subject}”: target date set to {new}."),
    "goal.target_date.cleared": QT_TRANSLATE_NOOP("PlanChanges", "Goal “{subject}”: target date removed (was {old})."),
    "goal.description": QT_TRANSLATE_NOOP("PlanChanges", "Goal “{subject}”: the description was changed."),
    "goal.changed": QT_TRANSLATE_NOOP("PlanChanges", "Goal “{subject}” was changed."),
    "step.added": QT_TRANSLATE_NOOP("PlanChanges", "New step “{subject}”: {owner}, no date set."),
    "step.added.dated": QT_TRANSLATE_NOOP("PlanChanges", "New step “{subject}”: {owner}, by {due_on}."),
    "step.removed": QT_TRANSLATE_NOOP("PlanChanges", "Step removed: “{subject}”."),
    "step.description": QT_TRANSLATE_NOOP("PlanChanges", "Step “{old}” is now called “{new}”."),
    "step.activity_kind": QT_TRANSLATE_NOOP("PlanChanges",
                                            "Step “{subject}”: the activity is now {new} instead of {old}."),
    "step.owner": QT_TRANSLATE_NOOP("PlanChanges", "Step “{subject}”: now done by {new} instead of {old}."),
    "step.due_on.moved": QT_TRANSLATE_NOOP("PlanChanges", "Step “{subject}”: due date moved from {old} to {new}."),
    "step.due_on.set": QT_TRANSLATE_NOOP("PlanChanges", "Step “{subject}”: due date set to {new}."),
    "step.due_on.cleared": QT_TRANSLATE_NOOP("PlanChanges", "Step “{subject}”: due date removed (was {old})."),
    "step.status": QT_TRANSLATE_NOOP("PlanChanges", "Step “{subject}”: status changed from {old} to {new}."),
    "step.placement_id": QT_TRANSLATE_NOOP("PlanChanges", "Step “{subject}”: the linked placement was changed."),
    "step.changed": QT_TRANSLATE_NOOP("PlanChanges", "Step “{subject}” was changed."),
    "resource.added": QT_TRANSLATE_NOOP("PlanChanges", "New resource: {subject} ({item_kind})."),
    "resource.removed": QT_TRANSLATE_NOOP("PlanChanges", "Resource removed: {subject}."),
    "resource.kind": QT_TRANSLATE_NOOP("PlanChanges", "Resource “{subject}” is now {new} instead of {old}."),
    "resource.description": QT_TRANSLATE_NOOP("PlanChanges", "Resource “{old}” changed to “{new}”."),
    "resource.level": QT_TRANSLATE_NOOP("PlanChanges", "Resource “{subject}”: level changed from {old} to {new}."),
    "resource.changed": QT_TRANSLATE_NOOP("PlanChanges", "Resource “{subject}” was changed."),
    "barrier.added": QT_TRANSLATE_NOOP("PlanChanges", "New barrier ({item_kind}): {subject}."),
    "barrier.removed": QT_TRANSLATE_NOOP("PlanChanges", "Barrier removed ({item_kind}): {subject}."),
    "barrier.kind": QT_TRANSLATE_NOOP("PlanChanges", "Barrier “{subject}” is now {new} instead of {old}."),
    "barrier.description": QT_TRANSLATE_NOOP("PlanChanges", "Barrier “{old}” changed to “{new}”."),
    "barrier.sensitive.true": QT_TRANSLATE_NOOP("PlanChanges", "Barrier “{subject}” is now marked sensitive."),
    "barrier.sensitive.false": QT_TRANSLATE_NOOP("PlanChanges", "Barrier “{subject}” is no longer marked sensitive."),
    "barrier.changed": QT_TRANSLATE_NOOP("PlanChanges", "Barrier “{subject}” was changed."),
}

# Nested per enum: equal values of different enums ("education", "language", "other") need their own words.
ENGLISH_WORDS: dict[type[StrEnum], dict[str, str]] = {
    StepOwner: {"participant": "the young person", "caseworker": "the caseworker",
                "coordinator": "the coordinator or mentor", "employer": "the employer",
                "other_partner": "another partner"},
    StepStatus: {"planned": "planned", "in_progress": "in progress", "done": "done", "dropped": "dropped"},
    GoalKind: {"job": "a job goal", "education": "an education goal"},
    ActivityKind: {"course": "a course", "internship": "an internship", "network_group": "the network group",
                   "mentoring": "mentoring", "cv_and_application": "CV and applications",
                   "interview_training": "interview training", "education": "education",
                   "treatment": "treatment", "other": "another activity"},
}


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def english_date(value: date) -> str:
    """``23 November 2026``."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def english_value(value: Any) -> str:
    """A value of a change in plain English: dates written out, enum values as words, an owner with its name."""
    if value is None:
        return "none"
    if isinstance(value, date):
        return english_date(value)
    if isinstance(value, StrEnum):
        return ENGLISH_WORDS.get(type(value), {}).get(value.value, value.value.replace("_", " "))
    if isinstance(value, tuple):  # (owner, owner's name)
        owner, name = value
        return f"{english_value(owner)} ({name})" if name else english_value(owner)
    return str(value)


def describe_change(change: PlanChange, *, template: Callable[[str], str] = lambda text: text,
                    value: Callable[[Any], str] = english_value) -> str:
    """One change as a sentence: in English by default; the UI passes its translator and value formatter."""
    return template(change.template).format(
        subject=change.subject, old=value(change.old), new=value(change.new), owner=value(change.owner),
        due_on=value(change.due_on), item_kind=value(change.item_kind))


def describe_changes(changes: Iterable[PlanChange]) -> list[str]:
    """Every change as an English sentence."""
    return [describe_change(change) for change in changes]
