"""The folder articlefix keeps its caches in, and reading them safely.

``$ARTICLEFIX_CACHE_DIR``, else ``$XDG_CACHE_HOME/articlefix`` (by default
``~/.cache/articlefix``); an empty ``ARTICLEFIX_CACHE_DIR`` turns every
cache off.  Two caches live there: compiled patterns (``patterns.py``) and
the posts already known to be clean (``known_clean.py``).  Both are plain
data written with ``marshal`` (nothing is executed on reading), written
atomically, and read only when the file belongs to the user and nobody
else can write it; anything wrong with a cache file and it is ignored.
"""

from __future__ import annotations

import marshal
import os
from pathlib import Path


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
    import tempfile  # here: it costs more to import than a cache file to read

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(data))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        return False
    return True
