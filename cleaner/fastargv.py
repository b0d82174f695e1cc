"""The plain command line without Typer: posts and on/off flags.

``articlefix post.md --check`` in a pre-commit hook is dominated by
start-up, and Typer's share of it (Typer, and the Pydantic models it builds
for the first option it reads) is about as large as the rest of the run.
The form a hook and most users type - paths, then flags such as
``--in-place`` or ``--check`` - needs none of that: this module reads it
and hands ``command.run`` the ``Options`` Typer would have made
(tests/test_fastargv.py compares the two on every flag).  Anything else -
an option with a value, ``--help``, ``--version``, ``-`` for stdin, ``--``,
combined short flags, an unknown flag - goes to Typer, which owns the usage
errors and the help text.
"""

from __future__ import annotations

from .command import Options

#: every on/off option, by each of its spellings, and the field it sets
FLAGS = {
    "--in-place": "in_place", "-i": "in_place",
    "--check": "check",
    "--diff": "diff",
    "--exit-non-zero-on-fix": "exit_non_zero_on_fix",
    "--fail-on-no-article": "fail_on_no_article",
    "--no-cache": "no_cache",
    "--quiet": "quiet", "-q": "quiet",
    "--verbose": "verbose", "-v": "verbose",
    "--no-color": "no_color",
}


def parse(argv: list[str]) -> Options | None:
    """The options of ``argv``, or None when Typer must read it."""
    paths: list[str] = []
    flags: dict[str, bool] = {}
    for arg in argv:
        if arg in FLAGS:
            flags[FLAGS[arg]] = True
        elif arg.startswith("-") or not arg:
            return None  # an option with a value, help, stdin, "--", "-iq", a typo
        else:
            paths.append(arg)
    if not paths:
        return None  # Typer's own messages for a command line with no post
    return Options(paths=tuple(paths), **flags)
