"""The main window: the navigation on the left, the chosen screen on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from housedesk.core.installation import Installation, Role
from housedesk.db import Database
from housedesk.ui.kit import clock
from housedesk.ui.kit.changes import Change, announce
from housedesk.ui.shell.screens import SCREENS, translated

if TYPE_CHECKING:
    from housedesk.ui.shell.about import AboutDialog


class DayWatcher(QObject):
    """Announces a new day (``Change.DAY``): the house PC is often left on overnight.

    It looks at the clock every half minute rather than once at midnight, so a
    PC that slept through midnight, or whose clock was set, catches up too.
    """

    INTERVAL_MS = 30_000

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.day = clock.today()
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        today = clock.today()
        if today != self.day:
            self.day = today
            announce(Change.DAY)


class MainWindow(QMainWindow):
    """The window of housedesk for one database and its installation."""

    #: The user chose another interface language ("nl" or "en").
    language_chosen = Signal(str)
    #: The user switched large text on or off.
    large_text_chosen = Signal(bool)
    #: File menu: make a backup, restore one, remove old personal data.
    backup_requested = Signal()
    restore_requested = Signal()
    purge_requested = Signal()
    #: The window has been painted for the first time (emitted once, after that paint).
    first_painted = Signal()

    def __init__(
        self,
        db: Database,
        installed: Installation,
        language: str,
        *,
        can_back_up: bool = False,
        large_text: bool = False,
    ) -> None:
        super().__init__()
        self._painted = False
        self.db = db
        self.can_back_up = can_back_up
        self.installation = installed
        self.setObjectName("mainWindow")
        self.resize(1180, 760)
        self.specs = [
            spec for spec in SCREENS if installed.role == Role.HOUSE or not spec.house_only
        ]
        if installed.role == Role.HOUSE:
            self.specs = [s for s in self.specs if s.key != "municipality"] + [
                s for s in self.specs if s.key == "municipality"
            ]
        self.setWindowTitle(self._title())

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Screens"))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        nav_font = self.navigation.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.15)
        self.navigation.setFont(nav_font)
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")

        self._built: dict[int, QWidget] = {}
        for number, spec in enumerate(self.specs, start=1):
            item = QListWidgetItem(translated(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            shortcut = QKeySequence(f"Ctrl+{number}").toString(
                QKeySequence.SequenceFormat.NativeText
            )
            item.setToolTip(f"{translated(spec.purpose)} ({shortcut})")
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())  # built when first shown, to start fast
        self.navigation.currentRowChanged.connect(self._show_row)

        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(250)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(12, 16, 8, 12)
        name, place = self._header_lines()
        header = QLabel(name)
        header.setObjectName("houseHeader")
        header.setWordWrap(True)
        header.setTextFormat(Qt.TextFormat.PlainText)
        header_font = header.font()
        header_font.setBold(True)
        header_font.setPointSizeF(header_font.pointSizeF() * 1.15)
        header.setFont(header_font)
        side.addWidget(header)
        if place:
            subheader = QLabel(place)
            subheader.setObjectName("houseSubheader")
            subheader.setTextFormat(Qt.TextFormat.PlainText)
            side.addWidget(subheader)
        side.addSpacing(8)
        side.addWidget(self.navigation, 1)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(sidebar)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(line)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus(language, large_text)
        self.day_watcher = DayWatcher(self)
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", str(db.path)))
        self.show_screen("today" if installed.role == Role.HOUSE else "municipality")
        self.navigation.setFocus()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True  # the screens paint in this same pass, after the window
            QTimer.singleShot(0, self, self.first_painted.emit)
        return super().event(event)

    def _title(self) -> str:
        house = self.installation.house
        if house is None:
            return self.tr("housedesk — municipality")
        return f"housedesk — {house.name} ({house.village})"

    def _header_lines(self) -> tuple[str, str]:
        house = self.installation.house
        if house is None:
            return self.tr("Municipality"), ""
        return house.name, f"{house.village} · {house.code}"

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self._ensure_built(row)
            self.stack.setCurrentIndex(row)

    def _ensure_built(self, row: int) -> QWidget:
        if row not in self._built:
            spec = self.specs[row]
            screen = spec.build(self.db)
            screen.setObjectName(f"screen_{spec.key}")
            holder = self.stack.widget(row)
            assert holder is not None  # a placeholder stands in every row until it is built
            self.stack.insertWidget(row, screen)
            self.stack.removeWidget(holder)
            holder.deleteLater()
            self._built[row] = screen
        return self._built[row]

    @overload
    def screen(self) -> QScreen: ...
    @overload
    def screen(self, key: str) -> QWidget: ...
    def screen(self, key: str | None = None) -> QScreen | QWidget:
        """The widget of the screen ``key`` (built if it was not yet).

        Without a key, what ``QWidget.screen()`` is: the monitor the window is on.
        """
        if key is None:
            return super().screen()
        return self._ensure_built(next(i for i, s in enumerate(self.specs) if s.key == key))

    def _build_menus(self, language: str, large_text: bool) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for text, signal, enabled in (
            (self.tr("Make a &backup…"), self.backup_requested, self.can_back_up),
            (self.tr("&Restore a backup…"), self.restore_requested, self.can_back_up),
        ):
            action = QAction(text, self)
            action.setEnabled(enabled)
            action.triggered.connect(signal.emit)
            file_menu.addAction(action)
        if self.installation.role == Role.HOUSE:
            file_menu.addSeparator()
            purge = QAction(self.tr("Remove old &personal data…"), self)
            purge.triggered.connect(self.purge_requested.emit)
            file_menu.addAction(purge)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, spec in enumerate(self.specs, start=1):
            action = QAction(translated(spec.title).replace("&", "&&"), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_screen(key))
            view_menu.addAction(action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == language)
            action.setData(code)
            group.addAction(action)
            language_menu.addAction(action)
        group.triggered.connect(self._language_action)
        large = QAction(self.tr("&Large text"), self, checkable=True)
        large.setChecked(large_text)
        large.setShortcut(QKeySequence("Ctrl+Shift+L"))
        large.toggled.connect(self.large_text_chosen.emit)
        settings_menu.addAction(large)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About housedesk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _language_action(self, action: QAction) -> None:
        self.language_chosen.emit(str(action.data()))

    def show_screen(self, key: str) -> None:
        """Switch to the screen with ``key``."""
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
                return
        raise KeyError(key)

    def current_screen_key(self) -> str:
        return str(self.navigation.currentItem().data(Qt.ItemDataRole.UserRole))

    def show_about(self) -> AboutDialog:
        """Help → About housedesk: the version, the files, and where a newer version comes from."""
        from housedesk.ui.shell.about import AboutDialog

        dialog = AboutDialog(self.db.path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
