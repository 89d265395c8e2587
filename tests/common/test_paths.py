"""Tests for housedesk.common.paths: the data folder, and flushing a folder after a rename."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path, PureWindowsPath

import platformdirs
import pytest

from housedesk.common import paths
from housedesk.common.paths import data_dir, default_db_path, fsync_dir
from tests.helpers.windows import needs_folder_fsync

# --- flushing a folder: skipped on Windows, done everywhere else --------------------------


@pytest.fixture
def flushed(monkeypatch: pytest.MonkeyPatch) -> list[os.stat_result]:
    """What ``os.fsync`` was called on (the status of each descriptor)."""
    calls: list[os.stat_result] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        calls.append(os.fstat(fd))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return calls


@needs_folder_fsync
def test_a_folder_is_flushed_on_posix(tmp_path: Path, flushed: list[os.stat_result]) -> None:
    fsync_dir(tmp_path)
    (status,) = flushed
    assert os.path.samestat(status, os.stat(tmp_path))


def test_on_windows_the_folder_is_not_even_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flushed: list[os.stat_result]
) -> None:
    """Windows cannot open a folder as a file; the flush is skipped, not tried and caught."""
    opened: list[object] = []
    with monkeypatch.context() as windows:
        windows.setattr(os, "name", "nt")
        windows.setattr(os, "open", lambda *args, **kwargs: opened.append(args))
        fsync_dir(tmp_path)
    assert opened == [] and flushed == []


@needs_folder_fsync
def test_on_posix_a_failure_to_flush_is_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(FileNotFoundError):
        fsync_dir(tmp_path / "gone")

    def failing(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing)
    with pytest.raises(OSError) as failed:
        fsync_dir(tmp_path)
    assert failed.value.errno == errno.EIO


def test_a_file_system_that_cannot_flush_a_folder_is_let_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unsupported(fd: int) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(os, "fsync", unsupported)
    fsync_dir(tmp_path)  # no error: some network and FUSE file systems cannot


# --- the data folder: the user's, from platformdirs; never the install folder -------------


@pytest.fixture
def frozen_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """housedesk as the installer leaves it: a frozen exe in its install folder, started
    from there (a shortcut's working folder), with no override of the data folder."""
    install = tmp_path / "Programs" / "housedesk"
    install.mkdir(parents=True)
    (install / "housedesk.exe").write_bytes(b"MZ")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(install / "housedesk.exe"))
    monkeypatch.chdir(install)
    monkeypatch.delenv("HOUSEDESK_HOME")
    # Where platformdirs looks on Linux, and on Windows for the Local AppData known folder.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", str(tmp_path / "home" / "AppData"))
    return install


def test_a_frozen_app_keeps_its_data_in_the_users_data_folder(frozen_app: Path) -> None:
    from housedesk.common import log
    from housedesk.exchange import imports

    folder = data_dir()
    assert folder == platformdirs.user_data_path("housedesk", appauthor=False)
    assert folder.is_absolute()
    assert frozen_app not in folder.parents and folder != frozen_app
    for path in (default_db_path(), log.log_path(), imports.default_path()):
        assert folder in path.parents


def test_on_windows_the_data_folder_is_the_users_local_app_data(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``%LOCALAPPDATA%\\housedesk``: per user, not roaming, no publisher folder, no version."""
    from platformdirs import windows

    folders = {
        "CSIDL_LOCAL_APPDATA": r"C:\Users\José\AppData\Local",
        "CSIDL_APPDATA": r"C:\Users\José\AppData\Roaming",
    }
    monkeypatch.setattr(windows, "get_win_folder", folders.__getitem__)
    monkeypatch.setattr(platformdirs, "PlatformDirs", windows.Windows)
    monkeypatch.delenv("HOUSEDESK_HOME")
    assert PureWindowsPath(str(data_dir())) == PureWindowsPath(
        r"C:\Users\José\AppData\Local\housedesk"
    )
    assert paths.user_data_path is platformdirs.user_data_path  # the one asked above
