"""Bring the translation sources up to date with the code, then compile them (run from anywhere).

    .venv/bin/python resources/translations/update_translations.py            # extract, lupdate, lrelease
    .venv/bin/python resources/translations/update_translations.py --release  # only compile .ts → .qm

See README.md beside this file for the commands it runs.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import extract_core_strings

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("da", "sv")
# Modules below the UI that mark texts with QT_TRANSLATE_NOOP (lupdate reads them too, in case they use a
# literal context; core_strings.py carries the ones it cannot read).
CORE_MODULES = ("neo_desktop/domain/errors.py", "neo_desktop/db/errors.py", "neo_desktop/services/*.py")


def tool(name: str) -> str:
    """A PySide6 tool installed beside the running Python (the virtualenv's bin or Scripts folder)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def sources() -> list[str]:
    """Every file lupdate reads, relative to the repository."""
    files = sorted(path.relative_to(ROOT).as_posix() for path in (ROOT / "neo_desktop" / "ui").rglob("*.py"))
    for pattern in CORE_MODULES:
        files += sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob(pattern))
    return [*files, "resources/translations/core_strings.py"]


def ts_files() -> list[str]:
    """The translation sources, relative to the repository."""
    return [f"resources/translations/neo_{language}.ts" for language in LANGUAGES]


def update() -> None:
    """Extract the core texts and merge every text into the .ts files."""
    extract_core_strings.main([])
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "relative",
                    "-ts", *ts_files()], cwd=ROOT, check=True)


def release(target: Path = HERE) -> None:
    """Compile each .ts into a .qm in ``target``."""
    for language in LANGUAGES:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(HERE / f"neo_{language}.ts"),
                        "-qm", str(target / f"neo_{language}.qm")], check=True)


if __name__ == "__main__":
    if "--release" not in sys.argv[1:]:
        update()
    release()
