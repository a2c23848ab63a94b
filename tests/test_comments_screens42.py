"""The stamp screen's signs found by one search each, and the counted head's shape screened
by its count (issue #8, comments42).

`stamps.stamped_lines` named the ASCII lines that may hold a clock time or an age by twelve
scans of their joined text, one `in` (and a `find` a line where it found one) for each of
the five clock signs and each of the seven age words; it now finds each family's signs by
one search of their alternation (`stamps._first_start`). The lines it names must be those
of the first-written screen (`_reference_stamped_lines`, kept here), on the thread words'
stamps and cues mixed with text beyond ASCII (the screen reads the ASCII lines of a list;
`signatures._screened_tests` sends the others to the whole test), and on lines dense in the
signs' own characters, where signs overlap and share their first characters.
"""

from __future__ import annotations

from functools import partial

from hypothesis import example, given
from hypothesis import strategies as st

from corpusclean.detect.comments import stamps, tail
from corpusclean.detect.comments.signatures import CONTROL_ROW_MAX_WORDS, _is_thread_head
from corpusclean.language import Language, load_thread_words, shipped_languages
from corpusclean.model import Block
from test_comments_edges import EDGE_LINES, PADS
from test_comments_screens41 import _CASES


def _reference_stamped_lines(lines: stamps.JoinedLines, code: str) -> set[int] | None:
    """`stamps.stamped_lines` as first written: each sign asked by one `in`, then found by
    its own `find`."""
    ages = stamps._age_screen(code)
    if ages is None:
        return None
    clocks = lines.data.translate(stamps._DIGITS_AS_ZERO)
    spaced = b" " + lines.data.translate(stamps._WORDS_SPACED) + b" "
    found: set[int] = set()
    for sign in stamps._CLOCK_SIGNS:
        if sign in clocks:
            found |= lines.found_lines(partial(clocks.find, sign))
    for word in ages:
        if word in spaced:
            found |= lines.found_lines(partial(spaced.find, word))
    return found


def _same_lines(code: str, lines: list[str]) -> None:
    joined = stamps.JoinedLines([line for line in lines if line.isascii()])
    words = load_thread_words(code)
    assert stamps.stamped_lines(joined, words) == _reference_stamped_lines(joined, code)


@given(_CASES)
@example(("en", ["Jörg", "3 days\nago", "x"]))
@example(("fr", ["il y\na 2 heures", "14 h 05"]))
@example(("en", ["12.3.2024 14.05", "9H45", "Posted 3 Days Ago"]))
def test_the_stamp_screen_names_the_lines_of_its_first_writing(
    case: tuple[str, list[str]],
) -> None:
    _same_lines(*case)


# The signs' own characters, densely: digits, the clock's separators, the age words' letters
# and the spaces and line feeds around them ("00:000.0.0", " ago  vor ", "1h001 h 00").
_SIGN_TEXT = st.text(alphabet="0123456789:.hH agoAGOvrfeldncy\n", max_size=40)


@given(st.sampled_from(("en", "de", "fr", "it", "nl", "es")), st.lists(_SIGN_TEXT, max_size=8))
@example("en", ["00:000.0.0", "0 h 00 ago", "x"])
@example("it", [" fa ", "1 fa", "ha\nhace 2"])
def test_overlapping_signs_name_the_lines_of_the_first_writing(code: str, lines: list[str]) -> None:
    _same_lines(code, lines)


def _reference_head_shape(block: Block, words: Language) -> object:
    """`tail._head_shape` as first written: the thread head's patterns tried on every short
    line with a digit at an edge."""
    text = block.text.rstrip()
    if not text or not (text[0].isdigit() or text[-1].isdigit()):
        return None
    bare = None
    if block.words <= CONTROL_ROW_MAX_WORDS and _is_thread_head(block, words):
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


# Counts, in ASCII and other scripts' digits, and what stands around them in a head and in
# the article's lines: the heads' words, colons, quotation marks, stops and commas.
_COUNTS = st.sampled_from(("1", "3", "12", "2021", "12345", "٣", "１２", "²", "3.5", "2,000"))
_HEAD_PIECES = st.one_of(
    _COUNTS,
    st.sampled_from(EDGE_LINES),
    st.sampled_from(("Comments", "Kommentare", "reacties", "Antworten auf", "thoughts on")),
    st.sampled_from((":", " : ", "„Spring“", "“A long spring”", "\u00a0", "Posted", "Jörg")),
)


@st.composite
def _head_lines(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_HEAD_PIECES, st.sampled_from(PADS)), min_size=1, max_size=5))
    return "".join(piece + pad for piece, pad in parts)


@given(st.sampled_from(shipped_languages()), st.lists(_head_lines(), min_size=1, max_size=8))
@example("en", ["3 Comments", "1 comment:", "Comments: 2", "Posted 2021", "2021:"])
@example("de", ["2 Antworten auf „Spring“", "٣ تعليقات:", "12345 Kommentare:"])
def test_the_head_shape_screen_answers_as_the_first_writing(code: str, lines: list[str]) -> None:
    words = load_thread_words(code)
    for n, line in enumerate(lines):
        block = Block(line, n, n + 1)
        assert tail._head_shape(block, words) == _reference_head_shape(block, words)
