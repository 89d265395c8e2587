"""``housedesk aggregate``: the municipality counts the houses' workbooks into one.

``housedesk aggregate FOLDER_OR_FILES... -o overzicht.xlsx`` reads the files,
counts them with the import history (``--no-history``: these files only) and
writes the aggregate workbook; ``--pdf overzicht.pdf`` writes the printable
report of all houses for a period too (``--period``, by default the one
Gemeente shows first: the latest quarter that has ended, when anything counts
for it). Without files, what the history holds is written as it is, nothing
read: the workbook or the report again, without reading the folder again.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from housedesk.cli.base import EXIT_FAILED, CommandError, checked_output, painted, parse_period
from housedesk.common.outputs import OutputError
from housedesk.exchange import advice
from housedesk.exchange.aggregate import (
    COUNTED,
    DUPLICATE,
    EXIT_ALL_COUNTED,
    EXIT_SOME_REJECTED,
    REJECTED,
    SUPERSEDED,
    Aggregate,
    FileOutcome,
    aggregate,
    find_files,
    from_history,
    write_workbook,
)
from housedesk.exchange.imports import HistoryError, ImportHistory
from housedesk.exchange.reader import read_workbook


def run(args: argparse.Namespace) -> int:
    """``housedesk aggregate [PATH...] [-o OUT.xlsx] [--pdf OUT.pdf]``: 0 all counted,
    1 some rejected (or an output could not be written), 2 usage."""
    if args.output is None and args.pdf is None:
        raise CommandError("say what to write: -o OUT.xlsx, --pdf OUT.pdf, or both")
    if not args.paths and args.no_history:
        raise CommandError("without files there is nothing to count: name files or a folder")
    output = checked_output(args.output, ".xlsx", args) if args.output else None
    pdf = checked_output(args.pdf, ".pdf", args) if args.pdf else None
    period = str(parse_period(args.period)) if args.period else None
    files: list[Path] = []
    if args.paths:
        try:
            files = find_files(args.paths, leave_out=output)
        except FileNotFoundError as exc:
            raise CommandError(f"{exc.args[0]} does not exist") from exc
        if not files:
            raise CommandError("no workbooks (.xlsx) found in " + ", ".join(map(str, args.paths)))
    history: ImportHistory | None = None
    if not args.no_history:
        try:
            history = ImportHistory(args.history)
        except (HistoryError, OSError) as exc:
            raise CommandError(str(exc)) from exc
    try:
        if files:
            result = aggregate([read_workbook(path) for path in files], history=history)
        else:
            assert history is not None
            result = from_history(history)
    finally:
        if history is not None:
            history.close()
    for outcome in result.outcomes:
        print(outcome_lines(outcome))
    if pdf is not None:
        period = period or result.default_period()
        if period is None:
            raise CommandError("nothing counts yet; no report written", EXIT_FAILED)
        if period not in result.periods():
            raise CommandError(f"nothing counts for {period}; no report written", EXIT_FAILED)
    written = []
    if output is not None:
        try:
            write_workbook(result, output)
        except OutputError as exc:
            raise CommandError(exc.describe(), EXIT_FAILED) from exc
        written.append(str(output))
    if pdf is not None and period is not None:
        written.append(str(_write_report(result, period, pdf)))
    print(
        f"{len(result.outcomes)} files {'read' if files else 'in the last reading'}:"
        f" {result.count(COUNTED)} counted, {result.count(REJECTED)} rejected,"
        f" {result.count(SUPERSEDED)} superseded, {result.count(DUPLICATE)} duplicate;"
        f" {len(result.counted)} house-periods in {' and '.join(written)}"
    )
    _print_missing(result)
    return EXIT_ALL_COUNTED if result.all_counted else EXIT_SOME_REJECTED


def _write_report(result: Aggregate, period: str, pdf: Path) -> Path:
    from housedesk.ui.municipality.report import write_report

    return painted(lambda: write_report(result, period, pdf))


def _print_missing(result: Aggregate) -> None:
    """Who has not sent the latest quarter, then the older gaps per quarter."""
    by_period: dict[str, list[str]] = {}
    for missing in result.missing:
        by_period.setdefault(missing.period, []).append(missing.house_code)
    for period, codes in by_period.items():
        latest = " (the latest quarter)" if period == result.latest_quarter else ""
        print(f"missing for {period}{latest}: {', '.join(codes)}")


def outcome_lines(outcome: FileOutcome) -> str:
    """A file's fate: its status and first finding on one line, then what to ask the house.

    The first line stays one line per file for scripts (status, file, the first
    technical finding, how many more); the plain-Dutch advice follows indented.
    """
    asked = [m for m in outcome.messages if m.removeprefix(f"{outcome.file}: ") in advice.ALL]
    findings = [m for m in outcome.messages if m not in asked]
    line = f"{outcome.status:<10} {outcome.file}"
    if findings:
        first = findings[0].removeprefix(outcome.file)
        line += first if first.startswith((":", ",")) else f": {first}"
        if len(findings) > 1:
            line += f" (+{len(findings) - 1})"
    for ask in asked:
        line += "\n" + " " * 11 + ask.removeprefix(f"{outcome.file}: ")
    return line
