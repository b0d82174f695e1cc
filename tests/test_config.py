"""Configuration: files found by walking up, --config, CLI precedence, every
Settings field reachable, unknown keys refused; inline escape hatches."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.config import ConfigError, Resolver, to_overrides
from cleaner.settings import Settings

from .test_cli import BROKEN_EN, fixed, run, write

# A post cut with a custom marker the defaults do not know.
CUSTOM_MARKER = """\
---
title: "Notes on a long train ride"
---

The train left the coast before sunrise, and the first hour passed in a quiet grey light.

<<<CUT>>>

By noon the mountains had come close enough to fill the whole window.
"""


def invoke(*args, cwd: Path):
    import os

    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(app, [str(a) for a in args])
    finally:
        os.chdir(old)


def test_every_settings_field_is_configurable_in_kebab_or_snake_case():
    samples = {bool: True, int: 3, float: 50.0, str: "keep", tuple: ["x+"], dict: {"a": 1}}
    for f in dataclasses.fields(Settings):
        default = f.default if f.default is not dataclasses.MISSING else f.default_factory()  # type: ignore[misc]
        value = samples[type(default)]
        if f.name in ("select", "ignore"):
            value = ["seams"]
        if f.name == "monologue_strictness":
            value = 1
        for key in (f.name, f.name.replace("_", "-")):
            assert f.name in to_overrides({key: value}), key


def test_rule_tables_and_their_short_names():
    table = {"dedup": {"min-dup-chars": 30}, "monologue": {"strictness": 3}, "title": {"title_line": "heading"}, "seams": {"markers": "@@@"}}
    assert to_overrides(table) == {"min_dup_chars": 30, "monologue_strictness": 3, "title_line": "heading", "markers": ("@@@",)}


@pytest.mark.parametrize(
    "table, message",
    [
        ({"min-dup-char": 3}, "unknown key 'min-dup-char'"),
        ({"dedup": {"nope": 1}}, "unknown key 'nope' in table 'dedup'"),
        ({"min-dup-chars": "ten"}, "min-dup-chars must be an integer"),
        ({"min-dup-chars": -1}, "must not be negative"),
        ({"trim-unfinished-tail": 1}, "must be true or false"),
        ({"title-line": "drop"}, "must be one of keep, remove, heading"),
        ({"monologue": {"strictness": 9}}, "must be between 1 and 3"),
        ({"markers": ["(unclosed"]}, "is not a valid regular expression"),
        ({"excerpt-boilerplate": [1]}, "must be a list of strings"),
        ({"exclude": 3}, "exclude must be a list of strings"),
    ],
)
def test_bad_values_are_refused(table, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        to_overrides(table, "x.toml: ")


def test_exclude_in_the_config_leaves_posts_out_also_when_named(tmp_path):
    # globs, not regular expressions ("2019-*" is no valid regex); one with
    # a "/" is relative to the config file's folder, wherever the run starts
    (tmp_path / "pyproject.toml").write_text('[tool.articlefix]\nexclude = ["drafts", "_posts/2019-*"]\n', encoding="utf-8")
    kept = write(tmp_path, "_posts/2026-01-01-a.md", BROKEN_EN)
    draft = write(tmp_path, "_posts/drafts/b.md", BROKEN_EN)
    old = write(tmp_path, "_posts/2019-05-01-c.md", BROKEN_EN)
    elsewhere = write(tmp_path, "notes/2019-06-01-d.md", BROKEN_EN)  # not under _posts/
    result = invoke("_posts", "notes", "-i", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert kept.read_text(encoding="utf-8") == fixed(BROKEN_EN) == elsewhere.read_text(encoding="utf-8")
    assert draft.read_text(encoding="utf-8") == BROKEN_EN == old.read_text(encoding="utf-8")
    # from inside the posts folder, and naming the files (as pre-commit does)
    write(tmp_path, "_posts/2026-01-01-a.md", BROKEN_EN)
    result = invoke(".", "-i", cwd=tmp_path / "_posts")
    assert result.exit_code == 0 and kept.read_text(encoding="utf-8") == fixed(BROKEN_EN)
    assert old.read_text(encoding="utf-8") == BROKEN_EN
    result = invoke("drafts/b.md", "2019-05-01-c.md", "-i", cwd=tmp_path / "_posts")
    assert result.exit_code == 0 and "no posts found" in result.output
    assert draft.read_text(encoding="utf-8") == BROKEN_EN == old.read_text(encoding="utf-8")


def test_nearest_config_file_wins_and_pyproject_needs_the_table(tmp_path):
    write(tmp_path, ".articlefix.toml", "min-dup-chars = 11\n")
    write(tmp_path, "site/pyproject.toml", "[project]\nname = 'x'\n")  # no [tool.articlefix]: skipped
    write(tmp_path, "site/blog/pyproject.toml", "[tool.articlefix]\nmin-dup-chars = 22\n[tool.articlefix.dedup]\nnear-dup-ratio = 80\n")
    resolver = Resolver(cwd=tmp_path)
    assert resolver.settings_for(Path("site/post.md")).min_dup_chars == 11
    deep = resolver.settings_for(tmp_path / "site/blog/2026/post.md")
    assert deep.min_dup_chars == 22 and deep.near_dup_ratio == 80.0
    assert resolver.config_for(Path("site/blog/2026/post.md")) == tmp_path / "site/blog/pyproject.toml"
    # another project's pyproject.toml is not ours to judge: even broken TOML is
    # passed over when it never names articlefix; one that does must parse
    write(tmp_path, "site/pyproject.toml", "[project\nname = \n")
    assert Resolver(cwd=tmp_path).settings_for(Path("site/post.md")).min_dup_chars == 11
    write(tmp_path, "site/pyproject.toml", "[tool.articlefix\nmin-dup-chars = 3\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        Resolver(cwd=tmp_path).settings_for(Path("site/post.md"))
    # --config replaces the search; command-line options override the file
    explicit = Resolver(tmp_path / ".articlefix.toml", {"select": ("seams",)}, cwd=tmp_path)
    chosen = explicit.settings_for(Path("site/blog/post.md"))
    assert chosen.min_dup_chars == 11 and chosen.select == ("seams",)


def test_config_changes_what_the_cli_does(tmp_path):
    post = write(tmp_path, "blog/post.md", CUSTOM_MARKER)
    assert run(post, "--check").returncode == 0  # the marker is unknown by default
    write(tmp_path, "blog/.articlefix.toml", '[seams]\nmarkers = ["<<<CUT>>>"]\n')
    proc = run(post, "-i")
    assert proc.returncode == 0 and "seams removed: seam marker" in proc.stdout_text
    assert "<<<CUT>>>" not in post.read_text(encoding="utf-8")


def test_cli_select_overrides_the_file_select(tmp_path):
    post = write(tmp_path, "post.md", BROKEN_EN)
    write(tmp_path, "pyproject.toml", '[tool.articlefix]\nselect = ["title"]\n')
    assert run(post, "--check", cwd=tmp_path).returncode == 0  # title finds nothing here
    proc = run(post, "--check", "--select", "seams", cwd=tmp_path)
    assert proc.returncode == 1


def test_explicit_config_file(tmp_path):
    post = write(tmp_path, "post.md", CUSTOM_MARKER)
    cfg = write(tmp_path, "conf/custom.toml", 'markers = ["<<<CUT>>>"]\n')
    assert run(post, "--check", "--config", cfg).returncode == 1
    assert run(post, "--check").returncode == 0


def test_a_bad_config_is_one_line_exit_2_and_nothing_written(tmp_path):
    post = write(tmp_path, "posts/post.md", BROKEN_EN)
    cfg = write(tmp_path, "posts/.articlefix.toml", "[dedup]\nmin-dup-chars = 10\nthreshold = 3\n")
    result = invoke("posts", "-i", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"articlefix: error: {cfg.resolve()}: unknown key 'threshold' in table 'dedup' (known keys: {', '.join(sorted(f.name.replace('_', '-') for f in dataclasses.fields(Settings)))})"
    assert post.read_text(encoding="utf-8") == BROKEN_EN
    cfg.write_text("min-dup-chars = \n")
    result = invoke("posts", "-i", cwd=tmp_path)
    assert result.exit_code == 2 and "not valid TOML" in result.stderr and len(result.stderr.splitlines()) == 1
    cfg.write_text('select = ["nosuch"]\n')
    result = invoke("posts", "-i", cwd=tmp_path)
    assert result.exit_code == 2 and "unknown rule 'nosuch'" in result.stderr


# -- escape hatches inside a post -----------------------------------------------------

REGION = """\
---
title: "A quoted transcript"
---

Our interview ran for two hours, and most of it was about how the team works.

<!-- articlefix: off -->
Our interview ran for two hours, and most of it was about how the team works.
---END---
<!-- articlefix: on -->

Our interview ran for two hours, and most of it was about how the team works.
"""


def test_off_on_region_is_left_exactly_as_it_is(tmp_path):
    post = write(tmp_path, "post.md", REGION)
    proc = run(post, "-i")
    assert proc.returncode == 0
    text = post.read_text(encoding="utf-8")
    start, end = text.index("<!-- articlefix: off -->"), text.index("<!-- articlefix: on -->")
    assert text[start:end] == REGION[REGION.index("<!-- articlefix: off -->") : REGION.index("<!-- articlefix: on -->")]
    assert text.count("Our interview ran for two hours") == 2  # the copy outside the region went
    assert text.rstrip().endswith("<!-- articlefix: on -->")


def test_skip_in_front_matter_leaves_the_whole_file(tmp_path):
    skipped = BROKEN_EN.replace('date: 2026-01-10 08:00:00 +0000\n', 'date: 2026-01-10 08:00:00 +0000\narticlefix: skip\n')
    post = write(tmp_path, "post.md", skipped)
    assert run(post, "--check").returncode == 0
    assert run(post, "-i").returncode == 0 and post.read_text(encoding="utf-8") == skipped
    assert fixed(skipped) == skipped


def test_the_readme_example_config_is_valid(tmp_path):
    import re

    from cleaner.config import read_config_file

    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", readme, re.S).group(1)
    cfg = write(tmp_path, "pyproject.toml", example)
    overrides = read_config_file(cfg)
    assert overrides["title_line"] == "keep" and overrides["monologue_strictness"] == 2
    assert "<<<CUT>>>" in overrides["markers"] and overrides["ignore"] == ("title",)
