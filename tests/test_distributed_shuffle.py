"""The staged shuffle of distributed dedupe: joining groups of map tasks' pieces before the
reducers (`combine_pieces`) gives every reducer the same result as one piece per map.

No Dask needed: the steps are plain functions of NumPy arrays. The cluster runs themselves,
with the staging, are in test_distributed.py (their partitions outnumber a group).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_files import need

np = need("numpy")

from corpusclean.distributed.shuffle import (  # noqa: E402
    combine_pieces,
    exact_reduce,
    near_reduce,
)
from strategies import examples  # noqa: E402

REDUCERS = 3


def _maps(rows: list[list[tuple[int, ...]]], width: int) -> list[list[Any]]:
    """Each map task's rows, split by reducer on the first column, as `_split` does."""
    maps = []
    for part in rows:
        array = np.array(part, dtype=np.uint64).reshape(-1, width)
        maps.append([array[array[:, 0] % REDUCERS == r] for r in range(REDUCERS)])
    return maps


def _staged(maps: list[list[Any]], step: int) -> list[list[Any]]:
    return [combine_pieces(*maps[at : at + step]) for at in range(0, len(maps), step)]


def _each_reducer(reduce: Any, maps: list[list[Any]], *head: Any) -> list[Any]:
    return [reduce(*head, *[m[r] for m in maps]) for r in range(REDUCERS)]


# Few distinct digests, so equal digests (exact copies) across maps are common.
exact_rows = st.lists(
    st.lists(st.tuples(st.integers(0, 5), st.integers(0, 2)), max_size=8), min_size=1, max_size=9
)


@settings(max_examples=examples(80))
@given(rows=exact_rows, step=st.integers(1, 10))
def test_staged_exact_shuffle_finds_the_same_pairs(
    rows: list[list[tuple[int, int]]], step: int
) -> None:
    numbered, number = [], 0
    for part in rows:
        numbered.append([(high, low, number + at) for at, (high, low) in enumerate(part)])
        number += len(part)
    maps = _maps(numbered, 3)
    plain = _each_reducer(exact_reduce, maps)
    staged = _each_reducer(exact_reduce, _staged(maps, step))
    for one, other in zip(plain, staged, strict=True):
        np.testing.assert_array_equal(one, other)
    assert sum(len(pairs) for pairs in plain) == number - len({r[:2] for p in numbered for r in p})


@settings(max_examples=examples(80))
@given(rows=exact_rows, step=st.integers(1, 10))
def test_staged_near_shuffle_finds_the_same_candidates(
    rows: list[list[tuple[int, int]]], step: int
) -> None:
    numbered, number, firsts = [], 0, []
    for part in rows:
        firsts.append(number)
        numbered.append([(key, number + at) for at, (key, _) in enumerate(part)])
        number += len(part)
    boundaries = np.array(firsts, dtype=np.int64)
    maps = _maps(numbered, 2)
    plain = _each_reducer(near_reduce, maps, boundaries)
    staged = _each_reducer(near_reduce, _staged(maps, step), boundaries)
    for one, other in zip(plain, staged, strict=True):
        assert one.keys() == other.keys()
        for block in one:
            np.testing.assert_array_equal(one[block], other[block])


def test_pieces_join_in_the_maps_order() -> None:
    first = [np.array([[1, 0, 7]], np.uint64), np.zeros((0, 3), np.uint64)]
    second = [np.array([[4, 0, 2]], np.uint64), np.array([[5, 1, 3]], np.uint64)]
    joined = combine_pieces(first, second)
    assert [piece.tolist() for piece in joined] == [[[1, 0, 7], [4, 0, 2]], [[5, 1, 3]]]


def test_maps_with_different_reducer_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        combine_pieces([np.zeros((0, 3), np.uint64)], [np.zeros((0, 3), np.uint64)] * 2)
