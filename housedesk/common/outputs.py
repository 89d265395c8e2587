"""Writing an output file (a workbook, a report, a calendar) so that nothing else is harmed.

Every file housedesk writes for a person goes through here:

- ``check_target`` refuses a target that would destroy data: the database
  itself, its ``-wal``, ``-shm`` or ``.lock`` file, any SQLite file (a backup,
  another program's database), a folder, or a file of another kind than the
  output (its extension), or a name Windows cannot hold (``CON``, ``NUL``,
  ``COM1``, ``aux.pdf``; ``:``, ``?``, ``*``; a final dot or space): refused on
  every system, because outputs travel to the municipality's Windows PCs and on
  USB sticks; an existing file of the right kind is replaced only when the
  person said so (``--force``, or the window's save dialog);
- ``write_atomically`` writes into a temporary file beside the target whose
  name housedesk recognises, flushes it to the disk, checks it (a PDF ends with
  its trailer, a workbook is a whole zip) and only then renames it over the
  target: a full disk or a crash never leaves half a file under the final name.
  The temporary file is created here with the usual permissions (``0666``
  less the umask), so an output is as readable as any file the person saves,
  whoever writes into it (``tempfile.mkstemp`` would make it private, 0600,
  and colleagues on a shared folder could not open it);
- ``remove_leftovers`` clears the temporary files a killed process left behind.
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import ClassVar

from housedesk.common.file_errors import FileError
from housedesk.common.paths import fsync_dir, looks_like_sqlite
from housedesk.common.problems import QT_TRANSLATE_NOOP

#: The mark in the name of every temporary output file: ``.NAME.housedesk-tmp-RANDOM``.
TEMPORARY_MARK = ".housedesk-tmp-"
#: Leftovers younger than this may belong to a write still running in another process.
LEFTOVER_AGE_SECONDS = 3600


class OutputError(FileError):
    """An output file was not written; nothing under its name has changed."""

    WRONG_KIND = "wrong_kind"
    IS_FOLDER = "is_folder"
    MISSING_FOLDER = "missing_folder"
    IS_DATABASE = "is_database"
    EXISTS = "exists"
    WRITE_FAILED = "write_failed"
    INCOMPLETE = "incomplete"
    BAD_NAME = "bad_name"
    MESSAGES: ClassVar[dict[str, str]] = {
        WRONG_KIND: QT_TRANSLATE_NOOP(
            "core", "{path} is not a {detail} file: give a name ending in {detail}"
        ),
        IS_FOLDER: QT_TRANSLATE_NOOP("core", "{path} is a folder: give the name of the file"),
        MISSING_FOLDER: QT_TRANSLATE_NOOP("core", "the folder {folder} does not exist"),
        IS_DATABASE: QT_TRANSLATE_NOOP(
            "core", "{path} is a database or belongs to one; housedesk never writes over it"
        ),
        EXISTS: QT_TRANSLATE_NOOP(
            "core", "{path} already exists; choose another name, or replace it (--force)"
        ),
        WRITE_FAILED: QT_TRANSLATE_NOOP("core", "cannot write {path}: {detail}"),
        INCOMPLETE: QT_TRANSLATE_NOOP(
            "core", "{path} was not written: the file came out incomplete ({detail})"
        ),
        BAD_NAME: QT_TRANSLATE_NOOP(
            "core",
            "{path} cannot be the name of a file on Windows (names such as CON, PRN, AUX, NUL, "
            "COM1 and LPT1 are taken, and a name may not hold < > : | ? * or end in a dot or a "
            "space); choose another name",
        ),
    }


#: The names Windows keeps for devices, with or without an extension (``nul.pdf`` too).
_WINDOWS_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{port}{n}" for port in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")]
)
_NOT_IN_WINDOWS_NAMES = frozenset('<>:"/\\|?*') | frozenset(map(chr, range(32)))


def windows_can_name(name: str) -> bool:
    """Whether Windows can hold a file called ``name``: not a device name (before the first
    dot, trailing spaces ignored), none of the characters it refuses, no final dot or space."""
    if not name or name.endswith((".", " ")) or any(c in _NOT_IN_WINDOWS_NAMES for c in name):
        return False
    return name.split(".", 1)[0].rstrip(" ").upper() not in _WINDOWS_DEVICES


def _belongs_to(target: Path, database: Path) -> bool:
    """Whether ``target`` is ``database`` or a file SQLite or housedesk keeps beside it."""
    database = Path(database)
    companions = [database] + [
        database.with_name(database.name + suffix)
        for suffix in ("-wal", "-shm", "-journal", ".lock")
    ]
    for companion in companions:
        if target.resolve() == companion.resolve():
            return True
        with contextlib.suppress(OSError):
            if target.exists() and companion.exists() and os.path.samefile(target, companion):
                return True
    return False


def check_target(
    target: Path, suffix: str, *, replace: bool = False, databases: Iterable[Path] = ()
) -> Path:
    """``target`` as the output to write, or ``OutputError`` saying why not (nothing written)."""
    target = Path(target).absolute()
    if target.is_dir():
        raise OutputError(OutputError.IS_FOLDER, target)
    if not windows_can_name(target.name):
        raise OutputError(OutputError.BAD_NAME, target)
    if not target.parent.is_dir():
        raise OutputError(OutputError.MISSING_FOLDER, target)
    if any(_belongs_to(target, database) for database in databases) or looks_like_sqlite(target):
        raise OutputError(OutputError.IS_DATABASE, target)
    if target.suffix.lower() != suffix.lower():
        raise OutputError(OutputError.WRONG_KIND, target, suffix)
    if (target.exists() or target.is_symlink()) and not replace:
        raise OutputError(OutputError.EXISTS, target)
    return target


#: How much of the target's name its temporary name repeats: enough to tell whose it
#: is, short enough that a long name's temporary name stays within the 255 characters
#: a name may have (and a path within Windows' 260, where the target's is).
TEMPORARY_NAME_PART = 40


def temporary_for(target: Path) -> Path:
    """A new temporary name beside ``target`` that ``remove_leftovers`` recognises."""
    part = target.name[:TEMPORARY_NAME_PART]
    return target.with_name(f".{part}{TEMPORARY_MARK}{uuid.uuid4().hex[:12]}")


def pdf_is_whole(path: Path) -> None:
    """Raise ``ValueError`` unless ``path`` is a PDF that ends with its trailer."""
    with open(path, "rb") as file:
        head = file.read(5)
        file.seek(max(0, path.stat().st_size - 1024))
        tail = file.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise ValueError("no PDF trailer")


def workbook_is_whole(path: Path) -> None:
    """Raise ``ValueError`` unless ``path`` is a whole .xlsx package (a zip with its parts)."""
    try:
        with zipfile.ZipFile(path) as package:
            if "[Content_Types].xml" not in package.namelist():
                raise ValueError("no [Content_Types].xml")
            broken = package.testzip()
    except zipfile.BadZipFile as exc:
        raise ValueError(str(exc)) from exc
    if broken is not None:
        raise ValueError(f"damaged part {broken}")


#: A new file only (never through a link or over another file), binary on Windows.
_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def write_atomically(
    target: Path,
    write: Callable[[Path], object],
    check: Callable[[Path], None] | None = None,
) -> Path:
    """Write ``target`` through a temporary file: ``write(temporary)``, flush, check, rename.

    The temporary file exists (empty, mode ``0666`` less the umask) when
    ``write`` is called; ``write`` opens it by name and replaces its content.
    A name Windows cannot hold is refused first (``BAD_NAME``), as ``check_target`` does.
    Any failure removes the temporary file and leaves ``target`` as it was: an
    ``OSError`` (a full disk, no permission) and a failed check become an
    ``OutputError``; anything else (a cancel) goes to the caller as it is.
    """
    target = Path(target)
    if not windows_can_name(target.name):
        raise OutputError(OutputError.BAD_NAME, target)
    temporary = temporary_for(target)
    try:
        # Created before ``write`` opens it: a file opened for writing keeps its mode.
        os.close(os.open(temporary, _CREATE_FLAGS, 0o666))
        write(temporary)
        with open(temporary, "rb+") as file:
            os.fsync(file.fileno())
        if check is not None:
            try:
                check(temporary)
            except ValueError as exc:
                raise OutputError(OutputError.INCOMPLETE, target, str(exc)) from exc
        os.replace(temporary, target)
        fsync_dir(target.parent)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise OutputError(OutputError.WRITE_FAILED, target, exc.strerror or str(exc)) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def remove_leftovers(folder: Path, *, older_than: float = LEFTOVER_AGE_SECONDS) -> list[Path]:
    """Remove the temporary output files a killed write left in ``folder``; the ones removed."""
    removed: list[Path] = []
    limit = time.time() - older_than
    with contextlib.suppress(OSError):
        for path in Path(folder).iterdir():
            if TEMPORARY_MARK not in path.name or not path.name.startswith("."):
                continue
            with contextlib.suppress(OSError):
                if path.is_file() and not path.is_symlink() and path.stat().st_mtime < limit:
                    path.unlink()
                    removed.append(path)
    return removed
