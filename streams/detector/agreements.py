"""Named international agreements with fixed parties (``data/agreements.json``).

"Trump announces U.S. withdrawal from Paris climate deal" names one side; the agreement's
name gives the other (the UN, which holds the framework). "NAFTA is being renegotiated by
the three countries" names none; NAFTA gives all three.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from streams.detector.mentions import Mention

DATA = Path(__file__).with_name("data") / "agreements.json"
ORGS = {"UN", "EU", "NATO"}
# a pact of more parties than this has only those the story names as parties
WIDE = 4


@dataclass(frozen=True)
class NamedAgreement:
    name: str
    parties: tuple[tuple[str, str], ...]  # (code, name)


# names matched in any case ("Trump Pulls U.S. Out Of Iran Nuclear Deal"), except these, which
# in lower case are ordinary words ("a new start")
CASE_SENSITIVE = frozenset({"New START", "New Start treaty", "New START treaty"})


class _ByAlias(dict[str, NamedAgreement]):
    """The agreement of each alias, found in any case for the aliases matched in any case:
    ``BY_ALIAS["Paris Climate Deal"]`` is the Paris Agreement."""

    def __init__(self) -> None:
        super().__init__()
        self.folded: dict[str, NamedAgreement] = {}

    def __missing__(self, key: str) -> NamedAgreement:
        return self.folded[key.lower()]

    def get(self, key: str, default: NamedAgreement | None = None) -> NamedAgreement | None:  # type: ignore[override]
        try:
            return self[key]
        except KeyError:
            return default


def _load(path: Path = DATA) -> tuple[re.Pattern[str], _ByAlias, str]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    by_alias = _ByAlias()
    for a in doc["agreements"]:
        ag = NamedAgreement(a["name"], tuple((c, n) for c, n in a["parties"]))
        for alias in a["aliases"]:
            by_alias[alias] = ag
            if alias not in CASE_SENSITIVE:
                by_alias.folded.setdefault(alias.lower(), ag)
    names = sorted(by_alias, key=len, reverse=True)
    alts = [re.escape(n) if n in CASE_SENSITIVE else f"(?i:{re.escape(n)})" for n in names]
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])")
    return pattern, by_alias, doc["version"]


ALIASES, BY_ALIAS, VERSION = _load()
# the words that may stand between a name and the noun that carries it ("NAFTA trade deal")
_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,2}")


def named_at(sent: str, start: int, end: int) -> re.Match[str] | None:
    """The agreement name that is (or ends just before) the trigger ``sent[start:end]``."""
    for m in ALIASES.finditer(sent, max(0, start - 60), min(len(sent), end + 60)):
        if m.start() <= start and m.end() >= end:
            return m
        if m.end() <= start and _GAP.fullmatch(sent, m.end(), start):
            return m
    return None


def parties_of(found: re.Match[str], off: int, present: set[str]) -> list[Mention]:
    """Mentions (spanning the name) for the agreement's parties not in ``present``."""
    ag = BY_ALIAS[found.group(0)]
    return _party_mentions(ag, found.start() + off, found.end() + off, found.group(0), present)


def many_parties(alias: str) -> bool:
    """Does the agreement of that name have more parties than a story names (the TPP's 12)?"""
    ag = BY_ALIAS.get(alias)
    return ag is not None and len(ag.parties) > WIDE


def of_size(n: int) -> NamedAgreement | None:
    """The agreement of ``n`` parties (three or more), when all such share their parties: "the
    12-country accord" is the TPP, "a new three-nation pact" NAFTA's (or the USMCA's) three."""
    if n < 3:
        return None
    found = [ag for ag in BY_ALIAS.values() if len(ag.parties) == n]
    if not found or any(set(ag.parties) != set(found[0].parties) for ag in found):
        return None
    return found[0]


def sized_parties(ag: NamedAgreement, start: int, end: int, present: set[str]) -> list[Mention]:
    """Mentions (spanning ``start``-``end``) for the parties of ``ag`` not in ``present``; their
    text is the agreement's name, so a wide pact keeps only the parties a story names."""
    return _party_mentions(ag, start, end, ag.name, present)


def _party_mentions(
    ag: NamedAgreement, start: int, end: int, text: str, present: set[str]
) -> list[Mention]:
    """One mention per party of ``ag`` not in ``present``, spanning ``start``-``end``."""
    return [
        Mention(
            start=start,
            end=end,
            text=text,
            kind="org" if code in ORGS else "country",
            country=code,
            name=name,
            id=code,
            rank="organisation" if code in ORGS else "government",
        )
        for code, name in ag.parties
        if code not in present
    ]
