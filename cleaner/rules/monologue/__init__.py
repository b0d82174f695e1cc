"""Leaked agent monologue: the model talking about its work inside the article.

Agents that write posts leave their own voice behind - plans, search
narration, tool errors, apologies, acknowledgements, chat pre- and
postambles, self-checks, status reports and the pipeline's own prompt::

    I've established a detailed article structure… Now, I'll execute a web search…
    I used the wrong tool. It should have been `default_api.write_file`…

    AI半導体輸出規制強化、その真意と業界の未来は何処へ？   <- the article starts here

    ---END---
    はい、承知いたしました。記事の続きを自然に書いて完成させます。   <- removed
    ### 市場の行方（続き）                                              <- "（続き）" removed

Every sentence is judged on its own evidence, and the report states it:

* **wording** - phrases that only an agent uses: search narration ("The
  initial search yielded no results"), tool talk ("I used the wrong tool",
  ``default_api.write_file``), the article as an object being produced for
  someone ("I will instead provide the article content…", "記事の続きを…
  完成させます"), acknowledgement and apology formulas ("はい、承知いたしました",
  "My apologies, I keep making the same mistake"), offers to the requester
  ("Let me know if you'd like any changes", "ご不明点があればお知らせください"),
  self-checks ("The article has 3600 characters"), status reports ("saved to
  /root/post.html — 847 words"), prompt echo ("【既存の記事の最後の部分】",
  "以下の記事の続きを…完成させてください");
* **position** - the start of the post or of a continuation chunk (after a
  seam marker or a chat role token), or its end, where pre- and postambles sit;
* **script** - an English sentence in a Japanese article (or the reverse);
* **neighbours** - a weakly marked sentence ("Sure!", "This should give me a
  better starting point…", "…いかがでしょうか") next to a removed one on the
  same paragraph goes with it; the first sentence without evidence stops that.

The patterns are written by kind of agent speech (acknowledgements, the
article's parts as an object being written, research plans, search and tool
failures, the agent speaking as an AI, announcements, offers of more work,
the requester addressed, self-checks, prompt fields), each measured on
``tests/test_monologue_probes.py``: whole posts with agent speech in other
wordings and look-alike article sentences that must stay.

Each kind of evidence adds points; a sentence goes when the points reach the
threshold of ``monologue_strictness`` (1: only sure cases, 2: default, 3:
aggressive).  A sentence one point short is kept and reported as ``kept``.

Never monologue: persona prose ("私がこの業界に入った頃…", "I have covered
this industry for 20 years"), text in quotation marks, code, block quotes and
tables (an article *about* agents that shows "I'll now write…" in a code
block keeps it), a how-to's "Let me show you…", a lead such as "Here's what
you need to know about turbos:" (it introduces the article's own content -
only "Here's the blog post you asked for:" refers to the deliverable).

A post that is nothing but the agent's reply (an apology, no article) is
emptied here like any other monologue; ``cleaner/verdict.py`` then sees that
no article remains and the pipeline keeps the post as it was, reported as
``no-article`` so that a person can unpublish or regenerate it.

The package: ``japanese.py`` and ``english.py`` hold each language's
patterns and the evidence a sentence gives; ``common.py`` the levels, the
literal gates in front of the patterns and script detection; this module
the rule itself - sentences judged in their paragraph and position.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ...document import CHUNK_NOTE, SEAM_NOTE, Block, Document, tidy_gaps
from ...firstchars import LazyLed
from ...fixes import Fix
from ...patterns import lazy
from ...settings import Settings
from ...text import Sentence, excerpt, per_post_cache, split_sentences
from .. import Rule
from ..title import repeats_title
from .common import HARD, MEDIUM, Ctx, _JA_GATE, _THREE_WORDS, _attributed, _foreign
from .english import _EN_GATE, _PREAMBLE_HEAD, _TOOL_ID, _en_evidence, _may_be_english_narration
from .japanese import _ECHO_LINE, _HEADING_SUFFIX, _JA_ANCHOR, _JA_KIND_ANCHOR, _ja_evidence

NAME = "monologue"


# --- traces: ReAct lines, tool calls ------------------------------------------
_REACT = lazy(r"^\s*(Thought|Action|Action Input|Observation|Final Answer)\s*:\s*(.*)$")
_TOOL_CALL_CODE = lazy(
    r"default_api\.|^[^\S\n]*print\(\s*\w+\.\w+\(|^[^\S\n]*\{\s*\"(?:name|tool|tool_name|function|action)\"\s*:|\"(?:arguments|parameters|tool_input)\"\s*:|<tool_call>|\btool_code\b",
    regex.M,
)
_TOOL_FENCE_INFO = lazy(r"^\s*(?:`{3,}|~{3,})\s*(?:tool_code|tool_call|tool_output|tool_response|function_call)\b")
#: quotation marks and their closers (``"`` closes on the same line only)
_QUOTE_PAIRS = {"“": "”", '"': '"', "「": "」", "『": "』", "‘": "’"}
_QUOTE_OPEN = lazy(r'[“"「『‘]')


def _mask_quotes(text: str) -> str:
    """``text`` with quoted passages blanked (same length): quoted words are
    somebody else's, even when the quote spans several sentences."""
    # A scan rather than one regex (“[^”]*”|…): the regex tries every opener
    # that is never closed to the end of the text, quadratic in a run of them.
    out, pos, at = [], 0, 0
    unclosed: set[str] = set()  # no closer after here: later openers fail too
    while (m := _QUOTE_OPEN.search(text, at)) is not None:
        opener, start = m.group(0), m.start()
        at = start + 1
        if opener in unclosed:
            continue
        close = text.find(_QUOTE_PAIRS[opener], start + 1)
        if close < 0:
            unclosed.add(opener)
            continue
        if opener == '"' and "\n" in text[start + 1 : close]:
            continue
        out.append(text[pos : start + 1])
        out.append(" " * (close - start - 1))
        pos, at = close, close + 1
    out.append(text[pos:])
    return "".join(out)


def _evidence(text: str, ctx: Ctx, bare: str | None = None, ja: bool = True, en: bool = True) -> tuple[int, str]:
    """(level, evidence) for one sentence, without position and script bonus.

    ``ja``/``en`` False: the caller knows (from the whole paragraph) that
    the Japanese / English patterns cannot match."""
    bare = _mask_quotes(text) if bare is None else bare
    if ja and _JA_GATE.search(bare):
        found = _ja_evidence(bare, ctx)
        if found[0]:
            return found
    if not en or not _may_be_english_narration(text):
        return 0, ""
    if not _EN_GATE.search(bare) and not _TOOL_ID.search(text):
        return 0, ""
    return _en_evidence(text, bare, ctx)


@dataclass
class _Verdict:
    level: int
    evidence: str
    foreign: bool
    score: int = 0
    chained: bool = False


# a sentence has Japanese evidence only if an anchor word is in it, English
# evidence only if a gate word or tool name is, and is foreign only if it has
# three Latin words; so each is looked for once in the whole paragraph before
# sentence by sentence (most paragraphs have none; "$" dropped: in the anchor
# it ends a sentence, not the paragraph)
_JA_ANCHOR_ANYWHERE = LazyLed(_JA_ANCHOR.pattern.replace("[）)]$", "[）)]") + "|" + _JA_KIND_ANCHOR.pattern)


def _cut_preamble_heads(text: str, sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """Cut a deliverable announcement run on to the next sentence with a
    colon ("Here is the article: Demand…") into a sentence of its own."""
    if ":" not in text or not _may_be_english_narration(text):
        return sentences

    def after_head(s: Sentence) -> int | None:
        m = _PREAMBLE_HEAD.match(s.text) if ":" in s.text else None
        return text.index(s.text, s.start) + m.end() if m else None

    return _cut(text, sentences, after_head)


# a chat postamble glued to the article's last sentence when the chunks were
# joined without a space ("…keep your options open.Let me know if you'd
# like…"): a sentence of its own
_GLUED_CLOSING = lazy(r"(?<=[a-z0-9)][.!?])(?=(?:Let me know|Feel free|I hope this|Would you like|If you'd like|Happy to)\b)")


def _cut_glued_closings(text: str, sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    if "." not in text and "!" not in text and "?" not in text:
        return sentences

    def before_closing(s: Sentence) -> int | None:
        m = _GLUED_CLOSING.search(text, s.start, s.end)
        return m.start() if m else None

    return _cut(text, sentences, before_closing)


# a tool's trace run on into the article's next sentence when the chunks were
# joined ("[web_fetch] https://… -> 403 Forbidden 実際の単価は…"): the trace
# ends at its result (a status code and its reason phrase, a timeout, no
# results), and what follows is the article's, a sentence of its own
_TOOL_TRACE_RESULT = lazy(
    r"""\[\s*(?:tool|[a-z]+_[a-z_]+)\s*\][ \t]+[^\n]{0,200}?(?:->|→)[ \t]*
        (?:[45]\d\d(?:[ \t]+(?:Forbidden|Not[ ]Found|Bad[ ]Request|Unauthorized|Too[ ]Many[ ]Requests|Request[ ]Timeout
                          |Internal[ ]Server[ ]Error|Bad[ ]Gateway|Service[ ]Unavailable|Gateway[ ]Timeout))?+
           |timed[ ]out|timeout|no[ ]results?|0[ ]results?)
        [ \t]+(?=[A-Z\p{Han}\p{Hiragana}\p{Katakana}])""",
    regex.X,
)


def _cut_tool_traces(text: str, sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    if "[" not in text:
        return sentences

    def after_result(s: Sentence) -> int | None:
        # (a sentence keeps the space after it, as split_sentences gives it)
        m = _TOOL_TRACE_RESULT.match(text, text.index("[", s.start), s.end) if s.text.startswith("[") else None
        return m.end() if m else None

    return _cut(text, sentences, after_result)


def _cut(text: str, sentences: tuple[Sentence, ...], cut_at) -> tuple[Sentence, ...]:
    """Each sentence split in two where ``cut_at`` says (an offset in ``text``), or kept whole."""
    out: list[Sentence] = []
    for s in sentences:
        cut = cut_at(s)
        if cut is None:
            out.append(s)
        else:
            out += [Sentence(s.start, cut, text[s.start : cut].strip()), Sentence(cut, s.end, text[cut : s.end].strip())]
    return tuple(out)


@per_post_cache(maxsize=4096)
def _judge_block_text(text: str, ctx: Ctx) -> tuple[tuple[object, _Verdict, bool], ...]:
    """Judge each sentence of a paragraph; returns (sentence, verdict, removed).

    Cached (the verdicts are not changed afterwards): the end of the post is
    judged twice, and each pass of the pipeline judges every paragraph again."""
    sentences = _cut_tool_traces(text, _cut_glued_closings(text, _cut_preamble_heads(text, split_sentences(text))))
    masked = _mask_quotes(text)
    # (masking only blanks quoted text: no hit in the text, none in the mask)
    japanese = _JA_GATE.search(text) is not None
    may_be_ja = bool(japanese and _JA_GATE.search(masked) and _JA_ANCHOR_ANYWHERE.search(masked))
    may_be_en = bool((_EN_GATE.search(masked) or _TOOL_ID.search(text)) and _may_be_english_narration(text))
    may_be_narration = may_be_ja or may_be_en
    may_be_foreign = bool(_THREE_WORDS.search(text)) if ctx.language == "ja" else japanese
    if not (may_be_narration or may_be_foreign):
        return tuple((s, _Verdict(0, "", False), False) for s in sentences)
    verdicts = []
    for s in sentences:
        bare = masked[s.start : s.end].strip()
        level, ev = _evidence(s.text, ctx, bare, may_be_ja, may_be_en) if may_be_narration and bare.strip("“”\"「」『』‘’ ") else (0, "")
        foreign = may_be_foreign and _foreign(s.text, ctx.language) and not (level == 0 and _attributed(s.text))
        v = _Verdict(level, ev, foreign)
        v.score = level + (1 if (ctx.start or ctx.end) and level else 0) + (1 if foreign else 0)
        verdicts.append(v)
    removed = [v.level > 0 and v.score >= ctx.threshold for v in verdicts]
    # neighbours: a weakly marked (or foreign) sentence next to a removed one
    changed = True
    while changed:
        changed = False
        for i, v in enumerate(verdicts):
            if removed[i] or not (v.level or v.foreign):
                continue
            near = (i > 0 and removed[i - 1]) or (i + 1 < len(verdicts) and removed[i + 1])
            if near and v.score + 1 + (1 if (ctx.start or ctx.end) and not v.level else 0) >= ctx.threshold:
                removed[i] = True
                v.chained = True
                if not v.evidence:
                    v.evidence = "English sentence" if ctx.language == "ja" else "foreign-script sentence"
                changed = True
    if any(removed) and not all(removed) and all(removed[i] or _BOLD_LABEL.fullmatch(s.text.strip()) for i, s in enumerate(sentences)):
        # "**Writer's note:** I couldn't verify…", "**確認事項：** 以下の数値は…":
        # the bold label of a note removed goes with it
        for i, v in enumerate(verdicts):
            if not removed[i]:
                removed[i] = v.chained = True
                v.evidence = v.evidence or "the label of the note"
    for i in range(len(sentences) - 1):
        if removed[i] and _OUTLINE_OPENED.search(sentences[i].text):
            # "まず構成を考えます：1." then "導入 2. 手入れ 3. まとめ": the outline
            # it announced, cut at each number, goes to the end of its line
            # (up to the item after the last number: "…3. まとめ。この三つを…"
            # goes on with a sentence of its own)
            for k in range(i + 1, len(sentences)):
                if "\n" in text[sentences[i].end : sentences[k].start] or removed[k]:
                    break
                removed[k] = verdicts[k].chained = True
                verdicts[k].evidence = verdicts[k].evidence or "the outline it announced"
                if not _OUTLINE_ITEM_END.search(sentences[k].text):
                    break
    if removed and removed[0] and not all(removed) and (_BRACKETED_NOTE.fullmatch(text.strip()) or _LABELLED_NOTE.match(text)):
        # "[進捗メモ: 第3節まで完了。残りは…]", "Draft status: intro and two
        # sections are done. Next up is…": the note goes whole, not its first
        # sentence with the bracket left open or the rest of the status
        for i, v in enumerate(verdicts):
            if not removed[i]:
                removed[i] = v.chained = True
                v.evidence = v.evidence or "in the same note"
    return tuple(zip(sentences, verdicts, removed))


_PLAN_ANNOUNCED = lazy(
    r"(?:構成|アウトライン|骨子|章立て|見出し(?:構成)?|流れ)(?:は|を)[^。]{0,20}?(?:次|以下)の(?:とおり|通り)|(?:構成|アウトライン|骨子|章立て)(?:案)?[:：]\s*$"
    # a prompt's labelled field over its items: "【執筆条件】" / "- 文字数：3,000字前後"
    r"|^[【\[［][^】\]］]{0,12}(?:条件|指示|ルール|制約|要件|ペルソナ|構成|アウトライン)[】\]］]$"
    r"|(?i:\b(?:outline|structure|plan|sections?)\b[^.!?]{0,40}(?:as\ follows|below)?\s*:\s*$)"
    # the searches it will run, listed ("Search queries:" over its queries)
    r"|(?i:^(?:my\ )?(?:search\ (?:queries|terms|plan)|queries(?:\ to\ run|\ used)?)\s*:\s*$)"
)
# what the agent lists about its own work: "セルフチェック：", "タイトル案：",
# "Outline:" (never "Here are the ten tips:": the list is the article)
_WORK_LIST = lazy(
    r"セルフチェック|自己チェック|チェック(?:項目|リスト)|確認(?:項目|事項)|構成|アウトライン|骨子|章立て|見出し案|タイトル案|修正点|変更点"
    r"|(?i:\b(?:outline|structure|plan|self-check|checklist|changes\ I\ made|title\ ideas|headline\ options)\b)"
)
_LABELLED_NOTE = lazy(
    r"^\s*[(（\[［]?\s*(?:Draft\ status|Running\ total|Self-check|Self-review|Progress\ note|Word\ count\ check|Note\ to\ self|Tool\ call\ failed"
    r"|セルフチェック|自己チェック|進捗(?:メモ|状況|報告)?|作業メモ)\s*[:：]",
    regex.X,
)
#: the label of an outline draft on a line of its own, over its list
_OUTLINE_LABEL = lazy(
    r"^(?:\*\*|__)?(?:(?:Draft|Article|Post|Proposed|Rough)\ )?(?:outline|structure|plan)(?:\ (?:draft|for\ the\ (?:article|post)))?\s*[:：]?(?:\*\*|__)?[:：]?$"
    r"|^(?:\*\*|__)?(?:記事の?)?(?:構成案?|アウトライン|骨子)(?:案)?\s*[:：]?(?:\*\*|__)?[:：]?$",
    regex.X | regex.I,
)
#: a sentence the splitter ended at an outline's first number ("…構成を考えます：1.")
_OUTLINE_OPENED = lazy(r"[:：]\s*1[.)]$")
_OUTLINE_ITEM_END = lazy(r"\s\d{1,2}[.)]$")
_BOLD_LABEL = lazy(r"\*\*[^*\n]{1,40}[:：]\*\*|\*\*[^*\n]{1,40}\*\*[:：]")
_BRACKETED_NOTE = lazy(r"\[[^\[\]]*\]|［[^［］]*］|【[^【】]*】|\([^()]*\)|（[^（）]*）")


def sure_evidence(line: str, language: str, at_least: int = HARD) -> str:
    """The evidence when a sentence of ``line`` (a title) is surely the
    agent's speech wherever it stood ("かしこまりました。以下に記…", "Sure!
    Here's the article you asked for"), else "".  ``at_least=MEDIUM``: the
    evidence of speech that is the agent's at a post's start ("まず記事の
    構成を考えます。"), where a title stands."""
    # (a columnist's "I'll Now Write the Part I've Been Avoiding" or "How I
    # Draft a Long Article" is medium evidence at most: titles that stay)
    sure = [v.evidence for _, v, _ in _judge_block_text(line.strip(), Ctx(language, True, False, 2)) if v.level >= at_least]
    return sure[0] if sure else ""


def _line_of(block: Block, offset: int) -> int:
    return block.span[0] + block.text.count("\n", 0, offset)


def _note(v: _Verdict) -> str:
    return v.evidence + (" (next to removed narration)" if v.chained else "")


def _context(verdicts: list[_Verdict], ctx: Ctx) -> str:
    parts = []
    if any(v.foreign for v in verdicts):
        parts.append("English in a Japanese article" if ctx.language == "ja" else "Japanese in an English article")
    if ctx.start:
        parts.append("at the start of the post/chunk")
    elif ctx.end:
        parts.append("at the end of the post/chunk")
    return f" [{', '.join(parts)}]" if parts else ""


def _judge_paragraph(block: Block, ctx: Ctx) -> tuple[str, list[Fix], list[str], bool]:
    """Return (kept text, fixes, removed sentences, any doubt)."""
    judged = _judge_block_text(block.text, ctx)
    fixes: list[Fix] = []
    gone: list[str] = []
    kept_parts: list[str] = []
    after_removed = False
    for s, v, removed in judged:
        if removed:
            gone.append(s.text)
            after_removed = True
        else:
            part = block.text[s.start : s.end]
            if after_removed and kept_parts and _JA_SENTENCE_END_SPACE.search(kept_parts[-1]) and _JA_START.match(part.lstrip()):
                # "…とします。 [web_fetch] … 実際の…": the spaces set the trace
                # apart; Japanese sentences follow one another without one
                kept_parts[-1] = kept_parts[-1].rstrip(" \t")
                part = part.lstrip(" \t")
            kept_parts.append(part)
            after_removed = False
            if v.level >= MEDIUM and v.score == ctx.threshold - 1:
                line = _line_of(block, s.start)
                fixes.append(Fix(NAME, "kept", (line, line), excerpt(s.text), f"possible monologue kept, evidence too weak: {_note(v)}{_context([v], ctx)}"))
    if not gone:
        return block.text, fixes, [], False
    kept = _tidy("".join(kept_parts))
    # one fix per input line, listing the evidence of each removed sentence
    by_line: dict[int, list[tuple[str, _Verdict]]] = {}
    for s, v, removed in judged:
        if removed:
            by_line.setdefault(_line_of(block, s.start), []).append((s.text, v))
    kept_lines = set()
    for s, v, removed in judged:
        if not removed:
            kept_lines.add(_line_of(block, s.start))
    for line, items in by_line.items():
        action = "edited" if line in kept_lines else "removed"
        reason = "; ".join(dict.fromkeys(_note(v) for _, v in items)) + _context([v for _, v in items], ctx)
        fixes.append(Fix(NAME, action, (line, line), excerpt(" ".join(t for t, _ in items)), reason))
    return kept, fixes, gone, True


_JA_SENTENCE_END_SPACE = lazy(r"[。！？」』）][ \t]+$")
_JA_START = lazy(r"[\p{Han}\p{Hiragana}\p{Katakana}「『（]")


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line.strip()).strip("\n")


def _react(block: Block) -> tuple[str, list[str]] | None:
    """A ReAct trace paragraph: (text kept - the Final Answer - , removed lines)."""
    lines = block.lines
    if not _REACT.match(lines[0]):
        return None
    kept: list[str] = []
    gone: list[str] = []
    label = None
    for line in lines:
        m = _REACT.match(line)
        if m:
            label = m.group(1)
            if label == "Final Answer":
                if m.group(2).strip():
                    kept.append(m.group(2))
                continue
            gone.append(line)
        elif label == "Final Answer":
            kept.append(line)
        else:
            gone.append(line)
    return "\n".join(kept), gone


def _is_tool_call_code(block: Block) -> bool:
    return bool(_TOOL_FENCE_INFO.match(block.lines[0]) or _TOOL_CALL_CODE.search(block.text))


def _end_edge(doc: Document, ctx_of) -> set[int]:
    """Indexes of blocks at the end of the post or of a chunk, back to the
    first block that is not (wholly) a postamble."""
    ends: set[int] = set()
    at_end = True
    for index in range(len(doc.blocks) - 1, -1, -1):
        block = doc.blocks[index]
        if block.kind == "marker":
            at_end = True
            continue
        if not at_end:
            continue
        if block.kind != "paragraph":
            at_end = False
            continue
        ends.add(index)
        kept, _, gone, _ = _judge_paragraph(block, ctx_of(False, True))
        if kept.strip():
            at_end = False
    return ends


def apply(doc: Document, settings: Settings) -> tuple[Document, list[Fix]]:
    """Remove the agent's narration, sentence by sentence, with its evidence.

    Broken::

        Sure! Here's the blog post you asked for:

        Turbochargers, explained
        Here's what you need to know about turbos: …
        Let me know if you'd like any changes.

    Fixed::

        Turbochargers, explained
        Here's what you need to know about turbos: …
    """
    language = doc.language()
    strictness = settings.monologue_strictness

    def ctx_of(start: bool, end: bool, labelled: bool = False) -> Ctx:
        return Ctx(language, start, end, strictness, labelled)

    chunk_starts = set(doc.note_values(CHUNK_NOTE))
    # the lines of seam markers an earlier pass removed: the first block
    # wholly after one starts a chunk still ("---END---" / a repeat dedup
    # removed / "I'll now continue with the section on…")
    removed_seams = sorted(int(line) for line in doc.note_values(SEAM_NOTE))
    next_seam = 0
    generated = doc.in_generations()
    ends = _end_edge(doc, ctx_of)
    fixes: list[Fix] = []
    out: list[Block] = []
    removed_texts: list[str] = []
    at_start = True
    removed_at_start = False  # narration was removed at this edge
    title = _title_of(doc)
    last_heading = ""  # the section a continuation heading would continue
    plan_announced = False  # the narration just removed at this edge announced the text's outline
    colon_announced = False  # the narration just removed ended on a colon ("セルフチェック：")
    framed: Block | None = None  # a list after such narration, kept unless narration or the chunk's end follows
    draft: int | None = None  # where an outline's label ("Outline:") at the start sits in ``out``

    def drop_framed(why: str) -> None:
        nonlocal framed
        if framed is not None:
            out[:] = [b for b in out if b is not framed]
            fixes.append(Fix(NAME, "removed", framed.span, excerpt(framed.text),
                             f"list announced by narration removed right before it (ending on a colon) and followed by {why}"))
            removed_texts.append(framed.text)
            framed = None

    for index, block in enumerate(doc.blocks):
        # (only the block right after the announcement: a heading or kept
        # paragraph between them makes the list the article's)
        announced, colon_announced = colon_announced, False
        if block.kind == "marker":
            drop_framed("the end of the chunk")
        elif framed is not None and block.kind != "paragraph":
            framed = None
        after_seam = False
        while next_seam < len(removed_seams) and block.span[1] > removed_seams[next_seam]:
            # (a block the seams rule spliced over the seam goes on the chunk before it)
            after_seam = after_seam or block.span[0] > removed_seams[next_seam]
            next_seam += 1
        if block.kind == "marker" or block.span[0] in chunk_starts or after_seam:
            at_start = True
            removed_at_start = False
            if block.kind == "marker":
                out.append(block)
                continue
        if block.kind == "heading":
            new_text, fix, gone = _judge_heading(block, last_heading, generated)
            if fix:
                fixes.append(fix)
                removed_texts.extend(gone)
            if new_text is None:
                removed_at_start = removed_at_start or at_start
                continue
            out.append(block if new_text == block.text else block.with_text(new_text))
            last_heading = new_text.strip()
            at_start = at_start and _is_title_line(new_text, title, out)
            continue
        if at_start and block.kind == "rule" and removed_at_start:
            fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), "separator between removed narration and the article"))
            continue
        if at_start and block.kind == "code" and _is_tool_call_code(block):
            fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), "tool-call code at the start of the post/chunk (agent trace, not article code)"))
            removed_at_start = True
            continue
        if at_start and block.kind == "list" and plan_announced:
            # "記事の構成は次のとおりにします。" / "1. 導入 2. …" / "では、この構成で
            # 本文を書いていきます。": the outline the narration announced
            fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), "the article's outline announced by the narration removed right before it, at the start of the post/chunk"))
            removed_texts.append(block.text)
            plan_announced = False
            continue
        plan_announced = False
        if at_start and draft is not None and block.kind == "list" and len(out) == draft + 1:
            out.append(block)  # the draft's items: still the start, until the narration says what they were
            continue
        if block.kind == "list" and announced:
            framed = block  # ("- 語調：です・ます調で統一 ✓ …", then "問題ないので、提出します。")
        if block.kind != "paragraph":
            at_start = False
            out.append(block)
            continue
        if at_start:
            react = _react(block)
            if react is not None:
                kept, gone = react
                fixes.append(Fix(NAME, "removed" if not kept.strip() else "edited", block.span, excerpt(" ".join(gone)),
                                 "ReAct trace (Thought:/Action:/Observation:) at the start of the post/chunk"))
                removed_texts.extend(gone)
                removed_at_start = True
                if kept.strip():
                    out.append(block.with_text(kept))
                    at_start = False
                continue
        if at_start and _OUTLINE_LABEL.match(block.text.strip()):
            draft = len(out)  # "Outline:" / "**Draft outline**" over a list, at the start
            out.append(block)
            continue
        ctx = ctx_of(at_start, index in ends, labelled=bool(out) and _is_thought_label(out[-1]))
        kept, found, gone, changed = _judge_paragraph(block, ctx)
        fixes.extend(found)
        removed_texts.extend(gone)
        if changed and not kept.strip() and draft is not None and at_start:
            # "Outline:" / "1. Intro …" / "Now writing the full lesson based on
            # this outline.": the narration says the list was the agent's plan
            for gone_block in out[draft:]:
                fixes.append(Fix(NAME, "removed", gone_block.span, excerpt(gone_block.text),
                                 "the agent's outline draft, which the narration removed right after it confirms, at the start of the post/chunk"))
                removed_texts.append(gone_block.text)
            del out[draft:]
        draft = None
        if not changed:
            framed = None
            out.append(block)
            # (a thought summary's label: the narration under it is still at the start)
            at_start = at_start and (_is_title_line(block.text, title, out) or _is_thought_label(block))
            continue
        if kept.strip():
            framed = None
            out.append(block.with_text(kept))
            at_start = False
        else:
            drop_framed("more removed narration")
            _drop_thought_label(out, fixes, removed_texts)
            removed_at_start = removed_at_start or at_start
            plan_announced = at_start and _PLAN_ANNOUNCED.search(gone[-1]) is not None
            colon_announced = gone[-1].rstrip().endswith((":", "：")) and _WORK_LIST.search(gone[-1]) is not None
    drop_framed("the end of the post")
    if not any(f.changes_text for f in fixes):
        return doc, fixes
    new = doc.with_blocks(tidy_gaps(doc, out))
    for text in removed_texts:
        new = new.with_note("monologue", text)
    return new, fixes


# the label a model's thought summary opens with, on a line of its own:
# "**Analyzing the Request**", "**Refining the Market Section**"
_THOUGHT_LABEL = lazy(r"^\*\*[A-Z][a-z]+ing(?:\ [A-Za-z'-]+){1,6}\*\*$", regex.X)


def _is_thought_label(block: Block) -> bool:
    return block.kind == "paragraph" and _THOUGHT_LABEL.match(block.text.strip()) is not None


def _drop_thought_label(out: list[Block], fixes: list[Fix], removed_texts: list[str]) -> None:
    """The thought-summary label right above a paragraph removed whole goes
    with it: it titles the narration, not the article."""
    if out and _is_thought_label(out[-1]):
        label = out.pop()
        fixes.append(Fix(NAME, "removed", label.span, excerpt(label.text), "label of the narration removed right after it (a thought summary's title)"))
        removed_texts.append(label.text)


def _title_of(doc: Document) -> str:
    title = doc.front_matter.get("title") if doc.front_matter is not None else None
    return title if isinstance(title, str) else ""


#: a continuation suffix with no word of the pipeline's in it
_BARE_SUFFIX = lazy(r"^\s*[（(](?:続き|続く|つづき|continued|cont\.?)[）)]\s*$", regex.I)


def _is_title_line(text: str, title: str, kept: list[Block]) -> bool:
    """Is ``text``, the only block kept so far, the post's title repeated (in
    full, or the line a cut ``title:`` was cut from)?  The narration after it
    is still at the start of the post: "Title\n\nSure! Here's the article: …"
    (the title rule removes that line, and a second pass of the pipeline
    would find the narration only then).  Not a sentence that merely opens
    with the title's words."""
    if len(kept) != 1 or not title or "\n" in text.strip() or text.rstrip().endswith((".", "。")):
        return False
    return repeats_title(title, text)


def _judge_heading(block: Block, last_heading: str, generated: bool) -> tuple[str | None, Fix | None, list[str]]:
    """Prompt scaffolding as a heading is removed; a continuation suffix cut,
    and the whole heading removed when, without it, it repeats the heading of
    the section it continues ("### 勝ち筋" … "### 勝ち筋（続き）").  In a post
    written in one go a bare "(continued)" / "（続き）" is the writer's (a
    liveblog's "## 09:40 — Q&A (continued)"): only the pipeline's wordings go
    there ("（既存の記事から続く）")."""
    text = block.text
    if _ECHO_LINE.search(text.strip()):
        return None, Fix(NAME, "removed", block.span, excerpt(text), "prompt scaffolding echoed as a heading"), [text]
    m = _HEADING_SUFFIX.search(text)
    if m and not generated and _BARE_SUFFIX.match(m.group(0)):
        m = None
    if m and text[: m.start()].strip(" #"):
        new = text[: m.start()]
        if new.strip() == last_heading:
            return None, Fix(NAME, "removed", block.span, excerpt(text),
                             f"continuation heading: the heading of the section it continues, with the pipeline's “{m.group(0).strip()}”"), []
        return new, Fix(NAME, "edited", block.span, excerpt(text),
                        f"continuation suffix “{m.group(0).strip()}” added by the pipeline, not part of the heading"), []
    return text, None, []


RULE = Rule(NAME, "Remove the agent's leaked monologue (plans, search narration, tool errors, apologies, chat pre/postambles, prompt echo) with evidence.", apply)
