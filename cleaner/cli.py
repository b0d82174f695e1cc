"""Command line: parse arguments, schedule files, print.  No cleaning here."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.markup import escape

from . import __version__
from .discovery import collect_paths
from .pipeline import RULES, RULES_BY_NAME, UnknownRule, active_rules
from .report import FileResult, fix_line, github_line, summary, to_json, to_markdown
from .runner import Mode, process_bytes, process_file
from .settings import Settings

EXIT_CLEAN, EXIT_FIXES_PENDING, EXIT_ERROR = 0, 1, 2

app = typer.Typer(add_completion=False, rich_markup_mode=None, context_settings={"help_option_names": ["-h", "--help"]})


def _version(value: bool) -> None:
    if value:
        typer.echo(f"articlefix {__version__}")
        raise typer.Exit(EXIT_CLEAN)


@app.command()
def articlefix(
    paths: Optional[List[str]] = typer.Argument(None, help="Posts or folders to fix; '-' reads stdin and writes stdout."),
    in_place: bool = typer.Option(False, "--in-place", "-i", help="Rewrite the files (atomically)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the fixed post here (one input only)."),
    check: bool = typer.Option(False, "--check", help="Write nothing; list the files that would change; exit 1 if any."),
    diff: bool = typer.Option(False, "--diff", help="Write nothing; print a unified diff; exit 1 if any change."),
    report: Optional[Path] = typer.Option(None, "--report", help="Also write a report: .json or .md by the file name."),
    exit_non_zero_on_fix: bool = typer.Option(False, "--exit-non-zero-on-fix", help="Exit 1 when something was fixed, even when written."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Run only these rules (repeatable, or comma-separated)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Skip these rules (repeatable, or comma-separated)."),
    output_format: str = typer.Option("text", "--output-format", help="Diagnostics format: text, json or github."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors (and, with --check, the files that would change)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Print every fix, also when writing."),
    no_color: bool = typer.Option(False, "--no-color", help="No colour (NO_COLOR is honoured too)."),
    list_rules: bool = typer.Option(False, "--list-rules", help="List the rules and exit."),
    explain: Optional[str] = typer.Option(None, "--explain", metavar="RULE", help="Print a rule's documentation and exit."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Fix posts that LLM agents wrote and published broken: leaked monologue,
    ---END--- continuation seams, duplicated paragraphs and broken front matter.

    Without --in-place, -o or '-', nothing is written: the fixes are printed."""
    color = not (no_color or os.environ.get("NO_COLOR"))
    out = Console(no_color=not color, highlight=False, soft_wrap=True)
    err = Console(stderr=True, no_color=not color, highlight=False, soft_wrap=True)

    if list_rules:
        for rule in RULES:
            out.print(f"[bold]{rule.name:10}[/bold] {escape(rule.summary)}")
        raise typer.Exit(EXIT_CLEAN)
    if explain:
        rule = RULES_BY_NAME.get(explain)
        if rule is None:
            err.print(f"articlefix: unknown rule {explain!r} (see --list-rules)")
            raise typer.Exit(EXIT_ERROR)
        out.print(escape(rule.explanation))
        raise typer.Exit(EXIT_CLEAN)

    settings = Settings(select=_names(select), ignore=_names(ignore))
    problem = _usage_problem(paths or [], in_place, output, check, diff, output_format)
    if not problem:
        try:
            active_rules(settings)
        except UnknownRule as exc:
            problem = str(exc)
    if problem:
        err.print(f"articlefix: error: {escape(problem)}")
        raise typer.Exit(EXIT_ERROR)

    if paths == ["-"]:
        raise typer.Exit(_run_stdin(settings, diff, check, exit_non_zero_on_fix, output_format, quiet, verbose, err))

    mode = Mode(write="in-place" if in_place else "output" if output else "none", target=output, diff=diff)
    results: list[FileResult] = []
    for path in collect_paths(paths or []):
        result = process_file(path, settings, mode)
        results.append(result)
        _print_result(result, out, err, mode, check, quiet, verbose, output_format)
    if not results:
        err.print("articlefix: warning: no posts found")
    _print_summary(results, out, mode, check, quiet, output_format)
    if report:
        _write_report(report, results, err)
    raise typer.Exit(_exit_code(results, writing=mode.write != "none", exit_non_zero_on_fix=exit_non_zero_on_fix))


def _names(values: Optional[List[str]]) -> tuple[str, ...]:
    return tuple(n.strip() for v in values or [] for n in v.split(",") if n.strip())


def _usage_problem(paths: list[str], in_place: bool, output: Optional[Path], check: bool, diff: bool, fmt: str) -> str:
    if not paths:
        return "no paths given (try: articlefix post.md, or --help)"
    if fmt not in ("text", "json", "github"):
        return f"--output-format must be text, json or github, not {fmt!r}"
    if in_place and output:
        return "--in-place and --output exclude each other"
    if (check or diff) and (in_place or output):
        return "--check and --diff write nothing; drop --in-place/--output"
    if output and (len(paths) != 1 or paths == ["-"] or Path(paths[0]).is_dir()):
        return "--output takes exactly one input file"
    if "-" in paths and len(paths) > 1:
        return "'-' (stdin) cannot be mixed with other paths"
    return ""


def _run_stdin(settings: Settings, diff: bool, check: bool, exit_on_fix: bool, fmt: str, quiet: bool, verbose: bool, err: Console) -> int:
    result, data = process_bytes(sys.stdin.buffer.read(), "-", settings, diff=diff)
    if result.error:
        err.print(f"articlefix: error: {escape(result.error)}")
        return EXIT_ERROR
    if diff:
        sys.stdout.write(result.diff)
    elif not check:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    if not quiet:
        for fix in result.fixes:
            err.print(escape(_format_fix(result.path, fix, fmt)))
    if check or diff:
        return EXIT_FIXES_PENDING if result.changed else EXIT_CLEAN
    return EXIT_FIXES_PENDING if (exit_on_fix and result.changed) else EXIT_CLEAN


def _format_fix(path: str, fix, fmt: str) -> str:
    if fmt == "github":
        return github_line(path, fix)
    if fmt == "json":
        import json

        return json.dumps({"path": path, **fix.to_dict()}, ensure_ascii=False)
    return fix_line(path, fix)


def _print_result(result: FileResult, out: Console, err: Console, mode: Mode, check: bool, quiet: bool, verbose: bool, fmt: str) -> None:
    if result.error:
        err.print(f"articlefix: error: {escape(result.error)}", style="red")
        return
    if mode.diff:
        if result.diff:
            if out.is_terminal and not out.no_color:
                from rich.syntax import Syntax

                out.print(Syntax(result.diff, "diff", theme="ansi_dark", background_color="default"))
            else:
                sys.stdout.write(result.diff)
                sys.stdout.flush()
        return
    if check:
        if result.changed:
            out.print(f"Would fix: {escape(result.path)}")
        return
    if quiet or (fmt == "text" and mode.write != "none" and not verbose and not result.changed):
        return
    if fmt == "text" and not result.fixes:
        return
    if fmt == "text" and result.fixes:
        verb = "Fixed" if result.written or mode.write == "output" else "Would fix"
        out.print(f"[bold]{verb} {escape(result.path)}[/bold] ({len([f for f in result.fixes if f.changes_text])} fixes)")
    for fix in result.fixes:
        out.print(escape(_format_fix(result.path, fix, fmt)))


def _print_summary(results: list[FileResult], out: Console, mode: Mode, check: bool, quiet: bool, fmt: str) -> None:
    if quiet or fmt != "text" or mode.diff or not results:
        return
    s = summary(results)
    verb = "would be fixed" if mode.write == "none" else "fixed"
    out.print(f"{s['files']} file(s) scanned: {s['changed']} {verb}, {s['unchanged']} unchanged, {s['failed']} failed.")


def _write_report(path: Path, results: list[FileResult], err: Console) -> None:
    text = to_markdown(results) if path.suffix.lower() in (".md", ".markdown") else to_json(results)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        err.print(f"articlefix: error: cannot write report {path}: {exc.strerror or exc}")


def _exit_code(results: list[FileResult], writing: bool, exit_non_zero_on_fix: bool) -> int:
    if any(r.error for r in results):
        return EXIT_ERROR
    changed = any(r.changed for r in results)
    if not writing:
        return EXIT_FIXES_PENDING if changed else EXIT_CLEAN
    return EXIT_FIXES_PENDING if (changed and exit_non_zero_on_fix) else EXIT_CLEAN


def main() -> None:
    app(prog_name="articlefix")
