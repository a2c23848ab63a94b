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
as the oracle requires. A pattern whose starts are too many strings to list (``\\d+\\s+``
is 1,000 of three characters, a class of a hundred characters more) or that scopes a flag
(``(?-i:D)``) is read by its classes instead: the ASCII characters that every item of the
pattern takes or leaves alike are one class, read as one stand-in character, and the list
holds the starts of stand-ins (`Starts`). A pattern read neither way (a group reference, a
conditional) has no list: the oracle asks `regex`, as it does for a start outside ASCII.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..compat import REGEX_PARSER, REPEATS
from .fold import fold_case, fold_tables
from .readings import MISSING, shipped_reading

__all__ = [
    "START_CHARACTERS",
    "Starts",
    "derive_line_starts",
    "line_starts",
    "may_begin",
]

_C: Any = REGEX_PARSER  # the opcodes are re-exported by the parser module
_ATOMIC_GROUP = getattr(_C, "ATOMIC_GROUP", None)

#: The longest start a list answers for: the engine's `PREFIX_CHARACTERS`.
START_CHARACTERS = 3
# A pattern whose starts are more strings than this has no list: ``[A-Z][a-z]`` is 676
# already, and a rule that open cannot be told apart by its start anyway. The lists of the
# shipped patterns under it hold 1 to 110 strings ("\d{1,2} min read": 110).
MAX_STARTS = 512
# A repeat read past this many rounds (``x{60}``) is given up: no list.
_MAX_ROUNDS = 16
_ASCII = tuple(chr(code) for code in range(128))
# Stands for any character outside ASCII in a start being read: no start asked holds it.
_OTHER = "\x80"

#: A pattern's starts: every ASCII string of at most `START_CHARACTERS` characters that
#: some match may begin with, lower-cased when the pattern ignores case; whether it does; and
#: for a list read by classes, the table (for `str.translate`) that writes each ASCII
#: character as its class's stand-in, in which the strings are written (None: a plain list).
Starts = tuple[frozenset[str], bool, str | None]


class _NoListError(Exception):
    """The pattern's start is not read as a list."""


def line_starts(pattern: str, flags: int = 0) -> Starts | None:
    """The pattern's shipped starts (`Starts`); None when it has no list or none is
    shipped (a user's or learned rule, another Python version).

    Never read at run time: reading a list costs more than the `regex` compile it spares
    (on Python 3.10, where the table is not used, a first pass over the ASCII speed corpus
    took 2.7 to 3.4 CPU s with the oracle compiling, 3.9 to 4.6 with the lists read at run time).
    """
    found = shipped_reading("starts", pattern, flags)
    if found is MISSING or found is None:
        return None
    return frozenset(found[0]), bool(found[1]), found[2]


def may_begin(starts: Starts, start: str) -> bool | None:
    """Whether a match can begin with ``start``, as the list says; None when it cannot
    say (longer than the list's, or a start outside ASCII where the pattern may take a
    character outside ASCII).

    A start outside ASCII is answered up to its first such character: no, when no match
    can hold one there (its ASCII start is listed with no `_OTHER` after it). On the dev
    pages, 851 of the 916 `regex` compiles of a page-mode process's first pass were for
    such starts ("“Go"), most of them of rules that open with a word (issue #8, startup41).
    """
    if len(start) > START_CHARACTERS:
        return None
    strings, folded, classes = starts
    if start.isascii():
        if classes is not None:
            return start.translate(classes) in strings
        return (start.lower() if folded else start) in strings
    cut = next(index for index, char in enumerate(start) if not char.isascii())
    head = start[:cut]
    if classes is not None:
        head = head.translate(classes)
    elif folded:
        head = head.lower()
    return None if head + _OTHER in strings else False


def derive_line_starts(pattern: str, flags: int = 0) -> Starts | None:
    """The pattern's starts read now from the stdlib parse (`scripts/gen_readings.py`).

    A start that a character outside ASCII may follow is listed again with `_OTHER` after
    it: here only the empty start, as a match may open with "ſ", which ignoring case
    matches as "s".

    >>> sorted(derive_line_starts(r"(?:share|e-?mail) this", re.IGNORECASE)[0])
    ['', 'e', 'e-', 'e-m', 'em', 'ema', 's', 'sh', 'sha', '\\x80']
    >>> listed = derive_line_starts(r"\\d+ ago")
    >>> may_begin(listed, "12 "), may_begin(listed, "1a"), listed[2] is not None
    (True, False, True)
    >>> derive_line_starts(r"(a)\\1") is None
    True
    """
    try:
        tree = REGEX_PARSER.parse(pattern, flags)
    except re.error:
        return None
    items, read = list(tree), tree.state.flags
    try:
        return (
            _every_start(_sequence(items, START_CHARACTERS, read)),
            bool(read & re.IGNORECASE),
            None,
        )
    except (_NoListError, RecursionError):
        pass
    try:
        classes = _classes(items, read)
        found = _sequence(items, START_CHARACTERS, read, classes)
    except (_NoListError, RecursionError):
        return None
    return _every_start(found), False, "".join(map(classes.__getitem__, _ASCII))


def _every_start(found: set[str]) -> frozenset[str]:
    """The starts read, with each one's own starts: a line shorter than the list's strings
    ("Sh") begins a match when it begins one of them (and a start that stops before a
    character outside ASCII), and each start a character outside ASCII may follow, with
    `_OTHER` after it (`may_begin`)."""
    return frozenset(
        string[:end]
        for string in found
        for end in range(len(string) + 1)
        if _OTHER not in string[: max(end - 1, 0)]
    )


def _classes(items: list[tuple[Any, Any]], flags: int) -> dict[str, str]:
    """Each ASCII character's stand-in, one of its class (`_STAND_IN_ORDER`): the characters
    that every item the starts are read from (`_item`) takes or leaves alike, each under
    its own flags. Such characters begin the same matches, so a start written in stand-ins
    is listed exactly when the start is."""
    sets = list(_character_sets(items, flags))
    stand_in: dict[tuple[bool, ...], str] = {}
    return {
        char: stand_in.setdefault(tuple(char in members for members in sets), char)
        for char in _STAND_IN_ORDER
    }


# The order a class's stand-in is chosen in: a printable character first, so the shipped
# table writes the strings and the table (`Starts`) mostly as they are, not as escapes.
_STAND_IN_ORDER = sorted(_ASCII, key=lambda char: not char.isprintable())


def _character_sets(items: Iterable[tuple[Any, Any]], flags: int) -> Iterator[frozenset[str]]:
    """The ASCII characters each item of one character takes, of every item `_item` reads
    (the others are read as they are in `_item`: zero width, or no list)."""
    for op, value in items:
        if op in (_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN):
            yield _members(op, value, flags)
        elif op is _C.SUBPATTERN:
            yield from _character_sets(value[3], _scoped(flags, value[1], value[2]))
        elif op is _C.BRANCH:
            for branch in value[1]:
                yield from _character_sets(branch, flags)
        elif op in REPEATS:
            yield from _character_sets(value[2], flags)
        elif op is _ATOMIC_GROUP:
            yield from _character_sets(value, flags)
        elif op not in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            raise _NoListError


def _scoped(flags: int, add: int, remove: int) -> int:
    """The flags inside a group that adds and removes some (``(?-i:...)``)."""
    return (flags | add) & ~remove


def _sequence(
    items: Iterable[tuple[Any, Any]], room: int, flags: int, classes: dict[str, str] | None = None
) -> set[str]:
    """The starts of the items in turn, each at most ``room`` characters: one of fewer
    where the items end; written in stand-ins when ``classes`` are given (`_classes`)."""
    found = {""}
    for op, value in items:
        whole = {string for string in found if len(string) == room}
        open_ = {string for string in found if len(string) < room}
        if not open_:
            break
        found = whole | {
            string + more
            for string in open_
            for more in _item(op, value, room - len(string), flags, classes)
        }
        if len(found) > MAX_STARTS:
            raise _NoListError
    return found


def _item(op: Any, value: Any, room: int, flags: int, classes: dict[str, str] | None) -> set[str]:
    if op in (_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN):
        if classes is None:
            found = set(_characters(op, value, flags))
        else:
            found = set(map(classes.__getitem__, _members(op, value, flags)))
        if _beyond_ascii(op, value, flags):
            # A line may go on outside ASCII here ("T" of "Téléchargez"): the start so far
            # begins a match, and no ASCII start goes further. Asked a longer start, the
            # oracle asks `regex` (a start outside ASCII), but the shorter ones stay listed.
            found.add(_OTHER * room)
        return found
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return {""}  # zero width: read as letting every line through, a superset
    if op is _C.SUBPATTERN:
        _group, add, remove, inner = value
        if add or remove:
            if classes is None:
                raise _NoListError  # a scoped flag: a plain list is lower-cased or not
            return _sequence(list(inner), room, _scoped(flags, add, remove), classes)
        return _sequence(list(inner), room, flags, classes)
    if op is _C.BRANCH:
        return set().union(*(_sequence(list(branch), room, flags, classes) for branch in value[1]))
    if op in REPEATS:
        low, high, inner = value
        return _repeat(low, high, list(inner), room, flags, classes)
    if op is _ATOMIC_GROUP:
        return _sequence(list(value), room, flags, classes)
    raise _NoListError  # a group reference, a conditional: not read


def _repeat(
    low: int, high: int, inner: list[Any], room: int, flags: int, classes: dict[str, str] | None
) -> set[str]:
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
            for more in _sequence(inner, room - len(string), flags, classes)
        }
        if len(current) > MAX_STARTS:
            raise _NoListError
    return found


def _characters(op: Any, value: Any, flags: int) -> frozenset[str]:
    """The ASCII characters one item matches, lower-cased when the pattern ignores case."""
    if flags & re.IGNORECASE:
        return frozenset(char.lower() for char in _members(op, value, flags))
    return _members(op, value, flags)


def _members(op: Any, value: Any, flags: int) -> frozenset[str]:
    """The ASCII characters one item matches (each of a case class alike when the
    pattern ignores case)."""
    folded = bool(flags & re.IGNORECASE)
    # Ignoring case, `re` matches a character when any of its case class does ("s" for
    # "ſ", "k" for the Kelvin sign): each ASCII character is asked as its whole class.
    same = _case_class if folded else _alone
    if op is _C.IN:
        members = [(o, v) for o, v in value if o is not _C.NEGATE]
        negated = len(members) != len(value)

        def test(char: str) -> bool:
            hit = any(_member(o, v, other) for other in same(char) for o, v in members)
            return hit != negated

    elif op is _C.LITERAL or op is _C.NOT_LITERAL:
        wanted = op is _C.LITERAL

        def test(char: str) -> bool:
            return (chr(value) in same(char)) == wanted

    else:  # ANY

        def test(char: str) -> bool:
            return char != "\n" or bool(flags & re.DOTALL)

    return frozenset(char for char in _ASCII if test(char))


def _beyond_ascii(op: Any, value: Any, flags: int) -> bool:
    """Whether one item may match a character outside ASCII (read widely: yes for any
    class but a few ASCII literals)."""
    same = _case_class if flags & re.IGNORECASE else _alone
    if op is _C.LITERAL:
        return any(not other.isascii() for other in same(chr(value)))
    if op is not _C.IN:
        return True  # ANY, NOT_LITERAL
    for member, content in value:
        if member is _C.LITERAL:
            codes: Iterable[int] = (content,)
        elif member is _C.RANGE and content[1] < 128:
            codes = range(content[0], content[1] + 1)
        else:
            return True  # a negation, a category, a range beyond ASCII
        if any(not other.isascii() for code in codes for other in same(chr(code))):
            return True
    return False


def _alone(char: str) -> tuple[str, ...]:
    return (char,)


@functools.cache
def _case_class(char: str) -> tuple[str, ...]:
    """Every character `re` takes for ``char`` ignoring case (`fold.fold_tables`)."""
    table, _special = fold_tables()
    folded = fold_case(char)
    return (folded, *sorted(chr(code) for code, rep in table.items() if chr(rep) == folded))


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


# The members of each category, as `re` reads them in a str pattern (`\s` holds "\x1c" to
# "\x1f", as `str.isspace` does; `\d` the decimal digits, not "²").
_CATEGORIES: dict[Any, Any] = {
    _C.CATEGORY_DIGIT: str.isdecimal,
    _C.CATEGORY_NOT_DIGIT: lambda char: not char.isdecimal(),
    _C.CATEGORY_SPACE: str.isspace,
    _C.CATEGORY_NOT_SPACE: lambda char: not char.isspace(),
    _C.CATEGORY_WORD: _word,
    _C.CATEGORY_NOT_WORD: lambda char: not _word(char),
}
