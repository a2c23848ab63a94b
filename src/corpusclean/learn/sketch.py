"""A count-min sketch of how many documents of a source hold a line: fixed memory, mergeable.

The first learning pass cannot keep an exact table of every (source, line) pair of a large
corpus: most lines are article text seen once. The sketch keeps ``depth`` rows of ``width``
counters; a pair adds one to a counter in each row, and its estimate is the smallest of its
counters, never below the true count. Adding is commutative, so the sketch of a corpus is
the same in any order, and two sketches of two shards add up to the sketch of both.
"""

from __future__ import annotations

import hashlib
import struct
from array import array
from collections.abc import Iterable

__all__ = ["CountMinSketch", "key_cells"]

# Bytes of hash a row reads its counter's position from.
_ROW_BYTES = 8
_MAX_DEPTH = 64 // _ROW_BYTES  # one BLAKE2b digest (64 bytes at most) serves every row
# The layout of a digest for each depth: constants, made once.
_ROWS = tuple(struct.Struct(f"<{depth}Q") for depth in range(_MAX_DEPTH + 1))


def key_cells(key: bytes, width: int, depth: int) -> list[int]:
    """The counters (one a row, as positions in the flat table) that `key` adds to.

    A function of the key and the shape only, so a worker process can find the cells of its
    documents' keys without a table, and send back these numbers instead of the keys.

    >>> key_cells(b"example.com\\x00share this", 64, 2) == CountMinSketch(64, 2)._cells(
    ...     b"example.com\\x00share this")
    True
    """
    digest = hashlib.blake2b(key, digest_size=_ROW_BYTES * depth).digest()
    values = _ROWS[depth].unpack(digest)
    return [row * width + value % width for row, value in enumerate(values)]


class CountMinSketch:
    """Counters for keys, with estimates that never fall below the true counts.

    >>> sketch = CountMinSketch(width=64, depth=2)
    >>> for _ in range(3):
    ...     sketch.add(b"example.com\\x00share this")
    >>> sketch.estimate(b"example.com\\x00share this") >= 3, sketch.total
    (True, 3)
    """

    def __init__(self, width: int, depth: int) -> None:
        if width < 1 or not 1 <= depth <= _MAX_DEPTH:
            raise ValueError(f"width must be at least 1 and depth 1 to 8, got {width}, {depth}")
        self.width = width
        self.depth = depth
        self.total = 0
        self._counts = array("I", bytes(4 * width * depth))

    def __reduce__(self) -> tuple[object, ...]:
        # A Struct does not pickle, and a shard's state must, to be merged elsewhere.
        return (_restore, (self.width, self.depth, self.total, self._counts))

    def _cells(self, key: bytes) -> list[int]:
        # A row's position is read from its own 8 bytes of one hash of the key.
        return key_cells(key, self.width, self.depth)

    def add(self, key: bytes) -> None:
        """Count one more of ``key``."""
        self.add_cells(self._cells(key))

    def add_cells(self, cells: Iterable[int]) -> None:
        """Count one more of each key whose `key_cells` are `cells` (``depth`` a key)."""
        counts = self._counts
        added = 0
        for cell in cells:
            counts[cell] += 1
            added += 1
        self.total += added // self.depth

    def estimate(self, key: bytes) -> int:
        """At least the number of times ``key`` was added; more only by hash collisions."""
        counts = self._counts
        return min([counts[cell] for cell in self._cells(key)])

    def merged(self, other: CountMinSketch) -> CountMinSketch:
        """The sketch of both inputs: counters added cell by cell (same width and depth)."""
        if (self.width, self.depth) != (other.width, other.depth):
            raise ValueError(
                "only sketches of the same width and depth can be merged: "
                f"{self.width}x{self.depth} and {other.width}x{other.depth}"
            )
        merged = CountMinSketch(self.width, self.depth)
        merged._counts = array("I", map(sum, zip(self._counts, other._counts, strict=True)))
        merged.total = self.total + other.total
        return merged

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CountMinSketch):
            return NotImplemented
        return (self.width, self.depth, self.total) == (other.width, other.depth, other.total) and (
            self._counts == other._counts
        )

    __hash__ = None  # type: ignore[assignment]


def _restore(width: int, depth: int, total: int, counts: array[int]) -> CountMinSketch:
    """A pickled sketch, rebuilt."""
    sketch = CountMinSketch(width, depth)
    sketch.total, sketch._counts = total, counts
    return sketch
