"""reading_time: recomputed from the cleaned body, only where the key exists."""

from __future__ import annotations

from cleaner.document import parse
from cleaner.pipeline import clean_text
from cleaner.rules.reading_time import count
from cleaner.settings import Settings

ONLY = Settings(select=("reading_time",))


def post(value: str, body: str) -> str:
    return f"---\ntitle: T\nreading_time: {value}\ndate: 2025-01-01 10:00:00 +0900\n---\n\n{body}\n"


def test_japanese_characters_per_minute():
    body = ("あ" * 100 + "。\n\n") * 25  # 2,500 CJK characters
    out = clean_text(post("20", body), ONLY).text
    assert parse(out).front_matter.data["reading_time"] == 5  # 2500 / 500
    assert "date: 2025-01-01 10:00:00 +0900\n" in out


def test_english_words_per_minute_and_string_format_kept():
    body = "\n\n".join(["word " * 119 + "end."] * 4)  # 480 words
    out = clean_text(post('"9 min read"', body), ONLY).text
    assert parse(out).front_matter.data["reading_time"] == "3 min read"  # ceil(480 / 238)
    slow = clean_text(post('"9 min read"', body), Settings(select=("reading_time",), words_per_minute=100)).text
    assert parse(slow).front_matter.data["reading_time"] == "5 min read"


def test_code_and_link_targets_do_not_count():
    body = "Read [the guide](https://example.com/a/very/long/path/to/nowhere) now.\n\n```\nlots of code words here\n```"
    assert count(parse(post("1", body))) == (0, 4)


def test_absent_key_is_not_added_and_correct_value_not_touched():
    text = "---\ntitle: T\n---\n\nShort.\n"
    assert clean_text(text, ONLY).text == text
    text = post("1", "Short text.")
    assert clean_text(text, ONLY).text == text
