"""Tests for housedesk.common.personal: e-mail addresses and phone numbers found in free text."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from housedesk.common import personal
from housedesk.common.personal import (
    Found,
    Kind,
    Outgoing,
    find_personal_data,
    find_personal_hints,
    is_contact_phone,
    is_municipal_number,
)
from housedesk.common.problems import Phrase, ValidationError


def found(text: str) -> list[tuple[str, str]]:
    return [(each.kind.value, each.text) for each in find_personal_data(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Bel 06-12345678", "06-12345678"),
        ("Koffie, info 06 1234 5678", "06 1234 5678"),
        ("0612345678", "0612345678"),
        ("Repair Café 0412-123456", "0412-123456"),
        ("tel 0412 12 34 56 (na 18 uur)", "0412 12 34 56"),
        ("(0412) 123456", "(0412) 123456"),
        ("Jan, (0412) 12 34 56", "(0412) 12 34 56"),
        ("010-1234567", "010-1234567"),
        ("010 123 45 67", "010 123 45 67"),
        ("0612 34 56 78", "0612 34 56 78"),
        ("06 12 34 56 78", "06 12 34 56 78"),
        ("Bel 06 - 12345678", "06 - 12345678"),
        ("06.12345678", "06.12345678"),
        ("06.12.34.56.78", "06.12.34.56.78"),
        ("0412/123456", "0412/123456"),
        ("tel:0612345678", "0612345678"),
        ("Tel. 06-12345678.", "06-12345678"),
        ("Bel Jan (06-12345678)", "06-12345678"),
        ("+31 6 12345678", "+31 6 12345678"),
        ("via +31 6 1234 5678", "+31 6 1234 5678"),
        ("+31 (0)6 12345678", "+31 (0)6 12345678"),
        ("+31612345678", "+31612345678"),
        ("+31 412 123456", "+31 412 123456"),
        ("0031 412 123456", "0031 412 123456"),
        ("0031-6-12345678", "0031-6-12345678"),
        ("+31 06 12345678", "+31 06 12345678"),
        ("België: +32 2 123 45 67", "+32 2 123 45 67"),
        ("+49 (0)30 12345678", "+49 (0)30 12345678"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),
        ("+1 (555) 123-4567", "+1 (555) 123-4567"),
        ("0032 2 123 45 67", "0032 2 123 45 67"),
        ("+4915112345678", "+4915112345678"),
        ("Op 06-03-2026 om 19:30, bel 0412-123456", "0412-123456"),
        ("Om 19:30 0412 123456", "0412 123456"),
    ],
)
def test_phone_numbers_are_found_in_text(text: str, number: str) -> None:
    assert found(text) == [("phone", number)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("mail naar j.jansen@example.nl", "j.jansen@example.nl"),
        ("Aanmelden: info@dedorpsspelers.nl.", "info@dedorpsspelers.nl"),
        ("'jan+koor@mail.example.co.uk'!", "jan+koor@mail.example.co.uk"),
        ("(t.manders@welzijn-maasland.nl)", "t.manders@welzijn-maasland.nl"),
        ("jan(at)example.nl", "jan(at)example.nl"),
        ("schrijf jan [at] example.nl", "jan [at] example.nl"),
        ("Jan [AT] example.nl", "Jan [AT] example.nl"),
    ],
)
def test_email_addresses_are_found_in_text(text: str, address: str) -> None:
    assert found(text) == [("email", address)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Grote zaal",
        "2026",
        "Jaarvergadering 2026",
        "19:30",
        "van 09:30 tot 11:30",
        "09:30-11:30",
        "9.30-12.00",
        "om 9.30 uur",
        "09.30-11.30 0412",
        "06.30-11.30 04",
        "06:30-11:30 0412",
        "12-03-2026",
        "06-03-2026 19:30",
        "12.03.2026 19.30",
        "6-3-2026 9:30",
        "06-03-26 19.30",
        "2026-03-12",
        "2026-03-06 12345678",
        "12 maart 2026",
        "5341 AB",
        "5341AB",
        "Postcode 5341 AB, huisnummers 10 tot 40.",
        "Kerkstraat 12",
        "Kerkstraat 12a, 5341 AB Oss",
        "€ 12,50",
        "1.250.000",
        "10.000 bezoekers",
        "+10 bezoekers",
        "R1",
        "R1 en R12",
        "A12",
        "2026-Q3",
        "Groep 1 t/m 8",
        "0-4 4-12 12-18",
        "0 1 2 3 4 5 6 7 8 9",
        "05 10 15 20 25",
        "1990 - 2026",
        "2019 2020 2021 2022",
        "Jaar 2026 06 12",
        "Lokaal 0.12",
        "KvK 12345678",
        "BSN 123456789",
        "0800-1234",
        "0900 1234",
        "06-1234567",
        "06-123456789",
        "NL91 ABNA 0417 1643 00",
        "NL91ABNA0417164300",
        "www.oss.nl/?id=0412123456",
        "https://www.oss.nl/agenda/2026-03-06",
        "@gemeenteoss",
        "info@home",
        "zaal@19.30uur",
        "Sinds 01-10-2026 brandt de lamp niet; 25 bewoners tekenden.",
        "Bus 2026 rijdt om 12:15 en 16:45.",
        "Kinderen (4-12 jaar), 20 plaatsen",
        "Data: 06-03, 13-03 en 20-03",
        "Vanaf 1 april, 2 x per week, 45 min.",
        "Let op, wat: de zaal is om 12 uur vrij",
    ],
)
def test_ordinary_text_and_numbers_are_left_alone(text: str) -> None:
    assert found(text) == []


def test_everything_is_found_in_order_with_its_place() -> None:
    text = "Koor: 06 12 34 56 78 / 0412-123456, of koor@example.nl"
    assert find_personal_data(text) == [
        Found(Kind.PHONE, 6, 20, "06 12 34 56 78"),
        Found(Kind.PHONE, 23, 34, "0412-123456"),
        Found(Kind.EMAIL, 39, 54, "koor@example.nl"),
    ]
    assert text[6:20] == "06 12 34 56 78"


def test_a_number_inside_an_email_address_counts_once() -> None:
    assert found("jan.0612345678@example.nl") == [("email", "jan.0612345678@example.nl")]


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        ("+32 2 123 45 67", True),
        ("+1 (555) 123-4567", True),
        ("0049 30 12345678", True),
        ("+31 6 12345678", False),  # Dutch: is_phone_number's
        ("+32 123", False),
        ("+32 1234567890123456", False),
        ("+32 (2) 123 45 67 (werk)", False),
    ],
)
def test_foreign_numbers_in_international_form(text: str, foreign: bool) -> None:
    assert personal.is_foreign_phone_number(text) is foreign


def test_what_was_found_is_named_by_a_phrase_to_translate() -> None:
    phone, email = find_personal_data("06-12345678 a@b.nl")
    assert (phone.what, email.what) == ("a phone number", "an e-mail address")
    assert isinstance(phone.what, Phrase)


def test_outgoing_texts_with_personal_data_are_refused_with_field_and_row() -> None:
    texts = [
        Outgoing(personal.ROOM_NAME, "Grote zaal", {"code": "R1"}),
        Outgoing(personal.ACTIVITY_NAME, "Bel 06-12345678", {"code": "A12"}),
        Outgoing(
            personal.SIGNAL_TEXT,
            "Mevrouw wil terugbellen: a.b@example.nl",
            {"date": dt.date(2026, 3, 4), "theme": "bankje"},
        ),
        Outgoing(personal.BOARD_REMARKS, "Vragen? 0412 123456"),
    ]
    with pytest.raises(ValidationError) as refused:
        personal.refuse_personal_data(texts)
    assert [p.field for p in refused.value.problems] == ["personal_data"] * 3
    assert [p.english() for p in refused.value.problems] == [
        "Activity A12 'Bel 06-12345678': a phone number; remove it before you export.",
        "The text of the signal of 04-03-2026 'bankje': an e-mail address (a.b@example.nl); "
        "remove it before you export.",
        "The board's remarks: a phone number (0412 123456); remove it before you export.",
    ]
    personal.refuse_personal_data(texts[:1])  # nothing found: nothing raised


@pytest.mark.parametrize("text", ["a" * 50_000, "0" * 50_000, "+" * 50_000, "a." * 25_000 + "@"])
def test_a_long_word_is_scanned_at_once(text: str) -> None:
    # Pasted into a signal's text, it is scanned again at every keystroke.
    started = time.perf_counter()
    assert find_personal_data(text) == []
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("06-12345678", True),
        ("+31 6 12345678", True),
        ("0031 412 123456", True),
        ("+49 2821 123456", True),
        ("0049 2821 123456", True),
        ("+32 2 123 45 67", True),
        ("14 0412", True),
        ("140412", True),
        ("14 010", True),
        ("14 412", False),
        ("14", False),
        ("+49 2821", False),
        ("2821 123456", False),
    ],
)
def test_a_contact_phone_may_be_dutch_foreign_or_the_municipalitys(text: str, taken: bool) -> None:
    assert is_contact_phone(text) is taken


def test_the_municipalitys_number_is_14_and_an_area_code() -> None:
    assert is_municipal_number("14 0412") and is_municipal_number("14 (0412)")
    assert not is_municipal_number("14 12345")


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Mevrouw Jansen van Dorpsstraat 4", Kind.NAME, "Mevrouw Jansen"),
        ("Gesprek met mevr. de Vries over het bankje", Kind.NAME, "mevr. de Vries"),
        ("dhr. Bakker belt terug", Kind.NAME, "dhr. Bakker"),
        ("meneer Pietersen", Kind.NAME, "meneer Pietersen"),
        ("de heer J.P. van den Berg", Kind.NAME, "de heer J.P. van den Berg"),
        ("familie Smits wil een bankje", Kind.NAME, "familie Smits"),
        ("fam. El Amrani", Kind.NAME, "fam. El"),
        ("Mw Pieters", Kind.NAME, "Mw Pieters"),
        ("Lekkage bij Kerkplein 12a", Kind.ADDRESS, "Kerkplein 12a"),
        ("Molenweg 3-5 heeft last van het licht", Kind.ADDRESS, "Molenweg 3-5"),
        ("op de dorpsstraat 4", Kind.ADDRESS, "dorpsstraat 4"),
        ("Van Goghstraat 12 bis", Kind.ADDRESS, "Goghstraat 12 bis"),
        ("Postcode 5341 AB", Kind.POSTCODE, "5341 AB"),
        ("5341AB Oss", Kind.POSTCODE, "5341AB"),
    ],
)
def test_what_may_name_someone_is_found(text: str, kind: Kind, found: str) -> None:
    hints = find_personal_hints(text)
    assert (hints[0].kind, hints[0].text) == (kind, found)
    assert text[hints[0].start : hints[0].end] == found


def test_a_name_and_an_address_are_both_found_in_order() -> None:
    hints = find_personal_hints("Mevrouw Jansen van Dorpsstraat 4, 5341 AB")
    assert [(h.kind, h.text) for h in hints] == [
        (Kind.NAME, "Mevrouw Jansen"),
        (Kind.ADDRESS, "Dorpsstraat 4"),
        (Kind.POSTCODE, "5341 AB"),
    ]
    assert [h.what for h in hints] == [
        "a name with a title",
        "a street and house number",
        "a postcode",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ruimte 4",
        "Zaal 2 is te koud",
        "Q3 2026",
        "Grote zaal 2",
        "Mevrouw wil teruggebeld worden",
        "de familie van de buurman",
        "Meneer",
        "Markt 12 mei",
        "Dorpsstraat 2026",
        "om 19.30 op het Kerkplein",
        "Kerkplein 19.30",
        "onderweg 3 keer gevallen",
        "Bushalte 3",
        "Zomersluiting 2027",
        "lijn 5 AB",
        "0412 AB",
        "R1, A12",
        "verlichting hondenveld",
    ],
)
def test_ordinary_text_is_left_alone_by_the_hints(text: str) -> None:
    assert find_personal_hints(text) == []


def test_hints_are_warnings_for_texts_that_leave_the_house() -> None:
    texts = [
        Outgoing(personal.SIGNAL_TEXT, "Bankje bij het dorpshuis"),
        Outgoing(personal.SIGNAL_TEXT, "Mevrouw Jansen van Dorpsstraat 4"),
    ]
    (warning,) = personal.personal_data_hints(texts)
    assert warning.field == personal.HINT_FIELD
    assert warning.english() == (
        "'Mevrouw Jansen van Dorpsstraat 4' looks as if it holds a name with a title "
        "(Mevrouw Jansen): check that nobody can be recognised before it leaves the house."
    )
    personal.refuse_personal_data(texts)  # a warning, not a refusal
