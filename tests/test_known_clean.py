"""The cache of posts known to be clean (``cleaner/known_clean.py``): a run
over a folder cleans only what changed since the last run, and skipping a
post never changes what a run prints, writes, reports or exits with."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import batch
from cleaner.cli import app
from cleaner.known_clean import KnownClean

from .test_cli import BROKEN_EN, CLEAN_JA, fixed, write

# a clean English post of CLEAN_JA's kind, and the same post after a later
# generation pasted its second paragraph in again
CLEAN_EN = """\
---
layout: post
title: "Notes from a winter garden"
date: 2026-02-03 09:00:00 +0000
---

The beds are bare now, but the garlic planted in October has already pushed through the frost.

Under the fleece, the spinach keeps growing slowly, and a handful of leaves is enough for a soup.
"""
REPEATED_EN = CLEAN_EN + "\nUnder the fleece, the spinach keeps growing slowly, and a handful of leaves is enough for a soup.\n"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("ARTICLEFIX_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def cleaned(monkeypatch) -> list[str]:
    """The posts each run really cleaned (the rest came from the cache)."""
    seen: list[str] = []
    real = batch.process_file

    def counting(path, settings, mode):
        seen.append(Path(path).name)
        return real(path, settings, mode)

    monkeypatch.setattr(batch, "process_file", counting)
    return seen


def invoke(*args, cwd: Path):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(app, [str(a) for a in args] + ["--jobs", "1"])
    finally:
        os.chdir(old)


def site(tmp_path: Path) -> Path:
    posts = tmp_path / "_posts"
    write(posts, "broken.md", BROKEN_EN)
    write(posts, "clean-ja.md", CLEAN_JA)
    write(posts, "clean-en.md", CLEAN_EN)
    return posts


def age(path: Path, seconds: float = 60) -> None:
    """Make ``path`` look written a while ago (its time is then trusted)."""
    t = path.stat().st_mtime_ns - int(seconds * 1e9)
    os.utime(path, ns=(t, t))


def test_a_second_run_cleans_only_the_posts_that_changed(tmp_path, cache_dir, cleaned):
    posts = site(tmp_path)
    first = invoke("_posts", "--in-place", cwd=tmp_path)
    assert first.exit_code == 0, first.output
    assert sorted(cleaned) == ["broken.md", "clean-en.md", "clean-ja.md"]
    assert (posts / "broken.md").read_text(encoding="utf-8") == fixed(BROKEN_EN)

    cleaned.clear()
    second = invoke("_posts", "--in-place", cwd=tmp_path)
    # the fixed post was written in the first run: it is checked (and found
    # clean) now; the two clean posts come from the cache
    assert second.exit_code == 0 and cleaned == ["broken.md"]
    cleaned.clear()
    third = invoke("_posts", "--check", cwd=tmp_path)
    assert third.exit_code == 0 and cleaned == []


def test_an_edited_post_is_cleaned_again(tmp_path, cache_dir, cleaned):
    posts = site(tmp_path)
    invoke("_posts", "--check", cwd=tmp_path)
    for post in posts.iterdir():
        age(post)
    (posts / "clean-en.md").write_text(REPEATED_EN, encoding="utf-8")
    cleaned.clear()
    result = invoke("_posts", "--in-place", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert sorted(cleaned) == ["broken.md", "clean-en.md"]
    assert (posts / "clean-en.md").read_text(encoding="utf-8") == CLEAN_EN
    assert (posts / "clean-ja.md").read_text(encoding="utf-8") == CLEAN_JA


def same_size_with_a_marker(text: str) -> str:
    """``text`` with a seam marker put in and as many bytes taken out."""
    edited = text.replace("\n\nUnder", "\n---END---\nUnder").replace("has already pushed", "has pushed").replace("slowly, and", "slowly and")
    assert len(edited.encode()) == len(text.encode()) and edited != text
    return edited


def test_an_edit_that_keeps_size_and_time_is_caught_while_the_time_is_recent(tmp_path, cache_dir, cleaned):
    # git's "racily clean" case: written and rewritten within one tick of
    # the file system's clock, a post keeps its size and time; the cache
    # compares the bytes of a post whose time was recent when it was read
    post = write(tmp_path, "post.md", CLEAN_EN)
    assert invoke("post.md", "--check", cwd=tmp_path).exit_code == 0
    stat = post.stat()
    post.write_text(same_size_with_a_marker(CLEAN_EN), encoding="utf-8")
    os.utime(post, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    cleaned.clear()
    result = invoke("post.md", "--check", cwd=tmp_path)
    assert cleaned == ["post.md"] and result.exit_code == 1, result.output


def test_a_post_whose_time_changed_but_not_its_bytes_is_not_cleaned_again(tmp_path, cache_dir, cleaned):
    # a git checkout or a touch: the digest recognises the post
    post = write(tmp_path, "post.md", CLEAN_EN)
    age(post)
    invoke("post.md", "--check", cwd=tmp_path)
    os.utime(post)
    cleaned.clear()
    assert invoke("post.md", "--check", cwd=tmp_path).exit_code == 0
    assert cleaned == []


def test_other_settings_clean_the_post_again(tmp_path, cache_dir, cleaned):
    post = write(tmp_path, "post.md", CLEAN_EN)
    age(post)
    invoke("post.md", "--check", cwd=tmp_path)
    cleaned.clear()
    invoke("post.md", "--check", "--ignore", "dedup", cwd=tmp_path)
    assert cleaned == ["post.md"]
    # a config file beside the post changes its settings too
    (tmp_path / ".articlefix.toml").write_text("min-dup-chars = 20\n", encoding="utf-8")
    cleaned.clear()
    invoke("post.md", "--check", cwd=tmp_path)
    assert cleaned == ["post.md"]


def test_no_cache_cleans_every_post_and_keeps_nothing(tmp_path, cache_dir, cleaned, monkeypatch):
    posts = site(tmp_path)
    invoke("_posts", "--check", "--no-cache", cwd=tmp_path)
    invoke("_posts", "--check", "--no-cache", cwd=tmp_path)
    assert sorted(cleaned) == sorted(["broken.md", "clean-en.md", "clean-ja.md"] * 2)
    assert not cache_dir.exists() or not list(cache_dir.glob("clean-*"))
    # an empty ARTICLEFIX_CACHE_DIR turns every cache off
    monkeypatch.setenv("ARTICLEFIX_CACHE_DIR", "")
    cleaned.clear()
    invoke("_posts", "--check", cwd=tmp_path)
    invoke("_posts", "--check", cwd=tmp_path)
    assert len(cleaned) == 6 and posts.exists()


def test_what_a_run_prints_and_reports_is_the_same_with_the_cache(tmp_path, cache_dir, cleaned):
    site(tmp_path)
    invoke("_posts", "--check", cwd=tmp_path)
    cleaned.clear()
    warm = invoke("_posts", "--check", "-v", "--report", "warm.json", cwd=tmp_path)
    assert cleaned == ["broken.md"]  # the two clean posts came from the cache
    cold = invoke("_posts", "--check", "-v", "--report", "cold.json", "--no-cache", cwd=tmp_path)
    assert (warm.exit_code, warm.stdout) == (cold.exit_code, cold.stdout) and warm.exit_code == 1
    reports = [json.loads((tmp_path / name).read_text(encoding="utf-8")) for name in ("warm.json", "cold.json")]
    for report in reports:
        report.pop("seconds", None)
        report.get("summary", {}).pop("seconds", None)
    assert reports[0] == reports[1]


def test_a_post_with_a_note_is_not_skipped(tmp_path, cache_dir, cleaned):
    # unchanged, but the run has something to say about it (a doubt kept):
    # skipping it would drop the note from the next run's report
    noted = CLEAN_EN.replace("date:", 'reading_time: "2-3 min"\ndate:')
    post = write(tmp_path, "post.md", noted)
    age(post)
    for _ in range(2):
        result = invoke("post.md", "-v", cwd=tmp_path)
        assert result.exit_code == 0 and "no single number" in result.stdout
    assert cleaned == ["post.md", "post.md"]


def test_a_broken_or_unwritable_cache_changes_nothing(tmp_path, cache_dir, cleaned, monkeypatch):
    posts = site(tmp_path)
    invoke("_posts", "--check", cwd=tmp_path)
    for cache_file in cache_dir.glob("clean-*.marshal"):
        cache_file.write_bytes(b"not marshal data")
    cleaned.clear()
    result = invoke("_posts", "--in-place", cwd=tmp_path)
    assert result.exit_code == 0 and len(cleaned) == 3
    assert (posts / "broken.md").read_text(encoding="utf-8") == fixed(BROKEN_EN)
    # a cache folder that cannot be made (a file is in its way)
    monkeypatch.setenv("ARTICLEFIX_CACHE_DIR", str(posts / "clean-ja.md" / "cache"))
    write(posts, "broken.md", BROKEN_EN)
    result = invoke("_posts", "--in-place", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert (posts / "broken.md").read_text(encoding="utf-8") == fixed(BROKEN_EN)
    assert (posts / "clean-ja.md").read_text(encoding="utf-8") == CLEAN_JA


def test_output_to_other_files_does_not_use_the_cache(tmp_path, cache_dir, cleaned):
    # each post must be written to --out-dir, clean or not
    site(tmp_path)
    invoke("_posts", "--check", cwd=tmp_path)
    cleaned.clear()
    result = invoke("_posts", "--out-dir", "out", cwd=tmp_path)
    assert result.exit_code == 0 and len(cleaned) == 3
    assert (tmp_path / "out" / "_posts" / "clean-en.md").read_text(encoding="utf-8") == CLEAN_EN


def test_the_cache_file_belongs_to_one_code_version(tmp_path, cache_dir):
    site(tmp_path)
    invoke("_posts", "--check", cwd=tmp_path)
    (current,) = cache_dir.glob("clean-*.marshal")
    assert KnownClean.open().path == current
    # files of other versions: the newest few are kept, older ones dropped
    for i in range(6):
        other = cache_dir / f"clean-old{i}.marshal"
        other.write_bytes(current.read_bytes())
        os.utime(other, (1000 + i, 1000 + i))
    write(tmp_path / "_posts", "new.md", CLEAN_EN.replace("winter", "spring"))
    invoke("_posts", "--check", cwd=tmp_path)
    assert sorted(p.name for p in cache_dir.glob("clean-*.marshal")) == sorted([current.name, "clean-old5.marshal", "clean-old4.marshal", "clean-old3.marshal"])
