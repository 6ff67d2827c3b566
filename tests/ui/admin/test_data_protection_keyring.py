"""Without a keyring the shared database's password is asked for at each start, with the reason, kept in
memory only, and asked again after a failed connection."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QAbstractButton

from neo_desktop.config.settings import ConnectionProfile, Settings, load_settings, save_settings, settings_file
from neo_desktop.ui import startup as startup_module
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.dialogs import connection as connection_module
from neo_desktop.ui.dialogs.connection import ConnectionDialog
from neo_desktop.ui.dialogs.password_prompt import PasswordPrompt
from neo_desktop.ui.errors import ErrorDialog
from neo_desktop.ui.startup import EXIT_CANCELLED, Startup

PROFILE = ConnectionProfile(host="127.0.0.1", port=1, database="neo", user="mette")  # nobody listens on port 1


@pytest.fixture
def flow(qtbot, ui_context: UiContext, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(startup_module, "keyring_available", lambda: False)
    monkeypatch.setattr(connection_module, "keyring_available", lambda: False)
    save_settings(Settings(profile=PROFILE))
    started = Startup(ui_context)
    yield started
    if started.dialog is not None and shiboken6.isValid(started.dialog):
        started.dialog.close()
    started._close_database()


def next_dialog(qtbot, flow: Startup, action, timeout: int = 20_000):
    with qtbot.waitSignal(flow.dialog_opened, timeout=timeout) as opened:
        action()
    return opened.args[0]


def button(dialog, text: str) -> QAbstractButton:
    return next(b for b in dialog.buttons() if b.text().replace("&", "") == text)


def test_the_password_is_asked_for_with_the_reason_and_asked_again_after_a_failure(qtbot, flow: Startup) -> None:
    prompt = next_dialog(qtbot, flow, flow.start)
    assert isinstance(prompt, PasswordPrompt)
    assert "no password store" in prompt.explanation.text() and "asked for at each start" in prompt.explanation.text()
    assert prompt.where_label.text() == "mette on 127.0.0.1:1/neo"
    prompt.password_edit.setText("Forår 2026!")
    error = next_dialog(qtbot, flow, prompt.connect_button.click)
    assert isinstance(error, ErrorDialog) and "cannot be reached" in error.text()
    assert "Forår 2026!" not in error.text() + error.informativeText()
    assert "Forår" not in settings_file().read_text(encoding="utf-8")  # never in the settings
    assert flow.session_passwords == {}  # a failed password is not kept: trying again asks again

    again = next_dialog(qtbot, flow, button(error, "Try again").click)
    assert isinstance(again, PasswordPrompt)
    with qtbot.waitSignal(flow.finished) as finished:
        again.reject()
    assert finished.args == [EXIT_CANCELLED]


def test_the_prompt_leads_to_the_connection_settings(qtbot, flow: Startup) -> None:
    prompt = next_dialog(qtbot, flow, flow.start)
    settings = next_dialog(qtbot, flow, prompt.settings_button.click)
    assert isinstance(settings, ConnectionDialog) and settings.keyring_note.isVisibleTo(settings)
    back = next_dialog(qtbot, flow, settings.reject)  # cancelling the settings comes back to the question
    assert isinstance(back, PasswordPrompt)
    assert load_settings().profile == PROFILE
