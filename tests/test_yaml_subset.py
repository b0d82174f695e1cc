"""``yaml_subset`` reads the common one-line front matter without PyYAML
(issue 7: PyYAML's import is ~15 ms of a pre-commit run).  It must answer
exactly what ``yaml.safe_load`` answers, types included, or decline (None)."""

from __future__ import annotations

import datetime
import os

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import yaml_subset
from cleaner.frontmatter import split_front_matter

from .conftest import FIXTURES

LONG = os.environ.get("ARTICLEFIX_LONG") == "1"
EXAMPLES = int(os.environ.get("ARTICLEFIX_EXAMPLES") or (200_000 if LONG else 3_000))


def pyyaml(text: str):
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        return exc


def typed(value):
    """``value`` with every type spelled out: ``True == 1`` and
    ``date(2025, 1, 2) == "…"`` must not pass for the same answer."""
    if isinstance(value, dict):
        return ("dict", [(typed(k), typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [typed(v) for v in value])
    if isinstance(value, datetime.datetime):
        return ("datetime", value.isoformat(), repr(value.tzinfo))
    return (type(value).__name__, repr(value))


def agrees(text: str) -> bool:
    got = yaml_subset.load(text)
    return got is None or typed(got) == typed(pyyaml(text))


def test_reads_the_dev_blog_front_matter_as_pyyaml_does():
    text = (
        "layout: post\n"
        'title: "ChatGPTの次に来るもの: 企業導入の現在"\n'
        "date: 2025-08-29 11:33:37 +0000\n"
        'categories: ["AI技術ガイド"]\n'
        'tags: ["OpenAI", "Google", \'Meta\', news]\n'
        "author: 'O''Brien'\n"
        "reading_time: 10\n"
        "draft: false\n"
        "published: 2025-08-29\n"
        "updated: 2025-08-29T11:33:37.25+09:00\n"
        "image: https://example.com/a.png\n"
        "\n# a comment line\n"
    )
    got = yaml_subset.load(text)
    assert got == {
        "layout": "post",
        "title": "ChatGPTの次に来るもの: 企業導入の現在",
        "date": "2025-08-29 11:33:37 +0000",  # no colon in the offset: a string to PyYAML
        "categories": ["AI技術ガイド"],
        "tags": ["OpenAI", "Google", "Meta", "news"],
        "author": "O'Brien",
        "reading_time": 10,
        "draft": False,
        "published": datetime.date(2025, 8, 29),
        "updated": datetime.datetime(2025, 8, 29, 11, 33, 37, 250000, tzinfo=datetime.timezone(datetime.timedelta(hours=9))),
        "image": "https://example.com/a.png",
    }
    assert typed(got) == typed(pyyaml(text))


@pytest.mark.parametrize("text", [
    "tags:\n  - a\n  - b\n",  # block sequence
    'title: "Say \\"hi\\""\n',  # an escape
    "title: Post # a comment\n",  # a comment after the value
    "mode: 0755\n",  # YAML 1.1 octal
    "at: 12:30\n",  # sexagesimal
    "size: 1_000\n",
    "ratio: 1.5\n",
    "on: push\n",  # a bool key
    "title: a\ntitle: b\n",  # a duplicate key
    "title:\tx\n",
    "title: *bold*\n",  # an alias
    "title: >\n  folded\n",
    "empty:\n",
    "title: |\n  block\n",
    "---\ntitle: x\n",
    "date: 2025-13-01\n",  # not a date: PyYAML's own error
    "tags: [a, [b]]\n",
    "tags: [a: b]\n",
    "tags: [a, ]\n",
    "title: x\n  continued\n",
])
def test_declines_what_it_does_not_read(text):
    assert yaml_subset.load(text) is None


def test_agrees_with_pyyaml_on_every_fixture_front_matter():
    read = 0
    for path in sorted(FIXTURES.rglob("*.md")):
        fm, _, _ = split_front_matter(path.read_text(encoding="utf-8"))
        if fm is None or fm.kind != "yaml":
            continue
        assert agrees(fm.inner), path
        read += yaml_subset.load(fm.inner) is not None
    assert read >= 40


_KEYS = st.sampled_from(["title", "date", "tags", "draft", "on", "yes", "Null", "_x", "a-b", "reading_time", "x1"])
_PIECES = st.sampled_from([
    "a", "Z", "日本", " ", "  ", ":", ": ", "#", " #", "'", "''", '"', "\\", "-", "+", ".", ",", "[", "]", "{", "}",
    "?", "!", "&", "*", "|", ">", "%", "@", "`", "<", "=", "~", "0", "1", "7", "9", "_", "x", "e", "E", "b", "T",
    "Z", "2025-08-29", " 11:33:37", "T11:33", ":05", ".5", " +0900", "+09:00", "-05", "Z", "true", "No", "null",
    "off", "inf", ".inf", ".NaN", "0x1F", "0o7", "\u00a0", "\u3000", "\u2028", "\ufeff", "\x85", "\x7f", "\t",
])
_VALUES = st.lists(_PIECES, min_size=1, max_size=7).map("".join)
_LINES = st.one_of(
    st.tuples(_KEYS, _VALUES).map(lambda kv: f"{kv[0]}: {kv[1]}"),
    st.tuples(_KEYS, st.lists(_VALUES, max_size=4)).map(lambda kv: f"{kv[0]}: [{', '.join(kv[1])}]"),
    st.tuples(_KEYS, _VALUES).map(lambda kv: f'{kv[0]}: "{kv[1]}"'),
    st.tuples(_KEYS, _VALUES).map(lambda kv: f"{kv[0]}: '{kv[1]}'"),
    _VALUES,
    st.just(""),
    st.just("# note"),
)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=not LONG, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINES, min_size=1, max_size=5))
def test_agrees_with_pyyaml_or_declines(lines):
    text = "\n".join(lines) + "\n"
    assert agrees(text), (text, yaml_subset.load(text), pyyaml(text))
