"""The board's report as a PDF: the Overview of a period on A4 paper, for the meeting's minutes.

Written with Qt's own ``QPdfWriter`` (no other PDF library on the house PC),
through ``kit.pages`` as the municipality's report is: a title page with the
house, village and period; the key figures against a year earlier; the charts,
drawn by the same paint code as the screen; the activities (the table runs on
over as many pages as it needs, a row a line, a name too long cut short with
"…"); the visitor counts still missing; and the signals, their text only where
it may be shared. Every page has its number in the footer. Black text,
outlined and hatched bars: it reads the same from a grey office printer. It is
written under a temporary name and renamed when whole; an optional
``progress`` callback hears the sections written and can stop the report,
which then leaves no file.

``housedesk report --period 2026-Q3 -o verslag.pdf`` writes it from the command
line, also on a machine without a screen.

Unlike the export and the calendar file, the report is not scanned for e-mail
addresses and phone numbers in free text: it is the board's own document, for
its minutes, and shows what the board reviews on the Overview screen. What it
holds of people is kept as small as there: no contact details, no private
person's name, a signal's text only where it may be shared.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetricsF, QGuiApplication

from housedesk.common.codes import ActivityType, SignalKind, UserKind
from housedesk.common.outputs import pdf_is_whole, write_atomically
from housedesk.common.times import format_span
from housedesk.core.board.review import ActivityRow, PendingSession, Review, review
from housedesk.core.installation import HouseInfo
from housedesk.db import Database
from housedesk.db.models import local_today
from housedesk.ui.kit.charts import chart_height
from housedesk.ui.kit.dates import format_date
from housedesk.ui.kit.i18n import code_label
from housedesk.ui.kit.pages import BODY_POINTS, Pages, pdf_painter
from housedesk.ui.overview.texts import (
    approval_text,
    charts,
    comparison_title,
    completeness_text,
    count_text,
    days_text,
    decimal_text,
    definition_lines,
    key_rows,
    past_planned_text,
    review_title,
    target_group_note,
)

# The size of the tables' and the charts' text: half a point below the body's.
SMALL_POINTS = BODY_POINTS - 0.5


def write_report(
    db: Database,
    first_day: dt.date,
    last_day: dt.date,
    path: Path,
    house: HouseInfo,
    *,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write the report of ``first_day``–``last_day`` to ``path`` (atomically); returns the path.

    ``today`` (default: the real date) makes a period that ends later a running one:
    the report covers the days so far, today included, as the screen does.

    ``progress(done, total)`` hears the sections written (first ``(0, 0)`` while
    the figures are read); whatever it raises stops the report, and no file is left.
    """
    report = progress or _no_progress
    path = Path(path)
    report(0, 0)
    result = review(db, first_day, last_day, today or local_today())
    sections = () if result.is_empty else SECTIONS
    steps = len(sections) + 1  # the last step: writing the file
    period = review_title(result)

    def paint(temporary: Path) -> None:
        title = (
            QCoreApplication.translate("Report", "Usage of %1, %2")
            .replace("%1", house.name)
            .replace("%2", period)
        )
        with pdf_painter(temporary, title) as (writer, painter):
            pages = Pages(writer, painter, f"{house.name}, {house.village} — {period}")
            _title_page(pages, result, house, period)
            if result.is_empty:
                pages.text(
                    QCoreApplication.translate(
                        "Report",
                        "Nothing was registered for this period: no held or cancelled sessions "
                        "and no signals.",
                    )
                )
            for done, section in enumerate(sections):
                report(done, steps)
                section(pages, result)
            report(len(sections), steps)
            pages.finish()
        report(steps, steps)  # the last moment to stop: the report has no final name yet

    # Qt's PDF writer does not report a full disk: the check finds a report cut short.
    write_atomically(path, paint, pdf_is_whole)
    return path


def _no_progress(_done: int, _total: int) -> None:
    """Progress nobody listens to."""


def _title_page(pages: Pages, result: Review, house: HouseInfo, period: str) -> None:
    pages.y = pages.bottom * 0.25
    pages.text(QCoreApplication.translate("Report", "Usage of the house"), 14, space=0.8)
    pages.text(house.name, 26, bold=True, space=0.4)
    pages.text(house.village, 16, space=1.5)
    pages.text(period, 20, bold=True, space=0.4)
    pages.text(days_text(result), 12, space=0.4)
    if result.comparable:
        compared = QCoreApplication.translate(
            "Report", "compared with the same days a year earlier (%1)"
        ).replace("%1", comparison_title(result))
    else:
        compared = QCoreApplication.translate(
            "Report", "no comparison with a year earlier: no data before %1"
        ).replace("%1", format_date(result.registered_since or result.first_day))
    pages.text(compared, 12, space=0.8)
    approval = approval_text(result)
    if approval:
        pages.text(approval, 12, bold=True)
    pages.y = pages.bottom * 0.8
    pages.text(
        QCoreApplication.translate(
            "Report", "Made by housedesk on %1 for the board's meeting."
        ).replace("%1", format_date(dt.date.today())),
        9,
    )
    pages.new_page()


def _key_figures(pages: Pages, result: Review) -> None:
    pages.heading(QCoreApplication.translate("Report", "Key figures"))
    rows = key_rows(result)
    pages.table(
        [
            QCoreApplication.translate("Report", "Figure"),
            QCoreApplication.translate("Report", "This period"),
            QCoreApplication.translate("Report", "A year earlier"),
            QCoreApplication.translate("Report", "Difference"),
        ],
        [(row.label, row.now_text, row.before_text, row.difference_text) for row in rows],
        [0.43, 0.19, 0.19, 0.19],
        [False, True, True, True],
        points=SMALL_POINTS,
        one_line=True,
    )
    if not result.comparable:
        pages.text(
            QCoreApplication.translate(
                "Report",
                "No comparison with a year earlier: registration began after %1, so that "
                "year is not complete.",
            ).replace("%1", format_date(result.last_year_first_day)),
            9,
        )
    elif result.last_year is None:
        pages.text(
            QCoreApplication.translate(
                "Report", "Nothing was registered in the same period a year earlier."
            ),
            9,
        )
    pages.heading(QCoreApplication.translate("Report", "What the figures count"))
    for name, meaning in definition_lines():
        pages.text(f"{name}: {meaning}", 8.5, space=0.2)


def _charts(pages: Pages, result: Review) -> None:
    first = charts(result)[0][1]
    # The heading goes with the first chart: never a heading alone at the foot of a page.
    metrics = QFontMetricsF(pages.font(SMALL_POINTS), pages.writer)
    pages.need(chart_height(first, metrics) + pages.line * 4)
    pages.heading(QCoreApplication.translate("Report", "Charts"))
    for name, chart in charts(result):
        pages.chart(chart, 0.9, SMALL_POINTS)
        if name == "chart_target_groups":  # its bars add up to more than the visitors
            pages.y -= pages.line * 0.6
            pages.text(target_group_note(), 8.5, space=0.8)


def _activities(pages: Pages, result: Review) -> None:
    pages.heading(QCoreApplication.translate("Report", "Activities, most visitors first"))
    pages.table(
        [
            QCoreApplication.translate("Report", "Activity"),
            QCoreApplication.translate("Report", "User"),
            QCoreApplication.translate("Report", "Type"),
            QCoreApplication.translate("Report", "Sessions"),
            QCoreApplication.translate("Report", "Hours"),
            QCoreApplication.translate("Report", "Visitors"),
        ],
        [
            (
                row.name + (" *" if row.is_new else ""),
                _user_name(row),
                code_label(row.type, ActivityType),
                count_text(row.sessions_held),
                decimal_text(row.hours),
                count_text(row.visitors),
            )
            for row in result.activities
        ],
        [0.24, 0.2, 0.14, 0.19, 0.09, 0.14],
        [False, False, False, True, True, True],
        points=SMALL_POINTS,
        one_line=True,
    )
    if any(row.is_new for row in result.activities):
        pages.text(
            QCoreApplication.translate("Report", "* new: its first session was in this period."),
            8.5,
        )


def _user_name(row: ActivityRow) -> str:
    """A private person's name stays in the house: minutes travel further than the board."""
    if row.user_kind == UserKind.PARTICULIER:
        return code_label(UserKind.PARTICULIER, UserKind)
    return row.user_name


def _counts(pages: Pages, result: Review) -> None:
    if result.past_planned:
        pages.need(pages.line * 10)  # the heading, its text and the first rows together
        pages.heading(QCoreApplication.translate("Report", "Past sessions still planned"))
        pages.text(past_planned_text(result))
        _sessions_table(pages, result.past_planned)
    pages.heading(QCoreApplication.translate("Report", "Visitor counts"))
    pages.text(completeness_text(result))
    if result.uncounted:
        _sessions_table(pages, result.uncounted)


def _sessions_table(pages: Pages, sessions: Sequence[PendingSession]) -> None:
    """Sessions by date, time, room and activity: those still planned or still to count."""
    pages.table(
        [
            QCoreApplication.translate("Report", "Date"),
            QCoreApplication.translate("Report", "Time"),
            QCoreApplication.translate("Report", "Room"),
            QCoreApplication.translate("Report", "Activity"),
        ],
        [
            (format_date(s.date), format_span(s.start_min, s.end_min), s.room_name, s.activity_name)
            for s in sessions
        ],
        [0.16, 0.16, 0.28, 0.40],
        [False, False, False, False],
        points=SMALL_POINTS,
        one_line=True,
    )


def _signals(pages: Pages, result: Review) -> None:
    pages.heading(QCoreApplication.translate("Report", "Signals from residents"))
    if not result.signals:
        pages.text(
            QCoreApplication.translate("Report", "No signals were registered in this period.")
        )
        return
    for signal in result.signals:
        pages.text(
            f"{format_date(signal.date)} — {code_label(signal.kind, SignalKind)}: {signal.theme}",
            bold=True,
            space=0.1,
        )
        pages.text(
            signal.text
            or QCoreApplication.translate("Report", "(The text is not shared outside the house.)"),
            space=0.6,
        )


# --------------------------------------------------------------------------- command line


#: The report's sections after the title page, in order.
SECTIONS: tuple[Callable[[Pages, Review], None], ...] = (
    _key_figures,
    _charts,
    _activities,
    _counts,
    _signals,
)


def painting_application() -> Callable[[], None]:
    """A QGuiApplication for painting (off screen unless a platform is set); how to end it."""
    if QGuiApplication.instance() is not None:
        return lambda: None
    if not os.environ.get("QT_QPA_PLATFORM"):  # a report needs no screen, set or empty alike
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QGuiApplication([sys.argv[0] if sys.argv else "housedesk"])
    from housedesk.ui.kit import i18n

    translators = i18n.install(app, "nl")
    return lambda: i18n.uninstall(app, translators)
