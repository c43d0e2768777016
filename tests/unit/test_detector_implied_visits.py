"""Session 8 round 2 (h-recall8b) cases from tuning set K: talks a leader spoke about "in
<capital> after meetings with" its host imply a visit, "made calls to A, B and C", and an
accepted "invitation to visit China" (the host invites; the visit is planned). Sentences are
real (unseen-K, corpus) unless a comment says how one was edited."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def _visits(ev: list) -> list[tuple[set, set, str]]:
    return [
        (countries(e, "visitor"), countries(e, "host"), e.status)
        for e in of_type(ev, "state_visit")
    ]


# ------------------------------------------------ "told reporters in Athens after talks with"
def test_speaking_in_the_oval_office_after_a_meeting_implies_the_guests_visit() -> None:
    # unseen-K u706: the meeting had no venue, so no PHL -> USA visit
    ev = run(
        "Obama says GDP to show contraction, job losses",
        "Obama, speaking to reporters in the Oval Office after a meeting with Philippine "
        "President Gloria Macapagal Arroyo, said the U.S. credit and banking systems had "
        "settled down -- a sign the economy had stepped away from a dangerous ledge.",
        date(2009, 7, 31),
    )
    assert _visits(ev) == [({"PHL"}, {"USA"}, "occurred")]


def test_a_quoted_sentence_takes_its_speaker_as_the_subject_of_the_talks() -> None:
    # unseen-K u743: the subject was read as "Greece" inside the quotation (no second side)
    ev = run(
        "France's Moscovici says Greece must stick to pledges",
        "French Finance Minister Pierre Moscovici said on Thursday Greece must stick to its "
        'pledges. "The essential thing is that the commitments made by Greece are met and that '
        'an agreement is reached with the troika," Moscovici told reporters in Athens after '
        "meetings with Greek leaders including Prime Minister Antonis Samaras.",
        date(2012, 9, 13),
    )
    meetings = of_type(ev, "leaders_meeting")
    assert [(countries(e, "participants"), e.location_country) for e in meetings] == [
        ({"FRA", "GRC"}, "GRC")
    ]
    assert _visits(ev) == [({"FRA"}, {"GRC"}, "occurred")]


def test_speaking_in_a_third_country_after_talks_implies_no_visit() -> None:
    # hard negative (edited from u743): Brussels is neither side's capital
    ev = run(
        "News",
        "French Finance Minister Pierre Moscovici told reporters in Brussels after meetings "
        "with Greek Prime Minister Antonis Samaras.",
        date(2012, 9, 13),
    )
    assert {e.location_country for e in of_type(ev, "leaders_meeting")} == {"BEL"}
    assert of_type(ev, "state_visit") == []


# ------------------------------------------------ "made calls to A, B and C"
def test_made_calls_to_a_list_gives_one_call_per_callee() -> None:
    # unseen-K u734 (the story's spelling "Francois Holland" edited to "Hollande")
    ev = run(
        "How the EU is tooling up for Brexit",
        "Meanwhile, British Prime Minister Theresa May made calls to German Chancellor Angela "
        "Merkel, French President Francois Hollande and European Union Commission President, "
        "Jean-Claude Juncker.",
        date(2016, 11, 4),
    )
    calls = sorted(sorted(countries(e, "participants")) for e in of_type(ev, "leader_call"))
    assert calls == [["DEU", "GBR"], ["EU", "GBR"], ["FRA", "GBR"]]


def test_made_calls_to_her_cabinet_is_no_call_with_the_leader_met() -> None:
    # hard negative: the callees must follow "to"; Merkel was met, not called
    ev = run(
        "News",
        "British Prime Minister Theresa May made calls to her cabinet after meeting German "
        "Chancellor Angela Merkel.",
        date(2016, 11, 4),
    )
    assert of_type(ev, "leader_call") == []
    assert len(of_type(ev, "leaders_meeting")) == 1


# ------------------------------------------------ an accepted invitation to visit
def test_accepting_an_invitation_after_a_meeting_makes_the_host_the_inviter() -> None:
    # unseen-K u741: "numerous business leaders" (far after the trigger) read as habitual, and
    # Xi (named in the opening adjunct) taken as the invitee
    ev = run(
        "Australia sees free trade deal with China within 12 months",
        "Australian Prime Minister Tony Abbott said on Tuesday a free trade deal was close. "
        "After a meeting with President Xi Jinping on Sunday, Abbott accepted an invitation to "
        "visit China and announced his intent to bring along numerous business leaders and "
        "premiers to further bilateral ties.",
        date(2013, 10, 8),
    )
    inv = of_type(ev, "summit_invitation")
    assert [(countries(e, "inviter"), countries(e, "invitee"), e.status) for e in inv] == [
        ({"CHN"}, {"AUS"}, "accepted")
    ]
    assert _visits(ev) == [({"AUS"}, {"CHN"}, "planned")]


def test_an_accepted_visit_does_not_place_the_meeting_before_it() -> None:
    # u741 with its tail cut: the visit still to come says nothing of where Sunday's
    # meeting was held (a visit found in the story otherwise gives a meeting its venue)
    ev = run(
        "Australia sees free trade deal with China within 12 months",
        "After a meeting with President Xi Jinping on Sunday, Australian Prime Minister Tony "
        "Abbott accepted an invitation to visit China.",
        date(2013, 10, 8),
    )
    assert _visits(ev) == [({"AUS"}, {"CHN"}, "planned")]
    assert [e.location_country for e in of_type(ev, "leaders_meeting")] == [None]


def test_an_invitation_only_extended_plans_no_visit_from_this_rule() -> None:
    # hard negative: an invitation not (yet) accepted is proposed; the new rule adds nothing
    ev = run(
        "News",
        "Abbott said he would consider an invitation to visit China.",
        date(2013, 10, 8),
    )
    assert [e for e in of_type(ev, "state_visit") if e.rule == "visit.invitation_accepted"] == []


def test_a_habitual_word_near_an_invitation_still_suppresses_it() -> None:
    # hard negative: "numerous" within the invitation's reach keeps the habitual reading
    ev = run(
        "News",
        "Chinese President Xi Jinping has invited Australian Prime Minister Tony Abbott on "
        "numerous occasions.",
        date(2013, 10, 8),
    )
    assert of_type(ev, "summit_invitation") == []
