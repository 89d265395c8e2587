"""Translations: housedesk's own (English source, Dutch translation) and Qt's.

The interface's strings are English in the code and translated through Qt's
own system (``translations/housedesk_nl.ts``, compiled to ``.qm``). Code-list
labels come from ``housedesk.common.codes``, which holds both languages itself.

Strings are marked for ``lupdate`` with ``QT_TRANSLATE_NOOP(context, text)`` imported
from here: the same typed marker the core uses (``housedesk.common.problems``), where
PySide6's own is typed ``(object, object) -> object``.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from housedesk.common import codes
from housedesk.common.file_errors import FileError
from housedesk.common.problems import CONTEXT, Amount, Phrase, Problem
from housedesk.common.problems import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"

_language = "nl"


def language() -> str:
    """The language of the interface now ("nl" or "en")."""
    return _language


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load the translators for ``lang`` into ``app``; returns them (keep them alive)."""
    global _language
    _language = lang
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands,
        )
    )
    translators: list[QTranslator] = []
    if lang == "en":
        return translators
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{lang}", qt_dir), (f"housedesk_{lang}", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def _argument(value: object) -> object:
    if isinstance(value, Phrase):
        return QCoreApplication.translate(CONTEXT, value)
    if isinstance(value, Amount):
        return QLocale().toString(int(value))  # "10.000" in Dutch
    return value


def problem_text(problem: Problem) -> str:
    """A core problem's message in the interface's language, with its phrases translated too."""
    args = {name: _argument(value) for name, value in problem.args.items()}
    return QCoreApplication.translate(CONTEXT, problem.message).format(**args)


def file_error_text(error: FileError) -> str:
    """Why a file could not be used or written, in the interface's language."""
    source = error.MESSAGES.get(error.reason)
    if source is None:  # a subclass that says it in its own way
        return error.describe()
    return QCoreApplication.translate(CONTEXT, source).format(**error.arguments())


def code_label(code: StrEnum | str, enum: type[StrEnum] | None = None) -> str:
    """The label of an exchange-format code in the interface's language."""
    return codes.label(code, enum, _language)
