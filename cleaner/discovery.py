"""Which files a run covers: files named, folders searched for posts."""

from __future__ import annotations

from pathlib import Path

POST_SUFFIXES = (".md", ".markdown")


def collect_paths(arguments: list[str]) -> list[Path]:
    """Files as given (any name), folders searched recursively for posts;
    sorted within a folder, duplicates dropped, order otherwise kept."""
    seen: set[Path] = set()
    out: list[Path] = []
    for arg in arguments:
        path = Path(arg)
        found = sorted(p for p in path.rglob("*") if p.suffix.lower() in POST_SUFFIXES and p.is_file()) if path.is_dir() else [path]
        for p in found:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                out.append(p)
    return out
