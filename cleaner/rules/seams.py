"""Continuation seams: remove ``---END---`` markers and splice the chunks.

Pipelines that hit an output limit ask the model to "continue", and glue the
answers together with a marker line.  The next chunk then either repeats the
tail of the text before the marker, finishes a sentence that was cut, or
restarts from much earlier text::

    …これは、単に中国だけの問題ではなく、グローバルなサプライチェーンが分断されることで、世界
    ---END---
    グローバルなサプライチェーンが分断されることで、世界のAIエコシステム全体の…

becomes one paragraph with the overlap counted once::

    …これは、単に中国だけの問題ではなく、グローバルなサプライチェーンが分断されることで、世界のAIエコシステム全体の…

Repeated paragraphs after a restart are left to the ``dedup`` rule, which
runs next.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import unicodedata
from collections import Counter

from ..document import ITEM_MARK, LABEL_ONLY_ITEM, SEAM_NOTE, Block, Document, tidy_gaps
from ..fixes import Fix
from ..patterns import lazy
from ..settings import Settings
from ..text import CJK_RUN, JA_PARTICLES, ends_sentence, excerpt, norm, split_sentences, starts_mid_sentence, stops_mid_phrase
from . import Rule

#: an overlap shorter than this (characters) is a coincidence, not a repeat
MIN_OVERLAP = 4
#: an overlap that starts between two CJK letters (no boundary to see): as
#: long as any ("…のではなく" / "ではなく、…": nobody writes four letters
#: twice in a row at the very place a chunk stopped)
CJK_MIN_OVERLAP = 4
#: an overlap this long (characters) is one wherever it starts, even inside a
#: word ("…and writes text. Everything built on" / "tes text. Everything
#: built on it…"): no coincidence repeats twenty characters at a seam
LONG_OVERLAP = 20
#: how far back (characters) to look when asking "does this chunk restart earlier text?"
RESTART_WINDOW = 200_000
#: how many earlier sentences to compare when asking "is this a near copy?"
NEAR_WINDOW = 2_000
#: a tail that starts after one of these (or white space) starts at a word or clause
_BOUNDARY_BEFORE = frozenset("、，,；;：:（(「『\"'“‘—–-")


def apply(doc: Document, settings: Settings) -> tuple[Document, list[Fix]]:
    """Remove seam markers; splice a cut sentence with its continuation.

    For each marker, ``A`` is the paragraph before it and ``B`` the first
    block after it.  When ``A`` stops mid-sentence:

    * the longest tail of ``A`` that ``B`` starts with (at a word or clause
      boundary) is the overlap: ``A`` minus the overlap, plus ``B``;
    * else, when ``B`` is prose that does not repeat earlier text (exactly
      or as a near copy), ``A`` and ``B`` are joined into one sentence;
    * else, after the repeats: a paragraph that starts with ``A``'s
      unfinished sentence (the model restarted it further on) is spliced
      there; the first new paragraph is joined with ``A`` when it visibly
      starts mid-sentence;
    * else ``A`` is kept as it is and the report says it is unfinished.
    """
    blocks = list(doc.blocks)
    fixes: list[Fix] = []
    out: list[Block] = []
    consumed: set[int] = set()
    merged_into: dict[int, int] = {}  # block spliced away -> where its text is in ``out``
    seen_text = _Prefix(blocks, settings.near_dup_ratio)
    words = _Words(blocks)
    for i, block in enumerate(blocks):
        if i in consumed:
            continue
        if block.kind != "marker":
            out.append(block)
            continue
        reason = "seam marker"
        if out and out[-1].kind == "paragraph" and _WORDLESS_STUB.match(out[-1].text):
            # "**1." the chunk stopped on: the mark and number of a label it
            # never wrote, no word of content
            stub = out.pop()
            fixes.append(Fix(NAME, "removed", stub.span, excerpt(stub.text), "the chunk stopped on the marks of a label it never wrote (no word in it)"))
        whole = _restarted_whole(out[-1], blocks, i) if out and out[-1].kind in ("code", "table") else None
        if whole is None and out and out[-1].kind in ("heading", "quote"):
            whole = _given_whole(out[-1], blocks, i)
        if whole is not None:
            cut = out.pop()
            fixes.append(Fix(NAME, "removed", cut.span, excerpt(cut.text),
                             f"the chunk cut this {cut.kind} block and the next one gives it whole at line {whole.span[0]}; the cut copy goes"))
        if i - 1 in merged_into:
            # the block before this marker was spliced into an earlier
            # paragraph (over the repeats between them): that one is cut here
            a_index = merged_into[i - 1]
        else:
            a_index = len(out) - 1 if out and out[-1].kind == "paragraph" else None
        j = i + 1
        while j < len(blocks) and blocks[j].kind == "marker":
            j += 1  # consecutive markers: one seam
        item_end = _item_finished_by(out[-1], blocks, j, seen_text) if out and out[-1].kind == "list" else None
        table_rest = _table_goes_on(out[-1], blocks, j) if out and out[-1].kind == "table" and j < len(blocks) else None
        quote_rest = _quote_goes_on(out[-1], blocks[j]) if out and out[-1].kind == "quote" and j < len(blocks) else None
        if item_end is not None:
            a = out[-1]
            last = blocks[item_end]
            out[-1] = a.with_text(_item_joined(a.text, blocks[j].text) + "".join("\n" + blocks[m].text for m in range(j + 1, item_end + 1)),
                                  (a.span[0], last.span[1]))
            consumed.update(range(j, item_end + 1))
            fixes.append(Fix(NAME, "spliced", (a.span[0], blocks[j].span[1]), excerpt(a.text[-24:] + " ⟂ " + blocks[j].text[:24]),
                             "the chunk cut the list's last item mid-sentence and the next one finishes it: one item, one list"))
        elif table_rest is not None:
            a = out[-1]
            text, last, why = table_rest
            out[-1] = a.with_text(text, (a.span[0], blocks[last].span[1]))
            consumed.update(range(j, last + 1))
            fixes.append(Fix(NAME, "spliced", (a.span[0], blocks[last].span[1]), excerpt(a.text[-24:] + " ⟂ " + blocks[j].text[:24]), why))
        elif quote_rest is not None:
            a, b = out[-1], blocks[j]
            out[-1] = a.with_text(quote_rest, (a.span[0], b.span[1]))
            consumed.add(j)
            fixes.append(Fix(NAME, "spliced", (a.span[0], b.span[1]), excerpt(a.text[-24:] + " ⟂ " + b.text[:24]),
                             "the chunk cut the quote mid-sentence and the next one goes on with it, repeating the cut tail: one quote, the overlap once"))
        elif out and out[-1].kind == "list" and j < len(blocks) and _goes_on_with(out[-1], blocks[j]):
            a, b = out[-1], blocks[j]
            out[-1] = a.with_text(a.text + "\n" + b.text, (a.span[0], b.span[1]))
            consumed.add(j)
            fixes.append(Fix(NAME, "spliced", (a.span[0], b.span[1]), excerpt(a.text[-24:] + " ⟂ " + b.text[:24]),
                             "the chunk cut the list and the next one goes on with it (repeating some of its items): one list, whose repeats dedup removes"))
        # (the block after the marker may be spliced away already: an earlier
        # cut sentence went on there, past the restart this marker cut)
        if a_index is not None and j not in consumed and (not ends_sentence(out[a_index].text) or _dotted_repeat(out[a_index], blocks, j)
                                                          or _sentence_tail_again(out[a_index], blocks, j)):
            a = out[a_index]
            spliced = _splice(a, blocks, j, seen_text, words)
            if spliced is None:
                if j >= len(blocks):
                    reason += "; the last chunk ends mid-sentence and nothing completes it"
                    if settings.trim_unfinished_tail:
                        out[a_index], trimmed = _trim_unfinished(a)
                        if trimmed:
                            fixes.append(Fix(NAME, "removed", a.span, excerpt(trimmed), "unfinished last sentence (trim_unfinished_tail)"))
                    else:
                        fixes.append(Fix(NAME, "kept", a.span, excerpt(a.text[-40:]), "the post ends mid-sentence; nothing completes it"))
                else:
                    reason += "; the chunk before stops mid-sentence and the next one restarts earlier text, so they are not joined"
            else:
                new_a, b_index, how = spliced
                out[a_index] = new_a
                consumed.add(b_index)
                merged_into[b_index] = a_index
                fixes.append(Fix(NAME, "spliced", (a.span[0], blocks[b_index].span[1]), excerpt(a.text[-24:] + " ⟂ " + blocks[b_index].text[:24]), how))
        for k in range(i, j):
            fixes.append(Fix(NAME, "removed", blocks[k].span, blocks[k].text.strip(), reason))
            consumed.add(k)
    if not fixes:
        return doc, []
    trailing = doc.trailing_gap if blocks and blocks[-1].kind != "marker" else ()
    new = doc.with_blocks(tidy_gaps(doc, out))
    for block in blocks:
        if block.kind == "marker":
            new = new.with_note(SEAM_NOTE, block.span[0])
    return _with_trailing(new, trailing), fixes


def _sentence_tail_again(a: Block, blocks: list[Block], j: int) -> bool:
    """Does the next chunk open with the end of the sentence ``a`` ended
    with ("…可能性を秘めています。" / "ています。焦らず…")?  (Then ``a`` is
    spliced although it ends a sentence: the overlap goes once.)"""
    if j >= len(blocks) or blocks[j].kind != "paragraph":
        return False
    b = blocks[j].text
    end = b.find("。")
    tail = b[: end + 1]
    return end >= 3 and a.text.rstrip().endswith(tail) and len(a.text.rstrip()) > len(tail)


def _with_trailing(doc: Document, trailing: tuple[str, ...]) -> Document:
    return dataclasses.replace(doc, trailing_gap=trailing, final_newline=True)


def _restarted_whole(a: Block, blocks: list[Block], marker: int) -> Block | None:
    """The block of the next chunk that starts with all of ``a`` (a code
    block or table the seam cut, given again whole), or None.  Code and
    tables are never spliced: the cut copy is a prefix of the whole one."""
    chunk = itertools.dropwhile(lambda b: b.kind == "marker", blocks[marker + 1 :])  # (consecutive markers: one seam)
    for later in chunk:
        if later.kind == "marker":
            return None
        if later.kind == a.kind and later.text.startswith(a.text.rstrip()):
            return later
    return None


def _rows_only(block: Block) -> bool:
    """A table block of body rows only (no header and delimiter row): the
    rest of a table the seam cut."""
    lines = block.text.split("\n")
    return block.kind == "table" and all(line.lstrip().startswith("|") for line in lines) and not (
        len(lines) > 1 and _DELIMITER_ROW.match(lines[1]))


def _table_goes_on(a: Block, blocks: list[Block], j: int) -> tuple[str, int, str] | None:
    """The next chunk goes on with table ``a`` the seam cut: (the table's new
    text, the last block consumed, the reason), or None.

    * a cell cut mid-value and finished on a line of its own ("| 一次解決率 | 61% | 7"
      / "4% |"), the rows after it going on;
    * the rows going on, the first one the cut or last row given again
      ("| Weekly paid rides | 150,000 |" / "| Weekly paid rides | 150,000 | 40,000 |"),
      or the next one after a whole row, with as many cells;
    * a row cut between two cells ("| Llama 3.2 | 2.0 GB" / "| 4.6 tok/s |"),
      the header counting its cells."""
    rows = a.text.split("\n")
    last, b = rows[-1], blocks[j]
    width = _cells(rows[0])
    short = _cells(last) < width  # (a row the chunk cut after a whole cell: "| 2025年度 | ")
    if (not last.rstrip().endswith("|") or short) and b.kind == "paragraph" and "\n" not in b.text and b.text.rstrip().endswith("|") and not b.text.lstrip().startswith("|"):
        text = (a.text if not last.rstrip().endswith("|") else a.text.rstrip() + " ") + b.text.strip()
        end = j
        if j + 1 < len(blocks) and _rows_only(blocks[j + 1]):
            text += "\n" + blocks[j + 1].text
            end = j + 1
        return text, end, "the chunk cut a table cell and the next one finishes it: one row, one table"
    if not _rows_only(b):
        return None
    more = b.text.split("\n")
    first, cut = norm(more[0]).rstrip("|"), norm(last).rstrip("|")
    if first == cut:
        return "\n".join(rows + more[1:]), j, "the next chunk gives the table's last row again and goes on: the row once, one table"
    if len(cut) >= MIN_OVERLAP and first.startswith(cut):
        return "\n".join(rows[:-1] + more), j, "the chunk cut a table row and the next one gives it whole and goes on: one table"
    if short and _cells(last) + _cells(more[0]) == width:
        # the chunk stopped after a cell ("| Llama 3.2 | 2.0 GB", "| 兵庫 | 41 |")
        # and the next one gives the row's other cells ("| 4.6 tok/s |"), then the rows after it
        joined = (last.rstrip() + " " + more[0].strip()) if not last.rstrip().endswith("|") else last.rstrip() + more[0].strip()[1:]
        return "\n".join(rows[:-1] + [joined] + more[1:]), j, "the chunk cut a table row between two cells and the next one gives the rest of it: one row, one table"
    if short and _cells(more[0]) == width:
        # the chunk cut a row short and the next one goes on with the rows
        # after it: the short row stays as it is (its cells are nowhere), one table
        return "\n".join(rows + more), j, "the chunk cut a table row short and the next one gives the rows after it: one table"
    if last.rstrip().endswith("|") and _cells(last) == _cells(more[0]):
        # the chunk stopped after a whole row and the next one gives the rows
        # after it: rows without a header are no table of their own
        return "\n".join(rows + more), j, "the chunk stopped between two rows of the table and the next one gives the rest: one table"
    return None


def _cells(row: str) -> int:
    return row.strip().strip("|").count("|") + 1


def _given_whole(a: Block, blocks: list[Block], marker: int) -> Block | None:
    """The heading or quote right after the seam that gives ``a``, the one
    the chunk stopped on, whole ("## 投資家が見るべき" / "## 投資家が見るべき三つの
    指標", "> …モデルは、いずれ" / "> …いずれ市場から信頼を失う。"), or None."""
    j = marker + 1
    while j < len(blocks) and blocks[j].kind == "marker":
        j += 1
    if j >= len(blocks) or blocks[j].kind != a.kind or ends_sentence(a.text.rstrip(" #")) and a.kind == "quote":
        return None
    cut, whole = norm(a.text.lstrip("#> ")), norm(blocks[j].text.lstrip("#> "))
    if a.kind == "heading" and a.text.split(" ", 1)[0] != blocks[j].text.split(" ", 1)[0]:
        return None  # another rank: another heading
    return blocks[j] if len(cut) >= MIN_OVERLAP and len(whole) > len(cut) and whole.startswith(cut) else None


_QUOTE_MARK = lazy(r"^ {0,3}>[ \t]?")
#: a paragraph of an opening emphasis mark and a number, no word: "**1.", "__2)"
_WORDLESS_STUB = lazy(r"^\s*(?:\*\*|__)\s*\d{1,3}[.)]?\s*$")


def _quote_goes_on(a: Block, b: Block) -> str | None:
    """Quote ``a``'s text with quote ``b`` going on from its cut last line,
    when ``b`` opens by repeating the cut tail ("> 雨の日に、駅前の" / "> 駅前の
    喫茶店で読了。…"), or None: without the repeat, two quotes may be two."""
    if b.kind != "quote":
        return None
    last = a.text.rstrip("\n").rsplit("\n", 1)[-1]
    mark = _QUOTE_MARK.match(last)
    cut = last[mark.end() :] if mark else last
    first, _, rest = b.text.partition("\n")
    mark_b = _QUOTE_MARK.match(first)
    goes_on = first[mark_b.end() :] if mark_b else first
    if not cut.strip() or ends_sentence(cut) or not goes_on.strip():
        return None
    k = overlap(cut, goes_on) or _kanji_overlap(cut, goes_on)
    if not k:
        return None
    text = a.text.rstrip("\n")
    return text[: len(text) - k] + goes_on + ("\n" + rest if rest else "")


def _goes_on_with(a: Block, b: Block) -> bool:
    """Does list ``b`` go on with list ``a``, cut mid-item by the seam: ``b``
    repeats one of ``a``'s items or restarts its cut last item?  (Without a
    blank line between, the two copies become one list again, not a "loose"
    one; the repeated items are dedup's.)"""
    last_line = a.text.split("\n")[-1]
    # (an item ending on a colon, "2. Copy the card:", was cut before what it
    # introduces: the code or list under it)
    if b.kind != "list" or ends_sentence(a.text) and not LABEL_ONLY_ITEM.match(last_line) and not last_line.rstrip().endswith((":", "：")):
        return False
    *earlier, last = [_item_key(line) for line in a.text.split("\n")]
    if len(last) < MIN_OVERLAP:
        return False
    for line in b.text.split("\n"):
        key = _item_key(line)
        if key in earlier or key == last:
            return True
        if key.startswith(last) and stops_mid_phrase(last_line, line):
            # (an item extending the last one restarts it when the last one
            # stopped mid-phrase; "- Check the dashboard" / "- Check the
            # dashboard again after ten minutes" are two items)
            return True
    return False


def _item_finished_by(a: Block, blocks: list[Block], j: int, seen: "_Prefix") -> int | None:
    """The cut list ``a`` goes on in the line after the marker: its last item
    stopped mid-sentence ("- 災害時の問い合わせは、AIではなく") and the next
    chunk opens with one line that repeats the item's tail or visibly starts
    mid-sentence ("AIではなく電話窓口を…案内する"), or with a line the rest of
    the list is glued under ("…数の少ない" / "不正事例をAIに学ばせる" / "- 製造：…":
    a line with no item mark between two items is the cut item's rest).
    An item stopped on a comma is finished by a line of prose that says
    nothing said before too, list or none after it ("…価格の下落も速く、" /
    "大学の研究室でも…なっています。": a restart would say earlier text),
    unless the line opens a sentence of its own ("正直なところ、…").
    Returns the index of the last block that belongs to the item's list (the
    line itself, or the list glued under it)."""
    if j >= len(blocks) or blocks[j].kind != "paragraph" or "\n" in blocks[j].text.strip():
        return None
    item = a.text.rsplit("\n", 1)[-1]
    line = blocks[j].text
    after = j + 1
    list_goes_on = after < len(blocks) and blocks[after].kind == "list" and not blocks[after].gap
    # an item stopped on a comma ("…気象データをもとに、") is finished by a line
    # the list goes on under, whatever the line; one stopped elsewhere, by a
    # line that is no label of its own ("**製造**", "製造の例：")
    clause_open = (item.rstrip().endswith(("、", "，", ",")) or _cut_after_a_sentence(item)) and (
        list_goes_on
        or not _LABEL_START.match(line) and not line.startswith(("#", ">")) and not _SENTENCE_OPENER.match(line) and not _repeats_earlier(blocks[j], a, seen))
    between_items = list_goes_on and not line.rstrip().endswith((":", "：")) and not line.startswith(("#", "**", "__"))
    # (a label's short value said again, "- 所要時間：約1時間" / "約1時間あれば、…",
    # opens a sentence of its own: the item was whole)
    repeats_tail = overlap(item, line) and not _LABEL_VALUE.match(item)
    if ends_sentence(item) or not (clause_open or between_items or repeats_tail or starts_mid_sentence(_without_join_dots(item, line))):
        return None
    return after if list_goes_on else j


#: a list item of a label and a short value ("- 所要時間：約1時間", "- Price: $40")
_LABEL_VALUE = lazy(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\*\*)?[^:：\n]{1,20}(?:\*\*)?[:：](?:\*\*)?\s*[^、。,:：\n]{1,12}$")
#: a word that opens a sentence: a line starting with it does not finish a
#: cut one ("正直なところ、詳しい数値は…", "However, …")
_SENTENCE_OPENER = lazy(
    r"^(?:正直なところ|実は|しかし|しかしながら|ただし|ただ|また|さらに|一方|一方で|つまり|要するに|なお|もちろん|とはいえ|そして|ところで|例えば|たとえば|特に|まず|次に|最後に|結論から言うと|では|さて)、"
    r"|^(?:However|Honestly|Still|Also|Meanwhile|Of course|In short|Finally|First|Next|Then|So|But|And)\b"
)


def _cut_after_a_sentence(item: str) -> bool:
    """A Japanese item cut after its first sentences: "- **契約書:** …確認します。
    条文の…はパラメー" (a label-like item ends without a full stop; one
    whose sentences end in "。" does not stop on a bare word)."""
    body = item.rstrip()
    # (its fragment stops inside a word or on a particle: a list item ends on
    # a predicate's kana without "。" too, "…大きめに切ると煮崩れしにくい")
    last = body[-1:]
    return "。" in body and _is_cjk(last) and last not in _SENTENCE_END and (not "\u3041" <= last <= "\u309f" or last in JA_PARTICLES)


def _item_joined(list_text: str, line: str) -> str:
    item = list_text.rsplit("\n", 1)[-1]
    line = _without_join_dots(item, line)
    k = overlap(item, line)
    if k:
        return list_text[: len(list_text) - k] + line
    joiner = " " if _needs_space(item, line) else ""
    return list_text.rstrip() + joiner + line.lstrip()


def _item_key(line: str) -> str:
    return norm(ITEM_MARK.sub("", line, count=1))


def _splice(a: Block, blocks: list[Block], j: int, seen: "_Prefix", words: "_Words"):
    """Return (new block, index of the block consumed, reason) or None."""
    if j >= len(blocks):
        return None
    b = blocks[j]
    if b.kind != "paragraph":
        if b.kind == "heading" and a.text.rstrip()[-1:] in _OPEN_CLAUSE_END and _holds_earlier_text(b, a, seen):
            # a restart that opens with the post's heading ("## 倉庫の…現実。 やあ、…")
            return _after_the_repeats(a, blocks, j, seen, words)
        return None
    k = overlap(a.text, b.text)
    if not k:
        k = _kanji_overlap(a.text, b.text)
    if not k and a.text.rstrip()[-1:] in _OPENERS and b.text[:1] == a.text.rstrip()[-1:]:
        k = len(a.text) - len(a.text.rstrip()) + 1  # "…ロボットの「" / "「身体」を…": the bracket said again
    if k:
        text = a.text[: len(a.text) - k] + b.text
        return a.with_text(text, (a.span[0], b.span[1])), j, f"the next chunk repeats the cut tail ({k} characters: “{excerpt(b.text[:k], 30)}”); overlap kept once"
    dots = _CONTINUATION_MARK.match(b.text)
    if dots and a.text.rstrip()[-1:] not in _SENTENCE_END:
        # "…直接影響" / "…AIの判断が住民の生活に直接影響を及ぼす": after the dots
        # the next chunk says the cut words again (a short overlap is enough:
        # the dots say where it goes on)
        rest, cut = b.text[dots.end() :], a.text.rstrip()
        k = overlap(cut, rest, min_len=_DOTTED_OVERLAP)
        if not k and rest[:1] and cut[-1:] == rest[:1] and _IDEOGRAPH.match(rest[:1]):
            k = 1  # "…ことが肝" / "…肝要だと": a kanji cut and said again
        if k:
            text = cut[: len(cut) - k] + rest
            return a.with_text(text, (a.span[0], b.span[1])), j, f"the next chunk goes on after continuation dots and repeats the cut tail ({k} characters: “{excerpt(rest[:k], 30)}”); overlap kept once"
    partial = _unfinished_sentence(a.text)
    restarted = _restarts(partial, b.text, stub=norm(partial) == norm(a.text))
    if restarted is not None:
        text = a.text[: len(a.text) - len(partial)] + restarted
        return a.with_text(text, (a.span[0], b.span[1])), j, "the next chunk restarts the cut sentence; spliced there"
    if _LABEL_START.match(b.text):
        return None  # "**For engineers:** this is…" opens a section: no sentence goes on there
    same_lead = _restarts_paragraph_reworded(a.text, partial, b.text, exact_lead=True)
    if same_lead is not None:
        text, why = same_lead
        return a.with_text(text, (a.span[0], b.span[1])), j, why
    if not _repeats_earlier(b, a, seen):
        # (a restart that says earlier text again word for word is dedup's:
        # only a reworded one is spliced here)
        reworded = _restarts_paragraph_reworded(a.text, partial, b.text)
        if reworded is not None:
            text, why = reworded
            return a.with_text(text, (a.span[0], b.span[1])), j, why
        return _joined(a, b, words), j, "the chunk stopped mid-sentence and the next one finishes it; joined"
    return _after_the_repeats(a, blocks, j, seen, words)


def _after_the_repeats(a: Block, blocks: list[Block], j: int, seen: "_Prefix", words: "_Words"):
    """The next chunk restarts earlier text (exactly or nearly: the repeat is
    the dedup rule's to remove); the cut sentence is restarted or finished
    after the repeats, by the first paragraph that is new."""
    partial = _unfinished_sentence(a.text)
    cut_restart: Block | None = None  # the restart a later marker cut, once past it
    for m in range(j + 1, len(blocks)):
        blk = blocks[m]
        if blk.kind == "marker":
            # the restart was cut too, and the chunk after it goes on with A
            # ("…会社には、" / a copy of earlier paragraphs, itself cut /
            # "まず一つの区画だけで…"): only when A stopped inside a clause
            if cut_restart is not None or a.text.rstrip()[-1:] not in _OPEN_CLAUSE_END or ends_sentence(blocks[m - 1].text):
                break
            cut_restart = blocks[m - 1]
            continue
        if blk.kind != "paragraph":
            if cut_restart is not None:
                break
            continue
        restarted = _restarts(partial, blk.text)
        if restarted is not None:
            text = a.text[: len(a.text) - len(partial)] + restarted
            return a.with_text(text, (a.span[0], blk.span[1])), m, "the cut sentence restarts later in the next chunk; spliced there"
        if _repeats_earlier(blk, a, seen):
            continue
        if starts_mid_sentence(blk.text):
            return _joined(a, blk, words), m, "the next chunk repeats earlier text and then finishes the cut sentence; joined there"
        if cut_restart is not None and not _goes_on_from(cut_restart, blk) and not _LABEL_START.match(blk.text):
            return _joined(a, blk, words), m, "the next chunk repeats earlier text and is cut too; the chunk after it finishes the cut sentence; joined there"
        break  # new text that starts a sentence of its own: the cut sentence was dropped
    return None


def _holds_earlier_text(heading: Block, a: Block, seen: "_Prefix") -> bool:
    """Is ``heading`` a copy of earlier paragraphs flattened under a heading's
    mark ("## 倉庫の…現実。 やあ、元気にしてるかい？ …")?  One of its first
    sentences was said before ``a``."""
    sentences = split_sentences(heading.text)[1:4]
    return any(len(norm(s.text)) >= MIN_OVERLAP and seen.contains(norm(s.text), before_line=a.span[0]) for s in sentences)


def _goes_on_from(cut: Block, b: Block) -> bool:
    """Does ``b`` go on with ``cut`` (the restart the marker cut) rather than
    with an earlier cut sentence: it opens with continuation dots, repeats
    the cut tail, or restarts the cut sentence?"""
    if _CONTINUATION_MARK.match(b.text) or overlap(cut.text, b.text):
        return True
    return _restarts(_unfinished_sentence(cut.text), b.text) is not None


def _dotted_repeat(a: Block, blocks: list[Block], j: int) -> bool:
    """Does the next chunk open with continuation dots and then say a long
    tail of ``a`` again?  Then ``a`` was cut, although it ends on a closing
    bracket ("…要件（セキュリティ、プライバシー、倫理）" / "…公共セクター特有の
    厳しい要件（セキュリティ、プライバシー、倫理）**をクリアできる…")."""
    if j >= len(blocks) or blocks[j].kind != "paragraph" or a.text.rstrip()[-1:] in _SENTENCE_END:
        return False
    dots = _CONTINUATION_MARK.match(blocks[j].text)
    return bool(dots) and overlap(a.text.rstrip(), blocks[j].text[dots.end() :], min_len=_DOTTED_LONG_OVERLAP) > 0


def _joined(a: Block, b: Block, words: "_Words") -> Block:
    text = _without_join_dots(a.text, b.text)
    joiner = " " if _needs_space(a.text, text) and not words.cut_word(a.text, text) else ""
    return a.with_text(a.text.rstrip() + joiner + text.lstrip(), (a.span[0], b.span[1]))


def _without_join_dots(a: str, b: str) -> str:
    """``b`` without the continuation dots it opens with, where the join is
    visibly inside one sentence: ``b`` goes on mid-sentence ("…ワークフロー" /
    "...は、長期的な…") or ``a`` stopped on a particle or comma ("…一台の計算機で"
    / "…数分のうちに…").  Elsewhere they stay: "…可能" / "…持続可能性が…" may
    be two cut sentences, and the dots are all that marks the break."""
    dots = _CONTINUATION_MARK.match(b)
    if dots is None:
        return b
    rest = b[dots.end() :]
    if starts_mid_sentence(rest) or a.rstrip()[-1:] in _OPEN_CLAUSE_END:
        return rest
    return b


_DELIMITER_ROW = lazy(r"^\s*\|?\s*:?-{3,}")

#: opening brackets and quotation marks: a chunk that stops right after one
#: stopped before the words it opens
_OPENERS = set("「『（(【［[“‘〈《")

#: a Japanese chunk that stops on one of these stopped inside a sentence
_OPEN_CLAUSE_END = set("てにをはがのでとへや、，")


def _repeats_earlier(b: Block, a: Block, seen: "_Prefix") -> bool:
    """Does ``b`` open with a sentence said (exactly or nearly) up to ``a``?"""
    first = split_sentences(b.text)
    head = norm(first[0].text) if first else ""
    if not head:
        return True  # nothing to join with
    if len(head) < MIN_OVERLAP:
        return False
    if len(head) < _CHANCE_TAIL and starts_mid_sentence(b.text):
        return False  # "りました。" finishing "…ようにな": said before by chance
    return seen.contains(head, before_line=a.span[0]) or (first[0].complete and seen.near(head, before_line=a.span[0]))


#: a sentence's tail shorter than this (normalised characters) that opens a
#: chunk mid-sentence finishes the cut sentence, even when the post says it
#: elsewhere ("りました。", "ed in 2020.")
_CHANCE_TAIL = 12

_CONTINUATION_MARK = lazy(r"^\s*(?:\.{2,}|…+)\s*")
#: a bold label with its colon, or a whole bold line, opening a chunk: a new
#: section ("**For engineers:** …", "**投資家の皆さんへ**"), never the rest of a
#: cut sentence ("…the key is" / "**speed**, not size" goes on)
_LABEL_START = lazy(r"^\s*(?:\*\*[^*\n]{1,60}(?:[:：]\*\*|\*\*[:：])|\*\*[^*\n]{1,60}\*\*\s*(?:\n|$))")
#: after continuation dots, an overlap this long is the cut words said again
_DOTTED_OVERLAP = 2
#: ... and this long, the cut words even after what reads as a sentence end
_DOTTED_LONG_OVERLAP = 8
_IDEOGRAPH = lazy(r"\p{Han}")
#: a chunk that ends on one of these ended a sentence (text.TERMINAL also
#: counts "）" and "…", which a cut chunk ends on too: "…倫理）")
_SENTENCE_END = set("。！？.!?」』")


def _restarts(partial: str, text: str, stub: bool = False) -> str | None:
    """``text`` without a leading "..." when it starts by restarting the cut
    sentence ``partial`` (compared without white space and emphasis).

    ``stub``: the cut sentence is its paragraph's only text ("一方" /
    "一方、現場の…"); a word or two is then enough, said again exactly (joined,
    they would read twice: "一方一方、")."""
    if not partial or (len(norm(partial)) < MIN_OVERLAP and not stub):
        return None
    if len(norm(partial)) < MIN_OVERLAP:
        body = text.lstrip()
        return body if norm(body).startswith(norm(partial)) else None
    body = _CONTINUATION_MARK.sub("", text, count=1).lstrip()
    first, again = partial.lstrip()[:1], body[:1]
    if first.isupper() and again.islower():
        # "Pull together," cut, then "pull together, the harbour…": a restart
        # begins the sentence again, capital and all; lower case goes on
        # with it ("Pull together, pull together, the harbour…")
        return None
    cut, again = norm(partial), norm(body)
    if again.startswith(cut):
        return body
    return body if _reworded_restart(cut, again) else None


#: a restart may reword the cut sentence's first words ("合成データというのは、
#: 実在の…プライバシーの" / "合成データは、実在の…プライバシーの規制を…"): as
#: close as a near-duplicate, over this many characters at least
_REWORDED_RESTART_CHARS = 20
_REWORDED_RESTART_RATIO = 75
#: how many characters longer or shorter the restart's words may run
_REWORDED_RESTART_SHIFT = 10


def _reworded_restart(cut: str, again: str) -> bool:
    """Does ``again`` open with ``cut`` in slightly other words (both
    normalised): the same first characters, and a prefix of about its length
    close to it?"""
    if len(cut) < _REWORDED_RESTART_CHARS or cut[:2] != again[:2] or len(again) < len(cut) - _REWORDED_RESTART_SHIFT:
        return False
    from rapidfuzz import fuzz

    # (len(cut) >= 20 > the shift: every prefix below is non-empty)
    return any(
        fuzz.ratio(cut, again[: len(cut) + shift], score_cutoff=_REWORDED_RESTART_RATIO)
        for shift in range(-_REWORDED_RESTART_SHIFT, _REWORDED_RESTART_SHIFT + 1)
    )


#: how close a restart's rewording of the sentences before the cut one must
#: be to them (their whole text compared), when it then says the cut one
#: again word for word
_REWORDED_LEAD_RATIO = 60


def _restarts_paragraph_reworded(cut_para: str, partial: str, text: str, exact_lead: bool = False) -> tuple[str, str] | None:
    """The next chunk restarts the cut paragraph in other words and then says
    the cut sentence again whole ("The license is where things get
    interesting. Lumen ships… requires larger firms to" / "The license is where
    the story gets more complicated. Lumen ships… requires larger firms to
    negotiate…"): (spliced text, reason), keeping the longer wording of the
    sentences before the cut one (it loses fewer characters), or None.

    ``exact_lead``: B says those sentences again word for word and then the
    cut one, restarted in the same or slightly other words ("…お金の問題です。AIを
    使っても診療報酬が上乗せされなければ、…導入費" / "…お金の問題です。AIを利用しても
    診療報酬の上乗せがなければ、…導入費用は…")."""
    if not partial or len(norm(partial)) < MIN_OVERLAP:
        return None
    lead = cut_para[: len(cut_para) - len(partial)].rstrip()
    cut = norm(partial)
    for sentence in split_sentences(text)[1:]:
        if exact_lead:
            again = text[: sentence.start].rstrip()
            if norm(again) != norm(lead):
                continue
            if not (norm(sentence.text).startswith(cut) or _reworded_restart(cut, norm(text[sentence.start :]))):
                return None
            gap = text[len(again) : sentence.start]
            return lead + gap + text[sentence.start :], "the next chunk says the paragraph again and restarts the cut sentence; spliced there"
        if not norm(sentence.text).startswith(cut):
            continue
        again = text[: sentence.start].rstrip()
        if len(norm(lead)) < _REWORDED_RESTART_CHARS or len(norm(again)) < _REWORDED_RESTART_CHARS:
            return None
        from rapidfuzz import fuzz

        if not fuzz.ratio(norm(lead), norm(again), score_cutoff=_REWORDED_LEAD_RATIO):
            return None
        kept, dropped = (lead, again) if len(norm(lead)) >= len(norm(again)) else (again, lead)
        gap = text[len(again) : sentence.start]  # as the restart parts the sentences
        return kept + gap + text[sentence.start :], (
            f"the next chunk restarts the paragraph in other words and says the cut sentence again whole; "
            f"spliced there, the longer wording kept (“{excerpt(dropped, 40)}” dropped)")
    return None


def overlap(a: str, b: str, limit: int = 4000, min_len: int = MIN_OVERLAP) -> int:
    """Length of the longest tail of ``a`` that ``b`` starts with.

    Only overlaps of at least ``min_len`` characters (``MIN_OVERLAP``; fewer
    after continuation dots, see ``_splice``) that begin at a
    sentence, clause or word boundary of ``a`` count.  The candidates are
    the places in ``a``'s tail where ``b``'s first character occurs, longest
    tail first, each compared with one ``startswith`` (C speed; a KMP prefix
    function in Python took as long as the rest of the rule).
    """
    a_tail = a[-limit:]
    b_head = b[:limit]
    if not b_head:
        return 0
    offset = len(a) - len(a_tail)
    sentence_starts: set[int] | None = None
    # a tail longer than b_head cannot be a prefix of it
    p = a_tail.find(b_head[0], max(0, len(a_tail) - len(b_head)))
    while p != -1 and len(a_tail) - p >= min_len:
        if b_head.startswith(a_tail[p:]):
            k = len(a_tail) - p
            start = offset + p
            if sentence_starts is None:
                sentence_starts = {s.start for s in split_sentences(a)}
            if start in sentence_starts or start == 0 or _after_boundary(a, start) or _cjk_edge(a, start) or _inside_cjk(a, start, k) or _script_change(a, start, k) or _kana_to_word(a, start) or _inside_markup(a, start, b_head[k:]) or k >= LONG_OVERLAP or _sentence_end_again(a_tail, k):
                if a[start:].strip():
                    return k
        p = a_tail.find(b_head[0], p + 1)
    return _sentence_start_again(a, b_head)


def _sentence_end_again(a_tail: str, k: int) -> bool:
    """The next chunk opens with the end of the sentence the chunk ended
    with, its full stop and all ("…可能性を秘めています。" / "ています。焦らず…")."""
    return k >= 4 and a_tail.endswith(("。", "！", "？"))


def _sentence_start_again(a: str, b_head: str) -> int:
    """The chunk stopped two or three characters into a new sentence and
    the next one starts that sentence over ("…始まっています。使い方" /
    "使い方はまだ手探りですが…"): the fragment's length, or 0."""
    end = max(a.rfind(c) for c in "。！？")
    fragment = a[end + 1 :] if end >= 0 else ""
    if 2 <= len(fragment) < MIN_OVERLAP and not any(c.isspace() for c in fragment) and b_head.startswith(fragment) and len(b_head) > len(fragment):
        return len(fragment)
    return 0


def _after_boundary(a: str, start: int) -> bool:
    before = a[start - 1 : start]
    return bool(before) and (before.isspace() or before in _BOUNDARY_BEFORE)


def _inside_markup(a: str, start: int, rest: str) -> bool:
    # an emphasis or code mark opens a word as plainly as a space, when the
    # next chunk closes it ("…の中で**ハイブリッド" / "ハイブリッド検索**が…"); a
    # restart that drops the mark ("**日本のAI産業への影響と" / "日本のAI産業への
    # 影響と、その先に…") is spliced at the restart instead
    before = a[max(0, start - 2) : start]
    mark = before if before in ("**", "__") else before[-1:]
    return mark in ("**", "__", "*", "_", "`") and mark in rest


def _cjk_edge(a: str, start: int) -> bool:
    # a tail that starts right after a sentence end or a closing bracket
    return start > 0 and a[start - 1] in "。！？」』）】"


def _inside_cjk(a: str, start: int, k: int) -> bool:
    # Japanese and Chinese mark no word boundaries: the model often restarts
    # from a word inside the clause ("…2025年には新しい工場が" / "新しい工場が
    # 次々と…").  Between two CJK letters any point may be one, so a longer
    # overlap is asked for instead, which a coincidence does not reach.
    return k >= CJK_MIN_OVERLAP and start >= 1 and _is_cjk(a[start - 1]) and _is_cjk(a[start])


def _script_change(a: str, start: int, k: int) -> bool:
    # a figure or a Latin word after Japanese letters starts a word
    # ("…までには" / "10年以上かかることも…", "…の" / "GPUの供給が…"): a
    # boundary as plain as a space, for an overlap as long as a CJK one
    if k < CJK_MIN_OVERLAP or start < 1 or not _is_cjk(a[start - 1]):
        return False
    ch = unicodedata.normalize("NFKC", a[start])[:1]
    return ch.isascii() and ch.isalnum()


def _kana_to_word(a: str, start: int) -> bool:
    # hiragana then kanji or katakana starts a word ("どこまで" / "説明して",
    # "信じて" / "避難指示を", "絶えず" / "データを"): a boundary as plain as
    # a space, for the shortest overlap (MIN_OVERLAP)
    return start >= 1 and _HIRAGANA.match(a[start - 1]) is not None and _WORD_START.match(a[start]) is not None


_HIRAGANA = lazy(r"\p{Hiragana}")
_WORD_START = lazy(r"[\p{Han}\p{Katakana}]")


def _is_cjk_near(a: str, start: int) -> bool:
    """Is the text just before ``start`` (a Latin word's start) Japanese or Chinese?"""
    return any(_is_cjk(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uff0f" for ch in a[max(0, start - 20) : start])


def _is_cjk(ch: str) -> bool:
    # (the prolonged sound mark of "サーバー" is of no script in Unicode)
    return ch == "ー" or CJK_RUN.match(ch) is not None


def _unfinished_sentence(text: str) -> str:
    sentences = split_sentences(text)
    if not sentences or sentences[-1].complete:
        return ""
    return sentences[-1].text


def _trim_unfinished(a: Block) -> tuple[Block, str]:
    partial = _unfinished_sentence(a.text)
    if not partial or len(partial) == len(a.text.strip()):
        return a, ""
    return a.with_text(a.text[: a.text.rfind(partial)].rstrip()), partial


def _kanji_overlap(a: str, b: str) -> int:
    """A word of two or three kanji the chunk stopped on and the next one says
    again ("…コスト増を吸収" / "吸収できるのかどうか…", "…約3億" / "約3億円と…"), or a figure it stopped in
    and the next one gives whole ("…確保が。79" / "790万人規模の…"): nobody
    writes such a word twice in a row (fewer than CJK_MIN_OVERLAP letters)."""
    tail = a.rstrip()
    for k in (3, 2):
        # (kanji, or a figure with its kanji: "…約3億" / "約3億円と…")
        seg = tail[-k:]
        if len(tail) > k and b.startswith(seg) and all(_IDEOGRAPH.match(ch) or ch.isdigit() for ch in seg) and _IDEOGRAPH.match(seg[-1]):
            return len(a) - len(tail) + k
    # (and with the particle after it: "…雨の日に、駅前の" / "駅前の喫茶店で…";
    # one kanji is too little, "前の前の日" is written)
    if len(tail) > 3 and tail[-1] in JA_PARTICLES and b.startswith(tail[-3:]) and all(_IDEOGRAPH.match(ch) for ch in tail[-3:-1]):
        return len(a) - len(tail) + 3
    digits = len(tail) - len(tail.rstrip("0123456789"))
    if digits and len(tail) > digits and b.startswith(tail[-digits:]) and _is_cjk_near(tail, len(tail) - digits):
        return len(a) - len(tail) + digits
    return 0


def _needs_space(a: str, b: str) -> bool:
    # (the first letter after an opening emphasis or code mark: "is" / "**speed**")
    left, right = a.rstrip()[-1:], b.lstrip().lstrip("*_`")[:1]
    if left.isdigit() and right.isdigit():
        return False  # a figure cut: "約12" / "00億円", "from 4" / "1 seconds"
    return bool(left and right and left.isascii() and right.isascii() and (left.isalnum() or left in ",;:") and right.isalnum())


class _Words:
    """The post's Latin words, to tell a word cut by the seam ("…after ign"
    / "ition is…": "ignition" is written elsewhere in the post) from two
    words (read only when a seam joins Latin letters)."""

    _WORD = lazy(r"[A-Za-z]+")
    _TAIL = lazy(r"[A-Za-z]+$")
    _HEAD = lazy(r"^[a-z]+")

    def __init__(self, blocks: list[Block]):
        self.blocks = blocks
        self._known: Counter[str] | None = None

    def cut_word(self, a: str, b: str) -> bool:
        tail, head = self._TAIL.search(a.rstrip()), self._HEAD.search(b.lstrip())
        if not tail or not head:
            return False
        if _is_cjk(a.rstrip()[tail.start() - 1 : tail.start()] or " ") or a.rstrip()[tail.start() - 1 : tail.start()] in "（(「-" and _is_cjk_near(a, tail.start()):
            # an English word in a Japanese sentence, cut: "…タスクでN" / "idiaの…",
            # "RAG（Retrieval-Augmen" / "ted Generation）": a capital then lower
            # case goes on inside one word (two words are written "machine
            # learning", lower case both)
            if tail.group(0)[0].isupper() and not tail.group(0)[1:].isupper():
                return True
        if self._known is None:
            self._known = Counter(w.lower() for blk in self.blocks if blk.kind == "paragraph" for w in self._WORD.findall(blk.text))
        whole, left, right = (tail.group(0) + head.group(0)).lower(), tail.group(0).lower(), head.group(0).lower()
        if left in _BOUND_PREFIXES or right in _BOUND_SUFFIXES:
            return True  # no word on its own: "300 milli" / "seconds", "infra" / "structure", "configura" / "tion"
        # (each fragment is written once, where the seam cut it)
        return self._known[whole] > 0 and self._known[left] <= 1 and self._known[right] <= 1


#: word starts and ends that are no English word on their own
_BOUND_PREFIXES = frozenset(
    "milli giga tera centi infra multi inter intra".split()
)
_BOUND_SUFFIXES = frozenset(
    """tion tions sion sions ment ments ness ity ities ous ious ize izes izing ise ised ising ical ically ible ibly
    ably ance ances ence ences ency ancy lings ings ized isation ization izations der""".split()
)


class _Prefix:
    """Normalised text of the paragraphs, to ask "was this said before line N?"."""

    def __init__(self, blocks: list[Block], near_ratio: float):
        self.blocks = blocks
        self.near_ratio = near_ratio  # the dedup rule's: what it removes as a near repeat
        self.text = ""
        self.first_lines: list[int] | None = None
        self.ends: list[int] = []
        self.sentences: list[tuple[int, str]] | None = None
        self.sentence_lines: list[int] = []

    def _build(self) -> None:
        # on first use only: most posts (and every second pass) never ask
        paragraphs = [b for b in self.blocks if b.kind == "paragraph"]
        self.text = "".join(norm(b.text) for b in paragraphs)
        self.first_lines = [b.span[0] for b in paragraphs]
        self.ends = list(itertools.accumulate(len(norm(b.text)) for b in paragraphs))

    def contains(self, key: str, before_line: int) -> bool:
        """Is ``key`` in the paragraphs up to (and including) the one at ``before_line``?"""
        if self.first_lines is None:
            self._build()
        i = bisect.bisect_right(self.first_lines, before_line) - 1
        end = self.ends[i] if i >= 0 else 0
        return self.text.find(key, max(0, end - RESTART_WINDOW), end) >= 0

    def near(self, key: str, before_line: int) -> bool:
        """Is a complete sentence up to the paragraph at ``before_line`` a near
        copy of ``key``?"""
        if self.sentences is None:
            self.sentences = [
                (b.span[0], norm(s.text))
                for b in self.blocks if b.kind == "paragraph"
                for s in split_sentences(b.text) if s.complete
            ]
            self.sentence_lines = [line for line, _ in self.sentences]
        # the sentences before, the nearest NEAR_WINDOW of them (a post with
        # hundreds of seams must not compare each with the whole post), of a
        # close length.  Figures are not compared, unlike dedup's: a near
        # copy that lost a "[^1]" is still a repeat, and taking a new
        # sentence for one only leaves the cut sentence unjoined (nothing
        # lost), while joining a repeat garbles the sentence
        end = bisect.bisect_right(self.sentence_lines, before_line)
        low, high = len(key) * 0.8, len(key) / 0.8
        candidates = [k for _, k in self.sentences[max(0, end - NEAR_WINDOW) : end] if low <= len(k) <= high]
        if not candidates:
            return False
        from rapidfuzz import fuzz, process  # (only now: its import is ~12 ms of a one-post run)

        return process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=self.near_ratio) is not None


NAME = "seams"
RULE = Rule(NAME, "Remove ---END--- seam markers and splice the chunks around them (overlap once, cut sentences joined).", apply)
