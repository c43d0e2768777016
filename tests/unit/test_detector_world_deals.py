"""A deal of the world's states named by its noun ('a global climate pact', 'an international
agreement', 'an agreement among nations'), a pact being wrapped up, and 'in agreement' (a view,
no deal)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_global_pact_sought_by_a_leader() -> None:
    # TUNE T031 (allsides-5299)
    e = one(
        run(
            "Obama in Paris",
            "President Obama set out Monday to help seal a global climate pact at the opening of "
            "a major summit in Paris, though he faces stiff opposition at home.",
            date(2015, 11, 30),
        ),
        "agreement",
    )
    assert e.status == "proposed"
    assert countries(e) == {"USA", "UN"}


def test_international_agreement_aimed_at() -> None:
    # TUNE X001 (allsides-653)
    e = one(
        run(
            "Climate talks open",
            "The U.N. Paris conference aims to reach an international, legally biding agreement "
            "on climate change that would reduce greenhouse gas emissions.",
            date(2015, 11, 30),
        ),
        "agreement",
    )
    assert e.status == "proposed"
    assert countries(e) == {"UN"}


def test_agreement_among_nations() -> None:
    # TUNE R015 (allsides-1619)
    e = one(
        run(
            "Obama casts climate talks as world's last best chance",
            "The summit, housed in a conference center in the suburbs of the French capital, "
            "will be seeking a collective, nonbinding agreement among nations setting their own "
            "plans to cut carbon emissions.",
            date(2015, 11, 30),
        ),
        "agreement",
    )
    assert e.status == "proposed"
    assert countries(e) == {"UN"}


def test_pact_to_wrap_up() -> None:
    # TUNE S013 (allsides-1718)
    e = one(
        run(
            "Climate talks",
            "Negotiators from 195 countries are set to meet in Paris for two weeks, beginning "
            "Nov. 30, to wrap up a new, historic pact to limit global warming.",
            date(2015, 11, 20),
        ),
        "agreement",
    )
    assert e.status == "proposed"


def test_exit_from_global_pact_told_as_context() -> None:
    # corpus allsides-2642 (2019): the 2017 decision, in the middle of a story
    evs = run(
        "Trump arrives at G7 summit in France",
        "Leaders gathered in Biarritz on Saturday. Germany and Canada remain worried by the trade "
        "war. Trump’s decision to pull out of an international accord on climate change "
        "continues to raise alarms for other leaders.",
        date(2019, 8, 24),
    )
    assert of_type(evs, "agreement") == []


def test_deal_named_by_its_number_of_states() -> None:
    # TUNE U044 (allsides-455): the 12-country accord is the TPP
    e = one(
        run(
            "Obama Jabs at China Over TPP Trade Deal",
            "U.S. President Barack Obama took a dig at China Saturday as he defended the new TPP "
            "Pacific Rim free-trade deal, which excludes Beijing.\n\n"
            "In his weekly address to the nation, Obama said the 12-country accord concluded this "
            "week after five years of negotiations features the strongest labor and environmental "
            "standards in history.",
            date(2015, 10, 10),
        ),
        "agreement",
    )
    assert e.status == "occurred"
    assert {"USA", "JPN", "VNM"} <= countries(e)


def test_deal_of_nearly_all_states_is_the_worlds() -> None:
    # corpus allsides-2186: a pact of a number no named agreement has is left alone; the
    # world's many states are the UN
    evs = run(
        "Climate talks",
        "Obama said the 196-nation pact reached on Saturday in Paris was a turning point.",
        date(2015, 12, 14),
    )
    assert countries(one(evs, "agreement")) == {"USA", "UN"}


def test_lead_after_a_repeated_headline() -> None:
    # TUNE T021 (allsides-4495): the body repeats the headline after a caption stub
    e = one(
        run(
            "Paris pullout: Now, US cities and states respond",
            "Collapse 2. Paris pullout: Now, US cities and states respond\n\n"
            "President Trump’s historic decision to withdraw from the Paris global climate accord "
            "has produced an extraordinary reaction from a group of US states, cities, and "
            "corporations opposed to the move.",
            date(2017, 6, 2),
        ),
        "agreement",
    )
    assert e.status == "cancelled"
    assert countries(e) == {"USA", "UN"}
