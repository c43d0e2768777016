"""Trigger patterns and role assignment for the seven event types.

Each rule sees one sentence: its text, its actor mentions (already resolved and
filtered), and one trigger match; it returns candidate events (type, status, roles).
Rules are general constructions of wire English, never phrases of one story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from streams.detector import agreements
from streams.detector.literals import Prefiltered
from streams.detector.mentions import Mention
from streams.detector.text import clause_of

I = re.IGNORECASE  # noqa: E741


@dataclass
class Candidate:
    type: str
    status: str
    roles: list[tuple[Mention, str]]
    trigger: tuple[int, int]  # offsets in the sentence
    rule: str
    confidence: float
    variant: str = ""
    location: Mention | None = None
    extra: dict = field(default_factory=dict)


# ------------------------------------------------------------------ triggers
# a photo caption's place and date ("in London, Britain, September 14, 2017."; "Tuesday, June
# 4, 2019, in London."); the triggers run on lower-cased text
_CAPTION_PLACE = (
    r"[a-z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}?(?:,\s+[a-z][\w.'’-]*(?:\s+[\w.'’-]+){0,2}?)?"
)
_CAPTION_DATE = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)\s+\d{1,2},\s+(?:19|20)\d\d"
)
_CAPTION_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# the kind of talks offered: "open to trade negotiations", "open to direct talks"
_TALKS_KIND = r"(?:(?:trade|peace|direct|new|fresh|further|more|bilateral|formal|nuclear)\s+)?"

TRIGGERS: dict[str, re.Pattern[str]] = {
    "leader_call": re.compile(
        r"\b(?:(?:tele)?phone|video)[\s-]+(?:call|conversation|talks?)\b"
        # "Erdogan conferred by phone Friday with ... Putin" (Z081), "chatted by phone" (not
        # the habitual "the two men have spoken frequently on the phone", d084)
        r"|\b(?:spoke|spoken|speak|speaks|speaking|talk|talks|talked|talking|confer|confers|conferred|conferring|chatted)\s+(?:(?!(?:frequently|often|regularly|repeatedly)\b)\w+\s+){0,2}(?:by|on(?:\s+the)?|over(?:\s+the)?|via)\s+(?:tele)?(?:phone|video)\b"
        # "had been on the phone with his Slovenian counterpart"
        r"|\bon\s+the\s+(?:tele)?phone\s+(?:with|to)\b"
        # "Biden, Putin To Hold Call", "expected to hold calls with EU leaders"
        r"|\b(?:hold|holds|held|holding)\s+(?:(?:a|an|their|his|her)\s+)?(?:[\w-]+\s+)?(?:(?:tele)?phone\s+|video\s+)?calls?\b(?!\s+(?:for|on|to)\b)"
        # "Biden and Putin will speak Thursday": two leaders (rule_call) and the day
        r"|\b(?:will|to|would)\s+(?:speak|talk)\s+(?:again\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)\b"
        r"|\b(?:phoned|telephoned)\b"
        # a call of several sides: "G7 finance leaders held a teleconference", "held an hour-long
        # conference call" (rule_call: two countries at least)
        r"|\b(?:hold|holds|held|holding|had|has|have)\s+(?:(?:a|an|their|its)\s+)?(?:[\w-]+\s+)?"
        r"(?:teleconference|video[\s-]?conference|conference\s+call)s?\b"
        # a meeting held by video is a call (TAXONOMY: leaders_meeting is in person): "took part
        # in a virtual meeting of the Group of Seven foreign ministers" (U036), "a virtual summit"
        r"|\b(?:virtual|online)\s+(?:[\w-]+\s+)?(?:meeting|summit|talks|gathering)s?\b"
        r"|\bmade\s+(?:(?:tele)?phone\s+)?calls?(?=\s+to\b)"  # "made calls to Merkel, Hollande and ..."
        r"|\b(?:spoke|spoken|talked)\s+(?:\w+\s+){0,3}(?:in|during)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+)?call\b"
        r"|\bcall\s+(?:with|between)\b"
        r"|\b(?:calls|called|phones|telephones)(?=\s+(?!on\b|for\b|it\b|off\b|out\b|up\b|in\b|into\b|back\b|him\b|her\b|them\b|the\b|a\b|an\b|this\b|that\b|to\b|from\b|over\b|as\b|his\b|their\b)\S)"
        # "in a private call to Netanyahu" (Q014), "an hour-long call"
        r"|\b(?:in|during|after|a|an|the|their|his|her)\s+(?:\d+-minute\s+|brief\s+|lengthy\s+|private\s+|hour-long\s+)?call\b(?!\s+(?:for|on)\b)"
        # a conversation timed like a call: "his 45-minute conversation with Cuban dictator Raul
        # Castro Tuesday" (Q024)
        r"|\b(?:\d+-minute|hour-long|half-hour)\s+conversation\s+with\b"
        # a call named by its other side: "Biden, In Netanyahu Call, Urges", "in a Trump-Putin
        # call" (rule_call checks that the words name a side)
        r"|\b(?:in|during|after|on)\s+(?:(?:an?|the|their|his|her)\s+)?"
        r"(?!(?:an?|the|their|his|her|its|this|that)\s)[\w.’'-]+(?:\s+[\w.’'-]+)?"
        r"\s+(?:(?:phone|video)\s+)?call\b(?!\s+(?:for|on|to)\b)"
        # "Macron To Talk To Biden", "spoke with his Qatari counterpart" (rule_call: an
        # official of another country, and no meeting in the sentence)
        # "he had spoken recently with Chinese President Xi Jinping" (Z019)
        # "After talking with Chinese President Xi Jinping, Trump wrote on Twitter" (V022)
        r"|\b(?:talk|speak|spoke|spoken|talked|talking|speaks|speaking)\s+(?:again\s+|directly\s+|briefly\s+|recently\s+)?(?:to|with)\b"
        # talks held by video link: "Russia has agreed to discuss U.N. activities ... on Tuesday
        # and Thursday with the council by teleconference" (W011)
        r"|\b(?:by|via|over)\s+(?:tele|video[\s-]?)conference\b"
        # a call named by its caller: "Mr. Kerry’s call on Sunday ... with Mr. Lavrov", "a White
        # House readout of Trump’s conversations with May, Trudeau, Macron and ... Merkel"
        r"|(?<=['’]s\s)(?:(?:tele)?phone\s+|video\s+)?(?:call|conversations?)\b"
        r"(?=\s+(?:(?:on|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|with)\b)",
        I,
    ),
    "summit_invitation": re.compile(
        r"\b(?:re-?)?invit(?:e|es|ed|ing|ation|ations)\b"
        r"|\bwelcome guest\b"
        r"|\b(?:open|ready|willing|prepared|eager)\s+to\s+(?:hold\s+|resume\s+(?:[\w-]+\s+)?)?(?:talks?|talking|meet|meeting|negotiat\w*|dialogue|a summit)\b"
        # "The U.S. remains open to trade negotiations with China" (allsides-2647)
        # "Trump said he is open to continuing negotiations with Mexican leaders" (V043)
        rf"|\bopen\s+to\s+(?:continuing\s+|resuming\s+)?{_TALKS_KIND}(?:talks|talking|dialogue|negotiations|a summit|meeting)\b"
        # "China's door to dialogue with Washington remained open", "keeps the door open to talks"
        r"|\bdoor\s+(?:to|for)\s+(?:[\w-]+\s+){0,2}?(?:dialogue|talks|negotiations)\b(?=[^.;]{0,60}\bopen\b)"
        r"|\bdoor\s+(?:is\s+|remains\s+|was\s+|wide\s+)?open\s+(?:to|for)\s+(?:[\w-]+\s+){0,2}?(?:dialogue|talks|negotiations)\b"
        r"|\boffered\s+(?:to\s+)?(?:talks|to meet|to host|a summit|a meeting)\b"
        # the present and headline forms: "U.N. offers to host summit", "offering to host talks"
        r"|\boffer(?:s|ing)?\s+to\s+(?:host|hold)\s+(?:(?:a|an|the|next|new|further)\s+)?"
        r"(?:[\w-]+\s+)?(?:summit|talks|meeting|negotiations|conference)\b"
        r"|\bproposed\s+(?:a\s+|the\s+)?(?:meeting|summit|talks)\b"
        # readiness as a noun or a wish: "expressed his eagerness to meet", "a willingness to
        # negotiate with Russia", "ready for negotiations", "Wants To Talk To U.S."
        # "hinted at its willingness to resume stalled negotiations with Washington" (Q021)
        r"|\b(?:eagerness|willingness|readiness|openness)\s+to\s+(?:hold\s+|resume\s+(?:[\w-]+\s+)?)?"
        r"(?:talks?|talking|meet|meeting|negotiat\w*|dialogue|a summit|sit down)\b"
        r"|\b(?:open|ready|prepared)\s+for\s+(?:(?:direct|new|fresh|more|further)\s+)?"
        r"(?:talks|negotiations|dialogue|a meeting|a summit)\b"
        r"|\b(?:wants?|wanted|hopes?|hoped|hoping|would like)\s+to\s+"
        r"(?:talk\s+(?:again\s+)?(?:to|with)|meet(?:\s+with)?|hold\s+talks\s+with|negotiate\s+with|sit\s+down\s+with)\b"
        # a request to meet: "snubbed a meeting request from Canada's prime minister"
        r"|\b(?:meeting|summit)\s+requests?\b"
        r"|\brequests?\s+(?:for\s+(?:a\s+|an\s+)?(?:meeting|summit|talks)|to\s+meet)\b"
        # a meeting one is asked to is declined (dev rule 6): "Lula skips G20 summit", "Draghi
        # will not attend Weds meeting on Greece", "is missing the two-day summit of the G20"
        r"|\b(?:skip(?:s|ped|ping)?|miss(?:es|ed|ing)|(?:will|would|did|does|do)\s+(?:also\s+)?not\s+attend|"
        r"(?:won|wouldn|didn|doesn)['’]t\s+attend|stay(?:s|ed|ing)?\s+away\s+from|"
        # "King Salman on Sunday canceled plans to attend this week's summit at Camp David"
        r"cancel(?:s|ed|led|ing)?\s+(?:(?:his|her|their|its)\s+)?plans?\s+to\s+attend)\s+"
        r"(?:(?:the|a|an|this|next|this\s+week['’]s|[\w.-]+['’]s)\s+)?(?:[\w.-]+\s+){0,4}?"
        r"(?:summit|meeting|talks|conference|gathering)\b(?!['’])"
        # talks asked for: "We implore President Trump to return to the negotiating table", "Liu
        # has also urged ... that North Korea resume six-party talks", "China asked for renewed
        # trade talks" (_asked_to_talk reads the request verb)
        r"|\breturn\s+to\s+the\s+(?:negotiating|bargaining)\s+table\b"
        # "China hopes that the US will return to the right track of bilateral trade talks"
        # (S020), "hopes the U.S. will get back to the right track of ... consultations" (T030)
        r"|\b(?:return|get\s+back|come\s+back)\s+to\s+(?:the\s+right\s+track\s+of\s+"
        r"(?:[\w-]+\s+){0,4}?(?:talks|negotiations|consultations|dialogue)|"
        r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:talks|negotiations))\b"
        r"|\bresume\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|dialogue)\b"
        r"|\bask(?:s|ed|ing)?\s+for\s+(?:renewed|new|fresh|more|further|direct)\s+(?:[\w-]+\s+)?"
        r"(?:talks|negotiations|dialogue)\b"
        # a wish or intent to host a leader: "he intended to host Chinese President Xi Jinping
        # at the White House soon" (S002)
        r"|\b(?:intend(?:s|ed)?|wants?|wanted|hopes?|hoped|would\s+like|looks?\s+forward|"
        r"looked\s+forward)\s+to\s+(?:host|hosting|welcome|welcoming)\b"
        # an offer of talks as a noun: "said Trump’s offer to renegotiate the accord was not an
        # option" (_offered_talks: the owner offers, a rejection after it declines)
        r"|\boffers?\s+to\s+(?:re-?negotiate|negotiate|hold\s+talks|talk|meet)\b"
        # a meeting refused: "Obama refused to meet Netanyahu" (_refused_meeting)
        r"|\brefus(?:e|es|ed|ing|al)\s+to\s+(?:meet|sit\s+down|hold\s+talks)\b"
        r"(?!\s+(?:\S+\s+){0,3}?(?:demands?|targets?|needs|criteria|deadlines?|expectations|"
        r"requirements|goals?|standards|conditions|obligations))",
        I,
    ),
    "state_visit": re.compile(
        r"\bvisit(?:s|ed|ing)?\b"
        r"|\b(?:trip|journey|mission|tour)s?\s+(?:to|of|abroad)\b"
        r"|\btrips?\b"
        r"|(?<=['’]s\s)(?:[\w.]+\s+){0,2}?tours?\b"  # "Trump's Asia tour"
        r"|\b(?:arrived|arrives|arriving|landed|lands)\s+in\b"
        # "Trump arrived at the Vatican at about 8.30am" (T011), "arrived at the White House"
        r"|\b(?:arrived|arrives|arriving)\s+at\s+the\b"
        # "Air Force One touched down in Hangzhou on Saturday"
        r"|\btouch(?:ed|es|ing)\s+down\s+in\b"
        # a departure names the next stop: "before departing Sunday for Ethiopia", "left for Paris"
        # ("Ross said that he still plans to leave for China on Friday", Q041)
        r"|\b(?:depart(?:s|ed|ing)?|leave|leaves|leaving|left)\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|today|tomorrow|tonight|later)\s+)?for\b"
        r"|\barrival\b"  # "Kim's arrival in Singapore", "the arrival of President Bush in Frankfurt"
        # "attending a military parade in north Nicosia": a ceremony abroad (a summit attended
        # abroad is a meeting, not a visit)
        r"|\battend(?:s|ed|ing)?\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:parades?|funerals?|ceremony|ceremonies|inauguration|celebrations?|commemorations?|"
        r"memorial|coronation|wedding|festival|independence day|victory day|games|olympics)\b"
        r"|\b(?:travel(?:l?ing|l?ed|s)?|heads?|headed|heading|flew|flies|flying)\s+to\b"
        r"|\b(?:is|was|were|are)\s+(?:now\s+)?in\b"
        # a news photo's caption places its subject: "Rex Tillerson speaks during a news
        # conference at Lancaster house in London, Britain, September 14, 2017." (T008, Reuters)
        rf"|\bin(?=\s+{_CAPTION_PLACE},?\s+(?:{_CAPTION_WEEKDAY},\s+)?{_CAPTION_DATE}\.?\s*$)"
        # "Steve Mnuchin ... wait to enter 10 Downing Street, Tuesday, June 4, 2019, in London." (P003, AP)
        rf"|(?<=,\s){_CAPTION_WEEKDAY},\s+{_CAPTION_DATE},\s+in(?=\s+{_CAPTION_PLACE}\.?\s*$)"
        # words spoken abroad place the speaker: "President Obama said earlier Monday in the
        # Philippines, where he is wrapping up a tour of Asia" (O023)
        r"|(?<=\bsaid\s)(?:(?:earlier|later|late|early|on)\s+)?(?:(?:monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|today)\s+)?in\b"
        # a stay abroad: "President Obama has spent the past few days in the Philippines and Malaysia"
        r"|\bsp(?:end|ends|ent|ending)\s+(?:the\s+)?(?:(?:past|last)\s+)?(?:a\s+)?(?:few|couple\s+of|two|"
        r"three|four|five|several)\s+days\s+in\b"
        r"|\b(?:host|hosted|hosts|hosting|welcomed|welcomes)\b(?!\s+(?:city|country|nation|family|families)\b)",
        I,
    ),
    "leaders_meeting": re.compile(
        r"\b(?:met|meet|meets|meeting|meetings)\b(?!\s+(?:the\s+)?(?:targets?|demands?|needs|criteria|deadlines?|expectations|requirements|goals?|standards))"
        r"|\btalks\b|\bsummit\b|\bnegotiations\b|\bnews conference with\b"
        # "sat down with", "sat down for dinner with Emmanuel Macron in Paris"
        r"|\bsat\s+down\s+(?:(?:for|to)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:dinner|lunch|breakfast|talks|meeting)\s+)?with\b"
        # "Trump and Macron sat down for a private luncheon", "had dinner with Abe", "dined with"
        r"|\bsat\s+down\s+(?:together\s+)?for\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:dinner|lunch|luncheon|breakfast)\b"
        r"|\b(?:dinner|lunch|luncheon|breakfast)(?=\s+with\b)|\bdined\s+with\b"
        r"|\bheld discussions\b|\bexchanged views\b|\bconference\b|\bgeneral assembly\b"
        # "Washington began consultations with Japan, China, South Korea and Russia" (R017)
        r"|\bconsultations(?=\s+with\b)",
        I,
    ),
    "agreement": re.compile(
        r"\b(?:deal|agreement|agreements|accord|treaty|pact|protocol|memorandum|ceasefire|cease-fire|truce|joint declaration)\b"
        # a summit's joint text: "Trump said he was backing out of the Group of Seven communique"
        # (P027), "Trump's decision to not sign on to a communique at the G-7 summit" (U028)
        r"|\bcommuniqu[eé]\b"
        # plurals: "signed cooperation deals worth nearly $3 billion", "the two accords"
        r"|\b(?:deals|accords|pacts|treaties)\b"
        # the verb: "the two sides agreed to ...", "had agreed with the Italian minister to ..."
        r"|\bagree(?:s|d)?\s+(?:with|to|on)\b"
        # the day between the verb and its complement (wire style): "Yemen's Houthi rebels and
        # their allies agreed Sunday to ..." (S026; a deal noun after it is left to its own
        # rule), "agreed late Friday to"
        r"|\bagree(?:s|d)\s+(?:(?:late|early)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
        r"(?:\s+(?:night|morning|afternoon|evening))?\s+(?:with|to|on)\b"
        # the participle after the deal: "a rescue plan for Greece agreed last week with the
        # euro zone", "a bailout for Cyprus agreed by the euro zone on Saturday"
        r"|\bagreed\s+(?:(?:last|this|on|earlier|late|in)\s+(?:\w+\s+)?)?by\b"
        r"|\bagreed\s+(?:last|this|on|earlier|late|in)\s+(?:\w+\s+)?with\b"
        # a named pact under (re)negotiation: "talks to modernize the North American Free Trade
        # Agreement", "ongoing talks to renegotiate NAFTA" (_renegotiated reads the name)
        r"|\b(?:talks|negotiations|re-?negotiat(?:e|es|ed|ing|ion|ions)|re-?work(?:s|ed|ing)?|"
        r"revis(?:e|es|ed|ing)|moderni[sz](?:e|es|ed|ing)|overhaul(?:s|ed|ing)?)\b",
        I,
    ),
    "diplomatic_expulsion": re.compile(
        r"\b(?:expel\w*|expulsions?|kicks?\s+out|kicked\s+out|oust\w*|persona non grata)\b"
        r"|\border(?:s|ed)?\s+(?:\w+\s+){0,4}to leave\b"
        # (not a negotiator: "The US has also recalled its special envoy for Afghanistan,
        # Zalmay Khalilzad, to Washington to determine the path forward")
        r"|\brecall(?:s|ed|ing)?\s+(?:(?:its|their|the|his|her)\s+)?(?:(?!special\s)[\w.’'-]+\s+)?(?:ambassador|envoy)"
        r"|\bsummon(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,2}(?:ambassador|envoy|charg[eé])"
        r"|\b(?:clos\w*|shut\w*)\s+(?:down\s+)?(?:the\s+|its\s+|a\s+)?(?:\w+\s+){0,2}(?:consulate|embassy)"
        r"|\b(?:cut|cuts|cutting|sever\w*|broke|broken|breaks|break|breaking)\s+(?:off\s+)?"
        r"(?:diplomatic\s+)?(?:ties|relations)\b",
        I,
    ),
    "sanctions": re.compile(
        r"\bsanction(?:s|ed|ing)?\b|\bembargo(?:es)?\b|\bvisa\s+(?:restrictions|bans?)\b"
        # "Trump blacklisted Huawei Technologies Co." (V015)
        r"|\bblack\s?list(?:s|ed|ing)?\b|\basset\s+freezes?\b|\btravel\s+bans?\b"
        # "Mnuchin announced punitive measures against a Chinese bank" (Q036)
        r"|\bpunitive\s+(?:economic\s+|financial\s+|trade\s+)?(?:measures|steps)(?=\s+(?:against|on|targeting)\b)"
        # a ban on a country's goods is an embargo: "bans imports of Australian coal",
        # "pledged to phase out the import of Russian oil", "an import ban on Russian gas"
        # ("In Retaliation, Russia Bans Some Food Imports From U.S., Europe", W043)
        r"|\b(?:ban(?:s|ned|ning)?|phas(?:e|es|ed|ing)[\s-]+out|embargo(?:es|ed|ing)?)\s+"
        r"(?:(?:the|all|its|their|further|new|most|some)\s+)?(?:[\w-]+\s+){0,2}?imports?\s+(?:of|from)\b"
        # (not "announced the import ban on orders from the country's president", nor a day)
        r"|\bimport\s+bans?\s+(?:on|against)\b(?!\s+(?:orders?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
        # a country's goods banned: "by banning Iranian oil from July 1" (the trigger is the
        # verb; rule_sanctions reads the goods' country after it)
        # "banned almost all Polish fruits and vegetables" (Q039), "India bans 59 Chinese apps"
        r"|\bban(?:s|ned|ning)?(?=\s+(?:(?:almost\s+|nearly\s+)?all\s+|\d+\s+)?[\w.-]+\s+(?:oil|crude|gas|coal|"
        r"oil\s+imports|exports|goods|products|apps|fruits?|vegetables|meat|beef|pork|dairy|food|wine)\b)"
        # limits on a country's firms: "tightened limits on Chinese telecom giant Huawei's
        # ability to purchase American computer chips", "lift a ban on Chinese cell phone maker
        # ZTE" (rule_sanctions wants a nationality right after "on" and a verb before)
        r"|\b(?:(?:export|trade|new|tighter|tougher)\s+)?(?:limits|restrictions|curbs|controls|ban)"
        r"(?=\s+on\s+(?:the\s+)?[\w.-]+\s+(?:[\w-]+\s+){0,3}?(?:company|companies|firms?|giants?|"
        r"makers?|manufacturers?|banks?|airlines?|entities|conglomerates?|carriers?|exporters?)\b)",
        I,
    ),
}

# The same patterns run case-sensitively on lower-cased text (several times faster).
TRIGGERS_LC: dict[str, re.Pattern[str]] = {k: re.compile(p.pattern) for k, p in TRIGGERS.items()}
# Cheap substring gate: a sentence without any of these cannot fire a rule. A leading or
# trailing space stands for a word boundary: any of the characters in _BOUNDARY_CHARS
# (so "met." and "“meet" count, while "metal" and "ghost" do not).
KEYWORDS: tuple[str, ...] = (
    "call ", "calls ", "called ", "virtual ", "online ", "phones ", "conversation", "negotiating table", "bargaining table", "right track", "resume ", "for renewed", "for new", "for fresh",
    "for more", "for further", "for direct", "to host", "to welcom", "offer to", "offers to", "refus", "phone", "video", "invit", "welcome", "ready to", "open to", "willing to",
    "eagerness", "willingness", "readiness", "openness", "door ", "ready for", "open for", "talk to", "talk with",
    " skip", " miss ", "plans to attend", "plan to attend", " misses ", " missed ", " missing ", "stay away", "stays away", "stayed away",
    "speak with", "spoke with", "speaking with", "spoke to", "speak to", "speaks to", "speaks with",
    "spoken to", "spoken with", "spoke recently", "spoken recently", "talked to", "talked with", "speaking to", "will speak", "to speak", "would speak", "will talk", "to talk",
    "would talk", "talking to", "talking with",
    "prepared to", "eager to", "offered", "offers to", "offering to", "proposed", "visit", " trip", "journey", "mission to",
    "mission of", "mission ab", "tour of", "tour to", " tours", " tour ", "arriv", "landed in", "lands in", " down in", "depart", "leave for", "leave on", "leave mon", "leave tue", "leave wed", "leave thu", "leave fri", "leave sat", "leave sun", "leave tod", "leave tom", "leave ton", "leave lat", "leaves", "leaving", " left ", "travel", "heads to",
    "headed to", "heading to", "head to", "flew to", "flies to", "flying to", " host ", " hosted", " hosts ",
    " hosting", " co-host", " meet", " met ", "talks", "summit", "negotiations", "conference", "sat down",
    "dinner", "lunch", "breakfast", "dined",
    "discussions", "consultations with", "exchanged views", " deal", "negotiat", "rework", "re-work", "revis", "moderni", "overhaul", "agreement", " accord ", " accords", "treaty", "treaties",
    "agreed to", "agreed with", "agreed on", "agree to", "agree with", "agree on", "agrees to", "agrees with",
    "agrees on", "agreed by", "agreed last", "agreed this", "agreed earlier", "agreed late", "agreed in",
    "agreed mon", "agreed tue", "agreed wed", "agreed thu", "agreed fri", "agreed sat", "agreed sun", "agreed early",
    "agrees mon", "agrees tue", "agrees wed", "agrees thu", "agrees fri", "agrees sat", "agrees sun",
    " pact", "protocol", "memorandum", "ceasefire", "cease-fire", "truce", "declaration", "communiqu", " ties",
    " relations", "expel", "expuls", "kick", "oust", "persona non grata", "to leave", "recall",
    "summon", "consulate", "embass", "diplomatic", "sanction", "embargo", "visa", " ban ", " bans ", " banned ", " banning ", "blacklist", "punitive", "import",
    "limits on", "restrictions on", "curbs on", "controls on",
    "black list", "asset freez", "travel ban", " is in ", " was in ", " were in ", " are in ",
    " is now in ", " are now in ", " days in ", ", 19", ", 20", "said in ", "said earlier", "said later", "said late",
    "said early", "said on ", "said mon", "said tue", "said wed", "said thu", "said fri", "said sat", "said sun", "said today", "attend", "general assembly",
)  # fmt: skip
_BOUNDARY_CHARS = " \t\n\xa0.,;:!?'\"‘’“”()[]{}/-–—…*"


def lower_same_length(text: str) -> str:
    """Lower-case text whose offsets match the original (falls back to ASCII lowering)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# ------------------------------------------------------------------ status cues
FUTURE = re.compile(
    # (the noun is no future: "the good will that the pontiff had garnered during his US visit")
    r"\b(?:(?<!good )(?<!\bill )(?<!free )(?<!political )(?<!the )will|would|to be|is to|are to|set to|due to|plans? to|planned|planning to|expected to|"
    r"scheduled|is scheduled|intends? to|intention to|going to|prepar\w+ to|prepar(?:ing|es) for|next (?:week|month|year)|"
    r"later (?:this|on|in)|ahead of|upcoming|forthcoming|vows? to|is travel\w*|are travel\w*|"
    r"is heading|to visit|to meet|to hold|to travel|to sign|to start|to begin|to open|announced plans|plans for|"
    r"likely to|begin later|begins later)\b"
    r"|(?<=\w)['’]ll\b",  # "He'll Meet With Kim"
    I,
)
# a record, not a plan: "the first Chinese president to visit North Korea in 14 years"
# (not "will become the first head of state to meet")
_RECORD = re.compile(
    r"(?<!will become the )(?<!will be the )(?<!to become the )(?<!to be the )"
    r"\b(?:first|second|third|last|only|latest)\s+(?:[\w.’'-]+\s+){0,5}?to\s+(?:\w+\s+)?$",
    I,
)
# the purpose of a journey just begun: "Arrives In North Korea For Talks With Kim" (while "is
# in Shanghai for meetings" are talks under way)
_COMES_FOR = re.compile(
    r"\b(?:arrives|arriving|lands|landing|heads|heading|travels|travel?ling|flies|flying|leaves|"
    r"departs|headed|bound|en\s+route|on\s+(?:his|her|its|their|the)\s+way)\b[^,;.]{0,60}?"
    # "while he was en route to Singapore for a meeting with North Korean leader Kim Jong Un"
    r"\bfor\s+(?:\w+\s+){0,2}$",
    I,
)
CANCEL = re.compile(
    # ("Conservatives cackled with glee when Trump nixed the Afghanistan trip", R021)
    r"\b(?:cancel\w*|called off|calls off|call off|scrap\w*|postpone\w*|scuttl\w*|abandon\w*|"
    r"nix(?:es|ed|ing)?|shelv(?:e|es|ed|ing)|"
    r"withdr[ae]w\w*|withdraws|pull\w* out of|reverse\w*|revers\w+ course|rescind\w*|"
    r"will not be invited|not be invited|not invited|uninvit\w*|disinvit\w*|moved? \w+ out of)\b",
    I,
)
DENY = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|no (?:call|meeting|deal|invitation) (?:took place|was)|never (?:invited|met|called))\b",
    I,
)
ACCEPT = re.compile(
    r"\baccept(?:s|ed|ing)?\b|\btake up\b|\btook up\b|\bagreed to (?:attend|meet|visit)\b|\battends?\b|\battending\b",
    I,
)
DECLINE = re.compile(
    r"\b(?:declin\w*|turn\w* down|rebuff\w*|snub\w*|reject\w*|would not (?:need to )?attend|will not attend|not need to attend|refus\w* to attend|boycott\w*)\b",
    I,
)
PROPOSE = re.compile(
    r"\b(?:negotiat\w*|trying to|try to|seek\w* to|hope\w* to|close to|before a deal|"
    r"under discussion|proposed|propos\w*|would|could|talks on|close in on)\b",
    I,
)
THREAT = re.compile(
    r"\b(?:threat\w*|warn\w*|not rul\w* out|did not rule out|could impose|may impose|might impose|"
    r"would impose|consider\w*|mull\w*|if\b|unless\b|urg\w*|call\w* for|push\w* for|demand\w*)\b",
    I,
)
# the event is reported as not having happened: "did not have a call with", "hasn't met"
NEGATED_OCCURRENCE = re.compile(
    r"\b(?:did|does|has|have|had)(?:\s+not|n['’]t)\s+(?:(?:have|had|hold|held)\s+(?:(?:a|an|any)\s+)?(?:[\w-]+\s+)?)?$",
    I,
)
# someone else asks for, or expects, a cancellation: "urges Mnuchin to scrap his trip",
# "expects Trump to pull out of the deal" (the event still stands)
URGED_CANCEL = re.compile(
    r"\b(?:urg\w*|call(?:s|ed|ing)? on|ask\w*|press(?:es|ed|ing)?|push(?:es|ed|ing)?|wants?|wanted|expect\w*|"
    r"predict\w*|demand\w*|lobb\w*|encourag\w*|advis\w*|appeal\w* to)\s+(?:[\w.’'-]+\s+){1,5}?"
    r"(?:not\s+)?to\s+(?:cancel|scrap|call off|postpone|pull out|withdraw|abandon|skip|boycott|quit|exit|"
    r"tear up|rip up|back out|ditch|leave|walk away from|renounce)\b",
    I,
)


# a cancellation only threatened or weighed: "Threatens Again To Call Off Trump Summit",
# "is considering scrapping the trip", "could postpone the visit", "the possibility of
# cancelling an EU summit" (the event still stands)
THREATENED_CANCEL = re.compile(
    r"\b(?:threat\w*|warn\w*|consider\w*|weigh\w*|mull\w*|may|might|could|"
    r"(?:possibility|prospect|risk|talk|question)\s+of)\s+"
    r"(?:(?:again|also|now|even|openly|publicly|to|that|he|she|it|they|would|could|might)\s+){0,3}"
    r"(?:cancel\w*|call\w*\s+off|scrap\w*|postpon\w*|pull\w*\s+out|withdraw\w*|walk\w*\s+away|"
    r"skip\w*|boycott\w*|abandon\w*)",
    I,
)


def cancelled(sent: str) -> bool:
    """A cancel word the sentence reports as done, not one someone asks for, expects or threatens."""
    blank = URGED_CANCEL.sub(lambda m: " " * len(m.group(0)), sent)
    return bool(CANCEL.search(THREATENED_CANCEL.sub(lambda m: " " * len(m.group(0)), blank)))


# a cancel word whose object is an agreement, not a meeting or trip: "has announced a withdrawal
# from the landmark Paris climate agreement", "abandoned the proposed Trans-Pacific Partnership",
# "starts clock on withdrawing from NAFTA" (talks in the same sentence still stand)
_CANCELS_DEAL = re.compile(
    r"\b(?:withdr[ae]w\w*|pull\w*\s+out|abandon\w*|scrap\w*|rip\w*\s+up|tear\w*\s+up)\s+"
    r"(?:(?:from|of|on)\s+)?(?:(?:the|a|an|its|his|her|their|this|that)\s+)?"
    r"(?:[\w.’'-]+\s+){0,3}?(?:agreement|deal|accord|pact|treaty|NAFTA|TPP|partnership|"
    r"demands?)\b",
    I,
)


def gathering_cancelled(sent: str) -> bool:
    """:func:`cancelled`, leaving out cancel words said of an agreement ("withdraw from NAFTA")."""
    return cancelled(_CANCELS_DEAL.sub(lambda m: " " * len(m.group(0)), sent))


HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|when \w+ is ready|hypothetical|would be willing|could|be able to)\b", I
)
GENERIC = re.compile(
    r"\b(?:every year|each year|frequently|often|regularly|usually|routinely|annual|several times|"
    r"many times|repeatedly|numerous|countless)\b",
    I,
)


def _agents(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.agent]


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


def _left(ms: list[Mention], pos: int) -> list[Mention]:
    return [m for m in ms if m.end <= pos]


def _right(ms: list[Mention], pos: int) -> list[Mention]:
    return [m for m in ms if m.start >= pos]


def _places(ms: list[Mention]) -> list[Mention]:
    return [
        m for m in ms if m.location and m.kind in ("capital", "country", "seat") and not m.former
    ]


def _global(m: Mention) -> bool:
    """The world's states as one side ("195 countries", "the world's governments"): a UN party."""
    return m.kind == "group" and m.country == "UN" and m.agent


def _distinct_countries(ms: list[Mention]) -> set[str]:
    return {m.country for m in ms if m.country}


# ------------------------------------------------------------------ per-type rules
_CALL_PURPOSE = re.compile(
    r"\s+(?:(?i:and)\s+(?:[A-Z][\w'’.-]*\s+){1,3})?(?i:to\s+(?!be\b)\w+|about\b|over\b|on\s+(?:the\s+)?(?:phone|telephone)\b)"
)
# the day of the call before its purpose or the clause end: "Putin called President Trump
# Sunday to thank him" (allsides-1929), "Obama had personally called Chinese President Xi Jinping
# on Friday, what was ..." (V003)
_CALL_DAY = re.compile(
    r"\s+(?:on\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?=\s*(?:[,;.!?—–]|$|to\s+(?!be\b)\w+|about\b))",
    I,
)
# a title and the name after it are one callee: "called Iraqi Prime Minister-designate Haider
# al-Abadi to congratulate him" (allsides-3287)
_CALLEE_TITLE_GAP = re.compile(r"(?:-(?:designate|elect))?\s*,?\s*", I)


_NAMED_CALL = re.compile(
    r"(?:in|during|after|on)\s+(?:(?:an?|the|their|his|her)\s+)?(.+?)\s+(?:(?:phone|video)\s+)?call"
)


# "spoke with X" is a call unless the sentence places the two together
_IN_PERSON = re.compile(
    r"\b(?:met|meet\w*|summit|visit\w*|sidelines|trip|tour|talks|in person|face-to-face|"
    r"conference|reporters|journalists|press|interview|parliament|rally|crowd|audience|hosted|"
    r"arriv\w*|dinner|lunch|breakfast|banquet|ceremony)\b",
    I,
)
# an embedded question: "did not know when ministers could meet", "wouldn't say when he talked to"
_ASKED_WHEN = re.compile(
    r"\b(?:say|said|know|knew|tell|told|ask\w*|clear|unclear|decided?|sure|certain|discuss\w*)\s+"
    r"(?:when|whether|if|how soon)\b",
    I,
)
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
_FOR_MONTHS = re.compile(
    r"[^.;]*?\bfor\s+(?:many\s+|several\s+)?(?:weeks|months|years|decades)\b", I
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


def _spoke_with(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    """'Blinken spoke with his Qatari counterpart', 'Macron To Talk To Biden': a call between
    the speaker and the foreign officials named right after the verb."""
    if not _PHONE_CUE.search(sent) and _IN_PERSON.search(sent):
        return []
    pre = sent[max(0, t.start() - 60) : t.start()]
    if _ASKED_WHEN.search(pre) or re.search(
        r"\b(?:if|unless|can|could|might|may|should|must)\b[^,;:.]{0,40}$", pre, I
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
    if NEGATED_OCCURRENCE.search(sent, max(0, t.start() - 40), t.start()):
        status = "denied"
    elif FUTURE.search(sent[max(0, t.start() - 60) : t.start()]) or re.search(
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


def rule_call(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    trig = t.group(0).lower()
    if _WILL_SPEAK.match(trig):
        return _will_speak(sent, off, ms, t)
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
            r"|\bcall\s+to\s+(?:arms|action|prayer|jihad)\b",
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
    if DENY.search(sent) or NEGATED_OCCURRENCE.search(sent, max(0, t.start() - 40), t.start()):
        status = "denied"
    elif FUTURE.search(sent[max(0, t.start() - 60) : t.start() + (5 if held else 0)]):
        status = "planned"  # (with the verb: "To Hold Call")
    if made and not any(
        0 <= m.start - off - t.end() <= 8 and m.text[0].isupper()
        for m in people
        if m.kind in ("person", "title")
    ):
        return []  # "made calls to her cabinet": the callees follow right after "to"
    if bloc is not None and len(_distinct_countries(people)) < 2:
        roles = [(bloc, "participants")]
        return [Candidate("leader_call", status, roles, t.span(), "call.bloc", 0.75)]
    split = _separate_calls(sent, off, people, t)
    return [
        Candidate("leader_call", status, roles, t.span(), "call.phrase", 0.85)
        for roles in split or [[(m, "participants") for m in people]]
    ]


# a call only wished for, or the record of an old one: "If Putin wants a call with me, you
# just put him through", "he'll release a transcript of his first phone call with Zelensky"
_CALL_IF = re.compile(r"\b(?:if|unless)\s+[^,;:.!?—–()\"“”]{0,60}$", I)
# a call offered, not held: "Trump also noted he would be willing to hold a phone conversation
# with North Korean leader Kim Jong-un" (allsides-6180)
_CALL_OFFER = re.compile(
    r"\b(?:willing|ready|open|prepared|happy|glad|eager)\s+to\s+(?:[\w-]+\s+){0,3}$", I
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
    r"nov\.|dec\.|\d)\b)[^,;:]*$",
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


_LIST_GAP = re.compile(
    r"\s*(?:,|and|&|,\s*and|,?\s*(?:along with|as well as|together with))\s*(?:the\s+)?"
)


def _listed(sent: str, off: int, left: list[Mention]) -> list[Mention]:
    """The last mention before the verb and those listed with it ('India, along with
    China and Brazil, has been invited')."""
    out = left[-1:]
    for m in reversed(left[:-1]):
        # "the two sides agreed to hold off on further tariff increases" (S014): the two sides
        # the story named are one mention each, at the same words
        same = (m.start, m.end) == (out[0].start, out[0].end)
        if not same and not _LIST_GAP.fullmatch(sent[m.end - off : out[0].start - off]):
            break
        out.insert(0, m)
    return out


_ACCEPTED_NOUN = re.compile(
    r"\s+(?:(?:has|had|have|also|then)\s+)*(?:accept(?:ed|s)?|took\s+up|takes\s+up)\s+"
    r"(?:an?|the|his|her|their)\s+(?:\w+\s+)?$",
    I,
)


def _accepter(sent: str, off: int, left: list[Mention], t: re.Match) -> list[Mention]:
    """The subject right before 'accepted an invitation' (not one named in an opening adjunct)."""
    return [m for m in left if _ACCEPTED_NOUN.fullmatch(sent, m.end - off, t.start())][-1:]


_SKIPPED = re.compile(
    r"(?:skip|miss)\w*\s|(?:will|would|did|does|do)\s+(?:also\s+)?not\s+attend\b"
    r"|(?:won|wouldn|didn|doesn)['’]t\s+attend\b|stay\w*\s+away\b|cancel\w*\s"
)
# a skipping weighed or threatened, not told: "threatened to skip", "may miss the summit"
_SKIP_UNREAL = re.compile(
    r"\b(?:threat\w*|consider\w*|weigh\w*|may|might|could|if|unless|whether|risk\w*|"
    r"not|never|n['’]t|urg\w*|ask\w*|call\w*\s+on)\b[^,;]{0,25}$",
    I,
)


def _skipped_meeting(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    """An official staying away from a summit or meeting of others (declined, dev rule 6):
    the subject right before the verb is the invitee, the body or country the meeting belongs
    to (named in or just after it) the inviter."""
    if _SKIP_UNREAL.search(sent, max(0, t.start() - 40), t.start()):
        return []
    rel = t.start() + off
    left = [
        m
        for m in _agents(ms)
        if m.end <= rel
        and not m.location
        and m.kind in ("person", "title", "gov", "country", "group")
    ]
    # the subject reaches the verb: "Lula skips", "Draghi will not attend", "Lula is missing"
    if not left or not re.fullmatch(r"[^.;:!?,]{0,25}?", sent[left[-1].end - off : t.start()]):
        return []
    invitee = left[-1]
    if invitee.kind == "country" and not re.fullmatch(r"\s*", sent[invitee.end - off : t.start()]):
        return []  # "Brazil's central bank skipped the meeting": the country only qualifies
    end = t.end() + off + 60
    others = [
        m
        for m in ms
        if rel <= m.start < end and m.country and m.country != invitee.country and not m.source
    ]
    if not others:
        return []
    inviter = next((m for m in others if m.kind == "org"), others[0])
    roles = [(inviter, "inviter"), (invitee, "invitee")]
    return [Candidate("summit_invitation", "declined", roles, t.span(), "invitation.skipped", 0.6)]


# an invitation only sought: "he would push to be invited", "is lobbying to be invited"
_SOUGHT_INVITATION = re.compile(
    r"\b(?:push(?:es|ed|ing)?|seek(?:s|ing)?|sought|wants?|wanted|wanting|hop(?:e|es|ed|ing)|"
    r"lobb(?:y|ies|ied|ying)|ask(?:s|ed|ing)?|campaign\w*|fight(?:s|ing)?|fought|bid(?:s|ding)?|"
    r"demand\w*|insist\w*|strive\w*|striving|tr(?:y|ies|ied|ying))\s+(?:hard\s+)?to\s+be\s+(?:re-?)?$",
    I,
)


# verbs of giving an invitation: "extended an invitation", "sent a formal invitation"
_GIVEN = re.compile(
    r"\b(?:extend|issu|sen[dt]|ma[dk]e|deliver|offer|renew|repeat|reiterat|convey|hand|gave|give)"
    r"\w*\s+(?:(?:an|a|the|his|her|their|its|formal|fresh|new|open|personal|standing|official)\s+){0,3}$",
    I,
)


# the request before "resume talks": "urged ... that", "implore President Trump to", "asked
# Pyongyang to" (not "agreed to resume talks": a meeting, which the meeting rules read)
_REQUEST = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|implor(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|"
    r"appeal(?:s|ed|ing)?\s+to|call(?:s|ed|ing)?\s+on|invit(?:e|es|ed|ing)|hop(?:e|es|ed|ing))\b"
    # (a dot only after a capital: "hopes the U.S. will get back to ...")
    r"(?:[^.;:]{0,60}?\b(?:to|that)\s+)?(?:(?:[^.;:]|(?<=[A-Z])\.){0,40}?\s)?$",
    I,
)
_ASKED_TALKS = re.compile(r"(?:return|resume|ask|get\s|come\s)", I)


def _asked_to_talk(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    """'We implore President Trump to return to the negotiating table', 'China asked for renewed
    trade talks': a proposed summit_invitation from the side asking to the side asked."""
    trig = t.group(0).lower()
    if trig.startswith("ask"):
        verb = t.start()
    else:
        req = _REQUEST.search(sent, max(0, t.start() - 100), t.start())
        if req is None:
            return []
        verb = req.start()
    if HYPOTHETICAL.search(sent[max(0, verb - 40) : verb]) or _wishful(sent, t):
        return []
    ag = [m for m in _agents(ms) if not m.location]
    # (a quote's speaker asks: "“We implore President Trump to ...,” the trade minister added")
    left = _left(ag, verb + off) or [m for m in ms if m.source and m.country]
    if not left:
        return []
    inviter = left[-1]
    between = [m for m in ag if verb + off <= m.start < t.start() + off]
    if len(_distinct_countries(between) - {inviter.country}) > 1:
        return []  # "urged Russia and Ukraine to resume talks": a third side's appeal
    invitee = [m for m in between + _right(ag, t.end() + off) if m.country != inviter.country][
        :1
    ] or [m for m in left if m.country != inviter.country][-1:]
    if not invitee or not inviter.country or not invitee[0].country:
        return []
    roles = [(inviter, "inviter"), (invitee[0], "invitee")]
    return [Candidate("summit_invitation", "proposed", roles, t.span(), "invitation.asked", 0.6)]


_TO_HOST = re.compile(r"to\s+(?:host|hosting|welcome|welcoming)$")
# a body named as where to meet, not who is met: "willing to meet with Chinese President Xi
# Jinping on trade, possibly ... at the United Nations General Assembly" (O025)
_AT_VENUE = re.compile(r"\b(?:at|on\s+the\s+sidelines\s+of)\s+(?:the\s+)?$", I)


# the noun and the refusal among the triggers above
_OFFER_NOUN = re.compile(r"(?P<word>offers?)\s+to\s", I)
_REFUSED = re.compile(r"refus", I)
# an offer turned down after it: "Trump’s offer to renegotiate the accord was not an option"
_NOT_AN_OPTION = re.compile(r"\b(?:is|was|are|were)\s+not\s+an\s+option\b", I)


def _refused_meeting(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    """'Obama refused to meet Netanyahu': a summit_invitation the subject declines, from the
    side it will not meet (named after the verb)."""
    if HYPOTHETICAL.search(sent[max(0, t.start() - 40) : t.start()]) or _wishful(sent, t):
        return []
    ag = [m for m in _agents(ms) if not m.location]
    rel, rel_end = t.start() + off, t.end() + off
    left = _left(ag, rel)
    if not left:
        return []
    refuser = left[-1]
    other = [
        m for m in _right(ag, rel_end) if m.country != refuser.country and m.start - rel_end <= 40
    ]
    if not other or not refuser.country:
        return []
    roles = [(other[0], "inviter"), (refuser, "invitee")]
    return [Candidate("summit_invitation", "declined", roles, t.span(), "invitation.refused", 0.6)]


def rule_invitation(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    if _SKIPPED.match(t.group(0).lower()):
        return _skipped_meeting(sent, off, ms, t)
    if _REFUSED.match(t.group(0)):
        return _refused_meeting(sent, off, ms, t)
    if (offered := _OFFER_NOUN.match(t.group(0))) is not None:
        offered = _OFFER_NOUN.match(sent, t.start())
        cands = _offered_talks(sent, off, ms, t, offered)
        if _NOT_AN_OPTION.search(sent, t.end()) or DECLINE.search(
            sent, max(0, t.start() - 50), t.start()
        ):  # "Putin rejected Trump’s offer to meet"
            cands = [replace(c, status="declined") for c in cands]
        return cands
    if _ASKED_TALKS.match(t.group(0)):
        return _asked_to_talk(sent, off, ms, t)
    after = sent[t.end() : t.end() + 80].lower()
    before = sent[max(0, t.start() - 80) : t.start()].lower()
    if re.match(
        r"\s*(?:bids|tenders|applications|offers|proposals|investors|companies|firms"
        # "invite retaliation": to bring something on, not to ask someone over
        r"|retaliation|criticism|scrutiny|comparisons?|trouble|disaster|backlash|ridicule|"
        r"speculation|questions|danger|aggression|attacks?|reprisals?|abuse|conflict)\b",
        after,
    ):
        return []
    if _SOUGHT_INVITATION.search(sent, max(0, t.start() - 40), t.start()):
        return []  # "would push to be invited to meetings of finance ministers": no one invited
    # ("North Korea's invitation to play a concert": to perform, not to visit or to talk)
    if re.search(r"\bto (?:join|testify|apply|bid|submit|play|perform|sing|compete)\b", after[:60]):
        return []
    # "forces invited by Damascus": troops deployed at a government's request, not a visit
    if re.search(
        r"\b(?:forces|troops|soldiers|military|peacekeepers|contingents?|army|armies)\b"
        r"(?:\s+(?:\w+\s+){0,2}|[^.;]{0,60}\b(?:were|was|are|is|been|be|being|at|on)\s+(?:\w+\s+)?(?:the\s+)?)$",
        before,
    ) and not re.search(r"\b(?:summit|talks|visit|meet\w*|conference|negotiat\w*)\b", after[:60]):
        return []
    trig = t.group(0).lower()
    # "officers were invited into the embassy", "invited back into the G-7": into a
    # building or a club, not to visit or to talk
    if trig.startswith("invit") and re.match(
        r"[\"”’']?\s+(?:(?:back\s+)?(?:into|inside)\b|in\b(?=\s*[,.;\"”]|\s+by\b)"
        r"|back\s+to\b(?![^.]{0,40}\bsummit))",
        after,
    ):
        return []
    # "as the negotiators prepared to meet Tuesday": the verb (got ready), not an offer
    # ("Putin is prepared to meet Trump")
    if trig.startswith(("prepared", "ready for", "open for")) and not re.search(
        r"(?:\b(?:is|are|was|were|be|been|being|am|remains?|remained|stands?|stood|fully|now|also|"
        r"still|not)|['’](?:s|re|m))\s+$",
        before,
    ):
        return []
    # "accepted an invitation ... and announced he would bring numerous business leaders":
    # a habitual word far after the invitation is about something else
    if GENERIC.search(sent, 0, t.end() + 60) or re.search(
        r"\b(?:when|if|once)\b[^.]{0,40}\b(?:ready|willing|agrees?)\b",
        sent[max(0, t.start() - 45) :],
        I,
    ):
        return []
    ag = _agents(ms)
    if len(_distinct_countries(ag + _places(ms))) < 2:
        return []
    rel = t.start() + off
    rel_end = t.end() + off
    trig = t.group(0).lower()
    left, right = _left(ag, rel), _right(ag, rel_end)
    inviter: list[Mention] = []
    invitee: list[Mention] = []
    passive = bool(
        re.search(
            r"\b(?:was|were|been|be|being|is|are|not|has been|have been)\s+(?:\w+\s+)?$", before
        )
    ) and trig.startswith("invited")
    if "request" in trig:
        # "a meeting request from X", "X's request for talks", "X's request to meet Y": the
        # side that asks is the inviter
        if re.match(r"\s*(?:from|by)\s", after):
            inviter = right[:1]
        else:
            poss = [m for m in left if sent[m.end - off : m.end - off + 2] in ("'s", "’s")]
            inviter = poss[-1:] or left[-1:]
        invitee = [m for m in left + right if m.country not in {x.country for x in inviter}][:1]
    elif trig.startswith(
        ("open", "ready", "willing", "prepared", "eager", "offered", "proposed", "welcome")
        + ("readiness", "openness", "want", "hope", "would like", "door", "intend", "look")
    ):
        inviter = left[:1] or left
        if not inviter:
            # a quote: "'We are ready for negotiations … in Cyprus,' he said": the speaker offers
            inviter = [
                m
                for m in right
                if m.kind in ("person", "title")
                and re.match(r"\s+(?:said|says|told)\b", sent[m.end - off : m.end - off + 7])
            ][:1]
        invitee = [
            m
            for m in right
            if m.country not in {x.country for x in inviter}
            and not _AT_VENUE.search(sent, 0, m.start - off)
        ][:3]
        if _TO_HOST.search(trig):
            # a leader to be hosted, not an event ("wants to host the G20 summit")
            invitee = [m for m in invitee[:1] if m.kind in ("person", "title")]
            if not invitee:
                return []
        if not invitee:
            invitee = [m for m in left if m.country not in {x.country for x in inviter}][:1]
        if not invitee and inviter:
            # "Wants To Talk To U.S.": the other side is named as a place
            place = next(
                (
                    p
                    for p in _places(ms)
                    if 0 <= p.start - rel_end <= (12 if left else 120)
                    and p.country != inviter[0].country
                ),
                None,
            )
            if place is not None:
                invitee = [replace(place, location=False, kind="country", rank="government")]
    elif (
        trig.startswith(("invitation", "invite"))
        and not trig.startswith(("invited", "invites", "inviting"))
        or trig == "invite"
        and re.search(r"(?:'s|’s|an|the|his|her)\s*$", before)
    ):
        # noun: "Putin's invite", "Trump's invitation to meet Kim", "an invitation from X"
        poss = [m for m in left if sent[m.end - off : m.end - off + 2] in ("'s", "’s")]
        frm = re.match(r"\s*(?:from|by)\s", after)
        if poss:
            inviter = [poss[-1]]
            others = [m for m in ag if m is not poss[-1] and m.country != poss[-1].country]
            invitee = [m for m in others if m.end <= poss[-1].start][:1] or others[:2]
        elif frm:
            inviter = right[:1]
            invitee = [m for m in left if m.country not in {x.country for x in inviter}][-1:]
        elif left and _GIVEN.search(before):
            # "Xi extended an invitation to Trump", "sent an invitation for Trump to visit":
            # the subject gives it, the side after the noun receives it
            inviter = left[-1:]
            invitee = [m for m in right if m.country != inviter[0].country][:1]
        elif (
            right
            and re.fullmatch(r"\s*for\s+(?:the\s+)?", sent[t.end() : right[0].start - off], I)
            and re.match(r"(?:['’]s\s+\w+\s+)?\s*to\s+\w", sent[right[0].end - off :])
        ):
            # "an invitation for Trump to meet with Xi": the one invited follows "for"; the
            # one who brings it is the subject, else the side named after the verb
            invitee = right[:1]
            inviter = [m for m in left if m.country != invitee[0].country][:1] or [
                m for m in right[1:] if m.country != invitee[0].country
            ][:1]
        else:
            # "X accepted an invitation to meet with Y": Y invites X; "After a meeting with Xi,
            # Abbott accepted an invitation to visit China": the one who accepts is the subject
            invitee = _accepter(sent, off, left, t) or left[:1]
            inviter = [m for m in right if m.country not in {x.country for x in invitee}][:1]
    elif passive:
        invitee = _listed(sent, off, left) or left[:1]
        by = re.search(r"\bby\s", after)
        if by:
            inviter = [m for m in right if m.start - off >= t.end() + by.start()][:1]
        if not inviter:
            inviter = [
                m
                for m in right
                if m.kind in ("org", "person", "title", "group", "gov", "country")
                and m.country not in {x.country for x in invitee}
            ][:1]
    else:
        inviter = left[-1:] if left else []
        invitee = [m for m in right if m.country not in {x.country for x in inviter}][:4]
    inviter = [m for m in inviter if m.agent]
    invitee = [m for m in invitee if m.agent and m not in inviter]
    if invitee and not inviter:
        # "Putin accepts an invitation to visit Japan": the host country invites
        host = next(
            (
                p
                for p in _places(ms)
                if p.start >= rel_end and p.country not in {x.country for x in invitee}
            ),
            None,
        )
        if host is not None:
            inviter = [
                replace(host, location=False, kind="country" if host.kind != "org" else "org")
            ]
    if not inviter or not invitee:
        return []
    if _distinct_countries(inviter) == _distinct_countries(invitee):
        return []
    status = "proposed"
    # the answer to an invitation is stated in its own clause ("open to talks after Trump cancels")
    ca, cb = clause_of(sent, t.start())
    window = sent[max(ca, t.start() - 70) : min(cb, t.end() + 70)]
    if CANCEL.search(window) or re.search(r"\bnot\s+(?:be\s+)?invited\b", window, I):
        status = "cancelled"
    elif DENY.search(window):
        status = "denied"
    elif DECLINE.search(window):
        status = "declined"
    elif ACCEPT.search(sent[max(ca, t.start() - 60) : min(cb, t.end() + 60)]) and not re.search(
        r"\bwould love to\b|\bconsider", sent, I
    ):
        status = "accepted"
    roles = [(m, "inviter") for m in inviter] + [(m, "invitee") for m in invitee]
    venue = None
    places = [p for p in _places(ms) if p.start >= rel]
    if places:
        venue = places[0]
        roles.append((venue, "venue"))
    return [
        Candidate(
            "summit_invitation",
            status,
            roles,
            t.span(),
            "invitation." + ("passive" if passive else "active"),
            0.8,
            location=venue,
        ),
        *_accepted_visit(sent, off, t, status, inviter, invitee, venue),
    ]


def _accepted_visit(
    sent: str,
    off: int,
    t: re.Match,
    status: str,
    inviter: list[Mention],
    invitee: list[Mention],
    venue: Mention | None,
) -> list[Candidate]:
    """'Abbott accepted an invitation to visit China': the invitee's visit is planned."""
    if (
        status != "accepted"
        or venue is None
        or len(invitee) != 1
        or venue.country == invitee[0].country
        or not re.match(
            r"(?:\s+(?:from|by)\s+[^,;.]{0,60}?)?\s+to\s+(?:make\s+a\s+(?:state\s+)?)?visit\s+(?:the\s+)?$",
            sent[t.end() : venue.start - off],
        )
    ):
        return []
    host = next((m for m in inviter if m.country == venue.country), None)
    host = host or replace(venue, location=False, kind="country", rank="government")
    roles = [(invitee[0], "visitor"), (host, "host"), (venue, "location")]
    return [
        Candidate(
            "state_visit",
            "planned",
            roles,
            t.span(),
            "visit.invitation_accepted",
            0.7,
            location=venue,
        )
    ]


_WISH = re.compile(
    r"\bwould\s+(?:\w+\s+)?(?:be\s+)?(?:glad|happy|pleased|delighted|like|love|welcome)\b|\bbe able to\b|\bwants? to\b|\bwanted to\b|\bhopes? to\b",
    I,
)


def _invited_to(sent: str, t: re.Match) -> bool:
    """'invites Trump to visit China': the visit is only the invitation's object."""
    return bool(
        re.search(
            r"\b(?:invit\w*|invite)\s+(?:[\w.’'-]+\s+){0,3}to\s+$",
            sent[max(0, t.start() - 50) : t.start()],
            I,
        )
    )


# a visit or meeting someone seeks, asks for or has withheld is no event that took place:
# "was seeking a coveted White House visit", "withholding military aid and a White House
# meeting"; the object runs to the trigger without a clause break, an infinitive or a
# time preposition ("sought to reassure allies after meeting Putin" is a meeting held)
_SOUGHT = re.compile(
    r"\b(?:seek(?:s|ing)?|sought|request(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|"
    r"push(?:es|ed|ing)?\s+for|lobb(?:y|ies|ied|ying)\s+for|angl(?:e|es|ed|ing)\s+for|covet(?:s|ed|ing)?|"
    r"withh(?:old|olds|eld|olding)|dangl(?:e|es|ed|ing)|in\s+exchange\s+for|the\s+promise\s+of)\b"
    r"(?:(?!\b(?:to|after|before|during|following|when|while|at|from|since|by)\b)[^,;.:!?\"“”])"
    r"{0,70}\b(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}$",
    I,
)


# the subject of a visit verb is someone the gazetteer does not know: "Professor Dodge, who
# visits Iraq", "Dr. Lee visited Seoul", "Smith, who travelled to Iran"
_PRIVATE_VISITOR = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Professor)\.?\s+[A-Z][\w’'-]+(?:,\s+who)?"
    r"|\b[A-Z][a-z][\w’'-]*,\s+who)\s+(?:[a-z]+\s+){0,2}$"
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


def _sought(sent: str, t: re.Match) -> bool:
    """Is the visit/meeting at ``t`` only sought or withheld ("seeking a White House visit")?"""
    return bool(_SOUGHT.search(sent, max(0, t.start() - 100), t.start()))


# an offer to meet, visit or host: "would be happy to meet Mr Allawi", "is willing to travel to
# Washington or host Trump in Moscow" (TAXONOMY: an offer is a proposed summit_invitation)
_OFFER = re.compile(
    r"\b(?:would|is|are|am|was|were|be|been|remains?|['’]s|['’]re|['’]d)\s+"
    r"(?:(?!not\b|never\b)\w+\s+){0,2}?"
    r"(?:happy|glad|pleased|delighted|willing|ready|prepared|open|eager)\s+to\s+"
    r"(?:(?:meet|travel|visit|host|come|go|fly|receive|welcome|see)\b"
    r"(?:\s+(?!(?:but|because|if|while|although)\b)[\w.’'-]+){0,5}\s+)?$",
    I,
)
_CALL_FOR_MEETING = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|propos(?:es|ed|ing)|suggest(?:s|ed|ing)?|urg(?:es|ed|ing))\s+"
    r"(?:(?:a|an|the|new|fresh|direct|urgent|immediate|face-to-face|personal|bilateral|another)\s+){0,3}$",
    I,
)


def _offer(sent: str, off: int, ms: list[Mention], t: re.Match, rule: str) -> list[Candidate]:
    """A summit_invitation (proposed) from the side that offers or calls for the meeting
    (the subject before the trigger) to the other side named after it (or before it)."""
    ag = [m for m in _agents(ms) if not m.location]
    rel, rel_end = t.start() + off, t.end() + off
    left = _left(ag, rel)
    if not left:
        return []
    inviter = left[-1]
    invitee = [m for m in _right(ag, rel_end) if m.country != inviter.country][:1] or [
        m for m in left if m.country != inviter.country
    ][-1:]
    if not invitee:
        # "willing to travel to Washington": the other side is the place
        place = next(
            (p for p in _places(ms) if p.start >= rel_end and p.country != inviter.country), None
        )
        if place is None:
            return []
        invitee = [replace(place, location=False, kind="country", rank="government")]
    return [
        Candidate(
            "summit_invitation",
            "proposed",
            [(inviter, "inviter"), (invitee[0], "invitee")],
            t.span(),
            rule,
            0.65,
        )
    ]


# an offer or a proposal to (re)start talks (TAXONOMY: "offered talks" is a proposed
# summit_invitation): "Russia offered to resume talks", "an Iranian offer to resume talks",
# "has made a proposal to try to kickstart talks"
_OFFERED_TALKS = re.compile(
    r"\b(?P<word>offer(?:s|ed|ing)?|proposals?|propos(?:e|es|ed|ing))\s+to\s+(?:try\s+to\s+)?"
    r"(?:resume|restart|re-start|reopen|re-open|kick-?start|revive|relaunch|re-launch|start|begin|hold|open|launch)\s+"
    r"(?:(?:new|fresh|direct|formal|the|bilateral|peace|nuclear|trade)\s+){0,2}$",
    I,
)
# the side whose offer it is, named just before the noun: "an Iranian offer", "Iran's proposal"
_OWNER_GAP = re.compile(r"(?:['’]s?)?\s+(?:(?:new|latest|fresh|earlier|formal)\s+)?$", I)


def _offered_talks(
    sent: str, off: int, ms: list[Mention], t: re.Match, offered: re.Match
) -> list[Candidate]:
    """A proposed summit_invitation from the side that offers the talks (the nationality or
    possessive before the offer noun, else the subject before it) to the other side."""
    word = offered.start("word")
    owner = next(
        (
            m
            for m in reversed(ms)
            if m.country
            and not m.location
            and m.end - off <= word
            and _OWNER_GAP.fullmatch(sent, m.end - off, word)
        ),
        None,
    )
    if owner is None:
        return _offer(sent, off, ms, t, "invitation.offer")
    if owner.kind == "adjective":  # the nationality of an offer names the government
        owner = replace(
            owner,
            kind="group",
            id=owner.country,
            name=owner.country + " government",
            rank="government",
        )
    elif not owner.agent:
        return []
    others = [m for m in _agents(ms) if not m.location and m.country != owner.country]
    if not others:
        return []
    right = [m for m in others if m.start - off >= t.end()]
    invitee = right[0] if right else others[-1]
    return [
        Candidate(
            "summit_invitation",
            "declined" if DECLINE.search(sent, t.end()) else "proposed",
            [(owner, "inviter"), (invitee, "invitee")],
            t.span(),
            "invitation.offer",
            0.65,
        )
    ]


def _wishful(sent: str, t: re.Match) -> bool:
    """A wish or condition ("would be glad to meet") is not a planned event."""
    return bool(_WISH.search(sent[max(0, t.start() - 45) : t.start()]))


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
_PRONOUNS = ("his", "her", "he", "she", "their")
_ADJUNCT_COMMA = re.compile(r"[^,;:()\"“”—–]{0,150}?,\s+(?:the\s+)?")


def _fronted_visit_subject(sent: str, off: int, ag: list[Mention], t: re.Match) -> Mention | None:
    """The subject after an opening "during a visit to X," adjunct: the visitor (or None)."""
    if t.group(0).lower() not in ("visit", "trip to", "trip", "tour of", "tour to", "visits"):
        return None
    if not _FRONTED_VISIT.fullmatch(sent, 0, t.start()):
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
_SPEAKER_GAP = re.compile(r"\s+said\s+", I)
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
    r"\b(?:summit|meeting|talks|conference|dinner|gathering|forum|reception)\s+hosted\s+by\b", I
)


def rule_visit(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    trig = t.group(0).lower()
    if _OFFER.search(sent, max(0, t.start() - 90), t.start()):
        return _offer(sent, off, ms, t, "invitation.offer")
    if _wishful(sent, t) or _invited_to(sent, t):
        return []
    if re.search(
        r"\b(?:not|never|n't)\s+(?:\w+\s+)?$", sent[max(0, t.start() - 20) : t.start()], I
    ):
        return []  # "had not visited", "has never been to"
    if _EVER_ASKED.search(sent, max(0, t.start() - 80), t.start()):
        return []  # "asked him whether he had ever visited the Ecuadorian embassy in London"
    if _HABITUAL_VISIT.search(sent):
        return []  # "Mr. Kerry also visited Pakistan several times" (Q032): habitual, not news
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
    if trig in ("visit", "trip") and (to_un := _TO_UN.match(sent, t.end())):
        # "the president's visit to the U.N.": no host country, a meeting with the UN
        un = next((m for m in ms if m.country == "UN" and m.end - off == to_un.end()), None)
        return [] if un is None else _un_attendance(sent, off, ms, t, un, "meeting.un_visit")
    if trig in ("trip", "flight", "journey") and re.match(r"\s+(?:back|home)\b", after, I):
        return []  # "his long trip back to Washington": going home, no visit
    if re.match(
        r"\s*(?:to\s+)?(?:a\s+|the\s+)?(?:hospital|school|factory|farm|plant|clinic|site|museum|shrine|slum|memorial|family|families|troops|church|temple|mosque|home|office|website|site)",
        after,
        I,
    ) and not _places([m for m in ms if m.start >= rel_end][:1]):
        pass
    if trig.startswith(("is in", "was in", "were in", "are in", "is now in", "was now in", "sp")):
        if sent[t.start() : t.start() + 2] == "IS" or _IMPERSONAL_IN.search(
            sent, max(0, t.start() - 8), t.start()
        ):
            return []  # "IS in Iraq" (Islamic State); "this was in America's interest"
        nxt = [m for m in ms if m.start >= rel_end][:1]
        if not nxt or nxt[0].kind not in ("country", "capital") or nxt[0].start - rel_end > 6:
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
        if feast and right and right[0].start - off - feast.end() <= 4:
            met = True
        elif not left or not right or right[0].start - rel_end > 12:
            return []
        if not left:
            return []
        if (
            right[0].kind == "person"
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
        if hosting and _WELCOMED_DOING.match(sent, right[0].end - off):
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
        if _SAID_BEFORE.search(sent, max(0, t.start() - 6), t.start()):
            # "Mr. Obama said in Beijing": the speaker said it there; not "he said in the
            # Senate", "said in an interview on Fox News", "said in a speech at Davos"
            visitor = next(
                (m for m in persons if _SPEAKER_GAP.fullmatch(sent, m.end - off, t.start())), None
            )
            here = next((p for p in places if p.start - off >= t.end()), None)
            if (
                visitor is None
                or visitor.kind != "person"
                or visitor.text.lower() in _PRONOUNS
                or here is None
                or here.kind not in ("country", "capital")
                or not re.fullmatch(r"\s+(?:the\s+)?", sent[t.end() : here.start - off], I)
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
        # "a visit to the U.S. by German Chancellor Angela Merkel"
        by = re.search(r"\bby\s+", sent[t.end() : t.end() + 60], I)
        if trig == "arrival":
            # "the arrival of President Bush", "Kim Jong Un's arrival": a person arrives
            by = re.match(r"\s+of\s+", sent[t.end() :], I)
            if not by and not poss:
                return []
            visitor = poss[-1] if poss else None
        if by and (
            trig.startswith(("visit", "arrival"))
            # "a trip to China made by French Prime Minister Francois Fillon" (not "Xi's
            # trip ... was marked by cordiality, with both presidents ...")
            or not poss
            and trig.startswith(("trip", "tour", "journey"))
        ):
            after_by = [
                m
                for m in ag
                if m.start - off >= t.end() + by.end() and m.kind in ("person", "title", "group")
            ]
            if after_by and after_by[0].start - off - (t.end() + by.end()) < 30:
                visitor = after_by[0]
        if visitor is None:
            return []
        if (
            visitor.kind in ("country", "capital", "adjective")
            and not (by and visitor.start - off > t.start())
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
                # "leaves for the United States on Friday"
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
    if (
        host is None
        and any(m.kind == "org" and m.start >= rel for m in ms)
        and re.search(r"\b(?:summit|meeting|conference|talks)\b", sent[t.end() :], I)
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
    status = "occurred"
    pre = sent[max(0, t.start() - 50) : t.start()]
    if gathering_cancelled(sent):
        status = "cancelled"
    elif _RECORD.search(pre):
        status = "occurred"
    elif (
        URGED_CANCEL.search(sent)
        or THREATENED_CANCEL.search(sent)
        or FUTURE.search(sent, max(0, t.start() - 60), t.start())  # (sees "good" before "will")
        or _PLANS_A.search(pre)
        or re.search(r"\b(?:will|to)\s+(?:\w+\s+)?$", pre, I)
        or re.search(r"\bis\s+travel|\bare\s+travel|\bis\s+heading|\bprepared\s+to\s+head", sent, I)
        # on the way, not there yet: "Trump Heads To Asia", headline "Ex-Spy Chief Headed To U.S."
        or trig in ("heads to", "heading to", "head to")
        or trig.startswith(("depart", "leav", "left"))  # "before departing for Ethiopia": next stop
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


def many_party_pact(name: str) -> bool:
    """Is `name` a pact of more parties than a story names ("the TPP")? (The engine asks here:
    its compiled build reads the rules, not the agreements module.)"""
    return bool(agreements.many_parties(name))


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
    status = "planned" if FUTURE.search(sent[max(0, t.start() - 60) : t.start()]) else "occurred"
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
)
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
_SUBJECT_OF_FUTURE = re.compile(
    r"[^.;]{0,90}?\b(?:will\s+(?!(?:continue|resume|be\s+remembered)\b)\w+"
    r"|(?:is|are)\s+(?:due|set|expected|scheduled|likely)\s+to)\b",
    I,
)
# "he and Rouhani could meet", "the two leaders might hold talks": a possibility, an offer at most
_MAY_MEET = re.compile(
    r"\b(?:could|might|may)\s+(?:(?:soon|still|eventually|finally|even|also|hold|have|possibly)\s+){0,2}$",
    I,
)


# talks that do not exist: "don't have a formal meeting scheduled", "with no official talks
# scheduled", "not hosting meetings with world leaders", "leverage in any negotiations" (not "there
# will be no summit", a cancellation, nor "no meeting took place", a denial); "in future talks"
_NEVER = re.compile(r"\bnever\s+(?:\w+\s+)?$", I)
# a question whether someone has ever gone or met: "the FBI also asked him ... whether he had
# ever visited the Ecuadorian embassy in London" (R026): no trip or meeting to report
_EVER_ASKED = re.compile(
    r"\b(?:whether|if)\s+(?:[\w.’'-]+\s+){1,5}?(?:had|has|have|did)\s+ever\s+(?:been\s+)?$", I
)
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
_TO_UN = re.compile(
    r"\s+to\s+the\s+(?:U\.N\.|UN|United\s+Nations)(?!\s+(?:Security|General|ambassador)|-)"
)
_HEAD_TO = re.compile(r"\b(?:head|heads|heading|fly|flies|flying)\s+to\b", I)
_NOT_THERE = re.compile(r"\b(?:not|n['’]t|never|skip\w*|miss\w*|stay\w*\s+away|instead\s+of)\b", I)
_OTHER_TALKS = re.compile(r"\b(?:meet|met|meeting|talks|summit)\b", I)


def _un_attendance(
    sent: str, off: int, ms: list[Mention], t: re.Match, un: Mention, rule: str
) -> list[Candidate]:
    """The leaders named in the sentence meet the UN there (taxonomy: talks at a third venue)."""
    if _OTHER_TALKS.search(sent) or _NOT_THERE.search(sent, max(0, t.start() - 50), t.start()):
        return []  # talks with someone at the UN are read by rule_meeting; "is not attending"
    leaders = [
        m for m in ms if m.agent and m.kind in ("person", "title") and m.country not in (None, "UN")
    ]
    # the leader named last before it attends ("in response to Trump's speech at the U.N.")
    before = [m for m in leaders if m.end <= un.start]
    leaders = before[-1:] or leaders[:1]
    if not leaders:
        return []  # "the U.N. General Assembly passed a resolution": no one attends
    status = (
        "planned"
        if FUTURE.search(sent, max(0, t.start() - 60), t.start())
        # on the way there: "world leaders, including President Trump, head to New York for"
        or _HEAD_TO.search(sent, max(0, t.start() - 60), t.start())
        else "occurred"
    )
    roles = [(m, "participants") for m in leaders] + [(un, "participants")]
    return [Candidate("leaders_meeting", status, roles, t.span(), rule, 0.6)]


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


# talks named only as a process under way, with no sitting, day or place: "the progress
# President Trump is making in trade talks with China" (allsides-839), "Trade negotiations between
# the U.S. and China made some progress" (allsides-6013), "China is reportedly dragging its feet in
# trade talks" (allsides-4884), "runs a huge risk of derailing the US-China trade talks"
# (allsides-5143): commentary, not news of talks (the tuning labels leave "the trade talks with
# China were moving too slowly" (Q030) and "the breakdown of the trade talks" (Q021) unlabeled).
# A day, a round, a start or a sitting makes them news: "two days of high-level trade talks",
# "Trade talks between the two countries stalled Friday", "talks are scheduled to pick up again"
_TALKS_ANCHOR = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tonight|tomorrow|yesterday|"
    r"(?:this|last|next|past|coming|the\s+same)\s+(?:week|weekend|month|days?)|weekend|"
    r"(?:earlier|later)\s+(?:this|in\s+the|that|on)|"
    # the month "in May", "May 12", not the modal ("may push to reorient global climate talks",
    # W014) nor a name ("Theresa May will last them out ... in the negotiations", allsides-5317)
    r"january|february|march|april|june|july|august|september|october|november|december|"
    r"(?:(?:in|since|until|by|early|late|mid|last|next|this|of)\s+|mid-)(?-i:May)\b|(?-i:May)(?=\s+\d)|"
    r"jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|(?:19|20)\d\d|"
    r"rounds?|sessions?|sittings?|days|hours|soon|upcoming|latest|first|final|"
    # "new" names new talks, not "see these new rules as just one step in the ongoing
    # international climate talks" (V018)
    r"new(?=\s+(?:[\w-]+\s+)?(?:talks|negotiations|rounds?|sessions?)\b)|"
    r"(?:hold|holds|held|holding)(?!\s+(?:back|firm|off|out|up|onto|on\s+to)\b)|"
    r"had\s+(?:[\w-]+\s+){0,2}(?:talks|negotiations)|opens?|opened|opening|began|begins?|beginning|begun|"
    r"start(?:s|ed|ing)?|resum\w*|restart\w*|launch\w*|kick\w*|wrap\w*|conclud\w*|"
    r"ended|conduct\w*|met|meets?|meeting|attend\w*|host\w*|join\w*|arriv\w*|travel\w*|"
    r"visit\w*|went|head\w*|return\w*|pick\w*|expected|scheduled|set|due|"
    r"plan(?:s|ned|ning)?|agreed|reached|signed|ahead|during|into|"
    r"broke|stalled|collapsed|failed)\b",
    I,
)


# talks named as what a process is about: "insufficient progress on talks to renegotiate NAFTA"
# (O024), "pending the outcome of ongoing trade negotiations" (O011), "sensitive to headlines
# around U.S.-China trade talks" (W042)
_PROCESS_OF = re.compile(
    r"\b(?:progress|outcome|headlines?)\s+(?:on|in|of|around|about|over|surrounding)\s+"
    r"(?P<tail>(?:(?:the|ongoing|continuing|current)\s+)?(?:[\w.-]+\s+){0,2})$",
    I,
)


def talks_as_process(sent: str, off: int, ms: list[Mention], t: re.Match) -> bool:
    """Talks named only as a process under way: no day, round, start or place in the sentence
    (the whole sentence: "the ongoing NAFTA talks, which are expected to resume in early April")."""
    if t.group(0).lower() not in ("talks", "negotiations"):
        return False
    if any(m.location and t.start() - 40 <= m.start - off <= t.end() + 60 for m in ms):
        return False  # "talks in Shanghai", "negotiations in Brussels"
    if (proc := _PROCESS_OF.search(sent, max(0, t.start() - 60), t.start())) is not None:
        # the talks are what progress, an outcome or headlines are about: only a day told from
        # the talks to the clause's end (or the next comma) anchors them, not the day of the
        # statement ("said Thursday the tariffs were imposed because of insufficient progress
        # on talks to renegotiate NAFTA", O024; "headlines around U.S.-China trade talks, with
        # remarks Saturday by Robert O’Brien", W042)
        _, b = clause_of(sent, t.start())
        comma = sent.find(",", t.end(), b)
        return not _TALKS_ANCHOR.search(sent, proc.start("tail"), b if comma < 0 else comma)
    return not _TALKS_ANCHOR.search(sent)


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
    if w and (host := _counterparts_at(sent, off, ms, t.end() + w.end())) is not None:
        ms = [*ms, host]
    if w and not any(0 <= m.start - off - (t.end() + w.end()) <= 30 and m.agent for m in ms):
        return []  # "meeting with supporters", "talks with the LSE"
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
            and not re.search(r"\b(?:alongside|beside|next to)\b", sent, I)
        )
    ):
        return []  # "said at a news conference in Geneva": no counterpart met
    if trig in ("meeting", "meetings", "summit", "conference") and _DOMESTIC_MEETING.match(
        sent, t.end()
    ):
        return []
    if trig in ("meeting", "meetings", "summit", "conference") and (
        _NOT_DIPLOMATIC_BEFORE.search(sent, max(0, t.start() - 40), t.start())
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
    if GENERIC.search(sent) or re.search(r"\b(?:when|if)\b[^.]{0,40}\bready\b", sent, I):
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
    if NEGATED_OCCURRENCE.search(sent, max(0, t.start() - 40), t.start()):
        status = "denied"
    elif gathering_cancelled(sent):
        status = "cancelled"
    elif _RECORD.search(window_pre) or _PAST_TRIP_TO.search(window_pre):
        status = "occurred"
    elif (
        URGED_CANCEL.search(sent)
        or THREATENED_CANCEL.search(sent)
        or _ARRANGING.search(window_pre)
        or _CALLED_MEETING.search(window_pre)
        or _COMING_AFTER.match(sent, t.end())
        or _COMES_FOR.search(sent, max(0, t.start() - 90), t.start())
        or _TO_JOIN.search(sent, max(0, t.start() - 170), t.start())
        or FUTURE.search(told, max(0, t.start() - 60), t.start())
        or re.search(r"\b(?:to|will)\s+(?:\w+\s+){0,2}$", window_pre, I)
        or re.search(
            r"\b(?:later (?:this|in the) (?:week|month)|next week|later on|this week)\b", sent, I
        )
        # ("discussed several issues ... during their meetings at Mar-a-lago this week": done)
        and not re.search(
            r"\b(?:met|held|was held|discussed|talked|agreed|signed|concluded|wrapped up|ended)\b",
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
        and _NP_START.fullmatch(sent, 0, t.start())
        and _SUBJECT_OF_FUTURE.match(sent, t.end())
    ):
        status = "planned"  # "July's G8 summit in Gleneagles ... will use the report"
    elif (
        status == "occurred"
        and trig in ("summit", "meeting", "conference")
        and _WHICH_WILL.match(sent, t.end())
    ):
        status = "planned"  # "a NATO summit in Wales that will focus heavily on the conflict"
    if status in ("occurred", "planned") and _sought(sent, t):
        status = "proposed"
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
    topic = _TOPIC.search(sent, t.end())
    if topic:
        # "met Berlusconi and Schroeder to talk about Turkey": with two sides named
        # before it, what the talks are about names no party
        before_topic = [(m, r) for m, r in roles if m.end - off <= topic.start()]
        if len(_distinct_countries([m for m, _ in before_topic])) >= 2:
            roles = before_topic
    roles = _not_discussed(sent, off, t, roles)
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
# a quotation closed before the trigger and attributed: "'I will be going to London,' Trump
# says in meeting with U.K. Prime Minister May" (Q025): its tense is the speaker's
_QUOTE_BEFORE = re.compile(
    r"(?:^|(?<=[\s(—–-]))[“\"‘'][^“”\"‘’\n]{3,}?[,.!?][”\"’'](?=\s+[\w.’'-]+(?:\s+[\w.’'-]+){0,3}?\s+"
    r"(?:says|said|told|adds|added|writes|wrote|tweeted|tweets)\b)"
)


def _quotes_blanked(sent: str, end: int) -> str:
    """The sentence with attributed quotations that close before ``end`` blanked out."""
    return _QUOTE_BEFORE.sub(
        lambda m: " " * len(m.group(0)) if m.end() <= end else m.group(0), sent
    )


# an organisation's summit named as a time: "ahead of an EU summit on Friday", "after the SCO
# meeting", "on the eve of the G-7 summit", "on his way to the APEC meeting" (who speaks or
# acts around it is no party of it)
_TIME_PREP = re.compile(
    r"\b(?:ahead\s+of|before|after|following|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to|"
    r"prior\s+to|on\s+(?:his|her|their|its|the)\s+way\s+to|en\s+route\s+to)\s+"
    r"(?:(?:the|a|an|next|this|last)\s+)?(?:(?:week|weekend|month)['’]s\s+)?$",
    I,
)
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
_BLOCS = frozenset(("EU", "NATO", "G7", "G8", "G20", "UN", "AU", "ASEAN"))
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
_ARRANGING = re.compile(
    r"\b(?:set(?:ting)? up|arrang\w*|organi[sz]\w*|schedul\w*|line up|lining up|broker\w*)\s+"
    r"(?:(?:a|an|the|another|second|third|new|possible|fresh|formal|their|his|her|first)\s+){0,3}$",
    I,
)


# a deal as the object of "made", "cut", "extended", "renewed" ("cut a deal", "Extends Sole
# Remaining Nuclear Arms Treaty"; not "cut tariffs under the deal", "extended the deadline for a
# deal") or their passive subject ("New Deal Cut By Trump", "the treaty was extended")
def _deal_object(made: str, extended: str) -> str:
    return (
        r"(?:(?:" + made + r")\s+(?:a|an|the|its|their|this|that|another)\s+"
        r"|(?:" + extended + r")\s+(?:(?:a|an|the|its|their|this|that)\s+)?)"
        r"(?:(?!deadlines?\b|talks\b|negotiations\b|for\b|on\b|to\b)[\w-]+\s+){0,4}?"
        # (not "making a deal harder to secure")
        r"(?:deal|agreement|accord|pact|treaty|cease-?fire|truce)\b"
        r"(?!\s+(?:harder|easier|more|less|possible|impossible|difficult|likely|unlikely|a\s+priority)\b)"
        r"|\b(?:deal|agreement|accord|pact|treaty|cease-?fire|truce)\s+(?:(?:was|has been|had been|is|were)\s+)?"
        r"(?:cut|extended|renewed)\b"
    )


_DEAL_OBJECT = _deal_object(
    r"made|make|makes|making|cut|cuts|cutting", r"(?:extend|renew)(?:s|ed|ing)?"
)
# the same, told as done: "made a deal", "Extends ... Treaty" (not "favor making a deal")
_DEAL_DONE = _deal_object(r"made|cut|cuts", r"extend(?:s|ed)|renew(?:s|ed)")
_DEAL_VERB = re.compile(
    # (another deal noun is no verb: "due to NAFTA [the North American Free Trade Agreement],
    # China trade, US-Korea free trade agreement", T039)
    r"\b(?:sign(?:s|ed|ing|ings|ator\w*|atur\w*)?|seal\w*|struck|strike\w*|reach\w*|agreed|agree(?!ments?\b)\w*|ink\w*|conclud\w*|formali[sz]\w*|"
    r"clinch\w*|broker\w*|approv\w*|ratif\w*|withdr[ae]w\w*|pull\w* out|revers\w*|den(?:y|ies|ied)|"
    # "his decision to pull the United States out of the Paris deal"
    r"pull\w*\s+(?:the\s+)?(?:[\w.’'-]+\s+){1,2}out\s+of|"
    r"quit(?:s|ting)?|ditch\w*|tear\w* up|tore up|(?:to|will) violate|"
    # an exit: "decision to exit Paris climate deal", "backing out of the accord"
    # "Trump announced the U.S. would pull back from the Iran nuclear agreement" (U024)
    r"exit(?:s|ed|ing)?|back(?:s|ed|ing)?\s+out\s+of|walk(?:s|ed|ing)?\s+away\s+from|pull\w*\s+back\s+from|"
    r"(?:re-?)?negotiat\w*|scrap\w*|"
    r"announc\w*\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?=deal|agreement|accord|pact|treaty|cease-?fire|truce)|"
    # ("the agreement between China and the US" names a pact, as it always has)
    r"in\s+(?:\w+\s+)?deal|(?:deal|accord|pact|treaty)\s+between|"
    # a truce names its sides: "A cease-fire between Israel and Hamas that ended a month of war"
    r"(?:truce|cease-?fire|armistice)\s+between|"
    # a deal praised by its side is one made: "Trump vaunts his China trade pact" (S027),
    # "hailed the revamped trade agreement with Canada and Mexico unveiled late Sunday"
    r"(?:hail(?:s|ed|ing)?|tout(?:s|ed|ing)?|vaunt(?:s|ed|ing)?|laud(?:s|ed|ing)?)\s+(?=(?:[\w.’'-]+\s+){0,4}?(?:deal|agreement|accord|pact|treaty|truce|cease-?fire)\b)|"
    # a deal being worked toward: "nearing a trade agreement", "come to an agreement"
    # (not "will come to understand the urgency of the deal", T013)
    r"near(?:s|ed|ing)?|clos(?:e|er) to|(?:come|coming|came) to\s+(?=(?:an?|the|any|terms)\b)|"
    r"arrive at|hammer\w* out|work\w* (?:out|on|toward)|"
    r"finali[sz]\w*|complet\w*|salvage|draft|"
    # "Negotiators from 195 countries are set to meet in Paris ... to wrap up a new, historic pact" (S013)
    r"wrap(?:s|ped|ping)?\s+up|"
    # a deal sought: "Obama seeks to bypass Congress for U.N. climate change deal" (P022),
    # "President Obama’s push for a global climate deal" (U005)
    r"(?:seek(?:s|ing)?|sought)(?=\s+(?:a|an|the|to|new|further)\s)|push(?:es|ed|ing)?\s+for|"
    # "made a deal", "cut a deal", "New Deal Cut By Trump", "extends the treaty", "renewed the
    # accord", "get the ceasefire and hostage deal done"
    r"get\s+(?:(?:a|an|the|this|that)\s+)(?:[\w-]+\s+){0,4}?done)\b|" + _DEAL_OBJECT,
    I,
)
_COMMERCIAL = re.compile(
    r"\b(?:compan(?:y|ies)|firm|firms|shares|stake|takeover|merger|airline|bank|carmaker|bidder|contract deal|flight attendants|union|stimulus|relief bill|rebels?|guerrillas?|stock exchanges?|exchanges|shareholders|to sell|to buy|sale of|purchase of|planes|aircraft)\b",
    I,
)


# a signing refused: "Trump's decision to not sign on to a communique" (U028), "He refused to
# sign a joint communique with the other leaders"
_REFUSED_SIGN = re.compile(
    r"\b(?:not|n['’]t|never|refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+to)\s+sign\b"
    r"(?:\s+on)?(?:\s+to)?\s+(?:(?:a|an|the|this|that|its|their)\s+)?(?:[\w-]+\s+){0,3}$",
    I,
)
_MODAL_DEAL = re.compile(
    r"\b(?:could|would|may|might|can)\s+(?:soon\s+|still\s+|finally\s+|yet\s+)?"
    r"(?:reach|strike|sign|seal|clinch|conclude|finali[sz]e|ink)\b",
    I,
)
_NEGATED_DEAL = re.compile(
    r"\b(?:not|never|yet to|no|before|until|if|unless|without)\s+(?:\w+\s+){0,3}(?:signed|sealed|reached|struck|agreed)\b"
    # "so that it can be signed", "a deal to be reached by Monday": not done yet
    r"|\b(?:can|could|would|will|should|must|may|might|to)\s+(?:\w+\s+)?be\s+(?:signed|sealed|reached|struck|agreed|inked|concluded)\b"
    # a condition on the deal: "if a “new & fair NAFTA agreement” were signed", "unless a deal is reached"
    r"|\b(?:if|unless|whether|once|as soon as|until)\s+[^.;:!?]{0,60}?\b(?:were|was|is|are|be|been|gets?|got)\s+(?:\w+\s+)?"
    r"(?:signed|sealed|reached|struck|agreed|inked|concluded)\b",
    I,
)


# a deal said not to exist, or a domestic political one (a budget between parties)
_NO_DEAL = re.compile(
    # "no cease-fire agreement ... was reached", "no new trade deal" (not "no longer abide by")
    r"\b(?:no(?:\s+(?!(?:longer|more|less|matter|doubt|one|to|other|sooner)\b)[\w-]+){0,2}|(?:bipartisan|budget|spending|funding|congressional|coalition|cross-party)"
    r"(?:\s+[\w-]+)?)\s+$",
    I,
)

# "Moscow says no deal was reached": a reported deal denied (DENY), not one never made
_NO_DEAL_REACHED = re.compile(
    r"\s+(?:was|has\s+been|had\s+been)\s+(?:reached|struck|agreed|made)\b", I
)

# an offer to work on a deal (an invitation's rules read it): "is ready to negotiate a peace
# agreement with Russia", "willing to discuss a deal"
_OFFERED_DEAL = re.compile(
    r"\b(?:ready|willing|prepared|open|eager|offer(?:s|ed|ing)?)\s+to\s+(?:\w+\s+){0,2}?"
    r"(?:negotiat\w*|discuss\w*|talk\w*|work\s+(?:on|toward\w*|out))\s+(?:(?:on|about|for|over)\s+)?"
    r"(?:a|an|the|any|new)?\s*(?:[\w-]+\s+){0,3}$",
    I,
)


# a side to be pushed into a deal: "seeking to pressure Iran into negotiating a tougher nuclear
# deal" (U021), "to force Mexico to negotiate stronger labor and environmental terms for the
# agreement" (T042): a goal of one side, no deal and no talks yet
_COERCED_DEAL = re.compile(
    r"\b(?:pressur\w*|forc(?:e|es|ed|ing)|compel\w*|coerc\w*|bully\w*|strong-?arm\w*)\s+"
    r"(?:[\w.’'-]+\s+){1,3}?(?:into|to)\s+(?:(?:re-?)?negotiat\w*|accept\w*|sign\w*|agree\w*)\s+"
    r"(?:(?:to|on)\s+)?(?:[\w-]+\s+){0,8}$",
    I,
)


# a deal described in an aside, the sentence then telling what it does: "The agreement — signed by
# Iran, the U.S. and five other world powers — seeks to dismantle Iran’s nuclear program" (T004;
# news only when the aside dates the signing to the story's days)
_DESCRIBED_DEAL = re.compile(
    r"\s*[—–]\s*(?:which\s+was\s+)?(?:signed|reached|struck|negotiated|sealed|brokered)\s+"
    r"(?:by|between|with|in)\b[^—–]*[—–]",
    I,
)
# a deal with a domestic side: "Ukraine’s president announced a truce Wednesday with opposition
# groups after clashes with riot police" (U039; a foreign power in the sentence is no party)
_DOMESTIC_SIDE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?with\s+(?:(?:the|his|her|its|their|armed|local)\s+)?(?:[\w-]+\s+)?"
    r"(?:opposition|protesters|demonstrators|rebels|insurgents|militants|separatists|guerrillas|"
    r"unions?|strikers)\b",
    I,
)
# a deal described by who made it, in an undated relative clause: "The deal Obama reached with
# Iran ignores Iran’s support for terrorism" (X026, five months on), "found a workaround to an
# agreement it concluded with the United States regarding the operation of ... Qatar Airways"
# (W013): an existing deal, the sentence tells what it does
_OWNED_DEAL = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}|he|she|it|they|we)\s+"
    r"(?:had\s+|has\s+)?(?:reached|signed|struck|concluded|negotiated|sealed|inked)\s+with\b"
)
# a deal told as made before the news: "noted that he and the Chinese president had already reached
# an accord to cut the use of hydrofluorocarbons" (O035)
_EARLIER_DEAL = re.compile(
    r"\bhad\s+already\s+(?:reached|signed|struck|sealed|inked|concluded|agreed\s+(?:to|on))\s+"
    r"(?:[\w.’'-]+\s+){0,4}$",
    I,
)


_SPECULATED_DEAL = re.compile(
    r"\b(?:wish\w*\s+(?:\w+\s+)?|(?:may|might|could|would|should)\s+have\s+)"
    r"(?:made|cut|struck|reached|signed|sealed)\s+(?:[\w-]+\s+){0,3}$",
    I,
)


# an exit only advised: "the United States should either “fix” the deal or scrap it
# altogether" (U022), "should withdraw from the accord"
_SHOULD_CANCEL = re.compile(
    r"\bshould\s+(?:either\s+)?(?:[^.;]{0,40}?\bor\s+)?(?:cancel|scrap|pull\s+out|withdraw|abandon|"
    r"quit|exit|tear\s+up|rip\s+up|ditch|renounce|walk\s+away)\b",
    I,
)


# talks that ended without a deal: no agreement, and none being negotiated
_FAILED_DEAL = re.compile(
    r"\b(?:fail\w*|unable|could\s+not|couldn['’]t|did\s+not|didn['’]t)\s+(?:to\s+)?"
    r"(?:come\s+to|reach|strike|seal|clinch|conclude|agree\s+on)\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,2}$",
    I,
)


# what sides agree to that is talks or a visit (a meeting's rules read it), not a deal: "agreed
# to begin talks", "agreed to meet", "agreed to restart trade negotiations"; and the deal
# nouns, which the noun triggers read
_AGREED_TO_MEET = re.compile(
    r"\s+(?:[\w“”\"‘’'-]+\s+){0,3}?[“\"‘']?"
    r"(?:meet\w*|visit\w*|talk\w*|negotiat\w*|discuss\w*|summit\w*|attend|host|call|speak|"
    r"dialogue|consultations?|deals?|agreements?|accords?|pacts?|treat(?:y|ies)|cease-?fires?|truces?)\b"
    # a shared view: "agreed on the need for free trade"
    # (and "fully agreed on the significance of the new defense policy")
    r"|\s+(?:the\s+)?(?:need|importance|necessity|view|assessment|significance|value|urgency|merits)\b",
    I,
)
# sides that agree together: a coordinated or collective subject, or "agreed with X"
_AGREED_NOT = re.compile(
    r"\b(?:not|never|n['’]t|fail\w*|refus\w*|unable|yet|declin\w*|reject\w*|if|unless|whether|"
    # (a guess: "both countries seem to have agreed on letting this happen")
    r"cannot|can['’]t|seem\w*|appear\w*)\b[^,;]{0,30}$"
    # what a deal named before says: "the 2015 agreement that ... Obama struck with ... Xi Jinping
    # in which the two countries agreed to end the hacking" (its noun is the event, if any)
    # (an object relative: "which" then its own subject; a preposition before it may be masked)
    r"|\bwhich\s+(?:[\w’'-]+\s+){1,4}$",
    I,
)
_AGREED_UNSETTLED = re.compile(
    r"\b(?:will|would|could|can|may|might|expected|likely|set|due|hope\w*|want\w*|must|should|to)\s+"
    r"(?:\w+\s+)?$",
    I,
)


# "agreed Sunday to", "agreed late Friday with": the verb with a bare day (the trigger)
_AGREED_DAY = re.compile(
    r"agree[sd]\s+(?:(?:late|early)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", I
)
# "agreed on Wednesday to ...": the day, then the verb's own complement
_AGREED_ON_DAY = re.compile(
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s+(to|that)\b", I
)


_OFFICIAL_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:minister|president|premier|prime minister|chancellor|counterpart|"
    r"secretary|government|leader|ambassador|envoy|delegation|officials?)\b",
    I,
)


def _agreed(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    """'The two sides agreed to ...', 'X and Y have agreed on ...', 'agreed with the Italian
    minister to ...': an agreement between the sides, without a deal noun."""
    prep = t.group(0).split()[-1].lower()
    after = sent[t.end() :]
    day = _AGREED_ON_DAY.match(after) if prep == "on" else None
    if day:
        # "agreed on Wednesday that sanctions had to be considered": a view, not a deal
        prep, after = day.group(1).lower(), after[day.end() :]
        if prep == "that":
            return []
    if prep in ("to", "on") and _AGREED_TO_MEET.match(after):
        return []
    before = sent[max(0, t.start() - 40) : t.start()]
    if (
        _AGREED_NOT.search(before)
        or GENERIC.search(sent)
        or HYPOTHETICAL.search(sent, 0, t.start())
    ):
        return []  # "failed to agree", "that would tell China ... they can agree to trade deals"
    rel = t.start() + off
    here = [m for m in ms if m.start >= off]  # (the engine may add the headline's sides)
    left = [m for m in here if m.end <= rel and m.agent and not m.location and not m.source]
    parties = _listed(sent, off, left)
    if re.search(r"\bwe\s+(?:(?:have|had|all|both|now|also|just)\s+)*$", before, I) and (
        len(_distinct_countries(here)) < 2
    ):
        # "we have agreed to put the tariffs on hold" in a story whose headline names the two
        # sides ("U.S., China Putting Trade War On Hold"): the engine passes the headline's
        left = [m for m in ms if m.start < off and m.agent and not m.location and not m.source]
        parties = left if len(_distinct_countries(left)) == 2 else []
        left = []
    if prep == "with":
        # "agreed with the Italian finance minister ... to": the official, named or by title
        partner = next(
            (
                m
                for m in here
                if (m.agent or m.kind == "adjective" and _OFFICIAL_AFTER.match(sent, m.end - off))
                and re.fullmatch(
                    r"\s+(?:(?:the|his|her|their|its)\s+)?", sent[t.end() : m.start - off], I
                )
            ),
            None,
        )
        if partner is None or not re.match(
            r"[^,;.]{0,40}?\s(?:to|on)\s", sent[partner.end - off :], I
        ):
            return []  # "agreed with him that ...": a view, not a deal
        parties = [*left[-1:], partner]
    # the subject must reach the verb: "X and Y (have|had|also) agreed"
    if (
        left
        and parties
        and not re.fullmatch(
            r"[^.;:!?]{0,30}?",
            sent[parties[-1].end - off : t.start()],
        )
    ):
        return []
    if len(_distinct_countries(parties)) < 2:
        return []
    if parties and re.search(
        r"\b(?:like|such as|including|among them)\s+$", sent[: parties[0].start - off], I
    ):
        return []  # "persuaded growing economies like India and South Korea to agree ..."
    status = "proposed" if _AGREED_UNSETTLED.search(before) else "occurred"
    roles = [(m, "parties") for m in parties]
    return [Candidate("agreement", status, roles, t.span(), "agreement.agreed", 0.6)]


# "the decisions to withdraw from the Iran nuclear deal": an exit told as a past decision
_RETOLD_EXIT = re.compile(
    r"\bdecisions?\s+(?:[\w’'-]+\s+){0,10}?(?:to|and)\s+(?:withdraw|pull out|exit|quit)\s+(?:from|of)\s+"
    r"(?:the\s+)?$",
    I,
)


# an existing agreement referred to by name: "the North American Free Trade Agreement", "his
# signature trade deal", "the 2015 nuclear deal", "an Obama-era agreement", "the Paris accord",
# "a trade deal called the United States-Mexico-Canada Agreement", "the TPP pact"
_NAMED_DEAL_BEFORE = re.compile(
    r"(?:\b(?:the|his|her|its|their|this|that|an?)\s+|['’]s\s+)(?:[\w.’'-]+\s+){0,3}?"
    r"(?:signature|landmark|existing|original|\d{4}|[\w-]+-era|\d+-year-old|"
    r"(?-i:[A-Z]{3,6}|Paris|Minsk|Oslo|Dayton|Kyoto))\s+\(?(?:[\w-]+\s+){0,2}$"
    # the name, then the description: "the Trans-Pacific Partnership, a behemoth trade deal"
    r"|(?-i:[A-Z][\w-]*\s+(?:Agreement|Accord|Partnership|Treaty|Pact)|[A-Z]{3,6}\)?),\s+"
    r"(?:a|an|the|its|his|their)\s+(?:[\w-]+\s+){0,3}$",
    I,
)
# a legislature approving a deal: a domestic step, not a deal between countries
_DEAL_APPROVED = re.compile(
    r"\b(?:approv\w*|pass(?:es|ed|ing)?)\b(?=[^;:]{0,80}\b(?:deal|agreement|accord|pact|treaty)\b)"
    r"|\b(?:deal|agreement|accord|pact|treaty)\b[^;:]{0,60}\b(?:approv\w*|pass(?:es|ed)?)\b",
    I,
)
# a deal someone wants passed is signed and awaits a vote: "Trump wants Mexico-Canada trade
# deal approved before Democrats, White House turn to infrastructure" (R038)
_WANTS_APPROVED = re.compile(
    r"\b(?:wants?|wanted|wanting|needs?|urg\w*|push\w*|press\w*)\s+(?:[\w.’'-]+\s+){0,5}?"
    r"(?:deal|agreement|accord|pact|treaty)\s+(?:approved|ratified|passed)\b",
    I,
)
_LEGISLATURE = re.compile(
    r"\b(?:Congress|Senate|(?<!White )House|lawmakers|legislat\w+|parliament\w*|Democrats|Republicans)\b",
    I,
)
_NAMED_DEAL_AFTER = re.compile(
    r"\s*(?:\((?-i:[A-Z]{3,6})\)|,?\s+(?:called|known as|dubbed)\s+(?:the\s+)?(?-i:[A-Z])"
    r"|,\s+the\s+(?-i:[A-Z][\w.-]*\s+){1,5}(?:Agreement|Accord|Treaty|Pact|Partnership))",
    I,
)
# a capitalised name ending in the deal noun: "Free Trade Agreement", "Paris Climate Accord"
_NAMED_DEAL_CAPS = re.compile(r"(?-i:[A-Z][\w.-]*)\s+$")
# (not one introduced as new: "could reach a “big Trade Agreement” with Mexico")
_NEW_DEAL = re.compile(r"\b(?:a|an|another|new)\s+[“\"‘']?(?:[\w.’'-]+\s+){0,3}$", I)
# what can happen to a named agreement as news: it is signed, reached, renewed, put into force,
# or renegotiated (a new deal under negotiation: "pledged to begin renegotiating NAFTA")
_NAMED_DEAL_ACT = re.compile(
    r"\b(?:sign(?:s|ed|ing)|seal(?:s|ed)|struck|reach(?:es|ed)|conclud(?:es|ed)|ink(?:s|ed)|"
    r"clinch(?:es|ed)|ratif\w+|extend(?:s|ed)|renew(?:s|ed)|renegotiat\w+|"
    r"(?:takes|took|came|comes|entered|enters|went|goes)\s+(?:into\s+)?(?:effect|force))\b",
    I,
)


# an existing agreement kept, saved, broken or applied: "failing to salvage the pact", "violations
# of the ceasefire agreement", "under the deal", "complying with its nuclear agreement" (the pact
# is background; news of it is told by a completion verb, which _NAMED_DEAL_ACT finds)
# (not a deal still in the making: "implement the trade deal under negotiation")
_DEAL_IN_MAKING = re.compile(
    r"\s+(?:under\s+negotiation|being\s+(?:negotiated|discussed|drafted|worked\s+out)|in\s+the\s+works)\b",
    I,
)
# companies often named as if they were the countries that own them
_COMPANIES = (
    r"\b(?:Gazprom|Rosneft|Lukoil|Novatek|Transneft|CNPC|Sinopec|CNOOC|PetroChina|Huawei|ZTE|"
    r"(?:Saudi\s+)?Aramco|Petrobras|PDVSA|NIOC|ONGC|Pemex|Statoil|Equinor|Eni|Shell|BP|Exxon\w*|"
    r"Chevron|Airbus|Boeing|Opel|Volkswagen|Siemens|Sberbank|VTB|Naftogaz|Rosoboronexport)\b"
)
# "Russia's Rosneft ( ROSN.MM )", "China's state-owned oil giant", "Qatar's state oil firm":
# the country is only the nationality of a company, so it is no party to the company's deal
_COMPANY_OF = re.compile(
    r"(?:'s|’s)\s+(?:(?:state|state-owned|state-run|state-controlled|national|biggest|largest|top|"
    r"second-largest|leading|main)\s+)*(?:"
    r"(?:(?!and\b|or\b|government\b)[a-z][\w-]*\s+){0,3}?(?:(?:oil|energy|gas|mining|drug|tech)\s+major|"
    r"giant|firms?|compan(?:y|ies)|conglomerate|airline|utility|miner|monopoly|supplier|manufacturer|"
    r"automaker|carmaker|shipbuilder|refiner|corporation)\b"
    r"|(?:[A-Z][\w&.-]*\s+){1,4}\(\s*[A-Z0-9]+\.[A-Z]{1,3}\s*\)"
    r"|(?:[A-Z][\w&.-]*\s+){1,4}(?:Inc|Corp|Corporation|Co|Ltd|plc|PLC|AG|SA|SpA|NV|GmbH|LLC)\b"
    r"|" + _COMPANIES + r")"
)
# "helped seal Opel deal", "the BP-Rosneft deal": a deal named by a company
_COMPANY_DEAL = re.compile(
    _COMPANIES + r"(?:\s*[-–/]\s*[A-Z][\w-]*)?\s+(?:[a-z][\w-]*\s+){0,2}$"
    # the company signs: "Rosneft had signed a long-term oil supply deal with China"
    r"|" + _COMPANIES + r"\s+(?:(?:has|had|have|was|is|also|just|now)\s+)?"
    r"(?:signed|struck|sealed|inked|clinched|reached|agreed)\s+(?:[\w-]+\s+){0,5}$"
)


# a government's deal with a company, or about one: "the Administration announced it had reached
# a ‘deal’ with ZTE" (allsides-5218), "Mr. Trump made a deal to save ZTE as a personal favor to
# Mr. Xi" (TUNE S030, unlabeled): no agreement between countries
_DEAL_WITH_COMPANY = re.compile(
    r"['’\"”]?\s+(?:with|to\s+(?:save|rescue|revive|help|spare)|for|over)\s+(?:[\w.’'-]+\s+){0,3}?"
    + _COMPANIES
)


_KEPT_DEAL = re.compile(
    r"\b(?:salvag\w+|sav(?:e|es|ed|ing)|preserv\w+|rescu\w+|keep\w*\s+(?:\w+\s+)?alive|"
    r"uph[oe]ld\w*|abid\w*\s+by|compl(?:y|ies|ied|ying|iance)\s+with|violat\w+(?:\s+of)?|"
    r"breach\w*(?:\s+of)?|implement\w*|under|terms\s+of|enforc\w+|honou?r\w*|stick\w*\s+to|"
    r"stay\w*\s+in|remain\w*\s+in)\s+(?:the|its|their|his|her|this|that)\s+(?:[\w.’'-]+\s+){0,3}?$",
    I,
)


def _named_deal(sent: str, off: int, t: re.Match) -> bool:
    """Is the deal noun the name of an agreement that already exists (see above)?"""
    head = sent[max(0, t.start() - 60) : t.start()]
    return bool(
        _NAMED_DEAL_BEFORE.search(head)
        or _NAMED_DEAL_AFTER.match(sent, t.end())
        # (a title-case headline capitalises every word)
        or off > 0
        and sent[t.start()].isupper()
        and _NAMED_DEAL_CAPS.search(head)
        and not _NEW_DEAL.search(head)
    )


_CANCEL_DEAL = re.compile(
    r"\b(?:withdr[ae]w\w*|pull\w*\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,2}out\s+of|revers\w*|scrap\w*|abandon\w*|"
    r"tore up|exit\w*|back(?:s|ed|ing)?\s+out\s+of|walk(?:s|ed|ing)?\s+away\s+from|pull\w*\s+back\s+from)\b(?!\s+(?:from\s+|of\s+)?(?:the\s+)?(?:European Union|EU|NATO|U\.?N\.?|"
    r"United Nations|WTO|World Trade Organization|World Health Organization|WHO|OPEC)\b)"
    # "Trump quits Iran deal", "To Violate Iran Nuclear Deal": the deal is the object
    r"|\b(?:quit(?:s|ting)?|ditch\w*|tear\w* up|(?:to|will) violate)\s+(?:[\w.’'-]+\s+){0,4}"
    r"(?:deal|agreement|accord|pact|treaty)\b",
    I,
)
# a withdrawal threatened, weighed or wished: "threatening to pull out of", "whether the United
# States should withdraw", "considering scrapping", "his threat of withdrawing", "pressure from
# European leaders not to pull the U.S. out of the accord" (R009) (no event:
# threats are not events; the deal keeps the status its own words give)
_CANCEL_NOT_DONE = re.compile(
    r"\b(?:threat(?:s|en\w*)?(?:\s+(?:of|to))?|whether(?:\s+[\w.’'-]+){0,4}|should|"
    r"consider\w*|weigh\w*|could|would|might|may|urg\w*\s+(?:[\w.’'-]+\s+){0,3}to|"
    r"push\w*\s+(?:[\w.’'-]+\s+){0,3}to|pressur\w*\s+(?:[\w.’'-]+\s+){0,4}to|"
    # only vowed or tried: "Trump has vowed to exit the Paris accord", "may try to quit the
    # NAFTA free trade deal", "to get the president to exit the Paris climate accord"
    r"(?:vow\w*|pledg\w*|promis\w*|tr(?:y|ies|ied|ying))\s+to|get\s+(?:[\w.’'-]+\s+){1,3}to)"
    r"\s+(?:(?:either|not|to|[\w.’'-]+ly)\s+)?$",
    I,
)


# an exit announced in reported speech: "Trump announced the U.S. would pull back from the Iran
# nuclear agreement" (U024): the decision is the news
_ANNOUNCED_WOULD = re.compile(
    r"\bannounc(?:ed|es)\s+(?:that\s+)?(?:[\w.’'-]+\s+){1,3}?would\s+$", I
)


# an exit noun whose own verb is a modal: "a withdrawal by the U.S. would help position China"
# (allsides-944), "an exit from the pact could cost jobs": the exit is only supposed
_EXIT_NOUN_SUPPOSED = re.compile(
    r"\s+(?:(?:by|of|from)\s+(?:[\w.’'-]+\s+){1,6}?)?(?:would|could|might|may)\b", I
)


def _supposed_exit(sent: str, m: re.Match) -> bool:
    """'a withdrawal by the U.S. would ...': an exit noun told only as a supposition."""
    word = m.group(0).lower()
    return word in ("withdrawal", "exit", "pullout") and bool(
        _EXIT_NOUN_SUPPOSED.match(sent, m.end())
    )


def _weighed_exit(sent: str, t: re.Match) -> bool:
    """'weighing whether to withdraw from a free trade agreement with South Korea' (Q003), 'is
    considering scrapping the North American Free Trade Agreement' (R007): an existing deal
    whose exit, right before it, is only weighed or threatened is no event."""
    near = [
        m
        for m in _CANCEL_DEAL.finditer(sent, max(0, t.start() - 60), t.start())
        if m.end() <= t.start()
    ]
    if not near or _supposed_exit(sent, near[-1]):
        return False
    m = near[-1]
    if re.search(r"\bto\b|[,;]", sent[m.end() : t.start()]):
        return False  # "this threat of withdrawal to extract a new deal": another object
    return bool(
        _CANCEL_NOT_DONE.search(sent, max(0, m.start() - 60), m.start())
        and not _ANNOUNCED_WOULD.search(sent, max(0, m.start() - 60), m.start())
    )


# the object of an exit told after the deal noun: "He has also demanded negotiations on the North
# American Free Trade Agreement with Canada and Mexico, and abandoned the proposed Trans-Pacific
# Partnership" (U022): the exit is that other pact's, not the first one's
_EXIT_OF_OTHER_DEAL = re.compile(
    r"\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:[\w.’'-]+\s+){0,4}?"
    r"(?:deal|agreement|accord|pact|treaty|partnership)\b",
    I,
)


# a pact and its appositive, between an exit and the deal noun: "pulled the US out of the brand
# new Trans Pacific Partnership, an Asian trade deal" (R007): one pact
_DEAL_APPOSITIVE = re.compile(r",\s+(?:the|an?)\s+(?:[\w.’'-]+\s+){0,3}$")


def _exit_of_other_deal(sent: str, m: re.Match, t: re.Match) -> bool:
    """Is the exit ``m`` that of another pact than the deal noun ``t``: one named after it
    (after ``t`` too), or one named between it and ``t`` that is no appositive of ``t``
    ("After signing an order Monday abandoning the proposed Trans-Pacific Partnership, President
    Trump has set his sights on renegotiation of the North American Free Trade Agreement", Z070)?"""
    obj = _EXIT_OF_OTHER_DEAL.match(sent, m.end())
    if obj is None:
        return False
    if m.start() >= t.end():
        return True
    return obj.end() <= t.start() and not _DEAL_APPOSITIVE.fullmatch(sent, obj.end(), t.start())


def _cancelled_deal(sent: str, t: re.Match | None = None) -> bool:
    """Is a deal in ``sent`` called off ('Trump pulled the US out of the deal'), not merely
    threatened or weighed ('threatening to pull out of the deal')? With ``t``, an exit after
    the deal noun ``t`` whose object is another pact does not count."""
    for m in _CANCEL_DEAL.finditer(sent):
        if _supposed_exit(sent, m):
            continue
        if t is not None and _exit_of_other_deal(sent, m, t):
            continue
        if not _CANCEL_NOT_DONE.search(sent, max(0, m.start() - 60), m.start()):
            return True
        if _ANNOUNCED_WOULD.search(sent, max(0, m.start() - 60), m.start()):
            return True
    return False


# plural deals are news only as signed: "Cuba and Venezuela signed cooperation deals", "are
# both signing deals to enhance cooperation with NATO" (not "approached Phoenix to sign
# exclusive deals", "approval of free trade deals with South Korea")
_SIGNED_PLURAL = re.compile(
    r"(?<!\bto\s)\b(?:signed|sealed|struck|inked|clinched|concluded|signs|seals|inks|signing|"
    # ("Argentina, Brazil and Australia have reached agreements that will exempt them")
    r"sealing|striking|inking|reached)\s+(?:(?:\d+|two|three|four|five|six|several|a\s+(?:series|number|raft)\s+of)\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    I,
)


# plural deals signed, told after the noun: "the asylum cooperation agreements it’s reached with
# Guatemala, Honduras, and El Salvador" (allsides-5678); not "the international climate
# agreements he’s been helping work out" (R036), a record
_PLURAL_SIGNED_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:[\w.-]+\s*(?:['’]s|['’]ve|\s+(?:has|have|had)))?\s*"
    r"(?:just\s+|recently\s+)?(?:signed|sealed|struck|inked|clinched|concluded|reached)\b",
    I,
)


# the deal before its participle: "a rescue plan for Greece agreed ...", "the bailout agreed"
_DEAL_BEFORE_AGREED = re.compile(
    r"\b(?:plan|bailout|bail-out|rescue|deal|package|programme|program|terms|loan|compromise|"
    r"accord|aid|framework|roadmap|road map)s?\b(?:\s+for\s+(?:[\w.’'-]+\s+){1,3}?|\s+)?"
    r"(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+)?$",
    I,
)


def _agreed_participle(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    """'a rescue plan for Greece agreed last week with the euro zone and the IMF': the deal
    named before the participle; the sides are the country it is for and those after by/with."""
    head = _DEAL_BEFORE_AGREED.search(sent, max(0, t.start() - 60), t.start())
    if head is None or _AGREED_NOT.search(sent, max(0, head.start() - 40), head.start()):
        return []
    a, b = head.start() + off, t.end() + off + 80
    sides = [
        m for m in ms if a <= m.start < b and (m.agent or m.kind == "country") and not m.source
    ]
    if len(_distinct_countries(sides)) < 2:
        return []
    roles = [(m, "parties") for m in sides]
    return [Candidate("agreement", "occurred", roles, t.span(), "agreement.participle", 0.6)]


# an exit told as the reason for something else: "“payback” for Trump pulling the US out of
# the Iran nuclear deal", "since Washington quitting the accord" (background, unless dated)
_RETOLD_GERUND = re.compile(
    r"\b(?:for|since|over|after)\s+(?:[\w.’'-]+\s+){1,2}(?:pulling|withdrawing|exiting|quitting|"
    r"ditching|scrapping|abandoning|backing\s+out|walking\s+away)\b(?:\s+[\w.’'-]+){0,8}\s+$",
    I,
)


# a clause dated to the story's days: "on Thursday", "Monday", "today", "this week"
_DATED_TODAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday|"
    r"this\s+(?:week|morning|afternoon|evening))\b",
    I,
)


# the verbs and nouns of a renegotiation, and what comes between them and the pact's name
_RENEGOTIATION = re.compile(
    r"(?:talks|negotiations|re-?negotiat\w+|re-?work\w*|revis\w+|moderni[sz]\w+|overhaul\w*)$", I
)
# "talks to modernize the", "negotiations on the", "renegotiating the 23-year-old"
_TO_RENEGOTIATE = re.compile(
    r"\s+(?:(?:to|and)\s+(?:re-?negotiate|re-?work|revise|moderni[sz]e|overhaul|update|renew)\s+|"
    r"(?:on|over|about|for)\s+)?(?:(?:a|the|an)\s+)?(?:[\w-]+\s+){0,2}?$"
)
# "NAFTA talks", "NAFTA, which is under renegotiation", "the Brexit deal negotiations"
_NAME_THEN_TALKS = re.compile(
    r"(?:\s+(?:trade\s+|deal\s+|agreement\s+|treaty\s+)?(?:re-?negotiation\s+)?"
    r"|,\s+which\s+(?:is|was)\s+(?:now\s+|currently\s+)?(?:under|in)\s+)$",
    I,
)
# the renegotiation only wished, promised, threatened or weighed: "threatened to renegotiate
# NAFTA", "if NAFTA talks fail", "campaigned on renegotiating NAFTA"
_RENEGOTIATION_NOT_NEWS = re.compile(
    r"\b(?:if|unless|whether|threat\w*|warn\w*|campaign\w*|promis\w*|vow\w*|pledg\w*|"
    # ("He has also demanded negotiations on the North American Free Trade Agreement", U022)
    r"would|could|should|might|wants?|wanted|call\w*\s+(?:for|to)|urg\w*|demand(?:ed|ing)|consider\w*|no|"
    # ("President Trump has set his sights on renegotiation of the North American Free Trade
    # Agreement", "President Trump is committed to renegotiating NAFTA", Z070)
    r"sights\s+on|committed\s+to)\b"
    r"[^,;.]{0,40}$",
    I,
)


# a renegotiation still to begin: "pledged Sunday to begin renegotiating the North American Free
# Trade Agreement" (Z070), "an executive order to begin renegotiating the North American Free
# Trade Agreement" (U012), "agreed to proceed swiftly ... to enable the renegotiation of the
# NAFTA deal" (Q037): the pact is not under negotiation yet (the talks are planned)
_RENEGOTIATION_TO_BEGIN = re.compile(
    r"\b(?:(?:to|will|would)\s+(?:formally\s+|soon\s+)?(?:begin|start|launch|open|enable|allow)"
    # ("Trump makes it official: He will renegotiate NAFTA", Z070)
    r"\s+(?:the\s+)?|will\s+)$",
    I,
)


def _deal_acted_on(sent: str, a: int, b: int) -> bool:
    """Is the pact in ``sent[a:b]`` acted on (signed, renewed, under renegotiation), not only
    in a renegotiation still to begin or wished ('pledged to begin renegotiating NAFTA')?"""
    for m in _NAMED_DEAL_ACT.finditer(sent, a, b):
        if m.group(0).lower().startswith("renegotiat") and (
            _RENEGOTIATION_TO_BEGIN.search(sent, max(0, m.start() - 40), m.start())
            or _RENEGOTIATION_NOT_NEWS.search(sent, max(0, m.start() - 60), m.start())
        ):
            continue
        return True
    return False


def _renegotiated(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    """'talks to modernize the North American Free Trade Agreement', 'NAFTA, which is under
    renegotiation': a named pact under negotiation between its parties (proposed)."""
    named = None
    for m in agreements.ALIASES.finditer(
        sent, max(0, t.start() - 60), min(len(sent), t.end() + 60)
    ):
        if (
            m.start() >= t.end()
            and _TO_RENEGOTIATE.match(sent[t.end() : m.start()])
            or m.end() <= t.start()
            and _NAME_THEN_TALKS.match(sent[m.end() : t.start()])
        ):
            named = m
    if named is None or _RENEGOTIATION_NOT_NEWS.search(sent, 0, min(t.start(), named.start())):
        return []
    if _RENEGOTIATION_TO_BEGIN.search(sent, max(0, t.start() - 40), t.start()):
        return []  # "to enable the renegotiation of the NAFTA deal": talks still to begin
    if GENERIC.search(sent) or _FORMER_WORDS.search(sent):
        return []
    ag = [m for m in ms if m.agent and not m.location and not m.source]
    fixed = {c for c, _ in agreements.BY_ALIAS[named.group(0)].parties}
    if len(fixed) > 1:
        # "as Canada and Mexico have felt spurned ... renegotiating NAFTA, China has ...": a
        # pact of fixed parties has no others
        ag = [m for m in ag if m.country in fixed]
    ag = ag + agreements.parties_of(named, off, {m.country for m in ag})
    if len(_distinct_countries(ag)) < 2:
        return []
    roles = [(m, "parties") for m in ag]
    return [Candidate("agreement", "proposed", roles, t.span(), "agreement.renegotiated", 0.6)]


# a relative clause after the deal says what it could lead to, not that it is hypothetical: "is
# already negotiating a bilateral investment treaty with China that could be a stepping stone to a
# free trade pact" (T042)
_RELATIVE_MODAL = re.compile(r"\b(?:that|which)\s+(?:could|would)\b[^;]*", I)


def _hypothetical_deal(sent: str, t: re.Match) -> bool:
    """Is the deal of ``t`` conditional (HYPOTHETICAL), leaving out relative clauses after it?"""
    after = _RELATIVE_MODAL.sub(lambda m: " " * len(m.group(0)), sent[t.end() :])
    return bool(HYPOTHETICAL.search(sent[: t.end()] + after))


# a truce demanded, not agreed: "urged the president to call for a cease-fire between Israel
# and Hamas" (dev d005), "appealed for an immediate truce"
_TRUCE_DEMANDED = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+for)"
    r"\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}$",
    I,
)


def _truce_demanded(sent: str, t: re.Match) -> bool:
    """Is the truce of ``t`` one somebody calls for ('called for a ceasefire')?"""
    return t.group(0).lower() in ("truce", "ceasefire", "cease-fire") and bool(
        _TRUCE_DEMANDED.search(sent, max(0, t.start() - 50), t.start())
    )


_FORMER_WORDS = re.compile(r"\b(?:former|ex-|then-|candidate|campaign)\b", I)


# sides that think alike, no deal: "members of the Trump administration are not in complete
# agreement on Iran policy with some influential conservatives" (W009), "in agreement that"
_IN_AGREEMENT = re.compile(
    r"\bin\s+(?:(?:complete|full|total|broad|general|close|basic|substantial|perfect|near|"
    r"partial|fundamental)\s+)?$",
    I,
)
# a deal of the world's states, named by its noun: "to help seal a global climate pact" (T031),
# "aims to reach an international, legally biding agreement on climate change" (X001), "a
# collective, nonbinding agreement among nations" (R015)
_WORLD_BEFORE = re.compile(
    r"\b(?:global|international|worldwide)(?:,?\s+(?:[\w-]+,?\s+){0,3}?|\s+)$", I
)
_WORLD_AFTER = re.compile(r"\s+among\s+(?:all\s+)?(?:the\s+)?(?:nations|countries|states)\b", I)


# a deal named by its number of member states: "the 12-country accord concluded this week"
# (U044, the TPP), "negotiating ... with Canada for a new three-nation pact" (O025), "the
# 195-nation accord" (O013: the world's)
_N_NATION = re.compile(
    r"\b(\d{1,3}|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?:nation|country)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    I,
)
_NUMBER_WORDS = {
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
}  # fmt: skip


def _sized_parties(sent: str, off: int, t: re.Match, present: set[str]) -> list[Mention]:
    """The parties a deal's number of member states gives ('the 12-nation pact': the TPP's;
    'the 195-nation accord': the world's, as the UN), or none."""
    if t.group(0).lower() not in ("deal", "agreement", "accord", "pact", "treaty", "partnership"):
        return []
    m = _N_NATION.search(sent, max(0, t.start() - 50), t.start())
    if m is None:
        return []
    word = m.group(1).lower()
    n = _NUMBER_WORDS[word] if word in _NUMBER_WORDS else int(word)
    if n >= 150:
        return [_world_side(sent, (m.start(), t.end()), off)]
    ag = agreements.of_size(n)
    if ag is None:
        return []
    return agreements.sized_parties(ag, m.start() + off, t.end() + off, ag.name, present)


def _world_deal(sent: str, t: re.Match) -> tuple[int, int] | None:
    """The span of the words that make a deal noun the world's ('global pact', 'agreement
    among nations'), or None."""
    if t.group(0).lower() not in ("deal", "agreement", "accord", "pact", "treaty"):
        return None
    before = _WORLD_BEFORE.search(sent, max(0, t.start() - 50), t.start())
    if before is not None:
        return before.start(), t.end()
    after = _WORLD_AFTER.match(sent, t.end())
    if after is not None:
        return t.start(), after.end()
    return None


def _world_side(sent: str, span: tuple[int, int], off: int) -> Mention:
    """The world's states as a deal's one side, coded as the UN (as a global accord is)."""
    return Mention(
        span[0] + off, span[1] + off, sent[span[0] : span[1]], "group", "UN", "United Nations members", "UN",
        "organisation",
    )  # fmt: skip


def rule_agreement(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    words = t.group(0).lower().split()
    if _RENEGOTIATION.match(t.group(0)):
        return _renegotiated(sent, off, ms, t)
    if _AGREED_DAY.match(t.group(0)):
        return _agreed(sent, off, ms, t)  # "agreed Sunday to": the verb, a day between
    if words[0] == "agreed" and (words[-1] == "by" or words[-1] == "with" and len(words) > 2):
        return _agreed_participle(sent, off, ms, t)
    if t.group(0).lower().startswith("agree") and not t.group(0).lower().startswith("agreement"):
        return _agreed(sent, off, ms, t)
    if t.group(0).lower() == "deal" and (
        re.search(
            r"\b(?:to|will|would|can|could|must|should)\s+$",
            sent[max(0, t.start() - 8) : t.start()],
            I,
        )
        or re.match(r"\s+(?:a\s+(?:\w+\s+)?blow|blows)\b", sent[t.end() : t.end() + 25], I)
    ):
        return []  # "to deal with", "deal a blow": the verb
    if (
        t.group(0).lower() in ("deals", "accords", "pacts", "treaties", "agreements")
        and not _SIGNED_PLURAL.search(sent, max(0, t.start() - 60), t.start())
        and not _PLURAL_SIGNED_AFTER.match(sent, t.end())
    ):
        return []  # "free trade deals with South Korea", "most trade deals backfired": generic
    if t.group(0).lower() == "agreement" and _IN_AGREEMENT.search(
        sent, max(0, t.start() - 30), t.start()
    ):
        return []  # "are not in complete agreement on Iran policy with some conservatives": a view
    if t.group(0).lower() == "memorandum" and not re.match(
        r"\s+(?:of\s+(?:understanding|cooperation|agreement|intent)|with|between|on)\b",
        sent[t.end() :],
        I,
    ):
        return []  # "signed a memorandum targeting China's economic aggression": a domestic order
    if _COMPANY_DEAL.search(sent, max(0, t.start() - 50), t.start()) or _DEAL_WITH_COMPANY.match(
        sent, t.end()
    ):
        return []
    no_deal = _NO_DEAL.search(sent, max(0, t.start() - 40), t.start())
    if no_deal and not (
        no_deal.group(0).lower().startswith("no") and _NO_DEAL_REACHED.match(sent, t.end())
    ):
        return []  # "there was no treaty between", "a bipartisan deal to provide aid to Ukraine"
    # the deal must be acted on near its mention: "signed a deal", "the deal reached on ..."
    near = sent[max(0, t.start() - 60) : t.end() + 45]
    # the trigger itself is no verb ("agreement" would match agree\w*)
    a, b = t.start() - max(0, t.start() - 60), t.end() - max(0, t.start() - 60)
    # "Despite Trump-Xi Ceasefire": two leaders naming the deal made it
    people = [m for m in ms if m.kind == "person" and m.agent]
    pair = next(
        (
            [m1, m2]
            for m1, m2 in zip(people, people[1:], strict=False)
            if sent[m1.end - off : m2.start - off] in ("-", "–")
            and re.fullmatch(r"\s+(?:[a-z-]+\s+)?", sent[m2.end - off : t.start()], I)
        ),
        [],
    )
    leaders_named = len(pair) == 2 and len(_distinct_countries(pair)) == 2
    if not leaders_named and not any(
        (v.start(), v.end()) != (a, b) for v in _DEAL_VERB.finditer(near)
    ):
        return []
    # "any final peace agreement", "hope for a significant U.S.-North Korea deal": no deal yet
    if GENERIC.search(sent) or re.search(
        # ("expressed hope of renegotiating a “fair deal”", W021)
        r"\b(?:without|such an?|any|hopes?\s+(?:for|of)\s+(?:(?:re-?)?negotiating\s+|reaching\s+|"
        r"striking\s+|sealing\s+|clinching\s+)?an?|hoping\s+for\s+an?|some\s+future)\s+"
        r"(?:[\w.’'“\"-]+\s+){0,3}[“\"]?$",
        sent[max(0, t.start() - 50) : t.start()],
        I,
    ):
        return []
    if (
        _FAILED_DEAL.search(sent, max(0, t.start() - 50), t.start())
        or URGED_CANCEL.search(near)
        or _SHOULD_CANCEL.search(near)
    ):
        return []  # "failed to come to an agreement", "expects Trump to pull out of the deal"
    if _truce_demanded(sent, t):
        return []  # "urged the president to call for a cease-fire between Israel and Hamas"
    if _OFFERED_DEAL.search(sent, max(0, t.start() - 60), t.start()):
        return []  # "Ukraine is ready to negotiate a peace agreement": an offer of talks
    aside = _DESCRIBED_DEAL.match(sent, t.end())
    if aside and not _DATED_TODAY.search(aside.group(0)):
        return []  # "The agreement — signed by Iran, the U.S. and five other world powers — seeks"
    if _OWNED_DEAL.match(sent, t.end()) and not _DATED_TODAY.search(sent):
        return []  # "The deal Obama reached with Iran ignores Iran’s support for terrorism"
    if _DOMESTIC_SIDE.match(sent, t.end()) or _EARLIER_DEAL.search(
        sent, max(0, t.start() - 50), t.start()
    ):
        return []  # "announced a truce Wednesday with opposition groups", "had already reached"
    if _COERCED_DEAL.search(sent, max(0, t.start() - 100), t.start()):
        return []  # "seeking to pressure Iran into negotiating a tougher nuclear deal": a goal
    if _RETOLD_GERUND.search(sent, max(0, t.start() - 90), t.start()) and not _DATED_TODAY.search(
        sent
    ):
        return []  # "as “payback” for Trump pulling the US out of the Iran nuclear deal"
    if _SPECULATED_DEAL.search(sent, max(0, t.start() - 50), t.start()):
        return []  # "they probably wish they made the deal", "may have cut a secret deal"
    if _weighed_exit(sent, t):
        return []
    completed = re.search(
        r"\b(?:signed|sealed|reached|agreed)\b", near, I
    ) and not _NEGATED_DEAL.search(near)
    # "the U.S. could reach a big trade agreement with Mexico soon": a deal in the making,
    # unless it is a condition ("if Iran could reach a deal")
    modal = _MODAL_DEAL.search(near) and not re.search(r"\b(?:if|unless|whether)\b", sent, I)
    if _hypothetical_deal(sent, t) and not completed and not modal:
        return []
    # "Withdraws From Iran Nuclear Deal": the country naming the deal is a party (even after
    # "from", which otherwise makes it a place)
    ag = [
        m
        for m in ms
        if (m.agent and not m.location)
        # "Ukraine strikes Turkmen gas deal" (dev d098): a nationality naming the deal
        or m.kind in ("country", "adjective", "org")
        and re.fullmatch(r"\s+(?:[a-z-]+\s+){0,2}", sent[m.end - off : t.start()], I)
        and not (
            m.location and _RETOLD_EXIT.search(sent, max(0, m.start - off - 120), m.start - off)
        )
    ]
    ag = [m for m in ag if not (m.kind == "country" and _COMPANY_OF.match(sent, m.end - off))]
    countries = _distinct_countries(ag)
    lead_only = False
    if (
        len(countries) < 2
        and (named := agreements.named_at(sent, t.start(), t.end()))
        and (
            off == 0
            or _DATED_TODAY.search(sent)
            or _CANCEL_DEAL.search(sent, max(0, t.start() - 70), t.start())
        )
    ):
        # "Trump announces U.S. withdrawal from Paris climate deal": the name gives the others
        # (only in a headline or a sentence dated to the news: named pacts are mostly context;
        # or in the lead, when it pulls a side out of the pact: the engine keeps the lead's)
        lead_only = not (off == 0 or _DATED_TODAY.search(sent))
        ag = ag + agreements.parties_of(named, off, {m.country for m in ag})
        countries = _distinct_countries(ag)
    if len(countries) < 2 and not any(_global(m) for m in ag):
        # (a speaker is no party of his own: "Obama said the 12-country accord concluded")
        ag = ag + _sized_parties(sent, off, t, {m.country for m in ag if not m.source})
        countries = _distinct_countries(ag)
    if len(countries) < 2 and not any(_global(m) for m in ag):
        world = _world_deal(sent, t)
        if world is not None:
            ag = ag + [_world_side(sent, world, off)]
            # an exit from a global pact is news in the lead or a dated sentence (as a named
            # pact's): "Trump's decision to pull out of an international accord on climate
            # change ... continues to raise alarms" (allsides-2642, 2019) is context
            lead_only = lead_only or bool(
                _cancelled_deal(sent, t) and not (off == 0 or _DATED_TODAY.search(sent))
            )
    if len(countries) < 2 and not any(_global(m) for m in ag):
        return []
    if _COMMERCIAL.search(sent) and not re.search(
        r"\b(?:government|governments|countries|nations|president|prime minister|minister)\b",
        sent,
        I,
    ):
        return []
    if not _cancelled_deal(sent, t) and any(
        _supposed_exit(sent, x) for x in _CANCEL_DEAL.finditer(sent)
    ):
        return []  # "a withdrawal by the U.S. would help position China": an existing deal
    status = "occurred"
    if DENY.search(sent):
        status = "denied"
    elif _REFUSED_SIGN.search(sent, max(0, t.start() - 50), t.start()):
        status = "declined"  # "He refused to sign a joint communique with the other leaders"
    elif leaders_named and not PROPOSE.search(near) and not FUTURE.search(near):
        status = "occurred"
    elif _cancelled_deal(sent, t):
        status = "cancelled"
    elif modal:
        status = "proposed"
    elif re.search(
        # "who just completed a new trade agreement with Canada and Mexico" (O036)
        r"\b(?:signed|sealed|reached|struck|agreed|inked|concluded|formali[sz]ed|clinched|has agreed|have agreed|"
        # "diplomats from around the world have hammered out a major global agreement" (S001)
        r"completed|finali[sz]ed|hammered\s+out)\b"
        r"|(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bcould )(?<!\bmay )(?<!\bmight )(?<!\bshould )"
        r"\b(?:" + _DEAL_DONE + r")"
        r"|(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bcould )(?<!\bmay )(?<!\bmight )(?<!\bshould )"
        # (not "set out Monday to help seal a global climate pact", T031)
        r"(?<!\bhelp )\b(?:signs?|seals?|reach(?:es)?|strikes?|inks?|clinch(?:es)?|agrees?)\b"
        # "two days after signing the accord": a signing told as done
        r"|\b(?:after|since)\s+(?:the\s+)?signing\b"
        # "a cease-fire brokered March 5", "Beijing announced a free-trade agreement", "took effect"
        # a deal its side praises is made: "Tony Blair has hailed a deal bringing Turkey a step
        # closer to EU membership" (dev d010)
        r"|\b(?:hail|tout|vaunt|laud)(?:s|ed|ing)?\b"
        r"|\bbrokered\b|\bannounced\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}(?:deal|agreement|accord|pact|treaty|truce|cease-?fire)\b"
        r"|\b(?:took|takes|take|went|goes|go|came|comes|come|entered|enters)\s+into\s+(?:effect|force)\b"
        r"|\b(?:took|takes)\s+effect\b"
        # a truce in place, told just after its noun: "the cease-fire was holding", "a ceasefire
        # between Israel and Iran was now in effect"
        r"|\b(?:is|was|were|are|remains?|remained)\s+(?:still\s+|now\s+)?(?:holding|in\s+(?:effect|force))\b",
        near,
        I,
    ) and not (
        re.search(r"\b(?:trying|try|seek(?:s|ing)?|hop(?:e|es|ed|ing))\b", near, I)
        or _NEGATED_DEAL.search(near)
    ):
        status = "occurred"
    else:
        # a deal talked about without a completion verb is under negotiation
        status = "proposed"
    # "his signature trade deal, the U.S.-Mexico-Canada Agreement", "the Trans-Pacific
    # Partnership, a behemoth trade deal": an agreement that exists, named in the background
    background = (
        status in ("occurred", "proposed")
        and (
            _named_deal(sent, off, t)
            or _KEPT_DEAL.search(sent, max(0, t.start() - 60), t.start())
            and not _DEAL_IN_MAKING.match(sent, t.end())
        )
        and not _deal_acted_on(sent, max(0, t.start() - 60), t.end() + 45)
    )
    # "pushed for Congress to approve his new U.S.-Mexico-Canada trade deal": a domestic step
    ratifying = (
        _DEAL_APPROVED.search(near)
        and (_LEGISLATURE.search(sent) or _WANTS_APPROVED.search(near))
        and not re.search(r"\b(?:sign(?:s|ed)|reach(?:es|ed)|struck|seal(?:s|ed))\b", near, I)
    )
    if background or ratifying:
        return []
    ag = _deal_topic_dropped(sent, off, t, ag)
    ag = _after_with_object_dropped(sent, off, t, ag)
    ag = _gathering_bloc_dropped(sent, off, ag)
    mediator = None
    mm = re.search(r"\b(?:brokered|mediated)\s+by\b", sent, I)
    roles: list[tuple[Mention, str]] = []
    if mm:
        mediator = next((m for m in ag if m.start - off >= mm.end()), None)
    for m in ag:
        roles.append((m, "mediator" if m is mediator else "parties"))
    c = Candidate("agreement", status, roles, t.span(), "agreement.deal", 0.7)
    c.extra["lead_only"] = lead_only
    # a global accord of the world's states ("195 countries") has the UN as its one party
    c.extra["global"] = len(countries) < 2
    # "made a deal", "cut a deal", "extended the treaty": told as done (no past-tense cue word)
    c.extra["done"] = status == "occurred" and bool(re.search(_DEAL_DONE, near, I))
    return [c]


# what a deal is to do or is about, up to a country: "reached an agreement to inventory
# Syria's chemical weapons program" (allsides-5831-like, T-set), "a deal on Iran's program"
_DEAL_TOPIC = re.compile(
    r"\s+(?:to\s+[a-z]+|on|over|about|regarding|concerning)(?:\s+(?!with\b|between\b|and\b)[\w’'-]+){0,4}?\s+",
    I,
)


def _deal_topic_dropped(sent: str, off: int, t: re.Match, ag: list[Mention]) -> list[Mention]:
    """Drop a country named only in what a deal between two sides named before it is about."""
    before = {m.country for m in ag if m.end - off <= t.start()}
    if len(before) < 2:
        return ag
    return [
        m
        for m in ag
        if m.country in before
        or m.start - off < t.end()
        or not _DEAL_TOPIC.fullmatch(sent, t.end(), m.start - off)
    ]


# the deal's other side: "reached a preliminary deal with Mexico to overhaul ..., and has been
# negotiating around the clock with Canada" (O025), "has reached a trade deal with Japan, is
# confident of reaching one with the U.K." (P030): who comes after the next clause is no party
_WITH_OBJECT = re.compile(r"\s+(?:[\w-]+\s+)?with\s+(?:the\s+)?")
_CONJUNCT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?")
_NEXT_CLAUSE = re.compile(r"[,;]|\s(?:and|but|while|as|after|before)\s")


def _after_with_object_dropped(
    sent: str, off: int, t: re.Match, ag: list[Mention]
) -> list[Mention]:
    """Drop the countries named after the clause of a deal's 'with X' (and its conjuncts)."""
    w = _WITH_OBJECT.match(sent, t.end())
    after = sorted((m for m in ag if m.start - off >= t.end()), key=lambda m: m.start)
    if w is None or not after or after[0].start - off != w.end():
        return ag
    end = after[0].end
    for m in after[1:]:
        if m.start < end:
            continue
        if not _CONJUNCT.fullmatch(sent, end - off, m.start - off):
            break
        end = m.end
    rest = [m for m in after if m.start >= end]
    if not rest or not _NEXT_CLAUSE.search(sent, end - off, rest[0].start - off):
        return ag
    # (with one side left the deal has no second one: "the administration has reached a
    # preliminary deal with Mexico ..., and has been negotiating ... with Canada" names no US)
    return [m for m in ag if m.start < end]


# a body named as the gathering a deal was made or told at: "he and Japan had reached an
# agreement ... at the G-7 summit" (S016), "sign the deal at a Nov. 16-17 gathering of the
# Asia-Pacific Economic Cooperation forum in Santiago" (U001)
_GATHERING_BEFORE = re.compile(
    r"\b(?:(?:gathering|summit|meeting|conference|session)s?\s+of|at|during|after|before|"
    r"ahead\s+of|following|on\s+the\s+(?:sidelines|margins|fringes)\s+of)\s+"
    r"(?:(?:a|an|the|this|next|last|its|their)\s+)?(?:[\w.-]+\s+){0,3}?$",
    I,
)
_GATHERING_AFTER = re.compile(
    r"\s*(?:['’]s\s+)?(?:(?:leaders['’]?|foreign\s+ministers['’]?|annual|economic)\s+)?"
    r"(?:summit|meetings?|gathering|conference|forum)\b",
    I,
)


def _gathering_bloc_dropped(sent: str, off: int, ag: list[Mention]) -> list[Mention]:
    """Drop a body named only as the gathering where two other sides' deal was made."""
    kept = [
        m
        for m in ag
        if m.kind != "org"
        or not (
            _GATHERING_AFTER.match(sent, m.end - off)
            or _GATHERING_BEFORE.search(sent, max(0, m.start - off - 60), m.start - off)
        )
        or any(o.country == m.country and o is not m and o.agent for o in ag)
    ]
    if len(kept) == len(ag) or len(_distinct_countries(kept)) < 2:
        return ag
    if any(m.kind == "org" and m.country in _BLOCS for m in kept):
        return ag  # another bloc is a side: whose gathering it was is no longer plain
    return kept


_DIPLO_NOUN = re.compile(
    r"\b(?:diplomats?|ambassadors?|envoys?|embass(?:y|ies)|consulates?|consuls?|diplomatic|"
    r"chiefs? of mission|attach[eé]s?|charg[eé] d'affaires|mission)\b",
    I,
)


_EXPULSION_REASON = re.compile(
    r"\b(?:in response|in retaliation|after|over|following|because|amid|for|as)\b", I
)
# "expulsion of 35 (Russian) diplomats from the U.S.": the object, then the country left
_EXPELLED_FROM = re.compile(
    r"\s+of\s+(?:[\w’'-]+\s+){0,4}?(?:diplomats?|envoys?|ambassadors?|officials|staff|"
    r"personnel|[A-Z][a-z]+ns)\s+from\s+(?:the\s+)?"
)


def _ministry_seats(ms: list[Mention], rel: int) -> list[Mention]:
    """A foreign ministry named by its building summons: "The State Department then summoned
    China’s ambassador in Washington in protest of the rumor" (T027)."""
    return [
        replace(m, location=False)
        for m in ms
        if m.end <= rel and m.kind == "seat" and re.search(r"\b(?:Department|Office)$", m.text)
    ]


def rule_expulsion(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    trig = t.group(0).lower()
    window = sent[max(0, t.start() - 80) : t.end() + 120]
    nationals = re.search(r"\b\d+\s+[A-Z][a-z]+ns\b", sent[t.end() : t.end() + 30])
    ties = bool(re.search(r"\b(?:ties|relations)\b", trig))
    if not _DIPLO_NOUN.search(window) and not nationals and not ties:
        return []
    if re.search(
        r"\b(?:save money|budget|cost-cutting|savings|cut costs|security reasons|for safety|evacuat\w*)\b",
        sent,
        I,
    ):
        return []
    rel, rel_end = t.start() + off, t.end() + off
    left = [m for m in ms if m.end <= rel and m.agent and not m.location]
    right = [m for m in ms if m.start >= rel_end]
    if not left and trig.startswith("summon"):
        left = _ministry_seats(ms, rel)
    if not left:
        return []
    actor = left[0]
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
    if re.search(r"\bthreat\w*\b", pre, I):
        return []
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


_IMPOSE = re.compile(
    r"\b(?:impos\w*|re-?impos\w*|plac(?:e|es|ed|ing)|slap\w*|levied|levy|announc\w*|new|fresh|additional|extend\w*|tighten\w*|expand\w*|"
    r"lift\w*|eas\w*|relax\w*|loosen\w*|end(?:ing)?|delay\w*|laps(?:e|es|ed|ing)|expir(?:e|es|ed|ing|y)|prepar\w*|unveil\w*|sanctioned|blacklist\w*|black list|froze|"
    r"freez\w*|targeted|adopt\w*|approv\w*|"
    # "hit Russia with sanctions"
    r"hit(?:s|ting)?\s+(?:[\w.’'-]+\s+){1,4}with|"
    # the verb ("Treasury sanctions two Russians", "U.S. And Allies Sanction Senior Chinese
    # Officials"), not the noun ("sanctions against Iran", "Sanctions Relief")
    r"sanctions?\s+(?!(?-i:Relief|Regimes?|Lists?|Packages?|Programs?|Programmes?|Committees?|"
    r"Measures|Laws?|Bills?|Evasion|Busting|Violations?|Waivers?|Panel|Against|On|Over|For|"
    r"And|Or|Are|Is|Were|Was|Will|Would|Could|Have|Has|Had|\w+n['’]t)\b)"
    r"(?:alleged|the|\d+|two|three|four|five|several|(?-i:[A-Z]\w*)))\b",
    I,
)
# a power or reason to sanction, not sanctions: "possible reasons to sanction China", "the
# authority to impose sanctions" (a law signed "to impose sanctions" imposes them)
_SANCTION_ROOM = re.compile(
    r"\b(?:reasons?|grounds|pressure|calls?|powers?|authority|ability|efforts?|attempts?|bids?)"
    # ("he lacks the authority to lift the embargo on Cuba", Q024)
    r"\s+(?:to|that would)\s+(?:\w+\s+)?(?:(?:the|any|new|further|its|their)\s+)?$",
    I,
)
# "(re)imposes sanctions", "to impose new sanctions": the verb right before the noun
_IMPOSE_VERB = re.compile(
    r"\b(?:re-?)?impos(?:e|es|ed|ing)\s+(?:new\s+|fresh\s+|further\s+|additional\s+)?$", I
)
# sanctions already in force, mentioned but not imposed here: "violating U.S. sanctions",
# "a panel monitoring sanctions", "U.S.-imposed sanctions", "in retaliation for sanctions"
_SANCTION_CONTEXT = re.compile(
    r"\b(?:targeted by|covered by|subject to|implement\w*|comply|complian\w*|enforc\w*|obligation|previously|evad\w*|circumvent\w*|under (?:international |western |us |u\.s\. )?sanctions|despite sanctions|sanctions-hit|sanctioned companies|"
    r"(?:violat|breach|flout|monitor)\w*\s+(?:[\w.-]+\s+){0,3}(?:sanctions|embargo)|sanctions?[- ]violat\w*|"
    r"[\w.]+-imposed|in retaliation for|retaliat\w* (?:for|against) (?:the )?(?:\w+ )?sanctions|"
    # "ordered the government to prepare a response to U.S. and European sanctions"
    r"(?:response|respond\w*|reaction|answer)\s+to\s+(?:[\w.-]+\s+){0,3}(?:sanctions|embargo)|"
    # "suspended North Korean coal imports ... in line with tough new U.N. sanctions"
    r"in (?:line|accordance|keeping) with (?:[\w.-]+ ){0,3}(?:sanctions|embargo))\b",
    I,
)
# a retaliation for sanctions: the sanctions it names are in force, the measure taken is new
_RETALIATION = re.compile(r"in retaliation for|retaliat|response|respond|reaction|answer", I)


def _in_force_context(sent: str, t: re.Match) -> bool:
    """Sanctions in force named around the trigger: "violating U.S. sanctions". A retaliation
    blocks only the sanctions it names, not the measure it answers with: "Retaliating for
    sanctions placed on it by the West, Russia has announced that it is banning the import of
    some food from the United States" (W043), "banned imports ... in retaliation for sanctions"."""
    for c in _SANCTION_CONTEXT.finditer(sent):
        if not _RETALIATION.match(c.group(0)):
            return True
        if c.start() >= t.end():
            continue  # the measure before is the retaliation itself
        if c.end() <= t.start() and re.search(r"[,;]", sent[c.end() : t.start()]):
            continue  # a clause later: the new measure
        return True
    return False


# sanctions someone would, could or is required to impose: not an event
_SANCTION_UNREAL = re.compile(
    r"\b(?:would be (?:hard|difficult|easy)|requires? \w+ to|could|might|potential (?:new )?sanctions|"
    r"possible sanctions)\b",
    I,
)


# "U.S. sanctions", "EU sanctions": these name who imposes, not the target
_USUAL_IMPOSERS = {"USA", "EU", "UN", "GBR", "CAN", "AUS", "JPN", "CHE", "NOR", "NZL", "G7"}
# sanctions announced, then called off: "Trump's Abrupt Reversal On New Russia Sanctions",
# "Trump just blocked his own administration's Russia sanctions"
_SANCTIONS_CALLED_OFF = re.compile(
    r"\b(?:revers(?:al|ed|es|ing)|u-turn|block(?:s|ed|ing)?|cancel\w*|call\w* off|shelv\w*|"
    r"postpon\w*|walk\w* back|back\w* (?:off|away|down) (?:on|from))\b[^.;:!?]{0,60}$",
    I,
)

# sanctions in force cancelled are lifted (not new sanctions called off): "he moved to cancel
# sanctions against a cheating Chinese company" (P040), "demanded that Washington cancel the
# sanctions" (not "cancel new sanctions", "cancel planned sanctions")
_CANCEL_LIFTS = re.compile(
    r"\bcancel(?:s|ed|led|ing)?\s+(?:(?:the|its|all|U\.S\.|US|EU|[\w.-]+['’]s)\s+)?$", I
)
# an action begun, not finished: "he moved to cancel sanctions", "moves to lift the embargo"
_MOVED_TO = re.compile(r"\b(?:moved|moves|moving)\s+to\s+(?:\w+\s+){1,3}$", I)

# sanctions compared with others ("heavier than those now imposed on Iran"), not a count
# ("on more than two dozen Russian oligarchs") or "tougher than ever"
_THAN = re.compile(r"\bthan\s+(?:those|that|the\s+ones|what)\b", I)
_DECIDED_TO = re.compile(
    r"\b(?:decision|decided|decides)\s+(?:\w+\s+){0,3}?to\s+(?:\w+\s+){1,4}$", I
)

# "U.N. sanctions imposed on Iran over its nuclear program": the participle describes
# sanctions in force (a reduced relative clause), unless the clause dates them as news
_POSTMOD_IMPOSED = re.compile(
    r"\s+(?:(?!(?:is|are|was|were|be|been|being|have|has|had|will|would|could|may|might|must|"
    r"should|to)\b)[a-z]+\s+)?(?:imposed|placed|levied|slapped)\s+(?:on|against)\b[^,;:.!?]{0,80}",
    I,
)
_NEWS_DATED = re.compile(
    r"\b(?:today|yesterday|this\s+(?:week|month|year)|last\s+(?:week|month)|earlier\s+this\s+\w+|"
    r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|hours?|days?\s+ago)\b",
    I,
)


def _in_force(sent: str, t: re.Match, window: str) -> bool:
    """Are the sanctions only described ('sanctions imposed on Iran over ...'), not news?"""
    pm = _POSTMOD_IMPOSED.match(sent, t.end())
    if pm is None or _NEWS_DATED.search(pm.group(0)):
        return False
    base = max(0, t.start() - 60)
    lo, hi = t.end() - base, pm.end() - base
    # any other cue (new, lifted, extended, a verb before the noun) makes it an event
    return not any(c.end() <= lo or c.start() >= hi for c in _IMPOSE.finditer(window))


# sanctions dated as just imposed, their target named elsewhere in the sentence: "Turkey is
# seeking to stanch an economic meltdown amid fallout from U.S. sanctions imposed last week over
# the continued detention of Brunson" (Z081)
_IMPOSED_LATELY = re.compile(
    r"\s+(?:imposed|placed|levied|slapped)\s+(?:(?:last|this)\s+week|yesterday|earlier\s+this\s+"
    r"(?:week|month)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:two|three|a\s+few|several|\d+)\s+days\s+ago)\b",
    I,
)
# new sanctions named by their imposer, the target the sentence's other side: "North Korea
# launched a missile over Japan into the Pacific Ocean, defying new U.N. sanctions" (T009)
_NEW_NAMED = re.compile(r"\b(?:new|fresh|additional|further|tougher)\s+(?:[\w.-]+\s+){1,2}$", I)
_LONG_STANDING = re.compile(r"\bfor\s+(?:many\s+|several\s+|the\s+past\s+)?(?:years|decades)\b", I)

# sanctions only weighed, after the noun: "sanctions had to be considered", "sanctions
# would be discussed" (threats and options are not sanctions)
_SANCTIONS_WEIGHED = re.compile(
    r"\s+(?:had|have|has|would|will|should|must|could|might|may|need)\s+(?:to\s+)?(?:be\s+)?"
    r"(?:considered|weighed|discussed|mulled|studied|examined|explored)\b",
    I,
)


# sanctions someone else is asked to impose: "press the Group of Eight to tighten U.N.
# sanctions", "wants the council to impose", "pressure the Biden administration and Congress
# to adopt an arms embargo" (the asker imposes nothing)
_ASKED_TO_SANCTION = re.compile(
    r"\b(?:press(?:es|ed|ing)?|pressur\w*|wants?|wanted|ask\w*|lobb\w*|encourag\w*|persuad\w*|"
    r"convinc\w*|push(?:es|ed|ing)?|call(?:s|ed|ing)?\s+on|urg\w*|get|would\s+like)\s+(?:[\w.’'-]+\s+){1,8}?"
    r"to\s+(?:\w+\s+)?(?:adopt|impose|tighten|toughen|expand|extend|slap|levy|approve|back|pass|"
    # a lifting wished of another: "Putin has signaled he would like Trump to soften
    # sanctions that Washington imposed" (V038), "urged Washington to lift sanctions"
    r"lift|ease|soften|relax|loosen|remove|scrap|drop)\b"
    r"[^,;:.!?]{0,60}$",
    I,
)
# a legislature's bill or vote ("The U.S. Senate Banking Committee unanimously backed new
# sanctions", "the House passed a bill"): not sanctions imposed (only a signed law is)
_LEGISLATURE_VOTE = re.compile(
    r"\b(?:senate|house|congress|committee|lawmakers|legislators|legislature|senators|"
    r"congressmen|parliament\w*|duma|bundestag|knesset|mps)\b(?:\s+[\w.’'-]+){0,4}?\s+"
    r"(?:backed|approved|passed|voted|introduced|unveiled|proposed|drafted|advanced|endorsed|"
    r"backs|approves|passes|votes|introduces|unveils|proposes|endorses)\b[^,;:.!?]{0,60}$",
    I,
)
# a court ruling on sanctions, or a ready threat: "A European Union court ruled on Friday
# that the EU should lift sanctions", "Canada is prepared to impose sanctions ... unless"
_RULED_OR_READY = re.compile(
    r"\b(?:court|tribunal|judges?)\b[^;:.!?]{0,40}\b(?:rul(?:ed|es|ing)|order(?:ed|s)|annul\w*|"
    r"struck\s+down|overturn\w*)\b|\b(?:is|are|was|were|stands?|stood|be)\s+(?:\w+\s+)?"
    r"(?:prepared|ready|willing)\s+to\s+(?:\w+\s+)?$|\bshould\s+(?:\w+\s+)?$",
    I,
)
# sanctions dated long before the story: "have imposed sanctions since the beginning of the
# year", "imposed new sanctions last year"; or the sentence opens on such a date
_SANCTIONS_DATED_BEFORE = re.compile(
    r"\s+(?:[\w.’'-]+\s+){0,5}?(?:since\s+(?:the\s+(?:beginning|start)\s+of|(?:19|20)\d\d\b|"
    r"(?:early|mid|late)[\s-]|last\s+year)|last\s+year|(?:a|one|two|three|several|many|\d+)\s+years?\s+ago)",
    I,
)
_OPENS_DATED_BEFORE = re.compile(
    r"\s*(?:last\s+year|in\s+(?:19|20)\d\d|(?:a|one|two|three|several|\d+)\s+years?\s+ago)\b", I
)


# sanctions still to be decided on: "The Trump administration will decide in the “near future”
# whether to impose additional sanctions against Russia" (T040)
_WHETHER_TO_SANCTION = re.compile(r"\bwhether\s+(?:or\s+not\s+)?to\s+(?:\w+\s+){1,3}$", I)

# sanctions not imposed: "Trump has also been criticized for not putting in place sanctions
# against Russia earlier" (R033), "refused to impose sanctions", "without imposing sanctions"
_SANCTIONS_NEGATED = re.compile(
    r"\b(?:(?<!\bnot\s)(?:not|never)(?!\s+only\b)|without|refus\w*\s+to|fail\w*\s+to|declin\w*\s+to)"
    r"\s+(?:[\w-]+\s+){0,3}$",
    I,
)

# sanctions in a framing opener, a record set against the main clause: "While Trump has imposed
# severe economic sanctions on Russia, he also has spoken warmly of ... Putin" (Q018), "Before
# the deal was drafted, the United States and its allies placed sanctions on Iran" (V028)
_FRAMED_OPENER = re.compile(
    r"\W*(?:(?:while|although|though)\s+[^,;]{0,80}?\b(?:has|have)\s+(?:\w+\s+)?"
    r"(?:imposed|placed|slapped|levied)\b[^,;]*,|before\s+[^,;]{3,80}?\b(?:was|were|had)\b[^,;]*,)",
    I,
)

# sanctions requested: "U.S. requests for an oil import ban and an international asset freeze"
_SANCTIONS_REQUESTED = re.compile(r"\brequests?\s+(?:for|to)\b[^.;:,]{0,50}$", I)


def _sanctions_not_news(sent: str, t: re.Match) -> bool:
    """Sanctions asked of someone else, voted by a legislature, ruled on by a court, only
    threatened by a ready side, or dated long before the story: not a sanctions event."""
    lo = max(0, t.start() - 120)
    if _ASKED_TO_SANCTION.search(sent, lo, t.start()) or _LEGISLATURE_VOTE.search(
        sent, lo, t.start()
    ):
        return True
    if _RULED_OR_READY.search(sent, max(0, t.start() - 80), t.start()):
        return True
    if (framed := _FRAMED_OPENER.match(sent)) is not None and (
        t.end() <= framed.end() or framed.group(0).lstrip().lower().startswith("before")
    ):
        return True  # "While Trump has imposed sanctions on Russia, he ...": the record
    if _SANCTIONS_NEGATED.search(sent, max(0, t.start() - 40), t.start()):
        return True  # "criticized for not putting in place sanctions against Russia"
    if _WHETHER_TO_SANCTION.search(sent, max(0, t.start() - 50), t.start()):
        return True  # "will decide ... whether to impose additional sanctions": an option
    if _SANCTIONS_REQUESTED.search(sent, max(0, t.start() - 60), t.start()):
        return True  # "did not include U.S. requests for an oil import ban" (U022): only asked
    if re.search(r"\bunless\b", sent[t.end() : t.end() + 150], I):
        return True  # "is prepared to impose sanctions ... unless it complies": a threat
    return bool(_SANCTIONS_DATED_BEFORE.match(sent, t.end(), t.end() + 60)) or bool(
        _OPENS_DATED_BEFORE.match(sent)
    )


_POSSESSIVE = re.compile(r"['’]s?\s+\w", I)


# a possessor before a nationality before the noun: "the European Union decided this week to
# let its Syrian arms embargo lapse" (O043), "Washington's Cuban embargo"
_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their)|['’]s)\s+$", I)
_GOODS_BETWEEN = re.compile(r"\s+(?:(?:arms|oil|trade|economic|weapons)\s+)?", I)


def _owned_embargo(
    sent: str, off: int, usable: list[Mention], left: list[Mention], t: re.Match
) -> tuple[Mention, Mention] | None:
    """(imposer, target) of "its Syrian arms embargo": the nationality is the target, the
    possessor (the nearest side before) imposes."""
    adj = next(
        (
            m
            for m in usable
            if m.kind == "adjective" and _GOODS_BETWEEN.fullmatch(sent, m.end - off, t.start())
        ),
        None,
    )
    if adj is None or not _OWNER_BEFORE.search(sent, 0, adj.start - off):
        return None
    owner = next(
        (
            m
            for m in reversed(left)
            if m.end <= adj.start
            and not m.location
            and m.kind != "adjective"
            and m.country
            and m.country != adj.country
        ),
        None,
    )
    return (owner, adj) if owner is not None else None


# sanctions still being readied: "The Trump administration is currently in the process of
# reimposing sanctions on Iran’s oil sector" (Q022), "drafting new sanctions", "is working on
# sanctions against"
_SANCTIONS_UNDER_WAY = re.compile(
    r"\b(?:in\s+the\s+process\s+of|(?:is|are|was|were)\s+(?:\w+\s+)?(?:drafting|readying|working\s+on))\s+"
    r"(?:[\w’'-]+\s+){0,4}$",
    I,
)


# a participle before its noun names a listing in force: "supplies to blacklisted telecoms
# equipment giant Huawei", "the sanctioned companies"
_LISTED_BEFORE_NOUN = re.compile(r"\b(?:to|of|for|with|on|the|a|an|its|their|other|already)\s+$", I)

# firms that news names bare when they are blacklisted or sanctioned, and their country (the
# taxonomy's targets include a state's firms): "Trump blacklisted Huawei Technologies Co."
_FIRM_COUNTRY = {
    "huawei": "CHN", "zte": "CHN", "tiktok": "CHN", "bytedance": "CHN", "hikvision": "CHN",
    "smic": "CHN", "rosneft": "RUS", "gazprom": "RUS", "rusal": "RUS", "sberbank": "RUS",
    "aeroflot": "RUS", "kaspersky": "RUS", "pdvsa": "VEN",
}  # fmt: skip
_FIRM = re.compile(r"\b(?:" + "|".join(_FIRM_COUNTRY) + r")\b", I)


def _firm_target(sent: str, off: int, lo: int, hi: int) -> Mention | None:
    """The first known firm named in ``sent[lo:hi]``, as a target mention of its country."""
    f = _FIRM.search(sent, lo, hi)
    if f is None:
        return None
    country = _FIRM_COUNTRY[f.group(0).lower()]
    name = f.group(0)
    return Mention(
        f.start() + off, f.end() + off, name, "group", country, name,
        f"{country.lower()}-firm-{name.lower()}", "organisation",
    )  # fmt: skip


# ", which shipped goods illegally to Iran": a relative clause, no target of the measure
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|whose)\b", I)


def rule_sanctions(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    window = sent[max(0, t.start() - 60) : t.end() + 80]
    if THREAT.search(sent[max(0, t.start() - 60) : t.end()]) or _in_force_context(sent, t):
        return []
    if _sanctions_not_news(sent, t):
        return []
    if _SANCTIONS_WEIGHED.match(sent, t.end()):
        return []  # "agreed that serious additional sanctions had to be considered": weighed
    if _SANCTION_UNREAL.search(sent[max(0, t.start() - 60) : t.end()]) or _SANCTION_ROOM.search(
        sent, max(0, t.start() - 40), t.start()
    ):
        return []
    if _LONG_STANDING.search(window):
        return []  # "have imposed sanctions on Maduro's regime for years": background
    if _LISTED_BEFORE_NOUN.search(sent, max(0, t.start() - 12), t.start()) and t.group(
        0
    ).lower().endswith("ed"):
        return []  # "block chip supplies to blacklisted telecoms giant Huawei": listed before
    # a ban on imports (or on a country's goods) is imposed by its wording
    imports = "import" in t.group(0).lower() or t.group(0).lower().startswith("ban")
    called_off = bool(_SANCTIONS_CALLED_OFF.search(sent, max(0, t.start() - 70), t.start()))
    cancel_lifts = bool(_CANCEL_LIFTS.search(sent, max(0, t.start() - 40), t.start()))
    if cancel_lifts:
        called_off = False  # sanctions in force cancelled are lifted, not called off
    if not imports and not called_off and not cancel_lifts and not _IMPOSE.search(window):
        return []
    if not imports and not called_off and _in_force(sent, t, window):
        return []
    if re.search(
        r"\b(?:sports?|doping|football|olympic|fifa|uefa|league|creditors?|pubs?|licen[cs]\w*)\b",
        sent,
        I,
    ):
        return []
    rel, rel_end = t.start() + off, t.end() + off
    usable = [m for m in ms if not m.former]
    # imposer: "the EU's arms embargo", "U.S. sanctions", else the subject of the clause
    pre = [
        m
        for m in usable
        if 0 <= rel - m.end <= 25
        and m.kind != "adjective"
        or (m.kind == "adjective" and 0 <= rel - m.end <= 2)
    ]
    left = [m for m in usable if m.end <= rel and m.agent]
    # "hits Russia with sanctions", "slaps Iran with fresh sanctions": the object before
    # "with" is the target (only the mention right before it, not the subject further left)
    # ("Slaps Putin's Inner Circle With New Sanctions": the circle is the mention's)
    hit_with = [
        m
        for m in usable
        if 0 <= rel - m.end <= 50
        and re.fullmatch(
            r"(?:['’]s(?:\s+[\w-]+){1,3})?\s+with\s+(?:\w+\s+){0,3}",
            sent[m.end - off : t.start()],
            I,
        )
    ]
    pre = [m for m in pre if m not in hit_with]
    imposer = (
        pre[-1] if pre else next((m for m in left if m not in hit_with and not m.location), None)
    )
    if imposer is None:
        return []
    # "Trump Announces New Russia Sanctions", "blocked his own administration's Russia
    # sanctions": a country right before the noun, after another side, is the target
    compound_target = None
    if (
        imposer.kind == "country"
        and imposer.country not in _USUAL_IMPOSERS
        and not sent[imposer.end - off : t.start()].strip()
    ):
        subject = next(
            (
                m
                for m in reversed(left)
                if m.end <= imposer.start and not m.location and m.country != imposer.country
            ),
            None,
        )
        if subject is not None:
            compound_target = (subject, imposer)
    on = re.search(r"\b(?:on|against|targeting|of)\s", sent[t.end() : t.end() + 40], I)
    why = re.search(
        r"\b(?:over|for|after|amid|because|following|in\s+(?:response|retaliation|reprisal)|"
        r"to\s+punish|as\s+(?:a\s+)?punishment)\b",
        sent[t.end() :],
        I,
    )
    if on and why and why.start() < on.start():
        on = None  # "sanctions over Russia's support of Assad": "of" is in the reason
    # a relative clause after the object describes it: "the administration's ban on U.S. firms
    # selling their products to ZTE, which shipped goods illegally to Iran and North Korea" (P040)
    relcl = _RELATIVE_AFTER.search(sent, t.end())
    rel_cut = relcl.start() + off if relcl is not None else len(sent) + off
    if imports:
        on = re.match(r"\s*(?:\w+\s+)?", sent[t.end() :])  # the goods' country follows
    if hit_with:
        targets = [m for m in hit_with if m.country != imposer.country]
    elif on:
        targets = [
            m
            for m in usable
            if m.start - off >= t.end() + on.start() and m.country != imposer.country
        ]
        if why is not None:  # "sanctions on Iran over Syria's use of ...": Iran only
            targets = [m for m in targets if m.start - off < t.end() + why.start()] or targets
    elif t.group(0).lower() in ("sanction", "sanctioned", "sanctions", "sanctioning"):
        targets = [m for m in usable if m.start >= rel_end and m.country != imposer.country]
        # "sanction Russian oligarchs over Ukraine": the reason names no target
        if why is not None:
            named = [m for m in targets if m.start - off < t.end() + why.start()]
            # "sanctions over Russia's support of Syrian President Assad": the reason's
            # possessor is the target, not the side it supports
            owner = next(iter(targets), None)
            if not named and owner is not None and _POSSESSIVE.match(sent, owner.end - off):
                named = [owner]
            targets = named or targets
    else:
        targets = []
    # a firm as the object: "blacklisted Huawei", "sanctions against ZTE" (before any side
    # named later)
    firm = _firm_target(sent, off, t.end(), t.end() + 50)
    if (
        firm is not None
        and firm.country != imposer.country
        and all(firm.start < m.start for m in targets)
    ):
        targets = [firm]
    if not targets and compound_target is not None:
        imposer, targets = compound_target[0], [compound_target[1]]
    if not targets or targets == [imposer]:
        owned = _owned_embargo(sent, off, usable, left, t)
        if owned is not None:
            imposer, targets = owned[0], [owned[1]]
    if not targets and (
        _IMPOSE_VERB.search(sent, max(0, t.start() - 40), t.start())
        or _IMPOSED_LATELY.match(sent, t.end())
        or pre
        and _NEW_NAMED.search(sent, max(0, t.start() - 40), t.start())
    ):
        # "Trump Quits Iran Deal, Vows To Reimpose Sanctions": no object named, the one
        # other country of the sentence is the target
        others = [m for m in usable if m.agent and m.country and m.country != imposer.country]
        if len(_distinct_countries(others)) == 1:
            targets = others[:1]
    if (than := _THAN.search(sent, t.end(), t.end() + 60)) is not None:
        # "impose sanctions on Iraq heavier than those now imposed on Iran" (U004): the side
        # compared with is no target
        targets = [m for m in targets if m.start - off < than.start()]
    targets = [m for m in targets if m.start < rel_cut][:4]
    if not targets:
        return []
    # "Britain and Canada sanction Russian oligarchs": every listed side imposes
    co_imposers = [
        m
        for m in _listed(sent, off, [m for m in left if m.end <= imposer.end])[:-1]
        if m.country != imposer.country and m.country not in {x.country for x in targets}
    ]
    status = "occurred"
    variant = ""
    ctx = sent[max(0, t.start() - 70) : t.end() + 60]
    # ("means without an end", "in the end": the noun, no easing)
    if re.search(
        r"\b(?:lift\w*|eas\w*|relax\w*|loosen\w*|laps(?:e|es|ed|ing)|expir(?:e|es|ed|ing|y)|(?<!\bwithout an )(?<!\bin the )(?<!\bat the )end(?:ing)?|remov\w*|scrap\w*)\b",
        ctx,
        I,
    ):
        variant = "ease"
    if cancel_lifts:
        variant = "ease"
    if (
        FUTURE.search(ctx)
        or re.search(r"\b(?:delay\w*|plans?|vow(?:s|ed)?|pledg\w*|prepar\w*|likely)\b", ctx, I)
        or _SANCTIONS_UNDER_WAY.search(sent, max(0, t.start() - 70), t.start())
        or _MOVED_TO.search(sent, max(0, t.start() - 70), t.start())
        # a lifting decided takes effect later: "the administration's decision to lift a ban on
        # Chinese cell phone maker ZTE" (S030), "decided this week to let its Syrian arms embargo lapse"
        or variant
        and _DECIDED_TO.search(sent, max(0, t.start() - 70), t.start())
        or re.search(r"\bphas\w+[\s-]+out\b", t.group(0), I)  # a phase-out is still to come
    ):
        status = "planned"
    if called_off:
        status = "cancelled"
    roles = [(m, "imposer") for m in (*co_imposers, imposer)] + [(m, "target") for m in targets]
    return [
        Candidate(
            "sanctions",
            status,
            roles,
            t.span(),
            "sanctions." + ("ease" if variant else "impose"),
            0.75,
            variant=variant,
        )
    ]


RULES = {
    "leader_call": rule_call,
    "summit_invitation": rule_invitation,
    "state_visit": rule_visit,
    "leaders_meeting": rule_meeting,
    "agreement": rule_agreement,
    "diplomatic_expulsion": rule_expulsion,
    "sanctions": rule_sanctions,
}


def _gate_sentence_patterns(names: dict[str, object]) -> list[str]:
    """Wrap each module-level regex with required literals in :class:`Prefiltered`: the
    rules search whole sentences with them, and most sentences hold none of a pattern's
    words. Results are the regex's own; ``match``, ``sub`` and calls with a position go
    to the regex unchanged. Returns the wrapped names."""
    wrapped = []
    for name, value in list(names.items()):
        if isinstance(value, re.Pattern):
            gated = Prefiltered(value)
            if gated.has_literals:
                names[name] = gated
                wrapped.append(name)
    return wrapped


GATED_PATTERNS = _gate_sentence_patterns(globals())
