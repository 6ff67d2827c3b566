"""Writing generated rows fast: chunked bulk inserts, progress and cancellation.

Everything runs in the caller's one transaction, so a cancelled or failed run leaves nothing behind.

Rows come as dicts (clear, for the smaller tables) or, for the tables with hundreds of thousands of rows, as
tuples in a declared column order: a tuple costs a fraction of a dict to build, and goes to the driver as it
is. Each chunk is one ``executemany`` of a plain INSERT (on PostgreSQL one COPY);
``session.execute(insert(table), dicts)`` would spend more time preparing each row's parameters than the
database spends storing it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from itertools import chain, islice
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Table, bindparam, insert, update
from sqlalchemy.orm import Session

from .conversion import Converter, column_converter, value_converter
from .size import DemoCancelled

Row = dict[str, Any]
ProgressCallback = Callable[[int, int, str], None]
CHUNK_ROWS = 20_000
_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


class Progress:
    """Reports rows written against an estimate, and raises :class:`DemoCancelled` when asked to stop."""

    def __init__(self, total: int, callback: ProgressCallback | None, cancelled: Callable[[], bool] | None) -> None:
        self.total = max(1, total)
        self.done = 0
        self._callback = callback
        self._cancelled = cancelled

    def check(self) -> None:
        """Raise :class:`DemoCancelled` if the caller asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise DemoCancelled()

    def advance(self, rows: int, what: str) -> None:
        """Count ``rows`` more, tell the caller, and check for cancellation."""
        self.done += rows
        # The total is an estimate; never report more done than the total.
        self.total = max(self.total, self.done)
        if self._callback is not None:
            self._callback(self.done, self.total, what)
        self.check()

    def finish(self, what: str) -> None:
        """Report completion (done == total)."""
        self.total = self.done = max(self.done, 1)
        if self._callback is not None:
            self._callback(self.done, self.total, what)


class BulkWriter:
    """Inserts rows in chunks and counts them per table."""

    def __init__(self, session: Session, progress: Progress, chunk_rows: int = CHUNK_ROWS) -> None:
        self.session = session
        self.progress = progress
        self.chunk_rows = chunk_rows
        self.rows: dict[str, int] = {}
        self._dialect = session.get_bind().dialect
        self._converters: dict[Column[Any], Converter | None] = {}
        self._converted_by_caller: set[Column[Any]] = set()

    def insert(self, table: Table, rows: Iterable[Row]) -> int:
        """Insert ``rows``, dicts with the same keys; return how many."""
        written = 0
        iterator = iter(rows)
        while chunk := list(islice(iterator, self.chunk_rows)):
            columns = tuple(chunk[0])
            getter = itemgetter(*columns)
            tuples = list(map(getter, chunk)) if len(columns) > 1 else [(getter(row),) for row in chunk]
            self._write(table, columns, tuples)
            written += len(chunk)
        self.rows[table.name] = self.rows.get(table.name, 0) + written
        return written

    def insert_tuples(self, table: Table, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> int:
        """Insert ``rows``, tuples of values for ``columns`` in that order; return how many."""
        written = 0
        iterator = iter(rows)
        while chunk := list(islice(iterator, self.chunk_rows)):
            self._write(table, tuple(columns), chunk)
            written += len(chunk)
        self.rows[table.name] = self.rows.get(table.name, 0) + written
        return written

    def _write(self, table: Table, columns: tuple[str, ...], chunk: list[tuple[Any, ...]]) -> None:
        """Convert one chunk, send it, report progress (which may raise DemoCancelled)."""
        chunk = self._convert(table, columns, chunk)
        preparer = self._dialect.identifier_preparer
        target = f"{preparer.format_table(table)} ({', '.join(preparer.quote(name) for name in columns)})"
        placeholder = _PLACEHOLDERS.get(self._dialect.paramstyle)
        if self._dialect.name == "postgresql" and self._dialect.driver == "psycopg":
            # COPY is many times faster than INSERT on PostgreSQL; psycopg adapts each value by its type.
            driver_connection = self.session.connection().connection.driver_connection
            assert driver_connection is not None
            with driver_connection.cursor() as cursor, cursor.copy(f"COPY {target} FROM STDIN") as copy:
                for row in chunk:
                    copy.write_row(row)
        elif placeholder is None:  # another driver: let SQLAlchemy build the statement
            self.session.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in chunk])
        else:
            self._insert_rows(target, placeholder, len(columns), chunk)
        self.progress.advance(len(chunk), table.name)

    def _convert(self, table: Table, columns: tuple[str, ...], chunk: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """The chunk with every column that needs it converted: cut into columns and back, both in C."""
        converters = [(index, convert) for index, name in enumerate(columns)
                      if (convert := self._converter(table.c[name])) is not None]
        if not converters:
            return chunk
        values: list[Sequence[Any]] = list(zip(*chunk, strict=True))
        for index, convert in converters:
            values[index] = convert(values[index])
        return list(zip(*values, strict=True))

    def _insert_rows(self, target: str, placeholder: str, width: int, chunk: list[tuple[Any, ...]]) -> None:
        """Plain INSERTs; on SQLite with many rows per statement (cheaper than one execution per row)."""
        one_row = f"({', '.join(placeholder for _ in range(width))})"
        connection = self.session.connection()
        per = _rows_per_statement(self._dialect.name, width)
        whole = len(chunk) // per * per
        if per > 1 and whole:
            groups = [tuple(chain.from_iterable(chunk[start:start + per])) for start in range(0, whole, per)]
            connection.exec_driver_sql(f"INSERT INTO {target} VALUES {', '.join([one_row] * per)}", groups)
        if whole < len(chunk):
            connection.exec_driver_sql(f"INSERT INTO {target} VALUES {one_row}", chunk[whole:])

    def _converter(self, column: Column[Any]) -> Converter | None:
        if column in self._converted_by_caller:
            return None
        if column not in self._converters:
            self._converters[column] = column_converter(column.type, self._dialect)
        return self._converters[column]

    def value_converter(self, *columns: Column[Any]) -> Callable[[Any], Any]:
        """A function that converts one value of ``columns`` (all of one type) for the driver; the caller
        promises to apply it to every value of those columns in tuple rows, so the writer need not turn the
        chunk into columns. Worth it for the dates of the biggest tables on SQLite; elsewhere the identity.
        """
        if len({type(column.type) for column in columns}) != 1:
            raise ValueError("value_converter needs columns of one type")
        convert = value_converter(columns[0].type, self._dialect)
        if convert is None:
            return _same
        self._converted_by_caller.update(columns)
        return convert

    def buffered(self, *tables: Table | tuple[Table, Sequence[str]]) -> BufferedInsert:
        """A buffer for rows of related tables, flushed parents first (see :class:`BufferedInsert`)."""
        return BufferedInsert(self, tables)

    def update(self, table: Table, key: str, rows: list[Row]) -> None:
        """Set columns of existing rows: each dict has ``b_<key>`` and the new values (one executemany)."""
        if not rows:
            return
        columns = [name for name in rows[0] if name != f"b_{key}"]
        statement = (
            update(table)
            .where(table.c[key] == bindparam(f"b_{key}"))
            .values({name: bindparam(name) for name in columns})
        )
        self.session.connection().execute(statement, rows)


def _rows_per_statement(dialect: str, columns: int) -> int:
    """Rows in one multi-row INSERT: about 200 on SQLite, within its limit on bound parameters per statement."""
    if dialect != "sqlite":
        return 1
    limit = 32_766 if sqlite3.sqlite_version_info >= (3, 32, 0) else 999
    return max(1, min(200, limit // columns))


def _same(value: Any) -> Any:
    return value


class BufferedInsert:
    """Rows for a parent table and its children made in one pass, flushed in the order the tables were given.

    A table is given alone (dict rows) or with its column order (tuple rows). Callers append to the
    :meth:`rows` lists directly (a method call per row costs more than the append) and call
    :meth:`flush_if_full` now and then. Foreign keys are checked row by row, so a child chunk may only be
    written after its parents' chunk: every flush writes all buffers, parents first.
    """

    def __init__(self, writer: BulkWriter, tables: tuple[Table | tuple[Table, Sequence[str]], ...]) -> None:
        self._writer = writer
        self._buffers: list[tuple[Table, Sequence[str] | None, list[Any]]] = [
            (spec, None, []) if isinstance(spec, Table) else (spec[0], spec[1], []) for spec in tables
        ]

    def rows(self, table: Table) -> list[Any]:
        """The list that queues rows for ``table``."""
        return next(rows for buffered, _, rows in self._buffers if buffered is table)

    def flush_if_full(self) -> None:
        """Write everything once a chunk's worth of rows is queued."""
        if sum(len(rows) for _, _, rows in self._buffers) >= self._writer.chunk_rows:
            self.flush()

    def flush(self) -> None:
        """Write every queued row, parents first."""
        for table, columns, rows in self._buffers:
            if not rows:
                continue
            if columns is None:
                self._writer.insert(table, rows)
            else:
                self._writer.insert_tuples(table, columns, rows)
            rows.clear()

    def __enter__(self) -> BufferedInsert:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            self.flush()
