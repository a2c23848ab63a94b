"""Time each evidence detector inside the cleaner on the dev set's full pages.

Usage::

    python benchmarks/detector_times.py ../shared/devset [--mode page|auto] [--repeat 3] [--top 8]

The folder holds the dev sets (``scrapinghub/`` and ``readability/``); every
``<id>/fullpage.txt`` in them is one page, as in `benchmarks/page_speed.py`. One warm pass,
then ``--repeat`` passes with a CPU timer around every call of each detector (every round of
every page); each detector's best pass is reported, and the sum of them.

What it answers (issue #8): what the evidence detectors cost a pass of page or auto mode,
detector by detector, without a profiler's overhead on every function call; run it for two
commits in turn to compare them. It wraps the cleaner's detectors (``Cleaner.detectors``)
for the timed passes: a measuring tool; the outputs are not changed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_speed import load_pages


def timed(mark: Callable[..., None], spent: dict[str, float]) -> Callable[..., None]:
    """``mark``, adding the CPU seconds of each call to ``spent`` under its name."""
    name = getattr(mark, "__name__", repr(mark))

    def run(*args: Any) -> None:
        start = time.process_time()
        mark(*args)
        spent[name] = spent.get(name, 0.0) + time.process_time() - start

    return run


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", type=Path, help="folder holding scrapinghub/ and readability/")
    parser.add_argument("--mode", choices=("page", "auto"), default="page")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (best is kept)")
    parser.add_argument("--top", type=int, default=8, help="detectors to list, costliest first")
    args = parser.parse_args(argv)
    import corpusclean

    pages = load_pages(args.devset)
    cleaner = corpusclean.Cleaner(corpusclean.Config(mode=args.mode))
    spent: dict[str, float] = {}
    cleaner.detectors = tuple(timed(mark, spent) for mark in cleaner.detectors)
    for page in pages:
        cleaner.clean(page)
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        spent.clear()
        for page in pages:
            cleaner.clean(page)
        for name, seconds in spent.items():
            best[name] = min(best.get(name, seconds), seconds)
    print(f"{len(pages)} pages, {args.mode} mode, best of {args.repeat} passes, CPU seconds")
    print(f"  {'all detectors':<28}{sum(best.values()):>8.4f}")
    for name in sorted(best, key=best.__getitem__, reverse=True)[: args.top]:
        print(f"  {name:<28}{best[name]:>8.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
