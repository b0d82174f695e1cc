"""The first-character lead (cleaner/firstchars.py) finds what the plain
pattern finds, on whole posts and on every word of the monologue anchor."""

from __future__ import annotations

import re

from cleaner.firstchars import compile_led
from cleaner.rules import monologue

from .conftest import FIXTURES
from .test_monologue_probes import ARTICLE_PROBES, MONOLOGUE


def _texts():
    for path in sorted(FIXTURES.glob("*.md")):
        yield from path.read_text(encoding="utf-8").split("\n")
    yield from (s for *_, s in MONOLOGUE)
    yield from (s for *_, s in ARTICLE_PROBES)


def test_led_anchor_matches_exactly_as_the_plain_pattern():
    for pattern in (monologue._JA_ANCHOR.pattern, monologue._JA_ANCHOR_ANYWHERE.pattern):
        plain, led = re.compile(pattern), compile_led(pattern)
        assert led.pattern.startswith("(?=[")  # the lead was computed
        for text in _texts():
            a, b = plain.search(text), led.search(text)
            assert (a and a.span()) == (b and b.span()), text


def test_every_start_of_a_branch_is_in_the_lead():
    led = compile_led(r"承知|(?:AI|ＡＩ)として|[（(]続き[）)]$|ご(?:指定|依頼)|x+y")
    for text in ("承知しました", "AIとして", "ＡＩとして", "（続き）", "(続き)", "ご依頼", "xxy"):
        assert led.search(text), text


def test_pattern_whose_start_cannot_be_listed_is_compiled_as_it_is():
    assert compile_led(r"\w+です").pattern == r"\w+です"
    assert compile_led(r"a?b").pattern == "a?b"
    assert compile_led(r"[^a]b").pattern == "[^a]b"
