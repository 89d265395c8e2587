"""Tests of the printable week and day sheets: the PDF, what it holds, its dialog and command."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from housedesk.common.codes import BookingStatus, UserKind
from housedesk.core import rooms
from housedesk.core.agenda import bookings as agenda
from housedesk.db import Database
from housedesk.ui.agenda.screen import AgendaScreen
from housedesk.ui.agenda.sheet import PrintDialog, SheetRange, write_sheet
from housedesk.ui.kit import clock
from housedesk.ui.kit.dates import format_date
from tests.helpers.painting import drawn_texts
from tests.helpers.processes import run_housedesk
from tests.helpers.register import a_house_with_a_club, an_activity

MONDAY = dt.date(2027, 1, 11)
TUESDAY = MONDAY + dt.timedelta(days=1)
#: What must never be on a sheet: the users, their contact person, a private person, reasons.
LATER = "Changes after that are not on it."
DUTCH_DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
DUTCH_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
PERSONAL = ("Biljartclub", "Jan Contactpersoon", "0412", "example.invalid", "Pietersen", "ziek")


@pytest.fixture
def house(house_db: Database) -> Database:
    db = house_db
    hall, small, club = a_house_with_a_club(db)
    bingo = an_activity(db, "Bingo", user_id=club)
    party = an_activity(db, "Feest Pietersen", user="Mevr. Pietersen", kind=UserKind.PARTICULIER)
    agenda.book_session(db, bingo, hall, TUESDAY, "19:00", "22:00")
    agenda.book_session(db, party, small, TUESDAY, "14:00", "17:00")
    off = agenda.book_session(db, bingo, hall, MONDAY, "10:00", "12:00")
    agenda.set_status(db, off.id, BookingStatus.GEANNULEERD, "Jan is ziek", today=MONDAY)
    rooms.create_closure(
        db, MONDAY + dt.timedelta(days=4), MONDAY + dt.timedelta(days=4), "Onderhoud"
    )
    return db


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def pdf_text(path: Path) -> str | None:
    """The text of the PDF as a reader finds it, where poppler's pdftotext is installed."""
    if shutil.which("pdftotext") is None:
        return None
    done = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, encoding="utf-8", check=True
    )
    return done.stdout


def test_the_week_sheet_is_one_page_of_times_rooms_and_names(
    qapp, house: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "sheets"
    folder.mkdir()
    target = folder / "week.pdf"
    with drawn_texts() as texts:
        pages = write_sheet(house, SheetRange.week_of(TUESDAY), target)
    pdf = target.read_bytes()
    assert pages == 1 and page_count(pdf) == 1 and pdf.startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["week.pdf"]  # no temporary file left
    for expected in (
        "Gemeenschapshuis De Schakel",
        "Week 2: 11 January to 17 January 2027",
        "Grote zaal",
        "19:00–22:00",
        "Bingo",
        "Particuliere verhuur",
        "Bingo (cancelled)",
        "Closed: Onderhoud",
    ):
        assert any(expected in text for text in texts), expected
    for personal in PERSONAL:
        assert not [text for text in texts if personal in text], personal
    text = pdf_text(target)
    if text is not None:  # and so a reader of the file finds it too
        assert "Bingo" in text and "Particuliere verhuur" in text
        assert not [personal for personal in PERSONAL if personal in text]


def test_a_sheet_says_the_day_it_was_made_by_the_screens_clock(
    qapp, house: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "source", lambda: dt.datetime(2027, 1, 8, 16, 0))
    with drawn_texts() as texts:
        write_sheet(house, SheetRange.week_of(MONDAY), tmp_path / "week.pdf")
    made = [text for text in texts if text.startswith("Made by housedesk on")]
    assert made == [f"Made by housedesk on {format_date(dt.date(2027, 1, 8))}. " + LATER]


def test_a_week_sheet_names_every_day_the_same_way(
    qtbot: QtBot, house: Database, tmp_path: Path, make_app
) -> None:
    make_app(house, "nl")  # Dutch weekdays: "dinsdag" fits a column, "donderdag" does not
    with drawn_texts() as texts:
        write_sheet(house, SheetRange.week_of(MONDAY), tmp_path / "week.pdf")
    days = [f"{day} {number} jan" for day, number in zip(DUTCH_DAYS, range(11, 18), strict=True)]
    long = [f"{name} {number} jan" for name, number in zip(DUTCH_NAMES, range(11, 18), strict=True)]
    headers = [text for text in texts if text.endswith(" jan") and text[-6:-4].strip().isdigit()]
    assert headers in (days, long)


def test_the_day_sheet_lists_the_day_by_time(qapp, house: Database, tmp_path: Path) -> None:
    target = tmp_path / "dag.pdf"
    with drawn_texts() as texts:
        assert write_sheet(house, SheetRange.day(TUESDAY), target) == 1
    assert page_count(target.read_bytes()) == 1
    lines = [line for text in texts for line in text.split("\n")]
    assert lines.index("14:00–17:00") < lines.index("19:00–22:00")
    assert "Particuliere verhuur" in lines and "Bingo" in lines
    assert not [text for text in texts for personal in PERSONAL if personal in text]


def test_a_house_of_many_rooms_goes_on_over_pages(qapp, house: Database, tmp_path: Path) -> None:
    for number in range(3, 16):
        room = rooms.create_room(house, f"Zaal {number}", 10).id
        activity = an_activity(house, f"Cursus {number}")
        for day in range(4):  # Friday the house is closed
            for start in ("9:00", "13:00", "19:00"):
                end = f"{int(start.split(':')[0]) + 2}:00"
                agenda.book_session(
                    house, activity, room, MONDAY + dt.timedelta(days=day), start, end
                )
    target = tmp_path / "week.pdf"
    with drawn_texts() as texts:
        pages = write_sheet(house, SheetRange.week_of(MONDAY), target)
    assert pages > 1 and page_count(target.read_bytes()) == pages
    assert texts.count("Page 2") == 1
    assert sum(texts.count(day) for day in ("Mon 11 Jan", "Monday 11 Jan")) == pages


def test_print_from_the_agenda_saves_the_day_chosen(
    qtbot: QtBot, house: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = AgendaScreen(house)
    qtbot.addWidget(screen)
    screen.set_today(TUESDAY)
    screen.show()
    target = tmp_path / "bar"
    offered: list[str] = []
    monkeypatch.setattr(
        "housedesk.ui.agenda.sheet.choose_pdf_file",
        lambda parent, suggested: offered.append(suggested) or target,
    )
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, PrintDialog)
    qtbot.waitExposed(dialog)
    assert dialog.week_choice.isChecked() and not dialog.day_box.isEnabled()
    on_its_label = QPoint(12, dialog.day_choice.height() // 2)  # the button is wider than that
    qtbot.mouseClick(dialog.day_choice, Qt.MouseButton.LeftButton, pos=on_its_label)
    assert dialog.day_box.isEnabled() and dialog.day_box.currentData() == TUESDAY
    dialog.day_box.setFocus()
    qtbot.keyClick(dialog.day_box, Qt.Key.Key_Down)  # Wednesday
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert offered == ["dag-2027-01-13.pdf"]
    saved = tmp_path / "bar.pdf"
    assert page_count(saved.read_bytes()) == 1
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert str(saved) in screen.message.text()


def test_print_offers_next_week_for_the_notice_board(
    qtbot: QtBot, house: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = AgendaScreen(house)
    qtbot.addWidget(screen)
    screen.set_today(TUESDAY)
    screen.show()
    offered: list[str] = []
    monkeypatch.setattr(
        "housedesk.ui.agenda.sheet.choose_pdf_file",
        lambda parent, suggested: offered.append(suggested) or tmp_path / "prikbord",
    )
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, PrintDialog)
    qtbot.waitExposed(dialog)
    on_its_label = QPoint(12, dialog.next_week_choice.height() // 2)
    qtbot.mouseClick(dialog.next_week_choice, Qt.MouseButton.LeftButton, pos=on_its_label)
    assert dialog.next_week_choice.isChecked() and not dialog.day_box.isEnabled()
    assert dialog.sheet() == SheetRange.week_of(MONDAY + dt.timedelta(days=7))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert offered == [SheetRange.week_of(MONDAY + dt.timedelta(days=7)).file_name()]
    assert page_count((tmp_path / "prikbord.pdf").read_bytes()) >= 1


def test_the_command_writes_a_week_without_a_screen(house: Database, tmp_path: Path) -> None:
    target = tmp_path / "week.pdf"
    args = ("agenda-sheet", "--db", str(house.path), "--week", "2027-W02", "--pdf", str(target))
    house.close()
    done = run_housedesk(*args, cwd=tmp_path, qt_platform=None)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{target} (1 page)"
    assert page_count(target.read_bytes()) == 1
    again = run_housedesk(*args, cwd=tmp_path, qt_platform=None)
    assert again.returncode == 2 and "--force" in again.stderr
    assert run_housedesk(*args, "--force", cwd=tmp_path, qt_platform=None).returncode == 0
    text = pdf_text(target)
    if text is not None:
        assert "Bingo" in text and not [p for p in PERSONAL if p in text]
        assert "Week 2" in text and "januari" in text  # Dutch, as the house reads it


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [("--week", "2027-W54", "not a week"), ("--day", "12-01-2027", "not a date")],
)
def test_a_bad_week_or_day_exits_with_2_and_one_line(
    house: Database, tmp_path: Path, option: str, value: str, message: str
) -> None:
    house.close()
    done = run_housedesk(
        "agenda-sheet", "--db", str(house.path), option, value, "--pdf", "x.pdf", cwd=tmp_path
    )
    assert done.returncode == 2 and message in done.stderr and done.stderr.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()
