"""Reference lists administrators maintain: activity kinds, outcome codes, placement types per country, ...

Each entry's ``code`` is the value the program stores; the labels are what people read in each language.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from neo_desktop.db.engine import Database
from neo_desktop.db.models import ReferenceItem
from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from neo_desktop.domain.organisation import Role

from .editing import apply_changes
from .permissions import requires
from .user import SignedInUser

ADMINISTRATORS = frozenset({Role.ADMINISTRATOR})
EVERYONE = frozenset(Role)
LABEL_REQUIRED = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "An entry needs a code and an English label.")
CODE_TAKEN = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The list already has an entry with the code {code}.")


@dataclass(frozen=True)
class ReferenceEntry:
    """One entry of a reference list."""

    code: str
    label_en: str
    label_da: str | None = None
    label_sv: str | None = None
    country: str | None = None
    position: int = 0
    active: bool = True


@dataclass(frozen=True)
class ReferenceRecord:
    """A stored entry with its id and version."""

    id: int
    version: int
    list_name: str
    entry: ReferenceEntry

    def label(self, language: str) -> str:
        """The label in ``language``, falling back to English."""
        return getattr(self.entry, f"label_{language}", None) or self.entry.label_en


def _record(item: ReferenceItem) -> ReferenceRecord:
    return ReferenceRecord(item.id, item.version, item.list_name, ReferenceEntry(
        item.code, item.label_en, item.label_da, item.label_sv, item.country, item.position, item.active))


class ReferenceListService:
    """Reads for everyone; changes for administrators."""

    def __init__(self, database: Database, user: SignedInUser) -> None:
        self._database = database
        self._user = user

    @requires(EVERYONE, "read reference lists")
    def entries(self, list_name: str, *, country: str | None = None, active_only: bool = True) -> list[ReferenceRecord]:
        """A list's entries in order; with ``country``, those of that country and of both."""
        query = select(ReferenceItem).where(ReferenceItem.list_name == list_name)
        if country:
            query = query.where((ReferenceItem.country == country) | ReferenceItem.country.is_(None))
        if active_only:
            query = query.where(ReferenceItem.active)
        with self._database.transaction() as session:
            return [_record(i) for i in session.scalars(query.order_by(ReferenceItem.position, ReferenceItem.code))]

    @requires(ADMINISTRATORS, "change reference lists")
    def add(self, list_name: str, entry: ReferenceEntry) -> ReferenceRecord:
        """Add an entry to a list."""
        _check(entry)
        with self._database.transaction() as session:
            # Checked here too: a unique index lets two entries without a country share a code.
            same = session.scalar(select(ReferenceItem.id).where(
                ReferenceItem.list_name == list_name, ReferenceItem.code == entry.code,
                ReferenceItem.country.is_(None) if entry.country is None else ReferenceItem.country == entry.country))
            if same is not None:
                raise ValidationError(CODE_TAKEN, field="code", code=entry.code)
            item = ReferenceItem(list_name=list_name, **entry.__dict__)
            session.add(item)
            try:
                with session.begin_nested():
                    session.flush()
            except IntegrityError as exc:
                raise ValidationError(CODE_TAKEN, field="code", code=entry.code) from exc
            return _record(item)

    @requires(ADMINISTRATORS, "change reference lists")
    def update(self, item_id: int, expected_version: int, entry: ReferenceEntry) -> ReferenceRecord:
        """Change an entry's labels, order or availability (its code stays: stored records use it)."""
        _check(entry)
        with self._database.transaction() as session:
            item = session.get(ReferenceItem, item_id)
            if item is None:
                raise NotFoundError(what="list entry")
            values = {k: v for k, v in entry.__dict__.items() if k != "code"}
            apply_changes(item, values, expected_version, what="list entry")
            return _record(item)


def _check(entry: ReferenceEntry) -> None:
    if not entry.code.strip() or not entry.label_en.strip():
        raise ValidationError(LABEL_REQUIRED, field="label_en")
