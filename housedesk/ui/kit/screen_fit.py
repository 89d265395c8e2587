"""Windows and dialogs that fit the screen they are on, also in large text.

A volunteer's laptop may have 1280×720 pixels, and large text makes everything
a third larger. So a dialog never grows past the screen: its fields sit in a
``ScrollingBody`` (a scroll area that asks for all the room its fields want,
grows the dialog when messages appear under them, and scrolls once the screen
has no more), its buttons stay below it, always in view, and
``fit_to_screen`` caps the dialog at the screen's available size.
``FormDialog`` does this itself; other dialogs call ``scroll_when_tall`` (a
form of fields and messages) or ``fit_to_screen`` (a dialog around a list,
which scrolls by itself).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

#: Room left for a window's frame and title bar, which the window manager adds around it.
FRAME_ALLOWANCE = QSize(16, 48)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The part of ``widget``'s screen (or the main screen) that windows may use."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def largest_size(widget: QWidget | None = None) -> QSize:
    """The largest size a window on ``widget``'s screen can have, frame and title bar included."""
    return available_geometry(widget).size() - FRAME_ALLOWANCE


def keep_on_screen(window: QWidget) -> None:
    """Move ``window`` (a shown one) as little as needed to have all of it on its screen."""
    area = available_geometry(window)
    frame = window.frameGeometry()
    dx = min(0, area.right() - frame.right()) or max(0, area.left() - frame.left())
    dy = min(0, area.bottom() - frame.bottom()) or max(0, area.top() - frame.top())
    if dx or dy:
        window.move(window.pos().x() + dx, window.pos().y() + dy)


class ScrollingBody(QScrollArea):
    """A frameless scroll area that asks for as much room as its content would like.

    ``QScrollArea`` asks for at most 24 lines, so a dialog would scroll even on a
    large screen; this one asks for everything, and the dialog's cap
    (``fit_to_screen``) decides when scrolling starts. Only the height scrolls:
    the content is never narrower than its own minimum.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scrollingBody")
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes from the last field to the buttons, not to the area (a stop that shows
        # nothing); a field that takes the focus is scrolled into view all the same.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWidget(content)
        self._growing = False
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            self.updateGeometry()  # the dialog's layout asks this area's size afresh
            # Messages appeared under the fields: the dialog grows while the screen has room.
            if self.window().isVisible() and not self._growing:
                self._growing = True
                QTimer.singleShot(0, self, self._grow_window)
        return super().eventFilter(watched, event)

    def _grow_window(self, tries: int = 20) -> None:
        window = self.window()
        if not window.isVisible():
            self._growing = False
            return
        if not window.testAttribute(Qt.WidgetAttribute.WA_Mapped):
            # Shown but not yet on the screen, where its frame is known: a moment later.
            if tries > 0:
                QTimer.singleShot(50, self, lambda: self._grow_window(tries - 1))
            else:
                self._growing = False
            return
        self._growing = False
        self.updateGeometry()
        if (layout := window.layout()) is not None:
            layout.activate()
        wanted = window.size().expandedTo(window.sizeHint()).boundedTo(window.maximumSize())
        if wanted != window.size():
            window.resize(wanted)
            keep_on_screen(window)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def _content(self) -> QWidget | None:
        content = self.widget()
        if content is not None and (layout := content.layout()) is not None:
            # Rows added since it was last laid out (before the dialog first shows) count too.
            layout.activate()
        return content

    def sizeHint(self) -> QSize:
        content = self._content()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        height = hint.height()
        if content.hasHeightForWidth():
            height = max(height, content.heightForWidth(hint.width()))
        return QSize(hint.width() + self._bar(), height)

    def minimumSizeHint(self) -> QSize:
        content = self._content()
        if content is None:
            return super().minimumSizeHint()
        least = content.minimumSizeHint()
        # Some lines of the form stay in view, however small the screen.
        return QSize(least.width() + self._bar(), min(least.height(), 120))


class _ScreenCap(QObject):
    """Keeps its parent, a window, within its screen each time it is shown."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Before the dialog's own show event, which centres it on its parent at this size.
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched is self.parent()
        ):
            self.apply(watched)
        return False

    @staticmethod
    def apply(window: QWidget) -> None:
        # Rows added since the layouts last measured (before their widgets showed) count too.
        # (Their layouts keep what a box asked for until it says it changed: updateGeometry.)
        for widget in (*window.findChildren(QWidget), window):
            if (layout := widget.layout()) is not None:
                layout.invalidate()
                widget.updateGeometry()
        for body in window.findChildren(ScrollingBody):
            body.updateGeometry()
        if (layout := window.layout()) is not None:
            layout.activate()
        cap = largest_size(window).expandedTo(window.minimumSize())
        window.setMaximumSize(cap)
        # Qt opens a window at no more than two thirds of the screen; a form may take it all.
        wanted = window.size().expandedTo(window.sizeHint()).boundedTo(cap)
        if wanted != window.size():
            window.resize(wanted)
            _centre(window)  # Qt placed it for the size it had


def _centre(window: QWidget) -> None:
    """Put ``window`` (about to show) in the middle of its parent's window, on the screen."""
    area = available_geometry(window)
    parent = window.parentWidget()
    middle = parent.window().frameGeometry().center() if parent is not None else area.center()
    outer = window.size() + FRAME_ALLOWANCE  # its frame is not known before it shows
    x = min(max(middle.x() - outer.width() // 2, area.left()), area.right() + 1 - outer.width())
    y = min(max(middle.y() - outer.height() // 2, area.top()), area.bottom() + 1 - outer.height())
    window.move(max(x, area.left()), max(y, area.top()))


def fit_to_screen(window: QWidget) -> None:
    """Never let ``window`` (a dialog) be larger than its screen; it opens within it.

    A dialog that has not been given a size opens at the size its content would
    like, up to the screen's; one that has is shrunk to the screen if needed.
    """
    if window.findChild(_ScreenCap, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        _ScreenCap(window)


def scroll_when_tall(dialog: QWidget, *below: QWidget | QLayout) -> ScrollingBody:
    """Put what ``dialog`` shows into a ``ScrollingBody``, except its buttons, which stay below.

    The dialog's own layout (a vertical box) keeps the items ``below``, or
    else its last item when that is a button box or a row of buttons;
    everything else moves, in order, into the scrolling part. Then
    ``fit_to_screen``.
    """
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout):
        raise TypeError(f"{type(dialog).__name__} is not laid out in a box")
    entries = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        assert item is not None  # an index below count()
        entries.append(
            (
                item.widget(),
                item.layout(),
                item.spacerItem(),
                layout.stretch(index),
                item.alignment(),
            )
        )
    kept: set[int] = set()
    if below:
        kept = {
            index
            for index, (widget, child, _spacer, _stretch, _align) in enumerate(entries)
            if widget in below or child in below
        }
    elif entries and (isinstance(entries[-1][0], QDialogButtonBox) or entries[-1][1] is not None):
        kept = {len(entries) - 1}

    content = QWidget()
    content.setObjectName("scrollingContent")
    inner = QVBoxLayout(content)
    inner.setContentsMargins(0, 0, 0, 0)
    for index, (widget, child, spacer, stretch, alignment) in enumerate(entries):
        if index in kept:
            continue
        if widget is not None:
            layout.removeWidget(widget)
            inner.addWidget(widget, stretch, alignment)
        elif child is not None:
            layout.removeItem(child)
            inner.addLayout(child, stretch)
        elif spacer is not None:
            if spacer.expandingDirections() & Qt.Orientation.Vertical:
                inner.addStretch(stretch)
            else:
                inner.addSpacing(spacer.sizeHint().height())
            layout.removeItem(spacer)
    body = ScrollingBody(content)
    layout.insertWidget(0, body, 1)
    fit_to_screen(dialog)
    return body
