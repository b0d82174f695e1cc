"""The plain subset of YAML that most front matter is written in, read
without PyYAML.

Importing PyYAML costs about 15 ms, a tenth of a pre-commit run on one post,
and nearly every front matter is a handful of one-line keys::

    title: "A post"
    date: 2025-08-29 11:33:37 +0000
    tags: ["AI", 'ML', news]
    reading_time: 7

``load()`` reads exactly that subset and returns what ``yaml.safe_load``
returns for it (YAML 1.1, as PyYAML resolves it: ``2025-08-29`` is a date,
``2025-08-29 11:33:37 +0000`` a string, since PyYAML's timestamps want the
offset's colon).  Anything else - a block value, an escape, a comment after a
value, a plain value that could be a number, a bool or null, a duplicate
key, a character PyYAML treats specially - returns ``None``, and the caller
asks PyYAML.  So a wrong answer here can only come from a value this module
accepts; ``tests/test_yaml_subset.py`` compares both readers on generated
and real front matter.
"""

from __future__ import annotations

import datetime
import re

_KEY_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?")
#: characters PyYAML refuses (controls, surrogates, U+FFFE/FFFF), reads as
#: line breaks (\r, U+0085, U+2028/2029) or strips (a BOM), and tabs (where
#: they may appear in YAML is subtle): all left to PyYAML.  (The class of
#: what PyYAML accepts would be the shorter spelling, but its compilation
#: costs 2.5 ms of every run.)
_SPECIAL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
#: plain values read as bool or null by YAML 1.1 (as keys too: left to PyYAML)
_WORDS = {
    **dict.fromkeys("yes Yes YES true True TRUE on On ON".split(), True),
    **dict.fromkeys("no No NO false False FALSE off Off OFF".split(), False),
    **dict.fromkeys("null Null NULL".split(), None),
}
#: a plain value starting with one of these is syntax (an indicator) or may
#: resolve to a number, merge key, null or value tag: PyYAML decides
_NOT_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`+.<=~")
_DOUBLE = re.compile(r'"([^"\\]*)"')
_SINGLE = re.compile(r"'((?:[^']|'')*)'")
_FLOW_PLAIN = re.compile(r"[^,\[\]{}#:'\"]*")
_INT = re.compile(r"0|[1-9][0-9]*")
# PyYAML's int and float resolvers (YAML 1.1), for values starting with a
# digit: one that matches but is not a plain decimal is left to PyYAML
_YAML_INT = re.compile(r"[-+]?(?:0b[0-1_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)")
_YAML_FLOAT = re.compile(r"[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*")
# PyYAML's timestamp (resolver and constructor in one, tabs excluded above)
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DATETIME = re.compile(
    r"([0-9]{4})-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]| +)([0-9][0-9]?):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?"
    r"(?: *(Z|([-+])([0-9][0-9]?)(?::([0-9]{2}))?))?")


class _Outside(Exception):
    """The text leaves the subset: PyYAML must read it."""


def load(text: str) -> dict | None:
    """``yaml.safe_load(text)`` for a mapping of one-line keys, else None."""
    if _SPECIAL.search(text):
        return None
    data: dict = {}
    try:
        for line in text.split("\n"):
            if not line.strip(" ") or line.startswith("#"):
                continue
            m = _KEY_LINE.fullmatch(line.rstrip(" "))
            if m is None or m.group(2) is None or m.group(1) in _WORDS or m.group(1) in data:
                return None
            data[m.group(1)] = _value(m.group(2))
    except _Outside:
        return None
    return data or None


def _value(raw: str):
    if raw[0] == "[" and raw[-1] == "]":
        return _flow_sequence(raw[1:-1])
    return _scalar(raw, flow=False)


def _scalar(raw: str, flow: bool):
    quoted = _DOUBLE.fullmatch(raw)
    if quoted:
        return quoted.group(1)
    quoted = _SINGLE.fullmatch(raw)
    if quoted:
        return quoted.group(1).replace("''", "'")
    if raw in _WORDS:
        return _WORDS[raw]
    if raw[0] in _NOT_PLAIN_START or raw.endswith(":") or ": " in raw or " #" in raw:
        raise _Outside
    if flow and (_FLOW_PLAIN.fullmatch(raw) is None):
        raise _Outside
    if raw[0].isdigit():
        return _number_or_time(raw)
    return raw


def _number_or_time(raw: str):
    if _INT.fullmatch(raw):
        return int(raw)
    if _YAML_INT.fullmatch(raw) or _YAML_FLOAT.fullmatch(raw):
        raise _Outside  # octal, hex, sexagesimal, underscores, floats
    try:
        m = _DATE.fullmatch(raw)
        if m:
            return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _DATETIME.fullmatch(raw)
        if m:
            return _datetime(m)
    except ValueError:  # "2025-13-01": PyYAML raises its own way
        raise _Outside from None
    return raw


def _datetime(m: re.Match) -> datetime.datetime:
    year, month, day, hour, minute, second, fraction, zone, sign, tz_hour, tz_minute = m.groups()
    micro = int((fraction or "")[:6].ljust(6, "0"))
    tzinfo = None
    if sign:
        delta = datetime.timedelta(hours=int(tz_hour), minutes=int(tz_minute or 0))
        tzinfo = datetime.timezone(-delta if sign == "-" else delta)
    elif zone:
        tzinfo = datetime.timezone.utc
    return datetime.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tzinfo=tzinfo)


def _flow_sequence(body: str) -> list:
    if not body.strip(" "):
        return []
    items = []
    for part in _split_items(body):
        item = part.strip(" ")
        if not item:
            raise _Outside  # "[a, , b]", a trailing comma
        items.append(_scalar(item, flow=True))
    return items


def _split_items(body: str) -> list[str]:
    """``body`` cut at the commas outside quotes."""
    parts, start, quote = [], 0, ""
    for i, char in enumerate(body):
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == ",":
            parts.append(body[start:i])
            start = i + 1
    if quote:
        raise _Outside
    parts.append(body[start:])
    return parts
