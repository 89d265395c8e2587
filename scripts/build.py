#!/usr/bin/env python3
"""Build the frozen app, dist/housedesk/, from a clean environment of the locked versions.

    scripts/build                 on Linux (installs the system libraries Qt needs first)
    python scripts/build.py       anywhere, Windows included (.github/workflows/windows.yml)

A new virtual environment (build/venv) gets exactly requirements/build.txt, the app's
locked versions and PyInstaller's, each file checked against its hash; PyInstaller
then builds packaging/housedesk.spec into dist/housedesk/ (one folder: the program and
everything it loads). housedesk itself comes from this checkout, through the spec.
Nothing of the developer's own environment is used. scripts/bundle_check.py runs the
result's --self-test from a copy elsewhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "build.txt"
SPEC = ROOT / "packaging" / "housedesk.spec"
BUILD = ROOT / "build"
ENV = BUILD / "venv"
DIST = ROOT / "dist"
BUNDLE = DIST / "housedesk"


def say(text: str) -> None:
    print(f"housedesk: {text}", file=sys.stderr, flush=True)


def env_python(env: Path) -> Path:
    return env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(*command: str | Path) -> None:
    subprocess.run([str(part) for part in command], check=True, cwd=ROOT)


def make_environment() -> Path:
    """A new virtual environment holding exactly the build lock."""
    if ENV.exists():
        shutil.rmtree(ENV)
    say(f"creating the build environment {ENV.relative_to(ROOT)} from {LOCK.relative_to(ROOT)}")
    venv.create(ENV, with_pip=True, clear=True)
    python = env_python(ENV)
    pip = [python, "-m", "pip", "--disable-pip-version-check", "--no-input", "-q"]
    run(*pip, "install", "--require-hashes", "--no-deps", "-r", LOCK)
    return python


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    started = time.monotonic()
    python = make_environment()
    say(f"building {BUNDLE.relative_to(ROOT)} with {SPEC.relative_to(ROOT)}")
    # Without the developer's variables: PYTHONPATH would let the analysis find modules
    # that the clean environment does not hold.
    os.environ.pop("PYTHONPATH", None)
    run(
        python,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        DIST,
        "--workpath",
        BUILD / "pyinstaller",
        SPEC,
    )
    seconds = time.monotonic() - started
    megabytes = folder_size(BUNDLE) / 1e6
    say(f"built {BUNDLE.relative_to(ROOT)} ({megabytes:.0f} MB) in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
