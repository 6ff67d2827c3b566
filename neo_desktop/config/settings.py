"""The user's connection settings: the embedded database, or a shared PostgreSQL profile.

Stored as JSON in the user's config folder. Passwords are never stored here (see ``db.credentials``).

An administrator can pre-set the shared database for every user of a machine in a machine-wide file
(``connection.json`` in the platform's site config folder, e.g. ``C:\\ProgramData\\NEO\\NEO Desktop`` on
Windows; the installer can lay it down). It is the default for users who have not chosen a connection
themselves, and it may hold host, port, database and TLS mode — never a password or a user name: each
person connects as themselves.
"""

from __future__ import annotations

import getpass
import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .paths import default_database_path, machine_settings_file, user_config_dir

if TYPE_CHECKING:  # (SQLAlchemy is loaded when a URL is made, not with the settings: the window opens first)
    from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


@dataclass(frozen=True)
class ConnectionProfile:
    """A shared PostgreSQL database: everything needed to connect except the password."""

    host: str
    database: str
    user: str
    port: int = 5432
    sslmode: str = "prefer"

    def url(self, password: str | None = None) -> URL:
        """The SQLAlchemy URL for this profile (with the password only in memory)."""
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": self.sslmode},
        )

    @property
    def keyring_key(self) -> str:
        """The name under which the password is kept in the operating system's keyring."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def describe(self) -> str:
        """A short description for the status bar, without secrets."""
        return f"{self.host}:{self.port}/{self.database}"


@dataclass(frozen=True)
class Settings:
    """Settings of one user on one workstation."""

    profile: ConnectionProfile | None = None  # None: the embedded database
    sqlite_path: str | None = None  # None: the default file in the user data folder
    extra: dict[str, object] = field(default_factory=dict)

    def database_url(self, password: str | None = None) -> str | URL:
        """The URL of the database these settings point at."""
        if self.profile is not None:
            return self.profile.url(password)
        return sqlite_url(Path(self.sqlite_path) if self.sqlite_path else default_database_path())


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of an SQLite file."""
    return f"sqlite:///{path}"


def settings_file() -> Path:
    """Where the settings are kept."""
    return user_config_dir() / "settings.json"


MACHINE_KEYS = ("host", "port", "database", "sslmode")


def load_machine_profile(path: Path | None = None) -> ConnectionProfile | None:
    """The machine-wide shared database, with the signed-in operating-system user as the login; or None."""
    path = path or machine_settings_file()
    raw = _read_json(path)
    if not raw:
        return None
    unknown = sorted(set(raw) - set(MACHINE_KEYS))
    if unknown:
        # A password (or anything else) in a file every user can read is ignored, not used.
        log.warning("Ignoring %s in the machine-wide settings %s", ", ".join(unknown), path)
    try:
        port = int(raw.get("port", 5432))
        sslmode = str(raw.get("sslmode", "prefer"))
        if sslmode not in SSL_MODES:
            raise ValueError(f"unknown sslmode {sslmode}")
        return ConnectionProfile(host=str(raw["host"]), database=str(raw["database"]), port=port, sslmode=sslmode,
                                 user=getpass.getuser().lower())
    except (KeyError, ValueError) as exc:
        log.warning("Ignoring machine-wide settings %s: %s", path, exc)
        return None


def _read_json(path: Path) -> dict | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("Ignoring unreadable settings file %s: %s", path, exc)
        return None
    if not isinstance(raw, dict):
        log.warning("Ignoring settings file %s: not a JSON object", path)
        return None
    return raw


def load_settings(path: Path | None = None) -> Settings:
    """Read the user's settings; without any, the machine-wide shared database if one is pre-set, else the
    embedded database. An unreadable file gives the defaults (and a log line, not a crash)."""
    path = path or settings_file()
    raw = _read_json(path)
    if raw is None:
        return Settings(profile=load_machine_profile())
    profile = raw.get("profile")
    try:
        return Settings(
            profile=ConnectionProfile(**profile) if profile else None,
            sqlite_path=raw.get("sqlite_path"),
            extra=raw.get("extra", {}),
        )
    except TypeError as exc:
        log.warning("Ignoring settings file %s with unexpected content: %s", path, exc)
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically, so a crash never leaves half a file."""
    path = path or settings_file()
    data = {
        "version": SETTINGS_VERSION,
        "profile": asdict(settings.profile) if settings.profile else None,
        "sqlite_path": settings.sqlite_path,
        "extra": settings.extra,
    }
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, indent=2), encoding="utf-8")
    temporary.replace(path)
