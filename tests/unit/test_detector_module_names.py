"""No detector module binds a top-level name twice: a second ``_X = re.compile(...)`` further
down silently replaces the first for every rule that reads it (a sanctions pattern once
replaced a meeting rule's pattern of the same name)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import streams.detector

DETECTOR = Path(streams.detector.__file__).resolve().parent


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return sorted(n for n, k in names.items() if k > 1)


def test_no_detector_module_binds_a_top_level_name_twice() -> None:
    sources = sorted(DETECTOR.rglob("*.py"))
    assert len(sources) > 10
    twice = {str(p.relative_to(DETECTOR)): n for p in sources if (n := _bound_twice(p))}
    assert twice == {}


def test_the_check_sees_a_name_bound_twice(tmp_path: Path) -> None:
    src = tmp_path / "m.py"
    src.write_text(
        'import re\n_X = re.compile("a")\n\n\ndef f():\n    return _X\n\n\n_X = re.compile("b")\n'
    )
    assert _bound_twice(src) == ["_X"]
