"""Command line: parse arguments, schedule files, print.  No cleaning here."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional

import typer

from . import __version__

if TYPE_CHECKING:
    from .config import Resolver
    from .console import Printer
    from .report import FileResult, Tally

# Everything else is imported where it is needed: `articlefix post.md` in a
# pre-commit hook is dominated by start-up, so a run pays only for the
# modules its path uses (no rich without a terminal, no process pool for
# one file, no report writers without --report).

EXIT_CLEAN, EXIT_FIXES_PENDING, EXIT_ERROR = 0, 1, 2

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
    from .config import ConfigError, Resolver
    from .console import Printer, make_consoles

    out, err = make_consoles(no_color)

    if list_rules:
        from .pipeline import RULES

        width = max(len(rule.name) for rule in RULES)
        for rule in RULES:
            out.line((f"{rule.name:{width}}", "bold"), f"  {rule.summary}")
        raise typer.Exit(EXIT_CLEAN)
    if explain:
        from .pipeline import RULES_BY_NAME

        rule = RULES_BY_NAME.get(explain)
        if rule is None:
            err.line(f"articlefix: error: unknown rule {explain!r} (see --list-rules)")
            raise typer.Exit(EXIT_ERROR)
        out.line(rule.explanation)
        raise typer.Exit(EXIT_CLEAN)

    paths = paths or []
    if check and diff:
        check = False  # as black: --check --diff prints the diff and exits 1 on a change
    problem = _usage_problem(paths, in_place, output, out_dir, check, diff, output_format, jobs, quiet, verbose) or _report_problem(report, paths)
    cli_settings = {k: v for k, v in (("select", _names(select)), ("ignore", _names(ignore)), ("fail_on_no_article", fail_on_no_article)) if v}
    resolver = None
    if not problem:
        try:
            resolver = Resolver(config, cli_settings)
            resolver.settings_for(None)  # the command line's own rule names
        except ConfigError as exc:
            problem = str(exc)
    if problem:
        err.line(f"articlefix: error: {problem}")
        raise typer.Exit(EXIT_ERROR)
    assert resolver is not None

    writing = "in-place" if in_place else "output" if (output or out_dir) else "none"
    review = _review_page(report)
    if paths == ["-"] or str(output) == "-":
        # stdin, or one post with "-o -": the fixed post goes to stdout, the rest to stderr
        printer = Printer(err, err, output_format, quiet, verbose, True, writing="none" if (check or diff) else "output", check=check, diff=diff)
        code = _run_to_stdout(paths[0], resolver, printer, diff, check, exit_non_zero_on_fix, review is not None)
        if report and printer.last and not _write_report(report, [printer.last], err, review):
            code = EXIT_ERROR
        raise typer.Exit(code)

    from . import batch
    from .batch import EscapesOutDir, Task, mirror_target
    from .discovery import collect_paths, excluded_by_config
    from .report import FileResult, Tally
    from .runner import Mode

    skip = [p for p in (out_dir, report) if p is not None]
    try:
        files = collect_paths(paths, _names(exclude), skip)
        settings = [resolver.settings_for(f) for f in files]
        chosen = [(f, s) for f, s in zip(files, settings) if not excluded_by_config(f, s.exclude, resolver.root_for(f))]
        files, settings = [f for f, _ in chosen], [s for _, s in chosen]
    except ConfigError as exc:
        err.line(f"articlefix: error: {exc}")
        raise typer.Exit(EXIT_ERROR)

    printer = Printer(out, err, output_format, quiet, verbose, detailed=len(files) == 1 and len(paths) == 1 and not Path(paths[0]).is_dir(),
                      writing=writing, check=check, diff=diff)
    # Each result is printed and counted as it arrives, then let go: a batch
    # of any size holds only the tally (and, for a report file, the results).
    tally = Tally()
    results: list[FileResult] = []
    fail_on = {str(path): s.fail_on_no_article for path, s in zip(files, settings)}

    def take(result: FileResult, target: str = "") -> None:
        printer.result(result, target=target)
        tally.add(result, fail_on.get(result.path, False))
        if report:
            results.append(result)

    # posts found clean before are not cleaned again - not when each post
    # must be written elsewhere or shown on a review page
    cache = None
    if not no_cache and writing != "output" and review is None:
        from .known_clean import KnownClean

        cache = KnownClean.open()
    tasks, targets = [], {}
    for path, file_settings in zip(files, settings):
        target = output
        if out_dir is not None:
            try:
                target = mirror_target(path, out_dir)
            except EscapesOutDir as exc:
                take(FileResult(str(path), error=str(exc)))
                continue
        targets[str(path)] = str(target) if target else ""
        tasks.append(Task(path, file_settings, Mode(write=writing, target=target, diff=diff, review=review is not None, stamp=cache is not None)))
    if not files:
        err.line("articlefix: warning: no posts found")

    with printer.progress(len(tasks)) as (advance, started):
        for result in batch.run(tasks, jobs or batch.default_jobs(), started, cache):
            if review is not None:
                review.add(result)  # its diff goes to a temporary file, not into memory
            advance()
            take(result, targets.get(result.path, "") if out_dir else "")
    printer.finish(tally)
    code = _exit_code(tally, writing=writing != "none", exit_non_zero_on_fix=exit_non_zero_on_fix)
    if report and not _write_report(report, results, err, review):
        code = EXIT_ERROR
    raise typer.Exit(code)


def _names(values: Optional[List[str]]) -> tuple[str, ...]:
    return tuple(n.strip() for v in values or [] for n in v.split(",") if n.strip())


def _usage_problem(paths: list[str], in_place: bool, output: Optional[Path], out_dir: Optional[Path], check: bool, diff: bool,
                   fmt: str, jobs: Optional[int], quiet: bool, verbose: bool) -> str:
    if not paths:
        return "no paths given (try: articlefix post.md, or --help)"
    if fmt not in ("text", "json", "github"):
        return f"--output-format must be text, json or github, not {fmt!r}"
    if sum(map(bool, (in_place, output, out_dir))) > 1:
        return "--in-place, --output and --out-dir exclude each other"
    if (check or diff) and (in_place or output or out_dir):
        return "--check and --diff write nothing; drop --in-place/--output/--out-dir"
    if quiet and verbose:
        return "--quiet and --verbose exclude each other"
    if jobs is not None and jobs < 1:
        return f"--jobs must be at least 1, not {jobs}"
    if output and (len(paths) != 1 or paths == ["-"] or Path(paths[0]).is_dir()):
        return "--output takes exactly one input file"
    if "-" in paths and len(paths) > 1:
        return "'-' (stdin) cannot be mixed with other paths"
    if "-" in paths and (in_place or out_dir):
        return "'-' (stdin) writes to stdout; drop --in-place/--out-dir"
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        return f"--out-dir {out_dir} is not a folder"
    if out_dir is not None and os.path.realpath(out_dir) == os.path.realpath(os.getcwd()):
        # every post would be mirrored onto itself (and, as the output
        # folder, left out of the run: "no posts found", exit 0)
        return f"--out-dir {out_dir} is the current folder: the fixed posts would land on the originals (use --in-place)"
    if output is not None and output.is_dir():
        return f"--output {output} is a folder (use --out-dir to write under a folder)"
    return ""


def _report_problem(report: Optional[Path], paths: list[str]) -> str:
    """A --report that cannot be written, or that would overwrite a post,
    is refused before any file is touched: the report used to be written
    over an input post (``articlefix post.md --report post.md``: the post
    was left out as "the report" and replaced by it), and a missing folder
    was found only after a whole batch had been written."""
    if report is None:
        return ""
    if report.is_dir():
        return f"--report {report} is a folder; give a file name (.json, .md or .html)"
    folder = report.parent
    if not folder.is_dir():
        return f"--report {report}: no such folder {folder}"
    if report.exists():
        real = os.path.realpath(report)
        if any(p != "-" and os.path.realpath(p) == real for p in paths):
            return f"--report {report} is one of the posts to fix; give another file name"
        if report.suffix.lower() in (".md", ".markdown") and not _is_markdown_report(report):
            return f"--report {report} exists and is not an articlefix report (a post?); refusing to overwrite it"
    return ""


def _is_markdown_report(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(64)
    except OSError:
        return False
    return not head or head.startswith(b"# articlefix report")


def _run_to_stdout(source: str, resolver: Resolver, printer: Printer, diff: bool, check: bool, exit_on_fix: bool, review: bool = False) -> int:
    """Clean stdin (``source`` "-") or one post, and print it."""
    from .patterns import save_cache
    from .runner import process_bytes

    if source == "-":
        settings, data = resolver.settings_for(None), sys.stdin.buffer.read()
    else:
        settings = resolver.settings_for(Path(source))
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            printer.error(f"{source}: cannot read ({exc.strerror or exc})")
            return EXIT_ERROR
    result, data = process_bytes(data, source, settings, diff=diff, review=review)
    save_cache()
    printer.last = result
    if result.error:
        printer.error(result.error)
        return EXIT_ERROR
    if diff:
        sys.stdout.write(result.diff)
        sys.stdout.flush()
    elif not check:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    printer.diff = False
    printer.result(result)
    from .report import Tally

    printer.finish(Tally.of([result]))
    if check or diff:
        return EXIT_FIXES_PENDING if (result.changed or result.no_article) else EXIT_CLEAN
    if result.no_article and settings.fail_on_no_article:
        return EXIT_FIXES_PENDING
    return EXIT_FIXES_PENDING if (exit_on_fix and result.changed) else EXIT_CLEAN


def _review_page(report: Optional[Path]):
    """A collector for the HTML review page when ``--report`` names one."""
    if report is None or report.suffix.lower() not in (".html", ".htm"):
        return None
    from .report_html import ReviewPage

    return ReviewPage()


def _write_report(path: Path, results: list[FileResult], err, review=None) -> bool:
    from .report import to_markdown, write_json

    try:
        if review is not None:
            review.write(path, results)
        elif path.suffix.lower() in (".md", ".markdown"):
            path.write_text(to_markdown(results), encoding="utf-8")
        else:
            with open(path, "w", encoding="utf-8") as handle:
                write_json(handle, results)
    except OSError as exc:
        err.line(f"articlefix: error: cannot write report {path}: {exc.strerror or exc}")
        return False
    return True


def _exit_code(tally: Tally, writing: bool, exit_non_zero_on_fix: bool) -> int:
    """2 for any error; 1 for pending fixes or a post with no article (a
    failure of that file: in a dry run always, when writing only with
    --fail-on-no-article / ``fail-on-no-article``, see the README)."""
    if tally.failed:
        return EXIT_ERROR
    if not writing:
        return EXIT_FIXES_PENDING if (tally.changed or tally.no_article) else EXIT_CLEAN
    if tally.no_article_failing:
        return EXIT_FIXES_PENDING
    return EXIT_FIXES_PENDING if (tally.changed and exit_non_zero_on_fix) else EXIT_CLEAN


def main() -> None:
    try:
        app(prog_name="articlefix")
    except KeyboardInterrupt:  # pragma: no cover - interactive
        sys.stderr.write("articlefix: interrupted\n")
        raise SystemExit(130)
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(EXIT_FIXES_PENDING)
