"""Time a new Cleaner's first pass over a corpus: what a short run or a fresh worker pays.

Usage::

    python benchmarks/make_corpus.py ../shared/devset/scrapinghub /tmp/corpus.jsonl
    python benchmarks/first_pass.py /tmp/corpus.jsonl [--rounds 3] [--corpora ordinary,ascii]

`benchmarks/speed.py` reports medians of warm passes, after a warm-up pass, so what a
`Cleaner` builds on first use (patterns compiled when a line of a new shape first comes
along) does not show there. Here each round purges the compiled-pattern caches of `re` and
`regex`, builds a new `Cleaner`, and cleans the corpus once (the first pass), then once more
(a warm pass); the medians over rounds of both are printed, in CPU seconds, beside one pass
of ``ftfy.fix_text``.
"""

from __future__ import annotations

import argparse
import gc
import re
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import ftfy
import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speed  # the corpus variants, shared with the speed benchmark


def passes(texts: Sequence[str]) -> tuple[float, float, float]:
    """CPU seconds of building a Cleaner, its first pass, and its second pass."""
    import corpusclean

    re.purge()
    regex.purge()
    gc.collect()
    start = time.process_time()
    cleaner = corpusclean.Cleaner()
    built = time.process_time()
    for text in texts:
        cleaner.clean(text)
    first = time.process_time()
    for text in texts:
        cleaner.clean(text)
    second = time.process_time()
    return built - start, first - built, second - first


def ftfy_pass(texts: Sequence[str]) -> float:
    start = time.process_time()
    for text in texts:
        ftfy.fix_text(text)
    return time.process_time() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSON lines with a 'text' field")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, each with a new Cleaner")
    parser.add_argument("--corpora", default="ordinary,ascii", help="ordinary, dirty, ascii")
    parser.add_argument("--seed", type=int, default=13, help="seed of the dirty variant")
    args = parser.parse_args(argv)
    texts = speed.load_corpus(args.corpus)
    variants = {
        "ordinary": lambda: texts,
        "dirty": lambda: speed.make_dirty(texts, args.seed),
        "ascii": lambda: speed.make_ascii(texts),
    }
    print(f"{'corpus':<10}{'Cleaner()':>11}{'1st pass':>10}{'2nd pass':>10}{'ftfy':>8}")
    for name in (n.strip() for n in args.corpora.split(",") if n.strip()):
        corpus = variants[name]()
        ftfy_pass(corpus)  # ftfy's own first use, outside the timing
        rounds = [(*passes(corpus), ftfy_pass(corpus)) for _ in range(args.rounds)]
        medians = [statistics.median(column) for column in zip(*rounds, strict=True)]
        cells = zip(medians, (11, 10, 10, 8), strict=True)
        print(f"{name:<10}" + "".join(f"{m:>{w}.3f}" for m, w in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
