"""The gazetteer: countries, organisations and office holders with term dates.

Data files live in ``streams/detector/data/`` (``countries.json``, ``organisations.json``,
``officials_*.json``); they are versioned with ``version`` fields. ``Gazetteer.default()``
loads them once per process.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import streams.detector

# the package's (not this module's: a compiled build of it lives in .cache/compiled/)
DATA_DIR = Path(streams.detector.__file__).with_name("data")

OFFICES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")
# offices searched for a title held by no main office holder ("the Saudi crown prince")
DEPUTY_OFFICES = ("deputy_head_of_state", "deputy_head_of_government")
# titles that name only a term titled so, never the office's holder of another title
TITLED_ONLY = frozenset({"crown prince"})
OFFICE_RANK = {
    "head_of_organisation": "organisation",
    "head_of_state": "head_of_state",
    "head_of_government": "head_of_government",
    "foreign_minister": "foreign_minister",
    "defence_minister": "minister",
}


def version_key(version: str) -> tuple[int, ...]:
    """'2026.11.27' sorts after '2026.11.3' (numbers, not text)."""
    return tuple(int(p) for p in re.findall(r"\d+", version))


def slug(text: str) -> str:
    """ASCII slug used for ids of people: 'Nicolás Maduro' -> 'nicolas-maduro'."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


def fold(text: str) -> str:
    """Accent-folded form used for matching ('Orbán' -> 'Orban')."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    region: str
    desk: str
    is_org: bool = False
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class Term:
    """One person's term in one office."""

    person_id: str
    name: str
    country: str
    office: str
    title: str
    start: date
    end: date | None
    also: tuple[str, ...] = ()

    def covers(self, day: date, grace_before: int = 0) -> bool:
        start = self.start - timedelta(days=grace_before)
        return start <= day and (self.end is None or day < self.end)

    @property
    def offices(self) -> tuple[str, ...]:
        return (self.office, *self.also)


@dataclass(frozen=True)
class Surface:
    """What one surface string can denote."""

    kind: str  # country | adjective | capital | seat | city | org | person
    ref: str  # country/org code or person id
    since: date | None = None  # a name the country goes by only from this day on

    def holds(self, day: date | None) -> bool:
        """Does the surface denote its ref on ``day``? (an undated story: only undated ones)"""
        return self.since is None or (day is not None and day >= self.since)


@lru_cache(maxsize=256)
def _title_word(title: str) -> re.Pattern[str]:
    """The pattern of a title word ("president", "crown prince") inside an office's title."""
    return re.compile(rf"\b{re.escape(title)}\b")


@dataclass
class Gazetteer:
    version: str
    countries: dict[str, Country] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)
    person_names: dict[str, str] = field(default_factory=dict)  # person id -> canonical name
    surfaces: dict[str, list[Surface]] = field(default_factory=dict)
    _by_office: dict[tuple[str, str], list[Term]] = field(default_factory=dict)
    _by_person: dict[str, list[Term]] = field(default_factory=dict)

    # ----------------------------------------------------------------- loading
    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> Gazetteer:
        return cls.load(DATA_DIR)

    @classmethod
    def load(cls, data_dir: Path) -> Gazetteer:
        versions: list[str] = []
        g = cls(version="")
        cpath = data_dir / "countries.json"
        if cpath.exists():
            doc = json.loads(cpath.read_text(encoding="utf-8"))
            versions.append(doc.get("version", ""))
            for c in doc["countries"]:
                g._add_country(c)
        opath = data_dir / "organisations.json"
        if opath.exists():
            doc = json.loads(opath.read_text(encoding="utf-8"))
            versions.append(doc.get("version", ""))
            for o in doc["organisations"]:
                g._add_org(o)
            for t in doc.get("officials", []):
                g._add_term(t)
        for p in sorted(data_dir.glob("officials_*.json")):
            doc = json.loads(p.read_text(encoding="utf-8"))
            versions.append(doc.get("version", ""))
            for t in doc["officials"]:
                g._add_term(t)
        g.version = max(versions, key=version_key) if versions else "empty"
        for terms in g._by_office.values():
            terms.sort(key=lambda t: t.start)
        return g

    def _surface(self, text: str, kind: str, ref: str, since: date | None = None) -> None:
        text = text.strip()
        if not text:
            return
        for form in {text, fold(text)}:
            lst = self.surfaces.setdefault(form, [])
            s = Surface(kind, ref, since)
            if s not in lst:
                lst.append(s)

    def _add_country(self, c: dict) -> None:
        code = c["iso3"]
        self.countries[code] = Country(code, c["name"], c.get("region", ""), c.get("desk", ""))
        for a in [c["name"], *c.get("aliases", [])]:
            self._surface(a, "country", code)
        for a in [*c.get("demonyms", []), *c.get("adjectival", [])]:
            # demonym plurals ("Americans") and adjectives ("American") both act as adjectives
            self._surface(a, "adjective", code)
        for a in c.get("capitals", []):
            self._surface(a, "capital", code)
        for a in c.get("government_metonyms", []):
            self._surface(a, "capital", code)
        for a in c.get("seats", []):
            self._surface(a, "seat", code)
        for a in c.get("cities", []):
            # other cities that host talks (Sochi, Davos): places, never the government
            self._surface(a, "city", code)
        for a in c.get("dated_aliases", []):
            # a de facto government's name ("Taliban" for Afghanistan from 2021-08-15)
            self._surface(a["name"], "country", code, date.fromisoformat(a["since"]))

    def _add_org(self, o: dict) -> None:
        code = o["code"]
        self.countries[code] = Country(
            code, o["name"], "International", "International", True, tuple(o.get("members", []))
        )
        for a in [o["name"], *o.get("aliases", [])]:
            self._surface(a, "org", code)

    def _add_term(self, t: dict) -> None:
        pid = slug(t["name"])
        term = Term(
            person_id=pid,
            name=t["name"],
            country=t["country"],
            office=t["office"],
            title=t.get("title", ""),
            start=date.fromisoformat(t["start"]),
            end=date.fromisoformat(t["end"]) if t.get("end") else None,
            also=tuple(t.get("also", [])),
        )
        self.terms.append(term)
        self.person_names[pid] = t["name"]
        self._by_person.setdefault(pid, []).append(term)
        for office in term.offices:
            self._by_office.setdefault((term.country, office), []).append(term)
        for a in [t["name"], *t.get("aliases", [])]:
            self._surface(a, "person", pid)

    # ----------------------------------------------------------------- queries
    def country(self, code: str) -> Country | None:
        return self.countries.get(code)

    def holder(self, country: str, office: str, day: date | None, title: str = "") -> Term | None:
        """The person holding ``office`` of ``country`` on ``day`` (None if unknown).

        With a ``title`` word ("president", "crown prince"), a term of another office of the
        country titled so wins over an ``office`` holder titled otherwise: Iran's president
        is its head of government (the head of state is the Supreme Leader); a crown prince
        is only ever a term titled so (None if there is none).
        """
        if day is None:
            return None
        default = next(
            (t for t in self._by_office.get((country, office), ()) if t.covers(day)), None
        )
        if not title:
            return default
        word = _title_word(title.lower())
        if default is not None and word.search(default.title.lower()):
            return default
        for other in (*OFFICES, *DEPUTY_OFFICES):
            if other == office:
                continue
            for t in self._by_office.get((country, other), ()):
                if t.covers(day) and word.search(t.title.lower()):
                    return t
        return None if title.lower() in TITLED_ONLY else default

    def successor(
        self, country: str, office: str, day: date | None, within: int = 80
    ) -> Term | None:
        """The first holder of ``office`` whose term starts after ``day`` (within ``within``
        days): "the U.S. president-elect", "the incoming prime minister"."""
        if day is None:
            return None
        for t in self._by_office.get((country, office), ()):
            if day < t.start <= day + timedelta(days=within):
                return t
        return None

    def has_title(self, country: str, office: str, title: str) -> bool:
        """Does (or did) ``country`` have an ``office`` holder with this title? True if unknown."""
        terms = self._by_office.get((country, office))
        if not terms:
            return True
        title = title.lower()
        return (
            any(title in t.title.lower() or t.title.lower() in title for t in terms)
            or title == "leader"
        )

    def person_terms(self, person_id: str) -> list[Term]:
        return self._by_person.get(person_id, [])

    def person_status(self, person_id: str, day: date | None) -> tuple[str, Term | None]:
        """('in_office'|'elect'|'former'|'unknown', the relevant term) for a person on a day.

        'former' means a term of theirs ended before ``day`` and none covers it; 'elect'
        means a term starts within 80 days after ``day`` (a president-elect counts).
        """
        terms = self.person_terms(person_id)
        if not terms:
            return "unknown", None
        if day is None:
            return "in_office", max(terms, key=_rank_order)
        covering = [t for t in terms if t.covers(day)]
        if covering:
            return "in_office", max(covering, key=_rank_order)
        soon = [t for t in terms if t.covers(day, grace_before=80)]
        if soon:
            return "elect", soon[0]
        if any(t.end is not None and t.end <= day for t in terms):
            return "former", max(terms, key=lambda t: t.start)
        return "unknown", None


def _rank_order(t: Term) -> int:
    order = {"head_of_state": 4, "head_of_government": 3, "foreign_minister": 2}
    return max(order.get(o, 1) for o in t.offices)
