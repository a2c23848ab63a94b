"""Count the verdict rounds of each settle, and what the rounds after the first change.

Usage::

    python benchmarks/verdict_rounds.py ../shared/devset [--mode page|auto]
    python benchmarks/verdict_rounds.py --corpus CORPUS.jsonl [--variant ascii|ordinary]

The inputs are those of `benchmarks/page_profile.py`: the dev set's full pages in
``--mode``, or with ``--corpus`` the documents of a speed corpus in its ``--variant``, in
the library's default mode (the article path). One warm pass, then one counted pass.

What it answers (issue #8, rounds38): `DocumentRun._settle` classifies its blocks round
after round until a round removes nothing. A round after the first reads the blocks the
round before kept; it *changes nothing* when every block it reads gets the verdict (keep or
not, rule, reason, certainty) it had in the round before. For those rounds it counts what
the round before removed (the rule of each removed block, or "duplicate", and where it
stood among that round's blocks: the first fifth, the last fifth, between), and for the
others the rules of the verdicts that moved. Then the CPU time of the first and of the later
`DocumentRun.verdicts` and `DocumentRun.remove_duplicates` calls of a document (timers,
with their overhead), and of `DocumentRun._match` (the rules' matching, the document's
keywords found on its first call; in auto mode that call may be the page test's, outside
`verdicts`): nearly all of `verdicts` outside the context pass and the detectors
(`classify_blocks`) is this matching (settle40, sampled: about 0.10 of 0.11 s of an ASCII
speed corpus pass, 0.20 of 0.20 s of a page-mode pass of the dev full pages).
It wraps private names of `corpusclean.run` (``Round``, ``_settle``, ``_match``) for the
counted pass: a measuring tool, not an interface; the outputs do not change.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_speed import add_input_arguments, chosen_texts

# The share of a round's blocks at either end reported as its head and its tail.
END_SHARE = 0.2


def _verdict_key(verdict: Any) -> tuple[Any, ...]:
    return (verdict.keep, verdict.rule, verdict.reason, verdict.certain)


def _where(index: int, count: int) -> str:
    if index < count * END_SHARE:
        return "head"
    return "tail" if index >= count * (1 - END_SHARE) else "middle"


class RoundCounter:
    """What the rounds after each settle's first changed, and what came before them."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.removed_before_same: Counter[str] = Counter()
        self.where_before_same: Counter[str] = Counter()
        self.moved_to: Counter[str] = Counter()

    def settled(self, rounds: Sequence[Any], allow_ambiguous: bool) -> None:
        """Count one settle's rounds (`run.Round` values, the first given or decided)."""
        stage = "ambiguous" if allow_ambiguous else "certain"
        self.counts[f"{stage} settles"] += 1
        for before, after in itertools.pairwise(rounds):
            self.counts[f"{stage} later rounds"] += 1
            had = {
                b.start: _verdict_key(v)
                for b, v in zip(before.blocks, before.verdicts, strict=True)
            }
            moved = [
                v
                for b, v in zip(after.blocks, after.verdicts, strict=True)
                if _verdict_key(v) != had[b.start]
            ]
            if moved:
                self.counts[f"{stage} later rounds that change a verdict"] += 1
                self.moved_to.update(str(v.rule) for v in moved)
                continue
            kept = {b.start for b in after.blocks}
            count = len(before.blocks)
            for index, (block, verdict) in enumerate(
                zip(before.blocks, before.verdicts, strict=True)
            ):
                if block.start not in kept:
                    # A block kept over the budget is one the settle let stay: it went as
                    # a copy if it is gone.
                    judged = not verdict.keep and (allow_ambiguous or verdict.certain)
                    self.removed_before_same[str(verdict.rule) if judged else "duplicate"] += 1
                    self.where_before_same[_where(index, count)] += 1


def _timed(
    function: Callable[..., Any], times: dict[str, float], calls: Counter[str], name: str
) -> Callable[..., Any]:
    def timed(run: Any, *args: Any) -> Any:
        seen = run.__dict__.setdefault("_verdict_rounds_seen", set())
        kind = f"{name} ({'later' if name in seen else 'first'})"
        seen.add(name)
        start = time.process_time()
        try:
            return function(run, *args)
        finally:
            times[kind] = times.get(kind, 0.0) + time.process_time() - start
            calls[kind] += 1

    return timed


def count_pass(cleaner: Any, texts: Sequence[str]) -> tuple[RoundCounter, dict[str, float]]:
    """One pass of ``cleaner`` over ``texts`` with the settles counted and the rounds timed."""
    from corpusclean import run

    counter, rounds = RoundCounter(), []
    times: dict[str, float] = {}
    calls: Counter[str] = Counter()
    saved = (run.Round, run.DocumentRun._settle, run.DocumentRun.verdicts)
    saved_duplicates = run.DocumentRun.remove_duplicates
    saved_match = run.DocumentRun._match

    def round_(blocks: Any, verdicts: Any) -> Any:
        found = saved[0](blocks, verdicts)
        rounds.append(found)
        return found

    def settle(document: Any, blocks: Any, allow_ambiguous: bool, start: Any = None) -> Any:
        mark = len(rounds)
        result = saved[1](document, blocks, allow_ambiguous=allow_ambiguous, start=start)
        mine = rounds[mark:]
        del rounds[mark:]
        counter.settled(mine if start is None else [start, *mine[1:]], allow_ambiguous)
        return result

    run.Round = round_  # type: ignore[misc,assignment]
    run.DocumentRun._settle = settle  # type: ignore[method-assign]
    run.DocumentRun.verdicts = _timed(saved[2], times, calls, "verdicts")  # type: ignore[method-assign]
    run.DocumentRun.remove_duplicates = _timed(  # type: ignore[method-assign]
        saved_duplicates, times, calls, "remove_duplicates"
    )
    run.DocumentRun._match = _timed(saved_match, times, calls, "_match")  # type: ignore[method-assign]
    try:
        start = time.process_time()
        for text in texts:
            cleaner.clean(text)
        times["pass"] = time.process_time() - start
    finally:
        run.Round, run.DocumentRun._settle, run.DocumentRun.verdicts = saved  # type: ignore[misc,method-assign]
        run.DocumentRun.remove_duplicates = saved_duplicates  # type: ignore[method-assign]
        run.DocumentRun._match = saved_match  # type: ignore[method-assign]
    counter.counts.update({f"calls: {kind}": n for kind, n in calls.items()})
    return counter, times


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_input_arguments(parser)
    parser.add_argument("--top", type=int, default=15, help="rules listed")
    args = parser.parse_args(argv)
    texts, mode, label = chosen_texts(parser, args)
    import corpusclean

    config = corpusclean.Config() if mode is None else corpusclean.Config(mode=mode)
    cleaner = corpusclean.Cleaner(config)
    for text in texts:  # warm: the rules' plans and the page model
        cleaner.clean(text)
    counter, times = count_pass(cleaner, texts)
    print(f"{label}, {len(texts)} documents, one counted pass")
    for name, count in sorted(counter.counts.items()):
        print(f"  {name}: {count}")
    print("  removed by the round before a round that changes nothing:")
    print(
        "    " + ", ".join(f"{r} {n}" for r, n in counter.removed_before_same.most_common(args.top))
    )
    print("    where: " + ", ".join(f"{w} {n}" for w, n in counter.where_before_same.most_common()))
    print("  verdicts moved to (rounds that change one): ")
    print("    " + ", ".join(f"{r} {n}" for r, n in counter.moved_to.most_common(args.top)))
    print("  CPU s (timers, with their overhead):")
    for name, seconds in sorted(times.items()):
        print(f"    {name}: {seconds:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
