"""Deduplication on a Dask cluster: the local `CorpusIndex`'s decisions, computed distributed.

1. Facts (partition-wise): each record's comparison-key digest, text digest, survivor-policy
   rank, and, in near mode, its MinHash band keys and shingle hashes, which stay on the
   worker (`shuffle.partition_facts`, with the local index's `Signer`).
2. Exact copies: a shuffle on the key digest; each group's first record (in input order) is
   the first copy, the others are joined to it.
3. Near copies: a shuffle on (band, band key) of the first copies finds the candidate
   pairs; each pair is checked partition-wise, where the two records' shingle sets are, by
   the same exact Jaccard similarity against the threshold.
4. Clusters: the connected components of the (small) list of pairs that passed, on the
   client; the survivor of each is the member with the smallest `survivor_order`, as
   locally; the similarity to the survivor is measured where the shingle sets are.
5. Outputs (partition-wise): the records read again and written, marked or listed as
   duplicates by the local `write_deduped`, one file a partition, then concatenated in order.

Pairs are components' edges, and components do not depend on the order edges arrive in, so
the clusters, survivors and similarities equal the local run's.
"""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import attrs
import numpy as np

from ..cli.dedupe import DedupeSummary, checked_item, report_skipped_file
from ..cli.deduped import Duplicate, write_deduped
from ..dedupe.corpus import DedupeConfig, survivor_order
from ..dedupe.minhash import I64
from ..io.records import Record, Reject, write_jsonl
from ..io.sources import ReadOptions, ReadProgress
from .clean import Report, partition_bytes
from .cluster import cluster_map, gather_as_done
from .outputs import OutputLayout, concatenate, output_layout, temporary_folder
from .partitions import (
    DEFAULT_BLOCK_BYTES,
    Partition,
    Piece,
    PieceReader,
    plan_partitions,
    read_piece,
)
from .shuffle import (
    PartFacts,
    combine_pieces,
    exact_map,
    exact_reduce,
    near_map,
    near_reduce,
    order_facts,
    partition_facts,
    verify_pairs,
)
from .storage import atomic_write, join, remove

if TYPE_CHECKING:
    from distributed import Client, Future

__all__ = ["RecordIO", "dedupe_files", "write_partition"]

#: Reducers of a shuffle, at most: each group of map tasks sends one piece to each.
_MAX_REDUCERS = 64
#: Map tasks whose pieces one task joins before the reducers take them (`combine_pieces`).
#: Without it a shuffle needs a task per (map, reducer): 64 per partition, which made the
#: scheduler's work grow as partitions times reducers (242 partitions: 31,000 of a run's
#: 36,700 tasks). With it, 4 per partition. A group's pieces pass through one worker:
#: 16 partitions' band keys (about 6 MB each at the default 8 MB blocks) stay small.
_MAPS_PER_COMBINE = 16

Survivors = dict[int, tuple[int, float]]  # a duplicate's number -> its survivor, similarity
#: Writes one record's outcome: kept, marked, or listed as a duplicate (`write_deduped`).
RecordWriter = Callable[[Record, "Duplicate | None", IO[str], "IO[str] | None", bool], bool]


@attrs.frozen
class RecordIO:
    """How a run reads its records and writes each one's outcome (`dedupe`'s by default)."""

    read: PieceReader = read_piece
    write: RecordWriter = write_deduped


def dedupe_files(
    client: Client,
    inputs: Sequence[str | Path],
    output: str,
    config: DedupeConfig,
    options: ReadOptions | None = None,
    *,
    text_field: str = "text",
    rejects: str | None = None,
    duplicates: str | None = None,
    mark: bool = False,
    block_bytes: int = DEFAULT_BLOCK_BYTES,
    records: RecordIO | None = None,
    report: Report | None = None,
) -> DedupeSummary:
    """Deduplicate the inputs' records on the cluster into `output`; returns the counts.

    `records` says how records are read and written: as ``corpusclean dedupe`` does (the
    default), or as ``clean --dedupe`` carries its articles (`distributed.clean_dedupe`).
    `report` hears of each partition as it is read.
    """
    options = options or ReadOptions()
    records = records or RecordIO()
    pieces = plan_partitions(inputs, options, block_bytes, cluster_map(client))
    parts = [piece for piece in pieces if isinstance(piece, Partition)]
    facts = [
        client.submit(partition_facts, part, options, config, text_field, records.read, pure=False)
        for part in parts
    ]
    sizes = _read_reporting(client, [client.submit(_sizes, fact) for fact in facts], parts, report)
    firsts = np.concatenate(([0], np.cumsum([size[0] for size in sizes]))).astype(np.int64)
    run = _Run(client, facts, firsts, max(1, min(len(parts), _MAX_REDUCERS)))
    exact = run.exact_pairs()
    near = run.near_pairs(exact, config.threshold) if config.mode == "near" else exact[:0]
    found = run.survivors(np.concatenate((exact, near)), exact, config)
    summary = DedupeSummary(marked=mark)
    summary.read = sum(size[1] for size in sizes)
    summary.rejected = sum(size[2] for size in sizes)
    summary.duplicates = len(found)
    summary.clusters = len({survivor for survivor, _ in found.values()})
    outputs = _Outputs(output_layout(output), rejects, duplicates, mark, records)
    outputs.write(client, pieces, run.verdicts(found), options, text_field, summary)
    return summary


def _sizes(facts: PartFacts) -> tuple[int, int, int]:
    return facts.records, facts.read, facts.rejected


def _read_reporting(
    client: Client, sizes: list[Future], parts: list[Partition], report: Report | None
) -> list[tuple[int, int, int]]:
    """Each partition's `_sizes`, in order; `report` hears of each as it is read."""
    if report is None:
        results: list[tuple[int, int, int]] = client.gather(sizes)
        return results
    so_far = DedupeSummary()
    reading = ReadProgress(sum(map(partition_bytes, parts)), 0)

    def heard(number: int, size: tuple[int, int, int]) -> None:
        so_far.read, so_far.rejected = so_far.read + size[1], so_far.rejected + size[2]
        reading.done_bytes += partition_bytes(parts[number])
        report(so_far, reading)

    return gather_as_done(client, sizes, heard)


class _Run:
    """The futures of one run's partition facts, and the steps over them."""

    def __init__(self, client: Client, facts: list[Future], firsts: I64, reducers: int) -> None:
        self.client = client
        self.facts = facts
        self.firsts = firsts
        self.reducers = reducers

    def _shuffle(self, maps: list[Future], reduce: Any, *head: Any) -> list[Future]:
        submit = self.client.submit
        step = _MAPS_PER_COMBINE
        groups = [submit(combine_pieces, *maps[at : at + step]) for at in range(0, len(maps), step)]
        return [
            submit(reduce, *head, *[submit(operator.getitem, group, r) for group in groups])
            for r in range(self.reducers)
        ]

    def exact_pairs(self) -> I64:
        """(first copy, copy) for every exact copy: a shuffle on the key digest."""
        maps = [
            self.client.submit(exact_map, fact, int(first), self.reducers)
            for fact, first in zip(self.facts, self.firsts, strict=False)
        ]
        found = self.client.gather(self._shuffle(maps, exact_reduce))
        return np.concatenate([np.zeros((0, 2), np.int64), *found])

    def near_pairs(self, exact: I64, threshold: float) -> I64:
        """The candidate pairs (a shuffle on the band keys) whose similarity passes."""
        copies = np.sort(exact[:, 1])
        # Each map task gets the copies among its own records only, not the whole list.
        bounds = np.searchsorted(copies, self.firsts)
        maps = [
            self.client.submit(
                near_map, fact, int(first), copies[bounds[n] : bounds[n + 1]], self.reducers
            )
            for n, (fact, first) in enumerate(zip(self.facts, self.firsts, strict=False))
        ]
        reduced = self._shuffle(maps, near_reduce, self.firsts)
        blocks = self.client.gather([self.client.submit(_keys, r) for r in reduced])
        checks = []
        for block in sorted({key for keys in blocks for key in keys}):
            pieces = [
                self.client.submit(operator.getitem, r, block)
                for r, keys in zip(reduced, blocks, strict=True)
                if block in keys
            ]
            checks.append(self._check(block, pieces, threshold))
        return np.concatenate([np.zeros((0, 2), np.int64), *self.client.gather(checks)])

    def _check(self, block: tuple[int, int], pairs: Any, threshold: float | None) -> Future:
        left, right = block
        return self.client.submit(
            _passing,
            pairs,
            self.facts[left],
            int(self.firsts[left]),
            self.facts[right],
            int(self.firsts[right]),
            threshold,
        )

    def survivors(self, pairs: I64, exact: I64, config: DedupeConfig) -> Survivors:
        """Each duplicate's survivor and its similarity to it."""
        roots = _components(pairs)
        facts = self._order_facts(sorted(roots), config.keep)
        members: dict[int, list[int]] = defaultdict(list)
        for number, root in roots.items():
            members[root].append(number)
        survivor_of = {}
        for group in members.values():
            best = min(
                group, key=lambda n: survivor_order(facts[n][0], facts[n][1], facts[n][2], n)
            )
            survivor_of.update({number: best for number in group if number != best})
        first_copy = dict(zip(exact[:, 1].tolist(), exact[:, 0].tolist(), strict=True))
        similar = self._similarities(survivor_of, first_copy, config.mode == "near")
        self.locations = {n: facts[n][3] for n in set(survivor_of.values())}
        self.ids = {n: facts[n][1] for n in set(survivor_of.values())}
        return {n: (s, similar.get(n, 1.0)) for n, s in survivor_of.items()}

    def _order_facts(self, numbers: list[int], keep: str) -> dict[int, Any]:
        wanted = self._by_part(numbers)
        futures = [
            self.client.submit(order_facts, self.facts[p], int(self.firsts[p]), found, keep)
            for p, found in wanted.items()
        ]
        facts: dict[int, Any] = {}
        for part in self.client.gather(futures):
            facts.update(part)
        return facts

    def _by_part(self, numbers: Sequence[int]) -> dict[int, list[int]]:
        wanted: dict[int, list[int]] = defaultdict(list)
        parts = np.searchsorted(self.firsts, numbers, side="right") - 1
        for number, part in zip(numbers, parts.tolist(), strict=True):
            wanted[part].append(number)
        return wanted

    def _similarities(
        self, survivor_of: dict[int, int], first_copy: dict[int, int], near: bool
    ) -> dict[int, float]:
        """Similarity of each duplicate to its survivor, read on the two texts' first copies."""
        asked: dict[tuple[int, int], list[tuple[int, int, int]]] = defaultdict(list)
        for number, survivor in survivor_of.items():
            left, right = first_copy.get(number, number), first_copy.get(survivor, survivor)
            if near and left != right:
                block = tuple(np.searchsorted(self.firsts, [left, right], "right") - 1)
                asked[(int(block[0]), int(block[1]))].append((number, left, right))
        checks = {
            block: self._check(block, np.array([[a, b] for _, a, b in rows], np.int64), None)
            for block, rows in asked.items()
        }
        similar = {}
        for block, values in zip(checks, self.client.gather(list(checks.values())), strict=True):
            for (number, _, _), value in zip(asked[block], values, strict=True):
                similar[number] = value
        return similar

    def verdicts(self, found: Survivors) -> dict[int, dict[int, Duplicate]]:
        """For each partition, its duplicates by position: the survivor named and located."""
        verdicts: dict[int, dict[int, Duplicate]] = defaultdict(dict)
        for part, numbers in self._by_part(sorted(found)).items():
            for number in numbers:
                survivor, similarity = found[number]
                path, line = self.locations[survivor]
                duplicate = Duplicate(self.ids[survivor], path, line, similarity)
                verdicts[part][number - int(self.firsts[part])] = duplicate
        return verdicts


def _keys(grouped: dict[tuple[int, int], I64]) -> list[tuple[int, int]]:
    return list(grouped)


def _passing(
    pieces: Any,
    left: PartFacts,
    left_first: int,
    right: PartFacts,
    right_first: int,
    threshold: float | None,
) -> Any:
    """The pairs at or above the threshold; with no threshold, each pair's similarity."""
    pairs = np.concatenate(pieces) if isinstance(pieces, list) else pieces
    similarities = verify_pairs(pairs, left, left_first, right, right_first)
    if threshold is None:
        return similarities
    return pairs[np.array(similarities, dtype=float) >= threshold].reshape(-1, 2)


def _components(pairs: I64) -> dict[int, int]:
    """The root (smallest member) of every document in a pair: union-find on a dict."""
    parent: dict[int, int] = {}

    def find(item: int) -> int:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for left, right in pairs.tolist():
        a, b = find(left), find(right)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {item: find(item) for item in parent}


def write_partition(
    piece: Partition,
    options: ReadOptions,
    text_field: str,
    duplicates: dict[int, Duplicate],
    mark: bool,
    paths: tuple[str, str, str | None],
    records: RecordIO | None = None,
) -> int:
    """Write one partition's records, rejects and duplicates (runs on a worker)."""
    records = records or RecordIO()
    written = position = 0
    with ExitStack() as stack:
        articles, rejects = (stack.enter_context(atomic_write(path)) for path in paths[:2])
        listed = stack.enter_context(atomic_write(paths[2])) if paths[2] else None
        for item in records.read(piece, options):
            if isinstance(item, Reject | Record):
                item = checked_item(item, text_field)
            if isinstance(item, Reject):
                write_jsonl(rejects, item.to_dict())
            elif isinstance(item, Record):
                written += records.write(item, duplicates.get(position), articles, listed, mark)
                position += 1
    return written


class _Outputs:
    """Where the records, rejects and duplicates of a run go, and their concatenation."""

    def __init__(
        self,
        layout: OutputLayout,
        rejects: str | None,
        duplicates: str | None,
        mark: bool,
        records: RecordIO,
    ) -> None:
        self.layout = layout
        self.records = records
        self.rejects = rejects or layout.default_rejects()
        self.duplicates = duplicates
        self.mark = mark

    def write(
        self,
        client: Client,
        pieces: list[Piece],
        verdicts: dict[int, dict[int, Duplicate]],
        options: ReadOptions,
        text_field: str,
        summary: DedupeSummary,
    ) -> None:
        parts = [piece for piece in pieces if isinstance(piece, Partition)]
        with temporary_folder(self.layout) as temp:
            names = [self._names(temp, n) for n in range(len(parts))]
            futures = [
                client.submit(
                    write_partition,
                    part,
                    options,
                    text_field,
                    verdicts.get(n, {}),
                    self.mark,
                    names[n],
                    self.records,
                )
                for n, part in enumerate(parts)
            ]
            summary.written = sum(client.gather(futures))
            self._concatenate(pieces, names, summary)

    def _names(self, temp: str, number: int) -> tuple[str, str, str | None]:
        layout = self.layout
        articles = (
            layout.part(number) if layout.per_partition else join(temp, f"a-{number:05d}.jsonl")
        )
        listed = join(temp, f"d-{number:05d}.jsonl") if self.duplicates else None
        return articles, join(temp, f"r-{number:05d}.jsonl"), listed

    def _concatenate(
        self, pieces: list[Piece], names: list[tuple[str, str, str | None]], summary: DedupeSummary
    ) -> None:
        with ExitStack() as stack:
            rejects = stack.enter_context(atomic_write(self.rejects))
            one_file = not self.layout.per_partition
            articles = stack.enter_context(atomic_write(self.layout.target)) if one_file else None
            listed = stack.enter_context(atomic_write(self.duplicates)) if self.duplicates else None
            parts = iter(names)
            for piece in pieces:
                if isinstance(piece, Reject):
                    write_jsonl(rejects, piece.to_dict())
                    summary.read += 1
                    summary.rejected += 1
                elif not isinstance(piece, Partition):
                    report_skipped_file(piece)
                    continue
                else:
                    article_part, reject_part, listed_part = next(parts)
                    concatenate([reject_part], rejects)
                    if articles is not None:
                        concatenate([article_part], articles)
                    if listed is not None and listed_part:
                        concatenate([listed_part], listed)
        for stale in self.layout.stale_parts(len(names)) if self.layout.per_partition else ():
            remove(stale)
