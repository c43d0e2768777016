"""Background events cited as context, not news: a part of an earlier month, an explainer box,
an opener dating the sentence by the one before, the reference point of 'since' or 'the last
time', and a past-habit opener. Each case has a news control that must stay."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run

from streams.detector import engine
from streams.detector.text import mask_explainer_boxes


def test_part_of_an_earlier_month_is_background() -> None:
    # allsides-1960 (a mid-April story)
    body = (
        "Nor did Tedros hit the alarm button after the WHO conducted its own fact-finding "
        "mission to China at the end of January."
    )
    assert not of_type(run("Public health", body, date(2020, 4, 13)), "state_visit")
    # allsides-4828 (a June 18 story)
    body = (
        "The two sides seemed close to a deal in mid-May, but the U.S. accused China of reneging "
        "on a commitment to enshrine into law any changes to its trade policy."
    )
    assert not of_type(run("Markets surge", body, date(2019, 6, 18)), "agreement")
    # a part of a coming month is ahead
    body = (
        "Commerce Secretary Wilbur Ross will travel to China in early August to meet Chinese "
        "Vice Premier Liu He."
    )
    visit = one(run("Trade", body, date(2018, 7, 20)), "state_visit")
    assert visit.status == "planned" and countries(visit) == {"USA", "CHN"}


# allsides-5333: the Guardian's fold-out timeline, inlined as one paragraph
_TIMELINE = (
    "Timeline Alleged Saudi hack of Jeff Bezos: a timeline Show Hide Mohammed bin Salman, widely "
    "known as MBS, becomes crown prince of Saudi Arabia, designated heir to the king. Mohammed bin "
    "Salman arrives in the US for a tour to boost Saudi Arabia's reputation with America's most "
    "senior VIPs, business leaders and government officials. Trump hosts Mohammed bin Salman at a "
    "meeting in the White House, where the US president calls them 'good friends'."
)


def test_explainer_box_is_background() -> None:
    body = "Saudi Arabia has previously denied it targeted Bezos's phone.\n\n" + _TIMELINE
    assert run("Jeff Bezos hack", body, date(2020, 1, 21)) == []
    masked = mask_explainer_boxes(body)
    assert len(masked) == len(body) and "Trump hosts" not in masked
    assert masked.startswith("Saudi Arabia has previously denied")
    # the same sentences outside a box are read
    news = _TIMELINE.split("Show Hide ", 1)[1]
    assert of_type(run("Saudi crown prince", news, date(2018, 3, 20)), "leaders_meeting")


def test_that_same_day_after_an_old_date_is_background() -> None:
    # allsides-5956 / W025 (a January 2020 story)
    body = (
        "Trumka endorsed the revised version — the first trade deal the AFL-CIO has backed since "
        "a US-Jordan deal in 2001. “There is no question, of course, that this trade agreement is "
        "much better than NAFTA,” House Speaker Nancy Pelosi said at the time. That same day, "
        "Lighthizer flew to Mexico City to meet with his counterparts from Mexico and Canada to "
        "sign the modified USMCA."
    )
    events = run("The Senate has approved the USMCA", body, date(2020, 1, 16))
    assert not of_type(events, "state_visit") and not of_type(events, "leaders_meeting")
    # allsides-3974 / R032 (a March story; the timeline entry is dated January 22)
    body = (
        "January 22: WHO director-general Tedros Adhanom Ghebreyesus continued to praise China’s "
        "handling of the outbreak. “I was very impressed by the detail and depth of China’s "
        "presentation.”\n\nIn the preceding days, a WHO delegation conducted a field visit to "
        "Wuhan."
    )
    assert not of_type(run("Timeline", body, date(2020, 3, 23)), "state_visit")
    # after a recent day the same opener is news
    body = (
        "The U.S. raised duties Friday on Chinese imports. That same day, Lighthizer flew to "
        "Mexico City to meet with his counterparts from Mexico and Canada to sign the modified "
        "USMCA."
    )
    assert of_type(run("Trade", body, date(2020, 1, 16)), "state_visit")


def test_since_and_last_time_name_an_older_event() -> None:
    # allsides-1529 / Z033
    body = (
        "The White House insisted this week that trade talks with Beijing are ongoing, but there "
        "are no formal discussions on the books and the two sides have not met at the ministerial "
        "level since Commerce Secretary Wilbur Ross traveled to China early last month."
    )
    assert not of_type(run("Trade war", body, date(2018, 7, 20)), "state_visit")
    body = "The last time Trump met Kim Jong Un was in Hanoi."
    assert run("Summit hopes", body, date(2020, 6, 18)) == []
    # a recent time in the clause keeps it news (allsides-1081)
    body = (
        "China has escalated its anti-U.S. discourse since the talks faltered and Trump "
        "blacklisted Huawei Technologies Co. and scores of its affiliates earlier this month."
    )
    assert of_type(run("China", body, date(2019, 5, 27)), "sanctions")


def test_past_habit_opener_is_background() -> None:
    # allsides-2523
    body = (
        "In the past we have seen Moscow looking to talk/sending peace signals just before "
        "important EU/G7/NATO meetings, and presumably to weaken momentum towards "
        "sanctions/countermeasures."
    )
    assert not of_type(run("Ukraine", body, date(2014, 9, 3)), "leaders_meeting")
    # a span up to now is not the past (allsides-268)
    assert not engine._PAST_OPENER.match(
        "In the past hours, I have spoken on the telephone to the French President, "
        "Francois Hollande, and also with the Spanish Prime Minister, Mariano Rajoy."
    )
    assert not engine._PAST_OPENER.match("In the past few weeks, the ongoing debate over pay")
    assert engine._PAST_OPENER.match("Historically, China has hosted")
