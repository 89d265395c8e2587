"""What the Overview says adds up: a difference is the difference of the figures as shown."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from housedesk.ui.overview.texts import KeyRow


@pytest.fixture(autouse=True)
def english_numbers() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def number(text: str) -> float:
    return float(text.replace("+", "").replace(" %", "").replace(" pt", "").replace(",", ""))


def test_92_against_91_percent_is_one_point() -> None:
    row = KeyRow("Bezetting", 0.915, 0.9149, share=True)
    assert (row.now_text, row.before_text, row.difference_text) == ("92 %", "91 %", "+1 pt")


@pytest.mark.parametrize("kind", ["share", "decimals", "count"])
def test_every_difference_is_the_difference_of_what_is_shown(kind: str) -> None:
    rng = random.Random(14)
    for _ in range(5000):
        if kind == "share":
            now, before = rng.random(), rng.random()
        else:
            now, before = rng.uniform(0, 500), rng.uniform(0, 500)
        # Values on the rounding edge, where rounding first or last differs most.
        if rng.random() < 0.3:
            now = round(now, 3 if kind == "share" else 1 if kind == "count" else 2)
        row = KeyRow("x", now, before, share=kind == "share", decimals=kind == "decimals")
        shown = number(row.now_text) - number(row.before_text)
        assert number(row.difference_text) == pytest.approx(shown, abs=1e-9), (now, before)
