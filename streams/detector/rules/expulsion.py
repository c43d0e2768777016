"""The diplomatic_expulsion rule (diplomats expelled, ambassadors recalled or summoned).

The patterns and helpers only this rule uses (what several rules share is in ``common``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from streams.detector.mentions import Mention
from streams.detector.rules.common import (
    _PASSIVE_BEFORE,
    Candidate,
    I,
    _gate_sentence_patterns,
    near_clause,
)

_DIPLO_NOUN = re.compile(
    r"\b(?:diplomats?|ambassadors?|envoys?|embass(?:y|ies)|consulates?|consuls?|diplomatic|"
    r"chiefs? of mission|attach[eé]s?|charg[eé] d'affaires|mission)\b",
    I,
)


_EXPULSION_REASON = re.compile(
    r"\b(?:in response|in retaliation|in protest|after|over|following|because|amid|for|as|"
    r"to\s+(?:protest|lodge|express|complain))\b",
    I,
)
# "expulsion of 35 (Russian) diplomats from the U.S.": the object, then the country left
_EXPELLED_FROM = re.compile(
    r"\s+of\s+(?:[\w’'-]+\s+){0,4}?(?:diplomats?|envoys?|ambassadors?|officials|staff|"
    r"personnel|[A-Z][a-z]+ns)\s+from\s+(?:the\s+)?"
)


_SAVING_OR_SAFETY = re.compile(
    r"\b(?:save money|budget|cost-cutting|savings|cut costs|for safety)\b", I
)


def _ministry_seats(ms: list[Mention], rel: int) -> list[Mention]:
    """A foreign ministry named by its building summons: "The State Department then summoned
    China’s ambassador in Washington in protest of the rumor" (T027)."""
    return [
        replace(m, location=False)
        for m in ms
        if m.end <= rel and m.kind == "seat" and re.search(r"\b(?:Department|Office)$", m.text)
    ]


# an expulsion negated, refused or not planned, before the verb
_NOT_EXPELLED = re.compile(
    r"\b(?:(?:not|never)(?!\s+(?:only|just|hesitat\w*|wait\w*|delay\w*)\b)|n['’]t|"
    r"no\s+(?:plans?|intention|decision)\s+to|refus\w*\s+to|declin\w*\s+to|without)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    I,
)
_DENIED = re.compile(r"\bden(?:y|ies|ied|ying)\b(?:\s+(?:that|reports?))?[^.;:!?,]{0,40}$", I)
# an opening adjunct names no actor: "After talks with French President Emmanuel Macron,
# British Prime Minister Theresa May expelled 23 Russian diplomats"
_OPENER = re.compile(
    r"\s*(?:(?i:after|before|following|during|amid|despite|ahead\s+of|since|in\s+(?:response|"
    r"retaliation|a\s+\w+)|at|with|while|as|when)|[A-Z][a-z]+ing)\b[^,;:]{0,140},"
)
# a passive (_PASSIVE_BEFORE): "Russian diplomats were expelled by Britain": the side after
# "by" acts
_BY_SIDE = re.compile(r"\s+(?P<by>by|from)\s+(?:the\s+)?", I)


def _passive_sides(
    sent: str, off: int, ms: list[Mention], t: re.Match
) -> tuple[Mention, list[Mention]] | None:
    """(actor, targets) of "Russian diplomats were expelled by Britain" (or "from Britain")."""
    if not re.match(r"expelled|ordered out|kicked out", t.group(0), I):
        return None
    if not _PASSIVE_BEFORE.search(sent, max(0, t.start() - 30), t.start()):
        return None
    by = _BY_SIDE.match(sent, t.end())
    if by is None:
        return None
    agent = next(
        (
            m
            for m in ms
            if m.start - off == by.end()
            and m.kind
            in (
                ("country", "gov", "capital")
                if by["by"] == "from"
                else ("country", "gov", "capital", "person", "title", "group")
            )
        ),
        None,
    )
    if agent is None or not agent.country:
        return None
    subj = [
        m
        for m in ms
        if m.end - off <= t.start()
        and m.country
        and m.country != agent.country
        and not m.location
        and m.start - off >= max(0, t.start() - 60)
    ]
    return (replace(agent, location=False), subj[-1:]) if subj else None


def rule_expulsion(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    trig = t.group(0).lower()
    window = sent[max(0, t.start() - 80) : t.end() + 120]
    nationals = re.search(r"\b\d+\s+[A-Z][a-z]+ns\b", sent[t.end() : t.end() + 30])
    ties = bool(re.search(r"\b(?:ties|relations)\b", trig))
    if not _DIPLO_NOUN.search(window) and not nationals and not ties:
        return []
    # a mission closed to save money or for safety, told in the trigger's clause (not "..., the
    # minister told lawmakers during a budget debate"); an evacuation only with a closing or
    # recall ("expelled 23 Russian diplomats ... and ordered the evacuation of the restaurant")
    lo, hi = near_clause(sent, t.start(), t.end(), back=80, fwd=120)
    if _SAVING_OR_SAFETY.search(sent, lo, hi) or (
        not re.match(r"expel|expulsion|kick|oust|persona|order", trig)
        and re.search(r"\bevacuat\w*", sent[lo:hi], I)
    ):
        return []
    # a mission closed for security reasons is no rupture (diplomats expelled for them are)
    if re.search(r"\b(?:clos|shut|evacuat)", trig) and re.search(r"\bsecurity reasons\b", sent, I):
        return []
    rel, rel_end = t.start() + off, t.end() + off
    left = [m for m in ms if m.end <= rel and m.agent and not m.location]
    right = [m for m in ms if m.start >= rel_end]
    if not left and trig.startswith("summon"):
        left = _ministry_seats(ms, rel)
    if not left:
        return []
    opener = _OPENER.match(sent)
    if opener is not None and any(m.start - off >= opener.end() for m in left):
        left = [m for m in left if m.start - off >= opener.end()]
    actor = left[0]
    passive = _passive_sides(sent, off, ms, t)
    if ties and any(
        m.kind not in ("country", "gov", "capital", "group")
        for m in (actor, *[x for x in ms if x.start >= rel_end][:1])
    ):
        return []  # "Fox cuts ties with a guest": relations between governments only
    # "Saudi Arabia, UAE, Egypt, Bahrain cut ties": every listed side acts
    co_actors = [
        m for m in left[1:] if m.kind in ("country", "gov", "group") and m.country != actor.country
    ]
    # targets: nationalities of the diplomats, countries after "from"
    targets = [
        m
        for m in right
        if m.country != actor.country
        and (m.kind in ("group", "adjective", "country", "person", "title"))
    ]
    # the expelled are named before the reason: "expelling 60 Russian diplomats in response
    # to the poisoning ... on British soil" (Britain is no target)
    why = _EXPULSION_REASON.search(sent, t.end())
    if why is not None:
        targets = [m for m in targets if m.start - off < why.start()] or targets
    # "the expulsion of 35 diplomats from the US": the country they leave expels them (a verb
    # reads the other way: "Venezuela is expelling staff from Argentina" names their country)
    frm = _EXPELLED_FROM.match(sent, t.end())
    if frm is not None and trig.startswith("expulsion"):
        host = next((m for m in right if m.start - off == frm.end()), None)
        if host is not None and host.country and host.country != actor.country:
            named = [m for m in targets if m.start - off < frm.start()]
            actor, co_actors = replace(host, location=False), []
            targets = named or [m for m in left if m.country != host.country][:1]
    if trig.startswith(("summon", "recall")):
        # the envoy named inside the trigger ("summons U.S. envoy") is the target
        verb_end = rel + len(trig.split()[0])
        targets = [m for m in ms if m.start >= verb_end and m.country != actor.country]
        if why is not None:  # "summoned the Russian ambassador over the poisoning in Britain"
            targets = [m for m in targets if m.start - off < why.start()] or targets
    if passive is not None:
        (actor, targets), co_actors = passive, []
    if not targets:
        return []
    status = "occurred"
    pre = sent[max(0, t.start() - 50) : t.start()]
    if re.search(
        r"\b(?:to|will|would|intention to|intends to|plans? to|threaten\w* to)\s+(?:\w+\s+)?$",
        pre,
        I,
    ) or re.search(r"\bannounced (?:its|their) intention\b", pre, I):
        status = "planned"
    # an expulsion decided or ordered: "decision to expel", "Saudi Arabia moved Sunday to expel
    # the Canadian ambassador" (allsides-3865)
    if re.search(r"\b(?:decision to|moved\s+(?:\w+\s+){0,2}?to)\s+$", pre, I):
        status = "occurred"
    # a threat to expel, not "Russia, which had threatened retaliation, expelled"
    if re.search(r"\bthreat(?:s|en\w*)?\s+to\s+(?:\w+\s+)?$", pre, I):
        return []
    # "Britain did not expel", "refused to expel", "has no plans to expel": no expulsion
    if _NOT_EXPELLED.search(sent, near_clause(sent, t.start(), t.end())[0], t.start()):
        return []
    # "Russia denied that it had expelled British diplomats"
    if _DENIED.search(sent, max(0, t.start() - 80), t.start()):
        status = "denied"
    variant = (
        "break" if "relations" in trig or "ties" in trig or "clos" in trig or "shut" in trig else ""
    )
    roles = (
        [(actor, "actor")]
        + [(m, "actor") for m in co_actors]
        + [(m, "target") for m in targets if m.country]
    )
    return [
        Candidate(
            "diplomatic_expulsion",
            status,
            roles,
            t.span(),
            "expulsion." + trig.split()[0],
            0.85,
            variant=variant,
        )
    ]


GATED_PATTERNS = _gate_sentence_patterns(globals())
