"""The inputs cut into partitions that workers read on their own, in input order.

A partition is one input file, or, for an uncompressed JSON Lines file larger than the block
size, one byte range of it: the lines that *start* inside the range (a line that crosses
the end belongs to the range it starts in). A compressed file cannot be entered in the
middle, so it is one partition. Reading the partitions one after the other yields exactly
the items `read_records` yields for the same inputs, line numbers included: the number of
each range's first line comes from a first, cheap pass that counts the newlines of every
range (`count_newlines`), run on the workers too.

Nothing here imports Dask: the engine hands `plan_partitions` its own ``map``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, cast

import attrs

from ..io.compression import split_compression
from ..io.jsonl import read_jsonl
from ..io.records import Record, Reject, Skipped
from ..io.sources import (
    READ_ERRORS,
    InputFile,
    ReadOptions,
    ReadProgress,
    effective_format,
    plan_input,
    read_input_file,
    unreadable_stream,
)

__all__ = [
    "DEFAULT_BLOCK_BYTES",
    "Partition",
    "Piece",
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

    `first_line` is the number, in its file, of the first line the range owns.
    """

    file: InputFile
    start: int = 0
    stop: int | None = None
    first_line: int = 1


#: How the newline counts are run: the builtin ``map``, or one that runs them on a cluster.
Counts = Iterable[tuple[int, bool]]
Mapper = Callable[[Callable[[Partition], tuple[int, bool]], list[Partition]], Counts]
#: What a task reads: a partition, or an item the plan itself found (a missing input, a
#: file no reader knows), kept in its place so the rejects come out in input order.
Piece = Partition | Reject | Skipped


def _splittable(file: InputFile, options: ReadOptions, block_bytes: int) -> bool:
    """An uncompressed JSONL file larger than a block: lines can be found by seeking."""
    if file.path is None or file.size <= block_bytes:
        return False
    _, codec = split_compression(file.path.name)
    return codec is None and effective_format(options, file.fmt) == "jsonl"


def _ranges(file: InputFile, block_bytes: int) -> list[Partition]:
    return [
        Partition(file, start, min(start + block_bytes, file.size))
        for start in range(0, file.size, block_bytes)
    ]


def count_newlines(part: Partition) -> tuple[int, bool]:
    """The newlines in the range, and whether the range starts at the start of a line."""
    assert part.file.path is not None and part.stop is not None
    with part.file.path.open("rb") as handle:
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
        for step in plan_input(name):
            if not isinstance(step, InputFile):
                pieces.append(step)
            elif step.path is None:
                pieces.append(Reject("-", None, _NO_STDIN, unreadable=True))
            elif _splittable(step, options, block_bytes):
                ranges = _ranges(step, block_bytes)
                pieces.extend(_numbered(ranges, list(map_(count_newlines, ranges))))
            else:
                pieces.append(Partition(step))
    return pieces


def read_piece(piece: Piece, options: ReadOptions) -> Iterator[Record | Reject | Skipped]:
    """The items of one piece, as `read_records` yields them for that part of the inputs."""
    if not isinstance(piece, Partition):
        yield piece
    elif piece.stop is None:
        assert piece.file.path is not None
        yield from read_input_file(piece.file, piece.file.path, options, ReadProgress())
    else:
        yield from _read_range(piece, options)


def _read_range(part: Partition, options: ReadOptions) -> Iterator[Record | Reject]:
    path = part.file.path
    assert path is not None and part.stop is not None
    try:
        raw = path.open("rb")
    except OSError as error:
        reason = f"cannot read the file: {error.strerror or error}; check its permissions"
        yield Reject(str(path), None, reason, unreadable=True)
        return
    with raw:
        try:
            if part.start:  # to the first line starting at or after `start`
                raw.seek(part.start - 1)
                _skip_line(raw)
            lines = cast("IO[bytes]", _LineRange(raw, part.stop))
            yield from read_jsonl(
                lines, str(path), options.max_bytes, options.encoding_errors, part.first_line
            )
        except READ_ERRORS as error:
            yield unreadable_stream(str(path), error)


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
