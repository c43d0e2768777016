"""The leader_call rule (phone and video calls between leaders and ministers).

The patterns and helpers only this rule uses (what several rules share is in ``common``).
"""

from __future__ import annotations

import re

from streams.detector.mentions import Mention
from streams.detector.rules.common import (
    _ASKED_WHEN,
    _BLOCS,
    _LIST_GAP,
    NEGATED_OCCURRENCE,
    TRIGGERS,
    Candidate,
    I,
    _agents,
    _distinct_countries,
    _gate_sentence_patterns,
    _wishful,
    denied_event,
    future_hits,
    near_clause,
    negated_future,
    words_gap,
)
from streams.detector.text import clause_of

_CALL_PURPOSE = re.compile(
    r"\s+(?:(?i:and)\s+(?:[A-Z][\w'’.-]*\s+){1,3})?(?i:to\s+(?!be\b)\w+|about\b|over\b|on\s+(?:the\s+)?(?:phone|telephone)\b)"
)
# the day of the call before its purpose or the clause end: "Putin called President Trump
# Sunday to thank him" (allsides-1929), "Obama had personally called Chinese President Xi Jinping
# on Friday, what was ..." (V003)
_CALL_DAY = re.compile(
    r"\s+(?:on\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    # ("called Macron on Tuesday and discussed Syria")
    r"(?:\s+(?:morning|afternoon|evening|night))?(?=\s*(?:[,;.!?—–]|$|to\s+(?!be\b)\w+|about\b|"
    r"and\s+(?:discuss|talk|spoke|agree)\w*))",
    I,
)
# a title and the name after it are one callee: "called Iraqi Prime Minister-designate Haider
# al-Abadi to congratulate him" (allsides-3287)
_CALLEE_TITLE_GAP = re.compile(r"(?:-(?:designate|elect))?\s*,?\s*", I)


_NAMED_CALL = re.compile(
    r"(?:in|during|after|on)\s+(?:(?:an?|the|their|his|her)\s+)?(.+?)\s+(?:(?:phone|video)\s+)?call"
)


# "spoke with X" is a call unless its clause places the two together (not "..., her spokesman
# told a news conference in Berlin")
_IN_PERSON = re.compile(
    r"\b(?:met|meet\w*|summit|visit\w*|sidelines|trip|tour|in person|face-to-face|"
    r"(?<!news )(?<!press )conference|interview|parliament|rally|crowd|audience|hosted|"
    r"arriv\w*|dinner|lunch|breakfast|banquet|ceremony)\b",
    I,
)
# ... or the call's own clause does ("spoke with reporters", "talks"; not "White House press
# secretary Sarah Sanders said Trump spoke with Xi")
_IN_PERSON_CLAUSE = re.compile(r"\b(?:talks|reporters|journalists)\b", I)
_PHONE_CUE = re.compile(r"\b(?:phones?|(?:tele)?phoned|call|calls|video|conversations?)\b", I)


# a quoted first-person call, as in a tweet: "“Just spoke to my friend MBS (Crown Prince) of Saudi
# Arabia, ...“ Trump tweeted" (P009), "I just spoke with President Xi," Trump told reporters
_FIRST_PERSON_OPEN = re.compile(
    r"\W*(?:I(?:['’]ve|['’]d)?\s+(?:have\s+|had\s+)?)?(?:just\s+|also\s+|already\s+)*", I
)
_QUOTE_AUTHOR = re.compile(r"\s*,?\s*(?:tweeted|wrote|posted|said|says|told|added)\b", I)


def _quote_author(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Mention]:
    """The official who tweeted or said the quote the call opens: the speaker after it."""
    close = re.search(r"[\"”“]", sent[t.end() :])
    if close is None:
        return []
    close_at = t.end() + close.start()
    return [
        m
        for m in ms
        if m.start - off > close_at
        and not m.former
        and m.kind in ("person", "title")
        and _QUOTE_AUTHOR.match(sent, m.end - off)
    ][:1]


# talks as an ongoing process, not a call: "He and Kerry had been talking with their
# counterparts in Russia for months" (allsides-6317)
_ONGOING_TALKING = re.compile(r"\b(?:been|keeps?|kept)\s+$", I)
# (in the talking's own clause: not "spoke with Xi on Monday, a leader he has courted for
# years", nor "... about a deal that has eluded them for months")
_FOR_MONTHS = re.compile(
    r"(?:(?!\b(?:that|who|which|whom|whose)\b)[^.;,:—–(])*?"
    r"\bfor\s+(?:many\s+|several\s+)?(?:weeks|months|years|decades)\b",
    I,
)


# a call told in an opening time clause: "After talking with Chinese President Xi Jinping, Trump
# wrote on Twitter" (V022)
_TIME_CLAUSE_OPEN = re.compile(r"\W*(?:after|before|while|since|following)\s+", I)


def _clause_subject(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Mention]:
    """The official who opens the main clause after the time clause at ``t``: 'After ..., Trump'."""
    comma = sent.find(",", t.end())
    if comma < 0:
        return []
    return [
        m
        for m in ms
        if 0 < m.start - off - comma <= 2
        and m.agent
        and not m.former
        and m.kind in ("person", "title")
    ][:1]


# who was spoken with follows the verb: only determiners, demonyms and titles between ("spoke
# with his Qatari counterpart", "to French President Macron"; not "to Fox News about Xi")
_SPOKE_GAP = words_gap(
    r"the|a|an|his|her|their|its|both|top|senior|visiting|outgoing|incoming|acting|"
    r"leaders?|counterparts?|officials?|ministers?|presidents?|premiers?|envoys?|heads?|"
    r"chancellor|king|queen|prince|crown|emir|foreign|defen[cs]e|trade|finance|economy|prime|"
    r"deputy|vice|chief|secretary|state|government|of|from|and|my|our|friend|good|old|dear|great",
    lead=r"\s*",
)


def _spoke_with(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    """'Blinken spoke with his Qatari counterpart', 'Macron To Talk To Biden': a call between
    the speaker and the foreign officials named right after the verb."""
    own_a, own_b = clause_of(sent, t.start())
    near_a, near_b = near_clause(sent, t.start(), t.end())
    # (its clause before it and its stretch after it: "Trump, who is visiting Japan, spoke
    # with Abe"; not "..., as thousands of Turkish troops arrived at the frontier")
    if not _PHONE_CUE.search(sent) and (
        _IN_PERSON.search(sent, min(own_a, near_a), near_b)
        or _IN_PERSON_CLAUSE.search(sent, own_a, own_b)
    ):
        return []
    pre = sent[max(0, t.start() - 60) : t.start()]
    if _ASKED_WHEN.search(pre) or re.search(
        # ("Theresa May spoke with", "In May, Trump spoke": the name and the month)
        r"\b(?:if|unless|can|could|might|(?-i:may)|should|must)\b[^,;:.]{0,40}$",
        pre,
        I,
    ):
        return []  # "wouldn't say when he last talked to Xi", "if he can talk to Rouhani"
    if _ONGOING_TALKING.search(sent, max(0, t.start() - 20), t.start()) or _FOR_MONTHS.match(
        sent, t.end(), t.end() + 90
    ):
        return []  # "had been talking with their counterparts in Russia for months": a process
    rel, rel_end = t.start() + off, t.end() + off
    officials = ("person", "title")
    speaker = [m for m in _agents(ms) if m.end <= rel and m.kind in officials + ("gov",)][-1:]
    if not speaker and _FIRST_PERSON_OPEN.fullmatch(sent, 0, t.start()):
        speaker = _quote_author(sent, off, ms, t)
    if not speaker and _TIME_CLAUSE_OPEN.fullmatch(sent, 0, t.start()):
        speaker = _clause_subject(sent, off, ms, t)
    if not speaker:
        return []
    # "counterparts from two key allies, Qatar and Jordan": the allies' officials
    after = [m for m in _agents(ms) if m.start >= rel_end and m.country != speaker[0].country]
    if (
        len(after) > 1
        and after[0].kind == "country"
        and after[1].kind in officials
        and after[1].country == after[0].country
        and after[1].start - after[0].end <= 1
    ):
        after = after[1:]  # "Saudi King Salman": the country word only qualifies the king
    if not after or after[0].start - rel_end > 45:
        return []
    first = after[0]
    if not _SPOKE_GAP.fullmatch(sent, t.end(), first.start - off):
        return []  # "spoke to Fox News about Xi", "spoke to the nation on television after ..."
    if first.kind not in officials and not re.search(
        r"counterparts?|ministers?|leaders?|officials?", sent[t.end() : first.start - off], I
    ):
        return []
    if re.match(r"\s+(?:in|at)\s", sent[first.end - off : first.end - off + 4], I):
        return []  # "spoke with Xi in Beijing": they met
    others = [first]
    for m in after[1:]:
        if not _LIST_GAP.fullmatch(sent[others[-1].end - off : m.start - off]):
            break
        others.append(m)
    status = "occurred"
    if negated_future(sent, sent, t.start(), t.end()):
        return []  # "Putin won't speak with Trump by phone": no call
    if denied_event(sent, t.start(), t.end()) or NEGATED_OCCURRENCE.search(
        sent, max(0, t.start() - 40), t.start()
    ):
        status = "denied"
    elif future_hits(sent, sent, t.start(), t.end()) or re.search(
        r"\bto\s+$", sent[max(0, t.start() - 4) : t.start()], I
    ):
        status = "planned"
    elif _wishful(sent, t):
        return []
    return [
        Candidate(
            "leader_call",
            status,
            [(speaker[0], "participants"), (m, "participants")],
            t.span(),
            "call.spoke_with",
            0.7,
        )
        for m in {m.country: m for m in reversed(others)}.values()
    ]


# calls named as the occasion of what was said: "In calls with both the Jordanian and Qatari
# foreign ministers, Blinken said ..." (one call with each)
_HELD_CALLS = re.compile(r"(?:hold|holds|held|holding)\b")
_IN_CALLS = re.compile(r"\b(?:in|during)\s+(?:separate\s+|(?:tele)?phone\s+)?$", I)
_WITH = re.compile(r"\s+with\b", I)


def _in_calls_with(sent: str, t: re.Match) -> bool:
    return bool(
        _IN_CALLS.search(sent, max(0, t.start() - 25), t.start()) and _WITH.match(sent, t.end())
    )


def _calls_with(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    """'In calls with A and B, X said': one call between X (the subject after the comma) and
    each side named before the comma."""
    comma = sent.find(",", t.end())
    if comma < 0:
        return []
    ag = _agents(ms)
    callees = [m for m in ag if t.end() + off <= m.start < comma + off]
    subject = next(
        (m for m in ag if 0 < m.start - off - comma <= 2 and m.kind in ("person", "title")), None
    )
    if subject is None:
        return []
    return [
        Candidate(
            "leader_call",
            "occurred",
            [(subject, "participants"), (c, "participants")],
            t.span(),
            "call.phrase",
            0.8,
        )
        for c in callees
        if c.country != subject.country
    ]


_WILL_SPEAK = re.compile(r"(?:will|to|would)\s+(?:speak|talk)\b")
# "... and Vladimir Putin will speak": the two sides joined right before the verb
_PAIR_GAP = re.compile(r"\s*(?:,|and|&)\s*(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}?", I)


def _will_speak(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    """'Biden and Putin will speak Thursday', 'Biden, Putin To Talk Today': two leaders of
    different countries, coordinated as the subject, set to speak on a named day (a call)."""
    if re.match(r"\s+(?:at|to|before|in|on\s+the\s+sidelines)\b", sent[t.end() :], I):
        return []  # "will speak Thursday at the United Nations": a speech
    people = [m for m in _agents(ms) if m.kind in ("person", "title") and m.end - off <= t.start()]
    if len(people) < 2:
        return []
    a, b = people[-2], people[-1]
    if a.country == b.country or not re.fullmatch(r"\s*", sent[b.end - off : t.start()]):
        return []
    if not _PAIR_GAP.fullmatch(sent[a.end - off : b.start - off]):
        return []
    roles = [(a, "participants"), (b, "participants")]
    return [Candidate("leader_call", "planned", roles, t.span(), "call.will_speak", 0.7)]


_TO_CALL = re.compile(r"(?:to|will)\s+call")
# "to call Putin a killer", "will call Xi's bluff": naming or an idiom, not a call
_CALLEE_NAMED_AS = re.compile(r"\s*(?:['’]s\b|\s+(?:a|an|the|his|her)\s)", I)


# "Trump To Call Xi", "Trump is expected to call Xi", "plans to call": a call planned
_CALLER_RIGHT_BEFORE = re.compile(r"\s*(?:,\s*)?(?:also\s+)?", I)
_PLAN_BEFORE = re.compile(
    r"\b(?:plans?|planned|planning|expected|set|due|scheduled|going|intends?|intended|is|are)\s+"
    r"(?:(?:also|still|now)\s+)?$",
    I,
)


def _to_call(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    """'Trump To Call Xi This Week': a leader (a person named right after, capitalised) to be
    called by a leader of another country named before (a planned call)."""
    callee = next((m for m in ms if re.fullmatch(r"\s+", sent[t.end() : m.start - off])), None)
    if (
        callee is None
        or callee.kind not in ("person", "title")
        or not sent[callee.start - off].isupper()
        or _CALLEE_NAMED_AS.match(sent, callee.end - off)
    ):
        return []
    caller = [m for m in _agents(ms) if m.end - off <= t.start() and m.kind in ("person", "title")]
    if not caller or caller[-1].country == callee.country:
        return []
    if not (
        t.group(0).lower().startswith("will")
        or _CALLER_RIGHT_BEFORE.fullmatch(sent, caller[-1].end - off, t.start())
        or _PLAN_BEFORE.search(sent, max(0, t.start() - 30), t.start())
    ):
        return []  # "Perry asked him to call Ukrainian president": a request, no plan
    if negated_future(sent, sent, t.start(), t.end()) or _call_not_news(sent, t):
        return []
    roles = [(caller[-1], "participants"), (callee, "participants")]
    return [Candidate("leader_call", "planned", roles, t.span(), "call.to_call", 0.7)]


def rule_call(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    trig = t.group(0).lower()
    if _WILL_SPEAK.match(trig):
        return _will_speak(sent, off, ms, t)
    if _TO_CALL.fullmatch(trig):
        return _to_call(sent, off, ms, t)
    if re.fullmatch(r"(?:talk|speak|spoke)\w*\s+(?:\w+\s+)?(?:to|with)", trig):
        return _spoke_with(sent, off, ms, t)
    if trig in ("calls", "called", "phones", "telephones") and not (
        trig == "calls" and _in_calls_with(sent, t)
    ):
        # "Trump Calls Macron To Discuss Syria": the callee is named right after the verb,
        # a leader of another country is named before it
        rel_end = t.end() + off
        callee = next((m for m in ms if 0 <= m.start - rel_end <= 2), None)
        caller = [
            m for m in _agents(ms) if m.end <= t.start() + off and m.kind in ("person", "title")
        ]
        if (
            callee is None
            or callee.kind not in ("person", "title")
            or not caller
            or caller[-1].country == callee.country
        ):
            return []
        # "calls Macron to discuss Syria" is a call; "called Netanyahu a great friend" is naming
        for m in ms:
            if (
                m.start >= callee.end
                and m.country == callee.country
                and m.kind == "person"
                and _CALLEE_TITLE_GAP.fullmatch(sent, callee.end - off, m.start - off)
            ):
                callee = m  # the name after the title
        rest = sent[callee.end - off : callee.end - off + 60]
        if not _CALL_PURPOSE.match(rest) and not _CALL_DAY.match(rest):
            return []
        return [
            Candidate(
                "leader_call",
                "occurred",
                [(caller[-1], "participants"), (callee, "participants")],
                t.span(),
                "call.verb",
                0.75,
            )
        ]
    named = _NAMED_CALL.fullmatch(trig)
    if named and not re.fullmatch(
        r"(?:\d+-minute|brief|lengthy|(?:tele)?phone|video)", named.group(1)
    ):
        # "In Netanyahu Call": the words before "call" must be a side (not "in a close call")
        a, b = t.start() + named.start(1) + off, t.start() + named.end(1) + off
        if not any(
            m.agent
            and m.start < b
            and m.end > a
            and m.kind in ("person", "title", "country", "gov")
            for m in ms
        ):
            # no side named: read the call phrase inside ("in a recent telephone call", "during
            # a press call with") as the trigger list would have without this form
            sub = TRIGGERS["leader_call"].search(sent, t.start() + 1)
            if sub is None or sub.start() >= t.end():
                return []
            return rule_call(sent, off, ms, sub)
    # plural "calls" is habitual/background; a campaign "cold call", "phone hacking" are not calls
    in_calls = trig == "calls" and _in_calls_with(sent, t)
    if in_calls:
        return _calls_with(sent, off, ms, t)
    made = trig.startswith("made")  # "made calls to A, B and C": calls that took place
    held = _HELD_CALLS.match(trig) is not None  # "to hold calls with EU leaders"
    conf = _CONFERENCE_CALL.search(trig) is not None  # "held a teleconference"
    conf = conf or _VIRTUAL.match(trig) is not None  # "a virtual meeting of the G7 ministers"
    if (
        re.search(r"\bcalls\b", sent[t.start() : t.end() + 2], I)
        and not in_calls
        and not made
        and not held
        and not conf
    ):
        return []
    if (
        re.search(
            r"\b(?:cold|conference|roll|wake-up|close|judgment|judgement)\s+call"
            # a call as an appeal: "a call that young men answered", "heeded the call", "a call to arms"
            r"|\bcall\s+(?:that|which)\s+[^.;:]{0,60}?\b(?:answer|heed)\w*"
            r"|\b(?:answer\w*|heed\w*)\s+(?:the|a|this|that|his|her|their|its)\s+(?:[\w-]+\s+)?call\b"
            r"|\bcall\s+to\s+(?:arms|action|prayer|jihad)\b"
            # "Iran dismissed a call from Macron to return to ...": an appeal rejected or echoed
            # (not "received a call from Macron")
            r"|\b(?:reject|dismiss|back|echo|support|welcom|heed|ignor)\w*\s+(?:a|the|his|her)\s+"
            r"call\s+(?:from|by|of)\b",
            sent,
            I,
        )
        and "phone" not in trig
        and not conf
    ):
        return []
    if _call_not_news(sent, t):
        return []
    ag = _agents(ms)
    people = [
        m
        for m in ag
        if m.kind in ("person", "title", "group", "gov", "country", "seat", "org", "capital")
    ]
    if trig.startswith("discuss"):
        # "Trump, Erdogan Discuss Syria By Phone": the topic is not on the line
        people = [m for m in people if not t.start() < m.start - off < t.end()]
    if conf:
        people = [m for m in people if not _conference_topic(sent, off, m, t)]
    else:
        # "in a private call to Netanyahu before his recent speech to Congress on Iran" (Q014):
        # a side named in the topic is not on the line, when two sides already are
        on_line = [
            m
            for m in people
            if m.start - off < t.end() or not _CALL_TOPIC.search(sent, t.end(), m.start - off)
        ]
        if len(_distinct_countries(on_line)) >= 2:
            people = on_line
        # "Putin and Erdogan discussed Syria in a phone call": what was discussed before the
        # call is not on the line either, when two sides remain
        on_line = [
            m
            for m in people
            if not (
                m.kind == "country"
                and m.end - off <= t.start()
                and _DISCUSSED_BEFORE.search(sent, max(0, m.start - off - 50), m.start - off)
            )
        ]
        if len(_distinct_countries(on_line)) >= 2:
            people = on_line
    if (purpose := _CALL_PURPOSE_TO.match(sent, t.end())) is not None:
        # "Trudeau urged Trump in a phone call to press China to release two Canadians"
        # (S036): who the purpose names is not on the line, when two sides already are
        on_line = [m for m in people if m.start - off < purpose.end()]
        if len(_distinct_countries(on_line)) >= 2:
            people = on_line
    bloc = _bloc_on_line(sent, off, people, t) if conf else None
    if len(_distinct_countries(people)) < 2 and bloc is None:
        return []
    status = "occurred"
    # a denial whose object is the call (not "..., and China denied reports it had cut soybean
    # purchases", "Erdogan denied the accusations during a phone call with Putin")
    if negated_future(sent, sent, t.start(), t.end()):
        return []  # "Putin will not hold a phone call with Trump": no call
    if denied_event(sent, t.start(), t.end()) or NEGATED_OCCURRENCE.search(
        sent, max(0, t.start() - 40), t.start()
    ):
        status = "denied"
    elif future_hits(sent, sent, t.start(), t.end(), t.start() + (5 if held else 0)):
        status = "planned"  # (with the verb: "To Hold Call")
    if status in ("occurred", "planned") and _MAY_CALL.search(
        sent, max(near_clause(sent, t.start(), t.end())[0], t.start() - 30), t.start()
    ):
        status = "proposed"  # "Trump and Putin could speak by phone": a possibility
    if made and not any(
        0 <= m.start - off - t.end() <= 8 and m.text[0].isupper()
        for m in people
        if m.kind in ("person", "title")
    ):
        return []  # "made calls to her cabinet": the callees follow right after "to"
    if bloc is not None and len(_distinct_countries(people)) < 2:
        roles = [(bloc, "participants")]
        return [Candidate("leader_call", status, roles, t.span(), "call.bloc", 0.75)]
    if _FIRST_PERSON_CALLER.search(sent, max(0, t.start() - 40), t.start()) and not any(
        m.end - off <= t.start() for m in people
    ):
        # "I have spoken on the telephone to the French President, Francois Hollande, and also
        # with the Spanish Prime Minister, Mariano Rajoy" (Merkel; allsides-268): the callees
        # each spoke with the speaker, not with each other; the speaker is the quote's author
        author = _quote_author(sent, off, ms, t)
        if not author:
            return []
        callees = {m.country: m for m in people if m.country != author[0].country}
        return [
            Candidate(
                "leader_call",
                status,
                [(author[0], "participants"), (m, "participants")],
                t.span(),
                "call.phrase",
                0.8,
            )
            for m in callees.values()
        ]
    split = _separate_calls(sent, off, people, t)
    return [
        Candidate("leader_call", status, roles, t.span(), "call.phrase", 0.85)
        for roles in split or [[(m, "participants") for m in people]]
    ]


# a first-person speaker opens the call: "I have spoken on the telephone to ...", "we also spoke"
_FIRST_PERSON_CALLER = re.compile(
    r"\b(?-i:I|[Ww]e)(?:['’](?:ve|d))?(?:\s+(?:have|had|just|also|already|personally))*\s+$"
)


# a modal before the call ("may" lowercase: not "Theresa May spoke by phone"; not "may have
# spoken", a guess at a past call)
_MAY_CALL = re.compile(
    r"\b(?:could|might|(?-i:may))\s+(?!have\b)(?:(?:also|still|soon|even|possibly|again)\s+)?$", I
)


# a call only wished for, or the record of an old one: "If Putin wants a call with me, you
# just put him through", "he'll release a transcript of his first phone call with Zelensky"
_CALL_IF = re.compile(r"\b(?:if|unless)\s+[^,;:.!?—–()\"“”]{0,60}$", I)
# a call offered, not held: "Trump also noted he would be willing to hold a phone conversation
# with North Korean leader Kim Jong-un" (allsides-6180)
_CALL_OFFER = re.compile(
    # (not "happy"/"glad": "Trump was happy to speak by phone with Xi on Monday" is a call held)
    r"\b(?:willing|ready|open|prepared|eager)\s+to\s+(?:[\w-]+\s+){0,3}$",
    I,
)
_CALL_RECORD = re.compile(
    r"\b(?:(?:transcripts?|recordings?|tapes?|audio)\s+of|miss(?:ed|es|ing)?)\s+(?:(?:the|a|an|"
    r"his|her|their|its|that|this|[\w.’'-]+['’]s)\s+)?(?:[\w-]+\s+){0,3}$",
    I,
)


_CONFERENCE_CALL = re.compile(r"teleconference|video[\s-]?conference|conference\s+call", I)
_VIRTUAL = re.compile(r"(?:virtual|online)\s", I)
# a bloc's ministers as the subject of a conference call: "Euro zone finance ministers held
# an hour-long conference call to discuss the previous night's offer from Tsipras" (U003)
_BLOC_MINISTERS = re.compile(
    r"(?:['’]s)?\s+(?:finance|foreign|economy|trade|energy|defen[cs]e|interior|health)\s+"
    r"ministers\s+(?:(?:have|has|had|will|would|were|to|also)\s+)*$",
    I,
)


def _bloc_on_line(sent: str, off: int, people: list[Mention], t: re.Match) -> Mention | None:
    """The bloc whose ministers held the conference call at ``t`` (named as its subject)."""
    for m in people:
        if m.country in _BLOCS and m.country != "UN" and m.end - off <= t.start():
            if _BLOC_MINISTERS.fullmatch(sent, m.end - off, t.start()) or (
                m.kind == "group" and _BLOC_GROUP_SUBJECT.fullmatch(sent, m.end - off, t.start())
            ):
                return m
    return None


# the trigger starts at the verb: "Euro zone finance ministers| held ..." (a group mention)
_BLOC_GROUP_SUBJECT = re.compile(r"\s*(?:(?:have|has|had|will|would|were|to|also)\s+)*", I)
# the purpose of a call, a verb after "to" (not a callee: "a phone call to Putin")
_CALL_PURPOSE_TO = re.compile(r"\s+to\s+(?-i:[a-z]+)\b", I)


# what a conference call was about: "held a conference call to discuss the offer from Tsipras"
# ("on Friday with Pompeo": a day, not a topic)
_CONFERENCE_TOPIC = re.compile(
    r"\b(?:to\s+discuss|discuss(?:ed|ing)|about|over|"
    r"on(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))\b[^,;:]*$",
    I,
)


# what a call was about, before a side it names: "a private call to Netanyahu before his recent
# speech to Congress on Iran" (Q014) (not a date: "a call on March 20 with Putin")
_CALL_TOPIC = re.compile(
    r"\b(?:to\s+discuss|discuss(?:ed|ing)|about|over|on)\s+(?!(?:the\s+)?(?:phone|telephone|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|"
    r"nov\.|dec\.|\d+)\b)[^,;:]*$",
    I,
)


# the object of a discussion told before the call: "discussed Syria in a phone call"
_DISCUSSED_BEFORE = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|(?:talked|spoke|spoken)\s+about)\s+"
    r"(?:the\s+(?:situation|crisis|conflict|war)\s+in\s+)?(?:the\s+)?$",
    I,
)


def _conference_topic(sent: str, off: int, m: Mention, t: re.Match) -> bool:
    """Is ``m`` named in the topic of the conference call at ``t`` rather than on the line?"""
    return m.start - off >= t.end() and bool(_CONFERENCE_TOPIC.search(sent, t.end(), m.start - off))


# a call only weighed: "Moscow was prepared to explore ... the possibility of letting some
# delegations participate in council discussion by teleconference" (allsides-5963)
_CALL_POSSIBLE = re.compile(
    r"\b(?:possibility|prospect|idea|option)\s+of\b[^.;:!?]{0,100}$",
    I,
)


def _call_not_news(sent: str, t: re.Match) -> bool:
    """Is the call at ``t`` inside an if-clause, missed, offered, weighed, or the object of a
    transcript?"""
    lo = max(0, t.start() - 60)
    return bool(
        _CALL_IF.search(sent, lo, t.start())
        or _CALL_RECORD.search(sent, lo, t.start())
        or _CALL_OFFER.search(sent, lo, t.start())
        or _CALL_POSSIBLE.search(sent, max(0, t.start() - 110), t.start())
    )


# "to ...", "with ...", "Thursday with ...": where the callees start after the call phrase
_CALLEES_START = re.compile(
    r"\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:to|with)\b",
    I,
)
# a verb after a list of callees ends it: "... and German Chancellor Angela Merkel said he"
_LIST_ENDS = re.compile(
    r"\s+(?:said|says|told|added|thanked|urged|asked|agreed|discussed|stressed|noted|expressed)\b",
    I,
)
# one callee named in two mentions: "May of the United Kingdom", "European Union Commission
# President, Jean-Claude Juncker"
_SAME_CALLEE_GAP = re.compile(r"\s+(?:(?:of|from)\s+(?:the\s+)?|(?-i:[A-Z][a-z]+)\s+)?", I)
# "to US President George Bush, and the presidents of Sri Lanka and Indonesia"
_CALLEE_GAP = re.compile(
    r"\s*(?:,|and|&|,\s*and|,?\s*(?:along with|as well as))?\s*(?:with\s+)?(?:the\s+)?"
    r"(?:(?:presidents?|leaders?|prime ministers?|premiers?|heads? of (?:state|government)|"
    r"counterparts?|chancellors?|kings?)\s+(?:of|from)\s+(?:the\s+)?)?",
    I,
)


def _separate_calls(
    sent: str, off: int, people: list[Mention], t: re.Match
) -> list[list[tuple[Mention, str]]]:
    """'He spoke on the telephone to Bush, and the presidents of Sri Lanka and Indonesia': one
    caller and a list of callees in other countries are separate two-party calls."""
    rel, rel_end = t.start() + off, t.end() + off
    callers = [m for m in people if m.end <= rel]
    after = [m for m in people if m.start >= rel_end]
    if len({m.country for m in callers}) != 1 or len(callers) + len(after) != len(people):
        return []
    verb = t.group(0).lower() in ("phoned", "telephoned")  # "phoned Merkel, Hollande and ..."
    if not after or not (verb or _CALLEES_START.match(sent, t.end())):
        return []
    if re.search(r"\b(?:three-way|four-way|joint|trilateral|conference|group)\b", sent, I):
        return []
    listed = [after[0]]
    for m in after[1:]:
        gap = sent[listed[-1].end - off : m.start - off]
        if m.country == listed[-1].country and _SAME_CALLEE_GAP.fullmatch(gap):
            # "Prime Minister Theresa May of the United Kingdom": the same callee (the person)
            if m.kind in ("person", "title") and listed[-1].kind not in ("person", "title"):
                listed[-1] = m
            continue
        if not _CALLEE_GAP.fullmatch(gap):
            if len(listed) > 1 and _LIST_ENDS.match(gap):
                # the clause goes on after the list: "a readout of Trump’s conversations with
                # May, Trudeau, Macron and ... Merkel said he had thanked them" (P023)
                break
            return []  # something other than a list of callees follows
        listed.append(m)
    caller = callers[-1]
    callees = {m.country: m for m in reversed(listed) if m.country != caller.country}
    if len(callees) < 2:
        return []
    return [[(caller, "participants"), (m, "participants")] for m in reversed(callees.values())]


GATED_PATTERNS = _gate_sentence_patterns(globals())
