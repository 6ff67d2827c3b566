"""Small-cell suppression: no statistic that leaves the program may identify a young person.

Pure functions over plain data. A set of statistics is a mapping from a *cell key* to a count, plus the
*equations* the published numbers obey (a total is the sum of its parts). Tables are views over the keys, so
a number that appears in two tables (the total of participants, an outcome that is also a target) is one
cell and is hidden in both or neither.

- **Primary suppression** hides every count from 1 to ``threshold - 1`` (zero is no person; marginals are
  cells like any other, as Statistics Denmark requires).
- **Secondary suppression** hides more cells until no hidden count can be worked out from the published ones:
  first so that no equation has exactly one hidden cell, then (exactly, by linear algebra over the rationals)
  until no hidden cell is determined by any combination of the equations. Among the candidates it hides the
  smallest count, never a zero unless nothing else remains (a hidden zero narrows what the others can be).
- Percentages are only ever of shown cells over shown totals (:func:`share`).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

CellKey = Hashable
SECONDARY_MARK = "x"  # a hidden cell that is not small itself: hidden so that a small one cannot be worked out


@dataclass(frozen=True)
class Equation:
    """A published total and the published parts it is the sum of: ``total = sum(parts)``."""

    total: CellKey
    parts: tuple[CellKey, ...]

    @property
    def members(self) -> tuple[CellKey, ...]:
        """The total and its parts."""
        return (self.total, *self.parts)


def primary_cells(values: Mapping[CellKey, int], thresholds: Mapping[CellKey, int] | int) -> set[CellKey]:
    """The cells below their threshold and above zero (thresholds per cell, or one for all)."""
    def threshold(key: CellKey) -> int:
        return thresholds if isinstance(thresholds, int) else thresholds[key]

    return {key for key, value in values.items() if 0 < value < threshold(key)}


def determined_cells(suppressed: Iterable[CellKey], equations: Sequence[Equation]) -> set[CellKey]:
    """The hidden cells whose value follows exactly from the published cells and the equations.

    Each equation is a linear constraint; with the shown cells moved to the right-hand side, a hidden cell is
    determined when every solution of the homogeneous system has zero in its place, that is when its column
    in the reduced row echelon form is a pivot whose row has nothing in the free columns. The system is
    split into independent parts first, so each elimination stays small.
    """
    hidden = set(suppressed)
    rows: list[dict[CellKey, int]] = []
    for equation in equations:
        row: dict[CellKey, int] = {}
        for key, sign in ((equation.total, -1), *((part, 1) for part in equation.parts)):
            if key in hidden:
                row[key] = row.get(key, 0) + sign
        row = {key: coefficient for key, coefficient in row.items() if coefficient}
        if row:
            rows.append(row)
    determined: set[CellKey] = set()
    for component in _components(rows):
        determined |= _determined_in(component)
    return determined


def _components(rows: list[dict[CellKey, int]]) -> list[list[dict[CellKey, int]]]:
    """Group equations that share hidden cells (union-find over the cells)."""
    parent: dict[CellKey, CellKey] = {}

    def find(key: CellKey) -> CellKey:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for row in rows:
        first, *others = row
        for other in others:
            parent[find(other)] = find(first)
    groups: dict[CellKey, list[dict[CellKey, int]]] = {}
    for row in rows:
        groups.setdefault(find(next(iter(row))), []).append(row)
    return list(groups.values())


def _determined_in(rows: list[dict[CellKey, int]]) -> set[CellKey]:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    matrix = [[Fraction(row.get(key, 0)) for key in columns] for row in rows]
    pivots: list[tuple[int, int]] = []  # (row, column)
    rank = 0
    for column in range(len(columns)):
        pivot = next((r for r in range(rank, len(matrix)) if matrix[r][column]), None)
        if pivot is None:
            continue
        matrix[rank], matrix[pivot] = matrix[pivot], matrix[rank]
        lead = matrix[rank][column]
        matrix[rank] = [value / lead for value in matrix[rank]]
        for r in range(len(matrix)):
            if r != rank and matrix[r][column]:
                factor = matrix[r][column]
                matrix[r] = [a - factor * b for a, b in zip(matrix[r], matrix[rank], strict=True)]
        pivots.append((rank, column))
        rank += 1
    pivot_columns = {column for _, column in pivots}
    free = [c for c in range(len(columns)) if c not in pivot_columns]
    return {columns[column] for row, column in pivots if not any(matrix[row][c] for c in free)}


def secondary_cells(values: Mapping[CellKey, int], primary: Iterable[CellKey],
                    equations: Sequence[Equation]) -> set[CellKey]:
    """The cells to hide besides ``primary`` so that no hidden value can be worked out from the rest."""
    suppressed = set(primary)
    order = {key: index for index, key in enumerate(values)}

    def cost(key: CellKey) -> tuple[bool, int, int]:
        # Hide the smallest count; a zero only when nothing else is left (see the module's notes).
        return values[key] == 0, values[key], order[key]

    by_cell: dict[CellKey, list[Equation]] = {}
    for equation in equations:
        for key in equation.members:
            by_cell.setdefault(key, []).append(equation)
    for _ in range(len(values) + 1):
        added = False
        for equation in equations:  # the quick rule: no equation with exactly one hidden cell
            members = set(equation.members)
            if len(members & suppressed) == 1 and members - suppressed:
                suppressed.add(min(members - suppressed, key=cost))
                added = True
        if added:
            continue
        determined = determined_cells(suppressed, equations)
        if not determined:
            break
        cell = min(determined, key=order.__getitem__)
        candidates = {key for equation in by_cell.get(cell, ()) for key in equation.members} - suppressed
        if not candidates:  # every neighbour is hidden already: widen to the cells of its whole part
            candidates = {key for equation in equations for key in equation.members} - suppressed
        if not candidates:
            break
        suppressed.add(min(candidates, key=cost))
    return suppressed - set(primary)


@dataclass(frozen=True)
class Suppression:
    """Which cells are hidden, and why."""

    primary: frozenset[CellKey]
    secondary: frozenset[CellKey]

    @property
    def hidden(self) -> frozenset[CellKey]:
        """Every hidden cell."""
        return self.primary | self.secondary

    @property
    def applied(self) -> bool:
        """True when at least one cell is hidden (the report then says so)."""
        return bool(self.primary or self.secondary)


def suppress(values: Mapping[CellKey, int], thresholds: Mapping[CellKey, int] | int,
             equations: Sequence[Equation] = ()) -> Suppression:
    """Primary and secondary suppression of ``values`` under their ``equations``."""
    unknown = {key for equation in equations for key in equation.members} - set(values)
    if unknown:
        raise ValueError(f"equations refer to cells without a value: {sorted(map(str, unknown))[:5]}")
    primary = primary_cells(values, thresholds)
    return Suppression(frozenset(primary), frozenset(secondary_cells(values, primary, equations)))


def share(part: int | None, whole: int | None) -> float | None:
    """``part`` as a fraction of ``whole``; None when either is hidden (None) or the whole is zero."""
    if part is None or whole is None or whole == 0:
        return None
    return part / whole


# --------------------------------------------------------------------------------------- tables of counts


@dataclass(frozen=True)
class CountTable:
    """A table as it will be published: labels (text keys) and, per cell, the key of its count.

    ``share_row`` names the row whose last column is the base of the share column (usually the total row);
    ``sensitive`` tables use the project's higher threshold for every cell they show.
    """

    key: str
    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    cells: tuple[tuple[CellKey, ...], ...]
    sensitive: bool = False
    share_row: int | None = None
    total_rows: frozenset[int] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if len(self.cells) != len(self.row_labels) or any(len(r) != len(self.column_labels) for r in self.cells):
            raise ValueError(f"table {self.key}: one cell key per row and column")


@dataclass(frozen=True)
class CountBook:
    """Counts, the tables that show them and the equations that tie them together (not yet suppressed)."""

    values: Mapping[CellKey, int]
    tables: tuple[CountTable, ...]
    equations: tuple[Equation, ...] = ()
    sensitive_cells: frozenset[CellKey] = frozenset()  # cells with the higher threshold wherever they appear

    def thresholds(self, ordinary: int, sensitive: int) -> dict[CellKey, int]:
        """Each cell's threshold: the higher one if any table showing it, or the cell itself, is sensitive."""
        result = {key: ordinary for key in self.values}
        for table in self.tables:
            if table.sensitive:
                for row in table.cells:
                    for key in row:
                        result[key] = sensitive
        for key in self.sensitive_cells:
            result[key] = sensitive
        return result

    def extended(self, values: Mapping[CellKey, int], tables: Sequence[CountTable] = (),
                 equations: Sequence[Equation] = (), sensitive_cells: Iterable[CellKey] = ()) -> CountBook:
        """This book with more cells, tables and equations (a cell already here keeps its value)."""
        clash = {key for key, value in values.items() if key in self.values and self.values[key] != value}
        if clash:
            raise ValueError(f"cells with two different values: {sorted(map(str, clash))[:5]}")
        return CountBook({**self.values, **values}, (*self.tables, *tables), (*self.equations, *equations),
                         self.sensitive_cells | frozenset(sensitive_cells))


@dataclass(frozen=True)
class PublishedCell:
    """A cell as printed: its count, or None and the mark that stands in for it ("<5", or "x")."""

    value: int | None
    mark: str | None = None

    @property
    def text(self) -> str:
        """What the cell shows."""
        return self.mark if self.value is None else f"{self.value}"

    @property
    def hidden(self) -> bool:
        """True when the count is not shown."""
        return self.value is None


@dataclass(frozen=True)
class PublishedTable:
    """A suppressed table: what may leave the program. ``shares`` are per row (None: not shown)."""

    key: str
    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    rows: tuple[tuple[PublishedCell, ...], ...]
    shares: tuple[float | None, ...] | None
    threshold: int
    total_rows: frozenset[int] = field(default_factory=frozenset)

    @property
    def suppressed(self) -> bool:
        """True when at least one cell of this table is hidden."""
        return any(cell.hidden for row in self.rows for cell in row)


@dataclass(frozen=True)
class PublishedBook:
    """A suppressed book: its tables as printed, and any of its cells by key."""

    tables: tuple[PublishedTable, ...]
    suppression: Suppression
    _values: Mapping[CellKey, int]
    _thresholds: Mapping[CellKey, int]

    def cell(self, key: CellKey) -> PublishedCell:
        """The cell ``key`` as printed: its count, "<n" (too small) or "x" (hidden to protect another)."""
        if key in self.suppression.primary:
            return PublishedCell(None, f"<{self._thresholds[key]}")
        if key in self.suppression.secondary:
            return PublishedCell(None, SECONDARY_MARK)
        return PublishedCell(self._values[key])

    def table(self, key: str) -> PublishedTable:
        """The table with title key ``key``."""
        return next(table for table in self.tables if table.key == key)


def publish(book: CountBook, *, ordinary: int, sensitive: int) -> PublishedBook:
    """Suppress ``book`` jointly (linked tables hide the same cells) and return its tables as printed."""
    thresholds = book.thresholds(ordinary, sensitive)
    result = PublishedBook((), suppress(book.values, thresholds, book.equations), book.values, thresholds)
    tables = []
    for table in book.tables:
        rows = tuple(tuple(result.cell(key) for key in row) for row in table.cells)
        shares = None
        if table.share_row is not None:
            base = rows[table.share_row][-1].value
            shares = tuple(share(row[-1].value, base) for row in rows)
        tables.append(PublishedTable(table.key, table.row_labels, table.column_labels, rows, shares,
                                     sensitive if table.sensitive else ordinary, table.total_rows))
    return PublishedBook(tuple(tables), result.suppression, book.values, thresholds)


__all__ = ["SECONDARY_MARK", "CellKey", "CountBook", "CountTable", "Equation", "PublishedBook", "PublishedCell",
           "PublishedTable", "Suppression", "determined_cells", "primary_cells", "publish", "secondary_cells",
           "share", "suppress"]
