"""Suggested export file names are valid on Windows."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from neo_desktop.domain.filenames import MAX_STEM, safe_file_name


@pytest.mark.parametrize(("name", "expected"), [
    ("Styregruppemøde 23.11.2026", "Styregruppemøde 23.11.2026.pdf"),
    ("Meeting: steering group?", "Meeting- steering group-.pdf"),
    ("Plan for Åsa Öberg / rev 2", "Plan for Åsa Öberg - rev 2.pdf"),
    ("CON", "_CON.pdf"),
    ("nul.tar", "_nul.tar.pdf"),
    ("com1", "_com1.pdf"),
    ("report. ", "report.pdf"),
    ("...", "export.pdf"),
    ("", "export.pdf"),
])
def test_names(name: str, expected: str) -> None:
    assert safe_file_name(name, extension=".pdf") == expected


@given(st.text())
def test_any_text_gives_a_windows_valid_name(text: str) -> None:
    name = safe_file_name(text, extension=".xlsx")
    stem = name.removesuffix(".xlsx")
    assert stem and len(stem) <= MAX_STEM + 1
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f]', name)
    assert not stem.endswith((" ", "."))
    assert stem.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}
