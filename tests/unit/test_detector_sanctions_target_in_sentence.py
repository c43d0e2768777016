"""Sanctions whose target is the sentence's other side: "U.S. sanctions imposed last week",
"defying new U.N. sanctions"; "punitive measures against" a country's firm; sanctions that
a country acts "in line with" are not imposed on it."""

from datetime import date

from detector_cases import countries, of_type, one, run


def test_sanctions_imposed_last_week_target_the_subject():
    # allsides-3383 (Z081)
    e = one(
        run(
            "Trump Authorizes Doubling of Tariffs on Turkey's Steel, Aluminum",
            "Turkey is seeking to stanch an economic meltdown amid fallout from U.S. sanctions "
            "imposed last week over the continued detention of Brunson, who was jailed on "
            "espionage and terrorism allegations.",
            date(2018, 8, 10),
        ),
        "sanctions",
    )
    assert countries(e, "imposer") == {"USA"}
    assert countries(e, "target") == {"TUR"}


def test_defying_new_un_sanctions():
    # allsides-86 (T009)
    e = one(
        run(
            "North Korea",
            "On Friday, North Korea launched a missile over Japan into the Pacific Ocean, "
            "defying new U.N. sanctions that ban some of its key exports and cap its imports "
            "of crude oil.",
            date(2017, 9, 17),
        ),
        "sanctions",
    )
    assert countries(e, "imposer") == {"UN"}
    assert countries(e, "target") == {"PRK"}


def test_punitive_measures_against_a_chinese_bank():
    # allsides-1362 (Q036)
    e = one(
        run(
            "China and North Korea",
            "Treasury Secretary Steven Mnuchin announced punitive measures against a Chinese "
            "bank that he said was suspected of money laundering pertaining to North Korea.",
            date(2017, 6, 30),
        ),
        "sanctions",
    )
    assert countries(e, "imposer") == {"USA"}
    assert "CHN" in countries(e, "target")


def test_acting_in_line_with_sanctions_is_no_target():
    # allsides-726: China enforces the U.N. sanctions, it is not their target
    events = run(
        "North Korea trade",
        "Projects like that would undermine the economic pressure put on the regime by China, "
        "which in March suspended North Korean coal imports for the rest of the year in line "
        "with tough new U.N. sanctions.",
        date(2017, 6, 1),
    )
    assert not [e for e in of_type(events, "sanctions") if "UN" in countries(e, "imposer")]
