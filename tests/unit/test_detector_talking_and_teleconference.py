"""Calls worded as "talking with" in an opening time clause ("After talking with Chinese President
Xi Jinping, Trump wrote"), talks "by teleconference"; ongoing talks ("had been talking with their
counterparts ... for months") and a teleconference only weighed ("the possibility of ...") are
no call."""

from datetime import date

from detector_cases import countries, of_type, one, run


def test_after_talking_with_a_leader_the_main_subject_called():
    # allsides-4918 (V022)
    e = one(
        run(
            "China trade war 'on hold' as Trump pauses tariffs",
            "After talking with Chinese President Xi Jinping, Trump wrote on Twitter that he and "
            'Xi were working together to get ZTE back in business "fast."',
            date(2018, 5, 20),
        ),
        "leader_call",
    )
    assert countries(e) == {"USA", "CHN"}
    assert e.status == "occurred"


def test_talking_for_months_is_a_process_not_a_call():
    # allsides-6317
    evs = run(
        "What President Obama said, what he meant",
        "He and Kerry had been talking with their counterparts in Russia for months about the "
        "role Russia could play in securing Syria’s chemical weapons stockpile.",
        date(2013, 9, 11),
    )
    assert of_type(evs, "leader_call") == []


def test_discussed_with_the_council_by_teleconference():
    # allsides-5963 (W011)
    e = one(
        run(
            "U.N. Security Council Paralyzed as Contagion Rages",
            "So far, Russia has agreed to discuss U.N. activities in the Democratic Republic of "
            "the Congo and Libya on Tuesday and Thursday with the council by teleconference.",
            date(2020, 3, 27),
        ),
        "leader_call",
    )
    assert countries(e) == {"RUS", "UN"}


def test_a_teleconference_only_weighed_is_no_call():
    # allsides-5963
    evs = run(
        "U.N. Security Council Paralyzed as Contagion Rages",
        "Nebenzia said Moscow was prepared to explore, on a case-by-case basis, the possibility "
        "of letting some delegations participate in council discussion by teleconference, but "
        "only if Russia and other members were permitted to meet inside the U.N. Security "
        "Council chamber.",
        date(2020, 3, 27),
    )
    assert of_type(evs, "leader_call") == []
