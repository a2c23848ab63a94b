"""The inputs cut into partitions that workers read on their own, in input order.

A partition is one input file, or, for an uncompressed JSON Lines file larger than the block
size, one byte range of it: the lines that *start* inside the range (a line that crosses
the end belongs to the range it starts in). A compressed file cannot be entered in the
middle, so it is one partition. Reading the partitions one after the other yields exactly
the items `read_records` yields for the same inputs, line numbers included: the number of
each range's first line comes from a first, cheap pass that counts the newlines of every
range (`count_newlines`), run on the workers too.

An input may be a URL of any fsspec file system (`storage`): a folder is listed, in sorted
order, as locally, and a file is opened through fsspec (ranges of a JSONL file included: its
files seek). Its records are labelled with the URL (``s3://bucket/crawl.jsonl:17``).

Nothing here imports Dask: the engine hands `plan_partitions` its own ``map``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path, PurePosixPath
from typing import IO, cast

import attrs

from ..io.compression import decompressing_reader, split_compression
from ..io.jsonl import read_jsonl
from ..io.records import Record, Reject, Skipped
from ..io.sources import (
    READ_ERRORS,
    InputFile,
    ReadOptions,
    ReadProgress,
    effective_format,
    format_of,
    plan_input,
    read_input_file,
    read_stream,
    unreadable_stream,
)
from . import storage

__all__ = [
    "DEFAULT_BLOCK_BYTES",
    "Partition",
    "Piece",
    "PieceReader",
    "count_newlines",
    "plan_partitions",
    "read_piece",
]

#: Bytes of an uncompressed JSONL file a partition: small enough that the partitions outnumber
#: the workers several times (100 MB in 32 MiB blocks is 3 partitions, and on 2 workers one
#: of them idles through the last), large enough that a task's overhead (milliseconds) is
#: nothing against cleaning it (about 17 s a core at 0.5 MB/s).
DEFAULT_BLOCK_BYTES = 8 * 2**20
# Bytes read at a time when skipping to the end of a line (a line can be any length).
_CHUNK = 1 << 20
_NO_STDIN = (
    "standard input cannot be shared with the workers of a cluster; write it to a file "
    "first, or use the local engine"
)


@attrs.frozen
class Partition:
    """One input file, or the lines starting in bytes [start, stop) of a JSONL file.

    `first_line` is the number, in its file, of the first line the range owns. `url` is
    the file's URL when it is not a local file (its `file.path` is then its path in the
    store, for its name and suffix).
    """

    file: InputFile
    start: int = 0
    stop: int | None = None
    first_line: int = 1
    url: str | None = None

    @property
    def name(self) -> str:
        """The file's name in rejects and record ids: its URL, or its local path."""
        return self.url or str(self.file.path)

    def open(self) -> IO[bytes]:
        """A binary reader of the file (the caller closes it)."""
        return storage.open_binary(self.name)


#: How the newline counts are run: the builtin ``map``, or one that runs them on a cluster.
Counts = Iterable[tuple[int, bool]]
Mapper = Callable[[Callable[[Partition], tuple[int, bool]], list[Partition]], Counts]
#: What a task reads: a partition, or an item the plan itself found (a missing input, a
#: file no reader knows), kept in its place so the rejects come out in input order.
Piece = Partition | Reject | Skipped
#: What reads a piece's items: `read_piece`, or a reader of records written by an earlier step.
PieceReader = Callable[[Piece, ReadOptions], Iterator[Record | Reject | Skipped]]


def _splittable(file: InputFile, options: ReadOptions, block_bytes: int) -> bool:
    """An uncompressed JSONL file larger than a block: lines can be found by seeking."""
    if file.path is None or file.size <= block_bytes:
        return False
    _, codec = split_compression(file.path.name)
    return codec is None and effective_format(options, file.fmt) == "jsonl"


def _ranges(whole: Partition, block_bytes: int) -> list[Partition]:
    size = whole.file.size
    return [
        attrs.evolve(whole, start=start, stop=min(start + block_bytes, size))
        for start in range(0, size, block_bytes)
    ]


def count_newlines(part: Partition) -> tuple[int, bool]:
    """The newlines in the range, and whether the range starts at the start of a line."""
    assert part.stop is not None
    with part.open() as handle:
        handle.seek(max(part.start - 1, 0))
        before = handle.read(1) if part.start else b"\n"
        count, position = 0, part.start
        while position < part.stop:
            chunk = handle.read(min(_CHUNK, part.stop - position))
            if not chunk:
                break
            count += chunk.count(b"\n")
            position += len(chunk)
    return count, before == b"\n"


def _numbered(ranges: Sequence[Partition], counts: Iterable[tuple[int, bool]]) -> list[Partition]:
    """The ranges with their first line: one past the newlines before the first whole line."""
    numbered, newlines = [], 0
    for part, (count, at_line_start) in zip(ranges, counts, strict=True):
        # A range that starts inside a line owns the lines after that line's newline.
        first = newlines + (1 if at_line_start else 2)
        numbered.append(attrs.evolve(part, first_line=first))
        newlines += count
    return numbered


def plan_partitions(
    inputs: Iterable[str | Path],
    options: ReadOptions,
    block_bytes: int = DEFAULT_BLOCK_BYTES,
    map_: Mapper = map,
) -> list[Piece]:
    """The pieces to read, in input order; `map_` runs the newline counts (on the workers)."""
    pieces: list[Piece] = []
    for name in inputs:
        for step in _plan_input(storage.local_name(str(name))):
            if isinstance(step, Reject | Skipped):
                pieces.append(step)
                continue
            whole = step if isinstance(step, Partition) else Partition(step)
            if whole.file.path is None:
                pieces.append(Reject("-", None, _NO_STDIN, unreadable=True))
            elif _splittable(whole.file, options, block_bytes):
                ranges = _ranges(whole, block_bytes)
                pieces.extend(_numbered(ranges, list(map_(count_newlines, ranges))))
            else:
                pieces.append(whole)
    return pieces


def _plan_input(name: str) -> Iterable[InputFile | Partition | Reject | Skipped]:
    """`plan_input` for a local name; for a URL, its files as partitions that hold it."""
    return _plan_url(name) if storage.is_url(name) else plan_input(name)


def _plan_url(url: str) -> Iterator[Partition | Reject | Skipped]:
    """The files at a URL: a folder's in sorted order (as `plan_input` lists a local one)."""
    fs, root = storage.filesystem(url)
    if not fs.exists(root):
        yield Reject(url, None, "no such file or folder", unreadable=True)
        return
    if not fs.isdir(root):
        path = PurePosixPath(root)
        file = InputFile(Path(path), path.name, format_of(path) or "txt", int(fs.size(root)))
        yield Partition(file, url=url)
        return
    base, prefix = url.rstrip("/"), root.rstrip("/")
    for found, info in sorted(fs.find(root, detail=True).items()):
        relative = str(found)[len(prefix) :].lstrip("/")
        fmt = format_of(PurePosixPath(relative))
        if fmt is None:
            yield Skipped(f"{base}/{relative}", "no reader for this suffix")
            continue
        file = InputFile(Path(found), relative, fmt, int(info.get("size") or 0))
        yield Partition(file, url=f"{base}/{relative}")


def read_piece(piece: Piece, options: ReadOptions) -> Iterator[Record | Reject | Skipped]:
    """The items of one piece, as `read_records` yields them for that part of the inputs."""
    if not isinstance(piece, Partition):
        yield piece
    elif piece.stop is None and piece.url is None:
        assert piece.file.path is not None
        yield from read_input_file(piece.file, piece.file.path, options, ReadProgress())
    elif piece.stop is None:
        yield from _read_url(piece, options)
    else:
        yield from _read_range(piece, options)


def _opened(part: Partition) -> IO[bytes] | Reject:
    """The file opened for reading, or the reject saying why it cannot be."""
    try:
        return part.open()
    except OSError as error:
        reason = f"cannot read the file: {error.strerror or error}; check its permissions"
        return Reject(part.name, None, reason, unreadable=True)


def _read_url(part: Partition, options: ReadOptions) -> Iterator[Record | Reject | Skipped]:
    """A whole file at a URL, read as a local one is (decompressed by its suffix)."""
    raw = _opened(part)
    if isinstance(raw, Reject):
        yield raw
        return
    with ExitStack() as stack:
        stack.enter_context(raw)
        handle = stack.enter_context(decompressing_reader(raw, part.name))
        yield from read_stream(handle, part.name, part.file.doc_id, options, part.file.fmt)


def _read_range(part: Partition, options: ReadOptions) -> Iterator[Record | Reject]:
    assert part.stop is not None
    raw = _opened(part)
    if isinstance(raw, Reject):
        yield raw
        return
    path = part.name
    with raw:
        try:
            if part.start:  # to the first line starting at or after `start`
                raw.seek(part.start - 1)
                _skip_line(raw)
            lines = cast("IO[bytes]", _LineRange(raw, part.stop))
            yield from read_jsonl(
                lines, path, options.max_bytes, options.encoding_errors, part.first_line
            )
        except READ_ERRORS as error:
            yield unreadable_stream(path, error)


def _skip_line(handle: IO[bytes]) -> None:
    while True:
        rest = handle.readline(_CHUNK)
        if not rest or rest.endswith(b"\n"):
            return


class _LineRange:
    """A reader of the lines that start before `stop` (the last one read to its end)."""

    def __init__(self, raw: IO[bytes], stop: int) -> None:
        self._raw = raw
        self._stop = stop
        self._at_line_start = True

    def readline(self, size: int = -1) -> bytes:
        if self._at_line_start and self._raw.tell() >= self._stop:
            return b""
        line = self._raw.readline(size)
        self._at_line_start = line.endswith(b"\n")
        return line
