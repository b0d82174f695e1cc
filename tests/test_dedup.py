"""Duplicate and near-duplicate text, whole posts in and out."""

from __future__ import annotations

import random

from cleaner.pipeline import clean_text
from cleaner.settings import Settings
from cleaner.text import norm, split_sentences

HEAD = "---\ntitle: \"Dedup\"\n---\n\n"


def clean(body: str, **settings) -> str:
    return clean_text(HEAD + body, Settings(select=("seams", "dedup"), **settings)).text


def test_paragraph_repeating_the_last_sentence_of_the_one_before_is_removed():
    body = "市場は拡大を続けています。ただし、課題はまだ多く残っています。\n\nただし、課題はまだ多く残っています。\n\n次の段落です。新しい内容が続きます。\n"
    assert clean(body) == HEAD + "市場は拡大を続けています。ただし、課題はまだ多く残っています。\n\n次の段落です。新しい内容が続きます。\n"


def test_earlier_paragraph_plus_new_sentences_keeps_one_copy_with_them():
    body = (
        "The plan has two parts. Both start next year.\n\n"
        "An unrelated paragraph sits in between here.\n\n"
        "The plan has two parts. Both start next year. A third part was added later.\n"
    )
    assert clean(body) == HEAD + (
        "The plan has two parts. Both start next year. A third part was added later.\n\n"
        "An unrelated paragraph sits in between here.\n"
    )


def test_flattened_copy_keeps_only_new_sentences():
    body = (
        "最初の段落は背景を説明しています。\n\n二つ目の段落は提案の中身を説明しています。\n\n"
        "最初の段落は背景を説明しています。 二つ目の段落は提案の中身を説明しています。 三つ目の文だけが新しい内容です。\n"
    )
    assert clean(body) == HEAD + (
        "最初の段落は背景を説明しています。\n\n二つ目の段落は提案の中身を説明しています。\n\n三つ目の文だけが新しい内容です。\n"
    )


def test_flattened_copy_with_bold_labels_glued_to_its_sentences_goes():
    # the labels sit inline, glued to the sentences around them; the copy
    # also reaches a label with a question inside ("…？…")
    body = (
        "**なぜ今か？三つの理由**\n\n需要の伸びが供給を上回っています。\n\n"
        "**残る課題**\n\n設備の更新には時間がかかります。\n\n---END---\n\n"
        "需要の伸びが供給を上回っています。**残る課題** 設備の更新には時間がかかります。\n\n"
        "なぜ今か？三つの理由 需要の伸びが供給を上回っています。\n"
    )
    assert clean(body) == HEAD + (
        "**なぜ今か？三つの理由**\n\n需要の伸びが供給を上回っています。\n\n"
        "**残る課題**\n\n設備の更新には時間がかかります。\n"
    )


def test_a_known_label_before_new_words_stays_with_them():
    # "**Label:** new sentence" is a writer's own paragraph, and a sentence
    # may open with a heading's words; in a post written in one go nothing
    # is cut at a label at all
    kept = (
        "## `NODE_ENV` and the build\n\nThe build reads it once at start-up.\n\n"
        "**Running costs**\n\nThey depend on the tariff more than on the unit.\n\n"
        "**Running costs:** My own bill fell by a fifth in the first winter.\n\n"
        "`NODE_ENV` and the build The build reads it once at start-up, then caches it.\n"
    )
    assert clean(kept) == HEAD + kept
    generated = kept.replace("**Running costs:** My", "---END---\n\n**Running costs:** My")
    assert clean(generated) == HEAD + kept


def test_a_chunk_cut_a_few_characters_into_a_sentence_the_post_has_whole_leaves_no_stub():
    # the stub is too short for the duplicate tests; the next chunk starts
    # a section (nothing to join it to), and its sentence stands whole
    # later (the chunk restarted from earlier text) or earlier
    later = (
        "電池の寿命は十年を超えるようになりました。\n\n蓄電所が掲\n\n---END---\n\n## 保守の課題\n\n"
        "点検の回数は年に二回が標準です。\n\n蓄電所が掲げる目標は、停止時間をゼロに近づけることです。\n"
    )
    assert clean(later) == HEAD + later.replace("蓄電所が掲\n\n---END---\n\n", "")
    earlier = (
        "The survey covered 400 farms across three regions.\n\n"
        "Most farms reported a second harvest within two years.\n\nMost far\n\n---END---\n\n"
        "## Water\n\nYields rose by a fifth where drip lines replaced flood irrigation.\n"
    )
    assert clean(earlier) == HEAD + earlier.replace("Most far\n\n---END---\n\n", "")
    # a stub nothing completes is the only copy of its words: it stays
    alone = earlier.replace("Most far\n", "Fertiliser\n")
    assert clean(alone) == HEAD + alone.replace("---END---\n\n", "")


def test_a_restarts_label_lines_go_when_their_sections_repeat_even_reworded_or_over_a_labelled_line():
    # the first copy set its labels over their first lines ("**Label**\ntext")
    # or in other words; the restart's label lines, emptied, go
    body = (
        "**組織の課題**\n人材の育成には時間がかかります。\n\n"
        "**まとめ：地域の交通を次の世代へ渡すために**\n\n変化は一度には来ませんが、準備を始めた企業から少しずつ差がついていきます。\n\n---END---\n\n"
        "**組織の課題**\n\n人材の育成には時間がかかります。\n\n"
        "**最後に：地域の交通を次の世代へ渡すために**\n\n変化は一度には来ませんが、準備を始めた企業から少しずつ差がついていきます。\n"
    )
    assert clean(body) == HEAD + body.split("\n\n---END---")[0] + "\n"
    # a label in new words over repeats stays, and so does any label over new text
    kept = body.replace("**最後に：地域の交通を次の世代へ渡すために**", "**おわりに**")
    assert "**おわりに**" in clean(kept)
    new_text = body + "\n**組織の課題**\n\n評価の仕組みも見直す必要があります。\n"
    assert clean(new_text).count("**組織の課題**") == 2


def test_a_restarts_label_line_inside_its_twins_section_goes_and_the_section_goes_on():
    body = (
        "**共同運行という答え**\n\n複数の町が一つの運行会社を持てば、車両と運転手を融通し合えます。\n\n---END---\n\n"
        "**共同運行という答え**\n\n複数の町が一つの運行会社を持てば、車両と運転手を融通し合えます。\n\n"
        "ただし、赤字をどう分け合うかの取り決めが先に必要です。\n"
    )
    assert clean(body) == HEAD + (
        "**共同運行という答え**\n\n複数の町が一つの運行会社を持てば、車両と運転手を融通し合えます。\n\n"
        "ただし、赤字をどう分け合うかの取り決めが先に必要です。\n"
    )


def test_a_restart_that_repeats_one_sentence_and_rewords_the_others_goes_whole():
    # the restart says the paragraph's first sentence word for word and two
    # more in other words, each close to the kept one in its place (the
    # paragraphs are too far apart to be near-duplicates: it stopped early)
    first = (
        "こうした中で注目を集めているのが、複数の荷主が同じトラックに荷物を積み合わせる共同配送です。"
        "競合するはずの食品メーカーや日用品メーカーが、同じ地域向けの荷物をまとめて運ぶ。"
        "トラックの積載率は上がり、走る台数は減ります。ドライバーの数が限られる中で、一台あたりの仕事の密度を上げる発想です。"
    )
    restart = (
        "こうした中で注目を集めているのが、複数の荷主が同じトラックに荷物を積み合わせる共同配送です。"
        "本来は競合関係にある食品メーカーや日用品メーカーが、同じ地域向けの荷物をまとめて運ぶ。"
        "トラックの積載率が上がり、走るトラックの台数は減ります。"
    )
    new = "私が取材した卸売会社では、三社で配送を始めるまでに一年近く話し合ったそうです。"
    body = first + "\n\n---END---\n\n" + restart + "\n\n" + new + "\n"
    assert clean(body) == HEAD + first + "\n\n" + new + "\n"
    # a sentence reworded further (or with another figure) is the
    # restart's own: the paragraph stays, less its repeat
    changed = restart.replace("走るトラックの台数は減ります。", "走るトラックの台数は二割減ります。")
    kept = clean(first + "\n\n---END---\n\n" + changed + "\n\n" + new + "\n")
    assert "二割減ります" in kept and "本来は競合関係にある" in kept


def test_a_flattened_copy_opening_with_the_title_line_and_a_short_greeting_goes():
    # the title line ("…のか" ends no sentence), the greeting (too short to
    # count as a repeat alone) and a heading glued on with no space: all
    # said before, so the copy goes whole
    body = (
        "離島の診療所はオンライン診療で守れるか\n\n皆さん、こんにちは。\n\n"
        "島に医師が一人しかいない診療所は、全国で百を超えます。\n\n### 通信が支える診察\n\n"
        "画面越しの診察でも、問診と経過観察の多くは十分にこなせます。\n\n---END---\n\n"
        "離島の診療所はオンライン診療で守れるか 皆さん、こんにちは。### 通信が支える診察 "
        "画面越しの診察でも、問診と経過観察の多くは十分にこなせます。\n"
    )
    assert clean(body) == HEAD + body.split("\n\n---END---")[0] + "\n"


def test_a_restart_that_puts_a_word_in_front_of_a_kept_sentence_repeats_it():
    body = (
        "この変化の中で、企業と大学が課題を共有し、一緒に解決していく姿勢が求められます。\n\n---END---\n\n"
        "…その課題を共有し、一緒に解決していく姿勢が求められます。個人的には、自治体の役割も大きいと考えています。\n"
    )
    assert clean(body) == HEAD + (
        "この変化の中で、企業と大学が課題を共有し、一緒に解決していく姿勢が求められます。\n\n"
        "個人的には、自治体の役割も大きいと考えています。\n"
    )
    # a figure or a "not" in front is no opener: those say something else
    figures = "29件の事例のうち、半分以上が中小企業でした。\n\n---END---\n\n629件の事例のうち、半分以上が中小企業でした。\n"
    assert clean(figures) == HEAD + figures.replace("---END---\n\n", "")
    negated = "The cheapest plan is the best option for most readers.\n\n---END---\n\nNot the cheapest plan is the best option for most readers.\n"
    assert "Not the cheapest" in clean(negated)


def test_a_flattened_copy_holding_a_heading_is_no_more_complete_wording_of_the_paragraph_under_it():
    # the copy "A。 ### H 段落" is close to the paragraph under "### H": taken
    # for its fuller wording, it put the heading inside that paragraph, which
    # then read as a heading and went - with the paragraph's text
    body = (
        "それが、道具を使う側の誠実さだと僕は思う。\n\n### 投資家の君へ\n\n"
        "投資家の君には、導入した会社の数よりも、一年後も使われているかどうかを見てほしい。"
        "派手な事例が発表されても、解約されていれば意味がない。\n\n### 技術者の君へ\n\n"
        "それが、道具を使う側の誠実さだと僕は思う。 ### 投資家の君へ "
        "投資家の君には、導入した会社の数よりも、一年後も使われているかどうかを見てほしい。"
        "派手な事例が発表されても、解約されていれば意味がない。\n\n---END---\n"
    )
    assert clean(body) == HEAD + body.split("\n\n### 技術者の君へ")[0] + "\n\n### 技術者の君へ\n"


def test_a_flattened_copy_opening_with_a_dash_and_gluing_headings_goes():
    body = (
        "## 島の診療所を守る方法\n\n皆さん、こんにちは。\n\n### 何を任せたのか\n\n"
        "問診の記録と経過観察を、画面越しに任せることにしました。\n\n### 気をつけたい点\n\n"
        "通信が切れたときの手順を、紙で残しておくことです。ここが分かれ目です。\n\n---END---\n\n"
        "― 島の診療所を守る方法 皆さん、こんにちは。### 何を任せたのか 問診の記録と経過観察を、画面越しに任せることにしました。"
        "### 気をつけたい点ここが分かれ目です。\n"
    )
    assert clean(body) == HEAD + body.split("\n\n---END---")[0] + "\n"


def test_a_copy_opening_with_a_cut_sentences_tail_is_no_fuller_wording():
    # "になる。" is the rest of a sentence cut elsewhere, glued to a copy:
    # the first wording stays where it is, the tail goes with the copy
    para = "誤りを減らす技術の研究は、ここ数年で大きく進んだ。たくさんの量子ビットを束ねて、一つの信頼できる量子ビットとして扱う方法だ。"
    body = f"{para}\n\n次の段落は新しい話題で、量子計算の使い道について書いている。\n\n---END---\n\nになる。{para}\n"
    assert clean(body) == HEAD + body.split("\n\n---END---")[0] + "\n"


def test_a_restart_that_only_puts_an_opener_in_front_of_a_paragraph_keeps_the_first_wording():
    para = "AIの役割は、候補となる分子を絞り込むことにある。実験の回数が減れば、開発の費用も時間も小さくなる。"
    body = f"{para}\n\n次の段落は別の話題で、臨床試験の進め方について書いている。\n\n---END---\n\nそして、{para}\n"
    assert clean(body) == HEAD + body.split("\n\n---END---")[0] + "\n"


def test_near_duplicate_keeps_the_more_complete_wording_at_the_first_place():
    body = (
        "Electric buses are cheaper to run than diesel ones. Over a decade the savings usually cover the higher price.\n\n"
        "Depots need new chargers before the first bus arrives.\n\n"
        "Electric buses are cheaper to run than diesel ones. Over a full decade the fuel savings usually cover the higher price.\n"
    )
    assert clean(body) == HEAD + (
        "Electric buses are cheaper to run than diesel ones. Over a full decade the fuel savings usually cover the higher price.\n\n"
        "Depots need new chargers before the first bus arrives.\n"
    )


def test_different_figures_are_not_duplicates():
    body = "The 2024 budget for the line was 30 million euros in total.\n\nThe 2025 budget for the line was 45 million euros in total.\n"
    assert clean(body) == HEAD + body


def test_short_lines_tables_and_code_repeat_legitimately():
    body = (
        "詳細はこちら\n\n本文の一つ目の段落がここにあります。\n\n詳細はこちら\n\n"
        "| a | b |\n|---|---|\n| 1 | 1 |\n| 1 | 1 |\n\n"
        "```\nsame line\nsame line\n```\n\n- 短い項目\n- 短い項目\n"
    )
    assert clean(body) == HEAD + body


def test_long_repeated_list_items_go_whole():
    body = (
        "- Check the tower bolts and the guy wires every spring.\n- Grease the yaw bearing.\n\n"
        "Some text between the two lists stands here.\n\n"
        "- Check the tower bolts and the guy wires every spring.\n- Replace the brake pads when worn.\n"
    )
    assert clean(body) == HEAD + (
        "- Check the tower bolts and the guy wires every spring.\n- Grease the yaw bearing.\n\n"
        "Some text between the two lists stands here.\n\n"
        "- Replace the brake pads when worn.\n"
    )


def test_repeated_heading_goes_with_its_repeated_section():
    body = "## Costs and savings\n\nRunning costs fell by a third last year.\n\n## Costs and savings\n\nRunning costs fell by a third last year.\n"
    assert clean(body) == HEAD + "## Costs and savings\n\nRunning costs fell by a third last year.\n"


def test_front_matter_is_never_deduplicated():
    text = "---\ntitle: \"Same words as the body\"\ndescription: \"Same words as the body\"\n---\n\nSame words as the body, written out again.\n"
    assert clean_text(text).text.startswith("---\ntitle: \"Same words as the body\"\ndescription: \"Same words as the body\"\n---\n")


def test_english_abbreviations_and_decimals_do_not_split_sentences():
    pieces = [s.text for s in split_sentences("Dr. Smith paid $3.50 for it, i.e. less than the U.S. average. Then he left.")]
    assert pieces == ["Dr. Smith paid $3.50 for it, i.e. less than the U.S. average.", "Then he left."]
    # but a contraction's last letter is no initial ("J. Smith"): "doesn't." ends a sentence
    pieces = [s.text for s in split_sentences("Demand spikes where it doesn't. Put those together and it works. J. Smith agreed.")]
    assert pieces == ["Demand spikes where it doesn't.", "Put those together and it works.", "J. Smith agreed."]


def test_a_sentence_after_a_contraction_repeats_like_any_other():
    body = (
        "Capacity moves where demand spikes and where it doesn't. Put those together and the service works.\n\n"
        "A new paragraph follows here with other words.\n\n---END---\n\n"
        "Put those together and the service works. Prices are still falling.\n"
    )
    # (the restart goes on from the first paragraph's end: one paragraph)
    assert clean(body) == HEAD + (
        "Capacity moves where demand spikes and where it doesn't. Put those together and the service works. Prices are still falling.\n\n"
        "A new paragraph follows here with other words.\n"
    )


def test_second_run_changes_nothing():
    body = "A sentence that repeats itself here.\n\nA sentence that repeats itself here. And then new words follow.\n"
    once = clean(body)
    assert clean(once[len(HEAD):]) == once


def test_no_distinct_sentence_is_ever_lost_on_random_repeats():
    """Posts built from distinct sentences, repeated, cut and flattened at
    random: every distinct sentence of the input is still in the output."""
    rng = random.Random(20261126)
    pool = [f"Sentence number {i} talks about topic {chr(65 + i % 26)} in some detail." for i in range(60)]
    for _ in range(40):
        paragraphs = [" ".join(rng.sample(pool, rng.randint(1, 4))) for _ in range(rng.randint(3, 12))]
        body_parts = []
        for p in paragraphs:
            body_parts.append(p)
            roll = rng.random()
            if roll < 0.2:
                body_parts.append("---END---")
            elif roll < 0.35:
                body_parts.append(" ".join(rng.sample(paragraphs, min(3, len(paragraphs)))))
        body = "\n\n".join(body_parts) + "\n"
        out = clean(body)
        out_keys = norm(out)
        for p in paragraphs:
            for s in split_sentences(p):
                assert norm(s.text) in out_keys, (s.text, body)
        assert clean(out[len(HEAD):]) == out


def test_list_item_copied_with_new_wording_loses_only_its_repeated_sentences():
    body = (
        "1. **Costs:** Running costs fell sharply last year. Maintenance is the biggest remaining item.\n\n"
        "Some other paragraph sits between the two lists.\n\n"
        "1. **Costs:** Running costs fell sharply last year. Premiums for storm cover doubled within two years.\n"
    )
    assert clean(body) == HEAD + (
        "1. **Costs:** Running costs fell sharply last year. Maintenance is the biggest remaining item.\n\n"
        "Some other paragraph sits between the two lists.\n\n"
        "1. **Costs:** Premiums for storm cover doubled within two years.\n"
    )


def test_a_quotation_inside_a_sentence_does_not_split_it():
    pieces = [s.text for s in split_sentences("社長が掲げる「Build with AI. Share with all.」という標語は、社内に浸透しています。次の文です。")]
    assert pieces == ["社長が掲げる「Build with AI. Share with all.」という標語は、社内に浸透しています。", "次の文です。"]
    # a bracket that is never closed (a cut sentence) does not swallow the rest
    pieces = [s.text for s in split_sentences("現場で「すぐに使える仕組みです。次の文です。")]
    assert pieces == ["現場で「すぐに使える仕組みです。", "次の文です。"]


def test_an_item_copied_under_the_same_label_loses_even_its_short_repeated_sentences():
    body = (
        "1. **Hiring and training budgets:** Talent is scarce. Salaries for data engineers rose by a fifth.\n\n"
        "Some other paragraph sits between the two lists.\n\n"
        "1. **Hiring and training budgets:** Talent is scarce. Universities now train twice as many engineers as before.\n"
    )
    assert clean(body) == HEAD + (
        "1. **Hiring and training budgets:** Talent is scarce. Salaries for data engineers rose by a fifth.\n\n"
        "Some other paragraph sits between the two lists.\n\n"
        "1. **Hiring and training budgets:** Universities now train twice as many engineers as before.\n"
    )


def test_a_heading_whose_words_an_earlier_paragraph_says_is_a_label_and_stays():
    # a manual's or a blog's own structure: the paragraph mentions what the
    # next section is called; the heading used to go as "contained in" it,
    # leaving its table or text under the previous heading
    body = (
        "# Strategic initiatives\n\n"
        "The project runs several strategic initiatives. Current initiatives are reviewed at every meeting of the committee.\n\n"
        "## Current initiatives\n\n"
        "| Initiative | Champion |\n|---|---|\n| Build reproducibility | A. Tanaka |\n\n"
        "**同社の戦略：無料化とオープンウェイトモデル「gpt-oss」の公開**\n\n"
        "### オープンウェイトモデル「gpt-oss」の公開\n\n"
        "同社は同じ週に、重みを公開したモデルを二つ発表しました。\n"
    )
    assert clean(body) == HEAD + body


def test_a_label_heading_goes_with_its_section_when_everything_under_it_repeats():
    # a restart after a seam set as a section whose heading's words the first
    # chunk said in a paragraph: the section is all repeats, so the heading
    # goes with it (kept, it would stand over nothing)
    first = "The fab opened in March. Details of the production ramp follow below."
    later = "Output doubled by June. Yields improved every month."
    body = f"{first}\n\n{later}\n\n---END---\n## Details of the production ramp\n\n{later}\n"
    assert clean(body) == HEAD + f"{first}\n\n{later}\n"


# -- what is too short to count as a repeat, next to its copy ------------------------------


def test_a_short_sentence_repeated_right_after_its_copy_in_a_later_generation_goes():
    # the seed's "paragraph repeating the last sentence of the one before",
    # for a sentence under min_dup_chars: the next chunk restarted with it
    body = (
        "君も、この動きを自分の目で確かめてほしい。この旅はまだ始まったばかりだ。\n\n---END---\n\n"
        "この旅はまだ始まったばかりだ。\n\n"
        "A new paragraph follows. Simple as that.\n\n"
        "Simple as that. Simple as that. The next sentence is new and stays.\n"
    )
    assert clean(body) == HEAD + (
        "君も、この動きを自分の目で確かめてほしい。この旅はまだ始まったばかりだ。\n\n"
        "A new paragraph follows. Simple as that.\n\n"
        "The next sentence is new and stays.\n"
    )


def test_short_repeats_a_writer_meant_stay():
    # no seam: a post written in one go repeats on purpose (anaphora, a
    # dialogue's "No." / "No.", a refrain, a label per update); after a
    # seam, a repeat of two letters, or one that would cut an emphasis in
    # half, stays too
    written = (
        "We said it then. Never again.\n\nNever again.\n\nNever again. It is the promise we keep.\n\n"
        "**Update**\n\nThe match kicked off late.\n\n**Update**\n\nRain stopped play.\n"
    )
    assert clean(written) == HEAD + written
    seamed = (
        "The first chunk ends with a line of dialogue.\n\n---END---\n\n"
        "\"No.\"\n\n\"No.\"\n\nSay no first.\n\n**Say no first. You can always say yes later.**\n"
    )
    assert clean(seamed) == HEAD + seamed.replace("---END---\n\n", "")


def test_labels_left_stacked_over_removed_sections_go():
    # a restart repeats three bold-labelled sections: their text goes as
    # repeats, and the labels, too short to count on their own, went with
    # them
    sections = [
        ("**照明を見直す**", "手元を照らすライトを一つ足しただけで、夕方の目の疲れがかなり減りました。"),
        ("**椅子は最後に選ぶ**", "机の高さとモニターの位置を先に決めてから椅子を選ぶと、座面の高さで迷いません。"),
        ("**続けるための習慣**", "毎日の終わりに机の上を空にすると、翌朝すぐに仕事へ入れるようになりました。"),
    ]
    first = "\n\n".join(f"{label}\n\n{text}" for label, text in sections)
    body = f"{first}\n\n---END---\n\n{first}\n\n**照明を見直す**\n\n**照明を見直す**\n\n{sections[0][1]}\n"
    assert clean(body) == HEAD + first + "\n"


def test_a_restarted_label_over_new_text_hands_it_to_its_twin():
    # the restart's label lands right under its twin's section once the
    # repeat between them went: its new text goes on in that section (the
    # dev posts kept such a label twice, a paragraph apart, in five posts)
    body = (
        "**費用の目安**\n\n初期費用は三万円ほどで、月々の費用はかかりません。\n\n"
        "---END---\n\n"
        "**費用の目安**\n\n初期費用は三万円ほどで、月々の費用はかかりません。\n\n"
        "ただし、交換用の部品は年に一度ほど買い足す必要があります。\n"
    )
    assert clean(body) == HEAD + (
        "**費用の目安**\n\n初期費用は三万円ほどで、月々の費用はかかりません。\n\n"
        "ただし、交換用の部品は年に一度ほど買い足す必要があります。\n"
    )
    # under another label in between, it names a section of its own: it stays
    other = body.replace("---END---\n\n", "**導入の手順**\n\n申し込みから設置までは二週間ほどです。\n\n---END---\n\n")
    assert clean(other).count("**費用の目安**") == 2


def test_a_heading_right_before_its_twin_hands_it_what_it_holds():
    # "## The morning" twice in a row: one goes, and the text under the
    # second is the first's - the first is not then taken for an emptied
    # repeat of line 3 and removed as well
    intro = "## The morning\n\nShape the cold dough straight from the fridge; it is easier to handle.\n\n"
    body = (
        intro + "## The evening\n\nMix the dough after dinner and fold it three times before bed.\n\n"
        "---END---\n\n"
        "## The morning\n\n## The morning\n\nBake it in a preheated pot for forty minutes, lid on for the first twenty.\n"
    )
    assert clean(body) == HEAD + (
        intro + "## The evening\n\nMix the dough after dinner and fold it three times before bed.\n\n"
        "## The morning\n\nBake it in a preheated pot for forty minutes, lid on for the first twenty.\n"
    )


def test_a_repeated_heading_over_a_kept_subsection_stays():
    # a changelog: "### Notable changes" in every release, its "####"
    # subsections new each time - the outline is kept, even when the
    # release's own first paragraph repeats an earlier release's
    release = "## Version {v}\n\n### Notable changes\n\nThis is a security release for every user.\n\n#### {name}\n\n{text}\n"
    body = (
        release.format(v="1.1", name="OpenSSL update", text="The bundled OpenSSL moved to 3.0.13.")
        + "\n"
        + release.format(v="1.2", name="Faster startup", text="Startup snapshots are now on by default.")
    )
    out = clean(body)
    assert out.count("### Notable changes") == 2
    assert "#### Faster startup\n\nStartup snapshots are now on by default.\n" in out


def test_a_stutter_peeled_sentence_by_sentence_settles_in_one_run():
    body = "The plan was simple.\n\n---END---\n\nStop now.\n\nStop now. Stop now.\n\nStop now. Stop now. Stop now.\n"
    once = clean(body)
    assert once == HEAD + "The plan was simple.\n\nStop now.\n"
    assert clean_text(once).text == once


def test_a_repeated_label_with_nothing_under_it_stays():
    # after a seam, a closing line that echoes a section's label ends the
    # post: nothing under it was removed, so it is not an emptied repeat
    body = (
        "**雨のあと**\n\n水たまりに空がひとつ落ちている。拾おうとして指が濡れた。\n\n---END---\n\n"
        "傘をたたむと、遠くで子どもの声がした。\n\n**雨のあと**\n"
    )
    assert clean(body) == HEAD + body.replace("---END---\n\n", "")


def test_a_restarted_short_lead_in_does_not_shelter_its_repeated_line():
    # "**Tip**:" ends with a colon like "…everyone answers:", but in a
    # generated post it repeats the "**Tip:**" of every section: the line
    # after the restarted one is a repeat, not a refrain shown on purpose
    tip = "Keep the pieces you are not shaping under a damp towel so they do not dry out."
    body = (
        "**Tip:**\n\nWeigh the flour, because cups can vary by as much as twenty percent.\n\n"
        f"**Tip**:\n\n{tip}\n\n---END---\n\n**Tip**:\n\n{tip}\n"
    )
    assert clean(body) == HEAD + body.split("\n\n---END---")[0] + "\n"


def test_a_restarted_label_left_over_nothing_by_a_splice_goes():
    # the cut "Bake…until a skewer" is spliced with its restart after the
    # repeated "**Step 3**", which then stands right above "**Step 4**"
    body = (
        "**Step 3**\n\nBake the cake for forty minutes at 180 degrees, or until a skewer\n\n---END---\n\n"
        "**Step 3**\n\nBake the cake for forty minutes at 180 degrees, or until a skewer comes out clean.\n\n"
        "**Step 4**\n\nPour a syrup of lemon juice and sugar over the cake while it is still warm.\n"
    )
    assert clean(body) == HEAD + (
        "**Step 3**\n\nBake the cake for forty minutes at 180 degrees, or until a skewer comes out clean.\n\n"
        "**Step 4**\n\nPour a syrup of lemon juice and sugar over the cake while it is still warm.\n"
    )


def test_a_table_repeated_by_a_restart_goes_with_its_label():
    table = "| Provider | Strength |\n|---|---|\n| Hyperscaler | Integration |\n| Specialist | Latest hardware |"
    first = f"**What to compare**\n\n{table}\n\nReserved capacity cuts prices, but it is a bet on your roadmap."
    body = f"{first}\n\n---END---\n\n**What to compare**\n\n{table}\n"
    assert clean(body) == HEAD + first + "\n"
    written = f"**Before**\n\n{table}\n\nWe changed one supplier.\n\n**After**\n\n{table}\n"
    assert clean(written) == HEAD + written  # no seam: shown twice on purpose


def test_a_restart_that_opens_with_continuation_dots_is_a_plain_repeat():
    # "…その結果、" is "その結果、" said again: the copy goes and the clean
    # paragraph stays (the dots used to make the copy the "longer" wording)
    first = "その結果、翻訳されるのは海外でも売れる見込みの高い人気作品に偏りがちでした。中堅の作品や、特定の読者層に深く刺さる作品ほど、海外の読者に届く機会を失ってきたのです。"
    body = f"## 翻訳の現実\n\n{first}\n\n---END---\n\n…{first}\n\n## 次の章\n\n新しい話題です。\n"
    assert clean(body) == HEAD + f"## 翻訳の現実\n\n{first}\n\n## 次の章\n\n新しい話題です。\n"


def test_a_line_without_a_full_stop_is_a_fragment_only_where_a_chunk_stopped():
    # a title or a label ends without a full stop too: a later sentence that
    # starts with its words does not make it a cut fragment
    title = "港町の朝はなぜ早い？ 静かな港町を歩いて見えた漁師たちの一日"
    body = f"{title}\n\n港の朝は早く、漁船が次々に戻ってきます。\n\n---END---\n\n静かな港町を歩いて見えた漁師たちの一日は、夜明け前に始まります。\n"
    assert clean(body) == HEAD + f"{title}\n\n港の朝は早く、漁船が次々に戻ってきます。\n\n静かな港町を歩いて見えた漁師たちの一日は、夜明け前に始まります。\n"
    # where the chunk stopped, the cut sentence goes once the next chunk completes it
    body = "港の朝は早く、漁船が次々に戻って\n\n---END---\n\n港の朝は早く、漁船が次々に戻ってきます。\n"
    assert clean(body) == HEAD + "港の朝は早く、漁船が次々に戻ってきます。\n"
    assert clean(body) == HEAD + "港の朝は早く、漁船が次々に戻ってきます。\n"


def test_a_restarts_copy_of_a_code_block_goes_with_the_repeats_around_it():
    fence = "```bash\nsudo systemctl stop postgresql@14-main\npg_upgrade --link\n```"
    section = (
        "## Step 4: Run the upgrade\n\nWith both clusters stopped, run the same command as before, with `--link`:\n\n"
        + fence + "\n\nOn 180 GB of data this took a little under two minutes, almost all of it on the schema dump."
    )
    after = "## Step 5: Swap the ports\n\nDebian gave the new cluster port 5433, so swap the ports before starting it.\n"
    body = section + "\n\n---END---\n\n" + section + "\n\n" + after
    assert clean(body) == HEAD + section + "\n\n" + after
    # shown again on purpose, introduced by new words: it stays
    again = section + "\n\n---END---\n\nIf the check fails, fix the cluster and run the command once more:\n\n" + fence + "\n\n" + after
    assert clean(again) == HEAD + again.replace("---END---\n\n", "")


def test_a_restarts_copy_of_a_list_its_colon_introduced_goes_with_the_paragraph():
    items = "- Creating, editing, moving and archiving cards\n- Adding comments, checklists and due dates\n- Attaching photos from your device"
    section = "## What works offline\n\nEverything on a board you have opened recently is available offline. Specifically:\n\n" + items
    new = "Some things still need a connection, such as inviting new members to a board.\n"
    body = section + "\n\n---END---\n\n" + section + "\n\n" + new
    assert clean(body) == HEAD + section + "\n\n" + new


def test_a_flattened_copy_under_the_titles_heading_mark_goes_with_the_headings_it_holds():
    # the post copied from its top, on one line: the front matter's title
    # as a heading, the first paragraph, "## The minimum setup" and its text
    head = '---\ntitle: "Tracing a Slow Request with OpenTelemetry"\n---\n\n'
    intro = "Last week a customer reported that saving an invoice sometimes took eight seconds. Our dashboards showed nothing unusual."
    setup = "Our services are a Flask API, a worker that renders PDFs, and a small pricing service."
    kept = intro + "\n\n## The minimum setup\n\n" + setup + "\n\n"
    copy = "# Tracing a Slow Request with OpenTelemetry " + intro + " ## The minimum setup " + setup
    new = "## Reading the trace\n\nWith the new spans deployed, we waited for a slow save and opened its trace.\n"
    post = head + kept + "---END---\n\n" + copy + "\n\n" + new
    assert clean_text(post, Settings(select=("seams", "dedup"))).text == head + kept + new


def test_parallel_list_items_stay_and_a_cut_item_gives_way_to_the_whole_one():
    # a changelog's items differ in a word ("bar"/"line", "German"/"French"):
    # parallel, not copies, even in a post with a seam
    items = (
        "- Fixed an issue where a bar chart's axis labels overlapped on narrow screens.\n"
        "- Fixed an issue where a line chart's axis labels overlapped on narrow screens.\n"
        "- Fixed a typo in the German translation of the export dialog.\n"
        "- Fixed a typo in the French translation of the export dialog."
    )
    post = "### Fixed\n\n" + items + "\n\n---END---\n\nThe full list is in the changelog.\n"
    assert clean(post) == HEAD + "### Fixed\n\n" + items + "\n\nThe full list is in the changelog.\n"
    # the seam cut an item the restart gives whole: the whole one stays
    cut = "### Fixed\n\n- Fixed a crash when exporting an empty chart.\n- Fixed the legend being cut off when it had more than"
    whole = "### Fixed\n\n- Fixed a crash when exporting an empty chart.\n- Fixed the legend being cut off when it had more than eight entries."
    out = clean(cut + "\n\n---END---\n\n" + whole + "\n")
    assert "more than eight entries." in out and "more than\n" not in out


def test_a_recipes_step_said_again_under_another_number_stays_in_a_restart():
    # "6. Scrape down the bowl" repeats step 3 on purpose; the restart's own
    # copy of step 3 (same number) goes
    steps = "1. Heat the oven to 175°C and line the loaf tin with paper.\n2. Melt the butter until it smells nutty.\n3. Scrape down the bowl with a spatula.\n"
    new = "4. Sprinkle the baking soda over the surface and whisk it in.\n5. Scrape down the bowl with a spatula.\n6. Fold in the flour.\n"
    body = "## Method\n\n" + steps + "\n---END---\n\n## Method\n\n" + steps + new
    out = clean(body)
    assert out.count("3. Scrape down the bowl with a spatula.") == 1 and "5. Scrape down the bowl with a spatula." in out
    assert out.count("1. Heat the oven") == 1


def test_an_item_the_seam_cut_in_a_list_its_colon_introduced_gives_way_to_the_whole_one():
    # the list is shown as its paragraph introduced it, but the seam cut item
    # 2 and the next chunk gives it whole: one item 2
    intro = "Developing a new drug follows five stages, and AI now touches all of them:"
    body = (intro + "\n\n1. **Target identification:** finding the protein involved in a disease.\n"
            "2. **Trial design:** matching patients to\n\n---END---\n\n"
            "2. **Trial design:** matching patients to trials and choosing endpoints.\n")
    assert clean(body) == HEAD + intro + (
        "\n\n1. **Target identification:** finding the protein involved in a disease.\n"
        "2. **Trial design:** matching patients to trials and choosing endpoints.\n")


def test_a_restarted_numbered_list_goes_on_with_the_list_it_repeated():
    # the restart repeats the intro and items 1-2, then gives item 4: after
    # the repeats go, item 4 follows item 3 in one list (no blank line)
    intro = "私が顧問先に勧めているのは、次の順番で準備を進めることです。"
    items = ("1. 社内で使っている、または開発中のAIシステムを洗い出し、台帳にまとめる\n"
             "2. それぞれが4つのリスク区分のどれに当たるかを、法務と開発部門で一緒に判定する\n")
    third = "3. 高リスクに当たるものについて、必要な文書と監督体制のたたき台を作る\n"
    fourth = "4. 外部のAIモデルを使う場合は、提供元との契約書に義務の分担を明記する\n"
    body = intro + "\n\n" + items + third + "\n---END---\n\n" + intro + "\n\n" + items + fourth
    assert clean(body) == HEAD + intro + "\n\n" + items + third + fourth
    # a list numbered anew is another list: it keeps its blank line
    again = body.replace("4. 外部", "1. 外部")
    assert "を作る\n\n1. 外部" in clean(again)


def test_a_short_list_item_the_seam_cut_gives_way_to_the_next_item_that_says_it_whole():
    head = "## Ingredients\n\n- 115 g unsalted butter\n- 3 very ripe bananas\n"
    body = head + "- 1 tsp baking so\n\n---END---\n\n- 1 tsp baking soda\n- 1/2 tsp fine salt\n"
    assert clean(body) == HEAD + head + "- 1 tsp baking soda\n- 1/2 tsp fine salt\n"
    # in a post written in one go, such a pair is the writer's
    one_go = head + "- 1 tsp baking so\n- 1 tsp baking soda\n"
    assert clean(one_go) == HEAD + one_go


def test_a_restart_that_gives_a_list_of_short_items_again_from_its_first_item_loses_the_copy():
    # the ingredients cut at "砂糖…大さ", then the section restarted whole:
    # the short items repeated in order go, the cut item gives way to the whole one
    heading, lead = "## 材料（4人分）", "豚バラ肉は、脂と赤身が交互にきれいな層になっているものを選んでください。"
    items = "- 豚バラ肉（ブロック）…800g\n- 長ねぎ（青い部分）…1本分\n- しょうが（薄切り）…1かけ分\n- 水…400ml\n"
    body = (heading + "\n\n" + lead + "\n\n" + items + "- 砂糖…大さ\n\n---END---\n\n"
            + heading + "\n\n" + lead + "\n\n" + items + "- 砂糖…大さじ3\n- しょうゆ…大さじ4\n")
    assert clean(body) == HEAD + heading + "\n\n" + lead + "\n\n" + items + "- 砂糖…大さじ3\n- しょうゆ…大さじ4\n"


def test_a_restarted_paragraph_that_rewords_a_sentence_in_its_place_loses_the_rewording():
    # sentences 1-2 repeated word for word, sentence 3 reworded in its place
    first = ("利用が定着している自治体には、いくつかの共通点があります。"
             "第一に、使ってよい業務と使ってはいけない業務を、具体例とともに明文化していることです。")
    kept = first + "禁止事項だけを並べたガイドラインでは、職員は萎縮してしまいます。"
    again = first + "禁止事項を並べただけのガイドラインでは、職員はかえって使うのをためらってしまいます。"
    later = "第二に、部署をまたいだ小さなコミュニティを作っていることです。"
    body = kept + "\n\n" + later + "\n\n---END---\n\n" + again + "\n"
    assert clean(body) == HEAD + kept + "\n\n" + later + "\n"
    # a wording that says all of the kept one and more is the fuller one: it stays
    fuller = first + "禁止事項だけを並べたガイドラインでは、現場の職員は新しい道具を試すことに萎縮してしまいます。"
    out = clean(kept + "\n\n" + later + "\n\n---END---\n\n" + fuller + "\n")
    assert "現場の職員は新しい道具を試すことに萎縮" in out


def test_a_parallel_sentence_that_names_other_things_is_not_a_rewording_in_place():
    # the restart repeats the section's first sentence and gives macOS's path
    # in the place of Linux's: another fact, it stays
    first = "The configuration file is read once at start-up, so restart the service after every change."
    linux = first + " On Linux it lives in /etc/fooctl/config.toml."
    mac = first + " On macOS it lives in ~/Library/Application Support/fooctl/config.toml."
    body = "### Configure\n\n" + linux + "\n\n---END---\n\n### Configure\n\n" + mac + "\n"
    assert "On macOS it lives in ~/Library/Application Support/fooctl/config.toml." in clean(body)


def test_in_a_post_written_in_one_go_an_item_the_next_one_extends_is_the_writers():
    urls = ("- Old address: https://www.example.com/support/\n"
            "- New address: https://www.example.com/support/faq/\n"
            "- New address: https://www.example.com/support/faq/contact/\n")
    body = "The support pages are moving.\n\n" + urls + "\nOld bookmarks will redirect automatically.\n"
    assert clean(body) == HEAD + body
    steps = "- 寝る前に、今日できたことを一つ書く。\n- 寝る前に、今日できたことを一つ書く。書けない日は、書けなかったと書く。\n"
    ja = "次のようなことを試してみてください。\n\n" + steps + "\n二つ目は上級編です。\n"
    assert clean(ja) == HEAD + ja
    # after a seam, the cut item still gives way to the whole one
    cut = "- 寝る前に、今日できたことを\n\n---END---\n\n- 寝る前に、今日できたことを一つ書く。\n"
    assert clean("次のようなことを試してみてください。\n\n" + cut) == HEAD + "次のようなことを試してみてください。\n\n- 寝る前に、今日できたことを一つ書く。\n"


def test_parallel_paragraphs_one_go_wrote_are_not_near_duplicates():
    # parallel facts in parallel words: both stay
    body = (
        "Two teams reported the same problem this week.\n\n"
        "The billing team could not log in to the dashboard on Monday morning because the single sign-on certificate had expired.\n\n"
        "The support team could not log in to the dashboard on Monday morning because the single sign-on certificate had expired.\n\n"
        "Both were fixed by noon.\n"
    )
    assert clean(body) == HEAD + body
    # in a post with a seam, the pair in one chunk is still two facts
    generated = body.replace("Both were fixed", "---END---\n\nBoth were fixed")
    assert clean(generated) == HEAD + body
    # across the seam the second is a restart's reworded copy: one goes
    restarted = body.replace("The support team", "---END---\n\nThe support team")
    assert clean(restarted).count("could not log in") == 1
    # in one go, a copy that says all of the other and more still replaces it
    fuller = (
        "For most households the running cost ends up lower than gas, and the gap widens as the grid gets cleaner.\n\n"
        "For most households the running cost ends up a little lower than gas, and the gap widens every year as the grid gets cleaner.\n"
    )
    assert clean(fuller) == HEAD + "For most households the running cost ends up a little lower than gas, and the gap widens every year as the grid gets cleaner.\n"


def test_a_restart_after_a_cut_item_keeps_the_whole_items_sentences():
    # the list's cut last item gives way to the restart's whole one, and its
    # sentences go with it: the whole item keeps "冷却装置が…" (it went as a
    # "repeat" of the cut copy, lost from both)
    items = "1. **高速化:** 計測にかかる時間が十分の一に縮みました。\n2. **感度:** 磁場の変化を従来の百倍の精度で捉えられます。\n"
    whole = "3. **小型化:** 冷却装置が不要な方式が登場し、装置は手のひらに収まる大きさになりました。価格の下落も速く、研究室でも手が届きます。\n"
    body = ("背景を三点にまとめます。\n\n" + items + "3. **小型化:** 冷却装置が不要な方式が登場し、装置は手のひらに収まる大きさになりました。価格の下落も速く、\n\n"
            "---END---\n\n正直なところ、研究室でも手が届きます。\n\n---END---\n\n"
            + items + whole + "4. **用途:** 医療診断から地下資源の探査まで広がっています。\n\nこの四つが揃いました。\n")
    assert clean(body) == HEAD + (
        "背景を三点にまとめます。\n\n" + items + "\n正直なところ、研究室でも手が届きます。\n\n"
        + whole + "4. **用途:** 医療診断から地下資源の探査まで広がっています。\n\nこの四つが揃いました。\n")


def test_a_list_introduced_by_a_colon_that_a_seam_restarted_inside_loses_its_repeats():
    body = ("Three things make the new code-review bots useful:\n\n"
            "1. **They read the whole diff.** Earlier bots looked at one file at a time and missed cross-file bugs.\n"
            "2. **They cite lines.** Every comment points to the exact line it is about, so reviewers\n\n---END---\n\n"
            "1. **They read the whole diff.** Earlier bots looked at one file at a time and missed cross-file bugs.\n"
            "2. **They cite lines.** Every comment points to the exact line it is about, so reviewers can check it in seconds.\n"
            "3. **They stay quiet.** A bot that comments on everything gets muted within a week.\n\nTeams report shorter review queues.\n")
    assert clean(body) == HEAD + (
        "Three things make the new code-review bots useful:\n\n"
        "1. **They read the whole diff.** Earlier bots looked at one file at a time and missed cross-file bugs.\n"
        "2. **They cite lines.** Every comment points to the exact line it is about, so reviewers can check it in seconds.\n"
        "3. **They stay quiet.** A bot that comments on everything gets muted within a week.\n\nTeams report shorter review queues.\n")


def test_an_item_introducing_a_code_block_said_again_after_the_seam_goes_however_short():
    # the chunk stopped after "2. Copy the card:", the next one said it again
    # with its code block under it: one item, one list
    body = ("Back up the card before every upgrade.\n\n1. Shut the machine down.\n2. Copy the card:\n\n---END---\n\n"
            "2. Copy the card:\n   ```sh\n   dd if=/dev/sdb of=card.img bs=4M\n   ```\n3. Check the image size.\n\n"
            "That is all there is to it; the whole routine takes about ten minutes.\n")
    assert clean(body) == HEAD + (
        "Back up the card before every upgrade.\n\n1. Shut the machine down.\n2. Copy the card:\n"
        "   ```sh\n   dd if=/dev/sdb of=card.img bs=4M\n   ```\n3. Check the image size.\n\n"
        "That is all there is to it; the whole routine takes about ten minutes.\n")
    # a list whose items say the same step twice, with no seam, is the writer's
    twice = "Repeat until clean:\n\n1. Rinse the jar.\n2. Rinse the jar.\n3. Dry it upside down.\n"
    assert clean(twice) == HEAD + twice


def test_an_item_said_again_in_a_parallel_list_under_another_label_stays():
    # two lists of one chunk under two labels share an item: parallel facts;
    # the restart that says both lists again after the seam loses its copies
    lists = ("**Plant A (north)**\n- Inspection stations: 4\n- Line speed: 120 parts per minute\n\n"
             "**Plant B (south)**\n- Inspection stations: 6\n- Line speed: 120 parts per minute\n\n")
    body = ("The two plants at a glance:\n\n" + lists + "Missed defects have fallen by more than half at both plants this year.\n\n---END---\n\n"
            + lists + "For manufacturers struggling to hire, this split may be the most realistic path.\n")
    assert clean(body) == HEAD + ("The two plants at a glance:\n\n" + lists
                                  + "Missed defects have fallen by more than half at both plants this year.\n\n"
                                  "For manufacturers struggling to hire, this split may be the most realistic path.\n")


def test_a_restart_that_only_puts_a_callback_in_front_keeps_the_first_wording():
    first = "According to the plant manager, missed defects have fallen by more than half, and inspectors rarely work overtime any more."
    body = (first + "\n\nThe catch is that every new product needs fresh training images.\n\n---END---\n\n"
            "As I mentioned earlier, " + first[0].lower() + first[1:] + "\n\nThe key is to adjust where the line sits over time.\n")
    assert clean(body) == HEAD + (first + "\n\nThe catch is that every new product needs fresh training images.\n\n"
                                  "The key is to adjust where the line sits over time.\n")


def test_a_restarted_paragraph_with_a_new_sentence_inside_puts_it_in_place():
    a, b, c = ("Missed defects have fallen by more than half this year.", "The catch is that every new product needs fresh training images.",
               "That is the number to watch.")
    new = "The supplier says a new labeling tool should cut that to a few days."
    end = "For manufacturers struggling to hire, this split may be the most realistic path."
    body = f"{a} {b} {c}\n\n{end}\n\n---END---\n\n{a} {b} {new} {c}\n\n{end}\n"
    assert clean(body) == HEAD + f"{a} {b} {new} {c}\n\n{end}\n"
    # a sentence the first copy stopped short of, given whole by the restart
    ja_a, ja_cut = "担当者によれば、見逃しの件数は導入前の半分以下に減りました。", "ただし、新しい製品が加わるたびに、"
    ja_whole = "ただし、新しい製品が加わるたびに、画像を集め直す手間がかかります。"
    ja_end = "こうした取り組みは、人手不足に悩む地方の製造業にとって一つの答えになり得ます。"
    body = f"{ja_a}{ja_cut}\n\n{ja_end}\n\n---END---\n\n{ja_a}{ja_whole}\n\n{ja_end}\n"
    assert clean(body) == HEAD + f"{ja_a}{ja_whole}\n\n{ja_end}\n"


def test_a_short_line_introducing_a_restarted_table_goes_with_it():
    table = "| Plant | Stations |\n|---|---|\n| North | 4 |\n| South | 6 |\n"
    body = ("Results by plant:\n\n" + table + "\nMissed defects fell at every plant this year.\n\n---END---\n\n"
            "Results by plant:\n\n" + table + "\nFor manufacturers struggling to hire, this may be the realistic path.\n")
    assert clean(body) == HEAD + ("Results by plant:\n\n" + table + "\nMissed defects fell at every plant this year.\n\n"
                                  "For manufacturers struggling to hire, this may be the realistic path.\n")
    # written in one go, a recipe's "Ingredients:" over each of its lists stays
    one_go = "Ingredients:\n\n- 2 eggs\n\nIngredients:\n\n- 2 eggs\n"
    assert clean(one_go) == HEAD + one_go


def test_two_lists_of_one_chunk_opening_with_the_same_items_are_two_lists():
    # two recipes' ingredient lists share their first items: no restart, the
    # seam is elsewhere in the post
    thin = "- 125 g plain flour\n- 2 eggs\n- 300 ml milk\n"
    thick = "- 125 g plain flour\n- 2 eggs\n- 1 teaspoon baking powder\n- 150 ml buttermilk\n"
    body = ("## Thin pancakes\n\n" + thin + "\nWhisk everything and rest the batter for half an hour.\n\n## Thick pancakes\n\n" + thick
            + "\nDo not overmix; lumps are fine.\n\n---END---\n\nWe tried blueberries once. Nobody asked for them again.\n")
    assert clean(body) == HEAD + body.replace("\n---END---\n", "")


def test_a_complete_item_before_the_seam_stays_when_the_next_item_starts_with_its_words():
    # "- Check the dashboard" is an item; the next chunk's "- Check the
    # dashboard again after ten minutes" is another, not its restart
    for first, second in (("- Check the dashboard", "- Check the dashboard again after ten minutes"), ("- 窓を閉める", "- 窓を閉める前に網戸の汚れを拭いておく")):
        body = ("After the deploy, in this order:\n\n- Check the error rate\n" + first + "\n\n---END---\n\n" + second
                + "\n- Close the ticket\n\nThat is the whole routine.\n")
        assert clean(body) == HEAD + body.replace("\n---END---\n", "")


def test_a_paragraph_a_colon_shows_again_with_new_sentences_keeps_both_wordings():
    draft = "The ferry left Tallinn at seven. The sea was flat and grey. By noon we could see the islands."
    final = ("The ferry left Tallinn at seven. Half the passengers were truck drivers asleep in the canteen. The sea was flat and grey. "
             "By noon we could see the islands.")
    body = ("My first draft read like this:\n\n" + draft + "\n\n---END---\n\nAfter two rounds of notes, the published version reads:\n\n"
            + final + "\n\nEvery sentence of the draft survived.\n")
    assert clean(body) == HEAD + body.replace("\n---END---\n", "")


def test_a_reminder_sentence_with_a_callback_stays():
    said = "The slow cool is the whole secret."
    body = (said + " Leave the oven door shut for an hour after you turn it off.\n\n## Serving\n\nCut it with a hot knife.\n\n---END---\n\n"
            "## Why it works\n\nAs I mentioned earlier, the slow cool is the whole secret. But it is not the only one: the water bath matters too.\n")
    assert clean(body) == HEAD + body.replace("\n---END---\n", "")


def test_a_line_a_colon_introduced_is_still_the_first_copy_for_a_restart():
    quote = "「新しい製品が増えるたびに画像を集め直すのが一番の負担だ」と、品質管理の責任者は話していました。"
    body = ("## 現場の反応\n\n現場の声：\n\n" + quote + "\n\n導入から一年で、見逃しの件数は半分以下になりました。\n\n---END---\n\n"
            "現場の声：\n\n" + quote + "\n\nこうした取り組みは、人手不足に悩む地方の製造業にとって一つの答えになり得ます。\n")
    out = clean(body)
    assert out.count(quote) == 1 and "こうした取り組みは" in out and out.count("現場の声：") == 1


def test_a_variation_under_its_own_heading_is_not_filled_into_the_base_paragraph():
    base = "Whisk the eggs with the sugar until pale and thick. Take the bowl off the heat and keep whisking until it has cooled. Fold in the flour in three additions."
    variant = base.replace(" Fold in", " Replace 20 g of the flour with cocoa powder. Fold in")
    body = base + "\n\nBake for 25 minutes.\n\n---END---\n\n## Variation: chocolate\n\n" + variant + "\n\nCheck it at 22 minutes.\n"
    out = clean(body)
    # (the cocoa stays under the variation; the base method stays as it was)
    assert out.startswith(HEAD + base + "\n\n") and "Replace 20 g of the flour with cocoa powder." in out.split("## Variation: chocolate")[1]


def test_the_same_step_of_two_parallel_sections_in_one_chunk_stays_whatever_the_seams():
    # one seam anywhere made the post "generated", and the second brand's
    # section (a heading close to the first's, the same step under it) went
    # as a restart; the copies are one chunk's, side by side
    step = "電源を入れたまま、背面のRESETボタンを細いピンで10秒ほど押し続けます。ランプがすべて点滅したら指を離します。"
    sections = "## A社の場合\n\n### 手順1：初期化する\n\n" + step + "\n\n## B社の場合\n\n### 手順1：初期化する\n\n" + step + "\n\n"
    intro = "ルーターの初期化は、設定がすべて消える最後の手段です。\n\n"
    after = "## 再設定\n\n接続IDとパスワードを入力します。\n"
    for body in (intro + sections + "---END---\n\n" + after, intro + "---END---\n\n" + sections + after):
        assert clean(body) == HEAD + body.replace("---END---\n\n", "")
    # across a seam the same section is a restart's copy, and goes
    restarted = intro + "## A社の場合\n\n### 手順1：初期化する\n\n" + step + "\n\n---END---\n\n## A社の場合\n\n### 手順1：初期化する\n\n" + step + "\n\n" + after
    assert clean(restarted).count(step) == 1


def test_a_rewording_that_adds_nothing_keeps_the_first_wording():
    first = "I also send every irregular windfall there: my tax refund, $150 from tutoring, birthday money from my grandmother."
    again = "I also sent every irregular windfall there: my tax refund, $150 from tutoring, and birthday money from my grandmother."
    body = "## Savings\n\n" + first + "\n\n" + again + "\n\nFor the first year the money sat in a savings account.\n"
    assert clean(body) == HEAD + "## Savings\n\n" + first + "\n\nFor the first year the money sat in a savings account.\n"
    # one with more to say stands in the first one's place
    fuller = first.replace("birthday money", "birthday money and the bonus")
    assert clean("## Savings\n\n" + first + "\n\n" + fuller + "\n") == HEAD + "## Savings\n\n" + fuller + "\n"


def test_parallel_facts_in_a_manual_are_two_facts():
    # a manual written in one go describes its classes in the same words;
    # each sentence names what the other does not (the near-duplicate test
    # took the second for the first reworded, and the first took its name)
    body = ("## Globals\n\n### `Crypto`\n\nA browser-compatible implementation of {Crypto}, available when the binary "
            "was compiled with support for the crypto module.\n\n### `CryptoKey`\n\nA browser-compatible implementation of {CryptoKey}, available when the binary "
            "was compiled with support for the crypto module.\n\n### `SubtleCrypto`\n\n"
            "A browser-compatible implementation of {SubtleCrypto}, available when the binary was compiled with support for "
            "the crypto module.\n\n### `util.isNull(object)`\n\n"
            "Returns `true` if the given `object` is `null` or `undefined`. Otherwise, returns `false`.\n\n"
            "### `util.isUndefined(object)`\n\nReturns `true` if the given `object` is `undefined`. Otherwise, returns `false`.\n")
    assert clean(body) == HEAD + body


def test_a_restarts_heading_in_other_words_goes_and_its_new_text_goes_on_the_section():
    first = "建設計画のニュースだけを追っていると見落としがちなのが、送電網への接続にかかる時間です。建物は2年で建っても、電気が来るのは数年後です。"
    second = "このため、事業者の間では「ワット・ビット連携」という言葉が使われ始めました。電気を運ぶより、データを運ぶほうが安いという発想です。"
    new = "ただし、すべての処理を遠隔地に置けるわけではありません。遅延に敏感な用途は、引き続き都市部に近い場所が求められます。"
    section = first + "\n\n" + second + "\n\n"
    body = "## 送電網という見えにくい制約\n\n" + section + "---END---\n\n## 見えにくい制約としての送電網\n\n" + section + new + "\n"
    assert clean(body) == HEAD + "## 送電網という見えにくい制約\n\n" + section + new + "\n"
    # a new section after the seam that opens with new text keeps its heading
    other = "## 立地の選び方\n\n" + new + "\n"
    body = "## 送電網という見えにくい制約\n\n" + section + "---END---\n\n" + other
    assert clean(body) == HEAD + "## 送電網という見えにくい制約\n\n" + section + other


def test_a_refrain_stays_and_a_loop_of_sections_goes_in_a_post_written_in_one_go():
    chorus = "**Chorus**\n\nSo row us home, old ferryman, row us over the bay,\nthe tide is turning under us and the lights are far away.\n\n"
    song = ("A song I wrote on the night ferry.\n\n**Verse 1**\n\nThe lamps are low on the harbour wall, the gulls have gone to bed.\n\n" + chorus
            + "**Verse 2**\n\nThe engine coughs, the rope comes in, the town begins to shrink.\n\n" + chorus.rstrip("\n") + "\n")
    assert clean(song.replace("---", "")) == HEAD + song
    a = "## Setup\n\nInstall the package with pip and create a virtual environment before anything else.\n\n"
    b = "## Usage\n\nRun the command on a folder of posts and read the report it prints at the end.\n\n"
    loop = a + b + a + b.rstrip("\n") + "\n"
    assert clean(loop) == HEAD + a + b.rstrip("\n") + "\n"


def test_a_new_sections_heading_after_a_seam_stays_when_it_names_another_thing():
    # "Installing on Linux" opens a parallel section whose first paragraph
    # repeats the macOS one: the repeat may go, the heading stays
    step = "Download the release archive from the releases page and verify its checksum before you unpack it anywhere."
    body = ("## Installing on macOS\n\n" + step + "\n\nOn macOS, move the binary to /usr/local/bin.\n\n---END---\n\n## Installing on Linux\n\n"
            + step + "\n\nOn Linux, copy the binary to ~/.local/bin and mark it executable.\n")
    out = clean(body)
    assert "## Installing on Linux\n" in out and "On Linux, copy" in out.split("## Installing on Linux")[1]


def test_parallel_facts_of_one_chunk_stay_in_a_post_with_seams():
    # a seam further down made the post "generated": two plants, two commands
    # described in the same words, one chunk - two facts, not a restart
    for first, second in (("川崎工場では、生産ラインを一日二交代で動かし、毎週日曜日に設備の点検のため停止しています。",
                           "相模原工場では、生産ラインを一日二交代で動かし、毎週日曜日に設備の点検のため停止しています。"),
                          ("Run `brew install tidepool` and then `tidepool init --profile default` to create the configuration file.",
                           "Run `apt install tidepool` and then `tidepool init --profile default` to create the configuration file.")):
        body = "## One\n\n" + first + "\n\n## Two\n\n" + second + "\n\n## Outlook\n\nThe plan for next year is\n\n---END---\n\nstill being written.\n"
        assert clean(body) == HEAD + body.replace("is\n\n---END---\n\nstill", "is still")


def test_a_paragraph_reworded_in_one_chunk_is_still_one_copy():
    # a capital after a full stop is no name: "Gluten develops…" / "The
    # gluten develops…" does not make the two wordings two facts
    first = ("The long, cold rest does the work that kneading would otherwise do. Gluten develops on its own while you sleep, "
             "and the slow fermentation gives the bread a deeper flavour than a same-day dough ever manages.")
    again = ("The long, cold rest is doing the job that kneading would otherwise do. The gluten develops by itself while you sleep, "
             "and slow fermentation gives the bread a deeper flavour than a same-day dough ever manages.")
    body = "## Why overnight\n\n" + first + "\n\n---END---\n\n" + again + "\n\n## Shaping\n\nOil the tin generously.\n"
    assert clean(body) == HEAD + "## Why overnight\n\n" + first + "\n\n## Shaping\n\nOil the tin generously.\n"


def test_a_stanza_revised_in_one_line_stays_whole_in_a_post_written_in_one_go():
    first = "The ferry leaves at six o'clock,\nthe gulls have gone before,\nmy father counts the lobster pots\nand leaves them by the door."
    revised = first.replace("and leaves them by the door.", "and never shuts the door.")
    body = "In the 1962 edition the poem read:\n\n" + first + "\n\nIn the 1971 edition the last line was revised.\n\n" + revised + "\n"
    assert clean(body) == HEAD + body
