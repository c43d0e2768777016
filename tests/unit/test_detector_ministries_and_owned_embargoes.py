"""Expulsions and sanctions: a ministry named by its building summons an envoy; the side a move
answers is no place; "its Syrian arms embargo" names the target by its nationality."""

from datetime import date

from detector_cases import countries, one, run


def test_state_department_summons_ambassador():
    # T027 (allsides-5722)
    e = one(
        run(
            "Inside China’s campaign to blame the U.S. for the coronavirus pandemic",
            "The State Department then summoned China’s ambassador in Washington in protest of "
            "the rumor.",
            date(2020, 3, 15),
        ),
        "diplomatic_expulsion",
    )
    assert (countries(e, "actor"), countries(e, "target")) == ({"USA"}, {"CHN"})


def test_response_to_expulsion_names_its_actor():
    # d101
    events = run(
        "Russia To Expel U.S. Diplomats, Shut Down Consulate In 'Reciprocal' Action",
        "The move is a response to the U.S.'s expulsion of 60 Russian diplomats.",
        date(2018, 3, 29),
    )
    done = [e for e in events if e.type == "diplomatic_expulsion" and e.status == "occurred"]
    assert len(done) == 1
    assert (countries(done[0], "actor"), countries(done[0], "target")) == ({"USA"}, {"RUS"})


def test_owned_embargo_lapse():
    # O043 (allsides-4405)
    e = one(
        run(
            "Syria's president claims Russian arms are already arriving",
            "Russia said it would consider delivering defense missiles to Syria after the "
            "European Union decided this week to let its Syrian arms embargo lapse on June 1.",
            date(2013, 5, 30),
        ),
        "sanctions",
    )
    assert (countries(e, "imposer"), countries(e, "target")) == ({"EU"}, {"SYR"})
    assert e.status == "planned"
