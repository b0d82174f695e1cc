"""A ``---`` separator glued to the paragraph above it.

Pipelines append their own blocks after the article ("あわせて読みたい",
a call to action), each after a ``---`` line.  When the article did not end
with a blank line, the separator sits right under its last paragraph, and
every Markdown engine (kramdown, goldmark, CommonMark) reads the pair as a
setext heading: the whole paragraph is published as a large ``<h2>``::

    …この「30%高速化」が本物かどうか、これから見極めたい。
    ---

    ### あわせて読みたい

becomes a paragraph and a separator again::

    …この「30%高速化」が本物かどうか、これから見極めたい。

    ---

    ### あわせて読みたい

Only a paragraph that reads as prose - its last line ends a sentence or is
longer than a heading would be - is parted from the line: "Installation\\n---"
is a heading its author meant, and stays.
"""

from __future__ import annotations


from ..document import Block, Document
from ..fixes import Fix
from ..patterns import lazy
from ..settings import Settings
from ..text import excerpt, split_sentences
from . import Rule

NAME = "separators"
#: a setext underline of "-" (a "***" or "___" line is never one)
_DASH_LINE = lazy(r"^ {0,3}-+[ \t]*$")
#: a last line longer than this (characters) is no heading
_HEADING_CHARS = 80


def apply(doc: Document, settings: Settings) -> tuple[Document, list[Fix]]:
    """Part a ``---`` line from the prose paragraph right above it."""
    blocks = list(doc.blocks)
    fixes: list[Fix] = []
    for index in range(1, len(blocks)):
        block, above = blocks[index], blocks[index - 1]
        if block.kind == "rule" and not block.gap and above.kind == "paragraph" and _DASH_LINE.match(block.text) and _reads_as_prose(above):
            blocks[index] = block._replace(gap=("",))
            fixes.append(Fix(NAME, "edited", above.span, excerpt(above.text[-40:]),
                             "a '---' line right under a paragraph makes it a heading (setext): a blank line keeps it a paragraph and the line a separator"))
    if not fixes:
        return doc, []
    return doc.with_blocks(blocks), fixes


def _reads_as_prose(block: Block) -> bool:
    """Long, ended with "。" (no heading is), or two sentences ("Why Rust?"
    may be a heading; "It is fast. Why Rust?" is not)."""
    last = block.text.rstrip().rsplit("\n", 1)[-1].strip()
    if len(last) > _HEADING_CHARS or last.endswith(("。", "．")):
        return True
    return last[-1:] in ".!?！？" and len(split_sentences(last)) > 1


RULE = Rule(NAME, "Part a '---' separator from the paragraph right above it (read as a setext heading, the paragraph would render as a heading).", apply)
