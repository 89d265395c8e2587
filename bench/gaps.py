"""How long the event loop was blocked: the longest gap between the ticks of a 10 ms timer.

Shared by bench/responsive.py (during export, backup, report, aggregation) and
bench/probe_app.py (while the ORM loads after the first paint).
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer

#: The timer's interval: a gap much longer than this is time the event loop was busy.
TICK_MS = 10


class GapMeter:
    """Ticks every ``TICK_MS`` on the GUI thread and remembers the longest gap between ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def stop(self) -> float:
        """The longest gap in milliseconds, the time since the last tick included."""
        self._tick()
        self.timer.stop()
        return self.longest * 1000

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
