"""Reference lists (activity kinds, outcome codes, placement types per country) and plan templates."""

from __future__ import annotations

from neo_desktop.db.models import PlanTemplate, PlanTemplateStep, ReferenceItem

from .catalogue import (
    ACTIVITY_LABELS,
    DANISH_TYPES,
    OUTCOME_LABELS,
    PLACEMENT_LABELS,
    PLAN_TEMPLATES,
    SWEDISH_TYPES,
)
from .context import World
from .writer import BulkWriter, Row


def write_reference(world: World, writer: BulkWriter) -> None:
    """Write the reference lists with English, Danish and Swedish labels, and the plan templates."""
    items: list[Row] = []

    def add(list_name: str, code: str, country: str | None, labels: tuple[str, str, str], position: int) -> None:
        """One reference item with its English, Danish and Swedish labels."""
        items.append({"id": len(items) + 1, "list_name": list_name, "code": code, "country": country,
                      "label_en": labels[0], "label_da": labels[1], "label_sv": labels[2], "position": position,
                      "active": True})

    for position, (kind, labels) in enumerate(ACTIVITY_LABELS.items()):
        add("activity_kind", kind.value, None, labels, position)
    for position, (outcome, labels) in enumerate(OUTCOME_LABELS.items()):
        add("exit_outcome", outcome.value, None, labels, position)
    for position, (kind, labels) in enumerate(PLACEMENT_LABELS.items()):
        country = "DK" if kind in DANISH_TYPES else "SE" if kind in SWEDISH_TYPES else None
        add("placement_type", kind.value, country, labels, position)
    writer.insert(ReferenceItem.__table__, items)

    templates: list[Row] = []
    steps: list[Row] = []
    for template_id, spec in enumerate(PLAN_TEMPLATES, start=1):
        templates.append({"id": template_id, "name": spec.name, "target_group": spec.target_group,
                          "description": spec.description, "active": True})
        world.template_ids[spec.target_group] = template_id
        for position, (activity, description, owner, days) in enumerate(spec.steps):
            steps.append({"id": len(steps) + 1, "template_id": template_id, "position": position,
                          "activity_kind": activity.value, "description": description, "owner": owner.value,
                          "due_after_days": days})
    writer.insert(PlanTemplate.__table__, templates)
    writer.insert(PlanTemplateStep.__table__, steps)
