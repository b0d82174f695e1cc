"""The command line as Typer declares it: every option, ``--help``, usage
errors.  ``cli.main`` comes here for any command line ``fastargv`` does not
take; the command itself is ``command.run``."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .command import EXIT_CLEAN, Options, run

app = typer.Typer(add_completion=False, rich_markup_mode=None, context_settings={"help_option_names": ["-h", "--help"]})


def _version(value: bool) -> None:
    if value:
        typer.echo(f"articlefix {__version__}")
        raise typer.Exit(EXIT_CLEAN)


@app.command()
def articlefix(
    paths: Optional[List[str]] = typer.Argument(None, help="Posts, folders (searched for *.md / *.markdown) or globs; '-' reads stdin and writes stdout."),
    in_place: bool = typer.Option(False, "--in-place", "-i", help="Rewrite the files (atomically; untouched when nothing to fix)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the fixed post here (one input only)."),
    out_dir: Optional[Path] = typer.Option(None, "--out-dir", help="Write the fixed posts under DIR, mirroring the input paths."),
    check: bool = typer.Option(False, "--check", help="Write nothing; list the files that would change; exit 1 if any."),
    diff: bool = typer.Option(False, "--diff", help="Write nothing; print a unified diff; exit 1 if any change."),
    report: Optional[Path] = typer.Option(None, "--report", help="Also write a report: .json, .md or .html (a review page) by the file name."),
    exit_non_zero_on_fix: bool = typer.Option(False, "--exit-non-zero-on-fix", help="Exit 1 when something was fixed, even when written."),
    fail_on_no_article: bool = typer.Option(False, "--fail-on-no-article", help="Exit 1 when a post has no article (only the agent's reply), also when writing."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Run only these rules (repeatable, or comma-separated)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Skip these rules (repeatable, or comma-separated)."),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", help="Leave out paths matching this glob (repeatable, or comma-separated)."),
    config: Optional[Path] = typer.Option(None, "--config", help="Use this config file (.articlefix.toml or pyproject.toml) instead of searching."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes (default: the number of cores; at most twice that)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Clean every post, also those a previous run found clean."),
    output_format: str = typer.Option("text", "--output-format", help="Diagnostics format: text, json or github."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors (and, with --check, the files that would change)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Print every fix of every file, also notes on unchanged files."),
    no_color: bool = typer.Option(False, "--no-color", help="No colour (NO_COLOR is honoured too)."),
    list_rules: bool = typer.Option(False, "--list-rules", help="List the rules and exit."),
    explain: Optional[str] = typer.Option(None, "--explain", metavar="RULE", help="Print a rule's documentation and exit."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Fix posts that LLM agents wrote and published broken: leaked monologue,
    ---END--- continuation seams, duplicated paragraphs and broken front matter.

    Without --in-place, -o, --out-dir or '-', nothing is written: the fixes are printed."""
    raise typer.Exit(run(Options(
        paths=tuple(paths or ()), in_place=in_place, output=output, out_dir=out_dir, check=check, diff=diff, report=report,
        exit_non_zero_on_fix=exit_non_zero_on_fix, fail_on_no_article=fail_on_no_article, select=tuple(select or ()),
        ignore=tuple(ignore or ()), exclude=tuple(exclude or ()), config=config, jobs=jobs, no_cache=no_cache,
        output_format=output_format, quiet=quiet, verbose=verbose, no_color=no_color, list_rules=list_rules, explain=explain)))
