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


def test_standard_library_patterns_come_back_from_the_cache_the_same(tmp_path, monkeypatch):
    # the compiled code of a stdlib pattern is kept in the pattern cache and
    # rebuilt from it in the next process: it must match exactly as re does
    import re

    from cleaner import patterns

    monkeypatch.setenv("ARTICLEFIX_CACHE_DIR", str(tmp_path))
    source = r"(?=[承続記])(?:承知|続き|記事(?:の(?P<part>続き|構成))?)"
    texts = ["記事の続きを書きます。承知しました。", "本文の構成", "記事の構成と続き", ""]
    first = patterns._Store()
    fresh = first.compile_std(source, 0)
    first.save()
    second = patterns._Store()  # as a new process would
    cached = second.compile_std(source, 0)
    assert not second.new  # it came from the file, not from compiling
    plain = re.compile(source)
    for text in texts:
        for p in (fresh, cached):
            assert [m.groupdict() for m in p.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]
            assert p.findall(text) == plain.findall(text)
