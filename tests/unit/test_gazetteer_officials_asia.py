"""Date-resolved lookups in ``officials_asia_mideast_africa.json`` (Asia, Middle East, Africa).

"The Chinese president" is Hu Jintao in 2005 and Xi Jinping in 2018: each case below names a
country, an office and a day, and expects exactly one holder (terms are end-exclusive, and an
entry's ``also`` list counts, e.g. a Saudi king who is also prime minister).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_gazetteer_data import holders

DATA_FILE = (
    Path(__file__).resolve().parents[2]
    / "streams"
    / "detector"
    / "data"
    / "officials_asia_mideast_africa.json"
)
MAIN_OFFICES = ("head_of_state", "head_of_government", "foreign_minister")
# HKG has only a chief executive (head_of_government); PARTIAL countries have the offices
# listed (curated so far); every other country has all three.
PARTIAL = {
    "BTN": ("head_of_state", "head_of_government"),
    "DJI": ("head_of_state", "head_of_government"),
    "FJI": ("head_of_state", "head_of_government"),
    "MRT": ("head_of_state",),
    "PNG": ("head_of_government",),
    "TLS": ("head_of_state", "head_of_government"),
}
COUNTRIES = [
    "AFG",
    "AGO",
    "ARE",
    "AUS",
    "BFA",
    "BGD",
    "BHR",
    "BRN",
    "CHN",
    "CIV",
    "CMR",
    "COD",
    "DZA",
    "EGY",
    "ETH",
    "GHA",
    "IDN",
    "IND",
    "IRN",
    "IRQ",
    "ISR",
    "JOR",
    "JPN",
    "KAZ",
    "KEN",
    "KGZ",
    "KHM",
    "KOR",
    "KWT",
    "LBN",
    "LAO",
    "LBY",
    "LKA",
    "MAR",
    "MDV",
    "MLI",
    "MMR",
    "MNG",
    "MOZ",
    "MYS",
    "NER",
    "NGA",
    "NPL",
    "NZL",
    "OMN",
    "PAK",
    "PHL",
    "PRK",
    "PSE",
    "QAT",
    "RWA",
    "SAU",
    "SDN",
    "SEN",
    "SGP",
    "SOM",
    "SSD",
    "SYR",
    "THA",
    "TJK",
    "TKM",
    "TUN",
    "TWN",
    "TZA",
    "UGA",
    "UZB",
    "VNM",
    "YEM",
    "ZAF",
    "ZMB",
    "ZWE",
]


def _officials() -> list[dict[str, Any]]:
    with DATA_FILE.open(encoding="utf-8") as fh:
        return json.load(fh)["officials"]


LOOKUPS = [
    ("CHN", "head_of_state", "2005-06-01", "Hu Jintao"),
    ("CHN", "head_of_state", "2018-06-01", "Xi Jinping"),
    ("CHN", "head_of_government", "2010-06-01", "Wen Jiabao"),
    ("CHN", "foreign_minister", "2023-05-01", "Qin Gang"),
    ("CHN", "foreign_minister", "2024-01-01", "Wang Yi"),
    ("HKG", "head_of_government", "2019-06-12", "Carrie Lam"),
    ("PRK", "head_of_state", "2018-06-12", "Kim Jong Un"),
    ("PRK", "head_of_state", "2000-06-13", "Kim Jong Il"),
    ("KOR", "head_of_state", "2000-06-13", "Kim Dae-jung"),
    ("KOR", "head_of_state", "2018-04-27", "Moon Jae-in"),
    ("KOR", "head_of_state", "2025-06-05", "Lee Jae-myung"),
    ("JPN", "head_of_government", "2005-01-01", "Junichiro Koizumi"),
    ("JPN", "head_of_government", "2025-11-01", "Sanae Takaichi"),
    ("JPN", "foreign_minister", "2015-01-01", "Fumio Kishida"),
    ("ISR", "head_of_government", "2021-05-17", "Benjamin Netanyahu"),
    ("ISR", "head_of_government", "2022-01-01", "Naftali Bennett"),
    ("ISR", "head_of_government", "2007-01-01", "Ehud Olmert"),
    ("PSE", "head_of_state", "2003-01-01", "Yasser Arafat"),
    ("PSE", "head_of_state", "2010-01-01", "Mahmoud Abbas"),
    ("IND", "foreign_minister", "2005-01-01", "Natwar Singh"),
    ("IND", "foreign_minister", "2016-01-01", "Sushma Swaraj"),
    ("IND", "head_of_government", "2010-01-01", "Manmohan Singh"),
    ("PAK", "head_of_state", "2005-01-01", "Pervez Musharraf"),
    ("PAK", "foreign_minister", "2005-01-01", "Khurshid Mahmud Kasuri"),
    ("IRN", "head_of_state", "2015-01-01", "Ali Khamenei"),
    ("IRN", "head_of_government", "2009-06-01", "Mahmoud Ahmadinejad"),
    ("IRN", "head_of_government", "2015-07-14", "Hassan Rouhani"),
    ("SAU", "head_of_government", "2020-01-01", "Salman bin Abdulaziz"),
    ("SAU", "head_of_government", "2023-01-01", "Mohammed bin Salman"),
    ("SAU", "head_of_state", "2023-01-01", "Salman bin Abdulaziz"),
    ("ARE", "head_of_government", "2010-01-01", "Mohammed bin Rashid Al Maktoum"),
    ("SYR", "head_of_state", "2012-01-01", "Bashar al-Assad"),
    ("SYR", "head_of_state", "2025-02-01", "Ahmed al-Sharaa"),
    ("EGY", "head_of_state", "2013-01-01", "Mohamed Morsi"),
    ("TKM", "head_of_state", "2023-01-01", "Serdar Berdimuhamedow"),
    ("ZAF", "head_of_state", "2020-01-01", "Cyril Ramaphosa"),
    ("AUS", "head_of_government", "2008-01-01", "Kevin Rudd"),
]


@pytest.mark.parametrize(("country", "office", "on", "who"), LOOKUPS)
def test_lookup(country: str, office: str, on: str, who: str) -> None:
    names = holders(_officials(), country, office, on)
    assert names == [who], (country, office, on, names)


@pytest.mark.parametrize(
    ("alias", "country", "on", "who"),
    [
        ("Rohani", "IRN", "2015-01-01", "Hassan Rouhani"),
        ("al-Assad", "SYR", "2015-01-01", "Bashar al-Assad"),
        ("MBS", "SAU", "2023-01-01", "Mohammed bin Salman"),
        ("Jokowi", "IDN", "2020-01-01", "Joko Widodo"),
    ],
)
def test_alias_resolves_by_date(alias: str, country: str, on: str, who: str) -> None:
    day = date.fromisoformat(on)
    names = {
        o["name"]
        for o in _officials()
        if alias in o["aliases"]
        and o["country"] == country
        and date.fromisoformat(o["start"]) <= day
        and (o["end"] is None or day < date.fromisoformat(o["end"]))
    }
    assert names == {who}


def test_main_offices_present_for_every_country() -> None:
    officials = _officials()
    offices = {(o["country"], off) for o in officials for off in [o["office"], *o.get("also", [])]}
    assert {o["country"] for o in officials} == {*COUNTRIES, *PARTIAL, "HKG"}
    wanted = [(c, off) for c in COUNTRIES for off in MAIN_OFFICES]
    wanted += [(c, off) for c, offs in PARTIAL.items() for off in offs]
    missing = [key for key in wanted if key not in offices]
    assert not missing, missing
    assert ("HKG", "head_of_government") in offices


def test_heads_cover_the_whole_period_for_g20_members() -> None:
    """The G20 members of this file have a head of state and of government on each sample day."""
    for country in ("CHN", "JPN", "KOR", "IND", "IDN", "SAU", "ZAF", "AUS"):
        for office in ("head_of_state", "head_of_government"):
            for year in range(2000, 2027):
                on = f"{year}-03-01"
                assert len(holders(_officials(), country, office, on)) == 1, (country, office, on)


def test_no_bare_ambiguous_surnames() -> None:
    banned = {"Kim", "Lee", "Khan", "Singh", "Li", "Wang", "Park", "Abdullah", "Salman"}
    bad = sorted({a for o in _officials() for a in o["aliases"] if a in banned})
    assert not bad, bad
