#!/usr/bin/env python3
"""housedesk's benchmarks: each figure against its floor or limit, measured in the same run.

    .venv/bin/python bench/run.py [--runs 5] [--only startup --only memory ...]

Builds its data with ``housedesk demo`` into bench/data/ (once; delete the
folder to rebuild): ten years of a busy house and a stress house ten times
that. Then runs every benchmark several times, alternating with its floor
where it has one, and prints a table of medians and ratios. Absolute times
drift on a shared machine; the ratio to the floor measured alongside is what
we compare. See docs/performance.md for the figures and what made the
difference.

The benchmarks (each also runs on its own, see its docstring):

- startup: process start to the first paint of the main window on the
  ten-year house, against a bare PySide6 script showing an empty QMainWindow;
  and the event loop's longest block while the ORM loads after that paint.
- memory: peak resident memory of the app on the stress house with the
  tallies list open, against the same bare script.
- screens (bench/screens.py): every list and the week view, from the action
  to the first paint, on both houses; the limit is 100 ms.
- export (bench/export.py): a year of the ten-year house, against openpyxl
  alone writing the same cells in write-only mode.
- aggregation (bench/aggregate.py): 18 houses × 4 quarters, against openpyxl
  alone reading the same cells in read-only mode.
- responsive (bench/responsive.py): the event loop's longest block while
  export, aggregation, backup and PDF writing run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
PYTHON = sys.executable
ENV = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
ENV.pop("PYTHONDONTWRITEBYTECODE", None)  # measure as installed: with compiled modules


@dataclass(frozen=True)
class Result:
    """One line of the table: a median against a floor (ratio target) or a limit."""

    name: str
    value: float
    unit: str = "ms"
    floor: float | None = None
    floor_name: str = ""
    target_ratio: float | None = None
    limit: float | None = None

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor else None

    @property
    def met(self) -> bool | None:
        if self.target_ratio is not None and self.ratio is not None:
            return self.ratio <= self.target_ratio
        if self.limit is not None:
            return self.value <= self.limit
        return None


def demo_database(years: int, scale: int = 1) -> Path:
    """A demo house of ``years`` years (built once and kept in bench/data/)."""
    DATA.mkdir(exist_ok=True)
    path = DATA / f"house-{years}y-x{scale}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        print(f"building {path.name} …", file=sys.stderr, flush=True)
        demo = ["demo", "--db", str(partial), "--years", str(years), "--scale", str(scale)]
        subprocess.run(
            [PYTHON, "-m", "housedesk", *demo, "--seed", "1"],
            check=True,
            env=ENV,
            stdout=subprocess.DEVNULL,
        )
        partial.rename(path)
    return path


def alternate(runs: int, subject: Callable[[], float], floor: Callable[[], float]) -> tuple:
    """Run subject and floor in turns (so drift hits both alike); their medians."""
    subject(), floor()  # warm the disk cache
    a, b = [], []
    for _ in range(runs):
        a.append(subject())
        b.append(floor())
    return statistics.median(a), statistics.median(b)


@dataclass(frozen=True)
class Process:
    """A finished probe process: its report, seconds to first paint, peak memory (MB)."""

    report: dict
    to_first_paint: float
    peak_mb: float


def probe(command: list[str], env: dict[str, str]) -> Process:
    """Run a probe that writes its report to the file named as its first argument."""
    with tempfile.TemporaryDirectory(prefix="housedesk-bench-") as folder:
        report_path = Path(folder) / "report.json"
        started = time.time()
        child = subprocess.Popen(
            [PYTHON, command[0], str(report_path), *command[1:]],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _pid, status, usage = os.wait4(child.pid, 0)
        if status != 0:
            raise RuntimeError(f"{command[0]} failed with status {status}")
        report = json.loads(report_path.read_text(encoding="utf-8"))
    return Process(report, report["first_paint"] - started, usage.ru_maxrss / 1024)


def app_env() -> dict[str, str]:
    return {**ENV, "HOUSEDESK_HOME": tempfile.mkdtemp(prefix="housedesk-bench-home-")}


def bench_startup(runs: int) -> Iterator[Result]:
    db = demo_database(10)
    env = app_env()
    apps: list[Process] = []
    floors: list[Process] = []
    for turn in range(runs + 1):  # the first turn warms the disk cache
        app = probe([str(HERE / "probe_app.py"), str(db)], env)
        floor = probe([str(HERE / "floor_window.py")], env)
        if turn:
            apps.append(app)
            floors.append(floor)
    floor_ms = statistics.median(p.to_first_paint for p in floors) * 1000
    yield Result(
        "start-up to first paint, 10-year house",
        statistics.median(p.to_first_paint for p in apps) * 1000,
        floor=floor_ms,
        floor_name="bare QMainWindow script",
        target_ratio=1.5,
    )
    yield Result(
        "  … then the ORM loaded in the background",
        statistics.median(p.report["warm"] - p.report["first_paint"] for p in apps) * 1000,
    )
    yield Result(
        "  … longest event-loop block meanwhile",
        statistics.median(p.report["longest_block_ms"] for p in apps),
        limit=100,
    )


def bench_memory(runs: int) -> Iterator[Result]:
    db = demo_database(10, 10)
    env = app_env()
    apps, floors = [], []
    for turn in range(runs + 1):
        app = probe([str(HERE / "probe_app.py"), str(db), "--screen", "tallies"], env)
        floor = probe([str(HERE / "floor_window.py")], env)
        if turn:
            apps.append(app)
            floors.append(floor)
    yield Result(
        "peak memory, stress house on Tellingen",
        statistics.median(p.peak_mb for p in apps),
        unit="MB",
        floor=statistics.median(p.peak_mb for p in floors),
        floor_name="bare QMainWindow script",
        target_ratio=1.5,
    )


def json_lines(script: str, *arguments: str) -> Iterator[dict]:
    """Run another benchmark script with ``--json`` and read its result lines."""
    done = subprocess.run(
        [PYTHON, str(HERE / script), *arguments, "--json"],
        check=True,
        env=ENV,
        capture_output=True,
        text=True,
    )
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            yield json.loads(line)


def from_json(line: dict) -> Result:
    if "floor_ms" in line and line.get("target"):
        return Result(
            line["name"],
            line["value_ms"],
            floor=line["floor_ms"],
            floor_name=line.get("floor_name", ""),
            target_ratio=line["target"],
        )
    return Result(line["name"], line["value_ms"], limit=line.get("limit_ms"))


def bench_screens(runs: int) -> Iterator[Result]:
    for scale, house in ((1, "10-year house"), (10, "stress house")):
        db = demo_database(10, scale)
        for line in json_lines("screens.py", str(db), "--runs", str(runs)):
            yield Result(
                f"screen {line['name']}, {house}",
                line["value_ms"],
                limit=line.get("limit_ms") if scale == 10 else None,
            )


def bench_export(runs: int) -> Iterator[Result]:
    demo_database(10)
    yield from map(from_json, json_lines("export.py", "--runs", str(runs)))


def bench_aggregation(runs: int) -> Iterator[Result]:
    yield from map(from_json, json_lines("aggregate.py", "--runs", str(max(3, runs // 2))))


def bench_responsive(runs: int) -> Iterator[Result]:
    demo_database(10)
    demo_database(10, 10)
    yield from map(from_json, json_lines("responsive.py", "--runs", str(max(3, runs // 2))))


BENCHMARKS: dict[str, Callable[[int], Iterator[Result]]] = {
    "startup": bench_startup,
    "memory": bench_memory,
    "screens": bench_screens,
    "export": bench_export,
    "aggregation": bench_aggregation,
    "responsive": bench_responsive,
}


def line(result: Result) -> str:
    unit = result.unit
    floor = f"{result.floor:8.0f}{unit}" if result.floor else " " * (8 + len(unit))
    ratio = f"{result.ratio:6.2f}" if result.ratio is not None else " " * 6
    if result.target_ratio is not None:
        target = f"ratio ≤ {result.target_ratio:.1f}"
    elif result.limit is not None:
        target = f"≤ {result.limit:.0f} {unit}"
    else:
        target = ""
    verdict = {True: "met", False: "NOT MET", None: ""}[result.met]
    return (
        f"{result.name:52} {result.value:8.0f}{unit} {floor} {ratio}  {target:13} {verdict:7}"
        f" {result.floor_name}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=sorted(BENCHMARKS), action="append")
    args = parser.parse_args()
    print(f"{'benchmark':52} {'median':>10} {'floor':>10} {'ratio':>6}  {'target':13} verdict")
    for name in args.only or BENCHMARKS:
        for result in BENCHMARKS[name](args.runs):
            print(line(result), flush=True)


if __name__ == "__main__":
    main()
