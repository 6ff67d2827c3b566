"""Error dialogs: expected errors in words, unexpected ones logged with their traceback and shown once."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from neo_desktop.config.log_setup import configure_logging, log_file
from neo_desktop.db.errors import ServerUnreachableError
from neo_desktop.domain.errors import ValidationError
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.errors import ErrorDialog, UnexpectedErrorDialog, scrub_secrets


@pytest.fixture
def log_to_file(isolated_profile: Path) -> Iterator[Path]:
    """The program's file logging, into this test's profile; removed afterwards."""
    path = configure_logging()
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_neo_handler", False):
            root.removeHandler(handler)
            handler.close()


def test_expected_error_says_what_happened_and_what_to_do(qtbot, ui_context: UiContext) -> None:
    error = ServerUnreachableError(where="db.example:5432/neo")
    dialog = ui_context.errors.report(error)
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    assert "db.example:5432/neo cannot be reached" in dialog.text()
    assert "administrator" in dialog.informativeText()
    assert dialog.icon() == QMessageBox.Icon.Warning
    dialog.close()


def test_expected_error_is_translated(qtbot, ui_context: UiContext) -> None:
    ui_context.languages.install("da")
    dialog = ui_context.errors.report(ValidationError())
    assert dialog.text() != "The input is not valid."
    assert dialog.text() and "{" not in dialog.text()
    dialog.close()


def test_unexpected_error_in_a_task_is_logged_and_shown_once(qtbot, ui_context: UiContext,
                                                            log_to_file: Path) -> None:
    shown: list[QMessageBox] = []
    ui_context.errors.dialog_shown.connect(shown.append)

    def broken(_progress, _cancelled):
        raise ZeroDivisionError("division by zero in the overdue count")

    for _ in range(3):  # the same failure three times: one dialog
        task = ui_context.tasks.run(broken)
        with qtbot.waitSignal(task.finished, timeout=5000):
            pass
    assert len(shown) == 1 and isinstance(shown[0], UnexpectedErrorDialog)
    assert str(log_file()) in shown[0].informativeText()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_to_file.read_text(encoding="utf-8")
    assert text.count("Traceback (most recent call last)") == 3
    assert "ZeroDivisionError: division by zero in the overdue count" in text
    assert "in broken" in text
    shown[0].close()


def test_uncaught_exceptions_reach_the_hook(qtbot, ui_context: UiContext, log_to_file: Path) -> None:
    shown: list[QMessageBox] = []
    ui_context.errors.dialog_shown.connect(shown.append)
    ui_context.errors.install()
    try:
        try:
            raise KeyError("missing")
        except KeyError:
            sys.excepthook(*sys.exc_info())
    finally:
        ui_context.errors.uninstall()
    assert len(shown) == 1
    assert "KeyError" in log_to_file.read_text(encoding="utf-8")
    shown[0].close()


def test_passwords_never_reach_the_user_or_the_log(qtbot, ui_context: UiContext, log_to_file: Path) -> None:
    assert scrub_secrets("postgresql+psycopg://anna:S3cret!@db:5432/neo") == "postgresql+psycopg://anna:***@db:5432/neo"
    assert scrub_secrets("host=db password=S3cret! user=anna") == "host=db password=*** user=anna"
    error = RuntimeError("could not parse postgresql://anna:S3cret!@db/neo")
    dialog = ui_context.errors.report_unexpected(error)
    assert "S3cret" not in log_to_file.read_text(encoding="utf-8")
    assert dialog is not None and "S3cret" not in dialog.text() + dialog.informativeText()
    dialog.close()
