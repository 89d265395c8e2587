"""Tests that the locks in requirements/ match pyproject.toml and carry a hash for everything.

scripts/run installs requirements/app.txt, scripts/test requirements/test.txt and scripts/build
requirements/build.txt with ``pip install --require-hashes``; scripts/lock writes them from
pyproject.toml. One lock
serves Linux and Windows on every supported Python through environment markers, so the
checks below are made for each of those environments, not only for the one running them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import NormalizedName, canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
APP_LOCK = ROOT / "requirements" / "app.txt"
TEST_LOCK = ROOT / "requirements" / "test.txt"
BUILD_LOCK = ROOT / "requirements" / "build.txt"
ALL_LOCKS = {"app": APP_LOCK, "test": TEST_LOCK, "build": BUILD_LOCK}

HASH = re.compile(r"--hash=(\S+)")
SHA256 = re.compile(r"sha256:[0-9a-f]{64}")


def environment(python: str, platform: str) -> dict[str, str]:
    """The marker variables of CPython ``python`` (x.y.z) on Linux x86_64 or 64-bit Windows."""
    linux = platform == "linux"
    return {
        **default_environment(),
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "implementation_version": python,
        "python_full_version": python,
        "python_version": ".".join(python.split(".")[:2]),
        "sys_platform": "linux" if linux else "win32",
        "platform_system": "Linux" if linux else "Windows",
        "os_name": "posix" if linux else "nt",
        "platform_machine": "x86_64" if linux else "AMD64",
    }


# Debian 12's Python, the newest 3.11, and later ones; each on Linux and on Windows.
PYTHONS = ["3.11.2", "3.11.14", "3.12.0", "3.13.0", "3.14.0"]
ENVIRONMENTS = {
    f"{platform}-{python}": environment(python, platform)
    for platform in ("linux", "windows")
    for python in PYTHONS
}


@dataclass(frozen=True)
class Pin:
    requirement: Requirement
    hashes: tuple[str, ...]

    @property
    def name(self) -> NormalizedName:
        return canonicalize_name(self.requirement.name)

    @property
    def version(self) -> Version:
        (spec,) = self.requirement.specifier
        return Version(spec.version)

    def applies(self, env: dict[str, str]) -> bool:
        marker = self.requirement.marker
        return marker is None or marker.evaluate(env)


def requirement_lines(lock: Path) -> list[str]:
    """The lock's requirement lines, each with its continuation lines joined on."""
    joined = re.sub(r"\\\n", " ", lock.read_text(encoding="utf-8"))
    return [
        line.strip()
        for line in joined.splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]


def read_lock(lock: Path) -> list[Pin]:
    pins = []
    for line in requirement_lines(lock):
        spec = line.split("--hash=", 1)[0].strip()
        assert spec, f"{lock.name}: a hash without its requirement: {line[:80]}"
        pins.append(Pin(Requirement(spec), tuple(HASH.findall(line))))
    return pins


def pins_for(pins: list[Pin], env: dict[str, str]) -> dict[NormalizedName, Pin]:
    chosen: dict[NormalizedName, Pin] = {}
    for pin in pins:
        if pin.applies(env):
            assert pin.name not in chosen, f"{pin.name} is locked twice for one environment"
            chosen[pin.name] = pin
    return chosen


def declared(extra: str | None) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    if extra is None:
        return [Requirement(r) for r in project["dependencies"]]
    return [Requirement(r) for r in project["optional-dependencies"][extra]]


LOCKS = {
    "app": (APP_LOCK, declared(None)),
    "test": (TEST_LOCK, declared(None) + declared("test")),
    "build": (BUILD_LOCK, declared(None) + declared("build")),
}


@pytest.mark.parametrize("lock", ALL_LOCKS.values(), ids=ALL_LOCKS.keys())
def test_every_line_pins_one_version_and_carries_sha256_hashes(lock: Path) -> None:
    lines = requirement_lines(lock)
    assert lines
    for line in lines:
        assert line.split()[0] != "-e", line
        assert "--hash=sha256:" in line, f"no hash: {line[:80]}"
        assert all(SHA256.fullmatch(h) for h in HASH.findall(line)), line[:80]
    for pin in read_lock(lock):
        (spec,) = pin.requirement.specifier
        assert spec.operator == "==", pin.requirement


@pytest.mark.parametrize("which", LOCKS)
def test_every_declared_dependency_is_locked(which: str) -> None:
    lock, requirements = LOCKS[which]
    names = {pin.name for pin in read_lock(lock)}
    missing = {canonicalize_name(r.name) for r in requirements} - names
    assert not missing, f"{lock.name} lacks {sorted(missing)}: run scripts/lock"


@pytest.mark.parametrize("env", ENVIRONMENTS)
@pytest.mark.parametrize("which", LOCKS)
def test_the_locked_versions_fit_pyproject_in_every_environment(which: str, env: str) -> None:
    lock, requirements = LOCKS[which]
    chosen = pins_for(read_lock(lock), ENVIRONMENTS[env])
    for requirement in requirements:
        if requirement.marker and not requirement.marker.evaluate(ENVIRONMENTS[env]):
            continue
        pin = chosen.get(canonicalize_name(requirement.name))
        assert pin is not None, f"{requirement.name} is not locked for {env}"
        assert requirement.specifier.contains(pin.version, prereleases=True), (
            f"{lock.name} has {pin.name}=={pin.version} for {env}, pyproject.toml wants "
            f"{requirement}: run scripts/lock"
        )


@pytest.mark.parametrize("platform", ["linux", "windows"])
def test_python_3_11_gets_pyside6_below_6_12(platform: str) -> None:
    # pyproject.toml explains why: 6.12.0 on Python 3.11 aborts in none_dealloc.
    for lock in ALL_LOCKS.values():
        for python in ("3.11.0", "3.11.2", "3.11.14"):
            chosen = pins_for(read_lock(lock), environment(python, platform))
            for name in ("pyside6-essentials", "shiboken6"):
                assert chosen[canonicalize_name(name)].version < Version("6.12"), (lock, python)


@pytest.mark.parametrize("lock", [TEST_LOCK, BUILD_LOCK], ids=["test", "build"])
def test_the_lock_holds_the_app_lock_unchanged(lock: Path) -> None:
    # The tests and the frozen app (scripts/build) run exactly what scripts/run installs.
    pins = set(read_lock(lock))
    for pin in read_lock(APP_LOCK):
        assert pin in pins, f"{pin.requirement} differs between app.txt and {lock.name}"


def test_this_environment_has_exactly_the_locked_versions() -> None:
    # scripts/test installs requirements/test.txt; a changed lock is reinstalled by it.
    for pin in pins_for(read_lock(TEST_LOCK), default_environment()).values():
        try:
            installed = metadata.version(pin.name)
        except metadata.PackageNotFoundError:
            installed = "nothing"
        assert installed == str(pin.version), (
            f"{pin.name}: {installed} installed, {pin.version} locked: run scripts/test"
        )
