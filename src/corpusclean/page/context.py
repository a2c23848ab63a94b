"""Neighbourhood features for the page-mode classifier, computed from per-line prior scores.

All functions are linear in the number of lines (prefix sums, one Kadane pass), so page
mode stays cheap on very long pages.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ..text import PROSE_MIN_WORDS

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
    out = [0.0]
    for v in values:
        out.append(out[-1] + v)
    return out


def window_mean(values: Sequence[float], k: int, before: bool) -> list[float]:
    """Mean of up to k values strictly before (or after) each position; 0 at the page edge.

    Why: the article is a run, so a line's neighbours are strong evidence; an empty window
    is 0 (no evidence) rather than a guess.
    """
    pre = _prefix(values)
    n = len(values)
    out: list[float] = []
    for i in range(n):
        lo, hi = (max(0, i - k), i) if before else (i + 1, min(n, i + 1 + k))
        out.append((pre[hi] - pre[lo]) / (hi - lo) if hi > lo else 0.0)
    return out


def window_max(values: Sequence[float], k: int) -> list[float]:
    """Largest value within k positions on either side (k is small, so this stays linear)."""
    n = len(values)
    return [max(values[max(0, i - k) : min(n, i + k + 1)]) for i in range(n)]


def side_max(values: Sequence[float], k: int, before: bool, empty: float) -> list[float]:
    """Largest value among the k positions strictly before (or after) each line.

    Why max and not mean: in list layouts (product blurbs, meal plans) prose alternates with
    short item lines, and a mean would drag the prose down with its short neighbours.
    """
    n = len(values)
    if before:
        return [max(values[max(0, i - k) : i], default=empty) for i in range(n)]
    return [max(values[i + 1 : i + 1 + k], default=empty) for i in range(n)]


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
    s = [max(-_CLIP, min(_CLIP, v)) for v in scores]
    if not s:
        return []
    weights = [math.log1p(n) for n in n_tokens]
    long_lines = [float(n >= PROSE_MIN_WORDS and v > 0) for n, v in zip(n_tokens, s, strict=True)]
    start, end = best_segment(s)
    dist = [math.log1p(start - i if i < start else max(0, i - end + 1)) for i in range(len(s))]
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
        [float(start <= i < end) for i in range(len(s))],
        dist,
        before,
        after,
        window_mean(long_lines, 3, True),
        window_mean(long_lines, 3, False),
    ]
    cols += _side_maxima(s, [v > 0 for v in long_lines])
    # Page-level priors: an extracted article (mostly prose) should lose little, a raw page
    # (mostly menus) may lose much; the same line is judged against its page's base rate.
    share = sum(w for w, v in zip(weights, s, strict=True) if v > 0) / (sum(weights) or 1.0)
    cols += [[share] * len(s), [math.log1p(len(s))] * len(s)]
    cols += _marker_counts([float(m) for m in markers])
    return [list(row) for row in zip(*cols, strict=True)]


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
