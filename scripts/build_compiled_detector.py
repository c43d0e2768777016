"""Compile the detector's hot modules with mypyc, out of tree (``make venv`` runs this).

The build goes to ``.cache/compiled/<key>/`` (``streams.detector.compiled``: the key hashes
the exact sources compiled), never next to the sources, and is used by ``streams.detector``
only while the sources still hash to that key. The sources are copied to a temporary
directory first, so what is compiled is exactly what was hashed even if a file is edited
meanwhile. A build that fails (no mypy, no C compiler, a mypyc error) prints one warning
line and exits 0: the pure-Python detector keeps working. The full log is kept in
``.cache/compiled/build.log``.

Usage: python scripts/build_compiled_detector.py [--force] [--keep 3] [--strict]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from streams.detector import compiled

# run by the build subprocess in the snapshot directory: argv = out_dir, temp_dir, c_dir, *paths
_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify

out, tmp, c_dir, *paths = sys.argv[1:]
setup(
    name="wire-alerts-detector-compiled",
    ext_modules=mypycify(
        ["--ignore-missing-imports", "--follow-imports=silent", *paths],
        opt_level="2",
        group_name=GROUP,
        target_dir=c_dir,
    ),
    script_args=["build_ext", "--build-lib", out, "--build-temp", tmp],
)
"""


def snapshot(sources: dict[str, bytes], root: Path) -> list[str]:
    """Write the sources under ``root/streams/detector`` (empty package ``__init__``s, so
    mypy reads only what was hashed); the paths to compile, relative to ``root``."""
    pkg = root / "streams" / "detector"
    pkg.mkdir(parents=True)
    (root / "streams" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    for name, data in sources.items():
        (pkg / f"{name}.py").parent.mkdir(parents=True, exist_ok=True)
        (pkg / f"{name}.py").write_bytes(data)
    return [f"streams/detector/{m}.py" for m in compiled.COMPILED_MODULES]


def prune(cache: Path, keep: int, current: Path) -> None:
    """Remove all but the ``keep`` newest builds (the current one always stays)."""
    builds = sorted(
        (p for p in cache.iterdir() if (p / "manifest.json").is_file() and p != current),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in builds[max(0, keep - 1) :]:
        shutil.rmtree(old, ignore_errors=True)


def build(force: bool, keep: int) -> str:
    """Build for the current sources unless a build exists; a one-line outcome."""
    cache = compiled.cache_root()
    sources = compiled.read_sources()
    key = compiled.build_key(sources)
    final = cache / key
    if not force and compiled.find_build(cache)[0] == final:
        return f"compiled detector up to date ({final})"
    try:
        import mypy.version
        import mypyc.build  # noqa: F401
    except ImportError as e:
        raise RuntimeError(f"mypyc not installed ({e})") from None
    cache.mkdir(parents=True, exist_ok=True)
    log_path = cache / "build.log"
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="build-", dir=cache) as work:
        work_dir = Path(work)
        src, out = work_dir / "src", work_dir / "out"
        paths = snapshot(sources, src)
        code = _SETUP.replace("GROUP", repr(compiled.GROUP))
        args = [str(out), str(work_dir / "tmp"), str(work_dir / "c"), *paths]
        with log_path.open("w") as log:
            rc = subprocess.call(
                [sys.executable, "-c", code, *args],
                cwd=src,
                stdout=log,
                stderr=subprocess.STDOUT,
                env={**os.environ, "MYPY_CACHE_DIR": str(work_dir / "mypy_cache")},
            )
        if rc != 0:
            raise RuntimeError(f"mypyc build failed (exit {rc}; log: {log_path})")
        missing = [p.name for p in compiled.module_files(out) if not p.is_file()]
        if missing:
            raise RuntimeError(f"mypyc build lacks {', '.join(missing)} (log: {log_path})")
        manifest = {
            "format": compiled.BUILD_FORMAT,
            "key": key,
            "modules": list(compiled.COMPILED_MODULES),
            "sources_sha256": {n: hashlib.sha256(b).hexdigest() for n, b in sources.items()},
            "ext_suffix": compiled.ext_suffix(),
            "python": sys.version,
            "mypy": mypy.version.__version__,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "build_seconds": round(time.perf_counter() - started, 1),
        }
        (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
        if compiled.find_build(cache)[0] == final and not force:
            return f"compiled detector up to date (built meanwhile: {final})"
        if final.exists():
            shutil.rmtree(final)
        out.rename(final)  # same filesystem: the build appears whole or not at all
    prune(cache, keep, final)
    return f"compiled detector built in {manifest['build_seconds']:.0f}s ({final})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--force", action="store_true", help="rebuild even if a build exists")
    ap.add_argument("--keep", type=int, default=3, help="builds kept in the cache (default 3)")
    ap.add_argument("--strict", action="store_true", help="exit 1 if the build fails")
    args = ap.parse_args()
    try:
        print(build(args.force, args.keep), file=sys.stderr)
    except Exception as e:  # never fail the install: the pure detector works without it
        print(f"warning: compiled detector not built, pure Python is used: {e}", file=sys.stderr)
        return 1 if args.strict else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
