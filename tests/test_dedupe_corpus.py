"""Duplicate documents across a corpus, exact mode and the survivor policy (no NumPy needed).

Near mode, which needs NumPy, is tested in test_dedupe_near.py.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusclean.dedupe import CorpusIndex, DedupeConfig, DedupeResult, dedupe_corpus
from corpusclean.dedupe.corpus import field_value
from corpusclean.text import label_key

EXACT = DedupeConfig(mode="exact")
WORDS = ("rain", "Paris", "minister", "said", "bank", "deal", "court", "week", "growth", "1,200")

# A text: a few words, drawn so that equal keys (and so exact duplicates) are common, with
# the case and punctuation variations exact mode must ignore.
texts = st.lists(st.sampled_from(WORDS), max_size=4).flatmap(
    lambda words: st.sampled_from(
        [" ".join(words), " ".join(words).upper(), ", ".join(words) + "!", "  ".join(words)]
    )
)
records = st.lists(
    st.fixed_dictionaries(
        {
            "id": st.sampled_from(["a", "b", "c", "d", "e", "f"]),
            "text": texts,
            "date": st.one_of(st.none(), st.sampled_from(["2019-01-02", "2019-01-01", "2020"])),
        }
    ),
    max_size=12,
)
policies = st.sampled_from(["first", "longest", "date"])


def kept(result: DedupeResult, items: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return sorted((v.id, items[v.index]["text"]) for v in result if v.kept)


def test_exact_mode_drops_copies_that_differ_in_case_punctuation_and_spacing() -> None:
    items = [
        {"id": "a", "text": "Rain in Paris, the minister said."},
        {"id": "b", "text": "RAIN  in Paris -- the minister said"},
        {"id": "c", "text": "Rain in Rome, the minister said."},
    ]
    result = dedupe_corpus(items, EXACT)
    assert [(v.id, v.duplicate_of, v.similarity) for v in result] == [
        ("a", None, None),
        ("b", "a", 1.0),
        ("c", None, None),
    ]
    assert (result.duplicates, result.clusters) == (1, 1)


@given(records, policies)
def test_exact_mode_finds_every_pair_of_identical_keys(
    items: list[dict[str, Any]], keep: str
) -> None:
    result = dedupe_corpus(items, DedupeConfig(mode="exact", keep=keep))
    survivor = [v.duplicate_index if v.duplicate_index is not None else v.index for v in result]
    for i, left in enumerate(items):
        for j, right in enumerate(items):
            same_key = label_key(left["text"]) == label_key(right["text"])
            assert (survivor[i] == survivor[j]) == same_key


@given(records, policies)
def test_the_survivor_policy_is_honoured(items: list[dict[str, Any]], keep: str) -> None:
    result = dedupe_corpus(items, DedupeConfig(mode="exact", keep=keep))
    for verdict in result:
        if verdict.kept:
            continue
        mine, best = items[verdict.index], items[verdict.duplicate_index or 0]
        assert label_key(best["text"]) == label_key(mine["text"])
        if keep == "first":
            assert verdict.duplicate_index is not None and verdict.duplicate_index < verdict.index
        elif keep == "date" and mine["date"] is not None:
            assert best["date"] is not None and best["date"] <= mine["date"]


@given(records, policies, st.randoms(use_true_random=False))
def test_the_output_does_not_depend_on_input_order_except_under_first(
    items: list[dict[str, Any]], keep: str, rng: random.Random
) -> None:
    shuffled = list(items)
    rng.shuffle(shuffled)
    config = DedupeConfig(mode="exact", keep=keep)
    before, after = dedupe_corpus(items, config), dedupe_corpus(shuffled, config)
    assert before.duplicates == after.duplicates and before.clusters == after.clusters
    if keep != "first":
        assert kept(before, items) == kept(after, shuffled)


@given(records, policies)
def test_dedupe_is_idempotent(items: list[dict[str, Any]], keep: str) -> None:
    config = DedupeConfig(mode="exact", keep=keep)
    once = [items[v.index] for v in dedupe_corpus(items, config) if v.kept]
    twice = dedupe_corpus(once, config)
    assert twice.duplicates == 0


def test_longest_keeps_the_copy_with_the_most_words_and_ties_go_to_the_smaller_id() -> None:
    body = "Rain fell on Paris for a third day on Monday, the weather service said."
    items = [
        {"id": "z", "text": body},
        {"id": "y", "text": body.upper()},
        {"id": "x", "text": "Other news entirely."},
    ]
    assert [v.duplicate_of for v in dedupe_corpus(items, EXACT)] == ["y", None, None]


def test_a_field_policy_keeps_the_lowest_value_and_records_without_it_lose() -> None:
    items = [
        {"id": "late", "text": "Same words.", "metadata": {"date": "2019-06-02"}},
        {"id": "none", "text": "same words"},
        {"id": "early", "text": "SAME WORDS", "metadata": {"date": "2019-06-01"}},
    ]
    result = dedupe_corpus(items, DedupeConfig(mode="exact", keep="date"))
    assert [v.duplicate_of for v in result] == ["early", "early", None]


def test_field_values_are_read_at_the_top_level_then_in_metadata() -> None:
    assert field_value({"date": 1, "metadata": {"date": 2}}, "date") == 1
    assert field_value({"metadata": {"date": 2}}, "date") == 2
    assert field_value({"metadata": None}, "date") is None


def test_empty_documents_are_duplicates_only_of_each_other() -> None:
    items = [{"id": "a", "text": ""}, {"id": "b", "text": "..."}, {"id": "c", "text": "Words."}]
    assert [v.duplicate_of for v in dedupe_corpus(items, EXACT)] == [None, "a", None]


def test_the_index_is_state_the_caller_owns() -> None:
    first, second = CorpusIndex(EXACT), CorpusIndex(EXACT)
    first.add("Rain in Paris.", id="a")
    second.add("rain in paris", id="b")  # a second index knows nothing of the first
    assert [v.kept for v in second.finish()] == [True]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"threshold": 0.0}, "threshold must be in"),
        ({"threshold": 1.5}, "threshold must be in"),
        ({"keep": ""}, "keep must be"),
        ({"expected_docs": 0}, "expected_docs must be at least 1"),
        ({"shingle_words": 0}, "shingle_words must be at least 1"),
    ],
)
def test_bad_settings_are_refused_with_advice(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        DedupeConfig(**options)
