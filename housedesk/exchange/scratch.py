"""openpyxl's scratch files in a folder of housedesk's own, removed after every write and
after a killed one.

A write-only workbook streams each sheet through a scratch file that openpyxl
creates in the system's temporary folder and removes when the workbook is
saved (or at the interpreter's exit). A process killed in the middle leaves
them there for ever, each as large as its sheet. ``scratch_files()`` puts them
in ``<temp>/housedesk-scratch/<pid>-<random>/`` instead and removes that
folder when the write ends, whatever the outcome; ``remove_stale`` removes the
folders of processes that no longer run (on Windows, folders untouched for an
hour: there ``os.kill(pid, 0)`` is no check but sends Ctrl+C, signal 0 being
``CTRL_C_EVENT``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path

from openpyxl.worksheet import _writer

#: On Windows, a scratch folder untouched this long was left by a write that ended: no
#: export takes an hour, and the folder changes with every sheet it begins.
STALE_AFTER_SECONDS = 3600

_folder: ContextVar[Path | None] = ContextVar("housedesk_scratch_folder", default=None)
_openpyxls_own = _writer.create_temporary_file


def scratch_root() -> Path:
    return Path(tempfile.gettempdir()) / "housedesk-scratch"


def _create_temporary_file(suffix: str = "") -> str:
    """openpyxl's ``create_temporary_file``, in the current write's own folder if there is one."""
    folder = _folder.get()
    if folder is None:
        return _openpyxls_own(suffix)
    handle, name = tempfile.mkstemp(suffix=suffix, prefix="openpyxl.", dir=folder)
    os.close(handle)
    _writer.ALL_TEMP_FILES.append(name)
    return name


_writer.create_temporary_file = _create_temporary_file


def _alive(pid: int) -> bool:
    """Whether the process ``pid`` runs (POSIX: signal 0 checks without sending anything)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or no way to tell: leave it be
    return True


def _stale(folder: Path) -> bool:
    """Whether ``folder`` (``<pid>-<random>``) was left by a write that no longer runs."""
    pid_text = folder.name.split("-", 1)[0]
    if not (pid_text.isdigit() and folder.is_dir()):
        return False
    if sys.platform == "win32":
        return time.time() - folder.stat().st_mtime > STALE_AFTER_SECONDS
    return not _alive(int(pid_text))


def remove_stale() -> list[Path]:
    """Remove the scratch folders of processes that ended without removing them."""
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for folder in scratch_root().iterdir():
            with contextlib.suppress(OSError):
                if _stale(folder):
                    shutil.rmtree(folder, ignore_errors=True)
                    removed.append(folder)
    return removed


@contextlib.contextmanager
def scratch_files() -> Iterator[Path]:
    """Route openpyxl's scratch files of this thread's writes into a folder removed at the end."""
    remove_stale()
    folder = scratch_root() / f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
    folder.mkdir(parents=True, exist_ok=True)
    token = _folder.set(folder)
    try:
        yield folder
    finally:
        _folder.reset(token)
        leftovers = set(map(str, folder.glob("*")))
        _writer.ALL_TEMP_FILES[:] = [f for f in _writer.ALL_TEMP_FILES if f not in leftovers]
        shutil.rmtree(folder, ignore_errors=True)
        with contextlib.suppress(OSError):  # the last one out: not while another writes
            folder.parent.rmdir()
