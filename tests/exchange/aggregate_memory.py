"""The peak memory of ``housedesk aggregate`` over large house files; run as a script.

    python tests/exchange/aggregate_memory.py build FOLDER FILES REPEAT
    python tests/exchange/aggregate_memory.py measure WORKDIR PATH...

``build`` writes FILES valid house files into FOLDER, each with REPEAT times the
sessions of ``tests.helpers.files.sample`` (rooms of their own for each
repetition, so that every file passes). ``measure`` runs the command as the
adviser runs it (``housedesk aggregate PATH... -o OUT --history H``) in this
process, once to load every module and then under ``tracemalloc``, and prints
the peak of Python's allocations in bytes as the last line (JSON). Run each
measurement in a process of its own, so that one leaves nothing behind for the
next.
"""

from __future__ import annotations

import json
import sys
import tracemalloc
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PERIOD = "2026-Q3"


def build(folder: Path, files: int, repeat: int) -> list[Path]:
    from housedesk.exchange import format as fmt
    from tests.helpers.files import sample, write

    paths = []
    for number in range(files):
        code = f"HUIS{number + 1:02d}"
        house = sample(code, PERIOD, density=0.95, repeat=repeat, spread=True)
        paths.append(write(house, folder / fmt.suggested_file_name(code, PERIOD)))
    return paths


def aggregate(paths: list[str], out: Path, history: Path) -> int:
    from housedesk.__main__ import main

    with redirect_stdout(StringIO()):
        return main(["aggregate", *paths, "-o", str(out), "--history", str(history)])


def measure(workdir: Path, paths: list[str]) -> int:
    """The peak of the command over ``paths``, after a first run that loads every module."""
    workdir.mkdir(parents=True, exist_ok=True)
    status = aggregate(paths[:1], workdir / "warm.xlsx", workdir / "warm.sqlite3")
    assert status == 0, status
    tracemalloc.start()
    status = aggregate(paths, workdir / "gemeente.xlsx", workdir / "gemeente.sqlite3")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert status == 0, status
    return peak


def main(argv: list[str]) -> None:
    command, *rest = argv
    if command == "build":
        folder, files, repeat = Path(rest[0]), int(rest[1]), int(rest[2])
        print(json.dumps([str(path) for path in build(folder, files, repeat)]))
    elif command == "measure":
        print(json.dumps({"peak": measure(Path(rest[0]), rest[1:])}))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
