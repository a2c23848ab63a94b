"""The detectors stage alone: CPU time per evidence detector, first round and later rounds.

Usage::

    python benchmarks/detect_stage.py --corpus CORPUS.jsonl [--variant ascii|ordinary]
    python benchmarks/detect_stage.py ../shared/devset --mode page|auto [--repeat 10]

One pass of `Cleaner.clean` records every call of `detect.classify_blocks` (a round's
blocks, their rule hits, and what the document's `Facts` knew of the page then); the
recorded rounds are then replayed ``--repeat`` times, each document with a fresh `Facts`
(so every round computes what it computed in the pass), under `time.process_time`. The
table gives, per detector, its CPU ms a pass in the first round of a document (where the
block facts are found) and in the later rounds (where most are read back), and how many
rounds it changed a verdict in; the scopes (`detect.scopes.apply_scopes`) are one row.
The stage's total holds the per-detector timers' own cost (two clock reads a detector a
round); to compare two versions of the stage, time whole `classify_blocks` calls instead.

Why replay: on this shared machine (issue #8) the whole pass varies by 10 to 20 % from run
to run; the stage alone, timed on the same recorded rounds many times, resolves a few per
cent, which is the size of what a change to one detector saves. `Facts.twins` (the
duplicate detector's candidates, found by the first detector that asks) is counted where it
is asked, as in the pass.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_speed import add_input_arguments, chosen_input

#: One recorded document: its language, its blocks as segmented, and its rounds (the
#: blocks, the rule hits, whether it is page text, the blocks `Facts` was narrowed to).
Recorded = tuple[Any, Any, list[tuple[list[Any], list[Any], bool, Any]]]


def record(cleaner: Any, texts: Sequence[str]) -> list[Recorded]:
    """Every round of one pass of ``cleaner`` over ``texts``, by document."""
    import corpusclean.run as run

    documents: list[Recorded] = []
    seen: set[int] = set()
    classify = run.classify_blocks

    def recording(blocks: Any, hits: Any, detectors: Any, facts: Any) -> Any:
        if id(facts) not in seen:  # the facts live as long as their document's run
            seen.add(id(facts))
            documents.append((facts.language, facts.whole, []))
        # `_document` is what `Facts.narrow` left: the blocks `twins` is found among.
        documents[-1][2].append((list(blocks), list(hits), facts.page_text, facts._document))
        return classify(blocks, hits, detectors, facts)

    run.classify_blocks = recording
    try:
        for text in texts:
            seen.clear()
            cleaner.clean(text)
    finally:
        run.classify_blocks = classify
    return documents


def replay(documents: Sequence[Recorded], detectors: Sequence[Callable[..., None]]) -> Counter[str]:
    """CPU seconds of one replay, by "name first" / "name later", and "stage"."""
    from corpusclean.detect import scopes
    from corpusclean.detect.facts import Facts

    spent: Counter[str] = Counter()
    clock = time.process_time
    named = [(mark.__module__.rsplit(".", 1)[-1], mark) for mark in detectors]
    for language, whole, rounds in documents:
        facts = Facts(language, whole)
        for number, (blocks, hits, page_text, document) in enumerate(rounds):
            facts.page_text = page_text
            if document is not None:
                facts.narrow(document)
            when = "first" if number == 0 else "later"
            start = clock()
            with facts.round(blocks):
                verdicts = scopes.apply_scopes(blocks, hits, facts)
                spent[f"scopes {when}"] += clock() - start
                for name, mark in named:
                    began = clock()
                    mark(blocks, verdicts, facts)
                    spent[f"{name} {when}"] += clock() - began
            spent["stage"] += clock() - start
    return spent


def fired(documents: Sequence[Recorded], detectors: Sequence[Callable[..., None]]) -> Counter[str]:
    """How many rounds each detector changed a verdict in."""
    from corpusclean.detect import scopes
    from corpusclean.detect.facts import Facts

    changed: Counter[str] = Counter()
    for language, whole, rounds in documents:
        facts = Facts(language, whole)
        for blocks, hits, page_text, document in rounds:
            facts.page_text = page_text
            if document is not None:
                facts.narrow(document)
            with facts.round(blocks):
                verdicts = scopes.apply_scopes(blocks, hits, facts)
                for mark in detectors:
                    before = list(verdicts)
                    mark(blocks, verdicts, facts)
                    changed[mark.__module__.rsplit(".", 1)[-1]] += before != verdicts
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_input_arguments(parser)
    parser.add_argument("--repeat", type=int, default=10, help="replays (medians are shown)")
    args = parser.parse_args(argv)
    texts, cleaner, label = chosen_input(parser, args)
    cleaner.clean(texts[0])  # compiles the patterns
    documents = record(cleaner, texts)
    rounds = sum(len(r) for _, _, r in documents)
    changed = fired(documents, cleaner.detectors)
    passes = [replay(documents, cleaner.detectors) for _ in range(args.repeat)]

    def ms(key: str) -> float:
        return 1000 * statistics.median(p[key] for p in passes)

    print(f"{label}: {len(documents)} documents, {rounds} rounds, median of {args.repeat}")
    print(f"stage {ms('stage'):.1f} CPU ms a pass")
    print(f"{'':14} {'first ms':>9} {'later ms':>9} {'rounds changed':>15}")
    names = ["scopes", *(m.__module__.rsplit(".", 1)[-1] for m in cleaner.detectors)]
    for name in sorted(names, key=lambda n: -ms(f"{n} first") - ms(f"{n} later")):
        shown = changed[name] if name != "scopes" else "-"
        print(f"{name:14} {ms(f'{name} first'):9.2f} {ms(f'{name} later'):9.2f} {shown:>15}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
