"""The library API (issue 8): ``from cleaner import clean_text``.

Its results must be what the command line makes of the same post: every
fixture (and CRLF/BOM variants, and posts the CLI refuses) goes through the
installed console script in one batch run and through ``clean_text``, and
the texts, fixes and errors are compared.  It must also be plain data that
crosses process boundaries (pickle, a ``multiprocessing`` pool), and
``import cleaner`` must stay light (the CLI imports it for ``__version__``).
"""

from __future__ import annotations

import json
import multiprocessing
import pickle
import subprocess
import sys

import pytest

import cleaner
from cleaner import ConfigError, Result, clean_text

from .conftest import FIXTURES
from .test_cli import BROKEN_EN, CLEAN_JA, ENV, console_script

FIXTURE_NAMES = sorted(p.name for p in FIXTURES.glob("*.md"))

REFUSED = """\
---
title: "A post"
draft: !!python/object/apply:os.system ["echo pwned"]
---

Body text that is fine.
"""


def _inputs() -> dict[str, bytes]:
    posts = {name: (FIXTURES / name).read_bytes() for name in FIXTURE_NAMES}
    seed = (FIXTURES / "ja-seams-and-monologue.md").read_bytes()
    posts["crlf-bom-seed.md"] = b"\xef\xbb\xbf" + seed.replace(b"\n", b"\r\n")
    posts["crlf-broken-en.md"] = BROKEN_EN.replace("\n", "\r\n").encode()
    posts["clean-ja.md"] = CLEAN_JA.encode()
    posts["refused-python-tag.md"] = REFUSED.encode()
    return posts


@pytest.fixture(scope="module")
def cli_batch(tmp_path_factory):
    """One run of the console script over every input: --out-dir + JSON report."""
    script = console_script()
    if not script:
        pytest.skip("the articlefix console script is not installed beside this Python")
    root = tmp_path_factory.mktemp("api-vs-cli")
    posts = root / "posts"
    posts.mkdir()
    inputs = _inputs()
    for name, data in inputs.items():
        (posts / name).write_bytes(data)
    proc = subprocess.run(
        [script, "posts", "--out-dir", "out", "--report", "report.json", "--jobs", "2"],
        cwd=root, capture_output=True, env=ENV, timeout=300,
    )
    assert proc.returncode == 2, proc.stderr.decode()  # the refused post
    report = json.loads((root / "report.json").read_text(encoding="utf-8"))
    by_name = {entry["path"].split("/")[-1]: entry for entry in report["files"]}
    return inputs, by_name, root / "out" / "posts"


@pytest.mark.parametrize("name", sorted(_inputs()))
def test_api_result_equals_the_cli_output(cli_batch, name):
    inputs, report, out_dir = cli_batch
    entry = report[name]
    text = inputs[name].decode("utf-8")
    result = clean_text(text)
    if entry.get("error"):
        assert result.error and not result.changed and result.text == text
        # the same message, but for the label of the post
        assert result.error.replace("<text>", "") == entry["error"].replace(f"posts/{name}", "")
        assert not (out_dir / name).exists()
        return
    assert not result.error
    assert result.text.encode("utf-8") == (out_dir / name).read_bytes()
    assert result.changed == entry["changed"]
    assert result.fixes == entry["fixes"]
    assert result.skipped == entry.get("skipped", "")
    assert result.status == entry["status"] and result.no_article == entry.get("no_article", "")


def test_every_broken_fixture_is_changed_and_matches_its_expected_output():
    # guards the comparison above against both sides doing nothing
    for name in FIXTURE_NAMES:
        expected = (FIXTURES / "expected" / name).read_text(encoding="utf-8")
        result = clean_text((FIXTURES / name).read_text(encoding="utf-8"))
        if name.startswith("noarticle-"):  # only the agent's reply: left as it was, and said so
            assert not result.changed and result.status == "no-article" and result.no_article and result.text == expected, name
            continue
        assert result.changed and result.fixes and result.text == expected, name
        again = clean_text(result.text)
        assert not again.changed and again.text == result.text


def test_line_endings_and_bom_are_kept():
    text = "\ufeff" + BROKEN_EN.replace("\n", "\r\n")
    result = clean_text(text)
    assert result.changed
    assert result.text.startswith("\ufeff---\r\n") and "\n" not in result.text.replace("\r\n", "")
    assert result.text == "\ufeff" + clean_text(BROKEN_EN).text.replace("\n", "\r\n")
    assert result.fixes == clean_text(BROKEN_EN).fixes


def test_fixes_are_plain_data_in_the_json_report_shape():
    result = clean_text(BROKEN_EN)
    assert result.fixes and all(set(f) == {"rule", "action", "lines", "excerpt", "reason"} for f in result.fixes)
    assert json.loads(json.dumps(result.to_dict())) == result.to_dict()
    seam = next(f for f in result.fixes if f["reason"] == "seam marker")
    assert seam == {"rule": "seams", "action": "removed", "lines": [10, 10], "excerpt": "---END---", "reason": "seam marker"}


def test_config_uses_the_config_file_keys():
    broken = BROKEN_EN
    assert any(f["rule"] == "seams" for f in clean_text(broken).fixes)
    only_dedup = clean_text(broken, {"select": ["dedup"]})
    assert only_dedup.fixes and {f["rule"] for f in only_dedup.fixes} == {"dedup"}
    assert "---END---" in only_dedup.text
    nested = clean_text(broken, {"seams": {"markers": ["<<<CUT>>>"]}})  # rule table, prefix dropped
    assert "---END---" in nested.text
    assert clean_text(broken, {"min-dup-chars": 16}) == clean_text(broken, {"min_dup_chars": 16}) == clean_text(broken)


@pytest.mark.parametrize(
    "config, words",
    [
        ({"bogus": 1}, "unknown key 'bogus'"),
        ({"dedup": {"near-dup-ratio": "high"}}, "must be a number"),
        ({"select": ["nope"]}, "unknown rule 'nope'"),
        ({"markers": ["("]}, "not a valid regular expression"),
        (["ignore"], "must be a mapping"),
    ],
)
def test_a_bad_config_raises_a_clear_value_error(config, words):
    with pytest.raises(ConfigError) as info:
        clean_text(BROKEN_EN, config)
    assert isinstance(info.value, ValueError) and words in str(info.value)


def test_bad_posts_come_back_unchanged_with_an_error():
    refused = clean_text(REFUSED, name="drafts/a.md")
    assert refused == Result(REFUSED, False, [], refused.error)
    assert refused.error.startswith("drafts/a.md: line 3: YAML front matter:") and "python/object" in refused.error
    surrogate = clean_text("text \ud800 here\n")
    assert not surrogate.changed and "lone surrogate" in surrogate.error
    nul = clean_text("a\x00b\n")
    assert not nul.changed and "NUL" in nul.error
    with pytest.raises(TypeError):
        clean_text(b"bytes")  # type: ignore[arg-type]


def test_skip_is_reported():
    text = "---\ntitle: t\narticlefix: skip\n---\n\nA\n---END---\nA\n"
    result = clean_text(text)
    assert result == Result(text, False, [], "", "front matter says articlefix: skip")


def test_results_pickle_and_calls_share_no_state():
    first = clean_text(BROKEN_EN)
    clean_text(BROKEN_EN, {"ignore": ["seams", "dedup"]})  # settings must not leak into the next call
    assert clean_text(BROKEN_EN) == first
    assert pickle.loads(pickle.dumps(first)) == first


def _clean_fixture(name: str) -> Result:
    return clean_text((FIXTURES / name).read_text(encoding="utf-8"))


def test_a_multiprocessing_pool_gives_the_serial_results():
    serial = [_clean_fixture(name) for name in FIXTURE_NAMES]
    with multiprocessing.get_context("spawn").Pool(2) as pool:  # spawn: nothing inherited
        parallel = pool.map(_clean_fixture, FIXTURE_NAMES)
    assert parallel == serial


def test_importing_cleaner_stays_light():
    code = (
        "import sys, cleaner; heavy = ('cleaner.pipeline', 'cleaner.rules', 'cleaner.api', 'rich', 'yaml', 'rapidfuzz', 'ftfy', 'regex');"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'yaml', 'rapidfuzz', 'ftfy', 'regex') or m in heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    assert cleaner.clean_text is clean_text and "clean_text" in cleaner.__all__
    with pytest.raises(AttributeError):
        cleaner.no_such_name  # noqa: B018
