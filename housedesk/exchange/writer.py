"""The quarterly workbook: one period of this house, written as exchange format v1.

The contract is ``docs/exchange-format.md`` (in the shared docs) and its
columns and codes are ``housedesk.exchange.format``. What this writer adds:

- everything comes from one reading snapshot of the database, through
  ``housedesk.core.board.figures`` (the same numbers the board reviews);
- no formulas anywhere: every text is written as a text cell, also when it
  looks like a formula (``=HYPERLINK(…)``) or an error value (``#N/A``), and
  characters a workbook cannot hold (control characters) are left out;
- no personal data: no contact details or notes are even read; a private
  rental is named ``Particuliere verhuur``; a signal's text only when shareable;
  and every free text that goes into the file (``housedesk.exchange.outgoing``:
  the house's name and village, room and activity names, a shared signal's
  theme and text, the board's remarks) is scanned first: personal data (an
  e-mail address, a phone number, whatever ``housedesk.common.personal`` finds)
  in one refuses the export with the field and row named, before anything is
  written;
- the board's remarks are those kept with the period's approval, unless the
  caller gives others; they go to the Toelichting sheet, one line a row;
- written atomically: into a temporary file in the target folder, flushed to
  the disk, then renamed over the final name, so a crash never leaves half a
  file there;
- openpyxl's write-only mode, which streams rows instead of building a sheet
  in memory (a year of a busy house is thousands of rows);
- an optional ``progress(done, total)`` callback hears how many rows are
  written; when it raises (the person cancelled), the export stops and
  leaves nothing behind, as for any other failure.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.packaging.custom import IntProperty, StringProperty
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

import housedesk
from housedesk.common.codes import (
    LABELS,
    Accessibility,
    ActivityType,
    Nature,
    SignalKind,
    SignalStatus,
    TargetGroup,
    UserKind,
)
from housedesk.common.numbers import half_up
from housedesk.common.outputs import remove_leftovers, temporary_for
from housedesk.common.paths import fsync_dir
from housedesk.common.periods import Period
from housedesk.common.personal import refuse_personal_data
from housedesk.common.problems import QT_TRANSLATE_NOOP, Problem, ValidationError
from housedesk.common.times import LOCAL_TIME, format_time, local_now
from housedesk.core.board.approval import ApprovalState, approval_state
from housedesk.core.board.definitions import DEFINITIONS
from housedesk.core.board.figures import (
    ActivityFigures,
    PeriodFigures,
    RoomFigures,
    SessionRow,
    SignalRow,
    period_figures,
    period_sessions,
    period_signals,
)
from housedesk.db.engine import Database
from housedesk.db.models import House
from housedesk.exchange import cells
from housedesk.exchange import format as fmt
from housedesk.exchange.cells import clean_text, text_cell
from housedesk.exchange.outgoing import activity_name, leaving_texts, outgoing
from housedesk.exchange.scratch import scratch_files

#: The longest text a cell can hold.
CELL_TEXT_MAX = cells.CELL_TEXT_MAX
SUMMARY_SHEET = "Samenvatting"
#: Rows written between two progress reports.
PROGRESS_ROWS = 250

#: ``progress(done, total)``: ``done`` of ``total`` steps are done (``total`` 0: not known yet).
ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    """What was written, and where."""

    path: Path
    export_id: str
    house_code: str
    period: Period
    exported_at: str  # ISO 8601 with offset, as in the Info sheet
    approved: bool
    rooms: int
    activities: int
    sessions: int
    signals: int


@dataclass(frozen=True)
class _Content:
    """Everything the workbook holds, read in one snapshot."""

    house: tuple[str, str, str]  # code, name, village
    figures: PeriodFigures
    sessions: list[SessionRow]
    signals: list[SignalRow]
    approval: ApprovalState


# --------------------------------------------------------------------------- texts


def _text(sheet: WriteOnlyWorksheet, text: str | None) -> Any:
    """A cell value that is read back as exactly this text (``None`` for an empty one)."""
    if text is None:
        return None
    text = clean_text(text)
    if not text:
        return None
    return text_cell(sheet, text)


def _hours(minutes: int) -> float:
    return minutes / 60


# --------------------------------------------------------------------------- sheets


def _sheet(
    workbook: Workbook,
    title: str,
    header: Sequence[str],
    widths: Sequence[float],
    *,
    one_page_wide: bool = False,
) -> WriteOnlyWorksheet:
    """A new sheet with its header row, columns at least as wide as their headers.

    ``one_page_wide``: printed, every column fits the width of one page.
    """
    sheet: WriteOnlyWorksheet = workbook.create_sheet(title)  # a write-only workbook's kind
    if one_page_wide:
        # Before the first row: a write-only sheet writes its properties with it.
        # types-openpyxl leaves out what a write-only sheet takes over from Worksheet._setup.
        sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[attr-defined]
        sheet.page_setup.fitToWidth = 1  # type: ignore[attr-defined]
        sheet.page_setup.fitToHeight = 0  # type: ignore[attr-defined]
    for index, name in enumerate(header):
        width = max(widths[index] if index < len(widths) else 0, len(name) + 3)
        # types-openpyxl leaves out what a write-only sheet takes over from Worksheet._setup.
        sheet.column_dimensions[get_column_letter(index + 1)].width = width  # type: ignore[attr-defined]
    sheet.freeze_panes = "A2"
    sheet.append(tuple(name or None for name in header))
    return sheet


def _write_info(
    workbook: Workbook, content: _Content, export_id: str, exported_at: str, period: Period
) -> None:
    sheet = _sheet(workbook, "Info", fmt.INFO_COLUMNS, (18, 40))
    code, name, village = content.house
    approval = content.approval
    values: dict[str, Any] = {
        "formaat": fmt.FORMAT_NAME,
        "formaat_versie": fmt.FORMAT_VERSION,
        "huis_code": code,
        "huis_naam": _text(sheet, name),
        "kern": _text(sheet, village),
        "periode": str(period),
        "periode_begin": period.first_day,
        "periode_eind": period.last_day,
        "export_id": export_id,
        "geexporteerd_op": exported_at,
        "app_versie": housedesk.__version__,
        "vastgesteld": fmt.YES if approval.approved else fmt.NO,
        "vrijwilligers": approval.volunteers or 0,
        "bestuursleden": approval.board_members or 0,
    }
    for field in fmt.INFO_FIELDS:
        sheet.append((field, values[field]))


def _write_rooms(workbook: Workbook, code: str, period: str, rooms: Iterable[RoomFigures]) -> int:
    sheet = _sheet(workbook, "Ruimtes", fmt.ROOM_COLUMNS, (0, 0, 0, 30))
    count = 0
    for room in rooms:
        sheet.append(
            (
                code,
                period,
                _text(sheet, room.code),
                _text(sheet, room.name),
                room.capacity,
                half_up(room.available_minutes / 60, 2),
                _hours(room.used.total),
                _hours(room.used.community),
                _hours(room.used.private),
                _hours(room.used.commercial),
            )
        )
        count += 1
    return count


def _write_activities(
    workbook: Workbook, code: str, period: str, activities: Iterable[ActivityFigures]
) -> int:
    widths = (0, 0, 0, 32, 20, 20, 18, 16)
    sheet = _sheet(workbook, "Activiteiten", fmt.ACTIVITY_COLUMNS, widths)
    groups = tuple(TargetGroup)
    count = 0
    for activity in activities:
        sheet.append(
            (
                code,
                period,
                _text(sheet, activity.code),
                _text(sheet, activity_name(activity)),
                activity.user_kind.value,
                activity.type.value,
                activity.nature.value,
                activity.accessibility.value,
                *(1 if group in activity.target_groups else 0 for group in groups),
                fmt.YES if activity.is_new else fmt.NO,
                activity.sessions_held,
                _hours(activity.minutes),
                activity.visitors,
            )
        )
        count += 1
    return count


def _write_sessions(workbook: Workbook, code: str, sessions: Iterable[SessionRow]) -> int:
    sheet = _sheet(workbook, "Bijeenkomsten", fmt.SESSION_COLUMNS, (0, 12, 0, 0, 0, 0, 13))
    times: dict[int, str] = {}
    codes: dict[str, Any] = {}

    def time_text(minutes: int) -> str:
        text = times.get(minutes)
        if text is None:
            text = times[minutes] = format_time(minutes)
        return text

    def code_cell(value: str) -> Any:
        cached = codes.get(value)
        if cached is None:
            cached = _text(sheet, value)
            if isinstance(cached, Cell):
                return cached  # a forced text cell belongs to one row
            codes[value] = cached
        return cached

    count = 0
    for row in sessions:
        sheet.append(
            (
                code,
                row.date,
                time_text(row.start_min),
                time_text(row.end_min),
                code_cell(row.room_code),
                code_cell(row.activity_code),
                row.status.value,
                row.visitors,
                row.volunteers,
            )
        )
        count += 1
    return count


def _write_signals(workbook: Workbook, code: str, signals: Iterable[SignalRow]) -> int:
    sheet = _sheet(workbook, "Signalen", fmt.SIGNAL_COLUMNS, (0, 12, 0, 32, 60, 13))
    count = 0
    for signal in signals:
        sheet.append(
            (
                code,
                signal.date,
                signal.kind.value,
                _text(sheet, signal.theme if signal.shareable else fmt.THEME_NOT_SHARED),
                _text(sheet, signal.text),
                signal.status.value,
            )
        )
        count += 1
    return count


#: What the file's columns mean that are not one of the figures (those are DEFINITIONS).
_EXCHANGE_NOTES = (
    ("vastgesteld", "ja: het bestuur heeft de periode vastgesteld."),
    ("Particuliere verhuur", "Naam van elke activiteit met gebruiksaard particulier (privacy)."),
    ("tekst (Signalen)", "Alleen ingevuld als het bestuur het signaal deelbaar heeft gemaakt."),
    ("thema (Signalen)", f"'{fmt.THEME_NOT_SHARED}' als het signaal niet deelbaar is."),
)


def _definitions() -> list[tuple[str, str]]:
    """The figures' definitions as the screen and the report give them, in Dutch."""
    return [(item.column or item.name_nl, item.nl) for item in DEFINITIONS] + list(_EXCHANGE_NOTES)


_CODE_LISTS = (
    ("gebruikerssoort", UserKind),
    ("activiteitstype", ActivityType),
    ("gebruiksaard", Nature),
    ("toegankelijkheid", Accessibility),
    ("doelgroep", TargetGroup),
    ("soort (Signalen)", SignalKind),
    ("status (Signalen)", SignalStatus),
)


def _remark_cell(sheet: WriteOnlyWorksheet, line: str) -> Any:
    """One line of the board's remarks: a text cell that wraps, at the top of its row."""
    value = _text(sheet, line)
    if value is None:
        return None
    cell = value if isinstance(value, Cell) else WriteOnlyCell(sheet, value)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell


def _write_notes(workbook: Workbook, remarks: str) -> None:
    # Printed (a board files it with the export), both columns on one page width.
    header = ("onderwerp", "toelichting")
    sheet = _sheet(workbook, fmt.NOTES_SHEET, header, (30, 90), one_page_wide=True)
    lines = [line.rstrip() for line in clean_text(remarks).strip().splitlines()]
    first = _remark_cell(sheet, lines[0]) if lines else "(geen)"
    sheet.append((_text(sheet, "Opmerkingen van het bestuur"), first))
    for line in lines[1:]:
        sheet.append((None, _remark_cell(sheet, line)))
    sheet.append(())
    sheet.append(("Begrippen",))
    for term, meaning in _definitions():
        sheet.append((term, meaning))
    sheet.append(())
    sheet.append(("Codelijsten", "code: betekenis"))
    for name, enum in _CODE_LISTS:
        for code, label in LABELS[enum].items():
            sheet.append((name, f"{code}: {label.nl}"))


def _write_summary(workbook: Workbook, content: _Content, period: Period) -> None:
    header = ("Samenvatting", f"periode {period}", "", "")
    sheet = _sheet(workbook, SUMMARY_SHEET, header, (40, 18, 16, 16))
    figures = content.figures
    totals = figures.totals
    _code, name, village = content.house
    sheet.append((_text(sheet, name), _text(sheet, village)))
    rows: list[tuple[str, Any]] = [
        ("Bijeenkomsten gehouden", totals.sessions_held),
        ("Bijeenkomsten geannuleerd", totals.sessions_cancelled),
        ("Bezoekers (geteld)", totals.visitors),
        ("Gehouden zonder telling", totals.sessions_uncounted),
        ("Activiteiten", totals.activities),
        ("Nieuwe activiteiten", totals.new_activities),
        ("Signalen", totals.signals),
        ("Beschikbare uren", half_up(totals.available_hours, 2)),
        ("Gebruikte uren", half_up(totals.used_hours, 2)),
        ("  maatschappelijk", half_up(totals.used.community / 60, 2)),
        ("  particulier", half_up(totals.used.private / 60, 2)),
        ("  commercieel", half_up(totals.used.commercial / 60, 2)),
    ]
    for label, value in rows:
        sheet.append((label, value))
    sheet.append(("Bezettingsgraad", _percentage(sheet, totals.occupancy)))
    sheet.append(())
    sheet.append(("Ruimte", "Beschikbare uren", "Gebruikte uren", "Bezettingsgraad"))
    for room in figures.rooms:
        sheet.append(
            (
                _text(sheet, room.name),
                half_up(room.available_hours, 2),
                half_up(room.used_hours, 2),
                _percentage(sheet, room.occupancy),
            )
        )


def _percentage(sheet: WriteOnlyWorksheet, fraction: float | None) -> Any:
    if fraction is None:
        return None
    cell = WriteOnlyCell(sheet, half_up(fraction, 4))
    cell.number_format = "0%"
    return cell


# --------------------------------------------------------------------------- writing


def _target_file(target: Path, house_code: str, period: Period) -> Path:
    if target.is_dir():
        return target / fmt.suggested_file_name(house_code, str(period))
    return target


def _read(db: Database, period: Period) -> _Content:
    with db.reading() as session:
        house = session.get(House, 1)
        if house is None:
            raise ValidationError(
                [
                    Problem(
                        "house",
                        QT_TRANSLATE_NOOP(
                            "core",
                            "This database has no house yet, so there is nothing to export. "
                            "Set up the house first.",
                        ),
                    )
                ]
            )
        return _Content(
            house=(house.code, house.name, house.village),
            figures=period_figures(session, period),
            sessions=period_sessions(session, period),
            signals=period_signals(session, period),
            approval=approval_state(session, period),
        )


def _write_problem(path: Path, error: OSError) -> ValidationError:
    return ValidationError(
        [
            Problem(
                "target",
                QT_TRANSLATE_NOOP("core", "Could not write {path}: {reason}."),
                {"path": str(path), "reason": error.strerror or str(error)},
            )
        ]
    )


def _discard(workbook: Workbook) -> None:
    """Close the sheets of a workbook that failed to save and remove openpyxl's scratch files."""
    for sheet in workbook.worksheets:
        with suppress(Exception):  # it failed already; the first error is the one to report
            if not sheet.closed:
                sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            with suppress(OSError, ValueError):
                writer.cleanup()


class _Rows:
    """Counts the rows written and tells ``progress`` every ``PROGRESS_ROWS`` rows."""

    def __init__(self, progress: ProgressCallback, total: int) -> None:
        self.progress = progress
        self.total = total
        self.done = 0

    def each(self, rows: Iterable[Any]) -> Iterator[Any]:
        for row in rows:
            yield row
            self.done += 1
            if self.done % PROGRESS_ROWS == 0:
                self.progress(self.done, self.total)


def _no_progress(_done: int, _total: int) -> None:
    """Progress nobody listens to."""


def export_period(
    db: Database,
    period: Period,
    target: Path,
    *,
    remarks: str | None = None,
    now: dt.datetime | None = None,
    progress: ProgressCallback | None = None,
) -> ExportResult:
    """Write the exchange workbook of ``period`` to ``target`` (a file, or a folder).

    In a folder the file is named ``{huis_code}_{periode}.xlsx``; an existing
    file of that name is replaced. ``remarks`` are the board's remarks for the
    Toelichting sheet (``None``: those kept with the period's approval); ``now``
    (aware) is the export time, written in Dutch local time; by default the
    current time. Refused with ``ValidationError`` when the database has no
    house, when a free text that would go into the file holds personal data
    (every such text named), or when the target cannot be written; nothing is
    written or left behind then.
    ``progress(done, total)`` hears the rows written (first ``(0, 0)`` while the
    figures are read); whatever it raises stops the export, leaving nothing behind.
    """
    report = progress or _no_progress
    target = Path(target)
    # A name without .xlsx that does not exist was meant as a folder, not as a file.
    folder = target if target.is_dir() or target.suffix.lower() != ".xlsx" else target.parent
    if not folder.is_dir():
        raise ValidationError(
            [
                Problem(
                    "target",
                    QT_TRANSLATE_NOOP("core", "The folder {folder} does not exist."),
                    {"folder": str(folder)},
                )
            ]
        )
    report(0, 0)
    content = _read(db, period)
    if remarks is None:
        remarks = content.approval.remarks or ""
    _code, name, village = content.house
    texts = leaving_texts(name, village, content.figures, content.signals, remarks)
    refuse_personal_data(outgoing(texts))
    house_code = content.house[0]
    path = _target_file(target, house_code, period)
    export_id = str(uuid.uuid4())
    moment = local_now() if now is None else now.astimezone(LOCAL_TIME)
    exported_at = moment.isoformat(timespec="seconds")
    figures = content.figures
    remove_leftovers(path.parent)
    with scratch_files():  # openpyxl's sheets go through files removed whatever happens
        return _write_export(
            path, period, content, figures, remarks, export_id, exported_at, house_code, report
        )


def _write_export(
    path: Path,
    period: Period,
    content: _Content,
    figures: PeriodFigures,
    remarks: str,
    export_id: str,
    exported_at: str,
    house_code: str,
    report: ProgressCallback,
) -> ExportResult:
    code, label = house_code, str(period)
    rows = _Rows(
        report,
        len(figures.rooms)
        + len(figures.activities)
        + len(content.sessions)
        + len(content.signals)
        + 1,  # the last step: saving
    )
    workbook = Workbook(write_only=True)
    try:
        for name, value in (
            ("export_id", export_id),
            ("formaat_versie", fmt.FORMAT_VERSION),
            ("huis_code", code),
            ("periode", label),
        ):
            prop = (
                IntProperty(name=name, value=value)
                if isinstance(value, int)
                else StringProperty(name=name, value=value)
            )
            # types-openpyxl leaves out the attribute Workbook.__init__ sets.
            workbook.custom_doc_props.append(prop)  # type: ignore[attr-defined]
        report(0, rows.total)
        _write_info(workbook, content, export_id, exported_at, period)
        rooms = _write_rooms(workbook, code, label, rows.each(figures.rooms))
        activities = _write_activities(workbook, code, label, rows.each(figures.activities))
        sessions = _write_sessions(workbook, code, rows.each(content.sessions))
        signals = _write_signals(workbook, code, rows.each(content.signals))
        _write_notes(workbook, remarks)
        _write_summary(workbook, content, period)
        report(rows.done, rows.total)
        _save(workbook, path, lambda: report(rows.total, rows.total))
    except BaseException:
        _discard(workbook)
        raise
    return ExportResult(
        path=path,
        export_id=export_id,
        house_code=house_code,
        period=period,
        exported_at=exported_at,
        approved=content.approval.approved,
        rooms=rooms,
        activities=activities,
        sessions=sessions,
        signals=signals,
    )


def _save(workbook: Workbook, path: Path, before_rename: Callable[[], None]) -> None:
    """Save under a temporary name beside ``path``, flush it to the disk, and rename it.

    ``before_rename`` is the last moment to stop: what it raises leaves no file.
    """
    # Not tempfile.mkstemp: its file is private to this user (0600), and the export is
    # meant to be copied and mailed; 0666 leaves the permissions to the umask, as usual.
    # A name remove_leftovers knows: what a killed export leaves is cleared by the next.
    temporary = temporary_for(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(temporary, flags, 0o666)
    except OSError as exc:
        raise _write_problem(path, exc) from exc
    try:
        with os.fdopen(descriptor, "wb") as stream:
            workbook.save(stream)
            stream.flush()
            os.fsync(stream.fileno())
        before_rename()
        os.replace(temporary, path)
        fsync_dir(path.parent)
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _write_problem(path, exc) from exc
        raise
