"""The readings that answer a line without a letter at once (issue #8, digits42).

A column of numbers ("123", "4.5", "12 | 345") is no byline's meta line: one needs a byline
or a reading time, each a word, and `literals.every_match_holds_a_letter` reads that off the
patterns that find them. These tests hold the screened reading to the first-written one
(kept here as the reference) on lines with and without letters.
"""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.detect import bylines
from corpusclean.language import Language, load_language, shipped_languages
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


def _reference_meta_line(block: Block, language: Language) -> bool:
    return bylines._may_be_meta_line(block.text) and bylines.is_meta_line(block.text, language)


@settings(max_examples=300, deadline=None)
@given(text=_LINES, code=_LANGUAGES)
def test_meta_line_as_the_reference(text: str, code: str) -> None:
    block = Block(text, 0, 1)
    language = _language(code)
    assert bylines._meta_line(block, language) == _reference_meta_line(block, language)


def test_examples_either_way() -> None:
    en = _language("en")
    assert bylines._meta_line(Block("By Jane Doe | 3 min read", 0, 1), en)
    for line in ("123", "4.5", "12 | 345", "1 / 12"):
        block = Block(line, 0, 1)
        assert block.words == word_count(line)
        assert not bylines._meta_line(block, en)
        assert not _reference_meta_line(block, en)
