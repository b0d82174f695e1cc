"""The written-out script ranges (cleaner/scripts.py) are exactly regex's
script properties, over every code point."""

from __future__ import annotations

import re

import regex

from cleaner import scripts

EVERY = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def test_ranges_match_the_regex_script_properties_on_every_code_point():
    for name, source in scripts.SOURCES.items():
        ours = re.compile(f"[{getattr(scripts, name)}]")
        theirs = regex.compile(source)
        assert ours.findall(EVERY) == theirs.findall(EVERY), name


def test_ranges_can_be_regenerated():
    regenerated = scripts.ranges_of(scripts.SOURCES["LATIN_RANGES"])
    assert re.findall(f"[{regenerated}]", EVERY) == re.findall(f"[{scripts.LATIN_RANGES}]", EVERY)
