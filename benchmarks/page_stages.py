"""Page or auto mode's CPU time by stage, for several checkouts of the library in one process.

Usage::

    python benchmarks/page_stages.py ../shared/devset SRC [SRC ...] [--mode page|auto]
        [--repeat 6] [--interval 0.001] [--parts 20]
    python benchmarks/page_stages.py --corpus CORPUS.jsonl [--variant ascii|ordinary]
        SRC [SRC ...]

Each ``SRC`` is a ``src`` folder of a checkout (a worktree of an older commit, this
branch's own ``src``). Every one is imported as its own copy of ``corpusclean`` (the
modules of one are put aside while another is imported, and put back before each of its
passes), and a `Cleaner` of each cleans every ``<id>/fullpage.txt`` of the dev sets, as
`benchmarks/page_speed.py` reads them, or with ``--corpus`` the articles of a speed corpus
(its ``--variant``, as `benchmarks/speed.py` makes them) in the library's default mode: one
warm pass each, then ``--repeat`` rounds of one
pass of each checkout in turn. Passes of the checkouts alternate, so a change in the
machine's load (it is shared) falls on all of them alike.

A CPU-time timer (``ITIMER_PROF``) samples the Python stack every ``--interval`` seconds of
the process's CPU time, as `benchmarks/page_profile.py` does; each tick goes to the
innermost stage on the stack (`STAGES`: the page classifier, the rules' matching and their
document keywords, the evidence detectors, the duplicate removal, normalisation,
segmentation, the language vote, the article's assembly; "other" for the rest), and a
stage's share of a checkout's ticks is scaled to that checkout's CPU seconds a pass. Below
the stages, ``--parts`` rows of the detectors and of the duplicate removal by the function
each called (a detector's mark function, `find_duplicates`...). Made to attribute a change
of speed between two commits to stages (issue #8); a stage that moves by less than about
5 % between alternated runs is within the noise of a shared machine.
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_speed import add_input_arguments, chosen_texts

# (function name, the end of its file's path, stage): the innermost on the stack wins.
STAGES = (
    ("normalize_lines", "normalize/fixers.py", "normalize"),
    ("split_blocks", "segment.py", "segment"),
    ("language_of", "pipeline.py", "language"),
    # The run identifies the document (`_identification`) and its output (`_output_language`)
    # without `language_of`.
    ("_identification", "pipeline.py", "language"),
    ("_output_language", "pipeline.py", "language"),
    ("is_page_text", "run.py", "auto mode's page decision"),
    ("select_page_blocks", "run.py", "page classifier"),
    ("_match", "run.py", "rules (matching)"),
    ("matcher", "run.py", "rules (document keywords)"),
    ("classify_blocks", "detect/classify.py", "detectors"),
    ("context_free_verdicts", "detect/classify.py", "detectors"),
    ("remove_duplicates", "run.py", "duplicates"),
    ("without_reflowed_copy", "run.py", "duplicates"),
    ("article", "pipeline.py", "article"),
)
# The stages whose parts are listed, by the function each called.
_PARTED = ("classify_blocks", "remove_duplicates")


def _stage_of(frame: FrameType | None) -> str:
    while frame is not None:
        code = frame.f_code
        for name, path, stage in STAGES:
            if code.co_name == name and code.co_filename.endswith(path):
                return stage
        frame = frame.f_back
    return "other"


def _part_of(frame: FrameType | None) -> str | None:
    child = None
    while frame is not None:
        if frame.f_code.co_name in _PARTED and child is not None:
            return f"{frame.f_code.co_name} > {child.f_code.co_name}"
        child, frame = frame, frame.f_back
    return None


class StageSampler:
    """Counts, on each CPU-time tick, the stage running and the part of a parted stage."""

    def __init__(self) -> None:
        self.stages: Counter[str] = Counter()
        self.parts: Counter[str] = Counter()
        self.ticks = 0

    def tick(self, _signum: int, frame: FrameType | None) -> None:
        self.ticks += 1
        self.stages[_stage_of(frame)] += 1
        part = _part_of(frame)
        if part is not None:
            self.parts[part] += 1


def _owned(name: str) -> bool:
    return name == "corpusclean" or name.startswith("corpusclean.")


def load_checkout(src: Path) -> dict[str, ModuleType]:
    """Import the ``corpusclean`` of one ``src`` folder; return its modules (taken out of
    ``sys.modules``, so that the next checkout imports its own)."""
    for name in [name for name in sys.modules if _owned(name)]:
        del sys.modules[name]
    sys.path.insert(0, str(src))
    try:
        importlib.import_module("corpusclean")
    finally:
        sys.path.remove(str(src))
    modules = {name: module for name, module in sys.modules.items() if _owned(name)}
    if not str(Path(modules["corpusclean"].__file__ or "")).startswith(str(src.resolve())):
        raise SystemExit(f"{src}: corpusclean was imported from elsewhere; give a src folder")
    return modules


def _use(modules: dict[str, ModuleType]) -> None:
    """Put one checkout's modules in ``sys.modules`` (a function may import at call time)."""
    for name in [name for name in sys.modules if _owned(name)]:
        del sys.modules[name]
    sys.modules.update(modules)


class Checkout:
    """One checkout's modules, its `Cleaner`, its sampler and the CPU time of its passes."""

    def __init__(self, src: Path, mode: str | None) -> None:
        self.name = src.resolve().parent.name
        self.modules = load_checkout(src)
        package: Any = self.modules["corpusclean"]
        config = package.Config() if mode is None else package.Config(mode=mode)
        self.cleaner = package.Cleaner(config)
        self.sampler = StageSampler()
        self.spent: list[float] = []

    def run(self, pages: Sequence[str], interval: float | None) -> None:
        """One pass over the pages, sampled when ``interval`` is given."""
        _use(self.modules)
        clean = self.cleaner.clean
        if interval is not None:
            signal.signal(signal.SIGPROF, self.sampler.tick)
            signal.setitimer(signal.ITIMER_PROF, interval, interval)
        start = time.process_time()
        for page in pages:
            clean(page)
        spent = time.process_time() - start
        if interval is not None:
            signal.setitimer(signal.ITIMER_PROF, 0, 0)
            signal.signal(signal.SIGPROF, signal.SIG_DFL)
            self.spent.append(spent)

    def per_pass(self, ticks: int) -> float:
        """CPU seconds a pass for so many of this checkout's ticks."""
        return ticks / max(self.sampler.ticks, 1) * sum(self.spent) / max(len(self.spent), 1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_input_arguments(parser)
    parser.add_argument("sources", type=Path, nargs="+", help="src folders of checkouts")
    parser.add_argument("--repeat", type=int, default=6, help="sampled passes a checkout")
    parser.add_argument("--interval", type=float, default=0.001, help="CPU seconds a tick")
    parser.add_argument("--parts", type=int, default=20, help="rows of detector parts")
    args = parser.parse_args(argv)
    if args.corpus is not None and args.devset is not None:
        # Both positionals are optional-then-many, so with --corpus the first src folder
        # lands in ``devset``: it is a checkout.
        args.sources.insert(0, args.devset)
        args.devset = None
    pages, mode, label = chosen_texts(parser, args)
    before = {name: module for name, module in sys.modules.items() if _owned(name)}
    try:
        checkouts = [Checkout(src, mode) for src in args.sources]
        for checkout in checkouts:  # compiles the patterns and builds the tables
            checkout.run(pages, None)
        for _ in range(args.repeat):
            for checkout in checkouts:
                checkout.run(pages, args.interval)
    finally:  # the caller's corpusclean, if it had one, is its own again
        _use(before)
    _print(checkouts, label, args)
    return 0


def _print(checkouts: Sequence[Checkout], label: str, args: argparse.Namespace) -> None:
    """The stages and the parts as a Markdown table, a column a checkout."""
    print(f"{label}, {args.repeat} passes a checkout, alternated")
    print("| CPU s a pass | " + " | ".join(c.name for c in checkouts) + " |")
    print("|---" + "|---:" * len(checkouts) + "|")
    first = checkouts[0].sampler
    stages = sorted(
        {s for c in checkouts for s in c.sampler.stages}, key=lambda s: -first.stages[s]
    )
    for stage in stages:
        cells = [f"{c.per_pass(c.sampler.stages[stage]):.3f}" for c in checkouts]
        print(f"| {stage} | " + " | ".join(cells) + " |")
    last = checkouts[-1].sampler
    parts = sorted({p for c in checkouts for p in c.sampler.parts}, key=lambda p: -last.parts[p])
    for part in parts[: args.parts]:
        cells = [f"{c.per_pass(c.sampler.parts[part]):.3f}" for c in checkouts]
        print(f"| {part} | " + " | ".join(cells) + " |")
    means = [f"{sum(c.spent) / len(c.spent):.3f}" for c in checkouts]
    print("| pass (mean: the stages' sum) | " + " | ".join(means) + " |")
    medians = [f"{sorted(c.spent)[len(c.spent) // 2]:.3f}" for c in checkouts]
    print("| pass (median) | " + " | ".join(medians) + " |")


if __name__ == "__main__":
    raise SystemExit(main())
