"""The Danish and Swedish translations are complete, keep their placeholders, and are compiled."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from neo_desktop.config.paths import resource_path

TRANSLATIONS = resource_path("translations")
LANGUAGES = ("da", "sv")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"neo_{language}.ts").getroot()
    return [(context.findtext("name"), message) for context in root.iter("context")
            for message in context.iter("message")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    found = messages(language)
    assert len(found) > 150
    missing = [
        f"{context}: {message.findtext('source')}"
        for context, message in found
        if not (message.findtext("translation") or "").strip()
        or message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_and_shortcut_keys(language: str) -> None:
    for context, message in messages(language):
        source, translation = message.findtext("source"), message.findtext("translation") or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (context, source)
        assert ("&" in source.replace("&&", "")) == ("&" in translation.replace("&&", "")), (context, source)
        assert source.endswith("…") == translation.endswith("…"), (context, source)


def test_the_domain_words_are_used() -> None:
    danish = {message.findtext("source"): message.findtext("translation") for _c, message in messages("da")}
    swedish = {message.findtext("source"): message.findtext("translation") for _c, message in messages("sv")}
    assert danish["Caseload"] == "Sagsstamme" and swedish["Caseload"] == "Ärendelista"
    assert danish["Employers"] == "Virksomheder" and swedish["Employers"] == "Arbetsgivare"
    assert danish["Meetings"] == "Møder" and swedish["Meetings"] == "Möten"


def test_core_texts_are_extracted() -> None:
    """core_strings.py carries every QT_TRANSLATE_NOOP text of the layers below the UI (lupdate cannot)."""
    script = TRANSLATIONS / "extract_core_strings.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_compiled_files_are_up_to_date(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for language in LANGUAGES:
        target = tmp_path / f"neo_{language}.qm"
        subprocess.run([str(lrelease), "-silent", str(TRANSLATIONS / f"neo_{language}.ts"), "-qm", str(target)],
                       check=True)
        assert target.read_bytes() == (TRANSLATIONS / f"neo_{language}.qm").read_bytes(), (
            f"neo_{language}.qm is older than neo_{language}.ts: run resources/translations/update_translations.py"
        )
