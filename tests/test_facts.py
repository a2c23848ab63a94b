"""Block facts found once per document: every round reads what a fresh look would find."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect import classify_blocks
from corpusclean.detect.facts import Facts, prose
from corpusclean.language import load_language
from corpusclean.model import Block
from corpusclean.normalize import normalize_lines
from corpusclean.segment import split_blocks
from strategies import evidence_documents

CLEANER = corpusclean.Cleaner()
ENGLISH = load_language("en")


def _blocks(lines: list[str]) -> list[Block]:
    return split_blocks(normalize_lines("\n".join(lines)))


@given(evidence_documents(), st.lists(st.lists(st.booleans(), max_size=40), max_size=4))
def test_rounds_sharing_facts_decide_as_with_fresh_facts(
    lines: list[str], rounds: list[list[bool]]
) -> None:
    # Each round sees some of the document's blocks (what the round before kept); facts
    # kept from earlier rounds must give the verdicts a fresh look gives.
    document = CLEANER.run("\n".join(lines)).document
    blocks = document.blocks
    shared = Facts(ENGLISH)
    for keep in [[True] * len(blocks), *rounds]:
        some = [b for b, k in zip(blocks, keep + [True] * len(blocks), strict=False) if k]
        hits = [document.hit(block)[0] for block in some]
        cached = classify_blocks(some, hits, CLEANER.detectors, shared)
        fresh = classify_blocks(some, hits, CLEANER.detectors, Facts(ENGLISH))
        assert cached == fresh


@given(evidence_documents())
def test_each_gives_the_fact_of_every_block_in_order(lines: list[str]) -> None:
    blocks = _blocks(lines)
    facts = Facts(ENGLISH)
    assert facts.each(prose, blocks[::2]) == [prose(b, ENGLISH) for b in blocks[::2]]
    assert facts.each(prose, blocks) == [prose(b, ENGLISH) for b in blocks]
    if blocks:
        assert facts.of(prose, blocks[-1]) == prose(blocks[-1], ENGLISH)
