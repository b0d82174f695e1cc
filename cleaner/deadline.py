"""A wall-clock budget for cleaning one post.

Every pattern is meant to run in linear time (``tests/test_hostile.py``
checks the known worst cases), but a post built to hit a super-linear path
that was missed must cost the user one error line, not a hung batch.  So the
cleaning of each post runs under ``time_limit``: a ``SIGALRM`` timer whose
handler raises ``PostTimeout``.  Python checks signals between bytecodes and
the ``regex`` module checks them inside its matching loop, so both a slow
Python loop and a backtracking pattern are interrupted.  The runner turns
the exception into a ``FileResult`` error (exit 2, file untouched).

Signals only reach the main thread, so in a worker thread (and on platforms
without ``setitimer``) there is no limit; worker *processes* (the CLI's
``--jobs``, ``multiprocessing``) run tasks in their main thread and are
covered.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from typing import Iterator


class PostTimeout(Exception):
    """Cleaning one post took longer than its budget."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    usable = (
        seconds
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def on_alarm(signum, frame):  # pragma: no cover - timing dependent
        raise PostTimeout(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
