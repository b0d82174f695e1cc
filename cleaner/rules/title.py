"""Front-matter title: repair it from the body, and do not show it twice.

Pipelines build the title from the first 40 bytes of whatever the model said
first, so titles come out cut mid-character, as markdown, or as monologue::

    title: "I've established a detailed article stru？"
    …
    AI半導体輸出規制強化、その真意と業界の未来は何処へ？

becomes::

    title: "AI半導体輸出規制強化、その真意と業界の未来は何処へ？"

and the body no longer starts with the title (``title_line = "remove"``; or
``keep``, or ``heading`` to turn it into an H1).  Only the ``title`` line of
the front matter changes.
"""

from __future__ import annotations

import dataclasses

import regex

from ..document import Block, Document, tidy_gaps
from ..fixes import Fix
from ..settings import Settings
from ..text import article_language, excerpt, norm, split_sentences
from . import Rule

NAME = "title"
_BROKEN_TAIL = "\ufffd？?"
_MARKUP = regex.compile(r"^\s*#{1,6}\s+|\*\*|__|`")
_EN_NARRATION = regex.compile(r"\b(?:I|I'll|I've|I'm|My|Let me|I apologi[sz]e)\b")
MAX_TITLE_CHARS = 120


def plain_title(text: str) -> str:
    """A heading/bold line as plain title text."""
    t = text.strip()
    t = regex.sub(r"^#{1,6}\s+", "", t)
    t = regex.sub(r"^(?:\*\*|__)(.*?)(?:\*\*|__)$", r"\1", t)
    t = t.replace("**", "").replace("`", "")
    t = regex.sub(r"^(?:タイトル|Title)\s*[:：]\s*", "", t, flags=regex.I)
    return t.strip()


def body_title(doc: Document) -> tuple[int, str] | None:
    """The first block when it reads like the article's title."""
    for index, block in enumerate(doc.blocks):
        if block.kind in ("marker", "html", "verbatim", "rule"):
            continue
        if block.kind not in ("heading", "paragraph") or "\n" in block.text:
            return None
        text = plain_title(block.text)
        if not text or len(text) > MAX_TITLE_CHARS:
            return None
        if block.kind == "paragraph" and len(split_sentences(text)) > 2:
            return None
        return index, text
    return None


def apply(doc: Document, settings: Settings) -> tuple[Document, list[Fix]]:
    """Replace a cut, markdown or monologue title with the body's title line.

    The old title is judged broken when it ends in U+FFFD, carries markdown,
    is a strict prefix of the body's first line, or is the start of a
    sentence the monologue rule removed (or English narration in a
    Japanese post).  Then the body's first line (heading, bold line or short
    line) becomes the title.
    """
    fm = doc.front_matter
    if fm is None or not fm.editable or not isinstance(fm.get("title"), str):
        return doc, []
    old = fm.get("title")
    found = body_title(doc)
    candidate = found[1] if found else ""
    reason = _broken(old, candidate, doc)
    fixes: list[Fix] = []
    title = old
    line = fm.key_line("title") or 1
    if reason:
        if candidate and norm(candidate) != norm(old):
            title = candidate
            fixes.append(Fix(NAME, "replaced", (line, line), excerpt(f"{old} → {title}", 80), f"{reason}; the real title is the body's first line"))
        else:
            stripped = plain_title(old).rstrip(_BROKEN_TAIL if "\ufffd" in old else "\ufffd").strip()
            if stripped and stripped != old:
                title = stripped
                fixes.append(Fix(NAME, "edited", (line, line), excerpt(f"{old} → {title}", 80), f"{reason}; no full title in the body, broken marks stripped"))
    if title != old:
        doc = doc.with_front_matter(fm.with_value("title", title))
    if found and norm(found[1]) == norm(title) and settings.title_line != "keep":
        index, _ = found
        block = doc.blocks[index]
        blocks = list(doc.blocks)
        if settings.title_line == "heading" and block.kind != "heading":
            blocks[index] = block.with_text("# " + plain_title(block.text))
            fixes.append(Fix(NAME, "edited", block.span, excerpt(block.text), "first line repeats the title; turned into a heading (title_line = heading)"))
        elif settings.title_line == "remove":
            del blocks[index]
            fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), "first line repeats the front-matter title (a layout shows the title already)"))
        doc = doc.with_blocks(tidy_gaps(doc, blocks))
    return doc, fixes


def _broken(title: str, candidate: str, doc: Document) -> str:
    stem = title.rstrip(_BROKEN_TAIL).strip()
    for removed in doc.note_values("monologue"):
        if stem and len(stem) >= 8 and removed.startswith(stem):
            return f"title was a {len(stem.encode())}-byte cut of a monologue sentence"
    if "\ufffd" in title:
        return "title was cut mid-character (ends in U+FFFD)"
    if _MARKUP.search(title):
        return "title carries markdown"
    if candidate and stem and norm(candidate) != norm(title) and norm(candidate).startswith(norm(stem)):
        return "title was a cut of the body's title line"
    if article_language(doc.prose_text()) == "ja" and _EN_NARRATION.search(title) and not regex.search(r"[\p{Han}\p{Hiragana}\p{Katakana}]", title):
        return "title is English agent narration in a Japanese post"
    return ""


RULE = Rule(NAME, "Repair a cut, markdown or monologue title from the body; drop the body line that repeats it.", apply)
