"""Batch runs over folders: discovery, --exclude, --jobs, bad files, --out-dir,
the progress bar and summary table, a run killed part-way, and the corpus."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleaner import batch
from cleaner.batch import Task, mirror_target
from cleaner.discovery import collect_paths
from cleaner.runner import Mode
from cleaner.settings import Settings

from .conftest import CORPUS
from .test_cli import BROKEN_EN, CLEAN_JA, ENV, SEED_FIXTURE, fixed, run, write


def make_site(root: Path) -> dict[str, Path]:
    posts = {
        "top": write(root, "_posts/2026-01-01-a.md", BROKEN_EN),
        "nested": write(root, "_posts/2025/12/b.markdown", BROKEN_EN),
        "clean": write(root, "_posts/2025/c.md", CLEAN_JA),
        "draft": write(root, "_posts/drafts/d.md", BROKEN_EN),
        "other": write(root, "_posts/notes.txt", BROKEN_EN),
        "hidden": write(root, "_posts/.cache/e.md", BROKEN_EN),
        "modules": write(root, "_posts/node_modules/pkg/README.md", BROKEN_EN),
    }
    return posts


def test_folders_are_searched_recursively_for_posts(tmp_path):
    site = make_site(tmp_path)
    found = collect_paths([str(tmp_path / "_posts")])
    assert found == [site["nested"], site["clean"], site["top"], site["draft"]]


def test_hidden_files_are_left_out_of_a_folder_walk_but_taken_when_named(tmp_path):
    # macOS writes "._post.md" metadata (binary) beside posts on some drives;
    # it made a folder run fail with "binary file" (exit 2)
    site = make_site(tmp_path)
    apple = tmp_path / "_posts" / "._2026-01-01-a.md"
    apple.write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X")
    hidden = write(tmp_path, "_posts/.draft.md", BROKEN_EN)
    assert collect_paths([str(tmp_path / "_posts")]) == [site["nested"], site["clean"], site["top"], site["draft"]]
    assert collect_paths([str(hidden)]) == [hidden]
    proc = run("_posts", "--check", cwd=tmp_path)
    assert proc.returncode == 1 and "binary" not in proc.stderr_text


def test_exclude_globs_and_explicit_files(tmp_path):
    site = make_site(tmp_path)
    posts = str(tmp_path / "_posts")
    assert site["draft"] not in collect_paths([posts], exclude=["drafts"])
    assert collect_paths([posts], exclude=["*.markdown", "_posts/drafts"]) == [site["clean"], site["top"]]
    # a file named on the command line is taken whatever its suffix
    assert collect_paths([str(site["other"]), str(site["top"]), str(site["top"])]) == [site["other"], site["top"]]
    # quoted globs are expanded (recursively with **)
    assert collect_paths([str(tmp_path / "_posts" / "**" / "*.markdown")]) == [site["nested"]]


def test_in_place_over_a_folder_with_exclude(tmp_path):
    site = make_site(tmp_path)
    proc = run("_posts", "--in-place", "--exclude", "drafts", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr_text
    assert site["top"].read_text(encoding="utf-8") == fixed(BROKEN_EN)
    assert site["nested"].read_text(encoding="utf-8") == fixed(BROKEN_EN)
    for untouched in ("draft", "other", "hidden", "modules"):
        assert site[untouched].read_text(encoding="utf-8") == BROKEN_EN
    assert site["clean"].read_text(encoding="utf-8") == CLEAN_JA
    # the summary table
    rows = summary_rows(proc.stdout_text)
    assert rows["files scanned"] == 3 and rows["fixed"] == 2 and rows["unchanged"] == 1 and rows["failed"] == 0


def summary_rows(stdout: str) -> dict[str, int]:
    rows = {}
    for line in stdout.splitlines():
        words = line.split()
        if len(words) >= 2 and words[-1].isdigit():
            rows[" ".join(words[:-1])] = int(words[-1])
    return rows


def test_summary_table_counts(tmp_path):
    make_site(tmp_path)
    bad = tmp_path / "_posts" / "zz-bad.md"
    bad.write_bytes(b"\x00\x01binary")
    proc = run("_posts", cwd=tmp_path)
    rows = summary_rows(proc.stdout_text)
    assert rows["files scanned"] == 5
    assert rows["would be fixed"] == 3 and rows["unchanged"] == 1 and rows["failed"] == 1
    assert rows["seams"] >= 3 and rows["dedup"] >= 3
    assert rows["fixes"] == sum(v for k, v in rows.items() if k in ("monologue", "seams", "dedup", "title"))
    expected_removed = 3 * (len(BROKEN_EN.encode()) - len(fixed(BROKEN_EN).encode()))
    assert rows["bytes removed"] == expected_removed


def test_one_bad_file_is_skipped_with_one_line_and_the_rest_processed(tmp_path):
    good = write(tmp_path, "posts/a-good.md", BROKEN_EN)
    later = write(tmp_path, "posts/z-good.md", BROKEN_EN)
    bad_files = {
        "b-sjis.md": "壊れた文字コードの記事です。".encode("shift_jis"),
        "c-binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00",
        "d-frontmatter.md": b"---\n- a list\n- is not a mapping\n---\n\nbody text here.\n",
    }
    for name, data in bad_files.items():
        (tmp_path / "posts" / name).write_bytes(data)
    proc = run(tmp_path / "posts", tmp_path / "posts" / "vanished.md", "--in-place")
    assert proc.returncode == 2
    errors = proc.stderr_text.strip().splitlines()
    assert len(errors) == 4, proc.stderr_text
    assert all(line.startswith("articlefix: error: ") for line in errors)
    for name in [*bad_files, "vanished.md"]:
        assert sum(str(tmp_path / "posts" / name) in line for line in errors) == 1, name
    assert "not UTF-8" in errors[0] and "binary" in errors[1] and "front matter" in errors[2] and "no such file" in errors[3]
    assert "Traceback" not in proc.stderr_text
    for name, data in bad_files.items():
        assert (tmp_path / "posts" / name).read_bytes() == data
    assert good.read_text(encoding="utf-8") == fixed(BROKEN_EN) == later.read_text(encoding="utf-8")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    post = write(tmp_path, "post.md", BROKEN_EN)
    os.chmod(post, 0)
    proc = run(post)
    assert proc.returncode == 2 and f"{post}: cannot read (Permission denied)" in proc.stderr_text


def test_a_file_that_vanishes_after_discovery(tmp_path):
    posts = [write(tmp_path, f"p{i}.md", BROKEN_EN) for i in range(3)]
    tasks = [Task(p, Settings(), Mode(write="in-place")) for p in posts]
    posts[1].unlink()
    results = list(batch.run(tasks, jobs=2))
    assert [r.path for r in results] == [str(p) for p in posts]
    assert results[1].error == f"{posts[1]}: no such file" and not posts[1].exists()
    assert results[0].written and results[2].written


def test_output_is_the_same_for_any_number_of_jobs(tmp_path):
    for i in range(12):
        write(tmp_path, f"posts/{i:02d}.md", BROKEN_EN if i % 3 else CLEAN_JA)
    outputs = {jobs: run(tmp_path / "posts", "-v", "--jobs", jobs) for jobs in (1, 2, 4)}
    assert outputs[1].returncode == 1
    assert outputs[1].stdout_text == outputs[2].stdout_text == outputs[4].stdout_text
    assert outputs[1].stdout_text.index("01.md") < outputs[1].stdout_text.index("11.md")


def test_report_accounts_for_every_changed_file(tmp_path):
    site = make_site(tmp_path)
    report = tmp_path / "r.json"
    proc = run("_posts", "-i", "--report", report, cwd=tmp_path)
    assert proc.returncode == 0
    data = json.loads(report.read_text(encoding="utf-8"))
    written = {f["path"] for f in data["files"] if f["written"]}
    assert written == {str(site[k].relative_to(tmp_path)) for k in ("top", "nested", "draft")}
    assert all(f["fixes"] for f in data["files"] if f["changed"])


def test_a_markdown_report_inside_the_posts_folder_is_not_taken_for_a_post(tmp_path):
    write(tmp_path, "posts/a.md", BROKEN_EN)
    assert run("posts", "-i", "--report", "posts/report.md", cwd=tmp_path).returncode == 0
    second = run("posts", "-i", "--report", "posts/report.md", cwd=tmp_path)
    assert second.returncode == 0 and "files scanned" not in second.stdout_text  # one post: one line
    assert "1 file scanned: 0 fixed, 1 unchanged" in second.stdout_text


# -- --out-dir -------------------------------------------------------------------


def test_out_dir_mirrors_the_tree_and_leaves_the_input_alone(tmp_path):
    site = make_site(tmp_path)
    proc = run("_posts", "--out-dir", "fixed", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr_text
    out = tmp_path / "fixed" / "_posts"
    assert (out / "2026-01-01-a.md").read_text(encoding="utf-8") == fixed(BROKEN_EN)
    assert (out / "2025/12/b.markdown").read_text(encoding="utf-8") == fixed(BROKEN_EN)
    assert (out / "2025/c.md").read_bytes() == site["clean"].read_bytes()  # copied as is
    assert site["top"].read_text(encoding="utf-8") == BROKEN_EN
    assert "Fixed _posts/2026-01-01-a.md → fixed/_posts/2026-01-01-a.md" in proc.stdout_text
    # a second run does not pick up the output folder when it lies inside the input
    proc = run(".", "--out-dir", "fixed", cwd=tmp_path)
    assert proc.returncode == 0 and not (tmp_path / "fixed" / "fixed").exists()


def test_out_dir_refuses_paths_that_would_escape_it(tmp_path):
    inside = tmp_path / "work"
    inside.mkdir()
    outside = write(tmp_path, "outside.md", BROKEN_EN)
    ok = write(inside, "ok.md", BROKEN_EN)
    proc = run("../outside.md", "ok.md", "--out-dir", "out", cwd=inside)
    assert proc.returncode == 2
    assert "../outside.md: outside the current folder" in proc.stderr_text
    assert (inside / "out" / "ok.md").read_text(encoding="utf-8") == fixed(BROKEN_EN)
    assert not (tmp_path / "outside.md.fixed").exists() and outside.read_text(encoding="utf-8") == BROKEN_EN
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.md")) == ["outside.md", "work/ok.md", "work/out/ok.md"]
    assert ok.read_text(encoding="utf-8") == BROKEN_EN


def test_mirror_target_rejects_symlinks_out_of_the_out_dir(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out" / "posts").symlink_to(tmp_path / "elsewhere")
    assert mirror_target(Path("a.md"), tmp_path / "out", cwd=tmp_path) == tmp_path / "out" / "a.md"
    with pytest.raises(batch.EscapesOutDir, match="outside --out-dir"):
        mirror_target(Path("posts/a.md"), tmp_path / "out", cwd=tmp_path)
    with pytest.raises(batch.EscapesOutDir, match="outside the current folder"):
        mirror_target(Path("/etc/passwd"), tmp_path / "out", cwd=tmp_path)


# -- progress bar ----------------------------------------------------------------


def test_no_progress_bar_when_not_a_terminal(tmp_path):
    for i in range(5):
        write(tmp_path, f"posts/{i}.md", BROKEN_EN)
    proc = run(tmp_path / "posts", "-i")
    assert "━" not in proc.stderr_text + proc.stdout_text and proc.stderr_text == ""


def _run_on_a_terminal(args: list[str], cwd: Path) -> tuple[int, str]:
    import pty

    master, slave = pty.openpty()
    env = {**ENV, "TERM": "xterm-256color", "COLUMNS": "100"}
    proc = subprocess.Popen([sys.executable, "-m", "cleaner", *args], cwd=cwd, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses a Linux pseudo-terminal")
def test_progress_bar_on_a_terminal_and_hidden_with_quiet(tmp_path):
    for i in range(40):
        write(tmp_path, f"posts/{i:02d}.md", BROKEN_EN)
    code, screen = _run_on_a_terminal(["posts", "--jobs", "1"], tmp_path)
    assert code == 1
    assert "━" in screen and "/40" in screen  # the bar and its n/total column
    assert "files scanned" in screen
    code, screen = _run_on_a_terminal(["posts", "--quiet"], tmp_path)
    assert code == 1 and "━" not in screen and screen.strip() == ""


# -- a run killed part-way ---------------------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2])
def test_sigkill_part_way_leaves_every_post_original_or_fully_fixed(tmp_path, jobs):
    original = SEED_FIXTURE.read_bytes()
    complete = fixed(original.decode("utf-8")).encode("utf-8")
    assert complete != original
    folder = tmp_path / "posts"
    folder.mkdir()
    names = [f"{i:04d}-post.md" for i in range(120)]
    for name in names:
        (folder / name).write_bytes(original)
    proc = subprocess.Popen(
        [sys.executable, "-m", "cleaner", str(folder), "--in-place", "--jobs", str(jobs), "-q"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True, env=ENV,
    )
    watch = [folder / n for n in names[:4]]
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if any(p.read_bytes() != original for p in watch):
                break
            time.sleep(0.002)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the CLI and its workers
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    time.sleep(0.2)
    posts = sorted(p.name for p in folder.iterdir() if p.suffix in (".md", ".markdown"))
    assert posts == names  # nothing lost, no temp file that looks like a post
    states = [(folder / n).read_bytes() for n in names]
    assert all(s in (original, complete) for s in states)
    assert states.count(complete) >= 1 and states.count(original) >= 1  # it really was part-way
    for leftover in set(os.listdir(folder)) - set(names):
        assert leftover.endswith(".articlefix.tmp") and leftover.startswith(".")
    # and the next run finishes the job
    assert run(folder, "-i", "-q", "--jobs", "2").returncode == 0
    assert all((folder / n).read_bytes() == complete for n in names)


# -- the corpus --------------------------------------------------------------------


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/dev-posts is not beside this checkout")
def test_corpus_in_place_with_report_then_second_run_changes_nothing(tmp_path):
    folder = tmp_path / "posts"
    shutil.copytree(CORPUS, folder)
    os.chmod(folder, 0o755)
    for p in folder.iterdir():
        os.chmod(p, 0o644)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    report = tmp_path / "r.json"
    proc = run(folder, "--in-place", "--report", report)
    assert proc.returncode == 0, proc.stderr_text
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["summary"]["files"] == len(before) and data["summary"]["failed"] == 0
    entries = {Path(f["path"]).name: f for f in data["files"]}
    assert set(entries) == set(before)
    changed = {n for n in before if (folder / n).read_bytes() != before[n]}
    assert changed and changed == {n for n, f in entries.items() if f["written"]}
    assert all(entries[n]["fixes"] for n in changed)
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "r.json"}
    second = run(folder, "--in-place", "--report", tmp_path / "r2.json")
    assert second.returncode == 0
    again = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert [n for n in after if again[n] != after[n]] == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses a Linux pseudo-terminal")
def test_diff_is_coloured_on_a_terminal_only(tmp_path):
    write(tmp_path, "post.md", BROKEN_EN)
    code, screen = _run_on_a_terminal(["post.md", "--diff"], tmp_path)
    assert code == 1 and "\x1b[" in screen and "END" in screen
    code, screen = _run_on_a_terminal(["post.md", "--diff", "--no-color"], tmp_path)
    assert code == 1 and "\x1b[" not in screen and "----END---" in screen
