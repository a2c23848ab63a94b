"""The stamp screen's signs found by one search each (issue #8, comments42).

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

from corpusclean.detect.comments import stamps
from corpusclean.language import load_thread_words
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
