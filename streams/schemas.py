"""The JSON Schemas of the pipeline's messages (``schemas/*.json``), loaded and compiled once."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
STORY_SCHEMA = "story.v1.json"
ALERT_SCHEMA = "alert.v1.json"


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The parsed schema document ``schemas/<name>``."""
    with open(SCHEMA_DIR / name, "rb") as fh:
        return json.load(fh)


@cache
def validator(name: str) -> Draft202012Validator:
    """A compiled JSON Schema 2020-12 validator for ``schemas/<name>`` (built once)."""
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@cache
def fast_check(name: str) -> Any:
    """``schemas/<name>`` compiled to Python code by fastjsonschema (~20x faster than
    jsonschema on a story). fastjsonschema knows drafts 4-7 only; our schemas use no keyword
    that differs from draft 7, so it compiles them as draft 7 (formats are annotations in
    2020-12, so not asserted). Only used to pass valid documents quickly: any document it
    rejects is judged, and its error described, by jsonschema."""
    schema = {**load_schema(name), "$schema": "http://json-schema.org/draft-07/schema#"}
    return fastjsonschema.compile(schema, use_formats=False)


def first_error(name: str, instance: Any) -> str | None:
    """A one-line description of the first violation, or ``None`` when ``instance`` is valid."""
    try:
        fast_check(name)(instance)
        return None
    except fastjsonschema.JsonSchemaException:
        pass
    err = next(iter(validator(name).iter_errors(instance)), None)
    if err is None:
        return None
    where = "/".join(str(p) for p in err.absolute_path) or "(root)"
    return f"{where}: {err.message}"[:500]
