"""Time each detector's values of a document (`Facts.once`, `Facts.of_scope`) inside the
cleaner, on the dev set's full pages or a speed corpus.

Usage::

    python benchmarks/document_values.py ../shared/devset [--mode page|auto] [--repeat 3]
        [--top 12]
    python benchmarks/document_values.py --corpus CORPUS.jsonl [--variant ascii|ordinary]

The inputs are those of `benchmarks/detector_times.py`. One warm pass, then ``--repeat``
passes in which every value a detector asks `Facts.once` or `Facts.of_scope` for is timed
when it is found (a CPU timer around the value's call: once a document, or once a round
where the document's blocks are not known); each value's best pass is reported with how
many times a pass found it, and the sum of them (a value that asks for another while it is
found, as `comments.runs.may_hold_thread` asks for `marker_answers`, holds its time too, so
the sum counts that time twice).

What it answers (issue #8, facts43): how much of the detectors' time (`detector_times.py`)
is their document screens and stores, found once a document, and not their walks of each
round's blocks. A measuring tool: each value is called through one wrapper kept for the
passes (the stores are keyed by the value, so a wrapper kept per value keeps one entry per
value, as the library does), the outputs do not change, and `Facts` is left as it was.
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


def _name(value: Callable[..., Any]) -> str:
    """A value as ``module.function``, the module's last part: readers share names."""
    module = getattr(value, "__module__", "") or ""
    return f"{module.rsplit('.', 1)[-1]}.{getattr(value, '__qualname__', repr(value))}"


def _timed(
    value: Callable[..., Any], spent: dict[str, float], found: dict[str, int]
) -> Callable[..., Any]:
    """``value``, adding the CPU seconds of each call to ``spent`` and counting it in
    ``found``, under its name."""
    name = _name(value)

    def run(*args: Any) -> Any:
        start = time.process_time()
        answer = value(*args)
        spent[name] = spent.get(name, 0.0) + time.process_time() - start
        found[name] = found.get(name, 0) + 1
        return answer

    return run


@contextmanager
def timing_document_values(spent: dict[str, float], found: dict[str, int]) -> Iterator[None]:
    """Within the block, every value `Facts.once` and `Facts.of_scope` find is timed into
    ``spent`` and counted in ``found``; `Facts` is restored after it."""
    from corpusclean.detect.facts import Facts

    once, of_scope = Facts.once, Facts.of_scope
    wrappers: dict[Callable[..., Any], Callable[..., Any]] = {}

    def wrapped(value: Callable[..., Any]) -> Callable[..., Any]:
        return wrappers.setdefault(value, _timed(value, spent, found))

    def timed_once(facts: Facts, value: Callable[..., Any]) -> Any:
        return once(facts, wrapped(value))

    def timed_of_scope(facts: Facts, reader: Callable[..., Any], blocks: Any) -> Any:
        return of_scope(facts, wrapped(reader), blocks)

    Facts.once, Facts.of_scope = timed_once, timed_of_scope  # type: ignore[method-assign]
    try:
        yield
    finally:
        Facts.once, Facts.of_scope = once, of_scope  # type: ignore[method-assign]


def document_value_times(
    cleaner: Any, texts: Sequence[str], repeat: int
) -> dict[str, tuple[float, int]]:
    """Each value's CPU seconds in its best of ``repeat`` passes of ``cleaner`` over
    ``texts`` (after one warm pass), and how many times a pass found it."""
    for text in texts:
        cleaner.clean(text)
    spent: dict[str, float] = {}
    found: dict[str, int] = {}
    best: dict[str, tuple[float, int]] = {}
    with timing_document_values(spent, found):
        for _ in range(repeat):
            spent.clear()
            found.clear()
            for text in texts:
                cleaner.clean(text)
            for name, seconds in spent.items():
                if name not in best or seconds < best[name][0]:
                    best[name] = (seconds, found[name])
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_input_arguments(parser)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (best is kept)")
    parser.add_argument("--top", type=int, default=12, help="values to list, costliest first")
    args = parser.parse_args(argv)
    texts, cleaner, label = chosen_input(parser, args)
    best = document_value_times(cleaner, texts, args.repeat)
    print(f"{label}, {len(texts)} documents, best of {args.repeat} passes, CPU seconds, found")
    total = sum(seconds for seconds, _ in best.values())
    print(f"  {'all document values':<44}{total:>8.4f}")
    for name in sorted(best, key=lambda n: best[n][0], reverse=True)[: args.top]:
        seconds, count = best[name]
        print(f"  {name:<44}{seconds:>8.4f}{count:>7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
