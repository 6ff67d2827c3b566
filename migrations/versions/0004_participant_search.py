"""Search indexes over participants: SQLite FTS5 and PostgreSQL pg_trgm; a duplicate check that sees past RLS

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Search as you type looks for a name, identity number, phone number or e-mail address across the whole
register, so it must go through an index, never a ``LIKE '%…%'`` scan of 100,000 rows.

- SQLite: ``participant_search`` is an external-content FTS5 table whose content is the view
  ``participant_search_source`` (the searchable text of each participant, with phone numbers reduced to
  digits and Swedish numbers also in their 10-digit form). Triggers keep it in step with ``participant``.
  Tokens match by prefix ("sør" finds Søren; "170504" finds a CPR number).
- PostgreSQL: ``neo_search_text(...)`` builds the same text in lower case; a GIN trigram index over it
  answers ``LIKE '%…%'`` for terms of three characters or more (anywhere in a word), and two btree indexes
  on the lower-cased names answer the first two keystrokes by prefix.

``neo_identity_numbers_taken`` tells an import which identity numbers are already registered, including
in rows the caller's row-level security hides (the unique index would refuse the row anyway; this lets the
import say so row by row before writing anything). Last contact and birth date get indexes because the
caseload sorts and warns on them.

None of these objects is a model; ``neo_desktop.db.search_index`` names them so that comparing the models
with the database leaves them out.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FTS_COLUMNS = "name, identity_number, phone, email"


def _digits(expression: str) -> str:
    """SQLite has no regular expressions: drop the characters people put into phone numbers."""
    for character in (" ", "-", "+", "(", ")", ".", "/"):
        expression = f"replace({expression}, '{character}', '')"
    return expression


def _sqlite_values(row: str) -> tuple[str, ...]:
    """The searchable columns of one participant row (``new``, ``old`` or the table itself)."""
    digits = _digits(f"coalesce({row}.phone, '')")
    return (
        f"{row}.first_name || ' ' || {row}.last_name",
        # A Swedish number is stored with its century (12 digits) but often typed in its 10-digit form.
        f"coalesce({row}.identity_number, '') || CASE WHEN length({row}.identity_number) = 12 "
        f"THEN ' ' || substr({row}.identity_number, 3) ELSE '' END",
        # The whole number, and its last 9 and 8 digits: typed with or without the country code.
        f"{digits} || ' ' || substr({digits}, -9) || ' ' || substr({digits}, -8)",
        f"coalesce({row}.email, '')",
    )


def _values(row: str) -> str:
    return ", ".join(_sqlite_values(row))


SEARCH_TEXT_FUNCTION = """
CREATE OR REPLACE FUNCTION neo_search_text(first_name text, last_name text, identity_number text, phone text,
                                           email text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    -- translate(), not a regular expression: the index rechecks this text for every candidate row
    SELECT lower(first_name || ' ' || last_name || ' ' || coalesce(identity_number, '') || ' '
                 || translate(coalesce(phone, ''), ' -+()./', '') || ' ' || coalesce(email, ''))
$$"""

SEARCH_TEXT_CALL = "neo_search_text(first_name, last_name, identity_number, phone, email)"

IDENTITY_TAKEN_FUNCTION = """
CREATE OR REPLACE FUNCTION neo_identity_numbers_taken(numbers text[])
RETURNS SETOF text LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT identity_number::text FROM participant WHERE identity_number = ANY (numbers)
$$"""


def upgrade() -> None:
    op.create_index("ix_participant_last_contact_on", "participant", ["last_contact_on"])
    op.create_index("ix_participant_birth_date", "participant", ["birth_date"])
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
    else:
        _upgrade_sqlite()


def _upgrade_sqlite() -> None:
    # The view's column names match the FTS columns: FTS5 reads them back by name when it rebuilds.
    columns = ", ".join(f"{value} AS {name}" for value, name in zip(_sqlite_values("participant"),
                                                                    FTS_COLUMNS.split(", "), strict=True))
    op.execute(f"CREATE VIEW participant_search_source AS SELECT participant.id AS id, {columns} FROM participant")
    op.execute(f"CREATE VIRTUAL TABLE participant_search USING fts5({FTS_COLUMNS}, "
               "content='participant_search_source', content_rowid='id', "
               "tokenize='unicode61 remove_diacritics 0', prefix='2 3')")
    op.execute(f"""CREATE TRIGGER participant_search_insert AFTER INSERT ON participant BEGIN
        INSERT INTO participant_search(rowid, {FTS_COLUMNS}) VALUES (new.id, {_values('new')});
    END""")
    op.execute(f"""CREATE TRIGGER participant_search_delete AFTER DELETE ON participant BEGIN
        INSERT INTO participant_search(participant_search, rowid, {FTS_COLUMNS})
        VALUES ('delete', old.id, {_values('old')});
    END""")
    op.execute(f"""CREATE TRIGGER participant_search_update
        AFTER UPDATE OF first_name, last_name, identity_number, phone, email ON participant BEGIN
        INSERT INTO participant_search(participant_search, rowid, {FTS_COLUMNS})
        VALUES ('delete', old.id, {_values('old')});
        INSERT INTO participant_search(rowid, {FTS_COLUMNS}) VALUES (new.id, {_values('new')});
    END""")
    op.execute("INSERT INTO participant_search(participant_search) VALUES ('rebuild')")


def _upgrade_postgresql() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(SEARCH_TEXT_FUNCTION)
    op.execute(f"CREATE INDEX ix_participant_search_trgm ON participant USING gin ({SEARCH_TEXT_CALL} gin_trgm_ops)")
    op.execute("CREATE INDEX ix_participant_lower_first_name ON participant (lower(first_name) text_pattern_ops)")
    op.execute("CREATE INDEX ix_participant_lower_last_name ON participant (lower(last_name) text_pattern_ops)")
    op.execute(IDENTITY_TAKEN_FUNCTION)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS neo_identity_numbers_taken(text[])")
        for name in ("ix_participant_lower_last_name", "ix_participant_lower_first_name", "ix_participant_search_trgm"):
            op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute("DROP FUNCTION IF EXISTS neo_search_text(text, text, text, text, text)")
        # pg_trgm stays: other databases' objects on the server may use it, and it holds no data.
    else:
        for trigger in ("participant_search_update", "participant_search_delete", "participant_search_insert"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS participant_search")
        op.execute("DROP VIEW IF EXISTS participant_search_source")
    op.drop_index("ix_participant_birth_date", table_name="participant")
    op.drop_index("ix_participant_last_contact_on", table_name="participant")
