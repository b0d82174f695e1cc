"""What one ``articlefix`` command does once its arguments are parsed.

The arguments are parsed by Typer (``cli_typer.py``: every option, help and
usage errors) or, for the plain form a pre-commit hook and most users type -
posts and on/off flags - by ``fastargv.py``, which spares the run Typer's
start-up.  Both hand over the same ``Options``; this module prints with
``console.py`` and exits with a code, and never imports Typer.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from .config import Resolver
    from .console import Printer
    from .report import FileResult, Tally

# Everything else is imported where it is needed: `articlefix post.md` in a
# pre-commit hook is dominated by start-up, so a run pays only for the
# modules its path uses (no rich without a terminal, no process pool for
# one file, no report writers without --report).

EXIT_CLEAN, EXIT_FIXES_PENDING, EXIT_ERROR = 0, 1, 2


@dataclass(frozen=True)
class Options:
    """The command line, parsed (the defaults are those of no option given)."""

    paths: tuple[str, ...] = ()
    in_place: bool = False
    output: Optional[Path] = None
    out_dir: Optional[Path] = None
    check: bool = False
    diff: bool = False
    report: Optional[Path] = None
    exit_non_zero_on_fix: bool = False
    fail_on_no_article: bool = False
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    config: Optional[Path] = None
    jobs: Optional[int] = None
    no_cache: bool = False
    output_format: str = "text"
    quiet: bool = False
    verbose: bool = False
    no_color: bool = False
    list_rules: bool = False
    explain: Optional[str] = None


def run(o: Options) -> int:
    """Run the command; the exit code (0 clean, 1 fixes pending, 2 error)."""
    from .config import ConfigError, Resolver
    from .console import Printer, make_consoles

    out, err = make_consoles(o.no_color)

    if o.list_rules:
        from .pipeline import RULES

        width = max(len(rule.name) for rule in RULES)
        for rule in RULES:
            out.line((f"{rule.name:{width}}", "bold"), f"  {rule.summary}")
        return EXIT_CLEAN
    if o.explain:
        from .pipeline import RULES_BY_NAME

        rule = RULES_BY_NAME.get(o.explain)
        if rule is None:
            err.line(f"articlefix: error: unknown rule {o.explain!r} (see --list-rules)")
            return EXIT_ERROR
        out.line(rule.explanation)
        return EXIT_CLEAN

    paths = list(o.paths)
    check = o.check and not o.diff  # as black: --check --diff prints the diff and exits 1 on a change
    problem = _usage_problem(paths, o.in_place, o.output, o.out_dir, check, o.diff, o.output_format, o.jobs, o.quiet, o.verbose) or _report_problem(o.report, paths)
    cli_settings = {k: v for k, v in (("select", _names(o.select)), ("ignore", _names(o.ignore)), ("fail_on_no_article", o.fail_on_no_article)) if v}
    resolver = None
    if not problem:
        try:
            resolver = Resolver(o.config, cli_settings)
            resolver.settings_for(None)  # the command line's own rule names
        except ConfigError as exc:
            problem = str(exc)
    if problem:
        err.line(f"articlefix: error: {problem}")
        return EXIT_ERROR
    assert resolver is not None

    writing = "in-place" if o.in_place else "output" if (o.output or o.out_dir) else "none"
    review = _review_page(o.report)
    if paths == ["-"] or str(o.output) == "-":
        # stdin, or one post with "-o -": the fixed post goes to stdout, the rest to stderr
        printer = Printer(err, err, o.output_format, o.quiet, o.verbose, True, writing="none" if (check or o.diff) else "output", check=check, diff=o.diff)
        code = _run_to_stdout(paths[0], resolver, printer, o.diff, check, o.exit_non_zero_on_fix, review is not None)
        if o.report and printer.last and not _write_report(o.report, [printer.last], err, review):
            code = EXIT_ERROR
        return code

    from . import batch
    from .batch import EscapesOutDir, Task, mirror_target
    from .discovery import collect_paths, excluded_by_config
    from .report import FileResult, Tally
    from .runner import Mode

    skip = [p for p in (o.out_dir, o.report) if p is not None]
    try:
        files = collect_paths(paths, _names(o.exclude), skip)
        settings = [resolver.settings_for(f) for f in files]
        chosen = [(f, s) for f, s in zip(files, settings) if not excluded_by_config(f, s.exclude, resolver.root_for(f))]
        files, settings = [f for f, _ in chosen], [s for _, s in chosen]
    except ConfigError as exc:
        err.line(f"articlefix: error: {exc}")
        return EXIT_ERROR

    printer = Printer(out, err, o.output_format, o.quiet, o.verbose, detailed=len(files) == 1 and len(paths) == 1 and not Path(paths[0]).is_dir(),
                      writing=writing, check=check, diff=o.diff)
    # Each result is printed and counted as it arrives, then let go: a batch
    # of any size holds only the tally (and, for a report file, the results).
    tally = Tally()
    results: list[FileResult] = []
    fail_on = {str(path): s.fail_on_no_article for path, s in zip(files, settings)}

    def take(result: FileResult, target: str = "") -> None:
        printer.result(result, target=target)
        tally.add(result, fail_on.get(result.path, False))
        if o.report:
            results.append(result)

    # posts found clean before are not cleaned again - not when each post
    # must be written elsewhere or shown on a review page
    cache = None
    if not o.no_cache and writing != "output" and review is None:
        from .known_clean import KnownClean

        cache = KnownClean.open()
    tasks, targets = [], {}
    for path, file_settings in zip(files, settings):
        target = o.output
        if o.out_dir is not None:
            try:
                target = mirror_target(path, o.out_dir)
            except EscapesOutDir as exc:
                take(FileResult(str(path), error=str(exc)))
                continue
        targets[str(path)] = str(target) if target else ""
        tasks.append(Task(path, file_settings, Mode(write=writing, target=target, diff=o.diff, review=review is not None, stamp=cache is not None)))
    if not files:
        err.line("articlefix: warning: no posts found")

    with printer.progress(len(tasks)) as (advance, started):
        for result in batch.run(tasks, o.jobs or batch.default_jobs(), started, cache):
            if review is not None:
                review.add(result)  # its diff goes to a temporary file, not into memory
            advance()
            take(result, targets.get(result.path, "") if o.out_dir else "")
    printer.finish(tally)
    code = _exit_code(tally, writing=writing != "none", exit_non_zero_on_fix=o.exit_non_zero_on_fix)
    if o.report and not _write_report(o.report, results, err, review):
        code = EXIT_ERROR
    return code



def _names(values: tuple[str, ...]) -> tuple[str, ...]:
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
