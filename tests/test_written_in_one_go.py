"""Posts a person wrote, repeats and all, come out unchanged.

Each post in ``tests/written/`` repeats something on purpose - anaphora
("Never again." twice), a dialogue's "No." / "No.", a refrain, a label per
entry ("**Update**", "**Q:**"), a poem's last line echoing its heading.  None
has a seam or a chat turn: nothing marks it as generated in several goes, so
dedup's short-repeat and label steps leave it alone, and a short line
repeated under other headings (a refrain per section, "Updated
dependencies." per release, "詳しくは…お問い合わせください。" per question)
stays, and so does a sentence repeated in a paragraph that says more new
sentences than repeats (a recipe's "Discard all but 50 g…" on each day),
and so does a section given again under the same label with new sections
between and after it (a chorus).  The strict xfails are the general
dedup's known limits on human text (README: the rule is made for generated
posts): the same answer under two questions, a sentence in two updates are
duplicates of text that stays, and go.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.pipeline import clean_text

WRITTEN = Path(__file__).parent / "written"
#: removed by the general dedup, which takes them for repeats
KNOWN_LIMITS = {
    "en-liveblog.md": "the same sentence in two updates",
    "ja-faq.md": "the same answer under two questions",
}


@pytest.mark.parametrize(
    "name",
    [pytest.param(p.name, marks=pytest.mark.xfail(strict=True, reason=KNOWN_LIMITS[p.name])) if p.name in KNOWN_LIMITS else p.name
     for p in sorted(WRITTEN.glob("*.md"))],
)
def test_a_post_written_in_one_go_keeps_its_repeats(name):
    text = (WRITTEN / name).read_text(encoding="utf-8")
    outcome = clean_text(text)
    assert outcome.text == text, [f.reason for f in outcome.fixes if f.changes_text]
