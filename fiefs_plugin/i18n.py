"""Translations: the plugin follows the QGIS user interface language.

``install_translator()`` loads ``i18n/fiefs_<lang>.qm`` for the language QGIS runs in
(``locale/userLocale``) and installs it in the application; the plugin removes it again
on unload. Right-to-left languages also flip the dock's layout direction.
"""

from __future__ import annotations

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from fiefs_plugin.paths import i18n_dir

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})


def qgis_language() -> str:
    """Two-letter code of the language the QGIS interface uses (e.g. ``fr``, ``ar``)."""
    locale = QgsSettings().value("locale/userLocale", "", type=str) or QLocale().name()
    return (locale or "en")[:2].lower()


def is_right_to_left(language: str | None = None) -> bool:
    return (language or qgis_language()) in RTL_LANGUAGES


def install_translator(language: str | None = None) -> QTranslator | None:
    """Install the translator for ``language`` (default: the QGIS language).

    Returns the installed translator (keep a reference, pass it to
    ``remove_translator``), or None when English is asked for or no file exists.
    """
    language = language or qgis_language()
    if language == "en":
        return None
    qm_file = i18n_dir() / f"fiefs_{language}.qm"
    if not qm_file.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm_file)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
