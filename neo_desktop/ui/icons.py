"""The application icon and the navigation icons (hand-drawn SVGs in ``resources/icons``)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from neo_desktop.config.paths import resource_path
from neo_desktop.services.permissions import Area

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

_AREA_FALLBACKS = {
    Area.CASELOAD: QStyle.StandardPixmap.SP_DirHomeIcon,
    Area.PARTICIPANTS: QStyle.StandardPixmap.SP_FileDialogContentsView,
    Area.PLANS: QStyle.StandardPixmap.SP_FileDialogListView,
    Area.EMPLOYERS: QStyle.StandardPixmap.SP_DriveNetIcon,
    Area.MEETINGS: QStyle.StandardPixmap.SP_FileDialogInfoView,
    Area.REPORTS: QStyle.StandardPixmap.SP_FileDialogDetailedView,
    Area.ADMINISTRATION: QStyle.StandardPixmap.SP_ComputerIcon,
    Area.AUDIT: QStyle.StandardPixmap.SP_FileDialogDetailedView,
}


def app_icon() -> QIcon:
    """NEO Desktop's icon in every size there is a picture for."""
    icon = QIcon()
    for size in APP_ICON_SIZES:
        path = resource_path("icons", f"neo-{size}.png")
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    if icon.isNull():
        icon = QIcon(str(resource_path("icons", "neo.svg")))
    return icon


def area_icon(area: Area) -> QIcon:
    """The navigation icon of ``area`` (a standard icon when the picture is missing)."""
    path = resource_path("icons", f"{area.value}.svg")
    if path.exists():
        return QIcon(str(path))
    return QApplication.style().standardIcon(_AREA_FALLBACKS[area])
