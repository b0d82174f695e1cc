"""The folder articlefix keeps its caches in, and reading them safely.

``$ARTICLEFIX_CACHE_DIR``, else ``$XDG_CACHE_HOME/articlefix`` (by default
``~/.cache/articlefix``); an empty ``ARTICLEFIX_CACHE_DIR`` turns every
cache off.  Two caches live there: compiled patterns (``patterns.py``) and
the posts already known to be clean (``known_clean.py``).  Both are plain
data written with ``marshal`` (nothing is executed on reading), written
atomically, and read only when the file belongs to the user and nobody
else can write it; anything wrong with a cache file and it is ignored.

Both are kept per version of articlefix's code (``code_fingerprint``), and
only the few versions used last are kept: a cache that outlived its code
would only grow (the patterns of every past version, read on every run).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from pathlib import Path

#: cache files kept per kind, one per code version (two installations used
#: in turn keep theirs; an editable install makes a new one per edit)
KEEP_VERSIONS = 4
_FINGERPRINT: list[str] = []


def code_fingerprint() -> str:
    """articlefix's own code as it is installed (the size and time of each
    module: an edited module, in an editable install, is a new version),
    its version, and the Python and ``regex`` versions."""
    if not _FINGERPRINT:
        import regex

        from . import __version__

        h = hashlib.blake2b(digest_size=8)
        h.update(f"{__version__} {sys.version} regex {regex.__version__}".encode())
        package = os.path.dirname(os.path.abspath(__file__))
        found = []
        for folder, dirs, files in os.walk(package):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            found += [os.path.join(folder, f) for f in files if f.endswith(".py")]
        for path in sorted(found):
            st = os.stat(path)
            h.update(f"{os.path.relpath(path, package)} {st.st_size} {st.st_mtime_ns}\n".encode())
        _FINGERPRINT.append(h.hexdigest())
    return _FINGERPRINT[0]


def drop_stale_files(current: Path, kind: str) -> None:
    """Remove the ``{kind}-*.marshal`` files of all but the code versions used
    last (``current`` and the KEEP_VERSIONS - 1 written most recently)."""
    def written(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    others = sorted((p for p in current.parent.glob(f"{kind}-*.marshal") if p != current), key=written, reverse=True)
    for stale in others[KEEP_VERSIONS - 1 :]:
        try:
            stale.unlink()
        except OSError:
            pass


def cache_root() -> Path | None:
    """The cache folder, or None when caching is off."""
    root = os.environ.get("ARTICLEFIX_CACHE_DIR")
    if root == "":
        return None
    if root is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        root = os.path.join(base, "articlefix")
    return Path(root)


def read_private(path: Path | None) -> dict:
    """The dict marshalled in ``path``; {} when it is missing, unreadable,
    not a dict, or writable by somebody else."""
    if path is None:
        return {}
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            if (hasattr(os, "getuid") and st.st_uid != os.getuid()) or st.st_mode & 0o022:
                return {}  # somebody else could have written it
            data = marshal.loads(f.read())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def write_private(path: Path, data: dict) -> bool:
    """Marshal ``data`` into ``path`` atomically; False when it cannot be
    written (a read-only home: no cache, nothing else changes)."""
    # (io's temp-file writer, not tempfile: importing tempfile costs a
    # one-post run more than reading its cache files)
    from .io import write_atomic

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, marshal.dumps(data), mode=0o600)
    except (OSError, ValueError):
        return False
    return True
