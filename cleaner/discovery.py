"""Which files a run covers: files named, globs expanded, folders searched
for posts, ``--exclude`` patterns applied."""

from __future__ import annotations

import glob
import os
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Iterable

POST_SUFFIXES = (".md", ".markdown")

#: folders never searched (a file inside one can still be named explicitly)
DEFAULT_EXCLUDED_DIRS = frozenset({"node_modules", "__pycache__", "venv", "_site", "site-packages"})

_GLOB_CHARS = frozenset("*?[")


def is_excluded(path: Path, patterns: Iterable[str]) -> bool:
    """True when a pattern matches the whole path (as given or absolute) or
    any one of its components, like ruff's ``--exclude``: ``drafts``,
    ``*.draft.md``, ``_posts/2019-*``."""
    patterns = tuple(patterns)
    if not patterns:
        return False
    posix = path.as_posix()
    candidates = {posix, posix.removeprefix("./"), Path(os.path.abspath(path)).as_posix(), *path.parts}
    for pattern in patterns:
        pattern = pattern.rstrip("/")
        if any(fnmatchcase(c, pattern) for c in candidates):
            return True
        # a pattern with folders (``_posts/drafts``) also matches at the end
        # of a longer path, and covers everything below what it names
        if "/" in pattern and any(fnmatchcase(posix, p) for p in (f"*/{pattern}", f"*/{pattern}/*", f"{pattern}/*")):
            return True
    return False


def excluded_by_config(path: Path, patterns: Iterable[str], root: Path) -> bool:
    """``exclude`` of a config file: its patterns with a "/" are relative to
    ``root``, the config file's folder (a name or ``*.draft.md`` matches
    anywhere, as with ``--exclude``)."""
    patterns = tuple(patterns)
    if not patterns:
        return False
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(root)
    except ValueError:
        relative = absolute
    return is_excluded(relative, patterns)


def git_ignored(folder: Path) -> frozenset[str]:
    """Paths below ``folder`` (normalised, as ``os.walk`` makes them) that
    git ignores - ``.gitignore`` files, ``.git/info/exclude``, the global
    excludes file - so that a folder walk leaves them out, as ruff and black
    do (a Jekyll site's ``vendor/bundle`` holds the gems' own README.md
    files).  Empty outside a git work tree or without git; a folder that is
    itself ignored but named on the command line is walked whole."""
    import subprocess

    try:
        proc = subprocess.run(["git", "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory"],
                              cwd=folder, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    if proc.returncode != 0:
        return frozenset()
    names = (os.fsdecode(p).rstrip("/") for p in proc.stdout.split(b"\0") if p)
    return frozenset(os.path.normpath(os.path.join(folder, n)) for n in names if n not in ("", "."))


def _walk(folder: Path, exclude: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    ignored = git_ignored(folder)
    for root, dirs, files in os.walk(folder):
        here = Path(root)
        dirs[:] = sorted(
            d for d in dirs
            if not d.startswith(".") and d not in DEFAULT_EXCLUDED_DIRS and not is_excluded(here / d, exclude)
            and os.path.normpath(here / d) not in ignored
        )
        for name in sorted(files):
            if name.startswith("."):
                continue  # hidden, as its folder would be: "._post.md" (macOS metadata), an editor's backup
            p = here / name
            if p.suffix.lower() in POST_SUFFIXES and not is_excluded(p, exclude) and p.is_file() and os.path.normpath(p) not in ignored:
                found.append(p)
    return sorted(found)


def expand(argument: str, exclude: tuple[str, ...] = ()) -> list[Path]:
    """The files one command-line argument stands for."""
    path = Path(argument)
    if path.is_dir():
        return _walk(path, exclude)
    if not path.exists() and _GLOB_CHARS & set(argument):
        matches = sorted(glob.glob(argument, recursive=True))
        out: list[Path] = []
        for m in matches:
            mp = Path(m)
            if mp.is_dir():
                out.extend(_walk(mp, exclude))
            elif not is_excluded(mp, exclude):
                out.append(mp)
        return out if matches else [path]  # no match: reported as "no such file"
    return [] if is_excluded(path, exclude) else [path]


def collect_paths(arguments: list[str], exclude: Iterable[str] = (), skip: Iterable[Path] = ()) -> list[Path]:
    """Files as given (any name), globs expanded, folders searched
    recursively for ``*.md`` / ``*.markdown`` (hidden folders and
    ``node_modules`` and the like left out); sorted within a folder,
    duplicates (also through symlinks) dropped, order otherwise kept.
    ``skip``: files and folders never to take (the output folder, the report)."""
    exclude = tuple(exclude)
    skipped = [Path(os.path.realpath(s)) for s in skip]
    seen: set[Path] = set()
    out: list[Path] = []
    for arg in arguments:
        for p in expand(arg, exclude):
            key = Path(os.path.realpath(p))
            if key in seen or any(key == s or s in key.parents for s in skipped):
                continue
            seen.add(key)
            out.append(p)
    return out
