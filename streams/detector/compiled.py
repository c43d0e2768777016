"""Use a mypyc build of the detector's modules when one exists for the exact current sources.

``scripts/build_compiled_detector.py`` (run by ``make venv``) compiles ``COMPILED_MODULES``
out of tree, into ``<repo>/.cache/compiled/<key>/`` with a ``manifest.json``, where the key is
the sha256 of every source the build reads (the compiled modules and the pure ``rules``
package and ``model.py`` whose types they are compiled against) and of the interpreter's extension
ABI. ``activate`` runs when ``streams.detector`` is imported: it hashes the sources (~1 ms),
and only when a build with that key exists, is complete and loads, puts its directory first
on the package's ``__path__``, so the compiled modules are imported in place of the .py
files (all of them or none). Anything else (``WIRE_ALERTS_PURE_PYTHON`` set to a non-empty
value, no build, an edited source, a failed load) leaves the pure-Python package as it is.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
import sysconfig
from pathlib import Path

#: the modules compiled with mypyc; the rules and model.py stay pure (speed7: rule bodies
#: change often, and tests subclass the model's classes)
COMPILED_MODULES = (
    "engine",
    "mentions",
    "text",
    "literals",
    "literal_scan",
    "scan",
    "branches",
    "dates",
    "gazetteer",
)
#: pure modules (or packages: every module in them) the compiled ones import: they are
#: compiled against these modules' types (mypyc checks values against annotations, and may
#: inline their constants)
TYPED_AGAINST = ("rules", "model")
#: the build's shared library (one for all modules; each module's .so is a shim into it)
GROUP = "wire_alerts_detector"
#: bumped when the layout of a build changes
BUILD_FORMAT = 1
PURE_ENV = "WIRE_ALERTS_PURE_PYTHON"
CACHE_ENV = "WIRE_ALERTS_COMPILED_DIR"
SOURCE_DIR = Path(__file__).resolve().parent


def cache_root() -> Path:
    """Where builds live: ``$WIRE_ALERTS_COMPILED_DIR``, else ``.cache/compiled`` beside the
    ``streams`` package (the repository root in an editable install)."""
    env = os.environ.get(CACHE_ENV)
    return Path(env) if env else SOURCE_DIR.parents[1] / ".cache" / "compiled"


def ext_suffix() -> str:
    return str(sysconfig.get_config_var("EXT_SUFFIX") or importlib.machinery.EXTENSION_SUFFIXES[0])


def read_sources(source_dir: Path = SOURCE_DIR) -> dict[str, bytes]:
    """The bytes of every source a build reads, by module path (``rules/visit`` for a module
    of a package)."""
    out = {}
    for m in COMPILED_MODULES + TYPED_AGAINST:
        if (source_dir / m).is_dir():
            for path in sorted((source_dir / m).glob("*.py")):
                out[f"{m}/{path.stem}"] = path.read_bytes()
        else:
            out[m] = (source_dir / f"{m}.py").read_bytes()
    return out


def build_key(sources: dict[str, bytes], suffix: str | None = None) -> str:
    """sha256 of the sources, the module list, the build format and the extension ABI."""
    h = hashlib.sha256(f"{BUILD_FORMAT}\0{suffix or ext_suffix()}\0".encode())
    h.update(" ".join(COMPILED_MODULES).encode() + b"\0")
    for name in sorted(sources):
        h.update(name.encode() + b"\0" + hashlib.sha256(sources[name]).digest())
    return h.hexdigest()


def module_files(build: Path, suffix: str | None = None) -> list[Path]:
    """The files a complete build has: the group library and one shim per module."""
    suffix = suffix or ext_suffix()
    pkg = build / "streams" / "detector"
    return [build / f"{GROUP}__mypyc{suffix}"] + [pkg / f"{m}{suffix}" for m in COMPILED_MODULES]


def find_build(root: Path | None = None, source_dir: Path = SOURCE_DIR) -> tuple[Path | None, str]:
    """The build for the current sources, or None and why not."""
    root = root or cache_root()
    try:
        key = build_key(read_sources(source_dir))
    except OSError as e:  # a source missing (e.g. an install without .py files)
        return None, f"sources unreadable ({e})"
    build = root / key
    try:
        manifest = json.loads((build / "manifest.json").read_text())
    except (OSError, ValueError):
        return None, "no build for the current sources"
    if manifest.get("key") != key or manifest.get("format") != BUILD_FORMAT:
        return None, "build manifest does not match the current sources"
    missing = [p.name for p in module_files(build) if not p.is_file()]
    if missing:
        return None, f"build incomplete (missing {', '.join(missing)})"
    return build, "ok"


def activate(package_path: list[str], root: Path | None = None) -> tuple[bool, str]:
    """Put the build for the current sources first on ``package_path`` (the package's
    ``__path__``) when there is one and it loads: (True, the build's directory), else
    (False, why not) with ``package_path`` unchanged."""
    if os.environ.get(PURE_ENV):
        return False, f"{PURE_ENV} is set"
    build, why = find_build(root)
    if build is None:
        return False, why
    lib_name, lib_path = f"{GROUP}__mypyc", module_files(build)[0]
    loaded = sys.modules.get(lib_name)
    if loaded is not None:  # activated before in this process: only with the same build
        if getattr(loaded, "__file__", None) != str(lib_path):
            return False, f"another build is loaded ({getattr(loaded, '__file__', None)})"
    else:
        try:
            loader = importlib.machinery.ExtensionFileLoader(lib_name, str(lib_path))
            spec = importlib.util.spec_from_file_location(lib_name, lib_path, loader=loader)
            lib = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
            loader.exec_module(lib)
        except (ImportError, OSError) as e:
            return False, f"build does not load ({e})"
        sys.modules[lib_name] = lib  # each module's shim imports it by this name
    pkg_dir = str(build / "streams" / "detector")
    if pkg_dir not in package_path:
        package_path.insert(0, pkg_dir)
    return True, str(build)
