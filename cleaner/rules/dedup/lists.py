"""Lists: whole items repeated, restarted, or cut at a seam."""

from __future__ import annotations

import bisect

from ...document import ITEM_MARK, Block
from ...fixes import Fix
from ...text import excerpt, split_sentences, stops_mid_phrase
from .model import _ListEntry, NAME, _Unit
from .wording import _cut_item, _keeps_sentences, _key, _other_step, _split_items


class ListRepeats:
    """``_State``'s reading of lists (a mixin: the state is ``_State``'s)."""

    def list_block(self, position: int, block: Block) -> None:
        """Whole items only: a repeated item goes; an item that a later one
        repeats and extends gives way to the later, complete one."""
        items = [_Unit(text, _key(text), block.span[0] + start) for start, text in _split_items(block.text)]
        entry = _ListEntry(block, items)
        section = self.section
        cut_by_seam = self._seam_cut_items(items, block.span[1])
        joined_over_seam = self._seam_between(block.span[0], block.span[1])
        if self.generated:
            self._restarted_run(items, entry)
        self.earlier_lists.append((position, entry))
        for unit in items:
            if not unit.alive:  # (the restart's copy of an earlier list's items)
                unit.para = entry  # type: ignore[assignment]
                continue
            unit.para = entry  # type: ignore[assignment]
            unit.section = section
            if id(unit) in cut_by_seam:
                unit.alive = False
                entry.notes.append(cut_by_seam[id(unit)])
                continue
            before = next((u for u in reversed(items[: items.index(unit)]) if u.alive), None) if joined_over_seam else None
            if before is not None and before.key == unit.key:
                # "2. Copy the card:" / seam / "2. Copy the card:" over its code
                # block: the restart said the item again, however short (the
                # lines of a list joined over a seam are approximate: the
                # seam's being inside the list is asked)
                unit.alive = False
                entry.notes.append(f"the item before it (line {before.line}) said again after the seam")
                continue
            hit = self._repeat_in(self.items, unit.key, unit)
            if hit is not None and _other_step(unit.text, hit[0].text):
                # "6. Scrape down the bowl." after "3. Scrape down the bowl.": a
                # recipe's step again, not a restart's copy (which keeps its number)
                hit = None
            if hit is not None and self._parallel_item(unit, hit[0], entry):
                hit = None
            if hit is not None:
                unit.alive = False
                entry.notes.append(hit[1].format(line=hit[0].line))
                continue
            near = self._near_in(self.items, unit, facts=False)
            parallel = near is not None and (near.para is entry or near.section != unit.section or self._parallel_facts(near.text, unit.text, near.line, unit.line))
            if parallel:
                # items of one list that differ in a word are parallel, not
                # copies ("…a bar chart's axis labels…" / "…a line chart's…"),
                # and so are items under other headings (4.2's "Fixed a typo
                # in the French translation", 4.1's "…German…"): a restart
                # repeats items in a list of its own, under the same heading
                near = None
            # (an item the seam cut, "…had more than", is near the whole one
            # given later: the whole one extends it, it does not repeat it)
            extends = near is not None and len(unit.key) > len(near.key) and unit.key.startswith(near.key)
            if near is not None and not extends and _keeps_sentences(near.text, unit.text):
                unit.alive = False
                entry.notes.append(f"near-duplicate of the item at line {near.line}")
                continue
            repeated = self._item_sentences_repeated(unit)
            if repeated:
                unit.alive = False
                entry.notes.append(repeated)
                continue
            # (in a post written in one go, an item the next one extends is the
            # writer's: "- New address: https://…/faq/" over "…/faq/contact/",
            # "- 一つ書く。" over "- 一つ書く。書けない日は…")
            shorter = self.items.unfinished_prefix_of(unit.key) if self.generated else None
            if shorter is not None and not stops_mid_phrase(shorter.text, unit.text):
                shorter = None  # (an item ending on a word an item may end on: both stay)
            if shorter is None and near is not None and self.generated:
                if _keeps_sentences(unit.text, near.text):
                    shorter = near
                else:
                    self.fixes.append(Fix(NAME, "kept", (unit.line, unit.line), excerpt(unit.text),
                                          f"near-duplicate of the item at line {near.line} kept: each copy has wording the other lacks"))
            if shorter is not None:
                shorter.alive = False
                for child in shorter.children:
                    child.alive = False  # its sentences live on in the longer item
                shorter.para.notes.append(f"item repeated and extended by line {unit.line}")  # type: ignore[union-attr]
            if not parallel:  # (a parallel item is the writer's: whole, as written)
                self._trim_repeated_sentences(unit, entry, near)
            self.items.add(unit, unfinished=True)
            first = split_sentences(unit.text)
            if first and len(_key(first[0].text)) >= self.settings.min_dup_chars:
                self.item_labels.setdefault(_key(first[0].text), unit)
            for sentence in split_sentences(ITEM_MARK.sub("", unit.text, count=1)):
                child = _Unit(sentence.text, _key(sentence.text), unit.line)
                child.section = section
                self.item_list[id(child)] = entry
                unit.children.append(child)
                self.sentences.add(child)
        self._drop_short_repeats(entry)
        self.lists[position] = entry
        self.last_para = None

    def remember_list(self, block: Block, position: int) -> None:
        """A list left as it is (introduced by its paragraph's colon) is still
        the first copy of its items, in a generated post: a restart that
        repeats the paragraph and the list ("Specifically:" / the same four
        items) loses both copies.  (Not in a post written in one go: a
        changelog's "Notable changes" list comes again in its commit list.)"""
        entry = _ListEntry(block, [])
        for start, text in _split_items(block.text):
            unit = _Unit(text, _key(text), block.span[0] + start, para=entry)  # type: ignore[arg-type]
            unit.section = self.section
            entry.items.append(unit)
            self.items.add(unit)
        # still, an item the seam cut gives way to the next item, which says it
        # again whole ("2. **Trial design:** matching patients to" / "2. **Trial
        # design:** matching patients to trials…"): the list keeps its shape
        cut_by_seam = self._seam_cut_items(entry.items, block.span[1])
        for unit in entry.items:
            if id(unit) in cut_by_seam:
                unit.alive = False
                entry.notes.append(cut_by_seam[id(unit)])
        self.earlier_lists.append((position, entry))
        if entry.notes:
            self.lists[position] = entry

    def _restarted_run(self, items: list[_Unit], entry: "_ListEntry") -> None:
        """A restart gives an earlier list again from its first item, word for
        word, then goes on (a recipe's ingredients cut at "- 砂糖…大さ", then
        given whole under the repeated heading): the repeated run goes however
        short its items ("- 水…400ml"), and the earlier list's cut last item
        gives way to the whole one the run goes on with.  Two items at least,
        as long together as a repeat must be.  Only after a seam (a restart
        is a later generation's): two recipes' lists of one chunk opening
        with the same items are two, whatever the headings.  (Across a seam
        the headings do not tell: a restart gives its heading again glued to
        its paragraph, or not at all.)"""
        for position, earlier in reversed(self.earlier_lists):
            old = earlier.items
            if not old or not self._seam_between(old[-1].line, entry.block.span[0]):
                continue
            run = 0
            while run < min(len(old), len(items)) and items[run].key == old[run].key:
                run += 1
            if run < 2 or sum(len(u.key) for u in items[:run]) < self.settings.min_dup_chars:
                continue
            if not all(u.alive for u in old[:run]):
                continue  # (that copy went itself: the first one is earlier)
            for unit in items[:run]:
                unit.alive = False
            entry.notes.append(f"the restart repeats the first {run} items of the list at line {old[0].line}")
            if run < len(old) and run < len(items) and run == len(old) - 1:
                cut, whole = old[run], items[run]
                if cut.alive and _cut_item(cut, whole):
                    cut.alive = False
                    for child in cut.children:
                        # (its sentences live on in the whole item: not the
                        # first copy the whole item would repeat)
                        child.alive = False
                    earlier.notes.append(f"item cut by the seam, said again whole by line {whole.line}")
                    self.lists.setdefault(position, earlier)
            return

    def _parallel_item(self, unit: _Unit, earlier: _Unit, entry: "_ListEntry") -> bool:
        """An item said word for word in another list under another heading or
        label of the same chunk ("- Line speed: 120 parts per minute" under
        **Plant A** and **Plant B**): parallel facts, not a copy.  A restart
        says its lists again after a seam, under the same headings."""
        return (isinstance(earlier.para, _ListEntry) and earlier.para is not entry and earlier.section != unit.section
                and not self._seam_between(earlier.line, unit.line))

    def _seam_between(self, first: int, second: int) -> bool:
        """Is there a seam (a later generation's start) between the two lines?"""
        return bisect.bisect_right(self.breaks, first) < bisect.bisect_right(self.breaks, second)

    def _seam_cut_items(self, items: list[_Unit], end_line: int) -> dict[int, str]:
        """Items the seam cut that the next item says again whole: "- 1 tsp
        baking so" / "- 1 tsp baking soda" (a seam after the stub in the list,
        which ends on ``end_line``, however short the stub; without a seam an
        item that the next one extends is the writer's: "- New address:
        https://…/faq/" over "…/faq/contact/"), by id, with the note to
        report.  (The lines of items after a seam the list was joined over
        are approximate: only the seam's being after the stub is asked.)"""
        found: dict[int, str] = {}
        for cut, whole in zip(items, items[1:]):
            if not _cut_item(cut, whole) or not stops_mid_phrase(cut.text, whole.text):
                # (no restart says the list again here: only a phrase stopped
                # mid-way is the seam's cut, "- Check the dashboard" is an item)
                continue
            if self._seam_between(cut.line, end_line):
                found[id(cut)] = f"item cut by the seam, said again whole by line {whole.line}"
        return found

    def _drop_short_repeats(self, entry: "_ListEntry") -> None:
        """Items too short to count as repeats on their own ("無料で使える範囲
        はどこまでか") still go when they repeat earlier items exactly and
        every other item of the list was a repeat: a restarted list, whose
        stub would otherwise stay under a repeated heading."""
        alive = [u for u in entry.items if u.alive]
        if not alive or len(alive) == len(entry.items):
            return
        earlier = []
        for unit in alive:
            hit = self.items.short.get(unit.key) if len(unit.key) < self.settings.min_dup_chars else None
            if hit is None or hit is unit or not hit.alive:
                return
            earlier.append(hit)
        for unit, hit in zip(alive, earlier):
            unit.alive = False
            for child in unit.children:
                child.alive = False
            entry.notes.append(f"short item, duplicate of line {hit.line} (every other item of the list was a repeat)")

    def _trim_repeated_sentences(self, unit: _Unit, entry: "_ListEntry", near: _Unit | None) -> None:
        """A kept item loses sentences that repeat text kept elsewhere (an
        item copied with a few words changed); its first sentence - the
        marker and label - always stays, so the list keeps its shape.  When
        the item is a near-copy of an earlier one, even its short sentences
        that repeat that item (or the earlier item with the same label) go:
        they are part of the copy."""
        text = unit.text
        sentences = split_sentences(text)
        if len(sentences) < 2 or any(not s.complete for s in sentences[:-1]):
            # (an item hard-wrapped mid-sentence, as manuals write them, is
            # read line by line: a line is no sentence to cut out of it)
            return
        label = _key(sentences[0].text)
        related = near or self.item_labels.get(label)
        copied = {c.key: c for c in related.children if c.alive} if related is not None else {}
        out = text[: sentences[0].end]
        notes: list[str] = []
        for sentence in sentences[1:]:
            key = _key(sentence.text)
            # (only a whole sentence: a changelog line's "(Author) [#37490](…)"
            # after "add Buffer.copyBytesFrom(...)" is no sentence of its own)
            hit = self._repeat_in(self.sentences, key, unit) if len(key) >= self.settings.min_dup_chars and sentence.complete else None
            if hit is None and key in copied:
                hit = (copied[key], "duplicate of line {line}")
            if hit is None:
                out += text[sentence.start : sentence.end]
            else:
                notes.append("sentence " + hit[1].format(line=hit[0].line))
        out = out.rstrip()
        if out.endswith((":", "：", ":**", "：**")):
            return  # (a label left over nothing, "- **deps**:": the item stays whole)
        entry.notes.extend(notes)
        if out != text.rstrip():
            unit.text = out
            unit.key = _key(out)

    def _item_of(self, sentence: _Unit) -> _Unit:
        """The list item a sentence of the index stands in, or the sentence itself."""
        entry = self.item_list.get(id(sentence))
        return next((item for item in entry.items if sentence in item.children), sentence) if entry is not None else sentence

    def _item_sentences_repeated(self, unit: _Unit) -> str:
        """Every sentence of a list item already stands elsewhere: where."""
        lines = []
        for sentence in split_sentences(ITEM_MARK.sub("", unit.text, count=1)):
            key = _key(sentence.text)
            if len(key) < self.settings.min_dup_chars:
                continue
            hit = self._repeat_in(self.sentences, key, unit)
            item = self._item_of(hit[0]) if hit is not None else None
            if item is None or _other_step(unit.text, item.text) or self._parallel_item(unit, item, unit.para):  # type: ignore[arg-type]
                # (another numbered step saying it is no copy, see _other_step;
                # a parallel list's item, see _parallel_item)
                return ""
            lines.append(hit[0].line)
        if not lines:
            return ""
        return "every sentence of the item stands at line " + ", ".join(str(n) for n in sorted(set(lines)))

