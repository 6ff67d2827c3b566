"""The window's remembered choices (language, layout, last view) in a QSettings file.

The file sits in the user's config folder beside ``settings.json``, so ``NEO_DESKTOP_HOME`` moves it too and
tests never touch the real profile. Connection settings are not kept here (see ``config.settings``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from neo_desktop.config.paths import user_config_dir

LANGUAGE_KEY = "ui/language"
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
LAST_VIEW_KEY = "main_window/last_view"
LAST_LOGIN_KEY = "sign_in/last_login"
DEMO_DATABASE_KEY = "startup/demo_database"


def ui_settings() -> QSettings:
    """The QSettings of the window's choices (an INI file in the user's config folder)."""
    return QSettings(str(user_config_dir() / "ui.ini"), QSettings.Format.IniFormat)


def read_text(key: str, default: str = "") -> str:
    """A remembered text value."""
    value = ui_settings().value(key, default)
    return value if isinstance(value, str) else default


def write_value(key: str, value: object) -> None:
    """Remember ``value`` under ``key`` (written at once)."""
    settings = ui_settings()
    settings.setValue(key, value)
    settings.sync()
