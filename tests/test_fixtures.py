"""Whole posts in, whole posts out: every fixture with a pinned expected output.

``fixtures/NAME.md`` is the broken post, ``fixtures/expected/NAME.md`` what
articlefix must make of it, byte for byte; the expected post itself must come
out unchanged (a second run changes nothing).
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
    assert outcome.fixes, "a broken fixture must produce fixes"


@pytest.mark.parametrize("name", PAIRS)
def test_fixture_output_is_stable(name):
    expected = (FIXTURES / "expected" / name).read_text(encoding="utf-8")
    outcome = clean_text(expected)
    assert outcome.text == expected
    assert not [f for f in outcome.fixes if f.changes_text]
