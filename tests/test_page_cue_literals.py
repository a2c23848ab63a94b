"""The page features' cue literals come in one order (`page.lexicon.cue_literals`: length,
then the literal), whatever the words' order: an automaton built from them, and so its
instruction counts, is the same in every process (`test_hash_seed_orders`)."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from corpusclean.page.lexicon import MIN_LITERAL_CHARS, cue_literals

words = st.lists(st.text("abcäéEÄ ", min_size=MIN_LITERAL_CHARS, max_size=6), max_size=12)


@given(words, st.randoms(use_true_random=False), st.booleans())
def test_the_literals_do_not_depend_on_the_words_order(
    listed: list[str], rng: random.Random, fold: bool
) -> None:
    shuffled = list(listed)
    rng.shuffle(shuffled)
    found = cue_literals(listed, fold=fold)
    assert cue_literals(shuffled, fold=fold) == found
    assert list(found) == sorted(found, key=lambda word: (len(word), word))
