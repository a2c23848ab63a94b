"""Neighbourhood features for the page-mode classifier, computed from per-line prior scores.

All functions are linear in the number of lines (prefix sums, one Kadane pass), so page
mode stays cheap on very long pages.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import accumulate, repeat
from operator import sub, truediv

from ..text import PROSE_MIN_WORDS
from .floats import left_sum

CONTEXT_NAMES: tuple[str, ...] = (
    "prior",
    "prev1",
    "next1",
    "prev3",
    "next3",
    "prev10",
    "next10",
    "max2",
    "in_best",
    "dist_best",
    "mass_before",
    "mass_after",
    "long_prev3",
    "long_next3",
    "pmax3",
    "nmax3",
    "pmax8",
    "nmax8",
    "sandwich5",
    "gap_prev",
    "gap_next",
    "page_prose_share",
    "page_ln_lines",
    "markers_before",
    "markers_after",
    "markers_prev10",
)

# Scores are clipped so that one extreme line cannot dominate a window mean.
_CLIP = 6.0


def _prefix(values: Sequence[float]) -> list[float]:
    return list(accumulate(values, initial=0.0))


def window_mean(values: Sequence[float], k: int, before: bool) -> list[float]:
    """Mean of up to k values strictly before (or after) each position; 0 at the page edge.

    Why: the article is a run, so a line's neighbours are strong evidence; an empty window
    is 0 (no evidence) rather than a guess. Inside the page every window holds k values;
    the windows cut short by an edge are done one by one, with the same arithmetic.
    """
    pre = _prefix(values)
    n = len(values)
    full = max(n - k, 0)  # the positions whose window holds k values
    if before:
        edge = [(pre[i] - pre[0]) / i if i else 0.0 for i in range(min(k, n))]
        return edge + list(map(truediv, map(sub, pre[k:n], pre[:full]), repeat(k, full)))
    inner = list(map(truediv, map(sub, pre[k + 1 : n + 1], pre[1 : full + 1]), repeat(k, full)))
    edge = [(pre[n] - pre[i + 1]) / (n - i - 1) if n > i + 1 else 0.0 for i in range(full, n)]
    return inner + edge


def _maxima(values: Sequence[float], offsets: range, empty: float) -> list[float]:
    """Largest of values[i + o] for o in offsets (those inside the page), for each i.

    The values are compared in offset order, as ``max`` over a slice compares them, so ties
    (0.0 and -0.0) resolve the same way.
    """
    n = len(values)
    lo, hi = offsets.start, offsets.stop - 1
    first, last = max(0, -lo), min(n, n - hi)  # positions whose whole window is inside
    if first >= last:
        return [max(values[max(0, i + lo) : max(0, i + hi + 1)], default=empty) for i in range(n)]
    shifted = [values[first + o : last + o] for o in offsets]
    head = [max(values[max(0, i + lo) : i + hi + 1], default=empty) for i in range(first)]
    tail = [max(values[i + lo : i + hi + 1], default=empty) for i in range(last, n)]
    inner = list(map(max, *shifted)) if len(shifted) > 1 else list(shifted[0])
    return head + inner + tail


def window_max(values: Sequence[float], k: int) -> list[float]:
    """Largest value within k positions on either side (k is small, so this stays linear)."""
    return _maxima(values, range(-k, k + 1), -math.inf)


def side_max(values: Sequence[float], k: int, before: bool, empty: float) -> list[float]:
    """Largest value among the k positions strictly before (or after) each line.

    Why max and not mean: in list layouts (product blurbs, meal plans) prose alternates with
    short item lines, and a mean would drag the prose down with its short neighbours.
    """
    return _maxima(values, range(-k, 0) if before else range(1, k + 1), empty)


def gap_to(flags: Sequence[bool], before: bool) -> list[float]:
    """log1p of the distance to the nearest flagged line before (or after); 4.0 if none."""
    n = len(flags)
    out = [4.0] * n
    order = range(n) if before else range(n - 1, -1, -1)
    last = -1
    for i in order:
        if last >= 0:
            out[i] = min(4.0, math.log1p(abs(i - last)))
        if flags[i]:
            last = i
    return out


def best_segment(values: Sequence[float]) -> tuple[int, int]:
    """Return [start, end) of the contiguous run with the largest sum (Kadane).

    Why: the article body is usually the one dense run of prose on the page; this is the
    context-free fallback when every line would otherwise be dropped.
    """
    best, best_span = -math.inf, (0, 0)
    run, start = 0.0, 0
    for i, v in enumerate(values):
        if run <= 0:
            run, start = 0.0, i
        run += v
        if run > best:
            best, best_span = run, (start, i + 1)
    return best_span


def _mass_shares(scores: Sequence[float], weights: Sequence[float]) -> tuple[list[float], ...]:
    """Share of prose-looking token mass strictly before and after each line.

    Why: junk clusters at the page edges (menus first, footers and comments last), and this
    says where a line sits relative to the prose rather than relative to raw line count.
    """
    mass = [w if s > 0 else 0.0 for s, w in zip(scores, weights, strict=True)]
    pre = _prefix(mass)
    total = pre[-1] or 1.0
    before = [pre[i] / total for i in range(len(scores))]
    after = [(pre[-1] - pre[i + 1]) / total for i in range(len(scores))]
    return before, after


def context_features(
    scores: Sequence[float], n_tokens: Sequence[int], markers: Sequence[bool]
) -> list[list[float]]:
    """Return one CONTEXT_NAMES vector per line from prior scores, token counts, markers."""
    return [list(row) for row in zip(*context_columns(scores, n_tokens, markers), strict=True)]


def context_columns(
    scores: Sequence[float], n_tokens: Sequence[int], markers: Sequence[bool]
) -> list[list[float]]:
    """The CONTEXT_NAMES features as columns: one list per feature, one value per line.

    Columns are what the windows compute; the scorer reads them row by row without ever
    building the rows (`model.LinearLayer.score_joined`).
    """
    s = [max(-_CLIP, min(_CLIP, v)) for v in scores]
    if not s:
        return [[] for _ in CONTEXT_NAMES]
    n = len(s)
    weights = list(map(math.log1p, n_tokens))
    long_lines = [float(k >= PROSE_MIN_WORDS and v > 0) for k, v in zip(n_tokens, s, strict=True)]
    start, end = best_segment(s)
    before, after = _mass_shares(s, weights)
    cols = [
        s,
        window_mean(s, 1, True),
        window_mean(s, 1, False),
        window_mean(s, 3, True),
        window_mean(s, 3, False),
        window_mean(s, 10, True),
        window_mean(s, 10, False),
        window_max(s, 2),
        [0.0] * start + [1.0] * (end - start) + [0.0] * (n - end),
        _distances(start, end, n),
        before,
        after,
        window_mean(long_lines, 3, True),
        window_mean(long_lines, 3, False),
    ]
    cols += _side_maxima(s, [v > 0 for v in long_lines])
    # Page-level priors: an extracted article (mostly prose) should lose little, a raw page
    # (mostly menus) may lose much; the same line is judged against its page's base rate.
    share = left_sum(w for w, v in zip(weights, s, strict=True) if v > 0) / (
        left_sum(weights) or 1.0
    )
    cols += [[share] * n, [math.log1p(n)] * n]
    cols += _marker_counts([float(m) for m in markers])
    return cols


def _distances(start: int, end: int, n: int) -> list[float]:
    """log1p of each line's distance to the run [start, end); 0 inside it."""
    head = list(map(math.log1p, range(start, 0, -1)))
    return head + [0.0] * (end - start) + list(map(math.log1p, range(1, n - end + 1)))


def _side_maxima(s: Sequence[float], strong: Sequence[bool]) -> list[list[float]]:
    """Nearest strong evidence on each side: maxima over short and wide windows, gaps."""
    p3, n3 = side_max(s, 3, True, -_CLIP), side_max(s, 3, False, -_CLIP)
    p5, n5 = side_max(s, 5, True, -_CLIP), side_max(s, 5, False, -_CLIP)
    return [
        p3,
        n3,
        side_max(s, 8, True, -_CLIP),
        side_max(s, 8, False, -_CLIP),
        [min(a, b) for a, b in zip(p5, n5, strict=True)],
        gap_to(strong, True),
        gap_to(strong, False),
    ]


def _marker_counts(flags: Sequence[float]) -> list[list[float]]:
    """How many timestamp or comment-header lines precede and follow each line.

    Why: a comment thread repeats 'name says:' and a date for every comment, so many markers
    before a line is strong evidence of comments, whatever the comments' prose looks like.
    """
    pre = _prefix(flags)
    total = pre[-1]
    before = [math.log1p(pre[i]) for i in range(len(flags))]
    after = [math.log1p(total - pre[i + 1]) for i in range(len(flags))]
    return [before, after, window_mean(flags, 10, True)]
