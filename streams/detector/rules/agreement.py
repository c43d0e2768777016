"""The agreement rule (deals, pacts, accords, statements and truces, signed, reached or left).

The patterns and helpers only this rule uses (what several rules share is in ``common``).
"""

from __future__ import annotations

import re

from streams.detector import agreements
from streams.detector.mentions import Mention
from streams.detector.rules.common import (
    _BLOCS,
    _COMMERCIAL,
    _GATHERING_AFTER,
    _GATHERING_BEFORE,
    DENY,
    FUTURE,
    HYPOTHETICAL,
    URGED_CANCEL,
    Candidate,
    I,
    _distinct_countries,
    _gate_sentence_patterns,
    _global,
    _listed,
    generic_before,
    near_clause,
)
from streams.detector.text import clause_of

PROPOSE = re.compile(
    r"\b(?:negotiat\w*|trying to|try to|seek\w* to|hope\w* to|close to|before a deal|"
    r"under discussion|proposed|propos\w*|would|could|talks on|close in on)\b",
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


# a signing refused: "Trump's decision to not sign on to a communique" (U028), "He refused to
# sign a joint communique with the other leaders"
_REFUSED_SIGN = re.compile(
    r"\b(?:not|n['’]t|never|refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+to)\s+sign\b"
    r"(?:\s+on)?(?:\s+to)?\s+(?:(?:a|an|the|this|that|its|their)\s+)?(?:[\w-]+\s+){0,3}$",
    I,
)
# a part of a deal, agreed while the rest is open: "Trump said some of the tougher points of a deal
# had been agreed" (Z057)
_PART_OF_DEAL = re.compile(
    r"\b(?:points|parts|elements|aspects|issues|sections|chapters|provisions)\s+of\s+"
    r"(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+){0,2}$",
    I,
)
# a signing the story schedules: "most of the world's governments are set to sign the most
# sweeping climate agreement in history" (Q043), "he will sign a 'Phase One' trade deal with China
# on Jan. 15" (V036), "The deal is expected to be signed on Wednesday" (S027)
_SIGNING_AHEAD = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:set|due|expected|scheduled|slated|poised)\s+to)\s+"
    r"(?:(?:formally|officially|also|then|now)\s+)?(?:be\s+)?sign(?:ed|ing)?\b",
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
# a final attribution clause: ", Qatari officials said.", ", Egyptian officials told Reuters"
_SAID_AFTER = re.compile(
    r",\s*(?:[^,;:]{0,60}?\s)?(?:said|says|told|tells)\b[^,;:]{0,60}?[.!?\"”]*\s*$", I
)
_QUOTE_CLOSED = re.compile(r",\s*['’\"”]")
_QUOTE = re.compile(r"[\"“”]|['‘’](?=\s*[A-Z])")
# both sides say so: "..., both countries said in a statement" (they are the parties)
_BOTH_SIDES_SAID = re.compile(r",\s*(?:both|the\s+two)\s", I)
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
# a shared stance or policy, not a treaty, pact or deal: "agreed to maximize pressure on North
# Korea", "agreed to step up efforts", "to strengthen cooperation" (the labels count none)
_AGREED_STANCE = re.compile(
    r"\s+(?:(?:further|closely|fully|jointly)\s+)?"
    r"(?:maximi[sz]e|increase|keep\s+up|maintain|step\s+up|continue|strengthen|intensify|"
    r"boost|enhance|deepen|apply|exert|coordinate)\s+(?:(?:the|their|its|joint|international|"
    r"economic|diplomatic|close|closer|bilateral|maximum)\s+){0,2}"
    r"(?:pressure|efforts?|cooperation|coordination|ties|relations|communications?|contacts?|"
    r"exchanges)\b",
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
    # ("Theresa May agreed": the name, not the modal)
    r"\b(?:will|would|could|can|(?-i:may)|might|expected|likely|set|due|hope\w*|want\w*|must|should|to)\s+"
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
    if prep == "to" and _AGREED_STANCE.match(after):
        return []  # "agreed to maximize pressure on North Korea": a stance, not a pact
    before = sent[max(0, t.start() - 40) : t.start()]
    if (
        _AGREED_NOT.search(before)
        or generic_before(sent, t.start())
        # (in the trigger's clause: not "Despite fears the talks could collapse, the United
        # States and China agreed", "In Buenos Aires, where officials said a deal could be near")
        or HYPOTHETICAL.search(
            sent, near_clause(sent, t.start(), t.end(), back=len(sent))[0], t.start()
        )
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
            # (not "agreed with Macron that Europe must do more on defence")
            r"(?:(?!\bthat\b)[^,;.]){0,40}?\s(?:to|on)\s",
            sent[partner.end - off :],
            I,
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
    # (who is party to it: "The other signatories of the deal include Germany, the United Kingdom")
    r"stay\w*\s+in|remain\w*\s+in|signator(?:y|ies)\s+(?:of|to)|parties\s+to)\s+"
    r"(?:the|its|their|his|her|this|that)\s+(?:[\w.’'-]+\s+){0,3}?$",
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
    if generic_before(sent, t.start()) or _FORMER_WORDS.search(
        sent, max(0, t.start() - 40), t.start()
    ):
        return []
    ag = [m for m in ms if m.agent and not m.location and not m.source]
    # a former official or a campaign just before a side: no talks under way (not "the pact
    # covers ... annual trade" in a clause after the talks)
    if any(_FORMER_WORDS.search(sent, max(0, m.start - off - 25), m.start - off) for m in ag):
        return []
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


# a new clause after the deal: "will sign the deal next week and will then decide whether to"
_AND_CLAUSE = re.compile(
    r"[,;:]|\s+and\s+(?:(?:then|also|later)\s+)?(?:will|would|is|are|has|have)\b", I
)


def _and_clause_end(sent: str, pos: int, end: int) -> int:
    """Where the clause of ``pos`` ends: at ``end`` or an earlier comma or "and will" clause."""
    m = _AND_CLAUSE.search(sent, pos, end)
    return m.start() if m else end


# a union or bank of states is no firm or trade union: "Britain and the European Union reached a deal"
_STATES_UNION_OR_BANK = re.compile(
    r"\b(?:European|African|Soviet|Eurasian\s+Economic|World|West)\s+(?:Union|Bank)\b|\bcustoms\s+union\b",
    I,
)
# where a deal's own clause ends after it: a relative clause or a new clause
_DEAL_CLAUSE_END = re.compile(r"\b(?:that|which|who)\b|[;:]|,\s+(?:and|as|while|but)\b", I)


def _commercial_deal(sent: str, t: re.Match) -> bool:
    """A commercial word (_COMMERCIAL) before the deal or in its clause after it, leaving out
    unions and banks of states (not "signed a defence pact on Friday that will let each other's
    troops and aircraft train together")."""
    end = _DEAL_CLAUSE_END.search(sent, t.end())
    text = _STATES_UNION_OR_BANK.sub(
        lambda m: " " * len(m.group(0)), sent[: end.start() if end else len(sent)]
    )
    return bool(_COMMERCIAL.search(text))


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
    return agreements.sized_parties(ag, m.start() + off, t.end() + off, present)


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
    if generic_before(sent, t.start()) or re.search(
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
    # (a day before the deal or in its clause, not the day a speaker said so after it: "...,
    # Pompeo said on Monday"; "Trump said on Tuesday that the United States has withdrawn from
    # the nuclear agreement it signed with Iran" is news)
    if _OWNED_DEAL.match(sent, t.end()) and not _DATED_TODAY.search(
        sent, 0, near_clause(sent, t.start(), t.end())[1]
    ):
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
        # (not "a deal could be finalized during his trip")
        r"\b(?:signed|sealed|reached|agreed)\b|(?<!\bbe )\b(?:struck|inked|clinched|concluded|finali[sz]ed)\b",
        near,
        I,
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
    # who reports the deal after it is no party: "..., Qatari officials said", "Egyptian
    # officials said" (a speaker before it may be one: "Trump said he reached a deal")
    said = _SAID_AFTER.search(sent, t.end())
    if said is not None and (
        _QUOTE.search(sent, t.end(), said.start())
        or _QUOTE_CLOSED.match(sent, said.start())
        or _BOTH_SIDES_SAID.match(sent, said.start())
    ):
        said = None  # '"... the trade deal we are negotiating with China," Trump said': "we"
    ag = [
        m
        for m in ag
        if not (
            m.start - off >= t.end()
            and (m.source and not _QUOTE.search(sent, t.end(), m.start - off) or said is not None)
            and (said is None or m.start - off >= said.start())
        )
    ]
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
    if _commercial_deal(sent, t) and not re.search(
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
    # the deal's own stretch: its clause up to the first comma after it (not "signed a deal on
    # Monday, ending a dispute that had denied Europe gas", "..., hoping to deepen ties")
    own_a, own_b = clause_of(sent, t.start())
    if (comma := re.search(r"[,;:]", sent[t.end() : own_b])) is not None:
        own_b = t.end() + comma.start()
    if DENY.search(sent, own_a, own_b):
        status = "denied"
    elif _REFUSED_SIGN.search(sent, max(0, t.start() - 50), t.start()):
        status = "declined"  # "He refused to sign a joint communique with the other leaders"
    elif _SIGNING_AHEAD.search(near) and not re.search(
        # (a condition in the signing's own clause, not "and will then decide whether to")
        r"\b(?:if|unless|whether)\b",
        sent[own_a : _and_clause_end(sent, t.end(), own_b)],
        I,
    ):
        status = "planned"
    elif leaders_named and not PROPOSE.search(near) and not FUTURE.search(near):
        status = "occurred"
    elif _cancelled_deal(sent, t):
        status = "cancelled"
    elif modal:
        status = "proposed"
    elif re.search(
        # "who just completed a new trade agreement with Canada and Mexico" (O036)
        r"\b(?:signed|sealed|reached|struck|agreed|inked|concluded|formali[sz]ed|clinched|has agreed|have agreed|ratified|approved|"
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
        re.search(
            r"\b(?:trying|try|seek(?:s|ing)?|hop(?:e|es|ed|ing))\b",
            sent[max(own_a, t.start() - 60) : min(own_b, t.end() + 45)],
            I,
        )
        or _NEGATED_DEAL.search(near)
    ):
        status = "occurred"
    else:
        # a deal talked about without a completion verb is under negotiation
        status = "proposed"
    if status == "occurred" and _PART_OF_DEAL.search(sent, max(0, t.start() - 40), t.start()):
        status = "proposed"  # "some of the tougher points of a deal had been agreed": not all of it
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
        # (a legislature before the deal or in its clause; not "approved a deal on Friday, as
        # lawmakers in Belgrade debated the budget")
        and (
            _LEGISLATURE.search(sent, 0, t.start())
            or _LEGISLATURE.search(sent, *near_clause(sent, t.start(), t.end()))
            or _WANTS_APPROVED.search(near)
        )
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


GATED_PATTERNS = _gate_sentence_patterns(globals())
