"""The per-partition steps of distributed dedupe: the facts of a partition, the two shuffles
(on the exact-copy digest, on the LSH band keys) and the partition-wise Jaccard check.

Each function is a task's body and works on NumPy arrays, which move between workers
without pickling element by element. A map step splits its rows by reducer (a hash of the
key), a combine step joins the pieces of a group of maps, a reduce step concatenates what
every group sent it: Dask's task shuffle, spelt out so that it moves arrays, not Python
tuples.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt

from ..cli.dedupe import checked_item, text_field_of
from ..cli.deduped import record_id
from ..dedupe.corpus import DedupeConfig, document_digests, field_value, key_words, policy_rank
from ..dedupe.minhash import I64, U32, U64
from ..dedupe.near import Signer, candidate_pairs, shingle_similarity
from ..io.records import Record, Reject
from ..io.sources import ReadOptions
from .partitions import Partition, PieceReader, read_piece

__all__ = [
    "PartFacts",
    "combine_pieces",
    "exact_map",
    "exact_reduce",
    "near_map",
    "near_reduce",
    "order_facts",
    "partition_facts",
    "verify_pairs",
]

# Keys signed together (as `NearIndex` does): amortises NumPy's per-call cost.
_BATCH_DOCUMENTS = 256


@attrs.frozen
class PartFacts:
    """What dedupe needs of one partition's records, in their order, kept on its worker.

    `digests` are the comparison keys' 16-byte digests as two 64-bit words; `signed` the
    positions of the records with a non-empty key, whose band keys and shingle hashes
    (`hashes`, grouped by `offsets`) follow in the same order. `ranks` hold the survivor
    policy's key for a field policy only; `words` the keys' word counts.
    """

    ids: list[str]
    locations: list[tuple[str, int | None]]
    digests: U64
    text_digests: I64
    words: I64
    values: list[Any]
    signed: I64
    band_keys: U32
    hashes: U64
    offsets: I64
    read: int
    rejected: int

    @property
    def records(self) -> int:
        """Records with a text (each gets a number in the corpus)."""
        return len(self.ids)


def partition_facts(
    piece: Partition,
    options: ReadOptions,
    config: DedupeConfig,
    text_field: str,
    reader: PieceReader = read_piece,
) -> PartFacts:
    """Read one partition (with `reader`) and compute its facts (the first pass of
    `corpusclean dedupe`)."""
    ids: list[str] = []
    locations: list[tuple[str, int | None]] = []
    digests: list[bytes] = []
    text_digests: list[int] = []
    words: list[int] = []
    values: list[Any] = []
    keys: list[tuple[int, str]] = []
    read = rejected = 0
    field = None if config.keep in ("first", "longest") else config.keep
    for item in reader(piece, options):
        if isinstance(item, Reject | Record):
            read += 1
            item = checked_item(item, text_field)
        if not isinstance(item, Record):
            rejected += isinstance(item, Reject)
            continue
        key, digest, exact = document_digests(item.data[text_field_of(item, text_field)])
        if key and config.mode == "near":
            keys.append((len(ids), key))
        ids.append(record_id(item))
        locations.append((item.path, item.line))
        digests.append(digest)
        text_digests.append(exact)
        words.append(key_words(key))
        values.append(
            policy_rank(config.keep, 0, 0, field_value(item.data, field)) if field else None
        )
    signed, band_keys, hashes, offsets = _sign(keys, config)
    return PartFacts(
        ids,
        locations,
        np.frombuffer(b"".join(digests), dtype=">u8").astype(np.uint64).reshape(-1, 2),
        np.array(text_digests, dtype=np.int64),
        np.array(words, dtype=np.int64),
        values,
        signed,
        band_keys,
        hashes,
        offsets,
        read,
        rejected,
    )


def _sign(keys: list[tuple[int, str]], config: DedupeConfig) -> tuple[I64, U32, U64, I64]:
    """Positions, band keys, shingle hashes and their offsets of the keys, in batches."""
    signer = Signer(config)
    parts: list[tuple[U32, U64, I64]] = []
    for start in range(0, len(keys), _BATCH_DOCUMENTS):
        batch = [key for _, key in keys[start : start + _BATCH_DOCUMENTS]]
        hashes, offsets, bands = signer.sign(batch)
        parts.append((bands, hashes, np.diff(offsets)))
    positions = np.array([position for position, _ in keys], dtype=np.int64)
    if not parts:
        no_hashes = np.zeros(0, dtype=np.uint64)
        return positions, np.zeros((0, signer.bands), np.uint32), no_hashes, np.zeros(1, np.int64)
    counts = np.concatenate([count for _, _, count in parts])
    offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
    band_keys = np.concatenate([bands for bands, _, _ in parts])
    return positions, band_keys, np.concatenate([h for _, h, _ in parts]), offsets


def _split(rows: npt.NDArray[Any], destination: U64, reducers: int) -> list[npt.NDArray[Any]]:
    return [rows[destination == reducer] for reducer in range(reducers)]


def combine_pieces(*maps: list[npt.NDArray[Any]]) -> list[npt.NDArray[Any]]:
    """Several map tasks' pieces joined into one list, a piece per reducer, in the maps' order.

    A reducer concatenates its pieces in map order; joining adjacent maps' pieces first gives
    it the same rows in the same order, so its result is unchanged. What it saves is tasks: a
    reducer then takes one piece per group of maps, not one per map.
    """
    return [np.concatenate(pieces) for pieces in zip(*maps, strict=True)]


def exact_map(facts: PartFacts, first_number: int, reducers: int) -> list[U64]:
    """Rows (digest high, digest low, number) split by reducer on the digest."""
    numbers = np.arange(first_number, first_number + facts.records, dtype=np.uint64)
    rows = (
        np.column_stack((facts.digests, numbers)) if facts.records else np.zeros((0, 3), np.uint64)
    )
    return _split(rows, rows[:, 0] % np.uint64(reducers), reducers)


def exact_reduce(*pieces: U64) -> I64:
    """Pairs (first copy, later copy) of every group of equal digests: the exact duplicates."""
    rows = np.concatenate(pieces) if pieces else np.zeros((0, 3), np.uint64)
    if not rows.size:
        return np.zeros((0, 2), dtype=np.int64)
    rows = rows[np.lexsort((rows[:, 2], rows[:, 1], rows[:, 0]))]
    same = (rows[1:, 0] == rows[:-1, 0]) & (rows[1:, 1] == rows[:-1, 1])
    starts = np.concatenate(([True], ~same))
    first = rows[starts, 2][np.cumsum(starts) - 1]
    pairs: I64 = np.column_stack((first[~starts], rows[~starts, 2])).astype(np.int64)
    return pairs


def near_map(facts: PartFacts, first_number: int, copies: I64, reducers: int) -> list[U64]:
    """Rows (band << 32 | band key, number) of the partition's first copies, by reducer."""
    numbers = facts.signed + first_number
    keep = ~np.isin(numbers, copies)
    bands = facts.band_keys.shape[1]
    keys = facts.band_keys[keep].astype(np.uint64)
    bucket = (np.arange(bands, dtype=np.uint64)[None, :] << np.uint64(32)) | keys
    rows = np.column_stack((bucket.ravel(), np.repeat(numbers[keep], bands).astype(np.uint64)))
    return _split(rows, rows[:, 0] % np.uint64(reducers), reducers)


def near_reduce(boundaries: I64, *pieces: U64) -> dict[tuple[int, int], I64]:
    """Every candidate pair (documents sharing a band key), once, grouped by the pair of
    partitions (by `boundaries`, the partitions' first numbers) that hold its two documents.

    A bucket of k documents gives all its k(k-1)/2 pairs, as the local index checks them.
    """
    rows = np.concatenate(pieces) if pieces else np.zeros((0, 2), np.uint64)
    pairs, buckets = candidate_pairs(rows[:, 0])
    found = [pairs, *(np.array(list(combinations(b, 2)), np.int64) for b in buckets)]
    positions = np.concatenate(found).reshape(-1, 2)
    documents = np.sort(rows[:, 1].astype(np.int64)[positions], axis=1)
    documents = np.unique(documents, axis=0) if documents.size else documents
    parts = np.searchsorted(boundaries, documents, side="right") - 1
    grouped: dict[tuple[int, int], I64] = {}
    for left, right in np.unique(parts, axis=0).tolist() if parts.size else []:
        chosen = (parts[:, 0] == left) & (parts[:, 1] == right)
        grouped[(left, right)] = documents[chosen]
    return grouped


def _shingles(facts: PartFacts, position: int) -> U64:
    row = int(np.searchsorted(facts.signed, position))
    if row >= facts.signed.size or facts.signed[row] != position:
        return np.zeros(0, dtype=np.uint64)
    return facts.hashes[facts.offsets[row] : facts.offsets[row + 1]]


def verify_pairs(
    pairs: I64, left: PartFacts, left_first: int, right: PartFacts, right_first: int
) -> list[float]:
    """The exact Jaccard similarity of each pair (left document in `left`, right in `right`)."""
    return [
        shingle_similarity(_shingles(left, a - left_first), _shingles(right, b - right_first))
        for a, b in pairs.tolist()
    ]


def order_facts(
    facts: PartFacts, first_number: int, numbers: list[int], keep: str
) -> dict[int, tuple[tuple[Any, ...], str, int, tuple[str, int | None]]]:
    """For each document asked about: its policy rank, id, text digest and location."""
    found = {}
    for number in numbers:
        at = number - first_number
        value = facts.values[at]
        rank = value if value is not None else policy_rank(keep, number, int(facts.words[at]), None)
        found[number] = (rank, facts.ids[at], int(facts.text_digests[at]), facts.locations[at])
    return found
