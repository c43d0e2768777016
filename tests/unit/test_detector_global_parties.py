"""The world's states as one side ("195 countries", "the world's governments") are the UN."""

from datetime import date

from detector_cases import countries, one, run


def test_negotiators_from_195_countries_meet():
    # allsides-1718 (S013)
    ev = one(
        run(
            "Climate talks",
            "Negotiators from 195 countries are set to meet in Paris for two weeks, beginning "
            "Nov. 30, to wrap up a new, historic pact to limit global warming.",
            date(2015, 11, 20),
        ),
        "leaders_meeting",
    )
    assert ev.status == "planned"
    assert countries(ev, "participants") == {"UN"}
    assert countries(ev, "location") == {"FRA"}


def test_world_governments_sign_accord():
    # allsides-902 (Q043)
    ev = one(
        run(
            "Climate pact",
            "On Friday, most of the world's governments are set to sign the most sweeping "
            "climate agreement in history. China and the United States will sign.",
            date(2016, 4, 20),
        ),
        "agreement",
    )
    assert countries(ev, "parties") == {"UN"}


def test_nearly_200_countries_craft_treaty():
    # allsides-2616 (Q011)
    evs = run(
        "Climate summit",
        "Negotiators and heads of state from nearly 200 countries are meeting for the next two "
        "weeks near Paris to craft a new treaty to slow global warming.",
        date(2015, 11, 30),
    )
    assert countries(one(evs, "agreement"), "parties") == {"UN"}
    assert countries(one(evs, "leaders_meeting"), "participants") == {"UN"}


def test_diplomats_from_around_the_world_hammer_out_accord():
    # allsides-176 (S001)
    ev = one(
        run(
            "Climate deal",
            "After two weeks of bleary all-nighters in Paris, diplomats from around the world "
            "have hammered out a major global agreement to address climate change.",
            date(2015, 12, 13),
        ),
        "agreement",
    )
    assert ev.status == "occurred"
    assert countries(ev, "parties") == {"UN"}


def test_superlative_and_a_dozen_countries_are_not_global():
    # "the world's two largest economies" names two states; "12 countries" is no global body
    evs = run(
        "Economy",
        "China and the United States are the world's two largest economies. Japan and 12 "
        "countries signed a deal.",
        date(2019, 5, 1),
    )
    assert all("UN" not in countries(e) for e in evs)


def test_the_spans_take_their_lead_in_words():
    from streams.detector.mentions import _global_parties

    def spans(text: str) -> list[str]:
        return [text[a:b] for a, b in _global_parties(text)]

    assert spans("Talks among nearly 200 countries opened.") == ["nearly 200 countries"]
    assert spans("more than  150 nations and some 195 countries") == [
        "more than  150 nations",
        "some 195 countries",
    ]
    assert spans("Soon most of the world's governments will sign.") == [
        "most of the world's governments"
    ]
    assert spans("as diplomats from around the world gathered") == [
        "diplomats from around the world"
    ]
    # the people are part of that form; digits inside a longer number are not a count
    assert spans("tourists from around the world; x150 countries; 2150 countries") == []
