"""Broken YAML front matter: repaired when the intent is clear, refused otherwise.

The whole-post repairs are pinned in fixtures/fm-yaml-*.md; these tests
check the reports, the refusals (exit 2, file untouched) and the edge cases.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from cleaner.document import parse
from cleaner.frontmatter import FrontMatterError
from cleaner.pipeline import clean_text
from cleaner.settings import Settings

from .conftest import fixture_text

BODY = "\nA paragraph of the article that is long enough to stand on its own.\n"
ONLY = Settings(select=("frontmatter_syntax",))


def _fm(text: str) -> dict:
    return parse(text).front_matter.data


@pytest.mark.parametrize(
    "name, reason",
    [
        ("fm-yaml-colon-ja.md", "unquoted ': '"),
        ("fm-yaml-quotes-en.md", "unbalanced double quotes"),
        ("fm-yaml-quotes-en.md", "unbalanced single quotes"),
        ("fm-yaml-hash-ja.md", "unquoted '#'"),
        ("fm-yaml-tabs-en.md", "tab used as indentation"),
        ("fm-yaml-tabs-en.md", "tab after the key's colon"),
        ("fm-yaml-fence-ja.md", "code fence"),
        ("fm-yaml-unclosed-en.md", "never closed"),
        ("fm-yaml-blank-ja.md", "blank line(s) before"),
        ("fm-yaml-duplicate-en.md", "duplicate key 'title'"),
        ("fm-yaml-duplicate-en.md", "duplicate key 'author': an empty duplicate"),
    ],
)
def test_each_repair_is_reported(name, reason):
    outcome = clean_text(fixture_text(name), ONLY)
    reasons = [f.reason for f in outcome.fixes if f.rule == "frontmatter_syntax"]
    assert any(reason in r for r in reasons), reasons
    assert parse(outcome.text).front_matter.ok


def test_repairs_keep_the_values_intended():
    assert _fm(clean_text(fixture_text("fm-yaml-colon-ja.md"), ONLY).text)["title"] == "電力と計算: AIデータセンターの新しい制約"
    quotes = _fm(clean_text(fixture_text("fm-yaml-quotes-en.md"), ONLY).text)
    assert quotes["title"] == 'The Day the Build Server Said "No"' and quotes["subtitle"] == "It's always DNS"
    tabs = _fm(clean_text(fixture_text("fm-yaml-tabs-en.md"), ONLY).text)
    assert tabs["tags"] == ["writing", "tools"] and tabs["title"] == "Plain Text Is a Feature"
    hashes = _fm(clean_text(fixture_text("fm-yaml-hash-ja.md"), ONLY).text)
    assert hashes["title"] == "# 音声入力で文章を書く一週間"  # the title rule then drops the "#"
    assert hashes["description"] == "音声で書いた下書きの直し方 #仕事術"
    dup = _fm(clean_text(fixture_text("fm-yaml-duplicate-en.md"), ONLY).text)
    assert dup["author"] == "Mina Sato"


def test_comment_after_a_value_is_still_a_comment():
    post = "---\ntitle: Quiet Mornings\nauthor: 編集部 # 署名は後で\n---\n" + BODY
    assert clean_text(post).text.split("\n")[2] == "author: 編集部 # 署名は後で"


def test_a_comment_line_is_not_a_missing_close():
    post = "---\ntitle: A\n# draft note\ndate: 2025-01-01\n---\n" + BODY
    assert not [f for f in clean_text(post).fixes if f.rule == "frontmatter_syntax"]


@pytest.mark.parametrize(
    "post, line, message",
    [
        ("---\ntitle: One\ndate: 2025-01-01\ntitle: Two\n---\n" + BODY, 4, "duplicate key 'title' on lines 2 and 4"),
        ("---\ntitle: Fine\nsummary: >- folded text: here\n---\n" + BODY, 3, "YAML front matter"),
        ("---\ntitle: Unclosed\nこの行はキーではない本文です。\n" + BODY, 1, "never closed"),
    ],
)
def test_ambiguous_front_matter_is_refused_with_its_line(post, line, message, tmp_path):
    with pytest.raises(FrontMatterError) as err:
        clean_text(post)
    assert err.value.line == line and message in str(err.value)
    path = tmp_path / "post.md"
    path.write_text(post, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "cleaner", str(path), "--in-place"], capture_output=True, text=True)
    assert proc.returncode == 2
    assert f"line {line}" in proc.stderr + proc.stdout
    assert path.read_text(encoding="utf-8") == post


def test_thematic_break_after_blank_lines_is_not_front_matter():
    post = "\n\n---\n\nJust a rule, then text that is long enough to be a paragraph.\n\n---\n"
    assert parse(post).front_matter is None
    assert clean_text(post).text == post


def test_yaml_code_sample_opening_a_post_is_not_front_matter():
    post = "```yaml\nsteps:\n  - run: make\n```\n\nThat is the whole pipeline, and it has not failed in a year.\n"
    assert parse(post).front_matter is None


def test_bom_and_crlf_file_through_the_cli(tmp_path):
    path = tmp_path / "post.md"
    path.write_bytes("\ufeff---\r\ntitle: Tea: a history\r\n---\r\n\r\nTea travelled west along the same roads as silk and paper.\r\n".encode())
    proc = subprocess.run([sys.executable, "-m", "cleaner", str(path), "--in-place"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    data = path.read_bytes().decode("utf-8-sig")
    assert yaml.safe_load(data.split("---")[1]) == {"title": "Tea: a history"}
    assert data.startswith('---\r\ntitle: "Tea: a history"\r\n---\r\n')
