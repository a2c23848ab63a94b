"""Character counts of a line, as the page features define them, in a few C-level calls.

The page model was trained on counts made one character at a time with `str` predicates
(``c.isdigit()``, ``c.isalpha()``, ...). Counting with regular-expression character classes is
many times faster, but only exact if each class holds precisely the characters for which the
predicate is true in *this* Python (its Unicode tables change between versions). So the
classes are derived from the predicates themselves, by testing every code point once per
process (about 0.15 s, on first use), never written out by hand.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from functools import cache

__all__ = ["CharCounts", "char_counts"]

# CJK scripts (kana, CJK ideographs, Hangul syllables), as the features have always bounded
# them; no whitespace lies in these ranges, so counting over the whole line equals counting
# over its non-space characters.
_CJK = re.compile("[\u3040-\u9fff\uac00-\ud7af]")


def _class_of(chars: Iterable[int]) -> str:
    """A character class holding exactly the given code points, as ranges."""
    parts: list[str] = []
    start = previous = -2
    for code in sorted(chars):
        if code == previous + 1:
            previous = code
            continue
        if start >= 0:
            parts.append(_range(start, previous))
        start = previous = code
    if start >= 0:
        parts.append(_range(start, previous))
    return "[" + "".join(parts) + "]" if parts else "[^\\s\\S]"


def _range(first: int, last: int) -> str:
    return re.escape(chr(first)) + ("" if first == last else "-" + re.escape(chr(last)))


def _where(test: Callable[[str], bool]) -> list[int]:
    return [code for code in range(sys.maxunicode + 1) if test(chr(code))]


def _is_cased_letter(c: str) -> bool:
    return c.isalpha() and c.lower() != c.upper()


@cache
def _classes() -> tuple[re.Pattern[str], ...]:
    """Patterns for: whitespace, digits, letters, first characters of cased and of
    upper-case tokens, each equal to its `str` predicate on every code point."""
    cased = [code for code in _where(str.isalpha) if _is_cased_letter(chr(code))]
    upper = [code for code in cased if chr(code).isupper()]
    # A token is a run of \w (the same engine and class as `text.tokens`): its first
    # character is a \w character (as every letter is) that no \w character precedes.
    first = r"(?<!\w)"
    return (
        re.compile(_class_of(_where(str.isspace))),
        re.compile(_class_of(_where(str.isdigit))),
        # Letters come in runs (words): one match per run, not per letter.
        re.compile(_class_of(_where(str.isalpha)) + "+"),
        re.compile(first + _class_of(cased)),
        re.compile(first + _class_of(upper)),
    )


class CharCounts:
    """How many characters of a line are of each kind the page features read."""

    __slots__ = ("alpha", "cased_tokens", "cjk", "digits", "nonspace", "upper_tokens")

    def __init__(self, line: str) -> None:
        space, digit, alpha, cased, upper = _classes()
        self.nonspace = len(line) - len(space.findall(line))
        self.digits = len(digit.findall(line))
        self.alpha = sum(map(len, alpha.findall(line)))
        self.cjk = len(_CJK.findall(line))
        # Tokens that start with a letter that has case, and those of them upper-case.
        self.cased_tokens = len(cased.findall(line))
        self.upper_tokens = len(upper.findall(line))


def char_counts(line: str) -> CharCounts:
    """Count the kinds of characters of a line.

    >>> counts = char_counts("Top 10 ÉTÉ news")
    >>> counts.nonspace, counts.digits, counts.alpha, counts.cased_tokens, counts.upper_tokens
    (12, 2, 10, 3, 2)
    """
    return CharCounts(line)
