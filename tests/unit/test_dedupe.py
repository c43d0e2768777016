"""Dedupe/corroborate decisions: new, update, suppressed, replay, window and dates."""

from __future__ import annotations

from dataclasses import replace

from streams.dedupe import (
    Sighting,
    alert_id,
    decide,
    event_key,
    expired,
    pair_key,
    pair_of_event_key,
    party_ids,
)

WINDOW = 48 * 3600.0
T0 = 1_700_000_000.0

BASE = Sighting(
    type="leader_call",
    status="occurred",
    pair="donald-trump+vladimir-putin",
    date=None,
    ref_time=T0,
    agency="Reuters",
    story_id="r1",
    version=1,
    msg="wire.stories:0:1",
)


def run(steps: list[Sighting], now: float = T0) -> list:
    entry = None
    out = []
    for s in steps:
        entry, decision = decide(entry, s, now=now, window=WINDOW)
        out.append(decision)
    return out


def test_party_ids_and_pair_key_skip_venues() -> None:
    event = {
        "actors": [
            {"id": "vladimir-putin", "role": "invitee"},
            {"id": "donald-trump", "role": "inviter"},
            {"id": "white-house", "role": "venue"},
        ]
    }
    assert party_ids(event) == ["donald-trump", "vladimir-putin"]
    assert pair_key(event) == "donald-trump+vladimir-putin"


def test_a_visit_is_identified_by_its_location() -> None:
    def visit(place: str) -> dict:
        return {
            "type": "state_visit",
            "actors": [
                {"id": "jack-straw", "role": "visitor"},
                {"id": place, "role": "location"},
            ],
        }

    assert pair_key(visit("CHN")) == "CHN+jack-straw"
    assert pair_key(visit("CHN")) != pair_key(visit("JPN"))
    meeting = {**visit("BEL"), "type": "leaders_meeting"}
    assert pair_key(meeting) == "jack-straw"


def test_two_events_of_one_story_are_not_mistaken_for_a_replay() -> None:
    first = replace(BASE, msg="wire.stories:0:1#0")
    second = replace(BASE, msg="wire.stories:0:1#1", status="planned")
    d = run([first, second, first])
    assert [x.kind for x in d] == ["new", "suppressed", "replay"]
    assert d[2].alert_id == d[0].alert_id


def test_alert_id_is_deterministic() -> None:
    key = event_key("leader_call", "a+b", "2018-03-20")
    assert key == "leader_call|a+b|2018-03-20"
    assert alert_id(key, 0) == alert_id(key, 0)
    assert alert_id(key, 0) != alert_id(key, 1)
    assert len(alert_id(key, 0)) == 32
    # the same key reported again after the window is a new occurrence with new ids
    assert alert_id(key, 0, "story-a@1") != alert_id(key, 0, "story-b@1")


def test_three_agencies_give_new_then_two_updates() -> None:
    d = run(
        [
            BASE,
            replace(BASE, agency="RIA Novosti", story_id="ria1", msg="t:1:1", ref_time=T0 + 60),
            replace(BASE, agency="AP", story_id="ap1", msg="t:2:1", ref_time=T0 + 3600),
        ]
    )
    assert [x.kind for x in d] == ["new", "update", "update"]
    assert [x.status for x in d] == ["new", "update", "update"]
    assert [x.corroboration_count for x in d] == [1, 2, 3]
    assert [x.sequence for x in d] == [0, 1, 2]
    assert len({x.event_key for x in d}) == 1
    assert len({x.alert_id for x in d}) == 3
    assert [s["agency"] for s in d[2].sources] == ["Reuters", "RIA Novosti", "AP"]
    assert d[0].event_key == "leader_call|donald-trump+vladimir-putin|2023-11-14"
    assert [x.previous_at for x in d] == [None, T0, T0]  # when the previous alert was decided


def test_repeats_are_suppressed() -> None:
    d = run(
        [
            BASE,
            replace(BASE, msg="t:0:9"),  # the same story re-sent
            replace(BASE, version=2, msg="t:0:10"),  # a correction, same status
            replace(BASE, story_id="r2", msg="t:0:11"),  # same agency, another story
        ]
    )
    assert [x.kind for x in d] == ["new", "suppressed", "suppressed", "suppressed"]
    assert [x.reason for x in d[1:]] == ["same_story", "same_story", "same_agency"]
    # a suppressed decision still names the event's latest alert (for links)
    assert all(x.alert_id == d[0].alert_id for x in d)


def test_new_status_is_an_update_even_from_the_same_agency() -> None:
    inv = replace(BASE, type="summit_invitation", status="proposed")
    d = run(
        [
            inv,
            replace(inv, status="accepted", story_id="r2", msg="t:0:2"),
            replace(inv, status="accepted", story_id="r3", msg="t:0:3"),
        ]
    )
    assert [x.kind for x in d] == ["new", "update", "suppressed"]
    assert d[1].reason == "new_status" and d[1].corroboration_count == 1


def test_correction_with_new_status_updates_but_older_version_does_not() -> None:
    inv = replace(BASE, type="summit_invitation", status="proposed", version=2)
    d = run(
        [
            inv,
            replace(inv, status="declined", version=1, msg="t:0:2"),  # stale version
            replace(inv, status="declined", version=3, msg="t:0:3"),  # correction
        ]
    )
    assert [x.kind for x in d] == ["new", "suppressed", "update"]


def test_replay_of_the_same_message_rebuilds_the_same_alert() -> None:
    entry, first = decide(None, BASE, now=T0, window=WINDOW)
    other = replace(BASE, agency="AP", story_id="ap1", msg="t:2:5")
    entry, second = decide(entry, other, now=T0, window=WINDOW)
    entry, again = decide(entry, BASE, now=T0 + 5, window=WINDOW)
    assert again.kind == "replay" and again.alert_id == first.alert_id
    assert again.status == "new" and again.corroboration_count == 1
    entry, again2 = decide(entry, other, now=T0 + 5, window=WINDOW)
    assert again2.kind == "replay" and again2.alert_id == second.alert_id
    assert again2.corroboration_count == 2 and again2.status == "update"


def test_window_expiry_starts_a_new_event() -> None:
    late = replace(BASE, agency="AP", story_id="ap1", msg="t:2:1", ref_time=T0 + WINDOW + 1)
    d = run([BASE, late])
    assert [x.kind for x in d] == ["new", "new"]
    assert d[0].event_key != d[1].event_key


def test_dates_conflict_or_join() -> None:
    dated = replace(BASE, date="2018-03-20")
    d = run(
        [
            dated,
            replace(BASE, agency="AP", story_id="ap1", msg="t:1:1"),  # undated joins
            replace(BASE, agency="DPA", story_id="d1", msg="t:1:2", date="2018-03-27"),
        ]
    )
    assert [x.kind for x in d] == ["new", "update", "new"]
    assert d[0].event_key.endswith("|2018-03-20")
    assert d[2].event_key.endswith("|2018-03-27")


def test_novel_pair_only_for_the_first_story_about_the_pair() -> None:
    call = BASE
    inv = replace(BASE, type="summit_invitation", status="proposed")
    entry, d1 = decide(None, call, now=T0, window=WINDOW)
    entry, d2 = decide(entry, inv, now=T0, window=WINDOW)  # same story, other type
    later = replace(inv, type="state_visit", story_id="x9", agency="AP", msg="t:0:7")
    entry, d3 = decide(entry, later, now=T0, window=WINDOW)
    assert (d1.novel_pair, d2.novel_pair, d3.novel_pair) == (True, True, False)


def test_entries_expire_by_wall_clock() -> None:
    entry, _ = decide(None, BASE, now=T0, window=WINDOW)
    assert not expired(entry, T0 + 10, WINDOW)
    assert expired(entry, T0 + WINDOW + 1, WINDOW)
    assert expired(None, T0, WINDOW)
    # a write after the window drops the stale occurrence
    fresh = replace(BASE, type="sanctions", status="occurred", msg="t:0:99", story_id="n")
    entry2, d = decide(entry, fresh, now=T0 + WINDOW + 1, window=WINDOW)
    assert d.kind == "new" and len(entry2["occurrences"]) == 1


def test_decide_does_not_mutate_its_input() -> None:
    entry, _ = decide(None, BASE, now=T0, window=WINDOW)
    snapshot = repr(entry)
    decide(entry, replace(BASE, agency="AP", story_id="a", msg="t:1:1"), now=T0, window=WINDOW)
    assert repr(entry) == snapshot


def test_reciprocal_expulsions_are_two_events() -> None:
    """Britain expelling Russians and Russia expelling Britons never merge or update each other."""
    from streams.dedupe import Sighting, decide

    def sighting(story: str, actor: str, status: str) -> Sighting:
        return Sighting(
            type="diplomatic_expulsion",
            status=status,
            pair="GBR+RUS",
            date=None,
            ref_time=1_521_000_000.0,
            agency="HuffPost",
            story_id=story,
            version=1,
            msg=f"t:0:{story}#0",
            direction=actor,
        )

    entry, first = decide(None, sighting("uk-expels", "GBR", "occurred"), now=1.0, window=172800)
    entry, second = decide(
        entry, sighting("russia-to-expel", "RUS", "planned"), now=2.0, window=172800
    )
    assert first.kind == "new" and second.kind == "new"
    assert first.event_key != second.event_key and first.alert_id != second.alert_id
    _, again = decide(entry, sighting("russia-to-expel", "RUS", "planned"), now=3.0, window=172800)
    assert again.kind != "new" and again.kind != "update"


def test_the_pair_is_read_back_from_an_event_key() -> None:
    for pair in ("donald-trump+vladimir-putin", "GBR+RUS", "x"):
        for key in (event_key("leader_call", pair, "2018-03-20"), f"x|{pair}|2018-03-20|by:GBR"):
            assert pair_of_event_key(key.encode()) == pair.encode()
    # the directed form decide() gives a one-way measure
    first = replace(BASE, type="diplomatic_expulsion", pair="GBR+RUS", direction="GBR")
    _, d = decide(None, first, now=T0, window=WINDOW)
    assert d.event_key.endswith("|by:GBR")
    assert pair_of_event_key(d.event_key.encode()) == b"GBR+RUS"
