"""Duplicate and near-duplicate text: keep one copy, drop the repeats.

Continuations repeat what was already written - a paragraph's last sentence
as a paragraph of its own, whole runs of paragraphs after a restart, a
"flattened" copy of many paragraphs joined into one line, or the same
paragraph with a few words changed::

    今回の規制は大きな転換点となるでしょう。正直なところ、私にもまだ確たる答えは見えていません。

    正直なところ、私にもまだ確たる答えは見えていません。      <- removed: contained in line 1

The first occurrence stays where it is (with the more complete wording of a
near-duplicate); later copies go, sentence by sentence, so that any new
sentence in a repeated paragraph survives in reading order.

Never touched: code, tables, HTML, quotes; units shorter than
``min_dup_chars`` (short lines such as "詳細はこちら" repeat legitimately).
Lists and headings are removed only when they repeat earlier ones whole.

Cost is linear in the size of the post: exact and normalised repeats are
found by hashing, contained fragments by binary search in sorted keys, and
fuzzy candidates by blocking on the first/last characters before rapidfuzz
compares a handful of pairs.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field

import regex
from rapidfuzz import fuzz

from ..document import Block, Document, tidy_gaps
from ..fixes import Fix
from ..settings import Settings
from ..text import excerpt, norm, split_sentences
from . import Rule

NAME = "dedup"
_DIGITS = regex.compile(r"\d+(?:[.,]\d+)*")
_BLOCK_KEY = 12  # characters of a key used for fuzzy blocking


@dataclass(eq=False)
class _Unit:
    """A sentence of a kept paragraph (mutable while the rule runs)."""

    text: str  # with its trailing white space, exactly as in the input
    key: str
    line: int
    alive: bool = True
    para: "_Para | None" = None


@dataclass(eq=False)
class _Para:
    block: Block
    units: list[_Unit]
    changed: bool = False
    notes: list[str] = field(default_factory=list)

    def render(self) -> str:
        out = ""
        for u in self.units:
            if not u.alive:
                continue
            if out and not out[-1].isspace() and out[-1].isascii() and u.text[:1].isascii() and not u.text[:1].isspace():
                out += " "  # a sentence moved next to another one (Latin text needs a space)
            out += u.text
        return out.rstrip()


class _Index:
    """Everything kept so far, for the duplicate checks."""

    def __init__(self, settings: Settings):
        self.min_chars = settings.min_dup_chars
        self.near_ratio = settings.near_dup_ratio
        self.min_near = settings.min_near_dup_chars
        self.exact: dict[str, _Unit] = {}
        self.forward: list[str] = []  # sorted keys, for "is a prefix of"
        self.backward: list[str] = []  # sorted reversed keys, for "is a suffix of"
        self.owner: dict[str, _Unit] = {}
        self.heads: dict[str, list[_Unit]] = defaultdict(list)
        self.tails: dict[str, list[_Unit]] = defaultdict(list)
        self.fragments: dict[str, list[_Unit]] = defaultdict(list)

    def add(self, unit: _Unit, unfinished: bool) -> None:
        key = unit.key
        if len(key) < self.min_chars or key in self.exact:
            return
        self.exact[key] = unit
        self.owner[key] = unit
        bisect.insort(self.forward, key)
        bisect.insort(self.backward, key[::-1])
        self.heads[key[:_BLOCK_KEY]].append(unit)
        self.tails[key[-_BLOCK_KEY:]].append(unit)
        if unfinished:
            self.fragments[key[:_BLOCK_KEY]].append(unit)

    def find(self, key: str) -> tuple[_Unit, str] | None:
        """An earlier unit that ``key`` repeats, and how."""
        if len(key) < self.min_chars:
            return None
        hit = self.exact.get(key)
        if hit is not None and hit.alive:
            return hit, "duplicate of line {line}"
        i = bisect.bisect_left(self.forward, key)
        if i < len(self.forward) and self.forward[i].startswith(key):
            owner = self.owner[self.forward[i]]
            if owner.alive:
                return owner, "contained in line {line}"
        rkey = key[::-1]
        i = bisect.bisect_left(self.backward, rkey)
        if i < len(self.backward) and self.backward[i].startswith(rkey):
            owner = self.owner[self.backward[i][::-1]]
            if owner.alive:
                return owner, "contained in line {line}"
        return None

    def near(self, key: str) -> _Unit | None:
        if len(key) < self.min_near:
            return None
        candidates = self.heads.get(key[:_BLOCK_KEY], []) + self.tails.get(key[-_BLOCK_KEY:], [])
        for unit in candidates:
            if not unit.alive or unit.key == key:
                continue
            shorter, longer = sorted((len(unit.key), len(key)))
            if shorter / longer < 0.8:
                continue
            if _DIGITS.findall(unit.key) != _DIGITS.findall(key):
                continue  # different figures are different facts
            if fuzz.ratio(unit.key, key) >= self.near_ratio:
                return unit
        return None

    def unfinished_prefix_of(self, key: str) -> _Unit | None:
        """A kept unfinished fragment that ``key`` completes."""
        for unit in self.fragments.get(key[:_BLOCK_KEY], []):
            if unit.alive and key.startswith(unit.key) and key != unit.key:
                return unit
        return None


def apply(doc: Document, settings: Settings) -> tuple[Document, list[Fix]]:
    """Remove repeated sentences, paragraphs, lists and headings.

    For each prose sentence in reading order: if it repeats a kept sentence
    (exactly after normalisation, as a prefix/suffix of one, or as a
    near-duplicate with the same figures) it is removed; a near-duplicate
    that is more complete replaces the kept wording.  A paragraph that
    starts with a whole earlier paragraph keeps one copy with its new
    sentences, at the earlier position.
    """
    index = _Index(settings)
    paras: dict[int, _Para] = {}
    fixes: list[Fix] = []
    removed: set[int] = set()
    list_keys: dict[str, Block] = {}
    heading_keys: dict[str, Block] = {}
    last_para: _Para | None = None

    for position, block in enumerate(doc.blocks):
        if block.kind == "list":
            key = norm(block.text)
            earlier = list_keys.get(key)
            if earlier is not None and len(key) >= settings.min_dup_chars:
                removed.add(position)
                fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), f"list repeats lines {_label(earlier.span)}"))
            else:
                list_keys.setdefault(key, block)
            continue
        if block.kind == "heading":
            heading_keys.setdefault(norm(block.text), block)
            continue
        if block.kind != "paragraph":
            continue
        para = _Para(block, [])
        sentences = split_sentences(block.text)
        line_of = _line_finder(block)
        lead = block.text[: sentences[0].start] if sentences else ""
        for n, s in enumerate(sentences):
            raw = block.text[s.start : s.end]
            if n == 0:
                raw = lead + raw
            unit = _Unit(raw, norm(s.text), line_of(s.start), para=para)
            para.units.append(unit)
            hit = index.find(unit.key)
            if hit is not None:
                earlier, how = hit
                unit.alive = False
                para.notes.append(how.format(line=earlier.line))
                continue
            near = index.near(unit.key)
            if near is not None:
                unit.alive = False
                if len(unit.key) > len(near.key):
                    owner_para = near.para
                    near.text = _swap_text(near.text, unit.text)
                    near.key = unit.key
                    index.add(near, not s.complete)
                    if owner_para:
                        owner_para.changed = True
                    para.notes.append(f"near-duplicate of line {near.line}; its more complete wording is kept there")
                else:
                    para.notes.append(f"near-duplicate of line {near.line}")
                continue
            fragment = index.unfinished_prefix_of(unit.key)
            if fragment is not None:
                fragment.alive = False
                owner_para = fragment.para
                if owner_para:
                    owner_para.changed = True
                    owner_para.notes.append(f"unfinished sentence completed by line {unit.line}")
            index.add(unit, not s.complete)

        alive = [u for u in para.units if u.alive]
        dead = [u for u in para.units if not u.alive]
        if dead and alive and last_para is not None and _starts_with_whole(para, last_para):
            # "earlier paragraph + new sentences": one copy, at the earlier place
            last_para.units.extend(alive)
            last_para.changed = True
            last_para.notes.append(f"new sentences from line {block.span[0]} appended (the paragraph repeated this one and went on)")
            for u in alive:
                u.para = last_para
            para.units = [u for u in para.units if not u.alive]
            alive = []
        if not alive and para.units:
            removed.add(position)
            fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), _summarise(para.notes)))
        else:
            paras[position] = para
            last_para = para
            if dead:
                para.changed = True

    # a repeated heading whose whole section went is a repeat too
    _drop_repeated_headings(doc.blocks, removed, fixes, settings)

    new_blocks: list[Block] = []
    for position, block in enumerate(doc.blocks):
        if position in removed:
            continue
        para = paras.get(position)
        if para is not None and para.changed:
            text = para.render()
            if text != block.text:
                if text:
                    fixes.append(Fix(NAME, "edited", block.span, excerpt(_gone_text(para) or text), _summarise(para.notes)))
                    block = block.with_text(text)
                else:
                    fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), _summarise(para.notes)))
                    continue
        new_blocks.append(block)
    if not fixes:
        return doc, []
    return doc.with_blocks(tidy_gaps(doc, new_blocks)), fixes


def _drop_repeated_headings(blocks, removed: set[int], fixes: list[Fix], settings: Settings) -> None:
    seen: dict[str, Block] = {}
    for position, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        key = norm(block.text.lstrip("# "))
        earlier = seen.get(key)
        if earlier is None:
            seen[key] = block
            continue
        section = []
        for later in range(position + 1, len(blocks)):
            if blocks[later].kind in ("heading", "marker"):
                break
            section.append(later)
        if all(p in removed for p in section):
            removed.add(position)
            fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), f"heading repeats line {earlier.span[0]} and everything under it was a repeat"))


def _starts_with_whole(para: _Para, last: _Para) -> bool:
    """Does ``para`` open with every sentence of ``last`` (and then go on)?"""
    last_keys = [u.key for u in last.units if u.alive]
    dead_prefix = []
    for u in para.units:
        if u.alive:
            break
        dead_prefix.append(u.key)
    return bool(last_keys) and dead_prefix == last_keys and len(dead_prefix) == sum(1 for u in para.units if not u.alive)




def _swap_text(old: str, new: str) -> str:
    """Replace a sentence's text but keep the old one's surrounding white space."""
    lead = old[: len(old) - len(old.lstrip())]
    trail = old[len(old.rstrip()) :]
    return lead + new.strip() + trail


def _gone_text(para: _Para) -> str:
    return " ".join(u.text.strip() for u in para.units if not u.alive)


def _line_finder(block: Block):
    starts = [0]
    for i, ch in enumerate(block.text):
        if ch == "\n":
            starts.append(i + 1)

    def line_of(offset: int) -> int:
        return block.span[0] + bisect.bisect_right(starts, offset) - 1

    return line_of


def _summarise(notes: list[str]) -> str:
    unique = list(dict.fromkeys(notes))
    if len(unique) > 3:
        return "; ".join(unique[:3]) + f"; and {len(unique) - 3} more"
    return "; ".join(unique) or "duplicate"


def _label(span: tuple[int, int]) -> str:
    return f"{span[0]}-{span[1]}"


RULE = Rule(NAME, "Remove repeated and near-repeated sentences, paragraphs, lists and headings; keep the first, most complete copy.", apply)
