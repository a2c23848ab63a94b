"""What a line must hold for a rule to match it, derived from the rule's pattern.

Most lines of an article are prose that no rule matches, yet a rule anchored on a line's
start with a loose first part (``[^>»›...]{1,30}`` for a breadcrumb, any capitalised word
for a byline, any word for a date line) is tried on nearly every short line. Each of those
patterns needs some literal part somewhere in the line: a breadcrumb a separator (``>``,
``»``, ``/``...), a date line a digit or "updated", a byline "By" or a staff title. Those
parts are read off the pattern itself (its parse tree), never kept by hand beside it, and
a line that holds none of them is not tried on the rule: one fast substring search instead
of a full match.

The derivation is conservative: a part of the pattern whose needs it cannot read (a
wildcard, a negated or large class, a back-reference, a group that changes flags) needs
nothing, and a rule whose every way of matching cannot be read gets no filter at all.
For a sequence it keeps the rarest need of its parts (all of them are needed); for an
alternation, the needs of every alternative together (any one may be what matched). The
filter is compiled with the pattern's own flags, so a literal in it matches exactly the
characters the pattern's literal matches (case-insensitively when the pattern is).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

__all__ = ["needs_filter", "required_literals", "required_parts"]

# The regular-expression parser of the standard library, read by name: ``re._parser`` from
# Python 3.11, ``sre_parse`` before (the same module, renamed).
try:
    _PARSER: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _PARSER = importlib.import_module("sre_parse")
_C: Any = _PARSER  # the opcodes are re-exported by the parser module

# A class of at most this many single characters (``[Ww]``, ``[/|]``) is read as those
# characters; a larger one (``[A-Z]``) is not read: as a need it would hold almost any line.
MAX_CLASS_CHARACTERS = 6
# A run of literals and small classes is read as at most this many strings
# (``[Ww]ritten by`` is 2); beyond it (a run of many classes) the run is not read.
MAX_EXPANSIONS = 32
# A need made of more strings than this (a list of words) is not worth a search: on the
# ASCII speed corpus, a search for the byline rule's 24 staff titles cost 0.75 microseconds
# a line against 0.97 for the match it saves; "By", "by", "BY" or a comma 0.22.
MAX_PARTS = 8
#: The need "a decimal digit" (``\d``, ``[0-9]``): common, but rarer than any letter.
DIGIT = r"\d"

Parts = frozenset[str]  # regex sources, each matching one needed literal part


def required_parts(pattern: str, flags: int = 0) -> Parts | None:
    """The parts one of which every whole-line match of ``pattern`` holds, as regex sources.

    None when no such parts can be read from the pattern.

    >>> sorted(required_parts(r"(home|start)(\\s+(/|\\|)\\s+\\w{1,40}){1,8}"))
    ['/', '\\\\|']
    >>> sorted(required_parts(r"[Bb]y \\w+|\\d{1,2}:\\d\\d"))
    ['By\\\\ ', '\\\\d', 'by\\\\ ']
    >>> required_parts(r".{0,40}") is None
    True
    """
    return _parse(pattern, flags)[0]


def _parse(pattern: str, flags: int) -> tuple[Parts | None, int]:
    """The needs of a pattern and its flags, inline ones (``(?i)``) included."""
    try:
        tree = _PARSER.parse(pattern, flags)
    except re.error:
        return None, flags
    needs = _sequence(list(tree), bool(tree.state.flags & re.IGNORECASE))
    if needs is None or len(needs) > MAX_PARTS:
        return None, flags
    return _without_redundant(needs), tree.state.flags


# A word list of a case-insensitive pattern, read for a keyword automaton (which finds any
# number of literals in one pass), may have this many parts: more than any pattern here has.
MAX_LITERALS = 1000


def required_literals(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Groups of plain strings: every match of ``pattern`` holds one string of each group.

    Letters are read too, and a group may have any number of strings (they are for a
    keyword automaton, which finds them all in one pass). For a pattern that ignores case
    they are lower-cased: a match then holds one in the line lower-cased, but for the few
    characters that match a letter without case although their lower case is not that
    letter (the caller's to handle: `page.cues` gives such lines every pattern). No groups
    when none can be read; a need of "a digit" is not a group.

    >>> [sorted(g) for g in required_literals(r"\\b(?:Says|wrote)\\s*:$", re.IGNORECASE)]
    [['says', 'wrote'], [':']]
    >>> required_literals(r"\\d+\\s\\w")
    ()
    """
    try:
        tree = _PARSER.parse(pattern, flags)
    except re.error:
        return ()
    fold = bool(tree.state.flags & re.IGNORECASE)
    items: list[tuple[Any, Any]] = list(tree)
    groups: list[frozenset[str]] = []
    index = 0
    while index < len(items):
        # Letters are read as written (fold=False); matching without case is lower-casing.
        needs, index = _literal_run(items, index, False)
        if needs is None:
            op, value = items[index]
            needs = _item(op, value, False, MAX_LITERALS)
            index += 1
        if needs is not None and DIGIT not in needs:
            plain = {re.sub(r"\\(.)", r"\1", part) for part in needs}
            groups.append(frozenset(part.lower() for part in plain) if fold else frozenset(plain))
    return tuple(groups)


def needs_filter(pattern: str, flags: int = 0) -> Callable[[str], object] | None:
    """A search for the parts every match of ``pattern`` holds, compiled with its flags.

    A line the search finds nothing in cannot match the pattern. None when the pattern has
    no readable needs.

    >>> holds = needs_filter(r"[^>]{1,30}(\\s+>\\s+[^>]{1,40}){1,8}")
    >>> bool(holds("Home > News")), bool(holds("A line of prose, as most are."))
    (True, False)
    """
    parts, flags = _parse(pattern, flags)
    if parts is None:
        return None
    # The rarest first does not matter for the result; sorted, so the source is stable.
    source = "|".join(sorted(parts, key=lambda part: (-len(part), part)))
    return re.compile(source, flags & (re.IGNORECASE | re.ASCII)).search


def _sequence(items: Sequence[tuple[Any, Any]], fold: bool, limit: int = MAX_PARTS) -> Parts | None:
    """The rarest need among the parts of a sequence, all of which must match.

    ``fold``: the pattern ignores case. Its letters are then not read: a case-insensitive
    search for words costs more than the failed match it would save (1.8 microseconds a
    line against 1.2 for the date line rule), while one for signs and digits is as fast as
    a plain one. ``limit``: a need of more parts than this is not kept.
    """
    best: Parts | None = None
    index = 0
    while index < len(items):
        run, index = _literal_run(items, index, fold)
        if run is not None:
            needs: Parts | None = run
        else:
            needs = _item(*items[index], fold, limit)
            index += 1
        if needs is None or len(needs) > limit:
            continue
        if best is None or _rarity(needs) > _rarity(best):
            best = needs
    return best


def _literal_run(
    items: Sequence[tuple[Any, Any]], start: int, fold: bool
) -> tuple[Parts | None, int]:
    """A run of literals and small classes from ``start``, read as the strings it matches."""
    strings = [""]
    index = start
    while index < len(items):
        chars = _characters(*items[index], fold)
        if chars is None or len(strings) * len(chars) > MAX_EXPANSIONS:
            break
        strings = [s + re.escape(c) for s in strings for c in chars]
        index += 1
    if index == start:
        return None, start
    return frozenset(strings), index


def _characters(op: Any, value: Any, fold: bool) -> list[str] | None:
    """The characters one literal or small class matches, or None for anything else."""
    if op is _C.LITERAL:
        chars = [chr(value)]
    elif op is _C.IN:
        chars = []
        for member_op, member in value:
            if member_op is _C.LITERAL:
                chars.append(chr(member))
            elif member_op is _C.RANGE and member[1] - member[0] < MAX_CLASS_CHARACTERS:
                chars.extend(chr(code) for code in range(member[0], member[1] + 1))
            else:  # a negation, a category, a large range
                return None
    else:
        return None
    if len(chars) > MAX_CLASS_CHARACTERS or (fold and any(_is_cased(c) for c in chars)):
        return None
    return chars


def _is_cased(char: str) -> bool:
    return char.lower() != char or char.upper() != char


def _item(op: Any, value: Any, fold: bool, limit: int = MAX_PARTS) -> Parts | None:
    """The needs of one parsed item that is not a literal run."""
    if op is _C.IN:
        return _class_needs(value)
    if op is _C.BRANCH:
        return _any_of(_sequence(list(branch), fold, limit) for branch in value[1])
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, body = value
        # A group that changes flags ((?-i:...)) would need its own filter flags.
        return None if add_flags or del_flags else _sequence(list(body), fold, limit)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _POSSESSIVE_REPEAT):
        low, _high, body = value
        return _sequence(list(body), fold, limit) if low >= 1 else None
    if op is _ATOMIC_GROUP:
        return _sequence(list(value), fold, limit)
    if op is _C.ASSERT:
        direction, body = value
        # A lookahead reads the line from here on: what it needs, the line holds.
        return _sequence(list(body), fold, limit) if direction == 1 else None
    return None  # any character, anchors, negative lookarounds, back-references


# Opcodes of Python 3.11 and later; None before, so they never equal an item's opcode.
_POSSESSIVE_REPEAT = getattr(_C, "POSSESSIVE_REPEAT", None)
_ATOMIC_GROUP = getattr(_C, "ATOMIC_GROUP", None)


def _class_needs(members: Sequence[tuple[Any, Any]]) -> Parts | None:
    """A class of digits needs a digit; any other large class is not read."""
    digits = (_C.CATEGORY, _C.CATEGORY_DIGIT)
    if members and all(m == digits or _is_digit_range(*m) for m in members):
        return frozenset({DIGIT})
    return None


def _is_digit_range(op: Any, value: Any) -> bool:
    # Under IGNORECASE too, a digit matches only itself, and ``\d`` holds every [0-9].
    if op is _C.LITERAL:
        return chr(value) in "0123456789"
    return op is _C.RANGE and ord("0") <= value[0] and value[1] <= ord("9")


def _any_of(alternatives: Iterable[Parts | None]) -> Parts | None:
    """The needs of an alternation: those of every alternative, or None if one has none."""
    union: set[str] = set()
    for needs in alternatives:
        if needs is None:
            return None
        union |= needs
    return _without_redundant(frozenset(union))


# How rare a need is, to choose among a sequence's: its most common part counts, and a part
# is rarer the longer it is (a line holds "by" more often than "writer"); a sign is rarer in
# prose than a letter, as rare as a word of some letters ("/" is rarer than "home"); a digit
# counts as a letter. A need of many parts is a little more common than one of few.
def _rarity(needs: Parts) -> tuple[int, int]:
    commonest = min(_weight(part) for part in needs)
    return commonest, -len(needs)


# The weight of a sign against a letter's 1; the signs of ordinary prose weigh as letters.
SIGN_WEIGHT = 5
PROSE_SIGNS = frozenset(",.;:'\"-()!?")


def _weight(part: str) -> int:
    if part == DIGIT:
        return 1
    text = re.sub(r"\\(.)", r"\1", part)
    return sum(1 if c.isalnum() or c.isspace() or c in PROSE_SIGNS else SIGN_WEIGHT for c in text)


def _without_redundant(needs: Parts) -> Parts:
    """Drop a part that holds another part: a line holding it holds the other."""
    plain = {part: re.sub(r"\\(.)", r"\1", part) for part in needs if part != DIGIT}
    return frozenset(
        part
        for part in needs
        if part not in plain or not any(o != part and plain[o] in plain[part] for o in plain)
    )
