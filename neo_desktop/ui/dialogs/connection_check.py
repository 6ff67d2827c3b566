"""Trying a connection for the settings dialog (runs in the background), and the TLS modes in words."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from sqlalchemy import inspect
from sqlalchemy.engine import URL

from neo_desktop.db.engine import Database
from neo_desktop.db.errors import NotNeoDatabaseError
from neo_desktop.db.migrations import current_revision


class ConnectionCheck(Enum):
    """What a working connection found."""

    NEO_DATABASE = "neo"
    EMPTY_DATABASE = "empty"


def check_connection(url: str | URL) -> ConnectionCheck:
    """Connect to ``url`` once; raise the readable DatabaseError when that fails or the database is foreign."""
    database = Database.open(url)
    try:
        with database.engine.connect() as connection:
            if current_revision(connection) is not None:
                return ConnectionCheck.NEO_DATABASE
            if inspect(connection).get_table_names():
                raise NotNeoDatabaseError(where=database.description)
            return ConnectionCheck.EMPTY_DATABASE
    finally:
        database.dispose()


def ssl_mode_text(mode: str) -> str:
    """A PostgreSQL TLS mode explained in words, translated."""
    translate = QCoreApplication.translate
    texts = {
        "disable": translate("ConnectionDialog", "Never encrypt (disable)"),
        "allow": translate("ConnectionDialog", "Encrypt only if the server insists (allow)"),
        "prefer": translate("ConnectionDialog", "Encrypt when the server offers it (prefer)"),
        "require": translate("ConnectionDialog", "Always encrypt (require)"),
        "verify-ca": translate("ConnectionDialog", "Always encrypt and check the certificate (verify-ca)"),
        "verify-full": translate("ConnectionDialog",
                                 "Always encrypt, check the certificate and the server name (verify-full)"),
    }
    return texts.get(mode, mode)
