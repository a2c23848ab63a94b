"""A signature line's tests asked only of lines that show what each needs (issue #8,
comments43).

`signatures._is_signature` asked six searches of every short line that is not prose; it now
asks the clock, date and digit-age searches only of a line with a digit, the age's search of
a line without one only where an age in words may stand (`_may_hold_undigited_age`), and the
signature verb's only of a line that ends in a colon or an ellipsis. Its answers must be
those of the first writing (`_reference_is_signature`, kept here) on lines of every shipped
language's stamps, cues, verbs, months, relative days and ages, mixed with text beyond ASCII
(other scripts' letters and digits, curly quotes, no-break spaces, the unspaced scripts' ages
"刚刚" and "たった今", line feeds inside a block), with both the thread words and a
language's own words.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from corpusclean.detect.comments import signatures
from corpusclean.detect.comments.stamps import _has_comment_age, _is_relative_day_stamp
from corpusclean.detect.facts import prose
from corpusclean.language import Language, load_language, load_thread_words, shipped_languages
from corpusclean.model import Block
from test_comments_screens38 import _stamp_lines
from test_comments_screens41 import _BEYOND_ASCII, _JOINS, _mixed_lines


def _reference_is_signature(block: Block, language: Language) -> bool:
    """`signatures._is_signature` as first written: every test asked of every short line
    that is not prose."""
    if block.words > signatures.SIGNATURE_MAX_WORDS or prose(block, language):
        return False
    text = block.text
    return bool(
        signatures._CLOCK.search(text)
        or signatures._NUMERIC_DATE.search(text)
        or language.month_date.search(text)
        or _has_comment_age(text, language)
        or language.signature_verb.fullmatch(text)
        or _is_relative_day_stamp(text)
    )


_CODES = st.sampled_from(shipped_languages())
# What a signature line holds besides the thread words' stamps: a reader's name, the ends a
# verb's line closes on, the unspaced scripts' ages, and an age in words at the line's end.
_SIGNATURE_PIECES = st.sampled_from(
    (
        "Jane Doe",
        "Anonymous",
        ":",
        "...",
        "…",
        " said...",
        "刚刚",
        "たった今",
        "剛才。",
        "an hour ago",
        "a month ago ·",
        "vor einem Monat",
        "il y a une heure",
        "Gestern",
        "yesterday at",
        "heute",
        "March",
        "4. November",
        "marzo",
    )
)


@st.composite
def _words_of_language(draw: st.DrawFn, code: str) -> str:
    """A month name or a relative day of the language, any case."""
    language = load_language(code)
    listed = [*language.months, *language.relative_days] or ["May"]
    word = draw(st.sampled_from(listed))
    return draw(st.sampled_from((word, word.upper(), word.capitalize())))


@st.composite
def _signature_like(draw: st.DrawFn, code: str) -> str:
    """A short line of stamps, verbs, months, ages and names, with pieces beyond ASCII."""
    pieces = st.one_of(
        _stamp_lines(code),
        _mixed_lines(code),
        _SIGNATURE_PIECES,
        _BEYOND_ASCII,
        _words_of_language(code),
        st.integers(0, 2030).map(str),
    )
    parts = draw(st.lists(st.tuples(pieces, _JOINS), min_size=1, max_size=5))
    return "".join(piece + join for piece, join in parts)


_CASES = _CODES.flatmap(lambda code: st.tuples(st.just(code), _signature_like(code)))


def _same_answers(code: str, text: str) -> None:
    block = Block(text, 0, 1)
    for language in (load_thread_words(code), load_language(code)):
        expected = _reference_is_signature(block, language)
        assert signatures._is_signature(block, language) == expected, (code, text)


@given(_CASES)
@example(("en", "Jane says:"))
@example(("en", "Anonymous said..."))
@example(("de", "Klaus hat gesagt…"))
@example(("zh", "张伟 刚刚"))
@example(("ja", "たった今"))
@example(("en", "Maria \u00a0an hour ago"))
@example(("de", "gestern, 22:13 Uhr"))
@example(("en", "2 days ago: the bridge"))
@example(("en", "١٢:٣٠"))
@example(("fr", "il y a une heure"))
@example(("en", "Jane wrote on March 11th, 2015 at 02:57:"))
@example(("en", "Jane says:\n"))
@example(("en", "\u212aate said:"))
def test_a_signature_is_what_the_first_writing_reads(case: tuple[str, str]) -> None:
    _same_answers(*case)


@given(_CODES, st.text(max_size=40))
@example("en", "an hour ago\n")
@example("zh", "刚刚\n")
def test_any_text_is_read_as_the_first_writing_reads_it(code: str, text: str) -> None:
    _same_answers(code, text)


def test_the_unspaced_ages_match_no_ascii_text_in_the_shipped_lists() -> None:
    # The screen's own premise on the shipped data (else it reads no line without a digit
    # as screened, and the answers are still the first writing's, only dearer).
    for code in shipped_languages():
        assert not signatures._age_words_match_ascii(load_thread_words(code).age_words)


def _reference_has_comment_age(text: str, language: Language) -> bool:
    """`stamps._has_comment_age` as first written: `Language.age` searched on every line."""
    found = language.age.search(text)
    return found is not None and not text[found.end() :].lstrip().startswith(":")


def _same_ages(code: str, text: str) -> None:
    for language in (load_thread_words(code), load_language(code)):
        expected = _reference_has_comment_age(text, language)
        assert _has_comment_age(text, language) == expected, (code, text)


@given(_CASES)
@example(("en", "3 days ago: the bridge"))
@example(("en", "an hour ago"))
@example(("en", "a day ago, 3 days ago:"))
@example(("de", "vor 3 Stunden"))
@example(("de", "vor einem Monat"))
@example(("fr", "il y a 2 heures · il y a une heure"))
@example(("es", "hace 2 días"))
@example(("pt", "há 2 dias"))
@example(("zh", "张伟 3小时前"))
@example(("en", "3 days\nago"))
@example(("en", "2 \u212aays ago"))
def test_an_age_is_what_the_first_writing_finds(case: tuple[str, str]) -> None:
    _same_ages(*case)


@given(_CODES, st.text(alphabet="0123456789 agodysminutehr:.,vHhacefilt\n", max_size=40))
def test_ascii_text_dense_in_the_ages_signs_is_read_alike(code: str, text: str) -> None:
    _same_ages(code, text)
