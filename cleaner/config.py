"""Configuration files: ``[tool.articlefix]`` in ``pyproject.toml`` or a
``.articlefix.toml``, found by walking up from each post (like ruff).

Keys map onto the fields of ``cleaner.settings.Settings`` generically, so a
field added there is configurable without touching this module:

* a top-level key is a field name, kebab-case or snake_case
  (``min-dup-chars`` = ``min_dup_chars``);
* a table named after a rule holds keys for that rule: ``[tool.articlefix.dedup]``
  ``min-dup-chars = 20`` sets ``min_dup_chars``; inside a rule table the rule's
  name may be left off (``[tool.articlefix.monologue] strictness = 1`` sets
  ``monologue_strictness``).

Unknown keys and values of the wrong type are errors (``ConfigError``, exit 2):
a typo must not silently leave a setting at its default.

Precedence: ``--config FILE`` replaces the search; options given on the
command line override whatever the file says.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any, Mapping

import regex

from .frontmatter import toml_module
from .pipeline import RULES_BY_NAME, UnknownRule, active_rules
from .settings import Settings

#: file names searched in each folder, first match wins
CONFIG_FILES = (".articlefix.toml", "pyproject.toml")

#: fields that hold rule names rather than regular expressions
_RULE_NAME_FIELDS = frozenset({"select", "ignore"})
#: fields that hold path globs rather than regular expressions
_GLOB_FIELDS = frozenset({"exclude"})
#: values a few fields may take beyond their type
_CHOICES: dict[str, tuple[Any, ...]] = {"title_line": ("keep", "remove", "heading")}
_RANGES: dict[str, tuple[float, float]] = {
    "monologue_strictness": (1, 3),
    "near_dup_ratio": (0, 100),
}


class ConfigError(ValueError):
    """A configuration problem; the message is one line naming the file."""


def _fields() -> dict[str, dataclasses.Field]:
    return {f.name: f for f in dataclasses.fields(Settings) if f.init}


def _default(f: dataclasses.Field) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
        return f.default_factory()  # type: ignore[misc]
    return None


def _key(name: str) -> str:
    return name.strip().replace("-", "_")


def settings_keys() -> list[str]:
    """Every accepted key, kebab-case (for messages and docs)."""
    return sorted(name.replace("_", "-") for name in _fields())


def read_config_file(path: Path) -> dict[str, Any] | None:
    """The ``articlefix`` table of ``path`` as Settings overrides (field name ->
    value), or None when ``path`` is a ``pyproject.toml`` without one."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if path.name == "pyproject.toml" and b"articlefix" not in raw:
        return None  # another tool's file: not even parsed (TOML costs ms of every pre-commit run)
    tomllib = toml_module()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("articlefix") if isinstance(data.get("tool"), dict) else None
        if table is None:
            return None
        where = "[tool.articlefix]"
    else:
        table = data
        where = ""
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: {where or 'the file'} must be a table")
    return to_overrides(table, f"{path}: {where + ' ' if where else ''}")


def to_overrides(table: Mapping[str, Any], where: str = "") -> dict[str, Any]:
    """Map a config table onto Settings fields, checking names and types."""
    fields = _fields()
    out: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = _key(raw_key)
        if key in RULES_BY_NAME and isinstance(value, dict) and key not in fields:
            for sub_raw, sub_value in value.items():
                sub = _key(sub_raw)
                name = next((n for n in (f"{key}_{sub}", sub) if n in fields), None)
                if name is None:
                    raise ConfigError(f"{where}unknown key {sub_raw!r} in table {raw_key!r} (known keys: {', '.join(settings_keys())})")
                out[name] = _coerce(fields[name], sub_value, f"{where}{raw_key}.{sub_raw}")
            continue
        if key not in fields:
            hint = f"; rule tables are {', '.join(RULES_BY_NAME)}"
            raise ConfigError(f"{where}unknown key {raw_key!r} (known keys: {', '.join(settings_keys())}{hint})")
        out[key] = _coerce(fields[key], value, f"{where}{raw_key}")
    return out


def _coerce(f: dataclasses.Field, value: Any, label: str) -> Any:
    default = _default(f)
    name = f.name
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{label} must be true or false, not {value!r}")
    elif isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{label} must be an integer, not {value!r}")
    elif isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{label} must be a number, not {value!r}")
        value = float(value)
    elif isinstance(default, str):
        if not isinstance(value, str):
            raise ConfigError(f"{label} must be a string, not {value!r}")
    elif isinstance(default, tuple):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{label} must be a list of strings, not {value!r}")
        if name in _RULE_NAME_FIELDS:
            value = [n.strip() for v in value for n in v.split(",") if n.strip()]
        elif name not in _GLOB_FIELDS:
            for pattern in value:
                try:
                    regex.compile(pattern)
                except regex.error as exc:
                    raise ConfigError(f"{label}: {pattern!r} is not a valid regular expression ({exc})") from None
        value = tuple(value)
    elif isinstance(default, dict):
        if not isinstance(value, dict):
            raise ConfigError(f"{label} must be a table, not {value!r}")
    if name in _CHOICES and value not in _CHOICES[name]:
        raise ConfigError(f"{label} must be one of {', '.join(map(str, _CHOICES[name]))}, not {value!r}")
    if name in _RANGES:
        low, high = _RANGES[name]
        if not low <= value <= high:
            raise ConfigError(f"{label} must be between {low:g} and {high:g}, not {value!r}")
    if isinstance(default, (int, float)) and not isinstance(default, bool) and name not in _RANGES and value < 0:
        raise ConfigError(f"{label} must not be negative, not {value!r}")
    return value


def build_settings(overrides: Mapping[str, Any], where: str = "") -> Settings:
    """Settings from overrides, with the rule names checked."""
    settings = dataclasses.replace(Settings(), **overrides)
    try:
        active_rules(settings)
    except UnknownRule as exc:
        raise ConfigError(f"{where}{exc}") from None
    return settings


class Resolver:
    """Settings for each post: from ``explicit`` (``--config``) when given,
    else from the nearest config file above the post; then the command-line
    ``cli`` overrides.  Folders and files are read once."""

    def __init__(self, explicit: Path | None = None, cli: Mapping[str, Any] | None = None, cwd: Path | None = None):
        self.cli = dict(cli or {})
        self.cwd = Path(cwd or os.getcwd())
        self._explicit = explicit
        self._by_dir: dict[Path, Path | None] = {}
        self._by_file: dict[Path | None, Settings] = {}
        if explicit is not None:
            overrides = read_config_file(Path(explicit))
            if overrides is None:
                raise ConfigError(f"{explicit}: has no [tool.articlefix] table")
            self._by_file[None] = self._settings(overrides, f"{explicit}: ")

    def _settings(self, overrides: Mapping[str, Any], where: str) -> Settings:
        build_settings(overrides, where)  # the file's own rule names must be valid
        return build_settings({**overrides, **self.cli}, "")

    def config_for(self, path: Path | None) -> Path | None:
        """The config file that applies to ``path`` (None: defaults)."""
        if self._explicit is not None:
            return None
        start = (self.cwd / path).parent if path is not None else self.cwd
        start = Path(os.path.abspath(start))
        chain: list[Path] = []
        found: Path | None = None
        folder = start
        while True:
            if folder in self._by_dir:
                found = self._by_dir[folder]
                break
            chain.append(folder)
            hit = self._config_in(folder)
            if hit is not None:
                found = hit
                break
            if folder.parent == folder:
                break
            folder = folder.parent
        for f in chain:
            self._by_dir[f] = found
        return found

    def _config_in(self, folder: Path) -> Path | None:
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and read_config_file(candidate) is None:
                continue
            return candidate
        return None

    def root_for(self, path: Path | None) -> Path:
        """The folder that ``path``'s settings are relative to: that of its
        config file (``--config`` or the nearest one), else the current one."""
        config = self._explicit if self._explicit is not None else self.config_for(path)
        return Path(os.path.abspath(self.cwd / config)).parent if config is not None else self.cwd

    def settings_for(self, path: Path | None) -> Settings:
        key = None if self._explicit is not None else self.config_for(path)
        if key not in self._by_file:
            overrides = read_config_file(key) if key is not None else {}
            self._by_file[key] = self._settings(overrides or {}, f"{key}: " if key else "")
        return self._by_file[key]
