"""Command line: parse arguments, schedule files, print.  No cleaning here.

``main`` is the console script.  The plain command line (posts and on/off
flags, as a pre-commit hook runs it) is read by ``fastargv`` and run without
importing Typer; every other one goes to the Typer app of ``cli_typer``.
The command itself, whichever parsed it, is ``command.run``.
"""

from __future__ import annotations

import os
import sys

from .command import EXIT_FIXES_PENDING


def main() -> None:
    try:
        _main(sys.argv[1:])
    except KeyboardInterrupt:  # pragma: no cover - interactive
        sys.stderr.write("articlefix: interrupted\n")
        raise SystemExit(130)
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(EXIT_FIXES_PENDING)


def _main(argv: list[str]) -> None:
    from .fastargv import parse

    options = parse(argv)
    if options is None:
        from .cli_typer import app

        app(prog_name="articlefix")
        return
    from .command import run

    raise SystemExit(run(options))


def __getattr__(name: str):
    if name == "app":  # the Typer app (typer.testing.CliRunner, embedding), loaded only when asked for
        from .cli_typer import app

        return app
    raise AttributeError(name)
