"""The title rule on whole posts: what is repaired, from where, and what is left."""

from __future__ import annotations

import pytest

from cleaner.document import parse
from cleaner.pipeline import clean_text
from cleaner.settings import Settings

from .conftest import fixture_text

PARA = "田植えの季節になると、空から種をまくドローンの音が聞こえるようになりました。重い機械を担ぐ必要がなくなりました。"
EN_PARA = "The harbour master keeps two clocks, one for the town and one for the tide, and trusts only the second."


def post(title: str, first_line: str = "", body: str = PARA, extra: str = "") -> str:
    head = f"---\nlayout: post\ntitle: {title}\ndate: 2025-06-01 10:00:00 +0000\n{extra}---\n\n"
    return head + (first_line + "\n\n" if first_line else "") + body + "\n\n" + body[::-1] + "\n"


def title_of(text: str) -> str:
    return parse(text).front_matter.data["title"]


def fixes(text: str, settings: Settings | None = None):
    return [f for f in clean_text(text, settings).fixes if f.rule == "title"]


@pytest.mark.parametrize(
    "title, line, expected",
    [
        ('"ドローンが変える田んぼ\ufffd"', "ドローンが変える田んぼの風景", "ドローンが変える田んぼの風景"),
        ('"ドローンが変える田んぼの"', "ドローンが変える田んぼの風景と課題", "ドローンが変える田んぼの風景と課題"),
        ('"ドローンの可能性とは？"', "ドローン、田植えの風景をどう変えるのか？", "ドローン、田植えの風景をどう変えるのか？"),
        ('"**ドローンが変える田んぼの風景**"', "**ドローンが変える田んぼの風景**", "ドローンが変える田んぼの風景"),
        ('"# ドローンが変える田んぼの風景"', "## ドローンが変える田んぼの風景", "ドローンが変える田んぼの風景"),
        ('"Tide clocks and harbour"', "# Tide clocks and harbour masters", "Tide clocks and harbour masters"),
        ('"`grep` for writers\ufffd"', "## grep for writers: a short guide", "grep for writers: a short guide"),
    ],
)
def test_broken_title_is_replaced_by_the_body_title(title, line, expected):
    out = clean_text(post(title, line)).text
    assert title_of(out) == expected
    assert line not in out.split("---\n", 2)[2]  # not shown twice


def test_markdown_title_without_body_title_becomes_plain_text():
    out = clean_text(post('"**Tide Tables**"', body=EN_PARA)).text
    assert title_of(out) == "Tide Tables"
    assert EN_PARA in out  # a sentence that starts like the title is not taken as one


def test_cut_title_without_body_title_is_stripped_and_reported():
    found = fixes(post('"雨の日の通勤と\ufffd"'))
    assert [f.action for f in found] == ["edited"]
    assert "no full title in the body, broken marks stripped" in found[0].reason
    assert title_of(clean_text(post('"雨の日の通勤と\ufffd"')).text) == "雨の日の通勤と"


def test_a_stock_phrase_on_the_short_start_of_a_removed_acknowledgement_is_replaced():
    # the pipeline built "<first line up to 、>の可能性とは？" from the agent's "はい、承知いたしました。…"
    text = post('"はいの可能性とは？"', "はい、承知いたしました。田んぼのドローンについて記事を書きます。\n\nドローンが変える田んぼの風景")
    out = clean_text(text).text
    assert title_of(out) == "ドローンが変える田んぼの風景"
    assert "承知いたしました" not in out
    # a title that only ends in the stock phrase stays when no removed sentence starts so
    assert title_of(clean_text(post('"はいの可能性とは？"', "ドローンが変える田んぼの風景")).text) == "はいの可能性とは？"


def test_narration_title_in_a_japanese_post_is_replaced():
    out = clean_text(post('"Let me write the article about the t？"', "ドローンが変える田んぼの風景")).text
    assert title_of(out) == "ドローンが変える田んぼの風景"


@pytest.mark.parametrize(
    "title, first_line, body, expected",
    [
        ('"承知しました。以下が記事です"', "ドローンが変える田んぼの風景", PARA, "ドローンが変える田んぼの風景"),
        ('"かしこまりました。以下にブログ記事を"', "# ドローンが変える田んぼの風景", PARA, "ドローンが変える田んぼの風景"),
        ('"Sure! Here\'s the article you asked for"', "# Two clocks in the harbour", EN_PARA, "Two clocks in the harbour"),
        # cut from the agent's first words in the first person, over a plain
        # title line; a sentence of the agent's, full stop and all
        ('"I\'ll start by describing how the harbour clocks are ke\ufffd"', "Two clocks in the harbour", EN_PARA, "Two clocks in the harbour"),
        ('"まず記事の構成を考えます。"', "ドローンが変える田んぼの風景", PARA, "ドローンが変える田んぼの風景"),
    ],
)
def test_a_monologue_title_not_said_in_the_body_is_replaced(title, first_line, body, expected):
    # the pipeline took the title from a reply whose text the body no longer
    # holds: the title's own sentence is the evidence
    text = post(title, first_line, body)
    out = clean_text(text).text
    assert title_of(out) == expected
    assert "title is agent monologue" in fixes(text)[0].reason
    assert clean_text(out).text == out


@pytest.mark.parametrize(
    "title",
    ['"I\'ll Now Write the Part I\'ve Been Avoiding"', '"How I Draft a Long Article (and Why the First Draft Is Always Too Long)"',
     '"Here\'s What I Learned Writing 100 Posts"', '"承知いたしました、と言えなかった日"'],
)
def test_a_title_that_only_sounds_like_the_agent_stays(title):
    text = post(title, body=EN_PARA) if title.isascii() else post(title)
    assert title_of(clean_text(text).text) == title.strip('"')


def test_a_first_person_title_stays_over_a_plain_first_line_unless_cut_or_a_sentence():
    # a writer's "I'll…" title without a broken end or a full stop is theirs,
    # whatever short line the body opens with
    for title in ('"I\'ll Never Bake Bread the Same Way Again"', '"記事の構成を考える"'):
        text = post(title, "Two clocks in the harbour", EN_PARA)
        assert title_of(clean_text(text).text) == title.strip('"')


def test_narration_title_without_a_body_title_takes_the_template_topic():
    text = post('"I will now draft the article on this t？"', extra='excerpt: "ドローン農業の現状について詳細に分析します。"\n')
    found = fixes(text)
    assert title_of(clean_text(text).text) == "ドローン農業の現状"
    assert "topic named by the template excerpt" in found[0].reason


def test_good_title_is_left_alone_and_its_repeat_removed():
    text = post('"ドローンが変える田んぼの風景"', "ドローンが変える田んぼの風景")
    out = clean_text(text).text
    assert title_of(out) == "ドローンが変える田んぼの風景"
    assert out.count("ドローンが変える田んぼの風景") == 1
    assert [f.action for f in fixes(text)] == ["removed"]


def test_a_different_first_line_is_not_a_title_repeat():
    text = post('"ドローンと農業"', "ドローンが変える田んぼの風景")
    assert clean_text(text, Settings(select=("title",))).text == text


@pytest.mark.parametrize("mode, kept", [("keep", "**ドローンが変える田んぼの風景**"), ("heading", "# ドローンが変える田んぼの風景")])
def test_title_line_setting(mode, kept):
    out = clean_text(post('"ドローンが変える田んぼの風景"', "**ドローンが変える田んぼの風景**"), Settings(title_line=mode)).text
    assert kept in out.split("\n")


def test_fixture_titles():
    assert title_of(fixture_text("expected/fm-title-cut-ja.md")) == "量子コンピュータは創薬を変えるのか？期待と現実のあいだ"
    assert title_of(fixture_text("expected/fm-title-prefix-en.md")) == "Notes on Writing Release Notes That People Actually Read"


def test_a_restarts_title_line_mid_post_goes_in_a_generated_post_only():
    # the first copy opened without its title line; the restart after the
    # seam began with it: "# 無人レジ…" would stand in the middle of the post
    head = '---\ntitle: "無人レジと防犯カメラの今"\n---\n\n'
    first = "近所のスーパーで、セルフレジが増えました。店員の姿は以前より少なくなっています。\n\n"
    later = "導入の費用は、思ったよりも早く回収できるといいます。人手不足の店ほど効果が大きいようです。\n"
    generated = head + first + "---END---\n\n# 無人レジと防犯カメラの今\n\n" + later
    assert clean_text(generated).text == head + first + later
    written = head + first + "# 無人レジと防犯カメラの今\n\n" + later
    assert "# 無人レジと防犯カメラの今\n" in clean_text(written).text


def test_a_short_title_the_first_sentence_opens_with_is_not_taken_for_a_cut():
    # "生成AIと著作権" is whole; the body opens with a sentence that starts
    # with its words, not with the line the title was cut from
    text = post('"生成AIと著作権"', body="生成AIと著作権の関係について、最近よく質問を受けます。" + PARA)
    assert clean_text(text).text == text
    # a title line ending like one ("…業界の未来をどう変えるのか。") is still the real title
    cut = post('"xAI Grok 4 Fast、推論コスト98%削減の"', first_line="xAI Grok 4 Fast、推論コスト98%削減の真意とは？業界の未来をどう変えるのか。")
    assert title_of(clean_text(cut).text) == "xAI Grok 4 Fast、推論コスト98%削減の真意とは？業界の未来をどう変えるのか。"


def test_a_restarts_title_line_cut_at_the_posts_end_goes():
    # the last chunk restarted the article from its title and was cut there
    head = '---\nlayout: post\ntitle: "検査AIの一年：地方工場で見えたこと"\ndate: 2025-06-01 10:00:00 +0000\n---\n\n'
    more = "検査員の残業はほぼなくなり、若手の採用にも好影響が出ているそうです。"
    text = head + PARA + "\n\n---END---\n\n" + more + "\n\n---END---\n\n検査AIの一年\n"
    assert clean_text(text).text == head + PARA + "\n\n" + more + "\n"
    assert any("title line cut at the post's end" in f.reason for f in fixes(text))
    # written in one go, a last line that starts like the title is the writer's
    one_go = head + PARA + "\n\n検査AIの一年\n"
    assert clean_text(one_go).text == one_go


def test_a_first_line_that_introduces_what_follows_is_no_title():
    # a columnist's story of an agent's preamble opens with the preamble,
    # quoted: the title that names it stays, and so does the line
    text = post('"Here\'s the Article: How an AI Preamble Ended Up on Our Front Page"', first_line='"Sure! Here\'s the article:"',
                body=EN_PARA)
    assert clean_text(text).text == text
    # (a title line after narration is still taken)
    taken = post('"Here is a blog post on tide clocks"', first_line="# Two Clocks in the Harbour", body=EN_PARA)
    assert title_of(clean_text(taken).text) == "Two Clocks in the Harbour"


def test_an_outline_draft_at_the_start_goes_with_the_narration_that_confirms_it():
    head = '---\ntitle: "Here\'s the article: Index Funds for Busy People"\n---\n\n'
    body = ("Some people enjoy reading annual reports. This post is for everyone else.\n\n"
            "A low-cost index fund, bought every month and left alone, beats most managers over long periods.\n")
    draft = ("**Draft outline**\n\n- Hook: investing for busy people\n- Section: fees\n- Conclusion\n\n"
             "Okay, the outline looks good. Writing the full article now.\n\n## Index Funds for Busy People\n\n")
    out = clean_text(head + draft + body).text
    assert out == '---\ntitle: "Index Funds for Busy People"\n---\n\n' + body
    # a writer's plan over a list, with the article after it, stays
    mine = "**Plan**\n\n- Monday: rest\n- Tuesday: intervals\n\nThe plan worked for the first two weeks.\n\n"
    kept = '---\ntitle: "Training Log"\n---\n\n' + mine + body
    assert clean_text(kept).text == kept


def test_a_title_that_ends_with_a_colon_gives_way_to_the_body_title():
    text = post('"Here is your travel guide to São Miguel in the Azores:"', first_line="# Three Days on São Miguel: A Practical Guide",
                body=EN_PARA)
    out = clean_text(text).text
    assert title_of(out) == "Three Days on São Miguel: A Practical Guide" and "# Three Days" not in out
    # with no title line in the body it stays (nothing to put in its place)
    bare = post('"Reading list, part two:"', body=EN_PARA)
    assert title_of(clean_text(bare).text) == "Reading list, part two:"


def test_a_colon_title_stays_over_a_body_whose_first_heading_is_a_section():
    days = "# Day 1: Reykjavík\n\n" + EN_PARA + "\n\n# Day 2: The south coast\n\n" + EN_PARA[::-1] + "\n"
    text = '---\ntitle: "Five winter days in Iceland, as field notes:"\n---\n\n' + days
    assert clean_text(text).text == text
