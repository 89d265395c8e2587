"""Tests that the layering contract in pyproject.toml covers every core module."""

from __future__ import annotations

import tomllib
from pathlib import Path

import housedesk

ROOT = Path(housedesk.__file__).resolve().parent
UI_AND_ENTRY = {"ui", "app", "__main__", "__init__", "_alembic"}


def test_every_core_module_is_held_to_the_no_qt_contract() -> None:
    config = tomllib.loads((ROOT.parent / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    modules = {
        path.stem if path.is_file() else path.name
        for path in ROOT.iterdir()
        if (path.suffix == ".py" or (path / "__init__.py").exists())
    } - UI_AND_ENTRY
    for contract in contracts:
        listed = {name.removeprefix("housedesk.") for name in contract["source_modules"]}
        assert modules <= listed, f"{contract['name']}: add {sorted(modules - listed)}"
