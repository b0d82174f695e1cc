"""Evidence of agent speech in English sentences (see the package docstring)."""

from __future__ import annotations

import functools
import re

import regex

from ...patterns import lazy
from .common import HARD, MEDIUM, SOFT, Ctx, X, _Gated, _GatedI, _attributed, _foreign, first_match

_FIRST_PERSON = lazy(r"\b(?:I|I'm|I'll|I've|I'd|me|my|myself|let\ me)\b", X)
_PROCESS = lazy(
    r"""\b(?:
        web\ search(?:es)?|search\ (?:query|queries|results?|hits|phrase|terms?|tool)|
        (?:initial|refined|broader|first|previous|new|english|japanese)\ search(?:es)?|
        tool\ calls?|wrong\ (?:function|command|parameters?|arguments?|file\ name)|function\ name|available\ tools|function\ calls?|
        daily\ quota|quota\ limit|rate\ limit|the\ underlying\ model|
        persona|article\ (?:structure|framework|outline)|browsing\ capabilit(?:y|ies)|my\ (?:training\ data|knowledge\ cut-?off)|(?:structure|outline)\ of\ the\ (?:article|post)|word\ count|character\ count|
        (?:to|into|as)\ (?:a|the)\ file
    )\b""",
    X,
)
_TOOL_ID = lazy(
    r"\b(?:default_api|write_file|read_file|web_fetch|write_todos|google_search|google_web_search|web_search|browse_web|file_write|save_file|run_shell_command|read_many_files|search_file_content)\b"
)
# what the search was for, then what it gave: a search that found nothing,
# or found information - not "three offers" or "a dozen banks" (a person's
# "My first search for a cheaper phone plan turned up three offers")
_MY_SEARCH_FOR = lazy(
    r"""\bmy\ (?:\w+\ ){0,2}search(?:es)?\ for\ (?:[\w'"“”-]+\ ){1,4}?(?:(?:has|have|had|also)\ )?
        (?:came\ back|came\ up\ empty|did\ not|didn't|failed|was\ unsuccessful|
           (?:yielded|returned|found|turned\ up)\ (?:no|zero|nothing|little|limited|only|few|some|several|any|(?:\w+\ ){0,2}(?:results?|information|details|data|articles|sources|news|reports|hits|mentions|coverage)\b))""",
    X,
)
_SEARCH_RESULT = lazy(
    r"""\b(?:the|my|that|this)\ (?:\w+\ ){0,2}search(?:es)?\ (?:in\ [\w-]+\ )?(?:(?:has|have|had|also)\ )?
        (?:yielded|returned|provided|found|showed|revealed|gave|produced|came\ back|came\ up\ empty|turned\ up|did\ not|didn't|failed|was\ unsuccessful)""",
    X,
)
# a search reported in the agent's own terms: its kind of search ("the
# initial/web search"), what it was after ("comprehensive details", "the
# necessary information") or the agent's next step ("…, so I'll broaden
# it"); without one, "The search returned nothing useful for the model I
# wanted, so I emailed a reviewer" is a blogger's story
_SEARCH_SURE = lazy(
    r"""\b(?:refined|broader|narrower)\ (?:web\ )?search(?:es)?\b
        (?=[^.!?]*\b(?:no|not|nothing|failed|unsuccessful|empty|limited|insufficient)\b|[^.!?]*n't\b)|
        \b(?:initial|follow-up|subsequent)\ (?:web\ )?search(?:es)?\b
        (?=[^.!?]*\b(?:no\ (?:relevant\ |useful\ |new\ )?results|nothing\ (?:on|about|relevant|specific|new)|came\ up\ empty|limited\ information|insufficient)\b)|
        \b(?:comprehensive|sufficient|the\ necessary|the\ requested|the\ required)\ (?:\w+\ )?(?:details|information|data|sources)\b|
        \bI(?:'ll|\ will|'m\ going\ to)\b|\blet\ me\b|
        \b(?:keywords|search\ terms|quer(?:y|ies))\b|
        \bsearch(?:es)?\ in\ (?:Japanese|English|Chinese|Korean|German|French|Spanish)\b(?=[^.!?]*\b(?:little|few|no|nothing|not|failed)\b)|
        \bswitched\ to\ (?:English|Japanese|broader|different|other)\ (?:sources|results|searches|queries|terms|keywords)\b|
        ^(?:the|my|this|that)\ (?:\w+\ ){0,2}search(?:es)?\ (?:\w+\ ){1,2}(?:no|zero|any)\ (?:\w+\ )?results?[.!]?$""",
    X,
)
_REFINED_QUERY = lazy(r"^Here(?:'s|\ is)\ (?:the|my)\ (?:\w+\ )?search\ (?:query|queries|terms?)", X)
_DELIVERABLE = lazy(
    r"""\b(?:write|draft|craft|compose|provide|complete|finish|synthesi[sz]e|save|output|generate|produce|create|deliver|present)s?\b
        [^.!?]{0,40}?\b(?:the|an|a|your)\ (?:\w+\ ){0,3}?(?:article|blog\ post|post|draft|piece|essay|outline|response)\b
        (?!\ of\ (?:my|our|his|her|their)\ (?:book|novel|thesis|dissertation|memoir|screenplay|play|paper))""",
    X,
)
_PLAN = lazy(
    r"""^(?:(?:Now|Next|First|Then|Finally|Alright|Okay|OK|Sure|So),?\ )?(?:I(?:'ll|\ will|\ am\ going\ to|'m\ going\ to|\ need\ to)|let\ me)\ (?:\w+\ ){0,2}?
        (?:search|execute|run|call|use\ the|write\ the|draft|compose|craft|begin\ writing|start\ writing|proceed|retry|try\ again|
           correct|broaden|switch|look\ up|look\ into|research|gather|fetch|browse|synthesi[sz]e|refine|
           narrow\ (?:down\ )?(?:the|my)\ (?:search|query|queries|results)|
           put\ together\ (?:the|an?|your|this)\ (?:article|post|blog\ post|draft|piece)|
           start\ by\ (?:research|search|gather|draft|collect)|
           start\ by\ outlining\ (?:\w+\ ){0,3}?of\ (?:the|this|your)\ (?:article|blog\ post|post|piece)\b|
           continue\ (?:from|where|(?:the|this|my)\ (?:article|post|draft|piece|text))|
           # (not "the next section of the trail": a hiker's)
           continue\ with\ the\ (?:article|post|(?:[\w-]+\ ){0,3}?(?:section|part|chapter)\b(?!\ of\ (?!the\ (?:article|post|draft|text|piece)\b)))|
           use\ (?:illustrative|hypothetical|placeholder)\ (?:figures|numbers|data|values)\b)""",
    X,
)
# a person's plans use these verbs too ("I'll call the plumber", "I'll try
# again next spring", "I'll use the leftover rice"): the agent's plan with
# one of them names what it works on - a search, a tool, its sources, the text
_PLAN_EVERYDAY = lazy(r"(?:search|execute|run|call|use\ the|write\ the|proceed|retry|try\ again|correct|switch|look\ up|look\ into|research|gather)$", X)
_PLAN_OBJECT = lazy(
    r"""\b(?:search(?:es)?|quer(?:y|ies)|keywords?|search\ terms|tools?|functions?|API|results|sources|information|data|details|figures|numbers|statistics|
        news|reports|coverage|background|forecasts?|analysts?|web|internet|online|article|draft|sections?|outline|intro|introduction|conclusion|body|text|[a-z]+_[a-z_]+)\b""",
    X,
)
# at an edge only (MEDIUM): the deliverable handed over as done ("The
# requested blog post is now complete at around 420 words"), the research
# declared sufficient ("Okay, I have enough material now from the manuals"),
# the writing announced below ("Drafting the full post below, …", "Below
# you'll find the complete post, ready to paste…"); each ends the sentence
# or is followed only by the agent's own terms ("…now complete at around 420
# words"): "The requested page is ready for the editor", "Writing the full
# post below took me three weekends" and "I can produce a printed version if
# that helps your class" are a writer's
_EN_EDGE_MORE = lazy(
    r"""^(?:The|Your)\ requested\ (?:article|blog\ post|post|piece|draft)\ is\ (?:now\ )?(?:complete|finished|done|ready)
          (?:[.!]?$|\ (?:at|with)\ (?:around\ |about\ |roughly\ |approximately\ )?[\d,]+\ words\b|\ (?:below|above)\b)|
        ^(?:The|This|Your)\ (?:article|blog\ post|post)\ is\ (?:now\ )?(?:complete|finished|done)\ (?:at|with)\ (?:around\ |about\ |roughly\ |approximately\ )?[\d,]+\ words\b|
        ^(?:Okay|OK|Alright|Right|Great),?\ I(?:\ now)?\ have\ enough\ (?:material|information|info|sources|research|context|data)\ (?:now(?:\ from\b|[.!]?$)|to\ (?:write|draft|start\ writing|begin\ writing)\ (?:the|this|your)\b)|
        ^I(?:\ now)?\ have\ enough\ (?:material|information|info|sources|research|context|data)\ (?:now\ )?to\ (?:write|draft|start\ writing|begin\ writing)\ (?:the|this|your)\ (?:article|blog\ post|post|piece|draft)\b|
        ^I\ can\ (?:also\ )?(?:produce|put\ together)\ (?:a|an)\ (?:[\w-]+\ ){0,3}?(?:version|draft|summary|rewrite)\b[^.!?]{0,40}\bif\ (?:that|it|this)\ (?:would\ )?helps?[.!]?$|
        ^(?:Drafting|Writing)\ (?:the|your)\ (?:full\ |complete\ |final\ )?(?:article|blog\ post|post|draft)\ (?:below|now)(?:[.:!]?$|,)|
        ^Below\ you(?:'ll|\ will)\ find\ (?:the|your)\ (?:complete\ |full\ |final\ )?(?:article|blog\ post|post|draft)(?:[.:!]?$|,\ ready\ to\ (?:paste|publish|post|use)\b)|
        ^The\ call\ to\ `?[a-z]+_[a-z_]+`?[^.!?]{0,80}?\b(?:timed\ out|failed|errored)\b[^.!?]{0,80}?(?:\bagain\b|\bso\ I(?:'m|'ll|\ am|\ will)\b|\binstead\b)""",
    X,
)
_MY_STEP = lazy(r"^My\ (?:next\ step|plan|approach|strategy)\ (?:is|will\ be)\b", X)
# the agent's own work done (a person "has drafted a letter to the landlord",
# "has completed the marathon", "has compiled a list of cafés")
_ESTABLISHED = lazy(
    r"""^I(?:'ve|\ have)\ (?:established|outlined|gathered|completed|finished|drafted|compiled|collected)\ (?:[\w-]+\ ){0,3}?
        (?:article|structure|outline|sections?|introduction|intro|conclusion|draft|research|framework|(?:necessary|relevant|required|key)\ (?:information|details|data|points))\b""",
    X,
)
_APOLOGY = lazy(r"^(?:My\ (?:sincere\ |deepest\ )?apologies|(?-i:Apologies)\b|I\ (?:sincerely\ )?apologi[sz]e|(?:I'm|I\ am)\ (?:so\ |very\ )?sorry|Sorry)\b", X)
# an article about AI says these with its writer's "I" too ("Let me be clear:
# the tool did not lie", "I used the wrong tool for triage at first: a
# spreadsheet"): weak, they go only next to removed narration (the agent's
# "I used the wrong tool." stands before "It should have been
# `default_api.write_file`")
_PROCESS_GENERIC = lazy(r"\b(?:the\ tools?|wrong\ tool)\b", X)
# a columnist's correction is an apology too, made in public: to the readers,
# for a published piece ("I apologize to readers for an error in last week's
# column")
_PUBLIC_APOLOGY = lazy(
    r"\bto\ (?:our\ |my\ |all\ (?:our\ |my\ )?)?(?:readers|subscribers|listeners|viewers|customers|users|audience|followers)\b|"
    # or to somebody the story names: the agent apologises to "you"
    r"^My\ (?:sincere\ |deepest\ )?apologies\ to\ (?!you\b)|\bapologi[sz]e\ to\ (?!you\b)|"
    r"\b(?:last\ (?:week|month)'s|yesterday's|this\ (?:week|month)'s|an?\ (?:earlier|previous)|the\ (?:original|printed))\ (?:column|post|article|issue|episode|newsletter|edition|story)\b",
    X,
)
_THIRD_PERSON_AGENT = lazy(r"\b(?:the|an?|our|their|its|this|that)\ (?:agent|model|assistant|bot|chatbot|LLM|copilot)s?\b", X)
# trouble anyone apologises for (the rest of _AGENT_TROUBLE is the agent's:
# its tool, search, output, quota, truncated reply)
_COMMON_TROUBLE = lazy(r"(?i:error|mistake|wrong|confusion|oversight|loop|unable|cannot|can't)")
_BARE_TROUBLE = lazy(r"(?i)\b(error|mistake|wrong|confusion|oversight)\W{0,3}(?:\w+\W{1,3}){0,2}$")
_AGENT_TROUBLE = lazy(
    r"\b(?:error|mistake|wrong|tool|search|unable|cannot|can't|confusion|oversight|loop|quota|function|previous\ response|output|incomplete|truncated|cut\ off|cutoff|cut-off|interruption|interrupted|(?:length|token|output)\ limit|previous\ reply)\b", X
)
# the agent's own means: the web, live data, a link, its tools, the task (a
# person "couldn't access my account" or "was unable to complete the marathon")
_UNABLE = lazy(
    r"""\bI(?:(?:'m|\ am|\ was)?\ (?:currently\ )?(?:unable|not\ able|cannot|can't|could\ not|couldn't)|\ (?:wasn't|was\ not)\ able)\ (?:to\ )?
        (?:browse|fulfil|fulfill|directly\ write|write\ the\ (?:full\ |complete\ |requested\ |entire\ )?(?:article|post|blog|piece|essay|draft)|
           (?:perform|access|search|complete|retrieve|use|gather|open|fetch|verify)\ (?:[\w-]+\ ){0,3}?
           (?:real-time|live|current|up-to-date|external|online|the\ internet|the\ web|web|websites?|URLs?|links?|browsing|search(?:es)?|tools?|
              (?:the\ )?(?:provided|given|specified|requested|linked)|information|the\ (?:article|file|document|page|content|task|request|sources?)|
              this\ (?:task|request|search|information)|your\ (?:request|task|document|file|link|instructions))\b
        )""",
    X,
)
_PREAMBLE = lazy(
    r"""^(?:(?:Sure|Certainly|Of\ course|Absolutely|Okay|OK|Alright|Great(?:\ question)?|As\ requested)\s*[!,.—–-]?\s*)?
        (?:based\ on\ (?:my|the)\ (?:research|findings|searches|search\ results|notes),\s*)?
        (?:Here(?:'s|\ is|\ are)|Below\ (?:is|are)|Attached\ is|I've\ (?:written|drafted|prepared|created|rewritten|revised|put\ together))\s+
        (?:(?:the|a|an|your|my)\s+)?(?:[\w,-]+\s+){0,4}?
        (?:article|blog\ post|post|draft|piece|essay|version|rewrite|content|markdown|write-?up|copy|continuation|remainder)\b
        (?![^:]*\]\()[^.!:]{0,140}[:.!]?$""",
    X,
)
_INTERJECTION = lazy(r"^(?:Sure(?:\ thing)?|Certainly|Of\ course|Absolutely|Okay|OK|Alright|Got\ it|Understood|No\ problem|Great\ question|Oops|Will\ do|On\ it)[!.,]*$", X)
# (and the bare "Let me try again." a failed tool call leaves, a line of its own)
_RETRYING = lazy(r"^(?:Let\ me\ (?:try|retry)(?:\ (?:again|that|once\ more))?[.!…]*$|Retrying|Trying\ again)(?:\ now)?(?:\ with\ (?:a|an|the)\ (?:shorter|simpler|broader|narrower|different|new|smaller)\ (?:query|search|request|prompt|payload|input|chunk)\b[^.!?]{0,80})?[!.,…]*$", X)
_CLOSING = lazy(
    r"""^(?:(?:Please\ )?(?:let\ me\ know|feel\ free\ to\ (?:ask|reach\ out|let\ me\ know|(?:adjust|edit|modify|change|tweak|revise)\ (?:it|this|the\ (?:article|post|draft|text|tone|wording|headings?|title|sections?|length))\b))|Would\ you\ like\ me\ to|
          If\ you(?:'d|\ would)\ like|If\ you\ (?:want|wish)(?=[^.!?]{0,80}\bI\b)|Is\ there\ anything\ else|Do\ you\ want\ me\ to|Shall\ I|
          I\ can\ (?:also\ )?(?:write|create|draft|provide|expand|shorten|make|add|prepare|revise|adjust|rewrite|edit|tweak|turn|convert|adapt)|
          (?:I'm\ |I\ am\ |I'd\ be\ |I\ would\ be\ )?Happy\ to\ (?:help|adjust|revise|make|expand|tweak|write))\b""",
    X,
)
_CLOSING_OBJECT = lazy(
    r"""\b(?:(?:any|further|other)\ (?:changes|edits|revisions|adjustments|modifications|tweaks)|anything\ else|
        another\ (?:version|draft|task|topic)|(?:expand|shorten|adjust|revise|rewrite|tweak|change|modify)\ (?:it|this|the|any)|
        (?:assist|help)\ (?:you\ )?with|try\ again|(?:a|any)\ different\ (?:tone|style|angle|topic)|make\ (?:any\ )?changes|
        (?:shorter|longer|different|alternative|revised|condensed|expanded)\ (?:[\w-]+\ )?version|an?\ (?:[\w-]+\ ){0,2}?version\ (?:with|that|which)\b|(?:like|want)\ me\ to|
        any\ (?:part|section|paragraph)|more\ (?:depth|detail)|if\ (?:that|it|this)\ (?:would\ )?helps?|the\ (?:headings?|title|sections?|wording|tone|length)|(?:more|less)\ [\w-]+\ (?:tone|style))\b""",
    X,
)
_HOPE = lazy(r"^(?:I\ )?hope\ (?:(?:this|that|the)(?:\ (?:article|post|blog\ post|draft|piece|version))?|you\ find\ this|it)\ (?:helps|is\ helpful|was\ helpful|meets|works|suits|fits)\b[^.!?]{0,40}[.!]*$", X)
_STATUS = lazy(
    # the deliverable saved: the agent or its text named near it (a manual's
    # "Cache files are stored in `~/.npm`" is no report); the verb is looked
    # for first, so that the lookarounds run at its few places, not at every
    # letter (they were a fifth of the rule's time on English posts)
    r"""\b(?=(?:saved|written|exported|uploaded|stored)\ )
        (?:(?<=\b(?:I|I've|I\ have|article|post|draft|piece|blog|content)\b[^.!?]{0,80})|(?=[^.!?]{0,80}\b(?:article|post|draft|piece|blog)\b))
        (?:saved|written|exported|uploaded|stored)\ (?:it\ )?(?:to|as|in|at)\ [`'"]?(?:/|~/|\./|[A-Za-z]:\\|[\w-]+\.(?:md|html?|txt|docx))|
        (?<![\d,])\d[\d,]*\ words\b[^.]{0,20}$|^(?:Word|Character)\ count\s*:|
        ^(?:Total\ )?(?:word|character)\ count\s*:\s*(?:about\ |approximately\ |around\ |roughly\ |~)?\d|
        ^(?:Total\ )?length\s*:\s*(?:about\ |approximately\ |around\ |roughly\ |~)?\d[\d,]*\s*(?:words|characters)\b|
        ^(?:The\ )?(?:word|character)\ count\ is\ (?:now\ )?(?:about\ |approximately\ |around\ |roughly\ )?\d""",
    X,
)
_SELFCHECK = lazy(
    # ("This post is about 2,000 words long, so grab a coffee" is a blogger's:
    # with "is", only characters - the requester's unit - or the agent's draft)
    r"""\b(?:the|this|my)\ (?:article|post|draft|text|piece|response|content)\ (?:now\ (?:is|has|contains|comes\ to|totals?|runs(?:\ to)?)|has|contains|comes\ to|totals?|runs(?:\ to)?)\ 
        (?:about\ |approximately\ |around\ |roughly\ |exactly\ |over\ )?\d[\d,]*\ (?:characters|words|chars)|
        \b(?:the|this|my)\ (?:article|post|draft|text|piece|response|content)\ is\ (?:about\ |approximately\ |around\ |roughly\ |exactly\ |over\ )?\d[\d,]*\ (?:characters|chars)|
        \b(?:the|this|my)\ (?:draft|response)\ is\ (?:about\ |approximately\ |around\ |roughly\ |exactly\ |over\ )?\d[\d,]*\ words|
        \b(?:is|falls|sits|stays|lands|keeps\ it|comes\ in)\ (?:well\ |comfortably\ |safely\ |right\ )?within\ the\ (?:requested|required|specified|target|given)\ 
          (?:(?:[\d,]+\s*(?:to|-|–)\s*[\d,]+[-\ ])?(?:word|character)\ (?:range|count|limit)|length|word\ count)|
        \b\d[\d,]*\ (?:words|characters)\b[^.!?]{0,40}?\b(?:is|falls|sits|stays|lands)\ (?:well\ |comfortably\ |safely\ )?within\ the\ (?:requested|required|specified|target|given)\ (?:range|limit|length)|
        \b(?:meets|satisfies)\ (?:the|all\ the|all|your|all\ your)\ (?:(?:required|requested|specified|target|length|word-count)\ (?:requirements?|constraints)|
          (?:(?:required|requested|specified|target)\ )?(?:word|character)\ count|length(?:\ requirements?)?|your\ requirements)""",
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
_TOOL_LABEL = lazy(r"^(?:Tool|Function|Search)\ (?:output|result|response)s?\s*:|^[\[(]?\s*(?:tool_call|tool_code|tool_use|tool_result|function_call)\b\s*[:(]", X)
_RESEARCH_DONE_EN = lazy(
    r"\bI\ (?:reviewed|consulted|checked|gathered|collected)\ (?:several|multiple|various|a\ few|some|the\ available)\ (?:sources|articles|reports|results)\b", X
)
_READY = lazy(
    r"^(?:This|The)\ (?:version|draft|article|post)\ (?:should\ be|is\ now|is)\ ready\ (?:for\ publication|to\ publish|to\ post|for\ posting)[.!]?$"
    r"|^(?:I'm|I\ am)\ (?:now\ )?ready\ to\ (?:present|share|deliver|submit)\ (?:it|the\ (?:article|draft|final\ version))[.!]?$", X
)
_HAPPY_TO = lazy(
    r"\bI(?:'m|\ am|'d\ be|\ would\ be)\ happy\ to\ (?:clarify|help|revise|adjust|expand|make\ changes)\b(?![^.!?]*\bcomments?\b)"
    r"|(?:^|—\s*|–\s*|,\s*)happy\ to\ (?:add|tweak|adjust|expand|revise|shorten|include|rework|change)\b(?![^.!?]*\bcomments?\b)"
    r"|^I\ can\ also\ (?:format|turn|make|write|adapt|convert|rework)\ (?:it|this)\ (?:as|into)\b[^.!?]{0,60}\bif\ you(?:'d)?\ (?:want|like|prefer)\b", X)
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
    r"\bmy\ (?:last|previous)\ (?:message|response|output|reply|answer)\b[^.!?]{0,20}?\b(?:cut\ off|truncated|incomplete|ended|stopped)|"
    # the text carried on from the generation before: "(Continuing from the
    # previous response.)", "Picking up right where the last chunk ended:"
    r"^[(\[]?(?:Continuing|Picking\ up|Resuming|Carrying\ on)\b[^.!?]{0,30}?\b(?:the|my)\ (?:previous|last|earlier)\ (?:response|reply|message|output|chunk|generation|turn)\b[^.!?,]{0,20}[.:!)\]]*$", X
)
_STYLE_PROMISE = lazy(r"^(?:(?:Sure|Certainly|Okay|OK|Alright)[!,.]?\s*)?I'll\ (?:keep|make)\ (?:it|the\ (?:article|post|tone|piece))\ ", X)
_OFFER_IF = lazy(r"^(?:Would\ it\ help\ if\ I|Should\ I\ (?:add|include|expand|write|shorten)|Just\ (?:say\ the\ word|let\ me\ know))\b", X)
_YOUR_TOPIC = lazy(
    r"\bthe\ (?:topic|outline|brief|prompt|instructions|keywords)\ you\ (?:suggested|gave|provided|asked\ for|requested|specified)\b",
    X,
)
_NO_RESULTS = lazy(
    r"\bno\ (?:\w+\ ){0,2}?(?:results?|matches|hits)\ (?:were|was|could\ be)\ (?:found|returned|retrieved)|"
    r"\b(?:returned|turned\ up|yielded|gave)\ (?:only\ )?(?:mixed|conflicting|limited|inconclusive|few|outdated)\ results\b",
    X,
)
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
    r"""\b(?:the|my)\ (?:[a-z]+_[a-z_]+\ (?:tool\ )?call|tool\ call|function\ call)\b[^.!?]{0,40}?
        \b(?:failed|timed\ out|errored|is\ not\ responding|isn't\ responding|returned\ (?:an?\ )?(?:[\w-]+\ )?error|is\ unavailable|did\ not\ respond)""",
    X,
)
_NAMED_TOOL_FAIL = lazy(
    r"""\b(?:the|my)\ (?:search|browsing|browser|web|file)\ tool\b[^.!?]{0,40}?
        \b(?:failed|timed\ out|errored|is\ not\ responding|isn't\ responding|returned\ (?:an?\ )?(?:[\w-]+\ )?error|is\ unavailable|did\ not\ respond)""",
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
    r"^(?:Continuing|Picking\ up|Resuming)\ (?:from|with|at)\ the\ (?:cut-?off|cut|unfinished|interrupted|truncated)\ (?:sentence|paragraph|section|point|part)\s*[:.]?$|"
    r"^(?:Continuing|Picking\ up|Resuming)\ (?:from\ )?where\ (?:(?:I|we)\ left\ off|the\ (?:previous|last)\ (?:response|output|message|part|chunk)\ (?:ended|stopped|left\ off)|it\ (?:stopped|ended|was\ cut\ off))\s*[:.]?$|^Continuing\ (?:the|with\ the)\ (?:article|post)\s*[:.]?$", X
)
# the agent's status lines: "Searching for current cache pricing from the major
# providers... the pages returned mixed results", "Remaining sections: risks,
# outlook", "Second attempt also failed; proceeding with…"
_STATUS_LINE = lazy(
    r"^Remaining\ (?:sections|parts|topics|steps)\s*:|"
    r"\battempt\ (?:also\ )?(?:failed|timed\ out|errored)[^.!?]{0,10}?[;,—–-]\s*(?:proceeding|continuing|falling\ back|moving\ on|retrying|trying)\b",
    X,
)
# (a blogger opens with "Searching for a used car online… is a nightmare": an
# edge decides, and only for the agent's kind of object)
_SEARCHING_LINE = lazy(
    r"^(?:Searching|Looking\ up|Fetching|Browsing|Querying)\ (?:for\ )?(?:the\ )?(?:latest|current|recent|up-to-date|more|additional|official)\b[^.!?]{0,80}(?:\.\.\.|…)",
    X,
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
    r"^\[(?:Continue|Continuing|Continued|Previous\ output|Existing\ article|Rest\ of\ the\ (?:article|post)|End\ of\ (?:the\ )?(?:existing|previous)\ (?:article|post|text|draft|output))[^\]\[]{0,60}\]$|"
    # the prompt's own words in parentheses, "(Continuing from the existing
    # article)" (not "(Continued from the previous post)": a series says it)
    r"^\((?:Continu(?:ing|ed)|Resuming|Picking\ up)\ (?:from|where)\ (?:the\ )?existing\ (?:article|post|text|draft)\b[^()]{0,40}\)$", X
)
_DONE_EN = lazy(r"^(?:That|This)\ (?:completes|concludes|wraps\ up|finishes)\ the\ (?:article|post|draft|blog\ post|piece)\b", X)
_EN_SOFT = lazy(
    r"\b(?:information|request(?:ed)?|task|assist|starting\ point|gather(?:ing)?|sources|findings|keywords|try\ again|correct\ (?:this|it)|the\ user|"
    # a sign-off a blogger writes too: weak, beside the agent's notes only
    r"let\ me\ know\ if\ you\ (?:need|want|'d\ like|would\ like))\b",
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
    write_todos google_search google_web_search web_search browse_web file_write save_file run_shell_command read_many_files search_file_content
    result results matches hits continuing resuming picking write draft compose create generate continue continued
    completes concludes wraps finishes hope total length as requested asked instructed specified per
    searched looked wrong thanks thank great oops retrying trying would should just your you
    reviewed consulted checked gathered collected version draft happy output result response ready
    browsing fetching fetch fetched queries heading headings paragraphs sections subheadings
    searching querying remaining attempt call
    error failed exception drafting proceeding self quick writing plan target status note truncated brief skipping
    publishing posting live http paywalled found reading repeat resume finish complete keep outline hopefully structure retry""".split()
)
_ASCII_WORD = re.compile(r"[a-z0-9_]+")  # ASCII only: the stdlib engine scans it several times faster


@functools.lru_cache(maxsize=8)
def _ascii_words(text: str) -> list[str]:
    """The lower-cased ASCII words of ``text`` (asked again for the same
    sentence by the round-7 kinds, _en_kind_evidence)."""
    return _ASCII_WORD.findall(text.lower())


def _may_be_english_narration(text: str) -> bool:
    return not _EN_TRIGGER_WORDS.isdisjoint(_ascii_words(text))


_EN_GATE = lazy(
    r"\b(?:I|I'm|I'll|I've|me|my|the|an?|is|are|was|to|of|and|here|sure|certainly|okay|ok|alright|absolutely|got|understood|"
    r"no|of|please|let|would|if|shall|happy|word|character|article|saved|written|sorry|hope|resuming|continuing|total|length|great|oops|retrying|trying|your|ready|failed|error|errored|draft|searching|writing|words|target|plan|tool|status|note|queries|http|skipping|paywalled|found|reading|repeat|continue|resume|finish|complete|keep|hopefully|structure|retry)\b",
    regex.I,
)


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
_ECHO_BRACKET_EN = _GatedI(_ECHO_BRACKET_EN, "[", "existing", "previous")
_PREAMBLE_SHORT = _GatedI(_PREAMBLE_SHORT, "here", "below")
_PREAMBLE_HEADS_ONLY = _GatedI(_PREAMBLE_HEADS_ONLY, "here", "below")
_MY_LAST_OUTPUT = _GatedI(_MY_LAST_OUTPUT, "my", "continuing", "picking", "resuming", "carrying")
_TOOL_LABEL = _GatedI(_TOOL_LABEL, "output", "result", "response", "tool_", "function_call")
_COULD_NOT_FIND = _GatedI(_COULD_NOT_FIND, "find", "locate", "retrieve")
_AS_REQUESTED = _GatedI(_AS_REQUESTED, "request", "as you", "per your")
_THANKS_TASK = _GatedI(_THANKS_TASK, "thank")
_STYLE_PROMISE = _GatedI(_STYLE_PROMISE, "i'll")
_OFFER_IF = _GatedI(_OFFER_IF, "would it help", "should i", "just")
_YOUR_TOPIC = _GatedI(_YOUR_TOPIC, "you")
_CONTINUING = _GatedI(_CONTINUING, "continu", "resum", "picking up")
_CLOSING_SELF = _GatedI(_CLOSING_SELF, "would you", "do you", "want me", "shall i")
_STATUS_LINE = _GatedI(_STATUS_LINE, "remaining", "attempt")
_SEARCHING_LINE = _GatedI(_SEARCHING_LINE, "searching", "looking up", "fetching", "browsing", "querying")
_RETRYING = _GatedI(_RETRYING, "trying", "let me")
_SAVED = _GatedI(_SAVED, "saved", "written", "uploaded", "created")
_READY = _GatedI(_READY, "ready")
_HAPPY_TO = _GatedI(_HAPPY_TO, "happy", "i can also")
_CAN_HELP = _GatedI(_CAN_HELP, "help")
_DONE_EN = _GatedI(_DONE_EN, "complete", "conclude", "wraps", "finish")
# the agent's own means and work, sure with its "I" ("the underlying model",
# "the article structure"); the rest of _PROCESS a person's words too
_PROCESS_SURE = lazy(
    r"""^(?:refined\ search|broader\ search|search\ (?:tool|hits)|tool\ calls?|wrong\ (?:function|parameters?|arguments?|file\ name)|available\ tools|
        daily\ quota|quota\ limit|the\ underlying\ model|persona|article\ (?:structure|framework|outline)|browsing\ capabilit(?:y|ies)|
        my\ (?:training\ data|knowledge\ cut-?off)|(?:structure|outline)\ of\ the\ (?:article|post))$""",
    X,
)
_PROCESS_PLAN_OR_TROUBLE = lazy(
    r"""\bI(?:'ll|\ will|'m\ going\ to|\ need\ to|\ should)\b|\blet\ me\b(?!\ know\b)|
        \b(?:no|zero)\ (?:relevant\ |useful\ |specific\ )?results\b|\bdid(?:n't|\ not)\ (?:return|yield|provide)\b|
        \bcould(?:n't|\ not)\ find\ (?:any|much|specific|relevant)\b|\b(?:mistake|incorrect|retry|re-run|quota)\b""",
    X,
)
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
_PROCESS_GENERIC = _GatedI(_PROCESS_GENERIC, "tool")
_EN_EDGE_MORE = _GatedI(_EN_EDGE_MORE, "requested", "enough", "drafting", "writing", "help", "below", "the call to", "words")
_PLAN = _GatedI(_PLAN, "i'll", "i will", "going to", "need to", "let me")
_NO_RESULTS = _GatedI(_NO_RESULTS, "result", "match", "hits")
_WRONG_PATH = _GatedI(_WRONG_PATH, "wrong")
_TOOL_FAIL = _GatedI(_TOOL_FAIL, "call")
_NAMED_TOOL_FAIL = _GatedI(_NAMED_TOOL_FAIL, "tool")
_PROMPT_EN = _GatedI(_PROMPT_EN, "write", "draft", "compose", "create", "generate")
# the continuation prompt echoed: "Continue the following article in the same
# style. Do not repeat earlier sections."
_PROMPT_CONTINUE_EN = _GatedI(
    lazy(
        r"""^(?:Please\ )?(?:Continue|Resume|Finish|Complete|Keep\ writing)\ (?:writing\ )?(?:the|this)\ (?:following|existing|previous|above|unfinished)\ (?:article|post|blog\ post|text|draft|piece)\b|
            ^(?:Please\ )?(?:Do\ not|Don't)\ repeat\ (?:any\ (?:of\ )?)?(?:the\ )?(?:earlier|previous|above|prior|existing)\ (?:sections?|content|text|parts?|paragraphs?)[.!]?$|
            ^(?:Please\ )?Keep\ the\ same\ (?:voice|tone|style)(?:\ and\ (?:structure|format|headings))?,?\ and\ (?:do\ not|don't)\ repeat\ (?:the\ )?(?:sections?|parts?|content|anything)\b""",
        X,
    ),
    "continue", "resume", "finish", "complete", "keep writing", "repeat", "keep the same",
)
_PROMPT_CONTINUE_SPEC = lazy(r"\bin\ the\ same\ (?:style|tone|voice|format)\b|\bfrom\ where\ (?:it|you)\ (?:stopped|left\ off)\b|\b(?:Do\ not|Don't)\ repeat\b", X)
_SEARCHED_NOTHING = _GatedI(_SEARCHED_NOTHING, "searched", "looked")
_RESEARCH_DONE_EN = _GatedI(_RESEARCH_DONE_EN, "reviewed", "consulted", "checked", "gathered", "collected")
_TOOL_ID = _Gated(_TOOL_ID, "_")  # (every tool identifier has one)
_FP_WORDS = frozenset(("i", "me", "my", "myself", "let"))
_EN_SOFT = _GatedI(_EN_SOFT, "information", "request", "task", "assist", "starting point", "gather", "sources", "findings", "keywords",
                   "try again", "correct", "the user", "let me know if you")
_DELIVERABLE = _GatedI(_DELIVERABLE, "article", "post", "draft", "piece", "essay", "outline", "response")


# A progress report in the register of a model's thought summaries: "I'm now
# focusing on the market impact section", "I've begun dissecting the user's
# request", "My focus is now on structuring the article".  A writer says
# "I'm now working on…" about their life too, so the register alone is
# evidence only in English left in a Japanese post, with the writing as its
# object (the article, the outline, the next section, the user's request),
# or right under a thought summary's bold label with a task's noun (the
# announcements, the data: _TASK_NOUN).
_PROGRESS_REPORT = lazy(
    r"""^(?:\*\*[^*]{3,60}\*\*\s*)?(?:(?:Okay|OK|Alright|Right|Now|So|Next|Then|Currently)[,!.]?\s+)?
        (?:(?:I(?:'m|\ am|'ve|\ have|'ll|\ will)|I)\s+
           (?:(?:now|currently|also|then|next|still|just|already|successfully|finally|actively|carefully|begun|been|started|starting|going\ to|beginning\ to)\s+){0,3}
           (?:to\s+)?
           (?:focus|zero(?:ing|ed)?\ in|refin|structur|draft|compil|gather|synthesi[sz]|dissect|analy[sz]|finaliz|examin|explor|investigat|outlin|brainstorm
             |integrat|incorporat|weav|assess|evaluat|prioriti[sz]|pinpoint|delv|mapp?(?:ing|ed)\ out|organi[sz]|conclud|polish|formulat|concentrat|hon(?:ing|ed)\ in
             |narrow|flesh|digest|pars|scrutini[sz]|consolidat|deliberat|contemplat|strategi[sz]|work(?:ing|ed)\ on|mov(?:ing|ed)\ on|turn(?:ing|ed)\ (?:to|my)
             |summari[sz]|sketch|break(?:ing)?\ down|solidif|articulat|clarif|comb(?:ing|ed)\ through|sift|tackl|cross-referenc|double-check|fram
             |consider(?:ing)?\ how|weigh(?:ing)?\ how)
         |My\s+(?:current\s+|primary\s+|main\s+|immediate\s+|next\s+|overall\s+)?(?:focus|next\ step|priority|objective|attention|efforts?)\s+(?:is|are|has|have|now|will|remains|shifts?|centers?|turns?)\b)""",
    X,
)
# what a thought summary works on (under its label, with the register, it
# is the agent's: "I'm now focusing on the recent announcements…")
_TASK_NOUN = lazy(
    r"\b(?:announcements?|information|details|implications|data|findings|sources|research|analysis|reports?|news|coverage|figures|statistics|topic|key\ points|aspects|angle|narrative|context)\b",
    X,
)
_OWN_WORK = lazy(
    r"""\bthe\ (?:article|outline|introduction|intro|conclusion|user's|request|prompt|search\ results)\b|\bthe\ user\b|
        \bthe\ (?:next|final|following|remaining|opening|closing|last|first|second|third|(?:[\w-]+\ ){1,2})\ ?sections?\b(?!\ of\b)""",
    X,
)

# English.  HARD: the requester addressed ("Following your outline", "per the
# brief", "the style guide you sent", "You mentioned…"), the generation
# process ("my previous message", "the page I tried to fetch", "Browsing
# timed out"), "this draft" said of its own text.
_EN_YOUR_INSTRUCTIONS = _GatedI(
    lazy(
        r"""\b(?:following|per|according\ to|in\ line\ with|based\ on|as\ per|in\ keeping\ with|in\ accordance\ with|from|in)\ your\ 
            (?:outline|brief|instructions?|request|prompt|style\ guide|guidelines|list|notes?|requirements|spec(?:ification)?s?|direction|message)\b|
            \b(?:under|within|over|below)\ your\ (?:word\ |length\ |character\ )?(?:limit|count|target)\b|
            \bthe\ (?:[\w-]+\ ){0,2}?(?:topic|outline|brief|prompt|instructions|keywords?|requirements|style\ guide)\ 
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
            \b(?:the|this|my)\ (?:piece|post|article|draft|text|response)\ (?:lands|clocks\ in|sits|weighs\ in|comes\ in)\ at\ (?:about\ |around\ |roughly\ |approximately\ )?\d[\d,]*\ words\b|
            \b(?:within|under|inside)\ the\ (?:requested|required|specified|target)\ (?:[\d,]+[-–][\d,]+\ (?:(?:word|character)\ )?(?:range|limit)|(?:word|character)\ (?:range|limit)|length|word\ count|character\ count
              |range\ of\ [\d,]+\s*(?:to|-|–)\s*[\d,]+\ (?:words|characters))\b""",
        X,
    ),
    "your", "words", "requested", "required", "specified", "target",
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
        r"\bI'll\ stop\ here\b|\b(?:I'll|I\ will|let\ me)\ (?:now\ )?move\ on\ to\ the\ (?:[\w-]+\ ){0,3}?(?:section|chapter|part(?=[.!,:]|\ (?:of\ (?:the|this)\ (?:article|post|piece|draft)|on|about)\b))\b|"
        r"\b(?:in|with)\ the\ (?:next|following)\ (?:message|reply|response)\b",
        X,
    ),
    "stop", "move", "next", "following",
)
# a search or fetch that failed and what the agent does instead ("…but the
# page returned a 404, so I'll rely on the announcement summary instead";
# "The second source is paywalled; skipping it."); a person reporting a dead
# link says what they found, not which source their text now leans on
_EN_FALLBACK = _GatedI(
    lazy(
        r"""\b(?:page|link|site|source|url|fetch|request|search|query|lookup|document)\b[^.!?]{0,20}?\b(?:returned|gave|threw|hit)\ (?:an?\ )?(?:HTTP\ )?(?:40[34]|50[023]|error|timeout)\b[^.!?]{0,60}?
              \bso\ I(?:'ll|\ will)\ (?:(?:rely|draw|lean)\ on|work\ from|base\ [^.!?]{1,30}?\ on|(?:use|go\ with)\ [^.!?]{1,40}?\binstead)\b|
            \b(?:source|page|article|link|site|result)\ (?:is|was)\ paywalled\b[^.!?]{0,20}?[;,:—–-]\s*(?:so\ I'm\ |I'm\ |I'll\ be\ )?skipping\ (?:it|this|that)(?:\ one)?[.!]?$""",
        X,
    ),
    "rely", "draw", "lean", "work", "base", "instead", "skipping",
)
# round 24's and 25's: a bracketed length tag ("[Word count: 1,450]"), a
# tool's error line ("Error: search tool timed out."), the requested range
# met ("…which satisfies the 3,000-4,000 character requirement")
_EN_COUNT_TAG = _GatedI(
    lazy(r"^[\[(]\s*(?:approximate\ |approx\.?\ |total\ |final\ |estimated\ )?(?:word|character)\ count\s*[:：]?\s*(?:~|about\ |approx\.?\ |approximately\ )?[\d,]+(?:\s*(?:words|characters))?\s*[\])]$", X),
    "count",
)
_EN_TOOL_ERROR_LINE = _GatedI(
    lazy(
        r"""^(?:Error|Warning|Warn)\s*:\s*(?:the\ )?(?:search\ tool|web[_\ ]search(?:\ tool)?|browsing\ tool|browse\ tool|web[_\ ]fetch|search\ api|tool\ call)\b[^.!?]{0,40}?
            \b(?:timed\ out|time-?out|failed|unavailable|rate[-\ ]limited|returned\ (?:an?\ )?(?:error|HTTP\ \d{3}|\d{3}))[^.!?]{0,20}[.!…]*$""",
        X,
    ),
    "error", "warn",
)
_EN_COUNT_REQUIREMENT = _GatedI(
    lazy(
        r"""^(?:The|This|My)\ (?:article|post|piece|draft|text|response|blog\ post)\ (?:is\ now|is|now\ runs|runs|comes\ to|stands\ at)\ (?:about\ |around\ |roughly\ |approximately\ |~)?[\d,]+\ (?:(?:Japanese|English)\ )?(?:words|characters)
            [^.!?]{0,20}?\bwhich\ (?:satisf(?:y|ies)|fits?|meets?|is\ within)\ the\ [\d,]+\s*[-–~]\s*[\d,]+\ (?:word|character)\ (?:requirement|range|limit|target)\b""",
        X,
    ),
    "requirement", "range", "limit", "target",
)
# the writing carried on without a source it could not open, or on cached
# results ("I'll continue without that source…", "Falling back to cached
# results."): the sentence says no more ("Falling back to cached results is
# what the app does offline" is a developer's)
_EN_WITHOUT_SOURCE = _GatedI(
    lazy(
        r"""^I(?:'ll|\ will)\ (?:continue|proceed|carry\ on|go\ on)\ without\ (?:that|this|the|those|these)\ (?:source|page|link|article|site|data|reference|benchmark|study|report)s?
              (?:\ and\ (?:rely|draw|lean)\ on\ [^.!?,]{0,40})?[.!]?$|
            ^(?:I'm\ |I\ am\ )?(?:falling|fall)\ back\ (?:to|on)\ (?:the\ |my\ )?(?:cached|stored|previous|earlier|local|offline|saved)\ (?:results|data|copy|copies|version|sources?|notes)[.!…]*$""",
        X,
    ),
    "without", "back",
)
# weak (it goes only beside removed narration): the text's shape planned
# ("I'm going to structure it as: intro, storage, …" - a novelist's plan reads so too)
_EN_STRUCTURE_IT = _GatedI(
    lazy(r"^(?:(?:Okay|OK|So|Alright),?\ )?I(?:'m\ going\ to|'ll|\ will|\ plan\ to)\ structure\ (?:it|this|the\ (?:post|article|piece|draft))\ (?:as|like\ this|around)\b", X),
    "structure",
)
# the agent done with its outline: "Okay, the outline looks good.", "Now
# writing the full lesson based on this outline." (a writer's "Writing the
# full article took a week." goes on past the deliverable)
_EN_OUTLINE_DONE = _GatedI(
    lazy(
        r"""^(?:(?:Now|Okay|OK|Alright|So),?\ )?(?:I'm\ |I\ am\ )?(?:now\ )?(?:writing|drafting)\ the\ (?:full|complete|final|actual|whole)\ (?:article|post|lesson|piece|guide|tutorial|draft|blog\ post)
              (?:\ now|\ based\ on\ (?:this|the|that|my)\ (?:outline|plan|structure))?[.!:]?$""",
        X,
    ),
    "writing", "drafting",
)
# weak: the outline approved ("Okay, the outline looks good." - a writing
# course says it of the student's outline): beside removed narration only
_EN_OUTLINE_OK = _GatedI(lazy(r"^(?:(?:Okay|OK|Alright|Good|Great),?\ )?(?:the|this|my)\ outline\ (?:looks|seems|is)\ (?:good|fine|solid|complete|done|ready)[.!]?$", X), "outline")
# a tool's log line: "[browse] HTTP 503 Service Unavailable — skipping source …"
_EN_TOOL_LOG = _GatedI(
    lazy(
        r"""^\[(?:browse|browser|search|web_search|web|fetch|open_url|crawl|scrape|tool|python|http)\]\s+
            (?:HTTP\ \d{3}|error|failed|timeout|timed\ out|no\ results|\d{3}\b)""",
        X,
    ),
    "[",
)
# a progress note in the agent's own labelled form, often English left in a
# Japanese post: "(Progress check: about 1,700 characters so far…)"
_EN_PROGRESS_LABEL = _GatedI(
    lazy(r"^[(\[]?\s*(?:Progress\ (?:check|note|update)|Self-check|Word[-\ ]count\ check|Length\ check)\s*:", X),
    "check", "note", "update",
)
# the next part of the text announced as a complete sentence of its own:
# "Now I'll move on to the section for investors."
_EN_MOVE_ON_LINE = _GatedI(
    lazy(r"^(?:Now|Next|Okay|OK|Alright|Right),?\ I(?:'ll|\ will)\ (?:now\ )?move\ on\ to\ the\ (?:[\w-]+\ ){0,3}?section\b(?!\ of\ the\ (?:museum|park|trail|store|building|exhibit|course|route|river|city|town|garden|zoo))[^.!?]{0,40}[.!]?$", X),
    "move",
)
# a search's log kept as sentences: "Found 6 results. Reading the top 3."
_EN_SEARCH_DIARY = _GatedI(
    lazy(r"^(?:Found|Got)\ \d+\ (?:results|hits|sources|matches)[.!]?$|^(?:Reading|Opening|Checking)\ the\ (?:top|first)\ \d+(?:\ (?:results|hits|sources|links))?[.!]?$", X),
    "found", "got", "reading", "opening", "checking",
)
# its previous part cut off, at an edge: "Apologies — the previous section
# ended abruptly." (a reviewer says it of a book's section too)
_EN_PART_CUT = _GatedI(
    lazy(r"\bthe\ (?:previous|last)\ (?:section|part|paragraph|chunk)\ (?:ended\ abruptly|was\ cut\ off|got\ cut\ off|was\ truncated|broke\ off\ mid-sentence)\b", X),
    "abruptly", "cut off", "truncated", "broke off",
)
# the structure or length the requester asked for, named by the agent
# ("…and follows the requested structure.")
_EN_REQUESTED_SHAPE = _GatedI(
    lazy(r"\b(?:follows|matches|meets|uses|keeps\ to|sticks\ to|within)\ the\ requested\ (?:structure|format|outline|length|word\ count|tone|style|sections?)\b", X),
    "requested",
)
# round 19's: the section it writes next announced ("Now I'll write the
# conclusion section."), its research done ("Now I have enough to write the
# guide."); at an edge, a word count in parentheses, a hope that the text is
# what the requester wanted, a page it could not open itself
# round 20's: the article's structure planned ("I'll structure the piece as
# an introduction, …"), a running word count with the target and the plan
# ("Word count so far: about 1,050 words. The target is 1,500 to 2,000 words,
# so I will add…"), a retry of writing the article after a failed write
_EN_STRUCTURE_PLAN = _GatedI(
    lazy(r"^I(?:'ll|\ will)\ structure\ (?:the|this)\ (?:piece|article|post|draft|blog\ post)\ (?:as|around|in)\b", X),
    "structure",
)
# (a novelist's diary counts so too: at an edge only)
_EN_COUNT_SO_FAR = _GatedI(
    lazy(r"^Word\ count\ so\ far\s*:\s*(?:about\ |approximately\ |around\ |roughly\ |~)?[\d,]+\ words[.]?$", X),
    "so far",
)
_EN_RUNNING_COUNT = _GatedI(
    lazy(r"""^The\ target\ is\ (?:about\ |around\ )?[\d,]+(?:\s*(?:to|-|–)\s*[\d,]+)?\ words\b[^.!?]{0,40}?\bI\ (?:will|'ll)\ (?:add|write|expand|extend|cover)\ the\ [^.!?]{0,40}?\b(?:section|conclusion|introduction)s?\b""", X),
    "target",
)
_EN_RETRY_WRITE = _GatedI(
    lazy(r"\b(?:retry|re-?try|try\ again)\ (?:writing|saving|creating)\ (?:the|this|my)\ (?:article|post|draft|file)\b", X),
    "retry", "re-try", "try again",
)
# sweep 22's: a search retried with other terms ("I will try again with wider
# terms and leave out the product name."), the article handed over in its
# reply ("I will return the full article in my reply instead.")
_EN_RETRY_SEARCH = _GatedI(
    lazy(r"^I(?:'ll|\ will)\ try\ again\ with\ (?:wider|broader|narrower|different|other|simpler|fewer|more\ general|more\ specific)\ (?:search\ )?(?:terms|keywords|queries|query)\b(?![^.!?]*\b(?:next\ time|tomorrow|later|next\ week)\b)", X),
    "try again",
)
_EN_IN_MY_REPLY = _GatedI(
    lazy(r"\b(?:return|give|provide|include|paste|post)\ (?:you\ )?the\ (?:full\ |complete\ |whole\ )?(?:article|post|draft|text)\ in\ (?:my|this)\ (?:reply|response|message|answer)\b", X),
    "in my", "in this",
)
# the verdict of a length check said after it ("The article has 1200 words.
# This is within the requested range."): weak, a lab's "This is within the
# requested range." after a reading is alike
_EN_IN_RANGE = _GatedI(
    lazy(r"^(?:This|That|It)\ (?:is|falls|sits|stays)\ (?:well\ |comfortably\ )?within\ the\ (?:requested|required|specified|target)\ (?:range|limit|length)[.!]?$", X),
    "within",
)
# the article's plan told before it is written ("I'll start by explaining
# how X works, then move on to…", "I'll walk through the steps in order."): a
# tutorial opens so too, weak (it goes beside removed narration only)
_EN_PLAN_TOLD = _GatedI(
    lazy(r"""^(?:(?:Now|First|So|Okay|OK),?\ )?I(?:'ll|\ will)\ (?:start\ by\ (?:explaining|describing|covering|introducing)\b[^.!?]{0,80}?\bthen\ (?:move\ on\ to|cover|turn\ to|walk\ through|show)\b|
             walk\ (?:you\ )?through\ the\ (?:steps|process|setup|procedure)\ (?:in\ order|one\ by\ one|step\ by\ step)[.!]?$)""", X),
    "i'll", "i will",
)
# a continuation note of its own in brackets: "(Continuing with the
# verification section.)"
_EN_CONTINUING_NOTE = _GatedI(
    lazy(r"^\((?:(?:Continuing|Moving\ on|Resuming)\ (?:with|to)\ the\ (?:[\w-]+\ ){0,3}?section|(?:Continuing|Resuming)\ from\ the\ (?:previous|last|earlier)\ (?:section|part|response|message|output))[.…]*\)$", X),
    "continuing", "moving on", "resuming",
)
_EN_WRITE_SECTION_LINE = _GatedI(
    lazy(r"^(?:Now|Next|Okay|OK|Alright|Right),?\ I(?:'ll|\ will)\ (?:now\ )?(?:write|draft|add)\ the\ (?:[\w-]+\ ){0,2}?section[.!]?$", X),
    "write", "draft", "add",
)
_EN_HAVE_ENOUGH = _GatedI(
    lazy(r"^(?:Now|Okay|OK|Alright|Great|Right),?\ I\ (?:now\ )?have\ enough\ (?:(?:information|material|context|detail|details|data|sources|research)\ )?to\ (?:write|draft|start|begin)(?:\ (?:writing|drafting))?(?:\ (?:the|this|my|your)\ (?:article|post|guide|piece|draft|text|section|rest))?[.!]?$", X),
    "enough",
)
_EN_WORD_COUNT_NOTE = _GatedI(
    lazy(r"^\(?\s*(?:Word|Character)\ count\s*[:：]\s*(?:~|about\ |approx(?:imately|\.)?\ |roughly\ )?[\d,]+(?:\s*(?:words|characters))?\s*\)?[.]?$", X),
    "count",
)
_EN_HOPE_IT_FITS = _GatedI(
    lazy(r"""^(?:I\ )?hope(?:fully)?,?\ (?:(?:this|that|it|the\ (?:article|post|draft|piece))\ (?:captures|strikes|hits|matches|gets)\ (?:the\ )?(?:[\w-]+\ ){0,2}?(?:tone|style|voice|feel|angle)|
             (?:this|the)\ (?:version|draft)\ (?:works\ for|fits|suits|matches))\b[^.!?]{0,40}?\byou\ (?:were\ after|wanted|had\ in\ mind|asked\ for|were\ looking\ for|envisioned|need(?:ed)?)\b""", X),
    "hope",
)
_EN_NO_DIRECT_ACCESS = _GatedI(
    lazy(r"""\bI\ (?:couldn't|could\ not|was\ unable\ to|wasn't\ able\ to|can't|cannot)\ (?:access|open|reach|load|fetch|retrieve|browse)\ (?:the\ )?
             [^.!?]{0,50}?\b(?:website|site|page|source|link|URL|PDF|paper|database|report|notes|documentation|docs|changelog|announcement|repository|filing)\b[^.!?]{0,20}?\bdirectly\b
             [^.!?]{0,10}?\bso\ [^.!?]{0,50}?\b(?:may|might|could)\ (?:be\ |not\ be\ )?(?:slightly\ |somewhat\ )?(?:out\ of\ date|outdated|inaccurate|incomplete|off|current|reflect)""", X),
    "directly",
)
_EN_KINDS_SURE = (
    (_EN_TOOL_LOG, "a tool's log line", False, (_words("http error failed timeout timed results"), _words("browse browser search web_search web fetch open_url crawl scrape tool python"))),
    (_EN_TOOL_ERROR_LINE, "a tool's error line", False, (_words("error warning warn"), _words("search web_search browse browser browsing fetch web_fetch api tool"))),
    (_EN_COUNT_TAG, "length note", False, (_words("count"), _words("word character"))),
    (_EN_COUNT_REQUIREMENT, "length self-check against the requested range", False, (_words("word character"), _words("requirement range limit target"))),
    (_EN_REQUESTED_SHAPE, "names the structure or length the requester asked for", False, (_words("requested"),)),
    (_EN_PROGRESS_LABEL, "a labelled progress note on its own text", False, (_words("progress self word length"), _words("check note update"))),
    (_EN_MOVE_ON_LINE, "announces the next part of the text it writes", False, (_words("section"), _words("move"))),
    (_EN_MY_NEXT_MESSAGE, "talks about its own generation (its next message)", False, (_words("message reply response"), _words("my"))),
    (_EN_YOUR_INSTRUCTIONS, "addresses the requester's instructions", False,
     (_EN_YOU, _words("outline brief instructions instruction request prompt guide guidelines list note notes requirements spec specs specification limit count target",
                      "specifications direction message suggested gave provided asked requested specified sent shared supplied attached listed",
                      "mentioned said wanted noted indicated told instructed"))),
    (_EN_AS_SPECIFIED, "follows the requester's specification", True, (_words("specified instructed briefed requested brief instructions outline prompt"),)),
    (_EN_GENERATION, "talks about its own generation (previous output, fetch, queries)", False,
     (_words("response output reply message answer generation fetch fetched retrieve retrieved browsing fetching queries timed failed errored 404"),)),
    (_EN_TARGET, "length self-check", False, (_words("target lands clocks sits weighs comes requested required specified"),)),
    (_EN_WRITE_SECTION_LINE, "announces the next part of the text it writes", False, (_words("section"), _words("write draft add"))),
    (_EN_CONTINUING_NOTE, "announces the continuation", False, (_words("section"), _words("continuing moving resuming"))),
    (_EN_RETRY_WRITE, "retry narration", False, (_words("retry try"), _words("article post draft file"))),
    (_EN_IN_MY_REPLY, "talks about its own reply", False, (_words("reply response message answer"), _words("article post draft text"))),
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
    (_EN_SEARCH_DIARY, "a search's log line", False, (_words("found got reading opening checking"),)),
    (_EN_PART_CUT, "talks about its own output cut off", False, (_words("abruptly truncated cut broke"),)),
    (_EN_STRUCTURE_PLAN, "plan narration", False, (_words("structure"), _words("piece article post draft"))),
    (_EN_RETRY_SEARCH, "retry narration", False, (_words("try"), _words("terms keywords queries query"))),
    (_EN_WORD_COUNT_NOTE, "length self-check", False, (_words("count"), _words("word character"))),
    (_EN_COUNT_SO_FAR, "length self-check", False, (_words("count"), _words("far"))),
    (_EN_RUNNING_COUNT, "length self-check", False, (_words("words"), _words("target"))),
    (_EN_HOPE_IT_FITS, "hopes the text is what the requester wanted", False, (_words("hope hopefully"), _words("you"))),
    (_EN_NO_DIRECT_ACCESS, "could not open a source itself", False, (_words("couldn could unable able can cannot"), _words("directly"))),
    (_EN_FALLBACK, "works around a failed search or fetch", False,
     (_words("404 403 500 502 503 error timeout paywalled"), _words("rely work base draw lean instead skipping"))),
    (_EN_OUTLINE_DONE, "plan narration (done with its outline)", False, (_words("writing drafting"),)),
    (_EN_WITHOUT_SOURCE, "works around a source it could not use", False, (_words("without falling fall"),)),
)
# weak: they go only beside removed narration
_EN_KINDS_WEAK = (
    (_EN_OUTLINE_OK, "approves its own outline", (_words("outline"),)),
    (_EN_STRUCTURE_IT, "plans the text's shape", (_words("structure"),)),
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
    *(triggers[-1] for _, _, _, triggers in _EN_KINDS_SURE + _EN_KINDS_EDGE), *(triggers[-1] for _, _, triggers in _EN_KINDS_WEAK),
    _EN_DRAFT_WORDS, _EN_DONE_WORDS[0]
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
    for pattern, what, triggers in _EN_KINDS_WEAK:
        if _has_words(words, triggers):
            m = pattern.search(bare)
            if m:
                return SOFT, f"{what} “{m.group(0)}”"
    return 0, ""


# --- the fourth fresh sweep's kinds (session 7: posts written blind, each
# kind with look-alikes in tests/test_monologue_probes.py) ---
# sure anywhere: a progress or self-review label, a tool's exception, a tool
# missing from "this environment", the article restarted or a numbered
# section written by the agent, the length promised in words, work on the
# text announced with a compliance interjection
_EN_TEXT_WORK_SURE = _GatedI(
    lazy(
        r"""^\(\s*(?:Self-review|Self-check|Note\ to\ self|Progress\ note)\s*:|^(?:Word|Character)\ count\ check\s*:|
            ^\(?\s*(?:Draft\ status|Self-check)\s*:|^\(\s*Running\ total\s*:|^Running\ total\s*:\s*~?[\d,]+\ words\b|^Searching\s*:\s*["“]|^Tool\ call\ failed\b|
            ^Error:\ [a-z]+_[a-z_]*\(\)|^[a-z]+_[a-z_]+(?:\(\))?\ error\s*:|^\{\s*"(?:tool|name|function|action)"\s*:|
            ^End\ of\ (?:the\ )?(?:article|post|draft)(?![\w-])|^(?:Draft|Article|Full\ text)\ (?:follows|below)\s*[.:]|
            \b[\d,]+\ (?:words\ )?you\ asked\ for\b|^(?:Quick\ )?[Pp]lan\s*:\s*\(?1[).]|^(?:Quick\ )?[Pp]lan\s*:\s*(?=[^.!?]{0,160}?\b(?:hook|intro|introduction|outro|conclusion|wrap|wrap-up|sections?|headings?|CTA|takeaways)\b)[^.!?]{0,60}?,\ then\ [^.!?]{0,60}?,\ then\b|
            ^Writing\ (?:this|it)\ (?:now[.!]|as\ an?\ (?:Hugo|Jekyll|blog|Markdown)\b)|^Continuing\ from\ memory\b|
            ^(?:Resuming|Continuing|Picking\ up)\b[^.!?]{0,30}\bwhere\ the\ (?:text|article|draft|output|previous\ (?:part|chunk))\ (?:broke|left|stopped|ended|was\ cut)|

            ^[^A-Za-z0-9]{0,4}[a-z]+_[a-z_]+`?\ (?:failed|errored|timed\ out)\s*[:;,.]|
            ^Error:\ (?:the\ )?tool\b|^Tool\ error\s*:|\bis\ not\ available\ in\ this\ environment\b|
            ^Error\ (?:calling|invoking|running|executing)\ (?:the\ )?tool\b|
            ^Error:\ [a-z]+_[a-z_]+\ (?:returned|failed|timed\ out|errored)\b|
            ^(?:My\ )?(?:Search\ (?:queries|terms|plan)|Queries\ (?:to\ run|used))\s*:\s*$|
            ^\[\s*(?:tool|[a-z]+_[a-z_]+)\s*\]\s+[^:\s][^\n]{0,200}?(?:->|→|Error\b|\berror\b|\bfailed\b|\btimed\ out\b|\b[45]\d\d\b)|^Tool\ output\ (?:was\ )?truncated\b|^\[\s*draft\ \d+\b|
            ^\(?\s*status\s*:\s*[^.!?]{0,80}?\b(?:done|next|sections?|chars|characters|words)\b|
            ^(?:ok|okay),?\ (?!the\b|that\b|this\b|my\b)[\w-]+(?:\ [\w-]+)?\ (?:section|part|bit|intro)(?:'s)?\ done\b|
            ^Searching\ (?:[\w-]+\ ){0,3}for\ ["“][^"”]{3,120}["”]\s*(?:…|\.{3})?\s*$|

            \b(?:let\ me|I'll|I\ will|I'm\ going\ to|I\ need\ to)\ (?:restart|start\ over|redo|begin\ again|rewrite)\ (?:the\ )?(?:article|post|draft|piece|text)\b[^.!?]{0,30}?\bfrom\ (?:the\ top|the\ beginning|scratch)\b|
            \b(?:I'll|I\ will|let\ me|I'm\ going\ to)\ now\ (?:write|draft)\ (?:section|part)\ \d|
            ^(?:Got\ it|Sure\ thing|Sure|Okay|OK|Alright|Understood|Will\ do|On\ it)\s*[—–!,.-]+\s*(?:I'll|I\ will|I'm\ going\ to)\ (?:write|draft)\b|
            ^Drafting\ the\ (?:[\w-]+\ ){0,2}?(?:post|article|piece|draft|explainer)\ now\s*(?:[.…:!,;—–]|$)|
            \b(?:expand|lengthen|pad|stretch|add)\b[^.!?]{0,60}\bto\ (?:reach|hit|meet)\ the\ (?:target|word\ count|length|requirement|minimum)\b|
            \bthe\ (?:target|required|requested)\ (?:length|word\ count)\b|
            ^(?:Resuming|Continuing|Picking\ up)\b[^.!?]{0,40}\b(?:previous\ (?:output|response|message|chunk)|truncated|cut\ off|cut-off)\b""",
        X,
    ),
    "self-", "note to", "count check", "running total", "draft status", "searching", "tool call", "error", "exception", "failed", "errored",
    "timed out", "this environment", "end of", "follows", "you asked for", "plan:", "writing this", "writing it", "from memory", "where the",
    "searched for", "looked for", "restart", "start over", "redo", "begin again", "rewrite", "now write", "now draft", "i'll write",
    "i will write", "i'll draft", "going to write", "drafting", "to reach", "to hit", "to meet", "target length", "required length",
    "requested length", "target word", "required word", "requested word", "truncated", "cut off", "cut-off", "previous output",
    "previous response", "previous message", "previous chunk", "[tool", "[draft", "_", "truncated", "status", "part done",
    "part's done", "section done", "section's done", "bit done", "intro done", "searching", "tool error", "calling tool", "invoking tool",
    "running tool", "executing tool", "calling the tool", "invoking the tool", "running the tool", "executing the tool",
    "search queries", "search terms", "search plan", "queries to run", "queries used",
)
# the sixth sweep's unanchored kinds, each tried only where its own words
# are (inside the table above they ran wherever "error" or "where the" is):
# the request or brief cited as the reason, a previous section to fix, a
# figure to check before publishing
_EN_BRIEF_CITED = _GatedI(
    lazy(
        r"""\bthe\ (?:request|brief|prompt)\ (?:mentioned|said|says|asked\ for|specified|called\ for|wants)\b(?!\ (?:in|by|above|earlier|on|at)\b)|
            \bsince\ the\ (?:brief|prompt|request)\ (?:says|said|asks|asked)\b""",
        X,
    ),
    "the request", "the brief", "the prompt",
)
_EN_FIX_PREVIOUS = _GatedI(
    lazy(r"\bI\ (?:need|have)\ to\ (?:fix|correct|redo|rewrite)\ the\ (?:previous|last|earlier)\ (?:section|paragraph)\b", X),
    "to fix the", "to correct the", "to redo the", "to rewrite the",
)
_EN_CHECK_BEFORE_PUBLISHING = _GatedI(
    lazy(
        r"""(?:\bI\ (?:couldn't|could\ not|can't|cannot|wasn't\ able\ to|was\ unable\ to|don't|do\ not)\b|\bthis\ (?:figure|number|claim|statistic|fare|price))[^.!?]{0,100}?
            \b(?:double-check|double-checking|verify|verifying|check|checking|confirm|confirming|soften|softening)\b[^.!?]{0,40}?
            \bbefore\ (?:publishing|posting|this\ goes\ (?:out|live)|it\ goes\ (?:out|live)|you\ publish|going\ live)\b""",
        X,
    ),
    "before publishing", "before posting", "before this goes", "before it goes", "before you publish", "before going live",
)
# weak: what the writing leaves out after a failed search ("Skipping the
# figures and keeping this part qualitative."); it goes next to removed narration
_EN_LEAVES_OUT = _GatedI(
    # (weak: a person leaves things out too - only beside the agent's notes)
    lazy(r"\bso\ I\ left\ (?:it|them|that)\ out\b", X),
    "left it out", "left them out", "left that out",
)
# what the agent drops after a failed call, said as a line of its own
# ("Skipping the photo."): at an edge or beside its error
_EN_SKIPPING = _GatedI(
    lazy(r"^(?:Skipping|Dropping|Leaving\ out|Omitting)\ the\ (?:figures|numbers|statistics|stats|data|chart|table|photo|image|picture|screenshot)\b", X),
    "skipping", "dropping", "leaving out", "omitting",
)
# the requester asked to check a figure before publishing (weak: a how-to
# tells its reader "Please check the preview before publishing" too)
_EN_CHECK_SOFT = _GatedI(
    lazy(r"^Please\ (?:double-)?check\b[^.!?]{0,60}\bbefore\ (?:publishing|posting|it\ goes\ live|this\ goes\ live|going\ live)\b", X),
    "before publishing", "before posting", "goes live", "going live",
)
# the length the agent aims at, as a line of its own: "Target 1,000 words."
# (anchored and apart from the table above: "target" is a common word)
# the text checked against the agent's outline ("It covers all the sections
# in the outline."): weak, a writer's "as the outline above shows" is near
_EN_OUTLINE_CHECK = _GatedI(
    lazy(r"\b(?:covers?|follows?|includes?|matches|hits)\ (?:all|every|each)\ (?:of\ )?(?:the\ )?(?:sections?|points?|headings?|parts?)\ (?:in|of|from)\ the\ outline\b", X),
    "outline",
)
# what keeps the agent from its research, said after its apology ("This
# prevents me from checking the newest figures…"): weak, a person's "a cold
# kept me from checking my mail" is alike
_EN_KEPT_FROM_CHECKING = _GatedI(
    lazy(r"\b(?:prevents|prevented|keeps|kept|stops|stopped)\ me\ from\ (?:checking|verifying|confirming|accessing|searching|browsing|looking\ up|retrieving|fetching)\b", X),
    "me from",
)
_EN_TARGET_LINE = _GatedI(
    lazy(r"^Target(?:\ length)?\s*:?\s*(?:about\ |around\ |~)?[\d,]+(?:[-–][\d,]+)?\ (?:words|characters)[.!]?$", X),
    "target",
)
# at an edge: a bare continuation note, the next section announced, the
# research reported done, the text's style reported, a closing hoping it
# lands, an offer to rework the text for the requester's readers
_EN_TEXT_WORK_EDGE = _GatedI(
    lazy(
        r"""^(?:Continuing|Resuming)\ (?:below|here|now)\s*[.:]?$|
            ^(?:Resuming|Continuing|Picking\ up)\ (?:from|with|at)\ the\ (?:section|part|paragraph)\b|\bpicking\ the\ thread\ (?:back\ )?up\ from\ the\ [\w-]+\ section\b|
            \bI'm\ (?:now\ )?moving\ on\ to\ the\ [^.!?]{0,30}?\b(?:section|part|conclusion|close|closing|risks|wrap-up)\b|
            ^(?:That's|That\ is|We're\ at|I'm\ at)\ (?:about|roughly|around|~)\s*[\d,]+\ words\ so\ far\b|
            ^I\ (?:searched|looked)\ for\ ["“][^.!?]{0,160}\b(?:results|hits)\b[^.!?]{0,80}\bso\ I'll\b|
            ^I\ (?:aimed\ for|went\ for|went\ with|opted\ for)\ an?\ [^.!?]{0,40}\b(?:voice|tone|style|register)\b|
            ^I\ (?:aimed|went|was\ aiming)\ for\ (?:roughly\ |about\ |around\ |approximately\ |~)?[\d,]+\ words\ and\ an?\ [\w-]+\ (?:tone|voice|style|register)\b|
            ^I\ used\ the\ (?:house\ )?(?:voice|tone|style)\ (?:from|of)\b|
            \bthis\ (?:version|draft)\b[^.!?]*\bI'll\ (?:revise|rework|rewrite|adjust|tweak)\b|\b(?:turn\ around|send\ you|share)\ a\ revised\ (?:draft|version)\b|
            \bI\ can\ (?:also\ )?(?:do|write|draft|prepare|put\ together)\ an?\ [^.!?]{0,30}\b(?:version|teaser|summary|thread|cheat\ sheet)\b|
            \bI\ can\ (?:simplify|shorten|expand|trim|tighten)\ the\ [\w-]+\ section\b|\bfeedback\ on\ (?:the\ )?(?:structure|tone|length|draft|style)\b[^.!?]*\bI'll\b|
            ^(?:Proceeding|Continuing|Moving\ on)\ without\ (?:it|them|the\ [\w-]+(?:\ [\w-]+)?)\s*[.;]|
            \b(?:I'll|I\ will|I'm\ going\ to)\ (?:write|draft)\ (?:you\ )?an?\ [\d,]+-word\b|
            \b(?:I'll|I\ will|let\ me|I'm\ going\ to)\ (?:write|draft)\ (?:section|part)\ \d|
            ^(?:Alright|Okay|OK|Right|So|Great),?\ I(?:'ve|\ have)\ (?:pulled|gathered|collected|fetched|grabbed)\ [^.!?]{0,40}\b(?:texts?|sources|data|documents|docs|material|information|results|pages)\b|
            ^I\ (?:kept|made|pitched)\ the\ (?:tone|language|style|voice)\b[^.!?]*\b(?:worked\ in|throughout|where\ I\ could|as\ (?:you\ )?(?:asked|requested))\b|
            ^(?:I\ )?hope\ (?:this|that|it)\ (?:hits\ the\ mark|lands|does\ the\ (?:job|trick)|works\ for\ you|is\ what\ you)\b|
            \bshout\ if\ you\ (?:want|need|'d\ like)\b|
            ^If\ you(?:'d|\ would)\ like,?\ I\ (?:can|could)\ (?:turn|make|write|add|expand|adapt|convert|shorten|condense)\b[^.!?]{0,80}\b(?:your\ (?:readers|blog|audience|newsletter|site)|cheat\ sheet|the\ (?:article|post|piece|draft|intro|conclusion))\b|
            ^(?:This|The)\ (?:article|post|piece|tutorial|guide|draft|write-?up|explainer)\ (?:is|comes\ in\ at|runs(?:\ to)?)\ (?:about|around|roughly|approximately|just\ (?:under|over)|~)\s*[\d,]+\ words(?:\ long|\ in\ total)?[.!]?$|
            \bI(?:'ve|\ have)?\ (?:reviewed|went\ through|analy[sz]ed|grouped|summari[sz]ed|drew\ on|relied\ on|used\ the\ [^.!?]{0,40}?\b(?:document|documents|export|notes|tickets|files?|data|material|brief|transcripts?|spreadsheet))\b[^.!?]{0,80}?\byou\ (?:provided|attached|uploaded|supplied)\b|
            # the requester's material (a blogger thanks a reader for "the
            # photos you shared" too: only at an edge, and not sent or shared)
            \bthe\ (?:[\w-]+\ ){0,2}?(?:notes|guide|guidelines|list|sources|links|template|examples?|documents?|files?|material)\ (?:you|you've)\ (?:provided|gave|supplied|attached|uploaded|listed|specified)\b|
            ^\(\s*(?:approximately|about|around|roughly|~)\s*[\d,]+\ words\.?\s*\)\.?$|
            ^(?:Continuing|Moving\ on)\ with\ the\ (?:remaining|rest\ of\ the|next)\ (?:questions|sections|parts|steps|items|points|tips|entries)\s*[:.]?$|
            \bI\ (?:couldn't|could\ not|wasn't\ able\ to|was\ unable\ to)\ (?:confirm|verify|access|retrieve)\b[^.!?]{0,80}?
                \bso\ I\ (?:(?:kept|left)\ (?:it|them|the\ [\w-]+)\ (?:vague|general|out)|
                    (?:left\ out|omitted|dropped|skipped)\ (?:the\ |those\ |these\ |any\ )?(?:[\w-]+\ ){0,2}?(?:figures|numbers|data|statistics|stats|details|estimates|chart|table))\b""",
        X,
    ),
    "continuing", "resuming", "proceeding", "moving on without", "picking", "moving on to the", "words so far", "aimed for", "went for",
    "went with", "opted for", "i'll revise", "i'll rework", "i'll rewrite", "i'll adjust", "i'll tweak", "a revised", "i can",
    "feedback on", "i used the", "i'll write", "i will write", "i'm going to write", "i'll draft", "write section", "draft section",
    "write part", "draft part", "i've", "i have", "i kept the", "i made the", "i pitched the", "hope", "shout if", "if you'd like",
    "if you would like", "searched for", "looked for", "this version", "this draft", " words", "continuing with", "moving on with",
    "confirm", "verify", "access", "retrieve", "you provided", "you attached", "you uploaded", "you supplied", "you gave", "you listed", "you specified",
    "you've provided", "you've attached", "you've uploaded", "you've supplied", "you've listed", "you've specified",
)


def _en_evidence(text: str, bare: str, ctx: Ctx) -> tuple[int, str]:
    found = _en_formula_evidence(text, bare, ctx)
    if found[0] >= HARD:
        return found
    more = _en_kind_evidence(text, bare)
    return more if more[0] > found[0] else found


_COUNT_CHECKED = lazy(
    r"\b(?:check|checking|verify|verifying|confirm|confirming|meet|meets|hit|reach|recount|count|counting|adjust|adjusting)\b[^.!?]{0,30}?\b(?:word|character)\ count\b"
    r"|\b(?:word|character)\ count\b[^.!?]{0,30}?\b(?:requirement|target|limit|requested|required|range)\b",
    X,
)
_READERS_REPLY = lazy(r"\b(?:in|below|via|through)\ the\ comments\b|\bcomment\ (?:below|here)\b|\b(?:leave|drop)\ a\ comment\b", X)
_CUT_OUTPUT = lazy(r"(?i)incomplete|truncated|cut\ off|cutoff|cut-off|interruption|interrupted")
_HUMAN_MEDIUM = lazy(
    r"\b(?:stream|livestream|podcast|episode|video|newsletter|e-?mail|post|power|storm|broadcast|show|webinar|recording|call|meeting|listening|audio|radio|concert|print|printer)\b", X)


def _agent_trouble(bare: str) -> str | None:
    """What an apology is about when the trouble is the agent's own: its
    tool, search, output or quota, or a task it cannot do ("I can't browse
    the internet"); None for trouble anyone apologises for."""
    for trouble in _AGENT_TROUBLE.findall(bare):
        if not _COMMON_TROUBLE.fullmatch(trouble):
            return trouble
    m = _UNABLE.search(bare)
    return m.group(0) if m else None


def _en_formula_evidence(text: str, bare: str, ctx: Ctx) -> tuple[int, str]:
    m = _SEARCH_RESULT.search(bare)
    if m:
        # sure only in the agent's terms (_SEARCH_SURE); otherwise weak: it
        # goes only next to removed narration ("My search turned up three
        # forums, but no independent reviews" ends a blogger's post too); weak
        # too in a report about an agent, without "I" ("the model's own notes,
        # such as a line explaining that a search returned no results")
        sure = _SEARCH_SURE.search(bare) and not (_THIRD_PERSON_AGENT.search(bare) and not _FIRST_PERSON.search(bare))
        return (HARD if sure else SOFT), f"search narration “{m.group(0)}”"
    m = _EN_HAVE_ENOUGH.search(bare)
    if m:
        # (before it writes, at a chunk's start; a writer's "Now I have enough
        # to write the guide. That is what I told my editor…" ends a section)
        return (MEDIUM if ctx.start else SOFT), f"research narration “{m.group(0)}”"
    found = first_match(bare, (
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
        (_STATUS_LINE, "agent status line"),
        (_EN_TEXT_WORK_SURE, "the agent's work on the text"),
        (_EN_TARGET_LINE, "length self-check"),
        (_EN_BRIEF_CITED, "addresses the requester's instructions"),
        (_EN_FIX_PREVIOUS, "the agent's work on the text"),
        (_EN_CHECK_BEFORE_PUBLISHING, "asks for a check before publishing"),
    ), HARD)
    if found:
        return found
    fp = None if _FP_WORDS.isdisjoint(_ascii_words(text)) else _FIRST_PERSON.search(bare)
    m = _APOLOGY.search(bare)
    if m:
        if not _PUBLIC_APOLOGY.search(bare):
            own = _agent_trouble(bare)
            if own and _CUT_OUTPUT.fullmatch(own) and _HUMAN_MEDIUM.search(bare):
                # "Sorry for the cutoff at the end of the podcast", "…this post
                # got cut off yesterday; the power went out": a person's medium
                return SOFT, f"apology “{m.group(0)}” (about a person's {_HUMAN_MEDIUM.search(bare).group(0)})"
            if own:
                return HARD, f"apology about the work “{m.group(0)}…{own}”"
            # "I apologize for the error in last week's recipe", "Sorry, I
            # was wrong about the Lakers": a writer's correction names what
            # was wrong; only the bare "I apologize for the confusion." is
            # the agent's (and only at an edge)
            plain = _BARE_TROUBLE.search(bare)
            if plain:
                return MEDIUM, f"apology about the work “{m.group(0)}…{plain.group(1)}”"
        return SOFT, f"apology “{m.group(0)}”"
    m = _UNABLE.search(bare)
    if m:
        return HARD, f"the agent cannot do its task “{m.group(0)}”"
    m = _CLOSING.search(bare)
    if m and _CLOSING_OBJECT.search(bare):
        if _READERS_REPLY.search(bare):
            # "Let me know in the comments if you'd like me to cover the
            # anemometer next": a blogger asks the readers
            return 0, ""
        return (HARD if ctx.end or fp and _PROCESS.search(bare) else MEDIUM), f"chat postamble offering more work “{m.group(0)}…{_CLOSING_OBJECT.search(bare).group(0)}”"
    process = _PROCESS.search(bare)
    if fp and process:
        # a blogger runs web searches, hits rate limits and reads function
        # calls too ("I ran a web search for the error message and found…"):
        # sure only in the agent's own terms, with its plan or its trouble
        sure = _PROCESS_SURE.search(process.group(0)) or _PROCESS_PLAN_OR_TROUBLE.search(bare)
        if sure and process.group(0).lower().endswith(" count") and not _COUNT_CHECKED.search(bare):
            # a writer's diary plans around its word count too ("I'm going to
            # keep a proper diary, not just a word count on the calendar"):
            # the agent checks the count against the request
            sure = None
        return (HARD if sure else SOFT), f"first-person process narration “{process.group(0)}”"
    m = _PREAMBLE.search(bare)
    if m:
        return (HARD if ctx.start else SOFT), "chat preamble announcing the article as a deliverable"
    if _HOPE.search(bare):
        return (HARD if ctx.end else SOFT), "chat postamble “I hope this helps”"
    tool = _TOOL_ID.search(text)
    if tool and not fp and _THIRD_PERSON_AGENT.search(bare):
        # a writer's report of an agent ("The agent kept calling write_file
        # instead of default_api.write_file, and the run failed")
        return SOFT, f"tool name “{tool.group(0)}” in a report about an agent"
    if tool:
        # a tool named with what its call did, or with the agent's "I" ("I
        # need to call the write_file tool"), is a trace, not a mention
        outcome = _TOOL_OUTCOME.search(bare)
        what = f" and its outcome “{outcome.group(0)}”" if outcome else f" with “{fp.group(0)}”" if fp else ""
        return (HARD if what else MEDIUM), f"tool name “{tool.group(0)}”{what}"
    m = _SEARCHING_LINE.search(bare)
    if m:
        return MEDIUM, f"agent status line “{m.group(0)}”"
    m = _EN_EDGE_MORE.search(bare)
    if m:
        return MEDIUM, f"hands over or announces the writing “{m.group(0)}”"
    plan = None
    m = _PLAN.search(bare)
    if m and not _FUTURE_POST.search(bare):
        if not _PLAN_EVERYDAY.search(m.group(0)) or _PLAN_OBJECT.search(bare, m.end()):
            return MEDIUM, f"plan narration “{m.group(0)}”"
        plan = m  # weak: it goes only beside removed narration
    m = _EN_TEXT_WORK_EDGE.search(bare)
    if m and not _FUTURE_POST.search(bare):
        return MEDIUM, f"the agent's work on the text “{m.group(0)}”"
    m = _PROGRESS_REPORT.search(bare)
    if m and not _FUTURE_POST.search(bare) and (
        _OWN_WORK.search(bare) or ctx.labelled and _TASK_NOUN.search(bare) or _foreign(text, ctx.language) and not _attributed(text)
    ):
        return MEDIUM, f"progress report on its own work “{m.group(0)}”"
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
    m = _PROMPT_CONTINUE_EN.search(bare)
    if m:
        # "Continue the following article in the same style." (a reader's
        # "Continue reading the full article" names no text to write)
        spec = _PROMPT_CONTINUE_SPEC.search(bare, m.end())
        return (HARD if spec else MEDIUM), f"prompt instruction echoed “{m.group(0)}”"
    for pattern, what in ((_SEARCHED_NOTHING, "the agent found nothing"), (_RESEARCH_DONE_EN, "research narration")):
        m = pattern.search(bare)
        if m:
            # (a columnist searches and reads sources too: only "…found
            # nothing." said and left there is the agent's report)
            ends = pattern is _SEARCHED_NOTHING and _ENDS_ON_NOTHING.search(bare)
            return (MEDIUM if ends else SOFT), f"{what} “{m.group(0)}”"
    found = first_match(bare, (
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
    ), MEDIUM)
    if found:
        return found
    if fp:
        m = _DELIVERABLE.search(bare)
        if m:
            return MEDIUM, f"the article as an object being produced “{m.group(0)}”"
    if _INTERJECTION.search(bare):
        return SOFT, "compliance interjection"
    process = process or _PROCESS_GENERIC.search(bare)
    if process:
        return SOFT, f"process vocabulary “{process.group(0)}”"
    if fp and _EN_SOFT.search(bare):
        return SOFT, f"first person about the task “{_EN_SOFT.search(bare).group(0)}”"
    m = _EN_SKIPPING.search(bare)
    if m:
        return MEDIUM, f"what the writing leaves out “{m.group(0)}”"
    found = first_match(bare, (
        (_EN_LEAVES_OUT, "what the writing leaves out"),
        (_EN_CHECK_SOFT, "asks for a check before publishing"),
        (_EN_OUTLINE_CHECK, "checks the text against its outline"),
        (_EN_KEPT_FROM_CHECKING, "what stops the agent checking"),
        (_EN_IN_RANGE, "a length check's verdict"),
    ), SOFT)
    if found:
        return found
    if _foreign(text, ctx.language) and fp and not _attributed(text):
        return SOFT, "first-person sentence"
    if plan is not None:
        return SOFT, f"plan narration “{plan.group(0)}” (a person's plan too)"
    m = _EN_PLAN_TOLD.search(bare)
    if m:
        return SOFT, f"the article's plan told “{m.group(0)}” (a person's too)"
    return 0, ""
