"""The near-duplicate half of a `CorpusIndex`: signatures, LSH bands, and the exact check.

Documents are signed in batches (`minhash`), their band keys kept in one preallocated array
sized by `DedupeConfig.expected_docs`, and their shingle sets spilled to disk (`store`).
`link` then sorts each band's keys once: documents sharing a key are candidates, and a
candidate pair joins a cluster only when the exact Jaccard similarity of the two shingle
sets reaches the threshold. Candidates are found from the whole corpus at once, so the
clusters do not depend on the order the documents came in.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from .minhash import I64, U32, U64, Permutations, ShingleHasher, band_keys, jaccard, signatures
from .store import ShingleStore, UnionFind

if TYPE_CHECKING:
    from .corpus import DedupeConfig

__all__ = [
    "LSH_RECALL_TARGET",
    "NearIndex",
    "Signer",
    "candidate_pairs",
    "lsh_parameters",
    "shingle_similarity",
]

#: The chance that LSH proposes a pair whose similarity is exactly the threshold. Every
#: candidate is checked exactly, so a false candidate costs only time: the bands are chosen
#: for recall, as many rows a band as this target allows (fewer false candidates).
LSH_RECALL_TARGET = 0.99
# Documents signed together: big enough to amortise NumPy's per-call cost, small enough that
# a batch's arrays (8 bytes a byte of text for the prefix hash) stay near 10 MiB.
_BATCH_DOCUMENTS = 256


def lsh_parameters(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows): the most rows a band that still finds a pair at the threshold.

    A pair of similarity s shares at least one band with probability 1 - (1 - s**r)**b.

    >>> lsh_parameters(0.8, 120), lsh_parameters(0.5, 120)
    ((20, 6), (40, 3))
    """
    for rows in range(num_perm, 0, -1):
        bands = num_perm // rows
        if 1 - (1 - threshold**rows) ** bands >= LSH_RECALL_TARGET:
            return bands, rows
    return num_perm, 1


class Signer:
    """Shingle hashes and LSH band keys of batches of comparison keys, for one config.

    The one place keys are signed, for the local index and for the distributed engine's
    partitions alike, so both find the same candidates.
    """

    def __init__(self, config: DedupeConfig) -> None:
        self._hasher = ShingleHasher(config.shingle_words)
        self.bands, self.rows = lsh_parameters(config.threshold, config.num_perm)
        self.permutations = Permutations(config.num_perm, config.seed)

    def sign(self, keys: Sequence[str]) -> tuple[U64, I64, U32]:
        """Each key's shingle hashes (grouped by `offsets`) and its row of band keys.

        Shingle sets are made unique only when a pair is checked: far fewer documents are in
        a candidate pair than are signed, and a repeat does not change a minimum.
        """
        hashes, offsets = self._hasher.hash(keys)
        signature = signatures(hashes, offsets, self.permutations)
        return hashes, offsets, band_keys(signature, self.bands, self.rows)


def candidate_pairs(keys: npt.NDArray[Any]) -> tuple[I64, list[list[int]]]:
    """The positions in `keys` that share a key: every pair of a bucket of two (sorted, one
    row a pair) and, for bigger buckets, their sorted positions (their pairs are many)."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1], [True])))
    sizes = np.diff(starts)
    first = starts[:-1][sizes == 2]
    pairs: I64 = np.sort(np.stack((order[first], order[first + 1]), axis=1), axis=1)
    buckets = []
    big = sizes > 2
    for start, size in zip(starts[:-1][big].tolist(), sizes[big].tolist(), strict=True):
        buckets.append(sorted(order[start : start + size].tolist()))
    return pairs.astype(np.int64), buckets


def shingle_similarity(left: U64, right: U64) -> float:
    """The exact Jaccard similarity of two documents' shingle hashes (repeats allowed)."""
    return jaccard(_distinct(left), _distinct(right))


class NearIndex:
    """Band keys and spilled shingle sets of the distinct texts of a corpus."""

    def __init__(self, config: DedupeConfig) -> None:
        self.threshold = config.threshold
        self.signer = Signer(config)
        self.bands = self.signer.bands
        self._keys = np.empty((config.expected_docs, self.bands), dtype=np.uint32)
        self._store = ShingleStore(config.spill_dir)
        self._row_of = array("q")  # by document number; -1: not here (an exact copy, empty)
        self._document_of = array("q")
        self._pending: list[tuple[int, str]] = []

    @property
    def spilled_bytes(self) -> int:
        """Bytes of shingle sets written to the spill file."""
        return self._store.bytes_written

    def add(self, number: int, key: str) -> None:
        """Queue document `number`'s comparison key (non-empty) for signing."""
        self._pending.append((number, key))
        if len(self._pending) >= _BATCH_DOCUMENTS:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        numbers, keys = zip(*self._pending, strict=True)
        self._pending.clear()
        hashes, offsets, batch_keys = self.signer.sign(keys)
        counts = np.diff(offsets)
        first_row = len(self._document_of)
        self._grow(first_row + len(numbers))
        self._keys[first_row : first_row + len(numbers)] = batch_keys
        self._store.append(hashes, counts)
        for row, number in enumerate(numbers, start=first_row):
            self._row_of.extend([-1] * (number + 1 - len(self._row_of)))
            self._row_of[number] = row
            self._document_of.append(number)

    def _grow(self, rows: int) -> None:
        """Make room for `rows` rows: double the array when `expected_docs` was too few."""
        if rows > self._keys.shape[0]:
            bigger = np.empty((max(rows, 2 * self._keys.shape[0]), self.bands), np.uint32)
            bigger[: self._keys.shape[0]] = self._keys
            self._keys = bigger

    def link(self, sets: UnionFind) -> None:
        """Join, in `sets`, every candidate pair whose exact similarity reaches the threshold.

        Most buckets hold two documents: their pairs are collected in NumPy and each pair is
        checked once, however many bands propose it. A bigger bucket is checked pair by pair,
        skipping pairs already in one cluster (a pair that joins nothing new needs no check).
        """
        self._flush()
        count = len(self._document_of)
        pairs = [np.empty((0, 2), dtype=np.int64)]
        buckets: list[list[int]] = []
        for band in range(self.bands):
            band_pairs, band_buckets = candidate_pairs(self._keys[:count, band])
            pairs.append(band_pairs)
            buckets.extend(band_buckets)
        rejected: set[tuple[int, int]] = set()
        for left, right in np.unique(np.concatenate(pairs), axis=0).tolist():
            self._link_pair(left, right, sets, rejected)
        for rows in buckets:
            for i, left in enumerate(rows):
                for right in rows[i + 1 :]:
                    self._link_pair(left, right, sets, rejected)

    def _link_pair(
        self, left: int, right: int, sets: UnionFind, rejected: set[tuple[int, int]]
    ) -> None:
        """Check one candidate pair of rows (left < right) and join it when it passes."""
        documents = self._document_of[left], self._document_of[right]
        if (left, right) in rejected or sets.find(documents[0]) == sets.find(documents[1]):
            return
        if self._row_similarity(left, right) >= self.threshold:
            sets.union(*documents)
        else:
            rejected.add((left, right))

    def _row_similarity(self, left: int, right: int) -> float:
        return shingle_similarity(self._store.row(left), self._store.row(right))

    def similarity(self, left: int, right: int) -> float:
        """The exact Jaccard similarity of two documents' shingle sets (by document number)."""
        self._flush()
        rows = [self._row_of[n] if n < len(self._row_of) else -1 for n in (left, right)]
        if min(rows) < 0:
            return 0.0
        return self._row_similarity(rows[0], rows[1])

    def close(self) -> None:
        """Delete the spill file."""
        self._store.close()


def _distinct(hashes: U64) -> U64:
    """The distinct values, sorted (cheaper than `np.unique`, which also hashes)."""
    ordered = np.sort(hashes)
    keep: U64 = ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]
    return keep
