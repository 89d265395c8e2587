"""Is the database whole? Checks for start-up and on demand, and the newest good copy.

``quick_check`` is cheap enough for every start (``PRAGMA quick_check``: the
structure of every page, not the indexes' contents). ``full_check`` is the
thorough one (``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check``). Both
read through a read-only connection and never change the file. When a database
is damaged, ``newest_good_backup`` finds the copy to offer for a restore.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from housedesk.common.paths import looks_like_sqlite
from housedesk.db.backup import (
    BackupKind,
    connect_readonly,
    house_code_of,
    list_backups,
)
from housedesk.db.restore import RestoreError, check_restorable

#: No one reads more than this many problems; SQLite's own limit for integrity_check is 100.
MAX_MESSAGES = 100


@dataclass(frozen=True)
class CheckResult:
    """The outcome of a check: ``ok``, or what SQLite found wrong (English, one per line)."""

    path: Path
    ok: bool
    messages: tuple[str, ...]
    thorough: bool  # full_check (integrity and foreign keys) rather than quick_check
    exists: bool = True  # False: there is no database yet (a first start), which is ok

    def describe(self) -> str:
        """One English line: "healthy" or the first problem and how many more there are."""
        if self.ok:
            return "healthy" if self.exists else "no database yet"
        more = len(self.messages) - 1
        return self.messages[0] + (f" (and {more} more problems)" if more > 0 else "")


def quick_check(db_path: Path) -> CheckResult:
    """``PRAGMA quick_check`` on ``db_path``, for every start-up; a missing file is ok."""
    return _check(Path(db_path), thorough=False)


def full_check(db_path: Path) -> CheckResult:
    """``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` on ``db_path``."""
    return _check(Path(db_path), thorough=True)


def _check(path: Path, *, thorough: bool) -> CheckResult:
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return CheckResult(path, True, (), thorough, exists=False)
    if not looks_like_sqlite(path):
        return CheckResult(path, False, ("the file is not a database",), thorough)
    try:
        con = connect_readonly(path)
    except sqlite3.Error as exc:
        return CheckResult(path, False, (f"cannot be opened: {exc}",), thorough)
    messages: list[str] = []
    try:
        pragma = "integrity_check" if thorough else "quick_check"
        rows = con.execute(f"PRAGMA {pragma}({MAX_MESSAGES})").fetchall()
        messages = [row[0] for row in rows if row != ("ok",)]
        if thorough and not messages:
            for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check"):
                messages.append(f"{table} row {rowid} refers to a missing row of {parent}")
                if len(messages) >= MAX_MESSAGES:
                    break
    except sqlite3.Error as exc:
        messages.append(str(exc))
    finally:
        con.close()
    return CheckResult(path, not messages, tuple(messages), thorough)


def house_of(db_path: Path, backup_dir: Path) -> str | None:
    """The house code of the database at ``db_path``, also when it is damaged.

    Read from the file when its ``house`` table still reads; otherwise from the
    newest automatic copy of this database in ``backup_dir``.
    """
    code = house_code_of(db_path)
    if code is not None:
        return code
    for info in list_backups(backup_dir):
        if info.database == Path(db_path).stem and info.kind is not BackupKind.DAMAGED:
            code = house_code_of(info.path)
            if code is not None:
                return code
    return None


def newest_good_backup(backup_dir: Path, of: Path | None = None) -> Path | None:
    """The newest copy in ``backup_dir`` that ``restore_backup`` would accept, or ``None``.

    Copies are tried newest first (each with a full integrity check) until one
    passes. With ``of`` (the database the copy would replace), only copies of
    that house count: a copy of another house (a USB stick's backup dropped
    into the folder) is never offered in its place. When the house of ``of``
    cannot be told, only its own automatic copies (named after it) count.
    """
    house = house_of(of, backup_dir) if of is not None else None
    for info in list_backups(backup_dir):
        if info.kind is BackupKind.DAMAGED:
            continue
        if of is not None and house is None and info.database != Path(of).stem:
            continue
        try:
            summary = check_restorable(info.path)
        except RestoreError:
            continue
        if house is not None and summary.house_code != house:
            continue
        return info.path
    return None
