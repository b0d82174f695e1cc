"""Letters of a script as plain code-point ranges.

``regex`` knows ``\\p{Han}`` and ``\\p{Latin}``; the standard library's
``re`` does not, but scans a class of ranges five to seven times faster, and
the rules count and find these letters in every paragraph.  The ranges are
the ``regex`` module's own script properties, written out;
``tests/test_scripts.py`` checks them against it over every code point, and
``python -m cleaner.scripts`` prints them again after a Unicode update.
"""

from __future__ import annotations

#: [\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]
CJK_RANGES = (
    "\u1100-\u11ff\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029"
    "\u302e-\u302f\u3038-\u303b\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fd-\u30ff"
    "\u3131-\u318e\u31f0-\u321e\u3260-\u327e\u32d0-\u32fe\u3300-\u3357\u3400-\u4dbf"
    "\u4e00-\u9fff\ua960-\ua97c\uac00-\ud7a3\ud7b0-\ud7c6\ud7cb-\ud7fb\uf900-\ufa6d"
    "\ufa70-\ufad9\uff66-\uff6f\uff71-\uff9d\uffa0-\uffbe\uffc2-\uffc7\uffca-\uffcf"
    "\uffd2-\uffd7\uffda-\uffdc\U00016fe2-\U00016fe3\U00016ff0-\U00016ff6"
    "\U0001aff0-\U0001aff3\U0001aff5-\U0001affb\U0001affd-\U0001affe\U0001b000-\U0001b128"
    "\U0001b132\U0001b150-\U0001b152\U0001b155\U0001b164-\U0001b168\U0001f200"
    "\U00020000-\U0002a6df\U0002a700-\U0002b81e\U0002b820-\U0002cead\U0002ceb0-\U0002ebe0"
    "\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a\U00031350-\U00033479"
)
#: \p{Latin}
LATIN_RANGES = (
    "\u0041-\u005a\u0061-\u007a\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02b8"
    "\u02e0-\u02e4\u1d00-\u1d25\u1d2c-\u1d5c\u1d62-\u1d65\u1d6b-\u1d77\u1d79-\u1dbe"
    "\u1e00-\u1eff\u2071\u207f\u2090-\u209f\u212a-\u212b\u2132\u214e\u2160-\u2188"
    "\u2c60-\u2c7f\ua722-\ua787\ua78b-\ua7dd\ua7e2\ua7f1-\ua7ff\uab30-\uab5a\uab5c-\uab64"
    "\uab66-\uab69\uab6c-\uab6d\ufb00-\ufb06\uff21-\uff3a\uff41-\uff5a\U00010780-\U00010785"
    "\U00010787-\U000107b0\U000107b2-\U000107bf\U0001df00-\U0001df81\U0001df90-\U0001df96"
    "\U0001dfcd-\U0001dff2\U0001dff5-\U0001dfff"
)

SOURCES = {
    "CJK_RANGES": r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]",
    "LATIN_RANGES": r"\p{Latin}",
}


def ranges_of(pattern: str) -> str:
    """The code points ``pattern`` (a one-character ``regex`` class) matches,
    as escaped ranges for a character class."""
    import regex

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    hits = sorted({ord(ch) for ch in regex.findall(pattern, every)})
    spans: list[list[int]] = []
    for c in hits:
        if spans and c == spans[-1][1] + 1:
            spans[-1][1] = c
        else:
            spans.append([c, c])

    def esc(c: int) -> str:
        return f"\\u{c:04x}" if c <= 0xFFFF else f"\\U{c:08x}"

    return "".join(esc(a) if a == b else f"{esc(a)}-{esc(b)}" for a, b in spans)


if __name__ == "__main__":  # pragma: no cover - maintenance
    for name, pattern in SOURCES.items():
        print(f"{name} = {ranges_of(pattern)!r}")
