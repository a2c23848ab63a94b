"""The teaser records' four-digit screen (`teaserrecords._date_line`, issue #8, speed34article).

A date line is read as a date (`date_key`) only when it holds four digits in a row
(`_FOUR_DIGITS`): every date `date_key` finds holds a year of four digits. The property
compares the screened fact with the reading it screens (written here as it was before the
screen) on short lines of dates, partial dates, scores, prices and clock times, in ASCII and
other digits, in every shipped language; and the screen against each of the date patterns.
"""

from __future__ import annotations

from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from corpusclean.detect import teaserrecords
from corpusclean.language import Language, load_language, shipped_languages
from corpusclean.model import Block
from corpusclean.text import DIGIT, word_count
from strategies import examples

#: Pieces of short lines near a date line: digits (ASCII, Arabic-Indic, full-width,
#: Devanagari), runs of them, separators, month names and their abbreviations, weekdays,
#: words, and a section after a bar.
PIECES = (
    "7",
    "12",
    "2022",
    "1999",
    "202",
    "20225",
    "٢٠٢٢",
    "２０２２",
    "२०२२",
    "٣",
    "March",
    "Mar.",
    "Dezember",
    "janvier",
    "Aug",
    "Freitag,",
    "Technik",
    ".",
    "-",
    ",",
    ":",
    "/",
    " ",
    " | ",
    "$",
    "3-1",
)


def _unscreened_date_line(block: Block, language: Language) -> teaserrecords.DateKey | None:
    """`_date_line` as it was before the four-digit screen."""
    text = block.text
    if block.words > teaserrecords.DATE_LINE_MAX_WORDS or DIGIT.search(text) is None:
        return None
    key = teaserrecords.date_key(text, language)
    if key is None or not (
        teaserrecords._OPENS_WITH_DATE.match(text) or teaserrecords.is_date_stamp(text, language)
    ):
        return None
    return key


#: Digits in four scripts, by value: ASCII, Arabic-Indic, full-width, Devanagari.
DIGITS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９", "०१२३४५६७८९")


@st.composite
def numbers(draw: st.DrawFn, values: st.SearchStrategy[int], width: int) -> str:
    """A number drawn from ``values``, written in one script with up to ``width`` digits
    (zeros in front, or not)."""
    script = draw(st.sampled_from(DIGITS))
    digits = str(draw(values)).zfill(draw(st.integers(1, width)))
    return "".join(script[int(c)] for c in digits)


#: Shapes of a date line: numeric dates day first and ISO, a month's name before or after
#: the day, and a section or a clock time after it.
DATE_SHAPES = (
    "{d}.{m}.{y}",
    "{d}-{m}-{y}",
    "{y}-{m}-{d}",
    "{M} {d}, {y}",
    "{d} {M} {y}",
    "{M} {y}",
)


@st.composite
def dated_lines(draw: st.DrawFn) -> str:
    """A line shaped as a date, its numbers of any width and script (so, often, no year)."""
    shape = draw(st.sampled_from(DATE_SHAPES))
    months = ("March", "Mar.", "Dezember", "janvier", "Aug")
    text = shape.format(
        d=draw(numbers(st.integers(0, 35), 2)),
        m=draw(numbers(st.integers(0, 14), 2)),
        y=draw(numbers(st.one_of(st.integers(1790, 2210), st.integers(0, 999)), 4)),
        M=draw(st.sampled_from(months)),
    )
    return text + draw(st.sampled_from(("", " | Technik", " at 19:11")))


date_texts = st.one_of(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join), dated_lines()
)


@given(st.sampled_from(shipped_languages()), date_texts)
@settings(max_examples=examples(1500))
@example("en", "March 7, 2022")
@example("de", "25.04.2022 | Technik")
@example("en", "2022-04-25")
@example("en", "Aug. 9, 2019")
@example("ar", "٢٥.٠٤.٢٠٢٢")
@example("en", "3-1 at 20:15")
def test_the_four_digit_screen_answers_as_the_date_reading(code: str, text: str) -> None:
    language = load_language(code)
    block = Block(text, 0, 1)
    screened = teaserrecords._date_line(block, language)
    four = teaserrecords._FOUR_DIGITS.search(text) is not None
    event(f"four digits {four}, a date {screened is not None}")
    assert screened == _unscreened_date_line(block, language)


@given(date_texts)
@settings(max_examples=examples(1500))
def test_every_date_pattern_needs_four_digits(text: str) -> None:
    """Each way `date_key` finds a date holds what the screen looks for."""
    if teaserrecords._FOUR_DIGITS.search(text) is None:
        assert teaserrecords._ISO_DATE.search(text) is None
        assert teaserrecords._DAY_FIRST_DATE.search(text) is None
        assert teaserrecords._YEAR.search(text) is None


def test_the_screen_is_on_short_lines_only() -> None:
    """A line too long for a date line is no date line, four digits or not."""
    text = "On March 7, 2022 the council met again and voted for the new budget"
    assert word_count(text) > teaserrecords.DATE_LINE_MAX_WORDS
    assert teaserrecords._date_line(Block(text, 0, 1), load_language("en")) is None
