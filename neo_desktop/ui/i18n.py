"""Translations: NEO Desktop's own (``resources/translations/neo_<lang>.qm``) and Qt's for standard buttons.

Switching language installs new translators; Qt then sends every widget a LanguageChange event, and each
widget retranslates itself in ``changeEvent``. Dates and numbers follow the chosen language's locale.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from neo_desktop.config.paths import resource_path
from neo_desktop.domain.errors import ERRORS_CONTEXT, NeoError

from .preferences import LANGUAGE_KEY, read_text, write_value

log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("en", "da", "sv")
DEFAULT_LANGUAGE = "en"
# Each language is offered in its own name, so someone who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"en": "English", "da": "Dansk", "sv": "Svenska"}
_LOCALES = {
    "da": (QLocale.Language.Danish, QLocale.Country.Denmark),
    "sv": (QLocale.Language.Swedish, QLocale.Country.Sweden),
}


def translations_file(language: str) -> str:
    """The path of NEO Desktop's compiled translations for ``language``."""
    return str(resource_path("translations", f"neo_{language}.qm"))


def locale_for(language: str) -> QLocale:
    """The locale for dates and numbers: the language's own, or for English the system's."""
    if language in _LOCALES:
        return QLocale(*_LOCALES[language])
    system = QLocale.system()
    if system.language() in (QLocale.Language.C, QLocale.Language.English) and system.territory() in (
        QLocale.Country.AnyCountry, QLocale.Country.UnitedStates
    ):
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return system


def remembered_language() -> str:
    """The language the user chose last time (English when none)."""
    language = read_text(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


class LanguageSwitcher(QObject):
    """Installs the translators of one language at a time."""

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def install(self, language: str, *, remember: bool = False) -> None:
        """Switch to ``language`` (and remember it for the next start when asked)."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        app = QCoreApplication.instance()
        assert app is not None, "install translations after creating the application"
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        if language != DEFAULT_LANGUAGE:
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name, folder in ((f"qtbase_{language}", qt_folder), (f"neo_{language}", None)):
                translator = QTranslator(self)
                path = translations_file(language) if folder is None else f"{folder}/{name}.qm"
                if translator.load(path):
                    app.installTranslator(translator)
                    self._translators.append(translator)
                else:
                    log.warning("No translations at %s", path)
        QLocale.setDefault(locale_for(language))
        self.language = language
        if remember:
            write_value(LANGUAGE_KEY, language)
        self.language_changed.emit(language)


def translate_error(error: NeoError) -> str:
    """A NeoError's message in the current language (the English one when a translation is missing)."""
    template = QCoreApplication.translate(ERRORS_CONTEXT, error.template)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not hide the error itself.
        log.warning("Translation of %r does not fit its parameters", error.template)
        return error.message
