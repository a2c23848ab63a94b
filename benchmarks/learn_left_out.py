"""How many of the evaluation's learned lines a built-in rule already removes (left out).

    python benchmarks/learn_left_out.py ../shared/devset [--seeds 1 2 3]

Builds the corpora of `learn_eval.py` (whole-page chrome and a scraper's leftovers, six
chrome sites, each seed) and learns from each with the defaults; prints, per corpus, the
lines that qualify, how many are left out because a built-in ``line`` rule removes them
(`corpusclean.learn.left_out_rules`), and the built-in rules that do it most.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from learn_eval import _pages, build_corpus

from corpusclean.learn import LearnSettings, learn_documents

SITES = 6
VARY = 0.1
SHOWN_RULES = 6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", type=Path, help="the dev set folder (holds scrapinghub/)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args()
    pages = _pages(args.devset / "scrapinghub")
    print("| chrome | seed | lines that qualify | left out | rules written | left out by |")
    print("|---|---:|---:|---:|---:|---|")
    for kind in ("fullpage", "lenient"):
        for seed in args.seeds:
            documents = build_corpus(pages, SITES, VARY, seed, kind)
            learned = learn_documents(
                lambda documents=documents: ((d["source"], {}, d["text"]) for d in documents),
                LearnSettings(sketch_width=1 << 16),
            )
            left = learned.left_out
            by = Counter(item.covered_by for item in left).most_common(SHOWN_RULES)
            names = ", ".join(f"`{name}` {count}" for name, count in by)
            total = len(learned.rules) + len(left)
            print(f"| {kind} | {seed} | {total} | {len(left)} | {len(learned.rules)} | {names} |")


if __name__ == "__main__":
    main()
