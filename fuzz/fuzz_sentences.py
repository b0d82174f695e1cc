"""Fuzz the sentence splitter (atheris, coverage-guided).

    .venv/bin/python fuzz/fuzz_sentences.py -max_total_time=600 fuzz/corpus-sentences

Checks that the sentences cover the text in order: nothing but white space
between them, each one's ``text`` is its stripped slice, none is empty.
"""

import sys

import atheris

with atheris.instrument_imports():
    from cleaner.text import split_sentences


def test_one_input(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    pos = 0
    for s in split_sentences(text):
        assert s.start >= pos and s.end > s.start, (s, pos)
        assert not text[pos : s.start].strip(), (text, s)
        assert text[s.start : s.end].strip() == s.text and s.text, (text, s)
        pos = s.end
    assert not text[pos:].strip()


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
