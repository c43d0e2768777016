"""The leaders_meeting rule (meetings, talks, summits and bloc gatherings).

The patterns and helpers only this rule uses (what several rules share is in ``common``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from streams.detector import agreements
from streams.detector.mentions import Mention
from streams.detector.rules.common import (
    _ASKED_WHEN,
    _BLOCS,
    _COMMERCIAL,
    _EVER_ASKED,
    _GATHERING_AFTER,
    _GATHERING_BEFORE,
    _OFFER,
    _RECORD,
    _SOUGHT,
    FUTURE,
    NEGATED_OCCURRENCE,
    Candidate,
    I,
    _agents,
    _distinct_countries,
    _gate_sentence_patterns,
    _global,
    _offer,
    _offered_talks,
    _quotes_blanked,
    _sought,
    _un_attendance,
    _wishful,
    cancel_sought_near,
    conditional_after,
    denied_event,
    future_hits,
    gathering_cancelled,
    near_clause,
    negated_future,
    words_gap,
)
from streams.detector.text import clause_of

# the purpose of a journey just begun: "Arrives In North Korea For Talks With Kim" (while "is
# in Shanghai for meetings" are talks under way)
_COMES_FOR = re.compile(
    r"\b(?:arrives|arriving|lands|landing|heads|heading|travels|travel?ling|flies|flying|leaves|"
    r"departs|headed|bound|en\s+route|on\s+(?:his|her|its|their|the)\s+way)\b[^,;.]{0,60}?"
    # "while he was en route to Singapore for a meeting with North Korean leader Kim Jong Un"
    r"\bfor\s+(?:\w+\s+){0,2}$",
    I,
)


def _former_subject(sent: str, off: int, ms: list[Mention], t: re.Match) -> bool:
    """'Kerry met with A and B' with Kerry out of office: the others met him, not each other."""
    before = [m for m in ms if m.end - off <= t.start()]
    if not before:
        return False
    subj = before[-1]
    return (
        subj.kind == "person"
        and not subj.agent
        and re.fullmatch(
            r"\s+(?:\w+ly\s+|also\s+|has\s+|had\s+)*", sent[subj.end - off : t.start()]
        )
        is not None
    )


# the verbs of _SOUGHT that ask for a meeting (not "withholding ... a White House meeting")
_SEEK_VERB = re.compile(r"(?:seek|sought|request|ask|press|push|lobb)\w*(?:\s+for)?", I)
_NOT_THE_OBJECT = re.compile(r"\b(?:in|on|at|over|about|during|into|within)\s", I)


def _sought_meeting(
    sent: str, off: int, roles: list[tuple[Mention, str]], t: re.Match
) -> list[Candidate]:
    """'Saudi Arabia ... only saying it sought a meeting of OPEC and other oil producing
    countries' (P009): a meeting sought is a proposed summit_invitation (TAXONOMY: offers) from
    the side seeking it to the others."""
    verb = _SOUGHT.search(sent, max(0, t.start() - 100), t.start())
    seek = _SEEK_VERB.match(verb.group(0)) if verb is not None else None
    if verb is None or seek is None:
        return []
    if _NOT_THE_OBJECT.search(verb.group(0), seek.end()):
        return []  # "pushing for compromise in the talks": the talks are not what is sought
    seekers = [m for m, _ in roles if m.end - off <= verb.start()]
    if not seekers or not seekers[-1].country:
        return []
    seeker = seekers[-1]
    others = [m for m, _ in roles if m.country and m.country != seeker.country]
    if not others:
        return []
    cast = [(seeker, "inviter"), *((m, "invitee") for m in others)]
    return [Candidate("summit_invitation", "proposed", cast, t.span(), "invitation.sought", 0.6)]


_CALL_FOR_MEETING = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|propos(?:es|ed|ing)|suggest(?:s|ed|ing)?|urg(?:es|ed|ing))\s+"
    r"(?:(?:a|an|the|new|fresh|direct|urgent|immediate|face-to-face|personal|bilateral|another)\s+){0,3}$",
    I,
)


# an offer or a proposal to (re)start talks (TAXONOMY: "offered talks" is a proposed
# summit_invitation): "Russia offered to resume talks", "an Iranian offer to resume talks",
# "has made a proposal to try to kickstart talks"
_OFFERED_TALKS = re.compile(
    r"\b(?P<word>offer(?:s|ed|ing)?|proposals?|propos(?:e|es|ed|ing))\s+to\s+(?:try\s+to\s+)?"
    r"(?:resume|restart|re-start|reopen|re-open|kick-?start|revive|relaunch|re-launch|start|begin|hold|open|launch)\s+"
    r"(?:(?:new|fresh|direct|formal|the|bilateral|peace|nuclear|trade)\s+){0,2}$",
    I,
)


_NOT_MEETING = re.compile(
    r"\b(?:party|parties|union|unions|shareholders?|board|cabinet|committee|council meeting|club|investors?|"
    r"bidders?|bid|merger|takeover|contract|strike|workers|labou?r|senators|congressional|campaign)\b",
    I,
)


# "the war in Gaza", "protests in Caracas": a place named for something else than the meeting
_NOT_VENUE = re.compile(
    r"\b(?:war|wars|fighting|conflicts?|crisis|crises|attacks?|violence|situation|protests?|elections?|"
    # "discussed ... the ongoing conflicts in Afghanistan", "Russian aggression in Ukraine" (T-set)
    r"aggression|unrest|turmoil|insurgency|intervention|interference|refugees|"
    r"invasion|offensive|strikes?|bombing|killings?|deaths?|troops|operations?|born|based|living|"
    # what is done to or in a country, told after a phrasal verb or a noun of stake: "seeking
    # their assistance in reining in North Korea" (R017), "Russia's role in Syria"
    r"rein|reins|reined|reining|role|roles|investments?|stakes?|involvement|meddling)"
    r"\s+(?:\w+\s+){0,2}in\s+(?:the\s+)?$",
    I,
)


# a city the gazetteer does not know, then its country: "in Katowice, Poland, at the 24th
# Conference of the Parties" (P011); the country ends its phrase ("in Geneva, Russia said" no)
_CITY_OF = re.compile(
    r"\b(?:in|at)\s+((?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,2}),\s+$", I
)
_PLACE_END = re.compile(r"\s*(?:[,.;:)—–]|$|\s+(?:on|this|last|next|in|at|for|to)\b)", I)
_NOT_CITY = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)\.?|addition|particular|fact|short|sum|general|response|turn|return|"
    r"contrast|total",
    I,
)


def _in_city_of(sent: str, off: int, ms: list[Mention], m: Mention) -> bool:
    """Is country `m` the country of an unknown city named before it ("in Katowice, Poland")?"""
    a = m.start - off
    c = _CITY_OF.search(sent, max(0, a - 40), a)
    if (
        c is None
        or _NOT_CITY.fullmatch(c.group(1).split()[0])
        or sent[m.end - off : m.end - off + 1] in "'’"
    ):
        return False
    if any(c.start(1) <= o.start - off < c.end(1) for o in ms):
        return False  # "in Ukraine, Russia": a place the gazetteer knows is no city of the next
    return _PLACE_END.match(sent, m.end - off) is not None


# a clause of the talks' effect after them: "an 'extended meeting' with Xi next week at the
# Group of 20 summit, raising hopes on Wall Street and in Washington of a cease-fire" (R019)
_EFFECT_CLAUSE = re.compile(
    r",\s+(?:raising|sending|prompting|fuel(?:l)?ing|sparking|stoking|boosting|dashing|rattling|"
    r"spooking|reviving|renewing|heightening|easing|deepening)\s",
    I,
)


# "Obama arrived in Germany on Sunday from London, where he met with British Prime Minister
# David Cameron" (T005): the place the relative clause of the meeting hangs on
_WHERE = re.compile(r",\s+where\s+(?:[\w.’'-]+\s+){0,8}?$")


def _where_place(sent: str, off: int, ms: list[Mention], t: re.Match) -> Mention | None:
    """The place right before ', where' when the meeting is told in that clause."""
    return next(
        (
            m
            for m in reversed(ms)
            if m.kind in ("capital", "country", "seat")
            and m.end - off < t.start()
            and _WHERE.match(sent[m.end - off : t.start()])
        ),
        None,
    )


# the talks are told in what was said, after the trip the speaker said it on: "Wang Yi said
# during a trip to Russia that China-U.S. talks were not a 'one-way street'" (allsides-6100)
_REPORTED_AFTER = re.compile(r"\s(?:that|as\s+saying)\s")


# a bloc's gathering named as where two sides met: "in a meeting with Japanese Prime Minister
# Shinzo Abe at the Group of Seven summit in France" (P030), "would talk to Xi at a G20 summit"
_AT_BLOC = re.compile(
    r"\b(?:at|on\s+the\s+(?:sidelines|margins|fringes)\s+of)\s+"
    r"(?:(?:a|an|the|this|next|this\s+week['’]s|next\s+week['’]s|next\s+month['’]s)\s+)?$",
    I,
)
# the two sides' own meeting, told before the bloc: "meet with", "talk to", "Trump-Xi talks"
_OWN_MEETING = re.compile(
    r"\b(?:meet|meets|met|meeting|talk|talks|talked|speak|spoke|sat\s+down|sit\s+down|"
    # ("arranged for an “extended meeting” with Chinese President Xi Jinping", R019)
    r"dinner|lunch|luncheon|breakfast|encounter)[”\"’]?\s+(?:\w+\s+){0,2}?(?:with|to)\s"
    # "a summit between Xi and Trump on the sidelines of the Group of 20 summit" (Q021)
    r"|\b(?:summit|meeting|talks|encounter)\s+between\s"
    # "plans to meet Chinese President Xi Jinping at a G20 summit" (not "met at the summit")
    r"|\b(?:meet|meets|met)\s+(?-i:[A-Z])"
    r"|\w[-–](?:[A-Z][\w.]*\s+)?(?:talks|meeting|summit)\b",
    I,
)


# two sides named as the subject of a meeting at the bloc's gathering: "Trump and Chinese
# President Xi Jinping will meet at next month’s G20 in Japan" (Q030)
_JOINT_MEET = re.compile(
    r"\b(?:meet|meets|met|talk|talked|sit\s+down|sat\s+down)\s+(?:again\s+|briefly\s+|privately\s+)?$",
    I,
)


def _venue_bloc(sent: str, off: int, ms: list[Mention], m: Mention) -> bool:
    """Is bloc `m` named only as the gathering where a side met another named one?"""
    a = m.start - off
    if (
        m.country in _BLOCS
        and any(o.kind == "person" and o.end - off == a - 1 for o in ms)
        and _ORG_MEETING.match(sent, m.end - off)
    ):
        return True  # a leader named before it: "Trump confirms Xi G20 meeting" (R019)
    at = _AT_BLOC.search(sent, max(0, a - 45), a) if m.country in _BLOCS else None
    if at is None:
        return False
    joint = _JOINT_MEET.search(sent, max(0, at.start() - 30), at.start())
    if joint is not None:
        a0, _ = clause_of(sent, joint.start())
        subject = {
            o.country
            for o in ms
            if o.agent and o.country not in _BLOCS and a0 <= o.start - off < joint.start()
        }
        if len(subject) >= 2:
            return True
    return any(
        any(o.agent and o.country not in _BLOCS and w.start() <= o.start - off < a for o in ms)
        for w in _OWN_MEETING.finditer(sent, 0, a)
    )


def _side_talks_at(sent: str, off: int, ms: list[Mention], m: Mention) -> int:
    """Where a side's own talks with another are told before bloc `m`, their venue ("to talk
    with his Chinese counterparts at the G-20 finance ministers' meeting", Z033), or -1."""
    a = m.start - off
    if m.country not in _BLOCS or _AT_BLOC.search(sent, max(0, a - 45), a) is None:
        return -1
    for w in _OWN_MEETING.finditer(sent, 0, a):
        # ("plans to meet Xi at a G20 summit" tells the bilateral meeting, not the summit)
        if w.group(0)[:3].lower() in ("mee", "met"):
            continue
        if any(o.agent and o.country not in _BLOCS and w.start() <= o.start - off < a for o in ms):
            return w.start()
    return -1


# the bloc that heads the meeting noun: "the Group of 20 summit", "the G-20 finance
# ministers' meeting" (Z033), "the G20 conference" (Q023)
_HEADS_NOUN = re.compile(
    r"(?:['’]s?)?\s+(?:(?:finance|foreign|trade|economy|defen[cs]e)\s+)?"
    r"(?:(?:ministers|leaders|chiefs)['’]?\s+)?",
    I,
)


def _hyphen_pair(sent: str, off: int, ms: list[Mention], m: Mention) -> bool:
    """Is `m` the second of two sides joined by a hyphen ("US-Russia talks on Syria")?"""
    a = m.start - off
    return a > 0 and sent[a - 1] in "-–" and any(o.end - off == a - 1 and o.agent for o in ms)


def _meetings_in_turn(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    """'met Putin in Moscow, Xi in Beijing and Modi in Delhi': one meeting per (person,
    place) pair, each held in that person's country, with the subject before the verb."""
    rel = t.start() + off
    pairs = []
    for i, m in enumerate(ms[:-1]):
        p = ms[i + 1]
        if (
            m.start >= rel
            and m.agent
            and m.kind in ("person", "title", "group")
            and p.location
            and p.kind in ("capital", "country", "seat")
            and p.country == m.country
            # "Saudi Crown Prince Mohammed bin Salman in Riyadh": the name may follow a title
            and re.fullmatch(
                r"(?:\s+(?:[A-Z][\w'’.-]*|bin|al|el))*\s+(?:in|at)\s+(?:the\s+)?",
                sent[m.end - off : p.start - off],
            )
        ):
            pairs.append((m, p))
    if len({m.country for m, _ in pairs}) < 2:
        return []
    subject = [
        m for m in _agents(ms) if m.end <= rel and m.kind in ("person", "title", "group", "country")
    ][-1:]
    if not subject or subject[0].country in {m.country for m, _ in pairs}:
        return []
    status = "planned" if future_hits(sent, sent, t.start(), t.end()) else "occurred"
    return [
        Candidate(
            "leaders_meeting",
            status,
            [(subject[0], "participants"), (m, "participants"), (p, "location")],
            t.span(),
            "meeting.in_turn",
            0.7,
            location=p,
        )
        for m, p in pairs
    ]


# "a joint meeting of Congress", "a meeting of his cabinet": a meeting OF one country's body
# is its own session ("met with U.S. lawmakers" stays: a foreign leader meets them)
_DOMESTIC_MEETING = re.compile(
    r"\s+of\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w.-]+\s+){0,2}?"
    r"(?:Congress|Parliament|Senate|House of (?:Representatives|Commons|Lords)|[Cc]abinet|caucus|"
    r"(?:Republican|Democratic|GOP|congressional|party)\s+(?:leaders|lawmakers|senators|members)|"
    r"lawmakers|legislators|governors|mayors|donors|aides|advisers|advisors|staff|"
    r"National Security Council)\b"
    # "a meeting of Russia's Security Council", "with members of his Security Council"
    r"|\s+(?:of|with)\s+(?:(?:the\s+)?members\s+of\s+)?(?:his|her|its|their|[A-Z][\w.]*['’]s)\s+"
    r"(?:[\w-]+\s+)?(?:Security|State)\s+Council\b"
    # "after meeting her cabinet", "a meeting with his national security team"
    r"|\s+(?:with\s+)?(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:[Cc]abinet|team|lawmakers|[Pp]olitburo)\b"
)
# a conference named by a news organisation: "told the Reuters Global Markets Summit"; a
# session of one's own party or government: "held a politburo meeting", "a cabinet meeting"
_OWN_BODY_BEFORE = re.compile(
    r"\b(?:(?-i:Reuters|Bloomberg|Financial\s+Times|FT|Wall\s+Street\s+Journal|WSJ|CNBC|Fortune|"
    r"Forbes|Economist|New\s+York\s+Times|Axios|Politico)(?:\s+(?-i:[A-Z])[\w&-]*){0,4}|"
    r"politburo|cabinet)\s+$",
    I,
)
# who a meeting is with heads its object: only determiners, titles and demonyms before the
# side ("with his Chinese counterpart", "with the leaders of France"; not "with executives of
# U.S. companies", "with his national security team on Iran")
_WITH_HEAD_GAP = words_gap(
    r"the|a|an|his|her|their|its|both|two|three|several|top|senior|visiting|fellow|"
    r"outgoing|incoming|acting|leaders?|counterparts?|officials?|ministers?|presidents?|"
    r"premiers?|envoys?|delegations?|delegates|representatives?|heads?|members|diplomats|"
    r"negotiators|ambassadors?|chancellor|king|queen|prince|crown|emir|foreign|defen[cs]e|trade|"
    r"finance|economy|prime|deputy|vice|chief|secretary|state|government|of|from|key|world|other|"
    r"including|such\s+as|and|dictator|strongman|ally|allies|partners?|rival"
)
# what a speaker said after the meeting: "Trump said after meeting with Republican lawmakers
# that China would pay" (who the 'that' clause names is no party)
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|added|adds|warned|insisted|stressed|noted|argued)\b[^,;:]*$", I
)
_THAT_NEAR = re.compile(r"[^,;:()—–\"“”]{0,60}?\bthat\b", I)
_AND_BEFORE = re.compile(r"\band\s+$", I)
# talks with an armed group: no second country or organisation (TAXONOMY: two states/bodies)
_NON_STATE = (
    r"(?:the\s+)?(?:Taliban|insurgents|rebels|militants|separatists|Houthis?|Islamic State|ISIS|"
    r"al-Qaida|al-Qaeda|al Qaeda|FARC|guerrillas)\b"
)
_WITH_NON_STATE = re.compile(
    rf"\s+(?:with\s+{_NON_STATE}(?!\s+(?:\w+\s+){{0,2}}and\s+(?:the\s+)?[A-Z])"
    rf"|between\s+(?:[\w.’'-]+\s+){{0,5}}?and\s+{_NON_STATE}|between\s+{_NON_STATE})"
)
_PRESS_CONFERENCE = re.compile(r"\b(?:news|press)\s+$", I)
_JOINT_PRESS = re.compile(
    r"\bjoint\s+(?:news|press)|[A-Z][\w.]+[-–][A-Z][\w.]+\s+(?:[A-Z]\w+\s+)?(?:news|press)"
    r"|conference\b[^.;]{0,30}?\b(?:with|alongside|beside)\b"
)

# "an all-staff meeting", "a town hall meeting", "the World Meeting of Families", "a Women in
# Entertainment summit": gatherings of staff, faithful or an industry, not of governments
_NOT_DIPLOMATIC_BEFORE = re.compile(
    r"\b(?:all-staff|staff|all-hands|town[- ]hall|faculty|family|team|board|shareholders?['’]?|church|"
    r"prayer|parent-teacher|technology|tech|industry|business|investors?|investment|academic|"
    r"scientific|medical|(?-i:(?:Women|Youth|Entertainment|Faith|Prayer|Fashion|Film|Music|Families)"
    r"(?:\s+(?:in|of|and|[A-Z][\w'’-]*))*))\s+$",
    I,
)
_NOT_DIPLOMATIC_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’-]*\s+)?(?:Families|Youth|Women|Faith|Bishops|Mayors))\b"
)
# "the summit", "the meeting" with nothing attached: a meeting named before, whose parties
# are named in the clause that speaks of it ("the summit comes a day after France ...": no)
_BARE_MEETING = re.compile(r"\b(?:the|that|this)\s+$", I)
_ATTACHED = re.compile(r"(?:['’]s)?\s+(?:with|between|of|among|in|at|on)\b", I)

_TOPIC = re.compile(
    r"\s(?:to\s+(?:talk|discuss|review|address|tackle|resolve|coordinate|seek|find|ease)\b"
    r"|about\b|on\b|over\b|regarding\b|concerning\b|amid\b|despite\b|after\b|following\b)",
    I,
)

# what a meeting is to discuss: "held a special meeting on Monday to discuss developments in
# Cyprus"; "with"/"between" after it names parties again ("to discuss trade with Xi")
# ("a news conference with Prime Minister Shinzo Abe of Japan, the first stop in an Asia tour
# devoted to the issues of trade and North Korea's nuclear weapons", S005)
_DISCUSSED = re.compile(
    r"\s(?:to\s+(?:discuss|talk\s+about)|about|regarding|concerning|"
    r"(?:devoted|dedicated)\s+to|focused\s+on)\b",
    I,
)
_PARTY_AGAIN = re.compile(r"\b(?:with|between|among)\b", I)


def _not_discussed(
    sent: str, off: int, t: re.Match, roles: list[tuple[Mention, str]]
) -> list[tuple[Mention, str]]:
    """Drop the sides named only in what the meeting at ``t`` is to discuss, when a side is
    named before it: the topic names no party (u753 Putin's meeting on Cyprus; Obama met
    Putin "to discuss the civil war in Syria, as well as Turkey's shoot-down")."""
    topic = _DISCUSSED.search(sent, t.end())
    if not topic or not any(m.end - off <= topic.start() for m, _ in roles):
        return roles
    again = _PARTY_AGAIN.search(sent, topic.end())
    stop = again.start() if again else len(sent)
    return [(m, r) for m, r in roles if not topic.start() <= m.start - off < stop]


# "meeting emission reduction goals", "isn't meeting its inflation target": meet as fulfil
_FULFIL = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|these\s+|those\s+|such\s+)?"
    r"(?:(?!(?:with|on|in|at|to|about|over|for|between|of|and|amid|after|as)\b)[\w.’'-]+\s+){0,3}?"
    r"(?:goals?|targets?|demands?|requirements?|deadlines?|criteria|obligations?|"
    r"standards?|needs|expectations?|commitments?|thresholds?|quotas?|benchmarks?)\b",
    I,
)

# meet as compromise: "work together with China and meet each other halfway" (S020), "meet
# with China halfway" (T030)
_HALFWAY = re.compile(r"(?:\s+(?:with\s+)?[\w.’'-]+){1,3}?\s+[“\"‘']?half-?way\b", I)

# "Trump and Kim Jong Un (are likely to|will) meet": the two sides are the verb's subject
_AND = re.compile(r"\s*(?:and|&)\s*", I)
_SUBJECT_TO_VERB = re.compile(
    r"(?:\s+(?:will|would|are|were|to|be|likely|expected|set|due|scheduled|planning|plan|"
    r"agreed|have|had|could|may|might|finally|also|first|soon|eventually|both|last|reportedly))*\s+",
    I,
)


_HEADLINE_AND = re.compile(r",\s*")


def _coordinated_subject(sent: str, off: int, ms: list[Mention], t: re.Match) -> bool:
    """Do two sides joined by 'and' form the subject of the meeting verb?"""
    before = [m for m in _agents(ms) if m.end - off <= t.start()]
    if len(before) < 2:
        return False
    a, b = before[-2], before[-1]
    # a headline joins them with a comma: "Trump, Kim Jong Un To Meet"
    # two sides on one span: "the two countries", "the neighboring nations", "Koreas"
    joint = (
        (a.start, a.end) == (b.start, b.end)
        or _AND.fullmatch(sent, a.end - off, b.start - off)
        or (off == 0 and _HEADLINE_AND.fullmatch(sent, a.end - off, b.start - off))
    )
    return (
        a.country != b.country
        and bool(a.country and b.country)
        and bool(joint)
        and bool(_SUBJECT_TO_VERB.fullmatch(sent, b.end - off, t.start()))
    )


# "a request for a meeting", "requests for talks": the invitation rule reads the request
_REQUESTED = re.compile(r"\brequests?\s+for\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$", I)
# "Won't Rule Out Direct Talks With Kim", "did not rule out a meeting": no meeting, no offer
_NOT_RULED_OUT = re.compile(
    r"(?:\bnot|n['’]t|\brefus\w+\s+to|\bdeclin\w+\s+to)\s+(?:\w+\s+)?rul(?:e|es|ed|ing)\s+out\s+"
    r"(?:(?:a|an|the|any|future|further|new|more|direct|possible|fresh)\s+){0,3}$",
    I,
)
# talks that are not taking place: "Talks between Kim and Trump have stalled", "stalled talks"
_STALLED_AFTER = re.compile(
    r"[^.;:]{0,80}?\b(?:ha(?:ve|s)|had|are|is|were|was|remain(?:s|ed)?)\s+(?:now\s+|long\s+)?(?:been\s+)?"
    r"(?:stalled|deadlocked|frozen|stuck|suspended|on hold|in limbo|at an? (?:impasse|standstill|stalemate))\b"
    r"|\s+(?:stalled|have stalled|stall)\b",
    I,
)
_STALLED_BEFORE = re.compile(
    r"\b(?:stalled|deadlocked|frozen|stuck|suspended|moribund|long-stalled)\s+(?:[\w-]+\s+){0,2}$",
    I,
)
# the meeting noun opens the sentence and is the subject of a future verb
_NP_START = re.compile(
    r"[\s\"“‘'(]*(?:(?:the|a|an|this|that|next|(?-i:[A-Z][\w'’.-]*))\s+){0,4}"
    # "The second round of NAFTA talks will kick off on Friday in Mexico City"
    r"(?:(?:[\w-]+\s+)?round\s+of\s+(?:(?:the|(?-i:[A-Z][\w'’.-]*))\s+){0,3})?",
    I,
)
# (in the noun's own clause: not "The talks ... ended on Tuesday, and officials said the next
# round will be held in Washington")
_SUBJECT_OF_FUTURE = re.compile(
    r"(?:(?!,\s+(?:and|but)\b|\bsaid\b)[^.;]){0,60}?\b(?:will\s+(?!(?:continue|resume|be\s+remembered)\b)\w+"
    r"|(?:is|are)\s+(?:due|set|expected|scheduled|likely)\s+to)\b",
    I,
)
# an infinitive or "will" just before the noun: "to hold talks", "will attend the summit" (not
# "to" as the way there: "days after travelling with the Brazilian president to a meeting with
# Trump in Florida", Z044)
_TO_VERB_BEFORE = re.compile(
    r"\b(?:to|will)\s+(?!(?:a|an|the|his|her|their|its|this|that)\s)(?:\w+\s+){0,2}$"
    r"|\bwill\s+(?:\w+\s+){0,2}$"
    # ("is looking forward to his meeting with Mr. Putin": a coming one)
    r"|\bforward\s+to\s+(?:\w+\s+){0,2}$",
    I,
)


# a coordinate clause's start: "..., and negotiations with the European Union are due to
# formally begin on June 19" (Z073)
_CLAUSE_OPEN = re.compile(r"(?:[,;]\s+(?:and|but|while|whereas)|;)\s+", I)


def _opens_clause(sent: str, start: int) -> bool:
    """Does the noun phrase ending at ``start`` open a clause after ', and' / ', but' / ';'?"""
    opens = [x.end() for x in _CLAUSE_OPEN.finditer(sent, max(0, start - 80), start)]
    return bool(opens) and _NP_START.fullmatch(sent, opens[-1], start) is not None


# "he and Rouhani could meet", "the two leaders might hold talks": a possibility, an offer at most
# ("may" lowercase: "British Prime Minister Theresa May meet in Berlin" names her; "Trump Could
# Meet Putin" is a headline's modal)
_MAY_MEET = re.compile(
    r"\b(?:could|might|(?-i:may))\s+(?:(?:soon|still|eventually|finally|even|also|hold|have|possibly)\s+){0,2}$",
    I,
)


# frequency words make a meeting habitual, in its own clause (GENERIC less "annual": "the
# annual G20 summit" held this week is news, and less a bare "numerous": "to discuss numerous
# issues")
_HABITUAL_MEETING = re.compile(
    r"\b(?:every year|each year|frequently|often|regularly|usually|routinely|several times|"
    r"many times|repeatedly|numerous times|countless)\b",
    I,
)
# a recurring meeting of its own, unnamed: "Exxon said ... at its annual meeting in Dallas"
_OWN_ANNUAL = re.compile(r"\b(?:its|an)\s+annual\s+$", I)
# a meeting conditional on readiness: "when both sides are ready", "if Kim is ready to meet"
_WHEN_READY = re.compile(r"\b(?:when|if)\b[^.]{0,40}\bready\b", I)
# a counterpart standing with the speaker of a press conference
_BESIDE = re.compile(r"\b(?:alongside|beside|next to)\b", I)
# a relative clause opened before a readiness: "Abe, who said Tokyo would respond when it was
# ready, met Xi"
_IN_RELATIVE = re.compile(r",\s*(?:who|which)\b[^,;]*$", I)


def _ready_first(sent: str, r: re.Match, lo: int, t: re.Match) -> bool:
    """A readiness the meeting waits on: in the trigger's clause ("if Kim is ready to meet") or
    just before it ("when Kim is ready, they will meet"), not one told in a relative clause of
    the subject ("Abe, who said Tokyo would respond when it was ready, met Xi")."""
    return r.start() >= lo or (
        t.start() - r.end() <= 40 and not _IN_RELATIVE.search(sent, 0, r.start())
    )


# talks that do not exist: "don't have a formal meeting scheduled", "with no official talks
# scheduled", "not hosting meetings with world leaders", "leverage in any negotiations" (not "there
# will be no summit", a cancellation, nor "no meeting took place", a denial); "in future talks"
_NEVER = re.compile(r"\bnever\s+(?:\w+\s+)?$", I)
_NO_MEETING = re.compile(
    r"(?:(?<!\bbe )\b(?:no|any)\s+|\b(?:do|does|did|has|have|had)(?:\s+not|n['’]t)\s+"
    r"(?:have|hold|had|held|plan|scheduled?)\s+(?:a|an|any)\s+|\bnot\s+(?:hosting|holding)\s+(?:a\s+|an\s+|any\s+)?"
    # "a dominant role in future talks": talks in general, none set
    r"|\b(?:in|for|during)\s+(?=future\s))"
    r"(?:(?:formal|official|scheduled|planned|further|future|new|more|direct|bilateral|one-on-one|"
    r"face-to-face|real|such|serious|trade|peace|high-level|substantive|immediate)\s+){0,3}$",
    I,
)
_MET_WITH_RESPONSE = re.compile(
    r"\s+with\s+(?:(?:a|an|the|some|much|little|more|further|widespread|strong|fierce|stiff|"
    r"swift|immediate|harsh|sharp|loud|stony|angry|wide)\s+)?(?:criticism|retaliation|retaliatory|"
    r"protests?|skepticism|scepticism|resistance|silence|opposition|derision|outrage|anger|"
    r"condemnation|applause|cheers|boos|backlash|scorn|disapproval|dismay|alarm|suspicion|"
    r"hostility|indifference|ridicule|costs?|force|reprisals?|tear gas|violence|defiance|"
    r"disbelief|praise|relief|fury|rejection|pushback|countermeasures)\b",
    I,
)
_TOOK_PLACE = re.compile(
    r"\s+(?:\w+\s+)?(?:took place|was held|had taken place|has taken place|happened|occurred)\b", I
)


# the meeting is the condition of a clause: "Even if Israel and the PA agree to meet and relaunch
# peace talks", "only if Russia and other members were permitted to meet"
_IF_CLAUSE = re.compile(r"\b(?:if|unless)\s+[^,;:.!?—–()\"“”]*$", I)
# "there's no chance that the administration will reopen negotiations"
_NO_CHANCE = re.compile(
    r"\b(?:no|little)\s+(?:chance|prospect|intention|plans?|way)\b[^,;:.!?]*$", I
)


# a leader attending the UN's annual gathering: "arrived in New York for a gathering of the U.N.
# General Assembly", "speaking at the United Nations General Assembly", "a visit to the U.N."
_TO_ASSEMBLY = re.compile(
    r"\b(?:at|to|for|from|before|address\w*|attend\w*|gathering\s+of|session\s+of)\s+"
    r"(?:(?:the|a|this|this\s+year['’]s|annual|opening|high-level)\s+)*$",
    I,
)


# the body's own assembly: "head to New York for the U.N.'s annual General Assembly" (T009),
# "before speaking Tuesday at the United Nations General Assembly" (O035)
_UNS_ASSEMBLY = re.compile(
    r"(?:['’]s?)?\s+(?:(?:annual|opening|high-level|\d+(?:st|nd|rd|th))\s+)*"
)


def _at_assembly(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    un = next(
        (
            m
            for m in ms
            if m.country == "UN"
            and m.start - off <= t.start()
            and (m.end - off >= t.end() or _UNS_ASSEMBLY.fullmatch(sent, m.end - off, t.start()))
        ),
        None,
    )
    if un is None or not _TO_ASSEMBLY.search(sent, max(0, un.start - off - 50), un.start - off):
        return []
    return _un_attendance(sent, off, ms, t, un, "meeting.assembly")


# the members of one bloc meet: "EU finance ministers met in Brussels", "European Union leaders
# abandoned talks", "finance ministers from the 27 European Union member states met", "NATO
# defence ministers meeting in Brussels" (TAXONOMY: the body is the party)
_MEMBER_NOUN = (
    r"(?:ministers|leaders|chiefs|heads\s+of\s+(?:state|government)|ambassadors|envoys|"
    r"counterparts|governors|delegates)"
)
_BLOC_THEN_MEMBERS = re.compile(
    rf"(?:['’]s)?\s+(?:[a-z][\w-]*\s+(?:and\s+[a-z][\w-]*\s+)?)?{_MEMBER_NOUN}\b(?:\s*,|\s+--)?"
    r"(?:\s+(?:had|have|has|will|would|were|are|to|due\s+to|also|then|again|jointly|formally|"
    r"first|later|be|plan\s+to|expected\s+to|set\s+to|gathered\s+to|could|may|might)){0,3}"
    r"(?:\s+(?:[a-z][\w-]*\s+){0,2}?)?\s*$",
    I,
)
_MEMBERS_OF_BLOC = re.compile(
    rf"\b{_MEMBER_NOUN}\s+(?:from|of)\s+(?:the\s+|all\s+|its\s+)?(?:\d+\s+|[a-z]+\s+)?$", I
)
_BLOC_MEMBER_STATES = re.compile(
    # "finance ministers of the Group of Seven major economies meet in Italy"
    r"(?:\s+(?:member\s+|major\s+|leading\s+|largest\s+|biggest\s+|advanced\s+|rich\s+|wealthy\s+)?"
    r"(?:states|nations|countries|economies|industriali[sz]ed\s+(?:nations|countries|economies)|powers))?"
    r"(?:\s+(?:had|have|has|will|were|are|to|also|then|again|formally))?\s+$",
    I,
)
# "European Union" names a bloc, not a trade union (the commercial and domestic filters)
_UNION_OF_STATES = re.compile(r"\b(?:European|African|Eurasian(?:\s+Economic)?)\s+Union\b", I)


def _unions_of_states(sent: str) -> str:
    """The sentence with bloc names like "European Union" blanked (same length)."""
    if "nion" not in sent:
        return sent
    return _UNION_OF_STATES.sub(lambda x: " " * len(x.group(0)), sent)


_MET_WITH = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:with|and)\s", I)
_BLOC_TRIGGERS = ("met", "meet", "meets", "meeting", "meetings", "talks", "summit")


def _bloc_members_meet(
    sent: str, off: int, orgs: list[Mention], t: re.Match, unless: re.Pattern[str] | None = None
) -> Mention | None:
    """The bloc whose members the trigger says met, named as their owner just before it
    ("EU finance ministers met in Brussels", "ministers from the 27 EU states met"), or
    None ("EU officials said talks ..."). With `unless`: None when that filter still finds
    something once bloc names are blanked ("European Union" is no trade union)."""
    if t.group(0).lower() not in _BLOC_TRIGGERS:
        return None
    if unless is not None and unless.search(_unions_of_states(sent)):
        return None
    for m in orgs:
        if m.country not in _BLOCS or m.country == "UN":
            continue
        a, b = m.start - off, m.end - off
        if not 0 < t.start() - b <= 60:
            continue
        if _BLOC_THEN_MEMBERS.fullmatch(sent, b, t.start()) or (
            _MEMBERS_OF_BLOC.search(sent, max(0, a - 50), a)
            and _BLOC_MEMBER_STATES.fullmatch(sent, b, t.start())
        ):
            return m
    return None


# talks still to be decided on, or only made possible: "The EU will decide on 17 December
# whether to begin entry talks with Turkey", "allowing formal talks to begin between Downing
# Street and the EU's 27 member states" (no meeting announced)
_WHETHER_TO = re.compile(r"\bwhether\s+(?:or\s+not\s+)?to\s+(?:[\w-]+\s+){0,3}$", I)
_ENABLED = re.compile(
    r"\b(?:allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|permit(?:s|ted|ting)?)\s+(?:[\w-]+\s+){0,2}$", I
)
_TO_BEGIN = re.compile(r"\s+to\s+(?:begin|start|open|resume|get\s+under\s*way)\b", I)


# talks told as a span of months or years behind a result: "The massive swap was the result
# of months of complicated behind-the-scenes negotiations involving the US, Russia and
# Germany", "reached after 27 months of negotiations" (a summary, not news of talks)
_LONG_TALKS = re.compile(
    r"\b(?:months|years|decades|\d+\s+(?:months|years))\s+of\s+(?:[\w-]+\s+){0,4}?$", I
)


def _undecided_talks(sent: str, t: re.Match) -> bool:
    """Talks someone will decide on, or that a step only allows to begin: not announced."""
    if t.group(0).lower() not in ("talks", "negotiations", "meeting", "summit", "meet"):
        return False
    lo = max(0, t.start() - 50)
    return bool(_WHETHER_TO.search(sent, lo, t.start())) or bool(
        _ENABLED.search(sent, lo, t.start()) and _TO_BEGIN.match(sent, t.end())
    )


_DOOR_TO = re.compile(
    r"\bdoors?\s+(?:(?:is|remains|was|wide)\s+)*(?:open\s+)?(?:to|for)\s+(?:[\w-]+\s+){0,2}$", I
)


# the UN's climate talks, a meeting of its members: "U.N. climate talks in Katowice, Poland",
# "a United Nations climate summit in Marrakesh, Morocco", "the UN's climate conference"
_UN_CLIMATE = re.compile(
    r"\b(?:U\.N\.|UN|United\s+Nations)(?:['’]s?)?\s+(?:[\w-]+\s+)?climate(?:[\s-]+change)?\s+$"
)

_CLIMATE_NOUNS = ("talks", "conference", "summit", "negotiations", "meeting")
# the UN convention's own conference: "at the 24th Conference of the Parties to the United
# Nations Framework Convention on Climate Change, known for short as COP24" (P011)
_OF_THE_PARTIES = re.compile(
    r"\s+of\s+the\s+parties\s+(?:\(COP\d*\)\s+)?to\s+the\s+(?:U\.N\.|UN|United\s+Nations)\b", I
)


def _un_climate(sent: str, t: re.Match) -> bool:
    """The trigger is the noun of a UN climate meeting ("U.N. climate talks", "UN climate summit")."""
    if t.group(0).lower() not in _CLIMATE_NOUNS:
        return False
    if t.group(0).lower() == "conference" and _OF_THE_PARTIES.match(sent, t.end()):
        return True
    return bool(_UN_CLIMATE.search(sent, max(0, t.start() - 45), t.start()))


# talks about a named agreement: "talks to modernize the North American Free Trade Agreement",
# "negotiations on NAFTA" ("NAFTA talks" is agreements.named_at)
_TALKS_ON = re.compile(
    r"\s+(?:on|over|about|to\s+(?:modernize|modernise|renegotiate|update|overhaul|rewrite|revamp|"
    r"revise|rework))\s+(?:the\s+)?(?=\S)",
    I,
)


def _talks_on_named(sent: str, t: re.Match) -> re.Match[str] | None:
    """The named agreement among countries (not a UN framework) that talks are held on."""
    if t.group(0).lower() not in ("talks", "negotiations"):
        return None
    named = agreements.named_at(sent, t.start(), t.end())
    if named is None and (on := _TALKS_ON.match(sent, t.end())):
        named = agreements.ALIASES.match(sent, on.end())
    if named is None:
        return None
    parties = agreements.BY_ALIAS[named.group(0)].parties
    among_states = len(parties) >= 2 and not any(c in agreements.ORGS for c, _ in parties)
    return named if among_states else None


# a body's own gathering, named with "its" after the body: "the U.N. prepares to hold its
# Climate Action Summit on Monday in New York City" (R044), "what OPEC decides to do at its
# meeting in June" (Q022)
_ITS_GATHERING = re.compile(
    r"\bits\s+(?:(?:own|next|annual|regular|first|latest|upcoming|twice-yearly|biannual|"
    r"(?-i:[A-Z])[\w-]*)\s+){0,4}$",
    I,
)
_OWN_BODIES = frozenset(("EU", "NATO", "G7", "G8", "G20", "UN", "AU", "ASEAN", "OPEC"))


def _own_gathering(sent: str, off: int, ag: list[Mention], t: re.Match) -> Mention | None:
    """The body that the trigger says holds "its" summit or meeting, the last side before it."""
    if t.group(0).lower() not in ("summit", "meeting", "conference"):
        return None
    its = _ITS_GATHERING.search(sent, max(0, t.start() - 60), t.start())
    if its is None:
        return None
    before = [m for m in ag if m.end - off <= its.start()]
    if (
        not before
        or before[-1].country not in _OWN_BODIES
        or its.start() - (before[-1].end - off) > 60
    ):
        return None
    return before[-1]


_NOUN_IN = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?", I)
_VIRTUAL_BEFORE = re.compile(r"\b(?:virtual|online|video)[\s-]+(?:[\w-]+\s+)?$", I)
_REFUSED_TO = re.compile(r"\brefus(?:e|es|ed|ing|al)\s+to\s+(?:hold\s+)?$", I)


# talks only hoped or thought possible to revive: "deal a fatal blow to any hopes Kerry might
# have still had of restarting negotiations" (R036), "the prospects for a resumption of talks"
_HOPED_RESTART = re.compile(
    r"\b(?:hopes?|chances?|prospects?|odds|likelihood)\b[^.;:]{0,60}?\b(?:of|for)\s+(?:an?\s+)?"
    r"(?:(?:re-?start|resum|reviv|relaunch|re-?open|kick-?start)\w*|(?:resumption|revival|"
    r"restart|relaunch|return)\s+(?:of|to))\s+(?:(?:the|any|peace|direct|formal|stalled|"
    r"[\w-]+-\w+)\s+){0,2}$",
    I,
)


# what leads the talks, told as their subject before them: "Russia and ISIS topped the agenda
# as the leaders ... gathered in Germany this past weekend for the G-7 summit" (S044),
# "Russian activity in Ukraine will also be the major topic when Obama attends the G-7 summit
# Wednesday and Thursday in Brussels" (Q017)
_AGENDA = re.compile(
    r"\b(?:top(?:s|ped)?|dominat(?:e|es|ed)|headlin(?:e|es|ed))\s+the\s+agenda\b"
    r"|\b(?:is|are|was|were|will|would)\s+(?:also\s+)?(?:be\s+)?(?:a|the)\s+"
    r"(?:(?:main|major|prime|key|top|central|chief|likely|dominant)\s+)?(?:topic|focus)\b",
    I,
)


def _private_nationals(m: Mention) -> bool:
    """'there were any other Russian nationals at the meeting' (Q034): a country's nationals
    hold no office and are no side of talks."""
    return m.kind == "group" and m.noun.split()[-1:] == ["nationals"]


def _not_agenda(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Mention]:
    """Drop what the meeting at ``t`` is about when told as the subject of "topped the
    agenda" or "will be the major topic" before it: the topic names no party."""
    ag = next(reversed(list(_AGENDA.finditer(sent, 0, t.start()))), None)
    if ag is None:
        return ms
    a, _ = clause_of(sent, ag.start())
    return [m for m in ms if not a <= m.start - off < ag.start()]


# a second meeting of the same subject told in the same sentence: "Kim met with Chinese President
# Xi Jinping in China on Tuesday, the second meeting in recent months, and also met this month
# with South Korean President Moon Jae-in in South Korea" (U024)
_AND_MET = re.compile(
    r"\band\s+(?:also\s+|later\s+|then\s+)?(?:met|meets|will\s+(?:also\s+)?meet)\b", I
)
_MET_VERB = re.compile(r"\b(?:met|meets|meet)\b", I)


def _own_meeting_part(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Mention]:
    """The mentions of one of two meetings the subject had ("A met B in X, and also met C in
    Y"): the first meeting's ends where the second begins, the second's skips the first's."""
    verb = t.group(0).lower() in ("met", "meets", "meet")
    nxt = _AND_MET.search(sent, t.end())
    if nxt is not None and (verb or _MET_VERB.search(sent, 0, t.start())):
        # (also "the second meeting in recent months" told between the two)
        return [m for m in ms if m.start - off < nxt.start()]
    if not verb:
        return ms
    this = next((x for x in _AND_MET.finditer(sent, 0, t.end()) if x.end() == t.end()), None)
    if this is None:
        return ms
    first = next(reversed(list(_MET_VERB.finditer(sent, 0, this.start()))), None)
    if first is None:
        return ms
    return [m for m in ms if not first.end() <= m.start - off < this.start()]


# "met with counterparts at the State Department and Treasury Department in Washington" (Z081):
# the counterparts are the officials of the place's country
_COUNTERPARTS_AT = re.compile(
    r"(?:(?:their|his|her|its)\s+)?(?:[\w-]+\s+)?counterparts?\s+(?:at|in)\s+[^,;:]{0,60}$", I
)


def _counterparts_at(sent: str, off: int, ms: list[Mention], pos: int) -> Mention | None:
    """'met with counterparts in Beijing': the host's government, from the place named."""
    subject = [m for m in ms if m.agent and m.end - off <= pos]
    for m in ms:
        if (
            m.location
            and m.kind in ("capital", "seat")
            and m.start - off >= pos
            and _COUNTERPARTS_AT.match(sent, pos, m.end - off)
            and subject
            and subject[-1].country != m.country
        ):
            return replace(m, kind="gov", location=False)
    return None


# "the Met" names a museum, its gala, the British weather office or London's police: "at Met
# Gala 2017" (gossipcop-1149; "Lima" and "Victoria" are capitals), "the Met Office said"
_THE_MET = re.compile(r"Met\s+(?:Gala|Office|Police|Museum|Opera|Ball|Costume)\b")


# a sports fixture: "Hosts Russia meet Saudi Arabia in the opening match of the World Cup"
_SPORTS = re.compile(
    # (fixtures only: not "the U.S. trade team will meet Chinese officials")
    r"\b(?:match(?:es)?|opener|World\s+Cup|Olympics?|friendly|championship|tournament|"
    r"qualifier|semi-?finals?|quarter-?finals?)\b",
    I,
)


def _sports_fixture(sent: str, off: int, ms: list[Mention], t: re.Match) -> bool:
    """Is the 'meet' at ``t`` a match between national teams: a sports word in its clause and
    no person or title among the parties?"""
    a, b = clause_of(sent, t.start())
    if not _SPORTS.search(sent, a, b):
        return False
    return not any(m.agent and m.kind in ("person", "title") and a <= m.start - off < b for m in ms)


def rule_meeting(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    trig = t.group(0).lower()
    if _THE_MET.match(sent, t.start()):
        return []  # "Adriana Lima’s wardrobe malfunction at Met Gala 2017": a name, no verb
    ms = _own_meeting_part(sent, off, _not_agenda(sent, off, ms, t), t)
    un_climate = _un_climate(sent, t)
    if trig == "general assembly":
        return _at_assembly(sent, off, ms, t)
    ms = [m for m in ms if not _private_nationals(m)]
    after = sent[t.end() : t.end() + 40].lower()
    if (
        trig in ("meeting", "meetings", "talks", "negotiations", "summit")
        and _NO_MEETING.search(sent, max(0, t.start() - 60), t.start())
        and not _TOOK_PLACE.match(sent, t.end())
        # "provocation will be met with further costs": a response, not talks
        or trig == "met"
        and re.search(
            r"\b(?:be|been|being|is|are|was|were|gets?|got)\s+(?:\w+\s+)?$",
            sent[max(0, t.start() - 20) : t.start()],
            I,
        )
        and re.match(r"\s+with\b", sent[t.end() :], I)
        # "Tariffs Met With Retaliation Vow From Beijing", "was met with skepticism"
        or trig in ("met", "meet", "meets")
        and _MET_WITH_RESPONSE.match(sent, t.end())
    ):
        return []
    if trig in ("meet", "meets", "met", "meeting") and _FULFIL.match(sent, t.end()):
        return []
    if trig in ("meet", "meets", "meeting") and _HALFWAY.match(sent, t.end()):
        return []  # "meet each other halfway", "meet with China halfway": compromise, no meeting
    if _DOOR_TO.search(sent, max(0, t.start() - 40), t.start()):
        return []  # "the door to talks with Russia is closed": no talks (an open one invites)
    if trig == "conference" and re.match(r"\s+calls?\b", sent[t.end() :], I):
        return []  # "held an hour-long conference call": a call, not a meeting
    if trig in ("met", "meet") and (
        _NEVER.search(sent, max(0, t.start() - 20), t.start())
        or _EVER_ASKED.search(sent, max(0, t.start() - 80), t.start())
    ):
        return []  # "has never met", "He's Never Met A Country ...": no meeting to report
    if trig in ("meeting", "meetings", "summit", "talks", "conference") and _VIRTUAL_BEFORE.search(
        sent, max(0, t.start() - 25), t.start()
    ):
        return []  # "a virtual meeting of the Group of Seven": by video, a call (rule_call)
    if trig in ("meet", "talks") and _REFUSED_TO.search(sent, max(0, t.start() - 25), t.start()):
        return []  # "Obama refused to meet Netanyahu": a declined invitation (rule_invitation)
    if (
        trig == "talks"
        and (to := _TALKS_TO.match(sent, t.end()))
        and any(
            m.agent
            and m.start - off >= to.end()
            and _TO_WHOM_GAP.fullmatch(sent, to.end(), m.start - off)
            for m in ms
        )
    ):
        return []  # "Sarkozy talks to UK's Cameron": the verb, a conversation (rule_call)
    if trig in ("met", "spoken", "talked") and _TIMES_OVER.match(sent, t.end()):
        return []  # "Trump and Kim have met three times since last year": a tally, background
    if _IF_CLAUSE.search(sent, max(0, t.start() - 90), t.start()) or _NO_CHANCE.search(
        sent, max(0, t.start() - 80), t.start()
    ):
        return []  # "even if Israel and the PA agree to meet", "no chance ... will reopen talks"
    if _undecided_talks(sent, t) or _LONG_TALKS.search(sent, max(0, t.start() - 60), t.start()):
        return []
    if trig in ("meet", "meeting", "talks", "summit") and (
        _OFFER.search(sent, max(0, t.start() - 60), t.start())
        and not re.search(r"\b(?:ready|open|willing|prepared|eager)\s+to\s+$", sent[: t.start()], I)
        or _CALL_FOR_MEETING.search(sent, max(0, t.start() - 50), t.start())
        and re.match(r"\s+with\b", sent[t.end() :], I)
    ):
        # "would be happy to meet Mr Allawi", "Calls For Meeting With Putin": an offer
        return _offer(sent, off, ms, t, "invitation.offer")
    if trig in ("meeting", "talks", "summit", "negotiations") and (
        _CALL_FOR_MEETING.search(sent, max(0, t.start() - 50), t.start())
        or _URGED_TO_TALK.search(sent, max(0, t.start() - 110), t.start())
    ):
        # "calls for talks between Russia and Ukraine", "called on Iran to engage in
        # 'constructive and substantial talks'": a third side's appeal
        return []
    offered = (
        _OFFERED_TALKS.search(sent, max(0, t.start() - 70), t.start())
        if trig in ("talks", "negotiations")
        else None
    )
    if offered:
        # "an Iranian offer to resume talks", "made a proposal to kickstart talks": an offer
        return _offered_talks(sent, off, ms, t, offered)
    if trig in ("talks", "negotiations") and _HOPED_RESTART.search(
        sent, max(0, t.start() - 110), t.start()
    ):
        return []
    if (
        _wishful(sent, t)
        or re.search(
            r"\b(?:invit\w*|invite|ready|open|willing|prepared|eager|offer\w*|propos\w*|"
            r"eagerness|willingness|readiness|openness|requests?)\s+(?:\w+\s+){0,2}to\s+"
            # "has extended an invitation to resume trade talks" (allsides-2647)
            r"(?:(?:hold|resume|restart|reopen|begin|start)\s+)?"
            r"(?:(?-i:[A-Z0-9][\w-]*\s+)|(?:trade|peace|direct|new|fresh|further|bilateral|formal)\s+){0,2}$",
            sent[max(0, t.start() - 40) : t.start()],
            I,
        )
        or _REQUESTED.search(sent, max(0, t.start() - 30), t.start())
        or re.match(r"\s+requests?\b", sent[t.end() :], I)
        or _NOT_RULED_OUT.search(sent, max(0, t.start() - 60), t.start())
    ):
        return []  # an offer, a wish or a request (rule_invitation), or "won't rule out talks"
    if trig in ("meet", "meets", "met") and not (
        re.match(r"\s+(?:with|again|face|in person|for)\b", after)
        or any(0 <= m.start - off - t.end() <= 25 and m.agent for m in ms)
        # "ministers from A, B and C met in Tokyo"
        or re.match(r"\s+(?:in|at)\s", after)
        and any(0 <= m.start - off - t.end() <= 8 and m.location for m in ms)
        or _coordinated_subject(sent, off, ms, t)
    ):
        return []
    if trig in ("meet", "meets", "met") and _sports_fixture(sent, off, ms, t):
        return []  # "Japan will meet Colombia in their World Cup opener": a match
    if (
        # ("negotiations with the European Union are due to formally begin on June 19", Z073:
        # a bloc, no trade union)
        _COMMERCIAL.search(_unions_of_states(sent))
        and not any(m.kind in ("person", "title") for m in ms)
        and _bloc_members_meet(sent, off, _agents(ms), t, _COMMERCIAL) is None
    ):
        return []
    if trig in ("meet", "meets", "met") and _former_subject(sent, off, ms, t):
        return []  # "He [Kerry, a former secretary] also met with Steinmeier, Macron ..."
    w = re.match(r"\s+(?:\w+\s+){0,2}with\s+", sent[t.end() : t.end() + 40])
    host = _counterparts_at(sent, off, ms, t.end() + w.end()) if w else None
    if host is not None:
        ms = [*ms, host]
    if w and not any(0 <= m.start - off - (t.end() + w.end()) <= 30 and m.agent for m in ms):
        return []  # "meeting with supporters", "talks with the LSE"
    heads = sorted(
        (m for m in ms if w and m.start - off >= t.end() + w.end()), key=lambda m: m.start
    )
    if (
        heads
        and host is None
        and not _WITH_HEAD_GAP.fullmatch(sent, t.end() + w.end(), heads[0].start - off)
    ):
        return []  # "met with executives of U.S. companies": the side only qualifies who was met
    # a bloc's own conference: "announced Saturday at the G20 conference in Buenos Aires" (Q023)
    bloc_conference = trig == "conference" and any(
        m.country in _OWN_BODIES and 0 <= t.start() - (m.end - off) <= 1 for m in ms
    )
    if (
        trig == "conference"
        and not un_climate
        and not bloc_conference
        and (
            not any(m.kind in ("person", "title") for m in ms)
            or _PRESS_CONFERENCE.search(sent, max(0, t.start() - 8), t.start())
            and not _JOINT_PRESS.search(sent[max(0, t.start() - 40) : t.end() + 45])
            # (a counterpart at the speaker's side, near the conference: "Standing alongside
            # Macron, Trump told a news conference", "told a news conference alongside Abe"; not
            # "said at a news conference ... that troops would stay in Syria alongside Turkish
            # forces")
            and not _BESIDE.search(sent, max(0, t.start() - 80), t.end() + 40)
        )
    ):
        return []  # "said at a news conference in Geneva": no counterpart met
    if trig in ("meeting", "meetings", "summit", "conference") and _DOMESTIC_MEETING.match(
        sent, t.end()
    ):
        return []
    if trig in ("meeting", "meetings", "summit", "conference") and (
        _OWN_BODY_BEFORE.search(sent, max(0, t.start() - 60), t.start())
        or _NOT_DIPLOMATIC_BEFORE.search(sent, max(0, t.start() - 40), t.start())
        or _NOT_DIPLOMATIC_OF.match(sent, t.end())
    ):
        return []
    ns = _WITH_NON_STATE.match(sent, t.end())
    if ns and not any(
        m.kind == "country" and t.end() <= m.start - off < ns.end() and m.text == "Taliban"
        for m in ms
    ):
        # "negotiations between the U.S. and the Taliban" (the Taliban governs Afghanistan
        # only from 2021-08-15: the gazetteer then names it as the country)
        return []
    if _MAY_MEET.search(sent, max(0, t.start() - 30), t.start()) and _ASKED_WHEN.search(
        sent, max(0, t.start() - 60), t.start()
    ):
        return []  # "did not know when ministers could meet again"
    if re.search(
        r"\b(?:possible|potential|proposed|prospective|no preparations|would-be)\s+(?:[\w-]+\s+){0,2}$",
        sent[max(0, t.start() - 40) : t.start()],
        I,
    ) or (
        trig in ("meet", "talks", "summit")
        and _MAY_MEET.search(sent, max(0, t.start() - 30), t.start())
        and not _RECORD.search(sent, max(0, t.start() - 50), t.start())
    ):
        parts = [m for m in _agents(ms) if not m.location]
        # an organisation named as the venue ("said at the G-7 that he and Rouhani could meet")
        states = [m for m in parts if m.kind != "org"]
        if len(_distinct_countries(states)) >= 2:
            parts = states
        if len(_distinct_countries(parts)) >= 2:
            roles = [(parts[0], "inviter")] + [
                (m, "invitee") for m in parts[1:] if m.country != parts[0].country
            ]
            return [
                Candidate(
                    "summit_invitation",
                    "proposed",
                    roles,
                    t.span(),
                    "invitation.proposed_meeting",
                    0.6,
                )
            ]
        return []
    if trig == "summit" and re.match(
        r"\s+of\s+(?:mount|mt|the mountain|everest|k2|the chart)", after
    ):
        return []
    lo, hi = near_clause(sent, t.start(), t.end(), back=80)
    if (
        _HABITUAL_MEETING.search(sent, lo, hi)
        or _OWN_ANNUAL.search(sent, max(0, t.start() - 16), t.start())
        or any(_ready_first(sent, r, lo, t) for r in _WHEN_READY.finditer(sent, 0, t.start()))
    ):
        # "the two leaders have met several times" (habitual); "if Kim is ready to meet"; "at
        # its annual meeting" (a recurring gathering of its own, not a named summit)
        # (not the frequency of what a clause beside it tells: "to ease tensions that have often
        # flared", nor "the annual G20 summit", nor a readiness told after the meeting)
        return []
    ag = [m for m in _agents(ms) if not (m.kind == "capital" and m.location)]
    opener = _CALLS_OPENER.match(sent)
    if opener and t.start() >= opener.end():
        # "In calls with the Jordanian and Qatari foreign ministers, Blinken said ... talks":
        # who was called is no party of the talks spoken of
        ag = [m for m in ag if m.start - off >= opener.end()]
        ms = [m for m in ms if m.start - off >= opener.end()]
    split = _meetings_in_turn(sent, off, ms, t)
    if split:
        return split
    countries = _distinct_countries(ag)
    if len(countries) < 2 and (named := _talks_on_named(sent, t)):
        # "a fifth round of talks to modernize the North American Free Trade Agreement kicked
        # off in Mexico": the agreement's parties hold the talks
        ag = ag + agreements.parties_of(named, off, {m.country for m in ag})
        countries = _distinct_countries(ag)
    orgs = [
        m
        for m in ag
        if m.kind == "org" or m.country in ("EU", "NATO", "G7", "G20", "UN", "AU", "ASEAN")
    ]
    if len(countries) < 2:
        if not (
            un_climate
            and orgs
            # the bloc named right before the noun: "the Group of 20 summit" (its host, "in
            # Los Cabos, Mexico", is the venue)
            or trig in ("summit", "meeting")
            and any(
                m.country in _BLOCS - {"UN"} and 0 <= t.start() - (m.end - off) <= 1 for m in orgs
            )
            or orgs
            and trig in ("summit", "meeting", "meetings")
            and re.search(
                r"\b(?:EU|NATO|G7|G8|G20|ASEAN|AU)\s+(?:summit|meeting|leaders)|\b(?:summit|meeting)s?\s+of\b"
                # "U.N. climate conference ... at the COP25 summit in Madrid, Spain" (O026)
                r"|\bU\.?N\.?\s+(?:climate\s+)?(?:summit|conference)\b",
                sent,
                I,
            )
            or _bloc_members_meet(sent, off, orgs, t) is not None
            or _own_gathering(sent, off, ag, t) is not None
            or trig in ("meet", "meeting", "talks", "summit", "conference", "negotiations")
            # "Negotiators from 195 countries are set to meet in Paris" (S013): its subject
            and any(_global(m) and m.end - off <= t.start() for m in orgs)
        ):
            return []
    if (
        # (the "Conference of the Parties" to a UN convention is no party meeting)
        _NOT_MEETING.search(_OF_THE_PARTIES.sub(" ", sent))
        and len(countries) < 2
        and _bloc_members_meet(sent, off, orgs, t, _NOT_MEETING) is None
    ):
        return []
    places = [m for m in ms if m.location and m.kind in ("capital", "country", "seat")]
    # the venue: "in/at Tokyo" first, then "a Brussels summit", then "to Brussels" ("met at the
    # Trump-branded Mar-a-Lago resort", Z011: a hyphenated modifier too)
    venues = [
        m
        for m in places
        if (
            re.search(
                r"\b(?:in|at)\s+(?:the\s+)?(?:[a-z]+(?:-[a-z]+)?\s+){0,3}$",
                sent[max(0, m.start - off - 30) : m.start - off],
                I,
            )
            or _in_city_of(sent, off, ms, m)
        )
        and not _NOT_VENUE.search(sent[max(0, m.start - off - 40) : m.start - off])
        and abs(m.start - off - t.start()) < 120
        and not _EFFECT_CLAUSE.search(sent, t.end(), max(t.end(), m.start - off))
    ]
    # "the Singapore summit", "Downing Street talks": the place named before the noun
    before_noun = [
        m
        for m in ms
        if m.kind in ("capital", "seat", "country")
        and 0 <= t.start() - (m.end - off) <= 1
        and t.group(0).lower() in ("summit", "talks", "meeting", "conference")
        # "the North Korea summit with Kim" names a party, "the Singapore summit" a place
        and not any(
            o.country == m.country and o is not m and o.kind in ("person", "title", "group")
            for o in ms
        )
        and not _hyphen_pair(sent, off, ms, m)
    ]
    venues += before_noun
    venues += [
        m
        for m in places
        if re.search(r"\bto\s+(?:the\s+)?$", sent[max(0, m.start - off - 10) : m.start - off], I)
        and not _REPORTED_AFTER.search(sent, m.end - off, t.start())
    ]
    # the place right after the noun wins: "EU officials in Brussels pledged to seek answers
    # from U.S. diplomats at a trans-Atlantic ministerial meeting in Dublin" (S021)
    right_after = [
        v for v in venues if _NOUN_IN.fullmatch(sent, t.end(), max(t.end(), v.start - off))
    ]
    location = (right_after or venues or [None])[0]
    location = _where_place(sent, off, ms, t) or location
    if location is None:
        seat = next((m for m in ms if m.kind == "seat"), None)
        if seat is not None and re.search(
            re.escape(seat.text) + r"\s+(?:talks|meeting|summit)", sent
        ):
            location = seat
    status = "occurred"
    told = _quotes_blanked(sent, t.start())
    window_pre = told[max(0, t.start() - 60) : t.start()]
    if negated_future(told, sent, t.start(), t.end()):
        return []  # "Putin won't meet Trump in Paris": nothing planned, nothing held
    if denied_event(sent, t.start(), t.end()) or NEGATED_OCCURRENCE.search(
        sent, max(0, t.start() - 40), t.start()
    ):
        status = "denied"
    elif gathering_cancelled(sent, t.start(), t.end()):
        status = "cancelled"
    elif _RECORD.search(window_pre) or _PAST_TRIP_TO.search(window_pre):
        status = "occurred"
    elif (
        cancel_sought_near(sent, t.start(), t.end())
        or _ARRANGING.search(window_pre)
        or _CALLED_MEETING.search(window_pre)
        or _COMING_AFTER.match(sent, t.end())
        or _COMES_FOR.search(sent, max(0, t.start() - 90), t.start())
        or _TO_JOIN.search(sent, max(0, t.start() - 170), t.start())
        # (not one in a relative clause closed before it: "Abe, who said Tokyo would respond
        # when it was ready, met Xi")
        or any(
            not (_IN_RELATIVE.search(sent, 0, f.start()) and "," in sent[f.end() : t.start()])
            for f in future_hits(told, sent, t.start(), t.end())
        )
        or _TO_VERB_BEFORE.search(window_pre)
        # (in the trigger's clause: not "attended a regional summit ... on Saturday, as oil
        # prices rose to their highest level this week")
        or _SOON.search(sent, near_clause(sent, t.start(), t.end())[0], _own_part_end(sent, t))
        # ("discussed several issues ... during their meetings at Mar-a-lago this week": done)
        and not re.search(
            # ("The summit ... this week produced a pledge to expand trade")
            r"\b(?:met|held|was held|discussed|talked|agreed|signed|concluded|wrapped up|ended|"
            r"produced|yielded|attended)\b",
            sent,
            I,
        )
        # "said after meeting Sarkozy in Paris that ... a summit next week": done
        and not _AFTER_DOING.search(window_pre)
    ):
        status = "planned"
    if (
        status == "occurred"
        and trig in ("summit", "meeting", "talks", "conference", "negotiations")
        and (_NP_START.fullmatch(sent, 0, t.start()) or _opens_clause(sent, t.start()))
        and _SUBJECT_OF_FUTURE.match(sent, t.end())
    ):
        status = "planned"  # "July's G8 summit in Gleneagles ... will use the report"
    elif (
        status == "occurred"
        and trig in ("summit", "meeting", "conference")
        and _WHICH_WILL.match(sent, t.end())
    ):
        status = "planned"  # "a NATO summit in Wales that will focus heavily on the conflict"
    invited = None
    if trig in ("summit", "meeting", "talks", "conference", "negotiations"):
        invited = _INVITED_TO.search(sent, max(0, t.start() - 140), t.start())
    if invited is not None and invited.group("neg"):
        return []  # "Putin has not been invited to the summit in Washington": none held
    if invited is not None and status == "occurred":
        status = "planned"  # "invited Macron to attend the G7 summit": the gathering is ahead
    if status in ("occurred", "planned") and _sought(sent, t):
        status = "proposed"
    if status == "planned" and conditional_after(sent, t.start(), t.end()):
        status = "proposed"  # "Putin would meet Trump if the United States lifted sanctions"
    if status == "occurred" and (
        _STALLED_AFTER.match(sent, t.end())
        or _STALLED_BEFORE.search(sent, max(0, t.start() - 30), t.start())
    ):
        return []  # stalled talks are not being held
    roles = [
        (m, "participants")
        for m in ag
        if not (m.location and m.kind in ("capital", "country", "seat")) and m not in before_noun
    ]
    if trig in ("summit", "meeting", "meetings"):
        # "At a Brussels summit, the 27 EU states called on Iran to engage in talks": a state
        # urged from a summit is no party of it (a leader urged there, "urged Kim", is present)
        roles = [
            (m, r)
            for m, r in roles
            if not (
                m.start - off > t.end()
                and m.kind in ("country", "gov")
                and _URGED_STATE.search(sent, max(0, m.start - off - 25), m.start - off)
            )
        ]
    for a, b in _time_adjuncts(sent, off, ms) if orgs else ():
        # "Geithner, on a visit ahead of an EU summit on Friday, flew ... for talks with Spain":
        # the summit's parties (and venue) are named inside that phrase, the talks' outside it
        inside = a <= t.start() < b
        roles = [(m, r) for m, r in roles if (a <= m.start - off < b) == inside]
        if location is not None and (a <= location.start - off < b) != inside:
            location = next(
                (v for v in venues if (a <= v.start - off < b) == inside and v.kind != "seat"), None
            )
    roles = _opening_time_phrase(sent, off, t, roles)
    topic = _TOPIC.search(sent, t.end())
    if topic:
        # "met Berlusconi and Schroeder to talk about Turkey": with two sides named
        # before it, what the talks are about names no party
        before_topic = [(m, r) for m, r in roles if m.end - off <= topic.start()]
        if len(_distinct_countries([m for m, _ in before_topic])) >= 2:
            roles = before_topic
    roles = _not_discussed(sent, off, t, roles)
    if (
        _SPEECH_BEFORE.search(sent, max(0, t.start() - 80), t.start())
        # (the verb's own 'that', in the trigger's stretch: not a relative 'that' past a comma,
        # "Obama said at a joint news conference ..., remains ... a transition that leads to")
        and (that := _THAT_NEAR.match(sent, t.end()))
        # (not a second report: "said the president is looking forward to his meeting with
        # Mr. Putin and that Syria will be on the agenda")
        and not _AND_BEFORE.search(sent, max(0, that.end() - 9), that.end() - 4)
    ):
        # (a pronoun there is the speaker: "Lighthizer said at the G20 meeting that he's open")
        roles = [(m, r) for m, r in roles if m.start - off < that.end() - 4 or m.text.islower()]
    if trig in ("dinner", "lunch", "luncheon", "breakfast") or trig.startswith(("dined", "sat")):
        # "did lunch with President Trump Thursday, but ... covered Superman, ... North Korea":
        # the meal's company is named next to it, not at the far end of the sentence
        roles = [(m, r) for m, r in roles if m.start - off <= t.end() + 60]
    bloc = _bloc_members_meet(sent, off, orgs, t)
    if bloc is not None and not _MET_WITH.match(sent, t.end()):
        # "EU finance ministers met in Brussels ... in the wake of Greece's debt crisis": the
        # bloc's members met among themselves; others named after it are what they spoke of
        # ("Mnuchin, speaking at a G7 finance leaders meeting" still attends)
        roles = [(m, r) for m, r in roles if m is bloc or m.end - off <= bloc.start - off]
    if (
        trig in ("summit", "meeting")
        and _BARE_MEETING.search(sent, max(0, t.start() - 6), t.start())
        and not _ATTACHED.match(sent, t.end())
    ):
        a, b = clause_of(sent, t.start())
        roles = [(m, r) for m, r in roles if a <= m.start - off < b]
    own = next(
        (
            m
            for m, _ in roles
            if m.country in _BLOCS
            and m.end - off <= t.start()
            and _HEADS_NOUN.fullmatch(sent, m.end - off, t.start())
        ),
        None,
    )
    side_talks = _side_talks_at(sent, off, ms, own) if own is not None else -1
    if side_talks >= 0:
        # "hopes of a revival of trade talks between the United States and China at the Group
        # of 20 meeting next week" (P037): the sides of those talks are no party of the bloc's
        # meeting itself; who goes to talk there (before the talks) attends it
        roles = [(m, r) for m, r in roles if m is own or m.end - off <= side_talks]
        if status == "occurred" and FUTURE.search(told, max(0, side_talks - 60), side_talks):
            status = "planned"  # "will have informal opportunities to talk with ... at the G-20"
    venue_only = [
        (m, r)
        for m, r in roles
        if m is own and side_talks >= 0 or not _venue_bloc(sent, off, ms, m)
    ]
    if len(venue_only) < len(roles):
        # the bloc was where the sides met: one side left is no meeting
        if len(_distinct_countries([m for m, _ in venue_only])) < 2:
            return []
        roles = venue_only
    roles = _sidelines_roles(sent, off, t, roles)
    if len(_distinct_countries([m for m, _ in roles])) < 2 and not (roles and orgs):
        return []
    if status == "proposed":
        invitation = _sought_meeting(sent, off, roles, t)
        if invitation:
            return invitation
    where = [(location, "location")] if location is not None else []
    return [
        Candidate(
            "leaders_meeting",
            status,
            pair + where,
            t.span(),
            "meeting." + trig.split()[0],
            0.7,
            location=location,
        )
        for pair in _one_on_ones(sent, off, ms, t, roles)
    ]


# one side's talks with several leaders, told as one-on-ones or at a gathering
_MEET_WITH = re.compile(r"(?:meet|meets|met|meeting|meetings)\s+with\s", I)
_SEPARATE_TALKS = re.compile(
    r"\b(?:one-on-one|bilateral|separate(?:ly)?|sidelines|margins|fringes)\b"
    r"|\b(?:at|during)\s+(?:(?:the|a|an|this|next)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:summit|gathering|forum)\b",
    I,
)


def _one_on_ones(
    sent: str, off: int, ms: list[Mention], t: re.Match, roles: list[tuple[Mention, str]]
) -> list[list[tuple[Mention, str]]]:
    """One side meeting several leaders at a gathering holds one meeting with each: "he will
    meet with Chinese President Xi Jinping and Russian President Vladimir Putin at the G20
    gathering in Japan" (S041), "holding one-on-one meetings with key leaders such as Chinese
    President Xi Jinping and Indian Prime Minister Narendra Modi" (V005)."""
    if not _MEET_WITH.match(sent, t.start()):
        return [roles]
    subject = [m for m, _ in roles if m.end - off <= t.start()]
    objects = [m for m, _ in roles if m.start - off >= t.end()]
    home = _distinct_countries(subject)
    others = _distinct_countries(objects)
    if (
        len(home) != 1
        or len(others) < 2
        or home & others
        or len(subject) + len(objects) != len(roles)
        # each a leader ("China's Xi Jinping"), not a state talked of
        or any(
            all(m.kind not in ("person", "title") for m in objects if m.country == c)
            for c in others
        )
        or not (
            _SEPARATE_TALKS.search(sent)
            or any(m.kind == "org" and m.country in _GATHERING_BLOCS for m in ms)
        )
    ):
        return [roles]
    return [
        [(m, "participants") for m in subject]
        + [(m, "participants") for m in objects if m.country == c]
        for c in sorted(others, key=lambda c: min(m.start for m in objects if m.country == c))
    ]


# blocs whose leaders gather once in a while: two leaders' talks there are their own event
_GATHERING_BLOCS = frozenset(("G7", "G8", "G20", "NATO", "ASEAN", "APEC", "SCO", "BRICS"))


def _sidelines_roles(
    sent: str, off: int, t: re.Match, roles: list[tuple[Mention, str]]
) -> list[tuple[Mention, str]]:
    """Two sides' own meeting at a bloc's gathering and the gathering are two events: "his talks
    with Putin at a summit of the Group of 20 nations in Hamburg" (V029), "The G-20 summit will
    see a meeting between Trump and Russian President Vladimir Putin" (Q036). The bloc's noun
    keeps the bloc alone; the other trigger keeps the two sides."""
    blocs = [m for m, _ in roles if m.kind == "org" and m.country in _GATHERING_BLOCS]
    if len({m.country for m in blocs}) != 1:
        return roles
    b = blocs[0]
    a, e = b.start - off, b.end - off
    if len(_distinct_countries([m for m, _ in roles if m.country not in _GATHERING_BLOCS])) < 2:
        return roles
    after = _GATHERING_AFTER.match(sent, e)
    before = _GATHERING_BEFORE.search(sent, max(0, a - 60), a)
    if after is None and before is None:
        return roles
    # the gathering's own words: "G-20 summit", "summit of the Group of 20"
    g0, g1 = (before.start() if before else a), (after.end() if after else e)
    own = [w for w in _OWN_MEETING.finditer(sent) if w.end() <= g0 or w.start() >= g1]
    if not own:
        return roles
    if g0 <= t.start() < g1:
        return [(m, r) for m, r in roles if m.country == b.country]
    if any(w.start() <= t.start() < w.end() for w in own):
        return [(m, r) for m, r in roles if m.country not in _GATHERING_BLOCS]
    return roles  # another noun ("skipping the conference at Camp David") is neither


_TALKS_TO = re.compile(r"\s+(?:again\s+|directly\s+|briefly\s+)?to\s+", I)
# what may stand between "talks to" and the person: "the", "UK's"
_TO_WHOM_GAP = re.compile(r"(?:(?:the|his|her|its|their)\s+|(?-i:[A-Z])[\w.]*['’]s\s+)*", I)


# a count of meetings is their history, not one of them
_TIMES_OVER = re.compile(
    r"\s+(?:(?:with\s+)?(?:each other|him|her|them)\s+)?(?:at least\s+|more than\s+)?"
    r"(?:three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|\d+)\s+times\b",
    I,
)


_CALLS_OPENER = re.compile(
    r"[\s\"“]*(?:In|During)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:separate\s+|(?:tele)?phone\s+)?"
    r"calls?\s+with\b[^,;:]*,",
    I,
)


# a trip told in the past with its purpose: the meeting took place ("Turkey's deputy foreign
# minister was in Washington to meet with U.S. officials"; not "was due to fly to Paris to meet")
_PAST_TRIP_TO = re.compile(
    r"\b(?:was|were)\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+to\s+(?:(?:meet|hold)\s+(?:with\s+)?)?$"
    r"|\b(?:flew|traveled|travelled|went|came|journeyed)\s+(?:back\s+)?to\s+(?:the\s+)?"
    # (a day between: "Wang Yi flew to Moscow on Monday to meet Russian Foreign Minister")
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:\s+(?:on\s+|late\s+|early\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last\s+week|earlier\s+this\s+week))?"
    r"\s+to\s+(?:(?:meet|hold)\s+(?:with\s+)?)?$"
    # a break taken to meet: "as President Trump stepped away from the a G-20 session Saturday
    # to meet with the president of Indonesia" (Q025)
    r"|\b(?:stepped|broke|slipped)\s+(?:away|out|aside)\b[^,;.!?]{0,40}?\s+to\s+(?:(?:meet|hold)\s+(?:with\s+)?)?$"
)
# a meeting the words after it tell as coming: "a NATO summit in Wales that will focus heavily
# on the conflict in Ukraine"
_WHICH_WILL = re.compile(r"[^,;.()]{0,50}?\b(?:that|which)\s+will\s+(?!be\s+remembered)\w+", I)
# the meeting is what someone did before speaking: "Cameron said after meeting Sarkozy"
_AFTER_DOING = re.compile(r"\b(?:after|following)\s+(?:(?:his|her|their|the|a)\s+)?$", I)
# a time ahead right after the gathering: "a deal that can be signed at the Asia-Pacific
# Economic Cooperation summit next month in Chile" (allsides-1411), "talks later this week"
_COMING_AFTER = re.compile(
    r"\s+(?:(?:in|at)\s+[A-Z][\w.'’-]*\s+)?(?:next\s+(?:week|month|year)|later\s+this\s+"
    r"(?:week|month|year)|later\s+in\s+the\s+(?:week|month|year))\b"
)
# a meeting asked for, so still to come: "The U.S. has called a meeting of the International
# Atomic Energy Agency ... on Wednesday in Vienna" (U021), "Samantha Power called for an
# emergency meeting of the U.N. Security Council on Thursday" (not "called the meeting useful")
_CALLED_MEETING = re.compile(
    r"\b(?:called|calls|calling|requested|requests|requesting)\s+(?:for\s+)?an?\s+"
    r"(?:(?:emergency|urgent|special|extraordinary|closed-door|snap)\s+)?$",
    I,
)
# an organisation's summit named as a time: "ahead of an EU summit on Friday", "after the SCO
# meeting", "on the eve of the G-7 summit", "on his way to the APEC meeting" (who speaks or
# acts around it is no party of it)
_TIME_PREP = re.compile(
    r"\b(?:ahead\s+of|before|after|following|on\s+the\s+eve\s+of|in\s+the\s+(?:run|lead)[\s-]up\s+to|"
    r"prior\s+to|on\s+(?:his|her|their|its|the)\s+way\s+to|en\s+route\s+to)\s+"
    r"(?:(?:the|a|an|next|this|last)\s+)?(?:(?:week|weekend|month)['’]s\s+)?$",
    I,
)
# ... or a named one: "in the lead up to the Helsinki meeting"
_TIME_PREP_NAMED = re.compile(_TIME_PREP.pattern[:-1] + r"(?:(?-i:[A-Z])[\w.-]*\s+){0,2}$", I)
# a gap of names and titles only: the main clause's subject follows right after it
_SUBJECT_GAP = re.compile(r"\s*(?:(?:the|U\.S\.|(?-i:[A-Z])[\w.’'-]*)\s+)*", I)


def _opening_time_phrase(
    sent: str, off: int, t: re.Match, roles: list[tuple[Mention, str]]
) -> list[tuple[Mention, str]]:
    """'Just last week, ahead of a summit with Putin, Trump called the European Union a foe'
    (allsides-5525), 'in the lead up to the Helsinki meeting, Trump chastised Germany'
    (allsides-1681): a meeting named in an opening time phrase; of the main clause after it only
    its subject can be a party, not whom that clause acts on."""
    if t.group(0).lower() not in ("summit", "meeting", "talks"):
        return roles
    prep = _TIME_PREP_NAMED.search(sent, max(0, t.start() - 60), t.start())
    if prep is None or sent[: prep.start()].strip()[-1:] not in ("", ","):
        return roles
    end = _ADJUNCT_END.search(sent, t.end())
    if end is None or end.group(0) != ",":
        return roles
    after = [m for m, _ in roles if m.start - off >= end.end()]
    subject = next(
        (m for m in after if _SUBJECT_GAP.fullmatch(sent, end.end(), m.start - off)), None
    )
    if subject is None or subject.kind not in ("person", "title"):
        return roles
    return [(m, r) for m, r in roles if m.start - off < end.end() or m is subject]


# "We urge President Trump to reassess the approach, engage in real negotiations with China"
# (T018): the talks are one of the acts urged
_URGE = r"(?:called\s+on|calls\s+on|urge|urged|urges|urging|pressed|presses|appealed\s+to)"
_URGED_STATE = re.compile(rf"\b{_URGE}\s+(?:the\s+)?$", I)
_URGED_TO_TALK = re.compile(
    rf"\b{_URGE}\s+[^,;.!?]{{1,40}}?"
    r"\bto\s+(?:[^,;.!?]{1,40},\s+)?(?:engage\s+in|hold|resume|return\s+to|start|begin|enter(?:\s+into)?|open|restart)\s+"
    r"[^,;.!?]{0,45}$",
    I,
)
_ORG_MEETING = re.compile(r"\s*(?:summit|meeting)s?\b", I)
# the end of such a phrase: a comma, unless a "where" clause says who is there
_ADJUNCT_END = re.compile(r"[,;:()—–](?!\s*where\b)")


def _time_adjuncts(sent: str, off: int, ms: list[Mention]) -> list[tuple[int, int]]:
    """Spans of 'ahead of/after <org> summit|meeting ...' up to the next comma."""
    spans = []
    for m in ms:
        if m.kind != "org" and m.country not in _BLOCS:
            continue
        a, b = m.start - off, m.end - off
        prep = _TIME_PREP.search(sent, max(0, a - 45), a)
        if prep is None or not _ORG_MEETING.match(sent, b):
            continue
        end = _ADJUNCT_END.search(sent, b)
        spans.append((prep.start(), end.start() if end else len(sent)))
    return spans


# a meeting being arranged: "working to set up a second summit", "trying to arrange talks"
# a participant still to come, the talks named further on: "Liu He was expected to join U.S.
# Trade Representative Robert Lighthizer and Treasury Secretary Steven Mnuchin in high-level trade talks"
_TO_JOIN = re.compile(
    r"\b(?:expected|set|due|scheduled|slated|poised)\s+to\s+(?:join|attend|take\s+part\s+in|"
    r"participate\s+in)\b(?:[^,;:.!?()\"“”—–]|(?<=[A-Z])\.){0,120}$",
    I,
)
# the gathering an invitation asks someone to: "invited French President Emmanuel Macron to
# attend the G7 summit at Camp David", "has not been invited to the summit in Washington"
_INVITED_TO = re.compile(
    r"\b(?P<neg>(?:not|never|n['’]t)\s+(?:(?:be|been|being)\s+)?|un|dis)?invit(?:e|es|ed|ing|ation)\b"
    r"(?:[^,;:.!?()\"“”—–]|(?<=[A-Z])\.){0,80}?\bto\s+(?:(?:attend|join|come\s+to|go\s+to|"
    r"take\s+part\s+in|participate\s+in)\s+)?(?:(?:the|a|an|this|next|[\w.-]+['’]s)\s+)?"
    r"(?:[\w.-]+\s+){0,3}$",
    I,
)
_ARRANGING = re.compile(
    r"\b(?:set(?:ting)? up|arrang\w*|organi[sz]\w*|schedul\w*|line up|lining up|broker\w*)\s+"
    r"(?:(?:a|an|the|another|second|third|new|possible|fresh|formal|their|his|her|first)\s+){0,3}$",
    I,
)

# a clause joined on after the trigger's: ", as oil prices rose", "; ", ", and then"
_JOINED_CLAUSE = re.compile(r"[,;]\s*(?:as|and|amid|with|while|whereas|even as)\b|;", I)


def _own_part_end(sent: str, t: re.Match) -> int:
    """Where the trigger's clause ends (:func:`clause_of`), or an ", as" or ", and" clause joined
    on after it begins: "met Xi in Osaka, Japan, next week" reaches the week, "attended a summit
    on Saturday, as oil prices rose to their highest level this week" does not."""
    end = clause_of(sent, t.start())[1]
    joined = _JOINED_CLAUSE.search(sent, t.end(), end)
    return joined.start() if joined else end


# a time still to come named near the trigger: "a summit later this month", "meet next week"
_SOON = re.compile(r"\b(?:later (?:this|in the) (?:week|month)|next week|later on|this week)\b", I)


GATED_PATTERNS = _gate_sentence_patterns(globals())
