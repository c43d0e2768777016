"""The guard around the mypyc build of the detector (``streams/detector/compiled.py``).

The loader tests need no compiler: they fake builds in a temporary cache. The last test
compares the compiled build with pure Python on dev.jsonl when a build for the current
sources exists (``make venv`` / ``make compiled-detector`` make one).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from streams.detector import compiled

DEV = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev.jsonl"
LIB = f"{compiled.GROUP}__mypyc"


def fake_build(root: Path, sources: dict[str, bytes], content: bytes = b"") -> Path:
    """A build directory for ``sources`` with a manifest and every file (not loadable)."""
    key = compiled.build_key(sources)
    build = root / key
    for path in compiled.module_files(build):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    manifest = {"format": compiled.BUILD_FORMAT, "key": key}
    (build / "manifest.json").write_text(json.dumps(manifest))
    return build


@pytest.fixture
def no_pure_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(compiled.PURE_ENV, raising=False)


def test_a_build_for_the_current_sources_is_found(tmp_path: Path) -> None:
    build = fake_build(tmp_path, compiled.read_sources())
    assert compiled.find_build(tmp_path) == (build, "ok")


def test_missing_build_means_pure(tmp_path: Path, no_pure_env: None) -> None:
    path = ["src"]
    found, why = compiled.activate(path, root=tmp_path / "nothing")
    assert not found and "no build" in why
    assert path == ["src"]


def test_an_edited_source_means_pure(tmp_path: Path, no_pure_env: None) -> None:
    """A build of the sources as they were is not used once one of them changes."""
    src = tmp_path / "src"
    shutil.copytree(compiled.SOURCE_DIR, src, ignore=shutil.ignore_patterns("__pycache__", "data"))
    fake_build(tmp_path / "cache", compiled.read_sources(src))
    assert compiled.find_build(tmp_path / "cache", source_dir=src)[0] is not None
    # a compiled module, and a pure one compiled against (a module of the rules package)
    for name in ("engine", "rules/meeting"):
        edited = src / f"{name}.py"
        before = edited.read_bytes()
        edited.write_bytes(before + b"\n# edited\n")
        build, why = compiled.find_build(tmp_path / "cache", source_dir=src)
        assert build is None and "no build for the current sources" in why
        edited.write_bytes(before)
    # a module added to the rules package is a source of the build too
    (src / "rules" / "extra.py").write_text("X = 1\n")
    build, why = compiled.find_build(tmp_path / "cache", source_dir=src)
    assert build is None and "no build for the current sources" in why


def test_a_manifest_of_other_sources_or_a_partial_build_means_pure(tmp_path: Path) -> None:
    build = fake_build(tmp_path, compiled.read_sources())
    manifest = build / "manifest.json"
    manifest.write_text(json.dumps({"format": compiled.BUILD_FORMAT, "key": "0" * 64}))
    assert compiled.find_build(tmp_path) == (
        None,
        "build manifest does not match the current sources",
    )
    build = fake_build(tmp_path, compiled.read_sources())
    compiled.module_files(build)[1].unlink()
    found, why = compiled.find_build(tmp_path)
    assert found is None and why.startswith("build incomplete")


def test_env_var_means_pure_even_with_a_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_build(tmp_path, compiled.read_sources())
    monkeypatch.setenv(compiled.PURE_ENV, "1")
    path = ["src"]
    assert compiled.activate(path, root=tmp_path) == (False, f"{compiled.PURE_ENV} is set")
    assert path == ["src"]


def test_a_build_that_does_not_load_means_pure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_pure_env: None
) -> None:
    """Files that are not extension modules (or of another ABI): ImportError, pure."""
    fake_build(tmp_path, compiled.read_sources(), content=b"not a shared object")
    monkeypatch.delitem(sys.modules, LIB, raising=False)  # as in a fresh process
    path = ["src"]
    found, why = compiled.activate(path, root=tmp_path)
    assert not found and why.startswith("build does not load")
    assert path == ["src"] and LIB not in sys.modules


def test_another_loaded_build_is_not_mixed_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_pure_env: None
) -> None:
    fake_build(tmp_path, compiled.read_sources())
    monkeypatch.setitem(sys.modules, LIB, type(sys)(LIB))  # loaded from elsewhere
    path = ["src"]
    found, why = compiled.activate(path, root=tmp_path)
    assert not found and why.startswith("another build is loaded")
    assert path == ["src"]


def _child(env: dict[str, str], code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )


def test_a_fresh_process_reports_its_mode(tmp_path: Path) -> None:
    code = "import streams.detector as d; print(d.COMPILED, d.COMPILED_STATUS)"
    out = _child({compiled.PURE_ENV: "1"}, code).stdout
    assert out.startswith("False") and compiled.PURE_ENV in out
    env = {compiled.PURE_ENV: "", compiled.CACHE_ENV: str(tmp_path)}  # an empty cache
    assert _child(env, code).stdout.startswith("False no build")


def test_compiled_and_pure_detect_the_same_events_on_dev() -> None:
    build, why = compiled.find_build()
    if build is None:
        msg = f"no compiled detector for the current sources ({why}): make compiled-detector"
        if os.environ.get("WIRE_ALERTS_REQUIRE_COMPILED"):
            # CI has a C compiler: a failed mypyc build (a type error mypy does not forgive
            # in compiled modules) must fail here, not leave the worker on pure Python
            pytest.fail(msg)
        pytest.skip(msg)
    if not DEV.exists():
        pytest.skip("shared/eval/dev.jsonl not available")
    code = (
        "import sys, streams.detector as d; print(d.COMPILED, file=sys.stderr);"
        f"from streams.cli import main; sys.exit(main(['detect', {str(DEV)!r}]))"
    )
    pure = _child({compiled.PURE_ENV: "1"}, code)
    native = _child({compiled.PURE_ENV: ""}, code)
    assert (pure.stderr.strip(), native.stderr.strip()) == ("False", "True")
    assert pure.stdout.count("\n") > 50  # events, one per line (113 on 122 stories)
    assert native.stdout == pure.stdout
