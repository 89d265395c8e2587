"""Tests for housedesk.exchange.writer: the workbook read back, its privacy, safety and command."""

from __future__ import annotations

import datetime as dt
import errno
import html
import os
import re
import uuid
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

import housedesk
from housedesk.common.codes import BookingStatus, Nature, SignalKind, SignalStatus
from housedesk.common.periods import Period
from housedesk.common.problems import ValidationError
from housedesk.core import installation
from housedesk.core.board import approval
from housedesk.core.board.approval import approve_period
from housedesk.db import Database, open_database
from housedesk.exchange import format as fmt
from housedesk.exchange import outgoing, writer
from housedesk.exchange.reader import read_workbook
from housedesk.exchange.writer import export_period
from tests.helpers.databases import a_summer_morning, demo_house, kept_open
from tests.helpers.processes import run_housedesk
from tests.helpers.rows import add_activity, add_room, add_session, add_signal
from tests.helpers.windows import WindowsFileRules, needs_proc

Q1 = Period(2026, 1)
TODAY = dt.date(2026, 11, 25)
MORNING = (570, 690)  # 9:30 to 11:30, when the sessions made here take place
SHEET_ORDER = [*fmt.SHEETS, fmt.NOTES_SHEET, writer.SUMMARY_SHEET]


# --------------------------------------------------------------------------- helpers


def read(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every sheet as a list of rows keyed by the header row (Info as one dict row per field)."""
    workbook = load_workbook(path)
    sheets: dict[str, list[dict[str, Any]]] = {}
    for sheet in workbook:
        rows = list(sheet.iter_rows(values_only=True))
        header = rows[0] if rows else ()
        sheets[sheet.title] = [dict(zip(header, row, strict=False)) for row in rows[1:]]
    return sheets


def info(sheets: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {row["veld"]: row["waarde"] for row in sheets["Info"]}


def parts(path: Path) -> Iterator[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            yield name, archive.read(name)


def sheet_xml(path: Path) -> str:
    return "".join(
        data.decode("utf-8") for name, data in parts(path) if name.startswith("xl/worksheets/")
    )


def minutes(begin: str, end: str) -> int:
    start_h, start_m = map(int, begin.split(":"))
    end_h, end_m = map(int, end.split(":"))
    return (end_h * 60 + end_m) - (start_h * 60 + start_m)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    demo = demo_house(tmp_path_factory.mktemp("demo") / "demo.sqlite3", years=2, today=TODAY)
    yield from kept_open(demo)


# --------------------------------------------------------------------------- the round trip


def demo_quarters() -> list[Period]:
    quarters, period = [], Period(2024, 4)
    while period != Period(2027, 1):
        quarters.append(period)
        period = Period(period.year + (period.quarter == 4), period.quarter % 4 + 1)  # type: ignore[operator]
    return quarters


def sql(db: Database, query: str, period: Period) -> Any:
    with db.reading() as session:
        return session.execute(
            text(query), {"first": period.first_day, "last": period.last_day, "p": str(period)}
        ).one()


@pytest.mark.parametrize("period", [*demo_quarters(), Period(2025)], ids=str)
def test_round_trip_of_a_demo_house(demo_db: Database, tmp_path: Path, period: Period) -> None:
    result = export_period(demo_db, period, tmp_path)
    assert result.path == tmp_path / f"BERGH_{period}.xlsx"
    assert sorted(os.listdir(tmp_path)) == [result.path.name]
    workbook = load_workbook(result.path)
    assert workbook.sheetnames == SHEET_ORDER
    for name, columns in fmt.SHEETS.items():
        assert next(workbook[name].iter_rows(values_only=True)) == columns
    sheets = read(result.path)
    fields = info(sheets)

    # Info and the document properties
    assert [row["veld"] for row in sheets["Info"]] == list(fmt.INFO_FIELDS)
    assert fields["formaat"] == "housedesk-uitwisseling"
    assert fields["formaat_versie"] == 1
    assert (fields["huis_code"], fields["periode"]) == ("BERGH", str(period))
    assert fields["periode_begin"] == dt.datetime.combine(period.first_day, dt.time())
    assert fields["periode_eind"] == dt.datetime.combine(period.last_day, dt.time())
    assert str(uuid.UUID(fields["export_id"])) == fields["export_id"] == result.export_id
    exported = dt.datetime.fromisoformat(fields["geexporteerd_op"])
    assert exported.utcoffset() in (dt.timedelta(hours=1), dt.timedelta(hours=2))
    assert fields["app_versie"] == housedesk.__version__
    approved_at, volunteers, board = sql(
        demo_db,
        "SELECT max(approved_at), coalesce(max(volunteers), 0), coalesce(max(board_members), 0) "
        "FROM period_approvals WHERE period = :p",
        period,
    )
    if period.is_quarter:
        assert fields["vastgesteld"] == ("ja" if approved_at else "nee")
        assert (fields["vrijwilligers"], fields["bestuursleden"]) == (volunteers, board)
    properties = {prop.name: prop.value for prop in workbook.custom_doc_props.props}
    assert properties == {name: fields[name] for name in fmt.DOCUMENT_PROPERTIES}

    # Bijeenkomsten: held and cancelled, as the database has them
    sessions = sheets["Bijeenkomsten"]
    held = [row for row in sessions if row["status"] == "gehouden"]
    count, held_count, visitors, used, uncounted = sql(
        demo_db,
        "SELECT count(*), sum(status = 'gehouden'), "
        "coalesce(sum(visitors), 0), "
        "coalesce(sum(CASE WHEN status = 'gehouden' THEN end_min - start_min END), 0), "
        "sum(status = 'gehouden' AND visitors IS NULL) "
        "FROM bookings WHERE status IN ('gehouden', 'geannuleerd') "
        "AND date BETWEEN :first AND :last",
        period,
    )
    assert len(sessions) == count
    assert len(held) == held_count
    assert sum(row["bezoekers"] or 0 for row in held) == visitors
    assert sum(1 for row in held if row["bezoekers"] is None) == uncounted
    assert all(row["bezoekers"] is None for row in sessions if row["status"] != "gehouden")
    assert all(row["huis_code"] == "BERGH" for row in sessions)
    for row in sessions:
        assert period.first_day <= row["datum"].date() <= period.last_day
        assert re.fullmatch(r"\d\d:\d\d", row["begin"]) and re.fullmatch(r"\d\d:\d\d", row["eind"])
        assert row["begin"] < row["eind"]

    # Ruimtes: every room of a session, hours adding up
    rooms = sheets["Ruimtes"]
    room_codes = {row["ruimte_code"] for row in rooms}
    assert {row["ruimte_code"] for row in sessions} <= room_codes
    per_room: dict[str, int] = defaultdict(int)
    for row in held:
        per_room[row["ruimte_code"]] += minutes(row["begin"], row["eind"])
    for row in rooms:
        parts_sum = row["uren_maatschappelijk"] + row["uren_particulier"] + row["uren_commercieel"]
        assert parts_sum == pytest.approx(row["gebruikte_uren"], abs=fmt.HOURS_TOLERANCE)
        assert row["gebruikte_uren"] == pytest.approx(per_room[row["ruimte_code"]] / 60)
        assert row["beschikbare_uren"] >= row["gebruikte_uren"] > 0 or row["gebruikte_uren"] == 0
        assert round(row["beschikbare_uren"], 2) == row["beschikbare_uren"]
        assert row["capaciteit"] >= 1
    assert sum(row["gebruikte_uren"] for row in rooms) == pytest.approx(used / 60)

    # Activiteiten: equal to the sums over their held sessions
    activities = sheets["Activiteiten"]
    assert {row["activiteit_code"] for row in activities} == {
        row["activiteit_code"] for row in sessions
    }
    for row in activities:
        own = [s for s in held if s["activiteit_code"] == row["activiteit_code"]]
        assert row["bijeenkomsten"] == len(own)
        assert row["uren"] == pytest.approx(sum(minutes(s["begin"], s["eind"]) for s in own) / 60)
        assert row["bezoekers"] == sum(s["bezoekers"] or 0 for s in own)
        assert row["nieuw"] in ("ja", "nee")
        for column, codes in fmt.CODES.items():
            assert row[column] in codes
        assert all(row[column] in (0, 1) for column in fmt.TARGET_GROUP_COLUMNS)
        if row["gebruiksaard"] == "particulier":
            assert row["activiteit_naam"] == "Particuliere verhuur"

    # Signalen
    (signals,) = sql(
        demo_db, "SELECT count(*) FROM signals WHERE date BETWEEN :first AND :last", period
    )
    assert len(sheets["Signalen"]) == signals
    assert "<f>" not in sheet_xml(result.path)


def test_new_activities_in_the_demo(demo_db: Database, tmp_path: Path) -> None:
    first, *later = demo_quarters()
    rows = read(export_period(demo_db, first, tmp_path).path)["Activiteiten"]
    # The demo's history begins in its first quarter: everything there is new.
    assert rows and {row["nieuw"] for row in rows} == {"ja"}
    flags = [
        row["nieuw"]
        for period in later
        for row in read(export_period(demo_db, period, tmp_path).path)["Activiteiten"]
    ]
    assert flags.count("nee") > 100


def test_no_contact_detail_leaves_the_house(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as session:
        details = {
            value
            for row in session.execute(
                text("SELECT contact_name, contact_phone, contact_email, notes FROM users")
            )
            for value in row
            if value
        }
        details |= {
            value for (value,) in session.execute(text("SELECT description FROM activities"))
        } - {None}
    assert len(details) > 20
    for period in (Period(2025), Period(2026, 3)):
        path = export_period(demo_db, period, tmp_path).path
        everything = b"".join(data for _name, data in parts(path))
        for detail in details:
            for form in {detail, html.escape(detail, quote=False)}:
                assert form.encode("utf-8") not in everything, detail


# --------------------------------------------------------------------------- texts, privacy


NASTY = ['=HYPERLINK("http://evil.example","klik")', "+10 stoelen", "-5", "@SUM(A1)", "#N/A"]


def test_formula_looking_names_are_plain_text(house_db: Database, tmp_path: Path) -> None:
    db = house_db
    for number, name in enumerate(NASTY, start=1):
        room = add_room(db, f"R{number}", name)
        activity = add_activity(db, f"A{number}", name, groups=())
        add_session(db, activity, room, dt.date(2026, 2, number), *MORNING, visitors=3)
    add_signal(db, dt.date(2026, 3, 1), "=1+1", SignalKind.IDEE, text="=SUM(A1:A9)", shareable=True)
    path = export_period(db, Q1, tmp_path / "uit.xlsx", remarks="=CMD|' /C calc'!A0").path
    sheets = read(path)
    assert [row["ruimte_naam"] for row in sheets["Ruimtes"]] == NASTY
    assert [row["activiteit_naam"] for row in sheets["Activiteiten"]] == NASTY
    assert (sheets["Signalen"][0]["thema"], sheets["Signalen"][0]["tekst"]) == (
        "=1+1",
        "=SUM(A1:A9)",
    )
    xml = sheet_xml(path)
    assert "<f>" not in xml and "<f " not in xml
    for name in NASTY:
        escaped = html.escape(name, quote=False)
        assert re.search(rf'<c r="[A-Z]+\d+" t="inlineStr"><is><t>{re.escape(escaped)}</t>', xml)
    assert 't="e"' not in xml


def test_control_characters_are_left_out(house_db: Database, tmp_path: Path) -> None:
    room = add_room(house_db, "R1", "Grote\x00 zaal\x1f")
    activity = add_activity(house_db, "A1", "Koffie\x07ochtend\x1b", groups=())
    add_session(house_db, activity, room, dt.date(2026, 1, 6), *MORNING)
    text = "Te laat\x02 open\nna tienen"
    add_signal(
        house_db, dt.date(2026, 1, 9), "lawaai\x0b", SignalKind.KLACHT, text=text, shareable=True
    )
    sheets = read(export_period(house_db, Q1, tmp_path).path)
    assert sheets["Ruimtes"][0]["ruimte_naam"] == "Grote zaal"
    assert sheets["Activiteiten"][0]["activiteit_naam"] == "Koffieochtend"
    assert sheets["Signalen"][0]["thema"] == "lawaai"
    assert sheets["Signalen"][0]["tekst"] == "Te laat open\nna tienen"


def test_private_rentals_are_anonymous(house_db: Database, tmp_path: Path) -> None:
    hall = add_room(house_db, "R1", "Grote zaal")
    party = add_activity(
        house_db,
        "A1",
        "Verjaardag familie Verhoeven",
        Nature.PARTICULIER,
        user="Fam. Verhoeven",
        groups=(),
        contact_name="Jan Verhoeven",
        contact_phone="06-98765432",
        contact_email="jan.verhoeven@example.nl",
        notes="Sleutel ligt bij de buren",
        description="Vraag naar Henk",
    )
    coffee = add_activity(house_db, "A2", "Koffieochtend", groups=())
    add_session(house_db, party, hall, dt.date(2026, 2, 14), *MORNING, visitors=45)
    add_session(house_db, coffee, hall, dt.date(2026, 2, 17), *MORNING, visitors=12)
    path = export_period(house_db, Q1, tmp_path).path
    activities = read(path)["Activiteiten"]
    assert [(row["activiteit_naam"], row["gebruiksaard"]) for row in activities] == [
        ("Particuliere verhuur", "particulier"),
        ("Koffieochtend", "maatschappelijk"),
    ]
    everything = b"".join(data for _name, data in parts(path))
    for secret in ("Verhoeven", "98765432", "example.nl", "Sleutel", "Henk"):
        assert secret.encode() not in everything


def test_signal_text_and_theme_only_when_shareable(house_db: Database, tmp_path: Path) -> None:
    for theme, shareable in (("verlichting hondenveld", True), ("buurman", False)):
        text = f"Geheim verhaal over {theme}"
        state = {"status": SignalStatus.DOORGEGEVEN, "shareable": shareable}
        add_signal(house_db, dt.date(2026, 2, 2), theme, SignalKind.ZORG, text=text, **state)
    path = export_period(house_db, Q1, tmp_path).path
    rows = read(path)["Signalen"]
    assert [(r["thema"], r["tekst"], r["status"], r["soort"]) for r in rows] == [
        (
            "verlichting hondenveld",
            "Geheim verhaal over verlichting hondenveld",
            "doorgegeven",
            "zorg",
        ),
        ("niet gedeeld", None, "doorgegeven", "zorg"),
    ]
    everything = b"".join(data for _n, data in parts(path))
    assert b"Geheim verhaal over buurman" not in everything
    assert b"buurman" not in everything  # nor its theme: the board did not share it


def test_uncounted_is_empty_and_zero_is_zero(house_db: Database, tmp_path: Path) -> None:
    hall = add_room(house_db, "R1", "Grote zaal")
    coffee = add_activity(house_db, "A1", "Koffieochtend", groups=())
    add_session(house_db, coffee, hall, dt.date(2026, 1, 6), *MORNING, visitors=0)
    add_session(house_db, coffee, hall, dt.date(2026, 1, 13), *MORNING)
    add_session(
        house_db, coffee, hall, dt.date(2026, 1, 20), *MORNING, status=BookingStatus.GEANNULEERD
    )
    add_session(
        house_db, coffee, hall, dt.date(2026, 3, 31), *MORNING, status=BookingStatus.GEPLAND
    )
    sheets = read(export_period(house_db, Q1, tmp_path).path)
    rows = sheets["Bijeenkomsten"]
    assert [(r["status"], r["bezoekers"], r["begin"], r["eind"]) for r in rows] == [
        ("gehouden", 0, "09:30", "11:30"),
        ("gehouden", None, "09:30", "11:30"),
        ("geannuleerd", None, "09:30", "11:30"),
    ]
    (activity,) = sheets["Activiteiten"]
    assert (activity["bijeenkomsten"], activity["uren"], activity["bezoekers"]) == (2, 4, 0)
    assert activity["nieuw"] == "ja"


def test_info_follows_the_approval(house_db: Database, tmp_path: Path) -> None:
    now = dt.datetime(2026, 10, 2, 14, 3, 11, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    before = info(read(export_period(house_db, Q1, tmp_path, now=now).path))
    assert (before["vastgesteld"], before["vrijwilligers"], before["bestuursleden"]) == (
        "nee",
        0,
        0,
    )
    assert before["geexporteerd_op"] == "2026-10-02T14:03:11+02:00"
    assert (before["huis_naam"], before["kern"]) == ("Gemeenschapshuis De Schakel", "Berghem")
    approve_period(house_db, Q1, 33, 7, today=TODAY)
    after = info(read(export_period(house_db, Q1, tmp_path).path))
    assert (after["vastgesteld"], after["vrijwilligers"], after["bestuursleden"]) == ("ja", 33, 7)
    assert after["export_id"] != before["export_id"]


def test_notes_hold_the_remarks_and_the_code_lists(house_db: Database, tmp_path: Path) -> None:
    remarks = "Het dak lekte in februari.\nDe grote zaal was twee weken dicht."
    path = export_period(house_db, Q1, tmp_path, remarks=remarks).path
    workbook = load_workbook(path)
    values = [v for row in workbook[fmt.NOTES_SHEET].iter_rows(values_only=True) for v in row]
    assert "Het dak lekte in februari." in values
    assert "De grote zaal was twee weken dicht." in values
    assert "samen_eten: Samen eten" in values
    assert "vrije_inloop: Vrije inloop" in values


def notes(path: Path) -> list[tuple[Any, ...]]:
    """The Toelichting sheet's rows, as read back with openpyxl (the reader ignores it)."""
    workbook = load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in workbook[fmt.NOTES_SHEET].iter_rows(values_only=True)]
    finally:
        workbook.close()


def test_the_remarks_kept_with_the_approval_go_to_the_notes(
    house_db: Database, tmp_path: Path
) -> None:
    assert notes(export_period(house_db, Q1, tmp_path).path)[1] == (
        "Opmerkingen van het bestuur",
        "(geen)",
    )
    remarks = "Het dak lekte in februari.\n\n=De grote zaal was twee weken dicht."
    approval.save_approval_draft(house_db, Q1, 30, 5, remarks=remarks)
    rows = notes(export_period(house_db, Q1, tmp_path).path)
    assert rows[:4] == [
        ("onderwerp", "toelichting"),
        ("Opmerkingen van het bestuur", "Het dak lekte in februari."),
        (),  # the empty line between the paragraphs
        (None, "=De grote zaal was twee weken dicht."),  # text, not a formula
    ]
    approve_period(house_db, Q1, 31, 5, today=TODAY)
    rows = notes(export_period(house_db, Q1, tmp_path).path)
    assert rows[1] == ("Opmerkingen van het bestuur", "Het dak lekte in februari.")
    # Remarks given to the writer take the place of the kept ones.
    rows = notes(export_period(house_db, Q1, tmp_path, remarks="Anders").path)
    assert rows[1:3] == [("Opmerkingen van het bestuur", "Anders"), ()]


def test_the_notes_print_one_page_wide_with_the_remarks_wrapped(
    house_db: Database, tmp_path: Path
) -> None:
    remarks = "Een lange regel " * 20 + "\n=Tweede regel"
    sheet = load_workbook(export_period(house_db, Q1, tmp_path, remarks=remarks).path)[
        fmt.NOTES_SHEET
    ]
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    for cell in (sheet["B2"], sheet["B3"]):
        assert cell.alignment.wrap_text and cell.alignment.vertical == "top"
        assert cell.data_type == "s"
    assert sheet["B3"].value == "=Tweede regel"


def test_kept_remarks_with_personal_data_refuse_the_export(
    house_db: Database, tmp_path: Path
) -> None:
    approval.save_approval_draft(house_db, Q1, remarks="Mail de penningmeester: p@schakel.nl")
    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(ValidationError) as refused:
        export_period(house_db, Q1, out)
    assert [p.english() for p in refused.value.problems] == [
        "The board's remarks: an e-mail address (p@schakel.nl); remove it before you export."
    ]
    assert os.listdir(out) == []


def test_the_texts_that_leave_are_those_the_export_holds(
    house_db: Database, tmp_path: Path
) -> None:
    db = house_db
    hall = add_room(db, "R1", "Grote zaal")
    coffee = add_activity(db, "A13", "Koffieochtend", groups=())
    party = add_activity(db, "A14", "Verjaardag Jansen", Nature.PARTICULIER, groups=())
    for activity in (coffee, party):
        add_session(db, activity, hall, dt.date(2026, 2, 3), *MORNING)
    day = dt.date(2026, 3, 2)
    add_signal(db, day, "Bankje", text="Graag een bankje", shareable=True)
    add_signal(db, day, "buurman 0412 654321", text="Bel 06-87654321", shareable=False)
    approval.save_approval_draft(db, Q1, remarks="Bel 06-12345678")
    with db.reading() as session:
        texts = outgoing.read_leaving_texts(session, Q1)
    assert [(t.place.value, t.code, t.text) for t in texts] == [
        ("house_name", "", "Gemeenschapshuis De Schakel"),
        ("village", "", "Berghem"),
        ("room", "R1", "Grote zaal"),
        ("activity", "A13", "Koffieochtend"),
        ("activity", "A14", "Particuliere verhuur"),  # never the private person's name
        ("signal_theme", "", "Bankje"),
        ("signal_text", "", "Graag een bankje"),
        ("remarks", "", "Bel 06-12345678"),
    ]
    assert [bool(t.findings()) for t in texts] == [False] * 7 + [True]
    with pytest.raises(ValidationError) as refused:
        export_period(db, Q1, tmp_path)
    assert len(refused.value.problems) == 1  # the one the list marks
    # Remarks being typed take the place of the kept ones.
    with db.reading() as session:
        typed = outgoing.read_leaving_texts(session, Q1, remarks="Rustig kwartaal")
    assert typed[-1].text == "Rustig kwartaal" and not typed[-1].findings()


def test_personal_data_in_free_text_refuses_the_export_naming_each_place(
    house_db: Database, tmp_path: Path
) -> None:
    db = house_db
    out = tmp_path / "uit"
    out.mkdir()
    hall = add_room(db, "R1", "Grote zaal")
    small = add_room(db, "R2", "Zaal Jan (jan@example.nl)")
    call = add_activity(db, "A12", "Bel 06-12345678", groups=())
    coffee = add_activity(db, "A13", "Koffieochtend", groups=())
    party = add_activity(db, "A14", "Feest, info 0412-123456", Nature.PARTICULIER, groups=())
    for activity, room in ((call, hall), (coffee, small), (party, hall)):
        add_session(db, activity, room, dt.date(2026, 2, 3), *MORNING)
    day = dt.date(2026, 3, 2)
    add_signal(db, day, "Bankje, bel +31 6 12345678", text="Graag", shareable=True)
    add_signal(db, day, "lantaarnpaal", text="Mevrouw: a.b@example.nl", shareable=True)
    add_signal(db, day, "buurman 0412 654321", text="Bel 06-87654321", shareable=False)
    with pytest.raises(ValidationError) as refused:
        export_period(db, Q1, out, remarks="Vragen? Bel de secretaris, 06 12 34 56 78.")
    assert [p.field for p in refused.value.problems] == ["personal_data"] * 5
    assert [p.english() for p in refused.value.problems] == [
        "Room R2 'Zaal Jan (jan@example.nl)': an e-mail address; remove it before you export.",
        "Activity A12 'Bel 06-12345678': a phone number; remove it before you export.",
        "The theme of the signal of 02-03-2026 'Bankje, bel +31 6 12345678': a phone number; "
        "remove it before you export.",
        "The text of the signal of 02-03-2026 'lantaarnpaal': an e-mail address "
        "(a.b@example.nl); remove it before you export.",
        "The board's remarks: a phone number (06 12 34 56 78); remove it before you export.",
    ]
    # Not written at all, so not refused: the private rental's name and the unshared signal.
    assert os.listdir(out) == []


def test_the_house_name_and_village_are_scanned_too(db: Database, tmp_path: Path) -> None:
    installation.set_up_house(db, "BERGH", "De Schakel, 0412-123456", "Berghem (info@schakel.nl)")
    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(ValidationError) as refused:
        export_period(db, Q1, out)
    assert [p.english() for p in refused.value.problems] == [
        "The house's name 'De Schakel, 0412-123456': a phone number; remove it before you export.",
        "The house's village 'Berghem (info@schakel.nl)': an e-mail address; "
        "remove it before you export.",
    ]
    assert os.listdir(out) == []


def test_the_command_says_where_personal_data_stops_the_export(
    house_file: Path, tmp_path: Path
) -> None:
    db = open_database(house_file)
    with db.transaction() as session:
        session.execute(text("UPDATE rooms SET name = 'Zaal, sleutel: 06-12345678'"))
    db.close()
    result = run_housedesk(
        "export", "--db", str(house_file), "--period", "2026-Q3", "-o", str(tmp_path)
    )
    assert result.returncode == 2, result.stderr
    assert "Room R1 'Zaal, sleutel: 06-12345678': a phone number" in result.stderr
    assert not list(tmp_path.glob("*.xlsx"))


# --------------------------------------------------------------------------- writing safely


def test_a_failure_mid_write_leaves_nothing_behind(
    house_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    earlier = export_period(house_db, Q1, out).path
    content = earlier.read_bytes()

    def disk_full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer.os, "fsync", disk_full)
    with pytest.raises(ValidationError) as refused:
        export_period(house_db, Q1, out)
    assert [p.field for p in refused.value.problems] == ["target"]
    assert "No space left on device" in str(refused.value)
    assert os.listdir(out) == [earlier.name]
    assert earlier.read_bytes() == content  # the earlier export is untouched
    monkeypatch.undo()

    def crash(self: object, stream: Any) -> None:
        stream.write(b"PK\x03\x04 half a workbook")
        raise RuntimeError("power cut")

    monkeypatch.setattr(writer.Workbook, "save", crash)
    with pytest.raises(RuntimeError):
        export_period(house_db, Q1, out / "nieuw.xlsx")
    assert os.listdir(out) == [earlier.name]


def test_a_missing_folder_is_refused(house_db: Database, tmp_path: Path) -> None:
    for target in (tmp_path / "weg" / "uit.xlsx", tmp_path / "weg"):
        with pytest.raises(ValidationError) as refused:
            export_period(house_db, Q1, target)
        assert [p.field for p in refused.value.problems] == ["target"]
    assert not list(tmp_path.rglob("*.xlsx")) and not (tmp_path / "weg").exists()


def test_a_database_without_a_house_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        export_period(db, Q1, tmp_path)
    assert [p.field for p in refused.value.problems] == ["house"]
    installation.set_up_municipality(db)
    with pytest.raises(ValidationError):
        export_period(db, Q1, tmp_path)
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob(".*housedesk-tmp-*"))


# --------------------------------------------------------------------------- the command


@pytest.fixture
def house_file(tmp_path: Path) -> Path:
    path = tmp_path / "huis.sqlite3"
    a_summer_morning(path).close()
    return path


def test_cli_writes_the_file_and_prints_its_path(house_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    result = run_housedesk("export", "--db", str(house_file), "--period", "2026-Q3", "-o", str(out))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.strip() == str(out / "BERGH_2026-Q3.xlsx")
    assert info(read(out / "BERGH_2026-Q3.xlsx"))["periode"] == "2026-Q3"
    named = tmp_path / "kwartaal.xlsx"
    result = run_housedesk("export", "--db", str(house_file), "--period", "2026", "-o", str(named))
    assert (result.returncode, result.stdout.strip()) == (0, str(named))
    written = (out / "BERGH_2026-Q3.xlsx").read_bytes()
    result = run_housedesk("export", "--db", str(house_file), "--period", "2026-Q3", cwd=out)
    assert result.returncode == 2  # it exists: replaced only when asked
    assert result.stderr.splitlines() == [
        f"housedesk: error: {out / 'BERGH_2026-Q3.xlsx'} already exists; choose another name, "
        "or replace it (--force)"
    ]
    assert (out / "BERGH_2026-Q3.xlsx").read_bytes() == written
    result = run_housedesk(
        "export", "--db", str(house_file), "--period", "2026-Q3", "--force", cwd=out
    )
    assert result.returncode == 0
    assert Path(result.stdout.strip()).resolve() == (out / "BERGH_2026-Q3.xlsx").resolve()


@pytest.mark.parametrize("period", ["2026-Q5", "Q3", "2026-q3", "26-Q1"])
def test_cli_refuses_a_bad_period(house_file: Path, tmp_path: Path, period: str) -> None:
    result = run_housedesk(
        "export", "--db", str(house_file), "--period", period, "-o", str(tmp_path)
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"housedesk: error: '{period}' is not a period: write a quarter as 2026-Q3 "
        "or a year as 2026"
    ]
    assert not list(tmp_path.glob("*.xlsx"))


def test_cli_refuses_an_empty_database(tmp_path: Path) -> None:
    path = tmp_path / "leeg.sqlite3"
    open_database(path).close()
    result = run_housedesk("export", "--db", str(path), "--period", "2026-Q3", "-o", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "housedesk: error: This database has no house yet, so there is nothing to export. "
        "Set up the house first."
    ]


def test_cli_refuses_a_missing_database_or_folder(house_file: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nergens.sqlite3"
    result = run_housedesk("export", "--db", str(missing), "--period", "2026-Q3")
    assert (result.returncode, result.stderr.splitlines()) == (
        2,
        [f"housedesk: error: {missing} does not exist"],
    )
    assert not missing.exists()
    target = tmp_path / "geen" / "map"
    result = run_housedesk(
        "export", "--db", str(house_file), "--period", "2026-Q3", "-o", str(target)
    )
    assert (result.returncode, result.stderr.splitlines()) == (
        2,
        [f"housedesk: error: the folder {target} does not exist"],
    )


def test_cli_needs_a_period(house_file: Path) -> None:
    result = run_housedesk("export", "--db", str(house_file))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "--period" in result.stderr


def test_the_municipality_reader_accepts_the_export(demo_db: Database, tmp_path: Path) -> None:
    reader = pytest.importorskip("housedesk.exchange.reader")
    for period in (Period(2025), Period(2026, 3)):
        path = export_period(demo_db, period, tmp_path).path
        result = reader.read_workbook(path)
        assert result.errors == (), result.errors


@needs_proc
def test_on_windows_no_file_an_export_renames_or_removes_is_still_open(
    house_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workbook, its temporary name and openpyxl's scratch files, also when cancelled."""
    rules = WindowsFileRules().install(monkeypatch)
    out = tmp_path / "uit"
    out.mkdir()
    export_period(house_db, Q1, out)
    export_period(house_db, Q1, out / "BERGH_2026-Q1.xlsx")  # over the first: replaced

    def cancel(done: int, _total: int) -> None:
        if done:
            raise KeyboardInterrupt("stop")

    with pytest.raises(KeyboardInterrupt):
        export_period(house_db, Q1, out / "afgebroken.xlsx", progress=cancel)
    assert rules.refused == [] and rules.checked > 0
    assert sorted(p.name for p in out.iterdir()) == ["BERGH_2026-Q1.xlsx"]


def test_a_session_past_midnight_counts_and_travels_up_to_midnight(
    house_db: Database, tmp_path: Path
) -> None:
    """The contract holds a session within its day: the bar until 00:30 ends at 24:00."""
    from housedesk.db.models import OpeningHours

    db = house_db
    room = add_room(db, "R1", "Bar")
    with db.transaction() as s:  # Saturdays 19:00 until 00:30 the next morning
        s.add(OpeningHours(room_id=None, weekday=5, opens_min=19 * 60, closes_min=24 * 60 + 30))
    party = add_activity(db, "A1", "Buurtfeest")
    add_session(db, party, room, dt.date(2026, 2, 7), 19 * 60, 24 * 60 + 30, visitors=40)
    path = export_period(db, Q1, tmp_path / "uit.xlsx").path
    (row,) = read(path)["Bijeenkomsten"]
    assert (row["begin"], row["eind"]) == ("19:00", "24:00")
    result = read_workbook(path, figures=True)
    assert not result.errors, result.errors
    assert result.summary is not None
    assert result.summary.used_hours == 5.0
    saturdays = sum(1 for d in range(90) if (dt.date(2026, 1, 1) + dt.timedelta(d)).weekday() == 5)
    assert result.summary.available_hours == 5.0 * saturdays
