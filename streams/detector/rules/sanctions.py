"""The sanctions rule (measures imposed, planned, eased or lifted).

The patterns and helpers only this rule uses (what several rules share is in ``common``).
"""

from __future__ import annotations

import re

from streams.detector.mentions import Mention
from streams.detector.rules.common import (
    FUTURE,
    Candidate,
    I,
    _distinct_countries,
    _gate_sentence_patterns,
    _listed,
    near_clause,
)
from streams.detector.text import clause_of

THREAT = re.compile(
    r"\b(?:threat\w*|warn\w*|not rul\w* out|did not rule out|could impose|may impose|might impose|"
    r"would impose|consider\w*|mull\w*|if\b|unless\b|urg\w*|call\w* for|push\w* for|demand\w*)\b",
    I,
)

# a condition opens its own clause before the measure: "If Russia does not comply, the EU will
# impose sanctions"
_CONDITION = re.compile(r"\b(?:if|unless)\b", I)


def _threatened(sent: str, t: re.Match) -> bool:
    """A threat, warning or demand in the trigger's own clause (not "Rejecting Moscow's
    demands, the European Union imposed new sanctions"), or a condition before it."""
    lo = max(0, t.start() - 60)
    edges = [e.end() for e in _CUE_EDGE.finditer(sent, lo, t.start())]
    return bool(
        THREAT.search(sent, edges[-1] if edges else lo, t.end())
        or _CONDITION.search(sent, lo, t.start())
    )


_IMPOSE = re.compile(
    r"\b(?:impos\w*|re-?impos\w*|plac(?:e|es|ed|ing)|slap\w*|levied|levy|announc\w*|new|fresh|additional|extend\w*|tighten\w*|expand\w*|"
    r"lift\w*|eas(?:e|es|ed|ing)|relax\w*|loosen\w*|end(?:ing)?|delay\w*|laps(?:e|es|ed|ing)|expir(?:e|es|ed|ing|y)|prepar\w*|unveil\w*|sanctioned|blacklist\w*|black list|froze|"
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
# a modifier cue names the noun only right before it ("new sanctions", "fresh U.S. sanctions"),
# not one after it ("U.S. sanctions on Russia have hurt its economy, according to a new IMF report")
_MODIFIER_CUE = re.compile(r"(?:new|fresh|additional)$", I)
_MODIFIER_GAP = re.compile(r"\s+(?:[\w.’'-]+\s+){0,3}", I)
# "expected to add about 15 new targets to its Russia sanctions list"
_ADDED_TO = re.compile(r"\badd(?:s|ed|ing)?\s+[^,;:.]{0,50}?\bto\s+(?:[\w.’'-]+\s+){0,3}$", I)
_CUE_EDGE = re.compile(r"[;:]|,(?!\s+(?:and|or)\b)")
_CUE_STOP = re.compile(r"[,;:]")


def _impose_cue(sent: str, t: re.Match) -> bool:
    """A cue word of the measure in its own clause: a verb before or after the noun, a
    modifier right before it."""
    lo = max(0, t.start() - 60)
    edges = [e.end() for e in _CUE_EDGE.finditer(sent, lo, t.start())]
    lo = edges[-1] if edges else lo
    stop = _CUE_STOP.search(sent, t.end(), t.end() + 80)
    hi = stop.start() if stop is not None else min(len(sent), t.end() + 80)
    if _ADDED_TO.search(sent, lo, t.start()):
        return True
    for c in _IMPOSE.finditer(sent, lo, hi):
        if not _MODIFIER_CUE.fullmatch(c.group(0)):
            return True
        if c.end() <= t.start() and _MODIFIER_GAP.fullmatch(sent, c.end(), t.start()):
            return True
        if c.start() < t.end() and c.end() > t.start():
            return True
    return False


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
# a cue that names no sanctions ("evading", "subject to") governs the trigger's own noun phrase
# only from a few words before it ("evading U.S. sanctions"), or as the reason of its targets'
# own conduct after it ("have sanctioned dozens of companies ... for evading the extensive
# measures imposed on Russia", dev d111); not "imposed sanctions on five Iranian firms for
# helping Tehran evade U.S. restrictions"
_CUE_NAMES_SANCTIONS = re.compile(r"sanction|embargo", I)
_CUE_GAP = re.compile(r"\s*(?:[\w.’'-]+\s+){0,4}")
_CUE_REASON = re.compile(r"\b(?:for|over)\s+$", I)
# plans told before the measure: "plans to impose sanctions"
_PLANS = re.compile(r"\bplans?\b", I)


def _in_force_context(sent: str, t: re.Match) -> bool:
    """Sanctions in force named around the trigger: "violating U.S. sanctions". A retaliation
    blocks only the sanctions it names, not the measure it answers with: "Retaliating for
    sanctions placed on it by the West, Russia has announced that it is banning the import of
    some food from the United States" (W043), "banned imports ... in retaliation for sanctions"."""
    for c in _SANCTION_CONTEXT.finditer(sent):
        if (
            not _CUE_NAMES_SANCTIONS.search(c.group(0))
            and not (c.start() < t.end() and c.end() > t.start())
            and not (c.end() <= t.start() and _CUE_GAP.fullmatch(sent, c.end(), t.start()))
            and not (c.start() >= t.end() and _CUE_REASON.search(sent, t.end(), c.start()))
        ):
            continue  # a cue elsewhere in the sentence, about something else
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
    r"\b(?:senate|(?<!white )house|congress|committee|lawmakers|legislators|legislature|senators|"
    r"congressmen|parliament\w*|duma|bundestag|knesset|mps)\b(?:\s+[\w.’'-]+){0,4}?\s+"
    r"(?:backed|approved|passed|voted|introduced|unveiled|proposed|drafted|advanced|endorsed|"
    r"backs|approves|passes|votes|introduces|unveils|proposes|endorses)\b[^,;:.!?]{0,60}$",
    I,
)
_SIGNED = re.compile(r"\bsign(?:s|ed)\b", I)
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
    # (not "did not hesitate to impose sanctions", "not only", "did not wait to")
    r"\b(?:(?<!\bnot\s)(?:not|never)(?!\s+(?:only|just|hesitat\w*|wait\w*|delay\w*)\b)|without|"
    r"refus\w*\s+to|fail\w*\s+to|declin\w*\s+to)"
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

# a day of the story's week dates the main clause after a "Before ..." opener as news: "Before
# the summit was due to begin, the European Union imposed sanctions on Belarus on Monday."
_DAY_TOLD = re.compile(
    r"\b(?:today|tonight|yesterday|this\s+week|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)\b",
    I,
)

# sanctions requested: "U.S. requests for an oil import ban and an international asset freeze"
_SANCTIONS_REQUESTED = re.compile(r"\brequests?\s+(?:for|to)\b[^.;:,]{0,50}$", I)


def _sanctions_not_news(sent: str, t: re.Match) -> bool:
    """Sanctions asked of someone else, voted by a legislature, ruled on by a court, only
    threatened by a ready side, or dated long before the story: not a sanctions event."""
    lo = max(0, t.start() - 120)
    vote = _LEGISLATURE_VOTE.search(sent, lo, t.start())
    if vote is not None and _SIGNED.search(vote.group(0)):
        vote = None  # "Congress passed and President Trump signed a bill imposing": a law
    if _ASKED_TO_SANCTION.search(sent, lo, t.start()) or vote is not None:
        return True
    if _RULED_OR_READY.search(sent, max(0, t.start() - 80), t.start()):
        return True
    if (framed := _FRAMED_OPENER.match(sent)) is not None and (
        t.end() <= framed.end()
        or (
            framed.group(0).lstrip().lower().startswith("before")
            and not _DAY_TOLD.search(sent, framed.end())
        )
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


# an easing told of the measure; "end", "remove" and "scrap" only as a verb of it ("remove the
# sanctions", "sanctions would be scrapped"), not "until the end of the offensive", "by the end
# of the month" (nor "means without an end", "in the end")
_EASED = re.compile(
    r"\b(?:lift\w*|eas(?:e|es|ed|ing)|relax\w*|loosen\w*|laps(?:e|es|ed|ing)|expir(?:e|es|ed|ing|y))\b",
    I,
)
_ENDED_BEFORE = re.compile(
    r"\b(?<!\bwithout an )(?<!\bin the )(?<!\bat the )(?<!\bby the )(?<!\buntil the )"
    r"(?:end(?:s|ed|ing)?|remov\w*|scrap\w*)\s+(?:(?:of|to|on)\s+)?(?:[\w.’'-]+\s+){0,4}$",
    I,
)
_ENDED_AFTER = re.compile(
    r"\s+(?:[\w.’'-]+\s+){0,4}?(?:(?:be|been|being|are|were|is|was)\s+)?(?:ended|removed|scrapped)\b",
    I,
)
# the stretch after the measure that tells its own status ends at the clause's edge or a
# relative clause
_FUTURE_STOP = re.compile(r"[,;:]|\b(?:that|which|who|whose)\b", I)
# "due to the crackdown on protesters": a cause, not a plan ("due to take effect" is one)
_CAUSAL_DUE_TO = re.compile(
    r"\bdue\s+to\b(?!\s+(?:be|take|come|start|begin|go|expire|end|lapse|run)\b)", I
)

# a firm's nationality before its noun ("U.S. tech giant Google") in a story of competition
# law: the firm is punished, not its state (known firms of _FIRM_COUNTRY are read apart)
_CORPORATE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:giant|company|companies|firm|firms|group|maker|corporation|"
    r"conglomerate)\b",
    I,
)
_COMPETITION = re.compile(
    r"\b(?:antitrust|anti-trust|competition\s+(?:law|rules|authorit\w+|regulators?|commissioner|"
    r"watchdog|probe|case)|abus\w+\s+(?:its|their|a)\s+(?:dominan\w+|market)|"
    r"dominant\s+position|monopol\w*|fined)\b",
    I,
)

# ", which shipped goods illegally to Iran": a relative clause, no target of the measure
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|whose)\b", I)

# a passive: "Russia was sanctioned by the European Union", "new sanctions against Russia
# imposed by the EU": the side after "by" imposes, the subject (or object) is the target
_PASSIVE_VERB_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", I)
_BY_AGENT = re.compile(r"\s+by\s+", I)
_NOUN_IMPOSED_BY = re.compile(
    r"[^,;:.!?]{0,50}?\b(?:(?:was|were|been|being|is|are)\s+)?(?:imposed|placed|levied|slapped|"
    r"announced|adopted)\s+by\s+",
    I,
)
# "on Monday": a day, not the measure's object
_ON_OBJECT = re.compile(
    r"\b(?:on(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|against|"
    r"targeting|of)\s",
    I,
)


def _by_agent(sent: str, off: int, usable: list[Mention], pos: int) -> Mention | None:
    """The side named right after "by" at ``pos`` ("by the European Union")."""
    return next(
        (
            m
            for m in usable
            if 0 <= m.start - off - pos <= 5
            and not m.location
            and m.kind != "adjective"
            and re.fullmatch(r"(?:the\s+)?", sent[pos : m.start - off], I)
        ),
        None,
    )


def _passive_sides(
    sent: str, off: int, usable: list[Mention], t: re.Match
) -> tuple[Mention, list[Mention]] | None:
    """(imposer, targets) of a passive verb ("Three Russian banks were sanctioned by the
    United States"): the side after "by" imposes on the clause's subject."""
    if not t.group(0).lower().endswith("ed") or not _PASSIVE_VERB_BEFORE.search(
        sent, max(0, t.start() - 30), t.start()
    ):
        return None
    by = _BY_AGENT.match(sent, t.end())
    agent = _by_agent(sent, off, usable, by.end()) if by is not None else None
    if agent is None:
        return None
    ca = clause_of(sent, t.start())[0]
    subj = [
        m
        for m in usable
        if ca <= m.start - off
        and m.end - off <= t.start()
        and not m.location
        and (m.agent or m.kind == "adjective")
    ]
    targets = [m for m in _listed(sent, off, subj) if m.country != agent.country]
    return (agent, targets) if targets else None


# the addressee of an appeal: "called on NATO to", "urged Germany to"
_ADDRESSED = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:up)?on|urg(?:es|ed|ing)|appeal(?:s|ed|ing)?\s+to)\s+"
    r"(?:the\s+|fellow\s+|its\s+|his\s+|their\s+)?$",
    I,
)


def rule_sanctions(sent: str, off: int, ms: list[Mention], t: re.Match) -> list[Candidate]:
    window = sent[max(0, t.start() - 60) : t.end() + 80]
    if _threatened(sent, t) or _in_force_context(sent, t):
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
    if not imports and not called_off and not cancel_lifts and not _impose_cue(sent, t):
        return []
    if not imports and not called_off and _in_force(sent, t, window):
        return []
    # ("The Arab League imposed sanctions on Syria": a bloc, not a sports league)
    if re.search(
        r"\b(?:sports?|doping|football|olympic|fifa|uefa|(?<!arab )league|creditors?|pubs?)\b",
        sent,
        I,
    ):
        return []
    rel, rel_end = t.start() + off, t.end() + off
    usable = [m for m in ms if not m.former]
    passive = _passive_sides(sent, off, usable, t)
    # "new sanctions against Russia imposed by the European Union": the noun's imposer
    noun_by = _NOUN_IMPOSED_BY.match(sent, t.end()) if passive is None else None
    by_imposer = _by_agent(sent, off, usable, noun_by.end()) if noun_by is not None else None
    if noun_by is not None and by_imposer is not None:
        # sanctions in force described ("tough sanctions imposed by the U.S."), unless
        # another cue or a news day tells them new
        gap = noun_by.end() - t.end()
        blanked = sent[: t.end()] + " " + "~" * (gap - 2) + " " + sent[noun_by.end() :]
        if not _impose_cue(blanked, t) and not _NEWS_DATED.search(sent, t.end()):
            return []
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
    if passive is not None:
        imposer, hit_with = passive[0], []
    elif by_imposer is not None:
        imposer, hit_with = by_imposer, []
    if imposer is None:
        return []
    # "Trump Announces New Russia Sanctions", "blocked his own administration's Russia
    # sanctions": a country right before the noun, after another side, is the target
    compound_target = None
    if (
        passive is None
        and by_imposer is None
        and imposer.kind == "country"
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
    on = _ON_OBJECT.search(sent[t.end() : t.end() + 40])
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
    if passive is not None:
        targets = passive[1]
    elif hit_with:
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
    if not targets:
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
    if _COMPETITION.search(sent, *near_clause(sent, t.start(), t.end(), fwd=120)):
        # "The European Commission sanctioned U.S. tech giant Google for abusing its
        # dominance": a firm punished by a regulator, not its state
        targets = [m for m in targets if not _CORPORATE_AFTER.match(sent, m.end - off)]
    if (than := _THAN.search(sent, t.end(), t.end() + 60)) is not None:
        # "impose sanctions on Iraq heavier than those now imposed on Iran" (U004): the side
        # compared with is no target
        targets = [m for m in targets if m.start - off < than.start()]
    targets = [m for m in targets if m.start < rel_cut]
    # "... and called on NATO to become more involved in the Middle East" (allsides-4014): the
    # side an appeal addresses later in the sentence is no target
    targets = [
        m
        for m in targets
        if not _ADDRESSED.search(sent, max(t.end(), m.start - off - 30), m.start - off)
    ][:4]
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
    if (
        _EASED.search(ctx)
        or _ENDED_BEFORE.search(sent, max(0, t.start() - 70), t.start())
        or _ENDED_AFTER.match(sent, t.end())
    ):
        variant = "ease"
    if cancel_lifts:
        variant = "ease"
    # the status words of the measure's clause up to it, and after it only up to its reason
    # ("over plans to hold elections"), the clause's end or a relative clause ("imposed new
    # sanctions on Iran on Monday that will freeze the assets")
    stop = _FUTURE_STOP.search(sent, t.end(), t.end() + 60)
    hi = stop.start() if stop is not None else min(len(sent), t.end() + 60)
    if why is not None and why.start() < 60:
        hi = min(hi, t.end() + why.start())
    fut = _CAUSAL_DUE_TO.sub(
        lambda m: " " * len(m.group(0)),
        sent[max(clause_of(sent, t.start())[0], t.start() - 70) : hi],
    )
    if (
        FUTURE.search(fut)
        or re.search(r"\b(?:delay\w*|vow(?:s|ed)?|pledg\w*|prepar\w*|likely)\b", fut, I)
        # plans told in the measure's clause before it (not "over plans to hold elections")
        or _PLANS.search(sent, max(clause_of(sent, t.start())[0], t.start() - 70), t.start())
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


GATED_PATTERNS = _gate_sentence_patterns(globals())
