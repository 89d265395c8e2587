"""What leaves the house: every free text of a period's export, where it stands, and its findings.

The exchange workbook holds little free text, and all of it was typed in the
house: the house's name and village (Info), room names (Ruimtes), activity
names (Activiteiten; a private rental is always ``Particuliere verhuur``), the
theme and text of a signal the board marked as shareable (Signalen), and the
board's remarks (Toelichting). Activities' descriptions, contact persons,
notes and the text of a signal not shared never go into it.

``leaving_texts`` lists those texts as the writer writes them, in the order of
the workbook's sheets. The writer scans exactly this list before it writes
(``outgoing`` of each text gives the message that names it), and the Export
screen shows it to the board before it approves, with what the scan of
``housedesk.common.personal`` finds in each (``findings``). So whatever that
scan learns to find applies to both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from housedesk.common import personal
from housedesk.common.codes import Nature
from housedesk.common.periods import Period
from housedesk.common.personal import Found, Outgoing
from housedesk.core.board.approval import approval_state
from housedesk.core.board.figures import (
    ActivityFigures,
    PeriodFigures,
    SignalRow,
    period_figures,
    period_signals,
)
from housedesk.db.models import House
from housedesk.exchange import format as fmt


class Place(StrEnum):
    """Where in the workbook a free text stands."""

    HOUSE_NAME = "house_name"  # Info: huis_naam
    VILLAGE = "village"  # Info: kern
    ROOM = "room"  # Ruimtes: ruimte_naam
    ACTIVITY = "activity"  # Activiteiten: activiteit_naam
    SIGNAL_THEME = "signal_theme"  # Signalen: thema
    SIGNAL_TEXT = "signal_text"  # Signalen: tekst
    REMARKS = "remarks"  # Toelichting: the board's remarks


#: How a refusal of the export names each place (messages of ``housedesk.common.personal``).
_MESSAGES = {
    Place.HOUSE_NAME: personal.HOUSE_NAME,
    Place.VILLAGE: personal.VILLAGE,
    Place.ROOM: personal.ROOM_NAME,
    Place.ACTIVITY: personal.ACTIVITY_NAME,
    Place.SIGNAL_THEME: personal.SIGNAL_THEME,
    Place.SIGNAL_TEXT: personal.SIGNAL_TEXT,
    Place.REMARKS: personal.BOARD_REMARKS,
}


@dataclass(frozen=True)
class LeavingText:
    """One free text that goes to the municipality: ``place``, and which room, activity or signal.

    ``code`` is a room's or activity's code, ``date`` and ``theme`` a signal's.
    """

    place: Place
    text: str
    code: str = ""
    date: dt.date | None = None
    theme: str = ""

    def outgoing(self) -> Outgoing:
        """The text as the personal-data scan takes it, with the message that names it."""
        args: dict[str, object] = {}
        if self.code:
            args["code"] = self.code
        if self.date is not None:
            args["date"] = self.date
        if self.place is Place.SIGNAL_TEXT:
            args["theme"] = self.theme
        return Outgoing(_MESSAGES[self.place], self.text, args)

    def findings(self) -> list[Found]:
        """What the personal-data scan finds in the text (nothing, as it should be)."""
        return personal.find_personal_data(self.text)


def activity_name(activity: ActivityFigures) -> str:
    """The name the municipality sees: a private rental is never named (privacy)."""
    if activity.nature is Nature.PARTICULIER:
        return fmt.PRIVATE_RENTAL_NAME
    return activity.name


def leaving_texts(
    house_name: str,
    village: str,
    figures: PeriodFigures,
    signals: Iterable[SignalRow],
    remarks: str | None,
) -> list[LeavingText]:
    """The free texts of a period's export, in the order of its sheets; no empty ones."""
    texts = [
        LeavingText(Place.HOUSE_NAME, house_name),
        LeavingText(Place.VILLAGE, village),
        *(LeavingText(Place.ROOM, room.name, code=room.code) for room in figures.rooms),
        *(
            LeavingText(Place.ACTIVITY, activity_name(activity), code=activity.code)
            for activity in figures.activities
        ),
    ]
    for signal in signals:
        if signal.shareable:
            texts.append(LeavingText(Place.SIGNAL_THEME, signal.theme, date=signal.date))
        if signal.text:
            texts.append(
                LeavingText(Place.SIGNAL_TEXT, signal.text, date=signal.date, theme=signal.theme)
            )
    if remarks:
        texts.append(LeavingText(Place.REMARKS, remarks))
    return [text for text in texts if text.text]


def read_leaving_texts(
    session: Session,
    period: Period,
    figures: PeriodFigures | None = None,
    remarks: str | None = None,
) -> list[LeavingText]:
    """The free texts ``period``'s export would hold now, read in ``session``.

    ``figures`` when already read; ``remarks`` instead of those kept with the
    approval (``None``: the kept ones).
    """
    house = session.get(House, 1)
    name, village = (house.name, house.village) if house is not None else ("", "")
    if figures is None:
        figures = period_figures(session, period)
    if remarks is None:
        remarks = approval_state(session, period).remarks
    return leaving_texts(name, village, figures, period_signals(session, period), remarks)


def outgoing(texts: Sequence[LeavingText]) -> list[Outgoing]:
    """The texts as ``housedesk.common.personal.refuse_personal_data`` takes them."""
    return [text.outgoing() for text in texts]
