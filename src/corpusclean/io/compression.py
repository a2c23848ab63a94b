"""Compression chosen by file suffix: gzip, bz2 and xz from the standard library, zstd optional.

A reader or writer never guesses from the bytes: ``.gz`` is gzip, ``.zst`` is zstd, anything
else is read as it is. Naming the suffix in the file name is the one convention every corpus
tool shares, and it keeps a mis-named file failing loudly (a gzip error) rather than turning
compressed bytes into one garbage document.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
from pathlib import PurePath
from typing import IO, Any, Literal, cast

__all__ = [
    "COMPRESSION_SUFFIXES",
    "MissingExtraError",
    "decompressing_reader",
    "open_compressed",
    "split_compression",
]

#: The suffixes that mean a compressed file, and the codec for each.
COMPRESSION_SUFFIXES = {".gz": "gzip", ".bz2": "bz2", ".xz": "xz", ".zst": "zstd"}

_ZSTD_MISSING = (
    "{path}: reading or writing .zst files needs the zstandard package; "
    "install it with pip install 'corpusclean[zstd]'"
)


class MissingExtraError(RuntimeError):
    """An optional dependency that a file format needs is not installed; says which extra."""


def split_compression(name: str | PurePath) -> tuple[str, str | None]:
    """The format suffix of a file name (lower case) and its compression codec, if any.

    >>> split_compression("crawl/part-0.jsonl.gz")
    ('.jsonl', 'gzip')
    >>> split_compression("notes.TXT")
    ('.txt', None)
    """
    path = PurePath(name)
    codec = COMPRESSION_SUFFIXES.get(path.suffix.lower())
    inner = PurePath(path.stem) if codec else path
    return inner.suffix.lower(), codec


def open_compressed(
    path: str | PurePath, mode: Literal["rb", "wb"], *, like: str | PurePath | None = None
) -> IO[bytes]:
    """Open a file for binary reading ("rb") or writing ("wb"), (de)compressing by suffix.

    ``like`` names the file whose suffix chooses the codec, when ``path`` is a temporary
    name for it.
    """
    codec = COMPRESSION_SUFFIXES.get(PurePath(like or path).suffix.lower())
    handle: Any
    if codec == "gzip":
        handle = _open_gzip(path, mode, PurePath(like or path).name)
    elif codec == "bz2":
        handle = bz2.BZ2File(path, mode)
    elif codec == "xz":
        handle = lzma.LZMAFile(path, mode)  # noqa: SIM115 (the caller closes it)
    elif codec == "zstd":
        handle = _open_zstd(path, mode)
    else:
        handle = open(path, mode)  # noqa: PTH123, SIM115 (the caller closes it)
    return cast("IO[bytes]", handle)


def decompressing_reader(raw: IO[bytes], name: str | PurePath) -> IO[bytes]:
    """A reader of the bytes of ``raw`` (an open file named ``name``), decompressed by suffix.

    The caller owns ``raw`` and closes it; closing the reader leaves it open. Reading through
    ``raw`` lets the caller ask how far reading got, in bytes as stored (``raw.tell()``).
    """
    codec = COMPRESSION_SUFFIXES.get(PurePath(name).suffix.lower())
    reader: Any = raw
    if codec == "gzip":
        reader = gzip.GzipFile(fileobj=raw, mode="rb")
    elif codec == "bz2":
        reader = bz2.BZ2File(raw, "rb")
    elif codec == "xz":
        reader = lzma.LZMAFile(raw, "rb")  # noqa: SIM115 (the caller closes it)
    elif codec == "zstd":
        zstandard = _import_zstandard(name)
        # No readline(size) on zstandard's reader, which the JSONL size limit needs: buffer it.
        stream = zstandard.ZstdDecompressor().stream_reader(raw, closefd=False)
        reader = io.BufferedReader(stream)
    return cast("IO[bytes]", reader)


def _open_gzip(path: str | PurePath, mode: Literal["rb", "wb"], name: str) -> gzip.GzipFile:
    # The header records a file name and a time: the final name (not the temporary one) and
    # mtime=0 keep the output byte-identical from run to run.
    raw = io.FileIO(path, mode)  # closed by the GzipFile, as its myfileobj
    handle = gzip.GzipFile(filename=name, mode=mode, fileobj=raw, mtime=0)
    handle.myfileobj = raw
    return handle


def _import_zstandard(path: str | PurePath) -> Any:
    try:
        import zstandard
    except ImportError:
        raise MissingExtraError(_ZSTD_MISSING.format(path=path)) from None
    return zstandard


def _open_zstd(path: str | PurePath, mode: Literal["rb", "wb"]) -> IO[bytes]:
    handle = _import_zstandard(path).open(path, mode)
    # zstandard's reader has no readline(size), which the JSONL reader's size limit needs.
    return cast("IO[bytes]", io.BufferedReader(handle) if mode == "rb" else handle)
