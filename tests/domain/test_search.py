"""Search criteria are cleaned before they reach the database."""

from hypothesis import given
from hypothesis import strategies as st

from neo_desktop.domain.search import MAX_SEARCH_LENGTH, clean_search_text


def test_control_characters_go_and_spaces_fold() -> None:
    assert clean_search_text("  Søren\x00 \t Ågård\x1b[0m  ") == "Søren Ågård[0m"


def test_decomposed_letters_are_composed() -> None:
    assert clean_search_text("A\u030asa") == "Åsa"


@given(st.text())
def test_any_text_becomes_printable_and_short_enough(text: str) -> None:
    cleaned = clean_search_text(text)
    assert len(cleaned) <= MAX_SEARCH_LENGTH
    assert all(c.isprintable() for c in cleaned)
