"""Guards from a code review of the visit and meeting rules: each sentence (written in wire
style for the review, not taken from a story) was misread by the rules before its fix."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_annual_summit_and_numerous_issues_keep_the_meeting() -> None:
    for body, when in (
        (
            "Trump met Chinese President Xi Jinping on Saturday at the annual G20 summit in Osaka.",
            date(2019, 6, 29),
        ),
        (
            "Pompeo met Russian Foreign Minister Sergei Lavrov in Sochi on Tuesday to discuss numerous issues.",
            date(2019, 5, 14),
        ),
    ):
        evs = of_type(run("Talks", body, when), "leaders_meeting")
        assert any(
            e.status == "occurred" and len(countries(e, "participants")) >= 2 for e in evs
        ), body


def test_frequency_in_another_clause_keeps_the_visit() -> None:
    for body, when, place in (
        (
            "Japanese Prime Minister Shinzo Abe arrived in Tehran on Wednesday, seeking to ease tensions "
            "between Iran and the U.S. that have often flared.",
            date(2019, 6, 12),
            "IRN",
        ),
        (
            "Chinese President Xi Jinping, who has often criticised U.S. trade policy, arrived in Paris on Monday.",
            date(2019, 3, 25),
            "FRA",
        ),
    ):
        evs = of_type(run("Visit", body, when), "state_visit")
        assert [countries(e, "location") for e in evs] == [{place}], body
    # a habitual visit stays dropped, and so does an instance listed after it
    body = (
        "Mr. Kerry also visited Pakistan several times to try to ease recurrent tensions, "
        "including a two-week visit after the raid that killed Osama bin Laden ."
    )
    assert of_type(run("Kerry", body, date(2012, 12, 17)), "state_visit") == []


def test_theresa_may_is_no_modal() -> None:
    evs = run(
        "Talks",
        "German Chancellor Angela Merkel and British Prime Minister Theresa May meet in Berlin on Tuesday.",
        date(2019, 4, 9),
    )
    assert of_type(evs, "summit_invitation") == []
    assert any(
        countries(e, "participants") == {"DEU", "GBR"} for e in of_type(evs, "leaders_meeting")
    )


def test_by_after_a_possessive_visit_names_no_visitor() -> None:
    for body in (
        "Trump's visit to Japan was hailed by Prime Minister Shinzo Abe as historic.",
        "Trump's visit to Japan, accompanied by Secretary of State Mike Pompeo, ended on Tuesday.",
    ):
        evs = of_type(run("Visit", body, date(2019, 5, 28)), "state_visit")
        assert evs and all(countries(e, "visitor") == {"USA"} for e in evs), body
        assert all(countries(e, "host") == {"JPN"} for e in evs), body


def test_travelling_in_another_clause_is_no_plan() -> None:
    evs = of_type(
        run(
            "Visit",
            "Trump, who is travelling with first lady Melania Trump, arrived in Tokyo on Saturday.",
            date(2019, 5, 25),
        ),
        "state_visit",
    )
    assert [e.status for e in evs] == ["occurred"]
    evs = of_type(
        run(
            "Visit",
            "Pompeo visited Seoul on Friday and is heading to Tokyo on Saturday.",
            date(2019, 5, 24),
        ),
        "state_visit",
    )
    status = {next(iter(countries(e, "location"))): e.status for e in evs}
    assert status == {"KOR": "occurred", "JPN": "planned"}


def test_readiness_told_after_the_meeting_keeps_it() -> None:
    evs = run(
        "Talks",
        "Pompeo met Russian Foreign Minister Sergei Lavrov in Sochi on Tuesday, when both said they "
        "were ready to improve ties.",
        date(2019, 5, 14),
    )
    assert any(
        countries(e, "participants") == {"USA", "RUS"} for e in of_type(evs, "leaders_meeting")
    )


def test_a_body_named_in_the_talks_topic_keeps_the_visit() -> None:
    evs = run(
        "Visit",
        "Chinese President Xi Jinping arrived in Paris on Monday for talks on trade and WTO reform.",
        date(2019, 3, 25),
    )
    assert [countries(e, "location") for e in of_type(evs, "state_visit")] == [{"FRA"}]


def test_didnt_visit_is_no_visit() -> None:
    for body in (
        "Japanese Prime Minister Shinzo Abe didn't visit China last week.",
        "Japanese Prime Minister Shinzo Abe didn’t visit China last week.",
    ):
        assert of_type(run("Abe", body, date(2019, 3, 25)), "state_visit") == [], body


def test_a_done_summit_or_a_next_round_in_another_clause_is_no_plan() -> None:
    for body, when in (
        (
            "The summit between Xi and Putin in Moscow this week produced a pledge to expand trade.",
            date(2019, 6, 7),
        ),
        (
            "The talks between Pompeo and Lavrov in Sochi ended on Tuesday, and officials said the next "
            "round will be held in Washington.",
            date(2019, 5, 15),
        ),
    ):
        evs = of_type(run("Talks", body, when), "leaders_meeting")
        assert evs and all(e.status == "occurred" for e in evs), body
