"""Safe writes: atomic replace, file mode, line endings and BOM kept, an
unchanged post left alone (mtime too), symlinks followed, read-only refused."""

from __future__ import annotations

import os
import stat

import pytest

from cleaner.io import InputError, decode, read_post, write_atomic

from .test_cli import BROKEN_EN, CLEAN_JA, fixed, run, write


def test_in_place_keeps_crlf_bom_and_mode(tmp_path):
    post = tmp_path / "post.md"
    post.write_bytes(("\ufeff" + BROKEN_EN).replace("\n", "\r\n").encode())
    os.chmod(post, 0o640)
    assert run(post, "--in-place").returncode == 0
    data = post.read_bytes()
    assert data == ("\ufeff" + fixed(BROKEN_EN)).replace("\n", "\r\n").encode()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert stat.S_IMODE(post.stat().st_mode) == 0o640


def test_lf_post_stays_lf_without_bom(tmp_path):
    post = write(tmp_path, "post.md", BROKEN_EN)
    assert run(post, "-i").returncode == 0
    data = post.read_bytes()
    assert b"\r" not in data and not data.startswith("\ufeff".encode())


def test_a_post_with_nothing_to_fix_is_not_rewritten(tmp_path):
    post = write(tmp_path, "clean.md", CLEAN_JA)
    os.utime(post, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    inode = post.stat().st_ino
    assert run(post, "--in-place").returncode == 0
    assert post.stat().st_mtime_ns == 1_000_000_000_000_000_000
    assert post.stat().st_ino == inode  # not replaced by a copy either


def test_in_place_replaces_the_file_by_rename(tmp_path):
    post = write(tmp_path, "post.md", BROKEN_EN)
    inode = post.stat().st_ino
    assert run(post, "-i").returncode == 0
    assert post.stat().st_ino != inode  # a new file renamed over the old one
    assert sorted(p.name for p in tmp_path.iterdir()) == ["post.md"]  # no temp file left


def test_symlinked_post_stays_a_symlink(tmp_path):
    real = write(tmp_path, "real/post.md", BROKEN_EN)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    assert run(link, "-i").returncode == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8") == fixed(BROKEN_EN)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write read-only files")
def test_read_only_post_is_refused_not_replaced(tmp_path):
    post = write(tmp_path, "post.md", BROKEN_EN)
    os.chmod(post, 0o444)
    proc = run(post, "-i")
    assert proc.returncode == 2
    assert f"{post}: cannot write (permission denied" in proc.stderr_text
    assert post.read_text(encoding="utf-8") == BROKEN_EN


def test_write_atomic_cleans_up_its_temp_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "post.md"
    target.write_text("old\n")

    def boom(*_a):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_atomic(target, b"new\n")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["post.md"]


def test_write_atomic_creates_new_files_with_the_source_mode(tmp_path):
    source = tmp_path / "in.md"
    source.write_text("x\n")
    os.chmod(source, 0o600)
    target = tmp_path / "out.md"
    write_atomic(target, b"y\n", mode_from=source)
    assert target.read_bytes() == b"y\n" and stat.S_IMODE(target.stat().st_mode) == 0o600


def test_decode_reports_binary_and_non_utf8_in_one_line():
    with pytest.raises(InputError, match=r"^x\.md: binary file"):
        decode(b"abc\x00def", "x.md")
    with pytest.raises(InputError, match=r"^x\.md: not UTF-8 \(invalid byte 0x82 at offset 0\)$"):
        decode("あ".encode("shift_jis"), "x.md")


def test_decode_remembers_bom_and_newline():
    post = decode("\ufeffa\r\nb\r\n".encode(), "x")
    assert post.text == "a\nb\n" and post.bom and post.newline == "\r\n"
    assert post.encode(post.text) == post.data


def test_read_post_missing_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_post(tmp_path / "gone.md")
    with pytest.raises(InputError, match="is a directory"):
        read_post(tmp_path)


def test_write_atomic_fsyncs_only_when_asked_to_be_durable(tmp_path, monkeypatch):
    calls = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append(fd), real(fd)))
    target = tmp_path / "post.md"
    write_atomic(target, b"quick\n")
    assert target.read_bytes() == b"quick\n" and calls == []
    write_atomic(target, b"durable\n", durable=True)
    assert target.read_bytes() == b"durable\n" and len(calls) == 2  # the file, then its folder
