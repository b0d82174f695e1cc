"""Hostile inputs (issue 8): posts built to hit the worst case of each
pattern, YAML bombs and huge front matter.

Every probe below was quadratic (or worse) before its pattern was fixed:
at 20,000 characters some took 5-25 s, so at the 200,000 used here they
would take minutes.  Each must now finish well inside ``BOUND`` seconds
(generous, for a slow CI machine; they take 0.1-1 s here).  A post that
still hits a slow path the probes do not know is stopped by the per-post
time limit (``post-timeout``) and reported as an error for that file.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from cleaner import clean_text

from .test_cli import ENV

BOUND = 10.0  # seconds per post
SIZE = 200_000  # characters per probe
FM = "---\ntitle: \"A hostile post\"\n---\n\n"
JA = "これは日本語の記事の本文です。日本語の文章が続きます。\n\n"

def _word(i: int) -> str:
    """A distinct lower-case word for every ``i`` (base 26)."""
    out = ""
    while True:
        i, r = divmod(i, 26)
        out += chr(97 + r)
        if not i:
            return out


# name -> (text, why it was slow)
PROBES = {
    "spaces-in-heading": ("# a" + " " * SIZE + "b\n", "continuation-suffix pattern \\s*[（(]… tried from every space"),
    "heading-is-spaces": ("# " + " " * SIZE + "x\n\nText here.\n", "the same, on a title line"),
    "parens": ("x" + "(" * SIZE + "\n", "JA anchor [（(][^）)]*[）)]$ scanned to the end from every '('"),
    "full-width-parens": (JA + "あ" + "（" * SIZE + "\n", "the same with （"),
    "open-kagi": (JA + "あ" + "「" * SIZE + "\n", "quote masking 「[^」]*」 from every unclosed 「"),
    "open-curly-quotes": ("x" + "“" * SIZE + "\n", "quote masking “[^”]*”"),
    "kagi-sentences": ("「a。" * (SIZE // 12), "quote masking and the sentence splitter (a quarter: tiny sentences)"),
    "backticks": ("x" + "`" * SIZE + "\n", "inline code (`+)[^`]*?\\1 tried at every split of the run"),
    "backticks-ja": (JA + "x" + "`" * SIZE + "y。\n", "the same in a Japanese post"),
    "citation-then-spaces": ("citeturn0search0" + " " * SIZE + "x\n", "trailing-blank removal [ \\t]+$ from every blank"),
    "cite-marker-then-spaces": ("[cite: 1] x" + " " * SIZE + "x\n", "the same"),
    "blank-lines-in-code": ("```\n" + " \n" * (SIZE // 2) + "```\n", "tool-call pattern ^\\s*print across blank lines"),
    "newlines-in-code": ("```\n" + "\n" * SIZE + "```\n", "the same"),
    "star-space-run": ("* " * (SIZE // 2) + "x\n", "thematic break (?:\\*\\s*){3,}$ backtracking"),
    "dash-space-run": ("- " * (SIZE // 2) + "x\n", "the same with -"),
    "long-latin-word-in-ja": (JA + "a" * SIZE + "\n", "three-words pattern tried from every letter"),
    "link-openers": ("[a](" * (SIZE // 4) + "\n", "JA anchor on '(' runs"),
    "spaces": ("a" + " " * SIZE + "b\n", "long run of spaces"),
    "dashes": ("-" * SIZE + "x\n", "long run of -"),
    "stars": ("a" + "*" * SIZE + "b\n", "long run of *"),
    "underscores": ("a" + "_" * SIZE + "b\n", "long run of _"),
    "exclamations": ("!" * SIZE + "\n", "repeated punctuation"),
    "dots": ("a" + "." * SIZE + "\n", "repeated punctuation"),
    "dot-space": ("a" + ". " * (SIZE // 8) + "\n", "repeated sentence ends (a quarter: 25,000 tiny sentences)"),
    "colon-bold": (":** " * (SIZE // 16), "bold-label sentence ends (a quarter)"),
    "question-marks-ja": ("？。" * (SIZE // 2) + "\n", "repeated CJK punctuation"),
    "no-sentence-end-1mb": ("word " * 200_000 + "\n", "1 MB without a sentence end"),
    "no-sentence-end-ja-1mb": ("あいうえお、" * 175_000 + "\n", "1 MB of Japanese without a sentence end"),
    "nested-lists": ("".join("  " * (i % 40) + "- item\n" for i in range(SIZE // 40)), "deeply nested lists"),
    "nested-quotes": ("".join(">" * (i % 40) + " q\n" for i in range(SIZE // 22)), "deeply nested quotes"),
    "deep-quote-line": (">" * SIZE + " x\n", "one very deep quote"),
    "seam-markers": ("A sentence that is cut in the\n---END---\n" * (SIZE // 40), "many seams"),
    "seams-then-near-copies": (
        "".join(f"Part {_word(i)} of the story is cut in the\n---END---\n\nmiddle where part {_word(i)} goes on and ends.\n\n" for i in range(SIZE // 80)),
        "every seam asks whether the next chunk is a near copy of an earlier sentence (once compared with every sentence before)",
    ),
    "marker-like": ("--" + " " * SIZE + "ENDx\n", "marker pattern \\s*END on a run of spaces"),
    "hash-lines": ("#\n" * (SIZE // 8), "many empty headings (a quarter)"),
    "html-attributes": ("<div " + "a=b " * (SIZE // 4), "an HTML tag that never closes"),
    "mojibake": ("Itâ€™s " * (SIZE // 9) + "\n", "ftfy on a long line"),
    "many-unclosed-think": ("<think>\n\nx\n\n" * (SIZE // 12), "each unclosed <think> scanned the rest of the post"),
    "many-orphan-closing-think": ("x</think>\n\n" * (SIZE // 11), "each orphan </think> weighed the rest of the post"),
    "digit-commas": ("Write a blog post in " + "1," * (SIZE // 2) + "\n", "monologue \\d[\\d,]* words/文字 from every digit of a run"),
    "here-is-the-article": ("Here is the article: " * (SIZE // 21) + "\n", "monologue: preamble head cut on one long line"),
}


def _timed(text: str, timeout: float = 60) -> tuple[float, object]:
    start = time.perf_counter()
    result = clean_text(FM + text, {"post-timeout": timeout})
    return time.perf_counter() - start, result


@pytest.mark.parametrize("name", sorted(PROBES))
def test_a_hostile_post_finishes_within_the_bound(name):
    text, why = PROBES[name]
    elapsed, result = _timed(text)
    assert not result.error, result.error
    assert elapsed < BOUND, f"{name} ({why}): {elapsed:.1f} s for {len(text):,} characters"
    again = clean_text(result.text)
    assert again.text == result.text  # hostile or not, a second run changes nothing


# A post that needs more time than its budget (here: 5 MB of prose under a
# limit of a fraction of a second) is an error for that post, not a hang:
# the safety net for a slow path no probe knows.
SLOW = "word " * 1_048_576 + "end.\n"


def test_a_post_over_its_time_limit_is_an_error_not_a_hang():
    elapsed, result = _timed(SLOW, timeout=0.5)
    assert "took longer than 0.5 s to clean" in result.error and "file left untouched" in result.error
    assert not result.changed and result.text == FM + SLOW
    assert elapsed < 0.5 + BOUND / 2


def test_the_cli_reports_a_post_over_its_time_limit_and_goes_on(tmp_path):
    (tmp_path / ".articlefix.toml").write_text("post-timeout = 1\n", encoding="utf-8")
    slow = tmp_path / "slow.md"
    slow.write_text(FM + SLOW, encoding="utf-8")
    fine = tmp_path / "fine.md"
    fine.write_text(FM + "A sentence that is cut in the\n---END---\nmiddle.\n", encoding="utf-8")
    before = slow.read_bytes()
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "cleaner", str(tmp_path), "--in-place", "--jobs", "1"],
                          capture_output=True, text=True, env=ENV, timeout=120)
    assert time.perf_counter() - start < 60
    assert proc.returncode == 2
    assert f"{slow}: took longer than 1 s to clean (post-timeout; file left untouched, please report it)" in proc.stderr
    assert slow.read_bytes() == before
    assert fine.read_text(encoding="utf-8") == FM + "A sentence that is cut in the middle.\n"


# -- YAML ---------------------------------------------------------------------------


def _laughs(levels: int) -> str:
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels + 1):
        lines.append(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "front_matter, words",
    [
        ('x: !!python/object/apply:os.system ["echo pwned"]\n', "could not determine a constructor for the tag 'tag:yaml.org,2002:python/object/apply:os.system'"),
        ("x: !!python/object:collections.OrderedDict {}\n", "python/object:collections.OrderedDict"),
        ("x: !!python/name:os.system\n", "python/name:os.system"),
        ("x: !custom value\n", "could not determine a constructor for the tag '!custom'"),
        (_laughs(8), "anchors and aliases expand to over 100,000 values (an alias bomb?); refused"),
        ("reading_time: 3\n" + _laughs(9), "an alias bomb?"),
        ("a: &a [1, *a]\n", "an alias refers to the value that contains it; refused"),
    ],
)
def test_unsafe_yaml_is_refused_with_a_clear_message(front_matter, words):
    text = "---\ntitle: \"A post\"\n" + front_matter + "---\n\nBody text of the post.\n"
    start = time.perf_counter()
    result = clean_text(text, name="post.md")
    assert time.perf_counter() - start < BOUND
    assert words in result.error and result.error.startswith("post.md: line ")
    assert result.error.endswith("(file left untouched)") and "\n" not in result.error
    assert not result.changed and result.text == text


def test_small_anchors_and_aliases_are_fine():
    text = "---\ntitle: \"A post\"\ndefaults: &d {layout: post, toc: true}\npage: *d\nreading_time: 9\n---\n\nBody text of the post.\n"
    result = clean_text(text)
    assert not result.error and result.changed  # reading_time recomputed, aliases untouched
    assert "defaults: &d {layout: post, toc: true}\npage: *d\n" in result.text


@pytest.mark.parametrize("kind", ["many-keys", "one-value", "toml"])
def test_a_10mb_front_matter_is_refused_quickly(kind):
    if kind == "many-keys":
        inner = "".join(f"k{i}: value number {i} with some padding\n" for i in range(250_000))
    elif kind == "one-value":
        inner = "description: " + "a" * 10_000_000 + "\n"
    else:
        inner = "".join(f'k{i} = "value number {i} with some padding"\n' for i in range(250_000))
    delimiter = "+++" if kind == "toml" else "---"
    text = f"{delimiter}\ntitle: x\n{inner}{delimiter}\n\nBody.\n".replace("title: x", 'title = "x"' if kind == "toml" else "title: x")
    assert len(text) > 10_000_000
    start = time.perf_counter()
    result = clean_text(text)
    assert time.perf_counter() - start < BOUND
    assert "over the 1,000,000 limit" in result.error and "refused" in result.error
    assert not result.changed


# -- found by the front-matter fuzzer -----------------------------------------------


@pytest.mark.parametrize("key_line", ["2024: a numeric key", "? \n: a null key", "1.5: a float key"])
def test_front_matter_with_keys_of_mixed_types_can_be_edited(key_line):
    # the edit check compared the mappings with json.dumps(sort_keys=True),
    # which raised TypeError (an "internal error" for the file) on int/None keys
    text = f'---\ntitle: "**Bad title**"\n{key_line}\nreading_time: 9\n---\n\n# Good title\n\nBody text of the post is here.\n'
    result = clean_text(text)
    assert not result.error, result.error
    assert 'title: "Good title"' in result.text and "reading_time: 1" in result.text
    assert f"\n{key_line}\n" in result.text
