"""Running many posts: one task per file, in a pool of worker processes,
results handed back in input order (so the output is the same for any
``--jobs``).

Each worker runs ``runner.process_file`` on its own file, writes its own
output atomically and never raises for bad input, so one bad post costs only
itself.  A worker that dies (out of memory, killed) fails the files it had,
not the run.
"""

from __future__ import annotations

import os
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, NamedTuple, Sequence

from .known_clean import KnownClean
from .patterns import save_cache
from .report import FileResult
from .runner import Mode, process_file
from .settings import Settings


class Task(NamedTuple):
    path: Path
    settings: Settings
    mode: Mode


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


class EscapesOutDir(ValueError):
    pass


def mirror_target(path: Path, out_dir: Path, cwd: Path | None = None) -> Path:
    """Where ``--out-dir`` puts ``path``: ``out_dir / path`` for a relative
    path, the path below the current folder for an absolute one.  A path
    that would land outside ``out_dir`` (``..``, an absolute path elsewhere,
    a symlink inside ``out_dir`` pointing out) is refused."""
    cwd = Path(cwd or os.getcwd())
    absolute = Path(os.path.abspath(cwd / path))
    try:
        rel = absolute.relative_to(Path(os.path.abspath(cwd)))
    except ValueError:
        raise EscapesOutDir(f"{path}: outside the current folder, so --out-dir cannot mirror it (run from a folder that contains it)") from None
    root = Path(os.path.realpath(out_dir))
    target = Path(os.path.realpath(root / rel))
    if target == root or root not in target.parents:
        raise EscapesOutDir(f"{path}: would be written outside --out-dir {out_dir} (refused)")
    return Path(out_dir) / rel


def _run_one(task: Task) -> FileResult:
    result = process_file(task.path, task.settings, task.mode)
    save_cache()  # the patterns this post needed compiled, for the next run
    result.output_text = ""  # not needed by the parent; keeps the pipe small
    return result


def _context():
    import multiprocessing

    # fork starts workers in milliseconds and shares the imported rules;
    # elsewhere use the platform default
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def run(tasks: Sequence[Task], jobs: int, started: Callable[[], None] | None = None,
        cache: KnownClean | None = None) -> Iterator[FileResult]:
    """Process ``tasks``, yielding results in the order of ``tasks``.

    With one job (or one task) everything runs in this process.  ``started``
    is called once the workers exist (so that a progress display's thread
    starts after the fork).  With a ``cache``, a post it knows to be clean
    is not cleaned again (its result is "unchanged", as cleaning it would
    say), the posts found clean are added to it, and it is saved at the end."""
    if cache is None:
        yield from _run(tasks, jobs, started)
        return
    known = [cache.holds(task.path, task.settings) for task in tasks]
    to_clean = [task for task, hit in zip(tasks, known) if not hit]
    if not to_clean and started:
        started()
    cleaned = _run(to_clean, jobs, started)
    try:
        for task, hit in zip(tasks, known):
            if hit:
                yield FileResult(str(task.path))
                continue
            result = next(cleaned)
            if result.stamp is not None:
                cache.remember(task.path, task.settings, result.stamp)
            yield result
    finally:
        cleaned.close()  # the pool shuts down now, not when collected
    cache.save()


def _run(tasks: Sequence[Task], jobs: int, started: Callable[[], None] | None) -> Iterator[FileResult]:
    # the work is CPU-bound: many more workers than cores only cost, and a
    # few hundred hung the run for good once the pool ran out of file
    # descriptors (-j 300 with ulimit -n 256)
    jobs = max(1, min(jobs, len(tasks), max(4, 2 * default_jobs())))
    if jobs == 1:
        if started:
            started()
        for task in tasks:
            yield _run_one(task)
        return
    # the pool is imported only when there is more than one file to share
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with _signals_for_the_pool() as pool:
        executor = ProcessPoolExecutor(max_workers=jobs, mp_context=_context())
        # A few tasks per worker in flight, not all of them: a finished future
        # holds its result, and a folder of thousands of posts must not hold
        # thousands of results (memory stays flat whatever the folder size).
        in_flight: deque = deque()
        waiting = iter(tasks)

        def submit_next() -> None:
            task = next(waiting, None)
            if task is None:
                return
            try:
                in_flight.append((task, executor.submit(_run_one, task)))
            except BrokenProcessPool as exc:  # the pool died: the rest fail alike
                in_flight.append((task, exc))

        try:
            for _ in range(jobs * 4):
                submit_next()  # (the first submit forks every worker)
            pool.forked()
            if started:
                started()
            while in_flight:
                pool.stop_if_interrupted()  # (here, not inside the pool's own code)
                task, future = in_flight.popleft()
                submit_next()
                try:
                    if isinstance(future, BaseException):
                        raise future
                    yield future.result()
                except BrokenProcessPool:
                    yield FileResult(str(task.path), error=f"{task.path}: the worker process died (out of memory?); the post is the original or the complete fixed version")
                except Exception as exc:  # pragma: no cover - e.g. an unpicklable result
                    yield FileResult(str(task.path), error=f"{task.path}: internal error {type(exc).__name__}: {exc} (please report it)")
            pool.stop_if_interrupted()  # (a Ctrl-C during the last post still exits 130)
        finally:
            executor.shutdown(wait=True, cancel_futures=True)


class _PoolSignals:
    """What ``_signals_for_the_pool`` yields: ``forked()``, to call once the
    workers exist, and ``stop_if_interrupted()``, to call between results."""

    def __init__(self, forked: Callable[[], None], interrupted: Callable[[], bool]):
        self.forked = forked
        self._interrupted = interrupted

    def stop_if_interrupted(self) -> None:
        if self._interrupted():
            raise KeyboardInterrupt


@contextmanager
def _signals_for_the_pool():
    """Ctrl-C and SIGTERM while a pool runs (see ``_PoolSignals``).

    The workers are forked ignoring SIGINT.  A Ctrl-C reaches the whole
    process group: a worker interrupted inside the pool's own loop printed a
    traceback each and could leave the pool hung for good.  Now only this
    process stops, cancels what has not started and lets each worker finish
    (and write atomically) the post it is on; the run exits 130.  The first
    Ctrl-C only marks the run interrupted, and the run stops between two
    results: raised at any point, the interrupt could land inside the pool's
    own code (a submit holding its lock) and hang its shutdown (seen once in
    a full test run).  A second Ctrl-C interrupts at once, as before.

    SIGTERM to this process alone (``kill PID``, ``timeout 60 articlefix
    ...``) used to kill it and leave the workers blocked for ever on a full
    result pipe, holding the terminal's or the CI step's output open: it is
    passed on to the workers, then this process dies of it as before (posts
    are original or complete: every write is a rename, and holds the
    signals back while its temp file exists, ``io.write_atomic``).  Waiting
    for the pool instead hung when the workers had the signal too (3 runs
    in 25)."""
    import signal

    try:
        previous_int = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread (an embedding caller): leave signals alone
        yield _PoolSignals(lambda: None, lambda: False)
        return
    previous_term = signal.getsignal(signal.SIGTERM)
    interrupted = []

    def mark(signum, frame) -> None:
        interrupted.append(signum)
        signal.signal(signal.SIGINT, previous_int)  # a second Ctrl-C interrupts at once

    def pass_on(signum, frame) -> None:
        import multiprocessing

        for worker in multiprocessing.active_children():
            worker.terminate()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    def forked() -> None:
        # (a caller's own handlers stay)
        signal.signal(signal.SIGINT, mark if previous_int is signal.default_int_handler else previous_int)
        if previous_term == signal.SIG_DFL:
            signal.signal(signal.SIGTERM, pass_on)

    try:
        yield _PoolSignals(forked, lambda: bool(interrupted))
    finally:
        signal.signal(signal.SIGINT, previous_int)
        signal.signal(signal.SIGTERM, previous_term)
