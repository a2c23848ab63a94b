"""A document's lines found in worker processes, in input order (``learn --jobs N``).

Normalising and segmenting is most of the cost of learning; counting is cheap. So workers
turn batches of texts into their distinct lines, and the caller counts them in its own
state, in input order. The counts do not depend on the order anyway (they add up), so the
rules are the same with any number of workers.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from ..config import Config
from .lines import LineSeen, document_lines

__all__ = ["lines_in_order"]

# Texts per task: enough to make pickling overhead small, few enough to keep workers busy.
_BATCH = 32


Keyed = tuple[str, list[LineSeen]]


def _lines_of_batch(config: Config, batch: list[tuple[str, str]]) -> list[Keyed]:
    return [(key, list(document_lines(text, config))) for key, text in batch]


def lines_in_order(
    documents: Iterable[tuple[str, str]], config: Config, jobs: int
) -> Iterator[Keyed]:
    """Each (key, text) as (key, the text's distinct lines), in input order, the lines found
    in ``jobs`` processes (here for 1). At most a few batches per worker are in flight, so
    memory stays bounded.
    """
    if jobs <= 1:
        for key, text in documents:
            yield key, list(document_lines(text, config))
        return
    with ProcessPoolExecutor(jobs) as pool:
        pending: deque[Future[list[Keyed]]] = deque()
        items = iter(documents)
        try:
            while batch := list(islice(items, _BATCH)):
                pending.append(pool.submit(_lines_of_batch, config, batch))
                if len(pending) >= 4 * jobs:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
