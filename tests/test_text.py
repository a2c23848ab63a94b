"""Text predicates (text.py): shortcuts agree with the patterns that define them."""

from __future__ import annotations

import math

import regex
from hypothesis import given
from hypothesis import strategies as st

from corpusclean.text import (
    CJK_CHARS_PER_WORD,
    capitalised_share,
    ends_like_sentence,
    is_capitalised,
    word_count,
)
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


# The definition of word_count: space-separated words, and in each run of Han or kana one word
# per CJK_CHARS_PER_WORD characters instead of one for the run.
UNSPACED_RUN = regex.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80) | st.sampled_from("のはをアイ")
WORDS = st.lists(
    st.text(CJK | st.sampled_from("ab1,.é"), min_size=1, max_size=12), min_size=1, max_size=8
)


@given(WORDS)
def test_word_count_counts_spaced_words_and_cjk_runs_by_length(words: list[str]) -> None:
    text = " ".join(words)
    runs = UNSPACED_RUN.findall(text)
    expected = len(words) + sum(math.ceil(len(run) / CJK_CHARS_PER_WORD) - 1 for run in runs)
    assert word_count(text) == expected
    # Never fewer than the spaced words; the same as them without Han or kana.
    assert word_count(text) >= len(words)
    if not runs:
        assert word_count(text) == text.count(" ") + 1


def test_chinese_and_japanese_sentences_end_like_sentences() -> None:
    assert ends_like_sentence("北京市政府星期一宣布了新的规定。")
    assert ends_like_sentence("「条例を守ってほしい」と述べた。」")
    assert not ends_like_sentence("北京地铁新线路明年开通")


@given(st.text(st.characters(max_codepoint=127), max_size=40))
def test_capitalised_share_of_ascii_text_counts_the_words_is_capitalised_accepts(
    text: str,
) -> None:
    # ASCII text is counted in one scan, not a call per word: the same share.
    words = text.split()
    expected = sum(1 for w in words if is_capitalised(w)) / len(words) if words else 0.0
    assert capitalised_share(text) == expected
