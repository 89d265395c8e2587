"""``housedesk --self-test``: prove, in a temporary folder, that this installation works.

Meant for a house PC after installing (the Windows installer's program, the frozen
folder, a checkout): it does what the app does at run time, each step with the
files it needs from the installation, and prints one line per step, ``ok``,
``FAILED`` or ``skipped`` (a step whose input failed before it), then a summary.
The exit status is 0 only when every step passed.

1. installation: where housedesk runs from; a frozen app loads everything from its
   own folder, never from a checkout or a virtual environment;
2. database: a database created at the first schema revision by the Alembic scripts,
   then opened as the app opens an older file: backed up, migrated to the head;
3. demo: a year of a demo house written into it;
4. export: the last quarter's exchange workbook, read back by the municipality's reader;
5. calendar: the .ics file, read back;
6. time zone: Europe/Amsterdam from the ``tzdata`` package (the only source on Windows);
7. holidays: the Dutch public holidays, with their Dutch names;
8. qt: Qt starts (off screen when asked or when there is no screen), both Dutch
   translations load, and a dialog's Cancel button says "Annuleren";
9. report: the board's PDF report;
10. window: the main window, in Dutch, shows every screen, loads the ORM in the
    background, takes the day's backup and closes, without an error;
11. cleanup: the temporary folder is removed (on Windows that fails while a file in
    it is still open).

Nothing is written outside the temporary folder, which is removed at the end: the
data folder (``HOUSEDESK_HOME``: database, backups, settings, log), the
temporary files of Python and openpyxl, and the folders Qt and fontconfig would
write their caches and settings in point into it while the test runs. A windowed
program on Windows has no output to print to: there the exit status tells.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.resources
import logging
import os
import sys
import tempfile
import time
import traceback
import zoneinfo
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

import housedesk
from housedesk.common.paths import DB_FILENAME
from housedesk.common.periods import Period, quarter_of
from housedesk.common.times import HOUSE_ZONE, local_now

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from housedesk.core.installation import HouseInfo
    from housedesk.db import Database

#: Seconds the window may take to show, load in the background and take its backup.
WINDOW_TIMEOUT = 120.0


class StepFailed(Exception):
    """The step found something wrong; the message says what."""


class Skipped(Exception):
    """The step needs what an earlier step should have made."""


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


@dataclass
class Outcome:
    step: str
    status: str  # "ok", "FAILED" or "skipped"
    detail: str

    @property
    def passed(self) -> bool:
        return self.status == "ok"

    def line(self) -> str:
        return f"{self.status:<8}{self.step:<14}{self.detail}"


@dataclass
class Context:
    """What the steps share: the folder, and what earlier steps made."""

    folder: Path
    offscreen: bool
    db: Database | None = None
    house: HouseInfo | None = None
    quarter: Period | None = None
    qapp: QApplication | None = None
    translators: list[QTranslator] = field(default_factory=list)

    @property
    def home(self) -> Path:
        return self.folder / "home"

    @property
    def db_path(self) -> Path:
        return self.home / DB_FILENAME

    def database(self) -> Database:
        if self.db is None:
            raise Skipped("no database: the database step failed")
        return self.db

    def house_info(self) -> HouseInfo:
        if self.house is None:
            raise Skipped("no demo house: the demo step failed")
        return self.house

    def application(self) -> QApplication:
        if self.qapp is None:
            raise Skipped("no Qt: the qt step failed")
        return self.qapp


# --------------------------------------------------------------------------- the steps


def frozen_folder() -> Path | None:
    """The folder of a frozen app (PyInstaller's), or None when run by a Python."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)).resolve()


def outside(paths: dict[str, Path], folder: Path) -> list[str]:
    """The names of ``paths`` that are not inside ``folder``."""
    return [name for name, path in paths.items() if not path.resolve().is_relative_to(folder)]


def step_installation(ctx: Context) -> str:
    from housedesk.db.schema import alembic_script_location

    package = Path(housedesk.__file__).resolve().parent
    scripts = alembic_script_location()
    bundle = frozen_folder()
    if bundle is None:
        expect(
            scripts.parent in (package, package.parent),
            f"the Alembic scripts are at {scripts}, not beside the package {package}",
        )
        return f"housedesk {housedesk.__version__} from {package} (Python {sys.version.split()[0]})"
    paths = {"housedesk": package, "Alembic scripts": scripts}
    paths |= {f"sys.path {entry}": Path(entry) for entry in sys.path if entry}
    strays = outside(paths, bundle)
    expect(not strays, f"loaded from outside {bundle}: {', '.join(strays)}")
    return f"housedesk {housedesk.__version__}, frozen, everything from {bundle}"


def step_database(ctx: Context) -> str:
    from alembic import command
    from alembic.script import ScriptDirectory

    from housedesk.db import open_database
    from housedesk.db.engine import Database, make_engine
    from housedesk.db.migrate import alembic_config
    from housedesk.db.schema import HEAD_REVISION, alembic_script_location, inspect_file

    ctx.home.mkdir()
    first = ScriptDirectory(str(alembic_script_location())).get_base()
    expect(first is not None, "the Alembic scripts have no first revision")
    assert first is not None  # for the type checker
    old = Database(ctx.db_path, make_engine(ctx.db_path))
    try:
        command.upgrade(alembic_config(old), first)
    finally:
        old.close()
    expect(inspect_file(ctx.db_path).revision == first, f"the new database is not at {first}")
    ctx.db = open_database(ctx.db_path)
    revision = inspect_file(ctx.db_path).revision
    expect(revision == HEAD_REVISION, f"migrated to {revision}, not to {HEAD_REVISION}")
    backups = list((ctx.home / "backups").glob(f"*pre-upgrade-{first}*"))
    expect(len(backups) == 1, "no backup was taken before the migration")
    return f"created at revision {first}, backed up, migrated to {HEAD_REVISION}"


def step_demo(ctx: Context) -> str:
    from housedesk.core import installation
    from housedesk.core.demo.builder import generate_demo

    db = ctx.database()
    summary = generate_demo(db, years=1, seed=1, today=local_now().date())
    installed = installation.load(db)
    expect(installed is not None and installed.house is not None, "the demo made no house")
    assert installed is not None and installed.house is not None
    ctx.house = installed.house
    return (
        f"{installed.house.name}: {summary.rooms} rooms, {summary.activities} activities, "
        f"{summary.bookings} sessions"
    )


def step_export(ctx: Context) -> str:
    from housedesk.exchange.reader import read_workbook
    from housedesk.exchange.writer import export_period

    db = ctx.database()
    house = ctx.house_info()
    ctx.quarter = quarter = quarter_of(local_now().date()).previous()
    written = export_period(db, quarter, ctx.folder)
    read = read_workbook(written.path)
    expect(read.valid, f"the reader refused {written.path.name}: {'; '.join(read.messages())}")
    summary = read.summary
    assert summary is not None  # a valid file has its sums
    expect(
        (summary.house_code, summary.period, summary.export_id)
        == (house.code, str(quarter), written.export_id),
        f"read back as {summary.house_code} {summary.period}, not as written",
    )
    expect(
        (summary.activities, summary.signals) == (written.activities, written.signals),
        "the activities or signals read back differ from those written",
    )
    return (
        f"{written.path.name}: {written.sessions} sessions written; read back valid, "
        f"{summary.sessions} held with {summary.visitors} visitors"
    )


def step_calendar(ctx: Context) -> str:
    from icalendar import Calendar

    from housedesk.core.agenda.ics import write_ics

    path = write_ics(ctx.database(), ctx.folder / "agenda.ics")
    calendar = Calendar.from_ical(path.read_bytes())
    events = calendar.walk("VEVENT")
    expect(bool(events), f"{path.name} holds no events")
    zones = {str(zone.get("TZID")) for zone in calendar.walk("VTIMEZONE")}
    expect(HOUSE_ZONE in zones, f"{path.name} does not describe the time zone {HOUSE_ZONE}")
    return f"{path.name}: {len(events)} events in {HOUSE_ZONE}"


def step_time_zone(ctx: Context) -> str:
    # From the tzdata package itself: on Linux zoneinfo would find the system's files first.
    data = importlib.resources.files("tzdata").joinpath("zoneinfo", *HOUSE_ZONE.split("/"))
    with data.open("rb") as handle:
        zone = zoneinfo.ZoneInfo.from_file(handle, key=HOUSE_ZONE)
    summer = dt.datetime(2026, 7, 1, 12, tzinfo=zone).utcoffset()
    winter = dt.datetime(2026, 1, 1, 12, tzinfo=zone).utcoffset()
    expect(
        (summer, winter) == (dt.timedelta(hours=2), dt.timedelta(hours=1)),
        f"{HOUSE_ZONE} from tzdata is UTC{summer} in summer and UTC{winter} in winter",
    )
    zoneinfo.ZoneInfo(HOUSE_ZONE)  # and the way the app asks for it
    return f"{HOUSE_ZONE} from tzdata {_version_of('tzdata')}: UTC+2 in summer, UTC+1 in winter"


def _version_of(distribution: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:  # a frozen app carries no package metadata
        return "(bundled)"


def step_holidays(ctx: Context) -> str:
    from housedesk.core.rooms import public_holidays

    year = local_now().year
    names = {holiday.name for holiday in public_holidays(ctx.database(), year)}
    expect("Koningsdag" in names, f"no Koningsdag among the holidays of {year}: {sorted(names)}")
    return f"{len(names)} Dutch public holidays in {year}, Koningsdag among them"


def step_qt(ctx: Context) -> str:
    from PySide6.QtCore import QLibraryInfo, qVersion
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from housedesk.ui.kit import i18n

    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(["housedesk"])
    ctx.qapp = qapp
    ctx.translators = i18n.install(qapp, "nl")
    loaded = {Path(t.filePath()).name for t in ctx.translators}
    missing = {"qtbase_nl.qm", "housedesk_nl.qm"} - loaded
    expect(not missing, f"translations not found: {', '.join(sorted(missing))}")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    text = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    expect(text == "Annuleren", f"a dialog's Cancel button says {text!r}, not 'Annuleren'")
    bundle = frozen_folder()
    if bundle is not None:
        qt_paths = {
            name: Path(QLibraryInfo.path(location))
            for name, location in (
                ("Qt plugins", QLibraryInfo.LibraryPath.PluginsPath),
                ("Qt translations", QLibraryInfo.LibraryPath.TranslationsPath),
            )
        }
        qt_paths |= {Path(t.filePath()).name: Path(t.filePath()) for t in ctx.translators}
        strays = outside(qt_paths, bundle)
        expect(not strays, f"Qt loads from outside {bundle}: {', '.join(strays)}")
    return f"Qt {qVersion()} on '{qapp.platformName()}', Dutch translations, Cancel = Annuleren"


def step_report(ctx: Context) -> str:
    from housedesk.ui.overview.report import write_report

    ctx.application()
    quarter = ctx.quarter or quarter_of(local_now().date()).previous()
    path = ctx.folder / "verslag.pdf"
    write_report(ctx.database(), quarter.first_day, quarter.last_day, path, ctx.house_info())
    head = path.read_bytes()[:5]
    expect(head == b"%PDF-", f"{path.name} is not a PDF")
    return f"{path.name}: {path.stat().st_size // 1024} kB for {quarter}"


def step_window(ctx: Context) -> str:
    from PySide6.QtCore import QEventLoop, QTimer

    from housedesk.ui.kit import background
    from housedesk.ui.shell.application import HousedeskApp
    from housedesk.ui.shell.settings import Settings
    from housedesk.ui.shell.startup import open_session

    qapp = ctx.application()
    db = ctx.database()
    db.close()  # the window opens the file itself, under its lock
    ctx.db = None
    session, status = open_session(ctx.db_path)
    expect(session is not None, f"the window's start refused the database (status {status})")
    assert session is not None
    errors: list[str] = []
    with recording_errors(errors):
        app = HousedeskApp(
            qapp, session.db, Settings(), "nl", session=session, translators=ctx.translators
        )
        try:
            expect(app.start(), "the window did not open")
            window = app.window
            assert window is not None
            loop = QEventLoop()
            app.warmup.finished.connect(loop.quit)
            QTimer.singleShot(int(WINDOW_TIMEOUT * 1000), loop.quit)
            loop.exec()  # until the window has painted and loaded the ORM
            expect(
                "housedesk.db.models" in sys.modules, "the window did not load in the background"
            )
            titles = []
            for row in range(window.navigation.count()):
                key = window.specs[row].key
                window.show_screen(key)
                window.screen(key).repaint()
                expect(background.settle(WINDOW_TIMEOUT), f"the screen {key} did not load")
                titles.append(window.navigation.item(row).text())
            expect(titles[0] == "Vandaag", f"the first screen is called {titles[0]!r}")
            problems: list[str] = []
            backup = app.start_daily_backup(problems.append)
            expect(backup is not None, "no daily backup was started")
            expect(background.settle(WINDOW_TIMEOUT), "the daily backup did not end")
            expect(not problems, f"the daily backup failed: {'; '.join(problems)}")
            expect(session.backup is not None, "the daily backup wrote nothing")
            window.close()
        finally:
            app.wait_for_background_work()
            if app.window is not None:
                app.window.deleteLater()
            app.restore_normal_font()
            session.close()
            qapp.processEvents()
    expect(not errors, errors[0] if errors else "")
    return f"{len(titles)} screens shown: {', '.join(titles)}"


STEPS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("installation", step_installation),
    ("database", step_database),
    ("demo", step_demo),
    ("export", step_export),
    ("calendar", step_calendar),
    ("time zone", step_time_zone),
    ("holidays", step_holidays),
    ("qt", step_qt),
    ("report", step_report),
    ("window", step_window),
)


# --------------------------------------------------------------------------- running them


class _ErrorRecords(logging.Handler):
    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.ERROR)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(f"logged: {record.getMessage().splitlines()[0]}")


@contextlib.contextmanager
def recording_errors(into: list[str]) -> Iterator[None]:
    """Collect what goes wrong while the window runs: an exception in a slot (Qt hands it
    to ``sys.excepthook``), an error logged by housedesk, a critical message of Qt's."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def hook(kind: type[BaseException], error: BaseException, _tb: TracebackType | None) -> None:
        into.append(f"{kind.__name__}: {error}")

    def qt_message(kind: QtMsgType, _context: object, message: str) -> None:
        # Warnings are left alone: a real screen smaller than the window has Qt warn.
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            into.append(f"Qt: {message}")

    handler = _ErrorRecords(into)
    logger = logging.getLogger("housedesk")
    logger.addHandler(handler)
    previous_hook = sys.excepthook
    sys.excepthook = hook
    previous_handler = qInstallMessageHandler(qt_message)
    try:
        yield
    finally:
        qInstallMessageHandler(previous_handler)
        sys.excepthook = previous_hook
        logger.removeHandler(handler)


def wants_offscreen(asked: bool) -> bool:
    """Off screen when asked, or on Linux and the like when there is no screen to show on."""
    if asked:
        return True
    if os.environ.get("QT_QPA_PLATFORM"):
        return os.environ["QT_QPA_PLATFORM"].split(":")[0] == "offscreen"
    if sys.platform in ("win32", "darwin"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


@contextlib.contextmanager
def isolated(folder: Path, offscreen: bool) -> Iterator[None]:
    """Everything housedesk, Python and Qt would write goes into ``folder`` meanwhile."""
    scratch = folder / "tmp"
    scratch.mkdir()
    changes: dict[str, str | None] = {
        "HOUSEDESK_HOME": str(folder / "home"),
        "HOUSEDESK_DB": None,
        "TMPDIR": str(scratch),
        "TEMP": str(scratch),
        "TMP": str(scratch),
    }
    if sys.platform not in ("win32", "darwin"):  # Qt's and fontconfig's caches and settings
        for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            changes[name] = str(folder / name.lower())
    if offscreen:
        changes["QT_QPA_PLATFORM"] = "offscreen"
        if sys.platform not in ("win32", "darwin"):  # else Qt makes one in /tmp
            runtime = folder / "runtime"
            runtime.mkdir(mode=0o700)
            changes["XDG_RUNTIME_DIR"] = str(runtime)
    saved = {name: os.environ.get(name) for name in changes}
    saved_tempdir, saved_bytecode = tempfile.tempdir, sys.dont_write_bytecode
    for name, value in changes.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    tempfile.tempdir = str(scratch)
    sys.dont_write_bytecode = True  # no __pycache__ beside the installed code
    try:
        yield
    finally:
        tempfile.tempdir, sys.dont_write_bytecode = saved_tempdir, saved_bytecode
        for name, old in saved.items():
            if old is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = old


def run_steps(
    ctx: Context,
    steps: tuple[tuple[str, Callable[[Context], str]], ...],
    report: Callable[[Outcome], None],
) -> list[Outcome]:
    outcomes = []
    for name, step in steps:
        try:
            outcome = Outcome(name, "ok", step(ctx))
        except Skipped as skipped:
            outcome = Outcome(name, "skipped", str(skipped))
        except StepFailed as failed:
            outcome = Outcome(name, "FAILED", str(failed))
        except Exception as error:  # whatever broke, the other steps still run and report
            where = traceback.extract_tb(error.__traceback__)[-1]
            outcome = Outcome(
                name,
                "FAILED",
                f"{type(error).__name__}: {error} ({Path(where.filename).name}:{where.lineno})",
            )
        outcomes.append(outcome)
        report(outcome)
    return outcomes


def self_test(
    *,
    offscreen: bool = False,
    out: TextIO | None = None,
    steps: tuple[tuple[str, Callable[[Context], str]], ...] | None = None,
) -> bool:
    """Run every step (``STEPS`` unless given) in a new temporary folder, printing a line each;
    True if all passed."""

    def say(text: str) -> None:
        stream = out if out is not None else sys.stdout
        if stream is not None:  # a windowed program on Windows has none
            print(text, file=stream, flush=True)

    started = time.monotonic()
    offscreen = wants_offscreen(offscreen)
    # Removed afterwards; a file the app still holds open would stop that on Windows.
    with tempfile.TemporaryDirectory(
        prefix="housedesk-self-test-", ignore_cleanup_errors=True
    ) as name:
        folder = Path(name)
        ctx = Context(folder, offscreen)
        say(f"housedesk {housedesk.__version__} self-test in {folder}")
        try:
            with isolated(folder, offscreen):
                outcomes = run_steps(ctx, steps or STEPS, lambda outcome: say(outcome.line()))
        finally:
            if ctx.db is not None:
                ctx.db.close()
            if ctx.qapp is not None:
                from housedesk.ui.kit import i18n

                i18n.uninstall(ctx.qapp, ctx.translators)
    if folder.exists():
        left = sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))[:3]
        outcome = Outcome("cleanup", "FAILED", f"could not remove {folder}: {', '.join(left)}")
    else:
        outcome = Outcome("cleanup", "ok", "the temporary folder is removed")
    outcomes.append(outcome)
    say(outcome.line())
    passed = sum(outcome.passed for outcome in outcomes)
    seconds = time.monotonic() - started
    verdict = "passed" if passed == len(outcomes) else "FAILED"
    say(f"self-test {verdict}: {passed} of {len(outcomes)} steps passed in {seconds:.0f} s")
    return passed == len(outcomes)


def run(args: argparse.Namespace) -> int:
    """``housedesk --self-test [--offscreen]``: exit 0 if every step passed, else 1."""
    return 0 if self_test(offscreen=args.offscreen) else 1
