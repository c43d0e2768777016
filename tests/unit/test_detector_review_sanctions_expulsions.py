"""Guards from a review of the sanctions, expulsion and invitation rules: each sentence was
written in wire style for the review, not taken from a story, and was misread before its fix."""

from __future__ import annotations

from datetime import date

import pytest
from detector_cases import countries, of_type, run

DAY = date(2019, 6, 18)


def _sides(event, first: str, second: str) -> tuple[set[str], set[str]]:
    return countries(event, first), countries(event, second)


@pytest.mark.parametrize(
    ("body", "imposer", "target"),
    [
        ("Russia was sanctioned by the European Union.", "EU", "RUS"),
        ("Russia was sanctioned by the European Union on Monday.", "EU", "RUS"),
        ("Three Russian banks were sanctioned by the United States.", "USA", "RUS"),
        (
            "New sanctions against Russia imposed by the European Union took effect on Friday.",
            "EU",
            "RUS",
        ),
    ],
)
def test_passive_sanctions_are_imposed_by_the_side_after_by(
    body: str, imposer: str, target: str
) -> None:
    found = of_type(run("Sanctions", body, DAY), "sanctions")
    assert [_sides(e, "imposer", "target") for e in found] == [({imposer}, {target})]


def test_passive_expulsion_is_done_by_the_side_after_by() -> None:
    found = of_type(
        run("Diplomats", "Russian diplomats were expelled by Britain.", DAY),
        "diplomatic_expulsion",
    )
    assert [_sides(e, "actor", "target") for e in found] == [({"GBR"}, {"RUS"})]


def test_opening_adjunct_names_no_expelling_actor() -> None:
    found = of_type(
        run(
            "Diplomats",
            "After talks with French President Emmanuel Macron, British Prime Minister Theresa "
            "May expelled 23 Russian diplomats on Wednesday.",
            DAY,
        ),
        "diplomatic_expulsion",
    )
    assert [_sides(e, "actor", "target") for e in found] == [({"GBR"}, {"RUS"})]


@pytest.mark.parametrize(
    "body",
    [
        "Trump invited French President Emmanuel Macron to attend the G7 summit at Camp David.",
        "Putin invited Chinese President Xi Jinping to attend the BRICS summit in Kazan.",
    ],
)
def test_invited_to_attend_is_no_acceptance(body: str) -> None:
    found = of_type(run("Summit", body, DAY), "summit_invitation")
    assert found and {e.status for e in found} == {"proposed"}


def test_new_of_a_report_after_the_noun_makes_no_sanctions() -> None:
    evs = run(
        "Economy",
        "U.S. sanctions on Russia have hurt its economy, according to a new IMF report.",
        DAY,
    )
    assert not of_type(evs, "sanctions")


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (
            "The United States imposed sanctions on Turkey on Monday, saying they would remain "
            "until the end of the offensive.",
            "occurred",
        ),
        (
            "The EU will impose new sanctions on Russia by the end of the month, diplomats said.",
            "planned",
        ),
    ],
)
def test_end_of_a_time_is_no_easing(body: str, status: str) -> None:
    found = of_type(run("Sanctions", body, DAY), "sanctions")
    assert [(e.rule, e.status) for e in found] == [("sanctions.impose", status)]


@pytest.mark.parametrize(
    ("body", "imposer"),
    [
        (
            "Rejecting Moscow's demands, the European Union imposed new sanctions on Russia on "
            "Monday.",
            "EU",
        ),
        (
            "Congress passed and President Trump signed a bill imposing new sanctions on Russia "
            "on Wednesday.",
            "USA",
        ),
    ],
)
def test_demand_or_vote_of_another_clause_leaves_the_sanctions(body: str, imposer: str) -> None:
    found = of_type(run("Sanctions", body, DAY), "sanctions")
    assert [(_sides(e, "imposer", "target"), e.status) for e in found] == [
        (({imposer}, {"RUS"}), "occurred")
    ]


def test_regulator_punishing_a_firm_is_no_state_sanction() -> None:
    evs = run(
        "Antitrust",
        "The European Commission sanctioned U.S. tech giant Google for abusing its dominance.",
        DAY,
    )
    assert not of_type(evs, "sanctions")


@pytest.mark.parametrize(
    ("body", "target"),
    [
        (
            "The United States imposed sanctions on Venezuela on Monday due to the crackdown on "
            "protesters.",
            "VEN",
        ),
        (
            "The United States imposed new sanctions on Iran on Monday that will freeze the "
            "assets of top officials.",
            "IRN",
        ),
        (
            "The United States imposed sanctions on Russia on Monday, and the European Union is "
            "expected to follow.",
            "RUS",
        ),
    ],
)
def test_future_after_the_measure_plans_nothing(body: str, target: str) -> None:
    found = of_type(run("Sanctions", body, DAY), "sanctions")
    assert len(found) == 1 and found[0].status == "occurred"
    assert target in countries(found[0], "target")


@pytest.mark.parametrize(
    "body",
    [
        "Britain did not expel any Russian diplomats on Wednesday.",
        "Iran refused to expel the British ambassador on Monday.",
        "Britain refused to expel the Russian ambassador.",
        "Britain has no plans to expel Russian diplomats.",
    ],
)
def test_negated_or_refused_expulsion_is_none(body: str) -> None:
    assert not of_type(run("Diplomats", body, DAY), "diplomatic_expulsion")


def test_denied_expulsion_is_denied() -> None:
    found = of_type(
        run("Diplomats", "Russia denied that it had expelled British diplomats.", DAY),
        "diplomatic_expulsion",
    )
    assert [e.status for e in found] == ["denied"]


def test_summoned_to_protest_names_no_target_after() -> None:
    found = of_type(
        run(
            "Taiwan",
            "The Chinese foreign ministry summoned the U.S. ambassador on Monday to protest the "
            "arms sale to Taiwan.",
            DAY,
        ),
        "diplomatic_expulsion",
    )
    assert [countries(e, "target") for e in found] == [{"USA"}]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (
            "Trump invited Putin to Washington to discuss the withdrawal of U.S. troops from Syria.",
            "proposed",
        ),
        (
            "Putin accepted an invitation to visit Washington to discuss the withdrawal of U.S. "
            "troops from Syria.",
            "accepted",
        ),
        ("Trump threatened to withdraw his invitation to Putin.", "proposed"),
    ],
)
def test_withdrawal_of_something_else_or_threatened_cancels_no_invitation(
    body: str, status: str
) -> None:
    found = of_type(run("Invitation", body, DAY), "summit_invitation")
    assert [e.status for e in found] == [status]


def test_invitation_withdrawal_threatened_keeps_the_sides() -> None:
    found = of_type(
        run("Invitation", "Trump threatened to withdraw his invitation to Putin.", DAY),
        "summit_invitation",
    )
    assert [_sides(e, "inviter", "invitee") for e in found] == [({"USA"}, {"RUS"})]


def test_not_been_invited_is_no_invitation_proposed() -> None:
    found = of_type(
        run(
            "Summit",
            "Putin has not been invited to the summit in Washington, the White House said.",
            DAY,
        ),
        "summit_invitation",
    )
    assert found and "proposed" not in {e.status for e in found}


def test_invited_to_become_members_is_no_summit_invitation() -> None:
    evs = run(
        "NATO",
        "NATO formally invited Finland and Sweden to become members of the alliance on Wednesday.",
        DAY,
    )
    assert not of_type(evs, "summit_invitation")


def test_appeal_to_resume_talks_with_a_third_side_is_no_invitation() -> None:
    evs = run(
        "Mideast",
        "The UN Secretary-General called on Israel to resume talks with the Palestinians.",
        DAY,
    )
    assert not of_type(evs, "summit_invitation")
