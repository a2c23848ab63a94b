"""Character counts of a line, as the page features define them, in a few C-level calls.

The page model was trained on counts made one character at a time with `str` predicates
(``c.isdigit()``, ``c.isalpha()``, ...). Here a line is first translated, in one
``str.translate`` call, into a string of category codes (one per character), whose codes are
then counted with ``str.count``; both run in C, and ``str.translate`` has a fast path for
ASCII lines. The counts are exact only if the table gives each code point precisely the
categories for which the predicates are true in *this* Python (its Unicode tables change
between versions), so the table is derived from the predicates themselves, by testing every
code point once per process (about 0.2 s, on first use), never written out by hand.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Sequence
from functools import cache
from operator import itemgetter

__all__ = ["CharCounts", "char_counts", "every_code_point"]

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
    by testing each: their UTF-32 code units decoded at once, in a quarter of the time of
    joining ``chr`` of each (0.11 CPU s, a new string a character)."""
    units = array("I", range(sys.maxunicode + 1))  # 4 bytes an item on CPython's platforms
    order = "le" if sys.byteorder == "little" else "be"
    return units.tobytes().decode(f"utf-32-{order}", "surrogatepass")


def _where(every: str, test: str) -> list[int]:
    return list(map(ord, filter(getattr(str, test), every)))


@cache
def _tables() -> tuple[str, str, tuple[tuple[str, int], ...]]:
    """The category table, the first-character case table, and the codes in use.

    The tables are strings indexed by code point (``str.translate`` accepts any mapping
    from integers): a character becomes its category code.
    """
    every = every_code_point()
    bits = bytearray(len(every))
    for code in _where(every, "isspace"):
        bits[code] |= _SPACE
    for code in _where(every, "isdigit"):
        bits[code] |= _DIGIT
    letters = _where(every, "isalpha")
    for code in letters:
        bits[code] |= _ALPHA
    for first, last in _CJK_RANGES:
        for code in range(first, last + 1):
            bits[code] |= _CJK
    for chars, bit in ((PUNCTUATION, _PUNCT), (SEPARATORS, _SEP)):
        for code in map(ord, chars):
            bits[code] |= bit
    case = bytearray(_UNCASED.encode()) * (sys.maxunicode + 1)
    for code in letters:
        c = chr(code)
        if c.lower() != c.upper():  # a letter that has case
            case[code] = ord(_UPPER if c.isupper() else _CASED)
    used = tuple((chr(CODE_BASE + b), b) for b in sorted(set(bits)) if b)
    # Bits stay below 64, so every code is one of '0' to 'o'.
    table = bits.translate(bytes((CODE_BASE + b) % 128 for b in range(256))).decode("ascii")
    return table, case.decode("ascii"), used


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
