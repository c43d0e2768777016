"""Guards from a review of the rules' vetoes and status overrides that searched the whole
sentence: each sentence (written in wire style for the review, not taken from a story) was
misread before its fix, by a guard word in another clause than the trigger's."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run

DAY = date(2019, 6, 18)


def _statuses(body: str, etype: str) -> list[str]:
    return [e.status for e in of_type(run("News", body, DAY), etype)]


def test_a_union_or_bank_of_states_and_aircraft_elsewhere_keep_a_state_deal() -> None:
    evs = of_type(
        run("Deal", "Britain and the European Union reached a deal on Thursday.", DAY), "agreement"
    )
    assert [countries(e) for e in evs] == [{"GBR", "EU"}]
    body = (
        "Japan and Australia signed a defence pact on Friday that will let each other's troops "
        "and aircraft train together."
    )
    evs = of_type(run("Pact", body, DAY), "agreement")
    assert [countries(e) for e in evs] == [{"JPN", "AUS"}]


def test_a_modal_in_another_clause_keeps_a_struck_deal() -> None:
    for body in (
        "China and the United States struck a trade deal on Friday, and analysts said it could "
        "lift markets.",
        "Russia and Ukraine struck a grain deal on Friday, a move officials said could ease a "
        "global food crisis.",
    ):
        assert _statuses(body, "agreement") == ["occurred"], body


def test_a_deal_that_could_be_finalized_is_not_completed() -> None:
    body = "Trump had predicted that a U.S.-Japan trade deal could be finalized during his trip."
    assert _statuses(body, "agreement") == []


def test_an_in_person_word_in_another_clause_keeps_a_call() -> None:
    for body in (
        "German Chancellor Angela Merkel spoke with Russian President Vladimir Putin on Saturday "
        "about Ukraine, her spokesman told a news conference in Berlin.",
        "Turkish President Tayyip Erdogan spoke with U.S. President Donald Trump on Sunday about "
        "Syria, as thousands of Turkish troops arrived at the frontier.",
    ):
        assert _statuses(body, "leader_call") == ["occurred"], body


def test_a_denial_in_another_clause_leaves_a_call_held() -> None:
    body = (
        "U.S. President Donald Trump spoke by phone with Chinese President Xi Jinping on Tuesday, "
        "and China denied reports it had cut soybean purchases."
    )
    assert _statuses(body, "leader_call") == ["occurred"]


def test_a_budget_or_an_evacuation_elsewhere_keeps_an_expulsion() -> None:
    for body in (
        "The Netherlands expelled two Iranian diplomats on Friday over the killing of two "
        "dissidents, the Dutch foreign minister told lawmakers during a budget debate.",
        "Britain expelled 23 Russian diplomats on Wednesday over the nerve agent attack and "
        "ordered the evacuation of the Salisbury restaurant.",
    ):
        assert _statuses(body, "diplomatic_expulsion") == ["occurred"], body
    # a mission closed to save money is still no rupture
    body = "Britain is to close several embassies and consulates to save money, the Foreign Office said."
    assert _statuses(body, "diplomatic_expulsion") == []


def test_annual_trade_in_another_clause_keeps_renegotiation_talks() -> None:
    body = (
        "Canada and Mexico opened talks to modernize NAFTA with the United States in Washington on "
        "Wednesday, and the pact covers more than $1 trillion in annual trade."
    )
    evs = of_type(run("NAFTA", body, DAY), "agreement")
    assert [(e.status, countries(e)) for e in evs] == [("proposed", {"CAN", "MEX", "USA"})]


def test_a_decline_in_another_clause_is_no_rejected_offer() -> None:
    body = (
        "North Korea accepted South Korea's offer to hold talks on Monday, even as its coal "
        "exports to China declined."
    )
    assert "declined" not in _statuses(body, "summit_invitation")


def test_considering_in_another_clause_keeps_an_accepted_invitation() -> None:
    body = (
        "North Korean leader Kim Jong Un accepted an invitation from Russian President Vladimir "
        "Putin to visit Moscow, and Pyongyang is considering a new missile test."
    )
    evs = run("Invitation", body, DAY)
    assert [e.status for e in of_type(evs, "summit_invitation")] == ["accepted"]
    assert [e.status for e in of_type(evs, "state_visit")] == ["planned"]


def test_whether_in_a_later_clause_keeps_a_signing_planned() -> None:
    body = (
        "U.S. President Donald Trump will sign the trade deal with Chinese President Xi Jinping "
        "next week and will then decide whether to lift tariffs."
    )
    assert _statuses(body, "agreement") == ["planned"]


def test_lawmakers_in_another_clause_make_no_ratification() -> None:
    body = (
        "Serbia and Kosovo approved a deal on rail links on Friday, as lawmakers in Belgrade "
        "debated the budget."
    )
    evs = of_type(run("Deal", body, DAY), "agreement")
    assert [(e.status, countries(e)) for e in evs] == [("occurred", {"SRB", "XKX"})]


def test_the_day_a_speaker_said_it_is_not_the_day_of_an_owned_deal() -> None:
    body = (
        "The deal Obama reached with Iran ignores Iran's support for terrorism, Secretary of "
        "State Mike Pompeo said on Monday."
    )
    assert _statuses(body, "agreement") == []


def test_signatories_of_a_deal_are_no_new_deal() -> None:
    body = (
        "The other signatories of the deal include Germany, the United Kingdom, the European "
        "Union, China, and Russia."
    )
    assert _statuses(body, "agreement") == []
