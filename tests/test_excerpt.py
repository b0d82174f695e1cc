"""excerpt / description: regenerated only when empty, cut or boilerplate."""

from __future__ import annotations

import pytest

from cleaner.document import parse
from cleaner.pipeline import clean_text
from cleaner.rules.excerpt import cut_at_sentence
from cleaner.settings import Settings

JA = "雨の日の朝は、家を出る前から少し気が重くなるものです。前の晩に少し準備をしておくだけで、通勤の不快さはずいぶん減らせます。靴を選び、傘を玄関に出しておきましょう。"
EN = "A durable script checks its inputs first. It fails loudly, with a message that says what to do next. It keeps its dependencies few."
ONLY = Settings(select=("excerpt",))


def post(key: str, value: str, body: str) -> str:
    return f"---\ntitle: Rain\n{key}: {value}\ntags: [a, b]\n---\n\n{body}\n\nSecond paragraph stays as it is, whatever happens above.\n"


def value(text: str, key: str):
    return parse(text).front_matter.data[key]


@pytest.mark.parametrize(
    "key, old, body, expected",
    [
        ("excerpt", '"雨の日の通勤について詳細に分析します。"', JA, JA),
        ("excerpt", '""', JA, JA),
        ("description", '"雨の日の朝は、家を出る前から少し気が重くなるもので\ufffd"', JA, JA),
        ("description", "雨の日の朝は、家を出る前から少し気が重く", JA, JA),
        ("excerpt", "In this article, we will explore durable scripts.", EN, "A durable script checks its inputs first. It fails loudly, with a message that says what to do next."),
        ("description", "A durable script checks its inp", EN, "A durable script checks its inputs first. It fails loudly, with a message that says what to do next."),
    ],
)
def test_broken_excerpt_is_regenerated_at_a_sentence_boundary(key, old, body, expected):
    out = clean_text(post(key, old, body), ONLY).text
    assert value(out, key) == expected
    assert "tags: [a, b]\n" in out


@pytest.mark.parametrize(
    "old",
    ["雨の日を少し楽にする小さな工夫。", "A short guide to durable scripts", "A durable script checks its inputs…"],
)
def test_good_excerpt_is_untouched(old):
    text = post("excerpt", old, EN)
    assert clean_text(text, ONLY).text == text


def test_boilerplate_patterns_are_configurable():
    text = post("excerpt", '"Read on to learn more."', EN)
    assert clean_text(text, ONLY).text == text
    custom = Settings(select=("excerpt",), excerpt_boilerplate=(r"^Read on",))
    assert value(clean_text(text, custom).text, "excerpt").startswith("A durable script")


def test_cut_at_the_last_sentence_that_fits_the_length():
    short = Settings(select=("excerpt",), excerpt_length=len(JA) - 5)
    out = clean_text(post("excerpt", '""', JA), short).text
    assert value(out, "excerpt") == JA[: JA.index("靴")]


def test_long_first_sentence_is_cut_at_a_clause_with_an_ellipsis():
    sentence = "この文は、とても長い一文で、" + "読点をはさみながら、" * 20 + "ようやく終わります。"
    cut = cut_at_sentence(sentence, 60)
    assert len(cut) <= 60 and cut.endswith("…") and cut[:-1] in sentence


def test_markdown_is_removed_from_the_regenerated_excerpt():
    body = "Use **one** tool, read [the manual](https://example.com/m) and `grep` the logs. Then decide."
    assert value(clean_text(post("excerpt", '""', body), ONLY).text, "excerpt") == "Use one tool, read the manual and grep the logs. Then decide."


def test_chat_preamble_that_landed_in_the_description_is_regenerated():
    en = (
        "---\ntitle: \"Turbos\"\ndescription: \"Sure! Here's the blog post you asked for about turbochargers.\"\n---\n\n"
        "Turbochargers recover energy from exhaust gas. They let a small engine breathe like a big one.\n"
    )
    assert clean_text(en).text == en.replace(
        "Sure! Here's the blog post you asked for about turbochargers.",
        "Turbochargers recover energy from exhaust gas. They let a small engine breathe like a big one.",
    )
    ja = (
        "---\ntitle: \"ターボ\"\nexcerpt: \"はい、承知いたしました。以下が記事です。\"\n---\n\n"
        "ターボチャージャーは排気のエネルギーを回収します。小さなエンジンでも大きな力を出せます。\n"
    )
    out = clean_text(ja)
    assert out.text == ja.replace("はい、承知いたしました。以下が記事です。", "ターボチャージャーは排気のエネルギーを回収します。小さなエンジンでも大きな力を出せます。")
    assert any(f.rule == "excerpt" and "boilerplate" in f.reason for f in out.fixes)


def test_a_lead_that_introduces_the_article_content_is_not_a_preamble():
    post = (
        "---\ntitle: \"Turbos\"\ndescription: \"Here's what you need to know about turbochargers before you buy.\"\n---\n\n"
        "Turbochargers recover energy from exhaust gas.\n"
    )
    assert clean_text(post).text == post


def test_an_excerpt_made_in_this_run_follows_a_first_paragraph_changed_by_a_later_pass():
    # the rule is a function of the document: in a later pass of the same run
    # (a note on the document says which value it wrote), a first paragraph
    # changed since - narration at the post's start found only after the
    # seams were spliced - gives the excerpt again; a value it did not write
    # is left as it is
    from cleaner.rules import excerpt as rule

    first, found = rule.apply(parse(post("excerpt", '"雨の日の通勤について詳細に分析します。"', "Sure! " + EN)), ONLY)
    assert value_of(first) == "Sure! A durable script checks its inputs first. It fails loudly, with a message that says what to do next."
    assert found[0].action == "replaced"
    later = first.with_blocks([first.blocks[0].with_text(EN), *first.blocks[1:]])
    again, found = rule.apply(later, ONLY)
    assert value_of(again) == "A durable script checks its inputs first. It fails loudly, with a message that says what to do next."
    assert "changed since" in found[0].reason
    # a hand-written excerpt that is no longer the first paragraph's start stays
    hand = parse(post("excerpt", '"Sure! A durable script checks its inputs first."', EN))
    assert rule.apply(hand, ONLY) == (hand, [])


def value_of(doc) -> str:
    return doc.front_matter.get("excerpt")


def test_a_templates_unfilled_placeholder_is_regenerated():
    body = "São Miguel is the largest island of the Azores and the easiest one to reach. Three days are enough.\n"
    for placeholder in ("{{excerpt}}", "{{ page.description }}", "A short summary of the post", "Excerpt goes here", "ここに概要を入力してください"):
        text = f'---\ntitle: "Three Days on São Miguel"\nexcerpt: "{placeholder}"\n---\n\n' + body
        out = clean_text(text).text
        assert 'excerpt: "São Miguel is the largest island of the Azores and the easiest one to reach. Three days are enough."' in out, placeholder
    # a real excerpt that speaks of a summary stays
    real = '---\ntitle: "x"\nexcerpt: "A short summary of the post-war housing boom, in six charts."\n---\n\n' + body
    assert clean_text(real).text == real
