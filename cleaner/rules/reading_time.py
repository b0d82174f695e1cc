"""Reading time: recompute ``reading_time`` from the cleaned body.

Pipelines hard-code it, and cleaning changes the length anyway::

    reading_time: 20        # a post that is 4 minutes long once cleaned

becomes ``reading_time: 4``.  Minutes = CJK characters /
``cjk_chars_per_minute`` (500) + other words / ``words_per_minute`` (238),
rounded up, at least 1.  Only an existing key is rewritten; an integer stays
an integer, and a string with one number in it ("8 min read", "約8分")
keeps its wording.  Code, link targets and HTML tags are not counted.
"""

from __future__ import annotations

import math

from ..document import Document
from ..fixes import Fix
from ..frontmatter import ReadOnly
from ..patterns import compiled, lazy
from ..settings import Settings
from ..text import CJK_RUN, per_post_cache
from . import Rule

NAME = "reading_time"
KEY = "reading_time"
_WORD = lazy(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")
_LINK_TARGET = lazy(r"\]\([^)]*\)")
_TAG = lazy(r"<[^>]+>")
_URL = lazy(r"https?://\S+")


def count(doc: Document) -> tuple[int, int]:
    """(CJK characters, other words) in the body's readable text."""
    totals = [_count_block(b.text) for b in doc.blocks if b.kind not in ("code", "marker", "html", "verbatim")]
    return sum(c for c, _ in totals), sum(w for _, w in totals)


@per_post_cache(maxsize=8192)
def _count_block(text: str) -> tuple[int, int]:
    # per block and cached: the pipeline's second pass (and a batch's later
    # posts sharing boilerplate) count the same blocks again
    # (each pattern only where its literal part occurs: most paragraphs have
    # no link, tag or URL, and a scan per pattern was a third of the rule)
    if "](" in text:
        text = _LINK_TARGET.sub("] ", text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "://" in text:
        text = _URL.sub(" ", text)
    # one scan for both counts: each run of CJK letters becomes one space
    # (so that the words around it stay apart)
    latin_only, runs = CJK_RUN.subn(" ", text)
    cjk = len(text) - len(latin_only) + runs
    return cjk, len(_WORD.findall(latin_only))


def apply(doc: Document, settings: Settings) -> tuple[Document, list[Fix]]:
    """Set an existing ``reading_time`` to the cleaned body's reading time."""
    fm = doc.front_matter
    if fm is None or not fm.editable or KEY not in fm.data:
        return doc, []
    old = fm.get(KEY)
    cjk, words = count(doc)
    value = max(1, math.ceil(cjk / settings.cjk_chars_per_minute + words / settings.words_per_minute))
    line = fm.key_line(KEY) or 1
    if isinstance(old, bool):
        return doc, []
    if old is None or isinstance(old, (int, float)):
        new: object = value
    elif isinstance(old, str):
        numbers = list(compiled(r"\d+(?:\.\d+)?").finditer(old))
        if len(numbers) != 1:
            return doc, [Fix(NAME, "kept", (line, line), old, f"reading_time {old!r} has no single number to update (the body reads in {value} min)")]
        m = numbers[0]
        rest = old[m.end() :]
        # the unit agrees with the number: "5 minutes" → "1 minute" → "3 minutes"
        unit = compiled(r"(?i)^(\s*minute)s?\b").match(rest)
        if unit:
            rest = unit.group(1) + ("" if value == 1 else "s") + rest[unit.end() :]
        new = old[: m.start()] + str(value) + rest
    else:
        return doc, []
    if new == old:
        return doc, []
    try:
        fm = fm.with_value(KEY, new)
    except ReadOnly as exc:
        return doc, [Fix(NAME, "kept", (line, line), str(old), f"reading_time not rewritten: {exc}")]
    basis = f"{cjk} CJK characters at {settings.cjk_chars_per_minute}/min + {words} words at {settings.words_per_minute}/min"
    return doc.with_front_matter(fm), [Fix(NAME, "edited", (line, line), f"{old} → {new}", f"recomputed from the cleaned body: {basis}")]


RULE = Rule(NAME, "Recompute an existing reading_time from the cleaned body (CJK characters and words per minute).", apply)
