"""Whether cleaning the output again changes it, on every dev-set text and mode.

Usage::

    python benchmarks/idempotence.py ../shared/devset [--modes article,auto,page]
        [--pages PAGES.jsonl ...]

The property tests draw their documents; this runs the real ones: every ``lenient.txt``,
``fullpage.txt`` and ``gold.txt`` of the dev sets (and the ``text`` of each line of the
``--pages`` files, if given), cleaned, then its rendered output cleaned again. A document
whose second output differs from its first is listed with what the second clean removed.
Exit status 1 when any does.

Under ``Config.language="auto"`` (the default) each document's language is identified
from its own lines, and the output's lines are fewer: it also counts the documents whose
output is identified as another language than their input (``metadata["detected_language"]``,
absent when none won), and how many of those change when cleaned again (issue #12).
"""

from __future__ import annotations

import argparse
import json
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


def page_texts(paths: list[Path]) -> list[tuple[str, str]]:
    """(label, text) of every line of these JSON-lines files (a ``text`` field each)."""
    found = []
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for at, line in enumerate(lines):
                if line.strip():
                    found.append((f"{path.stem}/{at}", json.loads(line)["text"]))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", type=Path)
    parser.add_argument("--modes", default="article,auto,page")
    parser.add_argument("--pages", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    documents = texts(args.devset) + page_texts(args.pages)
    if not documents:
        parser.error(f"no lenient/fullpage/gold texts under {args.devset}")
    changed = 0
    for mode in args.modes.split(","):
        cleaner = corpusclean.Cleaner(Config(mode=mode))
        differ = []
        moved = []
        for label, text in documents:
            first = cleaner.clean(text)
            second = cleaner.clean(first.render())
            same = (second.title, second.paragraphs) == (first.title, first.paragraphs)
            if not same:
                differ.append((label, second))
            was = first.metadata.get("detected_language")
            now = second.metadata.get("detected_language")
            if was != now:
                moved.append((label, was, now, same))
        print(f"{mode:8s} {len(differ):4d} of {len(documents)} outputs change when cleaned again")
        for label, second in differ:
            print(f"  {label}")
            for removal in second.removed:
                print(f"    {removal.rule}: {removal.text[:90]!r}")
        moved_changed = sum(not same for *_, same in moved)
        print(
            f"{mode:8s} {len(moved):4d} of {len(documents)} outputs identified as another "
            f"language than their input; {moved_changed} of them change when cleaned again"
        )
        for label, was, now, same in moved:
            print(f"  {label}: {was} -> {now}{'' if same else '  (changed)'}")
        changed += len(differ)
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
