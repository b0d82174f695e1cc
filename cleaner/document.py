"""The document model every rule works on: front matter plus body blocks.

A post is split once, here, into

* ``FrontMatter`` - the raw text between the delimiters (so that a repair can
  rewrite only the lines of the keys it touches) and the safely parsed mapping;
* a tuple of ``Block`` s - paragraph, heading, list, quote, table, code, html,
  marker, rule (thematic break) and ``verbatim`` (an ``articlefix: off`` region).

Every block remembers the 1-based line span it came from in the input, so that
the report can point at the input even after several rules have edited the
document.  Blank lines are not blocks: each block carries the blank lines that
preceded it (``gap``), which is what lets an untouched document render back
byte for byte.

Documents and blocks are immutable; rules build new ones with
``Block._replace`` / ``Document.with_blocks``.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Iterable, NamedTuple

import regex

from .patterns import compiled, lazy

from .frontmatter import FrontMatter, split_front_matter
from .text import article_language_of

#: Kinds that no rule may edit (they may only be kept as they are).
PROTECTED_KINDS = frozenset({"code", "table", "html", "verbatim"})
#: Kinds that hold running prose that rules may edit sentence by sentence.
PROSE_KINDS = frozenset({"paragraph"})

DEFAULT_MARKERS = (
    r"-{2,}\s*END\s*-*",
    # dashes that are not hyphens, one is enough: "―END―", "— END —"
    r"[–—―─━－]+\s*END\s*[-–—―─━－]*",
    r"\[END\]",
    r"<END>",
)

# (any indentation: a fence inside a list item is indented by the item's
# width, four spaces or more, and read as prose it lost its closing fence to
# deduplication)
_FENCE = lazy(r"^( *)(`{3,}|~{3,})(.*)$")
# an indented code block: four spaces or a tab, after a blank line, not
# inside a list (there the indentation continues the item)
_INDENTED = lazy(r"^(?: {4}|\t)")
_HEADING = lazy(r"^ {0,3}#{1,6}(\s|$)")
# Jekyll's code and verbatim regions: "{% highlight python %}" … "{% endhighlight %}"
# hold code with blank lines in it, like a fence (read as paragraphs, a
# function repeated in an example was deduplicated away)
_LIQUID_OPEN = lazy(r"^ {0,3}\{%-?\s*(highlight|raw|comment)\b[^%]*-?%\}")
# and Hugo's: "{{< highlight go >}}" … "{{< /highlight >}}" (a "---END---"
# line in a capture there is the capture's, not a seam)
_HUGO_CODE_OPEN = lazy(r"^ {0,3}\{\{([<%])\s*(highlight|code)\b[^}]*[>%]\}\}")
_LIST = lazy(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
#: document notes left by the rules: the input line of each seam marker
#: ``seams`` removed, and of each chat turn ``artifacts`` removed (where a
#: later generation began)
SEAM_NOTE = "seam"
CHUNK_NOTE = "chunk_start"
#: the marker of a list item and the white space after it (dedup, seams)
ITEM_MARK = lazy(r"^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+|$)")
#: a list item that is only its bold label ("- **会話要約の共有**："): a seam may
#: cut an item right after it
LABEL_ONLY_ITEM = lazy(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\*\*|__)[^*_\n]+(?:\*\*|__)\s*[:：]?\s*$")
_QUOTE = lazy(r"^ {0,3}>")
_TABLE = lazy(r"^ {0,3}\|")
# possessive (``*+``, ``{3,}+``): "* * * … x" fails at once instead of
# backtracking through every shorter run of marks (quadratic)
_RULE = lazy(r"^ {0,3}(?:(?:-\s*+){3,}+|(?:\*\s*+){3,}+|(?:_\s*+){3,}+)$")
# (a line opened by a Liquid or Hugo template tag - "{% include ad.html %}",
# "{{< figure … >}}" - is markup like HTML: an ad slot or a signup form is
# placed twice on purpose, and is no prose to deduplicate or count)
_HTML_OPEN = lazy(r"^ {0,3}(?:<(?:[A-Za-z][\w:-]*(?:\s[^>]*)?/?>|/[A-Za-z][\w:-]*>|!--)|\{\{|\{%)")
_OFF = lazy(r"^\s*<!--\s*articlefix:\s*off\s*-->\s*$", regex.I)
_ON = lazy(r"^\s*<!--\s*articlefix:\s*on\s*-->\s*$", regex.I)


class Block(NamedTuple):
    """One body block.

    ``text`` holds the block's lines joined with ``\\n`` (no trailing newline);
    ``span`` is the (first, last) input line it came from; ``gap`` the blank
    lines before it, verbatim (usually ``("",)`` for one empty line).
    """

    kind: str
    text: str
    span: tuple[int, int]
    gap: tuple[str, ...] = ()

    @property
    def protected(self) -> bool:
        return self.kind in PROTECTED_KINDS

    @property
    def is_prose(self) -> bool:
        return self.kind in PROSE_KINDS

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    def with_text(self, text: str, span: tuple[int, int] | None = None) -> "Block":
        return self._replace(text=text, span=span or self.span)


@dataclass(frozen=True)
class Document:
    front_matter: FrontMatter | None
    blocks: tuple[Block, ...]
    #: blank lines after the last block, verbatim
    trailing_gap: tuple[str, ...] = ()
    #: the body ended with a newline
    final_newline: bool = True
    #: free-form facts rules leave for later rules (e.g. removed monologue
    #: sentences, so that the title rule can tell that the title was one)
    notes: tuple[tuple[str, Any], ...] = field(default=(), compare=False)

    def with_blocks(self, blocks: Iterable[Block]) -> "Document":
        return dataclasses.replace(self, blocks=tuple(blocks))

    def with_front_matter(self, fm: FrontMatter | None) -> "Document":
        return dataclasses.replace(self, front_matter=fm)

    def with_note(self, key: str, value: Any) -> "Document":
        return dataclasses.replace(self, notes=self.notes + ((key, value),))

    def note_values(self, key: str) -> list[Any]:
        return [v for k, v in self.notes if k == key]

    def in_generations(self) -> bool:
        """Was the post generated in several goes: has it (or had it, before
        a rule removed them) a seam marker or a chat turn?"""
        return bool(self.generation_breaks())

    def generation_breaks(self) -> list[int]:
        """The lines where a later generation began, in order: its seam
        markers (kept, or noted when a rule removed them) and chat turns."""
        lines = {int(line) for line in (*self.note_values(SEAM_NOTE), *self.note_values(CHUNK_NOTE))}
        return sorted(lines | {b.span[0] for b in self.blocks if b.kind == "marker"})

    @property
    def body_text(self) -> str:
        return render_body(self)

    def prose_text(self) -> str:
        """All paragraph and heading text, for language detection and the like."""
        return "\n".join(self._prose())

    def language(self) -> str:
        """``article_language(self.prose_text())``, from cached per-block counts."""
        return article_language_of(self._prose())

    def _prose(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind in ("paragraph", "heading", "list", "quote")]


class ParseError(ValueError):
    """Raised for input that cannot be parsed safely; carries the line."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line

    def __str__(self) -> str:  # pragma: no cover - trivial
        base = super().__str__()
        return f"line {self.line}: {base}" if self.line else base


def compile_markers(patterns: Iterable[str] = DEFAULT_MARKERS) -> regex.Pattern:
    """A pattern that matches a whole seam-marker line."""
    alternatives = "|".join(f"(?:{p})" for p in patterns)
    # (also set in bold or italics: "**---END---**")
    return compiled(rf"^\s*(?:[*_]{{1,3}}(?:{alternatives})[*_]{{1,3}}|(?:{alternatives}))\s*$", regex.I)


def parse(text: str, markers: regex.Pattern | None = None) -> Document:
    """Split ``text`` (newlines already normalised to ``\\n``, no BOM)."""
    markers = markers or compile_markers()
    fm, body, body_start = split_front_matter(text)
    lines = body.split("\n")
    final_newline = body.endswith("\n")
    if final_newline:
        lines.pop()
    blocks, trailing = _split_blocks(lines, body_start, markers)
    return Document(fm, tuple(blocks), tuple(trailing), final_newline)


def _split_blocks(lines: list[str], first_line: int, markers: regex.Pattern):
    blocks: list[Block] = []
    gap: list[str] = []
    i = 0
    n = len(lines)
    in_list = False  # after a list: indented lines continue its items

    def emit(kind: str, start: int, end: int) -> None:
        nonlocal gap
        blocks.append(Block(kind, "\n".join(lines[start:end]), (first_line + start, first_line + end - 1), tuple(gap)))
        gap = []

    while i < n:
        line = lines[i]
        if not line.strip():
            gap.append(line)
            i += 1
            continue
        start = i
        if _OFF.match(line):
            i += 1
            while i < n and not _ON.match(lines[i]):
                i += 1
            i = min(i + 1, n)
            emit("verbatim", start, i)
            continue
        if markers.match(line):
            emit("marker", i, i + 1)
            i += 1
            continue
        liquid = _LIQUID_OPEN.match(line)
        hugo = None if liquid else _HUGO_CODE_OPEN.match(line)
        if liquid or hugo:
            if liquid:
                close = compiled(r"\{%-?\s*end" + liquid.group(1) + r"\s*-?%\}")
            else:
                close = compiled(r"\{\{[<%]\s*/\s*" + hugo.group(2) + r"\s*[>%]\}\}")
            if not close.search(line, (liquid or hugo).end()):
                i += 1
                while i < n and not close.search(lines[i]):
                    i += 1
            i = min(i + 1, n)  # an unclosed one runs to the end, like a fence
            emit("code", start, i)
            continue
        # an indented code block; indented lines after a list (across blank
        # lines, until a line starts at the margin) continue its items
        if _INDENTED.match(line) and gap and not in_list:
            i += 1
            while i < n and (not lines[i].strip() or _INDENTED.match(lines[i])):
                i += 1
            end = i
            while not lines[end - 1].strip():
                end -= 1  # trailing blank lines are the next block's gap
            emit("code", start, end)
            i = end
            continue
        if not _INDENTED.match(line):
            in_list = bool(_LIST.match(line))
        fence = _FENCE.match(line)
        if fence:
            char, size = fence.group(2)[0], len(fence.group(2))
            i += 1
            while i < n:
                close = _FENCE.match(lines[i])
                if close and close.group(2)[0] == char and len(close.group(2)) >= size and not close.group(3).strip():
                    i += 1
                    break
                if fence.group(3).strip() and markers.match(lines[i]) and _opens_again(lines, i + 1, line):
                    # a seam cut the block and the next chunk opens it again
                    # ("```python" … "---END---" "```python"): the block ends
                    # at the cut, and the marker is a seam (seams.py); a
                    # bare "```" after the marker would close the block
                    while not lines[i - 1].strip():
                        i -= 1
                    break
                i += 1
            emit("code", start, i)
            continue
        if _HEADING.match(line):
            emit("heading", i, i + 1)
            i += 1
            continue
        if _RULE.match(line):
            emit("rule", i, i + 1)
            i += 1
            continue
        kind = _start_kind(line)
        i += 1
        while i < n and lines[i].strip() and not markers.match(lines[i]) and _continues(kind, lines[i]):
            i += 1
        emit(kind, start, i)
    return blocks, gap


#: how far after a marker (lines) the next chunk may open a cut fence again,
#: when it first repeats the text before the fence
_REOPEN_WINDOW = 40


def _opens_again(lines: list[str], i: int, opener: str) -> bool:
    """Is the fence ``opener`` opened again after the marker at ``i - 1``:
    right away, or after a few lines of text the next chunk restarts with
    ("A cache that…:" then "```bash" again)?  Not past another fence line."""
    for line in lines[i : i + _REOPEN_WINDOW]:
        if line.rstrip() == opener.rstrip():
            return True
        if _FENCE.match(line):
            return False
    return False


def resplit(block: Block, markers: regex.Pattern) -> list[Block]:
    """``block`` read again after a rule edited its lines in place (same line
    count): removing an invisible character in front of ``---END---`` makes
    that line a seam marker, which the next run would see - so this run must.
    Lines left blank become gaps; the first part keeps the block's gap."""
    parts = resplit_run([block], markers)
    if not parts or (len(parts) == 1 and parts[0].kind == block.kind):
        return [block]
    return parts


def resplit_run(blocks, markers: regex.Pattern) -> list[Block]:
    """Consecutive ``blocks`` read again as one stretch of the post (the
    blank lines between them included), as the next run would parse it; the
    first part keeps the first block's gap."""
    lines = blocks[0].text.split("\n")
    for later in blocks[1:]:
        lines.extend(later.gap)
        lines.extend(later.text.split("\n"))
    parts, _ = _split_blocks(lines, blocks[0].span[0], markers)
    if parts:
        parts[0] = parts[0]._replace(gap=blocks[0].gap + parts[0].gap)
    return parts


def _start_kind(line: str) -> str:
    if _TABLE.match(line):
        return "table"
    if _HTML_OPEN.match(line):
        return "html"
    if _LIST.match(line):
        return "list"
    if _QUOTE.match(line):
        return "quote"
    return "paragraph"


def _continues(kind: str, line: str) -> bool:
    """Does ``line`` (non-blank) belong to the open block of ``kind``?"""
    if _FENCE.match(line) or _HEADING.match(line) or _OFF.match(line) or _LIQUID_OPEN.match(line) or _HUGO_CODE_OPEN.match(line):
        return False
    if kind == "table":
        return bool(_TABLE.match(line))
    if kind == "html":
        return True  # an HTML block runs to the next blank line (CommonMark)
    if kind == "quote":
        return bool(_QUOTE.match(line)) or not _start_kind(line) in ("table", "html", "list")
    if kind == "list":
        return _start_kind(line) in ("list", "paragraph")
    # paragraph: a new list/table/quote/html line starts a new block
    return _start_kind(line) == "paragraph" and not _RULE.match(line)


def render_body(doc: Document) -> str:
    out: list[str] = []
    for index, block in enumerate(doc.blocks):
        out.extend(block.gap)
        out.append(block.text)
    out.extend(doc.trailing_gap)
    body = "\n".join(out)
    if out and doc.final_newline:
        body += "\n"
    return body


def render(doc: Document) -> str:
    head = doc.front_matter.render() if doc.front_matter else ""
    return head + render_body(doc)


def tidy_gaps(original: Document, blocks: list[Block]) -> tuple[Block, ...]:
    """Fix blank-line gaps after rules removed or joined blocks.

    The first kept block takes the document's original leading gap, so that
    removing an opening paragraph does not change the blank line after the
    front matter; a block that directly follows another without a blank
    line keeps doing so.
    """
    if not blocks:
        return ()
    lead = original.blocks[0].gap if original.blocks else ()
    out = [blocks[0] if blocks[0].gap == lead else blocks[0]._replace(gap=lead)]
    for block in blocks[1:]:
        if not block.gap and out[-1].span[1] + 1 != block.span[0]:
            # it followed a line that is gone (often a seam marker): without a
            # blank line it would run into the block now before it
            block = block._replace(gap=("",))
        out.append(block)
    return tuple(out)


def debug_dump(doc: Document) -> str:  # pragma: no cover - developer aid
    return "\n".join(json.dumps([b.kind, b.span, b.text[:60]], ensure_ascii=False) for b in doc.blocks)
