"""Guards from the review of headline reading (2026-11-28): each sentence was written in wire
style for the review, not taken from a story, and was misread before its fix."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run

from streams.detector.engine import _finder

DAY = date(2019, 6, 18)
BODY = "The statement was posted on the ministry's website."


def _names(events: list) -> set[str]:
    return {a.name for e in events for a in e.actors}


def test_pres_is_a_title_not_a_given_name() -> None:
    for headline, pair, person in (
        ("Modi meets Russian Pres. Putin in Vladivostok", {"IND", "RUS"}, "Vladimir Putin"),
        ("Indian PM Modi meets Chinese Pres. Xi", {"IND", "CHN"}, "Xi Jinping"),
        ("Abe to meet S.Korean Pres. Moon at G20", {"JPN", "KOR"}, "Moon Jae-in"),
        ("Japan PM Abe holds talks with Iran Pres. Rouhani", {"JPN", "IRN"}, "Hassan Rouhani"),
    ):
        for body in ("", BODY):
            evs = of_type(run(headline, body, DAY), "leaders_meeting")
            assert any(pair <= countries(e) for e in evs), (headline, body)
            assert person in _names(evs), (headline, body)


def test_fm_is_the_foreign_minister() -> None:
    for headline, visitor, host in (
        ("Russian FM to visit N.Korea next week", "Sergei Lavrov", "PRK"),
        ("S.Korean FM to visit Tokyo", "Kang Kyung-wha", "JPN"),
    ):
        for body in ("", BODY):
            evs = of_type(run(headline, body, DAY), "state_visit")
            assert any(a.name == visitor and a.role == "visitor" for e in evs for a in e.actors), (
                headline
            )
            assert any(host in countries(e, "host") for e in evs), headline
    # FM radio is no minister
    text = "Putin listens to a Russian FM radio station on the way to the summit"
    assert "Sergei Lavrov" not in {m.name for m in _finder().find(text, 0, DAY)}


def test_bare_kim_is_north_koreas_leader() -> None:
    for headline, etype in (
        ("Putin, Kim Hold First Summit", "leaders_meeting"),
        ("North Korea's Kim to visit Russia", "state_visit"),
        ("N.Korea's Kim arrives in Russia", "state_visit"),
        ("Kim arrives in Vladivostok for Putin summit", "leaders_meeting"),
        ("Trump meets Kim at DMZ", "leaders_meeting"),
        ("Kim Accepts Moon's Invitation", "summit_invitation"),
    ):
        for body in ("", BODY):
            evs = of_type(run(headline, body, DAY), etype)
            assert "Kim Jong Un" in _names(evs), (headline, body)
    # the leader of the day: Kim Jong Il in 2001
    evs = of_type(run("North Korea's Kim to visit Russia", "", date(2001, 7, 20)), "state_visit")
    assert "Kim Jong Il" in _names(evs)
    # South Korea's president was a Kim (Kim Dae-jung): a bare "Kim" beside Putin is ambiguous
    evs = run("Putin, Kim Hold First Summit", "", date(2001, 2, 27))
    assert "Kim Jong Il" not in _names(evs)
    evs = run("South Korea's Kim meets Putin in Moscow", "", DAY)
    assert "Kim Jong Un" not in _names(evs)
    # a body sentence opened by a South Korean official's surname
    evs = run("Moon to meet Pompeo", "Kim said Moon would meet Pompeo in Seoul next week.", DAY)
    assert "Kim Jong Un" not in _names(evs)


def test_all_caps_headlines_are_read() -> None:
    for headline, etype, sides in (
        ("TRUMP MEETS PUTIN", "leaders_meeting", {"USA", "RUS"}),
        ("TRUMP INVITES PUTIN TO WHITE HOUSE", "summit_invitation", {"USA", "RUS"}),
        ("EU SLAPS NEW SANCTIONS ON RUSSIA", "sanctions", {"EU", "RUS"}),
        ("XI TO VISIT NORTH KOREA THIS WEEK", "state_visit", {"CHN", "PRK"}),
        ("BRITAIN EXPELS 23 RUSSIAN DIPLOMATS", "diplomatic_expulsion", {"GBR", "RUS"}),
    ):
        for body in ("", BODY):
            evs = of_type(run(headline, body, DAY), etype)
            assert any(sides <= countries(e) for e in evs), (headline, body)


def test_background_headlines_are_no_news() -> None:
    for headline in (
        "Factbox: Trump's meetings with Putin",
        "Explainer: Why the EU imposed sanctions on Russia",
        "Factbox: Trump and Putin met in Helsinki",
        "ANALYSIS-Trump and Putin met in Helsinki",
        "Q&A: Why did Britain expel 23 Russian diplomats?",
    ):
        for body in ("", BODY):
            assert run(headline, body, DAY) == [], (headline, body)
