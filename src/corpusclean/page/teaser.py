"""Teaser lists: headlines and summaries taking turns, the shape of links to other articles.

After the article, many pages list other stories as a headline line and a summary line,
again and again: the summaries are full sentences, so a line's own features take them for
prose. The shape gives them away: an article has a sub-heading now and then, a teaser list
changes between a headline and a sentence at almost every line. A line's ``teaser`` feature
is the share of the pairs of neighbouring lines around it (`TEASER_REACH` on each side)
where a headline-shaped line and a prose-shaped line meet. It depends on the lines still
kept, so it is filled in per page pass, like the stopword densities; counts are integers,
so the pure-Python and NumPy paths give the same floats.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate, pairwise

__all__ = ["HEADLINE", "OTHER", "PROSE", "TEASER_REACH", "line_kind", "teaser_shares"]

# Line kinds (integers, so both paths compare them alike).
OTHER, HEADLINE, PROSE = 0, 1, 2
# A headline: this many tokens (context tokens, `unspaced.context_tokens`), no sentence end,
# no final colon. Fewer is a menu item or a label; more is a sentence without its stop.
HEADLINE_MIN_TOKENS = 3
HEADLINE_MAX_TOKENS = 20
# A summary: a sentence end and this many tokens (a teaser's summary is one or two
# sentences; a one-line caption or a "Read more." is shorter).
PROSE_MIN_TOKENS = 8
# Pairs of neighbouring lines read on each side of a line: 4 pairs a side are two
# headline-summary teasers, enough to tell a list from one sub-heading over a paragraph.
TEASER_REACH = 4


def line_kind(n_tokens: int, sent_end: bool, colon_end: bool) -> int:
    """HEADLINE, PROSE or OTHER, from a line's context token count and its ending.

    >>> line_kind(8, False, False) == HEADLINE, line_kind(25, True, False) == PROSE
    (True, True)
    """
    if sent_end:
        return PROSE if n_tokens >= PROSE_MIN_TOKENS else OTHER
    if colon_end or not HEADLINE_MIN_TOKENS <= n_tokens <= HEADLINE_MAX_TOKENS:
        return OTHER
    return HEADLINE


def teaser_shares(kinds: Sequence[int]) -> list[float]:
    """For each line, the share of the 2 x `TEASER_REACH` pairs of neighbouring lines
    around it (pairs ``(j, j + 1)`` with ``i - TEASER_REACH <= j < i + TEASER_REACH``;
    pairs past the page's edges count as not meeting) where a headline and prose meet.

    >>> teaser_shares([HEADLINE, PROSE, HEADLINE, PROSE])
    [0.375, 0.375, 0.375, 0.375]
    >>> teaser_shares([PROSE, PROSE, PROSE])
    [0.0, 0.0, 0.0]
    """
    n = len(kinds)
    meets = [int(a != b and a != OTHER and b != OTHER) for a, b in pairwise(kinds)]
    pre = list(accumulate(meets, initial=0))
    last = len(meets)
    width = 2 * TEASER_REACH
    return [
        (pre[min(i + TEASER_REACH, last)] - pre[max(i - TEASER_REACH, 0)]) / width for i in range(n)
    ]
