"""The library entry point: clean one post's text, get plain data back.

    from cleaner import clean_text
    result = clean_text(post_text, {"ignore": ["title"]})
    result.text, result.changed, result.fixes, result.error

Pure: no files, no printing, no global state, so it can run in other
pipelines (a datatrove step, a Spark/Dask/multiprocessing map).  The text is
handled as the command line handles a file: a UTF-8 BOM and CRLF line endings
are kept, and a post that cannot be processed (front matter that cannot be
repaired, a NUL byte, a post that takes too long) comes back unchanged with
``error`` set - the same one-line message the CLI prints - instead of raising.
A bad ``config`` raises ``ConfigError`` (a ``ValueError``): that is the
caller's mistake, not the post's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

__all__ = ["Result", "clean_text", "ConfigError"]  # noqa: F822 - ConfigError via __getattr__


@dataclass(frozen=True)
class Result:
    """What ``clean_text`` made of one post (picklable plain data)."""

    #: the cleaned post (the input itself when nothing changed or on error)
    text: str
    #: the text differs from the input
    changed: bool
    #: one dict per fix: ``rule``, ``action``, ``lines`` ([first, last] in the
    #: input), ``excerpt``, ``reason`` - the fields of the JSON report
    fixes: list[dict[str, Any]] = field(default_factory=list)
    #: why the post was left alone ("" when it was processed)
    error: str = ""
    #: why the post was skipped on purpose (``articlefix: skip``)
    skipped: str = ""
    #: why the post has no article (only the agent's reply; see the README's
    #: "Posts with no article"): the text is the input, unchanged - a
    #: pipeline should regenerate or drop the post
    no_article: str = ""

    @property
    def status(self) -> str:
        """As in the JSON report: failed, no-article, changed, unchanged or skipped."""
        from .report import status

        return status(self.error, self.no_article, self.changed, self.skipped)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "changed": self.changed, "status": self.status, "fixes": self.fixes, "error": self.error,
                "skipped": self.skipped, "no_article": self.no_article}


def __getattr__(name: str):  # ConfigError without importing config at start-up
    if name == "ConfigError":
        from .config import ConfigError

        return ConfigError
    raise AttributeError(name)


def clean_text(text: str, config: Mapping[str, Any] | None = None, *, name: str = "<text>") -> Result:
    """Clean ``text`` (a whole post: front matter and body).

    ``config`` holds the keys of a config file's ``[tool.articlefix]`` table
    (kebab- or snake_case, rule tables as nested dicts): ``{"ignore":
    ["title"], "dedup": {"min-dup-chars": 20}}``.  ``name`` only labels error
    messages.
    """
    if not isinstance(text, str):
        raise TypeError(f"clean_text() takes the post as str, not {type(text).__name__} (decode bytes as UTF-8 first)")
    settings = _settings(config)
    from .runner import process_bytes  # imported here: ``import cleaner`` stays light

    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate cannot be a post's text
        return Result(text, False, error=f"{name}: not valid Unicode text (lone surrogate at offset {exc.start}; left untouched)")
    file_result, out = process_bytes(data, name, settings)
    if file_result.error:
        return Result(text, False, error=file_result.error)
    fixes = [f.to_dict() for f in file_result.fixes]
    if not file_result.changed:
        return Result(text, False, fixes, skipped=file_result.skipped, no_article=file_result.no_article)
    return Result(out.decode("utf-8"), True, fixes, skipped=file_result.skipped)


def _settings(config: Mapping[str, Any] | None):
    from .config import ConfigError, build_settings, to_overrides
    from .settings import Settings

    if not config:
        return Settings()
    if not isinstance(config, Mapping):
        raise ConfigError(f"config must be a mapping of config-file keys to values, not {type(config).__name__}")
    return build_settings(to_overrides(config, "config: "), "config: ")
