#!/usr/bin/env python3
"""Benchmark of the municipality's count: 18 houses × 4 quarters against openpyxl alone.

    .venv/bin/python bench/aggregate.py [--runs 5] [--houses 18] [--json]

Builds valid v1 workbooks the size of a busy house (some 700 sessions a quarter)
with the test suite's builder, then times, in turns, the whole count
(``aggregate_files``: container checks, full validation, supersession, and
writing the aggregate workbook), the validation alone, and the floor: openpyxl
alone opening the same files in read-only mode and reading every cell of the
five data sheets, with no checks at all. Prints the medians and their ratios;
with ``--json``, one JSON object per line for bench/run.py.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent)]

from openpyxl import load_workbook  # noqa: E402

from housedesk.exchange import format as fmt  # noqa: E402
from housedesk.exchange.aggregate import aggregate_files, write_workbook  # noqa: E402
from housedesk.exchange.reader import read_workbook  # noqa: E402
from tests.helpers.files import sample, write  # noqa: E402

PERIODS = ("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")
TARGET = 1.3


def build(folder: Path, houses: int) -> list[Path]:
    paths = []
    for number in range(houses):
        code = f"HUIS{number + 1:02d}"
        for period in PERIODS:
            house = sample(code, period, density=0.95, repeat=4)
            paths.append(write(house, folder / fmt.suggested_file_name(code, period)))
    return paths


def count(folder: Path, out: Path) -> None:
    result = aggregate_files([folder], leave_out=out)
    assert result.all_counted and len(result.counted) == len(result.outcomes)
    write_workbook(result, out)


def validate_only(paths: list[Path]) -> None:
    for path in paths:
        assert read_workbook(path).valid


def floor(paths: list[Path]) -> None:
    for path in paths:
        workbook = load_workbook(path, read_only=True)
        for title, columns in fmt.SHEETS.items():
            for _row in workbook[title].iter_rows(max_col=len(columns), values_only=True):
                pass
        workbook.close()


def timed(action: Callable[[], None]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--houses", type=int, default=18)
    parser.add_argument("--json", action="store_true", help="JSON lines for bench/run.py")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="housedesk-aggregate-") as temporary:
        folder = Path(temporary) / "inbox"
        folder.mkdir()
        paths = build(folder, args.houses)
        sessions = sum(len(read_workbook(p, figures=True).figures.sessions) for p in paths[:4]) // 4
        out = Path(temporary) / "gemeente.xlsx"
        subjects = {
            "count + aggregate workbook": lambda: count(folder, out),
            "validate only": lambda: validate_only(paths),
        }
        times: dict[str, list[float]] = {name: [] for name in subjects}
        floors: list[float] = []
        floor(paths), count(folder, out)  # warm the disk cache and the imports
        for _ in range(args.runs):
            for name, subject in subjects.items():
                times[name].append(timed(subject))
            floors.append(timed(lambda: floor(paths)))
    base = statistics.median(floors)
    if args.json:
        median = statistics.median(times["count + aggregate workbook"])
        result = {
            "name": f"aggregation {args.houses} houses x {len(PERIODS)} quarters",
            "value_ms": median * 1000,
            "floor_ms": base * 1000,
            "floor_name": "openpyxl alone, read-only",
            "ratio": median / base,
            "target": TARGET,
        }
        print(json.dumps(result))
        return
    print(
        f"{len(paths)} files ({args.houses} houses × {len(PERIODS)} quarters,"
        f" ~{sessions} sessions each)"
    )
    print(f"{'benchmark':30} {'median':>9}  {'ratio':>6}")
    print(f"{'floor: openpyxl read-only':30} {base * 1000:7.0f}ms  {1:6.2f}")
    for name, measured in times.items():
        median = statistics.median(measured)
        print(f"{name:30} {median * 1000:7.0f}ms  {median / base:6.2f}")


if __name__ == "__main__":
    main()
