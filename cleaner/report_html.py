"""The HTML review page (``--report review.html``): one self-contained file
(no network, no external scripts, styles or fonts) to review a batch run
file by file.

It is built from the same data as the JSON report (``FileResult.to_dict()``
and ``summary()``) plus, per file, the compact diff that the worker computed
(``review.py``).  To keep a run over thousands of posts small in memory, each
file's data is written to a temporary file as soon as its result arrives
(``ReviewPage.add``) and dropped; the page is assembled at the end
(``ReviewPage.write``).

Layout of the page: the summary and the bar chart of fixes per rule, and the
failed / no-article files, are plain HTML (shown at once, even without
script); the file list is an index in a ``<script type="application/json">``
block, and each file's diff a block of its own that the page's script parses
and renders only when the file is opened, so 2,000 posts open as fast as 20.
All post text is escaped: in HTML by ``html.escape``, in the JSON blocks by
``\\u003c``-style escapes (so ``</script>`` in a post cannot end the block), and
the script builds the DOM with ``textContent`` only.  A Content-Security-Policy
allows only this page's own inline script and style (by hash).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import shutil
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import IO

from . import __version__
from .report import FileResult, summary
from .report_html_assets import CSS, JS, RULE_COLOURS, RULE_GROUPS

_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def script_json(value) -> str:
    """JSON that is safe inside ``<script type="application/json">``."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)


def status_of(result: FileResult, d: dict | None = None) -> str:
    """``status`` as the JSON report has it; derived when it has none."""
    d = d if d is not None else result.to_dict()
    if d.get("status"):
        return d["status"]
    if result.error:
        return "failed"
    if getattr(result, "no_article", ""):
        return "no-article"
    if result.skipped:
        return "skipped"
    return "changed" if result.changed else "unchanged"


class ReviewPage:
    """Collects the files of a run and writes the page at the end."""

    def __init__(self, title: str = "articlefix review") -> None:
        self.title = title
        self.started = time.monotonic()
        self._tmp: IO[bytes] = tempfile.TemporaryFile()
        self._keys: dict[int, int] = {}  # id(result) -> key of its data block

    def add(self, result: FileResult) -> None:
        """Write ``result``'s data block now and drop its diff from memory."""
        if id(result) in self._keys:
            return
        key = len(self._keys)
        self._keys[id(result)] = key
        data = result.to_dict()
        review = result.review or {}
        data["refs"] = review.get("refs", [])
        data["hunks"] = review.get("hunks", [])
        data["lang"] = review.get("lang", "")
        if review.get("problem"):
            data["review_problem"] = review["problem"]
        self._tmp.write(f'<script type="application/json" id="f{key}">{script_json(data)}</script>\n'.encode("utf-8"))
        result.review = None

    def write(self, path: Path, results: list[FileResult]) -> None:
        """Write the page to ``path`` atomically (a temporary file beside it, renamed)."""
        for result in results:
            self.add(result)  # files that failed before reaching a worker, stdin
        elapsed = time.monotonic() - self.started
        index = [self._index_entry(self._keys[id(r)], r) for r in results]
        s = summary(results)
        s["seconds"] = round(elapsed, 2)
        s["written"] = sum(1 for r in results if r.written)
        tmp_path = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            with open(tmp_path, "w", encoding="utf-8", newline="\n") as out:
                out.write(self._head(s, index))
                out.write(f'<script type="application/json" id="index">{script_json(index)}</script>\n')
                out.write(f'<script type="application/json" id="summary-data">{script_json(s)}</script>\n')
                out.flush()
                self._tmp.seek(0)
                shutil.copyfileobj(self._tmp, out.buffer)
                out.buffer.flush()
                out.write(f"<script>{JS}</script>\n</body>\n</html>\n")
            os.replace(tmp_path, path)
        finally:
            if tmp_path.exists():
                tmp_path.unlink()
            self._tmp.close()

    # -- parts --------------------------------------------------------------
    @staticmethod
    def _index_entry(key: int, result: FileResult) -> dict:
        d = result.to_dict()
        rules = Counter(f.rule for f in result.fixes if f.changes_text)
        entry = {
            "k": key,
            "path": result.path,
            "status": status_of(result, d),
            "bytes": result.bytes_removed,
            "fixes": sum(rules.values()),
            "notes": sum(1 for f in result.fixes if not f.changes_text),
            "rules": dict(rules),
        }
        for name in ("error", "skipped", "no_article"):
            value = d.get(name) or getattr(result, name, "")
            if value:
                entry[name] = value
        if result.written:
            entry["written"] = True
        return entry

    def _head(self, s: dict, index: list[dict]) -> str:
        csp = (
            "default-src 'none'; "
            f"style-src '{_sha256(CSS)}'; "
            f"script-src '{_sha256(JS)}'; "
            "img-src data:; base-uri 'none'; form-action 'none'"
        )
        generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        return (
            "<!DOCTYPE html>\n"
            '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(self.title)}</title>\n"
            f"<style>{CSS}</style>\n</head>\n<body>\n"
            '<header><h1>articlefix review</h1>'
            f'<p class="meta">articlefix {html.escape(__version__)} · generated {generated}</p></header>\n'
            '<main>\n'
            + _summary_html(s)
            + _attention_html(index)
            + '<section id="files" aria-label="files"><h2>Files</h2>'
            '<noscript><p>The file list and the diffs need JavaScript (the page runs only its own inline script).</p></noscript>'
            '<div id="controls"></div><div id="list"></div></section>\n'
            '<pre id="page-errors" hidden></pre>\n'
            '</main>\n'
        )


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _human_bytes(n: int) -> str:
    for unit in ("B", "KB", "MB"):
        if n < 1024 or unit == "MB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"  # pragma: no cover


def _summary_html(s: dict) -> str:
    e = html.escape
    cells = [
        ("files scanned", s["files"]),
        ("changed", s["changed"]),
        ("unchanged", s["unchanged"]),
        ("failed", s["failed"]),
    ]
    if "no_article" in s:
        cells.append(("no article", s["no_article"]))
    cells += [
        ("written", s["written"]),
        ("fixes", s["fixes"]),
        ("removed", _human_bytes(s["bytes_removed"])),
        ("time", f"{s['seconds']:.1f} s"),
    ]
    stats = "".join(
        f'<div class="stat{" bad" if k in ("failed", "no article") and v else ""}"><span class="n">{e(str(v))}</span>'
        f'<span class="l">{e(k)}</span></div>'
        for k, v in cells
    )
    return f'<section id="summary" aria-label="summary"><div class="stats">{stats}</div>{_chart_svg(s["fixes_per_rule"])}</section>\n'


def _chart_svg(per_rule: dict[str, int]) -> str:
    """A horizontal bar per rule (inline SVG; presentation attributes only,
    so the Content-Security-Policy needs no inline styles)."""
    if not per_rule:
        return '<p class="none">No fixes.</p>'
    rows = sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0]))
    top = max(n for _, n in rows)
    label_w, bar_w, row_h = 150, 420, 24
    height = row_h * len(rows) + 4
    parts = [f'<svg id="chart" role="img" aria-label="fixes per rule" width="{label_w + bar_w + 80}" height="{height}" '
             f'viewBox="0 0 {label_w + bar_w + 80} {height}">']
    for i, (rule, n) in enumerate(rows):
        y = i * row_h + 2
        w = max(2, round(bar_w * n / top))
        colour = RULE_COLOURS.get(rule, RULE_COLOURS["other"])[0]
        r = html.escape(rule)
        parts.append(
            f'<a href="#rule={r}" data-rule="{r}"><title>{r}: {n} fixes (show these files)</title>'
            f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" class="cl">{r}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row_h - 8}" rx="3" fill="{colour}"></rect>'
            f'<text x="{label_w + w + 6}" y="{y + 16}" class="cn">{n}</text></a>'
        )
    parts.append("</svg>")
    legend = "".join(
        f'<span class="lg"><i class="sw r-{html.escape(g)}"></i>{html.escape(label)}</span>' for g, label in RULE_GROUPS
    )
    return f'<div class="chart"><h2>Fixes per rule</h2>{"".join(parts)}<p class="legend">{legend}</p></div>'


def _attention_html(index: list[dict]) -> str:
    """Failed and no-article files, first thing under the summary."""
    bad = [f for f in index if f["status"] in ("failed", "no-article")]
    if not bad:
        return ""
    items = "".join(
        f'<li><span class="badge st-{html.escape(f["status"])}">{html.escape(f["status"])}</span> '
        f'<a href="#file={f["k"]}" class="path">{html.escape(f["path"])}</a>'
        f'<div class="why">{html.escape(f.get("error") or f.get("no_article") or "")}</div></li>'
        for f in bad
    )
    return f'<section id="attention" aria-label="needs attention"><h2>Needs attention ({len(bad)})</h2><ul>{items}</ul></section>\n'
