"""Event date phrases and their resolution against the publication time."""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}

# (never before a hyphen: "talks with Trump in Mar-a-Lago" names no March)
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?!-)"
DATE_RE = re.compile(
    rf"\b(?:on\s+)?(?:{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?"
    # (a range gives its first day: "on 28-29 June")
    rf"|(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+{_MONTH}(?:\s+(\d{{4}}))?"
    rf"|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    # (a sentence may open with them: "Yesterday, the ministers met", "Last week, Russia ...")
    rf"|((?i:last|next|this))\s+((?i:week|month|year))"
    rf"|((?i:yesterday|today|tomorrow))"
    # "gathered in Germany this past weekend for the G-7 summit" (S044), "over the weekend"
    rf"|((?i:this\s+past|last|this|over\s+the|next))\s+(?i:weekend)"
    # a day of the month alone, told with "on the": "they meet on the 26th" (not "on the 26th
    # floor", "on the 26th anniversary")
    rf"|(?<=on\s)the\s+(\d{{1,2}})(?:st|nd|rd|th)(?=\s*(?:[.,;]|$|\s(?:and|in|at|when|with)\b))"
    rf"|(?i:in)\s+{_MONTH}(?:\s+(\d{{4}}))?)\b"
)
# a capitalised "Today" after a capitalised word in running text names a medium ("told USA
# Today he would", "Russia Today"), not a day; a title-case headline's "Putin Today" is a day
_NAME_WORD = re.compile(r"[A-Z][\w'’.&-]*")
_SMALL_WORDS = frozenset({
    "a", "an", "the", "to", "of", "in", "on", "at", "and", "or", "for", "with", "by", "from",
    "as", "vs",
})  # fmt: skip


def _media_name(sentence: str, m: re.Match[str]) -> bool:
    """Is the match a capitalised "Today" (or "Yesterday", "Tomorrow") that ends a name?"""
    word = m.group(0)
    if word.lower() not in ("today", "yesterday", "tomorrow") or not word[0].isupper():
        return False
    if m.start() == 0 or not sentence[m.start() - 1].isspace():
        return False
    before = sentence[max(0, m.start() - 60) : m.start()].split()
    if not before or not _NAME_WORD.fullmatch(before[-1]):
        return False
    after = sentence[m.end() :].split(maxsplit=1)
    # running text: the nearest word beside the name that is no small word of a title is in
    # lower case
    near = [w for w in before[-4:-1] if w.lower() not in _SMALL_WORDS][-1:]
    near += [w for w in after[:1] if w.lower() not in _SMALL_WORDS]
    return any(w[0].islower() for w in near)


def find_date(sentence: str) -> tuple[str, int] | None:
    """The first date phrase of a sentence and its offset in the sentence."""
    m = DATE_RE.search(sentence)
    while m is not None and _media_name(sentence, m):
        m = DATE_RE.search(sentence, m.end())
    if not m:
        return None
    text = m.group(0)
    if text.lower().startswith("on "):
        return text[3:], m.start() + 3
    if text.lower().startswith("in "):
        return text[3:], m.start() + 3
    return text, m.start()


def resolve(phrase: str, published: date | None, future: bool = False) -> str | None:
    """ISO date for a phrase, using ``published`` for relative and year-less dates."""
    p = phrase.strip().rstrip(",").lower()
    m = re.match(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$", p)
    if m and m.group(1) in MONTHS:
        month, day_ = MONTHS[m.group(1)], int(m.group(2))
        if m.group(3):
            return _safe(int(m.group(3)), month, day_)
        if published is None:
            return None
        year = published.year
        cand = _safe(year, month, day_)
        # a past event dated months after publication belongs to the previous year
        if cand and not future and date.fromisoformat(cand) > published + timedelta(days=31):
            cand = _safe(year - 1, month, day_)
        # a coming event dated months before publication belongs to the next year: "the week
        # of Jan. 7" in a late-December story
        if cand and future and date.fromisoformat(cand) < published - timedelta(days=31):
            cand = _safe(year + 1, month, day_)
        return cand
    m = re.match(
        r"(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+([a-z]+)\.?(?:\s+(\d{4}))?$",
        p,
    )
    if m and m.group(2) in MONTHS:
        return resolve(
            f"{m.group(2)} {m.group(1)}" + (f", {m.group(3)}" if m.group(3) else ""),
            published,
            future,
        )
    if published is None:
        return None
    m = re.match(r"the\s+(\d{1,2})(?:st|nd|rd|th)$", p)
    if m:
        # the publication month's day; a coming day already past is next month's, a past day
        # still to come last month's
        y, mo, day_ = published.year, published.month, int(m.group(1))
        if future and day_ < published.day:
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        elif not future and day_ > published.day:
            y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
        return _safe(y, mo, day_)
    if p in WEEKDAYS:
        delta = (published.weekday() - WEEKDAYS[p]) % 7
        if future:
            fwd = (WEEKDAYS[p] - published.weekday()) % 7
            return (published + timedelta(days=fwd)).isoformat()
        return (published - timedelta(days=delta)).isoformat()
    if p == "yesterday":
        return (published - timedelta(days=1)).isoformat()
    if p == "today":
        return published.isoformat()
    if p == "tomorrow":
        return (published + timedelta(days=1)).isoformat()
    m = re.match(r"(this\s+past|last|this|over\s+the|next)\s+weekend$", p)
    if m:
        # the weekend's Saturday: the one before, or (a coming "this"/"next weekend") after
        wd = published.weekday()
        if m.group(1) == "this" and future and wd >= 5:
            # told on the weekend: this one
            return (published - timedelta(days=wd - 5)).isoformat()
        ahead = m.group(1) == "next" or (m.group(1) == "this" and future)
        if ahead:
            return (published + timedelta(days=(5 - wd) % 7 or 7)).isoformat()
        back = (wd - 5) % 7
        if m.group(1) == "last" and wd >= 5:
            back += 7  # told on the weekend: the one before
        return (published - timedelta(days=back)).isoformat()
    m = re.match(r"(last|next|this)\s+(week|month|year)$", p)
    if m:
        rel, unit = m.groups()
        step = {"last": -1, "next": 1, "this": 0}[rel]
        if unit == "week":
            d = published + timedelta(weeks=step)
            return (d - timedelta(days=d.weekday())).isoformat()
        if unit == "month":
            y, mo = published.year, published.month + step
            y, mo = (y - 1, 12) if mo < 1 else (y + 1, 1) if mo > 12 else (y, mo)
            return date(y, mo, 1).isoformat()
        return date(published.year + step, 1, 1).isoformat()
    m = re.match(r"([a-z]+)\.?(?:\s+(\d{4}))?$", p)
    if m and m.group(1) in MONTHS:
        year = int(m.group(2)) if m.group(2) else published.year
        if not m.group(2) and future and MONTHS[m.group(1)] < published.month - 1:
            year += 1  # a coming "January" told in November
        elif not m.group(2) and not future and MONTHS[m.group(1)] > published.month:
            year -= 1  # a past "November" told in February: last year's
        return date(year, MONTHS[m.group(1)], 1).isoformat()
    return None


def precision(phrase: str) -> int:
    """How narrowly a phrase dates an event: 2 a day ("Yesterday", "March 20"), 1 a week, 0 a
    month or year ("last month")."""
    p = phrase.strip().lower()
    m = re.match(r"(?:this\s+past|last|next|this|over\s+the)\s+(week|weekend|month|year)$", p)
    if m:
        return 1 if m.group(1) in ("week", "weekend") else 0
    if re.match(r"[a-z]+\.?(?:\s+\d{4})?$", p) and p.rstrip(".").split()[0] in MONTHS:
        return 0  # "February", "March 2018"
    return 2


def _safe(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None
