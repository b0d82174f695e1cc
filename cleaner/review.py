"""Per-file data for the HTML review page (``--report review.html``).

Computed in the worker that cleaned the post, so that only a compact summary
of the change travels back to the parent - never the whole input and output
texts - and a batch of thousands of posts stays small in memory:

* the diff as rows with a few lines of context, aligned so that the lines
  the fixes removed show as removed (``_align``);
* each removed/added row tagged with the fixes whose input line span covers it;
* the input lines that duplicates point at (the copy that was kept) included
  as context, so that the page can link a removal to its kept copy;
* for a changed line, the character ranges that changed (so that a sentence
  cut out of a paragraph, or the half that a seam splice joined on, shows).

Row format (lists, to keep the page small)::

    [op, number, text, fix_indexes, changed_ranges(, same_text_as_row)]

``op`` is ``" "`` (context; number = input line), ``"-"`` (removed; input
line), ``"+"`` (added; output line) or ``"~"`` (``number`` unchanged lines
left out; no text).  ``changed_ranges`` are ``[start, end]`` character
ranges; for a context row, ``[at, n]`` when ``n`` characters of a long line
were left out at ``at``.  A sixth item ``n`` (and an empty ``text``) means
the same text as row ``n`` (see ``_share_repeated_text``).
"""

from __future__ import annotations

import bisect
import re
from difflib import SequenceMatcher

from .fixes import Fix

CONTEXT = 2
#: above this (lines in x lines out) a fast greedy alignment replaces difflib
_DIFFLIB_LIMIT = 4_000_000
#: a context line longer than this shows its head and tail only
_CONTEXT_CHARS = 240
#: a changed line pair is compared character by character up to this size
#: (product of the lengths); beyond it only the common prefix/suffix is used
_CHAR_DIFF_LIMIT = 250_000
#: ``line 23`` / ``lines 23-25`` in a reason; quoted post text is cut first
_LINE_REF = re.compile(r"\blines? (\d+)(?:-(\d+))?")
_QUOTED = re.compile(r"“[^”]*”")
#: rules whose reasons name the line of the copy that was kept
_REF_RULES = frozenset({"dedup"})


def line_refs(fix: Fix) -> list[list[int]]:
    """The input line spans a duplicate's reason points at (the kept copy)."""
    if fix.rule not in _REF_RULES:
        return []
    refs = []
    for m in _LINE_REF.finditer(_QUOTED.sub("", fix.reason)):
        a = int(m.group(1))
        b = int(m.group(2) or a)
        if [a, b] not in refs:
            refs.append([a, b])
    return refs


def review_data(original: str, cleaned: str, fixes: list[Fix]) -> dict:
    """The compact diff of one post for the review page."""
    from .text import article_language

    old = original.split("\n")
    new = cleaned.split("\n")
    if old and old[-1] == "":
        old.pop()
    if new and new[-1] == "":
        new.pop()
    refs = [line_refs(f) for f in fixes]
    return {
        "lang": article_language(original),
        "refs": refs,
        "hunks": _hunks(old, new, fixes, refs) if original != cleaned else [],
    }


def _hunks(old: list[str], new: list[str], fixes: list[Fix], refs: list[list[list[int]]]) -> list[list]:
    tagger = _Tagger(fixes)
    seq = _align(old, new, fixes)
    # what is shown of the unchanged lines: a few around every change, and
    # the kept copies that duplicates point at
    near: set[int] = set()
    for n, item in enumerate(seq):
        if item[0] != "=":
            near.update(range(n - CONTEXT, n + CONTEXT + 1))
    kept_copies = {i - 1 for spans in refs for a, b in spans for i in range(a, b + 1)}
    rows: list[list] = []
    skipped: list[int] = []
    n = 0
    while n < len(seq):
        if seq[n][0] == "=":
            i = seq[n][1]
            if n in near or i in kept_copies:
                _skip(rows, skipped, old)
                skipped = []
                rows.append(_context(i, old[i], full=i in kept_copies))
            else:
                skipped.append(i)
            n += 1
            continue
        _skip(rows, skipped, old)
        skipped = []
        end = n
        while end < len(seq) and seq[end][0] != "=":
            end += 1
        _change(rows, seq[n:end], old, new, fixes, tagger)
        n = end
    _skip(rows, skipped, old)
    # drop a leading/trailing "~" (unchanged lines at the very start/end)
    while rows and rows[0][0] == "~":
        rows.pop(0)
    while rows and rows[-1][0] == "~":
        rows.pop()
    _to_utf16(rows)
    _share_repeated_text(rows)
    return rows


def _to_utf16(rows: list[list]) -> None:
    """Character offsets as the page's script counts them: in UTF-16 code
    units, where an emoji or a rare kanji (U+20000 and up) counts two."""
    for row in rows:
        text, ranges = row[2], row[4]
        if not ranges or len(text.encode("utf-16-le")) == 2 * len(text):
            continue
        def u16(i: int) -> int:
            return len(text[:i].encode("utf-16-le")) // 2
        if row[0] == " ":
            row[4] = [u16(ranges[0]), ranges[1]]
        else:
            row[4] = [[u16(a), u16(b)] for a, b in ranges]


def _share_repeated_text(rows: list[list]) -> None:
    """A line whose text an earlier row already holds (a removed duplicate
    and its kept copy, most often) points at that row instead: a sixth item,
    the earlier row's index, and an empty text.  A third of the page, for
    posts full of repeats."""
    first: dict[str, int] = {}
    for n, row in enumerate(rows):
        op, text = row[0], row[2]
        if op == "~" or len(text) < 40 or (op == " " and row[4]):  # short, or a cut context line
            continue
        if text in first:
            row[2] = ""
            row.append(first[text])
        else:
            first[text] = n


def _align(old: list[str], new: list[str], fixes: list[Fix]) -> list[tuple]:
    """The diff as a sequence of ``("=", i, j)``, ``("-", i)`` and ``("+", j)``
    (0-based line indexes), in reading order.

    The lines that fixes of action ``removed`` took out are removed first,
    and only the rest is aligned with the output by ``difflib``: so a
    removed duplicate shows as the removed one, with its kept copy unchanged
    (a plain diff may align the output with the removed copy instead).  The
    result is a valid diff whatever the spans say: a line wrongly counted as
    removed would show as removed and added again."""
    removed = sorted({i - 1 for f in fixes if f.action == "removed"
                      for i in range(f.lines[0], f.lines[1] + 1) if 0 < i <= len(old)})
    gone = set(removed)
    kept = [i for i in range(len(old)) if i not in gone]
    a = [old[i] for i in kept]
    if len(a) * len(new) <= _DIFFLIB_LIMIT:
        # blank lines are junk: matches anchor on text, so an added line
        # lands beside the lines it came from, not at the first blank lines
        opcodes = SequenceMatcher(_blank, a, new, autojunk=False).get_opcodes()
    else:
        opcodes = _greedy_opcodes(a, new)
    seq: list[tuple] = []
    r = 0  # next removed line to place

    def flush(before: int) -> None:
        nonlocal r
        while r < len(removed) and removed[r] < before:
            seq.append(("-", removed[r]))
            r += 1

    for tag, a1, a2, j1, j2 in opcodes:
        for p in range(a1, a2):
            flush(kept[p])
            seq.append(("=", kept[p], j1 + p - a1) if tag == "equal" else ("-", kept[p]))
        if tag in ("insert", "replace"):
            if tag == "insert":
                flush(kept[a1] if a1 < len(kept) else len(old))
            seq.extend(("+", j) for j in range(j1, j2))
    flush(len(old))
    return seq


def _greedy_opcodes(a: list[str], b: list[str], reach: int = 200) -> list[tuple]:
    """difflib-style opcodes in about linear time, for huge posts: walk the
    output; a line found a little ahead in the input is equal (what lies
    before it removed), any other line added.  Valid, if less tidy than
    difflib (after the removed lines are out, most lines are equal in order)."""
    where: dict[str, list[int]] = {}
    for i, line in enumerate(a):
        where.setdefault(line, []).append(i)
    ops: list[tuple] = []
    i = 0

    def emit(tag: str, a1: int, a2: int, j1: int, j2: int) -> None:
        if ops and ops[-1][0] == tag and ops[-1][2] == a1 and ops[-1][4] == j1:
            ops[-1] = (tag, ops[-1][1], a2, ops[-1][3], j2)
        else:
            ops.append((tag, a1, a2, j1, j2))

    for j, line in enumerate(b):
        spots = where.get(line, [])
        k = bisect.bisect_left(spots, i)
        if k < len(spots) and spots[k] - i <= reach:
            if spots[k] > i:
                emit("delete", i, spots[k], j, j)
            emit("equal", spots[k], spots[k] + 1, j, j + 1)
            i = spots[k] + 1
        else:
            emit("insert", i, i, j, j + 1)
    if i < len(a):
        emit("delete", i, len(a), len(b), len(b))
    return ops


def _blank(line: str) -> bool:
    return not line.strip()


def _change(rows: list[list], items: list[tuple], old: list[str], new: list[str], fixes: list[Fix], tagger: "_Tagger") -> None:
    """The rows of one run of removed/added lines, each tagged with its fixes."""
    olds = [item[1] for item in items if item[0] == "-"]
    news = [item[1] for item in items if item[0] == "+"]
    block_fixes = tagger.overlapping(min(olds) + 1, max(olds) + 1) if olds else []
    pairs: dict[int, int] = {}
    if olds and news:
        # an added line is the product of a rewrite (splice, edit,
        # replacement), never of a plain removal: pair it with a line that a
        # rewrite covers when there is one
        rewritten = [i for i in olds if any(fixes[k].action != "removed" for k in tagger.covering(i + 1))]
        pairs = _pair(old, new, rewritten or olds, news)
    ranges_old: dict[int, list] = {}
    ranges_new: dict[int, list] = {}
    for i, j in pairs.items():
        ranges_old[i], ranges_new[j] = _changed_ranges(old[i], new[j])
    paired = {j: i for i, j in pairs.items()}
    rewrites = [k for k in block_fixes if fixes[k].action != "removed"]
    for op, x in items:
        if op == "-":
            # a removed blank line belongs to no fix unless one's span covers it
            tags = tagger.covering(x + 1) or ([] if not old[x].strip() else block_fixes)
            rows.append(["-", x + 1, old[x], tags, ranges_old.get(x, [])])
        else:
            # an added line comes from the removed line it pairs with (a
            # paragraph that lost a sentence, a spliced seam, a rewritten
            # value); an unpaired one from a fix that rewrites, if any
            tags = tagger.covering(paired[x] + 1) if x in paired else rewrites
            rows.append(["+", x + 1, new[x], tags, ranges_new.get(x, [])])


def _skip(rows: list[list], skipped: list[int], old: list[str]) -> None:
    """Unchanged lines between two shown ones: a marker, or the lines
    themselves when there are only one or two (a marker would be as long)."""
    if len(skipped) > 2:
        rows.append(["~", len(skipped), "", [], []])
    else:
        rows.extend(_context(i, old[i]) for i in skipped)


def _context(i: int, text: str, full: bool = False) -> list:
    """A context row; a long line that only gives context (not a kept copy a
    duplicate points at) keeps its head and tail: ``[at, n]`` says that ``n``
    characters were left out at ``at``.  A sixth item ``n`` (and an empty ``text``) means
the same text as row ``n`` (see ``_share_repeated_text``)."""
    if full or len(text) <= _CONTEXT_CHARS:
        return [" ", i + 1, text, [], []]
    head, tail = _CONTEXT_CHARS * 2 // 3, _CONTEXT_CHARS // 3
    return [" ", i + 1, text[:head] + text[-tail:], [], [head, len(text) - head - tail]]


class _Tagger:
    """Which fixes cover an input line (by their ``lines`` span); an index
    by line, so that a post with thousands of fixes costs no more per line."""

    def __init__(self, fixes: list[Fix]):
        self.by_line: dict[int, list[int]] = {}
        for k, f in enumerate(fixes):
            for line in range(f.lines[0], f.lines[1] + 1):
                self.by_line.setdefault(line, []).append(k)

    def overlapping(self, a: int, b: int) -> list[int]:
        """Fixes whose span overlaps input lines ``a``..``b`` (1-based)."""
        found: set[int] = set()
        for line in range(a, b + 1):
            found.update(self.by_line.get(line, ()))
        return sorted(found)

    def covering(self, line: int) -> list[int]:
        return list(self.by_line.get(line, ()))


def _pair(old: list[str], new: list[str], candidates: list[int], news: list[int]) -> dict[int, int]:
    """Pair each added line with the removed line (among ``candidates``) it
    most resembles (a paragraph that lost a sentence, a cut line that a
    splice completed, a front-matter value rewritten), in order; unpaired
    lines stay whole."""
    pairs: dict[int, int] = {}
    if len(candidates) * len(news) > 4000:  # a long run replaced: show it whole
        return pairs
    start = 0
    for j in news:
        best, best_score = None, 0
        for c in range(start, len(candidates)):
            score = _affinity(old[candidates[c]], new[j])
            if score > best_score:
                best, best_score = c, score
        if best is not None and best_score >= 6:  # e.g. "title: " of a rewritten value
            pairs[candidates[best]] = j
            start = best + 1
    return pairs


def _common_ends(a: str, b: str) -> tuple[int, int]:
    """Lengths of the common prefix and of the common suffix after it."""
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, s


def _affinity(a: str, b: str) -> int:
    """Shared prefix + suffix length (cheap and right for cuts and splices)."""
    if not a or not b:
        return 0
    p, s = _common_ends(a, b)
    if p == len(a) == len(b):
        return p
    return p + s


def _changed_ranges(a: str, b: str) -> tuple[list[list[int]], list[list[int]]]:
    """Character ranges of ``a`` that were removed and of ``b`` that were added."""
    p, s = _common_ends(a, b)
    mid_a, mid_b = a[p:len(a) - s], b[p:len(b) - s]
    if not mid_a and not mid_b:
        return [], []
    if mid_a and mid_b and len(mid_a) * len(mid_b) <= _CHAR_DIFF_LIMIT:
        out_a, out_b = [], []
        for tag, x1, x2, y1, y2 in SequenceMatcher(None, mid_a, mid_b, autojunk=False).get_opcodes():
            if tag == "equal":
                continue
            if x2 > x1:
                _extend(out_a, p + x1, p + x2)
            if y2 > y1:
                _extend(out_b, p + y1, p + y2)
        return out_a, out_b
    return ([[p, len(a) - s]] if mid_a else []), ([[p, len(b) - s]] if mid_b else [])


def _extend(ranges: list[list[int]], a: int, b: int) -> None:
    # merge ranges a character or two apart: a highlight full of tiny holes
    # (common letters matched by chance) reads worse than one span
    if ranges and a - ranges[-1][1] <= 2:
        ranges[-1][1] = b
    else:
        ranges.append([a, b])
