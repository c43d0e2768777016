"""Checks of the detector's gazetteer data files (countries, organisations, office holders).

Every file in ``streams/detector/data`` named ``countries.json``, ``organisations.json`` or
``officials_*.json`` is loaded and checked for shape, codes, dates and overlapping terms, and a
few date-resolved lookups ("the U.S. president on 2004-06-01") are checked against known answers.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[2] / "streams" / "detector" / "data"
COUNTRIES_FILE = DATA / "countries.json"
ORGS_FILE = DATA / "organisations.json"
OWN_OFFICIALS_FILE = DATA / "officials_americas_europe.json"
OTHER_OFFICIALS_FILE = DATA / "officials_asia_mideast_africa.json"
OFFICIAL_FILES = sorted(DATA.glob("officials_*.json"))

COUNTRY_KEYS = [
    "iso3",
    "name",
    "aliases",
    "demonyms",
    "adjectival",
    "capitals",
    "seats",
    "government_metonyms",
    "region",
    "desk",
]
ORG_KEYS = ["code", "name", "aliases", "kind", "members"]
OFFICIAL_KEYS = ["name", "aliases", "country", "office", "title", "start", "end"]
REGIONS = {"Africa", "Americas", "Asia", "Europe", "Middle East", "Oceania"}
MAIN_OFFICES = ("head_of_state", "head_of_government", "foreign_minister")
COUNTRY_OFFICES = {
    *MAIN_OFFICES,
    "defence_minister",
    "deputy_head_of_state",
    "deputy_head_of_government",
    "vice_president",
    "minister",
    "supreme_leader",
    "legislator",
}
ORG_OFFICES = {
    "head_of_organisation",
    "commission_president",
    "council_president",
    "high_representative",
    "parliament_president",
    "central_bank_president",
    "prosecutor",
    "commissioner",  # an EU commissioner (Barnier 2010-14)
    "chief_negotiator",  # the EU's chief Brexit negotiator (Barnier 2016-21)
    "trade_commissioner",  # the EU's trade commissioner (one at a time: De Gucht, Malmström, ...)
}
ISO3 = re.compile(r"^[A-Z]{3}$")
ORG_CODE = re.compile(r"^[A-Z][A-Z0-9_]{1,19}$")
HANDOVER = timedelta(days=1)
SPECIAL_ISO3 = {"PSE", "HKG", "GIB", "VAT", "TWN", "XKX"}


def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def _countries() -> list[dict[str, Any]]:
    return _load(COUNTRIES_FILE)["countries"]


def _orgs() -> dict[str, Any]:
    return _load(ORGS_FILE) if ORGS_FILE.exists() else {"organisations": [], "officials": []}


def _officials(files: list[Path] | None = None) -> list[dict[str, Any]]:
    out = []
    for path in files if files is not None else OFFICIAL_FILES:
        out += _load(path)["officials"]
    return out + _orgs().get("officials", [])


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _offices(entry: dict[str, Any]) -> list[str]:
    return [entry["office"], *entry.get("also", [])]


def holders(officials: list[dict[str, Any]], country: str, office: str, on: str) -> list[str]:
    """Names of the holders of ``office`` in ``country`` on the date ``on`` (end exclusive)."""
    day = date.fromisoformat(on)
    return [
        o["name"]
        for o in officials
        if o["country"] == country
        and office in _offices(o)
        and _day(o["start"]) <= day
        and (o["end"] is None or day < _day(o["end"]))
    ]


def _check_strings(values: Any, what: str) -> None:
    assert isinstance(values, list), f"{what}: not a list"
    assert all(isinstance(v, str) and v.strip() == v and v for v in values), f"{what}: bad item"
    assert len(values) == len(set(values)), f"{what}: duplicates"


# ---------------------------------------------------------------- shape


def test_files_present_and_valid_json() -> None:
    assert COUNTRIES_FILE.exists() and ORGS_FILE.exists() and OWN_OFFICIALS_FILE.exists()
    for path in [COUNTRIES_FILE, ORGS_FILE, *OFFICIAL_FILES]:
        raw = path.read_bytes()
        doc = json.loads(raw.decode("utf-8"))
        assert isinstance(doc, dict) and isinstance(doc.get("version"), str), path.name
        assert list(doc)[0] == "version", path.name


def test_countries_shape_and_codes() -> None:
    countries = _countries()
    codes = [c["iso3"] for c in countries]
    assert len(codes) == len(set(codes)), "duplicate iso3"
    assert len(codes) >= 195
    assert set(codes) >= SPECIAL_ISO3
    for c in countries:
        assert list(c)[: len(COUNTRY_KEYS)] == COUNTRY_KEYS, c.get("iso3")
        assert ISO3.match(c["iso3"]), c["iso3"]
        assert c["region"] in REGIONS, c["iso3"]
        assert isinstance(c["desk"], str) and c["desk"]
        for key in COUNTRY_KEYS[2:8]:
            _check_strings(c[key], f"{c['iso3']}.{key}")
        assert c["name"] in c["aliases"], c["iso3"]


def test_country_aliases_are_unambiguous() -> None:
    owner: dict[str, str] = {}
    for c in _countries():
        for alias in c["aliases"]:
            assert owner.setdefault(alias, c["iso3"]) == c["iso3"], (
                f"alias {alias!r} used by {owner[alias]} and {c['iso3']}"
            )


def test_wire_forms_of_country_names() -> None:
    by_code = {c["iso3"]: c for c in _countries()}
    expected = {
        "GBR": ["Britain", "UK", "U.K.", "Great Britain"],
        "KOR": ["South Korea", "S Korea", "S. Korea", "Republic of Korea", "ROK"],
        "PRK": ["North Korea", "N Korea", "N. Korea", "DPRK"],
        "MMR": ["Burma", "Myanmar"],
        "CIV": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
        "CZE": ["Czech Republic", "Czechia"],
        "TUR": ["Turkey", "Türkiye"],
        "ARE": ["UAE", "U.A.E."],
        "NLD": ["Holland"],
        "PSE": ["Palestinian Authority", "West Bank", "Gaza", "Hamas", "Fatah", "PLO"],
        "USA": ["U.S.", "United States", "America"],
    }
    for iso, aliases in expected.items():
        assert set(aliases) <= set(by_code[iso]["aliases"]), iso
    assert {"Kremlin"} <= set(by_code["RUS"]["seats"])
    assert {"Downing Street", "Whitehall"} <= set(by_code["GBR"]["seats"])
    assert {"Vatican", "Holy See"} <= set(by_code["VAT"]["seats"])
    assert "Kyiv" in by_code["UKR"]["government_metonyms"]
    assert "Brussels" not in by_code["BEL"]["government_metonyms"]


def test_organisations_shape_and_members() -> None:
    doc = _orgs()
    iso = {c["iso3"] for c in _countries()}
    codes = [o["code"] for o in doc["organisations"]]
    assert len(codes) == len(set(codes)), "duplicate org code"
    assert not set(codes) & iso, "org code clashes with a country code"
    required = {"UN", "EU", "NATO", "AU", "ASEAN", "G7", "G20", "OPEC", "IAEA", "WHO", "ICC"}
    assert required <= set(codes)
    for o in doc["organisations"]:
        assert list(o)[: len(ORG_KEYS)] == ORG_KEYS, o.get("code")
        assert ORG_CODE.match(o["code"]), o["code"]
        _check_strings(o["aliases"], f"{o['code']}.aliases")
        assert set(o["members"]) <= iso, (o["code"], set(o["members"]) - iso)
    eu = next(o for o in doc["organisations"] if o["code"] == "EU")
    assert len(eu["members"]) == 27 and "Brussels" not in eu["aliases"]


# ---------------------------------------------------------------- officials


def test_officials_shape_codes_and_dates() -> None:
    known = {c["iso3"] for c in _countries()}
    org_codes = {o["code"] for o in _orgs()["organisations"]}
    officials = _officials()
    assert officials
    for o in officials:
        where = f"{o.get('name')} ({o.get('country')}, {o.get('start')})"
        assert list(o)[: len(OFFICIAL_KEYS)] == OFFICIAL_KEYS, where
        assert set(o) <= {*OFFICIAL_KEYS, "also"}, where
        assert o["country"] in known | org_codes, where
        allowed = ORG_OFFICES if o["country"] in org_codes else COUNTRY_OFFICES
        assert o["office"] in allowed, where
        assert set(o.get("also", [])) <= allowed - {o["office"]}, where
        assert isinstance(o["title"], str) and o["title"], where
        _check_strings(o["aliases"], f"{where}.aliases")
        assert o["name"] in o["aliases"], where
        start, end = _day(o["start"]), _day(o["end"])
        assert start is not None and start >= date(1950, 1, 1), where
        assert end is None or start <= end, where
        assert end is None or end <= date(2027, 12, 31), where


@pytest.mark.parametrize("path", OFFICIAL_FILES, ids=lambda p: p.name)
def test_no_overlapping_terms(path: Path) -> None:
    """For each (country, main office), terms follow each other (1-day handover allowed)."""
    terms: dict[tuple[str, str], list[tuple[date, date, str]]] = {}
    for o in _load(path)["officials"]:
        for office in _offices(o):
            if office in MAIN_OFFICES:
                end = _day(o["end"]) or date.max
                terms.setdefault((o["country"], office), []).append(
                    (_day(o["start"]), end, o["name"])
                )
    overlaps = []
    for key, spans in terms.items():
        spans.sort()
        for (_, end_a, name_a), (start_b, _, name_b) in zip(spans, spans[1:], strict=False):
            if end_a != date.max and end_a - start_b <= HANDOVER:
                continue
            overlaps.append((key, name_a, name_b, str(start_b)))
    assert not overlaps, overlaps


def test_org_officials_do_not_overlap() -> None:
    terms: dict[tuple[str, str], list[tuple[date, date, str]]] = {}
    for o in _orgs()["officials"]:
        end = _day(o["end"]) or date.max
        terms.setdefault((o["country"], o["office"]), []).append((_day(o["start"]), end, o["name"]))
    for key, spans in terms.items():
        spans.sort()
        for (_, end_a, a), (start_b, _, b) in zip(spans, spans[1:], strict=False):
            assert end_a != date.max and end_a - start_b <= HANDOVER, (key, a, b)


def test_official_aliases_do_not_cross_countries() -> None:
    """An alias never names officials of two countries at overlapping dates."""
    officials = _officials()
    spans: dict[str, list[tuple[date, date, str, str]]] = {}
    for o in officials:
        for alias in o["aliases"]:
            spans.setdefault(alias, []).append(
                (_day(o["start"]), _day(o["end"]) or date.max, o["country"], o["name"])
            )
    org_codes = {o["code"] for o in _orgs()["organisations"]}
    clashes = []
    for alias, items in spans.items():
        for i, (s1, e1, c1, n1) in enumerate(items):
            for s2, e2, c2, n2 in items[i + 1 :]:
                # one person may hold offices in two places (a national office and an org
                # office, e.g. Tusk or Rutte; a monarch of several realms, e.g. Charles III)
                same_person = n1 == n2 or c1 in org_codes or c2 in org_codes
                if c1 != c2 and not same_person and s1 < e2 and s2 < e1:
                    clashes.append((alias, c1, c2))
    assert not clashes, clashes


def test_official_aliases_are_not_place_names() -> None:
    places = {a for c in _countries() for a in c["aliases"] + c["capitals"]}
    bad = sorted({a for o in _officials() for a in o["aliases"] if a in places})
    assert not bad, bad


def test_main_offices_covered_for_own_countries() -> None:
    officials = _officials([OWN_OFFICIALS_FILE])
    for iso in ("USA", "CAN", "MEX", "BRA", "ARG", "GBR", "FRA", "DEU", "ITA", "RUS", "TUR", "UKR"):
        for office in MAIN_OFFICES:
            for day in ("2000-06-01", "2010-06-01", "2020-06-01", "2026-06-01"):
                assert holders(officials, iso, office, day), (iso, office, day)


# ---------------------------------------------------------------- lookups

OWN_LOOKUPS = [
    ("USA", "head_of_state", "2004-06-01", "George W. Bush"),
    ("USA", "head_of_state", "2018-06-01", "Donald Trump"),
    ("USA", "head_of_government", "2010-06-01", "Barack Obama"),
    ("USA", "head_of_state", "2026-11-26", "Donald Trump"),
    ("USA", "foreign_minister", "2015-06-01", "John Kerry"),
    ("USA", "foreign_minister", "2025-06-01", "Marco Rubio"),
    ("GBR", "head_of_government", "2005-01-01", "Tony Blair"),
    ("GBR", "head_of_government", "2022-10-01", "Liz Truss"),
    ("GBR", "head_of_state", "2023-05-06", "Charles III"),
    ("GBR", "foreign_minister", "2025-10-01", "Yvette Cooper"),
    ("RUS", "foreign_minister", "2018-03-20", "Sergei Lavrov"),
    ("RUS", "head_of_state", "2010-01-01", "Dmitry Medvedev"),
    ("RUS", "head_of_government", "2010-01-01", "Vladimir Putin"),
    ("FRA", "head_of_state", "2019-01-01", "Emmanuel Macron"),
    ("DEU", "head_of_government", "2010-01-01", "Angela Merkel"),
    ("DEU", "head_of_government", "2025-06-01", "Friedrich Merz"),
    ("UKR", "head_of_state", "2022-03-01", "Volodymyr Zelenskyy"),
    ("TUR", "head_of_government", "2020-01-01", "Recep Tayyip Erdoğan"),
    ("CUB", "head_of_government", "2021-01-01", "Manuel Marrero Cruz"),
    ("VAT", "head_of_state", "2025-06-01", "Leo XIV"),
    ("GIB", "head_of_government", "2015-01-01", "Fabian Picardo"),
    ("CAN", "head_of_government", "2016-01-01", "Justin Trudeau"),
    ("BRA", "head_of_state", "2020-01-01", "Jair Bolsonaro"),
]
ORG_LOOKUPS = [
    ("UN", "head_of_organisation", "2010-01-01", "Ban Ki-moon"),
    ("UN", "head_of_organisation", "2020-01-01", "António Guterres"),
    ("NATO", "head_of_organisation", "2015-01-01", "Jens Stoltenberg"),
    ("EU", "commission_president", "2020-01-01", "Ursula von der Leyen"),
    ("EU", "high_representative", "2025-01-01", "Kaja Kallas"),
]
OTHER_LOOKUPS = [
    ("CHN", "head_of_state", "2018-06-01", "Xi Jinping"),
    ("IND", "head_of_government", "2016-01-01", "Narendra Modi"),
    ("JPN", "head_of_government", "2019-01-01", "Shinzo Abe"),
    ("ISR", "head_of_government", "2012-01-01", "Benjamin Netanyahu"),
    ("ZAF", "head_of_state", "2015-01-01", "Jacob Zuma"),
]


def _resolves(officials: list[dict[str, Any]], iso: str, office: str, on: str, who: str) -> None:
    names = holders(officials, iso, office, on)
    by_name = {o["name"]: o for o in officials if o["country"] == iso}
    matched = [n for n in names if n == who or who in by_name[n]["aliases"]]
    assert len(names) == 1 and matched, (iso, office, on, names)


@pytest.mark.parametrize(("iso", "office", "on", "who"), OWN_LOOKUPS + ORG_LOOKUPS)
def test_lookup_own_file(iso: str, office: str, on: str, who: str) -> None:
    _resolves(_officials([OWN_OFFICIALS_FILE]), iso, office, on, who)


@pytest.mark.skipif(not OTHER_OFFICIALS_FILE.exists(), reason="other officials file not written")
@pytest.mark.parametrize(("iso", "office", "on", "who"), OTHER_LOOKUPS)
def test_lookup_other_file(iso: str, office: str, on: str, who: str) -> None:
    _resolves(_officials([OTHER_OFFICIALS_FILE]), iso, office, on, who)


def test_alias_lookup_finds_person() -> None:
    officials = _officials([OWN_OFFICIALS_FILE])
    for alias, iso in [
        ("Zelensky", "UKR"),
        ("Erdogan", "TUR"),
        ("Orban", "HUN"),
        ("Chavez", "VEN"),
        ("Schroeder", "DEU"),
        ("Lula", "BRA"),
    ]:
        assert {o["country"] for o in officials if alias in o["aliases"]} == {iso}, alias


def test_lawmakers_are_in_office_for_their_whole_time_in_congress() -> None:
    """Lawmakers are actors (dev.jsonl: a video call with US lawmakers): one term each."""
    from streams.detector.gazetteer import Gazetteer

    gaz = Gazetteer.default()
    assert gaz.person_status("nancy-pelosi", date(2015, 6, 1))[0] == "in_office"
    assert gaz.person_status("john-mccain", date(2005, 2, 1))[0] == "in_office"
    assert gaz.person_status("john-mccain", date(2019, 1, 1))[0] == "former"


# ---------------------------------------------------------------- coverage

# countries whose heads of state and of government are curated without a gap since 2000
NO_GAP_HEADS = (
    "BRN", "CYP", "DJI", "GTM", "HND", "ISL", "LAO", "LUX", "MDV", "MLT", "NIC", "PRY", "SLV",
    "SVK", "TTO", "URY",
)  # fmt: skip


def _gaps(spans: list[tuple[date, date]], first: date, last: date) -> list[tuple[date, date]]:
    """Periods in [first, last) with no span covering them (spans are end-exclusive)."""
    out, cur = [], first
    for start, end in sorted(spans):
        if start > cur:
            out.append((cur, min(start, last)))
        cur = max(cur, end)
        if cur >= last:
            return out
    return [*out, (cur, last)]


@pytest.mark.parametrize("iso", NO_GAP_HEADS)
@pytest.mark.parametrize("office", ["head_of_state", "head_of_government"])
def test_heads_have_no_gap_since_2000(iso: str, office: str) -> None:
    """A holder on every day from 2000-01-01 to today (a handover day is no gap)."""
    spans = [
        (_day(o["start"]), _day(o["end"]) or date.max)
        for o in _officials()
        if o["country"] == iso and office in _offices(o)
    ]
    gaps = _gaps(spans, date(2000, 1, 1), date.today())
    assert not gaps, (iso, office, gaps)


@pytest.mark.parametrize(
    ("iso", "office", "on", "who"),
    [
        ("MLT", "head_of_government", "2015-06-01", "Joseph Muscat"),
        ("SVK", "head_of_government", "2024-05-15", "Robert Fico"),
        ("CYP", "head_of_state", "2017-07-01", "Nicos Anastasiades"),
        ("LUX", "foreign_minister", "2015-01-01", "Jean Asselborn"),
        ("ISL", "head_of_government", "2009-06-01", "Jóhanna Sigurðardóttir"),
        ("SLV", "head_of_state", "2020-01-01", "Nayib Bukele"),
    ],
)
def test_lookup_added_countries(iso: str, office: str, on: str, who: str) -> None:
    _resolves(_officials(), iso, office, on, who)


def test_gazetteer_version_is_the_newest_data_file() -> None:
    from streams.detector.gazetteer import Gazetteer, version_key

    assert version_key("2026.11.27") > version_key("2026.11.3")
    newest = max(
        (_load(p)["version"] for p in [*OFFICIAL_FILES, COUNTRIES_FILE, ORGS_FILE]), key=version_key
    )
    assert Gazetteer.default().version == newest
