"""Posts that are nothing but the agent's reply (issue 10): flagged
``no-article``, left exactly as they were, listed apart, exit status, JSON.

The verdict is on what remains after every rule: a post that is mostly
monologue around a short genuine article is cleaned like any other.  The
end-to-end tests run the installed ``articlefix`` console script on copies of
the project's own fixtures.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from cleaner.pipeline import clean_text
from cleaner.settings import Settings

from .conftest import FIXTURES, fixture_text
from .test_cli import BROKEN_EN, CLEAN_JA, ENV, console_script, fixed, write

NO_ARTICLE = ("noarticle-en-refusal.md", "noarticle-ja-not-found.md", "noarticle-ja-title-and-body.md")
SHORT_REAL = "monologue-ja-short-article-kept.md"


# -- the verdict, on whole posts ---------------------------------------------------


@pytest.mark.parametrize("name", NO_ARTICLE)
def test_a_post_that_is_only_the_agents_reply_is_left_as_it_was(name):
    text = fixture_text(name)
    outcome = clean_text(text)
    assert outcome.text == text and not outcome.changed
    assert outcome.fixes == []  # nothing else is fixed either (no title, excerpt, reading_time edit)
    assert outcome.no_article.startswith("the body is the agent's reply (line")
    assert clean_text(outcome.text).no_article == outcome.no_article  # a second run says the same


def test_the_reason_quotes_the_monologue_found():
    en = clean_text(fixture_text("noarticle-en-refusal.md")).no_article
    assert "line 10: “I apologize, but I am currently unable" in en and "line 12: “Please let me know" in en
    assert en.endswith("without it nothing remains")
    ja = clean_text(fixture_text("noarticle-ja-not-found.md")).no_article
    assert "line 11: “申し訳ありませんが、「北浜精機" in ja and "情報が見つかり" in ja
    assert "別のAI関連" in ja


def test_title_and_body_both_monologue_and_only_headings_left():
    # without the verdict the title rule would make "はじめに" the title and
    # publish a page holding one heading
    reason = clean_text(fixture_text("noarticle-ja-title-and-body.md")).no_article
    assert "only 1 heading remains" in reason
    assert "the title is the agent's words too" in reason
    assert "(+1 more)" in reason  # three monologue removals, two quoted


def test_a_short_real_article_under_monologue_is_cleaned_not_flagged():
    text = fixture_text(SHORT_REAL)
    outcome = clean_text(text)
    assert not outcome.no_article and outcome.changed
    assert "承知いたしました" not in outcome.text and "ご不明点" not in outcome.text
    for sentence in ("毎週金曜の夕方に三十分だけ", "休まず開くこと", "発表の記録を残して"):
        assert sentence in outcome.text.split("---\n", 2)[2]


def test_the_threshold_is_about_what_remains_and_configurable():
    text = fixture_text(SHORT_REAL)  # 228 letters of article remain
    strict = clean_text(text, Settings(min_article_chars=300))
    assert strict.text == text and "only 228 characters of text remain (min-article-chars 300)" in strict.no_article
    assert not clean_text(text, Settings(min_article_chars=228)).no_article
    # 0: only a post with nothing (or only headings) left is flagged
    assert clean_text(fixture_text("noarticle-en-refusal.md"), Settings(min_article_chars=0)).no_article
    one_line = "---\ntitle: \"Turbos\"\n---\n\nSure! Here's the blog post you asked for:\n\nA turbo spins at high speed.\n"
    assert clean_text(one_line).no_article
    assert clean_text(one_line, Settings(min_article_chars=0)).text.endswith("\n\nA turbo spins at high speed.\n")


def test_short_pages_nobody_removed_agent_words_from_are_not_flagged():
    index = "---\nlayout: home\ntitle: Home\n---\n"
    assert clean_text(index).no_article == ""
    link_post = "---\ntitle: \"A talk worth watching\"\n---\n\nThis talk is good.\n"
    assert clean_text(link_post).no_article == ""
    # citation tokens and seams are not the agent's reply either
    cited = "---\ntitle: \"Prices\"\n---\n\nPrices fell.:contentReference[oaicite:2]{index=2}\n"
    assert clean_text(cited).text == "---\ntitle: \"Prices\"\n---\n\nPrices fell.\n"
    assert clean_text(cited).no_article == ""


def test_a_post_that_is_only_a_reasoning_block_is_flagged():
    post = "---\ntitle: \"Solar roofs\"\n---\n\n<think>\nThe user wants a post on solar roofs. I should search first.\n</think>\n"
    outcome = clean_text(post)
    assert outcome.text == post and "<think>" in outcome.no_article and "nothing remains" in outcome.no_article


def test_link_targets_and_tags_do_not_count_as_article_text():
    long_url = "https://example.com/" + "a" * 300
    post = f"---\ntitle: \"Links\"\n---\n\nSure! Here's the blog post you asked for:\n\n[here]({long_url}) <img src=\"{long_url}\">\n"
    assert "only 4 characters of text remain" in clean_text(post).no_article


# -- through the installed console script --------------------------------------------


def articlefix(*args, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    script = console_script()
    if not script:
        pytest.skip("the articlefix console script is not installed beside this Python")
    proc = subprocess.run([script, *map(str, args)], cwd=cwd, input=stdin, capture_output=True, env=ENV, timeout=120)
    proc.out = proc.stdout.decode("utf-8")  # type: ignore[attr-defined]
    proc.err = proc.stderr.decode("utf-8")  # type: ignore[attr-defined]
    return proc


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """posts/: the three no-article fixtures, the short real article, a broken and a clean post."""
    posts = tmp_path / "posts"
    posts.mkdir()
    for name in (*NO_ARTICLE, SHORT_REAL):
        shutil.copyfile(FIXTURES / name, posts / name)
    write(posts, "broken.md", BROKEN_EN)
    write(posts, "clean.md", CLEAN_JA)
    return tmp_path


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def untouched(site: Path, before: dict) -> bool:
    after = snapshot(site / "posts")
    return all(after[name] == before[name] for name in NO_ARTICLE) and set(after) == set(before)


def test_dry_run_lists_them_apart_and_exits_1(site):
    before = snapshot(site / "posts")
    proc = articlefix("posts", cwd=site)
    assert proc.returncode == 1, proc.err
    for name in NO_ARTICLE:
        assert f"No article: posts/{name} — the body is the agent's reply (line" in proc.out
    assert "Would fix posts/broken.md" in proc.out and f"Would fix posts/{SHORT_REAL}" in proc.out
    table = proc.out[proc.out.index("articlefix summary"):]
    assert " no article " in table and "  3" in table.split("no article", 1)[1].splitlines()[0]
    section = table[table.index("No article (3): left as they were; delete or regenerate these posts"):]
    assert [line.split(" — ")[0].strip() for line in section.splitlines()[1:]] == [f"posts/{n}" for n in NO_ARTICLE]
    assert snapshot(site / "posts") == before


def test_only_no_article_posts_still_fail_a_dry_run(site):
    proc = articlefix(f"posts/{NO_ARTICLE[1]}", cwd=site)
    assert proc.returncode == 1
    assert proc.out.endswith("1 file scanned: 0 would be fixed, 0 unchanged, 0 failed, 1 no article.\n")


def test_check_and_diff_fail_and_name_them(site):
    before = snapshot(site / "posts")
    check = articlefix("posts", "--check", cwd=site)
    assert check.returncode == 1
    lines = check.out.splitlines()
    assert "Would fix: posts/broken.md" in lines
    assert sum(line.startswith("No article: posts/noarticle-") for line in lines) == 3
    assert articlefix("posts/" + NO_ARTICLE[0], "--check", cwd=site).returncode == 1
    diff = articlefix("posts", "--diff", cwd=site)
    assert diff.returncode == 1
    assert "+++ b/posts/broken.md" in diff.out and "noarticle" not in diff.out  # stdout is only the diff
    assert "No article: posts/noarticle-en-refusal.md" in diff.err
    assert snapshot(site / "posts") == before


def test_in_place_fixes_the_others_leaves_them_and_exits_0(site):
    before = snapshot(site / "posts")
    proc = articlefix("posts", "--in-place", cwd=site)
    assert proc.returncode == 0, proc.err
    assert untouched(site, before)
    assert (site / "posts" / "broken.md").read_text(encoding="utf-8") == fixed(BROKEN_EN)
    assert (site / "posts" / SHORT_REAL).read_text(encoding="utf-8") == (FIXTURES / "expected" / SHORT_REAL).read_text(encoding="utf-8")
    assert "No article (3)" in proc.out
    again = articlefix("posts", "--in-place", cwd=site)
    assert again.returncode == 0 and "Fixed" not in again.out and "No article (3)" in again.out
    assert untouched(site, before)


def test_fail_on_no_article_option_and_config_key(site):
    before = snapshot(site / "posts")
    assert articlefix("posts", "--in-place", "--fail-on-no-article", cwd=site).returncode == 1
    assert (site / "posts" / "broken.md").read_text(encoding="utf-8") == fixed(BROKEN_EN)  # the others are still fixed
    assert untouched(site, before)
    write(site, ".articlefix.toml", "fail-on-no-article = true\n")
    assert articlefix("posts", "--in-place", cwd=site).returncode == 1
    assert articlefix("posts/broken.md", "posts/clean.md", "--in-place", cwd=site).returncode == 0  # none of them flagged


def test_min_article_chars_in_the_config_file(site):
    write(site, ".articlefix.toml", "min-article-chars = 300\n")
    proc = articlefix(f"posts/{SHORT_REAL}", "--check", cwd=site)
    assert proc.returncode == 1 and f"No article: posts/{SHORT_REAL} — " in proc.out
    assert "only 228 characters of text remain (min-article-chars 300)" in proc.out
    write(site, ".articlefix.toml", "min-article-chars = -1\n")
    bad = articlefix(f"posts/{SHORT_REAL}", cwd=site)
    assert bad.returncode == 2 and "min-article-chars must not be negative" in bad.err


def test_an_error_still_wins_exit_2(site):
    (site / "posts" / "bad.md").write_bytes(b"\xff\xfe not utf-8")
    proc = articlefix("posts", "--in-place", "--fail-on-no-article", cwd=site)
    assert proc.returncode == 2 and "No article: posts/noarticle-en-refusal.md" in proc.out


def test_quiet_still_names_them(site):
    proc = articlefix("posts", "--in-place", "-q", cwd=site)
    assert proc.returncode == 0
    assert [line.split(" — ")[0] for line in proc.out.splitlines()] == [f"No article: posts/{n}" for n in NO_ARTICLE]


def test_output_format_json_carries_the_status_per_file(site):
    proc = articlefix("posts", "--output-format", "json", cwd=site)
    assert proc.returncode == 1
    entries = json.loads(proc.out)
    flagged = [e for e in entries if e["status"] == "no-article"]
    assert [e["path"] for e in flagged] == [f"posts/{n}" for n in NO_ARTICLE]
    for entry in entries:  # every entry keeps the keys of a fix, so old readers keep working
        assert {"path", "status", "rule", "action", "lines", "excerpt", "reason"} <= set(entry)
    assert all(e["rule"] == "no-article" and e["action"] == "kept" and e["reason"].startswith("the body is the agent's reply") for e in flagged)
    assert {e["status"] for e in entries if e["path"] == "posts/broken.md"} == {"changed"}
    assert "no article" in proc.err  # the summary table goes to stderr


def test_report_file_has_a_status_for_every_file(site):
    assert articlefix("posts", "--in-place", "--report", "r.json", cwd=site).returncode == 0
    data = json.loads((site / "r.json").read_text(encoding="utf-8"))
    status = {Path(f["path"]).name: f["status"] for f in data["files"]}
    assert status == {**{n: "no-article" for n in NO_ARTICLE}, SHORT_REAL: "changed", "broken.md": "changed", "clean.md": "unchanged"}
    assert data["summary"]["no_article"] == 3 and data["summary"]["unchanged"] == 1 and data["summary"]["changed"] == 2
    entry = next(f for f in data["files"] if f["status"] == "no-article")
    assert entry["no_article"].startswith("the body is the agent's reply") and entry["fixes"] == [] and not entry["written"]
    articlefix("posts", "--report", "r.md", cwd=site)
    md = (site / "r.md").read_text(encoding="utf-8")
    assert "## No article (3): delete or regenerate these posts" in md and f"- posts/{NO_ARTICLE[2]} — the body is" in md


def test_github_annotations(site):
    proc = articlefix("posts", "--output-format", "github", cwd=site)
    assert proc.returncode == 1
    lines = [line for line in proc.out.splitlines() if "no-article" in line]
    assert len(lines) == 3
    assert lines[0].startswith("::error file=posts/noarticle-en-refusal.md,line=1,title=articlefix no-article::no article: the body is")


def test_stdin_passes_the_post_through_unchanged(site):
    data = (FIXTURES / NO_ARTICLE[1]).read_bytes()
    proc = articlefix("-", cwd=site, stdin=data)
    assert proc.returncode == 0 and proc.stdout == data
    assert "No article: - — the body is the agent's reply" in proc.err
    assert articlefix("-", "--fail-on-no-article", cwd=site, stdin=data).returncode == 1
    assert articlefix("-", "--check", cwd=site, stdin=data).returncode == 1


def test_output_and_out_dir_copy_the_post_as_it_was(site):
    name = NO_ARTICLE[0]
    assert articlefix(f"posts/{name}", "-o", "copy.md", cwd=site).returncode == 0
    assert (site / "copy.md").read_bytes() == (FIXTURES / name).read_bytes()
    assert articlefix("posts", "--out-dir", "out", cwd=site).returncode == 0
    for n in NO_ARTICLE:
        assert (site / "out" / "posts" / n).read_bytes() == (FIXTURES / n).read_bytes()
