"""Near-duplicate documents: MinHash candidates, exact Jaccard check, clusters (needs NumPy).

Every pair the index joins is checked exactly, so it never merges documents that are not
linked by a chain of pairs at or above the threshold: tested exactly. Finding the pairs is
probabilistic (LSH): a pair exactly at the threshold is proposed with probability 0.99, and
one at `SURE_SIMILARITY` or more with probability above 1 - 1e-9 at every threshold tested,
so "no two kept documents are above the threshold" is asserted from `sure_similarity` up
(0.74 at threshold 0.5), and the band between is covered by the deterministic examples and
the dev-set evaluation (benchmarks/dedupe_eval.py counts LSH misses: none).
"""

from __future__ import annotations

import itertools
import random
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("numpy")

from corpusclean.dedupe import DedupeConfig, DedupeResult, dedupe_corpus
from corpusclean.dedupe.corpus import DEFAULT_NUM_PERM
from corpusclean.dedupe.near import lsh_parameters
from corpusclean.text import label_key

VOCABULARY = [f"w{i}" for i in range(400)]
THRESHOLDS = (0.5, 0.7, 0.9)


def miss_probability(similarity: float, threshold: float) -> float:
    bands, rows = lsh_parameters(threshold, DEFAULT_NUM_PERM)
    return float((1 - similarity**rows) ** bands)


def sure_similarity(threshold: float) -> float:
    """The similarity from which LSH misses a pair with probability under 1e-9."""
    steps = range(round(threshold * 100), 101)
    return next(s / 100 for s in steps if miss_probability(s / 100, threshold) < 1e-9)


def shingles(text: str, n: int = 5) -> frozenset[tuple[str, ...]]:
    words = label_key(text).split()
    return frozenset(tuple(words[i : i + n]) for i in range(max(len(words) - n + 1, 1)))


def jaccard(left: str, right: str) -> float:
    a, b = shingles(left), shingles(right)
    return len(a & b) / len(a | b) if a or b else 1.0


@st.composite
def corpora(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Stories of random words, each with copies edited the way syndication edits them."""
    items = []
    for story in range(draw(st.integers(1, 4))):
        words = draw(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=80))
        items.append({"id": f"s{story}", "text": " ".join(words), "n": story})
        for copy in range(draw(st.integers(0, 3))):
            edited = list(words)
            cut = draw(st.integers(0, len(edited) // 3))  # a trimmed end
            edited = edited[: len(edited) - cut] or edited
            edited = draw(st.lists(st.sampled_from(VOCABULARY), max_size=6)) + edited  # chrome
            if draw(st.booleans()):
                edited[draw(st.integers(0, len(edited) - 1))] = "changed"
            items.append({"id": f"s{story}c{copy}", "text": " ".join(edited), "n": story})
    return items


def components(items: list[dict[str, Any]], threshold: float) -> list[int]:
    """Brute force: the connected components of the pairs at or above the threshold."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(items)), 2):
        if jaccard(items[i]["text"], items[j]["text"]) >= threshold:
            parent[find(j)] = find(i)
    return [find(i) for i in range(len(items))]


def survivors(result: DedupeResult) -> list[int]:
    return [v.index if v.kept else (v.duplicate_index or 0) for v in result]


@given(corpora(), st.sampled_from(THRESHOLDS), st.sampled_from(["first", "longest"]))
def test_clusters_are_joined_only_through_pairs_at_or_above_the_threshold(
    items: list[dict[str, Any]], threshold: float, keep: str
) -> None:
    result = dedupe_corpus(items, DedupeConfig(threshold=threshold, keep=keep))
    exact = components(items, threshold)
    for verdict in result:
        if not verdict.kept:
            assert exact[verdict.index] == exact[verdict.duplicate_index or 0]
            expected = jaccard(
                items[verdict.index]["text"], items[verdict.duplicate_index or 0]["text"]
            )
            assert verdict.similarity == pytest.approx(expected)


@given(corpora(), st.sampled_from(THRESHOLDS))
def test_no_two_kept_documents_are_clearly_above_the_threshold(
    items: list[dict[str, Any]], threshold: float
) -> None:
    result = dedupe_corpus(items, DedupeConfig(threshold=threshold))
    kept = [items[v.index]["text"] for v in result if v.kept]
    sure = sure_similarity(threshold)
    for left, right in itertools.combinations(kept, 2):
        assert jaccard(left, right) < sure


@given(corpora(), st.sampled_from(THRESHOLDS), st.randoms(use_true_random=False))
def test_the_output_does_not_depend_on_input_order(
    items: list[dict[str, Any]], threshold: float, rng: random.Random
) -> None:
    shuffled = list(items)
    rng.shuffle(shuffled)
    config = DedupeConfig(threshold=threshold, keep="longest")
    before, after = dedupe_corpus(items, config), dedupe_corpus(shuffled, config)
    assert sorted((v.id, v.duplicate_of) for v in before) == sorted(
        (v.id, v.duplicate_of) for v in after
    )


@given(corpora(), st.sampled_from(THRESHOLDS), st.sampled_from(["first", "longest", "n"]))
def test_dedupe_is_idempotent_and_honours_the_survivor_policy(
    items: list[dict[str, Any]], threshold: float, keep: str
) -> None:
    config = DedupeConfig(threshold=threshold, keep=keep)
    result = dedupe_corpus(items, config)
    for verdict in result:
        best = verdict.duplicate_index
        if best is None:
            continue
        if keep == "first":
            assert best < verdict.index
        elif keep == "longest":
            mine, theirs = items[verdict.index]["text"], items[best]["text"]
            assert len(label_key(theirs).split()) >= len(label_key(mine).split())
        else:
            assert items[best]["n"] <= items[verdict.index]["n"]
    once = [items[v.index] for v in result if v.kept]
    assert dedupe_corpus(once, config).duplicates == 0


def test_the_threshold_means_exact_jaccard_on_both_sides_of_it() -> None:
    base = [f"w{i}" for i in range(100)]  # 96 shingles
    near = " ".join(base[:-20])  # 76 of them: Jaccard 0.79
    items = [{"id": "base", "text": " ".join(base)}, {"id": "copy", "text": near}]
    assert jaccard(items[0]["text"], near) == pytest.approx(76 / 96)
    above = dedupe_corpus(items, DedupeConfig(threshold=0.79))
    below = dedupe_corpus(items, DedupeConfig(threshold=0.80))
    assert [v.duplicate_of for v in above] == [None, "base"]
    assert above[1].similarity == pytest.approx(76 / 96)
    assert below.duplicates == 0


def test_the_five_reports_of_one_event_in_seeds_are_all_kept() -> None:
    from pathlib import Path

    import corpusclean

    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    items = [
        {"id": path.stem, "text": corpusclean.clean(path.read_text(encoding="utf-8")).text}
        for path in seeds
    ]
    assert len(items) == 5
    assert dedupe_corpus(items).duplicates == 0


def test_short_documents_are_one_shingle_and_empty_ones_match_only_each_other() -> None:
    items = [
        {"id": "a", "text": "Yes."},
        {"id": "b", "text": "yes"},
        {"id": "c", "text": ""},
        {"id": "d", "text": "?"},
        {"id": "e", "text": "Yes, no."},
    ]
    result = dedupe_corpus(items, DedupeConfig(keep="first"))
    assert [v.duplicate_of for v in result] == [None, "a", None, "c", None]


def test_lsh_bands_find_a_pair_at_the_threshold_with_probability_099() -> None:
    for threshold in (0.3, 0.5, 0.8, 0.95):
        bands, rows = lsh_parameters(threshold, 128)
        assert bands * rows <= 128
        assert 1 - (1 - threshold**rows) ** bands >= 0.99
        # One row more would fall short:
        assert 1 - (1 - threshold ** (rows + 1)) ** (128 // (rows + 1)) < 0.99
