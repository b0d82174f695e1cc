"""The command line and file handling against a hostile user (red team of
the CLI): odd line endings and encodings, names at the file-system limit,
Ctrl-C in a batch, a report or output folder that would land on the posts.
Real files in, real files out, through ``python -m cleaner``."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys

import pytest

from cleaner import io as post_io
from cleaner.pipeline import clean_text

from .test_cli import BROKEN_EN, CLEAN_JA, ENV, fixed, run, write

# -- line endings and encodings ---------------------------------------------------


def test_a_cr_only_post_is_fixed_and_keeps_its_cr_line_ends(tmp_path):
    # classic Mac line ends: the rules used to see one long line (the seam
    # stayed) and the writer appended an LF to the CR file
    post = tmp_path / "mac.md"
    post.write_bytes(BROKEN_EN.replace("\n", "\r").encode())
    assert run(post, "-i").returncode == 0
    assert post.read_bytes() == fixed(BROKEN_EN).replace("\n", "\r").encode()
    assert run(post, "--check").returncode == 0  # and a second run finds nothing


def test_a_cr_only_post_with_nothing_to_fix_is_left_alone(tmp_path):
    post = tmp_path / "mac.md"
    data = CLEAN_JA.replace("\n", "\r").encode()
    post.write_bytes(data)
    os.utime(post, ns=(10**18, 10**18))
    assert run(post, "-i").returncode == 0
    assert post.read_bytes() == data and post.stat().st_mtime_ns == 10**18


@pytest.mark.parametrize("encoding, name", [("utf-16", "UTF-16"), ("utf-32", "UTF-32")])
def test_utf16_and_utf32_posts_are_named_as_such_not_binary(tmp_path, encoding, name):
    post = tmp_path / "wide.md"
    data = CLEAN_JA.encode(encoding)  # with its byte-order mark
    post.write_bytes(data)
    proc = run(post, "-i")
    assert proc.returncode == 2
    assert proc.stderr_text.strip() == f"articlefix: error: {post}: {name} text (byte-order mark), not UTF-8; convert it first (iconv -f {name} -t UTF-8)"
    assert post.read_bytes() == data


# -- writing --------------------------------------------------------------------------


def test_a_nul_byte_anywhere_makes_the_post_binary_and_it_is_left_alone(tmp_path):
    # (only the first 8 KB were looked at: a NUL further on went through)
    post = tmp_path / "late-nul.md"
    data = (BROKEN_EN + "x" * 10_000 + "\x00\n").encode()
    post.write_bytes(data)
    other = write(tmp_path, "other.md", BROKEN_EN)
    proc = run(tmp_path, "-i")
    assert proc.returncode == 2 and "binary file (NUL byte)" in proc.stderr_text
    assert post.read_bytes() == data and other.read_text(encoding="utf-8") == fixed(BROKEN_EN)


@pytest.mark.parametrize("stem", ["a" * 250, "記" * 82])
def test_a_post_whose_name_is_near_the_file_name_limit_can_be_fixed_in_place(tmp_path, stem):
    # the temp file's name adds 26 bytes: ".NAME.xxxxxxxx.articlefix.tmp"
    name = stem + ".md"
    assert len(name.encode()) <= 255
    post = write(tmp_path, name, BROKEN_EN)
    proc = run(post, "-i")
    assert proc.returncode == 0, proc.stderr_text
    assert post.read_text(encoding="utf-8") == fixed(BROKEN_EN)
    assert os.listdir(tmp_path) == [name]


def test_temp_names_stay_within_255_bytes_and_keep_their_shape():
    for name in ("post.md", "a" * 255, "記" * 85, "é" * 127 + ".md"):
        tmp = post_io.temp_name(name, "0123abcd")
        assert len(tmp.encode()) <= 255
        assert tmp.startswith(".") and tmp.endswith(".0123abcd.articlefix.tmp")
        assert name.startswith(tmp[1 : -len(".0123abcd.articlefix.tmp")])


def test_an_interrupt_as_the_temp_file_is_created_leaves_no_temp_file(tmp_path, monkeypatch):
    # A Ctrl-C that arrives while the temp file is being created surfaces
    # right after os.open returns; tempfile.mkstemp then lost the name and
    # left the file behind (3 runs in 25 of a Ctrl-C'd batch did).
    target = write(tmp_path, "post.md", BROKEN_EN)
    real_open = os.open

    def open_then_interrupted(path, flags, mode=0o777, **kw):
        fd = real_open(path, flags, mode, **kw)
        os.close(fd)
        raise KeyboardInterrupt

    monkeypatch.setattr(post_io.os, "open", open_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        post_io.write_atomic(target, b"new")
    assert os.listdir(tmp_path) == ["post.md"] and target.read_text(encoding="utf-8") == BROKEN_EN


def test_ctrl_c_in_a_parallel_in_place_batch(tmp_path):
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it)
    part-way through ``--in-place --jobs 2``: exit 130, no traceback, no temp
    file, every post the original or completely fixed."""
    folder, names, original, returncode, err = interrupted_batch(tmp_path, lambda pid: os.killpg(pid, signal.SIGINT))
    assert returncode == 130
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err
    assert sorted(os.listdir(folder)) == names  # no temp file left
    complete = fixed(BROKEN_EN * 40).encode()
    states = [(folder / n).read_bytes() for n in names]
    assert all(s in (original, complete) for s in states)
    assert states.count(original) >= 1  # it was interrupted, not finished


def interrupted_batch(tmp_path, interrupt):
    """300 broken posts, ``--in-place --jobs 2`` in its own process group,
    ``interrupt(pid)`` once the first post is written; the folder, the
    post names, their original bytes, the exit status and stderr."""
    folder = tmp_path / "posts"
    original = (BROKEN_EN * 40).encode()
    names = [f"p{i:03d}.md" for i in range(300)]
    for n in names:
        write(folder, n, "").write_bytes(original)
    proc = subprocess.Popen([sys.executable, "-m", "cleaner", str(folder), "-i", "--jobs", "2"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=ENV, start_new_session=True)
    try:
        proc.stdout.readline()  # the first post is written: the run is under way
        interrupt(proc.pid)
        _, err = proc.communicate(timeout=60)  # the workers must not keep the pipes open
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
    return folder, names, original, proc.returncode, err


@pytest.mark.parametrize("to_group", [False, True], ids=["kill-PID", "kill-group"])
def test_sigterm_in_a_parallel_in_place_batch(tmp_path, to_group):
    """SIGTERM to the CLI alone (``kill PID``, ``timeout``) killed it and left
    its workers blocked for ever on a full result pipe, holding stdout open:
    the caller hung.  Now the workers go with it; to the whole group, no
    worker leaves a temp file (writes hold the signal back)."""
    folder, names, original, returncode, err = interrupted_batch(tmp_path, lambda pid: (os.killpg if to_group else os.kill)(pid, signal.SIGTERM))
    assert returncode == -signal.SIGTERM and b"Traceback" not in err
    assert sorted(os.listdir(folder)) == names
    complete = fixed(BROKEN_EN * 40).encode()
    assert all((folder / n).read_bytes() in (original, complete) for n in names)


def test_a_post_that_could_not_be_written_counts_as_failed_not_as_fixed(tmp_path):
    # the summary said "fixed 2, failed 1" for two posts, one of them unwritable
    write(tmp_path, "a/x.md", BROKEN_EN)
    write(tmp_path, "b.md", BROKEN_EN)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a").write_text("a file where the folder a/ should go")
    proc = run("a/x.md", "b.md", "--out-dir", "out", "--report", "r.json", cwd=tmp_path)
    assert proc.returncode == 2
    assert "a/x.md" in proc.stderr_text and "cannot write" in proc.stderr_text
    summary = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["summary"]
    assert (summary["files"], summary["changed"], summary["unchanged"], summary["failed"]) == (2, 1, 0, 1)
    assert summary["fixes"] == len(clean_text(BROKEN_EN).fixes)  # b.md's only
    assert (tmp_path / "out" / "b.md").read_text(encoding="utf-8") == fixed(BROKEN_EN)
    table = {line.split()[0]: line.split()[-1] for line in proc.stdout_text.splitlines() if line.startswith("  ")}
    assert (table["fixed"], table["failed"]) == ("1", "1")


# -- a report or output that would land on the posts --------------------------------


def test_a_report_named_like_an_input_post_is_refused_and_the_post_kept(tmp_path):
    # it used to be left out of the run as "the report" and then written over it
    post = write(tmp_path, "post.md", BROKEN_EN)
    other = write(tmp_path, "posts/other.md", BROKEN_EN)
    for args in (["post.md", "--report", "post.md"], ["posts", "--report", "posts/other.md"], ["post.md", "-i", "--report", "./post.md"]):
        proc = run(*args, cwd=tmp_path)
        assert proc.returncode == 2, args
        assert len(proc.stderr_text.strip().splitlines()) == 1 and "--report" in proc.stderr_text
        assert proc.stdout_text == ""
    assert post.read_text(encoding="utf-8") == BROKEN_EN and other.read_text(encoding="utf-8") == BROKEN_EN


def test_a_markdown_report_from_an_earlier_run_may_be_overwritten(tmp_path):
    write(tmp_path, "posts/a.md", BROKEN_EN)
    assert run("posts", "--report", "posts/report.md", cwd=tmp_path).returncode == 1
    first = (tmp_path / "posts" / "report.md").read_text(encoding="utf-8")
    assert first.startswith("# articlefix report")
    proc = run("posts", "-i", "--report", "posts/report.md", cwd=tmp_path)
    assert proc.returncode == 0 and "report.md" not in proc.stdout_text  # not taken as a post
    assert (tmp_path / "posts" / "a.md").read_text(encoding="utf-8") == fixed(BROKEN_EN)


@pytest.mark.parametrize("report, message", [("missing/r.json", "no such folder"), (".", "is a folder")])
def test_a_report_that_cannot_be_written_is_refused_before_any_post_is(tmp_path, report, message):
    # it was found only after the batch had been written, and the run exited 0 or 1
    post = write(tmp_path, "post.md", BROKEN_EN)
    proc = run("post.md", "-i", "--report", report, cwd=tmp_path)
    assert proc.returncode == 2 and message in proc.stderr_text
    assert post.read_text(encoding="utf-8") == BROKEN_EN


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (a file every write to fails)")
def test_a_report_write_that_fails_after_the_run_exits_2(tmp_path):
    # the error line was printed but the run exited 1 (or 0 when writing)
    post = write(tmp_path, "post.md", BROKEN_EN)
    proc = run("post.md", "-i", "--report", "/dev/full", cwd=tmp_path)
    assert proc.returncode == 2
    assert "cannot write report /dev/full" in proc.stderr_text
    assert post.read_text(encoding="utf-8") == fixed(BROKEN_EN)  # the posts themselves were fixed


@pytest.mark.parametrize("args, message", [
    (["--out-dir", "."], "is the current folder"),
    (["--out-dir", ""], "is the current folder"),
    (["-o", ""], "is a folder"),
    (["-o", "sub"], "is a folder"),
])
def test_output_that_would_land_on_the_posts_or_is_a_folder_is_a_usage_error(tmp_path, args, message):
    # --out-dir . used to leave every post out as "the output folder": "no posts found", exit 0
    post = write(tmp_path, "post.md", BROKEN_EN)
    (tmp_path / "sub").mkdir()
    proc = run("post.md", *args, cwd=tmp_path)
    assert proc.returncode == 2 and message in proc.stderr_text and len(proc.stderr_text.strip().splitlines()) == 1
    assert post.read_text(encoding="utf-8") == BROKEN_EN and os.listdir(tmp_path / "sub") == []


# -- --diff is a patch of the file as it is --------------------------------------------

_NO_FINAL_NEWLINE = BROKEN_EN + "\nSmall libraries tend to survive because they do one thing and their authors can keep that one thing working for a decade."


@pytest.mark.skipif(shutil.which("patch") is None, reason="needs patch(1)")
@pytest.mark.parametrize("variant", ["crlf", "bom-crlf", "no-final-newline", "line-separator-in-a-line"])
def test_the_diff_applies_with_patch_and_gives_the_in_place_result(tmp_path, variant):
    # a CRLF post's diff had LF lines (patch: "different line endings"); a
    # last line without a newline had the next diff line glued onto it;
    # lines were split at U+2028, which patch does not
    text = {
        "crlf": BROKEN_EN.replace("\n", "\r\n"),
        "bom-crlf": "\ufeff" + BROKEN_EN.replace("\n", "\r\n"),
        "no-final-newline": _NO_FINAL_NEWLINE,
        "line-separator-in-a-line": BROKEN_EN.replace("In the end,", "In the end,\u2028"),
    }[variant]
    for name in ("patched", "in-place"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "post.md").write_bytes(text.encode())
    diff = run("post.md", "--diff", cwd=tmp_path / "patched")
    assert diff.returncode == 1
    subprocess.run(["patch", "-p1", "-s", "--binary"], input=diff.stdout, cwd=tmp_path / "patched", check=True)
    assert run("post.md", "-i", cwd=tmp_path / "in-place").returncode == 0
    assert (tmp_path / "patched" / "post.md").read_bytes() == (tmp_path / "in-place" / "post.md").read_bytes()


# -- options as black and ruff users write them ---------------------------------------


def test_check_with_diff_prints_the_diff_and_exits_1_as_black(tmp_path):
    # 'black --check --diff' is the usual CI line; it was a usage error here
    post = write(tmp_path, "post.md", BROKEN_EN)
    both = run(post, "--check", "--diff")
    assert both.returncode == 1
    assert both.stdout == run(post, "--diff").stdout and both.stdout_text.startswith("--- a/")
    assert post.read_text(encoding="utf-8") == BROKEN_EN
    clean = write(tmp_path, "clean.md", CLEAN_JA)
    assert run(clean, "--check", "--diff").returncode == 0


@pytest.mark.skipif(len(os.sched_getaffinity(0)) > 60, reason="twice the cores would still exceed 256 file descriptors")
def test_jobs_far_above_the_cores_is_lowered_not_a_hang(tmp_path):
    # -j 300 over 300 posts forked 300 workers; with a file-descriptor limit
    # of 256 the pool hung for good
    import resource

    folder = tmp_path / "posts"
    for i in range(300):
        write(folder, f"p{i:03d}.md", BROKEN_EN)

    def low_fd_limit():
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))

    proc = subprocess.run([sys.executable, "-m", "cleaner", str(folder), "--check", "-q", "-j", "300"], capture_output=True,
                          env=ENV, timeout=120, preexec_fn=low_fd_limit)
    assert proc.returncode == 1 and proc.stderr == b""
    assert len(proc.stdout.decode().splitlines()) == 300


# -- which files a folder stands for ---------------------------------------------------


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_folder_walk_leaves_out_what_git_ignores_as_ruff_and_black_do(tmp_path):
    # a Jekyll site installs its gems under vendor/bundle (git-ignored), and
    # each gem's README.md was taken for a post and rewritten
    site = tmp_path / "site"
    subprocess.run(["git", "init", "-q", str(site)], check=True)
    write(site, ".gitignore", "vendor/\n")
    write(site, "_posts/.gitignore", "*.draft.md\n")
    post = write(site, "_posts/a.md", BROKEN_EN)
    draft = write(site, "_posts/b.draft.md", BROKEN_EN)
    gem_readme = write(site, "vendor/bundle/gems/x/README.md", BROKEN_EN)
    proc = run(".", "-i", cwd=site)
    assert proc.returncode == 0, proc.stderr_text
    assert post.read_text(encoding="utf-8") == fixed(BROKEN_EN)
    assert draft.read_text(encoding="utf-8") == BROKEN_EN and gem_readme.read_text(encoding="utf-8") == BROKEN_EN
    # named on the command line (a file, or an ignored folder), it is taken
    assert run("_posts/b.draft.md", "vendor", "-i", cwd=site).returncode == 0
    assert draft.read_text(encoding="utf-8") == fixed(BROKEN_EN) and gem_readme.read_text(encoding="utf-8") == fixed(BROKEN_EN)


def test_a_folder_outside_any_git_work_tree_is_walked_as_before(tmp_path):
    folder = tmp_path / "posts"
    write(folder, "vendor/a.md", BROKEN_EN)
    proc = run(folder, "--check")
    assert proc.returncode == 1 and "vendor/a.md" in proc.stdout_text
