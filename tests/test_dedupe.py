"""Repeated blocks inside one document: title twice, a run pasted again, the body twice."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.dedupe.within import comparison_keys, find_duplicates, twin_candidates
from corpusclean.model import Block
from corpusclean.text import label_key
from strategies import paragraphs

# Variants that keep a block's key: case, punctuation, spacing, quote style.
_VARIANTS = (str.upper, str.lower, lambda t: t.replace(",", ""), lambda t: f"“{t}”", str.strip)

BODY = [
    "Alibaba opened its first Southeast Asian office in Kuala Lumpur on Monday.",
    "Jack Ma met Prime Minister Mahathir Mohamad before the ceremony, officials said.",
    "The company plans to hire more than 1,000 local staff in the coming years.",
    "Ma said Malaysia inspired him to move forward with Alibaba.",
]


def blocks(texts: list[str]) -> list[Block]:
    return [Block(text, index, index + 1) for index, text in enumerate(texts)]


def test_title_printed_twice_keeps_the_first() -> None:
    article = corpusclean.clean(
        "\n".join(["Jack Ma opens KL office", "Jack Ma opens KL office", *BODY])
    )
    assert article.title == "Jack Ma opens KL office"
    assert article.paragraphs == tuple(BODY)
    assert [(r.start, r.rule) for r in article.removed] == [(1, "duplicate_title")]


def test_title_copy_after_a_share_line_is_removed() -> None:
    text = "\n".join(
        ["Jack Ma opens KL office", "Share this on", "", "Jack Ma opens KL office", *BODY]
    )
    article = corpusclean.clean(text)
    assert [r.rule for r in article.removed] == ["share_call", "duplicate_title"]


def test_whole_body_pasted_twice_keeps_one_copy() -> None:
    article = corpusclean.clean("\n".join(BODY + BODY))
    assert article.paragraphs == tuple(BODY)
    assert [r.start for r in article.removed] == [4, 5, 6, 7]
    assert all(r.reason.startswith("repeats the block at input line") for r in article.removed)


def test_run_of_paragraphs_pasted_again_including_a_short_line() -> None:
    texts = [BODY[0], "Ma meets Mahathir", BODY[1], BODY[2], "Ma meets Mahathir", BODY[1], BODY[3]]
    found = find_duplicates(blocks(texts), title=None, min_words=5)
    assert sorted(found) == [4, 5]
    assert found[5].rule == "duplicate_paragraph" and found[5].original == 2
    assert found[4].rule == "duplicate_run" and found[4].original == 1


def test_short_refrain_survives() -> None:
    texts = [BODY[0], "Yes.", BODY[1], "Yes.", BODY[2]]
    assert find_duplicates(blocks(texts), title=None, min_words=5) == {}
    article = corpusclean.clean("\n".join(texts))
    assert article.paragraphs.count("Yes.") == 2


def test_near_identical_repeat_matches_on_the_key() -> None:
    texts = [BODY[0], BODY[1], BODY[1].upper().replace(".", "!")]
    assert sorted(find_duplicates(blocks(texts), min_words=5)) == [2]


def test_dedupe_can_be_switched_off() -> None:
    config = corpusclean.Config(dedupe_blocks=False)
    assert corpusclean.clean("\n".join(BODY + BODY), config=config).paragraphs == tuple(BODY + BODY)


def test_min_duplicate_words_controls_short_repeats() -> None:
    texts = ["Alibaba opened an office today.", BODY[0], "Alibaba opened an office today."]
    assert sorted(find_duplicates(blocks(texts), min_words=5)) == [2]
    assert find_duplicates(blocks(texts), min_words=6) == {}


@given(
    st.lists(
        st.one_of(paragraphs(max_sentences=2), st.sampled_from(["", "***", "Yes", "ẞ", "ß"])),
        max_size=8,
    ),
    st.lists(st.tuples(st.integers(0, 7), st.sampled_from(_VARIANTS)), max_size=6),
)
def test_comparison_keys_compare_exactly_as_label_keys(texts: list[str], copies: list) -> None:
    # Stand-in keys are a speed-up only: two blocks get equal keys exactly when their
    # label_keys are equal, and an empty key means an empty label_key.
    for index, variant in copies:
        if texts:
            texts.append(variant(texts[index % len(texts)]))
    keys = comparison_keys(blocks(texts))
    labels = [label_key(text) for text in texts]
    for i, key in enumerate(keys):
        assert (key == "") <= (labels[i] == "")
        for j in range(len(keys)):
            assert (key == keys[j]) == (labels[i] == labels[j]), (texts[i], texts[j])


@given(
    st.lists(
        st.one_of(paragraphs(max_sentences=2), st.sampled_from(["", "***", "Yes", "ẞ", "ß"])),
        max_size=8,
    ),
    st.lists(st.tuples(st.integers(0, 7), st.sampled_from(_VARIANTS)), max_size=6),
    st.lists(st.booleans(), max_size=14),
)
def test_keys_from_the_documents_twin_candidates_compare_as_label_keys_in_any_round(
    texts: list[str], copies: list, kept: list[bool]
) -> None:
    # A run finds the twin candidates once, on all of a document's blocks, and uses them in
    # every round on the blocks that round kept: the keys must still compare exactly as
    # label_keys do, and find_duplicates must find what it finds with its own keys.
    for index, variant in copies:
        if texts:
            texts.append(variant(texts[index % len(texts)]))
    document = blocks(texts)
    cache: dict = {}
    candidates = twin_candidates(document)
    subset = [b for i, b in enumerate(document) if i >= len(kept) or kept[i]]
    keys = comparison_keys(subset, cache, candidates)
    labels = [label_key(block.text) for block in subset]
    for i, key in enumerate(keys):
        assert (key == "") <= (labels[i] == "")
        for j in range(len(keys)):
            assert (key == keys[j]) == (labels[i] == labels[j])
    for title in (None, 0):
        if subset:
            assert find_duplicates(subset, title, 5, keys) == find_duplicates(subset, title, 5)
    if not candidates:
        assert find_duplicates(subset, 0 if subset else None, 1) == {}
