"""``corpusclean learn`` on a Dask cluster: the two passes as two reductions over partitions.

Pass 1: each partition's `LineSketch`, merged pairwise (a tree: no worker holds more than
two sketches at once, and the merges run side by side) into the sketch of the whole corpus.
Pass 2: each partition's exact `LineCounts` of the lines that merged sketch makes
candidates (the sketch stays on the cluster: each worker fetches it once), merged the same
way. The client receives only the final counts, and selects and renders the rules with the
local code. Counts add up in any order and grouping, so the rule file is the local one,
byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..cli.learn import ReadCounts, record_documents
from ..io.sources import ReadOptions, ReadProgress
from ..learn import (
    Learned,
    LearnSettings,
    LineCounts,
    LineSketch,
    count_documents,
    sketch_documents,
)
from .clean import partition_bytes
from .cluster import cluster_map, wait_as_done
from .partitions import DEFAULT_BLOCK_BYTES, Partition, plan_partitions, read_piece

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["count_partition", "learn_files", "sketch_partition"]

_State = TypeVar("_State")
#: Pass 1's result for one partition: its sketch, and the records and rejects it read.
Sketched = tuple[LineSketch, int, int]
#: Pass 2's state of some partitions: the counts, and the documents without a source.
Counted = tuple[LineCounts, int]
#: Hears of each partition as a read finishes it: the read (1 or 2), the records read so
#: far and the bytes (a progress line's update).
Report = Callable[[int, ReadCounts, ReadProgress], None]


def sketch_partition(
    piece: Partition, options: ReadOptions, settings: LearnSettings, text_field: str
) -> Sketched:
    """Pass 1 over one partition (runs on a worker)."""
    read = ReadCounts()
    items = map(read.counted, read_piece(piece, options))
    sketch = sketch_documents(record_documents(items, text_field), settings)
    return sketch, read.records_in, read.rejected


def _sketch_of(sketched: Sketched) -> LineSketch:
    return sketched[0]


def _sizes_of(sketched: Sketched) -> tuple[int, int]:
    return sketched[1], sketched[2]


def count_partition(
    piece: Partition, options: ReadOptions, sketch: LineSketch, text_field: str
) -> Counted:
    """Pass 2 over one partition (runs on a worker), with the whole corpus's sketch."""
    return count_documents(record_documents(read_piece(piece, options), text_field), sketch)


def _merge_sketches(left: LineSketch, right: LineSketch) -> LineSketch:
    return left.merged(right)


def _merge_counts(left: Counted, right: Counted) -> Counted:
    return left[0].merged(right[0]), left[1] + right[1]


def _tree_reduce(client: Client, futures: Sequence[Any], merge: Callable[..., _State]) -> Any:
    """One future of all the states merged: neighbours pairwise, level by level. Merging
    neighbours keeps input order, though the merges do not need it (they are associative
    and commutative)."""
    level = list(futures)
    while len(level) > 1:
        pairs = [
            client.submit(merge, *level[n : n + 2], pure=False) for n in range(0, len(level) - 1, 2)
        ]
        level = pairs + level[len(pairs) * 2 :]
    return level[0]


def learn_files(
    client: Client,
    inputs: Sequence[str | Path],
    settings: LearnSettings,
    options: ReadOptions | None = None,
    *,
    text_field: str = "text",
    block_bytes: int = DEFAULT_BLOCK_BYTES,
    report: Report | None = None,
) -> Learned:
    """Learn the inputs' rules on the cluster: the same `Learned` as `learn_documents` on the
    same records. The workers must read the files under the same names. `report` hears of
    each partition as each of the two reads finishes it."""
    options = options or ReadOptions()
    pieces = plan_partitions(inputs, options, block_bytes, cluster_map(client))
    partitions = [piece for piece in pieces if isinstance(piece, Partition)]
    if not partitions:
        return Learned.from_counts(LineCounts(settings), 0)
    sketched = [
        client.submit(sketch_partition, part, options, settings, text_field, pure=False)
        for part in partitions
    ]
    sketches = [client.submit(_sketch_of, each) for each in sketched]
    sketch = _tree_reduce(client, sketches, _merge_sketches)
    sizes = _follow_first_read(client, sketched, partitions, report)
    counted = [
        client.submit(count_partition, part, options, sketch, text_field, pure=False)
        for part in partitions
    ]
    if report is not None:
        _follow(2, counted, partitions, sizes, report)
    counts, without_source = _tree_reduce(client, counted, _merge_counts).result()
    return Learned.from_counts(counts, without_source)


def _follow_first_read(
    client: Client, sketched: list[Any], partitions: list[Partition], report: Report | None
) -> list[tuple[int, int]]:
    """Each partition's records and rejects, reported as read 1 finishes it (nothing is
    fetched without a report)."""
    if report is None:
        return []
    sizes = [client.submit(_sizes_of, each) for each in sketched]
    _follow(1, sizes, partitions, lambda number: sizes[number].result(), report)
    return [size.result() for size in sizes]


def _follow(
    read: int,
    futures: list[Any],
    partitions: list[Partition],
    sizes: Sequence[tuple[int, int]] | Callable[[int], tuple[int, int]],
    report: Report,
) -> None:
    """Report each partition of one read as its future completes."""
    size_of = sizes if callable(sizes) else sizes.__getitem__
    counts, reading = ReadCounts(), ReadProgress(sum(map(partition_bytes, partitions)), 0)

    def heard(number: int) -> None:
        records, rejected = size_of(number)
        counts.records_in, counts.rejected = counts.records_in + records, counts.rejected + rejected
        reading.done_bytes += partition_bytes(partitions[number])
        report(read, counts, reading)

    wait_as_done(futures, heard)
