"""The reader's own parsing of the parts reads every cell as openpyxl reads it.

The files here are written the way other programs write them: strings in a
shared table (with rich text and phonetic runs, as Excel saves them), cells and
rows without references, a namespace prefix, the 1904 date system, shared
formulas. Each is read both by the reader's parser and by openpyxl in read-only
mode, and the values must be the same, cell for cell.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from housedesk.exchange import format as fmt
from housedesk.exchange import reader
from housedesk.exchange.reader import read_workbook
from tests.helpers.files import HouseFile, derive, rewrite_part, sample, sheet_part, write

NAME = "BERCH_2026-Q3.xlsx"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHARED_STRINGS_TYPE = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
)
INLINE = re.compile(
    rb'<c ([^>]*?)t="inlineStr"([^>]*)><is>(?:<t([^>]*)>(.*?)</t>|<t[^>]*/>)</is></c>'
)


def sheet_parts(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [name for name in archive.namelist() if name.startswith("xl/worksheets/")]


def shared_strings(path: Path) -> Path:
    """Move every inline string into a shared string table, as Excel saves a workbook.

    The room name "Grote zaal" becomes rich text in two runs with a phonetic hint.
    """
    table: dict[bytes, int] = {}

    def share(match: re.Match[bytes]) -> bytes:
        text = match.group(4) or b""
        index = table.setdefault(text, len(table))
        return b'<c %st="s"%s><v>%d</v></c>' % (match.group(1), match.group(2), index)

    for part in sheet_parts(path):
        rewrite_part(path, part, lambda data: INLINE.sub(share, data))
    items = [
        b'<si><r><t xml:space="preserve">Grote </t></r><r><rPr><b/></rPr><t>zaal</t></r>'
        b'<rPh sb="0" eb="5"><t>groot</t></rPh></si>'
        if text == b"Grote zaal"
        else b'<si><t xml:space="preserve">%s</t></si>' % text
        for text in table
    ]
    strings = b'<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (
        MAIN.encode(),
        len(items),
        len(items),
        b"".join(items),
    )
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", strings)
    override = b'<Override PartName="/xl/sharedStrings.xml" ContentType="%s"/>' % (
        SHARED_STRINGS_TYPE.encode()
    )
    return rewrite_part(
        path, "[Content_Types].xml", lambda data: data.replace(b"</Types>", override + b"</Types>")
    )


def without_references(path: Path) -> Path:
    """Leave out the r attribute of every row and cell, as some programs do."""
    for part in sheet_parts(path):
        rewrite_part(
            path, part, lambda data: re.sub(rb'(<(?:c|row)\b[^>]*?) r="[^"]*"', rb"\1", data)
        )
    return path


def prefixed(path: Path) -> Path:
    """Write the sheets with a namespace prefix instead of a default namespace."""

    def prefix(data: bytes) -> bytes:
        data = re.sub(rb"<(/?)([A-Za-z]+)([\s/>])", rb"<\1x:\2\3", data)
        return data.replace(b'xmlns="%s"' % MAIN.encode(), b'xmlns:x="%s"' % MAIN.encode())

    for part in sheet_parts(path):
        rewrite_part(path, part, prefix)
    return path


def rows_out_of_order(path: Path) -> Path:
    """Repeat row 3 of the sessions, changed, after row 4; no program should write that."""

    def repeat(data: bytes) -> bytes:
        third = re.search(rb'<row r="3".*?</row>', data)
        fourth = re.search(rb'<row r="4".*?</row>', data)
        assert third is not None and fourth is not None
        changed = third.group(0).replace(b"<t>R", b"<t>X")  # another room: must not count
        return data[: fourth.end()] + changed + data[fourth.end() :]

    return rewrite_part(path, sheet_part("Bijeenkomsten"), repeat)


def mac_dates(workbook: Workbook) -> None:
    workbook.epoch = CALENDAR_MAC_1904


def error_value(workbook: Workbook) -> None:
    sessions = workbook["Bijeenkomsten"]
    sessions["H2"] = sessions["H3"] = 4  # to be replaced by a formula
    sessions["I2"] = "#N/A"
    sessions["I2"].data_type = "e"


def share_formula(path: Path) -> Path:
    """Visitors in H2:H3 as one shared formula, as Excel writes a formula filled down."""

    def formula(data: bytes) -> bytes:
        data = re.sub(
            rb'<c r="H2"[^>]*?(?:/>|>.*?</c>)',
            b'<c r="H2"><f t="shared" ref="H2:H3" si="0">J2*2</f><v>4</v></c>',
            data,
            count=1,
        )
        return re.sub(
            rb'<c r="H3"[^>]*?(?:/>|>.*?</c>)',
            b'<c r="H3"><f t="shared" si="0"/><v>4</v></c>',
            data,
            count=1,
        )

    return rewrite_part(path, sheet_part("Bijeenkomsten"), formula)


def plain(path: Path) -> Path:
    return path


VARIANTS: dict[str, tuple[Callable[[Workbook], None] | None, Callable[[Path], Path]]] = {
    "as openpyxl writes": (None, plain),
    "shared strings": (None, shared_strings),
    "no references": (None, without_references),
    "namespace prefix": (None, prefixed),
    "rows out of order": (None, rows_out_of_order),
    "1904 dates": (mac_dates, plain),
    "formulas and errors": (error_value, share_formula),
}


def time_cells(workbook: Workbook) -> None:
    sessions = workbook["Bijeenkomsten"]
    sessions["C2"] = dt.time(10, 0)
    sessions["C2"].number_format = "hh:mm"
    sessions["D2"] = dt.timedelta(hours=12)
    sessions["D2"].number_format = "[h]:mm"


@pytest.fixture
def house() -> HouseFile:
    return sample("BERCH", "2026-Q3")


def build(tmp_path: Path, house: HouseFile, variant: str) -> Path:
    edit, change = VARIANTS[variant]

    def both(workbook: Workbook) -> None:
        time_cells(workbook)
        if edit is not None:
            edit(workbook)

    return change(write(house, tmp_path / NAME, edit=both))


def ours(path: Path, title: str, width: int) -> list[tuple[object, ...]]:
    """The rows of a sheet as the reader's parser gives them, the left-out rows filled in."""
    book = reader._Workbook(reader.check_container(path))
    rows: dict[int, tuple[object, ...]] = {}
    for number, values, formulas in reader._in_order(
        reader._SheetRows(book, book.sheets[title], width)
    ):
        cells = list(values)
        for index, text in formulas:
            cells[index] = text
        rows[number] = tuple(cells)
    return [rows.get(number, (None,) * width) for number in range(1, max(rows, default=0) + 1)]


def openpyxls(path: Path, title: str, width: int) -> list[tuple[object, ...]]:
    workbook = load_workbook(path, read_only=True)
    try:
        sheet = workbook[title]
        sheet.reset_dimensions()
        return [tuple(row) for row in sheet.iter_rows(max_col=width, values_only=True)]
    finally:
        workbook.close()


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_cell_is_read_as_openpyxl_reads_it(
    tmp_path: Path, house: HouseFile, variant: str
) -> None:
    path = build(tmp_path, house, variant)
    book = reader._Workbook(reader.check_container(path))
    workbook = load_workbook(path, read_only=True)
    try:
        assert list(book.sheets) == workbook.sheetnames
        assert book.properties == {prop.name: prop.value for prop in workbook.custom_doc_props}
    finally:
        workbook.close()
    for title, columns in fmt.SHEETS.items():
        width = len(columns) + 2  # and the columns after the table
        expected = openpyxls(path, title, width)
        assert len(expected) > 1
        assert ours(path, title, width) == expected, title


# Without references an empty cell must be written, or the next one moves left, and
# the sample leaves empty cells out; a row out of order is skipped. Those variants are
# compared cell by cell only.
@pytest.mark.parametrize(
    "variant",
    [v for v in VARIANTS if v not in ("formulas and errors", "no references", "rows out of order")],
)
def test_the_same_house_whatever_program_wrote_the_file(
    tmp_path: Path, house: HouseFile, variant: str
) -> None:
    house.sessions[0][2:4] = ["10:00", "12:00"]  # as the time cells say
    derive(house)
    result = read_workbook(build(tmp_path, house, variant), figures=True)
    assert result.valid, result.messages()
    figures = result.figures
    assert figures is not None
    assert figures.info.first_day == dt.date(2026, 7, 1)
    assert [room.name for room in figures.rooms] == ["Grote zaal", "Vergaderkamer"]
    assert [(s.day, s.begin, s.end, s.visitors) for s in figures.sessions] == [
        (row[1], *reader_minutes(row), row[7]) for row in house.sessions
    ]


def reader_minutes(row: list[object]) -> tuple[int, int]:
    begin, end = (str(value).split(":") for value in row[2:4])
    return int(begin[0]) * 60 + int(begin[1]), int(end[0]) * 60 + int(end[1])


def test_a_shared_formula_is_named_in_every_cell_it_fills(tmp_path: Path, house: HouseFile) -> None:
    result = read_workbook(build(tmp_path, house, "formulas and errors"))
    messages = [str(error) for error in result.errors]
    assert f"{NAME}, Bijeenkomsten!H2: formule '=J2*2' in een gegevenscel" in messages
    assert f"{NAME}, Bijeenkomsten!H3: formule '=J3*2' in een gegevenscel" in messages
    assert f"{NAME}, Bijeenkomsten!I2: '#N/A' is geen geheel getal" in messages


def test_a_doctype_in_the_shared_strings_is_refused_past_the_byte_check(
    tmp_path: Path, house: HouseFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = shared_strings(write(house, tmp_path / NAME))
    rewrite_part(
        path,
        "xl/sharedStrings.xml",
        lambda data: (
            b'<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">]>' + data.replace(b"<t", b"<t>&a;</t><t", 1)
        ),
    )
    monkeypatch.setattr(reader, "DECLARATIONS", ())
    (error,) = read_workbook(path).errors
    assert "kon niet worden gelezen (DTDForbidden" in error.text
