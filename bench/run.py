#!/usr/bin/env python3
"""housedesk's benchmarks: each figure is a ratio against a floor measured in the same run.

    .venv/bin/python bench/run.py [--runs 7] [--only startup]

Builds its data with ``housedesk demo`` into bench/data/ (once; delete the folder
to rebuild), runs every benchmark several times, alternating with its floor,
and prints a table of medians and ratios. Absolute times drift on a shared
machine; the ratio to the floor measured alongside is what we compare.
See docs/performance.md for the figures and what made the difference.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
PYTHON = sys.executable
ENV = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}


@dataclass(frozen=True)
class Result:
    name: str
    median: float
    floor_name: str
    floor_median: float
    target: float | None

    @property
    def ratio(self) -> float:
        return self.median / self.floor_median


def demo_database(years: int, scale: int = 1) -> Path:
    """A demo house of ``years`` years (built once and kept in bench/data/)."""
    DATA.mkdir(exist_ok=True)
    path = DATA / f"house-{years}y-x{scale}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        print(f"building {path.name} …", file=sys.stderr, flush=True)
        subprocess.run(
            [
                PYTHON,
                "-m",
                "housedesk",
                "demo",
                "--db",
                str(partial),
                "--years",
                str(years),
                "--scale",
                str(scale),
                "--seed",
                "1",
            ],
            check=True,
            env=ENV,
            stdout=subprocess.DEVNULL,
        )
        partial.rename(path)
    return path


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def alternate(runs: int, subject: Callable[[], float], floor: Callable[[], float]) -> tuple:
    """Run subject and floor in turns (so drift hits both alike); their medians."""
    subject(), floor()  # warm the disk cache
    a, b = [], []
    for _ in range(runs):
        a.append(subject())
        b.append(floor())
    return statistics.median(a), statistics.median(b)


def bench_startup(runs: int) -> Result:
    """From process start to a shown main window on the ten-year database."""
    db = demo_database(10)
    home = tempfile.mkdtemp(prefix="housedesk-bench-")
    env = {**ENV, "HOUSEDESK_HOME": home, "HOUSEDESK_QUIT_WHEN_SHOWN": "1"}
    app, floor = alternate(
        runs,
        lambda: timed([PYTHON, "-m", "housedesk", "--db", str(db)], env),
        lambda: timed([PYTHON, str(HERE / "floor_window.py")], env),
    )
    return Result("start-up, 10-year house", app, "bare QMainWindow", floor, 1.5)


BENCHMARKS: dict[str, Callable[[int], Result]] = {
    "startup": bench_startup,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", choices=sorted(BENCHMARKS), action="append")
    args = parser.parse_args()
    results = [BENCHMARKS[name](args.runs) for name in (args.only or BENCHMARKS)]
    print(f"{'benchmark':32} {'median':>9} {'floor':>9}  {'ratio':>6}  target  floor is")
    for r in results:
        target = f"≤{r.target:.1f}" if r.target else "—"
        verdict = "" if r.target is None else ("met" if r.ratio <= r.target else "NOT MET")
        print(
            f"{r.name:32} {r.median * 1000:7.0f}ms {r.floor_median * 1000:7.0f}ms  "
            f"{r.ratio:6.2f}  {target:6}  {r.floor_name} {verdict}"
        )


if __name__ == "__main__":
    main()
