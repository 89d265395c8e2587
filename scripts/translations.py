#!/usr/bin/env python3
"""Keep the translation files in step with the code.

    .venv/bin/python scripts/translations.py update    # collect new strings into the .ts files
    .venv/bin/python scripts/translations.py release   # compile the .ts files to .qm

Translate with Qt Linguist (``pyside6-linguist``) or by editing the .ts file;
tests/ui/test_translations.py fails while a string is untranslated or a .qm is stale.
"""

from __future__ import annotations

import subprocess
import sys
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


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        print(*update(), sep="\n")
    elif command == "release":
        print(*release(), sep="\n")
    else:
        sys.exit(__doc__)
