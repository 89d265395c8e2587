"""What the municipality should ask a house when its file is refused, in plain Dutch.

The adviser reading the files is no spreadsheet technician: "DOCTYPE" or a
cell reference does not say what to do next. So every reason the reader (or
the import history) refuses a file for carries one of these texts, shown
first; the technical detail (the sheet, the cell, what is wrong there) follows
on the lines below it, for the house or for whoever helps them. Each says what
to ask the house, or that the house need do nothing.

The house's app calls its screen "Export" and its button "Exporteren…"; the
texts name them so.
"""

from __future__ import annotations

#: Anything inside the workbook that housedesk never writes: a formula, a merged cell, a
#: wrong column, a value of the wrong kind or out of range, a sum that does not add up.
EDITED = (
    "Dit bestand is niet door housedesk gemaakt of is daarna bewerkt. Vraag het huis de"
    " export opnieuw te maken met Export → Exporteren… en dat bestand te sturen zonder het"
    " eerst te openen of te bewerken."
)
#: Not a workbook at all, or not one housedesk could have written (far too large, a zip
#: of something else, a file that unpacks to far more than any export).
NOT_AN_EXPORT = (
    "Dit is geen export uit housedesk. Vraag het huis de export te maken met Export →"
    " Exporteren… en precies dat bestand te sturen."
)
#: Empty, cut off or damaged on the way.
RESEND = (
    "Het bestand is leeg of niet helemaal aangekomen. Vraag het huis het bestand opnieuw te sturen."
)
PASSWORD = (
    "Het bestand is met een wachtwoord beveiligd. Vraag het huis de export opnieuw te"
    " sturen zonder wachtwoord, zoals housedesk hem maakt."
)
OLD_EXCEL = (
    "Dit is een oud Excel-bestand (.xls), geen export uit housedesk. Vraag het huis de"
    " export te maken met Export → Exporteren… en dat .xlsx-bestand te sturen, niet een in"
    " Excel opgeslagen kopie."
)
#: ``formaat_versie`` newer than this reader knows: the municipality's app is behind.
NEWER_VERSION = (
    "Dit bestand is gemaakt door een nieuwere versie van housedesk dan deze computer heeft."
    " Het huis hoeft niets te doen: werk housedesk op deze computer bij en lees het bestand"
    " daarna opnieuw."
)
#: ``geexporteerd_op`` in the future, or before the period began: a clock set wrong.
CLOCK = (
    "De datum waarop de export gemaakt zou zijn, kan niet kloppen. Vraag het huis de datum"
    " en tijd van hun computer na te kijken en de export daarna opnieuw te maken."
)
#: A private rental under another name than ``Particuliere verhuur``.
PRIVACY = (
    "Het bestand noemt een particuliere huurder bij naam, en die naam mag het huis niet"
    " verlaten. Vraag het huis de export opnieuw te maken met Export → Exporteren… (housedesk"
    " schrijft dan ‘Particuliere verhuur’) en het bestand niet te bewerken."
)
#: Something the reader did not foresee went wrong inside the file.
UNREADABLE = (
    "Het bestand kon niet worden gelezen. Vraag het huis het opnieuw te sturen; lukt het"
    " daarna nog niet, meld het dan met deze melding aan de beheerder van housedesk."
)
#: The file could not be opened on this computer (no permission, locked by another program).
CANNOT_OPEN = (
    "Het bestand kon op deze computer niet worden geopend. Kijk of het nog in een ander"
    " programma open staat en lees het opnieuw; lukt dat niet, vraag het huis dan het"
    " bestand opnieuw te sturen."
)
#: An export counted before that today's rules refuse (the import history).
HISTORY = (
    "Deze export is eerder geteld, maar voldoet niet aan de regels van nu en telt niet meer"
    " mee. Vraag het huis de export van deze periode opnieuw te maken en te sturen."
)

#: Every text, for the test that each says what to ask the house.
ALL = (
    EDITED,
    NOT_AN_EXPORT,
    RESEND,
    PASSWORD,
    OLD_EXCEL,
    NEWER_VERSION,
    CLOCK,
    PRIVACY,
    UNREADABLE,
    CANNOT_OPEN,
    HISTORY,
)
