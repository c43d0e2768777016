"""Background told by a time anchor older than the story: a narrative opener ("At the time,",
"Last month,"), "last month's summit", "this past June", "months before" an older event, and
"After it was passed," under a sentence dated years back. Sentences are real (tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, run


def test_at_the_time_opens_a_past_period() -> None:
    # S015 (allsides-5312, 2019-09-25)
    ev = run(
        "Trump pressed Ukraine",
        "At the time, Zelenskiy, new to politics and government, was seeking a coveted White "
        "House visit to show backing from the U.S. as he confronted a hostile Russia at his "
        "border.",
        date(2019, 9, 25),
    )
    assert of_type(ev, "state_visit") == []


def test_last_month_opener_is_background() -> None:
    # U021 (allsides-2414, 2019-07-06)
    ev = run(
        "Iran Will Surpass Uranium Enrichment Limits, Officials Say",
        "Last month, the White House imposed additional economic sanctions with the goal of "
        "targeting Khamenei and cutting his office off from financial assets.",
        date(2019, 7, 6),
    )
    assert of_type(ev, "sanctions") == []


def test_last_months_summit_is_background() -> None:
    # U006 (allsides-3555, 2016-07-11)
    ev = run(
        "How Trump's wall will hurt U.S. energy companies",
        "At last month’s summit among leaders from the U.S., Canada and Mexico, the White House "
        "announced discussions to deepen electric reliability between the U.S. and Mexico.",
        date(2016, 7, 11),
    )
    assert of_type(ev, "leaders_meeting") == []


def test_a_meeting_last_month_told_after_the_verb_stays_news() -> None:
    # unseen-B u348 (2018-07-20), as in test_detector_recent_past: only the opener is a period
    ev = run(
        "North Korea talks",
        "President Donald Trump met with North Korean leader Kim Jong Un last month but has yet to "
        "hold any new talks in his effort to rein in North Korea's nuclear program.",
        date(2018, 7, 20),
    )
    assert len(of_type(ev, "leaders_meeting")) == 1


def test_this_past_june_in_a_november_story() -> None:
    # R018 (allsides-27, 2016-11-18)
    ev = run(
        "Trump's options on the Iran deal",
        "In a speech in Stockholm this past June, Iranian Foreign Minister Mohammad Javad Zarif "
        "took direct aim at then-candidate Trump’s campaign rhetoric about the agreement and said "
        'the deal "is not an Iran-U.S. agreement."',
        date(2016, 11, 18),
    )
    assert of_type(ev, "agreement") == []


def test_months_before_an_older_event() -> None:
    # Q043 (allsides-902, 2016-04-21)
    ev = run(
        "Can The U.S. And China Keep Their Climate Pledges?",
        "Then, just months before the Paris summit, President Obama and China's Xi Jinping stood "
        'side by side at the White House and said, "We\'ve got this."',
        date(2016, 4, 21),
    )
    assert of_type(ev, "leaders_meeting") == []
    assert of_type(ev, "state_visit") == []


def test_months_before_a_coming_meeting_stays_planned() -> None:
    # allsides-6369 (2013-07-02), ending trimmed after "meet"
    ev = run(
        "Snowden asylum",
        "Granting him asylum would further aggravate tensions with Washington less than two "
        "months before Russia's President Vladimir Putin and President Barack Obama are to meet "
        "in Moscow.",
        date(2013, 7, 2),
    )
    meetings = of_type(ev, "leaders_meeting")
    assert [e.status for e in meetings] == ["planned"]


def test_after_it_was_passed_under_a_dated_sentence() -> None:
    # Q034 (allsides-1127, 2017-07-14), the middle sentences of the story
    ev = run(
        "Rinat Akhmetshin, explained",
        "Originally passed in 2012, the Magnitsky law empowers the US president to slap sanctions "
        "on anyone he or she believes to be involved in the death of Sergei Magnitsky. Because "
        "the law directly targets specific high-level Russian officials and businesspeople, its "
        "passage made the Kremlin absolutely furious. After it was passed, the Russian government "
        "retaliated with its own kind of sanctions — banning Americans from adopting Russian "
        "children.",
        date(2017, 7, 14),
    )
    assert of_type(ev, "sanctions") == []


def test_a_bare_year_opener_dates_the_sentence() -> None:
    # P044 (allsides-5399, 2015-07-14)
    ev = run(
        "U.S., world powers reach historic deal with Iran",
        "In mid-2012, after exchanging messages through the Arab state of Oman, Iranian and "
        "American officials secretly met to lay the groundwork for potential nuclear talks.",
        date(2015, 7, 14),
    )
    assert of_type(ev, "summit_invitation") == []


def test_earlier_this_year_in_a_may_story() -> None:
    # Q033 (allsides-515, 2018-05-24)
    ev = run(
        "Trump calls off historic meeting with Kim Jong Un",
        "Pompeo, who helped launch negotiations with North Korea with a secretive visit to "
        "Pyongyang earlier this year, told legislators that he was involved in crafting the "
        "president‘s letter, but that the cancellation decision ultimately fell to Trump.",
        date(2018, 5, 24),
    )
    assert of_type(ev, "state_visit") == []
