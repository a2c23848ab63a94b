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
from contextlib import ExitStack
from pathlib import Path, PurePath
from typing import IO, Literal

import attrs

from .compression import decompressing_reader, split_compression
from .jsonl import read_jsonl
from .parquet import read_parquet
from .records import DEFAULT_MAX_BYTES, STDIN, Record, Reject, Skipped
from .text import EncodingErrors, read_text_document
from .warc import read_warc

__all__ = [
    "FORMATS",
    "READ_ERRORS",
    "Format",
    "InputFile",
    "ReadOptions",
    "ReadProgress",
    "effective_format",
    "format_of",
    "plan_input",
    "read_input_file",
    "read_records",
    "read_stream",
    "unreadable_stream",
]

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
READ_ERRORS: tuple[type[BaseException], ...] = (OSError, EOFError, zlib.error, ValueError)
try:
    import lzma

    READ_ERRORS += (lzma.LZMAError,)
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


@attrs.define
class ReadProgress:
    """How far `read_records` has got, in bytes of the input files as stored (compressed or
    not): the caller owns it, `read_records` updates it. ``total_bytes`` is None when an
    input has no size known ahead (standard input).
    """

    total_bytes: int | None = 0
    done_bytes: int = 0


@attrs.frozen
class InputFile:
    """One input file to read: its path (None: standard input), id, format and size."""

    path: Path | None
    doc_id: str
    fmt: Format
    size: int = 0


def read_records(
    inputs: Iterable[str | Path], options: ReadOptions, progress: ReadProgress | None = None
) -> Iterator[Item]:
    """Yield a `Record`, `Reject` or `Skipped` for every document of the inputs, in order.

    The inputs are listed first (folders walked), so ``progress.total_bytes`` is known
    before the first record.
    """
    progress = progress if progress is not None else ReadProgress()
    plan = [step for name in inputs for step in plan_input(name)]
    files = [step for step in plan if isinstance(step, InputFile)]
    stdin = any(step.path is None for step in files)
    progress.total_bytes = None if stdin else sum(step.size for step in files)
    for step in plan:
        if not isinstance(step, InputFile):
            yield step
        elif step.path is None:
            yield from read_stream(sys.stdin.buffer, STDIN, STDIN, options, "jsonl")
        else:
            yield from read_input_file(step, step.path, options, progress)


def plan_input(name: str | Path) -> Iterator[InputFile | Reject | Skipped]:
    """What reading one input means: its files (a folder's in sorted order), or why there
    is nothing to read."""
    if str(name) == "-":
        yield InputFile(None, STDIN, "jsonl")
        return
    root = Path(name)
    if root.is_dir():
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            fmt = format_of(path)
            if fmt is None:
                yield Skipped(str(path), "no reader for this suffix")
            else:
                yield InputFile(path, path.relative_to(root).as_posix(), fmt, _size(path))
    elif not root.exists():
        yield Reject(str(root), None, "no such file or folder", unreadable=True)
    else:
        yield InputFile(root, root.name, format_of(root) or "txt", _size(root))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # _read_file says why it cannot be read


def format_of(path: PurePath) -> Format | None:
    """The format a file's suffix names (under its compression suffix), or None."""
    suffix, _ = split_compression(path.name)
    return _SUFFIX_FORMATS.get(suffix)


def read_input_file(
    step: InputFile, path: Path, options: ReadOptions, progress: ReadProgress
) -> Iterator[Item]:
    """Yield the items of one planned input file (a `Reject` if it cannot be opened)."""
    start = progress.done_bytes
    with ExitStack() as stack:
        try:
            raw = stack.enter_context(path.open("rb"))
        except OSError as error:
            reason = f"cannot read the file: {error.strerror or error}; check its permissions"
            yield Reject(str(path), None, reason, unreadable=True)
            return
        handle = stack.enter_context(decompressing_reader(raw, path.name))
        for item in read_stream(handle, str(path), step.doc_id, options, step.fmt):
            progress.done_bytes = start + raw.tell()
            yield item
    progress.done_bytes = start + step.size


def read_stream(
    handle: IO[bytes], path: str, doc_id: str, options: ReadOptions, fallback: Format
) -> Iterator[Item]:
    """The items of an open (decompressed) stream, read as `fallback` unless ``--format``
    says otherwise; a stream that fails part-way ends with a `Reject`."""
    read = _READERS[effective_format(options, fallback)]
    try:
        yield from read(handle, path, doc_id, options)
    except READ_ERRORS as error:
        yield unreadable_stream(path, error)


def effective_format(options: ReadOptions, fallback: Format) -> Format:
    """The format a file is read as: ``--format`` when given, else the file's own."""
    return fallback if options.input_format == "auto" else options.input_format


def unreadable_stream(path: str, error: BaseException) -> Reject:
    """The reject for a file that fails part-way (truncated, corrupt, mis-named)."""
    reason = (
        f"the file cannot be read to its end ({type(error).__name__}: {error}); it is "
        "truncated, corrupt, or compressed differently from what its suffix says"
    )
    return Reject(path, None, reason, unreadable=True)


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


# Keyed by every Format but "auto", which `read_stream` resolves first.
_READERS: dict[str, Callable[[IO[bytes], str, str, ReadOptions], Iterator[Item]]] = {
    "txt": _text,
    "jsonl": _jsonl,
    "warc": _warc,
    "parquet": _parquet,
}
