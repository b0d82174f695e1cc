"""The per-post verdict: is there an article left after cleaning?

Some generated posts hold no article at all - the whole body is the agent's
refusal or failure ("I apologize, but I am unable to perform web searches…",
"申し訳ありませんが、…の情報を見つけることができませんでした。"), sometimes under a
monologue title.  The rules remove that text like any other monologue, which
would leave an empty page; this module looks at what REMAINS after every rule
has run and, when that is no article, the pipeline keeps the post exactly as
it was and reports it as ``no-article`` instead (never emptied, never
deleted: the owner deletes or regenerates it).

Decided on what remains, not on what was removed: a post that is mostly
monologue around a short genuine article is cleaned like any other.  What
counts as article text is the letters and digits of every block but headings,
seam markers and thematic breaks (link targets, URLs and HTML tags not
counted); "no article" is nothing at all, or less than ``min_article_chars``.

Only a post the cleaning took the agent's own words out of (``monologue``
removals, ``artifacts``' reasoning and tool-call blocks) can get this
verdict: a page that was always short (a Jekyll ``index.md`` holding only
front matter, a one-line link post) is not an agent's failed reply, and
removing citation tokens or seam markers says nothing about whether an
article is there.

Kept pure, like the rules: a function of the cleaned document and the fixes.
"""

from __future__ import annotations

import regex

from .document import Document
from .fixes import Fix
from .patterns import lazy
from .settings import Settings

#: blocks that carry no article on their own
_NOT_ARTICLE = frozenset({"heading", "marker", "rule"})

_LINK_TARGET = lazy(r"\]\([^)]*\)")
_URL = lazy(r"(?:https?|ftp)://\S+|www\.\S+")
_TAG = lazy(r"</?[A-Za-z][^<>]*>|<!--.*?-->", regex.S)  # not "a < b > c" in prose
_LETTERS = lazy(r"[\p{L}\p{N}]+")


def article_chars(doc: Document, enough: int | None = None) -> int:
    """Letters and digits of the article text left in ``doc`` (counting
    stops once ``enough`` is reached: a long post need not be counted)."""
    n = 0
    for block in doc.blocks:
        if block.kind in _NOT_ARTICLE:
            continue
        text = _URL.sub(" ", _LINK_TARGET.sub("]", _TAG.sub(" ", block.text)))
        n += sum(map(len, _LETTERS.findall(text)))
        if enough is not None and n >= enough:
            break
    return n


def _agent_words(fix: Fix) -> bool:
    """A removal of the agent's own words (not of duplicates, seams or tokens)."""
    if fix.rule == "monologue":
        return fix.changes_text
    # artifacts: a <think>/<tool_call> block, or the reasoning before an
    # orphan </think>; its token and citation edits remove no words
    return fix.rule == "artifacts" and fix.action == "removed" and ("reasoning" in fix.reason or "tool call" in fix.reason)


def no_article_reason(cleaned: Document, fixes: list[Fix], settings: Settings) -> str:
    """Why ``cleaned`` (the post after every rule) has no article, or ""."""
    agent = [f for f in fixes if _agent_words(f)]
    if not agent:
        return ""
    minimum = settings.min_article_chars
    n = article_chars(cleaned, enough=max(minimum, 1))
    if n and n >= minimum:
        return ""
    headings = sum(1 for b in cleaned.blocks if b.kind == "heading")
    if n:
        left = f"only {n} characters of text remain (min-article-chars {minimum})"
    elif headings:
        left = f"only {headings} heading{'s' if headings != 1 else ''} remain{'s' if headings == 1 else ''}"
    else:
        left = "nothing remains"
    quotes = "; ".join(f"line{'s' if f.lines[0] != f.lines[1] else ''} {f.line_label}: “{f.excerpt}”" for f in agent[:2])
    more = f" (+{len(agent) - 2} more)" if len(agent) > 2 else ""
    title = any(f.rule == "title" and ("monologue" in f.reason or "narration" in f.reason) for f in fixes)
    also = "; the title is the agent's words too" if title else ""
    return f"the body is the agent's reply ({quotes}{more}); without it {left}{also}"
