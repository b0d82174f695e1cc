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

from dataclasses import dataclass

import regex

from ..document import Document, tidy_gaps
from ..fixes import Fix
from ..patterns import compiled, lazy
from ..frontmatter import ReadOnly
from ..settings import Settings
from ..text import excerpt, norm, split_sentences
from . import Rule

NAME = "title"
_BROKEN_TAIL = "\ufffd？?…"  # (a cut marked with an ellipsis, "…on a Rainy Da…")
_MARKUP = lazy(r"^\s*#|\*\*|__|`")
_LABEL = lazy(r"^\s*(?:タイトル|Title)\s*[:：]\s*\S", regex.I)
_EN_NARRATION = lazy(r"\b(?:I|I'll|I've|I'm|My|Let me|I apologi[sz]e)\b")
_JA = lazy(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
#: a pipeline's fallback title: the start of the real title plus a stock
#: phrase, itself often cut ("…の可能性とは？", "…の可能性と", "…の可")
_STOCK_SUFFIX = lazy(r"の可(?:能(?:性(?:と(?:は)?)?)?)?[？?]?$")
MAX_TITLE_CHARS = 120
#: a title's start this long (normalised characters) ending a post is a cut title line
_MIN_CUT_TITLE = 4


def plain_title(text: str) -> str:
    """A heading/bold line as plain title text."""
    t = text.strip()
    t = compiled(r"^#{1,6}\s*").sub("", t)
    t = compiled(r"^(?:\*\*|__)(.*?)(?:\*\*|__)$").sub(r"\1", t)
    t = t.replace("**", "").replace("`", "")
    t = compiled(r"^(?:タイトル|Title)\s*[:：]\s*", regex.I).sub("", t)
    return t.strip()


@dataclass(frozen=True)
class BodyTitle:
    index: int  # block index
    text: str  # plain text
    #: written as a title (H1/H2, a whole bold line, "タイトル:"), not just
    #: a short first line
    explicit: bool


#: a first line ending like this is the article's first sentence, not its
#: title line: an English full stop, or a Japanese polite predicate
#: ("生成AIと著作権の関係について、最近よく質問を受けます。" under the title
#: "生成AIと著作権"; a title line may end "…業界の未来をどう変えるのか。")
_SENTENCE_END = lazy(r"(?:\.|(?:ます|です|ました|でした|ません|ください|でしょう)[。．])\s*$")


def body_title(doc: Document) -> BodyTitle | None:
    """The first block when it reads like the article's title."""
    for index, block in enumerate(doc.blocks):
        if block.kind in ("marker", "html", "verbatim", "rule"):
            continue
        if block.kind not in ("heading", "paragraph") or "\n" in block.text:
            return None
        if block.kind == "heading" and not compiled(r"^ {0,3}#{1,2}\s").match(block.text):
            return None  # an H3+ section heading is not the article's title
        text = plain_title(block.text)
        if not text or len(text) > MAX_TITLE_CHARS:
            return None
        if block.kind == "paragraph" and len(split_sentences(text)) > 2:
            return None
        bold = bool(compiled(r"^\s*(?:\*\*|__).+(?:\*\*|__)\s*$").match(block.text))
        labelled = bool(compiled(r"^[#*_\s]*(?:タイトル|Title)\s*[:：]", regex.I).match(block.text))
        return BodyTitle(index, text, block.kind == "heading" or bold or labelled)
    return None


def apply(doc: Document, settings: Settings) -> tuple[Document, list[Fix]]:
    """Replace a cut, markdown or monologue title with the body's title line.

    The old title is judged broken when it ends in U+FFFD, carries markdown,
    is a strict prefix of the body's first line (possibly followed by a
    stock phrase such as "…の可能性とは？"), is the start of a sentence the
    monologue rule removed, is English narration in a Japanese post, or is
    by itself surely the agent's speech ("承知しました。以下が記事です").
    Then the body's title (an H1/H2, a bold first line, or a short first
    line that matches) becomes the title.  Without one: a markdown title
    becomes plain text; a monologue title becomes the topic named by a
    template excerpt ("<topic>について詳細に分析します。") when there is
    one; otherwise only the broken character is stripped, and the fix says
    so.
    """
    fm = doc.front_matter
    if fm is None or not fm.editable or "title" not in fm.data:
        return doc, []
    old = fm.get("title")
    if old is None:
        old = ""
    if not isinstance(old, str):
        return doc, []
    found = body_title(doc)
    reason = _broken(old, found.text if found else "", doc)
    fixes: list[Fix] = []
    title = old
    line = fm.key_line("title") or 1
    if reason:
        title, how = _repair(old, reason, found, doc, settings)
        if title != old:
            action = "replaced" if how != "stripped" and how != "plain" else "edited"
            fixes.append(Fix(NAME, action, (line, line), excerpt(f"{old} → {title}", 80), f"{reason}; {_HOW[how]}"))
        else:
            fixes.append(Fix(NAME, "kept", (line, line), excerpt(old, 80), f"{reason}; no full title in the body, nothing safe to strip"))
    if title != old:
        try:
            doc = doc.with_front_matter(fm.with_value("title", title))
        except ReadOnly as exc:
            fixes[-1] = Fix(NAME, "kept", (line, line), excerpt(old, 80), f"{reason}; the title is not rewritten: {exc}")
            title = old
    if found and norm(found.text) == norm(title) and settings.title_line != "keep":
        block = doc.blocks[found.index]
        blocks = list(doc.blocks)
        if settings.title_line == "heading" and block.kind != "heading":
            blocks[found.index] = block.with_text("# " + plain_title(block.text))
            fixes.append(Fix(NAME, "edited", block.span, excerpt(block.text), "first line repeats the title; turned into a heading (title_line = heading)"))
        elif settings.title_line == "remove":
            del blocks[found.index]
            fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), "first line repeats the front-matter title (a layout shows the title already)"))
        doc = doc.with_blocks(tidy_gaps(doc, blocks))
    if settings.title_line == "remove" and title and doc.in_generations():
        doc = _drop_restarted_title_lines(doc, title, fixes)
    return doc, fixes


def _drop_restarted_title_lines(doc: Document, title: str, fixes: list[Fix]) -> Document:
    """A generation that restarted the article from its title left the title
    line mid-post ("# 無人レジとAI防犯カメラ、…" after a seam, the first copy
    having opened without it): a line that is the title, word for word, goes
    as the first line does (the layout shows the title already)."""
    key = norm(plain_title(title))
    longest = 2 * len(title) + 16  # (markup and spaces around a title line: longer blocks are not one)
    kept = []
    last = len(doc.blocks) - 1
    for index, block in enumerate(doc.blocks):
        one_line = block.kind in ("heading", "paragraph") and len(block.text) <= longest and "\n" not in block.text.strip()
        line = norm(plain_title(block.text)) if one_line else None
        if line == key:
            fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), "a restart's title line: repeats the front-matter title (a layout shows the title already)"))
            continue
        if line and index == last and index > 0 and len(line) >= _MIN_CUT_TITLE and key.startswith(line):
            # "検査AIの一年" closing the post under "検査AIの一年：地方工場で見えた
            # こと": the last chunk restarted the article and was cut in its title
            fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), "a restart's title line cut at the post's end: the start of the front-matter title"))
            continue
        kept.append(block)
    return doc if len(kept) == len(doc.blocks) else doc.with_blocks(tidy_gaps(doc, kept))


_HOW = {
    "body": "the real title is the body's first line",
    "plain": "markdown removed (the body has no fuller title)",
    "topic": "the body has no title line; the topic named by the template excerpt is used",
    "stripped": "no full title in the body, broken marks stripped",
}


def _repair(old: str, reason: str, found: BodyTitle | None, doc: Document, settings: Settings) -> tuple[str, str]:
    monologue = reason.startswith(("title was a", "title is English", "title is agent monologue"))
    stem = _stem(old)
    if found and norm(found.text) != norm(old) and not _introduces(found.text, doc):
        matches = _shares_start(stem, found.text)
        plain_ok = not _SENTENCE_END.search(found.text)  # a sentence, not a title
        if found.explicit or plain_ok and (matches or monologue and _title_like(found, doc)):
            return found.text, "body"
    plain = plain_title(old)
    if monologue:
        topic = _topic(doc, settings)
        if topic:
            return topic, "topic"
    stripped = plain.rstrip(_BROKEN_TAIL if "\ufffd" in old else "\ufffd").strip()
    if found and norm(found.text) == norm(stripped):
        return found.text, "body"
    if stripped and stripped != old:
        return stripped, "plain" if plain != old and "\ufffd" not in old else "stripped"
    return old, ""


def _sole_h1(doc: Document) -> bool:
    """Is the body's first block its only H1 (the article's title line, not
    the first of its sections: "# Day 1: Reykjavík" … "# Day 2: …")?"""
    first = next((b for b in doc.blocks if b.kind in ("heading", "paragraph")), None)
    if first is None or first.kind != "heading" or not compiled(r"^ {0,3}#\s").match(first.text):
        return False
    return sum(1 for b in doc.blocks if b.kind == "heading" and compiled(r"^ {0,3}#\s").match(b.text)) == 1


def _introduces(line: str, doc: Document) -> bool:
    """A first line that introduces what follows - it ends with a colon,
    or it is the agent's own "Sure! Here's the article:" (quoted by a writer
    who tells the story of one) - is no title."""
    from .monologue import sure_evidence  # (the monologue package imports this module)

    return line.strip(" \"'“”「」").endswith((":", "：")) or bool(sure_evidence(line, doc.language()))


def repeats_title(title: str, line: str) -> bool:
    """Is ``line`` the article's title line for the front-matter ``title``:
    the same words, or the line a cut title was cut from?  (The monologue
    rule asks too: narration right after that line is at the post's start.)"""
    stem = _stem(title)
    return bool(stem) and _shares_start(stem, plain_title(line))


def _shares_start(stem: str, line: str) -> bool:
    """``line`` starts with ``stem``, or with all of it but a last character or
    two (a stock phrase's first letters, "…出資の" of "…出資の可能性とは？")."""
    a, b = norm(stem), norm(line)
    if not a:
        return False
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common == len(a) or (common >= 8 and common >= len(a) - 2 and len(b) > common)


def _stem(title: str) -> str:
    """The title without markdown, a broken tail or a stock suffix."""
    stem = plain_title(title).rstrip(_BROKEN_TAIL).strip()
    return _STOCK_SUFFIX.sub("", stem).strip()


def _title_like(found: BodyTitle, doc: Document) -> bool:
    """A short plain first line that can stand as a title (followed by text)."""
    return len(found.text) <= 80 and found.index + 1 < len(doc.blocks) and not found.text.endswith(("。", "."))


def _topic(doc: Document, settings: Settings) -> str:
    """The topic a template excerpt names ("<topic>について詳細に分析します。")."""
    fm = doc.front_matter
    for key in ("excerpt", "description"):
        value = fm.get(key)
        if not isinstance(value, str):
            continue
        value = value.strip()
        for pattern in settings.excerpt_boilerplate:
            m = compiled(pattern).search(value)
            if m and m.start() > 0 and m.end() == len(value):
                topic = value[: m.start()].strip(" 、,")
                if len(topic) >= 4 and "\ufffd" not in topic and not _EN_NARRATION.search(topic):
                    return topic
    return ""


def _broken(title: str, candidate: str, doc: Document) -> str:
    if not title.strip():
        return "title is empty"
    stem = title.rstrip(_BROKEN_TAIL).strip()
    core = _stem(title)
    removed_all = doc.note_values("monologue")
    # (a stock phrase on the start of a removed sentence, "はいの可能性とは？",
    # is the pipeline's fallback built on it: its start may be short)
    min_core = 2 if _STOCK_SUFFIX.search(title.strip()) else 8
    # the title may run over several removed sentences ("はい、承知いたしました。
    # ご依頼の記事を作成し…"): each removed sentence with the next few
    for n in range(len(removed_all)):
        for sep in ("", " "):
            removed = sep.join(removed_all[n : n + 4])
            if stem and len(stem) >= 8 and removed.startswith(stem) or len(core) >= min_core and removed.startswith(core):
                return f"title was a {len(stem.encode())}-byte cut of a monologue sentence"
    narration = _narration(title, stem, candidate, doc)
    if narration:
        return f"title is agent monologue ({narration})"
    if "\ufffd" in title:
        return "title was cut mid-character (ends in U+FFFD)"
    if candidate and title.strip().endswith((":", "：")) and norm(candidate) != norm(title) and _sole_h1(doc):
        # "Here is your travel guide to São Miguel in the Azores:" over "# Three
        # Days on São Miguel": a line that introduces what follows
        return "title ends with a colon (it introduces the text, as the agent's handover does)"
    if _MARKUP.search(title):
        return "title carries markdown"
    if _LABEL.match(title):
        return "title carries a \"Title:\" label"
    if candidate and core and len(norm(core)) >= 4 and not _SENTENCE_END.search(candidate) and norm(candidate) != norm(title) and norm(candidate).startswith(norm(core)):
        return "title was a cut of the body's title line"
    if doc.language() == "ja" and _EN_NARRATION.search(title) and not _JA.search(title):
        return "title is English agent narration in a Japanese post"
    # (imported here: the monologue package imports this module)
    from .monologue import sure_evidence

    evidence = sure_evidence(title, doc.language())
    if evidence:
        return f"title is agent monologue ({evidence})"
    return ""


def _narration(title: str, stem: str, candidate: str, doc: Document) -> str:
    """Why ``title`` is the agent's narration before a body that has its own
    title line (``candidate``): cut mid-character from the agent's first
    words in the first person ("I'll start by describing how a starter is
    kep\ufffd": the pipeline took the first bytes the model said), or a
    sentence, full stop and all, that is the agent's at a post's start
    ("まず記事の構成を考えます。").  A writer's title ends without a full
    stop ("I'll Now Write the Part I've Been Avoiding" stays)."""
    if not candidate or _shares_start(_stem(title), candidate):
        return ""
    first_person = _EN_NARRATION.search(stem) if "\ufffd" in title else None
    if first_person:
        return f"cut from the agent's first words “{first_person.group(0)}”"
    if not _SENTENCE_END.search(title) and not title.rstrip().endswith("。"):
        return ""
    # (imported here: the monologue package imports this module)
    from .monologue import sure_evidence
    from .monologue.common import MEDIUM

    return sure_evidence(title, doc.language(), at_least=MEDIUM)


RULE = Rule(NAME, "Repair a cut, markdown or monologue title from the body; drop the body line that repeats it.", apply)
