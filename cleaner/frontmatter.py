"""Front matter: split from the body, parsed safely, edited line by line.

Repairs must leave every key they do not touch byte-identical (order, quoting,
flow lists, dates, comments), which a re-dump through a YAML library cannot
promise.  So the raw text is kept and ``FrontMatter.with_value`` rewrites only
the lines of one top-level key, with a safely quoted new value.  Parsing only
ever uses ``yaml.safe_load``: a ``!!python/object`` tag constructs nothing.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

import regex
import yaml

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

_YAML_OPEN = regex.compile(r"\A---[ \t]*\n")
_YAML_CLOSE = regex.compile(r"^(?:---|\.\.\.)[ \t]*$\n?", regex.M)
_TOML_OPEN = regex.compile(r"\A\+\+\+[ \t]*\n")
_TOML_CLOSE = regex.compile(r"^\+\+\+[ \t]*$\n?", regex.M)
_TOP_KEY = regex.compile(r"^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]|$)")


@dataclass(frozen=True)
class FrontMatter:
    """``kind`` is ``yaml``, ``toml`` or ``json``; ``head``/``inner``/``tail``
    are the raw opening delimiter, content and closing delimiter (with its
    newline), so that ``render()`` gives the input back exactly."""

    kind: str
    head: str
    inner: str
    tail: str
    data: dict[str, Any]
    #: 1-based line number of ``inner``'s first line in the file
    first_line: int = 2

    def render(self) -> str:
        return self.head + self.inner + self.tail

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @property
    def editable(self) -> bool:
        return self.kind == "yaml"

    def key_span(self, key: str) -> tuple[int, int] | None:
        """Line indexes (within ``inner``) [start, end) of a top-level key."""
        lines = self.inner.split("\n")
        start = None
        for i, line in enumerate(lines):
            m = _TOP_KEY.match(line)
            if start is None:
                if m and m.group(1) == key:
                    start = i
            elif m or (line and not line[0].isspace() and not line.startswith("#")):
                return start, i
        if start is None:
            return None
        end = len(lines)
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        return start, end

    def key_line(self, key: str) -> int | None:
        span = self.key_span(key)
        return None if span is None else self.first_line + span[0]

    def raw_value(self, key: str) -> str | None:
        span = self.key_span(key)
        if span is None:
            return None
        lines = self.inner.split("\n")[span[0] : span[1]]
        return "\n".join(lines)

    def with_value(self, key: str, value: Any) -> "FrontMatter":
        """A copy with ``key`` set to ``value``; only that key's lines change.

        Strings are written double-quoted (JSON escaping is valid YAML), so
        titles containing ``"`` or ``: `` stay safe; numbers as they are.
        """
        if not self.editable:
            raise ValueError(f"{self.kind} front matter is read-only")
        rendered = _yaml_scalar(value)
        lines = self.inner.split("\n")
        span = self.key_span(key)
        new_line = f"{key}: {rendered}"
        if span is None:
            # append before the trailing empty string that ends ``inner``
            insert_at = len(lines) - 1 if lines and lines[-1] == "" else len(lines)
            lines[insert_at:insert_at] = [new_line]
        else:
            lines[span[0] : span[1]] = [new_line]
        inner = "\n".join(lines)
        data = dict(self.data)
        data[key] = value
        return dataclasses.replace(self, inner=inner, data=data)


def _yaml_scalar(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


class FrontMatterError(ValueError):
    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


def split_front_matter(text: str) -> tuple[FrontMatter | None, str, int]:
    """Return (front matter or None, body, 1-based line where the body starts)."""
    for kind, opener, closer in (("yaml", _YAML_OPEN, _YAML_CLOSE), ("toml", _TOML_OPEN, _TOML_CLOSE)):
        m = opener.match(text)
        if not m:
            continue
        close = closer.search(text, m.end())
        if not close:
            raise FrontMatterError(f"front matter opened with {m.group(0).strip()!r} on line 1 is never closed", 1)
        inner = text[m.end() : close.start()]
        data = _load(kind, inner)
        fm = FrontMatter(kind, m.group(0), inner, close.group(0), data)
        body = text[close.end() :]
        return fm, body, text.count("\n", 0, close.end()) + 1
    if text.startswith("{"):
        end = _json_end(text)
        if end is not None:
            try:
                data = json.loads(text[:end])
            except json.JSONDecodeError as exc:
                raise FrontMatterError(f"JSON front matter: {exc.msg}", exc.lineno) from None
            nl = text.find("\n", end)
            cut = len(text) if nl < 0 else nl + 1
            fm = FrontMatter("json", "", text[:end], text[end:cut], data if isinstance(data, dict) else {}, 1)
            return fm, text[cut:], text.count("\n", 0, cut) + 1
    return None, text, 1


def _load(kind: str, inner: str) -> dict[str, Any]:
    if kind == "toml":
        try:
            return tomllib.loads(inner)
        except tomllib.TOMLDecodeError as exc:
            raise FrontMatterError(f"TOML front matter: {exc}", None) from None
    try:
        data = yaml.safe_load(inner) if inner.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
        raise FrontMatterError(f"YAML front matter: {problem}", line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError("YAML front matter is not a mapping of keys to values", 2)
    return data


def _json_end(text: str) -> int | None:
    """End offset of a leading JSON object, found by bracket counting."""
    depth = 0
    in_str = False
    escape = False
    for i, ch in enumerate(text):
        if in_str:
            if escape:
                escape = False
            elif ch == "\\":
                escape = True
            elif ch == '"':
                in_str = False
            continue
        if ch == '"':
            in_str = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    return None
