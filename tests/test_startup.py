"""Start-up stays lean (issue 7): a pre-commit run on one post imports only
what its path needs, and compiled patterns are cached on disk.

The figures themselves (milliseconds, MB/s) are the benchmark's business
(bench/bench_speed.py); these tests pin the behaviour that makes them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import FIXTURES
from .test_cli import BROKEN_EN, CLEAN_JA

HEAVY = ("typer", "pydantic", "rich", "rapidfuzz", "ftfy", "multiprocessing", "concurrent.futures", "yaml", "tomllib", "cleaner.pipeline",
         "difflib", "tempfile")

PROBE = """
import json, sys
sys.argv = ["articlefix", *json.loads(sys.argv[1])]
from cleaner.cli import main
try:
    main()
except SystemExit as exc:
    code = exc.code
sys.stderr.write("\\nLOADED " + json.dumps(sorted(m for m in {heavy} if m in sys.modules)) + "\\n")
"""


def loaded_modules(args: list[str], cache_dir: Path) -> list[str]:
    """The heavy modules a real run of ``articlefix ARGS`` imported."""
    env = {**os.environ, "ARTICLEFIX_CACHE_DIR": str(cache_dir)}
    env.pop("FORCE_COLOR", None)
    # (run from the posts' folder, as in a blog's repository: this repository's
    # own pyproject.toml names articlefix and would be read as a config file)
    proc = subprocess.run([sys.executable, "-c", PROBE.format(heavy=repr(HEAVY)), json.dumps(args)],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, cwd=cache_dir.parent)
    line = [x for x in proc.stderr.splitlines() if x.startswith("LOADED ")]
    assert line, proc.stderr
    return json.loads(line[-1][len("LOADED "):])


def test_check_of_one_post_loads_no_rich_pool_fuzzy_matcher_or_yaml_library(tmp_path):
    post = tmp_path / "post.md"
    post.write_text(CLEAN_JA, encoding="utf-8")
    assert loaded_modules([str(post), "--check"], tmp_path / "cache") == ["cleaner.pipeline"]
    broken = tmp_path / "broken.md"
    broken.write_text(BROKEN_EN.replace("title:", "reading_time: 30\ntitle:"), encoding="utf-8")
    # fixing needs no colour, no pool, (no near-duplicates here) no rapidfuzz,
    # and, editing one-line front matter keys (a stale reading time), no PyYAML
    assert loaded_modules([str(broken), "--in-place"], tmp_path / "cache") == ["cleaner.pipeline"]
    assert "reading_time: 1\n" in broken.read_text(encoding="utf-8")


def test_front_matter_beyond_one_line_keys_is_read_by_pyyaml(tmp_path):
    post = tmp_path / "post.md"
    post.write_text(CLEAN_JA.replace("layout: post\n", "tags:\n  - 散歩\n  - 日記\n"), encoding="utf-8")
    assert loaded_modules([str(post), "--check"], tmp_path / "cache") == ["cleaner.pipeline", "yaml"]


def test_version_and_help_load_nothing_of_the_cleaner(tmp_path):
    for args in (["--version"], ["--help"]):
        assert loaded_modules(args, tmp_path / "cache") == ["difflib", "typer"]  # Typer's help; no pydantic, no rule
    listing = loaded_modules(["--list-rules"], tmp_path / "cache")
    assert "cleaner.pipeline" in listing and not {"rich", "rapidfuzz", "yaml", "multiprocessing"} & set(listing)


def test_the_plain_command_line_of_a_hook_does_not_start_typer(tmp_path):
    """Posts and on/off flags are read without Typer (cleaner/fastargv.py):
    Typer and the Pydantic models it builds for the first option it reads
    cost about as much as the rest of a one-post run."""
    post = tmp_path / "post.md"
    post.write_text(BROKEN_EN, encoding="utf-8")
    for args in ([str(post), "--check", "-q"], ["--diff", "--no-color", str(post)], [str(post), str(post), "-i", "--no-cache"]):
        assert not {"typer", "pydantic"} & set(loaded_modules(args, tmp_path / "cache")), args
    # an option with a value is Typer's, and Typer's validation stays in force
    assert {"typer", "pydantic"} <= set(loaded_modules([str(post), "--check", "--jobs", "1"], tmp_path / "cache"))


def test_diff_and_batch_load_what_they_need(tmp_path):
    for name in ("a.md", "b.md"):
        (tmp_path / "posts").mkdir(exist_ok=True)
        (tmp_path / "posts" / name).write_text(BROKEN_EN, encoding="utf-8")
    assert "rich" not in loaded_modules([str(tmp_path / "posts" / "a.md"), "--diff"], tmp_path / "cache")  # no terminal
    batch = loaded_modules([str(tmp_path / "posts"), "--check", "--jobs", "2"], tmp_path / "cache")
    assert "concurrent.futures" in batch and "rich" in batch  # the pool, and the summary table


def test_compiled_patterns_are_cached_and_a_bad_cache_is_ignored(tmp_path):
    cache = tmp_path / "cache"
    post = tmp_path / "post.md"
    post.write_text((FIXTURES / "ja-seams-and-monologue.md").read_text(encoding="utf-8"), encoding="utf-8")
    expected = (FIXTURES / "expected" / "ja-seams-and-monologue.md").read_text(encoding="utf-8")

    def run() -> str:
        out = tmp_path / "out.md"
        env = {**os.environ, "ARTICLEFIX_CACHE_DIR": str(cache)}
        subprocess.run([sys.executable, "-m", "cleaner", str(post), "-o", str(out)], check=True, env=env,
                       capture_output=True, stdin=subprocess.DEVNULL)
        return out.read_text(encoding="utf-8")

    assert run() == expected
    files = list(cache.glob("patterns-*.marshal"))
    assert len(files) == 1 and files[0].stat().st_size > 1000
    assert run() == expected  # from the cache: the same output
    files[0].write_bytes(b"\x00garbage")  # a broken cache: compiled anew, then rewritten
    assert run() == expected
    assert files[0].stat().st_size > 1000
    files[0].chmod(0o666)  # writable by others: not trusted, not read
    assert run() == expected


def test_the_pattern_cache_keeps_only_the_code_versions_used_last(tmp_path):
    """A cache that outlived its code would only grow: every past version's
    patterns read on every run."""
    cache = tmp_path / "cache"
    post = tmp_path / "post.md"
    post.write_text(BROKEN_EN, encoding="utf-8")
    env = {**os.environ, "ARTICLEFIX_CACHE_DIR": str(cache)}

    def run() -> None:
        subprocess.run([sys.executable, "-m", "cleaner", str(post), "--check"], env=env, capture_output=True, stdin=subprocess.DEVNULL)

    run()
    (current,) = cache.glob("patterns-*.marshal")
    for i in range(6):  # the files of six older versions
        old = cache / f"patterns-1-old{i}.marshal"
        old.write_bytes(current.read_bytes())
        os.utime(old, (1000 + i, 1000 + i))
    current.unlink()  # this version's patterns compiled anew and saved: the stale files go
    run()
    assert sorted(p.name for p in cache.glob("patterns-*.marshal")) == sorted(
        [current.name, "patterns-1-old5.marshal", "patterns-1-old4.marshal", "patterns-1-old3.marshal"])


def test_an_empty_cache_dir_setting_turns_the_cache_off(tmp_path):
    env = {**os.environ, "ARTICLEFIX_CACHE_DIR": "", "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    post = tmp_path / "post.md"
    post.write_text(BROKEN_EN, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "cleaner", str(post), "--check"], env=env, capture_output=True, stdin=subprocess.DEVNULL)
    assert not (tmp_path / "xdg").exists() and not (tmp_path / ".cache").exists()
