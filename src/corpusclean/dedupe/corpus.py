"""Duplicate documents across a corpus: exact copies and near copies, one survivor a cluster.

News corpora are full of duplicates: one wire story syndicated under different headlines,
bylines and chrome, the same page crawled twice, an AMP and a desktop copy. `CorpusIndex` is
the state the caller owns (no module-level cache): `add` every document, then `finish`
gives one `Verdict` a document.

* **Exact**: documents whose comparison keys (`text.label_key`: casefolded words, no
  punctuation or spacing) are equal share a cluster. Feed it cleaned text, so two copies that
  differ only in boilerplate are exact duplicates.
* **Near**: MinHash over word shingles with LSH banding proposes candidate pairs; the exact
  Jaccard similarity of the two shingle sets decides, so `threshold` means what it says.
  Clusters are the connected components of the pairs at or above it (union-find).

The survivor of a cluster follows `DedupeConfig.keep`: ``"first"`` (input order),
``"longest"`` (most words), or a field name (its lowest value, such as the earliest date).
Ties fall to the smaller id, then the smaller digest of the text, so every policy but
``"first"`` gives the same output whatever the input order (records equal in id and text
but not in other fields excepted: those keep the first of them).

>>> index = CorpusIndex(DedupeConfig(mode="exact"))
>>> for name, text in [("a", "Rain in Paris."), ("b", "rain in paris"), ("c", "Sun.")]:
...     _ = index.add(text, id=name)
>>> [(v.id, v.duplicate_of, v.similarity) for v in index.finish()]
[('a', None, None), ('b', 'a', 1.0), ('c', None, None)]
"""

from __future__ import annotations

import hashlib
import math
from array import array
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

from ..io.compression import MissingExtraError
from ..text import label_key
from .store import UnionFind

if TYPE_CHECKING:
    from .near import NearIndex

__all__ = [
    "DEFAULT_THRESHOLD",
    "CorpusIndex",
    "DedupeConfig",
    "DedupeResult",
    "Verdict",
    "dedupe_corpus",
    "document_digests",
    "field_value",
    "key_words",
    "policy_rank",
    "survivor_order",
]

#: Jaccard similarity of word 5-gram sets at or above which two documents are near
#: duplicates. Tuned on the dev-set evaluation (docs/benchmarks.md): syndicated copies with a
#: new headline, byline, chrome lines or a trimmed last paragraph stay above it, while
#: different outlets' reports of one event (the seeds: at most 0.05) stay far below.
DEFAULT_THRESHOLD = 0.5
#: Words a shingle: long enough that two reports of one event rarely share one by chance
#: (shared names and phrases are shorter), short enough that an edit spoils few of them.
DEFAULT_SHINGLE_WORDS = 5
#: Hash functions per signature; with the exact check, more would only cut false candidates.
#: 120 splits into whole bands of every width from 1 to 6 rows, so no value is wasted (and
#: libraries that need equal bands, such as rensa, can be compared on the same parameters).
DEFAULT_NUM_PERM = 120

Mode = Literal["exact", "near"]
_NEEDS_NUMPY = (
    "near-duplicate detection needs NumPy: pip install 'corpusclean[dedupe]' "
    "(or find exact copies only, which needs nothing more: --exact, DedupeConfig(mode='exact'))"
)


def _check_keep(_instance: object, _attribute: object, value: str) -> None:
    if not value:
        raise ValueError("keep must be 'first', 'longest' or a field name, not empty")


@attrs.frozen(kw_only=True)
class DedupeConfig:
    """How to find duplicate documents and which copy to keep.

    `mode`: ``"near"`` (MinHash candidates, exact Jaccard check; needs NumPy) or ``"exact"``.
    `threshold`: the Jaccard similarity of shingle sets at or above which two documents are
    near duplicates. `keep`: ``"first"``, ``"longest"`` or a field name (lowest value kept;
    records without it lose). `shingle_words`, `num_perm`, `seed`: the MinHash. `expected_docs`
    sizes the index up front (it grows past it, at the cost of a copy); `spill_dir` is where
    the shingle sets are spilled (default: the system's temporary folder).
    """

    mode: Mode = attrs.field(default="near", validator=attrs.validators.in_(("exact", "near")))
    threshold: float = attrs.field(default=DEFAULT_THRESHOLD)
    keep: str = attrs.field(default="longest", validator=_check_keep)
    shingle_words: int = attrs.field(default=DEFAULT_SHINGLE_WORDS)
    num_perm: int = attrs.field(default=DEFAULT_NUM_PERM)
    seed: int = 1
    expected_docs: int = attrs.field(default=100_000)
    spill_dir: str | None = None

    @threshold.validator
    def _check_threshold(self, _attribute: object, value: float) -> None:
        if not 0.0 < value <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {value}")

    @shingle_words.validator
    @num_perm.validator
    @expected_docs.validator
    def _check_positive(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < 1:
            raise ValueError(f"{attribute.name} must be at least 1, got {value}")


@attrs.frozen
class Verdict:
    """What dedupe decided for one document: kept, or a duplicate of which survivor.

    `index` is the document's number in the order it was added; `duplicate_of` and
    `duplicate_index` name the survivor of its cluster (None when the document is kept);
    `similarity` is the measured Jaccard similarity to that survivor (1.0 for exact copies).
    In a chain of near copies (A~B, B~C) it can be below the threshold: C joined the cluster
    through B.
    """

    index: int
    id: str
    duplicate_of: str | None = None
    duplicate_index: int | None = None
    similarity: float | None = None

    @property
    def kept(self) -> bool:
        """True for the survivor of a cluster and for a document with no duplicate."""
        return self.duplicate_index is None


@attrs.frozen
class DedupeResult:
    """Every document's `Verdict`, in input order, with counts for a summary.

    `spilled_bytes` is the size the shingle sets took on disk during the run (near mode).
    """

    verdicts: tuple[Verdict, ...]
    clusters: int
    spilled_bytes: int = 0

    def __iter__(self) -> Iterator[Verdict]:
        return iter(self.verdicts)

    def __len__(self) -> int:
        return len(self.verdicts)

    def __getitem__(self, index: int) -> Verdict:
        return self.verdicts[index]

    @property
    def duplicates(self) -> int:
        """The number of documents dropped as duplicates."""
        return sum(not verdict.kept for verdict in self.verdicts)


def field_value(record: Mapping[str, Any], field: str) -> Any:
    """A record's value for `field`: a top-level key, else the key inside ``metadata``.

    >>> field_value({"metadata": {"date": "2019-06-01"}}, "date")
    '2019-06-01'
    """
    if field in record:
        return record[field]
    metadata = record.get("metadata")
    return metadata.get(field) if isinstance(metadata, Mapping) else None


def _rank_of_value(value: Any) -> tuple[Any, ...]:
    """A sort key for any JSON value: numbers, then strings, then anything else, then none."""
    if isinstance(value, bool) or value is None:
        return (3,) if value is None else (2, str(value))
    if isinstance(value, (int, float)) and not math.isnan(value):
        return (0, value)
    if isinstance(value, str):
        return (1, value)
    return (2, repr(value))


def document_digests(text: str) -> tuple[str, bytes, int]:
    """A text's comparison key, the key's digest (equal digests: exact copies), and the
    digest of the text as given, which breaks ties between copies.

    The tie-break reads the text as given, so copies with one key but different punctuation
    are ordered by their content, not by their position.
    """
    key = label_key(text)
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    exact = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return key, digest, int.from_bytes(exact, "big", signed=True)


def key_words(key: str) -> int:
    """The number of words of a comparison key (single spaces between words)."""
    return key.count(" ") + 1 if key else 0


def policy_rank(keep: str, number: int, words: int, value: Any) -> tuple[Any, ...]:
    """The survivor policy's sort key of one document: the smallest in a cluster survives.

    `number` is the document's position in the corpus, `words` its comparison key's words,
    `value` its `keep` field's value (read only when `keep` names a field).
    """
    if keep == "first":
        return (number,)
    if keep == "longest":
        return (-words,)
    return _rank_of_value(value)


def survivor_order(rank: tuple[Any, ...], id: str, digest: int, number: int) -> tuple[Any, ...]:
    """The full order of the survivor choice: the policy, then the id, the text, the position."""
    return (*rank, id, digest, number)


class CorpusIndex:
    """The state of one deduplication run: the documents added so far and their matches.

    The caller owns it (STYLE: no module-level caches); use it as a context manager, or call
    `close`, to delete the spilled shingle sets. Memory grows by a few hundred bytes a
    document (id, digest, rank, band keys), never with the length of the texts.
    """

    def __init__(self, config: DedupeConfig | None = None) -> None:
        self.config = config or DedupeConfig()
        self._ids: list[str] = []
        self._digests: array[int] = array("q")  # of the text as given, for the tie-break
        self._first_of_digest: dict[bytes, int] = {}
        self._first_copy: array[int] = array("q")  # the first document with the same key
        # The policy's sort key: a number for first and longest (compact), any value for a field.
        self._rank_numbers: array[int] = array("q")
        self._rank_values: list[tuple[Any, ...]] = []
        self._sets = UnionFind()
        self._near: NearIndex | None = None
        if self.config.mode == "near":
            try:
                from .near import NearIndex
            except ImportError:
                raise MissingExtraError(_NEEDS_NUMPY) from None
            self._near = NearIndex(self.config)

    def __enter__(self) -> CorpusIndex:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Delete the spill file; the index cannot take more documents after this."""
        if self._near is not None:
            self._near.close()

    def add(self, text: str, *, id: str, value: Any = None) -> int:
        """Add one document; returns its number. `value` is its `keep` field's value."""
        number = self._sets.add()
        key, digest, exact = document_digests(text)
        self._ids.append(id)
        self._digests.append(exact)
        # Counting the words is a scan of the text: only the "longest" policy reads them.
        words = key_words(key) if self.config.keep == "longest" else 0
        rank = policy_rank(self.config.keep, number, words, value)
        if self.config.keep in ("first", "longest"):
            self._rank_numbers.append(rank[0])
        else:
            self._rank_values.append(rank)
        first = self._first_of_digest.setdefault(digest, number)
        self._first_copy.append(first)
        if first != number:
            self._sets.union(first, number)
        elif self._near is not None and key:
            self._near.add(number, key)
        return number

    def finish(self) -> DedupeResult:
        """Match the documents added, choose the survivors, and return every verdict."""
        if self._near is not None:
            self._near.link(self._sets)
        survivors = self._survivors()
        verdicts = []
        clusters = set()
        for number, survivor in enumerate(survivors):
            if survivor == number:
                verdicts.append(Verdict(number, self._ids[number]))
                continue
            clusters.add(survivor)
            verdicts.append(
                Verdict(
                    number,
                    self._ids[number],
                    duplicate_of=self._ids[survivor],
                    duplicate_index=survivor,
                    similarity=self._similarity(number, survivor),
                )
            )
        spilled = self._near.spilled_bytes if self._near is not None else 0
        return DedupeResult(tuple(verdicts), len(clusters), spilled)

    def _order(self, number: int) -> tuple[Any, ...]:
        rank = self._rank_values[number] if self._rank_values else (self._rank_numbers[number],)
        return survivor_order(rank, self._ids[number], self._digests[number], number)

    def _survivors(self) -> list[int]:
        """Each document's cluster survivor: the member with the smallest sort key."""
        roots = [self._sets.find(number) for number in range(len(self._ids))]
        best: dict[int, int] = {}
        for number, root in enumerate(roots):
            # Most documents are alone in their cluster (their own root, with no other member
            # pointing at them): the sort key is built only where there is a choice.
            current = best.setdefault(root, number)
            if current != number and self._order(number) < self._order(current):
                best[root] = number
        return [best[root] for root in roots]

    def _similarity(self, number: int, survivor: int) -> float:
        """Measured Jaccard similarity, read on the texts' first copies (the near index's)."""
        left, right = self._first_copy[number], self._first_copy[survivor]
        if left == right or self._near is None:
            return 1.0
        return self._near.similarity(left, right)


def dedupe_corpus(
    records: Iterable[Mapping[str, Any]],
    config: DedupeConfig | None = None,
    *,
    text_field: str = "text",
) -> DedupeResult:
    """Deduplicate records (mappings with a text field and an ``id``) held in memory.

    A record without an ``id`` is named by its position. For corpora that do not fit in
    memory, feed a `CorpusIndex` from a stream and read the records again to write them, as
    ``corpusclean dedupe`` does.

    >>> records = [{"id": "x", "text": "Rain in Paris."}, {"id": "y", "text": "RAIN in Paris!"}]
    >>> [v.duplicate_of for v in dedupe_corpus(records, DedupeConfig(mode="exact"))]
    [None, 'x']
    """
    config = config or DedupeConfig()
    field = config.keep if config.keep not in ("first", "longest") else None
    with CorpusIndex(config) as index:
        for position, record in enumerate(records):
            value = field_value(record, field) if field else None
            index.add(str(record[text_field]), id=str(record.get("id", position)), value=value)
        return index.finish()
