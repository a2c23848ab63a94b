"""The comment markers' screens, a line at a time and on any text (issue #8, comments41).

`stamps.stamped_lines` and `signatures._opening_lines` name the ASCII lines of a list that
may hold a clock time or an age, or open with a thread word, by their signs in the lines'
joined text (`stamps.JoinedLines.found_lines`); `signatures._screened_tests` sends each
other line to the whole test (its tests decide). A line either leaves out must fail the
full test it stands in front of, on text of any script: letters of other scripts, curly
quotes, no-break spaces, digits of other scripts (`\\d` and `str.isdigit` take them), line
feeds inside a block. And the marker candidates must be those of the first-written test of
every short line (`test_comments_screens38._reference_may_mark`), with some answers known from
an earlier round, on documents of stamps, cues and prose in every shipped language, ASCII or
not (the test of det39's screens, which it replaces).
"""

from __future__ import annotations

import re
import time

from hypothesis import event, example, given
from hypothesis import strategies as st

from corpusclean import Cleaner
from corpusclean.detect.comments import signatures, stamps
from corpusclean.language import load_language, load_thread_words
from corpusclean.model import Block
from strategies import cue_lines, paragraphs
from test_comments_screens38 import _CODES, _reference_may_mark, _stamp_lines

# Pieces beyond ASCII that lines mix with thread words: other scripts' letters and words,
# curly quotes, a no-break space, other scripts' digits (Arabic-Indic, Devanagari,
# full-width), the signs a signature prints, the characters `re` folds onto ASCII letters
# under IGNORECASE (the long s, the Kelvin sign), the thread words' own accented letters.
_BEYOND_ASCII = st.sampled_from(
    (
        "Jörg",
        "Ответить",
        "返信",
        "3小时前",
        "10月31日12:30",
        "“Reply”",
        "’",
        "\u00a0",
        "١٢:٣٠",
        "१२:३०",
        "１２:３０",
        "٣ days ago",
        "·",
        "…",
        "ſ",
        "\u212a",
        "Répondre",
        "il y a 2 heures",
        "vor 3 Stunden",
        "\u2028",
    )
)
_JOINS = st.sampled_from((" ", "", "\n", "\u00a0", " · ", ": ", "\t"))


@st.composite
def _mixed_lines(draw: st.DrawFn, code: str) -> str:
    """A short line of the thread words' stamps and cues with pieces beyond ASCII."""
    pieces = st.one_of(_stamp_lines(code), cue_lines(), _BEYOND_ASCII)
    parts = draw(st.lists(st.tuples(pieces, _JOINS), min_size=1, max_size=5))
    return "".join(piece + join for piece, join in parts)


def _lines(code: str) -> st.SearchStrategy[list[str]]:
    return st.lists(
        st.one_of(_mixed_lines(code), _stamp_lines(code), cue_lines(), paragraphs()),
        max_size=12,
    )


_CASES = _CODES.flatmap(lambda code: st.tuples(st.just(code), _lines(code)))


@given(_CASES)
@example(("en", ["١٢:٣٠", "Reply"]))
@example(("en", ["Jörg", "3 days\nago", "x"]))
@example(("fr", ["il y\na 2 heures"]))
@example(("en", ["9:45\n", "\n12:30"]))
@example(("en", ["Jörg", "  3 -- REPLY"]))
@example(("en", ["- \n", "\n 2 Reply"]))
@example(("fr", ["“Répondre”", "12 Réponses"]))
def test_a_line_the_screens_leave_out_fails_the_tests_they_stand_for(
    case: tuple[str, list[str]],
) -> None:
    # Left out of the whole test: no clock time and no age, with a digit or in words; left
    # out of the opening's too: no thread word at its start. Lines beyond ASCII go whole.
    code, lines = case
    words = load_thread_words(code)
    whole, opening = signatures._screened_tests(lines, load_language(code))
    assert not whole & opening
    opens = words.thread_word.match
    for index, line in enumerate(lines):
        if not line.isascii():
            assert index in whole
        if index not in whole:
            assert not (re.search(r"\d", line) and stamps._holds_clock_or_age(line, words))
            assert not stamps._may_hold_worded_age(line, words)
            if index not in opening:
                assert opens(line) is None
    event(f"lines left out: {min(len(lines) - len(whole | opening), 3)}")


@given(_CASES)
@example(("da", ["Jörg ", " ", "antworten "]))
@example(("fr", ["il", "y a 2 heures", "9:45"]))
def test_each_ascii_screen_lets_through_a_line_it_lets_through_alone(
    case: tuple[str, list[str]],
) -> None:
    # A line a screen lets through alone it lets through among others: its own signs stand
    # on it in the joined text. (Not the converse: "il" over "y a 2 heures" shows an age's
    # words over two lines, and the white space a line feed ends runs into the next line's
    # thread word; the whole test then answers.)
    code, lines = case
    words = load_thread_words(code)
    ascii_lines = [line for line in lines if line.isascii()]
    together = stamps.stamped_lines(stamps.JoinedLines(ascii_lines), words)
    opening = signatures._opening_lines(stamps.JoinedLines(ascii_lines), code)
    for index, line in enumerate(ascii_lines):
        alone = stamps.JoinedLines([line])
        if together is not None and stamps.stamped_lines(alone, words):
            assert index in together
        if opening is not None and signatures._opening_lines(alone, code):
            assert index in opening


@given(
    st.lists(st.text(alphabet="ab\nc", max_size=6), min_size=1, max_size=8),
    st.sampled_from((b"b", b"ab", b"a\n", b"\n")),
)
def test_the_joined_lines_found_are_those_a_sign_starts_on(lines: list[str], sign: bytes) -> None:
    # Exactly the lines on which the sign starts in the joined text, each place named by
    # the last line that starts at or before it (a joining line feed names the line it ends).
    joined = stamps.JoinedLines(lines)
    found = joined.found_lines(lambda at: joined.data.find(sign, at))
    places = [at for at in range(len(joined.data)) if joined.data.startswith(sign, at)]
    line_starts = [sum(len(line) + 1 for line in lines[:n]) for n in range(len(lines))]
    expected = {max(n for n, start in enumerate(line_starts) if start <= at) for at in places}
    assert found == expected


def _documents(code: str) -> st.SearchStrategy[list[str]]:
    """Documents of the markers' lines: short lines mixed beyond ASCII, or longer documents
    of whole stamps, cues and prose (with one cue after an accent)."""
    whole_lines = st.one_of(_stamp_lines(code), cue_lines(), paragraphs(), st.just("é Reply"))
    return st.one_of(_lines(code), st.lists(whole_lines, max_size=30))


@given(
    _CODES.flatmap(
        lambda code: st.tuples(
            st.just(code), _documents(code), st.sets(st.integers(0, 29), max_size=6)
        )
    )
)
def test_the_candidates_of_any_text_are_the_unscreened_tests(
    case: tuple[str, list[str], set[int]],
) -> None:
    code, lines, answered = case
    language = load_language(code)
    blocks = [Block(line, index, index + 1) for index, line in enumerate(lines) if line.strip()]
    short = [b for b in blocks if b.words <= signatures.SIGNATURE_MAX_WORDS]
    expected = [b.start for b in short if _reference_may_mark(b.text, code)]
    # Some answers known from an earlier round (the others only are screened anew).
    known = {b.start: _reference_may_mark(b.text, code) for b in short if b.start in answered}
    found = [b.start for b in signatures._candidates(blocks, language, known)]
    assert found == expected
    assert all(known[b.start] is _reference_may_mark(b.text, code) for b in short)
    event(f"candidates: {min(len(found), 3)}")


@given(_CASES)
@example(("en", ["1", "2", " 3", "Reply"]))
@example(("en", ["-\n\n 3\nReply"]))
def test_the_opening_screen_reads_no_line_feed_after_its_first(case: tuple[str, list[str]]) -> None:
    # A match of the thread-word screen holds one line feed, its first character: it stands
    # on one line, and a search tries each line's start once (linear on lines of digits).
    code, lines = case
    screen = signatures._thread_word_screen(code)
    if screen is None:
        return
    ascii_lines = [line for line in lines if line.isascii()]
    spaced = b"\n" + stamps.JoinedLines(ascii_lines).data.translate(signatures._LINES_SPACED)
    for match in screen.finditer(spaced):
        assert match.group().count(b"\n") == 1
        assert match.group().startswith(b"\n")


# Generous, as `test_linear_time.LIMIT_CPU_SECONDS`: the screen that read every run of lines
# of digits again from each line took 13 CPU s for 20,000 lines at the session's start.
LIMIT_CPU_SECONDS = 30.0


def test_a_column_of_digits_under_an_article_cleans_in_bounded_time() -> None:
    paragraph = " ".join(["The council met on Monday and voted for the city's budget."] * 3)
    text = "\n\n".join([paragraph] * 4 + [str(n % 10) for n in range(50_000)])
    cleaner = Cleaner()
    started = time.process_time()
    cleaned = cleaner.clean(text)
    assert time.process_time() - started < LIMIT_CPU_SECONDS
    assert paragraph in cleaned.text
