"""Tests for housedesk.ui.help: a page of the guide for every screen, opened with F1."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from housedesk.core import installation
from housedesk.db import Database
from housedesk.ui import help as guide
from housedesk.ui.shell.screens import SCREENS, translated


class Page(HTMLParser):
    """What a page of the guide holds: its headings, links and text."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.h1: list[str] = []
        self.links: list[str] = []
        self.text: list[str] = []
        self._in_h1 = False
        self.feed(guide.page_path(name).read_text(encoding="utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_h1 = tag == "h1"
        self.links += [value or "" for key, value in attrs if tag == "a" and key == "href"]

    def handle_endtag(self, tag: str) -> None:
        self._in_h1 = self._in_h1 and tag != "h1"

    def handle_data(self, data: str) -> None:
        if self._in_h1:
            self.h1.append(data.strip())
        self.text.append(data)

    def words(self) -> int:
        return len(" ".join(self.text).split())


def test_every_screen_has_a_page_of_the_guide_listed_in_its_contents() -> None:
    contents = Page("index")
    for spec in SCREENS:
        assert spec.help_page in guide.pages(), spec.key
        page = Page(spec.help_page)
        assert len(page.h1) == 1
        assert page.words() > 80, f"{spec.key}: a few steps at least"
        assert f"{spec.help_page}.html" in contents.links
    for general in guide.GENERAL_PAGES:
        assert general in guide.pages()


@pytest.mark.parametrize("name", guide.pages())
def test_every_link_of_the_guide_leads_to_one_of_its_pages(name: str) -> None:
    for link in Page(name).links:
        assert link.removesuffix(".html") in guide.pages(), f"{name}: {link}"


@pytest.fixture
def window(qtbot: QtBot, house_db: Database, make_app):
    app = make_app(house_db, "nl")
    app.start()
    shown = app.window
    with qtbot.waitActive(shown):
        shown.activateWindow()
    return shown


def test_f1_opens_the_page_of_the_screen_in_view(qtbot: QtBot, window) -> None:
    for number, spec in enumerate(window.specs, start=1):
        qtbot.keyClick(
            window.navigation, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier
        )
        qtbot.keyClick(window.navigation, Qt.Key.Key_F1)
        help_window = window.help_window
        assert help_window is not None and help_window.isVisible()
        assert help_window.page() == spec.key
        title = [line.strip() for line in help_window.browser.toPlainText().split("\n")]
        assert translated(spec.title) in title[:3]
        with qtbot.waitActive(window):
            window.activateWindow()  # back to work, the guide stays open beside it


def test_f1_on_the_municipalitys_pc_opens_its_page(qtbot: QtBot, db: Database, make_app) -> None:
    installation.set_up_municipality(db)
    app = make_app(db, "nl")
    app.start()
    with qtbot.waitActive(app.window):
        app.window.activateWindow()
    qtbot.keyClick(app.window.navigation, Qt.Key.Key_F1)
    assert app.window.help_window.page() == "municipality"


def help_menu(window) -> QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")


def test_the_help_menu_has_the_guide_and_the_keys(qtbot: QtBot, window) -> None:
    names = [action.text() for action in help_menu(window).actions() if action.text()]
    assert names == [
        "Hulp bij dit &scherm",
        "&Handleiding",
        "Snel&toetsen",
        "&Over housedesk",
    ]
    assert window.screen_help_action.shortcut() == QKeySequence(Qt.Key.Key_F1)
    guide_action = next(a for a in help_menu(window).actions() if a.text() == "&Handleiding")
    guide_action.trigger()
    assert window.help_window.page() == "index"
    # A link in the contents leads to a screen's page; Back returns.
    window.help_window.browser.setSource(
        window.help_window.browser.source().resolved("agenda.html")
    )
    assert window.help_window.page() == "agenda"
    qtbot.mouseClick(window.help_window.back_button, Qt.MouseButton.LeftButton)
    assert window.help_window.page() == "index"


def test_the_keys_page_names_every_key_of_the_menus(qtbot: QtBot, window) -> None:
    keys_action = next(a for a in help_menu(window).actions() if a.text() == "Snel&toetsen")
    keys_action.trigger()
    assert window.help_window.page() == "shortcuts"
    text = window.help_window.browser.toPlainText()
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            key = action.shortcut().toString()
            if key and not re.fullmatch(r"Ctrl\+[0-9]", key):
                assert key in text, f"{action.text()}: {key}"
