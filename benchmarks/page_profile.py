"""Where page or auto mode spends its CPU time on the dev set's full pages, by sampling.

Usage::

    python benchmarks/page_profile.py ../shared/devset [--mode page|auto] [--repeat 5]
        [--top 15] [--interval 0.001]
    python benchmarks/page_profile.py --corpus CORPUS.jsonl [--variant ascii|ordinary]

The folder holds the dev sets (``scrapinghub/`` and ``readability/``); every
``<id>/fullpage.txt`` in them is one page, as in `benchmarks/page_speed.py`. One warm pass,
then ``--repeat`` passes under a CPU-time timer (``ITIMER_PROF``, every ``--interval``
seconds of the process's CPU time): each tick records the Python stack. A function's *self*
time is its share of the ticks where it was running (C calls it makes count as its own),
its *cumulative* time its share of the ticks where it was on the stack; both are scaled to
CPU seconds a pass.

With ``--corpus`` the inputs are instead the documents of a speed corpus (JSON lines with a
``text`` field, as `benchmarks/speed.py` reads them), in its ``--variant`` (``ascii`` is
`speed.make_ascii`'s), cleaned with the library's default mode: the article path that
issue #8's ASCII target times.

Why not cProfile (issue #8): it times with the wall clock by default, so on a shared
machine the time the process waits for a core lands in whatever function was running, and
its cost on every Python call and return makes a pass 3 to 4 times slower. On the dev pages
at ``c17bc1a`` one page-mode pass under cProfile (6.0 s) put 0.31 s in
``page.inset.is_anchor``, called 13,832 times from ``page.blocks._with_blocks``, whose whole
run, timed alone on the same inputs, takes 0.04 s a pass. The ticks here count the
process's CPU time only, cost a few per cent and change no output. Unix only
(``signal.setitimer``).
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_speed import add_input_arguments, chosen_input


def frame_name(frame: FrameType) -> str:
    """A function as ``path:line(name)``, the path from the package or site-packages on."""
    code = frame.f_code
    path = code.co_filename
    for marker in ("/src/", "/site-packages/", "/lib/python"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    return f"{path}:{code.co_firstlineno}({code.co_name})"


class Sampler:
    """Counts, on each CPU-time tick, the running function and every function on the stack."""

    def __init__(self) -> None:
        self.own: Counter[str] = Counter()
        self.on_stack: Counter[str] = Counter()
        self.ticks = 0

    def tick(self, _signum: int, frame: FrameType | None) -> None:
        self.ticks += 1
        if frame is not None:
            self.own[frame_name(frame)] += 1
        seen: set[str] = set()  # a recursive function counts once a tick
        while frame is not None:
            seen.add(frame_name(frame))
            frame = frame.f_back
        self.on_stack.update(seen)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_input_arguments(parser)
    parser.add_argument("--repeat", type=int, default=5, help="sampled passes")
    parser.add_argument("--top", type=int, default=15, help="functions to list in each table")
    parser.add_argument("--interval", type=float, default=0.001, help="CPU seconds a tick")
    args = parser.parse_args(argv)
    pages, cleaner, label = chosen_input(parser, args)
    for page in pages:  # compiles the patterns and builds the tables
        cleaner.clean(page)
    sampler = Sampler()
    signal.signal(signal.SIGPROF, sampler.tick)
    signal.setitimer(signal.ITIMER_PROF, args.interval, args.interval)
    start = time.process_time()
    for _ in range(args.repeat):
        for page in pages:
            cleaner.clean(page)
    spent = time.process_time() - start
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    signal.signal(signal.SIGPROF, signal.SIG_DFL)
    per_tick = spent / max(sampler.ticks, 1) / args.repeat  # CPU seconds a pass, a tick
    print(
        f"{label}, {len(pages)} documents: {spent / args.repeat:.3f} CPU s a pass, "
        f"{sampler.ticks} ticks over {args.repeat} passes"
    )
    for title, counts in (("self", sampler.own), ("cumulative", sampler.on_stack)):
        print(f"{title:>10}  (CPU s a pass)")
        for name, ticks in counts.most_common(args.top):
            print(f"{ticks * per_tick:10.3f}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
