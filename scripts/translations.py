#!/usr/bin/env python3
"""Keep the translation files in step with the code.

    .venv/bin/python scripts/translations.py update    # collect new strings into the .ts files
    .venv/bin/python scripts/translations.py release   # compile the .ts files to .qm
    .venv/bin/python scripts/translations.py merge OTHER_nl.ts...
        # fill untranslated strings from other .ts files (e.g. a branch's, after a merge)

Translate with Qt Linguist (``pyside6-linguist``) or by editing the .ts file;
tests/ui/test_translations.py fails while a string is untranslated or a .qm is stale.
"""

from __future__ import annotations

import copy
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "housedesk" / "ui" / "translations"
LANGUAGES = ("nl",)
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "housedesk").rglob("*.py")
        if "_alembic" not in p.parts
    )


def update(ts_dir: Path = TRANSLATIONS) -> list[Path]:
    files = []
    for lang in LANGUAGES:
        ts = ts_dir / f"housedesk_{lang}.ts"
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *sources(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        files.append(ts)
    return files


def release(ts_dir: Path = TRANSLATIONS, qm_dir: Path = TRANSLATIONS) -> list[Path]:
    files = []
    for lang in LANGUAGES:
        ts = ts_dir / f"housedesk_{lang}.ts"
        qm = qm_dir / f"housedesk_{lang}.qm"
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        files.append(qm)
    return files


def _key(context: ET.Element, message: ET.Element) -> tuple[str, str, str]:
    return (
        context.findtext("name") or "",
        message.findtext("source") or "",
        message.findtext("comment") or "",
    )


def merge(donors: list[Path], ts_dir: Path = TRANSLATIONS) -> int:
    """Fill the unfinished translations of the .ts file from the donors' finished ones.

    After merging two lines of work, each with its own new strings, run ``update``
    and then ``merge`` with the other line's .ts file: no translation is typed twice.
    Returns how many strings were filled.
    """
    finished: dict[tuple[str, str, str], ET.Element] = {}
    for donor in donors:
        for context in ET.parse(donor).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") is None:
                    finished.setdefault(_key(context, message), translation)
    filled = 0
    for lang in LANGUAGES:
        ts = ts_dir / f"housedesk_{lang}.ts"
        tree = ET.parse(ts)
        for context in tree.getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") != "unfinished":
                    continue
                found = finished.get(_key(context, message))
                if found is not None:
                    message.remove(translation)
                    message.append(copy.deepcopy(found))
                    filled += 1
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
        )
    update(ts_dir)  # lupdate writes the file back in its own layout
    return filled


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        print(*update(), sep="\n")
    elif command == "release":
        print(*release(), sep="\n")
    elif command == "merge" and len(sys.argv) > 2:
        print(f"{merge([Path(arg) for arg in sys.argv[2:]])} translations filled")
    else:
        sys.exit(__doc__)
