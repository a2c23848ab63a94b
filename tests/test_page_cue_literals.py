"""The page features' cue literals come in one order in every process (`page.lexicon.
cue_literals`: length, then the literal), whatever the words' order and the hash seed: an
automaton built from them, and so its instruction counts, is the same in every run."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys

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


_CUE_GROUPS = """
import json
from corpusclean.page import cues
print(json.dumps(cues.cue_group()))
"""


def test_the_cue_groups_are_the_same_under_every_hash_seed() -> None:
    found = set()
    for seed in ("0", "1", "2"):
        result = subprocess.run(
            [sys.executable, "-c", _CUE_GROUPS],
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        found.add(result.stdout)
    assert len(found) == 1
    assert json.loads(found.pop())[2] == 31  # the groups' bits: all five cue patterns
