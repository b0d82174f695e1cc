"""Front matter: split from the body, parsed safely, edited line by line.

Repairs must leave every key they do not touch byte-identical (order, quoting,
flow lists, dates, comments), which a re-dump through a YAML library cannot
promise.  So the raw text is kept and ``FrontMatter.with_value`` rewrites only
the lines of one top-level key, with a safely quoted new value (a trailing
``# comment`` on that line is kept).  Parsing only ever uses
``yaml.safe_load``: a ``!!python/object`` tag constructs nothing (it is a
parse error).

Splitting is lenient about the *envelope*: blank lines before the opening
``---``, front matter wrapped in a ```` ```yaml ```` fence (outside or inside
the dashes) and a missing closing ``---`` are recognised and recorded in
``FrontMatter.problems``; content that does not parse is recorded in
``FrontMatter.error``.  Such a front matter is not ``ok``: no rule edits it
until the ``frontmatter_syntax`` rule has repaired it (or failed to, which
raises the ``FrontMatterError`` that makes the file exit 2 untouched).

Hugo's TOML (``+++``) and JSON front matter are parsed too, and a top-level
key can be rewritten in them; every edit is verified by re-parsing, and an
edit that would change anything else raises ``ReadOnly``.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

import regex

from . import yaml_subset
from .patterns import compiled, lazy


def toml_module():
    """``tomllib`` (``tomli`` before Python 3.11), imported on first use: TOML
    front matter and config files are rare, and the import is a few ms of
    every pre-commit run."""
    try:  # Python 3.11+
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    return tomllib


_YAML_OPEN = lazy(r"\A---[ \t]*\n")
_YAML_CLOSE = lazy(r"^(?:---|\.\.\.)[ \t]*$\n?", regex.M)
_TOML_OPEN = lazy(r"\A\+\+\+[ \t]*\n")
_TOML_CLOSE = lazy(r"^\+\+\+[ \t]*$\n?", regex.M)
_TOP_KEY = lazy(r"^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]|$)")
_TOML_KEY = lazy(r"^[ \t]*([A-Za-z0-9_-]+|\"[^\"]*\")[ \t]*=")
_TOML_TABLE = lazy(r"^[ \t]*\[")
#: blank lines (or stray BOMs) before the opening delimiter
_LEAD_BLANK = lazy(r"\A(?:[ \t\ufeff]*\n)+")
_FENCE_OPEN = lazy(r"\A(`{3,}|~{3,})[ \t]*(ya?ml|YA?ML)?[ \t]*\n")
_FENCE_CLOSE = lazy(r"^(`{3,}|~{3,})[ \t]*$")
#: a line that can belong to a YAML mapping: key, indented continuation,
#: sequence item, comment
_YAMLISH = lazy(r"^(?:[A-Za-z_][\w.-]*[ \t]*:(?:[ \t]|$)|[ \t]+\S|-[ \t]|#)")


def pyyaml():
    """PyYAML, imported on first use: most front matter is read by
    ``yaml_subset`` alone, and the import is ~15 ms of a pre-commit run."""
    import yaml

    return yaml


def safe_load(text: str):
    """``yaml.safe_load(text)``: one-line keys read by ``yaml_subset``, the
    rest by libyaml's C loader when PyYAML was built with it (the same safe
    constructor, plain data only, ten times faster than the pure-Python one)."""
    found = yaml_subset.load(text)
    if found is not None:
        return found
    yaml = pyyaml()
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


class FrontMatterError(ValueError):
    """Front matter that cannot be read safely; ``line`` is 1-based in the file."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


class Refused(FrontMatterError):
    """Front matter refused outright (too large, an alias bomb): no repair is
    attempted, the file is left untouched."""


class ReadOnly(ValueError):
    """This front matter (or this key in it) cannot be rewritten safely."""


class FrontMatter(NamedTuple):
    """``kind`` is ``yaml``, ``toml`` or ``json``; ``lead``/``head``/``inner``/
    ``tail`` are the raw text before the opening delimiter, the opening
    delimiter, the content and the closing delimiter (with its newline), so
    that ``render()`` gives the input back exactly."""

    kind: str
    head: str
    inner: str
    tail: str
    data: dict[str, Any]
    #: 1-based line number of ``inner``'s first line in the file
    first_line: int = 2
    #: text before the opening delimiter (blank lines, a ```` ```yaml ```` line)
    lead: str = ""
    #: envelope defects found while splitting: (file line, what is wrong)
    problems: tuple[tuple[int, str], ...] = ()
    #: the content did not parse
    error: FrontMatterError | None = None

    def render(self) -> str:
        return self.lead + self.head + self.inner + self.tail

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @property
    def ok(self) -> bool:
        """Parsed, with a sound envelope: rules may read and edit it."""
        return not self.problems and self.error is None

    @property
    def editable(self) -> bool:
        return self.ok

    # -- YAML key lines ---------------------------------------------------

    def key_span(self, key: str) -> tuple[int, int] | None:
        """Line indexes (within ``inner``) [start, end) of a top-level key."""
        if self.kind == "toml":
            return _toml_key_span(self.inner, key)
        if self.kind != "yaml":
            return None
        lines = self.inner.split("\n")
        start = None
        for i, line in enumerate(lines):
            m = _TOP_KEY.match(line)
            if start is None:
                if m and m.group(1) == key:
                    start = i
            elif m or (line and not line[0].isspace() and not line.startswith(("#", "-"))):
                return start, _trim_end(lines, start, i)
        if start is None:
            return None
        return start, _trim_end(lines, start, len(lines))

    def key_line(self, key: str) -> int | None:
        if self.kind == "json":
            m = compiled(rf'"{regex.escape(key)}"\s*:').search(self.inner)
            return None if m is None else self.first_line + self.inner.count("\n", 0, m.start())
        span = self.key_span(key)
        return None if span is None else self.first_line + span[0]

    def raw_value(self, key: str) -> str | None:
        span = self.key_span(key)
        if span is None:
            return None
        lines = self.inner.split("\n")[span[0] : span[1]]
        return "\n".join(lines)

    def with_value(self, key: str, value: Any) -> "FrontMatter":
        """A copy with ``key`` set to ``value``; only that key's text changes.

        Strings are written double-quoted with JSON escaping (valid YAML and
        TOML), so titles containing ``"`` or ``: `` stay safe; numbers and
        booleans as they are.  Raises ``ReadOnly`` when the edit cannot be
        made without touching anything else.
        """
        if not self.ok:
            raise ReadOnly("front matter is not parsed")
        if self.kind == "yaml":
            inner = _yaml_with_value(self, key, value)
            check = load_yaml(inner, self.first_line)
        elif self.kind == "toml":
            inner = _toml_with_value(self, key, value)
            check = toml_module().loads(inner)
        else:
            inner = _json_with_value(self, key, value)
            check = json.loads(inner)
        expected = dict(self.data)
        expected[key] = value
        if _canon(check) != _canon(expected):
            raise ReadOnly(f"rewriting {key!r} would change other keys")
        return self._replace(inner=inner, data=check)


def _trim_end(lines: list[str], start: int, end: int) -> int:
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return end


def _canon(data: Any) -> str:
    # not json.dumps(sort_keys=True): YAML keys may mix types (``2024: x``
    # beside ``title:``, a null key), which cannot be sorted together
    return json.dumps(_canon_value(data), default=str, ensure_ascii=False)


def _canon_value(value: Any) -> Any:
    if isinstance(value, dict):
        items = [((type(k).__name__, str(k)), _canon_value(v)) for k, v in value.items()]
        return [[list(key), v] for key, v in sorted(items, key=lambda item: item[0])]
    if isinstance(value, (list, tuple)):
        return [_canon_value(v) for v in value]
    return value


def _yaml_with_value(fm: FrontMatter, key: str, value: Any) -> str:
    rendered = yaml_scalar(value)
    lines = fm.inner.split("\n")
    span = fm.key_span(key)
    new_line = f"{key}: {rendered}"
    if span is None:
        # append before the trailing empty string that ends ``inner``
        insert_at = len(lines) - 1 if lines and lines[-1] == "" else len(lines)
        lines[insert_at:insert_at] = [new_line]
    else:
        if span[1] - span[0] == 1:
            comment = trailing_comment(lines[span[0]])
            if comment:
                new_line += comment
        lines[span[0] : span[1]] = [new_line]
    return "\n".join(lines)


def trailing_comment(line: str) -> str:
    """The `` # comment`` ending a one-line ``key: value`` (with the space
    before it), or ``""``; found by checking that the line without it parses
    to the same mapping."""
    hashes = list(compiled(r"[ \t]+#").finditer(line))
    if not hashes:
        return ""
    yaml = pyyaml()
    try:
        whole = safe_load(line)
    except yaml.YAMLError:
        return ""
    for m in hashes:
        try:
            if safe_load(line[: m.start()]) == whole:
                return line[m.start() :]
        except yaml.YAMLError:
            continue
    return ""


def yaml_scalar(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def _toml_key_span(inner: str, key: str) -> tuple[int, int] | None:
    lines = inner.split("\n")
    start = None
    for i, line in enumerate(lines):
        if _TOML_TABLE.match(line):
            break
        m = _TOML_KEY.match(line)
        if start is None:
            if m and m.group(1).strip('"') == key:
                start = i
        elif m:
            return start, _trim_end(lines, start, i)
    if start is None:
        return None
    end = len(lines)
    for j in range(start + 1, len(lines)):
        if _TOML_TABLE.match(lines[j]):
            end = j
            break
    return start, _trim_end(lines, start, end)


def _toml_with_value(fm: FrontMatter, key: str, value: Any) -> str:
    span = fm.key_span(key)
    if span is None:
        raise ReadOnly(f"TOML front matter has no top-level {key!r} to rewrite")
    lines = fm.inner.split("\n")
    rendered = json.dumps(value, ensure_ascii=False) if not isinstance(value, bool) else str(value).lower()
    lines[span[0] : span[1]] = [f"{key} = {rendered}"]
    return "\n".join(lines)


def _json_with_value(fm: FrontMatter, key: str, value: Any) -> str:
    decoder = json.JSONDecoder()
    text = fm.inner
    for m in compiled(rf'"{regex.escape(key)}"\s*:\s*').finditer(text):
        try:
            _, end = decoder.raw_decode(text, m.end())
        except json.JSONDecodeError:
            continue
        candidate = text[: m.end()] + json.dumps(value, ensure_ascii=False) + text[end:]
        try:
            data = json.loads(candidate)
        except json.JSONDecodeError:
            continue
        if isinstance(data, dict) and data.get(key) == value:
            return candidate
    raise ReadOnly(f"JSON front matter has no top-level {key!r} to rewrite")


# -- loading ----------------------------------------------------------------


#: a real front matter is a few hundred bytes; a huge one is refused before
#: any parsing or repair (which cost more than linear time in its lines)
MAX_FRONT_MATTER = 1_000_000
#: values a YAML front matter may expand to through anchors and aliases: 9
#: nested lists of 9 aliases each ("billion laughs") load as shared objects
#: but expand to 9**9 values when compared or written out
MAX_EXPANDED_VALUES = 100_000


def load_yaml(inner: str, first_line: int = 2) -> dict[str, Any]:
    """``yaml.safe_load`` a front matter's content; errors carry the file line."""
    if "*" in inner and "&" in inner:
        _check_aliases(inner, first_line)
    found = yaml_subset.load(inner)
    if found is not None:
        return found
    yaml = pyyaml()
    try:
        data = safe_load(inner) if inner.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + first_line if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
        raise FrontMatterError(f"YAML front matter: {problem}", line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError("YAML front matter is not a mapping of keys to values", first_line)
    return data


def _check_aliases(inner: str, first_line: int) -> None:
    """Refuse anchors/aliases that expand to more than MAX_EXPANDED_VALUES
    values (or refer to themselves), counted on the composed node graph
    without expanding it."""
    yaml = pyyaml()
    try:
        root = yaml.compose(inner, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return  # safe_load reports it
    if root is None:
        return
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        children = [n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode) else (
            node.value if isinstance(node, yaml.SequenceNode) else [])
        if children_done:
            open_nodes.discard(id(node))
            sizes[id(node)] = 1 + sum(sizes[id(c)] for c in children)
            if sizes[id(node)] > MAX_EXPANDED_VALUES:
                raise Refused(
                    f"YAML front matter: anchors and aliases expand to over {MAX_EXPANDED_VALUES:,} values "
                    "(an alias bomb?); refused", node.start_mark.line + first_line)
            continue
        if id(node) in sizes:
            continue
        open_nodes.add(id(node))
        stack.append((node, True))
        for child in children:
            if id(child) in open_nodes:
                raise Refused("YAML front matter: an alias refers to the value that contains it; refused",
                                       child.start_mark.line + first_line)
            if id(child) not in sizes:
                stack.append((child, False))


def _load(kind: str, inner: str, first_line: int) -> tuple[dict[str, Any], FrontMatterError | None]:
    if len(inner) > MAX_FRONT_MATTER:
        raise Refused(
            f"front matter of {len(inner):,} characters is over the {MAX_FRONT_MATTER:,} limit "
            "(a real one is a few hundred); refused", first_line)
    if kind == "toml":
        try:
            return toml_module().loads(inner), None
        except toml_module().TOMLDecodeError as exc:
            line = compiled(r"line (\d+)").search(str(exc))
            return {}, FrontMatterError(f"TOML front matter: {exc}", int(line.group(1)) + first_line - 1 if line else None)
    try:
        return load_yaml(inner, first_line), None
    except Refused:
        raise
    except FrontMatterError as exc:
        return {}, exc


# -- splitting ----------------------------------------------------------------


def split_front_matter(text: str) -> tuple[FrontMatter | None, str, int]:
    """Return (front matter or None, body, 1-based line where the body starts).

    Never raises for YAML: a front matter that does not parse comes back with
    ``error`` set, one with a damaged envelope with ``problems``.  A TOML
    front matter that is never closed, or JSON that does not parse, raise
    ``FrontMatterError`` (no repair is attempted for them).
    """
    m = _TOML_OPEN.match(text)
    if m:
        close = _TOML_CLOSE.search(text, m.end())
        if not close:
            raise FrontMatterError("TOML front matter opened with '+++' on line 1 is never closed", 1)
        inner = text[m.end() : close.start()]
        data, error = _load("toml", inner, 2)
        if error:
            raise error
        fm = FrontMatter("toml", m.group(0), inner, close.group(0), data)
        return fm, text[close.end() :], text.count("\n", 0, close.end()) + 1
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
    found = _split_yaml(text)
    if found is None:
        return None, text, 1
    fm, end = found
    return fm, text[end:], text.count("\n", 0, end) + 1


def _split_yaml(text: str) -> tuple[FrontMatter, int] | None:
    problems: list[tuple[int, str]] = []
    pos = 0
    blank = _LEAD_BLANK.match(text)
    if blank:
        pos = blank.end()
    if "\ufeff" in text[:pos]:
        problems.append((1, "a byte-order mark before the opening '---'"))
    if pos:
        problems.append((1, f"{text.count(chr(10), 0, pos)} blank line(s) before the opening '---'"))
    fence = _FENCE_OPEN.match(text, pos=pos)
    if fence:
        return _split_fenced(text, pos, fence, problems)
    opener = compiled(r"---[ \t]*\n").match(text, pos=pos)
    if not opener:
        return None
    return _split_dashed(text, pos, opener.end(), problems)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _split_dashed(text: str, lead_end: int, start: int, problems: list) -> tuple[FrontMatter, int] | None:
    head = text[lead_end:start]
    lead = text[:lead_end]
    first_line = _line_of(text, start)
    close = _YAML_CLOSE.search(text, start)
    if close:
        inner = text[start : close.start()]
        data, error = _load("yaml", inner, first_line)
        if not error:
            if lead_end and not _looks_like_keys(inner):
                return None  # a thematic break after blank lines, not front matter
            return FrontMatter("yaml", head, inner, close.group(0), data, first_line, lead, tuple(problems)), close.end()
        if fenced_inside(inner):
            problems.append((first_line, "front matter content wrapped in a code fence inside the '---' lines"))
            return FrontMatter("yaml", head, inner, close.group(0), data, first_line, lead, tuple(problems), error), close.end()
    unclosed = _unclosed(text, start, first_line)
    if unclosed is not None:
        inner, end, data = unclosed
        if lead_end and not _looks_like_keys(inner):
            return None
        problems.append((1, "the front matter opened with '---' is never closed"))
        return FrontMatter("yaml", head, inner, "", data, first_line, lead, tuple(problems)), end
    if lead_end:
        return None
    if close:
        return FrontMatter("yaml", head, inner, close.group(0), data, first_line, lead, tuple(problems), error), close.end()
    error = FrontMatterError("YAML front matter opened with '---' on line 1 is never closed, and where it ends is unclear", 1)
    return FrontMatter("yaml", head, text[start:], "", {}, first_line, lead, tuple(problems), error), len(text)


def _unclosed(text: str, start: int, first_line: int) -> tuple[str, int, dict] | None:
    """A front matter whose closing ``---`` is missing: the YAML-looking lines
    after the opener, ended by a blank line before body text.  ``None`` when
    that reading is not clear (no blank line, or the lines do not parse)."""
    lines = text[start:].split("\n")
    offsets = []
    offset = start
    region_end = None
    for i, line in enumerate(lines):
        offsets.append(offset)
        offset += len(line) + 1
        if line.strip() and not _YAMLISH.match(line):
            region_end = i
            break
        if compiled(r"(?:---|\.\.\.)[ \t]*").fullmatch(line):
            return None  # closed after all; not this defect
    stop = region_end if region_end is not None else len(lines)
    keep = stop
    while keep > 0 and not lines[keep - 1].strip():
        keep -= 1
    # a comment line just before the body is a Markdown heading, not YAML
    while keep > 0 and lines[keep - 1].startswith("#"):
        keep -= 1
        while keep > 0 and not lines[keep - 1].strip():
            keep -= 1
    if keep == 0 or (region_end is not None and keep == region_end):
        return None  # body text right after the keys: where does it end?
    end = offsets[keep] if keep < len(offsets) else len(text)
    inner = text[start:end]
    if not inner.endswith("\n"):
        return None
    data, error = _load("yaml", inner, first_line)
    if error or not data or not _looks_like_keys(inner):
        return None
    return inner, end, data


def _split_fenced(text: str, lead_end: int, fence, problems: list) -> tuple[FrontMatter, int] | None:
    start = fence.end()
    dashed = compiled(r"---[ \t]*\n").match(text, pos=start)
    lang = fence.group(2)
    if not dashed and not lang:
        return None  # a plain code block opening the post
    lines_start = dashed.end() if dashed else start
    first_line = _line_of(text, lines_start)
    rest = text[lines_start:]
    pattern = r"^(?:---|\.\.\.)[ \t]*\n(?:[ \t]*\n)*" if dashed else ""
    close = compiled(rf"{pattern}{regex.escape(fence.group(1)[0])}{{{len(fence.group(1))},}}[ \t]*$\n?", regex.M).search(rest)
    if not close:
        return None
    inner = rest[: close.start()]
    data, error = _load("yaml", inner, first_line)
    if error or not _looks_like_keys(inner) or not (dashed or {"title", "layout", "date"} & set(data)):
        return None  # a YAML code sample, not front matter the model fenced
    problems.append((_line_of(text, lead_end), f"front matter wrapped in a {fence.group(0).strip()} code fence"))
    end = lines_start + close.end()
    head = text[lead_end:lines_start]
    fm = FrontMatter("yaml", head, inner, close.group(0), data, first_line, text[:lead_end], tuple(problems), error)
    return fm, end


def fenced_inside(inner: str) -> bool:
    """``---`` / ```` ```yaml ```` / keys / ```` ``` ```` / ``---``."""
    body = [l for l in inner.split("\n") if l.strip()]
    return len(body) >= 2 and bool(_FENCE_OPEN.match(body[0] + "\n")) and bool(_FENCE_CLOSE.match(body[-1]))


def unfence_inner(inner: str) -> str:
    """The content of a front matter whose lines are wrapped in a code fence."""
    lines = inner.split("\n")
    first = next(i for i, l in enumerate(lines) if l.strip())
    last = max(i for i, l in enumerate(lines) if l.strip())
    return "\n".join(lines[:first] + lines[first + 1 : last] + lines[last + 1 :])


def _looks_like_keys(inner: str) -> bool:
    first = next((l for l in inner.split("\n") if l.strip() and not l.startswith("#")), "")
    return bool(_TOP_KEY.match(first)) or first.startswith("```")


def top_keys(inner: str) -> list[tuple[str, int]]:
    """(key, line index in ``inner``) for every top-level key, in order."""
    out = []
    for i, line in enumerate(inner.split("\n")):
        m = _TOP_KEY.match(line)
        if m:
            out.append((m.group(1), i))
    return out


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
