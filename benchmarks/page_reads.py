"""Which of a page's lines page mode reads after its first scoring, and what reading fewer
could save: the bound on issue #8's "fewer lines read" road.

Usage::

    PYTHONPATH=src python benchmarks/page_reads.py ../shared/devset [--repeat 4] [--margin 20]

A page-mode `Cleaner` cleans every ``<id>/fullpage.txt`` of the dev sets once (as
`benchmarks/page_speed.py` reads them); every call of the page classifier is recorded
(`page_replay.record_calls`), and so is the first round of the evidence detectors on each
document (its blocks, and the document's). Printed, over the documents' first
classifications:

- the non-blank lines scored, and how many (and how many characters) lie before the first
  line kept and after the last one (a page's header and footer: menus, link rows);
- the dropped lines whose final score is below the bar by more than 1, 2 and 4 log-odds,
  and the lines of the document's later classifications that its first one dropped (none
  can be: each later call reads some of the blocks a round kept, so a line dropped in the
  first scoring is never scored again, whatever its margin);
- the blocks the detectors' first round reads, of the document's (what the page classifier
  first kept: `DocumentRun._narrow`);
- the CPU seconds of the lines' facts (`page.batch.page_facts`, the character-bound half of
  the classifier) on all the first calls' lines and on the kept span widened by
  ``--margin`` lines each side: what even an oracle that knew the article's place before
  scoring would save on them (median of ``--repeat`` alternated rounds).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_replay import record_calls
from page_speed import load_pages
from page_stages import _owned

import corpusclean
from corpusclean import run
from corpusclean.page import LineFactsCache, detect
from corpusclean.page.batch import page_facts
from corpusclean.page.model import load_model

# The margins (log-odds under the bar) whose dropped lines are counted.
MARGINS = (1.0, 2.0, 4.0)


@attrs.frozen
class FirstCall:
    """What a document's first classification scored, kept and dropped, in lines."""

    live: list[str]  # the non-blank lines scored, stripped, in order
    kept: list[bool]  # kept (by the model or added back), a flag a line of ``live``
    margins: list[float]  # final score less the bar, a value a line of ``live``

    @property
    def span(self) -> tuple[int, int]:
        """The first and one past the last kept line; (0, 0) when none is kept."""
        kept = [j for j, k in enumerate(self.kept) if k]
        return (kept[0], kept[-1] + 1) if kept else (0, 0)


def first_call(lines: Sequence[str]) -> FirstCall:
    """`page.detect`'s classification of ``lines`` as a document's first call makes it."""
    found = detect._classify(lines, load_model(), LineFactsCache())
    live = [found.text[i] for i in found.live]
    kept = [i in found.kept for i in found.live]
    margins = [score - found.threshold for score in found.final]
    return FirstCall(live, kept, margins)


def scored_again(first: FirstCall, later: Sequence[Sequence[str]]) -> int:
    """The lines of the later calls that the first call dropped (compared by their text:
    a later call's line counts when it occurs more often there than among the kept)."""
    kept = Counter(s for s, k in zip(first.live, first.kept, strict=True) if k)
    found = 0
    for lines in later:
        counts = Counter(s for s in map(str.strip, lines) if s)
        found += sum(max(0, n - kept[s]) for s, n in counts.items())
    return found


def widened(first: FirstCall, margin: int) -> list[str]:
    """The lines of the kept span and ``margin`` lines each side (all of them when none is
    kept: the fallback keeps the best run, which an oracle would not know either)."""
    start, end = first.span
    if start == end:
        return first.live
    return first.live[max(0, start - margin) : end + margin]


def detector_first_rounds(pages: Sequence[str]) -> tuple[int, int]:
    """The blocks of each document's first detector round, and the document's blocks,
    summed over ``pages`` cleaned in page mode."""
    seen: dict[int, tuple[int, int]] = {}
    classify = run.classify_blocks

    def recording(blocks: Any, hits: Any, detectors: Any, facts: Any) -> Any:
        seen.setdefault(id(facts), (len(blocks), len(facts.whole or ())))
        return classify(blocks, hits, detectors, facts)

    cleaner = corpusclean.Cleaner(corpusclean.Config(mode="page"))
    first = whole = 0
    run.classify_blocks = recording  # type: ignore[assignment]
    try:
        for text in pages:
            seen.clear()
            cleaner.clean(text)
            first += sum(n for n, _ in seen.values())
            whole += sum(n for _, n in seen.values())
    finally:
        run.classify_blocks = classify
    return first, whole


def facts_seconds(sets: Sequence[Sequence[Sequence[str]]], repeat: int) -> list[float]:
    """The median CPU seconds of `page_facts` over each set of pages, alternated."""
    spent: list[list[float]] = [[] for _ in sets]
    for _ in range(repeat):
        for lines, out in zip(sets, spent, strict=True):
            out.append(_timed(lambda lines=lines: [page_facts(x) for x in lines if x]))
    return [statistics.median(x) for x in spent]


def _timed(work: Callable[[], object]) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        work()
        return time.process_time() - start
    finally:
        gc.enable()


def _share(part: float, whole: float) -> str:
    return f"{part:,.0f} ({part / whole:.1%})" if whole else f"{part:,.0f}"


def report(documents: Sequence[list[list[str]]], pages: Sequence[str], args: Any) -> list[str]:
    """The table's rows."""
    firsts = [first_call(calls[0]) for calls in documents]
    live = sum(len(f.live) for f in firsts)
    chars = sum(map(len, (s for f in firsts for s in f.live)))
    before = [f.live[: f.span[0]] for f in firsts]
    after = [f.live[f.span[1] :] for f in firsts]
    dropped = [m for f in firsts for m, k in zip(f.margins, f.kept, strict=True) if not k]
    again = sum(scored_again(f, calls[1:]) for f, calls in zip(firsts, documents, strict=True))
    detected, blocks = detector_first_rounds(pages)
    spans = [widened(f, args.margin) for f in firsts]
    every, span = facts_seconds([[f.live for f in firsts], spans], args.repeat)
    rows = [
        f"{len(documents)} documents, {sum(map(len, documents))} classifier calls",
        "| measure | value |",
        "|---|---:|",
        f"| lines scored by the first calls | {live:,} |",
        f"| of them dropped | {_share(len(dropped), live)} |",
        f"| before the first kept line | {_share(sum(map(len, before)), live)} |",
        f"| after the last kept line | {_share(sum(map(len, after)), live)} |",
        f"| characters scored | {chars:,} |",
        "| characters before and after the kept span | "
        f"{_share(sum(len(s) for part in (*before, *after) for s in part), chars)} |",
    ]
    rows += [
        f"| dropped, final score under the bar by more than {m:g} | "
        f"{_share(sum(1 for x in dropped if x < -m), len(dropped))} |"
        for m in MARGINS
    ]
    rows += [
        f"| lines of later calls the first call dropped | {again} |",
        "| blocks of the detectors' first rounds, of the documents' | "
        f"{_share(detected, blocks)} |",
        f"| page_facts CPU s, all lines of the first calls | {every:.3f} |",
        f"| page_facts CPU s, kept span ±{args.margin} lines | {span:.3f} |",
    ]
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", type=Path, help="folder holding scrapinghub/ and readability/")
    parser.add_argument("--repeat", type=int, default=4, help="alternated rounds of page_facts")
    parser.add_argument("--margin", type=int, default=20, help="lines each side of the span")
    args = parser.parse_args(argv)
    pages = load_pages(args.devset)
    # This process's own corpusclean (from PYTHONPATH), whose calls are recorded.
    modules = {name: module for name, module in sys.modules.items() if _owned(name)}
    documents = record_calls(modules, pages)
    print("\n".join(report(documents, pages, args)))


if __name__ == "__main__":
    main()
