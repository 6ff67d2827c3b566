"""Database passwords in the operating system's keyring (Windows Credential Manager, macOS Keychain,
Secret Service) — never in a settings file or a log.

When no keyring is usable the functions say so instead of failing, and the UI asks for the password each
time, explaining why.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

log = logging.getLogger(__name__)

SERVICE_NAME = "NEO Desktop"


def _keyring() -> tuple[Any, tuple[type[BaseException], ...]]:
    """The keyring module and the errors it raises; loaded on first use (only shared profiles need it)."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    return keyring, (NoKeyringError, KeyringError, RuntimeError)


def keyring_available() -> bool:
    """True when a real keyring backend (not the fail or null one) is configured."""
    keyring, _errors = _keyring()
    backend = keyring.get_keyring()
    return getattr(backend, "priority", 0) > 0 and type(backend).__module__.split(".")[-1] not in {"fail", "null"}


def load_password(key: str) -> str | None:
    """The stored password for ``key``, or None when there is none or no keyring."""
    keyring, errors = _keyring()
    try:
        return keyring.get_password(SERVICE_NAME, key)
    except errors as exc:
        log.info("No password from the keyring (%s)", type(exc).__name__)
        return None


def store_password(key: str, password: str) -> bool:
    """Keep ``password`` for ``key``; False when the keyring cannot store it."""
    keyring, errors = _keyring()
    try:
        keyring.set_password(SERVICE_NAME, key, password)
        return True
    except errors as exc:
        log.info("The keyring did not store the password (%s)", type(exc).__name__)
        return False


def forget_password(key: str) -> None:
    """Remove the stored password for ``key``, if any."""
    keyring, errors = _keyring()
    with contextlib.suppress(*errors):
        keyring.delete_password(SERVICE_NAME, key)
