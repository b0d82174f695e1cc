"""The monologue rule on whole posts: what goes (with its evidence) and,
above all, what stays."""

from __future__ import annotations

import time


from cleaner.pipeline import clean_text
from cleaner.settings import Settings

from .conftest import CORPUS, fixture_text, needs_shared

FM_EN = '---\nlayout: post\ntitle: "Test post"\ndate: 2026-01-01 00:00:00 +0000\n---\n\n'
FM_JA = '---\nlayout: post\ntitle: "テスト記事"\ndate: 2026-01-01 00:00:00 +0900\n---\n\n'
# these posts hold one-sentence articles: the no-article verdict (a post with
# fewer than min-article-chars left, tests/test_no_article.py) is off here
ONLY = Settings(select=("monologue",), min_article_chars=0)


def body(text: str, settings: Settings = ONLY) -> str:
    return clean_text(text, settings).text.split("---\n", 2)[2]


def mono_fixes(text: str, settings: Settings = ONLY):
    return [f for f in clean_text(text, settings).fixes if f.rule == "monologue"]


# --- chat wording: decided by what the sentence refers to -------------------------


def test_lead_that_introduces_the_article_content_stays():
    post = FM_EN + "Here's what you need to know about turbos: they recycle exhaust energy.\n\nA turbo spins at high speed.\n"
    assert body(post) == post.split("---\n", 2)[2]


def test_preamble_that_refers_to_the_deliverable_goes():
    post = FM_EN + "Here's the blog post you asked for:\n\nA turbo spins at high speed.\n"
    assert body(post) == "\nA turbo spins at high speed.\n"
    (fix,) = mono_fixes(post)
    assert fix.action == "removed" and "deliverable" in fix.reason and "start of the post" in fix.reason


def test_sure_goes_with_the_preamble_on_the_same_line():
    post = FM_EN + "Sure! Here is the article:\n\nA turbo spins at high speed.\n"
    assert body(post) == "\nA turbo spins at high speed.\n"


def test_narration_after_the_title_line_is_still_at_the_start_of_the_post():
    # the body repeats the title first (the title rule removes that line);
    # the narration right after it is at the post's start all the same
    post = ('---\nlayout: post\ntitle: "How turbochargers work"\nexcerpt: "In this article, we will explore turbochargers."\n---\n\n'
            "How turbochargers work\n\nLet me continue from where the previous part stopped.\n\n"
            "A turbo spins at high speed. It recycles exhaust energy that would otherwise be lost.\n")
    assert body(post) == "\nHow turbochargers work\n\nA turbo spins at high speed. It recycles exhaust energy that would otherwise be lost.\n"
    (fix,) = mono_fixes(post)
    assert "start of the post" in fix.reason
    # so the whole pipeline removes it in its first pass, before the excerpt
    # is made again from the first paragraph: not from the narration
    out = clean_text(post, Settings(min_article_chars=0)).text
    assert 'excerpt: "A turbo spins at high speed. It recycles exhaust energy that would otherwise be lost."' in out
    assert "Let me continue" not in out and "\nHow turbochargers work\n" not in out.split("---\n", 2)[2]
    # a first paragraph that is not the title line ends the start as before
    other = post.replace("How turbochargers work\n\nLet", "Turbos are everywhere now.\n\nLet")
    assert "Let me continue" in body(other)


def test_japanese_preamble_and_postamble():
    post = FM_JA + "以下が記事です。\n\nターボは排気のエネルギーを回収します。\n\nご不明点があればお知らせください。\n"
    assert body(post) == "\nターボは排気のエネルギーを回収します。\n"


def test_how_to_let_me_show_you_stays():
    post = FM_EN + "Let me show you how to check the boost pressure.\n\nNow, I'll show you the second step.\n\nFind the vacuum line first.\n"
    assert body(post) == post.split("---\n", 2)[2]
    assert not mono_fixes(post)


def test_let_me_know_in_the_comments_stays_at_the_end():
    post = FM_EN + "Turbos are simple machines.\n\nLet me know in the comments what you drive.\n"
    assert body(post) == post.split("---\n", 2)[2]
    # an offer of more work made to the readers, in the comments, is a blogger's
    offer = (FM_EN + "I will average over five seconds in the next version. Let me know in the comments if you'd like me to "
             "cover the anemometer next, or the enclosure first.\n")
    assert body(offer) == offer.split("---\n", 2)[2]
    agent = FM_EN + "Turbos are simple machines.\n\nLet me know if you'd like me to expand any section.\n"
    assert body(agent) == "\nTurbos are simple machines.\n"


def test_a_writers_diary_about_its_word_count_stays():
    diary = (FM_EN + "I'm going to try something different this week and keep a proper diary of the writing, not just a word count "
             "scribbled on the calendar. Partly to keep myself honest.\n\n## Monday\n\nWoke at six and reread the last scene.\n")
    assert body(diary) == diary.split("---\n", 2)[2]
    agent = FM_EN + "I'll check the word count against the requested range before publishing.\n\n## Monday\n\nWoke at six.\n"
    assert body(agent) == "\n## Monday\n\nWoke at six.\n"


# --- persona prose and quoted agent output are article text -------------------------


def test_persona_prose_stays_in_both_languages():
    en = FM_EN + "I have covered this industry for 20 years. I still remember my first trade show.\n\nMy view has not changed.\n"
    ja = FM_JA + "私がこの業界に入った頃、蓄電池は高価でした。私は今でもその頃の取材ノートを持っています。\n\nここから本題です。\n"
    assert body(en) == en.split("---\n", 2)[2]
    assert body(ja) == ja.split("---\n", 2)[2]


def test_agent_output_quoted_in_code_block_quote_and_quotation_marks_stays():
    post = (
        FM_EN
        + "Agents narrate their work. A leaked line often reads \"I used the wrong tool. I'll correct the tool call.\"\n\n"
        + "```text\nI've established a detailed article structure. Now, I'll execute a web search.\n```\n\n"
        + "> My apologies, I keep making the same mistake with the search tool.\n\n"
        + "That is why editors read every post.\n"
    )
    assert body(post) == post.split("---\n", 2)[2]


def test_english_company_quote_in_japanese_article_stays_even_after_a_seam():
    post = (
        FM_JA
        + "同社は声明を出しました。\n\n"
        + "\"We will ship the new chip to customers in spring,\" the company said.\n\n"
        + "---END---\n\n"
        + "\"I believe this chip will change the market,\" said the chief executive.\n\n"
        + "市場の反応は冷静でした。\n"
    )
    out = body(post)
    assert "We will ship the new chip" in out and "I believe this chip" in out


def test_english_narration_in_japanese_article_goes_after_a_seam():
    post = FM_JA + "市場は伸びています。\n\n---END---\n\nI'll broaden my web search and try again. This should give me a better starting point.\n\n価格は下がりました。\n"
    out = body(post)
    assert "web search" not in out and "starting point" not in out and "価格は下がりました。" in out


# --- kinds of narration ---------------------------------------------------------------


def test_run_on_line_keeps_the_article_sentences():
    post = (
        FM_JA
        + "記事の導入です。\n\n---END---\n\n"
        + "別のトピックで記事を作成することも可能です。 ええ、承知いたしました。資料が見つからなかったのは残念ですが、流れは語れます。"
        + "一緒に整理してみるのはいかがでしょうか。 実際、価格は半分になりました。しかも品質は上がっています。\n"
    )
    out = body(post)
    assert out.endswith("実際、価格は半分になりました。しかも品質は上がっています。\n")
    assert "承知" not in out and "いかがでしょうか" not in out and "可能です" not in out


def test_english_run_on_with_colon():
    post = FM_JA + "Here's the refined search query:My initial search yielded no results, so I'll switch to English.\n\n本文です。\n"
    assert body(post) == "\n本文です。\n"


def test_japanese_apology_and_search_narration_at_start():
    post = (
        FM_JA
        + "申し訳ありませんが、ご指定の製品に関する情報を見つけることができませんでした。ウェブ検索を試みましたが、資料が見当たりません。\n\n"
        + "ご指定の文体と要件に沿って、記事を書き進めます。\n\n"
        + "電池の話から始めましょう。\n"
    )
    assert body(post) == "\n電池の話から始めましょう。\n"


def test_japanese_apology_in_persona_prose_mid_article_stays():
    post = FM_JA + "導入です。\n\n申し訳ないが、私はこの楽観論には賛成できない。理由は三つある。\n\nまとめです。\n"
    assert body(post) == post.split("---\n", 2)[2]


def test_prompt_echo_headers_instructions_and_suffixes():
    post = (
        FM_JA
        + "## 市場の動き\n\n本文の一段落目です。\n\n---END---\n\n"
        + "【既存の記事の最後の部分】\n\n"
        + "以下の記事の続きを、同じ文体で自然に書いて完成させてください。\n\n"
        + "（既存記事の最後の部分から続く）\n\n"
        + "### 今後の展望（続き）\n\n続きの本文です。\n"
    )
    out = body(post)
    assert "【既存" not in out and "完成させてください" not in out and "から続く" not in out
    assert "### 今後の展望\n" in out and "続きの本文です。" in out


def test_self_check_and_status_report_at_the_end():
    post = (
        FM_JA
        + "本文です。\n\nThe article has 3600 characters. This is within the requested range.\n\n"
        + "Article written and saved to /root/post.html — 847 words.\n"
    )
    assert body(post) == "\n本文です。\n"


def test_think_blocks_react_and_tool_calls_through_the_pipeline():
    post = (
        FM_EN
        + "<reasoning>\nPlan: intro, body, end.\n</reasoning>\n\n"
        + "Thought: I should search first.\nAction: web_search\n\n"
        + '```json\n{"name": "web_search", "arguments": {"query": "turbo"}}\n```\n\n'
        + "Turbos recycle exhaust energy.\n\n"
        + "```json\n{\"name\": \"example\", \"arguments\": {}}\n```\n"
    )
    out = clean_text(post, Settings(min_article_chars=0)).text.split("---\n", 2)[2]
    # the second JSON block is inside the article: it stays
    assert out == '\nTurbos recycle exhaust energy.\n\n```json\n{"name": "example", "arguments": {}}\n```\n'


# --- strictness, reporting, whole-reply posts -----------------------------------------


def test_strictness_changes_what_is_removed():
    post = FM_EN + "Now, I'll search for the latest figures.\n\nTurbos are simple.\n"
    assert "search for" in body(post, Settings(select=("monologue",), min_article_chars=0, monologue_strictness=1))
    assert "search for" not in body(post, Settings(select=("monologue",), min_article_chars=0, monologue_strictness=2))
    kept = mono_fixes(post, Settings(select=("monologue",), min_article_chars=0, monologue_strictness=1))
    assert kept and kept[0].action == "kept" and "plan narration" in kept[0].reason


def test_post_that_is_only_an_apology_is_kept_and_reported():
    # the rule removes it like any monologue; the pipeline's verdict keeps the post
    post = FM_EN + "I apologize, but I am unable to perform web searches at this moment.\n\nPlease let me know if there's anything else I can assist you with.\n"
    outcome = clean_text(post, ONLY)
    assert outcome.text == post and not outcome.fixes
    assert "agent's reply" in outcome.no_article and "I apologize, but I am unable" in outcome.no_article


def test_removed_sentences_are_reported_with_evidence_and_input_lines():
    post = fixture_text("monologue-ja-continuation.md")
    fixes = mono_fixes(post)
    by_line = {f.lines[0]: f for f in fixes}
    assert by_line[16].action == "removed" and "acknowledgement formula" in by_line[16].reason
    assert by_line[30].action == "edited" and "search narration" in by_line[30].reason
    assert "next to removed narration" in by_line[30].reason


def test_fixture_negatives_survive_whole_pipeline():
    out = clean_text(fixture_text("monologue-en-chat-wrapper.md")).text
    for kept in ("Here's what you need to know about turbos:", "I have covered engines for twenty years",
                 "Let me show you how to check", "I'll now write the article.", "> Here is the article:"):
        assert kept in out
    for gone in ("Sure!", "blog post you asked for", "I hope this helps"):
        assert gone not in out


@needs_shared
def test_corpus_monologue_is_fast():
    posts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.md"))]
    start = time.perf_counter()
    for text in posts:
        clean_text(text, Settings(select=("encoding", "artifacts", "monologue")))
    assert time.perf_counter() - start < 3.0


def test_continuation_preambles_and_acknowledgements_at_a_chunk_start_are_removed():
    article = "市場は拡大しています。各社は投資を増やしています。\n\n---END---\n\n{}\n\n新しい工場が次々と稼働を始めました。\n"
    for line in ("以下が記事の続きです。", "ご指摘ありがとうございます。構成を見直して続きを書きます。"):
        out = body(FM_JA + article.format(line), ONLY)
        assert line.split("。")[0] not in out and "新しい工場が次々と稼働を始めました。" in out
    english = "Prices rose again this spring. Farmers planted less.\n\n---END---\n\n{}\n\nThe harvest was smaller than expected.\n"
    for line in ("Let me continue from where the previous part stopped.", "I have gathered enough sources; writing the next section now."):
        out = body(FM_EN + english.format(line), ONLY)
        assert line not in out and "The harvest was smaller than expected." in out


def test_every_gate_lets_through_every_sentence_its_pattern_matches():
    """A gated pattern is tried only when one of its literals is in the
    sentence (the speed of the rule rests on these gates): on every probe
    and fixture sentence the pattern matches, a literal is there."""
    from cleaner.document import parse
    from cleaner.rules.monologue import common, english, japanese
    from cleaner.text import split_sentences

    from .conftest import FIXTURES
    from .test_monologue_probes import ARTICLE_PROBES, MONOLOGUE

    sentences = [m[3] for m in MONOLOGUE] + [a[2] for a in ARTICLE_PROBES]
    for path in sorted(FIXTURES.glob("*.md")):
        for block in parse(path.read_text(encoding="utf-8")).blocks:
            sentences += [s.text for s in split_sentences(block.text)]
    gates = {f"{m.__name__}.{name}": g for m in (english, japanese) for name, g in vars(m).items() if isinstance(g, common._Gated)}
    assert len(gates) > 60
    matched = 0
    for name, gate in gates.items():
        for s in sentences:
            if gate.pattern.search(s):
                matched += 1
                assert gate._has_word(s), (name, s)
    assert matched > 300  # (the check is not empty)


def test_a_continuation_heading_repeating_its_section_heading_goes_whole():
    # "（続き）" cut leaves the section's own heading twice in a row of text
    head = '---\ntitle: "t"\n---\n\n'
    body = (
        f"### 日本企業の勝ち筋\n\n{FIRST}\n\n---END---\n\n"
        f"### 日本企業の勝ち筋（続き）\n\n{SECOND}\n\n"
        f"### まとめ（続き）\n\n{LAST}\n"
    )
    out = clean_text(head + body).text
    assert out == head + f"### 日本企業の勝ち筋\n\n{FIRST}\n\n{SECOND}\n\n### まとめ\n\n{LAST}\n"


FIRST = "後工程では、材料メーカーと装置メーカーの連携が鍵になります。日本には、この分野で世界的な存在感を持つ企業がいくつもあります。"
SECOND = "最近は、工程ごとにまとめて提案する動きが広がっています。個別の部材ではなく、歩留まりの改善という成果を売る発想です。"
LAST = "裏方の技術が主役の性能を決める時代が、静かに始まっています。"


def test_a_closing_glued_to_the_last_sentence_goes_alone():
    head = '---\ntitle: "t"\n---\n\n'
    body = (
        "Reserved capacity can cut prices sharply, but a one-year commitment is a bet on your roadmap. "
        "If your traffic drops, you pay for idle silicon, so keep your exit options open."
    )
    post = head + body + "Let me know if you'd like a version with current price ranges.\n"
    assert clean_text(post).text == head + body + "\n"


def test_a_list_the_narration_announced_goes_only_when_it_is_the_agents_work():
    # a self-check list between removed narration goes with it; a list of
    # tips after "Here are the tips you asked for:" is the article
    selfcheck = "本文の段落です。地域の図書館の話をしています。\n\nセルフチェック：\n\n- 文体：です・ます調 ✓\n- 文字数：約1,200字 ✓\n\n問題ないので、この内容で提出します。\n"
    assert body(FM_JA + selfcheck) == "\n本文の段落です。地域の図書館の話をしています。\n"
    tips = "Here are the tips you asked for:\n\n- Clear the desk every Friday before you leave.\n- Keep one tray for paper that needs an answer.\n\nLet me know if you'd like a longer version!\n"
    assert "- Clear the desk every Friday before you leave.\n- Keep one tray for paper that needs an answer.\n" in body(FM_EN + tips)


def test_a_prompt_field_label_at_the_start_goes_with_its_items():
    post = FM_JA + "【執筆条件】\n- 文字数：3,000字前後\n- 想定読者：技術者と個人投資家\n\n皆さん、こんにちは。今日は鉄道の保守の話です。\n"
    assert body(post) == "\n皆さん、こんにちは。今日は鉄道の保守の話です。\n"


def test_a_list_after_a_kept_paragraph_is_the_articles_even_after_a_removed_self_check_label():
    post = FM_JA + "セルフチェック：\n\n本文の段落です。手順は次の三つです。\n\n- 電源を切る\n- ケーブルを抜く\n\n問題ないので、この内容で提出します。\n"
    assert "- 電源を切る\n- ケーブルを抜く\n" in body(post)


# --- a model's thought summaries ----------------------------------------------------

ARTICLE_EN = "Europe's governments want cloud services that answer to European law. Three of them announced funds this spring, and the big operators are racing to open local regions."


def test_a_thought_summary_under_its_label_goes_with_the_label():
    # the bold gerund label is the evidence: "I'm now focusing on…" alone
    # is a person's news too
    post = FM_EN + "**Framing the Sovereignty Question**\n\nI'm now focusing on the recent European announcements and what they mean for operators.\n\n" + ARTICLE_EN + "\n"
    assert clean_text(post, ONLY).text == FM_EN + ARTICLE_EN + "\n"
    reasons = [f.reason for f in mono_fixes(post)]
    assert any("progress report on its own work" in r for r in reasons)
    assert any("label of the narration" in r for r in reasons)


def test_a_persons_news_in_the_same_register_stays():
    post = FM_EN + "I'm now focusing on my health after a rough winter.\n\n" + ARTICLE_EN + "\n"
    assert clean_text(post, ONLY).text == post
    post = FM_EN + "**Choosing the Right Lens**\n\nI'm now focusing on primes, because zooms taught me to stop moving my feet.\n\n" + ARTICLE_EN + "\n"
    # a label over a writer's own first-person sentence with no writing
    # object and no progress register of the agent's own task stays
    assert "Choosing the Right Lens" in clean_text(post, ONLY).text


# --- a tool's trace run on into the article's next sentence ---------------------------


def test_a_tool_trace_run_on_into_an_article_sentence_goes_alone():
    # the chunks were joined with no sentence end between the trace and the
    # article: the trace ends at its result, the sentence after it stays
    ja = (
        "## 電気代の計算式\n\n"
        "単価はプランによって違いますが、ここでは1kWhあたり31円とします。 [web_fetch] https://example.com/tanka -> 403 Forbidden "
        "実際の単価は、毎月の検針票で確認できます。\n\n"
        "待機中の消費電力は約3.5Wでした。\n"
    )
    assert body(FM_JA + ja) == (
        "\n## 電気代の計算式\n\n"
        "単価はプランによって違いますが、ここでは1kWhあたり31円とします。実際の単価は、毎月の検針票で確認できます。\n\n"
        "待機中の消費電力は約3.5Wでした。\n"
    )
    (fix,) = mono_fixes(FM_JA + ja)
    assert fix.action == "edited" and "[web_fetch]" in fix.excerpt
    en = (
        "Rates differ by plan, so this example uses 31 cents per kWh. [web_fetch] https://example.com/rates -> 404 Not Found "
        "The rate you actually pay is printed on your monthly bill.\n\n"
        "At idle the board drew about 3.5 W.\n"
    )
    assert body(FM_EN + en) == (
        "\nRates differ by plan, so this example uses 31 cents per kWh. The rate you actually pay is printed on your monthly bill.\n\n"
        "At idle the board drew about 3.5 W.\n"
    )


def test_a_tool_trace_whose_result_is_not_a_status_goes_whole_and_a_quoted_one_stays():
    # no result the trace can be cut at: the sentence goes as before (the
    # trace is sure evidence); a trace in a code span is the article's example
    post = FM_EN + "Prices vary. [web_search] \"kwh rates 2026\" -> see the sources below for details.\n\nAt idle the board drew about 3.5 W.\n"
    assert body(post) == "\nPrices vary.\n\nAt idle the board drew about 3.5 W.\n"
    quoted = FM_EN + "A failed fetch is logged as `[web_fetch] https://example.com -> 403 Forbidden` and the agent moves on.\n"
    assert body(quoted) == quoted.split("---\n", 2)[2]


# --- weak notes that go only beside the narration they belong to -----------------------

ARTICLE_JA = "家庭でAIを使う子どもが増えています。宿題でつまずいたとき、すぐに質問できる相手がいるのは心強いことです。"


def test_a_length_spec_left_after_a_removed_prompt_echo_goes_with_it():
    prompt = "以下の記事の続きを、同じ文体と構成で自然に書き進めてください。文字数は2000字程度とします。"
    # (pasted at the start of a chunk, where the next generation began)
    post = FM_JA + ARTICLE_JA + "\n\n---END---\n\n" + prompt + "\n\n" + ARTICLE_JA.replace("子ども", "生徒") + "\n"
    assert body(post, Settings(select=("monologue", "seams"), min_article_chars=0)) == (
        "\n" + ARTICLE_JA + "\n\n" + ARTICLE_JA.replace("子ども", "生徒") + "\n"
    )
    # a contest's rules say the same in an article of their own
    rules = FM_JA + ARTICLE_JA + "\n\n応募作品の文字数は2000字程度とします。締め切りは三月末です。\n"
    assert body(rules) == rules.split("---\n", 2)[2]


def test_a_note_on_how_the_text_was_composed_goes_between_the_agents_sentences():
    closing = (
        "以上で記事は完成です。文字数は約3,800字で、ご指定の範囲に収まっています。"
        "なお、本文中の事例は一般的な傾向をもとに構成しており、特定の企業の発表に基づくものではありません。"
        "見出しの調整が必要でしたら、お気軽にお申し付けください。"
    )
    post = FM_JA + ARTICLE_JA + "\n\n" + closing + "\n"
    assert body(post) == "\n" + ARTICLE_JA + "\n"
    # a writer's own note on the same lines stays
    note = FM_JA + ARTICLE_JA + "\n\nなお、本文中の事例は取材をもとに構成しており、人物名はすべて仮名です。\n"
    assert body(note) == note.split("---\n", 2)[2]


def test_the_agents_notes_in_an_english_post_from_another_pipeline_go_and_a_writers_stay():
    # the twelfth sweep's: a tool's error line after a seam, the requester's
    # material named at the start, the text's length at the end
    article = "Our billing page now shows every invoice from the last two years. You can download each one as a PDF."
    more = "Refunds go back to the card you paid with and take three to five working days."
    post = (
        FM_EN + "I've reviewed the support tickets you provided and grouped them into eleven common questions.\n\n"
        + article + "\n\n---END---\n\n"
        + "Error calling tool `publish_post`: 413 Request Entity Too Large. Retrying with a shorter payload.\n\n"
        + more + "\n\n(Approximately 1,900 words.)\n"
    )
    settings = Settings(select=("monologue", "seams"), min_article_chars=0)
    assert body(post, settings) == "\n" + article + "\n\n" + more + "\n"
    # a writer's own: a reader thanked for a template, the post's length
    # announced with an aside, a diagnosis that could not be confirmed
    writer = (
        FM_EN + "This post is about 1,600 words, so grab a coffee before you start.\n\n" + article + "\n\n"
        + "I couldn't confirm the diagnosis until the blood test came back, so I kept the dog on a bland diet.\n\n"
        + "I used the template you provided in last month's newsletter and it saved me an hour.\n\n" + more + "\n"
    )
    assert body(writer, settings) == writer.split("---\n", 2)[2]


def test_the_agents_closing_notes_go_together_at_the_end_and_alone_they_stay():
    # each weak alone ("so I left it out", "Please check … before
    # publishing", "let me know if you need…"), they go beside the note the
    # agent signed at the chunk's end
    article = "Refunds go back to the card you paid with and take three to five working days."
    notes = (
        "Sources: I used the billing policy document and the ticket export you attached. "
        "I didn't find anything about VAT in either, so I left it out.\n\n"
        "**Note:** I couldn't confirm the exact rollout date for the web app, so I kept it vague. "
        "Please check with the product team before publishing.\n"
    )
    settings = Settings(select=("monologue",), min_article_chars=0)
    assert body(FM_EN + article + "\n\n" + notes, settings) == "\n" + article + "\n"
    alone = FM_EN + "Please check the preview before publishing.\n\n" + article + "\n\nI couldn't find the receipt, so I left it out of the claim.\n"
    assert body(alone, settings) == alone.split("---\n", 2)[2]


def test_a_tool_error_line_with_its_skip_goes_and_a_writers_error_stays():
    article = "Mash the bananas into the butter with a fork, then whisk in the sugar and eggs."
    post = FM_EN + article + "\n\nError: image_search returned 0 results for 'banana bread crumb shot'. Skipping the photo.\n\n" + article.replace("bananas", "pears") + "\n"
    assert body(post) == "\n" + article + "\n\n" + article.replace("bananas", "pears") + "\n"
    writer = FM_EN + article + "\n\nError: connection refused is what the old router printed every morning.\n"
    assert body(writer) == writer.split("---\n", 2)[2]


def test_a_bare_continued_mark_in_a_post_written_in_one_go_is_the_writers():
    # a liveblog's "(continued)" section: no seam, no pipeline - it stays
    head = '---\ntitle: "Keynote liveblog"\n---\n\n'
    body = (
        "## 09:20 — Q&A\n\nThe first questions were about battery life on older phones.\n\n"
        "## 09:40 — Q&A (continued)\n\nThe chair allowed extra time, so the audience kept asking about latency.\n"
    )
    assert clean_text(head + body).text == head + body
    # the pipeline's own wording goes there too
    piped = body.replace("(continued)", "（既存の記事から続く）")
    assert "既存の記事" not in clean_text(head + piped).text


def test_narration_after_a_restarts_repeat_at_a_seam_is_at_the_chunks_start():
    # the restart repeats the paragraph before the seam, then narrates; once
    # dedup removed the repeat, the narration opens the chunk
    para = "A cheaper pattern is to keep two indexes side by side during a migration. It doubles the memory for a few weeks."
    after = "## Index tuning\n\nApproximate search trades accuracy for speed.\n"
    post = FM_EN + para + "\n\n---END---\n\n" + para + "\n\nI'll now continue with the section on indexing and recall tuning.\n\n" + after
    assert clean_text(post).text == FM_EN + para + "\n\n" + after


def test_round_28_japanese_closing_offers_and_a_length_note_in_a_cut_go():
    offer = (FM_JA + "地方の交通は、これから大きく変わっていくはずです。\n\n"
             "この記事の内容をもとに、社内向けのプレゼン資料の構成案も作成できます。必要でしたらお申し付けください。\n")
    assert body(offer) == "\n地方の交通は、これから大きく変わっていくはずです。\n"
    versions = FM_JA + "地方の交通は変わります。\n\nいかがでしたか？記事の構成を変えたバージョンも作成できますので、ご希望があればお申し付けください。\n"
    assert "構成を変えた" not in body(versions)


def test_round_29_japanese_section_reports_go_and_a_writers_search_stays():
    said = FM_JA + "本屋の店主に話を聞きました。\n\n以上で型1のセクションが書けました。\n\n次は店内の工夫です。\n"
    assert "セクションが書けました" not in body(said)
    plan = FM_JA + "本屋の店主に話を聞きました。\n\n検索結果から古川書店の創業年が見つかりましたので、次のセクションではポップについて書きます。\n\n次は店内の工夫です。\n"
    assert "次のセクションでは" not in body(plan)
    mine = FM_JA + "検索結果から、条件に合う保育園がいくつか見つかりましたので、以下にまとめます。\n\n次は見学の話です。\n"
    assert body(mine) == mine.split("---\n", 2)[2]


def test_round_30_an_offer_to_change_the_text_goes_and_a_request_for_readers_opinions_stays():
    offer = FM_JA + "地方の工場にも予知保全は広がっています。\n\nこの記事について、構成の変更や追加の情報が必要でしたら、お気軽にお知らせください。\n"
    assert body(offer) == "\n地方の工場にも予知保全は広がっています。\n"
    readers = FM_JA + "地方の工場にも予知保全は広がっています。\n\nこの記事について、ご意見やご感想があればお気軽にお知らせください。\n"
    assert body(readers) == readers.split("---\n", 2)[2]


def test_a_sign_off_goes_with_the_agents_offer_beside_it_and_stays_alone():
    offer = FM_JA + "地方の工場にも予知保全は広がっています。\n\nいかがでしたか。この記事の構成や表現について修正したい点があれば、遠慮なくお知らせください。\n"
    assert body(offer) == "\n地方の工場にも予知保全は広がっています。\n"
    alone = FM_JA + "地方の工場にも予知保全は広がっています。\n\nいかがでしたか。\n"
    assert body(alone) == alone.split("---\n", 2)[2]
