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


# One table per list: codes of different lists may be equal ("gemeente" is a kind of
# user and an origin), and equal StrEnum members would be one and the same dict key.
LABELS: dict[type[StrEnum], dict[str, Label]] = {
    UserKind: {
        UserKind.VERENIGING.value: Label("Vereniging", "Association"),
        UserKind.INWONERSINITIATIEF.value: Label("Inwonersinitiatief", "Residents' initiative"),
        UserKind.ZORG_WELZIJN.value: Label("Zorg en welzijn", "Care and welfare"),
        UserKind.ONDERWIJS_JEUGD.value: Label("Onderwijs en jeugd", "Education and youth"),
        UserKind.GEMEENTE.value: Label("Gemeente", "Municipality"),
        UserKind.EIGEN_ACTIVITEIT.value: Label("Eigen activiteit (het huis)", "The house itself"),
        UserKind.COMMERCIEEL.value: Label("Commercieel", "Commercial"),
        UserKind.PARTICULIER.value: Label("Particulier", "Private person"),
    },
    ActivityType: {
        ActivityType.ONTMOETING.value: Label("Ontmoeting", "Meeting people"),
        ActivityType.SAMEN_ETEN.value: Label("Samen eten", "Shared meal"),
        ActivityType.BEWEGEN.value: Label("Bewegen", "Exercise"),
        ActivityType.CULTUUR.value: Label("Cultuur", "Culture"),
        ActivityType.EDUCATIE.value: Label("Educatie", "Education"),
        ActivityType.ONDERSTEUNING.value: Label("Ondersteuning", "Support"),
        ActivityType.REPAIR_KRINGLOOP.value: Label("Repair en kringloop", "Repair and reuse"),
        ActivityType.JEUGD.value: Label("Jeugd", "Youth"),
        ActivityType.VERGADERING.value: Label("Vergadering", "Meeting (formal)"),
        ActivityType.VIERING.value: Label("Viering", "Celebration"),
        ActivityType.ZORG_DAGBESTEDING.value: Label(
            "Zorg en dagbesteding", "Care and day activities"
        ),
        ActivityType.OVERIG.value: Label("Overig", "Other"),
    },
    Nature: {
        Nature.MAATSCHAPPELIJK.value: Label("Maatschappelijk", "Community"),
        Nature.PARTICULIER.value: Label("Particulier", "Private"),
        Nature.COMMERCIEEL.value: Label("Commercieel", "Commercial"),
    },
    Accessibility: {
        Accessibility.VRIJE_INLOOP.value: Label("Vrije inloop", "Walk-in"),
        Accessibility.AANMELDING.value: Label("Met aanmelding", "Registration"),
        Accessibility.LEDEN.value: Label("Alleen leden", "Members only"),
        Accessibility.BESLOTEN.value: Label("Besloten", "Closed"),
    },
    TargetGroup: {
        TargetGroup.IEDEREEN.value: Label("Iedereen", "Everyone"),
        TargetGroup.KINDEREN.value: Label("Kinderen", "Children"),
        TargetGroup.JONGEREN.value: Label("Jongeren", "Young people"),
        TargetGroup.VOLWASSENEN.value: Label("Volwassenen", "Adults"),
        TargetGroup.OUDEREN.value: Label("Ouderen", "Older people"),
        TargetGroup.BEPERKING.value: Label("Mensen met een beperking", "People with a disability"),
        TargetGroup.KWETSBAAR.value: Label("Kwetsbare inwoners", "Vulnerable residents"),
        TargetGroup.NIEUWKOMERS.value: Label("Nieuwkomers", "Newcomers"),
        TargetGroup.MANTELZORGERS.value: Label("Mantelzorgers", "Family carers"),
    },
    Origin: {
        Origin.EIGEN_KERN.value: Label("Eigen kern", "This village"),
        Origin.GEMEENTE.value: Label("Elders in de gemeente", "Elsewhere in the municipality"),
        Origin.ELDERS.value: Label("Van buiten de gemeente", "Outside the municipality"),
    },
    BookingStatus: {
        BookingStatus.GEPLAND.value: Label("Gepland", "Planned"),
        BookingStatus.GEHOUDEN.value: Label("Gehouden", "Held"),
        BookingStatus.GEANNULEERD.value: Label("Geannuleerd", "Cancelled"),
    },
    SignalKind: {
        SignalKind.WENS.value: Label("Wens", "Wish"),
        SignalKind.KLACHT.value: Label("Klacht", "Complaint"),
        SignalKind.IDEE.value: Label("Idee", "Idea"),
        SignalKind.ZORG.value: Label("Zorg", "Concern"),
    },
    SignalStatus: {
        SignalStatus.NIEUW.value: Label("Nieuw", "New"),
        SignalStatus.DOORGEGEVEN.value: Label("Doorgegeven", "Passed on"),
        SignalStatus.AFGEHANDELD.value: Label("Afgehandeld", "Resolved"),
    },
}

#: The nature of use an activity gets by default from the kind of its user.
DEFAULT_NATURE: dict[UserKind, Nature] = {
    UserKind.COMMERCIEEL: Nature.COMMERCIEEL,
    UserKind.PARTICULIER: Nature.PARTICULIER,
}


def label(code: StrEnum | str, enum: type[StrEnum] | None = None, language: str = "nl") -> str:
    """The label of a code of the list ``enum`` in ``language`` ("nl" or "en").

    ``enum`` may be left out when ``code`` is a member of its list; an unknown
    code is shown as it is.
    """
    if enum is None:
        if not isinstance(code, StrEnum):
            return str(code)
        enum = type(code)
    found = LABELS.get(enum, {}).get(str(code.value if isinstance(code, StrEnum) else code))
    if found is None:
        return str(code)
    return found.en if language == "en" else found.nl


def default_nature(kind: UserKind | str) -> Nature:
    """Private persons rent privately, companies commercially, everyone else is community use."""
    return DEFAULT_NATURE.get(UserKind(kind), Nature.MAATSCHAPPELIJK)


def values(enum: type[StrEnum]) -> tuple[str, ...]:
    """The codes of a list, in their defined order."""
    return tuple(member.value for member in enum)
