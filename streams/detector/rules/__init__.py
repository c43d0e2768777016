"""Trigger patterns and role assignment for the seven event types: one module per type
(`call`, `invitation`, `visit`, `meeting`, `agreement`, `expulsion`, `sanctions`), and
`common` for what several share. ``RULES`` maps each event type to its rule.
"""

from __future__ import annotations

from streams.detector.rules.agreement import (
    rule_agreement,
)
from streams.detector.rules.call import (
    rule_call,
)
from streams.detector.rules.common import (
    _BOUNDARY_CHARS,
    KEYWORDS,
    TRIGGERS_LC,
    Candidate,
    lower_same_length,
    many_party_pact,
    talks_as_process,
)
from streams.detector.rules.expulsion import (
    rule_expulsion,
)
from streams.detector.rules.invitation import (
    rule_invitation,
)
from streams.detector.rules.meeting import (
    rule_meeting,
)
from streams.detector.rules.sanctions import (
    rule_sanctions,
)
from streams.detector.rules.visit import (
    rule_visit,
)

RULES = {
    "leader_call": rule_call,
    "summit_invitation": rule_invitation,
    "state_visit": rule_visit,
    "leaders_meeting": rule_meeting,
    "agreement": rule_agreement,
    "diplomatic_expulsion": rule_expulsion,
    "sanctions": rule_sanctions,
}

__all__ = [
    "Candidate",
    "KEYWORDS",
    "RULES",
    "TRIGGERS_LC",
    "_BOUNDARY_CHARS",
    "lower_same_length",
    "many_party_pact",
    "rule_agreement",
    "rule_call",
    "rule_expulsion",
    "rule_invitation",
    "rule_meeting",
    "rule_sanctions",
    "rule_visit",
    "talks_as_process",
]
