"""Evaluate boilerplate learned per source (corpusclean.learn) on dev-set articles in real chrome.

Usage: python benchmarks/learn_eval.py DEVSET_DIR [--sites 6] [--vary 0.1] [--seed 1]
       [--min-docs 5] [--min-share 0.5] [--no-guard] [--mode auto|article|page]
       [--chrome fullpage|lenient]

The corpus: ``--sites`` pages of the scrapinghub dev set give their chrome (the lines of their
``fullpage.txt`` before the first and after the last line that is in their gold); every other
page's ``lenient.txt`` (the article with a scraper's leftovers) is wrapped in one of those
chromes, round-robin, under a source URL on the chrome page's host. Each chrome line is left
out of a document with probability ``--vary`` (real pages vary a little: a menu item, a
"most read" entry). The gold of a document is its article page's gold.

Reports token P / R / F1 of ``clean`` (the dev set's metric: per-document bags of ``\\w+``
tokens, mean P and mean R, F1 of the means) without and with the learned rules, how many
rules were learned, how many documents went over the removal budget, and how many gold lines
of the whole dev set (both sets, every page) a learned rule matches, scope ignored (it
should be none).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from corpusclean import Cleaner, Config
from corpusclean.learn import LearnSettings, learn_documents
from corpusclean.learn.counts import MAX_PROSE_SHARE
from corpusclean.normalize import normalize_lines

WORD = re.compile(r"\w+")


def _lines(path: Path) -> list[str]:
    return [" ".join(line.split()) for line in path.read_text(encoding="utf-8").split("\n")]


def _pages(devset: Path) -> list[dict[str, object]]:
    pages = []
    for raw in (devset / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(raw)
        folder = devset / entry["id"]
        pages.append(
            {
                "id": entry["id"],
                "url": entry["url"],
                "gold": (folder / "gold.txt").read_text(encoding="utf-8"),
                "gold_lines": [line for line in _lines(folder / "gold.txt") if line],
                "lenient": (folder / "lenient.txt").read_text(encoding="utf-8"),
                "fullpage": _lines(folder / "fullpage.txt"),
                "lenient_lines": _lines(folder / "lenient.txt"),
            }
        )
    return pages


def _chrome(page: dict[str, object], kind: str = "fullpage") -> tuple[list[str], list[str]]:
    """The page's lines before its first gold line and after its last, not in the gold."""
    gold = set(page["gold_lines"])  # type: ignore[arg-type]
    text = page["fullpage" if kind == "fullpage" else "lenient_lines"]
    lines = [line for line in text if line]  # type: ignore[attr-defined]
    marks = [index for index, line in enumerate(lines) if line in gold]
    if not marks:
        return [], []
    top = [line for line in lines[: marks[0]] if line not in gold]
    bottom = [line for line in lines[marks[-1] + 1 :] if line not in gold]
    return top, bottom


def build_corpus(
    pages: list[dict[str, object]], sites: int, vary: float, seed: int, kind: str = "fullpage"
) -> list[dict[str, str]]:
    """Documents: the other pages' articles in the chrome of ``sites`` pages, by source."""
    rng = random.Random(seed)
    by_size = sorted(pages, key=lambda p: (-sum(map(len, _chrome(p, kind))), str(p["id"])))
    # The chrome pages: among the 3*sites pages with the most chrome, one per host.
    hosts: set[str] = set()
    pool = by_size[: 3 * sites]
    rng.shuffle(pool)
    chosen = []
    for page in pool:
        host = urlsplit(str(page["url"])).hostname or ""
        if host not in hosts and len(chosen) < sites:
            hosts.add(host)
            chosen.append(page)
    articles = [page for page in pages if page not in chosen]
    rng.shuffle(articles)
    documents = []
    for number, article in enumerate(articles):
        site = chosen[number % len(chosen)]
        top, bottom = _chrome(site, kind)
        kept_top = [line for line in top if rng.random() >= vary]
        kept_bottom = [line for line in bottom if rng.random() >= vary]
        host = urlsplit(str(site["url"])).hostname
        text = "\n".join([*kept_top, str(article["lenient"]).strip("\n"), *kept_bottom])
        documents.append(
            {
                "id": str(article["id"]),
                "source": f"https://{host}/article/{article['id']}",
                "text": text,
                "gold": str(article["gold"]),
            }
        )
    return documents


def scores(cleaner: Cleaner, documents: list[dict[str, str]]) -> dict[str, float]:
    ps, rs, empty, over, gold_removed = [], [], 0, 0, 0
    for doc in documents:
        article = cleaner.clean(doc["text"], id=doc["id"], source=doc["source"])
        gold = set(normalize_lines(doc["gold"])) - {""}
        gold_removed += sum(
            1 for r in article.removed if r.rule.startswith("learned_") and r.text in gold
        )
        out = Counter(WORD.findall(article.render()))
        ref = Counter(WORD.findall(doc["gold"]))
        overlap = sum((out & ref).values())
        ps.append(overlap / sum(out.values()) if out else 0.0)
        rs.append(overlap / sum(ref.values()) if ref else 0.0)
        empty += not out
        over += "removal-budget-exceeded" in article.flags
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    return {
        "P": p,
        "R": r,
        "F1": 2 * p * r / (p + r),
        "empty": empty,
        "over_budget": over,
        "gold_removed": gold_removed,
    }


def gold_lines_learned(devset_root: Path, patterns: list[object]) -> list[str]:
    """Every gold line of every page of the dev set that some learned rule matches."""
    hits = []
    for gold in sorted(devset_root.glob("*/*/gold.txt")):
        for line in normalize_lines(gold.read_text(encoding="utf-8")):
            words = line.count(" ") + 1
            if line and any(p.fullmatch(line) and words <= m for p, m in patterns):  # type: ignore[attr-defined]
                hits.append(line)
    return hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", type=Path, help="the dev set folder (holds scrapinghub/)")
    parser.add_argument("--sites", type=int, default=6)
    parser.add_argument("--vary", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--min-docs", type=int, default=5)
    parser.add_argument("--min-share", type=float, default=0.5)
    parser.add_argument("--no-guard", action="store_true", help="learn prose-like lines too")
    parser.add_argument("--mode", default="auto", choices=("auto", "article", "page"))
    parser.add_argument(
        "--chrome",
        default="fullpage",
        choices=("fullpage", "lenient"),
        help="take the chrome from the chrome pages' fullpage.txt (a whole page's navigation, "
        "footers, comments) or lenient.txt (the leftovers a scraper keeps)",
    )
    args = parser.parse_args()
    pages = _pages(args.devset / "scrapinghub")
    documents = build_corpus(pages, args.sites, args.vary, args.seed, args.chrome)
    settings = LearnSettings(
        min_docs=args.min_docs,
        min_share=args.min_share,
        max_prose_share=1.0 if args.no_guard else MAX_PROSE_SHARE,
        sketch_width=1 << 16,
    )
    started = time.perf_counter()
    learned = learn_documents(
        lambda: ((doc["source"], {}, doc["text"]) for doc in documents), settings
    )
    learn_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "learned.toml"
        path.write_text(learned.rule_file(), encoding="utf-8")
        with_rules = Cleaner(Config(mode=args.mode, rule_files=(str(path),)))
        rules = with_rules.source_rules.rules
        base = scores(Cleaner(Config(mode=args.mode)), documents)
        after = scores(with_rules, documents)
    gold_hits = gold_lines_learned(args.devset, [(r.compile(), r.max_words) for r in rules])
    print(
        f"corpus: {len(documents)} documents, {args.sites} chrome sites ({args.chrome}), "
        f"vary {args.vary}, seed {args.seed}; mode {args.mode}; min_docs {args.min_docs}, "
        f"min_share {args.min_share}, "
        f"prose guard {'off' if args.no_guard else 'on'}"
    )
    print(f"learned {len(learned.rules)} rules in {learn_seconds:.1f} s")
    for name, found in (("clean", base), ("clean + learned", after)):
        print(
            f"{name:16s} P {found['P']:.3f} R {found['R']:.3f} F1 {found['F1']:.3f} "
            f"empty {found['empty']} over budget {found['over_budget']}"
        )
    print(f"gold lines removed by a learned rule (in scope): {after['gold_removed']}")
    print(f"dev-set gold lines a learned rule matches, scope ignored: {len(gold_hits)}")
    for line in sorted(set(gold_hits)):
        print(f"   {line[:100]}")


if __name__ == "__main__":
    main()
