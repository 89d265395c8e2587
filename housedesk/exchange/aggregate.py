"""Counting the houses' workbooks: which file counts, who is missing, and the aggregate workbook.

A file is identified by (huis_code, periode). Of several valid files with the
same key the latest ``geexporteerd_op`` counts and the others are ``vervangen``;
the same ``export_id`` read twice (two copies, or a folder read again next
quarter) counts once and the copy is ``dubbel``; a file with any error is
``afgewezen`` and nothing of it is counted. With an ``ImportHistory`` the count
covers everything ever imported, so the adviser's workbook grows quarter by
quarter without counting anything twice; what the history keeps is checked
again with today's rules in every run, and an earlier import that fails them
is reported (``afgewezen``) and counts for nothing. ``from_history`` gives what
the last run showed without reading anything.

Each file's messages begin with what happened to it, in Dutch: a counted file
that replaces an earlier export names it and the figures that changed
("vervangt de export van 28-10-2026 09:15 (…): bezoekers 8.248 → 8.348"); a
file read in an earlier run says so ("al eerder gelezen"), and whether it still
counts or was replaced since; of copies of one export the one with the
standard name (``BERGH_2026-Q3.xlsx``) stands for it, the others are copies.

Who is missing is asked of the latest quarter first: the most recent quarter
that has ended on the day of reading (``latest_quarter``), which every
expected house owes; then the older quarters each house lacks. A quarter still
running is owed by no one, so a house that sends it early makes no one else
look missing.

The aggregate workbook always has the contract's ``Overzicht`` and
``Meldingen`` sheets first (other tools rely on them), then the houses expected
but missing, totals per period, per activity type, per target group and per
nature of use, the houses side by side against a year earlier with their
totals (``Huizen``), every house-period against a year earlier (``Jaar op
jaar``; ``exchange.comparison`` defines each figure), and native Excel charts
the adviser can edit. It is written under a temporary name and renamed, so a
crash never leaves half a workbook under the final name.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from housedesk.common.codes import ActivityType, Nature, TargetGroup, label, values
from housedesk.common.outputs import workbook_is_whole, write_atomically
from housedesk.common.periods import Period
from housedesk.common.times import LOCAL_TIME
from housedesk.exchange import advice
from housedesk.exchange import format as fmt
from housedesk.exchange.cells import CELL_TEXT_MAX, text_cell, without_illegal_characters
from housedesk.exchange.comparison import (
    Comparison,
    HouseYear,
    PeriodComparison,
    compare,
    shown_percent,
    year_earlier,
)
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
    #: Its export was counted in an earlier run ("al eerder gelezen").
    read_before: bool = False


@dataclass(frozen=True)
class MissingHouse:
    """A house the municipality expects that sent nothing countable for a quarter."""

    period: str
    house_code: str
    house_name: str
    #: The latest quarter, which every expected house owes (asked first); else an older gap.
    latest: bool = False
    #: The newest period of the house that counts, if any.
    last_sent: str | None = None


@dataclass(frozen=True)
class Aggregate:
    """The outcome of a run: every file's fate, the counted house-periods, who is missing."""

    outcomes: tuple[FileOutcome, ...]
    counted: tuple[HouseSummary, ...]
    missing: tuple[MissingHouse, ...]
    expected: tuple[ExpectedHouse, ...] = ()
    #: The most recent complete quarter when the files were read (``latest_quarter``).
    latest_quarter: str | None = None
    #: When the files were read (``None``: never).
    read_at: dt.datetime | None = None

    @property
    def all_counted(self) -> bool:
        """No file was rejected (superseded and duplicate files are fine)."""
        return all(outcome.status != REJECTED for outcome in self.outcomes)

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def read_before(self) -> int:
        """Files whose export was counted in an earlier run."""
        return sum(1 for outcome in self.outcomes if outcome.read_before)

    def periods(self) -> list[str]:
        """The counted periods, newest first."""
        return sorted({s.period for s in self.counted}, key=period_order, reverse=True)

    def default_period(self) -> str | None:
        """The period to show first: the latest quarter when anything counts for it, else
        the newest counted period up to it (a house that sent the running quarter early
        does not move everyone on), else the newest of all."""
        periods = self.periods()
        if not periods:
            return None
        if self.latest_quarter in periods:
            return self.latest_quarter
        if self.latest_quarter is not None:
            limit = Period.parse(self.latest_quarter).last_day
            done = [p for p in periods if Period.parse(p).last_day <= limit]
            if done:
                return done[0]
        return periods[0]


def period_order(period: str) -> tuple[int, int]:
    """Periods in time order; a whole year after its quarters."""
    parsed = Period.parse(period)
    return parsed.year, parsed.quarter or 5


def latest_quarter(day: dt.date) -> Period:
    """The most recent complete quarter on ``day``: the one every expected house owes.

    Not the newest period anyone sent: a house that exports the running quarter
    early would make every other house look missing for it.
    """
    return Period.containing(day).previous()


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

    Of copies of one export read in this run, the one with the standard name
    (``BERGH_2026-Q3.xlsx``) stands for it, not ``BERGH_2026-Q3 (1).xlsx``. Each
    file's messages begin with what happened to it: counted, replacing an
    earlier export (with the figures that changed), read before (still counting,
    or replaced since), a copy, superseded, or rejected.
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
    counted_before = _current(candidates.values())

    # the file that stands for each export read in this run: the standard name first
    chosen: dict[str, ReadResult] = {}
    for result in results:
        if result.valid:
            assert result.summary is not None
            export_id = result.summary.export_id
            if export_id not in chosen or _name_rank(result) < _name_rank(chosen[export_id]):
                chosen[export_id] = result

    drafts: list[_Draft] = []
    new_exports: list[tuple[HouseSummary, str]] = []
    for result in results:
        notes = list(result.messages())
        if not result.valid:
            drafts.append(_Draft(result, None, REJECTED, False, notes))
            continue
        summary = result.summary
        assert summary is not None
        export_id = summary.export_id
        standing = chosen[export_id]
        if standing is not result:
            notes.insert(
                0,
                f"{result.name}: dezelfde export als {standing.name} (een kopie); telt één keer,"
                f" als {standing.name}",
            )
            if summary != standing.summary:
                notes.insert(1, _edited(result.name, standing.name))
            drafts.append(_Draft(result, summary, DUPLICATE, export_id in stored, notes))
        elif export_id in stored:
            earlier = stored[export_id]
            if summary != earlier.summary:
                notes.insert(0, _edited(result.name, earlier.file_name))
            drafts.append(_Draft(result, summary, None, True, notes))
        else:
            candidates[export_id] = summary
            source[export_id] = result.name
            new_exports.append((summary, result.name))
            drafts.append(_Draft(result, summary, None, False, notes))

    current = _current(candidates.values())

    outcomes: list[FileOutcome] = []
    for draft in drafts:
        result, file_summary, status, notes = draft.result, draft.summary, draft.status, draft.notes
        if file_summary is not None and status is None:
            key = (file_summary.house_code, file_summary.period)
            winner = current[key]
            if draft.read_before:
                first_read = stored[file_summary.export_id]
                when = f"{first_read.imported_at.astimezone(LOCAL_TIME):%d-%m-%Y}"
                if winner.export_id == file_summary.export_id:
                    status = DUPLICATE
                    notes.insert(
                        0,
                        f"{result.name}: al eerder gelezen op {when} (als"
                        f" {first_read.file_name}); telt nog steeds mee, één keer",
                    )
                else:
                    status = SUPERSEDED
                    notes.insert(
                        0,
                        f"{result.name}: al eerder gelezen op {when}; inmiddels vervangen door"
                        f" de export van {_stamp(winner)} ({source[winner.export_id]}) en telt"
                        " niet meer mee",
                    )
            elif winner.export_id == file_summary.export_id:
                status = COUNTED
                replaced = _replaced(file_summary, counted_before.get(key), candidates)
                if replaced is not None:
                    notes.insert(
                        0,
                        _replaces(result.name, file_summary, replaced, source[replaced.export_id]),
                    )
            else:
                status = SUPERSEDED
                notes.insert(
                    0,
                    f"{result.name}: vervangen door een latere export van {winner.house_code}"
                    f" {winner.period} ({source[winner.export_id]}, geëxporteerd op"
                    f" {_stamp(winner)}); telt niet mee",
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
                draft.read_before,
            )
        )
    outcomes.extend(_refused(export) for export in refused)

    counted = tuple(sorted(current.values(), key=lambda s: (period_order(s.period), s.house_code)))
    latest = latest_quarter(moment.astimezone(LOCAL_TIME).date())
    missing = _missing(counted, expected, latest)
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
                    outcome.read_before,
                )
                for outcome in outcomes
            ],
            now=moment,
            # a refused export read again from a file that passes takes its place
            replacing=[s.export_id for s, _file in new_exports if s.export_id in refused_ids],
        )
    return Aggregate(tuple(outcomes), counted, missing, tuple(expected), str(latest), moment)


def from_history(history: ImportHistory, *, now: dt.datetime | None = None) -> Aggregate:
    """What the history holds, as it was shown after the last run: nothing read or recorded.

    The files of the last run with what became of them, every export that counts
    (checked again with today's rules as at ``now``; one refused since is
    reported after the files) and who is missing. So the adviser's screen after
    a restart is the screen before it, and the workbook or report can be made
    without reading the files again.
    """
    moment = now or dt.datetime.now(dt.UTC)
    usable, refused = history.checked_exports(now=moment)
    counted = tuple(
        sorted(
            _current(export.summary for export in usable).values(),
            key=lambda s: (period_order(s.period), s.house_code),
        )
    )
    run = history.last_run()
    outcomes = [
        FileOutcome(
            reading.file_name,
            reading.house_code,
            reading.period,
            reading.export_id,
            reading.status,
            reading.messages,
            reading.read_before,
        )
        for reading in run
    ]
    reported = {(o.export_id, o.status) for o in outcomes}
    outcomes += [
        _refused(export) for export in refused if (export.export_id, REJECTED) not in reported
    ]
    expected = history.expected_houses()
    latest = latest_quarter(moment.astimezone(LOCAL_TIME).date())
    return Aggregate(
        tuple(outcomes),
        counted,
        _missing(counted, expected, latest),
        expected,
        str(latest),
        run[0].read_at if run else None,
    )


@dataclass
class _Draft:
    """A file on its way to its outcome; ``status`` ``None`` until the winners are known."""

    result: ReadResult
    summary: HouseSummary | None
    status: str | None
    read_before: bool
    notes: list[str]


def _name_rank(result: ReadResult) -> tuple[int, int]:
    """How well a file's name suits the export it holds: the standard name first, then the
    shortest ("X.xlsx" before "X (1).xlsx"); equal ranks keep the order read."""
    assert result.summary is not None
    standard = fmt.suggested_file_name(result.summary.house_code, result.summary.period)
    return (0 if result.name.casefold() == standard.casefold() else 1, len(result.name))


def _current(summaries: Iterable[HouseSummary]) -> dict[tuple[str, str], HouseSummary]:
    """The export that counts for each (house, period): the latest ``geexporteerd_op``."""
    current: dict[tuple[str, str], HouseSummary] = {}
    for summary in summaries:
        key = (summary.house_code, summary.period)
        best = current.get(key)
        if best is None or _newer(summary, best):
            current[key] = summary
    return current


def _replaced(
    summary: HouseSummary,
    counted_before: HouseSummary | None,
    candidates: dict[str, HouseSummary],
) -> HouseSummary | None:
    """The export that ``summary``, counted now, takes the place of: the one that counted
    before this run, else the newest other export of its house and period read now."""
    if counted_before is not None and counted_before.export_id != summary.export_id:
        return counted_before
    others = [
        other
        for other in candidates.values()
        if (other.house_code, other.period) == (summary.house_code, summary.period)
        and other.export_id != summary.export_id
    ]
    return max(others, key=lambda s: (s.exported_moment, s.export_id), default=None)


#: The figures a replacing export is compared on, as the adviser knows them.
_COMPARED: tuple[tuple[str, str, bool], ...] = (
    ("visitors", "bezoekers", False),
    ("sessions", "bijeenkomsten", False),
    ("used_hours", "gebruikte uren", True),
    ("available_hours", "beschikbare uren", True),
    ("activities", "activiteiten", False),
    ("new_activities", "nieuwe activiteiten", False),
    ("volunteers", "vrijwilligers", False),
    ("signals", "signalen", False),
)


def _replaces(file: str, new: HouseSummary, old: HouseSummary, old_file: str) -> str:
    """``FILE: vervangt de export van 28-10-2026 14:03 (…): bezoekers 8.248 → 8.348``."""
    changes = []
    for name, figure, hours in _COMPARED:
        before, after = getattr(old, name), getattr(new, name)
        shown_before, shown_after = (
            (_dutch_hours(before), _dutch_hours(after))
            if hours
            else (
                _dutch(before),
                _dutch(after),
            )
        )
        if shown_before != shown_after:
            changes.append(f"{figure} {shown_before} → {shown_after}")
    if old.approved != new.approved:
        changes.append(
            f"vastgesteld {fmt.YES if old.approved else fmt.NO} →"
            f" {fmt.YES if new.approved else fmt.NO}"
        )
    what = ", ".join(changes) if changes else "dezelfde cijfers"
    return f"{file}: vervangt de export van {_stamp(old)} ({old_file}): {what}"


def _stamp(summary: HouseSummary) -> str:
    """When an export was made, as the house's clock said: ``28-10-2026 14:03``."""
    return f"{summary.exported_moment:%d-%m-%Y %H:%M}"


def _dutch(number: int) -> str:
    """A whole number as Dutch writes it: ``8.248``."""
    return f"{number:,}".replace(",", ".")


def _dutch_hours(hours: float) -> str:
    """Hours with one decimal as Dutch writes them: ``1.234,5``."""
    return f"{hours:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")


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
            f"{export.file_name}: {advice.HISTORY}",
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
    counted: Sequence[HouseSummary], expected: Sequence[ExpectedHouse], latest: Period
) -> tuple[MissingHouse, ...]:
    """Who owes what: first the expected houses without the latest quarter, then the older
    quarters (since the first quarter anyone sent) each house lacks, newest first.

    A whole year's file covers its quarters. A quarter still running, or a later
    one, is never owed: a house that sent it early moves no one else.
    """
    covered: set[tuple[str, Period]] = set()
    newest: dict[str, str] = {}
    for summary in counted:
        for quarter in Period.parse(summary.period).quarters():
            covered.add((summary.house_code, quarter))
        shown = newest.get(summary.house_code)
        if shown is None or period_order(summary.period) > period_order(shown):
            newest[summary.house_code] = summary.period
    sent = [q for _code, q in covered if (q.year, q.quarter) <= (latest.year, latest.quarter)]
    first = min(sent, key=lambda q: (q.year, q.quarter), default=latest)
    quarters = [latest]
    while (quarters[-1].year, quarters[-1].quarter) > (first.year, first.quarter):
        quarters.append(quarters[-1].previous())
    houses = sorted(expected, key=lambda house: house.code)
    return tuple(
        MissingHouse(
            str(quarter), house.code, house.name, quarter == latest, newest.get(house.code)
        )
        for quarter in quarters
        for house in houses
        if (house.code, quarter) not in covered
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
    """Write the aggregate workbook to ``path`` atomically (temporary file, then rename).

    Raises ``OutputError`` (an ``Exception``, not an ``OSError``) when it could not be
    written; nothing under ``path`` has changed then.
    """
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
    period = result.default_period()
    _houses(workbook.create_sheet("Huizen"), compare(result.counted, period) if period else None)
    _year_on_year(workbook.create_sheet("Jaar op jaar"), result.counted)

    # openpyxl writes into the file write_atomically made (normal permissions, not 0600)
    write_atomically(Path(path), lambda temporary: workbook.save(temporary), workbook_is_whole)


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


MISSING_COLUMNS = ("periode", "huis_code", "huis_naam", "laatste_kwartaal", "laatst_ontvangen")


def _missing_sheet(sheet: Any, result: Aggregate) -> None:
    """The latest quarter's missing houses first, then older gaps, newest first."""
    _table(sheet, MISSING_COLUMNS, {"huis_naam": 36, "laatst_ontvangen": 18})
    for missing in result.missing:
        _append(
            sheet,
            [
                missing.period,
                missing.house_code,
                missing.house_name,
                fmt.YES if missing.latest else fmt.NO,
                missing.last_sent,
            ],
        )
    if not result.expected:
        sheet["G1"] = (
            "Er is nog geen lijst van verwachte huizen ingesteld, dus ontbrekende huizen"
            " kunnen niet worden gemeld."
        )
    elif result.latest_quarter:
        sheet["G1"] = (
            f"Laatste kwartaal: {result.latest_quarter}, het laatst afgelopen kwartaal op de"
            " dag van inlezen. Een kwartaal dat nog loopt, is nog van niemand verschuldigd."
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
    # a year earlier (exchange.comparison says how each is taken)
    "vorig_jaar",
    "bijeenkomsten_vorig_jaar",
    "bezoekers_vorig_jaar",
    "bezoekers_verschil",
    "bezettingsgraad_vorig_jaar",
    "bezettingsgraad_verschil_punten",
    "aandeel_maatschappelijk",
    "vastgesteld",
)
#: A change against a year earlier (whole percent) and a difference in points (one decimal).
CHANGE = "+0%;-0%;0%"
POINTS = "+0.0;-0.0;0.0"


def _shown_share(share: float | None) -> float | None:
    """A share as the percentage shows it (one decimal), so that cells subtract as shown."""
    percent = shown_percent(share)
    return None if percent is None else round(percent / 100, 3)


def _change_cell(value: float | None) -> float | None:
    return None if value is None else round(value / 100, 2)


def _house_row(house: HouseYear) -> list[object]:
    summary, earlier = house.summary, house.earlier
    return [
        summary.house_code,
        summary.house_name,
        summary.period,
        summary.sessions,
        summary.visitors,
        round(summary.visitors / summary.sessions, 1) if summary.sessions else None,
        round(summary.used_hours, 2),
        round(summary.available_hours, 2),
        _shown_share(summary.occupancy),
        summary.app_version or None,
        earlier.period if earlier else None,
        earlier.sessions if earlier else None,
        earlier.visitors if earlier else None,
        _change_cell(house.visitors_change),
        _shown_share(earlier.occupancy) if earlier else None,
        house.occupancy_points,
        _shown_share(house.now.community_share),
        fmt.YES if summary.approved else fmt.NO,
    ]


def _total_row(label: str, comparison: Comparison, period: str) -> list[object]:
    now, before = comparison.now, comparison.before
    return [
        "TOTAAL",
        label,
        period,
        now.sessions,
        now.visitors,
        round(now.visitors / now.sessions, 1) if now.sessions else None,
        round(now.used_hours, 2),
        round(now.available_hours, 2),
        _shown_share(now.occupancy),
        None,
        year_earlier(period) if before else None,
        before.sessions if before else None,
        before.visitors if before else None,
        _change_cell(comparison.visitors_change),
        _shown_share(before.occupancy) if before else None,
        comparison.occupancy_points,
        _shown_share(now.community_share),
        None,
    ]


def _houses(sheet: Any, comparison: PeriodComparison | None) -> None:
    """The houses side by side in one period (the one the screen shows first) against a
    year earlier, with charts, and below them, after an empty row, the totals."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    _table(sheet, HOUSE_COLUMNS, {"huis_naam": 32})
    if comparison is None or not comparison.houses:
        return
    for house in comparison.houses:
        _append(sheet, _house_row(house))
    last = len(comparison.houses) + 1
    totals = [(f"Totaal ({len(comparison.houses)} huizen)", comparison.total)]
    if comparison.comparable is not None and not comparison.all_comparable:
        count = comparison.comparable.now.houses
        totals.append(
            (f"Vergelijkbaar ({count} huizen met een jaar eerder)", comparison.comparable)
        )
    sheet.append([])
    for name, total in totals:
        _append(sheet, _total_row(name, total, comparison.period))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    _formats(
        sheet,
        {
            "bezettingsgraad": PERCENT,
            "bezettingsgraad_vorig_jaar": PERCENT,
            "aandeel_maatschappelijk": PERCENT,
            "gebruikte_uren": HOURS,
            "beschikbare_uren": HOURS,
            "bezoekers_verschil": CHANGE,
            "bezettingsgraad_verschil_punten": POINTS,
        },
        HOUSE_COLUMNS,
    )
    for column, title, anchor, number_format in (
        (9, f"Bezettingsgraad per huis, {comparison.period}", "U2", PERCENT),
        (5, f"Bezoekers per huis, {comparison.period}", "U24", WHOLE),
    ):
        chart = BarChart()
        chart.title = title
        chart.legend = None
        chart.add_data(Reference(sheet, min_col=column, min_row=2, max_row=last))
        chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=last))
        chart.y_axis.numFmt = number_format
        chart.width, chart.height = 22, 10
        sheet.add_chart(chart, anchor)


YEAR_COLUMNS = (
    "huis_code",
    "huis_naam",
    "periode",
    "vorig_jaar",
    "bijeenkomsten",
    "bijeenkomsten_vorig_jaar",
    "bezoekers",
    "bezoekers_vorig_jaar",
    "bezoekers_verschil",
    "bezettingsgraad",
    "bezettingsgraad_vorig_jaar",
    "bezettingsgraad_verschil_punten",
)


def _year_on_year(sheet: Any, counted: Sequence[HouseSummary]) -> None:
    """Every counted house-period against the same period a year earlier, newest first."""
    _table(sheet, YEAR_COLUMNS, {"huis_naam": 32})
    periods = sorted({s.period for s in counted}, key=period_order, reverse=True)
    for period in periods:
        for house in compare(counted, period).houses:
            earlier = house.earlier
            _append(
                sheet,
                [
                    house.house_code,
                    house.house_name,
                    period,
                    earlier.period if earlier else None,
                    house.summary.sessions,
                    earlier.sessions if earlier else None,
                    house.summary.visitors,
                    earlier.visitors if earlier else None,
                    _change_cell(house.visitors_change),
                    _shown_share(house.summary.occupancy),
                    _shown_share(earlier.occupancy) if earlier else None,
                    house.occupancy_points,
                ],
            )
    _formats(
        sheet,
        {
            "bezettingsgraad": PERCENT,
            "bezettingsgraad_vorig_jaar": PERCENT,
            "bezoekers_verschil": CHANGE,
            "bezettingsgraad_verschil_punten": POINTS,
        },
        YEAR_COLUMNS,
    )
    sheet.auto_filter.ref = sheet.dimensions
