"""Time each evidence detector inside the cleaner on the dev set's full pages or a speed
corpus.

Usage::

    python benchmarks/detector_times.py ../shared/devset [--mode page|auto] [--repeat 3] [--top 8]
    python benchmarks/detector_times.py --corpus CORPUS.jsonl [--variant ascii|ordinary]

The folder holds the dev sets (``scrapinghub/`` and ``readability/``); every
``<id>/fullpage.txt`` in them is one page, as in `benchmarks/page_speed.py`; a speed corpus
is cleaned in the default mode (the article path). One warm pass, then ``--repeat`` passes
with a CPU timer around every call of each detector (every round of every document); each
detector's best pass is reported, and the sum of them.

What it answers (issue #8): what the evidence detectors cost a pass, detector by detector,
without a profiler's overhead on every function call; run it for two commits in turn to
compare them. It times exactly the detectors the library runs: a document's run chooses
them (`registry.detectors_for`, which leaves out of a short document the detectors that
need more blocks than it has), and the timed passes wrap the chosen ones, each detector in
one wrapper (wrapped before the choice, a detector would be unknown to the registry, kept
in every document and timed where the library never runs it). A measuring tool: the
outputs are not changed, and the library is left as it was after the passes.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_speed import add_input_arguments, chosen_input


def timed(mark: Callable[..., None], spent: dict[str, float]) -> Callable[..., None]:
    """``mark``, adding the CPU seconds of each call to ``spent`` under its name."""
    name = getattr(mark, "__name__", repr(mark))

    def run(*args: Any) -> None:
        start = time.process_time()
        mark(*args)
        spent[name] = spent.get(name, 0.0) + time.process_time() - start

    return run


@contextmanager
def timing_chosen_detectors(spent: dict[str, float]) -> Iterator[None]:
    """Within the block, every detector a document's run chooses (`run.detectors_for`) is
    timed into ``spent``; the library's own choice is restored after it."""
    from corpusclean import run

    choose = run.detectors_for
    wrappers: dict[Callable[..., None], Callable[..., None]] = {}

    def chosen_and_timed(detectors: tuple[Any, ...], blocks: int) -> tuple[Any, ...]:
        return tuple(
            wrappers.setdefault(mark, timed(mark, spent)) for mark in choose(detectors, blocks)
        )

    run.detectors_for = chosen_and_timed
    try:
        yield
    finally:
        run.detectors_for = choose


def detector_times(cleaner: Any, texts: Sequence[str], repeat: int) -> dict[str, float]:
    """Each detector's CPU seconds in its best of ``repeat`` passes of ``cleaner`` over
    ``texts``, after one warm pass."""
    for text in texts:
        cleaner.clean(text)
    spent: dict[str, float] = {}
    best: dict[str, float] = {}
    with timing_chosen_detectors(spent):
        for _ in range(repeat):
            spent.clear()
            for text in texts:
                cleaner.clean(text)
            for name, seconds in spent.items():
                best[name] = min(best.get(name, seconds), seconds)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_input_arguments(parser)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (best is kept)")
    parser.add_argument("--top", type=int, default=8, help="detectors to list, costliest first")
    args = parser.parse_args(argv)
    texts, cleaner, label = chosen_input(parser, args)
    best = detector_times(cleaner, texts, args.repeat)
    print(f"{label}, {len(texts)} documents, best of {args.repeat} passes, CPU seconds")
    print(f"  {'all detectors':<28}{sum(best.values()):>8.4f}")
    for name in sorted(best, key=best.__getitem__, reverse=True)[: args.top]:
        print(f"  {name:<28}{best[name]:>8.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
