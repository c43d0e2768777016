"""Labeled sets kept without their text: a record that names a story of the shared corpus
(``corpus_id``) gets the story's headline, body and date from ``stories.jsonl.gz``.

The project's own labeled sets (``eval/corpus/*.jsonl``) are stored this way, so the repository
holds labels, never the publishers' text.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import orjson

#: ``shared/`` sits beside the repository checkout (as in CI).
DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "stories.jsonl.gz"


# the corpus writes every record's keys in one order, "id" first (shared/corpus/README.md)
_LEADING_ID = re.compile(rb'\{\s*"id"\s*:\s*"([^"\\]*)"')


class LabelSetError(ValueError):
    """A labeled record names a corpus story that cannot be found."""


def attach_text(records: list[dict], corpus: Path | None = None) -> list[dict]:
    """Return ``records`` with headline, text and published filled in for ``corpus_id`` records."""
    want = {r["corpus_id"] for r in records if "corpus_id" in r and "text" not in r}
    if not want:
        return records
    path = corpus or DEFAULT_CORPUS
    if not path.exists():
        raise LabelSetError(f"records name corpus stories but the corpus is missing: {path}")
    found: dict[str, dict] = {}
    with gzip.open(path, "rb") as fh:
        for line in fh:
            # the id leads each record: parse only the records wanted
            lead = _LEADING_ID.match(line)
            if not line.strip() or lead is not None and lead.group(1).decode() not in want:
                continue
            story = orjson.loads(line)
            if story["id"] in want:
                found[story["id"]] = story
    missing = sorted(want - found.keys())
    if missing:
        raise LabelSetError(f"{len(missing)} corpus ids not in {path}: {', '.join(missing[:5])}")
    out = []
    for r in records:
        if r.get("corpus_id") in found and "text" not in r:
            s = found[r["corpus_id"]]
            r = {**r, "headline": s["headline"], "text": s["body"], "agency": s.get("agency")}
            if not r.get("published") and s.get("published"):
                r["published"] = s["published"][:10]
        out.append(r)
    return out
