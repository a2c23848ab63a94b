"""The detectors stage alone: CPU time per evidence detector, first round and later rounds.

Usage::

    python benchmarks/detect_stage.py --corpus CORPUS.jsonl [--variant ascii|ordinary]
    python benchmarks/detect_stage.py ../shared/devset --mode page|auto [--repeat 10]
    python benchmarks/detect_stage.py --corpus CORPUS.jsonl --facts   # and each fact's share

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

With ``--facts``, a further table: CPU ms a pass spent computing each block fact
(`Facts.of`, `Facts.each`) and each document value (`Facts.once`), first round and later
rounds, and how many calls computed it (a reader of lines, `Facts.of_scope`, and a round's
value, `Facts.of_round`, too); the look-ups that find a fact kept are not counted.
Each is its own time (a value that asks another fact is charged without it), less the
timer's own cost a call (measured on a fact that does nothing, and shown). It says what a
change to the detectors' per-line work could save at most: a fact shared by several
detectors, or a cheaper test, saves part of its row, never more (issue #8).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
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


def replayed_rounds(
    documents: Sequence[Recorded], make_facts: Callable[[Any, Any], Any] | None = None
) -> Iterator[tuple[int, Any, Any, Any]]:
    """Each recorded round, as the run gives it to the detectors: its number in the document,
    the document's facts (one a document, made by ``make_facts``, `Facts` by default) with the
    round's page flag and scope set, the round's blocks and their rule hits; the round is open
    (`Facts.round`) while the caller reads it."""
    from corpusclean.detect.facts import Facts

    make = make_facts or Facts
    for language, whole, rounds in documents:
        facts = make(language, whole)
        for number, (blocks, hits, page_text, document) in enumerate(rounds):
            facts.page_text = page_text
            if document is not None:
                facts.narrow(document)
            with facts.round(blocks):
                yield number, facts, blocks, hits


def replay(documents: Sequence[Recorded], detectors: Sequence[Callable[..., None]]) -> Counter[str]:
    """CPU seconds of one replay, by "name first" / "name later", and "stage"."""
    from corpusclean.detect import scopes

    spent: Counter[str] = Counter()
    clock = time.process_time
    named = [(mark.__module__.rsplit(".", 1)[-1], mark) for mark in detectors]
    for number, facts, blocks, hits in replayed_rounds(documents):
        when = "first" if number == 0 else "later"
        start = clock()
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

    changed: Counter[str] = Counter()
    for _number, facts, blocks, hits in replayed_rounds(documents):
        verdicts = scopes.apply_scopes(blocks, hits, facts)
        for mark in detectors:
            before = list(verdicts)
            mark(blocks, verdicts, facts)
            changed[mark.__module__.rsplit(".", 1)[-1]] += before != verdicts
    return changed


class TimedFacts:
    """Makes `Facts` whose fact and value computations are timed (`--facts`).

    A subclass of the library's `Facts` made on first use (the benchmark imports the library
    late, as `record` does): each block fact or document value it is asked for is wrapped once
    a document, and the wrapper, not the function, is the key of its store, so each is still
    computed once and looked up after, as in the pass.
    """

    def __init__(self) -> None:
        from corpusclean.detect.facts import Facts

        #: CPU seconds by "name first" / "name later" (own time, the timer's cost included),
        #: and the calls that computed each.
        self.spent: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self.when = "first"
        # The time charged so far to the calls in progress' children, innermost last.
        self._children: list[float] = []
        timing = self

        class Timed(Facts):
            def __init__(self, language: Any, document: Any) -> None:
                super().__init__(language, document)
                self._timed: dict[Any, Any] = {}

            def _wrapped(self, function: Any) -> Any:
                timed = self._timed.get(function)
                if timed is None:
                    timed = self._timed[function] = timing.wrap(function)
                return timed

            def of(self, fact: Any, block: Any) -> Any:
                return super().of(self._wrapped(fact), block)

            def _find(self, fact: Any, blocks: Any) -> Any:
                return super()._find(self._wrapped(fact), blocks)

            def once(self, value: Any) -> Any:
                return super().once(self._wrapped(value))

            def of_scope(self, reader: Any, blocks: Any) -> Any:
                return super().of_scope(self._wrapped(reader), blocks)

            def of_round(self, value: Any, blocks: Any) -> Any:
                return super().of_round(self._wrapped(value), blocks)

        self.facts = Timed

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        """``function``, charging its own CPU time to its name."""
        module = getattr(function, "__module__", "") or ""
        name = f"{module.rsplit('.', 1)[-1]}.{getattr(function, '__qualname__', function)}"
        clock, children = time.process_time, self._children

        def timed(*args: Any) -> Any:
            children.append(0.0)
            start = clock()
            try:
                return function(*args)
            finally:
                spent = clock() - start
                own = spent - children.pop()
                if children:
                    children[-1] += spent
                key = f"{name} {self.when}"
                self.spent[key] += own
                self.calls[key] += 1

        return timed

    def timer_cost(self, calls: int = 20000) -> float:
        """The CPU seconds a call of a fact that does nothing is charged: the timer's own."""
        saved = self.spent, self.calls
        self.spent, self.calls = Counter(), Counter()
        nothing = self.wrap(lambda: None)
        for _ in range(calls):
            nothing()
        cost = sum(self.spent.values()) / calls
        self.spent, self.calls = saved
        return cost


def fact_replay(
    documents: Sequence[Recorded], detectors: Sequence[Callable[..., None]]
) -> TimedFacts:
    """One replay with every fact and value timed (`TimedFacts`)."""
    from corpusclean.detect import scopes

    timing = TimedFacts()
    for number, facts, blocks, hits in replayed_rounds(documents, timing.facts):
        timing.when = "first" if number == 0 else "later"
        verdicts = scopes.apply_scopes(blocks, hits, facts)
        for mark in detectors:
            mark(blocks, verdicts, facts)
    return timing


def print_facts(documents: Sequence[Recorded], detectors: Any, repeat: int) -> None:
    """The `--facts` table: each fact's own CPU ms a pass (median of ``repeat`` replays,
    less the timer's cost a call), first round and later, and its computing calls."""
    timings = [fact_replay(documents, detectors) for _ in range(repeat)]
    cost = statistics.median(timing.timer_cost() for timing in timings[:3])
    names = sorted({key.rsplit(" ", 1)[0] for timing in timings for key in timing.spent})

    def ms(name: str, when: str) -> float:
        key = f"{name} {when}"
        calls = timings[0].calls[key]
        return 1000 * (statistics.median(t.spent[key] for t in timings) - calls * cost)

    print(f"facts: own CPU ms a pass, the timer's {cost * 1e6:.2f} µs a call taken off")
    print(f"{'':44} {'first ms':>9} {'calls':>6} {'later ms':>9} {'calls':>6}")
    total = {"first": 0.0, "later": 0.0}
    for name in sorted(names, key=lambda n: -ms(n, "first") - ms(n, "later")):
        first, later = ms(name, "first"), ms(name, "later")
        total["first"] += first
        total["later"] += later
        calls = timings[0].calls
        print(
            f"{name[:44]:44} {first:9.2f} {calls[name + ' first']:6d} "
            f"{later:9.2f} {calls[name + ' later']:6d}"
        )
    print(f"{'all facts':44} {total['first']:9.2f} {'':6} {total['later']:9.2f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_input_arguments(parser)
    parser.add_argument("--repeat", type=int, default=10, help="replays (medians are shown)")
    parser.add_argument(
        "--facts", action="store_true", help="also each block fact's and value's own time"
    )
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
    # One row a module: two detectors of one module (captions, standfirst) share a key.
    names = sorted({"scopes", *(m.__module__.rsplit(".", 1)[-1] for m in cleaner.detectors)})
    for name in sorted(names, key=lambda n: -ms(f"{n} first") - ms(f"{n} later")):
        shown = changed[name] if name != "scopes" else "-"
        print(f"{name:14} {ms(f'{name} first'):9.2f} {ms(f'{name} later'):9.2f} {shown:>15}")
    if args.facts:
        print_facts(documents, cleaner.detectors, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
