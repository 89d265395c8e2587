"""Tests for housedesk.exchange.reader: valid files pass, broken and hostile ones are refused."""

from __future__ import annotations

import datetime as dt
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from housedesk.exchange import advice, reader
from housedesk.exchange.reader import read_workbook, summarize
from tests.helpers.files import (
    HouseFile,
    add_part,
    derive,
    lie_about_size,
    rewrite_part,
    sample,
    sheet_part,
    write,
)

NAME = "BERCH_2026-Q3.xlsx"


@pytest.fixture
def house() -> HouseFile:
    return sample("BERCH", "2026-Q3")


def written(tmp_path: Path, house: HouseFile, edit: Callable[[Workbook], None] | None = None):
    return read_workbook(write(house, tmp_path / NAME, edit=edit), figures=True)


def only_error(result: reader.ReadResult) -> str:
    assert not result.valid
    assert result.figures is None
    assert len(result.errors) == 1, result.messages()
    asks(result)
    return str(result.errors[0])


def asks(result: reader.ReadResult) -> str:
    """What a rejected file's messages ask first: always one of the plain-Dutch advices,
    followed by the technical detail."""
    assert not result.valid
    first, *details = result.messages()
    ask = first.removeprefix(f"{result.name}: ")
    assert ask in advice.ALL, result.messages()
    assert all(error.advice in advice.ALL for error in result.errors)
    assert details and details[0] == str(result.errors[0])
    return ask


def test_a_valid_file_is_read_whole(tmp_path: Path, house: HouseFile) -> None:
    result = written(tmp_path, house)

    assert result.valid, result.messages()
    assert result.errors == () and result.warnings == ()
    figures = result.figures
    assert figures is not None
    assert figures.info.house_code == "BERCH"
    assert figures.info.period == "2026-Q3"
    assert figures.info.first_day == dt.date(2026, 7, 1)
    assert figures.info.exported_at.utcoffset() == dt.timedelta(hours=2)
    assert len(figures.rooms) == len(house.rooms)
    assert len(figures.activities) == len(house.activities)
    assert len(figures.sessions) == len(house.sessions)
    assert len(figures.signals) == len(house.signals)
    held = [row for row in house.sessions if row[6] == "gehouden"]
    summary = summarize(figures)
    assert result.summary == summary
    assert summary.sessions == len(held)
    assert summary.visitors == sum(row[7] or 0 for row in held)


def test_a_valid_file_without_sessions_or_signals(tmp_path: Path) -> None:
    house = sample("LEEG", "2026", density=0)
    house.signals = []
    result = written(tmp_path, house)
    assert result.valid, result.messages()
    assert summarize(result.figures).occupancy == 0  # type: ignore[arg-type]


def test_time_cells_datetime_dates_extra_columns_and_sheets_are_accepted(
    tmp_path: Path, house: HouseFile
) -> None:
    def edit(workbook: Workbook) -> None:
        sessions = workbook["Bijeenkomsten"]
        sessions["C2"] = dt.time(10, 0)
        sessions["D2"] = dt.time(12, 0)
        sessions["C2"].number_format = sessions["D2"].number_format = "hh:mm"
        sessions["B2"] = dt.datetime.combine(sessions["B2"].value, dt.time())
        sessions["J1"] = "opmerking"  # a later, optional column (additive change)
        sessions["J2"] = "=1+1"  # formulas in columns the reader does not know are not its business
        workbook.create_sheet("Grafiek").append(["voor mensen"])

    house.sessions[0][2:4] = ["10:00", "12:00"]
    derive(house)
    result = written(tmp_path, house, edit)
    assert result.valid, result.messages()
    first = result.figures.sessions[0]  # type: ignore[union-attr]
    assert (first.begin, first.end) == (600, 720)


def cell(sheet: str, ref: str, value: object) -> Callable[[Workbook], None]:
    def edit(workbook: Workbook) -> None:
        workbook[sheet][ref] = value

    return edit


def info(field: str, value: object) -> Callable[[Workbook], None]:
    def edit(workbook: Workbook) -> None:
        for row in workbook["Info"].iter_rows(min_row=2):
            if row[0].value == field:
                row[1].value = value
                return
        raise AssertionError(field)

    return edit


def delete_row(sheet: str, row: int) -> Callable[[Workbook], None]:
    return lambda workbook: workbook[sheet].delete_rows(row)


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            cell("Bijeenkomsten", "H2", "twaalf"),
            f"{NAME}, Bijeenkomsten!H2: 'twaalf' is geen geheel getal",
        ),
        (cell("Bijeenkomsten", "H2", 2.5), f"{NAME}, Bijeenkomsten!H2: 2.5 is geen geheel getal"),
        (
            cell("Bijeenkomsten", "H2", -1),
            f"{NAME}, Bijeenkomsten!H2: -1 is te klein (minimaal 0)",
        ),
        (cell("Ruimtes", "E2", 0), f"{NAME}, Ruimtes!E2: 0 is te klein (minimaal 1)"),
        (cell("Ruimtes", "F2", "veel"), f"{NAME}, Ruimtes!F2: 'veel' is geen getal"),
        (
            cell("Bijeenkomsten", "H2", "=3*4"),
            f"{NAME}, Bijeenkomsten!H2: formule '=3*4' in een gegevenscel",
        ),
        (cell("Info", "B14", "=5+7"), f"{NAME}, Info!B14: formule '=5+7' in een gegevenscel"),
        (
            cell("Activiteiten", "F2", "dansen"),
            f"{NAME}, Activiteiten!F2: 'dansen' is geen bekende code voor activiteitstype",
        ),
        (cell("Activiteiten", "I2", 2), f"{NAME}, Activiteiten!I2: 2 moet 0 of 1 zijn"),
        (cell("Activiteiten", "R2", "misschien"), "Activiteiten!R2: 'misschien' moet ja of nee"),
        (
            cell("Activiteiten", "D3", "Familie Jansen"),
            f"{NAME}, Activiteiten!D3: bij particulier gebruik moet de naam",
        ),
        (
            cell("Bijeenkomsten", "E2", "R9"),
            f"{NAME}, Bijeenkomsten!E2: ruimte 'R9' staat niet in Ruimtes",
        ),
        (
            cell("Bijeenkomsten", "F2", "A99"),
            f"{NAME}, Bijeenkomsten!F2: activiteit 'A99' staat niet in Activiteiten",
        ),
        (
            cell("Bijeenkomsten", "B2", dt.date(2026, 10, 1)),
            f"{NAME}, Bijeenkomsten!B2: datum 1-10-2026 valt buiten de periode 2026-Q3",
        ),
        (cell("Bijeenkomsten", "B2", "1 juli"), "Bijeenkomsten!B2: '1 juli' is geen datum"),
        (cell("Bijeenkomsten", "C2", "25:00"), "Bijeenkomsten!C2: '25:00' is geen tijd (UU:MM)"),
        (cell("Bijeenkomsten", "D2", "09:00"), "Bijeenkomsten!D2: eind 09:00 ligt niet na begin"),
        (cell("Bijeenkomsten", "G2", "gepland"), "Bijeenkomsten!G2: 'gepland' is geen bekende"),
        (cell("Signalen", "C2", "roddel"), "Signalen!C2: 'roddel' is geen bekende code voor soort"),
        (
            cell("Ruimtes", "A2", "ANDER"),
            f"{NAME}, Ruimtes!A2: huis_code 'ANDER' verschilt van Info ('BERCH')",
        ),
        (
            cell("Ruimtes", "H2", 0),
            "Ruimtes!G2: uren_maatschappelijk + uren_particulier + uren_commercieel",
        ),
        (
            cell("Bijeenkomsten", "H1", "gasten"),
            f"{NAME}, Bijeenkomsten!H1: kolom 'bezoekers' verwacht, maar hier staat 'gasten'",
        ),
        (
            lambda workbook: workbook["Signalen"].delete_cols(6),
            f"{NAME}, Signalen!F1: kolom 'status' verwacht, maar hier staat een lege cel",
        ),
        (
            lambda workbook: workbook["Bijeenkomsten"].insert_rows(3),
            f"{NAME}, Bijeenkomsten!A3: lege rij midden in de tabel",
        ),
        (
            lambda workbook: workbook["Signalen"].insert_rows(1),
            f"{NAME}, Signalen!A1: kolom 'huis_code' verwacht, maar hier staat een lege cel",
        ),
        (
            cell("Ruimtes", "E1", "=1+1"),
            f"{NAME}, Ruimtes!E1: kolom 'capaciteit' verwacht, maar hier staat '=1+1'",
        ),
        (
            lambda workbook: workbook.remove(workbook["Signalen"]),
            f"{NAME}: blad 'Signalen' ontbreekt",
        ),
        (
            lambda workbook: workbook.move_sheet("Signalen", -1),
            f"{NAME}: de bladen staan niet in de afgesproken volgorde",
        ),
        (delete_row("Info", 6), f"{NAME}, Info: veld 'kern' ontbreekt"),
        (info("formaat_versie", 2), f"{NAME}, Info!B3: formaat_versie 2 is nieuwer dan"),
        (info("formaat", "iets anders"), "Info!B2: formaat 'iets anders' is geen"),
        (info("huis_code", "berch"), "Info!B4: 'berch' is geen huiscode"),
        (info("periode", "2026-Q5"), "Info!B7: '2026-Q5' is geen periode"),
        (info("periode_eind", dt.date(2026, 9, 29)), "Info!B9: periode_eind 29-9-2026 past niet"),
        (info("export_id", "abc"), "Info!B10: 'abc' is geen export-id"),
        (info("geexporteerd_op", "2026-10-02T14:03:11"), "Info!B11: '2026-10-02T14:03:11' is"),
        (info("vrijwilligers", "veel"), "Info!B14: 'veel' is geen geheel getal"),
    ],
)
def test_errors_reject_the_file_and_name_file_sheet_and_cell(
    tmp_path: Path, house: HouseFile, edit: Callable[[Workbook], None], expected: str
) -> None:
    result = written(tmp_path, house, edit)
    assert not result.valid
    assert result.figures is None
    assert any(expected in str(error) for error in result.errors), result.messages()
    if "formaat_versie" in expected:
        assert asks(result) == advice.NEWER_VERSION
    elif "bij particulier gebruik" in expected:
        assert asks(result) == advice.PRIVACY
    else:
        assert asks(result) == advice.EDITED


def test_document_properties_that_disagree_with_info(tmp_path: Path, house: HouseFile) -> None:
    house.properties["huis_code"] = "ANDER"
    message = only_error(written(tmp_path, house))
    assert message == (
        f"{NAME}, Info: documenteigenschap huis_code 'ANDER' verschilt van Info ('BERCH')"
    )


def test_a_missing_document_property_is_an_error(tmp_path: Path, house: HouseFile) -> None:
    house.properties["export_id"] = None
    assert only_error(written(tmp_path, house)).endswith("documenteigenschap 'export_id' ontbreekt")


def test_the_identity_of_a_rejected_file_is_still_known(tmp_path: Path, house: HouseFile) -> None:
    result = written(tmp_path, house, cell("Bijeenkomsten", "H2", "twaalf"))
    assert (result.house_code, result.period) == ("BERCH", "2026-Q3")


# --- plausibility limits -------------------------------------------------------------

MARKER = 7_654_321  # a number written by openpyxl, then replaced by the raw text of a cell


def raw_number(sheet: str, ref: str, text: str) -> Callable[[Path], None]:
    """Put ``text`` as the number of a cell in the sheet's XML (openpyxl writes no inf)."""

    def change(path: Path) -> None:
        def replace(data: bytes) -> bytes:
            marker = f"<v>{MARKER}</v>".encode()
            assert data.count(marker) == 1
            return data.replace(marker, f"<v>{text}</v>".encode())

        rewrite_part(path, sheet_part(sheet), replace)

    return change


#: A moment of reading after the sample's export (2 October 2026).
READ_AT = dt.datetime(2026, 10, 5, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("sheet", "ref", "value", "expected"),
    [
        ("Bijeenkomsten", "H2", 1e308, "Bijeenkomsten!H2: 1e+308 is te groot (maximaal 10000)"),
        ("Bijeenkomsten", "H2", 10_001, "Bijeenkomsten!H2: 10001 is te groot (maximaal 10000)"),
        ("Bijeenkomsten", "I2", 10_001, "Bijeenkomsten!I2: 10001 is te groot (maximaal 10000)"),
        ("Bijeenkomsten", "H2", "inf", "Bijeenkomsten!H2: inf is geen eindig getal"),
        ("Bijeenkomsten", "H2", "nan", "Bijeenkomsten!H2: nan is geen eindig getal"),
        ("Bijeenkomsten", "H2", "1" + "0" * 400, "Bijeenkomsten!H2: 1.000e+400 is geen eindig"),
        ("Ruimtes", "E2", 10_001, "Ruimtes!E2: 10001 is te groot (maximaal 10000)"),
        ("Ruimtes", "F2", "-inf", "Ruimtes!F2: -inf is geen eindig getal"),
        ("Ruimtes", "F2", "1E999", "Ruimtes!F2: inf is geen eindig getal"),
        ("Ruimtes", "F2", 1e308, "Ruimtes!F2: 1e+308 uur is meer dan periode 2026-Q3 heeft"),
        (
            "Ruimtes",
            "F2",
            2208.02,
            "Ruimtes!F2: 2208.02 uur is meer dan periode 2026-Q3 heeft (2208 uur: 92 dagen van"
            " 24 uur)",
        ),
        ("Activiteiten", "T2", "Infinity", "Activiteiten!T2: inf is geen eindig getal"),
        ("Info", "B14", "nan", "Info!B14: nan is geen eindig getal"),
    ],
)
def test_numbers_beyond_the_plausibility_limits_are_errors(
    tmp_path: Path, house: HouseFile, sheet: str, ref: str, value: object, expected: str
) -> None:
    raw = isinstance(value, str)
    path = write(house, tmp_path / NAME, edit=cell(sheet, ref, MARKER if raw else value))
    if raw:
        raw_number(sheet, ref, str(value))(path)
    result = read_workbook(path, now=READ_AT)
    assert not result.valid
    assert result.figures is None
    assert any(str(error).startswith(f"{NAME}, {expected}") for error in result.errors), (
        result.messages()
    )


def test_the_plausibility_limits_themselves_are_allowed(tmp_path: Path, house: HouseFile) -> None:
    def edit(workbook: Workbook) -> None:
        workbook["Bijeenkomsten"]["H2"] = 10_000
        workbook["Bijeenkomsten"]["I2"] = 10_000
        workbook["Ruimtes"]["E2"] = 10_000
        workbook["Ruimtes"]["F2"] = 2208  # 92 days of 24 hours
        workbook["Info"]["B14"] = 10**20  # the house's volunteers: finite, no limit

    result = read_workbook(write(house, tmp_path / NAME, edit=edit), now=READ_AT)
    assert result.errors == (), result.messages()


@pytest.mark.parametrize(
    ("exported_at", "expected"),
    [
        (
            "9999-12-31T00:00:00+01:00",
            "Info!B11: geexporteerd_op 9999-12-31T00:00:00+01:00 ligt meer dan een dag na het"
            " moment van inlezen (2026-10-05T14:00:00+02:00)",
        ),
        ("2026-10-06T14:00:01+02:00", "Info!B11: geexporteerd_op 2026-10-06T14:00:01+02:00 ligt"),
        (
            "2026-06-30T23:59:59+02:00",
            "Info!B11: geexporteerd_op 2026-06-30T23:59:59+02:00 ligt vóór het begin van"
            " periode 2026-Q3 (1-7-2026)",
        ),
        ("0001-01-01T00:00:00+14:00", "Info!B11: geexporteerd_op 0001-01-01T00:00:00+14:00 ligt"),
    ],
)
def test_an_export_time_in_the_future_or_before_the_period_is_an_error(
    tmp_path: Path, exported_at: str, expected: str
) -> None:
    house = sample("BERCH", "2026-Q3", exported_at=exported_at)
    message = only_error(read_workbook(write(house, tmp_path / NAME), now=READ_AT))
    assert message.startswith(f"{NAME}, {expected}")


@pytest.mark.parametrize("exported_at", ["2026-07-01T00:00:00+02:00", "2026-10-06T14:00:00+02:00"])
def test_an_export_time_from_the_periods_start_to_a_day_after_reading_is_fine(
    tmp_path: Path, exported_at: str
) -> None:
    house = sample("BERCH", "2026-Q3", exported_at=exported_at)
    result = read_workbook(write(house, tmp_path / NAME), now=READ_AT)
    assert result.valid, result.messages()


# --- warnings ------------------------------------------------------------------------


def test_activity_sums_that_disagree_with_the_sessions_are_a_warning(
    tmp_path: Path, house: HouseFile
) -> None:
    sessions = house.activities[0][-3]
    result = written(tmp_path, house, cell("Activiteiten", "S2", sessions + 1))
    assert result.valid
    (warning,) = result.warnings
    assert str(warning).startswith(f"{NAME}, Activiteiten!S2: de sommen van activiteit A1")
    # what counts is the detail, the sessions
    assert summarize(result.figures).sessions == sum(  # type: ignore[arg-type]
        1 for row in house.sessions if row[6] == "gehouden"
    )


def test_visitors_above_three_times_the_capacity_are_a_warning(
    tmp_path: Path, house: HouseFile
) -> None:
    house.sessions[0][6] = "gehouden"
    house.sessions[0][7] = 3 * 60 + 1 if house.sessions[0][4] == "R1" else 3 * 12 + 1
    derive(house)
    result = written(tmp_path, house)
    assert result.valid
    (warning,) = result.warnings
    assert str(warning).startswith(f"{NAME}, Bijeenkomsten!H2: ")
    assert "meer dan drie keer de capaciteit" in warning.text


def test_a_period_not_yet_approved_is_a_warning(tmp_path: Path) -> None:
    result = written(tmp_path, sample(approved=False))
    assert result.valid
    assert [str(w) for w in result.warnings] == [
        f"{NAME}, Info!B13: periode 2026-Q3 is nog niet vastgesteld door het bestuur"
        " (vastgesteld = nee)"
    ]


# --- not a workbook ------------------------------------------------------------------


def refused(path: Path) -> str:
    started = time.perf_counter()
    result = read_workbook(path)
    assert time.perf_counter() - started < 1.0
    return only_error(result)


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_bytes(b"")
    assert refused(path) == f"{NAME}: het bestand is leeg (0 bytes)"


def test_an_old_xls(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_bytes(reader.OLE2_MAGIC + bytes(4096))
    assert "oud Excel-bestand (.xls)" in refused(path)


def test_a_password_protected_workbook(tmp_path: Path) -> None:
    path = tmp_path / NAME
    directory_entry = "EncryptedPackage".encode("utf-16-le").ljust(64, b"\0")
    path.write_bytes(reader.OLE2_MAGIC + bytes(1024) + directory_entry + bytes(2048))
    assert "met een wachtwoord beveiligd" in refused(path)


def test_a_renamed_text_file(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_text("huis_code;periode;bezoekers\nBERCH;2026-Q3;12\n", encoding="utf-8")
    assert "tekstbestand met een andere naam" in refused(path)


def test_some_other_binary_file(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert refused(path) == f"{NAME}: dit is geen Excel-werkmap (.xlsx)"


def test_a_truncated_file(tmp_path: Path, house: HouseFile) -> None:
    path = write(house, tmp_path / NAME)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert "afgebroken of beschadigd" in refused(path)


def test_a_zip_that_is_no_workbook(tmp_path: Path) -> None:
    path = tmp_path / NAME
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("foto.jpg", b"\xff\xd8")
    assert "zip-bestand, maar geen Excel-werkmap" in refused(path)


# --- hostile files -------------------------------------------------------------------

LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b"]>"
)


def body(data: bytes) -> bytes:
    """An XML part without its declaration."""
    return data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data


@pytest.mark.parametrize("part", [sheet_part("Bijeenkomsten"), "xl/sharedStrings.xml"])
def test_entity_expansion_is_refused_quickly(tmp_path: Path, house: HouseFile, part: str) -> None:
    path = write(house, tmp_path / NAME)

    def laugh(data: bytes) -> bytes:
        return LAUGHS + body(data).replace(b"<v>", b"<v>&lol9;", 1)

    with zipfile.ZipFile(path) as archive:
        if part not in archive.namelist():
            part = sheet_part("Ruimtes")
    rewrite_part(path, part, laugh)
    assert "DOCTYPE" in refused(path)


def test_a_declared_zip_bomb_is_refused_before_parsing(tmp_path: Path, house: HouseFile) -> None:
    path = add_part(write(house, tmp_path / NAME), "xl/media/image1.png", 200 * 1024 * 1024)
    assert "zip-bom" in refused(path)


def test_a_zip_bomb_with_lying_headers_is_refused(tmp_path: Path, house: HouseFile) -> None:
    path = write(house, tmp_path / NAME)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/image1.png", bytes(80 * 1024 * 1024))
    lie_about_size(path, "xl/media/image1.png", 1000)
    message = refused(path)
    assert "zip-bom" in message or "afgebroken of beschadigd" in message


def test_the_byte_cap_holds_when_the_headers_lie(
    tmp_path: Path, house: HouseFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = add_part(write(house, tmp_path / NAME), "xl/media/image1.png", 8 * 1024 * 1024)
    # Headers that lie pass the declared check; the cap while unpacking must still hold.
    monkeypatch.setattr(reader, "_check_declared", lambda infos: None)
    monkeypatch.setattr(reader, "MAX_PART_BYTES", 4 * 1024 * 1024)
    assert "zip-bom" in refused(path)


def test_a_million_declared_rows_holding_three_are_read_as_three(
    tmp_path: Path, house: HouseFile
) -> None:
    path = write(house, tmp_path / NAME)

    def million(data: bytes) -> bytes:
        start = data.index(b"<dimension")
        end = data.index(b"/>", start) + 2
        return data[:start] + b'<dimension ref="A1:Z1000000"/>' + data[end:]

    rewrite_part(path, sheet_part("Signalen"), million)
    started = time.perf_counter()
    result = read_workbook(path, figures=True)
    assert time.perf_counter() - started < 2.0
    assert result.valid, result.messages()
    assert len(result.figures.signals) == len(house.signals)  # type: ignore[union-attr]


def test_a_row_far_below_the_table_is_refused_quickly(tmp_path: Path, house: HouseFile) -> None:
    result = written(tmp_path, house, cell("Signalen", "A1000000", "BERCH"))
    assert not result.valid
    assert any("lege rij midden in de tabel" in e.text or "rijen" in e.text for e in result.errors)


def test_an_unexpected_failure_is_a_rejection_not_a_crash(
    tmp_path: Path, house: HouseFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(house, tmp_path / NAME)

    def boom(self: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(reader._Reader, "read", boom)
    assert only_error(read_workbook(path)).startswith(
        f"{NAME}: het bestand kon niet worden gelezen (RecursionError"
    )


def test_a_missing_file_is_a_rejection(tmp_path: Path) -> None:
    assert "kon niet worden geopend" in only_error(read_workbook(tmp_path / "weg.xlsx"))


def test_a_renamed_windows_text_file(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_bytes("Café;één;bezoekers\r\nDe Berch;12\r\n".encode("cp1252"))
    assert "tekstbestand met een andere naam" in refused(path)


def test_merged_cells_in_a_table_are_an_error(tmp_path: Path, house: HouseFile) -> None:
    result = written(tmp_path, house, lambda workbook: workbook["Ruimtes"].merge_cells("C2:D2"))
    assert any(
        str(error) == f"{NAME}, Ruimtes!C2: samengevoegde cellen (C2:D2); een tabel mag die"
        " niet hebben"
        for error in result.errors
    ), result.messages()


def test_a_utf16_doctype_is_refused_too(tmp_path: Path, house: HouseFile) -> None:
    path = write(house, tmp_path / NAME)
    rewrite_part(
        path,
        sheet_part("Signalen"),
        lambda data: (
            LAUGHS.decode().replace("1.0", '1.0" encoding="UTF-16').encode("utf-16")
            + body(data).decode().encode("utf-16-le")
        ),
    )
    assert "DOCTYPE" in refused(path)


@pytest.mark.parametrize(
    "part", [sheet_part("Bijeenkomsten"), "xl/workbook.xml", "xl/styles.xml", "docProps/custom.xml"]
)
def test_the_parsers_refuse_entities_even_past_the_doctype_check(
    tmp_path: Path, house: HouseFile, monkeypatch: pytest.MonkeyPatch, part: str
) -> None:
    path = write(house, tmp_path / NAME)
    rewrite_part(path, part, lambda data: LAUGHS + body(data).replace(b"<v>", b"<v>&lol9;", 1))
    monkeypatch.setattr(reader, "DECLARATIONS", ())  # as if the scan of the bytes missed it
    message = refused(path)
    assert "kon niet worden gelezen (DTDForbidden" in message, message
    assert read_workbook(path).errors[0].advice == advice.EDITED


def test_a_year_typed_as_a_number_is_still_the_period(tmp_path: Path) -> None:
    house = sample("BERCH", "2026")
    for row in (*house.rooms, *house.activities):
        row[1] = 2026
    house.info["periode"] = 2026
    house.properties["periode"] = "2026"
    result = written(tmp_path, house)
    assert result.valid, result.messages()
    assert result.figures.info.period == "2026"  # type: ignore[union-attr]


def test_a_file_wrong_in_every_row_keeps_its_first_errors(tmp_path: Path, house: HouseFile) -> None:
    house = sample("BERCH", "2026-Q3", density=1.0, repeat=2)
    for row in house.sessions:
        row[7] = "veel"
    result = written(tmp_path, house)
    assert len(result.errors) == reader.MAX_ERRORS + 1
    assert str(result.errors[-1]).startswith(f"{NAME}: en nog ")


def test_an_empty_data_sheet_lacks_its_header(tmp_path: Path, house: HouseFile) -> None:
    def empty(workbook: Workbook) -> None:
        index = workbook.sheetnames.index("Signalen")
        workbook.remove(workbook["Signalen"])
        workbook.create_sheet("Signalen", index)

    message = only_error(written(tmp_path, house, empty))
    assert message == f"{NAME}, Signalen!A1: het blad is leeg; de kopregel ontbreekt"


def test_a_missing_column_is_one_error(tmp_path: Path, house: HouseFile) -> None:
    message = only_error(
        written(tmp_path, house, lambda workbook: workbook["Ruimtes"].delete_cols(5))
    )
    assert message == f"{NAME}, Ruimtes!E1: kolom 'capaciteit' verwacht, maar hier staat" + (
        " 'beschikbare_uren'"
    )


# --- what to ask the house ---------------------------------------------------------


def zip_of(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda path, house: path.write_bytes(b""), advice.RESEND),
        (lambda path, house: path.write_bytes(reader.OLE2_MAGIC + bytes(4096)), advice.OLD_EXCEL),
        (
            lambda path, house: path.write_bytes(
                reader.OLE2_MAGIC + bytes(1024) + "EncryptedPackage".encode("utf-16-le")
            ),
            advice.PASSWORD,
        ),
        (lambda path, house: path.write_text("huis;bezoekers\nBERCH;12\n"), advice.NOT_AN_EXPORT),
        (lambda path, house: path.write_bytes(bytes(range(256)) * 4), advice.NOT_AN_EXPORT),
        (
            lambda path, house: path.write_bytes(write(house, path).read_bytes()[:3000]),
            advice.RESEND,
        ),
        (lambda path, house: zip_of(path, {"foto.jpg": b"\xff\xd8"}), advice.NOT_AN_EXPORT),
        (
            lambda path, house: zip_of(path, {f"deel{n}.txt": b"" for n in range(600)}),
            advice.NOT_AN_EXPORT,
        ),
        (
            lambda path, house: rewrite_part(
                write(house, path), sheet_part("Signalen"), lambda data: LAUGHS + body(data)
            ),
            advice.EDITED,
        ),
        (
            lambda path, house: add_part(write(house, path), "xl/media/a.png", 200 * 1024 * 1024),
            advice.NOT_AN_EXPORT,
        ),
        (lambda path, house: None, advice.CANNOT_OPEN),  # not there (any more)
    ],
    ids=[
        "empty",
        "old xls",
        "password",
        "text",
        "binary",
        "cut off",
        "other zip",
        "many parts",
        "doctype",
        "zip bomb",
        "missing",
    ],
)
def test_every_refusal_says_what_to_ask_the_house(
    tmp_path: Path, house: HouseFile, make: Callable[[Path, HouseFile], object], expected: str
) -> None:
    path = tmp_path / NAME
    make(path, house)
    assert asks(read_workbook(path)) == expected


def test_a_clock_set_wrong_and_an_unknown_failure_say_what_to_do(
    tmp_path: Path, house: HouseFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    house.info["geexporteerd_op"] = "2030-01-01T10:00:00+01:00"
    assert asks(written(tmp_path, house)) == advice.CLOCK
    house = sample("BERCH", "2026-Q3")
    house.properties["huis_code"] = "ANDER"
    assert asks(written(tmp_path, house)) == advice.EDITED
    monkeypatch.setattr(reader._Reader, "read", lambda self: 1 / 0)
    assert asks(read_workbook(tmp_path / NAME)) == advice.UNREADABLE


def test_every_advice_says_what_to_ask_in_plain_dutch() -> None:
    for text in advice.ALL:
        lowered = text.casefold()
        assert "vraag het huis" in lowered or "het huis hoeft niets te doen" in lowered, text
        for jargon in ("doctype", "entity", "zip", "xml", "uuid", "documenteigenschap", " cel "):
            assert jargon not in lowered, (jargon, text)


def test_a_file_with_errors_of_two_kinds_asks_both_each_above_its_details(
    tmp_path: Path, house: HouseFile
) -> None:
    house.info["formaat_versie"] = 2
    house.properties["formaat_versie"] = 2

    def edit(workbook: Workbook) -> None:
        workbook["Info"]["B11"] = "2030-01-01T10:00:00+01:00"

    messages = written(tmp_path, house, edit).messages()
    asked = [m for m in messages if m.removeprefix(f"{NAME}: ") in advice.ALL]
    assert [m.removeprefix(f"{NAME}: ") for m in asked] == [advice.NEWER_VERSION, advice.CLOCK]
    assert messages.index(asked[0]) == 0
    assert "formaat_versie 2" in messages[1] and "geexporteerd_op" in messages[3]
