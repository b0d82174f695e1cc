"""Chat and reasoning artifacts: think blocks, role tokens, citation tokens,
a whole article wrapped in a Markdown fence.

What chat UIs and reasoning models leave in the text they hand over::

    <think>The user wants a post about turbos. I should…</think>     -> removed
    …innovations.<|im_end|> / …innovations.assistant                 -> token removed;
                                                                        what follows starts a new chunk
    Sales rose 12%.:contentReference[oaicite:0]{index=0}             -> Sales rose 12%.
    Sales rose 12%【4:0†source】 / [cite: 12] / citeturn0search0     -> Sales rose 12%
    [report](https://example.com/a?utm_source=chatgpt.com)           -> [report](https://example.com/a)
    ```markdown\\n# Title\\n…\\n```  (the whole article)               -> unwrapped

Tag blocks (``<think>``, ``<thinking>``, ``<reasoning>``, ``<seed:think>``,
``<tool_call>``, ``<function_calls>``) are removed with everything between
the tags, across paragraphs.  An **unclosed** opening tag is never allowed to
swallow the post: only the tag itself is removed, the text after it is left
to the ``monologue`` rule (which judges it sentence by sentence at the start
of the post), and the report says so.  A closing tag without an opening one
(the opening tag was part of the chat template) ends the reasoning: the text
before it is removed, but only when an article follows it.

Look-alikes that are content stay: ``[1]`` and ``[^1]`` footnotes,
``【12ページ】``, other ``utm_`` parameters, and anything in code, inline
code, tables or HTML.  The role token ``assistant`` glued to the end of a
sentence counts only when it sits at the end of a line after sentence
punctuation.
"""

from __future__ import annotations


import regex

from ..document import CHUNK_NOTE, Block, Document, parse, compile_markers, tidy_gaps
from ..fixes import Fix
from ..patterns import compiled, lazy
from ..settings import Settings
from ..text import INLINE_CODE, contains_any, excerpt, outside_inline_code, weight
from . import Rule

NAME = "artifacts"
PROSE = ("paragraph", "heading", "list", "quote")

_TAGS = r"think|thinking|reasoning|seed:think|tool_call|function_calls|reflection"
_OPEN = lazy(rf"<({_TAGS})(?:\s[^>]*)?>", regex.I)
_CLOSE_ANY = lazy(rf"</({_TAGS})>", regex.I)

_ROLE_TOKEN = lazy(
    r"<\|(?:im_start|im_end|im_sep|eot_id|end|endoftext|start_header_id|end_header_id|assistant|user|system)\|>"
    r"(?:(?:assistant|user|system|model)\b(?:<\|end_header_id\|>)?)?|\[/?INST\]"
)
_GLUED_ROLE = lazy(r"(?<=[.!?。！？」）)\"”'’*])(?:assistant|model)$", regex.M)
_ROLE_LINE = lazy(r"^(?:assistant|model|Assistant:?|ASSISTANT:?)$", regex.M)

# ``(?<![ \t])``: a match starts where a run of blanks starts (linear on long runs)
_CITATIONS = lazy(
    r"""(?<![ \t])[ \t]*(?:
        :?contentReference\[oaicite:\d+\]\{index=\d+\}|
        【\d+(?::\d+)?†[^】\n]{0,40}】|
        \[cite_start\]|\[cite_end\]|\[cite:\s*\d+(?:\s*,\s*\d+)*\]|
        [\ue200-\ue2ff]?(?:cite|filecite|navlist|entity)(?:[\ue200-\ue2ff]?(?:turn\d+(?:search|news|view|image|file|fetch|academia|product|finance|forecast|sports|time|calculator)?\d+|[a-z]?turn\d+file\d+))+[\ue200-\ue2ff]?
    )""",
    regex.X,
)
_UTM = lazy(r"([?&])utm_source=(?:chatgpt\.com|openai|chatgpt)(&?)")
# literals one of which every match of the patterns above contains (each
# paragraph is checked for them first, text.contains_any)
_ROLE_WORDS = ("<|", "INST]", "assistant", "model", "Assistant", "ASSISTANT")
_CITE_WORDS = ("contentReference", "†", "cite", "utm_source")
_FENCE_OPEN = lazy(r"^ {0,3}(`{3,}|~{3,})\s*(markdown|md|)\s*$", regex.I)


def _masked(text: str) -> str:
    """``text`` with inline code blanked out (same length)."""
    return INLINE_CODE.sub(lambda m: " " * len(m.group(0)), text)


def apply(doc: Document, settings: Settings) -> tuple[Document, list[Fix]]:
    """Remove think blocks, role tokens and chat citation tokens; unwrap a
    fenced article.

    Broken::

        <think>
        The user wants 800 words on turbos.
        </think>

        Turbos recover energy from exhaust gas.:contentReference[oaicite:1]{index=1}

    Fixed::

        Turbos recover energy from exhaust gas.
    """
    fixes: list[Fix] = []
    doc = _unwrap_fence(doc, settings, fixes)
    doc = _tag_blocks(doc, fixes)
    doc = _role_tokens(doc, fixes)
    doc = _citations(doc, fixes)
    return doc, fixes


# --- fenced article -------------------------------------------------------------


def _fence_closed(lines: list[str]) -> bool:
    """Does a code block (its lines) end with a fence that closes it?"""
    m = _FENCE_OPEN.match(lines[0])
    fence = m.group(1) if m else lines[0].strip()[:3]
    return len(lines) > 1 and lines[-1].strip().startswith(fence) and not lines[-1].strip(fence[0] + " ")


def _unwrap_fence(doc: Document, settings: Settings, fixes: list[Fix]) -> Document:
    codes = [i for i, b in enumerate(doc.blocks) if b.kind == "code"]
    if len(codes) != 1:
        return doc
    index = codes[0]
    block = doc.blocks[index]
    lines = block.lines
    m = _FENCE_OPEN.match(lines[0])
    if not m:
        return doc
    closed = _fence_closed(lines)
    inner_lines = lines[1:-1] if closed else lines[1:]
    inner = "\n".join(inner_lines)
    body = parse(inner + "\n", compile_markers(settings.markers))
    if body.front_matter is not None:
        return doc  # a whole post with front matter inside a fence: leave it
    if body.blocks and body.blocks[-1].kind == "code" and not _fence_closed(body.blocks[-1].lines):
        # a fence left open inside: unwrapped, it would run on past the
        # article into the rest of the post, and the next run would read the
        # post differently - the nesting is unclear, so the fence stays
        return doc
    kinds = [b.kind for b in body.blocks]
    if "heading" not in kinds and kinds.count("paragraph") < 3:
        return doc
    inside = weight(inner)
    outside = sum(weight(b.text) for b in doc.blocks if b is not block and b.kind not in ("marker", "rule"))
    if inside < 200 or outside > inside * (0.25 if m.group(2) else 0.1):
        return doc  # the fence is part of the article, not around it
    first = block.span[0] + 1
    shifted = [b._replace(span=(b.span[0] - 1 + first, b.span[1] - 1 + first)) for b in body.blocks]
    if shifted:
        shifted[0] = shifted[0]._replace(gap=block.gap)
    blocks = list(doc.blocks[:index]) + shifted + list(doc.blocks[index + 1 :])
    fixes.append(Fix(NAME, "edited", (block.span[0], block.span[1]), excerpt(lines[0] + " " + inner),
                     f"the whole article was wrapped in a {'`' + m.group(2) + '` ' if m.group(2) else ''}code fence "
                     f"({inside} of {inside + outside} characters): unwrapped"))
    return doc.with_blocks(blocks)


# --- <think> and other tag blocks ---------------------------------------------------


def _tag_blocks(doc: Document, fixes: list[Fix]) -> Document:
    blocks = list(doc.blocks)
    i = 0
    changed = False
    # tag -> the blocks after the last </tag> (an earlier scan found none
    # there, and edits here only shorten blocks): an opening tag among them
    # needs no scan, so many unclosed tags cost one scan, not one each
    # (quadratic).  Lists, not ids alone: they keep the blocks alive, so an
    # id is never reused by a new block.
    no_close_after: dict[str, tuple[set[int], list[Block]]] = {}
    while i < len(blocks):
        block = blocks[i]
        if block.kind in ("code", "verbatim", "table"):
            i += 1
            continue
        masked = _masked(block.text)
        opening = _OPEN.search(masked)
        closing = _CLOSE_ANY.search(masked)
        if closing and (not opening or closing.start() < opening.start()):
            # a closing tag without an opening one: the reasoning ran from
            # the start of the post (the opening tag was in the template)
            if _orphan_close(blocks, i, closing, fixes):
                changed = True
                i = 0
                continue
            i += 1
            continue
        if not opening:
            i += 1
            continue
        tag = opening.group(1).lower()
        close_re = lazy(rf"</{regex.escape(tag)}>", regex.I)
        end = None
        known = no_close_after.get(tag)
        last = i + 1 if known is not None and id(block) in known[0] else len(blocks)
        to_the_end = True
        for j in range(i, last):
            if blocks[j].kind == "verbatim":
                to_the_end = False
                break
            text = _masked(blocks[j].text) if blocks[j].kind != "code" else blocks[j].text
            start_at = opening.end() if j == i else 0
            m = close_re.search(text, start_at)
            if m:
                end = (j, m)
                break
        if end is None:
            if to_the_end and last == len(blocks) and tag not in no_close_after:
                tail = blocks[i + 1 :]
                no_close_after[tag] = ({id(b) for b in tail}, tail)
            new = block.text[: opening.start()] + block.text[opening.end() :]
            fixes.append(Fix(NAME, "edited", block.span, excerpt(opening.group(0)),
                             f"unclosed <{tag}> tag removed; its end is unknown, so no text is dropped for it - "
                             "the text after it is judged sentence by sentence by the monologue rule"))
            _replace(blocks, i, new)
            changed = True
            continue
        j, m = end
        removed = (block.text[opening.start() :] if j != i else block.text[opening.start() : m.end()])
        before = block.text[: opening.start()]
        after = blocks[j].text[m.end() :]
        last = blocks[j].span[1]
        fixes.append(Fix(NAME, "removed", (block.span[0], last), excerpt(removed),
                         f"<{tag}> block: the model's {'tool call' if 'tool' in tag or 'function' in tag else 'reasoning'}, not article text"))
        if j == i:
            _replace(blocks, i, before + after)
        else:
            blocks[j] = _reclassify(blocks[j].with_text(after.lstrip("\n")))
            del blocks[i + 1 : j]
            blocks[i] = _reclassify(blocks[i].with_text(before.rstrip()))
            for k in (i + 1, i):
                if k < len(blocks) and not blocks[k].text.strip():
                    del blocks[k]
        changed = True
    if not changed:
        return doc
    return doc.with_blocks(tidy_gaps(doc, [b for b in blocks if b.text.strip()]))


_HTML_START = lazy(r"^ {0,3}<(?:[A-Za-z][\w:-]*(?:\s[^>]*)?/?>|/[A-Za-z][\w:-]*>|!--)")


_HEADING_START = regex.compile(r"^ {0,3}#{1,6}(?:\s|$)")


def _reclassify(block: Block) -> Block:
    """An HTML block whose tag was removed is prose again; so is a heading
    that lost its "#" with the text before an orphan "</think>" ("# </think>
    Text": the rules after this one expect a heading to start with "#")."""
    if (block.kind == "html" and not _HTML_START.match(block.text)) or (
        block.kind == "heading" and not _HEADING_START.match(block.text)
    ):
        return block._replace(kind="paragraph")
    return block


def _replace(blocks: list[Block], i: int, text: str) -> None:
    text = "\n".join(line for line in text.split("\n") if line.strip())
    if text.strip():
        blocks[i] = _reclassify(blocks[i].with_text(text))
    else:
        del blocks[i]


def _orphan_close(blocks: list[Block], i: int, closing, fixes: list[Fix]) -> bool:
    after = blocks[i].text[closing.end() :]
    rest = weight(after)
    for k in range(i + 1, len(blocks)):  # only "at least 40?" matters: stop there
        if rest >= 40:
            break
        if blocks[k].kind not in ("marker", "rule"):
            rest += weight(blocks[k].text)
    start = 0
    for k in range(i - 1, -1, -1):
        if blocks[k].kind == "marker":
            start = k + 1
            break
    tag = closing.group(1).lower()
    if rest < 40:
        fixes.append(Fix(NAME, "edited", (blocks[start].span[0], blocks[i].span[1]), excerpt(closing.group(0)),
                         f"</{tag}> without an opening tag and no article after it: only the tag removed, the text before it kept"))
        blocks[i] = blocks[i].with_text(blocks[i].text[: closing.start()] + after)
        return True
    removed = " ".join(b.text for b in blocks[start:i]) + " " + blocks[i].text[: closing.end()]
    fixes.append(Fix(NAME, "removed", (blocks[start].span[0], blocks[i].span[1]), excerpt(removed),
                     f"text before a closing </{tag}> without an opening tag: the model's reasoning "
                     "(the opening tag was part of the chat template)"))
    tail = after.strip("\n")
    del blocks[start:i]
    if tail.strip():
        blocks[start] = _reclassify(blocks[start].with_text(tail))
    else:
        del blocks[start]
    return True


# --- chat role tokens ---------------------------------------------------------------


def _role_tokens(doc: Document, fixes: list[Fix]) -> Document:
    out: list[Block] = []
    starts: list[int] = []
    next_starts = False
    for block in doc.blocks:
        if next_starts:
            starts.append(block.span[0])
            next_starts = False
        if block.kind not in PROSE:
            out.append(block)
            continue
        text = block.text
        if not contains_any(text, _ROLE_WORDS):
            out.append(block)
            continue
        new = outside_inline_code(text, lambda t: _GLUED_ROLE.sub("", _ROLE_TOKEN.sub("", t)))
        new = _ROLE_LINE.sub("", new) if block.kind == "paragraph" else new
        if new == text:
            out.append(block)
            continue
        # where the token was, a new reply starts
        cut = _first_token_line(text)
        lines = new.split("\n")
        fixes.append(Fix(NAME, "edited" if new.strip() else "removed", block.span, excerpt(text),
                         "chat-template role token (the next reply of the model starts after it)"))
        kept = [line for line in lines if line.strip()]
        if not kept:
            next_starts = True
            continue
        # split the block where the token line was, so the next reply is its own block
        head_n = cut + 1 if cut is not None else len(kept)
        head = [ln for ln in (new.split("\n")[:head_n]) if ln.strip()]
        tail = [ln for ln in (new.split("\n")[head_n:]) if ln.strip()]
        if head:
            out.append(block.with_text("\n".join(head), (block.span[0], block.span[0] + head_n - 1)))
        if tail:
            first = block.span[0] + head_n
            out.append(Block(block.kind, "\n".join(tail), (first, block.span[1]), ("",) if head else block.gap))
            starts.append(first)
        else:
            next_starts = True
    if not starts and out == list(doc.blocks):
        return doc
    new_doc = doc.with_blocks(tidy_gaps(doc, out))
    for line in starts:
        new_doc = new_doc.with_note(CHUNK_NOTE, line)
    return new_doc


def _first_token_line(text: str) -> int | None:
    for n, line in enumerate(text.split("\n")):
        if _ROLE_TOKEN.search(line) or _GLUED_ROLE.search(line) or _ROLE_LINE.match(line):
            return n
    return None


# --- citation leftovers ---------------------------------------------------------


def _citations(doc: Document, fixes: list[Fix]) -> Document:
    blocks = list(doc.blocks)
    changed = False
    for i, block in enumerate(blocks):
        if block.kind not in PROSE:
            continue
        found: list[str] = []

        def strip(t: str) -> str:
            def cite(m):
                found.append(m.group(0).strip())
                after = m.string[m.end() : m.end() + 1]
                spaced = m.group(0)[:1] in " \t" or m.string[m.start() - 1 : m.start()] == " "
                # "a third. [cite_start]Defrost" -> keep one space between the sentences
                if spaced and after and not after.isspace() and after not in ".,;:!?。、，．)）」』]】":
                    return " " if m.group(0)[:1] in " \t" else ""
                return ""

            t = _CITATIONS.sub(cite, t)

            def utm(m):
                found.append("utm_source=" + m.group(0).split("=", 1)[1].rstrip("&"))
                return m.group(1) if m.group(2) else ""

            return _UTM.sub(utm, t)

        if not contains_any(block.text, _CITE_WORDS):
            continue
        new = outside_inline_code(block.text, strip)
        if new != block.text:
            # trailing blanks; (?<![ \t]): one try per run of blanks, not per blank
            new = compiled(r"(?<![ \t])[ \t]+$", regex.M).sub("", new)
            blocks[i] = block.with_text(new)
            changed = True
            kinds = ", ".join(dict.fromkeys(_cite_kind(f) for f in found))
            fixes.append(Fix(NAME, "edited", block.span, excerpt(" ".join(found)),
                             f"chat-UI citation leftovers removed ({kinds}): {len(found)} token(s)"))
    return doc.with_blocks(blocks) if changed else doc


def _cite_kind(token: str) -> str:
    if "oaicite" in token:
        return ":contentReference[oaicite]"
    if "†" in token:
        return "【n†source】"
    if token.startswith("[cite"):
        return "[cite…]"
    if token.startswith("utm_source"):
        return "?utm_source=chatgpt.com"
    return "citeturn…"


RULE = Rule(NAME, "Remove <think> blocks, chat role tokens and citation tokens; unwrap an article wrapped in a code fence.", apply)
