"""The readings that answer a line without a letter at once (issue #8, digits42).

A column of numbers ("123", "4.5", "12 | 345") is no byline's meta line and no comment
thread's counted head: each needs a word, and `literals.every_match_holds_a_letter` reads
that off the patterns that find them. These tests hold each screened reading to the
first-written one (kept here as the reference) on lines with and without letters.
"""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.detect import bylines
from corpusclean.detect.comments import tail
from corpusclean.language import Language, load_language, load_thread_words, shipped_languages
from corpusclean.model import Block
from corpusclean.text import word_count

# Digits of several scripts, signs, curly quotes, spaces, NBSP, and a few letters (Latin,
# Cyrillic, Greek, kana) and the words the readings look for, so that both ways are taken.
_PIECES = [
    *"0123456789٣٤१२０１²½.,:;/|-–—·•()[]#%+*&@©°“”‘’«»„",
    " ",
    "\u00a0",
    "\u0345",
    "ι",
    "Ж",
    "コ",
    "é",
    " Comments",
    " Kommentare",
    " min read",
    "By Jane Doe",
    " | ",
    " to “Plätzchen”",
]
_LINES = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("".join)
_LANGUAGES = st.sampled_from(sorted(shipped_languages()))


@cache
def _language(code: str) -> Language:
    return load_language(code)


@cache
def _thread_words(code: str) -> Language:
    return load_thread_words(code)


def _reference_meta_line(block: Block, language: Language) -> bool:
    return bylines._may_be_meta_line(block.text) and bylines.is_meta_line(block.text, language)


def _reference_head_shape(block: Block, words: Language) -> tail._Shape | None:
    """`tail._head_shape` as first written, without its screen for lines with no letter."""
    text = block.text.rstrip()
    if not text or not (text[0].isdigit() or text[-1].isdigit()):
        return None
    bare: tail._Head | None = None
    if block.words <= tail.CONTROL_ROW_MAX_WORDS and tail._is_thread_head(block, words):
        first = tail._COUNT_FIRST.match(text)
        if first is not None and text.endswith(":"):
            return tail._Shape(tail._Head(int(first.group(1)), quotes=False), None)
        last = tail._COUNT_LAST.fullmatch(text)
        if last is not None:
            return tail._Shape(tail._Head(int(last.group(1)), quotes=False), None)
        if first is not None:
            bare = tail._Head(int(first.group(1)), quotes=False, bare=True)
    if block.words <= tail.TITLE_HEAD_MAX_WORDS:
        quoted = tail._COUNT_ON_QUOTE.fullmatch(text)
        if quoted is not None:
            return tail._Shape(None, (int(quoted.group(1)), quoted.group("quote")))
    return None if bare is None else tail._Shape(bare, None)


@settings(max_examples=300, deadline=None)
@given(text=_LINES, code=_LANGUAGES)
def test_meta_line_as_the_reference(text: str, code: str) -> None:
    block = Block(text, 0, 1)
    language = _language(code)
    assert bylines._meta_line(block, language) == _reference_meta_line(block, language)


@settings(max_examples=300, deadline=None)
@given(text=_LINES, code=_LANGUAGES)
def test_head_shape_as_the_reference(text: str, code: str) -> None:
    block = Block(text, 0, 1)
    words = _thread_words(code)
    screened = tail._head_shape(block, words, tail._heads_hold_letters(words))
    assert screened == _reference_head_shape(block, words) == tail._head_shape(block, words)


def test_examples_either_way() -> None:
    en, words = _language("en"), _thread_words("en")
    assert bylines._meta_line(Block("By Jane Doe | 3 min read", 0, 1), en)
    assert not bylines._meta_line(Block("12 | 345", 0, 1), en)
    assert tail._heads_hold_letters(words)
    assert tail._head_shape(Block("12 Comments", 0, 1), words, letters_needed=True) is not None
    for line in ("123", "4.5", "12 | 345", "1 / 12"):
        block = Block(line, 0, 1)
        assert block.words == word_count(line)
        assert tail._head_shape(block, words, letters_needed=True) is None
        assert _reference_head_shape(block, words) is None
