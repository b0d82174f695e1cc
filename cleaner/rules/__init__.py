"""One module per rule (``monologue``, with a pattern table per language, is
a package).  Each exposes ``RULE``: a name, a one-line summary and
a pure function ``apply(document, settings) -> (document, fixes)`` whose
docstring shows the defect it fixes.  The order they run in lives in
``cleaner.pipeline``."""

from __future__ import annotations

import inspect
from typing import Callable, NamedTuple

from ..document import Document
from ..fixes import Fix
from ..settings import Settings

Apply = Callable[[Document, Settings], "tuple[Document, list[Fix]]"]


class Rule(NamedTuple):
    name: str
    summary: str
    apply: Apply

    @property
    def explanation(self) -> str:
        module = inspect.getmodule(self.apply)
        parts = [inspect.cleandoc(module.__doc__ or "")] if module else []
        if self.apply.__doc__:
            parts.append(inspect.cleandoc(self.apply.__doc__))
        return "\n\n".join(p for p in parts if p)
