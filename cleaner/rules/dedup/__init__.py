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

The parts: ``model`` (the units compared and the index that finds their
repeats), ``wording`` (is one wording a cut, cover or rewording of
another?), ``state`` (reading the post in order: paragraphs, headings,
tables, code), ``lists`` and ``labels`` (the short repeats and emptied
labels left at the end); ``apply`` below drives them.
"""

from __future__ import annotations

import bisect

from ...document import Document
from ...fixes import Fix
from ...settings import Settings
from .. import Rule
from .model import NAME
from .state import _State


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
            elif state.generated:
                state.remember_line(block)
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
    state.keep_refrains(doc.blocks)
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


RULE = Rule(NAME, "Remove repeated and near-repeated sentences, paragraphs, list items and headings; keep the first, most complete copy.", apply)
