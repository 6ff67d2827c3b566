"""PostgreSQL: each participant's search text stored (a generated column), the trigram index built on it

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

Search as you type on PostgreSQL finds candidate rows through a trigram index over
``neo_search_text(first_name, last_name, identity_number, phone, email)`` and then checks each candidate
against that text, which an index over an expression makes PostgreSQL compute again for every candidate row
(about 1.4 µs each; a common name has over a thousand). ``participant.search_text`` keeps the same text as a
stored generated column (PostgreSQL computes it on every insert and update, so it cannot fall out of step),
and the trigram index is built on the column instead: a keystroke's search statement reads the text instead
of computing it. The column is not in the models, as the index it replaces was not
(``neo_desktop.db.search_index`` names both). Adding it rewrites the table once. SQLite, whose search goes
through FTS5, is not changed.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCH_TEXT_CALL = "neo_search_text(first_name, last_name, identity_number, phone, email)"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE participant ADD COLUMN search_text text GENERATED ALWAYS AS ({SEARCH_TEXT_CALL}) STORED")
    op.execute("CREATE INDEX ix_participant_search_text_trgm ON participant USING gin (search_text gin_trgm_ops)")
    op.execute("DROP INDEX IF EXISTS ix_participant_search_trgm")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"CREATE INDEX ix_participant_search_trgm ON participant USING gin ({SEARCH_TEXT_CALL} gin_trgm_ops)")
    op.execute("DROP INDEX IF EXISTS ix_participant_search_text_trgm")
    op.execute("ALTER TABLE participant DROP COLUMN IF EXISTS search_text")
