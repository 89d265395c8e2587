"""The fixed code lists of the exchange format, with their labels in one place.

The database and the exchange workbook store the codes (``vereniging``,
``samen_eten``, …); people see the labels. Each code has a Dutch label, used in
the Dutch interface and in the workbook's human-readable sheets, and an English
one for the English interface. Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class UserKind(StrEnum):
    """gebruikerssoort: who organises an activity."""

    VERENIGING = "vereniging"
    INWONERSINITIATIEF = "inwonersinitiatief"
    ZORG_WELZIJN = "zorg_welzijn"
    ONDERWIJS_JEUGD = "onderwijs_jeugd"
    GEMEENTE = "gemeente"
    EIGEN_ACTIVITEIT = "eigen_activiteit"
    COMMERCIEEL = "commercieel"
    PARTICULIER = "particulier"


class ActivityType(StrEnum):
    """activiteitstype: what kind of thing happens."""

    ONTMOETING = "ontmoeting"
    SAMEN_ETEN = "samen_eten"
    BEWEGEN = "bewegen"
    CULTUUR = "cultuur"
    EDUCATIE = "educatie"
    ONDERSTEUNING = "ondersteuning"
    REPAIR_KRINGLOOP = "repair_kringloop"
    JEUGD = "jeugd"
    VERGADERING = "vergadering"
    VIERING = "viering"
    ZORG_DAGBESTEDING = "zorg_dagbesteding"
    OVERIG = "overig"


class Nature(StrEnum):
    """gebruiksaard: community use, or private or commercial rental."""

    MAATSCHAPPELIJK = "maatschappelijk"
    PARTICULIER = "particulier"
    COMMERCIEEL = "commercieel"


class Accessibility(StrEnum):
    """toegankelijkheid: how open an activity is."""

    VRIJE_INLOOP = "vrije_inloop"
    AANMELDING = "aanmelding"
    LEDEN = "leden"
    BESLOTEN = "besloten"


class TargetGroup(StrEnum):
    """doelgroep; the order is the order of the exchange format's columns."""

    IEDEREEN = "iedereen"
    KINDEREN = "kinderen"
    JONGEREN = "jongeren"
    VOLWASSENEN = "volwassenen"
    OUDEREN = "ouderen"
    BEPERKING = "beperking"
    KWETSBAAR = "kwetsbaar"
    NIEUWKOMERS = "nieuwkomers"
    MANTELZORGERS = "mantelzorgers"


class Origin(StrEnum):
    """Where a user (group) comes from. House-internal; not in the exchange format."""

    EIGEN_KERN = "eigen_kern"
    GEMEENTE = "gemeente"
    ELDERS = "elders"


class BookingStatus(StrEnum):
    """Status of a session. Only held and cancelled sessions are exported."""

    GEPLAND = "gepland"
    GEHOUDEN = "gehouden"
    GEANNULEERD = "geannuleerd"


class SignalKind(StrEnum):
    WENS = "wens"
    KLACHT = "klacht"
    IDEE = "idee"
    ZORG = "zorg"


class SignalStatus(StrEnum):
    NIEUW = "nieuw"
    DOORGEGEVEN = "doorgegeven"
    AFGEHANDELD = "afgehandeld"


@dataclass(frozen=True, slots=True)
class Label:
    nl: str
    en: str


LABELS: dict[StrEnum, Label] = {
    UserKind.VERENIGING: Label("Vereniging", "Association"),
    UserKind.INWONERSINITIATIEF: Label("Inwonersinitiatief", "Residents' initiative"),
    UserKind.ZORG_WELZIJN: Label("Zorg en welzijn", "Care and welfare"),
    UserKind.ONDERWIJS_JEUGD: Label("Onderwijs en jeugd", "Education and youth"),
    UserKind.GEMEENTE: Label("Gemeente", "Municipality"),
    UserKind.EIGEN_ACTIVITEIT: Label("Eigen activiteit (het huis)", "The house itself"),
    UserKind.COMMERCIEEL: Label("Commercieel", "Commercial"),
    UserKind.PARTICULIER: Label("Particulier", "Private person"),
    ActivityType.ONTMOETING: Label("Ontmoeting", "Meeting people"),
    ActivityType.SAMEN_ETEN: Label("Samen eten", "Shared meal"),
    ActivityType.BEWEGEN: Label("Bewegen", "Exercise"),
    ActivityType.CULTUUR: Label("Cultuur", "Culture"),
    ActivityType.EDUCATIE: Label("Educatie", "Education"),
    ActivityType.ONDERSTEUNING: Label("Ondersteuning", "Support"),
    ActivityType.REPAIR_KRINGLOOP: Label("Repair en kringloop", "Repair and reuse"),
    ActivityType.JEUGD: Label("Jeugd", "Youth"),
    ActivityType.VERGADERING: Label("Vergadering", "Meeting (formal)"),
    ActivityType.VIERING: Label("Viering", "Celebration"),
    ActivityType.ZORG_DAGBESTEDING: Label("Zorg en dagbesteding", "Care and day activities"),
    ActivityType.OVERIG: Label("Overig", "Other"),
    Nature.MAATSCHAPPELIJK: Label("Maatschappelijk", "Community"),
    Nature.PARTICULIER: Label("Particulier", "Private"),
    Nature.COMMERCIEEL: Label("Commercieel", "Commercial"),
    Accessibility.VRIJE_INLOOP: Label("Vrije inloop", "Walk-in"),
    Accessibility.AANMELDING: Label("Met aanmelding", "Registration"),
    Accessibility.LEDEN: Label("Alleen leden", "Members only"),
    Accessibility.BESLOTEN: Label("Besloten", "Closed"),
    TargetGroup.IEDEREEN: Label("Iedereen", "Everyone"),
    TargetGroup.KINDEREN: Label("Kinderen", "Children"),
    TargetGroup.JONGEREN: Label("Jongeren", "Young people"),
    TargetGroup.VOLWASSENEN: Label("Volwassenen", "Adults"),
    TargetGroup.OUDEREN: Label("Ouderen", "Older people"),
    TargetGroup.BEPERKING: Label("Mensen met een beperking", "People with a disability"),
    TargetGroup.KWETSBAAR: Label("Kwetsbare inwoners", "Vulnerable residents"),
    TargetGroup.NIEUWKOMERS: Label("Nieuwkomers", "Newcomers"),
    TargetGroup.MANTELZORGERS: Label("Mantelzorgers", "Family carers"),
    Origin.EIGEN_KERN: Label("Eigen kern", "This village"),
    Origin.GEMEENTE: Label("Elders in de gemeente", "Elsewhere in the municipality"),
    Origin.ELDERS: Label("Van buiten de gemeente", "Outside the municipality"),
    BookingStatus.GEPLAND: Label("Gepland", "Planned"),
    BookingStatus.GEHOUDEN: Label("Gehouden", "Held"),
    BookingStatus.GEANNULEERD: Label("Geannuleerd", "Cancelled"),
    SignalKind.WENS: Label("Wens", "Wish"),
    SignalKind.KLACHT: Label("Klacht", "Complaint"),
    SignalKind.IDEE: Label("Idee", "Idea"),
    SignalKind.ZORG: Label("Zorg", "Concern"),
    SignalStatus.NIEUW: Label("Nieuw", "New"),
    SignalStatus.DOORGEGEVEN: Label("Doorgegeven", "Passed on"),
    SignalStatus.AFGEHANDELD: Label("Afgehandeld", "Resolved"),
}

#: The nature of use an activity gets by default from the kind of its user.
DEFAULT_NATURE: dict[UserKind, Nature] = {
    UserKind.COMMERCIEEL: Nature.COMMERCIEEL,
    UserKind.PARTICULIER: Nature.PARTICULIER,
}


def label(code: StrEnum | str, enum: type[StrEnum] | None = None, language: str = "nl") -> str:
    """The label of a code in ``language`` ("nl" or "en"); an unknown code is shown as is."""
    member: StrEnum | str = code
    if enum is not None and not isinstance(code, enum):
        try:
            member = enum(code)
        except ValueError:
            return str(code)
    found = LABELS.get(member)  # type: ignore[arg-type]
    if found is None:
        return str(code)
    return found.en if language == "en" else found.nl


def default_nature(kind: UserKind | str) -> Nature:
    """Private persons rent privately, companies commercially, everyone else is community use."""
    return DEFAULT_NATURE.get(UserKind(kind), Nature.MAATSCHAPPELIJK)


def values(enum: type[StrEnum]) -> tuple[str, ...]:
    """The codes of a list, in their defined order."""
    return tuple(member.value for member in enum)
