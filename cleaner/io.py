"""Reading and writing posts: encoding checks, line endings, BOM, atomic writes.

Rules see text with ``\\n`` newlines and no BOM; ``PostFile`` remembers what
the file had so that the fixed text goes back in the same form.
"""

from __future__ import annotations

import os
import signal
import stat
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

BOM = "\ufeff"


class InputError(Exception):
    """A post that cannot be processed; the message is one line for the user."""


@dataclass(frozen=True)
class PostFile:
    text: str  # ``\n`` newlines, BOM removed
    bom: bool
    newline: str  # "\n", "\r\n" or "\r"
    #: the bytes as read (so that an unchanged post is copied byte for byte)
    data: bytes = field(default=b"", repr=False, compare=False)
    #: (size, modification time in ns) of the file read, from the open file
    #: itself (``known_clean.py``); None for stdin
    stat: tuple[int, int] | None = field(default=None, repr=False, compare=False)

    def encode(self, text: str) -> bytes:
        if self.newline != "\n":
            text = text.replace("\n", self.newline)
        return ((BOM if self.bom else "") + text).encode("utf-8")


#: byte-order marks of the encodings a post must be converted from first
_OTHER_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))


def decode(data: bytes, name: str = "<stdin>", stat: tuple[int, int] | None = None) -> PostFile:
    for bom, encoding in _OTHER_BOMS:  # UTF-16 text is full of NULs: say what it is, not "binary"
        if data.startswith(bom) and _decodes(data, encoding):
            raise InputError(f"{name}: {encoding} text (byte-order mark), not UTF-8; convert it first (iconv -f {encoding} -t UTF-8)")
    if b"\x00" in data:  # (anywhere: memchr over a post costs microseconds)
        raise InputError(f"{name}: binary file (NUL byte), not a text post")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    bom = raw.startswith(BOM)
    if bom:
        raw = raw[1:]
    crlf = raw.count("\r\n")
    if not crlf and "\r" in raw and "\n" not in raw:
        # classic Mac line ends: the rules must see lines, and the file
        # gets its CRs back (left as one long line, nothing was found in it
        # and the writer appended an LF)
        return PostFile(raw.replace("\r", "\n"), bom, "\r", data, stat)
    newline = "\r\n" if crlf and crlf >= raw.count("\n") - crlf else "\n"
    text = raw.replace("\r\n", "\n") if crlf else raw
    return PostFile(text, bom, newline, data, stat)


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


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
    return decode(data, str(path), (st.st_size, st.st_mtime_ns))


def write_atomic(path: Path, data: bytes, mode_from: Path | None = None, durable: bool = False, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` so that readers - and a run killed at any
    moment - see the old or the new file, never a part: a temp file in the
    same folder (named ``.NAME.*.articlefix.tmp``, never ``*.md``), then a
    rename over ``path``.  The file mode of ``mode_from`` (default: ``path``
    itself, when it exists) is kept, unless ``mode`` is given.  A symlink is followed, so the link
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
    if mode is None:
        try:
            mode = stat.S_IMODE(os.stat(mode_from or path).st_mode)
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
    if path.exists() and not os.access(path, os.W_OK):
        raise PermissionError(13, "permission denied: the file is read-only")
    folder = path.parent if str(path.parent) else Path(".")
    with _signals_held():
        _write_and_rename(path, folder, data, mode, durable)
    if durable:
        _fsync_folder(folder)


@contextmanager
def _signals_held():
    """Hold SIGINT, SIGTERM and SIGHUP back while the temp file exists (a few
    milliseconds): a worker killed by a SIGTERM to the process group left
    its ``.NAME.*.articlefix.tmp`` behind (3 runs in 30).  A signal that
    comes meanwhile is delivered when the post is renamed into place."""
    sigmask = getattr(signal, "pthread_sigmask", None)
    if sigmask is None:  # pragma: no cover - Windows
        yield
        return
    held = sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM, signal.SIGHUP})
    try:
        yield
    finally:
        sigmask(signal.SIG_SETMASK, held)


def _write_and_rename(path: Path, folder: Path, data: bytes, mode: int, durable: bool) -> None:
    # Not tempfile.mkstemp: a Ctrl-C that lands while it creates the file
    # surfaces before it returns the name, and the file was left behind.
    # Here the name is known before the file exists, so cleanup always can.
    tmp = None
    try:
        while True:
            tmp = os.path.join(folder, temp_name(path.name, os.urandom(4).hex()))
            try:
                fd = os.open(tmp, _TEMP_FLAGS, 0o600)
                break
            except FileExistsError:
                tmp = None  # someone else's: not ours to remove
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if tmp is not None:
            _unlink_quietly(tmp)
        raise


#: a file name's limit in bytes on Linux, macOS and Windows file systems
_NAME_MAX = 255
_TEMP_SUFFIX = ".articlefix.tmp"
_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def temp_name(name: str, token: str) -> str:
    """``.NAME.TOKEN.articlefix.tmp``, with NAME shortened (at a character
    boundary) so that the whole stays within ``_NAME_MAX`` bytes: a post
    whose own name is near the limit (80 kanji are 240 bytes) must still be
    writable."""
    room = _NAME_MAX - len(f"..{token}{_TEMP_SUFFIX}".encode())
    stem = name.encode("utf-8", "surrogateescape")[:room].decode("utf-8", "ignore")
    return f".{stem}.{token}{_TEMP_SUFFIX}"


def _unlink_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


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
