"""Seam markers and splicing, whole posts in and out."""

from __future__ import annotations

from cleaner.pipeline import clean_text
from cleaner.rules.seams import overlap
from cleaner.settings import Settings

HEAD = "---\ntitle: \"Seams\"\n---\n\n"


def clean(body: str, **settings) -> str:
    return clean_text(HEAD + body, Settings(select=("seams", "dedup"), **settings)).text


def test_tail_overlap_is_kept_once_japanese():
    body = "市場は急速に拡大しており、特に中小企業の導入が\n\n---END---\n\n特に中小企業の導入が目立っています。\n"
    assert clean(body) == HEAD + "市場は急速に拡大しており、特に中小企業の導入が目立っています。\n"


def test_tail_overlap_is_kept_once_english():
    body = "The survey shows that most readers prefer\n\n---END---\n\nmost readers prefer shorter articles on weekdays.\n"
    assert clean(body) == HEAD + "The survey shows that most readers prefer shorter articles on weekdays.\n"


def test_mid_sentence_cut_without_overlap_is_joined_with_a_space_in_english():
    body = "The committee will publish its findings in\n\n---END---\n\nthe spring, after a public hearing.\n"
    assert clean(body) == HEAD + "The committee will publish its findings in the spring, after a public hearing.\n"


def test_overlap_must_start_at_a_word_boundary():
    # "ning" would be a coincidental overlap inside a word; a cut word
    # restarted whole ("plann" / "planning") is a real one
    assert overlap("The cost of planning", "ning starts early.") == 0
    assert overlap("We are plann", "planning the route.") == len("plann")
    assert overlap("Prices rose by ten percent in", "ten percent in March.") == len("ten percent in")


def test_a_long_overlap_counts_wherever_it_starts():
    # a restart from inside a word: twenty characters repeated at a seam are
    # no coincidence, so the overlap is kept once (it used to be joined whole:
    # "…Everything built on tes text. Everything built on it…")
    assert overlap("It reads text and writes text. Everything built on", "tes text. Everything built on it has to move.") == len("tes text. Everything built on")
    body = "It reads text and writes text. Everything built on\n\n---END---\n\ntes text. Everything built on it has to move as well.\n"
    assert clean(body) == HEAD + "It reads text and writes text. Everything built on it has to move as well.\n"


def test_a_short_japanese_overlap_at_a_word_start_is_kept_once():
    # hiragana then kanji or katakana starts a word: "どこまで" / "説明して"
    body = "AIが出した金額の根拠を、保険会社はどこまで説明して\n\n---END---\n\n説明してもらえるのか。当局も関心を寄せています。\n"
    assert clean(body) == HEAD + "AIが出した金額の根拠を、保険会社はどこまで説明してもらえるのか。当局も関心を寄せています。\n"


def test_a_short_tail_said_before_still_finishes_the_cut_sentence():
    # "りました。" is said earlier in the post too: by chance, not a restart
    body = "状況がわかりました。\n\n件数は二割ほど増えるようにな\n\n---END---\n\nりました。\n"
    assert clean(body) == HEAD + "状況がわかりました。\n\n件数は二割ほど増えるようになりました。\n"


def test_a_word_cut_by_the_seam_is_joined_without_a_space_when_the_post_writes_it_whole():
    body = "A fire reported forty minutes after ign\n\n---END---\n\nition is harder to fight. Every minute between ignition and the first call counts.\n"
    assert clean(body) == HEAD + "A fire reported forty minutes after ignition is harder to fight. Every minute between ignition and the first call counts.\n"


def test_marker_variants_and_marker_at_end_of_file():
    body = (
        "First paragraph of the article stands here.\n\n--- END ---\n\n"
        "Second paragraph follows the first one.\n[END]\n"
        "Third paragraph closes the piece.\n\n<END>"
    )
    out = clean(body)
    assert "END" not in out
    assert out.endswith("Third paragraph closes the piece.\n")
    assert "Second paragraph follows the first one.\n\nThird" in out


def test_configurable_marker_pattern():
    body = "The first part ends here.\n\n=== CONTINUE ===\n\nThe second part starts here.\n"
    assert "CONTINUE" in clean(body)
    assert clean(body, markers=(r"=+\s*CONTINUE\s*=+",)) == HEAD + "The first part ends here.\n\nThe second part starts here.\n"


def test_unfinished_last_chunk_is_kept_and_reported_or_trimmed_on_request():
    body = "A complete sentence opens the post.\n\nThe last chunk stops before its\n\n---END---\n"
    outcome = clean_text(HEAD + body, Settings(select=("seams",)))
    assert outcome.text == HEAD + "A complete sentence opens the post.\n\nThe last chunk stops before its\n"
    assert any(f.action == "kept" and "mid-sentence" in f.reason for f in outcome.fixes)
    trimmed = clean_text(HEAD + "Kept sentence here. And a cut one that\n\n---END---\n", Settings(select=("seams",), trim_unfinished_tail=True))
    assert trimmed.text == HEAD + "Kept sentence here.\n"


def test_restart_from_earlier_text_keeps_only_new_sentences_in_order():
    body = (
        "Alpha paragraph explains the background in detail.\n\n"
        "Beta paragraph describes the proposal and its costs.\n\n---END---\n\n"
        "Alpha paragraph explains the background in detail.\n\n"
        "Beta paragraph describes the proposal and its costs.\n\n"
        "Gamma paragraph is genuinely new and must survive.\n"
    )
    assert clean(body) == HEAD + (
        "Alpha paragraph explains the background in detail.\n\n"
        "Beta paragraph describes the proposal and its costs.\n\n"
        "Gamma paragraph is genuinely new and must survive.\n"
    )


def test_markers_inside_code_fences_are_content():
    body = "Example of a pipeline file:\n\n```\n---END---\n```\n"
    assert clean(body) == HEAD + body


def test_japanese_overlap_from_inside_a_clause_is_kept_once():
    # no boundary is visible between 「には」 and 「新しい工場が」: the restart
    # begins mid-clause, and four CJK letters of overlap are enough evidence
    body = "その結果、2025年には新しい工場が\n\n---END---\n\n新しい工場が次々と稼働を始めました。\n"
    assert clean(body) == HEAD + "その結果、2025年には新しい工場が次々と稼働を始めました。\n"


def test_japanese_overlap_starting_with_a_figure_or_a_long_vowel_mark_is_kept_once():
    # a figure after kana starts a word as plainly as a space; "ー" (of no
    # script in Unicode) is a letter of the katakana word it is in
    body = "新しい原子炉が稼働するまでには10年以上かかることも珍しくなく、その間に\n\n---END---\n\n10年以上かかることも珍しくなく、その間に需要の見通しが変わります。\n"
    assert clean(body) == HEAD + "新しい原子炉が稼働するまでには10年以上かかることも珍しくなく、その間に需要の見通しが変わります。\n"
    assert overlap("社内に新しいファイルサー", "ーバーを置きました。") == 0  # one letter: a coincidence
    assert overlap("社内に新しいファイルサーバーを置き", "ーバーを置き、毎晩バックアップしています。") == len("ーバーを置き")


def test_a_four_letter_japanese_overlap_inside_a_clause_is_kept_once():
    # 「ではなく」 restarted after 「のではなく」: no Japanese says it twice in a row
    body = "担当者の仕事は、なくなるのではなく\n\n---END---\n\nではなく、例外を見極める仕事へと変わっていきます。\n"
    assert clean(body) == HEAD + "担当者の仕事は、なくなるのではなく、例外を見極める仕事へと変わっていきます。\n"


def test_a_short_japanese_coincidence_inside_a_clause_is_not_an_overlap():
    # 「らの」 (2 letters, no kanji word) ends A and starts B by chance:
    # joined, nothing cut
    body = "地域では彼らの\n\n---END---\n\nらの字のつく店が増えるにつれて雇用も伸びました。\n"
    assert clean(body) == HEAD + "地域では彼らのらの字のつく店が増えるにつれて雇用も伸びました。\n"
    # (a kanji word with its particle, 「工場が」, is said once: nobody writes
    # "新しい工場が工場が増える")
    body = "地域では新しい工場が\n\n---END---\n\n工場が増えるにつれて雇用も伸びました。\n"
    assert clean(body) == HEAD + "地域では新しい工場が増えるにつれて雇用も伸びました。\n"


def test_narration_between_a_cut_and_its_continuation_is_removed_before_the_splice():
    body = (
        "各国の政府は補助金を積み増しています。その結果、2025年には新しい工場が\n\n---END---\n\n"
        "以下が記事の続きです。\n\n新しい工場が次々と稼働を始め、地域の雇用も増えています。\n"
    )
    out = clean_text(HEAD + body, Settings(min_article_chars=0)).text  # a two-sentence article
    assert out == HEAD + "各国の政府は補助金を積み増しています。その結果、2025年には新しい工場が次々と稼働を始め、地域の雇用も増えています。\n"


def test_a_near_copy_after_a_cut_is_skipped_and_the_cut_sentence_finished_japanese():
    # the next chunk restarts with a near copy of an earlier sentence (one
    # letter differs), then finishes the cut sentence: the cut sentence is
    # joined with its end, not with the copy.  The copy is too short for the
    # dedup rule to remove as a near repeat (min_near_dup_chars), so it stays.
    body = (
        "棚ごと運ぶロボットは、今では中規模の倉庫でも珍しくありません。\n\n"
        "しかし、補助だけで赤字を埋め続けるのは難しいのが実情です。注目され\n\n---END---\n\n"
        "棚と運ぶロボットは、今では中規模の倉庫でも珍しくありません。\n\n"
        "ているのが、観光列車と日常の運行を組み合わせる取り組みです。\n"
    )
    assert clean(body) == HEAD + (
        "棚ごと運ぶロボットは、今では中規模の倉庫でも珍しくありません。\n\n"
        "しかし、補助だけで赤字を埋め続けるのは難しいのが実情です。注目されているのが、観光列車と日常の運行を組み合わせる取り組みです。\n\n"
        "棚と運ぶロボットは、今では中規模の倉庫でも珍しくありません。\n"
    )


def test_a_near_copy_after_a_cut_is_skipped_and_removed_as_a_repeat_english():
    body = (
        "Rural libraries have quietly become the place where people print their tax forms every spring.\n\n"
        "Funding, however, has not followed the visitors. What the board proposes\n\n---END---\n\n"
        "Rural libraries have quietly become the place where people print tax forms every spring.\n\n"
        "is a shared van that carries books between the three villages.\n"
    )
    assert clean(body) == HEAD + (
        "Rural libraries have quietly become the place where people print their tax forms every spring.\n\n"
        "Funding, however, has not followed the visitors. What the board proposes "
        "is a shared van that carries books between the three villages.\n"
    )


def test_a_new_paragraph_after_a_cut_is_still_joined_when_it_only_resembles_nothing():
    # the near-copy check must not stop an ordinary continuation
    body = "The committee will publish its findings in\n\n---END---\n\nthe spring, after a public hearing.\n\nA second paragraph follows.\n"
    assert clean(body) == HEAD + "The committee will publish its findings in the spring, after a public hearing.\n\nA second paragraph follows.\n"


def test_a_second_cut_in_a_paragraph_spliced_over_repeats_is_joined_too():
    # the first seam's cut sentence restarts after a repeated paragraph and is
    # spliced there; that paragraph is cut again by a second seam, whose
    # continuation must be joined to the spliced paragraph (not to the repeat
    # now standing last)
    body = (
        "Rural libraries have quietly become the place where people print their tax forms every spring.\n\n"
        "Funding has not followed the visitors. Even so\n\n---END---\n\n"
        "Rural libraries have quietly become the place where people print tax forms every spring.\n\n"
        "Even so, most boards still meet once a month. What they propose now\n\n---END---\n\n"
        "is a shared van that carries books between the three villages.\n"
    )
    assert clean(body) == HEAD + (
        "Rural libraries have quietly become the place where people print their tax forms every spring.\n\n"
        "Funding has not followed the visitors. Even so, most boards still meet once a month. "
        "What they propose now is a shared van that carries books between the three villages.\n"
    )


def test_a_near_copy_that_lost_a_footnote_mark_is_a_repeat_not_the_end_of_the_cut_sentence():
    # found by the long run: the copy lost "stay,[^1]", so its figures differ
    # from the sentence it repeats; joined with the cut "[^1]: Figures", the
    # copy then replaced the original sentence as its "more complete" wording
    body = (
        "Footnotes stay,[^1] and so do numbered references [1] and links with other tracking parameters.\n\n"
        "Installation is where most of the money goes. [^1]: Figures\n\n---END---\n\n"
        "Footnotes and so do numbered references [1] and links with other tracking parameters.\n\n"
        "[^1]: Figures are seasonal averages.\n"
    )
    # (the copy itself stays: with other figures it is not dedup's near
    # duplicate - a number differs, maybe a fact - and keeping it loses nothing)
    assert clean(body) == HEAD + (
        "Footnotes stay,[^1] and so do numbered references [1] and links with other tracking parameters.\n\n"
        "Installation is where most of the money goes. [^1]: Figures are seasonal averages.\n\n"
        "Footnotes and so do numbered references [1] and links with other tracking parameters.\n"
    )


def test_a_cut_sentence_that_repeats_its_opening_words_is_continued_not_restarted():
    # a refrain cut after its first words: the next chunk goes on in lower
    # case, so it continues the sentence; a restart would begin it again with
    # its capital (found by the property test on a song's refrain)
    body = "The crew sang the old refrain. Pull together,\n---END---\n\npull together, the harbour lights are near.\n"
    assert clean(body) == HEAD + "The crew sang the old refrain. Pull together, pull together, the harbour lights are near.\n"
    restarted = "The crew sang the old refrain. Pull together,\n---END---\n\nPull together, the harbour lights are near.\n"
    assert clean(restarted) == HEAD + "The crew sang the old refrain. Pull together, the harbour lights are near.\n"


def test_a_code_block_cut_by_a_seam_and_given_again_whole_is_kept_once():
    # the fence was never closed: without the seam read as one, the marker
    # and the second opening fence were published inside one code block
    code = '```python\ndef cost(tokens, price):\n    """Cost of one call."""\n    return tokens * price / 1_000_000\n```'
    body = f"The function is short.\n\n{code[:60]}\n\n---END---\n\n{code}\n\nThat is all it takes.\n"
    assert clean(body) == HEAD + f"The function is short.\n\n{code}\n\nThat is all it takes.\n"


def test_a_table_cut_mid_row_and_given_again_whole_is_kept_once():
    table = "| 種類 | 強み |\n|---|---|\n| 汎用GPU | ソフトウェア資産が豊富 |\n| 推論専用ASIC | 電力効率が高い |"
    intro = "代表的な選択肢を表にまとめます。"
    body = f"{intro}\n\n{table[:-12]}\n\n---END---\n\n{intro}\n\n{table}\n\nどれを選ぶかは用途次第です。\n"
    assert clean(body) == HEAD + f"{intro}\n\n{table}\n\nどれを選ぶかは用途次第です。\n"


def test_a_marker_inside_a_code_block_that_goes_on_stays_code():
    # a post about the pipeline shows its marker in a fence: no second
    # opening of the same fence after it, so it is the code's own line
    body = "The glue script writes:\n\n```text\nfirst chunk\n---END---\nsecond chunk\n```\n"
    assert clean(body) == HEAD + body


def test_a_list_cut_mid_item_and_restarted_stays_one_tight_list():
    # the restart repeats item 2 and gives item 3 whole: without the join the
    # two copies stood as two lists with a blank line between (a loose list)
    first = "1. **Retention.** Ask how long prompts are stored.\n2. **Subprocessors.** Ask who else touches the data.\n"
    body = (
        "Here is the checklist I use with clients.\n\n" + first + "3. **Isolation.** Ask whether your data shares a cache or a fine\n\n---END---\n\n"
        "2. **Subprocessors.** Ask who else touches the data.\n3. **Isolation.** Ask whether your data shares a cache or a fine-tuned model.\n"
        "4. **Exit.** Ask how you get your data back.\n"
    )
    assert clean(body) == HEAD + (
        "Here is the checklist I use with clients.\n\n" + first
        + "3. **Isolation.** Ask whether your data shares a cache or a fine-tuned model.\n4. **Exit.** Ask how you get your data back.\n"
    )


def test_two_lists_around_a_seam_that_share_nothing_stay_apart():
    body = "- apples\n- pears\n\n---END---\n\n- carrots\n- leeks\n"
    assert clean(body) == HEAD + "- apples\n- pears\n\n- carrots\n- leeks\n"


def test_a_list_item_cut_on_a_comma_is_finished_by_the_line_the_list_goes_on_under():
    body = "- 需要の予測：過去の実績をもとに翌日の需要を見積もります。\n- 発電量の予測：気象データをもとに、\n\n---END---\n\n太陽光や風力の出力を推定します。\n- 価格の予測：需給の見通しから市場価格を見積もります。\n"
    assert clean(body) == HEAD + "- 需要の予測：過去の実績をもとに翌日の需要を見積もります。\n- 発電量の予測：気象データをもとに、太陽光や風力の出力を推定します。\n- 価格の予測：需給の見通しから市場価格を見積もります。\n"
    # a paragraph after the marker, with no list under it, is not the item's end
    alone = "- 発電量の予測：気象データをもとに、\n\n---END---\n\n正直なところ、詳しい数値はまだ公表されていません。\n"
    assert clean(alone) == HEAD + "- 発電量の予測：気象データをもとに、\n\n正直なところ、詳しい数値はまだ公表されていません。\n"


def test_after_continuation_dots_a_short_repeat_of_the_cut_words_is_kept_once():
    # the dots say where the next chunk goes on; the words it says again
    # after them are the cut tail (two letters, or one kanji, are enough here)
    body = "雨の日の観光は、屋内の施設を中心に回るのが今後\n\n---END---\n\n…今後も定番になりそうです。\n"
    assert clean(body) == HEAD + "雨の日の観光は、屋内の施設を中心に回るのが今後も定番になりそうです。\n"
    body = "予約は早めに済ませることが肝\n\n---END---\n\n…肝心です。\n"
    assert clean(body) == HEAD + "予約は早めに済ませることが肝心です。\n"
    body = "The museum is the best rainy-day\n\n---END---\n\n...rainy-day option in the old town.\n"
    assert clean(body) == HEAD + "The museum is the best rainy-day option in the old town.\n"


def test_a_cut_sentence_goes_on_past_a_restart_that_was_cut_too():
    # A stops inside a clause; the next chunk restarts earlier text (here
    # under the post's heading, flattened) and is cut too; the chunk after
    # that goes on with A
    body = (
        "## 倉庫のロボットは人手不足を救えるか。\n\n現場を見て回ると、ロボットが止まる場面に何度も出会った。\n\n"
        "だから僕は、導入を考えている会社には、\n\n---END---\n\n"
        "## 倉庫のロボットは人手不足を救えるか。 現場を見て回ると、ロボットが止まる場面に何度も出会った。 止まったときに\n\n"
        "---END---\n\nまず一つの区画だけで半年ほど試すことを勧めている。\n"
    )
    # (the restart's copy goes as repeats, and with it the few words it was cut after)
    assert clean(body) == HEAD + (
        "## 倉庫のロボットは人手不足を救えるか。\n\n現場を見て回ると、ロボットが止まる場面に何度も出会った。\n\n"
        "だから僕は、導入を考えている会社には、まず一つの区画だけで半年ほど試すことを勧めている。\n"
    )
    # a chunk that goes on with the cut restart (its dots) is not A's rest
    dotted = body.replace("まず一つの区画", "…止まったときに人が駆けつける。まず一つの区画")
    assert "会社には、\n" in clean(dotted)
    # nor is a label opening a section
    label = body.replace("まず一つの区画", "**技術者の皆さんへ**\n\nまず一つの区画")
    assert "会社には、\n" in clean(label)


def test_a_chunk_opening_with_a_bold_label_starts_a_section_and_is_not_joined_to_a_cut_one():
    body = (
        "**For investors:** look at the suppliers that sell to all sides, the companies that build the small,\n\n"
        "---END---\n\n**For engineers:** this is one of the most interesting systems problems around.\n"
    )
    assert clean(body) == HEAD + body.replace("---END---\n\n", "")
    # bold emphasis going on with the sentence is joined
    body = "The real advantage here is\n\n---END---\n\n**speed**, not size.\n"
    assert clean(body) == HEAD + "The real advantage here is **speed**, not size.\n"


def test_continuation_dots_that_repeat_nothing_stay_at_the_join_unless_it_is_inside_a_sentence():
    # no words said again: the dots are all that marks the break ("…可能" /
    # "…持続可能性が…" may be two cut sentences)
    body = "駅前の再開発で、商店街の活性化も可能\n\n---END---\n\n…持続可能性が問われるのはこれからです。\n"
    assert clean(body) == HEAD + "駅前の再開発で、商店街の活性化も可能…持続可能性が問われるのはこれからです。\n"
    # but a chunk stopped on a particle, or one going on mid-sentence, is one
    # sentence cut in two: the dots only said where it goes on
    body = "駅前の再開発で、商店街の客足は\n\n---END---\n\n…戻りつつあります。\n"
    assert clean(body) == HEAD + "駅前の再開発で、商店街の客足は戻りつつあります。\n"
    body = "- 費用：人の最終確認を前提とする運用\n\n---END---\n\n...は、長く続けるうえで欠かせません。\n"
    assert clean(body) == HEAD + "- 費用：人の最終確認を前提とする運用は、長く続けるうえで欠かせません。\n"


def test_after_continuation_dots_a_long_repeat_splices_even_after_a_closing_bracket():
    # "）" reads as a sentence end, but the next chunk says the words again
    body = "導入には、公共の現場に特有の厳しい要件（安全、個人情報、説明責任）\n\n---END---\n\n…公共の現場に特有の厳しい要件（安全、個人情報、説明責任）を満たす必要があります。\n"
    assert clean(body) == HEAD + "導入には、公共の現場に特有の厳しい要件（安全、個人情報、説明責任）を満たす必要があります。\n"


def test_an_overlap_starting_inside_bold_marks_is_kept_once():
    # "**" opens the word the next chunk restarts
    body = "注目すべきは、こうした動きの中で**ハイブリッド\n\n---END---\n\nハイブリッド検索**が標準機能になったことです。\n"
    assert clean(body) == HEAD + "注目すべきは、こうした動きの中で**ハイブリッド検索**が標準機能になったことです。\n"


def test_a_list_item_cut_by_a_seam_goes_on_in_the_line_the_rest_of_the_list_is_glued_under():
    body = (
        "- 医療：架空の診療記録で診断支援AIを検証する\n- 金融：不正取引のパターンを増やし、数の少ない\n\n---END---\n\n"
        "不正事例をAIに学ばせる\n- 製造：不良品の画像を生成する\n\n次に、費用の問題です。\n"
    )
    assert clean(body) == HEAD + (
        "- 医療：架空の診療記録で診断支援AIを検証する\n- 金融：不正取引のパターンを増やし、数の少ない不正事例をAIに学ばせる\n"
        "- 製造：不良品の画像を生成する\n\n次に、費用の問題です。\n"
    )
    # a label of its own over the list that goes on is no item's rest
    labelled = body.replace("不正事例をAIに学ばせる\n", "製造業の例：\n")
    assert "製造業の例：" in clean(labelled)


def test_a_fence_cut_by_a_seam_and_opened_again_after_a_restarted_paragraph_keeps_one_copy():
    # the chunk stopped inside the fence; the next one restarts the
    # paragraph before it and gives the block whole
    intro = "A cache that silently serves the wrong environment is worse than no cache. So we added a cheap check:"
    whole = "```bash\npip freeze --exclude-editable | sort > /tmp/installed.txt\ndiff -u /tmp/expected.txt /tmp/installed.txt\n```"
    cut = "```bash\npip freeze --exclude-editable | sort > /tmp/installed.txt"
    after = "The check takes two seconds and has caught three stale caches since."
    body = intro + "\n\n" + cut + "\n\n---END---\n\n" + intro + "\n\n" + whole + "\n\n" + after + "\n"
    assert clean(body) == HEAD + intro + "\n\n" + whole + "\n\n" + after + "\n"


def test_a_restart_that_rewords_the_cut_sentences_first_words_is_spliced_there():
    # "合成データというのは、…" cut, restarted as "合成データは、…": the restart
    # stands, the cut copy goes (joining them said the clause twice)
    body = (
        "合成データというのは、実在の個人情報を含まないため、プライバシーの\n\n---END---\n\n"
        "合成データは、実在の個人情報を含まないため、プライバシーの規制をクリアしやすいという利点があります。\n"
    )
    assert clean(body) == HEAD + "合成データは、実在の個人情報を含まないため、プライバシーの規制をクリアしやすいという利点があります。\n"
    # a different sentence with the same opening goes on as it is: joined
    other = body.replace("合成データは、実在の個人情報を含まないため、プライバシーの規制", "合成データは、学習の偏りを減らすためにも使われ、その点でも規制")
    assert "プライバシーの合成データは、学習の偏り" in clean(other)


def test_a_stub_paragraph_the_next_chunk_restarts_goes_however_short():
    # "一方" alone, then the chunk that says it again: joined, it read twice
    body = "一方\n\n---END---\n\n一方、現場の配車担当者からは戸惑いの声も上がっているようです。\n"
    assert clean(body) == HEAD + "一方、現場の配車担当者からは戸惑いの声も上がっているようです。\n"
    english = "However\n\n---END---\n\nHowever, the drivers were not asked.\n"
    assert clean(english) == HEAD + "However, the drivers were not asked.\n"
    # a stub the next chunk goes on from is still joined
    joined = "一方で\n\n---END---\n\n現場の配車担当者からは戸惑いの声も上がっています。\n"
    assert clean(joined) == HEAD + "一方で現場の配車担当者からは戸惑いの声も上がっています。\n"


def test_an_opening_bracket_the_next_chunk_opens_again_is_kept_once():
    body = "もう一つの課題は、ロボットの「\n\n---END---\n\n「身体」をどう設計するかです。\n"
    assert clean(body) == HEAD + "もう一つの課題は、ロボットの「身体」をどう設計するかです。\n"


def test_an_english_word_cut_inside_a_japanese_sentence_is_joined_without_a_space():
    body = "RAG（Retrieval-Augmen\n\n---END---\n\nted Generation：検索拡張生成）は、文書を検索してから答える方式です。\n"
    assert clean(body) == HEAD + "RAG（Retrieval-Augmented Generation：検索拡張生成）は、文書を検索してから答える方式です。\n"
    # two English words, lower case both, stay two words
    words = "この分野はmachine\n\n---END---\n\nlearningと呼ばれ、今も研究が続いています。\n"
    assert clean(words) == HEAD + "この分野はmachine learningと呼ばれ、今も研究が続いています。\n"


def test_a_restart_that_rewords_the_cut_sentence_more_freely_is_spliced_there():
    # "特に注意したいのは…透明性義務で" cut, restarted as "特に注目すべきは…（GPAI）…透明性の義務です。"
    body = (
        "特に注意したいのは、汎用目的AIモデルの提供者に課される透明性義務で\n\n---END---\n\n"
        "特に注目すべきは、汎用目的AI（GPAI）モデルの提供者に課される透明性の義務です。学習データの概要の公表が求められます。\n"
    )
    assert clean(body) == HEAD + "特に注目すべきは、汎用目的AI（GPAI）モデルの提供者に課される透明性の義務です。学習データの概要の公表が求められます。\n"


def test_a_paragraph_restarted_in_other_words_then_the_cut_sentence_whole_is_spliced_there():
    lead = "The license is where things get interesting."
    cut = "Lumen-7B ships under a custom license that allows commercial use for small companies, but requires larger firms to"
    again = "The license is where the story gets more complicated."
    whole = cut + " negotiate a separate agreement."
    body = lead + " " + cut + "\n\n---END---\n\n" + again + " " + whole + "\n"
    # the longer wording of the first sentence stays, the cut sentence once, whole
    assert clean(body) == HEAD + again + " " + whole + "\n"
    # a next chunk that says other things after a sentence like the first is joined as before
    other = lead + " " + cut + "\n\n---END---\n\nnegotiate a separate agreement. " + again + "\n"
    assert clean(other) == HEAD + lead + " " + whole + " " + again + "\n"


def test_a_short_kanji_word_or_figure_said_again_after_the_seam_is_kept_once():
    body = "広告単価がそのコスト増を吸収\n\n---END---\n\n吸収できるのかどうかが、収益性を左右するはずです。\n"
    assert clean(body) == HEAD + "広告単価がそのコスト増を吸収できるのかどうかが、収益性を左右するはずです。\n"
    figure = "利用者は減っています。79\n\n---END---\n\n790万人規模の地域では、補助だけで赤字を埋めるのは難しいのが実情です。\n"
    assert clean(figure) == HEAD + "利用者は減っています。790万人規模の地域では、補助だけで赤字を埋めるのは難しいのが実情です。\n"
    # a figure cut and finished: one figure, no space
    cut = "この市場は数年のうちに約12\n\n---END---\n\n00億円規模に達するとも言われています。\n"
    assert clean(cut) == HEAD + "この市場は数年のうちに約1200億円規模に達するとも言われています。\n"


def test_a_heading_or_quote_the_chunk_stopped_on_gives_way_to_the_whole_one():
    para = "量産効果が表れるまでには、同じ設計の炉を何基も建てる必要があります。"
    after = "私が投資家の方にお勧めしたいのは、設計認可の進み具合を追いかけることです。"
    body = para + "\n\n## 投資家が見るべき\n\n---END---\n\n## 投資家が見るべき三つの指標\n\n" + after + "\n"
    assert clean(body) == HEAD + para + "\n\n## 投資家が見るべき三つの指標\n\n" + after + "\n"
    quote = para + "\n\n> 出典を説明できないモデルは、いずれ\n\n---END---\n\n> 出典を説明できないモデルは、いずれ市場から信頼を失う。\n\n" + after + "\n"
    assert clean(quote) == HEAD + para + "\n\n> 出典を説明できないモデルは、いずれ市場から信頼を失う。\n\n" + after + "\n"
    # a heading of another rank is another heading
    ranks = para + "\n\n## 投資家が見るべき\n\n---END---\n\n### 投資家が見るべき三つの指標\n\n" + after + "\n"
    assert "## 投資家が見るべき\n" in clean(ranks)


def test_a_list_item_cut_right_after_its_bold_label_gives_way_to_the_whole_item():
    intro = "具体的には次のような取り組みです。"
    first = "- **エスカレーションの基準**：AIから人間へ引き継ぐ条件を明文化する。"
    whole = "- **会話要約の共有**：引き継ぎ時に、AIがそれまでのやり取りを要約して渡す。"
    body = intro + "\n\n" + first + "\n- **会話要約の共有**：\n\n---END---\n\n" + whole + "\n"
    assert clean(body) == HEAD + intro + "\n\n" + first + "\n" + whole + "\n"


def test_a_paragraph_said_again_with_its_cut_sentence_restarted_in_other_words_is_spliced_there():
    lead = "普及を左右するもう一つの要因は、お金の問題です。"
    body = (lead + "AIを使っても診療報酬が上乗せされなければ、病院にとって導入費\n\n---END---\n\n"
            + lead + "AIを利用しても診療報酬の上乗せがなければ、病院にとって導入費用はそのままコストとして残ります。\n")
    assert clean(body) == HEAD + lead + "AIを利用しても診療報酬の上乗せがなければ、病院にとって導入費用はそのままコストとして残ります。\n"


def test_a_table_the_seam_cut_goes_on_as_one_table():
    head = "| Metric | Operator X | Operator Y |\n|---|---|---|\n| Cities with paid service | 5 | 3 |\n"
    after = "\n\nThe last row deserves attention.\n"
    # the cut row given whole, the rows going on
    body = head + "| Weekly paid rides | 150,000 |\n\n---END---\n\n| Weekly paid rides | 150,000 | 40,000 |\n| Remote assists | 2.1 | 3.4 |" + after
    assert clean(body) == HEAD + head + "| Weekly paid rides | 150,000 | 40,000 |\n| Remote assists | 2.1 | 3.4 |" + after
    # the last row given again
    again = head + "\n---END---\n\n| Cities with paid service | 5 | 3 |\n| Remote assists | 2.1 | 3.4 |" + after
    assert clean(again) == HEAD + head + "| Remote assists | 2.1 | 3.4 |" + after
    # a cell cut mid-value and finished after the marker
    cell = "| 指標 | 導入前 | 導入後 |\n|---|---|---|\n| 一次解決率 | 61% | 7\n\n---END---\n\n4% |\n| 応答放棄率 | 18% | 4% |\n\n数字だけを見れば劇的な改善です。\n"
    assert clean(cell) == HEAD + "| 指標 | 導入前 | 導入後 |\n|---|---|---|\n| 一次解決率 | 61% | 74% |\n| 応答放棄率 | 18% | 4% |\n\n数字だけを見れば劇的な改善です。\n"
    # a new table with its own header after the seam is another table
    other = head + "\n---END---\n\n| Year | Rides |\n|---|---|\n| 2025 | 9 |" + after
    assert "| Cities with paid service | 5 | 3 |\n\n| Year | Rides |" in clean(other)


def test_a_list_item_cut_on_a_comma_is_finished_by_a_new_line_of_prose_with_no_list_after_it():
    body = ("- **読み出し:** 計測にかかる時間が十分の一に縮みました。\n- **小型化:** 装置は手のひらに収まる大きさになりました。価格の下落も速く、\n\n"
            "---END---\n\n大学の研究室でも手が届く水準になっています。\n\nこの二つが揃ったことで、製品化が現実味を帯びてきました。\n")
    assert clean(body) == HEAD + (
        "- **読み出し:** 計測にかかる時間が十分の一に縮みました。\n- **小型化:** 装置は手のひらに収まる大きさになりました。価格の下落も速く、"
        "大学の研究室でも手が届く水準になっています。\n\nこの二つが揃ったことで、製品化が現実味を帯びてきました。\n")


def test_a_japanese_item_cut_mid_word_after_its_first_sentence_is_finished_by_the_next_line():
    body = ("- **社内メール:** 小さなモデルで十分です。\n- **契約書:** 大きなモデルを使い、必ず人が確認します。条文の細かな言い回しはパラメー\n\n"
            "---END---\n\nタ数の多いモデルでも誤ることがあります。\n\n用途に合わせて選ぶことが大切です。\n")
    assert clean(body) == HEAD + (
        "- **社内メール:** 小さなモデルで十分です。\n- **契約書:** 大きなモデルを使い、必ず人が確認します。条文の細かな言い回しはパラメータ数の多いモデルでも誤ることがあります。\n\n"
        "用途に合わせて選ぶことが大切です。\n")
    # an item that is a label, without a full stop in it, is not cut: the
    # paragraph after the seam stays one of its own
    label = "- **社内メール:** 小さなモデル\n- **契約書:** 大きなモデル\n\n---END---\n\n用途に合わせて選ぶことが大切です。\n"
    assert clean(label) == HEAD + "- **社内メール:** 小さなモデル\n- **契約書:** 大きなモデル\n\n用途に合わせて選ぶことが大切です。\n"


def test_a_quote_cut_mid_sentence_goes_on_in_the_next_chunks_quote_that_repeats_the_cut_tail():
    body = ("祖母のノートには、こう書いてありました。\n\n> 夏は一日二回。\n> 手を入れるときは、底のほうから\n\n---END---\n\n"
            "> 底のほうからしっかり返すこと。\n> 冬は一回でよい。\n\n塩気が強くなってきたら、米ぬかを足して調整します。\n")
    assert clean(body) == HEAD + ("祖母のノートには、こう書いてありました。\n\n> 夏は一日二回。\n> 手を入れるときは、底のほうからしっかり返すこと。\n> 冬は一回でよい。\n\n"
                                  "塩気が強くなってきたら、米ぬかを足して調整します。\n")
    # two quotes with no repeat between them may be two: left apart
    apart = "> 夏は一日二回、\n\n---END---\n\n> 冬は一回でよい。\n\n塩気が強くなってきたら、米ぬかを足して調整します。\n"
    assert clean(apart) == HEAD + "> 夏は一日二回、\n\n> 冬は一回でよい。\n\n塩気が強くなってきたら、米ぬかを足して調整します。\n"


def test_a_kanji_word_and_its_particle_said_again_after_the_seam_count_once():
    body = "雨の日に、駅前の\n\n---END---\n\n駅前の喫茶店で読了しました。三章がいちばん好きでした。\n"
    assert clean(body) == HEAD + "雨の日に、駅前の喫茶店で読了しました。三章がいちばん好きでした。\n"
    # one kanji and its particle may be written twice: "前の前の日"
    once = "それは前の\n\n---END---\n\n前の日のことでした。雨が降っていました。\n"
    assert clean(once) == HEAD + "それは前の前の日のことでした。雨が降っていました。\n"


def test_a_table_the_seam_cut_between_two_rows_is_one_table_again():
    head = "| Plant | Stations | Missed defects |\n|---|---|---|\n| North | 4 | -55% |\n"
    rest = "| South | 6 | -48% |\n| East | 3 | -61% |\n"
    body = "Results by plant:\n\n" + head + "\n---END---\n\n" + rest + "\nMissed defects fell at every plant.\n"
    assert clean(body) == HEAD + "Results by plant:\n\n" + head + rest + "\nMissed defects fell at every plant.\n"
    # rows of another width are another table's
    other = "| South | 6 |\n"
    body = "Results by plant:\n\n" + head + "\n---END---\n\n" + other + "\nMissed defects fell at every plant.\n"
    assert clean(body) == HEAD + "Results by plant:\n\n" + head + "\n" + other + "\nMissed defects fell at every plant.\n"


def test_a_label_the_chunk_stopped_on_before_writing_a_word_goes():
    body = ("導入の効果は三つあります。まず見逃しが減り、次に残業が減りました。\n\n**1.\n\n---END---\n\n"
            "担当者によれば、見逃しの件数は導入前の半分以下に減ったそうです。\n")
    assert clean(body) == HEAD + "導入の効果は三つあります。まず見逃しが減り、次に残業が減りました。\n\n担当者によれば、見逃しの件数は導入前の半分以下に減ったそうです。\n"
    # a bold line with a word in it is a label of its own, not markup debris
    label = "導入の効果は三つあります。\n\n**1. 見逃し**\n\n---END---\n\n担当者によれば、見逃しの件数は半分以下に減ったそうです。\n"
    assert clean(label) == HEAD + "導入の効果は三つあります。\n\n**1. 見逃し**\n\n担当者によれば、見逃しの件数は半分以下に減ったそうです。\n"


def test_a_figure_with_its_kanji_said_again_after_the_seam_counts_once():
    body = "同社は、保全費用の削減を年間で約3億\n\n---END---\n\n約3億円と見積もっています。導入は来年度からです。\n"
    assert clean(body) == HEAD + "同社は、保全費用の削減を年間で約3億円と見積もっています。導入は来年度からです。\n"


def test_a_japanese_item_ending_on_a_predicate_without_a_full_stop_is_not_cut():
    # list items often leave out the last "。": "…煮崩れしにくい" is whole, and
    # the next chunk's paragraph is a paragraph of its own
    body = ("- じゃがいも：皮をむいて水にさらします。大きめに切ると煮崩れしにくい\n\n---END---\n\n"
            "煮込むときは弱火にして、ふたをずらしてのせます。\n")
    assert clean(body) == HEAD + body.replace("\n---END---\n", "")


def test_a_label_and_value_item_before_a_seam_is_whole_when_the_next_chunk_repeats_the_value():
    # "約1時間あれば、…" opens a sentence of its own; the item was not cut
    body = ("- 拝観料：大人500円\n- 所要時間：約1時間\n\n---END---\n\n"
            "約1時間あれば、本堂から音羽の滝まで一通り回れます。急ぐ必要はありません。\n")
    assert clean(body) == HEAD + body.replace("\n---END---\n", "")
    # an item cut mid-sentence is still finished by the line that repeats its tail
    cut = "- 取り置きの延長は、窓口に行かなくても\n\n---END---\n\n窓口に行かなくてもオンラインで申し込めます。\n"
    assert clean(cut) == HEAD + "- 取り置きの延長は、窓口に行かなくてもオンラインで申し込めます。\n"


def test_a_marker_line_inside_a_hugo_highlight_shortcode_is_the_capture_s():
    capture = "{{< highlight text >}}\nN   33k   3.84 V\nSE  2.7k  0.95 V\n---END---\nS   3.9k  1.29 V\n{{< /highlight >}}"
    body = "Here is a short capture of the vane voltages:\n\n" + capture + "\n\nEverything after the marker line was read 40 ms later.\n"
    assert clean(body) == HEAD + body
    # a real seam after it is still one
    seam = body + "\n---END---\n\nThe next chunk goes on here.\n"
    assert clean(seam) == HEAD + body + "\nThe next chunk goes on here.\n"


def test_a_word_or_figure_the_seam_cut_is_joined_without_a_space():
    # a fragment that is no word on its own, before or after the seam
    for before, after, joined in (("can take 300 milli", "seconds before the model answers.", "can take 300 milliseconds before"),
                                  ("the cost of the infra", "structure is shared.", "the cost of the infrastructure is"),
                                  ("a fresh configura", "tion file is written.", "a fresh configuration file is"),
                                  ("cut the load time from 4", "1 seconds to 6.", "cut the load time from 41 seconds")):
        out = clean("Measured on a laptop, it " + before + "\n\n---END---\n\n" + after + "\n")
        assert joined in out, out
    # two words stay two
    out = clean("Measured on a laptop, the model can\n\n---END---\n\nable to answer in time.\n")
    assert "can able to" in out


def test_a_table_row_cut_between_two_cells_is_one_row_again():
    head = "| Model | Size | Generation |\n|---|---|---|\n| TinyLlama | 0.7 GB | 12.4 tok/s |\n"
    body = "I measured three models.\n\n" + head + "| Llama 3.2 | 2.0 GB\n\n---END---\n\n| 4.6 tok/s |\n| Mistral | 4.1 GB | 1.9 tok/s |\n\nAbove 5 tokens per second feels usable.\n"
    assert clean(body) == (HEAD + "I measured three models.\n\n" + head + "| Llama 3.2 | 2.0 GB | 4.6 tok/s |\n| Mistral | 4.1 GB | 1.9 tok/s |\n\n"
                           "Above 5 tokens per second feels usable.\n")


def test_a_table_row_cut_short_or_after_an_empty_cell_goes_on_in_one_table():
    head = "| 地域 | 店舗数 | 前年比 | 備考 |\n|---|---|---|---|\n| 大阪 | 64 | 3% | 駅ナカ中心 |\n"
    whole = "| 福岡 | 9 | 50% | 2年目 |\n"
    # the row's other cells given after the seam
    out = clean("店舗数の推移です。\n\n" + head + "| 兵庫 | 41 |\n\n---END---\n\n| 12% | 新工場の稼働で増加 |\n" + whole)
    assert out == HEAD + "店舗数の推移です。\n\n" + head + "| 兵庫 | 41 | 12% | 新工場の稼働で増加 |\n" + whole
    # a short row the next chunk never finishes: the rows after it still join the table
    out = clean("店舗数の推移です。\n\n" + head + "| 名古屋 | 18 |\n\n---END---\n\n" + whole)
    assert out == HEAD + "店舗数の推移です。\n\n" + head + "| 名古屋 | 18 |\n" + whole
    # a row cut right after a cell's bar
    out = clean("The trend:\n\n| Year | Share |\n|---|---|\n| 2024 | 104% |\n| 2025 | \n\n---END---\n\n101% (first half) |\n\nIt is flattening.\n")
    assert "| 2025 | 101% (first half) |\n\nIt is flattening." in out


def test_a_restart_of_a_sentence_the_chunk_stopped_at_or_ended_with_is_said_once():
    # two characters into a new sentence, restarted whole
    out = clean("授業に生成AIを取り入れる試みが始まっています。使い方\n\n---END---\n\n使い方はまだ手探りですが、反応は前向きです。\n")
    assert out == HEAD + "授業に生成AIを取り入れる試みが始まっています。使い方はまだ手探りですが、反応は前向きです。\n"
    # the end of the last sentence said again, full stop and all
    out = clean("新しい柱になる可能性を秘めています。\n\n---END---\n\nています。焦らず、しかし止まらずに進めることが大事です。\n")
    assert out == HEAD + "新しい柱になる可能性を秘めています。焦らず、しかし止まらずに進めることが大事です。\n"


def test_a_word_cut_before_a_bound_ending_is_joined():
    out = clean("Cook until the potatoes are ten\n\n---END---\n\nder, about 20 minutes.\n")
    assert "potatoes are tender, about 20 minutes." in out
