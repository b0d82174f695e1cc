"""Whole posts in, whole posts out: every fixture with a pinned expected output.

``fixtures/NAME.md`` is the broken post, ``fixtures/expected/NAME.md`` what
articlefix must make of it, byte for byte; the expected post itself must come
out unchanged (a second run changes nothing).  A ``noarticle-*`` fixture is a
post with no article (only the agent's reply): its expected output is the
input itself, and it must be reported as no-article.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text

from .conftest import FIXTURES

PAIRS = sorted(p.name for p in (FIXTURES / "expected").glob("*.md"))


@pytest.mark.parametrize("name", PAIRS)
def test_fixture_comes_out_as_expected(name):
    broken = (FIXTURES / name).read_text(encoding="utf-8")
    expected = (FIXTURES / "expected" / name).read_text(encoding="utf-8")
    outcome = clean_text(broken)
    assert outcome.text == expected
    if name.startswith("noarticle-"):
        assert expected == broken and outcome.no_article and not outcome.fixes
    else:
        assert outcome.fixes, "a broken fixture must produce fixes"
        assert not outcome.no_article


@pytest.mark.parametrize("name", PAIRS)
def test_fixture_output_is_stable(name):
    expected = (FIXTURES / "expected" / name).read_text(encoding="utf-8")
    outcome = clean_text(expected)
    assert outcome.text == expected
    assert not [f for f in outcome.fixes if f.changes_text]
