"""Where a corpus index keeps what it needs per document: a union-find and the shingle sets.

Both are sized by the number of documents, not by their text: the union-find is an array of
integers; the shingle sets (64-bit hashes, 8 bytes a shingle) are written to a
temporary file and read back only to check a candidate pair, so memory stays flat however
long the documents are. The file is deleted when the store is closed.
"""

from __future__ import annotations

import os
import tempfile
from array import array
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["ShingleStore", "UnionFind"]


class UnionFind:
    """Disjoint sets of document numbers; the root of a set is always its smallest member.

    Keeping the smallest member as the root makes the sets' roots independent of the order
    in which pairs are joined.

    >>> sets = UnionFind()
    >>> for _ in range(4):
    ...     _ = sets.add()
    >>> sets.union(3, 1); sets.union(2, 3)
    >>> [sets.find(i) for i in range(4)]
    [0, 1, 1, 1]
    """

    def __init__(self) -> None:
        self._parent = array("q")

    def __len__(self) -> int:
        return len(self._parent)

    def add(self) -> int:
        """A new one-member set; returns its number."""
        self._parent.append(len(self._parent))
        return len(self._parent) - 1

    def find(self, item: int) -> int:
        """The root of the set holding `item` (with path halving)."""
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, left: int, right: int) -> None:
        """Join the sets of `left` and `right`."""
        left, right = self.find(left), self.find(right)
        if left != right:
            self._parent[max(left, right)] = min(left, right)


class ShingleStore:
    """Shingle hashes, one row a document (in text order, repeats included), spilled to disk.

    Rows are appended in batches and read back one at a time with `pread`, which the
    operating system's page cache serves from memory while it has room.
    """

    def __init__(self, directory: str | None = None) -> None:
        # Closed by `close` (the index's owner closes it), not by a with-block here.
        self._file = tempfile.TemporaryFile(prefix="corpusclean-shingles-", dir=directory)  # noqa: SIM115
        self._offsets = array("q", [0])

    def __len__(self) -> int:
        return len(self._offsets) - 1

    @property
    def bytes_written(self) -> int:
        """The size of the spill file."""
        return self._offsets[-1] * 8

    def append(self, hashes: npt.NDArray[np.uint64], counts: npt.NDArray[np.int64]) -> None:
        """Append rows: `counts[i]` values of `hashes` make row i, in order."""
        self._file.seek(0, os.SEEK_END)
        self._file.write(hashes.tobytes())
        end = self._offsets[-1]
        for count in counts.tolist():
            end += count
            self._offsets.append(end)
        self._file.flush()  # rows are read with pread, past Python's buffer

    def row(self, index: int) -> npt.NDArray[np.uint64]:
        """The shingle hashes of row `index`."""
        import numpy as np

        start, stop = self._offsets[index], self._offsets[index + 1]
        raw = os.pread(self._file.fileno(), (stop - start) * 8, start * 8)
        return np.frombuffer(raw, dtype=np.uint64)

    def size(self, index: int) -> int:
        """The number of shingles in row `index`."""
        return self._offsets[index + 1] - self._offsets[index]

    def close(self) -> None:
        """Delete the spill file."""
        self._file.close()
