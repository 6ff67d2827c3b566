"""Retention rules: when a case file may no longer be kept, and what anonymisation keeps for statistics."""

from __future__ import annotations

from datetime import date


def retention_ends(*, project_ends_on: date, last_payment_on: date | None, retention_years: int) -> date:
    """The last day case files must be kept: ``retention_years`` after 31 December of the year of the
    project's last payment (EU funds: five years), or of the project's end while no payment date is set."""
    anchor = (last_payment_on or project_ends_on).year
    return date(anchor + retention_years, 12, 31)


def anonymised_birth_date(birth_date: date | None) -> date | None:
    """Keep the year of birth (age bands in statistics still work) but not the day."""
    return date(birth_date.year, 7, 1) if birth_date else None
