"""The shell in Danish and Swedish: switching live through the menu, and remembering the choice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt

from neo_desktop.config.paths import user_config_dir
from neo_desktop.demo import DEMO_LOGINS
from neo_desktop.domain.organisation import Role
from neo_desktop.services.permissions import Area
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.i18n import remembered_language
from neo_desktop.ui.main_window import MainWindow

OpenAs = Callable[[str], MainWindow]


def remembered_in_file() -> str:
    return QSettings(str(user_config_dir() / "ui.ini"), QSettings.Format.IniFormat).value("ui/language")


def test_switching_language_live_through_the_menu(qtbot, open_main_window: OpenAs, ui_context: UiContext) -> None:
    window = open_main_window(DEMO_LOGINS[Role.CASEWORKER.value])
    caseload = window.views[Area.CASELOAD]
    qtbot.waitUntil(lambda: caseload.model.rowCount() > 0, timeout=10_000)
    assert window.navigation.item(0).text() == "Caseload"
    assert window.file_menu.title() == "&File"

    window.language_actions["da"].trigger()
    # Qt posts the LanguageChange events; every widget retranslates itself when it gets one.
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Sagsstamme", timeout=5000)
    assert window.file_menu.title() == "&Filer"
    assert window.view_actions[Area.PLANS].text() == "Kvalificeringsplaner"
    assert caseload.title_label.text() == "Sagsstamme"
    assert caseload.model.headerData(0, Qt.Orientation.Horizontal) == "Navn"
    assert caseload.model.data(caseload.model.index(0, 3)) in {"Henvist", "Indslusning", "Aktiv", "På pause"}
    assert window.roles_label.text() == "Sagsbehandler"
    assert window.language_actions["da"].isChecked()
    assert remembered_language() == "da" and remembered_in_file() == "da"

    window.language_actions["sv"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Ärendelista", timeout=5000)
    assert window.file_menu.title() == "&Arkiv"
    assert window.navigation.item(3).text() == "Arbetsgivare"
    assert caseload.model.headerData(0, Qt.Orientation.Horizontal) == "Namn"
    assert remembered_language() == "sv" and remembered_in_file() == "sv"

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Caseload", timeout=5000)
    assert remembered_language() == "en"


def test_dates_follow_the_language(qtbot, open_main_window: OpenAs, ui_context: UiContext) -> None:
    window = open_main_window(DEMO_LOGINS[Role.SECRETARY.value])
    meetings = window.views[Area.MEETINGS]
    window.show_area(Area.MEETINGS)
    qtbot.waitUntil(lambda: meetings.model.rowCount() > 0, timeout=10_000)
    value = meetings.model.value(0, 0)
    ui_context.languages.install("sv")
    assert meetings.model.data(meetings.model.index(0, 0)).startswith(value.strftime("%Y-%m-%d"))
    ui_context.languages.install("da")
    assert meetings.model.data(meetings.model.index(0, 0)).startswith(value.strftime("%d.%m.%Y"))
