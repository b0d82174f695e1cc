"""Synthetic corpus for the speed benchmark: broken posts like the real blog's.

Builds N posts from the sentences of the repository's own fixtures, as the
tool leaves them (``fixtures/expected/*.md``: the article text, with the
fixtures' monologue gone; the no-article fixtures, left as they were, are
left out; never from the shared corpus, whose text must not enter the
repository).  The monologue is the generator's own, put in at set rates.  The fixture pool is small (~25 KB), so article sentences
are made new by cutting fixture sentences at 、/，/, into clause fragments,
recombining random fragments and varying numbers: unintended duplicates are
rare, so every repeat in a post is one the generator put there on purpose.

Each post has front matter (title, date, tags, excerpt, reading_time; some
excerpts are the template kind, some titles are cut mid-character and end in
U+FFFD), a title line, headings, paragraphs, sometimes a list, a table or a
code fence.  It is then broken at the real blog's rates: about 7 ``---END---``
seams per 42 KB (the next chunk repeats the cut tail, restarts the cut
sentence, or restarts a run of earlier paragraphs), repeated paragraphs,
near-repeats (a word changed) and agent monologue at the start of the post
and of some chunks.  Sizes 20-130 KB, mean about 42 KB; 80 % Japanese.

Deterministic for (seed, post number, fixtures):

    .venv/bin/python bench/synth.py --posts 2000 --seed 1 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
#: the fixtures' cleaned text: sentences the tool keeps as article
ARTICLE_TEXT = FIXTURES / "expected"

MEAN_KB, MIN_KB, MAX_KB = 42, 20, 130
SEAMS_PER_POST = 7  # at the mean size; proportional to size
JA_SHARE = 0.8
# Rates of the breakage, tuned so that articlefix removes about as large a
# share of the bytes as on the real blog's posts.
REPEAT, NEAR_REPEAT = 0.14, 0.05  # per block
RESTART_RUN = (4, 16)  # paragraphs written again after a restarting seam
MONOLOGUE_AT_START, MONOLOGUE_AFTER_SEAM = 0.35, 0.1
SEAM = "---END---"

# Agent monologue, written for the benchmark (not taken from any corpus).
MONOLOGUE = {
    "ja": [
        "はい、承知いたしました。以下に記事の続きを作成します。",
        "承知しました。前回の続きから記事を書き進めます。",
        "以下が記事の続きです。",
        "最新の統計を確認するため、もう一度検索を行います。",
        "ご指摘ありがとうございます。構成を見直して続きを書きます。",
    ],
    "en": [
        "Here's the continuation of the article:",
        "I'll now search for the latest figures.",
        "Sure! Below is the rest of the article.",
        "Let me continue from where the previous part stopped.",
        "I have gathered enough sources; writing the next section now.",
    ],
}
TAGS = {
    "ja": ["技術", "経済", "エネルギー", "地域", "交通", "教育", "医療", "AI", "半導体", "農業", "金融", "環境"],
    "en": ["energy", "tech", "cities", "food", "health", "policy", "ai", "transport", "climate", "money"],
}
EXCERPT_TEMPLATE = {"ja": "{}について詳細に分析します。", "en": "This article analyses {} in detail."}
NUMBER_CLAUSE = {
    "ja": ["{y}年には", "約{d}割の企業で", "前年比{p}%の伸びで", "{n}件の事例のうち", "{n}万人規模の地域では"],
    "en": ["in {y}", "for about {p}% of firms", "across {n} sites", "after {p} years of trials", "with {n} thousand users"],
}
# Word swaps for near-repeats: the copy differs from the original by one word.
SWAPS = {
    "ja": [("新しい", "新たな"), ("大きな", "大きい"), ("重要", "大切"), ("課題", "問題"), ("増えて", "伸びて"), ("企業", "会社")],
    "en": [("new", "fresh"), ("large", "big"), ("important", "key"), ("problem", "issue"), ("often", "usually"), ("cost", "price")],
}
# Sentences that read as agent monologue or markup are left out of the pool.
NOT_ARTICLE = re.compile(r"承知|検索|続き|以下|記事|ご不明|お知らせ|I'll|I will|I've|I used|I should|Let me|Here is|Here's|search|article|"
                         r"Thought:|Observation:|The user|Keep it under|let me know|hope|"
                         r"[`|#*\[\]<>{}_\"【】†]|END|http", re.I)
BROKEN_CHAR = re.compile(r"[\x00-\x1f\u00c0-\u00ff\u200b-\u200f\ufeff\ufffd]")  # the encoding fixtures' damage (mojibake)
JA_CHAR = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@dataclass(frozen=True)
class Pool:
    """Clause fragments of the fixture sentences, by language."""

    fragments: dict[str, tuple[str, ...]]
    short: dict[str, tuple[str, ...]]  # for headings, titles, list items


def load_pool(folder: Path = ARTICLE_TEXT) -> Pool:
    frags: dict[str, set[str]] = {"ja": set(), "en": set()}
    for path in sorted(folder.glob("*.md")):
        if path.name.startswith("noarticle-"):
            continue  # the agent's reply, left as it was by design
        for sentence in _fixture_sentences(path.read_text(encoding="utf-8")):
            lang = "ja" if JA_CHAR.search(sentence) else "en"
            for part in re.split(r"[、，]|, ", sentence.rstrip("。.！？!?")):
                part = part.strip()
                if len(part) >= (6 if lang == "ja" else 12):
                    frags[lang].add(part)
    fragments = {k: tuple(sorted(v)) for k, v in frags.items()}
    short = {k: tuple(f for f in v if len(f) <= (24 if k == "ja" else 48)) for k, v in fragments.items()}
    return Pool(fragments, short)


def _fixture_sentences(text: str):
    """Plain prose sentences of a fixture: no front matter, fences, markup lines."""
    body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    body = re.sub(r"```.*?```", "", body, flags=re.S)
    for line in body.splitlines():
        line = line.strip()
        if not line or line[0] in "#-|>*[<0123456789" or NOT_ARTICLE.search(line) or BROKEN_CHAR.search(line):
            continue
        yield from (s for s in re.findall(r"[^。！？]+[。！？]|[^.!?]+[.!?](?=\s|$)", line) if s.strip())


class PostWriter:
    """Writes one broken post; all randomness from one seeded generator."""

    def __init__(self, pool: Pool, rng: random.Random, lang: str, target_bytes: int):
        self.pool, self.rng, self.lang, self.target = pool, rng, lang, target_bytes
        self.blocks: list[str] = []  # the output, block by block
        self.size = 0
        self.paragraphs: list[str] = []  # article paragraphs written so far
        # bytes of output between seams, on average; seams fire only after a
        # new paragraph, so those due after the last one are lost: 0.85 makes up
        self.seam_every = 0.85 * MEAN_KB * 1000 / SEAMS_PER_POST
        self.next_seam = rng.expovariate(1 / self.seam_every)

    # --- text pieces -------------------------------------------------------
    def number(self) -> str:
        r = self.rng
        return r.choice(NUMBER_CLAUSE[self.lang]).format(y=r.randint(1990, 2035), d=r.randint(1, 9), p=r.randint(2, 95), n=r.randint(3, 900))

    def sentence(self) -> str:
        r = self.rng
        parts = [re.sub(r"\d+", lambda _: str(r.randint(2, 999)), p) for p in r.sample(self.pool.fragments[self.lang], r.randint(2, 4))]
        parts.insert(r.randrange(len(parts) + 1), self.number())
        if self.lang == "ja":
            return "、".join(parts) + "。"
        text = ", ".join(parts)
        return text[0].upper() + text[1:] + "."

    def paragraph(self) -> str:
        join = "" if self.lang == "ja" else " "
        return join.join(self.sentence() for _ in range(self.rng.randint(2, 6)))

    def short(self) -> str:
        return self.rng.choice(self.pool.short[self.lang])

    # Headings and list items join or tag fragments in a way no sentence
    # does, so that they do not repeat (or sit inside) a paragraph by chance.
    def heading_text(self) -> str:
        a, b = self.rng.sample(self.pool.short[self.lang], 2)
        return f"{a}と{b}" if self.lang == "ja" else f"{a[0].upper()}{a[1:]} and {b}"

    def item_text(self) -> str:
        n = self.rng.randint(2, 999)
        return f"{self.short()}（{n}件）" if self.lang == "ja" else f"{self.short()} ({n} cases)"

    # --- output ------------------------------------------------------------
    def emit(self, block: str) -> None:
        self.blocks.append(block)
        self.size += len(block.encode("utf-8")) + 2

    def monologue(self, most: int) -> None:
        for line in self.rng.sample(MONOLOGUE[self.lang], self.rng.randint(1, most)):
            self.emit(line)

    def heading(self) -> None:
        self.emit(f"## {self.heading_text()}")

    def fresh_paragraph(self) -> None:
        p = self.paragraph()
        self.paragraphs.append(p)
        self.emit(p)

    def extra_block(self) -> None:
        """A list, a table or a code fence."""
        r = self.rng
        kind = r.random()
        if kind < 0.5:
            self.emit("\n".join(f"- {self.item_text()}" for _ in range(r.randint(3, 6))))
        elif kind < 0.8:
            rows = [f"| {self.item_text()} | {r.randint(1, 999)} | {r.randint(1, 99)}% |" for _ in range(r.randint(3, 6))]
            self.emit("\n".join(["| 項目 | 数 | 割合 |" if self.lang == "ja" else "| Item | Count | Share |", "|---|---|---|", *rows]))
        else:
            lines = [f"value_{i} = compute({r.randint(1, 99)}, step={r.randint(1, 9)})" for i in range(r.randint(3, 8))]
            self.emit("```python\n" + "\n".join(lines) + "\n```")

    # --- breakage ----------------------------------------------------------
    def seam(self) -> None:
        """A continuation seam: what follows the marker repeats part of what came before."""
        r = self.rng
        kind = r.random()
        if kind < 0.6 and self.paragraphs:  # cut mid-sentence, then the tail or the sentence again
            p = self.paragraph()
            cut = r.randint(len(p) // 3, len(p) * 5 // 6)
            sentence_start = max(p.rfind("。", 0, cut), p.rfind(". ", 0, cut)) + 1
            self.emit(p[:cut])
            self.emit(SEAM)
            if r.random() < MONOLOGUE_AFTER_SEAM:
                self.monologue(1)
            back = cut - r.randint(6, 30) if kind < 0.35 else sentence_start
            self.emit(p[max(0, min(back, cut)) :].lstrip())
            self.paragraphs.append(p)
        else:  # restart a run of earlier paragraphs
            self.emit(SEAM)
            if r.random() < MONOLOGUE_AFTER_SEAM:
                self.monologue(2)
            start = r.randrange(len(self.paragraphs)) if self.paragraphs else 0
            for p in self.paragraphs[start : start + r.randint(*RESTART_RUN)]:
                if self.size >= self.target:
                    break
                self.emit(p)

    def repeat(self) -> None:
        self.emit(self.rng.choice(self.paragraphs))

    def near_repeat(self) -> None:
        p = self.rng.choice(self.paragraphs)
        for old, new in self.rng.sample(SWAPS[self.lang], len(SWAPS[self.lang])):
            if old in p:
                self.emit(p.replace(old, new, 1))
                return
        # no word to swap: change one number instead
        self.emit(re.sub(r"\d+", lambda m: str(int(m.group()) + 1), p, count=1))

    # --- the whole post ----------------------------------------------------
    def body(self) -> list[str]:
        r = self.rng
        if r.random() < MONOLOGUE_AT_START:
            self.monologue(2)
        while self.size < self.target:
            roll = r.random()
            if roll < 0.08:
                self.heading()
            elif roll < 0.12:
                self.extra_block()
            elif roll < 0.12 + REPEAT and self.paragraphs:
                self.repeat()
            elif roll < 0.12 + REPEAT + NEAR_REPEAT and self.paragraphs:
                self.near_repeat()
            else:
                self.fresh_paragraph()
                if self.size >= self.next_seam:
                    self.seam()
                    self.next_seam += r.expovariate(1 / self.seam_every)  # a seam's own bytes count too
        return self.blocks


def front_matter(rng: random.Random, lang: str, title: str, body_chars: int, number: int) -> str:
    year, month, day = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    shown = title
    if rng.random() < 0.1:  # a title cut mid-character
        shown = title[: rng.randint(4, max(5, len(title) - 2))] + "\ufffd"
    topic = title.split("、")[0][:20]
    if rng.random() < 0.3:
        excerpt = EXCERPT_TEMPLATE[lang].format(topic)
    else:
        excerpt = title + ("。" if lang == "ja" else ".")
    tags = rng.sample(TAGS[lang], rng.randint(1, 4))
    reading = max(1, body_chars // (500 if lang == "ja" else 1200)) + rng.choice([0, 0, 0, 3, 7])
    lines = [
        "---",
        "layout: post",
        f'title: "{shown}"',
        f"date: {year}-{month:02d}-{day:02d} {rng.randint(0, 23):02d}:00:00 +0900",
        "tags: [" + ", ".join(f'"{t}"' for t in tags) + "]",
        f'excerpt: "{excerpt}"',
        f"reading_time: {reading}",
        f"post_id: {number}",
        "---",
    ]
    return "\n".join(lines)


def post_size(rng: random.Random) -> int:
    """Bytes, log-normal clipped to 20-130 KB with a mean near 42 KB."""
    kb = rng.lognormvariate(math.log(37), 0.5)
    return int(min(MAX_KB - 2, max(MIN_KB, kb)) * 1000)  # the last block may overshoot


def build_post(pool: Pool, seed: int, number: int) -> tuple[str, str]:
    """(file name, text) of post ``number`` for ``seed``."""
    rng = random.Random(f"{seed}:{number}")
    lang = "ja" if rng.random() < JA_SHARE else "en"
    writer = PostWriter(pool, rng, lang, post_size(rng))
    title = writer.heading_text()
    blocks = writer.body()
    head = front_matter(rng, lang, title, sum(map(len, blocks)), number)
    title_line = title if rng.random() < 0.5 else f"# {title}"
    text = "\n\n".join([head, title_line, *blocks]) + "\n"
    return f"post-{number:05d}-{lang}.md", text


def write_corpus(out: Path, posts: int, seed: int) -> int:
    """Write the corpus into ``out``; returns the total bytes."""
    pool = load_pool()
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for number in range(posts):
        name, text = build_post(pool, seed, number)
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        total += len(data)
    return total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--posts", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    total = write_corpus(a.out, a.posts, a.seed)
    print(f"{a.posts} posts, {total / 1e6:.1f} MB, mean {total / a.posts / 1e3:.1f} KB -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
