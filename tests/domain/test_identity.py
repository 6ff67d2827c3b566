"""Tests for neo_desktop.domain.identity: CPR, personnummer, samordningsnummer, CVR, organisationsnummer."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from neo_desktop.domain.identity import (
    IdentityKind,
    IdentityNumber,
    InvalidIdentityNumber,
    OrganisationNumberKind,
    cpr_century,
    luhn_check_digit,
    parse_cpr,
    parse_identity_number,
    parse_personnummer,
    synthetic_cpr,
    synthetic_personnummer,
    validate_cvr,
    validate_organisation_number,
    validate_organisationsnummer,
)

TODAY = date(2025, 6, 15)
FAR_FUTURE = date(9999, 12, 31)
serials = st.integers(min_value=0, max_value=999)


def _error(func, *args, **kwargs) -> InvalidIdentityNumber:
    with pytest.raises(InvalidIdentityNumber) as info:
        func(*args, **kwargs)
    return info.value


# --- enums -------------------------------------------------------------------------------------------


def test_enum_values_are_stable_strings() -> None:
    assert [k.value for k in IdentityKind] == ["cpr", "personnummer", "samordningsnummer"]
    assert [k.value for k in OrganisationNumberKind] == ["cvr", "organisationsnummer"]
    assert IdentityKind.CPR == "cpr"


# --- CPR ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["070761-4285", "0707614285", "  070761-4285\n", "\t0707614285 "])
def test_cpr_accepts_with_or_without_dash_and_whitespace(text: str) -> None:
    number = parse_cpr(text, today=TODAY)
    assert number.kind is IdentityKind.CPR
    assert number.normalised == "0707614285"
    assert number.birth_date == date(1961, 7, 7)
    assert number.warnings == ()
    assert number.display() == "070761-4285"
    assert number.masked() == "070761-****"


def test_cpr_length_message_matches_documented_wording() -> None:
    error = _error(parse_cpr, "010190-123", today=TODAY)
    assert error.code == "cpr.length"
    assert str(error) == "A CPR number has 10 digits (DDMMYY-SSSS); this one has 9."


# Expected full years per 7th digit at boundary two-digit years, written out from the domain table.
_YYS = (0, 36, 37, 57, 58, 99)
_CENTURY_TABLE = {
    0: (1900, 1936, 1937, 1957, 1958, 1999),
    1: (1900, 1936, 1937, 1957, 1958, 1999),
    2: (1900, 1936, 1937, 1957, 1958, 1999),
    3: (1900, 1936, 1937, 1957, 1958, 1999),
    4: (2000, 2036, 1937, 1957, 1958, 1999),
    5: (2000, 2036, 2037, 2057, 1858, 1899),
    6: (2000, 2036, 2037, 2057, 1858, 1899),
    7: (2000, 2036, 2037, 2057, 1858, 1899),
    8: (2000, 2036, 2037, 2057, 1858, 1899),
    9: (2000, 2036, 1937, 1957, 1958, 1999),
}
_CENTURY_CASES = [
    (digit, yy, year) for digit, years in _CENTURY_TABLE.items() for yy, year in zip(_YYS, years, strict=True)
]


@pytest.mark.parametrize(("seventh", "yy", "expected"), _CENTURY_CASES)
def test_cpr_century_table(seventh: int, yy: int, expected: int) -> None:
    assert cpr_century(yy, seventh) == expected


@pytest.mark.parametrize(("seventh", "yy", "expected"), _CENTURY_CASES)
def test_parse_cpr_uses_century_table(seventh: int, yy: int, expected: int) -> None:
    number = parse_cpr(f"0101{yy:02d}-{seventh}000", today=date(2060, 1, 1))
    assert number.birth_date == date(expected, 1, 1)


@pytest.mark.parametrize(("yy", "seventh"), [(-1, 0), (100, 0), (0, -1), (0, 10)])
def test_cpr_century_rejects_out_of_range_arguments(yy: int, seventh: int) -> None:
    with pytest.raises(ValueError, match="cpr_century needs"):
        cpr_century(yy, seventh)


def test_cpr_modulus_11_failure_is_a_warning_not_an_error() -> None:
    number = parse_cpr("070761-4286", today=TODAY)  # 070761-4285 passes, so the last digit breaks it
    assert number.birth_date == date(1961, 7, 7)
    assert number.normalised == "0707614286"
    assert len(number.warnings) == 1
    assert "modulus-11" in number.warnings[0]
    assert "4286" not in number.warnings[0]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "cpr.empty"),
        ("   ", "cpr.empty"),
        ("010190123", "cpr.length"),
        ("01019012345", "cpr.length"),
        ("010190-12345", "cpr.length"),
        ("0101A0-1234", "cpr.characters"),
        ("abcdefghij", "cpr.characters"),
        ("010190+1234", "cpr.characters"),
        ("010190 1234", "cpr.characters"),
        ("\u0660\u0661\u0660\u0661\u0669\u0660\u0661\u0662\u0663\u0664", "cpr.characters"),  # Arabic-Indic
        ("01019-01234", "cpr.format"),
        ("01-0190-1234", "cpr.format"),
        ("320190-1234", "cpr.date"),
        ("000190-1234", "cpr.date"),
        ("011390-1234", "cpr.date"),
        ("010090-1234", "cpr.date"),
        ("310490-1234", "cpr.date"),
        ("290201-1234", "cpr.date"),
        ("290200-0234", "cpr.date"),  # 7th digit 0 makes it 1900, which was not a leap year
        ("010130-4234", "cpr.future"),
    ],
)
def test_cpr_rejections(text: str, code: str) -> None:
    error = _error(parse_cpr, text, today=TODAY)
    assert error.code == code
    assert str(error).endswith(".")
    assert "1234" not in str(error)  # the serial is never echoed back


def test_cpr_leap_day_in_2000_is_valid() -> None:
    assert parse_cpr("290200-4234", today=TODAY).birth_date == date(2000, 2, 29)


def test_cpr_date_message_names_the_problem() -> None:
    assert "no month 13" in str(_error(parse_cpr, "011390-1234", today=TODAY))
    assert "no day 31 in month 04" in str(_error(parse_cpr, "310490-1234", today=TODAY))


def test_cpr_born_today_is_accepted_and_tomorrow_is_not() -> None:
    assert parse_cpr("150625-4000", today=TODAY).birth_date == TODAY
    assert _error(parse_cpr, "160625-4000", today=TODAY).code == "cpr.future"


def test_cpr_defaults_today_to_the_real_date() -> None:
    assert parse_cpr("010190-1234").birth_date == date(1990, 1, 1)
    assert _error(parse_cpr, "010157-8000").code == "cpr.future"  # 2057: in the future until then


# --- personnummer / samordningsnummer ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "normalised", "birth"),
    [
        ("191212121212", "191212121212", date(1912, 12, 12)),
        ("19121212-1212", "191212121212", date(1912, 12, 12)),
        ("19121212+1212", "191212121212", date(1912, 12, 12)),  # separator ignored with 12 digits
        ("200001022391", "200001022391", date(2000, 1, 2)),
        ("20000102-2391", "200001022391", date(2000, 1, 2)),
        ("000102-2391", "200001022391", date(2000, 1, 2)),
        ("0001022391", "200001022391", date(2000, 1, 2)),
        (" 121212+1212 ", "191212121212", date(1912, 12, 12)),
    ],
)
def test_skatteverket_test_numbers_validate(text: str, normalised: str, birth: date) -> None:
    number = parse_personnummer(text, today=TODAY)
    assert number.kind is IdentityKind.PERSONNUMMER
    assert number.normalised == normalised
    assert number.birth_date == birth
    assert number.warnings == ()
    assert number.display() == f"{normalised[:8]}-{normalised[8:]}"
    assert number.masked() == f"{normalised[:8]}-****"


def test_ten_digits_without_plus_means_under_100() -> None:
    assert parse_personnummer("121212-1212", today=TODAY).birth_date == date(2012, 12, 12)
    assert parse_personnummer("1212121212", today=TODAY).birth_date == date(2012, 12, 12)


def test_plus_switches_in_the_year_the_person_turns_100() -> None:
    # 2011: someone born 1912 turns 99, so is written with "-"; "+" would mean born 1812.
    assert parse_personnummer("121212-1212", today=date(2011, 6, 1)).birth_date == date(1912, 12, 12)
    assert parse_personnummer("121212+1212", today=date(2011, 6, 1)).birth_date == date(1812, 12, 12)
    # 2012: they turn 100 that year, so "+" applies from 1 January, before the birthday itself.
    assert parse_personnummer("121212+1212", today=date(2012, 1, 1)).birth_date == date(1912, 12, 12)
    assert parse_personnummer("121212+1212", today=date(2012, 12, 31)).birth_date == date(1912, 12, 12)
    # ... and "-" then means a child born in 2012, which on 1 January has not happened yet.
    assert _error(parse_personnummer, "121212-1212", today=date(2012, 1, 1)).code == "pnr.future"
    assert parse_personnummer("121212-1212", today=date(2012, 12, 31)).birth_date == date(2012, 12, 12)


def test_plus_century_affects_leap_day_validity() -> None:
    assert parse_personnummer("000229-1235", today=TODAY).birth_date == date(2000, 2, 29)
    assert _error(parse_personnummer, "000229+1235", today=TODAY).code == "pnr.date"


@pytest.mark.parametrize(
    ("text", "normalised"),
    [("191212721219", "191212721219"), ("19121272-1219", "191212721219"), ("121272+1219", "191212721219")],
)
def test_samordningsnummer(text: str, normalised: str) -> None:
    number = parse_personnummer(text, today=TODAY)
    assert number.kind is IdentityKind.SAMORDNINGSNUMMER
    assert number.birth_date == date(1912, 12, 12)
    assert number.normalised == normalised
    assert number.display() == "19121272-1219"
    assert number.masked() == "19121272-****"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "pnr.empty"),
        ("12121212121", "pnr.length"),
        ("121212-121", "pnr.length"),
        ("1912121212120", "pnr.length"),
        ("121212-12X2", "pnr.characters"),
        ("121212/1212", "pnr.characters"),
        ("12121-21212", "pnr.format"),
        ("1912-1212-1212", "pnr.format"),
        ("121212--1212", "pnr.format"),
        ("121212-1213", "pnr.checksum"),
        ("191212121213", "pnr.checksum"),
        ("121292-1212", "pnr.date"),  # day 92 - 60 = 32
        ("121260-1212", "pnr.date"),  # day 60 - 60 = 0
        ("121312-1212", "pnr.date"),
        ("000012121212", "pnr.date"),
        ("203001011232", "pnr.future"),  # checksum-correct, born 2030-01-01
    ],
)
def test_personnummer_rejections(text: str, code: str) -> None:
    error = _error(parse_personnummer, text, today=TODAY)
    assert error.code == code
    assert str(error).endswith(".")
    digits = "".join(c for c in text if c.isdigit())
    if len(digits) >= 10:
        assert digits[-4:] not in str(error)  # the serial is never echoed back


def test_personnummer_checksum_message_explains_the_check_digit() -> None:
    message = str(_error(parse_personnummer, "121212-1213", today=TODAY))
    assert "check digit" in message
    assert "YYMMDD-NNNN" in message


# --- dispatch by country -------------------------------------------------------------------------------


def test_parse_identity_number_dispatches_by_country() -> None:
    assert parse_identity_number("070761-4285", "DK", today=TODAY).kind is IdentityKind.CPR
    assert parse_identity_number("191212121212", "SE", today=TODAY).kind is IdentityKind.PERSONNUMMER
    assert parse_identity_number("191212121212", " se ", today=TODAY).birth_date == date(1912, 12, 12)
    # A 12-digit Swedish number is not a CPR number.
    assert _error(parse_identity_number, "191212121212", "DK", today=TODAY).code == "cpr.length"
    assert _error(parse_identity_number, "070761-4285", "NO", today=TODAY).code == "country.unsupported"


def test_validate_organisation_number_dispatches_by_country() -> None:
    assert validate_organisation_number("13585628", "DK") == "13585628"
    assert validate_organisation_number("556036-0793", "se") == "5560360793"
    assert _error(validate_organisation_number, "13585628", "SE").code == "orgnr.length"
    assert _error(validate_organisation_number, "13585628", "FI").code == "country.unsupported"


# --- CVR -----------------------------------------------------------------------------------------------


def test_cvr_valid() -> None:
    assert validate_cvr("13585628") == "13585628"
    assert validate_cvr(" 13585628\n") == "13585628"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("13585627", "cvr.checksum"),
        ("", "cvr.empty"),
        ("1358562", "cvr.length"),
        ("135856280", "cvr.length"),
        ("03585628", "cvr.leading_zero"),
        ("1358562A", "cvr.characters"),
        ("1358-5628", "cvr.characters"),
    ],
)
def test_cvr_invalid(text: str, code: str) -> None:
    assert _error(validate_cvr, text).code == code


def test_cvr_every_single_digit_change_is_refused() -> None:
    valid = "13585628"
    for position in range(8):
        for digit in "0123456789":
            if digit == valid[position]:
                continue
            changed = valid[:position] + digit + valid[position + 1 :]
            assert _error(validate_cvr, changed).code in {"cvr.checksum", "cvr.leading_zero"}, changed


# --- organisationsnummer -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["556036-0793", "5560360793", " 556036-0793 "])
def test_organisationsnummer_valid(text: str) -> None:
    assert validate_organisationsnummer(text) == "5560360793"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("556036-0794", "orgnr.checksum"),
        ("5560360790", "orgnr.checksum"),
        ("121212-1212", "orgnr.third_digit"),  # a valid personnummer, not an organisation
        ("55603-60793", "orgnr.format"),
        ("556036-079", "orgnr.length"),
        ("16556036-0793", "orgnr.length"),
        ("556036+0793", "orgnr.characters"),
        ("", "orgnr.empty"),
    ],
)
def test_organisationsnummer_invalid(text: str, code: str) -> None:
    assert _error(validate_organisationsnummer, text).code == code


@given(st.text(alphabet="0123456789", min_size=9, max_size=9).filter(lambda s: s[2] >= "2"))
def test_generated_organisationsnummer_round_trip_and_check_digit(body: str) -> None:
    check = luhn_check_digit(body)
    assert validate_organisationsnummer(f"{body[:6]}-{body[6:]}{check}") == f"{body}{check}"
    wrong = (check + 1) % 10
    assert _error(validate_organisationsnummer, f"{body}{wrong}").code == "orgnr.checksum"


# --- Luhn ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("digits", "check"), [("7992739871", 3), ("121212121", 2), ("000102239", 1), ("556036079", 3), ("0", 0)]
)
def test_luhn_check_digit(digits: str, check: int) -> None:
    assert luhn_check_digit(digits) == check


@pytest.mark.parametrize("digits", ["", "12a", "12 3", "\u0661\u0662"])
def test_luhn_rejects_non_digits(digits: str) -> None:
    with pytest.raises(ValueError, match="digits 0-9"):
        luhn_check_digit(digits)


# --- IdentityNumber value object ------------------------------------------------------------------------


def test_identity_number_is_frozen_and_repr_hides_the_number() -> None:
    number = parse_cpr("070761-4285", today=TODAY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        number.normalised = "0101901234"  # type: ignore[misc]
    assert "0707614285" not in repr(number)
    assert "4285" not in repr(number)
    assert number == IdentityNumber(IdentityKind.CPR, "0707614285", date(1961, 7, 7))


# --- synthetic numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "serial", "expected"),
    [
        (date(1990, 1, 1), 5, "0101900005"),
        (date(1936, 5, 17), 999, "1705360999"),
        (date(2010, 1, 1), 5, "0101104005"),
        (date(1880, 1, 1), 5, "0101805005"),
        (date(2040, 1, 1), 5, "0101405005"),
    ],
)
def test_synthetic_cpr_examples(birth: date, serial: int, expected: str) -> None:
    assert synthetic_cpr(birth, serial) == expected


@pytest.mark.parametrize(
    ("birth", "serial", "reason"),
    [
        (date(1857, 12, 31), 0, "1858-2057"),
        (date(2058, 1, 1), 0, "1858-2057"),
        (date(1990, 1, 1), 1000, "0-999"),
    ],
)
def test_synthetic_cpr_refuses_what_cpr_cannot_express(birth: date, serial: int, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        synthetic_cpr(birth, serial)


def test_synthetic_personnummer_example_and_limits() -> None:
    assert synthetic_personnummer(date(1912, 12, 12), 121) == "191212121212"
    with pytest.raises(ValueError, match="0-999"):
        synthetic_personnummer(date(1990, 1, 1), -1)
    with pytest.raises(ValueError, match="four-digit"):
        synthetic_personnummer(date(999, 1, 1), 0)


@given(st.dates(min_value=date(1858, 1, 1), max_value=date(2057, 12, 31)), serials)
def test_synthetic_cpr_round_trips(birth: date, serial: int) -> None:
    text = synthetic_cpr(birth, serial)
    for form in (text, f"{text[:6]}-{text[6:]}"):
        number = parse_cpr(form, today=date(2057, 12, 31))
        assert number.birth_date == birth
        assert number.normalised == text
        assert number.kind is IdentityKind.CPR


@given(st.dates(min_value=date(1000, 1, 1)), serials)
def test_synthetic_personnummer_round_trips_12_digits(birth: date, serial: int) -> None:
    text = synthetic_personnummer(birth, serial)
    assert len(text) == 12
    number = parse_personnummer(text, today=FAR_FUTURE)
    assert number.birth_date == birth
    assert number.normalised == text
    assert number.kind is IdentityKind.PERSONNUMMER


@given(st.dates(min_value=date(TODAY.year - 199, 1, 1), max_value=TODAY), serials)
def test_synthetic_personnummer_round_trips_10_digits_with_age_separator(birth: date, serial: int) -> None:
    text = synthetic_personnummer(birth, serial)
    separator = "+" if TODAY.year - birth.year >= 100 else "-"
    number = parse_personnummer(f"{text[2:8]}{separator}{text[8:]}", today=TODAY)
    assert number.birth_date == birth
    assert number.normalised == text


@given(st.dates(min_value=date(1900, 1, 1), max_value=TODAY), serials, st.integers(min_value=1, max_value=9))
def test_changing_the_check_digit_invalidates_a_personnummer(birth: date, serial: int, shift: int) -> None:
    text = synthetic_personnummer(birth, serial)
    wrong = f"{text[:-1]}{(int(text[-1]) + shift) % 10}"
    assert _error(parse_personnummer, wrong, today=TODAY).code == "pnr.checksum"
    assert _error(parse_personnummer, wrong[2:], today=TODAY).code == "pnr.checksum"


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    serials,
    st.integers(min_value=2, max_value=11),
    st.integers(min_value=1, max_value=9),
)
def test_any_single_digit_change_in_the_last_ten_is_rejected(
    birth: date, serial: int, position: int, shift: int
) -> None:
    text = synthetic_personnummer(birth, serial)
    changed = f"{text[:position]}{(int(text[position]) + shift) % 10}{text[position + 1 :]}"
    with pytest.raises(InvalidIdentityNumber):
        parse_personnummer(changed, today=FAR_FUTURE)


@given(st.dates(min_value=date(1000, 1, 1)), serials)
def test_samordningsnummer_round_trips_to_the_real_birth_date(birth: date, serial: int) -> None:
    # Build it independently of synthetic_personnummer: the day of birth plus 60.
    short = f"{birth.year % 100:02d}{birth.month:02d}{birth.day + 60:02d}{serial:03d}"
    text = f"{birth.year // 100:02d}{short}{luhn_check_digit(short)}"
    number = parse_personnummer(text, today=FAR_FUTURE)
    assert number.kind is IdentityKind.SAMORDNINGSNUMMER
    assert number.birth_date == birth
    assert number.normalised == text


@given(st.dates(min_value=date(1858, 1, 1), max_value=date(2057, 12, 31)), serials)
def test_masked_cpr_never_contains_the_serial(birth: date, serial: int) -> None:
    number = parse_cpr(synthetic_cpr(birth, serial), today=date(2057, 12, 31))
    masked = number.masked()
    assert masked == f"{number.normalised[:6]}-****"
    assert [c for c in masked if c.isdigit()] == list(number.normalised[:6])
    assert number.display().startswith(masked[:7])
    assert number.display() != masked


@given(st.dates(min_value=date(1000, 1, 1), max_value=TODAY), serials)
def test_masked_personnummer_never_contains_the_serial(birth: date, serial: int) -> None:
    number = parse_personnummer(synthetic_personnummer(birth, serial), today=TODAY)
    masked = number.masked()
    assert masked == f"{number.normalised[:8]}-****"
    assert [c for c in masked if c.isdigit()] == list(number.normalised[:8])
