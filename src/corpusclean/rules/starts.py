"""The ASCII starts a pattern's matches can begin with, read from its parse.

The start oracle (`corpusclean.rules.engine`) asks, of each anchored rule and of each
alternative of a rule split by alternative, whether a line's first characters can begin
a match. Asked of `regex` (a partial match), each question needs the pattern compiled on
`regex`: about 800 compiles in the first pass of a fresh process over the ASCII speed
corpus, most of its cost over later passes (issue #8). Most shipped patterns begin with
words, small classes and groups of them, and for those the answer for every ASCII start
of up to `START_CHARACTERS` characters is a short list: the first characters of the
strings the pattern matches, read here from the stdlib parse, shipped with the other
readings (`corpusclean.rules.readings`), and asked as a set look-up.

The list may hold more than the pattern can begin with (lookarounds and ``\\b`` are read as
letting everything through), never less, so a start it rejects no match can begin with,
as the oracle requires. A pattern whose start is not such a list (``\\w+`` first, a group
reference, a scoped flag, a case-folded character outside ASCII) has no list: the oracle
asks `regex`, as it does for a start outside ASCII.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

from .readings import MISSING, shipped_reading

__all__ = ["START_CHARACTERS", "Starts", "derive_line_starts", "line_starts", "may_begin"]

try:
    _PARSER: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _PARSER = importlib.import_module("sre_parse")
_C: Any = _PARSER  # the opcodes are re-exported by the parser module

#: The longest start a list answers for: the engine's `PREFIX_CHARACTERS`.
START_CHARACTERS = 3
# A pattern whose starts are more strings than this has no list: ``[A-Z][a-z]`` is 676
# already, and a rule that open cannot be told apart by its start anyway. The lists of the
# shipped patterns under it hold 1 to 110 strings ("\d{1,2} min read": 110).
MAX_STARTS = 512
# A repeat read past this many rounds (``x{60}``) is given up: no list.
_MAX_ROUNDS = 16
_ASCII = tuple(chr(code) for code in range(128))

#: A pattern's starts: every ASCII string of at most `START_CHARACTERS` characters that
#: some match may begin with, lower-cased when the pattern ignores case; and whether it does.
Starts = tuple[frozenset[str], bool]


class _NoListError(Exception):
    """The pattern's start is not read as a list."""


def line_starts(pattern: str, flags: int = 0) -> Starts | None:
    """The pattern's starts (`Starts`), shipped or read now; None when it has no list.

    >>> sorted(line_starts(r"(?:share|e-?mail) this", re.IGNORECASE)[0])
    ['', 'e', 'e-', 'e-m', 'em', 'ema', 's', 'sh', 'sha']
    >>> line_starts(r"\\w+ ago") is None
    True
    """
    found = shipped_reading("starts", pattern, flags)
    if found is MISSING:
        return derive_line_starts(pattern, flags)
    return None if found is None else (frozenset(found[0]), bool(found[1]))


def may_begin(starts: Starts, start: str) -> bool | None:
    """Whether a match can begin with ``start``, as the list says; None when it cannot
    say (a start outside ASCII, or longer than the list's)."""
    if len(start) > START_CHARACTERS or not start.isascii():
        return None
    strings, folded = starts
    return (start.lower() if folded else start) in strings


def derive_line_starts(pattern: str, flags: int = 0) -> Starts | None:
    """`line_starts` read now from the stdlib parse (never looked up)."""
    try:
        tree = _PARSER.parse(pattern, flags)
        read = tree.state.flags
        found = _sequence(list(tree), START_CHARACTERS, read)
    except (_NoListError, re.error, RecursionError):
        return None
    # Each string's own starts too: a line shorter than the list's strings ("Sh") begins
    # a match when it begins one of them.
    every = frozenset(string[:end] for string in found for end in range(len(string) + 1))
    return every, bool(read & re.IGNORECASE)


def _sequence(items: Iterable[tuple[Any, Any]], room: int, flags: int) -> set[str]:
    """The starts of the items in turn, each at most ``room`` characters: one of fewer
    where the items end."""
    found = {""}
    for op, value in items:
        whole = {string for string in found if len(string) == room}
        open_ = {string for string in found if len(string) < room}
        if not open_:
            break
        found = whole | {
            string + more
            for string in open_
            for more in _item(op, value, room - len(string), flags)
        }
        if len(found) > MAX_STARTS:
            raise _NoListError
    return found


def _item(op: Any, value: Any, room: int, flags: int) -> set[str]:
    if op in (_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN):
        return set(_characters(op, value, flags))
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return {""}  # zero width: read as letting every line through, a superset
    if op is _C.SUBPATTERN:
        _group, add, remove, inner = value
        if add or remove:
            raise _NoListError  # a scoped flag: read no further
        return _sequence(list(inner), room, flags)
    if op is _C.BRANCH:
        return set().union(*(_sequence(list(branch), room, flags) for branch in value[1]))
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        low, high, inner = value
        return _repeat(low, high, list(inner), room, flags)
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(list(value), room, flags)
    raise _NoListError  # a group reference, a conditional: not read


def _repeat(low: int, high: int, inner: list[Any], room: int, flags: int) -> set[str]:
    """The starts of ``inner`` repeated ``low`` to ``high`` times, at most ``room`` long."""
    found: set[str] = set()
    current = {""}
    ended: set[str] = set()  # the open starts at which the repeat may end
    rounds = 0
    while True:
        found |= {string for string in current if len(string) == room}
        open_ = {string for string in current if len(string) < room}
        if rounds >= low:
            if open_ <= ended:
                break  # another round opens no start not met already
            found |= open_
            ended |= open_
        if rounds == high or not open_:
            break
        rounds += 1
        if rounds > low + _MAX_ROUNDS:
            raise _NoListError
        current = {
            string + more
            for string in open_
            for more in _sequence(inner, room - len(string), flags)
        }
        if len(current) > MAX_STARTS:
            raise _NoListError
    return found


def _characters(op: Any, value: Any, flags: int) -> frozenset[str]:
    """The ASCII characters one item matches, lower-cased when the pattern ignores case."""
    folded = bool(flags & re.IGNORECASE)
    if op is _C.IN:
        members = [(o, v) for o, v in value if o is not _C.NEGATE]
        negated = len(members) != len(value)
        if folded and any(_beyond_ascii(o, v) for o, v in members):
            raise _NoListError  # "ſ" ignores case with "s": read by `regex`

        def test(char: str) -> bool:
            return any(_member(o, v, char) for o, v in members) != negated

    elif op is _C.LITERAL or op is _C.NOT_LITERAL:
        if folded and value >= 128:
            raise _NoListError
        same = op is _C.LITERAL

        def test(char: str) -> bool:
            return bool(ord(char) == value) == same

    else:  # ANY

        def test(char: str) -> bool:
            return char != "\n" or bool(flags & re.DOTALL)

    if not folded:
        return frozenset(char for char in _ASCII if test(char))
    # Ignoring case, a character matches when it or its other case does, and a negated
    # class rejects both cases of a member: asked as the lower case of either.
    if op is _C.IN and negated:
        return frozenset(
            char.lower()
            for char in _ASCII
            if not any(_member(o, v, c) for o, v in members for c in (char, char.swapcase()))
        )
    if op is _C.NOT_LITERAL:
        return frozenset(
            char.lower() for char in _ASCII if value not in (ord(char), ord(char.swapcase()))
        )
    return frozenset(char.lower() for char in _ASCII if test(char) or test(char.swapcase()))


def _beyond_ascii(op: Any, value: Any) -> bool:
    if op is _C.LITERAL:
        return bool(value >= 128)
    if op is _C.RANGE:
        return bool(value[1] >= 128)
    return False


def _member(op: Any, value: Any, char: str) -> bool:
    """Whether an ASCII character is a member of a class: one literal, range or category."""
    code = ord(char)
    if op is _C.LITERAL:
        return bool(code == value)
    if op is _C.RANGE:
        return bool(value[0] <= code <= value[1])
    if op is _C.CATEGORY:
        return bool(_CATEGORIES[value](char))
    raise _NoListError


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"


# The ASCII members of each category, as `re` reads them in a str pattern (`\s` holds
# "\x1c" to "\x1f", as `str.isspace` does).
_CATEGORIES: dict[Any, Any] = {
    _C.CATEGORY_DIGIT: str.isdigit,
    _C.CATEGORY_NOT_DIGIT: lambda char: not char.isdigit(),
    _C.CATEGORY_SPACE: str.isspace,
    _C.CATEGORY_NOT_SPACE: lambda char: not char.isspace(),
    _C.CATEGORY_WORD: _word,
    _C.CATEGORY_NOT_WORD: lambda char: not _word(char),
}
