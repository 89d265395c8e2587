"""What the Overview says: its figures as texts, the key-figure rows, the charts' data.

Shared by the screen and the PDF report, so both say exactly the same; no
widgets here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import cast

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
)

from housedesk.common.codes import ActivityType, Nature, TargetGroup
from housedesk.common.numbers import half_up, shown_difference
from housedesk.common.periods import Period, quarter_of
from housedesk.common.times import local_date
from housedesk.core.board.definitions import DEFINITIONS, definition
from housedesk.core.board.review import (
    KeyFigures,
    PartOfDay,
    Review,
    year_earlier,
)
from housedesk.ui.kit.charts import Chart
from housedesk.ui.kit.dates import format_date, qdate
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP, code_label, language

CONTEXT = "Overview"


def translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP elsewhere, in the interface's language."""
    return QCoreApplication.translate("Overview", text)


# --------------------------------------------------------------------------- numbers as text


def count_text(value: float) -> str:
    return QLocale().toString(int(half_up(value)))


def decimal_text(value: float) -> str:
    return QLocale().toString(half_up(value, 1), "f", 1)


def percent_text(share: float | None) -> str:
    return "—" if share is None else QLocale().toString(int(half_up(share * 100))) + " %"


def signed(text: str, value: float) -> str:
    return ("+" + text) if value > 0 else text


@dataclass(frozen=True)
class KeyRow:
    """One key figure: this range, the same range a year earlier, and the difference."""

    label: str
    now: float | None
    before: float | None
    share: bool = False  # a share: shown as a percentage, the difference in points
    decimals: bool = False
    #: The year before lies (partly) before registration began: nothing to compare with.
    no_data: bool = False

    def text(self, value: float | None) -> str:
        if value is None:
            return "—"
        if self.share:
            return percent_text(value)
        return decimal_text(value) if self.decimals else count_text(value)

    @property
    def now_text(self) -> str:
        return self.text(self.now)

    @property
    def before_text(self) -> str:
        if self.no_data:
            return QCoreApplication.translate("Overview", "no data")
        return self.text(self.before)

    @property
    def difference(self) -> float | None:
        """The difference of the two figures as shown, so that what a reader sees adds up."""
        if self.now is None or self.before is None:
            return None
        if self.share:  # whole percentages, the difference in points
            return shown_difference(self.now * 100, self.before * 100)
        return shown_difference(self.now, self.before, 1 if self.decimals else 0)

    @property
    def difference_text(self) -> str:
        difference = self.difference
        if difference is None:
            return "—"
        if self.share:
            points = int(difference)
            return signed(
                QCoreApplication.translate("Overview", "%1 pt").replace(
                    "%1", QLocale().toString(points)
                ),
                points,
            )
        if self.decimals:
            return signed(decimal_text(difference), difference)
        return signed(count_text(difference), difference)


def key_rows(result: Review) -> list[KeyRow]:
    """The key figures of ``result`` with last year's, in the order the board reads them."""
    now, before = result.key, result.last_year

    def pick(get: Callable[[KeyFigures], float | None]) -> tuple[float | None, float | None]:
        return (get(now) if now else None, get(before) if before else None)

    rows = _key_rows(pick)
    if not result.comparable:
        rows = [replace(row, before=None, no_data=True) for row in rows]
    return rows


def _key_rows(
    pick: Callable[[Callable[[KeyFigures], float | None]], tuple[float | None, float | None]],
) -> list[KeyRow]:

    return [
        KeyRow(
            QCoreApplication.translate("Overview", "Sessions held"),
            *pick(lambda k: k.sessions_held),
        ),
        KeyRow(QCoreApplication.translate("Overview", "Visitors"), *pick(lambda k: k.visitors)),
        KeyRow(
            QCoreApplication.translate("Overview", "Visitors per counted session"),
            *pick(lambda k: k.average_visitors),
            decimals=True,
        ),
        KeyRow(
            QCoreApplication.translate("Overview", "Hours used"),
            *pick(lambda k: k.used_hours),
            decimals=True,
        ),
        KeyRow(
            QCoreApplication.translate("Overview", "Occupancy of the rooms"),
            *pick(lambda k: k.occupancy),
            share=True,
        ),
        KeyRow(
            QCoreApplication.translate("Overview", "Community use (share of hours)"),
            *pick(lambda k: k.community_share),
            True,
        ),
        KeyRow(
            QCoreApplication.translate("Overview", "Private rental (share of hours)"),
            *pick(lambda k: k.private_share),
            True,
        ),
        KeyRow(
            QCoreApplication.translate("Overview", "Commercial use (share of hours)"),
            *pick(lambda k: k.commercial_share),
            True,
        ),
        KeyRow(QCoreApplication.translate("Overview", "Activities"), *pick(lambda k: k.activities)),
        KeyRow(
            QCoreApplication.translate("Overview", "New activities"),
            *pick(lambda k: k.new_activities),
        ),
        KeyRow(
            definition("resident_initiative_activities").name(language()),
            *pick(lambda k: k.resident_initiative_activities),
        ),
        KeyRow(QCoreApplication.translate("Overview", "Signals"), *pick(lambda k: k.signals)),
        KeyRow(
            QCoreApplication.translate("Overview", "Sessions cancelled"),
            *pick(lambda k: k.sessions_cancelled),
        ),
    ]


def long_date(day: dt.date) -> str:
    """ "5 december 2026": how a title names a day."""
    return QLocale().toString(qdate(day), "d MMMM yyyy")


def review_title(result: Review) -> str:
    """The range reviewed: "2026-Q3", or "2026-Q4 t/m 5 december 2026 (loopt nog)"."""
    name = range_name(result.first_day, result.whole_last_day)
    if not result.running:
        return name
    return (
        QCoreApplication.translate("Overview", "%1 up to and including %2 (still running)")
        .replace("%1", name)
        .replace("%2", long_date(result.last_day))
    )


def comparison_title(result: Review) -> str:
    """What the range is compared with: "2025-Q3", or "2025-Q4 t/m 5 december 2025"."""
    first = result.last_year_first_day
    name = range_name(first, year_earlier(result.whole_last_day))
    if not result.running:
        return name
    return (
        QCoreApplication.translate("Overview", "%1 up to and including %2")
        .replace("%1", name)
        .replace("%2", long_date(result.last_year_last_day))
    )


def days_text(result: Review) -> str:
    """The days reviewed, written out: "1 oktober 2026 t/m 5 december 2026"."""
    return (
        QCoreApplication.translate("Overview", "%1 up to and including %2")
        .replace("%1", long_date(result.first_day))
        .replace("%2", long_date(result.last_day))
    )


def approval_text(result: Review) -> str:
    """Whether the quarter or year is approved; empty for any other range."""
    approval = result.approval
    if approval is None:
        return ""
    if not approval.approved:
        return QCoreApplication.translate("Overview", "Not yet approved by the board.")
    when = approval.approved_at
    if when is None:
        return QCoreApplication.translate("Overview", "Approved by the board.")
    return QCoreApplication.translate("Overview", "Approved by the board on %1.").replace(
        "%1", format_date(local_date(when))
    )


def definition_lines() -> list[tuple[str, str]]:
    """Every figure's name and what it counts, in the interface's language (screen and PDF)."""
    return [(item.name(language()), item.text(language())) for item in DEFINITIONS]


def target_group_note() -> str:
    """Under the target-group chart: its definition, which says why it adds up to more."""
    return definition("target_groups").text(language())


def month_end(day: dt.date) -> dt.date:
    """The last day of ``day``'s month."""
    return (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def range_name(first_day: dt.date, last_day: dt.date) -> str:
    """A range as the board says it: "2026-Q3", "2026", "november 2026" or "1-7-2026 – 9-8-2026"."""
    quarter = quarter_of(first_day)
    year = Period(first_day.year)
    for period in (quarter, year):
        if (period.first_day, period.last_day) == (first_day, last_day):
            return str(period)
    if first_day.day == 1 and last_day == month_end(first_day):
        return QLocale().toString(qdate(first_day), "MMMM yyyy")
    return f"{format_date(first_day)} – {format_date(last_day)}"


def past_planned_text(result: Review) -> str:
    """How many sessions on days gone by are still planned, and why that matters."""
    if not result.past_planned:
        return ""
    return QCoreApplication.translate(
        "Overview",
        "%1 sessions on days gone by are still planned: they count nowhere (not as held, "
        "not as cancelled) and are not exported. Settle each one: held, with its visitors, "
        "or did not take place.",
    ).replace("%1", count_text(len(result.past_planned)))


def completeness_text(result: Review) -> str:
    key = result.key
    if key is None or not key.sessions_held:
        return QCoreApplication.translate("Overview", "No sessions were held in this period.")
    if not result.uncounted:
        return QCoreApplication.translate(
            "Overview", "Every held session was counted (%1 sessions)."
        ).replace("%1", count_text(key.sessions_held))
    return (
        QCoreApplication.translate(
            "Overview", "%1 of %2 held sessions were counted (%3). Sessions without a count:"
        )
        .replace("%1", count_text(key.counted_sessions))
        .replace("%2", count_text(key.sessions_held))
        .replace("%3", percent_text(key.completeness))
    )


# --------------------------------------------------------------------------- charts


WEEKDAYS = [
    QT_TRANSLATE_NOOP("Overview", "Monday"),
    QT_TRANSLATE_NOOP("Overview", "Tuesday"),
    QT_TRANSLATE_NOOP("Overview", "Wednesday"),
    QT_TRANSLATE_NOOP("Overview", "Thursday"),
    QT_TRANSLATE_NOOP("Overview", "Friday"),
    QT_TRANSLATE_NOOP("Overview", "Saturday"),
    QT_TRANSLATE_NOOP("Overview", "Sunday"),
]
PARTS_OF_DAY = {
    PartOfDay.MORNING: QT_TRANSLATE_NOOP("Overview", "Morning (before 12:00)"),
    PartOfDay.AFTERNOON: QT_TRANSLATE_NOOP("Overview", "Afternoon (12:00–18:00)"),
    PartOfDay.EVENING: QT_TRANSLATE_NOOP("Overview", "Evening (from 18:00)"),
}


def charts(result: Review) -> list[tuple[str, Chart]]:
    """The charts of ``result``, each with the object name of its view on the screen."""
    key = result.key
    used = key.used if key else None
    # A Bucket's key is typed ``object`` in the core; Review documents what it is per chart
    # (a month's first day, a weekday 0..6, a PartOfDay, a TargetGroup or ActivityType code).
    months = [
        (QLocale().toString(qdate(cast(dt.date, bucket.key)), "MMM yy"), bucket.visitors)
        for bucket in result.visitors_by_month
    ]
    none = QCoreApplication.translate("Overview", "Nothing to show for this period.")
    return [
        (
            "chart_months",
            Chart(
                QCoreApplication.translate("Overview", "Visitors per month"),
                months,
                vertical=True,
                empty_text=none,
            ),
        ),
        (
            "chart_rooms",
            Chart(
                QCoreApplication.translate("Overview", "Occupancy per room"),
                [(room.name, room.occupancy or 0.0) for room in result.rooms],
                value_text=percent_text,
                scale=1.0,
                empty_text=none,
            ),
        ),
        (
            "chart_nature",
            Chart(
                QCoreApplication.translate("Overview", "Hours used by nature of use"),
                []
                if used is None
                else [
                    (code_label(Nature.MAATSCHAPPELIJK, Nature), used.community / 60),
                    (code_label(Nature.PARTICULIER, Nature), used.private / 60),
                    (code_label(Nature.COMMERCIEEL, Nature), used.commercial / 60),
                ],
                value_text=decimal_text,
                patterned=True,
                empty_text=none,
            ),
        ),
        (
            "chart_target_groups",
            Chart(
                definition("target_groups").name(language()),
                [
                    (code_label(cast(str, b.key), TargetGroup), b.visitors)
                    for b in result.visitors_by_target_group
                ],
                empty_text=none,
            ),
        ),
        (
            "chart_types",
            Chart(
                QCoreApplication.translate("Overview", "Visitors by type of activity"),
                [
                    (code_label(cast(str, b.key), ActivityType), b.visitors)
                    for b in result.visitors_by_type
                ],
                empty_text=none,
            ),
        ),
        (
            "chart_weekdays",
            Chart(
                QCoreApplication.translate("Overview", "Visitors by weekday"),
                [
                    (translated(WEEKDAYS[cast(int, b.key)]), b.visitors)
                    for b in result.visitors_by_weekday
                ],
                empty_text=none,
            ),
        ),
        (
            "chart_parts_of_day",
            Chart(
                QCoreApplication.translate("Overview", "Visitors by part of the day"),
                [
                    (translated(PARTS_OF_DAY[cast(PartOfDay, b.key)]), b.visitors)
                    for b in result.visitors_by_part_of_day
                ],
                empty_text=none,
            ),
        ),
    ]


# --------------------------------------------------------------------------- tables
