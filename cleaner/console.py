"""Printing results: per-file lines, diffs, the summary table, the progress
bar, and the text / json / github diagnostic formats.  No cleaning here.

Streams: stdout carries what the user asked for (fix lines, the diff, the
names of files that would change, the JSON array); errors go to stderr.  In
``--check`` and ``--diff`` modes, and with json/github output, the summary
table goes to stderr so stdout stays exactly the asked-for output.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Iterator, Union

from .report import FileResult, Tally, fix_line, github_error, github_line, github_no_article, error_entry, no_article_entry, no_article_line

#: a piece of a line: plain text, or (text, rich style)
Part = Union[str, "tuple[str, str]"]


class Stream:
    """stdout or stderr.  Plain writes, unless colour is wanted on a
    terminal: only then (and for the batch summary table and progress bar)
    is rich imported - it costs more start-up time than a whole
    ``articlefix post.md --check`` of a short post."""

    def __init__(self, file: IO[str], color: bool):
        self.file = file
        self.is_terminal = _isatty(file)
        # FORCE_COLOR (force-color.org; rich honours it too) colours a pipe
        self.color = color and (self.is_terminal or bool(os.environ.get("FORCE_COLOR")))
        self._console = None

    def line(self, *parts: Part) -> None:
        if not self.color:
            self.file.write("".join(p if isinstance(p, str) else p[0] for p in parts) + "\n")
            return
        from rich.text import Text

        text = Text()
        for p in parts:
            text.append(*((p,) if isinstance(p, str) else p))
        self.console.print(text)

    def write(self, text: str) -> None:
        self.file.write(text)
        self.file.flush()

    @property
    def console(self):
        """A rich console on this stream (imported on first use)."""
        if self._console is None:
            from rich.console import Console

            plain = {} if self.color else {"color_system": None, "no_color": True}
            self._console = Console(file=self.file, highlight=False, emoji=False, soft_wrap=True, markup=False, **plain)
        return self._console


def _isatty(file: IO[str]) -> bool:
    try:
        return file.isatty()
    except (AttributeError, ValueError):
        return False


def make_consoles(no_color: bool) -> tuple[Stream, Stream]:
    color = not (no_color or os.environ.get("NO_COLOR"))
    return Stream(sys.stdout, color), Stream(sys.stderr, color)


def _rule_counts(result: FileResult) -> str:
    counts = Counter(f.rule for f in result.fixes if f.changes_text)
    return ", ".join(f"{rule} {n}" for rule, n in counts.items())


@dataclass
class Printer:
    """How one run prints.  ``out``: where diagnostics go (stderr when the
    fixed post itself goes to stdout); ``detailed``: print every fix (one
    input, or ``--verbose``) rather than one line per file."""

    out: Stream
    err: Stream
    fmt: str = "text"
    quiet: bool = False
    verbose: bool = False
    detailed: bool = True
    writing: str = "none"  # none | in-place | output
    check: bool = False
    diff: bool = False
    #: the last result (stdin runs keep it for ``--report``)
    last: FileResult | None = None

    def __post_init__(self) -> None:
        self._json: list[dict] = []

    # -- one file ---------------------------------------------------------
    def error(self, message: str) -> None:
        self.err.line((f"articlefix: error: {message}", "red"))

    def result(self, result: FileResult, target: str = "") -> None:
        if result.error:
            self.error(result.error)
            if self.fmt == "github":
                self.out.line(github_error(result.path, result.error))
            elif self.fmt == "json" and not self.diff:
                self._json.append(error_entry(result))
            return
        if result.no_article:
            self._no_article(result)
            return
        if self.diff:
            self._print_diff(result.diff)
            return
        if self.fmt == "json":
            if result.changed or self.verbose:
                self._json.extend({"path": result.path, "status": result.status, **f.to_dict()} for f in result.fixes)
            return
        if self.fmt == "github":
            if result.changed or self.verbose:
                for fix in result.fixes:
                    self.out.line(github_line(result.path, fix))
            return
        if self.check:
            if result.changed:
                self.out.line(f"Would fix: {result.path}")
            return
        if self.quiet or not (result.changed or (self.verbose and result.fixes)):
            return
        if result.changed:
            n = len([f for f in result.fixes if f.changes_text])
            verb = "Would fix" if self.writing == "none" else "Fixed"
            where = f" → {target}" if target else ""
            counts = f": {_rule_counts(result)}" if not self.detailed else ""
            self.out.line((f"{verb} {result.path}", "bold"), f"{where} ({n} fix{'es' if n != 1 else ''}{counts})")
        if self.detailed or self.verbose:
            for fix in result.fixes:
                self.out.line(fix_line(result.path, fix))

    def _no_article(self, result: FileResult) -> None:
        """A post with no article: a failure of that file, printed even with
        ``--quiet``; never part of a diff (stderr then)."""
        if self.fmt == "json":
            if not self.diff:
                self._json.append(no_article_entry(result))
            return
        if self.fmt == "github":
            self.out.line(github_no_article(result.path, result.no_article))
            return
        console = self.err if self.diff else self.out
        console.line((no_article_line(result.path, result.no_article), "yellow"))

    def _print_diff(self, text: str) -> None:
        if not text:
            return
        if self.out.color:
            from rich.syntax import Syntax

            self.out.console.print(Syntax(text, "diff", theme="ansi_dark", background_color="default"))
        else:
            self.out.write(text)

    # -- the end of the run -----------------------------------------------
    def finish(self, tally: Tally) -> None:
        if self.fmt == "json" and not self.diff:
            self.out.write(json.dumps(self._json, ensure_ascii=False, indent=2) + "\n")
        if self.quiet or not tally.files:
            return
        to_stdout = self.fmt == "text" and not (self.check or self.diff)
        console = self.out if to_stdout else self.err
        s = tally.summary()
        verb = "would be fixed" if self.writing == "none" else "fixed"
        if tally.files == 1:
            none = f", {s['no_article']} no article" if s["no_article"] else ""
            console.line(f"1 file scanned: {s['changed']} {verb}, {s['unchanged']} unchanged, {s['failed']} failed{none}.")
            return
        console.console.print(summary_table(s, verb))
        console.file.flush()
        if s["no_article"]:
            console.line((f"No article ({s['no_article']}): left as they were; delete or regenerate these posts", "yellow"))
            for path, reason in tally.no_article_posts:
                console.line(f"  {path} — {reason}")

    @contextmanager
    def progress(self, total: int) -> Iterator:
        """A progress bar on stderr for a run of several files, only on a
        terminal and never with ``--quiet``; yields ``advance()`` and
        ``start()`` (call once the worker processes exist)."""
        show = total > 1 and not self.quiet and self.err.is_terminal
        if not show:
            yield (lambda: None), (lambda: None)
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        console = Console(file=sys.stderr, no_color=not self.err.color, highlight=False, emoji=False, soft_wrap=True)
        bar = Progress(
            TextColumn("articlefix"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            redirect_stdout=sys.stdout.isatty(),
            redirect_stderr=True,
        )
        task = bar.add_task("posts", total=total)
        state = {"on": False}

        def start() -> None:
            if not state["on"]:
                bar.start()
                state["on"] = True

        try:
            yield (lambda: bar.advance(task)), start
        finally:
            if state["on"]:
                bar.stop()


def summary_table(s: dict, verb: str):
    from rich.table import Table

    table = Table(title="articlefix summary", show_header=False, title_justify="left", box=None, padding=(0, 2))
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("files scanned", str(s["files"]))
    table.add_row(verb, str(s["changed"]))
    table.add_row("unchanged", str(s["unchanged"]))
    table.add_row("failed", str(s["failed"]), style="red" if s["failed"] else None)
    table.add_row("no article", str(s["no_article"]), style="yellow" if s["no_article"] else None)
    table.add_row("fixes", str(s["fixes"]))
    for rule, n in s["fixes_per_rule"].items():
        table.add_row(f"  {rule}", str(n))
    table.add_row("bytes removed", str(s["bytes_removed"]))
    return table
