"""Data model of the detector: the story it reads and the events it returns.

The field names here are the contract with the pipeline and with
``schemas/alert.v1.json`` (the ``event`` object of an alert is ``Event.to_dict()``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

EVENT_TYPES: tuple[str, ...] = (
    "summit_invitation",
    "leader_call",
    "state_visit",
    "leaders_meeting",
    "agreement",
    "diplomatic_expulsion",
    "sanctions",
)

STATUSES: tuple[str, ...] = (
    "occurred",
    "planned",
    "proposed",
    "accepted",
    "declined",
    "denied",
    "cancelled",
)

RANKS: tuple[str, ...] = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "minister",
    "official",
    "government",
    "organisation",
)

ROLES: dict[str, tuple[str, ...]] = {
    "summit_invitation": ("inviter", "invitee", "venue"),
    "leader_call": ("participants",),
    "state_visit": ("visitor", "host", "location"),
    "leaders_meeting": ("participants", "location"),
    "agreement": ("parties", "mediator"),
    "diplomatic_expulsion": ("actor", "target"),
    "sanctions": ("imposer", "target"),
}

# type -> (CAMEO code, PLOVER category, PLOVER mode); variants chosen by ``codes_for``.
_CODES: dict[str, tuple[str, str, str]] = {
    "summit_invitation": ("036", "AGREE", ""),
    "leader_call": ("041", "CONSULT", "phone"),
    "state_visit": ("042", "CONSULT", "visit"),
    "leaders_meeting": ("044", "CONSULT", "third-party"),
    "agreement": ("057", "SUPPORT", "diplomatic"),
    "diplomatic_expulsion": ("166", "SANCTION", "expel"),
    "sanctions": ("163", "COERCE", "restrict"),
}


def codes_for(event_type: str, variant: str = "") -> tuple[str, str, str]:
    """CAMEO code and PLOVER category/mode of a type (``variant`` picks the sub-code).

    Variants: ``host`` (state_visit seen from the host, CAMEO 043), ``bilateral``
    (leaders_meeting in one party's country, CAMEO 046), ``break`` (relations cut,
    CAMEO 161), ``ease`` (sanctions lifted, CAMEO 085).
    """
    code = _CODES[event_type]
    if event_type == "state_visit" and variant == "host":
        return ("043", "CONSULT", "host")
    if event_type == "leaders_meeting" and variant == "bilateral":
        return ("046", "CONSULT", "diplomatic")
    if event_type == "diplomatic_expulsion" and variant == "break":
        return ("161", "SANCTION", "withdraw")
    if event_type == "sanctions" and variant == "ease":
        return ("085", "RETREAT", "ease")
    return code


@dataclass(frozen=True)
class Story:
    """One story as the detector reads it."""

    id: str
    headline: str
    body: str
    published: datetime | date | None = None
    agency: str | None = None

    @property
    def text(self) -> str:
        """Headline and body joined; evidence offsets index into this string."""
        return f"{self.headline}\n\n{self.body}"


@dataclass(frozen=True)
class Actor:
    """A party to an event."""

    text: str  # surface text in the story
    name: str  # canonical name
    id: str  # stable id (gazetteer id, or a slug for people not in the gazetteer)
    country: str  # ISO 3166-1 alpha-3 or organisation short name (EU, UN, NATO)
    role: str  # one of ROLES[type]
    rank: str  # one of RANKS


@dataclass(frozen=True)
class Attribution:
    """Who asserts the event: the reporting agency and the sources it cites."""

    agency: str | None = None
    sources: tuple[str, ...] = ()
    claimed_by: str | None = None  # country/organisation code of the claiming side

    @property
    def is_claim(self) -> bool:
        return bool(self.sources) or self.claimed_by is not None


@dataclass(frozen=True)
class Evidence:
    """The sentence that supports the event, with offsets into ``Story.text``."""

    text: str
    start: int
    end: int
    trigger: str = ""
    trigger_start: int = -1
    trigger_end: int = -1


@dataclass
class Event:
    """One diplomatic event found in a story."""

    type: str
    status: str
    actors: list[Actor]
    evidence: Evidence
    rule: str
    confidence: float
    cameo: str = ""
    plover_category: str = ""
    plover_mode: str = ""
    location: str | None = None
    location_country: str | None = None
    date: str | None = None  # ISO date when resolved
    date_text: str | None = None  # the raw phrase
    attribution: Attribution = field(default_factory=Attribution)
    status_explicit: bool = True  # internal: the status came from an explicit cue, not a default

    def countries(self) -> set[str]:
        """Countries of the parties (for a visit, the host country counts as a party)."""
        if self.type == "state_visit":
            return {a.country for a in self.actors}
        return {a.country for a in self.actors if a.role not in ("venue", "location")}

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict, the ``event`` object of an alert."""
        d = asdict(self)
        d.pop("status_explicit", None)
        d["attribution"]["sources"] = list(self.attribution.sources)
        return d
