"""Database problems a person can act on, told in words rather than tracebacks."""

from __future__ import annotations

from neo_desktop.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, NeoError


class DatabaseError(NeoError):
    """The database could not be used; the message says why and what to do."""

    template = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The database could not be used: {detail}")


class ServerUnreachableError(DatabaseError):
    """No answer from the database server."""

    template = QT_TRANSLATE_NOOP(
        ERRORS_CONTEXT,
        "The database server {where} cannot be reached. Check the host name and port in the connection "
        "settings, and that you are on the organisation's network.",
    )


class AuthenticationFailedError(DatabaseError):
    """The server refused the user name or password."""

    template = QT_TRANSLATE_NOOP(
        ERRORS_CONTEXT,
        "The database server {where} refused the user name or password. Check them in the connection settings.",
    )


class DatabaseMissingError(DatabaseError):
    """The server has no database of that name."""

    template = QT_TRANSLATE_NOOP(
        ERRORS_CONTEXT, "The server {where} has no database of that name. Check the database name in the settings."
    )


class NotNeoDatabaseError(DatabaseError):
    """The database holds something other than NEO Desktop's tables."""

    template = QT_TRANSLATE_NOOP(
        ERRORS_CONTEXT,
        "The database {where} is not a NEO Desktop database (it holds other tables). Choose another database "
        "in the connection settings.",
    )


class DatabaseTooNewError(DatabaseError):
    """The database was migrated by a newer NEO Desktop than this one."""

    template = QT_TRANSLATE_NOOP(
        ERRORS_CONTEXT,
        "The database {where} was updated by a newer version of NEO Desktop (revision {revision}). Install the "
        "newest version of the program before you use it.",
    )


class SqliteFileError(DatabaseError):
    """The embedded database file cannot be opened or is damaged."""

    template = QT_TRANSLATE_NOOP(
        ERRORS_CONTEXT,
        "The database file {where} cannot be opened or is damaged. Restore it from a backup in the same folder.",
    )


class ConnectionLostError(DatabaseError):
    """The connection broke off during work; nothing of the unfinished change was saved."""

    template = QT_TRANSLATE_NOOP(
        ERRORS_CONTEXT,
        "The connection to the database was lost. Nothing of the last change was saved; try again when the "
        "connection is back.",
    )


def explain_connection_error(exc: Exception, where: str) -> DatabaseError:
    """Turn a driver error into a :class:`DatabaseError` a person can act on."""
    from sqlalchemy.exc import DBAPIError  # (imported here: this module is on the way to the first window)

    original = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(original).lower()
    if "password authentication failed" in text or "no password supplied" in text or ("role" in text and (
        "does not exist" in text
    )):
        return AuthenticationFailedError(where=where)
    if "database" in text and "does not exist" in text:
        return DatabaseMissingError(where=where)
    if any(
        marker in text
        for marker in ("connection refused", "could not translate host name", "timeout expired", "no route to host",
                       "name or service not known", "could not connect", "connection timed out")
    ):
        return ServerUnreachableError(where=where)
    if "unable to open database file" in text or "file is not a database" in text or "malformed" in text:
        return SqliteFileError(where=where)
    if "server closed the connection" in text or "terminating connection" in text or "connection is closed" in text:
        return ConnectionLostError()
    return DatabaseError(detail=str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__)
