"""Other processes for the tests: housedesk's command line run as a person runs it, and
another housedesk holding a database's lock.

The environment passes on to the processes; the suite's conftest has already pointed
``HOUSEDESK_HOME`` at the test's own data folder.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import housedesk
from housedesk import __main__ as entry

#: The folder that holds the housedesk package under test.
SOURCE = Path(housedesk.__file__).parent.parent

#: A program that takes the lock of the database named on its command line and keeps it.
LOCK_HOLDER = """
import sys, time
from pathlib import Path
from housedesk.db.lock import DatabaseLock
DatabaseLock(Path(sys.argv[1])).acquire()
print("ready", flush=True)
time.sleep(120)
"""


def run_housedesk(
    *args: str,
    stdin: str = "",
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    qt_platform: str | None = "offscreen",
) -> subprocess.CompletedProcess[str]:
    """``python -m housedesk *args`` in a process of its own, its output as text.

    It imports the housedesk under test, wherever ``cwd`` has it run. ``stdin`` is what
    is typed; ``env`` adds to the environment. ``qt_platform`` ``None`` leaves it no
    screen at all, as on a Linux server: no ``QT_QPA_PLATFORM`` and no ``DISPLAY``
    (Windows always has a screen: there it gets the real one).
    """
    environment = {**os.environ, **(env or {})}
    if qt_platform is None:
        environment.pop("QT_QPA_PLATFORM", None)
        environment.pop("DISPLAY", None)
    else:
        environment["QT_QPA_PLATFORM"] = qt_platform
    environment["PYTHONPATH"] = os.pathsep.join(
        path for path in (str(SOURCE), environment.get("PYTHONPATH")) if path
    )
    return subprocess.run(
        [sys.executable, "-m", "housedesk", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=cwd,
        timeout=120,
        env=environment,
    )


def run_here(
    *args: str, capsys: pytest.CaptureFixture[str], stdin: str = ""
) -> tuple[int, str, str]:
    """The same entry point in this process, for the variants (the main paths use
    ``run_housedesk``): its exit status, output and errors."""
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        status = entry.main(list(args))
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    finally:
        sys.stdin = old_stdin
    out, err = capsys.readouterr()
    return status, out, err


def start_lock_holder(db_path: Path) -> subprocess.Popen[str]:
    """Another process that takes the lock of ``db_path`` and keeps it; stop it with
    ``kill_hard``."""
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "ready"
    return holder


def kill_hard(process: subprocess.Popen[str]) -> None:
    """Kill the process as a crash or a power cut would, with no clean-up of its own
    (``Popen.kill``: SIGKILL on POSIX, TerminateProcess on Windows)."""
    process.kill()
    process.wait(timeout=10)
    if process.stdout:
        process.stdout.close()
