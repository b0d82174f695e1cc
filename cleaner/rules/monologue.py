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
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import regex

from ..document import Block, Document, tidy_gaps
from ..firstchars import LazyLed
from ..fixes import Fix
from ..patterns import lazy
from ..settings import Settings
from ..text import CJK_RUN, Sentence, contains_any, count_letters, excerpt, per_post_cache, split_sentences
from . import Rule
from .title import repeats_title

NAME = "monologue"

X = regex.I | regex.X
HARD, MEDIUM, SOFT = 3, 2, 1
#: points needed to remove a sentence, per strictness
THRESHOLD = {1: 4, 2: 3, 3: 2}

# --- English ---------------------------------------------------------------

_FIRST_PERSON = lazy(r"\b(?:I|I'm|I'll|I've|I'd|me|my|myself|let\ me)\b", X)
_PROCESS = lazy(
    r"""\b(?:
        web\ search(?:es)?|search\ (?:query|queries|results?|hits|phrase|terms?|tool)|
        (?:initial|refined|broader|first|previous|new|english|japanese)\ search(?:es)?|
        tool\ calls?|wrong\ tool|wrong\ (?:function|command|parameters?|arguments?|file\ name)|function\ name|the\ tools?|available\ tools|function\ calls?|
        daily\ quota|quota\ limit|rate\ limit|the\ underlying\ model|
        persona|article\ (?:structure|framework|outline)|browsing\ capabilit(?:y|ies)|my\ (?:training\ data|knowledge\ cut-?off)|(?:structure|outline)\ of\ the\ (?:article|post)|word\ count|character\ count|
        (?:to|into|as)\ (?:a|the)\ file
    )\b""",
    X,
)
_TOOL_ID = lazy(
    r"\b(?:default_api|write_file|read_file|web_fetch|write_todos|google_search|web_search|browse_web|file_write|save_file)\b"
)
_MY_SEARCH_FOR = lazy(
    r"""\bmy\ (?:\w+\ ){0,2}search(?:es)?\ for\ (?:[\w-]+\ ){1,4}?(?:(?:has|have|had|also)\ )?
        (?:yielded|returned|found|came\ back|came\ up\ empty|turned\ up|did\ not|didn't|failed|was\ unsuccessful)""",
    X,
)
_SEARCH_RESULT = lazy(
    r"""\b(?:the|my|that|this)\ (?:\w+\ ){0,2}search(?:es)?\ (?:in\ [\w-]+\ )?(?:(?:has|have|had|also)\ )?
        (?:yielded|returned|provided|found|showed|revealed|gave|produced|came\ back|came\ up\ empty|turned\ up|did\ not|didn't|failed|was\ unsuccessful)""",
    X,
)
_REFINED_QUERY = lazy(r"^Here(?:'s|\ is)\ (?:the|my)\ (?:\w+\ )?search\ (?:query|queries|terms?)", X)
_DELIVERABLE = lazy(
    r"""\b(?:write|draft|craft|compose|provide|complete|finish|synthesi[sz]e|save|output|generate|produce|create|deliver|present)s?\b
        [^.!?]{0,40}?\b(?:the|an|a|your)\ (?:\w+\ ){0,3}?(?:article|blog\ post|post|draft|piece|essay|outline|response)\b""",
    X,
)
_PLAN = lazy(
    r"""^(?:(?:Now|Next|First|Then|Finally|Alright|Okay|OK|Sure|So),?\ )?(?:I(?:'ll|\ will|\ am\ going\ to|'m\ going\ to|\ need\ to)|let\ me)\ (?:\w+\ ){0,2}?
        (?:search|execute|run|call|use\ the|write\ the|draft|compose|craft|begin\ writing|start\ writing|proceed|retry|try\ again|
           correct|broaden|switch|look\ up|look\ into|research|gather|fetch|browse|synthesi[sz]e|refine|
           put\ together\ (?:the|an?|your|this)\ (?:article|post|blog\ post|draft|piece)|
           start\ by\ (?:research|search|gather|draft|collect)|
           continue\ (?:from|where|with\ the\ (?:article|post|next\ (?:part|section))|(?:the|this|my)\ (?:article|post|draft|piece|text)))""",
    X,
)
_MY_STEP = lazy(r"^My\ (?:next\ step|plan|approach|strategy)\ (?:is|will\ be)\b", X)
_ESTABLISHED = lazy(r"^I(?:'ve|\ have)\ (?:established|outlined|gathered|completed|finished|drafted|compiled|collected)\b", X)
_APOLOGY = lazy(r"^(?:My\ (?:sincere\ |deepest\ )?apologies|(?-i:Apologies)\b|I\ (?:sincerely\ )?apologi[sz]e|(?:I'm|I\ am)\ (?:so\ |very\ )?sorry|Sorry)\b", X)
_AGENT_TROUBLE = lazy(
    r"\b(?:error|mistake|wrong|tool|search|unable|cannot|can't|confusion|oversight|loop|quota|function|previous\ response|output|incomplete|truncated|cut\ off|interruption|interrupted|(?:length|token|output)\ limit|previous\ reply)\b", X
)
_UNABLE = lazy(
    r"""\bI(?:(?:'m|\ am|\ was)?\ (?:currently\ )?(?:unable|not\ able|cannot|can't|could\ not|couldn't)|\ (?:wasn't|was\ not)\ able)\ (?:to\ )?
        (?:perform|access|browse|search|complete|fulfil|fulfill|retrieve|use|directly\ write|gather|write\ the)""",
    X,
)
_PREAMBLE = lazy(
    r"""^(?:(?:Sure|Certainly|Of\ course|Absolutely|Okay|OK|Alright|Great(?:\ question)?|As\ requested)[!,.]?\s*)?
        (?:based\ on\ (?:my|the)\ (?:research|findings|searches|search\ results|notes),\s*)?
        (?:Here(?:'s|\ is|\ are)|Below\ (?:is|are)|Attached\ is|I've\ (?:written|drafted|prepared|created|rewritten|revised|put\ together))\s+
        (?:(?:the|a|an|your|my)\s+)?(?:[\w,-]+\s+){0,4}?
        (?:article|blog\ post|post|draft|piece|essay|version|rewrite|content|markdown|write-?up|copy|continuation|remainder)\b
        (?![^:]*\]\()[^.!:]{0,80}[:.!]?$""",
    X,
)
_INTERJECTION = lazy(r"^(?:Sure|Certainly|Of\ course|Absolutely|Okay|OK|Alright|Got\ it|Understood|No\ problem|Great\ question|Oops)[!.,]*$", X)
_RETRYING = lazy(r"^(?:Retrying|Trying\ again)(?:\ now)?[!.,]*$", X)
_CLOSING = lazy(
    r"""^(?:(?:Please\ )?(?:let\ me\ know|feel\ free\ to\ (?:ask|reach\ out|let\ me\ know|(?:adjust|edit|modify|change|tweak|revise)\ (?:it|this|the\ (?:article|post|draft|text|tone|wording|headings?|title|sections?|length))\b))|Would\ you\ like\ me\ to|
          If\ you(?:'d|\ would)\ like|If\ you\ (?:want|wish)(?=[^.!?]{0,80}\bI\b)|Is\ there\ anything\ else|Do\ you\ want\ me\ to|Shall\ I|
          I\ can\ (?:also\ )?(?:write|create|draft|provide|expand|shorten|make|add|prepare|revise|adjust|rewrite|edit|tweak)|
          (?:I'm\ |I\ am\ |I'd\ be\ |I\ would\ be\ )?Happy\ to\ (?:help|adjust|revise|make|expand|tweak|write))\b""",
    X,
)
_CLOSING_OBJECT = lazy(
    r"""\b(?:(?:any|further|other)\ (?:changes|edits|revisions|adjustments|modifications|tweaks)|anything\ else|
        another\ (?:version|draft|task|topic)|(?:expand|shorten|adjust|revise|rewrite|tweak|change|modify)\ (?:it|this|the|any)|
        (?:assist|help)\ (?:you\ )?with|try\ again|(?:a|any)\ different\ (?:tone|style|angle|topic)|make\ (?:any\ )?changes|
        (?:shorter|longer|different|alternative|revised|condensed|expanded)\ version|(?:like|want)\ me\ to|
        any\ (?:part|section|paragraph)|more\ (?:depth|detail)|the\ (?:headings?|title|sections?|wording|tone|length)|(?:more|less)\ [\w-]+\ (?:tone|style))\b""",
    X,
)
_HOPE = lazy(r"^(?:I\ )?hope\ (?:(?:this|that|the)(?:\ (?:article|post|blog\ post|draft|piece|version))?|you\ find\ this|it)\ (?:helps|is\ helpful|was\ helpful|meets|works|suits|fits)\b[^.!?]{0,40}[.!]*$", X)
_STATUS = lazy(
    r"""\b(?:saved|written|exported|uploaded|stored)\ (?:it\ )?(?:to|as|in|at)\ [`'"]?(?:/|~/|\./|[A-Za-z]:\\|[\w-]+\.(?:md|html?|txt|docx))|
        (?<![\d,])\d[\d,]*\ words\b[^.]{0,20}$|^(?:Word|Character)\ count\s*:|
        ^(?:Total\ )?(?:word|character)\ count\s*:\s*(?:about\ |approximately\ |around\ |roughly\ |~)?\d|
        ^(?:Total\ )?length\s*:\s*(?:about\ |approximately\ |around\ |roughly\ |~)?\d[\d,]*\s*(?:words|characters)\b|
        ^(?:The\ )?(?:word|character)\ count\ is\ (?:now\ )?(?:about\ |approximately\ |around\ |roughly\ )?\d""",
    X,
)
_SELFCHECK = lazy(
    r"""\b(?:the|this|my)\ (?:article|post|draft|text|piece|response|content)\ (?:now\ )?(?:has|is|contains|comes\ to|totals?|runs)\ 
        (?:about\ |approximately\ |around\ |roughly\ |exactly\ |over\ )?\d[\d,]*\ (?:characters|words|chars)|
        \bwithin\ the\ (?:requested|required|specified|target|given)\ (?:range|length|limit|word\ count)|
        \b(?:meets|satisfies)\ (?:the|all\ the|all)\ (?:(?:required|requested|specified|target)\ )?(?:requirements?|constraints|word\ count|character\ count|length(?:\ requirement)?)""",
    X,
)
# --- kinds of wording beyond the formulas above (generalised from probes in
# other wordings, tests/test_monologue_probes.py) ---
_TOOL_OUTCOME = lazy(
    r"\b(?:call|request)\ (?:returned|failed|errored|timed\ out)\b|\breturned\ (?:an?\ )?(?:empty|error|nothing|no\ results)\b|\b(?:failed|errored|timed\ out)\b", X
)
_SAVED = lazy(
    r"^(?:The|Your|My)\ (?:article|post|blog\ post|draft|file)\ (?:has\ been|was|is\ now)\ (?:saved|written|uploaded|created)(?:\ successfully)?[.!]?$", X
)
_TOOL_LABEL = lazy(r"^(?:Tool|Function|Search)\ (?:output|result|response)s?\s*:", X)
_RESEARCH_DONE_EN = lazy(
    r"\bI\ (?:reviewed|consulted|checked|gathered|collected)\ (?:several|multiple|various|a\ few|some|the\ available)\ (?:sources|articles|reports|results)\b", X
)
_READY = lazy(
    r"^(?:This|The)\ (?:version|draft|article|post)\ (?:should\ be|is\ now|is)\ ready\ (?:for\ publication|to\ publish|to\ post|for\ posting)[.!]?$", X
)
_HAPPY_TO = lazy(r"\bI(?:'m|\ am|'d\ be|\ would\ be)\ happy\ to\ (?:clarify|help|revise|adjust|expand|make\ changes)\b(?![^.!?]*\bcomments?\b)", X)
_FUTURE_POST = lazy(r"\b(?:future|next|upcoming|later|follow-up|separate)\ (?:post|article|piece|column|installment|issue)|\bnext\ (?:week|time|month)\b", X)
# the requester addressed: "As requested, …", "…as you asked"
# (not a blogger's "As you requested in the comments": the readers asked)
_AS_REQUESTED = lazy(
    r"(?:^As\ requested\b(?!\ by)|\bas\ requested\b(?!\ by)|\bas\ you\ (?:requested|asked|instructed|specified)\b|\bper\ your\ (?:request|instructions)\b)"
    r"(?![^.!?]*\b(?:comments?|readers?|subscribers?|newsletter|mailbag|inbox)\b)",
    X,
)
_SEARCHED_NOTHING = lazy(
    r"""\bI\ (?:searched|looked)\ (?:for|online|through)\b[^.!?]{0,80}?
        \b(?:found\ nothing|found\ no|could\ not\ find|couldn't\ find|did\ not\ find|didn't\ find|no\ results)\b""",
    X,
)
_WRONG_PATH = lazy(r"\bwrong\ (?:file\ path|function\ name|tool\ name)\b", X)
_THANKS_TASK = lazy(r"^Thanks?(?:\ you)?\ for\ (?:the\ opportunity|the\ request|your\ request|the\ prompt|the\ task|asking)\b", X)
_MY_LAST_OUTPUT = lazy(
    r"\bmy\ (?:last|previous)\ (?:message|response|output|reply|answer)\b[^.!?]{0,20}?\b(?:cut\ off|truncated|incomplete|ended|stopped)", X
)
_STYLE_PROMISE = lazy(r"^(?:(?:Sure|Certainly|Okay|OK|Alright)[!,.]?\s*)?I'll\ (?:keep|make)\ (?:it|the\ (?:article|post|tone|piece))\ ", X)
_OFFER_IF = lazy(r"^(?:Would\ it\ help\ if\ I|Should\ I\ (?:add|include|expand|write|shorten)|Just\ (?:say\ the\ word|let\ me\ know))\b", X)
_YOUR_TOPIC = lazy(
    r"\bthe\ (?:topic|outline|brief|prompt|instructions|keywords)\ you\ (?:suggested|gave|provided|asked\ for|requested|specified)\b",
    X,
)
_NO_RESULTS = lazy(r"\bno\ (?:\w+\ ){0,2}?(?:results?|matches|hits)\ (?:were|was|could\ be)\ (?:found|returned|retrieved)", X)
_THIS_QUERY = lazy(r"\b(?:that|this|my|these)\ (?:query|queries|search|searches|keywords?)\b", X)
_ENDS_ON_NOTHING = lazy(r"\b(?:found\ nothing|no\ results)[.!]?$", X)
_SEARCH_CONTEXT = lazy(r"\b(?:query|queries|search(?:es)?|keywords?|tool)\b", X)
_COULD_NOT_FIND = lazy(
    r"""\bI\ (?:couldn't|could\ not|can't|cannot|was\ unable\ to|wasn't\ able\ to)\ (?:find|locate|retrieve)\ (?:any\ )?(?:[\w-]+\ ){0,2}?
        (?:information|news|data|results|sources|articles|details|reports)\b
        (?=[^.!?]{0,30}\b(?:on|about|regarding|for)\ (?:this|that|the|your)\ (?:topic|subject|query|request)\b)""",
    X,
)
_TOOL_FAIL = lazy(
    r"""\b(?:the|my)\ (?:tool\ call|function\ call)\b[^.!?]{0,40}?
        \b(?:failed|timed\ out|errored|is\ not\ responding|isn't\ responding|returned\ an\ error|is\ unavailable|did\ not\ respond)""",
    X,
)
_NAMED_TOOL_FAIL = lazy(
    r"""\b(?:the|my)\ (?:search|browsing|browser|web|file)\ tool\b[^.!?]{0,40}?
        \b(?:failed|timed\ out|errored|is\ not\ responding|isn't\ responding|returned\ an\ error|is\ unavailable|did\ not\ respond)""",
    X,
)
_AS_AI = lazy(r"\bas\ an?\ (?:AI|artificial\ intelligence|(?:large\ )?language\ model)(?:\ (?:language\ model|assistant|model|system))?,?\ I\b", X)
_PREAMBLE_SHORT = lazy(
    r"""^(?:Here(?:'s|\ is)|Below\ is)\ the\ (?:full\ |complete\ |final\ |revised\ |rest\ of\ the\ )?
        (?:article|blog\ post|continuation)\s*[:.]?$|
        ^(?:Here(?:'s|\ is)|Below\ is)\ the\ (?:rest|remainder)(?:\ of\ (?:the|my)\ (?:article|post|piece|text))?\s*[:.]?$""",
    X,
)
# "Here is the article: Demand for memory…" - the announcement run on to the
# article's first sentence on one line: cut there, so that it goes alone
# (repeated announcements in one piece: a second run finds none to cut)
_HEAD = r"""(?:(?:Sure|Certainly|Of\ course|Absolutely|Okay|OK|Alright|Great)[!,.]?\s*)?(?:Here(?:'s|\ is)|Below\ is)\ (?:the|your|my)\ 
        (?:full\ |complete\ |final\ |revised\ |requested\ |rest\ of\ the\ )?(?:article|blog\ post|continuation):"""
_PREAMBLE_HEAD = lazy(rf"^(?:{_HEAD}[^\S\n]+)+(?=[^\s\[<])", X)
_PREAMBLE_HEADS_ONLY = lazy(rf"^(?:{_HEAD}\s*)+$", X)
_CONTINUING = lazy(
    r"^Continuing\s*[:.]$|"
    r"^Resuming(?:\ below|\ here|\ now)?\s*[:.]?$|"
    r"^(?:Now\ )?continuing\ with\ the\ next\ (?:section|part)\s*[:.]?$|"
    r"^(?:Continuing|Picking\ up|Resuming)\ (?:from\ )?where\ (?:(?:I|we)\ left\ off|the\ (?:previous|last)\ (?:response|output|message|part|chunk)\ (?:ended|stopped|left\ off)|it\ (?:stopped|ended|was\ cut\ off))\s*[:.]?$|^Continuing\ (?:the|with\ the)\ (?:article|post)\s*[:.]?$", X
)
_CLOSING_SELF = lazy(r"^(?:Would\ you\ like\ me\ to|Do\ you\ want\ me\ to|Want\ me\ to|Shall\ I)\b", X)
_CAN_HELP = lazy(
    r"^(?:(?:Sure|Certainly|Of\ course|Absolutely|Okay|OK|Alright)[!,.]?\s*)?I\ can\ (?:certainly\ |definitely\ )?help\ (?:you\ )?with\ (?:that|this|your\ request)", X
)
_PROMPT_EN = lazy(r"^(?:Please\ )?(?:Write|Draft|Compose|Create|Generate)\ (?:a|an)\ (?:[\w-]+\ ){0,3}?(?:blog\ post|article|post|essay)\b", X)
_PROMPT_SPEC = lazy(
    r"\bin\ (?:a|an)\ [\w-]+\ tone\b|(?<![\d,])\d[\d,]*\s*(?:words|characters)\b|\bin\ (?:Japanese|English)\b|\bas\ an?\ (?:[\w-]+\ )?(?:expert|analyst)\b", X
)
_ECHO_BRACKET_EN = lazy(
    r"^\[(?:Continue|Continuing|Continued|Previous\ output|Existing\ article|Rest\ of\ the\ (?:article|post))[^\]\[]{0,60}\]$", X
)
_DONE_EN = lazy(r"^(?:That|This)\ (?:completes|concludes|wraps\ up|finishes)\ the\ (?:article|post|draft|blog\ post|piece)\b", X)
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
    write_todos google_search web_search browse_web file_write save_file
    result results matches hits continuing resuming picking write draft compose create generate continue continued
    completes concludes wraps finishes hope total length as requested asked instructed specified per
    searched looked wrong thanks thank great oops retrying trying would should just your you
    reviewed consulted checked gathered collected version draft happy output result response ready
    browsing fetching fetch fetched queries heading headings paragraphs sections subheadings""".split()
)
_ASCII_WORD = re.compile(r"[a-z0-9_]+")  # ASCII only: the stdlib engine scans it several times faster


@functools.lru_cache(maxsize=8)
def _ascii_words(text: str) -> list[str]:
    """The lower-cased ASCII words of ``text`` (asked again for the same
    sentence by the round-7 kinds, _en_kind_evidence)."""
    return _ASCII_WORD.findall(text.lower())


def _may_be_english_narration(text: str) -> bool:
    return not _EN_TRIGGER_WORDS.isdisjoint(_ascii_words(text))


# --- Japanese --------------------------------------------------------------

_JA_ACK = lazy(
    r"^(?:(?:はい|ええ|もちろんです|もちろん|かしこまりました)[、,！!。]?\s*)?(?:承知(?:いた)?しました|承知しております|かしこまりました|了解(?:いた)?しました|承りました"
    r"|ご(?:指摘|指示|依頼|質問|相談|リクエスト)(?:いただき)?ありがとうございます)"
)
_JA_CONTINUE = lazy(r"(?:記事|文章|ブログ|本文)の続きを")
_JA_SPEC = lazy(
    r"ご(?:指定|依頼|要望|指示|提示)(?:の|いただいた|された|頂いた).{0,20}?(?:文体|要件|条件|構成|テーマ|トピック|内容|記事|形式|文字数|ペルソナ|トーン)"
)
# "ご依頼の内容を確認して、見積もりを作成しました" is a business's: the request's
# "内容/条件" is the agent's only when the sentence is about the text or its research
_JA_SPEC_GENERIC = lazy(r"(?:内容|条件|要件|形式)$")
_JA_SPEC_ABOUT_TEXT = lazy(r"本文|記事|原稿|見出し|構成|章|セクション|段落|文体|トーン|キーワード|表現|文章|タイトル|文字数|字数|書き|書い|執筆|情報|ニュース|データ|検索")
_JA_APOLOGY = lazy(r"^(?:大変)?申し訳(?:ありません|ございません|ない)(?:が|けれど|。|、)")
_JA_PROCESS = lazy(
    r"情報|検索|見つけ|見つから|記事|作成|提供|お答え|アクセス|できません|できませんでした|データが不足"
    r"|出力|途中で|切れて|ツール|エラー|ご依頼|ご要望|タイトル|見出し|先ほど|前回の"
)
_JA_SEARCH = lazy(
    r"(?:ウェブ|Web|web|WEB|インターネット|ネット)?検索を(?:試み|行い|行った|実行し|かけ)|検索(?:しましたが|できませんでした|結果が見つかりませんでした)|情報が見つかりませんでした"
)
_JA_REQUEST = lazy(
    r"(?:教えていただけ(?:ます|ません)(?:でしょうか|か)|お知らせ(?:ください|下さい|いただければ|いただけますか)|ご(?:連絡|指示|指摘)(?:ください|いただければ))"
)
_JA_REQUEST_OBJECT = lazy(r"誤り|間違い|情報|記事|修正|変更|追加|ご要望|ご不明|指示|トピック|テーマ|調整")
_JA_OFFER = lazy(
    r"(?:別の|他の|ほかの).{0,25}(?:トピック|テーマ|記事).{0,25}(?:作成|執筆|お書き|書く)(?:する|させていただく)?ことも(?:可能|でき)|"
    r"(?:他に|ほかに|何か)(?:ご(?:要望|質問|不明(?:点|な点))|お手伝いできること)"
)
_JA_POSTAMBLE = lazy(
    r"ご不明(?:点|な点)(?:が|など)?(?:ございましたら|あれば|ありましたら)|"
    r"(?:修正|変更|調整|加筆|追記)(?:が必要|のご要望|点|のご希望)(?:でしたら|があれば|がございましたら|がありましたら)"
)
# a request in the honorific register, as the agent makes of its requester
# ("修正点があればお知らせください"); a how-to's "修正点があれば、担当者に連絡してください"
# sends the reader to somebody else
_JA_ASKS_REQUESTER = lazy(r"お知らせ|お申し付け|ご指摘|ご連絡|お聞かせ|お伝え|おっしゃ|お気軽|ご遠慮|いただければ|いただけますと|ください(?:ませ|ね)")
_JA_PREAMBLE = lazy(
    r"^(?:(?:はい|承知しました|かしこまりました)[、。!！]\s*)?(?:以下|こちら|下記)(?:が|は|に|の通り)、?.{0,30}?"
    r"(?:記事|ブログ記事|原稿|本文|ブログ投稿)(?:の続き)?(?:です|になります|を(?:作成|執筆|用意|記載|ご用意)(?:しました|いたしました|します|いたします))[。：:！!]?$"
)
_JA_WRITING = lazy(
    r"(?:(?:記事|本文|原稿)(?:の続き)?|続き)を.{0,30}?(?:書き進め|書き(?:ます|ていきます)|書いて(?:いきます|完成させます)|作成(?:します|いたします|しました|いたしました)|執筆(?:します|いたします)|完成させます|仕上げます)"
)
_JA_SELFCHECK = lazy(
    r"(?:文字数|字数)(?:は|：|:)\s*(?:約|およそ)?\d[\d,]*\s*(?:文字|字)(?:(?:程度|前後|ほど)?(?:です|でした|となりました|になりました|となっています)|\s*[）)]?[。]?$)|(?:記事|本文)(?:の文字数)?は(?:約)?\d[\d,]*(?:文字|字)(?:です|となりました|程度|になりました)|"
    r"(?:ご?指定|要求|依頼)の(?:文字数|範囲)(?:内|を満たし)"
)
_JA_INSTRUCTION = lazy(
    r"(?:記事|文章|ブログ|本文)の続きを.{0,60}?(?:書いて|作成して|完成させて|執筆して|続けて)(?:ください|下さい)|"
    r"(?:以下|次)の(?:条件|要件|指示|ルール)(?:で|に(?:従って|沿って)).{0,40}?(?:ください|下さい)"
)
_JA_PLAN = lazy(
    r"記事の(?:構成|骨子|アウトライン|方向性)を(?:考え|作成し|決め|練り|組み立て)(?:ます|ました)|(?:導入|本論|結論|まとめ|事例)(?:、|を).{0,20}(?:書きます|書いていきます|構成します)"
)
_JA_SOFT = lazy(r"^以上(?:となります|です|になります)[。！!]?$|お役に立てれば幸いです|^(?:はい|ええ)[、,]?\s*(?:喜んで|もちろん(?:です)?)[！!。]?$|いかがでしょうか|見つから(?:なかった|ず)|残念ですが|お手伝い|記事を(?:書|作成|執筆)|^(?:もちろんです|早速)[！!、。]")
# --- kinds of wording beyond the formulas above (generalised from probes in
# other wordings, tests/test_monologue_probes.py) ---
# the article's own parts as an object the agent writes, starts, continues:
# "本文を執筆していきます", "導入部分から書き始めます", "記事の執筆に移ります".
# The part noun is followed by を/から/に (never では: "本記事では…書きます"
# is an article's lead), and the sentence ends on the verb.
_JA_DOC = r"(?:ブログ記事|記事|本文|原稿|続き|導入部分|結論部分|セクション|前半(?:部分)?|後半(?:部分)?|残りの部分|全文|ドラフト|下書き)"
_JA_DOC_WORK = lazy(
    _JA_DOC + r"(?:の(?:続き|前半(?:部分)?|後半(?:部分)?|残り(?:の部分)?|最後の部分|本文|執筆|作成))?(?:から、?[^。]{0,15}?|を、?|に、?)"
    r"(?:自然に|早速|引き続き|これから|一気に|順に)?"
    r"(?:書き(?:ます|始めます|進めます|進めていきます|ていきます|上げます)|書いていきます|お書きします|"
    r"執筆(?:します|いたします|していきます|を(?:始め|進め)ます)|作成(?:します|いたします|していきます)|"
    r"(?:移り|入り|取りかかり|取り掛かり)ます|まとめ(?:ます|ました)|仕上げ(?:ます|ていきます)|お届けします|お送りします|再開します|構成し(?:ます|ました)|執筆を続けます|書き続けます|補完します|補います)(?:ね|よ)?[。！!]?$|"
    # the verb alone after a connective: "では、さっそく書いていきます"
    r"^(?:では|それでは|さて)?、?(?:さっそく|早速|これから|ここから)、?(?:書いて|執筆して|作成して|書き始め|書き進め)(?:いきます|まいります|ます)[。！!]?$"
)
# the work done: "記事を書き終えました", "これで記事は完成です"
_JA_DONE = lazy(
    r"(?:記事|本文|原稿)(?:の(?:執筆|作成))?(?:は|が|を)?(?:書き終え(?:ました|ています)|完成(?:です|しました|いたしました|となります)|仕上がりました)|"
    r"^(?:以上|これ)が(?:ブログ)?(?:記事|本文|原稿)の全文(?:です|になります|となります)|(?:記事|本文)(?:は|を)(?:終わり(?:です|ます)|終わります)|"
    r"(?:記事|本文|原稿)の(?:執筆|作成)(?:を|が)(?:完了|終了)(?:しました|いたしました)"
)
# research plans: "最新の決算情報を調べます", "別のキーワードで再度検索してみます"
_JA_RESEARCH = lazy(
    r"(?:情報|ニュース|データ|資料|動向|背景|事例|キーワード)[^。、]{0,8}?(?:を|で)(?:再度|もう一度|改めて)?"
    r"(?:調べ|検索し|リサーチし|収集し|集め)(?:ます|てみます|ていきます|直します|て(?:整理|確認|集約)します)[。]?$|"
    r"検索(?:し直します|してみます|を(?:行い|実行し|かけ)ます)[。]?$|(?:情報収集|リサーチ|調査|検索)が(?:完了|終わり)(?:しました|ました)"
)
# search results and tool failures: "検索では見つかりませんでした",
# "検索ツールでエラーが発生しました", "ファイルの書き込みに失敗しました"
_JA_NO_RESULT = lazy(
    r"検索(?:結果)?(?:では|でも|で|しても|しましたが|の結果)[^。]{0,30}?(?:見つかりませんでした|ヒットしませんでした|得られませんでした)|"
    r"検索結果(?:が|は)?[^。]{0,8}?(?:見つかりませんでした|得られませんでした|ありませんでした|ヒットしませんでした|0件でした)|"
    r"検索結果(?:が|は)?[^。]{0,8}?得られなかった(?:ため|ので)[^。]{0,30}?(?:執筆|書き|作成|まとめ)|"
    r"(?:検索ツール|ウェブ検索|検索機能)の?(?:利用)?(?:上限|制限|クォータ)に達し|"
    r"(?:検索ツール|ブラウジングツール)(?:が|は)?(?:(?:応答しません|使えません|利用できません|動作しません)(?:でした)?(?:ので|。|$)|(?:応答しない|使えない|利用できない)(?:ため|ので))|"
    r"(?:検索ツール|ツール(?:の)?(?:呼び出し|実行)(?:中)?|関数(?:の)?呼び出し|ファイルの(?:書き込み|保存|読み込み))"
    r"[^。]{0,6}?(?:(?:エラーが発生しました|失敗しました|エラーになりました|応答が(?:あり|得られ)ませんでした)|"
    r"(?:エラーが発生した|失敗した)(?:ため|ので)、?[^。]{0,20}?(?:再試行|やり直|もう一度|再度|改めて))|"
    r"エラー[^。]{0,10}?ファイルを(?:保存|書き込|読み込)[^。]{0,4}?(?:できませんでした|失敗)"
)
# (the agent's writing is the main verb: "検索結果をもとに回答を生成する仕組み" and
# "検索結果をもとに記事を書くツールも登場しています" describe a service)
_JA_SEARCH_BASED = lazy(
    r"(?:検索(?:結果)?で(?:得られた|集めた|見つかった)情報|検索結果)を(?:もとに|元に|基に|踏まえ)(?:て)?、?[^。]{0,20}?"
    r"(?:執筆|まとめ|作成|構成|書い|書き|補足|補)[^。]{0,6}?(?:ました|ています|ます|いたします)[。]?$"
)
_JA_ARTICLE_LEAD = lazy(r"今回|本記事|この記事|本稿|本日|今日")
# business-mail closing to the requester (not "詳しくは…をご確認ください", the reader's)
_JA_MAIL_CLOSING = lazy(r"(?:ご確認|ご査収|ご検討)(?:のほど|を)?、?(?:どうぞ)?よろしくお願い(?:いた)?します")
# the requester's wishes followed: "ご要望の通り、…まとめました"
_JA_AS_REQUESTED = lazy(r"ご(?:要望|希望|指定|依頼|指示)(?:の通り|のとおり|どおり|通り|に沿って|に従って|に合わせて|を踏まえて)")
# the output itself: "出力が途中で途切れた", "修正版を出力します", "タイトル案を3つ提案します"
_JA_OUTPUT = lazy(
    r"(?:出力|回答|記事|本文|前回の(?:出力|回答|記事))(?:が|は)?[^。]{0,6}?(?:途切れ|切れ|止まっ)(?:て?(?:しまいました|しまった|いました|ました)|た(?:ため|ので))|途中で(?:止まって|途切れて|切れて)しまった|"
    r"(?:^|、)(?:では|それでは|以下に|ここで)?、?(?:修正版|全文|完成版|最終版|記事|本文|続き)を(?:再)?出力(?:します|いたします|しました)|"
    r"(?:^|、)(?:では|それでは|まず|まずは|以下に|ここで)?、?(?:記事の)?(?:タイトル|見出し|構成|記事)案を[^。]{0,8}?(?:提案|作成|提示)(?:します|いたします|しました)"
)
_JA_CONTINUE_HERE = lazy(r"^(?:では、?)?(?:ここから|続きから|この続きから)(?:続けます|再開します|書きます|書き進めます)[。]?$")
# research then writing: "リサーチした内容をもとに、記事を執筆しました"
_JA_RESEARCH_BASED = lazy(
    r"(?:リサーチ|調査|検索|収集)(?:した|の)?(?:内容|結果|情報)を(?:もとに|元に|基に|踏まえ(?:て)?)[^。]{0,20}?(?:記事|本文|原稿)を(?:執筆|作成|構成)"
)
# the article's own part named as such, or the persona it is written in
_JA_ROLE = lazy(
    r"^(?:今回の)?ご(?:依頼|要望|指定|指示)(?:は|の内容は)|"
    r"(?:記事|本文)の(?:前半|後半|締めくくり|結論部分|導入部分)として|ペルソナ(?:で|として)[^。]{0,10}?(?:作成|執筆|書き|お書き)|"
    r"(?:該当する|関連する|具体的な|詳細な)(?:情報|発表|ニュース|記事|データ|資料)を?見つけ(?:る|出す)ことは?(?:が)?できませんでした"
)
_JA_WANT_WRITTEN = lazy(r"(?:書いて|作成して|執筆して|取り上げて)(?:ほしい|欲しい)(?:記事|テーマ|トピック)")
_JA_LENGTH_SPEC = lazy(r"(?:文字数|字数)[^。]{0,20}?(?:ご指定|(?:要件|指定|目標|条件)(?:を満たし|に沿っ|どおり|通り|に合わせ|をクリア|の[^。]{0,12}?(?:を超え|を満たし|に達し)))")
_JA_RETRY = lazy(r"(?:(?:もう一度|再度|改めて)(?:試します|試みます|保存します|実行します|やり直します)|再試行(?:します|いたします))[。]?$")
# the agent says what it is and cannot do: "私はAIアシスタントのため…できません"
_JA_AI_SELF = lazy(
    r"^(?:(?:私は|わたしは)(?:AI|ＡＩ)(?:アシスタント|言語モデル|モデル)?|(?:AI|ＡＩ)(?:アシスタント|言語モデル))(?:のため|なので|ですので|であるため|として)、?[^。]{0,50}?(?:できません|いたしかねます|できかねます)|"
    r"^(?:AI|ＡＩ)として、[^。]{0,50}?(?:できません|いたしかねます|できかねます)"
)
# "AIなので…できません" may be said of AI in general: sure only at an edge
_JA_AI_MAYBE = lazy(r"^(?:AI|ＡＩ)(?:のため|なので|ですので|であるため)、?[^。]{0,50}?(?:できません|いたしかねます|できかねます)")
_JA_CANNOT_WORK = lazy(
    r"(?:記事|本文|原稿)[^。]{0,6}?を(?:作成|執筆|お書き|お届け)(?:すること)?(?:は|が)?(?:いたしかねます|できかねます)"
)
# the same in plain words, which an article about AI also says: sure only at an edge
_JA_CANNOT_WORK_MAYBE = lazy(
    r"(?:記事|本文|原稿)[^。]{0,6}?を(?:作成|執筆|お書き|お届け)(?:すること)?(?:は|が)?できません(?:でした)?[。]?$|"
    r"^(?:現在|現在は|現時点では|残念ながら)?、?(?:ウェブ|Web|インターネット|ネット|最新の情報|リアルタイムの情報)(?:に|へ)(?:は)?アクセスできません(?:でした)?(?:ので|。|$)"
)
_JA_APOLOGY2 = lazy(r"^(?:大変)?(?:失礼(?:いた)?しました|すみません|ごめんなさい)(?:が|、|。)")
# the article announced as a deliverable in so many words: anywhere sure
_JA_PREAMBLE_SHORT = lazy(
    r"^(?:以下|こちら|下記)(?:が|は|、)(?:ブログ)?(?:記事|本文|原稿|続き)(?:の(?:続き|全文|本文))?(?:です|になります)[。：:]?$|"
    r"^(?:それでは、?)?(?:記事|本文|続き)をどうぞ[。！!]?$|"
    r"^(?:記事|本文)の(?:残り(?:の部分)?|続き|後半(?:部分)?)は(?:次|以下)の(?:通り|とおり)(?:です|になります)[。：:]?$"
)
_JA_ACK2 = lazy(r"^(?:はい|ええ)[、,]?\s*(?:わかりました|分かりました)|^了解(?:です|いたしました)")
# offers of more work on the text: "ご要望に応じて、文字数やトーンの調整も可能です"
_JA_OFFER_MORE = lazy(
    r"(?:ご要望|ご希望|必要)(?:に応じて|でしたら|があれば|がございましたら|の場合は)[^。]{0,40}?"
    r"(?:可能です|承ります|対応(?:いた)?します|いたします|お申し付けください|お知らせください|お声がけください)"
)
_JA_WRITING_OBJECT = lazy(r"図表|お書き|翻訳|英語版|日本語版|別バージョン|文字数|字数|トーン|文体|見出し|タイトル|加筆|書き直し|執筆|リライト|切り口")
_JA_ASK = lazy(r"(?:教えて|お申し付け|お声がけ|ご連絡)(?:ください|下さい)")
# a reader's closing ("感想はコメント欄で教えてください") asks the reader, not the requester
_JA_READER = lazy(r"コメント|SNS|フォロー|シェア|読者")
_JA_SELFCHECK2 = lazy(
    r"(?:約)?(?<![\d,])\d[\d,]*\s*(?:文字|字)(?:程度|前後|ほど|以上|以内)?の(?:記事|本文|原稿|文章)を(?:作成|執筆|用意|お届け)(?:しました|いたしました|します|いたします)|"
    r"(?<![\d,])\d[\d,]*\s*(?:文字|字)(?:の(?:記事|本文|原稿))?(?:と|に)なりました|(?:文字数|字数|見出し構成|構成)[^。]{0,10}?(?:要件|条件|指定)を満たして"
)
_JA_PROMPT_ASK = lazy(
    r"(?:文字数|字数)[^。]{0,15}?(?:で|以上で|以内で)(?:書いて|執筆して|作成して)(?:ください|下さい)[。！!]?$|"
    r"(?:記事|本文|原稿)を[^。]{0,20}?(?:書いて|執筆して|作成して)(?:ください|下さい)[。！!]?$"
)
# a prompt's labelled field: "【指示】…", "【出力形式】Markdown"
_ECHO_LABEL = lazy(r"^(?:\*\*)?[【\[［](?:続き|記事の続き|前回の続き|指示|指示内容|出力|出力形式|出力条件|制約条件|執筆条件|執筆ルール|ペルソナ|文体|トーン)[】\]］]")

# prompt scaffolding echoed into the post
_ECHO_LINE = lazy(
    r"^(?:#{1,6}\s*)?(?:\*\*)?[【\[［](?=[^】\]］]{0,40}(?:既存の?記事|記事の(?:最後|末尾|冒頭|続き)|続きの(?:記事|文章)|前回の(?:出力|続き)|指示内容|出力形式))[^】\]］]{1,60}[】\]］](?:\*\*)?$"
)
_ECHO_PAREN = lazy(
    r"^[（(](?:[^）)]{0,40}(?:既存の?記事|記事の(?:最後|続き)|前回の?(?:出力|続き)|から続く|からの続き|続きを(?:書|作成))[^）)]{0,40}|続き|continued)[）)]$",
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
    r"no|of|please|let|would|if|shall|happy|word|character|article|saved|written|sorry|hope|resuming|continuing|total|length|great|oops|retrying|trying|your|ready)\b",
    regex.I,
)
_JA_GATE = lazy(r"[\p{Hiragana}\p{Katakana}\p{Han}【（(]")


# stdlib re led by the words' first characters (cleaner/firstchars.py): the
# anchors are searched in every paragraph; the regex module's alternation was
# most of the rule's time
_JA_ANCHOR = LazyLed(
    r"承知|かしこまり|了解|承り|続き|構成|書きます|ご(?:指定|依頼|要望|指示|提示|連絡|指摘|不明)|申し訳|検索|教えて|お知らせ|別の|他の|ほかの|他に|ほかに|何か"
    r"|修正|変更|調整|加筆|追記|以下|こちら|下記|記事|本文|原稿|字数|指定|要求|次の|【|[（(][^（(）)]*[）)]$|いかがでしょうか|見つから|残念|お手伝い"
    r"|わかりました|分かりました|もちろんです|早速|導入部分|結論部分|セクション|前半|後半|残りの部分|全文|ラフト|下書き"
    r"|調べ(?:ます|てみます|ていきます|直します)|収集し|情報収集が|リサーチ|集め(?:ます|てみます|ていきます)|調査が"
    r"|呼び出し|ファイルの|(?:もう一度|再度|改めて)(?:試|保存|実行|やり直)|失礼|みません|ごめんなさい|クセスでき"
    r"|(?:AI|ＡＩ)(?:アシスタント|言語モデル|モデル)?(?:のため|なので|ですので|であるため|として)"
    r"|ご希望|必要(?:に応じて|でしたら|があれば)|お申し付け|お声がけ|ご連絡|ご確認|ご査収|ご検討|再試行|っそく|ご質問|ご相談|ご(?:リクエスト)|再開|字(?:の(?:記事|本文|原稿))?(?:と|に)なりました|字(?:程度|前後|ほど|以上|以内)?の文章|喜んで|エラー|以上(?:となります|です|になります)|ご指摘|途中で|途切れ|切れて|止まって|出力(?:します|いたします|しました)|タイトル案|見出し案|(?:ここから|続きから)(?:続け|再開|書き)"
    r"|(?:ほしい|欲しい)(?:記事|テーマ|トピック)|ペルソナ|見つけ(?:る|出す)ことは?(?:が)?できませんでした|お役に立て|終わり(?:です|ます)"
)
# the round-7 kinds (_ja_kind_evidence) are tried in a sentence that has an
# anchor word above or one of these (their words that the anchor lacks),
# each led by a character rare in prose: a common kana such as を, の, い, で
# first would stop the led scan (cleaner/firstchars.py) at every other
# character of a post, and this scan runs over every paragraph
_JA_KIND_ANCHOR = LazyLed(
    r"書き足|書き継|書き直|書けた|書いていきます|確かめ|確認しておき|段落を|ツール|ブラウザ|参照した|頂いた|プロンプト|反映し|盛り込|肉付け"
    r"|出力|冗長|押さえ|Markdown|調に|調で|見出し|寄せ|統一|揃え|文体|草稿|初稿|敬体|常体|メッセージで|回答で|返答で|続きをお送り"
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


class _Gated:
    """A pattern tried only when one of its literal words is in the text: a
    sentence that passed the anchor is tried against some fifty patterns,
    and ``in`` rules most of them out twenty times faster than a search."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern, *words: str):
        self.pattern, self.words = pattern, words

    def search(self, text: str):
        return self.pattern.search(text) if self._has_word(text) else None

    def _has_word(self, text: str) -> bool:
        return contains_any(text, self.words)


# each word list holds a literal every match of the pattern contains
_JA_ACK2 = _Gated(_JA_ACK2, "わかりました", "分かりました", "了解")
_JA_PROMPT_ASK = _Gated(_JA_PROMPT_ASK, "ください", "下さい")
_JA_NO_RESULT = _Gated(_JA_NO_RESULT, "検索", "ツール", "関数", "ファイル")
_JA_AI_SELF = _Gated(_JA_AI_SELF, "AI", "ＡＩ")
_JA_AI_MAYBE = _Gated(_JA_AI_MAYBE, "AI", "ＡＩ")
_JA_SELFCHECK2 = _Gated(_JA_SELFCHECK2, "字", "構成")
_JA_PREAMBLE_SHORT = _Gated(_JA_PREAMBLE_SHORT, "以下", "こちら", "下記", "どうぞ", "通り", "とおり")
_JA_LENGTH_SPEC = _Gated(_JA_LENGTH_SPEC, "字数")
_JA_OFFER_MORE = _Gated(_JA_OFFER_MORE, "ご要望", "ご希望", "必要")
_JA_CANNOT_WORK = _Gated(_JA_CANNOT_WORK, "いたしかねます", "できかねます")
_JA_CANNOT_WORK_MAYBE = _Gated(_JA_CANNOT_WORK_MAYBE, "できません")
_JA_WANT_WRITTEN = _Gated(_JA_WANT_WRITTEN, "ほしい", "欲しい")
_JA_OUTPUT = _Gated(_JA_OUTPUT, "途中", "途切れ", "切れて", "止まって", "出力", "案を")
_JA_APOLOGY2 = _Gated(_JA_APOLOGY2, "失礼", "すみません", "ごめんなさい")
_JA_ASK = _Gated(_JA_ASK, "ください", "下さい")
_JA_DOC_WORK = _Gated(
    _JA_DOC_WORK, "書", "執筆", "補", "作成", "移り", "入り", "取りかか", "取り掛か", "まとめ", "仕上げ", "お届け", "お送り", "再開", "構成"
)
_JA_DONE = _Gated(_JA_DONE, "書き終え", "完成", "仕上がり", "全文", "完了", "終了", "終わり")
_JA_RESEARCH = _Gated(_JA_RESEARCH, "調べ", "検索", "リサーチ", "収集", "集め", "調査")
_JA_SEARCH_BASED = _Gated(_JA_SEARCH_BASED, "検索")
_JA_RETRY = _Gated(_JA_RETRY, "試", "保存", "実行", "やり直")
_JA_MAIL_CLOSING = _Gated(_JA_MAIL_CLOSING, "よろしくお願い")
_JA_AS_REQUESTED = _Gated(_JA_AS_REQUESTED, "ご要望", "ご希望", "ご指定", "ご依頼", "ご指示")
_JA_CONTINUE_HERE = _Gated(_JA_CONTINUE_HERE, "ここから", "続きから")
_JA_RESEARCH_BASED = _Gated(_JA_RESEARCH_BASED, "リサーチ", "調査", "検索", "収集")
_ECHO_LABEL = _Gated(_ECHO_LABEL, "【", "[", "［")
_JA_ROLE = _Gated(_JA_ROLE, "として", "ペルソナ", "見つけ", "ご依頼", "ご要望", "ご指定", "ご指示")


# "AIが記事を執筆します", "このモデルは、ご指示どおりに…": with a subject of
# its own the sentence describes something else; the agent's narration of its
# work has none ("本文を執筆していきます", "ご要望の通り、…まとめました").
# (は after で, に, から, まず, 今回, 次 is a topic of time or place, not a subject)
_JA_SUBJECT = re.compile(r"(?<![でにらず回次])は|が")
_JA_TOPIC_COMMA = re.compile(r"(?<![でにらず回次])は、|が、")


def _subject_before(bare: str, start: int) -> bool:
    """A subject in the clause before ``start``, or a topic set off by a
    comma ("生成AIは、タイトル案を提案します")."""
    clause = bare.rfind("、", 0, start + 1) + 1  # (a match may begin with its 、)
    return clause < start and bool(_JA_SUBJECT.search(bare, clause, start)) or _JA_TOPIC_COMMA.search(bare, 0, start + 1) is not None


class _WithoutSubject:
    """A pattern whose match counts only when the sentence gives it no
    subject of its own: in its clause (or a topic before a comma), or, with
    ``whole``, anywhere before it."""

    __slots__ = ("pattern", "whole")

    def __init__(self, pattern, whole: bool = False):
        self.pattern, self.whole = pattern, whole

    def search(self, text: str):
        m = self.pattern.search(text)
        if m is None:
            return None
        subject = _JA_SUBJECT.search(text, 0, m.start()) if self.whole else _subject_before(text, m.start())
        return None if subject else m


_JA_DOC_WORK = _WithoutSubject(_JA_DOC_WORK)
_JA_OUTPUT = _WithoutSubject(_JA_OUTPUT)
_JA_AS_REQUESTED = _WithoutSubject(_JA_AS_REQUESTED, whole=True)


class _GatedI(_Gated):
    """``_Gated`` for the English patterns, which ignore case: the words are
    looked for in the lower-cased sentence (lowered once for all of them)."""

    __slots__ = ()

    def _has_word(self, text: str) -> bool:
        return super()._has_word(_lowered(text))


_lowered = functools.lru_cache(maxsize=4)(str.lower)

# an English sentence that passed the paragraph gates was tried against all
# of these, forty searches a sentence in an English post (a quarter of the
# rule's time); each word list holds a literal every match contains
_SEARCH_RESULT = _GatedI(_SEARCH_RESULT, "search")
_MY_SEARCH_FOR = _GatedI(_MY_SEARCH_FOR, "search")
_REFINED_QUERY = _GatedI(_REFINED_QUERY, "search")
_SELFCHECK = _GatedI(_SELFCHECK, "char", "words", "within", "meets", "satisfies")
_STATUS = _GatedI(_STATUS, "saved", "written", "exported", "uploaded", "stored", "words", "count", "length")
_ESTABLISHED = _GatedI(_ESTABLISHED, "i've", "i have")
_MY_STEP = _GatedI(_MY_STEP, "my")
_AS_AI = _GatedI(_AS_AI, "as a")
_ECHO_BRACKET_EN = _GatedI(_ECHO_BRACKET_EN, "[")
_PREAMBLE_SHORT = _GatedI(_PREAMBLE_SHORT, "here", "below")
_PREAMBLE_HEADS_ONLY = _GatedI(_PREAMBLE_HEADS_ONLY, "here", "below")
_MY_LAST_OUTPUT = _GatedI(_MY_LAST_OUTPUT, "my")
_TOOL_LABEL = _GatedI(_TOOL_LABEL, "output", "result", "response")
_COULD_NOT_FIND = _GatedI(_COULD_NOT_FIND, "find", "locate", "retrieve")
_AS_REQUESTED = _GatedI(_AS_REQUESTED, "request", "as you", "per your")
_THANKS_TASK = _GatedI(_THANKS_TASK, "thank")
_STYLE_PROMISE = _GatedI(_STYLE_PROMISE, "i'll")
_OFFER_IF = _GatedI(_OFFER_IF, "would it help", "should i", "just")
_YOUR_TOPIC = _GatedI(_YOUR_TOPIC, "you")
_CONTINUING = _GatedI(_CONTINUING, "continu", "resum", "picking up")
_CLOSING_SELF = _GatedI(_CLOSING_SELF, "would you", "do you", "want me", "shall i")
_RETRYING = _GatedI(_RETRYING, "trying")
_SAVED = _GatedI(_SAVED, "saved", "written", "uploaded", "created")
_READY = _GatedI(_READY, "ready")
_HAPPY_TO = _GatedI(_HAPPY_TO, "happy")
_CAN_HELP = _GatedI(_CAN_HELP, "help")
_DONE_EN = _GatedI(_DONE_EN, "complete", "conclude", "wraps", "finish")
# the formulas that were tried on every English sentence past the paragraph
# gates (nearly every sentence of an English post: the gates let "the" and
# "you" through), gated the same way: 40 % of the rule's time on English posts
_APOLOGY = _GatedI(_APOLOGY, "apolog", "sorry")
_UNABLE = _GatedI(_UNABLE, "able", "cannot", "can't", "could")
_CLOSING = _GatedI(_CLOSING, "let me know", "feel free", "would you like", "if you", "anything else", "want me", "shall i", "i can", "happy to")
_PROCESS = _GatedI(_PROCESS, "search", "tool", "wrong", "function", "quota", "limit", "model", "persona", "article", "brows", "training",
                   "knowledge", "structure", "outline", "count", "file")
_PREAMBLE = _GatedI(_PREAMBLE, "here", "below", "attached", "i've")
_HOPE = _GatedI(_HOPE, "hope")
_PLAN = _GatedI(_PLAN, "i'll", "i will", "going to", "need to", "let me")
_NO_RESULTS = _GatedI(_NO_RESULTS, "result", "match", "hits")
_WRONG_PATH = _GatedI(_WRONG_PATH, "wrong")
_TOOL_FAIL = _GatedI(_TOOL_FAIL, "call")
_NAMED_TOOL_FAIL = _GatedI(_NAMED_TOOL_FAIL, "tool")
_PROMPT_EN = _GatedI(_PROMPT_EN, "write", "draft", "compose", "create", "generate")
_SEARCHED_NOTHING = _GatedI(_SEARCHED_NOTHING, "searched", "looked")
_RESEARCH_DONE_EN = _GatedI(_RESEARCH_DONE_EN, "reviewed", "consulted", "checked", "gathered", "collected")
_TOOL_ID = _Gated(_TOOL_ID, "_")  # (every tool identifier has one)
_FP_WORDS = frozenset(("i", "me", "my", "myself", "let"))
_EN_SOFT = _GatedI(_EN_SOFT, "information", "request", "task", "assist", "starting point", "gather", "sources", "findings", "keywords",
                   "try again", "correct", "the user")
_DELIVERABLE = _GatedI(_DELIVERABLE, "article", "post", "draft", "piece", "essay", "outline", "response")


# --- round 7: kinds of agent speech by evidence only the agent produces ------
# (tests/test_monologue_probes.py, MONOLOGUE_ROUND7_*: written before these)
# Sure anywhere (HARD): the requester addressed or their instructions named
# with an honorific, the deliverable handed over, the generation process
# (the previous output, a cut, the tool that failed and what the writing did
# about it), style compliance reported as done.  Only at the start or end of
# the post or of a chunk (MEDIUM): the agent's next step on the text, the
# text reported finished, a self-assessment of its writing, a format choice
# reported; an article's signposting, advice and how-to say the same words
# without the agent's past or present report on its own text.
_JA_END_DONE = r"(?:ました|ています|ております|てあります|ておきました)[。！!]?$"
# the requester's instructions named: "ご指示いただいたキーワード", "ご依頼文",
# "お送りいただいた資料", "頂いたプロンプト" (not "お読みいただいた")
_JA_REQUESTER_REF = _Gated(
    lazy(
        r"ご(?:指示|依頼|要望|指定|提示|希望)(?:文|内容|事項)?(?:いただいた|頂いた|の|を|に|どおり|通り|のとおり)?|"
        r"(?:お送り|ご提供|ご共有|ご用意|お伝え|ご提示|ご指定|ご指示|ご依頼)?(?:いただいた|頂いた)(?:ご要望|資料|プロンプト|キーワード|テーマ|条件|アウトライン|構成案|指示|メモ|URL|リンク|内容)"
    ),
    "ご指示", "ご依頼", "ご要望", "ご指定", "ご提示", "ご希望", "いただいた", "頂いた",
)
# ... acted on in the text: what was written, in the agent's report of it
# (not 作成 or 用意 alone: "ご依頼の内容を確認して、見積もりを作成しました" is a business's)
_JA_TEXT_OBJECT = lazy(r"本文|記事|原稿|見出し|構成|章|セクション|段落|文体|トーン|キーワード|表現|言葉|用語|文章|アウトライン|タイトル|文字数|字数|書き|書い|執筆|盛り込|肉付け|反映")
_JA_AGENT_END = lazy(_JA_END_DONE)
_JA_THIRD_PARTY = lazy(r"お客様|顧客|ユーザー|利用者|読者|取引先|クライアント|株主|会員|視聴者|住民|市民|皆様|皆さま|みなさま|(?:から|より)の?$")
# a noun with が is a subject of its own ("ご要望が多かった", "AIが記事を…")
_JA_NOUN_GA = lazy(r"[\p{Han}\p{Katakana}A-Za-zＡ-Ｚａ-ｚー]が")
_JA_HANDOVER = _Gated(
    lazy(
        r"ご(?:依頼|要望|指定)(?:いただいた|頂いた|の)(?:ブログ)?(?:記事|原稿|本文|文章)|"
        r"ご(?:確認|査収|検討|一読)いただけ(?:ます|れ)(?:と|ば)幸いです|"
        r"(?:^|完成した|修正した|書き上げた|仕上げた|最終版の|修正版の)(?:原稿|記事|本文|下書き|草稿)を(?:下|以下|次|下記)に(?:貼り付け|掲載し|記載し|載せ|示し)(?:て(?:おき)?)?(?:ます|ました)|"
        r"(?:修正|改訂|リライト)版の(?:記事|原稿|本文)(?:は以上|です|になります|となります|をお送り|をお届け|を(?:下|以下)に)"
    ),
    "ご依頼", "ご要望", "ご指定", "幸い", "に貼", "に掲", "に記", "に載", "に示", "版の",
)
# the generation process: the previous output, the point where it stopped,
# the length limit that cut it - and the agent going on from there
_JA_GENERATION = _WithoutSubject(
    _Gated(
        lazy(
            r"(?:(?:前回|前|直前|先ほど)の(?:出力|回答|応答|返答|メッセージ|生成|続き)|"
            r"(?:中断し|途切れ|切れ|止まっ|終わっ)(?:た|てしまった|ていた)(?:箇所|ところ|部分|地点|位置|場所)(?:から|を)|"
            r"(?:文字数|出力|トークン|長さ)の?(?:制限|上限)(?:で|により|のため))"
            r"[^。は]{0,30}?(?:再開|続け|書き継|書き進め|補|書き直|書き|執筆)[^。]{0,6}?(?:ます|いたします)[。]?$"
        ),
        "前回の", "前の", "直前の", "先ほどの", "箇所", "ところ", "部分", "地点", "位置", "場所", "制限", "上限",
    ),
    whole=True,
)
_JA_GENERATION_WRITES = lazy(r"執筆|書き|補")
_JA_GENERATION_SURE = lazy(r"^(?:前回|前|直前|先ほど)の(?:出力|回答|応答|返答|メッセージ|生成)|制限|上限")
# a tool or search that failed, and what the writing did about it
_JA_TOOL_FALLBACK = _WithoutSubject(
    _Gated(
        lazy(
            r"(?:検索|ブラウザ|ブラウジング|ツール|API|ページの取得|取得|フェッチ)[^。]{0,20}?"
            r"(?:失敗|タイムアウト|エラー|空|不十分|限られ|少な|ヒットしな|見つからな|得られな)[^。]{0,8}?(?:ため|ので)、?[^。]{0,30}?"
            r"(?:知識|推定|推測|補足|補い|補って|補います|書いて|書きます|執筆|省き|省いて|割愛|除外|別の(?:ソース|情報源|資料|サイト)を当たります)"
        ),
        "検索", "ブラウザ", "ブラウジング", "ツール", "API", "取得", "フェッチ",
    ),
    whole=True,
)
# (a data journalist's "ツールで取得できたデータが限られているため、推測を含みます"
# is a caveat of the article: a tool in general is not enough)
_JA_TOOL_WORD = lazy(r"ブラウザ|ブラウジング|検索ツール|検索API|フェッチ|知識")
_JA_RESEARCH_FALLBACK = lazy(r"当たります|補足|補い|補って|補います")
# search results as the source of the writing
_JA_SEARCH_SOURCE = _WithoutSubject(
    _Gated(
        lazy(
            r"(?:(?:ウェブ|Web|ネット|インターネット)?検索(?:結果)?で(?:見つかった|得られた|ヒットした|集めた|調べた)[^。]{0,20}?|検索結果)"
            r"を(?:参考に(?:して)?|もとに|元に|基に|参照して|踏まえて?)、?(?:[^。]{0,20}?(?:執筆|まとめ|作成|構成|書い|書き|補足|補))?[^。]{0,4}?"
            r"(?:ています|しています|しました|ました|ます|いたします)[。]?$"
        ),
        "検索",
    ),
    whole=True,
)
_JA_WRITING_TAIL = lazy(r"参考に|記事|本文|原稿|執筆|書|まとめ|作成|構成")
# style and length compliance reported as done
_JA_STYLE_DONE = _Gated(
    lazy(
        r"(?:敬体|常体|です・?ます調|ですます調|だ・?である調|である調)[^。]{0,12}?(?:統一|揃え|そろえ|書き|まとめ)[^。]{0,30}?(?:ました|ています|てあります|ております)[。]?$|"
        r"(?:ご?指定|要求|依頼)の(?:文字数|字数)(?:に届かなかった|を満たし(?:ました|ています)|に達し(?:ました|ています)|に収め(?:ました|ています)|に合わせ(?:ました|ています))|"
        r"ご指定の(?:文字数|字数)"
    ),
    "敬体", "常体", "調", "字数",
)
_JA_LENGTH_DONE = _Gated(
    lazy(r"^(?:各(?:セクション|章|段落|見出し)|本文|全体|記事全体)[^。]{0,12}?\d[\d,]*\s*(?:文字|字)[^。]{0,8}?(?:揃え|そろえ|収ま|収め|調整|合わせ)[^。]{0,8}?" + _JA_END_DONE),
    "字",
)
# MEDIUM: the text reported finished: "草稿ができあがりました", "全セクションの執筆が終わりました"
_JA_DOC_DONE = _WithoutSubject(
    _Gated(
        lazy(
            r"(?:記事|本文|原稿|草稿|下書き|ドラフト|初稿|全文|(?:全|すべての|各)セクション)(?:全体)?(?:の(?:執筆|作成))?(?:が|は|を)?"
            r"(?:できあがりました|出来上がりました|仕上がりました|仕上がった(?:ので|ため)|書き上がりました|書き上げました|書き上げた(?:ので|ため)|完成しました|揃いました|終わりました)"
        ),
        "できあが", "出来上が", "仕上が", "書き上", "完成", "揃い", "終わり",
    ),
    whole=True,
)
_JA_CHECK_REQUEST = lazy(r"(?:ご?確認|チェック|校正|レビュー|ご査収)(?:を|の)?(?:お願い|ください|いただけ)")
# the next step on the text: "…を調べてから第二章を書き足します"
_JA_NEXT_STEP = _WithoutSubject(
    _Gated(
        lazy(
            r"(?:調べ|確認し|確かめ|集め|検索し|見直し|リサーチし|整理し|検証し)てから、?[^。]{0,20}?"
            r"(?:書き足し|書き加え|追記し|加筆し|執筆|書き進め|書き始め|反映させ|盛り込み|進み|再開し|取りかかり|取り掛かり|移り|まとめ)(?:ます|ていきます)[。]?$|"
            r"(?:統計|数値|データ|日付|情報|決算|資料|ソース|出典|事実関係|数字)[^。、]{0,6}?(?:も|を)(?:念のため|もう一度|改めて|再度)?(?:確認し|確かめ|調べ|検証し|裏取りし)(?:ておきます|ます|てみます)[。]?$|"
            r"^補足として、?[^。]{0,20}?(?:セクション|段落|章|解説|注釈)を(?:追加し|加え|設け)(?:ておきます|ます|ました)[。]?$|"
            r"(?:章|段落|パート)を、?(?:このまま|引き続き|これから|続けて)?(?:書き継ぎ|書き足し|書き加え|書き進め|執筆し)(?:ます|ていきます)[。]?$|(?:章|段落|パート)を書いていきます[。]?$|"
            r"(?:結論部分|導入部分|本文|まとめ|後半|前半|次の(?:セクション|章))の(?:執筆|作成)に(?:進み|移り|入り|取りかかり|取り掛かり)ます[。]?$|"
            # (原稿 only: "続きの本文です" is a sentence of a post too)
            r"(?:第[一二三四五六七八九十\d]+部|後半|続き|残り|次の章|第[一二三四五六七八九十\d]+章)の原稿(?:です|になります)[。]?$"
        ),
        "てから", "確認し", "確かめ", "調べ", "検証し", "裏取り", "補足", "章を", "段落を", "パートを", "執筆に", "作成に", "原稿", "本文",
    ),
    whole=True,
)
# a self-assessment of its own writing
_JA_SELF_ASSESS = _Gated(
    lazy(
        r"(?:読みやすい|分かりやすい|わかりやすい)(?:構成|記事|文章|内容)に(?:まとまった|仕上がった|なった)(?:と思います|かと思います|のではないかと思います|はずです)|"
        r"書けた(?:のではないか(?:と)?|かと|と)(?:思います|思っています)|"
        r"(?:バランスの(?:取れた|とれた|良い)|読みやすい|分かりやすい|わかりやすい|充実した|網羅的な|読み応えのある)(?:記事|文章|原稿|内容)に(?:なりました|仕上がりました|まとまりました)|"
        r"(?:要点|ポイント|論点|重要な点)(?:は|を)(?:しっかり|十分に?|一通り|概ね|おおむね)?(?:押さえ|網羅し|カバーし|盛り込め)(?:られ)?(?:た|ている)(?:と思います|かと思います|はずです)|"
        r"(?:導入(?:部分|部)?|結論(?:部分)?|まとめ|前半|後半|冒頭|見出し|本文|全体)が(?:やや|少し|若干|ちょっと)?(?:冗長|説明的|硬く|長く|短く|くどく|回りくどく)"
        r"[^。]{0,6}?(?:なった|なってしまった)(?:かもしれません|と思います|気がします)"
    ),
    "思", "はず", "なりました", "仕上がりました", "まとまりました", "かもしれません", "気がします",
)
# a format or tone choice reported: "見出しには絵文字を使わないようにしました"
_JA_FORMAT_DONE = _Gated(
    lazy(
        r"^(?:見出し|本文|タイトル|記事)(?:には|では|に|は)[^。]{0,15}?(?:使わないように|控え|避け|入れないように|使用せず)[^。]{0,6}?(?:しました|ています|ました)[。]?$|"
        r"^(?:トーン|文体|口調|語調|語り口)(?:は|を)[^。]{0,15}?(?:寄せ|合わせ|統一|揃え|そろえ)[^。]{0,6}?(?:書きました|ました|ています|てあります)[。]?$|"
        r"(?:Markdown|マークダウン|HTML|プレーンテキスト)(?:形式|記法)?で(?:出力|記述|作成|執筆)し[^。]{0,30}?(?:ました|ています)[。]?$|"
        r"(?:文字数|字数)[^。]{0,10}?\d[\d,]*\s*(?:文字|字)(?:前後|程度)?[^。]{0,4}?(?:で|に)(?:調整|収め|まとめ|合わせ)(?:しています|しました|ています|ました)[。]?$|"
        r"^(?:全体で|本文は|記事は)?(?:約|およそ)?\d[\d,]*\s*(?:文字|字)(?:前後|程度)?に(?:収まる|収める|なる)ように?(?:調整|構成|まとめ)(?:しました|しています)[。]?$"
    ),
    "見出し", "本文", "タイトル", "記事", "トーン", "文体", "口調", "語調", "語り口", "Markdown", "マークダウン", "字",
)
# a search reported: "検索の結果、参考になりそうな資料は二件だけでした"
_JA_SEARCH_REPORT = _Gated(
    lazy(
        r"^検索(?:の結果|したところ|した結果)、?[^。]{0,25}?(?:資料|情報|記事|ソース|データ|ニュース)[^。]{0,10}?(?:だけでした|のみでした|しかありませんでした|わずかでした)|"
        r"参照した(?:URL|リンク|ページ|ソース|情報源)[^。]{0,15}?(?:リンク切れ|アクセスできません|開けません|取得できません|404)|"
        r"^(?:指定された|指定の|与えられた)(?:テーマ|トピック|条件|キーワード|構成|文字数)に(?:沿って|従って|合わせて)[^。]{0,25}?(?:記事|本文|原稿)を(?:用意|作成|執筆)(?:しました|いたしました)"
    ),
    "検索", "参照", "指定", "与えられた",
)
# a request to check, after a hand-over ("ご確認ください"): weak alone
_JA_CHECK_SOFT = _Gated(
    lazy(r"^(?:内容を)?ご確認(?:ください|下さい)[。！!]?$|(?:気になる点|不明な点|修正点)(?:が|など)?あれば[^。]{0,10}?(?:ご指摘|お知らせ|ご連絡)(?:ください|下さい)"),
    "ご確認", "あれば",
)


def _ja_requester_acted(bare: str):
    """The requester's instructions named and the agent's report of what it
    did with them in the text: "ご指示いただいたキーワードはすべて本文に盛り込み
    ました" (not "お客様からのご要望は…記録しています", nor "ご依頼から納品までは…")."""
    m = _JA_REQUESTER_REF.search(bare)
    if m is None or _JA_THIRD_PARTY.search(bare, 0, m.start()) or _JA_NOUN_GA.search(bare):
        return None
    if _JA_TEXT_OBJECT.search(bare) and _JA_AGENT_END.search(bare):
        return m
    return None


# a literal (or start) each pattern above needs: one scan of the sentence
# rules out the dozen patterns in most sentences that reach them
# the agent's next output (or its previous one cut) as where the text goes
# on: "残りは次の出力で続けます", "前回の回答が途中で切れていたので、続きを出力します"
# (not a how-to's "次の出力で続きが表示されます", "回答が切れた場合は…")
_JA_NEXT_OUTPUT = lazy(
    r"(?:次の|次回の)(?:出力|メッセージ|回答|返答)で[^。]{0,12}?(?:続けます|続けていきます|お送りします|お届けします|出力します|書きます|いたします)[。]?$|"
    r"^(?:では、?|それでは、?)?続きを(?:出力|お送り)(?:します|いたします)[。]?$|"
    r"(?:前回|先ほど|直前)の(?:出力|回答|返答|応答|メッセージ)が(?:途中で)?(?:切れ|途切れ|中断し|止まっ)(?:ていた|てしまった|た)(?:ので|ため)、?"
    r"[^。]{0,20}?(?:続き|続け|残り)[^。]{0,10}?(?:ます|いたします)[。]?$"
)
_JA_KIND_SENTENCE = LazyLed(
    r"ご(?:指示|依頼|要望|指定|提示|希望)|いただ|頂いた|に(?:貼り付け|掲載し|記載し|載せ|示し)|版の"
    r"|(?:前回|前|直前|先ほど)の(?:出力|回答|応答|返答|メッセージ|生成|続き)|(?:箇所|ところ|部分|地点|位置|場所)(?:から|を)|(?:制限|上限)(?:で|により|のため)"
    r"|敬体|常体|ます調|である調|字数|検索|ブラウザ|ブラウジング|ツール|API|取得|フェッチ"
    r"|できあが|出来上が|仕上が|書き上|(?:完成し|揃い|終わり)ました"
    r"|てから|(?:確認し|確かめ|調べ|検証し|裏取りし)(?:ておきます|ます|てみます)|補足として|(?:章|段落|パート)を|(?:執筆|作成)に|の原稿"
    r"|書けた|(?:要点|ポイント|論点|重要な点)(?:は|を)|(?:構成|記事|文章|内容|原稿)に(?:まと|仕上|な)|(?:導入|結論|まとめ|前半|後半|冒頭|見出し|本文|全体)(?:部分|部)?が"
    r"|^(?:見出し|本文|タイトル|記事|トーン|文体|口調|語調|語り口|全体|各|約|およそ|[0-9０-９])|(?:Markdown|マークダウン|HTML|プレーンテキスト)"
    r"|参照した|^(?:指定された|指定の|与えられた)|ご確認|あれば|の(?:出力|メッセージ|回答|返答)で|続きを(?:出力|お送り)"
)


def _ja_kind_evidence(bare: str) -> tuple[int, str]:
    """Round-7 kinds (above); the caller has checked the anchor."""
    if not _JA_KIND_SENTENCE.search(bare):
        return 0, ""
    m = _ja_requester_acted(bare)
    if m:
        return HARD, f"names the requester's instructions and reports acting on them “{m.group(0)}”"
    for pattern, what in (
        (_JA_HANDOVER, "hands the article over to the requester"),
        (_JA_STYLE_DONE, "reports complying with the requested style or length"),
    ):
        m = pattern.search(bare)
        if m:
            return HARD, f"{what} “{m.group(0)}”"
    m = _JA_NEXT_OUTPUT.search(bare)
    if m:
        return HARD, f"talks about its own generation (its next or previous output) “{m.group(0)}”"
    m = _JA_GENERATION.search(bare)
    if m:
        # (a series' "前回の続きとして…" is an article's too: only at an edge)
        # the output named or the length limit that cut it: sure; "前回の続きとして…"
        # (a series' post says it too) and "中断したところから再開します" (a how-to's
        # software): only at an edge, and not in a post's own lead ("今回は…")
        sure = _JA_GENERATION_SURE.search(m.group(0))
        if not sure and (_JA_ARTICLE_LEAD.search(bare) or not _JA_GENERATION_WRITES.search(m.group(0))):
            return 0, ""
        level = HARD if sure else MEDIUM
        return level, f"talks about its own generation (previous output, cut, length limit) “{m.group(0)}”"
    m = _JA_TOOL_FALLBACK.search(bare)
    if m and (_JA_TOOL_WORD.search(m.group(0)) or _JA_RESEARCH_FALLBACK.search(m.group(0))):
        # the agent's own tool named, or its knowledge as the fallback: sure;
        # more research as the fallback: at an edge (a data journalist's
        # "ツールで取得できたデータが限られているため、推測を含みます" is neither)
        return (HARD if _JA_TOOL_WORD.search(m.group(0)) else MEDIUM), f"search or tool failure and what the writing did about it “{m.group(0)}”"
    m = _JA_SEARCH_SOURCE.search(bare)
    if m and _JA_WRITING_TAIL.search(m.group(0)):
        return (MEDIUM if m.group(0).startswith("検索結果") else HARD), f"search results as the source of the writing “{m.group(0)}”"
    m = _JA_DOC_DONE.search(bare)
    if m:
        return (HARD if _JA_CHECK_REQUEST.search(bare) else MEDIUM), f"reports the article finished “{m.group(0)}”"
    if _JA_ARTICLE_LEAD.search(bare) is None:
        m = _JA_NEXT_STEP.search(bare)
        if m:
            return MEDIUM, f"the agent's next step on the text “{m.group(0)}”"
    for pattern, what in (
        # (a writing guide's "各段落は200字前後に収めています" is a habit: an edge decides)
        (_JA_LENGTH_DONE, "reports complying with the requested style or length"),
        (_JA_SELF_ASSESS, "assesses its own writing"),
        (_JA_FORMAT_DONE, "reports a format or tone choice"),
        (_JA_SEARCH_REPORT, "search narration"),
    ):
        m = pattern.search(bare)
        if m:
            return MEDIUM, f"{what} “{m.group(0)}”"
    m = _JA_CHECK_SOFT.search(bare)
    if m:
        return SOFT, f"asks the requester to check “{m.group(0)}”"
    return 0, ""


# English.  HARD: the requester addressed ("Following your outline", "per the
# brief", "the style guide you sent", "You mentioned…"), the generation
# process ("my previous message", "the page I tried to fetch", "Browsing
# timed out"), "this draft" said of its own text.
_EN_YOUR_INSTRUCTIONS = _GatedI(
    lazy(
        r"""\b(?:following|per|according\ to|in\ line\ with|based\ on|as\ per|in\ keeping\ with|in\ accordance\ with|from|in)\ your\ 
            (?:outline|brief|instructions?|request|prompt|style\ guide|guidelines|list|notes|requirements|spec(?:ification)?s?|direction|message)\b|
            \bthe\ (?:[\w-]+\ ){0,2}?(?:topic|outline|brief|prompt|instructions|keywords?|notes|guide|guidelines|list|sources|links|requirements|template|examples?)\ 
            (?:you|you've)\ (?:suggested|gave|provided|asked\ for|requested|specified|sent|shared|supplied|attached|listed|mentioned)\b|
            ^You\ (?:mentioned|asked|said|wanted|specified|requested|noted|indicated|told\ me)\b(?=[^.!?]*\bI\b)|
            \bas\ you\ (?:requested|asked|instructed|specified|wanted)\b|\bper\ your\ (?:request|instructions)\b""",
        X,
    ),
    "your", "you",
)
# "as specified", "per the brief" said by the agent ("I…"): "The chips run at 2 GHz, as specified" stays
_EN_AS_SPECIFIED = _GatedI(
    lazy(r"\bas\ (?:specified|instructed|briefed|requested)\b(?!\ (?:by|in|under|for|on|at|of))|\bper\ the\ (?:brief|instructions|outline|prompt)\b", X),
    "as ", "per the",
)
_EN_GENERATION = _GatedI(
    lazy(
        r"""\bmy\ (?:previous|last|earlier)\ (?:response|output|reply|message|answer)\b(?=[^.!?]*\b(?:heading|section|paragraph|left\ off|cut|continu|carry|carrying|resum|pick|stopp|ended))|
            \b(?:carrying|continuing|picking)\ (?:on|up)?\ ?from\ (?:\w+\ ){0,4}?my\ (?:previous|last|earlier)\ (?:response|output|reply|message)\b|
            \bthe\ (?:previous|last)\ (?:response|output|reply|generation)\ (?:left\ off|ended|stopped|was\ cut|got\ cut)\b|
            \b(?:page|url|link|source|site)\ I\ (?:tried\ to\ )?(?:fetch|fetched|retrieve|retrieved)\b|
            ^(?:Browsing|Fetching|Web\ browsing|The\ fetch|Page\ fetching)\ (?:\w+\ ){0,2}?(?:timed\ out|failed|errored|returned\ (?:nothing|no|an\ error|a\ 404))|
            \b(?:my|none\ of\ my|none\ of\ the)\ (?:\w+\ )?(?:queries|search\ queries)\ (?:\w+\ )?(?:surfaced|returned|turned\ up|found|yielded|gave|showed|produced|brought\ up)\b|
            \b(?:browsing|fetch|search|lookup|tool)\b[^.!?]{0,30}?\b(?:timed\ out|failed|errored|returned\ (?:a\ )?404)\b[^.!?]{0,40}?\bso\ 
                (?:I(?:'ve|\ have)?\ (?:left|omitted|dropped|skipped|removed|estimated)\ (?:that|the|these|this|some)\ (?:figure|number|data|statistic|detail|source|quote)s?|
                (?:some|the|these|a\ few|certain)\ (?:numbers|figures|data|details|dates)\ (?:here|below|above|in\ this\ (?:post|article|draft))\ (?:are|is|may\ be))""",
        X,
    ),
    "my ", "previous", "last", "fetch", "retriev", "brows", "queries", "so ",
)
_EN_THIS_DRAFT = _GatedI(
    lazy(
        r"""\b(?:this|the\ current|the\ above|the\ below)\ draft\b(?!\ (?:of|bill|law|rule|regulation|proposal|budget|legislation|resolution|agreement|treaty|guidance|report))|
            \bthe\ (?:full|complete|final|revised|first)\ draft\ is\ (?:above|below)\b""",
        X,
    ),
    "draft",
)
_EN_TARGET = _GatedI(
    lazy(
        r"""\byour\ (?:target|requested|required|specified)\ (?:range|length|word\ count|count|limit)\b|
            \b(?:the|this|my)\ (?:piece|post|article|draft|text|response)\ (?:lands|clocks\ in|sits|weighs\ in|comes\ in)\ at\ (?:about\ |around\ |roughly\ |approximately\ )?\d[\d,]*\ words\b""",
        X,
    ),
    "your", "words",
)
# MEDIUM: the next step on the text, the text reported finished, a self-
# assessment, a format choice, a continuation note
_EN_NEXT_STEP = _GatedI(
    lazy(
        r"""\b(?:I'll|I\ will|I'm\ going\ to|I\ am\ going\ to|let\ me|I\ need\ to)\ (?:now\ )?
            (?:flesh\ out|draft|write|polish|tighten|finish|revise|rewrite|fold|fill\ in|round\ out|verify|double-check)\b(?!\ (?:about|on)\b)
            [^.!?]{0,40}?(?<!\bin\ )\b(?:the|this)\ (?:[\w-]+\ ){0,2}?(?:section|paragraph|conclusion|intro|introduction|outline|body|draft|heading)s?\b|
            ^(?:(?:Now|Okay|OK|Alright|So),?\ )?(?:Time\ to|On\ to)\ (?:write|draft|tackle|finish|wrap\ up)\ the\ (?:[\w-]+\ ){0,2}?(?:section|paragraph|conclusion|intro|introduction|outline|article|post|draft|piece)\b|
            ^(?:Let\ me|I'll|I\ will|I\ need\ to|I'm\ going\ to)\ (?:now\ |first\ )?(?:double-check|check|verify|confirm|look\ (?:for|up|into)|search|find|gather|fetch|research)\b
                [^.!?]{0,50}?\bbefore\ (?:continuing|writing|drafting|moving\ on|proceeding|going\ on|expanding|finishing)\b|
            ^Before\ (?:drafting|writing|finishing|starting|publishing)\ the\ (?:[\w-]+\ ){0,2}?(?:conclusion|intro|introduction|closing|section|article|post|draft|piece)\b[^.!?]*\bI(?:'ll|\ will|\ need\ to|'m\ going\ to)\b""",
        X,
    ),
    "i'll", "i will", "going to", "let me", "need to", "time to", "on to", "before",
)
_EN_DOC_DONE = _GatedI(
    lazy(
        r"""^(?:And\ )?(?:that's|that\ is|this\ is)\ the\ (?:finished|complete|completed|final|full)\ (?:post|article|draft|piece|blog\ post)\b|
            \b(?:the|this|my)\ (?:article|post|draft|piece|blog\ post)\ is\ (?:now\ )?(?:complete|finished|done)(?=[.!,;]|\s*$)|
            ^(?:All|Every|Each)\ (?:of\ the\ )?(?:sections?|parts?|paragraphs?)\ (?:are|is|have\ been|has\ been)\ (?:now\ )?(?:written|drafted|done|complete|finished)\b|
            \btell\ me\ (?:what|if|whether|how)\ you(?:'d|\ would)\ (?:like\ (?:me\ )?to\ )?(?:change|edit|adjust|revise|tweak|cut|add)(?:\ (?:anything|it|this))?[.!?]?$|
            ^Over\ to\ you\b[^.!?]{0,30}?\b(?:read-?through|review|sign-off|approval|edits)\b""",
        X,
    ),
    "that", "this", "is ", "all", "every", "each", "tell me", "over to",
)
_EN_FOR_REVIEW = _GatedI(lazy(r"\b(?:ready\ )?for\ your\ (?:review|approval|feedback|sign-off|edits)\b", X), "your")
_EN_SELF_ASSESS = _GatedI(
    lazy(
        r"""\b(?:the|this)\ (?:structure|flow|intro|introduction|conclusion|draft|piece|article|post|argument|pacing)\ 
            (?:flows\ (?:well|nicely)|reads\ (?:well|smoothly|nicely)|works\ well|could\ be\ (?:tighter|shorter|longer|stronger|clearer|punchier))|
            \bI(?:'m|\ am)\ (?:\w+\ )?(?:happy|pleased|satisfied)\ with\ how\ (?:the|this)\ (?:argument|piece|article|post|draft|structure|essay)\ (?:came\ together|turned\ out|reads|flows)\b""",
        X,
    ),
    "flows", "reads", "works", "could be", "how ",
)
_EN_FORMAT = _GatedI(
    lazy(r"^(?:Each|Every|All)\ (?:of\ the\ )?(?:headings?|paragraphs?|sections?|subheadings?)\ (?:is|are|stays?|remains?|runs?|keeps?)\ (?:in\ (?:sentence|title)\ case|under|below|within|at\ most|no\ (?:longer|more))\b", X),
    "each", "every", "all",
)
_EN_CONTINUES = _GatedI(
    lazy(
        r"""^(?:Resuming|Continuing|Carrying\ on\ with|Picking\ up)\ (?:the|my)\ (?:article|post|draft|piece|text)\b[^.!?]{0,60}[:.]$|
            ^(?:This|Here)\ (?:continues|picks\ up|resumes)\ (?:the|my)\ (?:text|article|post|draft|piece)\b""",
        X,
    ),
    "resum", "continu", "carrying", "picking", "picks",
)


# each pattern is tried only when the sentence has a word of each of its
# sets (the words are split once per sentence): an English post
# has "I", "you" and "the" in most sentences, rarely both sets
def _words(*groups: str) -> frozenset:
    return frozenset(" ".join(groups).split())


_EN_YOU = _words("you your you've")
_EN_FP_WORDS = _words("i my me let")
# the generation's medium named by the agent: "…and continue in my next
# message" (not "in the next message, the scammer asks for…")
_EN_MY_NEXT_MESSAGE = _GatedI(lazy(r"\b(?:in|with)\ my\ (?:next|following)\ (?:message|reply|response)\b", X), "my ")
# at an edge only: the text handed over as what the requester asked for, more
# work offered on it, the agent stopping or moving on in its writing
_EN_YOU_ASKED_FOR = _GatedI(
    lazy(
        r"\b(?:the|this)\ (?:article|post|blog\ post|piece|draft|summary|outline|text|write-?up)\ you\ "
        r"(?:asked\ for|requested|wanted|asked\ me\ to\ (?:write|draft|prepare))\b",
        X,
    ),
    "you",
)
_EN_CAN_REWORK = _GatedI(
    lazy(
        r"\bI\ can\ (?:also\ )?(?:condense|shorten|trim|expand|rewrite|revise|adjust|tweak|tailor|lengthen|reformat|summari[sz]e)\ "
        r"(?:this|it|the\ (?:article|post|piece|draft|text))\b",
        X,
    ),
    "i can",
)
_EN_STOPS_HERE = _GatedI(
    lazy(
        r"\bI'll\ stop\ here\b|\b(?:I'll|I\ will|let\ me)\ (?:now\ )?move\ on\ to\ the\ (?:[\w-]+\ ){0,3}?(?:section|part|chapter)\b|"
        r"\b(?:in|with)\ the\ (?:next|following)\ (?:message|reply|response)\b",
        X,
    ),
    "stop", "move", "next", "following",
)
_EN_KINDS_SURE = (
    (_EN_MY_NEXT_MESSAGE, "talks about its own generation (its next message)", False, (_words("message reply response"), _words("my"))),
    (_EN_YOUR_INSTRUCTIONS, "addresses the requester's instructions", False,
     (_EN_YOU, _words("outline brief instructions instruction request prompt guide guidelines list notes requirements spec specs specification",
                      "specifications direction message suggested gave provided asked requested specified sent shared supplied attached listed",
                      "mentioned said wanted noted indicated told instructed"))),
    (_EN_AS_SPECIFIED, "follows the requester's specification", True, (_words("specified instructed briefed requested brief instructions outline prompt"),)),
    (_EN_GENERATION, "talks about its own generation (previous output, fetch, queries)", False,
     (_words("response output reply message answer generation fetch fetched retrieve retrieved browsing fetching queries timed failed errored 404"),)),
    (_EN_TARGET, "length self-check", False, (_words("target lands clocks sits weighs comes"),)),
)
_EN_KINDS_EDGE = (
    (_EN_NEXT_STEP, "the agent's next step on the text", False,
     (_words("i let time on before"),
      _words("flesh draft drafting write writing polish tighten finish finishing revise rewrite fold fill round verify double check",
             "confirm look search find gather fetch research tackle"))),
    (_EN_SELF_ASSESS, "assesses its own writing", True, (_EN_FP_WORDS, _words("flows reads works could came turned"))),
    (_EN_FORMAT, "reports a format choice", False, (_words("each every all"), _words("heading headings paragraph paragraphs section sections subheadings"))),
    (_EN_CONTINUES, "announces the continuation", False, (_words("resuming continuing carrying picking continues picks resumes"),)),
    (_EN_YOU_ASKED_FOR, "hands over the text the requester asked for", False, (_EN_YOU, _words("asked requested wanted"))),
    (_EN_CAN_REWORK, "offers more work on the text", False,
     (_words("can"), _words("condense shorten trim expand rewrite revise adjust tweak tailor lengthen reformat summarise summarize"))),
    (_EN_STOPS_HERE, "the agent stops or moves on in its writing", False, (_words("stop move next following"),)),
)
_EN_DRAFT_WORDS = _words("draft")
_EN_TEXT_NOUN = lazy(r"\b(?:post|article|draft|piece|section|sections|paragraphs?|intro|introduction|conclusion|headings?)\b", X)
_EN_WRITING_NOUN = lazy(r"\b(?:spelling|tone|words|headings?|style|format|formatting|length|sections?|keywords?|voice|person|case|paragraphs?)\b", X)
_EN_ADVICE = lazy(r"\b(?:should|must|make\ sure|you\ can|you'll|you\ will|you\ may)\b", X)
_EN_DONE_WORDS = (_words("finished complete completed final full done written drafted tell over"),
                  _words("post article draft piece sections section parts paragraphs you"))


# the rarest set of each kind above: a sentence with none of these words has
# no round-7 evidence (most sentences of an English post)
_EN_KIND_DECISIVE = frozenset().union(
    *(triggers[-1] for _, _, _, triggers in _EN_KINDS_SURE + _EN_KINDS_EDGE), _EN_DRAFT_WORDS, _EN_DONE_WORDS[0]
)


def _has_words(words: frozenset, sets) -> bool:
    for triggers in reversed(sets):  # the rarest set last in each tuple: tried first
        if words.isdisjoint(triggers):
            return False
    return True


def _en_kind_evidence(text: str, bare: str) -> tuple[int, str]:
    """Round-7 kinds (above) for an English sentence (``bare``: quotes masked;
    its words are taken from ``text``, a superset)."""
    found = _ascii_words(text)
    if _EN_KIND_DECISIVE.isdisjoint(found):
        return 0, ""
    words = frozenset(found)
    for pattern, what, needs_fp, triggers in _EN_KINDS_SURE:
        if not _has_words(words, triggers):
            continue
        m = pattern.search(bare)
        if not m:
            continue
        fp = _FIRST_PERSON.search(bare)
        if pattern is _EN_YOUR_INSTRUCTIONS:
            # the requester's brief acted on by the agent ("I…") or in the text
            # ("the post opens with…"); a how-to tells the reader what to do
            # with theirs ("In your message to the landlord, mention…")
            if not (fp or _EN_TEXT_NOUN.search(bare)) or (not fp and _EN_ADVICE.search(bare)):
                continue
            return (MEDIUM if _EN_ADVICE.search(bare) else HARD), f"{what} “{m.group(0)}”"
        if pattern is _EN_AS_SPECIFIED:
            # "I ran the memory at 6000 MT/s, as specified" is a reviewer's
            if not (fp and (_EN_WRITING_NOUN.search(bare) or "brief" in m.group(0))):
                continue
            return HARD, f"{what} “{m.group(0)}”"
        return HARD, f"{what} “{m.group(0)}”"
    if not words.isdisjoint(_EN_DRAFT_WORDS):
        m = _EN_THIS_DRAFT.search(bare)
        # "the full draft is above" (not "this draft" with "I": a commentator's
        # word for a bill too, "the key change in this draft")
        if m and ("above" in m.group(0) or "below" in m.group(0)):
            return HARD, f"calls its own text a draft “{m.group(0)}”"
    if _has_words(words, _EN_DONE_WORDS):
        m = _EN_DOC_DONE.search(bare)
        if m:
            # handed over for the requester's review, or said finished twice
            # ("All sections are now written, so the piece is complete"): sure
            sure = _EN_FOR_REVIEW.search(bare) or _EN_DOC_DONE.search(bare[m.end():])
            return (HARD if sure else MEDIUM), f"reports the article finished or asks for the requester's review “{m.group(0)}”"
    for pattern, what, needs_fp, triggers in _EN_KINDS_EDGE:
        if not _has_words(words, triggers):
            continue
        m = pattern.search(bare)
        if m and (not needs_fp or _FIRST_PERSON.search(bare)) and not _FUTURE_POST.search(bare):
            return MEDIUM, f"{what} “{m.group(0)}”"
    return 0, ""


_JA_BARE_YES = frozenset(("はい！", "はい!", "はい。", "ええ。", "ええ！"))


def _ja_evidence(bare: str, ctx: Ctx) -> tuple[int, str]:
    formula = _JA_ANCHOR.search(bare)
    kind = formula or _JA_KIND_ANCHOR.search(bare)
    if not kind:
        # a bare "はい！" has no anchor word (and is too common a character
        # run to be one): weak evidence, it goes only next to removed narration
        return (SOFT, "compliance interjection") if bare in _JA_BARE_YES else (0, "")
    found = _ja_formula_evidence(bare, ctx) if formula else (0, "")
    if found[0] >= HARD or not kind:
        return found
    more = _ja_kind_evidence(bare)
    return more if more[0] > found[0] else found


def _ja_formula_evidence(bare: str, ctx: Ctx) -> tuple[int, str]:
    m = _JA_ACK.search(bare) or _JA_ACK2.search(bare)
    if m:
        return HARD, f"acknowledgement formula “{m.group(0)}”"
    for pattern, what in (
        (_JA_INSTRUCTION, "prompt instruction echoed"),
        (_JA_PROMPT_ASK, "prompt instruction echoed"),
        (_JA_SPEC, "refers to the requester's specification"),
        (_JA_SEARCH, "search narration"),
        (_JA_NO_RESULT, "search or tool failure narration"),
        (_JA_AI_SELF, "the agent says what it cannot do as an AI"),
        (_JA_OFFER, "offer to the requester"),
        (_JA_POSTAMBLE, "chat postamble"),
        (_JA_SELFCHECK, "length self-check"),
        (_JA_SELFCHECK2, "length self-check"),
        (_JA_PREAMBLE_SHORT, "announces the article as a deliverable"),
        (_JA_LENGTH_SPEC, "length self-check"),
    ):
        m = pattern.search(bare)
        if m and not (pattern is _JA_SPEC and _JA_SPEC_GENERIC.search(m.group(0)) and not _JA_SPEC_ABOUT_TEXT.search(bare)):
            if pattern is _JA_POSTAMBLE and not _JA_ASKS_REQUESTER.search(bare):
                return SOFT, f"{what} “{m.group(0)}”"  # alone, not enough anywhere
            return HARD, f"{what} “{m.group(0)}”"
    m = _JA_OFFER_MORE.search(bare)
    if m:
        # "必要に応じて設定を変更することも可能です" is an article's sentence:
        # an offer is sure only when it is about the text and to the requester
        w = _JA_WRITING_OBJECT.search(bare)
        level = (HARD if m.group(0).startswith("ご") else MEDIUM) if w else SOFT
        return level, f"offer of more work to the requester “{m.group(0)}”"
    m = _JA_CANNOT_WORK.search(bare)
    if m:
        return HARD, f"the agent cannot do its task “{m.group(0)}”"
    m = _JA_CANNOT_WORK_MAYBE.search(bare)
    if m:
        return MEDIUM, f"the agent cannot do its task “{m.group(0)}”"
    m = _JA_WANT_WRITTEN.search(bare)
    if m and not _JA_READER.search(bare):
        return HARD, f"offer of more work to the requester “{m.group(0)}”"
    m = _JA_OUTPUT.search(bare)
    if m:
        # (an article about AI tools says "the output stops" too: an edge decides)
        return MEDIUM, f"talks about its own output “{m.group(0)}”"
    if _JA_CONTINUE.search(bare) and _JA_WRITING.search(bare):
        return HARD, f"the article's continuation as an object being written “{_JA_WRITING.search(bare).group(0)}”"
    m = _JA_APOLOGY.search(bare) or _JA_APOLOGY2.search(bare)
    if m:
        p = _JA_PROCESS.search(bare)
        if p:
            return HARD, f"apology about the work “{m.group(0)}…{p.group(0)}”"
        return SOFT, f"apology “{m.group(0)}”"
    m = _JA_REQUEST.search(bare) or _JA_ASK.search(bare)
    if m and _JA_REQUEST_OBJECT.search(bare) and not _JA_READER.search(bare):
        return HARD, f"request to the requester “{m.group(0)}”"
    m = _JA_PREAMBLE.search(bare)
    if m:
        return (HARD if ctx.start else SOFT), "announces the article as a deliverable"
    m = _JA_PLAN.search(bare)
    if m:
        return MEDIUM, f"plan narration “{m.group(0)}”"
    m = _JA_AI_MAYBE.search(bare)
    if m:
        return MEDIUM, f"the agent says what it cannot do as an AI “{m.group(0)}”"
    lead = _JA_ARTICLE_LEAD.search(bare)
    for pattern, what in (
        (_JA_DOC_WORK, "the article as an object being written"),
        (_JA_DONE, "reports the article finished"),
        (_JA_RESEARCH, "research plan"),
        (_JA_SEARCH_BASED, "search narration"),
        (_JA_RETRY, "retry narration"),
        (_JA_MAIL_CLOSING, "closing addressed to the requester"),
        (_JA_AS_REQUESTED, "follows the requester's wishes"),
        (_JA_CONTINUE_HERE, "announces the continuation"),
        (_JA_RESEARCH_BASED, "the article as an object being written"),
        (_JA_ROLE, "the article as an object being written"),
    ):
        m = pattern.search(bare)
        if m and not (lead and pattern is _JA_RESEARCH):
            return MEDIUM, f"{what} “{m.group(0)}”"
    m = _JA_WRITING.search(bare)
    if m:
        return SOFT, f"the article as an object being written “{m.group(0)}”"
    if _ECHO_LINE.search(bare.strip()) or _ECHO_PAREN.search(bare.strip()) or _ECHO_LABEL.search(bare.strip()):
        return HARD, "prompt scaffolding echoed"
    m = _JA_SOFT.search(bare)
    if m:
        return SOFT, f"“{m.group(0)}”"
    return 0, ""


def _en_evidence(text: str, bare: str, ctx: Ctx) -> tuple[int, str]:
    found = _en_formula_evidence(text, bare, ctx)
    if found[0] >= HARD:
        return found
    more = _en_kind_evidence(text, bare)
    return more if more[0] > found[0] else found


def _en_formula_evidence(text: str, bare: str, ctx: Ctx) -> tuple[int, str]:
    for pattern, what in (
        (_SEARCH_RESULT, "search narration"),
        (_MY_SEARCH_FOR, "search narration"),
        (_REFINED_QUERY, "search narration"),
        (_SELFCHECK, "length self-check"),
        (_STATUS, "agent status report"),
        (_ESTABLISHED, "plan narration"),
        (_MY_STEP, "plan narration"),
        (_AS_AI, "the agent speaks as an AI"),
        (_ECHO_BRACKET_EN, "prompt scaffolding echoed"),
        (_PREAMBLE_SHORT, "announces the article as a deliverable"),
        (_PREAMBLE_HEADS_ONLY, "announces the article as a deliverable"),
        (_MY_LAST_OUTPUT, "talks about its own output"),
        (_TOOL_LABEL, "tool trace"),
    ):
        m = pattern.search(bare)
        if m:
            return HARD, f"{what} “{m.group(0)}”"
    fp = None if _FP_WORDS.isdisjoint(_ascii_words(text)) else _FIRST_PERSON.search(bare)
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
        # a tool named with what its call did, or with the agent's "I" ("I
        # need to call the write_file tool"), is a trace, not a mention
        outcome = _TOOL_OUTCOME.search(bare)
        what = f" and its outcome “{outcome.group(0)}”" if outcome else f" with “{fp.group(0)}”" if fp else ""
        return (HARD if what else MEDIUM), f"tool name “{tool.group(0)}”{what}"
    m = _PLAN.search(bare)
    if m and not _FUTURE_POST.search(bare):
        return MEDIUM, f"plan narration “{m.group(0)}”"
    # an article about software says these too ("When no results were found,
    # the engine showed ads", "The tool call returned an error code…",
    # "Write a blog post every week"): sure only with the agent's "I"/"my"
    # or the prompt's own specification, else weak
    m = _NO_RESULTS.search(bare)
    if m:
        sure = fp and _SEARCH_CONTEXT.search(bare) or _THIS_QUERY.search(bare)
        return (MEDIUM if sure else SOFT), f"search narration “{m.group(0)}”"
    m = _WRONG_PATH.search(bare)
    if m:
        # ("a wrong file path crashed the build" is a software article's;
        # "Oops, that was the wrong file path" the agent's own)
        sure = fp or bare.startswith(("Oops", "Whoops", "Sorry", "My bad"))
        return (HARD if sure else SOFT), f"tool error narration “{m.group(0)}”"
    m = _TOOL_FAIL.search(bare) or _NAMED_TOOL_FAIL.search(bare)
    if m:
        # ("the browsing tool" is the agent's own word for its tool)
        return (HARD if fp or "brows" in m.group(0) else SOFT), f"tool failure narration “{m.group(0)}”"
    m = _PROMPT_EN.search(bare)
    if m:
        return (HARD if _PROMPT_SPEC.search(bare) else SOFT), f"prompt instruction echoed “{m.group(0)}”"
    for pattern, what in ((_SEARCHED_NOTHING, "the agent found nothing"), (_RESEARCH_DONE_EN, "research narration")):
        m = pattern.search(bare)
        if m:
            # (a columnist searches and reads sources too: only "…found
            # nothing." said and left there is the agent's report)
            ends = pattern is _SEARCHED_NOTHING and _ENDS_ON_NOTHING.search(bare)
            return (MEDIUM if ends else SOFT), f"{what} “{m.group(0)}”"
    for pattern, what in (
        (_COULD_NOT_FIND, "the agent found nothing"),
        (_AS_REQUESTED, "addresses the requester"),
        (_THANKS_TASK, "thanks the requester for the task"),
        (_STYLE_PROMISE, "promises a style for the article"),
        (_OFFER_IF, "offers more work to the requester"),
        (_YOUR_TOPIC, "addresses the requester"),
        (_CONTINUING, "announces the continuation"),
        (_CLOSING_SELF, "offers more work to the requester"),
        (_RETRYING, "retry narration"),
        (_SAVED, "agent status report"),
        (_READY, "reports the article finished"),
        (_HAPPY_TO, "offers more work to the requester"),
        (_CAN_HELP, "offers help to the requester"),
        (_DONE_EN, "reports the article finished"),
    ):
        m = pattern.search(bare)
        if m:
            return MEDIUM, f"{what} “{m.group(0)}”"
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
_JA_ANCHOR_ANYWHERE = LazyLed(_JA_ANCHOR.pattern.replace("[）)]$", "[）)]") + "|" + _JA_KIND_ANCHOR.pattern)


def _cut_preamble_heads(text: str, sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """Cut a deliverable announcement run on to the next sentence with a
    colon ("Here is the article: Demand…") into a sentence of its own."""
    if ":" not in text or not _may_be_english_narration(text):
        return sentences
    out: list[Sentence] = []
    for s in sentences:
        m = _PREAMBLE_HEAD.match(s.text) if ":" in s.text else None
        if m:
            cut = text.index(s.text, s.start) + m.end()
            out += [Sentence(s.start, cut, text[s.start : cut].strip()), Sentence(cut, s.end, text[cut : s.end].strip())]
        else:
            out.append(s)
    return tuple(out)


@per_post_cache(maxsize=4096)
def _judge_block_text(text: str, ctx: Ctx) -> tuple[tuple[object, _Verdict, bool], ...]:
    """Judge each sentence of a paragraph; returns (sentence, verdict, removed).

    Cached (the verdicts are not changed afterwards): the end of the post is
    judged twice, and each pass of the pipeline judges every paragraph again."""
    sentences = _cut_preamble_heads(text, split_sentences(text))
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
    language = doc.language()
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
    title = _title_of(doc)
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
            at_start = at_start and _is_title_line(new_text, title, out)
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
            at_start = at_start and _is_title_line(block.text, title, out)
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


def _title_of(doc: Document) -> str:
    title = doc.front_matter.get("title") if doc.front_matter is not None else None
    return title if isinstance(title, str) else ""


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
