"""Posts already known to be clean, so that a run over a folder of thousands
of posts cleans only the ones that changed since the last run (the cache of
black and ruff).

A post is remembered when a run found nothing in it at all: no fix, no note,
no error, no no-article verdict - so skipping it later prints and reports
exactly what cleaning it would.  An entry is the post's size, modification
time and content digest, under the settings the post was cleaned with; the
cache file itself is keyed by articlefix's code (``cachedir.code_fingerprint``:
its version, the size and time of each of its modules, so an edited rule
invalidates it, and the ``regex`` and Python versions).  Any change and the
post is cleaned again.

When is a remembered post "the same"?  Same size and modification time, as
black decides - unless that time was within two seconds of the moment the
post was read: a file changed again within the file system's clock tick
can keep its time (git's "racily clean" entries), so such a post is read
and its digest compared instead.  A post whose time changed but whose bytes
did not (a ``git checkout``, a ``touch``) is recognised by its digest too.
The cache lives in articlefix's cache folder (``cachedir.py``);
``--no-cache`` or an empty ``ARTICLEFIX_CACHE_DIR`` turn it off.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from .cachedir import cache_root, code_fingerprint, drop_stale_files, read_private, write_private
from .settings import Settings

_FORMAT = 1
#: a modification time this close to the moment of reading is not trusted
_RACY_NS = 2_000_000_000


def digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def stamp_of(size: int, mtime_ns: int, data: bytes) -> tuple[int, int, bytes, int]:
    """What a worker hands back for a clean post: the size and time of the
    file it read, the digest of the bytes, and when it read them."""
    return (size, mtime_ns, digest(data), time.time_ns())


def _settings_key(settings: Settings) -> str:
    return hashlib.blake2b(repr(settings).encode(), digest_size=8).hexdigest()


class KnownClean:
    """The cache of one run: look posts up, remember clean ones, save once."""

    def __init__(self, path: Path | None):
        self.path = path
        self.entries: dict[str, tuple] = read_private(path)
        self.new: dict[str, tuple] = {}
        self._keys: dict[int, tuple[Settings, str]] = {}

    @classmethod
    def open(cls) -> "KnownClean | None":
        """The cache for this installation, or None when caching is off."""
        root = cache_root()
        if root is None:
            return None
        return cls(root / f"clean-{_FORMAT}-{code_fingerprint()}.marshal")

    def _key(self, settings: Settings) -> str:
        # one Settings object serves many posts: its repr is hashed once
        known = self._keys.get(id(settings))
        if known is None or known[0] is not settings:
            known = self._keys[id(settings)] = (settings, _settings_key(settings))
        return known[1]

    def holds(self, path: Path, settings: Settings) -> bool:
        """Whether ``path`` is, byte for byte, a post found clean with these settings."""
        name = os.path.abspath(path)
        try:
            size, mtime_ns, known_digest, read_ns, key = self.entries[name]
        except (KeyError, TypeError, ValueError):  # unknown, or not an entry of this format
            return False
        if key != self._key(settings):
            return False
        try:
            st = os.stat(path)
        except OSError:
            return False
        if st.st_size != size:
            return False
        if st.st_mtime_ns == mtime_ns and mtime_ns < read_ns - _RACY_NS:
            return True
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            return False
        if digest(data) != known_digest:
            return False
        # the same bytes: remember the time it has now (settled or not)
        self.new[name] = (st.st_size, st.st_mtime_ns, known_digest, time.time_ns(), key)
        return True

    def remember(self, path: Path, settings: Settings, stamp: tuple[int, int, bytes, int]) -> None:
        self.new[os.path.abspath(path)] = (*stamp, self._key(settings))

    def save(self) -> None:
        """Add this run's clean posts to the cache file (merged with what
        another run may have written meanwhile)."""
        if not self.new or self.path is None:
            return
        merged = {**read_private(self.path), **self.entries, **self.new}
        if write_private(self.path, merged):
            drop_stale_files(self.path, "clean")
        self.entries, self.new = merged, {}
