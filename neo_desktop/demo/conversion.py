"""Converting whole columns of generated values into what the database driver stores.

The result is what each column type's SQLAlchemy bind processor would produce, but computed once per distinct
value (dates repeat a lot) and with C-level ``map`` instead of a Python call per value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Dialect
from sqlalchemy import Enum as SQLEnum
from sqlalchemy.dialects.sqlite import DATE as SQLITE_DATE
from sqlalchemy.dialects.sqlite import DATETIME as SQLITE_DATETIME
from sqlalchemy.types import TypeEngine

Converter = Callable[[Sequence[Any]], list[Any]]


class _Memo(dict[Any, Any]):
    """Remembers each value's converted form: a dict lookup is much cheaper than formatting a date again."""

    def __init__(self, convert: Callable[[Any], Any]) -> None:
        super().__init__()
        self._convert = convert

    def __missing__(self, key: Any) -> Any:
        value = self[key] = None if key is None else self._convert(key)
        return value

    def column(self, values: Sequence[Any]) -> list[Any]:
        """The converted column."""
        return list(map(self.__getitem__, values))


def _sqlite_date(value: date) -> str:
    return value.isoformat()  # SQLAlchemy's SQLite DATE storage format: "YYYY-MM-DD"


def _sqlite_datetime(value: datetime) -> str:
    # SQLAlchemy's SQLite DATETIME storage format, "YYYY-MM-DD HH:MM:SS.ffffff", which leaves out the zone.
    return value.isoformat(" ", "microseconds")[:26]


def value_converter(column_type: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """For a date or datetime column on SQLite, a function converting one value (a dictionary lookup once
    the value has been seen); None for every other column (see :func:`column_converter`)."""
    impl = column_type.dialect_impl(dialect)
    if isinstance(impl, SQLITE_DATETIME) and impl._storage_format == SQLITE_DATETIME._storage_format:
        return _Memo(_sqlite_datetime).__getitem__
    if isinstance(impl, SQLITE_DATE) and impl._storage_format == SQLITE_DATE._storage_format:
        return _Memo(_sqlite_date).__getitem__
    return None


def column_converter(column_type: TypeEngine[Any], dialect: Dialect) -> Converter | None:
    """A function converting a whole column of values for the driver, or None when nothing is needed.

    On SQLite, enums (always given as their values or as StrEnum members) and booleans need nothing: sqlite3
    stores str as text and bool as 1/0, which is what their processors return. Elsewhere enums become their
    value strings through a dictionary (an unknown value raises KeyError, the check Core makes). SQLite dates
    and datetimes become text in SQLAlchemy's default format; everything else goes through the type's own
    bind processor.
    """
    impl = column_type.dialect_impl(dialect)
    sqlite = dialect.name == "sqlite"
    if isinstance(impl, (SQLEnum, Boolean)) and sqlite:
        return None
    if isinstance(impl, SQLEnum) and impl.enum_class is not None:
        lookup: dict[Any, Any] = {None: None}
        for member in impl.enum_class:
            lookup[member.value] = member.value  # type: ignore[attr-defined]
        return lambda values: list(map(lookup.__getitem__, values))
    if isinstance(impl, SQLITE_DATETIME) and impl._storage_format == SQLITE_DATETIME._storage_format:
        return _Memo(_sqlite_datetime).column
    if isinstance(impl, SQLITE_DATE) and impl._storage_format == SQLITE_DATE._storage_format:
        return _Memo(_sqlite_date).column
    processor = impl.bind_processor(dialect)
    return None if processor is None else lambda values: list(map(processor, values))
