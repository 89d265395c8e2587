"""Where housedesk keeps its files, with environment overrides (used by the tests).

- ``HOUSEDESK_DB``: the database file (the ``--db`` option wins over it).
- ``HOUSEDESK_HOME``: the data folder (database, backups, logs) instead of the
  platform's per-user data folder.

The municipality's import history lives beside the database (``history_path_for``).

Also what a path is, asked the same way everywhere: whether a database there
can be written, the escaped URI to read it, whether a file is an SQLite file,
and making a rename in a folder durable.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "housedesk"
DB_FILENAME = "housedesk.sqlite3"
#: The municipality's import history (``exchange.imports``), beside the database it belongs to.
HISTORY_FILENAME = "gemeente.sqlite3"


def data_dir() -> Path:
    """The folder for the database, backups and logs (not created here)."""
    override = os.environ.get("HOUSEDESK_HOME")
    if override:
        return Path(override).expanduser()
    return user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    """The database to open when no ``--db`` is given."""
    override = os.environ.get("HOUSEDESK_DB")
    if override:
        return Path(override).expanduser()
    return data_dir() / DB_FILENAME


def history_path_for(db_path: Path) -> Path:
    """The import history that belongs to the database at ``db_path``: in the same folder.

    The municipality's PC keeps the two side by side, and a backup of the
    database takes the history with it. A database that is itself called
    ``gemeente.sqlite3`` gets ``gemeente-importgeschiedenis.sqlite3``, so the
    two are never one file.
    """
    db_path = Path(db_path).resolve()
    if db_path.name == HISTORY_FILENAME:
        return db_path.with_name(f"{db_path.stem}-importgeschiedenis.sqlite3")
    return db_path.parent / HISTORY_FILENAME


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit in a ``backups`` folder next to the database they belong to."""
    return db_path.resolve().parent / "backups"


def read_only_uri(path: Path) -> str:
    """The SQLite URI that opens ``path`` read-only, whatever its name holds.

    A plain ``f"file:{path}"`` breaks on ``#``, ``?``, ``%`` and spaces (SQLite
    takes them as the URI's fragment, query or escapes, and may open or create
    another file); ``Path.as_uri`` escapes them. On a read-only folder or medium
    SQLite cannot make the shared-memory file a WAL database needs, so the file
    is opened as immutable there: nobody can be writing it through this folder.
    """
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    return uri + "&immutable=1" if is_read_only(path) else uri


def is_read_only(path: Path) -> bool:
    """Whether the database at ``path`` cannot be written: its folder or the file is read-only."""
    path = Path(path)
    folder_writable = os.access(path.parent, os.W_OK)
    file_writable = not path.exists() or os.access(path, os.W_OK)
    return not (folder_writable and file_writable)


#: ``fsync`` of a folder on a file system that cannot flush one (some network and FUSE
#: file systems): the rename stands, as SQLite lets it be too.
_CANNOT_FLUSH_FOLDER = {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP}


def folders_can_be_flushed() -> bool:
    """Whether a folder can be opened to flush it: everywhere but Windows, where opening
    a folder as a file fails (and ``os.replace`` has no way to ask for it)."""
    return os.name != "nt"


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable: flush the folder to the disk.

    Skipped on Windows, which cannot do it, and nowhere else: elsewhere the folder
    is always opened and flushed, and a failure (the folder gone, an I/O error) is
    raised, except from a file system that cannot flush a folder at all.
    """
    if not folders_can_be_flushed():
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _CANNOT_FLUSH_FOLDER:
            raise
    finally:
        os.close(fd)


SQLITE_HEADER = b"SQLite format 3\x00"


def looks_like_sqlite(path: Path) -> bool:
    """Whether the file starts with SQLite's header (damaged or not)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False
