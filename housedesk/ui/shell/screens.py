"""The screens of the main window, in the order of the navigation.

Each screen is declared once here with its title, what it is for (the
navigation's tooltip), the widget that shows it, on which PC it is shown
(a house's or the municipality's) and its page of the guide (F1).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from housedesk.core.installation import Role
from housedesk.db import Database
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP

CONTEXT = "screens"


def translated(text: str) -> str:
    return QCoreApplication.translate("screens", text)


@dataclass(frozen=True)
class ScreenSpec:
    """A screen: ``title`` and ``purpose`` are translation sources (context "screens")."""

    key: str
    title: str
    purpose: str
    #: "module:Class" of the screen's widget, built with the database when first shown.
    widget: str
    #: The PC it belongs on: the house's screens are not the municipality's, and the other way.
    role: Role = Role.HOUSE

    @property
    def help_page(self) -> str:
        """The page of the guide about this screen (``housedesk/ui/help/<key>.html``)."""
        return self.key

    def build(self, db: Database) -> QWidget:
        """The screen's widget (its module is imported only now, to start fast)."""
        module_name, _, class_name = self.widget.partition(":")
        screen_class = getattr(importlib.import_module(module_name), class_name)
        screen: QWidget = screen_class(db)  # the class is named in ``widget``, found only now
        return screen


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
        widget="housedesk.ui.agenda.screen:AgendaScreen",
    ),
    ScreenSpec(
        "rooms",
        QT_TRANSLATE_NOOP("screens", "Rooms"),
        QT_TRANSLATE_NOOP("screens", "Rooms, opening hours, other hours and closing days."),
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
        widget="housedesk.ui.overview.screen:OverviewScreen",
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
        widget="housedesk.ui.municipality.screen:MunicipalityScreen",
        role=Role.MUNICIPALITY,
    ),
)


def screens_for(role: Role) -> list[ScreenSpec]:
    """The screens of a PC with ``role``, in the order of the navigation."""
    return [spec for spec in SCREENS if spec.role == role]
