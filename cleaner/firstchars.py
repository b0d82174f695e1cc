"""Fast "does any of these words occur?" scans for long alternations.

A rule's anchor - a list of dozens of words, one of which a sentence must
contain before its patterns are tried - is searched in every paragraph of
every post.  Tried word by word at each position, a long alternation costs
most of the rule's time.  Led by a lookahead on the set of characters any
alternative can start with, stdlib ``re`` skips the positions where no word
starts in one fast class scan: 3-4 times faster on our posts, same matches.

The set is computed from the parsed pattern, so it cannot fall out of step
with the words; a pattern whose first characters cannot be listed (a
negated class, a category, an optional start) is simply compiled as it is.
"""

from __future__ import annotations

import re


def _first(items) -> set[int] | None:
    """Code points a match of the parsed sequence ``items`` can start with,
    or None when they cannot be listed (or the sequence can match empty)."""
    try:
        from re import _constants as c  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as c  # type: ignore[no-redef]
    for op, av in items:
        if op is c.AT:  # ^ $ \b: zero width, look at what follows
            continue
        if op is c.LITERAL:
            return {av}
        if op is c.IN:
            out: set[int] = set()
            for iop, iav in av:
                if iop is c.LITERAL:
                    out.add(iav)
                elif iop is c.RANGE and iav[1] - iav[0] < 256:
                    out.update(range(iav[0], iav[1] + 1))
                else:
                    return None
            return out
        if op is c.BRANCH:
            out = set()
            for branch in av[1]:
                got = _first(list(branch))
                if got is None:
                    return None
                out |= got
            return out
        if op is c.SUBPATTERN:
            return _first(list(av[-1]))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            return _first(list(av[2]))
        return None
    return None


def compile_led(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern)``, led by a lookahead on its first characters
    when they can be listed (case-sensitive patterns only).  Both the led
    pattern and its compiled code are kept in the pattern cache
    (cleaner/patterns.py): parsing a long alternation twice cost 10 ms a
    pattern on every run."""
    from .patterns import compiled_std, remembered

    led = remembered(("led", pattern, int(flags)), lambda: _led_source(pattern, flags))
    return compiled_std(led, flags)


def _led_source(pattern: str, flags: int) -> str:
    try:
        from re import _parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as parser  # type: ignore[no-redef]
    chars = None
    if not flags & re.I:
        try:
            chars = _first(list(parser.parse(pattern, flags)))
        except Exception:  # private API changed: no lead, same matches
            chars = None
    if not chars:
        return pattern
    cls = "".join(re.escape(chr(ch)) for ch in sorted(chars))
    return f"(?=[{cls}])(?:{pattern})"


class LazyLed:
    """``compile_led(pattern)`` on first use (start-up stays fast)."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern | None = None

    def search(self, text: str, *args):
        if self._compiled is None:
            self._compiled = compile_led(self.pattern, self.flags)
        return self._compiled.search(text, *args)
