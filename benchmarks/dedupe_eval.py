"""Labelled near-duplicate evaluation built from the dev set: pair precision and recall.

    python benchmarks/dedupe_eval.py ../shared/devset/scrapinghub
    python benchmarks/dedupe_eval.py ../shared/devset/scrapinghub --sweep 0.3,0.4,0.5,0.6,0.7,0.8

Every dev-set article body (`gold.txt`) is an *original*. Each original gets one copy per
transformation that syndication and re-crawling really do (see TRANSFORMATIONS); an original
and its copies are positives (same story). Negatives are every pair of different stories,
among them the most similar pair of dev-set articles on the same subject (nearest neighbour
by shared content words) and the five reports of one event in `seeds/`, which must all be
kept. The whole corpus (originals, copies, seeds) is deduplicated in one run, and:

* recall of a transformation = share of originals whose copy lands in the original's cluster;
* precision = share of predicted pairs (two documents in one cluster) that are one story.

Two inputs are measured: the texts as built (``raw``: headline, byline and chrome lines are
part of the compared text) and the texts after ``corpusclean.clean`` (``cleaned``: what
``corpusclean dedupe`` sees on ``clean``'s output). No dev-set text is stored in the project.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import corpusclean
from corpusclean.dedupe import DedupeConfig, dedupe_corpus
from corpusclean.text import label_key

ROOT = Path(__file__).resolve().parent.parent
BYLINES = ("By Sarah Jones", "By Staff Reporter", "By Michael Chen, Associated Press")
DATELINES = ("NEW YORK (AP) — ", "LONDON (Reuters) - ", "WASHINGTON — ")
CHROME_SITES = 4  # pages whose real chrome lines are pasted around copies ("syndicators")
CHROME_LINES = 4  # chrome lines a copy gets: two before the story, two after
_WORD = re.compile(r"\w+")


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _chrome_pool(pages: list[Path], rng: random.Random) -> list[list[str]]:
    """Per syndicating site: short lines of its full page that are not article text."""
    pools = []
    for page in rng.sample(pages, CHROME_SITES):
        gold = set(_paragraphs((page / "gold.txt").read_text(encoding="utf-8")))
        lines = _paragraphs((page / "fullpage.txt").read_text(encoding="utf-8"))
        chrome = [line for line in lines if line not in gold and 2 <= len(line.split()) <= 15]
        pools.append(chrome[:40])
    return pools


def _headline(page: Path, body: list[str]) -> list[str]:
    """A copy under a headline (the page's own first line when it is not body text)."""
    first = _paragraphs((page / "lenient.txt").read_text(encoding="utf-8"))[:1]
    return [first[0], *body] if first and first[0] not in body else ["Breaking news", *body]


def _byline(body: list[str], rng: random.Random) -> list[str]:
    """A wire copy: a byline line, and a dateline glued to the first paragraph."""
    return [rng.choice(BYLINES), rng.choice(DATELINES) + body[0], *body[1:]]


def _chrome(body: list[str], pool: list[str], rng: random.Random) -> list[str]:
    """The syndicating site's chrome around the story: share, follow, related lines."""
    lines = rng.sample(pool, min(CHROME_LINES, len(pool)))
    half = len(lines) // 2
    return [*lines[:half], *body, *lines[half:]]


def _trim_last(body: list[str]) -> list[str]:
    """The last paragraph cut, as a syndicator fitting a story to its space does."""
    return body[:-1] if len(body) > 1 else body


def _copies(
    page: Path, body: list[str], pool: list[str], rng: random.Random
) -> dict[str, list[str]]:
    """The original and its copies, one per transformation."""
    lenient = _paragraphs((page / "lenient.txt").read_text(encoding="utf-8"))
    everything = _chrome(_byline(_headline(page, _trim_last(body)), rng), pool, rng)
    return {
        "original": body,
        "headline": _headline(page, body),
        "byline": _byline(body, rng),
        "chrome": _chrome(body, pool, rng),
        "trim_last": _trim_last(body),
        "lenient_extraction": lenient,
        "all_of_the_above": everything,
    }


def build_corpus(devset: Path, seed: int) -> list[dict[str, str]]:
    """Originals, their copies and the seeds, each with its story and transformation.

    One more copy per story, ``borrows_background``, is the story with the last two
    paragraphs of *another* story appended (a follow-up reusing background): a copy of its
    own story and a hard negative for the other one.
    """
    rng = random.Random(seed)
    pages = sorted(path for path in devset.iterdir() if (path / "gold.txt").is_file())
    pools = _chrome_pool(pages, rng)
    bodies = {page: _paragraphs((page / "gold.txt").read_text(encoding="utf-8")) for page in pages}
    pages = [page for page in pages if bodies[page]]
    records = []
    for page in pages:
        copies = _copies(page, bodies[page], rng.choice(pools), rng)
        donor = bodies[rng.choice([other for other in pages if other != page])]
        copies["borrows_background"] = bodies[page] + donor[-2:]
        for kind, lines in copies.items():
            text = "\n".join(lines)
            records.append(
                {"id": f"{page.name}/{kind}", "story": page.name, "kind": kind, "text": text}
            )
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        records.append(
            {
                "id": f"seed/{path.stem}",
                "story": f"seed/{path.stem}",
                "kind": "seed",
                "text": path.read_text(encoding="utf-8"),
            }
        )
    return records


TRANSFORMATIONS = (
    "headline",
    "byline",
    "chrome",
    "trim_last",
    "lenient_extraction",
    "all_of_the_above",
    "borrows_background",
)


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = label_key(text).split()
    return {tuple(words[i : i + n]) for i in range(max(len(words) - n + 1, 1))} if words else set()


def _jaccard(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def same_subject_pairs(records: list[dict[str, str]]) -> list[tuple[str, str]]:
    """For each original, the other original sharing the most content words (4+ letters)."""
    originals = [r for r in records if r["kind"] == "original"]
    words = [{w for w in _WORD.findall(r["text"].lower()) if len(w) >= 4} for r in originals]
    pairs = set()
    for i, own in enumerate(words):
        scores = [
            (len(own & other) / (len(own | other) or 1), j)
            for j, other in enumerate(words)
            if j != i
        ]
        _, best = max(scores)
        pairs.add(tuple(sorted((originals[i]["id"], originals[best]["id"]))))
    return sorted(pairs)  # type: ignore[arg-type]


def evaluate(records: list[dict[str, str]], threshold: float) -> dict[str, object]:
    """Cluster the corpus at `threshold`; pair precision and recall per transformation."""
    result = dedupe_corpus(records, DedupeConfig(threshold=threshold))
    cluster = {v.id: (v.duplicate_of or v.id) for v in result}
    story = {r["id"]: r["story"] for r in records}
    members = defaultdict(list)
    for record_id, survivor in cluster.items():
        members[survivor].append(record_id)
    predicted = [pair for group in members.values() for pair in itertools.combinations(group, 2)]
    wrong = [pair for pair in predicted if story[pair[0]] != story[pair[1]]]
    recall = {}
    for kind in TRANSFORMATIONS:
        hits = [
            cluster[f"{r['story']}/{kind}"] == cluster[f"{r['story']}/original"]
            for r in records
            if r["kind"] == "original"
        ]
        recall[kind] = sum(hits) / len(hits)
    seeds_kept = sum(v.kept for v in result if v.id.startswith("seed/"))
    shingles = {r["id"]: _shingles(r["text"]) for r in records}
    # A labelled copy at or above the threshold that is not in its original's cluster could
    # only be missed by LSH (every candidate is checked exactly).
    lsh_missed = sum(
        cluster[r["id"]] != cluster[f"{r['story']}/original"]
        and _jaccard(shingles[r["id"]], shingles[f"{r['story']}/original"]) >= threshold
        for r in records
        if r["kind"] in TRANSFORMATIONS
    )
    return {
        "threshold": threshold,
        "recall": recall,
        "predicted_pairs": len(predicted),
        "wrong_pairs": len(wrong),
        "precision": 1 - len(wrong) / max(len(predicted), 1),
        "seeds_kept": seeds_kept,
        "lsh_missed": lsh_missed,
        "examples_wrong": wrong[:5],
    }


def _clean_all(records: list[dict[str, str]]) -> list[dict[str, str]]:
    cleaner = corpusclean.Cleaner()
    return [{**r, "text": cleaner.clean(r["text"]).text} for r in records]


def _print_table(name: str, rows: list[dict[str, object]]) -> None:
    print(f"\n### {name}\n")
    columns = [*TRANSFORMATIONS, "pairs", "wrong", "precision", "seeds kept", "LSH missed"]
    print("| threshold | " + " | ".join(columns) + " |")
    print("|---:|" + "---:|" * len(columns))
    for row in rows:
        recall: dict[str, float] = row["recall"]  # type: ignore[assignment]
        cells = " | ".join(f"{recall[k]:.3f}" for k in TRANSFORMATIONS)
        print(
            f"| {row['threshold']} | {cells} | {row['predicted_pairs']} | {row['wrong_pairs']} "
            f"| {row['precision']:.4f} | {row['seeds_kept']}/5 | {row['lsh_missed']} |"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", type=Path, help="the scrapinghub folder of the dev set")
    parser.add_argument("--sweep", default="0.5", help="thresholds, comma-separated")
    parser.add_argument("--seed", type=int, default=13, help="seed for the transformations")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    records = build_corpus(args.devset, args.seed)
    thresholds = [float(value) for value in args.sweep.split(",")]
    counts = Counter(r["kind"] for r in records)
    print(f"corpus: {len(records)} documents: {dict(counts)}")
    results = {}
    for name, corpus in (("raw", records), ("cleaned", _clean_all(records))):
        rows = [evaluate(corpus, threshold) for threshold in thresholds]
        _print_table(name, rows)
        results[name] = rows
        shingles = {r["id"]: _shingles(r["text"]) for r in corpus}
        near = [_jaccard(shingles[a], shingles[b]) for a, b in same_subject_pairs(corpus)]
        seeds = [r["id"] for r in corpus if r["kind"] == "seed"]
        pairs = itertools.combinations(seeds, 2)
        seed_max = max(_jaccard(shingles[a], shingles[b]) for a, b in pairs)
        print(
            f"\n{name}: {len(near)} same-subject pairs of originals, 5-gram Jaccard max "
            f"{max(near):.3f}, mean {sum(near) / len(near):.3f}; seeds max {seed_max:.3f}"
        )
        for row in rows:
            if row["examples_wrong"]:
                print(f"  wrong pairs at {row['threshold']}: {row['examples_wrong']}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
