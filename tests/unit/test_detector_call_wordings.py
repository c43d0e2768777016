"""Calls in fewer words: "conferred by phone", "had spoken recently with", "a private call to",
"his 45-minute conversation with"; a habitual "have spoken frequently on the phone" is none."""

from datetime import date

from detector_cases import countries, of_type, one, run


def test_conferred_by_phone_is_a_call():
    # allsides-3383 (Z081)
    e = one(
        run(
            "Trump Authorizes Doubling of Tariffs on Turkey's Steel, Aluminum",
            "Heightening the tension of the day, Erdogan conferred by phone Friday with U.S. "
            "adversary Russian President Vladimir Putin on economic ties, Turkish and Russian "
            "media reported.",
            date(2018, 8, 10),
        ),
        "leader_call",
    )
    assert {"TUR", "RUS"} <= countries(e)
    assert e.status == "occurred"


def test_spoken_recently_with_is_a_call():
    # allsides-1729 (Z019)
    e = one(
        run(
            "Trump Lashes Out at China as Trade Talks Resume; Stocks Fall",
            "Trump said later Tuesday that he had spoken recently with Chinese President Xi "
            "Jinping without elaborating on when or the substance of the discussion.",
            date(2019, 7, 30),
        ),
        "leader_call",
    )
    assert countries(e) == {"USA", "CHN"}


def test_speaking_by_telephone_to_is_a_call():
    # allsides-453
    e = one(
        run(
            "Italy quake",
            "President Barack Obama, speaking by telephone to Italian President Sergio "
            "Mattarella, said the U.S. sent its thoughts and prayers to the quake victims.",
            date(2016, 8, 24),
        ),
        "leader_call",
    )
    assert countries(e) == {"USA", "ITA"}


def test_a_private_call_to_a_leader():
    # allsides-5630 (Q014)
    e = one(
        run(
            "Schumer and Israel",
            "And in a private call to Netanyahu before his recent speech to Congress on Iran, "
            "Schumer warned the prime minister against inflaming partisan tensions.",
            date(2015, 3, 27),
        ),
        "leader_call",
    )
    assert {"USA", "ISR"} <= countries(e)


def test_a_timed_conversation_with_a_leader_is_a_call():
    # allsides-5013 (Q024)
    e = one(
        run(
            "Cuba",
            "In order to lift the embargo, the Cuban government would have to give the Cuban "
            "people a number of rights that President Obama obviously failed to secure in his "
            "45-minute conversation with Cuban dictator Raul Castro Tuesday.",
            date(2014, 12, 19),
        ),
        "leader_call",
    )
    assert countries(e) == {"USA", "CUB"}


def test_spoken_frequently_on_the_phone_is_habitual():
    # d084: a habit, not a call
    events = run(
        "Netanyahu to meet Biden",
        "It will be the first time the two men have met in person since Biden’s trip to Israel "
        "last year, although President Joe Biden and Israeli Prime Minister Benjamin Netanyahu "
        "have spoken frequently on the phone.",
        date(2024, 7, 22),
    )
    assert not of_type(events, "leader_call")
