"""Train the page-mode line model from the devsets and report by-site cross-validated scores.

Usage: python scripts/train_page_model.py DEVSET_DIR [--out PATH] [--folds N]
    [--sets scrapinghub,readability] [--half A|B] [--second-pass] [--drop FEATURE,...]
    [--drop-context COLUMN,...] [--fold-seed TEXT]

DEVSET_DIR holds the dev sets (``scrapinghub/``, ``readability/``), each a folder with
manifest.jsonl and one folder per page (gold.txt, lenient.txt, fullpage.txt); or it is one
such set. Test fixtures (``"fixture": true``) are left out. Needs numpy (training only;
inference is pure Python). Folds group pages by URL domain (a page without a URL: its id's
stem), so every reported number is on sites never trained on. ``--half`` trains on the
sites of one leave-site-out half only (``benchmarks/quality.py``'s split), to evaluate the
model on the other half. ``--second-pass`` fits the model a second time, on the pages and
on each page as the fitted model's first pass leaves it (the input of page mode's later
passes); tried and not shipped (docs/benchmarks.md, issue 12).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import urllib.parse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from quality import LANG_LABELS, Document, half_of, language_of

from corpusclean.page.context import CONTEXT_NAMES

# The first pass's decision on a page, as page mode makes it (threshold, else the best run).
from corpusclean.page.detect import _decide as first_pass_decisions
from corpusclean.page.detect import classify_with_model
from corpusclean.page.features import FEATURE_NAMES
from corpusclean.page.model import (
    LinearLayer,
    PageModel,
    context_rows,
    prior_features,
    score_lines,
)

WORD = re.compile(r"\w+")
L2 = float(__import__("os").environ.get("PAGE_L2", "1.0"))
THRESHOLDS = [x / 10 for x in range(-20, 21)]
# Lean towards recall: a cleaner that drops article text does more harm than one that keeps
# a stray line, and by-site CV showed -0.2 buys ~0.01 recall for ~0.003 F1.
RECALL_MARGIN = 0.2
# The features an ablation zeroes in training (`--drop`), by position. Dropping `time` or
# `comment_head` drops it from the markers the context columns count in training only: the
# cross-validation classifies with markers made from the lines, so drop the marker columns
# too (`--drop-context markers_before,markers_after,markers_prev10`) to keep them consistent.
DROPPED: list[int] = []
# The context columns an ablation zeroes in training (`--drop-context`), by position in a
# context row (after the own features). A column that is 0 on every training line gets
# weight 0, so at inference it adds nothing whatever its value.
DROPPED_CONTEXT: list[int] = []
# Prefixed to a site's domain before it is hashed to a fold (`--fold-seed`): another seed is
# another split of the same sites, which measures how much a CV score moves by the split
# alone (the fold noise an ablation must beat).
FOLD_SEED = [""]
# The kind of a training page made from a whole page's first-pass survivors.
SECOND_PASS = "second-pass"


class Doc:
    """One devset page: gold text and the non-blank lines of one input kind."""

    def __init__(self, ident: str, domain: str, gold: str, lines: list[str], kind: str):
        self.ident, self.domain, self.gold, self.lines, self.kind = ident, domain, gold, lines, kind
        self.set, self.lang, self.half = "", "en", ""
        self.labels = label_lines(lines, gold)
        self.ntok = [len(WORD.findall(s)) for s in lines]
        self.rows = prior_features(lines)
        for at in DROPPED:  # an ablation: the model gets weight 0 for these features
            for row in self.rows:
                row[at] = 0.0

    @property
    def key(self) -> str:
        return f"{self.kind}/{self.set}/{self.ident}"


def norm(text: str) -> str:
    return " ".join(text.split())


def label_lines(lines: Sequence[str], gold: str) -> list[int]:
    """A line is article if it is a gold paragraph, a long gold substring, or mostly gold words."""
    glines = {norm(x) for x in gold.split("\n") if x.strip()}
    flat = norm(gold)
    bag = Counter(WORD.findall(gold))
    out = []
    for line in lines:
        toks = WORD.findall(line)
        covered = sum(1 for t in toks if bag[t]) / len(toks) if toks else 0.0
        out.append(
            int(
                line in glines
                or (line in flat and len(toks) >= 5)
                or (covered >= 0.9 and len(toks) >= 10)
            )
        )
    return out


def domain_of(url: str) -> str:
    host = urllib.parse.urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


def load(devset: Path, sets: Sequence[str]) -> list[Doc]:
    """The real pages of the named sets under ``devset`` (or of ``devset``, if it is one)."""
    if (devset / "manifest.jsonl").exists():
        return load_set(devset, devset.name)
    return [doc for name in sets for doc in load_set(devset / name, name)]


def load_set(devset: Path, name: str) -> list[Doc]:
    labels = json.loads(LANG_LABELS.read_text("utf-8")) if LANG_LABELS.exists() else {}
    docs = []
    for raw in (devset / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        meta = json.loads(raw)
        if meta.get("fixture"):
            continue
        folder = devset / meta["id"]
        gold = (folder / "gold.txt").read_text(encoding="utf-8")
        domain = domain_of(meta["url"]) if meta.get("url") else re.sub(r"-\d+$", "", meta["id"])
        page = Document(meta["id"], "", {}, meta)
        half, lang = half_of(page), language_of(page, labels)
        for kind in ("fullpage", "lenient"):
            text = (folder / f"{kind}.txt").read_text(encoding="utf-8")
            lines = [norm(s) for s in text.split("\n") if s.strip()]
            doc = Doc(meta["id"], domain, gold, lines, kind)
            doc.set, doc.lang, doc.half = name, lang, half
            docs.append(doc)
    return docs


def line_weights(doc: Doc) -> np.ndarray:
    """Token-share weights: every page counts once, long lines count more, as in the metric."""
    w = np.array([n + 1.0 for n in doc.ntok])
    out: np.ndarray = w / w.sum()
    return out


def fit_lr(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, float]:
    """Weighted L2 logistic regression by Newton steps on standardised features."""
    mean, std = x.mean(0), x.std(0) + 1e-6
    z = np.hstack([(x - mean) / std, np.ones((len(x), 1))])
    beta = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], L2 * w.sum() / len(w))
    reg[-1] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -30, 30)))
        grad = z.T @ (w * (p - y)) + reg * beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    weights = beta[:-1] / std
    return weights, float(beta[-1] - (weights * mean).sum())


# How much a page of each kind counts in training: a whole page fully; an extracted text and
# a page as the fixed point's later passes see it (`second_pass_pages`) half, as evidence of
# how the same lines look once most junk is gone.
KIND_WEIGHTS = {"fullpage": 1.0, "lenient": 0.5, SECOND_PASS: 0.5}


def stack(docs: Sequence[Doc], rows: Sequence[list[list[float]]]) -> tuple[np.ndarray, ...]:
    x = np.array([r for rs in rows for r in rs])
    y = np.array([lab for d in docs for lab in d.labels], dtype=float)
    w = np.concatenate([line_weights(d) * KIND_WEIGHTS[d.kind] for d in docs])
    return x, y, w


def second_pass_pages(docs: Sequence[Doc], model: PageModel) -> list[Doc]:
    """Each whole page as the fixed point's second pass sees it: the lines the first kept.

    Why: page mode re-scores the kept lines until nothing more drops, but a model fitted on
    whole pages only never saw a page with its menus gone, where the context features read
    differently (a page of prose, a teaser list now beside the article); on unspaced scripts
    the second pass dropped most of the article (pixnet: 65 of 79 gold lines).
    """
    out = []
    for d in docs:
        if d.kind != "fullpage":
            continue
        final = score_lines(d.lines, model)[1]
        decided = first_pass_decisions(d.lines, final, model.threshold, 0.0)
        kept = [s for s, keep in zip(d.lines, decided, strict=True) if keep]
        if 2 <= len(kept) < len(d.lines):
            page = Doc(d.ident, d.domain, d.gold, kept, SECOND_PASS)
            page.set, page.lang, page.half = d.set, d.lang, d.half
            out.append(page)
    return out


def train(docs: Sequence[Doc], stages: int, second_pass: bool = False) -> PageModel:
    """Fit the model on the pages; then, with ``second_pass``, fit it again on the pages
    and on the pages as its own first pass leaves them (`second_pass_pages`)."""
    model = fit(docs, stages)
    if not second_pass:
        return model
    return fit([*docs, *second_pass_pages(docs, model)], stages)


def fit(docs: Sequence[Doc], stages: int) -> PageModel:
    """Fit the prior layer on own features, then each context layer on the previous scores."""
    x, y, w = stack(docs, [d.rows for d in docs])
    wt, bias = fit_lr(x, y, w)
    layers = [LinearLayer(wt.tolist(), bias)]
    scores = [layers[0].score(d.rows) for d in docs]
    for _ in range(stages):
        rows = [context_rows(d.rows, sc, d.lines) for d, sc in zip(docs, scores, strict=True)]
        for at in DROPPED_CONTEXT:  # an ablation, as `DROPPED`
            for row in (r for rs in rows for r in rs):
                row[len(FEATURE_NAMES) + at] = 0.0
        x, _, _ = stack(docs, rows)
        wt, bias = fit_lr(x, y, w)
        layers.append(LinearLayer(wt.tolist(), bias))
        scores = [layers[-1].score(r) for r in rows]
    best = max(THRESHOLDS, key=lambda t: threshold_f1(docs, scores, t))
    return PageModel(layers, best - RECALL_MARGIN)


def threshold_f1(docs: Sequence[Doc], scores: Sequence[list[float]], t: float) -> float:
    pairs = zip(docs, scores, strict=True)
    outs = [[s for s, v in zip(d.lines, sc, strict=True) if v >= t] for d, sc in pairs]
    return metric(outs, [d.gold for d in docs])[2]


def metric(outputs: Sequence[Sequence[str]], golds: Sequence[str]) -> tuple[float, ...]:
    """Benchmark metric: mean per-page token-bag P and R, F1 of the means, empty count."""
    ps, rs, empty = [], [], 0
    for out, gold in zip(outputs, golds, strict=True):
        o = Counter(t for s in out for t in WORD.findall(s))
        g = Counter(WORD.findall(gold))
        overlap = sum((o & g).values())
        empty += not o
        ps.append(overlap / sum(o.values()) if o else 0.0)
        rs.append(overlap / sum(g.values()) if g else 0.0)
    p, r = float(np.mean(ps)), float(np.mean(rs))
    return p, r, 2 * p * r / (p + r) if p + r else 0.0, empty


def fold_of(domain: str, folds: int) -> int:
    return int(hashlib.sha1((FOLD_SEED[0] + domain).encode()).hexdigest(), 16) % folds


def cross_validate(
    docs: Sequence[Doc], folds: int, stages: int, second_pass: bool = False
) -> dict[str, list[str]]:
    """Train on the other sites' pages, classify the held-out sites' pages."""
    held: dict[str, list[str]] = {}
    for k in range(folds):
        model = train([d for d in docs if fold_of(d.domain, folds) != k], stages, second_pass)
        for d in docs:
            if fold_of(d.domain, folds) == k:
                verdicts = classify_with_model(d.lines, model)
                pairs = zip(d.lines, verdicts, strict=True)
                held[d.key] = [s for s, v in pairs if v.keep]
        print(f"fold {k}: threshold {model.threshold:+.1f}", file=sys.stderr)
    return held


def report_groups(docs: Sequence[Doc]) -> list[tuple[str, list[Doc]]]:
    """The pages a CV score is reported on: every set, and each set's non-English pages."""
    groups = [("all", list(docs))]
    for name in sorted({d.set for d in docs}):
        groups.append((name, [d for d in docs if d.set == name]))
        other = [d for d in docs if d.set == name and d.lang != "en"]
        if other:
            groups.append((f"{name} not English", other))
    return groups


def to_json(model: PageModel) -> dict[str, Any]:
    def layer(x: LinearLayer) -> dict[str, Any]:
        return {"weights": [round(v, 6) for v in x.weights], "bias": round(x.bias, 6)}

    return {
        "format": 1,
        "features": list(FEATURE_NAMES),
        "context": list(CONTEXT_NAMES),
        "layers": [layer(x) for x in model.layers],
        "threshold": model.threshold,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("devset", type=Path)
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parents[1]
        / "src"
        / "corpusclean"
        / "page"
        / "data"
        / "page_model.json",
    )
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--stages", type=int, default=1, help="number of context layers")
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument(
        "--sets", default="scrapinghub,readability", help="the dev sets to train on, by folder"
    )
    ap.add_argument("--half", choices=("A", "B"), help="train on this half's sites only")
    ap.add_argument(
        "--second-pass",
        action="store_true",
        help="fit again on the pages and on each page as the first pass leaves it (tried, "
        "not shipped: docs/benchmarks.md)",
    )
    ap.add_argument(
        "--drop",
        default="",
        metavar="FEATURE,...",
        help="train with these own features set to 0, so the model gives them weight 0 "
        "(an ablation)",
    )
    ap.add_argument(
        "--drop-context",
        default="",
        metavar="COLUMN,...",
        help="train with these context columns set to 0, so the model gives them weight 0 "
        "(an ablation)",
    )
    ap.add_argument(
        "--fold-seed",
        default="",
        help="another split of the sites into folds (the default, empty, is the documented "
        "split); to measure the fold noise",
    )
    args = ap.parse_args()
    DROPPED.extend(FEATURE_NAMES.index(name) for name in args.drop.split(",") if name)
    DROPPED_CONTEXT.extend(
        CONTEXT_NAMES.index(name) for name in args.drop_context.split(",") if name
    )
    FOLD_SEED[0] = args.fold_seed
    docs = load(args.devset, args.sets.split(","))
    if args.half:
        docs = [d for d in docs if d.half == args.half]
    if not args.no_cv:
        held = cross_validate(docs, args.folds, args.stages, args.second_pass)
        for kind in ("fullpage", "lenient"):
            for group, sel in report_groups([d for d in docs if d.kind == kind]):
                p, r, f, e = metric([held[d.key] for d in sel], [d.gold for d in sel])
                print(
                    f"CV by site ({args.folds} folds) {kind:8s} {group:24s} P {p:.3f} "
                    f"R {r:.3f} F1 {f:.3f} empty {e}/{len(sel)}"
                )
    model = train(docs, args.stages, args.second_pass)
    args.out.write_text(json.dumps(to_json(model), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (threshold {model.threshold:+.1f})")


if __name__ == "__main__":
    main()
