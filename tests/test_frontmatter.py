"""Front matter: safe loading, minimal-diff edits, and what stays byte-identical."""

from __future__ import annotations

import subprocess
import sys

import pytest
try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]
import yaml

from cleaner.document import parse
from cleaner.frontmatter import FrontMatterError, ReadOnly, split_front_matter
from cleaner.pipeline import clean_text
from cleaner.settings import Settings

# every kind of raw YAML a re-dump would disturb, around a broken title and
# a template excerpt
POST = """\
---
layout: post
# a comment that must survive
title: "**Seven Habits of Durable Scripts\ufffd"
date: 2025-11-20 13:04:48 +0000
tags: ["AI", "LLM"]
categories: [tools,   shell]
author: 'Ren Aoki'
draft: no
excerpt: "In this article, we will explore durable scripts."
reading_time: 42 # minutes, set by hand
weird:   "spacing kept"
nested:
  a: 1
  b: [x, y]
---

# Seven Habits of Durable Scripts

A durable script checks its inputs before it touches anything. It fails loudly, with a message that says what to do next.

It also keeps its dependencies few, because every dependency is a future breakage waiting for a quiet weekend.
"""


def _lines(text: str) -> list[str]:
    return text.split("\n")


def test_untouched_keys_stay_byte_identical():
    out = clean_text(POST).text
    before, after = _lines(POST.split("\n---\n", 1)[0]), _lines(out.split("\n---\n", 1)[0])
    repaired = ("title:", "excerpt:", "reading_time:")
    assert [l for l in before if not l.startswith(repaired)] == [l for l in after if not l.startswith(repaired)]
    # and the repaired ones did change, in place (same order)
    assert [l.split(":")[0] for l in before] == [l.split(":")[0] for l in after]
    assert 'title: "Seven Habits of Durable Scripts"' in after
    assert "reading_time: 1 # minutes, set by hand" in after  # the comment stays
    assert 'excerpt: "A durable script checks its inputs before it touches anything.' in out


def test_parsed_values_of_other_keys_are_unchanged():
    out = clean_text(POST).text
    a, b = parse(POST).front_matter.data, parse(out).front_matter.data
    assert {k: v for k, v in a.items() if k not in ("title", "excerpt", "reading_time")} == {
        k: v for k, v in b.items() if k not in ("title", "excerpt", "reading_time")
    }


@pytest.mark.parametrize(
    "title",
    ['He said "no": a story', "Colons: everywhere: here", "# not a comment", "'single' and \\ backslash", "tab\there"],
)
def test_new_values_are_quoted_safely(title):
    fm = parse(POST).front_matter
    edited = fm.with_value("title", title)
    assert yaml.safe_load(edited.inner)["title"] == title
    # only that line differs
    diff = [(a, b) for a, b in zip(_lines(fm.inner), _lines(edited.inner)) if a != b]
    assert len(diff) == 1 and diff[0][0].startswith("title:")


def test_title_with_quote_and_colon_from_the_body_reparses():
    post = POST.replace("# Seven Habits of Durable Scripts", '# Scripts that say "no": a field guide').replace(
        "**Seven Habits of Durable Scripts\ufffd", "Scripts that say"
    )
    out = clean_text(post).text
    data = parse(out).front_matter.data
    assert data["title"] == 'Scripts that say "no": a field guide'
    assert 'title: "Scripts that say \\"no\\": a field guide"' in out


def test_python_object_tag_constructs_nothing(tmp_path):
    marker = tmp_path / "pwned"
    post = f"""---
title: !!python/object/apply:os.system ["touch {marker}"]
date: 2025-01-01
---

Body text that is long enough to be a paragraph of its own here.
"""
    with pytest.raises(FrontMatterError) as err:
        clean_text(post)
    assert not marker.exists()
    assert err.value.line == 2
    # through the CLI: exit 2, one line naming the file, the file untouched
    path = tmp_path / "post.md"
    path.write_text(post, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "cleaner", str(path), "--in-place"], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "line 2" in proc.stderr + proc.stdout
    assert path.read_text(encoding="utf-8") == post
    assert not marker.exists()


def test_split_keeps_raw_text_for_exact_rendering():
    fm, body, start = split_front_matter(POST)
    assert fm.render() + body == POST
    assert fm.ok and start == 17
    assert fm.key_line("title") == 4 and fm.key_line("reading_time") == 11


def test_toml_title_is_rewritten_in_place_and_verified():
    post = '+++\ntitle = "**Tide Tables**"\ndate = 2024-06-01T08:00:00Z\ntags = ["sea"]  # kept\n[params]\ntitle = "nested"\n+++\n\nTide tables are older than clocks, and still more useful at the harbour.\n'
    out = clean_text(post).text
    assert out.split("\n")[1] == 'title = "Tide Tables"'
    assert 'tags = ["sea"]  # kept' in out and 'title = "nested"' in out
    data = tomllib.loads(out.split("+++")[1])
    assert data["title"] == "Tide Tables" and data["params"]["title"] == "nested"


def test_json_title_is_rewritten_in_place():
    post = '{\n  "title": "# Sourdough\\u0020Notes",\n  "params": {"title": "inner"},\n  "tags": ["bread"]\n}\n\nA starter needs flour, water and patience more than any gadget.\n'
    out = clean_text(post).text
    assert '"title": "Sourdough Notes"' in out
    assert '"params": {"title": "inner"}' in out and '"tags": ["bread"]' in out


def test_json_without_the_key_is_reported_read_only():
    fm = parse('{"date": "2025-01-01"}\n\nText.\n').front_matter
    with pytest.raises(ReadOnly):
        fm.with_value("title", "x")


def test_unrepaired_front_matter_is_not_edited_by_other_rules():
    # the syntax rule is switched off: the broken YAML cannot be read, so
    # the file is refused as before (exit 2 semantics), not half-edited
    post = "---\ntitle: Foo: Bar\n---\n\nText of the article goes here and is long enough.\n"
    with pytest.raises(FrontMatterError):
        clean_text(post, Settings(ignore=("frontmatter_syntax",)))
    assert clean_text(post).text.startswith('---\ntitle: "Foo: Bar"\n---\n')
