"""What each figure counts: one definition per figure, for the screen, the PDF and the workbook.

The Overzicht screen (its "Uitleg" under the key figures), the board's PDF report
(under its key figures) and the export's Toelichting sheet all print these, so a
figure never means one thing on screen and another in the file the municipality
reads. Like the code lists (``common.codes``), each is written here in Dutch and in
English: the workbook needs the Dutch without Qt, the screen follows the interface's
language. ``docs/figures.md`` says the same for people; ``figures.ADDITIVE`` says
which of them add up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Definition:
    """A figure's name and what it counts, in Dutch and English; ``column`` in the exchange."""

    key: str
    column: str | None  # the exchange format's name, for the workbook's Toelichting
    name_nl: str
    name_en: str
    nl: str
    en: str

    def name(self, language: str = "nl") -> str:
        return self.name_nl if language == "nl" else self.name_en

    def text(self, language: str = "nl") -> str:
        return self.nl if language == "nl" else self.en


DEFINITIONS: tuple[Definition, ...] = (
    Definition(
        "sessions_held",
        "bijeenkomsten",
        "Gehouden bijeenkomsten",
        "Sessions held",
        "Bijeenkomsten die zijn doorgegaan. Geannuleerde worden apart geteld en tellen niet "
        "mee voor uren en bezoekers; bijeenkomsten die nog op gepland staan tellen nergens mee.",
        "Sessions that took place. Cancelled ones are counted apart and add no hours or "
        "visitors; sessions still marked planned count nowhere.",
    ),
    Definition(
        "visitors",
        "bezoekers",
        "Bezoekers",
        "Visitors",
        "De som van de getelde bezoekers van de gehouden bijeenkomsten. Een bijeenkomst "
        "zonder telling telt niet mee (het is geen 0).",
        "The sum of the counted visitors of the held sessions. A session without a count "
        "adds nothing (it is not a 0).",
    ),
    Definition(
        "average_visitors",
        None,
        "Bezoekers per getelde bijeenkomst",
        "Visitors per counted session",
        "Bezoekers gedeeld door de gehouden bijeenkomsten die geteld zijn.",
        "Visitors divided by the held sessions that were counted.",
    ),
    Definition(
        "available_hours",
        "beschikbare_uren",
        "Beschikbare uren",
        "Available hours",
        "De openingsuren van de ruimtes op de dagen dat ze in gebruik waren, met afwijkende "
        "openingstijden op hun dagen en sluitingsdagen eraf, elke dag tot 24:00. In een "
        "periode die nog loopt: tot en met vandaag.",
        "The opening hours of the rooms on the days they were in service, with other hours "
        "than usual on their days and closing days subtracted, each day up to 24:00. In a "
        "period still running: up to and including today.",
    ),
    Definition(
        "used_hours",
        "gebruikte_uren",
        "Gebruikte uren",
        "Hours used",
        "De uren van de gehouden bijeenkomsten; geannuleerde tellen niet mee. Een "
        "bijeenkomst telt op de dag waarop ze begint, tot 24:00 (ook als ze na middernacht "
        "doorgaat). Op- en afbouwtijd alleen in het Overzicht, als het bestuur daarvoor "
        "kiest; nooit in het bestand voor de gemeente.",
        "The hours of the held sessions; cancelled ones do not count. A session counts on "
        "the day it starts, up to 24:00 (also when it goes on after midnight). Set-up and "
        "clean-up time only in the overview, when the board chooses so; never in the file "
        "for the municipality.",
    ),
    Definition(
        "occupancy",
        "bezettingsgraad",
        "Bezettingsgraad",
        "Occupancy",
        "Gebruikte uren gedeeld door beschikbare uren. Een percentage tel je niet op: de uren wel.",
        "Hours used divided by available hours. Percentages do not add up; the hours do.",
    ),
    Definition(
        "nature",
        "uren_*",
        "Maatschappelijk, particulier, commercieel",
        "Community, private, commercial",
        "Het deel van de gebruikte uren per gebruiksaard van de activiteit; samen 100 % "
        "(in het bestand: samen gelijk aan gebruikte_uren).",
        "The part of the hours used per nature of use of the activity; together 100 % "
        "(in the file: together equal to gebruikte_uren).",
    ),
    Definition(
        "activities",
        "activiteiten",
        "Activiteiten",
        "Activities",
        "Activiteiten met minstens één gehouden of geannuleerde bijeenkomst in de periode, "
        "elk één keer geteld. Dit telt niet op: een activiteit die het hele jaar loopt, telt "
        "in het jaar één keer en in elk kwartaal één keer.",
        "Activities with at least one held or cancelled session in the period, each counted "
        "once. This does not add up: an activity that runs all year counts once in the year "
        "and once in each quarter.",
    ),
    Definition(
        "new_activities",
        "nieuw",
        "Nieuwe activiteiten",
        "New activities",
        "Activiteiten waarvan de eerste gehouden of geannuleerde bijeenkomst ooit in deze "
        "periode valt.",
        "Activities whose first held or cancelled session ever falls in this period.",
    ),
    Definition(
        "resident_initiative_activities",
        None,
        "Activiteiten van inwonersinitiatieven",
        "Activities of resident initiatives",
        "Activiteiten (zie hierboven) van gebruikers van de soort inwonersinitiatief. Een "
        "initiatief met twee activiteiten telt twee keer.",
        "Activities (see above) of users of the kind resident initiative. An initiative "
        "with two activities counts twice.",
    ),
    Definition(
        "target_groups",
        None,
        "Bezoeken aan activiteiten per doelgroep",
        "Visits to activities per target group",
        "De bezoekers van de bijeenkomsten van activiteiten voor die doelgroep. Eén bezoek "
        "kan bij meer doelgroepen tellen: een activiteit voor ouderen en mantelzorgers telt "
        "haar bezoekers bij allebei, dus samen zijn het meer dan het aantal bezoekers.",
        "The visitors of the sessions of activities for that target group. One visit can "
        "count for several groups: an activity for older people and carers counts its "
        "visitors for both, so together they are more than the visitors.",
    ),
    Definition(
        "signals",
        "signalen",
        "Signalen",
        "Signals",
        "Wensen, klachten, ideeën en zorgen van inwoners, geregistreerd in de periode.",
        "Wishes, complaints, ideas and concerns of residents registered in the period.",
    ),
)

BY_KEY: dict[str, Definition] = {definition.key: definition for definition in DEFINITIONS}


def definition(key: str) -> Definition:
    """The definition of the figure ``key``."""
    return BY_KEY[key]
