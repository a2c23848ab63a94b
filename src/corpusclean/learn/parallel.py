"""The two learning passes' per-document work, in worker processes (``learn --jobs N``).

Normalising and segmenting is most of the cost of learning; counting is cheap. So workers
find each document's distinct lines and send back only what the caller's state needs, in
input order: in pass 1, the sketch counters its lines add to (a few numbers a line); in
pass 2, its candidate lines alone (the workers hold a copy of the pass-1 sketch to tell
them). Sending the lines themselves cost more than finding them: pickling and unpickling a
document's lines took 0.6 ms against 1 ms to find them (320 documents of the learn
benchmark's corpus), and the unpickling fell on the caller, the one process that does not
scale. The counts add up in any order, so the rules are the same with any number of workers.
"""

from __future__ import annotations

from array import array
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from itertools import islice
from typing import Any, TypeVar

from .counts import LearnSettings, LineSketch, sketch_cells
from .lines import LineSeen, document_lines

__all__ = ["candidates_in_order", "cells_in_order"]

# Texts per task: enough to make pickling overhead small, few enough to keep workers busy.
_BATCH = 32

Keyed = tuple[str, list[LineSeen]]
_Result = TypeVar("_Result")
# A worker's copy of the pass-1 sketch, set once by the pool's initializer: sending 64 MiB
# with every task would cost more than the work. It lives in worker processes only.
_worker_sketch: LineSketch | None = None


def _cells_of_batch(
    settings: LearnSettings, batch: list[tuple[str, str]]
) -> list[tuple[str, array[int]]]:
    return [
        (source, sketch_cells(settings, source, document_lines(text, settings.config)))
        for source, text in batch
    ]


def _candidates(sketch: LineSketch, source: str, text: str) -> list[LineSeen]:
    lines = document_lines(text, sketch.settings.config)
    return [line for line in lines if sketch.is_candidate(source, line.key)]


def _remember_sketch(sketch: LineSketch) -> None:
    global _worker_sketch  # the worker process's one copy (see above)
    _worker_sketch = sketch


def _candidates_of_batch(batch: list[tuple[str, str]]) -> list[Keyed]:
    assert _worker_sketch is not None, "the pool's initializer sets the sketch"
    return [(source, _candidates(_worker_sketch, source, text)) for source, text in batch]


def _in_order(
    documents: Iterable[tuple[str, str]],
    jobs: int,
    work: Callable[[list[tuple[str, str]]], list[_Result]],
    initializer: tuple[Callable[..., None], tuple[Any, ...]] | None = None,
) -> Iterator[_Result]:
    """`work` on batches of documents in ``jobs`` processes, results in input order. At most
    a few batches per worker are in flight, so memory stays bounded."""
    start, arguments = initializer or (None, ())
    with ProcessPoolExecutor(jobs, initializer=start, initargs=arguments) as pool:
        pending: deque[Future[list[_Result]]] = deque()
        items = iter(documents)
        try:
            while batch := list(islice(items, _BATCH)):
                pending.append(pool.submit(work, batch))
                if len(pending) >= 4 * jobs:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def cells_in_order(
    documents: Iterable[tuple[str, str]], settings: LearnSettings, jobs: int
) -> Iterator[tuple[str, array[int]]]:
    """Pass 1: each (source, text) as (source, the `sketch_cells` of its distinct lines)."""
    if jobs <= 1:
        for source, text in documents:
            yield source, sketch_cells(settings, source, document_lines(text, settings.config))
        return
    yield from _in_order(documents, jobs, partial(_cells_of_batch, settings))


def candidates_in_order(
    documents: Iterable[tuple[str, str]], sketch: LineSketch, jobs: int
) -> Iterator[Keyed]:
    """Pass 2: each (source, text) as (source, its distinct lines that `sketch` makes
    candidates), the sketch copied once to each worker."""
    if jobs <= 1:
        for source, text in documents:
            yield source, _candidates(sketch, source, text)
        return
    yield from _in_order(documents, jobs, _candidates_of_batch, (_remember_sketch, (sketch,)))
