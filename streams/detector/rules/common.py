"""What the rules of every event type share: the trigger patterns, status cues, the
Candidate they return and the helpers of more than one type.

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
        # a talk by phone told by its topic: "Trump, Erdogan Discuss Syria By Phone" (rule_call:
        # what is named inside is the topic, not a side on the line)
        r"|\bdiscuss\w*\s+(?:[\w.’'-]+\s+){0,4}?(?:by|over|via)\s+(?:the\s+)?(?:tele)?phone\b"
        # a planned call to a named leader: "Trump To Call Xi This Week" (rule_call: a person
        # named right after, capitalised; not "call for", "call on", "call him a liar")
        r"|\b(?:to|will)\s+call(?=\s+[^\W\d_])"
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
        # (not an appeal by a named side: "rejected a call by Merkel to release ...", "the call of
        # Guterres for"; "any mention during the call of allegations" is the call)
        r"|\b(?:in|during|after|a|an|the|their|his|her)\s+(?:\d+-minute\s+|brief\s+|lengthy\s+|private\s+|hour-long\s+)?call\b(?!\s+(?:for|on)\b|\s+(?:by|of)\s+(?:the\s+)?(?-i:[A-Z]))"
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
        # a departure from a place abroad tells the stay there: "he seemed to patch things up
        # before leaving London" (V038), "the Chinese delegation left D.C." (Q030)
        r"|\b(?:left|leaving|departed|departing)(?=\s)"
        r"|\barrival\b"  # "Kim's arrival in Singapore", "the arrival of President Bush in Frankfurt"
        # "attending a military parade in north Nicosia": a ceremony abroad (a summit attended
        # abroad is a meeting, not a visit)
        r"|\battend(?:s|ed|ing)?\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:parades?|funerals?|ceremony|ceremonies|inauguration|celebrations?|commemorations?|"
        r"memorial|coronation|wedding|festival|independence day|victory day|games|olympics)\b"
        r"|\b(?:travel(?:l?ing|l?ed|s)?|heads?|headed|heading|flew|flies|flying)\s+to\b"
        r"|\b(?:is|was|were|are)\s+(?:now\s+)?in\b"
        # the contraction: "Trump is expected to meet Liu while he’s in Washington" (R031)
        r"|['’]s\s+(?:now\s+)?in\b"
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
        # ... and so do a speaker's words to the press there: "Secretary of State Mike Pompeo told
        # reporters in Tokyo on Monday"
        # "Speaking in Australia on Monday, Kerry said", "Speaking to reporters in Laos, Obama said"
        r"|\bspeaking\s+(?:to\s+(?:reporters|journalists)\s+)?in\b"
        r"|\btold\s+reporters\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|today)\s+)?in\b"
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
    "said early", "said on ", "said mon", "said tue", "said wed", "said thu", "said fri", "said sat", "said sun", "said today", "told reporters", "speaking in", " s in ", " s now in ", "attend", "general assembly",
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
DECLINE = re.compile(
    r"\b(?:declin\w*|turn\w* down|rebuff\w*|snub\w*|reject\w*|would not (?:need to )?attend|will not attend|not need to attend|refus\w* to attend|boycott\w*)\b",
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
    # ("may" lowercase: "Theresa May cancelled her visit" is done)
    r"\b(?:threat\w*|warn\w*|consider\w*|weigh\w*|mull\w*|(?-i:may)|might|could|"
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


# an auxiliary right before a cancel word: "was canceled", "has been postponed"
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|got|gets)\s+(?:\w+ly\s+)?$", I)


# a gathering halted, not only called off: "The summit ... was put on hold", "Trump's visit to
# Britain has been delayed" (told as a passive: not "agreed to suspend new tariffs"); or one
# that was to have happened: "Trump and Kim were to have met in Hanoi"
_HALTED = re.compile(
    r"\b(?:put\s+(?:[\w.’'-]+\s+){0,3}?on\s+hold|(?:is|are|was|were|been|be|remains?|remained)\s+"
    # (put off, not late: "has been delayed", not "the talks were delayed by an hour")
    r"(?:now\s+)?on\s+hold|(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?"
    r"(?:delayed(?!\s+(?:by|for)\s+(?:[\w-]+\s+){0,2}(?:minutes?|hours?)\b)|suspended))\b",
    I,
)
_WERE_TO_HAVE = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?to\s+have\s+$", I)
# a guest struck from a gathering's list cancels no gathering: "Putin was uninvited from the
# G7 summit in France"
_UNINVITED = re.compile(r"\b(?:(?:will\s+)?not\s+(?:be\s+)?invited|uninvit\w*|disinvit\w*)\b", I)


def gathering_cancelled(sent: str, a: int = 0, b: int | None = None) -> bool:
    """:func:`cancelled`, leaving out cancel words said of an agreement ("withdraw from NAFTA");
    given the trigger's span ``sent[a:b]``, only a cancel word in its own clause
    (:func:`near_clause`), not one of another: "met Erdogan ... and discussed the withdrawal of
    Kurdish fighters", "arrived in Pyongyang ..., as the United States scrapped tariff
    exemptions"."""
    kept = _CANCELS_DEAL.sub(lambda m: " " * len(m.group(0)), sent)
    kept = _UNINVITED.sub(lambda m: " " * len(m.group(0)), kept)
    if b is None:
        return cancelled(kept)
    blank = URGED_CANCEL.sub(lambda m: " " * len(m.group(0)), kept)
    blank = THREATENED_CANCEL.sub(lambda m: " " * len(m.group(0)), blank)
    if CANCEL.search(blank, *near_clause(sent, a, b)):
        return True
    lo, hi = near_clause(sent, a, b, fwd=120)
    if _WERE_TO_HAVE.search(blank, lo, a) or any(
        h.start() < a or "," not in sent[b : h.start()] for h in _HALTED.finditer(blank, lo, hi)
    ):
        return True
    # the gathering named as the subject of a passive: "a meeting between Mr. Trump and
    # Guatemalan President Jimmy Morales was canceled"
    return any(_PASSIVE_BEFORE.search(blank, lo, c.start()) for c in CANCEL.finditer(blank, b, hi))


def cancel_sought_near(sent: str, a: int, b: int) -> bool:
    """A cancellation asked for, expected or threatened (:data:`URGED_CANCEL`,
    :data:`THREATENED_CANCEL`) that reaches into the clause of the trigger ``sent[a:b]``, not
    one of another clause: "met Erdogan ..., as Russia threatened to pull out of the grain
    corridor"."""
    lo, hi = near_clause(sent, a, b)
    return any(
        m.end() > lo and m.start() < hi
        for pat in (URGED_CANCEL, THREATENED_CANCEL)
        for m in pat.finditer(sent)
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


HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|when \w+ is ready|hypothetical|would be willing|could|be able to)\b", I
)
GENERIC = re.compile(
    r"\b(?:every year|each year|frequently|often|regularly|usually|routinely|annual|several times|"
    r"many times|repeatedly|numerous|countless)\b",
    I,
)


# a clause's edge near a trigger: a comma, semicolon, colon, dash or bracket, or a relative word
_CLAUSE_EDGE = re.compile(r"[,;:()\u2013\u2014]|\b(?:that|who|whom|which|whose)\b", I)


def words_gap(words: str, lead: str = "") -> re.Pattern[str]:
    """A gap made only of the listed lower-case ``words`` (a regex alternation), capitalised
    words and brackets: what may stand between a verb and the side it takes ("spoke with his
    Qatari counterpart", "met with the leaders of France"). Possessive: each word is taken one
    way, so a gap that fails fails at once, not after trying every split of it between the
    alternatives (which took seconds per sentence)."""
    return re.compile(
        rf"{lead}(?:(?:{words})\s+|(?-i:[A-Z])[\w.’'-]*\s+|[(\[][^)\]]{{0,30}}[)\]]\s+|[(\[])*+", I
    )


def near_clause(sent: str, a: int, b: int, back: int = 60, fwd: int = 60) -> tuple[int, int]:
    """The span around ``sent[a:b]`` in its own clause: back to the last clause edge before
    ``a`` (at most ``back`` characters) and on to the next one after ``b`` (at most ``fwd``)."""
    lo = max(0, a - back)
    for e in _CLAUSE_EDGE.finditer(sent, lo, a):
        lo = e.end()
    e = _CLAUSE_EDGE.search(sent, b, b + fwd)
    return lo, e.start() if e else min(len(sent), b + fwd)


# "due to" of a plan ("is due to meet"), not of a cause ("Due to the trade war, Trump met")
_DUE_TO_PLAN = re.compile(
    r"due\s+to\s+(?:\w+ly\s+)?(?:be|meet|visit|travel|arrive|hold|sign|attend|host|begin|start|"
    r"open|take|fly|leave|depart|speak|talk|discuss|make|address|join|resume|return|receive|"
    r"welcome|chair|head|land|conclude|go|come|have|give|deliver|stop|tour)\b",
    I,
)
# "ahead of" governing the trigger's noun ("ahead of his visit to Japan"), in its clause and a
# few words before it, the trigger no verb ("Ahead of the summit Trump met Xi")
_AHEAD_GAP = re.compile(r"\s+(?:[\w.’'-]+\s+){0,4}")
_VERB_TRIGGER = re.compile(
    r"(?:met|spoke|talked|held|visited|hosted|arrived|travell?ed|flew|went|came|called|phoned|"
    r"received|welcomed|landed|toured|stopped)\b",
    I,
)


_PARTICIPLE = re.compile(r"\s*(?:\w+ly\s+)?\w+ing\b")
_NOUN_LISTED = re.compile(r"\s*(?:and\s+)?(?:his|her|their|its|the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}")


def future_hits(told: str, sent: str, a: int, b: int, end: int | None = None) -> list[re.Match]:
    """The :data:`FUTURE` cues of the trigger ``sent[a:b]``: in ``told`` (the sentence with
    attributed quotations blanked) up to 60 characters before it (up to ``end``, when given)
    and in its own clause (:func:`near_clause`), not one of another clause or of an appositive
    set off by commas ("Putin, set to host the summit next year, met Trump"); "due to" only
    before a verb ("is due to meet", not "Due to the trade war"), "ahead of" only governing the
    trigger's noun ("ahead of his visit", not "Ahead of the summit, Trump met")."""
    lo = max(near_clause(sent, a, b)[0], a - 60, 0)
    if (
        lo > 0
        and sent[lo - 1] == ","
        and (
            _PARTICIPLE.match(sent, lo)
            or _NOUN_LISTED.fullmatch(sent, lo, a)
            and not _VERB_TRIGGER.match(sent, a)
        )
    ):
        # a participle goes on with the clause before: "will be in Paris only for several
        # days, holding one-on-one meetings with key leaders"; so does a noun listed after
        # the one a cue governs: "preparing for his overseas trip, his first meeting with Putin"
        lo = max(near_clause(sent, lo - 1, lo - 1)[0], a - 60, 0)
    out = []
    for f in FUTURE.finditer(told, lo, a if end is None else end):
        cue = f.group(0).lower()
        if cue.startswith("due") and not _DUE_TO_PLAN.match(told, f.start()):
            continue
        if cue.startswith("ahead") and (
            not _AHEAD_GAP.fullmatch(told, f.end(), a) or _VERB_TRIGGER.match(sent, a)
        ):
            continue
        out.append(f)
    return out


# a future negated before the trigger in its clause: "Putin won't meet Trump", "will not
# travel to Davos", "has no plans to visit", "does not plan to visit" (not "would not rule out meeting", "will not say
# whether he would meet")
NEGATED_FUTURE = re.compile(
    r"\b(?:(?:will|would|shall)\s+not|won['’]t|wouldn['’]t|shan['’]t|"
    r"(?:has|have|had)\s+no\s+(?:immediate\s+)?plans?\s+to|"
    # "Trump does not plan to travel to Iran", "there are no plans for Trump to visit Britain"
    r"(?:do|does|did)(?:\s+not|n['’]t)\s+plan\s+to|"
    r"\bno\s+(?:immediate\s+)?plans?\s+for\s+(?:[\w.’'-]+\s+){1,4}?to)\s+"
    r"(?!(?:[\w’'-]+\s+){0,3}?(?:rule|ruled|hesitate|only|just|necessarily|mind|object|oppose|"
    r"surprised|comment|say|confirm|disclose|reveal|speculate|stop|prevent|allow|let|want|like|"
    r"if|whether|when|what|who|how|why|until|unless|before|after|be\s+the)\b)"
    r"(?:[\w’'-]+\s+){0,3}?$",
    I,
)


def negated_future(told: str, sent: str, a: int, b: int) -> bool:
    """Is the trigger ``sent[a:b]`` told as not going to happen (:data:`NEGATED_FUTURE`, in its
    clause)? Such an event is dropped: nothing planned was called off."""
    return NEGATED_FUTURE.search(told, near_clause(sent, a, b)[0], a) is not None


# a condition after the trigger in its clause: "Putin would meet Trump if the United States
# lifted sanctions" (an offer, not a plan)
_CONDITION_AFTER = re.compile(r"(?<!\bas )(?<!\beven )\b(?:if|unless|provided)\b", I)


def conditional_after(sent: str, a: int, b: int) -> bool:
    """Is the trigger ``sent[a:b]`` followed by an if/unless in its own clause?"""
    return _CONDITION_AFTER.search(sent, b, near_clause(sent, a, b)[1]) is not None


_DENY_VERB = re.compile(r"den(?:y|ies|ied|ying)\b", I)
# what a denial denies: "denied reports that", "denies that", "denied any", "denied having",
# or the event itself right after ("denies Putin-Trump call")
_DENIED_OBJECT = re.compile(
    r"\s+(?:(?:[\w.’'-]+\s+){0,3}?(?:reports?|claims?|allegations?|suggestions?|rumou?rs?|"
    r"speculation|accounts?)\b|(?:that|any|having|ever|there)\b|"
    r"(?:(?:a|an|the|any|his|her|their|its)\s+)?(?:(?!(?:as|and|but|or|while|when|after|before|"
    r"with|for|of|to|in|on|at)\s)[\w.’'-]+\s+){0,2}$)",
    I,
)
# a noun trigger that is the subject of what is denied: "denied talks with China had broken
# down" (unless the predicate is its happening: "denied that a meeting had taken place")
_NOUN_PREDICATE_AFTER = re.compile(
    r"\s+(?:[\w.’'-]+\s+){0,6}?(?:had|has|have|was|were|is|are|would|will|could|did|broke|"
    r"collapsed|stalled|failed|went)\b(?!\s+(?:not\s+)?(?:been\s+)?(?:take|taken|took|held|"
    r"happen\w*|occur\w*|planned|scheduled|arranged|set)\b)",
    I,
)
# the trigger as the setting of what is denied: "denied the accusations during a phone call"
_SETTING_BEFORE = re.compile(
    r"\b(?:during|in|on|at|after|before|over|via|by|while)\s+(?:[\w.’'-]+\s+){0,3}?$", I
)
_SETTING_START = re.compile(r"(?:during|in|on|at|over|via|by)\s", I)
_DENIED_AFTER = re.compile(r"\s+(?:[\w.’'-]+\s+){0,8}?(?:is|are|was|were|been)\s+denied\b", I)


def denied_event(sent: str, a: int, b: int) -> bool:
    """Is the trigger ``sent[a:b]`` the object of a denial: a deny verb before it in its
    sentence part (no comma or semicolon between) whose object it is ("The Kremlin denied
    reports that Putin would meet Trump", not "Erdogan denied the accusations during a phone
    call with Putin", "Xi denied in a phone call ... that"), a denial phrase in its clause
    ("no call took place", "never met"), or a passive after it ("a meeting ... was denied")."""
    lo, hi = near_clause(sent, a, b)
    for m in DENY.finditer(sent, max(0, a - 120), hi):
        if not _DENY_VERB.match(sent, m.start()):
            if m.end() > lo:
                return True  # "no call took place", "never met"
            continue
        if m.end() > a or re.search(r"[,;:()\u2013\u2014]", sent[m.end() : a]):
            continue
        if _SETTING_BEFORE.search(sent, m.end(), a) or _SETTING_START.match(sent, a):
            continue
        if _DENIED_OBJECT.match(sent[:a], m.end()) and not (
            re.match(
                r"(?:talks|meeting|meetings|summit|negotiations|call|visit|trip)\b", sent[a:b], I
            )
            and _NOUN_PREDICATE_AFTER.match(sent, b, hi)
        ):
            return True
    return _DENIED_AFTER.match(sent, b, hi) is not None


def generic_before(sent: str, pos: int) -> bool:
    """A habitual word in the clause of ``pos``, before it: "Trump often signs deals", not "signed
    a trade deal on Wednesday that aims to raise annual bilateral trade"."""
    return bool(GENERIC.search(sent, clause_of(sent, pos)[0], pos))


def _agents(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.agent]


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


# an embedded question: "did not know when ministers could meet", "wouldn't say when he talked to"
_ASKED_WHEN = re.compile(
    r"\b(?:say|said|know|knew|tell|told|ask\w*|clear|unclear|decided?|sure|certain|discuss\w*)\s+"
    r"(?:when|whether|if|how soon)\b",
    I,
)


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


_WISH = re.compile(
    r"\bwould\s+(?:\w+\s+)?(?:be\s+)?(?:glad|happy|pleased|delighted|like|love|welcome)\b|\bbe able to\b|\bwants? to\b|\bwanted to\b|\bhopes? to\b",
    I,
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


# the side whose offer it is, named just before the noun: "an Iranian offer", "Iran's proposal"
_OWNER_GAP = re.compile(r"(?:['’]s?)?\s+(?:(?:new|latest|fresh|earlier|formal)\s+)?$", I)


# where a clause of its own begins after a trigger: "..., even as its coal exports declined"
_NEW_CLAUSE = re.compile(r"[;:]|,\s+(?:even\s+|just\s+)?(?:as|while|though|although|and)\b")


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
    # a rejection after the offer, up to a new clause (not "North Korea accepted South Korea's
    # offer to hold talks on Monday, even as its coal exports to China declined")
    stop = cut.start() if (cut := _NEW_CLAUSE.search(sent, t.end())) else len(sent)
    return [
        Candidate(
            "summit_invitation",
            "declined" if DECLINE.search(sent, t.end(), stop) else "proposed",
            [(owner, "inviter"), (invitee, "invitee")],
            t.span(),
            "invitation.offer",
            0.65,
        )
    ]


def _wishful(sent: str, t: re.Match) -> bool:
    """A wish or condition ("would be glad to meet") is not a planned event."""
    return bool(_WISH.search(sent[max(0, t.start() - 45) : t.start()]))


def many_party_pact(name: str) -> bool:
    """Is `name` a pact of more parties than a story names ("the TPP")? (The engine asks here:
    its compiled build reads the rules, not the agreements module.)"""
    return bool(agreements.many_parties(name))


# a question whether someone has ever gone or met: "the FBI also asked him ... whether he had
# ever visited the Ecuadorian embassy in London" (R026): no trip or meeting to report
_EVER_ASKED = re.compile(
    r"\b(?:whether|if)\s+(?:[\w.’'-]+\s+){1,5}?(?:had|has|have|did)\s+ever\s+(?:been\s+)?$", I
)
_HEAD_TO = re.compile(r"\b(?:head|heads|heading|fly|flies|flying)\s+to\b", I)
_NOT_THERE = re.compile(r"\b(?:not|n['’]t|never|skip\w*|miss\w*|stay\w*\s+away|instead\s+of)\b", I)
_OTHER_TALKS = re.compile(r"\b(?:meet|met|meeting|talks|summit)\b", I)


# the words between a meeting word and its other side: "met Iranian President Hassan Rouhani",
# "talks with Japan", "a meeting between Trump and Rouhani"
_SIDE_AFTER_MEET = re.compile(r"\s+(?:with\s+)?(?:[\w.’'-]+\s+){0,3}?$", I)
_SIDE_AFTER_TALKS = re.compile(
    r"\s+(?:[\w.’'-]+\s+){0,3}?(?:with|between)\s+(?:[\w.’'-]+\s+){0,3}?$", I
)


def _other_talks(sent: str, off: int, ms: list[Mention], un: Mention) -> bool:
    """A meeting word that names talks of their own (read by rule_meeting): one next to the UN
    mention ("a meeting at the U.N.", "the U.N. summit") or one with a country's side ("met
    Iranian President Hassan Rouhani", "talks with Japan"), not "hold talks on Iran with world
    leaders"."""
    sides = [m for m in ms if m.agent and m.country not in (None, "UN")]
    for w in _OTHER_TALKS.finditer(sent):
        if w.start() - 25 <= un.end - off and un.start - off <= w.end() + 25:
            return True
        after = _SIDE_AFTER_MEET if w.group(0).lower() in ("meet", "met") else _SIDE_AFTER_TALKS
        if any(
            m.start - off >= w.end() and after.fullmatch(sent, w.end(), m.start - off)
            for m in sides
        ):
            return True
        # "Trump and Macron met": two countries' sides just before it
        if len(_distinct_countries([m for m in sides if 0 <= w.start() - (m.end - off) <= 60])) > 1:
            return True
    return False


def _un_attendance(
    sent: str, off: int, ms: list[Mention], t: re.Match, un: Mention, rule: str
) -> list[Candidate]:
    """The leaders named in the sentence meet the UN there (taxonomy: talks at a third venue)."""
    if _other_talks(sent, off, ms, un) or _NOT_THERE.search(
        sent, max(0, t.start() - 50), t.start()
    ):
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
    # the engine hands the whole sentence: a day told before a clause joined on with ", as",
    # ", while" or ";" is another clause's ("Stocks rose on Tuesday, while analysts said trade negotiations between the
    # U.S. and China were dragging on"); one after it may still anchor the talks
    lo = 0
    for j in _JOINED_BEFORE.finditer(sent, 0, t.start()):
        lo = j.end()
    return not _TALKS_ANCHOR.search(sent, lo)


# a clause joined on with ", as" or after a semicolon: "The yuan fell on Monday, as investors
# worried about trade talks"
_JOINED_BEFORE = re.compile(r",\s*(?:as|amid|while|whereas|although|though|but)\s|;\s*", I)


_BLOCS = frozenset(("EU", "NATO", "G7", "G8", "G20", "UN", "AU", "ASEAN"))
_COMMERCIAL = re.compile(
    r"\b(?:compan(?:y|ies)|firm|firms|shares|stake|takeover|merger|airline|bank|carmaker|bidder|contract deal|flight attendants|union|stimulus|relief bill|rebels?|guerrillas?|stock exchanges?|exchanges|shareholders|to sell|to buy|sale of|purchase of|planes|aircraft)\b",
    I,
)


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
