"""Sums of floats in one order on every Python: left to right.

CPython 3.12's ``sum`` compensates its rounding, so on 3.11 and 3.12 the same page model
would score the same line to a different last bit, and a line on the threshold could be
kept on one and removed on the other. The page model's scores are defined as left-to-right
sums, which ``sum`` is before 3.12 and NumPy's ``add.accumulate`` is everywhere: with
`left_sum`, every Python and the NumPy path (`page.vector`) give the same floats.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable

__all__ = ["left_sum"]


def _left_fold(values: Iterable[float]) -> float:
    # Starts from the integer 0 as ``sum`` does (0 + -0.0 is 0.0 there too).
    total: float = functools.reduce(operator.add, values, 0)
    return total


#: ``sum`` where it adds left to right (CPython before 3.12, faster), else a left fold.
#:
#: >>> left_sum([1e16, 1.0, -1e16])  # 1.0 is lost in the rounding, as in order it must be
#: 0.0
left_sum: Callable[[Iterable[float]], float] = sum if sum([1e16, 1.0, -1e16]) == 0.0 else _left_fold
