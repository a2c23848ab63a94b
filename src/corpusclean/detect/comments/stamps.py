"""Dates, clock times and ages in a line's text, in every shipped language.

The pure string tests the thread's shapes are built from: a clock, a date, a relative day,
a comment's age ("3 days ago"), a line that is a stamp and nothing else. The per-language
alternations are built once from the shipped word lists.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cache, partial
from itertools import accumulate

from ...dates import DAY_MONTH, ISO_DATE, MONTH_DAY
from ...language import (
    WORDED_AGE_TAIL,
    WORDED_AGE_TAIL_MAX,
    Language,
    load_language,
    load_thread_words,
    may_match_ascii,
    shared_thread_word_languages,
)

# The end of a line that `_may_hold_worded_age` reads: its tail of signs and its last word,
# the longest word an age in words ends with ("settimana") and the space before it.
WORDED_AGE_END_CHARS = WORDED_AGE_TAIL_MAX + 16
_DIGITS = re.compile(r"\d+")
# Stamps in any language. A clock time: "02:57", "1:38 am", "13h45", French typography's
# spaced "14 h 05" (WordPress fr_FR prints "12 mars 2024 à 14 h 05 min"), and after a date
# in an unspaced script, where no word boundary separates them ("10月31日12:30"). ("." is not
# a time separator here: "11.99" is a price.)
_CLOCK = re.compile(
    r"(?:\b|(?<=[日号號]))\d{1,2}(?:[:h]| h )\d{2}\b(?:\s*[ap]\.?m\.?)?", re.IGNORECASE
)
# `_CLOCK` on an ASCII line, where the look-behind's characters cannot stand: the same
# matches (a test compares them), at about half the cost of trying both at every place.
_CLOCK_IN_ASCII = re.compile(r"\b\d{1,2}(?:[:h]| h )\d{2}\b(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)
# A numeric date: "04/11/2019", "2019-11-04" (`ISO_DATE`), and the Chinese and Japanese
# "10月31日" (with or without its year), whose digits follow a name with no boundary between
# them. Day first, it reads slashes and two-digit years, where `corpusclean.dates`'
# DAY_FIRST_DATE (the teaser records' reader) does not: this asks whether a line holds a date,
# never which, so a date whose order depends on the country counts.
_NUMERIC_DATE = re.compile(
    rf"\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|\b{ISO_DATE}\b|(?<!\d)\d{{1,2}}月\d{{1,2}}[日号號]"
)


# A clock time written with a dot after a whole numeric date ("12.3.2024 14.05", "12.03.2024
# kl. 14.05": Finnish and Scandinavian typography). Only after the date: a dotted pair alone
# is a price or a score ("11.99", "2.1"). A short word may stand between ("klo", "kl.").
_DATE_DOTTED_CLOCK = re.compile(
    r"\b\d{1,2}\.\d{1,2}\.\d{2,4},?\s+(?:[^\W\d_]{1,3}\.?\s+)?\d{1,2}\.\d{2}\b(?!\.\d)"
)


def _holds_clock(text: str) -> bool:
    """Whether a line holds a clock time: `_CLOCK`, or a dotted one after its numeric date."""
    return _CLOCK.search(text) is not None or _DATE_DOTTED_CLOCK.search(text) is not None


def _but_for_digits(text: str) -> str:
    """A line with each run of digits as one sign: lines that differ only in their numbers
    ("Replies (4)", "Replies (12)"; "#12", "#125") give one value."""
    return _DIGITS.sub("#", text)


def _count_key(text: str) -> str:
    """A count's line as a row's key: its digits as one sign, its spaces one each ("12
    tykkäystä" and "3  tykkäystä" give one key)."""
    return " ".join(_but_for_digits(text).split())


def _is_relative_day_stamp(text: str) -> bool:
    """A stamp that opens with a day named by its distance from today, in any shipped
    language, and holds nothing but a stamp's parts ("Gestern", "gestern, 22:13 Uhr",
    "Yesterday at 3:15 pm"): sites print it over a recent comment instead of its date.

    Not a clock time alone, which a live blog prints; a signature only, never a cue: the
    thread still needs its controls or whole timestamps to recur.

    >>> _is_relative_day_stamp("Gestern"), _is_relative_day_stamp("Yesterday's winners")
    (True, False)
    """
    return _relative_day().match(text) is not None and _stamp_only().fullmatch(text) is not None


@cache
def _relative_day() -> re.Pattern[str]:
    """The start of a line that is a relative day ("heute", "yesterday"), compiled once."""
    return re.compile(rf"(?i)\W*(?:{_shipped_alternation('relative_days')})(?![^\W\d_])")


@cache
def _year_date() -> re.Pattern[str]:
    """A date with a month name of any shipped language and a year ("16 mars 2019", "4.
    November 2019", "marzo 15, 2019"), compiled once.

    Month names stay each document's own for a bare date ("Mar 4" is a word in Spanish),
    but a day, a month name and a four-digit year together are a date in any language, and
    a timestamp when a clock time follows: the signature of a comment printed by software
    in another language than the article's.
    """
    months = _shipped_alternation("months")
    # The shapes of `Language.month_date` (`corpusclean.dates`), each with its year after it.
    return re.compile(
        "(?i)"
        + DAY_MONTH.format(months=months)
        + r"\.?,?\s+(?:de\s+)?\d{4}\b|"
        + MONTH_DAY.format(months=months)
        + r",?\s+\d{4}\b"
    )


@cache
def _stamp_only() -> re.Pattern[str]:
    """A whole line made only of a timestamp's parts, in any shipped language: digits, signs,
    month names and `Language.stamp_words` ("June 10, 2023 at 10:30 am", "10. Juni 2023,
    10:30 Uhr", "Updated 10:30 a.m. ET"). Such a line names no reader. Compiled once.

    The words are single words and each must end where the letters end, so a line has one
    way to be read and a failed match backtracks over nothing (no nested repetition).
    """
    alternation = _shipped_alternation("months", "stamp_words", "relative_days")
    return re.compile(rf"(?i)(?:[\W\d_]|(?:{alternation})(?![^\W\d_]))*")


def _shipped_alternation(*lists: str) -> str:
    """The words of these word lists of every language whose thread words any document
    reads (`Language` fields, `shared_thread_word_languages`), as a regular-expression
    alternation, longest first."""
    words = sorted(
        {
            word
            for code in shared_thread_word_languages()
            for name in lists
            for word in getattr(load_language(code), name)
        }
    )
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _holds_a_date_or_time(text: str, language: Language) -> bool:
    """Whether a line holds a clock time or a date, in its language or with a year in any, or
    is a relative day's stamp ("Gestern"): no reader's name.

    >>> words = load_thread_words("en")
    >>> _holds_a_date_or_time("a1b24312 says:", words)
    False
    >>> _holds_a_date_or_time("— Jane Doe (@jane) November 18, 2019", words)
    True
    """
    return (
        _CLOCK.search(text) is not None
        or _holds_a_date(text, language)
        or _is_relative_day_stamp(text)
    )


def _holds_a_date(text: str, language: Language) -> bool:
    """Whether a line holds a date: numeric, with a month name of its language, or with a
    month name of any and a year."""
    return bool(
        _NUMERIC_DATE.search(text) or language.month_date.search(text) or _year_date().search(text)
    )


def _has_comment_age(text: str, language: Language) -> bool:
    """Whether the line holds a comment's age ("2 days ago", "vor 3 Stunden").

    An age that leads into a colon heads an entry of a timeline ("50 years ago: The first
    bridge opens"), which is article content.

    On an ASCII line with no age in words (`_may_hold_worded_age`, a few string methods),
    `Language.age_in_ascii` finds the match `age` finds, for less than half its search
    (issue #8: `age` tries the unspaced scripts' forms and the ages in words at every place,
    about 10 µs a short line of the dev pages): `age`'s other forms are those of
    `age_in_ascii`, in the same order, with words no ASCII text holds besides, so on such a
    line the same form matches at the same place, with the same end.
    """
    if text.isascii() and not _may_hold_worded_age(text, language):
        found = language.age_in_ascii.search(text)
    else:
        found = language.age.search(text)
    return found is not None and not text[found.end() :].lstrip().startswith(":")


def _may_hold_worded_age(text: str, language: Language) -> bool:
    """Whether a line holds an age of one unit written in words ("an hour ago", "vor einem
    Monat"), which `Language.age` finds too.

    Such an age ends its line but for a few `WORDED_AGE_TAIL` signs, so the line's last word
    is one of `Language.worded_age_ends`: asked first, by string methods on the line's end
    (most lines end otherwise, and a search of the pattern at every place costs more).
    """
    last = text[-WORDED_AGE_END_CHARS:].rstrip(WORDED_AGE_TAIL).rsplit(None, 1)
    return (
        bool(last)
        and last[-1].lower() in language.worded_age_ends
        and language.worded_age.search(text) is not None
    )


def _holds_clock_or_age(text: str, words: Language) -> bool:
    """Whether the line holds a clock time (`_CLOCK`) or an age with digits
    (`Language.digit_age` of the thread words ``words``); on an ASCII line by the patterns
    without what it cannot hold. (An age in words: `_may_hold_worded_age`.)"""
    if text.isascii():
        return (
            _CLOCK_IN_ASCII.search(text) is not None
            or words.age_in_ascii.search(text) is not None
            or _DATE_DOTTED_CLOCK.search(text) is not None
        )
    return _holds_clock(text) or words.digit_age.search(text) is not None


# The screen of ASCII lines for clock times and ages (`stamped_lines`). Each digit made "0"
# and "H" made "h": a clock time (`_CLOCK_IN_ASCII`: one or two digits, ":", "h" or " h "
# in any case, two digits) then shows one of the first three signs below, and a clock time
# after its numeric date (`_DATE_DOTTED_CLOCK`: a day, a month and a year joined by stops)
# one of the last two.
_DIGITS_AS_ZERO = bytes.maketrans(string.digits.encode() + b"H", b"0" * 10 + b"h")
_CLOCK_SIGNS = (b"0:00", b"0h00", b"0 h 00", b"0.0.0", b"0.00.0")
# Each capital made small and every byte that is no word character (`\\w` on ASCII: letters,
# digits, "_") made a space: a word of an age's form ("ago", "vor", "il y a"), which white
# space or a word boundary sets off on both sides, then shows with a space on each side.
_WORD_BYTES = (string.ascii_letters + string.digits + "_").encode()


def spacing_table(kept: bytes = b"") -> bytes:
    """A `bytes.translate` table that makes each ASCII capital small and every byte that is no
    word character and not one of ``kept`` a space: ASCII text read as its words, in one
    C call (issue #8: a screen of a document's lines at once).

    >>> b"Reply (3) -- SHARE".translate(spacing_table())
    b'reply  3     share'
    """
    spaced = bytearray(b" " * 256)
    for byte in _WORD_BYTES + kept:
        spaced[byte] = byte | 0x20 if chr(byte).isalpha() else byte
    return bytes.maketrans(bytes(range(256)), bytes(spaced))


_WORDS_SPACED = spacing_table()


class JoinedLines:
    """ASCII lines read at once (issue #8): their text joined by line feeds, as bytes
    (`data`; a line feed inside a line stays one of its characters). A screen finds its
    signs in the joined text by C calls and names the lines they start on (`found_lines`).
    """

    __slots__ = ("_starts", "_texts", "data")

    def __init__(self, texts: Sequence[str]) -> None:
        self.data = "\n".join(texts).encode("ascii")
        self._texts = texts
        self._starts: list[int] | None = None

    def found_lines(self, find: Callable[[int], int]) -> set[int]:
        """The lines on which a sign starts: ``find(at)`` is the first place from ``at`` on
        where one starts (a `bytes.find` or a pattern's `search`), or -1, a place named by
        its index in `data` (a line's first character, or the line feed before it, names
        its line).

        Exactly those lines, each once: each search starts at the start of the line after
        the one last found, and finds the first place from there where a sign starts (at
        most one search a line: linear).

        >>> lines = JoinedLines(["ab", "c", "abab"])
        >>> sorted(lines.found_lines(lambda at: lines.data.find(b"b", at)))
        [0, 2]
        """
        found: set[int] = set()
        at = find(0)
        if at < 0:
            return found  # most screens of most documents: no line holds the sign
        if self._starts is None:  # found on first use: most screens find no sign
            lengths = (len(text) + 1 for text in self._texts[:-1])
            self._starts = list(accumulate(lengths, initial=0))
        starts, last = self._starts, len(self._starts) - 1
        while at >= 0:
            line = bisect_right(starts, at) - 1
            found.add(line)
            if line >= last:
                break
            at = find(starts[line + 1])
        return found


def stamped_lines(lines: JoinedLines, language: Language) -> set[int] | None:
    """The lines of ``lines`` (ASCII) that may hold a clock time or an age
    (`_holds_clock_or_age`), or an age in words (`_may_hold_worded_age`), in the thread
    words of ``language``, read on their joined text at once; None where the screen cannot
    read the thread words' ages (every line may).

    Issue #8: the patterns' search on every short line with a digit was about half the cost
    of the marker count, `signatures.holds_marker_candidates`, on English news; screened a
    line at a time, one clock time no longer sends the other lines of a document to every
    test.

    Exact as a screen: on ASCII text each form of those patterns shows a sign of
    `_CLOCK_SIGNS`, or one of the age's words (`_age_screen`) set off by white space or a
    word boundary on both sides; the joined text shows the same sign starting on the line
    (a clock's sign holds no line feed, and the line feeds that join the lines are spaced
    as the ends of a line alone are).

    >>> words = load_thread_words("en")
    >>> stamped_lines(JoinedLines(["Jane Doe", "Posted 3 Days Ago", "9H45", "Reply"]), words)
    {1, 2}
    >>> stamped_lines(JoinedLines(["Updated 12.03.2024 14.05"]), words)
    {0}
    >>> stamped_lines(JoinedLines(["Chicago, 2019", "Price: 3.99", "Read more"]), words)
    set()
    """
    ages = _age_screen_pattern(language.code)
    if ages is None:
        return None
    clocks = lines.data.translate(_DIGITS_AS_ZERO)
    # The spaced text one place on: the space before a word at its place in `data` stands
    # one place before the word's first character, at that character's index in `data`.
    spaced = b" " + lines.data.translate(_WORDS_SPACED) + b" "
    return lines.found_lines(partial(_first_start, _CLOCK_SIGN, clocks)) | lines.found_lines(
        partial(_first_start, ages, spaced)
    )


def _first_start(signs: re.Pattern[bytes], data: bytes, at: int) -> int:
    """The first place from ``at`` on where one of ``signs`` starts in ``data``, or -1: a
    `JoinedLines.found_lines` finder for all of a screen's signs at once.

    One search for all the signs where each had its own `in` and `find` (issue #8: five
    clock signs and seven age words, twelve scans of every document's short lines, cost
    more than the rest of the marker screen). The same lines: a search finds the first
    place where any alternative matches, the first of the places each sign's own `find`
    finds.

    >>> _first_start(_CLOCK_SIGN, b"at 00:00 or 0h00", 0), _first_start(_CLOCK_SIGN, b"0:0", 0)
    (4, -1)
    """
    found = signs.search(data, at)
    return -1 if found is None else found.start()


def _signs_pattern(signs: Sequence[bytes]) -> re.Pattern[bytes]:
    """A pattern that matches where any of ``signs`` (literal bytes) starts: their
    alternation, escaped (`re` moves a prefix they share, the clock signs' "0" and the age
    words' space, in front, so a search scans for it in C)."""
    return re.compile(b"|".join(re.escape(sign) for sign in signs))


_CLOCK_SIGN = _signs_pattern(_CLOCK_SIGNS)


@cache
def _age_screen_pattern(code: str) -> re.Pattern[bytes] | None:
    """`_age_screen`'s words of ``code`` as one pattern (`_signs_pattern`); None where that
    screen reads none. Found once."""
    ages = _age_screen(code)
    return None if ages is None else _signs_pattern(ages)


@cache
def _age_screen(code: str) -> tuple[bytes, ...] | None:
    """The words that every age of the thread words of ``code`` on an ASCII line holds, each
    lower-cased, spaced as `_WORDS_SPACED` spaces a text and with a space on each side; None
    where the screen cannot read them.

    An age with digits (`Language.age_in_ascii`) holds a word after its number set off by
    white space before and a word boundary after ("3 days ago") or a word before it that a
    word boundary and white space set off ("vor 3 Stunden"); an age in words
    (`Language.worded_age`) holds the same words, set off alike ("an hour ago", "vor einem
    Monat"). The words of those lists that can match ASCII text (`language.may_match_ascii`)
    are read; the screen reads none if one of them is not ASCII itself, or does not open and
    close on a word character (its boundary would be another), or if a word of the unspaced
    forms (`Language.age_suffixes`, `Language.age_words`) can match ASCII text. Data of the
    shipped word lists alone, found once.

    >>> sorted(_age_screen("en") or ())[:3]
    [b' ago ', b' fa ', b' geleden ']
    """
    words = load_thread_words(code)
    if any(map(may_match_ascii, (*words.age_suffixes, *words.age_words))):
        return None
    listed = [word for word in (*words.age_after, *words.age_before) if may_match_ascii(word)]
    ends = _WORD_BYTES.decode()
    if any(not word.isascii() or word[0] not in ends or word[-1] not in ends for word in listed):
        return None
    return tuple(
        sorted({b" " + word.encode("ascii").translate(_WORDS_SPACED) + b" " for word in listed})
    )


def _stamp_key(text: str) -> tuple[int, ...]:
    """The runs of digits of a line, in order, as numbers."""
    return tuple(int(run) for run in _DIGITS.findall(text))


def is_date_stamp(text: str, language: Language) -> bool:
    """Whether a whole line is a date stamp and nothing else ("Wednesday November 20, 2019",
    "19.11.2019 10:30"): a stamp's parts only, with a date among them. A teaser card prints
    one under its headline and writer's name (`teaser_cards`).

    >>> words = load_thread_words("en")
    >>> is_date_stamp("Wednesday November 20, 2019", words), is_date_stamp("12:30", words)
    (True, False)
    >>> is_date_stamp("On November 20, 2019 the river rose.", words)
    False
    """
    return _stamp_only().fullmatch(text) is not None and _holds_a_date(text, language)


def is_bare_age(text: str, language: Language) -> bool:
    """Whether a whole line is an age and a stamp's parts only, naming no one ("32M ago",
    "updated 16M ago", "2 days ago at 07:52 am"), in any shipped language's thread words. A
    thread prints such a line under its reader's name; a news site under another story's
    teaser (`page_thread` tells the two apart by the line above).

    >>> words = load_thread_words("en")
    >>> is_bare_age("updated 16M ago", words), is_bare_age("Nick A · 2 days ago", words)
    (True, False)
    """
    found = load_thread_words(language.code).age.search(text)
    if found is None:
        return False
    rest = f"{text[: found.start()]} {text[found.end() :]}"
    return _stamp_only().fullmatch(rest) is not None
