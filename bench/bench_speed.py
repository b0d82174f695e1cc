"""Speed benchmark for articlefix (issue 7): batch, floor, single file, RSS.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/bench_speed.py [--posts 2000] [--jobs 2] [--repeat 3] [--json figures.json]

Measures, side by side in one run:

* batch: ``articlefix DIR --in-place --jobs J -q`` on a synthetic corpus
  (``bench/synth.py``, cached per seed/N/fixtures in the temp folder and
  copied to a scratch folder before each run): wall time, MB/s in total and
  per core, files/s;
* once, the same command twice more over the fixed folder: every post
  checked again (none of the ones written is known clean yet), then with
  all of them in the cache of posts known clean (``cleaner/known_clean.py``;
  every timed run starts without it);
* the floor: ``bench/floor.py`` reads every file, runs one ``regex`` pass and
  writes it back with the same J worker processes; the ratio articlefix/floor;
* peak memory of the batch run: /proc polled every 20 ms (RSS of the largest
  process; RSS and PSS summed over the process tree - forked workers share
  pages, which the RSS sum counts once per process and PSS splits) and the
  kernel's ru_maxrss (wait4);
* single file: ``articlefix one.md --check`` on a ~40 KB post against a
  minimal Typer hello-world and ``black --check`` on a small file (median
  and min of --single-runs runs, interleaved);
* the ~2 MB pathological post of ``bench_dedup.py``: ``articlefix big.md --check``;
* the batch and floor again on ``../shared/corpus/dev-posts/`` when present.

Then prints every target with the measured figure and PASS/FAIL.  Not part
of the test run; timings on a shared machine are noisy (use --repeat).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
DEV_POSTS = REPO.parent / "shared" / "corpus" / "dev-posts"
sys.path.insert(0, str(BENCH))

import synth  # noqa: E402

BIN = Path(sys.executable).parent
ARTICLEFIX = BIN / "articlefix"
BLACK = BIN / "black"
PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20

# Targets from issue 7
MIN_MB_PER_CORE = 10.0
MAX_BATCH_S_2000 = 5.0
MAX_FLOOR_RATIO = 5.0
MAX_TYPER_RATIO = 1.5
MAX_RSS_MB = 150.0
MAX_BIG_S = 2.0

TYPER_HELLO = '''import typer

app = typer.Typer()


@app.command()
def hello(name: str = "world") -> None:
    typer.echo(f"hello {name}")


if __name__ == "__main__":
    app()
'''

SMALL_PY = '''"""A small, already formatted module for black --check."""

from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float

    def norm(self) -> float:
        return (self.x**2 + self.y**2) ** 0.5


def farthest(points: list[Point]) -> Point:
    return max(points, key=lambda p: p.norm())
'''


# --- running a process and watching its memory ----------------------------


class RssPoller:
    """Polls the RSS and PSS of a process and its descendants from a thread.

    The process table is scanned for the tree every ~100 ms (scanning /proc
    costs more than reading a few statm files every 20 ms)."""

    def __init__(self, root: int, interval: float = 0.02):
        self.root, self.interval = root, interval
        self.pids = {root}
        self.peak_process_mb = 0.0
        self.peak_root_mb = 0.0  # the main process (articlefix's parent: collects the results)
        self.peak_tree_mb = 0.0
        self.peak_tree_pss_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> "RssPoller":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        tick = 0
        while not self._stop.is_set():
            if tick % 5 == 0:
                self.pids = {self.root} | _descendants(self.root)
            pids = list(self.pids)
            sizes = [_rss_mb(pid) for pid in pids]
            self.peak_root_mb = max(self.peak_root_mb, sizes[pids.index(self.root)])
            self.peak_process_mb = max([self.peak_process_mb, *sizes])
            self.peak_tree_mb = max(self.peak_tree_mb, sum(sizes))
            self.peak_tree_pss_mb = max(self.peak_tree_pss_mb, sum(_pss_mb(pid) for pid in pids))
            tick += 1
            self._stop.wait(self.interval)


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE_MB
    except (OSError, IndexError, ValueError):
        return 0.0  # gone


def _pss_mb(pid: int) -> float:
    """Proportional set size: pages shared after fork counted once over the tree."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def _descendants(root: int) -> set[int]:
    parent_of: dict[int, int] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    stat = f.read()
                parent_of[int(name)] = int(stat[stat.rindex(")") + 2 :].split()[1])
            except (OSError, ValueError):
                pass
    found, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, ppid in parent_of.items() if ppid in frontier} - found
        found |= frontier
    return found


@dataclass
class Run:
    wall_s: float
    rc: int
    peak_process_mb: float = 0.0
    peak_root_mb: float = 0.0
    peak_tree_mb: float = 0.0
    peak_tree_pss_mb: float = 0.0
    ru_maxrss_mb: float = 0.0
    stderr: str = ""


def run_watched(cmd: list[str]) -> Run:
    """Run ``cmd``; wall time, exit code, peak RSS (polled and from wait4)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        with RssPoller(proc.pid) as poller:
            # wait4 gives this child's rusage: ru_maxrss is the largest RSS
            # of the child and of the descendants it waited for (its workers)
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return Run(wall, proc.returncode, poller.peak_process_mb, poller.peak_root_mb, poller.peak_tree_mb, poller.peak_tree_pss_mb, usage.ru_maxrss / 1024, stderr)


def run_quick(cmd: list[str], cwd: Path | None = None) -> tuple[float, int]:
    start = time.perf_counter()
    rc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd).returncode
    return time.perf_counter() - start, rc


def compile_bytecode() -> None:
    """Write the package's byte-code before anything is timed, as ``pip
    install`` does for the site-packages that Typer and black load from.  An
    editable install has none until an import writes it, and with
    PYTHONDONTWRITEBYTECODE set (as in some CI images) never: every articlefix
    run would then compile its ~8,000 lines again (about 50 ms here) and the
    single-file figure would measure the compiler, not articlefix."""
    import compileall

    compileall.compile_dir(str(REPO / "cleaner"), quiet=1)
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("PYTHONDONTWRITEBYTECODE is set: articlefix's byte-code was written by compileall first")


# --- corpus ----------------------------------------------------------------


def corpus_key(posts: int, seed: int) -> str:
    """Cache key: the generator's source and the fixtures it reads."""
    digest = hashlib.sha1((BENCH / "synth.py").read_bytes())
    for path in sorted(synth.ARTICLE_TEXT.glob("*.md")):
        digest.update(path.name.encode() + path.read_bytes())
    return f"synth-s{seed}-n{posts}-{digest.hexdigest()[:10]}"


def cached_corpus(cache: Path, posts: int, seed: int) -> Path:
    """The corpus for (posts, seed), generated once and reused."""
    folder = cache / corpus_key(posts, seed)
    if not folder.is_dir():
        cache.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix="building-", dir=cache))
        start = time.perf_counter()
        synth.write_corpus(building, posts, seed)
        building.rename(folder)  # complete or absent, never half-written
        print(f"generated {posts} posts in {time.perf_counter() - start:.1f} s -> {folder}")
    else:
        print(f"reusing {folder}")
    return folder


def folder_stats(folder: Path) -> tuple[int, int]:
    sizes = [p.stat().st_size for p in folder.rglob("*") if p.suffix in (".md", ".markdown")]
    return len(sizes), sum(sizes)


# --- the measurements ------------------------------------------------------


@dataclass
class Batch:
    name: str
    files: int
    mb: float
    jobs: int
    articlefix: list[Run] = field(default_factory=list)
    floor: list[Run] = field(default_factory=list)
    #: seconds of the same command over the fixed folder, then again (all cached)
    recheck: float | None = None
    warm: float | None = None

    @property
    def best(self) -> float:
        return min(r.wall_s for r in self.articlefix)

    @property
    def floor_best(self) -> float:
        return min(r.wall_s for r in self.floor)

    def figures(self) -> dict:
        fix = [r.wall_s for r in self.articlefix]
        flo = [r.wall_s for r in self.floor]
        return {
            "files": self.files,
            "mb": round(self.mb, 2),
            "jobs": self.jobs,
            "articlefix_best_s": round(min(fix), 3),
            "articlefix_median_s": round(statistics.median(fix), 3),
            "mb_per_s": round(self.mb / min(fix), 2),
            "mb_per_s_per_core": round(self.mb / min(fix) / self.jobs, 2),
            "files_per_s": round(self.files / min(fix), 1),
            "floor_best_s": round(min(flo), 3),
            "floor_median_s": round(statistics.median(flo), 3),
            "floor_mb_per_s": round(self.mb / min(flo), 2),
            "ratio_to_floor": round(min(fix) / min(flo), 2),
            "peak_rss_process_mb": round(max(r.peak_process_mb for r in self.articlefix), 1),
            "peak_rss_main_mb": round(max(r.peak_root_mb for r in self.articlefix), 1),
            "peak_rss_tree_mb": round(max(r.peak_tree_mb for r in self.articlefix), 1),
            "peak_pss_tree_mb": round(max(r.peak_tree_pss_mb for r in self.articlefix), 1),
            "ru_maxrss_mb": round(max(r.ru_maxrss_mb for r in self.articlefix), 1),
            "exit_codes": sorted({r.rc for r in self.articlefix}),
            "recheck_s": None if self.recheck is None else round(self.recheck, 3),
            "warm_s": None if self.warm is None else round(self.warm, 3),
        }


def time_batch(name: str, source: Path, jobs: int, repeat: int, scratch_base: Path, warm: bool = False) -> Batch:
    """articlefix and the floor, interleaved, each on a fresh copy of ``source``."""
    files, size = folder_stats(source)
    batch = Batch(name, files, size / 1e6, jobs)
    commands = {
        "articlefix": lambda d: [str(ARTICLEFIX), str(d), "--in-place", "--jobs", str(jobs), "-q"],
        "floor": lambda d: [sys.executable, str(BENCH / "floor.py"), str(d), "--jobs", str(jobs)],
    }
    for i in range(repeat):
        for kind, command in commands.items():
            scratch = scratch_base / f"{name}-{kind}-{i}"
            shutil.copytree(source, scratch)
            forget_clean_posts()  # every timed run starts with no post known clean
            run = run_watched(command(scratch))
            if run.rc not in (0, 1):
                print(f"  {kind} exited {run.rc}: {run.stderr.strip().splitlines()[-3:]}")
            getattr(batch, kind).append(run)
            print(f"  {name} {kind} run {i + 1}/{repeat}: {run.wall_s:.2f} s, peak RSS {run.peak_process_mb:.0f} MB largest process (main {run.peak_root_mb:.0f} MB), {run.peak_tree_mb:.0f} MB tree (PSS {run.peak_tree_pss_mb:.0f} MB)")
            if kind == "articlefix" and i == 0 and warm:
                # the same command again over the fixed folder: first every
                # post is checked (the ones written are not in the cache
                # yet), then the cache knows them all
                batch.recheck = run_watched(command(scratch)).wall_s
                batch.warm = run_watched(command(scratch)).wall_s
                print(f"  {name} articlefix again over the fixed posts: {batch.recheck:.2f} s; and once more (all in the cache): {batch.warm:.2f} s")
            shutil.rmtree(scratch)
    return batch


def forget_clean_posts() -> None:
    for known in Path(os.environ["ARTICLEFIX_CACHE_DIR"]).glob("clean-*.marshal"):
        known.unlink()


def post_near(folder: Path, size: int) -> Path:
    return min(sorted(folder.glob("*.md")), key=lambda p: abs(p.stat().st_size - size))


def time_single(corpus: Path, work: Path, runs: int) -> dict:
    """articlefix --check on a ~40 KB post vs Typer hello-world vs black --check."""
    one = work / "one.md"
    shutil.copyfile(post_near(corpus, 40_000), one)
    hello, small = work / "hello.py", work / "small.py"
    hello.write_text(TYPER_HELLO)
    small.write_text(SMALL_PY)
    commands = {
        "articlefix": [str(ARTICLEFIX), str(one), "--check"],
        "typer_hello": [sys.executable, str(hello)],
    }
    if BLACK.exists():
        commands["black"] = [str(BLACK), "--check", "-q", str(small)]
    else:
        print(f"  black not installed ({BLACK}); pip install -e '.[bench]' - skipping that line")
    times: dict[str, list[float]] = {k: [] for k in commands}
    codes: dict[str, set[int]] = {k: set() for k in commands}
    # run from the post's folder, as pre-commit runs in a blog's repository:
    # from here, articlefix would find and read this repository's own
    # pyproject.toml as its config file
    for cmd in commands.values():  # warm-up: byte-code, black's cache
        run_quick(cmd, work)
    for _ in range(runs):  # interleaved, so load spikes hit all alike
        for kind, cmd in commands.items():
            wall, rc = run_quick(cmd, work)
            times[kind].append(wall)
            codes[kind].add(rc)
    out = {"post_kb": round(one.stat().st_size / 1e3, 1), "runs": runs}
    for kind, values in times.items():
        out[kind] = {"median_s": round(statistics.median(values), 4), "min_s": round(min(values), 4), "exit_codes": sorted(codes[kind])}
    return out


def time_big(work: Path, mb: float, runs: int) -> dict:
    """End to end ``articlefix big.md --check`` on bench_dedup's pathological post of ~``mb`` MB."""
    from bench_dedup import build_post

    per_sentence = len(build_post(2000).encode("utf-8")) / 2000
    sentences = int(mb * 1e6 / per_sentence)
    big = work / "big.md"
    big.write_text(build_post(sentences), encoding="utf-8")
    results = [run_watched([str(ARTICLEFIX), str(big), "--check"]) for _ in range(runs)]
    walls = [r.wall_s for r in results]
    return {
        "mb": round(big.stat().st_size / 1e6, 2),
        "sentences": sentences,
        "best_s": round(min(walls), 3),
        "median_s": round(statistics.median(walls), 3),
        "peak_rss_mb": round(max(r.peak_process_mb for r in results), 1),
        "exit_codes": sorted({r.rc for r in results}),
    }


# --- report ----------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def target_rows(posts: int, synthetic: dict, single: dict | None, big: dict | None, dev: dict | None) -> list[tuple[str, str, str]]:
    s = synthetic
    rows = [
        (f"batch MB/s per core >= {MIN_MB_PER_CORE:g} (synthetic)", f"{s['mb_per_s_per_core']:.1f} ({s['mb_per_s']:.1f} MB/s, {s['files_per_s']:.0f} files/s, J={s['jobs']})", verdict(s["mb_per_s_per_core"] >= MIN_MB_PER_CORE)),
    ]
    if posts == 2000:
        rows.append((f"batch 2,000 posts <= {MAX_BATCH_S_2000:g} s", f"{s['articlefix_best_s']:.2f} s ({s['mb']:.1f} MB)", verdict(s["articlefix_best_s"] <= MAX_BATCH_S_2000)))
    if s.get("warm_s") is not None:
        rows.append(("batch again over the fixed posts (info)", f"{s['recheck_s']:.2f} s, then {s['warm_s']:.2f} s with all posts known clean ({s['mb'] / s['warm_s']:.0f} MB/s)", "info"))
    rows += [
        (f"batch within {MAX_FLOOR_RATIO:g}x read-regex-write floor", f"{s['ratio_to_floor']:.2f}x (floor {s['floor_best_s']:.2f} s)", verdict(s["ratio_to_floor"] <= MAX_FLOOR_RATIO)),
        (f"batch peak RSS, largest process < {MAX_RSS_MB:g} MB", f"{s['peak_rss_process_mb']:.0f} MB (main {s['peak_rss_main_mb']:.0f} MB; ru_maxrss {s['ru_maxrss_mb']:.0f} MB)", verdict(max(s["peak_rss_process_mb"], s["ru_maxrss_mb"]) < MAX_RSS_MB)),
        # RSS summed over forked processes counts shared pages once per process; PSS splits them
        (f"batch peak PSS, whole process tree < {MAX_RSS_MB:g} MB", f"{s['peak_pss_tree_mb']:.0f} MB (RSS sum {s['peak_rss_tree_mb']:.0f} MB; parent + {s['jobs']} workers)", verdict(s["peak_pss_tree_mb"] < MAX_RSS_MB)),
    ]
    if single:
        fix, typer_ = single["articlefix"]["median_s"], single["typer_hello"]["median_s"]
        rows.append((f"single {single['post_kb']:.0f} KB --check <= {MAX_TYPER_RATIO:g}x Typer hello", f"{fix * 1e3:.0f} ms vs {typer_ * 1e3:.0f} ms = {fix / typer_:.2f}x", verdict(fix <= MAX_TYPER_RATIO * typer_)))
        if "black" in single:
            black = single["black"]["median_s"]
            rows.append(("single --check faster than black --check", f"{fix * 1e3:.0f} ms vs {black * 1e3:.0f} ms = {fix / black:.2f}x", verdict(fix < black)))
        else:
            rows.append(("single --check faster than black --check", "black not installed", "SKIP"))
    if big:
        rows.append((f"{big['mb']:.1f} MB pathological post < {MAX_BIG_S:g} s", f"{big['best_s']:.2f} s (median {big['median_s']:.2f})", verdict(big["best_s"] < MAX_BIG_S)))
    if dev:
        rows.append(("dev-posts batch (info)", f"{dev['mb_per_s_per_core']:.1f} MB/s/core, {dev['articlefix_best_s']:.2f} s, {dev['ratio_to_floor']:.2f}x floor, PSS {dev['peak_pss_tree_mb']:.0f} MB", "info"))
    return rows


def print_table(rows: list[tuple[str, str, str]]) -> None:
    w1 = max(len(r[0]) for r in rows)
    w2 = max(len(r[1]) for r in rows)
    print(f"\n{'target':{w1}}  {'measured':{w2}}  verdict")
    print(f"{'-' * w1}  {'-' * w2}  -------")
    for target, measured, v in rows:
        print(f"{target:{w1}}  {measured:{w2}}  {v}")


def print_batch(b: dict, name: str) -> None:
    print(f"\n{name}: {b['files']} files, {b['mb']:.1f} MB, --jobs {b['jobs']}")
    print(f"  articlefix  best {b['articlefix_best_s']:.2f} s, median {b['articlefix_median_s']:.2f} s; "
          f"{b['mb_per_s']:.1f} MB/s ({b['mb_per_s_per_core']:.1f} per core), {b['files_per_s']:.0f} files/s; exit {b['exit_codes']}")
    print(f"  floor       best {b['floor_best_s']:.2f} s, median {b['floor_median_s']:.2f} s; {b['floor_mb_per_s']:.1f} MB/s; ratio {b['ratio_to_floor']:.2f}x")
    print(f"  peak memory largest process RSS {b['peak_rss_process_mb']:.0f} MB (ru_maxrss {b['ru_maxrss_mb']:.0f} MB; main process {b['peak_rss_main_mb']:.0f} MB); "
          f"tree RSS sum {b['peak_rss_tree_mb']:.0f} MB, PSS sum {b['peak_pss_tree_mb']:.0f} MB")


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="articlefix speed benchmark (issue 7); see the module docstring.")
    ap.add_argument("--posts", type=int, default=2000, help="synthetic posts (default 2000, ~85 MB)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for articlefix and the floor (default 2)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3, help="runs per batch timing; best and median reported")
    ap.add_argument("--single-runs", type=int, default=15, help="runs per single-file command")
    ap.add_argument("--big-mb", type=float, default=2.0, help="size of the pathological post in MB (default 2.0)")
    ap.add_argument("--skip-single", action="store_true", help="skip the single-file comparison")
    ap.add_argument("--skip-big", action="store_true", help="skip the pathological post")
    ap.add_argument("--skip-dev", action="store_true", help="skip ../shared/corpus/dev-posts")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "articlefix-bench", help="where generated corpora are kept")
    ap.add_argument("--json", type=Path, help="also save the figures here")
    return ap.parse_args()


def main() -> int:
    a = parse_args()
    if not ARTICLEFIX.exists():
        print(f"error: {ARTICLEFIX} not found; install first: .venv/bin/pip install -e '.[bench]'", file=sys.stderr)
        return 2
    compile_bytecode()
    # articlefix's caches (compiled patterns, posts known clean) in a folder
    # of the benchmark's: warm patterns as on a user's machine after the
    # first run, and no post known clean at the start of a timed run
    os.environ["ARTICLEFIX_CACHE_DIR"] = str(a.cache / "articlefix-cache")
    corpus = cached_corpus(a.cache, a.posts, a.seed)
    figures: dict = {"posts": a.posts, "seed": a.seed, "jobs": a.jobs, "repeat": a.repeat, "cores": os.cpu_count(), "load_start": os.getloadavg()[0]}
    print(f"load average at the start: {figures['load_start']:.2f} on {os.cpu_count()} cores")
    a.cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="run-", dir=a.cache) as tmp:
        work = Path(tmp)
        figures["synthetic"] = time_batch("synthetic", corpus, a.jobs, a.repeat, work, warm=True).figures()
        print_batch(figures["synthetic"], "synthetic corpus")
        if DEV_POSTS.is_dir() and not a.skip_dev:
            figures["dev_posts"] = time_batch("dev-posts", DEV_POSTS, a.jobs, a.repeat, work).figures()
            print_batch(figures["dev_posts"], f"dev posts ({DEV_POSTS})")
        elif not a.skip_dev:
            print(f"\n{DEV_POSTS} not present; skipped")
        if not a.skip_single:
            figures["single"] = single = time_single(corpus, work, a.single_runs)
            print(f"\nsingle file ({single['post_kb']} KB post, {a.single_runs} runs each, interleaved):")
            for kind in ("articlefix", "typer_hello", "black"):
                if kind in single:
                    print(f"  {kind:11} median {single[kind]['median_s'] * 1e3:6.0f} ms, min {single[kind]['min_s'] * 1e3:6.0f} ms; exit {single[kind]['exit_codes']}")
        if not a.skip_big:
            figures["big"] = big = time_big(work, a.big_mb, runs=3)
            print(f"\npathological post ({big['mb']} MB, {big['sentences']} sentences of bench_dedup.build_post): best {big['best_s']:.2f} s, median {big['median_s']:.2f} s, peak RSS {big['peak_rss_mb']:.0f} MB; exit {big['exit_codes']}")
    figures["ru_maxrss_children_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    rows = target_rows(a.posts, figures["synthetic"], figures.get("single"), figures.get("big"), figures.get("dev_posts"))
    print_table(rows)
    print(f"\ngetrusage(RUSAGE_CHILDREN).ru_maxrss over the whole benchmark (largest single child): {figures['ru_maxrss_children_mb']:.0f} MB")
    figures["load_end"] = os.getloadavg()[0]
    print(f"load average at the end: {figures['load_end']:.2f} on {os.cpu_count()} cores (other work on the machine makes timings noisy)")
    figures["targets"] = [{"target": t, "measured": m, "verdict": v} for t, m, v in rows]
    if a.json:
        a.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"figures saved to {a.json}")
    return 0 if all(v != "FAIL" for _, _, v in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
