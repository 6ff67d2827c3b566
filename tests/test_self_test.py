"""--self-test passes on a complete installation and names the step that fails on a broken one."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from neo_desktop import self_test
from neo_desktop.config import paths
from neo_desktop.services import meeting_pack

ROOT = Path(__file__).resolve().parents[1]


def test_self_test_passes_as_a_real_process(isolated_profile: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--self-test"], capture_output=True, text=True,
                            env=environment, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for step in ("database", "demo data", "sign-in", "main window", "plan PDF", "workbook", "meeting pack", "keyring"):
        assert any(line.startswith(f"ok     {step}:") for line in lines), result.stdout
    assert lines[-1] == "self-test passed"
    pack = next(line for line in lines if line.startswith("ok     meeting pack:"))
    assert re.search(r"\d+ pages and \d+ sheets in (da|sv), [1-9]\d* agenda items and [1-9]\d* figures read back", pack)
    assert not (isolated_profile / "data").exists()  # it worked in a temporary folder


def test_a_missing_translation_fails_the_main_window_step(qapp, monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"  # a build that forgot the compiled translations
    shutil.copytree(ROOT / "migrations", bundle / "migrations")
    shutil.copytree(ROOT / "resources", bundle / "resources", ignore=shutil.ignore_patterns("*.qm"))
    monkeypatch.setattr(paths, "application_root", lambda: bundle)
    monkeypatch.setenv("NEO_DESKTOP_HOME", str(tmp_path / "home"))
    lines: list[str] = []
    assert self_test.run_self_test(lines.append) == self_test.EXIT_FAILED
    failure = next(line for line in lines if line.startswith("FAILED"))
    assert failure.startswith("FAILED main window: RuntimeError: the da translation did not load")
    assert "self-test passed" not in lines


def _without_agenda(write):
    return lambda pack, path, **options: write(dataclasses.replace(pack, agenda=()), path, **options)


def _without_statistics(write):
    return lambda pack, path, **options: write(dataclasses.replace(pack, statistics=()), path, **options)


@pytest.mark.parametrize(("writer", "patch", "failure"), [
    ("write_meeting_pack_pdf", _without_agenda, "RuntimeError: the meeting-pack PDF does not read back: "),
    ("write_meeting_pack_xlsx", _without_statistics, "RuntimeError: the meeting-pack workbook has no sheet for "),
])
def test_a_meeting_pack_that_does_not_read_back_fails_its_step(qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                             writer: str, patch, failure: str) -> None:
    monkeypatch.setattr(meeting_pack, writer, patch(getattr(meeting_pack, writer)))
    monkeypatch.setenv("NEO_DESKTOP_HOME", str(tmp_path / "home"))
    lines: list[str] = []
    assert self_test.run_self_test(lines.append) == self_test.EXIT_FAILED
    assert next(line for line in lines if line.startswith("FAILED")).startswith(f"FAILED meeting pack: {failure}")
    assert any(line.startswith("ok     workbook:") for line in lines)
