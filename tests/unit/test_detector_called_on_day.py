"""Calls worded with the verb "called" and the day after the callee ("called President Trump
Sunday to thank him", "called Chinese President Xi Jinping on Friday,"), a title and a name as one
callee ("Prime Minister-designate Haider al-Abadi"), and a side named only in what a call was
about ("on Iran"), which is not on the line."""

from datetime import date

from detector_cases import countries, of_type, one, run


def test_called_leader_on_a_day_before_the_clause_end():
    # allsides-2569 (V003)
    e = one(
        run(
            "'Historic' climate deal in sight as nations parse final text",
            "In the hours before Saturday morning's release, top U.S. officials including State "
            "Department climate envoy Todd Stern met behind closed doors with Chinese officials, "
            "and Obama had personally called Chinese President Xi Jinping on Friday, what was "
            "supposed to have been the summit's final day.",
            date(2015, 12, 12),
        ),
        "leader_call",
    )
    assert countries(e) == {"USA", "CHN"}
    assert e.status == "occurred"


def test_called_leader_on_a_day_before_the_purpose():
    # allsides-1929
    e = one(
        run(
            "Putin thanked Trump for CIA tip on bombings, Kremlin and White House say",
            "WASHINGTON — Russia's Vladimir Putin called President Trump Sunday to thank him for "
            "U.S. intelligence that helped thwart terrorist attacks in St. Petersburg, officials "
            "in both countries said.",
            date(2017, 12, 17),
        ),
        "leader_call",
    )
    assert countries(e) == {"RUS", "USA"}


def test_called_a_title_and_its_name_is_one_callee():
    # allsides-3287
    e = one(
        run(
            "New Leader Of Iraq Is Nominated, As Maliki Insists He'll Stay In Office",
            "Vice President Joe Biden called Iraqi Prime Minister-designate Haider al-Abadi to "
            "congratulate him on his nomination to form a new government.",
            date(2014, 8, 11),
        ),
        "leader_call",
    )
    assert {a.name for a in e.actors} == {"Joe Biden", "Haider al-Abadi"}


def test_calling_someone_names_without_a_day_is_no_call():
    # allsides-918: naming, not phoning (no purpose, no day after the callee)
    evs = run(
        "Trump Goes to War: Bombs Syria",
        "Sen. Ted Cruz (R-TX) called Syrian President Bashar al-Assad a “monster” and a “puppet "
        "of Russia and Iran” but said he looked forward to the president “making the case to "
        "Congress and the American people” in the days ahead.",
        date(2017, 4, 6),
    )
    assert of_type(evs, "leader_call") == []


def test_a_side_named_in_the_topic_is_not_on_the_line():
    # allsides-5630 (Q014)
    e = one(
        run(
            "Iran deal a big test for Schumer",
            "And in a private call to Netanyahu before his recent speech to Congress on Iran, "
            "Schumer warned the prime minister against inflaming partisan tensions and raised "
            "concerns about the fact that the foreign leader spoke without the White House’s "
            "consent.",
            date(2015, 3, 31),
        ),
        "leader_call",
    )
    assert countries(e) == {"USA", "ISR"}
