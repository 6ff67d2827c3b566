"""Plan words in the user's language: dates, the sentences of a version comparison, and plan errors.

The core hands the UI English templates with ``{named}`` values (:class:`PlanChange`, :class:`NeoError`).
Here the templates are translated and the values put in words of the same language: dates written out in
the locale, enum values as words that fit in a sentence ("the young person", "a course"), the record an
error is about ("step", "goal") as a translated noun.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from neo_desktop.domain.errors import ERRORS_CONTEXT, NeoError
from neo_desktop.domain.plan import (
    ActivityKind,
    BarrierKind,
    GoalKind,
    PlanStatus,
    ResourceKind,
    StepOwner,
    StepStatus,
)
from neo_desktop.domain.plan_changes import PlanChange, describe_change

from ..i18n import translate_error
from ..labels import label, yes_no

WORDS = "PlanWords"

# Enum values inside a sentence ("now done by the young person instead of the caseworker"), not as labels.
SENTENCE_WORDS: dict[type[StrEnum], dict[str, str]] = {
    StepOwner: {
        StepOwner.PARTICIPANT: QT_TRANSLATE_NOOP("PlanWords", "the young person"),
        StepOwner.CASEWORKER: QT_TRANSLATE_NOOP("PlanWords", "the caseworker"),
        StepOwner.COORDINATOR: QT_TRANSLATE_NOOP("PlanWords", "the coordinator or mentor"),
        StepOwner.EMPLOYER: QT_TRANSLATE_NOOP("PlanWords", "the employer"),
        StepOwner.OTHER_PARTNER: QT_TRANSLATE_NOOP("PlanWords", "another partner"),
    },
    StepStatus: {
        StepStatus.PLANNED: QT_TRANSLATE_NOOP("PlanWords", "planned"),
        StepStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("PlanWords", "in progress"),
        StepStatus.DONE: QT_TRANSLATE_NOOP("PlanWords", "done"),
        StepStatus.DROPPED: QT_TRANSLATE_NOOP("PlanWords", "dropped"),
    },
    GoalKind: {
        GoalKind.JOB: QT_TRANSLATE_NOOP("PlanWords", "a job goal"),
        GoalKind.EDUCATION: QT_TRANSLATE_NOOP("PlanWords", "an education goal"),
    },
    ActivityKind: {
        ActivityKind.COURSE: QT_TRANSLATE_NOOP("PlanWords", "a course"),
        ActivityKind.INTERNSHIP: QT_TRANSLATE_NOOP("PlanWords", "an internship"),
        ActivityKind.NETWORK_GROUP: QT_TRANSLATE_NOOP("PlanWords", "the network group"),
        ActivityKind.MENTORING: QT_TRANSLATE_NOOP("PlanWords", "mentoring"),
        ActivityKind.CV_AND_APPLICATION: QT_TRANSLATE_NOOP("PlanWords", "CV and applications"),
        ActivityKind.INTERVIEW_TRAINING: QT_TRANSLATE_NOOP("PlanWords", "interview training"),
        ActivityKind.EDUCATION: QT_TRANSLATE_NOOP("PlanWords", "education"),
        ActivityKind.TREATMENT: QT_TRANSLATE_NOOP("PlanWords", "treatment"),
        ActivityKind.OTHER: QT_TRANSLATE_NOOP("PlanWords", "another activity"),
    },
    ResourceKind: {
        ResourceKind.STRENGTH: QT_TRANSLATE_NOOP("PlanWords", "strength"),
        ResourceKind.INTEREST: QT_TRANSLATE_NOOP("PlanWords", "interest"),
        ResourceKind.EXPERIENCE: QT_TRANSLATE_NOOP("PlanWords", "experience"),
        ResourceKind.LANGUAGE: QT_TRANSLATE_NOOP("PlanWords", "language"),
        ResourceKind.DRIVING_LICENCE: QT_TRANSLATE_NOOP("PlanWords", "driving licence"),
        ResourceKind.CERTIFICATE: QT_TRANSLATE_NOOP("PlanWords", "certificate"),
    },
    BarrierKind: {
        BarrierKind.HEALTH: QT_TRANSLATE_NOOP("PlanWords", "health"),
        BarrierKind.SOCIAL: QT_TRANSLATE_NOOP("PlanWords", "social"),
        BarrierKind.HOUSING: QT_TRANSLATE_NOOP("PlanWords", "housing"),
        BarrierKind.LANGUAGE: QT_TRANSLATE_NOOP("PlanWords", "language"),
        BarrierKind.TRANSPORT: QT_TRANSLATE_NOOP("PlanWords", "transport"),
        BarrierKind.CHILDCARE: QT_TRANSLATE_NOOP("PlanWords", "childcare"),
        BarrierKind.OTHER: QT_TRANSLATE_NOOP("PlanWords", "other"),
    },
}

NONE = QT_TRANSLATE_NOOP("PlanWords", "none")

# The records errors name in English ("Someone else saved this {what} ...").
RECORD_NOUNS: dict[str, str] = {
    "plan": QT_TRANSLATE_NOOP("PlanWords", "plan"),
    "step": QT_TRANSLATE_NOOP("PlanWords", "step"),
    "goal": QT_TRANSLATE_NOOP("PlanWords", "goal"),
    "resource": QT_TRANSLATE_NOOP("PlanWords", "resource"),
    "barrier": QT_TRANSLATE_NOOP("PlanWords", "barrier"),
    "plan version": QT_TRANSLATE_NOOP("PlanWords", "plan version"),
    "plan template": QT_TRANSLATE_NOOP("PlanWords", "plan template"),
    "participant": QT_TRANSLATE_NOOP("PlanWords", "young person"),
}

# The fields a conflict lists ("what the other person changed").
FIELD_NAMES: dict[str, str] = {
    "description": QT_TRANSLATE_NOOP("PlanWords", "Description"),
    "activity_kind": QT_TRANSLATE_NOOP("PlanWords", "Activity"),
    "owner": QT_TRANSLATE_NOOP("PlanWords", "Who does it"),
    "owner_name": QT_TRANSLATE_NOOP("PlanWords", "Name of who does it"),
    "due_on": QT_TRANSLATE_NOOP("PlanWords", "Due date"),
    "status": QT_TRANSLATE_NOOP("PlanWords", "Status"),
    "completed_on": QT_TRANSLATE_NOOP("PlanWords", "Completed on"),
    "placement_id": QT_TRANSLATE_NOOP("PlanWords", "Linked placement"),
    "kind": QT_TRANSLATE_NOOP("PlanWords", "Kind"),
    "field": QT_TRANSLATE_NOOP("PlanWords", "Occupation or field"),
    "target_date": QT_TRANSLATE_NOOP("PlanWords", "Target date"),
    "level": QT_TRANSLATE_NOOP("PlanWords", "Level"),
    "sensitive": QT_TRANSLATE_NOOP("PlanWords", "Sensitive"),
    "starts_on": QT_TRANSLATE_NOOP("PlanWords", "Start date"),
    "review_on": QT_TRANSLATE_NOOP("PlanWords", "Review date"),
    "closed_on": QT_TRANSLATE_NOOP("PlanWords", "Closed on"),
    "version": QT_TRANSLATE_NOOP("PlanWords", "Version"),
    "name": QT_TRANSLATE_NOOP("PlanWords", "Name"),
    "target_group": QT_TRANSLATE_NOOP("PlanWords", "Target group"),
    "active": QT_TRANSLATE_NOOP("PlanWords", "In use"),
    "steps": QT_TRANSLATE_NOOP("PlanWords", "Steps"),
}

# The target groups templates are made for (the column is free text; these are the known ones).
TARGET_GROUPS: dict[str, str] = {
    "early_school_leaver": QT_TRANSLATE_NOOP("PlanWords", "Early school leavers"),
    "newly_arrived": QT_TRANSLATE_NOOP("PlanWords", "Newly arrived"),
    "long_term_unemployed": QT_TRANSLATE_NOOP("PlanWords", "Long-term unemployed"),
}

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def tr(text: str) -> str:
    """``text`` translated in the plan words' context."""
    return QCoreApplication.translate(WORDS, text)


def to_qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


def short_date(value: date | None) -> str:
    """A date as tables show it, in the locale's short form ("" for none)."""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat) if value else ""


def long_date(value: date | None) -> str:
    """A date written out for sentences: "23 November 2026", "23. november 2026", "23 november 2026"."""
    if value is None:
        return ""
    locale = QLocale()
    pattern = "d. MMMM yyyy" if locale.language() == QLocale.Language.Danish else "d MMMM yyyy"
    return locale.toString(to_qdate(value), pattern)


def sentence_word(value: StrEnum) -> str:
    """An enum value as a word inside a sentence (falls back to its label)."""
    words = SENTENCE_WORDS.get(type(value))
    if words and value.value in words:
        return tr(words[value.value])
    return label(value)


def target_group_text(group: str) -> str:
    """A template's target group in words (a partnership's own group as it was typed)."""
    return tr(TARGET_GROUPS[group]) if group in TARGET_GROUPS else group


def value_text(value: Any) -> str:
    """A value of a change or conflict in words of the current language."""
    if value is None:
        return tr(NONE)
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, date):
        return long_date(value)
    if isinstance(value, StrEnum):
        return sentence_word(value)
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], StepOwner):
        owner, name = value
        return f"{sentence_word(owner)} ({name})" if name else sentence_word(owner)
    if isinstance(value, tuple):
        return ", ".join(value_text(item) for item in value)
    return str(value)


def change_text(change: PlanChange) -> str:
    """One difference between two versions as a sentence in the current language."""
    return describe_change(change, template=lambda text: QCoreApplication.translate("PlanChanges", text),
                           value=value_text)


def field_name(name: str) -> str:
    """The name of a field a conflict lists."""
    return tr(FIELD_NAMES[name]) if name in FIELD_NAMES else name.replace("_", " ")


def _param_text(name: str, value: Any) -> Any:
    if name == "what" and isinstance(value, str) and value in RECORD_NOUNS:
        return tr(RECORD_NOUNS[value])
    if name in ("old", "new") and isinstance(value, str) and value.replace(" ", "_") in set(PlanStatus):
        return label(PlanStatus(value.replace(" ", "_")))  # a refused status change names the statuses
    if isinstance(value, str) and _ISO_DATE.match(value):
        return long_date(date.fromisoformat(value))
    return value


def error_text(error: NeoError) -> str:
    """A plan error in the current language, with its record, statuses and dates in words."""
    template = QCoreApplication.translate(ERRORS_CONTEXT, error.template)
    try:
        return template.format(**{name: _param_text(name, value) for name, value in error.params.items()})
    except (KeyError, IndexError, ValueError):
        return translate_error(error)


def conflict_lines(changes: dict[str, tuple[Any, Any]]) -> list[str]:
    """What someone else changed, one line per field: "Due date: 1 December 2026 → 15 December 2026"."""
    return [QCoreApplication.translate("PlanWords", "{field}: {old} → {new}").format(
        field=field_name(name), old=value_text(old), new=value_text(new)) for name, (old, new) in changes.items()]
