"""Status words: a trip "nixed" or "shelved" is cancelled; sanctions "in the process of" being
imposed, or being drafted, are planned."""

from datetime import date

from detector_cases import one, run


def test_nixed_trip_is_cancelled():
    # allsides-4899 (R021)
    e = one(
        run(
            "Trump grounds Pelosi",
            "Speaker Nancy Pelosi planned a trip to Afghanistan to meet Afghan President Ashraf "
            "Ghani. Conservatives cackled with glee when Trump nixed the Afghanistan trip.",
            date(2019, 1, 18),
        ),
        "state_visit",
    )
    assert e.status == "cancelled"


def test_sanctions_in_the_process_of_being_reimposed_are_planned():
    # allsides-1367 (Q022)
    e = one(
        run(
            "Why you’ll pay more for gas this Memorial Day weekend",
            "The Trump administration is currently in the process of reimposing sanctions on "
            "Iran’s oil sector, and the energy firm FGE estimates that the sanctions could cause "
            "Iran to slash its oil exports by up to 1 million barrels of oil a day.",
            date(2018, 5, 25),
        ),
        "sanctions",
    )
    assert e.status == "planned"


def test_sanctions_imposed_stay_occurred():
    e = one(
        run(
            "US sanctions",
            "The Trump administration on Friday reimposed sanctions on Iran’s oil sector.",
            date(2018, 11, 5),
        ),
        "sanctions",
    )
    assert e.status == "occurred"
