"""``clean --dedupe`` on the Dask engine: the local engine's bytes, with no collect to one place.

Locally, ``clean --dedupe`` indexes each cleaned article as it is written (its id, its clean
text, the ``--keep`` field of its input record, where that record was) and, at the end,
writes each article's line, marked, or dropped and listed as a duplicate
(`cli.clean_dedupe.CleanDedupe`). On Dask the same happens in two distributed steps:

1. `clean_files` cleans every partition as ``clean`` does, but writes, for each article, a
   *carried* record to a temporary part: its output line and what the local index reads
   (`Carry`). Rejects go to the run's rejects file, as without ``--dedupe``.
2. `dedupe_files` deduplicates the carried parts, reading each carried record as the
   record the local index sees (`read_carried`: the article's id and clean text, the input
   record's ``--keep`` value and location) and writing its output line as the local stage
   does (`write_carried`). Its clusters, survivors and similarities are the local index's
   (see `distributed.dedupe`), so the output, the rejects and ``--duplicates`` are the
   local engine's bytes.

The carried parts live in a temporary folder beside the output, removed at the end.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

import attrs

from ..cli.deduped import Duplicate, listing_entry, marked, record_id
from ..cli.summary import Summary
from ..cli.work import Done
from ..dedupe.corpus import DedupeConfig, field_value
from ..io.compression import decompressing_reader
from ..io.records import Record, Reject, Skipped, write_jsonl
from ..io.sources import ReadOptions
from . import storage
from .clean import Report, clean_files
from .dedupe import RecordIO, dedupe_files
from .outputs import output_layout, temporary_folder
from .partitions import DEFAULT_BLOCK_BYTES, Piece, read_piece

if TYPE_CHECKING:
    from distributed import Client

    from ..cli.work import Work

__all__ = [
    "CARRIED",
    "Carry",
    "DedupeOutputs",
    "clean_and_dedupe",
    "read_carried",
    "write_carried",
]

# The output line, in a carried record's data: a key no JSON field of an input can clash with
# in practice (a NUL), and none of the local index's reads (id, text, the --keep field).
_LINE = "\x00line"
# A carried line holds an article's output line and its clean text: larger than the input
# record it came from, which passed the --max-bytes check when it was read. Written here,
# so read back without a limit.
_NO_LIMIT = 2**62
_CHUNK = 1 << 20  # bytes read at a time when counting the output's bytes


@attrs.frozen
class Carry:
    """What step 1 carries to step 2 for each article: the ``--keep`` field to read, if any."""

    field: str | None

    def sink(self, handle: IO[str]) -> CarrySink:
        """Where one partition's carried records go."""
        return CarrySink(self.field, handle)


@attrs.frozen
class CarrySink:
    """Writes each cleaned article's carried record (`write_outcome` calls `add`)."""

    field: str | None
    handle: IO[str]

    def add(self, record: Record, done: Done) -> None:
        """Write what the local `CleanDedupe.add` would hold for the article."""
        assert done.line is not None and done.text is not None and done.id is not None
        indexed = {"id": done.id, "text": done.text}
        if self.field:
            indexed[self.field] = field_value(record.data, self.field)
        carried = {"path": record.path, "line": record.line, "record": indexed, "out": done.line}
        write_jsonl(self.handle, carried)


def read_carried(piece: Piece, options: ReadOptions) -> Iterator[Record | Reject | Skipped]:
    """The records of a carried part, as the local index sees the articles (with their
    output lines, under a key of their own)."""
    for item in read_piece(piece, options):
        if isinstance(item, Record):
            data = item.data
            yield Record({**data["record"], _LINE: data["out"]}, data["path"], data["line"])
        else:
            yield item


def write_carried(
    item: Record,
    duplicate: Duplicate | None,
    articles: IO[str],
    duplicates: IO[str] | None,
    mark: bool,
) -> bool:
    """Write an article's outcome as the local `CleanDedupe.write` does: its line, kept
    as it is, marked, or dropped (and listed, with ``--duplicates``)."""
    line = item.data[_LINE]
    if duplicate is not None and duplicates is not None:
        write_jsonl(duplicates, listing_entry(record_id(item), (item.path, item.line), duplicate))
    if mark:
        write_jsonl(articles, marked(json.loads(line), duplicate))
        return True
    if duplicate is not None:
        return False
    articles.write(line + "\n")
    return True


#: How step 2 reads and writes the carried records.
CARRIED = RecordIO(read_carried, write_carried)


@attrs.frozen
class DedupeOutputs:
    """Where ``clean --dedupe`` writes: the articles, the rejects, the duplicates listing."""

    output: str
    rejects: str | None
    duplicates: str | None
    mark: bool


def clean_and_dedupe(
    client: Client,
    inputs: list[str],
    work: Work,
    options: ReadOptions,
    config: DedupeConfig,
    outputs: DedupeOutputs,
    report: Report | None = None,
    block_bytes: int = DEFAULT_BLOCK_BYTES,
) -> Summary:
    """Clean the inputs and drop (or mark) duplicate articles, on the cluster; the counts.

    `block_bytes` cuts the inputs, and the carried parts, into partitions (`partitions`).
    """
    layout = output_layout(outputs.output)
    field = config.keep if config.keep not in ("first", "longest") else None
    rejects = outputs.rejects or layout.default_rejects()
    with temporary_folder(layout) as temp:
        carried = storage.join(temp, "carried-*.jsonl")
        summary = clean_files(
            client,
            inputs,
            carried,
            work,
            options,
            rejects=rejects,
            carry=Carry(field),
            report=report,
        )
        found = dedupe_files(
            client,
            [temp],
            outputs.output,
            config,
            ReadOptions(max_bytes=_NO_LIMIT),
            rejects=storage.join(temp, "no-rejects.jsonl"),  # every carried record has a text
            duplicates=outputs.duplicates,
            mark=outputs.mark,
            block_bytes=block_bytes,
            records=CARRIED,
        )
    assert found.rejected == 0, "a carried record without a text"
    summary.dedupe, summary.marked = config.mode, outputs.mark
    summary.written, summary.duplicates = found.written, found.duplicates
    summary.bytes_out = _bytes_written(outputs.output)
    return summary


def _bytes_written(output: str) -> int:
    """The bytes of the articles written (decompressed), as the local summary counts them:
    read back, at the speed of the disk (cleaning is a thousand times slower)."""
    layout = output_layout(output)
    names = layout.parts() if layout.per_partition else [output]
    total = 0
    for name in names:
        with storage.open_binary(name) as raw, decompressing_reader(raw, name) as reader:
            while chunk := reader.read(_CHUNK):
                total += len(chunk)
    return total
