"""Counting the houses' workbooks: which file counts, who is missing, and the aggregate workbook.

A file is identified by (huis_code, periode). Of several valid files with the
same key the latest ``geexporteerd_op`` counts and the others are ``vervangen``;
the same ``export_id`` read twice (two copies, or a folder read again next
quarter) counts once and the copy is ``dubbel``; a file with any error is
``afgewezen`` and nothing of it is counted. With an ``ImportHistory`` the count
covers everything ever imported, so the adviser's workbook grows quarter by
quarter without counting anything twice; what the history keeps is checked
again with today's rules in every run, and an earlier import that fails them
is reported (``afgewezen``) and counts for nothing.

The aggregate workbook always has the contract's ``Overzicht`` and
``Meldingen`` sheets first (other tools rely on them), then the houses expected
but missing, totals per period, per activity type, per target group and per
nature of use, a comparison of the houses, and native Excel charts the adviser
can edit. It is written under a temporary name and renamed, so a crash never
leaves half a workbook under the final name.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from housedesk.common.codes import ActivityType, Nature, TargetGroup, label, values
from housedesk.common.periods import Period
from housedesk.exchange import format as fmt
from housedesk.exchange.cells import CELL_TEXT_MAX, text_cell, without_illegal_characters
from housedesk.exchange.imports import ExpectedHouse, ImportHistory, Reading, RefusedExport
from housedesk.exchange.reader import HouseSummary, ReadResult, Totals, read_workbook

COUNTED, REJECTED, SUPERSEDED, DUPLICATE = fmt.FILE_STATUSES
#: What a folder is searched for; a file named on the command line is always read.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls")

EXIT_ALL_COUNTED = 0
EXIT_SOME_REJECTED = 1


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file read: a row of ``Meldingen``."""

    file: str
    house_code: str | None
    period: str | None
    export_id: str | None
    status: str
    messages: tuple[str, ...]


@dataclass(frozen=True)
class MissingHouse:
    """A house the municipality expects that sent nothing countable for a period."""

    period: str
    house_code: str
    house_name: str


@dataclass(frozen=True)
class Aggregate:
    """The outcome of a run: every file's fate, the counted house-periods, who is missing."""

    outcomes: tuple[FileOutcome, ...]
    counted: tuple[HouseSummary, ...]
    missing: tuple[MissingHouse, ...]
    expected: tuple[ExpectedHouse, ...] = ()

    @property
    def all_counted(self) -> bool:
        """No file was rejected (superseded and duplicate files are fine)."""
        return all(outcome.status != REJECTED for outcome in self.outcomes)

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)


def period_order(period: str) -> tuple[int, int]:
    """Periods in time order; a whole year after its quarters."""
    parsed = Period.parse(period)
    return parsed.year, parsed.quarter or 5


def find_files(paths: Iterable[Path], *, leave_out: Path | None = None) -> list[Path]:
    """The files to read: files as given, folders searched (not recursively) for workbooks.

    Raises ``FileNotFoundError`` for a path that does not exist.
    """
    skip = leave_out.resolve() if leave_out is not None else None
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found.extend(
                child
                for child in sorted(path.iterdir(), key=lambda p: p.name.lower())
                if child.is_file()
                and child.suffix.lower() in WORKBOOK_SUFFIXES
                and not child.name.startswith(("~$", "."))  # Excel's lock files, hidden files
            )
        elif path.exists():
            found.append(path)
        else:
            raise FileNotFoundError(path)
    unique: dict[Path, Path] = {}
    for path in found:
        resolved = path.resolve()
        if resolved != skip:
            unique.setdefault(resolved, path)
    return list(unique.values())


def aggregate(
    results: Sequence[ReadResult],
    *,
    history: ImportHistory | None = None,
    expected: Sequence[ExpectedHouse] | None = None,
    now: dt.datetime | None = None,
) -> Aggregate:
    """Decide which of ``results`` count; with ``history``, against all earlier imports too.

    The run is recorded in ``history`` (in one transaction). ``expected`` defaults
    to the history's list of expected houses. Earlier imports are checked again
    with today's rules as at ``now`` (aware; by default the current time): one that
    fails counts for nothing and is reported as ``afgewezen``, after the files.
    """
    moment = now or dt.datetime.now(dt.UTC)
    usable, refused = history.checked_exports(now=moment) if history else ((), ())
    stored = {export.export_id: export for export in usable}
    refused_ids = {export.export_id for export in refused}
    if expected is None:
        expected = history.expected_houses() if history else ()
    candidates: dict[str, HouseSummary] = {
        export_id: export.summary for export_id, export in stored.items()
    }
    source: dict[str, str] = {export_id: export.file_name for export_id, export in stored.items()}
    first_file: dict[str, str] = {}
    first_summary: dict[str, HouseSummary] = {}
    drafts: list[tuple[ReadResult, HouseSummary | None, str | None, list[str]]] = []
    new_exports: list[tuple[HouseSummary, str]] = []
    for result in results:
        notes = list(result.messages())
        if not result.valid:
            drafts.append((result, None, REJECTED, notes))
            continue
        summary = result.summary
        assert summary is not None
        export_id = summary.export_id
        if export_id in first_file:
            notes.insert(0, f"{result.name}: dezelfde export als {first_file[export_id]}")
            if summary != first_summary[export_id]:
                notes.insert(1, _edited(result.name, first_file[export_id]))
            drafts.append((result, summary, DUPLICATE, notes))
        elif export_id in stored:
            earlier = stored[export_id]
            notes.insert(
                0,
                f"{result.name}: deze export is al op {earlier.imported_at:%d-%m-%Y} ingelezen"
                f" (uit {earlier.file_name}) en telt één keer",
            )
            if summary != earlier.summary:
                notes.insert(1, _edited(result.name, earlier.file_name))
            first_file[export_id] = result.name
            first_summary[export_id] = summary
            drafts.append((result, summary, DUPLICATE, notes))
        else:
            first_file[export_id] = result.name
            first_summary[export_id] = summary
            candidates[export_id] = summary
            source[export_id] = result.name
            new_exports.append((summary, result.name))
            drafts.append((result, summary, None, notes))

    current: dict[tuple[str, str], HouseSummary] = {}
    for summary in candidates.values():
        key = (summary.house_code, summary.period)
        best = current.get(key)
        if best is None or _newer(summary, best):
            current[key] = summary

    outcomes: list[FileOutcome] = []
    for result, file_summary, status, notes in drafts:
        if file_summary is not None and status is None:
            winner = current[file_summary.house_code, file_summary.period]
            if winner.export_id == file_summary.export_id:
                status = COUNTED
            else:
                status = SUPERSEDED
                notes.insert(
                    0,
                    f"{result.name}: vervangen door een latere export van {winner.house_code}"
                    f" {winner.period} ({source[winner.export_id]},"
                    f" geëxporteerd op {winner.exported_at})",
                )
        assert status is not None
        outcomes.append(
            FileOutcome(
                result.name,
                file_summary.house_code if file_summary else result.house_code,
                file_summary.period if file_summary else result.period,
                file_summary.export_id if file_summary else None,
                status,
                tuple(notes),
            )
        )
    outcomes.extend(_refused(export) for export in refused)

    counted = tuple(sorted(current.values(), key=lambda s: (period_order(s.period), s.house_code)))
    missing = _missing(counted, expected)
    if history is not None:
        history.record(
            new_exports,
            [
                Reading(
                    moment,
                    outcome.file,
                    outcome.house_code,
                    outcome.period,
                    outcome.export_id,
                    outcome.status,
                    outcome.messages,
                )
                for outcome in outcomes
            ],
            now=moment,
            # a refused export read again from a file that passes takes its place
            replacing=[s.export_id for s, _file in new_exports if s.export_id in refused_ids],
        )
    return Aggregate(tuple(outcomes), counted, missing, tuple(expected))


def _refused(export: RefusedExport) -> FileOutcome:
    """A row of Meldingen for an earlier import that today's rules refuse."""
    imported = f"ingelezen op {export.imported_at:%d-%m-%Y}" if export.imported_at else "ingelezen"
    where = f"{export.file_name}, importgeschiedenis"
    return FileOutcome(
        export.file_name,
        export.house_code,
        export.period,
        export.export_id,
        REJECTED,
        (
            f"{where}: deze export is eerder {imported}, maar voldoet niet aan de regels van nu"
            " en telt niet meer mee",
            *(f"{where}: {problem}" for problem in export.problems),
        ),
    )


def _edited(file: str, counted: str) -> str:
    return (
        f"{file}: let op, de cijfers verschillen van {counted} terwijl het dezelfde export is"
        f" (met de hand bewerkt?); geteld is {counted}"
    )


def _newer(one: HouseSummary, other: HouseSummary) -> bool:
    # the export id only breaks an exact tie, so the choice never depends on file order
    return (one.exported_moment, one.export_id) > (other.exported_moment, other.export_id)


def _missing(
    counted: Sequence[HouseSummary], expected: Sequence[ExpectedHouse]
) -> tuple[MissingHouse, ...]:
    periods = sorted({summary.period for summary in counted}, key=period_order)
    present = {(summary.house_code, summary.period) for summary in counted}
    return tuple(
        MissingHouse(period, house.code, house.name)
        for period in periods
        for house in expected
        if (house.code, period) not in present
    )


def aggregate_files(
    paths: Iterable[Path],
    *,
    history: ImportHistory | None = None,
    expected: Sequence[ExpectedHouse] | None = None,
    leave_out: Path | None = None,
    progress: Callable[[ReadResult], None] | None = None,
    now: dt.datetime | None = None,
) -> Aggregate:
    """Read every workbook in ``paths`` (files or folders) and count them.

    ``now`` (aware) is the moment of reading, by default the current time.
    """
    moment = now if now is not None else dt.datetime.now(dt.UTC)
    results = []
    for path in find_files(paths, leave_out=leave_out):
        result = read_workbook(path, now=moment)
        if progress is not None:
            progress(result)
        results.append(result)
    return aggregate(results, history=history, expected=expected, now=moment)


# --- the workbook --------------------------------------------------------------------

PERCENT = "0.0%"
HOURS = "0.00"
WHOLE = "0"


def write_workbook(result: Aggregate, path: Path) -> None:
    """Write the aggregate workbook to ``path`` atomically (temporary file, then rename)."""
    from openpyxl import Workbook

    workbook = Workbook()
    overview = workbook.active
    assert overview is not None
    overview.title = fmt.OVERVIEW_SHEET
    _overview(overview, result.counted)
    _messages(workbook.create_sheet(fmt.MESSAGES_SHEET), result.outcomes)
    _missing_sheet(workbook.create_sheet("Ontbrekend"), result)
    _per_period(workbook.create_sheet("Per periode"), result.counted)
    for title, attribute, enum, heading in (
        ("Per activiteitstype", "by_type", ActivityType, "activiteitstype"),
        ("Per doelgroep", "by_target_group", TargetGroup, "doelgroep"),
        ("Per gebruiksaard", "by_nature", Nature, "gebruiksaard"),
    ):
        _per_code(workbook.create_sheet(title), result.counted, attribute, enum, heading)
    _houses(workbook.create_sheet("Huizen"), result.counted)

    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            workbook.save(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _clean(sheet: Any, value: object) -> object:
    """A value as Excel accepts it; a text in a text cell, without control characters and
    not longer than a cell holds, also when it looks like a formula (``=HYPERLINK(…)``).

    A number a cell cannot hold (a total beyond a double's range: the contract sets no
    limit on a house's volunteers, so their sum over the houses can overflow) is left
    out: the cell stays empty.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return value if math.isfinite(value) else None
        except OverflowError:  # a whole number beyond a double's range
            return None
    if not isinstance(value, str):
        return value
    text = without_illegal_characters(value)
    if len(text) > CELL_TEXT_MAX:
        cut = text.rfind("\n", 0, CELL_TEXT_MAX - 40)
        text = text[: cut if cut > 0 else CELL_TEXT_MAX - 40] + "\n… (ingekort)"
    return text_cell(sheet, text)


def _append(sheet: Any, row: Sequence[object]) -> None:
    sheet.append([_clean(sheet, value) for value in row])


def _table(sheet: Any, header: Sequence[str], widths: dict[str, int] | None = None) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for index, name in enumerate(header, start=1):
        width = (widths or {}).get(name, max(len(name) + 2, 10))
        sheet.column_dimensions[get_column_letter(index)].width = width


def _formats(sheet: Any, formats: dict[str, str], header: Sequence[str]) -> None:
    columns = {name: index for index, name in enumerate(header, start=1)}
    for name, number_format in formats.items():
        column = columns[name]
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            cell.number_format = number_format


HOUR_COLUMNS = (
    "gebruikte_uren",
    "beschikbare_uren",
    "uren_maatschappelijk",
    "uren_particulier",
    "uren_commercieel",
)


def _overview(sheet: Any, counted: Sequence[HouseSummary]) -> None:
    _table(sheet, fmt.OVERVIEW_COLUMNS, {"huis_naam": 32})
    for summary in counted:
        _append(
            sheet,
            [
                summary.house_code,
                summary.house_name,
                summary.period,
                summary.sessions,
                summary.visitors,
                round(summary.used_hours, 2),
                round(summary.available_hours, 2),
                summary.occupancy,
                round(summary.community_hours, 2),
                round(summary.private_hours, 2),
                round(summary.commercial_hours, 2),
                summary.activities,
                summary.new_activities,
                summary.volunteers,
                summary.signals,
                fmt.YES if summary.approved else fmt.NO,
            ],
        )
    _formats(
        sheet,
        {"bezettingsgraad": PERCENT, **dict.fromkeys(HOUR_COLUMNS, HOURS)},
        fmt.OVERVIEW_COLUMNS,
    )
    sheet.auto_filter.ref = sheet.dimensions


def _messages(sheet: Any, outcomes: Sequence[FileOutcome]) -> None:
    from openpyxl.styles import Alignment

    _table(sheet, fmt.MESSAGES_COLUMNS, {"bestand": 30, "meldingen": 110})
    for outcome in outcomes:
        _append(
            sheet,
            [
                outcome.file,
                outcome.house_code,
                outcome.period,
                outcome.status,
                "\n".join(outcome.messages),
            ],
        )
    for (cell,) in sheet.iter_rows(min_row=2, min_col=5, max_col=5):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.auto_filter.ref = sheet.dimensions


def _missing_sheet(sheet: Any, result: Aggregate) -> None:
    _table(sheet, ("periode", "huis_code", "huis_naam"), {"huis_naam": 36})
    for missing in result.missing:
        _append(sheet, [missing.period, missing.house_code, missing.house_name])
    if not result.expected:
        sheet["E1"] = (
            "Er is nog geen lijst van verwachte huizen ingesteld, dus ontbrekende huizen"
            " kunnen niet worden gemeld."
        )


PERIOD_COLUMNS = (
    "periode",
    "huizen",
    "bijeenkomsten",
    "bezoekers",
    "gebruikte_uren",
    "beschikbare_uren",
    "bezettingsgraad",
    "uren_maatschappelijk",
    "uren_particulier",
    "uren_commercieel",
    "activiteiten",
    "nieuwe_activiteiten",
    "vrijwilligers",
    "signalen",
)


def _per_period(sheet: Any, counted: Sequence[HouseSummary]) -> None:
    from openpyxl.chart import LineChart, Reference

    _table(sheet, PERIOD_COLUMNS)
    periods: dict[str, list[HouseSummary]] = {}
    for summary in counted:
        periods.setdefault(summary.period, []).append(summary)
    for period in sorted(periods, key=period_order):
        rows = periods[period]
        used = sum(s.used_hours for s in rows)
        available = sum(s.available_hours for s in rows)
        _append(
            sheet,
            [
                period,
                len(rows),
                sum(s.sessions for s in rows),
                sum(s.visitors for s in rows),
                round(used, 2),
                round(available, 2),
                used / available if available > 0 else None,
                round(sum(s.community_hours for s in rows), 2),
                round(sum(s.private_hours for s in rows), 2),
                round(sum(s.commercial_hours for s in rows), 2),
                sum(s.activities for s in rows),
                sum(s.new_activities for s in rows),
                sum(s.volunteers for s in rows),
                sum(s.signals for s in rows),
            ],
        )
    _formats(
        sheet, {"bezettingsgraad": PERCENT, **dict.fromkeys(HOUR_COLUMNS, HOURS)}, PERIOD_COLUMNS
    )
    if not periods:
        return
    last = len(periods) + 1
    chart = LineChart()
    chart.title = "Bijeenkomsten en bezoekers per periode"
    chart.y_axis.title = "aantal"
    chart.x_axis.title = "periode"
    chart.add_data(
        Reference(sheet, min_col=3, max_col=4, min_row=1, max_row=last), titles_from_data=True
    )
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=last))
    chart.width, chart.height = 22, 10
    sheet.add_chart(chart, f"A{last + 3}")


def _per_code(
    sheet: Any,
    counted: Sequence[HouseSummary],
    attribute: str,
    enum: type[StrEnum],
    heading: str,
) -> None:
    from openpyxl.chart import BarChart, Reference

    header = ("periode", heading, "omschrijving", "bijeenkomsten", "uren", "bezoekers")
    _table(sheet, header, {"omschrijving": 28, heading: 20})
    periods = sorted({summary.period for summary in counted}, key=period_order)
    for period in periods:
        sums: dict[str, Totals] = {}
        for summary in counted:
            if summary.period == period:
                for code, totals in getattr(summary, attribute).items():
                    sums[code] = sums.get(code, Totals()) + totals
        for code in values(enum):
            totals = sums.get(code, Totals())
            _append(
                sheet,
                [
                    period,
                    code,
                    label(code, enum),
                    totals.sessions,
                    round(totals.hours, 2),
                    totals.visitors,
                ],
            )
    _formats(sheet, {"uren": HOURS}, header)
    if not periods:
        return
    # the chart shows the latest period, whose rows are the last block of the table
    size = len(values(enum))
    last = sheet.max_row
    first = last - size + 1
    chart = BarChart()
    chart.type = "bar"
    chart.title = f"Bezoekers per {heading}, {periods[-1]}"
    chart.legend = None
    chart.add_data(Reference(sheet, min_col=6, min_row=first, max_row=last))
    chart.set_categories(Reference(sheet, min_col=3, min_row=first, max_row=last))
    chart.width, chart.height = 18, 2 + size * 0.8
    sheet.add_chart(chart, "H2")


HOUSE_COLUMNS = (
    "huis_code",
    "huis_naam",
    "periode",
    "bijeenkomsten",
    "bezoekers",
    "bezoekers_per_bijeenkomst",
    "gebruikte_uren",
    "beschikbare_uren",
    "bezettingsgraad",
    "app_versie",  # which houses run an old housedesk (not a column of the contract's sheets)
)


def _houses(sheet: Any, counted: Sequence[HouseSummary]) -> None:
    """The houses side by side in the latest period, with charts."""
    from openpyxl.chart import BarChart, Reference

    _table(sheet, HOUSE_COLUMNS, {"huis_naam": 32})
    if not counted:
        return
    latest = max((summary.period for summary in counted), key=period_order)
    rows = [summary for summary in counted if summary.period == latest]
    for summary in sorted(rows, key=lambda s: s.house_code):
        _append(
            sheet,
            [
                summary.house_code,
                summary.house_name,
                summary.period,
                summary.sessions,
                summary.visitors,
                round(summary.visitors / summary.sessions, 1) if summary.sessions else None,
                round(summary.used_hours, 2),
                round(summary.available_hours, 2),
                summary.occupancy,
                summary.app_version or None,
            ],
        )
    _formats(
        sheet,
        {"bezettingsgraad": PERCENT, "gebruikte_uren": HOURS, "beschikbare_uren": HOURS},
        HOUSE_COLUMNS,
    )
    last = len(rows) + 1
    for column, title, anchor, number_format in (
        (9, f"Bezettingsgraad per huis, {latest}", "K2", PERCENT),
        (5, f"Bezoekers per huis, {latest}", "K24", WHOLE),
    ):
        chart = BarChart()
        chart.title = title
        chart.legend = None
        chart.add_data(Reference(sheet, min_col=column, min_row=2, max_row=last))
        chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=last))
        chart.y_axis.numFmt = number_format
        chart.width, chart.height = 22, 10
        sheet.add_chart(chart, anchor)
