"""Text predicates (text.py): shortcuts agree with the patterns that define them."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from corpusclean.text import is_capitalised
from strategies import any_text

# The definition: an upper-case letter or any number first (Unicode categories Lu and N).
CAPITALISED = regex.compile(r"^[\p{Lu}\p{N}]")


@given(st.one_of(any_text, st.text(alphabet=st.characters(max_codepoint=127), max_size=4)))
def test_is_capitalised_agrees_with_its_pattern(word: str) -> None:
    assert is_capitalised(word) == (CAPITALISED.match(word) is not None)


def test_every_ascii_character_is_capitalised_as_its_pattern_says() -> None:
    for code in range(128):
        character = chr(code)
        assert is_capitalised(character) == (CAPITALISED.match(character) is not None)
