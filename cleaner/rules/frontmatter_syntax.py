"""Front-matter syntax: repair YAML that does not parse, when the intent is clear.

Models write front matter that Jekyll and Hugo then refuse or misread::

    title: AI規制: その真意は？          # unquoted ": "
    excerpt: "He said "yes" today"       # unbalanced quotes
    title: # 見出しのつもり              # "#" starts a comment: the title is empty
    tags:
    	- AI                             # a tab as indentation

become::

    title: "AI規制: その真意は？"
    excerpt: "He said \\"yes\\" today"
    title: "# 見出しのつもり"              (the title rule then drops the "#")
    tags:
      - AI

Also repaired: blank lines (or a BOM) before the opening ``---``, front
matter wrapped in a ```` ```yaml ```` fence, a missing closing ``---`` (when a
blank line clearly ends the keys), and a key given twice with the same value
(or once empty).  Only the broken lines change; every other key stays byte
for byte.  When the intent is not clear - a duplicate key with two different
values, a ``!!python/object`` tag (never constructed), a value that still
does not parse - the file is left untouched and the parse error is reported
with its line (exit 2).
"""

from __future__ import annotations

import json

from ..document import Document
from ..fixes import Fix
from ..frontmatter import FrontMatter, FrontMatterError, fenced_inside, load_yaml, pyyaml, safe_load, split_front_matter, top_keys, unfence_inner
from ..patterns import compiled, lazy
from ..settings import Settings
from ..text import excerpt
from . import Rule

NAME = "frontmatter_syntax"
#: keys whose values are prose: a ``#`` there is text, not a comment
TEXT_KEYS = frozenset({"title", "description", "excerpt", "summary", "subtitle"})
_TOP_KEY = lazy(r"^([A-Za-z_][\w.-]*)[ \t]*:(?=[ \t]|$)")
_HASH_IN_TEXT = lazy(r"[ \t]#\S")
#: values starting with these are tags, block scalars or directives: quoting
#: them would guess at the intent
_NO_REQUOTE = ("!", "|", ">", "%")


def apply(doc: Document, settings: Settings) -> tuple[Document, list[Fix]]:
    """Repair a YAML front matter that does not parse (or parses wrongly).

    Raises ``FrontMatterError`` (the file is then left untouched, exit 2)
    when a repair would have to guess.
    """
    fm = doc.front_matter
    if fm is None or fm.kind != "yaml":
        return doc, []
    fixes: list[Fix] = []
    inner = fm.inner
    for line, problem in fm.problems:
        fixes.append(Fix(NAME, "edited", (line, line), excerpt(problem, 60), f"{problem}; normalised to plain '---' lines"))
    if fm.problems and fenced_inside(inner):
        inner = unfence_inner(inner)
    lines = inner.split("\n")
    if fm.error is not None:
        try:
            load_yaml(inner, fm.first_line)
            broken = False
        except FrontMatterError:
            broken = True
        if broken:
            lines = _repair_lines(lines, fm, fixes)
    lines = _repair_text_comments(lines, fm, fixes)
    lines = _drop_duplicates(lines, fm, fixes)
    if not fixes:
        return doc, []
    inner = "\n".join(lines)
    try:
        data = load_yaml(inner, fm.first_line)
    except FrontMatterError:
        raise (fm.error or FrontMatterError("YAML front matter could not be repaired", fm.first_line)) from None
    if fm.problems:
        head, tail, lead = "---\n", "---\n", ""
    else:
        head, tail, lead = fm.head, fm.tail, fm.lead
    if not tail and not doc.blocks and fm.error is not None:
        # unreadable and unclosed, it took the whole post; readable now, it
        # is the unclosed front matter the next run would see: close it now,
        # or a second run would still have this to fix
        again, body, _ = split_front_matter("---\n" + inner + ("" if inner.endswith("\n") else "\n"))
        if again is not None and again.error is None and again.problems and not body.strip():
            fixes.append(Fix(NAME, "edited", (1, 1), "---", "the front matter opened with '---' is never closed; normalised to plain '---' lines"))
            head, tail, lead = "---\n", "---\n", ""
            inner = inner if inner.endswith("\n") else inner + "\n"
    repaired = fm._replace(head=head, inner=inner, tail=tail, lead=lead, data=data, problems=(), error=None)
    return doc.with_front_matter(repaired), fixes


def _repair_lines(lines: list[str], fm: FrontMatter, fixes: list[Fix]) -> list[str]:
    lines = list(lines)
    for i, line in enumerate(lines):
        where = (fm.first_line + i,) * 2
        lead = compiled(r"^[ \t]*").match(line).group(0)
        if "\t" in lead:
            lines[i] = lead.replace("\t", "  ") + line[len(lead) :]
            fixes.append(Fix(NAME, "edited", where, excerpt(line.strip()), "tab used as indentation (YAML forbids tabs there); replaced by two spaces"))
            line = lines[i]
        m = _TOP_KEY.match(line)
        if m and compiled(r"[ \t]*\t").match(line[m.end() :]):
            lines[i] = line[: m.end()] + " " + line[m.end() :].lstrip(" \t")
            fixes.append(Fix(NAME, "edited", where, excerpt(line.strip()), "tab after the key's colon; replaced by a space"))
    keys = top_keys("\n".join(lines))
    for n, (key, i) in enumerate(keys):
        end = keys[n + 1][1] if n + 1 < len(keys) else len(lines)
        if any(l.strip() and not l.lstrip().startswith("#") for l in lines[i + 1 : end]):
            continue  # a multi-line value: no single-line repair
        line = lines[i]
        if _parses(line):
            continue
        fixed, why = _requote(line)
        if fixed is None:
            continue
        lines[i] = fixed
        fixes.append(Fix(NAME, "edited", (fm.first_line + i,) * 2, excerpt(line), f"{why}; value quoted"))
    return lines


def _parses(line: str) -> bool:
    yaml = pyyaml()
    try:
        return isinstance(safe_load(line), dict)
    except yaml.YAMLError:
        return False


def _requote(line: str) -> tuple[str | None, str]:
    m = _TOP_KEY.match(line)
    raw = line[m.end() :].strip()
    if not raw or raw.startswith(_NO_REQUOTE):
        return None, ""
    if raw[0] in "\"'":
        # drop a closing quote only when it balances the quotes inside:
        # '"Said "No"' lacks its closing quote, '"a "b" c"' has one
        rest = raw[1:]
        content = rest[:-1] if rest.endswith(raw[0]) and rest.count(raw[0]) % 2 else rest
    if raw[0] == '"':
        try:
            content = json.loads(f'"{content}"')
        except json.JSONDecodeError:
            pass
        why = "unbalanced double quotes" if raw.count('"') % 2 else "unescaped double quotes inside a double-quoted value"
    elif raw[0] == "'":
        content = content.replace("''", "'")
        why = "unbalanced single quotes"
    else:
        content = raw
        if ": " in raw:
            why = "unquoted ': ' in the value"
        elif raw.startswith(("*", "&")):
            why = f"value starts with {raw[0]!r} (YAML alias/anchor syntax), e.g. markdown bold"
        else:
            why = f"value cannot be a plain YAML scalar (starts with {raw[0]!r})"
    fixed = f"{m.group(1)}: {json.dumps(content, ensure_ascii=False)}"
    yaml = pyyaml()
    try:
        if safe_load(fixed) != {m.group(1): content}:
            return None, ""
    except yaml.YAMLError:
        return None, ""
    return fixed, why


def _repair_text_comments(lines: list[str], fm: FrontMatter, fixes: list[Fix]) -> list[str]:
    """``title: # Heading`` / ``title: News #AI``: a ``#`` that YAML reads as
    a comment, silently emptying or cutting a prose value."""
    lines = list(lines)
    for i, line in enumerate(lines):
        m = _TOP_KEY.match(line)
        if not m or m.group(1) not in TEXT_KEYS:
            continue
        raw = line[m.end() :].strip()
        if not raw or raw[0] in "\"'[{|>!&*":
            continue
        if not (raw.startswith("#") or _HASH_IN_TEXT.search(raw)):
            continue
        if i + 1 < len(lines) and lines[i + 1][:1] in (" ", "\t"):
            continue  # a block value follows the comment
        fixed = f"{m.group(1)}: {json.dumps(raw, ensure_ascii=False)}"
        lines[i] = fixed
        what = "the whole value" if raw.startswith("#") else "the end of the value"
        fixes.append(Fix(NAME, "edited", (fm.first_line + i,) * 2, excerpt(line), f"unquoted '#' made {what} a YAML comment; value quoted"))
    return lines


def _drop_duplicates(lines: list[str], fm: FrontMatter, fixes: list[Fix]) -> list[str]:
    keys = top_keys("\n".join(lines))
    spans = {}
    for n, (key, i) in enumerate(keys):
        end = keys[n + 1][1] if n + 1 < len(keys) else len(lines)
        while end > i + 1 and not lines[end - 1].strip():
            end -= 1
        spans.setdefault(key, []).append((i, end))
    drop: list[tuple[int, int]] = []
    for key, found in spans.items():
        if len(found) < 2:
            continue
        values = []
        yaml = pyyaml()
        for start, end in found:
            try:
                values.append(safe_load("\n".join(lines[start:end])).get(key))
            except (yaml.YAMLError, AttributeError):
                values.append(object())
        filled = [n for n, v in enumerate(values) if v not in (None, "")]
        distinct = {json.dumps(values[n], sort_keys=True, default=str, ensure_ascii=False) for n in filled}
        if len(distinct) > 1:
            a, b = (fm.first_line + found[n][0] for n in filled[:2])
            raise FrontMatterError(f"YAML front matter: duplicate key {key!r} on lines {a} and {b} with different values", b)
        keep = filled[0] if filled else 0
        for n, span in enumerate(found):
            if n != keep:
                drop.append(span)
                first = fm.first_line + span[0]
                why = "an empty duplicate" if n not in filled else "a repeat with the same value"
                fixes.append(Fix(NAME, "removed", (first, fm.first_line + span[1] - 1), excerpt(lines[span[0]]), f"duplicate key {key!r}: {why} of line {fm.first_line + found[keep][0]}"))
    for start, end in sorted(drop, reverse=True):
        del lines[start:end]
    return lines


RULE = Rule(NAME, "Repair YAML front matter that does not parse (quotes, ':' and '#' in values, tabs, fences, missing '---', duplicate keys) when the intent is clear.", apply)
