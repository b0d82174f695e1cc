"""Fuzz the front-matter splitter/parser (atheris, coverage-guided).

    .venv/bin/pip install atheris
    .venv/bin/python fuzz/fuzz_frontmatter.py -max_total_time=600 fuzz/corpus-frontmatter

Checks, for any text after a ``---``/``+++``/``{`` opener: only
``FrontMatterError`` is raised; what is split off gives the text back
exactly; a parsed front matter is a mapping, and rewriting ``title`` either
works (and re-parses to the same other keys) or raises ``ReadOnly``.
"""

import sys

import atheris

with atheris.instrument_imports():
    from cleaner.frontmatter import FrontMatterError, ReadOnly, split_front_matter

OPENERS = ("---\n", "+++\n", "{", "\n\n---\n", "```yaml\n", "")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    opener = OPENERS[fdp.ConsumeIntInRange(0, len(OPENERS) - 1)]
    text = opener + fdp.ConsumeUnicodeNoSurrogates(len(data))
    try:
        fm, body, body_line = split_front_matter(text)
    except (FrontMatterError, RecursionError):
        return
    assert (fm.render() if fm else "") + body == text
    assert body_line == text.count("\n", 0, len(text) - len(body)) + 1
    if fm is None or not fm.ok:
        return
    assert isinstance(fm.data, dict)
    try:
        new = fm.with_value("title", "A new: \"title\" # here")
    except (ReadOnly, FrontMatterError, RecursionError):
        return
    assert new.data["title"] == "A new: \"title\" # here"
    assert {k: v for k, v in new.data.items() if k != "title"} == {k: v for k, v in fm.data.items() if k != "title"}


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
