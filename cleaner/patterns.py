"""Regular expressions compiled on first use, and compiled only once per
machine.

The ``regex`` module compiles in Python, slowly: the rules' 150 patterns
cost about 100 ms, more than the rest of a pre-commit run on one post.  So:

* a module declares its patterns with ``lazy()``; each is compiled the
  first time it is used (a Japanese post never reaches the English
  patterns);
* a compiled pattern's code is kept in a cache file, like Python's own
  ``__pycache__``, in articlefix's cache folder (``cachedir.py``: by default
  ``~/.cache/articlefix``; an empty ``ARTICLEFIX_CACHE_DIR`` turns it off).
  Loading a pattern from it takes 1/20th of compiling it.  The file is
  keyed by articlefix's code and the ``regex`` and Python versions (the
  patterns of past versions would only make it longer to read: 1.6 MB
  and 4.5 ms after a few upgrades, against 0.3 MB and 1.3 ms); anything
  wrong with it and the pattern is simply compiled.

The few patterns that run faster on the standard library's engine
(``firstchars.compile_led``) are kept in the same file through
``compiled_std``: their compiled code is plain integers too.
"""

from __future__ import annotations

from pathlib import Path

import regex

from .cachedir import cache_root, code_fingerprint, drop_stale_files, read_private, write_private

_METHODS = ("search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split")
_FORMAT = 1


class LazyPattern:
    """Stands for ``regex.compile(pattern, flags)`` until first used; then
    its methods are the compiled pattern's own (no indirection left)."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str):
        # called only for attributes not set yet: compile, then bind the
        # compiled pattern's methods onto this object
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = _STORE.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)


def cache_file() -> Path | None:
    """Where compiled patterns are kept (None: caching is off)."""
    root = cache_root()
    if root is None:
        return None
    return root / f"patterns-{_FORMAT}-{code_fingerprint()}.marshal"


class _Store:
    def __init__(self) -> None:
        self.known: dict[tuple[str, int], tuple] | None = None
        self.new: dict[tuple[str, int], tuple] = {}

    def cached(self, key: tuple):
        """What the cache file holds for ``key`` (read on first use), or None."""
        if self.known is None:
            self.known = read_private(cache_file())
        return self.known.get(key)

    def compile(self, pattern: str, flags: int):
        key = (pattern, int(flags))  # a plain int: marshal cannot store a RegexFlag
        data = self.cached(key)
        if data is not None:
            try:
                from regex import _regex

                return _regex.compile(*data)
            except Exception:  # another regex build's code: compile anew
                self.known.pop(key, None)
        compiled = regex.compile(pattern, flags)
        data = getattr(compiled, "_pickled_data", None)  # what regex's own pickling keeps
        if data is not None:
            self.new[key] = data
        return compiled

    def compile_std(self, pattern: str, flags: int):
        """``re.compile`` (the standard library's engine), its compiled code
        kept in the same cache: the engine's parser is Python too, and a
        long alternation costs milliseconds to compile on every run."""
        import re

        key = ("re", pattern, int(flags))
        data = self.cached(key)
        if data is not None:
            try:
                import _sre

                flags_, code, groups, groupindex, indexgroup = data
                return _sre.compile(pattern, flags_, code, groups, groupindex, indexgroup)
            except Exception:  # another Python's engine: compile anew
                self.known.pop(key, None)
        try:  # what re._compiler.compile does, keeping the parts it builds
            from re import _compiler, _parser
            import _sre

            parsed = _parser.parse(pattern, flags)
            code = _compiler._code(parsed, flags)
            groupindex = dict(parsed.state.groupdict)
            indexgroup = [None] * parsed.state.groups
            for name, index in groupindex.items():
                indexgroup[index] = name
            # (opcodes are int subclasses with names: plain ints for marshal)
            data = (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup))
            compiled = _sre.compile(pattern, *data)
        except Exception:  # private API changed: the public way, not cached
            return re.compile(pattern, flags)
        self.new[key] = data
        return compiled

    def save(self) -> None:
        """Add the patterns compiled in this process to the cache file."""
        path = cache_file()
        if not self.new or path is None:
            return
        merged = {**read_private(path), **(self.known or {}), **self.new}
        if not write_private(path, merged):
            return
        drop_stale_files(path, "patterns")
        self.known = merged
        self.new = {}


_STORE = _Store()


def save_cache() -> None:
    """Persist newly compiled patterns (cheap when there are none)."""
    _STORE.save()


def remembered(key: tuple, make):
    """A small value (str, number, tuple) derived from a pattern, kept in the
    cache with the compiled patterns."""
    value = _STORE.cached(key)
    if value is None:
        value = _STORE.new.get(key)
    if value is None:
        value = _STORE.new[key] = make()
    return value


def compiled_std(pattern: str, flags: int = 0):
    """``re.compile(pattern, flags)`` through the cache (see ``_Store.compile_std``)."""
    return _STORE.compile_std(pattern, flags)


_MEMO: dict[tuple[str, int], object] = {}


def compiled(pattern: str, flags: int = 0):
    """``regex.compile`` through the cache, for patterns made at run time
    (seam markers and boilerplate from the settings, a key's name)."""
    key = (pattern, int(flags))
    found = _MEMO.get(key)
    if found is None:
        found = _MEMO[key] = _STORE.compile(pattern, flags)
    return found
