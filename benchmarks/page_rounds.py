"""Count the page classifier's rounds on full pages, and time what each kind of round costs.

Usage::

    python benchmarks/page_rounds.py ../shared/devset [--mode page|auto] [--repeat 5]

The folder holds the dev sets (``scrapinghub/`` and ``readability/``); every
``<id>/fullpage.txt`` in them is one page, as in `benchmarks/page_speed.py`. One warm pass of
the cleaner, then one counted pass (timers around the page classifier's stages: the
counts are exact, the times carry the timers' overhead), then the fixed cost of one call
of the two NumPy stages on a five-line page, best of ``--repeat``.

What it answers (issue #8, "Page mode, fourteenth pass" in ``docs/benchmarks.md``): how many
classifications a page takes (a page's first, then one a round of the page/rules
alternation that the rules thinned), how many fixed-point passes each classification makes
and how many of them drop nothing (the pass that confirms the fixed point), how many lines
get their own facts computed (once per distinct line of a document) and how many lines are
scored again by later scorings, and what a scoring costs per call and per line.

It reads private names of ``corpusclean.page`` (``detect._classify``, ``detect._decide``,
``vector.score_lines``, ``batch.page_facts``) by wrapping them for the counted pass: a
measuring tool, not an interface; the cleaner's outputs are not changed.
"""

from __future__ import annotations

import argparse
import sys
import time
import timeit
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_speed import load_pages

# A small page for the per-call costs: a menu item, a sentence, a share label, a byline.
SMALL_PAGE = [
    "Home",
    "The council voted on Tuesday to approve a budget that raises spending.",
    "Sign in",
    "Share this article",
    "Posted on May 3, 2020",
]


class Tally:
    """Counts and process-time sums by name."""

    def __init__(self) -> None:
        self.count: Counter[str] = Counter()
        self.seconds: Counter[str] = Counter()

    def timed(self, name: str, call: Callable[..., Any], *args: Any) -> Any:
        start = time.process_time()
        try:
            return call(*args)
        finally:
            self.seconds[name] += time.process_time() - start
            self.count[name] += 1


def count_rounds(pages: Sequence[str], mode: str) -> tuple[Tally, Counter[int], float]:
    """Clean every page once with the page classifier's stages wrapped; the tally, how many
    classifications made how many passes, and the pass's total process time."""
    import corpusclean
    from corpusclean.page import detect, vector

    cleaner = corpusclean.Cleaner(corpusclean.Config(mode=mode))
    for text in pages:  # warm: patterns compiled, tables built
        cleaner.clean(text)
    tally, passes = Tally(), Counter[int]()
    classify, decide, score = detect._classify, detect._decide, vector.score_lines
    this_classification: list[int] = []

    def counted_classify(lines: Any, model: Any, cache: Any) -> Any:
        first = cache is None or cache.columns is None
        this_classification.clear()
        kind = "first classification" if first else "later classification"
        found = tally.timed(kind, classify, lines, model, cache)
        passes[len(this_classification)] += 1
        tally.count[f"{kind}: lines"] += len(found.live)
        tally.count[f"{kind}: lines dropped"] += len(found.live) - len(found.kept & set(found.live))
        return found

    def counted_decide(lines: Any, final: Any, threshold: float, slack: float) -> Any:
        decided = decide(lines, final, threshold, slack)
        this_classification.append(len(decided) - sum(decided))
        if len(this_classification) > 1 and all(decided):
            tally.count["passes that confirm (drop nothing, after a pass that dropped)"] += 1
        return decided

    def counted_score(lines: Any, layers: Any, cache: Any) -> Any:
        matrix = cache.columns
        new = matrix is None or any(line not in matrix.index for line in lines)
        kind = "scoring with new lines (facts made)" if new else "scoring of known lines"
        tally.count[f"{kind}: lines"] += len(lines)
        return tally.timed(kind, score, lines, layers, cache)

    detect._classify, detect._decide, vector.score_lines = (
        counted_classify,
        counted_decide,
        counted_score,
    )
    try:
        start = time.process_time()
        for text in pages:
            cleaner.clean(text)
        total = time.process_time() - start
    finally:
        detect._classify, detect._decide, vector.score_lines = classify, decide, score
    return tally, passes, total


def per_call_costs(repeat: int) -> dict[str, float]:
    """Microseconds per call: the line facts of a one-line and a five-line page, and a
    scoring of 5, 50 and 200 known lines (best of ``repeat``)."""
    from corpusclean.page import batch, features, vector
    from corpusclean.page.model import load_model

    layers = load_model().arrays()

    def best(call: Callable[[], object], number: int = 1000) -> float:
        return min(timeit.repeat(call, number=number, repeat=repeat)) / number * 1e6

    costs = {
        "line facts, 1 line": best(lambda: batch.page_facts(SMALL_PAGE[:1])),
        "line facts, 5 lines": best(lambda: batch.page_facts(SMALL_PAGE)),
    }
    for copies in (1, 10, 40):
        lines = [f"{line} {k}" for k in range(copies) for line in SMALL_PAGE]
        cache = features.LineFactsCache()
        vector.score_lines(lines, layers, cache)  # the facts, made once
        costs[f"scoring, {len(lines)} known lines"] = best(
            lambda lines=lines, cache=cache: vector.score_lines(lines, layers, cache)
        )
    return costs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", type=Path, help="folder holding scrapinghub/ and readability/")
    parser.add_argument("--mode", choices=("page", "auto"), default="page")
    parser.add_argument("--repeat", type=int, default=5, help="rounds for the per-call costs")
    args = parser.parse_args(argv)
    pages = load_pages(args.devset)
    tally, passes, total = count_rounds(pages, args.mode)
    print(f"{len(pages)} pages, {args.mode} mode, counted pass {total:.3f} s (with timers)")
    for name in sorted(set(tally.count) | set(tally.seconds)):
        seconds = f"{tally.seconds[name]:8.3f} s" if name in tally.seconds else ""
        print(f"  {name:<64}{tally.count[name]:>8}{seconds}")
    made = ", ".join(f"{k}: {v}" for k, v in sorted(passes.items()))
    print(f"  passes a classification made: {made}")
    print(f"per-call costs, best of {args.repeat} (microseconds)")
    for name, micros in per_call_costs(args.repeat).items():
        print(f"  {name:<64}{micros:>8.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
