"""The main window fits a small laptop's screen, also in large text, and remembers its place.

(housedesk.ui.shell.main_window: ``ScreenStack``, ``first_placement``, ``place``.)
The offscreen screen of the tests is 800×800 pixels: a small screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from housedesk.db import Database
from housedesk.ui.kit.screen_fit import FRAME_ALLOWANCE
from housedesk.ui.shell.main_window import first_placement
from housedesk.ui.shell.settings import Settings
from tests.helpers.databases import demo_house, kept_open

#: A laptop's screen, less the window's frame and title bar.
SMALL_LAPTOP = QSize(1280, 720) - FRAME_ALLOWANCE


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A busy house: long names of rooms, activities and users, many sessions."""
    demo = demo_house(tmp_path_factory.mktemp("fits") / "demo.sqlite3", today=dt.date(2026, 11, 25))
    yield from kept_open(demo)


def go_to(qtbot: QtBot, window, number: int) -> None:
    qtbot.keyClick(
        window.navigation, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier
    )


@pytest.mark.parametrize("large", [False, True], ids=["normal text", "large text"])
def test_every_screen_fits_a_small_laptop_and_the_window_never_grows_by_itself(
    qtbot: QtBot, demo_db: Database, make_app, large: bool
) -> None:
    Settings().large_text = large
    app = make_app(demo_db, "nl")
    app.start()
    window = app.window
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(SMALL_LAPTOP)
    with qtbot.waitActive(window):
        window.activateWindow()
    for number, spec in enumerate(window.specs, start=1):
        go_to(qtbot, window, number)
        assert window.current_screen_key() == spec.key
        least = window.minimumSizeHint()
        assert least.width() <= SMALL_LAPTOP.width(), spec.key
        assert least.height() <= SMALL_LAPTOP.height(), spec.key
        assert window.size() == SMALL_LAPTOP, f"the window grew on {spec.key}"
        shown = window.stack.currentWidget()
        assert shown.width() >= shown.minimumSizeHint().width(), f"{spec.key} is cut off"
    # Back on the first screen, the window may be as small as that screen allows again.
    go_to(qtbot, window, 1)
    assert window.minimumSizeHint().width() < SMALL_LAPTOP.width()


def test_the_first_start_is_maximised_on_a_small_screen(
    qtbot: QtBot, house_db: Database, make_app, qapp: QApplication
) -> None:
    app = make_app(house_db, "nl")
    app.start()
    qtbot.waitExposed(app.window)
    assert app.window.isMaximized()
    assert app.window.size() == qapp.primaryScreen().availableGeometry().size()


@pytest.mark.parametrize(
    ("available", "maximised"),
    [
        (QRect(0, 0, 1280, 720), True),
        (QRect(0, 0, 1366, 768), True),
        (QRect(0, 0, 1920, 1040), False),
        (QRect(1920, 0, 2560, 1400), False),
    ],
)
def test_a_larger_screen_gets_a_comfortable_window_in_its_middle(
    available: QRect, maximised: bool
) -> None:
    area, is_maximised = first_placement(available)
    assert is_maximised == maximised
    assert available.contains(area)
    if not maximised:
        assert area.center() == available.center()
        assert area.width() >= 1280 and area.height() >= 760  # room for every screen


def close_with_ctrl_q(qtbot: QtBot, window) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_size_and_position_are_remembered(
    qtbot: QtBot, house_db: Database, make_app, isolated_home: Path
) -> None:
    app = make_app(house_db, "nl")
    app.start()
    window = app.window
    qtbot.waitExposed(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(20, 60, 760, 560)
    qtbot.wait(50)
    before = window.frameGeometry()
    close_with_ctrl_q(qtbot, window)

    again = make_app(house_db, "nl")
    again.start()
    qtbot.waitExposed(again.window)
    assert not again.window.isMaximized()
    assert again.window.frameGeometry() == before


def test_a_place_on_a_screen_that_is_gone_is_forgotten(
    qtbot: QtBot, house_db: Database, make_app, qapp: QApplication
) -> None:
    app = make_app(house_db, "nl")
    app.start()
    window = app.window
    qtbot.waitExposed(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(3000, 2000, 700, 560)  # on a second monitor, since unplugged
    close_with_ctrl_q(qtbot, window)

    again = make_app(house_db, "nl")
    again.start()
    qtbot.waitExposed(again.window)
    assert qapp.primaryScreen().availableGeometry().intersects(again.window.frameGeometry())
    assert qapp.primaryScreen().geometry().contains(again.window.frameGeometry().center())
