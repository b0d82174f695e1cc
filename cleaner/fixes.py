"""What a rule reports for each change it makes."""

from __future__ import annotations

from typing import NamedTuple

#: actions a fix may take; the report groups by these
ACTIONS = ("removed", "spliced", "replaced", "edited", "kept")


class Fix(NamedTuple):
    """One change (or, with action ``kept``, one doubt left in place).

    ``lines`` is the (first, last) input line affected; ``excerpt`` a short
    quote of the text; ``reason`` says why, with the evidence
    (e.g. ``duplicate of lines 23-23``).
    """

    rule: str
    action: str
    lines: tuple[int, int]
    excerpt: str
    reason: str

    @property
    def changes_text(self) -> bool:
        return self.action != "kept"

    def to_dict(self) -> dict:
        d = self._asdict()
        d["lines"] = list(self.lines)
        return d

    @property
    def line_label(self) -> str:
        a, b = self.lines
        return f"{a}" if a == b else f"{a}-{b}"
