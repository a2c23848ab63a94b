"""Text predicates (text.py): shortcuts agree with the patterns that define them."""

from __future__ import annotations

import math

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from corpusclean.text import (
    CJK_CHARS_PER_WORD,
    capitalised_share,
    ends_like_sentence,
    is_capitalised,
    may_hold_unspaced_script,
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


# The characters the screen must never miss: kana, Han (with extension A) and Hangul, the
# classes the scans of `word_count` and `language` look for; near them, the characters just
# under U+3000 that it must let through (dashes, quotes, arrows), surrogates and emoji.
UNSPACED_SCRIPT = regex.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
NEAR_UNSPACED = st.sampled_from(
    "\u2014\u2019\u201c\u2026\u2fff\u3000\u303f\u3040\u30ff\u9fff\ua000\uac00\ud7af"
    "\ud7b0\ud800\udfff\ue000\uffff\U0001f600 aé\u0416"
)


@given(st.one_of(any_text, st.text(NEAR_UNSPACED | CJK | st.characters(), max_size=40)))
def test_the_unspaced_script_screen_never_misses_one(text: str) -> None:
    # Exact where it says no: a text with a kana, Han or Hangul character is always let
    # through, and word counts are the pattern's, screened or not.
    if UNSPACED_SCRIPT.search(text):
        assert may_hold_unspaced_script(text)
    runs = UNSPACED_RUN.findall(text)
    spaced = text.count(" ") + 1 if text else 0
    expected = spaced + sum(math.ceil(len(run) / CJK_CHARS_PER_WORD) - 1 for run in runs)
    assert word_count(text) == expected


def test_the_unspaced_script_screen_lets_through_exactly_the_characters_from_u3000() -> None:
    # Every code point of the Basic Multilingual Plane, one by one, and each astral plane's
    # first: the screen's answer is a function of the characters from U+3000 up alone.
    for code in [*range(0x10000), *range(0x10000, 0x110000, 0x10000)]:
        assert may_hold_unspaced_script(chr(code)) == (code >= 0x3000), hex(code)
    assert not may_hold_unspaced_script("Prime Minister\u2019s \u201cplan\u201d \u2014 Москва")


def test_chinese_and_japanese_sentences_end_like_sentences() -> None:
    assert ends_like_sentence("北京市政府星期一宣布了新的规定。")
    assert ends_like_sentence("「条例を守ってほしい」と述べた。」")
    assert not ends_like_sentence("北京地铁新线路明年开通")


@pytest.mark.parametrize(
    "line",
    [
        "Er sagte: „Wir schaffen das.“",  # German low-high quotes
        "Sie fragte: ‚Warum nicht?‘",
        "Er fragte: »Warum?«",  # German guillemets, pointing in
        "Il a dit : « C'est fini. »",  # French, a space before the closer
        "Il a dit : « C'est fini.\u202f»",  # ... a narrow no-break space
        "Ha detto: «Basta.»",  # Italian, Spanish, Portuguese
        "Han sa: »Det är slut.»",  # Swedish
    ],
)
def test_a_paragraph_ending_in_a_quoted_sentence_ends_like_one(line: str) -> None:
    assert ends_like_sentence(line)


@pytest.mark.parametrize(
    "line",
    [
        "Macron : « Nous sommes en guerre »",  # a headline quoting words, no sentence mark
        "Lire aussi «",
        "Der Titel „Neue Wege“",
        "»",
        "Wait. »x",
    ],
)
def test_a_quote_without_a_sentence_mark_before_it_ends_no_sentence(line: str) -> None:
    assert not ends_like_sentence(line)


@given(st.text(st.characters(max_codepoint=127), max_size=40))
def test_capitalised_share_of_ascii_text_counts_the_words_is_capitalised_accepts(
    text: str,
) -> None:
    # ASCII text is counted in one scan, not a call per word: the same share.
    words = text.split()
    expected = sum(1 for w in words if is_capitalised(w)) / len(words) if words else 0.0
    assert capitalised_share(text) == expected
