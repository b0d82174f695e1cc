"""artifacts and encoding on whole posts: what goes, and the look-alikes that stay."""

from __future__ import annotations

from cleaner.pipeline import clean_text
from cleaner.settings import Settings

FM = '---\nlayout: post\ntitle: "Test post"\ndate: 2026-01-01 00:00:00 +0000\n---\n\n'
# these posts hold one-sentence articles: the no-article verdict (a post with
# fewer than min-article-chars left, tests/test_no_article.py) is off here
ONLY = Settings(select=("encoding", "artifacts", "monologue"), min_article_chars=0)


def body(text: str) -> str:
    return clean_text(text, ONLY).text.split("---\n", 2)[2]


def test_citation_look_alikes_stay():
    post = FM + "See note [1] and footnote[^1], page 【12ページ】, and `【4:0†source】` in code.\n\n[^1]: A note.\n"
    assert body(post) == post.split("---\n", 2)[2]


def test_every_citation_token_kind_goes():
    post = FM + (
        "Prices fell.\ue200cite\ue202turn0search0\ue201 Sales rose【4:2†L10-L20】 and costs too [cite: 3, 4]."
        ":contentReference[oaicite:2]{index=2}\n"
    )
    assert body(post) == "\nPrices fell. Sales rose and costs too.\n"


def test_think_tag_in_inline_code_or_fence_stays():
    post = FM + "Reasoning models wrap their thoughts in `<think>` tags.\n\n```\n<think>example</think>\n```\n"
    assert body(post) == post.split("---\n", 2)[2]


def test_orphan_closing_tag_ends_the_reasoning_only_when_an_article_follows():
    post = FM + "The user wants a post on solar roofs. I will keep it short.\n</think>\n\n" + "Solar roofs pay back within ten years in sunny regions, and sooner where power is expensive.\n"
    assert body(post) == "\nSolar roofs pay back within ten years in sunny regions, and sooner where power is expensive.\n"
    bare = FM + "Some text.\n</think>\n"
    assert "Some text." in body(bare)


def test_code_example_fence_inside_an_article_is_not_unwrapped():
    post = FM + "# Writing posts\n\nA post is Markdown. " + "Here is a longer explanation of the format. " * 8 + "\n\n```markdown\n## A heading\n\nSome text.\n```\n"
    assert "```markdown" in body(post)


def test_role_token_starts_a_new_reply():
    post = FM + "Engines are simple.<|im_end|>\n<|im_start|>assistant\nHere is the rewritten post:\n\nEngines are simple machines.\n"
    out = body(post)
    assert "<|" not in out and "rewritten post" not in out and "Engines are simple machines." in out


def test_invisible_characters_and_mojibake_in_japanese():
    post = FM + "日本語\u200bの本文です。\u00e2\u20ac\u0153引用\u00e2\u20ac\u009dも直ります。\n"
    out = body(post)
    assert "\u200b" not in out and "“引用”" in out


def test_direction_marks_stay_in_a_post_with_right_to_left_text_and_go_elsewhere():
    # a left-to-right mark after a Hebrew word keeps "(2024)" on the right side
    # of it when rendered: in a post with right-to-left text the marks are
    # content, even in a paragraph of its own
    hebrew = FM + "The motto was \u05e9\u05dc\u05d5\u05dd.\n\nIts year\u200e (2024) and a stray\u200b space.\n"
    assert body(hebrew) == "\nThe motto was \u05e9\u05dc\u05d5\u05dd.\n\nIts year\u200e (2024) and a stray space.\n"
    plain = FM + "No such text here.\n\nIts year\u200e (2024) and a stray\u200b space.\n"
    assert body(plain) == "\nNo such text here.\n\nIts year (2024) and a stray space.\n"


def test_a_fence_left_open_inside_a_fenced_article_is_not_unwrapped():
    # found by the pipeline fuzzer: unwrapped, the inner open fence ran on
    # past the article, and the second run unwrapped it again
    post = (
        "---\ntitle: \"Sourdough\"\n---\n\nHere is the article:\n\n```markdown\n## Why sourdough is different\n\n"
        "Sourdough rises with wild yeast, so it takes longer.\n\n```markdown\n## Feeding a starter\n\n"
        "Mix equal weights of flour and water every day. After a week the starter is ready.\n\n"
        "## The first loaf\n\nUse a simple recipe with a high share of water and let the dough rest overnight.\n```\n\n"
        "Let me know if you'd like any changes.\n"
    )
    once = clean_text(post).text
    assert "```markdown\n## Why sourdough is different" in once  # the fence stays
    assert clean_text(once).text == once
