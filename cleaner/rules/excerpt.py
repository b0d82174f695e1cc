"""Excerpt / description: regenerate a broken one from the first paragraph.

Pipelines fill ``excerpt`` from a template, or cut it at a byte limit::

    excerpt: "米、AI半導体輸出規制を強化について詳細に分析します。"
    description: "Rust lifetimes are a sou"

become the first body paragraph's opening sentences, cut at a sentence
boundary within ``excerpt_length`` characters (120)::

    excerpt: "皆さん、こんにちは。AI業界を20年見続けてきた…呼んでいますね。"
    description: "Rust lifetimes are a source of confusion for newcomers."

A value is broken when it is empty, contains U+FFFD, is the start of a body
paragraph cut mid-word (or, in CJK text, mid-sentence), or matches one of
the ``excerpt_boilerplate`` patterns (template phrases such as
"…について詳細に分析します。" or "In this article, we will explore…").
Anything else is left alone, and only the repaired key's line changes.
"""

from __future__ import annotations

from ..document import Document
from ..fixes import Fix
from ..frontmatter import ReadOnly
from ..patterns import compiled, lazy
from ..settings import Settings
from ..text import ends_sentence, excerpt, is_cjk_text, norm, split_sentences
from . import Rule

NAME = "excerpt"
KEYS = ("excerpt", "description")
NOTE = "excerpt_made"  # (document note) a value this rule wrote in this run
_IMAGE = lazy(r"!\[[^\]]*\]\([^)]*\)")
_LINK = lazy(r"\[([^\]]+)\]\([^)]*\)")
_TAG = lazy(r"</?[A-Za-z][^>]*>")
_EMPHASIS = lazy(r"(\*\*|__|`)")
_SINGLE = lazy(r"(?<![\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*])")
_CJK_CHAR = lazy(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}、。「」]")
_CLAUSE = lazy(r"[、，,;；：:]\s*|\s+")
_WORDCHAR = lazy(r"[\p{L}\p{N}]")


def apply(doc: Document, settings: Settings) -> tuple[Document, list[Fix]]:
    """Regenerate an empty, cut or template ``excerpt``/``description``."""
    fm = doc.front_matter
    if fm is None or not fm.editable:
        return doc, []
    fixes: list[Fix] = []
    fresh: str | None = None
    made = doc.note_values(NOTE)
    for key in KEYS:
        if key not in fm.data:
            continue
        old = fm.get(key)
        if old is not None and not isinstance(old, str):
            continue
        reason = defect(old or "", doc, settings)
        if not reason and old in made and generate(doc, settings) not in ("", old):
            # made in an earlier pass of this run from the first paragraph,
            # which a later fix has changed (narration found only once the
            # post was spliced): made again from what is there now
            reason = "made earlier in this run from a first paragraph that has changed since"
        if not reason:
            continue
        if fresh is None:
            fresh = generate(doc, settings)
        line = fm.key_line(key) or 1
        if not fresh or fresh == old:
            fixes.append(Fix(NAME, "kept", (line, line), excerpt(old or ""), f"{key} is {reason}, but the body has no paragraph to take one from"))
            continue
        try:
            fm = fm.with_value(key, fresh)
        except ReadOnly as exc:
            fixes.append(Fix(NAME, "kept", (line, line), excerpt(old or ""), f"{key} is {reason}; not rewritten: {exc}"))
            continue
        fixes.append(Fix(NAME, "replaced", (line, line), excerpt(f"{old or ''} → {fresh}", 80), f"{key} was {reason}; regenerated from the first paragraph"))
    if fm is not doc.front_matter:
        doc = doc.with_front_matter(fm).with_note(NOTE, fresh)
    return doc, fixes


def defect(value: str, doc: Document, settings: Settings) -> str:
    """Why ``value`` needs regenerating, or ``""``."""
    v = value.strip()
    if not v:
        return "empty"
    if "\ufffd" in v:
        return "cut mid-character (U+FFFD)"
    for pattern in settings.excerpt_boilerplate:
        if compiled(pattern).search(v):
            return "template boilerplate"
    cut = _cut_from_body(v, doc)
    if cut:
        return cut
    return ""


def _cut_from_body(value: str, doc: Document) -> str:
    """Is ``value`` the start of a body paragraph, cut before it ends?"""
    if ends_sentence(value) or value.endswith(("…", "...")):
        return ""
    key = norm(plain_text(value))  # (a value may keep the markup: "`git bisect` finds…")
    if len(key) < 12:
        return ""
    for block in doc.blocks:
        if block.kind != "paragraph":
            continue
        para = norm(plain_text(block.text))
        if para.startswith(key) and len(para) > len(key):
            nxt = para[len(key)]
            if _WORDCHAR.match(value[-1]) and _WORDCHAR.match(nxt) and not is_cjk_text(value):
                return "cut mid-word (the start of a body paragraph)"
            if is_cjk_text(value) and len(key) >= 20:
                return "cut mid-sentence (the start of a body paragraph)"
    return ""


def plain_text(markdown: str) -> str:
    """Paragraph markdown as plain text on one line."""
    t = _IMAGE.sub("", markdown)
    t = _LINK.sub(r"\1", t)
    t = _TAG.sub("", t)
    t = _EMPHASIS.sub("", t)
    t = _SINGLE.sub(r"\1", t)
    parts = [p.strip() for p in t.split("\n") if p.strip()]
    out = ""
    for part in parts:
        if out and not (_CJK_CHAR.match(out[-1]) and _CJK_CHAR.match(part[0])):
            out += " "
        out += part
    return compiled(r"[ \t]+").sub(" ", out).strip()


def generate(doc: Document, settings: Settings) -> str:
    """The first paragraph's opening sentences within ``excerpt_length``."""
    title = doc.front_matter.get("title") if doc.front_matter else None
    for block in doc.blocks:
        if block.kind != "paragraph":
            continue
        text = plain_text(block.text)
        if isinstance(title, str) and norm(text) == norm(title):
            continue
        sentences = split_sentences(text)
        if len(norm(text)) < 20 or not any(s.complete for s in sentences):
            continue  # a pseudo-heading or a fragment
        return cut_at_sentence(text, settings.excerpt_length)
    return ""


def cut_at_sentence(text: str, limit: int) -> str:
    best = ""
    for s in split_sentences(text):
        candidate = text[: s.end].strip()
        if len(candidate) > limit or not s.complete:
            break
        best = candidate
    if best:
        return best
    # the first sentence alone is too long: cut at a clause or word boundary
    head = text[: max(1, limit - 1)]
    cut = None
    for m in _CLAUSE.finditer(head):
        if m.start() >= limit // 2:
            cut = m.start() + (1 if head[m.start()] in "、，,;；：:" else 0)
    head = head[:cut] if cut else head
    return head.rstrip(" 、，,;；：:") + "…"


RULE = Rule(NAME, "Regenerate an empty, cut or template excerpt/description from the first paragraph.", apply)
