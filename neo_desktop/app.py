"""The composition root: which database, opened and migrated, and the services for a signed-in user.

Both the GUI and the command line start here; neither opens engines or runs migrations on its own.
This module does not import Qt.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from neo_desktop.config.paths import default_database_path
from neo_desktop.config.settings import Settings, load_settings
from neo_desktop.db import credentials, migrations
from neo_desktop.db.engine import Database
from neo_desktop.db.migrations import UpgradeResult
from neo_desktop.services.auth import AuthService
from neo_desktop.services.overview import OverviewService
from neo_desktop.services.user import SignedInUser

log = logging.getLogger(__name__)


def database_url(explicit: str | None = None, settings: Settings | None = None) -> str | URL:
    """The database to use: ``--database`` if given, else the user's profile, else the embedded file.

    For a shared profile the password comes from the keyring when one is stored there.
    """
    if explicit:
        return explicit
    settings = settings or load_settings()
    if settings.profile is not None:
        return settings.profile.url(credentials.load_password(settings.profile.keyring_key))
    return settings.database_url()


def is_default_sqlite(url: str | URL) -> bool:
    """True when ``url`` is the embedded database in the user's profile."""
    parsed = make_url(url)
    return parsed.get_backend_name() == "sqlite" and Path(parsed.database or "") == default_database_path()


@dataclass(frozen=True)
class OpenedDatabase:
    """A database ready for use, and what opening it did."""

    database: Database
    upgrade: UpgradeResult

    @property
    def was_created(self) -> bool:
        """True when the database had no schema before (a first start)."""
        return self.upgrade.before is None


def open_database(url: str | URL, *, backup: bool = True) -> OpenedDatabase:
    """Connect, refuse foreign or newer databases, and migrate to head (backing SQLite up first)."""
    database = Database.open(url)
    try:
        result = migrations.upgrade(database, backup=backup)
    except Exception:
        database.dispose()
        raise
    return OpenedDatabase(database, result)


class Services:
    """Every service, bound to one database and the signed-in user."""

    def __init__(self, database: Database, user: SignedInUser) -> None:
        self.database = database
        self.user = user
        self.overview = OverviewService(database, user)


def auth_service(database: Database) -> AuthService:
    """The sign-in service for ``database``."""
    return AuthService(database)
