"""Tests for housedesk.ui.shell.main_window and application: the shell a volunteer sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

import housedesk
from housedesk.core import installation
from housedesk.db import Database
from housedesk.ui.shell.about import AboutDialog
from housedesk.ui.shell.first_run import FirstRunDialog
from housedesk.ui.shell.settings import Settings

HOUSE_SCREENS = [
    "Vandaag",
    "Agenda",
    "Ruimtes",
    "Gebruikers & activiteiten",
    "Tellingen",
    "Signalen",
    "Overzicht",
    "Export",
]


def titles(window) -> list[str]:
    nav = window.navigation
    return [nav.item(row).text() for row in range(nav.count())]


def test_a_house_opens_on_today_with_every_screen_in_dutch(
    qtbot: QtBot, house_db: Database, make_app
) -> None:
    app = make_app(house_db, "nl")
    assert app.start()
    window = app.window
    qtbot.waitExposed(window)
    assert titles(window) == HOUSE_SCREENS
    assert window.current_screen_key() == "today"
    assert window.windowTitle() == "housedesk — Gemeenschapshuis De Schakel (Berghem)"
    assert window.findChild(QLabel, "houseHeader").text() == "Gemeenschapshuis De Schakel"
    assert window.findChild(QLabel, "houseSubheader").text() == "Berghem · BERGH"
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Bestand",
        "Beel&d",
        "&Instellingen",
        "&Help",
    ]


def test_a_house_pc_does_not_show_the_municipality_screen(
    qtbot: QtBot, house_db: Database, make_app
) -> None:
    app = make_app(house_db, "nl")
    app.start()
    window = app.window
    assert "Gemeente" not in titles(window)
    assert "municipality" not in [spec.key for spec in window.specs]
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "Beel&d")
    assert "Gemeente" not in [action.text() for action in view.actions()]


def test_keyboard_shortcuts_switch_screens(qtbot: QtBot, house_db: Database, make_app) -> None:
    app = make_app(house_db, "nl")
    app.start()
    window = app.window
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.navigation, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen_key() == "rooms"
    assert window.stack.currentWidget().objectName() == "screen_rooms"


def test_every_screen_is_its_real_screen(qtbot: QtBot, house_db: Database, make_app) -> None:
    from housedesk.ui.agenda.screen import AgendaScreen
    from housedesk.ui.export import ExportScreen
    from housedesk.ui.overview.screen import OverviewScreen
    from housedesk.ui.rooms import RoomsScreen
    from housedesk.ui.signals import SignalsScreen
    from housedesk.ui.tallies import TalliesScreen
    from housedesk.ui.today import TodayScreen
    from housedesk.ui.users import UsersScreen

    app = make_app(house_db, "nl")
    app.start()
    assert isinstance(app.window.stack.currentWidget(), TodayScreen)
    for key, kind in (
        ("agenda", AgendaScreen),
        ("rooms", RoomsScreen),
        ("users", UsersScreen),
        ("tallies", TalliesScreen),
        ("signals", SignalsScreen),
        ("overview", OverviewScreen),
        ("export", ExportScreen),
    ):
        assert isinstance(app.window.screen(key), kind)
    assert app.window.current_screen_key() == "today"  # building a screen does not switch to it


def test_the_municipality_sees_only_its_screen(qtbot: QtBot, db: Database, make_app) -> None:
    installation.set_up_municipality(db)
    app = make_app(db, "nl")
    app.start()
    window = app.window
    qtbot.waitExposed(window)
    assert titles(window) == ["Gemeente"]
    assert window.current_screen_key() == "municipality"
    assert window.windowTitle() == "housedesk — gemeente"


def test_first_start_asks_what_this_pc_is_for(
    qtbot: QtBot, db: Database, make_app, monkeypatch
) -> None:
    asked: list[Database] = []

    def answer(database: Database, parent=None):
        asked.append(database)
        return installation.set_up_house(database, "OSS-1", "Het Huis", "Oss")

    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(lambda cls, d, p=None: answer(d)))
    app = make_app(db, "nl")
    assert app.start()
    assert asked == [db]
    assert app.window.windowTitle() == "housedesk — Het Huis (Oss)"


def test_declining_the_first_run_question_does_not_open_the_window(
    db: Database, make_app, monkeypatch
) -> None:
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(lambda cls, d, p=None: None))
    app = make_app(db, "nl")
    assert not app.start()
    assert app.window is None


def test_switching_to_english_and_back_is_remembered(
    qtbot: QtBot, house_db: Database, make_app
) -> None:
    app = make_app(house_db)
    app.start()
    app.window.show_screen("signals")
    english = next(
        action
        for menu in app.window.menuBar().findChildren(
            type(app.window.menuBar().actions()[0].menu())
        )
        for action in menu.actions()
        if action.text() == "English"
    )
    english.trigger()
    assert titles(app.window)[0] == "Today"
    assert app.window.current_screen_key() == "signals"
    assert Settings().language == "en"
    app.change_language("nl")
    assert titles(app.window)[0] == "Vandaag"
    assert Settings().language == "nl"


def test_large_text_is_a_setting_for_the_whole_app(
    qtbot: QtBot, house_db: Database, make_app, qapp
) -> None:
    normal = qapp.font().pointSizeF()
    app = make_app(house_db, "en")
    app.start()
    app.window.show_screen("rooms")
    action = next(
        a
        for menu in app.window.menuBar().findChildren(
            type(app.window.menuBar().actions()[0].menu())
        )
        for a in menu.actions()
        if a.text() == "&Large text"
    )
    action.trigger()
    assert qapp.font().pointSizeF() == pytest.approx(normal * 1.3)
    assert Settings().large_text
    assert app.window.current_screen_key() == "rooms"
    assert app.window.navigation.font().pointSizeF() > normal * 1.3
    app.change_text_size(False)
    assert qapp.font().pointSizeF() == pytest.approx(normal)
    assert not Settings().large_text


# A menu popping up asks the offscreen platform for what only a real screen does.
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_help_about_says_which_version_runs_and_where_a_newer_one_comes_from(
    qtbot: QtBot, house_db: Database, make_app
) -> None:
    app = make_app(house_db, "nl")
    app.start()
    window = app.window
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # &Help
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Hulp bij dit &scherm",
        "&Handleiding",
        "Snel&toetsen",
        "&Over housedesk",
    ]
    qtbot.keyClick(menu, Qt.Key.Key_O)  # &Over housedesk
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is not None)
    about = window.findChild(AboutDialog)
    qtbot.waitExposed(about)
    assert about.windowTitle() == "Over housedesk"
    assert about.findChild(QLabel, "version").text() == f"housedesk {housedesk.__version__}"
    updates = about.findChild(QLabel, "updates").text()
    assert f"versie {housedesk.__version__}" in updates
    assert "gemeente" in updates and "USB-stick" in updates
    assert "internet" in updates  # no automatic download
    assert str(house_db.path) in about.findChild(QLabel, "files").text()
    qtbot.keyClick(about, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is None)
