"""Duplicate and near-duplicate text: keep one copy, drop the repeats.

Continuations repeat what was already written - a paragraph's last sentence
as a paragraph of its own, whole runs of paragraphs after a restart, a
"flattened" copy of many paragraphs joined into one line, or the same
paragraph with a few words changed::

    今回の規制は大きな転換点となるでしょう。正直なところ、私にもまだ確たる答えは見えていません。

    正直なところ、私にもまだ確たる答えは見えていません。      <- removed: contained in line 1

The first occurrence stays where it is (with the more complete wording of a
near-duplicate); later copies go, sentence by sentence, so that any new
sentence in a repeated paragraph survives in reading order.  A paragraph that
repeats the end of the one before it and then goes on is merged into it.

Never touched: code, tables, HTML, quotes, ``articlefix: off`` regions.
Units shorter than ``min_dup_chars`` (16 characters without white space by
default) are never removed on their own: short lines such as "詳細はこちら",
"Read more" or a table-of-contents link repeat legitimately, while a real
sentence of the corpus is rarely that short.  They go only together with the
paragraph that repeats them.  Lists lose whole repeated items, never words
inside an item; headings go when they repeat an earlier heading.

Two wordings that say "not" (ない, ません) a different number of times are
two statements, never merged ("If the values do match" / "do not match").
In a post written in one go (no seam, no chat turn) a writer repeats on
purpose: a short sentence or item (``ONE_GO_LINE_CHARS``) under other
headings, and a list's own item, stay.

Cost is linear in the size of the post: exact and normalised repeats are
found by hashing, contained fragments by binary search in sorted keys, and
fuzzy candidates by blocking on the first/last characters before rapidfuzz
compares a handful of pairs.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field

from ..document import ITEM_MARK, LABEL_ONLY_ITEM, Block, Document, tidy_gaps
from ..fixes import Fix
from ..patterns import lazy
from ..settings import Settings
from ..text import Sentence, ends_sentence, excerpt, norm, per_post_cache, split_sentences, starts_mid_sentence
from . import Rule

NAME = "dedup"
#: a heading of at most this many characters (white space left out) is a label
_LABEL_CHARS = 60
_DIGITS = lazy(r"\d+(?:[.,]\d+)*")
_BLOCK_KEY = 12  # characters of a key used for fuzzy blocking
_BUCKET_CAP = 32  # candidates compared per blocking bucket (see _capped)
_LIST_ITEM = lazy(r"^( {0,8})(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
_HEADING_MARK = lazy(r"^ {0,3}#{1,6}[ \t]*")
#: a line set in bold as a section label ("**未来への展望**", "__Why now?__:")
_BOLD_LINE = lazy(r"^(\*\*|__)[^\n]+\1[:：]?$")
#: a repeat right after its copy with fewer letters than this is left:
#: "No." or 「いや。」 said twice may be meant
_MIN_STUTTER = 3
_LETTER = lazy(r"[\p{L}\p{N}]")
#: the rank of a label that is not a heading (below "######")
_LOWEST = 7
#: in a post with no seam or chat turn, a sentence or item this short
#: (characters without white space) that repeats one under other headings is
#: a writer's: a refrain closing each section, "Updated dependencies." in
#: each release, "詳しくはお問い合わせください。" under each question.  A
#: model looping in one reply repeats within a section, or whole sections
#: with their headings, and those repeats still go
ONE_GO_LINE_CHARS = 60
#: a fuzzy match must also keep every sentence of the dropped copy this close
_SENTENCE_KEEP_RATIO = 85
#: a line of dialogue, a speaker's words in quotes: said twice, it was said
#: twice ("ボット：「申し訳ありませんが…」" again in a transcript)
_SPOKEN = lazy(r"^(?:[^\s「」“”\"：:]{1,20}[：:]\s*)?[「“\"][^「」“”\"]+[」”\"]$")
#: the dots a continuation opens with ("…その結果、", "...and then"), or the
#: dash a flattened copy opens with ("― 見出しの言葉…"): not part of the key
_LEADING_DOTS = lazy(r"^\s*(?:…+|\.{3,}|[―—]+)\s*")
_DOT_STARTS = frozenset("….―—")
#: the dash a flattened copy may open with, before the title's words
_DASHES = lazy(r"^[―—]+\s*")
#: a heading's mark inside a paragraph line: a flattened copy (glued to the
#: words before it too, "…のか### 気をつけたい点"; what follows must be a known
#: heading's words)
_INLINE_HEADING = lazy(r"(?<!#)#{1,6}[ \t]+")
#: a bold span inside a line: a label, when its words are a label line's
_INLINE_BOLD = lazy(r"\*\*([^*\n]{2,80}?)\*\*[:：]?")
#: in a generated post, a sentence that says a kept one after one of these
#: openers repeats it (on keys: no white space, case folded).  Only words
#: that add nothing: "Not the best option." is no repeat of "The best option.",
#: nor "629件" of "29件"
_OPENER = lazy(r"^(?:(?:その|この|あの|また|そして|さらに|ただ|でも|まず|つまり|実は|さて|特に|もちろん|とはいえ)、?|(?:so|and|also|then|still|indeed|ofcourse|infact),)(?!\d)")
#: ... but not one a kept sentence says under another opener this short
_OTHER_OPENER_CHARS = 5
#: a paragraph opening with a sentence's rest shorter than this is no fuller
#: wording of the paragraph it copies
_MIN_TAIL_WORDS = 16
#: a heading's words opening a paragraph are cut out as its copy only when
#: this long (characters without white space): "Results" may open a sentence
_MIN_OPENING_LABEL = 8
#: a heading this close to an earlier one of its rank is a restart's copy in
#: other words; it goes only when everything under it was a repeat
_REWORDED_HEADING_RATIO = 75


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


def _ratio(a: str, b: str, cutoff: float = 0) -> float:
    # rapidfuzz is imported on the first pair that passes the cheap tests:
    # most short posts never get that far
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b, score_cutoff=cutoff)


def _indel_distance(a: str, b: str) -> int:
    from rapidfuzz.distance import Indel

    return Indel.distance(a, b)


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


def apply(doc: Document, settings: Settings) -> tuple[Document, list[Fix]]:
    """Remove repeated sentences, paragraphs, list items and headings.

    In reading order, a sentence that repeats a kept one - exactly after
    normalisation, as a prefix/suffix of one, or as a near-duplicate with
    the same figures - is removed; a near-duplicate that is more complete
    replaces the kept wording.  A paragraph that opens with the end of the
    paragraph before it (or with all of it) and goes on is merged into it.
    """
    state = _State(settings, generated=doc.in_generations())
    if not state.generated:
        for index in (state.sentences, state.items, state.paragraphs):
            index.one_go = True
    state.cut_ends = _cut_ends(doc)
    state.breaks = doc.generation_breaks()
    state.remember_title_line(doc)
    for position, block in enumerate(doc.blocks):
        if state.introduced(position, doc.blocks):
            state.last_para = None  # shown again on purpose: left as it is
            if block.kind == "list" and state.generated:
                state.remember_list(block, position)
            continue
        if block.kind in ("paragraph", "heading"):
            state.paragraph(position, block)
        elif block.kind == "list":
            state.list_block(position, block)
        elif block.kind not in ("marker",):
            state.last_para = None  # a table or code block breaks adjacency
            if block.kind == "table":
                state.table(position, block)
            elif block.kind == "code":
                state.code(position, block)
    state.drop_adjacent_repeats(doc.blocks)
    state.drop_emptied_repeated_labels(doc.blocks)
    state.drop_restarted_code(doc.blocks)
    return state.result(doc)


def _cut_ends(doc: Document) -> set[int]:
    """Positions of the blocks a chunk stopped after: the last one before a
    seam (kept or already removed) or a chat turn, and the post's last."""
    breaks = doc.generation_breaks()
    ends = {len(doc.blocks) - 1}
    for position, block in enumerate(doc.blocks[:-1]):
        following = doc.blocks[position + 1].span[0]
        i = bisect.bisect_right(breaks, block.span[1])
        if i < len(breaks) and breaks[i] <= following:
            ends.add(position)
    return ends


class _State:
    def __init__(self, settings: Settings, generated: bool):
        self.settings = settings
        self.sentences = _Index(settings, short_fragments=True)
        self.items = _Index(settings)
        self.paragraphs = _Index(settings)  # whole paragraphs, for near-duplicates
        self.paras: dict[int, _Para] = {}
        self.lists: dict[int, _ListEntry] = {}
        #: every list read so far (position, entry): a restart may give one again
        self.earlier_lists: list[tuple[int, _ListEntry]] = []
        self.item_labels: dict[str, _Unit] = {}  # "**Label:**" -> first item with it
        self.tables: dict[str, Block] = {}  # normalised text -> first table with it
        self.code_blocks: dict[str, Block] = {}  # text -> first code block with it (generated posts)
        #: code blocks repeating an earlier one -> that one (drop_restarted_code)
        self.code_copies: dict[int, Block] = {}
        self.removed: set[int] = set()
        #: removed as the twin of the kept block right before it -> that block's
        #: position (what was under it is that one's now)
        self.merged: dict[int, int] = {}
        #: the post was generated in several goes (it had seams or chat
        #: turns): its short repeats are the generation's, not a writer's
        self.generated = generated
        self.fixes: list[Fix] = []
        self.last_para: _Para | None = None
        #: a list item's sentences (indexed apart) -> the list they stand in
        self.item_list: dict[int, _ListEntry] = {}
        #: the outline at the block being read: (rank, label key) from the top
        self.outline: list[tuple[int, str]] = []
        #: headings whose words an earlier paragraph holds, with how
        self.label_headings: list[tuple[_Para, str]] = []
        #: the paragraph being read, when it is a writer's: in a post written
        #: in one go, it repeats a sentence among new ones (_repeats_among_new)
        self.among_new: _Para | None = None
        #: positions of the blocks a chunk stopped after (_cut_ends)
        self.cut_ends: set[int] = set()
        #: the lines where a later generation began (Document.generation_breaks)
        self.breaks: list[int] = []
        #: the headings read so far (their text): a flattened copy holds them inline
        self.heading_texts: set[str] = set()
        #: the paragraph being read holds copied headings or labels inline (_sentences)
        self.holds_copied_labels = False
        #: the labels read so far, headings and bold label lines (_words_key)
        self.label_keys: set[str] = set()
        #: their words as written, without marks (a copy may open with them),
        #: by their first two characters
        self.label_words: dict[str, list[str]] = defaultdict(list)

    def introduced(self, position: int, blocks: tuple[Block, ...]) -> bool:
        """A list, or a one-sentence line, right after a new paragraph that
        ends with a colon is shown again on purpose: "…everyone answers:"
        before a song's refrain, "I ran through the same list every time:"
        before a checklist.  Removing it would leave the colon introducing
        nothing.  (In a restart the introducing paragraph repeats too, is
        removed, and the copy after it goes as usual.)"""
        block = blocks[position]
        if position == 0 or block.kind not in ("paragraph", "list"):
            return False
        if block.kind == "paragraph" and ("\n" in block.text.strip() or len(split_sentences(block.text)) != 1):
            return False
        before = self.paras.get(position - 1)
        return (
            before is not None
            and before.block.kind == "paragraph"
            and before.block.text.rstrip().endswith((":", "："))
            and all(u.alive for u in before.units)
            # in a generated post, a short lead-in said before ("**Tip:**" in
            # every section) is a restart's copy, not an introduction
            and not (self.generated and any(self.sentences.short.get(u.key, u) is not u for u in before.units))
        )

    # -- paragraphs and headings -------------------------------------------------
    def paragraph(self, position: int, block: Block) -> None:
        prefix = ""
        text = block.text
        if block.kind == "heading":
            prefix = _HEADING_MARK.match(text).group(0)
            text = text[len(prefix) :]
        para = _Para(block, [], prefix)
        line_of = _line_finder(block, len(prefix))
        sentences = self._sentences(block, text)
        lead = text[: sentences[0].start] if sentences else ""
        self._enter(block, text)
        section = self.section
        for n, s in enumerate(sentences):
            raw = text[s.start : s.end]
            unit = _Unit(lead + raw if n == 0 else raw, _key(s.text), line_of(s.start), para=para)
            unit.section = section
            para.units.append(unit)
        if not para.units:
            return
        # a flattened copy that holds headings or labels inline is no "more
        # complete" wording of a paragraph: its extra words are the copied
        # labels, which would land inside that paragraph (and make it a heading)
        if not self.holds_copied_labels and self._near_paragraph(position, para):
            return
        # only a cut paragraph end is a fragment: one a chunk stopped at (a
        # title line or a label ends without a full stop too)
        cut_end = block.kind == "paragraph" and not sentences[-1].complete and position in self.cut_ends
        last = para.units[-1]
        self.among_new = None if self.generated or block.kind != "paragraph" else self._repeats_among_new(para)
        for unit in para.units:
            self._sentence(para, unit, cut_end and unit is last)
        self.among_new = None
        self._settle(position, para)
        if position in self.paras:
            # only a kept paragraph may be the first copy of a later near-duplicate
            self.paragraphs.add(_Unit(para.block.text, _para_key(para), para.block.span[0], para=para))

    def _sentences(self, block: Block, text: str) -> tuple[Sentence, ...]:
        """The units of a paragraph or heading: its sentences, and the
        headings and labels a flattened copy holds inline each a unit of its
        own; a bold label line is one unit."""
        self.holds_copied_labels = False
        sentences = self._split_at_copied_labels(text) if self.generated and self.label_words else split_sentences(text)
        if block.kind == "paragraph" and _BOLD_LINE.match(text.strip()) and "\n" not in text.strip() and len(norm(text)) <= _LABEL_CHARS:
            self._remember_label(text.strip()[2:-2].strip())
            # one unit, as a flattened copy's inline label is, even with a
            # question inside ("**なぜ今なのか？三つの理由**")
            return (Sentence(0, len(text), text.strip()),)
        if block.kind == "heading":
            known = next((h for h in self.heading_texts if text.startswith(h) and text[len(h) : len(h) + 1].isspace()), None)
            if known is None:
                self.heading_texts.add(text.strip())
                if len(norm(text)) <= _LABEL_CHARS:
                    self._remember_label(text.strip())
                if "# " in text:
                    # a flattened copy under a heading's mark that holds the
                    # post's other headings inline ("# Title Last week… ## The
                    # minimum setup Our services…")
                    return self._split_at_copied_headings(text, sentences)
                return sentences
            # a flattened copy that opens with a heading's mark: "## 投資家の視点 投資家の皆さんには…"
            shift = len(known)
            rest = (Sentence(x.start + shift, x.end + shift, x.text) for x in split_sentences(text[shift:]))
            return self._split_at_copied_headings(text, (Sentence(0, shift, known), *rest))
        if self.heading_texts and "# " in text:
            return self._split_at_copied_headings(text, sentences)
        return sentences

    def remember_title_line(self, doc: Document) -> None:
        """The post's title line, the first line of its body when it is short
        and ends no sentence, is a label a flattened copy may open with
        ("…公平な選考は実現できるのか 皆さん、こんにちは。…"); so is the
        front matter's title ("# Tracing a Slow Request… Last week a
        customer…": a copy of the post from its top, title and all)."""
        if not self.generated:
            return
        first = next((b for b in doc.blocks if b.kind in ("paragraph", "heading")), None)
        if first is not None and first.kind == "paragraph":
            text = first.text.strip()
            if "\n" not in text and not ends_sentence(text) and len(norm(text)) <= _LABEL_CHARS:
                self._remember_label(text)
        title = doc.front_matter.get("title") if doc.front_matter is not None and doc.front_matter.ok else None
        if isinstance(title, str):
            title = _HEADING_MARK.sub("", title.strip()).strip()
            if title and not ends_sentence(title) and len(norm(title)) <= _LABEL_CHARS:
                self._remember_label(title)

    def _remember_label(self, words: str) -> None:
        words = words.rstrip(":：*_ ").lstrip("*_ ")
        self.label_words[words[:2]].append(words)
        self.label_keys.add(_words_key(words))

    def _split_at_copied_labels(self, text: str) -> tuple[Sentence, ...]:
        """A flattened copy holds the labels it copied inline, glued to the
        sentences around them ("…どう思いますか？**なぜ今なのか** 私たちは…",
        or a heading's words with no mark opening the line): each label is a
        unit of its own there, so that the sentences on both sides are seen
        as the repeats they are.  A label is cut out only next to a sentence
        that repeats a kept one (or where it ends the copy): "**Note:** a new
        sentence" is a writer's own paragraph."""
        dash = _DASHES.match(text)
        lead = dash.end() if dash else 0  # "― 見出しの言葉 …"
        openings = self.label_words.get(text[lead : lead + 2])
        if not openings and "**" not in text:
            return split_sentences(text)  # the usual paragraph: no label in it
        spans = [(m.start(), m.end()) for m in _INLINE_BOLD.finditer(text) if _words_key(m.group(1)) in self.label_keys]
        opening = next((h for h in openings or () if text.startswith(h, lead) and text[lead + len(h) : lead + len(h) + 1].isspace()), None)
        if opening is not None and len(norm(opening)) >= _MIN_OPENING_LABEL:
            # (a sentence may open with a heading's words: "`NODE_ENV` is
            # read once…" under "## `NODE_ENV`" - so only when what follows
            # is a whole sentence said before)
            after = split_sentences(text[lead + len(opening) :])
            if after and after[0].complete and self.sentences.said(_key(after[0].text)):
                spans.insert(0, (0, lead + len(opening)))
        spans = [(a, b) for a, b in spans if text[:a].strip() or text[b:].strip()]  # (not the label line itself)
        cuts = []
        for i, (a, b) in enumerate(spans):
            before = split_sentences(text[spans[i - 1][1] if i else 0 : a])
            after = split_sentences(text[b : spans[i + 1][0] if i + 1 < len(spans) else len(text)])
            beside = (*before[-1:], *after[:1])
            if any(self.sentences.find(_key(s.text)) is not None or self.sentences.said(_key(s.text)) for s in beside) or (not after and before):
                cuts.append((a, b))
        if not cuts:
            return split_sentences(text)
        self.holds_copied_labels = True
        out: list[Sentence] = []
        at = 0
        for a, b in cuts:
            out += (Sentence(x.start + at, x.end + at, x.text) for x in split_sentences(text[at:a]))
            at = b
            while at < len(text) and text[at].isspace():
                at += 1  # (the pieces cover the text: white space goes with the piece before)
            if a == 0 and not text.startswith(("**", "__")):
                # a heading's or the title line's words, split as their own line is
                # ("…変える？ その真意と…": two units there, two here)
                out += (Sentence(x.start, x.end if x.end < b else at, x.text) for x in split_sentences(text[:b]))
            else:
                out.append(Sentence(a, at, text[a:b]))
        out += (Sentence(x.start + at, x.end + at, x.text) for x in split_sentences(text[at:]))
        return tuple(out)

    def _split_at_copied_headings(self, text: str, sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
        """A flattened copy holds the headings it copied inline ("…ばかりだ。
        ## なぜ今、光なのか 現在のGPUクラスターでは…"): the heading is a unit
        of its own there, so that the sentence after it is seen as the repeat
        it is (not as a longer, "more complete" wording of it)."""
        out: list[Sentence] = []
        for s in sentences:
            at = s.start  # (one sentence may hold several: "…のか### 気をつけたい点…")
            for m in _INLINE_HEADING.finditer(text, s.start, s.end):
                if m.start() < at:
                    continue
                after = text[m.end() : s.end]
                heading = next((h for h in self.heading_texts if after.startswith(h) and len(after) > len(h)), None)
                if heading is None:
                    continue
                start, end = m.start(), m.end() + len(heading)
                self.holds_copied_labels = True
                if text[at:start].strip():
                    out.append(Sentence(at, start, text[at:start].strip()))
                out.append(Sentence(start, end, heading))  # (compared without its mark, as the heading is)
                at = end
            if at == s.start:
                out.append(s)
            elif text[at : s.end].strip():
                out.append(Sentence(at, s.end, text[at : s.end].strip()))
            else:
                out[-1] = out[-1]._replace(end=s.end)  # (the white space after goes with it)
        return tuple(out)

    def _enter(self, block: Block, text: str) -> None:
        """Follow the outline: a heading or a bold label line opens a section."""
        if block.kind == "paragraph" and not _BOLD_LINE.match(text.strip()):
            return
        rank = _rank(block)
        while self.outline and self.outline[-1][0] >= rank:
            self.outline.pop()
        self.outline.append((rank, _key(text)))

    @property
    def section(self) -> tuple[str, ...]:
        return tuple(key for _, key in self.outline)

    def _repeat_in(self, index: _Index, key: str, unit: _Unit) -> tuple[_Unit, str] | None:
        """``index.find(key)``, unless what it finds is a writer's repeat of ``unit``."""
        hit = index.find(key)
        return None if hit is not None and self._a_writers_repeat(unit, hit[0]) else hit

    def _near_in(self, index: _Index, unit: _Unit) -> _Unit | None:
        """``index.near`` for ``unit``, unless what it finds is a writer's repeat."""
        near = index.near(unit.key, unit.text)
        return None if near is not None and self._a_writers_repeat(unit, near) else near

    def _a_writers_repeat(self, unit: _Unit, earlier: _Unit) -> bool:
        """In a post written in one go: a short repeat under other headings
        (``ONE_GO_LINE_CHARS``), a line of dialogue said again, a repeat
        among new sentences (``_repeats_among_new``), or a list repeating one
        of its own items (a recipe's "5. ふたをずらしてのせ、弱火で一時間煮る。"
        again as step 9)."""
        if self.generated:
            return False
        if unit.para is self.among_new or _SPOKEN.match(unit.text.strip()):
            return True
        mine = unit.para if isinstance(unit.para, _ListEntry) else None
        if mine is not None and (earlier.para is mine or self.item_list.get(id(earlier)) is mine):
            return True
        return len(unit.key) < ONE_GO_LINE_CHARS and unit.section != earlier.section

    def _repeats_among_new(self, para: _Para) -> _Para | None:
        """``para`` when, in a post written in one go, it repeats earlier
        sentences among at least as many new ones: a recipe's "Discard all
        but 50 g, then feed it." again on each day, a checklist's line in
        each case.  A model looping repeats more than it adds.  (Not in a
        generated post: the blog's chunks repeat their own sentences among
        new ones too, and those repeats are the generation's.)"""
        repeated = [u for u in para.units if self.sentences.find(u.key) is not None or self.sentences.near(u.key, u.text) is not None]
        if not repeated or 2 * len(repeated) > len(para.units):
            return None
        for u in repeated:
            self.fixes.append(Fix(NAME, "kept", (u.line, u.line), excerpt(u.text),
                                  "sentence said before, kept: the post was written in one go and this paragraph repeats it among new sentences"))
        return para

    def _near_paragraph(self, position: int, para: _Para) -> bool:
        """The whole paragraph is a near-copy of a kept one: keep one, the more complete."""
        key = _para_key(para)
        if len(key) < 60:
            return False
        earlier = self.paragraphs.near(key)
        if earlier is None or earlier.para is None or earlier.para.block.kind != para.block.kind:
            return False
        # (a copy that opens with a cut sentence's tail, "になる。誤りを減らす…",
        # is no more complete: the tail belongs to another paragraph)
        # (nor is one that only puts an opener in front, "そして、AIの役割は…")
        opener = _OPENER.match(key)
        fuller = (
            len(key) > len(earlier.key) and _close_to_all(key, earlier) and not _opens_with_cut_tail(para)
            and not (opener and key[opener.end() :] == earlier.key)
        )
        kept, dropped = (para, earlier.para) if fuller else (earlier.para, para)
        if not all(any(_covers(k.key, d.key, k.text, d.text) for k in kept.units) for d in dropped.units):
            return False  # some sentence would be lost: go sentence by sentence instead
        target = earlier.para
        if kept is para:
            # the later copy is more complete: its wording moves to the first place
            for u in target.units:
                u.alive = False
            for u in para.units:
                u.para = target
                hit = self.sentences.find(u.key)
                if hit is not None and hit[0].para is not target:
                    u.alive = False  # the new wording repeats a sentence kept elsewhere
                else:
                    self.sentences.add(u)
            target.units = [*target.units, *para.units]
            target.changed = True
            target.notes.append(f"near-duplicate of line {para.block.span[0]}, whose more complete wording is kept here")
            earlier.history.append(earlier.key)
            earlier.key = key
            reason = f"near-duplicate of line {target.block.span[0]}; its more complete wording now stands there"
        else:
            reason = f"near-duplicate of line {target.block.span[0]}"
        self.removed.add(position)
        self.fixes.append(Fix(NAME, "removed", para.block.span, excerpt(para.block.text), reason))
        return True

    def _sentence(self, para: _Para, unit: _Unit, unfinished: bool) -> None:
        hit = self._repeat_in(self.sentences, unit.key, unit)
        if hit is not None and _is_label(para) and not _in_heading(hit[0]):
            # a heading repeats a heading; one whose words an earlier
            # paragraph says ("Current initiatives are reviewed…" above
            # "## Current initiatives") is the section's label - it goes only
            # with its section, when everything under it was a repeat (a
            # flattened copy holds the headings' words too)
            self.label_headings.append((para, hit[1].format(line=hit[0].line)))
            hit = None
        if hit is not None:
            earlier, how = hit
            _drop_as_repeat(para, unit, earlier, how.format(line=earlier.line))
            return
        if self.generated:
            said = self.sentences.said_after_opener(unit.key)
            if said is not None:
                # "…その課題を共有し、…求められます。" restarting "課題を共有し、
                # …求められます。": a word or two in front of a whole sentence kept
                _drop_as_repeat(para, unit, said, f"repeats line {said.line} with a word or two in front")
                return
        near = self._near_in(self.sentences, unit)
        if near is not None and _is_label(para) and not _in_heading(near):
            self.label_headings.append((para, f"near-duplicate of line {near.line}"))
            near = None
        if near is not None:
            unit.alive = False
            unit.near_of = near
            if len(unit.key) > len(near.key) and near.para is not None and _close_to_all(unit.key, near):
                near.text = _swap_text(near.text, unit.text)
                near.history.append(near.key)
                near.key = unit.key
                self.sentences.add(near, unfinished)
                near.para.changed = True
                para.notes.append(f"near-duplicate of line {near.line}; its more complete wording is kept there")
            else:
                para.notes.append(f"near-duplicate of line {near.line}")
            return
        if unfinished and len(unit.key) < self.sentences.min_chars and not _BOLD_LINE.match(unit.text.strip()):
            # a chunk cut a few characters into a sentence the post already
            # has whole ("FuriosaAIが掲" after "FuriosaAIが掲げる…"): the words stand there
            whole = self.sentences.completing(unit.key)
            if whole is not None:
                _drop_as_repeat(para, unit, whole, f"cut start of a sentence that line {whole.line} has whole")
                return
        fragment = self.sentences.unfinished_prefix_of(unit.key) if para.block.kind == "paragraph" else None
        if fragment is not None and fragment.para is not None:
            fragment.alive = False
            fragment.para.changed = True
            fragment.para.notes.append(f"unfinished sentence completed by line {unit.line}")
        self.sentences.add(unit, unfinished)

    def _settle(self, position: int, para: _Para) -> None:
        units = para.units
        if len(units) > 1 and not units[0].key and units[0].alive and not units[1].alive and units[0].text.strip()[:1] in _DOT_STARTS:
            # the continuation dots a removed repeat opened with ("…" before
            # "その課題を…"): they would now open the new text after it
            units[0].alive = False
        dead = [u for u in para.units if not u.alive]
        alive = [u for u in para.units if u.alive]
        if dead and alive and all(len(u.key) < self.settings.min_dup_chars and u.key in self.sentences.short for u in alive):
            # only short sentences are left beside the repeats, said before or
            # the cut end of a restarted chunk ("み出す手助けをする。"): the
            # paragraph is a repeat
            for u in alive:
                u.alive = False
                para.notes.append(f"short sentence repeated with the rest of line {self.sentences.short[u.key].line}")
            dead, alive = para.units, []
        if dead and alive and self.generated and all(self._copied_label(u) for u in alive):
            # a flattened copy whose every sentence went: the title's and the
            # headings' words it held inline go with them ("# Title Last
            # week… ## The minimum setup Our services…")
            for u in alive:
                u.alive = False
            para.notes.append("the labels a flattened copy held inline, its sentences repeated")
            dead, alive = para.units, []
        twin = self._reworded_lead_in(para) if dead and alive and self.generated else None
        if twin is not None:
            for u in alive:
                u.alive = False
            para.notes.append(f"its opening reworded from line {twin.line}, the rest repeated")
            dead, alive = para.units, []
        twins = self._reworded_rest(para) if dead and alive and self.generated else None
        if twins is not None:
            for u, kept in zip(alive, twins):
                u.alive = False
                u.near_of = kept
                # a later copy of this wording is a copy of the kept one too
                held = self.sentences.exact.get(u.key)
                if held is None or not held.alive:
                    self.sentences.exact[u.key] = kept
            para.notes.append(f"repeats line {twins[0].line}, its other sentences reworded")
            dead, alive = para.units, []
        for u in alive:
            if len(u.key) < self.settings.min_dup_chars:
                self.sentences.add(u)
        last = _repeated_paragraph(para) or self.last_para
        if dead and alive and last is not None and para.block.kind == "paragraph" and last.block.kind == "paragraph" and _continues(para, last):
            # the paragraph repeated the end (or all) of an earlier one and went on: one paragraph
            for u in alive:
                u.para = last
            last.units.extend(alive)
            last.changed = True
            last.notes.append(f"continued by line {para.block.span[0]}, which repeated its end")
            para.units = dead
            alive = []
        if not alive:
            self.removed.add(position)
            self.fixes.append(Fix(NAME, "removed", para.block.span, excerpt(para.block.text), _summarise(para.notes)))
            return
        self.paras[position] = para
        self.last_para = para
        if dead:
            para.changed = True

    def _reworded_lead_in(self, para: _Para) -> _Unit | None:
        """A restart that reworded only its short opening.

        "I think that would be an error. Behind the phrase sits…" after a
        seam, when the post already said "I think that would be a mistake.
        Behind the phrase sits…": every sentence after the opening went as a
        repeat of one kept paragraph, and the opening is too short for the
        near-duplicate test (``min_near_dup_chars``).  It goes when it is
        close to that paragraph's own opening, sentence for sentence, with
        the same figures and no "not" the other lacks.  Returns the kept opening."""
        lead = []
        for u in para.units:
            if not u.alive:
                break
            lead.append(u)
        rest = para.units[len(lead) :]
        if not lead or any(u.alive for u in rest) or any(len(u.key) >= self.sentences.min_near for u in lead):
            return None
        targets = [u.dup_of or u.near_of for u in rest]
        owners = {id(t.para) for t in targets if t is not None}
        if None in targets or len(owners) != 1 or not isinstance(targets[0].para, _Para):
            return None
        first = targets[0].para
        repeated = {id(t) for t in targets}
        kept_lead = []
        for u in first.units:
            if id(u) in repeated:
                break
            if u.alive:
                kept_lead.append(u)
        if len(kept_lead) != len(lead):
            return None
        for new, old in zip(lead, kept_lead):
            if _ratio(new.key, old.key) < _REWORDED_RATIO or _negated(new.text) != _negated(old.text) or new.figures != old.figures:
                return None
        return kept_lead[0]

    def _copied_label(self, unit: _Unit) -> bool:
        """Is ``unit`` a label's words said before: the title's, a heading's, a bold label line's?"""
        words = _HEADING_MARK.sub("", unit.text.strip()).strip()
        return bool(words) and (_words_key(words) in self.label_keys or words in self.heading_texts)

    def _reworded_rest(self, para: _Para) -> list[_Unit] | None:
        """A restart that kept some sentences word for word and reworded the others.

        "こうした中で注目を集めているのが、…共同配送です。競合するはずの…運ぶ。"
        again after a seam as "…共同配送です。本来は競合関係にある…運ぶ。":
        the repeats went, and what is left is one kept paragraph's other
        sentences in other words - below the near-duplicate ratio, but each
        close to the kept one in its place, in the same order, with the same
        figures and no "not" the other lacks.  Returns the kept sentences the
        left ones reword, or None."""
        dead = [u for u in para.units if not u.alive]
        alive = [u for u in para.units if u.alive]
        targets = [u.dup_of or u.near_of for u in dead]
        if None in targets or not all(isinstance(t.para, _Para) for t in targets) or len({id(t.para) for t in targets}) != 1:
            return None
        repeated = {id(t) for t in targets}
        kept = targets[0].para.units
        in_place = len(kept) == len(para.units) and all(
            (u.dup_of or u.near_of) is k if not u.alive else k.alive and id(k) not in repeated
            for u, k in zip(para.units, kept))
        if in_place:
            # sentence for sentence: each left one sits in the place of a kept
            # one the restart did not repeat ("禁止事項だけを並べた…萎縮してしまいます" /
            # "禁止事項を並べただけの…ためらってしまいます"): a looser rewording is
            # still the same sentence
            pairs = [(u, k) for u, k in zip(para.units, kept) if u.alive]
            if all(_ratio(u.key, k.key) >= _REWORDED_IN_PLACE_RATIO and _negated(u.text) == _negated(k.text) and u.figures == k.figures
                   and not _extends(k.key, u.key) and not _new_names(k.text, u.text) for u, k in pairs):
                return [k for _, k in pairs]
        others = [u for u in kept if u.alive and id(u) not in repeated]
        twins: list[_Unit] = []
        at = 0
        for u in alive:
            for i in range(at, len(others)):
                old = others[i]
                if _ratio(u.key, old.key) >= _REWORDED_SENTENCE_RATIO and _negated(u.text) == _negated(old.text) and u.figures == old.figures:
                    twins.append(old)
                    at = i + 1
                    break
            else:
                return None
        return twins

    # -- tables --------------------------------------------------------------------
    def table(self, position: int, block: Block) -> None:
        """A table is never edited; in a generated post, one that repeats an
        earlier table cell for cell is a restart's copy and goes whole (a
        writer may show a table twice; code is shown again on purpose, "run
        the tests again", and goes only inside a restart: drop_restarted_code)."""
        key = norm(block.text)
        earlier = self.tables.setdefault(key, block)
        if earlier is not block and self.generated:
            self.removed.add(position)
            self.fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), f"table repeats line {earlier.span[0]}"))

    def code(self, position: int, block: Block) -> None:
        """A code block that repeats an earlier one line for line, in a
        generated post: a candidate for ``drop_restarted_code``."""
        if not self.generated:
            return
        earlier = self.code_blocks.setdefault(block.text, block)
        if earlier is not block:
            self.code_copies[position] = earlier

    def drop_restarted_code(self, blocks: tuple[Block, ...]) -> None:
        """A restart's copy of a code block goes with the repeats around it.

        Code is shown again on purpose ("Run the same command again:" over
        the same fence), so a copy goes only inside a run of repeats: the
        prose right before it and right after it (or the end of the chunk)
        went as repeats too, as when a later generation restarts a section
        - heading, paragraph, fence, paragraph - word for word."""
        for position, earlier in self.code_copies.items():
            before = self._prose_next_to(blocks, position, -1)
            after = self._prose_next_to(blocks, position, 1)
            if before is not None and before in self.removed and (after is None or after in self.removed):
                self.removed.add(position)
                self.fixes.append(Fix(NAME, "removed", blocks[position].span, excerpt(blocks[position].text),
                                      f"code block repeats line {earlier.span[0]} inside a restart (the text around it went as repeats)"))

    @staticmethod
    def _prose_next_to(blocks: tuple[Block, ...], position: int, step: int) -> int | None:
        """The nearest paragraph, heading or list before (step -1) or after
        (+1) ``position`` in the same chunk, or None at a seam or the post's end."""
        i = position + step
        while 0 <= i < len(blocks):
            kind = blocks[i].kind
            if kind == "marker":
                return None
            if kind in ("paragraph", "heading", "list"):
                return i
            i += step
        return None

    # -- lists ---------------------------------------------------------------------
    def list_block(self, position: int, block: Block) -> None:
        """Whole items only: a repeated item goes; an item that a later one
        repeats and extends gives way to the later, complete one."""
        items = [_Unit(text, _key(text), block.span[0] + start) for start, text in _split_items(block.text)]
        entry = _ListEntry(block, items)
        section = self.section
        cut_by_seam = self._seam_cut_items(items, block.span[1])
        if self.generated:
            self._restarted_run(items, entry)
        self.earlier_lists.append((position, entry))
        for unit in items:
            if not unit.alive:  # (the restart's copy of an earlier list's items)
                unit.para = entry  # type: ignore[assignment]
                continue
            unit.para = entry  # type: ignore[assignment]
            unit.section = section
            if id(unit) in cut_by_seam:
                unit.alive = False
                entry.notes.append(cut_by_seam[id(unit)])
                continue
            hit = self._repeat_in(self.items, unit.key, unit)
            if hit is not None and _other_step(unit.text, hit[0].text):
                # "6. Scrape down the bowl." after "3. Scrape down the bowl.": a
                # recipe's step again, not a restart's copy (which keeps its number)
                hit = None
            if hit is not None:
                unit.alive = False
                entry.notes.append(hit[1].format(line=hit[0].line))
                continue
            near = self._near_in(self.items, unit)
            parallel = near is not None and (near.para is entry or near.section != unit.section)
            if parallel:
                # items of one list that differ in a word are parallel, not
                # copies ("…a bar chart's axis labels…" / "…a line chart's…"),
                # and so are items under other headings (4.2's "Fixed a typo
                # in the French translation", 4.1's "…German…"): a restart
                # repeats items in a list of its own, under the same heading
                near = None
            # (an item the seam cut, "…had more than", is near the whole one
            # given later: the whole one extends it, it does not repeat it)
            extends = near is not None and len(unit.key) > len(near.key) and unit.key.startswith(near.key)
            if near is not None and not extends and _keeps_sentences(near.text, unit.text):
                unit.alive = False
                entry.notes.append(f"near-duplicate of the item at line {near.line}")
                continue
            repeated = self._item_sentences_repeated(unit)
            if repeated:
                unit.alive = False
                entry.notes.append(repeated)
                continue
            # (in a post written in one go, an item the next one extends is the
            # writer's: "- New address: https://…/faq/" over "…/faq/contact/",
            # "- 一つ書く。" over "- 一つ書く。書けない日は…")
            shorter = self.items.unfinished_prefix_of(unit.key) if self.generated else None
            if shorter is None and near is not None and self.generated:
                if _keeps_sentences(unit.text, near.text):
                    shorter = near
                else:
                    self.fixes.append(Fix(NAME, "kept", (unit.line, unit.line), excerpt(unit.text),
                                          f"near-duplicate of the item at line {near.line} kept: each copy has wording the other lacks"))
            if shorter is not None:
                shorter.alive = False
                for child in shorter.children:
                    child.alive = False  # its sentences live on in the longer item
                shorter.para.notes.append(f"item repeated and extended by line {unit.line}")  # type: ignore[union-attr]
            if not parallel:  # (a parallel item is the writer's: whole, as written)
                self._trim_repeated_sentences(unit, entry, near)
            self.items.add(unit, unfinished=True)
            first = split_sentences(unit.text)
            if first and len(_key(first[0].text)) >= self.settings.min_dup_chars:
                self.item_labels.setdefault(_key(first[0].text), unit)
            for sentence in split_sentences(ITEM_MARK.sub("", unit.text, count=1)):
                child = _Unit(sentence.text, _key(sentence.text), unit.line)
                child.section = section
                self.item_list[id(child)] = entry
                unit.children.append(child)
                self.sentences.add(child)
        self._drop_short_repeats(entry)
        self.lists[position] = entry
        self.last_para = None

    def remember_list(self, block: Block, position: int) -> None:
        """A list left as it is (introduced by its paragraph's colon) is still
        the first copy of its items, in a generated post: a restart that
        repeats the paragraph and the list ("Specifically:" / the same four
        items) loses both copies.  (Not in a post written in one go: a
        changelog's "Notable changes" list comes again in its commit list.)"""
        entry = _ListEntry(block, [])
        for start, text in _split_items(block.text):
            unit = _Unit(text, _key(text), block.span[0] + start, para=entry)  # type: ignore[arg-type]
            unit.section = self.section
            entry.items.append(unit)
            self.items.add(unit)
        # still, an item the seam cut gives way to the next item, which says it
        # again whole ("2. **Trial design:** matching patients to" / "2. **Trial
        # design:** matching patients to trials…"): the list keeps its shape
        cut_by_seam = self._seam_cut_items(entry.items, block.span[1])
        for unit in entry.items:
            if id(unit) in cut_by_seam:
                unit.alive = False
                entry.notes.append(cut_by_seam[id(unit)])
        self.earlier_lists.append((position, entry))
        if entry.notes:
            self.lists[position] = entry

    def _restarted_run(self, items: list[_Unit], entry: "_ListEntry") -> None:
        """A restart gives an earlier list again from its first item, word for
        word, then goes on (a recipe's ingredients cut at "- 砂糖…大さ", then
        given whole under the repeated heading): the repeated run goes however
        short its items ("- 水…400ml"), and the earlier list's cut last item
        gives way to the whole one the run goes on with.  Two items at least,
        as long together as a repeat must be."""
        for position, earlier in reversed(self.earlier_lists):
            old = earlier.items
            run = 0
            while run < min(len(old), len(items)) and items[run].key == old[run].key:
                run += 1
            if run < 2 or sum(len(u.key) for u in items[:run]) < self.settings.min_dup_chars:
                continue
            if not all(u.alive for u in old[:run]):
                continue  # (that copy went itself: the first one is earlier)
            for unit in items[:run]:
                unit.alive = False
            entry.notes.append(f"the restart repeats the first {run} items of the list at line {old[0].line}")
            if run < len(old) and run < len(items) and run == len(old) - 1:
                cut, whole = old[run], items[run]
                if cut.alive and _cut_item(cut, whole):
                    cut.alive = False
                    earlier.notes.append(f"item cut by the seam, said again whole by line {whole.line}")
                    self.lists.setdefault(position, earlier)
            return

    def _seam_cut_items(self, items: list[_Unit], end_line: int) -> dict[int, str]:
        """Items the seam cut that the next item says again whole: "- 1 tsp
        baking so" / "- 1 tsp baking soda" (a seam after the stub in the list,
        which ends on ``end_line``, however short the stub; without a seam an
        item that the next one extends is the writer's: "- New address:
        https://…/faq/" over "…/faq/contact/"), by id, with the note to
        report.  (The lines of items after a seam the list was joined over
        are approximate: only the seam's being after the stub is asked.)"""
        found: dict[int, str] = {}
        for cut, whole in zip(items, items[1:]):
            if not _cut_item(cut, whole):
                continue
            after = bisect.bisect_right(self.breaks, cut.line)
            if after < len(self.breaks) and self.breaks[after] <= end_line:
                found[id(cut)] = f"item cut by the seam, said again whole by line {whole.line}"
        return found

    def _drop_short_repeats(self, entry: "_ListEntry") -> None:
        """Items too short to count as repeats on their own ("無料で使える範囲
        はどこまでか") still go when they repeat earlier items exactly and
        every other item of the list was a repeat: a restarted list, whose
        stub would otherwise stay under a repeated heading."""
        alive = [u for u in entry.items if u.alive]
        if not alive or len(alive) == len(entry.items):
            return
        earlier = []
        for unit in alive:
            hit = self.items.short.get(unit.key) if len(unit.key) < self.settings.min_dup_chars else None
            if hit is None or hit is unit or not hit.alive:
                return
            earlier.append(hit)
        for unit, hit in zip(alive, earlier):
            unit.alive = False
            for child in unit.children:
                child.alive = False
            entry.notes.append(f"short item, duplicate of line {hit.line} (every other item of the list was a repeat)")

    def _trim_repeated_sentences(self, unit: _Unit, entry: "_ListEntry", near: _Unit | None) -> None:
        """A kept item loses sentences that repeat text kept elsewhere (an
        item copied with a few words changed); its first sentence - the
        marker and label - always stays, so the list keeps its shape.  When
        the item is a near-copy of an earlier one, even its short sentences
        that repeat that item (or the earlier item with the same label) go:
        they are part of the copy."""
        text = unit.text
        sentences = split_sentences(text)
        if len(sentences) < 2 or any(not s.complete for s in sentences[:-1]):
            # (an item hard-wrapped mid-sentence, as manuals write them, is
            # read line by line: a line is no sentence to cut out of it)
            return
        label = _key(sentences[0].text)
        related = near or self.item_labels.get(label)
        copied = {c.key: c for c in related.children if c.alive} if related is not None else {}
        out = text[: sentences[0].end]
        notes: list[str] = []
        for sentence in sentences[1:]:
            key = _key(sentence.text)
            # (only a whole sentence: a changelog line's "(Author) [#37490](…)"
            # after "add Buffer.copyBytesFrom(...)" is no sentence of its own)
            hit = self._repeat_in(self.sentences, key, unit) if len(key) >= self.settings.min_dup_chars and sentence.complete else None
            if hit is None and key in copied:
                hit = (copied[key], "duplicate of line {line}")
            if hit is None:
                out += text[sentence.start : sentence.end]
            else:
                notes.append("sentence " + hit[1].format(line=hit[0].line))
        out = out.rstrip()
        if out.endswith((":", "：", ":**", "：**")):
            return  # (a label left over nothing, "- **deps**:": the item stays whole)
        entry.notes.extend(notes)
        if out != text.rstrip():
            unit.text = out
            unit.key = _key(out)

    def _item_of(self, sentence: _Unit) -> _Unit:
        """The list item a sentence of the index stands in, or the sentence itself."""
        entry = self.item_list.get(id(sentence))
        return next((item for item in entry.items if sentence in item.children), sentence) if entry is not None else sentence

    def _item_sentences_repeated(self, unit: _Unit) -> str:
        """Every sentence of a list item already stands elsewhere: where."""
        lines = []
        for sentence in split_sentences(ITEM_MARK.sub("", unit.text, count=1)):
            key = _key(sentence.text)
            if len(key) < self.settings.min_dup_chars:
                continue
            hit = self._repeat_in(self.sentences, key, unit)
            if hit is None or _other_step(unit.text, self._item_of(hit[0]).text):
                # (another numbered step saying it is no copy: see _other_step)
                return ""
            lines.append(hit[0].line)
        if not lines:
            return ""
        return "every sentence of the item stands at line " + ", ".join(str(n) for n in sorted(set(lines)))

    def drop_adjacent_repeats(self, blocks: tuple[Block, ...]) -> None:
        """What is too short to count as a repeat on its own still goes when
        it stands right after its copy, with only removed text between, in a
        post generated in several goes - a stutter, or what is left of a
        restart once its long sentences went::

            …目が離せないね。この旅はまだ始まったばかりだ。
            ---END---
            この旅はまだ始まったばかりだ。       <- removed: repeats the sentence right before it

            **未来への問いかけ**
            **未来への問いかけ**                 <- removed: repeats the line right before it

        A paragraph (or heading) that repeats the kept one before it goes
        whole; a paragraph that opens with the last sentence of the one
        before loses it.  Only in a post with seams (or chat turns): a
        writer repeats on purpose ("Never again." / "Never again.", a
        dialogue's "No." / "No."), so a post written in one go keeps its
        short repeats.  A list, table or code block between breaks the
        adjacency."""
        if not self.generated:
            return
        before: _Para | None = None
        before_at = 0
        for position, block in enumerate(blocks):
            if block.kind == "marker" or position in self.removed:
                continue
            para = self.paras.get(position)
            if para is None or not para.alive_keys():
                before = None
                continue
            if before is not None and before.block.kind == para.block.kind:
                if self._drop_stutter(position, para, before, before_at):
                    continue
            before, before_at = para, position

    def _drop_stutter(self, position: int, para: _Para, before: _Para, before_at: int) -> bool:
        """Remove what ``para`` repeats of ``before`` right above it (the
        same text, or its opening sentences one by one); True when nothing
        of it is left."""
        line = before.block.span[0]
        earlier = before.alive_keys()
        while True:
            alive = [u for u in para.units if u.alive]  # (never empty: the last one going removes the block)
            same = [u.key for u in alive] == earlier
            if not (same or para.block.kind == "paragraph" and alive[0].key == earlier[-1]) or _letters(alive[0].key) < _MIN_STUTTER:
                return False
            if same:
                self.removed.add(position)
                self.merged[position] = before_at
                self.fixes.append(Fix(NAME, "removed", para.block.span, excerpt(para.block.text), f"repeats line {line}, right before it"))
                return True
            if not _balanced(alive[0].text):
                return False
            alive[0].alive = False
            para.changed = True
            para.notes.append(f"repeats the sentence right before it, at the end of line {line}")
            if len(alive) == 1:
                self.removed.add(position)
                self.fixes.append(Fix(NAME, "removed", para.block.span, excerpt(para.block.text), _summarise(para.notes)))
                return True

    def drop_emptied_repeated_labels(self, blocks: tuple[Block, ...]) -> None:
        """A heading, or a one-line label such as "**未来への展望**", too short
        to count as a repeat on its own still goes when it repeats an earlier
        one and everything under it was a repeat: a restart's section
        headings, left stacked over nothing once their sections went.  From
        the last label up, so that a label over only removed labels goes
        too.  A bold or plain label line only in a post with seams (or chat
        turns): a writer's "**Update**" or "**A.**" repeats on purpose."""
        labels: dict[int, int] = {}  # position -> rank
        first_of: dict[str, Block] = {}  # label key -> its first heading or bold line
        repeats: dict[int, str] = {}
        for position, block in enumerate(blocks):
            key = self._label_key(block, first_of)
            if key is None:
                lead = _lead_label_key(block)
                if lead is not None and position not in self.removed:
                    # "**今後の展望**\nAIの進化は…": a label over its first
                    # line opens a section too, and a later label line with
                    # its words repeats it (the block itself holds text: it
                    # never goes as a label)
                    labels[position] = _LOWEST
                    first_of.setdefault(lead, block)
                continue
            labels[position] = _rank(block)
            if position in self.removed:
                continue
            earlier = first_of.setdefault(key, block)
            if earlier is not block and (block.kind == "heading" or self.generated):
                what = "heading" if block.kind == "heading" else "label line"
                repeats[position] = f"{what} repeats line {earlier.span[0]}"
        if self.generated:
            self._reworded_headings(blocks, labels, repeats)
        where = {id(block): position for position, block in enumerate(blocks)}
        for para, how in self.label_headings:
            repeats.setdefault(where[id(para.block)], f"heading {how}")
        # a label merged into its twin right before it is no boundary: what it
        # held is the twin's, and keeps the twin while it is not all removed
        boundaries = {p: rank for p, rank in labels.items() if p not in self.merged}
        held = set()
        for position in sorted(repeats.keys() | self.merged.keys(), reverse=True):
            if position in self.merged:
                if position in labels and not self._emptied(position, blocks, boundaries, labels[position]):
                    held.add(self.merged[position])
            elif position not in self.removed and position not in held and self._emptied(position, blocks, boundaries, labels[position]):
                self.removed.add(position)
                self.fixes.append(Fix(NAME, "removed", blocks[position].span, excerpt(blocks[position].text),
                                      f"{repeats[position]}, and everything under it was a repeat"))
        if self.generated:
            self._drop_labels_inside_their_twin(blocks, labels, repeats, first_of)

    def _reworded_headings(self, blocks, labels: dict[int, int], repeats: dict[int, str]) -> None:
        """A restart's heading or bold label line in other words ("##
        投資家が見るべきポイント" … "## 投資家が注目すべきポイント", "**まとめ：
        地域の交通を次の世代へ**" … "**最後に：地域の交通を次の世代へ**") counts as a repeat
        of the earlier one of its rank: it goes when everything under it was
        a repeat too.  (One in new words stays whatever is under it.)"""
        kept: list[tuple[int, str, str]] = []  # (rank, key, text) of the headings so far
        for position in sorted(labels):
            block = blocks[position]
            if position in self.removed:
                continue
            lead = _lead_label_key(block)
            words = (block.text.strip().partition("\n")[0] if lead is not None else block.text).strip()
            key = lead if lead is not None else _key(_HEADING_MARK.sub("", words))
            rank = labels[position]
            # (a label over its first line holds text: compared with, never removed)
            if position not in repeats and len(key) >= 3 and lead is None:
                for other_rank, other, other_text in kept:
                    if other_rank == rank and other != key and (
                        (len(other) >= 3 and (key.startswith(other) or other.startswith(key)))
                        or _ratio(key, other, _REWORDED_HEADING_RATIO) >= _REWORDED_HEADING_RATIO
                    ):
                        what = "heading" if block.kind == "heading" else "label line"
                        repeats[position] = f"{what} rewords an earlier one (“{excerpt(other_text, 30)}”)"
                        break
            kept.append((rank, key, _HEADING_MARK.sub("", words).strip().strip("*_")))

    def _drop_labels_inside_their_twin(self, blocks, labels: dict[int, int], repeats: dict[int, str], first_of: dict[str, Block]) -> None:
        """A restart's heading (or bold label line) that lands inside the
        section it repeats::

            ## 読影室で起きていること        <- kept
            ある放射線科医は…                  (its paragraph, completed by the restart)
            ## 読影室で起きていること        <- removed: the section it names goes on here
            つまり、AIは…                      (new text: now under the first heading)

        Once the repeats between them went, the nearest kept label of its
        rank or above is its own twin: the label is a restart's, and what it
        held stays where it is, in the twin's section."""
        def key_of(block: Block) -> str | None:
            return self._label_key(block, first_of) or _lead_label_key(block)

        def goes_on(position: int) -> bool:
            """Is there kept text under the label, before the next one?"""
            for later in range(position + 1, len(blocks)):
                if later in labels:
                    return False
                if later not in self.removed and blocks[later].kind != "marker":
                    return True
            return False

        for position in sorted(repeats):
            if position in self.removed:
                continue
            rank = labels[position]
            for before in range(position - 1, -1, -1):
                if before in self.removed or before not in labels or labels[before] > rank:
                    continue
                # a bold label line only when a later generation wrote it and
                # text follows: a writer's "**Tip:**" over each tip, or a
                # closing line echoing a label, stays
                restarted = blocks[position].kind == "heading" or (
                    goes_on(position) and any(blocks[before].span[0] < line < blocks[position].span[0] for line in self.breaks)
                )
                if restarted and key_of(blocks[before]) == key_of(blocks[position]):
                    what = "heading" if blocks[position].kind == "heading" else "label"
                    self.removed.add(position)
                    self.fixes.append(Fix(NAME, "removed", blocks[position].span, excerpt(blocks[position].text),
                                          f"{repeats[position]}, inside that {what}'s own section (the repeats between them went): the section goes on"))
                break

    @staticmethod
    def _label_key(block: Block, first_of: dict[str, Block]) -> str | None:
        """The key of a label block, None for other blocks.  A label is a
        heading, a short line set in bold ("**未来への展望**"), or a short line
        with no sentence end that repeats one of those ("未来への展望")."""
        if block.kind == "heading":
            return _key(_HEADING_MARK.sub("", block.text))
        text = block.text.strip()
        if block.kind != "paragraph" or "\n" in text:
            return None
        key = _key(text)
        if len(key) > _LABEL_CHARS:
            return None
        if _BOLD_LINE.match(text) or (not ends_sentence(text) and key in first_of):
            return key
        return None

    def _emptied(self, position: int, blocks: tuple[Block, ...], boundaries: dict[int, int], rank: int) -> bool:
        """Was everything under the label at ``position`` removed as a
        repeat?  Its section runs to the next label of its rank or above
        ("## A" holds its "### B"); a label with nothing under it but a
        removed label holds what that one held.  In a generated post, one
        right above a kept label of its rank introduces nothing (the seams
        rule spliced its paragraph into the cut one above); at the end of
        the post, one with nothing under it stays (a poem's last line
        echoing its heading)."""
        section: list[int] = []
        for later in range(position + 1, len(blocks)):
            if later in boundaries and boundaries[later] <= rank:
                if not section and later not in self.removed:
                    return self.generated
                if section:
                    break
            if blocks[later].kind != "marker":
                section.append(later)
        return bool(section) and all(self._gone(p) for p in section)

    def _gone(self, position: int) -> bool:
        """Is the block at ``position`` removed whole: a repeated paragraph,
        or a list all of whose items repeat earlier ones (kept in
        ``self.lists`` with no item alive, not in ``self.removed``)?"""
        if position in self.removed:
            return True
        entry = self.lists.get(position)
        return entry is not None and bool(entry.items) and not any(u.alive for u in entry.items)

    # -- result --------------------------------------------------------------------
    def result(self, doc: Document) -> tuple[Document, list[Fix]]:
        new_blocks: list[Block] = []
        for position, block in enumerate(doc.blocks):
            if position in self.removed:
                continue
            entry = self.lists.get(position)
            if entry is not None and entry.notes:
                alive = [u for u in entry.items if u.alive]
                gone = excerpt(" ".join(u.text.strip() for u in entry.items if not u.alive))
                if not alive:
                    self.fixes.append(Fix(NAME, "removed", block.span, gone, "list repeats other items: " + _summarise(entry.notes)))
                    continue
                text = "\n".join(u.text for u in alive)
                if text != block.text:
                    what = "repeated list items removed" if len(alive) < len(entry.items) else "repeated sentences removed from list items"
                    self.fixes.append(Fix(NAME, "edited", block.span, gone or excerpt(text), f"{what}: " + _summarise(entry.notes)))
                    block = block.with_text(text)
                    if self.generated and not entry.items[0].alive and new_blocks and new_blocks[-1].kind == "list" and _numbered_on(new_blocks[-1].text, text):
                        # a restart's copy of the list, its old items gone, goes
                        # on with the list it repeated ("3. …" kept, then "4. …"):
                        # one list again
                        new_blocks[-1] = new_blocks[-1].with_text(new_blocks[-1].text + "\n" + text, (new_blocks[-1].span[0], block.span[1]))
                        continue
            para = self.paras.get(position)
            if para is not None and para.changed:
                text = para.render()
                if text != block.text:
                    gone = _gone_text(para)
                    if text.strip() and text.strip() != para.prefix.strip():
                        self.fixes.append(Fix(NAME, "edited", block.span, excerpt(gone or text), _summarise(para.notes)))
                        block = block.with_text(text)
                    else:
                        self.fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), _summarise(para.notes)))
                        continue
            new_blocks.append(block)
        if not self.fixes:
            return doc, []
        return doc.with_blocks(tidy_gaps(doc, new_blocks)), self.fixes


#: how close two wordings must be to be near-duplicates in a post written in
#: one go (no seam, no chat turn), unless one says all of the other and more
ONE_GO_NEAR_RATIO = 97
_BULLET = lazy(r"^([-*+])\s")
#: an item stub shorter than this ("- 1 t") is not taken for a cut item
MIN_ITEM_STUB = 4


def _cut_item(cut: _Unit, whole: _Unit) -> bool:
    """Is ``cut`` a list item stopped short that ``whole`` says again whole
    ("- 1 tsp baking so" / "- 1 tsp baking soda"; a bare label, "- **会話要約
    の共有**：", is cut right after it)?"""
    if not len(whole.key) > len(cut.key) >= MIN_ITEM_STUB or not whole.key.startswith(cut.key):
        return False
    return not ends_sentence(cut.text) or bool(LABEL_ONLY_ITEM.match(cut.text))


def _numbered_on(kept: str, rest: str) -> bool:
    """Does list ``rest`` go on with list ``kept``: its first item numbered
    after ``kept``'s last top-level one ("3. …" / "4. …"), or both bulleted
    with the same mark?"""
    last = [m for line in kept.split("\n") if not line[:1].isspace() and (m := _STEP_NUMBER.match(line))]
    first = _STEP_NUMBER.match(rest)
    if last or first:
        return bool(last and first) and int(first.group(1)) == int(last[-1].group(1)) + 1
    bullet, opening = _BULLET.match(kept), _BULLET.match(rest)
    return bool(bullet and opening) and bullet.group(1) == opening.group(1)


@per_post_cache(maxsize=65536)
def _key(text: str) -> str:
    """Comparison key of a sentence or item: no list marker in front (a list
    item flattened into prose must still match the item), no continuation
    dots in front ("…その結果、" of a restart is "その結果、")."""
    text = ITEM_MARK.sub("", text, count=1)
    if text.lstrip()[:1] in _DOT_STARTS:
        text = _LEADING_DOTS.sub("", text, count=1)
    return norm(text)


def _split_items(text: str) -> list[tuple[int, str]]:
    """(line offset, text) of each top-level item of a list block."""
    lines = text.split("\n")
    first = _LIST_ITEM.match(lines[0])
    indent = len(first.group(1)) if first else 0
    items: list[tuple[int, list[str]]] = []
    for i, line in enumerate(lines):
        m = _LIST_ITEM.match(line)
        if m and len(m.group(1)) <= indent or not items:
            items.append((i, [line]))
        else:
            items[-1][1].append(line)
    return [(i, "\n".join(ls)) for i, ls in items]


def _para_key(para: _Para) -> str:
    return "".join(u.key for u in para.units)


def _close_to_all(key: str, unit: _Unit) -> bool:
    """May ``key`` replace ``unit``'s wording?  Only when it is close to every
    wording the unit held, so that a chain of near-duplicates cannot drift
    away from the first one."""
    return all(_covers(key, old) for old in [unit.key, *unit.history])


def _covers(kept: str, dropped: str, kept_text: str | None = None, dropped_text: str | None = None) -> bool:
    """Does the wording ``kept`` carry what ``dropped`` said?  Yes when they
    are close, or when ``kept`` only adds words to ``dropped`` (every
    character of it is there, in order) - but not when one says "not" more
    often than the other (given their texts): "…was not easy" adds a word to
    "…was easy" and says the opposite."""
    if kept == dropped:
        return True
    if kept_text is not None and dropped_text is not None and _negated(kept_text) != _negated(dropped_text):
        return False
    if _ratio(kept, dropped) >= _SENTENCE_KEEP_RATIO:
        return True
    return len(kept) > len(dropped) and _indel_distance(kept, dropped) == len(kept) - len(dropped)


def _keeps_sentences(kept: str, dropped: str) -> bool:
    kept_sentences = [(_key(s.text), s.text) for s in split_sentences(kept)]
    return all(
        any(_covers(k, _key(d.text), text, d.text) for k, text in kept_sentences) for d in split_sentences(dropped)
    )


_STEP_NUMBER = lazy(r"^\s*(\d{1,9})[.)]\s")


def _other_step(text: str, earlier: str) -> bool:
    """Are both numbered items, under other numbers?"""
    a, b = _STEP_NUMBER.match(text), _STEP_NUMBER.match(earlier)
    return a is not None and b is not None and a.group(1) != b.group(1)


def _in_heading(unit: "_Unit") -> bool:
    return unit.para is not None and unit.para.block.kind == "heading"


def _lead_label_key(block: Block) -> str | None:
    """The key of the bold label a paragraph opens with on a line of its own
    ("**今後の展望**\nAIの進化は…"), None for other blocks."""
    if block.kind != "paragraph" or not block.text.startswith(("**", "__")):
        return None
    first, _, rest = block.text.strip().partition("\n")
    if not rest.strip() or not _BOLD_LINE.match(first.strip()):
        return None
    key = _key(first)
    return key if len(key) <= _LABEL_CHARS else None


def _drop_as_repeat(para: "_Para", unit: "_Unit", kept: "_Unit", note: str) -> None:
    unit.alive = False
    unit.dup_of = kept
    para.notes.append(note)


def _opens_with_cut_tail(para: "_Para") -> bool:
    """Does the paragraph open with a short rest of a cut sentence ("になる。")?"""
    first = para.units[0]
    return len(first.key) < _MIN_TAIL_WORDS and starts_mid_sentence(first.text)


def _words_key(words: str) -> str:
    """A label's key, from its words without marks: the closing colon left
    out ("**Why now:**" inline is the label line "**Why now**")."""
    return norm(words).rstrip(":：")


def _is_label(para: "_Para") -> bool:
    """A heading that names its section: one short sentence (not a
    paragraph an agent set as a heading line)."""
    return para.block.kind == "heading" and len(para.units) == 1 and len(para.units[0].key) <= _LABEL_CHARS


def _letters(key: str) -> int:
    return len(_LETTER.findall(key))


def _balanced(text: str) -> bool:
    """Can ``text`` go without leaving half of an emphasis, link or code span?"""
    return text.count("**") % 2 == 0 and text.count("__") % 2 == 0 and text.count("`") % 2 == 0 and text.count("[") == text.count("]")


def _rank(block: Block) -> int:
    """A label's place in the outline: a heading's level, below them a bold line."""
    if block.kind != "heading":
        return _LOWEST
    text = block.text.lstrip(" ")
    return len(text) - len(text.lstrip("#"))


def _repeated_paragraph(para: _Para) -> _Para | None:
    """The one kept paragraph that the removed opening sentences of ``para`` repeat."""
    owners = set()
    for u in para.units:
        if u.alive:
            break
        twin = u.dup_of or u.near_of
        owner = twin.para if twin is not None else None
        if owner is None:
            return None
        owners.add(id(owner))
        found = owner
    return found if len(owners) == 1 else None


#: how close a restart's reworded short opening stays to the first copy's
#: ("…would be a mistake." / "…would be an error.": 78)
_REWORDED_RATIO = 75
#: how close each reworded sentence of a restart stays to its kept twin when
#: the restart repeated other sentences of the same paragraph word for word
#: ("走る台数は減ります" / "走るトラックの台数は減ります": 86); a
#: sentence this close counts as kept in other words
_REWORDED_SENTENCE_RATIO = 85
#: the same, for a restart that repeats the kept paragraph sentence for
#: sentence, each reworded one in the place of its twin ("…職員は萎縮してしまい
#: ます" / "…職員はかえって使うのをためらってしまいます": 73)
_REWORDED_IN_PLACE_RATIO = 60
# (not "かもしれません", "思いませんか", "少ない", "まず、": a pair counted
# apart for another reason is only kept, never lost)
_NEGATION = lazy(
    r"(?i)(?<![A-Za-z])(?:not|no|never|none|nothing|cannot|neither|nor)(?![A-Za-z])|n't"
    r"|(?<!しれ)ません(?!か)|(?<!しれ|少|危|幼|切|情け|もったい|くだら|つまら)ない|なかった|(?<=[^まわ必])ず[、。にとも]|ぬ(?![いぐるれけかのま])"
)


_NAME_TOKEN = lazy(r"[A-Za-z0-9~/._-]*[A-Za-z0-9][A-Za-z0-9~/._-]*|\p{Katakana}[\p{Katakana}ー]{2,}")


def _new_names(old: str, new: str) -> bool:
    """Does ``new`` name something ``old`` does not: a capitalised or mixed
    word past its first, a path, a figure, a katakana word ("On Linux it
    lives in /etc/…" / "On macOS it lives in ~/Library/…": parallel facts,
    not one fact reworded)?"""
    def names(text: str) -> set[str]:
        found = set()
        for i, m in enumerate(_NAME_TOKEN.finditer(text)):
            token = m.group(0).rstrip("._-")  # (a full stop is no path)
            if not token.isascii() or any(c in token for c in "~/._") or any(c.isdigit() for c in token) or (i and token[0].isupper()) or any(c.isupper() for c in token[1:]):
                found.add(token.lower())
        return found

    return bool(names(new) - names(old))


def _extends(old: str, new: str) -> bool:
    """Does ``new`` say all of ``old`` (nearly every character, in order) and
    more: the more complete wording, not a looser one ("…閲覧傾向を元に" /
    "…閲覧傾向、さらには過去のチャット履歴やSNSでの言及までを元に")?  (The
    "only adds words" test of ``_covers``, with a tenth of ``old``'s letters
    allowed to differ: a restart rewords a particle or two as it adds.)"""
    common = (len(old) + len(new) - _indel_distance(old, new)) // 2
    return len(new) > len(old) and len(old) - common <= len(old) // 10


def _negated(text: str) -> int:
    """How many negations ``text`` says (a cheap count, compared between close wordings)."""
    return len(_NEGATION.findall(text))


def _continues(para: _Para, last: _Para) -> bool:
    """``para`` opens with the end of ``last`` (its last sentences, or all of
    it) and only then has new sentences."""
    dead_prefix = []
    for u in para.units:
        if u.alive:
            break
        dead_prefix.append(u.key)
    if len(dead_prefix) != sum(1 for u in para.units if not u.alive):
        return False  # repeats are scattered: leave the new sentences in place
    return bool(dead_prefix) and "".join(last.alive_keys()).endswith("".join(dead_prefix))


def _swap_text(old: str, new: str) -> str:
    """Replace a sentence's text but keep the old one's surrounding white space."""
    lead = old[: len(old) - len(old.lstrip())]
    trail = old[len(old.rstrip()) :]
    return lead + new.strip() + trail


def _gone_text(para: _Para) -> str:
    return " ".join(u.text.strip() for u in para.units if not u.alive)


def _line_finder(block: Block, shift: int = 0):
    starts = [0]
    text = block.text
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)

    def line_of(offset: int) -> int:
        return block.span[0] + bisect.bisect_right(starts, offset + shift) - 1

    return line_of


def _summarise(notes: list[str]) -> str:
    unique = list(dict.fromkeys(notes))
    if len(unique) > 3:
        return "; ".join(unique[:3]) + f"; and {len(unique) - 3} more"
    return "; ".join(unique) or "duplicate"


RULE = Rule(NAME, "Remove repeated and near-repeated sentences, paragraphs, list items and headings; keep the first, most complete copy.", apply)
