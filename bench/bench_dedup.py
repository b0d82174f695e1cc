"""Benchmark: one huge broken post, full of repeats and near-repeats.

Builds a ~2 MB post of ~20,000 sentences - paragraphs repeated after seam
markers, restarts, flattened copies, near-duplicates with a word changed -
and times ``clean_text`` on it (the whole pipeline, not only dedup).  The
target is under 2 s on the project's 2-core machine; cost must grow about
linearly with the size of the post, so the script also times a half-size
post and prints the ratio.

    .venv/bin/python bench/bench_dedup.py [--sentences 20000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cleaner.pipeline import clean_text  # noqa: E402

TOPICS = ["電池", "半導体", "物流", "農業", "医療", "教育", "観光", "金融", "通信", "建設"]
VERBS = ["拡大しています", "注目されています", "課題を抱えています", "変わりつつあります", "再編が進んでいます"]


def sentence(rng: random.Random, i: int) -> str:
    topic = rng.choice(TOPICS)
    verb = rng.choice(VERBS)
    return f"第{i}の論点として、{topic}の分野では地域ごとの事情を踏まえた新しい取り組みが{verb}。"


def build_post(n_sentences: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    fresh = iter(range(10**9))
    paragraphs: list[str] = []
    out: list[str] = []
    written = 0
    while written < n_sentences:
        roll = rng.random()
        if roll < 0.55 or len(paragraphs) < 5:
            p = "".join(sentence(rng, next(fresh)) for _ in range(rng.randint(2, 5)))
            paragraphs.append(p)
            out.append(p)
        elif roll < 0.75:  # restart: a run of earlier paragraphs after a marker
            out.append("---END---")
            start = rng.randrange(len(paragraphs))
            out.extend(paragraphs[start : start + rng.randint(2, 6)])
        elif roll < 0.85:  # flattened copy of several paragraphs plus a new sentence
            picks = rng.sample(paragraphs, min(4, len(paragraphs)))
            out.append(" ".join(picks) + " " + sentence(rng, next(fresh)))
        elif roll < 0.95:  # near-duplicate: one word changed
            p = rng.choice(paragraphs)
            out.append(p.replace("新しい", "新たな", 1))
        else:  # a paragraph cut mid-sentence at a marker, then continued
            p = "".join(sentence(rng, next(fresh)) for _ in range(3))
            cut = len(p) * 2 // 3
            out.extend([p[:cut], "---END---", p[cut - 8 :]])
            paragraphs.append(p)
        written = sum(x.count("。") for x in out)
    return "---\ntitle: \"ベンチマーク\"\n---\n\n" + "\n\n".join(out) + "\n"


def timed(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        clean_text(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sentences", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=float, default=2.0, help="seconds allowed for the full-size post")
    a = ap.parse_args()
    big = build_post(a.sentences)
    half = build_post(a.sentences // 2)
    t_big = timed(big, a.repeat)
    t_half = timed(half, a.repeat)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"post: {len(big.encode()) / 1e6:.2f} MB, {big.count('。')} sentences, {big.count('---END---')} markers")
    print(f"clean_text: {t_big:.2f} s (best of {a.repeat}); half-size post: {t_half:.2f} s; ratio {t_big / t_half:.2f} (2.0 = linear)")
    print(f"peak memory: {rss:.0f} MB")
    ok = t_big < a.limit
    print("OK" if ok else f"TOO SLOW: over {a.limit} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
