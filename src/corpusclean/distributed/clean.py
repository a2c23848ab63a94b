"""Cleaning on a Dask cluster: partition by partition, with the local engine's code and bytes.

Every partition is cleaned by one task with the same `Work.clean` and `write_outcome` as the
local run, so a record gives the same output line wherever it is cleaned. The `Work` (the
cleaners and the policies) is sent to each worker once, so each worker builds its rule
engine once (a `Cleaner` pickles as its `Config`). The outputs are written by the workers,
one file a partition, atomically; see `outputs` for what ``-o`` names.

Also here, for Python programs that already hold their data in Dask: `clean_bag` (a bag of
records) and `clean_dataframe` (a data frame with a text column), which clean each
partition in place.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from ..cli.clean import ArticleSink, write_outcome
from ..cli.progress import Counts
from ..cli.summary import Summary
from ..cli.work import OUTPUT_FIELDS, Work
from ..integrations.hf import CLEAN_COLUMNS, clean_batch
from ..io.records import Record, Reject, write_jsonl
from ..io.sources import ReadOptions, ReadProgress
from ..pipeline import Cleaner
from .cluster import cluster_map, gather_as_done
from .outputs import OutputLayout, concatenate, output_layout, temporary_folder
from .partitions import DEFAULT_BLOCK_BYTES, Partition, Piece, plan_partitions, read_piece
from .storage import atomic_write, join, remove

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas
    from distributed import Client

__all__ = ["Report", "clean_bag", "clean_dataframe", "clean_files", "clean_partition"]

#: Called as each partition is done, with the counts so far and the bytes read so far (the
#: local command's `Progress.update` is one).
Report = Callable[[Counts, ReadProgress], None]


class Carrier(Protocol):
    """What a partition's articles go to instead of their lines (``clean --dedupe``)."""

    def sink(self, handle: IO[str]) -> ArticleSink:
        """The sink of one partition's articles, writing to `handle`."""
        ...


def clean_partition(
    piece: Partition,
    options: ReadOptions,
    work: Work,
    articles: str,
    rejects: str,
    carry: Carrier | None = None,
) -> Summary:
    """Clean one partition into its two files (runs on a worker); returns its counts."""
    summary = Summary()
    with atomic_write(articles) as article_out, atomic_write(rejects) as reject_out:
        sink = carry.sink(article_out) if carry else None
        for item in read_piece(piece, options):
            done = work.clean(item) if isinstance(item, Record) else None
            write_outcome(item, done, article_out, reject_out, summary, sink)
    stop = piece.file.size if piece.stop is None else piece.stop
    summary.bytes_in = stop - piece.start
    return summary


def clean_files(
    client: Client,
    inputs: Sequence[str | Path],
    output: str,
    work: Work,
    options: ReadOptions | None = None,
    *,
    rejects: str | None = None,
    block_bytes: int = DEFAULT_BLOCK_BYTES,
    report: Report | None = None,
    carry: Carrier | None = None,
) -> Summary:
    """Clean the inputs' records on the cluster into `output`; returns the run's counts.

    The files must be readable by the workers under the same names (a shared file system,
    or URLs of one: see `storage`). `report` hears of each partition as it is done.
    `carry` writes each article as ``clean --dedupe`` carries it (`clean_dedupe`).
    """
    options = options or ReadOptions()
    layout = output_layout(output)
    pieces = plan_partitions(inputs, options, block_bytes, cluster_map(client))
    partitions = [piece for piece in pieces if isinstance(piece, Partition)]
    summary = Summary()
    with temporary_folder(layout) as temp:
        names = _part_names(layout, temp, len(partitions))
        shared = client.scatter(work, broadcast=True, hash=False)
        futures = [
            client.submit(clean_partition, part, options, shared, *pair, carry, pure=False)
            for part, pair in zip(partitions, names, strict=True)
        ]
        sizes = [partition_bytes(part) for part in partitions]
        for part_summary in _results_reporting(client, futures, sizes, report):
            summary.merge(part_summary)  # in input order: the lists of files are in order
        _gather_outputs(pieces, names, layout, rejects or layout.default_rejects(), summary)
    return summary


def partition_bytes(part: Partition) -> int:
    """The bytes of its input file a partition reads (as stored)."""
    return (part.file.size if part.stop is None else part.stop) - part.start


def _results_reporting(
    client: Client, futures: list[Any], sizes: list[int], report: Report | None
) -> list[Summary]:
    """Each future's summary, in order; `report` hears of each one as it completes."""
    if report is None:
        results: list[Summary] = client.gather(futures)
        return results
    so_far, reading = Summary(started=time.monotonic()), ReadProgress(sum(sizes), 0)

    def heard(number: int, part: Summary) -> None:
        so_far.merge(part)
        reading.done_bytes += sizes[number]
        report(so_far, reading)

    return gather_as_done(client, futures, heard)


def _part_names(layout: OutputLayout, temp: str, count: int) -> list[tuple[str, str]]:
    """(articles, rejects) file of each partition."""
    articles = [
        layout.part(n) if layout.per_partition else join(temp, f"articles-{n:05d}.jsonl")
        for n in range(count)
    ]
    return [(name, join(temp, f"rejects-{n:05d}.jsonl")) for n, name in enumerate(articles)]


def _gather_outputs(
    pieces: Sequence[Piece],
    names: Sequence[tuple[str, str]],
    layout: OutputLayout,
    rejects: str,
    summary: Summary,
) -> None:
    """Concatenate the rejects (and, for one output file, the articles) in input order; the
    plan's own items (missing inputs, unknown files) go in their places."""
    with ExitStack() as stack:
        reject_out = stack.enter_context(atomic_write(rejects))
        one_file = not layout.per_partition
        article_out = stack.enter_context(atomic_write(layout.target)) if one_file else None
        parts = iter(names)
        for piece in pieces:
            if isinstance(piece, Partition):
                articles, part_rejects = next(parts)
                concatenate([part_rejects], reject_out)
                if article_out is not None:
                    concatenate([articles], article_out)
            elif isinstance(piece, Reject):
                write_jsonl(reject_out, piece.to_dict())
                summary.count_reject(piece)
            else:
                summary.count_skipped(piece)
    for stale in layout.stale_parts(len(names)) if layout.per_partition else ():
        remove(stale)


# --- the data-frame and bag API ------------------------------------------------------------


def _clean_records(records: Iterable[Mapping[str, Any]], work: Work) -> list[dict[str, Any]]:
    """Each record's output record, or its reject (a dict with a ``reason``).

    A list, not a generator: a partition's result is sent between processes, and a
    generator cannot be.
    """
    import json

    cleaned = []
    for number, data in enumerate(records):
        done = work.clean(Record(data, "<bag>", number))
        if done.reject is not None:
            cleaned.append(done.reject.to_dict())
        elif done.line is not None:
            cleaned.append(json.loads(done.line))
    return cleaned


def clean_bag(
    records: dask.bag.Bag,
    cleaner: Cleaner | None = None,
    *,
    text_field: str = "text",
    fields: Sequence[str] = OUTPUT_FIELDS,
) -> dask.bag.Bag:
    """A bag of the records cleaned: each one's output record, as ``corpusclean clean``
    writes it, or, for a record without a text, its reject (a dict with a ``reason``)."""
    import dask

    cleaner = cleaner or Cleaner()
    work = dask.delayed(Work(cleaner, cleaner, text_field, tuple(fields)), pure=True)
    return records.map_partitions(_clean_records, work)


def _clean_frame(frame: pandas.DataFrame, cleaner: Cleaner, column: str) -> pandas.DataFrame:
    columns = clean_batch({column: frame[column].tolist()}, cleaner, column)
    return frame.assign(**{name: columns[name] for name in CLEAN_COLUMNS})


def clean_dataframe(
    frame: dask.dataframe.DataFrame, cleaner: Cleaner | None = None, *, text_column: str = "text"
) -> dask.dataframe.DataFrame:
    """The data frame with `CLEAN_COLUMNS` added (as `corpusclean.integrations.hf` adds them).

    Every row of `text_column` must hold a string (filter the others out first).
    """
    import dask

    meta = frame._meta.assign(**{name: [] for name in CLEAN_COLUMNS}).astype(
        dict.fromkeys(CLEAN_COLUMNS, object)
    )
    shared = dask.delayed(cleaner or Cleaner(), pure=True)
    return frame.map_partitions(_clean_frame, shared, text_column, meta=meta)
