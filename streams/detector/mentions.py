"""Actor mentions: countries, capitals, seats of government, organisations, people and titles.

The recogniser is a trie-shaped regex over every gazetteer surface form (fast on long
stories) plus title patterns ("Chinese Foreign Minister Wang Yi", "the U.S. president",
"his Russian counterpart") resolved against the gazetteer on the story's date.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

import ahocorasick

from streams.detector.gazetteer import Gazetteer, Surface, Term, slug
from streams.detector.literal_scan import LocatedPattern
from streams.detector.literals import Prefiltered
from streams.detector.text import ABBREVIATIONS

# Title words -> (office in the gazetteer, rank).
TITLES: dict[str, tuple[str, str]] = {
    "president": ("head_of_state", "head_of_state"),
    "vice president": ("", "official"),
    "president-elect": ("head_of_state", "head_of_state"),
    "prime minister": ("head_of_government", "head_of_government"),
    "premier": ("head_of_government", "head_of_government"),
    "pm": ("head_of_government", "head_of_government"),  # headlines: "Greek PM postpones ..."
    # headline abbreviations, read only so written ("Russian Pres. Putin", "Russian FM to visit
    # N.Korea"; not "FM radio") and as the full title (see _ABBREVIATED_TITLES)
    "pres": ("head_of_state", "head_of_state"),
    "fm": ("foreign_minister", "foreign_minister"),
    "chancellor": ("head_of_government", "head_of_government"),
    "chief executive": ("head_of_government", "head_of_government"),
    "chief minister": ("head_of_government", "head_of_government"),
    "king": ("head_of_state", "head_of_state"),
    "emperor": ("head_of_state", "head_of_state"),
    "queen": ("head_of_state", "head_of_state"),
    "emir": ("head_of_state", "head_of_state"),
    "crown prince": ("head_of_government", "head_of_government"),
    "sheikh": ("", "official"),
    "supreme leader": ("head_of_state", "head_of_state"),
    "leader": ("head_of_state", "head_of_state"),
    "pope": ("head_of_state", "head_of_state"),
    # "The pontiff is in Ireland to close the 2018 World Meeting of Families" (V026)
    "pontiff": ("head_of_state", "head_of_state"),
    "foreign minister": ("foreign_minister", "foreign_minister"),
    "foreign secretary": ("foreign_minister", "foreign_minister"),
    "secretary of state": ("foreign_minister", "foreign_minister"),
    "external affairs minister": ("foreign_minister", "foreign_minister"),
    "foreign affairs minister": ("foreign_minister", "foreign_minister"),
    "minister of foreign affairs": ("foreign_minister", "foreign_minister"),
    "minister for foreign affairs": ("foreign_minister", "foreign_minister"),
    "top diplomat": ("foreign_minister", "foreign_minister"),
    "defense secretary": ("defence_minister", "minister"),
    "defence secretary": ("defence_minister", "minister"),
    "defense minister": ("defence_minister", "minister"),
    "defence minister": ("defence_minister", "minister"),
    "secretary of defense": ("defence_minister", "minister"),
    "secretary of defence": ("defence_minister", "minister"),
    "minister": ("", "minister"),
    "secretary": ("", "minister"),
    "undersecretary of state": ("", "official"),
    "under secretary of state": ("", "official"),
    "deputy foreign minister": ("", "official"),
    "ambassador": ("", "official"),
    "envoy": ("", "official"),
    "special envoy": ("", "official"),
    "spokesman": ("", "official"),
    "spokeswoman": ("", "official"),
    "spokesperson": ("", "official"),
    "counterpart": ("", ""),
    "mayor": ("", "official"),
    "senator": ("", "official"),
    "congressman": ("", "official"),
    "congresswoman": ("", "official"),
    "secretary-general": ("head_of_organisation", "organisation"),
    "secretary general": ("head_of_organisation", "organisation"),
    # a word between the nationality and the title: "Chinese Vice Premier Liu He", "German
    # finance minister Wolfgang Schaeuble", "U.S. Trade Representative Robert Lighthizer"
    "vice premier": ("", "minister"),
    "deputy prime minister": ("", "minister"),
    "vice foreign minister": ("", "official"),
    "trade representative": ("", "minister"),
}
# portfolios of ministers and (US/UK) secretaries who deal with other governments
_PORTFOLIOS = (
    "finance", "trade", "economy", "commerce", "environment", "interior", "home", "agriculture",
    "energy", "industry", "justice", "health", "treasury", "oil", "petroleum", "european affairs",
)  # fmt: skip
_PORTFOLIO_TITLES = {f"{p} {t}" for p in _PORTFOLIOS for t in ("minister", "secretary")}
TITLES.update(dict.fromkeys(_PORTFOLIO_TITLES, ("", "minister")))
# titles that make an unknown name after them a person even with no nationality word (the
# person's country may come from an apposition); the wider ones above need a nationality
_OWN_TITLES = set(TITLES) - _PORTFOLIO_TITLES - {
    "vice premier", "deputy prime minister", "vice foreign minister", "trade representative",
}  # fmt: skip
# abbreviated title -> (its only written forms, the full title it is read as)
_ABBREVIATED_TITLES = {"pres": (("Pres",), "president"), "fm": (("FM",), "foreign minister")}
# "a Russian FM radio station": the waveband, no minister
_FM_RADIO = re.compile(
    r"[\s-]+(?:[Rr]adio|[Ss]tations?|[Ff]requenc|[Bb]and|[Bb]roadcast|[Tt]ransmitter|\d)"
)

# chancellors who are ministers: "Chancellor of the Exchequer", "Chancellor of the Duchy of
# Lancaster", "Lord Chancellor", "Shadow Chancellor" (a university's "Vice Chancellor")
_OTHER_CHANCELLOR_AFTER = re.compile(
    r"\s+of\s+the\s+(?:Exchequer|Duchy(?:\s+of\s+Lancaster)?)\b", re.IGNORECASE
)
# what ends a name in apposition after a comma: "the Chinese president, Xi Jinping, said"
_APPOSITION_END = re.compile(r"\s*(?:[,;:.!?)\u2014\u2013]|$)")
_OTHER_SECRETARY_OF_STATE = re.compile(r"\s+for\s+(?!Foreign\b)")
_OTHER_CHANCELLOR_BEFORE = re.compile(r"\b(?:Lord|Shadow|shadow|Vice|vice)[\s-]+$")

_RANK_OFFICE = {
    "head_of_state": "head_of_state",
    "head_of_government": "head_of_government",
    "foreign_minister": "foreign_minister",
}

# lawmakers' titles: their nationality comes from a demonym ("an American senator") or a
# prefix ("U.S. Senator"), never from a place name (a US state: "the Georgia senator")
_LAWMAKER_TITLES = {"senator", "congressman", "congresswoman"}
# Titles that name one office of one country with no nationality word (in title case; a
# nationality before them still wins: "the British Treasury Secretary"). Wire copy writes
# "Treasury Secretary Timothy Geithner" for the US office with no "U.S."
UNIQUE_TITLES = {"Pope": "VAT", "Treasury Secretary": "USA"}

# Group nouns that turn a nationality adjective into a government actor.
GOV_NOUNS = (
    r"governments?|administration|authorities|officials?|diplomats?|envoys?|delegations?|ministry"
    r"|foreign ministry|foreign office|state department|defen[cs]e ministry|ministers?|leaders?"
    r"|lawmakers|parliament|congress|military|army|navy|forces|troops|embassy|consulate"
    r"|ambassador|counterparts?|side|regime|junta|treasury(?: department)?|cabinet|negotiators"
    r"|state media|president|prime minister|premier|chancellor|foreign ministers?|king|emir"
    r"|deputy chief of mission|mission|consul|charge d'affaires|diplomatic staff|nationals"
)
_GOV_NOUN_RE = re.compile(rf"\s+(?:{GOV_NOUNS})\b", re.IGNORECASE)


def _trie_regex(words: list[str]) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


_SMALL_WORDS = frozenset({"of", "for", "the", "and"})


def _case_variants(words: list[str]) -> list[str]:
    out: set[str] = set()
    for w in words:
        # "Secretary of State", "Minister for Foreign Affairs": small words stay lower case
        headline = " ".join(p if p in _SMALL_WORDS else p.capitalize() for p in w.split(" "))
        out.update({w, w.capitalize(), w.title(), w.upper(), headline})
    return sorted(out)


_TITLE_RE = re.compile(
    # ("then-U.S. president": a hyphen needs no space after it)
    r"\b(?:(former|Former|ex-|Ex-|then-|Then-|late|Late|outgoing|Outgoing|incoming|Incoming|acting|Acting)(?:(?<=-)\s*|\s+))?"
    r"(?:(U\.S\.|US|UK|EU|U\.N\.|UN)\s+)?"
    r"(" + _trie_regex(_case_variants(list(TITLES))) + r")\b"
)  # case-sensitive on purpose: a case-insensitive scan of every story is several times slower
# tried only where a title, a "former" or a country abbreviation starts (~10x faster)
_TITLE_STARTS = LocatedPattern(_TITLE_RE)
_NAME_RE = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*((?:[A-Z][\w'’.\-]*|(?:bin|al|de|da|van|von|la|el|Al)\b)(?:[ \u00a0]+(?:[A-Z][\w'’.\-]*|(?:bin|al-?\w+|de|da|van|von|la|el)\b))*)"
)
# a town, then its country: "in Marrakesh, Morocco", "at Biarritz, France"
_IN_CITY_COMMA = re.compile(
    r"\b(?:in|at)\s+(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s+(?:the\s+)?$"
)
_LOC_PREP = re.compile(
    r"(?:\b(?:in|to|at|into|visiting|visit|visits|visited|toward|towards|across|near|outside|inside)\s+(?:the\s+)?(?:southern\s+|northern\s+|eastern\s+|western\s+|city\s+of\s+)?)$",
    re.IGNORECASE,
)
# what talks or a dispute are about is read like a place: never a party ("sanctions on Russia
# over Ukraine", "negotiations over Syria", "when the subject of the Ukraine came up")
_TOPIC_OF = re.compile(
    r"\b(?:over|about|regarding|concerning|(?:subject|issue|question|mention)\s+of|support\s+for"
    r"|invasion\s+of|fleeing)\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
# ... or named as the topic right after: "the Cyprus issue", "North Korea is expected to top the
# agenda", "if North Korea would be raised"
_TOPIC_AFTER = re.compile(
    r"\s+(?:issue|question|problem|file)\b"
    r"|\s+(?:is|was|would|will|could|might)\s+(?:(?:expected|likely|set)\s+to\s+)?(?:be\s+)?"
    r"(?:top|tops|topped|dominate|dominates|raised|discussed|high\s+on|on\s+the\s+agenda)\b"
)
# a country named as left out is no party: "12 nations (though not China)", "every member but not
# Russia", "all G-20 countries except Turkey"
_EXCLUDED = re.compile(
    r"\b(?:(?:though|but)\s+not|except(?:\s+for)?|excluding|other\s+than)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# what a move answers names a side, not a place: "The move is a response to the U.S.'s expulsion
# of 60 Russian diplomats" (d101), "in retaliation to Washington's sanctions"
_REACTION_TO = re.compile(
    r"\b(?:response|responses|reaction|reply|answer|retaliation|riposte)\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "a resident of Kramatorsk, Ukraine": where a private person lives, not a party
_RESIDENT_OF = re.compile(
    r"\b(?:residents?|natives?|citizens?)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*,?\s+){0,2}$"
)
# the country names whose officials: "pledged to seek answers from U.S. diplomats at a
# trans-Atlantic ministerial meeting in Dublin" (S021): a side, not where they come from
_OFFICIALS_AFTER = re.compile(
    r"\s+(?:officials|diplomats|negotiators|envoys|ministers|leaders|delegates|delegation|"
    r"representatives|counterparts|authorities)\b"
)
# "chiefs from the United States": people from a country act for it; "threats from X" do not
_GROUP_FROM = re.compile(
    r"\b(?P<noun>(?:defen[cs]e |foreign |finance |trade )?(?:chiefs|officials|envoys|delegations?|representatives|diplomats|leaders|ministers|"
    r"negotiators|counterparts|staff|delegates))\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Mr. Trump and his counterparts in Mexico and Canada signed the agreement" (Q002): the
# officials of a country named after "in", people who act for it (not a place)
_GROUP_IN = re.compile(
    r"\b(?P<noun>(?:his|her|their|its)\s+(?:counterparts?|opposite\s+numbers?))\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BLOC_PRESIDENCY = re.compile(
    r"\b(?:bloc|EU|union|council)['’]s\s+$|\b(?:EU|rotating|current)\s+$", re.IGNORECASE
)
# "his rotating EU presidency", "Hungary's EU presidency": an office held, not the body acting
_HELD_PRESIDENCY = re.compile(
    r"\b(?:his|her|its|their|[A-Z][\w-]*['’]s)\s+(?:(?:rotating|six-month|current|new)\s+)*$"
)
_PRESIDENCY = re.compile(r"\s+(?:EU\s+|rotating\s+)?presidency\b", re.IGNORECASE)
_POST_AT = re.compile(
    r"\b(?:ambassadors?|envoys?|representatives?|permanent\s+representatives?)\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")
_DOMESTIC_COUNCIL = re.compile(
    r"\b(?:National|Homeland)\s+$"
    # a country's own council: "Russia's Security Council", "his Security Council", "the
    # Russian Security Council" (not "the U.N.'s Security Council")
    r"|(?<![\w.])(?!(?:U\.N|UN|Nations|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"today|tonight|yesterday|tomorrow|week|month|year|day|night|weekend)\b)[\w.-]+['’]s?\s+$"
    # ("its" is left out: "the United Nations and its Security Council")
    r"|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+$"
    r"|\b(?!(?:European|American)\s)[A-Z][a-z]+(?:an|ese|ish|i|ch)\s+$"
)
_FORMER = re.compile(r"\b(former|ex-|then-|late|candidate|ex)\s*$", re.IGNORECASE)
# "former Foreign Secretary Boris Johnson", "then-Secretary of State John Kerry"
_FORMER_TITLED = re.compile(
    r"\b(?:[Ff]ormer|[Ee]x-|[Tt]hen-)\s*(?:(?:[A-Z][\w.’'-]*|of|the|for|and)\s+){1,5}$"
)
_NOT_NAMES = {
    # a visit noun after a title: "Before Pope Visit", "During Pope Trip"
    "Visit",
    "Visits",
    "Trip",
    "Trips",
    "Tour",
    "The",
    "A",
    "An",
    "And",
    "Of",
    "In",
    "On",
    "At",
    "To",
    "For",
    "With",
    "From",
    "By",
    "As",
    "But",
    "Or",
    "Says",
    "Said",
    "Is",
    "Was",
    "Has",
    "Had",
    "Will",
    "Would",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Office",
    "Department",
    "Ministry",
    "House",
    "Council",
    "Committee",
    "After",
    "Before",
    "Over",
    "Amid",
    "During",
    "Against",
    "Into",
    "About",
    "Who",
    "Urges",
    "Under",
    "Despite",
    "Ahead",
    "Following",
    "Near",
    "Ties",
    "Talks",
    "Without",
}
# title-case headline verbs: the name after a title ends before them ("Japanese PM Meets
# Trump", "Saudi Crown Prince Holds Talks With Putin")
_HEADLINE_VERBS = frozenset(
    {
        "Meet", "Meets", "Met", "Meeting", "Hold", "Holds", "Held", "Holding", "Host", "Hosts",
        "Hosted", "Visiting", "Visited", "Call", "Calls", "Called", "Phones", "Phoned", "Sign",
        "Signs", "Signed", "Tell", "Tells", "Told", "Say", "Warn", "Warns", "Warned", "Welcome",
        "Welcomes", "Welcomed", "Receive", "Receives", "Received", "Greet", "Greets", "Greeted",
        "Agree", "Agrees", "Agreed", "Arrive", "Arrives", "Arrived", "Land", "Lands", "Landed",
        "Head", "Heads", "Headed", "Discuss", "Discusses", "Discussed", "Invite", "Invites",
        "Invited", "Expel", "Expels", "Expelled", "Reject", "Rejects", "Rejected", "Accuse",
        "Accuses", "Accused", "Thank", "Thanks", "Thanked", "Praise", "Praises", "Praised",
        "Hail", "Hails", "Hailed", "Slam", "Slams", "Slammed", "Back", "Backs", "Backed",
        "Vow", "Vows", "Vowed", "Pledge", "Pledges", "Pledged", "Seek", "Seeks", "Sought",
        "Ask", "Asks", "Asked", "Join", "Joins", "Joined", "Leave", "Leaves", "Left",
        "Speak", "Speaks", "Spoke", "Sends", "Sent", "Offer", "Offers", "Offered", "Plan",
        "Plans", "Planned", "Begin", "Begins", "Began", "Ends", "Ended", "Congratulates",
        "Congratulated", "Are", "Were", "Be", "Been", "Can", "Could", "May", "Might",
        "Must", "Should", "Does", "Did", "Do", "Gets", "Got", "Makes", "Made", "Takes", "Took",
        "Wants", "Wanted", "Upon", "Via", "Toward", "Towards", "Through", "Across", "Between",
        "Among", "Behind", "Within", "Outside", "Inside", "Vs",
    }
)  # fmt: skip


def _name_before_headline_words(raw: str, start: int, by_start: dict[int, Mention]) -> str:
    """The invented name after a title, cut before a headline verb or preposition ("Meets
    Trump At White House" -> "") or another, known person after a name of two words or more
    ("Uhuru Kenyatta Trump" -> "Uhuru Kenyatta"; "John Smith", "Lyndon B. Johnson" stay one
    name)."""
    prev = ""
    for i, w in enumerate(re.finditer(r"\S+", raw)):
        word = w.group(0)
        known = by_start.get(start + w.start())
        if (
            i > 0
            and (word in _NOT_NAMES or word in _HEADLINE_VERBS)
            or i == 0
            and word in _HEADLINE_VERBS
            or i >= 2
            and known is not None
            and known.kind == "person"
            and not _INITIAL.fullmatch(prev)
            and prev.lower() not in _TITLE_LIKE
        ):
            return raw[: w.start()].rstrip(" \u00a0")
        prev = word
    return raw


_INITIAL = re.compile(r"[A-Z]\.?")
# words of titles: "State Councilor Wang Yi" names one person (a title before his name)
_TITLE_LIKE = {w for t in TITLES for w in t.split()} | {
    "councilor", "councillor", "general", "adviser", "advisor", "director", "chief", "governor",
    "commissioner", "chairman", "chairwoman", "head", "deputy", "vice", "state", "affairs",
}  # fmt: skip


_MODIFIER = re.compile(
    r"[-–][A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s+(?:war|wars|conflict|border|crisis|tensions|standoff|front|frontier|dispute|rivalry|relations|ties|trade war|region|campaign|race)\b"
)
_MODIFIER_TAIL = re.compile(
    r"\s+(?:war|wars|conflict|border|crisis|tensions|standoff|front|frontier|dispute|rivalry|relations|ties|trade war|region|campaign|race)\b"
)
# read before every gazetteer name: a substring test skips those that cannot match
_LOC_PREP, _FROM, _RESIDENT_OF, _GROUP_FROM, _FORMER, _FORMER_TITLED = map(  # type: ignore[assignment]
    Prefiltered, (_LOC_PREP, _FROM, _RESIDENT_OF, _GROUP_FROM, _FORMER, _FORMER_TITLED)
)
_AFFILIATED = re.compile(
    r"[-–](?:linked|backed|allied|aligned|affiliated|connected|funded|sponsored|leaning|friendly)\b"
)
_CAMPAIGN = re.compile(
    r"(?:['’]s)?\s+(?:(?:presidential|election|re-?election)\s+)?campaign\b(?!\s+(?:against|to)\b)"
)
_HYPHEN_END = re.compile(r"[A-Za-z][-–]$")
_KIND_ORDER = {
    "person": 0, "country": 1, "org": 2, "seat": 3, "capital": 4, "city": 4, "adjective": 5,
}  # fmt: skip


def _kind_order(c: Surface) -> int:
    return _KIND_ORDER[c.kind]


# "US bishops", "U.S. business leaders": a country naming private people, who act for no state
_PRIVATE_PEOPLE_TAIL = re.compile(
    r"\s+(?:(?:Catholic|business|church|tech|industry|corporate)\s+)?(?:bishops|cardinals|clergy|priests|"
    r"Catholics|students|tourists|athletes|executives|CEOs|business leaders|journalists|scientists|fans|"
    r"players|veterans|pilgrims)\b",
    re.IGNORECASE,
)
PRONOUNS = re.compile(r"\b(he|she|his|her)\b", re.IGNORECASE)
# Country names that are common words or other places: need a corroborating cue in the story.
# names that are also places elsewhere (Georgia the US state; Naples, Florida; Manchester,
# New Hampshire): they count only when another mention names the same country
AMBIGUOUS = {
    "Georgia", "Jordan", "Chad", "Niger", "Guinea", "Jersey", "Monaco",
    "Naples", "Manchester", "Melbourne", "Hanover",
}  # fmt: skip
# "New Mexico", "New Guinea", "New Britain": places. Any other country after "New" is the
# country ("Trump's Reversal On New Russia Sanctions", "New Iran Deal")
_NEW_PLACES = {"Mexico", "Guinea", "Britain", "Ireland", "Amsterdam", "Holland", "Spain", "Georgia", "Jersey"}  # fmt: skip
# "North America", "Latin American countries": a region of the Americas
_CONTINENT_PART = re.compile(r"\b(?:North|South|Latin|Central)\s$")


@dataclass(frozen=True)
class Mention:
    """One reference to a possible actor, with offsets into ``Story.text``."""

    start: int
    end: int
    text: str
    kind: str  # person | title | gov | country | capital | seat | org | group | adjective
    country: str
    name: str
    id: str
    rank: str
    former: bool = False
    location: bool = False  # preceded by a locative preposition ("in Beijing")
    noun: str = ""  # for adjectives: the noun that follows ("Russian diplomats")
    source: bool = False  # the mention is who reports/claims ("Lavrov said", "citing the ministry")

    @property
    def agent(self) -> bool:
        """Can this mention be a party to an event (not a place, not a bare adjective)?"""
        if self.former:
            return False
        if self.kind == "adjective":
            return False
        return not (self.location and self.kind in ("capital", "country", "seat"))


_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=1024)
def _whole_word(word: str) -> re.Pattern[str]:
    r"""``\bword\b``; a word opening with a word character is written ``w(?<!\w.)ord``
    (not after a word character: the same test as the ``\b``), so the regex starts with
    a literal and the engine skips ahead to it instead of trying every position."""
    if word and _WORD_CHAR.match(word):
        return re.compile(re.escape(word[0]) + r"(?<!\w.)" + re.escape(word[1:]) + r"\b")
    return re.compile(rf"\b{re.escape(word)}\b")


# what makes a plural demonym a side: "the Israelis", "the Israelis and Palestinians",
# "between Israelis and Palestinians"
_PEOPLE_BEFORE = re.compile(
    r"\b(?:the|between)\s+(?:(?-i:[A-Z])[\w’'-]+s,?\s+(?:and|&)\s+)?$",
    re.IGNORECASE,
)


class MentionFinder:
    """Finds mentions in sentences of one story, resolving titles on ``day``."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        forms = [f for f in gaz.surfaces if len(f) > 1 and not f[0].islower()]
        # an Aho-Corasick automaton finds the leftmost-longest forms in one C pass (a trie
        # regex of the same forms took ~30 ns per character of every story)
        self._surface_ac = ahocorasick.Automaton()
        self._side_of: dict[str, str] = {}
        for f in forms:
            self._surface_ac.add_word(f, f)
            c = gaz.surfaces[f][0]
            self._side_of[f] = c.ref if c.kind != "person" else gaz.person_terms(c.ref)[0].country
        if forms:
            self._surface_ac.make_automaton()
        # every word of every name of a person: "Tayyip" before "Erdogan" is his own name
        self._name_words: dict[str, set[str]] = {}
        self._full_forms: dict[str, list[str]] = {}  # "Boris Johnson": given name + surname
        for f, cands in sorted(gaz.surfaces.items()):
            for c in cands:
                if c.kind == "person":
                    self._name_words.setdefault(c.ref, set()).update(f.split())
                    if " " in f:
                        self._full_forms.setdefault(c.ref, []).append(f)
        # the given names of the gazetteer's people that name no one alone ("Jimmy", "Boris";
        # not "Kim", "Moon"): another person's given name before a surname, even in title case
        self._given_names = frozenset(
            f.split()[0]
            for f, cands in gaz.surfaces.items()
            if " " in f
            and any(c.kind == "person" for c in cands)
            and len(f.split()[0]) > 2
            and f.split()[0].isalpha()
            and f.split()[0] not in gaz.surfaces
        )

    def surface_matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, form) of gazetteer forms: leftmost-longest, ending at a word end."""
        if not self._side_of:
            return []
        n = len(text)
        out = []
        for end, form in self._surface_ac.iter_long(text):
            e = end + 1
            if e < n and (text[e].isalnum() or text[e] == "_"):
                continue
            out.append((e - len(form), e, form))
        return out

    def other_namesake(self, text: str, ref: str, surname: str, body: int = 0) -> bool:
        """Is the bare surname another person's: the story introduces someone else with it at
        its first mention ("Rian Johnson", "Jimmy Fallon") and never names the office holder
        by given name or with a title or honorific ("Boris Johnson", "Prime Minister Johnson",
        "Mr. Johnson")? "Johnson's new film", "a call from Fallon" then mean that person.
        The first mention is read in the body, from offset ``body`` (a title-case headline
        hides given names).
        """
        if any(f in text for f in self._full_forms.get(ref, ())):
            return False
        first = True
        other = False
        for m in _whole_word(surname).finditer(text):
            w = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if w and w.group(1).lower() in _TITLE_WORDS:
                return False
            if w and w.group(1) in _HONORIFICS and not (other and w.group(1) in _MS):
                # (after "Alice Marie Johnson", "Ms. Johnson" is her again: gossipcop-4066)
                return False
            if first and m.start() >= body:
                # "Rian Johnson" (one space: not "... on China.\n\nTrump")
                other = bool(_GIVEN_BEFORE.search(text, max(0, m.start() - 20), m.start()))
                other = other and _namesake(
                    text, m.start(), self._name_words.get(ref, set()), self._given_names
                )
                first = False
        return other

    # --------------------------------------------------------------- surfaces
    def surface_mentions(self, text: str, offset: int, day: date | None) -> list[Mention]:
        out: list[Mention] = []
        for s, e, form in self.surface_matches(text):
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "._"):
                continue
            # a single-letter-ish or all-lowercase match is never a name
            if form[0].islower():
                continue
            if text[max(0, s - 4) : s] == "New " and form in _NEW_PLACES:
                continue  # New Mexico, New Jersey: places, not the country
            if form.startswith("America") and _CONTINENT_PART.search(text, max(0, s - 8), s):
                continue  # "North America", "Latin American": a region, not the United States
            if form == "Security Council" and _DOMESTIC_COUNCIL.search(text, max(0, s - 16), s):
                continue  # "his National Security Council": a cabinet body, not the UN
            cands = self.gaz.surfaces.get(form) or self.gaz.surfaces.get(form.rstrip("."), [])
            if cands and cands[0].since is not None:
                cands = [c for c in cands if c.holds(day)]  # "Taliban" before 2021-08-15
            if not cands:
                continue
            before = text[max(0, s - 40) : s]
            former = cands[0].kind == "person" and bool(_FORMER.search(before))
            # "Russia-Ukraine war", "US-China trade war": a compound modifier is not a party
            modifier = (
                bool(_MODIFIER.match(text, e))
                or bool(_HYPHEN_END.search(before) and _MODIFIER_TAIL.match(text, e))
                or any(c.kind == "country" for c in cands)
                and bool(_PRIVATE_PEOPLE_TAIL.match(text, e))
            )
            # "Russia-linked operatives", "Iran-backed militias": others acting, not the country
            # itself; "Trump's campaign team": a candidate's campaign, not the office holder
            if (
                text[e : e + 1] in "-–"
                and _AFFILIATED.match(text, e)
                or (
                    text[e : e + 1] in " '’"
                    and cands[0].kind == "person"
                    and _CAMPAIGN.match(text, e)
                )
            ):
                modifier = True
            # prefer a person; then country; then org; then capital/seat; then adjective
            cand = min(cands, key=_kind_order)
            if modifier:
                former = True
            if (
                cand.kind in ("country", "adjective")
                and _BLOC_PRESIDENCY.search(text, max(0, s - 20), s)
                and _PRESIDENCY.match(text, e)
            ):
                former = True  # "the bloc's Luxembourg presidency": the EU's chair, not Luxembourg
            if (
                cand.kind == "org"
                and _HELD_PRESIDENCY.search(text, max(0, s - 24), s)
                and _PRESIDENCY.match(text, e)
            ):
                # "his rotating EU presidency": the office he holds, not the EU acting
                former = True
            if cand.kind == "org" and _POST_AT.search(before):
                former = True  # "ambassador to the United Nations": a post, not the body acting
            if cand.kind == "person":
                # several people share a surface ("Assad"): the one in office on the day wins
                people = [c for c in cands if c.kind == "person"]
                if len(people) > 1:
                    # "Former President Clinton": the bearer who held that title wins
                    people = self._titled_people(text, s, people)
                    cand = max(people, key=lambda c: self._person_preference(c.ref, day))
                if " " not in form and _namesake(
                    text, s, self._name_words.get(cand.ref, set()), self._given_names
                ):
                    continue  # "Ivanka Trump", "Jeb Bush": another person with that surname
                if other_bearer(text, s, e, form):
                    continue  # "Donald Trump Jr.", "Johnson & Johnson"
                status, term = self.gaz.person_status(cand.ref, day)
                # "former Foreign Secretary Boris Johnson" (not yet prime minister); "ex-CIA
                # Director Mike Pompeo" as secretary of state holds an office still
                if status != "in_office" and _FORMER_TITLED.search(before):
                    former = True
                if term is None:
                    terms = self.gaz.person_terms(cand.ref)
                    term = terms[0] if terms else None
                if term is None:
                    continue
                rank = _term_rank(term)
                out.append(
                    Mention(
                        offset + s, offset + e, form, "person", term.country,
                        self.gaz.person_names[cand.ref], cand.ref, rank,
                        former=former or status == "former",
                    )
                )  # fmt: skip
                continue
            code = cand.ref
            c = self.gaz.country(code)
            cname = c.name if c else form
            if cand.kind == "adjective":
                nm = _GOV_NOUN_RE.match(text, e)
                if nm and nm.group(0).strip().lower() == "emir" and code not in _EMIRATES:
                    continue  # "a Tunisian emir" (allsides-1256): a militant commander's rank
                if nm:
                    noun = nm.group(0).strip().lower()
                    out.append(
                        Mention(
                            offset + s, offset + nm.end(), text[s : nm.end()], "group", code,
                            f"{cname} {noun}", code, _noun_rank(noun), former=former, noun=noun,
                        )
                    )  # fmt: skip
                elif (
                    form.endswith("s")
                    and form != "Swiss"  # an adjective, no plural: "the Swiss city of Geneva"
                    and _PEOPLE_BEFORE.search(text, max(0, s - 40), s)
                ):
                    # "the Israelis", "the Americans": the people/government as a party; so is
                    # the second of a pair, "between the Israelis and Palestinians" (R003), and
                    # a pair after "between": "talks between Israelis and Palestinians"
                    out.append(
                        Mention(
                            offset + s,
                            offset + e,
                            form,
                            "group",
                            code,
                            f"{cname} side",
                            code,
                            "government",
                        )
                    )
                else:
                    nxt = _NEXT_WORD.match(text, e)
                    out.append(
                        Mention(
                            offset + s, offset + e, form, "adjective", code, cname, code, "",
                            noun=nxt.group(1).lower() if nxt else "",
                        )
                    )  # fmt: skip
                continue
            # after a locative preposition: a place (read only for these kinds)
            loc = (
                bool(_LOC_PREP.search(before))
                and not _REACTION_TO.search(before)
                or (
                    bool(_FROM.search(before))
                    and not _GROUP_FROM.search(before)
                    and not (cand.kind == "country" and _OFFICIALS_AFTER.match(text, e))
                )
                or bool(_RESIDENT_OF.search(before))
            )
            kind = {
                "country": "country", "org": "org", "seat": "seat", "capital": "capital",
                "city": "capital",
            }[cand.kind]  # fmt: skip
            if cand.kind == "city":
                loc = True  # "in Sochi", "the Davos forum": a place, never a party
            if (
                cand.kind == "country"
                and not loc
                and _IN_CITY_COMMA.search(before)
                and not _SUBJECT_AFTER.match(text, e)
            ):
                loc = True  # "in Katowice, Poland": the country of a town the gazetteer lacks
            if (
                cand.kind == "country"
                and ("not " in before or "xc" in before or "other than" in before)
                and _EXCLUDED.search(before)
            ):
                continue  # "(though not China)": left out, no party
            if (
                cand.kind == "country"
                and not loc
                and (_TOPIC_OF.search(before) or _TOPIC_AFTER.match(text, e))
            ):
                loc = True  # "negotiations over Syria", "the subject of Ukraine": a topic
            if kind in ("capital", "seat") and not loc and not _metonym_agent(text, s, e):
                # "left the White House", "the Paris stock exchange": a place, not a government
                loc = True
            rank = "organisation" if kind == "org" else "government"
            group = _GROUP_FROM.search(before) if kind == "country" else None
            noun = group.group("noun").lower() if group is not None else ""
            if group is None and kind == "country" and loc:
                officials = _GROUP_IN.search(before)
                if officials is not None:
                    noun, loc = officials.group("noun").lower().split()[-1], False
            if kind == "country" and not noun and not loc:
                noun = _listed_group(text, s)
            if noun:
                # "defense chiefs from the United States": people who act (and travel) for it
                out.append(
                    Mention(
                        offset + s, offset + e, form, "group", code, f"{cname} {noun}", code,
                        _noun_rank(noun.split()[-1]), former=former, noun=noun,
                    )
                )  # fmt: skip
                continue
            # "Russia's foreign ministry", "the Israeli government"
            nm = _GOV_NOUN_RE.match(text, e + 2) if text[e : e + 2] in ("'s", "’s") else None
            end = nm.end() if nm else e
            out.append(
                Mention(
                    offset + s, offset + end, text[s:end], kind, code, cname, code, rank,
                    location=loc, former=former,
                )
            )  # fmt: skip
        return out

    def _titled_people(self, text: str, s: int, people: list[Surface]) -> list[Surface]:
        """Of several bearers of a surname, those who held the title word before it, if any."""
        w = _WORD_BEFORE.search(text, max(0, s - 30), s)
        word = w.group(1).lower() if w else ""
        if word not in _TITLE_WORDS:
            return people
        titled = [
            c
            for c in people
            if any(t.title.lower().split()[-1:] == [word] for t in self.gaz.person_terms(c.ref))
        ]
        return titled or people

    def _person_preference(self, person_id: str, day: date | None) -> tuple[int, str]:
        status, _ = self.gaz.person_status(person_id, day)
        terms = self.gaz.person_terms(person_id)
        latest = max((t.start.isoformat() for t in terms), default="")
        return ({"in_office": 3, "elect": 2, "unknown": 1, "former": 0}[status], latest)

    # ----------------------------------------------------------------- titles
    def title_mentions(
        self, text: str, offset: int, day: date | None, surf: list[Mention]
    ) -> list[Mention]:
        """Combine title words with neighbouring adjectives and names."""
        out: list[Mention] = []
        by_end = {m.end - offset: m for m in surf}
        by_start = {m.start - offset: m for m in surf}
        for m in _TITLE_STARTS.finditer(text):
            named = by_start.get(m.start(3))
            if named is not None and named.kind == "person" and named.end - offset > m.end():
                continue  # the title opens a gazetteer name ("Queen Elizabeth", "King Abdullah")
            title = m.group(3).lower()
            after = m.end()
            if title in _ABBREVIATED_TITLES:
                forms, full = _ABBREVIATED_TITLES[title]
                if (
                    m.group(3) not in forms
                    or (title == "pres" and text[after : after + 1] != ".")
                    or (title == "fm" and _FM_RADIO.match(text, after))
                ):
                    continue
                after += title == "pres"  # (the full stop of "Pres.")
                if not (m.group(2) or _adjective_before(text, m.start(), by_end)):
                    continue  # a nationality first: "Russian FM", "Chinese Pres. Xi"
                title = full
            if title in ("leader", "minister", "secretary", "counterpart", "side") and not (
                m.group(2) or _adjective_before(text, m.start(), by_end)
            ):
                # bare generic words need a nationality ("North Korean leader")
                if title != "counterpart":
                    continue
            # a title word in lower case mid-sentence may still be a title ("the U.S. president")
            office, rank = TITLES[title]
            if title == "chancellor" and (
                (other := _OTHER_CHANCELLOR_AFTER.match(text, after))
                or _OTHER_CHANCELLOR_BEFORE.search(text, max(0, m.start() - 8), m.start(3))
            ):
                # "Chancellor of the Exchequer Philip Hammond", "Lord Chancellor": a minister,
                # not the head of government (only a bare chancellor is: Germany, Austria)
                office, rank = "", "minister"
                if other:
                    after = other.end()
            if title == "secretary of state" and _OTHER_SECRETARY_OF_STATE.match(text, after):
                # "Secretary of State for Health": a British cabinet minister, not the foreign one
                office, rank = "", "minister"
            former = bool(m.group(1)) and m.group(1).lower() in ("former", "ex-", "then-", "late")
            # "then-U.S. president": the word says when, not whether the person left office
            hyphened = bool(m.group(1)) and m.group(1).endswith("-")
            # "the U.S. president-elect", "the incoming prime minister": the next holder
            when = (
                "next"
                if title == "president-elect" or (m.group(1) or "").lower() == "incoming"
                else ""
            )
            country = UNIQUE_TITLES.get(m.group(3), "")
            start = m.start()
            if m.group(2):
                country = {
                    "U.S.": "USA",
                    "US": "USA",
                    "UK": "GBR",
                    "EU": "EU",
                    "U.N.": "UN",
                    "UN": "UN",
                }[
                    m.group(2).upper()
                    if m.group(2).upper() in ("US", "UK", "EU", "UN")
                    else m.group(2)
                ]
            adj = _adjective_before(text, m.start(), by_end)
            if adj is None:
                # "Chinese Foreign Minister" was read as a group: its adjective is the country
                adj = next(
                    (
                        g
                        for g in surf
                        if g.kind in ("group", "country")
                        and g.start - offset < m.start()
                        # (or overlaps it: "Japanese Minister" of "Minister of Foreign Affairs")
                        and g.end - offset > m.start()
                    ),
                    None,
                )
            if adj is not None and adj.kind == "country" and title in _LAWMAKER_TITLES:
                continue  # "the Georgia senator", "a New York congressman": a state's lawmaker
            if adj is not None and title == "pontiff":
                continue  # "The Argentine pontiff" (Z071): his nationality, not the Holy See
            if adj is not None:
                country = adj.country
                start = adj.start - offset
                if _FORMER.search(text[max(0, start - 12) : start]):
                    former = True
            end = after
            if not country and office and (of_country := self._of_country(text, end, by_start)):
                # "the king of Saudi Arabia", "the Prime Minister of Japan": the holder
                country, end = of_country.country, of_country.end - offset
                held = self._holder_title(
                    text, offset, start, end, country, office, rank, day, title,
                    "former" if former else when,
                )  # fmt: skip
                if held is not None:
                    out.append(replace(held, former=former))
                continue
            # the name after the title
            person: Mention | None = None
            nm = _NAME_RE.match(text, after)
            clause_subject = False
            if nm and nm.group(1):
                name_start = nm.start(1)
                person = by_start.get(name_start)
                if person is not None and person.kind != "person":
                    person = None
                if (
                    person is not None
                    and country
                    and person.country
                    and person.country != country
                    and "," in text[after:name_start]
                ):
                    # "the Jordanian foreign minister, Blinken said": the next clause's subject,
                    # not an apposition naming the minister
                    person = None
                    clause_subject = True
                if (
                    person is None
                    and not clause_subject
                    and title != "counterpart"
                    and (country or title in _OWN_TITLES)
                ):
                    raw = nm.group(1).strip(" ,.'’")
                    # a title-case headline goes on past the name: "Japanese PM Meets Trump At
                    # White House" (a verb, a preposition or another person ends the name)
                    raw = _name_before_headline_words(raw, name_start, by_start)
                    words = raw.split()
                    if "," in text[after:name_start] and not _APPOSITION_END.match(
                        text, name_start + len(raw)
                    ):
                        # "the Chinese president, Xinhua said": the next clause's subject (an
                        # apposition ends with a comma or the clause: "the premier, Li Qiang,")
                        words = []
                    # "Chinese Premier Li", "South Korean President Kim": the day's holder
                    bearer = (
                        self._holder_by_surname(country, office, title, words[0], day, former)
                        if len(words) == 1 and country and office
                        else None
                    )
                    if bearer is not None:
                        person = Mention(
                            offset + name_start, offset + name_start + len(raw), raw, "person",
                            bearer.country, bearer.name, bearer.person_id, _term_rank(bearer),
                        )  # fmt: skip
                        words = []
                    # unknown person: 2-4 capitalised words
                    if 1 <= len(words) <= 6 and all(
                        w[0].isupper()
                        for w in words
                        if w not in ("bin", "al", "de", "da", "van", "von", "la", "el")
                    ):
                        if (
                            not self.gaz.surfaces.get(raw)
                            and words[0] not in _NOT_NAMES
                            and not any(
                                c.kind in ("country", "org", "capital")
                                for w in words
                                for c in self.gaz.surfaces.get(w, ())
                            )
                        ):
                            person = Mention(
                                offset + name_start, offset + name_start + len(raw), raw,
                                "person", country, raw, slug(raw), rank,
                            )  # fmt: skip
            if person is not None:
                pcountry = person.country or country
                if title in ("pope", "pontiff") and not pcountry:
                    pcountry = "VAT"
                out.append(
                    replace(
                        person,
                        start=offset + start,
                        text=text[start : person.end - offset],
                        country=pcountry,
                        rank=person.rank
                        if person.rank
                        and person.kind == "person"
                        and person.id in self.gaz.person_names
                        else rank,
                        former=person.former
                        or former
                        and not (hyphened and person.id in self.gaz.person_names),
                        kind="person",
                    )
                )
                continue
            if title in ("pope", "pontiff"):
                country = "VAT"
            if not country:
                continue
            if title.lower() == "emir" and country not in _EMIRATES:
                # "Abu Sayyaf was a Tunisian emir who had traveled to Iraq" (allsides-1256): an
                # Islamic State commander, no head of state
                continue
            held = (
                self._holder_title(
                    text,
                    offset,
                    start,
                    end,
                    country,
                    office,
                    rank,
                    day,
                    title,
                    "former" if former else when,
                )  # fmt: skip
                if office
                else None
            )
            if held is not None:
                out.append(replace(held, former=former))
            elif office in ("head_of_state", "head_of_government") and not self.gaz.has_title(
                country, office, title
            ):
                # "Tunisian emir", "Canadian president": not an office that country has
                continue
            else:
                cname = self.gaz.country(country).name if self.gaz.country(country) else country  # type: ignore[union-attr]
                out.append(
                    Mention(
                        offset + start, offset + after, text[start:after], "title", country,
                        f"{cname} {title}", f"{country.lower()}-{slug(title)}", rank or "official",
                        former=former,
                    )
                )  # fmt: skip
        return out

    def _holder_title(
        self,
        text: str,
        offset: int,
        start: int,
        end: int,
        country: str,
        office: str,
        rank: str,
        day: date | None,
        title: str = "",
        when: str = "",
    ) -> Mention | None:
        """The title at text[start:end] as a mention of whoever held the office on ``day``
        (``when`` "next": the next holder, "former": an unnamed past holder, no one's id)."""
        if when == "former":
            # "the former U.S. president", "the then-U.S. president": not the day's holder
            c = self.gaz.country(country)
            cname = c.name if c else country
            return Mention(
                offset + start, offset + end, text[start:end], "title", country,
                f"{cname} {title}", f"{country.lower()}-{slug(title)}", rank or "official",
                former=True,
            )  # fmt: skip
        if when == "next":
            holder = self.gaz.successor(country, office, day)
        else:
            holder = self.gaz.holder(country, office, day, title)
        if holder is None:
            return None
        return Mention(
            offset + start, offset + end, text[start:end], "title", country, holder.name,
            holder.person_id, rank,
        )  # fmt: skip

    def _holder_by_surname(
        self, country: str, office: str, title: str, surname: str, day: date | None, former: bool
    ) -> Term | None:
        """The holder of the office (on ``day``, or at any time for a former one) whose name
        has the word ``surname`` ("Premier Li": Li Keqiang in 2019), else None."""
        if former:
            terms = [
                t
                for t in self.gaz.terms
                if t.country == country and office in t.offices and (day is None or t.start <= day)
            ]
        else:
            held = self.gaz.holder(country, office, day, title)
            terms = [held] if held is not None else []
        for t in reversed(terms):
            if surname in t.name.replace("-", " ").split():
                return t
        return None

    @staticmethod
    def _of_country(text: str, end: int, by_start: dict[int, Mention]) -> Mention | None:
        """The country named right after a title by "of" (not "of France's ruling party")."""
        of = _OF_COUNTRY.match(text, end)
        if of is None:
            return None
        c = by_start.get(of.end())
        if c is None or c.kind != "country":
            return None
        if text.startswith(("'s", "’s"), of.end() + c.end - c.start):
            return None
        return c

    def _resolve_counterparts(self, ms: list[Mention], day: date | None) -> list[Mention]:
        """'his Russian counterpart': the holder of the same office as the person named before."""
        out: list[Mention] = []
        for m in ms:
            if m.kind == "title" and m.id.endswith("-counterpart"):
                prev = next(
                    (
                        p
                        for p in reversed(out)
                        if p.kind in ("person", "title") and p.rank in _RANK_OFFICE
                    ),
                    None,
                )
                if prev is not None:
                    office = _RANK_OFFICE[prev.rank]
                    holder = self.gaz.holder(m.country, office, day)
                    if holder is not None:
                        m = replace(m, name=holder.name, id=holder.person_id, rank=prev.rank)
                    else:
                        m = replace(m, rank=prev.rank)
            out.append(m)
        return out

    @property
    def sides(self) -> dict[str, str]:
        """Gazetteer form -> the country or body it names (the forms a mention starts with)."""
        return self._side_of

    @staticmethod
    def title_hits(text: str) -> list[tuple[int, str]]:
        """(position, country) of the first of each title that names one country ('Pope'),
        and of both countries of each name for two ("the two Koreas")."""
        out = [(text.find(w), c) for w, c in UNIQUE_TITLES.items() if w in text]
        if _may_pair(text):
            for m in _PAIR_NAME.finditer(text):
                pair = _TROIKA if m.group(0).lower().startswith("troika") else _KOREAS
                out.extend((m.start(), c) for c in pair)
        if _may_euro_area(text):
            out.extend((m.start(), "EU") for m in _EURO_AREA.finditer(text))
        if "European" in text:
            out.extend((m.start(), "EU") for m in _EUROPEAN_PEOPLE.finditer(text))
        if "Kim" in text:
            out.extend((m.start(), "PRK") for m in _bare_kims(text))
        out.extend((start, "UN") for start, _ in _global_parties(text))
        return out

    def side_hits(self, text: str) -> list[tuple[int, str]]:
        """(position, country/body code) of every gazetteer name in ``text``, in order."""
        side = self._side_of
        hits = self.title_hits(text)
        hits.extend((s, side[form]) for s, _, form in self.surface_matches(text))
        hits.sort()
        return hits

    @staticmethod
    def sides_near(hits: list[tuple[int, str]], positions: list[int], radius: int = 200) -> bool:
        """Do two different countries/bodies appear within ``radius`` characters of one of
        ``positions`` (trigger keywords)? A cheap gate: an event's sides are named near it."""
        starts = [h[0] for h in hits]
        for pos in positions:
            lo = bisect.bisect_left(starts, pos - radius)
            hi = bisect.bisect_right(starts, pos + radius)
            if len({hits[k][1] for k in range(lo, hi)}) >= 2:
                return True
        return False

    def find(self, text: str, offset: int, day: date | None) -> list[Mention]:
        """All mentions in one sentence, non-overlapping, in text order."""
        surf = self.surface_mentions(text, offset, day)
        titles = self.title_mentions(text, offset, day, surf)
        pairs = self._pair_mentions(text, offset) if _may_pair(text) else []
        if _may_euro_area(text):
            pairs.extend(self._euro_area_mentions(text, offset))
        if "European" in text:
            pairs.extend(self._european_people(text, offset))
        if "Kim" in text:
            pairs.extend(self._bare_kim(text, offset, day))
        pairs.extend(self._global_parties(text, offset))
        allm = sorted(titles + surf + pairs, key=lambda m: (m.start, -(m.end - m.start)))
        allm = [_appositive_country(text, offset, m, surf) for m in allm]
        allm = _coordinated_adjectives(text, offset, allm)
        allm = self._resolve_counterparts(allm, day)
        allm = _listed_places(text, offset, allm)
        allm = [
            replace(m, former=True)
            if m.kind in ("person", "title") and _PREDECESSOR_OF.match(text, m.end - offset)
            else m
            for m in allm
        ]
        out: list[Mention] = []
        last_end = -1
        for m in allm:
            if m.start >= last_end or _second_of_pair(out, m):
                out.append(m)
                last_end = m.end
            elif m.end > last_end and out and out[-1].kind != "person":
                # a longer compound wins over a shorter earlier piece
                pass
        return out

    def _pair_mentions(self, text: str, offset: int) -> list[Mention]:
        """Both sides of one name for two: "North And South Korea", "the two Koreas"; "the
        troika" of EU and IMF inspectors."""
        out = []
        for m in _PAIR_NAME.finditer(text):
            troika = m.group(0).lower().startswith("troika")
            if not troika and _LOC_PREP.search(text, max(0, m.start() - 40), m.start()):
                continue  # "in the two Koreas": a place
            for code in _TROIKA if troika else _KOREAS:
                c = self.gaz.country(code)
                name = c.name if c else code
                if troika:
                    # people who travel ("visiting troika inspectors")
                    mention = Mention(
                        offset + m.start(), offset + m.end(), m.group(0), "group", code,
                        f"{name} inspectors", code, "official", noun="inspectors",
                    )  # fmt: skip
                else:
                    mention = Mention(
                        offset + m.start(), offset + m.end(), m.group(0), "country", code, name,
                        code, "government",
                    )  # fmt: skip
                out.append(mention)
        return out

    def _euro_area_mentions(self, text: str, offset: int) -> list[Mention]:
        """The euro zone acting, read as the EU (as the labels code it): "agreed by the euro
        zone", "euro zone finance ministers", "the Eurogroup"; not a place or a modifier
        ("in the euro zone", "the euro zone's debt crisis", "euro zone bond yields")."""
        out = []
        eu = self.gaz.country("EU")
        name = eu.name if eu else "European Union"
        for m in _EURO_AREA.finditer(text):
            s, e = m.span()
            before = text[max(0, s - 40) : s]
            if _EURO_POST_BEFORE.search(before) or _EURO_POST_AFTER.match(text, e):
                continue  # "chairman of the Eurogroup": an office, not the body acting
            people = _EURO_PEOPLE.match(text, e)
            if people is not None:
                noun = people.group(1).lower()
                out.append(
                    Mention(
                        offset + s, offset + people.end(), text[s : people.end()], "group",
                        "EU", f"{name} {noun}", "EU", _noun_rank(noun.split()[-1]), noun=noun,
                    )
                )  # fmt: skip
                continue
            if not m.group(0).lower().startswith("eurog") and (
                _EURO_NOT_PARTY_BEFORE.search(before) or not _EURO_PARTY_AFTER.match(text, e)
            ):
                continue  # a place, a member's club ("leave the euro zone") or a modifier
            out.append(
                Mention(offset + s, offset + e, m.group(0), "org", "EU", name, "EU", "organisation")
            )
        return out

    def _european_people(self, text: str, offset: int) -> list[Mention]:
        """The bloc's people as a group, coded as the EU: "meeting with European leaders",
        "European foreign ministers", "the Europeans"; not a region's ("Eastern European
        leaders") nor one person ("a European diplomat")."""
        eu = self.gaz.country("EU")
        name = eu.name if eu else "European Union"
        out = []
        for m in _EUROPEAN_PEOPLE.finditer(text):
            noun = (m.group("noun") or "side").lower()
            out.append(
                Mention(
                    offset + m.start(), offset + m.end(), m.group(0), "group", "EU",
                    f"{name} {noun}", "EU", _noun_rank(noun.split()[-1]), noun=noun,
                )
            )  # fmt: skip
        return out

    def _global_parties(self, text: str, offset: int) -> list[Mention]:
        """The world's states acting together, coded as the UN (as the labels code a global
        accord or conference): "Negotiators from 195 countries", "most of the world's
        governments"."""
        un = self.gaz.country("UN")
        name = un.name if un else "United Nations"
        return [
            Mention(
                offset + a,
                offset + b,
                text[a:b],
                "group",
                "UN",
                f"{name} members",
                "UN",
                "organisation",
            )
            for a, b in _global_parties(text)
        ]

    def _bare_kim(self, text: str, offset: int, day: date | None) -> list[Mention]:
        """North Korea's leader of the day (Kim Jong Il, Kim Jong Un) named "Kim" in headline
        copy: beside a leader in office ("Trump-Kim Summit", "Putin, Kim Hold First Summit",
        "Trump For Canceling Summit With Kim"), as "North Korea's Kim", as whom someone meets
        ("Trump meets Kim at DMZ") or as a headline's subject with such a leader after it
        ("Kim Accepts Moon's Invitation"). Not while South Korea's president or prime
        minister is a Kim (Kim Dae-jung), unless named as North Korea's."""
        if day is None or "Kardashian" in text:
            return []
        term = self.gaz.holder("PRK", "head_of_state", day)
        if term is None or not term.name.startswith("Kim "):
            return []
        south_kim = any(
            (t := self.gaz.holder("KOR", office, day)) is not None and t.name.startswith("Kim")
            for office in ("head_of_state", "head_of_government")
        )
        out = []
        for m in _bare_kims(text):
            g = next(k for k in ("kim", "kim2", "kim3", "kim4", "kim5", "kim6") if m.group(k))
            if g == "kim6" and (offset or m.start(g)):
                continue  # the subject of a headline only (a South Korean Kim in a story's body)
            if g != "kim4" and (south_kim or _SOUTH_KOREAN_BEFORE.search(text, 0, m.start(g))):
                continue  # "South Korea's Kim", "S.Korean President Kim"
            partner = m.group("p1") or m.group("p2") or m.group("p6") or ""
            if g == "kim3":
                partner = "Trump"  # ("Trump ... Summit With Kim")
            if partner and not self._in_office(_KIM_PARTNERS[partner], day):
                continue
            s, e = m.span(g)
            out.append(
                Mention(
                    offset + s, offset + e, "Kim", "person", term.country,
                    term.name, term.person_id, _term_rank(term),
                )
            )  # fmt: skip
        return out

    def _in_office(self, name: str, day: date) -> bool:
        refs = [c.ref for c in self.gaz.surfaces.get(name, ()) if c.kind == "person"]
        return any(self.gaz.person_status(r, day)[0] == "in_office" for r in refs)


# leaders who met North Korea's: their surnames beside a bare "Kim" make him the North's leader
_KIM_PARTNERS = {
    "Trump": "Donald Trump", "Putin": "Vladimir Putin", "Moon": "Moon Jae-in", "Xi": "Xi Jinping",
    "Hu": "Hu Jintao", "Roh": "Roh Moo-hyun", "Koizumi": "Junichiro Koizumi",
    "Medvedev": "Dmitry Medvedev",
}  # fmt: skip
_KIM_PARTNER = "(?:" + "|".join(_KIM_PARTNERS) + ")"
_KIM_PAIR = r"(?:[-–]|\s*,\s*|\s+(?:and|And|&)\s+)"
# "Trump-Kim Summit", "Kim, Putin", "Summit With Kim" (beside Trump in the same text), "North
# Korea's Kim", "Trump meets Kim at DMZ", a headline's "Kim Arrives In Vladivostok For Putin
# Summit": the bare surname, not followed by a given name ("Kim Yo Jong", "Kim Jong Il") or
# another word of a name
_BARE_KIM = re.compile(
    rf"(?:\b(?P<p1>{_KIM_PARTNER}){_KIM_PAIR}(?P<kim>Kim)"
    rf"|(?P<kim2>Kim)(?={_KIM_PAIR}(?P<p2>{_KIM_PARTNER})\b)"
    r"|(?<=\bTrump\b)[^.!?\n]{0,60}\b(?:[Ss]ummit|[Mm]eeting|[Tt]alks|[Mm]eet|[Mm]eets)\s+[Ww]ith\s+(?P<kim3>Kim)"
    r"|\b(?:North\s+Korea|N\.\s?Korea)['’]s\s+(?P<kim4>Kim)"
    r"|\b(?:[Mm]eets?|[Mm]et|[Mm]eeting)\s+(?:[Ww]ith\s+)?(?P<kim5>Kim)"
    rf"|^(?P<kim6>Kim)(?=\s[^.!?\n]{{0,60}}\b(?P<p6>{_KIM_PARTNER})\b))"
    # (a title-case headline word may follow: "Trump-Kim Summit")
    r"(?![\w-]|[ \u00a0]+(?!(?:Summits?|Meetings?|Talks|Meet|Meets|Met|Deal|Diplomacy|Relationship|"
    r"Bromance|Letters?|Says?|Said|To|In|At|On|For|Will|Would|Agree|Agreed|Hold|Held|Sign|Signed|"
    r"Is|Was|Are|Were|Have|Has|Had|Accepts?|Accepted|Arrives?|Arrived|Visits?|Visited|Invites?|"
    r"Invited|Leaves|Left|Heads|Holds)\b)[A-Z])"
)


def _bare_kims(text: str) -> list[re.Match[str]]:
    """:data:`_BARE_KIM`'s matches, searched only around each "Kim" (every alternative holds
    it, within ~90 characters of its start or end): the pattern has no literal to skip ahead
    to, and tried at every position of a long story it cost ~0.4 ms."""
    found: dict[int, re.Match[str]] = {}
    i = text.find("Kim")
    while i >= 0:
        for m in _BARE_KIM.finditer(text, max(0, i - _KIM_REACH), i + _KIM_REACH):
            found.setdefault(m.start(), m)
        i = text.find("Kim", i + 3)
    return [found[k] for k in sorted(found)]


_KIM_REACH = 120
# a South Korean Kim: "South Korea's Kim", "S.Korean President Kim"
_SOUTH_KOREAN_BEFORE = re.compile(r"\b(?:South|S\.)\s?Korea(?:['’]s|n)\s+(?:[A-Z][a-z]+\s+)?$")


# one name for two sides, read as both: the two Koreas; "the troika" of lenders' inspectors
# (EU and IMF; the ECB is coded EU) in a Greek, Irish, Portuguese or Cypriot bailout
_PAIR_NAME = re.compile(
    r"\b(?:North\s+(?:and|And|&)\s+South|South\s+(?:and|And|&)\s+North)\s+Koreas?\b"
    r"|\b(?<!North )(?<!South )Koreas\b"
    r"|\b[Tt]roika(?=\s+(?:of\s+(?:international\s+|foreign\s+)?(?:lenders|creditors|inspectors|"
    r"officials|EU|European|the\s+EU|the\s+European)|inspectors|officials|lenders|creditors|mission|"
    r"delegation|team|experts|auditors|representatives|negotiators)\b)"
)
_KOREAS = ("PRK", "KOR")
_TROIKA = ("EU", "IMF")


def _may_pair(text: str) -> bool:
    return "Korea" in text or "roika" in text


def _second_of_pair(out: list[Mention], m: Mention) -> bool:
    """Is ``m`` the second side of a :data:`_PAIR_NAME` whose first was just kept?"""
    return (
        bool(out)
        and (out[-1].start, out[-1].end, out[-1].text) == (m.start, m.end, m.text)
        and (
            out[-1].country,
            m.country,
        )
        in (_KOREAS, _TROIKA)
    )


# "meeting with European leaders", "European foreign ministers met", "talks with the
# Europeans" (P013: "Mr. Trump spent much of last week meeting with European leaders"); a
# region's ("Eastern European leaders") or other people ("European counterparts" of airlines)
# are not the bloc
_EUROPEAN_PEOPLE = re.compile(
    # the word first, then what may not precede it (a literal start lets the search skip
    # ahead: leading look-behinds were tried at every position, 6% of all detection time)
    r"European(?<!\wEuropean)(?<![Ee]astern European)(?<![Ww]estern European)"
    r"(?<![Cc]entral European)(?<![Nn]orthern European)(?<![Ss]outhern European)"
    r"(?<!non-European)(?<!East European)(?<!West European)"
    r"(?:\s+(?P<noun>(?:(?:foreign|finance|trade|economy|defen[cs]e)\s+)?ministers|"
    r"leaders|officials|governments|diplomats|negotiators|heads\s+of\s+(?:state|government))"
    r"|(?<=[Tt]he European)s)\b(?!\s+(?:Union|Commission|Council|Parliament)\b)"
)
# the world's states as one side: "Negotiators from 195 countries are set to meet in Paris"
# (S013), "from nearly 200 countries" (Q011), "most of the world's governments are set to sign
# the most sweeping climate agreement in history" (Q043); not a dozen named states ("the 12
# countries"), nor a superlative ("the world's two largest economies")
# Each form is found by its core, which starts with a literal (so the search skips ahead; one
# regex whose forms began with optional words took ~10% of all detection time), and then
# widened to the words that may lead it, read backwards from the core; a word each core
# holds skips the texts without it.
_GLOBAL_CORES = (
    (
        re.compile(r"(?:1\d\d|200)(?<!\w\d\d\d)\s+(?:countries|nations|governments)\b"),
        re.compile(r"\b(?:nearly|almost|more\s+than|over|some|about|around|roughly|all)\s+\Z"),
        False,
        "",
    ),
    (
        re.compile(r"the(?<!\wthe)\s+world['’]s\s+(?:governments|nations|countries)\b"),
        re.compile(r"\b(?:most|many)\s+of\s+\Z"),
        False,
        "world",
    ),
    # "diplomats from around the world have hammered out a major global agreement" (S001)
    (
        re.compile(r"from\s+(?:around|across|all\s+over)\s+the\s+(?:world|globe)\b"),
        re.compile(r"\b(?:diplomats|negotiators|delegates|envoys)\s+\Z"),
        True,  # the people are part of the form
        "from",
    ),
)
_LEAD_IN_CHARS = 40  # how far back the leading words are looked for


def _global_parties(text: str) -> list[tuple[int, int]]:
    """Spans of the forms naming the world's states as one side, in text order."""
    out = []
    for core, lead, required, needs in _GLOBAL_CORES:
        if needs not in text:
            continue
        for m in core.finditer(text):
            start = m.start()
            before = lead.search(text, max(0, start - _LEAD_IN_CHARS), start)
            if before is not None:
                start = before.start()
            elif required:
                continue
            out.append((start, m.end()))
    return sorted(out)


_EURO_AREA = re.compile(r"\b(?:[Ee]uro[ -]?[Zz]one|[Ee]uro [Aa]rea|Euro[Gg]roup)\b")
_EURO_LITERALS = ("uro zone", "urozone", "uro-zone", "uro area", "urogroup", "uro Zone", "uroGroup")


def _may_euro_area(text: str) -> bool:
    # every literal holds "uro": one scan rules out most stories before the seven
    return "uro" in text and any(w in text for w in _EURO_LITERALS)


_EURO_POST_BEFORE = re.compile(
    r"\b(?:chairman|chairwoman|chair|head|president|chief)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_EURO_POST_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:chairman|chairwoman|chair|head|president|chief|working group)\b",
    re.IGNORECASE,
)
# the euro zone's people, who act (and travel) for it
_EURO_PEOPLE = re.compile(
    r"(?:['’]s)?\s+((?:finance\s+|foreign\s+)?(?:ministers|leaders|officials|governments|partners|"
    r"member states|creditors|lenders|policymakers|heads of state|counterparts|peers|"
    r"negotiators|finance chiefs|paymasters))\b",
    re.IGNORECASE,
)
# a place or a club: "in the euro zone", "leave the euro zone", "the rest of the euro zone"
_EURO_NOT_PARTY_BEFORE = re.compile(
    r"\b(?:in|into|across|within|inside|outside|throughout|around|leave|leaving|left|leaves|quit|"
    r"quitting|exit|exits|exiting|join|joins|joined|joining|enter|entering|of|from|for|on)\s+"
    r"(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
# the body acting: followed by a verb, a conjunction, a time or the end of a phrase
_EURO_PARTY_AFTER = re.compile(
    r"\s*(?:[,;:)\"”]|\.(?!\w)|$)|\s+(?:and|on|last|this|next|late|early|earlier|will|would|has|"
    r"have|had|is|was|agreed|approved|said|says|must|should|could|can|may|might|wants|gave|"
    r"offered|decided|insisted|demanded|refused|announced|signed|agrees|approves|offers|plans|"
    r"planned|pledged|promised)\b"
)


# "the wars in Syria and Yemen", "conflicts in Afghanistan, Libya and Syria": the countries
# listed after a place read as a place are places too
_LIST_JOIN = re.compile(r"(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?")
# "his counterparts in Mexico and Canada", "leaders in Canada and Mexico": people, not places
_PEOPLE_IN = re.compile(
    r"\b(?:counterparts?|leaders?|officials?|governments?|ministers?|diplomats?|authorities|"
    r"negotiators?|allies|partners)\s+in\s+(?:the\s+)?$"
)


def _listed_places(text: str, offset: int, ms: list[Mention]) -> list[Mention]:
    """Mark as places the countries listed right after a country read as a place ('in X')."""
    if len(ms) < 2:
        return ms
    out = list(ms)
    for i in range(1, len(out)):
        prev, m = out[i - 1], out[i]
        if (
            prev.location
            and not _PEOPLE_IN.search(text, max(0, prev.start - offset - 30), prev.start - offset)
            and prev.kind == "country"
            and m.kind == "country"
            and not m.location
            and _LIST_JOIN.fullmatch(text, prev.end - offset, m.start - offset)
        ):
            out[i] = replace(m, location=True)
        elif (
            prev.location
            and prev.kind in ("capital", "city", "seat")
            and m.kind == "country"
            and not m.location
            and text[prev.end - offset : m.start - offset] == ", "
            and _CITY_COUNTRY_END.match(text, m.end - offset)
            and not _SUBJECT_AFTER.match(text, m.end - offset)
        ):
            # "at the G-20 summit in Osaka, Japan" (allsides-210): the city's country, a place
            out[i] = replace(m, location=True)
    return out


# "Trump’s predecessor Barack Obama imposed similar penalties on Iran" (allsides-5568): the
# office holder only names whose predecessor or successor acts
_PREDECESSOR_OF = re.compile(r"['’]s?\s+(?:predecessor|successor)s?\b")


# a country after "in Osaka, " that is a clause's subject (alone or with another side), not the
# city's country: "At a meeting in Osaka, China and the United States agreed to ..."
_SUBJECT_AFTER = re.compile(
    r"(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?"
    r"\s+(?:(?:have|has|had|will|would|did|also|jointly|finally)\s+)?"
    r"(?:agreed|agree|agrees|said|say|says|signed|sign|held|hold|holds|met|meet|meets|announced|"
    r"reached|struck|decided|pledged|vowed|issued|launched|resumed|exchanged|discussed)\b"
)
# what may follow "Osaka, Japan" when the country only places the city (not "Japan's", "and")
_CITY_COUNTRY_END = re.compile(r"(?![’'](?:s\b))(?!\s+and\b)(?:[\s.,;:)]|$)")


def _coordinated_adjectives(text: str, offset: int, ms: list[Mention]) -> list[Mention]:
    """'Japanese, South Korean counterparts': the first adjective shares the group noun;
    'chiefs from the United States, South Korea and Japan': the listed countries share it."""
    out = list(ms)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.kind == "group" and a.id == a.country and b.kind == "country" and not b.location:
            gap = text[a.end - offset : b.start - offset]
            if re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?", gap):
                out[i] = replace(
                    b, kind="group", name=f"{b.name} {a.noun}", rank=a.rank, noun=a.noun
                )
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        noun, rank = b.noun, b.rank
        if a.kind == "adjective" and b.kind == "country" and not b.location:
            # "Russian and U.S. officials": a country's short form before the group noun
            nm = _GOV_NOUN_RE.match(text, b.end - offset)
            if nm is not None:
                noun = nm.group(0).strip().lower()
                rank = _noun_rank(noun)
        if a.kind == "adjective" and (b.kind == "group" or noun):
            gap = text[a.end - offset : b.start - offset]
            if re.fullmatch(r"\s*(?:,|and|&|or|,\s*and)\s*", gap):
                out[i] = replace(a, kind="group", name=f"{a.name} {noun}", rank=rank, noun=noun)
    return out


_APPOSITIVE = re.compile(r",\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:of|for)\s+(?:the\s+)?$")


def _appositive_country(text: str, offset: int, m: Mention, surf: list[Mention]) -> Mention:
    """'Sheikh Mohamed ..., prime minister of the UAE': a named person takes the country."""
    if m.kind != "person" or m.country:
        return m
    for c in surf:
        if c.kind in ("country", "org") and 0 < c.start - m.end < 70:
            if _APPOSITIVE.search(text[m.end - offset : c.start - offset]):
                return replace(m, country=c.country)
            break
    return m


_NEXT_WORD = re.compile(r"\s+(\w+)")
_METONYM_NEXT = re.compile(
    r"(?:'s|’s|\s+(?:has|have|had|is|was|were|will|would|said|says|say|announced|accused|agreed|"
    r"confirmed|denied|expelled|rejected|welcomed|warned|urged|called|wants|hopes|insisted|responded|"
    r"retaliated|protested|summoned|imposed|signed|and|spokesman|spokeswoman|spokesperson|officials?|"
    r"statement|sources|regime|government|administration)\b)"
)
_METONYM_PREV = re.compile(r"\b(?:with|by|between|and|against|to which|the)\s+$", re.IGNORECASE)

# a seat of government named with its article after "with", "by", "against" or "between" (the
# seats' forms, "Kremlin", "White House", take "the"; a capital does not)
_SEAT_PARTNER = re.compile(r"\b(?:with|by|against|between)\s+the\s+$", re.IGNORECASE)
# ... unless the building itself is meant: "walked by the Kremlin walls"
_SEAT_PLACE_AFTER = re.compile(
    r"\s+(?:walls?|lawns?|grounds|gates?|fence|steps|building|complex|compound|residence|"
    r"museum|tour|press|correspondents|reporters)\b",
    re.IGNORECASE,
)


def _metonym_agent(text: str, s: int, e: int) -> bool:
    """Is a capital or seat of government used for the government ('Beijing said')?"""
    if _METONYM_NEXT.match(text, e):
        return True
    before = text[max(0, s - 15) : s]
    if _METONYM_PREV.search(before) and not re.search(r"\bthe\s+$", before, re.IGNORECASE):
        return True
    if _SEAT_PARTNER.search(before) and not _SEAT_PLACE_AFTER.match(text, e):
        return True  # "held talks with the Kremlin", "hosted by the White House": the government
    # a seat named with its article as a subject at the start: "The Kremlin ..."
    return s <= 4


_HONORIFICS = {
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "Lord",
    "Lady",
    "Dame",
    "Sheikh",
    "Prince",
    "King",
    "Queen",
    "Pope",
    "Emir",
    "Senator",
    "Sen",
    "Rep",
    "Gen",
    "General",
    "Ambassador",
}


# abbreviated titles before a surname, never given names ("Pres. Putin", "Gov. Cuomo")
_ABBREVIATED_HONORIFICS = frozenset({"Pres", "Gen", "Sen", "Amb", "Gov", "Adm", "Sec", "Rep"})
# the last word of a title or an honorific right before a surname ("Prime Minister Johnson")
_TITLE_WORDS = {t.split()[-1] for t in TITLES} | {"pm", "chairman", "dictator", "strongman"}
_MS = {"Ms", "Mrs", "Miss"}  # the honorifics of a woman introduced by her given name
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)\.?\s+$")
_GIVEN_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")


# "Donald Trump Jr.", "Trump Jr.’s trip": the son; "Johnson & Johnson": a company
_JUNIOR = re.compile(r",?\s*(?:Jr|Sr)\b")
_FIRM_AFTER = re.compile(r"\s+&\s+[A-Z]")
_FIRM_BEFORE = re.compile(r"[A-Z][\w.]*\s+&\s+$")


def other_bearer(text: str, s: int, e: int, form: str) -> bool:
    """Is the name at ``s:e`` another bearer's: a junior/senior ('Donald Trump Jr.') or, for a
    bare surname, part of a firm's name ('Johnson & Johnson', 'Ernst & Young')?"""
    if text[e : e + 1] in (" ", ",") and _JUNIOR.match(text, e):
        return True
    if " " in form or "&" not in text[max(0, s - 12) : e + 4]:
        return False
    return bool(_FIRM_AFTER.match(text, e) or _FIRM_BEFORE.search(text, max(0, s - 30), s))


# capitalised words before a surname that are no given names: "Officials said that in July Abe
# will visit Washington", "fellow Republican Trump met Putin"
_NO_GIVEN_NAMES = frozenset(
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Republican", "Democrat", "Democratic", "Conservative",
        "Labour", "Liberal",
    }
)  # fmt: skip


# initials right before a surname: "H.W. Bush", "George H. W. Bush" (not a sentence's last word)
_PLACE_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "U.S.A."})
_INITIALS_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z]\.[ \u00a0]?)+)[ \u00a0]+$")


def _namesake(
    text: str,
    s: int,
    own: set[str] | frozenset[str] = frozenset(),
    given: frozenset[str] = frozenset(),
) -> bool:
    """Is the surname at ``s`` preceded by another given name ('Ivanka Trump')? ``given``:
    other people's given names, read as such in title case too ('Shades Jimmy Fallon')."""
    initials = _INITIALS_BEFORE.search(text, max(0, s - 20), s)
    if initials is not None and initials.group(1).replace(" ", "") not in _PLACE_INITIALS:
        # "H.W. Bush", "George P. Bush": another bearer's initials (not "W." of George W. Bush)
        return not set(re.findall(r"[A-Z]\.", initials.group(1))) <= own
    m = re.search(r"([A-Z][a-z]+)(\.?)\s+$", text[max(0, s - 20) : s])
    if not m:
        return False
    word = m.group(1)
    if m.group(2) and word.lower() not in ABBREVIATIONS:
        return False  # "... in Moscow. Putin said": the word ends the sentence before
    if (
        word in _HONORIFICS
        or word in _ABBREVIATED_HONORIFICS  # "Russian Pres. Putin", "Sec. Pompeo"
        or word.lower() in TITLES
        or word.lower() in _TITLE_WORDS  # "Secretary of State Pompeo"
        or word in _NOT_NAMES
        or word in _NO_GIVEN_NAMES
        or word in own
    ):
        return False
    if word in given:
        return True  # "Shades Jimmy Fallon" (gossipcop-4325): not Michael Fallon
    # only in running text ("Melania and Ivanka Trump"): in a title-case headline
    # ("Kim Jong Un Accepts Trump's Invitation") the word before is capitalised too
    before = text[max(0, s - 40) : s - len(m.group(0))].rstrip()
    prev = re.search(r"(\S+)$", before)
    # (or after a dateline's dash: "BERLIN — Ivanka Trump arrived in Berlin")
    if bool(prev) and (prev.group(1)[0].islower() or prev.group(1)[-1] in ",—–"):  # type: ignore[union-attr]
        return True
    # "the widow of Army Sgt. La David Johnson", "the Gold Star Johnson family": capitalised
    # words that are not the person's own names, in a clause of running text
    return bool(own) and bool(re.search(r"\b[a-z]{4,}\b", before[-30:]))


def _adjective_before(text: str, pos: int, by_end: dict[int, Mention]) -> Mention | None:
    """A nationality/country mention right before ``pos`` ('Chinese ', "Russia's ")."""
    j = pos
    while j > 0 and text[j - 1] == " ":
        j -= 1
    m = by_end.get(j)
    if m is not None and m.kind in ("adjective", "country", "group", "org"):
        return m
    # "Russia's president"
    if text[max(0, j - 2) : j] in ("'s", "’s"):
        m = by_end.get(j - 2)
        if m is not None and m.kind in ("country", "org"):
            return m
    return None


def _term_rank(term) -> str:
    offices = term.offices
    if "crown prince" in term.title.lower():
        return "head_of_government"  # the Saudi crown prince before he was prime minister
    for o in ("head_of_state", "head_of_government", "foreign_minister"):
        if o in offices:
            return o
    if term.office == "legislator":
        return "legislator"
    if (
        term.country.isupper()
        and len(term.country) != 3
        or term.office.startswith(
            ("head_of_org", "commission", "council", "high_rep", "parliament", "prosecutor")
        )
    ):
        return "organisation"
    return "minister"


# "Finance chiefs of the euro zone's four biggest economies - Germany, ...": people named
# by the countries in a dashed apposition after them
_GROUP_APPOSITION = re.compile(
    r"\b(?:(?:defen[cs]e|foreign|finance|trade)\s+)?(?P<noun>chiefs|officials|envoys|delegations|"
    r"representatives|diplomats|leaders|ministers|negotiators|delegates)\b[^.;:!?()\"“”—–-]{0,60}"
    r"\s[-–—]\s+$",
    re.IGNORECASE,
)


def _listed_group(text: str, s: int) -> str:
    """The people noun of a country in a dashed apposition to a group ("Finance chiefs of the
    euro zone's four biggest economies - Germany, France, ..."; the other countries of the
    list join it in :func:`_coordinated_adjectives`), else ""."""
    if s > 2 and text[s - 2] in "-–—":
        m = _GROUP_APPOSITION.search(text, max(0, s - 110), s)
        if m is not None:
            return text[m.start() : m.end("noun")].lower()
    return ""


# the states whose head is an emir; elsewhere "emir" is a militant commander's rank
_EMIRATES = frozenset({"QAT", "KWT", "ARE", "BHR"})


def _noun_rank(noun: str) -> str:
    if noun in ("president", "king", "emir"):
        return "head_of_state"
    if noun in ("prime minister", "premier", "chancellor"):
        return "head_of_government"
    if noun == "foreign minister":
        return "foreign_minister"
    if noun.startswith("minister"):
        return "minister"
    if noun in ("leader", "leaders"):
        return "head_of_state"
    if noun in ("official", "officials", "diplomat", "diplomats", "envoy", "envoys", "ambassador"):
        return "official"
    if noun in ("counterpart", "counterparts", "delegation", "negotiators", "chiefs", "delegates"):
        return "official"  # people, not the government as a whole
    return "government"
