"""Evaluate page mode (corpusclean.page) on the devset's fullpage and lenient inputs.

Usage: python benchmarks/page_eval.py DEVSET_DIR [--worst N]

Prints token P/R/F1 (the benchmark's metric: per-page bags of \\w+ tokens, mean P and mean R,
F1 of the means) and the number of empty outputs. The shipped model was trained on this
devset, so these numbers are in-sample; held-out numbers come from
scripts/train_page_model.py, which cross-validates by site.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from corpusclean.page import classify_page_lines, looks_like_page

WORD = re.compile(r"\w+")


def page_scores(output: list[str], gold: str) -> tuple[float, float, bool]:
    """Token-bag precision and recall of one page, and whether the output is empty."""
    out = Counter(t for s in output for t in WORD.findall(s))
    ref = Counter(WORD.findall(gold))
    overlap = sum((out & ref).values())
    p = overlap / sum(out.values()) if out else 0.0
    r = overlap / sum(ref.values()) if ref else 0.0
    return p, r, not out


def evaluate(devset: Path, kind: str, worst: int) -> None:
    ps, rs, empty, detected, rows = [], [], 0, 0, []
    for raw in (devset / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        ident = json.loads(raw)["id"]
        gold = (devset / ident / "gold.txt").read_text(encoding="utf-8")
        text = (devset / ident / f"{kind}.txt").read_text(encoding="utf-8")
        lines = [" ".join(s.split()) for s in text.split("\n")]
        verdicts = classify_page_lines(lines)
        p, r, e = page_scores([s for s, v in zip(lines, verdicts, strict=True) if v.keep], gold)
        ps.append(p)
        rs.append(r)
        empty += e
        detected += looks_like_page(lines)
        rows.append((min(p, r), p, r, ident))
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(
        f"{kind:9s} P {p:.3f} R {r:.3f} F1 {f:.3f} empty {empty}/{len(ps)} "
        f"looks_like_page {detected}/{len(ps)}"
    )
    for _, p, r, ident in sorted(rows)[:worst]:
        print(f"   worst: P {p:.2f} R {r:.2f} {ident}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("devset", type=Path)
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages per input")
    args = ap.parse_args()
    devset = args.devset
    if not (devset / "manifest.jsonl").exists():
        devset = devset / "scrapinghub"
    for kind in ("fullpage", "lenient"):
        evaluate(devset, kind, args.worst)


if __name__ == "__main__":
    main()
