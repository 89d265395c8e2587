"""Build a rich, believable demo community house in a new, empty database.

``generate_demo`` writes Gemeenschapshuis De Schakel in Berghem: rooms with
opening hours and closures (Dutch public holidays, a Christmas break, a summer
closure, maintenance weeks), some thirty users of every kind with their
activities, recurring series materialised as sessions (with skipped and moved
occurrences), one-off parties and celebrations, tallies with noise and seasons,
corrections, residents' signals and approved quarters. The same arguments give
the same content: one seeded ``random.Random`` drives every choice and every
timestamp derives from the generated dates, never from the clock. Core layer:
no Qt here.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias

import holidays
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr
from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from housedesk.common.codes import (
    Accessibility,
    ActivityType,
    BookingStatus,
    Nature,
    Origin,
    SignalKind,
    SignalStatus,
    TargetGroup,
    UserKind,
    default_nature,
)
from housedesk.common.times import LOCAL_TIME
from housedesk.db.engine import Database
from housedesk.db.models import (
    Activity,
    ActivityTargetGroup,
    Base,
    Booking,
    BookingSeries,
    Closure,
    CodeCounter,
    House,
    OpeningHours,
    PeriodApproval,
    PeriodEvent,
    Room,
    SeriesSkip,
    Setting,
    Signal,
    TallyRevision,
    User,
)

HOUSE_CODE = "BERGH"
HOUSE_NAME = "Gemeenschapshuis De Schakel"
HOUSE_VILLAGE = "Berghem"

#: How far ahead the agenda is filled with planned sessions.
PLANNING_WEEKS = 10
#: Rows per INSERT batch for the big tables, so memory stays flat at any scale.
CHUNK_ROWS = 5000

# Dutch local time, for turning "the evening of the session" into naive UTC.
# A POSIX rule rather than the system's tz database, so the result never
# depends on the machine.


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo wrote."""

    rooms: int
    users: int
    activities: int
    series: int
    bookings: int
    held: int
    cancelled: int
    planned: int
    signals: int


class DemoError(Exception):
    """The database is not empty, so the demo refuses to write into it."""


def generate_demo(
    db: Database,
    *,
    years: int = 2,
    seed: int = 1,
    today: dt.date | None = None,
    scale: int = 1,
) -> DemoSummary:
    """Fill the empty database ``db`` with the demo house, in one transaction.

    ``years`` of history end at ``today`` (default: the real date) and the
    agenda runs ``PLANNING_WEEKS`` ahead; ``scale`` multiplies rooms, users
    and activities for a stress database. Raises ``DemoError`` when the
    database already holds a house or any data.
    """
    if years < 1:
        raise ValueError(f"years must be at least 1, not {years}")
    if scale < 1:
        raise ValueError(f"scale must be at least 1, not {scale}")
    with db.transaction() as session:
        builder = _Builder(
            session, years=years, seed=seed, today=today or dt.date.today(), scale=scale
        )
        return builder.run()


# --------------------------------------------------------------------------- the house's data

_WEEKDAYS_OPEN = (0, 1, 2, 3, 4)
#: House-wide opening hours: weekday -> (opens, closes) in minutes; Sunday closed.
_HOUSE_HOURS: dict[int, tuple[int, int]] = {
    **{weekday: (8 * 60 + 30, 23 * 60) for weekday in _WEEKDAYS_OPEN},
    5: (9 * 60, 17 * 60),
}


@dataclass(frozen=True)
class _RoomSpec:
    key: str
    name: str
    capacity: int
    area_m2: float
    facilities: tuple[str, ...]
    #: The room's own opening rows (weekday, opens, closes); ``None`` times = closed that day.
    hours: tuple[tuple[int, int | None, int | None], ...] = ()


# fmt: off
_ROOMS = (
    _RoomSpec(
        "grote", "Grote zaal", 120, 180.0,
        ("podium", "piano", "keuken", "beamer", "geluidsinstallatie", "ringleiding",
         "rolstoeltoegankelijk"),
    ),
    _RoomSpec(
        "kleine", "Kleine zaal", 40, 65.0,
        ("beamer", "whiteboard", "pantry", "rolstoeltoegankelijk"),
    ),
    _RoomSpec(
        "vergader", "Vergaderkamer", 14, 32.0,
        ("vergadertafel", "groot scherm", "whiteboard", "wifi"),
        hours=((5, None, None),),
    ),
    _RoomSpec(
        "keuken", "Keuken/ontmoetingsruimte", 30, 58.0,
        ("keuken", "vaatwasser", "koffiebar", "rolstoeltoegankelijk"),
    ),
    _RoomSpec(
        "zorg", "Zorgkamer", 10, 18.0,
        ("behandeltafel", "wastafel", "afsluitbare kast", "rolstoeltoegankelijk"),
        hours=(*((weekday, 8 * 60 + 30, 13 * 60) for weekday in _WEEKDAYS_OPEN), (5, None, None)),
    ),
)
# fmt: on
#: Upstairs room, given up a few years ago (no lift); only in demos of three years or more.
_LEGACY_ROOM = _RoomSpec("boven", "Bovenzaal", 35, 60.0, ("bar", "geluidsinstallatie", "dartbord"))


@dataclass(frozen=True)
class _UserSpec:
    key: str
    name: str
    kind: str
    origin: str = "eigen_kern"
    fixed_tenant: bool = False
    contact: str | None = None
    phone: str | None = None  # "mobiel" or "vast": a number is generated
    email: str | None = None
    notes: str | None = None


# fmt: off
_USERS = (
    _UserSpec("huis", "Stichting Gemeenschapshuis De Schakel", "eigen_activiteit",
              contact="Ans van der Heijden", phone="vast", email="beheer@deschakelberghem.nl",
              notes="Activiteiten van het huis zelf; het bestuur vergadert maandelijks."),
    _UserSpec("zorgcoop", "Zorgcoöperatie Berghem", "zorg_welzijn", fixed_tenant=True,
              contact="Marieke Smulders", phone="mobiel", email="info@zorgcooperatieberghem.nl",
              notes="Huurt de Zorgkamer vast; eigen sleutel."),
    _UserSpec("welzijn", "Stichting Welzijn Maasland", "zorg_welzijn", origin="gemeente",
              fixed_tenant=True, contact="Thijs Manders", phone="mobiel",
              email="t.manders@welzijnmaasland.nl"),
    _UserSpec("voedselbank", "Voedselbank Maasland", "zorg_welzijn", origin="gemeente",
              fixed_tenant=True, contact="Gerard van Erp", phone="mobiel",
              email="uitgifte.berghem@voedselbankmaasland.nl"),
    _UserSpec("vluchtelingenwerk", "VluchtelingenWerk Maasland", "zorg_welzijn",
              origin="gemeente", fixed_tenant=True, contact="Fatima El Amrani", phone="mobiel",
              email="taal@vluchtelingenwerkmaasland.nl"),
    _UserSpec("dribbel", "Kinderopvang Dribbel", "onderwijs_jeugd", fixed_tenant=True,
              contact="Saskia Peters", phone="vast", email="bso@kinderopvangdribbel.nl",
              notes="Factuur per kwartaal. Opbergkast in de kleine zaal."),
    _UserSpec("bongerd", "Basisschool De Bongerd", "onderwijs_jeugd", fixed_tenant=True,
              contact="Noor Jansen", phone="vast", email="administratie@debongerd.nl"),
    _UserSpec("koor", "Gemengd Koor Sint-Caecilia", "vereniging", fixed_tenant=True,
              contact="Ria Pennings-Verhoeven", phone="vast", email="secretaris@koorberghem.nl",
              notes="De piano in de grote zaal is van het koor."),
    _UserSpec("fanfare", "Fanfare Eendracht Berghem", "vereniging", fixed_tenant=True,
              contact="Wim van Lith", phone="mobiel", email="bestuur@fanfare-eendracht.nl"),
    _UserSpec("toneel", "Toneelvereniging De Dorpsspelers", "vereniging", fixed_tenant=True,
              contact="Petra van Dinther", phone="mobiel", email="info@dedorpsspelers.nl"),
    _UserSpec("kbo", "KBO Berghem", "vereniging", fixed_tenant=True,
              contact="Kees Hendriks", phone="vast", email="secretariaat@kboberghem.nl"),
    _UserSpec("bridge", "Bridgeclub Schoppen Troef", "vereniging", fixed_tenant=True,
              contact="Anja Bosch", phone="vast", email="wedstrijdleider@schoppentroef.nl"),
    _UserSpec("schaak", "Schaakclub De Witte Dame", "vereniging", fixed_tenant=True,
              contact="Jan de Groot", phone="mobiel",
              notes="Opgegaan in de schaakvereniging in Oss."),
    _UserSpec("repair", "Repair Café Berghem", "inwonersinitiatief",
              contact="Ton van Schijndel", phone="mobiel", email="repaircafe@berghem.info"),
    _UserSpec("samen", "Samen aan Tafel Berghem", "inwonersinitiatief",
              contact="Lies Timmermans", phone="mobiel", email="aanmelden@samenaantafel.nl"),
    _UserSpec("taalcafe", "Taalcafé Berghem", "inwonersinitiatief",
              contact="Hanneke Verstegen", phone="mobiel"),
    _UserSpec("dorpsraad", "Dorpsraad Berghem", "inwonersinitiatief",
              contact="Bart Kuijpers", email="secretaris@dorpsraadberghem.nl"),
    _UserSpec("jeugdwerk", "Stichting Jeugdwerk Berghem", "vereniging", fixed_tenant=True,
              contact="Sven van de Ven", phone="mobiel", email="jeugdsoos@jeugdwerkberghem.nl"),
    _UserSpec("carnaval", "Carnavalsvereniging De Knollenbijters", "vereniging",
              contact="Rob Hermens", phone="mobiel", email="secretaris@knollenbijters.nl"),
    _UserSpec("gemeente", "Gemeente Oss", "gemeente", origin="gemeente",
              contact="Eva Schuurmans (wijkcoördinator)", phone="mobiel",
              email="wijkcoordinator.berghem@oss.nl"),
    _UserSpec("yoga", "Yogastudio Zonnegroet", "commercieel", origin="gemeente",
              fixed_tenant=True, contact="Sanne de Kort", phone="mobiel",
              email="info@yogazonnegroet.nl"),
    _UserSpec("dans", "Dansschool Ritme", "commercieel", origin="gemeente", fixed_tenant=True,
              contact="Dennis Wijnen", phone="vast", email="info@dansschoolritme.nl"),
    _UserSpec("fysio", "Fysiotherapie Maasland", "commercieel",
              contact="Joost Raaijmakers", phone="vast", email="praktijk@fysiomaasland.nl"),
    _UserSpec("bhv", "Veiligheidstraining Brabant", "commercieel", origin="elders",
              contact="Mark Leijten", phone="mobiel", email="planning@veiligheidstraining.nl"),
    _UserSpec("ehbo", "EHBO-vereniging Berghem", "vereniging",
              contact="Yvonne Gerrits", phone="mobiel", email="cursus@ehboberghem.nl"),
    _UserSpec("palet", "Creatieve club Het Palet", "inwonersinitiatief",
              contact="Joke van Rooij", phone="vast"),
    _UserSpec("verhuur", "Particuliere verhuur (losse huurders)", "particulier",
              notes="Losse verhuur aan inwoners; naam en adres van de huurder staan op het "
              "huurcontract in de map."),
    _UserSpec("heuvel", "Fam. Van den Heuvel", "particulier",
              contact="Henk van den Heuvel", phone="mobiel"),
    _UserSpec("pennings", "Fam. Pennings", "particulier",
              contact="Marloes Pennings", phone="mobiel"),
    _UserSpec("bruijn", "Fam. De Bruijn", "particulier",
              notes="Contactgegevens verwijderd na afloop van de huur."),
)
# fmt: on


@dataclass(frozen=True)
class _SeriesSpec:
    rule: str  # RFC 5545 RRULE without DTSTART and UNTIL
    start: str | None = None  # "HH:MM"; None: the activity's default times
    end: str | None = None
    begins: float | None = None  # None: when the activity begins
    room: str | None = None  # None: the activity's default room


@dataclass(frozen=True)
class _ActivitySpec:
    key: str
    user: str
    name: str
    type: str
    access: str
    groups: tuple[str, ...]
    room: str
    start: str
    end: str
    usual: int
    volunteers: tuple[int, int] | None = None
    series: tuple[_SeriesSpec, ...] = ()
    #: Life of the activity as fractions of the history (0 = its first day, 1 = today).
    begins: float = 0.0
    ends: float | None = None
    #: Met in the old upstairs room until it closed, then moved to ``room``.
    from_legacy: bool = False
    description: str | None = None


def _weekly(days: str, **kwargs: Any) -> _SeriesSpec:
    return _SeriesSpec(f"FREQ=WEEKLY;BYDAY={days}", **kwargs)


def _monthly(days: str, **kwargs: Any) -> _SeriesSpec:
    return _SeriesSpec(f"FREQ=MONTHLY;BYDAY={days}", **kwargs)


_SEASON = "BYMONTH=1,2,3,9,10,11,12"  # September to March: rehearsal and course season

# fmt: off
_ACTIVITIES = (
    # The house itself
    _ActivitySpec("koffie", "huis", "Koffieochtend", "ontmoeting", "vrije_inloop",
                  ("ouderen", "iedereen"), "keuken", "09:30", "11:30", 22, (2, 4),
                  (_weekly("TU"),),
                  description="Vrije inloop met koffie, thee en een praatje. Iedereen welkom."),
    _ActivitySpec("bestuur", "huis", "Bestuursvergadering", "vergadering", "besloten",
                  ("volwassenen",), "vergader", "20:00", "22:00", 7, None, (_monthly("2MO"),)),
    _ActivitySpec("jaarfeest", "huis", "Jaarfeest De Schakel", "viering", "vrije_inloop",
                  ("iedereen",), "grote", "11:00", "17:00", 95, (8, 14),
                  (_SeriesSpec("FREQ=YEARLY;BYMONTH=9;BYDAY=2SA"),),
                  description="Open dag met muziek, markt en kinderactiviteiten."),
    _ActivitySpec("bingo", "huis", "Bingo-avond", "ontmoeting", "vrije_inloop",
                  ("iedereen", "ouderen"), "grote", "19:30", "22:30", 55, (3, 5),
                  (_monthly("2FR"),)),
    # Care and welfare
    _ActivitySpec("zc_spreekuur", "zorgcoop", "Spreekuur Zorgcoöperatie", "ondersteuning",
                  "vrije_inloop", ("ouderen", "kwetsbaar", "mantelzorgers"), "zorg",
                  "09:00", "11:00", 5, (1, 2), (_weekly("TU,TH"),),
                  description="Vragen over zorg, hulp in huis en vervoer; zonder afspraak."),
    _ActivitySpec("dagbesteding", "zorgcoop", "Dagbesteding Ontmoetingsgroep",
                  "zorg_dagbesteding", "besloten", ("ouderen", "beperking"), "keuken",
                  "09:30", "12:30", 13, (2, 4), (_weekly("MO,WE,TH,FR"),)),
    _ActivitySpec("mantelzorg", "zorgcoop", "Mantelzorgcafé", "ondersteuning", "vrije_inloop",
                  ("mantelzorgers",), "keuken", "19:30", "21:30", 11, (1, 2),
                  (_monthly("2TH"),), begins=0.2),
    _ActivitySpec("prikpost", "zorgcoop", "Prikpost (bloedafname)", "zorg_dagbesteding",
                  "vrije_inloop", ("iedereen", "ouderen"), "zorg", "08:30", "10:00", 9, (1, 1),
                  (_weekly("FR"),)),
    _ActivitySpec("rouwcafe", "welzijn", "Rouwcafé", "ondersteuning", "vrije_inloop",
                  ("volwassenen", "ouderen"), "kleine", "19:30", "21:30", 12, (2, 3),
                  (_monthly("1WE,3WE"),),
                  description="Voor wie een dierbare heeft verloren. Geen aanmelding nodig."),
    _ActivitySpec("digicafe", "welzijn", "Digicafé", "educatie", "vrije_inloop", ("ouderen",),
                  "vergader", "10:00", "12:00", 9, (2, 3), (_weekly("TU"),)),
    _ActivitySpec("wijkwerker", "welzijn", "Spreekuur wijkwerker", "ondersteuning",
                  "vrije_inloop", ("iedereen", "kwetsbaar"), "zorg", "09:30", "11:30", 4, None,
                  (_weekly("MO,WE"), _weekly("FR", start="10:15", end="12:15"))),
    _ActivitySpec("formulieren", "welzijn", "Formulierenhulp", "ondersteuning", "vrije_inloop",
                  ("kwetsbaar", "ouderen", "nieuwkomers"), "vergader", "10:00", "12:00", 6,
                  (1, 2), (_weekly("FR"),), begins=0.15),
    _ActivitySpec("voedselbank", "voedselbank", "Uitgiftepunt voedselbank", "ondersteuning",
                  "besloten", ("kwetsbaar",), "keuken", "13:00", "15:30", 21, (4, 6),
                  (_weekly("FR"),), begins=0.35),
    _ActivitySpec("taalles", "vluchtelingenwerk", "Taalles voor nieuwkomers", "educatie",
                  "aanmelding", ("nieuwkomers",), "vergader", "10:00", "12:00", 10, (1, 2),
                  (_weekly("MO,WE,TH"),), begins=0.5),
    # Education and youth
    _ActivitySpec("bso", "dribbel", "BSO-club De Schakel", "jeugd", "aanmelding", ("kinderen",),
                  "kleine", "15:00", "17:30", 22, (0, 1), (_weekly("MO,TU,WE,TH"),),
                  description="Naschoolse opvang: spel, sport en knutselen, 4 tot 12 jaar."),
    _ActivitySpec("peuters", "dribbel", "Peuterspeelgroep", "jeugd", "aanmelding",
                  ("kinderen",), "kleine", "08:30", "12:00", 13, (0, 1),
                  (_weekly("MO,TU,WE,FR"),)),
    _ActivitySpec("huiswerk", "bongerd", "Huiswerkbegeleiding", "educatie", "aanmelding",
                  ("kinderen", "jongeren"), "vergader", "15:30", "17:00", 9, (2, 3),
                  (_weekly("MO,TU"),), begins=0.15),
    # Associations
    _ActivitySpec("koor", "koor", "Koorrepetitie", "cultuur", "leden", ("volwassenen", "ouderen"),
                  "grote", "20:00", "22:00", 34, (0, 2),
                  (_SeriesSpec("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"),)),
    _ActivitySpec("kerstconcert", "koor", "Kerstconcert", "cultuur", "vrije_inloop",
                  ("iedereen",), "grote", "20:00", "22:00", 100, (4, 8)),
    _ActivitySpec("fanfare", "fanfare", "Repetitie fanfare", "cultuur", "leden",
                  ("jongeren", "volwassenen", "ouderen"), "grote", "19:30", "22:00", 32, (0, 2),
                  (_weekly("MO"),)),
    _ActivitySpec("jeugdorkest", "fanfare", "Jeugdorkest", "cultuur", "leden",
                  ("kinderen", "jongeren"), "grote", "18:15", "19:15", 14, (1, 2),
                  (_weekly("WE"),), begins=0.25),
    _ActivitySpec("toneel", "toneel", "Toneelrepetitie", "cultuur", "leden", ("volwassenen",),
                  "grote", "19:30", "22:30", 14, (0, 1),
                  (_SeriesSpec(f"FREQ=WEEKLY;BYDAY=WE;{_SEASON}"),), from_legacy=True),
    _ActivitySpec("uitvoering", "toneel", "Toneeluitvoering", "cultuur", "aanmelding",
                  ("iedereen",), "grote", "20:00", "22:30", 90, (5, 9)),
    _ActivitySpec("koersbal", "kbo", "Koersbal", "bewegen", "leden", ("ouderen",), "grote",
                  "13:30", "16:00", 20, (1, 2), (_weekly("MO,TH"),)),
    _ActivitySpec("soos", "kbo", "Seniorensoos", "ontmoeting", "vrije_inloop", ("ouderen",),
                  "grote", "14:00", "17:00", 40, (2, 4), (_weekly("TU,FR"),)),
    _ActivitySpec("klaverjassen", "kbo", "Klaverjassen", "ontmoeting", "leden",
                  ("ouderen", "volwassenen"), "kleine", "13:30", "17:00", 26, (1, 2),
                  (_weekly("FR"), _weekly("TH", start="13:30", end="16:30", room="keuken"))),
    _ActivitySpec("gym", "kbo", "Gym voor ouderen", "bewegen", "aanmelding", ("ouderen",),
                  "grote", "09:30", "10:30", 20, (1, 1), (_weekly("TU,TH"),)),
    _ActivitySpec("sjoelen", "kbo", "Sjoelen", "ontmoeting", "leden", ("ouderen",), "keuken",
                  "13:30", "16:00", 16, (1, 2), (_weekly("WE"),)),
    _ActivitySpec("bridge", "bridge", "Bridgeavond", "ontmoeting", "leden",
                  ("volwassenen", "ouderen"), "kleine", "19:30", "23:00", 30, (1, 2),
                  (_weekly("TU,TH"),)),
    _ActivitySpec("schaak", "schaak", "Schaakavond", "overig", "leden", ("iedereen",),
                  "vergader", "19:30", "22:30", 10, (0, 1), (_weekly("TU"),), ends=0.6),
    _ActivitySpec("jeugdsoos", "jeugdwerk", "Jeugdsoos", "jeugd", "vrije_inloop", ("jongeren",),
                  "kleine", "19:00", "22:30", 24, (2, 3), (_weekly("FR"),), from_legacy=True),
    _ActivitySpec("kinderclub", "jeugdwerk", "Kinderclub", "jeugd", "aanmelding", ("kinderen",),
                  "grote", "13:30", "15:00", 18, (2, 3), (_weekly("WE"),), from_legacy=True),
    _ActivitySpec("carnaval_vergadering", "carnaval", "Vergadering carnavalsvereniging",
                  "vergadering", "besloten", ("volwassenen",), "vergader", "20:00", "22:30", 11,
                  None, (_monthly("3MO"),)),
    _ActivitySpec("seniorencarnaval", "carnaval", "Seniorencarnaval", "viering",
                  "vrije_inloop", ("ouderen",), "grote", "13:00", "17:00", 85, (6, 10)),
    _ActivitySpec("ehbo", "ehbo", "EHBO-cursus", "educatie", "aanmelding", ("volwassenen",),
                  "kleine", "20:30", "22:30", 12, (1, 2),
                  (_SeriesSpec(f"FREQ=WEEKLY;BYDAY=MO;{_SEASON}"),)),
    # Residents' initiatives
    _ActivitySpec("repair", "repair", "Repair Café", "repair_kringloop", "vrije_inloop",
                  ("iedereen",), "kleine", "10:00", "13:00", 28, (4, 7), (_monthly("1SA"),)),
    _ActivitySpec("samen_eten", "samen", "Samen eten", "samen_eten", "aanmelding",
                  ("iedereen", "ouderen", "kwetsbaar"), "keuken", "17:30", "20:30", 26, (3, 5),
                  (_monthly("-1FR"),),
                  description="Drie gangen voor vijf euro; aanmelden tot woensdag."),
    _ActivitySpec("taalcafe", "taalcafe", "Taalcafé", "ontmoeting", "vrije_inloop",
                  ("nieuwkomers", "iedereen"), "vergader", "14:00", "16:00", 11, (2, 3),
                  (_weekly("WE"),), begins=0.45),
    _ActivitySpec("dorpsraad", "dorpsraad", "Vergadering dorpsraad", "vergadering",
                  "vrije_inloop", ("iedereen",), "vergader", "20:00", "22:00", 12, None,
                  (_monthly("1MO"),)),
    _ActivitySpec("brei", "palet", "Breicafé", "ontmoeting", "vrije_inloop",
                  ("iedereen", "ouderen"), "keuken", "13:30", "16:00", 14, (1, 2),
                  (_weekly("MO"),)),
    _ActivitySpec("schilderen", "palet", "Schilderen", "cultuur", "leden",
                  ("volwassenen", "ouderen"), "vergader", "13:30", "16:30", 10, (0, 1),
                  (_weekly("TH"),)),
    _ActivitySpec("creatief", "palet", "Creatieve middag", "cultuur", "vrije_inloop",
                  ("iedereen", "beperking"), "keuken", "13:30", "16:00", 12, (2, 3),
                  (_weekly("TU"),), begins=0.55),
    # The municipality
    _ActivitySpec("informatieavond", "gemeente", "Informatieavond gemeente", "vergadering",
                  "vrije_inloop", ("iedereen",), "grote", "19:30", "21:30", 55),
    # Commercial renters
    _ActivitySpec("yoga", "yoga", "Yoga", "bewegen", "aanmelding", ("volwassenen",), "kleine",
                  "19:00", "20:15", 14, None,
                  (_weekly("MO"), _weekly("TH", start="09:15", end="10:30"),
                   _weekly("WE", start="18:00", end="19:15", begins=0.3))),
    _ActivitySpec("stoelyoga", "yoga", "Stoelyoga", "bewegen", "aanmelding", ("ouderen",),
                  "grote", "09:30", "10:30", 10, None, (_weekly("FR"),), begins=0.42),
    _ActivitySpec("kinderdans", "dans", "Kinderdansles", "bewegen", "aanmelding", ("kinderen",),
                  "grote", "09:30", "11:30", 16, None, (_weekly("SA"),)),
    _ActivitySpec("zumba", "dans", "Zumba", "bewegen", "aanmelding", ("volwassenen",), "grote",
                  "20:00", "21:00", 18, None, (_weekly("TU"),), ends=0.7),
    _ActivitySpec("linedance", "dans", "Line dance", "bewegen", "aanmelding",
                  ("volwassenen", "ouderen"), "grote", "10:15", "11:30", 16, None,
                  (_weekly("MO,WE"),), begins=0.1),
    _ActivitySpec("valpreventie", "fysio", "Valpreventietraining", "bewegen", "aanmelding",
                  ("ouderen",), "grote", "09:30", "10:30", 11, None, (_weekly("FR"),),
                  ends=0.4),
    _ActivitySpec("bhv", "bhv", "BHV-training", "educatie", "besloten", ("volwassenen",),
                  "vergader", "13:00", "17:00", 10),
    # Private renters
    _ActivitySpec("verjaardag", "verhuur", "Verjaardagsfeest", "viering", "besloten",
                  ("iedereen",), "grote", "19:30", "23:00", 55),
    _ActivitySpec("jubileum", "verhuur", "Jubileumfeest", "viering", "besloten",
                  ("volwassenen", "ouderen"), "grote", "19:30", "23:00", 70, begins=0.2),
    _ActivitySpec("koffietafel", "verhuur", "Koffietafel na uitvaart", "overig", "besloten",
                  ("iedereen",), "kleine", "12:15", "14:45", 35),
    _ActivitySpec("sinterklaas", "heuvel", "Sinterklaasfeest familie", "viering", "besloten",
                  ("kinderen", "volwassenen"), "kleine", "13:00", "17:00", 30),
    _ActivitySpec("pennings_feest", "pennings", "Verjaardagsfeest", "viering", "besloten",
                  ("iedereen",), "grote", "13:00", "17:00", 45, begins=0.1),
    _ActivitySpec("kaartavond", "bruijn", "Kaartavond met vrienden", "ontmoeting", "besloten",
                  ("volwassenen",), "vergader", "19:30", "23:00", 8, None, (_monthly("3FR"),),
                  ends=0.45),
)
# fmt: on

_MAINTENANCE = (
    "Onderhoud: vloer schuren en lakken",
    "Schilderwerk",
    "Vervanging verlichting (led)",
    "Onderhoud keuken en afzuiging",
    "Akoestische panelen plaatsen",
    "Vervanging cv-ketel",
    "Nieuwe raamkozijnen",
)

#: Reasons to cancel, the more likely ones repeated.
_CANCEL_COMMON = (
    *("Ziekte begeleider",) * 4,
    *("Te weinig vrijwilligers",) * 2,
    "Storing verwarming",
    "Lekkage in de zaal",
    "Zaal dubbel geboekt",
)
_CANCEL_REGISTRATION = ("Te weinig aanmeldingen",) * 3
_CANCEL_BY_TYPE = {
    "cultuur": ("Dirigent ziek", "Extra repetitie elders"),
    "vergadering": ("Geen agendapunten", "Vergadering verplaatst"),
    "bewegen": ("Docent ziek",),
    "jeugd": ("Studiedag school", "Leiding ziek"),
    "ondersteuning": ("Gastspreker afgezegd",),
    "zorg_dagbesteding": ("Vervoer uitgevallen",),
}
_CANCEL_PRIVATE = ("Feest gaat niet door", "Familieomstandigheden")
_WEATHER_ALARM = "Weeralarm (code oranje)"

#: How busy a month is compared with the rest of the year.
# fmt: off
_SEASON_FACTOR = {1: 0.95, 2: 0.97, 3: 1.0, 4: 0.98, 5: 0.95, 6: 0.92, 7: 0.72, 8: 0.75,
                  9: 1.0, 10: 1.02, 11: 1.03, 12: 0.85}
# fmt: on

# fmt: off
_SIGNALS = (
    ("wens", "verlichting hondenveld", "Bewoners van de Molenakker vragen om verlichting bij "
     "het tijdelijke hondenuitlaatveld; 's avonds is het er aardedonker.", "gemeente"),
    ("wens", "bankje bij de bushalte", "Bezoekers van de koffieochtend willen graag een bankje "
     "bij de bushalte aan de Kerkstraat; staan is voor velen te zwaar.", "gemeente"),
    ("wens", "speeltoestel voor peuters", "Ouders van de peuterspeelgroep vragen om een "
     "speeltoestel voor de allerkleinsten op het grasveld naast De Schakel.", "gemeente"),
    ("wens", "vaker een buurtbus naar Oss", "Ouderen zonder auto komen op zaterdag niet in de "
     "stad; de buurtbus rijdt alleen doordeweeks.", "gemeente"),
    ("wens", "beweegtuin voor ouderen", "De gymgroep stelt voor om bij het park een paar "
     "beweegtoestellen te plaatsen.", "gemeente"),
    ("wens", "oplaadpunt voor scootmobielen", "Bezoekers vragen of ze hun scootmobiel in de "
     "hal kunnen opladen tijdens de soos.", None),
    ("klacht", "te hard rijden Kerkstraat", "Er wordt op de Kerkstraat veel te hard gereden, "
     "vooral rond schooltijd. Ouders maken zich zorgen.", "gemeente"),
    ("klacht", "zwerfafval rond de glasbak", "Rond de glasbak bij het gemeenschapshuis ligt "
     "steeds afval; het trekt ratten aan.", "gemeente"),
    ("klacht", "parkeren op de stoep", "Bij drukke avonden staan auto's op de stoep en kunnen "
     "rolstoelen er niet langs.", "gemeente"),
    ("klacht", "schimmel in huurwoningen Lindelaan", "Meerdere bezoekers klagen over schimmel "
     "in hun huurwoning; de melding bij de verhuurder blijft liggen.", "woningcorporatie"),
    ("klacht", "geluid na elf uur", "Omwonenden klagen over muziek bij feesten in de grote "
     "zaal na elf uur 's avonds.", None),
    ("klacht", "kapotte straatverlichting Pastoor van Erpstraat", "Al weken brandt de "
     "straatverlichting niet; mensen durven 's avonds niet over straat.", "gemeente"),
    ("klacht", "overlast bij het schoolplein", "Buurtbewoners melden 's avonds groepjes "
     "jongeren met harde muziek op het schoolplein.", "wijkwerker"),
    ("idee", "ruilkast voor boeken", "Een bezoeker biedt aan een boekenruilkast in de hal te "
     "maken en bij te houden.", None),
    ("idee", "moestuin achter het gemeenschapshuis", "Een groep bewoners wil het braakliggende "
     "stuk achter De Schakel als moestuin gebruiken.", "gemeente"),
    ("idee", "wandelgroep na de koffieochtend", "Na de koffie samen een rondje lopen; een "
     "vrijwilliger wil het begeleiden.", None),
    ("idee", "buurtapp voor de nieuwbouwwijk", "Nieuwe bewoners kennen elkaar nog niet; een "
     "buurtapp en een welkomstborrel zouden helpen.", "wijkwerker"),
    ("idee", "zonnepanelen op het dak", "Bewoners willen samen zonnepanelen op het dak van het "
     "gemeenschapshuis leggen.", "gemeente"),
    ("idee", "opknapdag met de buurt", "Samen de speeltuin en de portiekflats opknappen op "
     "NLdoet.", "woningcorporatie"),
    ("zorg", "eenzaamheid bij alleenstaande ouderen", "Vrijwilligers van de koffieochtend "
     "maken zich zorgen over ouderen die niet meer komen.", "wijkwerker"),
    ("zorg", "betalingsachterstanden bij gezinnen", "Via het uitgiftepunt horen we van gezinnen "
     "die de energierekening niet meer kunnen betalen.", "wijkwerker"),
    ("zorg", "verwaarloosde tuin bij oudere bewoner", "Buren zien dat een oudere bewoner de "
     "post niet meer opent en de tuin verwildert.", "wijkwerker"),
    ("zorg", "vocht en tocht in seniorenwoningen", "Bewoners van de seniorenwoningen hebben "
     "het koud en de ramen sluiten niet goed.", "woningcorporatie"),
    ("zorg", "overbelaste mantelzorgers", "In het mantelzorgcafé vertellen meerdere deelnemers "
     "dat ze het niet meer volhouden; respijtzorg is er nauwelijks.", "wijkwerker"),
    ("zorg", "onveilige oversteek bij de school", "Kinderen steken over tussen geparkeerde "
     "auto's; er is geen klaar-over meer.", "gemeente"),
)
# fmt: on

_REOPEN_NOTES = (
    "Telling verkeerd ingevoerd; bezoekersaantal gecorrigeerd",
    "Bezoekers dubbel geteld; telling gecorrigeerd",
)


# --------------------------------------------------------------------------- small helpers


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _quarter_label(start: dt.date) -> str:
    return f"{start.year}-Q{(start.month - 1) // 3 + 1}"


@functools.cache
def _utc_offset(day: dt.date) -> dt.timedelta:
    """Dutch local time minus UTC on ``day`` (the clocks change at night, before any session)."""
    noon = dt.datetime.combine(day, dt.time(12), tzinfo=LOCAL_TIME)
    return noon.utcoffset() or dt.timedelta()


def _utc(day: dt.date, minutes: int) -> dt.datetime:
    """Local (Dutch) time ``minutes`` after the start of ``day``, as naive UTC."""
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes) - _utc_offset(day)


def _span(text: str) -> tuple[int, int]:
    """``"19:30-21:30"`` as minutes after midnight: ``(1170, 1290)``."""
    start, end = text.split("-")
    return _minutes(start), _minutes(end)


def _days(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


# --------------------------------------------------------------------------- runtime objects


@dataclass(slots=True, eq=False)
class _Room:
    id: int
    key: str
    replica: int
    capacity: int
    hours: dict[int, tuple[int, int] | None]
    closed_days: set[dt.date] = field(default_factory=set)
    last_day: dt.date | None = None  # the legacy room: its last day in use

    def opening(self, day: dt.date) -> tuple[int, int] | None:
        if self.last_day is not None and day > self.last_day:
            return None
        return self.hours.get(day.weekday())


@dataclass(slots=True, eq=False)
class _User:
    spec: _UserSpec
    replica: int
    name: str
    created_at: dt.datetime = dt.datetime.min
    archived_at: dt.datetime | None = None
    id: int = 0


@dataclass(slots=True, eq=False)
class _Activity:
    spec: _ActivitySpec
    replica: int
    user: _User
    room: _Room
    begin: dt.date
    end: dt.date | None
    nature: Nature
    growth: float
    created_at: dt.datetime
    archived_at: dt.datetime | None = None
    id: int = 0
    sessions: int = 0

    def active_on(self, day: dt.date) -> bool:
        return self.begin <= day and (self.end is None or day <= self.end)


@dataclass(slots=True, eq=False)
class _Series:
    id: int
    activity: _Activity
    room: _Room
    first_date: dt.date
    start: int
    end: int
    rule: str
    created_at: dt.datetime


@dataclass(slots=True, eq=False)
class _Session:
    activity: _Activity
    room: _Room
    date: dt.date
    start: int
    end: int
    created_at: dt.datetime
    expect: int
    series: _Series | None = None
    occurrence: dt.date | None = None
    detached: bool = False


#: Who is in which room when: (room id, date) -> [(start, end), ...] of the sessions there.
_Busy: TypeAlias = dict[tuple[int, dt.date], list[tuple[int, int]]]


@dataclass
class _Totals:
    bookings: int = 0
    held: int = 0
    cancelled: int = 0
    planned: int = 0


# --------------------------------------------------------------------------- the builder


class _Builder:
    """Writes the demo house; one instance per run, one random stream for everything."""

    def __init__(
        self, session: Session, *, years: int, seed: int, today: dt.date, scale: int
    ) -> None:
        self.session = session
        self.rng = random.Random(seed)
        self.today = today
        self.scale = scale
        current_quarter = _quarter_start(today)
        self.current_quarter = current_quarter
        self.start = dt.date(current_quarter.year - years, current_quarter.month, 1)
        self.horizon = today + dt.timedelta(weeks=PLANNING_WEEKS)
        self.span = (today - self.start).days
        self.legacy_last_day: dt.date | None = None
        if years >= 3:
            # The upstairs room was taken out of use halfway through the last month of a
            # quarter some two and a half years ago (mid-June, with today in December): the
            # figures of that quarter, and of its year, count it only up to that day.
            self.legacy_last_day = _quarter_start(today - dt.timedelta(days=913)) + relativedelta(
                months=2, days=14
            )
        self.house_closed: set[dt.date] = set()
        self.rooms: list[_Room] = []
        self.users: list[_User] = []
        self.activities: list[_Activity] = []
        self.series: list[_Series] = []
        self.storm_days: set[dt.date] = set()
        self.totals = _Totals()
        self.next_booking_id = 1
        self.revision_rows: list[dict[str, Any]] = []
        # The agenda of the wing of rooms being filled (see _write_sessions).
        self.busy: _Busy = {}
        self.sessions: list[_Session] = []

    # ----------------------------------------------------------------- orchestration

    def run(self) -> DemoSummary:
        self._refuse_unless_empty()
        self._write_house()
        self._write_rooms()
        self._write_closures()
        self._write_users_and_activities()
        self._write_series()
        self._choose_storm_days()
        for replica in range(1, self.scale + 1):
            self._write_sessions(replica)
        self._insert(TallyRevision, self.revision_rows)
        signals = self._write_signals()
        self._write_periods()
        return DemoSummary(
            rooms=len(self.rooms),
            users=len(self.users),
            activities=len(self.activities),
            series=len(self.series),
            bookings=self.totals.bookings,
            held=self.totals.held,
            cancelled=self.totals.cancelled,
            planned=self.totals.planned,
            signals=signals,
        )

    def _refuse_unless_empty(self) -> None:
        for model in (House, Room, User, Activity, Booking, Signal, PeriodApproval):
            count = self.session.scalar(select(func.count()).select_from(model))
            if count:
                raise DemoError(
                    f"the database already holds data ({count} rows in "
                    f"'{model.__tablename__}'); the demo needs a new, empty database"
                )

    def _insert(self, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
        """Bulk-insert ``rows`` (every row has every key) in batches, through Core.

        Core's executemany keeps NULLs as they are; the ORM's bulk path leaves None
        keys out and so splits the batch into thousands of single-row INSERTs.
        """
        table = model.__table__
        for first in range(0, len(rows), CHUNK_ROWS):
            self.session.execute(insert(table), list(rows[first : first + CHUNK_ROWS]))

    def _date_at(self, fraction: float) -> dt.date:
        """The date ``fraction`` of the way from the first day of history to today."""
        return self.start + dt.timedelta(days=round(fraction * self.span))

    def _moment(self, day: dt.date, earliest: int, latest: int) -> dt.datetime:
        """A UTC timestamp on ``day`` between two local times (minutes), on the minute."""
        return _utc(day, self.rng.randint(earliest, latest))

    # ----------------------------------------------------------------- house, rooms, closures

    def _write_house(self) -> None:
        self.session.add(House(id=1, code=HOUSE_CODE, name=HOUSE_NAME, village=HOUSE_VILLAGE))
        self.session.merge(Setting(key="role", value="house"))

    def _write_rooms(self) -> None:
        specs = list(_ROOMS)
        legacy = self.legacy_last_day is not None
        rows: list[dict[str, Any]] = []
        hour_rows: list[dict[str, Any]] = [
            {"room_id": None, "weekday": weekday, "opens_min": opens, "closes_min": closes}
            for weekday, (opens, closes) in _HOUSE_HOURS.items()
        ]
        plan = [(replica, spec) for replica in range(1, self.scale + 1) for spec in specs]
        if legacy:
            plan += [(replica, _LEGACY_ROOM) for replica in range(1, self.scale + 1)]
        for number, (replica, spec) in enumerate(plan, start=1):
            hours: dict[int, tuple[int, int] | None] = dict(_HOUSE_HOURS)
            for weekday, opens, closes in spec.hours:
                hours[weekday] = None if opens is None or closes is None else (opens, closes)
                hour_rows.append(
                    {
                        "room_id": number,
                        "weekday": weekday,
                        "opens_min": opens,
                        "closes_min": closes,
                    }
                )
            is_legacy = spec is _LEGACY_ROOM
            room = _Room(
                id=number,
                key=spec.key,
                replica=replica,
                capacity=spec.capacity,
                hours=hours,
                last_day=self.legacy_last_day if is_legacy else None,
            )
            self.rooms.append(room)
            rows.append(
                {
                    "id": number,
                    "code": f"R{number}",
                    "name": spec.name if replica == 1 else f"{spec.name} {replica}",
                    "capacity": spec.capacity,
                    "area_m2": spec.area_m2,
                    "facilities": list(spec.facilities),
                    "active": not is_legacy,
                    # Every room is in service from the first day of the demo's history.
                    "in_service_from": self.start,
                    "out_of_service_from": (
                        self.legacy_last_day + dt.timedelta(days=1)
                        if is_legacy and self.legacy_last_day is not None
                        else None
                    ),
                    "created_at": self._moment(
                        self.start - dt.timedelta(days=self.rng.randint(20, 60)), 600, 960
                    ),
                }
            )
        self._insert(Room, rows)
        self._insert(OpeningHours, hour_rows)
        self.session.merge(CodeCounter(kind="room", last=len(rows)))

    def _room(self, replica: int, key: str) -> _Room:
        for room in self.rooms:
            if room.replica == replica and room.key == key:
                return room
        raise KeyError(key)

    def _write_closures(self) -> None:
        rows: list[dict[str, Any]] = []
        first_year, last_year = self.start.year - 1, self.horizon.year
        breaks: list[tuple[dt.date, dt.date, str]] = []
        for year in range(first_year, last_year + 1):
            breaks.append((dt.date(year, 12, 24), dt.date(year + 1, 1, 1), "Kerstsluiting"))
            summer = dt.date.fromisocalendar(year, 30, 1)
            weeks = 2 if self.rng.random() < 0.7 else 1
            breaks.append((summer, summer + dt.timedelta(days=7 * weeks - 1), "Zomersluiting"))
        breaks.sort()
        covered: set[dt.date] = set()
        for first, last, reason in breaks:
            covered.update(_days(first, last))
            rows.append({"room_id": None, "first_day": first, "last_day": last, "reason": reason})
        calendar = holidays.country_holidays(
            "NL", years=range(first_year, last_year + 1), language="nl"
        )
        for day, name in sorted(calendar.items()):
            if day not in covered:
                rows.append(
                    {
                        "room_id": None,
                        "first_day": day,
                        "last_day": day,
                        "reason": str(name).split(";")[0],
                    }
                )
                covered.add(day)
        self.house_closed = covered
        # One maintenance week a year in one room of every wing, taking turns.
        for replica in range(1, self.scale + 1):
            wing = [r for r in self.rooms if r.replica == replica and r.last_day is None]
            for turn, year in enumerate(range(first_year, last_year + 1)):
                room = wing[(turn + replica) % len(wing)]
                week = self.rng.choice((7, 8, 33, 34, 35, 43))  # not in the summer closure
                monday = dt.date.fromisocalendar(year, week, 1)
                saturday = monday + dt.timedelta(days=5)
                room.closed_days.update(_days(monday, saturday))
                rows.append(
                    {
                        "room_id": room.id,
                        "first_day": monday,
                        "last_day": saturday,
                        "reason": self.rng.choice(_MAINTENANCE),
                    }
                )
        rows = [
            row
            for row in rows
            if row["last_day"] >= self.start and row["first_day"] <= self.horizon
        ]
        rows.sort(key=lambda row: (row["first_day"], row["room_id"] or 0))
        self._insert(Closure, rows)

    def _closed(self, room: _Room, day: dt.date) -> bool:
        return day in self.house_closed or day in room.closed_days

    # ----------------------------------------------------------------- users and activities

    def _phone(self, style: str | None) -> str | None:
        if style == "mobiel":
            return f"06-{self.rng.randint(10_000_000, 69_999_999)}"
        if style == "vast":
            return f"0412-{self.rng.randint(400_000, 699_999)}"
        return None

    def _write_users_and_activities(self) -> None:
        user_rows: list[dict[str, Any]] = []
        for replica in range(1, self.scale + 1):
            users = {
                spec.key: _User(
                    spec, replica, spec.name if replica == 1 else f"{spec.name} ({replica})"
                )
                for spec in _USERS
            }
            for spec in _ACTIVITIES:
                user = users[spec.user]
                begin = self._date_at(spec.begins)
                end = self._date_at(spec.ends) if spec.ends is not None else None
                created = self._moment(
                    begin - dt.timedelta(days=self.rng.randint(5, 40)), 540, 1260
                )
                activity = _Activity(
                    spec=spec,
                    replica=replica,
                    user=user,
                    room=self._room(replica, spec.room),
                    begin=begin,
                    end=end,
                    nature=default_nature(UserKind(user.spec.kind)),
                    growth=self.rng.uniform(-0.02, 0.06),
                    created_at=created,
                )
                if end is not None:
                    archived = self._moment(
                        end + dt.timedelta(days=self.rng.randint(14, 60)), 600, 1200
                    )
                    if archived.date() < self.today:
                        activity.archived_at = archived
                self.activities.append(activity)
            mine = [a for a in self.activities if a.replica == replica]
            for user in users.values():
                own = [a for a in mine if a.user is user]
                first = min(a.created_at for a in own)
                user.created_at = min(
                    first - dt.timedelta(minutes=10),
                    self._moment(
                        first.date() - dt.timedelta(days=self.rng.randint(0, 14)), 540, 1200
                    ),
                )
                if all(a.archived_at is not None for a in own):
                    last = max(a.archived_at for a in own if a.archived_at is not None)
                    archived = last + dt.timedelta(days=self.rng.randint(0, 7))
                    if archived.date() < self.today:
                        user.archived_at = archived
                self.users.append(user)
        # Numbers and codes are handed out in the order things were registered.
        self.users.sort(key=lambda u: u.created_at)
        for number, user in enumerate(self.users, start=1):
            user.id = number
            user_spec = user.spec
            user_rows.append(
                {
                    "id": number,
                    "name": user.name,
                    "kind": user_spec.kind,
                    "origin": Origin(user_spec.origin).value,
                    "fixed_tenant": user_spec.fixed_tenant,
                    "contact_name": user_spec.contact,
                    "contact_phone": self._phone(user_spec.phone),
                    "contact_email": user_spec.email,
                    "notes": user_spec.notes,
                    "created_at": user.created_at,
                    "archived_at": user.archived_at,
                }
            )
        self._insert(User, user_rows)
        self.activities.sort(key=lambda a: a.created_at)
        activity_rows: list[dict[str, Any]] = []
        group_rows: list[dict[str, Any]] = []
        for number, activity in enumerate(self.activities, start=1):
            activity.id = number
            spec = activity.spec
            activity_rows.append(
                {
                    "id": number,
                    "code": f"A{number}",
                    "user_id": activity.user.id,
                    "name": spec.name,
                    "type": ActivityType(spec.type).value,
                    "nature": activity.nature.value,
                    "accessibility": Accessibility(spec.access).value,
                    "default_room_id": activity.room.id,
                    "default_start_min": _minutes(spec.start),
                    "default_end_min": _minutes(spec.end),
                    "usual_visitors": spec.usual,
                    "description": spec.description,
                    "created_at": activity.created_at,
                    "archived_at": activity.archived_at,
                }
            )
            group_rows += [
                {"activity_id": number, "target_group": TargetGroup(group).value}
                for group in spec.groups
            ]
        self._insert(Activity, activity_rows)
        self._insert(ActivityTargetGroup, group_rows)
        self.session.merge(CodeCounter(kind="activity", last=len(activity_rows)))

    # ----------------------------------------------------------------- series

    def _write_series(self) -> None:
        rows: list[dict[str, Any]] = []
        for activity in sorted(self.activities, key=lambda a: (a.replica, a.id)):
            spec = activity.spec
            for series_spec in spec.series:
                begin = activity.begin
                if series_spec.begins is not None:
                    begin = max(begin, self._date_at(series_spec.begins))
                start = _minutes(series_spec.start or spec.start)
                end = _minutes(series_spec.end or spec.end)
                legacy_last = self.legacy_last_day if spec.from_legacy else None
                if legacy_last is not None:
                    legacy = self._room(activity.replica, _LEGACY_ROOM.key)
                    self._add_series(
                        activity,
                        legacy,
                        series_spec.rule,
                        start,
                        end,
                        begin,
                        min(legacy_last, activity.end or legacy_last),
                    )
                    begin = legacy_last + dt.timedelta(days=1)
                room = activity.room
                if series_spec.room is not None:
                    room = self._room(activity.replica, series_spec.room)
                self._add_series(activity, room, series_spec.rule, start, end, begin, activity.end)
        for item in self.series:
            rows.append(
                {
                    "id": item.id,
                    "activity_id": item.activity.id,
                    "room_id": item.room.id,
                    "first_date": item.first_date,
                    "start_min": item.start,
                    "end_min": item.end,
                    "rrule": item.rule,
                    "created_at": item.created_at,
                }
            )
        self._insert(BookingSeries, rows)

    def _add_series(
        self,
        activity: _Activity,
        room: _Room,
        rule: str,
        start: int,
        end: int,
        begin: dt.date,
        until: dt.date | None,
    ) -> None:
        dtstart = dt.datetime.combine(begin, dt.time())
        first = rrulestr(rule, dtstart=dtstart).after(dtstart, inc=True)
        if first is None:
            return
        first_date = first.date()
        if first_date > self.horizon or (until is not None and first_date > until):
            return
        if until is not None:
            rule = f"{rule};UNTIL={until:%Y%m%d}"
        created = self._moment(first_date - dt.timedelta(days=self.rng.randint(7, 30)), 540, 1260)
        created = max(created, activity.created_at)
        self.series.append(
            _Series(len(self.series) + 1, activity, room, first_date, start, end, rule, created)
        )

    def _choose_storm_days(self) -> None:
        """Now and then a winter storm cancels the afternoon and evening sessions."""
        for year in range(self.start.year, self.today.year + 1):
            if self.rng.random() < 0.5:
                continue
            candidates = [
                day
                for day in _days(dt.date(year, 1, 5), dt.date(year, 2, 28))
                if self.start <= day < self.today - dt.timedelta(days=14)
                and day.weekday() < 5
                and day not in self.house_closed
            ]
            if candidates:
                self.storm_days.add(self.rng.choice(candidates))

    # ----------------------------------------------------------------- sessions

    def _write_sessions(self, replica: int) -> None:
        """Materialise, place, settle and insert the sessions of one wing of rooms."""
        self.busy, self.sessions = {}, []
        skips: list[dict[str, Any]] = []
        activities = [a for a in self.activities if a.replica == replica]
        # Rare events were planned first: on the Saturday of the yearly fair the weekly
        # dance class gives way (and gets a skip), not the other way round.
        rarity = {"YEARLY": 0, "MONTHLY": 1, "WEEKLY": 2}
        ordered = sorted(
            (item for item in self.series if item.activity.replica == replica),
            key=lambda item: (
                rarity[item.rule.split(";")[0].removeprefix("FREQ=")],
                "INTERVAL=" not in item.rule,
                item.id,
            ),
        )
        for item in ordered:
            self._expand(item, skips)
        self._move_some(replica)
        self._one_offs(replica, {a.spec.key: a for a in activities})
        for activity in activities:
            if activity.sessions == 0:
                self._at_least_one(activity)
        if replica == 1:
            self._fill_today(activities)
        self.sessions.sort(key=lambda s: (s.date, s.start, s.room.id, s.activity.id))
        rows = [self._settle(item) for item in self.sessions]
        self.busy, self.sessions = {}, []
        self._insert(Booking, rows)
        self._insert(SeriesSkip, skips)

    def _fits(self, room: _Room, day: dt.date, start: int, end: int) -> bool:
        """Open, not closed, inside the opening hours and not clashing with another session."""
        if self._closed(room, day) or not self.start <= day <= self.horizon:
            return False
        opening = room.opening(day)
        if opening is None or start < opening[0] or end > opening[1]:
            return False
        return all(end <= s or e <= start for s, e in self.busy.get((room.id, day), ()))

    def _take(self, session: _Session) -> None:
        self.busy.setdefault((session.room.id, session.date), []).append(
            (session.start, session.end)
        )
        self.sessions.append(session)
        session.activity.sessions += 1

    def _expand(self, item: _Series, skips: list[dict[str, Any]]) -> None:
        """Book every occurrence of a series up to the horizon, or skip it."""
        dtstart = dt.datetime.combine(item.first_date, dt.time())
        horizon = dt.datetime.combine(self.horizon, dt.time())
        for occurrence in rrulestr(item.rule, dtstart=dtstart).between(dtstart, horizon, inc=True):
            day = occurrence.date()
            if not self._fits(item.room, day, item.start, item.end):
                # A closure, or (rarely) another session already there: the date is left out.
                skips.append({"series_id": item.id, "occurrence_date": day})
                continue
            # Sessions are taken into the agenda a few months ahead, not all at once.
            created = max(item.created_at, self._moment(day - dt.timedelta(days=120), 540, 1020))
            usual = item.activity.spec.usual
            session = _Session(
                item.activity, item.room, day, item.start, item.end, created, usual, item, day
            )
            self._take(session)

    def _move_some(self, replica: int) -> None:
        """About one in eighty occurrences moves to another day, time or room (detached)."""
        wing = [room for room in self.rooms if room.replica == replica]
        for item in self.sessions:
            if self.rng.random() >= 0.012:
                continue
            self.busy[(item.room.id, item.date)].remove((item.start, item.end))
            length = item.end - item.start
            days = [item.date + dt.timedelta(days=shift) for shift in (-3, -2, -1, 1, 2, 3)]
            starts = [item.start + shift for shift in (-120, -90, -60, 60, 90, 120)]
            rooms = [r for r in wing if r is not item.room and r.capacity >= item.expect]
            options = [
                *((day, item.start, item.room) for day in days),
                *((item.date, start, item.room) for start in starts),
                *((item.date, item.start, room) for room in rooms),
            ]
            self.rng.shuffle(options)
            for day, start, room in options:
                if start >= 0 and self._fits(room, day, start, start + length):
                    item.date, item.start, item.end, item.room = day, start, start + length, room
                    item.detached = True
                    break
            self.busy.setdefault((item.room.id, item.date), []).append((item.start, item.end))

    def _place(
        self,
        activity: _Activity,
        days: Sequence[dt.date],
        rooms: Sequence[_Room],
        hours: tuple[int, int],
        expect: int,
    ) -> bool:
        """Book ``activity`` once, on the first of ``days`` and ``rooms`` that fits."""
        start, end = hours
        for day in days:
            if not activity.active_on(day):
                continue
            for room in rooms:
                if self._fits(room, day, start, end):
                    created = self._moment(
                        day - dt.timedelta(days=self.rng.randint(7, 120)), 540, 1260
                    )
                    created = min(created, _utc(self.today - dt.timedelta(days=1), 600))
                    created = max(created, activity.created_at)
                    expected = min(expect, room.capacity)
                    self._take(_Session(activity, room, day, start, end, created, expected))
                    return True
        return False

    def _one_offs(self, replica: int, by_key: dict[str, _Activity]) -> None:
        """Concerts, plays, information evenings and trainings, then private parties.

        The yearly events are booked first, as in real life, months ahead.
        """
        rng = self.rng
        grote, kleine = self._room(replica, "grote"), self._room(replica, "kleine")
        keuken, vergader = self._room(replica, "keuken"), self._room(replica, "vergader")

        def days(first: dt.date, last: dt.date, weekdays: set[int]) -> list[dt.date]:
            """The days from ``first`` to ``last`` on ``weekdays``, in random order."""
            found = [day for day in _days(first, last) if day.weekday() in weekdays]
            return rng.sample(found, len(found))

        afternoon, evening = _span("13:00-17:00"), _span("19:30-21:30")
        play_evening, play_matinee = _span("20:00-22:30"), _span("14:00-16:30")
        for year in range(self.start.year, self.horizon.year + 1):
            december = days(dt.date(year, 12, 8), dt.date(year, 12, 20), {4})
            self._place(by_key["kerstconcert"], december, [grote], _span("20:00-22:00"), 100)
            play = by_key["uitvoering"]
            for friday in days(dt.date(year, 3, 6), dt.date(year, 3, 27), {4}):
                saturday = friday + dt.timedelta(days=1)
                if self._fits(grote, friday, *play_evening) and self._fits(
                    grote, saturday, *play_matinee
                ):
                    self._place(play, [friday], [grote], play_evening, 95)
                    self._place(play, [saturday], [grote], play_matinee, 80)
                    break
            carnival = easter(year) - dt.timedelta(days=50)  # the Saturday of carnival
            self._place(by_key["seniorencarnaval"], [carnival], [grote], afternoon, 85)
            saturdays = days(dt.date(year, 11, 20), dt.date(year, 12, 5), {5})
            guests = rng.randint(22, 36)
            self._place(by_key["sinterklaas"], saturdays, [kleine, grote], afternoon, guests)
            saturdays = days(dt.date(year, 5, 1), dt.date(year, 6, 30), {5})
            guests = rng.randint(30, 60)
            self._place(by_key["pennings_feest"], saturdays, [grote, kleine], afternoon, guests)
            for _ in range(rng.randint(2, 4)):
                month = dt.date(year, rng.choice((2, 3, 4, 5, 6, 9, 10, 11)), 1)
                evenings = days(month, month.replace(day=28), {1, 2, 3})
                guests = rng.randint(25, 90)
                self._place(by_key["informatieavond"], evenings, [grote, kleine], evening, guests)
            for _ in range(rng.randint(3, 5)):
                month = dt.date(year, rng.choice((1, 2, 3, 4, 5, 6, 9, 10, 11)), 1)
                training_days = days(month, month.replace(day=28), {0, 1, 2, 3, 4})
                trainees = rng.randint(8, 12)
                hours = _span("13:00-17:00")
                self._place(by_key["bhv"], training_days, [vergader, kleine], hours, trainees)

        # A few private rentals every month: parties on Friday evening or Saturday
        # afternoon, now and then a coffee table after a funeral on a weekday.
        month = dt.date(self.start.year, self.start.month, 1)
        while month <= self.horizon:
            last = month + relativedelta(months=1, days=-1)
            count = rng.choice((2, 3, 3, 4, 4)) - (1 if month.month in (7, 8) else 0)
            for _ in range(count):
                kind = rng.choices(("verjaardag", "jubileum", "koffietafel"), (6, 2, 2))[0]
                guests = rng.randint(15, 100)
                if kind == "koffietafel":
                    rooms = [room for room in (keuken, kleine, grote) if room.capacity >= guests]
                    weekdays, hours = {0, 1, 2, 3, 4}, _span("12:15-14:45")
                elif rng.random() < 0.5:
                    rooms = [grote] if guests > 38 else [kleine, grote]
                    weekdays, hours = {4}, _span("19:30-23:00")
                else:
                    rooms = [grote] if guests > 38 else [kleine, grote]
                    weekdays, hours = {5}, _span("13:00-17:00")
                self._place(by_key[kind], days(month, last, weekdays), rooms, hours, guests)
            month = last + dt.timedelta(days=1)

    def _at_least_one(self, activity: _Activity) -> None:
        """Every activity gets at least one session, even in a short history."""
        last = min(activity.end or self.horizon, self.horizon)
        days = list(_days(max(activity.begin, self.start), last))
        spec = activity.spec
        hours = (_minutes(spec.start), _minutes(spec.end))
        self._place(activity, self.rng.sample(days, len(days)), [activity.room], hours, spec.usual)

    def _fill_today(self, activities: list[_Activity]) -> None:
        """Make sure today's agenda shows sessions in at least three rooms, if the house is open."""
        today = self.today
        rooms = [room for room in self.rooms if room.replica == 1 and room.last_day is None]
        used = {room.id for room in rooms if self.busy.get((room.id, today))}
        for room in rooms:
            opening = room.opening(today)
            if len(used) >= 3:
                return
            if room.id in used or opening is None or self._closed(room, today):
                continue
            for activity in activities:
                if activity.room is not room or not activity.active_on(today):
                    continue
                spec = activity.spec
                length = _minutes(spec.end) - _minutes(spec.start)
                starts = [_minutes(spec.start), *range(opening[0], opening[1] - length + 1, 60)]
                if any(
                    self._place(activity, [today], [room], (start, start + length), spec.usual)
                    for start in starts
                ):
                    used.add(room.id)
                    break

    # ----------------------------------------------------------------- status and tally

    def _settle(self, item: _Session) -> dict[str, Any]:
        """The booking row of a session: its status and, when held, its tally."""
        rng = self.rng
        day, activity = item.date, item.activity
        booking_id = self.next_booking_id
        self.next_booking_id += 1
        status = BookingStatus.GEHOUDEN
        reason = None
        visitors: int | None = None
        volunteers: int | None = None
        counted_at = None
        if day >= self.today or (day >= self.today - dt.timedelta(days=10) and rng.random() < 0.08):
            status = BookingStatus.GEPLAND
        elif day in self.storm_days and item.start >= 12 * 60:
            status, reason = BookingStatus.GEANNULEERD, _WEATHER_ALARM
        else:
            draw = rng.random()
            if draw < 0.04:
                status, reason = BookingStatus.GEANNULEERD, self._cancel_reason(activity)
            elif draw >= 0.065:
                visitors = self._visitors(item)
                volunteers = self._volunteers(activity)
                end = max(item.end + rng.randint(5, 45), 17 * 60 + rng.randint(0, 150))
                counted_at = _utc(day, min(end, 23 * 60 + 55))
        self.totals.bookings += 1
        if status is BookingStatus.GEPLAND:
            self.totals.planned += 1
        elif status is BookingStatus.GEANNULEERD:
            self.totals.cancelled += 1
        else:
            self.totals.held += 1
        if (
            visitors is not None
            and day <= self.today - dt.timedelta(days=10)
            and rng.random() < 0.002
        ):
            self._revise(booking_id, day, visitors, volunteers)
        return {
            "id": booking_id,
            "activity_id": activity.id,
            "room_id": item.room.id,
            "date": day,
            "start_min": item.start,
            "end_min": item.end,
            "status": status.value,
            "cancel_reason": reason,
            "series_id": item.series.id if item.series else None,
            "occurrence_date": item.occurrence,
            "detached": item.detached,
            "visitors": visitors,
            "volunteers": volunteers,
            "counted_at": counted_at,
            "created_at": item.created_at,
        }

    def _cancel_reason(self, activity: _Activity) -> str:
        if activity.nature is Nature.PARTICULIER:
            return self.rng.choice(_CANCEL_PRIVATE)
        reasons = _CANCEL_COMMON + _CANCEL_BY_TYPE.get(activity.spec.type, ()) * 2
        if activity.spec.access == "aanmelding":
            reasons += _CANCEL_REGISTRATION
        return self.rng.choice(reasons)

    def _visitors(self, item: _Session) -> int:
        rng, activity = self.rng, item.activity
        capacity = item.room.capacity
        if rng.random() < 0.0002:
            return capacity + rng.randint(1, max(2, capacity // 8))  # the night it overflowed
        years_ago = (self.today - item.date).days / 365.25
        trend = max(0.4, 1 - activity.growth * years_ago)
        base = item.expect * _SEASON_FACTOR[item.date.month] * trend
        spread = 0.22 if activity.spec.access == "vrije_inloop" else 0.12
        return max(0, min(capacity, round(rng.gauss(base, base * spread))))

    def _volunteers(self, activity: _Activity) -> int | None:
        if activity.spec.volunteers is not None:
            return self.rng.randint(*activity.spec.volunteers)
        if activity.nature is Nature.COMMERCIEEL and self.rng.random() < 0.2:
            return 0
        return None

    def _revise(self, booking_id: int, day: dt.date, visitors: int, volunteers: int | None) -> None:
        """A count corrected a few days later: the stored value is the new one."""
        changed = self._moment(day + dt.timedelta(days=self.rng.randint(2, 6)), 540, 1200)
        if volunteers is not None and self.rng.random() < 0.25:
            old = max(0, volunteers + self.rng.choice((-2, -1, 1, 2)))
            if old != volunteers:
                self.revision_rows.append(
                    {
                        "booking_id": booking_id,
                        "field": "volunteers",
                        "old_value": old,
                        "new_value": volunteers,
                        "changed_at": changed,
                    }
                )
                return
        old = max(0, visitors + self.rng.choice((-10, -5, -3, -2, 2, 3, 5, 10)))
        if old == visitors:
            old = visitors + 1
        self.revision_rows.append(
            {
                "booking_id": booking_id,
                "field": "visitors",
                "old_value": old,
                "new_value": visitors,
                "changed_at": changed,
            }
        )

    # ----------------------------------------------------------------- signals and periods

    def _write_signals(self) -> int:
        rng = self.rng
        rows: list[dict[str, Any]] = []
        kinds = [SignalKind(kind) for kind in rng.sample(list(SignalKind), len(SignalKind))]
        templates_by_kind = {
            kind: [t for t in _SIGNALS if t[0] == kind.value] for kind in SignalKind
        }
        dates: list[dt.date] = []
        for year in range(self.start.year, self.today.year + 1):
            first = max(self.start, dt.date(year, 1, 1))
            last = min(self.today - dt.timedelta(days=1), dt.date(year, 12, 31))
            if last < first:
                continue
            share = ((last - first).days + 1) / 365
            count = max(1, round(rng.randint(6, 10) * share))
            days = [d for d in _days(first, last) if d.weekday() < 6]
            dates += rng.sample(days, min(count, len(days)))
        dates.sort()
        for number, day in enumerate(dates):
            kind = kinds[number] if number < len(kinds) else rng.choice(list(SignalKind))
            _, theme, text, passed_to = rng.choice(templates_by_kind[kind])
            age = (self.today - day).days
            if age > 180:
                status = rng.choices(("afgehandeld", "doorgegeven"), (85, 15))[0]
            elif age > 30:
                status = rng.choices(("afgehandeld", "doorgegeven", "nieuw"), (40, 45, 15))[0]
            else:
                status = rng.choices(("nieuw", "doorgegeven"), (60, 40))[0]
            rows.append(
                {
                    "date": day,
                    "kind": kind.value,
                    "theme": theme,
                    "text": text,
                    "passed_to": passed_to if status != "nieuw" else None,
                    "status": SignalStatus(status).value,
                    "shareable": rng.random() < 0.5,
                    "created_at": self._moment(day, 600, 1320),
                }
            )
        self._insert(Signal, rows)
        return len(rows)

    def _write_periods(self) -> None:
        rng = self.rng
        quarters: list[dt.date] = []
        quarter = self.start
        while quarter < self.current_quarter:
            quarters.append(quarter)
            quarter += relativedelta(months=3)
        approved = quarters[:-1]  # the last whole quarter waits for the board
        approvals: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        volunteers, board = rng.randint(28, 36), rng.randint(5, 7)
        reopened = approved[len(approved) // 2] if len(approved) >= 2 else None
        for start in approved:
            pull = 1 if volunteers < 30 else -1 if volunteers > 40 else 0
            volunteers = min(45, max(25, volunteers + pull + rng.randint(-3, 3)))
            if rng.random() < 0.15:
                board = min(7, max(5, board + rng.choice((-1, 1))))
            end = start + relativedelta(months=3, days=-1)
            period = _quarter_label(start)
            approved_at = self._moment(end + dt.timedelta(days=rng.randint(10, 40)), 1230, 1320)
            events.append(
                {
                    "period": period,
                    "action": "vastgesteld",
                    "at": approved_at,
                    "note": "Vastgesteld in de bestuursvergadering",
                }
            )
            if start == reopened:
                reopened_at = approved_at + dt.timedelta(days=rng.randint(20, 50))
                note = rng.choice(_REOPEN_NOTES)
                events.append(
                    {"period": period, "action": "heropend", "at": reopened_at, "note": note}
                )
                approved_at = reopened_at + dt.timedelta(days=rng.randint(3, 10))
                events.append(
                    {
                        "period": period,
                        "action": "vastgesteld",
                        "at": approved_at,
                        "note": "Opnieuw vastgesteld na correctie",
                    }
                )
                self._revise_in(start, end, reopened_at + dt.timedelta(days=1))
            approvals.append(
                {
                    "period": period,
                    "volunteers": volunteers,
                    "board_members": board,
                    "approved_at": approved_at,
                }
            )
        self._insert(PeriodApproval, approvals)
        self._insert(PeriodEvent, events)

    def _revise_in(self, first: dt.date, last: dt.date, at: dt.datetime) -> None:
        """The correction that made the board reopen a quarter."""
        revised = {row["booking_id"] for row in self.revision_rows}
        candidates = self.session.execute(
            select(Booking.id, Booking.visitors)
            .where(Booking.date.between(first, last), Booking.visitors.is_not(None))
            .order_by(Booking.visitors.desc(), Booking.id)
            .limit(len(revised) + 1)
        ).all()
        booking = next((b for b in candidates if b.id not in revised), None)
        if booking is None:
            return
        new = max(0, booking.visitors - self.rng.randint(5, 12))
        self.session.execute(update(Booking).where(Booking.id == booking.id).values(visitors=new))
        self._insert(
            TallyRevision,
            [
                {
                    "booking_id": booking.id,
                    "field": "visitors",
                    "old_value": booking.visitors,
                    "new_value": new,
                    "changed_at": at,
                }
            ],
        )
