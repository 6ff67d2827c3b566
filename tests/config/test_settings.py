"""Connection settings: saved without secrets, read back, and robust against a damaged file."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from neo_desktop.app import database_url
from neo_desktop.config.paths import default_database_path
from neo_desktop.config.settings import ConnectionProfile, Settings, load_settings, save_settings, settings_file
from neo_desktop.db import credentials


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


PROFILE = ConnectionProfile(host="db.viborg.example", database="neo", user="mette", port=5433, sslmode="require")


def test_default_is_the_embedded_database_in_the_profile(isolated_profile: Path) -> None:
    assert load_settings() == Settings()
    assert str(database_url()) == f"sqlite:///{default_database_path()}"
    assert default_database_path().is_relative_to(isolated_profile)


def test_profile_round_trips_and_the_password_stays_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    save_settings(Settings(profile=PROFILE))
    assert credentials.store_password(PROFILE.keyring_key, "s3cret!")

    assert load_settings().profile == PROFILE
    assert "s3cret!" not in settings_file().read_text(encoding="utf-8")
    url = database_url()
    assert (url.host, url.port, url.database, url.username, url.password) == (
        "db.viborg.example", 5433, "neo", "mette", "s3cret!")
    assert url.query["sslmode"] == "require"
    assert "s3cret!" not in PROFILE.describe()


def test_explicit_database_wins_over_the_profile(memory_keyring: MemoryKeyring) -> None:
    save_settings(Settings(profile=PROFILE))
    assert database_url("sqlite:///x.sqlite3") == "sqlite:///x.sqlite3"


def test_damaged_settings_file_falls_back_to_defaults(caplog: pytest.LogCaptureFixture) -> None:
    settings_file().write_text("{ not json", encoding="utf-8")
    assert load_settings() == Settings()
    settings_file().write_text(json.dumps({"profile": {"host": "x", "unexpected": 1}}), encoding="utf-8")
    assert load_settings() == Settings()
    assert "Ignoring" in caplog.text


def test_without_a_keyring_no_password_is_found_and_nothing_fails() -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        assert not credentials.keyring_available()
        assert credentials.load_password("anything") is None
        assert credentials.store_password("anything", "pw") is False
    finally:
        keyring.set_keyring(previous)


def write_machine_file(isolated_profile: Path, content: object) -> Path:
    path = isolated_profile / "machine" / "connection.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


def test_the_machine_wide_profile_is_the_default_with_the_users_own_login(isolated_profile: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "Mette")
    write_machine_file(isolated_profile, {"host": "db.viborg.example", "port": 6432, "database": "neo",
                                          "sslmode": "verify-full"})
    profile = load_settings().profile
    assert profile == ConnectionProfile(host="db.viborg.example", database="neo", user="mette", port=6432,
                                        sslmode="verify-full")


def test_a_users_own_choice_wins_over_the_machine_wide_profile(isolated_profile: Path,
                                                               memory_keyring: MemoryKeyring) -> None:
    write_machine_file(isolated_profile, {"host": "db.viborg.example", "database": "neo"})
    save_settings(Settings())  # the user chose the embedded database
    assert load_settings().profile is None


def test_a_password_in_the_machine_file_is_ignored(isolated_profile: Path, caplog: pytest.LogCaptureFixture) -> None:
    write_machine_file(isolated_profile, {"host": "db", "database": "neo", "password": "secret"})
    profile = load_settings().profile
    assert profile is not None and "secret" not in repr(profile)
    assert "Ignoring password" in caplog.text


def test_a_broken_machine_file_falls_back_to_the_embedded_database(isolated_profile: Path) -> None:
    write_machine_file(isolated_profile, {"host": "db"})  # no database
    assert load_settings().profile is None
    write_machine_file(isolated_profile, {"host": "db", "database": "neo", "sslmode": "sometimes"})
    assert load_settings().profile is None
