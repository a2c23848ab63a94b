"""Page-mode scoring with NumPy: the same floats as the pure-Python path, in fewer steps.

Optional (NumPy comes with the ``fast`` extra): `model.score_lines` uses `score_lines` here
when NumPy imports, else its own loops. Every pass of the page classifier
builds a page's feature rows, its context columns and two logistic layers; here these are
whole-array operations on a matrix of the lines' own features, kept for the document.

Why the floats are the same, not close (the model's decisions could flip on the last bit):
every value is made by the same IEEE operations in the same order as in `features`,
`context` and `model`. Products are elementwise; a row's sum runs left to right
(``np.add.accumulate``, never the pairwise ``np.sum``), as CPython before 3.12 sums floats;
prefix sums start from 0.0 as ``accumulate(..., initial=0.0)`` does; maxima replace a value
only when another is strictly greater, as ``max`` does; logarithms are ``math.log1p`` and
``math.log`` of the same integers, looked up in tables. The pure-Python path sums with
`floats.left_sum`, left to right on every Python (3.12's ``sum`` compensates its rounding).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import repeat

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from ..language import stopword_lists
from ..text import PROSE_MIN_WORDS, tokens
from .batch import PageFacts, page_facts
from .context import _CLIP, best_segment
from .features import (
    _FURNITURE_AT,
    CJK_AT,
    DUP_AT,
    FEATURE_NAMES,
    FUNCTION_WORD_MIN_TOKENS,
    LN_WORDS_AT,
    PAGE_STOP_AT,
    PAGE_STOP_MIN_COUNT,
    PAGE_STOP_WORDS,
    REL_POS_AT,
    STOP_AT,
    LineFactsCache,
    best_stoplist_of_totals,
    is_short_word,
)

__all__ = ["score_lines"]

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

# From this many lines on, a layer sums its products in one reduction over a row a feature
# (`_layer_lines`), below by a running sum down the rows. Measured this pass: 5.0 against 6.0 us
# at 20 lines, 20 against 56 at 300, 0.25 against 0.27 ms at 1,000 (where a call a feature
# had taken over); 3.9 against 3.2 us at 5. And a single line's products, one column,
# would be the contiguous axis, which NumPy sums pairwise: not ``sum``'s order.
_REDUCE_MIN_ROWS = 16
# A layer goes this many rows at a time (`_layer`): 4,096 rows by 60 features is 2 MB.
_LAYER_SLICE_ROWS = 4096
# Gaps to the nearest long line are capped at this log-distance (as `context.gap_to`).
_GAP_CAP = 4.0


class _Matrix:
    """The own facts of a document's distinct lines, one column a line in order of arrival
    (`facts`: a row a fact)."""

    __slots__ = (
        "candidate_lengths",
        "facts",
        "index",
        "n_tokens",
        "own_at",
        "page_stops",
        "short_ids",
        "short_rows",
        "short_starts",
        "tables",
        "vocabulary",
        "words",
    )

    def __init__(self, n_lists: int) -> None:
        self.index: dict[str, int] = {}
        # Every fact a scoring reads of a line, a row each, so that one gather by the
        # scoring's rows (`score_lines`) brings them all, laid out as the layers read them:
        # the token count (`_N_TOKENS_ROW`), whether the line is a marker (`_MARKERS_ROW`),
        # its hits on each stoplist (`n_lists` rows from `_HITS_ROW`), then its own features
        # (from ``own_at``), which the context columns follow in a scoring's matrix.
        self.own_at = _HITS_ROW + n_lists
        self.facts: Floats = np.zeros((self.own_at + len(FEATURE_NAMES), 0))
        self.n_tokens: Ints = np.zeros(0, dtype=np.int64)
        # No list a line is kept (the lines' tokens, say): the matrix lives as long as the
        # document's run, during which the cyclic collector is paused, and the first
        # collection after it traversed every such list still held (0 cycles found, 40 ms
        # on the dev full pages).
        # Every row's short words (`features.short_words`) as integers, one row's after
        # another: the ids, the row of each, where each row's start, and how many of them
        # are function-word candidates (all of a long line's, none of a short line's). The
        # ids are those of every distinct token of the rows (`batch.PageFacts.words`).
        self.vocabulary: dict[str, int] = {}
        self.words: list[str] = []  # by id
        self.short_ids: Ints = np.zeros(0, dtype=np.int64)
        self.short_rows: Ints = np.zeros(0, dtype=np.int64)
        self.short_starts: Ints = np.zeros(0, dtype=np.int64)
        self.candidate_lengths: Ints = np.zeros(0, dtype=np.int64)
        self.tables = _Tables()
        # Per set of page function words: each row's count of them.
        self.page_stops: dict[frozenset[str], Floats] = {}

    @property
    def own(self) -> Floats:
        """The own features, a row a line (a view)."""
        own: Floats = self.facts[self.own_at :].T
        return own

    @property
    def hits(self) -> Ints:
        """`batch.PageFacts.hits` of the lines, a row a line: hits per list, then the token
        count."""
        lists = self.facts[_HITS_ROW : self.own_at]
        hits: Ints = np.vstack([lists, self.facts[_N_TOKENS_ROW]]).T.astype(np.int64)
        return hits

    @property
    def weights(self) -> Floats:
        """Each line's weight: ``math.log1p`` of its token count, the float its row holds as
        ``ln_words`` (`batch` and `LineFacts` compute that column so): read, not made again."""
        weights: Floats = self.facts[self.own_at + LN_WORDS_AT]
        return weights

    def stop_counts(self, stops: frozenset[str], rows: Ints) -> Floats:
        """How many of each row's tokens are in ``stops``, counted once per set for every
        row."""
        counts = self.page_stops.get(stops)
        if counts is None or len(counts) < len(self.index):
            counts = self.page_stops[stops] = self._count_stops(stops)
        return counts[rows]

    def _count_stops(self, stops: frozenset[str]) -> Floats:
        """How many of each row's tokens are in ``stops``, for every row.

        A token in ``stops`` is one of its row's short words when every word of ``stops``
        has that shape, as page function words do: the rows' short words by id, looked up in
        one gather and counted by row in one ``np.bincount``.
        """
        if not all(map(is_short_word, stops)):
            # Not a set page mode makes: the rows' tokens are found again from their lines.
            contains = stops.__contains__
            return np.array(
                [sum(contains(t.lower()) for t in tokens(line)) for line in self.index],
                dtype=float,
            )
        vocabulary = self.vocabulary
        member = np.zeros(len(self.words), dtype=np.bool_)
        member[[vocabulary[w] for w in stops if w in vocabulary]] = True
        rows = self.short_rows[member[self.short_ids]]
        return np.bincount(rows, minlength=len(self.index)).astype(np.float64)

    def rows_of(self, lines: Sequence[str], cache: LineFactsCache) -> Ints:
        """The row of each line, adding the lines not seen before."""
        index = self.index
        if not index:  # a document's first scoring: every line is new
            self._add(list(dict.fromkeys(lines)), cache)
            return np.fromiter(map(index.__getitem__, lines), dtype=np.int64, count=len(lines))
        # A document's later passes score lines it has seen: one look-up a line finds them
        # all, without first listing its distinct lines.
        rows = np.fromiter(map(index.get, lines, repeat(-1)), dtype=np.int64, count=len(lines))
        if rows.min(initial=0) >= 0:
            return rows
        self._add([s for s in dict.fromkeys(lines) if s not in index], cache)
        return np.fromiter(map(index.__getitem__, lines), dtype=np.int64, count=len(lines))

    def _add(self, lines: list[str], cache: LineFactsCache) -> None:
        facts = page_facts(lines)
        start = len(self.index)
        self.index.update(zip(lines, range(start, start + len(lines)), strict=True))
        own, n_tokens = facts.own, facts.n_tokens
        columns = np.empty((self.own_at + own.shape[1], len(lines)))
        columns[_N_TOKENS_ROW] = n_tokens  # integers, exact as floats
        columns[_MARKERS_ROW] = facts.markers
        columns[_HITS_ROW : self.own_at] = facts.hits[:, :-1].T
        columns[self.own_at :] = own.T
        self.facts = np.concatenate([self.facts, columns], axis=1) if start else columns
        counts = n_tokens.tolist()
        furnished = (own[:, _FURNITURE_AT] != 0).any(axis=1).tolist()
        cache.seen(lines, counts, (own[:, CJK_AT] > 0).tolist(), furnished)
        self.n_tokens = np.concatenate([self.n_tokens, n_tokens])
        ids = self._own_ids(facts)[facts.short_ids]
        self._add_short_words(ids, facts.n_short, n_tokens >= FUNCTION_WORD_MIN_TOKENS)

    def _own_ids(self, facts: PageFacts) -> Ints:
        """The document's id of each of a batch's distinct words (`batch.PageFacts.words`),
        words not seen before getting the next ids in order.

        The first batch of a document (every batch of a page-mode pass over the dev pages
        but none) gives the vocabulary whole: its ids are the document's.
        """
        vocabulary, known, words = self.vocabulary, self.words, facts.words
        if not vocabulary:
            self.vocabulary, self.words = facts.index, words
            return np.arange(len(words), dtype=np.int64)
        fresh = [word for word in words if word not in vocabulary]
        vocabulary.update(zip(fresh, range(len(known), len(known) + len(fresh)), strict=True))
        known.extend(fresh)
        return np.fromiter(map(vocabulary.__getitem__, words), dtype=np.int64, count=len(words))

    def _add_short_words(self, ids: Ints, lengths: Ints, candidates: npt.NDArray[np.bool_]) -> None:
        """Add new rows' short words (``ids``: their ids, one row's after another,
        ``lengths`` of them a row; ``candidates``: the rows whose short words are their
        function-word candidates)."""
        starts = len(self.short_ids) + np.cumsum(lengths) - lengths
        first = len(self.short_starts)  # the first new row
        rows = np.repeat(np.arange(first, first + len(lengths)), lengths)
        self.short_rows = np.concatenate([self.short_rows, rows])
        self.short_ids = np.concatenate([self.short_ids, ids])
        self.short_starts = np.concatenate([self.short_starts, starts])
        self.candidate_lengths = np.concatenate(
            [self.candidate_lengths, np.where(candidates, lengths, 0)]
        )

    def page_stop_words(self, rows: Ints, k: int = PAGE_STOP_WORDS) -> frozenset[str]:
        """`features.most_frequent` of the rows' function-word candidates, in page order.

        ``most_common`` ranks by count, ties by first occurrence (a stable sort): here a
        sort by (count descending, first position), on the ids of the candidates. Counts and
        first positions by id come from ``np.bincount`` and ``np.minimum.at`` (ids are the
        document's, dense from 0), without the sort ``np.unique`` makes; no two ids share a
        first position, so the ranking is a total order whatever order the ids come in. Most
        scorings have no more than k words seen often enough, and need no ranking at all.
        """
        lengths = self.candidate_lengths[rows]
        total = int(lengths.sum())
        if not total:
            return frozenset()
        # The positions of the rows' candidates in short_ids, in page order.
        shift = self.short_starts[rows] - (lengths.cumsum() - lengths)
        ids = self.short_ids[np.repeat(shift, lengths) + np.arange(total)]
        by_id = np.bincount(ids)
        # Only words seen PAGE_STOP_MIN_COUNT times count, and they rank above all others:
        # when k or fewer are, they are the answer whatever their order.
        found = np.flatnonzero(by_id >= PAGE_STOP_MIN_COUNT)
        words = self.words
        if len(found) <= k:
            return frozenset(words[i] for i in found.tolist())
        first_by_id = np.full(len(by_id), total, dtype=np.int64)
        np.minimum.at(first_by_id, ids, np.arange(total))
        counts, first = by_id[found], first_by_id[found]
        top = np.lexsort((first, -counts))[:k]
        return frozenset(words[i] for i in found[top].tolist())


def _matrix(cache: LineFactsCache, n_lists: int) -> _Matrix:
    found = cache.columns
    if not isinstance(found, _Matrix):
        found = cache.columns = _Matrix(n_lists)
    return found


def score_lines(
    lines: Sequence[str], layers: Sequence[tuple[Floats, float]], cache: LineFactsCache
) -> tuple[list[float], list[float]]:
    """(prior, final) log-odds of non-blank lines: `model.score_lines`, with arrays.

    ``layers`` are the model's layers as (weights, bias), the prior layer first.

    One matrix holds a scoring's values, a row a value and a column a line: the lines' own
    facts gathered in one call from the document's (`_Matrix.facts`), the page-relative
    columns written into their rows (`_page_columns`), each context layer's columns into the
    rows after the own features (`context_matrix`). A layer reads the own features, or them
    and the context columns, as one block of rows (`_layer`).
    """
    if not lines:
        return [], []
    m = _matrix(cache, len(stopword_lists()))
    rows = m.rows_of(lines, cache)
    at = m.own_at
    values = np.empty((at + len(FEATURE_NAMES) + _CONTEXT_COLUMNS, len(rows)))
    np.take(m.facts, rows, axis=1, out=values[: at + len(FEATURE_NAMES)])
    own = values[at : at + len(FEATURE_NAMES)]
    _page_columns(own, values[:at], rows, m)
    weights, bias = layers[0]
    prior = _layer(own, weights, bias)
    scores = prior
    n_tokens, markers = values[_N_TOKENS_ROW], values[_MARKERS_ROW]
    line_weights, joined = own[LN_WORDS_AT], values[at:]
    for weights, bias in layers[1:]:
        context_matrix(scores, n_tokens, line_weights, markers, m.tables, joined[own.shape[0] :])
        scores = _layer(joined, weights, bias)
    return prior.tolist(), scores.tolist()


# Where `_Matrix.facts` (and a scoring's matrix) holds each line's token count (as a float:
# an integer, exact), whether it is a marker (`features.is_marker`), and its hits on the
# first stoplist (the others' follow, then the own features).
_N_TOKENS_ROW, _MARKERS_ROW, _HITS_ROW = 0, 1, 2


def _layer(x: Floats, weights: Floats, bias: float) -> Floats:
    """``bias + sum(map(mul, weights, row))`` for every line of ``x`` (a row a feature, a
    column a line), in the same order, a slice of `_LAYER_SLICE_ROWS` lines at a time.

    Every line's sum is its own, so slicing changes no value; it keeps each product matrix
    small enough for the cache, where one made whole of a page of 140,000 short lines (68 MB,
    fresh memory each time) grew 20 times for 4 times the lines.
    """
    n, step = x.shape[1], _LAYER_SLICE_ROWS
    if n <= step:
        return _layer_lines(x, weights, bias)
    return np.concatenate(
        [_layer_lines(x[:, i : i + step], weights, bias) for i in range(0, n, step)]
    )


def _layer_lines(x: Floats, weights: Floats, bias: float) -> Floats:
    """`_layer` of a few lines at once: the products in one array of a row a feature, then
    each feature's row added to the running sums in turn.

    Reduced along the first axis of a contiguous array of a row a feature, NumPy adds each
    feature's row to the running sums in turn (pairwise summation applies along the
    contiguous axis only, here the lines'), so every line's sum is ``sum``'s, left to right;
    below `_REDUCE_MIN_ROWS` lines, and for a single line, whose products would be the
    contiguous axis, a running sum down the rows (``accumulate``, in order by definition)
    takes its last row.
    """
    products = x * weights[:, None]
    products[0] += 0.0  # ``sum`` starts from 0: 0.0 + -0.0 is 0.0
    if products.shape[1] < _REDUCE_MIN_ROWS:
        total: Floats = np.add.accumulate(products, axis=0)[-1]
    else:
        total = np.add.reduce(products, axis=0)
    return bias + total


def _page_columns(own: Floats, facts: Floats, rows: Ints, m: _Matrix) -> None:
    """Write `features.feature_rows`'s page-relative columns into a scoring's own features
    (``own``: a row a feature, a column a line, those rows 0 as gathered; ``facts``: the
    lines' token counts, markers and stoplist hits, as `_Matrix.facts` holds them)."""
    n = len(rows)
    n_tokens = facts[_N_TOKENS_ROW]
    has_tokens = n_tokens > 0
    # Integers as floats: the sums are exact in any order, the same integers.
    totals = [*map(int, np.add.reduce(facts[_HITS_ROW:], axis=1).tolist())]
    at = best_stoplist_of_totals([*totals, int(np.add.reduce(n_tokens))])
    if at is not None:
        np.divide(facts[_HITS_ROW + at], n_tokens, out=own[STOP_AT], where=has_tokens)
    stops = m.page_stop_words(rows)
    if stops:
        np.divide(m.stop_counts(stops, rows), n_tokens, out=own[PAGE_STOP_AT], where=has_tokens)
    copies = np.bincount(rows)[rows]  # how many times each row's line is on the page
    own[DUP_AT] = _log_of_copies(copies)
    np.divide(np.arange(n, dtype=np.float64), max(n, 1), out=own[REL_POS_AT])


def _log_of_copies(copies: Ints) -> Floats:
    """``math.log`` of each count (each at least 1), looked up in `_shared_log` when the
    counts are below its size (every scoring of the dev full pages), else in a table of the
    page's own counts."""
    top = int(copies.max())
    if top < _SHARED_TABLE_SIZE:
        return _shared_log()[copies]
    logs = np.zeros(top + 1)
    for k in set(copies.tolist()) - {1}:
        logs[k] = math.log(k)
    return logs[copies]


def _prefix(values: Floats) -> Floats:
    """``accumulate(values, initial=0.0)``: the first sum is 0.0 + values[0]."""
    return np.cumsum(np.concatenate([np.zeros(1), values]))


# The window means of the context columns: (which prefix sums, window, before the line),
# the prefix sums being those of the scores (0), of the long lines (1), of the markers (2).
_WINDOWS = (
    *((0, k, before) for k in (1, 3, 10) for before in (True, False)),
    (1, 3, True),
    (1, 3, False),
    (2, 10, True),
)
# The same as columns (a row a window), and which rows are windows before and after a line.
_WINDOW_SOURCE, _WINDOW_K, _WINDOW_BEFORE = (
    np.array(c, dtype=np.int64)[:, None] for c in zip(*_WINDOWS, strict=True)
)
_WINDOW_AFTER = 1 - _WINDOW_BEFORE
_BEFORE_ROWS = np.flatnonzero(_WINDOW_BEFORE)
_AFTER_ROWS = np.flatnonzero(_WINDOW_AFTER)


def _window_means(sums: Floats) -> Floats:
    """`context.window_mean` of each of `_WINDOWS`, a row each (``sums``: the three prefix
    sums, a row each, as `_prefix` makes them).

    A line's mean over the k lines before it is ``(pre[i] - pre[max(i - k, 0)]) / min(k, i)``
    and over the k after it ``(pre[min(n, i + 1 + k)] - pre[i + 1]) / min(k, n - 1 - i)``,
    0.0 for an empty window: the same subtraction and division of the same values as the
    sums over slices in `context.window_mean`, so the same floats. A page of at most
    `_GATHER_MAX_LINES` lines takes every window's bounds at once (`_window_bounds`) and
    gathers the sums by them, a few steps for all nine rows where a slice a window and edge
    was five dozen NumPy calls; a longer page goes a window at a time, by slices (gathers
    by index arrays, 9 rows of the page's length, grew 8 to 9 times for 4 times the lines
    on a page of 140,000 lines, out of the cache).
    """
    n = sums.shape[1] - 1
    if n and n <= _GATHER_MAX_LINES:
        hi, lo, divisors = _bounds_of(n)
        flat = sums.reshape(-1)  # a view when contiguous (as made), else a copy
        gathered: Floats = (flat[hi] - flat[lo]) / divisors
        return gathered
    means = np.zeros((len(_WINDOWS), n))
    if not n:
        return means
    for row, (source, k, before) in enumerate(_WINDOWS):
        fill = _mean_before if before else _mean_after
        fill(means[row], sums[source], k)
    return means


# Up to this many lines, `_window_means` gathers the sums of all windows at once: 9 rows of
# indices of at most 72 KB each stay in the cache.
_GATHER_MAX_LINES = 1024


def _window_bounds(n: int) -> tuple[Ints, Ints, Ints]:
    """For each of `_WINDOWS` (a row each) and line of a page of ``n`` lines (at most
    `_GATHER_MAX_LINES`): where its window's sum ends and starts in the three prefix sums
    of ``n + 1`` values laid end to end, and how many lines the window holds (0 past the
    page's edge).

    The window before line i holds ``min(k, i)`` lines, the window after it as many as the
    window before line ``n - 1 - i``: both counts are read off one table.
    """
    capped = _capped_line_numbers()
    counts = np.empty((len(_WINDOWS), n), dtype=np.int64)
    counts[_BEFORE_ROWS] = capped[_BEFORE_ROWS, :n]
    counts[_AFTER_ROWS] = capped[_AFTER_ROWS, n - 1 :: -1]
    # Before line i the window starts at i - count; after it, at i + 1.
    lo = _line_numbers()[:n] + (_WINDOW_AFTER + _WINDOW_SOURCE * (n + 1)) - _WINDOW_BEFORE * counts
    return lo + counts, lo, counts


# Up to this many lines, a page length's window bounds are kept for the process, the last
# `_BOUNDS_KEPT` lengths asked (under 58 KB a length, 8 MB at most; the dev full pages'
# scorings are mostly under 100 lines): the 911 scorings of a pass over them that gather
# ask for 278 distinct lengths, and 578 of the asks find theirs kept. The bounds are a
# function of the length alone, so a kept answer is the one computed again.
_BOUNDS_KEPT_MAX_LINES = 256
_BOUNDS_KEPT = 128


def _bounds_of(n: int) -> tuple[Ints, Ints, Floats]:
    """`_gather_bounds` of ``n`` lines, kept for short pages (`_kept_bounds`)."""
    if n <= _BOUNDS_KEPT_MAX_LINES:
        return _kept_bounds(n)
    return _gather_bounds(n)


def _gather_bounds(n: int) -> tuple[Ints, Ints, Floats]:
    """`_window_bounds` of ``n`` lines made ready for one gather and one division: where
    each window's sum ends and starts, and what it is divided by.

    An empty window (past the page's edge) reads its prefix sums' first value twice and
    is divided by 1.0: ``(0.0 - 0.0) / 1.0`` is 0.0, the mean `context.window_mean` gives
    it, whatever the page's values, so no mask (``where=``) and no zeroed output are needed.
    The only empty windows are those before line 0, which start and end there already,
    and those after the last line. A full window's count is a small integer, the same
    divisor as a float.
    """
    hi, lo, counts = _window_bounds(n)
    last = _AFTER_ROWS, n - 1
    hi[last] = lo[last] = _WINDOW_SOURCE[_AFTER_ROWS, 0] * (n + 1)  # each row's 0.0
    divisors = counts.astype(np.float64)
    divisors[_BEFORE_ROWS, 0] = divisors[last] = 1.0
    return hi, lo, divisors


@lru_cache(maxsize=_BOUNDS_KEPT)
def _kept_bounds(n: int) -> tuple[Ints, Ints, Floats]:
    """`_gather_bounds` of ``n`` lines, read-only: the arrays are shared by every page of
    ``n`` lines."""
    found = _gather_bounds(n)
    for array in found:
        array.flags.writeable = False
    return found


@cache
def _line_numbers() -> Ints:
    """0, 1, ... up to `_GATHER_MAX_LINES` (a constant table, built once per process)."""
    return np.arange(_GATHER_MAX_LINES, dtype=np.int64)


@cache
def _capped_line_numbers() -> Ints:
    """``min(k, i)`` for each window's k (a row a window of `_WINDOWS`) and each line number
    i below `_GATHER_MAX_LINES` (a constant table, built once per process)."""
    return np.minimum(_WINDOW_K, _line_numbers())


def _mean_before(out: Floats, pre: Floats, k: int) -> None:
    """The means over the k lines before each line, into ``out`` (line 0: none, 0.0)."""
    n = len(out)
    edge = min(k, n)  # lines 1 .. edge - 1 have fewer than k lines before them
    out[1:edge] = (pre[1:edge] - pre[0]) / np.arange(1, edge)
    out[edge:] = (pre[edge:n] - pre[: n - edge]) / k


def _mean_after(out: Floats, pre: Floats, k: int) -> None:
    """The means over the k lines after each line, into ``out`` (the last line: 0.0)."""
    n = len(out)
    full = max(n - k, 0)  # lines 0 .. full - 1 have k lines after them
    out[:full] = (pre[1 + k : n + 1] - pre[1 : full + 1]) / k
    out[full : n - 1] = (pre[n] - pre[full + 1 : n]) / np.arange(n - 1 - full, 0, -1)


def _maxima(values: Floats, offsets: range, pad: float, signed_zero: bool) -> Floats:
    """`context._maxima`: windows past the edges read ``pad``, which no value exceeds.

    ``signed_zero``: whether the values hold -0.0, the only value ``max`` and NumPy's
    maximum may tell apart from an equal one (0.0); without it, one reduction per window.
    """
    n, reach = len(values), max(abs(offsets.start), abs(offsets.stop - 1))
    padded = np.concatenate([np.full(reach, pad), values, np.full(reach, pad)])
    if not signed_zero:
        lo = reach + offsets.start
        windows = sliding_window_view(padded[lo : lo + n + len(offsets) - 1], len(offsets))
        return windows.max(axis=1)  # type: ignore[no-any-return]
    best: Floats | None = None
    for o in offsets:
        seen = padded[reach + o : reach + o + n]
        # ``max`` keeps the first of equal values (0.0 and -0.0): replace only when greater.
        best = seen if best is None else np.where(seen > best, seen, best)
    assert best is not None
    return best


# How many context columns there are (`context.context_columns`).
_CONTEXT_COLUMNS = 26
# The side windows the context features read are 2 (for the window around a line), 3, 5
# and 8 lines (`_side_maxima`); the padding covers the longest.
_SIDE_REACH = 8


def _side_maxima(s: Floats) -> tuple[list[Floats], list[Floats]]:
    """The maxima of the 2, 3, 5 and 8 values before each line, and of those after it,
    -_CLIP past the edge, for values without -0.0 (then any order of comparison gives
    ``max``'s value), over the values and the values reversed at once (the values after a
    line are those before it in the reversed order).

    Windows are joined from smaller ones: the 2 before a line are one pair, the 3 that pair
    and one more, the 5 the 3 and a pair further back, the 8 the 5 and a pair and one
    further back still: five maxima of whole rows where a window growing
    by one neighbour a step was seven.
    """
    n, reach = len(s), _SIDE_REACH
    padded = np.full((2, reach + n), -_CLIP)  # a value k before line i: at reach + i - k
    padded[0, reach:] = s
    padded[1, reach:] = s[::-1]

    def back(rows: Floats, k: int) -> Floats:
        """Each line's value k places before it, of ``rows`` laid out as ``padded``."""
        return rows[:, reach - k : reach - k + n]

    pairs = np.maximum(padded[:, :-1], padded[:, 1:])  # at j: the values at j and j + 1
    two = back(pairs, 2)
    three = np.maximum(two, back(padded, 3))
    five = np.maximum(three, back(pairs, 5))
    eight = np.maximum(five, np.maximum(back(pairs, 8), back(padded, 6)))
    found = (two, three, five, eight)
    return [both[0] for both in found], [both[1, ::-1] for both in found]


class _Tables:
    """``math.log1p(k)`` for k in 0..n, and the gap table (`gaps`), grown on demand (one
    per document).

    A document starts from the process's constant tables (`_shared_log1p`, `_shared_gaps`),
    which hold the same values as a table grown from nothing: every entry k is
    ``math.log1p(k)`` (capped, for the gaps) whichever table holds it. Grown from nothing,
    each of the 306 documents of a pass over the dev pages built its own (some 150,000
    ``math.log1p`` calls a pass, about 2 % of the page classifier's time).
    """

    __slots__ = ("_gaps", "_log1p")

    def __init__(self) -> None:
        self._log1p: Floats = _shared_log1p()
        self._gaps: Floats = _shared_gaps()

    def log1p(self, n: int) -> Floats:
        have = len(self._log1p)
        if n >= have:
            more = np.array(list(map(math.log1p, range(have, max(n + 1, 2 * have)))))
            self._log1p = np.concatenate([self._log1p, more])
        return self._log1p[: n + 1]

    def gaps(self, n: int) -> Floats:
        """``min(log1p(d), _GAP_CAP)`` for every distance d below ``n + _GAP_FAR``: the
        capped log-distances of `context.gap_to`, made from the same log1p values."""
        size = n + _GAP_FAR
        if len(self._gaps) < size:
            self._gaps = np.minimum(self.log1p(2 * size), _GAP_CAP)
        return self._gaps


# The constant tables cover pages up to this many lines (the dev full pages' longest
# scoring is 1,769 lines): two tables of 64 KB, built once per process in under a
# millisecond. A longer page grows its document's own copy.
_SHARED_TABLE_SIZE = 8192


@cache
def _shared_log1p() -> Floats:
    """``math.log1p(k)`` for k below `_SHARED_TABLE_SIZE`, read-only (tables share it)."""
    table = np.array(list(map(math.log1p, range(_SHARED_TABLE_SIZE))))
    table.flags.writeable = False
    return table


@cache
def _shared_log() -> Floats:
    """``math.log(k)`` for k from 1 below `_SHARED_TABLE_SIZE` (0.0 at 0, which no count
    reads), read-only."""
    table = np.array([0.0, *map(math.log, range(1, _SHARED_TABLE_SIZE))])
    table.flags.writeable = False
    return table


@cache
def _shared_gaps() -> Floats:
    """`_shared_log1p` capped at `_GAP_CAP`, read-only: `_Tables.gaps` for pages up to
    `_SHARED_TABLE_SIZE` - `_GAP_FAR` lines."""
    table = np.minimum(_shared_log1p(), _GAP_CAP)
    table.flags.writeable = False
    return table


# The shortest distance whose capped log-distance is the cap itself (log1p(54) > 4.0 >
# log1p(53)): a gap read at this distance or more is `_GAP_CAP`, the value of no flagged
# line at all, so `_gaps` reads "none" as a distance this far.
_GAP_FAR = math.ceil(math.expm1(_GAP_CAP))


def _gaps(flags: npt.NDArray[np.bool_], table: Floats) -> tuple[Floats, Floats]:
    """`context.gap_to` on both sides: the capped log-distance to the nearest flagged line
    before each line, and after it (``table``: `_Tables.gaps`, at least as long as the
    lines and `_GAP_FAR` more).

    The distance is the same integer as `context.gap_to` counts, so the value is the same
    look-up: the nearest flagged line before is a running maximum of the flagged lines'
    numbers, the nearest after a running minimum from the end; where there is none, the
    line's number stands `_GAP_FAR` or more away, where the table reads the cap, the value
    `gap_to` gives such a line.
    """
    n = len(flags)
    at = np.arange(n)
    last = np.empty(n, dtype=np.int64)
    last[0] = -_GAP_FAR  # line 0 has no line before it
    np.maximum.accumulate(np.where(flags[:-1], at[:-1], -_GAP_FAR), out=last[1:])
    following = np.empty(n, dtype=np.int64)
    following[-1] = n - 1 + _GAP_FAR
    np.minimum.accumulate(np.where(flags, at, n - 1 + _GAP_FAR)[:0:-1], out=following[-2::-1])
    return table[at - last], table[following - at]


def context_matrix(
    scores: Floats,
    n_tokens: Floats | Ints,
    weights: Floats,
    markers: Floats,
    tables: _Tables,
    out: Floats | None = None,
) -> Floats:
    """`context.context_columns` as a matrix, a row a column and a column a line, written
    into ``out`` when given (``weights``: log1p of the token counts; ``n_tokens``: the
    token counts, integers or integers as floats)."""
    n = len(scores)
    if out is None:
        out = np.empty((_CONTEXT_COLUMNS, n))
    if not n:
        return out
    s = out[0]  # the clipped scores
    np.minimum(np.maximum(scores, -_CLIP), _CLIP, out=s)
    table = tables.log1p(n)
    positive = s > 0
    strong = (n_tokens >= PROSE_MIN_WORDS) & positive  # the long lines
    # The five prefix sums (as `_prefix` makes each) in one call: ``accumulate`` adds along
    # each row in order, as it does along one array. The first three rows are the window
    # means' sources, in the order of `_WINDOWS`, so they are read as they lie.
    sums = np.zeros((5, n + 1))
    sums[0, 1:], sums[1, 1:], sums[2, 1:] = s, strong, markers
    sums[3, 1:], sums[4, 1:] = np.where(positive, weights, 0.0), weights
    sums.cumsum(axis=1, out=sums)  # the method `np.cumsum` calls, without its wrapper
    mass, marks = sums[3], sums[2]
    start, end = best_segment(s.tolist())
    total = float(mass[-1]) or 1.0
    zeros = s == 0
    signed_zero = bool(zeros.any()) and bool(np.signbit(s[zeros]).any())

    if signed_zero:

        def maxima(offsets: range, pad: float = -_CLIP) -> Floats:
            return _maxima(s, offsets, pad, signed_zero)

        p3, n3, p8, n8 = (
            maxima(range(-3, 0)),
            maxima(range(1, 4)),
            maxima(range(-8, 0)),
            maxima(range(1, 9)),
        )
        p5, n5 = maxima(range(-5, 0)), maxima(range(1, 6))
        out[7] = maxima(range(-2, 3), -math.inf)
        out[18] = np.where(n5 < p5, n5, p5)  # ``min`` keeps the first of equal values
    else:
        (p2, p3, p5, p8), (n2, n3, n5, n8) = _side_maxima(s)
        # The window holds the line itself, never below the padding: -_CLIP pads as -inf.
        np.maximum(np.maximum(p2, n2), s, out=out[7])
        # Without -0.0 (nor NaN: the scores are finite) the smaller of two values is the
        # one ``min`` keeps, whichever comes first.
        np.minimum(n5, p5, out=out[18])
    share = float(mass[-1]) / (float(sums[4, -1]) or 1.0)
    marks_at = marks.astype(np.int64)
    means = _window_means(sums[:3])
    out[1:7] = means[:6]
    out[8] = 0.0
    out[8, start:end] = 1.0  # in the best run
    out[9, :start] = table[start:0:-1]  # start - i for the lines i before the run
    out[9, start:end] = 0.0
    out[9, end:] = table[1 : n - end + 1]  # i - end + 1 for the lines i after it
    np.divide(mass[:-1], total, out=out[10])
    np.divide(mass[-1] - mass[1:], total, out=out[11])
    out[12:14] = means[6:8]
    out[14], out[15], out[16], out[17] = p3, n3, p8, n8
    out[19], out[20] = _gaps(strong, tables.gaps(n))
    out[21] = share
    out[22] = math.log1p(n)
    out[23] = table[marks_at[:-1]]
    out[24] = table[marks_at[-1] - marks_at[1:]]
    out[25] = means[8]
    return out
