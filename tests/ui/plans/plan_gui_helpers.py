"""Helpers of the plan GUI tests (the conftest beside this file puts tests/services on the path first)."""

from __future__ import annotations

from plan_fixtures import TODAY

from neo_desktop.db.engine import Database
from neo_desktop.services.plans import PlanService
from neo_desktop.services.user import SignedInUser


def plan_service(database: Database, user: SignedInUser) -> PlanService:
    """The plan service on the world's fixed today."""
    return PlanService(database, user, today=lambda: TODAY)
