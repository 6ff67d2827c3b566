"""The report catalogue: every entry in every language, every enum value named, dates written locally."""

from __future__ import annotations

import string
from datetime import date

import pytest

from neo_desktop.config.paths import resource_path
from neo_desktop.domain.organisation import Language
from neo_desktop.reports.fonts import register_fonts
from neo_desktop.reports.texts import LABELS, LANGUAGES, TEXTS, format_date, label, text


def test_every_entry_has_all_three_languages_with_the_same_placeholders() -> None:
    for key, entry in TEXTS.items():
        assert set(entry) == {language.value for language in LANGUAGES}, key
        placeholders = [{name for _, name, _, _ in string.Formatter().parse(value) if name} for value in entry.values()]
        assert all(found == placeholders[0] for found in placeholders), key
        assert all(value.strip() for value in entry.values()), key


def test_every_enum_value_has_a_label_in_every_language() -> None:
    for enum_type, labels in LABELS.items():
        assert set(labels) == {member.value for member in enum_type}, enum_type.__name__
        for words in labels.values():
            assert set(words) == {language.value for language in LANGUAGES}


def test_equal_values_of_different_enums_keep_their_own_words() -> None:
    from neo_desktop.domain.plan import ActivityKind, BarrierKind, GoalKind, StepOwner

    assert label(GoalKind.EDUCATION, "sv") == "Utbildning"
    assert label(BarrierKind.TRANSPORT, "sv") == "Resor"
    assert label(ActivityKind.OTHER, "da") == "Andet"
    assert label(StepOwner.PARTICIPANT, Language.DA) == "Dig"


@pytest.mark.parametrize(("language", "expected"), [("da", "23.11.2026"), ("sv", "2026-11-23"),
                                                    ("en", "23 November 2026"), ("DA", "23.11.2026")])
def test_dates_are_written_the_way_each_language_writes_them(language: str, expected: str) -> None:
    assert format_date(date(2026, 11, 23), language) == expected


def test_text_fills_in_placeholders() -> None:
    assert text("page.number", "sv", page=1, pages=2) == "Sida 1 av 2"


def test_the_bundled_font_and_its_licence_are_there() -> None:
    assert resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert resource_path("fonts", "DejaVuSans-Bold.ttf").is_file()
    assert "Bitstream" in resource_path("fonts", "DejaVu-LICENSE.txt").read_text(encoding="utf-8")
    assert register_fonts() == ("NeoSans", "NeoSans-Bold")
