"""Where records come from: files, folders and standard input, each read by its format.

The format is the file's suffix under its compression suffix (``part-0.jsonl.gz`` is JSON
Lines, gzipped). A folder is walked recursively in sorted order; a file in it that no reader
knows is yielded as `Skipped`, so the summary can list it. A file named on the command line
with an unknown suffix is one text document, as it always was. ``-`` is standard input,
read as ``input_format`` says (JSON Lines unless told otherwise).
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Literal

import attrs

from .compression import open_compressed, split_compression
from .jsonl import read_jsonl
from .parquet import read_parquet
from .records import DEFAULT_MAX_BYTES, STDIN, Record, Reject, Skipped
from .text import EncodingErrors, read_text_document
from .warc import read_warc

__all__ = ["FORMATS", "Format", "ReadOptions", "read_records"]

Format = Literal["auto", "txt", "jsonl", "warc", "parquet"]
FORMATS: tuple[Format, ...] = ("auto", "txt", "jsonl", "warc", "parquet")
_SUFFIX_FORMATS: dict[str, Format] = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".wet": "warc",
    ".parquet": "parquet",
}
#: What a stream that fails mid-way raises: truncated or corrupt compressed data, a bad disk.
_READ_ERRORS: tuple[type[BaseException], ...] = (OSError, EOFError, zlib.error, ValueError)
try:
    import lzma

    _READ_ERRORS += (lzma.LZMAError,)
except ImportError:  # pragma: no cover - Python without liblzma
    pass

Item = Record | Reject | Skipped


@attrs.frozen
class ReadOptions:
    """How inputs are read: the size limit, what to do with bytes that are not UTF-8, and
    the format of standard input and of files whose suffix says none (``auto``: by suffix).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    encoding_errors: EncodingErrors = "strict"
    input_format: Format = "auto"


def read_records(inputs: Iterable[str | Path], options: ReadOptions) -> Iterator[Item]:
    """Yield a `Record`, `Reject` or `Skipped` for every document of the inputs, in order."""
    for name in inputs:
        if str(name) == "-":
            yield from _read_stream(sys.stdin.buffer, STDIN, STDIN, options, "jsonl")
            continue
        root = Path(name)
        if root.is_dir():
            yield from _read_folder(root, options)
        elif not root.exists():
            yield Reject(str(root), None, "no such file or folder", unreadable=True)
        else:
            fmt = _format_of(root) or "txt"
            yield from _read_file(root, root.name, options, fmt)


def _read_folder(root: Path, options: ReadOptions) -> Iterator[Item]:
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        fmt = _format_of(path)
        if fmt is None:
            yield Skipped(str(path), "no reader for this suffix")
        else:
            yield from _read_file(path, path.relative_to(root).as_posix(), options, fmt)


def _format_of(path: Path) -> Format | None:
    suffix, _ = split_compression(path.name)
    return _SUFFIX_FORMATS.get(suffix)


def _read_file(path: Path, doc_id: str, options: ReadOptions, fmt: Format) -> Iterator[Item]:
    try:
        handle = open_compressed(path, "rb")
    except OSError as error:
        reason = f"cannot read the file: {error.strerror or error}; check its permissions"
        yield Reject(str(path), None, reason, unreadable=True)
        return
    with handle:
        yield from _read_stream(handle, str(path), doc_id, options, fmt)


def _read_stream(
    handle: IO[bytes], path: str, doc_id: str, options: ReadOptions, fallback: Format
) -> Iterator[Item]:
    fmt = fallback if options.input_format == "auto" else options.input_format
    read = _READERS[fmt]
    try:
        yield from read(handle, path, doc_id, options)
    except _READ_ERRORS as error:
        reason = (
            f"the file cannot be read to its end ({type(error).__name__}: {error}); it is "
            "truncated, corrupt, or compressed differently from what its suffix says"
        )
        yield Reject(path, None, reason, unreadable=True)


def _text(handle: IO[bytes], path: str, doc_id: str, options: ReadOptions) -> Iterator[Item]:
    if path == STDIN:
        doc_id = STDIN
    yield read_text_document(handle, path, doc_id, options.max_bytes, options.encoding_errors)


def _jsonl(handle: IO[bytes], path: str, _id: str, options: ReadOptions) -> Iterator[Item]:
    return read_jsonl(handle, path, options.max_bytes, options.encoding_errors)


def _warc(handle: IO[bytes], path: str, _id: str, options: ReadOptions) -> Iterator[Item]:
    return read_warc(handle, path, options.max_bytes, options.encoding_errors)


def _parquet(handle: IO[bytes], path: str, _id: str, _options: ReadOptions) -> Iterator[Item]:
    return read_parquet(handle, path)


# Keyed by every Format but "auto", which `_read_stream` resolves first.
_READERS: dict[str, Callable[[IO[bytes], str, str, ReadOptions], Iterator[Item]]] = {
    "txt": _text,
    "jsonl": _jsonl,
    "warc": _warc,
    "parquet": _parquet,
}
