#!/usr/bin/env python3
"""Run the frozen app's --self-test from a copy in another folder, out of reach of the checkout.

    python3 scripts/bundle_check.py [dist/housedesk]

scripts/test runs it after scripts/build, and so does CI; the Windows workflow too. The
folder is copied to a new temporary folder and its program (housedesk-cli.exe on
Windows, where housedesk.exe, the windowed one, is run as well and judged by its exit
status) runs ``--self-test`` there:

- from an empty working folder, with HOME and the temporary folder empty too, and
  without the developer's variables (VIRTUAL_ENV, PYTHONPATH, PYTHONHOME, HOUSEDESK_*)
  or the virtual environment in PATH;
- on Linux as root (CI), in a mount namespace of its own where the checkout, the
  virtual environment and the Python installation that built it are empty folders,
  so a file found only there fails the run instead of being found;
- and the self-test itself fails if anything is loaded from outside the copy.

Afterwards the copy must be unchanged (no file written into the installation) and
HOME, the working folder and the temporary folder empty (the self-test wrote only in
its own folder, which it removed). Exit status 0 when all of that holds.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = os.name == "nt"
#: Seconds the self-test may take (it takes about ten).
TIMEOUT = 600
#: Variables of a developer's shell that could lead the frozen app to the checkout.
DROPPED = ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONUSERBASE")
#: Never hidden: the system's own folders, which the frozen app's libraries may use.
SYSTEM = {Path("/"), Path("/usr"), Path("/usr/local"), Path("/opt")}


def say(text: str) -> None:
    print(f"bundle check: {text}", flush=True)


def files_in(folder: Path) -> dict[str, int]:
    """Every file and folder under ``folder`` with its size (folders: -1)."""
    found = {}
    for path in folder.rglob("*"):
        key = str(path.relative_to(folder))
        found[key] = -1 if path.is_dir() and not path.is_symlink() else path.lstat().st_size
    return found


def hidden_folders() -> list[Path]:
    """The checkout, the virtual environment and the Python that built the app."""
    folders = {ROOT, Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve()}
    folders = {folder for folder in folders if folder not in SYSTEM and folder.is_dir()}
    # A folder inside another (the checkout's .venv) is hidden with it.
    return sorted(f for f in folders if not any(f != o and f.is_relative_to(o) for o in folders))


def can_hide() -> bool:
    """Whether folders can be hidden in a mount namespace (Linux, as root)."""
    if WINDOWS or not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    trial = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "true"], capture_output=True
    )
    return trial.returncode == 0


#: Binds an empty folder over each folder named before "--", then runs what follows it.
HIDE = (
    'empty=$1; shift; while [ "$1" != "--" ]; do mount --bind "$empty" "$1" || exit 97; '
    'shift; done; shift; exec "$@"'
)


def clean_environment(scratch: Path) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in DROPPED and not name.startswith("HOUSEDESK_")
    }
    reachable = [
        entry
        for entry in env.get("PATH", "").split(os.pathsep)
        if entry and not any(Path(entry).resolve().is_relative_to(f) for f in hidden_folders())
    ]
    env["PATH"] = os.pathsep.join(reachable)
    for name in ("TMPDIR", "TEMP", "TMP"):
        env[name] = str(scratch / "tmp")
    if not WINDOWS:
        env["HOME"] = str(scratch / "home")
    return env


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else ROOT / "dist" / "housedesk").resolve()
    program_name = "housedesk-cli.exe" if WINDOWS else "housedesk"
    if not (bundle / program_name).is_file():
        say(f"{bundle / program_name} does not exist: run scripts/build first")
        return 2
    started = time.monotonic()
    scratch = Path(tempfile.mkdtemp(prefix="housedesk-bundle-check-")).resolve()
    try:
        copy = scratch / "elsewhere" / "housedesk"
        shutil.copytree(bundle, copy, symlinks=True)
        for name in ("home", "cwd", "tmp", "empty"):
            (scratch / name).mkdir()
        before = files_in(copy)
        env = clean_environment(scratch)
        command = [str(copy / program_name), "--self-test"]
        if can_hide():
            hidden = hidden_folders()
            say("hidden from the app: " + ", ".join(map(str, hidden)))
            command = [
                *("unshare", "--mount", "--propagation", "private", "sh", "-c", HIDE, "sh"),
                *(str(scratch / "empty"), *map(str, hidden), "--", *command),
            ]
        else:
            say("the checkout stays in sight (no mount namespace here): the self-test checks")
        say(f"running {copy / program_name} --self-test from {scratch / 'cwd'}")
        result = subprocess.run(
            command, cwd=scratch / "cwd", env=env, timeout=TIMEOUT, text=True, capture_output=True
        )
        print(result.stdout, end="")
        print(result.stderr, end="", file=sys.stderr)
        problems = []
        if result.returncode != 0:
            problems.append(f"the self-test exited with {result.returncode}")
        elif f"everything from {copy}" not in result.stdout:
            problems.append(f"the self-test did not say it ran from {copy}")
        if WINDOWS:  # the windowed program too: it cannot print, its exit status tells
            windowed = subprocess.run(
                [str(copy / "housedesk.exe"), "--self-test"],
                cwd=scratch / "cwd",
                env=env,
                timeout=TIMEOUT,
                check=False,
            )
            if windowed.returncode != 0:
                problems.append(f"housedesk.exe --self-test exited with {windowed.returncode}")
            else:
                say("housedesk.exe --self-test passed too (exit status 0)")
        after = files_in(copy)
        if after != before:
            changed = sorted(set(after.items()) ^ set(before.items()))
            problems.append(f"the installation changed: {[name for name, _ in changed][:5]}")
        for name in ("home", "cwd", "tmp"):
            left = sorted(files_in(scratch / name))
            if left:
                problems.append(f"left in {name}: {left[:5]}")
        for problem in problems:
            say(f"FAILED: {problem}")
        if problems:
            return 1
        say(f"passed in {time.monotonic() - started:.0f} s (copy, self-test, checks)")
        return 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
