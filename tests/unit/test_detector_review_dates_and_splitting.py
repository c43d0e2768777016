"""Guards from a review of dates and sentence splitting (text.py, dates.py, agreements.py,
2026-11-28): each sentence, written in wire style for the review (not taken from a story),
was misread before its fix."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run

from streams.detector.dates import find_date, resolve
from streams.detector.text import clause_spans, split_sentences


def _texts(t: str) -> list[str]:
    return [s.text for s in split_sentences(t, 0)]


def test_dotted_initials_and_plural_titles_end_no_sentence() -> None:
    assert _texts(
        "National Security Adviser H.R. McMaster met Chinese President Xi Jinping on Monday."
    ) == ["National Security Adviser H.R. McMaster met Chinese President Xi Jinping on Monday."]
    for t in (
        "Sens. John McCain and Lindsey Graham met Erdogan in Ankara.",
        "Reps. Adam Schiff and Devin Nunes met Netanyahu.",
        "Brig. Gen. Ali Said met Sisi.",
        "Messrs. Smith and Jones met the U.A.E. Foreign Minister.",
        "The U.S.S.R. Foreign Ministry said so.",
    ):
        assert _texts(t) == [t]
    # a sentence start after a country's initials still splits where it did
    assert _texts("He flew to the U.A.E. The next day he met Xi.") == [
        "He flew to the U.A.E.",
        "The next day he met Xi.",
    ]
    evs = run(
        "Talks",
        "U.S. National Security Adviser H.R. McMaster met Chinese President Xi Jinping in "
        "Beijing on Monday.",
        date(2017, 11, 8),
    )
    assert any({"USA", "CHN"} <= countries(e) for e in of_type(evs, "leaders_meeting"))


def test_a_relative_clause_closes_before_the_main_verb() -> None:
    t = (
        "U.S. President Donald Trump, who canceled a visit to Denmark in August, will meet "
        "Danish Prime Minister Mette Frederiksen in London next month."
    )
    assert [t[a:b] for a, b in clause_spans(t)] == [
        "U.S. President Donald Trump",
        ", who canceled a visit to Denmark in August",
        ", will meet Danish Prime Minister Mette Frederiksen in London next month.",
    ]
    # a description after the relative clause stays with it
    d = "The Paris Agreement, which was first signed in 2015, is an accord on climate."
    assert len(clause_spans(d)) == 2


def test_the_today_of_a_medium_is_no_date() -> None:
    assert find_date("Trump told USA Today he would meet Putin next month.") == (
        "next month",
        41,
    )
    assert find_date("Trump Meets Putin Today") == ("Today", 18)
    evs = run("Talks", "Trump told USA Today he would meet Putin next month.", date(2019, 11, 20))
    meetings = of_type(evs, "leaders_meeting")
    assert meetings and all(e.date == "2019-12-01" for e in meetings)


def test_agreement_names_in_title_case() -> None:
    evs = run("Trump Announces U.S. Withdrawal From Paris Climate Deal", "", date(2017, 6, 1))
    assert any({"USA", "UN"} <= countries(e) for e in of_type(evs, "agreement"))
    # a name that is an ordinary phrase in lower case keeps its case
    from streams.detector import agreements

    assert agreements.ALIASES.search("a new start for talks") is None
    assert agreements.BY_ALIAS["Paris Climate Deal"].name == "Paris Agreement"


def test_day_ranges_and_days_of_the_month() -> None:
    assert find_date("They will meet on 28-29 June.") == ("28-29 June", 18)
    assert resolve("28-29 June", date(2019, 6, 20), future=True) == "2019-06-28"
    assert find_date("They will meet on the 26th.") == ("the 26th", 18)
    assert find_date("They met on the 26th floor.") is None
    assert resolve("the 26th", date(2019, 11, 20), future=True) == "2019-11-26"
    assert resolve("the 16th", date(2019, 11, 20), future=True) == "2019-12-16"
    evs = run("Talks", "Trump will meet Putin on 28-29 June in Osaka.", date(2019, 6, 20))
    assert [e.date for e in of_type(evs, "leaders_meeting")] == ["2019-06-28"]


def test_title_case_months_and_weekends() -> None:
    assert find_date("In May, Kim met Xi in Beijing.") == ("May", 3)
    assert find_date("Xi Visits Russia This Weekend") == ("This Weekend", 17)
    evs = run("Trump To Visit Japan In May", "", date(2019, 4, 10))
    assert [e.date for e in of_type(evs, "state_visit")] == ["2019-05-01"]
    saturday, sunday = date(2019, 11, 23), date(2019, 11, 24)
    assert resolve("last weekend", saturday) == "2019-11-16"
    assert resolve("last weekend", date(2019, 11, 25)) == "2019-11-23"
    assert resolve("this weekend", sunday, future=True) == "2019-11-23"
    assert resolve("this weekend", date(2019, 11, 20), future=True) == "2019-11-23"
