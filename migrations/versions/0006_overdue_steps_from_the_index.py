"""Plan steps indexed by revision, due date and status: overdue steps counted from the index alone

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

The caseload sorts and filters the whole register by the number of overdue plan steps, which means counting,
for the newest version of every open plan, the open steps whose due date has passed. With the steps indexed
by (revision_id, due_on, status) each plan's count is one range of one index, with no step row read. The new
index starts with revision_id, so it also does the work of the single-column index it replaces.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_plan_step_revision_id_due_on_status", "plan_step", ["revision_id", "due_on", "status"])
    op.drop_index("ix_plan_step_revision_id", table_name="plan_step")


def downgrade() -> None:
    op.create_index("ix_plan_step_revision_id", "plan_step", ["revision_id"])
    op.drop_index("ix_plan_step_revision_id_due_on_status", table_name="plan_step")
