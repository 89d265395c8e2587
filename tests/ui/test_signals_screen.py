"""Tests for housedesk.ui.signals: the Signals screen and its dialog, used by keyboard and mouse."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from housedesk.common.codes import SignalKind, SignalStatus
from housedesk.common.periods import Period, quarter_of
from housedesk.core import signals
from housedesk.core.signals import SignalRow, SignalValues
from housedesk.db import Database
from housedesk.ui.kit.i18n import code_label
from housedesk.ui.signals import (
    PeriodPicker,
    SignalDialog,
    SignalsScreen,
    format_date,
    list_date,
    preview,
)
from tests.helpers.screens import retype, show

TODAY = dt.date.today()


@pytest.fixture
def screen(qtbot: QtBot, house_db: Database) -> SignalsScreen:
    return show(qtbot, SignalsScreen(house_db), (1100, 600))


def add(db: Database, theme: str, **changes: object) -> SignalRow:
    values = {"date": TODAY, "kind": SignalKind.WENS, "theme": theme, **changes}
    return signals.create_signal(db, SignalValues(**values))  # type: ignore[arg-type]


def shown_themes(screen: SignalsScreen) -> list[str]:
    return [screen.proxy.row_at(row).theme for row in range(screen.proxy.rowCount())]


def open_new(qtbot: QtBot, screen: SignalsScreen) -> SignalDialog:
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    return opened(qtbot, screen)


def opened(qtbot: QtBot, screen: SignalsScreen) -> SignalDialog:
    """The dialog the screen just opened, once it has the keyboard (as a window manager does)."""
    dialog = screen.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def choose_kind(qtbot: QtBot, dialog: SignalDialog, kind: SignalKind) -> None:
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, code_label(kind, SignalKind))


def test_an_empty_register_tells_what_to_do(screen: SignalsScreen) -> None:
    assert screen.body.currentWidget() is screen.empty
    assert "Ctrl+N" in screen.empty.text()
    assert not screen.edit_button.isEnabled()
    assert not screen.delete_button.isEnabled()


def test_registering_a_signal_by_typing_and_enter(
    qtbot: QtBot, screen: SignalsScreen, house_db: Database
) -> None:
    dialog = open_new(qtbot, screen)
    assert QApplication.focusWidget() is dialog.kind
    assert dialog.date.value() == TODAY
    assert not dialog.shareable.isChecked()
    qtbot.keyClicks(dialog.kind, code_label(SignalKind.KLACHT, SignalKind))
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.theme
    qtbot.keyClicks(dialog.theme, "verlichting hondenveld")
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Het is er 's avonds aardedonker.")
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    [row] = signals.list_signals(house_db)
    assert (row.date, row.kind, row.theme, row.text) == (
        TODAY,
        SignalKind.KLACHT,
        "verlichting hondenveld",
        "Het is er 's avonds aardedonker.",
    )
    assert row.shareable is False
    assert row.status is SignalStatus.NIEUW
    assert row.passed_to is None
    assert screen.body.currentWidget() is screen.table
    assert screen.current_row() == row
    assert "verlichting hondenveld" in screen.feedback.text()


def test_ctrl_n_opens_the_dialog(qtbot: QtBot, screen: SignalsScreen) -> None:
    screen.activateWindow()
    screen.search.setFocus()
    qtbot.keyClick(screen.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(screen.dialog, SignalDialog)
    assert screen.dialog.signal is None


def test_a_missing_theme_is_shown_under_the_field_and_nothing_is_saved(
    qtbot: QtBot, screen: SignalsScreen, house_db: Database
) -> None:
    dialog = open_new(qtbot, screen)
    choose_kind(qtbot, dialog, SignalKind.IDEE)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors["theme"].isVisible()
    assert dialog.errors["theme"].text() == "Enter the theme: in a few words, what it is about."
    assert not dialog.errors["kind"].isVisible()
    assert QApplication.focusWidget() is dialog.theme
    assert signals.list_signals(house_db) == []


def test_a_kind_must_be_chosen(qtbot: QtBot, screen: SignalsScreen, house_db: Database) -> None:
    dialog = open_new(qtbot, screen)
    dialog.theme.setFocus()
    qtbot.keyClicks(dialog.theme, "bankje bij de bushalte")
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Return)
    assert dialog.errors["kind"].text() == "Choose the kind of signal."
    assert QApplication.focusWidget() is dialog.kind
    assert signals.list_signals(house_db) == []


def test_escape_cancels(qtbot: QtBot, screen: SignalsScreen, house_db: Database) -> None:
    dialog = open_new(qtbot, screen)
    choose_kind(qtbot, dialog, SignalKind.WENS)
    dialog.theme.setFocus()
    qtbot.keyClicks(dialog.theme, "bankje bij de bushalte")
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert signals.list_signals(house_db) == []
    assert screen.body.currentWidget() is screen.empty


def test_a_date_in_the_future_is_refused_with_the_reason(
    qtbot: QtBot, screen: SignalsScreen, house_db: Database
) -> None:
    dialog = open_new(qtbot, screen)
    choose_kind(qtbot, dialog, SignalKind.WENS)
    qtbot.keyClicks(dialog.theme, "bankje")
    next_year = dt.date(TODAY.year + 1, 1, 1)
    retype(qtbot, dialog.date, next_year.strftime("%d-%m-%Y"))
    assert dialog.date.text() == next_year.strftime("%d-%m-%Y")  # not moved to today
    assert "up to today" in dialog.errors["date"].text()
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Return)
    assert dialog.isVisible() and signals.list_signals(house_db) == []
    retype(qtbot, dialog.date, "gisteren")
    assert not dialog.errors["date"].isVisible()
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Return)
    [saved] = signals.list_signals(house_db)
    assert saved.date == TODAY - dt.timedelta(days=1)


def test_sharing_is_explained_and_a_phone_number_is_not_shared(
    qtbot: QtBot, screen: SignalsScreen, house_db: Database
) -> None:
    dialog = open_new(qtbot, screen)
    assert "quarterly export" in dialog.share_note.text()
    assert "personal data" in dialog.share_note.text()
    choose_kind(qtbot, dialog, SignalKind.ZORG)
    dialog.theme.setFocus()
    qtbot.keyClicks(dialog.theme, "eenzaamheid")
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Mevrouw wil teruggebeld worden: 06-12345678")
    dialog.shareable.setFocus()
    qtbot.keyClick(dialog.shareable, Qt.Key.Key_Space)
    assert dialog.shareable.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["text"].isVisible()
    assert signals.list_signals(house_db) == []
    qtbot.keyClick(dialog.shareable, Qt.Key.Key_Space)  # not shared after all
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [row] = signals.list_signals(house_db)
    assert row.shareable is False
    assert row.text == "Mevrouw wil teruggebeld worden: 06-12345678"


def test_a_shared_text_that_names_a_resident_is_warned_about_as_it_is_typed(
    qtbot: QtBot, screen: SignalsScreen, house_db: Database
) -> None:
    dialog = open_new(qtbot, screen)
    choose_kind(qtbot, dialog, SignalKind.KLACHT)
    dialog.theme.setFocus()
    qtbot.keyClicks(dialog.theme, "overlast")
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Mevrouw Jansen van Dorpsstraat 4 hoort de muziek")
    warning = dialog.warnings["text"]
    assert not warning.isVisible()  # not shared: it stays in the house
    dialog.shareable.setFocus()
    qtbot.keyClick(dialog.shareable, Qt.Key.Key_Space)
    assert warning.isVisible()
    assert "a name with a title (Mevrouw Jansen)" in warning.text()
    dialog.text.setFocus()
    qtbot.keyClick(dialog.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.text, "Een bewoner van Dorpsstraat 4 hoort de muziek")
    assert "a street and house number (Dorpsstraat 4)" in warning.text()
    qtbot.keyClick(dialog.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.text, "Bewoners in de straat horen de muziek in Zaal 2")
    assert not warning.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [row] = signals.list_signals(house_db)
    assert row.shareable and row.text == "Bewoners in de straat horen de muziek in Zaal 2"


def test_passed_to_offers_suggestions_and_takes_free_text(
    qtbot: QtBot, screen: SignalsScreen, house_db: Database
) -> None:
    add(house_db, "geluid", passed_to="Stichting Welzijn", status=SignalStatus.DOORGEGEVEN)
    screen.reload()
    dialog = open_new(qtbot, screen)
    offered = [dialog.passed_to.itemText(i) for i in range(dialog.passed_to.count())]
    assert offered[:3] == ["municipality", "neighbourhood worker", "housing corporation"]
    assert "Stichting Welzijn" in offered
    assert dialog.passed_to.currentText() == ""
    choose_kind(qtbot, dialog, SignalKind.KLACHT)
    dialog.theme.setFocus()
    qtbot.keyClicks(dialog.theme, "te hard rijden Kerkstraat")
    dialog.passed_to.setFocus()
    qtbot.keyClicks(dialog.passed_to, "wijkagent")
    qtbot.keyClick(dialog.passed_to, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [r.passed_to for r in signals.list_signals(house_db, status=SignalStatus.NIEUW)] == [
        "wijkagent"
    ]


def test_editing_the_selected_signal_with_enter(
    qtbot: QtBot, screen: SignalsScreen, house_db: Database
) -> None:
    row = add(house_db, "bankje", text="Bij de bushalte.", shareable=True)
    screen.reload()
    screen.select_where(lambda r: r.id == row.id)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = opened(qtbot, screen)
    assert dialog.signal == row
    assert QApplication.focusWidget() is dialog.theme
    assert dialog.theme.text() == "bankje"
    assert dialog.text.toPlainText() == "Bij de bushalte."
    assert dialog.shareable.isChecked()
    assert dialog.kind.currentData() == SignalKind.WENS.value
    qtbot.keyClick(dialog.theme, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.theme, " bij de bushalte")
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Return)
    [changed] = signals.list_signals(house_db)
    assert changed.id == row.id
    assert changed.theme == "bankje bij de bushalte"
    assert changed.shareable is True
    assert screen.current_row() == changed


def test_the_list_shows_every_column(screen: SignalsScreen, house_db: Database) -> None:
    long_text = "Bewoners vragen om verlichting. " * 10
    add(
        house_db,
        "verlichting hondenveld",
        date=dt.date(2026, 3, 5),
        kind=SignalKind.KLACHT,
        text=long_text,
        passed_to="gemeente",
        status=SignalStatus.DOORGEGEVEN,
        shareable=True,
    )
    screen.reload()
    model = screen.model
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert cells[0] == list_date(dt.date(2026, 3, 5))
    assert cells[1:6] == [
        code_label(SignalKind.KLACHT, SignalKind),
        "verlichting hondenveld",
        code_label(SignalStatus.DOORGEGEVEN, SignalStatus),
        "gemeente",
        "Yes",
    ]
    assert cells[6] == preview(long_text)
    assert cells[6].endswith("…") and len(cells[6]) <= 90
    assert "Bewoners vragen" in model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Date", "Kind", "Theme", "Status", "Passed to", "Share text", "Text"]


def test_dates_are_written_as_the_interface_language_writes_them() -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        assert format_date(dt.date(2026, 3, 5)) == "05-03-2026"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
        assert format_date(dt.date(2026, 3, 5)) == "05/03/2026"
    finally:
        QLocale.setDefault(previous)


def test_newest_first_and_sorting_by_any_column(
    qtbot: QtBot, screen: SignalsScreen, house_db: Database
) -> None:
    add(house_db, "b middle", date=TODAY - dt.timedelta(days=10))
    add(house_db, "c oldest", date=TODAY - dt.timedelta(days=20))
    add(house_db, "a newest", date=TODAY)
    screen.reload()
    assert shown_themes(screen) == ["a newest", "b middle", "c oldest"]
    header = screen.table.horizontalHeader()
    theme_header = QPoint(header.sectionViewportPosition(2) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=theme_header)
    assert header.sortIndicatorSection() == 2
    themes = shown_themes(screen)
    assert themes in (["a newest", "b middle", "c oldest"], ["c oldest", "b middle", "a newest"])
    screen.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert shown_themes(screen) == ["c oldest", "b middle", "a newest"]
    screen.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown_themes(screen) == ["c oldest", "b middle", "a newest"]


def test_search_as_you_type_looks_in_theme_text_and_recipient(
    qtbot: QtBot, screen: SignalsScreen, house_db: Database
) -> None:
    add(house_db, "verlichting hondenveld")
    add(house_db, "bankje", text="Een bankje bij de hondenwei.")
    add(house_db, "schimmel", passed_to="woningcorporatie", status=SignalStatus.DOORGEGEVEN)
    add(house_db, "speeltoestel")
    screen.reload()
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, "hond")
    assert sorted(shown_themes(screen)) == ["bankje", "verlichting hondenveld"]
    assert screen.count_label.text() == "2 of 4 shown"
    screen.search.clear()
    qtbot.keyClicks(screen.search, "WONING")
    assert shown_themes(screen) == ["schimmel"]


def test_filtering_by_status(qtbot: QtBot, screen: SignalsScreen, house_db: Database) -> None:
    add(house_db, "new one")
    add(house_db, "passed one", status=SignalStatus.DOORGEGEVEN)
    add(house_db, "resolved one", status=SignalStatus.AFGEHANDELD)
    screen.reload()
    assert screen.count_label.text() == "3 shown"

    def choose(data: str | None) -> None:
        screen.status_filter.setCurrentIndex(screen.status_filter.findData(data))

    choose(SignalStatus.DOORGEGEVEN.value)
    assert shown_themes(screen) == ["passed one"]
    assert screen.count_label.text() == "1 of 3 shown"
    choose(SignalStatus.AFGEHANDELD.value)
    assert shown_themes(screen) == ["resolved one"]
    choose(SignalsScreen.OPEN)
    assert sorted(shown_themes(screen)) == ["new one", "passed one"]
    choose(None)
    assert len(shown_themes(screen)) == 3
    # The status filter is reachable by keyboard, as its label says.
    screen.status_filter.setFocus()
    qtbot.keyClick(screen.status_filter, Qt.Key.Key_End)
    assert shown_themes(screen) == ["resolved one"]


def test_when_filters_hide_everything_the_screen_says_so(
    qtbot: QtBot, screen: SignalsScreen, house_db: Database
) -> None:
    add(house_db, "bankje")
    add(house_db, "speeltoestel", status=SignalStatus.DOORGEGEVEN)
    screen.reload()
    screen.status_filter.setCurrentIndex(screen.status_filter.findData("afgehandeld"))
    screen.search.setText("bank")
    assert screen.body.currentWidget() is screen.no_match
    assert screen.count_label.text() == "0 of 2 shown"
    qtbot.mouseClick(screen.show_all_button, Qt.MouseButton.LeftButton)
    assert screen.search.text() == ""
    assert screen.status_filter.currentData() is None
    assert screen.body.currentWidget() is screen.table
    assert sorted(shown_themes(screen)) == ["bankje", "speeltoestel"]


def test_filtering_by_period(qtbot: QtBot, screen: SignalsScreen, house_db: Database) -> None:
    this_quarter = quarter_of(TODAY)
    last_quarter = this_quarter.previous()
    last_year = Period(TODAY.year - 1)
    add(house_db, "this quarter", date=this_quarter.first_day)
    add(house_db, "last quarter", date=last_quarter.last_day)
    add(house_db, "last year", date=dt.date(last_year.year, 6, 15))
    add(house_db, "long ago", date=dt.date(2001, 1, 1))
    screen.reload()
    picker = screen.period

    def choose(index: int) -> list[str]:
        picker.choice.setCurrentIndex(index)
        return sorted(shown_themes(screen))

    assert str(this_quarter) in picker.choice.itemText(PeriodPicker.THIS_QUARTER)
    assert choose(PeriodPicker.THIS_QUARTER) == ["this quarter"]
    assert choose(PeriodPicker.LAST_QUARTER) == ["last quarter"]
    expected_last_year = ["last year"] + (
        ["last quarter"] if last_quarter.year < TODAY.year else []
    )
    assert choose(PeriodPicker.LAST_YEAR) == sorted(expected_last_year)
    this_year = ["this quarter"] + (["last quarter"] if last_quarter.year == TODAY.year else [])
    assert choose(PeriodPicker.THIS_YEAR) == sorted(this_year)
    assert not picker.first.isVisible()
    assert choose(PeriodPicker.CUSTOM) == ["this quarter"]  # from this quarter's start to today
    assert picker.first.isVisible() and picker.last.isVisible()
    picker.first.setValue(dt.date(2000, 1, 1))
    picker.last.setValue(dt.date(2001, 12, 31))
    assert shown_themes(screen) == ["long ago"]
    assert choose(PeriodPicker.ALL) == sorted(
        ["this quarter", "last quarter", "last year", "long ago"]
    )


def test_the_custom_range_never_runs_backwards(qtbot: QtBot) -> None:
    picker = PeriodPicker(today=lambda: dt.date(2026, 11, 25))
    qtbot.addWidget(picker)
    picker.choice.setCurrentIndex(PeriodPicker.CUSTOM)
    assert picker.days() == (dt.date(2026, 10, 1), dt.date(2026, 11, 25))
    picker.first.setValue(dt.date(2026, 12, 10))
    # "to" is not moved on the quiet: it says it lies before "from", and the range waits.
    assert picker.days() == (dt.date(2026, 10, 1), dt.date(2026, 11, 25))
    assert "10-12-2026" in picker.message.text()
    picker.last.setValue(dt.date(2026, 12, 10))
    assert picker.days() == (dt.date(2026, 12, 10), dt.date(2026, 12, 10))
    assert not picker.message.text()


def test_the_period_choices_follow_the_date(qtbot: QtBot) -> None:
    picker = PeriodPicker(today=lambda: dt.date(2027, 2, 3))
    qtbot.addWidget(picker)
    texts = [picker.choice.itemText(i) for i in range(picker.choice.count())]
    assert texts[1:5] == [
        "This quarter (2027-Q1)",
        "Last quarter (2026-Q4)",
        "This year (2027)",
        "Last year (2026)",
    ]
    picker.choice.setCurrentIndex(PeriodPicker.LAST_QUARTER)
    assert picker.days() == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    picker.choice.setCurrentIndex(PeriodPicker.ALL)
    assert picker.days() is None


def test_marking_as_passed_on_and_resolved(
    qtbot: QtBot, screen: SignalsScreen, house_db: Database
) -> None:
    row = add(house_db, "zwerfafval", passed_to="gemeente")
    screen.reload()
    assert not screen.passed_on_button.isEnabled()  # nothing selected yet
    screen.select_where(lambda r: r.id == row.id)
    assert screen.passed_on_button.isEnabled() and screen.resolved_button.isEnabled()
    qtbot.mouseClick(screen.passed_on_button, Qt.MouseButton.LeftButton)
    assert signals.list_signals(house_db)[0].status is SignalStatus.DOORGEGEVEN
    assert screen.current_row().status is SignalStatus.DOORGEGEVEN
    assert "gemeente" in screen.feedback.text()
    assert not screen.passed_on_button.isEnabled()
    qtbot.mouseClick(screen.resolved_button, Qt.MouseButton.LeftButton)
    assert signals.list_signals(house_db)[0].status is SignalStatus.AFGEHANDELD
    assert not screen.resolved_button.isEnabled()
    # A resolved signal is shown in italics: done, but still there.
    assert screen.model.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()


def test_passing_on_asks_to_whom_when_the_signal_does_not_say(
    qtbot: QtBot, screen: SignalsScreen, house_db: Database
) -> None:
    row = add(house_db, "oplaadpunt scootmobielen")
    screen.reload()
    screen.select_where(lambda r: r.id == row.id)
    qtbot.mouseClick(screen.passed_on_button, Qt.MouseButton.LeftButton)
    dialog = opened(qtbot, screen)
    assert dialog.status.currentData() == SignalStatus.DOORGEGEVEN.value
    assert QApplication.focusWidget() is dialog.passed_to
    assert signals.list_signals(house_db)[0].status is SignalStatus.NIEUW  # not before saving
    qtbot.keyClicks(dialog.passed_to, "wijkwerker")
    qtbot.keyClick(dialog.passed_to, Qt.Key.Key_Return)
    [changed] = signals.list_signals(house_db)
    assert (changed.status, changed.passed_to) == (SignalStatus.DOORGEGEVEN, "wijkwerker")


def answer_confirmation(qtbot: QtBot, screen: SignalsScreen, button_text: str) -> None:
    box = screen.confirmation
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    assert "speeltoestel" in box.text()
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_deleting_asks_first(qtbot: QtBot, screen: SignalsScreen, house_db: Database) -> None:
    keep = add(house_db, "bankje")
    gone = add(house_db, "speeltoestel")
    screen.reload()
    screen.select_where(lambda r: r.id == gone.id)
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    answer_confirmation(qtbot, screen, "Keep")
    assert len(signals.list_signals(house_db)) == 2

    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    answer_confirmation(qtbot, screen, "Delete")
    assert signals.list_signals(house_db) == [keep]
    assert shown_themes(screen) == ["bankje"]
    assert "speeltoestel" in screen.feedback.text()


def test_escape_in_the_confirmation_keeps_the_signal(
    qtbot: QtBot, screen: SignalsScreen, house_db: Database
) -> None:
    row = add(house_db, "speeltoestel")
    screen.reload()
    screen.select_where(lambda r: r.id == row.id)
    screen.delete_current()
    box = screen.confirmation
    assert box is not None
    qtbot.waitExposed(box)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert signals.list_signals(house_db) == [row]


def test_a_signal_deleted_elsewhere_is_reported_not_crashed_on(
    qtbot: QtBot, screen: SignalsScreen, house_db: Database
) -> None:
    row = add(house_db, "speeltoestel")
    screen.reload()
    screen.select_where(lambda r: r.id == row.id)
    signals.delete_signal(house_db, row.id)  # e.g. on the same PC in another window
    qtbot.mouseClick(screen.resolved_button, Qt.MouseButton.LeftButton)
    assert "no longer exists" in screen.feedback.text()
    assert screen.body.currentWidget() is screen.empty


def test_the_models_pass_qts_model_checks(
    qtmodeltester, screen: SignalsScreen, house_db: Database
) -> None:
    add(house_db, "verlichting hondenveld", text="Donker.", passed_to="gemeente")
    add(house_db, "bankje", kind=SignalKind.IDEE, status=SignalStatus.AFGEHANDELD)
    add(house_db, "schimmel", date=TODAY - dt.timedelta(days=400), shareable=True)
    screen.reload()
    qtmodeltester.check(screen.model)
    screen.status_filter.setCurrentIndex(screen.status_filter.findData(SignalsScreen.OPEN))
    screen.search.setText("a")
    qtmodeltester.check(screen.proxy)


def test_every_control_has_an_accessible_name(qtbot: QtBot, screen: SignalsScreen) -> None:
    dialog = open_new(qtbot, screen)
    for widget in (
        screen.search,
        screen.status_filter,
        screen.period.choice,
        screen.period.first,
        screen.period.last,
        screen.passed_on_button,
        screen.resolved_button,
        screen.delete_button,
        *dialog.fields.values(),
    ):
        assert widget.accessibleName(), widget.objectName()


def test_the_demo_house_signals_are_listed(qtbot: QtBot, db: Database) -> None:
    demo = pytest.importorskip("housedesk.core.demo.builder")
    summary = demo.generate_demo(db, years=1, seed=1, today=dt.date(2026, 11, 25))
    screen = SignalsScreen(db)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    stored = signals.list_signals(db)
    assert len(stored) == summary.signals > 0
    assert screen.model.rowCount() == len(stored)
    assert screen.proxy.row_at(0) == stored[0]  # newest first
    assert screen.count_label.text() == f"{len(stored)} shown"
    shown_dates = [screen.proxy.row_at(r).date for r in range(screen.proxy.rowCount())]
    assert shown_dates == sorted(shown_dates, reverse=True)
    themes = {screen.model.index(r, 2).data() for r in range(screen.model.rowCount())}
    assert themes == {row.theme for row in stored}


def test_contact_details_typed_in_a_shared_signal_are_warned_about(
    qtbot: QtBot, screen: SignalsScreen, house_db: Database
) -> None:
    dialog = open_new(qtbot, screen)
    choose_kind(qtbot, dialog, SignalKind.WENS)
    theme, text = dialog.warnings["theme"], dialog.warnings["text"]
    dialog.theme.setFocus()
    qtbot.keyClicks(dialog.theme, "Bankje, bel Els 06 12 34 56 78")
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Vraag via els@example.nl")
    assert not theme.isVisible() and not text.isVisible()  # not shared: stays in the house
    dialog.shareable.setFocus()
    qtbot.keyClick(dialog.shareable, Qt.Key.Key_Space)
    assert theme.isVisible() and text.isVisible()
    assert "phone number (06 12 34 56 78)" in theme.text()
    assert "e-mail address (els@example.nl)" in text.text()
    qtbot.keyClick(dialog.shareable, Qt.Key.Key_Space)
    assert not theme.isVisible() and not text.isVisible()
