"""Reports of what was fixed and why: text for people, JSON and Markdown files."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from . import __version__
from .fixes import Fix


def status(error: str, no_article: str, changed: bool, skipped: str) -> str:
    """One word per post: failed, no-article, changed, unchanged or skipped."""
    if error:
        return "failed"
    if no_article:
        return "no-article"
    if changed:
        return "changed"
    return "skipped" if skipped else "unchanged"


@dataclass
class FileResult:
    """What happened to one input."""

    path: str
    fixes: list[Fix] = field(default_factory=list)
    changed: bool = False
    written: bool = False
    error: str = ""
    skipped: str = ""
    #: why the post has no article (the agent's reply, quoted); the file was left as it was
    no_article: str = ""
    bytes_removed: int = 0
    diff: str = ""
    #: the cleaned text (not part of the report)
    output_text: str = field(default="", repr=False)
    #: diff data for the HTML review page, only when one was asked for
    #: (``review.py``; not part of the JSON report)
    review: dict | None = field(default=None, repr=False)
    #: a post found clean, for the cache (``known_clean.py``; not reported)
    stamp: tuple | None = field(default=None, repr=False)

    @property
    def status(self) -> str:
        return status(self.error, self.no_article, self.changed, self.skipped)

    @property
    def nothing_found(self) -> bool:
        """Nothing to fix and nothing to say: skipping the post next time
        prints and reports exactly what cleaning it would."""
        return not (self.error or self.changed or self.fixes or self.skipped or self.no_article)

    def to_dict(self) -> dict:
        d = {
            "path": self.path,
            "status": self.status,
            "changed": self.changed,
            "written": self.written,
            "fixes": [f.to_dict() for f in self.fixes],
        }
        if self.error:
            d["error"] = self.error
        if self.skipped:
            d["skipped"] = self.skipped
        if self.no_article:
            d["no_article"] = self.no_article
        d["bytes_removed"] = self.bytes_removed
        return d


@dataclass
class Tally:
    """The run's totals, kept as the results arrive: a batch of any size
    holds no more than this (the results themselves are kept only for a
    report file)."""

    files: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    no_article: int = 0
    bytes_removed: int = 0
    per_rule: Counter = field(default_factory=Counter)
    #: (path, reason) of each post with no article, for the summary's list
    no_article_posts: list[tuple[str, str]] = field(default_factory=list)
    #: no-article posts whose settings say that is a failure when writing
    no_article_failing: int = 0

    def add(self, r: FileResult, fail_on_no_article: bool = False) -> None:
        self.files += 1
        if r.error:  # also a post cleaned but not written: it counts as failed only
            self.failed += 1
            return
        self.per_rule.update(f.rule for f in r.fixes if f.changes_text)
        self.bytes_removed += r.bytes_removed
        if r.no_article:
            self.no_article += 1
            self.no_article_posts.append((r.path, r.no_article))
            self.no_article_failing += fail_on_no_article
        elif not r.changed:
            self.unchanged += 1
        self.changed += r.changed

    @classmethod
    def of(cls, results: list[FileResult]) -> "Tally":
        tally = cls()
        for r in results:
            tally.add(r)
        return tally

    def summary(self) -> dict:
        return {
            "files": self.files,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "no_article": self.no_article,
            "fixes": sum(self.per_rule.values()),
            "fixes_per_rule": dict(sorted(self.per_rule.items())),
            "bytes_removed": self.bytes_removed,
        }


def summary(results: list[FileResult]) -> dict:
    return Tally.of(results).summary()


class _Lazily(list):
    """A list for ``json.dump`` whose items are made as they are written
    (the report of a large batch is never built whole in memory)."""

    def __init__(self, items: list, make) -> None:
        super().__init__()
        self._items, self._make = items, make

    def __iter__(self):
        return (self._make(item) for item in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __bool__(self) -> bool:
        return bool(self._items)


def write_json(handle, results: list[FileResult]) -> None:
    """Write the JSON report (the same document as ``to_json``) to ``handle``."""
    document = {"tool": "articlefix", "version": __version__, "summary": summary(results),
                "files": _Lazily(results, FileResult.to_dict)}
    json.dump(document, handle, ensure_ascii=False, indent=2)
    handle.write("\n")


def to_json(results: list[FileResult]) -> str:
    return json.dumps(
        {"tool": "articlefix", "version": __version__, "summary": summary(results), "files": [r.to_dict() for r in results]},
        ensure_ascii=False,
        indent=2,
    ) + "\n"


def to_markdown(results: list[FileResult]) -> str:
    s = summary(results)
    out = [
        "# articlefix report",
        "",
        f"{s['files']} files: {s['changed']} changed, {s['unchanged']} unchanged, {s['failed']} failed; "
        f"{s['fixes']} fixes, {s['bytes_removed']} bytes removed.",
        "",
    ]
    if s["no_article"]:
        out += [f"## No article ({s['no_article']}): delete or regenerate these posts", ""]
        out += [f"- {r.path} — {r.no_article}" for r in results if r.status == "no-article"]
        out.append("")
    for r in results:
        if not (r.fixes or r.error):
            continue
        out.append(f"## {r.path}")
        out.append("")
        if r.error:
            out.append(f"**error:** {r.error}")
            out.append("")
            continue
        out.append("| rule | lines | action | text | reason |")
        out.append("|---|---|---|---|---|")
        for f in r.fixes:
            out.append(f"| {f.rule} | {f.line_label} | {f.action} | {_cell(f.excerpt)} | {_cell(f.reason)} |")
        out.append("")
    return "\n".join(out)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def fix_line(path: str, fix: Fix) -> str:
    """``path:LINES: rule action: reason — “excerpt”`` (one line, like a linter)."""
    return f"{path}:{fix.line_label}: {fix.rule} {fix.action}: {fix.reason} — “{fix.excerpt}”"


def no_article_line(path: str, reason: str) -> str:
    """``No article: path — reason`` (the file was left as it was)."""
    return f"No article: {path} — {reason}"


def no_article_entry(result: FileResult) -> dict:
    """A no-article post as an entry of ``--output-format json``."""
    return _file_entry(result, "no-article", "no-article", result.no_article)


def error_entry(result: FileResult) -> dict:
    """A post that could not be processed, as an entry of ``--output-format
    json``: a reader of the array sees every post that needs a look."""
    return _file_entry(result, "failed", "error", result.error)


def _file_entry(result: FileResult, status: str, rule: str, reason: str) -> dict:
    """A post left as it was, as an entry of the fix array: the keys of a fix
    (so that readers of the array keep working; ``action`` "kept": nothing
    changed) plus the file's ``status``."""
    return {"path": result.path, "status": status, "rule": rule, "action": "kept",
            "lines": [1, 1], "excerpt": "", "reason": reason}


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def github_line(path: str, fix: Fix) -> str:
    """A GitHub Actions workflow command: shown as an annotation on the line."""
    level = "notice" if fix.action == "kept" else "warning"
    message = _gh_data(f"{fix.action}: {fix.reason} — {fix.excerpt}")
    return (
        f"::{level} file={_gh_property(path)},line={fix.lines[0]},endLine={fix.lines[1]},"
        f"title={_gh_property('articlefix ' + fix.rule)}::{message}"
    )


def github_error(path: str, message: str) -> str:
    return f"::error file={_gh_property(path)},title=articlefix::{_gh_data(message)}"


def github_no_article(path: str, reason: str) -> str:
    return f"::error file={_gh_property(path)},line=1,title=articlefix no-article::{_gh_data('no article: ' + reason)}"
