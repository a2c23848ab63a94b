"""Clean page texts built around a headline and an article's end, and report what went.

Usage::

    python benchmarks/structure_probe.py [--file structure17] [--mode auto] [--details]

``benchmarks/data/precision/<file>.json`` holds ``documents``: page texts written for the probe
(no real page text) in the shapes where the cleaner removed article content on real pages: a
headline under a breadcrumb, a site tagline or its own second copy; an article ending in a list
of names, honours or results, then a closing paragraph and a one-line ending; navigation lines
over a headline. Every line is labelled ``content`` (must stay), ``junk`` or ``dek`` (a
standfirst under the headline, which `standfirst` removes by design; reported apart).

Each document is cleaned with the default `Config` (``mode`` as given) and each line's fate
read as `real_pages.py` reads it. Of identical lines labelled ``content`` and ``junk`` (a
headline printed twice), either may go: the report counts a content line lost only when no
copy of it stays. The report gives, per shape and in all, content lines removed (by rule),
junk lines removed and deks removed.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from real_pages import line_fates

import corpusclean

DATA_DIR = Path(__file__).parent / "data" / "precision"


def score(doc: dict[str, object], cleaner: corpusclean.Cleaner) -> list[tuple[str, str, str, str]]:
    """(label, fate, rule, text) per line, a lost content line swapped with a removed copy."""
    lines = [(str(label), str(text)) for label, text in doc["lines"]]  # type: ignore[attr-defined]
    fates = line_fates("\n".join(text for _, text in lines), cleaner)
    out = [
        (label, fate, rule or "-") for (label, _), (_, fate, rule) in zip(lines, fates, strict=True)
    ]
    for i, (label, fate, _) in enumerate(out):
        if label == "content" and fate != "kept":
            twin = [
                j
                for j, (lab, f, _) in enumerate(out)
                if lab == "junk" and f == "kept" and lines[j][1] == lines[i][1]
            ]
            if twin:
                j = twin[0]
                out[i], out[j] = (label, "kept", "-"), ("junk", fate, out[i][2])
    return [(*fate, text) for fate, (_, text) in zip(out, lines, strict=True)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--file", default="structure17", help="name in benchmarks/data/precision")
    parser.add_argument("--mode", default="auto", help="Config.mode for the cleaner")
    parser.add_argument("--details", action="store_true", help="each content line removed")
    args = parser.parse_args()
    data = json.loads((DATA_DIR / f"{args.file}.json").read_text("utf-8"))
    cleaner = corpusclean.Cleaner(corpusclean.Config(mode=args.mode))
    total: Counter[tuple[str, str]] = Counter()
    rules: Counter[str] = Counter()
    print("| shape | docs | content removed | junk removed | deks removed |")
    print("|---|---|---|---|---|")
    by_shape: dict[str, Counter[tuple[str, str]]] = {}
    for doc in data["documents"]:
        shape = by_shape.setdefault(doc["shape"], Counter())
        shape["docs", ""] += 1
        for label, fate, rule, text in score(doc, cleaner):
            removed = "removed" if fate != "kept" else "kept"
            shape[label, removed] += 1
            if label == "content" and fate != "kept":
                rules[rule] += 1
                if args.details:
                    print(f"  LOST {doc['name']}: {rule} ({fate}) {text[:70]!r}")
    for name, c in sorted(by_shape.items()):
        total.update(c)
        cells = [
            f"{c[lab, 'removed']}/{c[lab, 'removed'] + c[lab, 'kept']}"
            for lab in ("content", "junk", "dek")
        ]
        print(f"| {name} | {c['docs', '']} | " + " | ".join(cells) + " |")
    cells = [
        f"{total[lab, 'removed']}/{total[lab, 'removed'] + total[lab, 'kept']}"
        for lab in ("content", "junk", "dek")
    ]
    print(f"| all | {total['docs', '']} | " + " | ".join(cells) + " |")
    print(
        "content removed by rule: "
        + (", ".join(f"{r} {n}" for r, n in rules.most_common()) or "none")
    )


if __name__ == "__main__":
    main()
