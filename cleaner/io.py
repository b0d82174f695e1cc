"""Reading and writing posts: encoding checks, line endings, BOM, atomic writes.

Rules see text with ``\\n`` newlines and no BOM; ``PostFile`` remembers what
the file had so that the fixed text goes back in the same form.
"""

from __future__ import annotations

import dataclasses
import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

BOM = "\ufeff"


class InputError(Exception):
    """A post that cannot be processed; the message is one line for the user."""


@dataclass(frozen=True)
class PostFile:
    text: str  # ``\n`` newlines, BOM removed
    bom: bool
    newline: str  # "\n" or "\r\n"
    #: the bytes as read (so that an unchanged post is copied byte for byte)
    data: bytes = field(default=b"", repr=False, compare=False)
    #: (size, modification time in ns) of the file read, from the open file
    #: itself (``known_clean.py``); None for stdin
    stat: tuple[int, int] | None = field(default=None, repr=False, compare=False)

    def encode(self, text: str) -> bytes:
        if self.newline != "\n":
            text = text.replace("\n", self.newline)
        return ((BOM if self.bom else "") + text).encode("utf-8")


def decode(data: bytes, name: str = "<stdin>") -> PostFile:
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (NUL byte), not a text post")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    bom = raw.startswith(BOM)
    if bom:
        raw = raw[1:]
    crlf = raw.count("\r\n")
    newline = "\r\n" if crlf and crlf >= raw.count("\n") - crlf else "\n"
    text = raw.replace("\r\n", "\n") if crlf else raw
    return PostFile(text, bom, newline, data)


def read_post(path: Path) -> PostFile:
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            data = f.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    post = decode(data, str(path))
    return dataclasses.replace(post, stat=(st.st_size, st.st_mtime_ns))


def write_atomic(path: Path, data: bytes, mode_from: Path | None = None, durable: bool = False) -> None:
    """Write ``data`` to ``path`` so that readers - and a run killed at any
    moment - see the old or the new file, never a part: a temp file in the
    same folder (named ``.NAME.*.articlefix.tmp``, never ``*.md``), then a
    rename over ``path``.  The file mode of ``mode_from`` (default: ``path``
    itself, when it exists) is kept.  A symlink is followed, so the link
    stays a link.  A file the user may not write is refused rather than
    silently replaced.

    ``durable`` also fsyncs the file before the rename and the folder after
    it, so that a power cut cannot leave an empty post either.  It is off by
    default (the ``fsync`` setting), as in black and ruff: the two fsyncs
    cost about 7 ms a post on this kind of disk, more than cleaning it, and
    a killed run is safe without them."""
    path = Path(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    source = mode_from or path
    try:
        mode = stat.S_IMODE(os.stat(source).st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    if path.exists() and not os.access(path, os.W_OK):
        raise PermissionError(13, "permission denied: the file is read-only")
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".articlefix.tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    if durable:
        _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. platforms without folder fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
