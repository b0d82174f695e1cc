"""Leaked agent monologue: the model narrating its work inside the article.

Agents that write posts leave their own voice behind - plans, search
narration, tool errors, apologies, acknowledgements::

    I've established a detailed article structure… Now, I'll execute a web search…
    I used the wrong tool. It should have been `default_api.write_file`…

    AI半導体輸出規制強化、その真意と業界の未来は何処へ？   <- the article starts here

Each sentence is judged on evidence - a script that differs from the
article's, its position (start of the post or of a continuation chunk, end of
the post), process vocabulary (search, query, tool, file names, "the
article" as an object being written) and apology/compliance formulas - and
is removed only when the evidence is strong enough for the strictness set.
Persona prose ("私がこの業界に入った頃…", "I have covered this industry for
20 years") has none of it and stays.  Code, quotes and tables are never
looked at.
"""

from __future__ import annotations

import regex

from ..document import Block, Document, tidy_gaps
from ..fixes import Fix
from ..settings import Settings
from ..text import article_language, cjk_ratio, excerpt, split_sentences
from . import Rule

NAME = "monologue"

# Sentences that can only be the agent talking about its own work.
_EN_PROCESS = regex.compile(
    r"""\b(?:
        web\ search(?:es)?|search\ (?:query|queries|results?)|(?:initial|refined|broader|first)\ search|
        tool\ call|wrong\ tool|the\ tool|default_api|write_file|read_file|web_fetch|function\ call|
        article\ structure|(?:the|this)\ (?:article|post|blog\ post)\ (?:you\ requested|you\ asked\ for)|
        daily\ quota|quota\ limit|the\ underlying\ model|my\ (?:next\ step|plan|approach|search)|
        I(?:'ll|\ will)\ (?:now\ )?(?:execute|run|search|broaden|switch|retry|try\ again|correct|write\ the|draft|start\ writing|proceed)|
        I've\ (?:established|outlined|gathered|completed|finished|drafted)|
        (?:yielded|returned)\ no\ results
    )\b""",
    regex.I | regex.X,
)
_EN_APOLOGY = regex.compile(r"^(?:My (?:sincere )?apologies|I apologi[sz]e|Sorry, I|I'm sorry, (?:but )?I)\b", regex.I)
_EN_PLAN_OPENER = regex.compile(
    r"^(?:Now,? I(?:'ll| will)|Next,? I(?:'ll| will)|I(?:'ll| will) (?:now )?(?:begin|start|execute|search|broaden|switch|correct|retry)|"
    r"Here(?:'s| is) (?:the|my) (?:refined |revised |updated )?(?:search query|plan|outline)|The (?:initial |web )?search\b|It appears I'm)",
    regex.I,
)
_JA_FORMULA = regex.compile(
    r"^(?:はい|ええ|承知|かしこまりました)[、,]?\s*(?:承知(?:いた)?しました|かしこまりました)|"
    r"記事の続きを.{0,20}(?:書|作成|完成)|"
    r"(?:ウェブ|web|Web)検索を(?:試み|行い|実行)|"
    r"^申し訳(?:ありません|ございません)(?:が|。)|"
    r"ご指定の(?:文体|要件|条件)に(?:沿|従)"
)


def apply(doc: Document, settings: Settings) -> tuple[Document, list[Fix]]:
    """Remove narration sentences of the agent, with their evidence.

    Looked at: paragraphs at the start of the post, right after a seam
    marker, and at the end of the post (where chat pre- and postambles
    sit), plus any paragraph carrying an unmistakable formula.
    """
    language = article_language(doc.prose_text())
    fixes: list[Fix] = []
    out: list[Block] = []
    removed_texts: list[str] = []
    last_paragraph = max((i for i, b in enumerate(doc.blocks) if b.kind == "paragraph"), default=-1)
    # the "edge" - start of the post or of a chunk - lasts while what we
    # meet there is narration; the first kept article paragraph ends it
    at_edge = True
    for index, block in enumerate(doc.blocks):
        if block.kind == "marker":
            at_edge = True
            out.append(block)
            continue
        if block.kind != "paragraph":
            at_edge = False
            out.append(block)
            continue
        edge = at_edge or index == last_paragraph
        kept_lines: list[str] = []
        changed = False
        for offset, line in enumerate(block.lines):
            line_no = block.span[0] + offset
            keep, gone, evidence = _judge_line(line, language, edge, settings.monologue_strictness)
            if gone:
                changed = True
                removed_texts.extend(gone)
                action = "removed" if not keep.strip() else "edited"
                fixes.append(Fix(NAME, action, (line_no, line_no), excerpt(" ".join(gone)), "monologue: " + evidence))
            if keep.strip():
                kept_lines.append(keep)
        if kept_lines:
            at_edge = False
        if not changed:
            out.append(block)
        elif kept_lines:
            out.append(block.with_text("\n".join(kept_lines)))
    if not fixes:
        return doc, []
    new = doc.with_blocks(tidy_gaps(doc, out))
    for text in removed_texts:
        new = new.with_note("monologue", text)
    return new, fixes


def _judge_line(line: str, language: str, at_edge: bool, strictness: int) -> tuple[str, list[str], str]:
    """Return (text kept, sentences removed, evidence)."""
    sentences = split_sentences(line)
    verdicts = [_judge_sentence(s.text, language, at_edge, strictness) for s in sentences]
    if not any(verdicts):
        return line, [], ""
    # a sentence between two narration sentences of the same line, in the
    # same foreign script, is narration too (run-on lines)
    # In a post of another script, the other English sentences of a line
    # that is mostly narration are narration too (run-on lines).
    if sum(1 for v in verdicts if v) * 2 >= len(verdicts):
        for i, s in enumerate(sentences):
            if not verdicts[i] and _foreign(s.text, language):
                verdicts[i] = "English sentence on a line of narration"
    kept = "".join(line[s.start : s.end] for s, v in zip(sentences, verdicts) if not v).strip()
    gone = [s.text for s, v in zip(sentences, verdicts) if v]
    evidence = "; ".join(dict.fromkeys(v for v in verdicts if v))
    return kept, gone, evidence


def _foreign(text: str, language: str) -> bool:
    return language == "ja" and cjk_ratio(text) < 0.1


def _judge_sentence(text: str, language: str, at_edge: bool, strictness: int) -> str:
    """Evidence that ``text`` is narration, or "" when it is article prose."""
    foreign = _foreign(text, language)
    script = "English process narration in a Japanese article" if foreign else "process narration"
    if _JA_FORMULA.search(text):
        return "agent acknowledgement/apology formula"
    if _EN_APOLOGY.search(text) and (foreign or at_edge):
        return f"apology of the agent ({'English in a Japanese article' if foreign else 'at a chunk edge'})"
    process = _EN_PROCESS.search(text)
    opener = _EN_PLAN_OPENER.search(text)
    if process and (foreign or at_edge or strictness >= 3):
        return f"{script}: “{process.group(0)}”"
    if opener and (foreign or (at_edge and strictness >= 2)):
        return f"{script}: opens with “{opener.group(0)}”"
    if foreign and at_edge and strictness >= 2 and regex.match(r"^(?:I|My|The|It|Now|Here)\b", text) and regex.search(r"\b(?:I|I'll|I've|I'm|my)\b", text):
        return "first-person English narration at the start of a chunk in a Japanese article"
    return ""


RULE = Rule(NAME, "Remove the agent's leaked monologue (plans, search narration, tool errors, apologies) with evidence.", apply)
