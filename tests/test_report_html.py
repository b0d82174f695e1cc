"""The HTML review page (issue 9), checked as a file: the real CLI runs on a
few fixture posts (copied to a temporary folder) with ``--report x.html`` and
with ``--report x.json``; the page must carry every fix of the JSON report
with its rule and reason, tie every removed line to a fix, point duplicates
at their kept copy, and escape all post text (a post with
``<script>alert(1)</script>`` in it, and a file named like an HTML tag).

What the page *does* in a browser is in ``test_review_browser.py``.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cleaner.report_html import script_json

from .conftest import FIXTURES
from .test_cli import ENV

POSTS = [
    "seams-en-kinds.md",
    "ja-seams-and-monologue.md",
    "dedup-ja-kinds.md",
    "dedup-en-kinds.md",
    "fm-title-prefix-en.md",
    "fm-yaml-colon-ja.md",
    "html-en-script-text.md",
]
#: a post whose front matter cannot be repaired, named like a tag
BAD_NAME = "<img src=x onerror=alert(1)>.md"
BAD_POST = "---\ntitle: [a\n  b: {c\n---\n\nBody.\n"
#: a post with nothing to fix
CLEAN_NAME = "clean-en.md"
CLEAN_POST = "---\ntitle: Clean\n---\n\nNothing to fix here.\n"


def make_posts(folder: Path) -> Path:
    posts = folder / "posts"
    posts.mkdir()
    for name in POSTS:
        shutil.copy(FIXTURES / name, posts / name)
    (posts / BAD_NAME).write_text(BAD_POST, encoding="utf-8")
    (posts / CLEAN_NAME).write_text(CLEAN_POST, encoding="utf-8")
    return posts


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cleaner", *args], cwd=cwd, capture_output=True, env=ENV, timeout=120)


def build(folder: Path, *extra: str) -> tuple[str, dict]:
    """Run the CLI twice on a fresh copy (dry run): the page and the JSON report."""
    make_posts(folder)
    page = run_cli(folder, "posts", "--report", "review.html", "-q", *extra)
    report = run_cli(folder, "posts", "--report", "review.json", "-q", *extra)
    assert page.returncode == report.returncode == 2, page.stderr  # the bad post fails the run
    return (folder / "review.html").read_text(encoding="utf-8"), json.loads((folder / "review.json").read_text(encoding="utf-8"))


def row_text(hunks: list[list], row: list) -> str:
    """A diff row's text (a row may point at an earlier row with the same text)."""
    return hunks[row[5]][2] if len(row) > 5 else row[2]


def json_blocks(page: str) -> dict[str, object]:
    blocks = re.findall(r'<script type="application/json" id="([^"]+)">(.*?)</script>', page, re.S)
    return {name: json.loads(body) for name, body in blocks}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[str, dict, dict]:
    page, report = build(tmp_path_factory.mktemp("review"))
    return page, report, json_blocks(page)


def test_page_carries_every_fix_of_the_json_report_with_rule_and_reason(built):
    page, report, blocks = built
    index = blocks["index"]
    assert [f["path"] for f in index] == [f["path"] for f in report["files"]]
    for entry, expected in zip(index, report["files"]):
        data = blocks[f"f{entry['k']}"]
        assert data["fixes"] == expected["fixes"], expected["path"]
        assert data.get("error", "") == expected.get("error", "")
        assert entry["bytes"] == expected["bytes_removed"]
        for fix in expected["fixes"]:
            assert fix["rule"] and fix["reason"]
    summary = blocks["summary-data"]
    assert {k: summary[k] for k in report["summary"]} == report["summary"]
    assert sum(len(f["fixes"]) for f in report["files"]) >= 40  # a real mix of rules
    rules = {fix["rule"] for f in report["files"] for fix in f["fixes"]}
    assert {"seams", "dedup", "monologue", "title", "excerpt", "frontmatter_syntax"} <= rules


def test_every_removed_line_is_tied_to_the_fix_that_removed_it(built):
    _page, report, blocks = built
    for entry, expected in zip(blocks["index"], report["files"]):
        data = blocks[f"f{entry['k']}"]
        fixes = expected["fixes"]
        for row in data["hunks"]:
            op, number, tags, text = row[0], row[1], row[3], row_text(data["hunks"], row)
            if op == "-" and text.strip():
                assert tags, f"{expected['path']}: removed line {number} has no fix"
                assert any(fixes[t]["lines"][0] <= number <= fixes[t]["lines"][1] for t in tags)
        if expected.get("changed"):
            assert any(r[0] in "-+" for r in data["hunks"]), expected["path"]


def test_duplicates_point_at_the_kept_copy_and_it_is_shown(built):
    _page, report, blocks = built
    seen = 0
    for entry, expected in zip(blocks["index"], report["files"]):
        data = blocks[f"f{entry['k']}"]
        shown = {r[1] for r in data["hunks"] if r[0] in " -"}
        for fix, refs in zip(expected["fixes"], data["refs"]):
            if fix["rule"] == "dedup" and fix["action"] != "kept":
                assert refs, fix["reason"]
                for a, b in refs:
                    assert f"line {a}" in fix["reason"] or f"lines {a}-{b}" in fix["reason"]
                    assert set(range(a, b + 1)) <= shown, (expected["path"], fix)
                    seen += 1
            elif fix["rule"] != "dedup":
                assert refs == []
    assert seen >= 10


def test_a_removed_duplicate_shares_the_text_of_its_kept_copy(built):
    _page, _report, blocks = built
    shared = [(h, r) for f in blocks["index"] for h in [blocks[f"f{f['k']}"]["hunks"]] for r in h if len(r) > 5]
    assert shared
    for hunks, row in shared:
        assert row[2] == "" and row[5] < hunks.index(row) and len(hunks[row[5]]) == 5 and hunks[row[5]][2]


def test_seam_splice_and_front_matter_edit_show_what_changed(built):
    _page, report, blocks = built
    by_path = {f["path"]: blocks[f"f{f['k']}"] for f in blocks["index"]}
    seams = by_path[str(Path("posts", "seams-en-kinds.md"))]
    joined = [r for r in seams["hunks"] if r[0] == "+" and any(seams["fixes"][t]["action"] == "spliced" for t in r[3])]
    assert joined, "a spliced seam shows its joined line"
    text, ranges = row_text(seams["hunks"], joined[0]), joined[0][4]
    assert ranges and ranges[0][0] > 0  # the added part starts after the cut line's text
    assert "---" not in text
    title = by_path[str(Path("posts", "fm-title-prefix-en.md"))]
    before = [r for r in title["hunks"] if r[0] == "-" and row_text(title["hunks"], r).startswith("title:")]
    after = [r for r in title["hunks"] if r[0] == "+" and row_text(title["hunks"], r).startswith("title:")]
    assert before and after
    assert title["fixes"][before[0][3][0]]["rule"] == "title"
    assert row_text(title["hunks"], after[0])[after[0][4][0][0]:after[0][4][0][1]].strip()  # the added words are marked


def test_post_text_is_escaped(built):
    page, _report, blocks = built
    # the only script elements are the page's own: index, summary, one per file, the code
    assert page.count("<script") == 2 + len(blocks["index"]) + 1
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert page.count("</script>") == page.count("<script")
    # the failed file's name is in the static "needs attention" list, escaped
    assert html.escape(BAD_NAME) in page
    # and the JSON blocks give the text back exactly
    texts = [row_text(h, r) for f in blocks["index"] for h in [blocks[f"f{f['k']}"]["hunks"]] for r in h]
    assert any("<script>alert(1)</script>" in t for t in texts)
    assert any("</script>" in t and "<script>" not in t for t in texts)


def test_page_is_self_contained_with_a_strict_content_security_policy(built):
    page, _report, _blocks = built

    class Collect(HTMLParser):
        def __init__(self):
            super().__init__()
            self.urls, self.csp, self.lang = [], "", ""

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "html":
                self.lang = a.get("lang", "")
            if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy":
                self.csp = a["content"]
            for key in ("src", "href"):
                if a.get(key) and not a[key].startswith("#"):
                    self.urls.append(a[key])

    c = Collect()
    c.feed(page)
    assert c.urls == []  # no external script, style, font or image
    assert c.lang == "en"
    assert "default-src 'none'" in c.csp and "script-src 'sha256-" in c.csp and "unsafe-inline" not in c.csp
    assert "http://" not in page and "https://" not in page


def test_failed_files_are_listed_first(built):
    page, report, blocks = built
    attention = page.index('id="attention"')
    assert attention < page.index('id="files"')
    failed = [f for f in blocks["index"] if f["status"] == "failed"]
    assert [f["path"] for f in failed] == [f["path"] for f in report["files"] if f.get("error")]
    assert html.escape(failed[0]["error"]) in page[attention:page.index('id="files"')]
    statuses = {f["path"].rsplit("/", 1)[-1]: f["status"] for f in blocks["index"]}
    assert statuses[CLEAN_NAME] == "unchanged"
    assert statuses["seams-en-kinds.md"] == "changed"


def test_markdown_and_json_reports_are_unchanged_by_the_page(tmp_path):
    posts = make_posts(tmp_path)
    run_cli(tmp_path, "posts", "--report", "a.md", "-q")
    run_cli(tmp_path, "posts", "--report", "a.html", "-q")
    run_cli(tmp_path, "posts", "--report", "a.json", "-q")
    assert (tmp_path / "a.md").read_text(encoding="utf-8").startswith("# articlefix report")
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["tool"] == "articlefix"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "a.json", "a.md", "posts"]  # no temp files left
    assert (posts / "seams-en-kinds.md").read_bytes() == (FIXTURES / "seams-en-kinds.md").read_bytes()  # dry run


def test_in_place_run_marks_written_files_and_a_second_run_has_nothing(tmp_path):
    make_posts(tmp_path)
    first = run_cli(tmp_path, "posts", "--in-place", "--report", "r1.html", "-q")
    assert first.returncode == 2  # the bad post
    blocks = json_blocks((tmp_path / "r1.html").read_text(encoding="utf-8"))
    assert blocks["summary-data"]["written"] == len(POSTS)
    assert all(f.get("written") for f in blocks["index"] if f["status"] == "changed")
    run_cli(tmp_path, "posts", "--in-place", "--report", "r2.html", "-q")
    blocks = json_blocks((tmp_path / "r2.html").read_text(encoding="utf-8"))
    assert blocks["summary-data"]["changed"] == 0
    assert all(not blocks[f"f{f['k']}"]["hunks"] for f in blocks["index"])


def test_stdin_run_writes_a_page_too(tmp_path):
    data = (FIXTURES / "seams-en-kinds.md").read_bytes()
    proc = subprocess.run([sys.executable, "-m", "cleaner", "-", "--report", "r.html"], cwd=tmp_path, input=data,
                          capture_output=True, env=ENV, timeout=120)
    assert proc.returncode == 0, proc.stderr
    blocks = json_blocks((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert blocks["index"][0]["path"] == "-"
    assert any(r[0] == "-" for r in blocks["f0"]["hunks"])


def test_script_json_escapes_what_could_end_or_break_a_script_block():
    text = "a</script><script>x</script>&<!-- \u2028\u2029"
    out = script_json({"t": text})
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in out
    assert json.loads(out) == {"t": text}


def test_no_article_files_are_shown_with_failed_files_when_the_run_reports_them(tmp_path):
    """Another part of the tool may mark a post as having no article
    (``FileResult.no_article`` and a ``status`` in ``to_dict()``); the page
    reads both when present and shows such files next to the failed ones."""
    from cleaner.fixes import Fix
    from cleaner.report import FileResult
    from cleaner.report_html import ReviewPage

    ok = FileResult("a.md", fixes=[Fix("seams", "removed", (3, 3), "---END---", "seam marker")], changed=True, bytes_removed=10)
    empty = FileResult("only-chat.md")
    empty.no_article = "the post is only the agent's chat; there is no article to keep"
    failed = FileResult("bad.md", error="bad.md: not UTF-8 (invalid byte 0xff at offset 3)")
    page = ReviewPage()
    for r in (ok, empty, failed):
        page.add(r)
    page.write(tmp_path / "r.html", [ok, empty, failed])
    text = (tmp_path / "r.html").read_text(encoding="utf-8")
    blocks = json_blocks(text)
    assert [f["status"] for f in blocks["index"]] == ["changed", "no-article", "failed"]
    attention = text[text.index('id="attention"'):text.index('id="files"')]
    assert "only-chat.md" in attention and "bad.md" in attention and "a.md<" not in attention
    assert html.escape(empty.no_article) in attention
    assert blocks["index"][1]["no_article"] == empty.no_article


@pytest.mark.parametrize("aligner", ["difflib", "greedy"])
@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.md")))
def test_the_diff_is_a_valid_diff_and_removed_duplicates_show_as_removed(name, aligner, monkeypatch):
    """Read in order, the unchanged and removed lines give the input back and
    the unchanged and added lines the output; a line a fix removed is never
    shown as unchanged (so the kept copy is the one left standing).  Both
    for difflib and for the fast alignment of huge posts."""
    from cleaner import review
    from cleaner.pipeline import clean_text
    from cleaner.review import _align

    if aligner == "greedy":
        monkeypatch.setattr(review, "_DIFFLIB_LIMIT", -1)

    text = (FIXTURES / name).read_text(encoding="utf-8")
    outcome = clean_text(text)
    old, new = text.rstrip("\n").split("\n"), outcome.text.rstrip("\n").split("\n")
    seq = _align(old, new, outcome.fixes)
    assert [x[1] for x in seq if x[0] in "=-"] == list(range(len(old)))
    assert [x[2] if x[0] == "=" else x[1] for x in seq if x[0] in "=+"] == list(range(len(new)))
    assert all(old[x[1]] == new[x[2]] for x in seq if x[0] == "=")
    removed = {i - 1 for f in outcome.fixes if f.action == "removed" for i in range(f.lines[0], f.lines[1] + 1)}
    assert not [x for x in seq if x[0] == "=" and x[1] in removed]


def test_changed_ranges_count_as_the_browser_does_with_emoji_and_rare_kanji():
    """The page's script slices strings in UTF-16 code units; a character
    above U+FFFF (😀, 𠮷) counts two there, so the ranges must too."""
    from cleaner.fixes import Fix
    from cleaner.review import review_data

    original = "---\ntitle: x\n---\n\n𠮷野家の話 😀 です。同じ文がここにあります。おわり。\n"
    cleaned = "---\ntitle: x\n---\n\n𠮷野家の話 😀 です。おわり。\n"
    fix = Fix("dedup", "edited", (5, 5), "同じ文がここにあります。", "short sentence repeated with the rest of line 9")
    rows = review_data(original, cleaned, [fix])["hunks"]
    removed = next(r for r in rows if r[0] == "-")
    (a, b), = removed[4]
    units = removed[2].encode("utf-16-le")
    assert units[2 * a:2 * b].decode("utf-16-le") == "同じ文がここにあります。"


def test_a_failure_of_the_review_diff_costs_only_the_diff(tmp_path, monkeypatch):
    """A bug in the page's diff code leaves the file fixed and written, and
    the page says that its diff is missing."""
    from cleaner import review
    from cleaner.runner import Mode, process_file
    from cleaner.settings import Settings

    def broken(*args):
        raise ValueError("boom")

    monkeypatch.setattr(review, "review_data", broken)
    post = tmp_path / "p.md"
    shutil.copy(FIXTURES / "seams-en-kinds.md", post)
    result = process_file(post, Settings(), Mode(write="in-place", review=True))
    assert result.written and not result.error
    assert post.read_text(encoding="utf-8") == (FIXTURES / "expected" / "seams-en-kinds.md").read_text(encoding="utf-8")
    assert "ValueError: boom" in result.review["problem"]
    from cleaner.report_html import ReviewPage

    page = ReviewPage()
    page.write(tmp_path / "r.html", [result])
    blocks = json_blocks((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert "ValueError: boom" in blocks["f0"]["review_problem"] and blocks["f0"]["hunks"] == []
