"""The state_visit rule (trips, arrivals, hosts, and visits implied by a meeting place).

The patterns and helpers only this rule uses (what several rules share is in ``common``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from streams.detector.mentions import Mention
from streams.detector.rules.common import (
    _CAPTION_DATE,
    _CAPTION_PLACE,
    _CAPTION_WEEKDAY,
    _EVER_ASKED,
    _OFFER,
    _RECORD,
    Candidate,
    I,
    _agents,
    _gate_sentence_patterns,
    _left,
    _offer,
    _quotes_blanked,
    _right,
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
)

# the countries where a body sits: its officials there are at home, not visiting
_BODY_SEATS: dict[str, tuple[str, ...]] = {"EU": ("BEL",), "NATO": ("BEL",), "UN": ("USA", "CHE")}


def _invited_to(sent: str, t: re.Match) -> bool:
    """'invites Trump to visit China': the visit is only the invitation's object."""
    return bool(
        re.search(
            r"\b(?:invit\w*|invite)\s+(?:[\w.’'-]+\s+){0,3}to\s+$",
            sent[max(0, t.start() - 50) : t.start()],
            I,
        )
    )


# the subject of a visit verb is someone the gazetteer does not know: "Professor Dodge, who
# visits Iraq", "Dr. Lee visited Seoul", "Smith, who travelled to Iran"
_PRIVATE_VISITOR = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Professor)\.?\s+[A-Z][\w’'-]+(?:,\s+who)?"
    r"|\b[A-Z][a-z][\w’'-]*,\s+who)\s+(?:[a-z]+\s+){0,2}$"
)


# stems of nouns for people who travel on government business ("U.S. delegation", "Chinese
# trade officials"); the visit rule's country-only check reads a wider set built from them
_TRAVELLER_STEMS = (
    r"delegat|team|negotiat|official|minister|secretar|envoy|diplomat|president|leader"
)
_PEOPLE_WHO_TRAVEL = re.compile(rf"(?:{_TRAVELLER_STEMS})", I)


# travel barred, not made: "a ban on travel to the U.S.", "suspended all travel to China"
# a relative clause right before the trigger: "anyone who has visited", "those that travel to"
_WHO_HAS = re.compile(r"\b(?:who|that)\s+(?:has\s+|have\s+|had\s+)?(?:recently\s+|ever\s+)?$", I)
_ANTECEDENT_GAP = re.compile(r"\s*(?:[\w.-]+\s+)?,?\s*")  # "the U.N. team that arrived"
_TRAVEL_NOUN = re.compile(
    r"\s+(?:warnings?|restrictions?|advisor(?:y|ies)|bans?|alerts?|curbs?|limits?|documents?|"
    r"agents?|agenc(?:y|ies)|industry|insurance|costs?|expenses?)\b",
    I,
)
_BANNED_TRAVEL = re.compile(
    r"\b(?:bans?|banned|banning|barred|barring|restrict\w*|suspend\w*|halt\w*)\s+(?:on\s+)?"
    r"(?:(?:all|air|non-?essential|most|further)\s+)?$"
    # "the most popular forms of U.S. travel to Cuba": travel by a country's people, a noun
    r"|\b(?:forms?|kinds?|types?|categor(?:y|ies))\s+of\s+(?:[\w.’'-]+\s+){0,2}$",
    I,
)


# a country (or capital) as the visitor needs someone who travels for it: an official noun
# after one of its mentions, with no clause break before the trigger ("a U.S. delegation of
# trade officials is expected to travel", "when the Chinese team was in Washington") ...
_OFFICIAL_TRAVELLER = re.compile(
    r"(?:['’]s)?\s+(?:[\w.’'-]+\s+){0,2}?"
    rf"(?:{_TRAVELLER_STEMS}|emissar|premier|government|administration|mission|chief|counterpart|"
    r"authorit|representative|inspector|monitor|investigator|lawmaker|legislator|senator|parliamentar)"
    r"[^,;:\"“”()—–]{0,100}$",
    I,
)
# ... or the country itself as the subject: "China has sent ...", "Japan's first visit"
_COUNTRY_SUBJECT = re.compile(
    r"(?:['’]s\s+(?:(?:first|second|latest|recent|planned|proposed|official|state|working|formal|"
    r"historic|high-level|upcoming|[\w]+-day)\s+){0,2}"
    r"|\s+(?:(?:has|have|had|is|was|were|are|will|would|also|then|later|recently|now|"
    r"reportedly|to|be|been)\s+){0,3})$",
    I,
)


def _country_travels(sent: str, off: int, ms: list[Mention], visitor: Mention, t: re.Match) -> bool:
    """Does a visitor known only as a country travel on government business? Not "U.S. Marine
    Chris Merkle returned from his last tour of duty", "Grande is next set to appear in Beijing,
    Shanghai ... before traveling to New Zealand", "the first doses ... arrived in Liberia"."""
    if _COUNTRY_SUBJECT.fullmatch(sent, visitor.end - off, t.start()):
        return True
    return any(
        m.country == visitor.country
        and m.end - off <= t.start()
        and _OFFICIAL_TRAVELLER.fullmatch(sent, m.end - off, t.start())
        for m in ms
    )


# travellers who hold no office: "A French delegation of executives, government officials and
# bankers is heading to China", "a business delegation"; "the first lady", "she" right after it
_BUSINESS_DELEGATION = re.compile(
    r"\b(?:business|corporate|industry|commercial)\s+delegations?\b|\bdelegations?\s+of\s+"
    r"(?:[\w-]+\s+){0,2}?(?:executives|business\w*|bankers|companies|industrialists|"
    r"entrepreneurs|investors|ceos|firms)\b",
    I,
)
_FIRST_LADY = re.compile(
    r"\bfirst\s+lady(?:['’]s)?\s+(?:(?!(?:and|with|president|prime|husband)\b)[\w-]+\s+){0,6}?$", I
)


def _not_official_visitor(sent: str, off: int, visitor: Mention, t: re.Match) -> bool:
    """Is the visitor a business delegation or the first lady (no office holder)?"""
    lo = max(0, visitor.start - off - 45)
    if _BUSINESS_DELEGATION.search(sent, lo, t.start()):
        return True
    return bool(_FIRST_LADY.search(sent, lo, visitor.start - off))


def _qualifies_person(rest: str) -> bool:
    """'U.S. resident', 'U.S. troops': a country name qualifying a noun for people who do
    not travel on government business ('U.S. delegation', 'U.S. trade officials' do)."""
    words = re.match(r"\s+([a-z][\w-]*)(?:\s+([\w-]+))?", rest)
    if not words or words.group(1) in _FUNCTION_WORDS:
        return False
    return not any(w and _PEOPLE_WHO_TRAVEL.match(w) for w in words.groups())


_FUNCTION_WORDS = {
    "and", "or", "has", "have", "had", "is", "was", "were", "are", "will", "would", "also",
    "on", "in", "to", "at", "for", "with", "last", "this", "next", "earlier", "later",
    "said", "says", "say", "announced", "plans", "planned", "wants", "hopes", "agreed", "sent",
}  # fmt: skip


# a visit named by a compound or possessive: "Trump Trip", "the Obama visit", "Xi's India trip"
_COMPOUND_GAP = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w.]*\s+){0,2}?")
# where a speaker spoke, not where the visit goes: "told reporters in Brussels"
_SAID_IN = re.compile(r"\b(?:reporters|said|says|told|speaking|statement)\s+(?:\w+\s+)?in\s+$", I)


def _compound_visit(sent: str, off: int, visitor: Mention, t: re.Match) -> bool:
    """Is the trigger a visit noun right after its visitor ("Pope Visit", "Putin's visit")?"""
    return t.group(0).lower() in ("visit", "trip", "tour") and bool(
        _COMPOUND_GAP.fullmatch(sent, visitor.end - off, t.start())
    )


def _sole_foreign_place(
    sent: str, off: int, places: list[Mention], visitor: Mention
) -> Mention | None:
    """The one foreign country the sentence names ("Riots In Delhi During Trump Trip"); a place
    written as where something is ("In Iraq") wins over another named in passing; else none."""
    foreign = [
        p
        for p in places
        if p.country
        and p.country != visitor.country
        and not _SAID_IN.search(sent, max(0, p.start - off - 40), p.start - off)
    ]
    for pool in ([p for p in foreign if p.location], foreign):
        if pool and len({p.country for p in pool}) == 1:
            return pool[-1]
    return None


# a visit told in an opening adjunct, its visitor the subject after it: "During a visit to
# Vienna, Barroso said", "On his first visit to Britain since taking office, Italian Prime
# Minister Mario Monti held talks" (not "During Trump's visit, ..." nor "On the day of ...")
_FRONTED_VISIT = re.compile(
    r"(?:^|^[^,;:()\"“”]{0,60}?\s)(?:during|on|while\s+on|in\s+the\s+course\s+of|at\s+the\s+(?:start|end)\s+of)"
    r"\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?$",
    I,
)
# the participle: "Speaking in a television address while visiting Brussels , Mr. Morsi said"
# (X038), "While visiting Beijing, Kerry said"
_FRONTED_VISITING = re.compile(r"(?:^|^[^,;:()\"“”]{0,60}?\s)(?:while|when)\s+$", I)
_PRONOUNS = ("his", "her", "he", "she", "their")
_ADJUNCT_COMMA = re.compile(r"[^,;:()\"“”—–]{0,150}?,\s+(?:the\s+|(?:Mr|Mrs|Ms|Dr)\.?\s+)?")


def _fronted_visit_subject(sent: str, off: int, ag: list[Mention], t: re.Match) -> Mention | None:
    """The subject after an opening "during a visit to X," adjunct: the visitor (or None)."""
    trig = t.group(0).lower()
    fronted = (
        _FRONTED_VISITING
        if trig == "visiting"
        else _FRONTED_VISIT
        if trig in ("visit", "trip to", "trip", "tour of", "tour to", "visits")
        else None
    )
    if fronted is None or not fronted.fullmatch(sent, 0, t.start()):
        return None
    comma = _ADJUNCT_COMMA.match(sent, t.end())
    if comma is None:
        return None
    return next(
        (m for m in ag if m.start - off == comma.end() and m.kind in ("person", "title", "group")),
        None,
    )


_IMPERSONAL_IN = re.compile(r"\b(?:it|this|that|which|what|there)\s+$", I)


# "the North Korean mission to the United Nations in Geneva": the body a permanent mission
# is accredited to (not "the IMF mission to Athens")
_TO_BODY = re.compile(
    r"\s+(?:the\s+)?(?:United\s+Nations|U\.\s?N\.|UN|European\s+Union|EU|NATO|OSCE|WTO|"
    r"OAS|African\s+Union|IAEA|Organi[sz]ation\s+(?:of|for)\s+[A-Z][\w\s]{0,40}?)\b(?!\s+(?:in|to)\s+(?!Geneva|New\s+York|Brussels|Vienna)[A-Z])"
)


_CAPTION_TAIL = re.compile(
    rf"\s+{_CAPTION_PLACE},?\s+(?:{_CAPTION_WEEKDAY},\s+)?{_CAPTION_DATE}\.?\s*$"
)
_SAID_BEFORE = re.compile(r"\bsaid\s$", I)
# "Obama said earlier Monday in", "Kerry said in" (the trigger starts after "said ")
# (an auxiliary or adverb between: "John Kerry had said in London", V040)
_SPEAKER_GAP = re.compile(r"\s+(?:(?:had|has|also|later|earlier)\s+)?said\s+", I)
_TELLER_GAP = re.compile(r"\s+(?:(?:had|has|also|later|earlier)\s+)?", I)  # "Pompeo also told"
# a modal before the journey: "Pompeo could travel to Beijing" ("may" lowercase: not "Theresa
# May visited"; not "may have visited", a guess at a past trip)
_MAY_VISIT = re.compile(
    r"\b(?:could|might|(?-i:may))\s+(?!have\b)(?:(?:also|still|soon|even|possibly|eventually)\s+)?$",
    I,
)
# a journey planned: "as the pontiff plans a trip to Muslim-dominated Albania on Sunday" (U035)
_PLANS_A = re.compile(r"\bplan(?:s|ned|ning)?\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}$", I)
_FILE_PHOTO = re.compile(r"\bfile\s+(?:photo|picture|image)\b", I)


def _caption(sent: str, t: re.Match) -> bool:
    """Is the trigger the place of a photo caption ("... in London, Britain, September 14, 2017.")?"""
    trig = t.group(0).lower()
    return (
        trig.endswith(", in") or trig == "in" and bool(_CAPTION_TAIL.match(sent.lower(), t.end()))
    )


def _caption_place_first(
    sent: str, off: int, ms: list[Mention], visitor: Mention, t: re.Match
) -> bool:
    """The caption's place is the first one after its subject and lies abroad: not "in the Rose
    Garden of the White House in Washington, U.S., ..." nor "upon his return to Washington, U.S.,
    from the G20 Summit in Hamburg, July 8, 2017"."""
    # after the caption's last named person ("Senior White House Advisor Ivanka Trump")
    last = max(
        (m.end for m in ms if m.agent and m.kind == "person" and m.end - off <= t.start()),
        default=0,
    )
    places = [
        m
        for m in ms
        if m.kind in ("country", "capital", "seat") and m.start >= max(visitor.end, last)
    ]
    here = next((p for p in places if p.start - off >= t.end()), None)
    return (
        here is not None
        and here.country != visitor.country
        and all(p.country == here.country for p in places if p.start <= here.start and p.location)
    )


# frequency words make a visit habitual: "Mr. Kerry also visited Pakistan several times to try
# to ease recurrent tensions" (Q032); GENERIC less "annual" ("his annual visit to Japan" is news)
_HABITUAL_VISIT = re.compile(
    r"\b(?:frequently|often|regularly|usually|routinely|several times|many times|repeatedly|"
    r"numerous times|countless times)\b",
    I,
)


# an agentive "by" right after the trigger or its place: "a visit by Xi", "a visit to the U.S. by
# German Chancellor Angela Merkel", "a trip to China made by ..." (not "accompanied by")
_BY_AGENT = re.compile(r"\s+(?:(?:made|paid|undertaken)\s+)?by\s+", I)
_TO_PLACE = re.compile(r"(?:\s+(?:to|of|in))?\s+(?:the\s+)?", I)


def _agentive_by(sent: str, off: int, places: list[Mention], t: re.Match) -> int | None:
    """Where the visitor named by an agentive "by" after the trigger starts (or None)."""
    by = _BY_AGENT.match(sent, t.end())
    if by is None:
        here = next((p for p in places if p.start - off >= t.end()), None)
        if here is not None and _TO_PLACE.fullmatch(sent, t.end(), here.start - off):
            by = _BY_AGENT.match(sent, here.end - off)
    return None if by is None else by.end()


# a journey under way: "is travelling to", "is heading to", "prepared to head"
_UNDER_WAY = re.compile(r"\b(?:is|are)\s+travel|\bis\s+heading|\bprepared\s+to\s+head", I)


# a body as a gathering's party or venue: "for a WTO meeting", "the NATO leaders' summit", "a
# summit of NATO", "talks with the EU" (not "for talks on trade and WTO reform")
_GATHERING_AFTER_BODY = re.compile(
    r"(?:['’]s?)?(?:\s+[\w'’-]+){0,2}?\s+(?:summit|meeting|conference|talks)\b", I
)
_GATHERING_BEFORE_BODY = re.compile(
    r"\b(?:summit|meeting|conference|talks)\s+(?:of|with|at)\s+(?:the\s+)?$", I
)


def _gathering_of(sent: str, off: int, body: Mention) -> bool:
    """Is the body named as a summit's, meeting's or talks' party or venue?"""
    return bool(
        _GATHERING_AFTER_BODY.match(sent, body.end - off)
        or _GATHERING_BEFORE_BODY.search(sent, max(0, body.start - off - 30), body.start - off)
    )


# a clause listing instances of the one before: "visited Pakistan several times ..., including a
# two-week visit after the raid" (Q032)
_INCLUDING = re.compile(r"\s*(?:including|among them)\b", I)


# what a guest is welcomed for doing is the object: "Ministers from Japan, Australia and Malaysia
# welcomed President Donald Trump directing officials to explore returning to the
# Trans-Pacific Partnership" (Q010) welcome a decision, not a visitor
_WELCOMED_DOING = re.compile(r"\s+(?!arriving\b|visiting\b|landing\b)[a-z]+ing\b")


# a determiner before "host(s)" makes it the noun: "the summit’s host, Canadian Prime Minister
# Justin Trudeau" (V030), "as host of the G7", "the hosts"
_HOST_NOUN = re.compile(r"(?:['’]s|\b(?:the|as|its|their|a))\s+$", I)


# a gathering "hosted by" someone names its host and no guest: "G-7 countries made the $20
# million aid offer ... at the Biarritz G-7 summit hosted by Macron" (allsides-5983)
_EVENT_HOSTED_BY = re.compile(
    # (not a dinner or reception: "Xi attended a state dinner hosted by Trump" names the guest)
    r"\b(?:summit|meeting|talks|conference|gathering|forum)\s+hosted\s+by\b",
    I,
)


# only an article between a word and the place after it: "leaving London", "in the Philippines"
_THE_GAP = re.compile(r"\s+(?:the\s+)?", I)


def rule_visit(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    trig = t.group(0).lower()
    if _OFFER.search(sent, max(0, t.start() - 90), t.start()):
        return _offer(sent, off, ms, t, "invitation.offer")
    if _wishful(sent, t) or _invited_to(sent, t):
        return []
    if re.search(
        r"(?:\bnot|\bnever|n['’]t)\s+(?:\w+\s+)?$", sent[max(0, t.start() - 20) : t.start()], I
    ):
        return []  # "had not visited", "has never been to", "didn't visit"
    if _EVER_ASKED.search(sent, max(0, t.start() - 80), t.start()):
        return []  # "asked him whether he had ever visited the Ecuadorian embassy in London"
    lo, hi = near_clause(sent, t.start(), t.end())
    if _INCLUDING.match(sent, lo):
        lo = near_clause(sent, max(0, lo - 2), lo)[0]  # "..., including a two-week visit"
    if _HABITUAL_VISIT.search(sent, lo, hi):
        # "Mr. Kerry also visited Pakistan several times" (Q032): habitual, not news (not a
        # clause beside it: "Xi, who has often criticised U.S. trade policy, arrived in Paris")
        return []
    if trig.startswith("travel") and (
        _BANNED_TRAVEL.search(sent, max(0, t.start() - 40), t.start())
        or _TRAVEL_NOUN.match(sent, t.end())
    ):
        # "a ban on travel to the U.S.", "would ban travel to and from the EU", "raised its
        # travel warnings", "expanding travel restrictions to include ... Iran"
        return []
    if trig.startswith("mission") and _TO_BODY.match(sent, t.end()):
        return []  # "Canada's mission to the United Nations": a permanent post, not a trip
    rel, rel_end = t.start() + off, t.end() + off
    after = sent[t.end() : t.end() + 60]
    if trig == "visit" and (to_un := _TO_UN.match(sent, t.end())):
        # "the president's visit to the U.N.": no host country, a meeting with the UN
        un = next((m for m in ms if m.country == "UN" and m.end - off == to_un.end()), None)
        return [] if un is None else _un_attendance(sent, off, ms, t, un, "meeting.un_visit")
    if trig in ("trip", "trips") and re.match(r"\s+(?:back|home)\b", after, I):
        return []  # "his long trip back to Washington": going home, no visit
    stay: Mention | None = None  # the place of "is in", "he’s in"
    if trig.startswith(("'s", "’s")) and not any(
        m.end == rel and m.kind in ("person", "title", "group") for m in ms
    ):
        return []  # "he’s in Washington": a person is there ("the world's in Asia" is not)
    if trig.startswith(
        ("is in", "was in", "were in", "are in", "is now in", "was now in", "sp", "'s", "’s")
    ):
        if sent[t.start() : t.start() + 2] == "IS" or _IMPERSONAL_IN.search(
            sent, max(0, t.start() - 8), t.start()
        ):
            return []  # "IS in Iraq" (Islamic State); "this was in America's interest"
        nxt = [m for m in ms if m.start >= rel_end][:1]
        if not nxt or nxt[0].kind not in ("country", "capital") or nxt[0].start - rel_end > 6:
            return []
        stay = nxt[0]
    departed = trig in _DEPARTED_FROM
    if departed and not _left_place(sent, off, ms, t):
        return []
    hosting = trig.startswith(("host", "welcom"))
    if trig in ("host", "hosts") and _HOST_NOUN.search(sent, max(0, t.start() - 12), t.start()):
        return []  # the noun: "berating the summit’s host, Canadian Prime Minister Justin Trudeau"
    if trig == "hosted" and _EVENT_HOSTED_BY.search(sent, max(0, t.start() - 16), t.end() + 4):
        return []  # "the Biarritz G-7 summit hosted by Macron": the summit's host, no guest
    met = False  # the visit names the person visited (or fêted): the two sides met too
    ag = _agents(ms)
    places = [m for m in ms if m.kind in ("country", "capital", "seat") and not m.former]
    visitor: Mention | None = None
    host: Mention | None = None
    location: Mention | None = None
    if hosting:
        left = _left(ag, rel)
        right = [m for m in _right(ag, rel_end) if not m.location]
        # "hosted a lavish reception for Trump": the guest of a dinner given in his honour
        feast = _HOSTED_FOR.match(sent, t.end())
        if not left:
            return []
        if feast and right and right[0].start - off - feast.end() <= 4:
            met = True
        elif not right or right[0].start - rel_end > 12:
            return []
        if (
            # ("welcomed the North Korean leader's commitment": a title or group's too)
            right[0].kind in ("person", "title", "group")
            and sent[right[0].end - off : right[0].end - off + 2]
            in (
                "'s",
                "’s",
            )
            and not (
                len(right) > 1
                and right[1].kind in ("person", "title", "group")
                and right[1].start - right[0].end <= 3
            )
        ):
            return []  # "Putin welcomes Trump's Syria withdrawal": the object is the withdrawal
        if _WELCOMED_DOING.match(sent, right[0].end - off):
            return []
        if right[0].kind not in ("person", "title", "group") and not (
            len(right) > 1
            and right[1].kind in ("person", "title", "group")
            and right[1].start - right[0].end <= 3
        ):
            return []  # "hosts Japan's Abe" is fine; "hosted the talks" is not a visit
        host, visitor = left[-1], right[0]
        if visitor.kind not in ("person", "title", "group"):
            visitor = next(
                (m for m in right[1:] if m.kind in ("person", "title", "group")), visitor
            )
        location = next((p for p in places if p.country == host.country and p.location), None)
    elif trig == "visiting" and (guest := _visiting_guest(sent, off, ag, t)) is not None:
        # "Xi met visiting Russian President Putin": the guest visits the one who met him
        host, visitor = guest
        location = next((p for p in places if p.country == host.country and p.location), None)
    else:
        left = [m for m in _left(ag, rel)]
        # "Pompeo's North Korea trip", "Kim Jong Un's visit"
        poss = [
            m
            for m in left
            if m.kind in ("person", "title", "group")
            and sent[m.end - off : m.end - off + 2] in ("'s", "’s")
        ]
        persons = [m for m in left if m.kind in ("person", "title", "group")]
        visitor = (poss or persons or left or [None])[-1]
        if trig.startswith("speaking"):
            visitor = _speaker_there(sent, off, ag, places, t)
            if visitor is None:
                return []
        told = trig.startswith("told")  # "Pompeo told reporters in Tokyo"
        if told or _SAID_BEFORE.search(sent, max(0, t.start() - 6), t.start()):
            # "Mr. Obama said in Beijing": the speaker said it there; not "he said in the
            # Senate", "said in an interview on Fox News", "said in a speech at Davos"
            gap = _TELLER_GAP if told else _SPEAKER_GAP
            visitor = next(
                (m for m in persons if gap.fullmatch(sent, m.end - off, t.start())), None
            )
            here = next((p for p in places if p.start - off >= t.end()), None)
            if (
                visitor is None
                or visitor.kind != "person"
                or visitor.text.lower() in _PRONOUNS
                or here is None
                or here.kind not in ("country", "capital")
                or not _THE_GAP.fullmatch(sent, t.end(), here.start - off)
                or _BODY_CITY.match(sent, here.start - off)
            ):
                return []
        if _caption(sent, t):
            # the caption opens with its subject, a named official ("U.S. Secretary of State
            # Rex Tillerson speaks"); an archive photo is background
            visitor = next(
                (m for m in persons if m.kind == "person" and m.text.lower() not in _PRONOUNS), None
            )
            if (
                visitor is None
                or visitor.start - off > 60
                or _FILE_PHOTO.search(sent)
                or not _caption_place_first(sent, off, ms, visitor, t)
            ):
                return []
        rel_clause = _WHO_HAS.search(sent, max(0, t.start() - 40), t.start())
        if rel_clause and not any(
            m.end - off <= rel_clause.start()
            and _ANTECEDENT_GAP.fullmatch(sent, m.end - off, rel_clause.start())
            for m in left
        ):
            return []  # "any foreign national who has visited Iran": not a named official
        if all(m.text.lower() in _PRONOUNS for m in persons) and (
            subject := _fronted_visit_subject(sent, off, ag, t)
        ):
            # "During a visit to Vienna, Barroso said ...", "On his first visit to Britain ...,
            # Italian Prime Minister Mario Monti held talks" ("his" is the subject's)
            visitor = subject
        # "a visit to the U.S. by German Chancellor Angela Merkel", "a trip to China made by
        # French Prime Minister Francois Fillon" (not "Xi's trip ... was marked by cordiality",
        # "Trump's visit to Japan was hailed by Prime Minister Shinzo Abe")
        by_at = None if poss else _agentive_by(sent, off, places, t)
        if trig == "arrival":
            # "the arrival of President Bush", "Kim Jong Un's arrival": a person arrives
            of = re.match(r"\s+of\s+", sent[t.end() :], I)
            if not of and not poss:
                return []
            visitor = poss[-1] if poss else None
            by_at = t.end() + of.end() if of else None
        if by_at is not None and trig.startswith(("visit", "arrival", "trip", "tour", "journey")):
            after_by = [
                m for m in ag if m.start - off >= by_at and m.kind in ("person", "title", "group")
            ]
            if after_by and after_by[0].start - off - by_at < 30:
                visitor = after_by[0]
        if visitor is None:
            return []
        if departed and (
            visitor.kind not in ("person", "title", "group")
            or sent[visitor.end - off : visitor.end - off + 2] in ("'s", "’s")
            or _SPEECH_VERB.search(sent, visitor.end - off, t.start())
        ):
            # "the U.S. left Afghanistan", "Putin's bombing left Syria", "Trump said businesses
            # were leaving China": the official is not the one who leaves
            return []
        if (
            visitor.kind in ("country", "capital", "adjective")
            and not (by_at is not None and visitor.start - off > t.start())
            and not _country_travels(sent, off, ms, visitor, t)
        ):
            return []  # a private traveller, troops or goods of that country, not its officials
        if visitor.kind == "group" and (
            visitor.noun.split()[-1:] in (["nationals"], ["troops"], ["forces"])
            or re.search(r"\b(?:he|she)\b", sent[visitor.end - off : t.start()], I)
        ):
            # "Chinese nationals who were visiting the US"; "Canadian authorities, who
            # feared he had ... when he tried to travel to Turkey"
            return []
        if _not_official_visitor(sent, off, visitor, t):
            return []
        pv = _PRIVATE_VISITOR.search(sent, max(0, t.start() - 60), t.start())
        if (
            pv
            and visitor.kind not in ("person", "title", "group")
            and not any(m.start - off < pv.end() and m.end - off > pv.start() for m in ms)
        ):
            return []  # "says Professor Dodge, who visits Iraq": no office holder travels
        if (
            visitor.kind == "country"
            and " " not in visitor.text.replace(visitor.name, "")
            and _qualifies_person(sent[visitor.end - off :])
        ):
            return []  # "the U.S. resident had visited": the country only qualifies a person
        # "the arrival of President Bush in Berlin": the place follows the visitor
        dest = max(rel_end, visitor.end) if trig == "arrival" else rel_end
        cand_places = [p for p in places if p.start >= dest and p.country != visitor.country]
        near_before = [
            p
            for p in places
            if p.end <= rel and p.start >= visitor.end and p.country != visitor.country
        ]
        if (
            cand_places
            and cand_places[0].start - dest < 30
            and (
                cand_places[0].location
                or cand_places[0].start - dest <= 2
                # "a trip to Muslim-dominated Albania" (U035)
                or bool(_HYPHEN_ADJ.fullmatch(sent, t.end(), cand_places[0].start - off))
                # "leaves for the United States on Friday", "left the United States"
                or trig.startswith(("depart", "leav", "left"))
                and re.fullmatch(r"\s+the\s+", sent[t.end() : cand_places[0].start - off])
                # "attending a parade in north Nicosia"
                or trig.startswith("attend")
                and _IN_PART_OF.fullmatch(sent, t.end(), cand_places[0].start - off)
            )
        ):
            location = cand_places[0]
        elif near_before:
            location = near_before[-1]
        if departed:
            # only the place left right after the verb: "left Washington for Tokyo" is no stay
            left_at = next((p for p in places if p.start >= rel_end), None)
            location = left_at if left_at is not None and left_at is location else None
        if stay is not None and location is not stay:
            return []  # "while he's in Washington" of a US official: no stay abroad
        # host: an agent of the location country ("meeting with President Moon")
        if location is not None:
            host = next(
                (
                    m
                    for m in ag
                    if m.country == location.country
                    and m is not location
                    and m.kind in ("person", "title", "gov", "group")
                ),
                None,
            )
        else:
            # "South Korea has planned Kim Jong Un's visit": the subject is the host
            others = [m for m in left if m is not visitor and m.country != visitor.country]
            if others and poss:
                host = others[0]
            elif trig in ("visit", "visits", "visited"):  # "visiting X": X is the visitor
                # "McCain recently visited Mr Blair": the person visited is the host
                host = _visited_person(sent, off, ms, t, visitor)
                met = host is not None
        if location is None and host is None and _compound_visit(sent, off, visitor, t):
            location = _sole_foreign_place(sent, off, places, visitor)
        if location is None and trig.endswith(("tour", "tours")):
            return []  # "Pope's Historic US Tour" with the place unread: no guess at the host
        if location is not None and _own_border(sent, off, places, visitor, location):
            return []  # "Harris To Visit U.S.-Mexico Border": her own side of it
    if visitor is None or (location is None and host is None):
        return []
    if host is None and any(
        m.kind == "org" and m.start >= rel and _gathering_of(sent, off, m) for m in ms
    ):
        # travel to a multilateral summit venue is a meeting, not a state visit (a body
        # named before the journey does not make it one: "angered EU leaders when he went
        # on visits to Kyiv ... for talks")
        return []
    if (
        location is not None
        and not hosting
        and _third_party_purpose(sent, off, ms, visitor, location)
    ):
        return []
    loc_country = location.country if location else host.country  # type: ignore[union-attr]
    if loc_country == visitor.country or not loc_country:
        return []
    if {visitor.country, loc_country} == {"VAT", "ITA"}:
        return []  # the Vatican lies in Rome: a pope in Italy, or Italians at the Vatican, is no state visit
    if loc_country in _BODY_SEATS.get(visitor.country, ()):
        return []  # "Ms. Malmstrom told reporters in Brussels": an EU official at the EU's seat
    status = "occurred"
    own = near_clause(sent, t.start(), t.end())[0]  # where the trigger's clause opens
    told = _quotes_blanked(sent, t.start())
    pre = told[max(0, t.start() - 50) : t.start()]
    if negated_future(told, sent, t.start(), t.end()):
        return []  # "Trump will not travel to Davos": nothing planned, nothing made
    if denied_event(sent, t.start(), t.end()):
        status = "denied"
    elif gathering_cancelled(sent, t.start(), t.end()):
        status = "cancelled"
    elif _RECORD.search(pre):
        status = "occurred"
    elif (
        cancel_sought_near(sent, t.start(), t.end())
        # (a quotation's tense is its speaker's: '"This will take effect next week, 5%," Trump
        # said during his visit to London', V043)
        # (sees "good" before "will"; a journey under way only in the trigger's own clause)
        or any(
            f.start() >= own or not _UNDER_WAY.match(told, f.start())
            for f in future_hits(told, sent, t.start(), t.end())
        )
        or _PLANS_A.search(pre)
        or re.search(r"\b(?:will|to)\s+(?:\w+\s+)?$", pre, I)
        # (the trigger's own verb or one before it in its clause, not "Trump, who is travelling
        # with first lady Melania Trump, arrived", nor "visited Seoul and is heading to Tokyo")
        or _UNDER_WAY.search(sent, own, t.end())
        # on the way, not there yet: "Trump Heads To Asia", headline "Ex-Spy Chief Headed To U.S."
        or trig in ("heads to", "heading to", "head to")
        or trig.startswith(("depart", "leav", "left"))  # "before departing for Ethiopia": next stop
        and not departed
        or trig == "headed to"
        and (sent[t.start()] + sent[t.end() - 2]).isupper()
        or re.match(r"headed to", trig)
        and re.search(r"\b(?:is|are|am|was|were)\s+(?:now\s+)?$", pre, I)
    ):
        status = "planned"
    if (
        status == "occurred"
        and not hosting
        and _compound_visit(sent, off, visitor, t)
        and re.search(r"\b(?:before|ahead of)\s+(?:the\s+)?$", sent[: visitor.start - off], I)
    ):
        status = "planned"  # "2 Days Before Pope Visit"
    if status in ("occurred", "planned") and _sought(sent, t):
        status = "proposed"
    if status == "planned" and conditional_after(sent, t.start(), t.end()):
        status = "proposed"  # "Trump would visit Britain if invited"
    if status in ("occurred", "planned") and _MAY_VISIT.search(
        told, max(own, t.start() - 30), t.start()
    ):
        status = "proposed"  # "Trump may visit Britain next year": a possibility, no trip set
    if host is None and location is not None and location.kind in ("country", "capital", "seat"):
        # "Assad visits UAE": the visited country's government is the host
        host = replace(location, kind="country", location=False, rank="government")
    roles = [(visitor, "visitor")]
    if host is not None:
        roles.append((host, "host"))
    if location is not None:
        roles.append((location, "location"))
    out = [
        Candidate(
            "state_visit",
            status,
            roles,
            t.span(),
            "visit." + ("host" if hosting else "travel"),
            0.75,
            variant="host" if hosting else "",
            location=location,
        )
    ]
    if met and host is not None:
        parts = [(visitor, "participants"), (host, "participants")]
        out.append(Candidate("leaders_meeting", status, parts, t.span(), "meeting.visited", 0.6))
    if location is None or hosting or visitor.kind not in ("person", "title", "group"):
        return out
    # "visits to Kyiv, Moscow and Beijing": one visit per place listed
    stops = [(location, host)]
    for p in _place_list(sent, off, places, location):
        if p.country in (visitor.country, *(x.country for x, _ in stops)):
            continue
        h = next(
            (m for m in ag if m.country == p.country and m.kind in ("person", "title", "gov")),
            replace(p, kind="country", location=False, rank="government"),
        )
        stops.append((p, h))
        roles = [(visitor, "visitor"), (h, "host"), (p, "location")]
        out.append(replace(out[0], roles=roles, location=p))
    # "arrives in Indonesia for talks", "visits to Kyiv ... for talks": a visit with talks
    # (TAXONOMY) held with the host, when no other counterpart is named for them
    last = max((p for p, _ in stops), key=lambda p: p.end)
    purpose = _FOR_TALKS.match(sent, last.end - off)
    if (
        purpose
        and host is not None
        and not any(
            # (the host named again is no other counterpart: "to begin discussions on a second
            # trade deal with China", U017)
            m.agent
            and m.start - off >= last.end - off
            and m.country not in (visitor.country, host.country)
            for m in ms
        )
    ):
        talks = "planned" if _ON_THE_WAY.match(trig) else status
        for p, h in stops:
            parts = [(visitor, "participants"), (h, "participants"), (p, "location")]
            out.append(
                Candidate(
                    "leaders_meeting", talks, parts, t.span(), "meeting.visit_purpose", 0.6,
                    location=p,
                )
            )  # fmt: skip
    return out


_HYPHEN_ADJ = re.compile(r"\s+(?:to\s+)?(?:the\s+)?[\w]+-[\w]+\s+", I)
_IN_PART_OF = re.compile(
    r"\s+(?:in|at)\s+(?:the\s+)?(?:north|south|east|west|northern|southern|eastern|western|central)?\s*",
    I,
)
# "hosted a lavish reception for Trump", "hosts a state dinner in honour of Xi"
_HOSTED_FOR = re.compile(
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:dinner|banquet|reception|lunch|luncheon|breakfast)\s+"
    r"(?:for|in\s+honou?r\s+of)\s+",
    I,
)
_PLACE_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?:to\s+)?(?:the\s+)?", I)
# the journey's purpose right after its destination: "for talks", "for a special summit meeting"
_FOR_TALKS = re.compile(
    r"(?:\s+(?:this|last|next|on|in)\s+\w+|\s+at\s+a\s+later\s+date|\s+[\"“][^\"“”]{1,40}[\"”])?"
    r"(?:\s+for\s+(?:(?:a|an|the|two|three|two-day|three-day|"
    r"special|official|urgent|emergency|further|more|fresh|new|direct|bilateral|peace|trade)\s+){0,3}"
    r"(?:talks|negotiations|consultations|summit\s+meeting|meetings?)\b"
    # "plans to travel to Beijing "at a later date" to begin discussions on a second trade deal"
    # (U017), "to travel to Beijing "in the not too distant future" to launch those discussions"
    # (P010)
    r"|\s+to\s+(?:hold|begin|start|open|launch|conduct|resume)\s+(?:(?:a|the|those|these|new|fresh|"
    r"further|more|direct|bilateral|peace|trade)\s+){0,2}"
    r"(?:talks|negotiations|consultations|discussions)\b"
    # "At a later date I will be going to Beijing where talks will begin on Phase Two!" (U017)
    r"|,?\s+where\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|discussions)\s+(?:will|would)\s+"
    r"(?:begin|start|open|be\s+held|take\s+place)\b)",
    I,
)
# a journey under way: its talks are still to come ("Arrives In North Korea For Talks")
_ON_THE_WAY = re.compile(
    r"(?:arrives|arriving|lands|heads|heading|travels|travell?ing|flies|flying)\b"
)


# the journey's purpose after the place is a gathering of a group or talks with a third side:
# "were in Washington on Thursday for a meeting of the coalition" (P025), "departed for
# Singapore ahead of his Tuesday meeting with North Korean leader Kim Jong Un" (U028)
_GATHERING_PURPOSE = re.compile(
    r"(?:\s+(?:this|last|next|on|in|early|late)\s+\w+)?,?\s+(?:for|ahead\s+of|before|to\s+attend)\s+"
    r"(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meetings?|summit|talks|negotiations|conference|session|gathering)\s+(?P<link>of|with)\s+",
    I,
)


def _third_party_purpose(
    sent: str, off: int, ms: list[Mention], visitor: Mention, location: Mention
) -> bool:
    """Travel to a venue for a group's meeting, or for talks with a side other than the
    place's, is a meeting at a third location, not a visit (TAXONOMY Conventions)."""
    m = _GATHERING_PURPOSE.match(sent, location.end - off)
    if m is None:
        return False
    if m.group("link").lower() == "of":
        return True
    nxt = next((x for x in ms if x.start - off >= m.end() and x.agent), None)
    return (
        nxt is not None
        and nxt.start - off - m.end() <= 40
        and nxt.country not in (location.country, visitor.country)
    )


def _place_list(sent: str, off: int, places: list[Mention], first: Mention) -> list[Mention]:
    """The places listed right after ``first``: 'to Kyiv, Moscow and Beijing'."""
    out: list[Mention] = []
    prev = first
    for p in sorted((p for p in places if p.start >= first.end), key=lambda p: p.start):
        if not _PLACE_GAP.fullmatch(sent, prev.end - off, p.start - off):
            break
        out.append(p)
        prev = p
    return out


# "met (with) visiting ...", "talks with visiting ...", "a banquet for visiting ..."
_BEFORE_VISITING = re.compile(
    r"\b(?:met|meets|meeting|talks|conference|received|receives|greeted|greets|with|for|"
    # "Xi Jinping told visiting U.S. President Donald Trump", "Abe and visiting Trump"
    r"told|tells|assured|assures|urged|urges|asked|asks|warned|warns|thanked|thanks|briefed|"
    r"hosted|hosts|welcomed|welcomes|hailed|and)\s+"
    r"(?:the\s+)?$",
    I,
)


_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b", I)
_HYPHEN = re.compile(r"\s*[-–]\s*")


def _own_border(
    sent: str, off: int, places: list[Mention], visitor: Mention, location: Mention
) -> bool:
    """The place is the far side of a border compound with the visitor's own country."""
    if not _BORDER_AFTER.match(sent, location.end - off):
        return False
    return any(
        p.country == visitor.country
        and p.end <= location.start
        and _HYPHEN.fullmatch(sent, p.end - off, location.start - off)
        for p in places
    )


def _visiting_guest(
    sent: str, off: int, ag: list[Mention], t: re.Match
) -> tuple[Mention, Mention] | None:
    """(host, visitor) of 'A met visiting B': B, an office holder named right after
    'visiting', and A, the nearest office holder or government of another country before."""
    if not _BEFORE_VISITING.search(sent, max(0, t.start() - 30), t.start()):
        return None
    # "visiting Russian President Putin", "visiting NATO chief Jens Stoltenberg"
    nxt = [
        m
        for m in ag
        if m.start - off >= t.end()
        and m.kind in ("person", "title", "group")
        and re.fullmatch(r"\s+(?:[\w.-]+\s+){0,3}", sent[t.end() : m.start - off])
    ][:1]
    if not nxt or sent[nxt[0].end - off : nxt[0].end - off + 2] in ("'s", "’s"):
        return None
    visitor = nxt[0]
    hosts = [
        m
        for m in ag
        if m.end - off <= t.start()
        and m.country
        and m.country != visitor.country
        and not m.location
        and m.kind in ("person", "title", "gov", "group")
    ]
    if hosts:
        return hosts[-1], visitor
    # "Speaking at a news conference with visiting NATO chief Jens Stoltenberg, Turkish
    # Foreign Minister Mevlut Cavusoglu said": the subject after the opening clause
    after = [m for m in ag if m.start >= visitor.end and not m.location]
    if (
        after
        and after[0].country
        and after[0].country != visitor.country
        and after[0].kind in ("person", "title", "group")
        and re.fullmatch(r",\s+(?:the\s+)?", sent[visitor.end - off : after[0].start - off], I)
    ):
        return after[0], visitor
    return None


# a departure from a place ("left", "leaving"), not to one ("left for"): the place follows
_DEPARTED_FROM = ("left", "leaving", "departed", "departing")
# what may follow the place left, so it is the object and not a noun's modifier ("left Iran
# deal") nor the start of another sense of "left" ("left Iran with no choice", "has left Syria
# to Russia and Iran", "left Iraq in ruins"): "before leaving London.", "left D.C. without an
# inked trade deal" (Q030), "left Beijing on Friday"
_AFTER_LEFT_PLACE = re.compile(
    r"\s*(?:[,.;:!?)\"”—–]|$)|\s+(?:for|after|before|without|amid|empty-handed|having|following|"
    r"this|last|early|late|earlier|later|today|yesterday|tonight|"
    r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"on\s+(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d)\b",
    I,
)


# a speaker's verb between the official and the departure: someone else leaves
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|warned|warns|argued|argues|claimed|claims|noted|notes|added)\b",
    I,
)


# cities where bodies meet: a minister who "told reporters in Brussels" (u743) or "said in
# Geneva" attends the EU's or the UN's meeting there, not a visit to Belgium or Switzerland
_BODY_CITY = re.compile(r"(?:Brussels|Geneva|Strasbourg)\b")
_APPOSITIVE_COMMA = re.compile(r",\s+")  # "Obama, speaking in Beijing, said"


def _speaker_there(
    sent: str, off: int, ag: list[Mention], places: list[Mention], t: re.Match
) -> Mention | None:
    """Who is "speaking in" the place: the subject after an opening "Speaking in Australia on
    Monday, Kerry said", or the person before an appositive "Obama, speaking in Laos, said"."""
    here = next((p for p in places if p.start - off >= t.end()), None)
    if (
        here is None
        or here.kind not in ("country", "capital")
        or not _THE_GAP.fullmatch(sent, t.end(), here.start - off)
        or _BODY_CITY.match(sent, here.start - off)
    ):
        return None  # "speaking in Spanish", "speaking in Congress"
    if not sent[: t.start()].strip(" \"“”'‘’"):
        comma = _ADJUNCT_COMMA.match(sent, here.end - off)
        if comma is None:
            return None
        return next(
            (m for m in ag if m.start - off == comma.end() and m.kind in ("person", "title")),
            None,
        )
    return next(
        (
            m
            for m in ag
            if m.kind in ("person", "title")
            and m.text.lower() not in _PRONOUNS
            and _APPOSITIVE_COMMA.fullmatch(sent, m.end - off, t.start())
        ),
        None,
    )


def _left_place(sent: str, off: int, ms: list[Mention], t: re.Match) -> bool:
    """Is the word after "left"/"leaving" a place left ("before leaving London")?"""
    nxt = next((m for m in ms if m.start - off >= t.end()), None)
    return (
        nxt is not None
        and nxt.kind in ("country", "capital", "seat")
        and bool(_THE_GAP.fullmatch(sent, t.end(), nxt.start - off))
        and bool(_AFTER_LEFT_PLACE.match(sent, nxt.end - off))
    )


def _visited_person(
    sent: str, off: int, ms: list[Mention], t: re.Match, visitor: Mention
) -> Mention | None:
    """The foreign office holder named right after 'visited' ('visited Mr Blair')."""
    nxt = [m for m in ms if m.start - off >= t.end()][:1]
    if not nxt or not nxt[0].agent or nxt[0].kind not in ("person", "title"):
        return None
    m = nxt[0]
    gap = sent[t.end() : m.start - off]
    if m.country == visitor.country or not m.country:
        return None
    if not re.fullmatch(r"\s+(?:(?:Mr|Mrs|Ms|Dr|the)\.?\s+)?", gap):
        return None
    if sent[m.end - off : m.end - off + 2] in ("'s", "’s"):
        return None  # "visited Blair's constituency"
    return m


_TO_UN = re.compile(
    r"\s+to\s+the\s+(?:U\.N\.|UN|United\s+Nations)(?!\s+(?:Security|General|ambassador)|-)"
)


GATED_PATTERNS = _gate_sentence_patterns(globals())
