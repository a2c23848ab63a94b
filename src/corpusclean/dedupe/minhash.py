"""MinHash signatures and LSH band keys for many documents at once, vectorised with NumPy.

A document is its set of word shingles: every run of `shingle_words` consecutive words of
its comparison key (`text.label_key`: casefolded letters and digits, single spaces). Each
shingle is hashed to 64 bits straight from the key's UTF-8 bytes with a polynomial hash over
a whole batch of documents (prefix sums, no Python loop per word), then mixed by the
splitmix64 finaliser. The hashes depend on the text only, never on the order documents
arrive in or on the process (Python's own ``hash`` is salted per process), so a corpus gives
the same candidates in any order and on every run.

The signature is classic MinHash with `num_perm` hash functions of the multiply-shift family
(Dietzfelbinger et al.): ``h_k(x) = (a_k * x + b_k) >> 32`` on 64-bit words, which needs no
modulo (datasketch and datatrove take ``mod 2**61 - 1``, the slowest step on NumPy). Band
keys hash each band's `rows` values to one 64-bit word.

NumPy is an optional dependency (``pip install 'corpusclean[dedupe]'``); exact dedupe never
imports this module.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

__all__ = [
    "Permutations",
    "ShingleHasher",
    "band_keys",
    "jaccard",
    "shingle_hashes",
    "signatures",
]

U64 = npt.NDArray[np.uint64]
U32 = npt.NDArray[np.uint32]
I64 = npt.NDArray[np.int64]

# Odd multiplier of the polynomial byte hash (invertible modulo 2**64, so a window's hash can
# be read off two prefix sums). Collisions of a 64-bit polynomial hash need crafted input;
# the finaliser spreads the value over all bits for the multiply-shift step.
_POLY = np.uint64(0x100000001B3)  # the 64-bit FNV prime: odd, well-spread bits
_POLY_INVERSE = np.uint64(pow(0x100000001B3, -1, 1 << 64))
_SPACE = 0x20  # keys separate words with one ASCII space, which UTF-8 never uses inside a letter
_NEWLINE = 0x0A  # a batch separates keys with a newline, which no key holds


def _mix(values: U64) -> U64:
    """The splitmix64 finaliser: every input bit reaches every output bit."""
    values = values ^ (values >> np.uint64(30))
    values = values * np.uint64(0xBF58476D1CE4E5B9)
    values = values ^ (values >> np.uint64(27))
    values = values * np.uint64(0x94D049BB133111EB)
    mixed: U64 = values ^ (values >> np.uint64(31))
    return mixed


# Powers come from an outer product of base**low and base**(1024 * high): a cumulative product
# over every byte of a batch is a slow sequential loop, and a gather from a table costs more
# than the multiplication.
_POWER_SPLIT = 1024


def _powers(base: np.uint64, count: int) -> U64:
    """``base**i`` modulo 2**64 for i in 0..count-1 (wrapping multiplication is the modulo)."""
    low = np.full(_POWER_SPLIT, base, dtype=np.uint64)
    low[0] = 1
    high = np.full(count // _POWER_SPLIT + 1, pow(int(base), _POWER_SPLIT, 1 << 64), np.uint64)
    high[0] = 1
    table = np.outer(np.cumprod(high, dtype=np.uint64), np.cumprod(low, dtype=np.uint64))
    return table.ravel()[:count]


def _word_spans(data: npt.NDArray[np.uint8]) -> tuple[I64, I64, I64]:
    """Start and end byte of every word of newline-joined keys (each key ends with a newline),
    and each key's number of words (read off the separators, not counted in Python)."""
    key_ends = np.flatnonzero(data == _NEWLINE)
    ends = np.flatnonzero((data == _SPACE) | (data == _NEWLINE)).astype(np.int64)
    starts = np.empty_like(ends)
    starts[:1] = 0
    starts[1:] = ends[:-1] + 1
    # The number of word ends up to each key's end, less the previous key's.
    words = np.diff(np.searchsorted(ends, key_ends, side="right"), prepend=0)
    return starts, ends, words.astype(np.int64)


class ShingleHasher:
    """Hashes the word shingles of batches of comparison keys to 64 bits.

    It keeps the tables of powers the polynomial hash reads between batches, so a run makes
    them once (they only grow), not once a batch: a fresh table is a fresh allocation, and
    its page faults cost more than the hashing. The caller owns the hasher (no module cache).
    """

    def __init__(self, shingle_words: int) -> None:
        self.shingle_words = shingle_words
        self._powers: U64 = np.ones(0, dtype=np.uint64)
        self._inverse: U64 = np.ones(0, dtype=np.uint64)
        self._prefix: U64 = np.zeros(1, dtype=np.uint64)

    def _tables(self, size: int) -> tuple[U64, U64, U64]:
        """The powers, their inverses, and a work buffer for the prefix sums of `size` bytes.

        The buffer is kept for the same reason as the tables: a fresh 8-bytes-a-byte array
        each batch is paged in afresh (measured: 120,000 page faults, a tenth of the run's
        CPU time, at 10,000 documents), a reused one is not.
        """
        if self._powers.size < size:
            grown = max(size, 2 * self._powers.size)
            self._powers, self._inverse = _powers(_POLY, grown), _powers(_POLY_INVERSE, grown)
            self._prefix = np.zeros(grown + 1, dtype=np.uint64)
        return self._powers[:size], self._inverse, self._prefix[: size + 1]

    def hash(self, keys: Sequence[str]) -> tuple[U64, I64]:
        """The hashes of every key's shingles, grouped by key, and each key's first one.

        `keys` are non-empty comparison keys. A key of fewer words than `shingle_words` is
        one shingle (its whole text), so short documents still compare. Hashes are in text
        order, repeats included; `offsets[i]:offsets[i + 1]` are key i's.
        """
        data = np.frombuffer(("\n".join(keys) + "\n").encode("utf-8"), dtype=np.uint8)
        starts, ends, words = _word_spans(data)
        first_word = np.concatenate(([0], np.cumsum(words)[:-1]))
        counts = np.maximum(words - self.shingle_words + 1, 1)
        offsets = np.concatenate(([0], np.cumsum(counts)))
        # The word each shingle starts at, and the last word it covers.
        doc = np.repeat(np.arange(len(keys)), counts)
        first = np.arange(offsets[-1]) - offsets[doc] + first_word[doc]
        last = np.minimum(first + self.shingle_words, first_word[doc] + words[doc]) - 1
        powers, inverse, prefix = self._tables(data.size)
        np.multiply(data, powers, out=prefix[1:])
        np.cumsum(prefix[1:], out=prefix[1:])  # prefix[0] stays 0
        begin, end = starts[first], ends[last]
        window = (prefix[end] - prefix[begin]) * inverse[begin]
        return _mix(window), offsets.astype(np.int64)


def shingle_hashes(keys: Sequence[str], shingle_words: int) -> tuple[U64, I64]:
    """`ShingleHasher.hash` with a hasher of its own (for one batch).

    >>> hashes, offsets = shingle_hashes(["a b c d", "x y", "b c d"], 3)
    >>> offsets.tolist()
    [0, 2, 3, 4]
    >>> bool(hashes[1] == hashes[3])  # "b c d" is the same shingle in both documents
    True
    """
    return ShingleHasher(shingle_words).hash(keys)


class Permutations:
    """The `num_perm` multiply-shift hash functions of a signature, drawn from a fixed seed.

    ``h_a(x) = (a * x mod 2**64) >> 32`` for a random odd `a` (Dietzfelbinger et al.'s
    multiply-shift family). Shingle hashes are already mixed 64-bit values, and on them the
    share of equal signature values matches the Jaccard similarity with the spread of an
    ideal MinHash (checked at 0.3, 0.5 and 0.8 on 300 pairs each); an added offset (``+ b``)
    changed nothing measurable and cost a quarter of the time. Every index built with the
    same seed and `num_perm` gives the same signatures.
    """

    def __init__(self, num_perm: int, seed: int) -> None:
        generator = np.random.default_rng(seed)
        high = np.iinfo(np.uint64).max
        # Odd multipliers: an even one would throw away the top bit of every input.
        multipliers: U64 = generator.integers(0, high, size=num_perm, dtype=np.uint64)
        self.multipliers: U64 = (multipliers | np.uint64(1))[:, None]


# Shingles hashed at once: the (permutations x shingles) work buffer is 3.75 MiB at 120
# permutations, reused for every chunk. Measured on the 10,000-document benchmark corpus
# (minimum of 3, two sweeps): 2048 0.30 s, 4096 0.15 s, 8192 0.15 s, 16384 0.25 s; fewer,
# longer chunks pay NumPy's per-call costs less often, until the buffer leaves the cache.
# (A fresh array a chunk favoured 2048: bigger ones were paged in afresh each time.)
_CHUNK_SHINGLES = 4096


def signatures(hashes: U64, offsets: I64, permutations: Permutations) -> U32:
    """The MinHash signature (one row of `num_perm` 32-bit values) of every document.

    Duplicate shingles change nothing (a minimum is a minimum), so `hashes` need not be
    unique. The minimum is taken on the whole 64-bit product and only then shifted: the same
    order as the top 32 bits, with ties broken, at one shift per value instead of one per
    product. Documents are hashed in chunks of whole documents to bound the temporary.
    """
    documents = offsets.size - 1
    result = np.empty((documents, permutations.multipliers.size), dtype=np.uint32)
    # One buffer for every chunk's products: a fresh one a chunk is paged in afresh.
    work = np.empty((permutations.multipliers.size, _CHUNK_SHINGLES), dtype=np.uint64)
    start = 0
    while start < documents:
        stop = int(np.searchsorted(offsets, offsets[start] + _CHUNK_SHINGLES, side="right")) - 1
        stop = min(max(stop, start + 1), documents)
        low, high = offsets[start], offsets[stop]
        if high - low > work.shape[1]:  # one document longer than a chunk
            work = np.empty((work.shape[0], high - low), dtype=np.uint64)
        # Rows of the chunk's own width, contiguous: a row stride of a power of two bytes
        # (a view of the whole buffer) maps every row to the same cache sets, twice as slow.
        products = work.reshape(-1)[: work.shape[0] * (high - low)].reshape(work.shape[0], -1)
        np.multiply(permutations.multipliers, hashes[None, low:high], out=products)
        minima = np.minimum.reduceat(products, offsets[start:stop] - low, axis=1)
        result[start:stop] = (minima.T >> np.uint64(32)).astype(np.uint32)
        start = stop
    return result


def band_keys(signature: U32, bands: int, rows: int) -> U32:
    """One 32-bit key per (document, band): equal keys mean the band's values are equal.

    32 bits, not 64, halve the index: a key shared by chance only adds a candidate pair,
    which the exact check then rejects (about n**2 / 2**33 pairs a band for n documents).
    """
    documents = signature.shape[0]
    values = signature[:, : bands * rows].reshape(documents, bands, rows).astype(np.uint64)
    keys = np.zeros((documents, bands), dtype=np.uint64)
    for row in range(rows):
        keys = _mix(keys ^ values[:, :, row])
    top: U32 = (keys >> np.uint64(32)).astype(np.uint32)
    return top


def jaccard(left: U64, right: U64) -> float:
    """The exact Jaccard similarity of two sets of shingle hashes, given sorted and unique.

    >>> jaccard(np.array([1, 2, 3], dtype=np.uint64), np.array([2, 3, 4], dtype=np.uint64))
    0.5
    """
    if left.size == 0 and right.size == 0:
        return 1.0
    shared = int(np.intersect1d(left, right, assume_unique=True).size)
    return shared / (left.size + right.size - shared)


def unique_sorted(hashes: U64) -> U64:
    """The distinct values of `hashes`, sorted (the form `jaccard` reads)."""
    return np.unique(hashes)
