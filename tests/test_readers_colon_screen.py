"""The readers of lines `fields._scope_shapes` and `captions._credit_shaped_lines` against
their first-written forms (issue #8, facts43): the fields' empty labels and lines of fields
are read among the lines that hold a colon, found by one walk, where each test walked every
line; the credit's screen joins the lines from a list. The references are kept here; the
properties compare them on generated lines in several languages, ASCII or not, with colons,
value gaps and credit words anywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import example, given
from hypothesis import strategies as st

from corpusclean.detect import captions, fields
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language
from corpusclean.model import Block

#: Pieces of a line: words of several scripts, colons and value gaps, field and stamp
#: words, a trade's word, spaces of other kinds, digits of other scripts, curly quotes.
PIECES = (
    "Ort",
    "Zeit",
    "Preis",
    "Posted",
    "updated",
    "Laatste update",
    "Categoria",
    "Jane Doe",
    "Staff Photographer",
    "Fotograf",
    "fotógrafo",
    "李明",
    "Москва",
    "٣٤٥",
    "2022",
    "“quoted”",
    ":",
    " : ",
    "：",
    ",",
    " , ",
    " | ",
    " - ",
    " • ",
    "Tags: News",
    "Autor: Ana",
    " / ",
    ".",
    " ",
    "\u00a0",
    "\u2003",
    "\t",
    "",
)
CODES = ("en", "de", "nl", "pt", "fr", "cs")

texts = st.lists(st.sampled_from(PIECES), max_size=9).map("".join)


def _scope_shapes_reference(blocks: Sequence[Block], facts: Facts) -> fields._ScopeShapes:
    """`fields._scope_shapes` as first written: every line walked for each shape."""
    language = facts.language
    stamps = (
        frozenset(
            block.start
            for block in blocks
            if block.words <= fields.STRIPPED_STAMP_MAX_WORDS
            and fields._is_stripped_stamp(block, language)
        )
        if language.stamp_words
        else frozenset()
    )
    labels = frozenset(
        block.start
        for block in blocks
        if block.text.endswith(":") and fields._is_empty_label(block)
    )
    return fields._ScopeShapes(
        empty_labels=labels,
        stripped_stamps=stamps,
        field_lines=frozenset(
            block.start
            for block in fields._colon_rich(blocks)
            if fields._is_field_line(block, language)
        ),
    )


def _credit_shaped_lines_reference(blocks: Sequence[Block], facts: Facts) -> frozenset[int]:
    """`captions._credit_shaped_lines` as first written: the lines joined from a generator."""
    language = facts.language
    if not language.may_hold_photographer_word("\n".join(b.text for b in blocks)):
        return frozenset()
    return frozenset(b.start for b in blocks if captions._is_credit_shaped(b.text, language))


@given(st.sampled_from(CODES), st.lists(texts, max_size=10))
@example("de", ["Laatste update:", "Ort: Lohr Zeit: 19 Uhr Preis: 5 Euro", "Posted , updated"])
@example("en", ["Jane Doe / Staff Photographer", "Categoria:", "Posted , updated"])
@example("pt", ["Tags: News - Autor: Ana - Rua Walter Marquardt, 1111", "Categoria:"])
def test_the_readers_answer_as_their_references(code: str, lines: list[str]) -> None:
    blocks = [Block(text, index, index + 1) for index, text in enumerate(lines)]
    facts = Facts(load_language(code), blocks)
    assert fields._scope_shapes(blocks, facts) == _scope_shapes_reference(blocks, facts)
    assert captions._credit_shaped_lines(blocks, facts) == _credit_shaped_lines_reference(
        blocks, facts
    )
