"""Tests that a plain (not editable) install works: the wheel carries the Alembic scripts.

The wheel is built and installed into a new virtual environment that borrows
the already-installed dependencies (instead of downloading Qt again); the
installed ``housedesk`` command must then create a demo database, and a database
must be migrated by the scripts inside the installed package.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def program(env: Path, name: str) -> Path:
    """A program of the virtual environment ``env``: bin/NAME, or Scripts\\NAME.exe on Windows."""
    if os.name == "nt":
        return env / "Scripts" / f"{name}.exe"
    return env / "bin" / name


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (built,) = out.glob("housedesk-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    env = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True)
    python = program(env, "python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    # The dependencies come from the test environment; housedesk itself does not
    # (a path in a .pth file is not scanned for the editable install's own .pth).
    Path(purelib, "borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return env


def test_the_wheel_contains_the_migrations_translations_and_guide(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "housedesk/_alembic/env.py" in names
    assert "housedesk/_alembic/script.py.mako" in names
    assert any(n.startswith("housedesk/_alembic/versions/0001_") for n in names)
    assert "housedesk/ui/translations/housedesk_nl.qm" in names
    assert {"housedesk/ui/help/index.html", "housedesk/ui/help/today.html"} <= names
    # Every package of the source tree is listed in pyproject.toml, so none is left out.
    for init in (ROOT / "housedesk").rglob("__init__.py"):
        assert init.relative_to(ROOT).as_posix() in names
    assert not any(n.startswith(("alembic/", "tests/")) for n in names)


def run(venv: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOUSEDESK_HOME": str(cwd / "home")}
    return subprocess.run(
        [str(program(venv, args[0])), *args[1:]],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        env=env,
        check=False,
    )


def test_installed_package_is_used_not_the_source_tree(venv: Path, tmp_path: Path) -> None:
    result = run(venv, "python", "-c", "import housedesk; print(housedesk.__file__)", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_relative_to(venv)


def test_installed_command_creates_a_demo_database(venv: Path, tmp_path: Path) -> None:
    result = run(
        venv,
        "housedesk",
        "demo",
        "--db",
        str(tmp_path / "demo.sqlite3"),
        "--years",
        "1",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "Demo house written to" in result.stdout


def test_installed_package_migrates_with_its_own_scripts(venv: Path, tmp_path: Path) -> None:
    script = (
        "from pathlib import Path\n"
        "from housedesk.db import Database, HEAD_REVISION, migrate, schema\n"
        "location = schema.alembic_script_location()\n"
        "db = Database(Path('old.sqlite3'))\n"
        "migrate.upgrade_to_head(db)\n"
        "print(location, schema.inspect_file(Path('old.sqlite3')).revision == HEAD_REVISION)\n"
    )
    result = run(venv, "python", "-c", script, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    location, at_head = result.stdout.split()
    assert Path(location).is_relative_to(venv)
    assert at_head == "True"
