"""Encoding damage in the prose: mojibake, invisible characters, U+FFFD.

Text that went through a wrong decode on its way from the model to the post::

    Itâ€™s the chipâ€™s best year ðŸ”´      ->  It’s the chip’s best year 🔴
    AI\u200bチップの\u200b需要                  ->  AIチップの需要
    市場は拡大し\ufffdている                      ->  市場は拡大している

Mojibake is repaired with ftfy (only its encoding fixes: quotes, full-width
characters, ligatures and line breaks are left exactly as written).
Zero-width spaces, word joiners, BOMs and soft hyphens inside prose are
removed; a zero-width joiner stays inside emoji sequences, and direction
marks stay in posts with right-to-left script.  A stray U+FFFD (the mark
of a byte sequence that could not be decoded) is removed.  Code, inline
code, tables and HTML are not touched.
"""

from __future__ import annotations

import re

from ..document import Document
from ..fixes import Fix
from ..patterns import lazy
from ..settings import Settings
from ..text import excerpt, outside_inline_code
from . import Rule

NAME = "encoding"
EDITABLE = ("paragraph", "heading", "list", "quote")

# cheap gate: the byte patterns mojibake of UTF-8 read as cp1252/latin-1 leaves
_MOJIBAKE_HINT = re.compile(r"[ÂÃâðÅÆÐÑÎÏ][\u0080-\u00bf\u0152-\u0178\u02c6-\u02dc\u2013-\u2122]")
_INVISIBLE = lazy(r"[\u200b\u2060-\u2064\ufeff\u00ad\u180e]")
_ZWJ = lazy(r"(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\p{Mn}\p{Mc}])\u200d|\u200d(?![\p{Extended_Pictographic}\p{Mn}\p{Mc}])")
_DIRECTION = lazy(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# the blocks Unicode reserves for right-to-left scripts (Hebrew, Arabic,
# Syriac, Thaana, NKo, ... and their presentation forms; the bidi class of
# unassigned code points there defaults to R/AL): a few plain ranges, which
# stdlib re scans over the whole post three times faster than regex's
# \p{Hebrew}\p{Arabic}... (and ten times faster than the exact script ranges)
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")
_FFFD = lazy(r"\ufffd+")
#: any character the three passes below might remove: one scan decides
#: whether a block needs them (almost none does).  These two gates are plain
#: code-point classes, which the stdlib engine scans several times faster.
_SUSPECT = re.compile(r"[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u180e\u202a-\u202e\u2066-\u2069\ufffd]")


def _fix_mojibake(text: str) -> str:
    """ftfy's encoding repair alone.  ftfy is imported here, on the first
    block that looks like mojibake: it takes longer to import than most
    posts take to clean."""
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=True,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    return ftfy.fix_text(text, config)


def apply(doc: Document, settings: Settings) -> tuple[Document, list[Fix]]:
    """Repair mojibake (ftfy) and remove invisible characters and stray U+FFFD.

    Broken::

        The launch wasnâ€™t cheap.\u200b

    Fixed::

        The launch wasn’t cheap.
    """
    # does the post hold right-to-left text (whose direction marks stay)?
    # Asked only once a paragraph has invisible characters: scanning every
    # post for it was a third of this rule's time
    rtl: bool | None = None
    fixes: list[Fix] = []
    blocks = list(doc.blocks)
    for index, block in enumerate(blocks):
        if block.kind not in EDITABLE:
            continue
        text = block.text
        reasons = []
        if _MOJIBAKE_HINT.search(text):
            fixed = _fix_mojibake(text)
            if fixed != text:
                reasons.append("mojibake repaired (ftfy)")
                text = fixed
        if not _SUSPECT.search(text):
            if text != block.text:
                blocks[index] = block.with_text(text)
                fixes.append(Fix(NAME, "edited", block.span, excerpt(text), "; ".join(reasons)))
            continue
        cleaned = outside_inline_code(text, lambda t: _ZWJ.sub("", _INVISIBLE.sub("", t)))
        if rtl is None:
            rtl = bool(_RTL.search(doc.prose_text()))
        if not rtl:
            cleaned = outside_inline_code(cleaned, lambda t: _DIRECTION.sub("", t))
        if cleaned != text:
            reasons.append(f"{len(text) - len(cleaned)} invisible character(s) removed")
            text = cleaned
        cleaned = outside_inline_code(text, lambda t: _FFFD.sub("", t))
        if cleaned != text:
            reasons.append("stray U+FFFD (undecodable byte) removed")
            text = cleaned
        if text != block.text:
            blocks[index] = block.with_text(text)
            fixes.append(Fix(NAME, "edited", block.span, excerpt(text), "; ".join(reasons)))
    if not fixes:
        return doc, []
    return doc.with_blocks(blocks), fixes


RULE = Rule(NAME, "Repair mojibake with ftfy; remove invisible characters and stray U+FFFD from prose.", apply)
