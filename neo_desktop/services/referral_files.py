"""Reading a jobcentre's referral list (Excel or CSV) into plain text rows, and guessing its column mapping.

A file that is not what it claims to be gets one clear sentence, not a traceback: empty, too big (a referral
list of 10,000 young people is about 2 MB; 20 MB is refused unread), not a workbook, not text, without a header
row. CSV files from Danish and Swedish Excel use ";" and often Windows-1252; both are recognised.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, ValidationError

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm"})
TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})

CANNOT_OPEN = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The file {name} cannot be opened. Check that it still exists and "
                                "that you may read it.")
EMPTY_FILE = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The file {name} is empty.")
TOO_BIG = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "The file {name} is {size} MB. A referral list is at most 20 MB; check that this is the right "
    "file.")
WRONG_KIND = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "{name} is not a referral list NEO Desktop can read. Save the list as an Excel workbook (.xlsx) "
    "or as CSV (.csv) and try again.")
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "{name} is named like an Excel workbook but is not one (it may be damaged, or another kind of "
    "file renamed). Open it in Excel and save it again as .xlsx.")
NOT_TEXT = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "{name} does not contain text that can be read as CSV. Open it in Excel and save it as CSV.")
NO_ROWS = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "{name} has a header row but no young people under it.")
NO_HEADER = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "{name} has no header row naming its columns.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    ERRORS_CONTEXT, "{name} has more than {limit} rows. Split the list into smaller files.")


class ImportFileError(ValidationError):
    """A file that cannot be read as a referral list."""


class ImportField(StrEnum):
    """What a column of a referral list can hold."""

    IDENTITY_NUMBER = "identity_number"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"  # "Søren Ågård" in one column: the last word is the last name
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    POSTCODE = "postcode"
    CITY = "city"
    MUNICIPALITY = "municipality"
    REFERRED_ON = "referred_on"
    UNEMPLOYED_SINCE = "unemployed_since"
    PROJECT = "project"


# Headers seen in Danish, Swedish and English referral lists, compared without case, spaces and punctuation.
SYNONYMS: dict[ImportField, tuple[str, ...]] = {
    ImportField.IDENTITY_NUMBER: ("cpr", "cprnr", "cprnummer", "personnummer", "personnr", "pnr", "idnumber",
                                  "identitynumber", "personalnumber", "samordningsnummer"),
    ImportField.FIRST_NAME: ("fornavn", "fornavne", "förnamn", "firstname", "givenname"),
    ImportField.LAST_NAME: ("efternavn", "efternamn", "lastname", "surname", "familyname"),
    ImportField.FULL_NAME: ("navn", "namn", "name", "fuldtnavn", "fullname", "borger", "deltager", "deltagare"),
    ImportField.PHONE: ("telefon", "telefonnummer", "tlf", "tlfnr", "mobil", "mobilnummer", "phone", "mobile"),
    ImportField.EMAIL: ("email", "mail", "epost", "emailadresse", "epostadress"),
    ImportField.ADDRESS: ("adresse", "adress", "address", "gadenavn", "gatuadress"),
    ImportField.POSTCODE: ("postnr", "postnummer", "postcode", "zip", "zipcode"),
    ImportField.CITY: ("by", "postdistrikt", "ort", "postort", "city", "town"),
    ImportField.MUNICIPALITY: ("kommune", "kommun", "municipality"),
    ImportField.REFERRED_ON: ("henvist", "henvisningsdato", "henvistden", "visiteret", "remissdatum", "anvisad",
                              "anvisningsdatum", "referred", "referredon", "referraldate"),
    ImportField.UNEMPLOYED_SINCE: ("ledigsiden", "ledighedsdato", "arbejdsløssiden", "arbetslössedan",
                                   "inskrivensedan", "unemployedsince"),
    ImportField.PROJECT: ("projekt", "project", "projektkode", "projektkod", "projectcode"),
}


@dataclass(frozen=True)
class RawTable:
    """The header and the data rows of a file, every cell as text; ``lines`` are the rows' line numbers."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]


def _key(header: str) -> str:
    text = unicodedata.normalize("NFC", header).casefold()
    return "".join(c for c in text if c.isalnum())


def guess_mapping(headers: tuple[str, ...]) -> dict[int, ImportField]:
    """Column index → field, for each header that names a known field (the first column wins a field)."""
    lookup = {synonym: field for field, synonyms in SYNONYMS.items() for synonym in synonyms}
    mapping: dict[int, ImportField] = {}
    for index, header in enumerate(headers):
        field = lookup.get(_key(header))
        if field is not None and field not in mapping.values():
            mapping[index] = field
    return mapping


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a CPR number typed into a number cell
    return str(value).strip()


def read_table(path: str | Path) -> RawTable:
    """Read ``path`` (.xlsx or .csv); raise ImportFileError with a sentence for people when it cannot be."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFileError(CANNOT_OPEN, field="file", name=name) from exc
    if size == 0:
        raise ImportFileError(EMPTY_FILE, field="file", name=name)
    if size > MAX_BYTES:
        raise ImportFileError(TOO_BIG, field="file", name=name, size=f"{size / 1024 / 1024:.1f}")
    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        cells = _read_workbook(path)
    elif suffix in TEXT_SUFFIXES:
        cells = _read_text(path)
    else:
        raise ImportFileError(WRONG_KIND, field="file", name=name)
    numbered = [(line, row) for line, row in enumerate(cells, start=1) if any(cell for cell in row)]
    if not numbered:
        raise ImportFileError(EMPTY_FILE, field="file", name=name)
    (_, header), *data = numbered
    headers = tuple(header)
    # A first row of numbers and dates is data, not a header (the header row was left out).
    if not guess_mapping(headers) and all(_looks_like_data(h) for h in headers):
        raise ImportFileError(NO_HEADER, field="file", name=name)
    if not data:
        raise ImportFileError(NO_ROWS, field="file", name=name)
    if len(data) > MAX_ROWS:
        raise ImportFileError(TOO_MANY_ROWS, field="file", name=name, limit=MAX_ROWS)
    width = len(headers)
    rows = tuple(tuple((list(row) + [""] * width)[:width]) for _, row in data)
    return RawTable(name, headers, rows, tuple(line for line, _ in data))


_DATA_LIKE = re.compile(r"^[0-9 .:/+-]+$")


def _looks_like_data(header: str) -> bool:
    return not header or bool(_DATA_LIKE.match(header))


def _read_workbook(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook  # only when a workbook is read: openpyxl is slow to import

    if not zipfile.is_zipfile(path):
        raise ImportFileError(NOT_A_WORKBOOK, field="file", name=path.name)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign zip
        raise ImportFileError(NOT_A_WORKBOOK, field="file", name=path.name) from exc
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise ImportFileError(EMPTY_FILE, field="file", name=path.name)
        rows: list[list[str]] = []
        for row in sheet.iter_rows(values_only=True):
            rows.append([_cell_text(value) for value in row])
            if len(rows) > MAX_ROWS + 1:
                raise ImportFileError(TOO_MANY_ROWS, field="file", name=path.name, limit=MAX_ROWS)
        return rows
    finally:
        workbook.close()


def _decode(raw: bytes, name: str) -> str:
    if b"\x00" in raw[:65536]:
        raise ImportFileError(NOT_TEXT, field="file", name=name)  # binary, or UTF-16 nobody exports lists in
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Text has few control characters; random bytes decoded as Windows-1252 have many.
        controls = sum(1 for c in text[:65536] if unicodedata.category(c) == "Cc" and c not in "\r\n\t")
        if controls > max(3, len(text[:65536]) // 1000):
            break
        return text
    raise ImportFileError(NOT_TEXT, field="file", name=name)


def _read_text(path: Path) -> list[list[str]]:
    text = _decode(path.read_bytes(), path.name)
    sample = text[:8192]
    try:
        reader = csv.reader(io.StringIO(text), csv.Sniffer().sniff(sample, delimiters=";,\t"))
    except csv.Error:  # one column, or too regular to tell: the commonest separator
        reader = csv.reader(io.StringIO(text), delimiter=max(";,\t", key=sample.count))
    try:
        return [[cell.strip() for cell in row] for row in reader]
    except csv.Error as exc:
        raise ImportFileError(NOT_TEXT, field="file", name=path.name) from exc


_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")


def parse_date(text: str) -> date | None:
    """A date as written in Danish and Swedish lists (2026-11-02, 02-11-2026, 2.11.2026); None if it is not one."""
    text = text.strip()
    for pattern, order in ((_ISO, (0, 1, 2)), (_DMY, (2, 1, 0))):
        match = pattern.match(text)
        if match:
            parts = [int(group) for group in match.groups()[:3]]
            try:
                return date(parts[order[0]], parts[order[1]], parts[order[2]])
            except ValueError:
                return None
    return None
