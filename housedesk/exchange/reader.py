"""Reading one house workbook: check it against the v1 contract and take out its figures.

The municipality reads what eighteen or more houses send, some of it edited by
hand, and now and then something that is not a workbook at all. So the reader
checks the container before it parses anything (what kind of file, how far it
unpacks, no DOCTYPE in any part), then every sheet, column and cell. Anything
wrong is a ``Finding`` in Dutch that names the file, the sheet and the cell, as
the contract asks, e.g. ``BERCH_2026-Q3.xlsx, Bijeenkomsten!H12: 'twaalf' is
geen geheel getal``. Errors reject the whole file; warnings do not.
``read_workbook`` never raises: whatever goes wrong inside becomes an error of
that one file, so one bad file cannot stop the others being counted.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from housedesk.codes import TargetGroup, values
from housedesk.exchange import format as fmt
from housedesk.periods import Period
from housedesk.times import format_time

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
    """An error or a warning about one file, optionally about one sheet and cell."""

    file: str
    text: str
    sheet: str | None = None
    cell: str | None = None
    error: bool = True

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
    """The outcome of reading one file: its findings and, when it has no errors, its figures."""

    path: Path
    errors: tuple[Finding, ...]
    warnings: tuple[Finding, ...]
    figures: HouseFigures | None
    #: As far as the Info sheet could be read, also of a rejected file (for the report).
    house_code: str | None = None
    period: str | None = None

    @property
    def valid(self) -> bool:
        return not self.errors and self.figures is not None

    @property
    def name(self) -> str:
        return self.path.name

    def messages(self) -> tuple[str, ...]:
        """Errors first, then warnings, as lines for people."""
        return tuple(str(finding) for finding in (*self.errors, *self.warnings))


class _Refused(Exception):
    """The file cannot be read at all; the message is Dutch."""


def read_workbook(path: Path) -> ReadResult:
    """Check the file at ``path`` against the v1 contract; never raises."""
    path = Path(path)
    file = path.name
    try:
        merged = check_container(path)
        return _Reader(path, merged).read()
    except _Refused as refused:
        return ReadResult(path, (Finding(file, str(refused)),), (), None)
    except Exception as exc:  # one broken file must never stop the others being counted
        detail = " ".join(str(exc).split())
        if len(detail) > 160:
            detail = detail[:159] + "…"
        text = f"het bestand kon niet worden gelezen ({type(exc).__name__}: {detail})"
        return ReadResult(path, (Finding(file, text),), (), None)


# --- the container -------------------------------------------------------------------


def check_container(path: Path) -> dict[str, str]:
    """Refuse what is not a harmless xlsx, before any XML is parsed.

    Returns the parts that hold merged cells, with the first merged range of each.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise _Refused(f"het bestand kon niet worden geopend ({exc.strerror or exc})") from exc
    if size == 0:
        raise _Refused("het bestand is leeg (0 bytes)")
    if size > MAX_FILE_BYTES:
        raise _Refused(f"het bestand is veel groter dan een export ({size // 2**20} MB)")
    if head.startswith(OLE2_MAGIC):
        if _is_encrypted(path):
            raise _Refused(
                "de werkmap is met een wachtwoord beveiligd; vraag het huis om een export"
                " zonder wachtwoord"
            )
        raise _Refused(
            "dit is een oud Excel-bestand (.xls), geen .xlsx; vraag het huis om de export"
            " uit housedesk zelf"
        )
    if not head.startswith(ZIP_MAGIC):
        if _looks_like_text(path):
            raise _Refused("dit is een tekstbestand met een andere naam, geen Excel-werkmap")
        raise _Refused("dit is geen Excel-werkmap (.xlsx)")
    try:
        with zipfile.ZipFile(path) as archive:
            return _check_parts(archive)
    except zipfile.BadZipFile as exc:
        raise _Refused(
            "het bestand is afgebroken of beschadigd (geen volledige werkmap);"
            " vraag het huis om het opnieuw te sturen"
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


def _check_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise _Refused(f"het bestand heeft {len(infos)} onderdelen; dat is geen export")
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise _Refused("dit is een zip-bestand, maar geen Excel-werkmap")
    _check_declared(infos)
    # Headers can lie: unpack every part once with a byte cap, and look for DOCTYPEs.
    total = 0
    merged: dict[str, str] = {}
    for info in infos:
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
                        f"onderdeel {info.filename} bevat een DOCTYPE- of ENTITY-declaratie;"
                        " uit voorzorg niet gelezen"
                    )
                if info.filename not in merged and (found := _MERGE.search(window)):
                    merged[info.filename] = found.group(1).decode()
                tail = chunk[-64:]
    return merged


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
        "het bestand pakt uit tot veel meer dan een echte export (mogelijk een zip-bom);"
        " niet gelezen"
    )


# --- cells ---------------------------------------------------------------------------


class _Bad:
    """A cell whose value was refused (the error is already recorded)."""


BAD: Any = _Bad()


def _show(value: object) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return str(value)


def _day(day: dt.date) -> str:
    return f"{day.day}-{day.month}-{day.year}"


def _column_letter(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _Reader:
    """Reads one workbook that passed the container checks."""

    def __init__(self, path: Path, merged: dict[str, str] | None = None) -> None:
        self.path = path
        self.merged = merged or {}
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

    def error(self, text: str, cell: str | None = None, sheet: str | None = None) -> None:
        if len(self.errors) >= MAX_ERRORS:
            self.more_errors += 1
            return
        self.errors.append(Finding(self.file, text, sheet or self.sheet or None, cell))

    def warn(self, text: str, cell: str | None = None, sheet: str | None = None) -> None:
        self.warnings.append(Finding(self.file, text, sheet or self.sheet or None, cell, False))

    # the whole workbook

    def read(self) -> ReadResult:
        from openpyxl import load_workbook

        with warnings.catch_warnings():
            # openpyxl warns about Excel features it drops (data validation, extensions);
            # they are not the exchange's business and must not reach the adviser's screen
            warnings.simplefilter("ignore")
            workbook = load_workbook(self.path, read_only=True, data_only=False, keep_links=False)
            try:
                figures = self._read_sheets(workbook)
            finally:
                workbook.close()
        if self.more_errors:
            self.errors.append(
                Finding(
                    self.file,
                    f"en nog {self.more_errors} fouten; de eerste {MAX_ERRORS} staan hierboven",
                )
            )
        if self.errors:
            figures = None
        return ReadResult(
            self.path,
            tuple(self.errors),
            tuple(self.warnings),
            figures,
            self.house_code,
            self.period,
        )

    def _read_sheets(self, workbook: Any) -> HouseFigures | None:
        names = list(workbook.sheetnames)
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
        info = self._info(workbook["Info"])
        self._document_properties(workbook, info)
        if info is None:
            return None
        rooms = self._rooms(workbook["Ruimtes"], info)
        activities = self._activities(workbook["Activiteiten"], info)
        sessions = self._sessions(workbook["Bijeenkomsten"], info, rooms, activities)
        signals = self._signals(workbook["Signalen"], info)
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

    def _table(self, worksheet: Any, columns: tuple[str, ...]) -> Iterator[tuple[int, dict]]:
        """The data rows of a sheet as (row number, {column: cell}); checks header and shape."""
        self.sheet = worksheet.title
        merged = self.merged.get(getattr(worksheet, "_worksheet_path", ""))
        if merged:
            self.error(
                f"samengevoegde cellen ({merged}); een tabel mag die niet hebben",
                merged.split(":")[0],
            )
        worksheet.reset_dimensions()  # the declared dimension may lie; read the real rows
        rows = worksheet.iter_rows(max_col=len(columns))
        header = next(rows, None)
        if header is None:
            self.error("het blad is leeg; de kopregel ontbreekt", "A1")
            self.broken.add(self.sheet)
            return
        for index, name in enumerate(columns):
            found = header[index].value if index < len(header) else None
            if found != name:
                # the first wrong column is enough: every later one is shifted with it
                shown = "een lege cel" if found is None else _show(found)
                self.error(f"kolom '{name}' verwacht, maar hier staat {shown}", f"{_col(index)}1")
                self.broken.add(self.sheet)
                return
        blank: int | None = None
        for number, row in enumerate(rows, start=2):
            if number > MAX_ROWS + 1:
                self.error(f"meer dan {MAX_ROWS} rijen; dat is geen export")
                return
            if all(cell.value is None for cell in row):
                blank = blank or number
                continue
            if blank is not None:
                self.error("lege rij midden in de tabel", f"A{blank}")
                blank = None
            cells = {}
            for index, name in enumerate(columns):
                cell = row[index] if index < len(row) else None
                if cell is not None and cell.data_type == "f":
                    self.error(
                        f"formule {_show(str(cell.value))} in een gegevenscel", _ref(index, number)
                    )
                    cell = None
                cells[name] = _Cell(cell.value if cell is not None else None, _ref(index, number))
            yield number, cells

    # values

    def text(self, cell: _Cell, *, required: bool = True, free: bool = False) -> Any:
        value = cell.value
        if isinstance(value, str):
            value = value.strip()
            if value or not required:
                return value
            value = None
        if value is None:
            if required:
                self.error("de cel is leeg; hier hoort een waarde", cell.ref)
                return BAD
            return ""
        if free and isinstance(value, int | float) and not isinstance(value, bool):
            # a name typed as digits in a hand-edited file is still a name
            return str(int(value)) if float(value).is_integer() else str(value)
        self.error(f"{_show(value)} is geen tekst", cell.ref)
        return BAD

    def integer(self, cell: _Cell, minimum: int = 0, *, optional: bool = False) -> Any:
        value = cell.value
        if value is None or (isinstance(value, str) and not value.strip()):
            if optional:
                return None
            self.error("de cel is leeg; hier hoort een geheel getal", cell.ref)
            return BAD
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error(f"{_show(value)} is geen geheel getal", cell.ref)
            return BAD
        if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
            self.error(f"{_show(value)} is geen geheel getal", cell.ref)
            return BAD
        if value < minimum:
            self.error(f"{_show(value)} is te klein (minimaal {minimum})", cell.ref)
            return BAD
        return int(value)

    def number(self, cell: _Cell, minimum: float = 0) -> Any:
        value = cell.value
        if value is None:
            self.error("de cel is leeg; hier hoort een getal", cell.ref)
            return BAD
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error(f"{_show(value)} is geen getal", cell.ref)
            return BAD
        if not math.isfinite(value):
            self.error(f"{_show(value)} is geen getal", cell.ref)
            return BAD
        if value < minimum:
            self.error(f"{_show(value)} is te klein (minimaal {minimum})", cell.ref)
            return BAD
        return float(value)

    def date(self, cell: _Cell) -> Any:
        value = cell.value
        if isinstance(value, dt.datetime):
            if value.time() != dt.time(0, 0) or value.tzinfo is not None:
                self.error(f"{_show(value)} is een tijdstip, geen datum", cell.ref)
                return BAD
            return value.date()
        if isinstance(value, dt.date):
            return value
        if value is None:
            self.error("de cel is leeg; hier hoort een datum", cell.ref)
        else:
            self.error(f"{_show(value)} is geen datum (een datumcel)", cell.ref)
        return BAD

    def time(self, cell: _Cell) -> Any:
        value = cell.value
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
            self.error("de cel is leeg; hier hoort een tijd (UU:MM)", cell.ref)
        else:
            self.error(f"{_show(value)} is geen tijd (UU:MM)", cell.ref)
        return BAD

    def code(self, cell: _Cell, column: str, allowed: tuple[str, ...]) -> Any:
        value = self.text(cell)
        if value is BAD:
            return BAD
        if value not in allowed:
            self.error(
                f"{_show(value)} is geen bekende code voor {column} (toegestaan: "
                + ", ".join(allowed)
                + ")",
                cell.ref,
            )
            return BAD
        return value

    def yes_no(self, cell: _Cell) -> Any:
        value = cell.value.strip() if isinstance(cell.value, str) else cell.value
        if value == fmt.YES:
            return True
        if value == fmt.NO:
            return False
        self.error(f"{_show(value)} moet ja of nee zijn", cell.ref)
        return BAD

    def flag(self, cell: _Cell) -> Any:
        value = cell.value
        if not isinstance(value, bool) and value in (0, 1):
            return bool(value)
        self.error(f"{_show(value)} moet 0 of 1 zijn", cell.ref)
        return BAD

    def same(self, cell: _Cell, column: str, expected: str) -> None:
        value = self.text(cell, free=True)  # "2026" or a house code of digits may be a number
        if value is not BAD and value != expected:
            self.error(f"{column} {_show(value)} verschilt van Info ({_show(expected)})", cell.ref)

    def unknown(self, sheet: str, code: str) -> bool:
        """Whether ``code`` is not in ``sheet`` (a sheet that could not be read knows all)."""
        return sheet not in self.broken and code not in self.named[sheet]

    def in_period(self, cell: _Cell, info: Info) -> Any:
        day = self.date(cell)
        if day is not BAD and not info.first_day <= day <= info.last_day:
            self.error(
                f"datum {_day(day)} valt buiten de periode {info.period}"
                f" ({_day(info.first_day)} t/m {_day(info.last_day)})",
                cell.ref,
            )
            return BAD
        return day

    # the sheets

    def _info(self, worksheet: Any) -> Info | None:
        cells: dict[str, _Cell] = {}
        for _number, row in self._table(worksheet, fmt.INFO_COLUMNS):
            name = row["veld"].value
            if not isinstance(name, str):
                self.error(f"{_show(name)} is geen veldnaam", row["veld"].ref)
                continue
            name = name.strip()
            if name in cells:
                self.error(f"veld '{name}' staat er twee keer in", row["veld"].ref)
            cells[name] = row["waarde"]
        if self.errors:
            return None
        missing = [name for name in fmt.INFO_FIELDS if name not in cells]
        if missing:
            self.error("veld " + ", ".join(f"'{name}'" for name in missing) + " ontbreekt")
            return None

        if self.text(cells["formaat"]) != fmt.FORMAT_NAME:
            self.error(
                f"formaat {_show(cells['formaat'].value)} is geen '{fmt.FORMAT_NAME}'",
                cells["formaat"].ref,
            )
        version = self.integer(cells["formaat_versie"], 1)
        if version is not BAD and version > fmt.FORMAT_VERSION:
            self.error(
                f"formaat_versie {version} is nieuwer dan deze versie van housedesk kan lezen"
                f" (tot en met {fmt.FORMAT_VERSION}); werk housedesk bij",
                cells["formaat_versie"].ref,
            )
        house_code = self.text(cells["huis_code"], free=True)
        if house_code is not BAD and not fmt.HOUSE_CODE.fullmatch(house_code):
            self.error(
                f"{_show(house_code)} is geen huiscode (2 tot 12 tekens A-Z, 0-9 en -)",
                cells["huis_code"].ref,
            )
        if house_code is not BAD:
            self.house_code = house_code
        house_name = self.text(cells["huis_naam"], free=True)
        village = self.text(cells["kern"], required=False, free=True)
        period_text = self.text(cells["periode"], free=True)
        period: Period | None = None
        if period_text is not BAD:
            try:
                period = Period.parse(period_text)
            except ValueError:
                self.error(
                    f"{_show(period_text)} is geen periode (JJJJ-Kn of JJJJ, zoals 2026-Q3)",
                    cells["periode"].ref,
                )
        if period is not None:
            self.period = str(period)
        first_day = self.date(cells["periode_begin"])
        last_day = self.date(cells["periode_eind"])
        if period is not None:
            for name, day, expected in (
                ("periode_begin", first_day, period.first_day),
                ("periode_eind", last_day, period.last_day),
            ):
                if day is not BAD and day != expected:
                    self.error(
                        f"{name} {_day(day)} past niet bij periode {period}"
                        f" (verwacht {_day(expected)})",
                        cells[name].ref,
                    )
        export_id = self.text(cells["export_id"])
        if export_id is not BAD:
            try:
                uuid.UUID(export_id)
            except ValueError:
                self.error(f"{_show(export_id)} is geen export-id (UUID)", cells["export_id"].ref)
        exported_at = self._timestamp(cells["geexporteerd_op"])
        app_version = self.text(cells["app_versie"], free=True)
        approved = self.yes_no(cells["vastgesteld"])
        volunteers = self.integer(cells["vrijwilligers"])
        board_members = self.integer(cells["bestuursleden"])
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
                cells["vastgesteld"].ref,
            )
        return info

    def _timestamp(self, cell: _Cell) -> Any:
        value = cell.value
        if isinstance(value, str):
            try:
                stamp = dt.datetime.fromisoformat(value.strip())
            except ValueError:
                stamp = None
            if stamp is not None and stamp.tzinfo is not None:
                return stamp
        self.error(
            f"{_show(value)} is geen tijdstip met tijdzone (zoals 2026-10-02T14:03:11+02:00)",
            cell.ref,
        )
        return BAD

    def _document_properties(self, workbook: Any, info: Info | None) -> None:
        properties = {prop.name: prop.value for prop in workbook.custom_doc_props}
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

    def _rooms(self, worksheet: Any, info: Info) -> dict[str, Room]:
        rooms: dict[str, Room] = {}
        for _number, row in self._table(worksheet, fmt.ROOM_COLUMNS):
            self.same(row["huis_code"], "huis_code", info.house_code)
            self.same(row["periode"], "periode", info.period)
            code = self.text(row["ruimte_code"], free=True)
            name = self.text(row["ruimte_naam"], free=True)
            capacity = self.integer(row["capaciteit"], 1)
            hours = [
                self.number(row[column])
                for column in (
                    "beschikbare_uren",
                    "gebruikte_uren",
                    "uren_maatschappelijk",
                    "uren_particulier",
                    "uren_commercieel",
                )
            ]
            if code is not BAD:
                self.named["Ruimtes"].add(code)
            if code is not BAD and code in rooms:
                self.error(f"ruimte {_show(code)} staat er twee keer in", row["ruimte_code"].ref)
                continue
            if BAD in (code, name, capacity, *hours):
                continue
            if abs(sum(hours[2:]) - hours[1]) > fmt.HOURS_TOLERANCE + 1e-9:
                self.error(
                    f"uren_maatschappelijk + uren_particulier + uren_commercieel"
                    f" ({sum(hours[2:]):.2f}) is niet gelijk aan gebruikte_uren ({hours[1]:.2f})",
                    row["gebruikte_uren"].ref,
                )
                continue
            rooms[code] = Room(code, name, capacity, *hours)
            self.rows["Ruimtes", code] = row["gebruikte_uren"].ref
        return rooms

    def _activities(self, worksheet: Any, info: Info) -> dict[str, Activity]:
        activities: dict[str, Activity] = {}
        groups = values(TargetGroup)
        for _number, row in self._table(worksheet, fmt.ACTIVITY_COLUMNS):
            self.same(row["huis_code"], "huis_code", info.house_code)
            self.same(row["periode"], "periode", info.period)
            code = self.text(row["activiteit_code"], free=True)
            name = self.text(row["activiteit_naam"], free=True)
            coded = [self.code(row[column], column, fmt.CODES[column]) for column in fmt.CODES]
            flags = [self.flag(row[column]) for column in fmt.TARGET_GROUP_COLUMNS]
            new = self.yes_no(row["nieuw"])
            sessions = self.integer(row["bijeenkomsten"])
            hours = self.number(row["uren"])
            visitors = self.integer(row["bezoekers"])
            if code is not BAD:
                self.named["Activiteiten"].add(code)
            if code is not BAD and code in activities:
                self.error(
                    f"activiteit {_show(code)} staat er twee keer in", row["activiteit_code"].ref
                )
                continue
            if BAD in (code, name, *coded, *flags, new, sessions, hours, visitors):
                continue
            user_kind, activity_type, nature, accessibility = coded
            if nature == "particulier" and name != fmt.PRIVATE_RENTAL_NAME:
                self.error(
                    f"bij particulier gebruik moet de naam '{fmt.PRIVATE_RENTAL_NAME}' zijn"
                    " (privacy)",
                    row["activiteit_naam"].ref,
                )
                continue
            self.rows["Activiteiten", code] = row["bijeenkomsten"].ref
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
        self,
        worksheet: Any,
        info: Info,
        rooms: dict[str, Room],
        activities: dict[str, Activity],
    ) -> list[Session]:
        sessions: list[Session] = []
        for _number, row in self._table(worksheet, fmt.SESSION_COLUMNS):
            self.same(row["huis_code"], "huis_code", info.house_code)
            day = self.in_period(row["datum"], info)
            begin = self.time(row["begin"])
            end = self.time(row["eind"])
            room = self.text(row["ruimte_code"], free=True)
            activity = self.text(row["activiteit_code"], free=True)
            status = self.code(row["status"], "status", fmt.EXPORTED_SESSION_STATUSES)
            visitors = self.integer(row["bezoekers"], optional=True)
            volunteers = self.integer(row["vrijwilligers"], optional=True)
            if begin is not BAD and end is not BAD and end <= begin:
                self.error(
                    f"eind {format_time(end)} ligt niet na begin {format_time(begin)}",
                    row["eind"].ref,
                )
                continue
            if room is not BAD and self.unknown("Ruimtes", room):
                self.error(f"ruimte {_show(room)} staat niet in Ruimtes", row["ruimte_code"].ref)
                continue
            if activity is not BAD and self.unknown("Activiteiten", activity):
                self.error(
                    f"activiteit {_show(activity)} staat niet in Activiteiten",
                    row["activiteit_code"].ref,
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
                    row["bezoekers"].ref,
                )
            sessions.append(Session(day, begin, end, room, activity, status, visitors, volunteers))
        return sessions

    def _signals(self, worksheet: Any, info: Info) -> list[Signal]:
        signals: list[Signal] = []
        for _number, row in self._table(worksheet, fmt.SIGNAL_COLUMNS):
            self.same(row["huis_code"], "huis_code", info.house_code)
            day = self.in_period(row["datum"], info)
            kind = self.code(row["soort"], "soort", fmt.SIGNAL_KINDS)
            theme = self.text(row["thema"], free=True)
            text = self.text(row["tekst"], required=False, free=True)
            status = self.code(row["status"], "status", fmt.SIGNAL_STATUSES)
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
                    f"de sommen van activiteit {activity.code} ({activity.sessions} bijeenkomsten,"
                    f" {activity.hours:.2f} uur, {activity.visitors} bezoekers) wijken af van de"
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


@dataclass(frozen=True, slots=True)
class _Cell:
    value: Any
    ref: str = field(default="")


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
    by_type: dict[str, Totals] = {}
    by_group: dict[str, Totals] = {}
    by_nature: dict[str, Totals] = {}
    total = Totals()
    for session in figures.sessions:
        if not session.held:
            continue
        one = Totals(1, session.hours, session.visitors or 0)
        total += one
        activity = activities[session.activity_code]
        by_type[activity.activity_type] = by_type.get(activity.activity_type, Totals()) + one
        by_nature[activity.nature] = by_nature.get(activity.nature, Totals()) + one
        for group in activity.target_groups:
            by_group[group] = by_group.get(group, Totals()) + one
    return HouseSummary(
        house_code=info.house_code,
        house_name=info.house_name,
        period=info.period,
        export_id=info.export_id,
        exported_at=info.exported_at.isoformat(),
        approved=info.approved,
        sessions=total.sessions,
        visitors=total.visitors,
        used_hours=sum(room.used_hours for room in figures.rooms),
        available_hours=sum(room.available_hours for room in figures.rooms),
        community_hours=sum(room.community_hours for room in figures.rooms),
        private_hours=sum(room.private_hours for room in figures.rooms),
        commercial_hours=sum(room.commercial_hours for room in figures.rooms),
        activities=len(figures.activities),
        new_activities=sum(1 for activity in figures.activities if activity.new),
        volunteers=info.volunteers,
        signals=len(figures.signals),
        by_type=by_type,
        by_target_group=by_group,
        by_nature=by_nature,
    )
