"""The floor for start-up and memory: a bare PySide6 script that shows an empty QMainWindow.

    python bench/floor_window.py REPORT.json

Writes the wall-clock time of its first paint to REPORT.json (as the app's
probe does, ``bench/probe_app.py``) and quits.
"""

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
            self.seen = True
            QTimer.singleShot(0, self.report)  # after the paint pass, as the app measures
        return False

    def report(self) -> None:
        with open(sys.argv[1], "w", encoding="utf-8") as file:
            json.dump({"first_paint": time.time()}, file)
        QApplication.instance().quit()


app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1180, 760)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
