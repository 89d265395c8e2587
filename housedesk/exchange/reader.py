"""Reading one house workbook: check it against the v1 contract and take out its figures.

The municipality reads what eighteen or more houses send, some of it edited by
hand, and now and then something that is not a workbook at all. So the reader
checks the container before it parses anything (what kind of file, how far it
unpacks, no DOCTYPE in any part), then every sheet, column and cell. Each part
is unpacked once, under the caps, and parsed here: the small parts by
defusedxml, the sheets and the shared strings a slice at a time by expat with
defusedxml's refusals, so that a sheet's rows are checked as they are parsed
and cells cost no objects; values are read exactly as openpyxl reads them
(``tests/exchange/test_reader_cells.py`` holds the two side by side). Anything
wrong is a ``Finding`` in Dutch that names the file, the sheet and the cell, as
the contract asks, e.g. ``BERCH_2026-Q3.xlsx, Bijeenkomsten!H12: 'twaalf' is
geen geheel getal``; every error also carries, in plain Dutch, what to ask the
house (``exchange.advice``), which ``ReadResult.messages`` puts first. Errors
reject the whole file; warnings do not. The contract's plausibility limits are
errors too: every number finite, at most 10,000 visitors or volunteers in a
session and a capacity of at most 10,000, no room with more hours than its
period has, and an export time not before the period began nor more than a day
after the moment of reading. A session's ``eind`` is after its
``begin`` and at the latest 24:00, as the contract holds: a house counts and
writes a session past midnight up to 24:00.
``read_workbook`` never raises: whatever goes wrong inside becomes an error of
that one file, so one bad file cannot stop the others being counted.
"""

from __future__ import annotations

import datetime as dt
import math
import posixpath
import re
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree
from xml.parsers import expat

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml import ElementTree as defused

from housedesk.common.codes import TargetGroup, values
from housedesk.common.periods import Period
from housedesk.common.times import LOCAL_TIME, format_time
from housedesk.exchange import advice
from housedesk.exchange import format as fmt

#: No real export comes near these; they only keep hostile files out.
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_PARTS = 500
MAX_PART_BYTES = 32 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024
#: Worksheet XML compresses some 10 to 20 times; a bomb compresses thousands of times.
MAX_RATIO = 200
RATIO_FROM_BYTES = 1024 * 1024
#: Far above a busy house's sessions in a year; rows beyond it are not read.
MAX_ROWS = 200_000
#: Errors kept per file; a file wrong in every row needs its first errors, not all of them.
MAX_ERRORS = 200

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
CONTENT_TYPES = "[Content_Types].xml"
#: The name of the stream that holds an encrypted workbook, as UTF-16 in the OLE2 directory.
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
#: Declarations refused in any part, in the encodings an XML parser accepts without a hint.
DECLARATIONS = tuple(
    word.encode(encoding)
    for word in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
_MERGE = re.compile(rb'<mergeCell\s+ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')
_CHUNK = 256 * 1024


@dataclass(frozen=True)
class Finding:
    """An error or a warning about one file, optionally about one sheet and cell.

    ``advice`` is what to ask the house, in plain Dutch (``exchange.advice``);
    every error has one, and ``text`` is the technical detail.
    """

    file: str
    text: str
    sheet: str | None = None
    cell: str | None = None
    error: bool = True
    advice: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.sheet:
            where += f", {self.sheet}" + (f"!{self.cell}" if self.cell else "")
        return f"{where}: {self.text}"


@dataclass(frozen=True)
class Info:
    """The Info sheet."""

    format_version: int
    house_code: str
    house_name: str
    village: str
    period: str
    first_day: dt.date
    last_day: dt.date
    export_id: str
    exported_at: dt.datetime
    app_version: str
    approved: bool
    volunteers: int
    board_members: int


@dataclass(frozen=True)
class Room:
    code: str
    name: str
    capacity: int
    available_hours: float
    used_hours: float
    community_hours: float
    private_hours: float
    commercial_hours: float


@dataclass(frozen=True)
class Activity:
    code: str
    name: str
    user_kind: str
    activity_type: str
    nature: str
    accessibility: str
    target_groups: tuple[str, ...]
    new: bool
    sessions: int
    hours: float
    visitors: int


@dataclass(frozen=True)
class Session:
    """A held or cancelled session; times in minutes after midnight."""

    day: dt.date
    begin: int
    end: int
    room_code: str
    activity_code: str
    status: str
    visitors: int | None
    volunteers: int | None

    @property
    def held(self) -> bool:
        return self.status == "gehouden"

    @property
    def hours(self) -> float:
        return (self.end - self.begin) / 60


@dataclass(frozen=True)
class Signal:
    day: dt.date
    kind: str
    theme: str
    text: str
    status: str


@dataclass(frozen=True)
class HouseFigures:
    """Everything a valid file holds."""

    info: Info
    rooms: tuple[Room, ...]
    activities: tuple[Activity, ...]
    sessions: tuple[Session, ...]
    signals: tuple[Signal, ...]


@dataclass(frozen=True)
class ReadResult:
    """The outcome of reading one file: its findings and, when it has no errors, its sums.

    The sums (``summary``) are all that counting needs, and small: a folder of
    large files is read one at a time and only the sums stay. The figures
    themselves, every row, are kept only when asked for (``read_workbook(…,
    figures=True)``).
    """

    path: Path
    errors: tuple[Finding, ...]
    warnings: tuple[Finding, ...]
    figures: HouseFigures | None
    #: As far as the Info sheet could be read, also of a rejected file (for the report).
    house_code: str | None = None
    period: str | None = None
    #: The figures summed as the aggregate counts them; ``None`` when the file has errors.
    summary: HouseSummary | None = None

    @property
    def valid(self) -> bool:
        return not self.errors and self.summary is not None

    @property
    def name(self) -> str:
        return self.path.name

    def messages(self) -> tuple[str, ...]:
        """Errors first, then warnings, as lines for people.

        The errors come under what to ask the house: each advice once, as
        ``FILE: advice``, followed by the errors it answers (file, sheet, cell).
        """
        grouped: dict[str, list[Finding]] = {}
        for finding in self.errors:
            grouped.setdefault(finding.advice or "", []).append(finding)
        lines: list[str] = []
        for text, findings in grouped.items():
            if text:
                lines.append(f"{self.name}: {text}")
            lines.extend(str(finding) for finding in findings)
        lines.extend(str(finding) for finding in self.warnings)
        return tuple(lines)


class _Refused(Exception):
    """The file cannot be read at all: what to ask the house, and what is wrong (Dutch)."""

    def __init__(self, ask: str, text: str) -> None:
        super().__init__(text)
        self.advice = ask


def read_workbook(
    path: Path, *, now: dt.datetime | None = None, figures: bool = False
) -> ReadResult:
    """Check the file at ``path`` against the v1 contract; never raises.

    ``now`` (aware) is the moment of reading, by default the current time: an
    export time more than a day after it is an error. A valid file's sums are
    in the result's ``summary``; with ``figures`` its rows are kept as well.
    """
    path = Path(path)
    file = path.name
    moment = now if now is not None else dt.datetime.now(dt.UTC)
    try:
        package = check_container(path)
        return _Reader(path, package, moment, keep_figures=figures).read()
    except _Refused as refused:
        finding = Finding(file, str(refused), advice=refused.advice)
        return ReadResult(path, (finding,), (), None)
    except Exception as exc:  # one broken file must never stop the others being counted
        detail = " ".join(str(exc).split())
        if len(detail) > 160:
            detail = detail[:159] + "…"
        text = f"het bestand kon niet worden gelezen ({type(exc).__name__}: {detail})"
        # a DTD or entity past the byte check is refused by the parsers: never housedesk's
        hostile = isinstance(exc, DTDForbidden | EntitiesForbidden | ExternalReferenceForbidden)
        ask = advice.EDITED if hostile else advice.UNREADABLE
        return ReadResult(path, (Finding(file, text, advice=ask),), (), None)


# --- the container -------------------------------------------------------------------


@dataclass(frozen=True)
class Package:
    """The parts of a file that passed the container checks, each unpacked once."""

    parts: dict[str, bytes]
    #: The parts that hold merged cells, with the first merged range of each.
    merged: dict[str, str] = field(default_factory=dict)


def check_container(path: Path) -> Package:
    """Refuse what is not a harmless xlsx, before any XML is parsed; unpack the rest."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise _Refused(
            advice.CANNOT_OPEN, f"het bestand kon niet worden geopend ({exc.strerror or exc})"
        ) from exc
    if size == 0:
        raise _Refused(advice.RESEND, "het bestand is leeg (0 bytes)")
    if size > MAX_FILE_BYTES:
        raise _Refused(
            advice.NOT_AN_EXPORT, f"het bestand is veel groter dan een export ({size // 2**20} MB)"
        )
    if head.startswith(OLE2_MAGIC):
        if _is_encrypted(path):
            raise _Refused(advice.PASSWORD, "de werkmap is met een wachtwoord beveiligd")
        raise _Refused(advice.OLD_EXCEL, "dit is een oud Excel-bestand (.xls), geen .xlsx")
    if not head.startswith(ZIP_MAGIC):
        if _looks_like_text(path):
            raise _Refused(
                advice.NOT_AN_EXPORT,
                "dit is een tekstbestand met een andere naam, geen Excel-werkmap",
            )
        raise _Refused(advice.NOT_AN_EXPORT, "dit is geen Excel-werkmap (.xlsx)")
    try:
        with zipfile.ZipFile(path) as archive:
            return _check_parts(archive)
    except zipfile.BadZipFile as exc:
        raise _Refused(
            advice.RESEND, "het bestand is afgebroken of beschadigd (geen volledige werkmap)"
        ) from exc


def _is_encrypted(path: Path) -> bool:
    # An encrypted xlsx is an OLE2 container whose directory names an EncryptedPackage
    # stream; the directory sits in the first sectors of a file this small.
    with path.open("rb") as handle:
        return ENCRYPTED_PACKAGE in handle.read(1024 * 1024)


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as handle:
        sample = handle.read(4096)
    if sample.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True
    if b"\0" in sample:
        return False
    # any 8-bit text (UTF-8, Windows-1252) has next to no control characters
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f")
    return controls <= len(sample) // 100


def _check_parts(archive: zipfile.ZipFile) -> Package:
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise _Refused(
            advice.NOT_AN_EXPORT, f"het bestand heeft {len(infos)} onderdelen; dat is geen export"
        )
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names or CONTENT_TYPES not in names:
        raise _Refused(advice.NOT_AN_EXPORT, "dit is een zip-bestand, maar geen Excel-werkmap")
    _check_declared(infos)
    # Headers can lie: unpack every part once with a byte cap, and look for DOCTYPEs.
    total = 0
    package = Package({})
    for info in infos:
        pieces: list[bytes] = []
        part = 0
        tail = b""
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                part += len(chunk)
                total += len(chunk)
                if part > MAX_PART_BYTES or total > MAX_TOTAL_BYTES:
                    raise _bomb()
                window = tail + chunk
                if any(declaration in window for declaration in DECLARATIONS):
                    raise _Refused(
                        advice.EDITED,
                        f"onderdeel {info.filename} bevat een DOCTYPE- of ENTITY-declaratie,"
                        " die housedesk nooit schrijft; uit voorzorg niet gelezen",
                    )
                if info.filename not in package.merged and (found := _MERGE.search(window)):
                    package.merged[info.filename] = found.group(1).decode()
                tail = chunk[-64:]
                pieces.append(chunk)
        package.parts[info.filename] = b"".join(pieces)  # a repeated name: the last counts
    return package


def _check_declared(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse parts whose headers already say they unpack to far more than an export."""
    declared = 0
    for info in infos:
        declared += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (
            info.file_size > MAX_PART_BYTES
            or declared > MAX_TOTAL_BYTES
            or (info.file_size > RATIO_FROM_BYTES and ratio > MAX_RATIO)
        ):
            raise _bomb()


def _bomb() -> _Refused:
    return _Refused(
        advice.NOT_AN_EXPORT,
        "het bestand pakt uit tot veel meer dan een echte export (mogelijk een zip-bom);"
        " uit voorzorg niet gelezen",
    )


# --- the workbook's parts ------------------------------------------------------------
#
# The parts are parsed here rather than by openpyxl: the reader needs only values and
# a few attributes, and the objects openpyxl builds for every cell and every inline
# string took most of the reading time. Cell values follow openpyxl's reading exactly
# (its number formats and date conversion are used), so a file means what it meant.

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VALUE_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
STYLES_PART = "xl/styles.xml"
CUSTOM_PROPERTIES_PART = "docProps/custom.xml"
#: Content types of a workbook's main part, in the order a reader looks for them.
WORKBOOK_TYPES = tuple(
    f"application/vnd.{kind}.main+xml"
    for kind in (
        "ms-excel.template.macroEnabled",
        "openxmlformats-officedocument.spreadsheetml.template",
        "ms-excel.sheet.macroEnabled",
        "openxmlformats-officedocument.spreadsheetml.sheet",
    )
)
SHARED_STRINGS_TYPE = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
)
#: Tags as expat reports them with ``namespace_separator=" "``.
_ROW, _CELL, _VALUE, _FORMULA = (f"{_MAIN} {tag}" for tag in ("row", "c", "v", "f"))
_STRING, _ITEM, _TEXT, _PHONETIC = (f"{_MAIN} {tag}" for tag in ("is", "si", "t", "rPh"))
#: Bytes of a sheet handed to the parser at a time; rows are checked as they come.
_FEED = 64 * 1024


def _tree(data: bytes) -> ElementTree.Element:
    """A small part as a tree; defusedxml refuses any DTD, entity or external reference."""
    return defused.fromstring(data, forbid_dtd=True)


def _expat(tags: tuple[str, ...] = ()) -> expat.XMLParserType:
    """A streaming parser for the large parts that refuses what ``_tree`` refuses.

    Expat's handlers are set as defusedxml sets them, raising its exceptions, so
    nothing declared in a DTD is ever expanded. Element names equal to one of
    ``tags`` are reported as that very string, so comparing them is quick.
    """
    parser = expat.ParserCreate(namespace_separator=" ", intern={tag: tag for tag in tags})
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_unparsed_entity
    parser.ExternalEntityRefHandler = _refuse_external
    parser.buffer_text = True
    return parser


def _refuse_doctype(name: str, sysid: str | None, pubid: str | None, _subset: bool) -> None:
    raise DTDForbidden(name, sysid, pubid)


def _refuse_entity(
    name: str,
    _parameter: bool,
    value: str | None,
    base: str | None,
    sysid: str | None,
    pubid: str | None,
    notation: str | None,
) -> None:
    raise EntitiesForbidden(name, value, base, sysid, pubid, notation)


def _refuse_unparsed_entity(
    name: str, base: str | None, sysid: str | None, pubid: str | None, notation: str | None
) -> None:
    raise EntitiesForbidden(name, None, base, sysid, pubid, notation)


def _refuse_external(context: str, base: str | None, sysid: str | None, pubid: str | None) -> int:
    raise ExternalReferenceForbidden(context, base, sysid, pubid)


def _relationships(parts: dict[str, bytes], source: str) -> dict[str, str]:
    """The relationship ids of part ``source`` with the parts they point to."""
    folder, name = posixpath.split(source)
    targets: dict[str, str] = {}
    for relationship in _tree(parts[posixpath.join(folder, "_rels", f"{name}.rels")]):
        if relationship.tag != f"{{{_PACKAGE_RELATIONSHIPS}}}Relationship":
            continue
        target = relationship.get("Target", "")
        if relationship.get("TargetMode") != "External":
            if target.startswith("/"):
                target = target[1:]
            else:
                target = posixpath.normpath(posixpath.join(posixpath.dirname(folder), target))
        targets[relationship.get("Id", "")] = target
    return targets


class _Workbook:
    """What the reader needs of a workbook: its sheets, strings, date styles and properties."""

    def __init__(self, package: Package) -> None:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, WINDOWS_EPOCH

        parts = package.parts
        self.parts = parts
        self.merged = package.merged
        overrides, defaults = _content_types(_tree(parts[CONTENT_TYPES]))
        main = next((overrides[kind] for kind in WORKBOOK_TYPES if kind in overrides), None)
        if main is None and any(kind in defaults for kind in WORKBOOK_TYPES):
            main = "xl/workbook.xml"
        if main is None:
            raise _Refused(advice.NOT_AN_EXPORT, "dit is een zip-bestand, maar geen Excel-werkmap")
        workbook = _tree(parts[main])
        properties = workbook.find(f"{{{_MAIN}}}workbookPr")
        date1904 = properties is not None and properties.get("date1904") in ("1", "true")
        self.epoch = CALENDAR_MAC_1904 if date1904 else WINDOWS_EPOCH
        #: The sheets in workbook order: title → part.
        self.sheets = _sheets(workbook, _relationships(parts, main), parts)
        strings = overrides.get(SHARED_STRINGS_TYPE)
        self.strings = _shared_strings(parts[strings]) if strings is not None else []
        self.dates, self.durations = _date_styles(parts.get(STYLES_PART))
        self.properties = _custom_properties(parts.get(CUSTOM_PROPERTIES_PART))


def _sheets(
    workbook: ElementTree.Element, relationships: dict[str, str], parts: dict[str, bytes]
) -> dict[str, str]:
    """Title → part of the workbook's sheets in order; one whose part is missing is left out."""
    sheets: dict[str, str] = {}
    for sheet in workbook.iterfind(f"{{{_MAIN}}}sheets/{{{_MAIN}}}sheet"):
        identity = sheet.get(f"{{{_RELATIONSHIPS}}}id")
        if identity and relationships[identity] in parts:
            sheets.setdefault(sheet.get("name", ""), relationships[identity])
    return sheets


def _content_types(root: ElementTree.Element) -> tuple[dict[str, str], set[str]]:
    """Parts by content type (the first of each), and the content types given by default."""
    overrides: dict[str, str] = {}
    for override in root.iterfind(f"{{{_CONTENT_TYPES_NS}}}Override"):
        overrides.setdefault(override.get("ContentType", ""), override.get("PartName", "")[1:])
    defaults = {
        default.get("ContentType", "")
        for default in root.iterfind(f"{{{_CONTENT_TYPES_NS}}}Default")
    }
    return overrides, defaults


def _date_styles(data: bytes | None) -> tuple[frozenset[int], frozenset[int]]:
    """The cell styles whose number format shows a date or time, and those showing a duration."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format

    if data is None:
        return frozenset(), frozenset()
    root = _tree(data)
    custom = {
        int(number_format.get("numFmtId", "")): number_format.get("formatCode", "")
        for number_format in root.iterfind(f"{{{_MAIN}}}numFmts/{{{_MAIN}}}numFmt")
    }
    dates: set[int] = set()
    durations: set[int] = set()
    for index, style in enumerate(root.iterfind(f"{{{_MAIN}}}cellXfs/{{{_MAIN}}}xf")):
        number = int(style.get("numFmtId", 0))
        code = custom[number] if number in custom else BUILTIN_FORMATS.get(number)
        if is_date_format(code):
            dates.add(index)
        if is_timedelta_format(code):
            durations.add(index)
    return frozenset(dates), frozenset(durations)


#: The value types of custom properties that Excel writes, and how their text is read.
_PROPERTY_TYPES: dict[str, Callable[[str], object]] = {
    "lpwstr": str,
    "i4": int,
    "r8": float,
    "bool": lambda text: text.strip().lower() in ("1", "true"),
    "filetime": str,
}


def _custom_properties(data: bytes | None) -> dict[str, object]:
    """The custom document properties by name, their values typed as openpyxl types them."""
    if data is None:
        return {}
    properties: dict[str, object] = {}
    for prop in _tree(data).iterfind(f"{{{_CUSTOM_PROPERTIES}}}property"):
        typed = ((child.tag.removeprefix(f"{{{_VALUE_TYPES}}}"), child.text) for child in prop)
        kind, text = next(((k, t) for k, t in typed if k in _PROPERTY_TYPES), ("", None))
        if not kind:
            continue  # a type Excel does not write: as if the property were not there
        value: object = prop.get("linkTarget")
        if value is None and text is not None:
            value = _PROPERTY_TYPES[kind](text)
        properties[prop.get("name", "")] = value
    return properties


def _shared_strings(data: bytes) -> list[str]:
    """The shared string table: the text of every item, runs joined, phonetic hints left out."""
    strings: list[str] = []
    pieces: list[str] = []
    collecting = False
    phonetic = 0

    def start(tag: str, _attributes: dict[str, str]) -> None:
        nonlocal collecting, phonetic
        if tag == _TEXT:
            collecting = not phonetic
        elif tag == _PHONETIC:
            phonetic += 1

    def end(tag: str) -> None:
        nonlocal collecting, phonetic
        if tag == _TEXT:
            collecting = False
        elif tag == _ITEM:
            strings.append("".join(pieces).replace("x005F_", ""))
            pieces.clear()
        elif tag == _PHONETIC:
            phonetic -= 1

    def text(data: str) -> None:
        if collecting:
            pieces.append(data)

    parser = _expat((_ITEM, _TEXT, _PHONETIC))
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.Parse(data, True)
    return strings


_SheetRow = tuple[int, list[Any], list[tuple[int, str]]]


class _SheetRows:
    """The rows of a worksheet part as openpyxl reads them, ``width`` columns wide.

    Iterating yields (row number, values, formulas) per row element, while the part
    is parsed a slice at a time: the values of the first ``width`` columns (``None``
    where a cell is empty or missing) and the formulas among them as (column index,
    ``"=…"``), whose cells count as empty values.
    """

    def __init__(self, book: _Workbook, part: str, width: int) -> None:
        from openpyxl.utils.datetime import from_excel, from_ISO8601

        self.book = book
        self.data = book.parts[part]
        self.width = width
        self.from_excel = from_excel
        self.from_iso: Callable[[str], object] = from_ISO8601  # untyped in its stubs
        self.done: list[_SheetRow] = []
        self.number = 0
        self.values: list[Any] = [None] * width
        self.formulas: list[tuple[int, str]] = []
        # the cell being read
        self.column = 0
        self.reference: str | None = None
        self.kind = "n"
        self.style = 0
        self.target: list[str] | None = None  # where character data goes
        self.value: list[str] | None = None
        self.string: list[str] | None = None
        self.formula: list[str] | None = None
        self.formula_attributes: dict[str, str] = {}
        self.phonetic = 0
        self.shared: dict[str, Any] = {}

    def __iter__(self) -> Iterator[_SheetRow]:
        parser = _expat(_SHEET_TAGS)
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._text
        data = self.data
        for offset in range(0, len(data), _FEED):
            parser.Parse(data[offset : offset + _FEED], False)
            yield from self.done
            self.done.clear()
        parser.Parse(b"", True)
        yield from self.done

    def _start(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == _CELL:
            reference = attributes.get("r")
            if reference:
                letters = reference.rstrip(_DIGITS)
                self.column = _COLUMNS.get(letters) or _column_index(letters, reference)
            else:
                self.column += 1
            self.reference = reference
            self.kind = attributes.get("t", "n")
            style = attributes.get("s")
            self.style = int(style) if style else 0
            self.value = self.string = self.formula = None
        elif tag == _VALUE:
            self.target = self.value = []
        elif tag == _TEXT:
            if self.string is not None and not self.phonetic:
                self.target = self.string
        elif tag == _STRING:
            self.string = []
        elif tag == _ROW:
            number = attributes.get("r")
            self.number = _row_number(number) if number else self.number + 1
            self.column = 0
            self.values = [None] * self.width
            self.formulas = []
        elif tag == _FORMULA:
            self.target = self.formula = []
            self.formula_attributes = attributes
        elif tag == _PHONETIC:
            self.phonetic += 1

    def _end(self, tag: str) -> None:
        if tag == _CELL:
            if self.formula is not None:
                self._formula_cell()
            elif self.column <= self.width:
                self.values[self.column - 1] = self._value()
        elif tag in (_VALUE, _TEXT, _FORMULA):
            self.target = None
        elif tag == _ROW:
            self.done.append((self.number, self.values, self.formulas))
        elif tag == _PHONETIC:
            self.phonetic -= 1

    def _text(self, data: str) -> None:
        if self.target is not None:
            self.target.append(data)

    def _formula_cell(self) -> None:
        formula = self._formula()  # read also beyond the table: a shared one starts there
        if self.column <= self.width:
            self.formulas.append((self.column - 1, formula))

    def _value(self) -> Any:
        kind = self.kind
        if kind == "inlineStr":
            return None if self.string is None else "".join(self.string)
        text = "".join(self.value) if self.value else ""
        if not text:
            return None
        if kind == "n":
            try:
                number = float(text) if "." in text or "E" in text or "e" in text else int(text)
            except ValueError:
                # "inf", "nan", or more digits than int() takes: the checks refuse it at its cell
                number = float(text)
            if self.style not in self.book.dates:
                return number
            try:
                return self.from_excel(
                    number, self.book.epoch, timedelta=self.style in self.book.durations
                )
            except (OverflowError, ValueError):
                return "#VALUE!"  # a date cell whose serial no date can have
        if kind == "s":
            return self.book.strings[int(text)]
        if kind == "b":
            return bool(int(text))
        if kind == "d":
            return self.from_iso(text)
        return text  # "str" (a formula's result), "e" (an error such as #N/A) and the like

    def _formula(self) -> str:
        """The formula as openpyxl shows it; a shared one as it reads in this cell."""
        from openpyxl.formula.translate import Translator

        text = "=" + "".join(self.formula or ())
        if self.formula_attributes.get("t") == "shared":
            index = self.formula_attributes.get("si", "")
            if index in self.shared:
                return str(self.shared[index].translate_formula(self.reference))
            if text != "=":
                self.shared[index] = Translator(text, self.reference)
        return text


_SHEET_TAGS = (_ROW, _CELL, _VALUE, _FORMULA, _STRING, _TEXT, _PHONETIC)
_DIGITS = "0123456789"
#: Column letters → column number, filled as columns are met.
_COLUMNS: dict[str, int] = {}


def _column_index(letters: str, reference: str) -> int:
    """The column number of the ``letters`` of a cell ``reference`` (``C`` of ``$C$12``), from 1."""
    plain = letters.removeprefix("$").removesuffix("$").upper()
    if not (1 <= len(plain) <= 3 and plain.isascii() and plain.isalpha()):
        raise ValueError(f"{reference} is geen celverwijzing")
    number = 0
    for letter in plain:
        number = number * 26 + ord(letter) - 64
    if plain == letters:
        _COLUMNS[letters] = number
    return number


def _row_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        number = float(text)
        if not number.is_integer():
            raise ValueError(f"{text} is geen rijnummer") from None
        return int(number)


def _in_order(rows: Iterable[_SheetRow]) -> Iterator[_SheetRow]:
    """Skip a row that does not come after the one before it, as openpyxl skips it."""
    last = 0
    for row in rows:
        if row[0] > last:
            last = row[0]
            yield row


# --- cells ---------------------------------------------------------------------------


class _Bad:
    """A cell whose value was refused (the error is already recorded)."""


BAD: Any = _Bad()


def _show(value: object) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**16:
        digits = str(abs(value))  # shown as a float shows it, also beyond a float's range
        sign = "-" if value < 0 else ""
        return f"{sign}{digits[0]}.{digits[1:4]}e+{len(digits) - 1}"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return str(value)


def _hours(value: float) -> str:
    """Hours with two decimals; a number too long for that as a float shows it."""
    return f"{value:.2f}" if abs(value) < 1e16 else f"{value:.3e}"


def _finite(value: float) -> bool:
    """Whether a number is finite as a spreadsheet's number (a double) can hold it."""
    try:
        return math.isfinite(value)
    except OverflowError:  # a whole number beyond a double's range
        return False


def _day(day: dt.date) -> str:
    return f"{day.day}-{day.month}-{day.year}"


def _column_letter(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _Row(dict[str, Any]):
    """A data row of a sheet: its values by column name, and the cell of each."""

    __slots__ = ("columns", "number")
    columns: tuple[str, ...]
    number: int

    def ref(self, name: str) -> str:
        return f"{_column_letter(self.columns.index(name) + 1)}{self.number}"


class _Fields(dict[str, Any]):
    """The Info sheet: its values by field name, and the cell of each."""

    __slots__ = ("refs",)
    refs: dict[str, str]

    def ref(self, name: str) -> str:
        return self.refs[name]


#: What the checks of a value read it from, and name its cell by.
_Cells = _Row | _Fields


class _Reader:
    """Reads one workbook that passed the container checks."""

    def __init__(
        self, path: Path, package: Package, now: dt.datetime, *, keep_figures: bool = False
    ) -> None:
        self.path = path
        self.now = now
        self.keep_figures = keep_figures
        self.book = _Workbook(package)
        self.more_errors = 0
        #: Codes named in Ruimtes and Activiteiten, valid rows or not, and sheets whose
        #: header was wrong: a session is not blamed for an error that is elsewhere.
        self.named: dict[str, set[str]] = {"Ruimtes": set(), "Activiteiten": set()}
        self.broken: set[str] = set()
        self.file = path.name
        self.errors: list[Finding] = []
        self.warnings: list[Finding] = []
        self.sheet = ""
        self.house_code: str | None = None
        self.period: str | None = None
        #: (sheet, code) → the cell of the code, for warnings found after reading a sheet
        self.rows: dict[tuple[str, str], str] = {}

    # findings

    def error(
        self,
        text: str,
        cell: str | None = None,
        sheet: str | None = None,
        *,
        ask: str = advice.EDITED,
    ) -> None:
        """An error; ``ask`` is what to ask the house (a value housedesk never writes, unless
        the caller knows better: a newer format, a clock set wrong, a renter's name)."""
        if len(self.errors) >= MAX_ERRORS:
            self.more_errors += 1
            return
        self.errors.append(Finding(self.file, text, sheet or self.sheet or None, cell, advice=ask))

    def warn(self, text: str, cell: str | None = None, sheet: str | None = None) -> None:
        self.warnings.append(Finding(self.file, text, sheet or self.sheet or None, cell, False))

    # the whole workbook

    def read(self) -> ReadResult:
        figures = self._read_sheets()
        if self.more_errors:
            self.errors.append(
                Finding(
                    self.file,
                    f"en nog {self.more_errors} fouten; de eerste {MAX_ERRORS} staan hierboven",
                    advice=advice.EDITED,
                )
            )
        if self.errors:
            figures = None
        summary = summarize(figures) if figures is not None else None
        return ReadResult(
            self.path,
            tuple(self.errors),
            tuple(self.warnings),
            figures if self.keep_figures else None,
            self.house_code,
            self.period,
            summary,
        )

    def _read_sheets(self) -> HouseFigures | None:
        names = list(self.book.sheets)
        expected = list(fmt.SHEETS)
        if names[: len(expected)] != expected:
            missing = [name for name in expected if name not in names]
            if missing:
                self.error("blad " + ", ".join(f"'{name}'" for name in missing) + " ontbreekt")
            else:
                self.error(
                    "de bladen staan niet in de afgesproken volgorde (" + ", ".join(expected) + ")"
                )
            return None
        info = self._info()
        self._document_properties(info)
        if info is None:
            return None
        rooms = self._rooms(info)
        activities = self._activities(info)
        sessions = self._sessions(info, rooms, activities)
        signals = self._signals(info)
        if self.errors:
            return None
        self._cross_checks(info, rooms, activities, sessions)
        return HouseFigures(
            info,
            tuple(rooms.values()),
            tuple(activities.values()),
            tuple(sessions),
            tuple(signals),
        )

    def _table(self, title: str) -> Iterator[_Row]:
        """The data rows of a sheet; checks its header and shape."""
        self.sheet = title
        columns = fmt.SHEETS[title]
        part = self.book.sheets[title]
        merged = self.book.merged.get(part)
        if merged:
            self.error(
                f"samengevoegde cellen ({merged}); een tabel mag die niet hebben",
                merged.split(":")[0],
            )
        # the declared dimension may lie: only the rows that are there are read
        rows = _in_order(_SheetRows(self.book, part, len(columns)))
        first = next(rows, None)
        if first is None:
            self.error("het blad is leeg; de kopregel ontbreekt", "A1")
            self.broken.add(self.sheet)
            return
        number, header, formulas = first
        if number > 1:  # the rows above the first one are empty
            header, formulas = [None] * len(columns), []
        for index, text in formulas:
            header[index] = text
        for index, name in enumerate(columns):
            found = header[index]
            if found != name:
                # the first wrong column is enough: every later one is shifted with it
                shown = "een lege cel" if found is None else _show(found)
                self.error(f"kolom '{name}' verwacht, maar hier staat {shown}", f"{_col(index)}1")
                self.broken.add(self.sheet)
                return
        blank: int | None = None
        following = 2
        for number, cells, formulas in rows:
            if number > MAX_ROWS + 1:
                self.error(f"meer dan {MAX_ROWS} rijen; dat is geen export")
                return
            if number > following:
                blank = blank or following  # rows left out of the file are empty rows
            following = number + 1
            if not formulas and cells.count(None) == len(cells):
                blank = blank or number
                continue
            if blank is not None:
                self.error("lege rij midden in de tabel", f"A{blank}")
                blank = None
            for index, text in formulas:
                self.error(f"formule {_show(text)} in een gegevenscel", _ref(index, number))
            row = _Row(zip(columns, cells, strict=True))
            row.number = number
            row.columns = columns
            yield row

    # values

    def text(self, row: _Cells, column: str, *, required: bool = True, free: bool = False) -> Any:
        value = row[column]
        if isinstance(value, str):
            value = value.strip()
            if value or not required:
                return value
            value = None
        if value is None:
            if required:
                self.error("de cel is leeg; hier hoort een waarde", row.ref(column))
                return BAD
            return ""
        if free and isinstance(value, int | float) and not isinstance(value, bool):
            # a name typed as digits in a hand-edited file is still a name
            return str(int(value)) if float(value).is_integer() else str(value)
        self.error(f"{_show(value)} is geen tekst", row.ref(column))
        return BAD

    def integer(
        self,
        row: _Cells,
        column: str,
        minimum: int = 0,
        *,
        optional: bool = False,
        maximum: int | None = None,
    ) -> Any:
        value = row[column]
        if value is None or (isinstance(value, str) and not value.strip()):
            if optional:
                return None
            self.error("de cel is leeg; hier hoort een geheel getal", row.ref(column))
            return BAD
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error(f"{_show(value)} is geen geheel getal", row.ref(column))
            return BAD
        if not _finite(value):
            self.error(f"{_show(value)} is geen eindig getal", row.ref(column))
            return BAD
        if isinstance(value, float) and not value.is_integer():
            self.error(f"{_show(value)} is geen geheel getal", row.ref(column))
            return BAD
        if value < minimum:
            self.error(f"{_show(value)} is te klein (minimaal {minimum})", row.ref(column))
            return BAD
        if maximum is not None and value > maximum:
            self.error(f"{_show(value)} is te groot (maximaal {maximum})", row.ref(column))
            return BAD
        return int(value)

    def number(self, row: _Cells, column: str, minimum: float = 0) -> Any:
        value = row[column]
        if value is None:
            self.error("de cel is leeg; hier hoort een getal", row.ref(column))
            return BAD
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error(f"{_show(value)} is geen getal", row.ref(column))
            return BAD
        if not _finite(value):
            self.error(f"{_show(value)} is geen eindig getal", row.ref(column))
            return BAD
        if value < minimum:
            self.error(f"{_show(value)} is te klein (minimaal {minimum})", row.ref(column))
            return BAD
        return float(value)

    def date(self, row: _Cells, column: str) -> Any:
        value = row[column]
        if isinstance(value, dt.datetime):
            if value.time() != dt.time(0, 0) or value.tzinfo is not None:
                self.error(f"{_show(value)} is een tijdstip, geen datum", row.ref(column))
                return BAD
            return value.date()
        if isinstance(value, dt.date):
            return value
        if value is None:
            self.error("de cel is leeg; hier hoort een datum", row.ref(column))
        else:
            self.error(f"{_show(value)} is geen datum (een datumcel)", row.ref(column))
        return BAD

    def time(self, row: _Cells, column: str) -> Any:
        value = row[column]
        if isinstance(value, str):
            parts = value.strip().split(":")
            if (
                len(parts) == 2
                and len(parts[0]) == 2
                and len(parts[1]) == 2
                and parts[0].isdigit()
                and parts[1].isdigit()
            ):
                hours, minutes = int(parts[0]), int(parts[1])
                if minutes < 60 and (hours < 24 or (hours == 24 and minutes == 0)):
                    return hours * 60 + minutes
        elif isinstance(value, dt.time) and not value.second and not value.microsecond:
            return value.hour * 60 + value.minute
        elif isinstance(value, dt.timedelta) and dt.timedelta(0) <= value <= dt.timedelta(1):
            seconds = int(value.total_seconds())
            if seconds % 60 == 0:
                return seconds // 60
        if value is None:
            self.error("de cel is leeg; hier hoort een tijd (UU:MM)", row.ref(column))
        else:
            self.error(f"{_show(value)} is geen tijd (UU:MM)", row.ref(column))
        return BAD

    def code(self, row: _Cells, column: str, allowed: tuple[str, ...]) -> Any:
        value = self.text(row, column)
        if value is BAD:
            return BAD
        if value not in allowed:
            self.error(
                f"{_show(value)} is geen bekende code voor {column} (toegestaan: "
                + ", ".join(allowed)
                + ")",
                row.ref(column),
            )
            return BAD
        return value

    def yes_no(self, row: _Cells, column: str) -> Any:
        value = row[column]
        value = value.strip() if isinstance(value, str) else value
        if value == fmt.YES:
            return True
        if value == fmt.NO:
            return False
        self.error(f"{_show(value)} moet ja of nee zijn", row.ref(column))
        return BAD

    def flag(self, row: _Cells, column: str) -> Any:
        value = row[column]
        if not isinstance(value, bool) and value in (0, 1):
            return bool(value)
        self.error(f"{_show(value)} moet 0 of 1 zijn", row.ref(column))
        return BAD

    def room_hours(self, row: _Cells, column: str, info: Info) -> Any:
        """Hours of one room: at most the hours of the period (24 a day)."""
        value = self.number(row, column)
        days = (info.last_day - info.first_day).days + 1
        limit = days * fmt.HOURS_PER_DAY
        if value is not BAD and value > limit + fmt.HOURS_TOLERANCE:
            self.error(
                f"{_show(value)} uur is meer dan periode {info.period} heeft"
                f" ({limit} uur: {days} dagen van {fmt.HOURS_PER_DAY} uur)",
                row.ref(column),
            )
            return BAD
        return value

    def same(self, row: _Cells, column: str, expected: str) -> None:
        # "2026" or a house code of digits may be a number
        value = self.text(row, column, free=True)
        if value is not BAD and value != expected:
            self.error(
                f"{column} {_show(value)} verschilt van Info ({_show(expected)})", row.ref(column)
            )

    def unknown(self, sheet: str, code: str) -> bool:
        """Whether ``code`` is not in ``sheet`` (a sheet that could not be read knows all)."""
        return sheet not in self.broken and code not in self.named[sheet]

    def in_period(self, row: _Cells, column: str, info: Info) -> Any:
        day = self.date(row, column)
        if day is not BAD and not info.first_day <= day <= info.last_day:
            self.error(
                f"datum {_day(day)} valt buiten de periode {info.period}"
                f" ({_day(info.first_day)} t/m {_day(info.last_day)})",
                row.ref(column),
            )
            return BAD
        return day

    # the sheets

    def _info(self) -> Info | None:
        cells = _Fields()
        cells.refs = {}
        for row in self._table("Info"):
            name = row["veld"]
            if not isinstance(name, str):
                self.error(f"{_show(name)} is geen veldnaam", row.ref("veld"))
                continue
            name = name.strip()
            if name in cells:
                self.error(f"veld '{name}' staat er twee keer in", row.ref("veld"))
            cells[name] = row["waarde"]
            cells.refs[name] = row.ref("waarde")
        if self.errors:
            return None
        missing = [name for name in fmt.INFO_FIELDS if name not in cells]
        if missing:
            self.error("veld " + ", ".join(f"'{name}'" for name in missing) + " ontbreekt")
            return None

        if self.text(cells, "formaat") != fmt.FORMAT_NAME:
            self.error(
                f"formaat {_show(cells['formaat'])} is geen '{fmt.FORMAT_NAME}'",
                cells.ref("formaat"),
            )
        version = self.integer(cells, "formaat_versie", 1)
        if version is not BAD and version > fmt.FORMAT_VERSION:
            self.error(
                f"formaat_versie {version} is nieuwer dan deze versie van housedesk kan lezen"
                f" (tot en met {fmt.FORMAT_VERSION})",
                cells.ref("formaat_versie"),
                ask=advice.NEWER_VERSION,
            )
        house_code = self.text(cells, "huis_code", free=True)
        if house_code is not BAD and not fmt.HOUSE_CODE.fullmatch(house_code):
            self.error(
                f"{_show(house_code)} is geen huiscode (2 tot 12 tekens A-Z, 0-9 en -)",
                cells.ref("huis_code"),
            )
        if house_code is not BAD:
            self.house_code = house_code
        house_name = self.text(cells, "huis_naam", free=True)
        village = self.text(cells, "kern", required=False, free=True)
        period_text = self.text(cells, "periode", free=True)
        period: Period | None = None
        if period_text is not BAD:
            try:
                period = Period.parse(period_text)
            except ValueError:
                self.error(
                    f"{_show(period_text)} is geen periode (JJJJ-Kn of JJJJ, zoals 2026-Q3)",
                    cells.ref("periode"),
                )
        if period is not None:
            self.period = str(period)
        first_day = self.date(cells, "periode_begin")
        last_day = self.date(cells, "periode_eind")
        if period is not None:
            for name, day, expected in (
                ("periode_begin", first_day, period.first_day),
                ("periode_eind", last_day, period.last_day),
            ):
                if day is not BAD and day != expected:
                    self.error(
                        f"{name} {_day(day)} past niet bij periode {period}"
                        f" (verwacht {_day(expected)})",
                        cells.ref(name),
                    )
        export_id = self.text(cells, "export_id")
        if export_id is not BAD:
            try:
                uuid.UUID(export_id)
            except ValueError:
                self.error(
                    f"{_show(export_id)} is geen export-id (UUID)",
                    cells.ref("export_id"),
                )
        exported_at = self._timestamp(cells, "geexporteerd_op")
        if exported_at is not BAD:
            self._exported_in_time(exported_at, period, cells.ref("geexporteerd_op"))
        app_version = self.text(cells, "app_versie", free=True)
        approved = self.yes_no(cells, "vastgesteld")
        volunteers = self.integer(cells, "vrijwilligers")
        board_members = self.integer(cells, "bestuursleden")
        if self.errors or period is None:
            return None
        info = Info(
            version,
            house_code,
            house_name,
            village,
            str(period),
            first_day,
            last_day,
            export_id,
            exported_at,
            app_version,
            approved,
            volunteers,
            board_members,
        )
        if not approved:
            self.warn(
                f"periode {period} is nog niet vastgesteld door het bestuur (vastgesteld = nee)",
                cells.ref("vastgesteld"),
            )
        return info

    def _timestamp(self, row: _Cells, column: str) -> Any:
        value = row[column]
        if isinstance(value, str):
            try:
                stamp = dt.datetime.fromisoformat(value.strip())
            except ValueError:
                stamp = None
            if stamp is not None and stamp.tzinfo is not None:
                return stamp
        self.error(
            f"{_show(value)} is geen tijdstip met tijdzone (zoals 2026-10-02T14:03:11+02:00)",
            row.ref(column),
        )
        return BAD

    def _exported_in_time(self, exported_at: dt.datetime, period: Period | None, ref: str) -> None:
        """Not more than a day after the moment of reading, and not before the period began."""
        latest = self.now + fmt.EXPORTED_AFTER_READING
        if exported_at > latest:
            self.error(
                f"geexporteerd_op {exported_at.isoformat()} ligt meer dan een dag na het moment"
                f" van inlezen ({self.now.astimezone(LOCAL_TIME).isoformat(timespec='seconds')});"
                " zo'n export kan er nog niet zijn",
                ref,
                ask=advice.CLOCK,
            )
        if period is not None:
            began = dt.datetime.combine(period.first_day, dt.time(0), tzinfo=LOCAL_TIME)
            if exported_at < began:
                self.error(
                    f"geexporteerd_op {exported_at.isoformat()} ligt vóór het begin van periode"
                    f" {period} ({_day(period.first_day)})",
                    ref,
                    ask=advice.CLOCK,
                )

    def _document_properties(self, info: Info | None) -> None:
        properties = self.book.properties
        if info is None:
            return
        expected = {
            "export_id": info.export_id,
            "formaat_versie": info.format_version,
            "huis_code": info.house_code,
            "periode": info.period,
        }
        for name in fmt.DOCUMENT_PROPERTIES:
            if name not in properties:
                self.error(f"documenteigenschap '{name}' ontbreekt", sheet="Info", cell=None)
                continue
            found = properties[name]
            if name == "formaat_versie":
                try:
                    agrees = float(str(found).strip()) == expected[name]
                except ValueError:
                    agrees = False
            else:
                agrees = str(found).strip() == expected[name]
            if not agrees:
                self.error(
                    f"documenteigenschap {name} {_show(found)} verschilt van Info"
                    f" ({_show(expected[name])})"
                )

    def _rooms(self, info: Info) -> dict[str, Room]:
        rooms: dict[str, Room] = {}
        for row in self._table("Ruimtes"):
            self.same(row, "huis_code", info.house_code)
            self.same(row, "periode", info.period)
            code = self.text(row, "ruimte_code", free=True)
            name = self.text(row, "ruimte_naam", free=True)
            capacity = self.integer(row, "capaciteit", 1, maximum=fmt.MAX_CAPACITY)
            hours = [self.room_hours(row, column, info) for column in _ROOM_HOURS]
            if code is not BAD:
                self.named["Ruimtes"].add(code)
            if code is not BAD and code in rooms:
                self.error(f"ruimte {_show(code)} staat er twee keer in", row.ref("ruimte_code"))
                continue
            if BAD in (code, name, capacity, *hours):
                continue
            if abs(sum(hours[2:]) - hours[1]) > fmt.HOURS_TOLERANCE + 1e-9:
                self.error(
                    f"uren_maatschappelijk + uren_particulier + uren_commercieel"
                    f" ({sum(hours[2:]):.2f}) is niet gelijk aan gebruikte_uren ({hours[1]:.2f})",
                    row.ref("gebruikte_uren"),
                )
                continue
            rooms[code] = Room(code, name, capacity, *hours)
            self.rows["Ruimtes", code] = row.ref("gebruikte_uren")
        return rooms

    def _activities(self, info: Info) -> dict[str, Activity]:
        activities: dict[str, Activity] = {}
        groups = values(TargetGroup)
        for row in self._table("Activiteiten"):
            self.same(row, "huis_code", info.house_code)
            self.same(row, "periode", info.period)
            code = self.text(row, "activiteit_code", free=True)
            name = self.text(row, "activiteit_naam", free=True)
            coded = [self.code(row, column, fmt.CODES[column]) for column in fmt.CODES]
            flags = [self.flag(row, column) for column in fmt.TARGET_GROUP_COLUMNS]
            new = self.yes_no(row, "nieuw")
            sessions = self.integer(row, "bijeenkomsten")
            hours = self.number(row, "uren")
            visitors = self.integer(row, "bezoekers")
            if code is not BAD:
                self.named["Activiteiten"].add(code)
            if code is not BAD and code in activities:
                self.error(
                    f"activiteit {_show(code)} staat er twee keer in", row.ref("activiteit_code")
                )
                continue
            if BAD in (code, name, *coded, *flags, new, sessions, hours, visitors):
                continue
            user_kind, activity_type, nature, accessibility = coded
            if nature == "particulier" and name != fmt.PRIVATE_RENTAL_NAME:
                self.error(
                    f"bij particulier gebruik moet de naam '{fmt.PRIVATE_RENTAL_NAME}' zijn"
                    " (privacy)",
                    row.ref("activiteit_naam"),
                    ask=advice.PRIVACY,
                )
                continue
            self.rows["Activiteiten", code] = row.ref("bijeenkomsten")
            target_groups = tuple(g for g, on in zip(groups, flags, strict=True) if on)
            activities[code] = Activity(
                code,
                name,
                user_kind,
                activity_type,
                nature,
                accessibility,
                target_groups,
                new,
                sessions,
                hours,
                visitors,
            )
        return activities

    def _sessions(
        self, info: Info, rooms: dict[str, Room], activities: dict[str, Activity]
    ) -> list[Session]:
        sessions: list[Session] = []
        for row in self._table("Bijeenkomsten"):
            self.same(row, "huis_code", info.house_code)
            day = self.in_period(row, "datum", info)
            begin = self.time(row, "begin")
            end = self.time(row, "eind")
            room = self.text(row, "ruimte_code", free=True)
            activity = self.text(row, "activiteit_code", free=True)
            status = self.code(row, "status", fmt.EXPORTED_SESSION_STATUSES)
            visitors = self.integer(row, "bezoekers", optional=True, maximum=fmt.MAX_SESSION_PEOPLE)
            volunteers = self.integer(
                row, "vrijwilligers", optional=True, maximum=fmt.MAX_SESSION_PEOPLE
            )
            if begin is not BAD and end is not BAD and end <= begin:
                self.error(
                    f"eind {format_time(end)} ligt niet na begin {format_time(begin)}",
                    row.ref("eind"),
                )
                continue
            if room is not BAD and self.unknown("Ruimtes", room):
                self.error(f"ruimte {_show(room)} staat niet in Ruimtes", row.ref("ruimte_code"))
                continue
            if activity is not BAD and self.unknown("Activiteiten", activity):
                self.error(
                    f"activiteit {_show(activity)} staat niet in Activiteiten",
                    row.ref("activiteit_code"),
                )
                continue
            if BAD in (day, begin, end, room, activity, status, visitors, volunteers):
                continue
            if room not in rooms or activity not in activities:
                continue  # its row there was refused; that error is reported already
            capacity = rooms[room].capacity
            if visitors is not None and visitors > 3 * capacity:
                self.warn(
                    f"{visitors} bezoekers is meer dan drie keer de capaciteit van ruimte"
                    f" {room} ({capacity})",
                    row.ref("bezoekers"),
                )
            sessions.append(Session(day, begin, end, room, activity, status, visitors, volunteers))
        return sessions

    def _signals(self, info: Info) -> list[Signal]:
        signals: list[Signal] = []
        for row in self._table("Signalen"):
            self.same(row, "huis_code", info.house_code)
            day = self.in_period(row, "datum", info)
            kind = self.code(row, "soort", fmt.SIGNAL_KINDS)
            theme = self.text(row, "thema", free=True)
            text = self.text(row, "tekst", required=False, free=True)
            status = self.code(row, "status", fmt.SIGNAL_STATUSES)
            if BAD not in (day, kind, theme, text, status):
                signals.append(Signal(day, kind, theme, text, status))
        return signals

    def _cross_checks(
        self,
        info: Info,
        rooms: dict[str, Room],
        activities: dict[str, Activity],
        sessions: list[Session],
    ) -> None:
        """Warnings about sums that a hand edit made disagree with the sessions."""
        held: dict[str, list[float]] = {code: [0, 0.0, 0] for code in activities}
        room_hours: dict[str, float] = dict.fromkeys(rooms, 0.0)
        for session in sessions:
            if session.held:
                totals = held[session.activity_code]
                totals[0] += 1
                totals[1] += session.hours
                totals[2] += session.visitors or 0
                room_hours[session.room_code] += session.hours
        for activity in activities.values():
            count, hours, visitors = held[activity.code]
            if (
                count != activity.sessions
                or abs(hours - activity.hours) > fmt.HOURS_TOLERANCE
                or visitors != activity.visitors
            ):
                self.warn(
                    f"de sommen van activiteit {activity.code} ({_show(activity.sessions)}"
                    f" bijeenkomsten, {_hours(activity.hours)} uur, {_show(activity.visitors)}"
                    " bezoekers) wijken af van de"
                    f" bijeenkomsten ({count}, {hours:.2f} uur, {visitors} bezoekers);"
                    " geteld is wat de bijeenkomsten zeggen",
                    self.rows.get(("Activiteiten", activity.code)),
                    sheet="Activiteiten",
                )
        for room in rooms.values():
            if abs(room_hours[room.code] - room.used_hours) > fmt.HOURS_TOLERANCE:
                self.warn(
                    f"gebruikte_uren van ruimte {room.code} ({room.used_hours:.2f}) wijkt af van"
                    f" de gehouden bijeenkomsten ({room_hours[room.code]:.2f} uur)",
                    self.rows.get(("Ruimtes", room.code)),
                    sheet="Ruimtes",
                )


_ROOM_HOURS = (
    "beschikbare_uren",
    "gebruikte_uren",
    "uren_maatschappelijk",
    "uren_particulier",
    "uren_commercieel",
)


def _col(index: int) -> str:
    return _column_letter(index + 1)


def _ref(index: int, row: int) -> str:
    return f"{_column_letter(index + 1)}{row}"


# --- the sums the municipality counts -----------------------------------------------


@dataclass(frozen=True)
class Totals:
    """Held sessions, their hours and their counted visitors."""

    sessions: int = 0
    hours: float = 0.0
    visitors: int = 0

    def __add__(self, other: Totals) -> Totals:
        return Totals(
            self.sessions + other.sessions, self.hours + other.hours, self.visitors + other.visitors
        )


@dataclass(frozen=True)
class HouseSummary:
    """The figures of one counted house-period, summed; small enough to keep in the history.

    Sessions and visitors come from the sessions (the detail), hours from the rooms.
    """

    house_code: str
    house_name: str
    period: str
    export_id: str
    exported_at: str
    approved: bool
    sessions: int
    visitors: int
    used_hours: float
    available_hours: float
    community_hours: float
    private_hours: float
    commercial_hours: float
    activities: int
    new_activities: int
    volunteers: int
    signals: int
    by_type: dict[str, Totals] = field(default_factory=dict)
    by_target_group: dict[str, Totals] = field(default_factory=dict)
    by_nature: dict[str, Totals] = field(default_factory=dict)
    #: The exporting app's version (``app_versie``): which houses run an old one. Empty in
    #: what a history kept before it was summed.
    app_version: str = ""

    @property
    def occupancy(self) -> float | None:
        """Used / available hours; ``None`` when no hours were available."""
        if self.available_hours <= 0:
            return None
        return self.used_hours / self.available_hours

    @property
    def exported_moment(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.exported_at)

    def to_json(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
        for name in ("by_type", "by_target_group", "by_nature"):
            data[name] = {
                code: [totals.sessions, totals.hours, totals.visitors]
                for code, totals in data[name].items()
            }
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> HouseSummary:
        data = dict(data)
        for name in ("by_type", "by_target_group", "by_nature"):
            data[name] = {code: Totals(*numbers) for code, numbers in data[name].items()}
        return cls(**data)


def summarize(figures: HouseFigures) -> HouseSummary:
    """Sum a valid file's figures as the aggregate counts them."""
    info = figures.info
    activities = {activity.code: activity for activity in figures.activities}
    # [sessions, hours, visitors], added up session by session as Totals add up
    total: list[Any] = [0, 0.0, 0]
    by_type: dict[str, list[Any]] = {}
    by_group: dict[str, list[Any]] = {}
    by_nature: dict[str, list[Any]] = {}
    for session in figures.sessions:
        if not session.held:
            continue
        hours, visitors = session.hours, session.visitors or 0
        activity = activities[session.activity_code]
        for sums in (
            total,
            by_type.setdefault(activity.activity_type, [0, 0.0, 0]),
            by_nature.setdefault(activity.nature, [0, 0.0, 0]),
            *(by_group.setdefault(group, [0, 0.0, 0]) for group in activity.target_groups),
        ):
            sums[0] += 1
            sums[1] += hours
            sums[2] += visitors
    return HouseSummary(
        house_code=info.house_code,
        house_name=info.house_name,
        period=info.period,
        export_id=info.export_id,
        exported_at=info.exported_at.isoformat(),
        approved=info.approved,
        sessions=total[0],
        visitors=total[2],
        used_hours=sum(room.used_hours for room in figures.rooms),
        available_hours=sum(room.available_hours for room in figures.rooms),
        community_hours=sum(room.community_hours for room in figures.rooms),
        private_hours=sum(room.private_hours for room in figures.rooms),
        commercial_hours=sum(room.commercial_hours for room in figures.rooms),
        activities=len(figures.activities),
        new_activities=sum(1 for activity in figures.activities if activity.new),
        volunteers=info.volunteers,
        signals=len(figures.signals),
        by_type={code: Totals(*sums) for code, sums in by_type.items()},
        by_target_group={code: Totals(*sums) for code, sums in by_group.items()},
        by_nature={code: Totals(*sums) for code, sums in by_nature.items()},
        app_version=info.app_version,
    )


# --- a summary kept in a history, checked again -----------------------------------

#: The sums per code of a summary, with the codes today's lists know.
_SUMS_BY_CODE = {
    "by_type": fmt.CODES["activiteitstype"],
    "by_target_group": values(TargetGroup),
    "by_nature": fmt.CODES["gebruiksaard"],
}
_SUMMARY_HOURS = (
    "used_hours",
    "available_hours",
    "community_hours",
    "private_hours",
    "commercial_hours",
)
_SUMMARY_COUNTS = ("sessions", "visitors", "activities", "new_activities", "volunteers", "signals")
_SUMMARY_TEXTS = ("house_code", "house_name", "period", "export_id", "exported_at")
#: Fields a history kept before they were summed may lack: their default stands in.
_SUMMARY_OPTIONAL = ("app_version",)
#: The summary's fields as the adviser knows them (the columns of Overzicht).
_DUTCH = {
    "house_code": "huis_code",
    "house_name": "huis_naam",
    "period": "periode",
    "export_id": "export_id",
    "exported_at": "geexporteerd_op",
    "approved": "vastgesteld",
    "sessions": "bijeenkomsten",
    "visitors": "bezoekers",
    "used_hours": "gebruikte_uren",
    "available_hours": "beschikbare_uren",
    "community_hours": "uren_maatschappelijk",
    "private_hours": "uren_particulier",
    "commercial_hours": "uren_commercieel",
    "activities": "activiteiten",
    "new_activities": "nieuwe_activiteiten",
    "volunteers": "vrijwilligers",
    "signals": "signalen",
    "by_type": "per activiteitstype",
    "by_target_group": "per doelgroep",
    "by_nature": "per gebruiksaard",
    "app_version": "app_versie",
}


def check_summary(
    data: object, *, read_at: dt.datetime
) -> tuple[HouseSummary | None, tuple[str, ...]]:
    """A summary kept in a history (``HouseSummary.to_json``), checked with today's rules.

    Returns the summary, when its fields have the right types, and what today's
    rules find wrong with it, in Dutch (nothing when it may count). The file
    itself is not kept, so a rule about one row is applied as the bound it sets
    for the sums: at most 10,000 visitors and 24 hours a session, at most
    ``MAX_ROWS`` rows a sheet, no room with more hours than the period has.
    ``read_at`` is the moment the file was read. Never raises.
    """
    try:
        return _SummaryCheck(read_at).check(data)
    except Exception as exc:  # a history written by anything at all must not stop a run
        return None, (f"de opgeslagen cijfers zijn onleesbaar ({type(exc).__name__})",)


class _SummaryCheck:
    def __init__(self, read_at: dt.datetime) -> None:
        self.read_at = read_at
        self.problems: list[str] = []

    def check(self, data: object) -> tuple[HouseSummary | None, tuple[str, ...]]:
        if not isinstance(data, dict):
            return None, ("de opgeslagen cijfers zijn geen overzicht van een export",)
        fields = HouseSummary.__dataclass_fields__
        missing = [
            _DUTCH[name] for name in fields if name not in data and name not in _SUMMARY_OPTIONAL
        ]
        if missing:
            return None, ("in de opgeslagen cijfers ontbreekt " + ", ".join(missing),)
        checks = [
            *(self.text(name, data[name]) for name in _SUMMARY_TEXTS),
            *(self.text(name, data[name]) for name in _SUMMARY_OPTIONAL if name in data),
            *(self.count(_DUTCH[name], data[name]) for name in _SUMMARY_COUNTS),
            *(self.hours(_DUTCH[name], data[name]) for name in _SUMMARY_HOURS),
            *(self.sums(name, data[name]) for name in _SUMS_BY_CODE),
        ]
        if not isinstance(data["approved"], bool):
            self.problems.append(f"vastgesteld {_show(data['approved'])} is geen ja of nee")
            checks.append(False)
        if not all(checks):
            return None, tuple(self.problems)
        summary = HouseSummary.from_json({name: data[name] for name in fields if name in data})
        self.rules(summary)
        return summary, tuple(self.problems)

    # types

    def text(self, name: str, value: object) -> bool:
        if isinstance(value, str):
            return True
        self.problems.append(f"{_DUTCH[name]} {_show(value)} is geen tekst")
        return False

    def count(self, name: str, value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, int):
            self.problems.append(f"{name} {_show(value)} is geen geheel getal")
        elif not _finite(value):
            self.problems.append(f"{name} {_show(value)} is geen eindig getal")
        elif value < 0:
            self.problems.append(f"{name} {_show(value)} is kleiner dan 0")
        else:
            return True
        return False

    def hours(self, name: str, value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problems.append(f"{name} {_show(value)} is geen getal")
        elif not _finite(value):
            self.problems.append(f"{name} {_show(value)} is geen eindig getal")
        elif value < 0:
            self.problems.append(f"{name} {_show(value)} is kleiner dan 0")
        else:
            return True
        return False

    def sums(self, name: str, sums: object) -> bool:
        if not isinstance(sums, dict):
            self.problems.append(f"{_DUTCH[name]}: geen sommen per code")
            return False
        fine = True
        for code, numbers in sums.items():
            where = f"{_DUTCH[name]}, {code}:"
            if code not in _SUMS_BY_CODE[name]:
                self.problems.append(f"{_DUTCH[name]}: {_show(code)} is geen bekende code")
                fine = False
            elif not isinstance(numbers, list) or len(numbers) != 3:
                self.problems.append(f"{where} geen bijeenkomsten, uren en bezoekers")
                fine = False
            else:
                fine &= self.count(f"{where} bijeenkomsten", numbers[0])
                fine &= self.hours(f"{where} uren", numbers[1])
                fine &= self.count(f"{where} bezoekers", numbers[2])
        return fine

    # today's rules

    def rules(self, summary: HouseSummary) -> None:
        problems = self.problems
        if not fmt.HOUSE_CODE.fullmatch(summary.house_code):
            problems.append(f"{_show(summary.house_code)} is geen huiscode")
        try:
            uuid.UUID(summary.export_id)
        except ValueError:
            problems.append(f"{_show(summary.export_id)} is geen export-id (UUID)")
        try:
            period: Period | None = Period.parse(summary.period)
        except ValueError:
            period = None
            problems.append(f"{_show(summary.period)} is geen periode")
        self.exported_at(summary.exported_at, period)
        self.totals("", Totals(summary.sessions, 0.0, summary.visitors))
        for name in _SUMS_BY_CODE:
            for code, totals in getattr(summary, name).items():
                self.totals(f"{_DUTCH[name]}, {code}: ", totals)
        for name in ("activities", "signals"):
            if getattr(summary, name) > MAX_ROWS:
                problems.append(
                    f"{_DUTCH[name]} {getattr(summary, name)} is meer dan {MAX_ROWS} rijen"
                )
        if summary.new_activities > summary.activities:
            problems.append(
                f"nieuwe_activiteiten {summary.new_activities} is meer dan activiteiten"
                f" {summary.activities}"
            )
        if period is not None:
            days = (period.last_day - period.first_day).days + 1
            limit = days * fmt.HOURS_PER_DAY * MAX_ROWS  # each room within the period
            for name in _SUMMARY_HOURS:
                if getattr(summary, name) > limit:
                    problems.append(
                        f"{_DUTCH[name]} {_show(getattr(summary, name))} uur is meer dan"
                        f" {MAX_ROWS} ruimtes in periode {period} kunnen hebben"
                    )

    def exported_at(self, text: str, period: Period | None) -> None:
        try:
            stamp: dt.datetime | None = dt.datetime.fromisoformat(text)
        except ValueError:
            stamp = None
        if stamp is None or stamp.tzinfo is None:
            self.problems.append(f"geexporteerd_op {_show(text)} is geen tijdstip met tijdzone")
            return
        if stamp > self.read_at + fmt.EXPORTED_AFTER_READING:
            self.problems.append(
                f"geexporteerd_op {stamp.isoformat()} ligt meer dan een dag na het moment van"
                f" inlezen ({self.read_at.astimezone(LOCAL_TIME).isoformat(timespec='seconds')})"
            )
        if period is not None:
            began = dt.datetime.combine(period.first_day, dt.time(0), tzinfo=LOCAL_TIME)
            if stamp < began:
                self.problems.append(
                    f"geexporteerd_op {stamp.isoformat()} ligt vóór het begin van periode"
                    f" {period} ({_day(period.first_day)})"
                )

    def totals(self, prefix: str, totals: Totals) -> None:
        """Held sessions with their hours and visitors, within the bounds of one session each."""
        sessions = totals.sessions
        if sessions > MAX_ROWS:
            self.problems.append(f"{prefix}bijeenkomsten {sessions} is meer dan {MAX_ROWS} rijen")
        if totals.visitors > fmt.MAX_SESSION_PEOPLE * sessions:
            self.problems.append(
                f"{prefix}bezoekers {_show(totals.visitors)} is meer dan"
                f" {fmt.MAX_SESSION_PEOPLE} per bijeenkomst ({sessions} bijeenkomsten)"
            )
        if totals.hours > fmt.HOURS_PER_DAY * sessions + fmt.HOURS_TOLERANCE:
            self.problems.append(
                f"{prefix}uren {_show(totals.hours)} is meer dan {fmt.HOURS_PER_DAY} per"
                f" bijeenkomst ({sessions} bijeenkomsten)"
            )
