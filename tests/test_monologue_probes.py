"""Probes of agent monologue in wordings the rule was not written from, and
of article sentences that look like it.

Every probe is a whole post: a short article of our own (Japanese or
English) with one probe sentence put at one position - the start of the
post, a mid-article paragraph, right after a ``---END---`` seam, the end of
the post, or run on at the start of the first article paragraph.  A
monologue probe passes when the cleaned post is exactly the post without
that sentence; an article probe passes when the post comes out unchanged.

``test_recall_and_false_positive_figures`` checks the totals, so the figures
stated in the README are the ones CI sees: every monologue probe removed but
the one listed in ``KNOWN_MISSES``, no article probe touched.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text
from cleaner.settings import Settings

FM_EN = '---\nlayout: post\ntitle: "Memory makers"\ndate: 2026-01-01 00:00:00 +0000\n---\n\n'
FM_JA = '---\nlayout: post\ntitle: "メモリ投資の行方"\ndate: 2026-01-01 00:00:00 +0900\n---\n\n'
# the monologue rule alone (the seam marker stays, so the position "after a
# seam" is seen as the rule sees it in the pipeline); no no-article verdict
ONLY = Settings(select=("monologue",), min_article_chars=0)

ARTICLE = {
    "ja": [
        "## HBM需要の拡大と投資の視点",
        "生成AIの普及により、高帯域メモリ（HBM）の需要が急速に伸びています。主要メーカー各社は生産能力の増強を急いでおり、設備投資の規模は過去最大になる見込みです。",
        "一方で、供給が需要に追いつかない状況は当面続くと見られます。製造工程が複雑で、歩留まりの改善には時間がかかるためです。",
        "投資家にとって重要なのは、この需給の逼迫がいつまで続くかという点です。価格が高止まりすれば、メモリ各社の利益率はさらに改善するでしょう。",
        "ただし、景気の減速やデータセンター投資の一服といったリスクも無視できません。短期的な株価の変動に惑わされず、中長期の視点で判断することが大切です。",
    ],
    "en": [
        "## Why memory is the new bottleneck",
        "Demand for high-bandwidth memory has grown faster than anyone expected. Every large memory maker is racing to add capacity, and capital spending is set to reach a record this year.",
        "Supply is unlikely to catch up soon. The process is complex, and yields improve slowly.",
        "For investors, the key question is how long the shortage lasts. If prices stay high, margins at the memory makers will keep expanding.",
        "There are risks, too: a slowdown in data-centre spending would hit demand quickly. Long-term investors should look past the swings in the share price.",
    ],
}
POSITIONS = ("start", "mid", "seam", "end", "inline")


def build(lang: str, position: str, probe: str | None) -> str:
    """The host post with ``probe`` at ``position`` (None: without it)."""
    heading, p1, p2, p3, p4 = ARTICLE[lang]
    blocks: list[str] = []
    if position == "start" and probe:
        blocks.append(probe)
    blocks.append(heading)
    if position == "inline":
        blocks.append(f"{probe}{'' if lang == 'ja' else ' '}{p1}" if probe else p1)
    else:
        blocks.append(p1)
    blocks.append(p2)
    if position == "mid" and probe:
        blocks.append(probe)
    blocks += [p3, "---END---"]
    if position == "seam" and probe:
        blocks.append(probe)
    blocks.append(p4)
    if position == "end" and probe:
        blocks.append(probe)
    return (FM_JA if lang == "ja" else FM_EN) + "\n\n".join(blocks) + "\n"


# (kind, host language, position, sentence) - written for these probes, in
# wordings the rule's patterns were not taken from
MONOLOGUE_JA = [
    ("ack", "start", "はい、承知いたしました。"),
    ("ack", "start", "かしこまりました。それでは記事を作成します。"),
    ("ack", "seam", "承知しました。ご依頼の記事の続きを以下にまとめます。"),
    ("ack", "seam", "了解です。続きを書きます。"),
    ("ack", "start", "もちろんです！半導体投資についてのブログ記事を書きますね。"),
    ("ack", "start", "ご依頼ありがとうございます。早速、記事に取りかかります。"),
    ("ack", "seam", "はい、わかりました。前回の続きから書き進めます。"),
    ("ack", "start", "承知いたしました、ご指示の通りに修正した記事をお届けします。"),
    ("ack", "inline", "かしこまりました。"),
    ("plan", "start", "まず、最新の決算情報を調べます。"),
    ("plan", "seam", "次に、競合他社の動向を確認します。"),
    ("plan", "start", "記事の構成を考えます。"),
    ("plan", "seam", "それでは、導入部分から書き始めます。"),
    ("plan", "seam", "ここからは本文を執筆していきます。"),
    ("plan", "start", "最初に関連ニュースを検索してみます。"),
    ("plan", "start", "必要な情報が揃ったので、記事の執筆に移ります。"),
    ("plan", "seam", "これから記事の後半部分を作成していきます。"),
    ("plan", "start", "情報収集が完了しましたので、本文の作成に入ります。"),
    ("plan", "seam", "続けて、最後のセクションを書きます。"),
    ("search", "start", "検索結果が見つかりませんでした。"),
    ("search", "mid", "該当するニュースは検索では見つかりませんでした。"),
    ("search", "mid", "検索ツールでエラーが発生しました。"),
    ("search", "seam", "別のキーワードで再度検索してみます。"),
    ("search", "start", "ツールの呼び出しに失敗したため、もう一度試します。"),
    ("search", "mid", "ファイルの書き込みに失敗しました。もう一度保存します。"),
    ("search", "seam", "英語のキーワードで検索し直します。"),
    ("search", "start", "十分な検索結果が得られなかったため、一般的な知識をもとに執筆します。"),
    ("search", "end", "検索で得られた情報をもとに記事をまとめました。"),
    ("apology", "seam", "申し訳ございません、先ほどの出力が途中で切れてしまいました。"),
    ("apology", "start", "失礼しました、記事のタイトルが抜けていました。"),
    ("apology", "start", "すみません、最新の情報にはアクセスできません。"),
    ("apology", "start", "申し訳ありませんが、そのご依頼にはお応えできません。"),
    ("refusal", "start", "私はAIアシスタントのため、リアルタイムの株価を取得することはできません。"),
    ("refusal", "start", "現時点ではウェブにアクセスできないため、記事を作成できません。"),
    ("refusal", "mid", "AIとして、特定の銘柄の売買を推奨することはできません。"),
    ("announce", "start", "以下が記事の続きです。"),
    ("announce", "seam", "以下に記事の本文を記載します。"),
    ("announce", "start", "こちらが完成した記事になります。"),
    ("announce", "seam", "（続き）"),
    ("announce", "seam", "続きを書きます。"),
    ("announce", "seam", "以下、続きです。"),
    ("announce", "seam", "記事の残りの部分は次の通りです。"),
    ("announce", "start", "それでは、記事をどうぞ。"),
    ("announce", "start", "以下、ブログ記事の全文です。"),
    ("announce", "inline", "以下が記事です。"),
    ("closing", "end", "他にご要望があれば、お気軽にお申し付けください。"),
    ("closing", "end", "修正が必要な箇所があれば教えてください。"),
    ("closing", "end", "ご要望に応じて、文字数やトーンの調整も可能です。"),
    ("closing", "end", "追加で調べてほしい点があればお知らせください。"),
    ("closing", "end", "別の切り口での執筆もご希望でしたら対応いたします。"),
    ("closing", "end", "ほかに気になるテーマがあれば、いつでもお声がけください。"),
    ("closing", "end", "必要に応じて、見出しやタイトルの変更も承ります。"),
    ("selfcheck", "end", "記事の文字数は約3,200字です。"),
    ("selfcheck", "end", "以上で、約4,000文字の記事となりました。"),
    ("selfcheck", "end", "ご指定の文字数を満たしていることを確認しました。"),
    ("selfcheck", "mid", "文字数：約2800字"),
    ("selfcheck", "end", "見出し構成と文字数の要件を満たしています。"),
    ("echo", "seam", "【前回の出力の続き】"),
    ("echo", "seam", "【記事の続き】"),
    ("echo", "mid", "以下の記事の続きを書いてください。"),
    ("echo", "start", "※文字数は3000字以上で書いてください。"),
    ("echo", "start", "【指示】専門家のペルソナで記事を書いてください。"),
    ("echo", "start", "【出力形式】Markdown"),
    ("done", "end", "記事を書き終えました。"),
    ("done", "end", "以上が記事の全文です。"),
    ("done", "end", "これで記事は完成です。"),
]

MONOLOGUE_EN = [
    ("ack", "en", "start", "Sure, here's the article."),
    ("ack", "en", "start", "Certainly! Below is the full blog post."),
    ("ack", "en", "start", "Absolutely, I can help with that."),
    ("ack", "en", "seam", "Got it. I'll continue the post from where it stopped."),
    ("ack", "en", "seam", "Understood. Here is the rest of the article:"),
    ("ack", "ja", "start", "Sure! Here is the article in Japanese."),
    ("plan", "en", "start", "I'll now search for the latest earnings figures."),
    ("plan", "en", "start", "First, I need to gather some background on the company."),
    ("plan", "en", "seam", "Next, I will look into analyst forecasts."),
    ("plan", "en", "start", "Let me start by researching the market share numbers."),
    ("plan", "en", "start", "I'm going to draft the introduction first."),
    ("plan", "en", "seam", "Now I will write the conclusion section."),
    ("plan", "en", "start", "My plan is to cover the background, the numbers and the outlook."),
    ("plan", "ja", "start", "I'll outline the structure of the article before writing."),
    ("search", "en", "mid", "The search returned no results."),
    ("search", "en", "start", "No relevant results were found for that query."),
    ("search", "en", "start", "I couldn't find any recent news on this topic."),
    ("search", "en", "mid", "The tool call failed with a timeout error."),
    ("search", "en", "mid", "I used the wrong function name; retrying now."),
    ("search", "en", "seam", "That search didn't turn up anything useful, so I'll try different keywords."),
    ("search", "en", "start", "The browsing tool is not responding."),
    ("search", "ja", "seam", "Let me try searching again with a broader query."),
    ("apology", "en", "start", "I'm sorry, but I can't browse the internet."),
    ("apology", "en", "seam", "Apologies for the confusion in my previous response."),
    ("apology", "en", "seam", "I apologize for the incomplete output above."),
    ("refusal", "en", "start", "As an AI language model, I don't have access to real-time stock prices."),
    ("refusal", "en", "start", "I'm unable to verify these figures because I cannot access the web."),
    ("refusal", "en", "start", "Unfortunately, I cannot complete this request."),
    ("announce", "en", "seam", "Here's the continuation:"),
    ("announce", "en", "seam", "Here is the rest of the post."),
    ("announce", "en", "start", "Below is the revised version of the article."),
    ("announce", "en", "seam", "(continued)"),
    ("announce", "en", "seam", "Continuing from where I left off:"),
    ("announce", "en", "start", "Here's the final draft, ready to publish."),
    ("announce", "en", "inline", "Here is the article:"),
    ("closing", "en", "end", "Let me know if you'd like me to adjust the tone."),
    ("closing", "en", "end", "Feel free to ask if you need any revisions."),
    ("closing", "en", "end", "I hope this article meets your needs!"),
    ("closing", "en", "end", "If you want, I can also write a shorter version."),
    ("closing", "en", "end", "Would you like me to add a section on pricing?"),
    ("closing", "en", "end", "Happy to make further edits if needed."),
    ("closing", "ja", "end", "Let me know if you need any changes."),
    ("selfcheck", "en", "end", "The article is about 3,000 characters long."),
    ("selfcheck", "en", "end", "This draft comes to roughly 1,200 words."),
    ("selfcheck", "en", "end", "The post now meets the required word count."),
    ("selfcheck", "en", "mid", "Word count: 1,450"),
    ("echo", "en", "start", "Write a blog post about AI chip export controls in a professional tone."),
    ("echo", "en", "seam", "[Continue the article from the last paragraph]"),
    ("done", "en", "end", "I have completed the article."),
    ("done", "en", "end", "That completes the article."),
]

# article sentences that look like monologue: (host language, position, sentence)
ARTICLE_JA = [
    ("start", "私は、この投資判断が長期的には正しいと考えます。"),
    ("mid", "以下の表は、主要各社の設備投資額をまとめたものです。"),
    ("start", "検索エンジン市場は、生成AIの登場で大きく揺れています。"),
    ("seam", "記事によると、同社は来年度に新工場を稼働させる予定です。"),
    ("start", "まず、市場全体の動向を確認しておきましょう。"),
    ("seam", "次に、各社の戦略を比較してみます。"),
    ("start", "以下では、その理由を三つの観点から解説します。"),
    ("end", "結論から言えば、この提携は両社にとって合理的な選択です。"),
    ("mid", "申し訳程度の値下げでは、顧客の流出は止まらないでしょう。"),
    ("end", "同社のCEOは「ご期待に沿えず申し訳ありません」と株主に謝罪しました。"),
    ("mid", "筆者が以前に検索したときには、この分野の論文はほとんど見つかりませんでした。"),
    ("seam", "規制当局は、詳細な情報を提供できないと回答しました。"),
    ("mid", "AIアシスタントに「記事の続きを書いて」と頼むだけで、長文が生成される時代です。"),
    ("start", "承知の通り、半導体は景気に左右されやすい産業です。"),
    ("start", "本記事では、HBM市場の現状と今後の見通しを整理します。"),
    ("end", "この記事の続きは、来週公開する予定です。"),
    ("seam", "以下にポイントをまとめます。"),
    ("end", "詳しくは、同社の決算資料をご確認ください。"),
    ("mid", "投資家の皆さんは、次の三点に注意してください。"),
    ("start", "私自身、20年以上にわたり半導体業界を取材してきました。"),
    ("end", "次の章では、データセンター需要について考えます。"),
    ("start", "ご存知の通り、円安は輸出企業に追い風です。"),
    ("mid", "「承知しました」とだけ返すチャットボットに、ユーザーは不満を感じています。"),
    ("seam", "エージェントが「検索結果が見つかりませんでした」と返す場面も増えています。"),
    ("end", "利用者からの修正依頼があれば、同社は24時間以内に対応するとしています。"),
    ("mid", "文字数制限のあるSNSでは、要点を短く伝える工夫が必要です。"),
    ("seam", "ここからは、投資家目線で論じていきます。"),
    ("seam", "詳細は以下の通りです。"),
    ("mid", "同社は、ユーザーがAIに質問すると数秒で回答が返ってくる仕組みを開発しました。"),
    ("start", "私が注目しているのは、電力コストの問題です。"),
    ("start", "今回は、この提携の意味を考えてみたいと思います。"),
    ("seam", "それでは、具体的な数字を見ていきましょう。"),
    ("mid", "分析の結果、利益率は前年から3ポイント改善しています。"),
    ("seam", "以下が、主要な発表内容です。"),
    ("end", "残念ですが、この計画は延期されることになりました。"),
    ("end", "今後も、この分野の動きを追いかけていきます。"),
    ("start", "検索広告の単価は、前年比で15%上昇しました。"),
    ("mid", "同社は、誤った情報を出力したAIについて謝罪しました。"),
    ("seam", "ツールの使い方次第で、開発の生産性は大きく変わります。"),
    ("end", "最後までお読みいただき、ありがとうございました。"),
    ("start", "この記事では、実際に使ってみた感想を書きます。"),
    ("start", "今日はHBMについて書きます。"),
    ("mid", "筆者は、この記事を書くために3社に取材しました。"),
    ("mid", "中国では、一部のユーザーが海外のウェブにアクセスできない状況が続いています。"),
    ("end", "同社では、ご要望に応じてカスタマイズも可能です。"),
    ("end", "気になる点があれば、コメント欄で教えてください。"),
    ("seam", "記事の要点を以下にまとめます。"),
    ("start", "今回は、各社の最新の動向を調べてみます。"),
    ("seam", "次のセクションでは、リスクについて書きます。"),
    ("start", "結論から先に書きます。"),
    ("end", "以上が本記事のまとめです。"),
    ("mid", "AIとしては初の快挙で、業界の注目を集めています。"),
    ("end", "続きを読むには、会員登録が必要です。"),
]

ARTICLE_EN = [
    ("en", "start", "Let me show you how to set up the inference server."),
    ("en", "start", "I've covered chips for 20 years, and I have never seen demand like this."),
    ("en", "start", "In this article, I'll explain why memory prices are rising."),
    ("en", "start", "Here's what you need to know about the new export rules."),
    ("en", "mid", "I think the market is underestimating the power problem."),
    ("en", "seam", "According to the report, shipments rose 40% last quarter."),
    ("en", "start", "The search engine market is being reshaped by chat interfaces."),
    ("en", "mid", 'The CEO said, "I\'m sorry we let our customers down."'),
    ("en", "mid", 'When we asked the chatbot, it replied: "I\'m unable to browse the web."'),
    ("en", "seam", "First, install the driver package from the vendor's site."),
    ("en", "seam", "Next, I'll walk through the three scenarios in turn."),
    ("en", "start", "Let me be clear: this is not investment advice."),
    ("en", "end", "I hope regulators read this report carefully."),
    ("en", "mid", "The article in the Financial Times argued the opposite."),
    ("en", "start", "Sorry, Intel fans: the numbers do not look good."),
    ("en", "mid", "I couldn't agree more with the analysts on this point."),
    ("en", "mid", "The tool makes it easy to compare models side by side."),
    ("en", "seam", "Search results from Google now include AI summaries at the top."),
    ("en", "end", "If you'd like to try it yourself, the code is on GitHub."),
    ("en", "end", "Let me know in the comments what you think."),
    ("en", "start", "I wrote about this deal last year, and my view has not changed."),
    ("en", "seam", "Here is the table of key figures."),
    ("en", "mid", "The function returns the list of available models."),
    ("en", "start", "I'll be honest: I did not expect this result."),
    ("en", "mid", 'The agent printed "I\'ll now search for the latest figures" and then stopped.'),
    ("en", "end", "To conclude, the deal makes strategic sense for both companies."),
    ("en", "seam", "Now, let's look at the numbers."),
    ("en", "start", "I asked three engineers what they thought, and all of them were skeptical."),
    ("en", "mid", "The search for a successor to the CEO is still under way."),
    ("en", "mid", "Word count limits on the platform force creators to be brief."),
    ("en", "end", "The model's response was surprisingly accurate."),
    ("en", "end", "Thanks for reading, and see you next week."),
    ("ja", "mid", '"We apologize for the delay in shipments," the company said in a statement.'),
    ("en", "end", "If you prefer a different style of chart, the raw data is below."),
    ("en", "end", "If you want a different angle on the story, read our earlier piece."),
    ("en", "start", "Let me start by looking at the numbers."),
    ("en", "end", "I'll look into this further in a future post."),
    ("en", "start", "Let me outline the three scenarios."),
    ("en", "mid", "On Tuesday the search tool failed for millions of users."),
    ("en", "mid", "He shared his view on LinkedIn. Here is the post:"),
    ("en", "end", "No results were found in the second trial."),
    ("en", "mid", "When a tool call fails, the agent simply retries."),
    ("en", "start", "I need to explain one thing before we start."),
]

# a second round, written after the rule was changed for the probes above
# (it found 13 of these 29 then - the original rule 9 -: the measure of how
# far the new patterns reached beyond the wordings they were written from)
MONOLOGUE_ROUND2 = [
    ("ack", "ja", "start", "承知いたしました。以下、ご依頼のテーマで記事を執筆します。"),
    ("plan", "ja", "seam", "続きを作成します。"),
    ("plan", "ja", "start", "では、さっそく書いていきます。"),
    ("plan", "ja", "start", "まずは、関連する最新ニュースを収集します。"),
    ("search", "ja", "mid", "Web検索の結果、該当する情報は見つかりませんでした。"),
    ("apology", "ja", "seam", "申し訳ありません、前回の回答が途中で途切れてしまいました。続きを書きます。"),
    ("closing", "ja", "end", "何か追加したい内容があれば、お気軽にお知らせください。"),
    ("closing", "ja", "end", "トーンや長さの調整が必要でしたら、お申し付けください。"),
    ("selfcheck", "ja", "end", "本文は約5,000字です。"),
    ("echo", "ja", "seam", "（前回の続きから）"),
    ("done", "ja", "end", "以上、記事の作成を完了しました。"),
    ("ack", "ja", "start", "ご質問ありがとうございます。"),
    ("plan", "ja", "start", "記事のアウトラインを作成しました。これに沿って本文を書きます。"),
    ("search", "ja", "mid", "ツールの実行中にエラーが発生したため、再試行します。"),
    ("announce", "ja", "seam", "それでは、続きをお届けします。"),
    ("closing", "ja", "end", "ご確認のほど、よろしくお願いいたします。"),
    ("selfcheck", "ja", "start", "テーマに沿って、3000字程度の記事を作成しました。"),
    ("plan", "en", "start", "Okay, I'll write the article now."),
    ("announce", "en", "start", "Here's a draft of the blog post based on your outline:"),
    ("announce", "en", "seam", "Picking up where the previous response ended:"),
    ("search", "en", "mid", "My search for recent filings came up empty."),
    ("refusal", "en", "start", "I wasn't able to access the website you mentioned."),
    ("closing", "en", "end", "Let me know if you'd prefer a more casual tone."),
    ("closing", "en", "end", "I can revise any section if needed."),
    ("selfcheck", "en", "end", "Total length: about 1,100 words."),
    ("apology", "en", "start", "Sorry about that! Here is the corrected version."),
    ("announce", "en", "seam", "Continuing the post:"),
    ("plan", "en", "start", "To write this article, I'll first search for the latest data."),
    ("closing", "en", "end", "Hope this helps!"),
]

# a third round, written after the second (the rule found 7 of these 29
# then, the original rule 5)
MONOLOGUE_ROUND3 = [
    ("ack", "ja", "start", "かしこまりました！それでは、ご指定のテーマについて記事を書いていきます。"),
    ("plan", "ja", "seam", "前回の続きから再開します。"),
    ("plan", "ja", "start", "最新のデータを確認するため、まず検索を行います。"),
    ("search", "ja", "mid", "検索結果に該当する記事はありませんでした。"),
    ("refusal", "ja", "start", "申し訳ございませんが、現在インターネット検索が利用できない状態です。"),
    ("closing", "ja", "end", "以上となります。ご不明な点がございましたらお気軽にどうぞ。"),
    ("closing", "ja", "end", "ご希望があれば、英語版も作成いたします。"),
    ("announce", "ja", "seam", "出力が途中で途切れたため、続きから書きます。"),
    ("selfcheck", "ja", "end", "全体で約3,500文字になりました。"),
    ("echo", "ja", "start", "【出力】"),
    ("ack", "ja", "start", "はい、喜んで！"),
    ("closing", "ja", "end", "何か他にお手伝いできることはありますか？"),
    ("plan", "ja", "start", "調査結果を踏まえて、記事を構成しました。"),
    ("search", "ja", "mid", "エラーのため、ファイルを保存できませんでした。"),
    ("announce", "ja", "seam", "引き続き、記事の後半をお届けします。"),
    ("plan", "en", "start", "Alright, let me put together the article."),
    ("search", "en", "start", "I searched for the company's latest announcements but found nothing."),
    ("announce", "en", "seam", "As requested, here is the second half of the article."),
    ("selfcheck", "en", "end", "I've kept the tone professional as you asked."),
    ("search", "en", "mid", "The web_search call returned an empty response."),
    ("refusal", "en", "start", "I don't have browsing capabilities, so this is based on my training data."),
    ("closing", "en", "end", "Let me know your thoughts!"),
    ("closing", "en", "end", "Feel free to adjust the headings as you see fit."),
    ("announce", "en", "seam", "Now continuing with the next section:"),
    ("selfcheck", "en", "end", "The draft is roughly 900 words, within your limit."),
    ("announce", "en", "start", "Great question! Here's an in-depth article on the topic."),
    ("announce", "en", "start", "Okay, based on my research, here is the post."),
    ("search", "en", "mid", "Oops, that was the wrong file path. Retrying."),
    ("closing", "en", "end", "Thanks for the opportunity to write this piece!"),
]

# a fourth round, written after the third (the rule found 3 of these 20
# then, and so did the original rule)
MONOLOGUE_ROUND4 = [
    ("ack", "ja", "start", "ご要望の通り、専門家の視点でまとめました。"),
    ("announce", "ja", "seam", "途中で止まってしまったので、ここから続けます。"),
    ("plan", "ja", "start", "リサーチした内容をもとに、記事を執筆しました。"),
    ("search", "ja", "mid", "※検索ツールが応答しないため、一部の数値は推定です。"),
    ("closing", "ja", "end", "内容に誤りがあれば、ご指摘ください。"),
    ("ack", "ja", "start", "了解しました！"),
    ("closing", "ja", "end", "ほかにも書いてほしい記事があれば、いつでもどうぞ。"),
    ("plan", "ja", "seam", "では、残りのセクションを仕上げていきます。"),
    ("plan", "ja", "start", "まずは記事のタイトル案を3つ提案します。"),
    ("selfcheck", "ja", "end", "文字数は要件の3,000字を超えています。"),
    ("echo", "ja", "mid", "（ここで前回の出力が途切れています）"),
    ("apology", "ja", "start", "申し訳ありません。前回の記事に重複がありましたので、修正版を出力します。"),
    ("ack", "en", "start", "Certainly. I'll keep it concise and data-driven."),
    ("apology", "en", "seam", "Apologies, my last message was cut off. Resuming below."),
    ("plan", "en", "start", "I'll use the information from my search to write the post."),
    ("closing", "en", "end", "Would it help if I added a summary table?"),
    ("closing", "en", "end", "Just say the word if you'd like more detail on any section."),
    ("search", "en", "mid", "(Note: I could not verify the 2025 figures.)"),
    ("announce", "en", "start", "Here's my take on the topic you suggested."),
    ("selfcheck", "en", "end", "Word count is now about 1,800, as requested."),
]

# a fifth round, on the kinds the dev posts show (continuation seams, search
# failures, quota apologies, plans, saved-file reports); the rule found 9 of
# these 20 then, and so did the original rule
MONOLOGUE_ROUND5 = [
    ("ack", "ja", "seam", "はい、承知しました。それでは、先ほどの記事の続きを書いていきます。"),
    ("ack", "ja", "seam", "かしこまりました。前回の記事の続きから、同じトーンで執筆を続けます。"),
    ("echo", "ja", "seam", "（前回の記事からの続き）"),
    ("echo", "ja", "seam", "【続き】"),
    ("apology", "ja", "start", "申し訳ございませんが、ご指定のニュースに関する詳細な情報は確認できませんでした。"),
    ("search", "ja", "start", "残念ながら、該当する発表を見つけることはできませんでした。"),
    ("closing", "ja", "end", "別の切り口で記事を書くこともできますので、お気軽にお申し付けください。"),
    ("ack", "ja", "start", "ええ、もちろんです。記事を完成させましょう。"),
    ("ack", "ja", "seam", "承知いたしました。ここからは記事の後半として、投資家への示唆をまとめていきます。"),
    ("plan", "ja", "start", "このニュースについての記事を、専門家のペルソナで作成します。"),
    ("apology", "en", "start", "I apologize, but the search tool has reached its usage limit for today."),
    ("refusal", "en", "start", "Unfortunately, my web search quota has been exhausted, so I can't look up the latest news."),
    ("closing", "en", "end", "Please let me know if you would like me to proceed without the latest figures."),
    ("plan", "en", "start", "I have drafted an outline covering the background, the deal terms and the outlook. Next, I'll search for analyst reactions."),
    ("search", "en", "mid", "The search results mostly covered older announcements, so I'll refine my query."),
    ("search", "en", "start", "My searches in Japanese returned little, so I switched to English sources."),
    ("search", "en", "mid", "I need to call the write_file tool with the full article content."),
    ("selfcheck", "en", "end", "The article has been saved successfully."),
    ("announce", "en", "seam", "Okay, here is the remainder of the post, continuing from the last section."),
    ("refusal", "en", "start", "I'm sorry, I cannot fulfill this request right now because the search service is unavailable."),
]

# a sixth round (the rule found 4 of these 20 then, the original rule 3)
MONOLOGUE_ROUND6 = [
    ("apology", "ja", "seam", "失礼いたしました。記事が途中で終わっていたので、続きを補完します。"),
    ("plan", "ja", "start", "はい！それでは、テーマに沿ったブログ記事を作成していきます。"),
    ("done", "ja", "end", "以上で記事は終わりです。お役に立てれば幸いです。"),
    ("plan", "ja", "start", "まず、関連する情報をウェブで検索して整理します。"),
    ("search", "ja", "mid", "（注：最新の株価データは取得できませんでした）"),
    ("closing", "ja", "end", "ご要望があれば、図表の追加も検討いたします。"),
    ("plan", "ja", "seam", "ここまでの内容を踏まえ、残りの部分を執筆いたします。"),
    ("ack", "ja", "start", "今回のご依頼は、半導体市場に関する解説記事ですね。"),
    ("selfcheck", "ja", "end", "※本記事はご指定の文字数（約4000字）で作成しています。"),
    ("refusal", "ja", "start", "検索ツールの上限に達したため、手元の知識で書きます。"),
    ("plan", "en", "start", "No problem! Let me draft that post for you."),
    ("announce", "en", "seam", "Sorry for the interruption. Here's the rest:"),
    ("plan", "en", "start", "Before writing, I reviewed several sources on HBM pricing."),
    ("closing", "en", "end", "Let me know if any part needs more depth."),
    ("search", "en", "mid", "Tool output: no results."),
    ("refusal", "en", "start", "Since I can't browse, I'll rely on what I know up to my cutoff."),
    ("done", "en", "end", "This version should be ready for publication."),
    ("announce", "en", "start", "Here is a 1,500-word blog post on memory prices, written for investors."),
    ("apology", "en", "seam", "Apologies — the previous reply hit the length limit. Continuing:"),
    ("closing", "en", "end", "If anything is unclear, I'm happy to clarify."),
]

# a seventh round, written before the rule was changed for it, by kind: (a)
# the agent's next step, (b) completion and hand-over, (c) search, tool and
# source narration, (d) the requester's instructions, (e) continuation notes
# between generations, (f) self-assessment of its own writing, (g) length,
# format and style compliance.  Each sentence is also measured at all five
# positions (README, ### monologue); the rule found none of the Japanese ones
# then and 1 of the English ones (at an edge)
MONOLOGUE_ROUND7_JA = [
    # (a) the agent's next step / plan
    ("plan", "seam", "続いて、各社の最新決算を調べてから第二章を書き足します。"),
    ("plan", "start", "まずは関連する統計データを集めてから、本文に反映させます。"),
    ("plan", "mid", "ここで一度、見出しの構成を見直してから執筆を再開します。"),
    ("plan", "seam", "次は結論部分の執筆に進みます。"),
    ("plan", "mid", "念のため、公式発表の日付をもう一度確かめてから先に進みます。"),
    ("plan", "end", "補足として、用語の解説セクションを追加しておきます。"),
    ("plan", "mid", "では、ここからまとめの段落を書いていきます。"),
    # (b) completion and hand-over
    ("done", "end", "ブログ記事の草稿ができあがりました。ご確認ください。"),
    ("done", "end", "記事全体を書き上げましたので、内容をご確認いただけますと幸いです。"),
    ("done", "end", "以上でご依頼の原稿はすべてです。"),
    ("done", "mid", "これで全セクションの執筆が終わりました。"),
    ("done", "start", "完成した原稿を下に貼り付けておきます。"),
    ("done", "end", "修正版の記事は以上となります。気になる点があればご指摘ください。"),
    ("done", "end", "下書きが仕上がったので、公開前にチェックをお願いします。"),
    # (c) search / tool / source narration
    ("search", "mid", "ウェブ検索で見つかった三つの記事を参考にしています。"),
    ("search", "mid", "ブラウザツールがタイムアウトしたため、一部の数値は推定です。"),
    ("search", "start", "検索APIの応答が空だったので、過去の知識をもとに書いています。"),
    ("search", "end", "参照したURLのうち二つはリンク切れでした。"),
    ("search", "seam", "ページの取得に失敗したので、別のソースを当たります。"),
    ("search", "mid", "ツールで取得できた情報が限られているため、推測を含む部分があります。"),
    ("search", "start", "検索の結果、参考になりそうな資料は二件だけでした。"),
    # (d) the requester's instructions
    ("request", "end", "ご指示いただいたキーワードはすべて本文に盛り込みました。"),
    ("request", "mid", "いただいたご要望をもとに、見出しを五つに絞りました。"),
    ("request", "start", "お送りいただいた資料の内容を反映して書き直しました。"),
    ("request", "mid", "ご依頼文にあったターゲット読者を意識して、平易な言葉を選びました。"),
    ("request", "start", "指定されたテーマに沿って、投資家向けの記事を用意しました。"),
    ("request", "end", "頂いたプロンプトの条件をすべて満たすように書いています。"),
    ("request", "inline", "ご提示のアウトラインに沿って、各章を肉付けしました。"),
    # (e) continuation notes between generations
    ("continue", "seam", "前回の回答が途中で終わっていたので、その先から再開します。"),
    ("continue", "seam", "中断した箇所から引き続き執筆します。"),
    ("continue", "seam", "前の出力の最後の見出しから続けます。"),
    ("continue", "seam", "ここからは第二部の原稿です。"),
    ("continue", "seam", "残りの章をこのまま書き継ぎます。"),
    ("continue", "mid", "文字数制限で切れてしまった部分を補います。"),
    # (f) self-assessment of its own writing
    ("selfassess", "end", "全体として、読みやすい構成にまとまったと思います。"),
    ("selfassess", "end", "専門的な内容も、できるだけ分かりやすく書けたのではないかと思います。"),
    ("selfassess", "end", "我ながらバランスの取れた記事になりました。"),
    ("selfassess", "end", "導入がやや冗長になったかもしれません。"),
    ("selfassess", "mid", "記事の論点を三つに絞ったことで、主張が明確になったはずです。"),
    # (g) length / format / style compliance
    ("format", "end", "本文は敬体で統一し、見出しはH2とH3を使い分けました。"),
    ("format", "end", "全体でおよそ5000字に収まるよう調整しました。"),
    ("format", "start", "Markdown形式で出力し、箇条書きを多めに使っています。"),
    ("format", "mid", "指定の字数に届かなかったため、事例を一つ追加しました。"),
    ("format", "end", "文体はです・ます調にそろえてあります。"),
    ("format", "end", "見出しには絵文字を使わないようにしました。"),
    ("format", "mid", "各セクションを800字前後に揃えています。"),
    ("format", "end", "トーンはややカジュアルに寄せて書きました。"),
]
MONOLOGUE_ROUND7_EN = [
    ("plan", "seam", "Next up, I'm going to flesh out the section on supply chains."),
    ("plan", "mid", "Before drafting the conclusion, I'll verify the revenue figures."),
    ("plan", "mid", "I'll fold the extra statistics into the second section now."),
    ("plan", "seam", "Time to write the closing paragraph."),
    ("done", "end", "And that's the finished post, ready for your review."),
    ("done", "end", "The full draft is above; tell me what you'd change."),
    ("done", "mid", "All sections are now written, so the piece is complete."),
    ("done", "end", "Over to you for a final read-through."),
    ("search", "mid", "The page I tried to fetch returned a 404, so I've left that figure out."),
    ("search", "start", "None of my queries surfaced data newer than 2023."),
    ("search", "mid", "Browsing timed out twice, so some numbers here are estimates."),
    ("search", "end", "I pulled these figures from the first three search hits."),
    ("request", "start", "Following your outline, the post opens with the market context."),
    ("request", "end", "I've included every keyword from your list."),
    ("request", "mid", "Per the brief, I avoided naming specific stocks."),
    ("request", "mid", "You mentioned the audience is retail investors, so I kept the jargon light."),
    ("request", "end", "In line with your request, each section ends with a takeaway."),
    ("continue", "seam", "Resuming the article at the section on pricing:"),
    ("continue", "seam", "Carrying on from the last heading of my previous message."),
    ("continue", "seam", "This continues the text from the point where the output was cut."),
    ("selfassess", "end", "I think the structure flows well, though the intro could be tighter."),
    ("selfassess", "end", "Overall, I'm fairly happy with how the argument came together."),
    ("selfassess", "mid", "I may have leaned too heavily on the 2024 numbers in this draft."),
    ("format", "end", "The piece lands at about 1,800 words, inside your target range."),
    ("format", "mid", "I've used British spelling throughout, as specified."),
    ("format", "end", "Each heading is in sentence case and the paragraphs stay under 80 words."),
    ("format", "end", "I kept everything in second person to match the style guide you sent."),
]
# their look-alikes: signposting, advice with 確認/検索/調整, how-to text about
# requests and instructions, articles about AI writing, word counts and drafts,
# a writer's own first person; each at all five positions
ARTICLE_ROUND7_JA = [
    "次のセクションでは、具体的な手順を説明します。",
    "以上が基本的な設定方法です。",
    "ここからは、実際の運用例を紹介します。",
    "続いて、費用の内訳を見ていきましょう。",
    "最後に、注意点を三つ挙げておきます。",
    "前回の記事では、導入の手順を紹介しました。",
    "この続きは、後編で詳しく取り上げます。",
    "第二部では、海外の事例を扱います。",
    "設定を確認しておきましょう。",
    "公式サイトで最新情報を検索してみてください。",
    "購入前に、保証期間を必ず確認してください。",
    "温度は季節に合わせて調整するのがおすすめです。",
    "気になる銘柄は、証券会社のアプリで検索できます。",
    "念のため、バックアップを取ってから作業を始めましょう。",
    "最新の統計は総務省のサイトで確認できます。",
    "依頼内容を整理してから見積もりを出しましょう。",
    "ユーザーの指示に従ってAIが文章を生成します。",
    "クライアントからの依頼文には、納期と文字数を必ず書いてもらいましょう。",
    "上司の指示を鵜呑みにせず、目的を確かめることが大切です。",
    "お客様からのご要望は、担当者が一つずつ記録しています。",
    "ご依頼から納品までは、通常2週間ほどかかります。",
    "取引先からのご指示があれば、仕様を変更することもあります。",
    "記事の文字数は3000字前後が目安とされています。",
    "AIライターは、キーワードを入れるだけで記事の下書きを作ってくれます。",
    "生成された原稿は、必ず人の目でチェックしましょう。",
    "ChatGPTに続きを書かせると、文体が微妙に変わることがあります。",
    "検索結果をもとに回答を生成する仕組みは、RAGと呼ばれます。",
    "プロンプトで敬体での統一を指示すると、文体のブレが減ります。",
    "下書きの段階では、完成度よりもスピードを優先しましょう。",
    "Markdown形式で書いておけば、ブログへの移行も簡単です。",
    "見出しはH2とH3を使い分けると読みやすくなります。",
    "SEOの観点では、1記事あたり5000字程度が理想という意見もあります。",
    "ツールが途中でタイムアウトした場合は、時間をおいて再実行してください。",
    "前回の出力を引き継いで続きを生成する機能も追加されました。",
    "AIが書いた記事は、論点がぼやけがちだと言われます。",
    "原稿が完成したら、一晩寝かせてから読み直すのがコツです。",
    "トーンをカジュアルに寄せるか、フォーマルにするかは読者次第です。",
    "私も実際に試してみましたが、設定は5分で終わりました。",
    "正直に言うと、最初はこの製品を疑っていました。",
    "私は毎朝、この記事で紹介した方法で株価をチェックしています。",
    "この記事を書くにあたり、五冊の関連書籍を読みました。",
    "書き終えてみて、改めてこの問題の根深さを感じました。",
    "私自身、文章を書くのは得意ではありません。",
    "取材を終えて、記事の構成を大きく変えることにしました。",
    "我ながら、よく続いたと思います。",
    "筆者の調べた範囲では、同様の事例は国内に三件しかありません。",
    "拙い文章ですが、最後まで読んでいただけると嬉しいです。",
    "今回の検証では、三つの条件で速度を測りました。",
    "まだ調べ切れていない部分もあるので、分かり次第追記します。",
    "この記事は、2026年1月時点の情報をもとに作成しています。",
]
ARTICLE_ROUND7_EN = [
    "In the next section we look at costs.",
    "The first draft is rarely the final one.",
    "That covers the basic setup.",
    "Next, we'll compare the three pricing plans.",
    "Check your settings before you start the upgrade.",
    "Search the vendor's site for the latest firmware.",
    "Adjust the fan curve if the card runs hot.",
    "Clients should put every request in writing.",
    "The model follows the user's instructions and generates the text.",
    "Most style guides suggest keeping posts under 1,500 words.",
    "AI writing tools can produce a full draft in seconds.",
    "Editors told me the brief is the most important document in a commission.",
    "Writers often ask for a word count before they accept a job.",
    "I tried it myself, and setup took five minutes.",
    "Honestly, I expected the battery to last longer.",
    "I reread my notes from the launch event before writing this.",
    "When I finished the first draft of this review, I threw half of it away.",
    "As you may recall, prices fell sharply last spring.",
    "Your brief to a freelancer should state the audience and the tone.",
    "Follow the instructions on the box to pair the headphones.",
    "If the page returns a 404, the link has probably moved.",
    "Picking up where the 2023 report left off, the new study tracks prices to 2025.",
    "That wraps up our look at the budget phones.",
    "Feel free to share this guide with your team.",
    "The article continues below the chart.",
    "Overall, I'm impressed with how well the camera handles low light.",
    "I kept the old laptop as a backup, as the manual suggests.",
    "Each chapter ends with a short summary and a quiz.",
    "Use British spelling throughout if your readers are in the UK.",
    "The tool timed out twice during our benchmark, so we reran it.",
]

# the lead's held-back set, written while round 7 was being made and kept
# from its author (25 sentences). The merged rule removed 6 of the 15
# Japanese and 2 of the 10 English at the start of a post (2 and 1
# mid-article); after the patterns for the generation's medium ("次の出力で
# 続けます", "in my next message") and the edge-only hand-over and rework
# offers, 13 of the 25, listed here at one position each. The other 12 -
# self-assessments, format choices, edits reported - are still kept.
MONOLOGUE_REVIEW_R7 = [
    ("plan", "ja", "start", "では、いただいたテーマで記事を書いていきます。"),
    ("plan", "ja", "seam", "引き続き、後半部分を執筆します。"),
    ("requester", "ja", "mid", "ご要望どおり、専門用語には簡単な説明を添えました。"),
    ("generation", "ja", "mid", "前回の回答が途中で切れていたので、続きを出力します。"),
    ("handover", "ja", "end", "以上、ご依頼の記事でした。"),
    ("plan", "ja", "start", "構成案をもとに本文を作成しました。"),
    ("generation", "ja", "inline", "いったんここで区切り、残りは次の出力で続けます。"),
    ("plan", "en", "seam", "Now I'll move on to the case studies section."),
    ("requester", "en", "start", "As requested, each technical term now has a short explanation."),
    ("generation", "en", "mid", "My previous reply was cut off, so here is the rest."),
    ("handover", "en", "end", "That's the article you asked for."),
    ("offer", "en", "end", "If needed, I can condense this into a shorter summary."),
    ("generation", "en", "end", "I'll stop here and continue in the next message."),
]
# red-team round: wordings from posts written to test the tool on posts it
# had never seen (8 of these 10 were missed before their patterns were added;
# the last two check that narrowing "the search returned…" kept them)
MONOLOGUE_REDTEAM = [
    ("continuation", "ja", "seam", "前のセクションの最後から再開しますね。"),
    ("done", "ja", "end", "以上で本文は完了です。"),
    ("echo", "ja", "seam", "【これまでに出力した本文の末尾】"),
    ("echo", "ja", "mid", "【生成済みの記事の最後の部分】"),
    ("plan", "en", "start", "I'll start by outlining the key sections of the post, then write each one in full."),
    ("handover", "en", "end", "The requested blog post is now complete at around 420 words."),
    ("offer", "en", "end", "I can also produce a shorter LinkedIn version if that would help."),
    ("research", "en", "start", "Okay, I have enough material now from the manufacturer manuals."),
    ("announce", "en", "start", "Drafting the full post below, keeping the tone friendly and practical."),
    ("search", "en", "mid", "My initial search turned up nothing on the new fab."),
    # a second sweep of fresh wordings (9 of its 24 were caught at the start before)
    ("generation", "en", "mid", "(Continuing from the previous response.)"),
    ("generation", "en", "seam", "Picking up right where the last chunk ended:"),
    ("preamble", "en", "start", "Below you'll find the complete post, ready to paste into your CMS."),
    ("generation", "ja", "mid", "出力が長くなるため、ここで一度区切ります。"),
    ("preamble", "ja", "start", "それでは、記事本文を以下に記載します。"),
    ("continuation", "ja", "seam", "以下、前回の続きです。"),
    ("continuation", "ja", "seam", "ここからは記事の後半部分になります。"),
    # the lead's check of the blog's own kinds in fresh wordings (28 of 29
    # were caught at the start of a post and after a seam; this one was not)
    ("echo", "en", "seam", "(Continuing from the existing article)"),
    # session 6's fresh-post red-team (30 posts written blind): all of these
    # were missed before their kinds were generalised
    ("preamble", "en", "start", "Sure — here is the full post, written in the voice you asked for."),
    ("tool", "ja", "start", "The fetch_url call returned a timeout error. Retrying…"),
    ("tool", "ja", "start", "Second attempt also failed; proceeding with the material already collected."),
    ("plan", "en", "seam", "Remaining sections: market outlook, risks, and conclusion."),
    ("done", "ja", "mid", "ここまでで記事の前半を書き終えました。続いて、後半のセクションに進みます。"),
    ("status", "en", "seam", "Searching for current cache pricing from the major providers... the documentation pages returned mixed results."),
    ("selfcheck", "ja", "end", "記事の本文は以上です。全体で約1,400字となり、ご指定の文字数に収まっています。"),
    ("offer", "en", "end", "Let me know if you'd like a version with current price ranges."),
    ("echo", "ja", "seam", "【ここから続きを執筆】"),
    ("generation", "en", "seam", "Picking up from the cut-off sentence."),
    ("plan", "ja", "mid", "続いて、後半の「懸念される点」と「今後の展望」のセクションに進みます。"),
    ("tool", "ja", "start", "The fetch_url call returned a timeout error. Retrying with a shorter query about robotaxi regulation in Japan."),
]
# session 6, a third fresh sweep by a helper: the blog's kinds of agent speech
# in wordings the probes lacked (Japanese posts; 31 of its 49 Japanese ones were
# missed at every position before their kinds were added), at the start of a post
MONOLOGUE_FRESH_R9 = [
    ("selfcheck", "ja", "start", "The draft runs to roughly 3,400 characters, which falls within the 3,000–4,000 range you specified."),
    ('ack', "ja", "start", 'はい、かしこまりました。NVIDIAの決算に関する記事を、前回の続きから仕上げてまいります。'),
    ('ack', "ja", "start", '承知しました！ご指定のトーンを保ちながら、Micronの新型メモリについての記事を最後まで書き切ります。'),
    ('ack', "ja", "start", 'はい、了解いたしました。既存の文章に自然につながるよう、後半を執筆いたします。'),
    ('ack', "ja", "start", 'ええ、承知しました。それでは途中で止まっている記事を完成させていきますね。'),
    ('announce', "ja", "start", '（前回出力された本文の末尾から再開）'),
    ('announce', "ja", "start", 'ここから、記事の続きを書かせていただきます。'),
    ('announce', "ja", "start", '以下に、既存部分に続く本文を記します。'),
    ('announce', "ja", "start", '記事の後半を以下に続けて出力します。'),
    ('announce', "ja", "start", 'それでは、中断したところから続きを記述いたします。'),
    ('announce', "ja", "start", '前の応答の続きとして、TSMCの設備投資の節から書き進めます。'),
    ('apology', "ja", "start", '申し訳ございません。「富士通、生成AI基盤を刷新」について調べましたが、信頼できる情報源が見つかりませんでした。'),
    ('apology', "ja", "start", '大変申し訳ありませんが、本日のウェブ検索の利用上限に達したため、最新情報を取得できませんでした。'),
    ('apology', "ja", "start", '恐れ入りますが、ご指定のニュースについては検索しても該当する発表が確認できませんでした。'),
    ('apology', "ja", "start", '申し訳ありません、検索機能の割り当てを使い切ってしまったため、記事に必要なデータを集められませんでした。'),
    ('apology', "ja", "start", 'すみません、ソフトバンクの発表に関する一次情報にたどり着けず、十分な分析ができません。'),
    ('closing', "ja", "start", '参考になる記事のURLなどがあれば、共有していただけますか？'),
    ('closing', "ja", "start", 'もしよろしければ、別のテーマで記事を作成することもできますが、いかがいたしましょうか。'),
    ('closing', "ja", "start", '追加の資料をご提供いただければ、それをもとに改めて執筆いたします。'),
    ('closing', "ja", "start", '時間をおいて再度検索を試みることもできますので、お申し付けください。'),
    ('closing', "ja", "start", '記事の方向性について、ご希望があればお聞かせください。'),
    ('closing', "ja", "start", '方針をご確認いただけましたら、すぐに執筆に取りかかります。'),
    ('echo', "ja", "start", '【既存記事の末尾】'),
    ('echo', "ja", "start", '【これまでの記事の内容】'),
    ('echo', "ja", "start", '【続きを書く際の注意点】'),
    ('echo', "ja", "start", '【執筆条件】文字数：2000〜3000字、文体：です・ます調'),
    ('echo', "ja", "start", '上記の記事に自然につながるように、続きを書いて記事を完成させてください。'),
    ('echo', "ja", "start", '※既存の文章を繰り返さず、続きから書き始めること。'),
    ('echo', "ja", "start", '【記事のテーマ】AI半導体の輸出規制'),
    ('selfcheck', "ja", "start", 'ここまでで約2,500字なので、要件の範囲内に収まっています。'),
    ('selfcheck', "ja", "start", '文字数を確認したところ、約3,800字で指定範囲内でした。'),
    ('selfcheck', "ja", "start", '全体の文字数は3,200字程度で、要件を満たしていると判断します。'),
    ('selfcheck', "ja", "start", '字数を数えると約2,000字でしたので、要件に届くよう加筆しました。'),
    ('plan', "ja", "start", 'まず、Googleの新しいGeminiモデルに関する最新報道をウェブ検索で確認します。'),
    ('search', "ja", "start", '日本語のキーワードでは結果が出なかったので、英語で検索し直してみます。'),
    ('plan', "ja", "start", '検索で十分な情報が得られたので、これから記事の構成案に沿って本文を書き始めます。'),
    ('tool_error', "ja", "start", 'ファイル書き込みツールが見つからないため、記事を直接回答として出力します。'),
    ('tool_error', "ja", "start", 'ツール名を間違えてしまいました。正しい関数で再実行します。'),
    ('tool_error', "ja", "start", '同じエラーが繰り返し発生しているので、別の方法を試みます。'),
    ('pivot', "ja", "start", '承知いたしました、特定の企業に限定せず、AIによる開発効率化というテーマで記事を組み立てます。'),
    ('done', "ja", "start", '以上で記事の続きの執筆を終わります。'),
    ('done', "ja", "start", 'これで記事が完成しました。お役に立てましたら幸いです。'),
    ('plan', "ja", "start", "I've outlined the post in five parts: context, the announcement, technical details, market impact, and outlook. Next I'll look up the latest figures on SK Hynix's HBM4 shipments."),
    ('plan', "ja", "start", "Having drafted the structure, my next move is to gather recent coverage of Oracle's cloud contracts with OpenAI."),
    ('plan', "ja", "start", "Let me first pull together background on Alibaba's Qwen3-Max release before writing the introduction."),
    ('search', "ja", "start", "That query came back empty, so I'm going to rephrase it in Japanese and drop the company name."),
    ('search', "ja", "start", "The latest search gave me solid details on Micron's 192GB modules, including capacity, power draw and customer timelines."),
    ('search', "ja", "start", "I now have enough on Nscale's funding round to start writing; I'll synthesize the findings into the article."),
    ('tool_error', "ja", "start", "That call failed because `save_file` isn't an available tool; I should be using `default_api.write_file` instead."),
    ('tool_error', "ja", "start", "It seems I can only use `read_file` and `web_fetch`, so I'll output the article directly in my reply instead of saving it."),
    ('tool_error', "ja", "start", 'Oops — I passed the wrong argument name to the write tool. Fixing that now.'),
    ('apology', "ja", "start", 'Sorry, the web search tool has hit its daily limit, so I can\'t research "NEC、生成AIで保守業務を自動化" right now.'),
    ('apology', "ja", "start", "Unfortunately, the search quota for this model has been used up for today, which means I can't gather the facts needed for this post."),
    ('apology', "ja", "start", "I regret that I'm unable to look up the latest information on Groq's partnership with IBM because the search service is rate-limited."),
    ('closing', "ja", "start", 'Would you like me to retry the search later, or write a general piece on AI inference chips instead?'),
    ('closing', "ja", "start", "If you can share a link to the original announcement, I'll write the article from that."),
    ('closing', "ja", "start", 'Let me know whether I should continue without web access.'),
    ('selfcheck', "ja", "start", "Checking the length: the article is about 2,900 characters, slightly under target, so I'll add a section on risks."),
    ('ack', "ja", "start", "Understood — I'll continue the existing article from its last paragraph, matching its tone."),
]
# and the look-alikes written with them, at four positions
ARTICLE_FRESH_R9 = [(lang, position, s) for lang, s in (
    ("ja", "このツールは記事の続きを自動で書き進めます。"),  # a product described (the lead's)
    ("ja", "AIが記事を自動で出力します。"),
    ("en", "The article is about 3,000 words long, so grab a coffee."),  # removed since before this session
    ("en", "The agent kept calling write_file instead of default_api.write_file, and the run failed after three retries."),
    ('ja', '本記事では、SK hynixのHBM4量産がAI半導体市場に与える影響を解説します。'),
    ('ja', '筆者はこの一週間、関連する特許や論文をひととおり調べてみました。'),
    ('ja', '試しにChatGPTに質問してみると、「申し訳ありませんが、その情報は見つかりませんでした」という答えが返ってきました。'),
    ('ja', '生成AIに「記事の続きを書いて」と頼むと、「はい、承知いたしました」と前置きしてから書き始めることがよくあります。'),
    ('ja', '訂正：初出時、Micronの新モジュールの容量を128GBと記載していましたが、正しくは192GBです。お詫びして訂正いたします。'),
    ('ja', '前回の記事では触れられなかった論点について、今回は掘り下げてみます。'),
    ('ja', '既存の記事でも触れたように、HBMの供給不足は当面続く見通しです。'),
    ('ja', '筆者が検索した限りでは、TISの発表に関する一次資料は公開されていませんでした。'),
    ('ja', 'まず、Pythonの仮想環境を作成し、必要なライブラリをインストールしてください。'),
    ('ja', '検索結果が表示されない場合は、キーワードを英語に変えて再度検索してみてください。'),
    ('ja', 'APIの利用上限に達すると、Geminiは「quota exceeded」というエラーを返します。'),
    ('ja', '以下の表に、主要クラウド各社のAIインフラ投資額をまとめました。'),
    ('ja', '読者の皆さんは、この動きをどう見ますか？ぜひご意見をお聞かせください。'),
    ('ja', '記事の内容に誤りがありましたら、お問い合わせフォームからご連絡いただけると助かります。'),
    ('ja', 'ご質問やご要望があれば、コメント欄でお気軽にどうぞ。'),
    ('ja', '文字数を気にせず書いたところ、この記事は普段の倍の長さになってしまいました。'),
    ('ja', '同社の広報担当者は「詳細についてはお答えできません」と回答しました。'),
    ('ja', 'エージェントは「ツールが見つかりません」というエラーを何度も繰り返し、最終的に処理を中断しました。'),
    ('ja', '続きは次回の記事で、実際の導入事例とともに紹介する予定です。'),
    ('ja', 'それでは、具体的な導入手順を順番に見ていきましょう。'),
    ('ja', '私自身、最初にこのニュースを見たときは半信半疑でした。'),
    ('ja', 'では、なぜOracleはこれほど巨額の投資に踏み切ったのでしょうか。'),
    ('ja', 'プロンプトには「3000字以上で書いてください」のように、文字数の条件を明記するのがコツです。'),
    ('ja', '申し訳程度のAI機能を追加しただけの製品も少なくありません。'),
    ('ja', '承知のとおり、NVIDIAのBlackwellは供給が逼迫しています。'),
    ('ja', 'この記事を書くにあたって、Groqの公式ドキュメントと決算資料を読み込みました。'),
    ('ja', 'もちろん、すべての企業がこの波に乗れるわけではありません。'),
    ('ja', '結論を先に言えば、AI人材の不足は今後さらに深刻になるでしょう。'),
    ('en', "In this post, I'll walk through how Nvidia's Blackwell changes the economics of inference."),
    ('en', 'I spent the weekend searching through SEC filings and found no mention of the deal.'),
    ('en', 'When I asked Gemini about the announcement, it replied, "I apologize, but I am unable to perform web searches right now."'),
    ('en', "Correction: an earlier version of this article misstated Micron's module capacity as 128GB; it is 192GB."),
    ('en', 'First, open the console and create a new API key; then paste it into the config file.'),
    ('en', 'If the search returns no results, try broadening your query or switching to English terms.'),
    ('en', "When the daily quota is exceeded, the API responds with a 429 error and you'll need to wait until it resets."),
    ('en', 'Let me know in the comments whether you think the export rules will hold.'),
    ('en', 'Would Oracle have made this bet without OpenAI as a customer? I doubt it.'),
    ('en', "I've covered the memory market since the DDR3 days, and this cycle feels different."),
    ('en', "Here's the key chart from Micron's earnings call."),
    ('en', "Please check the vendor's documentation before upgrading your firmware."),
    ('en', "My initial read of the numbers was wrong, and I'll explain why below."),
    ('en', "Next, we'll look at how the new rules affect AMD and Intel."),
    ('en', 'Sorry to disappoint, but there is no magic shortcut to HBM supply.'),
) for position in ("start", "mid", "seam", "end")]

# the fourth fresh sweep (session 7): a helper wrote 30 posts blind; of the
# agent's sentences below, in the place each stood, none was removed before
MONOLOGUE_SWEEP4 = [
    ("tool", "ja", "start", "参考情報を集めようとしたところ search_web がタイムアウトしましたが、手元の知識でこのまま進めます。"),
    ("done", "ja", "end", "本文は以上です。"),
    ("offer", "ja", "end", "見出しの言い回しを変えたい場合や、事例を差し替えたい場合はお知らせください。"),
    ("progress", "ja", "mid", "（ここで全体のおよそ半分です。後半は導入の壁と、これから始める人へのヒントに移ります）"),
    ("selfcheck", "ja", "mid", "ここまでで約1,900字なので、次の節で事例を足して厚みを出します。"),
    ("tool", "ja", "start", "下書きファイルに保存できないため、本文をこの応答にそのまま記載します。"),
    ("plan", "ja", "seam", "引き続き、結びの段落を書きます。"),
    ("plan", "ja", "seam", "次は「翻訳者の役割の変化」の節に進みます。"),
    ("echo", "ja", "seam", "【これまでの本文の末尾】"),
    ("echo", "ja", "seam", "【続きの本文】"),
    ("done", "ja", "end", "――以上、約3,300字で仕上げました。"),
    ("style", "ja", "end", "トーンは落ち着いた解説調にしています。"),
    ("progress", "ja", "mid", "[進捗メモ: 第3節まで完了。残りは自治体の課題、保険への応用、結びの3節]"),
    ("plan", "ja", "mid", "では、第4節「残る課題」の執筆に移ります。"),
    ("handover", "ja", "end", "問題ないので、この内容で提出します。"),
    ("plan", "ja", "start", "記事の構成は次のとおりにします。"),
    ("offer", "ja", "end", "続きや別の切り口の記事が必要でしたら、テーマを一言いただければすぐに取りかかります。"),
    ("selfcheck", "ja", "end", "セルフチェック："),
    ("tool", "ja", "mid", "Error: tool `lookup_statute` is not available in this environment. Continuing without the statute text."),
    ("generation", "en", "seam", "Continuing below."),
    ("generation", "en", "seam", "Resuming where the previous output was truncated — the productivity section is next."),
    ("generation", "en", "seam", "Let me restart the article from the top so the structure stays consistent."),
    ("plan", "en", "mid", "I'll now write section 3 on tracing agents, then wrap up with evaluation."),
    ("selfcheck", "en", "mid", "Word count check: about 520 words so far. I'll expand the next section to reach the target."),
    ("selfcheck", "en", "mid", "I'll add a section on limitations and one on funding to reach the target length."),
    ("selfcheck", "en", "mid", "(Self-review: tone is consistent, claims are hedged, no invented statistics. Moving on to the conclusion.)"),
    ("plan", "en", "start", "Got it — I'll write a 1,200-word explainer on carbon accounting for chipmakers."),
    ("style", "en", "start", "Sure thing! I kept the tone conversational and worked in a few concrete numbers where I could."),
    ("closing", "en", "end", "Hope this hits the mark — shout if you want the conclusion to land harder or the intro trimmed."),
    ("offer", "en", "end", "If you'd like, I can turn the comparison table into a one-page cheat sheet for your readers."),
    ("research", "en", "start", "Alright, I've pulled the license texts for the five most popular open-weight models. Drafting the comparison post now."),
    ("tool", "en", "seam", "⚠️ fetch_page failed: ConnectionResetError(104, 'Connection reset by peer'). Proceeding without the launch manifest."),
]

# the fifth sweep (28 posts written blind, session 7): none of these was
# removed where it stood before its patterns were added
MONOLOGUE_SWEEP5 = [
    ('search', 'ja', 'start', 'I searched for "submarine cable AI data center investment 2025" but the results were mostly outdated press releases, so I\'ll rely on the broader trend and keep specific figures conservative.'),
    ('progress', 'ja', 'mid', 'Draft status: intro and two sections are done. Next up is the investment angle, then the closing. Still aiming for roughly 4,000 characters in total.'),
    ('generation', 'ja', 'seam', 'Resuming from the section on false alarms so the flow stays intact.'),
    ('progress', 'ja', 'mid', 'TODO: double-check the per-bed cost range and subsidy wording before this goes live.'),
    ('tool', 'ja', 'seam', 'Error: ocr_receipt() timed out after 60s. Skipping the receipt-scanning screenshot and moving on with the text.'),
    ('handover', 'ja', 'start', 'Draft follows. I used the house voice from the sample posts and kept every figure illustrative rather than naming specific companies.'),
    ('tool', 'ja', 'mid', 'Tool call failed: fetch_stats(source="fisheries_agency") returned HTTP 503. I\'ll describe the cost structure qualitatively instead of quoting the latest survey.'),
    ('selfcheck', 'ja', 'end', 'Self-check: no claims tied to a specific municipality, tone matches the brief, headings are h2 only. Ready to publish.'),
    ('generation', 'ja', 'seam', 'Picking up right where the text broke off:'),
    ('handover', 'en', 'start', "Absolutely — here's a draft of the post on grid transformers. I aimed for a measured, analyst-style voice and kept the numbers hedged."),
    ('generation', 'en', 'seam', 'Okay, picking the thread back up from the builders section.'),
    ('search', 'en', 'start', 'Searching: "humanoid robot funding round 2025 series B valuation pilot customers"'),
    ('progress', 'en', 'mid', '(Running total: ~620 words. Two sections left, then the close.)'),
    ('closing', 'en', 'end', "I've kept the tone neutral and avoided anything that reads as a buy or sell call, per the brief. Let me know what you think of this version and I'll revise."),
    ('done', 'en', 'end', 'End of article. Word count is about 780, a little under the 800 you asked for; I can pad the risks section if needed.'),
    ('plan', 'en', 'start', 'Understood. Writing this as a Hugo post with TOML front matter, roughly 900 words, for a general tech-investing audience.'),
    ('offer', 'en', 'end', 'Shall I also prepare social copy for this post? I can do a short thread version and a one-line teaser.'),
    ('plan', 'en', 'start', 'Sure. Quick plan: (1) why yield matters, (2) how vision models help, (3) limits, (4) the investor angle. Writing it now.'),
    ('tool', 'en', 'seam', 'web_fetch error: 429 Too Many Requests while loading the protocol spec. Continuing from memory; details below are kept general.'),
    ('offer', 'en', 'end', "Please share any feedback on structure or tone, and I'll turn around a revised draft the same day."),
    ('ack', 'ja', 'start', 'ご依頼の件、了解いたしました。海底ケーブルとAIインフラの関係について、投資家と技術者の両方に向けたブログ記事を書いていきます。'),
    ('done', 'ja', 'end', '以上が本文になります。タイトル案を別に三つほど用意することもできますので、必要でしたらお申し付けください。'),
    ('handover', 'ja', 'start', '以下、完成した記事本文です。'),
    ('plan', 'ja', 'mid', '（このあと、働く人への影響の節と、結びの段落を書き足します）'),
    ('feedback', 'ja', 'end', 'この記事の内容について、ご意見や直してほしい箇所があればお聞かせください。いただいた点を踏まえて書き直します。'),
    ('offer', 'ja', 'end', '家族の立場から見た記事や、施設経営者向けの記事に書き換えることも可能です。ご希望があればお知らせください。'),
    ('generation', 'ja', 'mid', '（続きは次の出力で書きます。残りはインボイス制度との関係、導入のポイント、結びの三つです）'),
    ('selfcheck', 'ja', 'end', '全体で約3,200字となり、依頼された字数の範囲内です。見出しは五つ、結びは読者への問いかけの形にしてあります。'),
    ('feedback', 'ja', 'end', '内容の正確さや読みやすさについて、気になる点があればご指摘ください。いただいたフィードバックをもとに改稿いたします。'),
    ('offer', 'ja', 'end', '記事は以上です。画像の挿入位置の提案が必要でしたら、段落ごとにお示しします。'),
    ('plan', 'ja', 'start', '記事の骨子：①AI創薬の現状 ②それでも薬がすぐにはできない理由 ③製薬会社のビジネスモデル ④投資家への示唆 ⑤結び。では、この順で書き進めます。'),
    ('handover', 'ja', 'start', 'ご要望の記事が仕上がりました。特定の銘柄の売買を勧める表現は避けてあります。'),
]

# a model's thought summaries left in the post (the blog's posts hold them in
# English, in Japanese articles): progress reports on its own work in the
# register "I'm now focusing on…", "I've begun dissecting…", "My focus is now…"
MONOLOGUE_THOUGHT_SUMMARY = [
    ("progress", "ja", "mid", "I'm now focusing on the market impact section, drawing on the earnings data I gathered earlier."),
    ("progress", "ja", "mid", "My focus is now on structuring the article so that each section flows into the next."),
    ("progress", "ja", "mid", "I've successfully compiled the key figures; next, I'll weave them into the analysis."),
    ("progress", "ja", "mid", "I'm zeroing in on the implications for Japanese manufacturers now."),
    ("progress", "ja", "seam", "**Drafting the Introduction** I'm starting to draft the introduction, aiming for an engaging hook."),
    ("progress", "ja", "mid", "I'm structuring the piece around three themes: demand, supply, and pricing."),
    ("progress", "ja", "end", "I've finalized the draft and double-checked the figures against my sources."),
    ("progress", "en", "start", "I'm now refining the outline to include a section on supply chain risks."),
    ("progress", "en", "start", "I've begun dissecting the user's request to understand the scope of the article."),
    ("progress", "en", "seam", "I'm now focusing on the market impact section, drawing on the earnings data I gathered so far."),
    ("done", "en", "end", "I'm ready to present the article."),
]

# an agent CLI's traces in its own tool names, and its research reported done
MONOLOGUE_AGENT_CLI = [
    ("tool", "ja", "start", '[tool_call: google_web_search for query "AI半導体 輸出規制"]'),
    ("tool", "en", "mid", '[tool_call: google_web_search for query "AI chip export rules"]'),
    ("tool", "en", "seam", 'tool_code: print(google_search.search(queries=["AI chip export rules"]))'),
    ("tool", "ja", "mid", "run_shell_command failed: permission denied."),
    ("research", "ja", "start", "記事の執筆に必要な情報を収集しました。"),
]

# the sixth sweep (30 posts written blind, session 8): none of these was
# removed where it stood before its patterns were added
MONOLOGUE_SWEEP6 = [
    ("handover", "en", "start", "Sure! Here's a travel post about Lisbon on a budget, written in a friendly first-person voice with practical tips."),
    ("plan", "en", "start", "Okay. Plan: hook with a story, then three tactics, then a script, then wrap. Target 1,000 words."),
    ("handover", "ja", "start", "Here is the blog post you requested about AI meeting minutes. I wrote it in Japanese for a business audience and kept the tone practical."),
    ("note", "en", "mid", "[Note: I don't have current tram fares — please double-check before publishing.]"),
    ("requester", "en", "mid", "The request mentioned readers in their twenties, so I'm leaning on examples with entry-level salaries."),
    ("search", "en", "mid", 'Searching PubMed for "sitting duration low back pain meta-analysis"…'),
    ("progress", "en", "seam", "STATUS: specs table done; writing verdict next"),
    ("tool", "en", "mid", "Tool output truncated (2,048 tokens)."),
    ("requester", "en", "mid", "(I'm keeping Windows out of scope, per your note.)"),
    ("note", "en", "mid", "(I couldn't confirm the 616 total from a primary source — worth double-checking before this goes out.)"),
    ("correction", "en", "mid", "Wait, I need to fix the previous section — on recent macOS the flag is --apple-use-keychain, not -K. Corrected section below."),
    ("progress", "en", "start", "[draft 2 — intro rewritten]"),
    ("offer", "en", "end", "Happy to add a troubleshooting section for common agent errors."),
    ("offer", "en", "end", "I can also format it as a printable recipe card if you want."),
    ("selfcheck", "en", "end", "(~1,150 words — trimmed the intro to stay under your limit.)"),
    ("progress", "ja", "seam", "(status: specs table done, 3/5 sections, ~1,400 chars)"),
    ("progress", "ja", "mid", "ok, warm-up part's done. gonna keep the next bit short since the brief says beginner-friendly."),
    ("tool", "ja", "mid", "[tool] run_python(file=\"kakeibo_sample.py\") -> KeyError: '金額'"),
    ("tool", "ja", "seam", "[web_fetch] https://example.com/denki-tanka -> 403 Forbidden"),
    ("requester", "ja", "mid", "ここは読者が初心者とのご指定なので、用語の説明を厚めにしています。"),
    ("requester", "ja", "mid", "手順は5つ以内に収めるようにとのご指示でしたので、下ごしらえを一つにまとめています。"),
    ("progress", "ja", "mid", "ここまでで前半となります。引き続き、後半の「積立額の決め方」と「設定後の注意点」を執筆してまいります。"),
    ("requester", "ja", "seam", "（※調べた範囲では、三度飛脚の所要日数について裏付けが取れませんでした。ご依頼の趣旨に合わせ、幅を持たせた表現にしています。）"),
    ("prompt", "ja", "mid", "【追加指示】読者の年齢層は30〜40代を想定し、各項目に具体的な金額の例を入れること。"),
    ("requester", "ja", "start", "（※ご依頼者様へ：各店舗の営業時間は検索で確認しきれませんでしたので、公開前にご確認をお願いいたします。）"),
    ("ai", "ja", "mid", "念のため補足すると、ここで挙げた割合は私の学習データに基づくもので、最新の研究を反映していない可能性があります。"),
    ("offer", "ja", "end", "他のアレンジレシピも必要でしたら、お申し付けください。"),
    ("search", "ja", "mid", "検索: 30代 未経験 エンジニア 転職 成功率"),
    ("note", "ja", "mid", "**確認事項：** 以下の数値は2023年の調査を参照しましたが、出典URLは取得できていません。"),
    ("note", "en", "mid", "**Writer's note:** I couldn't verify the 80% figure from a primary source; consider softening it before publishing."),
]

# the seventh sweep (16 posts in the blog's own style, written blind,
# session 8): none of these was removed where it stood before
MONOLOGUE_SWEEP7 = [
    ("ack", "ja", "mid", "ええ、承知いたしました。個別の発表内容に踏み込みすぎず、地方銀行が生成AIを共同で使うという流れそのものについて、記事としてまとめていきます。"),
    ("offer", "ja", "end", "もし、参加行ごとの取り組みを比較する表や、投資家向けの要約版が必要でしたら、お申し付けください。"),
    ("offer", "ja", "end", "もし、決済各社の取り組みを比較した表や、導入スケジュールの一覧が必要でしたら、追加で作成いたします。"),
    ("tool", "ja", "mid", "The call to `fetch_page` for the ministry's PDF timed out again, so I'm using the figures from the press release instead."),
]

# the eighth sweep (13 more posts in the blog's style, written blind,
# session 8): none of these was removed where it stood before
MONOLOGUE_SWEEP8 = [
    ("plan", "ja", "start", "見出しは太字で入れ、最後は読者への問いかけで締めくくります。"),
    ("plan", "ja", "mid", "構成案：①導入 ②仕組み ③収益の源泉 ④リスク ⑤投資家・技術者への示唆 ⑥結び。この順番で、数字は控えめにしながら書き進めます。"),
    ("search", "ja", "start", "申し訳ありません。農林水産省のスマート農業実証プロジェクトの最新の集計を検索しましたが、該当する資料にたどり着けませんでした。数値は公表済みの一般的な傾向の範囲で記述します。"),
    ("tool", "ja", "seam", 'Tool error: search_news() returned 0 results for "系統用蓄電池 接続検討 申込件数 2025". Skipping the figures and keeping this part qualitative.'),
    ("progress", "ja", "mid", "I'm now considering how to frame the privacy and fairness concerns without sounding alarmist."),
    ("requester", "ja", "mid", "※ご依頼の「4,000字程度」に合わせるため、海外の事例紹介は割愛しています。必要であれば追記いたします。"),
    ("selfcheck", "ja", "end", "The article is now about 3,600 characters, which is within the requested 3,000–4,000 range, and every required keyword appears at least once."),
    ("offer", "ja", "end", "ほかにも、保険会社向けの解説記事や、一般のドライバー向けのやさしい版が必要でしたら、いつでもお声がけください。"),
    ("plan", "ja", "start", "まずは背景から入り、最後は読者への問いかけで締めくくります。"),
    ("plan", "ja", "seam", "そのため、この部分は数値を挙げずに記述します。"),
]

# the ninth and tenth sweeps (31 posts in the blog's style, written blind,
# session 9): none of these was removed where it stood before
MONOLOGUE_SWEEP9 = [
    ("search", "en", "start", "The search returned several vendor press releases but few independent evaluations. I'll narrow the query to city transit reports from the last two years."),
    ("search", "ja", "start", "何度か検索してみましたが、該当する発表や報道が確認できず、具体的な機能をお伝えすることができません。"),
    ("requester", "ja", "start", "もし、この件について参考になる記事や資料があれば、共有していただけますでしょうか？"),
    ("offer", "ja", "end", "もし、旅館の経営者向けにもっと実務に寄せたバージョンや、続編が必要でしたら、お気軽にお申し付けください。"),
    ("offer", "ja", "end", "構成や文字数の調整、人事担当者向けの版などが必要でしたら、お気軽にお知らせください。"),
    ("offer", "ja", "end", "以上、自動運転バスの導入について解説しました。地方向けの版や文字数の調整などが必要でしたら、お気軽にお知らせください。"),
    ("offer", "ja", "end", "この記事について、特定の自治体の事例をさらに詳しく分析したり、別の切り口で書き直したりすることも可能です。必要でしたら、お気軽にお申し付けください。"),
    ("offer", "ja", "end", "表現の調整や、特定の地域に絞った追加の分析が必要でしたら、お気軽にお申し付けください。"),
    ("search", "ja", "start", "「電子棚札 導入率 2025」で検索したところ、業界団体の調査がいくつか見つかりました。ただし調査ごとに対象が異なるため、記事では具体的な比率には触れず、傾向として記述します。"),
    ("selfcheck", "en", "end", "The article is now complete at roughly 1,400 words. It covers the background, the analysis and advice for investors, as requested."),
    ("ack", "ja", "start", "ええ、承知いたしました。個別の発表の詳細は確認できませんでしたが、契約書の確認にAIを使う流れそのものは大切なテーマです。特定の製品に絞らず、この変化の意味を一緒に掘り下げていきましょう。"),
]

# the thirteenth sweep (12 posts in the blog's style, written blind, session 10)
# and the twelfth's last kinds (English posts from other pipelines)
MONOLOGUE_SWEEP13 = [
    ("search", "en", "start", "Search queries:"),
    ("note", "en", "end", "I couldn't access the latest BLS data, so I left out the unemployment-duration figures."),
    ("offer", "en", "end", "I can also turn this into a shorter newsletter version."),
    ("plan", "en", "seam", "I'll continue with the restore section now."),
    ("plan", "en", "start", "I'll use illustrative figures instead."),
    ("selfcheck", "ja", "end", "文字数は約2,500字です。ご要望があれば調整します。"),
    # its tool named after its article: the tool decides, whatever comes first
    ("apology", "ja", "mid", "申し訳ありません、記事作成ツールでエラーが発生しました。"),
    ("note", "ja", "end", "（※本記事では、具体的な製品名や導入企業名は検索結果で確認できなかったため、一般化して記述しています。実在の事例や最新の市場データを追加したい場合は、対象企業や期間をご指定ください。）"),
    ("selfcheck", "ja", "seam", "（ここまでで約2,800字です。続けて後半のセクションを、同じ文体で執筆します。）"),
    ("search", "ja", "start", "申し訳ありませんが、「契約審査AI 市場規模 2025 国内」で検索したところ、最新の統計データを見つけることができませんでした。ウェブ検索を再度試みましたが、信頼できる数値は得られていません。"),
    ("offer", "ja", "end", "この記事について、さらに詳しく知りたい点や、別の切り口での書き直しが必要でしたら、お気軽にお知らせください。読者層に合わせて専門用語の量を調整することも可能です。"),
]

# the fifteenth sweep (12 posts in the blog's style, written blind, session 11)
MONOLOGUE_SWEEP15 = [
    ("search", "en", "seam", "I searched for the full license text, but the page returned a 404, so I'll rely on the announcement summary instead."),
    ("search", "en", "start", "Found 6 results. Reading the top 3. The second source is paywalled; skipping it."),
    ("tool", "en", "mid", "[browse] HTTP 503 Service Unavailable — skipping source https://news.example.com/hbm-2026"),
    ("selfcheck", "en", "end", "*Note: This article is approximately 1,200 words and follows the requested structure.*"),
    ("plan", "en", "mid", "Now I'll move on to the section for investors."),
    ("apology", "en", "seam", "Apologies — the previous section ended abruptly. Continuing from where it stopped:"),
    ("selfcheck", "ja", "mid", "(Progress check: about 1,700 Japanese characters so far, within the 2,000–3,000 target. Next: the risks section.)"),
    ("done", "ja", "end", "以上が記事本文です。全体でおよそ2,300字になりました。トーンや構成の調整が必要でしたら、遠慮なくお知らせください。"),
    ("ack", "ja", "start", "はい、承知いたしました。以下に記事を掲載します。"),
    ("ack", "ja", "start", "かしこまりました！RAGの解説記事ですね。読者はエンジニアと経営層の両方を想定して、専門用語には補足を入れながら書いていきます。"),
    ("tool", "ja", "seam", "検索ツールでエラーが発生しました（429 Too Many Requests）。手元の知識で執筆を続けます。"),
    ("plan", "ja", "mid", "次に、導入時の注意点のセクションを書きます。"),
    ("search", "ja", "start", "「Kairo-2 商用 公開 料金」で検索しましたが、公式のプレスリリース以外にまとまった情報が見つかりませんでした。検索語を「湊ラボ LLM 価格 SLA」に変えて、開発者向けドキュメントも確認してみます。"),
    ("apology", "ja", "seam", "申し訳ございません。前回の回答で見出しの形式が崩れていました。以下、修正版の続きです。"),
    # the sixteenth sweep's
    ("preamble", "en", "start", "Sure — here is the blog post on sovereign AI clouds you asked for. I aimed for roughly 1,100 words and an analytical tone."),
    ("apology", "en", "seam", "Apologies for the cutoff — continuing below."),
    ("plan", "ja", "start", "公開されている導入事例を中心に、現場の課題が伝わる構成にしてみました。"),
    ("output", "ja", "seam", "最後の段落が途切れていた場合に備えて、結びをもう一度出力します。"),
    # the eighteenth and nineteenth sweeps' (session 12)
    ("selfcheck", "en", "end", "The article is about 1,050 words, which is within the requested 900 to 1,200 word range. It covers all the sections in the outline."),
    ("apology", "en", "start", "I apologize, but I am currently unable to perform web searches due to a daily quota limit. This prevents me from checking the newest figures for the battery chemistry you asked about."),
    ("echo", "en", "seam", "Continue the following article in the same style. Do not repeat earlier sections."),
    ("retry", "en", "seam", "Let me try again."),
    ("research", "en", "start", "Now I have enough to write the guide."),
    ("plan", "en", "mid", "Now I'll write the conclusion section."),
    ("closing", "en", "end", "I hope this captures the relaxed tone you were after."),
    ("selfcheck", "en", "end", "(Word count: ~640)"),
    ("source", "en", "end", "Note: I couldn't access the flour mill's website directly, so the protein figures may be out of date."),
    ("closing", "ja", "end", "Hopefully this version works for what you had in mind."),
    ("echo", "ja", "seam", "以下の記事の続きを、同じ文体で自然に書き進めて完成させてください。見出しや構成はそのまま維持してください。"),
    ("closing", "ja", "end", "文字数：約1200字。ご要望があれば、分量を変えたバージョンも作成できます。"),
    ("selfcheck", "ja", "mid", "（本文：約1200字）"),
    ("plan", "ja", "start", "承知しました。まず構成を考えます：1. 導入 2. 手入れ 3. まとめ"),
    ("source", "ja", "mid", "注：私はウェブにアクセスできないため、最新の価格は確認できていません。"),
    ("continuation", "en", "mid", "(Continuing with the verification section.)"),
    ("output", "ja", "seam", "続きを書きます。前回は二つ目の段落の途中で終わっていました。"),
    ("selfcheck", "en", "end", "The article is approximately 3,700 characters long, which is within the requested range of 3,000 to 4,000 characters."),
    ("plan", "en", "start", "I'll structure the piece as an introduction, a look at the benchmarks, the license, and a conclusion with practical advice."),
    ("selfcheck", "en", "end", "Word count so far: about 1,050 words. The target is 1,500 to 2,000 words, so I will add the deployment section and the conclusion."),
    ("retry", "en", "mid", "I will create the directory first and then retry writing the article."),
    ("echo", "en", "seam", "[End of existing article]"),
    ("echo", "en", "seam", "Keep the same voice and structure, and do not repeat sections that are already written."),
    ("search", "ja", "start", "まず「データセンター 電力需要 2030 原子力 契約」で検索し、最新の動向を確認します。検索結果が少なかったため、キーワードを英語に切り替えて再検索します。"),
    ("echo", "ja", "seam", "見出しの構成は維持し、結論まで書き切ってください。"),
    ("continuation", "en", "seam", "(Continuing from the previous section)"),
    ("search", "en", "start", "The first search returned nothing useful. I will try again with wider terms and leave out the product name."),
    ("output", "en", "seam", "I am sorry, the file tool is still unavailable, so I cannot save the post to disk. I will return the full article in my reply instead."),
    ("search", "ja", "start", "申し訳ありませんが、具体的な発表を見つけることができませんでした。ウェブ検索を何度か試しましたが、該当する記事が見当たらず、正確な分析に必要なデータがそろっていません。"),
    ("echo", "ja", "seam", "以下の記事の続きを、同じ文体と構成で自然に書き、記事を完成させてください。見出しや箇条書きも適宜使ってください。"),
]

# session 13's sweeps (rounds 24-26): a length tag, a tool's error line, the
# requested range met, a source done without, its cut output given again, a
# continuation note in brackets, an outline approved and the writing begun
MONOLOGUE_SWEEP24 = [
    ("length", "en", "end", "[Word count: 1,450]"),
    ("tool", "en", "mid", "Error: search tool timed out."),
    ("length", "ja", "end", "The article is now about 3,400 Japanese characters, which satisfies the 3,000-4,000 character requirement."),
    ("search", "en", "seam", "I'll continue without that source and rely on the interview notes."),
    ("search", "en", "start", "Falling back to cached results."),
    ("output", "ja", "seam", "前回の出力が途中で切れていたので、箇条書きの最初からもう一度出力します。"),
    ("output", "ja", "mid", "同じ段落の頭から書き直します。"),
    ("length", "ja", "end", "要件の2,500〜3,500文字の範囲に収まっています。"),
    ("continue", "ja", "seam", "（ここから続き）"),
    ("plan", "en", "start", "Now writing the full lesson based on this outline."),
]

# their look-alikes, written for the session's kinds by a person's hand (a
# helper writing blind): contest entries with their word counts, error lines
# quoted in a how-to, word limits in a call for papers, a printer's output
# cut, a shop's offers, a diary's search results
ARTICLE_SWEEP24 = [(lang, position, s) for lang, group in (
    ("en", (
        'Second place went to "Small Hours" [word count: 2,980], a story told entirely in voicemails.',
        'The letter to my grandmother [word count: 312] took longer to write than my entire thesis chapter.',
        'Error: browser returned HTTP 403',
        'When the crawler gets blocked, the log fills up with lines like "Error: browser returned HTTP 403" and nothing else.',
        'If you see "Error: search tool timed out." in the plugin console, raise the timeout in settings to 30 seconds.',
        "Error: connection refused — this usually means the database isn't running yet.",
        'Warning: the fetch failed for two of our twelve mirrors last night, so downloads were slow in Asia.',
        'Error: disk quota exceeded. That was the message that greeted me at 2 a.m. the night before my thesis was due.',
        'Error: the browser returned HTTP 403 for every request until we set a real User-Agent header.',
        'Warning: this step deletes your local cache.',
        "Error: npm ERR! code ENOENT means npm couldn't find a file it expected, usually package.json.",
        'The dreaded "Error: search tool timed out" is the most common support ticket we get for the Pro plan.',
        'Troubleshooting — Error: browser returned HTTP 403',
        'Warning: spoilers for the season finale below.',
        "Error: 404, sense of humour not found — my dad's favourite T-shirt.",
        'My final draft came to 3,450 characters, which satisfies the 3,000-4,000 character requirement for the scholarship essay.',
        'Aim for about 900 words; that fits the 800-1,000 word limit and leaves room for a title.',
        'The piece I submitted was 940 words, which fits the 800-1,000 word limit the magazine set.',
        'A 350-word abstract satisfies the 300-400 word requirement that most conferences in our field use.',
        'Entries that fall outside the 3,000-4,000 character requirement will not be judged.',
        'Make sure your essay fits the 800-1,000 word limit; the judges stop reading at word 1,001.',
        "Our students' median essay was 612 words, which fits comfortably within the 650 word limit of the Common App.",
        'Each post in this series fits the 800-1,000 word limit our editor gave us, so you can read one on a coffee break.',
        'I trimmed my cover letter to 380 words, which satisfies the 250-400 word requirement in the job ad.',
        "If your story is 4,100 characters, it does not meet the 3,000-4,000 character requirement and you'll need to cut.",
        'The haiku, at seventeen syllables, satisfies the 5-7-5 requirement, but the judges wanted a seasonal word too.',
        'Check that your submission fits the 800-1,000 word limit before you hit send.',
        "I'm going to structure it as: intro, storage, networking, and a short conclusion.",
        "When my key witness withdrew, I told my editor: I'll continue without that source and rely on the interview notes and court filings.",
        "I'll continue without that source, my editor said, because an anonymous claim we can't verify isn't worth the risk.",
        'Falling back to cached results is exactly what the app does when you lose signal on the subway.',
        'If the API is down, the widget logs "Falling back to cached results" and shows data from the last successful sync.',
        'Falling back to cached results keeps the dashboard usable, but the numbers may be up to an hour old.',
        "For my senior thesis, I'm going to structure it as: introduction, literature review, methods, results, and discussion.",
        "For this tutorial series, I'm going to structure it as: intro, storage, networking, then security.",
        "I'm going to structure it as: a cold open, three acts, and an epilogue set ten years later.",
        'Falling back on cached results during an outage is a design choice, not a bug.',
        "When the library closed, I'll admit I continued without that source and relied on my interview notes, which I regret.",
        'Good reporters know when to say "I\'ll continue without that source" and walk away from a story that can\'t be confirmed.',
        'I hit my word count for the day before lunch, which felt like a small miracle.',
        'My word count today: 1,450. Not bad for a Tuesday.',
        "NaNoWriMo day 12: word count 19,804, and my protagonist still hasn't left the house.",
        'By the time I finished, the character count was 3,200, well over the limit for the bio.',
        'She kept a word count on a sticky note above her desk and updated it every night.',
        "Okay, the outline looks good — now let's talk about how to fill in each section.",
        'The outline is ready; the real work is the first draft.',
        'Now writing the full lesson based on this outline would take a teacher about two hours.',
        "Writing the full article now feels daunting, but with an outline it's just filling in blanks.",
        'Once your outline is ready, start writing the full article from the section you know best.',
        'My outline looks good on paper, but the characters keep wandering off it.',
        'The outline is ready, the coffee is hot, and I have three hours before the kids get home.',
        'Draft outline due Friday; full paper due in three weeks.',
        '**Draft outline**',
        '[Edit: word count corrected to 1,450.]',
        '(Word limit: 800-1,000)',
        '[Length requirement: 3,000-4,000 characters]',
        'This satisfies the requirement.',
        "Which satisfies the 3,000-4,000 character requirement, by the way — the form won't let you submit otherwise.",
        'Your response must satisfy the 3,000-4,000 character requirement stated in section 2.',
        'Falling back to plan B, we pitched the tent under the bridge.',
        "Falling back to the cached copy, Chrome showed me last week's version of the page.",
        "Here is how I'm going to structure it: first the why, then the how, then the pitfalls.",
        "Let's structure it as intro, storage, networking, and wrap-up, like the official docs do.",
        "Error: could not find module 'react' — run npm install first.",
        'Warning: low battery.',
    )),
    ("ja", (
        '（続きは次回）',
        '（ここから続き）第二章の後半は、主人公が故郷の駅に降り立つ場面から始まります。',
        '連載小説「灯台守の娘」第十二話（ここから続き）',
        'この先は会員限定です（以下、続き）。',
        '（以下、続きは有料部分になります）',
        '※ここから続きです。',
        '（前回からの続き）煮込んだ鍋を一晩寝かせたら、いよいよ仕上げです。',
        '応募要件：実務経験3年以上、TOEIC 700点以上。',
        '提出するレポートは、要件の2,500〜3,500文字の範囲に収まっているか必ず確認してください。',
        '小論文は要件の800〜1,200字の範囲に収まるよう、下書きの段階で何度も削りました。',
        '必須要件：Pythonでの開発経験2年以上。歓迎要件：AWSの運用経験。',
        '要件定義書のボリュームは、おおむね20〜30ページの範囲に収まっています。',
        '応募資格・要件は以下のとおりです。',
        '卒業論文の要件は2万字以上で、私は2万3千字で提出しました。',
        '前回の記事が途中で切れていたので、続きをここに掲載します。',
        '前回の出力が途中で切れていたので、トナーを交換してから印刷し直しました。',
        '生地がまとまらない場合は、最初からもう一度こね直してください。',
        '書道の授業では、はみ出したら同じ行の頭から書き直すよう教わりました。',
        '手順3で失敗したら、箇条書きの最初からもう一度やり直してください。',
        '推敲のコツは、気になった段落を頭から書き直してみることです。',
        '設定がうまく反映されない場合は、手順の最初からもう一度実行してください。',
        'プリンターで箇条書きがずれる場合は、最初からもう一度出力し直すと直ることがあります。',
        '作文の先生に赤を入れられ、私は同じ段落を頭から書き直しました。',
        'セーブデータが消えたので、ゲームを最初からもう一度始めることにしました。',
        'この段落は、明日もう一度頭から書き直します。',
        'レシピの手順を最初からもう一度確認してみましょう。',
        '文字数を増やしたバージョンもご用意できます。',
        'ご要望に応じて、英語版もご用意できます。',
        'ご要望に応じて、ギフト用のラッピングもご用意できます。',
        '記事代行プランでは、3,000字版のほか、文字数を増やしたバージョンもご用意できます。',
        '翻訳サービスでは、ご要望に応じて、要約版や文字数を増やしたバージョンもご用意できます。',
        'ご要望に応じて、アレルギー対応のメニューもご用意できます。',
        'ご要望に応じて、お見積書や請求書もご用意できます。',
        'ご要望に応じて、原稿の短縮版もご用意できます。お気軽にお申し付けください。',
        'お気軽にお申し付けください。',
        'サイズ交換をご希望の際は、お気軽にお申し付けください。',
        'ご予約の際にお気軽にお申し付けください。',
        '何かございましたら、スタッフまでお気軽にお申し付けください。',
        'お気軽にお問い合わせください。',
        'ご質問があれば、コメント欄でお気軽にどうぞ。',
        '検索結果から、同様の事例がいくつか見つかりました。',
        '判例データベースの検索結果から、似た事例がいくつか見つかりました。',
        '特許庁の検索結果から、先行事例がいくつか見つかりました。',
        '国会図書館の検索結果から、明治期の導入事例がいくつか見つかりました。',
        '社内ナレッジベースの検索結果から、過去の障害事例がいくつか見つかりました。',
        '検索結果から、祖父が戦前に働いていた工場の記録がいくつか見つかりました。',
        'ネットの検索結果から、同じ症状で悩んでいる人の事例がいくつか見つかりました。',
        '文字数を稼ぐための水増しは、読者にすぐ見抜かれます。',
        '続きはまた来週書きます。',
        '前回の下書きが途中で止まっていたので、今日はその続きから書きました。',
        'エディタが落ちて書きかけの原稿が途中で切れていたので、同じ段落の頭から書き直しました。',
        '箇条書きの最初からもう一度読み直すと、抜けている手順が見つかりました。',
        '要件を満たす物件が、検索結果からいくつか見つかりました。',
        '検索結果から、条件に合う保育園がいくつか見つかりました。',
        'ご要望に応じて、オンラインでのご相談もご用意できます。お気軽にお申し付けください。',
        'ご要望に応じて、領収書もご用意できます。',
        '前回の授業が途中で切れていたので、今日はその続きから始めます。',
        '文字数を増やしたバージョンは、有料会員向けに公開しています。',
        '本作は要件の2,500〜3,500文字の範囲に収まっており、審査の対象となります。',
        '課題作文は要件の範囲に収まっていれば、形式は自由です。',
        '（以下、続き）と書かれた貼り紙の先には、もう一枚の紙が重なっていた。',
        '「（ここから続き）」という付箋を原稿に貼って、私は寝床に入った。',
        'ご要望に応じて、文字数を増やしたバージョンもご用意できます。',
        'ご要望に応じて、3,000字版と5,000字版の両方をご用意できます。',
        '検索結果から、同様の導入事例がいくつか見つかりましたので、以下にまとめます。',
        'この件についてはお気軽にお申し付けください。',
        'ご相談は無料です。お気軽にお申し付けください。',
        '前回の出力が途中で切れていたので、用紙をA3に変えてもう一度印刷しました。',
        '同じ段落の頭から書き直すのが、私の推敲のやり方です。',
        '箇条書きの最初からもう一度出力する設定にすると、番号が1から振り直されます。',
        '【要件】2,500〜3,500文字、締切は3月31日。',
        '【応募要件】日本在住の18歳以上の方',
    )),
) for s in group for position in ("start", "mid", "end")]

MONOLOGUE = (
    MONOLOGUE_SWEEP24 + MONOLOGUE_SWEEP15 + MONOLOGUE_SWEEP13 + MONOLOGUE_SWEEP9
    + MONOLOGUE_SWEEP8
    +     MONOLOGUE_SWEEP7
    +     MONOLOGUE_SWEEP6
    +     MONOLOGUE_AGENT_CLI
    + MONOLOGUE_SWEEP4
    + MONOLOGUE_THOUGHT_SUMMARY
    + MONOLOGUE_SWEEP5
    + MONOLOGUE_REDTEAM
    + MONOLOGUE_FRESH_R9
    + [(k, "ja", p, s) for k, p, s in MONOLOGUE_JA]
    + MONOLOGUE_EN
    + MONOLOGUE_ROUND2
    + MONOLOGUE_ROUND3
    + MONOLOGUE_ROUND4
    + MONOLOGUE_ROUND5
    + MONOLOGUE_ROUND6
    + [(k, "ja", p, s) for k, p, s in MONOLOGUE_ROUND7_JA]
    + [(k, "en", p, s) for k, p, s in MONOLOGUE_ROUND7_EN]
    + MONOLOGUE_REVIEW_R7
)
# wordings the rule keeps on purpose: article prose says the same
# ("次に、各国の規制の動向を確認します。" opens an article's section; bloggers
# end with "Let me know your thoughts!"), or a bare interjection, which alone
# is weak evidence by design (like "Sure!"); a writer's caveat "(Note: I could
# not verify…)" reads the same in a reporter's article; "記事を完成させましょう"
# is a how-to's exhortation as well
KNOWN_MISSES = {
    # session 11's look-alike hunt: a writing course's "次に、本論のセクションを
    # 書きます" and a presentation's "…という構成にしてみました" read the same;
    # the agent's go only beside removed narration or at an edge
    "次に、導入時の注意点のセクションを書きます。",
    "公開されている導入事例を中心に、現場の課題が伝わる構成にしてみました。",
    # a blog's own footer to its readers reads the same (session 10's
    # look-alike hunt): it goes only beside removed narration
    "内容に誤りがあれば、ご指摘ください。",
    "次に、競合他社の動向を確認します。",
    "Let me know your thoughts!",
    "はい、喜んで！",
    "(Note: I could not verify the 2025 figures.)",
    "ええ、もちろんです。記事を完成させましょう。",
    "（注：最新の株価データは取得できませんでした）",  # an editor's note reads the same
    # kept since the lead's review: an article about software or a columnist
    # says the same ("The tool call returned an error code that…", "I
    # reviewed several sources before writing this column")
    "The tool call failed with a timeout error.",
    "Before writing, I reviewed several sources on HBM pricing.",
    # a software manual writes "TODO: add a Job for windows" too (two of
    # 295 manuals lost such a line to a "TODO:" pattern)
    "TODO: double-check the per-bed cost range and subsidy wording before this goes live.",
    # round 7, mid-article only (each goes at the start or end of the post or
    # of a chunk): the agent's next step or its work finished, said without
    # the requester, the deliverable or the generation named, reads as a
    # writer's or a how-to's own narration ("ここで一度、構成を見直してから…",
    # "これで全セクションの執筆が終わりました", "I'll fold the figures into the
    # second section"); a writer's reflection on the argument ("論点を三つに
    # 絞ったことで、主張が明確になったはずです") is an essay's sentence anywhere
    "ここで一度、見出しの構成を見直してから執筆を再開します。",
    "念のため、公式発表の日付をもう一度確かめてから先に進みます。",
    "では、ここからまとめの段落を書いていきます。",
    "これで全セクションの執筆が終わりました。",
    "記事の論点を三つに絞ったことで、主張が明確になったはずです。",
    "Before drafting the conclusion, I'll verify the revenue figures.",
    "I'll fold the extra statistics into the second section now.",
    # a writing guide keeps its sections to a length too ("各段落は200字前後に
    # 収めています"): at an edge only
    "各セクションを800字前後に揃えています。",
    # kept anywhere: a data journalist's caveat ("公開ツールで取得できたデータが
    # 限られているため、推測を含む部分があります") and a commentator's "this
    # draft" of a bill read the same
    "ツールで取得できた情報が限られているため、推測を含む部分があります。",
    "I may have leaned too heavily on the 2024 numbers in this draft.",
    # the red-team round's, kept since the lead's review: a blogger's series
    # and a paywalled post open their parts the same way ("以下、前回の続きです。",
    # "ここからは記事の続きになります。会員の方のみ…")
    "以下、前回の続きです。",
    "ここからは記事の後半部分になります。",
}
# third round of look-alikes, written with the third round of monologue
ARTICLE_ROUND3 = [
    ("ja", "start", "かしこまった説明は抜きにして、結論から言いましょう。"),
    ("ja", "mid", "検索結果の上位に表示されることが、広告主にとって重要です。"),
    ("ja", "mid", "同社はエラーの原因を調査しています。"),
    ("ja", "end", "以上、HBM市場の最新動向をお届けしました。"),
    ("ja", "seam", "ここからは、後半の論点に移ります。"),
    ("ja", "mid", "AIなので疲れない、というのは誤解です。"),
    ("ja", "start", "私は、投資家としてこの数字に注目しています。"),
    ("ja", "end", "次回は、電力インフラについて書く予定です。"),
    ("ja", "mid", "同社の担当者は「現時点ではお答えできません」と述べました。"),
    ("ja", "end", "ご意見やご感想をお待ちしています。"),
    ("ja", "seam", "続いて、各社の決算を見ていきます。"),
    ("ja", "start", "まず、HBMとは何かを確認しましょう。"),
    ("ja", "mid", "3,000字程度の要約でも、要点は十分に伝わります。"),
    ("ja", "end", "この記事が投資判断の参考になれば幸いです。"),
    ("en", "start", "I searched my notes from 2019 and found the same pattern."),
    ("en", "mid", "The search tool market is worth billions."),
    ("en", "end", "Let me know your thoughts in the comments below."),
    ("en", "start", "Great question, and one that investors ask every quarter."),
    ("en", "end", "Thanks for reading!"),
    ("en", "seam", "Now, on to the next question: pricing."),
    ("en", "start", "Okay, so what does this mean for Nvidia?"),
    ("en", "mid", "Here is the article's key chart."),
    ("en", "end", "I hope the company proves me wrong."),
    ("en", "mid", "As an investor, I can't ignore these numbers."),
]
ARTICLE_ROUND4 = [
    ("ja", "start", "ご存じの方も多いと思いますが、HBMは積層メモリです。"),
    ("ja", "end", "内容は執筆時点の情報に基づいています。"),
    ("ja", "seam", "では、残りの論点を順に見ていきます。"),
    ("ja", "mid", "同社のエンジニアは「検索ツールが応答しない問題を修正した」と説明しました。"),
    ("ja", "end", "最後に、記事のポイントを振り返ります。"),
    ("ja", "start", "まずは結論を3つ提示します。"),
    ("en", "start", "Certainly, the numbers look good on paper."),
    ("en", "end", "Just say no to hype."),
    ("en", "mid", "(Note: the author owns shares of Micron.)"),
    ("en", "start", "Here's my take: the rally has further to run."),
    ("en", "end", "I would add one caveat: demand can fall fast."),
    ("en", "mid", "The company said its search tool had been down for hours."),
]
# look-alikes of the fifth round's new patterns (written after them)
ARTICLE_ROUND5 = [
    ("ja", "seam", "（後編に続く）"),
    ("ja", "end", "残念ながら、決定的な証拠を見つけることはできませんでした。"),
    ("ja", "mid", "マーケティングでは、まず顧客のペルソナを作成します。"),
    ("en", "mid", "My searches in the archive turned up three earlier cases."),
    ("en", "end", "Please let me know what you think in the comments."),
    ("en", "mid", "The file was saved in an old format, which caused the outage."),
]
ARTICLE_ROUND6 = [
    ("ja", "start", "はい、その通りです。HBMの価格は上がり続けています。"),
    ("ja", "end", "以上、最新動向のまとめでした。"),
    ("ja", "mid", "同社はウェブ検索の精度を高める新機能を発表しました。"),
    ("ja", "seam", "ここまでの内容を踏まえ、今後のシナリオを考えます。"),
    ("en", "start", "No problem is bigger for chipmakers than power."),
    ("en", "end", "Let me know if you spot an error in the numbers; I correct every post."),
    ("en", "mid", "Tool output rose 12% at the Japanese machine maker."),
    ("en", "start", "Before writing this, I spoke with two fund managers."),
]
# the lead's review after the merge: sentences an article *about* AI tools
# writes, in the words the new patterns look for (outputs cut, access to the
# web, length settings, articles written by AI, tool errors, offers of a
# service); each at the start, in the middle and at the end.  ("まず、市場の
# 動向を調べてみます。" is kept in the middle only: at the start or end of a
# post or chunk it reads as the agent's research plan and goes.)
ARTICLE_AI_TOPIC = [("ja", position, s) for s in (
    "必要に応じて、モデルのパラメータを調整することも可能です。",
    "必要に応じて設定を変更することも可能です。",
    "ご要望に応じて、プランの変更にも対応します。",
    "長文を生成させると、出力が途中で途切れることがあります。",
    "ChatGPTの回答が途中で止まってしまう場合は、「続けて」と入力すると再開できます。",
    "最新の情報にアクセスできないため、ChatGPTは古いデータに基づいて回答することがあります。",
    "リアルタイムの情報にアクセスできないという課題も残っています。",
    "プロンプトで文字数を指定すると、要約の精度が上がります。",
    "文字数の指定を細かくすることで、生成される記事の品質も安定します。",
    "AIに記事を書いてくださいと指示するだけで、数秒で下書きが完成します。",
    "このツールは、入力したキーワードから記事案を作成します。",
    "生成AIは、タイトル案を瞬時に提案します。",
    "記事を書き終えたら、必ず人間がファクトチェックを行うべきです。",
    "このサービスでは、AIが記事を執筆します。",
    "同社は、AIが書いた記事であることを明示する方針です。",
    "検索結果が0件の場合でも、AIは関連する情報を提案してくれます。",
    "検索エンジンで調べても、該当する情報が見つからないことは珍しくありません。",
    "私はこの業界に20年以上いますが、これほどの変化は初めてです。",
    "正直なところ、私はこの発表に驚きました。",
    "以下の表は、主要なAIチップの性能を比較したものです。",
    "詳しくは、公式サイトをご確認ください。",
    "記事に誤りがあれば、コメント欄で教えてください。",
    "今回は、導入部分から順に見ていきましょう。",
    "では、本題に入りましょう。",
    "それでは、具体的な事例を見ていきます。",
    "次に、競合他社の動向を確認します。",
    "エラーが発生した場合は、ログを確認して原因を特定します。",
    "ファイルの保存に失敗した場合は、再試行してください。",
    "APIの呼び出しでエラーが発生すると、処理全体が止まってしまいます。",
    "AIアシスタントとして、Copilotはコードの補完を行います。",
    "AIなので疲れることはありませんが、判断を誤ることはあります。",
    "このモデルは、ご指示どおりに動くとは限りません。",
    "ユーザーの要望に応じて、回答のトーンを変更することも可能です。",
    "同社は顧客の希望に応じて、カスタマイズにも対応します。",
    "以上が、今回の発表のポイントです。",
    "以上です。",
    "お役に立てれば幸いです。",
    "もちろんです！AIはすでに私たちの生活に欠かせない存在です。",
    "前半ではハードウェア、後半ではソフトウェアについて解説します。",
    "本記事では、導入部分で背景を整理し、後半で投資の視点をまとめます。",
    "この記事の後半では、具体的な銘柄について考察します。",
    "結論部分を先に書くと、私は強気です。",
    "下書きはAIに任せ、人間が仕上げる体制が広がっています。",
    "ドラフトの段階でAIを活用する企業が増えています。",
    "全文は同社のウェブサイトで公開されています。",
    "このセクションでは、規制の動向をまとめます。",
    "残りの部分は、次回の記事で詳しく解説します。",
    "リサーチにかかる時間が大幅に短縮されました。",
    "情報収集が完了したら、次は分析の段階です。",
    "キーワードを再度検索してみます、という使い方も可能です。",
    "出力形式をMarkdownに指定すると、そのままブログに貼り付けられます。",
    "【注目】NVIDIAの決算発表は来週です。",
    "私はAIではありませんが、AIと共に働く未来を楽しみにしています。",

) for position in ("start", "mid", "end")] + [("ja", "mid", "まず、市場の動向を調べてみます。")]
# the same in English (not kept at an edge, and so not here: "I couldn't find
# any data on this topic before 2015, …", "I hope this helps explain why…",
# "If the search returned no results, users…" - the last two were removed
# before the probes too)
ARTICLE_AI_TOPIC_EN = [("en", position, s) for s in (
    'When no results were found, the search engine showed ads instead.',
    'The API call failed for about 3% of requests during the outage.',
    'Write a blog post every week and your traffic will grow, the study suggests.',
    'Create a blog post calendar before you hire writers.',
    'As requested by shareholders, the board will vote on the buyback in May.',
    "I'll cover the regulatory side in a future post.",
    'Next week, we will look at the memory makers.',
    "I can also add that the chips run cooler than last year's.",
    "Happy to help is the motto of the company's support team.",
    'The tool call returned an error code that the developers had never seen.',
    'As an AI researcher, I have watched these models grow for a decade.',
    'Continuing the trend, prices rose again in March.',
    'Here is the article that started the debate: a 2019 essay on scaling.',
    'The search tool failed to index half of the pages.',
    'My search for a better laptop ended with a refurbished one.',
    'I searched online for reviews and found nothing useful, so I bought it anyway.',
    'The model was asked to write a 500-word essay in English.',
    'Feel free to adjust the settings to match your workload.',
    'Would you like to see the numbers? Here they are.',
    'That concludes the first part of the earnings call.',
    'The draft should be ready for publication next week, the ministry said.',
    'I reviewed several sources before writing this column, as I always do.',
    "The output was cut off at 4,096 tokens, which is the model's limit.",
    'Retrying failed requests doubles the load on the servers.',
    'Length: 4.2 m, weight 38 kg.',
    'A wrong file path crashed the nightly build for two days.',
) for position in ("start", "mid", "end")]
# written after the round-7 patterns, aimed at them (the first version of
# those patterns removed 28 of these 250 placements; they were narrowed)
ARTICLE_ROUND7B_JA = [
    "ご依頼の内容を確認して、見積もりを作成しました。",
    "声明の全文を以下に掲載します。",
    "関連記事を以下にまとめておきます。",
    "前回の続きとして、今回は応用編を書きます。",
    "電源を入れ直すと、中断したところから再開します。",
    "文字数制限で切れてしまった部分は、返信で補います。",
    "APIがタイムアウトしたため、別の方法を試します。",
    "公開ツールで取得できたデータが限られているため、推測を含む部分があります。",
    "このツールは、Markdown形式で出力します。",
    "Markdown形式で出力し、そのままブログに貼り付けられます。",
    "目標の文字数に届かない場合は、事例を追加しましょう。",
    "指定の文字数に届かない応募作品は、審査の対象外です。",
    "各段落は200字前後に収めると読みやすくなります。",
    "最終版の原稿は、出版社の編集部に送られました。",
    "このアプリは、中断した箇所から自動で再生を再開します。",
    "ご要望の多かった機能が、ついに追加されました。",
    "お客様からいただいたご意見をもとに、店内の表示を見直しました。",
    "検索結果をもとに記事を書くAIツールも登場しています。",
    "ブラウザの拡張機能が原因で、ページが表示されないことがあります。",
    "執筆に集中できる環境づくりが、作家にとって何より大切です。",
    "敬体で統一するか常体で統一するかは、媒体の方針で決まります。",
    "見出しには数字を入れると、クリック率が上がると言われています。",
    "トーンを統一することで、ブランドの印象が安定します。",
    "この本は、読みやすい文章に仕上がっていると感じました。",
    "要点を押さえた説明で、初心者にも分かりやすい内容です。",
    "導入が簡単なので、中小企業でも使いやすいと思います。",
    "新製品の開発は、試作品の検証を終えてから量産に進みます。",
    "決算資料を確認してから投資判断をするのが基本です。",
    "著者は、原稿が完成したら必ず声に出して読むそうです。",
    "前回のアップデートの続きとして、新機能が追加されました。",
]
ARTICLE_ROUND7B_EN = [
    "In your message to the landlord, mention the leak and the date it started.",
    "Based on your request, the bank may lower your credit limit.",
    "Following your outline, the article should open with a hook.",
    "I ran the memory at 6000 MT/s, as specified.",
    "I think the most important change in this draft is the data rule.",
    "The novel lands at about 90,000 words.",
    "Tell me what you think!",
    "Tell me what you'd change about the new iPhone.",
    "Over to you: have a look at the data and decide.",
    "I liked how the argument came together in the final chapter.",
    "The update failed, so I removed the app.",
    "The survey failed to reach rural areas, so some numbers here are estimates.",
    "I'll write about the costs in the next section.",
    "Each paragraph in a press release should stay under 80 words.",
    "My last message to the support team went unanswered for a week.",
    "The page I visited was slow to load.",
    "This draft of the bill is due in parliament next week.",
    "Before writing the conclusion, the author interviewed three economists.",
    "That is the complete list of supported devices.",
    "I'm pleased with how the camera turned out in low light.",
]
ARTICLE_ROUND7 = [
    (lang, position, s)
    for lang, sentences in (("ja", ARTICLE_ROUND7_JA + ARTICLE_ROUND7B_JA), ("en", ARTICLE_ROUND7_EN + ARTICLE_ROUND7B_EN))
    for s in sentences
    for position in POSITIONS
]
# written by the lead while round 7 was being made, kept from its author
# (a held-back check of it): advice, signposting, a writer's own first
# person, requests to and from other people; the rule before round 7 removed
# 2 of the Japanese sentences (mid-article) and 1 English one (at an edge),
# with round 7 merged 1 and 1; none since the postamble and "as you
# requested" patterns were narrowed
ARTICLE_REVIEW_R7 = [(lang, position, s) for lang, group in (
    ("ja", (
        '次のセクションでは、導入時に注意すべき三つのポイントを紹介します。',
        '以上が、初期設定の基本的な流れです。',
        'まずは公式サイトで最新の料金プランを確認しておきましょう。',
        '検索エンジンで「型番＋不具合」と調べると、同じ症状の報告が見つかることがあります。',
        '依頼内容を整理してから、複数の業者に見積もりを出してもらうのが確実です。',
        'クライアントの指示があいまいなときは、作業に入る前に確認を取りましょう。',
        'AIに記事を書かせる場合も、最終的な事実確認は人間が行う必要があります。',
        '記事の文字数は3000字前後がひとつの目安とされています。',
        '最初の下書きがそのまま完成稿になることは、まずありません。',
        '私も実際に試してみましたが、設定は5分ほどで終わりました。',
        '筆者は前回の記事で、この制度の問題点を指摘しました。',
        'ここから先は、上級者向けの内容になります。',
        '少し長くなりましたが、最後までお読みいただきありがとうございました。',
        '文体は敬体で統一すると、読み手に丁寧な印象を与えます。',
        '修正点があれば、担当者にメールで連絡してください。',
        'ご依頼から納品までの期間は、通常2週間ほどです。',
        'ご要望に応じて、オプションで英訳も追加できます。',
        '前回の続きとして、今回は応用編を解説します。',
        '検索結果の上位に表示されるには、コンテンツの質が欠かせません。',
        '手元の資料によれば、この橋は1932年に完成しました。',
        '念のため、バックアップを取ってから作業を始めてください。',
        'それでは、具体的な手順を見ていきましょう。',
        '要点を三つに絞ってまとめます。',
        '構成を三部に分けると、長い報告書でも読みやすくなります。',
        'このツールは、ユーザーの指示に従って文章を自動で生成します。',
        '出力された文章は、必ず人の目でチェックしましょう。',
        '今回の調査では、十分なデータが得られませんでした。',
        '著者は執筆にあたり、二十人以上の関係者に取材したという。',
        '新しい章では、さらに詳しい資料をもとに戦後の復興を振り返ります。',
        '完成までには、およそ三年の歳月がかかりました。',
    )),
    ("en", (
        'In the next section, we look at what the upgrade costs.',
        'That covers the basic setup.',
        "Check the manufacturer's site for the latest firmware before you start.",
        'If the search returns nothing, try a shorter query.',
        'Write down what the client asked for before you quote a price.',
        'The first draft is rarely the final one.',
        'I tried it myself, and the setup took five minutes.',
        'As you requested in your comments, here is a follow-up on battery life.',
        'Most editors ask for pieces of about 1,500 words.',
        'Picking up where the first volume left off, the sequel opens in 1944.',
        'The tool writes whatever the user tells it to write.',
        'Keep the tone neutral when you report on a dispute.',
        'Let us know in the comments if you have questions.',
        'Based on these results, the team split the project into three phases.',
        'The author interviewed more than twenty people for the book.',
        'That wraps up our tour of the old harbour.',
        'We kept the original spelling in the quotations.',
        'Note: prices were correct at the time of writing.',
        'I will look at the costs in more detail next week.',
        'Feel free to share this guide with your colleagues.',
    )),
) for s in group for position in ("start", "mid", "end")]

# look-alikes of the red-team round: a blogger's search story, a closer, a
# plan or an offer that a post says to its readers, at the start, mid-article
# and at the end
ARTICLE_REDTEAM = [(lang, position, s) for lang, group in (
    ("ja", (
        "今回の記事は以上です。",
        "【ここまでのまとめ】",
        "前の章の最後から読み直すと、伏線の意味が分かります。",
        "これで本文の入力は完了です。",
        "タイトルを付けたら、本文の入力に進みます。",
        "詳しい手順を以下に記載します。",
        "説明が長くなるため、ここで一度区切ります。",
        "ログの出力が長くなるため、ここで一度区切ります。",
        "ここからは後半です。",
        "以下、前回の記事の要点です。",
    )),
    ("en", (
        "The search returned nothing useful for the specific model I wanted, so I ended up emailing a reviewer I already trusted.",
        "My search turned up three forums and a retailer, but no independent reviews.",
        "The web search returned ads above every organic result.",
        "I'll start by outlining the history of the brand, then move on to the reviews.",
        "I can produce a shorter version of the loaf in a tin.",
        "I have enough information now to make the switch to Linux.",
        "Writing the post now feels easier than it did a year ago.",
        "The requested page is no longer available.",
        "Picking up from the last message in the thread, the support agent suggested a reset.",
        "Continuing from the previous chapter, the author turns to the war.",
        "Below you'll find the complete list of shelters, with opening hours.",
        "Below you will find the full recipe card.",
    )),
) for s in group for position in ("start", "mid", "end")]
# the lead's review of the red-team round, written apart from it: the merged
# patterns removed 17 of these (a blogger's search story, a series' "前回の
# 続き", a paywall's "ここからは記事の続き", a printer's "出力が長くなるため", a
# how-to's bracketed step, "Below you'll find the complete post archive",
# "Writing the full post below took me…"); their patterns now need the
# agent's terms or the whole sentence
ARTICLE_REDTEAM_REVIEW = [(lang, position, s) for lang, group in (
    ("ja", (
        "以下、前回の続きです。",
        "前回の続きです。今回は京都の寺町通りを歩きました。",
        "ここからは記事の後半です。実践編に入ります。",
        "ここからは記事の続きになります。会員の方のみお読みいただけます。",
        "ここまでが本文です。以下は参考文献です。",
        "出力が長くなるため、プリンタの設定で用紙を分けます。",
        "出力が長くなる場合は、ページを分けて印刷しましょう。",
        "記事本文は以下に記載しています。",
        "【本文の末尾に注意書きを入れる】",
        "前回（続きを書きます）と予告しましたが、今回は別の話題です。",
        "タイトル：未定のまま書き始めた小説",
        "ChatGPTに「続きを書いて」と頼むと、前の回答の続きから出力してくれます。",
        "ここからは記事の残りの部分で、応用例を紹介します。",
    )),
    ("en", (
        "Continuing from the previous chapter, we now turn to the harbour.",
        "Picking up where the last post ended, the team reached the summit on day four.",
        "Continuing from my previous post, here are the results of the second test.",
        "(Continued from the previous page.)",
        "Below you'll find the complete post archive, sorted by year.",
        "Below you will find the full article on our partner's site.",
        "The requested refund is now complete, according to the bank.",
        "The requested post is now ready for the editor in the CMS.",
        "Okay, I have enough material now to build a second shed.",
        "I have enough information now from the manuals to fix the boiler myself.",
        "Writing the full post below took me three weekends.",
        "Drafting the complete article now seems premature, since the trial is still running.",
        "I can produce a printed version if that helps your class.",
        "The search returned nothing useful for the model I wanted, so I emailed the maker.",
        "The initial search returned 40 candidates, which the panel narrowed to five.",
        "My web search in Japanese turned up a forum thread from 2019.",
        "(Continued from the previous post)",
        "(Continued from the existing bridge over the river)",
    )),
) for s in group for position in ("start", "mid", "end")]

# software manuals' sentences (the rule, run over 295 of the machine's own
# Markdown documentation files, removed three like these: a file "stored at
# `/…`" read as the agent's status report, "meets the requirements" as its
# length self-check; both now need the agent or its text)
ARTICLE_MANUALS = [(lang, position, s) for lang, group in (
    ("en", (
        "Assuming the data file is stored at `/opt/app/data/locale.dat`, the service loads it on start.",
        "Cache files are stored in `~/.cache/tool` on Linux and in `%LocalAppData%` on Windows.",
        "If the module being loaded meets the requirements, the loader returns its namespace object.",
    )),
) for s in group for position in ("start", "mid", "end")]

# session 6's fresh-post red-team: a columnist's correction and own searching,
# removed at the start or end of a post (the apology's "error", "the tool"
# and "wrong tool" with "I", "検索しましたが" were taken for the agent's)
ARTICLE_FRESH_R8 = [(lang, position, s) for lang, group in (
    ("en", (
        "I apologize to readers for an error in last week's column: the figure was $4.2 billion, not $42 billion.",
        "Let me be clear: the tool did not lie.",
        "I used the wrong tool for triage at first: a spreadsheet.",
    )),
    ("ja", (
        "私も調査票の原文を確認しようと検索しましたが、設問の全文は公開されていませんでした。",
    )),
    # look-alikes of the wordings that round added (written with them)
    ("en", (
        "Searching for a used car online... is a nightmare, as any buyer knows.",
        "The second attempt also failed, and the rocket broke up over the Pacific.",
        "The call failed twice before the operator answered.",
        "Let me know if you'd like a gluten-free version of the rolls.",
        "Sure — here is the full recipe, just as my grandmother wrote it.",
        "The survey returned mixed results, so the team ran it again in spring.",
    )),
    ("ja", (
        "今回の記事は以上です。",
        "この章では、記事の前半で触れた論点を掘り下げます。",
        "後半のセクションでは、導入の費用を具体的に見ていきます。",
    )),
) for s in group for position in ("start", "mid", "end")] + [
    ("ja", "mid", "では、次の章に進みます。"),  # a how-to's own narration (at an edge it goes)
]

# look-alikes written with the fourth sweep's patterns: the same words in an
# article's sentences (a river, a router, a recipe's last step, a tool's
# log in a how-to, a business's offer, an interior's colour tone)
ARTICLE_SWEEP4 = [(lang, position, s) for lang, group in (
    ("ja", (
        "この応答速度の改善こそが、新しいチップの最大の売りです。",
        "[作業状況: 工事中、再開は来月の予定]",
        "セルフチェックの方法を三つ紹介します。",
        "次は「高度な設定」の章に進みます。",
        "壁のトーンは落ち着いた色調にしています。",
        "ご希望でしたら、担当者がすぐに取りかかります。",
        "読者からの質問には、次回の記事でお答えします。",
        "最後に、文字数を確認します。",
        "【本文の末尾に注意書きを入れる】",
        "承知いたしました、という言葉を、私はそのとき初めて自分の口で言った。",
        "AIを一切使わない執筆をご希望の場合は、ご依頼の際にお知らせください。",
        "原稿やご依頼の内容をお送りいただければ、二営業日以内にお返事いたします。",
    )),
    ("en", (
        "Continuing below the dam, the river widens into a shallow lake.",
        "Proceeding without a permit, the crew began digging on Monday.",
        "I'll restart the router from scratch if the update fails again.",
        "I'll start over from scratch with a fresh sourdough starter.",
        "Sure, I'll cover the basics first and then the tricky parts.",
        "If you'd like, I can make a printable version for your kitchen.",
        "Alright, I've read the reviews, and here's my verdict.",
        "I kept the tone light when I gave the speech.",
        "Then finish with a drizzle of olive oil and a pinch of salt.",
        "In our logs, fetch_page failed about thirty times a day.",
        "Self-review: the annual ritual most engineers dread.",
        "Resuming the hike after lunch, we reached the ridge by three.",
        "Picking up where the last season left off, the show returns in May.",
        "The project was cut off from funding in May, and resuming it took a year.",
        "Hope springs eternal in the bond market.",
    )),
) for s in group for position in ("start", "mid", "end")]

# look-alikes written with the fifth sweep's patterns (a savings blog's
# running total, a diary's word count, a blogger's search, a company's
# revised terms, an editor quoted)
ARTICLE_SWEEP5 = [(lang, position, s) for lang, group in (
    ("ja", (
        '今日は目標の3,000字を書き終えて、ほっとしました。',
        'この小説は全体で約10万字となり、二冊に分けて出版されます。',
        'いただいたご意見を踏まえて、利用規約を修正しました。',
        'このブログで直してほしい箇所があれば、遠慮なく教えてください。',
        '構成は三部にします、と編集者は最初の打ち合わせで言った。',
        '断定的な言い方は避け、根拠を示すように心がけましょう。',
        '見出しは短く、結びは問いかけの形にしておくと読まれやすくなります。',
        '次の出力で紙詰まりが起きたら、トレイを一度引き出してください。',
        '以上が今回の旅の記録です。',
        '記事の骨子を決めてから書き始めると、迷いが減ります。',
        'この順で作業を進めれば、半日で配線は終わります。',
    )),
    ("en", (
        'Running total: we have saved $1,240 since January.',
        'End of the post-war boom came in 1973, and with it the easy loans.',
        'Here are the 5 recipes you asked for in the comments last week.',
        "I searched for reviews of the model, but the results were thin, so I'll give you my own impressions.",
        "After ten years in Tokyo, I'm moving on to the next chapter of my life.",
        'I have written about 600 words so far today, which is a good day for me.',
        "If I'm wrong about the rate cut, I'll revise my forecast next month.",
        'I sent my editor a revised draft on Tuesday.',
        "I'd love your feedback on the structure of this newsletter.",
        "Picking the thread back up from last week's post, the ferry finally sailed.",
        'Status: pending review by the city council.',
        'TODO lists are where good intentions go to die.',
        'Writing this as a father of two, I worry about screen time.',
        'Plan your route before you leave, and carry water.',
        'Draft beer prices rose again this summer.',
    )),
) for s in group for position in ("start", "mid", "end")]

# look-alikes of the thought-summary register: a person's news in the same
# words ("I'm now focusing on my health"), a section of something else, an
# English quote attributed in a Japanese article
ARTICLE_THOUGHT_SUMMARY = [(lang, position, s) for lang, group in (
    ("en", (
        "I'm now focusing on my health after a rough winter.",
        "My focus is now on my family and the garden.",
        "I've begun exploring the coast by bike every weekend.",
        "I'm now refining my sourdough technique with a longer cold proof.",
        "I'm structuring my week around three habits: sleep, walks and reading.",
        "I've finalized the guest list for the wedding.",
        "I'm now focusing on the last section of the trail, the steep climb to the hut.",
        "I'm currently focusing on the comments section of our community site, which needs moderation.",
        "I've practised the talk for weeks, and I'm ready to present it.",
        "**Choosing the Right Lens** matters more than the body you put it on.",
    )),
    ("ja", (
        "この記事を書くために、現地で資料を集めました。",
        "I'm now focusing on the next generation of chips, said the CEO in the keynote.",
        '彼は記者に"I\'m now focusing on the next generation of chips."と語った。',
        "“I've begun dissecting the data,” the researcher told reporters.",
    )),
) for s in group for position in ("start", "mid", "end")]

# look-alikes written with the sixth sweep's patterns: a blogging tip, a
# person's plan for the day, a business's offer and its client's wish, a
# series' next part, a letter's addressee, an editor told, a link reference
ARTICLE_SWEEP6 = [(lang, position, s) for lang, group in (
    ("en", (
        "Always double-check your links before publishing.",
        "I couldn't find the charger, so check your bag before leaving.",
        "OK, the hard part is done; now the fun begins.",
        "Okay, that part is done, and the rest is easy.",
        'Searching for "the perfect espresso" took me three years.',
        "The request mentioned in the letter was denied by the council.",
        "If the shelf wobbles, I have to redo the last step.",
        "Happy to add more tips if you ask in the comments!",
        "[Photo: the harbour at dawn]",
        "I wrote it for my daughter when she turned ten.",
        "I wrote this in English first and translated it later.",
        "Target: 10,000 steps a day, which I rarely reach.",
        "Plan: leave at six, then breakfast in Nara, then the deer park.",
        "I need to fix the previous owner's wiring before we move in.",
        "Note to self: never buy a white couch.",
        "Tool output from the lathe was rougher than I expected.",
        "[from_arraybuffer]: buffer.md#static-method-bufferfromarraybuffer-byteoffset-length",
        "**Tip:** Keep your feet flat on the floor.",
        "**Note:** The museum is closed on Mondays.",
    )),
    ("ja", (
        "他の商品も必要でしたら、お申し付けください。",
        "他のサイズや色も必要でしたら、お気軽にお申し付けください。",
        "お客様から至急とのご依頼でしたので、当日中に対応しました。",
        "次回は後半の「実践編」を執筆していきます。",
        "手元の情報で判断を進めるしかありませんでした。",
        "手元の知識で書ける範囲のことを、今日は書いておきます。",
        "検索：キーワードを入力して検索ボタンを押します。",
        "まず構成を考えます。次に、見出しごとに書きたいことをメモします。",
        "この小説は、節ごと書き直しました。",
        "仕上がりはご要望どおりです。",
        "私の知識の範囲では、この説が有力です。",
        "依頼者様へのお手紙は、丁寧な言葉で書きましょう。",
        "記事を公開前にご確認をお願いします、と編集者に伝えました。",
        "修正版を載せ直しますので、少々お待ちください。",
        "ほかの地域のデータもご用意できますので、必要でしたらお申し付けください。",
        "施主様から予算内でとのご要望でしたので、床材を変更しました。",
        "**ポイント：** 出典URLは記事の末尾にまとめています。",
        "出典URLを確認できない情報は、引用しないようにしましょう。",
    )),
) for s in group for position in ("start", "mid", "end")]

# look-alikes written with the seventh sweep's patterns: a business's table
# offer, a debugging post's failed call, a person's news, a post's own lead
ARTICLE_SWEEP7 = [(lang, position, s) for lang, group in (
    ("en", (
        "The call to `fetch_page` failed because the URL had a trailing space.",
        "I'm now focusing on the garden.",
    )),
    ("ja", (
        "もし、製品の比較表が必要でしたら、営業担当までお知らせください。",
        "今回の取材内容は、後日あらためて記事としてまとめていきます。",
        "これまでの連載を、一冊の本としてまとめていきます。",
        "本記事では、三つの事例を記事としてまとめていきます。",
        "本記事では、HBMの需給について書いていきます。",
        "この記事では、三つの事例を順に書いていきます。",
    )),
) for s in group for position in ("start", "mid", "end")]

# look-alikes written with the eighth sweep's patterns
# their look-alikes: a blogger's own search, a shop's offer to its customers
ARTICLE_SWEEP9 = [(lang, position, s) for lang, group in (
    ("en", (
        "Next, I'll narrow the list to the three trails that stay open in winter.",
        "The search returned nothing for the part number, so I called the dealer.",
        "The draft of my novel is now complete at 90,000 words.",
    )),
    ("ja", (
        "エラーメッセージで検索してみましたが、同じ症状の報告は一件だけでした。",
        "お子様向けのバージョンのメニューが必要でしたら、お申し付けください。",
        "店内で使える資料があれば、共有していただけますでしょうかとスタッフに聞かれました。",
        "人事担当者向けの研修は、毎年四月に開いています。",
        "支援の対象を大企業に絞らず、町の小さな工場にも広げました。",
        "事故の詳細は確認できませんでしたが、けが人はいなかったそうです。",
        "以上、春の山菜の見分け方について解説しました。",
        "この記事は、読者の声を受けて加筆することもあります。",
        "「東京 ラーメン 深夜」で検索したところ、三軒しか出てきませんでした。",
        "この記事では細かい数字には触れず、考え方を中心に説明します。",
    )),
) for s in group for position in ("start", "mid", "end")]

# the twelfth sweep (English posts from other pipelines, written blind,
# session 10) and their kin: a person's searches, outages, rate limits and
# apologies - the agent's words with a blogger's objects
ARTICLE_SWEEP12 = [(lang, position, s) for lang, group in (
    ("en", (
        "I couldn't access my account for almost three weeks while the old provider moved the money.",
        "I can't access the money in our fund instantly, and that's deliberate.",
        "I couldn't access the banking app all evening because of an outage, so I checked the budget on paper instead.",
        "I wasn't able to use the gym for a month after the injury.",
        "I was unable to complete the marathon last year because of a knee injury.",
        "I can't use my left hand for typing yet, so this post was dictated.",
        "My first search for a cheaper phone plan turned up three offers, all of them worse than the one I already have.",
        "My initial search for a high-yield account turned up a dozen banks paying more than ours.",
        "The initial search yielded nothing useful, so we asked the vendor for their logs.",
        "The search results were depressing: every high-yield account I found paid less than inflation.",
        "My previous search for a mortgage broker was a waste of a Saturday.",
        "I ran a web search for the error message and found a two-year-old GitHub issue.",
        "The search query I used on the library catalogue was simply the author's surname.",
        "I hit the rate limit after about a hundred requests, so I added an exponential backoff to the client.",
        "When I looked at the function calls in the flame graph, one stood out.",
        "I renamed the function name in the stack trace to make the log easier to read.",
        "My apologies to the on-call engineer that night, who got paged four times before I noticed the retry loop.",
        "I couldn't access my bank account for a week, so I skipped the weekly budget post.",
        "I can also turn the leftovers into a soup the next day.",
        "We released a shorter mobile version of the app last spring.",
        "I'll continue with the next section of the trail tomorrow.",
        "I'll use approximate numbers when I talk to the bank.",
        "If you've solved this differently, for example with Envoy's rate limit service, let me know in the comments.",
    )),
) for s in group for position in ("start", "mid", "end")]

# session 10's look-alike hunt (410 English and 214 Japanese sentences of a
# person's, written blind with the agent's vocabulary): each of these was
# removed before - a person's plans with everyday verbs, apologies that name
# what was wrong, "I've drafted" a letter, a blog's errata footer, 承知しました
# quoted as somebody's answer
ARTICLE_SWEEP13 = [(lang, position, s) for lang, group in (
    ("en", (
        "I've drafted a letter to the landlord about the broken heater.",
        "I have drafted three chapters so far.",
        "I apologize for the error in last week's recipe.",
        "I apologize for the oversight in the ingredient list.",
        "My apologies for the error in the shipping rates table.",
        "Sorry, I can't stand cilantro.",
        "Sorry, you can't bring dogs into the park.",
        "Sorry, I was wrong about the Lakers.",
        "Sorry, but I can't recommend these earbuds at full price.",
        "I need to call the insurance company on Monday.",
        "I need to call the plumber.",
        "I will use the leftover rice for fried rice tomorrow.",
        "I'll add a call to the city council to my to-do list.",
        "I'll add a retry loop around the network call.",
        "I'll add a retry loop.",
        "I'll be searching for a new apartment all summer.",
        "I'll call it a day after this batch.",
        "I'll call my mom tonight and ask for the recipe.",
        "I'll call the insurance company on Monday.",
        "I'll keep searching for my grandfather's war records, and I'll update this post if I find them.",
        "I'll look into it.",
        "I'll look into solar panels next year.",
        "I'll look into whether the warranty covers water damage.",
        "I'll need to call the insurance company on Monday.",
        "I'll search my notes from the conference to find the speaker's name.",
        "I'll search the thrift stores again next weekend.",
        "I'll start by searching the archives for any mention of the old theater.",
        "I'll try again next spring with a different variety.",
        "I'll try again tomorrow.",
        "I'll try searching the newspaper archive for the original ad.",
        "I'll use the leftover rice for fried rice tomorrow.",
        "Let me look up the exact date of the festival.",
        "Let me search my notes from the conference to find the speaker's name.",
        "Next, I'll add a retry loop around the network call.",
        "Then I'll add a retry loop around the network call.",
    )),
    ("ja", (
        "記事の内容に誤りがあればお知らせください。すぐに修正します。",
        "すみません、前回の写真は別の店のものでした。",
        "すみません、前回の続きを書くのを忘れていました。",
        "承知しました、と上司に言ってから後悔しました。",
        "はい、承知しました、と母は言った。",
    )),
) for s in group for position in ("start", "mid", "end")]

# session 10's Japanese look-alike hunt (639 sentences of a person's with the
# agent's vocabulary): each was removed before - a business's booking and
# order notes, a freelancer's "記事のご依頼", readers' requests answered, a
# student's "指定された文字数", 承知しましたとだけ; and, mid-article only (at an
# edge they still go), a blogger's apology about a long article or a dead link
ARTICLE_SWEEP14 = [("ja", position, s) for s in (
        "ペースの計算など、数字の間違いに気づいた方は教えてください。",
        "ご要望があれば、日程表や費用の一覧も追加します。",
        "ご予約の変更は、お申し付けください。",
        "ご予約の変更は、前日の十八時までにお電話でお申し付けください。",
        "ご予約の変更は、前日の十八時までにお電話でご連絡ください。",
        "ご予約の変更は、前日までにお申し付けください。",
        "ご予約の変更は、前日までにご連絡ください。",
        "ご依頼主様の了承を得て、記事の一部を公開しています。",
        "ご要望にお応えして、記事を書きました。",
        "ご要望の多かったテーマについて、書いてみました。",
        "ご要望の多かったテーマについて、記事を書きました。",
        "ブログ記事のご依頼は、随時受け付けております。",
        "了解しましたとだけ書いたメールを送ったら、上司に素っ気ないと言われました。",
        "何かご不明な点がございましたら、お気軽にお問い合わせください。",
        "何かご不明な点がございましたら、窓口までお問い合わせください。",
        "何かご要望があれば、スタッフまでお声がけください。",
        "何かご質問があれば、お気軽にお問い合わせください。",
        "何かご質問があれば、コメント欄にお気軽にどうぞ。",
        "何かご質問があれば、コメント欄に書いてください。",
        "何かご質問がございましたら、お電話ください。",
        "卒論が指定された文字数に届かず、締め切り直前まで粘りました。",
        "変更がある場合は、前日までにお申し付けください。",
        "変更は、前日の十八時までにお電話でお申し付けください。",
        "当事務所では、記事作成のご依頼を一文字二円から承っております。",
        "当院について何かご不明な点がございましたら、受付までお問い合わせください。",
        "承知しましたとだけ書いたメールを送ったら、上司に素っ気ないと言われました。",
        "承知しましたとだけ返信しました。",
        "指定された字数に届かず、締め切り直前まで粘りました。",
        "指定された文字数に収めるのが難しかったです。",
        "指定された文字数に届かず、締め切り直前まで粘りました。",
        "指定された文字数に届かなかったので、締め切り直前まで粘りました。",
        "指定された文字数を超えてしまい、削るのに苦労しました。",
        "日程の変更は、前日までにお知らせください。",
        "最近は、記事のご依頼よりも取材のご依頼のほうが増えています。",
        "記事のご依頼は、一文字二円から承っております。",
        "記事のご依頼は、随時受け付けております。",
        "記事のご依頼をいただきました。",
        "記事作成のご依頼は、一文字二円から承っております。",
        "記事作成のご依頼は、随時受け付けております。",
        "記事作成のご依頼を承っております。",
) for position in ("start", "mid", "end")] + [("ja", "mid", s) for s in (
        "すみません、今回の記事は少し長くなります。",
        "申し訳ありません、記事の中のリンクが切れていました。",
        "ごめんなさい、この記事は愚痴です。",
        "申し訳ありません、電話が途中で切れてしまいました。",
)]

ARTICLE_SWEEP8 = [(lang, position, s) for lang, group in (
    ("en", (
        "Skipping the details, the short version is that the bill passed.",
        "Tool errors are the most common support ticket we get.",
    )),
    ("ja", (
        "数値は概算の範囲で記述します。",
        "必要であれば、後日この記事に追記いたします。",
        "見出しは短く、最後は問いかけで締めくくります、というのが私の書き方の基本です。",
        "ほかにも、地元の農家さん向けの記事や動画がありますので、ぜひご覧ください。",
        "この順番で、材料を鍋に入れていきます。",
        "この部分は、次の図を使って説明します。",
        "講演の最後は、会場への問いかけで締めくくりました。",
    )),
) for s in group for position in ("start", "mid", "end")]

# look-alikes of the fifteenth sweep's kinds: a person's dead link, a
# paywall, a server's error, a trip's parts, an essay's refrain
ARTICLE_SWEEP15 = [(lang, position, s) for lang, group in (
    ("en", (
        "The server returned a 503 error for an hour, so I'll use a status page next time.",
        "The study is paywalled; skipping it would be a mistake, so here is the gist.",
        "The article is paywalled, so I could only read the abstract.",
        "Now I'll move on to the part of the trip I liked least.",
        "The previous section ended abruptly because the speaker left.",
        "We saw posts containing the model's own notes about its research, such as a line explaining that a search returned no results and that it would now try a broader query.",
    )),
    ("ja", (
        "検索ワードを変えて調べ直したところ、意外な記事が見つかりました。",
        "これからも執筆を続けます。",
        "この記事がお役に立てば幸いです。",
        "次に、ロボットの腕の設計について説明します。",
        # (the sixteenth sweep's: a series goes on from its last installment)
        "この記事は連載の第4回です。今回はその続きから書きます。",
        "今回は三部構成にしました。",
        "前回の記事で見出しの形式が崩れていました。",
        # (session 11's look-alike hunt: a person's medium cut off, a reprint's
        # note, a blog's own correction, a presentation's shape)
        "Status check on the renovation: we are three weeks behind and roughly 10% over budget.",
        "以上が記事本文です。なお、本記事は〇〇新聞社の許諾を得て転載しています。",
        "レシピの分量を間違えて載せていました。以下、修正版の続きです。失礼しました。",
        "今回のプレゼンは、質問から始めて聴衆に考えてもらう構成にしてみました。",
    )),
) for s in group for position in ("start", "mid", "end")]

# session 12's look-alikes for the eighteenth and nineteenth sweeps' kinds
ARTICLE_SWEEP18 = [(lang, position, s) for lang, group in (
    ("en", (
        "Now I have enough flour to start the second loaf.",
        "Let me know if you want the same guide for rye starters in the comments.",
        "I hope this captures the mood of the evening as you remember it.",
        "I couldn't access the trail directly from the parking lot, so we walked around the lake.",
        "Do not repeat the earlier steps if the dough has already risen.",
        "Continue the previous exercise for another five minutes.",
        "Hopefully this version works better for you than the last one did.",
        "A bad cold kept me from checking my email for a week.",
        "It follows all of the sections in the outline my editor sent.",
        # (the eighteenth hunt's, written apart from the kinds)
        "The temperature stayed within the requested range all night.",
        "Every reading was within the requested range of 70 to 80 percent.",
        "Word count so far: 12,000, and it is only day twenty of the challenge.",
        "The file write failed because the disk was full, so the nightly backup never ran.",
        "I'll structure my week around the two long runs.",
        "The target is 50,000 words, so I will add one scene a day until the end of the month.",
        "I'll try again with different keywords next time I visit the archive.",
        "The museum will include the full catalogue in its reply to our letter.",
        "The answer key is within the requested range of 70 to 80 percent accuracy.",
        "The contest received 312 stories this year, and the winning entry was about 1,050 words, comfortably within the requested range.",
        "Now I have enough to write the guide I wished I had when I moved to Lisbon.",
        "Do not repeat earlier sections in your lab report; refer back to them by number instead.",
        "Let me know if you want the same guide for the Peak District.",
        "I hope this captures what you were after, Mum; I painted it from the old photograph.",
        "I couldn't access the library's website directly from the school network, so I asked the librarian.",
        "I'll start by explaining how sourdough works, then move on to the recipe itself.",
        "I'll walk through the steps in order.",
        "(Continuing with the garden tour, we reached the greenhouse.)",
    )),
    ("ja", (
        "申し訳ありません。",
        "ご要望があれば、英語版のメニューも作成できます。",
        "当店では、内容の変更や追加のご注文にも対応いたします。",
        "見出しの付け方は、前回の記事で解説しました。",
        "他にも子育てのトピックで記事が必要でしたら、お気軽にお申し付けください。取材込みでお引き受けしています。",
        "構成の変更や追加の調査にも対応いたします。まずは無料相談をご利用ください。",
        "ご要望があれば、ロゴの色を変えたバージョンも作成いたします。",
        "山小屋では私はウェブにアクセスできないため、天気予報はラジオで聞きました。",
        "前回は、三つ目の節の途中で終わっていましたね。",
        "まず「ふるさと納税」で検索し、上位のサイトを比べてみました。",
        "検索語を変えて調べたところ、古い新聞記事が見つかりました。",
        "見出しや箇条書きも適宜使ってください。読みやすさが格段に上がります。",
        "たとえば、日本語で結果が少ないときは、キーワードを英語の「regression」に切り替えて再検索します。",
        "ネットで検索を何度か試しましたが、その店の営業時間は見つかりませんでした。",
    )),
) for s in group for position in ("start", "mid", "end")]

ARTICLE_PROBES = (
    ARTICLE_SWEEP24 + ARTICLE_SWEEP18 + ARTICLE_SWEEP15 + ARTICLE_SWEEP14 + ARTICLE_SWEEP13 + ARTICLE_SWEEP12 + ARTICLE_SWEEP9 + ARTICLE_SWEEP8 +
    ARTICLE_SWEEP7 +
    ARTICLE_SWEEP6 +
    ARTICLE_SWEEP4 + ARTICLE_SWEEP5 + ARTICLE_THOUGHT_SUMMARY +
    [("ja", p, s) for p, s in ARTICLE_JA] + ARTICLE_EN + ARTICLE_ROUND3 + ARTICLE_ROUND4 + ARTICLE_ROUND5 + ARTICLE_ROUND6
    + ARTICLE_AI_TOPIC + ARTICLE_AI_TOPIC_EN + ARTICLE_ROUND7 + ARTICLE_REVIEW_R7 + ARTICLE_REDTEAM
    + ARTICLE_REDTEAM_REVIEW + ARTICLE_MANUALS + ARTICLE_FRESH_R8 + ARTICLE_FRESH_R9
)


def cleaned(lang: str, position: str, sentence: str) -> str:
    return clean_text(build(lang, position, sentence), ONLY).text


def monologue_removed(lang: str, position: str, sentence: str) -> bool:
    return cleaned(lang, position, sentence) == build(lang, position, None)


def article_kept(lang: str, position: str, sentence: str) -> bool:
    post = build(lang, position, sentence)
    return clean_text(post, ONLY).text == post


def test_probe_set_is_broad():
    assert len([m for m in MONOLOGUE if m[1] == "ja" and not m[3].isascii()]) >= 60
    assert len([m for m in MONOLOGUE if m[3].isascii()]) >= 40
    assert len(ARTICLE_PROBES) >= 60
    assert {p for _, _, p, _ in MONOLOGUE} == set(POSITIONS)
    assert len({s for *_, s in MONOLOGUE}) == len(MONOLOGUE)


def test_host_posts_are_left_alone():
    for lang in ARTICLE:
        for position in POSITIONS:
            post = build(lang, position, None)
            assert clean_text(post, ONLY).text == post


@pytest.mark.parametrize(
    ("kind", "lang", "position", "sentence"),
    [
        pytest.param(*m, marks=pytest.mark.xfail(strict=True, reason="kept on purpose: article prose reads the same"))
        if m[3] in KNOWN_MISSES else m
        for m in MONOLOGUE
    ],
    ids=[f"{k}-{p}-{s[:24]}" for k, _, p, s in MONOLOGUE],
)
def test_monologue_probe_is_removed_and_nothing_else(kind, lang, position, sentence):
    assert cleaned(lang, position, sentence) == build(lang, position, None)


@pytest.mark.parametrize(("lang", "position", "sentence"), ARTICLE_PROBES, ids=[f"{p}-{s[:24]}" for _, p, s in ARTICLE_PROBES])
def test_article_probe_stays(lang, position, sentence):
    post = build(lang, position, sentence)
    assert clean_text(post, ONLY).text == post


def test_recall_and_false_positive_figures():
    missed = [s for _, lang, p, s in MONOLOGUE if not monologue_removed(lang, p, s)]
    lost = [s for lang, p, s in ARTICLE_PROBES if not article_kept(lang, p, s)]
    # recall 590 of 614 (the known misses), no false positive out of 2880
    # (146 look-alikes + 238 placements of AI-topic article sentences + 650
    # placements of round 7's look-alikes + 150 of the lead's review set
    # + 66 placements of the red-team round's look-alikes + 93 of the lead's
    # review of that round + 9 of software manuals' sentences + 40 of the
    # fresh-post red-team's look-alikes and of the lead's for its wordings
    # + 188 of the third fresh sweep's and the lead's for it + 81 of the
    # fourth sweep's look-alikes + 78 of the fifth's + 42 of the thought
    # summaries' and the agent CLI's + 111 of the sixth sweep's + 24 of the
    # seventh's + 27 of the eighth's + 39 of the ninth and tenth's + 69 of
    # the twelfth's + 120 of the look-alike hunt's + 121 of the Japanese one's
    # + 123 of the eighteenth to twenty-third sweeps and of a hunt for them
    # + 411 of session 13's look-alike hunt)
    assert (len(MONOLOGUE), len(ARTICLE_PROBES)) == (614, 2880)
    assert (set(missed), lost) == (KNOWN_MISSES, [])


def test_round7_recall_at_every_position():
    # each round-7 sentence at all five positions (README, ### monologue):
    # an edge (start, after a seam, end) is enough for the agent's next step
    # or a self-assessment; mid-article and run on to the first paragraph
    # only the requester, the deliverable or the generation named go
    found = {
        (lang, position): sum(monologue_removed(lang, position, s) for _, _, s in probes)
        for lang, probes in (("ja", MONOLOGUE_ROUND7_JA), ("en", MONOLOGUE_ROUND7_EN))
        for position in POSITIONS
    }
    assert found == {
        ("ja", "start"): 45, ("ja", "mid"): 22, ("ja", "seam"): 45, ("ja", "end"): 45, ("ja", "inline"): 22,
        ("en", "start"): 26, ("en", "mid"): 16, ("en", "seam"): 26, ("en", "end"): 26, ("en", "inline"): 16,
    }


def test_whole_pipeline_removes_the_same_and_a_second_run_changes_nothing():
    # every rule on (seams joins the chunks, dedup, title…): the monologue
    # probe is gone, the article probe is there, and the output is stable
    settings = Settings(min_article_chars=0)
    for _, lang, position, sentence in MONOLOGUE:
        out = clean_text(build(lang, position, sentence), settings).text
        assert (sentence in out) == (sentence in KNOWN_MISSES), sentence
        assert clean_text(out, settings).text == out, sentence
    for lang, position, sentence in ARTICLE_PROBES:
        out = clean_text(build(lang, position, sentence), settings).text
        assert sentence in out, sentence
        assert clean_text(out, settings).text == out, sentence


def test_each_removal_states_its_evidence():
    for _, lang, position, sentence in MONOLOGUE:
        if sentence in KNOWN_MISSES:
            continue
        fixes = [f for f in clean_text(build(lang, position, sentence), ONLY).fixes if f.rule == "monologue" and f.changes_text]
        assert fixes, sentence
        # a reason names a kind of evidence, not just "monologue"
        assert all(len(f.reason) > 12 and f.excerpt for f in fixes), (sentence, fixes)
