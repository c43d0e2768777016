"""The detector pipeline for one story.

sentences -> actor mentions (gazetteer, titles, coreference) -> trigger rules per type
-> filters (news not background, two sides) -> merge per (type, actor countries)
-> implied visits -> status, date, attribution, evidence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache

from streams.detector import dates as dates_mod
from streams.detector.branches import Alternatives
from streams.detector.gazetteer import Gazetteer
from streams.detector.literal_scan import LiteralFinder, LocatedPattern, PrefilterGroup
from streams.detector.literals import Prefiltered, required_literals
from streams.detector.mentions import (
    AMBIGUOUS,
    Mention,
    MentionFinder,
    _namesake,
    _noun_rank,
    other_bearer,
)
from streams.detector.model import Actor, Attribution, Event, Evidence, Story, codes_for
from streams.detector.rules import (
    _BOUNDARY_CHARS,
    KEYWORDS,
    RULES,
    TRIGGERS_LC,
    Candidate,
    lower_same_length,
    many_party_pact,
    talks_as_process,
)
from streams.detector.scan import GateScanner
from streams.detector.text import (
    Sentence,
    clause_spans,
    mask_explainer_boxes,
    mask_link_blurbs,
    prepare_headline,
    split_sentences,
)

DETECTOR_VERSION = "0.1.0"
MAX_ANALYSED_CHARS = 100_000

_SPECIFICITY = {
    "person": 5,
    "title": 4,
    "group": 3,
    "gov": 3,
    "seat": 2,
    "org": 2,
    "country": 1,
    "capital": 1,
    "adjective": 0,
}
_MULTILATERAL = {
    "EU",
    "NATO",
    "G7",
    "G8",
    "G20",
    "UN",
    "AU",
    "ASEAN",
    "OPEC",
    "OSCE",
    "GCC",
    "SCO",
    "BRICS",
}

# "the 2011 trade deal", "after the country's 1979 revolution"
_THE_YEAR = re.compile(
    r"\b(?:the|its|his|her|their|[A-Za-z]+['’]s)\s+((?:19|20)\d\d)\b(?!\s*(?:-|–|to)\s*\d)"
)
# "In 2009, China ..." opens many a sentence (other capitals are title-case headlines:
# "U.S. Withdraws From 1987 Pact" is news)
_PAST_YEAR = re.compile(
    r"\b(?:[Ii]n|since|during|from|of|until)\s+(?:(?:early|late|mid-?)\s*)?((?:19|20)\d\d)\b(?!\s*(?:,|-)\s*\d)"
)
_BACKGROUND = re.compile(
    r"\b(?:last year(?:'s|’s)?|(?:two|three|four|five|several|many|\d+)\s+years?\s+ago|a year ago|"
    # (not a bare "decades": "the first visit by a Japanese leader in four decades" is news)
    r"in the (?:(?:early|late|mid-?)\s*)?(?:19|20)\d0s|years? earlier|decades?\s+(?:ago|earlier)|"
    r"(?:\w+|\d+) (?:months?|years?) (?:to the day )?(?:after|before|earlier|ago)|"
    # "Xi Jinping's visit to Trump's Mar-a-Lago Florida retreat last spring" (allsides-2913)
    r"last (?:spring|summer|fall|autumn|winter)|"
    # a year the story narrates: "Later that year, at the climate talks in Paris" (allsides-4940)
    r"(?:later|earlier|early|late) that year|that same year)\b",
    re.IGNORECASE,
)
_LAST_YEARS_SUBJECT = re.compile(r"\s*(?:[—–-]\s*)?[Ll]ast year['’]s\b")
_MONTH_IN = re.compile(  # "in July", "in a July phone call" (not "in the November election")
    # ("In July, the U.N. Security Council unanimously endorsed the nuclear deal" opens a sentence)
    # ("the WHO conducted its own fact-finding mission to China at the end of January", told in
    # April; "traveled to China in early March": a part of the month dates it just the same)
    # ("at" only before "the end of": "Macron laughed at May", "At May's request" name her)
    r"\b(?:(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil)\s+(?:an?\s+|(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|"
    r"(?:early|late|mid-?)\s*)?|[Aa]t\s+the\s+(?:end|start|beginning|middle)\s+of\s+)"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)(?!['’]s)"
)
# "his July phone call", "Trump's July call with Zelensky", "Trump's July 25 phone call with
# Ukrainian President Volodymyr Zelensky" (Y045), "At a July news conference with
# French President Emmanuel Macron" (T008): an event named by its month
_MONTH_POSS = re.compile(
    r"\b(?:his|her|their|its|an?|the|[A-Z][\w.-]*['’]s)\s+(January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+(?:\d{1,2}\s+)?(?:[\w-]+\s+)?(?:call|conversation|meeting|"
    r"summit|visit|trip|talks|conference)\b"
)
# "the accord reached in Minsk last February", "last July's alliance summit", "In a speech in
# Stockholm this past June" (R018, a November story)
_LAST_MONTH = re.compile(
    r"\b(?:last|this\s+past)\s+(January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?!\s+\d)"
)
_MONTH_NAME = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
# "July 25", "Dec. 2, 2013", "25 July 2019": a dated event; "March 2018", "an August 2017 law"
_MONTH_DAY = re.compile(
    rf"\b{_MONTH_NAME}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:-|–|to)\s*\d)(?:,?\s+((?:19|20)\d\d)\b)?"
    rf"|\b(\d{{1,2}})\s+{_MONTH_NAME}(?:\s+((?:19|20)\d\d)\b)?"
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH_NAME}\s+((?:19|20)\d\d)\b")
_OLD_DAYS = 60  # an event dated further back than this is background, not news
# a year: r"\b(?:19|20)\d\d\b" written to start with a character class (the regex engine
# then skips ahead to candidates in C; a leading \b tries every position): before a digit,
# \b is "no word character before it", the negative lookbehind over the [12] just read
_ANY_YEAR = re.compile(r"[12](?<!\w.)(?:(?<=1)9|(?<=2)0)\d\d\b")

_AGENCIES = re.compile(
    r"\b(RIA Novosti|TASS|Tass|Interfax|Xinhua|KCNA|Yonhap|Kyodo|IRNA|Anadolu|Reuters|Associated Press|AFP|"
    r"Agence France-Presse|Bloomberg|CCTV|Global Times|People's Daily|Al Jazeera|SANA|WAM|Deutsche Welle|"
    r"NHK|Press TV|Fars|Tasnim|Sputnik|Ukrinform|ANSA|EFE|dpa|state media|state television|state TV|"
    r"state news agency|official news agency|RIA)\b"
)
_REPORT_VERB = r"(?:said|says|say|reported|reports|told|confirmed|confirms|announced|announces|stated|claimed|claims|added|insisted|denied|denies)"
# a cited source: capitalised words, a few joiners and the office nouns inside a source's
# name ("Kremlin spokesman Dmitry Peskov", "U.S. officials", "Chinese state media")
_PHRASE = (
    r"([A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|de|al|bin|spokes(?:man|woman|person)"
    r"|officials?|press secretary|(?:foreign |defen[cs]e )?minist(?:er|ry)|state media"
    r"|news agency|sources)(?![\w’'-]))*)"
)
_SOURCE_PATTERNS = (
    re.compile(
        r"\b(?:citing|[Aa]ccording to|quoted|quoting)\s+(?:a |an |the |its |his |her )?"
        r"(?:(?:[a-z]+\s){0,2})?" + _PHRASE
    ),
    re.compile(
        r"(?:^|(?<=[,“”\"—–]\s)|(?<=\.\s)|(?<=[“\"]))(?:[Tt]he\s+)?"
        + _PHRASE
        + r"(?:'s office|’s office)?\s+(?:has\s+|have\s+|also\s+|later\s+)?"
        + _REPORT_VERB
        + r"\b"
    ),
    re.compile(r"[,”\"]\s*(?:said|says|according to)\s+(?:the\s+)?" + _PHRASE),
)
# "citing", "according to", "said": a sentence without the words has no source
_SOURCE_GATED = tuple(Prefiltered(rx) for rx in _SOURCE_PATTERNS)
# the claimer opens the headline: a name phrase, no clause ("Pompeo Meets Lavrov, Says ...")
_HEADLINE_CLAIM = re.compile(
    # (bounded runs: a headline may be any length)
    r"^(?![^,;:]{0,60}?\b(?:Meets?|Met|Visits?|Visited|Hosts?|Hosted|Holds?|Held|Calls?|Called|"
    r"Signs?|Signed|Talks|Arrives?|Arrived)\s[^,;:]{0,60}?\s(?:Says|says|Say|say)\b)"
    r"([^,;:]{2,60}?)\s+(?:Says|says|Say|say|Confirms|confirms|Claims|claims)\b|:\s*(Official|Report|Officials|Sources?)\s*$"
)
# the claimer after the news: "Trump Will Meet With Kim By May, South Korea Says"
_HEADLINE_CLAIM_END = re.compile(
    r",\s+([A-Z][^,:;]{1,40}?)\s+(?:Says|says|Say|say|Confirms|confirms|Claims|claims)\s*$"
)
_NOT_SOURCE = {
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "This",
    "That",
    "In",
    "On",
    "Mr",
    "News",
}


# "citing Russia's role", "citing Moscow's meddling": a reason, not a source; a source named
# with a possessive or before a lowercase word is one with a source noun after it
_CITED_OWNER = re.compile(r"['’]s?$")
_CITED_NOUN = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:ministry|ministries|officials?|sources?|statements?|agency|agencies|"
    r"spokes(?:man|woman|person)|media|television|tv|newspapers?|reports?|diplomats?|embassy|"
    r"government|leaders?|officers?|authorities|minister|president|envoy|ambassador|[A-Z])"
)
_CITED_LOWER = re.compile(
    r"\s+(?!(?:as|on|in|and|of|for|to|that|who|which|at|with|from|by|"
    r"after|before|over|about|was|were|is|are|has|had|have|said|says)\b)[a-z]"
)


def source_spans(s: Sentence) -> list[tuple[int, int, str]]:
    """Spans (absolute offsets) of the people or bodies a sentence cites as its source."""
    out: list[tuple[int, int, str]] = []
    for i, rx in enumerate(_SOURCE_GATED):
        for m in rx.finditer(s.text):
            text = m.group(1).strip(" .,")
            text = re.sub(r"\s+(?:as|on|in|and|of|for)$", "", text)
            if not text or text.split()[0] in _NOT_SOURCE or len(text) < 3:
                continue
            # a lowercase word after the name rejects it only right after "citing" ("according
            # to a statement from Ukraine's Foreign Ministry issued ..." is a source)
            direct = s.text.startswith("citing ", m.start()) and m.start(1) == m.start() + 7
            if i == 0 and (
                _CITED_OWNER.search(text) or (direct and _CITED_LOWER.match(s.text, m.end(1)))
            ):
                if not _CITED_NOUN.match(s.text, m.end(1)):
                    continue
            out.append((s.start + m.start(1), s.start + m.start(1) + len(text), text))
    if s.is_headline:
        hm = _HEADLINE_CLAIM_END.search(s.text) or _HEADLINE_CLAIM.search(s.text)
        if hm:
            g = 1 if hm.group(1) else 2
            out.append((s.start + hm.start(g), s.start + hm.end(g), hm.group(g).strip()))
    return out


def _mark_sources(
    sents: list[Sentence], mentions: list[list[Mention]], active: set[int]
) -> tuple[list[list[Mention]], list[list[tuple[int, int, str]]]]:
    """Flag mentions that are the cited source of a sentence (only sentences with triggers)."""
    spans_all = []
    out = []
    for s, ms in zip(sents, mentions, strict=True):
        spans = source_spans(s) if s.index in active else []
        spans_all.append(spans)
        if not spans:
            out.append(list(ms))
            continue
        out.append(
            [
                replace(m, source=True)
                if any(a <= m.start and m.end <= b for a, b, _ in spans)
                else m
                for m in ms
            ]
        )
    return out, spans_all


@lru_cache(maxsize=1)
def _finder() -> MentionFinder:
    return MentionFinder(Gazetteer.default())


@lru_cache(maxsize=1)
def _gate() -> GateScanner:
    return GateScanner(KEYWORDS, _BOUNDARY_CHARS, _finder().sides)


def story_day(story: Story) -> date | None:
    p = story.published
    if p is None:
        return None
    if isinstance(p, datetime):
        return p.date()
    return p


def detect(story: Story) -> list[Event]:
    """Detect diplomatic events in one story (deterministic)."""
    # a bound on the work per story: wire stories are a few thousand characters; the rest of
    # an enormous one (a transcript, a data dump) is not read
    text = mask_explainer_boxes(mask_link_blurbs(story.text[:MAX_ANALYSED_CHARS]))
    # a background piece's headline blanked, an all-caps one in title case (offsets kept)
    text = prepare_headline(text, len(story.headline))
    # one fast scan finds the keywords and over-approximates the sides: most stories stop here
    keywords, rough = _gate().scan(text)
    if not keywords:
        return []
    finder = _finder()
    rough.extend(finder.title_hits(text))
    rough.sort()
    if len({c for _, c in rough}) < 2 or not finder.sides_near(rough, keywords):
        return []
    hits = finder.side_hits(text)
    if len({c for _, c in hits}) < 2:
        return []
    if not finder.sides_near(hits, keywords):
        return []
    lowered = lower_same_length(text)  # of the whole text: str.lower reads ahead (final sigma)
    gaz = Gazetteer.default()
    day = story_day(story)
    # nothing after the last keyword that has a side near it can matter (coreference looks
    # back): analyse the story up to a sentence or two past it
    starts = [h[0] for h in hits]
    near = [
        p
        for p in keywords
        if bisect.bisect_right(starts, p + 200) > bisect.bisect_left(starts, p - 200)
    ]
    cut = min(len(text), max(near) + 1000) if near else len(text)
    text = text[:cut]
    # trigger words found once over the whole story; only their sentences are analysed,
    # with the headline, the lead and the sentences just before them as context
    sents = split_sentences(text, len(story.headline))
    active = _sentences_with(near, sents)
    if day:
        ref_year: int | None = day.year
    else:
        years = [int(y) for y in _ANY_YEAR.findall(text)]
        ref_year = max(years) if years else None
    # the trigger matches that are news (not background): without any there is no event,
    # and the mentions (the costly part) need not be found
    triggers = _news_triggers(sents, active, lowered, day, ref_year)
    if all(old for *_, old in triggers):
        return []
    context = _context(sents, active)
    found = [m for a, b in _ranges(sents, context) for m in finder.find(text[a:b], a, day)]
    found = _former_throughout(found, gaz, day)
    hl = len(story.headline)
    found = _unintroduced(found, text, finder, hl)
    found = [m for m in found if not _BASED.match(text, m.end)]
    found = [m for m in found if not (m.start > hl and _LAW_NAME.match(text, m.end))]
    # an event needs two sides: a story naming fewer than two countries or bodies has none
    if len({m.country for m in found if m.country}) < 2:
        return []
    mentions = _by_sentence(found, sents)
    mentions = _filter_ambiguous(mentions)
    mentions = _coreference(text, sents, mentions, active, context)
    # who a sentence cites only matters where a rule reads it: the headline, trigger sentences
    cited = active & {0, *[t[0].index for t in triggers]}
    mentions, spans = _mark_sources(sents, mentions, cited)

    headline_agents = (
        [m for m in mentions[0] if m.agent and m.kind in ("person", "title")]
        if sents and sents[0].is_headline
        else []
    )
    headline_sides = (
        [m for m in mentions[0] if m.agent and not m.location and not m.source]
        if sents and sents[0].is_headline
        else []
    )
    lead = _lead_index(sents)
    cands: list[tuple[Sentence, Candidate]] = []
    dated: set[tuple[str, frozenset[str]]] = set()  # events the story dates to long ago
    heads: dict[int, list[int]] = {}  # meeting nouns per sentence ("Trump Summit")
    summits: list[tuple[int, list[Mention]]] = []  # "summit" nouns read so far, with sides
    for s, _, _, etype, m, _ in triggers:
        if etype == "leaders_meeting" and _MEETING_NOUN.fullmatch(m.group(0)):
            heads.setdefault(s.index, []).append(m.start())
    for s, clauses, ci, etype, m, old in triggers:
        ms = mentions[s.index]
        local, (ka, kb) = _clause_mentions(
            ms,
            s.start,
            clauses,
            ci,
            m.start(),
            s.text,
            etype in _LISTED_SUBJECT_TYPES,
            etype in _SITTING_TYPES,
        )
        if etype == "leaders_meeting":
            local = _own_compound(s, local, m, heads.get(s.index, ()))
        if ", who " in s.text:
            local = _outside_relative(s.text, s.start, ms, local, m.start())
        unquoted = _outside_told(s.text, s.start, local, m.start(), etype)
        if unquoted is None:
            continue
        local = unquoted
        borrowed = False
        if (
            etype == "leaders_meeting"
            and s.index
            and m.group(0).lower() == "summit"
            and len({x.country for x in local if x.agent}) < 2
            and _BACK_REFERENCE.search(s.text, 0, m.start())
        ):
            # "He had canceled the planned June 12 summit" under "Trump Suggests North Korea
            # Summit Could Still Happen": the summit named before, with its sides
            sides = _antecedent_sides(s.index, local, summits)
            borrowed = sides is not None
            if sides is not None:
                sides = _at_back_reference(s, sides, local, m.start())
            local = sides or local
        if etype == "leaders_meeting" and not old and m.group(0).lower() == "summit":
            summits.append((s.index, local))
        if (
            etype == "leader_call"
            and len({x.country for x in local if x.agent}) < 2
            and headline_agents
        ):
            local = [*headline_agents, *local]
        elif (
            etype == "agreement"
            and s.index
            and m.group(0).startswith("agree")
            and not m.group(0).startswith("agreement")
            and len({x.country for x in local if x.agent}) < 2
        ):
            # "we have agreed to ..." under a headline naming the two sides
            local = [*headline_sides, *local]
        if (
            etype == "leaders_meeting"
            and not s.is_headline
            and talks_as_process(s.text, s.start, ms, m)
        ):
            continue  # "the progress Trump is making in trade talks with China": no sitting
        view = " " * ka + s.text[ka:kb] + " " * (len(s.text) - kb)
        for c in RULES[etype](view, s.start, local, m):
            if not _lawmakers_fit(c):
                continue
            if c.extra.get("lead_only") and s.index != lead:
                continue  # a named pact's parties, outside the headline, lead and dated news
            if borrowed:
                if len(_party_countries(c)) < 2:
                    continue
                c.extra["borrowed"] = True
            if old:
                a, b = clauses[ci]
                if _long_ago(s.text[a:b], day, ref_year):
                    dated.add((etype, _core_countries(c.roles)))
                continue
            if c.type in ("leaders_meeting", "state_visit"):
                c.roles = [(_administration(s.text, s.start, m0), r) for m0, r in c.roles]
            if c.type == "leaders_meeting":
                c.roles = _speaker_at_meeting(s, c.roles, m)
            if c.status == "planned" and _CANCELLED_AFTER.match(s.text, kb):
                c.status = "cancelled"  # "were due to meet in Chile but that event was canceled"
            c.extra["explicit"] = (
                c.status != "occurred" or bool(_PAST_CUE.search(view)) or c.extra.get("done", False)
            )
            if c.type in _PRESENT_FOR_FUTURE and c.status in ("planned", "occurred"):
                if _begins_today(s.text[ka:kb], day):
                    # "the G-20 summit ..., which begins Thursday" (told on a Thursday)
                    c.status = "occurred"
                    c.extra["explicit"] = True
                elif c.status == "occurred" and _ARRIVE_NOW.search(s.text[ka:kb]):
                    # a caption: "Trump and Melania Trump arrive at the airport in Biarritz"
                    c.extra["explicit"] = True
            if (
                not c.extra["explicit"]
                and c.type in _PRESENT_FOR_FUTURE
                and not s.is_headline
                and (_coming_weekday(s.text[ka:kb], day) or _coming_time(s.text[ka:kb], day))
            ):
                c.status = "planned"  # "Lee visits the UAE on Saturday" (published Friday)
                c.extra["explicit"] = True
            if (
                c.type in _PRESENT_FOR_FUTURE
                and c.status == "occurred"
                and _named_by_coming_month(s.text, m.end(), kb, day)
            ):
                c.status = "planned"  # "what OPEC decides to do at its meeting in June" (in May)
                c.extra["explicit"] = True
            elif (
                c.type in _PRESENT_FOR_FUTURE
                and c.status == "planned"
                and _PAST_TIME_AFTER.match(s.text, m.end())
            ):
                c.status = "occurred"  # "to meet Obama at London's Stansted airport last week"
                c.extra["explicit"] = True
            if (
                c.type == "leaders_meeting"
                and c.status == "occurred"
                and s.is_headline
                and not c.extra["explicit"]
                and _SUMMIT_NOUN_HEADLINE.fullmatch(s.text)
            ):
                c.status = "planned"  # "Trump's Putin Summit Gamble": a summit named, none held
            cands.append((s, c))
    # the ids of the cited sources each event (by its index) keeps as parties
    sourced: list[frozenset[str]] = []
    events = _build_events(
        story,
        _unborrowed_first(cands),
        day,
        gaz,
        dict(zip((x.index for x in sents), zip(spans, mentions, strict=True), strict=True)),
        sourced,
    )
    if dated:
        kept = [i for i, e in enumerate(events) if not _retold(e, dated, day)]
        events, sourced = [events[i] for i in kept], [sourced[i] for i in kept]
    events = [_between_sides(e) for e in events]
    named = {m.country for m in found}
    events = [_named_parties(e, named) for e in events]
    implied = _implied_visits(events)
    events.extend(implied)
    sourced.extend(frozenset() for _ in implied)
    # keyed by the id of each event as it is now: `events` keeps them all alive through the
    # merge, so no id is reused (an event replaced on the way has a new one)
    by_id = {(id(e), a) for e, ids in zip(events, sourced, strict=True) for a in ids}
    events = _summit_trips(_summit_venues(_visit_venues(_merge(events, by_id))))
    return sorted(events, key=lambda e: (e.evidence.start, e.type, [a.id for a in e.actors]))


# strings one of which each trigger match contains (None: no such set found)
_TRIGGER_LITERALS = {k: required_literals(p) for k, p in TRIGGERS_LC.items()}
# each trigger pattern's top-level alternatives: a sentence runs only those it may match
_TRIGGER_ALTERNATIVES = {k: Alternatives(p) for k, p in TRIGGERS_LC.items()}
_TRIGGER_ANY_LITERAL = LiteralFinder(
    {x for a in _TRIGGER_ALTERNATIVES.values() for x in a.literals}
)
_Trigger = tuple[Sentence, list[tuple[int, int]], int, str, re.Match[str], bool]


def _lead_index(sents: list[Sentence]) -> int:
    """The lead's sentence index: the first of the body, past a body line that only repeats the
    headline, or a caption's stub before it ("Collapse 2. | Paris pullout: Now, US cities and
    states respond", T021)."""
    head = sents[0].text.strip() if sents and sents[0].is_headline else ""
    for s in sents[1:3]:
        line = s.text.strip()
        if head and head in line and len(line) < len(head) + 40 and s.index + 1 < len(sents):
            return s.index + 1
    return 1


_LAWMAKER_TYPES = ("leader_call", "leaders_meeting", "state_visit")


def _lawmakers_fit(c: Candidate) -> bool:
    """Lawmakers (Speaker Pelosi, Senator McCain) are parties to calls, meetings and visits
    with a named foreign office holder; not to deals or sanctions, and not to 'talks with
    Iran' or a meeting of their own caucus."""
    lawmakers = [m for m, _ in c.roles if m.rank == "legislator"]
    if not lawmakers:
        return True
    if c.type not in _LAWMAKER_TYPES:
        return False
    own = {m.country for m in lawmakers}
    return any(
        m.kind in ("person", "title") and m.rank != "legislator" and m.country not in own
        for m, role in c.roles
        if role != "location"
    )


def _news_triggers(
    sents: list[Sentence], active: set[int], lowered: str, day: date | None, ref_year: int | None
) -> list[_Trigger]:
    """Trigger matches of the active sentences, in text and rule order, that are news, or
    are calls the story dates long ago (:data:`_RETOLD`): (sentence, its clauses, the
    trigger's clause index, event type, match, whether it is old)."""
    out: list[_Trigger] = []
    mine = [s for s in sents if s.index in active]
    if not mine:
        return out
    # the trigger literals of the active text, then of each sentence: a regex alternative
    # whose literals a sentence lacks cannot match there and is not tried
    span = lowered[mine[0].start : mine[-1].end]
    story_literals = _TRIGGER_ANY_LITERAL.present(span)
    for s in mine:
        low = lowered[s.start : s.end]
        present = {x for x in story_literals if x in low}
        clauses: list[tuple[int, int]] | None = None
        background: dict[int, bool] = {}
        for etype, alternatives in _TRIGGER_ALTERNATIVES.items():
            pattern = alternatives.narrowed(present)
            if pattern is None:
                continue  # no match possible: skip the (slow) regex
            for m in pattern.finditer(low):
                if clauses is None:
                    clauses = clause_spans(s.text)
                ci = next(i for i, (a, b) in enumerate(clauses) if a <= m.start() < b)
                if ci not in background:
                    a, b = clauses[ci]
                    a = _with_split_words(s.text, clauses, ci)
                    background[ci] = (
                        _is_background(s.text[a:b], day, ref_year)
                        or _dated_by_next(s.text, clauses, ci, ref_year)
                        or _dated_by_prev(s.text, clauses, ci)
                        or bool(_AGO_AFTER.match(s.text, b))
                        or (clauses[ci][0] == 0 and _after_dated_sentence(sents, s, ref_year))
                        or _on_that_day(sents, s, day, ref_year)
                        or bool(_PAST_OPENER.match(s.text))
                        or (ci > 0 and _dated_opener(s.text, clauses, day, ref_year))
                    )
                old = (
                    (background[ci] and not _recent_trigger(s.text, m))
                    or _named_past(s.text, m, ref_year)
                    or _past_reference(s.text, clauses[ci], m)
                    or _in_past_relative(s.text, m.start(), day, ref_year)
                )
                if old and etype not in _RETOLD:
                    continue
                out.append((s, clauses, ci, etype, m, old))
    return out


# a sentence opening on a bare time adjunct split off as a clause of its own: "In mid-2012 | ,
# after exchanging messages through the Arab state of Oman, Iranian and American officials
# secretly met to lay the groundwork for potential nuclear talks" (P044)
_YEAR_OPENER = re.compile(
    r"\W*(?:[Ii]n|[Dd]uring|[Bb]ack\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\.?\s+)?"
    r"(?:\d{1,2},?\s+)?(?:19|20)\d\d\s*"
)


def _dated_opener(
    text: str, clauses: list[tuple[int, int]], day: date | None, ref_year: int | None
) -> bool:
    """Is the sentence's first clause a bare time adjunct ('In mid-2012') dated long ago?"""
    a, b = clauses[0]
    return bool(_YEAR_OPENER.fullmatch(text, a, b)) and _is_background(text[a:b], day, ref_year)


# a time clause pointing back at a sentence before: "Originally passed in 2012, the Magnitsky
# law empowers ... . Because the law ..., its passage made the Kremlin absolutely furious.
# After it was passed, the Russian government retaliated with its own kind of sanctions" (Q034)
_AFTER_THAT = re.compile(
    r"\W*(?:(?:soon|shortly|right)\s+)?(?:after|following)\s+(?:it|that|this|they|these)\b[^,;.]{0,30},",
    re.IGNORECASE,
)


def _after_dated_sentence(sents: list[Sentence], s: Sentence, ref_year: int | None) -> bool:
    """Does ``s`` open with 'After it was passed,' when the nearest sentence (of the three
    before it) that names a year names only earlier years?"""
    if ref_year is None or not s.index or not _AFTER_THAT.match(s.text):
        return False
    for prev in [x for x in sents if s.index - 3 <= x.index < s.index][::-1]:
        years = _years(prev.text)
        if years:
            return max(years) < ref_year
    return False


# an opener that dates the sentence by the one told before it: "That same day, Lighthizer flew to
# Mexico City to meet with his counterparts from Mexico and Canada to sign the modified USMCA"
# (W025, after "... since a US-Jordan deal in 2001"), "In the preceding days, a WHO delegation
# conducted a field visit to Wuhan" (R032, under "January 22:" in a March story), "That week,
# she also met with other U.S. lawmakers" (allsides-4492, after "in December 2018")
_THAT_DAY = re.compile(
    r"\W*(?:(?:(?:That|The)\s+(?:same\s+|very\s+)?|(?:Later|Earlier)\s+that\s+)"
    r"(?:day|week|weekend|month|morning|afternoon|evening|night)|"
    r"The\s+(?:next|following|previous)\s+(?:day|week|weekend|month|morning|evening)|"
    r"The\s+day\s+(?:before|after)|"
    r"(?:In|Over|During)\s+the\s+(?:preceding|following|ensuing|previous)\s+(?:few\s+)?(?:days|weeks)|"
    r"(?:(?:A|One|Two|Three|Four|Five|Several|A\s+few)\s+)?(?:days?|weeks?|hours?)\s+later|"
    r"(?:Days|Weeks|Hours)\s+later)\s*,",
)
# an opener that sets the whole sentence in the past, a habit or a history: "In the past we have
# seen Moscow looking to talk/sending peace signals just before important EU/G7/NATO meetings"
# (allsides-2523), "Historically, ..." (not "In the past hours, I have spoken on the telephone to
# the French President", allsides-268: a span up to now)
_PAST_OPENER = re.compile(
    r"\W*(?:[Ii]n\s+the\s+past|[Hh]istorically)\b"
    r"(?!\s+(?:few\s+|several\s+|couple\s+of\s+|\d+\s+|\w+\s+)?(?:hours?|days?|weeks?|months?|year|years|decades?)\b)"
)
# a sentence that tells a time: a year, a month, a weekday or a recent time word
_TIME_TOLD = re.compile(
    r"\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?i:today|yesterday|tonight)|"
    r"(?i:(?:this|last)\s+(?:week|weekend|night)|(?:earlier|later)\s+this\s+(?:week|month)))\b"
)
# a time of the last days: "on Monday", "this week", "two days ago" (a clause told as recent)
_TIME_RECENT = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|"
    r"this\s+(?:week|weekend|night|month)|last\s+(?:week|weekend|night)|"
    r"(?:earlier|later)\s+this\s+(?:week|month)|days?\s+ago|hours?\s+ago)\b",
    re.IGNORECASE,
)


def _on_that_day(
    sents: list[Sentence], s: Sentence, day: date | None, ref_year: int | None
) -> bool:
    """Does ``s`` open with 'That same day,' or 'Days later,' when the nearest sentence (of the
    five before it) that tells a time dates its events long ago?"""
    if not s.index or not _THAT_DAY.match(s.text):
        return False
    for prev in [x for x in sents if s.index - 5 <= x.index < s.index and not x.is_headline][::-1]:
        if _TIME_TOLD.search(prev.text):
            return not _TIME_RECENT.search(prev.text) and _is_background(prev.text, day, ref_year)
    return False


# clause_spans breaks before a time word ("year") two words ahead, and so leaves "a" or "two" of
# "A year ago, Obama negotiated a deal" (O013) or "Obama signed it two years ago" in a clause of
# its own: those words go back with the clause the time phrase opens, or date the one it ends
_SPLIT_WORD = re.compile(r"\s*[\w-]+\s*")
# "came two years to the day | after Trump met with Putin in Helsinki" (allsides-365): a clause
# opening on "after" that a span of months or years before it sets back in time
# ("Then, just months | before the Paris summit, President Obama and China's Xi Jinping stood
# side by side at the White House" (Q043): months before an event, older still)
_AFTER_START = re.compile(r"\s*(?:after|before)\b", re.IGNORECASE)
_SPAN_BEFORE = re.compile(
    # (not "this year" or "next year": "Oil prices have climbed this year | after ...")
    r"\b(?!(?:this|next|last|the|that|same)\b)(?:\w+|\d+)\s+(?:months|years?)(?:\s+to\s+the\s+day)?\s*$",
    re.IGNORECASE,
)


# "less than two months | before Russia's President Vladimir Putin and President Barack Obama
# are to meet": an event still ahead, months before another, is not dated back
_AHEAD = re.compile(
    r"\b(?:will|would|(?:is|are)\s+(?:to|due|set|expected|scheduled)|next|upcoming)\b",
    re.IGNORECASE,
)


def _dated_by_prev(text: str, clauses: list[tuple[int, int]], ci: int) -> bool:
    """'two years to the day | after Trump met Putin': months or years before "after"/"before"."""
    a, b = clauses[ci]
    start = _AFTER_START.match(text, a)
    if not start or not _SPAN_BEFORE.search(text, max(0, a - 40), a):
        return False
    return start.group(0).strip().lower() == "after" or not _AHEAD.search(text, a, b)


_AGO_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){1,2}(?:months|years?)\s+(?:ago|earlier)\b", re.IGNORECASE
)


_AGO_START = re.compile(r"\s*(?:months|years?)\s+(?:ago|earlier)\b", re.IGNORECASE)


def _with_split_words(text: str, clauses: list[tuple[int, int]], ci: int) -> int:
    """The start of clause ``ci`` with the one-word clauses split off right before it, when
    it opens with "year(s) ago" or "months earlier"."""
    a = clauses[ci][0]
    if not _AGO_START.match(text, a):
        return a
    while ci > 0 and _SPLIT_WORD.fullmatch(text, clauses[ci - 1][0], clauses[ci - 1][1]):
        ci -= 1
        a = clauses[ci][0]
    return a


# a call the story dates to long ago ("Trump's July 25 call with Zelensky") is the same old
# call when it comes back undated ("the call", "the phone conversation"). Not meetings: the
# same two sides meet again and again (one dated round of talks is no reason to drop the next)
_RETOLD = {"leader_call"}
_RECENT = re.compile(
    r"\b(?:today|tonight|yesterday|this|last (?:week|night)|now|currently|(?:is|are) in|"
    r"recent\w*|latest|new|next|upcoming|will|plans?|hours?|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


# a recency cue right before the trigger dates it, whatever older date the clause holds later
# ("during a trip to Moscow last year, and ... during Putin's recent visit to New Delhi")
_RECENT_BEFORE = re.compile(
    r"\b(?:recent(?:ly)?|last\s+week|this\s+week|yesterday|today|earlier\s+this\s+(?:week|month))\b"
    r"[^,;:.!?]*$",
    re.IGNORECASE,
)


_OWN_DATE = re.compile(
    r"\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b"
)


def _recent_trigger(text: str, trig: re.Match) -> bool:
    """'Putin's recent visit to New Delhi': recent, unless a date follows it ('recent visit to
    the United States in September')."""
    return bool(
        _RECENT_BEFORE.search(text, max(0, trig.start() - 40), trig.start())
        and not _OWN_DATE.search(text, trig.end(), trig.end() + 40)
    )


_TIME_CLAUSE = re.compile(r"[\s,;—–-]*(?:after|following|before)\b", re.IGNORECASE)


def _dated_by_next(
    text: str, clauses: list[tuple[int, int]], ci: int, ref_year: int | None
) -> bool:
    """'broke off relations with Iran | after the country's 1979 revolution': a time clause
    right after the trigger's clause dates its event to an earlier year."""
    if ref_year is None or ci + 1 >= len(clauses):
        return False
    a, b = clauses[ci + 1]
    nxt = text[a:b]
    if _dated_after_aside(text, clauses, ci, ref_year):
        return True
    if not _TIME_CLAUSE.match(nxt):
        return False
    return any(y < ref_year for y in _years(nxt))


# "withdrew from the Iran nuclear deal | — also known as the JCPOA | — in May 2018, and ...":
# the date right after a dash aside dates the clause before the aside
_DASH_OPENERS = ("—", "–", "-")
_AFTER_ASIDE = re.compile(r"\s*[—–-]+\s*(?:back\s+)?(?:in|on|during)\s+[^,;]{1,25}", re.IGNORECASE)


def _dated_after_aside(text: str, clauses: list[tuple[int, int]], ci: int, ref_year: int) -> bool:
    """Is clause ``ci`` followed by a dash aside and then a date long ago?"""
    if ci + 2 >= len(clauses):
        return False
    if text[clauses[ci + 1][0] : clauses[ci + 1][0] + 2].strip() not in _DASH_OPENERS:
        return False
    head = _AFTER_ASIDE.match(text, clauses[ci + 2][0], clauses[ci + 2][1])
    return head is not None and _long_ago(head.group(0), None, ref_year)


def _core_countries(roles: list[tuple[Mention, str]]) -> frozenset[str]:
    return frozenset(m.country for m, r in roles if m.country and r not in ("venue", "location"))


def _years(text: str) -> list[int]:
    """The years a text dates something to ("in 2009", "the 2011 deal")."""
    return [int(m.group(1)) for m in (*_PAST_YEAR.finditer(text), *_THE_YEAR.finditer(text))]


def _long_ago(clause: str, day: date | None, ref_year: int | None) -> bool:
    """Dated by an earlier year or a date months back ("last month" is not long ago)."""
    if ref_year is not None and any(y < ref_year for y in _years(clause)):
        return True
    return _dated_long_ago(clause, day, ref_year)


def _retold(e: Event, dated: set[tuple[str, frozenset[str]]], day: date | None) -> bool:
    """Is ``e`` an undated (or old-dated) retelling of an event the story dates long ago?"""
    core = frozenset(a.country for a in e.actors if a.role not in ("venue", "location"))
    text = e.evidence.text
    if (e.type, core) not in dated or _RECENT.search(text):
        return False
    # a date of its own within the last weeks makes it another, recent call
    return not _MONTH_DAY.search(text) or _dated_long_ago(text, day, None)


def _former_throughout(found: list[Mention], gaz: Gazetteer, day: date | None) -> list[Mention]:
    """A person introduced as "former Foreign Secretary Boris Johnson" and in no office on
    the day is former in the rest of the story too ("Johnson said ...")."""
    first: dict[str, bool] = {}
    for m in found:
        if m.kind == "person":
            first.setdefault(m.id, m.former)
    if not any(first.values()):
        return found
    for pid in [p for p, f in first.items() if f]:
        if gaz.person_status(pid, day)[0] == "in_office":
            first[pid] = False  # "ex-Trump adviser": the modifier, not the president
    return [replace(m, former=True) if m.kind == "person" and first.get(m.id) else m for m in found]


def _unintroduced(
    found: list[Mention], text: str, finder: MentionFinder, body: int
) -> list[Mention]:
    """Drop bare surnames of office holders when the story introduces only someone else with
    that surname: "Rian Johnson ... Johnson's film", "Jimmy Fallon ... a call from Fallon"."""
    bare = {m.id: m.text for m in found if m.kind == "person" and " " not in m.text}
    drop = {pid for pid, sur in sorted(bare.items()) if finder.other_namesake(text, pid, sur, body)}
    if not drop:
        return found
    return [m for m in found if not (m.kind == "person" and m.id in drop and " " not in m.text)]


def _sentences_with(positions: list[int], sents: list[Sentence]) -> set[int]:
    """Indexes of the sentences that contain any of the (sorted) positions."""
    out: set[int] = set()
    i = 0
    for pos in positions:
        while i < len(sents) and pos >= sents[i].end:
            i += 1
        if i == len(sents):
            break
        if pos >= sents[i].start:
            out.add(sents[i].index)
    return out


_CONTEXT_BEFORE = 2  # sentences before a trigger sentence that coreference may need
_LEAD = 2  # body sentences that introduce the story's people in full


def _context(sents: list[Sentence], active: set[int]) -> set[int]:
    """Sentences worth finding mentions in: the headline, the lead, each active sentence
    and the few before it (pronouns and surnames look back)."""
    out = {s.index for s in sents[: _LEAD + 1]}
    for i in active:
        out.update(range(max(0, i - _CONTEXT_BEFORE), i + 1))
    return out


def _ranges(sents: list[Sentence], keep: set[int]) -> list[tuple[int, int]]:
    """Character ranges covering runs of consecutive kept sentences."""
    out: list[tuple[int, int]] = []
    prev = -2
    for s in sents:
        if s.index not in keep:
            continue
        if s.index == prev + 1 and out:
            out[-1] = (out[-1][0], s.end)
        else:
            out.append((s.start, s.end))
        prev = s.index
    return out


def _by_sentence(found: list[Mention], sents: list[Sentence]) -> list[list[Mention]]:
    """Distribute story-wide mentions to the sentences that contain them."""
    out: list[list[Mention]] = [[] for _ in sents]
    i = 0
    for m in found:
        while i < len(sents) and m.start >= sents[i].end:
            i += 1
        if i == len(sents):
            break
        if m.start >= sents[i].start and m.end <= sents[i].end:
            out[i].append(m)
    return out


# ------------------------------------------------------------------ clauses
_MEETING_NOUN = re.compile(r"(?:summit|talks|meeting|negotiations)", re.IGNORECASE)
# a definite noun phrase ending at a meeting noun, which refers back to one named before:
# "the planned June 12 summit", "this week's summit", "the first Trump-Kim summit" (its
# modifiers: names, numbers, participles and a few adjectives; "a summit" introduces one)
_BACK_REFERENCE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|(?:[Tt]his|[Ll]ast) (?:week|month)['’]s)\s+"
    r"(?:(?:[A-Z0-9][\w.’'-]*|[a-z]+ed|upcoming|recent|first|second|historic|landmark"
    r"|bilateral|private|high-level|two-day|one-day)\s+){0,3}$"
)
_ANTECEDENT_BACK = 2  # sentences before a back reference its antecedent may be in


def _antecedent_sides(
    index: int,
    local: list[Mention],
    summits: list[tuple[int, list[Mention]]],
) -> list[Mention] | None:
    """The sides of the summit a definite 'the summit' refers back to, with ``local``.

    The antecedent is the latest summit named in the headline or the two sentences before;
    its sides and this clause's must make exactly two countries.
    """
    near = [x for i, x in summits if index - _ANTECEDENT_BACK <= i < index or i == 0]
    if not near:
        return None
    theirs = [x for x in near[-1] if x.agent and not x.location and not x.source]
    if len({x.country for x in theirs + local if x.agent}) != 2:
        return None
    return [*theirs, *local]


def _at_back_reference(
    s: Sentence, sides: list[Mention], local: list[Mention], trig: int
) -> list[Mention]:
    """The borrowed sides placed on the words that refer back when the clause names no side
    ("The summit will take place in North Korea": "The"), so a rule reading the trigger's
    clause reads them there; a country stands for its leaders, who hold the summit (and
    travel to it)."""
    br = _BACK_REFERENCE.search(s.text, 0, trig)
    if br is None or any(x.agent for x in local):
        return sides  # the clause names a side itself: the borrowed ones stay where named
    a = s.start + br.start()
    text = br.group(0).rstrip()
    out = []
    for x in sides:
        if x not in local:
            x = replace(x, start=a, end=a + len(text), text=text)
            if x.kind == "country":
                x = replace(
                    x, kind="group", rank="head_of_state", name=f"{x.name} leaders", noun="leaders"
                )
        out.append(x)
    return out


def _party_countries(c: Candidate) -> set[str]:
    return {x.country for x, r in c.roles if r not in ("location", "venue") and x.country}


def _unborrowed_first(cands: list[tuple[Sentence, Candidate]]) -> list[tuple[Sentence, Candidate]]:
    """Drop a candidate whose sides came from another sentence when the story has the same
    event from a sentence naming its sides (so it adds events, never changes one), unless it
    alone says where the event is held ("The summit will take place in North Korea")."""
    own = {(c.type, frozenset(_party_countries(c))) for _, c in cands if "borrowed" not in c.extra}
    placed = {
        (c.type, frozenset(_party_countries(c)))
        for _, c in cands
        if "borrowed" not in c.extra and c.location is not None
    }
    return [
        (s, c)
        for s, c in cands
        if "borrowed" not in c.extra
        or (key := (c.type, frozenset(_party_countries(c)))) not in own
        or c.location is not None
        and key not in placed
    ]


def _own_compound(
    s: Sentence, local: list[Mention], trig: re.Match, heads: list[int] | tuple[int, ...]
) -> list[Mention]:
    """'Threatens To Reconsider Trump Summit, Cancels South Korea Talks': a side naming
    another meeting noun ("South Korea Talks") is that meeting's, not this one's."""
    others = [h for h in heads if h != trig.start()]
    if not others:
        return local
    mine = [x for x in local if s.text[x.end - s.start : trig.start()] == " "]
    if not mine:
        return local
    theirs = {
        id(x)
        for x in local
        for h in others
        if x.agent and s.text[x.end - s.start : h] == " " and x.country != mine[0].country
    }
    kept = [x for x in local if id(x) not in theirs]
    return kept if theirs and len({x.country for x in kept if x.agent}) >= 2 else local


def _clause_mentions(
    ms: list[Mention],
    off: int,
    clauses: list[tuple[int, int]],
    ci: int,
    trig: int,
    text: str = "",
    listed: bool = False,
    sitting: bool = False,
) -> tuple[list[Mention], tuple[int, int]]:
    """Mentions of the trigger's clause and the text range the rule may read.

    The subject of the main clause joins when the trigger's clause has none before the
    trigger ("..., meeting Putin in Moscow"), with the sides listed with it when ``listed``
    ("Germany and France both said after meetings with Samaras"); the whole sentence is used
    when the clause alone names fewer than two sides (for a ``sitting``, less a contrasting
    clause's sides).
    """
    a, b = clauses[ci]
    local = [m for m in ms if a <= m.start - off < b]
    before_trigger = [m for m in local if m.end - off <= trig and m.agent]
    if ci > 0 and not before_trigger:
        prev = [m for m in ms if m.agent and m.start - off < a]
        quote = _LEADING_QUOTE.match(text)
        if quote:
            # '"... Greece ...," Moscovici told reporters': the speaker is the subject
            prev = [m for m in prev if m.start - off >= quote.end()] or prev
        if prev:
            near = listed and _NEAR_CLAUSE_START.fullmatch(text, a, trig) is not None
            subject = _coordinated(text, prev, off) if near else prev[:1]
            return [*subject, *_spoke_in(text, ms, off, a, prev[0]), *local], (
                prev[0].start - off,
                b,
            )
    if len({m.country for m in local if m.agent or m.location}) < 2:
        # (not the sides of a contrasting clause: "Abe held talks in Tokyo on Monday, while
        # China said it would respond" are no talks with China; a deal's sides may contrast:
        # "China wants tariffs lifted as soon as an agreement is reached, while U.S. officials
        # want to keep them")
        others = [
            (x, y)
            for i, (x, y) in enumerate(clauses)
            if sitting and i != ci and _CONTRAST.match(text, x, y)
        ]
        return [m for m in ms if not any(x <= m.start - off < y for x, y in others)], (
            0,
            clauses[-1][1],
        )
    return local, (a, b)


# the types whose sides sit together (talks, a call, a visit)
_SITTING_TYPES = ("leaders_meeting", "leader_call", "state_visit")
# a clause of its own subject set against the trigger's: ", while China said ..." (not "while
# in Beijing", "while visiting China": the trigger's subject's adjuncts)
_CONTRAST = re.compile(
    r"[\s,;]*(?:while|whereas)\s+(?!(?:in|on|at|during|there|here|still|also)\b|\w+ing\b)",
    re.IGNORECASE,
)


# '"...," Bush said before a meeting at Camp David with Sarkozy': who speaks right before,
# after or at talks takes part in them (not "said in a statement after the meeting of ...")
_SPOKE_AT_MEETING = re.compile(
    r"\s*,?\s+(?:said|says|told\s+(?:reporters|journalists)|spoke)\s+(?:(?:on|late|early)\s+\w+\s+)?"
    # "Mr. Trump said in a meeting with Japanese Prime Minister Shinzo Abe" (P030)
    r"(?:before|after|ahead\s+of|following|during|in|at|at\s+the\s+(?:start|end|opening|close)\s+of)\s+"
    r"(?:(?:a|an|the|his|her|their|two|three|bilateral|private|closed-door|one-on-one|first|"
    r"second|working|lunch|breakfast|dinner)\s+)*"
)


def _speaker_at_meeting(
    s: Sentence, roles: list[tuple[Mention, str]], trig: re.Match
) -> list[tuple[Mention, str]]:
    """A cited speaker is a party to the meeting they spoke before or after."""
    out = []
    for m0, r in roles:
        if (
            m0.source
            and r == "participants"
            and m0.kind in ("person", "title")
            and _SPOKE_AT_MEETING.fullmatch(s.text, m0.end - s.start, trig.start())
        ):
            m0 = replace(m0, source=False)
        out.append((m0, r))
    return out


# the types whose sides an earlier clause's listed subject all are ("Germany and France both
# said after meetings with Samaras"); a deal told in a later clause ("..., but no agreement
# was reached") is often what the list did not reach
_LISTED_SUBJECT_TYPES = ("leaders_meeting", "state_visit")
# the trigger opens its clause, an adjunct of the listed subject's verb ("after meetings
# with", "- plan to hold talks"), not a clause of its own ("..., and not one side is holding
# up negotiations")
_NEAR_CLAUSE_START = re.compile(r"[\s,;:—–-]*(?:[\w’'-]+\s+){0,4}")
# between two items of a list of sides: "Germany, France, Italy and Spain"
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")


def _coordinated(text: str, prev: list[Mention], off: int) -> list[Mention]:
    """The subject and the sides listed with it: "Finance chiefs of the euro zone's four
    biggest economies - Germany, France, Italy and Spain - plan to hold talks"."""
    out = [prev[0]]
    for m in prev[1:]:
        gap = _LIST_GAP.fullmatch(text, out[-1].end - off, m.start - off)
        if gap is None or m.kind not in ("country", "org", "person", "title", "group"):
            break
        out.append(m)
    return out


# "Moscovici told reporters in Athens after meetings with Samaras": where the subject spoke
# right after the talks is where they were held
_SPOKE_IN = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists)|spoke|speaking(?:\s+to\s+(?:reporters|journalists))?)"
    r"\s+(?:in|at)\s+(?:the\s+)?$"
)
_AFTER_TALKS = re.compile(
    r"\s*,?\s*(?:after|following)\s+(?:(?:a|his|her|their|the|two\s+days\s+of)\s+)?"
    r"(?:meetings?|talks)\s+with\b"
)


# a country in the name of a law, no side: "Trump this month signing the Hong Kong Autonomy
# Act, a bill to sanction Chinese entities" (allsides-2811), "the Iran Sanctions Act", "the
# Caesar Syria Civilian Protection Act" (body text only: title-case headlines capitalise verbs)
_LAW_NAME = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,4}\s+Act\b")
# a country qualifying someone or something, no side: "U.S.-based scientists", "a
# Washington-based think tank"; "the Canada-to-Texas oil pipeline" (P002); "one of the
# administration's most vocal China critics" (O036), "Russia experts", "China hawks"
_BASED = re.compile(
    r"[-–](?:based|to[-–])"
    r"|\s+(?:critics?|hawks?|doves?|experts?|analysts?|watchers?|scholars?|specialists?|"
    r"skeptics?|sceptics?)\b(?!\s+(?:of|on)\b)"
    # an epithet before a name: "conferred by phone Friday with U.S. adversary Russian President
    # Vladimir Putin" (Z081), "Kremlin ally Alexander Lukashenko"
    r"|\s+(?:ally|allies|adversary|adversaries|foe|foes|nemesis|protégé|protege)\s+(?=[A-Z])"
)


# a sentence opening with a quotation: '"...," Moscovici told reporters'
_LEADING_QUOTE = re.compile(r"[\"“][^\"“”]{10,}[,.?!]?[\"”]\s*")


# an opening adjunct tells the background, not the sides: "Amid struggle for Syria deal,
# Obama and Putin to meet Monday" (S018; not when the main clause refers back to it: "Despite
# Trump's ... relationship with Mexico, his administration ...")
_FRONTED_ADJUNCT = re.compile(
    r"(?:Amid|Despite|In\s+the\s+wake\s+of|Against\s+the\s+backdrop\s+of)\s[^,;:“”\"]{3,120},\s"
)
# the types whose side a topic of what was said is often mistaken for (not a sanction's target:
# "sanctions ..., warning that Russia ...")
_MET_TYPES = ("leaders_meeting", "leader_call", "state_visit")
_BACK_PRONOUN = re.compile(r"\b(?:he|she|they|his|her|their|its)\b", re.IGNORECASE)
# what was said after the trigger: "told a U.N. Security Council meeting he was chairing
# Wednesday that China was meddling in the upcoming U.S. midterm elections" (S024)
_TOLD_THAT = re.compile(
    r"\b(?:said|says|told|tells|telling|saying|added|warned|stressed|insisted|noted|argued|"
    r"claimed|declared|complained|"
    # "Vice President Joseph R. Biden, meeting Friday with European Union leaders in Brussels,
    # acknowledged that the U.S. and its allies haven’t stopped Russia’s proxy invasion" (R029)
    r"acknowledged|admitted|conceded|emphasi[sz]ed|reiterated|asserted|cautioned)"
    r"\b(?:[^.;“”\"]|(?<=[A-Z])\.){0,80}?\bthat\s"
    # a quotation after the verb: "Macron said Trump, in private meetings with other G-7
    # leaders, “clearly showed us his willingness to arrive at an agreement“ with China" (S016)
    r"|\b(?:said|says|told|tells|added)\b(?:[^.;“”\"]|(?<=[A-Z])\.){0,80}?[,:]\s*[“\"]"
)
# who is spoken of: "Xi did not mention the United States during a speech at a summit meeting
# of the SCO" (P027), "at the summit in Mexico, Mr. Obama also blamed Russian President
# Vladimir Putin for supporting ... Syria" (U039): up to the next comma or place/time word
_SPOKEN_OF = re.compile(
    r"\b(?:(?:not|n['’]t)\s+mention|mentioned|blamed|blames|accused|accuses|criticized|criticised|"
    r"criticizes|criticises|condemned|condemns|praised|praises|slammed|slams|lashed\s+out\s+at)\s"
)
_SPOKEN_OF_END = re.compile(
    r"[,;:—–(]|\b(?:during|at|in|on|while|when|after|before|(?<!such )as)\b"
)


def _outside_told(
    text: str, off: int, local: list[Mention], trig: int, etype: str
) -> list[Mention] | None:
    """The sides of a trigger without what is only talked about around it: an opening
    quotation ('"I think Mexico will step up," Trump said at a news conference with British
    Prime Minister Theresa May', allsides-5395) or adjunct; for meetings, calls and visits
    also what was said after it and who is spoken of (kept when the rest names fewer than
    two sides). None: the trigger has no sides of its own."""
    front = _LEADING_QUOTE.match(text) or _FRONTED_ADJUNCT.match(text)
    if front is not None and (
        trig < front.end()
        or front.group(0)[0].isalpha()
        and _BACK_PRONOUN.search(text, front.end(), trig)
    ):
        front = None
    if front is not None:
        kept = [m for m in local if m.start - off >= front.end()]
        if len(kept) < len(local) and len({x.country for x in kept if x.agent or x.location}) < 2:
            return None  # the other side is only talked about there
        local = kept
    if etype not in _MET_TYPES:
        return local
    spans = []
    told = next((x for x in _TOLD_THAT.finditer(text) if x.end() > trig + 5), None)
    if told is not None:
        spans.append((told.end(), len(text)))
    for x in _SPOKEN_OF.finditer(text):
        end = _SPOKEN_OF_END.search(text, x.end())
        b = end.start() if end else len(text)
        # the object is a side named right after the verb ("blamed Canada", "did not
        # mention the United States"; not "mentioned the consensus agreement that ...")
        named = any(0 <= m.start - off - x.end() <= 12 for m in local)
        if named and not x.start() <= trig < b:
            spans.append((x.end(), b))
    kept = [m for m in local if not any(a <= m.start - off < b for a, b in spans)]
    if len({x.country for x in kept if x.agent and not x.source}) >= 2:
        local = kept
    return local


def _spoke_in(text: str, ms: list[Mention], off: int, a: int, subject: Mention) -> list[Mention]:
    """The place the subject spoke in, right before the trigger's clause 'after talks with'."""
    if not _AFTER_TALKS.match(text, a):
        return []
    return [
        m
        for m in ms
        if m.location
        and m.kind in ("capital", "country", "seat")
        and subject.end <= m.start
        and not text[m.end - off : a].strip(" ,")
        and _SPOKE_IN.search(text, max(0, m.start - off - 40), m.start - off)
    ]


# "Geithner, who met Sarkozy in Paris earlier in the day, also spoke by telephone with Zapatero":
# the relative clause ends at a comma followed by the main verb (not by a list item, "and",
# "where", "which" or a name)
_RELATIVE = re.compile(r",\s+who\s+")
_RELATIVE_END = re.compile(
    r",\s+(?!(?:and|or|but|where|when|which|who|whose|including|as|the|a|an|his|her|their|its|"
    r"then|now|in|on|at|of|to\s+(?:the|a)\b)\b)(?=[a-z])"
)


def _relative_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the relative clauses set off by commas: "Trump, who was in Tokyo in May, will ..."."""
    out = []
    for rel in _RELATIVE.finditer(text):
        end = _RELATIVE_END.search(text, rel.end())
        if end is not None:
            out.append((rel.start(), end.start()))
    return out


def _in_past_relative(text: str, pos: int, day: date | None, ref_year: int | None) -> bool:
    """Is ``pos`` in a relative clause that dates itself back ("Trump, who was in Tokyo in May,
    will meet Xi ... on Saturday"): a person's background, no news event."""
    if ", who " not in text:
        return False
    return any(
        a <= pos < b and _is_background(text[a:b], day, ref_year) for a, b in _relative_spans(text)
    )


def _outside_relative(
    text: str, off: int, ms: list[Mention], local: list[Mention], trig: int
) -> list[Mention]:
    """A person's relative clause names the parties of the trigger inside it, and none of a
    trigger outside it; the person it describes (and who comes before) is in both."""
    for rel in _RELATIVE.finditer(text):
        who = next(
            (m for m in ms if m.end - off == rel.start() and m.kind in ("person", "title")), None
        )
        end = _RELATIVE_END.search(text, rel.end()) if who is not None else None
        if who is None or end is None:
            continue
        a, b = rel.start(), end.start()
        if a <= trig < b:
            inside = [m for m in local if m.start - off < b]
            return inside if who in inside else [who, *inside]
        local = [m for m in local if not a <= m.start - off < b]
        if trig >= b and who not in local:
            local = [who, *local]  # "Geithner, who met Sarkozy ..., also spoke with Zapatero"
    return local


# "the Trump administration": a leader's name qualifying his government
_ADMINISTRATION = re.compile(r"\s+(?:administration|government|team|White\s+House)\b")


def _administration(text: str, off: int, m: Mention) -> Mention:
    """'the Trump administration renewed tariff threats' is the government, not Trump (whose
    aides, not he, hold the talks or make the trip)."""
    if (
        m.kind == "person"
        and (m.text == m.name or m.text in m.name.split())
        and text[max(0, m.start - off - 4) : m.start - off].lower() == "the "
        and _ADMINISTRATION.match(text, m.end - off)
    ):
        return replace(
            m, kind="group", id=m.country, name=m.country + " government", rank="government"
        )
    return m


# the next clause calls the planned event off: "... were due to meet in Chile but that event
# was canceled because of protests there"
_CANCELLED_AFTER = re.compile(
    r"[\s,;]*(?:but|however)\s+(?:that|the|this|it)\s*(?:event|meeting|summit|trip|visit|talks|"
    r"gathering|conference)?\s+(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|since\s+|then\s+)?"
    r"(?:cancel\w*|called\s+off|scrapped|postponed|scuttled)\b",
    re.IGNORECASE,
)
_PAST_CUE = re.compile(
    r"\b(?:met|held|hosted|visited|arrived|signed|sealed|reached|agreed|spoke|talked|phoned|"
    r"telephoned|expelled|imposed|sanctioned|began|concluded|took place|wrapped up|inked|struck|"
    r"accepted|invited|declined|rejected|kicked|ousted|recalled|summoned|closed|severed|"
    r"withdrew|formalized|formalised|ended|last week|yesterday|earlier this (?:week|month))\b",
    re.IGNORECASE,
)
# a present tense with a weekday a few days ahead is the wire's future: "Lee Myung-bak visits
# the United Arab Emirates on Saturday", "officials are holding talks beginning on Tuesday"
_PRESENT_FOR_FUTURE = ("leaders_meeting", "state_visit")
_ON_WEEKDAY = re.compile(
    r"\b(?:on|from|beginning|starting|"
    # a trip's end told in the present: "The president's trip wraps up Friday in Normandy" (Q017)
    r"(?:wraps|winds)\s+up|ends|concludes)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# a start named by a participle, which needs no present verb beside it: "the two-week U.N.
# conference starting Monday" (U005, told on a Friday)
_STARTING_ON = re.compile(
    r"\b(?:beginning|starting|opening)\s+(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_PRESENT_VERB = re.compile(
    r"\b(?:visits|meet|meets|arrives|travels|heads|flies|hosts|holds|begins|starts|opens|"
    r"(?:wraps|winds)\s+up|ends|concludes|"
    r"(?:is|are)\s+(?:\w+\s+)?(?:holding|hosting|visiting|meeting|travel?ling|heading|flying|due|set))\b"
)
# a past tense the past cues (:data:`_PAST_CUE`) leave out: "flew to Beijing on Monday"
# (lower case: "United Arab Emirates" is no past verb)
# (an adjective in -ed is no past verb: "for long-awaited trade talks", "a scheduled visit")
_PAST_VERB = re.compile(
    r"(?<![-\w])(?<!\ba )(?<!\ban )(?<!\bthe )(?:[a-z]+ed|flew|went|came|sat|took|gave|had|was|"
    r"were|did)\b"
)


# an event that starts on the story's day is under way: "the G-20 summit of world leaders, which
# begins Thursday in St. Petersburg", "will begin meeting Saturday for three days" (both told that day)
_BEGINS_ON = re.compile(
    r"\b(?:begins?|starts?|opens?|kicks?\s+off|beginning|starting|opening|kicking\s+off)\s+"
    r"(?:[a-z]+ing\s+)?(?:on\s+|today\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# a headline that only names a summit, a noun phrase without a verb or a time: "Trump's Putin
# Summit Gamble", "The Trump-Kim Summit" (a summit held is told with a verb or a time)
_SUMMIT_NOUN_HEADLINE = re.compile(
    r"\W*(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w.’'-]*(?:['’]s)?\s+){1,4}[Ss]ummit"
    r"(?:\s+[A-Z][a-z]+){0,2}\W*"
)
# a present-tense arrival, as photo captions and headlines tell it: "Trump and Melania Trump arrive
# at the airport in Biarritz, France for the G7 summit"
_ARRIVE_NOW = re.compile(r"(?<!will )(?<!to )\b(?:arrive|arrives)\s+(?:at|in)\b")


def _begins_today(clause: str, day: date | None) -> bool:
    """Does the clause say the event begins on the story's own weekday?"""
    if day is None:
        return False
    m = _BEGINS_ON.search(clause)
    return m is not None and dates_mod.WEEKDAYS[m.group(1).lower()] == day.weekday()


# a time ahead named in a present-tense clause: "when he visits Washington at the end of the month"
_COMING_TIME = re.compile(
    r"\b(?:at\s+the\s+end\s+of\s+(?:this|the)\s+month|later\s+this\s+(?:week|month)|"
    r"next\s+(?:week|month))\b"
)


# a month named as the time of a present-tense clause: "in the middle of May, when finance
# ministers of the Group of Seven major economies meet in Italy" (told in April)
_IN_MONTH = re.compile(
    r"\b(?:in|by)\s+(?:(?:the\s+)?(?:middle|end|beginning|start)\s+of\s+|early\s+|late\s+|mid-?)?"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?!\s+\d)"
)


def _coming_time(clause: str, day: date | None) -> bool:
    """Does a present-tense clause with no past verb name a time ahead (a coming month too)?"""
    if not _PRESENT_VERB.search(clause) or _PAST_VERB.search(clause):
        return False
    if _COMING_TIME.search(clause):
        return True
    m = _IN_MONTH.search(clause)
    return bool(m and day and 1 <= (dates_mod.MONTHS[m.group(1).lower()] - day.month) % 12 <= 4)


# a month right after the event noun names its time: "at its meeting in June" (Q022), "at the UN
# talks in Paris this December" (X007), "trade talks planned for October" (P028)
_NOUN_MONTH = re.compile(
    r"\s+(?:(?:in|at)\s+(?:[A-Z][\w.'’-]*\s+){1,2})?"
    r"(?:(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?=(?:planned|scheduled|set|slated)\s))?"
    r"((?:planned|scheduled|set|slated)\s+for\s+|in\s+|this\s+|next\s+)"
    r"(?:early\s+|late\s+|mid-)?"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)\b"
    # its day, not a year: "Moon-Kim summit set for April 27" (told March 20)
    r"(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?(?![\s,]+\d)"
)


# a past time right after the event's words makes a purpose infinitive no plan: "the Queen's
# decision to send the lord-lieutenant of Essex ... to meet Obama at London's Stansted airport last
# week" (X031)
_PAST_TIME_AFTER = re.compile(
    # (the event's object and place only: not "to meet Xi ... in Osaka to discuss tariffs
    # announced last week", where the time dates something else)
    r"(?:\s+(?!(?:and|but|while|when|as|after|before|who|which|that|will|would|to|(?-i:[a-z]+ed))\b)"
    r"[\w.'’-]+){0,6}?"
    r"\s+(?:last\s+(?:week|month)|yesterday|earlier\s+this\s+(?:week|month))\b",
    re.IGNORECASE,
)


def _named_by_coming_month(text: str, end: int, clause_end: int, day: date | None) -> bool:
    """Is the event noun ending at ``end`` followed by a month 1-4 months after ``day``, and
    not told as done after it ("Trump said his meeting in July with Putin went well")?"""
    m = _NOUN_MONTH.match(text, end)
    if m is None or day is None or _PAST_VERB.search(text, m.end(), max(m.end(), clause_end)):
        return False
    ahead = (dates_mod.MONTHS[m.group(2).lower()] - day.month) % 12
    if (
        ahead == 0
        and m.group(3)
        and m.group(1).startswith(("planned", "scheduled", "set", "slated"))
    ):
        return int(m.group(3)) > day.day  # "set for March 27" (told March 20)
    # ("this December" is this year's: any month ahead of the story's)
    return 1 <= ahead <= (12 - day.month if m.group(1).startswith("this") else 4)


def _coming_weekday(clause: str, day: date | None) -> bool:
    """Does a present-tense clause with no past verb name a weekday 1-3 days after ``day``?"""
    if day is None:
        return False
    m = _STARTING_ON.search(clause)
    if m is not None:
        # (a participle after it is no past verb: "starting Monday, under heightened security")
        if _PAST_VERB.search(clause, 0, m.start()):
            return False
    else:
        m = _ON_WEEKDAY.search(clause)
        if m is None or not _PRESENT_VERB.search(clause) or _PAST_VERB.search(clause):
            return False
    ahead = (dates_mod.WEEKDAYS[m.group(1).lower()] - day.weekday()) % 7
    return 1 <= ahead <= 3


_NAMED_PAST = re.compile(
    r"\b((?:19|20)\d\d)\s+(?:[A-Z][\w-]*\s+){0,3}$"
    # "the 2011 trade deal", "its 2015 nuclear accord"
    r"|\b(?:the|its|his|her|their|[A-Za-z]+['’]s)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){1,3}$"
)


def _named_past(text: str, trig: re.Match, ref_year: int | None) -> bool:
    """'the 1993 Oslo accord', 'the 2015 nuclear deal': an event named by an earlier year."""
    m = _NAMED_PAST.search(text[max(0, trig.start() - 40) : trig.start()])
    if not (m and ref_year is not None and int(m.group(1) or m.group(2)) < ref_year):
        return False
    # acting on an old agreement now (withdrawing from the 1987 pact) is news
    return not _ACT_ON_OLD.search(text[max(0, trig.start() - 60) : trig.start()])


# an event named as the reference point of another time, older than the news: "The last time
# Trump met Kim Jong Un was in Hanoi", "the 40th anniversary of the Camp David accords signed by
# Israel and Egypt", "have not met at the ministerial level since Commerce Secretary Wilbur Ross
# traveled to China early last month" (Z033); read in the words just before the trigger, in its
# clause and with no comma or dash between
_PAST_REFERENCE = re.compile(
    r"\b(?:anniversary\s+of|the\s+last\s+time|since)\b[^,;:()—–]*$", re.IGNORECASE
)


# an event still ahead is no reference point: "Stocks have rallied since Trump said he would
# meet Chinese President Xi Jinping next week"
_AHEAD_AFTER = re.compile(
    r"\b(?:will|would|shall|to\s+(?:meet|visit|hold|sign|travel)|tomorrow|upcoming|"
    r"next\s+(?:week|month|year|weekend)|later\s+this\s+(?:week|month|year))\b|['’]ll\b",
    re.IGNORECASE,
)


def _past_reference(text: str, clause: tuple[int, int], trig: re.Match) -> bool:
    """'the last time Trump met Kim', 'since Ross traveled to China', 'the anniversary of the
    accords': the trigger names an older event another time is measured from."""
    a, b = clause
    ref = _PAST_REFERENCE.search(text, max(a, trig.start() - 80), trig.start())
    if ref is None:
        return False
    return not (
        # a recent time after the trigger makes it news: "since the talks faltered and Trump
        # blacklisted Huawei Technologies Co. ... earlier this month" (allsides-1081)
        _TIME_RECENT.search(text, trig.start(), b) or _AHEAD_AFTER.search(text, ref.start(), b)
    )


_ACT_ON_OLD = re.compile(
    r"\b(?:withdr[ae]w\w*|exit\w*|pull\w* out|revers\w*|tear\w* up|tore up|scrap\w*|suspend\w*|"
    r"violat\w*|extend\w*|renew\w*|lift\w*|end\w*|abandon\w*|quit\w*|leav\w*)\b",
    re.IGNORECASE,
)


# ------------------------------------------------------------------ mentions
def _filter_ambiguous(mentions: list[list[Mention]]) -> list[list[Mention]]:
    """Drop ambiguous country names (Georgia, Jordan ...) unless another cue names the country."""
    flat = [m for ms in mentions for m in ms]
    cues = {m.country for m in flat if m.text not in AMBIGUOUS}
    return [[m for m in ms if m.text not in AMBIGUOUS or m.country in cues] for ms in mentions]


_PRONOUN = re.compile(
    r"\b(He|She|he|she)\b|\b(his|His|her|Her)\s+(?=(?:\w+\s+){0,2}(?:visit|trip|call|invitation|talks|meeting|tour)\b)"
)
_SURNAME_PREFIX = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sir|Lord|President|Premier|Chancellor|Minister|Sheikh|King)\.?\s+([A-Z][\w'’-]+)"
)
_BOTH = re.compile(
    r"\b(?:the two countries|both countries|the two sides|both sides|the two nations|both nations"
    r"|(?:the two|both)\s+(leaders|presidents|heads of state)"
    # "Leaders of the neighboring nations are planning to meet"
    r"|the (?:two )?neighbou?ring (?:countries|nations|states)|(?:the two|both) neighbou?rs)\b"
    r"(?!\s+of\b)",  # "both sides of the aisle / of the border" are no parties
    re.IGNORECASE,
)
# read in every context sentence: tried only where a title or pronoun starts, or only in
# sentences holding the words ("both", "the two") a match needs (matches are the regex's own:
# ``m.re is _BOTH`` still holds)
_SURNAME_PREFIX_AT = LocatedPattern(_SURNAME_PREFIX)
_PRONOUN_AT = LocatedPattern(_PRONOUN)
_BOTH_GATED = Prefiltered(_BOTH)


# "They met at Windsor Castle": a sentence opening with the two sides as the subject of a
# meeting verb continues the meeting the story has just named
_THEY_MET = re.compile(
    r"^(?:They|The two(?: leaders| men| women)?|The pair)"
    r"(?=\s+(?:(?:also|later|then|first|had|have|will|briefly)\s+)?(?:met|meet|held talks|sat down)\b)"
)


_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=4096)
def _names_regex(names: tuple[str, ...]) -> re.Pattern[str]:
    r"""``\b(?:name|...)\b``, longest first. Names opening with a word character are written
    ``T(?<!\w.)rump``: not after a word character, the same test as the ``\b`` before them,
    but each alternative then starts with a literal and the regex engine skips ahead to
    their first letters instead of trying every position."""
    ordered = sorted(names, key=len, reverse=True)
    if ordered and all(_WORD_CHAR.match(n) for n in ordered):
        alts = (re.escape(n[0]) + r"(?<!\w.)" + re.escape(n[1:]) for n in ordered)
        return re.compile(r"(?:" + "|".join(alts) + r")\b")
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in ordered) + r")\b")


# a surname that is also a month or a modal, used as one: "Trump will meet Xi Jinping in May",
# "on May 28", "Trump Says He May Meet Xi" (with Theresa May named earlier in the story)
_MONTH_SURNAMES = frozenset({"May", "June", "March", "April", "August"})
_MONTH_USE_BEFORE = re.compile(
    r"\b(?:in|on|since|until|by|early|late|mid|last|next|this)\s+$", re.IGNORECASE
)
# "Trump Says He May Meet Xi": the modal after a pronoun, in a title-case headline only ("said
# that May would visit" is the person)
_MODAL_USE_BEFORE = re.compile(r"\b(?:he|she|it|they|we|i|you|who|which|that)\s+$", re.IGNORECASE)
# "by May would": a verb after it makes the word the person even after a preposition
_VERB_AFTER = re.compile(
    r"\s+(?:would|will|could|should|can|has|had|have|is|was|did|does|said|says|told|met|meets|"
    r"visited|visits|arrived|called|spoke|added)\b"
)
_DAY_AFTER = re.compile(r"\s+\d")


def _month_or_modal(text: str, a: int, b: int, surname: str, headline: bool = False) -> bool:
    """Is the surname at ``text[a:b]`` a month or the modal "may" here, not the person?"""
    if surname not in _MONTH_SURNAMES:
        return False
    if _DAY_AFTER.match(text, b):
        return True
    if _MONTH_USE_BEFORE.search(text, max(0, a - 8), a):
        return not _VERB_AFTER.match(text, b)
    return headline and bool(_MODAL_USE_BEFORE.search(text, max(0, a - 8), a))


def _coreference(
    text: str,
    sents: list[Sentence],
    mentions: list[list[Mention]],
    active: set[int],
    context: set[int],
) -> list[list[Mention]]:
    """Add mentions for surnames of people named earlier, pronouns and 'the two countries'.

    Pronouns and 'the two countries' are resolved only in ``active`` sentences (those with a
    trigger); surnames everywhere, since they carry the last person named forward.
    """
    registry: dict[str, Mention] = {}
    # a headline names people by surname ("For Summit With Kim") the story names in full later
    ahead = _story_surnames(mentions)
    last_person: Mention | None = None
    recent_countries: list[Mention] = []
    out: list[list[Mention]] = []
    prev_start = 0  # where the sentence before this one starts
    starts = [x.start for x in sents]  # sentence starts, to group earlier mentions by sentence
    for s, ms in zip(sents, mentions, strict=True):
        near_start, prev_start = prev_start, s.start
        added: list[Mention] = []
        if s.index not in context:
            out.append(ms)
            continue
        if s.index not in active and not registry and not (s.is_headline and ahead):
            out.append(ms)
            last_person = _remember(ms, registry, recent_countries, last_person)
            continue
        covered = [(m.start, m.end) for m in ms]

        def free(a: int, b: int, covered: list[tuple[int, int]] = covered) -> bool:
            return all(b <= x or a >= y for x, y in covered)

        for m in _SURNAME_PREFIX_AT.finditer(s.text):
            a, b = s.start + m.start(1), s.start + m.end(1)
            ref = registry.get(m.group(1))
            if ref is not None and free(a, b):
                added.append(
                    replace(ref, start=s.start + m.start(), end=b, text=m.group(0), location=False)
                )
                covered.append((s.start + m.start(), b))
        known = {**ahead, **registry} if s.is_headline and ahead else registry
        if known:
            for m in _names_regex(tuple(sorted(known))).finditer(s.text):
                a, b = s.start + m.start(), s.start + m.end()
                ref = known[m.group(0)]
                # "Ivanka Trump", "Ms. Alice Marie Johnson": another person with that surname
                if (
                    free(a, b)
                    and not _namesake(s.text, m.start(), set(ref.name.split()))
                    and not _given_after(s, m.end(), ref)
                    and not other_bearer(s.text, m.start(), m.end(), m.group(0))
                    and not _month_or_modal(s.text, m.start(), m.end(), m.group(0), s.is_headline)
                ):
                    added.append(replace(ref, start=a, end=b, text=m.group(0), location=False))
                    covered.append((a, b))
        # pronouns resolve to the last person named before them
        persons_here = sorted(ms + added, key=lambda x: x.start)
        for m in _PRONOUN_AT.finditer(s.text) if s.index in active else ():
            a = s.start + m.start()
            b = s.start + m.end()
            if not free(a, b):
                continue
            before = [
                p
                for p in persons_here
                if p.end <= a and p.kind in ("person", "title") and not _attributive(text, p)
            ]
            ref = before[-1] if before else last_person
            # "Trump Snipes At Macron Comment As He Lands In Paris": the subject of a clause
            # opened by as/when/after... is the main clause's subject, not the last name
            subject = _sentence_subject(s, before)
            if subject is not None and _SUBORDINATE_HE.search(s.text[: m.end()]):
                ref = subject
            speaker = _reported_speaker(s, m.start(), before)
            if speaker is not None:
                ref = speaker
            if ref is not None and m.group(0).lower().strip() in ("she", "her"):
                # the office holders the gazetteer knows are mostly men: a "she" far from the
                # person named last is more likely a woman it does not know
                if ref.start < near_start:
                    continue
            if (
                not before
                and ref is not None
                and out
                and ref.start >= near_start
                # the gazetteer has no gender: "Trump met Merkel ... She will travel" is not
                # Trump
                and m.group(0).lower().strip() not in ("she", "her")
            ):
                # "Kerry met with Zarif ... He also met Macron": he is the one who met
                subject = _meeting_subject(text, out[-1], ref)
                if subject is not None:
                    ref = subject
            if not before and ref is not None:
                # "When he arrived in Paris, Macron said ...": a pronoun in an opening clause
                # means the subject named right after it
                ahead_ref = _cataphora(s, m.start(), persons_here)
                if ahead_ref is not None:
                    ref = ahead_ref
            if (
                ref is not None
                and not _other_person_between(text, ref, a)
                # (a possessive "his trip" keeps its reading: the unknown speaker is often an
                # official of the same side, "Burns ... his latest trip")
                and not (
                    m.group(1) is not None and _unknown_speaker_between(text, ref, a, mentions)
                )
            ):
                added.append(replace(ref, start=a, end=b, text=m.group(0).strip(), location=False))
        # "The president will host the Australian prime minister": the office holder the
        # story has named most with that rank so far
        for m in _DEFINITE_TITLE.finditer(s.text) if s.index in active else ():
            if not _definite_subject(s.text, m):
                continue
            a, b = s.start + m.start(), s.start + m.end()
            ref = _office_holder(
                recent_countries, _DEFINITE_RANK[" ".join(m.group(1).lower().split())]
            )
            if ref is not None and free(a, b):
                added.append(replace(ref, start=a, end=b, text=m.group(0), location=False))
                covered.append((a, b))
        both = (
            [*_BOTH_GATED.finditer(s.text), *_THEY_MET.finditer(s.text)]
            if s.index in active
            else []
        )
        for m in both:
            a = s.start + m.start()
            here = [x for x in ms + added if x.end <= a and x.agent and x.country]
            seen = recent_countries
            leaders = m.re is _BOTH and m.group(1) is not None
            if leaders:  # "the two leaders": the two sides most named by their people
                seen = [x for x in seen if x.kind in ("person", "title")]
                here = [x for x in here if x.kind in ("person", "title")]
            pair = _two_sides(text, seen, here, starts, a)
            if pair is None or _NOT_BOTH.search(s.text[max(0, m.start() - 12) : m.start()]):
                continue
            group = _BOTH_GROUP.search(s.text[max(0, m.start() - 40) : m.start()])
            # "the two leaders": the leaders of the two sides
            noun = group.group(1).lower() if group else "leaders" if leaders else ""
            if m.re is _THEY_MET:
                # "They met": the people last named for each side, not their countries
                people = [x for x in recent_countries + here if x.kind in ("person", "title")]
                pair = [
                    next((x for x in reversed(people) if x.country == c.country), c) for c in pair
                ]
            for c in pair:
                added.append(
                    replace(
                        c,
                        start=a,
                        end=s.start + m.end(),
                        text=m.group(0),
                        location=False,
                        # "foreign ministers of both countries": people who can travel
                        kind="group" if noun else c.kind,
                        rank=_noun_rank(noun.split()[-1]) if noun else c.rank,
                        name=f"{c.name} {noun}" if noun else c.name,
                    )
                )
        allm = sorted(ms + added, key=lambda x: (x.start, -x.end))
        out.append(allm)
        last_person = _remember(allm, registry, recent_countries, last_person)
    return out


# someone the gazetteer does not know, named after the last known person: "says Mr. Kimmell",
# "said Karla Martinez de Salas", "Kathleen Gerson, a sociology professor"
_OTHER_PERSON = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+([A-Z][a-z][\w’'-]*)"
    r"|\b(?:says|said|according to)\s+[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?([A-Z][a-z][\w’'-]*)\b(?!['’]s)"
    r"|\b[A-Z][a-z]+\s+([A-Z][a-z][\w’'-]*),\s+(?:a|an)\s+[a-z]"
)


# Korean, Chinese and Singaporean names put the family name first: "Kim" is Kim Jong Un
_FAMILY_FIRST = frozenset({"PRK", "KOR", "CHN", "TWN", "SGP", "HKG"})
# a subordinate clause whose subject is a pronoun: "..., as he lands in Paris"
_SUBORDINATE_HE = re.compile(
    r"\b(?:[Aa]s|[Ww]hen|[Aa]fter|[Bb]efore|[Ww]hile|[Ss]ince|[Uu]ntil|[Oo]nce)\s+(?:[Hh]e|[Ss]he)$"
)
_SUBJECT_PREFIX = re.compile(r"(?:(?:The|the|[A-Z][\w.'’-]*)\s+)*")


def _family_names(m: Mention) -> list[str]:
    """The names a person may be called by alone: the surname, or the family name first."""
    words = m.name.split()
    if len(words) < 2:
        return []
    keys = [words[-1]]
    if m.country in _FAMILY_FIRST:
        keys.append(words[0])
    return [k for k in keys if k[0].isupper() and len(k) > 2]


def _story_surnames(mentions: list[list[Mention]]) -> dict[str, Mention]:
    """Surnames of the people a story names in full after its headline, when only one has it."""
    seen: dict[str, Mention] = {}
    clash: set[str] = set()
    for ms in mentions[1:]:
        for m in ms:
            if m.kind != "person" or m.location or not m.agent or m.text == m.name.split()[-1]:
                continue
            for k in _family_names(m):
                if k in seen and seen[k].id != m.id:
                    clash.add(k)
                if k not in seen:
                    seen[k] = replace(m, text=k)
    return {k: v for k, v in seen.items() if k not in clash}


def _given_after(s: Sentence, pos: int, ref: Mention) -> bool:
    """'Kim Yo Jong': a family name followed by given names that are not the person's own."""
    if s.is_headline or ref.country not in _FAMILY_FIRST:
        return False
    nxt = re.match(r"[ -]([A-Z][a-z]+)\b", s.text[pos : pos + 20])
    return nxt is not None and nxt.group(1) not in ref.name.split()


# "Pompeo said after talks with Lavrov that he would ...": a pronoun opening the clause a
# reporting verb reports is the verb's subject, not the person named in between
_REPORTED_CLAUSE = re.compile(
    r"\s+(?:also\s+|later\s+)?(?:said|says|told|added|announced|stated)\b([^.;:“”\"]*?)"
    r"(?:\bthat\s+|\s+)$"
)


def _reported_speaker(s: Sentence, pos: int, before: list[Mention]) -> Mention | None:
    """The person who says the clause a pronoun at ``pos`` (in the sentence) opens, when a
    person was named between the reporting verb and the pronoun."""
    if len(before) < 2:
        return None
    for p in reversed(before[:-1]):
        if p.kind != "person":
            continue
        cm = _REPORTED_CLAUSE.match(s.text, p.end - s.start, pos)
        if cm is None or "," in cm.group(1):
            continue
        # "told Kim that he": the one told may be the pronoun's person
        if before[-1].start - s.start <= p.end - s.start + cm.start(1) + 2:
            return None
        return p
    return None


def _sentence_subject(s: Sentence, before: list[Mention]) -> Mention | None:
    """The person opening the sentence as its subject ('Trump Snipes At ...', 'The president')."""
    if not before:
        return None
    first = before[0]
    prefix = s.text[: first.start - s.start]
    # "Putin's Remarks Anger Obama As He ...": a possessive is no subject
    owner = s.text[first.end - s.start : first.end - s.start + 2] in ("'s", "’s")
    return first if _SUBJECT_PREFIX.fullmatch(prefix) and not owner else None


# "X met with Y", "X held talks with the Y": X is the subject, Y the one met
_MET_OBJECT = re.compile(
    r"\s+(?:(?:also|then|later|reportedly|has|had|have|previously|recently|separately|"
    r"secretly|first)\s+)*(?:met|meets|held\s+talks|talked|spoke|called|phoned|hosted|hosts|"
    r"visited)(?:\s+(?:with|to))?\s+(?:the\s+)?"
)


def _meeting_subject(text: str, prev: list[Mention], obj: Mention) -> Mention | None:
    """The person who met ``obj`` in the sentence before ('Kerry met with Zarif'), if any."""
    for p in reversed(prev):
        if p.kind == "person" and p.end <= obj.start and not p.location:
            if _MET_OBJECT.fullmatch(text, p.end, obj.start):
                return p
            return None
    return None


def _attributive(text: str, m: Mention) -> bool:
    """'the Trump White House', 'the Obama administration': a name qualifying a noun is no
    antecedent for a pronoun."""
    return (
        m.kind == "person"
        and (m.text == m.name or m.text in m.name.split())
        and text[max(0, m.start - 4) : m.start].lower() == "the "
    )


def _other_person_between(text: str, ref: Mention, pos: int) -> bool:
    """A pronoun at ``pos`` more likely means a person named after ``ref`` than ``ref``."""
    own = set(ref.name.split()) | set(ref.text.split())
    for m in _OTHER_PERSON.finditer(text, ref.end, pos):
        word = m.group(1) or m.group(2) or m.group(3)
        if word not in own:
            return True
    return False


# a surname the gazetteer does not know, as a subject between the last known person and a
# pronoun: "Sessions said he met the Russian ambassador", "Vilks, who ... when he is in Denmark"
_SPEAKER = re.compile(
    r"\b([A-Z][a-z][\w’'-]+)(?:,\s+(?:who|a|an|in|the)\b|\s+(?:said|says|told|added|repeated|"
    r"explained|argued|insisted|claimed|recalled|wrote|tweeted|could|would|did|didn['’]t|"
    r"had|has|was|is)\b)"
)
# capitalised words that are institutions, not people ("the Foreign Ministry said")
_NOT_SURNAMES = frozenset({
    "House", "Ministry", "Department", "Office", "Council", "Kremlin", "Palace", "Commission",
    "Committee", "Government", "Administration", "Embassy", "Agency", "Service", "Street",
    "Times", "Journal", "Post", "News", "Press", "Party", "Court", "Congress", "Senate",
    "Parliament", "Cabinet", "Bank", "Fund", "Union", "Nations", "Organization", "Forum",
})  # fmt: skip


def _unknown_speaker_between(
    text: str, ref: Mention, pos: int, mentions: list[list[Mention]]
) -> bool:
    """A pronoun at ``pos`` more likely means a person the gazetteer does not know, introduced
    with a given name in the story ("Jeff Sessions") and the subject of a clause after ``ref``,
    than ``ref``."""
    own = set(ref.name.split()) | set(ref.text.split())
    for m in _SPEAKER.finditer(text, ref.end, pos):
        word = m.group(1)
        if word in own or word in _NOT_SURNAMES:
            continue
        intro = re.search(r"\b[A-Z][a-z]+\.?\s+" + re.escape(word) + r"\b", text)
        if intro is None:
            continue
        if any(word in x.text.split() or word in x.name.split() for ms in mentions for x in ms):
            continue  # a name the gazetteer knows (a person, country or body)
        return True
    return False


def _cataphora(s: Sentence, pos: int, persons: list[Mention]) -> Mention | None:
    """'With hours to go before ... he returns to Washington, Trump said': a pronoun in a
    clause opening the sentence means the person named as the subject after its comma."""
    if not _OPENING_CLAUSE.match(s.text, 0, pos):
        return None
    comma = s.text.find(",", pos)
    if comma < 0:
        return None
    for p in persons:
        if p.kind == "person" and p.start - s.start > comma:
            gap = s.text[comma + 1 : p.start - s.start].strip()
            subject = _SUBJECT_PREFIX.fullmatch(gap + " " if gap else "")
            # "..., Japanese Foreign Minister Machimura told the British minister": the one
            # told may be the pronoun's person; only a speaker's own clause is read
            said = _SAID_AFTER.match(s.text, p.end - s.start)
            return p if subject and said else None
    return None


_SAID_AFTER = re.compile(r"\s+(?:said|says|added|declared|announced|insisted)\b")


_OPENING_CLAUSE = re.compile(
    r"(?:With|When|As|After|Before|While|Once|Though|Although|Since|Until)\b[^,;]*$"
)


def _remember(
    ms: list[Mention],
    registry: dict[str, Mention],
    recent_countries: list[Mention],
    last_person: Mention | None,
) -> Mention | None:
    """Carry a sentence's mentions forward: surnames of named people, countries, last person."""
    for m in ms:
        if m.kind in ("person", "title") and not m.location:
            last_person = m
            if m.agent and m.kind == "person":
                for surname in _family_names(m):
                    if surname not in registry:
                        registry[surname] = replace(m, text=surname)
        if m.agent and m.country:
            recent_countries.append(m)
    return last_person


# "the president", "the prime minister" with no nationality, name or "of X"
_DEFINITE_TITLE = re.compile(
    r"\b(?:[Tt]he|THE)\s+((?i:president|prime\s+minister|premier|chancellor|foreign\s+minister|"
    r"secretary\s+of\s+state))\b(?![-\w])(?!\s+(?:of|and)\b)(?!,?\s+[A-Z])"
)
_DEFINITE_RANK = {
    "president": "head_of_state",
    "prime minister": "head_of_government",
    "premier": "head_of_government",
    "chancellor": "head_of_government",
    "foreign minister": "foreign_minister",
    "secretary of state": "foreign_minister",
}


# an adverbial opening before the subject: "A day before the Senate vote, the president ..."
_OPENER = re.compile(
    r"(?:(?:In|On|At|After|Before|During|Earlier|Later|Last|Since|While|When|As|With|Following|"
    r"Meanwhile|A\s+day|Days|Hours|Weeks|Minutes)\b[^,;:]*,\s+|(?:But|And|So|Still)\s+)$"
)
# a reported clause's subject: "Kudlow suggested the president would be willing to meet with
# Chinese President Xi Jinping" (O025), "Sanders said that the president will call Macron"
_REPORTED_SUBJECT = re.compile(
    r"\b(?:said|says|suggested|suggests|added|adds|noted|confirmed|confirms|announced|announces|"
    r"stressed|insisted|indicated|signaled|signalled)\s+(?:on\s+\w+day\s+)?(?:that\s+)?$"
)
# the verb of such a clause right after the title: "the president would be willing"
_CLAUSE_VERB = re.compile(
    r"\s+(?:would|will|is|was|has|had|could|can|may|might|plans|planned|wants|wanted|hopes|"
    r"intends|intended|expects|spoke|talked|invited|called|phoned)\b"
)
# "the president's visit": a possessive names the office holder only before an event noun
_EVENT_NOUN_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|meeting|talks|call|summit)\b"
)


def _definite_subject(sent: str, m: re.Match) -> bool:
    """Is 'the president' the subject opening the sentence or its main clause, or the owner
    of a visit or meeting? (Elsewhere, 'since the president claims ...', 'neither the
    president nor ...', the rules would read it as a side of whatever else the sentence says.)"""
    if _EVENT_NOUN_AFTER.match(sent, m.end()):
        return True
    if sent[m.end() : m.end() + 1] in ("'", "’"):
        return False
    if _REPORTED_SUBJECT.search(sent, max(0, m.start() - 40), m.start()) and _CLAUSE_VERB.match(
        sent, m.end()
    ):
        return True
    return m.start() == 0 or bool(_OPENER.fullmatch(sent, 0, m.start()))


def _office_holder(seen: list[Mention], rank: str) -> Mention | None:
    """The person of ``rank`` named most often so far (the latest on a tie)."""
    counts: dict[str, int] = {}
    latest: dict[str, Mention] = {}
    for m in seen:
        if m.kind in ("person", "title") and m.rank == rank and not m.former and not m.location:
            counts[m.id] = counts.get(m.id, 0) + 1
            latest[m.id] = m
    if not counts:
        return None
    order = list(latest)
    best = max(counts, key=lambda k: (counts[k], order.index(k)))
    return latest[best]


_NOT_BOTH = re.compile(r"\b(?:only|other|all|first|last|these|those)\s+$", re.IGNORECASE)
_BOTH_GROUP = re.compile(
    r"\b(leaders?|(?:foreign |defen[cs]e )?ministers?|officials?|delegations?|presidents?|"
    r"diplomats?|negotiators?|envoys?|representatives|chiefs?)\s+(?:from|of)\s+$",
    re.IGNORECASE,
)
_SIDE_KINDS = ("country", "gov", "group", "capital", "org")
_PAIRED = re.compile(r"\s*(?:and|&|-|–|/)\s*(?:the\s+)?")


def _named_together(text: str, seen: list[Mention]) -> list[str] | None:
    """Countries of the last two mentions joined by 'and' (not the end of a longer list)."""
    for i in range(len(seen) - 2, -1, -1):
        a, b = seen[i], seen[i + 1]
        if a.country == b.country or not _PAIRED.fullmatch(text[a.end : b.start]):
            continue
        if i > 0 and re.fullmatch(r"\s*,\s*", text[seen[i - 1].end : a.start]):
            continue
        return [a.country, b.country]
    return None


def _two_sides(
    text: str, seen: list[Mention], here: list[Mention], starts: list[int], at: int
) -> list[Mention] | None:
    """The two countries or bodies 'both sides' / 'the two countries' refers to.

    The two named earlier in the same sentence ("a deal with the Chinese that committed
    both countries"); else the two the sentence just before names ("Moon met Xi in Beijing.
    The two leaders agreed ..." in a Trump-Kim story), when it names exactly two, among
    them the one this sentence names; else the two most often named so far (people count
    for their country), the later named first on a tie; when a third is named as often as
    the second, the last pair named together ("India and Pakistan", not the tail of a list).
    The mention standing for a side is its latest country-level one (a person's country
    otherwise, as a country actor).
    """
    count: dict[str, int] = {}
    last: dict[str, int] = {}
    rep: dict[str, Mention] = {}
    for i, m in enumerate(seen + here):
        count[m.country] = count.get(m.country, 0) + 1
        last[m.country] = i
        if m.kind in _SIDE_KINDS or m.country not in rep:
            rep[m.country] = m
    ranked = list(dict.fromkeys(m.country for m in here))
    if len(ranked) < 2:
        ranked = _last_pair(seen, starts, at, ranked)
    if len(ranked) != 2:
        ranked = sorted(count, key=lambda c: (count[c], last[c]), reverse=True)
        if len(ranked) > 2 and count[ranked[2]] == count[ranked[1]]:
            ranked = _named_together(text, seen + here) or []
    if len(ranked) < 2:
        return None
    out = []
    for c in ranked[:2]:
        m = rep[c]
        if m.kind not in _SIDE_KINDS:
            country = Gazetteer.default().country(c)
            m = replace(
                m, kind="country", id=c, name=country.name if country else c, rank="government"
            )
        out.append(m)
    return out


def _last_pair(seen: list[Mention], starts: list[int], at: int, here: list[str]) -> list[str]:
    """The sides of the two people the sentence just before the one at ``at`` names (with
    ``here``'s one side).

    Only the sentence right before: past it, "He is due to hold talks with the Indian
    government. A bus link was announced. Both sides agreed ..." are India and Pakistan;
    and only its people: "Cameron said Syria was bleeding. The two leaders ..." are not
    Britain and Syria.
    """
    pair: list[str] = []
    for m in seen:
        if (
            m.kind in ("person", "title")
            and bisect.bisect_right(starts, m.start) - 1 == bisect.bisect_right(starts, at) - 2
        ):
            pair += [m.country] if m.country not in pair else []
    return pair if len(pair) == 2 and set(here) <= set(pair) else []


_FUTURE = re.compile(
    r"\b(?:will|next|upcoming|to be held|is due|are due|scheduled)\b", re.IGNORECASE
)


# these date and background patterns read every trigger clause, and most clauses have none
# of the words each needs (a year, a month name, "ago", "will"): a substring test skips them
_FUTURE, _BACKGROUND, _MONTH_POSS, _MONTH_IN, _LAST_MONTH, _MONTH_YEAR, _MONTH_DAY = map(  # type: ignore
    Prefiltered,
    (_FUTURE, _BACKGROUND, _MONTH_POSS, _MONTH_IN, _LAST_MONTH, _MONTH_YEAR, _MONTH_DAY),
)
_PAST_YEAR, _THE_YEAR = Prefiltered(_PAST_YEAR), Prefiltered(_THE_YEAR)  # type: ignore
# _is_background runs them one after another on the same clause: one Hyperscan pass gates all
_DATE_GATES = PrefilterGroup(
    (_FUTURE, _BACKGROUND, _MONTH_POSS, _MONTH_IN, _LAST_MONTH, _MONTH_YEAR, _MONTH_DAY)  # type: ignore
    + (_PAST_YEAR, _THE_YEAR)
)


# an offer, plan or hope to meet, then the month: the month is the meeting's, still ahead
_TO_MEET_IN = re.compile(
    r"\b(?:invit\w*|plans?|planning|hopes?|hoping|wants?|expected|due|offer\w*|propos\w*|ready|"
    r"willing|set|scheduled)\b[^.;]{0,40}\bto\s+(?:visit|meet|attend|travel|come|hold|host)\b"
    r"[^.;]{0,50}$",
    re.IGNORECASE,
)


# a narrative past opener: "At the time, Zelenskiy, new to politics and government, was seeking
# a coveted White House visit" (S015); an earlier month: "Last month, the White House imposed
# additional economic sanctions" (U021), "At last month’s summit among leaders from the U.S.,
# Canada and Mexico" (U006) tell of a period before the news
_AT_THE_TIME = re.compile(
    r"^\W*(?:at\s+(?:the|that)\s+time|back\s+then|last\s+month),|\blast\s+month['’]s\b",
    re.IGNORECASE,
)


# an archive picture's caption shows an older event: "FILE PHOTO: Chinese Vice Premier Liu He and
# U.S. President Donald Trump sign "phase one" of the U.S.-China trade agreement" (allsides-334),
# "FILE - In this Jan. 15, 2020, file photo, ..." (AP)
_FILE_PHOTO = re.compile(r"^\W*FILE(?:\s+PHOTO)?\s*[:—–-]|\bfile\s+(?:photo|picture|image)\b")


# "Pompeo, who helped launch negotiations with North Korea with a secretive visit to Pyongyang
# earlier this year" (Q033, a late-May story): months back (news would say "earlier this month")
_EARLIER_THIS_YEAR = re.compile(r"\bearlier\s+(?:this|in\s+the)\s+year\b", re.IGNORECASE)


def _is_background(sent: str, day: date | None, ref_year: int | None) -> bool:
    """A sentence that dates its events to an earlier year or month is background."""
    if _AT_THE_TIME.search(sent) or _FILE_PHOTO.search(sent):
        return True
    if day is not None and day.month >= 3 and _EARLIER_THIS_YEAR.search(sent):
        return True
    future = _FUTURE.search(sent)
    # a clause dated by its own recent day is news, whatever older year or deal it names: "met
    # ... Mogherini in Brussels on Monday to discuss ways of saving the 2015 nuclear deal",
    # "imposed new sanctions on Russia on Monday over its 2014 annexation of Crimea"
    # (a year that dates the verb still tells the past: "told WTTW-TV this week that the turning
    # point came when Trump met with Putin in 2018")
    recent = _TIME_RECENT.search(sent) is not None
    named = (int(m.group(1)) for m in _THE_YEAR.finditer(sent))
    for y in [*(int(m.group(1)) for m in _PAST_YEAR.finditer(sent)), *(() if recent else named)]:
        if ref_year is not None and y < ref_year and not future:
            return True
    if _BACKGROUND.search(sent) and (
        (not future and not recent) or _LAST_YEARS_SUBJECT.match(sent)
    ):
        # ("Last year's round of talks ... closed negotiations on how the pact will operate":
        # a clause whose subject last year names is past whatever "will" it holds)
        return True
    if day is not None:
        # a call or visit named by a month 2-5 months back is past, whatever else the clause says
        for m in _MONTH_POSS.finditer(sent):
            back = (day.month - dates_mod.MONTHS[m.group(1).lower()]) % 12
            # (a call is never set months ahead: "Trump's July 25 phone call" in February)
            if back >= 2 and (back <= 5 or m.group(0).endswith(("call", "conversation"))):
                return True
    elif any(m.group(0).endswith(("call", "conversation")) for m in _MONTH_POSS.finditer(sent)):
        # an undated story: a call named by its month is past, news names its day ("the
        # complaint about Trump's July call with Ukraine's leader", allsides-5112)
        return True
    if day is not None and not future:
        for m in _MONTH_IN.finditer(sent):
            if _TO_MEET_IN.search(sent, max(0, m.start() - 120), m.start()):
                continue  # "an invitation for Trump to visit China in November": ahead
            month = dates_mod.MONTHS[m.group(1).lower()]
            # "Back in February" in a November story: up to 9 months back (a month 10-11
            # back is more likely the coming one: "in January" in a December story)
            if 1 <= (day.month - month) % 12 <= 9:
                return True
    if not future:
        for m in _LAST_MONTH.finditer(sent):
            # "last <Month>" is the latest past such month: 2+ months back is not news
            if day is None or (day.month - dates_mod.MONTHS[m.group(1).lower()]) % 12 != 1:
                return True
        return _dated_long_ago(sent, day, ref_year)
    return False


def _month(name: str) -> int:
    return dates_mod.MONTHS[name.lower().rstrip(".")]


def _dated_long_ago(sent: str, day: date | None, ref_year: int | None) -> bool:
    """'Trump's July 25 phone call' in a November story, 'In March 2018' in a 2019 one."""
    for m in _MONTH_YEAR.finditer(sent):
        month, year = _month(m.group(1)), int(m.group(2))
        if day is not None:
            if (day.year - year) * 12 + day.month - month > _OLD_DAYS // 30:
                return True
        elif ref_year is not None and year <= ref_year:
            # an undated story: news of the days before goes without its year ("on April 6"),
            # so "In April 2018, Trump imposed further sanctions" (allsides-1681) tells the past
            return True
    if day is None:
        return False
    for m in _MONTH_DAY.finditer(sent):
        name, dd, yr = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(5, 4, 6)
        try:
            when = date(int(yr) if yr else day.year, _month(name), int(dd))
        except ValueError:
            continue
        # a day later in the year without a year is ahead (or last year): not judged; nor is
        # one 10-11 months back, more likely next year's: "on Jan. 7" in a December story
        if (day - when).days > _OLD_DAYS and (yr or (day.month - when.month) % 12 < 10):
            return True
    return False


# ------------------------------------------------------------------ events
def _actor(m: Mention, role: str) -> Actor:
    rank = m.rank or ("organisation" if m.kind == "org" else "government")
    return Actor(text=m.text, name=m.name, id=m.id, country=m.country, role=role, rank=rank)


def _build_events(
    story: Story,
    cands: list[tuple[Sentence, Candidate]],
    day: date | None,
    gaz: Gazetteer,
    context: dict[int, tuple[list[tuple[int, int, str]], list[Mention]]],
    sourced: list[frozenset[str]],
) -> list[Event]:
    """Events of the candidates; `sourced` gets, for each event (at its index), the actor ids
    of the cited sources kept as parties because the event had no second side without them."""
    events: list[Event] = []
    for s, c in cands:
        roles = [(m, r) for m, r in c.roles if m.country]
        without_sources = [(m, r) for m, r in roles if not m.source]
        for candidate_roles in (without_sources, roles):
            actors = _dedupe_actors([_actor(m, r) for m, r in candidate_roles])
            core = {
                a.country
                for a in actors
                if c.type == "state_visit" or a.role not in ("venue", "location")
            }
            if (
                len(core) >= 2
                and not _lacks_a_side(c.type, actors)
                or (c.type == "leaders_meeting" and core & _MULTILATERAL)
                or c.rule == "call.bloc"  # a bloc's ministers on one conference call
                or c.extra.get("global", False)  # "the world's governments ... sign" an accord
            ):
                break
        else:
            continue
        cameo, cat, mode = codes_for(c.type, c.variant)
        t0, t1 = s.start + c.trigger[0], s.start + c.trigger[1]
        date_text, date_iso = _event_date(s.text, c.trigger, day, c.status)
        loc = c.location
        spans, ms = context[s.index]
        events.append(
            Event(
                type=c.type,
                status=c.status,
                actors=actors,
                evidence=Evidence(
                    s.text, s.start, s.end, s.text[c.trigger[0] : c.trigger[1]], t0, t1
                ),
                rule=c.rule,
                confidence=round(c.confidence * (0.9 if s.is_headline else 1.0), 3),
                cameo=cameo,
                plover_category=cat,
                plover_mode=mode,
                location=loc.name if loc else None,
                location_country=loc.country if loc else None,
                date=date_iso,
                date_text=date_text,
                attribution=_attribution(s, spans, ms),
                status_explicit=bool(c.extra.get("explicit", True)),
            )
        )
        sourced.append(
            frozenset(_actor(m, r).id for m, r in roles if m.source)
            if candidate_roles is roles
            else frozenset()
        )
    return events


# one-way types need both ends: a source dropped from the roles ("Russia said it had banned
# imports from the U.S. and the EU") must not leave the targets alone
_BOTH_ENDS = {"sanctions": ("imposer", "target"), "diplomatic_expulsion": ("actor", "target")}


def _lacks_a_side(etype: str, actors: list[Actor]) -> bool:
    roles = {a.role for a in actors}
    return any(r not in roles for r in _BOTH_ENDS.get(etype, ()))


def _generic(a: Actor) -> bool:
    """A country, body or unnamed office ("the Russian president"), not a named person."""
    return a.rank == "government" or a.id == a.country or a.id.startswith(a.country.lower() + "-")


def _is_body(a: Actor) -> bool:
    """A government or organisation as a whole (not people who can travel)."""
    return a.rank in ("government", "organisation") and (
        a.id == a.country or a.rank == "government"
    )


def _is_bloc(a: Actor, blocs: AbstractSet[str] = _MULTILATERAL) -> bool:
    """A bloc or body of ``blocs`` as a whole ("the G-20", "NATO"), not one of its officials."""
    return a.country in blocs and _is_body(a)


def _dedupe_actors(actors: list[Actor]) -> list[Actor]:
    """One actor per (id, role); a generic actor is dropped when a named one of its country has the role."""
    seen: dict[tuple[str, str], Actor] = {}
    for a in actors:
        seen.setdefault((a.id, a.role), a)
    out = list(seen.values())
    named = {a.country for a in out if not _generic(a) and a.role not in ("venue", "location")}
    out = [
        a
        for a in out
        if not (_generic(a) and a.country in named and a.role not in ("venue", "location"))
    ]
    # the bare country beside an office of it in the same role ("Brazil president" and "Brazil"):
    # one actor for that side, the office
    offices = {(a.country, a.role) for a in out if a.id != a.country}
    return [
        a
        for a in out
        if not (
            a.id == a.country
            and (a.country, a.role) in offices
            and a.role not in ("venue", "location")
        )
    ]


def _event_date(
    sent: str, trig: tuple[int, int], day: date | None, status: str
) -> tuple[str | None, str | None]:
    window_start = max(0, trig[0] - 60)
    end = trig[1] + 60
    # a date a little further on in the same clause: "Mr. Kerry met privately with British
    # Foreign Secretary Philip Hammond on Monday" (Q015)
    stop = _CLAUSE_STOP.search(sent, trig[1], trig[1] + 110)
    far = stop.start() if stop else min(len(sent), trig[1] + 110)
    # a relative clause the trigger is not in dates its person's past, not the event: "Trump,
    # who was in Tokyo in May, will meet Xi ... on Saturday"
    asides = (
        [r for r in _relative_spans(sent) if not r[0] <= trig[0] < r[1]] if ", who " in sent else []
    )
    for seg_end, near in ((end, True), (max(end, far), False)):
        pos = window_start
        while (found := dates_mod.find_date(sent[pos:seg_end])) is not None:
            phrase, at = found
            abs_pos = pos + at
            if abs_pos + len(phrase) == seg_end < len(sent) and sent[seg_end].isdigit():
                # the window cut a number: "on June 29" would read "June 2"
                whole = dates_mod.find_date(sent[abs_pos:])
                if whole is not None and whole[1] == 0:
                    phrase = whole[0]
            pos = abs_pos + len(phrase)
            if any(a <= abs_pos < b for a, b in asides):
                continue
            # the day something was said is not the event's: "Mr. Kerry said Monday that he
            # “had a long meeting with President Erdogan” last week" (Q015) dates it last week
            if _REPORTED_ON.search(sent, max(0, abs_pos - 20), abs_pos):
                continue
            # nor is a date before the trigger that a reporting verb follows or leads ("On
            # Monday, Trump said he would meet", "told reporters on Monday that he would meet"),
            # or that another clause holds ("Leaders met on Saturday; Saudi Arabia will host")
            if abs_pos < trig[0] and (
                _REPORTING.search(sent, pos, trig[0])
                or _CLAUSE_BREAK.search(sent, pos, trig[0])
                or _REPORTED_BEFORE.search(sent, max(0, abs_pos - 40), abs_pos)
                and not _AT_THE_EVENT.match(sent, pos)
            ):
                continue
            # further on, only a day told as the event's ("... in Islamabad on Wednesday") or a
            # caption's full date; not a date naming another event ("ahead of Israel's March 17
            # general election") or a bare calendar date ("on March 4": a deadline, an incident)
            if not near and (
                pos <= end  # (read already, whole, in the near window)
                or _NAMING_DATE.search(sent, max(0, abs_pos - 12), abs_pos)
                or _has_digit(phrase)
                and not re.search(r"\d{4}$", phrase)
            ):
                continue
            return phrase, _resolve_for(phrase, day, status, sent, abs_pos, trig)
    return None, None


def _resolve_for(
    phrase: str, day: date | None, status: str, sent: str, at: int, trig: tuple[int, int]
) -> str | None:
    """The date of a phrase for an event of ``status``: a plan, offer or answer to one is still
    ahead (unless a past verb just before tells it: "leaders met Monday"); a cancelled or denied one is ahead when its clause tells the future ("the summit
    that was to be held on Monday has been called off" is past), or when its past reading
    lies months back ("the summit on Jan. 7 has been cancelled" in a December story)."""
    if status in ("occurred", "former", "planned"):
        return dates_mod.resolve(phrase, day, future=status == "planned")
    if status not in ("cancelled", "denied"):
        past_verb = _PAST_BEFORE.search(sent, max(0, at - 45), at)
        return dates_mod.resolve(phrase, day, future=past_verb is None)
    a, b = min(at, trig[0]), max(at + len(phrase), trig[1])
    if _TENSE_AHEAD.search(sent, max(0, a - 40), b):
        return dates_mod.resolve(phrase, day, future=True)
    past = dates_mod.resolve(phrase, day)
    if past is not None and day is not None and (day - date.fromisoformat(past)).days > _OLD_DAYS:
        return dates_mod.resolve(phrase, day, future=True) or past
    return past


# where a clause after the trigger ends (its dates are another event's)
_CLAUSE_STOP = re.compile(r"[;:(—–]|,\s+(?:but|while|and|after|before|as|which|who)\b")
# a verb of saying, a clause break, or a verb of saying shortly before a date (a date before
# the trigger with one of these is the statement's or another clause's)
# (unless the statement's date is the event's: "told reporters on Monday during a meeting with
# Orban")
_REPORTING = re.compile(r"\b(?:said|says|told|tells|tweeted|wrote)\b")
_CLAUSE_BREAK = re.compile(r";|,\s+and\b")
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|tells|tweeted|wrote)\b[^;]{0,40}$")
_AT_THE_EVENT = re.compile(
    r",?\s*(?:during|at|in|after|before|following|alongside|with|ahead\s+of)\b", re.IGNORECASE
)
# a past verb a few words before the date: "met Monday", "kicked off in Mexico on Friday"
# (not one that sets a coming date: "scheduled for Wednesday", "agreed to meet on Monday")
_PAST_BEFORE = re.compile(
    r"\b(?:met|held|began|spoke|(?!(?:scheduled|expected|planned|slated|postponed|delayed|moved|"
    r"pushed|agreed|proposed|offered|invited|announced|aimed|hoped|wanted|needed|asked|urged|"
    r"called|reported|tweeted)\b)[a-z]+ed)(?:\s+[\w.’'-]+){0,4}\s+(?:on\s+)?$"
)
# a clause that tells the future: "will meet", "is due to meet", "was to be held" is not it
_TENSE_AHEAD = re.compile(
    r"\b(?:will|would|is\s+(?:due|set|scheduled|expected)|are\s+(?:due|set|scheduled|expected)|"
    r"is\s+to|are\s+to|upcoming|next)\b",
    re.IGNORECASE,
)
_REPORTED_ON = re.compile(
    r"\b(?:reported|said|says|told|announced|tweeted|wrote|posted)\s+(?:on\s+|late\s+|early\s+)?$"
)
# a date that names another event: "Israel's March 17 general election", "the June 30 deadline"
_NAMING_DATE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her)|\w['’]s)\s+$", re.IGNORECASE)


def _attribution(s: Sentence, spans: list[tuple[int, int, str]], ms: list[Mention]) -> Attribution:
    """Who asserts the sentence: an agency named in it and the sources it cites."""
    # an agency the sentence cites ("..., RIA Novosti reported") beats one in the dateline
    # ("MOSCOW (Reuters) -"); an agency that only reports keeps its name on an event no
    # source claims, any other only on a claim
    cited = next((am.group(1) for _, _, text in spans if (am := _AGENCIES.fullmatch(text))), None)
    am = _AGENCIES.search(s.text)
    agency = cited or (am.group(1) if am else None)
    sources: list[str] = []
    claimed_by = None
    for a, b, text in spans:
        inside = [m for m in ms if a <= m.start and m.end <= b]
        person = next((m for m in inside if m.kind in ("person", "title")), None)
        name = person.name if person else text
        if claimed_by is None and inside:
            claimed_by = inside[0].country or None
        if agency and (name == agency or name.startswith(agency)):
            continue
        if _AGENCIES.fullmatch(name):
            agency = agency or name
            continue
        sources.append(name)
    if not sources and claimed_by is None and agency != cited:
        agency = None
    return Attribution(agency=agency, sources=tuple(dict.fromkeys(sources)), claimed_by=claimed_by)


def _summit_trips(events: list[Event]) -> list[Event]:
    """Travel to a multilateral summit's venue is a meeting, not a visit, unless the story
    reports contact with the host: "Trump returned late Saturday from his two-day trip to
    Argentina" with the G-20 summit the story is about, and no Argentine official (S014)."""
    summits = [
        e
        for e in events
        if e.type == "leaders_meeting"
        and any(a.role == "participants" and _is_bloc(a) for a in e.actors)
    ]
    if not summits:
        return events

    def attendees(s: Event) -> set[str]:
        """The summit's sides, with those of the talks told in its sentence: a bloc's gathering
        told apart from two leaders' talks there ("his talks with Putin at a summit of the
        Group of 20") has its attendees in them."""
        near = {
            c
            for e in events
            if e.type == "leaders_meeting" and e.evidence.start == s.evidence.start
            for c in e.countries()
        }
        return s.countries() | near

    def drop(v: Event) -> bool:
        host = next((a for a in v.actors if a.role == "host"), None)
        guest = {a.country for a in v.actors if a.role == "visitor"}
        loc = v.location_country
        return (
            v.type == "state_visit"
            and v.rule == "visit.travel"
            and host is not None
            and _is_body(host)
            # (a summit of the same phase: a visit made last month is no trip to next week's G20)
            and any(
                guest & attendees(s) and s.location_country in (None, loc) and s.status == v.status
                for s in summits
            )
            and not any(
                e.type in ("leaders_meeting", "leader_call")
                and loc in e.countries()
                and guest & e.countries()
                and e not in summits
                for e in events
            )
        )

    return [e for e in events if not drop(e)]


def _implied_visits(events: list[Event]) -> list[Event]:
    """A bilateral meeting held in one party's country implies a visit by the other party."""
    out: list[Event] = []
    for e in events:
        if (
            e.type != "leaders_meeting"
            or not e.location_country
            or e.location_country in _MULTILATERAL
        ):
            continue
        parts = [a for a in e.actors if a.role == "participants"]
        hosts = [a for a in parts if a.country == e.location_country]
        if not hosts or any(_is_bloc(a) for a in parts) or len({a.country for a in parts}) < 2:
            continue
        loc = next((a for a in e.actors if a.role == "location"), None)
        for v in parts:
            if v.country == e.location_country or _is_body(v):
                continue
            actors = [replace(v, role="visitor"), replace(hosts[0], role="host")]
            if loc is not None:
                actors.append(loc)
            cameo, cat, mode = codes_for("state_visit")
            out.append(
                replace(
                    # a visit told in its own words gives the status ("Arrives In North Korea
                    # For Talks": the visit occurred, the talks are planned)
                    e, type="state_visit", actors=actors, rule="visit.implied_by_meeting", status_explicit=False,
                    confidence=round(e.confidence * 0.8, 3), cameo=cameo, plover_category=cat, plover_mode=mode,
                )
            )  # fmt: skip
    return out


def _visit_venues(events: list[Event]) -> list[Event]:
    """Talks between a visitor and their host are held where the visit takes place: a
    meeting that names no place takes the location of a visit by the same two sides
    that shares a named person with it (Pompeo's trip does not place Trump's summit)."""
    visits = [
        e
        for e in events
        if e.type == "state_visit"
        and e.location_country
        # a visit only implied, or only accepted, says nothing of where the talks were held
        and not e.rule.endswith(("implied_by_meeting", "invitation_accepted"))
    ]
    out = []
    for e in events:
        if e.type == "leaders_meeting" and not e.location_country:
            people = {a.id for a in e.actors if not _generic(a)}
            v = next(
                (
                    v
                    for v in visits
                    if {a.country for a in v.actors} == e.countries()
                    and people & {a.id for a in v.actors if a.role in ("visitor", "host")}
                ),
                None,
            )
            loc = next((a for a in v.actors if a.role == "location"), None) if v else None
            if v is not None and loc is not None:
                e = replace(
                    e,
                    actors=[*e.actors, loc],
                    location=v.location,
                    location_country=v.location_country,
                )
        out.append(e)
    return out


# blocs that gather their leaders once a year, in one place: a story's "G-7 summit" is one
_GATHERING_BLOCS = frozenset(("G7", "G8", "G20", "NATO", "ASEAN", "APEC", "SCO", "BRICS"))


def _phase(e: Event) -> str:
    """Coming (planned, proposed) or not: a summit's held, called-off ... mentions are one."""
    return "coming" if e.status in ("planned", "proposed") else "held"


def _summit_venues(events: list[Event]) -> list[Event]:
    """A bloc's summit told without its place is held where the story's other mention of
    that summit is: "As Mr. Trump wrapped up two days of meetings at the G-7" in a story
    whose G-7 summit is placed in Taormina, Italy (R009). A mention of the same phase first:
    this year's summit in Osaka does not place next year's, told as planned; one whose phase
    is only guessed takes the place of another phase's where its own has none."""
    places: dict[tuple[str, str], list[Actor]] = {}
    for e in events:
        loc = next((a for a in e.actors if a.role == "location"), None)
        if e.type != "leaders_meeting" or loc is None:
            continue
        for a in e.actors:
            if a.role == "participants" and _is_bloc(a, _GATHERING_BLOCS):
                places.setdefault((a.country, _phase(e)), []).append(loc)
    out = []
    for e in events:
        if e.type == "leaders_meeting" and not e.location_country:
            bodies = {a.country for a in e.actors if a.role == "participants" and _is_body(a)}
            phases = [[_phase(e)], ["coming", "held"]] if not e.status_explicit else [[_phase(e)]]
            for allowed in phases:
                found = [places[b, p] for b in bodies for p in allowed if (b, p) in places]
                blocs = {b for b in bodies if any((b, p) in places for p in allowed)}
                if blocs:
                    break
            where = {loc.country for locs in found for loc in locs}
            if len(blocs) == 1 and len(where) == 1:
                loc = found[0][0]
                e = replace(e, actors=[*e.actors, loc], location_country=loc.country)
        out.append(e)
    return out


# "Merkel said negotiations between the UK and the EU would ...": the sides named right after
# the trigger are the parties, not the speaker who talks about them
_BETWEEN = re.compile(r"\s+between\s+(?P<sides>[^,.;:!?()\u201c\u201d\"]{3,160})")
_SPOKE = re.compile(
    r"\b(?:said|says|told\s+\w+|added|warned|noted|stressed|believes|expects|hopes|thinks|"
    r"doesn't\s+expect|does\s+not\s+expect|insisted|argued|predicted)\b"
)
_BETWEEN_ROLES = {"leaders_meeting": "participants", "leader_call": "participants"}


def _between_sides(e: Event) -> Event:
    """Drop a speaker before "<trigger> between A and B" who is neither A nor B."""
    role = _BETWEEN_ROLES.get(e.type)
    ev = e.evidence
    if role is None or ev.trigger_end < 0 or "between" not in ev.text:
        return e
    t0, t1 = ev.trigger_start - ev.start, ev.trigger_end - ev.start
    m = _BETWEEN.match(ev.text, t1)
    if m is None or (" and " not in m.group("sides") and " & " not in m.group("sides")):
        return e
    sides = m.group("sides")
    inside = {a.country for a in e.actors if a.role == role and a.text in sides}
    if len(inside) < 2:
        return e
    head = ev.text[:t0]

    def speaker(a: Actor) -> bool:
        i = head.find(a.text)
        return i >= 0 and _SPOKE.search(head, i + len(a.text)) is not None

    kept = [a for a in e.actors if a.role != role or a.country in inside or not speaker(a)]
    return e if len(kept) == len(e.actors) else replace(e, actors=kept)


def _named_parties(e: Event, named: AbstractSet[str]) -> Event:
    """Of a wide pact's parties given by its name, those the story names: "Mexico and Canada are
    part of the negotiations on the TPP pact" names Mexico, Canada and the U.S., not Peru (T042)."""
    kept = [a for a in e.actors if a.country in named or not many_party_pact(a.text)]
    if len(kept) == len(e.actors) or len({a.country for a in kept}) < 2:
        return e
    return replace(e, actors=kept)


_DIRECTED = {"state_visit", "diplomatic_expulsion", "sanctions"}


def _merge_key(e: Event) -> frozenset[str]:
    """Countries of the parties; for one-way types (expulsion, sanctions ...) with their roles."""
    if e.type in _DIRECTED:
        sides = {a.country + ":" + a.role for a in e.actors if a.role not in ("venue", "location")}
        if e.type == "state_visit":
            sides = {a.country + (":visitor" if a.role == "visitor" else ":host") for a in e.actors}
        return frozenset(sides)
    return frozenset(e.countries())


def _other_deal(part: list[Event], whole: list[Event]) -> bool:
    """A deal of fewer parties told as reached is not a wider one under negotiation: "He reached
    a tentative deal with Mexico" (S003) is not NAFTA's renegotiation with Canada and Mexico."""
    if part[0].type != "agreement":
        return False
    return "occurred" in {e.status for e in part} and {e.status for e in whole} == {"proposed"}


def _group_status(group: list[Event]) -> str:
    """The status a merged group gets: the explicit statuses decide."""
    return _merge_status(
        [e.status for e in group if e.status_explicit] or [e.status for e in group]
    )


_PHASED = ("leaders_meeting", "state_visit")


def _past_and_coming(part: list[Event], whole: list[Event]) -> bool:
    """Talks told as held and a meeting told as coming elsewhere are two events: "two days of
    high-level trade talks in Washington ended" and "he will meet with Xi and Putin at the G20
    gathering in Japan next month" (S041)."""
    if part[0].type not in _PHASED:
        return False
    told = [
        _merge_status([e.status for e in g if e.status_explicit] or ["?"]) for g in (part, whole)
    ]
    if sorted(told) != ["occurred", "planned"]:
        return False
    coming, held = (part, whole) if told[0] == "planned" else (whole, part)
    return _held_elsewhere(coming, held)


def _places(e: Event) -> set[str]:
    """Countries of the event's location."""
    return {a.country for a in e.actors if a.role in ("location", "venue")} | (
        {e.location_country} if e.location_country else set()
    )


def _held_elsewhere(coming: list[Event], held: list[Event]) -> bool:
    """Are the coming events placed, and none where the held ones took place?"""
    where = {c for e in coming for c in _places(e)}
    return bool(where) and not where & {c for e in held for c in _places(e)}


def _side_meeting_called_off(part: list[Event], whole: list[Event]) -> bool:
    """A one-on-one meeting called off is not the bloc's summit it was to flank: "Obama had
    already canceled a planned one-on-one summit with Putin" is no G-20 summit cancelled (O028)."""
    if part[0].type != "leaders_meeting" or _group_status(part) != "cancelled":
        return False
    blocs = {c for e in whole for c in e.countries() if c in _MULTILATERAL}
    held = _group_status(whole) in ("occurred", "planned")
    return held and bool(blocs - {c for e in part for c in e.countries()})


def _split_past_and_coming(
    groups: dict[tuple[str, frozenset[str]], list[Event]],
) -> dict[tuple[str, frozenset[str]], list[Event]]:
    """Of the same sides, a meeting told as held and one told as coming somewhere else are two
    events ("talks ... ended without a deal last week", "plans to meet Xi at a G20 summit in
    Japan late next month", S010): the coming one keeps the sentences that say it is planned."""
    out: dict[tuple[str, frozenset[str]], list[Event]] = {}
    for (etype, key), group in groups.items():
        coming = [e for e in group if e.status_explicit and e.status == "planned"]
        held = [e for e in group if e.status_explicit and e.status == "occurred"]
        if etype not in _PHASED or not held or not _held_elsewhere(coming, held):
            out[(etype, key)] = group
            continue
        out[(etype, key)] = [e for e in group if all(e is not c for c in coming)]
        out[(etype + "\0planned", key)] = coming
    return out


def _merge(events: list[Event], sourced: AbstractSet[tuple[int, str]] = frozenset()) -> list[Event]:
    """One event per (type, parties); the best sentence gives the evidence. A cited source made
    a party only for want of a second side ("quoted Lavrov as saying Trump returned to the
    invitation") does not join the parties of the same event told elsewhere."""
    groups: dict[tuple[str, frozenset[str]], list[Event]] = {}
    for e in events:
        groups.setdefault((e.type, _merge_key(e)), []).append(e)
    groups = _split_past_and_coming(groups)
    # an event whose parties are a subset of a richer one of the same type joins it
    keys = sorted(groups, key=lambda k: (-len(k[1]), sorted(k[1])))
    merged: dict[tuple[str, frozenset[str]], list[Event]] = {}
    for k in keys:
        target = next(
            (
                m
                for m in merged
                if m[0].split("\0")[0] == k[0].split("\0")[0]
                and k[1] < m[1]
                and len({x.split(":")[0] for x in k[1]}) >= 2
                and not _other_deal(groups[k], merged[m])
                and not _past_and_coming(groups[k], merged[m])
                and not _side_meeting_called_off(groups[k], merged[m])
            ),
            None,
        )
        if target is not None and len(target[1]) - len(k[1]) <= 1:
            merged[target].extend(groups[k])
        else:
            merged[k] = list(groups[k])
    out: list[Event] = []
    for group in merged.values():
        group.sort(key=lambda e: e.evidence.start)
        body = [e for e in group if e.evidence.start > 0] or group
        best = max(
            body,
            key=lambda e: (len({a.country for a in e.actors}), e.confidence, -e.evidence.start),
        )
        actors: list[Actor] = []
        for e in group:
            actors.extend(e.actors)
        if len(group) > 1 and sourced:
            plain = {
                (a.id, a.country) for e in group for a in e.actors if (id(e), a.id) not in sourced
            }
            sides = {country for _, country in plain}
            actors = [
                a
                for e in group
                for a in e.actors
                if (a.id, a.country) in plain or a.country not in sides
            ]
        actors = _dedupe_actors(actors)
        actors = _one_role_per_actor(actors)
        explicit = [e.status for e in group if e.status_explicit]
        status = _merge_status(explicit or [e.status for e in group])
        # the most precise date told: "March 20" or "Yesterday" (a day) beats "last month"
        dated = max(
            (e for e in group if e.date_text),
            key=lambda e: (
                len(e.date or ""),
                dates_mod.precision(e.date_text or ""),
                _has_digit(e.date_text or ""),
            ),
            default=None,
        )
        # a headline event told without its source does not unclaim the body's sentence
        told = [e for e in group if e.evidence.start > 0] or group
        claimed = all(e.attribution.is_claim for e in told)
        # the agency of a claim, or one that reports an event no source claims
        agency = next(
            (
                e.attribution.agency
                for e in group
                if e.attribution.agency and (claimed or not e.attribution.is_claim)
            ),
            None,
        )
        # a headline's "X says" names the claimant; the body names the sources more precisely
        body_sources = [s for e in group if e.evidence.start > 0 for s in e.attribution.sources]
        head_sources = [s for e in group if e.evidence.start == 0 for s in e.attribution.sources]
        sources = tuple(dict.fromkeys(body_sources or head_sources)) if claimed else ()
        loc_ev = next((e for e in group if e.location), None)
        out.append(
            replace(
                best,
                actors=actors,
                status=status,
                date=dated.date if dated else None,
                date_text=dated.date_text if dated else None,
                location=loc_ev.location if loc_ev else None,
                location_country=loc_ev.location_country if loc_ev else None,
                attribution=Attribution(
                    agency=agency,
                    sources=sources,
                    claimed_by=next(
                        (e.attribution.claimed_by for e in group if e.attribution.claimed_by), None
                    )
                    if claimed
                    else None,
                ),
                confidence=round(min(0.99, best.confidence + 0.05 * (len(group) - 1)), 3),
            )
        )
    return out


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _one_role_per_actor(actors: list[Actor]) -> list[Actor]:
    """An actor keeps its first role (inviter beats invitee when both were guessed)."""
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.id in seen and a.role not in ("venue", "location"):
            continue
        seen.add(a.id)
        out.append(a)
    return out


_STATUS_PRIORITY = [
    "cancelled",
    "denied",
    "declined",
    "accepted",
    "occurred",
    "planned",
    "proposed",
]


def _merge_status(statuses: list[str]) -> str:
    for s in _STATUS_PRIORITY:
        if s in statuses:
            return s
    return statuses[0]
