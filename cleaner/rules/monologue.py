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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ..document import Block, Document, tidy_gaps
from ..fixes import Fix
from ..patterns import lazy
from ..settings import Settings
from ..text import CJK_RUN, article_language, count_letters, excerpt, per_post_cache, split_sentences
from . import Rule

NAME = "monologue"

X = regex.I | regex.X
HARD, MEDIUM, SOFT = 3, 2, 1
#: points needed to remove a sentence, per strictness
THRESHOLD = {1: 4, 2: 3, 3: 2}

# --- English ---------------------------------------------------------------

_FIRST_PERSON = lazy(r"\b(?:I|I'm|I'll|I've|I'd|me|my|myself|let\ me)\b", X)
_PROCESS = lazy(
    r"""\b(?:
        web\ search(?:es)?|search\ (?:query|queries|results?|phrase|terms?|tool)|
        (?:initial|refined|broader|first|previous|new|english|japanese)\ search(?:es)?|
        tool\ calls?|wrong\ tool|the\ tools?|available\ tools|function\ calls?|
        daily\ quota|quota\ limit|rate\ limit|the\ underlying\ model|
        persona|article\ (?:structure|framework|outline)|word\ count|character\ count|
        (?:to|into|as)\ (?:a|the)\ file
    )\b""",
    X,
)
_TOOL_ID = lazy(
    r"\b(?:default_api|write_file|read_file|web_fetch|write_todos|google_search|web_search|browse_web|file_write|save_file)\b"
)
_SEARCH_RESULT = lazy(
    r"""\b(?:the|my)\ (?:\w+\ ){0,2}search(?:es)?\ (?:(?:has|have|had|also)\ )?
        (?:yielded|returned|provided|found|showed|revealed|gave|produced|came\ back|did\ not|didn't|failed|was\ unsuccessful)""",
    X,
)
_REFINED_QUERY = lazy(r"^Here(?:'s|\ is)\ (?:the|my)\ (?:\w+\ )?search\ (?:query|queries|terms?)", X)
_DELIVERABLE = lazy(
    r"""\b(?:write|draft|craft|compose|provide|complete|finish|synthesi[sz]e|save|output|generate|produce|create|deliver|present)s?\b
        [^.!?]{0,40}?\b(?:the|an|a|your)\ (?:\w+\ ){0,3}?(?:article|blog\ post|post|draft|piece|essay|outline|response)\b""",
    X,
)
_PLAN = lazy(
    r"""^(?:(?:Now|Next|First|Then|Finally),?\ )?(?:I(?:'ll|\ will|\ am\ going\ to)|let\ me)\ (?:\w+\ ){0,2}?
        (?:search|execute|run|call|use\ the|write\ the|draft|compose|craft|begin\ writing|start\ writing|proceed|retry|try\ again|
           correct|broaden|switch|look\ up|gather|fetch|browse|synthesi[sz]e|refine|continue\ (?:from|where|with\ the\ (?:article|post|next\ (?:part|section))))""",
    X,
)
_MY_STEP = lazy(r"^My\ (?:next\ step|plan|approach|strategy)\ (?:is|will\ be)\b", X)
_ESTABLISHED = lazy(r"^I(?:'ve|\ have)\ (?:established|outlined|gathered|completed|finished|drafted|compiled|collected)\b", X)
_APOLOGY = lazy(r"^(?:My\ (?:sincere\ |deepest\ )?apologies|I\ (?:sincerely\ )?apologi[sz]e|(?:I'm|I\ am)\ (?:so\ |very\ )?sorry|Sorry)\b", X)
_AGENT_TROUBLE = lazy(
    r"\b(?:error|mistake|wrong|tool|search|unable|cannot|can't|confusion|oversight|loop|quota|function|previous\ response)\b", X
)
_UNABLE = lazy(
    r"""\bI(?:'m|\ am)?\ (?:currently\ )?(?:unable|not\ able|cannot|can't|could\ not|couldn't)\ (?:to\ )?
        (?:perform|access|browse|search|complete|fulfil|fulfill|retrieve|use|directly\ write|gather|write\ the)""",
    X,
)
_PREAMBLE = lazy(
    r"""^(?:(?:Sure|Certainly|Of\ course|Absolutely|Okay|OK|Alright|Great)[!,.]?\s*)?
        (?:Here(?:'s|\ is|\ are)|Below\ (?:is|are)|Attached\ is|I've\ (?:written|drafted|prepared|created|rewritten|revised|put\ together))\s+
        (?:(?:the|a|an|your|my)\s+)?(?:[\w-]+\s+){0,4}?
        (?:article|blog\ post|post|draft|piece|essay|version|rewrite|content|markdown|write-?up|copy)\b
        (?![^:]*\]\()[^.!:]{0,80}[:.!]?$""",
    X,
)
_INTERJECTION = lazy(r"^(?:Sure|Certainly|Of\ course|Absolutely|Okay|OK|Alright|Got\ it|Understood|No\ problem)[!.,]*$", X)
_CLOSING = lazy(
    r"""^(?:(?:Please\ )?(?:let\ me\ know|feel\ free\ to\ (?:ask|reach\ out|let\ me\ know))|Would\ you\ like\ me\ to|
          If\ you(?:'d|\ would)\ like|Is\ there\ anything\ else|Do\ you\ want\ me\ to|Shall\ I|Happy\ to\ (?:help|adjust|revise))\b""",
    X,
)
_CLOSING_OBJECT = lazy(
    r"""\b(?:(?:any|further|other)\ (?:changes|edits|revisions|adjustments|modifications|tweaks)|anything\ else|
        another\ (?:version|draft|task|topic)|(?:expand|shorten|adjust|revise|rewrite|tweak|change|modify)\ (?:it|this|the|any)|
        (?:assist|help)\ (?:you\ )?with|try\ again|(?:a|any)\ different\ (?:tone|style|angle|topic)|make\ (?:any\ )?changes)\b""",
    X,
)
_HOPE = lazy(r"^I\ hope\ (?:this|that|you\ find\ this|it)\ (?:helps|is\ helpful|was\ helpful|meets|works)\b[^.!?]{0,40}[.!]*$", X)
_STATUS = lazy(
    r"""\b(?:saved|written|exported|uploaded|stored)\ (?:it\ )?(?:to|as|in|at)\ [`'"]?(?:/|~/|\./|[A-Za-z]:\\|[\w-]+\.(?:md|html?|txt|docx))|
        \b\d[\d,]*\ words\b[^.]{0,20}$|^(?:Word|Character)\ count\s*:""",
    X,
)
_SELFCHECK = lazy(
    r"""\b(?:the|this|my)\ (?:article|post|draft|text|piece|response|content)\ (?:now\ )?(?:has|is|contains|comes\ to|totals?|runs)\ 
        (?:about\ |approximately\ |around\ |roughly\ |exactly\ |over\ )?\d[\d,]*\ (?:characters|words|chars)|
        \bwithin\ the\ (?:requested|required|specified|target|given)\ (?:range|length|limit|word\ count)|
        \b(?:meets|satisfies)\ (?:the|all\ the|all)\ (?:requirements?|constraints|word\ count|length\ requirement)""",
    X,
)
_EN_SOFT = lazy(
    r"\b(?:information|request(?:ed)?|task|assist|starting\ point|gather(?:ing)?|sources|findings|keywords|try\ again|correct\ (?:this|it)|the\ user)\b",
    X,
)

# Every branch of _en_evidence needs one of these words (the first person,
# or a word its pattern cannot match without; "if" stands for "if you",
# "course" for "of course"...): a sentence - or paragraph - with none of them
# is not English narration and is let go after one split into words instead
# of twenty case-insensitive scans.  Keep in step with the patterns above.
_EN_TRIGGER_WORDS = frozenset(
    """i me my myself let search searches tool tools function quota rate model persona article word words
    character characters chars count file within meets satisfies saved written exported uploaded stored
    apologies apologize apologise sorry if feel anything happy here below attached sure certainly course
    absolutely okay ok alright got understood problem default_api write_file read_file web_fetch
    write_todos google_search web_search browse_web file_write save_file""".split()
)
_ASCII_WORD = re.compile(r"[a-z0-9_]+")  # ASCII only: the stdlib engine scans it several times faster


def _may_be_english_narration(text: str) -> bool:
    return not _EN_TRIGGER_WORDS.isdisjoint(_ASCII_WORD.findall(text.lower()))


# --- Japanese --------------------------------------------------------------

_JA_ACK = lazy(
    r"^(?:(?:はい|ええ|もちろんです|もちろん|かしこまりました)[、,！!。]?\s*)?(?:承知(?:いた)?しました|承知しております|かしこまりました|了解(?:いた)?しました|承りました"
    r"|ご(?:指摘|指示|依頼)(?:いただき)?ありがとうございます)"
)
_JA_CONTINUE = lazy(r"(?:記事|文章|ブログ|本文)の続きを")
_JA_SPEC = lazy(
    r"ご(?:指定|依頼|要望|指示|提示)(?:の|いただいた|された|頂いた).{0,20}?(?:文体|要件|条件|構成|テーマ|トピック|内容|記事|形式|文字数|ペルソナ|トーン)"
)
_JA_APOLOGY = lazy(r"^(?:大変)?申し訳(?:ありません|ございません|ない)(?:が|けれど|。|、)")
_JA_PROCESS = lazy(
    r"情報|検索|見つけ|見つから|記事|作成|提供|お答え|アクセス|できません|できませんでした|データが不足"
)
_JA_SEARCH = lazy(
    r"(?:ウェブ|Web|web|WEB|インターネット|ネット)?検索を(?:試み|行い|行った|実行し|かけ)|検索(?:しましたが|できませんでした|結果が見つかりませんでした)|情報が見つかりませんでした"
)
_JA_REQUEST = lazy(
    r"(?:教えていただけ(?:ます|ません)(?:でしょうか|か)|お知らせ(?:ください|下さい|いただければ|いただけますか)|ご(?:連絡|指示|指摘)(?:ください|いただければ))"
)
_JA_REQUEST_OBJECT = lazy(r"情報|記事|修正|変更|追加|ご要望|ご不明|指示|トピック|テーマ|調整")
_JA_OFFER = lazy(
    r"(?:別の|他の|ほかの).{0,25}(?:トピック|テーマ|記事).{0,25}(?:作成|執筆|お書き|書く)(?:する|させていただく)?ことも(?:可能|でき)|"
    r"(?:他に|ほかに|何か)(?:ご(?:要望|質問|不明(?:点|な点))|お手伝いできること)"
)
_JA_POSTAMBLE = lazy(
    r"ご不明(?:点|な点)(?:が|など)?(?:ございましたら|あれば|ありましたら)|"
    r"(?:修正|変更|調整|加筆|追記)(?:が必要|のご要望|点|のご希望)(?:でしたら|があれば|がございましたら|がありましたら)"
)
_JA_PREAMBLE = lazy(
    r"^(?:(?:はい|承知しました|かしこまりました)[、。!！]\s*)?(?:以下|こちら|下記)(?:が|は|に|の通り)、?.{0,30}?"
    r"(?:記事|ブログ記事|原稿|本文|ブログ投稿)(?:の続き)?(?:です|になります|を(?:作成|執筆|用意|記載|ご用意)(?:しました|いたしました|します|いたします))[。：:！!]?$"
)
_JA_WRITING = lazy(
    r"(?:(?:記事|本文|原稿)(?:の続き)?|続き)を.{0,30}?(?:書き進め|書き(?:ます|ていきます)|書いて(?:いきます|完成させます)|作成(?:します|いたします|しました|いたしました)|執筆(?:します|いたします)|完成させます|仕上げます)"
)
_JA_SELFCHECK = lazy(
    r"(?:文字数|字数)(?:は|：|:)\s*(?:約)?\d[\d,]*\s*(?:文字|字)|(?:記事|本文)(?:の文字数)?は(?:約)?\d[\d,]*(?:文字|字)(?:です|となりました|程度|になりました)|"
    r"(?:ご?指定|要求|依頼)の(?:文字数|範囲)(?:内|を満たし)"
)
_JA_INSTRUCTION = lazy(
    r"(?:記事|文章|ブログ|本文)の続きを.{0,60}?(?:書いて|作成して|完成させて|執筆して|続けて)(?:ください|下さい)|"
    r"(?:以下|次)の(?:条件|要件|指示|ルール)(?:で|に(?:従って|沿って)).{0,40}?(?:ください|下さい)"
)
_JA_PLAN = lazy(
    r"記事の(?:構成|骨子|アウトライン|方向性)を(?:考え|作成し|決め|練り|組み立て)(?:ます|ました)|(?:導入|本論|結論|まとめ|事例)(?:、|を).{0,20}(?:書きます|書いていきます|構成します)"
)
_JA_SOFT = lazy(r"いかがでしょうか|見つから(?:なかった|ず)|残念ですが|お手伝い|記事を(?:書|作成|執筆)")
# prompt scaffolding echoed into the post
_ECHO_LINE = lazy(
    r"^(?:#{1,6}\s*)?(?:\*\*)?[【\[［](?=[^】\]］]{0,40}(?:既存の?記事|記事の(?:最後|末尾|冒頭|続き)|続きの(?:記事|文章)|前回の(?:出力|続き)|指示内容|出力形式))[^】\]］]{1,60}[】\]］](?:\*\*)?$"
)
_ECHO_PAREN = lazy(
    r"^[（(](?:[^）)]{0,40}(?:既存の?記事|記事の(?:最後|続き)|前回の?(?:出力|続き)|から続く|続きを(?:書|作成))[^）)]{0,40}|続き|continued)[）)]$",
    regex.I,
)
# ``(?<!\s)``: a match starts where a run of white space starts, never inside
# it, so a long run of spaces costs one pass, not one per space (quadratic)
_HEADING_SUFFIX = lazy(
    r"(?<!\s)\s*[（(](?:続き|続く|つづき|[^）)]{0,30}(?:既存の?記事|記事の最後|から続く)[^）)]{0,10}|continued|cont\.?)[）)]\s*$", regex.I
)

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
_ATTRIBUTION = lazy(r"\b(?:said|says|stated|according\ to|told|wrote|announced)\b|[“”\"「」]", X)


@dataclass(frozen=True)
class Ctx:
    language: str
    start: bool  # at the start of the post or of a chunk
    end: bool  # at the end of the post or of a chunk
    strictness: int

    @property
    def threshold(self) -> int:
        return THRESHOLD.get(self.strictness, 3)


# starts at a word start only: one try per word, not one per letter
_THREE_WORDS = lazy(r"(?<![A-Za-z])[A-Za-z]{2,}(?:[^A-Za-z]+[A-Za-z]{2,}){2}")
_EN_GATE = lazy(
    r"\b(?:I|I'm|I'll|I've|me|my|the|an?|is|are|was|to|of|and|here|sure|certainly|okay|ok|alright|absolutely|got|understood|"
    r"no|of|please|let|would|if|shall|happy|word|character|article|saved|written)\b",
    regex.I,
)
_JA_GATE = lazy(r"[\p{Hiragana}\p{Katakana}\p{Han}【（(]")


_JA_ANCHOR = lazy(
    r"承知|かしこまり|了解|承り|続き|構成|書きます|ご(?:指定|依頼|要望|指示|提示|連絡|指摘|不明)|申し訳|検索|教えて|お知らせ|別の|他の|ほかの|他に|ほかに|何か"
    r"|修正|変更|調整|加筆|追記|以下|こちら|下記|記事|本文|原稿|字数|指定|要求|次の|【|[（(][^（(）)]*[）)]$|いかがでしょうか|見つから|残念|お手伝い"
)
def _cjk_share(text: str) -> float:
    cjk, latin = count_letters(text)
    return cjk / (cjk + latin) if cjk + latin else 0.0


def _foreign(text: str, language: str) -> bool:
    """Is ``text`` in another script than the article?"""
    if language == "ja":
        if not _THREE_WORDS.search(text):
            return False
        # CJK letters over all characters bound the share from below: one
        # scan settles the usual mixed sentence ("GoogleのGemini 3.0は…")
        if 10 * sum(map(len, CJK_RUN.findall(text))) >= len(text):
            return False
        return _cjk_share(text) < 0.1
    return bool(_JA_GATE.search(text)) and _cjk_share(text) > 0.5


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


def _ja_evidence(bare: str, ctx: Ctx) -> tuple[int, str]:
    if not _JA_ANCHOR.search(bare):
        return 0, ""
    m = _JA_ACK.search(bare)
    if m:
        return HARD, f"acknowledgement formula “{m.group(0)}”"
    for pattern, what in (
        (_JA_INSTRUCTION, "prompt instruction echoed"),
        (_JA_SPEC, "refers to the requester's specification"),
        (_JA_SEARCH, "search narration"),
        (_JA_OFFER, "offer to the requester"),
        (_JA_POSTAMBLE, "chat postamble"),
        (_JA_SELFCHECK, "length self-check"),
    ):
        m = pattern.search(bare)
        if m:
            return HARD, f"{what} “{m.group(0)}”"
    if _JA_CONTINUE.search(bare) and _JA_WRITING.search(bare):
        return HARD, f"the article's continuation as an object being written “{_JA_WRITING.search(bare).group(0)}”"
    m = _JA_APOLOGY.search(bare)
    if m:
        p = _JA_PROCESS.search(bare)
        if p:
            return HARD, f"apology about the work “{m.group(0)}…{p.group(0)}”"
        return SOFT, f"apology “{m.group(0)}”"
    m = _JA_REQUEST.search(bare)
    if m and _JA_REQUEST_OBJECT.search(bare):
        return HARD, f"request to the requester “{m.group(0)}”"
    m = _JA_PREAMBLE.search(bare)
    if m:
        return (HARD if ctx.start else SOFT), "announces the article as a deliverable"
    m = _JA_PLAN.search(bare)
    if m:
        return MEDIUM, f"plan narration “{m.group(0)}”"
    m = _JA_WRITING.search(bare)
    if m:
        return SOFT, f"the article as an object being written “{m.group(0)}”"
    if _ECHO_LINE.search(bare.strip()) or _ECHO_PAREN.search(bare.strip()):
        return HARD, "prompt scaffolding echoed"
    m = _JA_SOFT.search(bare)
    if m:
        return SOFT, f"“{m.group(0)}”"
    return 0, ""


def _en_evidence(text: str, bare: str, ctx: Ctx) -> tuple[int, str]:
    for pattern, what in (
        (_SEARCH_RESULT, "search narration"),
        (_REFINED_QUERY, "search narration"),
        (_SELFCHECK, "length self-check"),
        (_STATUS, "agent status report"),
        (_ESTABLISHED, "plan narration"),
        (_MY_STEP, "plan narration"),
    ):
        m = pattern.search(bare)
        if m:
            return HARD, f"{what} “{m.group(0)}”"
    fp = _FIRST_PERSON.search(bare)
    m = _APOLOGY.search(bare)
    if m:
        t = _AGENT_TROUBLE.search(bare)
        if t:
            return HARD, f"apology about the work “{m.group(0)}…{t.group(0)}”"
        return SOFT, f"apology “{m.group(0)}”"
    m = _UNABLE.search(bare)
    if m:
        return HARD, f"the agent cannot do its task “{m.group(0)}”"
    m = _CLOSING.search(bare)
    if m and _CLOSING_OBJECT.search(bare):
        return (HARD if ctx.end or fp and _PROCESS.search(bare) else MEDIUM), f"chat postamble offering more work “{m.group(0)}…{_CLOSING_OBJECT.search(bare).group(0)}”"
    process = _PROCESS.search(bare)
    if fp and process:
        return HARD, f"first-person process narration “{process.group(0)}”"
    m = _PREAMBLE.search(bare)
    if m:
        return (HARD if ctx.start else SOFT), "chat preamble announcing the article as a deliverable"
    if _HOPE.search(bare):
        return (HARD if ctx.end else SOFT), "chat postamble “I hope this helps”"
    tool = _TOOL_ID.search(text)
    if tool:
        return MEDIUM, f"tool name “{tool.group(0)}”"
    m = _PLAN.search(bare)
    if m:
        return MEDIUM, f"plan narration “{m.group(0)}”"
    if fp:
        m = _DELIVERABLE.search(bare)
        if m:
            return MEDIUM, f"the article as an object being produced “{m.group(0)}”"
    if _INTERJECTION.search(bare):
        return SOFT, "compliance interjection"
    if process:
        return SOFT, f"process vocabulary “{process.group(0)}”"
    if fp and _EN_SOFT.search(bare):
        return SOFT, f"first person about the task “{_EN_SOFT.search(bare).group(0)}”"
    if _foreign(text, ctx.language) and fp and not _ATTRIBUTION.search(text):
        return SOFT, "first-person sentence"
    return 0, ""


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
_JA_ANCHOR_ANYWHERE = lazy(_JA_ANCHOR.pattern.replace("[）)]$", "[）)]"))


@per_post_cache(maxsize=4096)
def _judge_block_text(text: str, ctx: Ctx) -> tuple[tuple[object, _Verdict, bool], ...]:
    """Judge each sentence of a paragraph; returns (sentence, verdict, removed).

    Cached (the verdicts are not changed afterwards): the end of the post is
    judged twice, and each pass of the pipeline judges every paragraph again."""
    sentences = split_sentences(text)
    masked = _mask_quotes(text)
    may_be_ja = bool(_JA_GATE.search(masked) and _JA_ANCHOR_ANYWHERE.search(masked))
    may_be_en = bool((_EN_GATE.search(masked) or _TOOL_ID.search(text)) and _may_be_english_narration(text))
    may_be_narration = may_be_ja or may_be_en
    may_be_foreign = bool(_THREE_WORDS.search(text) if ctx.language == "ja" else _JA_GATE.search(text))
    if not (may_be_narration or may_be_foreign):
        return tuple((s, _Verdict(0, "", False), False) for s in sentences)
    verdicts = []
    for s in sentences:
        bare = masked[s.start : s.end].strip()
        level, ev = _evidence(s.text, ctx, bare, may_be_ja, may_be_en) if may_be_narration and bare.strip("“”\"「」『』‘’ ") else (0, "")
        foreign = may_be_foreign and _foreign(s.text, ctx.language) and not (level == 0 and _ATTRIBUTION.search(s.text))
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
    return tuple(zip(sentences, verdicts, removed))


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
    for s, v, removed in judged:
        if removed:
            gone.append(s.text)
        else:
            kept_parts.append(block.text[s.start : s.end])
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
    language = article_language(doc.prose_text())
    strictness = settings.monologue_strictness

    def ctx_of(start: bool, end: bool) -> Ctx:
        return Ctx(language, start, end, strictness)

    chunk_starts = {line for line in doc.note_values("chunk_start")}
    ends = _end_edge(doc, ctx_of)
    fixes: list[Fix] = []
    out: list[Block] = []
    removed_texts: list[str] = []
    at_start = True
    removed_at_start = False  # narration was removed at this edge
    for index, block in enumerate(doc.blocks):
        if block.kind == "marker" or block.span[0] in chunk_starts:
            at_start = True
            removed_at_start = False
            if block.kind == "marker":
                out.append(block)
                continue
        if block.kind == "heading":
            new_text, fix, gone = _judge_heading(block, language, at_start)
            if fix:
                fixes.append(fix)
                removed_texts.extend(gone)
            if new_text is None:
                removed_at_start = removed_at_start or at_start
                continue
            out.append(block if new_text == block.text else block.with_text(new_text))
            at_start = False
            continue
        if at_start and block.kind == "rule" and removed_at_start:
            fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), "separator between removed narration and the article"))
            continue
        if at_start and block.kind == "code" and _is_tool_call_code(block):
            fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), "tool-call code at the start of the post/chunk (agent trace, not article code)"))
            removed_at_start = True
            continue
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
        ctx = ctx_of(at_start, index in ends)
        kept, found, gone, changed = _judge_paragraph(block, ctx)
        fixes.extend(found)
        removed_texts.extend(gone)
        if not changed:
            out.append(block)
            at_start = False
            continue
        if kept.strip():
            out.append(block.with_text(kept))
            at_start = False
        else:
            removed_at_start = removed_at_start or at_start
    if not any(f.changes_text for f in fixes):
        return doc, fixes
    new = doc.with_blocks(tidy_gaps(doc, out))
    for text in removed_texts:
        new = new.with_note("monologue", text)
    return new, fixes


def _judge_heading(block: Block, language: str, at_start: bool) -> tuple[str | None, Fix | None, list[str]]:
    """Prompt scaffolding as a heading is removed; a continuation suffix cut."""
    text = block.text
    if _ECHO_LINE.search(text.strip()):
        return None, Fix(NAME, "removed", block.span, excerpt(text), "prompt scaffolding echoed as a heading"), [text]
    m = _HEADING_SUFFIX.search(text)
    if m and text[: m.start()].strip(" #"):
        new = text[: m.start()]
        return new, Fix(NAME, "edited", block.span, excerpt(text),
                        f"continuation suffix “{m.group(0).strip()}” added by the pipeline, not part of the heading"), []
    return text, None, []


RULE = Rule(NAME, "Remove the agent's leaked monologue (plans, search narration, tool errors, apologies, chat pre/postambles, prompt echo) with evidence.", apply)
