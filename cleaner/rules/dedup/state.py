"""The rule's state while it reads a post in order - what was kept, what
goes and why - and its reading of paragraphs, headings, tables and code."""

from __future__ import annotations

from collections import defaultdict

from ...document import Block, Document, tidy_gaps
from ...fixes import Fix
from ...patterns import lazy
from ...settings import Settings
from ...text import Sentence, ends_sentence, excerpt, norm, split_sentences
from .labels import LabelRepeats
from .lists import ListRepeats
from .model import _Index, _ListEntry, NAME, _Para, _Unit
from .wording import (
    MIN_ITEM_STUB, _BOLD_LINE, _CALLBACK, _close_to_all, _continues, _covers, _DASHES, _DOT_STARTS, _drop_as_repeat,
    _extends, _fuller, _gone_text, _HEADING_MARK, _in_heading, _INLINE_BOLD, _INLINE_HEADING, _is_label, _key, _LABEL_CHARS,
    _line_finder, _MIN_OPENING_LABEL, _negated, _new_names, _numbered_on, _one_slot_apart, ONE_GO_LINE_CHARS, _OPENER,
    _opens_with_cut_tail, _para_key, _rank, _ratio, _repeated_paragraph, _REWORDED_IN_PLACE_RATIO, _REWORDED_RATIO,
    _REWORDED_SENTENCE_RATIO, _SPOKEN, _summarise, _swap_text, _words_key,
)


_CODE_SPAN = lazy(r"`[^`\n]+`")
#: the first letter of a sentence after the first
_SENTENCE_START = lazy(r"(?<=[.!?]\s)[A-Z]")


def _lower_first(m) -> str:
    return m.group(0).lower()


class _State(ListRepeats, LabelRepeats):
    """What the rule knows at the block being read: the kept units indexed
    for their repeats, the lists and paragraphs read, what goes and why.
    ``apply`` feeds it the blocks in order, then runs the last sweeps
    (``LabelRepeats``) and asks for the ``result``."""

    def __init__(self, settings: Settings, generated: bool):
        self.settings = settings
        self.sentences = _Index(settings, short_fragments=True)
        self.items = _Index(settings)
        self.paragraphs = _Index(settings)  # whole paragraphs, for near-duplicates
        self.paras: dict[int, _Para] = {}
        self.lists: dict[int, _ListEntry] = {}
        #: every list read so far (position, entry): a restart may give one again
        self.earlier_lists: list[tuple[int, _ListEntry]] = []
        self.item_labels: dict[str, _Unit] = {}  # "**Label:**" -> first item with it
        self.tables: dict[str, Block] = {}  # normalised text -> first table with it
        self.code_blocks: dict[str, Block] = {}  # text -> first code block with it (generated posts)
        #: code blocks repeating an earlier one -> that one (drop_restarted_code)
        self.code_copies: dict[int, Block] = {}
        self.removed: set[int] = set()
        #: removed as the twin of the kept block right before it -> that block's
        #: position (what was under it is that one's now)
        self.merged: dict[int, int] = {}
        #: the post was generated in several goes (it had seams or chat
        #: turns): its short repeats are the generation's, not a writer's
        self.generated = generated
        self.fixes: list[Fix] = []
        self.last_para: _Para | None = None
        #: a list item's sentences (indexed apart) -> the list they stand in
        self.item_list: dict[int, _ListEntry] = {}
        #: the outline at the block being read: (rank, label key) from the top
        self.outline: list[tuple[int, str]] = []
        #: headings whose words an earlier paragraph holds, with how
        self.label_headings: list[tuple[_Para, str]] = []
        #: the paragraph being read, when it is a writer's: in a post written
        #: in one go, it repeats a sentence among new ones (_repeats_among_new)
        self.among_new: _Para | None = None
        #: positions of the blocks a chunk stopped after (_cut_ends)
        self.cut_ends: set[int] = set()
        #: the lines where a later generation began (Document.generation_breaks)
        self.breaks: list[int] = []
        #: the headings read so far (their text): a flattened copy holds them inline
        self.heading_texts: set[str] = set()
        #: the paragraph being read holds copied headings or labels inline (_sentences)
        self.holds_copied_labels = False
        #: the labels read so far, headings and bold label lines (_words_key)
        self.label_keys: set[str] = set()
        #: their words as written, without marks (a copy may open with them),
        #: by their first two characters
        self.label_words: dict[str, list[str]] = defaultdict(list)

    def introduced(self, position: int, blocks: tuple[Block, ...]) -> bool:
        """A list, or a one-sentence line, right after a new paragraph that
        ends with a colon is shown again on purpose: "…everyone answers:"
        before a song's refrain, "I ran through the same list every time:"
        before a checklist; so is a paragraph shown again with new sentences
        ("the published version reads:").  Removing it would leave the colon
        introducing nothing.  (In a restart the introducing paragraph repeats
        too, is removed, and the copy after it goes as usual.)  Not a list the
        seams rule joined over a seam: the chunk after it restarted the list
        inside it ("1. …" / "2. …so reviewers" / "1. …" again), and its own
        repeats go."""
        block = blocks[position]
        if position == 0 or block.kind not in ("paragraph", "list"):
            return False
        if block.kind == "list" and self._seam_between(block.span[0], block.span[1]):
            return False
        if block.kind == "paragraph" and "\n" in block.text.strip():
            return False
        if block.kind == "paragraph":
            sentences = split_sentences(block.text)
            # (a paragraph of several sentences, shown again with new ones:
            # "the published version reads:" over the draft's sentences and
            # more; one that is all a repeat is a restart's, its colon twin
            # above it included)
            if len(sentences) > 1 and all(self.sentences.find(_key(s.text)) is not None for s in sentences):
                return False
        return self._after_colon_intro(position)

    def _after_colon_intro(self, position: int) -> bool:
        """Is the block at ``position`` right after a new kept paragraph that
        ends with a colon, which introduces it?"""
        before = self.paras.get(position - 1)
        return (
            before is not None
            and before.block.kind == "paragraph"
            and before.block.text.rstrip().endswith((":", "："))
            and all(u.alive for u in before.units)
            # in a generated post, a short lead-in said before ("**Tip:**" in
            # every section) is a restart's copy, not an introduction
            and not (self.generated and any(self.sentences.short.get(u.key, u) is not u for u in before.units))
        )

    # -- paragraphs and headings -------------------------------------------------
    def paragraph(self, position: int, block: Block) -> None:
        prefix = ""
        text = block.text
        if block.kind == "heading":
            prefix = _HEADING_MARK.match(text).group(0)
            text = text[len(prefix) :]
        para = _Para(block, [], prefix)
        line_of = _line_finder(block, len(prefix))
        sentences = self._sentences(block, text)
        lead = text[: sentences[0].start] if sentences else ""
        self._enter(block, text)
        section = self.section
        for n, s in enumerate(sentences):
            raw = text[s.start : s.end]
            unit = _Unit(lead + raw if n == 0 else raw, _key(s.text), line_of(s.start), para=para)
            unit.section = section
            para.units.append(unit)
        if not para.units:
            return
        # a flattened copy that holds headings or labels inline is no "more
        # complete" wording of a paragraph: its extra words are the copied
        # labels, which would land inside that paragraph (and make it a heading)
        if not self.holds_copied_labels and self._near_paragraph(position, para):
            return
        # only a cut paragraph end is a fragment: one a chunk stopped at (a
        # title line or a label ends without a full stop too)
        cut_end = block.kind == "paragraph" and not sentences[-1].complete and position in self.cut_ends
        last = para.units[-1]
        self.among_new = None if self.generated or block.kind != "paragraph" else self._repeats_among_new(para)
        for unit in para.units:
            self._sentence(para, unit, cut_end and unit is last)
        self.among_new = None
        self._settle(position, para)
        if position in self.paras:
            # only a kept paragraph may be the first copy of a later near-duplicate
            self.paragraphs.add(_Unit(para.block.text, _para_key(para), para.block.span[0], para=para))

    def _sentences(self, block: Block, text: str) -> tuple[Sentence, ...]:
        """The units of a paragraph or heading: its sentences, and the
        headings and labels a flattened copy holds inline each a unit of its
        own; a bold label line is one unit."""
        self.holds_copied_labels = False
        sentences = self._split_at_copied_labels(text) if self.generated and self.label_words else split_sentences(text)
        if block.kind == "paragraph" and _BOLD_LINE.match(text.strip()) and "\n" not in text.strip() and len(norm(text)) <= _LABEL_CHARS:
            self._remember_label(text.strip()[2:-2].strip())
            # one unit, as a flattened copy's inline label is, even with a
            # question inside ("**なぜ今なのか？三つの理由**")
            return (Sentence(0, len(text), text.strip()),)
        if block.kind == "heading":
            known = next((h for h in self.heading_texts if text.startswith(h) and text[len(h) : len(h) + 1].isspace()), None)
            if known is None:
                self.heading_texts.add(text.strip())
                if len(norm(text)) <= _LABEL_CHARS:
                    self._remember_label(text.strip())
                if "# " in text:
                    # a flattened copy under a heading's mark that holds the
                    # post's other headings inline ("# Title Last week… ## The
                    # minimum setup Our services…")
                    return self._split_at_copied_headings(text, sentences)
                return sentences
            # a flattened copy that opens with a heading's mark: "## 投資家の視点 投資家の皆さんには…"
            shift = len(known)
            rest = (Sentence(x.start + shift, x.end + shift, x.text) for x in split_sentences(text[shift:]))
            return self._split_at_copied_headings(text, (Sentence(0, shift, known), *rest))
        if self.heading_texts and "# " in text:
            return self._split_at_copied_headings(text, sentences)
        return sentences

    def remember_title_line(self, doc: Document) -> None:
        """The post's title line, the first line of its body when it is short
        and ends no sentence, is a label a flattened copy may open with
        ("…公平な選考は実現できるのか 皆さん、こんにちは。…"); so is the
        front matter's title ("# Tracing a Slow Request… Last week a
        customer…": a copy of the post from its top, title and all)."""
        if not self.generated:
            return
        first = next((b for b in doc.blocks if b.kind in ("paragraph", "heading")), None)
        if first is not None and first.kind == "paragraph":
            text = first.text.strip()
            if "\n" not in text and not ends_sentence(text) and len(norm(text)) <= _LABEL_CHARS:
                self._remember_label(text)
        title = doc.front_matter.get("title") if doc.front_matter is not None and doc.front_matter.ok else None
        if isinstance(title, str):
            title = _HEADING_MARK.sub("", title.strip()).strip()
            if title and not ends_sentence(title) and len(norm(title)) <= _LABEL_CHARS:
                self._remember_label(title)

    def remember_line(self, block: Block) -> None:
        """A line left as it is (introduced by its paragraph's colon) is still
        the first copy of its sentence in a generated post: a restart that
        says the introduction and the line again ("現場の声：" / "「…」と責任者は
        話していました。") loses its copy, as it does a list's (remember_list)."""
        para = _Para(block, [], "")
        for s in split_sentences(block.text):
            unit = _Unit(s.text, _key(s.text), block.span[0], para=para)
            unit.section = self.section
            para.units.append(unit)
            self.sentences.add(unit)

    def _remember_label(self, words: str) -> None:
        words = words.rstrip(":：*_ ").lstrip("*_ ")
        self.label_words[words[:2]].append(words)
        self.label_keys.add(_words_key(words))

    def _split_at_copied_labels(self, text: str) -> tuple[Sentence, ...]:
        """A flattened copy holds the labels it copied inline, glued to the
        sentences around them ("…どう思いますか？**なぜ今なのか** 私たちは…",
        or a heading's words with no mark opening the line): each label is a
        unit of its own there, so that the sentences on both sides are seen
        as the repeats they are.  A label is cut out only next to a sentence
        that repeats a kept one (or where it ends the copy): "**Note:** a new
        sentence" is a writer's own paragraph."""
        dash = _DASHES.match(text)
        lead = dash.end() if dash else 0  # "― 見出しの言葉 …"
        openings = self.label_words.get(text[lead : lead + 2])
        if not openings and "**" not in text:
            return split_sentences(text)  # the usual paragraph: no label in it
        spans = [(m.start(), m.end()) for m in _INLINE_BOLD.finditer(text) if _words_key(m.group(1)) in self.label_keys]
        opening = next((h for h in openings or () if text.startswith(h, lead) and text[lead + len(h) : lead + len(h) + 1].isspace()), None)
        if opening is not None and len(norm(opening)) >= _MIN_OPENING_LABEL:
            # (a sentence may open with a heading's words: "`NODE_ENV` is
            # read once…" under "## `NODE_ENV`" - so only when what follows
            # is a whole sentence said before)
            after = split_sentences(text[lead + len(opening) :])
            if after and after[0].complete and self.sentences.said(_key(after[0].text)):
                spans.insert(0, (0, lead + len(opening)))
        spans = [(a, b) for a, b in spans if text[:a].strip() or text[b:].strip()]  # (not the label line itself)
        cuts = []
        for i, (a, b) in enumerate(spans):
            before = split_sentences(text[spans[i - 1][1] if i else 0 : a])
            after = split_sentences(text[b : spans[i + 1][0] if i + 1 < len(spans) else len(text)])
            beside = (*before[-1:], *after[:1])
            if any(self.sentences.find(_key(s.text)) is not None or self.sentences.said(_key(s.text)) for s in beside) or (not after and before):
                cuts.append((a, b))
        if not cuts:
            return split_sentences(text)
        self.holds_copied_labels = True
        out: list[Sentence] = []
        at = 0
        for a, b in cuts:
            out += (Sentence(x.start + at, x.end + at, x.text) for x in split_sentences(text[at:a]))
            at = b
            while at < len(text) and text[at].isspace():
                at += 1  # (the pieces cover the text: white space goes with the piece before)
            if a == 0 and not text.startswith(("**", "__")):
                # a heading's or the title line's words, split as their own line is
                # ("…変える？ その真意と…": two units there, two here)
                out += (Sentence(x.start, x.end if x.end < b else at, x.text) for x in split_sentences(text[:b]))
            else:
                out.append(Sentence(a, at, text[a:b]))
        out += (Sentence(x.start + at, x.end + at, x.text) for x in split_sentences(text[at:]))
        return tuple(out)

    def _split_at_copied_headings(self, text: str, sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
        """A flattened copy holds the headings it copied inline ("…ばかりだ。
        ## なぜ今、光なのか 現在のGPUクラスターでは…"): the heading is a unit
        of its own there, so that the sentence after it is seen as the repeat
        it is (not as a longer, "more complete" wording of it)."""
        out: list[Sentence] = []
        for s in sentences:
            at = s.start  # (one sentence may hold several: "…のか### 気をつけたい点…")
            for m in _INLINE_HEADING.finditer(text, s.start, s.end):
                if m.start() < at:
                    continue
                after = text[m.end() : s.end]
                heading = next((h for h in self.heading_texts if after.startswith(h) and len(after) > len(h)), None)
                if heading is None:
                    continue
                start, end = m.start(), m.end() + len(heading)
                self.holds_copied_labels = True
                if text[at:start].strip():
                    out.append(Sentence(at, start, text[at:start].strip()))
                out.append(Sentence(start, end, heading))  # (compared without its mark, as the heading is)
                at = end
            if at == s.start:
                out.append(s)
            elif text[at : s.end].strip():
                out.append(Sentence(at, s.end, text[at : s.end].strip()))
            else:
                out[-1] = out[-1]._replace(end=s.end)  # (the white space after goes with it)
        return tuple(out)

    def _enter(self, block: Block, text: str) -> None:
        """Follow the outline: a heading or a bold label line opens a section."""
        if block.kind == "paragraph" and not _BOLD_LINE.match(text.strip()):
            return
        rank = _rank(block)
        while self.outline and self.outline[-1][0] >= rank:
            self.outline.pop()
        self.outline.append((rank, _key(text)))

    @property
    def section(self) -> tuple[str, ...]:
        return tuple(key for _, key in self.outline)

    def _repeat_in(self, index: _Index, key: str, unit: _Unit) -> tuple[_Unit, str] | None:
        """``index.find(key)``, unless what it finds is a writer's repeat of ``unit``."""
        hit = index.find(key)
        return None if hit is not None and self._a_writers_repeat(unit, hit[0]) else hit

    def _near_in(self, index: _Index, unit: _Unit, facts: bool = True) -> _Unit | None:
        """``index.near`` for ``unit``, unless what it finds is a writer's
        repeat (or, unless ``facts`` is false, a parallel fact)."""
        near = index.near(unit.key, unit.text)
        if near is not None and (self._a_writers_repeat(unit, near) or facts and self._parallel_facts(near.text, unit.text, near.line, unit.line)):
            return None
        return near

    def _parallel_facts(self, first: str, second: str, first_line: int, second_line: int) -> bool:
        """Two wordings that one go wrote (a post written in one go, or one
        chunk of a generated post) and that each name what the other does not
        are two facts ("A browser-compatible implementation of {SubtleCrypto}."
        / "…of {CryptoKey}.", "At the Leeds plant the line runs two shifts…" /
        "At the Derby plant…"), or that name other code ("…is `undefined`." /
        "…is `null` or `undefined`."), not one said twice.  (Across a seam a
        restart rewords, and a name may be all it changes.)"""
        if self.generated and self._seam_between(first_line, second_line):
            return False
        # (a capital after a full stop is no name: "Gluten develops…" beside a
        # copy's "The gluten develops…")
        first, second = _SENTENCE_START.sub(_lower_first, first), _SENTENCE_START.sub(_lower_first, second)
        return ((_new_names(first, second) and _new_names(second, first))
                or set(_CODE_SPAN.findall(first)) != set(_CODE_SPAN.findall(second)) or _one_slot_apart(first, second))

    def _a_writers_repeat(self, unit: _Unit, earlier: _Unit) -> bool:
        """In a post written in one go: a short repeat under other headings
        (``ONE_GO_LINE_CHARS``), a line of dialogue said again, a repeat
        among new sentences (``_repeats_among_new``), or a list repeating one
        of its own items (a recipe's "5. ふたをずらしてのせ、弱火で一時間煮る。"
        again as step 9).  In a generated post, only the same step of two
        parallel sections in one chunk ("## A社の場合" / "### 手順1" / "## B社の
        場合" / "### 手順1" with the same text, no seam between): a chunk
        repeating itself otherwise is a loop of the generation."""
        if self.generated:
            return self._parallel_sections(unit, earlier) and not self._seam_between(earlier.line, unit.line)
        if unit.para is self.among_new or _SPOKEN.match(unit.text.strip()):
            return True
        mine = unit.para if isinstance(unit.para, _ListEntry) else None
        if mine is not None and (earlier.para is mine or self.item_list.get(id(earlier)) is mine):
            return True
        return len(unit.key) < ONE_GO_LINE_CHARS and unit.section != earlier.section

    @staticmethod
    def _parallel_sections(unit: _Unit, earlier: _Unit) -> bool:
        """Under the same heading below two different ones?"""
        mine, other = unit.section, earlier.section
        return len(mine) > 1 and len(other) > 1 and mine[-1] == other[-1] and mine[:-1] != other[:-1]

    def _variant_of_one(self, para: _Para, dead: list[_Unit]) -> bool:
        """In a post written in one go, do the repeats of a paragraph all say
        one earlier paragraph again, line for line (two lines at least, as
        many as it has: a paragraph said again with a sentence added is a
        restart's, and the sentence goes in its place)?"""
        if self.generated or len(dead) < 2:
            return False
        sources = {first.para for first in (u.dup_of or u.near_of for u in dead) if first is not None}
        if len(sources) != 1 or any((u.dup_of or u.near_of) is None for u in dead):
            return False
        (source,) = sources
        return source is not None and len(source.units) == len(para.units)

    def _repeats_among_new(self, para: _Para) -> _Para | None:
        """``para`` when, in a post written in one go, it repeats earlier
        sentences among at least as many new ones: a recipe's "Discard all
        but 50 g, then feed it." again on each day, a checklist's line in
        each case.  A model looping repeats more than it adds.  (Not in a
        generated post: the blog's chunks repeat their own sentences among
        new ones too, and those repeats are the generation's.)"""
        repeated = [u for u in para.units if self.sentences.find(u.key) is not None or self.sentences.near(u.key, u.text) is not None]
        if not repeated or 2 * len(repeated) > len(para.units):
            return None
        for u in repeated:
            self.fixes.append(Fix(NAME, "kept", (u.line, u.line), excerpt(u.text),
                                  "sentence said before, kept: the post was written in one go and this paragraph repeats it among new sentences"))
        return para

    def _near_paragraph(self, position: int, para: _Para) -> bool:
        """The whole paragraph is a near-copy of a kept one: keep one, the more complete."""
        key = _para_key(para)
        if len(key) < 60:
            return False
        earlier = self.paragraphs.near(key)
        if earlier is None or earlier.para is None or earlier.para.block.kind != para.block.kind:
            return False
        if self._parallel_facts(earlier.para.block.text, para.block.text, earlier.para.block.span[0], para.block.span[0]):
            return False
        # (a copy that opens with a cut sentence's tail, "になる。誤りを減らす…",
        # is no more complete: the tail belongs to another paragraph)
        # (nor is one that only puts an opener in front, "そして、AIの役割は…")
        opener = _OPENER.match(key) or _CALLBACK.match(key)
        fuller = (
            _fuller(key, earlier.key, para.block.text, earlier.para.block.text) and _close_to_all(key, earlier) and not _opens_with_cut_tail(para)
            and not (opener and key[opener.end() :] == earlier.key)
        )
        kept, dropped = (para, earlier.para) if fuller else (earlier.para, para)
        if not all(any(_covers(k.key, d.key, k.text, d.text) for k in kept.units) for d in dropped.units):
            return False  # some sentence would be lost: go sentence by sentence instead
        target = earlier.para
        if kept is para:
            # the later copy is more complete: its wording moves to the first place
            for u in target.units:
                u.alive = False
            for u in para.units:
                u.para = target
                hit = self.sentences.find(u.key)
                if hit is not None and hit[0].para is not target:
                    u.alive = False  # the new wording repeats a sentence kept elsewhere
                else:
                    self.sentences.add(u)
            target.units = [*target.units, *para.units]
            target.changed = True
            target.notes.append(f"near-duplicate of line {para.block.span[0]}, whose more complete wording is kept here")
            earlier.history.append(earlier.key)
            earlier.key = key
            reason = f"near-duplicate of line {target.block.span[0]}; its more complete wording now stands there"
        else:
            reason = f"near-duplicate of line {target.block.span[0]}"
            if len(key) > len(earlier.key) and _close_to_all(key, earlier):
                # a rewording, no fuller: the first wording stays, and the kept
                # paragraph is found by this one too (a third copy may be
                # nearer to it than to the first)
                earlier.history.append(earlier.key)
                earlier.key = key
                self.paragraphs.add(earlier)
        self.removed.add(position)
        self.fixes.append(Fix(NAME, "removed", para.block.span, excerpt(para.block.text), reason))
        return True

    def _sentence(self, para: _Para, unit: _Unit, unfinished: bool) -> None:
        hit = self._repeat_in(self.sentences, unit.key, unit)
        if hit is not None and _is_label(para) and not _in_heading(hit[0]):
            # a heading repeats a heading; one whose words an earlier
            # paragraph says ("Current initiatives are reviewed…" above
            # "## Current initiatives") is the section's label - it goes only
            # with its section, when everything under it was a repeat (a
            # flattened copy holds the headings' words too)
            self.label_headings.append((para, hit[1].format(line=hit[0].line)))
            hit = None
        if hit is not None:
            earlier, how = hit
            _drop_as_repeat(para, unit, earlier, how.format(line=earlier.line))
            return
        if self.generated:
            said = self.sentences.said_after_opener(unit.key)
            if said is not None:
                # "…その課題を共有し、…求められます。" restarting "課題を共有し、
                # …求められます。": a word or two in front of a whole sentence kept
                _drop_as_repeat(para, unit, said, f"repeats line {said.line} with a word or two in front")
                return
        near = self._near_in(self.sentences, unit)
        if near is not None and _is_label(para) and not _in_heading(near):
            self.label_headings.append((para, f"near-duplicate of line {near.line}"))
            near = None
        if near is not None:
            unit.alive = False
            unit.near_of = near
            if len(unit.key) > len(near.key) and near.para is not None and _close_to_all(unit.key, near):
                fuller = _fuller(unit.key, near.key, unit.text, near.text)
                # the kept sentence is found by this wording too from now on
                # (a third copy may be nearer to it than to the first)
                near.history.append(near.key)
                near.key = unit.key
                self.sentences.add(near, unfinished)
                if fuller:
                    near.text = _swap_text(near.text, unit.text)
                    near.para.changed = True
                    para.notes.append(f"near-duplicate of line {near.line}; its more complete wording is kept there")
                else:
                    para.notes.append(f"near-duplicate of line {near.line} (reworded, no more complete: the first wording stays)")
            else:
                para.notes.append(f"near-duplicate of line {near.line}")
            return
        if unfinished and len(unit.key) < self.sentences.min_chars and not _BOLD_LINE.match(unit.text.strip()):
            # a chunk cut a few characters into a sentence the post already
            # has whole ("FuriosaAIが掲" after "FuriosaAIが掲げる…"): the words stand there
            whole = self.sentences.completing(unit.key)
            if whole is not None:
                _drop_as_repeat(para, unit, whole, f"cut start of a sentence that line {whole.line} has whole")
                return
        fragment = self.sentences.unfinished_prefix_of(unit.key) if para.block.kind == "paragraph" else None
        if fragment is not None and fragment.para is not None:
            fragment.alive = False
            fragment.para.changed = True
            fragment.para.notes.append(f"unfinished sentence completed by line {unit.line}")
        self.sentences.add(unit, unfinished)

    def _settle(self, position: int, para: _Para) -> None:
        units = para.units
        if len(units) > 1 and not units[0].key and units[0].alive and not units[1].alive and units[0].text.strip()[:1] in _DOT_STARTS:
            # the continuation dots a removed repeat opened with ("…" before
            # "その課題を…"): they would now open the new text after it
            units[0].alive = False
        dead = [u for u in para.units if not u.alive]
        alive = [u for u in para.units if u.alive]
        if dead and alive and self._variant_of_one(para, dead):
            # written in one go, a paragraph that says one earlier paragraph
            # again with a change is the writer's variant (a stanza revised in
            # its last line, a step restated for another case): whole, not
            # its changed line alone
            for u in dead:
                u.alive = True
            para.notes.clear()
            dead, alive = [], para.units
        if dead and alive and all(len(u.key) < self.settings.min_dup_chars and u.key in self.sentences.short for u in alive):
            # only short sentences are left beside the repeats, said before or
            # the cut end of a restarted chunk ("み出す手助けをする。"): the
            # paragraph is a repeat
            for u in alive:
                u.alive = False
                para.notes.append(f"short sentence repeated with the rest of line {self.sentences.short[u.key].line}")
            dead, alive = para.units, []
        if dead and alive and self.generated and all(self._copied_label(u) for u in alive):
            # a flattened copy whose every sentence went: the title's and the
            # headings' words it held inline go with them ("# Title Last
            # week… ## The minimum setup Our services…")
            for u in alive:
                u.alive = False
            para.notes.append("the labels a flattened copy held inline, its sentences repeated")
            dead, alive = para.units, []
        twin = self._reworded_lead_in(para) if dead and alive and self.generated else None
        if twin is not None:
            for u in alive:
                u.alive = False
            para.notes.append(f"its opening reworded from line {twin.line}, the rest repeated")
            dead, alive = para.units, []
        twins = self._reworded_rest(para) if dead and alive and self.generated else None
        if twins is not None:
            for u, kept in zip(alive, twins):
                u.alive = False
                u.near_of = kept
                # a later copy of this wording is a copy of the kept one too
                held = self.sentences.exact.get(u.key)
                if held is None or not held.alive:
                    self.sentences.exact[u.key] = kept
            para.notes.append(f"repeats line {twins[0].line}, its other sentences reworded")
            dead, alive = para.units, []
        for u in alive:
            if len(u.key) < self.settings.min_dup_chars:
                self.sentences.add(u)
        # (not a paragraph a colon introduces: "My first draft read like this:"
        # … "the published version reads:" shows both wordings on purpose)
        filled = self._filled_in(para) if dead and alive and not self._after_colon_intro(position) else None
        if filled is not None:
            # the new sentences go in their place in the kept paragraph
            target, order = filled
            target.units = order + [u for u in target.units if not u.alive]
            for u in alive:
                u.para = target
            target.changed = True
            target.notes.append(f"said again by line {para.block.span[0]} with new sentences, now in their place here")
            para.units = dead
            alive = []
        last = _repeated_paragraph(para) or self.last_para
        if dead and alive and last is not None and para.block.kind == "paragraph" and last.block.kind == "paragraph" and _continues(para, last):
            # the paragraph repeated the end (or all) of an earlier one and went on: one paragraph
            for u in alive:
                u.para = last
            last.units.extend(alive)
            last.changed = True
            last.notes.append(f"continued by line {para.block.span[0]}, which repeated its end")
            para.units = dead
            alive = []
        if not alive:
            self.removed.add(position)
            self.fixes.append(Fix(NAME, "removed", para.block.span, excerpt(para.block.text), _summarise(para.notes)))
            return
        self.paras[position] = para
        self.last_para = para
        if dead:
            para.changed = True

    def _filled_in(self, para: _Para) -> tuple[_Para, list[_Unit]] | None:
        """The kept paragraph that ``para`` says again whole, sentence for sentence
        in order, with new sentences between them ("A. B. C." and, after a
        seam, "A. B. New. C.") or with a sentence the kept one stopped short
        of given whole ("A. B…、" and "A. B… whole."), in a generated post:
        (that paragraph, its units in the new order); None otherwise (new
        sentences only after the repeats are ``_continues``')."""
        if not self.generated or para.block.kind != "paragraph":
            return None
        dead = [u for u in para.units if not u.alive]
        if not dead or any(u.dup_of is None or not u.dup_of.alive for u in dead):
            return None
        target = dead[0].dup_of.para  # type: ignore[union-attr]
        if not isinstance(target, _Para) or target is para or target.block.kind != "paragraph":
            return None
        if dead[0].section != dead[0].dup_of.section:  # type: ignore[union-attr]
            return None  # (under a heading of its own: a variation, "## Variation: chocolate", not a copy)
        kept = [u for u in target.units if u.alive]
        order: list[_Unit] = []
        completions: list[_Unit] = []  # (kept units cut short, given whole here)
        i = 0
        for u in para.units:
            if not u.alive:
                if i >= len(kept) or u.dup_of is not kept[i]:
                    return None  # not every kept sentence of it, or not in order
                order.append(kept[i])
                i += 1
            elif i < len(kept) and len(kept[i].key) >= MIN_ITEM_STUB and u.key.startswith(kept[i].key) and not ends_sentence(kept[i].text):
                order.append(u)  # the whole sentence the kept one stopped short of
                completions.append(kept[i])
                i += 1
            else:
                order.append(u)
        first, last = para.units.index(dead[0]), para.units.index(dead[-1])
        new_outside = [u for u in para.units[:first] + para.units[last + 1 :] if u.alive and not any(u.key.startswith(c.key) for c in completions)]
        if i != len(kept) or not completions and (len(dead) < 2 or new_outside):
            return None
        for cut in completions:
            cut.alive = False
        return target, order

    def _reworded_lead_in(self, para: _Para) -> _Unit | None:
        """A restart that reworded only its short opening.

        "I think that would be an error. Behind the phrase sits…" after a
        seam, when the post already said "I think that would be a mistake.
        Behind the phrase sits…": every sentence after the opening went as a
        repeat of one kept paragraph, and the opening is too short for the
        near-duplicate test (``min_near_dup_chars``).  It goes when it is
        close to that paragraph's own opening, sentence for sentence, with
        the same figures and no "not" the other lacks.  Returns the kept opening."""
        lead = []
        for u in para.units:
            if not u.alive:
                break
            lead.append(u)
        rest = para.units[len(lead) :]
        if not lead or any(u.alive for u in rest) or any(len(u.key) >= self.sentences.min_near for u in lead):
            return None
        targets = [u.dup_of or u.near_of for u in rest]
        owners = {id(t.para) for t in targets if t is not None}
        if None in targets or len(owners) != 1 or not isinstance(targets[0].para, _Para):
            return None
        first = targets[0].para
        repeated = {id(t) for t in targets}
        kept_lead = []
        for u in first.units:
            if id(u) in repeated:
                break
            if u.alive:
                kept_lead.append(u)
        if len(kept_lead) != len(lead):
            return None
        for new, old in zip(lead, kept_lead):
            if _ratio(new.key, old.key) < _REWORDED_RATIO or _negated(new.text) != _negated(old.text) or new.figures != old.figures:
                return None
        return kept_lead[0]

    def _copied_label(self, unit: _Unit) -> bool:
        """Is ``unit`` a label's words said before: the title's, a heading's, a bold label line's?"""
        words = _HEADING_MARK.sub("", unit.text.strip()).strip()
        return bool(words) and (_words_key(words) in self.label_keys or words in self.heading_texts)

    def _reworded_rest(self, para: _Para) -> list[_Unit] | None:
        """A restart that kept some sentences word for word and reworded the others.

        "こうした中で注目を集めているのが、…共同配送です。競合するはずの…運ぶ。"
        again after a seam as "…共同配送です。本来は競合関係にある…運ぶ。":
        the repeats went, and what is left is one kept paragraph's other
        sentences in other words - below the near-duplicate ratio, but each
        close to the kept one in its place, in the same order, with the same
        figures and no "not" the other lacks.  Returns the kept sentences the
        left ones reword, or None."""
        dead = [u for u in para.units if not u.alive]
        alive = [u for u in para.units if u.alive]
        targets = [u.dup_of or u.near_of for u in dead]
        if None in targets or not all(isinstance(t.para, _Para) for t in targets) or len({id(t.para) for t in targets}) != 1:
            return None
        repeated = {id(t) for t in targets}
        kept = targets[0].para.units
        in_place = len(kept) == len(para.units) and all(
            (u.dup_of or u.near_of) is k if not u.alive else k.alive and id(k) not in repeated
            for u, k in zip(para.units, kept))
        if in_place:
            # sentence for sentence: each left one sits in the place of a kept
            # one the restart did not repeat ("禁止事項だけを並べた…萎縮してしまいます" /
            # "禁止事項を並べただけの…ためらってしまいます"): a looser rewording is
            # still the same sentence
            pairs = [(u, k) for u, k in zip(para.units, kept) if u.alive]
            if all(_ratio(u.key, k.key) >= _REWORDED_IN_PLACE_RATIO and _negated(u.text) == _negated(k.text) and u.figures == k.figures
                   and not _extends(k.key, u.key) and not _new_names(k.text, u.text) for u, k in pairs):
                return [k for _, k in pairs]
        others = [u for u in kept if u.alive and id(u) not in repeated]
        twins: list[_Unit] = []
        at = 0
        for u in alive:
            for i in range(at, len(others)):
                old = others[i]
                if _ratio(u.key, old.key) >= _REWORDED_SENTENCE_RATIO and _negated(u.text) == _negated(old.text) and u.figures == old.figures:
                    twins.append(old)
                    at = i + 1
                    break
            else:
                return None
        return twins

    # -- tables --------------------------------------------------------------------
    def table(self, position: int, block: Block) -> None:
        """A table is never edited; in a generated post, one that repeats an
        earlier table cell for cell is a restart's copy and goes whole (a
        writer may show a table twice; code is shown again on purpose, "run
        the tests again", and goes only inside a restart: drop_restarted_code)."""
        key = norm(block.text)
        earlier = self.tables.setdefault(key, block)
        if earlier is not block and self.generated:
            self.removed.add(position)
            self.fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), f"table repeats line {earlier.span[0]}"))

    def code(self, position: int, block: Block) -> None:
        """A code block that repeats an earlier one line for line, in a
        generated post: a candidate for ``drop_restarted_code``."""
        if not self.generated:
            return
        earlier = self.code_blocks.setdefault(block.text, block)
        if earlier is not block:
            self.code_copies[position] = earlier

    def drop_restarted_code(self, blocks: tuple[Block, ...]) -> None:
        """A restart's copy of a code block goes with the repeats around it.

        Code is shown again on purpose ("Run the same command again:" over
        the same fence), so a copy goes only inside a run of repeats: the
        prose right before it and right after it (or the end of the chunk)
        went as repeats too, as when a later generation restarts a section
        - heading, paragraph, fence, paragraph - word for word."""
        for position, earlier in self.code_copies.items():
            before = self._prose_next_to(blocks, position, -1)
            after = self._prose_next_to(blocks, position, 1)
            if before is not None and before in self.removed and (after is None or after in self.removed):
                self.removed.add(position)
                self.fixes.append(Fix(NAME, "removed", blocks[position].span, excerpt(blocks[position].text),
                                      f"code block repeats line {earlier.span[0]} inside a restart (the text around it went as repeats)"))

    @staticmethod
    def _prose_next_to(blocks: tuple[Block, ...], position: int, step: int) -> int | None:
        """The nearest paragraph, heading or list before (step -1) or after
        (+1) ``position`` in the same chunk, or None at a seam or the post's end."""
        i = position + step
        while 0 <= i < len(blocks):
            kind = blocks[i].kind
            if kind == "marker":
                return None
            if kind in ("paragraph", "heading", "list"):
                return i
            i += step
        return None


    # -- result --------------------------------------------------------------------
    def result(self, doc: Document) -> tuple[Document, list[Fix]]:
        new_blocks: list[Block] = []
        for position, block in enumerate(doc.blocks):
            if position in self.removed:
                continue
            entry = self.lists.get(position)
            if entry is not None and entry.notes:
                alive = [u for u in entry.items if u.alive]
                gone = excerpt(" ".join(u.text.strip() for u in entry.items if not u.alive))
                if not alive:
                    self.fixes.append(Fix(NAME, "removed", block.span, gone, "list repeats other items: " + _summarise(entry.notes)))
                    continue
                text = "\n".join(u.text for u in alive)
                if text != block.text:
                    what = "repeated list items removed" if len(alive) < len(entry.items) else "repeated sentences removed from list items"
                    self.fixes.append(Fix(NAME, "edited", block.span, gone or excerpt(text), f"{what}: " + _summarise(entry.notes)))
                    block = block.with_text(text)
                    if self.generated and not entry.items[0].alive and new_blocks and new_blocks[-1].kind == "list" and _numbered_on(new_blocks[-1].text, text):
                        # a restart's copy of the list, its old items gone, goes
                        # on with the list it repeated ("3. …" kept, then "4. …"):
                        # one list again
                        new_blocks[-1] = new_blocks[-1].with_text(new_blocks[-1].text + "\n" + text, (new_blocks[-1].span[0], block.span[1]))
                        continue
            para = self.paras.get(position)
            if para is not None and para.changed:
                text = para.render()
                if text != block.text:
                    gone = _gone_text(para)
                    if text.strip() and text.strip() != para.prefix.strip():
                        self.fixes.append(Fix(NAME, "edited", block.span, excerpt(gone or text), _summarise(para.notes)))
                        block = block.with_text(text)
                    else:
                        self.fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text), _summarise(para.notes)))
                        continue
            new_blocks.append(block)
        if not self.fixes:
            return doc, []
        return doc.with_blocks(tidy_gaps(doc, new_blocks)), self.fixes

