"""Status cases of tense wording: talks that open a coordinate clause as the subject of "are due
to" are planned; "travelling ... to a meeting" is the way there, not an infinitive (held), while
"looking forward to his meeting" is still ahead; a past time right after "to meet X" makes the
purpose infinitive no plan; a quotation's "will" is its speaker's tense; a signing "set to" / "will"
happen makes the deal planned. Sentences are real (tuning sets and corpus)."""

from __future__ import annotations

from datetime import date

from detector_cases import one, run


def test_negotiations_opening_a_clause_are_due_to_begin() -> None:
    # Z073 (corpus allsides-5798, 2017-06-09)
    e = one(
        run(
            "UK election",
            "The Conservative government has pledged to deliver Brexit by the end of March 2019, "
            "and negotiations with the European Union are due to formally begin on June 19, with "
            "Britain's negotiators seeking to ensure the best possible free trade deal with the EU.",
            date(2017, 6, 9),
        ),
        "leaders_meeting",
    )
    assert e.status == "planned"


def test_travelling_to_a_meeting_is_no_plan() -> None:
    # Z044 (corpus allsides-1927, 2020-03-12)
    e = one(
        run(
            "Coronavirus",
            "Jair Bolsonaro's communications director tested positive days after travelling with "
            "the Brazilian president to a meeting with Trump in Florida.",
            date(2020, 3, 12),
        ),
        "leaders_meeting",
    )
    assert e.status == "occurred"


def test_looking_forward_to_a_meeting_is_ahead() -> None:
    # corpus allsides-1711 (2012-06-14)
    e = one(
        run(
            "Obama's role limited in grappling with eurozone crisis",
            "White House Press Secretary Jay Carney said the president is looking forward to his "
            "meeting with Russian President Vladimir Putin.",
            date(2012, 6, 14),
        ),
        "leaders_meeting",
    )
    assert e.status == "planned"


def test_to_meet_someone_last_week_is_held() -> None:
    # X031 (corpus allsides-5860, 2016-04-27)
    ev = run(
        "Ten inconsistencies in Donald Trump's big foreign policy address",
        "Strangely, the Queen's decision to send the lord-lieutenant of Essex – hardly the most "
        "prestigious of British officials – to meet Obama at London's Stansted airport last week "
        "was not mentioned.",
        date(2016, 4, 27),
    )
    assert one(ev, "state_visit").status == "occurred"


def test_a_quoted_will_is_no_coming_visit() -> None:
    # V043 (corpus allsides-5395, 2019-06-04)
    e = one(
        run(
            "Mexico Tariffs Likely To Take Effect Next Week, Trump Vows In London",
            '"This will take effect next week, 5%," Trump said during his visit to London.',
            date(2019, 6, 4),
        ),
        "state_visit",
    )
    assert e.status == "occurred"


def test_set_to_sign_an_agreement_is_planned() -> None:
    # Q043 (corpus allsides-902, 2016-04-21)
    e = one(
        run(
            "Can The U.S. And China Keep Their Climate Pledges?",
            "On Friday, most of the world's governments are set to sign the most sweeping climate "
            "agreement in history.",
            date(2016, 4, 21),
        ),
        "agreement",
    )
    assert e.status == "planned"


def test_signing_only_if_is_no_plan() -> None:
    evs = run(
        "Trade",
        "Trump said he will sign a trade deal with China if Beijing meets his demands.",
        date(2019, 12, 31),
    )
    assert all(e.status != "planned" for e in evs if e.type == "agreement")
