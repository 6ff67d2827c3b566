"""A participant's record: field checks with clear messages, the status flow, warnings and search terms."""

from datetime import date

import pytest

from neo_desktop.domain.errors import ValidationError
from neo_desktop.domain.identity import InvalidIdentityNumber
from neo_desktop.domain.meeting import AttendanceStatus
from neo_desktop.domain.organisation import Country
from neo_desktop.domain.participant import ExitOutcome, ParticipantStatus
from neo_desktop.domain.participant_rules import (
    PersonalData,
    StatusChange,
    add_months,
    allowed_statuses,
    apply_status_change,
    attendance_dropping,
    check_email,
    check_personal_data,
    check_phone,
    no_contact_for,
    search_terms,
)

S, A = ParticipantStatus, AttendanceStatus
TODAY = date(2026, 11, 23)


@pytest.mark.parametrize("text", ["+45 12 34 56 78", "070-174 06 12", "+46 (0)70-174 06 12", "12345678"])
def test_phone_numbers_people_write_are_accepted(text: str) -> None:
    assert check_phone(text) == " ".join(text.split())


@pytest.mark.parametrize("text", ["12345", "ring mig", "+45 12 34 56 78 90 12 34 5", "12#45678"])
def test_bad_phone_numbers_are_refused_with_an_example(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_phone(text)
    assert caught.value.field == "phone" and "+45 12 34 56 78" in caught.value.message


def test_empty_optional_fields_become_none() -> None:
    assert check_phone("  ") is None and check_email("") is None


@pytest.mark.parametrize("text", ["søren@example.org", "a.b+c@sub.example.com"])
def test_email_addresses_are_accepted(text: str) -> None:
    assert check_email(f" {text} ") == text


@pytest.mark.parametrize("text", ["søren", "søren@example", "a b@example.org", "a@@example.org", "a@x..org"])
def test_bad_email_addresses_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_email(text)
    assert caught.value.field == "email"


def test_personal_data_is_normalised_and_the_birth_date_comes_from_the_identity_number() -> None:
    checked = check_personal_data(PersonalData("  Søren ", "Ågård", identity_number="170504-4921",
                                               phone="+45  12 34 56 78"), TODAY)
    assert checked.data.first_name == "Søren"
    assert checked.data.identity_number == "1705044921"
    assert checked.data.birth_date == date(2004, 5, 17)
    assert checked.data.phone == "+45 12 34 56 78"


def test_a_swedish_number_is_stored_with_its_century() -> None:
    checked = check_personal_data(PersonalData("Åsa", "Öberg", identity_number="19121212-1212",
                                               identity_country=Country.SE), TODAY)
    assert checked.data.identity_number == "191212121212"


def test_a_cpr_number_failing_modulus_11_is_a_warning_not_a_refusal() -> None:
    checked = check_personal_data(PersonalData("Søren", "Ågård", identity_number="1705044920"), TODAY)
    assert checked.data.identity_number == "1705044920" and checked.warnings


def test_a_wrong_identity_number_names_the_field_and_the_problem() -> None:
    with pytest.raises(InvalidIdentityNumber) as caught:
        check_personal_data(PersonalData("Søren", "Ågård", identity_number="170504-492"), TODAY)
    assert caught.value.field == "identity_number" and "10 digits" in caught.value.message


def test_a_birth_date_that_contradicts_the_identity_number_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        check_personal_data(PersonalData("Søren", "Ågård", identity_number="1705044921",
                                         birth_date=date(2004, 5, 18)), TODAY)
    assert caught.value.field == "birth_date" and "2004-05-17" in caught.value.message


@pytest.mark.parametrize(("data", "field"), [
    (PersonalData(" ", "Ågård"), "first_name"),
    (PersonalData("Søren", ""), "last_name"),
    (PersonalData("Søren", "x" * 101), "last_name"),
    (PersonalData("Søren", "Ågård", referred_on=date(2026, 11, 24)), "referred_on"),
    (PersonalData("Søren", "Ågård", birth_date=date(2004, 1, 1), unemployed_since=date(2003, 1, 1)),
     "unemployed_since"),
])
def test_each_bad_field_is_named(data: PersonalData, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_personal_data(data, TODAY)
    assert caught.value.field == field


def test_the_status_flow() -> None:
    assert allowed_statuses(S.REFERRED) == {S.INTAKE, S.DROPPED_OUT}
    assert allowed_statuses(S.ACTIVE) == {S.PAUSED, S.COMPLETED, S.DROPPED_OUT}
    assert allowed_statuses(S.PAUSED) == {S.ACTIVE, S.COMPLETED, S.DROPPED_OUT}
    assert allowed_statuses(S.COMPLETED) == frozenset()


def test_intake_records_the_enrolment_date() -> None:
    effect = apply_status_change(S.REFERRED, StatusChange(S.INTAKE, date(2026, 11, 2)),
                                 referred_on=date(2026, 10, 1), enrolled_on=None, today=TODAY)
    assert effect.status is S.INTAKE and effect.enrolled_on == date(2026, 11, 2) and effect.followup_due_on is None


def test_leaving_records_exit_and_schedules_the_six_month_follow_up() -> None:
    change = StatusChange(S.COMPLETED, date(2026, 8, 31), ExitOutcome.EMPLOYMENT, gained_qualification=True)
    effect = apply_status_change(S.ACTIVE, change, referred_on=date(2026, 1, 5), enrolled_on=date(2026, 2, 1),
                                 today=TODAY)
    assert (effect.exited_on, effect.exit_outcome) == (date(2026, 8, 31), ExitOutcome.EMPLOYMENT)
    assert effect.followup_due_on == date(2027, 2, 28)  # six months on, the last day of a shorter month


@pytest.mark.parametrize(("change", "field"), [
    (StatusChange(S.COMPLETED, None, ExitOutcome.EMPLOYMENT), "on"),
    (StatusChange(S.DROPPED_OUT, date(2026, 11, 1)), "exit_outcome"),
    (StatusChange(S.COMPLETED, date(2026, 11, 1), ExitOutcome.DROPPED_OUT), "exit_outcome"),
    (StatusChange(S.COMPLETED, date(2026, 1, 10), ExitOutcome.EMPLOYMENT), "on"),  # before the intake
    (StatusChange(S.PAUSED, date(2026, 11, 24)), "on"),  # in the future
    (StatusChange(S.REFERRED), "status"),  # backwards
])
def test_refused_status_changes(change: StatusChange, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        apply_status_change(S.ACTIVE, change, referred_on=date(2026, 1, 5), enrolled_on=date(2026, 2, 1),
                            today=TODAY)
    assert caught.value.field == field


def test_add_months_clamps_to_the_end_of_the_month() -> None:
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 15), 2) == date(2027, 1, 15)


@pytest.mark.parametrize(("history", "dropping"), [
    ([A.ABSENT, A.APOLOGIES, A.ATTENDED], True),
    ([A.ATTENDED, A.ABSENT, A.ABSENT], True),
    ([A.ATTENDED, A.ABSENT, A.ATTENDED, A.ABSENT, A.ABSENT], False),  # only the last three count
    ([A.ABSENT], False),
    ([A.INVITED, A.ABSENT, A.ATTENDED, A.ABSENT], True),  # an unrecorded session does not count
    ([], False),
])
def test_attendance_dropping(history: list[AttendanceStatus], dropping: bool) -> None:
    assert attendance_dropping(history) is dropping


def test_no_contact_counts_from_the_last_contact_or_else_the_referral() -> None:
    assert no_contact_for(date(2026, 11, 9), None, TODAY, 14)
    assert not no_contact_for(date(2026, 11, 10), None, TODAY, 14)
    assert no_contact_for(None, date(2026, 11, 1), TODAY, 14)
    assert not no_contact_for(None, None, TODAY, 14)


@pytest.mark.parametrize(("text", "terms"), [
    ("Søren Ågård", ("søren", "ågård")),
    ("  SØREN  ", ("søren",)),
    ("170504-4921", ("1705044921",)),
    ("+45 0000 9511", ("4500009511",)),
    ("oliver.niel", ("oliver", "niel")),
    ("s", ()),
    ("%_", ()),
    ("a b", ("a", "b")),
    ("søren søren", ("søren",)),
])
def test_search_terms(text: str, terms: tuple[str, ...]) -> None:
    assert search_terms(text) == terms
