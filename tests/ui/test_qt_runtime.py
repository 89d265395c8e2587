"""Guards against the PySide6 6.12.0 / Python 3.11 crash: void Qt calls must not eat None.

On that combination every call of a Qt method that returns nothing drops a
reference to ``None`` too many, and after a few thousand calls the process dies
with ``Fatal Python error: none_dealloc``. pyproject.toml pins PySide6 below
6.12 on Python 3.11; these tests fail if that ever stops working.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import PySide6
import pytest

CALLS = 50_000

PROBE = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel()
    obj = QObject()
    timer = QTimer()
    before = sys.getrefcount(None)
    for i in range({CALLS}):
        obj.setObjectName("x")        # void methods, three kinds of object
        label.setText("telling")
        timer.setInterval(i % 100)
    after = sys.getrefcount(None)
    print(before, after)
    """
)


def test_tens_of_thousands_of_void_qt_calls_survive() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    before, after = map(int, result.stdout.split())
    # Immortal on 3.12+; on 3.11 a leak of one reference per call would show as a drop.
    assert after >= before - 100


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="the crash needs Python 3.11")
def test_the_pin_keeps_pyside6_6_12_off_python_3_11() -> None:
    version = tuple(int(part) for part in PySide6.__version__.split(".")[:2])
    assert version < (6, 12), f"PySide6 {PySide6.__version__} crashes on Python 3.11"
