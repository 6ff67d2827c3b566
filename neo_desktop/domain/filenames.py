"""File names that every operating system accepts, for the files the program suggests when exporting.

Windows refuses ``< > : " / \\ | ? *`` and control characters, names ending in a dot or a space, and the
reserved device names (``CON``, ``NUL``, ``COM1`` …) whatever their extension.
"""

from __future__ import annotations

import re
import unicodedata

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
MAX_STEM = 120  # leaves room for a folder path within Windows' 260-character limit


def safe_file_name(name: str, *, extension: str = "", fallback: str = "export") -> str:
    """``name`` made valid as a file name on Windows, macOS and Linux, with ``extension`` (e.g. ".pdf")."""
    stem = unicodedata.normalize("NFC", name)
    stem = _FORBIDDEN.sub("-", stem)
    stem = " ".join(stem.split()).strip(" .")[:MAX_STEM].rstrip(" .")
    if not stem:
        stem = fallback
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    return stem + extension
