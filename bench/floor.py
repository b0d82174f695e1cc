"""The floor for batch runs: read every post, run ONE ``regex`` pass, write it back.

No cleaner can be faster than this on the same files with the same number
of worker processes, so ``bench_speed.py`` divides articlefix's time by this
one.  Runs as its own process, like articlefix, and pays the same start-up
of a Python interpreter and a process pool.

    .venv/bin/python bench/floor.py DIR --jobs 2
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys

import regex

SEAM_LINE = regex.compile(r"(?m)^-{2,}\s*END\s*-*$")


def rewrite(path: str) -> int:
    """Read, one pass, write back; returns the bytes read."""
    with open(path, "rb") as f:
        data = f.read()
    text = SEAM_LINE.sub("", data.decode("utf-8"))
    with open(path, "wb") as f:
        f.write(text.encode("utf-8"))
    return len(data)


def posts(folder: str) -> list[str]:
    found = []
    for root, _dirs, files in os.walk(folder):
        found.extend(os.path.join(root, name) for name in files if name.endswith((".md", ".markdown")))
    return sorted(found)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    a = ap.parse_args()
    paths = posts(a.folder)
    if a.jobs == 1:
        total = sum(map(rewrite, paths))
    else:
        # fork, as articlefix's batch does
        with multiprocessing.get_context("fork").Pool(a.jobs) as pool:
            total = sum(pool.imap_unordered(rewrite, paths, chunksize=8))
    print(f"{len(paths)} files, {total} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
