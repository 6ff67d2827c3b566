"""Typed errors with a message meant for people.

Every error the program expects (bad input, a conflict, a refused action, a database that cannot be
reached) is a :class:`NeoError`. Its ``template`` is plain English with ``{named}`` placeholders and is
marked for Qt's translation tools, so the UI can show it in the user's language while the core stays free
of Qt.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it here (the UI does that)."""
    return text


ERRORS_CONTEXT = "Errors"


class NeoError(Exception):
    """An expected error, with a sentence for people and what to do about it."""

    template: str = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Something went wrong.")

    def __init__(self, template: str | None = None, /, **params: Any) -> None:
        self.template = template or self.template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English message with its placeholders filled in."""
        return self.template.format(**self.params)


class ValidationError(NeoError):
    """Input that breaks a rule of the domain; ``field`` names the input when there is one."""

    template = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The input is not valid.")

    def __init__(self, template: str | None = None, /, *, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class NotFoundError(NeoError):
    """A record that does not exist (any more), or that the user may not see."""

    template = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The {what} was not found. It may have been deleted.")


class PermissionDeniedError(NeoError):
    """The signed-in staff member's roles do not allow the action."""

    template = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "Your role does not allow you to {action}.")


class ConflictError(NeoError):
    """Someone else saved the same record since it was opened; ``changes`` lists the fields that differ."""

    template = QT_TRANSLATE_NOOP(
        ERRORS_CONTEXT, "Someone else saved this {what} while you were editing it. Nothing has been overwritten."
    )

    def __init__(self, template: str | None = None, /, *, changes: dict[str, tuple[Any, Any]] | None = None,
                 **params: Any) -> None:
        self.changes = changes or {}
        super().__init__(template, **params)


class SignInError(NeoError):
    """A sign-in that did not succeed (wrong password, locked or inactive account)."""

    template = QT_TRANSLATE_NOOP(ERRORS_CONTEXT, "The user name or password is wrong.")
