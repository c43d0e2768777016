"""Both schemas are valid JSON Schema 2020-12, their examples validate, and the code agrees."""

from __future__ import annotations

import copy
import json

import fastjsonschema
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from streams import dedupe, publish
from streams.detector import Story, detect
from streams.ingest import IncomingStory, parse_languages, parse_story
from streams.schemas import (
    ALERT_SCHEMA,
    SCHEMA_DIR,
    STORY_SCHEMA,
    fast_check,
    first_error,
    load_schema,
    validator,
)

SAMPLES = SCHEMA_DIR.parent / "streams" / "samples" / "stories.jsonl"


@pytest.fixture(scope="module")
def samples() -> list[dict]:
    return [json.loads(line) for line in SAMPLES.read_text().splitlines() if line.strip()]


def test_bundled_samples_are_valid_stories(samples: list[dict]) -> None:
    assert len(samples) >= 30 and SAMPLES.stat().st_size < 200_000
    assert samples[0]["headline"] == "Russia says Trump invited Putin to U.S. during phone call"
    assert len({s["id"] for s in samples}) == len(samples)
    assert {"Reuters", "BBC News", "CNN", "HuffPost"} <= {s["agency"] for s in samples}
    for s in samples:
        assert [e.message for e in validator(STORY_SCHEMA).iter_errors(s)] == []


@pytest.mark.parametrize("name", [STORY_SCHEMA, ALERT_SCHEMA])
def test_schema_is_valid_2020_12(name: str) -> None:
    schema = json.loads((SCHEMA_DIR / name).read_text())
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert schema["examples"], "every schema carries examples"


@pytest.mark.parametrize("name", [STORY_SCHEMA, ALERT_SCHEMA])
def test_every_example_validates(name: str) -> None:
    v = validator(name)
    for example in load_schema(name)["examples"]:
        errors = [e.message for e in v.iter_errors(example)]
        assert errors == []


def test_story_examples_pass_ingest() -> None:
    for example in load_schema(STORY_SCHEMA)["examples"]:
        result = parse_story(
            orjson.dumps(example), max_body_bytes=1 << 20, languages=parse_languages("en")
        )
        assert isinstance(result, IncomingStory)


def test_alert_examples_are_consistent() -> None:
    for ex in load_schema(ALERT_SCHEMA)["examples"]:
        origin = f"{ex['sources'][0]['story_id']}@{ex['sources'][0]['version']}"
        assert ex["alert_id"] == dedupe.alert_id(ex["event_key"], ex["sequence"], origin)
        assert ex["type"] == ex["event"]["type"] == ex["event_key"].split("|")[0]
        assert (ex["status"] == "new") == (ex["sequence"] == 0)
        assert ex["corroboration_count"] == ex["metrics"]["corroboration_count"]
        assert ex["sources"][-1]["story_id"] == ex["story"]["id"]


@pytest.mark.parametrize(
    "mutate",
    [
        lambda a: a.pop("alert_id"),
        lambda a: a.update(priority="P0"),
        lambda a: a.update(status="deleted"),
        lambda a: a.update(alert_id="XYZ"),
        lambda a: a["event"].update(type="coup"),
        lambda a: a["event"]["actors"][0].update(role="spy"),
        lambda a: a["timestamps"].update(published="yesterday"),
        lambda a: a.update(extra_field=1),
        lambda a: a["metrics"].pop("worker_id"),
    ],
)
def test_alert_schema_rejects_broken_alerts(mutate) -> None:
    alert = copy.deepcopy(load_schema(ALERT_SCHEMA)["examples"][0])
    mutate(alert)
    assert list(validator(ALERT_SCHEMA).iter_errors(alert))


def test_built_alerts_from_the_real_detector_validate(samples: list[dict]) -> None:
    """The detector's events on the seed story, through dedupe and publish, fit the schema."""
    seed = samples[0]
    story = Story(seed["id"], seed["headline"], seed["body"], None, seed["agency"])
    events = [e.to_dict() for e in detect(story)]
    assert events, "the detector finds events in the seed story"
    story_ref = {
        "id": "seed",
        "version": 1,
        "agency": "Reuters",
        "headline": seed["headline"],
        "published": None,
        "language": "en",
        "url": None,
        "topic": "wire.stories",
        "partition": 0,
        "offset": 0,
    }
    entry = None
    items = []
    for i, ev in enumerate(events):
        s = dedupe.Sighting(
            ev["type"],
            ev["status"],
            dedupe.pair_key(ev),
            ev["date"],
            1e9,
            "Reuters",
            "seed",
            1,
            "t:0:0",
        )
        entry, d = dedupe.decide(entry, s, now=1e9, window=3600)
        items.append(
            {
                "index": i,
                "event": ev,
                "story": story_ref,
                "decision": d.to_dict(),
                "ingested": 1e9,
                "detected": 1e9 + 0.01,
                "detection_ms": 10.0,
            }
        )
    for item in items:
        alert = publish.build_alert(item, items, published_at=1e9 + 0.02, worker_id="w")
        assert [e.message for e in validator(ALERT_SCHEMA).iter_errors(alert)] == []
        assert len(alert["links"]) == len(items) - 1


_FIELD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=7),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-3, max_value=7),
    st.sampled_from(["", " ", "x", " x", "en", "en-GB", "e", "2018-04-06T09:12:00Z"]),
    st.sampled_from(["2018-04-06T09:12:00", "2018-04-06", "EN_us", "a" * 2001, "x\n"]),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@settings(max_examples=400, deadline=None)
@given(
    changes=st.dictionaries(
        st.sampled_from(
            ["id", "version", "agency", "headline", "body", "published", "language", "url",
             "slug", "priority", "extra"]
        ),
        _FIELD_VALUES,
        max_size=3,
    ),
    dropped=st.sets(st.sampled_from(["id", "version", "body", "published", "url"]), max_size=2),
)  # fmt: skip
def test_fast_story_check_agrees_with_jsonschema(changes: dict, dropped: set) -> None:
    """Stories are judged exactly as jsonschema 2020-12 judges them; the fast path
    (fastjsonschema) never passes a story jsonschema rejects. It may reject one jsonschema
    accepts (e.g. an id "x\\n": 2020-12's pattern "$" matches before a final newline), and
    then jsonschema decides."""
    doc = {**load_schema(STORY_SCHEMA)["examples"][0], **changes}
    for key in dropped:
        doc.pop(key, None)
    valid = validator(STORY_SCHEMA).is_valid(doc)
    try:
        fast_check(STORY_SCHEMA)(doc)
        assert valid, doc
    except fastjsonschema.JsonSchemaException:
        pass
    assert (first_error(STORY_SCHEMA, doc) is None) == valid


def test_fast_check_rejection_is_decided_by_jsonschema() -> None:
    doc = {**load_schema(STORY_SCHEMA)["examples"][0], "id": "x\n"}
    with pytest.raises(fastjsonschema.JsonSchemaException):
        fast_check(STORY_SCHEMA)(doc)
    assert validator(STORY_SCHEMA).is_valid(doc)
    assert first_error(STORY_SCHEMA, doc) is None
