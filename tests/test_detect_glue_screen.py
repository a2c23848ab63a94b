"""The glued controls' document screen (`glued._may_hold_glue`, issue #8, speed33detect).

`glued._glued_lines` tests every line of a document for controls glued to the next comment
("ReplyDelete"); the screen answers an ASCII document with no capital right after a small
letter at once, as holding none. The property compares the screened reader with the walk
alone (`_lines_opening_glued`) on generated documents in every shipped language, ASCII or
not, where glued and nearly glued lines are common; the table the screen reads is checked
against `str.islower` and `str.isupper` on every ASCII character.
"""

from __future__ import annotations

import re

from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from corpusclean.detect.comments import glued
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language, load_thread_words, shipped_languages
from corpusclean.model import Block
from strategies import examples, paragraphs

#: Pieces of lines near glued controls: controls of several languages, names, a page's own
#: control ("Share"), words with a capital inside ("McDonald"), other scripts and cases
#: ("é", "É", "ß", "Ǆ"), signs and spaces.
PIECES = (
    "Reply",
    "reply",
    "Delete",
    "Antworten",
    "Löschen",
    "Responder",
    "Excluir",
    "Rispondi",
    "Elimina",
    "Share",
    "Erika",
    "Muster",
    "Mandi",
    "McDonald",
    "jo",
    "said...",
    "é",
    "É",
    "ß",
    "Ǆ",
    "3",
    ":",
    "-",
    " ",
    "  ",
    "\t",
    "\u00a0",
    # The white space `str.lstrip` takes before a line's first word, and a line feed inside
    # a block: the screen reads only the first word of each line (speed36det).
    "\n",
    "\r",
    "\x0b",
    "\x1c",
    "\x1f",
)


@st.composite
def glue_documents(draw: st.DrawFn) -> tuple[str, list[Block]]:
    """A language's code and a document: prose paragraphs and short lines of glued or
    spaced pieces, in any order, ASCII or not."""
    code = draw(st.sampled_from(shipped_languages()))
    glued_line = st.lists(st.sampled_from(PIECES), min_size=1, max_size=5).map("".join)
    lines = draw(st.lists(st.one_of(paragraphs(1, 2), glued_line), min_size=1, max_size=8))
    if draw(st.booleans()):  # most of the speed corpus's documents: ASCII only
        lines = [line.encode("ascii", "ignore").decode("ascii") or "x" for line in lines]
    return code, [Block(line, n, n + 1) for n, line in enumerate(lines)]


@given(glue_documents())
@settings(max_examples=examples(600))
@example(("en", [Block("Reply", 0, 1), Block("Delete", 1, 2)]))
@example(("en", [Block("We went out.", 0, 1), Block("ReplyDelete", 1, 2)]))
@example(("it", [Block("Bella!", 0, 1), Block("  RispondiEliminaMandi", 1, 2)]))
@example(("de", [Block("Schön.", 0, 1), Block("AntwortenErika Muster", 1, 2)]))
@example(("en", [Block("We ate at McDonald's.", 0, 1), Block("Reply", 1, 2)]))
@example(("en", [Block("We ate.", 0, 1), Block("\x1c\tReplyDelete", 1, 2)]))
@example(("en", [Block("We ate.", 0, 1), Block("Reply McDonald\nReplyDelete", 1, 2)]))
def test_the_glue_screen_answers_as_the_walk(case: tuple[str, list[Block]]) -> None:
    code, blocks = case
    walked = glued._lines_opening_glued(blocks, load_thread_words(code))
    screened = glued._glued_lines(blocks, Facts(load_language(code)))
    event(f"screen {'open' if glued._may_hold_glue(blocks) else 'shut'}, found {bool(walked)}")
    assert screened == walked


def test_the_case_table_is_str_case_on_every_ascii_character() -> None:
    for byte in range(128):
        sign = glued._ASCII_LETTER_CASES[byte]
        char = chr(byte)
        assert (sign == ord("a")) == char.islower(), char
        assert (sign == ord("A")) == char.isupper(), char


def test_the_glue_screen_is_taken_and_opened() -> None:
    article = "The council met on Monday and voted for the new budget of the city."
    assert not glued._may_hold_glue([Block(article, 0, 1), Block("Reply", 1, 2)])
    assert glued._may_hold_glue([Block(article, 0, 1), Block("ReplyDelete", 1, 2)])
    assert glued._may_hold_glue([Block("Café", 0, 1)])  # not ASCII: the walk decides
    # A capital after a small letter past a line's first word glues nothing (speed36det).
    assert not glued._may_hold_glue([Block("We ate at McDonald's.", 0, 1)])
    assert glued._may_hold_glue([Block("We ate at McDonald's.", 0, 1), Block(" McDonald", 1, 2)])


# The first-written `glued._glue_in_first_word` (speed36det), kept as the reference of the
# one search that replaced it (detectors40): each "aA" found by `bytes.find` and read back
# to its line's start by this pattern.
_REFERENCE_FIRST_WORD = re.compile(rb"[\t\n\x0b\x0c\r\x1c-\x1f ]*[^ \n]*?aA")


def reference_glue_in_first_word(cases: bytes) -> bool:
    """Whether a line of ``cases`` shows "aA" in its first word, walked "aA" by "aA"."""
    glued_at = _REFERENCE_FIRST_WORD.match
    at = cases.find(b"aA")
    while at >= 0:
        if glued_at(cases, cases.rfind(b"\n", 0, at) + 1) is not None:
            return True
        end = cases.find(b"\n", at)  # the rest of this line is past its first word
        at = -1 if end < 0 else cases.find(b"aA", end)
    return False


#: The signs of a document as the screen reads it: letters made "a" and "A", every white
#: space `str.lstrip` takes, a line feed, and other signs.
CASE_SIGNS = st.sampled_from(
    [b"a", b"A", b" ", b"\n", b"\t", b"\r", b"\x0b", b"\x1c", b"\x1f", b".", b"3"]
)


@given(st.lists(CASE_SIGNS, max_size=40).map(b"".join))
@settings(max_examples=examples(2000))
@example(b"\n\n  \taA")
@example(b"a\n \t\naA b")
@example(b"\t\ta aA")
@example(b"a.aA")
def test_the_first_word_search_answers_as_the_walk(cases: bytes) -> None:
    assert glued._glue_in_first_word(cases) == reference_glue_in_first_word(cases)
