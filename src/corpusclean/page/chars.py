"""Character counts of a line, as the page features define them, in a few C-level calls.

The page model was trained on counts made one character at a time with `str` predicates
(``c.isdigit()``, ``c.isalpha()``, ...). Here a line is first translated, in one
``str.translate`` call, into a string of category codes (one per character), whose codes are
then counted with ``str.count``; both run in C, and ``str.translate`` has a fast path for
ASCII lines. The counts are exact only if the table gives each code point precisely the
categories for which the predicates are true in *this* Python (its Unicode tables change
between versions), so the table is derived from the predicates themselves, by testing every
code point (about 50 ms), never written out by hand. ``scripts/gen_code_tables.py`` derives
the tables once and ships them (``page/data/code_tables.json``, runs of equal codes), read
on a process's first page where the Python version, its Unicode version and this module's
character sets are those the tables were derived with; elsewhere they are derived on first
use, with the same result (issue #8: the derivation was about 55 CPU ms of every page-mode
process's first page).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from functools import cache
from importlib import resources
from itertools import compress, groupby
from operator import itemgetter
from typing import Any

from ..text import tokens

__all__ = [
    "CODE_TABLES_FILE",
    "CharCounts",
    "char_counts",
    "code_tables_key",
    "derived_code_tables",
    "every_code_point",
    "word_runs",
    "word_spans",
]

# Category bits of a code point. CJK is the kana, CJK ideograph and Hangul syllable ranges,
# as the features have always bounded them; no whitespace lies in these ranges, so counting
# over the whole line equals counting over its non-space characters. PUNCTUATION and
# SEPARATORS are the character classes the features count (`features._PUNCT_RE` and
# `_SEP_RE`, which a test checks against these sets).
_SPACE, _DIGIT, _ALPHA, _CJK, _PUNCT, _SEP = 1, 2, 4, 8, 16, 32
_CJK_RANGES = ((0x3040, 0x9FFF), (0xAC00, 0xD7AF))
PUNCTUATION = ".,;:!?\u3001\u3002\uff0c"
SEPARATORS = "|\u00bb\u203a\u00b7\u2022\u25b8\u25ba>/\\"
# A token's first character: no case, lower-case (or title-case), upper-case.
_UNCASED, _CASED, _UPPER = "0", "1", "2"
# Category codes are printable ASCII characters, so translated lines stay ASCII strings.
CODE_BASE = ord("0")


def every_code_point() -> str:
    """Every code point, in order, as one string (lone surrogates too), for the tables made
    by testing each: their UTF-32-LE code units, each byte column laid out by repeating a
    short pattern (C-level copies, no integer a code point), decoded at once (about 5 ms,
    where an ``array`` of ``range`` took 25 ms and joining ``chr`` of each 0.11 s)."""
    n = sys.maxunicode + 1  # whole planes of 0x10000
    units = bytearray(4 * n)  # the fourth byte of every unit stays 0
    units[0::4] = bytes(range(256)) * (n >> 8)
    units[1::4] = b"".join(bytes((high,)) * 256 for high in range(256)) * (n >> 16)
    units[2::4] = b"".join(bytes((plane,)) * 0x10000 for plane in range(n >> 16))
    return units.decode("utf-32-le", "surrogatepass")


def _with_bit(bit: int) -> bytes:
    """A ``bytes.translate`` table that sets ``bit`` in every byte."""
    return bytes(value | bit for value in range(256))


def word_runs() -> tuple[tuple[int, str], ...]:
    """The runs of word characters among every code point, in order, each with its first
    code point: `text.tokens` of `every_code_point` (734 runs), whose ``\\w`` is the word
    character of the page features' tokens.

    Found once per process (`_scans`) for both tables that test the word characters: the
    category and case tables here (`_tables`) and `page.batch`'s word table, which scanned
    every code point for the same runs again (about 27 ms of a process's first page, issue
    #8).
    """
    return _scans()[1]


def word_spans() -> tuple[tuple[int, int], ...]:
    """Where each of the `word_runs` starts and stops (one past its last code point): from
    the shipped tables where they serve (`_shipped`), so that the word table of `page.batch`
    needs no scan of every code point, else from the runs."""
    shipped = _shipped()
    if shipped is not None:
        return tuple((start, start + length) for start, length in shipped["word_spans"])
    return tuple((start, start + len(run)) for start, run in word_runs())


@cache
def _scans() -> tuple[tuple[int, ...], tuple[tuple[int, str], ...]]:
    """The space characters (``\\s`` in a `re` ``str`` pattern is ``str.isspace``, found in
    C) and the runs of word characters (`word_runs`) among every code point, found in one
    string of them (made once: about 10 ms)."""
    every = every_code_point()
    spaces = tuple(found.start() for found in _SPACE_CHARACTER.finditer(every))
    return spaces, tuple((ord(run[0]), run) for run in tokens(every))


def _set_word_bits(runs: Sequence[tuple[int, str]], bits: bytearray, case: bytearray) -> None:
    """Set the letter and digit bits, and the first-character case codes, of every code
    point, testing only the runs of ``\\w`` (`word_runs`).

    Why no other code point can be a letter, a digit or have case: ``\\w`` in a `re`
    ``str`` pattern is ``str.isalnum`` (letters, digits, numerics) or "_", so a character
    outside every run is none of them. A run that is all letters (``str.isalpha`` of the
    whole, in C) is marked at once; a run unchanged by ``lower`` and ``upper`` holds no
    character with case (a mapping changing one character changes the whole: each maps to
    one or more characters), so its characters are tested one by one only otherwise.
    """
    letter = _with_bit(_ALPHA)
    for start, text in runs:
        stop = start + len(text)
        if text.isalpha():
            bits[start:stop] = bits[start:stop].translate(letter)
        else:
            for code in compress(range(start, stop), map(str.isalpha, text)):
                bits[code] |= _ALPHA
        for code in compress(range(start, stop), map(str.isdigit, text)):
            bits[code] |= _DIGIT
        if text.lower() != text or text.upper() != text:
            for code, c in zip(range(start, stop), text, strict=True):
                if c.isalpha() and c.lower() != c.upper():  # a letter that has case
                    case[code] = ord(_UPPER if c.isupper() else _CASED)


_SPACE_CHARACTER = re.compile(r"\s")


@cache
def _tables() -> tuple[str, str, tuple[tuple[str, int], ...]]:
    """The category table, the first-character case table, and the codes in use.

    The tables are strings indexed by code point (``str.translate`` accepts any mapping
    from integers): a character becomes its category code. Expanded from the shipped runs
    where they serve (`_shipped`: under 1 ms), else derived (`_derived_tables`).
    """
    shipped = _shipped()
    if shipped is None:
        table, case = _derived_tables()
        codes = set(table.replace(chr(CODE_BASE), ""))  # the zeros dropped first: fewer
    else:
        table, case = (_expanded(shipped[name]) for name in ("categories", "cases"))
        codes = {code for code, _length in shipped["categories"]}
    used = tuple((code, ord(code) - CODE_BASE) for code in sorted(codes - {chr(CODE_BASE)}))
    return table, case, used


def _derived_tables() -> tuple[str, str]:
    """The category table and the case table, derived in this process by `re` scans and
    whole-run tests (`_set_word_bits`), each equal to the ``str`` predicate on every code
    point (a test compares all of them): about 50 ms, where testing each code point with
    three predicates and each letter's case took 150 ms."""
    spaces, runs = _scans()
    bits = bytearray(sys.maxunicode + 1)  # a byte a code point
    for code in spaces:
        bits[code] |= _SPACE
    case = bytearray(_UNCASED.encode()) * len(bits)
    _set_word_bits(runs, bits, case)
    cjk = _with_bit(_CJK)
    for first, last in _CJK_RANGES:
        bits[first : last + 1] = bits[first : last + 1].translate(cjk)
    for chars, bit in ((PUNCTUATION, _PUNCT), (SEPARATORS, _SEP)):
        for code in map(ord, chars):
            bits[code] |= bit
    # Bits stay below 64, so every code is one of '0' to 'o'.
    table = bits.translate(bytes((CODE_BASE + b) % 128 for b in range(256))).decode("ascii")
    return table, case.decode("ascii")


#: The shipped tables' file, under ``corpusclean/page/data``: one JSON object, the
#: `code_tables_key` it was derived under and the tables (`derived_code_tables`).
CODE_TABLES_FILE = "code_tables.json"


def code_tables_key() -> dict[str, Any]:
    """What the tables depend on besides the code: the Python version (its ``str``
    predicates and ``re`` classes), its Unicode version and the character sets of this
    module. The shipped tables serve only where all of them are the file's."""
    return {
        "python": "{}.{}".format(*sys.version_info[:2]),
        "unicode": unicodedata.unidata_version,
        "maxunicode": sys.maxunicode,
        "cjk_ranges": [list(bounds) for bounds in _CJK_RANGES],
        "punctuation": PUNCTUATION,
        "separators": SEPARATORS,
    }


def derived_code_tables() -> dict[str, Any]:
    """The tables as ``scripts/gen_code_tables.py`` ships them, derived now: the
    `code_tables_key`, the word spans (first code point, length) and the category and case
    tables as runs of equal codes (code, length): 734, 1,485 and 1,357 runs on Python 3.11,
    where the tables are 1,114,112 codes each."""
    table, case = _derived_tables()
    return {
        **code_tables_key(),
        "word_spans": [[start, len(run)] for start, run in word_runs()],
        "categories": _runs_of(table),
        "cases": _runs_of(case),
    }


def _runs_of(codes: str) -> list[list[Any]]:
    """A table as runs of equal codes: each code and how many times it repeats."""
    return [[code, len(list(run))] for code, run in groupby(codes)]


def _expanded(runs: Sequence[Sequence[Any]]) -> str:
    """The table the runs (`_runs_of`) make."""
    return "".join(code * length for code, length in runs)


@cache
def _shipped() -> dict[str, Any] | None:
    """The shipped tables (`derived_code_tables`, read once a process), or None where they
    do not serve: no file, or a `code_tables_key` other than this process's."""
    resource = (
        resources.files("corpusclean").joinpath("page").joinpath("data").joinpath(CODE_TABLES_FILE)
    )
    if not resource.is_file():
        return None
    shipped: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    key = code_tables_key()
    return shipped if all(shipped.get(name) == value for name, value in key.items()) else None


class CharCounts:
    """How many characters of a line are of each kind the page features read."""

    __slots__ = (
        "alpha",
        "cased_tokens",
        "cjk",
        "digits",
        "nonspace",
        "punctuation",
        "separators",
        "upper_tokens",
    )

    def __init__(self, line: str, toks: Sequence[str]) -> None:
        table, case, used = _tables()
        codes = line.translate(table)
        space = digits = alpha = cjk = punct = sep = 0
        for code, bits in used:
            n = codes.count(code)
            if not n:
                continue
            space += n if bits & _SPACE else 0
            digits += n if bits & _DIGIT else 0
            alpha += n if bits & _ALPHA else 0
            cjk += n if bits & _CJK else 0
            punct += n if bits & _PUNCT else 0
            sep += n if bits & _SEP else 0
        self.nonspace, self.digits, self.alpha, self.cjk = len(line) - space, digits, alpha, cjk
        self.punctuation, self.separators = punct, sep
        # Tokens (runs of \w) that start with a letter that has case, and those upper-case.
        firsts = "".join(map(itemgetter(0), toks)).translate(case)
        self.cased_tokens = len(firsts) - firsts.count(_UNCASED)
        self.upper_tokens = firsts.count(_UPPER)


def char_counts(line: str, toks: Sequence[str]) -> CharCounts:
    """Count the kinds of characters of a line; ``toks`` are its tokens (`text.tokens`).

    >>> counts = char_counts("Top 10 ÉTÉ news", ["Top", "10", "ÉTÉ", "news"])
    >>> counts.nonspace, counts.digits, counts.alpha, counts.cased_tokens, counts.upper_tokens
    (12, 2, 10, 3, 2)
    """
    return CharCounts(line, toks)
