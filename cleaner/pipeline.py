"""The order the rules run in, and running them over one post's text.

Order matters and lives only here:

0. ``frontmatter_syntax`` repairs YAML front matter that does not parse
   (or raises ``FrontMatterError``: the file is left untouched, exit 2), so
   that every later rule can read it;
1. ``encoding`` repairs mojibake and invisible characters first, so that
   every later rule reads the real text;
   ``artifacts`` then removes ``<think>`` blocks, chat role tokens (noting
   where the next reply starts) and citation tokens, and unwraps a fenced
   article, so that ``monologue`` sees the article's real start;
   ``monologue`` comes before the other body rules, while seam markers still show where each chunk
   starts (the start of a chunk is where narration sits);
2. ``seams`` splices the chunks and removes the markers;
3. ``dedup`` removes what the chunks repeated; ``separators`` then parts a
   ``---`` line from the paragraph the removals left right above it;
4. ``title`` repairs the front matter from the cleaned body (and reads the
   template excerpt before ``excerpt`` replaces it);
5. ``excerpt`` regenerates a broken excerpt/description from the first
   paragraph left after ``title`` removed a repeated title line;
6. ``reading_time`` last, from the final body.

Then ``verdict`` judges what remains: a post that is nothing but the agent's
reply comes back exactly as it was, with no fixes and a ``no_article`` reason.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from .document import Document, compile_markers, parse, render, resplit, resplit_run
from .frontmatter import FrontMatterError, split_front_matter
from .fixes import Fix
from .rules import Rule
from .rules import artifacts, dedup, encoding, excerpt, frontmatter_syntax, monologue, reading_time, seams, separators, title
from .settings import Settings
from .text import clear_post_caches
from .verdict import no_article_reason

RULES: tuple[Rule, ...] = (
    frontmatter_syntax.RULE,
    encoding.RULE,
    artifacts.RULE,
    monologue.RULE,
    seams.RULE,
    dedup.RULE,
    separators.RULE,
    title.RULE,
    excerpt.RULE,
    reading_time.RULE,
)
RULES_BY_NAME = {rule.name: rule for rule in RULES}
MAX_PASSES = 4


class UnknownRule(ValueError):
    pass


def active_rules(settings: Settings) -> list[Rule]:
    for name in (*settings.select, *settings.ignore):
        if name not in RULES_BY_NAME:
            raise UnknownRule(f"unknown rule {name!r} (known: {', '.join(RULES_BY_NAME)})")
    chosen = [r for r in RULES if not settings.select or r.name in settings.select]
    return [r for r in chosen if r.name not in settings.ignore]


@dataclass
class Outcome:
    """The result of cleaning one post's text."""

    original: str
    text: str
    fixes: list[Fix] = field(default_factory=list)
    skipped: str = ""  # why the post was left alone (``articlefix: skip``)
    no_article: str = ""  # why the post has no article (left as it was; see verdict.py)

    @property
    def changed(self) -> bool:
        return self.text != self.original


def clean_text(text: str, settings: Settings | None = None) -> Outcome:
    """Run every active rule over ``text`` (``\\n`` newlines, no BOM)."""
    try:
        return _clean(text, settings or Settings())
    finally:
        clear_post_caches()  # what the rules cached is about this post only


def _clean(text: str, settings: Settings) -> Outcome:
    markers = compile_markers(settings.markers)
    doc = parse(text, markers)
    if doc.front_matter is not None and _skip_requested(doc):
        return Outcome(text, text, [], skipped="front matter says articlefix: skip")
    had_front_matter = doc.front_matter is not None
    fixes: list[Fix] = []
    rules = active_rules(settings)
    # Like ruff's --fix, run the rules until they find nothing more to do: a
    # fix can expose another (a merged paragraph now repeats a later one),
    # and a second run of articlefix must find nothing.
    for _ in range(MAX_PASSES):
        start = doc.blocks  # (kept alive: the ids below stay unique)
        changed = False
        for rule in rules:
            new_doc, found = rule.apply(doc, settings)
            changed = changed or any(f.changes_text for f in found)
            doc = new_doc
            fixes.extend(found)
        if not changed:
            break
        doc = _reread(doc, markers, {id(b) for b in start})
    if doc.front_matter is not None and doc.front_matter.error is not None:
        raise doc.front_matter.error  # unreadable and not repaired: leave the file alone
    fixes = list(dict.fromkeys(fixes))  # a later pass repeats notes ("kept") of the first
    reason = no_article_reason(doc, fixes, settings)
    if reason:
        # never publish (nor write) an emptied post: the file stays as it was
        return Outcome(text, text, [], no_article=reason)
    result = render(doc)
    if result != text and not doc.final_newline:
        # a changed post ends with a newline, even when the input's last
        # line (often a seam marker) had none
        result = render(dataclasses.replace(doc, final_newline=True))
    if result != text and not had_front_matter and _reads_as_front_matter(result):
        # e.g. "[cite: 1]---" opening a post: the next run would take the
        # bare "---" for a front matter that is never closed and refuse the
        # file; keeping the post as it is keeps the two runs consistent
        first = text.split("\n", 1)[0]
        note = Fix("frontmatter_syntax", "kept", (1, 1), first[:48],
                   "the cleaned post would start with a front-matter delimiter and be misread as front matter: post left as it is")
        return Outcome(text, text, [f for f in fixes if not f.changes_text] + [note])
    if result == text:
        # nothing changed the text (fixes of action "kept" are notes only)
        return Outcome(text, text, [f for f in fixes if not f.changes_text])
    return Outcome(text, result, fixes)


def _reread(doc: Document, markers, unchanged: set[int]) -> Document:
    """Re-split the edited prose blocks as the next run would parse them: an
    edit can leave a line that now reads differently - "\u200b---END---" is a
    seam marker once ``encoding`` removed the zero-width space, "Text.---END---"
    is one once ``dedup`` removed the repeated "Text." - and the next pass must
    see it, or a second run would still find something to fix."""
    blocks: list = []
    for index, block in enumerate(doc.blocks):
        edited = block.kind in _REREAD and id(block) not in unchanged
        parts = resplit(block, markers) if edited else [block]
        if edited and parts[-1].kind in _SPANNING and parts[-1] is not block:
            # an edit left a fence or "articlefix: off" opening a region that
            # runs into the next blocks ("<think>```" without its tag): read
            # the rest of the post again, as the next run will (line numbers
            # of later fixes there are approximate)
            blocks.extend(resplit_run(doc.blocks[index:], markers))
            break
        blocks.extend(parts)
    blocks = _reread_adjacent(blocks, markers, unchanged)
    same = len(blocks) == len(doc.blocks) and all(a is b for a, b in zip(blocks, doc.blocks))
    return doc if same else doc.with_blocks(blocks)


def _reread_adjacent(blocks: list, markers, unchanged: set[int]) -> list:
    """Read again each run of blocks with no blank line between them that
    holds an edited block: an edit changes how its neighbours read too.
    "<think>Text" right under a paragraph line was an HTML block; once the
    tag is removed, "Text" continues the paragraph, and the next run reads
    one paragraph (an inline code span may now pair across the two lines)."""
    out: list = []
    i = 0
    while i < len(blocks):
        j = i + 1
        while j < len(blocks) and not blocks[j].gap and blocks[j].kind in _REREAD and blocks[j - 1].kind in _REREAD:
            j += 1
        group = blocks[i:j]
        if len(group) > 1 and any(id(b) not in unchanged for b in group):
            parts = resplit_run(group, markers)
            if [(p.kind, p.text) for p in parts] != [(b.kind, b.text) for b in group]:
                group = parts
        out.extend(group)
        i = j
    return out


# (a code block is edited only when a region an edit removed began outside
# it and ended inside - "<think>" + "```" + "</think>text" - and what is left
# of it may not be code any more)
_REREAD = frozenset({"paragraph", "heading", "list", "quote", "html", "code"})
#: kinds whose region may run past the end of the block that opens it
_SPANNING = frozenset({"code", "verbatim"})


def _reads_as_front_matter(text: str) -> bool:
    try:
        return split_front_matter(text)[0] is not None
    except FrontMatterError:
        return True


def _skip_requested(doc: Document) -> bool:
    value = doc.front_matter.get("articlefix")
    return isinstance(value, str) and value.strip().lower() in ("skip", "off")
