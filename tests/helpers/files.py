"""Build house workbooks for the tests: minimal valid v1 files, and ways to break them.

Independent of the app's own writer on purpose: the reader is tested against the
contract, not against whatever the writer happens to do. ``sample`` makes a
consistent house-period (all sums agree); ``write`` saves it, and its ``edit``
hook gets the openpyxl workbook to damage before saving.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.packaging.custom import IntProperty, StringProperty
from openpyxl.worksheet.worksheet import Worksheet

from housedesk.common.codes import TargetGroup, values
from housedesk.common.periods import Period
from housedesk.exchange import format as fmt

ROOMS = (("R1", "Grote zaal", 60), ("R2", "Vergaderkamer", 12))
# code, name, kind, type, nature, access, target groups, room, begin, end
ACTIVITIES = (
    ("A1", "Koffieochtend", "eigen_activiteit", "ontmoeting", "maatschappelijk", "vrije_inloop",
     ("iedereen", "ouderen"), "R1", "10:00", "12:00"),
    ("A2", "Particuliere verhuur", "particulier", "viering", "particulier", "besloten",
     ("iedereen",), "R1", "14:00", "18:00"),
    ("A3", "Yoga", "commercieel", "bewegen", "commercieel", "aanmelding",
     ("volwassenen",), "R2", "19:30", "20:45"),
    ("A4", "Bestuursvergadering", "eigen_activiteit", "vergadering", "maatschappelijk", "leden",
     ("volwassenen",), "R2", "20:00", "22:00"),
)  # fmt: skip
NATURE_COLUMN = {
    "maatschappelijk": "uren_maatschappelijk",
    "particulier": "uren_particulier",
    "commercieel": "uren_commercieel",
}


class Text(str):
    """A value that ``write`` stores as a text cell even when it looks like a formula."""


def _cells(sheet: Worksheet, row: list[object]) -> list[object]:
    """The row's values, a ``Text`` as a text cell (openpyxl makes ``=…`` a formula)."""
    cells: list[object] = []
    for value in row:
        if isinstance(value, Text):
            cell = WriteOnlyCell(sheet, str(value))
            cell.data_type = "s"
            cells.append(cell)
        else:
            cells.append(value)
    return cells


@dataclass
class HouseFile:
    """The content of one export, as rows of cells in the contract's column order."""

    info: dict[str, object]
    rooms: list[list[object]] = field(default_factory=list)
    activities: list[list[object]] = field(default_factory=list)
    sessions: list[list[object]] = field(default_factory=list)
    signals: list[list[object]] = field(default_factory=list)
    properties: dict[str, object] = field(default_factory=dict)
    #: How many sets of ``ROOMS`` the house has (see ``sample``'s ``spread``).
    room_sets: int = 1

    @property
    def house_code(self) -> str:
        return str(self.info["huis_code"])

    @property
    def period(self) -> str:
        return str(self.info["periode"])


def sample(
    house_code: str = "BERCH",
    period: str = "2026-Q3",
    *,
    seed: int = 1,
    exported_at: str = "2026-10-02T14:03:11+02:00",
    export_id: str | None = None,
    approved: bool = True,
    density: float = 0.35,
    repeat: int = 1,
    spread: bool = False,
) -> HouseFile:
    """A consistent house-period: sessions on random days, every sum derived from them.

    ``density`` is about the share of days each activity meets; ``repeat`` multiplies
    the sessions (for benchmarks the size of a busy house); with ``spread`` each
    repetition has rooms of its own (``R1-2``, ``R2-2``, …), so that no room holds
    more hours than its period has, however large the file.
    """
    rng = random.Random(f"{house_code}/{period}/{seed}")
    span = Period.parse(period)
    info: dict[str, object] = {
        "formaat": fmt.FORMAT_NAME,
        "formaat_versie": fmt.FORMAT_VERSION,
        "huis_code": house_code,
        "huis_naam": f"Gemeenschapshuis {house_code.title()}",
        "kern": "Berghem",
        "periode": period,
        "periode_begin": span.first_day,
        "periode_eind": span.last_day,
        "export_id": export_id or str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "geexporteerd_op": exported_at,
        "app_versie": "0.1.0",
        "vastgesteld": fmt.YES if approved else fmt.NO,
        "vrijwilligers": rng.randint(5, 40),
        "bestuursleden": rng.randint(3, 7),
    }
    room_sets = repeat if spread else 1
    capacities = {code: capacity for code, _name, capacity in rooms(room_sets)}
    sessions: list[list[object]] = []
    day = span.first_day
    while day <= span.last_day:
        for index, activity in enumerate(ACTIVITIES * repeat):
            code, _n, _k, _t, _nat, _a, _g, room, begin, end = activity
            room = room_code(room, index // len(ACTIVITIES) % room_sets)
            if rng.random() < density / 2:
                held = rng.random() > 0.1
                visitors = rng.randint(0, capacities[room]) if held else None
                if held and rng.random() < 0.05:
                    visitors = None  # held but not counted
                volunteers = rng.randint(0, 4) if held else None
                status = "gehouden" if held else "geannuleerd"
                sessions.append(
                    [house_code, day, begin, end, room, code, status, visitors, volunteers]
                )
        day += dt.timedelta(days=1)
    house = HouseFile(info, sessions=sessions, signals=_signals(rng, house_code, span))
    house.room_sets = room_sets
    return derive(house)


def room_code(room: str, room_set: int) -> str:
    """The code of ``room`` of ``ROOMS`` in set ``room_set`` (0: the room itself)."""
    return room if room_set == 0 else f"{room}-{room_set + 1}"


def rooms(room_sets: int = 1) -> list[tuple[str, str, int]]:
    """Code, name and capacity of the rooms of ``room_sets`` sets of ``ROOMS``."""
    return [
        (room_code(code, room_set), name if room_set == 0 else f"{name} {room_set + 1}", capacity)
        for room_set in range(room_sets)
        for code, name, capacity in ROOMS
    ]


def _signals(rng: random.Random, house_code: str, span: Period) -> list[list[object]]:
    days = (span.last_day - span.first_day).days
    return [
        [
            house_code,
            span.first_day + dt.timedelta(days=rng.randint(0, days)),
            rng.choice(fmt.SIGNAL_KINDS),
            rng.choice(("verlichting hondenveld", "bankjes", "koffie")),
            rng.choice(("", "Graag meer bankjes bij de ingang.")),
            rng.choice(fmt.SIGNAL_STATUSES),
        ]
        for _ in range(rng.randint(0, 4))
    ]


def hours(begin: str, end: str) -> float:
    def minutes(text: str) -> int:
        hh, mm = text.split(":")
        return int(hh) * 60 + int(mm)

    return (minutes(end) - minutes(begin)) / 60


def derive(house: HouseFile) -> HouseFile:
    """Fill Ruimtes and Activiteiten from the sessions so that every sum agrees."""
    code, period = house.house_code, house.period
    nature_of = {activity[0]: activity[4] for activity in ACTIVITIES}
    house_rooms = rooms(house.room_sets)
    room_hours = {room: dict.fromkeys(NATURE_COLUMN.values(), 0.0) for room, *_ in house_rooms}
    per_activity = {activity[0]: [0, 0.0, 0] for activity in ACTIVITIES}
    used = set()
    for _h, _d, begin, end, room, activity, status, visitors, _v in house.sessions:
        used.add(activity)
        if status != "gehouden":
            continue
        length = hours(str(begin), str(end))
        room_hours[str(room)][NATURE_COLUMN[nature_of[str(activity)]]] += length
        totals = per_activity[str(activity)]
        totals[0] += 1
        totals[1] += length
        totals[2] += int(visitors or 0)  # type: ignore[call-overload]
    house.rooms = []
    for room, name, capacity in house_rooms:
        split = room_hours[room]
        house.rooms.append(
            [
                code,
                period,
                room,
                name,
                capacity,
                round(rng_available(room, period), 2),
                round(sum(split.values()), 2),
                *(round(value, 2) for value in split.values()),
            ]
        )
    groups = values(TargetGroup)
    house.activities = []
    for a_code, name, kind, kind_of, nature, access, targets, *_rest in ACTIVITIES:
        if a_code not in used:
            continue
        count, length, visitors = per_activity[a_code]
        house.activities.append(
            [
                code,
                period,
                a_code,
                name,
                kind,
                kind_of,
                nature,
                access,
                *(1 if group in targets else 0 for group in groups),
                fmt.YES if a_code == "A3" else fmt.NO,
                count,
                round(length, 2),
                visitors,
            ]
        )
    return house


def rng_available(room: str, period: str) -> float:
    """Opening hours of a room in the period: about 60 hours a week."""
    span = Period.parse(period)
    weeks = ((span.last_day - span.first_day).days + 1) / 7
    return weeks * (60 if room.partition("-")[0] == "R1" else 45)


def write(
    house: HouseFile,
    path: Path,
    *,
    edit: Callable[[Workbook], None] | None = None,
    notes: bool = True,
) -> Path:
    """Save ``house`` as a v1 workbook at ``path``; ``edit`` may change it first."""
    workbook = Workbook()
    info = workbook.active
    assert info is not None
    info.title = "Info"
    info.append(list(fmt.INFO_COLUMNS))
    for name, value in house.info.items():
        info.append(_cells(info, [name, value]))
    for title, rows in (
        ("Ruimtes", house.rooms),
        ("Activiteiten", house.activities),
        ("Bijeenkomsten", house.sessions),
        ("Signalen", house.signals),
    ):
        sheet = workbook.create_sheet(title)
        sheet.append(list(fmt.SHEETS[title]))
        for row in rows:
            sheet.append(_cells(sheet, row))
    if notes:
        workbook.create_sheet(fmt.NOTES_SHEET).append(["Opmerkingen van het bestuur"])
    properties = {
        "export_id": house.info["export_id"],
        "formaat_versie": house.info["formaat_versie"],
        "huis_code": house.info["huis_code"],
        "periode": house.info["periode"],
        **house.properties,
    }
    for name, value in properties.items():
        if value is None:
            continue
        if isinstance(value, int):
            workbook.custom_doc_props.append(IntProperty(name=name, value=value))
        else:
            workbook.custom_doc_props.append(StringProperty(name=name, value=str(value)))
    if edit is not None:
        edit(workbook)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def totals(house: HouseFile) -> dict[str, float]:
    """The Overzicht figures of a house-period, computed straight from its rows."""
    held = [row for row in house.sessions if row[6] == "gehouden"]
    return {
        "bijeenkomsten": len(held),
        "bezoekers": sum(int(row[7] or 0) for row in held),  # type: ignore[call-overload]
        "beschikbare_uren": sum(float(row[5]) for row in house.rooms),  # type: ignore[arg-type]
        "gebruikte_uren": sum(float(row[6]) for row in house.rooms),  # type: ignore[arg-type]
        "uren_maatschappelijk": sum(float(row[7]) for row in house.rooms),  # type: ignore[arg-type]
        "uren_particulier": sum(float(row[8]) for row in house.rooms),  # type: ignore[arg-type]
        "uren_commercieel": sum(float(row[9]) for row in house.rooms),  # type: ignore[arg-type]
        "activiteiten": len(house.activities),
        "nieuwe_activiteiten": sum(1 for row in house.activities if row[-4] == fmt.YES),
        "vrijwilligers": int(house.info["vrijwilligers"]),  # type: ignore[call-overload]
        "signalen": len(house.signals),
    }


def rewrite_part(path: Path, member: str, change: Callable[[bytes], bytes]) -> Path:
    """Replace one part of the zip at ``path`` by ``change(part)`` (for hand-made damage)."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in parts:
            archive.writestr(info, change(data) if info.filename == member else data)
    return path


def sheet_part(title: str) -> str:
    """The zip member of a data sheet as openpyxl writes it (sheets numbered in order)."""
    return f"xl/worksheets/sheet{list(fmt.SHEETS).index(title) + 1}.xml"


def add_part(path: Path, member: str, size: int, *, chunk: int = 1024 * 1024) -> Path:
    """Add a part of ``size`` zero bytes (it compresses a thousandfold: a zip bomb)."""
    import zipfile

    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open(member, "w", force_zip64=True) as stream,
    ):
        zeros = bytes(chunk)
        for _ in range(size // chunk):
            stream.write(zeros)
    return path


def lie_about_size(path: Path, member: str, size: int) -> Path:
    """Make the local and central headers of ``member`` declare ``size`` unpacked bytes."""
    import struct
    import zipfile

    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    data = bytearray(path.read_bytes())
    name = member.encode()
    local = info.header_offset
    assert data[local : local + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, local + 22, size)
    central = data.rfind(b"PK\x01\x02", 0, len(data))
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == name:
            struct.pack_into("<I", data, central + 24, size)
            break
        central = data.rfind(b"PK\x01\x02", 0, central)
    else:
        raise AssertionError(f"{member} not in the central directory")
    path.write_bytes(bytes(data))
    return path
