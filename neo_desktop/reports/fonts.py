"""The TrueType font every report uses: DejaVu Sans, bundled in ``resources/fonts``.

ReportLab's built-in fonts only cover Latin-1 and look different on every viewer; DejaVu Sans carries
æ ø å ä ö and much more, and is embedded (subset) in each PDF, so a plan prints the same everywhere.
The licence is ``resources/fonts/DejaVu-LICENSE.txt``.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from neo_desktop.config.paths import resource_path

REGULAR = "NeoSans"
BOLD = "NeoSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> tuple[str, str]:
    """Register the report fonts with ReportLab once per process; return (regular, bold) font names.

    The family mapping lets ``<b>`` in a Paragraph pick the bold face.
    """
    for name, file_name in _FILES.items():
        path = resource_path("fonts", file_name)
        if not path.is_file():
            raise FileNotFoundError(f"The report font {path} is missing; reinstall NEO Desktop.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)  # no italic face is bundled; italics fall back to upright
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
