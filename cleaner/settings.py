"""Settings every rule reads; defaults here, overrides from config files/CLI."""

from __future__ import annotations

from dataclasses import dataclass, field

from .document import DEFAULT_MARKERS

DEFAULT_EXCERPT_BOILERPLATE = (
    r"について詳細に分析します。?$",
    r"について(?:詳しく)?(?:解説|考察|分析)します。?$",
    r"^In this (?:article|post|blog post),? (?:we|I) (?:will|'ll) (?:explore|discuss|analy[sz]e|look at)",
    r"^This (?:article|post) (?:will )?(?:explores?|discuss(?:es)?|analy[sz]es?)",
    # a chat preamble that landed in the description instead of the article
    r"(?i)^(?:Sure|Certainly|Of course|Absolutely)[!,.]?\s+(?:here(?:'s| is)|I(?:'ll| will| can))",
    r"^Here(?:'s| is) (?:the|your|a) (?:blog post|article|post|draft)",
    r"^(?:はい|承知(?:いた)?しました|かしこまりました)[、。！]",
    r"^以下(?:が|は|に).{0,20}(?:記事|ブログ)",
    # a template's placeholder left unfilled: "{{excerpt}}", "{{ page.description }}",
    # "[excerpt]", "A short summary of the post", "Excerpt goes here", "ここに概要を入力"
    r"^\{\{-?\s*[\w.]+\s*-?\}\}$|^\{%.*%\}$|^[\[<](?:excerpt|description|summary|placeholder)[\]>]$",
    r"(?i)^(?:an? )?(?:short|brief|one-line) (?:summary|description|excerpt) (?:of|for) (?:the|this) (?:post|article|blog post)\.?$",
    r"(?i)^(?:excerpt|description|summary) (?:goes )?here\.?$|^(?:TODO|TBD|FIXME)\b|^Lorem ipsum",
    r"^(?:ここに)?(?:記事の)?(?:抜粋|概要|説明|要約)(?:文)?(?:を(?:入力|記入|記載))?(?:してください)?[。]?$|^(?:記事の)?(?:概要|要約|説明)(?:文)?(?:が入ります|をここに)",
)


@dataclass(frozen=True)
class Settings:
    # rule selection (names from ``cleaner.rules``)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    # posts left out (globs, as --exclude; a pattern with a "/" is relative
    # to the folder of the config file that sets it); also posts named on
    # the command line, so that a pre-commit hook leaves them alone too
    exclude: tuple[str, ...] = ()
    # seams
    markers: tuple[str, ...] = DEFAULT_MARKERS
    trim_unfinished_tail: bool = False
    # dedup: units shorter than this (characters without white space) never
    # count as duplicates - short lines such as "詳細はこちら" or a repeated
    # table-of-contents link repeat legitimately.
    min_dup_chars: int = 16
    near_dup_ratio: float = 90.0
    min_near_dup_chars: int = 40
    # monologue: 1 (only sure cases) .. 3 (aggressive); 2 is the default
    monologue_strictness: int = 2
    # front matter
    title_line: str = "remove"  # keep | remove | heading
    excerpt_boilerplate: tuple[str, ...] = DEFAULT_EXCERPT_BOILERPLATE
    excerpt_length: int = 120  # characters; a regenerated excerpt ends at a sentence within it
    # reading_time: CJK characters per minute (silent reading of Japanese is
    # commonly put at 400-600; IReST measured 357 reading *aloud*) and words
    # per minute for other text (Brysbaert 2019: 238 for silent reading of
    # English non-fiction); see the README
    cjk_chars_per_minute: int = 500
    words_per_minute: int = 238
    # the no-article verdict (cleaner/verdict.py): a post the agent's text was
    # removed from is "no-article" (left as it was, reported) when fewer
    # letters/digits than this remain outside headings - about two Japanese
    # sentences or 20 English words; 0 flags only posts with nothing left
    min_article_chars: int = 100
    # exit 1 on a no-article post also when writing (--in-place, -o, stdin)
    fail_on_no_article: bool = False
    # writing: fsync each post and its folder (survives a power cut; slower)
    fsync: bool = False
    # seconds one post may take to clean before it is reported as an error
    # and left untouched (0: no limit); see cleaner/deadline.py
    post_timeout: float = 60.0
    extra: dict = field(default_factory=dict, compare=False)
