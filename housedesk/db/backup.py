"""Consistent copies of a live database, and their rotation.

A plain file copy of a database in WAL mode can miss committed pages that are
still in the ``-wal`` file, or catch a page half-written; SQLite's online
backup API reads one consistent snapshot, also while another process writes.
Every copy is written under a temporary name, checked with
``PRAGMA integrity_check``, flushed to disk and only then renamed, so a file
with a final name is always a whole, healthy database. A copy made by hand
reports its progress (pages copied, then the check) to an optional callback,
and stops, leaving nothing behind, when that callback raises.

Kinds of copies, told apart by their file names:

- ``<db>-daily-YYYYMMDD-HHMMSS.sqlite3``: the automatic copy, at most one a day,
  thinned out by ``rotate`` (see there for the exact policy);
- ``<db>-pre-upgrade-<rev>-…`` and ``<db>-pre-restore-…``: taken before a
  migration or a restore; rotation keeps the newest five of each;
- ``<db>-damaged-…``: a raw copy of a damaged database that a restore replaced;
  also the newest five;
- ``housedesk-<HOUSECODE or gemeente>-YYYYMMDD-HHMMSS.sqlite3``: made by hand
  (a USB stick, a chosen folder); never deleted by housedesk.

A database with the municipality's import history beside it
(``common.paths.history_path_for``: the files read, the exports counted, the
houses expected) is backed up with its history, as one backup of two files
with one name: ``<copy>.sqlite3`` and ``<copy>-importgeschiedenis.sqlite3``
(``history_copy_of``). Both are checked like every copy; the history is
written first and the database last, so a copy that has its final name has
its history whole beside it, and a copy cut off leaves neither. Rotation
deletes the two together; a restore puts the two back together.

Putting a copy back is ``housedesk.db.restore``'s work.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import re
import sqlite3
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import ClassVar

from housedesk.common.file_errors import FileError
from housedesk.common.paths import (
    backup_dir_for,
    fsync_dir,
    history_path_for,
    looks_like_sqlite,
    read_only_uri,
)
from housedesk.common.problems import QT_TRANSLATE_NOOP

#: How many automatic copies ``rotate`` keeps: the newest of each of the most recent
#: days, ISO weeks and calendar months that have one.
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
#: How many pre-upgrade, pre-restore and damaged copies ``rotate`` keeps, per kind.
KEEP_SAFETY = 5
#: A ``.partial`` file older than this was left by a copy that never finished.
STALE_PARTIAL_SECONDS = 3600
#: Pages copied per step of a copy that reports its progress (4 MB of 4 KB pages).
COPY_STEP_PAGES = 1024
#: SQLite virtual machine steps between two progress reports during a check.
CHECK_STEPS = 200_000

#: ``progress(done, total)``: ``done`` of ``total`` steps are done (``total`` 0: not known).
ProgressCallback = Callable[[int, int], None]

STAMP_FORMAT = "%Y%m%d-%H%M%S"
#: The end of the name of a backup's copy of the import history (instead of ``.sqlite3``).
HISTORY_SUFFIX = "-importgeschiedenis.sqlite3"


class BackupError(FileError):
    """A copy could not be made or did not verify; ``reason`` says why."""

    MISSING_SOURCE = "missing_source"
    MISSING_FOLDER = "missing_folder"
    NOT_DATABASE = "not_database"
    FOREIGN = "foreign"
    DAMAGED = "damaged"
    WRITE_FAILED = "write_failed"
    MESSAGES: ClassVar[dict[str, str]] = {
        MISSING_SOURCE: QT_TRANSLATE_NOOP("core", "{path} does not exist"),
        MISSING_FOLDER: QT_TRANSLATE_NOOP("core", "the folder {path} does not exist"),
        NOT_DATABASE: QT_TRANSLATE_NOOP("core", "{path} is not a database file"),
        FOREIGN: QT_TRANSLATE_NOOP(
            "core", "{path} is a database of another program, not of housedesk"
        ),
        DAMAGED: QT_TRANSLATE_NOOP("core", "{path} is damaged: {detail}"),
        WRITE_FAILED: QT_TRANSLATE_NOOP("core", "could not write a copy to {path}: {detail}"),
    }

    def __init__(self, reason: str, path: Path, detail: str = "") -> None:
        if reason == self.DAMAGED and not detail:
            detail = "integrity check failed"
        super().__init__(reason, path, detail)


class BackupKind(StrEnum):
    DAILY = "daily"
    MANUAL = "manual"
    PRE_UPGRADE = "pre-upgrade"
    PRE_RESTORE = "pre-restore"
    DAMAGED = "damaged"


@dataclass(frozen=True)
class BackupInfo:
    """A copy found in a backups folder, as its file name describes it."""

    path: Path
    taken_at: dt.datetime  # local time, from the file name
    kind: BackupKind
    size: int
    database: str | None  # the stem of the database it is a copy of; None for manual copies
    house_code: str | None = None  # manual copies: the house code in the name
    revision: str | None = None  # pre-upgrade copies: the schema they had
    sequence: int = 1  # 2, 3, … when several were taken within the same second


@dataclass(frozen=True)
class HistorySummary:
    """What a copy of the municipality's import history holds, read without changing it."""

    path: Path
    exports: int
    readings: int
    expected_houses: int
    last_read: dt.datetime | None  # the last time files were read (UTC), if ever
    integrity_ok: bool


@dataclass(frozen=True)
class BackupSummary:
    """What a database file holds, read without changing it."""

    path: Path
    size: int
    revision: str | None  # None: no housedesk schema in it
    house_code: str | None
    house_name: str | None
    rooms: int
    users: int
    activities: int
    bookings: int
    signals: int
    newest_booking: dt.date | None
    integrity_ok: bool
    #: The copy of the import history that belongs to a backup, when it has one.
    history: HistorySummary | None = None

    def describe(self) -> str:
        """One English line such as "schema 0001, house BERGH, 3 rooms, … 1000 sessions"."""
        house = f"house {self.house_code}" if self.house_code else "no house"
        newest = f" (newest {self.newest_booking.isoformat()})" if self.newest_booking else ""
        text = (
            f"schema {self.revision or 'none'}, {house}, {counted(self.rooms, 'room')}, "
            f"{counted(self.users, 'user')}, {counted(self.activities, 'activity', 'activities')}, "
            f"{counted(self.bookings, 'session')}{newest}, {counted(self.signals, 'signal')}"
        )
        if self.history is not None:
            history = self.history
            text += (
                f"; import history: {counted(history.exports, 'export')},"
                f" {counted(history.readings, 'file read', 'files read')},"
                f" {counted(history.expected_houses, 'expected house')}"
            )
        return text


def counted(number: int, one: str, many: str | None = None) -> str:
    """A count with its noun, "1 room" or "3 rooms", for the English one-line messages."""
    return f"{number} {one if number == 1 else (many or one + 's')}"


# --- copying ---------------------------------------------------------------------------


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection to ``path`` (any file name: the URI is escaped)."""
    return sqlite3.connect(read_only_uri(path), uri=True)


def integrity_ok(path: Path, progress: ProgressCallback | None = None) -> bool:
    """Whether SQLite finds the file at ``path`` a whole, undamaged database.

    ``progress`` is told ``(0, 0)`` (size unknown) now and then during the
    check; whatever it raises stops the check and is raised again.
    """
    try:
        con = connect_readonly(path)
    except sqlite3.Error:
        return False
    stopped: list[BaseException] = []
    if progress is not None:
        con.set_progress_handler(_interrupter(progress, stopped), CHECK_STEPS)
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error:
        if stopped:
            raise stopped[0] from None
        return False
    finally:
        con.close()
    return rows == [("ok",)]


def _interrupter(progress: ProgressCallback, stopped: list[BaseException]) -> Callable[[], int]:
    """A SQLite progress handler that interrupts the query once ``progress`` raises."""

    def handler() -> int:
        try:
            progress(0, 0)
        except BaseException as exc:  # kept, and raised again once SQLite has stopped
            stopped.append(exc)
            return 1
        return 0

    return handler


def copy_database(source: Path, target: Path, *, progress: ProgressCallback | None = None) -> Path:
    """Write a verified, consistent copy of the database ``source`` to ``target``.

    Raises ``BackupError``; a half-written copy never keeps the final name.
    ``progress(done, total)`` hears the pages copied, then ``(0, 0)`` during the
    check, and all pages done just before the rename; whatever it raises stops
    the copy, which leaves no file behind.
    """
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise BackupError(BackupError.MISSING_SOURCE, source)
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        pages = _copy_snapshot(source, partial, progress)
        if not integrity_ok(partial, progress):
            raise BackupError(BackupError.DAMAGED, source, "the copy did not pass the check")
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        if progress is not None:
            progress(pages, pages)  # the last moment to stop: nothing has its final name yet
        os.replace(partial, target)
        fsync_dir(target.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):  # e.g. the USB stick was pulled out
            partial.unlink(missing_ok=True)
        if isinstance(exc, BackupError):
            raise
        if isinstance(exc, sqlite3.DatabaseError) and not looks_like_sqlite(source):
            raise BackupError(BackupError.NOT_DATABASE, source) from exc
        if isinstance(exc, sqlite3.DatabaseError) and "malformed" in str(exc):
            raise BackupError(BackupError.DAMAGED, source, str(exc)) from exc
        if isinstance(exc, (sqlite3.Error, OSError)):
            raise BackupError(BackupError.WRITE_FAILED, target, str(exc)) from exc
        raise
    return target


def _copy_snapshot(source: Path, partial: Path, progress: ProgressCallback | None) -> int:
    """Copy one snapshot of ``source`` into the new file ``partial``; returns its pages.

    Without ``progress`` the copy is one step of SQLite's backup API. With it,
    the copy goes in steps of ``COPY_STEP_PAGES`` pages inside one read
    transaction on the source: a write by another connection between two steps
    would make SQLite start the copy over, but it cannot reach a reader's
    snapshot, so the copy is the database as it was when the transaction
    began (WAL lets the writer go on meanwhile).
    """
    src = connect_readonly(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            if progress is None:
                src.backup(dst)  # one step: one read transaction, one snapshot
            else:
                src.execute("BEGIN").close()
                src.execute("SELECT count(*) FROM sqlite_master").close()  # the snapshot
                progress(0, 0)
                src.backup(
                    dst,
                    pages=COPY_STEP_PAGES,
                    progress=lambda _status, left, total: progress(total - left, total),
                )
                src.execute("ROLLBACK").close()
            dst.execute("PRAGMA journal_mode = DELETE").close()
            return int(dst.execute("PRAGMA page_count").fetchone()[0])
        finally:
            dst.close()
    finally:
        src.close()


def history_copy_of(backup: Path) -> Path:
    """Where the copy of the import history that belongs to the copy ``backup`` is (or goes)."""
    backup = Path(backup)
    return backup.with_name(backup.name.removesuffix(".sqlite3") + HISTORY_SUFFIX)


def history_of(db_path: Path) -> Path | None:
    """The import history beside the database ``db_path``, when there is one to back up."""
    history = history_path_for(db_path)
    try:
        if history.is_file() and history.stat().st_size > 0:
            return history
    except OSError:
        pass
    return None


def copy_with_history(
    source: Path, target: Path, *, progress: ProgressCallback | None = None
) -> Path:
    """``copy_database`` of ``source`` to ``target``, and of its import history if it has one.

    The history (``history_of``) goes to ``history_copy_of(target)`` first, checked
    like the database; the database last, so the final name of ``target`` means
    both are whole. When either fails (``BackupError``, or whatever ``progress``
    raises), neither is left. ``progress`` hears the database's copy.
    """
    source, target = Path(source), Path(target)
    history = history_of(source)
    companion = history_copy_of(target)
    if history is not None:
        copy_database(history, companion)
    try:
        copy_database(source, target, progress=progress)
    except BaseException:
        if history is not None:
            with contextlib.suppress(OSError):
                companion.unlink(missing_ok=True)
        raise
    return target


def timestamped_name(db_path: Path, label: str, now: dt.datetime | None = None) -> str:
    """A backup file name such as ``housedesk-pre-migration-20261125-170600.sqlite3``."""
    stamp = (now or dt.datetime.now()).strftime(STAMP_FORMAT)
    return f"{Path(db_path).stem}-{label}-{stamp}.sqlite3"


def free_name(folder: Path, name: str) -> str:
    """``name``, or ``…-2.sqlite3``, ``…-3.sqlite3`` if a copy of that second exists."""
    stem, suffix = name.removesuffix(".sqlite3"), ".sqlite3"
    candidate, number = name, 1
    while (folder / candidate).exists():
        number += 1
        candidate = f"{stem}-{number}{suffix}"
    return candidate


def automatic_backup(
    db_path: Path, backup_dir: Path | None = None, now: dt.datetime | None = None
) -> Path | None:
    """Take today's automatic copy and ``rotate``; ``None`` if there is one already today.

    Also ``None`` when there is no database yet. Raises ``BackupError`` (e.g. the
    database is damaged: then no copy is written and nothing is rotated away).
    """
    db_path = Path(db_path)
    now = now or dt.datetime.now()
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    backup_dir = Path(backup_dir) if backup_dir else backup_dir_for(db_path)
    for info in list_backups(backup_dir):
        if (
            info.kind is BackupKind.DAILY
            and info.database == db_path.stem
            and info.taken_at.date() == now.date()
        ):
            return None
    target = copy_with_history(db_path, backup_dir / timestamped_name(db_path, "daily", now))
    rotate(backup_dir, now)
    return target


def manual_backup(
    db_path: Path,
    target_dir: Path,
    now: dt.datetime | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> Path:
    """A verified copy in ``target_dir`` (a folder, a USB stick); returns its path.

    Named ``housedesk-<HOUSECODE>-YYYYMMDD-HHMMSS.sqlite3`` (``gemeente`` for the
    municipality's database), with the import history beside it when the
    database has one (``copy_with_history``). The folder must exist. ``progress``
    as for ``copy_database``: what it raises stops the copy and leaves nothing behind.
    """
    db_path, target_dir = Path(db_path), Path(target_dir)
    if not target_dir.is_dir():
        raise BackupError(BackupError.MISSING_FOLDER, target_dir)
    if not db_path.is_file():
        raise BackupError(BackupError.MISSING_SOURCE, db_path)
    remove_stale_partials(target_dir)  # a copy to this stick that was cut off last time
    code = house_code_of(db_path) or "gemeente"
    stamp = (now or dt.datetime.now()).strftime(STAMP_FORMAT)
    name = free_name(target_dir, f"housedesk-{code}-{stamp}.sqlite3")
    return copy_with_history(db_path, target_dir / name, progress=progress)


def house_code_of(db_path: Path) -> str | None:
    """The house code stored in a database file, read-only; ``None`` if it cannot be read."""
    try:
        con = connect_readonly(db_path)
        try:
            row = con.execute("SELECT code FROM house WHERE id = 1").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    code = row[0] if row else None
    return code if isinstance(code, str) and re.fullmatch(r"[A-Z0-9-]{2,12}", code) else None


# --- finding and rotating copies -----------------------------------------------------------

_LABELLED = re.compile(
    r"(?P<db>.+?)-(?P<label>daily|pre-upgrade-(?P<rev>[^-]+)|pre-restore|damaged)"
    r"-(?P<stamp>\d{8}-\d{6})(?:-(?P<seq>\d+))?\.sqlite3"
)
_MANUAL = re.compile(
    r"housedesk-(?P<code>[A-Z0-9-]{2,12}|gemeente)-(?P<stamp>\d{8}-\d{6})(?:-(?P<seq>\d+))?"
    r"\.sqlite3"
)


def parse_backup_name(path: Path) -> BackupInfo | None:
    """The ``BackupInfo`` of a file named like one of our copies, else ``None``."""
    name = Path(path).name
    manual = _MANUAL.fullmatch(name)
    labelled = None if manual else _LABELLED.fullmatch(name)
    match = manual or labelled
    if match is None:
        return None
    try:
        taken_at = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
        size = Path(path).stat().st_size
    except (ValueError, OSError):
        return None
    sequence = int(match["seq"] or 1)
    if manual:
        return BackupInfo(
            Path(path), taken_at, BackupKind.MANUAL, size, None, manual["code"], None, sequence
        )
    assert labelled is not None
    label = labelled["label"]
    kind = BackupKind.PRE_UPGRADE if label.startswith("pre-upgrade-") else BackupKind(label)
    return BackupInfo(
        Path(path), taken_at, kind, size, labelled["db"], None, labelled["rev"], sequence
    )


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Every copy in ``backup_dir`` (other files are ignored), newest first."""
    try:
        entries = list(Path(backup_dir).iterdir())
    except OSError:
        return []
    found = [info for entry in entries if entry.is_file() and (info := parse_backup_name(entry))]
    return sorted(found, key=lambda info: (info.taken_at, info.sequence), reverse=True)


def backups_to_keep(backups: list[BackupInfo], now: dt.datetime) -> set[Path]:
    """The copies ``rotate`` keeps out of ``backups`` (see ``rotate`` for the policy)."""
    keep: set[Path] = set()
    groups: dict[tuple[str | None, BackupKind], list[BackupInfo]] = {}
    for info in sorted(backups, key=lambda b: (b.taken_at, b.sequence), reverse=True):
        if info.kind is BackupKind.MANUAL or info.taken_at > now:
            keep.add(info.path)
        else:
            groups.setdefault((info.database, info.kind), []).append(info)
    for (_database, kind), newest_first in groups.items():
        if kind is not BackupKind.DAILY:
            keep.update(info.path for info in newest_first[:KEEP_SAFETY])
            continue
        periods: tuple[tuple[Callable[[dt.datetime], Hashable], int], ...] = (
            (lambda t: t.date(), KEEP_DAILY),
            (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
            (lambda t: (t.year, t.month), KEEP_MONTHLY),
        )
        for period_of, limit in periods:
            seen: set[Hashable] = set()
            for info in newest_first:
                period = period_of(info.taken_at)
                if period in seen:
                    continue
                if len(seen) == limit:
                    break
                seen.add(period)
                keep.add(info.path)  # the newest copy of this period
    return keep


def rotate(backup_dir: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the copies the policy no longer needs; returns what was deleted.

    The policy, per database (the part of the name before the label), with times
    read from the file names:

    - daily copies: a copy is kept if it is the newest copy of its calendar day
      and that day is one of the 7 most recent days that have a copy; or the
      newest of its ISO week (Monday to Sunday), that week being one of the 4
      most recent weeks with a copy; or the newest of its calendar month, that
      month being one of the 12 most recent months with a copy. All other daily
      copies are deleted. Counting days with a copy, not days on the calendar,
      means a PC that stayed off for a month does not lose its history.
    - pre-upgrade, pre-restore and damaged copies: the newest 5 of each kind.
    - manual copies (``housedesk-<CODE>-…``), files that are not ours, and copies
      stamped later than ``now`` (a clock that was wrong) are never deleted.

    Also removes ``.partial`` files that copies left behind over an hour ago.
    """
    backup_dir = Path(backup_dir)
    now = now or dt.datetime.now()
    backups = list_backups(backup_dir)
    keep = backups_to_keep(backups, now)
    removed: list[Path] = []
    for info in backups:
        if info.path in keep:
            continue
        companions = [info.path.with_name(info.path.name + "-wal"), history_copy_of(info.path)]
        for path in [info.path, *companions]:
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError:
                continue  # in use or read-only: try again at the next rotation
            if path == info.path:
                removed.append(path)
    remove_stale_partials(backup_dir)
    # The folder is not flushed: a removal lost to a power cut only keeps an old copy.
    return removed


def remove_stale_partials(folder: Path) -> None:
    """Remove the ``.partial`` files that copies cut off over an hour ago left in ``folder``."""
    for partial in Path(folder).glob("*.sqlite3.partial"):
        try:
            if time.time() - partial.stat().st_mtime > STALE_PARTIAL_SECONDS:
                partial.unlink()
        except OSError:
            pass


# --- what is in a copy ---------------------------------------------------------------------


def describe_database(path: Path) -> BackupSummary:
    """What the database file ``path`` holds (a copy or the live database), read-only.

    Raises ``BackupError`` with ``MISSING_SOURCE``, ``NOT_DATABASE``, ``FOREIGN``
    or ``DAMAGED`` (when it cannot even be counted).
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(BackupError.MISSING_SOURCE, path)
    if not looks_like_sqlite(path) and path.stat().st_size > 0:
        raise BackupError(BackupError.NOT_DATABASE, path)
    healthy = integrity_ok(path)
    try:
        con = connect_readonly(path)
    except sqlite3.Error as exc:
        raise BackupError(BackupError.DAMAGED, path, str(exc)) from exc
    try:
        tables = {
            row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        own = {table for table in tables if not table.startswith("sqlite_")}
        if "alembic_version" not in tables and own:
            raise BackupError(BackupError.FOREIGN, path)

        def count(table: str) -> int:
            if table not in tables:
                return 0
            rows: int = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            return rows

        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        house = (
            con.execute("SELECT code, name FROM house WHERE id = 1").fetchone()
            if "house" in tables
            else None
        )
        newest = (
            con.execute("SELECT max(date) FROM bookings").fetchone()[0]
            if "bookings" in tables
            else None
        )
        return BackupSummary(
            path=path,
            size=path.stat().st_size,
            revision=revision,
            house_code=house[0] if house else None,
            house_name=house[1] if house else None,
            rooms=count("rooms"),
            users=count("users"),
            activities=count("activities"),
            bookings=count("bookings"),
            signals=count("signals"),
            newest_booking=dt.date.fromisoformat(newest) if newest else None,
            integrity_ok=healthy,
        )
    except sqlite3.Error as exc:
        if not looks_like_sqlite(path):
            raise BackupError(BackupError.NOT_DATABASE, path) from exc
        raise BackupError(BackupError.DAMAGED, path, str(exc)) from exc
    finally:
        con.close()


def describe_backup(path: Path) -> BackupSummary:
    """What a copy holds: schema, house, counts, newest session, integrity (read-only), and
    what its copy of the import history holds, if it has one."""
    summary = describe_database(path)
    history = history_copy_of(path)
    if history.is_file():
        summary = dataclasses.replace(summary, history=describe_history(history))
    return summary


def describe_history(path: Path) -> HistorySummary:
    """What a copy of the import history holds (read-only); ``BackupError`` when it is none.

    The history's tables are ``exchange.imports``'s; only their rows are counted here.
    """
    path = Path(path)
    if not looks_like_sqlite(path):
        raise BackupError(BackupError.NOT_DATABASE, path)
    healthy = integrity_ok(path)
    try:
        con = connect_readonly(path)
        try:
            tables = {
                row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not {"exports", "readings", "expected_houses"} <= tables or "alembic_version" in (
                tables
            ):
                raise BackupError(BackupError.FOREIGN, path)
            exports, readings, expected, last = con.execute(
                "SELECT (SELECT count(*) FROM exports), (SELECT count(*) FROM readings),"
                " (SELECT count(*) FROM expected_houses), (SELECT max(read_at) FROM readings)"
            ).fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise BackupError(BackupError.DAMAGED, path, str(exc)) from exc
    try:
        last_read = dt.datetime.fromisoformat(last) if isinstance(last, str) else None
    except ValueError:
        last_read = None
    return HistorySummary(path, exports, readings, expected, last_read, healthy)
