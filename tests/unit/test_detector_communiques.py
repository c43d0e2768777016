"""A summit's joint communique is an agreement: backing out of it cancels, refusing to sign it
declines."""

from datetime import date

from detector_cases import countries, of_type, one, run


def test_backing_out_of_the_g7_communique():
    # allsides-5247 (P027)
    ev = one(
        run(
            "Xi and Putin",
            "Xi spoke hours after Trump said he was backing out of the Group of Seven communique, "
            "thwarting what appeared to be a fragile consensus on a trade dispute.",
            date(2018, 6, 10),
        ),
        "agreement",
    )
    assert ev.status == "cancelled"
    assert countries(ev, "parties") == {"G7", "USA"}


def test_decision_to_not_sign_on_to_a_communique():
    # allsides-4813 (U028)
    ev = one(
        run(
            "Trade",
            "The Trump administration has blamed Canada for Trump's decision to not sign on to a "
            "communique at the G-7 summit in Quebec, Canada, over the weekend.",
            date(2018, 6, 12),
        ),
        "agreement",
    )
    assert ev.status == "declined"
    assert "USA" in countries(ev, "parties")


def test_issued_communique_without_a_deal_verb():
    evs = run(
        "Talks",
        "China and Russia issued a communique calling for calm.",
        date(2018, 6, 12),
    )
    assert of_type(evs, "agreement") == []
