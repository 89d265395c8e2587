"""The main window: the navigation on the left, the chosen screen on the right.

The window fits the screen it is on, also in large text: only the screen in
view decides how small it may be (``ScreenStack``), the first start opens
maximised on a small screen and at a comfortable size on a large one, and
its size and place are remembered (``place``). The keys of the screens
(Ctrl+N, Ctrl+F, F5, and Enter in the navigation) are the window's, so they
reach the screen in view wherever the focus is (``housedesk.ui.kit.commands``);
typing in the navigation never jumps to another screen. F1 opens the guide at
the page of the screen in view (``housedesk.ui.help``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QScreen,
)
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
from housedesk.ui.kit import clock, commands
from housedesk.ui.kit.changes import Change, Freshness, announce
from housedesk.ui.kit.commands import Command
from housedesk.ui.shell.screens import screens_for, translated

#: A screen smaller than this (in either direction) gets a maximised window at the first start.
SMALL_SCREEN = QSize(1600, 900)
#: The width of the navigation's column, unless a screen's name needs more.
SIDEBAR_WIDTH = 230
#: The size of the window at the first start on a larger screen.
COMFORTABLE = QSize(1440, 900)


def first_placement(available: QRect) -> tuple[QRect, bool]:
    """Where the window opens the first time on a screen with ``available`` room.

    On a small screen (a laptop of 1366×768 or 1280×720) it is maximised: every
    pixel is needed. On a larger one it is a comfortable size, in the middle,
    with its title bar and status bar on the screen.
    """
    if available.width() < SMALL_SCREEN.width() or available.height() < SMALL_SCREEN.height():
        return available, True
    area = QRect(available.topLeft(), COMFORTABLE.boundedTo(available.size() * 0.9))
    area.moveCenter(available.center())
    return area, False


def place(window: QWidget, saved: QByteArray | None) -> None:
    """Put ``window`` where it was last time, or else where ``first_placement`` says.

    A remembered place on a monitor that is no longer there (a beamer at the
    meeting) is forgotten, so the window never opens out of sight.
    """
    if saved is not None and not saved.isEmpty() and window.restoreGeometry(saved):
        if QGuiApplication.screenAt(window.geometry().center()) is not None:
            return
        window.setWindowState(Qt.WindowState.WindowNoState)
    screen = QGuiApplication.screenAt(window.geometry().center())
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    area, maximised = first_placement(screen.availableGeometry())
    window.setGeometry(area)
    if maximised:
        window.setWindowState(Qt.WindowState.WindowMaximized)


class ScreenStack(QStackedWidget):
    """The screens, one in view; only that one decides how large the window wants to be.

    A ``QStackedWidget`` asks for the room of its largest page, so the window
    would grow by itself once a wide screen had been visited.
    """

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.sizeHint() if shown is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        shown = self.currentWidget()
        if shown is None:
            return super().minimumSizeHint()
        return shown.minimumSizeHint().expandedTo(shown.minimumSize())


class NavigationList(QListWidget):
    """The list of screens: arrows and Ctrl+number choose; typing letters does not.

    A list jumps to the item whose name starts with a typed letter; here that
    took a volunteer to another screen while typing a number. Enter goes into
    the screen (``enter_pressed``).
    """

    enter_pressed = Signal()

    def __init__(self) -> None:
        super().__init__()
        #: Whether the current row is being changed by a key in the list (the focus stays).
        self.by_key = False

    def keyboardSearch(self, search: str) -> None:
        """Typed letters choose no screen."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            return
        self.by_key = True
        try:
            super().keyPressEvent(event)
        finally:
            self.by_key = False


if TYPE_CHECKING:
    from housedesk.ui.help.browser import HelpWindow
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
    #: The window closes; its geometry (``saveGeometry``) is to be remembered.
    closing = Signal(QByteArray)

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
        self.specs = screens_for(installed.role)
        self.setWindowTitle(self._title())
        self.help_window: HelpWindow | None = None

        self.navigation = NavigationList()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Screens"))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        nav_font = self.navigation.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.15)
        self.navigation.setFont(nav_font)
        self.navigation.setSpacing(2)
        self.stack = ScreenStack()
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
        self.navigation.enter_pressed.connect(lambda: self.run_command(Command.OPEN))

        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        # As wide as the longest screen name needs, in the size of letters chosen.
        longest = max(
            self.navigation.fontMetrics().horizontalAdvance(translated(spec.title))
            for spec in self.specs
        )
        sidebar.setFixedWidth(max(SIDEBAR_WIDTH, longest + 48))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
            if self.navigation.by_key:
                # Arrows in the list go on choosing; a screen that takes the focus when
                # shown (Vandaag's count) must not take the next key.
                self.navigation.setFocus()
            self._update_commands()

    def _ensure_built(self, row: int) -> QWidget:
        if row not in self._built:
            spec = self.specs[row]
            screen = spec.build(self.db)
            screen.setObjectName(f"screen_{spec.key}")
            holder = self.stack.widget(row)
            assert holder is not None  # a placeholder stands in every row until it is built
            commands.adopt(screen)  # its Ctrl+N and Ctrl+F are the window's now
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
        self.new_action = self._command_action(self.tr("&New…"), Command.NEW)
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
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
        self.find_action = self._command_action(self.tr("&Search"), Command.FIND)
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setObjectName("refreshAction")
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setToolTip(self.tr("Read what this screen shows afresh"))
        self.refresh_action.triggered.connect(self.refresh_screen)
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        for menu in (file_menu, view_menu):
            menu.aboutToShow.connect(self._update_commands)
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
        self.screen_help_action = QAction(self.tr("&Help with this screen"), self)
        self.screen_help_action.setObjectName("screenHelpAction")
        self.screen_help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.screen_help_action.triggered.connect(lambda: self.show_help(self.current_help_page()))
        guide = QAction(self.tr("&Guide"), self)
        guide.setObjectName("guideAction")
        guide.triggered.connect(lambda: self.show_help("index"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setObjectName("shortcutsAction")
        keys.triggered.connect(lambda: self.show_help("shortcuts"))
        about = QAction(self.tr("&About housedesk"), self)
        about.triggered.connect(self.show_about)
        for action in (self.screen_help_action, guide, keys):
            help_menu.addAction(action)
        help_menu.addSeparator()
        help_menu.addAction(about)

    def _command_action(self, text: str, command: Command) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"{command.value}Action")
        action.setShortcut(command.keys())
        action.triggered.connect(lambda _checked=False: self.run_command(command))
        return action

    def _shown(self) -> QWidget:
        shown = self.stack.currentWidget()
        assert shown is not None  # every row holds a screen, or its placeholder
        return shown

    def _update_commands(self) -> None:
        """Offer New, Search and Refresh on the screens that have them."""
        shown = self._shown()
        for action, command in ((self.new_action, Command.NEW), (self.find_action, Command.FIND)):
            action.setEnabled(commands.offers(shown, command))
        self.refresh_action.setEnabled(bool(shown.findChildren(Freshness)))

    def run_command(self, command: Command) -> None:
        """Do ``command`` on the screen in view, wherever the focus is."""
        action = commands.command_for(self._shown(), command)
        if action is not None:
            action.trigger()

    def refresh_screen(self) -> None:
        """F5: read what the screen in view shows afresh from the database."""
        commands.refresh(self._shown())
        self.statusBar().showMessage(self.tr("Refreshed"), 3000)

    def current_help_page(self) -> str:
        return self.specs[self.navigation.currentRow()].help_page

    def show_help(self, page: str) -> HelpWindow:
        """Open the guide at ``page`` (one window, brought forward when it is open already)."""
        if self.help_window is None:
            from housedesk.ui.help.browser import HelpWindow  # loaded when first asked for

            self.help_window = HelpWindow(self)
        self.help_window.show_page(page)
        return self.help_window

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit(self.saveGeometry())
        super().closeEvent(event)

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
