"""Page mode's extra removals on extracted text, and where the page classifier's drops fall.

Usage::

    python benchmarks/page_head_eval.py PAGES.jsonl [--labels FILE] [--max-head 6]
        [--margin -2.0]

For a real-pages set (`benchmarks/real_pages.py`: the pages and their per-line labels), each
page is cleaned in auto mode and in page mode. The report gives the lines page mode removes
and auto mode keeps, as junk or content, by the rule that removed them; then the lines the
page classifier drops when it reads what auto mode kept (`page.classify_page_lines`, at the
lowered bar of non-page input), by region: the *head* (after the first kept line and above
the first prose line, `text.PROSE_MIN_WORDS` tokens), the *body* and the *tail* (below the
last prose line), and the head again with two bars: the first prose line at most
``--max-head`` kept lines down, and a margin of at most ``--margin`` log-odds under the bar.
Made for issue #12 (is a subset of page mode's extra removals precise enough for auto
mode?); see `docs/benchmarks.md`, "The page classifier on extracted text".
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import attrs
from real_pages import LABELS, line_fates, line_key

import corpusclean
from corpusclean.page import classify_page_lines
from corpusclean.text import PROSE_MIN_WORDS, tokens


def region(index: int, prose: list[int]) -> str:
    """Where a kept line stands: head, body or tail (or no prose at all)."""
    if not prose:
        return "no prose"
    if index < prose[0]:
        return "first line" if index == 0 else "head"
    return "tail" if index > prose[-1] else "body"


def page_rows(text: str, labels: list[str], auto: corpusclean.Cleaner, page: corpusclean.Cleaner):
    """(label, page-mode rule or None, region, margin, first prose index) per auto-kept line."""
    fates_auto, fates_page = line_fates(text, auto), line_fates(text, page)
    kept = [
        (line, label)
        for (line, fate, _), label in zip(fates_auto, labels, strict=True)
        if fate == "kept"
    ]
    verdicts = classify_page_lines([line for line, _ in kept])
    prose = [i for i, (line, _) in enumerate(kept) if len(tokens(line)) >= PROSE_MIN_WORDS]
    extra = [
        (label, rule)
        for (_, fate_a, _), (_, fate_p, rule), label in zip(
            fates_auto, fates_page, labels, strict=True
        )
        if fate_a == "kept" and fate_p == "removed"
    ]
    dropped = [
        (label, region(i, prose), v.score, prose[0] if prose else None)
        for i, ((_, label), v) in enumerate(zip(kept, verdicts, strict=True))
        if not v.keep
    ]
    return extra, dropped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--max-head", type=int, default=6)
    parser.add_argument("--margin", type=float, default=-2.0)
    args = parser.parse_args()
    labelled = {p["url"]: p for p in json.loads(args.labels.read_text(encoding="utf-8"))["pages"]}
    auto = corpusclean.Cleaner(corpusclean.Config())
    page = corpusclean.Cleaner(attrs.evolve(corpusclean.Config(), mode="page"))
    extra: Counter[tuple[str, str]] = Counter()
    where: Counter[tuple[str, str]] = Counter()
    for raw in args.pages.read_text(encoding="utf-8").splitlines():
        record = json.loads(raw)
        meta = labelled.get(record["url"])
        if meta is None:
            continue
        lines = [item["label"] for item in meta["lines"]]
        fates = line_fates(record["text"], auto)
        if [line_key(line) for line, _, _ in fates] != [item["sha1"] for item in meta["lines"]]:
            continue  # a stale copy: `real_pages.py` reports it
        rows, dropped = page_rows(record["text"], lines, auto, page)
        extra.update((label, str(rule)) for label, rule in rows)
        for label, part, margin, first in dropped:
            where[label, part] += 1
            if part == "head" and first is not None and first <= args.max_head:
                where[label, f"head, first prose <= {args.max_head}"] += 1
                if margin <= args.margin:
                    where[label, f"... and margin <= {args.margin:+.1f}"] += 1
    print("| page mode's extra removals, by rule | junk | content |\n|---|---:|---:|")
    for rule in sorted({r for _, r in extra}):
        print(f"| {rule} | {extra['junk', rule]} | {extra['content', rule]} |")
    print("\n| classifier drops on auto's output, by region | junk | content |\n|---|---:|---:|")
    head = (f"head, first prose <= {args.max_head}", f"... and margin <= {args.margin:+.1f}")
    for part in ("first line", "head", *head, "body", "tail", "no prose"):
        print(f"| {part} | {where['junk', part]} | {where['content', part]} |")


if __name__ == "__main__":
    main()
