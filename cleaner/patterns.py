"""Regular expressions compiled on first use.

The ``regex`` module compiles in Python, slowly: the monologue rule's
fifty patterns cost about 50 ms, as much as importing typer.  Most runs
need only some of them (a Japanese post never reaches the English
patterns, a clean paragraph only the gates), so a rule module declares its
patterns with ``lazy()`` and each is compiled the first time it is used.
"""

from __future__ import annotations

import regex

_METHODS = ("search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split")


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
        compiled = regex.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
