"""The command-line contract (issue 2): modes, streams and exit codes, run
through the installed console script and ``python -m cleaner`` on real files.

Also holds the small broken posts (our own words) the other CLI-level test
modules import.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.pipeline import RULES, clean_text

from .conftest import FIXTURES

# An English post: an agent's note, a seam with the cut sentence repeated, a
# repeated paragraph.
BROKEN_EN = """\
---
layout: post
title: "Why small libraries outlive big frameworks"
date: 2026-01-10 08:00:00 +0000
---

Small libraries tend to survive because they do one thing and their authors can keep that one thing working for a decade.

A framework, by contrast, has to follow every fashion of its ecosystem, and each fashion leaves behind a layer of code that nobody
---END---
A framework, by contrast, has to follow every fashion of its ecosystem, and each fashion leaves behind a layer of code that nobody wants to maintain.

Small libraries tend to survive because they do one thing and their authors can keep that one thing working for a decade.

In the end, the choice is about how much change a team is willing to absorb every year.
"""

# A Japanese post that needs nothing.
CLEAN_JA = """\
---
layout: post
title: "朝の散歩で考えたこと"
date: 2026-02-01 07:30:00 +0900
---

毎朝、川沿いの道を三十分ほど歩くようにしています。

歩いていると、机の前では出てこなかった考えが、ふと形になることがあります。

今朝は、去年書きかけたままの原稿の結末を思いつきました。
"""

SEED_FIXTURE = FIXTURES / "ja-seams-and-monologue.md"
ENV = {**os.environ, "NO_COLOR": "", "PYTHONIOENCODING": "utf-8"}
ENV.pop("NO_COLOR")


def fixed(text: str) -> str:
    return clean_text(text).text


def console_script() -> str:
    script = Path(sys.executable).with_name("articlefix")
    return str(script) if script.exists() else shutil.which("articlefix") or ""


def run(*args, cwd=None, stdin: bytes | None = None, env=None) -> subprocess.CompletedProcess:
    """``python -m cleaner ARGS`` as a real process; text output."""
    proc = subprocess.run(
        [sys.executable, "-m", "cleaner", *map(str, args)],
        cwd=cwd, input=stdin, capture_output=True, env=env or ENV, timeout=120,
    )
    proc.stdout_text = proc.stdout.decode("utf-8")  # type: ignore[attr-defined]
    proc.stderr_text = proc.stderr.decode("utf-8")  # type: ignore[attr-defined]
    return proc


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_broken_posts_are_broken_and_the_clean_one_is_clean():
    # the other tests rely on this
    assert fixed(BROKEN_EN) != BROKEN_EN and "---END---" not in fixed(BROKEN_EN)
    assert fixed(CLEAN_JA) == CLEAN_JA
    assert fixed(fixed(BROKEN_EN)) == fixed(BROKEN_EN)


# -- the installed console script -------------------------------------------------


def test_console_script_dry_run_prints_fixes_and_writes_nothing(tmp_path):
    script = console_script()
    if not script:
        pytest.skip("the articlefix console script is not installed beside this Python")
    post = write(tmp_path, "post.md", BROKEN_EN)
    before = post.stat().st_mtime_ns
    proc = subprocess.run([script, str(post)], capture_output=True, text=True, env=ENV)
    assert proc.returncode == 1, proc.stderr
    assert f"Would fix {post}" in proc.stdout
    assert f"{post}:10: seams removed: seam marker" in proc.stdout
    assert post.read_text(encoding="utf-8") == BROKEN_EN and post.stat().st_mtime_ns == before
    assert list(tmp_path.iterdir()) == [post]


def test_output_writes_the_fixed_post_and_prints_the_report(tmp_path):
    post = write(tmp_path, "post.md", BROKEN_EN)
    out = tmp_path / "sub" / "fixed.md"
    proc = run(post, "-o", out)
    assert proc.returncode == 0, proc.stderr_text
    assert out.read_text(encoding="utf-8") == fixed(BROKEN_EN)
    assert post.read_text(encoding="utf-8") == BROKEN_EN
    assert f"Fixed {post}" in proc.stdout_text and "seams removed: seam marker" in proc.stdout_text
    assert "1 file scanned: 1 fixed" in proc.stdout_text


def test_output_of_a_clean_post_is_a_byte_copy(tmp_path):
    post = tmp_path / "post.md"
    post.write_bytes(CLEAN_JA.replace("\n", "\r\n", 3).encode())  # mixed line endings
    out = tmp_path / "copy.md"
    assert run(post, "-o", out).returncode == 0
    assert out.read_bytes() == post.read_bytes()


def test_in_place_rewrites_and_says_what_and_why(tmp_path):
    post = write(tmp_path, "post.md", BROKEN_EN)
    proc = run(post, "--in-place")
    assert proc.returncode == 0, proc.stderr_text
    assert post.read_text(encoding="utf-8") == fixed(BROKEN_EN)
    assert f"Fixed {post}" in proc.stdout_text
    assert "dedup removed: duplicate of line" in proc.stdout_text
    again = run(post, "--in-place")
    assert again.returncode == 0 and "Fixed" not in again.stdout_text
    assert "0 fixed, 1 unchanged" in again.stdout_text


def test_exit_non_zero_on_fix(tmp_path):
    post = write(tmp_path, "post.md", BROKEN_EN)
    assert run(post, "-i", "--exit-non-zero-on-fix").returncode == 1
    assert post.read_text(encoding="utf-8") == fixed(BROKEN_EN)
    assert run(post, "-i", "--exit-non-zero-on-fix").returncode == 0


def test_diff_prints_a_plain_unified_diff_when_piped_and_writes_nothing(tmp_path):
    post = write(tmp_path, "post.md", BROKEN_EN)
    proc = run(post, "--diff")
    assert proc.returncode == 1
    assert proc.stdout_text.startswith(f"--- a/{post}\n+++ b/{post}\n@@ ")
    assert "\n----END---\n" in proc.stdout_text  # the marker line, removed
    assert "\x1b[" not in proc.stdout_text  # no colour when not a terminal
    assert post.read_text(encoding="utf-8") == BROKEN_EN
    clean = write(tmp_path, "clean.md", CLEAN_JA)
    proc = run(clean, "--diff")
    assert proc.returncode == 0 and proc.stdout_text == ""


def test_diff_applies_with_patch(tmp_path):
    if not shutil.which("patch"):
        pytest.skip("patch(1) is not installed")
    post = write(tmp_path, "post.md", BROKEN_EN)
    diff = run("post.md", "--diff", cwd=tmp_path).stdout
    subprocess.run(["patch", "-p1", "-s"], input=diff, cwd=tmp_path, check=True)
    assert post.read_text(encoding="utf-8") == fixed(BROKEN_EN)


def test_check_prints_only_the_files_that_would_change(tmp_path):
    broken = write(tmp_path, "a-broken.md", BROKEN_EN)
    clean = write(tmp_path, "b-clean.md", CLEAN_JA)
    proc = run(broken, clean, "--check")
    assert proc.returncode == 1
    assert proc.stdout_text == f"Would fix: {broken}\n"
    assert broken.read_text(encoding="utf-8") == BROKEN_EN
    proc = run(clean, "--check")
    assert proc.returncode == 0 and proc.stdout_text == ""


def test_stdin_to_stdout_with_the_report_on_stderr(tmp_path):
    proc = run("-", stdin=BROKEN_EN.encode())
    assert proc.returncode == 0
    assert proc.stdout_text == fixed(BROKEN_EN)
    assert "-:10: seams removed: seam marker" in proc.stderr_text
    clean = run("-", stdin=CLEAN_JA.encode())
    assert clean.returncode == 0 and clean.stdout == CLEAN_JA.encode()
    assert run("-", "--check", stdin=BROKEN_EN.encode()).returncode == 1
    diff = run("-", "--diff", stdin=BROKEN_EN.encode())
    assert diff.returncode == 1 and diff.stdout_text.startswith("--- a/-")


def test_output_dash_prints_the_fixed_post_to_stdout(tmp_path):
    # "-o -" is stdout (as for curl, tar, gcc), not a file named "-"
    post = tmp_path / "post.md"
    post.write_text(BROKEN_EN, encoding="utf-8")
    proc = run(post, "-o", "-", cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stdout_text == fixed(BROKEN_EN)
    assert "seams removed: seam marker" in proc.stderr_text
    assert not (tmp_path / "-").exists() and post.read_text(encoding="utf-8") == BROKEN_EN
    missing = run(tmp_path / "gone.md", "-o", "-", cwd=tmp_path)
    assert missing.returncode == 2 and "gone.md" in missing.stderr_text and "Traceback" not in missing.stderr_text


def test_stdin_keeps_crlf_and_bom():
    data = ("\ufeff" + BROKEN_EN).replace("\n", "\r\n").encode()
    proc = run("-", stdin=data)
    assert proc.stdout == ("\ufeff" + fixed(BROKEN_EN)).replace("\n", "\r\n").encode()


def test_stdin_that_is_not_utf8_is_one_line_and_exit_2():
    proc = run("-", stdin="日本語の本文です。".encode("shift_jis"))
    assert proc.returncode == 2 and proc.stdout == b""
    assert proc.stderr_text.startswith("articlefix: error: -: not UTF-8")
    assert "Traceback" not in proc.stderr_text


@pytest.mark.parametrize("suffix", [".json", ".md"])
def test_report_file(tmp_path, suffix):
    post = write(tmp_path, "post.md", BROKEN_EN)
    clean = write(tmp_path, "clean.md", CLEAN_JA)
    report = tmp_path / f"report{suffix}"
    proc = run(post, clean, "--report", report)
    assert proc.returncode == 1
    text = report.read_text(encoding="utf-8")
    if suffix == ".json":
        data = json.loads(text)
        assert data["summary"]["files"] == 2 and data["summary"]["changed"] == 1
        entry = next(f for f in data["files"] if f["path"] == str(post))
        assert entry["changed"] and not entry["written"]
        assert {"rule", "action", "lines", "excerpt", "reason"} <= set(entry["fixes"][0])
        assert any(f["reason"] == "seam marker" and f["lines"] == [10, 10] for f in entry["fixes"])
    else:
        assert text.startswith("# articlefix report\n\n2 files: 1 changed, 1 unchanged, 0 failed;")
        assert f"## {post}" in text and f"## {clean}" not in text
        assert "| seams | 10 | removed | ---END--- | seam marker |" in text


def test_report_from_stdin(tmp_path):
    report = tmp_path / "r.json"
    assert run("-", "--report", report, stdin=BROKEN_EN.encode()).returncode == 0
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["files"][0]["path"] == "-" and data["files"][0]["changed"]


def test_output_format_json_is_one_array_of_fixes(tmp_path):
    post = write(tmp_path, "post.md", BROKEN_EN)
    proc = run(post, "--output-format", "json")
    assert proc.returncode == 1
    fixes = json.loads(proc.stdout_text)
    assert fixes and all(f["path"] == str(post) for f in fixes)
    assert {f["rule"] for f in fixes} >= {"seams", "dedup"}


def test_output_format_json_names_the_posts_that_failed(tmp_path):
    post = write(tmp_path, "post.md", BROKEN_EN)
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe broken")
    proc = run(post, bad, "--output-format", "json")
    assert proc.returncode == 2
    entries = json.loads(proc.stdout_text)
    failed = [e for e in entries if e["status"] == "failed"]
    assert [(e["path"], e["rule"], e["action"]) for e in failed] == [(str(bad), "error", "kept")]
    assert "not UTF-8" in failed[0]["reason"]
    assert {e["path"] for e in entries if e["status"] == "changed"} == {str(post)}


def test_output_format_github_annotations(tmp_path):
    post = write(tmp_path, "a,b.md", BROKEN_EN)
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe broken")
    proc = run(post, bad, "--output-format", "github")
    assert proc.returncode == 2
    lines = proc.stdout_text.splitlines()
    assert any(line.startswith("::warning file=") and ",line=10,endLine=10,title=articlefix seams::removed: seam marker" in line for line in lines)
    assert all("a%2Cb.md" in line for line in lines if line.startswith("::warning"))
    assert any(line.startswith(f"::error file={bad},title=articlefix::{bad}: not UTF-8") for line in lines)


def test_select_and_ignore(tmp_path):
    post = write(tmp_path, "post.md", BROKEN_EN)
    only_seams = run(post, "--select", "seams", "--output-format", "json")
    assert {f["rule"] for f in json.loads(only_seams.stdout_text)} == {"seams"}
    no_seams = run(post, "--ignore", "seams,monologue", "--output-format", "json")
    rules = {f["rule"] for f in json.loads(no_seams.stdout_text)}
    assert "seams" not in rules and "dedup" in rules


def test_quiet_prints_only_errors_and_verbose_prints_every_fix(tmp_path):
    post = write(tmp_path, "posts/post.md", BROKEN_EN)
    write(tmp_path, "posts/other.md", BROKEN_EN)
    quiet = run(tmp_path / "posts", "-q")
    assert quiet.returncode == 1 and quiet.stdout_text == "" and quiet.stderr_text == ""
    folder = run(tmp_path / "posts")
    assert f"Would fix {post} (" in folder.stdout_text and "seam marker" not in folder.stdout_text
    verbose = run(tmp_path / "posts", "-v")
    assert f"{post}:10: seams removed: seam marker" in verbose.stdout_text


def test_no_color_and_NO_COLOR(tmp_path):
    post = write(tmp_path, "post.md", BROKEN_EN)
    forced = {**ENV, "FORCE_COLOR": "1", "TERM": "xterm-256color"}
    coloured = run(post, env=forced)
    assert "\x1b[" in coloured.stdout_text  # rich honours FORCE_COLOR ...
    assert "\x1b[" not in run(post, "--no-color", env=forced).stdout_text  # ... unless told not to
    assert "\x1b[" not in run(post, env={**forced, "NO_COLOR": "1"}).stdout_text


def test_list_rules_and_explain():
    runner = CliRunner()
    listing = runner.invoke(app, ["--list-rules"])
    assert listing.exit_code == 0
    names = [line.split()[0] for line in listing.stdout.splitlines() if line.strip()]
    assert names == [rule.name for rule in RULES] and {"monologue", "seams", "dedup", "title"} <= set(names)
    assert all(len(line.split(None, 1)) == 2 for line in listing.stdout.splitlines() if line.strip())
    explained = runner.invoke(app, ["--explain", "seams"])
    assert explained.exit_code == 0 and "END" in explained.stdout and len(explained.stdout.splitlines()) > 3
    unknown = runner.invoke(app, ["--explain", "nope"])
    assert unknown.exit_code == 2 and "unknown rule 'nope'" in unknown.stderr


def test_version():
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout_text.startswith("articlefix 0.")


@pytest.mark.parametrize(
    "args, message",
    [
        ([], "no paths given"),
        (["{post}", "-i", "-o", "x.md"], "exclude each other"),
        (["{post}", "--check", "-i"], "write nothing"),
        (["{post}", "--diff", "--out-dir", "o"], "write nothing"),
        (["{post}", "{post}", "-o", "x.md"], "--output takes exactly one input file"),
        (["-", "{post}"], "cannot be mixed"),
        (["{post}", "--output-format", "xml"], "--output-format must be"),
        (["{post}", "--jobs", "0"], "--jobs must be at least 1"),
        (["{post}", "-q", "-v"], "--quiet and --verbose"),
        (["{post}", "--select", "nosuchrule"], "unknown rule 'nosuchrule'"),
        (["{post}", "--config", "{missing}"], "no such config file"),
    ],
)
def test_usage_errors_exit_2_with_one_line_and_write_nothing(tmp_path, args, message):
    post = write(tmp_path, "post.md", BROKEN_EN)
    args = [a.format(post=post, missing=tmp_path / "none.toml") for a in args]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""
    assert post.read_text(encoding="utf-8") == BROKEN_EN and not (tmp_path / "x.md").exists()


def test_unknown_option_is_a_usage_error():
    proc = run("post.md", "--no-such-option")
    assert proc.returncode == 2 and "No such option" in proc.stderr_text


def test_the_project_fixture_through_the_cli(tmp_path):
    post = tmp_path / SEED_FIXTURE.name
    shutil.copyfile(SEED_FIXTURE, post)
    proc = run(post, "--in-place")
    assert proc.returncode == 0
    text = post.read_text(encoding="utf-8")
    assert "---END---" not in text and "I've drafted" not in text
    assert run(post, "--check").returncode == 0


def test_line_numbers_are_printed_as_numbers_not_emoji_codes(tmp_path):
    # rich turns ":100:" into an emoji unless told not to
    body = "".join(f"Paragraph number {i} says something of its own.\n\n" for i in range(47))
    post = write(tmp_path, "long.md", "---\ntitle: \"Long\"\n---\n\n" + body + "The last line.\n---END---\n")
    proc = run(str(post))
    assert f"{post}:100: seams removed" in proc.stdout_text, proc.stdout_text[-500:]
