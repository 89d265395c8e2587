"""The window that shows the guide: a page, its links, and Back, Contents and Close."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from housedesk.ui.help import page_path
from housedesk.ui.kit.i18n import language
from housedesk.ui.kit.screen_fit import available_geometry

STYLE = """
h1 { margin-bottom: 12px; }
h2 { margin-top: 18px; }
p, li { line-height: 130%; }
li { margin-bottom: 4px; }
td, th { padding: 4px; }
"""


class HelpWindow(QWidget):
    """The guide, beside the main window; it stays open while the volunteer works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("housedesk guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.setSearchPaths([str(page_path("index").parent)])
        # Room between the steps, for eyes that read slowly; the letters are the app's own.
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.back_button = QPushButton(self.tr("◀ &Back"))
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        contents = QPushButton(self.tr("&Contents"))
        contents.setObjectName("contentsButton")
        contents.clicked.connect(lambda: self.show_page("index"))
        close = QPushButton(self.tr("&Close"))
        close.setObjectName("closeButton")
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(contents)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        if language() != "nl":
            note = QLabel(self.tr("The guide is written in Dutch, the language of the houses."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self._place()

    def _place(self) -> None:
        # Beside the main window where there is room, else over it; never off the screen.
        area = available_geometry(self.parentWidget())
        width = min(max(area.width() // 3, 520), area.width() - 40)
        height = min(area.height() - 80, 900)
        self.resize(width, height)
        self.move(area.right() - width - 20, area.top() + 40)

    def page(self) -> str:
        """The name of the page shown (its file name without ``.html``)."""
        return self.browser.source().fileName().removesuffix(".html")

    def show_page(self, page: str) -> None:
        """Show the guide's ``page`` and bring the window forward."""
        self.browser.setSource(QUrl.fromLocalFile(str(page_path(page))))
        self.show()
        self.raise_()
        self.activateWindow()
