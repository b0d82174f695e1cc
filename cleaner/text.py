"""Text helpers shared by the rules: sentences, normalisation, script."""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import regex

from .patterns import lazy
from .scripts import CJK_RANGES, LATIN_RANGES

# A sentence ends at 。！？!? (plus closing brackets/quotes after them), or at
# a "." followed by white space or the end - unless the "." belongs to an
# abbreviation ("e.g.", "Mr.", "U.S.") or a number ("3.5").
_CLOSERS = "」』）)】〕〉》\"'”’"
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st vs etc e.g i.e u.s u.k no fig inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec approx dept est".split()
)
# A bold label such as "**Cost:**" before running text is a unit of its own,
# so that the label reads the same in a list item and in a flattened copy.
_END = lazy(
    rf"(?:[。！？!?]+|…+|\.(?=[\s{regex.escape(_CLOSERS)}]|$))[{regex.escape(_CLOSERS)}]*"
    r"|(?:(?<=[:：])\*\*|\*\*[:：])(?=\s)"
)
_WORD_BEFORE = lazy(r"(?<![\p{L}'’])([\p{L}.]+)\.$")
# counting goes by runs: one match per run of letters, not one per letter
# (a list of thousands of one-letter strings costs four times as much)
# (stdlib re over the ranges of cleaner/scripts.py: scans several times
# faster than regex's \p{...}, and these run over every paragraph)
CJK_RUN = re.compile(f"[{CJK_RANGES}]+")
_LATIN_RUN = re.compile(f"[{LATIN_RANGES}]+")
_SPACE = lazy(r"\s+")
_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")
TERMINAL = "。！？!?.…" + _CLOSERS


_POST_CACHES: list = []


def per_post_cache(maxsize: int):
    """``lru_cache`` for work the rules repeat within one post (the same
    paragraphs are split, normalised and judged by several rules, in every
    pass of the pipeline).  ``clear_post_caches()`` empties them all after
    each post, so that a batch of thousands of posts holds no more than one
    post's worth (memory stays flat whatever the folder size)."""

    def wrap(function):
        cached = lru_cache(maxsize=maxsize)(function)
        _POST_CACHES.append(cached)
        return cached

    return wrap


def clear_post_caches() -> None:
    for cached in _POST_CACHES:
        cached.cache_clear()


class Sentence(NamedTuple):
    """A named tuple, not a frozen dataclass: one is made per sentence of
    every paragraph, and a tuple is made five times faster."""

    start: int
    end: int  # exclusive, includes trailing white space
    text: str  # without surrounding white space

    @property
    def complete(self) -> bool:
        return ends_sentence(self.text)


@per_post_cache(maxsize=8192)
def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences with their offsets.

    The pieces cover ``text`` exactly (white space is attached to the
    sentence before it), so removing some of them and joining the rest
    never loses a character of the others.

    Cached: several rules split the same paragraphs, in every pass of the
    pipeline, and the result is immutable.
    """
    out: list[Sentence] = []
    start = 0
    # where brackets are, found once: most terminators have none within
    # reach, and then the quotation check is not needed
    brackets = [m.start() for m in _BRACKET.finditer(text)]
    for m in _END.finditer(text):
        end = m.end()
        if m.group(0).startswith(".") and _is_abbreviation(text, m.start()):
            continue
        i = bisect.bisect_left(brackets, max(start, end - _QUOTE_REACH))
        if i < len(brackets) and brackets[i] < end and _inside_quote(text, start, end):
            continue  # 「…AI. Connecting…」: a quotation inside the sentence
        # a line break also ends a sentence: take the white space after it
        while end < len(text) and text[end].isspace():
            end += 1
        piece = text[start:end]
        if piece.strip():
            out.append(Sentence(start, end, piece.strip()))
            start = end
    # text after the last terminator (an unfinished sentence), split at newlines
    rest = text[start:]
    if rest.strip():
        pos = start
        for line in rest.split("\n"):
            seg_end = pos + len(line)
            if line.strip():
                out.append(Sentence(pos, min(seg_end + 1, len(text)), line.strip()))
            pos = seg_end + 1
    return tuple(_split_lines(text, out))


_OPENERS = "「『（(“"
_PAIRS = {"「": "」", "『": "』", "（": "）", "(": ")", "“": "”"}
_BRACKET = lazy(r"[「『（(“」』）)”]")
_QUOTE_REACH = 200  # an opener further back than this was never closed


def _inside_quote(text: str, start: int, end: int) -> bool:
    """Is the terminator ending at ``end`` inside a quotation or parenthesis
    that the sentence goes on after (「…creation.」というミッション)?"""
    piece = text[max(start, end - _QUOTE_REACH) : end]
    if not _BRACKET.search(piece):
        return False  # the common case, in one scan instead of ten
    ahead = text[end : end + _QUOTE_REACH]
    for opener, closer in _PAIRS.items():
        # open before the terminator and closed soon after it (an opener that
        # is never closed - a cut or spliced sentence - does not count)
        if piece.count(opener) > piece.count(closer) and closer in ahead.split(opener, 1)[0]:
            return True
    # a closing bracket right after the terminator, followed by more of the
    # same sentence (a particle, not a space): the quotation was a part of it
    return piece[-1:] in "」』）)”" and end < len(text) and not text[end].isspace() and text[end] not in TERMINAL


def _split_lines(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """A newline inside a sentence also separates units (one paragraph per line)."""
    if "\n" not in text.rstrip():
        return sentences
    out: list[Sentence] = []
    for s in sentences:
        inner = text[s.start : s.end].rstrip()
        if "\n" not in inner:
            out.append(s)
            continue
        pos = s.start
        for line in text[s.start : s.end].split("\n"):
            seg_end = pos + len(line)
            if line.strip():
                out.append(Sentence(pos, min(seg_end + 1, s.end), line.strip()))
            pos = seg_end + 1
    return out


_ENUMERATOR = lazy(r"(?:^|\s)\d{1,2}\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    before = text[max(0, dot - 12) : dot + 1]
    if _ENUMERATOR.search(before):
        return True  # "3. " numbering a list item (also when flattened into prose)
    m = _WORD_BEFORE.search(before)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    # single capital initial ("J. Smith") or dotted acronym ("U.S.")
    return len(word) == 1 or (("." in word) and len(word) <= 5)


def ends_sentence(text: str) -> bool:
    """Does ``text`` end with a finished sentence (or a line that needs none)?"""
    t = text.rstrip()
    if not t:
        return True
    if t.endswith(("**", "__")):
        return True  # a bold line is a pseudo-heading: complete as it stands
    bare = t.rstrip("*_`")  # italic/code closing marks
    if not bare:
        return True
    return bare[-1] in TERMINAL or bare[-1] in ":："


@per_post_cache(maxsize=65536)
def norm(text: str) -> str:
    """Comparison key: NFKC, no white space, no markdown emphasis, casefolded."""
    # (stdlib re and str.split: twice as fast as regex's subs on the many
    # short strings this keys; split() also takes U+001C-U+001F for white
    # space, which \s does not - control characters either way)
    t = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    return "".join(t.replace("**", "").replace("__", "").split()).casefold()


#: the language of a text is judged on its first characters
LANGUAGE_SAMPLE = 20000


def cjk_ratio(text: str) -> float:
    """Share of CJK letters among CJK + Latin letters (0 for none)."""
    return _ratio(*count_letters(text[:LANGUAGE_SAMPLE]))


def _ratio(cjk: int, latin: int) -> float:
    return cjk / (cjk + latin) if cjk + latin else 0.0


def count_letters(text: str) -> tuple[int, int]:
    """(CJK letters, Latin letters) in ``text``."""
    # removing the runs and comparing lengths: twice as fast as summing the
    # lengths of the runs found
    without_cjk = CJK_RUN.sub("", text)
    return len(text) - len(without_cjk), len(without_cjk) - len(_LATIN_RUN.sub("", without_cjk))


#: from this share of CJK letters on, a text is CJK
CJK_SHARE = 0.3


def is_cjk_text(text: str) -> bool:
    return cjk_ratio(text) >= CJK_SHARE


@per_post_cache(maxsize=64)
def article_language(text: str) -> str:
    """``ja`` (or other CJK) when the prose is mostly CJK, else ``en``."""
    return "ja" if is_cjk_text(text) else "en"


def article_language_of(texts: list[str]) -> str:
    """``article_language("\n".join(texts))``, counted text by text: two
    rules ask in each pass of the pipeline, after edits that leave most
    paragraphs as they were, and their counts are cached (instead of
    counting the first 20,000 characters of the post each time)."""
    cjk = latin = 0
    budget = LANGUAGE_SAMPLE
    for i, text in enumerate(texts):
        budget -= 1 if i else 0  # the "\n" between two texts
        if budget <= 0:
            break
        c, l = _letters(text) if len(text) <= budget else count_letters(text[:budget])
        cjk, latin, budget = cjk + c, latin + l, budget - len(text)
    return "ja" if _ratio(cjk, latin) >= CJK_SHARE else "en"


@per_post_cache(maxsize=8192)
def _letters(text: str) -> tuple[int, int]:
    return count_letters(text)


def contains_any(text: str, literals) -> bool:
    """Is one of ``literals`` in ``text``?  A gate before a pattern every match
    of which contains one: a substring search per literal runs many times
    faster than a regex alternation over the whole text."""
    for literal in literals:
        if literal in text:
            return True
    return False


def excerpt(text: str, limit: int = 48) -> str:
    """The start of ``text`` on one line, at most ``limit`` characters."""
    head = text[: 4 * limit]
    if len(head) < len(text):
        # a fix quotes the start of what it removed, often a long paragraph:
        # white space collapsed in its head alone gives the same start
        t = _SPACE.sub(" ", head).lstrip().rstrip()
        if len(t) > limit:
            return t[: limit - 1] + "…"
    t = _SPACE.sub(" ", text).strip()
    return t if len(t) <= limit else t[: limit - 1] + "…"


def weight(text: str) -> int:
    """Length that counts: characters without white space and markup."""
    return len(norm(text))


# A code span opens and closes with the same run of backticks.  The opening
# run is capped at 16: a longer run (never real markdown) would otherwise be
# tried at every length from every position - quadratic in its length.
INLINE_CODE = lazy(r"(`{1,16})[^`]*?\1")


def outside_inline_code(text: str, fix) -> str:
    """Apply ``fix`` to the parts of ``text`` outside inline code spans
    (code is content as written: never cleaned)."""
    out, pos = [], 0
    for m in INLINE_CODE.finditer(text):
        out.append(fix(text[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(fix(text[pos:]))
    return "".join(out)


#: a Japanese text that starts with one of these finishes a word or clause
#: ("注目され" / "ているのが…"); sentences do not start with them (「では」「と
#: ころで」「もし」「ただし」 do, so で, と, も, た are not here)
_JA_CONTINUATION = set("てにをはがのへやりるれっらせずぬぁぃぅぇぉゃゅょー、。」』）】")


def starts_mid_sentence(text: str) -> bool:
    """Does ``text`` visibly start inside a sentence (the rest of one a seam
    cut: "ているのが…", "and then…")?"""
    head = text.lstrip()[:1]
    if not head:
        return False
    if head in _JA_CONTINUATION:
        return True
    return head.isascii() and (head.islower() or head in ",;:)")


#: English words a cut phrase may stop on ("…matching patients to", "…more than")
_FUNCTION_WORDS = frozenset(
    "a an the to of for with and or in on at by from that which who is are was were be been as than more less when if into about its their our your".split()
)
_SENTENCE_THEN_WORDS = lazy(r"[.!?](?:\*\*)?\s+\S+\s+\S")
#: the Japanese particles a phrase goes on after ("駅前の", "窓を")
JA_PARTICLES = frozenset("のをがはにでともへ")
#: what a Japanese phrase stops on mid-way (a particle, a comma)
_JA_OPEN_END = JA_PARTICLES | frozenset("、，,や")


def stops_mid_phrase(cut: str, whole: str) -> bool:
    """Does the item text ``cut`` stop where no item ends, given ``whole``
    that goes on from it?  Mid-word ("…baking so" / "…baking soda"), on a
    function word ("…matching patients to"), on a Japanese particle or comma,
    or inside a word of kanji or katakana.  Not after a word an item may end
    on: "- Check the dashboard" before "- Check the dashboard again after ten
    minutes", "- 窓を閉める" before "- 窓を閉める前に…" are two items."""
    c = cut.rstrip()
    if not c or not whole.startswith(c) or len(whole) == len(c):
        return True
    last, nxt = c[-1], whole[len(c)]
    if last.isascii() and last.isalnum():
        if nxt.isascii() and nxt.isalnum() or nxt in "-'’":
            return True  # (inside a word: "…baking so" / "soda", "…a fine" / "fine-tuned")
        word = c.rsplit(None, 1)[-1].lower()
        # (or after a finished sentence of the item: "**They cite lines.**
        # Every comment points to the line it is about, so reviewers")
        return word in _FUNCTION_WORDS or _SENTENCE_THEN_WORDS.search(c) is not None
    if last in _JA_OPEN_END:
        return True
    return not ("\u3041" <= last <= "\u309f")  # (a word of kanji or katakana goes on; a verb's kana ending ends it)
