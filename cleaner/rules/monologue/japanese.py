"""Evidence of agent speech in Japanese sentences (see the package docstring)."""

from __future__ import annotations

import re

import regex

from ...firstchars import LazyLed
from ...patterns import lazy
from .common import HARD, MEDIUM, SOFT, Ctx, _Gated, first_match

_JA_ACK = lazy(
    r"^(?:(?:はい|ええ|もちろんです|もちろん|かしこまりました)[、,！!。]?\s*)?(?:(?:ご依頼|ご要望|ご指示|リクエスト)(?:の件|の内容)?、\s*)?(?:承知(?:いた)?しました|承知しております|かしこまりました|了解(?:いた)?しました|承りました"
    r"|ご(?:指摘|指示|依頼|質問|相談|リクエスト)(?:いただき)?ありがとうございます)"
)
_JA_CONTINUE = lazy(r"(?:記事|文章|ブログ|本文)の続きを")
_JA_SPEC = lazy(
    r"ご(?:指定|依頼|要望|指示|提示)(?:の|いただいた|された|頂いた).{0,20}?(?:文体|要件|条件|構成|テーマ|トピック|内容|記事|形式|文字数|ペルソナ|トーン)"
)
# "ご依頼の内容を確認して、見積もりを作成しました" is a business's: the request's
# "内容/条件" is the agent's only when the sentence is about the text or its research
_JA_SPEC_GENERIC = lazy(r"(?:内容|条件|要件|形式)$")
_JA_SPEC_ABOUT_TEXT = lazy(r"本文|記事|原稿|見出し|構成|章|セクション|段落|文体|トーン|キーワード|表現|文章|タイトル|文字数|字数|書き|書い|執筆|情報|ニュース|データ|検索")
_JA_APOLOGY = lazy(r"^(?:大変)?申し訳(?:ありません|ございません|ない)(?:が|けれど|。|、)")
_JA_PROCESS = lazy(
    r"情報|検索|見つけ|見つから|記事|作成|提供|お答え|アクセス|できません|できませんでした|データが不足"
    r"|出力|途中で|切れて|ツール|エラー|ご依頼|ご要望|タイトル|見出し|先ほど|前回の"
)
_WEB_SEARCH = r"(?:ウェブ|Web|web|WEB|インターネット|ネット)?検索を"
_JA_SEARCH = lazy(
    _WEB_SEARCH + r"(?:試み|行い|行った|実行し|かけ)(?!ましたが|たが|が)|検索(?:できませんでした|結果が見つかりませんでした)|情報が見つかりませんでした"
)
# a search tried, "…but": the agent's report when it found nothing for the
# text ("ウェブ検索を試みましたが、関連する記事や発表が見当たらず…"); a
# columnist searches too ("原文を確認しようと検索しましたが、全文は公開されていませんでした")
_JA_SEARCH_TRIED = lazy(_WEB_SEARCH + r"(?:試み|行い|実行し|かけ)(?:ましたが|たが)|検索を行ったが|検索しましたが|検索で[^。]{0,40}?ようとしましたが|調べようとしましたが[^。]{0,10}?検索結果")
_JA_FOUND_NOTHING = lazy(r"見つか(?:りませんでした|らず|らなかった)|(?:たどり|辿り)着け(?:ませんでした|ず|なかった)|見当たら|ヒットし(?:ませんでした|なかった)|得られ(?:ませんでした|ず|なかった)|(?:情報|データ)が不足|取得できませんでした|見当たり(?:ませんでした|ません)")
_JA_REQUEST = lazy(
    r"(?:教えていただけ(?:ます|ません)(?:でしょうか|か)|お知らせ(?:ください|下さい|いただければ|いただけますか)|ご(?:連絡|指示|指摘)(?:ください|いただければ))"
)
_JA_REQUEST_OBJECT = lazy(r"誤り|間違い|情報|記事|修正|変更|追加|ご要望|ご不明|指示|トピック|テーマ|調整")
_JA_OFFER = lazy(
    r"(?:別の|他の|ほかの).{0,25}(?:トピック|テーマ|記事).{0,25}(?:作成|執筆|お書き|書く)(?:する|させていただく)?ことも(?:可能|でき)|"
    r"(?:他に|ほかに|何か)(?:ご(?:要望|質問|不明(?:点|な点))|お手伝いできること)"
)
_JA_POSTAMBLE = lazy(
    r"ご不明(?:点|な点)(?:が|など)?(?:ございましたら|あれば|ありましたら)|"
    r"(?:修正|変更|調整|加筆|追記)(?:が必要|のご要望|点|のご希望)(?:でしたら|があれば|がございましたら|がありましたら)"
)
# a request in the honorific register, as the agent makes of its requester
# ("修正点があればお知らせください"); a how-to's "修正点があれば、担当者に連絡してください"
# sends the reader to somebody else
_JA_ASKS_REQUESTER = lazy(r"お知らせ|お申し付け|ご指摘|ご連絡|お聞かせ|お伝え|おっしゃ|お気軽|ご遠慮|いただければ|いただけますと|ください(?:ませ|ね)")
_JA_PREAMBLE = lazy(
    r"^(?:(?:はい|承知しました|かしこまりました)[、。!！]\s*)?(?:以下|こちら|下記)(?:が|は|に|の通り)、?.{0,30}?"
    r"(?:記事|ブログ記事|原稿|本文|ブログ投稿)(?:の続き)?(?:です|になります|を(?:作成|執筆|用意|記載|ご用意)(?:しました|いたしました|します|いたします))[。：:！!]?$|"
    # "それでは、記事本文を以下に記載します", "以下、前回の続きです"
    r"^(?:それでは|では)?、?(?:記事|ブログ記事|原稿)(?:本文|の本文|の全文)?を(?:以下|下記)に(?:記載|掲載|出力|ご用意|用意)(?:します|いたします|しました)[。：:]?$|"
    # (not "以下、前回の続きです": a blogger's series says that too)
    r"^以下、?(?:先ほどの)?続き(?:です|になります)[。：:]?$"
)
_JA_WRITING = lazy(
    r"(?:(?:記事|本文|原稿)(?:の続き)?|続き)を.{0,30}?(?:書き進め|書き(?:ます|ていきます)|書いて(?:いきます|完成させます)|作成(?:します|いたします|しました|いたしました)|執筆(?:します|いたします)|完成させます|仕上げます)"
)
_JA_SELFCHECK = lazy(
    r"(?:文字数|字数)(?:は|：|:)\s*(?:約|およそ)?\d[\d,]*\s*(?:文字|字)(?:(?:程度|前後|ほど)?(?:です|でした|となりました|になりました|となっています)|\s*[）)]?[。]?$)|(?:記事|本文)(?:の文字数)?は(?:約)?\d[\d,]*(?:文字|字)(?:です|となりました|程度|になりました)|"
    r"(?:ご?指定|要求|依頼)の(?:文字数|範囲)(?:内|を満たし)"
)
_JA_INSTRUCTION = lazy(
    r"(?:記事|文章|ブログ|本文)の続きを.{0,60}?(?:書いて|作成して|完成させて|執筆して|続けて)(?:ください|下さい)|"
    r"(?:以下|次)の(?:条件|要件|指示|ルール)(?:で|に(?:従って|沿って)).{0,40}?(?:ください|下さい)"
)
_JA_PLAN = lazy(
    r"記事の(?:構成|骨子|アウトライン|方向性)を(?:考え|作成し|決め|練り|組み立て)(?:ます|ました)|(?:導入|本論|結論|まとめ|事例)(?:、|を).{0,20}(?:書きます|書いていきます|構成します)"
)
_JA_SOFT = lazy(r"^ご確認(?:を)?お願い(?:します|いたします|致します)[。！!]?$|読者(?:層)?(?:は|を|として)[^。]{0,30}?想定し(?:、|て)|^(?:(?:記事の)?(?:記事|本文)は)?以上(?:となります|です|になります)[。！!]?$|^ここまでが(?:本文|記事)(?:です|になります|となります)[。！!]?$|お役に立て(?:れば|ましたら)幸いです|^(?:はい|ええ)[、,]?\s*(?:喜んで|もちろん(?:です)?)[！!。]?$|いかがでしょうか|見つから(?:なかった|ず)|残念ですが|お手伝い|記事を(?:書|作成|執筆)|^(?:もちろんです|早速)[！!、。]")
# --- kinds of wording beyond the formulas above (generalised from probes in
# other wordings, tests/test_monologue_probes.py) ---
# the article's own parts as an object the agent writes, starts, continues:
# "本文を執筆していきます", "導入部分から書き始めます", "記事の執筆に移ります".
# The part noun is followed by を/から/に (never では: "本記事では…書きます"
# is an article's lead), and the sentence ends on the verb.
_JA_DOC = r"(?:ブログ記事|記事|本文|原稿|続き|導入部分|結論部分|セクション|前半(?:部分)?|後半(?:部分)?|残りの部分|全文|ドラフト|下書き)"
_JA_DOC_WORK = lazy(
    _JA_DOC + r"(?:の(?:続き|前半(?:部分)?|後半(?:部分)?|残り(?:の部分)?|最後の部分|本文|執筆|作成))?(?:から、?[^。]{0,15}?|を、?|に、?|として、?)"
    r"(?:自然に|早速|引き続き|これから|一気に|順に)?"
    r"(?:書き(?:ます|始めます|進めます|進めていきます|ていきます|上げます)|書いていきます|お書きします|"
    r"執筆(?:します|いたします|していきます|を(?:始め|進め)ます)|作成(?:します|いたします|していきます)|"
    r"(?:移り|入り|取りかかり|取り掛かり)ます|まとめ(?:ます|ました|ていきます|てまいります)|仕上げ(?:ます|ていきます)|お届けします|お送りします|再開します|構成し(?:ます|ました)|執筆を続けます|書き続けます|補完します|補います)(?:ね|よ)?[。！!]?$|"
    # the verb alone after a connective: "では、さっそく書いていきます"
    r"^(?:では|それでは|さて)?、?(?:さっそく|早速|これから|ここから)、?(?:書いて|執筆して|作成して|書き始め|書き進め)(?:いきます|まいります|ます)[。！!]?$"
)
# the work done: "記事を書き終えました", "これで記事は完成です"
_JA_DONE = lazy(
    r"(?:記事|本文|原稿)(?:の(?:執筆|作成))?(?:は|が|を)?(?:書き終え(?:ました|ています)|(?:完成|完了)(?:です|しました|いたしました|となります)|仕上がりました)|"
    r"^(?:以上|これ)が(?:ブログ)?(?:記事|本文|原稿)の全文(?:です|になります|となります)|(?:記事|本文)(?:は|を)(?:終わり(?:です|ます)|終わります)|"
    r"(?:記事|本文|原稿)の(?:執筆|作成)(?:を|が)(?:完了|終了)(?:しました|いたしました)"
)
# a part of the article reported written, or the next part announced
# ("ここまでで記事の前半を書き終えました。続いて、後半のセクションに進みます。")
_JA_PART_WRITTEN = lazy(
    r"記事の(?:前半|後半|前編|後編|半分|第?[一二三四五六七八九十0-9０-９]+(?:章|部|節))(?:部分)?(?:を|は|が)(?:書き終え|書き上げ|執筆し終え|出力し終え|完成し)"
)
# ("セクション" is the agent's word for the text's parts; a how-to's "では、次の
# 章に進みます" is its own narration: weak there)
_NEXT_PART = r"(?:後半|次|残り)の[^。]{{0,30}}?{part}(?:に|へ)(?:進み|移り|入り)ます"
_JA_NEXT_SECTION = lazy(_NEXT_PART.format(part="セクション"))
_JA_NEXT_PART = lazy(_NEXT_PART.format(part="(?:セクション|章|パート|見出し|部分)"))
# kinds of the blog's agent speech in wordings the probes above lacked
# (a third fresh sweep, session 6): the continuation written on from the
# existing text, "出力" of the text, the prompt's rules, length against the
# requirement, the tool's failure, the writing finished
_JA_GO_ON_SURE = lazy(
    r"(?:既存(?:の)?(?:部分|文章|記事|本文)|中断した(?:ところ|箇所)|途中で(?:止まって|途切れて)いる|末尾を受けて)[^。]{0,40}?"
    r"(?:続きを|続けて(?:書|執筆|記述)|つなが|書き|記述|記し|完成|仕上げ|執筆)|"
    r"(?:記事|本文|原稿|続き)(?:の(?:後半|残り|続き))?を[^。]{0,20}?出力(?:します|いたします|しています)|"
    r"続き(?:の本文)?を(?:記述|出力)(?:します|いたします)|(?:記事|本文)を(?:直接)?回答として出力|"
    r"(?:記事|本文)(?:の続き)?の執筆を(?:終わり|終え)ます"
)
_JA_GO_ON = lazy(
    r"(?:記事|本文|原稿|文章)(?:の(?:続き|後半|残り(?:の部分)?))?を[^。]{0,30}?(?:仕上げ|完成させ|書き(?:加え|切り|進め)|記述|執筆)(?:て)?(?:まいります|いきます|ます|いたします)|"
    r"(?:前回|ここ)(?:の続き)?から[^。]{0,20}?(?:仕上げ|書き|記述|執筆)|記事の続きを書かせていただきます"
)
_JA_RULE_ECHO = lazy(
    r"既存の(?:文章|記事|本文)を繰り返さ|(?:上記|既存)の(?:記事|文章)に(?:自然に)?つながる(?:よう|ように)[^。]{0,30}?(?:ください|下さい|こと)|"
    r"続きを[^。]{0,30}?(?:書いて|作成して|完成させて|執筆して)(?:記事を完成させて)?(?:ください|下さい)[。！!]?$"
)
_JA_LENGTH_CHECK = lazy(
    r"(?<![\d,])\d[\d,]*\s*(?:文字|字)[^。]{0,30}?(?:要件|指定(?:の)?範囲|指定された範囲|範囲内に収ま)|"
    r"(?:要件|指定(?:の)?(?:範囲|文字数))(?:内|の範囲内|に収ま|を満た|に届)[^。]{0,20}?(?:\d[\d,]*\s*(?:文字|字)|加筆)"
)
_JA_TOOL_TROUBLE = lazy(
    r"(?:書き込み|検索|ファイル)?ツールが(?:見つから|使え|利用でき)|ツール名を間違え|関数名を間違え|正しい(?:関数|ツール)で(?:再実行|やり直)|"
    r"ウェブ検索で[^。]{0,10}?(?:確認|調べ|収集)します"
)
_JA_ASKS_MATERIAL = lazy(
    r"(?:URL|資料|情報源|参考(?:記事|資料)|ソース)[^。]{0,20}?(?:共有|ご提供|お送り|お知らせ)(?:して)?いただ(?:け(?:ます|ません)か|ければ|けましたら)|"
    r"ご(?:提供|共有)いただ(?:ければ|けましたら)[^。]{0,30}?(?:執筆|作成|書き)|"
    r"ご確認いただけましたら[^。]{0,30}?(?:執筆|作成)|(?:記事|本文)の方向性について[^。]{0,20}?お聞かせください"
)
_JA_SEARCH_EMPTY = lazy(
    r"(?:調べましたが|調査しましたが|検索しましたが|検索しても)[^。]{0,40}?(?:情報源|情報|発表|報道|記事|資料|データ|集計)[^。]{0,10}?(?:見つかりませんでした|確認できませんでした|見当たりませんでした|たどり着けませんでした|辿り着けませんでした)|"
    r"(?:別の|他の)方法を試みます"
)
# research plans: "最新の決算情報を調べます", "別のキーワードで再度検索してみます"
_JA_RESEARCH = lazy(
    r"(?:情報|ニュース|データ|資料|動向|背景|事例|キーワード)[^。、]{0,8}?(?:を|で)(?:再度|もう一度|改めて)?"
    r"(?:調べ|検索し|リサーチし|収集し|集め)(?:ます|てみます|ていきます|直します|て(?:整理|確認|集約)します)[。]?$|"
    r"検索(?:し直(?:します|してみます)|してみます|を(?:行い|実行し|かけ)ます)[。]?$|(?:情報収集|リサーチ|調査|検索)が(?:完了|終わり)(?:しました|ました)|"
    # the research for the text reported done: "記事の執筆に必要な情報を収集しました。"
    r"(?:記事|執筆|本文|原稿)[^。]{0,12}?(?:情報|データ|資料)を[^。]{0,6}?(?:収集し|集め|調べ)(?:ました|終えました)[。]?$"
)
# search results and tool failures: "検索では見つかりませんでした",
# "検索ツールでエラーが発生しました", "ファイルの書き込みに失敗しました"
_JA_NO_RESULT = lazy(
    r"検索(?:結果)?(?:では|でも|で|しても|しましたが|の結果)[^。]{0,30}?(?:見つかりませんでした|ヒットしませんでした|得られませんでした)|"
    r"検索結果(?:が|は)?[^。]{0,8}?(?:見つかりませんでした|得られませんでした|ありませんでした|ヒットしませんでした|0件でした)|"
    r"検索結果(?:が|は)?[^。]{0,8}?得られなかった(?:ため|ので)[^。]{0,30}?(?:執筆|書き|作成|まとめ)|"
    r"(?:検索ツール|ウェブ検索|検索機能)の?(?:利用)?(?:上限|制限|クォータ)に達し|"
    r"(?:検索ツール|ブラウジングツール)(?:が|は)?(?:(?:応答しません|使えません|利用できません|動作しません)(?:でした)?(?:ので|。|$)|(?:応答しない|使えない|利用できない)(?:ため|ので))|"
    r"(?:検索ツール|ツール(?:の)?(?:呼び出し|実行)(?:中)?|関数(?:の)?呼び出し|ファイルの(?:書き込み|保存|読み込み))"
    r"[^。]{0,6}?(?:(?:エラーが発生しました|失敗しました|エラーになりました|応答が(?:あり|得られ)ませんでした)|"
    r"(?:エラーが発生した|失敗した)(?:ため|ので)、?[^。]{0,20}?(?:再試行|やり直|もう一度|再度|改めて))|"
    r"エラー[^。]{0,10}?ファイルを(?:保存|書き込|読み込)[^。]{0,4}?(?:できませんでした|失敗)"
)
# (the agent's writing is the main verb: "検索結果をもとに回答を生成する仕組み" and
# "検索結果をもとに記事を書くツールも登場しています" describe a service)
_JA_SEARCH_BASED = lazy(
    r"(?:検索(?:結果)?で(?:得られた|集めた|見つかった)情報|検索結果)を(?:もとに|元に|基に|踏まえ)(?:て)?、?[^。]{0,20}?"
    r"(?:執筆|まとめ|作成|構成|書い|書き|補足|補)[^。]{0,6}?(?:ました|ています|ます|いたします)[。]?$"
)
_JA_ARTICLE_LEAD = lazy(r"今回|本記事|この記事|本稿|本日|今日")
_JA_LEAD_START = lazy(r"^(?:この記事|本記事|本稿|今回の記事)(?:では|は|で)")
# business-mail closing to the requester (not "詳しくは…をご確認ください", the reader's)
_JA_MAIL_CLOSING = lazy(r"(?:ご確認|ご査収|ご検討)(?:のほど|を)?、?(?:どうぞ)?よろしくお願い(?:いた)?します")
# the requester's wishes followed: "ご要望の通り、…まとめました"
_JA_AS_REQUESTED = lazy(r"ご(?:要望|希望|指定|依頼|指示)(?:の通り|のとおり|どおり|通り|に沿って|に従って|に合わせて|を踏まえて)")
# the output itself: "出力が途中で途切れた", "修正版を出力します", "タイトル案を3つ提案します"
_JA_OUTPUT = lazy(
    r"(?:出力|回答|記事|本文|前回の(?:出力|回答|記事))(?:が|は)?[^。]{0,6}?(?:途切れ|切れ|止まっ)(?:て?(?:しまいました|しまった|いました|ました)|た(?:ため|ので))|途中で(?:止まって|途切れて|切れて)しまった|"
    r"(?:^|、)(?:では|それでは|以下に|ここで)?、?(?:修正版|全文|完成版|最終版|記事|本文|続き)を(?:再)?出力(?:します|いたします|しました)|"
    r"(?:^|、)(?:では|それでは|まず|まずは|以下に|ここで)?、?(?:記事の)?(?:タイトル|見出し|構成|記事)案を[^。]{0,8}?(?:提案|作成|提示)(?:します|いたします|しました)"
)
_JA_CONTINUE_HERE = lazy(
    r"^(?:では、?)?(?:ここから|続きから|この続きから|前の(?:セクション|段落|章|見出し)の(?:最後|末尾|終わり)から)(?:続けます|再開します|書きます|書き進めます)(?:ね|よ)?[。]?$"
)
# research then writing: "リサーチした内容をもとに、記事を執筆しました"
_JA_RESEARCH_BASED = lazy(
    r"(?:リサーチ|調査|検索|収集)(?:した|の)?(?:内容|結果|情報)を(?:もとに|元に|基に|踏まえ(?:て)?)[^。]{0,20}?(?:記事|本文|原稿)を(?:執筆|作成|構成)"
)
# the article's own part named as such, or the persona it is written in
_JA_ROLE = lazy(
    r"^(?:今回の)?ご(?:依頼|要望|指定|指示)(?:は|の内容は)|"
    r"(?:記事|本文)の(?:前半|後半|締めくくり|結論部分|導入部分)として|ペルソナ(?:で|として)[^。]{0,10}?(?:作成|執筆|書き|お書き)|"
    r"(?:該当する|関連する|具体的な|詳細な)(?:情報|発表|ニュース|記事|データ|資料)を?見つけ(?:る|出す)ことは?(?:が)?できませんでした"
)
_JA_WANT_WRITTEN = lazy(r"(?:書いて|作成して|執筆して|取り上げて)(?:ほしい|欲しい)(?:記事|テーマ|トピック)")
_JA_LENGTH_SPEC = lazy(r"(?:文字数|字数)[^。]{0,20}?(?:ご指定|(?:要件|指定|目標|条件)(?:を満たし|に沿っ|どおり|通り|に合わせ|をクリア|の[^。]{0,12}?(?:を超え|を満たし|に達し)))")
_JA_RETRY = lazy(r"(?:(?:もう一度|再度|改めて)(?:試します|試みます|保存します|実行します|やり直します)|再試行(?:します|いたします))[。]?$")
# the agent says what it is and cannot do: "私はAIアシスタントのため…できません"
_JA_AI_SELF = lazy(
    r"^(?:(?:私は|わたしは)(?:AI|ＡＩ)(?:アシスタント|言語モデル|モデル)?|(?:AI|ＡＩ)(?:アシスタント|言語モデル))(?:のため|なので|ですので|であるため|として)、?[^。]{0,50}?(?:できません|いたしかねます|できかねます)|"
    r"^(?:AI|ＡＩ)として、[^。]{0,50}?(?:できません|いたしかねます|できかねます)"
)
# "AIなので…できません" may be said of AI in general: sure only at an edge
_JA_AI_MAYBE = lazy(r"^(?:AI|ＡＩ)(?:のため|なので|ですので|であるため)、?[^。]{0,50}?(?:できません|いたしかねます|できかねます)")
_JA_CANNOT_WORK = lazy(
    r"(?:記事|本文|原稿)[^。]{0,6}?を(?:作成|執筆|お書き|お届け)(?:すること)?(?:は|が)?(?:いたしかねます|できかねます)"
)
# the same in plain words, which an article about AI also says: sure only at an edge
_JA_CANNOT_WORK_MAYBE = lazy(
    r"(?:記事|本文|原稿)[^。]{0,6}?を(?:作成|執筆|お書き|お届け)(?:すること)?(?:は|が)?できません(?:でした)?[。]?$|"
    r"^(?:現在|現在は|現時点では|残念ながら)?、?(?:ウェブ|Web|インターネット|ネット|最新の情報|リアルタイムの情報)(?:に|へ)(?:は)?アクセスできません(?:でした)?(?:ので|。|$)"
)
_JA_APOLOGY2 = lazy(r"^(?:大変)?(?:失礼(?:いた)?しました|すみません|ごめんなさい)(?:が|、|。)")
# the article announced as a deliverable in so many words: anywhere sure
_JA_PREAMBLE_SHORT = lazy(
    r"^(?:以下|こちら|下記)(?:が|は|、)(?:ブログ)?(?:記事|本文|原稿|続き)(?:の(?:続き|全文|本文))?(?:です|になります)[。：:]?$|"
    r"^(?:それでは、?)?(?:記事|本文|続き)をどうぞ[。！!]?$|"
    r"^(?:記事|本文)の(?:残り(?:の部分)?|続き|後半(?:部分)?)は(?:次|以下)の(?:通り|とおり)(?:です|になります)[。：:]?$"
)
_JA_ACK2 = lazy(r"^(?:はい|ええ)[、,]?\s*(?:わかりました|分かりました)|^了解(?:です|いたしました)")
# offers of more work on the text: "ご要望に応じて、文字数やトーンの調整も可能です"
_JA_OFFER_MORE = lazy(
    r"(?:ご要望|ご希望|必要)(?:に応じて|でしたら|があれば|がございましたら|の場合は)[^。]{0,40}?"
    r"(?:可能です|承ります|対応(?:いた)?します|いたします|お申し付けください|お知らせください|お声がけください)"
)
# the formula quoted, not said: "承知いたしました、という言葉を、私は…"
_JA_QUOTED = lazy(r"[、,]?\s*(?:という|と(?:いう|言|答|返|口に|告げ|繰り返))")
# a business answering its customers ("ご依頼の際にお知らせください",
# "ご依頼の内容をお送りいただければ、二営業日以内にお返事いたします"):
# the agent's requester orders no service and gets no quote
_JA_BUSINESS = lazy(r"ご依頼の際|ご注文|見積|営業日|納品|お問い合わせ|窓口|弊社|当社|料金|ご契約|担当|スタッフ")
_JA_LATER = lazy(r"後日|今後|随時|追って|改めて")
_JA_WRITING_OBJECT = lazy(r"図表|お書き|翻訳|英語版|日本語版|別バージョン|文字数|字数|トーン|文体|見出し|タイトル|加筆|追記|書き直し|執筆|リライト|切り口")
_JA_ASK = lazy(r"(?:教えて|お申し付け|お声がけ|ご連絡)(?:ください|下さい)")
# a reader's closing ("感想はコメント欄で教えてください") asks the reader, not the requester
# (or a newsletter its subscribers: "今号へのご意見…このメールに返信する形でお寄せください")
_OWN_MEDIUM_WORDS = r"今号|本号|次号|このメール|メールマガジン|メルマガ|ニュースレター|購読|このブログ|当ブログ|本ブログ"
_JA_READER = lazy(r"コメント|SNS|フォロー|シェア|読者|" + _OWN_MEDIUM_WORDS)
# the writer's own blog or newsletter named: its readers are addressed
_JA_OWN_MEDIUM = lazy(_OWN_MEDIUM_WORDS)
# somebody's words reported: "構成は三部にします、と編集者は言った"
_JA_SAID = lazy(r"[、,]\s*と[^。]{0,20}?(?:言った|言う|言われ|話した|話す|語った|書いた|答えた)")
_JA_SELFCHECK2 = lazy(
    r"(?:約)?(?<![\d,])\d[\d,]*\s*(?:文字|字)(?:程度|前後|ほど|以上|以内)?の(?:記事|本文|原稿|文章)を(?:作成|執筆|用意|お届け)(?:しました|いたしました|します|いたします)|"
    r"(?<![\d,])\d[\d,]*\s*(?:文字|字)(?:の(?:記事|本文|原稿))?(?:と|に)なりました|(?:文字数|字数|見出し構成|構成)[^。]{0,10}?(?:要件|条件|指定)を満たして"
)
_JA_PROMPT_ASK = lazy(
    r"(?:文字数|字数)[^。]{0,15}?(?:で|以上で|以内で)(?:書いて|執筆して|作成して)(?:ください|下さい)[。！!]?$|"
    r"(?:記事|本文|原稿)を[^。]{0,20}?(?:書いて|執筆して|作成して)(?:ください|下さい)[。！!]?$"
)
# --- the fourth fresh sweep's kinds (session 7: posts written blind, each
# kind with look-alikes in tests/test_monologue_probes.py) ---
# sure anywhere: the chat reply named as the place of the text, the text
# handed in, its length "so far", a progress note, a tool by its identifier
# failing, the writing of a numbered part, the plan of the text
_JA_TEXT_WORK_SURE = lazy(
    r"この(?:応答|回答|返信|メッセージ)(?:に|で|内に|の中に)[^。]{0,20}?(?:記載|記し|書き|出力|掲載|お送り)|"
    r"この(?:内容|原稿|本文|記事)で(?:提出|納品|送信|確定)(?:します|いたします)|"
    r"(?:ここまで|現時点|現在)で?(?:約|およそ)?[\d,]+\s*(?:字|文字)(?:なので|ですので|のため|程度なので)|"
    r"(?:約|およそ)?[\d,]+\s*(?:字|文字)で(?:仕上げ|まとめ|書き上げ|執筆し|作成し)(?:ました|ています)|"
    r"^[\[［【(（]\s*(?:進捗(?:メモ|状況|報告)?|作業メモ)\s*[:：]|^(?:セルフチェック|自己チェック|自己レビュー)\s*[:：]?\s*$|"
    r"\b[a-z]+_[a-z_]+\b\s*(?:が|は|の)[^。]{0,12}?(?:タイムアウト|エラー|失敗|応答しな|使えな|利用できな)|"
    r"第?[\d０-９一二三四五六七八九十]+(?:節|章)[^。]{0,30}?の執筆に(?:移り|入り|取りかかり|取り掛かり)ます|"
    r"(?:記事|本文)の構成は[^。]{0,10}?(?:次|以下)の(?:とおり|通り)に(?:します|いたします)|"
    # the next part of the text by its own title ("節" is the agent's word
    # for it: a blog says "次の節では…")
    r"^(?:次は|次に|続いて)、?「[^」]{1,40}」の節に(?:進み|移り|入り)ます|"
    # the fifth sweep's: the body handed over, parts still to write, the next
    # output, the requester's length, feedback taken in, the outline
    r"^以上が(?:記事の)?本文(?:になります|です|となります)|^以下、?(?:完成した)?(?:記事の?)?本文(?:です|になります|となります)|"
    r"(?:節|段落|章|セクション)[^。]{0,20}?(?:書き足し|書き加え|追記し)ます|次の(?:出力|回答|メッセージ|応答)で(?:書き|続け|お送り|出力)|"
    r"(?:依頼|指定)された(?:字数|文字数)|(?:指定|依頼)の[\d,]+\s*(?:字|文字)|"
    r"いただいた[^。]{0,15}?(?:点|ご意見|フィードバック)を(?:踏まえ|もとに|基に)[^。]{0,20}?(?:書き直|改稿)|"
    r"(?:記事|本文|原稿)に書き換えることも(?:可能|でき)|(?:語調|文体|トーン|表記)を確認しました|このまま公開して(?:大丈夫|問題ない)|この(?:順番|順|流れ|構成)で[^。]{0,20}?(?:書き進め|執筆し|書いていき)|"
    r"^(?:記事の)?(?:骨子|構成案?|アウトライン)[:：]|"
    # a progress note in brackets: "（ここで全体のおよそ半分です。後半は…）"
    r"^[（(](?:ここで|ここまでで)[^）)]{0,20}?(?:半分|前半|全体の)|"
    # the sixth sweep's: the model's own training data, the requester named
    # or asked to check before publishing, the request's spec quoted as the
    # reason for the writing, the text's own later sections to write, the
    # source URL it could not fetch, a search log line
    r"(?:私|わたし)の(?:学習データ|トレーニングデータ)|(?:^|[（(【\[※]\s*)(?:ご依頼者|ご依頼主)様?(?:へ|宛て)[:：、]|公開(?:前|の前)に[^。]{0,10}?ご確認(?:を)?お願い(?:いたします|します|申し上げます)[。）)]*$|"
    r"との(?<!(?:お客様|お客さま|顧客|クライアント|先方|取引先|施主|ご家族)[^。]{0,30}との)(?:ご指定|ご指示|ご依頼|ご要望)(?:なので|でしたので|ですので|でしたから|のため|に(?:合わせ|従い|沿って|沿い))|ご依頼の趣旨に(?:合わせ|沿って|沿い|従い)|"
    r"後半の「(?<!(?:次回|次の記事|別記事|別の記事|来週|来月|今後)[^。]{0,30}後半の「)[^」]{1,30}」(?:と「[^」]{1,30}」)?を(?:執筆|書き|作成)(?:して)?(?:まいります|いきます|します)|"
    r"出典(?:の)?URL(?:は|を|が)[^。]{0,6}?(?:取得|確認)できて(?:い)?ません|"
    r"ご依頼の「[^」]{1,20}」に(?:合わせ|収め|沿)|"
    r"^検索(?:クエリ|ワード)?\s*[:：]\s*\S+(?:[ 　]+\S+){2,}$"
)
# at an edge: the next part announced, the ending written, the text's
# style reported, the text said finished, more work offered on it, the
# requester asked to change the text's wording
_JA_TEXT_WORK_EDGE = lazy(
    r"^(?:次は|次に|続いて)、?「[^」]{1,40}」のセクションに(?:進み|移り|入り)ます|"
    r"後半は[^。]{0,40}?(?:に|へ)(?:移ります|進みます|入ります)|"
    r"(?:結び|締め|まとめ|導入|最後)の(?:段落|節|部分|パート)を(?:書き|執筆し|作成し)(?:ます|ていきます)|"
    r"(?:トーン|文体|語調|口調)は[^。]{0,20}?(?:(?:解説|説明|です・?ます|である|会話|口語|語り|報道|論説|エッセイ)調|(?:です・?ます|である|敬|常)体)に(?:しています|しました|統一しています|統一しました|そろえています)|"
    r"^(?:記事の)?本文は以上(?:です|となります|になります)|"
    r"^文字数を(?:確認|チェック)します|(?:見出し|段落|構成|文体|語調)[^。]{0,20}?を見直しました|"
    r"(?:見出し|結び|導入|まとめ)は[^。]{0,20}?(?:の形に|に)(?:してあります|しました|しています)|"
    r"目標の[\d,]+\s*(?:字|文字)|[\d,]+\s*(?:字|文字)となり、|(?:直して|修正して)ほしい(?:箇所|点|ところ)|^構成は[^。]{0,60}?(?:にします|とします|で進めます)|"
    r"表現は避けて(?:あります|います|おきました)|(?:必要|ご希望)でしたら[^。]{0,40}?(?:お示し|ご提案|ご用意|お作り)します|"
    r"気になる(?:点|箇所)があれば[^。]{0,10}?ご指摘|"
    r"(?:必要|ご希望)でしたら[^。]{0,40}?(?:取りかかり|取り掛かり|お書きし|執筆し|作成し)ます|"
    r"(?:見出し|言い回し|表現|構成|文体|トーン|事例|タイトル|段落)[^。]{0,30}?(?:たい|希望の)場合[^。]{0,40}?(?:お知らせ|お申し付け|ご連絡)(?:ください|下さい)|"
    # the sixth sweep's: the outline planned first, other versions of the
    # text offered, the first half reported done, the requester's wish met
    r"^まず(?:は)?、?(?:記事の)?構成を(?:考え|練り|決め|整理し)ます[:：]|"
    r"(?:他|ほか)の[^。]{0,12}?(?:記事|レシピ|版|バージョン|原稿|文章|例文|タイトル案|パターン|コース)(?:も|や)[^。]{0,30}?(?:必要|ご希望|ご入用)でしたら[^。]{0,10}?お申し付け|"
    # a table or a summary of the article offered: "…を比較する表や、投資家向けの要約版が必要でしたら、お申し付けください"
    r"^もし、?[^。]{0,40}?(?:比較(?:する|した)表|要約版|図解|一覧表)(?:や|、|を)[^。]{0,50}?(?:必要でしたら|ご希望でしたら|ご要望があれば)[^。]{0,20}?(?:お申し付け|お知らせ|追加で作成|作成いたします)|"
    r"^もし、?[^。]{0,40}?(?:比較(?:する|した)表|要約版|図解|一覧表)[^。]{0,50}?追加で(?:作成|ご用意)(?:いたします|します)|"
    r"^ここまでで(?:前半|第[一二三1-3]部)(?:となります|です|が終わりました)|^(?:ご要望|ご指定|ご指示)(?:どおり|通り)です[。]?$|"
    # the eighth sweep's: the text's shape planned ("見出しは太字で入れ、最後は読者への問いかけで締めくくります"),
    # more versions offered ("ほかにも、…向けの解説記事や…やさしい版が必要でしたら、いつでもお声がけください")
    r"^見出しは[^。]{0,20}?(?:で|に)(?:入れ|し|まとめ)[^。]{0,30}?(?:締めくくり|締め|終え|結び)ます|"
    r"(?:最後|結び|締め)は[^。]{0,20}?(?:問いかけ|呼びかけ)で締めくくります[。]?$|(?:そのため、?)?この(?:部分|節|段落|セクション)は[^。]{0,20}?(?:挙げず|触れず|控えめ|省き|ぼかし)[^。]{0,10}?(?:記述|説明)します[。]?$|"
    r"^必要(?:であれば|でしたら)、?(?:追記|加筆|補足)(?:いたします|します)[。]?$|"
    # (the agent's fallback when its search found nothing: "数値は公表済みの一般的な傾向の範囲で記述します")
    r"^(?:数値|数字|データ)は[^。]{0,20}?(?:一般的な傾向|公表済み|公開情報)[^。]{0,10}?(?:範囲|程度)で(?:記述|説明|紹介|触れ)(?:します|ます)[。]?$|"
    r"^ほかにも、?[^。]{0,40}?(?:記事|版|バージョン)(?:や|も)[^。]{0,60}?(?:お声がけ|お申し付け|お知らせ)ください"
)
# a prompt's labelled field: "【指示】…", "【出力形式】Markdown"
_ECHO_LABEL = lazy(r"^(?:\*\*)?[【\[［](?:続き|記事の続き|前回の続き|指示|追加指示|追加の指示|指示内容|出力|出力形式|出力条件|制約条件|執筆条件|執筆ルール|ペルソナ|文体|トーン|記事のテーマ|テーマ|これまでの(?:記事の)?内容|これまでの(?:記事|本文))[】\]］]")

# prompt scaffolding echoed into the post
_ECHO_LINE = lazy(
    r"^(?:#{1,6}\s*)?(?:\*\*)?[【\[［](?=[^】\]］]{0,40}(?:既存の?記事|記事の(?:最後|末尾|冒頭|続き)|続きの(?:記事|文章)|前回の(?:出力|続き)|(?:ここから)?続きを(?:執筆|書く|書きます|出力)|指示内容|出力形式|(?:これまで|既存|前回|直前|出力済み|生成済み)の(?:本文|文章)の(?:最後|末尾|冒頭|続き)|続きの本文(?=[】\]］])|(?:出力|生成)(?:した|済みの|された)(?:本文|記事|文章|テキスト)))[^】\]］]{1,60}[】\]］](?:\*\*)?$"
)
_ECHO_PAREN = lazy(
    r"^[（(](?:[^）)]{0,40}(?:既存の?記事|記事の(?:最後|続き)|前回の?(?:出力|続き)|から続く|からの続き|続きを(?:書|作成))[^）)]{0,40}|続き|continued)[）)]$",
    regex.I,
)
# ``(?<!\s)``: a match starts where a run of white space starts, never inside
# it, so a long run of spaces costs one pass, not one per space (quadratic)
_HEADING_SUFFIX = lazy(
    r"(?<!\s)\s*[（(](?:続き(?:です|を書きます|を出力します|から)?|続く|つづき|[^）)]{0,30}(?:既存の?記事|記事の最後|から続く)[^）)]{0,10}|continued|cont\.?)[）)]\s*$", regex.I
)


# stdlib re led by the words' first characters (cleaner/firstchars.py): the
# anchors are searched in every paragraph; the regex module's alternation was
# most of the rule's time
_JA_ANCHOR = LazyLed(
    r"承知|かしこまり|了解|承り|続き|構成|書きます|ご(?:指定|依頼|要望|指示|提示|連絡|指摘|不明)|申し訳|検索|教えて|お知らせ|別の|他の|ほかの|他に|ほかに|何か"
    r"|修正|変更|調整|加筆|追記|以下|こちら|下記|記事|本文|原稿|字数|指定|要求|次の|【|[（(][^（(）)]*[）)]$|いかがでしょうか|見つから|残念|お手伝い"
    r"|わかりました|分かりました|もちろんです|早速|導入部分|結論部分|セクション|前半|後半|残りの部分|全文|ラフト|下書き"
    r"|調べ(?:ます|てみます|ていきます|直します)|収集し|情報収集が|リサーチ|集め(?:ます|てみます|ていきます)|調査が"
    r"|呼び出し|ファイルの|(?:もう一度|再度|改めて)(?:試|保存|実行|やり直)|失礼|みません|ごめんなさい|クセスでき"
    r"|(?:AI|ＡＩ)(?:アシスタント|言語モデル|モデル)?(?:のため|なので|ですので|であるため|として)"
    r"|ご希望|必要(?:に応じて|でしたら|があれば)|お申し付け|お声がけ|ご連絡|ご確認|ご査収|ご検討|再試行|っそく|ご質問|ご相談|ご(?:リクエスト)|再開|字(?:の(?:記事|本文|原稿))?(?:と|に)なりました|字(?:程度|前後|ほど|以上|以内)?の文章|喜んで|エラー|以上(?:となります|です|になります)|ご指摘|途中で|途切れ|切れて|止まって|出力(?:します|いたします|しました)|タイトル案|見出し案|(?:ここから|続きから)(?:続け|再開|書き)"
    r"|(?:ほしい|欲しい)(?:記事|テーマ|トピック)|ペルソナ|出力が長く|見つけ(?:る|出す)ことは?(?:が)?できませんでした|お役に立て|終わり(?:です|ます)"
    r"|要件|範囲内|既存|中断|ウェブ検索|関数|ツール|執筆|お聞かせ|いただけますか|いただければ|いただけましたら|調べましたが|調査しましたが|出力|方法を試み"
    # (words of the agent's kinds that article prose rarely uses - not "節",
    # which "季節" and "節約" hold, nor "直して" of "見直して" - and none led
    # by a kana as common as "の", "こ", "し", "い": the anchor is looked
    # for at every place its first letters occur)
    r"|節に進み|節に移り|書き足し|段落|応答に|応答内|回答に|提出|進捗|セルフチェック|自己チェック|字で|字なので|タイムアウト|取りかかり|取り掛かり|想定し|移ります|進みます|調にし"
    r"|骨子|書き換え|公開して|直してほしい|字となり|見直しました|確認しました|表現は避けて|示しします|気になる|検索で"
    r"|書き直|フィードバック|改稿|順で書き|流れで書き|順で執筆|見出しは|結びは"
    r"|私の学習データ|わたしの学習データ|私のトレーニングデータ|依頼者|依頼主|出典URL|出典のURL|順番で書き|順番で、|範囲で記述|程度で記述|締めくくります|部分は"
)
# the round-7 kinds (_ja_kind_evidence) are tried in a sentence that has an
# anchor word above or one of these (their words that the anchor lacks),
# each led by a character rare in prose: a common kana such as を, の, い, で
# first would stop the led scan (cleaner/firstchars.py) at every other
# character of a post, and this scan runs over every paragraph
_JA_KIND_ANCHOR = LazyLed(
    r"書き足|書き継|書き直|書けた|書いていきます|確かめ|確認しておき|段落を|ツール|ブラウザ|参照した|頂いた|プロンプト|反映し|盛り込|肉付け"
    r"|出力|冗長|押さえ|Markdown|調に|調で|見出し|寄せ|統一|揃え|文体|草稿|初稿|敬体|常体|メッセージで|回答で|返答で|続きをお送り"
)


# each word list holds a literal every match of the pattern contains
_JA_ACK2 = _Gated(_JA_ACK2, "わかりました", "分かりました", "了解")
_JA_PROMPT_ASK = _Gated(_JA_PROMPT_ASK, "ください", "下さい")
_JA_NO_RESULT = _Gated(_JA_NO_RESULT, "検索", "ツール", "関数", "ファイル")
_JA_AI_SELF = _Gated(_JA_AI_SELF, "AI", "ＡＩ")
_JA_AI_MAYBE = _Gated(_JA_AI_MAYBE, "AI", "ＡＩ")
_JA_SELFCHECK2 = _Gated(_JA_SELFCHECK2, "字", "構成")
_JA_PREAMBLE_SHORT = _Gated(_JA_PREAMBLE_SHORT, "以下", "こちら", "下記", "どうぞ", "通り", "とおり")
_JA_LENGTH_SPEC = _Gated(_JA_LENGTH_SPEC, "字数")
_JA_OFFER_MORE = _Gated(_JA_OFFER_MORE, "ご要望", "ご希望", "必要")
_JA_TEXT_WORK_SURE = _Gated(
    _JA_TEXT_WORK_SURE, "応答", "回答", "返信", "メッセージ", "で提出", "で納品", "で送信", "で確定", "字なので", "字ですので", "字のため",
    "字程度なので", "字で", "進捗", "作業メモ", "セルフチェック", "自己チェック", "自己レビュー", "_", "執筆に", "の構成は", "節に", "本文に",
    "本文で", "本文と", "書き足し", "書き加え", "追記し", "次の出力", "された字数", "された文字数", "指定の", "依頼の", "いただいた",
    "書き換え", "確認しました", "公開して", "順で", "流れで", "構成で", "骨子", "構成案", "構成：", "構成:", "アウトライン", "ここで", "ここまでで",
    "の学習データ", "のトレーニングデータ", "依頼者", "依頼主", "公開前", "公開の前", "とのご", "ご依頼の趣旨", "後半の「", "検索:", "検索：",
    "検索クエリ", "検索ワード", "出典URL", "出典のURL", "ご依頼の「", "順番で",
)
_JA_TEXT_WORK_EDGE = _Gated(
    _JA_TEXT_WORK_EDGE, "セクションに", "後半は", "を書き", "を執筆し", "を作成し", "調に", "体に", "本文は以上", "文字数を", "見直しました",
    "見出し", "結び", "導入", "まとめ", "字", "ほしい", "構成は", "避けて", "でしたら", "ご指摘", "場合",
    "構成を考え", "構成を練り", "構成を決め", "構成を整理", "お申し付け", "ここまでで", "どおりです", "通りです", "追加で作成", "追加でご用意",
    "見出しは", "ほかにも", "範囲で", "程度で", "追記", "加筆", "補足", "締めくくります", "この部分は", "この節は", "この段落は", "このセクションは",
)
_JA_CANNOT_WORK = _Gated(_JA_CANNOT_WORK, "いたしかねます", "できかねます")
_JA_CANNOT_WORK_MAYBE = _Gated(_JA_CANNOT_WORK_MAYBE, "できません")
_JA_WANT_WRITTEN = _Gated(_JA_WANT_WRITTEN, "ほしい", "欲しい")
_JA_OUTPUT = _Gated(_JA_OUTPUT, "途中", "途切れ", "切れて", "止まって", "出力", "案を")
_JA_APOLOGY2 = _Gated(_JA_APOLOGY2, "失礼", "すみません", "ごめんなさい")
_JA_ASK = _Gated(_JA_ASK, "ください", "下さい")
_JA_DOC_WORK = _Gated(
    _JA_DOC_WORK, "書", "執筆", "補", "作成", "移り", "入り", "取りかか", "取り掛か", "まとめ", "仕上げ", "お届け", "お送り", "再開", "構成"
)
_JA_DONE = _Gated(_JA_DONE, "書き終え", "完成", "仕上がり", "全文", "完了", "終了", "終わり")
_JA_RESEARCH = _Gated(_JA_RESEARCH, "調べ", "検索", "リサーチ", "収集", "集め", "調査")
_JA_SEARCH_BASED = _Gated(_JA_SEARCH_BASED, "検索")
_JA_RETRY = _Gated(_JA_RETRY, "試", "保存", "実行", "やり直")
_JA_MAIL_CLOSING = _Gated(_JA_MAIL_CLOSING, "よろしくお願い")
_JA_AS_REQUESTED = _Gated(_JA_AS_REQUESTED, "ご要望", "ご希望", "ご指定", "ご依頼", "ご指示")
_JA_CONTINUE_HERE = _Gated(_JA_CONTINUE_HERE, "ここから", "続きから", "前の")
_JA_RESEARCH_BASED = _Gated(_JA_RESEARCH_BASED, "リサーチ", "調査", "検索", "収集")
_ECHO_LABEL = _Gated(_ECHO_LABEL, "【", "[", "［")
_JA_ROLE = _Gated(_JA_ROLE, "として", "ペルソナ", "見つけ", "ご依頼", "ご要望", "ご指定", "ご指示")


# "AIが記事を執筆します", "このモデルは、ご指示どおりに…": with a subject of
# its own the sentence describes something else; the agent's narration of its
# work has none ("本文を執筆していきます", "ご要望の通り、…まとめました").
# (は after で, に, から, まず, 今回, 次 is a topic of time or place, not a subject)
_JA_SUBJECT = re.compile(r"(?<![でにらず回次])は|が")
_JA_TOPIC_COMMA = re.compile(r"(?<![でにらず回次])は、|が、")


def _subject_before(bare: str, start: int) -> bool:
    """A subject in the clause before ``start``, or a topic set off by a
    comma ("生成AIは、タイトル案を提案します")."""
    clause = bare.rfind("、", 0, start + 1) + 1  # (a match may begin with its 、)
    return clause < start and bool(_JA_SUBJECT.search(bare, clause, start)) or _JA_TOPIC_COMMA.search(bare, 0, start + 1) is not None


class _WithoutSubject:
    """A pattern whose match counts only when the sentence gives it no
    subject of its own: in its clause (or a topic before a comma), or, with
    ``whole``, anywhere before it."""

    __slots__ = ("pattern", "whole")

    def __init__(self, pattern, whole: bool = False):
        self.pattern, self.whole = pattern, whole

    def search(self, text: str):
        m = self.pattern.search(text)
        if m is None:
            return None
        subject = _JA_SUBJECT.search(text, 0, m.start()) if self.whole else _subject_before(text, m.start())
        return None if subject else m


_JA_DOC_WORK = _WithoutSubject(_JA_DOC_WORK)
_JA_OUTPUT = _WithoutSubject(_JA_OUTPUT)
_JA_AS_REQUESTED = _WithoutSubject(_JA_AS_REQUESTED, whole=True)
# ("AIが記事を自動で出力します", "このツールは記事を書き進めます" describe a product)
_JA_GO_ON_SURE = _WithoutSubject(_JA_GO_ON_SURE, whole=True)
_JA_GO_ON = _WithoutSubject(_JA_GO_ON, whole=True)


# --- round 7: kinds of agent speech by evidence only the agent produces ------
# (tests/test_monologue_probes.py, MONOLOGUE_ROUND7_*: written before these)
# Sure anywhere (HARD): the requester addressed or their instructions named
# with an honorific, the deliverable handed over, the generation process
# (the previous output, a cut, the tool that failed and what the writing did
# about it), style compliance reported as done.  Only at the start or end of
# the post or of a chunk (MEDIUM): the agent's next step on the text, the
# text reported finished, a self-assessment of its writing, a format choice
# reported; an article's signposting, advice and how-to say the same words
# without the agent's past or present report on its own text.
_JA_END_DONE = r"(?:ました|ています|ております|てあります|ておきました)[。！!]?$"
# the requester's instructions named: "ご指示いただいたキーワード", "ご依頼文",
# "お送りいただいた資料", "頂いたプロンプト" (not "お読みいただいた")
_JA_REQUESTER_REF = _Gated(
    lazy(
        r"ご(?:指示|依頼|要望|指定|提示|希望)(?:文|内容|事項)?(?:いただいた|頂いた|の|を|に|どおり|通り|のとおり)?|"
        r"(?:お送り|ご提供|ご共有|ご用意|お伝え|ご提示|ご指定|ご指示|ご依頼)?(?:いただいた|頂いた)(?:ご要望|資料|プロンプト|キーワード|テーマ|条件|アウトライン|構成案|指示|メモ|URL|リンク|内容)"
    ),
    "ご指示", "ご依頼", "ご要望", "ご指定", "ご提示", "ご希望", "いただいた", "頂いた",
)
# ... acted on in the text: what was written, in the agent's report of it
# (not 作成 or 用意 alone: "ご依頼の内容を確認して、見積もりを作成しました" is a business's)
_JA_TEXT_OBJECT = lazy(r"本文|記事|原稿|見出し|構成|章|セクション|段落|文体|トーン|キーワード|表現|言葉|用語|文章|アウトライン|タイトル|文字数|字数|書き|書い|執筆|盛り込|肉付け|反映")
_JA_AGENT_END = lazy(_JA_END_DONE)
_JA_THIRD_PARTY = lazy(r"お客様|顧客|ユーザー|利用者|読者|取引先|クライアント|株主|会員|視聴者|住民|市民|皆様|皆さま|みなさま|(?:から|より)の?$")
# a noun with が is a subject of its own ("ご要望が多かった", "AIが記事を…")
_JA_NOUN_GA = lazy(r"[\p{Han}\p{Katakana}A-Za-zＡ-Ｚａ-ｚー]が")
_JA_HANDOVER = _Gated(
    lazy(
        r"ご(?:依頼|要望|指定)(?:いただいた|頂いた|の)(?:ブログ)?(?:記事|原稿|本文|文章)|"
        r"ご(?:確認|査収|検討|一読)いただけ(?:ます|れ)(?:と|ば)幸いです|"
        r"(?:^|完成した|修正した|書き上げた|仕上げた|最終版の|修正版の)(?:原稿|記事|本文|下書き|草稿)を(?:下|以下|次|下記)に(?:貼り付け|掲載し|記載し|載せ|示し)(?:て(?:おき)?)?(?:ます|ました)|"
        r"(?:修正|改訂|リライト)版の(?:記事|原稿|本文)(?:は以上|です|になります|となります|をお送り|をお届け|を(?:下|以下)に)"
    ),
    "ご依頼", "ご要望", "ご指定", "幸い", "に貼", "に掲", "に記", "に載", "に示", "版の",
)
# the generation process: the previous output, the point where it stopped,
# the length limit that cut it - and the agent going on from there
_JA_GENERATION = _WithoutSubject(
    _Gated(
        lazy(
            r"(?:(?:前回|前|直前|先ほど)の(?:出力|回答|応答|返答|メッセージ|生成|続き)|"
            r"(?:中断し|途切れ|切れ|止まっ|終わっ)(?:た|てしまった|ていた)(?:箇所|ところ|部分|地点|位置|場所)(?:から|を)|"
            r"(?:文字数|出力|トークン|長さ)の?(?:制限|上限)(?:で|により|のため))"
            r"[^。は]{0,30}?(?:再開|続け|書き継|書き進め|補|書き直|書き|執筆)[^。]{0,6}?(?:ます|いたします)[。]?$"
        ),
        "前回の", "前の", "直前の", "先ほどの", "箇所", "ところ", "部分", "地点", "位置", "場所", "制限", "上限",
    ),
    whole=True,
)
_JA_GENERATION_WRITES = lazy(r"執筆|書き|補")
_JA_GENERATION_SURE = lazy(r"^(?:前回|前|直前|先ほど)の(?:出力|回答|応答|返答|メッセージ|生成)|制限|上限")
# a tool or search that failed, and what the writing did about it
_JA_TOOL_FALLBACK = _WithoutSubject(
    _Gated(
        lazy(
            r"(?:検索|ブラウザ|ブラウジング|ツール|API|ページの取得|取得|フェッチ)[^。]{0,20}?"
            r"(?:失敗|タイムアウト|エラー|空|不十分|限られ|少な|ヒットしな|見つからな|得られな)[^。]{0,8}?(?:ため|ので)、?[^。]{0,30}?"
            r"(?:知識|推定|推測|補足|補い|補って|補います|書いて|書きます|執筆|省き|省いて|割愛|除外|別の(?:ソース|情報源|資料|サイト)を当たります)"
        ),
        "検索", "ブラウザ", "ブラウジング", "ツール", "API", "取得", "フェッチ",
    ),
    whole=True,
)
# (a data journalist's "ツールで取得できたデータが限られているため、推測を含みます"
# is a caveat of the article: a tool in general is not enough)
_JA_TOOL_WORD = lazy(r"ブラウザ|ブラウジング|検索ツール|検索API|フェッチ|知識")
_JA_RESEARCH_FALLBACK = lazy(r"当たります|補足|補い|補って|補います")
# search results as the source of the writing
_JA_SEARCH_SOURCE = _WithoutSubject(
    _Gated(
        lazy(
            r"(?:(?:ウェブ|Web|ネット|インターネット)?検索(?:結果)?で(?:見つかった|得られた|ヒットした|集めた|調べた)[^。]{0,20}?|検索結果)"
            r"を(?:参考に(?:して)?|もとに|元に|基に|参照して|踏まえて?)、?(?:[^。]{0,20}?(?:執筆|まとめ|作成|構成|書い|書き|補足|補))?[^。]{0,4}?"
            r"(?:ています|しています|しました|ました|ます|いたします)[。]?$"
        ),
        "検索",
    ),
    whole=True,
)
_JA_WRITING_TAIL = lazy(r"参考に|記事|本文|原稿|執筆|書|まとめ|作成|構成")
# style and length compliance reported as done
_JA_STYLE_DONE = _Gated(
    lazy(
        r"(?:敬体|常体|です・?ます調|ですます調|だ・?である調|である調)[^。]{0,12}?(?:統一|揃え|そろえ|書き|まとめ)[^。]{0,30}?(?:ました|ています|てあります|ております)[。]?$|"
        r"(?:ご?指定|要求|依頼)の(?:文字数|字数)(?:に届かなかった|を満たし(?:ました|ています)|に達し(?:ました|ています)|に収め(?:ました|ています)|に合わせ(?:ました|ています))|"
        r"ご指定の(?:文字数|字数)"
    ),
    "敬体", "常体", "調", "字数",
)
_JA_LENGTH_DONE = _Gated(
    lazy(r"^(?:各(?:セクション|章|段落|見出し)|本文|全体|記事全体)[^。]{0,12}?\d[\d,]*\s*(?:文字|字)[^。]{0,8}?(?:揃え|そろえ|収ま|収め|調整|合わせ)[^。]{0,8}?" + _JA_END_DONE),
    "字",
)
# MEDIUM: the text reported finished: "草稿ができあがりました", "全セクションの執筆が終わりました"
_JA_DOC_DONE = _WithoutSubject(
    _Gated(
        lazy(
            r"(?:記事|本文|原稿|草稿|下書き|ドラフト|初稿|全文|(?:全|すべての|各)セクション)(?:全体)?(?:の(?:執筆|作成))?(?:が|は|を)?"
            r"(?:できあがりました|出来上がりました|仕上がりました|仕上がった(?:ので|ため)|書き上がりました|書き上げました|書き上げた(?:ので|ため)|完成しました|揃いました|終わりました)"
        ),
        "できあが", "出来上が", "仕上が", "書き上", "完成", "揃い", "終わり",
    ),
    whole=True,
)
_JA_CHECK_REQUEST = lazy(r"(?:ご?確認|チェック|校正|レビュー|ご査収)(?:を|の)?(?:お願い|ください|いただけ)")
# the next step on the text: "…を調べてから第二章を書き足します"
_JA_NEXT_STEP = _WithoutSubject(
    _Gated(
        lazy(
            r"(?:調べ|確認し|確かめ|集め|検索し|見直し|リサーチし|整理し|検証し)てから、?[^。]{0,20}?"
            r"(?:書き足し|書き加え|追記し|加筆し|執筆|書き進め|書き始め|反映させ|盛り込み|進み|再開し|取りかかり|取り掛かり|移り|まとめ)(?:ます|ていきます)[。]?$|"
            r"(?:統計|数値|データ|日付|情報|決算|資料|ソース|出典|事実関係|数字)[^。、]{0,6}?(?:も|を)(?:念のため|もう一度|改めて|再度)?(?:確認し|確かめ|調べ|検証し|裏取りし)(?:ておきます|ます|てみます)[。]?$|"
            r"^補足として、?[^。]{0,20}?(?:セクション|段落|章|解説|注釈)を(?:追加し|加え|設け)(?:ておきます|ます|ました)[。]?$|"
            r"(?:章|段落|パート)を、?(?:このまま|引き続き|これから|続けて)?(?:書き継ぎ|書き足し|書き加え|書き進め|執筆し)(?:ます|ていきます)[。]?$|(?:章|段落|パート)を書いていきます[。]?$|"
            r"(?:結論部分|導入部分|本文|まとめ|後半|前半|次の(?:セクション|章))の(?:執筆|作成)に(?:進み|移り|入り|取りかかり|取り掛かり)ます[。]?$|"
            # (原稿 only: "続きの本文です" is a sentence of a post too)
            r"(?:第[一二三四五六七八九十\d]+部|後半|続き|残り|次の章|第[一二三四五六七八九十\d]+章)の原稿(?:です|になります)[。]?$"
        ),
        "てから", "確認し", "確かめ", "調べ", "検証し", "裏取り", "補足", "章を", "段落を", "パートを", "執筆に", "作成に", "原稿", "本文",
    ),
    whole=True,
)
# a self-assessment of its own writing
_JA_SELF_ASSESS = _Gated(
    lazy(
        r"(?:読みやすい|分かりやすい|わかりやすい)(?:構成|記事|文章|内容)に(?:まとまった|仕上がった|なった)(?:と思います|かと思います|のではないかと思います|はずです)|"
        r"書けた(?:のではないか(?:と)?|かと|と)(?:思います|思っています)|"
        r"(?:バランスの(?:取れた|とれた|良い)|読みやすい|分かりやすい|わかりやすい|充実した|網羅的な|読み応えのある)(?:記事|文章|原稿|内容)に(?:なりました|仕上がりました|まとまりました)|"
        r"(?:要点|ポイント|論点|重要な点)(?:は|を)(?:しっかり|十分に?|一通り|概ね|おおむね)?(?:押さえ|網羅し|カバーし|盛り込め)(?:られ)?(?:た|ている)(?:と思います|かと思います|はずです)|"
        r"(?:導入(?:部分|部)?|結論(?:部分)?|まとめ|前半|後半|冒頭|見出し|本文|全体)が(?:やや|少し|若干|ちょっと)?(?:冗長|説明的|硬く|長く|短く|くどく|回りくどく)"
        r"[^。]{0,6}?(?:なった|なってしまった)(?:かもしれません|と思います|気がします)"
    ),
    "思", "はず", "なりました", "仕上がりました", "まとまりました", "かもしれません", "気がします",
)
# a format or tone choice reported: "見出しには絵文字を使わないようにしました"
_JA_FORMAT_DONE = _Gated(
    lazy(
        r"^(?:見出し|本文|タイトル|記事)(?:には|では|に|は)[^。]{0,15}?(?:使わないように|控え|避け|入れないように|使用せず)[^。]{0,6}?(?:しました|ています|ました)[。]?$|"
        r"^(?:トーン|文体|口調|語調|語り口)(?:は|を)[^。]{0,15}?(?:寄せ|合わせ|統一|揃え|そろえ)[^。]{0,6}?(?:書きました|ました|ています|てあります)[。]?$|"
        r"(?:Markdown|マークダウン|HTML|プレーンテキスト)(?:形式|記法)?で(?:出力|記述|作成|執筆)し[^。]{0,30}?(?:ました|ています)[。]?$|"
        r"(?:文字数|字数)[^。]{0,10}?\d[\d,]*\s*(?:文字|字)(?:前後|程度)?[^。]{0,4}?(?:で|に)(?:調整|収め|まとめ|合わせ)(?:しています|しました|ています|ました)[。]?$|"
        r"^(?:全体で|本文は|記事は)?(?:約|およそ)?\d[\d,]*\s*(?:文字|字)(?:前後|程度)?に(?:収まる|収める|なる)ように?(?:調整|構成|まとめ)(?:しました|しています)[。]?$"
    ),
    "見出し", "本文", "タイトル", "記事", "トーン", "文体", "口調", "語調", "語り口", "Markdown", "マークダウン", "字",
)
# a search reported: "検索の結果、参考になりそうな資料は二件だけでした"
_JA_SEARCH_REPORT = _Gated(
    lazy(
        r"^検索(?:の結果|したところ|した結果)、?[^。]{0,25}?(?:資料|情報|記事|ソース|データ|ニュース)[^。]{0,10}?(?:だけでした|のみでした|しかありませんでした|わずかでした)|"
        r"参照した(?:URL|リンク|ページ|ソース|情報源)[^。]{0,15}?(?:リンク切れ|アクセスできません|開けません|取得できません|404)|"
        r"^(?:指定された|指定の|与えられた)(?:テーマ|トピック|条件|キーワード|構成|文字数)に(?:沿って|従って|合わせて)[^。]{0,25}?(?:記事|本文|原稿)を(?:用意|作成|執筆)(?:しました|いたしました)"
    ),
    "検索", "参照", "指定", "与えられた",
)
# a request to check, after a hand-over ("ご確認ください"): weak alone
_JA_CHECK_SOFT = _Gated(
    lazy(r"^(?:内容を)?ご確認(?:ください|下さい)[。！!]?$|(?:気になる点|不明な点|修正点)(?:が|など)?あれば[^。]{0,10}?(?:ご指摘|お知らせ|ご連絡)(?:ください|下さい)"),
    "ご確認", "あれば",
)


def _ja_requester_acted(bare: str):
    """The requester's instructions named and the agent's report of what it
    did with them in the text: "ご指示いただいたキーワードはすべて本文に盛り込み
    ました" (not "お客様からのご要望は…記録しています", nor "ご依頼から納品までは…")."""
    m = _JA_REQUESTER_REF.search(bare)
    if m is None or _JA_THIRD_PARTY.search(bare, 0, m.start()) or _JA_NOUN_GA.search(bare):
        return None
    if _JA_TEXT_OBJECT.search(bare) and _JA_AGENT_END.search(bare):
        return m
    return None


# a literal (or start) each pattern above needs: one scan of the sentence
# rules out the dozen patterns in most sentences that reach them
# the agent's next output (or its previous one cut) as where the text goes
# on: "残りは次の出力で続けます", "前回の回答が途中で切れていたので、続きを出力します"
# (not a how-to's "次の出力で続きが表示されます", "回答が切れた場合は…")
_JA_NEXT_OUTPUT = lazy(
    r"^出力が長く(?:なる|なった|なります|なりました)(?:ため|ので)、?(?:ここで|いったん|一旦|一度)[^。]{0,10}?(?:区切り|止め|終え|分け)(?:ます|ました)[。]?$|"
    r"(?:次の|次回の)(?:出力|メッセージ|回答|返答)で[^。]{0,12}?(?:続けます|続けていきます|お送りします|お届けします|出力します|書きます|いたします)[。]?$|"
    r"^(?:では、?|それでは、?)?続きを(?:出力|お送り)(?:します|いたします)[。]?$|"
    r"(?:前回|先ほど|直前)の(?:出力|回答|返答|応答|メッセージ)が(?:途中で)?(?:切れ|途切れ|中断し|止まっ)(?:ていた|てしまった|た)(?:ので|ため)、?"
    r"[^。]{0,20}?(?:続き|続け|残り)[^。]{0,10}?(?:ます|いたします)[。]?$"
)
_JA_KIND_SENTENCE = LazyLed(
    r"ご(?:指示|依頼|要望|指定|提示|希望)|いただ|頂いた|に(?:貼り付け|掲載し|記載し|載せ|示し)|版の"
    r"|(?:前回|前|直前|先ほど)の(?:出力|回答|応答|返答|メッセージ|生成|続き)|(?:箇所|ところ|部分|地点|位置|場所)(?:から|を)|(?:制限|上限)(?:で|により|のため)"
    r"|敬体|常体|ます調|である調|字数|検索|ブラウザ|ブラウジング|ツール|API|取得|フェッチ"
    r"|できあが|出来上が|仕上が|書き上|(?:完成し|揃い|終わり)ました"
    r"|てから|(?:確認し|確かめ|調べ|検証し|裏取りし)(?:ておきます|ます|てみます)|補足として|(?:章|段落|パート)を|(?:執筆|作成)に|の原稿"
    r"|書けた|(?:要点|ポイント|論点|重要な点)(?:は|を)|(?:構成|記事|文章|内容|原稿)に(?:まと|仕上|な)|(?:導入|結論|まとめ|前半|後半|冒頭|見出し|本文|全体)(?:部分|部)?が"
    r"|^(?:見出し|本文|タイトル|記事|トーン|文体|口調|語調|語り口|全体|各|約|およそ|[0-9０-９])|(?:Markdown|マークダウン|HTML|プレーンテキスト)"
    r"|参照した|^(?:指定された|指定の|与えられた)|ご確認|あれば|の(?:出力|メッセージ|回答|返答)で|続きを(?:出力|お送り)|^出力が長く"
)


def _ja_kind_evidence(bare: str) -> tuple[int, str]:
    """Round-7 kinds (above); the caller has checked the anchor."""
    if not _JA_KIND_SENTENCE.search(bare):
        return 0, ""
    m = _ja_requester_acted(bare)
    if m:
        return HARD, f"names the requester's instructions and reports acting on them “{m.group(0)}”"
    found = first_match(bare, (
        (_JA_HANDOVER, "hands the article over to the requester"),
        (_JA_STYLE_DONE, "reports complying with the requested style or length"),
    ), HARD)
    if found:
        return found
    m = _JA_NEXT_OUTPUT.search(bare)
    if m:
        return HARD, f"talks about its own generation (its next or previous output) “{m.group(0)}”"
    m = _JA_GENERATION.search(bare)
    if m:
        # (a series' "前回の続きとして…" is an article's too: only at an edge)
        # the output named or the length limit that cut it: sure; "前回の続きとして…"
        # (a series' post says it too) and "中断したところから再開します" (a how-to's
        # software): only at an edge, and not in a post's own lead ("今回は…")
        sure = _JA_GENERATION_SURE.search(m.group(0))
        if not sure and (_JA_ARTICLE_LEAD.search(bare) or not _JA_GENERATION_WRITES.search(m.group(0))):
            return 0, ""
        level = HARD if sure else MEDIUM
        return level, f"talks about its own generation (previous output, cut, length limit) “{m.group(0)}”"
    m = _JA_TOOL_FALLBACK.search(bare)
    if m and (_JA_TOOL_WORD.search(m.group(0)) or _JA_RESEARCH_FALLBACK.search(m.group(0))):
        # the agent's own tool named, or its knowledge as the fallback: sure;
        # more research as the fallback: at an edge (a data journalist's
        # "ツールで取得できたデータが限られているため、推測を含みます" is neither)
        return (HARD if _JA_TOOL_WORD.search(m.group(0)) else MEDIUM), f"search or tool failure and what the writing did about it “{m.group(0)}”"
    m = _JA_SEARCH_SOURCE.search(bare)
    if m and _JA_WRITING_TAIL.search(m.group(0)):
        return (MEDIUM if m.group(0).startswith("検索結果") else HARD), f"search results as the source of the writing “{m.group(0)}”"
    m = _JA_DOC_DONE.search(bare)
    if m:
        return (HARD if _JA_CHECK_REQUEST.search(bare) else MEDIUM), f"reports the article finished “{m.group(0)}”"
    if _JA_ARTICLE_LEAD.search(bare) is None:
        m = _JA_NEXT_STEP.search(bare)
        if m:
            return MEDIUM, f"the agent's next step on the text “{m.group(0)}”"
    found = first_match(bare, (
        # (a writing guide's "各段落は200字前後に収めています" is a habit: an edge decides)
        (_JA_LENGTH_DONE, "reports complying with the requested style or length"),
        (_JA_SELF_ASSESS, "assesses its own writing"),
        (_JA_FORMAT_DONE, "reports a format or tone choice"),
        (_JA_SEARCH_REPORT, "search narration"),
    ), MEDIUM)
    if found:
        return found
    m = _JA_CHECK_SOFT.search(bare)
    if m:
        return SOFT, f"asks the requester to check “{m.group(0)}”"
    return 0, ""


_JA_BARE_YES = frozenset(("はい！", "はい!", "はい。", "ええ。", "ええ！"))


def _ja_evidence(bare: str, ctx: Ctx) -> tuple[int, str]:
    formula = _JA_ANCHOR.search(bare)
    kind = formula or _JA_KIND_ANCHOR.search(bare)
    if not kind:
        # a bare "はい！" has no anchor word (and is too common a character
        # run to be one): weak evidence, it goes only next to removed narration
        return (SOFT, "compliance interjection") if bare in _JA_BARE_YES else (0, "")
    found = _ja_formula_evidence(bare, ctx) if formula else (0, "")
    if found[0] >= HARD or not kind:
        return found
    more = _ja_kind_evidence(bare)
    return more if more[0] > found[0] else found


def _ja_formula_evidence(bare: str, ctx: Ctx) -> tuple[int, str]:
    m = _JA_ACK.search(bare) or _JA_ACK2.search(bare)
    if m and not _JA_QUOTED.match(bare, m.end()):
        return HARD, f"acknowledgement formula “{m.group(0)}”"
    for pattern, what in (
        (_JA_INSTRUCTION, "prompt instruction echoed"),
        (_JA_PROMPT_ASK, "prompt instruction echoed"),
        (_JA_SPEC, "refers to the requester's specification"),
        (_JA_SEARCH, "search narration"),
        (_JA_PART_WRITTEN, "reports a part of the article written"),
        (_JA_GO_ON_SURE, "the continuation written on from the existing text"),
        (_JA_RULE_ECHO, "prompt instruction echoed"),
        (_JA_LENGTH_CHECK, "length self-check"),
        (_JA_TOOL_TROUBLE, "tool narration"),
        (_JA_NEXT_SECTION, "plan narration: the next section of the text"),
        (_JA_NO_RESULT, "search or tool failure narration"),
        (_JA_AI_SELF, "the agent says what it cannot do as an AI"),
        (_JA_OFFER, "offer to the requester"),
        (_JA_POSTAMBLE, "chat postamble"),
        (_JA_SELFCHECK, "length self-check"),
        (_JA_SELFCHECK2, "length self-check"),
        (_JA_PREAMBLE_SHORT, "announces the article as a deliverable"),
        (_JA_LENGTH_SPEC, "length self-check"),
        (_JA_TEXT_WORK_SURE, "the agent's work on the text"),
    ):
        m = pattern.search(bare)
        if m and not (pattern is _JA_SPEC and _JA_SPEC_GENERIC.search(m.group(0)) and not _JA_SPEC_ABOUT_TEXT.search(bare)):
            if pattern in (_JA_SPEC, _JA_POSTAMBLE) and _JA_BUSINESS.search(bare):
                return SOFT, f"{what} “{m.group(0)}” (a business to its customers?)"
            if pattern is _JA_POSTAMBLE and not _JA_ASKS_REQUESTER.search(bare):
                return SOFT, f"{what} “{m.group(0)}”"  # alone, not enough anywhere
            return HARD, f"{what} “{m.group(0)}”"
    m = _JA_TEXT_WORK_EDGE.search(bare)
    if m and not (_JA_BUSINESS.search(bare) or _JA_OWN_MEDIUM.search(bare) or _JA_SAID.search(bare)):
        return MEDIUM, f"the agent's work on the text “{m.group(0)}”"
    m = _JA_SEARCH_TRIED.search(bare)
    if m:
        return (HARD if _JA_FOUND_NOTHING.search(bare) else SOFT), f"search narration “{m.group(0)}”"
    m = _JA_OFFER_MORE.search(bare)
    if m:
        # "必要に応じて設定を変更することも可能です" is an article's sentence:
        # an offer is sure only when it is about the text and to the requester
        w = _JA_WRITING_OBJECT.search(bare)
        # ("必要であれば、後日この記事に追記いたします" is a blogger's promise to readers)
        level = (HARD if m.group(0).startswith("ご") else MEDIUM) if w and not _JA_BUSINESS.search(bare) and not _JA_LATER.search(bare) else SOFT
        return level, f"offer of more work to the requester “{m.group(0)}”"
    m = _JA_CANNOT_WORK.search(bare)
    if m:
        return HARD, f"the agent cannot do its task “{m.group(0)}”"
    m = _JA_CANNOT_WORK_MAYBE.search(bare)
    if m:
        return MEDIUM, f"the agent cannot do its task “{m.group(0)}”"
    m = _JA_WANT_WRITTEN.search(bare)
    if m and not _JA_READER.search(bare):
        return HARD, f"offer of more work to the requester “{m.group(0)}”"
    m = _JA_OUTPUT.search(bare)
    if m:
        # (an article about AI tools says "the output stops" too: an edge decides)
        return MEDIUM, f"talks about its own output “{m.group(0)}”"
    w = _JA_WRITING.search(bare) if _JA_CONTINUE.search(bare) else None
    if w and not _subject_before(bare, w.start()):
        # ("このツールは記事の続きを自動で書き進めます" describes a product)
        return HARD, f"the article's continuation as an object being written “{w.group(0)}”"
    m = _JA_APOLOGY.search(bare) or _JA_APOLOGY2.search(bare)
    if m:
        p = _JA_PROCESS.search(bare)
        if p:
            return HARD, f"apology about the work “{m.group(0)}…{p.group(0)}”"
        return SOFT, f"apology “{m.group(0)}”"
    m = _JA_REQUEST.search(bare) or _JA_ASK.search(bare)
    if m and _JA_REQUEST_OBJECT.search(bare) and not _JA_READER.search(bare):
        return (SOFT if _JA_BUSINESS.search(bare) else HARD), f"request to the requester “{m.group(0)}”"
    m = _JA_PREAMBLE.search(bare)
    if m:
        return (HARD if ctx.start else SOFT), "announces the article as a deliverable"
    m = _JA_PLAN.search(bare)
    if m:
        if _JA_LEAD_START.search(bare):
            return SOFT, f"plan narration “{m.group(0)}” (in a post's lead sentence)"
        return MEDIUM, f"plan narration “{m.group(0)}”"
    m = _JA_AI_MAYBE.search(bare)
    if m:
        return MEDIUM, f"the agent says what it cannot do as an AI “{m.group(0)}”"
    # (before the weaker kinds: "【ここから続きを執筆】" also announces the
    # continuation, but a line that is only a bracketed prompt label is sure)
    if _ECHO_LINE.search(bare.strip()) or _ECHO_PAREN.search(bare.strip()) or _ECHO_LABEL.search(bare.strip()):
        return HARD, "prompt scaffolding echoed"
    lead = _JA_ARTICLE_LEAD.search(bare)
    for pattern, what in (
        (_JA_DOC_WORK, "the article as an object being written"),
        (_JA_DONE, "reports the article finished"),
        (_JA_NEXT_PART, "plan narration"),
        (_JA_GO_ON, "the article as an object being written"),
        (_JA_ASKS_MATERIAL, "asks the requester for material"),
        (_JA_SEARCH_EMPTY, "search narration"),
        (_JA_RESEARCH, "research plan"),
        (_JA_SEARCH_BASED, "search narration"),
        (_JA_RETRY, "retry narration"),
        (_JA_MAIL_CLOSING, "closing addressed to the requester"),
        (_JA_AS_REQUESTED, "follows the requester's wishes"),
        (_JA_CONTINUE_HERE, "announces the continuation"),
        (_JA_RESEARCH_BASED, "the article as an object being written"),
        (_JA_ROLE, "the article as an object being written"),
    ):
        m = pattern.search(bare)
        if m and not (lead and pattern is _JA_RESEARCH):
            if pattern in (_JA_DOC_WORK, _JA_NEXT_PART) and _JA_LEAD_START.search(bare):
                # "この記事では、三つの事例を順に書いていきます。" is a post's own lead
                # (weak: it goes only next to removed narration)
                return SOFT, f"{what} “{m.group(0)}” (in a post's lead sentence)"
            return MEDIUM, f"{what} “{m.group(0)}”"
    m = _JA_WRITING.search(bare)
    if m:
        return SOFT, f"the article as an object being written “{m.group(0)}”"
    m = _JA_SOFT.search(bare)
    if m:
        return SOFT, f"“{m.group(0)}”"
    return 0, ""
