"""The plain command line read without Typer (cleaner/fastargv.py) means
exactly what Typer makes of it, and everything else is left to Typer."""

from __future__ import annotations

import itertools

import pytest
from typer.testing import CliRunner

from cleaner import cli_typer, fastargv
from cleaner.command import Options

from .test_cli import BROKEN_EN, run, write


def typer_options(argv: list[str], monkeypatch) -> Options:
    """The Options the Typer app hands ``command.run`` for ``argv``."""
    seen: list[Options] = []

    def capture(options: Options) -> int:
        seen.append(options)
        return 0

    monkeypatch.setattr(cli_typer, "run", capture)
    result = CliRunner().invoke(cli_typer.app, argv)
    assert result.exit_code == 0, result.output
    (options,) = seen
    return options


SPELLINGS = sorted(fastargv.FLAGS)


@pytest.mark.parametrize("flag", SPELLINGS)
def test_every_flag_means_what_it_means_to_typer(flag, monkeypatch):
    for argv in (["post.md", flag], [flag, "a.md", "posts/"], ["a.md", flag, "b.md", flag]):
        fast = fastargv.parse(argv)
        assert fast is not None and fast == typer_options(argv, monkeypatch), argv


def test_flag_combinations_mean_what_they_mean_to_typer(monkeypatch):
    for first, second in itertools.combinations(SPELLINGS, 2):
        argv = [first, "posts/2026-01-01-x.md", second, "日本語.md"]
        assert fastargv.parse(argv) == typer_options(argv, monkeypatch), argv
    assert fastargv.parse(["a.md"]) == typer_options(["a.md"], monkeypatch) == Options(paths=("a.md",))


@pytest.mark.parametrize("argv", [
    [],  # Typer's usage message
    ["--check"],
    ["-"],  # stdin
    ["a.md", "--jobs", "2"], ["a.md", "--jobs=2"], ["a.md", "-j2"],
    ["a.md", "--report", "r.json"], ["a.md", "-o", "out.md"],
    ["a.md", "-iq"],  # combined short flags
    ["--", "-odd-name.md"],
    ["a.md", "--help"], ["--version"], ["--list-rules"],
    ["a.md", "--chek"],  # a typo: Typer says so
    ["a.md", ""],
])
def test_everything_else_is_left_to_typer(argv):
    assert fastargv.parse(argv) is None


def test_a_hook_run_and_a_typer_run_give_the_same_result(tmp_path):
    """The same post checked and fixed by the plain command line and by one
    Typer reads (``--jobs 1`` sends it there): same output, same file."""
    plain, typed = write(tmp_path / "a", "post.md", BROKEN_EN), write(tmp_path / "b", "post.md", BROKEN_EN)
    checks = run(plain, "--check"), run(typed, "--check", "--jobs", "1")
    assert [c.returncode for c in checks] == [1, 1]
    assert checks[0].stderr.replace(b"/a/", b"/b/") == checks[1].stderr
    fixes = run(plain, "-i"), run(typed, "-i", "--jobs", "1")
    assert [c.returncode for c in fixes] == [0, 0]
    assert plain.read_text(encoding="utf-8") == typed.read_text(encoding="utf-8") != BROKEN_EN
    unknown = run(plain, "--chek")
    assert unknown.returncode == 2 and b"No such option" in unknown.stderr
