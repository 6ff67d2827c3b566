"""The participant search index (migrations 0004 and 0008): how to query it, and which of its objects no model
describes.

SQLite keeps an FTS5 table (``participant_search``) in step with ``participant`` by triggers; PostgreSQL keeps
each participant's ``neo_search_text(...)`` in the generated column ``participant.search_text``, with a GIN
trigram index on it, and prefix indexes on the lower-cased names. The caller
hands over the terms already split (:func:`neo_desktop.domain.participant_rules.search_terms`); this module
turns them into a clause that the database answers from its index.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, String, and_, func, literal, literal_column, or_, select, table

from .models import Participant

FTS_TABLE = "participant_search"
# Objects of migrations 0004 and 0008 that live outside the models (virtual tables, views, expression indexes,
# PostgreSQL's generated search column).
UNMODELLED_TABLES = frozenset({FTS_TABLE, f"{FTS_TABLE}_data", f"{FTS_TABLE}_idx", f"{FTS_TABLE}_docsize",
                               f"{FTS_TABLE}_config", f"{FTS_TABLE}_source"})
UNMODELLED_INDEXES = frozenset({"ix_participant_search_text_trgm", "ix_participant_lower_first_name",
                                "ix_participant_lower_last_name"})
SEARCH_TEXT_COLUMN = "search_text"
# pg_trgm needs three characters to use its index; shorter terms match the start of a name instead.
TRIGRAM_LENGTH = 3


def include_object(_object: Any, name: str | None, type_: str, _reflected: bool, _compare_to: Any) -> bool:
    """Alembic's filter: leave the search index's own objects out when comparing models and database."""
    if type_ == "table":
        return name not in UNMODELLED_TABLES
    if type_ == "index":
        return name not in UNMODELLED_INDEXES
    if type_ == "column":
        return name != SEARCH_TEXT_COLUMN
    return True


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fts_query(terms: Sequence[str]) -> str:
    """An FTS5 query: every term must start a word. Terms are letters and digits only, quoted anyway."""
    return " ".join('"' + term.replace('"', '""') + '"*' for term in terms)


@cache
def _search_text() -> ColumnElement[str]:
    """PostgreSQL's stored search text of a participant, ``neo_search_text(...)`` of their names, identity number,
    phone and e-mail: the column the trigram index is built on (made once; building it is a good part of building
    a search's clause)."""
    return literal_column(f"{Participant.__tablename__}.{SEARCH_TEXT_COLUMN}", String())


def _inline(value: str) -> BindParameter[str]:
    """``value`` written into the statement's text when it runs, not sent as a parameter: a plan made without
    the value (a prepared statement's generic plan) cannot use a btree index for ``LIKE`` or know how much of a
    range matches. The statement stays cached in SQLAlchemy; the driver sees one text per value. Safe for any
    text (SQLAlchemy quotes it), and the search terms are only letters and digits anyway."""
    return literal(value, String(), literal_execute=True)


def _starts(term: str) -> ColumnElement[bool]:
    """A first or last name, or for digits the identity number, starting with ``term`` (PostgreSQL)."""
    if term.isdigit():
        return and_(Participant.identity_number >= _inline(term), Participant.identity_number < _inline(f"{term}:"))
    prefix = _inline(f"{_escape_like(term)}%")
    return or_(func.lower(Participant.first_name).like(prefix, escape="\\"),
               func.lower(Participant.last_name).like(prefix, escape="\\"))


def search_clause(dialect: str, terms: Sequence[str]) -> ColumnElement[bool]:
    """Participants matching every one of ``terms`` (lower-case words of letters and digits) via the index.

    On PostgreSQL, sort the matches by :func:`unindexed` keys: given an index in the order asked for, the planner
    walks it and tests every row against the search instead of fetching the few matches from the search index.
    The clause keeps its statement on the indexes whatever plan PostgreSQL uses for it, so the statement may be
    prepared and its plan cached like any other (psycopg prepares a statement after a few runs): the trigram
    index answers a ``LIKE`` for any pattern, given or not when the plan is made; a name or number index only
    for a prefix it knows, so the first keystrokes' words are written into the statement (:func:`_inline`).
    """
    if not terms:
        raise ValueError("search_clause needs at least one term")
    if dialect == "postgresql":
        text = _search_text()
        if any(len(term) >= TRIGRAM_LENGTH for term in terms):
            # The long terms find the rows through the trigram index; short ones then only filter those rows
            # (strpos, because a LIKE of under three characters would make PostgreSQL read the whole index).
            return and_(*(text.like(f"%{_escape_like(term)}%", escape="\\") if len(term) >= TRIGRAM_LENGTH
                          else func.strpos(text, term) > 0 for term in terms))
        # Only short terms (the first keystrokes): the start of a name, or of an identity number, through their
        # indexes (a range for the number: its index is an ordinary one, and ":" sorts right after "9").
        return and_(*(_starts(term) for term in terms))
    fts = table(FTS_TABLE, literal_column("rowid"))
    matches = select(literal_column("rowid")).select_from(fts).where(
        literal_column(FTS_TABLE).op("MATCH")(_fts_query(terms)))
    return Participant.id.in_(matches)


def unindexed(column: ColumnElement[str]) -> ColumnElement[str]:
    """``column`` as a sort key no index provides (the same order: the value with nothing appended)."""
    return column.concat("")
