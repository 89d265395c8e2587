"""Tests for housedesk.ui.users, driven through the real screen and dialogs as a volunteer would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from housedesk.common.codes import (
    Accessibility,
    ActivityType,
    Nature,
    Origin,
    TargetGroup,
    UserKind,
)
from housedesk.core import users
from housedesk.db import Database
from housedesk.db.models import Activity, User
from housedesk.ui.kit.i18n import code_label
from housedesk.ui.kit.widgets import RESIZE_ROWS
from housedesk.ui.users import (
    MAX_COLUMN_WIDTH,
    ActivityDialog,
    RegisterList,
    UserDialog,
    UsersScreen,
)
from tests.helpers.register import a_user, an_activity
from tests.helpers.rows import add_room, add_session
from tests.helpers.screens import show

# --------------------------------------------------------------------------- helpers


@pytest.fixture(autouse=True)
def quick_type_ahead(qapp: QApplication) -> Iterator[None]:
    """Typing into a list box starts a new search after a pause; keep the pause short."""
    interval = qapp.keyboardInputInterval()
    qapp.setKeyboardInputInterval(60)
    yield
    qapp.setKeyboardInputInterval(interval)


def users_screen(qtbot: QtBot, db: Database) -> UsersScreen:
    shown = show(qtbot, UsersScreen(db), (1200, 700))
    wait_active(qtbot, shown)
    return shown


@pytest.fixture
def screen(qtbot: QtBot, db: Database) -> UsersScreen:
    return users_screen(qtbot, db)


def give_history(db: Database, activity_id: int) -> None:
    """A session held in a new room R1, Grote zaal."""
    room = add_room(db, "R1", "Grote zaal", 80, created_at=None)
    add_session(db, activity_id, room, dt.date(2026, 5, 12), visitors=9)


def type_into(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an item the way a keyboard user does: focus the box and type its first letters.

    Only the letters before the first space: a space opens the list instead.
    """
    combo.setFocus()
    qtbot.wait(QApplication.keyboardInputInterval() + 10)  # a new search, not more of the last
    qtbot.keyClicks(combo, text.split(" ")[0])
    assert combo.currentText() == text


def wait_active(qtbot: QtBot, window: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def shown_rows(screen_list: RegisterList) -> list:
    return [screen_list.proxy.row_at(row) for row in range(screen_list.proxy.rowCount())]


def stored_users(db: Database) -> list[User]:
    with db.reading() as session:
        found = list(session.scalars(select(User).order_by(User.id)))
        session.expunge_all()  # keep their values readable after the session ends
        return found


def stored_activities(db: Database) -> list[Activity]:
    with db.reading() as session:
        found = list(session.scalars(select(Activity).order_by(Activity.id)))
        session.expunge_all()
        return found


def answer_next_question(button_text: str) -> list[str]:
    """Click ``button_text`` in the next message box that opens; returns what it asked."""
    asked: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text() == button_text)
        button.click()

    QTimer.singleShot(0, click)
    return asked


def open_user_dialog(qtbot: QtBot, screen: UsersScreen) -> UserDialog:
    screen.users.search.setFocus()  # the table is hidden behind the empty state at first
    qtbot.keyClick(screen.users.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.users.dialog
    assert isinstance(dialog, UserDialog)
    wait_active(qtbot, dialog)
    return dialog


# --------------------------------------------------------------------------- users


def test_creating_a_user_by_typing_and_pressing_enter(
    qtbot: QtBot, screen: UsersScreen, db: Database
) -> None:
    assert screen.users.body.currentWidget() is screen.users.empty
    dialog = open_user_dialog(qtbot, screen)
    assert QApplication.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name, "Zorgcooperatie Berghem")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.kind
    choose(qtbot, dialog.kind, code_label(UserKind.ZORG_WELZIJN, UserKind))
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.origin
    qtbot.keyClick(dialog.origin, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.fixed_tenant
    qtbot.keyClick(dialog.fixed_tenant, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.fixed_tenant, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.contact_name
    qtbot.keyClicks(dialog.contact_name, "Marian de Wit")
    qtbot.keyClick(dialog.contact_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "06 1234 5678")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "info@zorgcooperatieberghem.nl")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    assert not dialog.isVisible()
    [user] = stored_users(db)
    assert (user.name, user.kind, user.origin, user.fixed_tenant) == (
        "Zorgcooperatie Berghem",
        UserKind.ZORG_WELZIJN,
        Origin.EIGEN_KERN,
        True,
    )
    assert (user.contact_name, user.contact_phone, user.contact_email) == (
        "Marian de Wit",
        "06 1234 5678",
        "info@zorgcooperatieberghem.nl",
    )
    assert screen.users.body.currentWidget() is screen.users.table
    assert screen.users.current_row().name == "Zorgcooperatie Berghem"  # the new row is selected
    assert screen.users.count_label.text() == "1 shown"


def test_a_bad_email_shows_its_message_under_the_field_and_nothing_is_saved(
    qtbot: QtBot, screen: UsersScreen, db: Database
) -> None:
    dialog = open_user_dialog(qtbot, screen)
    qtbot.keyClicks(dialog.name, "Repair Cafe Berghem")
    choose(qtbot, dialog.kind, code_label(UserKind.INWONERSINITIATIEF, UserKind))
    type_into(qtbot, dialog.contact_email, "repaircafe at berghem.info")
    qtbot.keyClick(dialog.contact_email, Qt.Key.Key_Return)

    assert dialog.isVisible()
    error = dialog.errors["contact_email"]
    assert error.isVisible()
    assert error.text() == "Write an e-mail address like name@example.nl, without spaces."
    assert not dialog.errors["name"].isVisible()
    assert QApplication.focusWidget() is dialog.contact_email
    # The message sits right under its field.
    assert 0 < error.geometry().top() - dialog.contact_email.geometry().bottom() < 30
    assert stored_users(db) == []

    dialog.contact_email.clear()
    qtbot.keyClicks(dialog.contact_email, "repaircafe@berghem.info")
    qtbot.keyClick(dialog.contact_email, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [u.contact_email for u in stored_users(db)] == ["repaircafe@berghem.info"]


def test_a_bad_phone_number_and_a_missing_kind_are_shown_together(
    qtbot: QtBot, screen: UsersScreen, db: Database
) -> None:
    dialog = open_user_dialog(qtbot, screen)
    qtbot.keyClicks(dialog.name, "KBO Berghem")
    type_into(qtbot, dialog.contact_phone, "06-1234")
    qtbot.keyClick(dialog.contact_phone, Qt.Key.Key_Return)
    assert dialog.errors["kind"].text() == "Choose the kind of user."
    assert dialog.errors["contact_phone"].text().startswith("Write one phone number")
    assert QApplication.focusWidget() is dialog.kind  # the first field that needs work
    # The dialog grew, so that Save is still in view under the messages.
    assert dialog.rect().contains(dialog.save_button.geometry())
    assert stored_users(db) == []


@pytest.mark.parametrize("phone", ["+49 2821 123456", "14 0412"])
def test_a_foreign_number_and_the_municipalitys_14_are_taken(
    qtbot: QtBot, screen: UsersScreen, db: Database, phone: str
) -> None:
    dialog = open_user_dialog(qtbot, screen)
    qtbot.keyClicks(dialog.name, "Grensoverleg")
    choose(qtbot, dialog.kind, code_label(UserKind.GEMEENTE, UserKind))
    type_into(qtbot, dialog.contact_phone, phone)
    qtbot.keyClick(dialog.contact_phone, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.errors["contact_phone"].text()
    assert [u.contact_phone for u in stored_users(db)] == [phone]


def test_the_contact_person_is_marked_as_personal_data(qtbot: QtBot, screen: UsersScreen) -> None:
    dialog = open_user_dialog(qtbot, screen)
    note = dialog.findChild(QWidget, "privacyNote")
    assert note is not None and note.isVisible()
    assert "never exported" in note.text()
    assert note.geometry().bottom() < dialog.contact_name.geometry().top()


def test_escape_cancels_and_saves_nothing(qtbot: QtBot, screen: UsersScreen, db: Database) -> None:
    dialog = open_user_dialog(qtbot, screen)
    qtbot.keyClicks(dialog.name, "Schaakclub")
    choose(qtbot, dialog.kind, code_label(UserKind.VERENIGING, UserKind))
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert stored_users(db) == []
    assert screen.users.model.rowCount() == 0


def test_editing_a_user_from_the_list(qtbot: QtBot, db: Database) -> None:
    user_id = a_user(db, "kbo berghem")
    screen = users_screen(qtbot, db)
    screen.users.select_where(lambda row: row.id == user_id)
    qtbot.keyClick(screen.users.table, Qt.Key.Key_Return)  # Enter edits the selected row
    dialog = screen.users.dialog
    assert isinstance(dialog, UserDialog)
    wait_active(qtbot, dialog)
    assert dialog.name.text() == "kbo berghem"
    assert dialog.kind.code() is UserKind.VERENIGING
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "KBO Berghem")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert [u.name for u in stored_users(db)] == ["KBO Berghem"]
    assert screen.users.model.index(0, 0).data() == "KBO Berghem"


def test_every_control_of_the_dialogs_has_an_accessible_name(
    qtbot: QtBot, screen: UsersScreen, db: Database
) -> None:
    a_user(db, "KBO Berghem")
    screen.reload()
    dialogs = [UserDialog(db, None, screen), ActivityDialog(db, None, None, screen)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        controls = dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox)
        controls += dialog.findChildren(QCheckBox) + dialog.findChildren(QPlainTextEdit)
        controls += dialog.findChildren(QAbstractButton)
        for control in controls:
            assert control.accessibleName(), control.objectName() or type(control).__name__
    for tab in (screen.users, screen.activities):
        for control in tab.findChildren(QComboBox) + tab.findChildren(QPushButton):
            assert control.accessibleName() or control.text(), control.objectName()


# --------------------------------------------------------------------------- activities


def test_creating_an_activity_for_a_user_follows_its_kind(
    qtbot: QtBot, screen: UsersScreen, db: Database
) -> None:
    a_user(db, "KBO Berghem")
    dance = a_user(db, "Dansschool Ritme", UserKind.COMMERCIEEL)
    screen.reload()
    screen.users.select_where(lambda row: row.id == dance)
    qtbot.mouseClick(screen.users.new_activity_button, Qt.MouseButton.LeftButton)
    dialog = screen.activities.dialog
    assert isinstance(dialog, ActivityDialog)
    wait_active(qtbot, dialog)
    assert dialog.user.currentText() == "Dansschool Ritme"  # filled in from the user
    assert dialog.nature.code() is Nature.COMMERCIEEL  # as usual for a company
    assert QApplication.focusWidget() is dialog.name

    qtbot.keyClicks(dialog.name, "Salsales")
    choose(qtbot, dialog.type, code_label(ActivityType.BEWEGEN, ActivityType))
    adults = dialog.target_groups.boxes[TargetGroup.VOLWASSENEN]
    tick_box = QPoint(8, adults.height() // 2)  # on the box itself, not beyond a short label
    qtbot.mouseClick(adults, Qt.MouseButton.LeftButton, pos=tick_box)
    choose(qtbot, dialog.accessibility, code_label(Accessibility.AANMELDING, Accessibility))
    choose(qtbot, dialog.room, "No usual room")
    type_into(qtbot, dialog.times.start, "19:30")
    type_into(qtbot, dialog.times.end, "21.00")
    type_into(qtbot, dialog.usual_visitors, "16")
    qtbot.keyClick(dialog.usual_visitors, Qt.Key.Key_Return)

    assert not dialog.isVisible(), {k: e.text() for k, e in dialog.errors.items() if e.text()}
    [activity] = stored_activities(db)
    assert (activity.code, activity.name, activity.user_id) == ("A1", "Salsales", dance)
    assert (activity.type, activity.accessibility, activity.nature) == (
        ActivityType.BEWEGEN,
        Accessibility.AANMELDING,
        Nature.COMMERCIEEL,
    )
    assert (activity.default_start_min, activity.default_end_min) == (19 * 60 + 30, 21 * 60)
    assert activity.usual_visitors == 16
    assert [row.target_groups for row in users.list_activities(db)] == [(TargetGroup.VOLWASSENEN,)]
    # The volunteer stays on the users tab, where the count went up.
    assert screen.tabs.currentWidget() is screen.users
    assert screen.users.current_row().activity_count == 1
    assert [row.name for row in screen.activities.model.rows()] == ["Salsales"]


def test_the_nature_follows_the_chosen_user_until_the_volunteer_picks_one(
    qtbot: QtBot, screen: UsersScreen, db: Database
) -> None:
    a_user(db, "Fam. Pennings", UserKind.PARTICULIER)
    a_user(db, "KBO Berghem", UserKind.VERENIGING)
    screen.tabs.setCurrentWidget(screen.activities)
    screen.activities.search.setFocus()
    qtbot.keyClick(screen.activities.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.activities.dialog
    assert isinstance(dialog, ActivityDialog)
    wait_active(qtbot, dialog)
    assert dialog.nature.code() is None and QApplication.focusWidget() is dialog.user
    choose(qtbot, dialog.user, "Fam. Pennings")
    assert dialog.nature.code() is Nature.PARTICULIER
    choose(qtbot, dialog.user, "KBO Berghem")
    assert dialog.nature.code() is Nature.MAATSCHAPPELIJK
    # A private party of an association: the volunteer changes it, and it stays.
    choose(qtbot, dialog.nature, code_label(Nature.PARTICULIER, Nature))
    choose(qtbot, dialog.user, "Fam. Pennings")
    choose(qtbot, dialog.user, "KBO Berghem")
    assert dialog.nature.code() is Nature.PARTICULIER
    assert code_label(Nature.MAATSCHAPPELIJK, Nature) in dialog.nature_hint.text()


def test_a_bad_activity_shows_every_message_and_saves_nothing(
    qtbot: QtBot, screen: UsersScreen, db: Database
) -> None:
    a_user(db, "KBO Berghem")
    screen.activities.create_new()
    dialog = screen.activities.dialog
    assert isinstance(dialog, ActivityDialog)
    wait_active(qtbot, dialog)
    choose(qtbot, dialog.user, "KBO Berghem")
    type_into(qtbot, dialog.times.start, "22:00")
    type_into(qtbot, dialog.times.end, "04:30")
    qtbot.keyClick(dialog.times.end, Qt.Key.Key_Return)
    shown = {name for name, error in dialog.errors.items() if error.isVisible()}
    assert shown == {"name", "type", "target_groups", "accessibility", "default_times"}
    assert dialog.errors["default_times"].text() == (
        "The end must be after the start. A session may go on after midnight until 04:00: "
        "then the end is the next morning's time, e.g. 00:30."
    )
    assert QApplication.focusWidget() is dialog.name
    assert stored_activities(db) == []


def test_a_second_activity_of_the_same_name_for_a_user_is_refused_under_the_name(
    qtbot: QtBot, screen: UsersScreen, db: Database
) -> None:
    kbo = a_user(db, "KBO Berghem")
    an_activity(db, "Koersbal", user_id=kbo)
    screen.reload()
    screen.users.select_where(lambda row: row.id == kbo)
    qtbot.mouseClick(screen.users.new_activity_button, Qt.MouseButton.LeftButton)
    dialog = screen.activities.dialog
    assert isinstance(dialog, ActivityDialog)
    wait_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, " koersbal")
    choose(qtbot, dialog.type, code_label(ActivityType.BEWEGEN, ActivityType))
    seniors = dialog.target_groups.boxes[TargetGroup.OUDEREN]
    qtbot.mouseClick(seniors, Qt.MouseButton.LeftButton, pos=QPoint(8, seniors.height() // 2))
    choose(qtbot, dialog.accessibility, code_label(Accessibility.LEDEN, Accessibility))
    qtbot.keyClick(dialog.accessibility, Qt.Key.Key_Return)
    assert dialog.isVisible()
    shown = {name: error.text() for name, error in dialog.errors.items() if error.isVisible()}
    assert shown == {"name": "KBO Berghem already has an activity called Koersbal."}
    assert QApplication.focusWidget() is dialog.name
    assert [a.name for a in stored_activities(db)] == ["Koersbal"]
    qtbot.keyClick(dialog.name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.name, "Koersbal op dinsdag")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [a.name for a in stored_activities(db)] == ["Koersbal", "Koersbal op dinsdag"]


def test_enter_in_the_description_saves_and_shift_enter_starts_a_new_line(
    qtbot: QtBot, screen: UsersScreen, db: Database
) -> None:
    user_id = a_user(db, "Stichting Welzijn Maasland", UserKind.ZORG_WELZIJN)
    screen.activities.create_for(user_id)
    dialog = screen.activities.dialog
    assert isinstance(dialog, ActivityDialog)
    wait_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Rouwcafe")  # QTest types ASCII only
    choose(qtbot, dialog.type, code_label(ActivityType.ONDERSTEUNING, ActivityType))
    dialog.target_groups.boxes[TargetGroup.VOLWASSENEN].setChecked(True)
    choose(qtbot, dialog.accessibility, code_label(Accessibility.VRIJE_INLOOP, Accessibility))
    type_into(qtbot, dialog.description, "Voor wie een dierbare verloor.")
    qtbot.keyClick(dialog.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(dialog.description, "Geen aanmelding nodig.")
    qtbot.keyClick(dialog.description, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    [activity] = stored_activities(db)
    assert activity.description == "Voor wie een dierbare verloor.\nGeen aanmelding nodig."
    assert activity.accessibility is Accessibility.VRIJE_INLOOP


def test_a_bar_until_after_midnight_with_its_set_up_and_clean_up(
    qtbot: QtBot, screen: UsersScreen, db: Database
) -> None:
    user_id = a_user(db, "Café De Kroeg")
    activity_id = an_activity(db, "Bar", user_id=user_id)
    screen.tabs.setCurrentWidget(screen.activities)
    screen.activities.select_where(lambda row: row.id == activity_id)
    screen.activities.edit_current()
    dialog = screen.activities.dialog
    assert isinstance(dialog, ActivityDialog)
    wait_active(qtbot, dialog)
    assert dialog.setup.values() == (0, 0)
    type_into(qtbot, dialog.times.start, "19:00")
    type_into(qtbot, dialog.times.end, "00:30")
    for box, minutes in ((dialog.setup.setup, "30"), (dialog.setup.teardown, "45")):
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(box, minutes)
    qtbot.keyClick(dialog.setup.teardown, Qt.Key.Key_Return)
    assert not dialog.isVisible(), {k: e.text() for k, e in dialog.errors.items() if e.text()}
    row = users.get_activity(db, activity_id)
    assert (row.default_times, row.setup_min, row.teardown_min) == ("19:00–00:30", 30, 45)


def test_editing_an_activity_keeps_its_code(
    qtbot: QtBot, screen: UsersScreen, db: Database
) -> None:
    user_id = a_user(db, "Koor")
    an_activity(db, "Kerstconcert", user_id=user_id)
    activity_id = an_activity(
        db,
        "Koorrepetitie",
        user_id=user_id,
        target_groups=(TargetGroup.VOLWASSENEN, TargetGroup.OUDEREN),
        default_start="20:00",
        default_end="22:00",
        usual_visitors=34,
    )
    screen.tabs.setCurrentWidget(screen.activities)
    screen.activities.select_where(lambda row: row.id == activity_id)
    screen.activities.edit_current()
    dialog = screen.activities.dialog
    assert isinstance(dialog, ActivityDialog)
    wait_active(qtbot, dialog)
    assert dialog.windowTitle() == "Edit activity A2"
    assert (dialog.times.start.text(), dialog.times.end.text()) == ("20:00", "22:00")
    assert dialog.target_groups.codes() == [TargetGroup.VOLWASSENEN, TargetGroup.OUDEREN]
    assert dialog.usual_visitors.text() == "34"
    dialog.target_groups.boxes[TargetGroup.OUDEREN].setChecked(False)
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Repetitie gemengd koor")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    row = users.get_activity(db, activity_id)
    assert (row.code, row.name, row.target_groups) == (
        "A2",
        "Repetitie gemengd koor",
        (TargetGroup.VOLWASSENEN,),
    )
    assert screen.activities.current_row().id == activity_id


# --------------------------------------------------------------------------- archiving, deleting


def test_archiving_a_user_with_history_hides_it_and_show_archived_brings_it_in_view(
    qtbot: QtBot, screen: UsersScreen, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    chess = a_user(db, "Schaakclub De Witte Dame")
    evening = an_activity(db, "Schaakavond", user_id=chess)
    give_history(db, evening)
    a_user(db, "KBO Berghem")
    screen.reload()
    asked: list[str] = []

    def confirm(text: str, action: str, risky: bool = False) -> bool:
        asked.append(action)
        return True

    monkeypatch.setattr(screen.users, "confirm", confirm)
    screen.users.select_where(lambda row: row.id == chess)
    assert screen.users.remove_button.text() == "&Archive…"
    qtbot.mouseClick(screen.users.remove_button, Qt.MouseButton.LeftButton)

    assert asked == ["Archive"]
    assert users.get_user(db, chess).archived
    assert users.get_activity(db, evening).archived  # archived along with it
    assert [row.name for row in shown_rows(screen.users)] == ["KBO Berghem"]
    assert shown_rows(screen.activities) == []
    assert [choice.name for choice in users.pickable_users(db)] == ["KBO Berghem"]

    qtbot.mouseClick(screen.users.show_archived, Qt.MouseButton.LeftButton)
    archived = next(row for row in shown_rows(screen.users) if row.id == chess)
    source_row = screen.users.model.rows().index(archived)
    name_cell = screen.users.model.index(source_row, 0)
    assert name_cell.data() == "Schaakclub De Witte Dame (archived)"
    assert name_cell.data(Qt.ItemDataRole.FontRole).italic()
    assert screen.users.model.index(source_row, 4).data() == "1"  # the activity that went with it

    screen.users.select_where(lambda row: row.id == chess)
    assert screen.users.remove_button.text() == "&Bring back"
    assert not screen.users.new_activity_button.isEnabled()
    qtbot.mouseClick(screen.users.remove_button, Qt.MouseButton.LeftButton)
    assert not users.get_user(db, chess).archived
    assert not users.get_activity(db, evening).archived
    assert [row.name for row in screen.activities.model.rows()] == ["Schaakavond"]


def test_deleting_an_activity_without_history_asks_first(
    qtbot: QtBot, screen: UsersScreen, db: Database
) -> None:
    user_id = a_user(db, "Fam. De Bruijn", UserKind.PARTICULIER)
    party = an_activity(db, "Verjaardag", user_id=user_id, type=ActivityType.VIERING)
    screen.tabs.setCurrentWidget(screen.activities)
    screen.activities.reload()
    screen.activities.select_where(lambda row: row.id == party)
    assert screen.activities.remove_button.text() == "&Delete…"

    asked = answer_next_question("Cancel")
    qtbot.keyClick(screen.activities.table, Qt.Key.Key_Delete)
    assert asked and "Verjaardag" in asked[0]
    assert len(stored_activities(db)) == 1

    asked = answer_next_question("Delete")
    qtbot.mouseClick(screen.activities.remove_button, Qt.MouseButton.LeftButton)
    assert asked
    assert stored_activities(db) == []
    assert screen.activities.model.rowCount() == 0
    assert screen.users.model.rows()[0].activity_count == 0


def test_an_activity_with_history_is_archived_and_leaves_the_pickers(
    qtbot: QtBot, screen: UsersScreen, db: Database
) -> None:
    user_id = a_user(db, "KBO Berghem")
    soos = an_activity(db, "Seniorensoos", user_id=user_id)
    give_history(db, soos)
    screen.tabs.setCurrentWidget(screen.activities)
    screen.activities.reload()
    screen.activities.select_where(lambda row: row.id == soos)
    asked = answer_next_question("Archive")
    qtbot.mouseClick(screen.activities.remove_button, Qt.MouseButton.LeftButton)
    assert asked and "history stays" in asked[0]
    assert users.pickable_activities(db) == []
    assert shown_rows(screen.activities) == []
    assert screen.activities.count_label.text() == "0 of 1 shown"
    assert stored_activities(db)[0].archived_at is not None


# --------------------------------------------------------------------------- filtering, sorting


@pytest.fixture
def filled(db: Database) -> Database:
    kbo = a_user(db, "KBO Berghem")
    dribbel = a_user(db, "Kinderopvang Dribbel", UserKind.ONDERWIJS_JEUGD)
    welzijn = a_user(db, "Stichting Welzijn Maasland", UserKind.ZORG_WELZIJN)
    an_activity(db, "Koersbal", user_id=kbo, type=ActivityType.BEWEGEN, target_groups=("ouderen",))
    an_activity(db, "Seniorensoos", user_id=kbo, target_groups=("ouderen",))
    for number in range(8):  # enough rows that codes reach two digits
        an_activity(
            db,
            f"BSO-middag {number + 1}",
            user_id=dribbel,
            type=ActivityType.JEUGD,
            target_groups=("kinderen",),
            accessibility=Accessibility.AANMELDING,
        )
    an_activity(
        db,
        "Rouwcafé",
        user_id=welzijn,
        type=ActivityType.ONDERSTEUNING,
        target_groups=("volwassenen", "ouderen"),
        default_start="19:30",
        default_end="21:30",
    )
    return db


def test_searching_and_filtering_users_as_you_type(qtbot: QtBot, filled: Database) -> None:
    screen = users_screen(qtbot, filled)
    # Not the tab bar: the search field is the first stop, where Ctrl+N and Ctrl+F work.
    assert QApplication.focusWidget() is screen.users.search
    screen.users.take_focus()
    assert QApplication.focusWidget() is screen.users.table
    qtbot.keyClick(screen.users.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is screen.users.search
    qtbot.keyClicks(screen.users.search, "berg")
    assert [row.name for row in shown_rows(screen.users)] == ["KBO Berghem"]
    screen.users.search.clear()
    qtbot.keyClicks(screen.users.search, code_label(UserKind.ZORG_WELZIJN, UserKind).lower())
    assert [row.name for row in shown_rows(screen.users)] == ["Stichting Welzijn Maasland"]
    screen.users.search.clear()
    choose(qtbot, screen.users.kind_filter, code_label(UserKind.ONDERWIJS_JEUGD, UserKind))
    assert [row.name for row in shown_rows(screen.users)] == ["Kinderopvang Dribbel"]
    assert screen.users.count_label.text() == "1 of 3 shown"


def test_filtering_activities_by_type_target_group_and_user(qtbot: QtBot, filled: Database) -> None:
    screen = UsersScreen(filled)
    qtbot.addWidget(screen)
    screen.show()
    screen.tabs.setCurrentWidget(screen.activities)
    qtbot.waitExposed(screen.activities)
    activities = screen.activities
    assert activities.proxy.rowCount() == 11
    choose(qtbot, activities.group_filter, code_label(TargetGroup.OUDEREN, TargetGroup))
    assert {row.name for row in shown_rows(activities)} == {"Koersbal", "Seniorensoos", "Rouwcafé"}
    choose(qtbot, activities.type_filter, code_label(ActivityType.BEWEGEN, ActivityType))
    assert [row.name for row in shown_rows(activities)] == ["Koersbal"]
    activities.type_filter.choose(None)
    choose(qtbot, activities.user_filter, "Stichting Welzijn Maasland")
    assert [row.name for row in shown_rows(activities)] == ["Rouwcafé"]
    activities.group_filter.choose(None)
    activities.user_filter.choose(None)
    qtbot.keyClicks(activities.search, "rouw")  # a typed search combines with the filters
    assert [row.name for row in shown_rows(activities)] == ["Rouwcafé"]
    activities.search.clear()
    qtbot.keyClicks(activities.search, code_label(TargetGroup.KINDEREN, TargetGroup))
    assert len(shown_rows(activities)) == 8


def test_show_activities_of_a_user_switches_tab_and_filters(qtbot: QtBot, filled: Database) -> None:
    screen = users_screen(qtbot, filled)
    screen.users.select_where(lambda row: row.name == "KBO Berghem")
    qtbot.mouseClick(screen.users.activities_button, Qt.MouseButton.LeftButton)
    assert screen.tabs.currentWidget() is screen.activities
    assert screen.activities.user_filter.currentText() == "KBO Berghem"
    assert {row.name for row in shown_rows(screen.activities)} == {"Koersbal", "Seniorensoos"}


def sorted_by(screen_list: RegisterList, column: int, order: Qt.SortOrder) -> list:
    screen_list.table.sortByColumn(column, order)
    return shown_rows(screen_list)


def test_every_column_sorts(qtbot: QtBot, filled: Database) -> None:
    screen = UsersScreen(filled)
    qtbot.addWidget(screen)
    screen.reload()
    activities = screen.activities
    codes = [row.code for row in sorted_by(activities, 0, Qt.SortOrder.AscendingOrder)]
    assert codes == [f"A{number}" for number in range(1, 12)]  # A2 before A10
    for column in range(activities.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            rows = sorted_by(activities, column, order)
            keys = [activities.model.columns[column].text(row).casefold() for row in rows]
            if activities.model.columns[column].sort_key is None:
                expected = sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
                assert keys == expected
    by_count = sorted_by(screen.users, 4, Qt.SortOrder.DescendingOrder)
    assert [row.name for row in by_count] == [
        "Kinderopvang Dribbel",
        "KBO Berghem",
        "Stichting Welzijn Maasland",
    ]


def test_the_models_pass_qts_model_checks(qtbot: QtBot, qtmodeltester, filled: Database) -> None:
    screen = UsersScreen(filled)
    qtbot.addWidget(screen)
    screen.reload()
    screen.activities.show_archived.setChecked(True)
    screen.activities.group_filter.choose(TargetGroup.OUDEREN)
    screen.users.search.setText("a")
    for model in (
        screen.users.model,
        screen.users.proxy,
        screen.activities.model,
        screen.activities.proxy,
    ):
        qtmodeltester.check(model)


# --------------------------------------------------------------------------- the demo house


def test_the_demo_house_is_shown_correctly(qtbot: QtBot, db: Database) -> None:
    demo = pytest.importorskip("housedesk.core.demo.builder")
    demo.generate_demo(db, years=1, seed=1, today=dt.date(2026, 11, 25))
    every_user = users.list_users(db)
    every_activity = users.list_activities(db)
    screen = users_screen(qtbot, db)
    screen.activities.reload()

    current_users = [row for row in every_user if not row.archived]
    assert screen.users.proxy.rowCount() == len(current_users) < len(every_user)
    current = [row for row in every_activity if not row.archived]
    assert screen.activities.proxy.rowCount() == len(current) < len(every_activity)

    def cells(screen_list: RegisterList, found: Callable[[object], bool]) -> list[str]:
        model = screen_list.model
        row = next(i for i, item in enumerate(model.rows()) if found(item))
        return [model.index(row, column).data() for column in range(model.columnCount())]

    grief = cells(screen.activities, lambda row: row.name == "Rouwcafé")
    assert grief[1:4] == [
        "Rouwcafé",
        "Stichting Welzijn Maasland",
        code_label(ActivityType.ONDERSTEUNING, ActivityType),
    ]
    assert grief[4] == code_label(Accessibility.VRIJE_INLOOP, Accessibility)
    assert grief[6].startswith("19:30–21:30, ")
    after_school = next(row for row in every_activity if row.name == "BSO-club De Schakel")
    assert after_school.target_groups == (TargetGroup.KINDEREN,)
    kbo = cells(screen.users, lambda row: row.name == "KBO Berghem")
    kbo_row = next(row for row in every_user if row.name == "KBO Berghem")
    assert kbo[4] == str(kbo_row.activity_count)
    assert kbo[6] == kbo_row.contact_phone
    assert screen.users.model.index(0, 0).parent() == QModelIndex()


# --------------------------------------------------------------------------- column widths


def test_columns_fit_their_contents_as_qt_would_measure_them(
    qtbot: QtBot, filled: Database
) -> None:
    a_user(filled, "Vereniging tot Behoud van het Oude Dorpshuis en de Molen van Berghem")
    screen = users_screen(qtbot, filled)
    screen.tabs.setCurrentWidget(screen.activities)
    for screen_list in (screen.users, screen.activities):
        qtbot.waitUntil(lambda shown=screen_list: shown._sized)
        header = screen_list.table.horizontalHeader()
        sized = [header.sectionSize(column) for column in range(header.count())]
        measured = screen_list._content_widths()
        # The last column takes the room that is left.
        assert sized[:-1] == [min(width + 12, MAX_COLUMN_WIDTH) for width in measured[:-1]]
        header.setResizeContentsPrecision(RESIZE_ROWS)
        screen_list.table.resizeColumnsToContents()
        by_qt = [header.sectionSize(column) for column in range(header.count())]
        assert all(abs(ours - theirs) <= 2 for ours, theirs in zip(measured, by_qt, strict=True))
    names = [row.name for row in shown_rows(screen.users)]
    widest = max(screen.users.table.fontMetrics().horizontalAdvance(name) for name in names)
    assert widest > MAX_COLUMN_WIDTH  # the long name is cut off, not the whole list widened
    assert screen.users._content_widths()[0] > MAX_COLUMN_WIDTH


def test_a_phone_number_typed_in_an_activity_name_is_warned_about_unless_it_stays_inside(
    qtbot: QtBot, screen: UsersScreen, db: Database
) -> None:
    a_user(db, "Fam. Pennings", UserKind.PARTICULIER)
    a_user(db, "KBO Berghem", UserKind.VERENIGING)
    screen.tabs.setCurrentWidget(screen.activities)
    screen.activities.search.setFocus()
    qtbot.keyClick(screen.activities.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.activities.dialog
    assert isinstance(dialog, ActivityDialog)
    wait_active(qtbot, dialog)
    warning = dialog.warnings["name"]
    choose(qtbot, dialog.user, "KBO Berghem")
    type_into(qtbot, dialog.name, "Koersbal, opgeven 0412 123456")
    assert warning.isVisible()
    assert warning.text().startswith("This looks like a phone number (0412 123456)")
    # A private rental's name is never exported nor published: nothing to warn about.
    choose(qtbot, dialog.user, "Fam. Pennings")
    assert dialog.nature.code() is Nature.PARTICULIER and not warning.isVisible()
    choose(qtbot, dialog.user, "KBO Berghem")
    assert warning.isVisible()
    choose(qtbot, dialog.nature, code_label(Nature.PARTICULIER, Nature))
    assert not warning.isVisible()
    choose(qtbot, dialog.nature, code_label(Nature.MAATSCHAPPELIJK, Nature))
    assert warning.isVisible()
    # The description stays in the house: no warning there.
    type_into(qtbot, dialog.description, "Contact: jan@example.nl")
    assert set(dialog.warnings) == {"name"}


def test_a_minus_sign_in_the_usual_visitors_is_said_not_dropped(
    qtbot: QtBot, screen: UsersScreen, db: Database
) -> None:
    a_user(db, "KBO Berghem")
    screen.activities.create_new()
    dialog = screen.activities.dialog
    assert isinstance(dialog, ActivityDialog)
    wait_active(qtbot, dialog)
    type_into(qtbot, dialog.usual_visitors, "-5")
    qtbot.keyClick(dialog.usual_visitors, Qt.Key.Key_Return)
    assert dialog.usual_visitors.text() == "-5"  # not 5
    assert "-5 is less than 0" in dialog.errors["usual_visitors"].text()
    assert dialog.isVisible() and stored_activities(db) == []
    dialog.reject()


def test_a_long_name_is_kept_to_its_maximum_with_a_message(
    qtbot: QtBot, screen: UsersScreen, db: Database
) -> None:
    screen.users.create_new()
    dialog = screen.users.dialog
    assert isinstance(dialog, UserDialog)
    wait_active(qtbot, dialog)
    type_into(qtbot, dialog.name, "Vereniging " * 19)  # 209 characters
    assert len(dialog.name.text()) == users.NAME_MAX
    message = dialog.errors["name"]
    assert message.isVisible() and "At most 200 characters" in message.text()
    dialog.reject()
