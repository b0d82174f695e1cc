"""Processing one post file end to end: read, clean, write (or not), report.

The CLI decides *what* to do (the ``Mode``); this module does it for one file
and never raises for bad input - the error goes into the ``FileResult``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from .deadline import PostTimeout, time_limit
from .frontmatter import FrontMatterError
from .io import InputError, PostFile, decode, read_post, write_atomic
from .pipeline import clean_text
from .report import FileResult
from .settings import Settings


class Mode(NamedTuple):
    """``write``: ``in-place``, ``output`` (to ``target``) or ``none``."""

    write: str = "none"
    target: Path | None = None
    diff: bool = False
    #: compute the per-file data of the HTML review page (``review.py``)
    review: bool = False
    #: hand back the stamp of a post found clean, for the cache (``known_clean.py``)
    stamp: bool = False


def process_file(path: Path, settings: Settings, mode: Mode) -> FileResult:
    result = FileResult(str(path))
    try:
        post = read_post(path)
    except InputError as exc:
        result.error = str(exc)
        return result
    _clean_into(result, post, settings, mode.diff, mode.review)
    if result.error:
        return result
    if mode.stamp and result.nothing_found and post.stat is not None:
        from .known_clean import stamp_of

        result.stamp = stamp_of(*post.stat, post.data)
    try:
        if mode.write == "in-place" and result.changed:
            write_atomic(path, post.encode(result.output_text), durable=settings.fsync)
            result.written = True
        elif mode.write == "output" and mode.target is not None:
            target = Path(mode.target)
            same = target.exists() and os.path.samefile(target, path)
            if result.changed or not same:
                target.parent.mkdir(parents=True, exist_ok=True)
                data = post.encode(result.output_text) if result.changed else post.data
                write_atomic(target, data, mode_from=path, durable=settings.fsync)
                result.written = True
    except OSError as exc:
        result.error = f"{mode.target or path}: cannot write ({exc.strerror or exc}; nothing written)"
    return result


def process_bytes(data: bytes, name: str, settings: Settings, diff: bool = False, review: bool = False) -> tuple[FileResult, bytes]:
    """Clean ``data`` (stdin); returns the result and the bytes to print."""
    result = FileResult(name)
    try:
        post = decode(data, name)
    except InputError as exc:
        result.error = str(exc)
        return result, b""
    _clean_into(result, post, settings, diff, review)
    if result.error:
        return result, b""
    return result, post.encode(result.output_text)


def _clean_into(result: FileResult, post: PostFile, settings: Settings, want_diff: bool, want_review: bool = False) -> None:
    try:
        with time_limit(settings.post_timeout):
            outcome = clean_text(post.text, settings)
    except PostTimeout as exc:
        result.error = f"{result.path}: {exc} to clean (post-timeout; file left untouched, please report it)"
        return
    except FrontMatterError as exc:
        where = f"line {exc.line}: " if exc.line else ""
        result.error = f"{result.path}: {where}{exc} (file left untouched)"
        return
    except RecursionError:
        result.error = f"{result.path}: too deeply nested to process (file left untouched)"
        return
    except Exception as exc:  # a bug of ours must not cost the user the batch
        result.error = f"{result.path}: internal error {type(exc).__name__}: {exc} (file left untouched; please report it)"
        return
    result.fixes = outcome.fixes
    result.changed = outcome.changed
    result.skipped = outcome.skipped
    result.no_article = outcome.no_article  # text unchanged: the file is left as it was
    result.bytes_removed = max(0, len(post.text.encode()) - len(outcome.text.encode()))
    result.output_text = outcome.text
    if want_review:
        from .review import review_data

        try:
            result.review = review_data(post.text, outcome.text, outcome.fixes)
        except Exception as exc:  # a bug in the page's diff must not cost the fix
            result.review = {"problem": f"no diff for the review page: internal error {type(exc).__name__}: {exc}"}
    if want_diff and outcome.changed:
        result.diff = unified_diff(post, outcome.text, result.path)


def unified_diff(post: PostFile, new_text: str, path: str) -> str:
    """A diff that ``patch`` / ``git apply`` take: lines end as in the file
    (CRLF stays CRLF, with the BOM on line 1), split only at the file's
    newline (``str.splitlines`` also splits at U+2028, form feeds and the
    like, which patch does not), and a last line without a newline gets
    the ``\\ No newline at end of file`` marker (difflib glued the next
    line onto it)."""
    import difflib

    newline = "\n" if post.newline == "\r" else post.newline  # patch has no CR-only lines

    def lines(text: str) -> list[str]:
        text = ("\ufeff" if post.bom else "") + (text.replace("\n", newline) if newline != "\n" else text)
        parts = text.split(newline)
        return [p + newline for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])

    out = []
    for line in difflib.unified_diff(lines(post.text), lines(new_text), fromfile=f"a/{path}", tofile=f"b/{path}"):
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)
