"""Fixtures of the UI tests: offscreen Qt, an in-memory keyring, QSettings in a temp folder, demo databases."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from neo_desktop.app import Services, auth_service, open_database
from neo_desktop.db.engine import Database
from neo_desktop.ui.application import create_application
from neo_desktop.ui.context import UiContext
from neo_desktop.ui.main_window import MainWindow

UI_TESTS = Path(__file__).resolve().parent
# The offscreen platform (only used in tests) cannot propagate size hints of dialogs; on real platforms it can.
OFFSCREEN_QUIRKS = (r"This plugin does not support propagateSizeHints\(\)",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Let the UI tests ignore the offscreen platform's own warnings (every other Qt warning still fails)."""
    for item in items:
        if UI_TESTS in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_QUIRKS))


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict, so no test reaches the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A fresh in-memory keyring for each test (the one before is put back afterwards)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def temporary_qsettings(tmp_path: Path) -> Path:
    """Any QSettings made with the default format lands in a temp folder, never in the user's profile."""
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder


@pytest.fixture(scope="session")
def neo_app(qapp: QApplication) -> QApplication:
    """The test QApplication, set up as the program sets up its own."""
    return create_application()


@pytest.fixture
def ui_context(neo_app: QApplication) -> Iterator[UiContext]:
    """A fresh UI context; background tasks are finished and English restored afterwards."""
    context = UiContext.create()
    yield context
    context.tasks.shutdown()
    context.languages.install("en")


@pytest.fixture(scope="session")
def demo_database_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file with the small demo set, made once per run."""
    from neo_desktop.demo import DemoSize, generate_demo_data

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    opened = open_database(f"sqlite:///{path}")
    generate_demo_data(opened.database, DemoSize.small())
    opened.database.dispose()
    return path


@pytest.fixture
def demo_url(demo_database_file: Path, tmp_path: Path) -> str:
    """The URL of this test's own copy of the demo database."""
    target = tmp_path / "neo-demo.sqlite3"
    shutil.copyfile(demo_database_file, target)
    return f"sqlite:///{target}"


@pytest.fixture
def demo_database(demo_url: str) -> Iterator[Database]:
    """This test's demo database, opened."""
    database = Database.open(demo_url)
    yield database
    database.dispose()


@pytest.fixture
def open_main_window(qtbot, ui_context: UiContext, demo_database: Database) -> Callable[[str], MainWindow]:
    """Sign in as a demo login and show the main window (not through the start-up flow)."""

    def open_as(login: str) -> MainWindow:
        user = auth_service(demo_database).sign_in_local(login, "demo")
        window = MainWindow(Services(demo_database, user), ui_context)
        qtbot.addWidget(window)
        window.show()
        return window

    return open_as

