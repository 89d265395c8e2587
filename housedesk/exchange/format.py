"""The exchange format v1 as data: sheet names, columns and codes, in the contract's order.

One place for what ``../shared/docs/exchange-format.md`` (docs/exchange-format.md
notes) fixes, so that the writer and the reader cannot drift apart. Changes are
additive only: a new optional column or sheet; ``FORMAT_VERSION`` goes up only
when an old reader could misread a new file.
"""

from __future__ import annotations

import datetime as dt
import re

from housedesk.common.codes import (
    Accessibility,
    ActivityType,
    Nature,
    TargetGroup,
    UserKind,
    values,
)

FORMAT_NAME = "housedesk-uitwisseling"
FORMAT_VERSION = 1

HOUSE_CODE = re.compile(r"[A-Z0-9-]{2,12}")
PERIOD = re.compile(r"(?P<year>\d{4})(?:-Q(?P<quarter>[1-4]))?")

#: Info sheet: the fields, in order.
INFO_FIELDS = (
    "formaat",
    "formaat_versie",
    "huis_code",
    "huis_naam",
    "kern",
    "periode",
    "periode_begin",
    "periode_eind",
    "export_id",
    "geexporteerd_op",
    "app_versie",
    "vastgesteld",
    "vrijwilligers",
    "bestuursleden",
)
INFO_COLUMNS = ("veld", "waarde")

#: Custom document properties that repeat Info fields (a mismatch is an error).
DOCUMENT_PROPERTIES = ("export_id", "formaat_versie", "huis_code", "periode")

ROOM_COLUMNS = (
    "huis_code",
    "periode",
    "ruimte_code",
    "ruimte_naam",
    "capaciteit",
    "beschikbare_uren",
    "gebruikte_uren",
    "uren_maatschappelijk",
    "uren_particulier",
    "uren_commercieel",
)

TARGET_GROUP_COLUMNS = tuple(f"doelgroep_{code}" for code in values(TargetGroup))

ACTIVITY_COLUMNS = (
    "huis_code",
    "periode",
    "activiteit_code",
    "activiteit_naam",
    "gebruikerssoort",
    "activiteitstype",
    "gebruiksaard",
    "toegankelijkheid",
    *TARGET_GROUP_COLUMNS,
    "nieuw",
    "bijeenkomsten",
    "uren",
    "bezoekers",
)

SESSION_COLUMNS = (
    "huis_code",
    "datum",
    "begin",
    "eind",
    "ruimte_code",
    "activiteit_code",
    "status",
    "bezoekers",
    "vrijwilligers",
)

SIGNAL_COLUMNS = ("huis_code", "datum", "soort", "thema", "tekst", "status")
#: The theme a signal the board did not mark shareable leaves the house with: the
#: column is required (readers in the field refuse it empty), its own words stay home.
THEME_NOT_SHARED = "niet gedeeld"

#: The data sheets, in their required order, with their columns.
SHEETS: dict[str, tuple[str, ...]] = {
    "Info": INFO_COLUMNS,
    "Ruimtes": ROOM_COLUMNS,
    "Activiteiten": ACTIVITY_COLUMNS,
    "Bijeenkomsten": SESSION_COLUMNS,
    "Signalen": SIGNAL_COLUMNS,
}
#: Free text for people after the data sheets; readers ignore it (and any later sheet).
NOTES_SHEET = "Toelichting"

#: Activity names of private rentals are never exported (privacy).
PRIVATE_RENTAL_NAME = "Particuliere verhuur"

EXPORTED_SESSION_STATUSES = ("gehouden", "geannuleerd")
SIGNAL_KINDS = ("wens", "klacht", "idee", "zorg")
SIGNAL_STATUSES = ("nieuw", "doorgegeven", "afgehandeld")
YES, NO = "ja", "nee"

#: Allowed codes per coded column.
CODES: dict[str, tuple[str, ...]] = {
    "gebruikerssoort": values(UserKind),
    "activiteitstype": values(ActivityType),
    "gebruiksaard": values(Nature),
    "toegankelijkheid": values(Accessibility),
}

#: The three hour columns add up to gebruikte_uren within this margin.
HOURS_TOLERANCE = 0.01

# Plausibility limits (errors); besides these, every number is finite.
#: The most visitors, and the most volunteers, one session can have.
MAX_SESSION_PEOPLE = 10_000
#: The largest capacity of a room.
MAX_CAPACITY = 10_000
#: Each hour column of a room holds at most the hours of the period: this many a day.
HOURS_PER_DAY = 24
#: How long after the moment of reading ``geexporteerd_op`` may lie (a clock a little ahead);
#: and it never lies before the period began.
EXPORTED_AFTER_READING = dt.timedelta(days=1)

# The aggregate workbook's fixed sheets (other tools rely on them).
OVERVIEW_SHEET = "Overzicht"
OVERVIEW_COLUMNS = (
    "huis_code",
    "huis_naam",
    "periode",
    "bijeenkomsten",
    "bezoekers",
    "gebruikte_uren",
    "beschikbare_uren",
    "bezettingsgraad",
    "uren_maatschappelijk",
    "uren_particulier",
    "uren_commercieel",
    "activiteiten",
    "nieuwe_activiteiten",
    "vrijwilligers",
    "signalen",
    "vastgesteld",
)
MESSAGES_SHEET = "Meldingen"
MESSAGES_COLUMNS = ("bestand", "huis_code", "periode", "status", "meldingen")
FILE_STATUSES = ("geteld", "afgewezen", "vervangen", "dubbel")


def suggested_file_name(house_code: str, period: str) -> str:
    """``BERGH_2026-Q3.xlsx``; readers trust the content, never the name."""
    return f"{house_code}_{period}.xlsx"
