"""What both languages' evidence shares: the levels, the context of a
sentence, the literal gates in front of the patterns, script detection."""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from ...patterns import lazy
from ...text import CJK_RUN, contains_any, count_letters

X = regex.I | regex.X
HARD, MEDIUM, SOFT = 3, 2, 1
#: points needed to remove a sentence, per strictness
THRESHOLD = {1: 4, 2: 3, 3: 2}


_ATTRIBUTION = lazy(r"\b(?:said|says|stated|according\ to|told|wrote|announced)\b|[“”\"「」]", X)
_FIRST_PERSON_VERB = lazy(r"^I\ (?:said|wrote|told|announced)\b")


def _attributed(text: str) -> bool:
    """Words quoted from someone ("…, said the CEO", "「…」と語った"), not the
    writer's own "I wrote it for…"."""
    return bool(_ATTRIBUTION.search(text)) and not _FIRST_PERSON_VERB.match(text)


class Ctx(NamedTuple):
    language: str
    start: bool  # at the start of the post or of a chunk
    end: bool  # at the end of the post or of a chunk
    strictness: int
    #: right under a thought summary's bold label ("**Framing the Question**")
    labelled: bool = False

    @property
    def threshold(self) -> int:
        return THRESHOLD.get(self.strictness, 3)


# starts at a word start only: one try per word, not one per letter
_THREE_WORDS = lazy(r"(?<![A-Za-z])[A-Za-z]{2,}(?:[^A-Za-z]+[A-Za-z]{2,}){2}")


_JA_GATE = lazy(r"[\p{Hiragana}\p{Katakana}\p{Han}【（(]")


def _cjk_share(text: str) -> float:
    cjk, latin = count_letters(text)
    return cjk / (cjk + latin) if cjk + latin else 0.0


def _foreign(text: str, language: str) -> bool:
    """Is ``text`` in another script than the article?"""
    if language == "ja":
        if not _THREE_WORDS.search(text):
            return False
        # CJK letters over all characters bound the share from below: one
        # scan settles the usual mixed sentence ("GoogleのGemini 3.0は…")
        if 10 * sum(map(len, CJK_RUN.findall(text))) >= len(text):
            return False
        return _cjk_share(text) < 0.1
    return bool(_JA_GATE.search(text)) and _cjk_share(text) > 0.5


class _Gated:
    """A pattern tried only when one of its literal words is in the text: a
    sentence that passed the anchor is tried against some fifty patterns,
    and ``in`` rules most of them out twenty times faster than a search."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern, *words: str):
        self.pattern, self.words = pattern, words

    def search(self, text: str):
        return self.pattern.search(text) if self._has_word(text) else None

    def _has_word(self, text: str) -> bool:
        return contains_any(text, self.words)


class _GatedI(_Gated):
    """``_Gated`` for the English patterns, which ignore case: the words are
    looked for in the lower-cased sentence (lowered once for all of them)."""

    __slots__ = ()

    def _has_word(self, text: str) -> bool:
        return super()._has_word(_lowered(text))


_lowered = functools.lru_cache(maxsize=4)(str.lower)


def first_match(bare: str, table, level: int) -> tuple[int, str] | None:
    """``(level, evidence)`` for the first of ``table``'s (pattern, what)
    pairs found in ``bare``, or None."""
    for pattern, what in table:
        m = pattern.search(bare)
        if m:
            return level, f"{what} “{m.group(0)}”"
    return None
