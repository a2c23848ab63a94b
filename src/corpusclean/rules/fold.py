"""Case folded as the rules' patterns fold it, for the keyword search.

A rule with keywords is tried on a line only when the line holds one of them, so a keyword
must be found in every line the rule's pattern matches. The patterns ignore case the way
the standard library's `re` does: two characters are equal when their simple lowercase
forms are, or when those lowercase forms are among the few that share an uppercase form
("i" and dotless "ı", "s" and long "ſ", "σ" and "ς", "μ" and the micro sign). `str.casefold`
folds differently ("İ" becomes "i̇", "ß" becomes "ss", "ı" stays "ı"), so a line could
match a pattern without holding its keyword. `fold_case` maps each character to one
representative of its class under `re`'s rule, so folded texts hold the same folded keyword
exactly where the pattern's literal can match; the `regex` module (user rules) treats a
subset of those pairs as equal, so its patterns are covered too.

The classes are read from `re` itself (its lowercase function and its table of extra
cases) the first time a text needs more than `str.lower`; a test checks them against
`re`'s matching over every code point.
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any

__all__ = ["fold_case", "folded_outside_ascii"]

# Every character that ignores case under `re` lies below this code point (the last is
# U+1E943, an Adlam letter); a test checks every code point, so a Unicode version that adds
# cased letters beyond it fails loudly instead of folding them wrongly.
CASED_BELOW = 0x20000


def _extra_cases() -> dict[int, tuple[int, ...]]:
    """`re`'s lowercase characters that share an uppercase form with others (``i``: ``ı``)."""
    try:  # Python 3.11 and later: generated from the Unicode data of the interpreter
        table: Any = importlib.import_module("re._casefix")._EXTRA_CASES
    except ImportError:  # pragma: no cover - Python 3.10
        table = importlib.import_module("sre_compile")._ignorecase_fixes
    return dict(table)


def _representative(lower: int, extra: dict[int, tuple[int, ...]]) -> int:
    """The one member of a class of lowercase characters that stands for it: the one that
    `str.lower` gives for the class's uppercase (``σ`` rather than ``ς``), so that on most
    text `str.lower` already folds as `re` does."""
    members = (lower, *extra.get(lower, ()))
    stable = [m for m in members if chr(m).upper().lower() == chr(m)]
    return min(stable or members)


@functools.cache
def fold_tables() -> tuple[dict[int, int], re.Pattern[str]]:
    """The representative of every cased character that is not its own, and a search for
    the characters `str.lower` folds otherwise than `re` (``İ``, ``ı``, ``ſ``, ``Σ``...).

    A derived constant of the interpreter, computed once (about 10 ms): no state.
    """
    table, special = _fold_classes()
    return table, re.compile("[" + "".join(map(re.escape, special)) + "]")


@functools.cache
def _fold_classes() -> tuple[dict[int, int], tuple[str, ...]]:
    """`fold_tables`' table, and the characters its search looks for, in order."""
    sre: Any = importlib.import_module("_sre")
    extra = _extra_cases()
    table: dict[int, int] = {}
    special: list[str] = []
    for code in filter(sre.unicode_iscased, range(CASED_BELOW)):
        rep = _representative(sre.unicode_tolower(code), extra)
        if rep != code:
            table[code] = rep
        char, folded = chr(code), chr(rep)
        # str.lower maps "Σ" to "ς" at a word's end: tested after a cased letter too.
        if char.lower() != folded or ("A" + char).lower() != "a" + folded:
            special.append(char)
    return table, tuple(sorted(special))


@functools.cache
def folded_outside_ascii() -> frozenset[str]:
    """The characters outside ASCII that `fold_case` may change: those folded to another
    (``Ä``, ``ı``, ``µ``) and those `str.lower` folds otherwise than `re` (``İ``, ``Σ``).

    A text holding none of them folds as its ASCII letters lowered (every other character
    outside ASCII is its own fold, and lowers to itself in any neighbourhood: checked over
    every code point, tests/test_rules_fold.py), so its UTF-8 bytes lowered (`bytes.lower`
    reads ASCII letters alone) are its fold's: what the keyword search reads
    (`corpusclean.rules.keywords`). A derived constant of the interpreter: no state.
    """
    table, special = _fold_classes()
    return frozenset(chr(code) for code in (*table, *map(ord, special)) if code > 0x7F)


def fold_case(text: str) -> str:
    """The text with every character replaced by the representative of its `re` case class.

    Same length as the text: one character for one.

    >>> fold_case("THIS ARTıCLE İS ſHARED"), fold_case("Straße")
    ('this article is shared', 'straße')
    """
    if text.isascii():  # ASCII letters fold to ASCII lowercase, as str.lower does
        return text.lower()
    table, special = fold_tables()
    if special.search(text) is None:
        return text.lower()
    return text.translate(table)
