"""The screens of the main window, in the order of the navigation.

Each screen is declared once here with its title and what it is for. A screen
whose work is not built yet says so plainly and shows nothing pretended.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from housedesk.db import Database
from housedesk.ui.widgets import screen_title

CONTEXT = "screens"


def translated(text: str) -> str:
    return QCoreApplication.translate("screens", text)


@dataclass(frozen=True)
class ScreenSpec:
    """A screen: ``title`` and ``purpose`` are translation sources (context "screens")."""

    key: str
    title: str
    purpose: str
    house_only: bool = True
    #: "module:Class" of the screen's widget, built with the database when first shown.
    widget: str | None = None

    def build(self, db: Database) -> QWidget | None:
        """The screen's widget, or ``None`` while this screen is not built yet."""
        if self.widget is None:
            return None
        module_name, _, class_name = self.widget.partition(":")
        screen_class = getattr(importlib.import_module(module_name), class_name)
        return screen_class(db)


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec(
        "today",
        QT_TRANSLATE_NOOP("screens", "Today"),
        QT_TRANSLATE_NOOP(
            "screens", "Today's sessions, and the visitor counts still to be entered."
        ),
        widget="housedesk.ui.today:TodayScreen",
    ),
    ScreenSpec(
        "agenda",
        QT_TRANSLATE_NOOP("screens", "Agenda"),
        QT_TRANSLATE_NOOP(
            "screens", "Bookings and recurring series per room, with conflicts and closures."
        ),
        widget="housedesk.ui.agenda:AgendaScreen",
    ),
    ScreenSpec(
        "rooms",
        QT_TRANSLATE_NOOP("screens", "Rooms"),
        QT_TRANSLATE_NOOP("screens", "Rooms, opening hours and closing days."),
        widget="housedesk.ui.rooms:RoomsScreen",
    ),
    ScreenSpec(
        "users",
        QT_TRANSLATE_NOOP("screens", "Users & activities"),
        QT_TRANSLATE_NOOP(
            "screens",
            "The groups that use the house, their contact persons and their activities.",
        ),
        widget="housedesk.ui.users:UsersScreen",
    ),
    ScreenSpec(
        "tallies",
        QT_TRANSLATE_NOOP("screens", "Tallies"),
        QT_TRANSLATE_NOOP("screens", "Every held session with its visitor count, and corrections."),
        widget="housedesk.ui.tallies:TalliesScreen",
    ),
    ScreenSpec(
        "signals",
        QT_TRANSLATE_NOOP("screens", "Signals"),
        QT_TRANSLATE_NOOP("screens", "Wishes, complaints, ideas and concerns from residents."),
        widget="housedesk.ui.signals:SignalsScreen",
    ),
    ScreenSpec(
        "overview",
        QT_TRANSLATE_NOOP("screens", "Overview"),
        QT_TRANSLATE_NOOP(
            "screens", "How the house is used, for the board's meeting, with a printable report."
        ),
    ),
    ScreenSpec(
        "export",
        QT_TRANSLATE_NOOP("screens", "Export"),
        QT_TRANSLATE_NOOP(
            "screens", "Approving a quarter or year, and exporting it for the municipality."
        ),
        widget="housedesk.ui.export:ExportScreen",
    ),
    ScreenSpec(
        "municipality",
        QT_TRANSLATE_NOOP("screens", "Municipality"),
        QT_TRANSLATE_NOOP(
            "screens", "Reading the quarterly files of all houses and adding them up."
        ),
        widget="housedesk.ui.municipality:MunicipalityScreen",
        house_only=False,
    ),
)


class UnbuiltScreen(QWidget):
    """A screen whose work has not been built yet: it says what will be here, nothing more."""

    def __init__(self, spec: ScreenSpec) -> None:
        super().__init__()
        self.spec = spec
        self.setObjectName(f"screen_{spec.key}")
        title = screen_title(translated(spec.title))
        purpose = QLabel(translated(spec.purpose))
        purpose.setWordWrap(True)
        notice = QLabel(
            self.tr("This part of housedesk is not built yet. It comes in a next version.")
        )
        notice.setObjectName("notice")
        notice.setWordWrap(True)
        notice.setStyleSheet(
            "background: palette(base); border: 1px solid palette(mid); padding: 10px;"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addSpacing(12)
        layout.addWidget(notice)
        layout.addStretch(1)
        for label in self.findChildren(QLabel):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
