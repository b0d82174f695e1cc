"""The units the rule compares (sentences, items, paragraphs) and the
index that finds their repeats: exact by hashing, contained fragments by
binary search, near ones by blocking on their ends before rapidfuzz."""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field

from ...document import Block
from ...settings import Settings
from .wording import _DIGITS, _extends, _negated, ONE_GO_NEAR_RATIO, _OPENER, _OTHER_OPENER_CHARS, _ratio

NAME = "dedup"
_BLOCK_KEY = 12  # characters of a key used for fuzzy blocking
_BUCKET_CAP = 32  # candidates compared per blocking bucket (see _capped)


class _Unit:
    """A sentence (or list item) of a kept block, mutable while the rule runs.

    A plain class with slots, not a dataclass: one is made per sentence of
    the post, twice per run, and this is the rule's commonest allocation."""

    __slots__ = ("text", "key", "line", "alive", "para", "history", "dup_of", "near_of", "children", "section", "_figures")

    def __init__(self, text: str, key: str, line: int, para: "_Para | None" = None):
        self.text = text  # with its white space, exactly as in the input
        self.key = key
        self.line = line
        self.alive = True
        self.para = para
        #: keys of every wording this unit stood for (a near-duplicate that
        #: is more complete may replace it only if it is close to all of them)
        self.history: list[str] = []
        #: the kept unit this one repeats (set when it is removed as a repeat)
        self.dup_of: "_Unit | None" = None
        #: the kept unit this one repeats in other words (removed as a near-duplicate)
        self.near_of: "_Unit | None" = None
        #: of a list item: its sentences as indexed (they die with the item)
        self.children: list["_Unit"] = []
        #: the headings (and bold label lines) it stands under, outermost first
        self.section: tuple[str, ...] = ()
        self._figures: tuple[str, list[str]] | None = None

    @property
    def figures(self) -> list[str]:
        """The numbers in the wording: different figures, different facts."""
        cached = self._figures
        if cached is None or cached[0] != self.key:
            cached = self._figures = (self.key, _DIGITS.findall(self.key))
        return cached[1]


@dataclass(eq=False)
class _Para:
    block: Block
    units: list[_Unit]
    prefix: str = ""  # "## " of a heading
    changed: bool = False
    notes: list[str] = field(default_factory=list)

    def render(self) -> str:
        out = self.prefix
        for u in self.units:
            if not u.alive:
                continue
            if out and not out[-1].isspace() and out[-1].isascii() and u.text[:1].isascii() and not u.text[:1].isspace():
                out += " "  # a sentence moved next to another one (Latin text needs a space)
            # (right after a heading's mark, a unit that followed a removed one loses its leading space)
            out += u.text.lstrip(" \t") if self.prefix and out == self.prefix else u.text
        return out.rstrip()

    def alive_keys(self) -> list[str]:
        return [u.key for u in self.units if u.alive]


@dataclass(eq=False)
class _ListEntry:
    block: Block
    items: list[_Unit]
    notes: list[str] = field(default_factory=list)


class _Index:
    """Every unit kept so far, for the duplicate checks."""

    def __init__(self, settings: Settings, short_fragments: bool = False):
        self.min_chars = settings.min_dup_chars
        #: short fragments are kept for completion only where "unfinished"
        #: means a chunk stopped there (sentences), not for every list item
        self.keeps_short_fragments = short_fragments
        self.near_ratio = settings.near_dup_ratio
        #: in a post written in one go (see ``near``)
        self.one_go = False
        self.min_near = settings.min_near_dup_chars
        self.exact: dict[str, _Unit] = {}
        self.short: dict[str, _Unit] = {}
        self.forward: list[str] = []  # sorted keys, for "is a prefix of"
        self.backward: list[str] = []  # sorted reversed keys, for "is a suffix of"
        self.heads: dict[str, list[_Unit]] = defaultdict(list)
        self.tails: dict[str, list[_Unit]] = defaultdict(list)
        self.fragments: dict[str, list[_Unit]] = defaultdict(list)
        #: short ones ("FuriosaAIが掲", "ZRE"), by their first character
        self.short_fragments: dict[str, list[_Unit]] = defaultdict(list)

    def add(self, unit: _Unit, unfinished: bool = False) -> None:
        key = unit.key
        if len(key) < self.min_chars:
            self.short.setdefault(key, unit)
            if unfinished and self.keeps_short_fragments:
                self.short_fragments[key[:1]].append(unit)
            return
        if key in self.exact and self.exact[key].alive:
            return
        self.exact[key] = unit
        bisect.insort(self.forward, key)
        bisect.insort(self.backward, key[::-1])
        self.heads[key[:_BLOCK_KEY]].append(unit)
        self.tails[key[-_BLOCK_KEY:]].append(unit)
        if unfinished:
            self.fragments[key[:_BLOCK_KEY]].append(unit)

    def find(self, key: str) -> tuple[_Unit, str] | None:
        """A kept unit that ``key`` repeats whole or in part, and how."""
        if len(key) < self.min_chars:
            return None
        hit = self.exact.get(key)
        if hit is not None and hit.alive:
            return hit, "duplicate of line {line}"
        # a kept key that starts with this one, then one that ends with it
        # (reversed keys, sorted); written out twice: a loop over the two
        # built its tuples for every sentence of the post
        keys = self.forward
        i = bisect.bisect_left(keys, key)
        while i < len(keys) and keys[i].startswith(key):
            owner = self.exact.get(keys[i])
            if owner is not None and owner.alive:
                return owner, "contained in line {line}"
            i += 1
        keys, probe = self.backward, key[::-1]
        i = bisect.bisect_left(keys, probe)
        while i < len(keys) and keys[i].startswith(probe):
            owner = self.exact.get(keys[i][::-1])
            if owner is not None and owner.alive:
                return owner, "contained in line {line}"
            i += 1
        return None

    def near(self, key: str, text: str | None = None) -> _Unit | None:
        """A kept unit worded nearly as ``key``; with its wording ``text``,
        one that says "not" as often (a sentence's test, not a paragraph's:
        a paragraph's is checked sentence by sentence)."""
        if len(key) < self.min_near:
            return None
        heads, tails = self.heads.get(key[:_BLOCK_KEY]), self.tails.get(key[-_BLOCK_KEY:])
        if not heads and not tails:
            return None  # the usual case: nothing kept starts or ends like it
        seen: set[int] = set()
        figures = negations = None  # found when a candidate of a close length needs them
        low, high = len(key) * 0.8, len(key) / 0.8
        for unit in _capped(heads) + _capped(tails):
            if id(unit) in seen or not unit.alive or unit.key == key:
                continue
            seen.add(id(unit))
            # cheap tests first: a close length, the same figures, then rapidfuzz
            if not low <= len(unit.key) <= high:
                continue
            if figures is None:
                figures = _DIGITS.findall(key)
            if unit.figures != figures:
                continue
            # "The first month was easy." / "…was not easy.": close wordings
            # that say opposite things are two statements, both kept
            if text is not None:
                if negations is None:
                    negations = _negated(text)
                if _negated(unit.text) != negations:
                    continue
            if _ratio(unit.key, key, self.near_ratio):
                if self.one_go and not (_ratio(unit.key, key, ONE_GO_NEAR_RATIO) or _extends(unit.key, key) or _extends(key, unit.key)):
                    # a post written in one go says parallel things in parallel
                    # words ("Shorthand for marking a suite as `TODO`." / "…as
                    # `only`.", "The billing team could not log in…" / "The
                    # support team…"): there a near-duplicate differs by a typo,
                    # or one copy says all of the other and more
                    continue
                return unit
        return None

    def unfinished_prefix_of(self, key: str) -> _Unit | None:
        """A kept unfinished fragment that ``key`` completes."""
        for unit in (*self.fragments.get(key[:_BLOCK_KEY], ()), *self.short_fragments.get(key[:1], ())):
            if unit.alive and key.startswith(unit.key) and key != unit.key:
                return unit
        return None

    def said_after_opener(self, key: str) -> _Unit | None:
        """A kept sentence that ``key`` repeats (whole, or its start or end)
        after an opener ("その", "また、", "So, ")."""
        m = _OPENER.match(key)
        if m is None or len(key) - m.end() < self.min_chars:
            return None
        rest = key[m.end() :]
        hit = self.find(rest)
        if hit is None or 0 < len(hit[0].key) - len(rest) <= _OTHER_OPENER_CHARS and hit[0].key.endswith(rest):
            # "もちろん、X" after "しかし、X": the same words under another
            # opener say it another way - both stay, as other rewordings do
            return None
        return hit[0]

    def said(self, key: str) -> bool:
        """Was ``key`` kept whole before (a short one too: "皆さん、こんにちは。")?"""
        hit = self.exact.get(key) or self.short.get(key)
        return hit is not None and hit.alive

    def completing(self, key: str) -> _Unit | None:
        """A kept sentence that opens with ``key`` and goes on: what a
        fragment too short for ``find`` was cut from."""
        keys = self.forward
        i = bisect.bisect_left(keys, key)
        while i < len(keys) and keys[i].startswith(key):
            owner = self.exact.get(keys[i])
            if owner is not None and owner.alive and keys[i] != key:
                return owner
            i += 1
        return None

def _capped(bucket: list[_Unit] | None) -> list[_Unit]:
    """The candidates of a blocking bucket worth comparing.

    A bucket grows large only when many sentences share their first or last
    characters (a stock phrase such as "…と言えるでしょう。"); comparing with
    all of them would make the rule quadratic.  The oldest few and the most
    recent ones are kept: a repeat copies either the opening of the post or
    what was just written."""
    if not bucket:
        return []
    if len(bucket) <= _BUCKET_CAP:
        return bucket
    return bucket[: _BUCKET_CAP // 4] + bucket[-(_BUCKET_CAP - _BUCKET_CAP // 4) :]

