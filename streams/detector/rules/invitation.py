"""The summit_invitation rule (invitations, offers, acceptances and refusals).

The patterns and helpers only this rule uses (what several rules share is in ``common``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from streams.detector.mentions import Mention
from streams.detector.rules.common import (
    DECLINE,
    DENY,
    GENERIC,
    HYPOTHETICAL,
    Candidate,
    I,
    _agents,
    _distinct_countries,
    _gate_sentence_patterns,
    _left,
    _listed,
    _offered_talks,
    _places,
    _right,
    _wishful,
    cancelled,
    generic_before,
    near_clause,
)
from streams.detector.text import clause_of

ACCEPT = re.compile(
    r"\baccept(?:s|ed|ing)?\b|\btake up\b|\btook up\b|\bagreed to (?:attend|meet|visit)\b|\battends?\b|\battending\b",
    I,
)


# the infinitive of the invitation, no acceptance: "Trump invited French President Emmanuel
# Macron to attend the G7 summit"
_INVITED_TO_ATTEND = re.compile(r"\b(?:invit\w*|ask\w*)\b[^.;:]{0,80}?\bto\s+(attend)\b", I)


def _accepted(text: str) -> bool:
    """An acceptance told in ``text`` (not the "to attend" an invitation asks for)."""
    for m in _INVITED_TO_ATTEND.finditer(text):
        text = text[: m.start(1)] + " " * len(m.group(1)) + text[m.end(1) :]
    return bool(ACCEPT.search(text))


# a withdrawal of something else than the invitation: "to discuss the withdrawal of U.S. troops
# from Syria" (not "withdrew his invitation", "withdrew from the summit")
_OTHER_WITHDRAWAL = re.compile(
    r"\bwithdr[ae]w\w*\b(?!\s+(?:from\b|(?:(?:his|her|its|their|the|an?|this|that)\s+)?"
    r"(?:[\w-]+\s+)?(?:invitation|invite)))",
    I,
)
_NOT_INVITED = re.compile(r"\bnot\s+(?:(?:be|been|being)\s+)?invited\b", I)


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
    # ("Theresa May will skip": the name, not the modal)
    r"\b(?:threat\w*|consider\w*|weigh\w*|(?-i:may)|might|could|if|unless|whether|risk\w*|"
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
# talks with a side named after the trigger ("resume talks with the Palestinians")
_WITH_SIDE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?with\s+(?:the\s+)?", I)
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
    with_side = _WITH_SIDE.match(sent, t.end())
    if with_side is not None and any(
        m.start - off == with_side.end() and m.country not in (inviter.country, None) for m in ag
    ):
        return []  # "called on Israel to resume talks with the Palestinians": a third side's appeal
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


_OWNER_GAP = re.compile(r"['’]s\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,2}?", I)


def _owner_of_next(sent: str, off: int, ms: list[Mention], m: Mention) -> bool:
    """Is ``m`` a country named as the owner of the person right after it ("China's Xi",
    "North Korea's leader Kim Jong Un")?"""
    return m.kind in ("country", "gov") and any(
        n.start > m.start
        and n.country == m.country
        and n.kind in ("person", "title")
        and _OWNER_GAP.fullmatch(sent, m.end - off, n.start - off)
        for n in ms
    )


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
    # (but "invited Zarif to join talks in Biarritz": to join a meeting is to come and talk)
    if re.search(
        r"\bto (?:join\b(?!.{0,40}\b(?:summit|talks|meeting|negotiations)\b)|(?:testify|apply|bid|"
        r"submit|play|perform|sing|compete)\b|become\s+(?:(?:a|an|full|full-fledged)\s+)?"
        r"(?:members?|membership)\b)|\bmembership\b",
        after[:60],
    ):
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
    # a habitual word far after the invitation is about something else; one just after it
    # makes it habitual ("has invited Abbott on numerous occasions"), but not the summit's
    # "annual" ("invited Modi to the annual India-Russia summit")
    if (
        generic_before(sent, t.start())
        or any(
            g.group(0).lower() != "annual" for g in GENERIC.finditer(sent, t.end(), t.end() + 60)
        )
        or re.search(
            r"\b(?:when|if|once)\b[^.]{0,40}\b(?:ready|willing|agrees?)\b",
            sent[max(0, t.start() - 45) :],
            I,
        )
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
            # (not "has not invited": an active verb negated)
            r"\b(?:was|were|been|be|being|is|are)\s+(?:not\s+)?(?:\w+\s+)?$",
            before,
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
    elif trig.startswith("invitation") or (
        trig == "invite" and re.search(r"(?:['’]s|\b(?:an|the|his|her))\s*$", before)
    ):
        # noun: "Putin's invite", "Trump's invitation to meet Kim", "an invitation from X"
        poss = [m for m in left if sent[m.end - off : m.end - off + 2] in ("'s", "’s")]
        frm = re.match(r"\s*(?:from|by)\s", after)
        if poss:
            inviter = [poss[-1]]
            others = [m for m in ag if m is not poss[-1] and m.country != poss[-1].country]
            # "N.Korea's Kim accepts Moon's invitation": the person after the possessive
            # country is the one invited, not the country
            others = [m for m in others if not _owner_of_next(sent, off, others, m)]
            invitee = [m for m in others if m.end <= poss[-1].start][:1] or others[:2]
        elif frm:
            inviter = right[:1]
            invitee = [m for m in left if m.country not in {x.country for x in inviter}][-1:]
        elif (
            left
            and right
            and re.search(r"\b(?:his|her|its|their)\s*$", before)
            and re.fullmatch(r"\s+to\s+", sent[t.end() : right[0].start - off])
        ):
            # "Trump threatened to withdraw his invitation to Putin": the subject's, to the side
            inviter = left[-1:]
            invitee = [m for m in right[:1] if m.country != inviter[0].country]
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
    if cancelled(
        _OTHER_WITHDRAWAL.sub(lambda m: " " * len(m.group(0)), window)
    ) or _NOT_INVITED.search(window):
        status = "cancelled"
    elif DENY.search(window):
        status = "denied"
    elif DECLINE.search(window):
        status = "declined"
    elif _accepted(sent[max(ca, t.start() - 60) : min(cb, t.end() + 60)]) and not re.search(
        # (a wish or a weighing in the invitation's own stretch: not "..., and Pyongyang is
        # considering a new missile test")
        r"\bwould love to\b|\bconsider",
        sent[max(ca, t.start() - 60) : min(cb, near_clause(sent, t.start(), t.end())[1])],
        I,
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


GATED_PATTERNS = _gate_sentence_patterns(globals())
