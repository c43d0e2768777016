"""Session 8 round 3 (h-recall8): a deal between companies is no agreement between their
countries. A country that is only a company's nationality ("Russia's Rosneft ( ROSN.MM )",
"China's mobile technology giant Huawei") is no party, and a deal named by a company ("seal
Opel deal") is a company deal. Sentences are real (unseen-I, K, dev and corpus stories) unless a
comment says how one was edited."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_deal_between_bp_and_russias_rosneft_is_no_agreement() -> None:
    # unseen-K u736 (2011-01-17): before, an occurred GBR-RUS agreement
    ev = run(
        "UK says BP-Rosneft tie commercial, not political",
        "LONDON (Reuters) - Britain said a the share swap and Arctic exploration deal struck "
        "between British oil major BP ( BP.L ) and Russia's Rosneft ( ROSN.MM ) was commercial "
        "and there had been no political involvement by the government.",
        date(2011, 1, 17),
    )
    assert of_type(ev, "agreement") == []


def test_leaders_helping_seal_a_company_deal_is_no_agreement() -> None:
    # unseen-I u653 (2009-05-30): before, an occurred DEU-USA agreement from the headline
    ev = run(
        "Merkel says Obama call helped seal Opel deal",
        "BERLIN (Reuters) - German Chancellor Angela Merkel said on Saturday U.S. President Barack "
        "Obama helped achieve a breakthrough deal for General Motors unit Opel with a telephone "
        "call on Friday just before the final round of talks.",
        date(2009, 5, 30),
    )
    assert of_type(ev, "agreement") == []


def test_company_nationality_is_no_party_to_a_trade_deal() -> None:
    # corpus 10420 (NPR, 2019-06-04): before, CHN was a party through "China's ... giant Huawei"
    ev = run(
        "Mexico Tariffs Likely To Take Effect Next Week, Trump Vows In London",
        'Although Trump and May did not appear to conclude the "substantial" trade deal that the '
        "president said he supports, he did soften the line his administration has taken with "
        "London over a thorny security dispute: China's mobile technology giant Huawei.",
        date(2019, 6, 4),
    )
    agreements = of_type(ev, "agreement")
    assert agreements
    assert all("CHN" not in countries(e) for e in agreements)


def test_company_of_each_country_signing_is_no_agreement() -> None:
    # made up from the u736 and u642 wording: two state firms named by their countries
    ev = run(
        "Gas deal signed",
        "Russia's Gazprom signed a gas supply deal with China's state-owned CNPC on Tuesday.",
        date(2014, 5, 21),
    )
    assert of_type(ev, "agreement") == []


def test_country_importing_gas_is_still_an_agreement() -> None:
    # edited from dev d049 ("deal with Iran"): a gas deal with the countries as parties stays
    ev = run(
        "India and Iran in gas export deal",
        "India has signed a $40bn (£21bn) deal with Iran to import millions of tonnes of "
        "liquefied natural gas.",
        date(2005, 1, 8),
    )
    assert [countries(e) for e in of_type(ev, "agreement")] == [{"IND", "IRN"}]


def test_leaders_with_possessive_sign_a_deal() -> None:
    # edited from the u642 headline: a possessive before a leader (no company) keeps the party
    ev = run(
        "Gas deal signed",
        "Russia's Vladimir Putin and China's Xi Jinping signed a gas supply deal on Wednesday.",
        date(2014, 5, 21),
    )
    assert [countries(e) for e in of_type(ev, "agreement")] == [{"CHN", "RUS"}]


def test_countries_sign_a_gas_deal_with_a_company_named_later() -> None:
    # edited from dev d098: the company named after the deal does not remove the countries
    ev = run(
        "Ukraine strikes Turkmen gas deal",
        "Ukraine and Turkmenistan signed a gas deal on Monday, with Ukraine's Naftogaz paying 30% "
        "more for the fuel.",
        date(2005, 1, 3),
    )
    assert [countries(e) for e in of_type(ev, "agreement")] == [{"TKM", "UKR"}]
