"""``housedesk aggregate``: the municipality counts the houses' workbooks into one."""

from __future__ import annotations

import argparse

from housedesk.cli.base import CommandError, checked_output
from housedesk.common.outputs import OutputError
from housedesk.exchange import advice
from housedesk.exchange.aggregate import (
    COUNTED,
    DUPLICATE,
    EXIT_ALL_COUNTED,
    EXIT_SOME_REJECTED,
    REJECTED,
    SUPERSEDED,
    FileOutcome,
    aggregate,
    find_files,
    write_workbook,
)
from housedesk.exchange.imports import HistoryError, ImportHistory
from housedesk.exchange.reader import read_workbook


def run(args: argparse.Namespace) -> int:
    """``housedesk aggregate PATH... -o OUT.xlsx``: 0 all counted, 1 some rejected, 2 usage."""
    output = checked_output(args.output, ".xlsx", args)
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
        results = [read_workbook(path) for path in files]
        result = aggregate(results, history=history)
    finally:
        if history is not None:
            history.close()
    for outcome in result.outcomes:
        print(outcome_lines(outcome))
    try:
        write_workbook(result, output)
    except OutputError as exc:
        raise CommandError(exc.describe()) from exc
    print(
        f"{len(result.outcomes)} files read: {result.count(COUNTED)} counted,"
        f" {result.count(REJECTED)} rejected, {result.count(SUPERSEDED)} superseded,"
        f" {result.count(DUPLICATE)} duplicate; {len(result.counted)} house-periods"
        f" in {output}"
    )
    if result.missing:
        by_period: dict[str, list[str]] = {}
        for missing in result.missing:
            by_period.setdefault(missing.period, []).append(missing.house_code)
        for period, codes in by_period.items():
            print(f"missing for {period}: {', '.join(codes)}")
    return EXIT_ALL_COUNTED if result.all_counted else EXIT_SOME_REJECTED


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
