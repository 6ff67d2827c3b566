"""The connection settings dialog: saving, the password in the keyring (or only in memory), testing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from neo_desktop.config.settings import ConnectionProfile, Settings, load_settings, settings_file
from neo_desktop.db.credentials import SERVICE_NAME
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.dialogs import connection as connection_module
from neo_desktop.ui.dialogs.connection import ConnectionDialog


@pytest.fixture
def dialog(qtbot, ui_context: UiContext) -> ConnectionDialog:
    dialog = ConnectionDialog(ui_context)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog

def fill_shared(dialog: ConnectionDialog, *, password: str = "S3cret!", port: int = 5432) -> None:
    dialog.shared_radio.setChecked(True)
    dialog.host_edit.setText("db.partnership.example")
    dialog.port_box.setValue(port)
    dialog.database_edit.setText("neo")
    dialog.user_edit.setText("anna")
    dialog.password_edit.setText(password)
    dialog.ssl_box.setCurrentIndex(dialog.ssl_box.findData("require"))

def test_embedded_is_the_default_and_saves_without_a_profile(qtbot, dialog: ConnectionDialog) -> None:
    assert dialog.embedded_radio.isChecked()
    assert not dialog.shared_fields.isEnabled() and not dialog.test_button.isEnabled()
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    assert saved.args[0].profile is None
    assert load_settings().profile is None and not dialog.isVisible()

def test_shared_profile_is_saved_and_the_password_goes_to_the_keyring(qtbot, dialog: ConnectionDialog,
                                                                        memory_keyring) -> None:
    fill_shared(dialog)
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    profile = load_settings().profile
    assert profile == ConnectionProfile(host="db.partnership.example", database="neo", user="anna", port=5432,
                                        sslmode="require")
    assert memory_keyring.passwords[(SERVICE_NAME, profile.keyring_key)] == "S3cret!"
    assert "S3cret" not in settings_file().read_text(encoding="utf-8")
    assert dialog.session_password is None

def test_missing_fields_keep_the_dialog_open(qtbot, dialog: ConnectionDialog) -> None:
    fill_shared(dialog)
    dialog.host_edit.clear()
    dialog.save_button.click()
    assert dialog.isVisible() and "Server" in dialog.message_label.text()

def test_without_a_keyring_the_password_is_kept_for_the_session_only(qtbot, ui_context: UiContext,
                                                                      monkeypatch) -> None:
    monkeypatch.setattr(connection_module, "keyring_available", lambda: False)
    dialog = ConnectionDialog(ui_context)
    qtbot.addWidget(dialog)
    dialog.open()
    fill_shared(dialog)
    assert dialog.keyring_note.isVisible()
    assert "asked for at each start" in dialog.keyring_note.text()
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert dialog.session_password == "S3cret!"
    assert "S3cret" not in settings_file().read_text(encoding="utf-8")

def test_a_refusing_keyring_is_explained_before_going_on(qtbot, dialog: ConnectionDialog, monkeypatch) -> None:
    monkeypatch.setattr(connection_module, "store_password", lambda _key, _password: False)
    fill_shared(dialog)
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.keyring_note.isVisible()
    assert "refused" in dialog.keyring_note.text()
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()  # the second Save goes on with the password in memory
    assert dialog.session_password == "S3cret!"

def test_existing_settings_fill_the_form(qtbot, ui_context: UiContext, memory_keyring) -> None:
    profile = ConnectionProfile(host="db.example", database="neo_prod", user="bo", port=6543, sslmode="verify-full")
    memory_keyring.set_password(SERVICE_NAME, profile.keyring_key, "pw")
    dialog = ConnectionDialog(ui_context, settings=Settings(profile=profile))
    qtbot.addWidget(dialog)
    assert dialog.shared_radio.isChecked()
    assert (dialog.host_edit.text(), dialog.port_box.value(), dialog.database_edit.text()) == ("db.example", 6543,
                                                                                               "neo_prod")
    assert dialog.ssl_box.currentData() == "verify-full"
    assert dialog.password_edit.text() == ""  # never shown, only said to be stored
    assert "stored" in dialog.password_edit.placeholderText()

def test_test_connection_reports_an_unreachable_server(qtbot, dialog: ConnectionDialog) -> None:
    fill_shared(dialog, port=1)
    dialog.host_edit.setText("127.0.0.1")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)
    assert "cannot be reached" in dialog.test_result.text()
    assert dialog.isVisible()
    assert load_settings().profile is None  # testing saves nothing
