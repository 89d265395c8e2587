"""Tests that the code lists follow the exchange format and that every code has its labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from housedesk.common import codes

EXCHANGE_FORMAT = Path(__file__).resolve().parents[3] / "shared" / "docs" / "exchange-format.md"

EXPECTED = {
    codes.UserKind: "vereniging inwonersinitiatief zorg_welzijn onderwijs_jeugd gemeente "
    "eigen_activiteit commercieel particulier",
    codes.ActivityType: "ontmoeting samen_eten bewegen cultuur educatie ondersteuning "
    "repair_kringloop jeugd vergadering viering zorg_dagbesteding overig",
    codes.Nature: "maatschappelijk particulier commercieel",
    codes.Accessibility: "vrije_inloop aanmelding leden besloten",
    codes.TargetGroup: "iedereen kinderen jongeren volwassenen ouderen beperking kwetsbaar "
    "nieuwkomers mantelzorgers",
    codes.SignalKind: "wens klacht idee zorg",
    codes.SignalStatus: "nieuw doorgegeven afgehandeld",
    codes.BookingStatus: "gepland gehouden geannuleerd",
}


@pytest.mark.parametrize("enum", list(EXPECTED), ids=lambda e: e.__name__)
def test_codes_are_the_exchange_formats_in_its_order(enum: type) -> None:
    assert codes.values(enum) == tuple(EXPECTED[enum].split())


def test_every_code_has_a_dutch_and_an_english_label_of_its_own_list() -> None:
    for enum in [*EXPECTED, codes.Origin]:
        assert set(codes.LABELS[enum]) == set(codes.values(enum)), enum.__name__
        for label in codes.LABELS[enum].values():
            assert label.nl.strip() and label.en.strip()


def test_equal_codes_of_different_lists_keep_their_own_labels() -> None:
    # "gemeente" is both a kind of user and an origin
    assert codes.label(codes.UserKind.GEMEENTE) == "Gemeente"
    assert codes.label(codes.Origin.GEMEENTE) == "Elders in de gemeente"
    assert codes.label("gemeente", codes.UserKind, "en") == "Municipality"
    assert codes.label("particulier", codes.UserKind, "en") == "Private person"
    assert codes.label("particulier", codes.Nature, "en") == "Private"


def test_label_by_code_text_and_language() -> None:
    assert codes.label("samen_eten", codes.ActivityType) == "Samen eten"
    assert codes.label("samen_eten", codes.ActivityType, "en") == "Shared meal"
    assert codes.label(codes.Nature.PARTICULIER) == "Particulier"
    assert codes.label("onbekend", codes.Nature) == "onbekend"


def test_default_nature_follows_the_kind_of_user() -> None:
    assert codes.default_nature("particulier") is codes.Nature.PARTICULIER
    assert codes.default_nature(codes.UserKind.COMMERCIEEL) is codes.Nature.COMMERCIEEL
    assert codes.default_nature(codes.UserKind.VERENIGING) is codes.Nature.MAATSCHAPPELIJK


@pytest.mark.skipif(not EXCHANGE_FORMAT.exists(), reason="the shared docs are not beside the repo")
def test_code_lists_are_those_written_in_the_contract() -> None:
    text = EXCHANGE_FORMAT.read_text(encoding="utf-8")
    for enum in (codes.UserKind, codes.ActivityType, codes.Accessibility):
        for value in codes.values(enum):
            assert f"`{value}`" in text, value
