"""Build the frozen NEO Desktop for the platform this runs on: ``python installer/build.py``.

The result is one folder, ``installer/dist/NEO Desktop/``, holding ``NEO Desktop`` (the program window) and
``neo`` (the same program for the command line), with ``.exe`` on Windows. The Windows installer
(installer/neo_desktop.iss) packs that folder.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from neo_desktop import __version__  # noqa: E402

VERSION_INFO = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'NEO partnership'),
      StringStruct('FileDescription', 'NEO Desktop: case management for youth-employment partnerships'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'NEO Desktop'),
      StringStruct('OriginalFilename', 'NEO Desktop.exe'),
      StringStruct('ProductName', 'NEO Desktop'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_info(folder: Path) -> Path:
    """The Windows version resource for this version of the program."""
    numbers = (*(int(part) for part in __version__.split(".")[:3]), 0)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "version_info.txt"
    path.write_text(VERSION_INFO.format(numbers=numbers, version=__version__), encoding="utf-8")
    return path


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller with the spec; returns the folder of the frozen program."""
    write_version_info(HERE / "build")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(HERE / "neo_desktop.spec")], check=True)
    return dist / "NEO Desktop"


def main() -> None:
    """Build into installer/dist (or the folders given)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=HERE / "dist")
    parser.add_argument("--work", type=Path, default=HERE / "build" / "work")
    args = parser.parse_args()
    folder = build(args.dist, args.work)
    print(f"built {folder}")


if __name__ == "__main__":
    main()
