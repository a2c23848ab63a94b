"""Whether cleaning the output again changes it, on every dev-set text and mode.

Usage::

    python benchmarks/idempotence.py ../shared/devset [--modes article,auto,page]

The property tests draw their documents; this runs the real ones: every ``lenient.txt``,
``fullpage.txt`` and ``gold.txt`` of the dev sets, cleaned, then its rendered output cleaned
again. A document whose second output differs from its first is listed with what the second
clean removed. Exit status 1 when any does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import corpusclean
from corpusclean import Config

INPUTS = ("lenient", "fullpage", "gold")


def texts(devset: Path) -> list[tuple[str, str]]:
    """(label, text) of every dev-set input, in a stable order."""
    found = []
    for path in sorted(devset.glob("*/*/*.txt")):
        if path.stem in INPUTS:
            label = f"{path.parent.parent.name}/{path.parent.name}/{path.stem}"
            found.append((label, path.read_text(encoding="utf-8")))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", type=Path)
    parser.add_argument("--modes", default="article,auto,page")
    args = parser.parse_args()
    documents = texts(args.devset)
    if not documents:
        parser.error(f"no lenient/fullpage/gold texts under {args.devset}")
    changed = 0
    for mode in args.modes.split(","):
        cleaner = corpusclean.Cleaner(Config(mode=mode))
        differ = []
        for label, text in documents:
            first = cleaner.clean(text)
            second = cleaner.clean(first.render())
            if (second.title, second.paragraphs) != (first.title, first.paragraphs):
                differ.append((label, second))
        print(f"{mode:8s} {len(differ):4d} of {len(documents)} outputs change when cleaned again")
        for label, second in differ:
            print(f"  {label}")
            for removal in second.removed:
                print(f"    {removal.rule}: {removal.text[:90]!r}")
        changed += len(differ)
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
