"""What Gemeente says: its figures as texts, the files' fate, the charts' data.

Shared by the screen and its PDF report, so both say exactly the same; the
figures themselves are defined once in ``exchange.comparison``. No widgets here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from housedesk.common.numbers import half_up
from housedesk.common.times import LOCAL_TIME
from housedesk.exchange import aggregate as agg
from housedesk.exchange.aggregate import Aggregate, FileOutcome
from housedesk.exchange.comparison import (
    Comparison,
    Figures,
    PeriodComparison,
    shown_percent,
)
from housedesk.ui.kit.charts import Chart
from housedesk.ui.kit.dates import format_date
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Gemeente"
NONE = "—"
#: The percent sign after a no-break space: "12 %" never breaks between its parts.
PERCENT = "\u00a0%"


def translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Gemeente", …), in the interface's language."""
    return QCoreApplication.translate(CONTEXT, text)


# --------------------------------------------------------------------------- numbers


def count_text(value: float | None) -> str:
    return NONE if value is None else QLocale().toString(int(half_up(value)))


def hours_text(value: float | None) -> str:
    return NONE if value is None else QLocale().toString(half_up(value, 1), "f", 1)


def percent_text(share: float | None) -> str:
    """A share as shown everywhere in Gemeente: a percentage with one decimal."""
    percent = shown_percent(share)
    return NONE if percent is None else QLocale().toString(percent, "f", 1) + PERCENT


def change_text(percent: float | None) -> str:
    """A change of a count in whole percent, signed: "+12 %"."""
    if percent is None:
        return NONE
    text = QLocale().toString(int(percent)) + PERCENT
    return "+" + text if percent > 0 else text


def points_text(points: float | None) -> str:
    """A difference in percentage points with one decimal, signed: "+2,5 pt"."""
    if points is None:
        return NONE
    text = (
        QCoreApplication.translate("Gemeente", "%1 pt")
        .replace("%1", QLocale().toString(points, "f", 1))
        .replace(" ", "\u00a0")
    )
    return "+" + text if points > 0 else text


def moment_text(moment: dt.datetime) -> str:
    local = moment.astimezone(LOCAL_TIME)
    return f"{format_date(local.date())} {local:%H:%M}"


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("Gemeente", "yes")
        if value
        else QCoreApplication.translate("Gemeente", "no")
    )


# --------------------------------------------------------------------------- the files


STATUS_LABELS = {
    agg.COUNTED: QT_TRANSLATE_NOOP("Gemeente", "counted"),
    agg.REJECTED: QT_TRANSLATE_NOOP("Gemeente", "rejected"),
    agg.SUPERSEDED: QT_TRANSLATE_NOOP("Gemeente", "superseded"),
    agg.DUPLICATE: QT_TRANSLATE_NOOP("Gemeente", "copy"),
}
READ_BEFORE = QT_TRANSLATE_NOOP("Gemeente", "read before")


def status_text(outcome: FileOutcome) -> str:
    """What became of a file, in words: a file read before is not "0 counted" but read before."""
    if outcome.read_before and outcome.status == agg.DUPLICATE:
        return translated(READ_BEFORE)
    return translated(STATUS_LABELS.get(outcome.status, outcome.status))


def run_text(result: Aggregate) -> str:
    """What the last reading did, and how much counts now."""
    if result.read_at is None:
        return QCoreApplication.translate(
            "Gemeente",
            "Nothing read yet. Drop the houses' files (or a folder of them) here, or choose them.",
        )
    new = sum(1 for o in result.outcomes if o.status == agg.COUNTED)
    before = sum(1 for o in result.outcomes if o.read_before and o.status == agg.DUPLICATE)
    copies = sum(1 for o in result.outcomes if o.status == agg.DUPLICATE and not o.read_before)
    text = (
        QCoreApplication.translate(
            "Gemeente",
            "Read on %1: %2 file(s); %3 counted, %4 read before (they count once), %5 copies, "
            "%6 superseded, %7 rejected.",
        )
        .replace("%1", moment_text(result.read_at))
        .replace("%2", str(len(result.outcomes)))
        .replace("%3", str(new))
        .replace("%4", str(before))
        .replace("%5", str(copies))
        .replace("%6", str(result.count(agg.SUPERSEDED)))
        .replace("%7", str(result.count(agg.REJECTED)))
    )
    return text + " " + counted_text(result)


def counted_text(result: Aggregate) -> str:
    text = QCoreApplication.translate("Gemeente", "%1 house-period(s) count in all.").replace(
        "%1", str(len(result.counted))
    )
    latest = result.latest_quarter
    if latest and result.expected:
        missing = sum(1 for m in result.missing if m.latest)
        text += " " + (
            QCoreApplication.translate(
                "Gemeente", "Latest quarter %1: %2 of the %3 expected houses have not sent it."
            )
            .replace("%1", latest)
            .replace("%2", str(missing))
            .replace("%3", str(len(result.expected)))
        )
    return text


def missing_text(result: Aggregate) -> str:
    """What the list of missing houses answers, and what it does not."""
    if not result.expected:
        return QCoreApplication.translate(
            "Gemeente",
            "No list of expected houses yet (Expected houses…), so no house can be missing.",
        )
    return QCoreApplication.translate(
        "Gemeente",
        "First the expected houses that have not sent the latest quarter, %1 (the last "
        "quarter that has ended); then the older quarters each house lacks. A quarter still "
        "running is not owed yet.",
    ).replace("%1", result.latest_quarter or NONE)


# --------------------------------------------------------------------------- a year earlier


def comparison_text(comparison: PeriodComparison) -> str:
    text = (
        QCoreApplication.translate("Gemeente", "%1 against the same quarter a year earlier, %2.")
        if "-Q" in comparison.period
        else QCoreApplication.translate("Gemeente", "%1 against the year before, %2.")
    )
    text = text.replace("%1", comparison.period).replace("%2", comparison.earlier_period)
    if comparison.comparable is not None and not comparison.all_comparable:
        text += " " + QCoreApplication.translate(
            "Gemeente",
            "The total adds up all %1 houses; “comparable” adds up the %2 houses that sent "
            "both periods, and only these are compared.",
        ).replace("%1", str(len(comparison.houses))).replace(
            "%2", str(comparison.comparable.now.houses)
        )
    return text + " " + definitions_text()


def definitions_text() -> str:
    return QCoreApplication.translate(
        "Gemeente",
        "Occupancy: hours used of the hours the rooms were open, added up before dividing. "
        "Its difference is in percentage points, from the percentages as shown. A change "
        "in visitors is in whole percent; “—” where there is nothing to compare with.",
    )


def total_name(comparison: PeriodComparison, *, short: bool = False) -> str:
    """The name of the total row: "Totaal (17 huizen)", or in a narrow table "Totaal (17)"."""
    text = (
        QCoreApplication.translate("Gemeente", "Total (%1)")
        if short
        else QCoreApplication.translate("Gemeente", "Total (%1 houses)")
    )
    return text.replace("%1", str(len(comparison.houses)))


def comparable_name(comparison: PeriodComparison, *, short: bool = False) -> str:
    """The name of the like-for-like total: "Vergelijkbaar (16 huizen)", or "… (16)"."""
    count = comparison.comparable.now.houses if comparison.comparable else 0
    text = (
        QCoreApplication.translate("Gemeente", "Comparable (%1)")
        if short
        else QCoreApplication.translate("Gemeente", "Comparable (%1 houses)")
    )
    return text.replace("%1", str(count))


# --------------------------------------------------------------------------- charts


def charts(comparison: PeriodComparison) -> list[tuple[str, Chart]]:
    """Every house of the period, sorted by value (largest first), with a year earlier."""
    houses = comparison.houses
    legend = (comparison.period, comparison.earlier_period)

    def chart(
        title: str,
        now: Callable[[Figures], float | None],
        text: Callable[[float], str],
        scale: float | None = None,
    ) -> Chart:
        values = [(house, now(house.now)) for house in houses]
        ordered = sorted(values, key=lambda pair: (-(pair[1] or 0), pair[0].house_name))
        return Chart(
            title,
            [(house.house_name, value or 0) for house, value in ordered],
            text,
            scale=scale,
            earlier=[now(house.before) if house.before else None for house, _ in ordered],
            legend=legend,
            empty_text=QCoreApplication.translate("Gemeente", "Nothing counted for this period."),
        )

    return [
        (
            "visitorsChart",
            chart(
                QCoreApplication.translate("Gemeente", "Visitors per house, %1").replace(
                    "%1", comparison.period
                ),
                lambda f: f.visitors,
                count_text,
            ),
        ),
        (
            "occupancyChart",
            chart(
                QCoreApplication.translate("Gemeente", "Occupancy per house, %1").replace(
                    "%1", comparison.period
                ),
                lambda f: f.occupancy,
                percent_text,
            ),
        ),
        (
            "communityChart",
            chart(
                QCoreApplication.translate(
                    "Gemeente", "Community share of the hours used, %1"
                ).replace("%1", comparison.period),
                lambda f: f.community_share,
                percent_text,
                scale=1.0,  # a share of a whole: the full bar is all of it
            ),
        ),
    ]


# --------------------------------------------------------------------------- one house


def house_rows(house: Comparison) -> list[tuple[str, str, str, str]]:
    """A house's (or a total's) key figures: now, a year earlier, the difference (for the
    report's table per house; its labels are the figures' full names)."""
    now, before = house.now, house.before

    def pick(value: Callable[[Figures], float | None]) -> tuple[float | None, float | None]:
        return value(now), value(before) if before else None

    rows: list[tuple[str, str, str, str]] = []
    for name, get, text in (
        (
            QCoreApplication.translate("MunicipalityFigures", "Sessions held"),
            lambda f: f.sessions,
            count_text,
        ),
        (
            QCoreApplication.translate("MunicipalityFigures", "Visitors"),
            lambda f: f.visitors,
            count_text,
        ),
        (
            QCoreApplication.translate("MunicipalityFigures", "Hours used"),
            lambda f: f.used_hours,
            hours_text,
        ),
        (
            QCoreApplication.translate("MunicipalityFigures", "Hours available"),
            lambda f: f.available_hours,
            hours_text,
        ),
        (
            QCoreApplication.translate("MunicipalityFigures", "Activities"),
            lambda f: f.activities,
            count_text,
        ),
        (
            QCoreApplication.translate("MunicipalityFigures", "New activities"),
            lambda f: f.new_activities,
            count_text,
        ),
        (
            QCoreApplication.translate("MunicipalityFigures", "Volunteers"),
            lambda f: f.volunteers,
            count_text,
        ),
        (
            QCoreApplication.translate("MunicipalityFigures", "Signals"),
            lambda f: f.signals,
            count_text,
        ),
    ):
        value, earlier = pick(get)
        difference = NONE if value is None or earlier is None else _difference(text, value, earlier)
        rows.append((name, text(value), text(earlier), difference))
    rows.insert(
        2,
        (
            QCoreApplication.translate("MunicipalityFigures", "Occupancy"),
            percent_text(now.occupancy),
            percent_text(before.occupancy) if before else NONE,
            points_text(house.occupancy_points),
        ),
    )
    rows.insert(
        5,
        (
            QCoreApplication.translate("MunicipalityFigures", "Community share"),
            percent_text(now.community_share),
            percent_text(before.community_share) if before else NONE,
            points_text(house.community_points),
        ),
    )
    return rows


def _difference(text: Callable[[float | None], str], now: float, before: float) -> str:
    """The difference of two figures as shown (whole numbers or tenths), signed."""
    tenths = text is hours_text
    difference = round(half_up(now, 1 if tenths else 0) - half_up(before, 1 if tenths else 0), 1)
    shown = text(difference + 0.0)
    return "+" + shown if difference > 0 else shown


def empty_chart() -> Chart:
    return Chart("", (), empty_text=QCoreApplication.translate("Gemeente", "Nothing counted yet."))
