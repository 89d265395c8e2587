#!/usr/bin/env python3
"""Benchmark: the exchange export of a busy year against openpyxl writing the same cells.

    .venv/bin/python bench/export.py [--runs 7] [--year 2025]

The subject is ``export_period`` for a whole year of the ten-year demo house
(built once into bench/data/ by bench/run.py's ``demo_database``): reading the
figures, writing every sheet, fsync and rename. The floor is openpyxl alone in
write-only mode writing the very same cells (taken from the subject's own
file beforehand) as plain values, without the database, the text checks, the
document properties or the fsync. Both run in this process, in turns, so start-up
is not measured and drift hits both alike; the ratio is what counts (target ≤ 1.3).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from run import alternate, demo_database  # noqa: E402

from housedesk.common.periods import Period  # noqa: E402
from housedesk.db import open_database  # noqa: E402
from housedesk.exchange.writer import export_period  # noqa: E402

TARGET = 1.3


def cells_of(path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every sheet's rows as plain values, to be written again by the floor."""
    workbook = load_workbook(path)
    return [(sheet.title, list(sheet.iter_rows(values_only=True))) for sheet in workbook]


def write_floor(sheets: list[tuple[str, list[tuple[Any, ...]]]], target: Path) -> None:
    workbook = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--json", action="store_true", help="one JSON line for bench/run.py")
    args = parser.parse_args()

    source = demo_database(10)
    work = Path(tempfile.mkdtemp(prefix="housedesk-bench-export-"))
    try:
        # A copy: opening may upgrade the schema, and the benchmark must not touch bench/data.
        copy = work / source.name
        shutil.copy2(source, copy)
        db = open_database(copy)
        period = Period(args.year)
        sample = export_period(db, period, work).path
        sheets = cells_of(sample)
        rows = sum(len(sheet_rows) for _title, sheet_rows in sheets)

        def subject() -> float:
            start = time.perf_counter()
            export_period(db, period, work)
            return time.perf_counter() - start

        def floor() -> float:
            start = time.perf_counter()
            write_floor(sheets, work / "floor.xlsx")
            return time.perf_counter() - start

        median, floor_median = alternate(args.runs, subject, floor)
        db.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ratio = median / floor_median
    if args.json:
        result = {
            "name": f"export of {period}, 10-year house ({rows} rows)",
            "value_ms": median * 1000,
            "floor_ms": floor_median * 1000,
            "floor_name": "openpyxl alone, write-only",
            "ratio": ratio,
            "target": TARGET,
        }
        print(json.dumps(result))
        return
    verdict = "met" if ratio <= TARGET else "NOT MET"
    print(f"export of {period} from the 10-year demo house: {rows} rows in {len(sheets)} sheets")
    print(f"{'benchmark':32} {'median':>9} {'floor':>9}  {'ratio':>6}  target")
    print(
        f"{'export ' + str(period):32} {median * 1000:7.0f}ms {floor_median * 1000:7.0f}ms  "
        f"{ratio:6.2f}  ≤{TARGET:.1f} {verdict}"
    )


if __name__ == "__main__":
    main()
