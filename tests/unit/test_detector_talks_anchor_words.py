"""Talks told only as a process under way are no meeting; what dates them must be a date, a
round or a start of the talks themselves, not the modal "may", a woman named May, an adjective
"new" of something else or "headlines". Sentences are real."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_modal_may_and_new_of_something_else_date_no_talks() -> None:
    # W014 allsides-3128 (2017-04-18)
    ev = run(
        "What’s at stake in Trump’s looming decision on the Paris climate agreement",
        "It’s also possible that the Trump administration may push to reorient global climate "
        "talks in an entirely new direction — say, by placing a greater focus on working with "
        "China to promote carbon capture technology for coal and natural gas.",
        date(2017, 4, 18),
    )
    assert of_type(ev, "leaders_meeting") == []


def test_ongoing_talks_beside_new_rules_are_a_process() -> None:
    # V018 allsides-915 (2014-05-31)
    ev = run(
        "6 charts you should see before Obama unveils his new climate plan",
        "Obama administration officials, for their part, see these new rules as just one step in "
        "the ongoing international climate talks with countries like China and India.",
        date(2014, 5, 31),
    )
    assert of_type(ev, "leaders_meeting") == []


def test_theresa_may_is_no_month() -> None:
    # allsides-5317 (corpus, "Predictions for 2018")
    ev = run(
        "Predictions for 2018",
        "British PM Theresa May will last them out only because no other Tory wants to be the "
        "designated javelin-catcher in the negotiations with the EU, and most Brits are still "
        "too sensible to elect loonie-lib Jeremy Corbyn to the top job.",
    )
    assert of_type(ev, "leaders_meeting") == []


def test_a_day_still_dates_them() -> None:
    # S033 allsides-4156 (2019-02-11): a day names the talks
    ev = run(
        "Trade talks",
        "Chinese Vice Premier Liu He was expected to join U.S. Trade Representative Robert "
        "Lighthizer and Treasury Secretary Steven Mnuchin in high-level trade talks Thursday and "
        "Friday.",
        date(2019, 2, 11),
    )
    assert [countries(e) for e in of_type(ev, "leaders_meeting")] == [{"CHN", "USA"}]
