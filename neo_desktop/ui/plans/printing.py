"""Printing a plan: the PDF is written in the background, then opened in the system's PDF viewer.

The file goes to a folder of its own under the system's temporary folder (per user on Windows), named after
the young person, the version and the language, so the viewer's title bar says which plan it is. "Save as"
writes it where the user chooses instead.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from neo_desktop.domain.organisation import Language
from neo_desktop.services.plan_views import PlanView

PRINT_FOLDER = "NEO Desktop plans"


def print_folder() -> Path:
    """Where printed plans are written before the viewer opens them."""
    folder = Path(tempfile.gettempdir()) / PRINT_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def file_name(plan: PlanView, language: Language) -> str:
    """``Plan Søren Ågård v2 da.pdf``: readable, without the characters Windows refuses in a file name."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "", plan.participant_name).strip(" .") or str(plan.participant_id)
    return f"Plan {name} v{plan.revision.number} {language.value}.pdf"


def open_document(path: Path) -> bool:
    """Open ``path`` in the program the system uses for it (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
