"""Where NEO Desktop keeps its files, and where its bundled resources are.

User data (the embedded database, backups), settings and logs live in the platform's per-user folders
(platformdirs), so an upgrade of the program never touches them. ``NEO_DESKTOP_HOME`` moves all three under
one folder: the tests and the self-test use it to stay out of the real profile.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "NEO Desktop"
APP_AUTHOR = "NEO"
HOME_ENV = "NEO_DESKTOP_HOME"
MACHINE_CONFIG_ENV = "NEO_DESKTOP_MACHINE_CONFIG"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_data_dir() -> Path:
    """The folder of the embedded database and its backups."""
    home = _home_override()
    return _ensure(home / "data" if home else platformdirs.user_data_path(APP_NAME, APP_AUTHOR))


def user_config_dir() -> Path:
    """The folder of the user's settings (connection profile, language)."""
    home = _home_override()
    return _ensure(home / "config" if home else platformdirs.user_config_path(APP_NAME, APP_AUTHOR))


def user_log_dir() -> Path:
    """The folder of the log file."""
    home = _home_override()
    return _ensure(home / "logs" if home else platformdirs.user_log_path(APP_NAME, APP_AUTHOR))


def machine_settings_file() -> Path:
    """The machine-wide settings an administrator or the installer lays down (read-only for users)."""
    override = os.environ.get(MACHINE_CONFIG_ENV)
    if override:
        return Path(override)
    home = _home_override()
    if home:
        return home / "machine" / "connection.json"
    return platformdirs.site_config_path(APP_NAME, APP_AUTHOR) / "connection.json"


def default_database_path() -> Path:
    """The embedded SQLite database used when no shared database is configured."""
    return user_data_dir() / "neo.sqlite3"


def application_root() -> Path:
    """The folder holding ``resources/`` and ``migrations/``: the checkout, or the frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """A bundled resource file (icons, translations, fonts)."""
    return application_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    """The Alembic environment and revisions."""
    return application_root() / "migrations"
