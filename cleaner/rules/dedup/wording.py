"""Tests on two wordings - is one a cut, a cover, an extension, a
reworded copy of the other? - the patterns and thresholds they use, and the
small helpers the rule's parts share (keys, ranks, notes)."""

from __future__ import annotations

import bisect
from collections import Counter
from typing import TYPE_CHECKING

from ...document import ITEM_MARK, LABEL_ONLY_ITEM, Block
from ...patterns import lazy
from ...text import ends_sentence, norm, per_post_cache, split_sentences, starts_mid_sentence

if TYPE_CHECKING:
    from .model import _Para, _Unit

#: a heading of at most this many characters (white space left out) is a label
_LABEL_CHARS = 60
_DIGITS = lazy(r"\d+(?:[.,]\d+)*")
_LIST_ITEM = lazy(r"^( {0,8})(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
_HEADING_MARK = lazy(r"^ {0,3}#{1,6}[ \t]*")
#: a line set in bold as a section label ("**未来への展望**", "__Why now?__:")
_BOLD_LINE = lazy(r"^(\*\*|__)[^\n]+\1[:：]?$")
#: a repeat right after its copy with fewer letters than this is left:
#: "No." or 「いや。」 said twice may be meant
_MIN_STUTTER = 3
_LETTER = lazy(r"[\p{L}\p{N}]")
#: the rank of a label that is not a heading (below "######")
_LOWEST = 7
#: in a post with no seam or chat turn, a sentence or item this short
#: (characters without white space) that repeats one under other headings is
#: a writer's: a refrain closing each section, "Updated dependencies." in
#: each release, "詳しくはお問い合わせください。" under each question.  A
#: model looping in one reply repeats within a section, or whole sections
#: with their headings, and those repeats still go
ONE_GO_LINE_CHARS = 60
#: a fuzzy match must also keep every sentence of the dropped copy this close
_SENTENCE_KEEP_RATIO = 85
#: a line of dialogue, a speaker's words in quotes: said twice, it was said
#: twice ("ボット：「申し訳ありませんが…」" again in a transcript)
_SPOKEN = lazy(r"^(?:[^\s「」“”\"：:]{1,20}[：:]\s*)?[「“\"][^「」“”\"]+[」”\"]$")
#: the dots a continuation opens with ("…その結果、", "...and then"), or the
#: dash a flattened copy opens with ("― 見出しの言葉…"): not part of the key
_LEADING_DOTS = lazy(r"^\s*(?:…+|\.{3,}|[―—]+)\s*")
_DOT_STARTS = frozenset("….―—")
#: the dash a flattened copy may open with, before the title's words
_DASHES = lazy(r"^[―—]+\s*")
#: a heading's mark inside a paragraph line: a flattened copy (glued to the
#: words before it too, "…のか### 気をつけたい点"; what follows must be a known
#: heading's words)
_INLINE_HEADING = lazy(r"(?<!#)#{1,6}[ \t]+")
#: a bold span inside a line: a label, when its words are a label line's
_INLINE_BOLD = lazy(r"\*\*([^*\n]{2,80}?)\*\*[:：]?")
#: in a generated post, a sentence that says a kept one after one of these
#: openers repeats it (on keys: no white space, case folded).  Only words
#: that add nothing: "Not the best option." is no repeat of "The best option.",
#: nor "629件" of "29件"
_OPENER = lazy(r"^(?:(?:その|この|あの|また|そして|さらに|ただ|でも|まず|つまり|実は|さて|特に|もちろん|とはいえ)、?|(?:so|and|also|then|still|indeed|ofcourse|infact),)(?!\d)")
#: a restart's callback to the paragraph it says again ("As I mentioned
#: earlier,", "前述のとおり、"): no more complete wording of it.  (A single
#: sentence with one is a writer's reminder: it stays.)
_CALLBACK = lazy(
    r"^(?:(?:as(?:i|we)?(?:mentioned|noted|said|explained|saw)(?:earlier|above|before)?|aswesawearlier),"
    r"|(?:前述の(?:とおり|通り)|先ほど(?:も)?(?:述べた|触れた)(?:よう|とおり|通り)に?|前にも(?:述べた|触れた)(?:よう|とおり|通り)に?|繰り返しになりますが)、)"
)
#: ... but not one a kept sentence says under another opener this short
_OTHER_OPENER_CHARS = 5
#: a paragraph opening with a sentence's rest shorter than this is no fuller
#: wording of the paragraph it copies
_MIN_TAIL_WORDS = 16
#: a heading's words opening a paragraph are cut out as its copy only when
#: this long (characters without white space): "Results" may open a sentence
_MIN_OPENING_LABEL = 8
#: a heading this close to an earlier one of its rank is a restart's copy in
#: other words; it goes only when everything under it was a repeat
_REWORDED_HEADING_RATIO = 75




def _ratio(a: str, b: str, cutoff: float = 0) -> float:
    # rapidfuzz is imported on the first pair that passes the cheap tests:
    # most short posts never get that far
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b, score_cutoff=cutoff)


def _indel_distance(a: str, b: str) -> int:
    from rapidfuzz.distance import Indel

    return Indel.distance(a, b)



#: how close two wordings must be to be near-duplicates in a post written in
#: one go (no seam, no chat turn), unless one says all of the other and more
ONE_GO_NEAR_RATIO = 97
_BULLET = lazy(r"^([-*+])\s")
#: an item stub shorter than this ("- 1 t") is not taken for a cut item
MIN_ITEM_STUB = 4


def _cut_item(cut: _Unit, whole: _Unit) -> bool:
    """Is ``cut`` a list item stopped short that ``whole`` says again whole
    ("- 1 tsp baking so" / "- 1 tsp baking soda"; a bare label, "- **会話要約
    の共有**：", is cut right after it)?"""
    if not len(whole.key) > len(cut.key) >= MIN_ITEM_STUB or not whole.key.startswith(cut.key):
        return False
    # (an item ending on a colon is cut before what it introduces when its
    # twin goes on with lines under it: "2. Copy the card:" / the same and a
    # code block)
    introduces = cut.text.rstrip().endswith((":", "：")) and "\n" in whole.text.strip()
    return not ends_sentence(cut.text) or bool(LABEL_ONLY_ITEM.match(cut.text)) or introduces




def _numbered_on(kept: str, rest: str) -> bool:
    """Does list ``rest`` go on with list ``kept``: its first item numbered
    after ``kept``'s last top-level one ("3. …" / "4. …"), or both bulleted
    with the same mark?"""
    last = [m for line in kept.split("\n") if not line[:1].isspace() and (m := _STEP_NUMBER.match(line))]
    first = _STEP_NUMBER.match(rest)
    if last or first:
        return bool(last and first) and int(first.group(1)) == int(last[-1].group(1)) + 1
    bullet, opening = _BULLET.match(kept), _BULLET.match(rest)
    return bool(bullet and opening) and bullet.group(1) == opening.group(1)


@per_post_cache(maxsize=65536)
def _key(text: str) -> str:
    """Comparison key of a sentence or item: no list marker in front (a list
    item flattened into prose must still match the item), no continuation
    dots in front ("…その結果、" of a restart is "その結果、")."""
    text = ITEM_MARK.sub("", text, count=1)
    if text.lstrip()[:1] in _DOT_STARTS:
        text = _LEADING_DOTS.sub("", text, count=1)
    return norm(text)


def _split_items(text: str) -> list[tuple[int, str]]:
    """(line offset, text) of each top-level item of a list block."""
    lines = text.split("\n")
    first = _LIST_ITEM.match(lines[0])
    indent = len(first.group(1)) if first else 0
    items: list[tuple[int, list[str]]] = []
    for i, line in enumerate(lines):
        m = _LIST_ITEM.match(line)
        if m and len(m.group(1)) <= indent or not items:
            items.append((i, [line]))
        else:
            items[-1][1].append(line)
    return [(i, "\n".join(ls)) for i, ls in items]


def _para_key(para: _Para) -> str:
    return "".join(u.key for u in para.units)


def _close_to_all(key: str, unit: _Unit) -> bool:
    """May ``key`` replace ``unit``'s wording?  Only when it is close to every
    wording the unit held, so that a chain of near-duplicates cannot drift
    away from the first one."""
    return all(_covers(key, old) for old in [unit.key, *unit.history])


def _fuller(new: str, old: str, new_text: str, old_text: str) -> bool:
    """Is the wording ``new`` (key; ``new_text`` as written) a fuller one of
    ``old``: all of it and more (a cut sentence finished, a word of content
    added), or more words of content than it lost ("より自然な" / "より自然で抑揚のある")?  A rewording
    that trades words ("I also send …, birthday money" / "I also sent …, and
    birthday money", "does the work" / "is doing the job") says nothing
    more: the first wording stays."""
    if len(new) <= len(old):
        return False
    mine, theirs = _content_words(new_text), _content_words(old_text)
    added, lost = sum((mine - theirs).values()), sum((theirs - mine).values())
    if _indel_distance(new, old) == len(new) - len(old):
        # all of it and more: a cut sentence finished, or a word of content
        # added ("It has said that it will…" adds no more than a "that")
        return added > 0 or new.startswith(old)
    return added > lost


def _content_words(text: str) -> Counter:
    """The words of ``text`` that carry content: English words of three
    letters or more but function words, figures, and each kanji or katakana
    (Japanese has no spaces; its particles and endings are kana)."""
    words = Counter(w for w in _CONTENT_WORD.findall(text.lower()) if w not in _FUNCTION_WORDS)
    words.update(_CJK_CONTENT.findall(text))
    return words


_CONTENT_WORD = lazy(r"[a-z][a-z'-]{2,}|\d[\d,.]*")
_CJK_CONTENT = lazy(r"[\u4e00-\u9fff\u30a0-\u30ff]")
_FUNCTION_WORDS = frozenset(
    """the and for but nor yet with from into onto that this these those are was were has have had its it's also very just
    then than there their they them our your you his her she him not all any can could would should will may might must
    does did done doing about over under after before again more most such only own same too out off one
    itself himself herself themselves ourselves yourself myself each other""".split()
)


def _covers(kept: str, dropped: str, kept_text: str | None = None, dropped_text: str | None = None) -> bool:
    """Does the wording ``kept`` carry what ``dropped`` said?  Yes when they
    are close, or when ``kept`` only adds words to ``dropped`` (every
    character of it is there, in order) - but not when one says "not" more
    often than the other (given their texts): "…was not easy" adds a word to
    "…was easy" and says the opposite."""
    if kept == dropped:
        return True
    if kept_text is not None and dropped_text is not None and _negated(kept_text) != _negated(dropped_text):
        return False
    if _ratio(kept, dropped) >= _SENTENCE_KEEP_RATIO:
        return True
    return len(kept) > len(dropped) and _indel_distance(kept, dropped) == len(kept) - len(dropped)


def _keeps_sentences(kept: str, dropped: str) -> bool:
    kept_sentences = [(_key(s.text), s.text) for s in split_sentences(kept)]
    return all(
        any(_covers(k, _key(d.text), text, d.text) for k, text in kept_sentences) for d in split_sentences(dropped)
    )


_STEP_NUMBER = lazy(r"^\s*(\d{1,9})[.)]\s")


def _other_step(text: str, earlier: str) -> bool:
    """Are both numbered items, under other numbers?"""
    a, b = _STEP_NUMBER.match(text), _STEP_NUMBER.match(earlier)
    return a is not None and b is not None and a.group(1) != b.group(1)


def _in_heading(unit: "_Unit") -> bool:
    return unit.para is not None and unit.para.block.kind == "heading"


def _lead_label_key(block: Block) -> str | None:
    """The key of the bold label a paragraph opens with on a line of its own
    ("**今後の展望**\nAIの進化は…"), None for other blocks."""
    if block.kind != "paragraph" or not block.text.startswith(("**", "__")):
        return None
    first, _, rest = block.text.strip().partition("\n")
    if not rest.strip() or not _BOLD_LINE.match(first.strip()):
        return None
    key = _key(first)
    return key if len(key) <= _LABEL_CHARS else None


def _drop_as_repeat(para: "_Para", unit: "_Unit", kept: "_Unit", note: str) -> None:
    unit.alive = False
    unit.dup_of = kept
    para.notes.append(note)


def _opens_with_cut_tail(para: "_Para") -> bool:
    """Does the paragraph open with a short rest of a cut sentence ("になる。")?"""
    first = para.units[0]
    return len(first.key) < _MIN_TAIL_WORDS and starts_mid_sentence(first.text)


def _words_key(words: str) -> str:
    """A label's key, from its words without marks: the closing colon left
    out ("**Why now:**" inline is the label line "**Why now**")."""
    return norm(words).rstrip(":：")


def _is_label(para: "_Para") -> bool:
    """A heading that names its section: one short sentence (not a
    paragraph an agent set as a heading line)."""
    return para.block.kind == "heading" and len(para.units) == 1 and len(para.units[0].key) <= _LABEL_CHARS


def _letters(key: str) -> int:
    return len(_LETTER.findall(key))


def _balanced(text: str) -> bool:
    """Can ``text`` go without leaving half of an emphasis, link or code span?"""
    return text.count("**") % 2 == 0 and text.count("__") % 2 == 0 and text.count("`") % 2 == 0 and text.count("[") == text.count("]")


def _rank(block: Block) -> int:
    """A label's place in the outline: a heading's level, below them a bold line."""
    if block.kind != "heading":
        return _LOWEST
    text = block.text.lstrip(" ")
    return len(text) - len(text.lstrip("#"))


def _repeated_paragraph(para: _Para) -> _Para | None:
    """The one kept paragraph that the removed opening sentences of ``para`` repeat."""
    owners = set()
    for u in para.units:
        if u.alive:
            break
        twin = u.dup_of or u.near_of
        owner = twin.para if twin is not None else None
        if owner is None:
            return None
        owners.add(id(owner))
        found = owner
    return found if len(owners) == 1 else None


#: how close a restart's reworded short opening stays to the first copy's
#: ("…would be a mistake." / "…would be an error.": 78)
_REWORDED_RATIO = 75
#: how close each reworded sentence of a restart stays to its kept twin when
#: the restart repeated other sentences of the same paragraph word for word
#: ("走る台数は減ります" / "走るトラックの台数は減ります": 86); a
#: sentence this close counts as kept in other words
_REWORDED_SENTENCE_RATIO = 85
#: the same, for a restart that repeats the kept paragraph sentence for
#: sentence, each reworded one in the place of its twin ("…職員は萎縮してしまい
#: ます" / "…職員はかえって使うのをためらってしまいます": 73)
_REWORDED_IN_PLACE_RATIO = 60
# (not "かもしれません", "思いませんか", "少ない", "まず、": a pair counted
# apart for another reason is only kept, never lost)
_NEGATION = lazy(
    r"(?i)(?<![A-Za-z])(?:not|no|never|none|nothing|cannot|neither|nor)(?![A-Za-z])|n't"
    r"|(?<!しれ)ません(?!か)|(?<!しれ|少|危|幼|切|情け|もったい|くだら|つまら)ない|なかった|(?<=[^まわ必])ず[、。にとも]|ぬ(?![いぐるれけかのま])"
)


_NAME_TOKEN = lazy(r"[A-Za-z0-9~/._-]*[A-Za-z0-9][A-Za-z0-9~/._-]*|\p{Katakana}[\p{Katakana}ー]{2,}")


def _new_names(old: str, new: str) -> bool:
    """Does ``new`` name something ``old`` does not: a capitalised or mixed
    word past its first, a path, a figure, a katakana word ("On Linux it
    lives in /etc/…" / "On macOS it lives in ~/Library/…": parallel facts,
    not one fact reworded)?"""
    def names(text: str) -> set[str]:
        found = set()
        for i, m in enumerate(_NAME_TOKEN.finditer(text)):
            token = m.group(0).rstrip("._-")  # (a full stop is no path)
            if not token.isascii() or any(c in token for c in "~/._") or any(c.isdigit() for c in token) or (i and token[0].isupper()) or any(c.isupper() for c in token[1:]):
                found.add(token.lower())
        return found

    return bool(names(new) - names(old))


def _one_slot_apart(first: str, second: str) -> bool:
    """Do two wordings differ in one slot, each naming what the other does
    not ("Installing on macOS" / "Installing on Linux", "A社の場合" / "B社の場合",
    "At the Leeds plant…" / "At the Derby plant…", "川崎工場では…" / "相模原工場では…")?
    Then they are parallel, two things.  Not a typo ("regenarated" /
    "regenerated"; but "Crypto" / "CryptoKey" are two names), nor a rewording: its words reordered ("送電網という見えにく
    い制約" / "見えにくい制約としての送電網") or several of them changed ("自治体に
    よって違いが大きい点" / "自治体ごとに差が出るポイント")."""
    mine, theirs = _slot_words(first), _slot_words(second)
    only_mine, only_theirs = mine - theirs, theirs - mine
    if not (1 <= len(only_mine) <= 2 and 1 <= len(only_theirs) <= 2) or len(mine & theirs) < max(len(only_mine), len(only_theirs)):
        return False
    return not any(abs(len(a) - len(b)) <= 1 and _ratio(a, b, _TYPO_RATIO) for a in only_mine for b in only_theirs)


def _slot_words(text: str) -> set[str]:
    """Latin words and figures, and runs of kanji or katakana (a name or a
    word each: "自治体", "ポイント")."""
    return {w for w in _SLOT_WORD.findall(text.lower()) if w not in _SLOT_FUNCTION_WORDS}


_SLOT_WORD = lazy(r"[a-z0-9]+|[\u4e00-\u9fff]+|[\u30a0-\u30ff]+")
_SLOT_FUNCTION_WORDS = frozenset("an the of on in to for and or with how why what when where is are vs".split())
#: two words this close (and of about one length: "Crypto" / "CryptoKey" are
#: two names) are one word mistyped
_TYPO_RATIO = 70


def _extends(old: str, new: str) -> bool:
    """Does ``new`` say all of ``old`` (nearly every character, in order) and
    more: the more complete wording, not a looser one ("…閲覧傾向を元に" /
    "…閲覧傾向、さらには過去のチャット履歴やSNSでの言及までを元に")?  (The
    "only adds words" test of ``_covers``, with a tenth of ``old``'s letters
    allowed to differ: a restart rewords a particle or two as it adds.)"""
    common = (len(old) + len(new) - _indel_distance(old, new)) // 2
    return len(new) > len(old) and len(old) - common <= len(old) // 10


def _negated(text: str) -> int:
    """How many negations ``text`` says (a cheap count, compared between close wordings)."""
    return len(_NEGATION.findall(text))


def _continues(para: _Para, last: _Para) -> bool:
    """``para`` opens with the end of ``last`` (its last sentences, or all of
    it) and only then has new sentences."""
    dead_prefix = []
    for u in para.units:
        if u.alive:
            break
        dead_prefix.append(u.key)
    if len(dead_prefix) != sum(1 for u in para.units if not u.alive):
        return False  # repeats are scattered: leave the new sentences in place
    return bool(dead_prefix) and "".join(last.alive_keys()).endswith("".join(dead_prefix))


def _swap_text(old: str, new: str) -> str:
    """Replace a sentence's text but keep the old one's surrounding white space."""
    lead = old[: len(old) - len(old.lstrip())]
    trail = old[len(old.rstrip()) :]
    return lead + new.strip() + trail


def _gone_text(para: _Para) -> str:
    return " ".join(u.text.strip() for u in para.units if not u.alive)


def _line_finder(block: Block, shift: int = 0):
    starts = [0]
    text = block.text
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)

    def line_of(offset: int) -> int:
        return block.span[0] + bisect.bisect_right(starts, offset + shift) - 1

    return line_of


def _summarise(notes: list[str]) -> str:
    unique = list(dict.fromkeys(notes))
    if len(unique) > 3:
        return "; ".join(unique[:3]) + f"; and {len(unique) - 3} more"
    return "; ".join(unique) or "duplicate"
