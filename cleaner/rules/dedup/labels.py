"""What the other parts leave: repeats too short to count on their own
next to their twin, and headings or labels over a section that was all
a repeat."""

from __future__ import annotations

from ...document import Block
from ...fixes import Fix
from ...patterns import lazy
from ...text import ends_sentence, excerpt
from .model import NAME, _Para
from .wording import (
    _balanced, _BOLD_LINE, _HEADING_MARK, _key, _LABEL_CHARS, _lead_label_key, _letters, _LOWEST, _MIN_STUTTER,
    _one_slot_apart, _rank, _ratio, _REWORDED_HEADING_RATIO, _summarise,
)


#: a short line that introduces what follows ("Results by plant:", "主な仕様：")
_COLON_LINE = lazy(r"^[^\n.。!?！？]{1,58}[:：]$")


class LabelRepeats:
    """``_State``'s last sweeps: adjacent short repeats and emptied repeated
    labels (a mixin: the state is ``_State``'s)."""

    def drop_adjacent_repeats(self, blocks: tuple[Block, ...]) -> None:
        """What is too short to count as a repeat on its own still goes when
        it stands right after its copy, with only removed text between, in a
        post generated in several goes - a stutter, or what is left of a
        restart once its long sentences went::

            …目が離せないね。この旅はまだ始まったばかりだ。
            ---END---
            この旅はまだ始まったばかりだ。       <- removed: repeats the sentence right before it

            **未来への問いかけ**
            **未来への問いかけ**                 <- removed: repeats the line right before it

        A paragraph (or heading) that repeats the kept one before it goes
        whole; a paragraph that opens with the last sentence of the one
        before loses it.  Only in a post with seams (or chat turns): a
        writer repeats on purpose ("Never again." / "Never again.", a
        dialogue's "No." / "No."), so a post written in one go keeps its
        short repeats.  A list, table or code block between breaks the
        adjacency."""
        if not self.generated:
            return
        before: _Para | None = None
        before_at = 0
        for position, block in enumerate(blocks):
            if block.kind == "marker" or position in self.removed:
                continue
            para = self.paras.get(position)
            if para is None or not para.alive_keys():
                before = None
                continue
            if before is not None and before.block.kind == para.block.kind:
                if self._drop_stutter(position, para, before, before_at):
                    continue
            before, before_at = para, position

    def _drop_stutter(self, position: int, para: _Para, before: _Para, before_at: int) -> bool:
        """Remove what ``para`` repeats of ``before`` right above it (the
        same text, or its opening sentences one by one); True when nothing
        of it is left."""
        line = before.block.span[0]
        earlier = before.alive_keys()
        while True:
            alive = [u for u in para.units if u.alive]  # (never empty: the last one going removes the block)
            same = [u.key for u in alive] == earlier
            if not (same or para.block.kind == "paragraph" and alive[0].key == earlier[-1]) or _letters(alive[0].key) < _MIN_STUTTER:
                return False
            if same:
                self.removed.add(position)
                self.merged[position] = before_at
                self.fixes.append(Fix(NAME, "removed", para.block.span, excerpt(para.block.text), f"repeats line {line}, right before it"))
                return True
            if not _balanced(alive[0].text):
                return False
            alive[0].alive = False
            para.changed = True
            para.notes.append(f"repeats the sentence right before it, at the end of line {line}")
            if len(alive) == 1:
                self.removed.add(position)
                self.fixes.append(Fix(NAME, "removed", para.block.span, excerpt(para.block.text), _summarise(para.notes)))
                return True

    def drop_emptied_repeated_labels(self, blocks: tuple[Block, ...]) -> None:
        """A heading, or a one-line label such as "**未来への展望**" or
        "Results by plant:", too short to count as a repeat on its own still
        goes when it repeats an earlier one and everything under it was a
        repeat: a restart's section
        headings, left stacked over nothing once their sections went.  From
        the last label up, so that a label over only removed labels goes
        too.  A bold or plain label line only in a post with seams (or chat
        turns): a writer's "**Update**" or "**A.**" repeats on purpose."""
        labels: dict[int, int] = {}  # position -> rank
        first_of: dict[str, Block] = {}  # label key -> its first heading or bold line
        repeats: dict[int, str] = {}
        for position, block in enumerate(blocks):
            key = self._label_key(block, first_of)
            if key is None:
                lead = _lead_label_key(block)
                if lead is not None and position not in self.removed:
                    # "**今後の展望**\nAIの進化は…": a label over its first
                    # line opens a section too, and a later label line with
                    # its words repeats it (the block itself holds text: it
                    # never goes as a label)
                    labels[position] = _LOWEST
                    first_of.setdefault(lead, block)
                continue
            # (a line that introduces what follows with a colon, "Results by
            # plant:", ranks below a bold label: it ends no bold label's section)
            labels[position] = _LOWEST + 1 if _COLON_LINE.match(block.text.strip()) else _rank(block)
            if position in self.removed:
                continue
            earlier = first_of.setdefault(key, block)
            if earlier is not block and (block.kind == "heading" or self.generated):
                what = "heading" if block.kind == "heading" else "label line"
                repeats[position] = f"{what} repeats line {earlier.span[0]}"
        if self.generated:
            self._reworded_headings(blocks, labels, repeats)
        where = {id(block): position for position, block in enumerate(blocks)}
        for para, how in self.label_headings:
            repeats.setdefault(where[id(para.block)], f"heading {how}")
        # a label merged into its twin right before it is no boundary: what it
        # held is the twin's, and keeps the twin while it is not all removed
        boundaries = {p: rank for p, rank in labels.items() if p not in self.merged}
        held = set()
        for position in sorted(repeats.keys() | self.merged.keys(), reverse=True):
            if position in self.merged:
                if position in labels and not self._emptied(position, blocks, boundaries, labels[position]):
                    held.add(self.merged[position])
            elif position not in self.removed and position not in held and self._emptied(position, blocks, boundaries, labels[position]):
                self.removed.add(position)
                self.fixes.append(Fix(NAME, "removed", blocks[position].span, excerpt(blocks[position].text),
                                      f"{repeats[position]}, and everything under it was a repeat"))
        if self.generated:
            self._drop_labels_inside_their_twin(blocks, labels, repeats, first_of)
            self._drop_restart_headings(blocks, labels)

    def _drop_restart_headings(self, blocks, labels: dict[int, int]) -> None:
        """A restart's heading, in any words, over a section that opens with
        the paragraph the section the seam cut opened with::

            ## 送電網という見えにくい制約        <- kept
            建設計画のニュースだけを…             (the section's first paragraph)
            ---END---
            ## 見えにくい制約としての送電網      <- removed: the restart's heading
            建設計画のニュースだけを…             (removed: a repeat)
            ただし、…                            (new text: it goes on the first section)

        Only right after a seam, and only the last section of its rank before
        it: a label said again after another section names a section of its
        own, whose new text is about it (test_a_restarted_label_over_new_text_
        hands_it_to_its_twin); a new section after the seam opens with new
        text, and one whose heading differs in one slot is a parallel one."""
        for position in sorted(labels):
            block = blocks[position]
            if position in self.removed or not self._right_after_seam(position, blocks):
                continue
            rank = labels[position]
            twin = max((p for p in labels if p < position and labels[p] <= rank and p not in self.removed), default=None)
            if twin is None or labels[twin] != rank or blocks[twin].kind != block.kind or _one_slot_apart(blocks[twin].text, block.text):
                continue
            first, again = self._first_text_under(twin, blocks, labels), self._first_text_under(position, blocks, labels)
            if first is None or again is None or again not in self.removed or first in self.removed:
                continue
            if _key(blocks[again].text) != _key(blocks[first].text) and _ratio(_key(blocks[again].text), _key(blocks[first].text), self.settings.near_dup_ratio) < self.settings.near_dup_ratio:
                continue
            self.removed.add(position)
            self.fixes.append(Fix(NAME, "removed", block.span, excerpt(block.text),
                                  f"heading of a restart: the section under line {blocks[twin].span[0]} given again from its first paragraph; what it adds goes on the section before it"))

    def keep_refrains(self, blocks: tuple[Block, ...]) -> None:
        """In a post written in one go, a section given again word for word
        under the same label, with other sections between and a new one (or
        the end) after it, is a refrain and stays::

            **Chorus** / Harbour lights, carry me home…     <- first
            **Verse 2** / Ships in the morning…              (new)
            **Chorus** / Harbour lights, carry me home…     <- kept: a refrain
            **Bridge** / Hold on.                            (new)

        A model looping in one reply repeats a run of sections ("## A … ## B
        … ## A … ## B …"): the section after the copy repeats the one after
        the first, and the copy goes."""
        if self.generated:
            return
        sections: list[tuple[int, str, list[int]]] = []  # (label position, label key, content positions)
        for position, block in enumerate(blocks):
            if block.kind == "heading" or block.kind == "paragraph" and "\n" not in block.text.strip() and _BOLD_LINE.match(block.text.strip()):
                sections.append((position, _key(block.text.strip().strip("#*_ ")), []))
            elif sections and block.kind != "marker":
                sections[-1][2].append(position)
        first: dict[str, int] = {}
        for i, (label, key, content) in enumerate(sections):
            j = first.setdefault(key, i)
            if j == i or i == j + 1 or not content:
                continue
            original = sections[j][2]
            if [_key(blocks[p].text) for p in content] != [_key(blocks[p].text) for p in original] or not any(self._gone(p) for p in content):
                continue
            if not all(self._gone(p) or self._untouched(p) for p in content):
                continue  # (a block edited in part: the copy is no plain repeat)
            if i + 1 < len(sections) and j + 1 < len(sections) and sections[i + 1][1] == sections[j + 1][1] and all(self._gone(p) for p in sections[i + 1][2]):
                continue  # the run after it repeats too: a loop
            self._restore([label, *content], blocks)

    def _untouched(self, position: int) -> bool:
        para, entry = self.paras.get(position), self.lists.get(position)
        return position not in self.removed and (para is None or not para.changed) and (entry is None or not entry.notes)

    def _restore(self, positions: list[int], blocks: tuple[Block, ...]) -> None:
        spans = {blocks[p].span for p in positions}
        for p in positions:
            self.removed.discard(p)
            entry = self.lists.get(p)
            if entry is not None:
                for unit in entry.items:
                    unit.alive = True
                entry.notes.clear()
        self.fixes = [f for f in self.fixes if tuple(f.lines) not in spans]

    def _right_after_seam(self, position: int, blocks) -> bool:
        """Did a later generation begin right before the block at ``position``?"""
        return self._seam_between(blocks[position - 1].span[1] if position else 0, blocks[position].span[0])

    @staticmethod
    def _first_text_under(position: int, blocks, labels: dict[int, int]) -> int | None:
        """The first paragraph under the label at ``position``, before any other label."""
        for later in range(position + 1, len(blocks)):
            if later in labels:
                return None
            if blocks[later].kind == "paragraph":
                return later
            if blocks[later].kind != "marker":
                return None
        return None

    def _reworded_headings(self, blocks, labels: dict[int, int], repeats: dict[int, str]) -> None:
        """A restart's heading or bold label line in other words ("##
        投資家が見るべきポイント" … "## 投資家が注目すべきポイント", "**まとめ：
        地域の交通を次の世代へ**" … "**最後に：地域の交通を次の世代へ**") counts as a repeat
        of the earlier one of its rank: it goes when everything under it was
        a repeat too.  (One in new words stays whatever is under it; so does
        one the same chunk wrote: "## A社の場合" … "## B社の場合".)"""
        kept: list[tuple[int, str, str, int]] = []  # (rank, key, text, line) of the headings so far
        for position in sorted(labels):
            block = blocks[position]
            if position in self.removed:
                continue
            lead = _lead_label_key(block)
            words = (block.text.strip().partition("\n")[0] if lead is not None else block.text).strip()
            key = lead if lead is not None else _key(_HEADING_MARK.sub("", words))
            rank = labels[position]
            # (a label over its first line holds text: compared with, never removed)
            if position not in repeats and len(key) >= 3 and lead is None:
                for other_rank, other, other_text, other_line in kept:
                    if other_rank == rank and other != key and self._seam_between(other_line, block.span[0]) and not _one_slot_apart(other_text, words) and (
                        (len(other) >= 3 and (key.startswith(other) or other.startswith(key)))
                        or _ratio(key, other, _REWORDED_HEADING_RATIO) >= _REWORDED_HEADING_RATIO
                    ):
                        what = "heading" if block.kind == "heading" else "label line"
                        repeats[position] = f"{what} rewords an earlier one (“{excerpt(other_text, 30)}”)"
                        break
            kept.append((rank, key, _HEADING_MARK.sub("", words).strip().strip("*_"), block.span[0]))

    def _drop_labels_inside_their_twin(self, blocks, labels: dict[int, int], repeats: dict[int, str], first_of: dict[str, Block]) -> None:
        """A restart's heading (or bold label line) that lands inside the
        section it repeats::

            ## 読影室で起きていること        <- kept
            ある放射線科医は…                  (its paragraph, completed by the restart)
            ## 読影室で起きていること        <- removed: the section it names goes on here
            つまり、AIは…                      (new text: now under the first heading)

        Once the repeats between them went, the nearest kept label of its
        rank or above is its own twin: the label is a restart's, and what it
        held stays where it is, in the twin's section."""
        def key_of(block: Block) -> str | None:
            return self._label_key(block, first_of) or _lead_label_key(block)

        def goes_on(position: int) -> bool:
            """Is there kept text under the label, before the next one?"""
            for later in range(position + 1, len(blocks)):
                if later in labels:
                    return False
                if later not in self.removed and blocks[later].kind != "marker":
                    return True
            return False

        for position in sorted(repeats):
            if position in self.removed:
                continue
            rank = labels[position]
            for before in range(position - 1, -1, -1):
                if before in self.removed or before not in labels or labels[before] > rank:
                    continue
                # a bold label line only when a later generation wrote it and
                # text follows: a writer's "**Tip:**" over each tip, or a
                # closing line echoing a label, stays
                restarted = blocks[position].kind == "heading" or (
                    goes_on(position) and any(blocks[before].span[0] < line < blocks[position].span[0] for line in self.breaks)
                )
                if restarted and key_of(blocks[before]) == key_of(blocks[position]):
                    what = "heading" if blocks[position].kind == "heading" else "label"
                    self.removed.add(position)
                    self.fixes.append(Fix(NAME, "removed", blocks[position].span, excerpt(blocks[position].text),
                                          f"{repeats[position]}, inside that {what}'s own section (the repeats between them went): the section goes on"))
                break

    @staticmethod
    def _label_key(block: Block, first_of: dict[str, Block]) -> str | None:
        """The key of a label block, None for other blocks.  A label is a
        heading, a short line set in bold ("**未来への展望**") or ending on a
        colon ("Results by plant:"), or a short line with no sentence end that
        repeats one of those ("未来への展望")."""
        if block.kind == "heading":
            return _key(_HEADING_MARK.sub("", block.text))
        text = block.text.strip()
        if block.kind != "paragraph" or "\n" in text:
            return None
        key = _key(text)
        if len(key) > _LABEL_CHARS:
            return None
        if _BOLD_LINE.match(text) or _COLON_LINE.match(text) or (not ends_sentence(text) and key in first_of):
            return key
        return None

    def _emptied(self, position: int, blocks: tuple[Block, ...], boundaries: dict[int, int], rank: int) -> bool:
        """Was everything under the label at ``position`` removed as a
        repeat?  Its section runs to the next label of its rank or above
        ("## A" holds its "### B"); a label with nothing under it but a
        removed label holds what that one held.  In a generated post, one
        right above a kept label of its rank introduces nothing (the seams
        rule spliced its paragraph into the cut one above); at the end of
        the post, one with nothing under it stays (a poem's last line
        echoing its heading)."""
        section: list[int] = []
        for later in range(position + 1, len(blocks)):
            if later in boundaries and boundaries[later] <= rank:
                if not section and later not in self.removed:
                    return self.generated
                if section:
                    break
            if blocks[later].kind != "marker":
                section.append(later)
        return bool(section) and all(self._gone(p) for p in section)

    def _gone(self, position: int) -> bool:
        """Is the block at ``position`` removed whole: a repeated paragraph,
        or a list all of whose items repeat earlier ones (kept in
        ``self.lists`` with no item alive, not in ``self.removed``)?"""
        if position in self.removed:
            return True
        entry = self.lists.get(position)
        return entry is not None and bool(entry.items) and not any(u.alive for u in entry.items)
