"""The frozen program, built with the installer's own spec, passes its self-test.

A missing data file or hidden import shows up here rather than on a caseworker's machine. Slow (about a
minute and a half), and part of every CI run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_frozen_build_passes_its_self_test(tmp_path: Path) -> None:
    build = subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "--dist", str(tmp_path / "dist"),
                            "--work", str(tmp_path / "work")], capture_output=True, text=True, timeout=1200,
                           check=False)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    folder = tmp_path / "dist" / "NEO Desktop"
    suffix = ".exe" if sys.platform == "win32" else ""
    assert (folder / f"NEO Desktop{suffix}").exists()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NEO_DESKTOP_HOME": str(tmp_path / "home")}
    result = subprocess.run([str(folder / f"neo{suffix}"), "--self-test"], capture_output=True, text=True,
                            env=environment, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "NEO Desktop self-test (frozen" in result.stdout
    assert result.stdout.rstrip().endswith("self-test passed")
    assert "ok     meeting pack:" in result.stdout  # ReportLab's charts, pypdf and openpyxl made it into the bundle
    version = subprocess.run([str(folder / f"neo{suffix}"), "--version"], capture_output=True, text=True,
                             timeout=60, check=False)
    assert version.stdout.startswith("NEO Desktop ")
