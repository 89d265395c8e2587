"""Tests that every string on screen is translated and the compiled .qm files are current."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Dutch .ts file after collecting the strings of the code as it is now."""
    folder = tmp_path_factory.mktemp("ts")
    shutil.copy(translations.TRANSLATIONS / "housedesk_nl.ts", folder)
    translations.update(folder)
    return folder


def test_every_string_in_the_code_has_a_dutch_translation(fresh_ts: Path) -> None:
    root = ET.parse(fresh_ts / "housedesk_nl.ts").getroot()
    untranslated = [
        message.findtext("source")
        for message in root.iter("message")
        if message.find("translation").get("type") in {"unfinished", "vanished", "obsolete"}
        or not all(text.strip() for text in translations_of(message))
    ]
    assert untranslated == [], "run scripts/translations.py update, then translate these"


def test_the_committed_ts_file_is_up_to_date(fresh_ts: Path) -> None:
    """Read as text: a checkout on Windows may end the committed file's lines with CRLF."""
    committed = (translations.TRANSLATIONS / "housedesk_nl.ts").read_text(encoding="utf-8")
    assert (fresh_ts / "housedesk_nl.ts").read_text(encoding="utf-8") == committed


def test_the_compiled_qm_file_matches_the_ts_file(fresh_ts: Path, tmp_path: Path) -> None:
    translations.release(translations.TRANSLATIONS, tmp_path)
    committed = (translations.TRANSLATIONS / "housedesk_nl.qm").read_bytes()
    assert (tmp_path / "housedesk_nl.qm").read_bytes() == committed


def translations_of(message: ET.Element) -> list[str]:
    """The translation, or each plural form of it."""
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_every_translation_keeps_the_placeholders_of_its_source() -> None:
    import re

    placeholder = re.compile(r"%\d|\{[^}]*\}")
    root = ET.parse(translations.TRANSLATIONS / "housedesk_nl.ts").getroot()
    wrong = [
        source
        for message in root.iter("message")
        for text in translations_of(message)
        if sorted(placeholder.findall(source := message.findtext("source") or ""))
        != sorted(placeholder.findall(text))
    ]
    assert wrong == []


def test_every_text_is_in_a_named_context(fresh_ts: Path) -> None:
    """A nameless context means a wrapper around tr() hid the real one: never found at run time."""
    root = ET.parse(fresh_ts / "housedesk_nl.ts").getroot()
    assert [c.findtext("name") for c in root.iter("context") if not c.findtext("name")] == []
