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
from functools import cache
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
        "last_stops",
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
        # The last `page_stop_words` asked: its k and the rows that bring candidates, in
        # page order (as bytes), and its answer.
        self.last_stops: tuple[tuple[int, bytes], frozenset[str]] | None = None

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
        first position, so the ranking is a total order whatever order the ids come in. A
        scoring with no more than k words seen often enough needs no ranking at all (77 of
        the 917 of a page-mode pass over the dev pages, 11 of them with no candidate; 840
        rank). NumPy's methods are called, not the functions that wrap them (``repeat``,
        ``sum``, ``flatnonzero``, ``full``).
        """
        lengths = self.candidate_lengths[rows]
        # The words are those of the rows that bring candidates, read in page order: a
        # later pass of the fixed point that dropped none of those rows (only short lines,
        # 178 of the 611 later scorings of a page-mode pass over the dev pages) asks the
        # same, and is answered from the last.
        key = k, rows[lengths > 0].tobytes()
        last = self.last_stops
        if last is not None and last[0] == key:
            return last[1]
        found = self._page_stop_words(rows, lengths, k)
        self.last_stops = key, found
        return found

    def _page_stop_words(self, rows: Ints, lengths: Ints, k: int) -> frozenset[str]:
        """`page_stop_words` of the rows (``lengths``: how many candidates each brings)."""
        total = int(np.add.reduce(lengths))
        if not total:
            return frozenset()
        place = np.arange(total)  # each candidate's position in page order
        # Where each row's candidates start in short_ids, less where they start in page order.
        shift = self.short_starts[rows] - (lengths.cumsum() - lengths)
        ids = self.short_ids[shift.repeat(lengths) + place]
        by_id = np.bincount(ids)
        # Only words seen PAGE_STOP_MIN_COUNT times count, and they rank above all others:
        # when k or fewer are, they are the answer whatever their order.
        found = (by_id >= PAGE_STOP_MIN_COUNT).nonzero()[0]
        words = self.words
        if len(found) <= k:
            return frozenset(words[i] for i in found.tolist())
        first_by_id = np.empty(len(by_id), dtype=np.int64)
        first_by_id.fill(total)
        np.minimum.at(first_by_id, ids, place)
        top = np.lexsort((first_by_id[found], -by_id[found]))[:k]
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
    # ``mode="clip"``: every row is one of the matrix's (`rows_of`), so clipping changes no
    # index, and NumPy writes into ``out`` directly, where the default mode ("raise") takes
    # through a buffer (half the time, 110 -> 58 us at 100 lines).
    m.facts.take(rows, axis=1, out=values[: at + len(FEATURE_NAMES)], mode="clip")
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
    copies = np.bincount(rows)  # how many times each row's line is on the page
    # A line on the page once reads ``math.log(1)``, 0.0, which its row holds as gathered:
    # a page without a repeated line (most scorings) writes nothing.
    if copies.max() > 1:
        own[DUP_AT] = _log_of_copies(copies[rows])
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


# The window means of the context columns: (which prefix sums, window, before the line),
# the prefix sums being those of the scores (0), of the long lines (1), of the markers (2).
_WINDOWS = (
    *((0, k, before) for k in (1, 3, 10) for before in (True, False)),
    (1, 3, True),
    (1, 3, False),
    (2, 10, True),
)
# The context columns of each of `_WINDOWS`' means, in its order (`context_matrix`).
_MEAN_ROWS = np.array([1, 2, 3, 4, 5, 6, 12, 13, 25])
# The longest window of `_WINDOWS`: the prefix sums are padded this far on either side.
_MEAN_REACH = max(k for _, k, _ in _WINDOWS)
# `_padded_sums`'s rows: the three of `_WINDOWS`, the masses (3: of the lines with a
# positive score, 4: of all lines), and the lines' count (5: a prefix sum of ones).
_SUM_ROWS, _COUNT_ROW = 6, 5


def _padded_sums(n: int) -> tuple[Floats, Floats]:
    """An array for `_SUM_ROWS` prefix sums of ``n`` values each, padded with `_MEAN_REACH`
    places on either side, and the view where the values go (a row each, ``n`` wide), the
    count row's already ones. After ``cumsum`` along the rows, row r's prefix sum j (as
    `context._prefix` makes it: 0.0, then each value added in turn) is at `_MEAN_REACH` + j;
    before it every place holds 0.0, after it the last sum again, since the padding's zeros
    add nothing (a prefix sum that starts from 0.0 is never -0.0: x + y is -0.0 only when
    both are)."""
    reach = _MEAN_REACH
    sums = np.zeros((_SUM_ROWS, n + 1 + 2 * reach))
    values = sums[:, reach + 1 : reach + 1 + n]
    values[_COUNT_ROW] = 1.0
    return sums, values


def _window_reads() -> tuple[Ints, Ints, Ints]:
    """For each of `_WINDOWS` and then for the count of lines in each (a row each): which
    row of `_padded_sums` its sum is read from, and where the window's sum ends and starts,
    as offsets from line i's place ``i`` in the padded rows (line i's own prefix sum, of
    the values before it, is at ``i + _MEAN_REACH``)."""
    source, hi, lo = [], [], []
    for row, k, before in _WINDOWS:
        source.append(row)
        # Before line i: the sums i - k to i; after it: i + 1 to i + 1 + k (clipped to
        # the page by the padding, which repeats the first and the last sum).
        ends = (0, -k) if before else (1 + k, 1)
        hi.append(_MEAN_REACH + ends[0])
        lo.append(_MEAN_REACH + ends[1])
    counted = [_COUNT_ROW] * len(_WINDOWS)
    return (
        np.array(source + counted, dtype=np.int64),
        np.array(hi * 2, dtype=np.int64),
        np.array(lo * 2, dtype=np.int64),
    )


_WINDOW_SOURCES, _WINDOW_ENDS, _WINDOW_STARTS = _window_reads()


def _window_means(sums: Floats, n: int) -> Floats:
    """`context.window_mean` of each of `_WINDOWS`, a row each, over ``n`` lines (``sums``:
    `_padded_sums` after ``cumsum``).

    A line's mean over the k lines before it is ``(pre[i] - pre[max(i - k, 0)]) / min(k, i)``
    and over the k after it ``(pre[min(n, i + 1 + k)] - pre[i + 1]) / min(k, n - 1 - i)``,
    0.0 for an empty window: the same subtraction and division of the same values as the
    sums over slices in `context.window_mean`, so the same floats. The padding clips every
    window to the page, and the count of its lines is a difference of the count row's sums
    read at the same places, an integer; an empty window reads one sum twice, ``x - x`` is
    0.0 and is divided by 1.0, as `context.window_mean` gives it 0.0. All the windows' sums
    are read in two gathers of a view of the rows by line (a row's places ``i`` to
    ``i + 2 * _MEAN_REACH + 1`` for line i), with no index array made a page.
    """
    width = 2 * _MEAN_REACH + 2
    by_line = np.ndarray(
        (_SUM_ROWS, n, width), np.float64, buffer=sums, strides=(sums.strides[0], 8, 8)
    )
    found = by_line[_WINDOW_SOURCES, :, _WINDOW_ENDS]
    found -= by_line[_WINDOW_SOURCES, :, _WINDOW_STARTS]
    windows = len(_WINDOWS)
    counts = found[windows:]
    np.maximum(counts, 1.0, out=counts)
    means: Floats = found[:windows] / counts
    return means


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
    # The prefix sums (`_padded_sums`) in one call: ``accumulate`` adds along each row in
    # order, as it does along one array.
    padded, values = _padded_sums(n)
    values[0], values[1], values[2], values[4] = s, strong, markers, weights
    # The weights of the lines with a positive score, 0.0 for the others: a weight is
    # ``math.log1p`` of a count, never negative, so times 1.0 it is itself and times 0.0 it
    # is 0.0 (where ``np.where`` was a call through NumPy's dispatch).
    np.multiply(weights, positive, out=values[3])
    padded.cumsum(axis=1, out=padded)  # the method `np.cumsum` calls, without its wrapper
    sums = padded[:, _MEAN_REACH : _MEAN_REACH + n + 1]  # each row's n + 1 prefix sums
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
    out[_MEAN_ROWS] = _window_means(padded, n)
    out[8:10] = 0.0
    out[8, start:end] = 1.0  # in the best run
    out[9, :start] = table[start:0:-1]  # start - i for the lines i before the run
    out[9, end:] = table[1 : n - end + 1]  # i - end + 1 for the lines i after it
    np.divide(mass[:-1], total, out=out[10])
    np.divide(mass[-1] - mass[1:], total, out=out[11])
    out[14], out[15], out[16], out[17] = p3, n3, p8, n8
    out[19], out[20] = _gaps(strong, tables.gaps(n))
    out[21] = share
    out[22] = math.log1p(n)
    # Counts of markers, 0 to n, all in the table: clipping changes no index (see
    # `score_lines` for why the mode is given).
    table.take(marks_at[:-1], out=out[23], mode="clip")
    table.take(marks_at[-1] - marks_at[1:], out=out[24], mode="clip")
    return out
