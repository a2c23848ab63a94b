"""The page classifier's CPU time on recorded calls, for several checkouts in one process.

Usage::

    python benchmarks/page_replay.py ../shared/devset SRC [SRC ...] [--passes 10]
        [--steps page.model:score_lines,page.vector:_Matrix.rows_of,...]
        [--record calls.pkl]

Each ``SRC`` is a ``src`` folder of a checkout, imported as its own copy of ``corpusclean``
(`page_stages.load_checkout`). A page-mode `Cleaner` of the first cleans every
``<id>/fullpage.txt`` of the dev sets once, and every call of the page classifier
(`page.dropped_page_lines`, as `run.select_page_blocks` makes it) is recorded: its lines,
grouped by the document's `LineFactsCache` (a document's later calls reuse what its first
found, so a replay must too). With ``--record FILE`` the calls are read from ``FILE`` when
it exists and written there when not (a pickle of dev-set text: keep it out of the
repository, and load only a file you wrote). The calls are then replayed through each
checkout's `dropped_page_lines`, with a fresh cache a document: one warm pass each, whose
outputs are compared with the first checkout's, then ``--passes`` rounds of one pass of
each checkout, the order reversed every other round so that a change of the shared
machine's load falls on all of them alike.

Printed: the median CPU seconds of a replay pass for each checkout, and of each named
``--steps`` function inside it (``module:attr`` or ``module:Class.attr`` under
``corpusclean``; a function is timed where every module of the checkout refers to it, as
`from .model import score_lines` copies it, and only its outermost call when it recurses; a
step a checkout lacks shows "-"), then whether every checkout's outputs equal the first's.
Made because whole passes (`benchmarks/page_stages.py`) cannot resolve a change under about
5 % of a pass on a shared machine, where the classifier alone, timed without the rest of
the pipeline, resolves about 2 % of it (issue #8; replay31's log section).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import pickle
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_speed import load_pages
from page_stages import _owned, _use, load_checkout

DEFAULT_STEPS = (
    "page.model:score_lines,page.vector:_Matrix.rows_of,page.batch:page_facts,"
    "page.vector:context_matrix,page.vector:_layer"
)

# A document's calls: each the lines of one classification, in the order made.
Calls = list[list[str]]


def record_calls(modules: dict[str, ModuleType], pages: Sequence[str]) -> list[Calls]:
    """The classifier's calls while a page-mode `Cleaner` of ``modules`` cleans ``pages``.

    A call is grouped with the others on the same cache; a call without one is its own.
    """
    _use(modules)
    package: Any = modules["corpusclean"]
    page_module: Any = modules["corpusclean.page"]
    classify = page_module.dropped_page_lines
    # The cache objects of the page being cleaned: held, so no id is reused meanwhile.
    groups: list[tuple[object, Calls]] = []

    def recording(lines: Sequence[str], cache: object = None) -> Any:
        group = next((calls for held, calls in groups if cache is not None and held is cache), None)
        if group is None:
            group = []
            groups.append((cache, group))
        group.append(list(lines))
        return classify(lines, cache)

    cleaner = package.Cleaner(package.Config(mode="page"))
    documents: list[Calls] = []
    page_module.dropped_page_lines = recording
    try:
        for text in pages:
            cleaner.clean(text)
            documents.extend(calls for _, calls in groups)
            groups.clear()
    finally:
        page_module.dropped_page_lines = classify
    return documents


class StepTimer:
    """CPU seconds spent in named functions of one checkout, outermost calls only."""

    def __init__(self, modules: dict[str, ModuleType], steps: Sequence[str]) -> None:
        self.spent = dict.fromkeys(steps, 0.0)
        self.found = {step: _wrap(modules, step, self._timed(step)) for step in steps}

    def _timed(self, step: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        depth = [0]

        def wrapper(function: Callable[..., Any]) -> Callable[..., Any]:
            def timed(*args: Any, **kwargs: Any) -> Any:
                depth[0] += 1
                start = time.process_time()
                try:
                    return function(*args, **kwargs)
                finally:
                    depth[0] -= 1
                    if not depth[0]:
                        self.spent[step] += time.process_time() - start

            return timed

        return wrapper

    def take(self) -> dict[str, float]:
        """The seconds since the last take, by step."""
        taken = dict(self.spent)
        self.spent = dict.fromkeys(self.spent, 0.0)
        return taken


def _wrap(
    modules: dict[str, ModuleType],
    step: str,
    wrapper: Callable[[Callable[..., Any]], Callable[..., Any]],
) -> bool:
    """Replace the function ``step`` names by ``wrapper(function)`` wherever the checkout's
    modules hold it; False when the checkout has no such function."""
    module_name, _, path = step.partition(":")
    owner: Any = modules.get(f"corpusclean.{module_name}")
    *outer, name = path.split(".")
    for part in outer:
        owner = getattr(owner, part, None)
    function = getattr(owner, name, None)
    if not callable(function):
        return False
    timed = wrapper(function)
    if outer:  # a method: the class is its one holder
        setattr(owner, name, timed)
        return True
    for module in modules.values():
        for attr, value in list(vars(module).items()):
            if value is function:
                setattr(module, attr, timed)
    return True


# The page modules a checkout imports on its first page, not with the package (startup39):
# imported here, so that a step in them is found and timed.
_PAGE_MODULES = ("batch", "detect", "gates", "model", "vector")


def _with_page_modules(modules: dict[str, ModuleType], src: Path) -> dict[str, ModuleType]:
    """``modules`` with the checkout's lazily imported page modules added."""
    _use(modules)
    sys.path.insert(0, str(src))
    try:
        for name in _PAGE_MODULES:
            try:
                importlib.import_module(f"corpusclean.page.{name}")
            except ModuleNotFoundError as missing:
                # The NumPy scoring's modules, which an install without NumPy (the README's,
                # without the `fast` extra) cannot import; its classifier scores without them.
                if missing.name != "numpy":
                    raise
    finally:
        sys.path.remove(str(src))
    return {name: module for name, module in sys.modules.items() if _owned(name)}


class Replayer:
    """One checkout's classifier, its step timer, and the CPU seconds of its passes."""

    def __init__(self, src: Path, steps: Sequence[str]) -> None:
        self.src = src
        self.modules = _with_page_modules(load_checkout(src), src)
        self.timer = StepTimer(self.modules, steps)
        self.passes: list[float] = []
        self.steps: list[dict[str, float]] = []

    def run(self, documents: Sequence[Calls]) -> list[Any]:
        """One replay pass: its outputs, in call order; the time is kept."""
        _use(self.modules)
        classify = self.modules["corpusclean.page"].dropped_page_lines
        fresh_cache = self.modules["corpusclean.page"].LineFactsCache
        outputs: list[Any] = []
        self.timer.take()
        start = time.process_time()
        for calls in documents:
            cache = fresh_cache()
            outputs.extend(classify(lines, cache) for lines in calls)
        self.passes.append(time.process_time() - start)
        self.steps.append(self.timer.take())
        return outputs


def chosen_calls(args: argparse.Namespace) -> list[Calls]:
    """The recorded calls: read from ``--record``, else recorded with the first checkout
    (and written to ``--record`` when given)."""
    if args.record is not None and args.record.exists():
        with args.record.open("rb") as file:
            documents: list[Calls] = pickle.load(file)
        return documents
    documents = record_calls(load_checkout(args.sources[0]), load_pages(args.devset))
    if args.record is not None:
        with args.record.open("wb") as file:
            pickle.dump(documents, file)
    return documents


def differences(
    replayers: Sequence[Replayer], outputs: Sequence[list[Any]], documents: Sequence[Calls]
) -> list[str]:
    """A line for each checkout whose outputs differ from the first's, naming the first
    call that differs and its document (the dev pages' order, as `load_pages` reads them)."""
    document_of = [i for i, calls in enumerate(documents) for _ in calls]
    first = outputs[0]
    found = []
    for replayer, own in zip(replayers[1:], outputs[1:], strict=True):
        differ = [i for i, (a, b) in enumerate(zip(first, own, strict=False)) if a != b]
        if len(own) != len(first):
            found.append(f"{replayer.src} made {len(own)} outputs, not {len(first)}")
        elif differ:
            where = f"call {differ[0]}, document {document_of[differ[0]]}"
            found.append(f"{replayer.src} differs on {len(differ)} calls (first: {where})")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", type=Path, help="folder holding scrapinghub/ and readability/")
    parser.add_argument("sources", type=Path, nargs="+", help="src folders of checkouts")
    parser.add_argument("--passes", type=int, default=10, help="timed passes a checkout")
    parser.add_argument("--steps", default=DEFAULT_STEPS, help="module:attr,... to time")
    parser.add_argument("--record", type=Path, help="the recorded calls' pickle: read or written")
    args = parser.parse_args(argv)
    if args.passes < 1:
        parser.error("--passes must be at least 1")
    steps = [step for step in args.steps.split(",") if step]
    before = {name: module for name, module in sys.modules.items() if _owned(name)}
    try:
        documents = chosen_calls(args)
        replayers = [Replayer(src, steps) for src in args.sources]
        outputs = [replayer.run(documents) for replayer in replayers]  # warm
        for replayer in replayers:
            replayer.passes.clear()
            replayer.steps.clear()
        for round_ in range(args.passes):
            gc.collect()
            for replayer in replayers if round_ % 2 == 0 else replayers[::-1]:
                replayer.run(documents)
    finally:  # the caller's corpusclean, if it had one, is its own again
        _use(before)
    _print(replayers, documents, outputs, args.passes)
    return 0


def _print(
    replayers: Sequence[Replayer],
    documents: Sequence[Calls],
    outputs: Sequence[list[Any]],
    passes: int,
) -> None:
    """The medians as a Markdown table, a column a checkout, and the outputs' comparison."""
    n_calls = sum(len(calls) for calls in documents)
    n_lines = sum(len(lines) for calls in documents for lines in calls)
    print(
        f"{n_calls} classifier calls ({len(documents)} documents, {n_lines} lines), "
        f"{passes} passes a checkout, alternated"
    )
    print("| CPU s a pass (median) | " + " | ".join(str(r.src) for r in replayers) + " |")
    print("|---" + "|---:" * len(replayers) + "|")
    cells = [f"{statistics.median(r.passes):.4f}" for r in replayers]
    print("| classifier replay | " + " | ".join(cells) + " |")
    for step in replayers[0].timer.spent:
        cells = [
            f"{statistics.median(s[step] for s in r.steps):.4f}" if r.timer.found[step] else "-"
            for r in replayers
        ]
        print(f"| {step} | " + " | ".join(cells) + " |")
    differ = differences(replayers, outputs, documents)
    if differ:
        print("outputs: DIFFER; " + "; ".join(differ))
    else:
        print(f"outputs: identical in every checkout on all {n_calls} calls")


if __name__ == "__main__":
    raise SystemExit(main())
