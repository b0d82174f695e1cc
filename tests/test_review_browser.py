"""The review page in a real browser (issue 9): headless Chromium opens the
page from disk, with no console errors; the rule filter leaves only the files
with fixes of that rule; every fix's rule and reason show once the files are
opened; the duplicate links lead to rows that exist; post text containing
``<script>`` / ``<img onerror>`` stays text.  Screenshots of the top of the
page and of one file's diff go to ``tests/artifacts/`` (git-ignored).

Skipped, with the reason, where no Chromium is installed (``.ci/run``
installs the Debian package ``chromium`` when it can).
"""

from __future__ import annotations

import json

import pytest

from .chromium import Browser, find_chromium
from .conftest import ROOT
from .test_report_html import build, json_blocks

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="no chromium on PATH (Debian: apt-get install chromium); the review page's browser test needs it")
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    page, report = build(folder)
    return folder / "review.html", report, json_blocks(page)


@pytest.fixture(scope="module")
def browser():
    with Browser(CHROMIUM, width=1280, height=1000) as b:
        yield b


def shown(browser) -> list[int]:
    value = browser.eval("document.body.getAttribute('data-shown')")
    return [int(k) for k in value.split(",")] if value else []


def test_page_loads_without_errors_and_filters_by_rule(site, browser):
    path, report, blocks = site
    browser.open(path.as_uri())
    assert browser.eval("document.body.getAttribute('data-ready')") is not None, "the page's script did not finish"
    assert browser.errors == []
    assert browser.eval("document.body.getAttribute('data-errors')") is None
    assert len(shown(browser)) == len(report["files"])
    # failed files first
    first = blocks["index"][shown(browser)[0]]
    assert first["status"] == "failed"

    def with_rule(rule):
        return sorted(f["k"] for f, r in zip(blocks["index"], report["files"])
                      if any(x["rule"] == rule and x["action"] != "kept" for x in r["fixes"]))

    # by the address (a link from the chart) ...
    browser.open(path.as_uri() + "#rule=seams")
    seams = with_rule("seams")
    assert 0 < len(seams) < len(report["files"])
    assert sorted(shown(browser)) == seams
    rows = browser.eval("Array.from(document.querySelectorAll('#list .file')).map(e => e.dataset.rules)")
    assert rows and all("seams" in r.split() for r in rows)
    # ... and by the control
    browser.eval("var s = document.getElementById('sel-rule'); s.value = 'dedup'; s.dispatchEvent(new Event('change'))")
    assert sorted(shown(browser)) == with_rule("dedup")
    assert browser.eval("location.hash") == "#rule=dedup"
    browser.eval("var s = document.getElementById('sel-sort'); s.value = 'removed'; s.dispatchEvent(new Event('change'))")
    removed = [blocks["index"][k]["bytes"] for k in shown(browser)]
    assert removed == sorted(removed, reverse=True)
    assert browser.errors == []


def test_every_fix_shows_with_rule_and_reason_and_links_resolve(site, browser):
    path, report, blocks = site
    browser.open(path.as_uri() + "#file=all")
    assert browser.errors == []
    fixes = browser.eval(
        "Array.from(document.querySelectorAll('.diff .note .fx, .detail > ul.fixlist .fx'))"
        ".map(e => [e.closest('.file').dataset.k, e.querySelector('.chip').textContent, e.querySelector('.reason').textContent])"
    )
    shown_fixes = {(int(k), rule, reason) for k, rule, reason in fixes}
    expected = {(e["k"], fx["rule"], fx["reason"]) for e, f in zip(blocks["index"], report["files"]) for fx in f["fixes"]}
    assert expected and expected <= shown_fixes
    # each fix once, inline or in the list above the diff (besides the table of all)
    assert len(fixes) == sum(len(f["fixes"]) for f in report["files"])
    broken = browser.eval(
        "Array.from(document.querySelectorAll('a.ref')).filter(a => !document.getElementById(a.getAttribute('href').slice(1)))"
        ".map(a => a.getAttribute('href'))"
    )
    links = browser.eval("document.querySelectorAll('a.ref').length")
    assert links >= 10 and broken == []
    # following one marks the kept copy
    target = browser.eval("(function(){var a=document.querySelector('a.ref'); a.click(); return a.getAttribute('href').slice(1)})()")
    assert browser.eval(f"document.getElementById({json.dumps(target)}).classList.contains('flash')")
    # errors of failed files are shown
    assert browser.eval("document.querySelectorAll('.detail .err').length") == sum(1 for f in report["files"] if f.get("error"))


def test_post_text_with_script_and_img_tags_stays_text(site, browser):
    path, _report, blocks = site
    browser.open(path.as_uri() + "#file=all")
    own = 2 + len(blocks["index"]) + 1
    assert browser.eval("document.scripts.length") == own
    assert browser.eval("document.querySelectorAll('img').length") == 0
    assert browser.eval("document.title") == "articlefix review"
    text = browser.eval("document.getElementById('list').textContent")
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=\"document.title='pwned'\">" in text
    assert browser.errors == []


def test_screenshots_of_the_top_and_of_one_diff(site, browser):
    path, report, blocks = site
    ARTIFACTS.mkdir(exist_ok=True)
    browser.open(path.as_uri())
    browser.screenshot(ARTIFACTS / "review-top.png")
    k = next(f["k"] for f in blocks["index"] if f["path"].endswith("seams-en-kinds.md"))
    browser.open(path.as_uri() + f"#q=seams-en-kinds&file={k}")
    box = browser.eval(f"(function(){{var r=document.getElementById('file-{k}').getBoundingClientRect();"
                       "return [r.y + window.scrollY, r.height]})()")
    assert box[1] > 300  # the diff is open
    browser.screenshot(ARTIFACTS / "review-file.png", {"x": 0, "y": max(0, box[0] - 8), "width": 1280, "height": min(box[1] + 16, 3000)})
    for name in ("review-top.png", "review-file.png"):
        data = (ARTIFACTS / name).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    assert browser.errors == []
