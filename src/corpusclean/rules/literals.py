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

import contextlib
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from ..compat import REGEX_PARSER
from ..text import LETTER
from .fold import fold_case, fold_tables
from .readings import MISSING, looking_up, shipped_reading
from .starts import derive_line_starts

__all__ = [
    "LOOKAHEAD_OPENERS",
    "after_leading_lookaheads",
    "derived_now",
    "every_match_holds_a_letter",
    "leading_alternatives",
    "leading_lookaheads",
    "needs_filter",
    "needs_letters",
    "reading_of",
    "required_keywords",
    "required_literals",
    "required_parts",
    "split_top_level",
    "without_leading_lookarounds",
]

_C: Any = REGEX_PARSER  # the opcodes are re-exported by the parser module

# A class of at most this many single characters (``[Ww]``, ``[/|]``) is read as those
# characters; a larger one (``[A-Z]``) is not read: as a need it would hold almost any line.
# A filter reads one right after a run of literals, though, as the run's end (`_class_end`):
# ``:[A-Z]`` holds far fewer lines than ``:``.
MAX_CLASS_CHARACTERS = 6
# A run of literals, small classes and groups of such alternatives is read as at most this
# many strings (``[Ww]ritten by`` is 2); beyond it the run stops.
MAX_EXPANSIONS = 32
# A need made of more strings than this (a list of words) is not worth a search: on the
# ASCII speed corpus, a search for the byline rule's 24 staff titles cost 0.75 microseconds
# a line against 0.97 for the match it saves; "By", "by", "BY" or a comma 0.22.
MAX_PARTS = 8
#: The need "a decimal digit" (``\d``, ``[0-9]``): common, but rarer than any letter.
DIGIT = r"\d"

# A need of more strings than this is not used as a rule's keywords (the keyword search
# finds any number in one pass, but a long list holds commoner words), and a run of items
# is read as at most KEYWORD_EXPANSIONS keywords, so that the needs of a rule's
# alternatives together stay within the first ("this (article|story|...)" is 7). On the
# ASCII speed corpus the built-in rules' keywords were found 4,121 times a pass as
# declared; read with 8 and 24, 2,459; with 12 and 32, 1,512; with 16 and 48, no fewer.
# 48 since rules grew alternatives: a branch added to `form_consent` ("registration on this
# site constitutes acceptance of ...") took its needs to 33, and the rule fell back to its
# declared "your ", tried on 565 lines of that corpus a pass instead of 11 (4 rules read
# again, outputs unchanged).
MAX_KEYWORDS = 48
KEYWORD_EXPANSIONS = 12

Parts = frozenset[str]  # regex sources, each matching one needed literal part


def _is_cased(char: str) -> bool:
    return char.lower() != char or char.upper() != char


@attrs.frozen
class _Reading:
    """How a pattern's literals are read: ``character`` gives the character a literal
    stands for in the needs (None: it cannot be read), ``digits`` whether a class of digits is
    a need, ``max_parts`` how many strings a need may have, ``max_expansions`` how many
    strings a run of items may be read as; ``within``: when given, a need is used only if
    each of its strings holds one of these (keywords that refine the declared ones);
    ``classes``: whether a run of literals may end in a large class (`_class_end`), for a
    filter only (its parts are regex sources; keywords and literals are plain strings)."""

    character: Callable[[str], str | None]
    digits: bool
    max_parts: int
    max_expansions: int = MAX_EXPANSIONS
    within: frozenset[str] | None = None
    classes: bool = False

    def accepts(self, needs: Parts) -> bool:
        within = self.within
        if len(needs) > self.max_parts:
            return False
        if within is None:
            return True
        return all(any(k in plain for k in within) for plain in map(_unescaped, needs))


# A filter's needs, for a pattern that keeps case: its characters as they are.
_FILTER_EXACT = _Reading(lambda c: c, digits=True, max_parts=MAX_PARTS, classes=True)
# ... and for one that ignores case: its letters are not read, as a case-insensitive search
# for words costs more than the failed match it would save (1.8 microseconds a line against
# 1.2 for the date line rule), while one for signs and digits is as fast as a plain one.
_FILTER_FOLDED = _Reading(
    lambda c: None if _is_cased(c) else c, digits=True, max_parts=MAX_PARTS, classes=True
)
# Keywords are plain strings looked for in text folded by `fold_case`: every character is
# read folded (a line holding "By" holds "by" once folded), and a digit class is no string.
_KEYWORDS = _Reading(
    fold_case,
    digits=False,
    max_parts=MAX_KEYWORDS,
    max_expansions=KEYWORD_EXPANSIONS,
)


# Reading a pattern's needs parses it in Python; every `RuleMatcher` reads the same builtin
# patterns again (one per `Cleaner`: in each worker process, each test, each `datasets.map`
# process), which took about 0.2 s a matcher. The readings are pure, so each pattern is read
# once a process; bounded far above what every shipped language needs (under 1,000 readings).
_PATTERN_READINGS = 8192


def required_parts(pattern: str, flags: int = 0) -> Parts | None:
    """The parts one of which every whole-line match of ``pattern`` holds, as regex sources.

    None when no such parts can be read from the pattern.

    >>> sorted(required_parts(r"(home|start)(\\s+(/|\\|)\\s+\\w{1,40}){1,8}"))
    ['/', '\\\\|']
    >>> sorted(required_parts(r"[Bb]y \\w+|\\d{1,2}:\\d\\d"))
    [':[\\\\d]', 'By\\\\ ', 'by\\\\ ']
    >>> required_parts(r".{0,40}") is None
    True
    """
    return _parse(pattern, flags)[0]


@functools.lru_cache(maxsize=_PATTERN_READINGS)
def _parse(pattern: str, flags: int) -> tuple[Parts | None, int]:
    """The needs of a pattern and its flags, inline ones (``(?i)``) included."""
    found = shipped_reading("parts", pattern, flags)
    if found is not MISSING:
        parts, read_flags = found
        return (None if parts is None else frozenset(parts)), read_flags
    return _derive_parse(pattern, flags)


def _derive_parse(pattern: str, flags: int) -> tuple[Parts | None, int]:
    try:
        tree = REGEX_PARSER.parse(pattern, flags)
    except re.error:
        return None, flags
    folds = bool(tree.state.flags & re.IGNORECASE)
    needs = _sequence(list(tree), _FILTER_FOLDED if folds else _FILTER_EXACT)
    if needs is None or len(needs) > MAX_PARTS:
        return None, flags
    return _without_redundant(needs), tree.state.flags


def required_keywords(
    pattern: str, flags: int = 0, within: Iterable[str] | None = None
) -> frozenset[str] | None:
    """Strings one of which every whole-line match of ``pattern`` holds once folded by
    `fold_case`: keywords read from the pattern itself. None when none can be read.

    With ``within`` (a rule's declared keywords), only strings that each hold one of them:
    keywords rarer than the declared ones, never commoner.

    >>> sorted(required_keywords(r".{0,40}\\b(share|like) this (story|Article)\\b.{0,40}"))
    ['like this article', 'like this story', 'share this article', 'share this story']
    >>> sorted(required_keywords(r"(the )?(share|like) this\\b.{0,40}", within=["this"]))
    ['like this', 'share this']
    >>> required_keywords(r"\\d+ comments?|.{0,9}") is None
    True
    """
    folded = None if within is None else frozenset(fold_case(k) for k in within)
    return _required_keywords(pattern, flags, folded)


@functools.lru_cache(maxsize=_PATTERN_READINGS)
def _required_keywords(
    pattern: str, flags: int, folded: frozenset[str] | None
) -> frozenset[str] | None:
    found = shipped_reading("keywords", pattern, flags, folded)
    if found is not MISSING:
        return None if found is None else frozenset(found)
    return _derive_required_keywords(pattern, flags, folded)


def _derive_required_keywords(
    pattern: str, flags: int, folded: frozenset[str] | None
) -> frozenset[str] | None:
    try:
        tree = REGEX_PARSER.parse(pattern, flags)
    except re.error:
        return None
    reading = attrs.evolve(_KEYWORDS, within=folded)
    needs = _sequence(list(tree), reading)
    if needs is None or not reading.accepts(needs):
        return None
    return frozenset(_unescaped(part) for part in _without_redundant(needs))


# A word list of a case-insensitive pattern, read for a keyword automaton (which finds any
# number of literals in one pass), may have this many parts: more than any pattern here has.
MAX_LITERALS = 1000
# Literals for a keyword automaton: every character as written (letters too; for a pattern
# that ignores case they are lower-cased after), any number of parts.
_LITERALS = _Reading(lambda c: c, digits=True, max_parts=MAX_LITERALS)


def required_literals(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Groups of plain strings: every match of ``pattern`` holds one string of each group.

    Letters are read too, and a group may have any number of strings (they are for a
    keyword automaton, which finds them all in one pass). For a pattern that ignores case
    they are lower-cased: a match then holds one in the line lower-cased, but for the few
    characters that match a letter without case although their lower case is not that
    letter (the caller's to handle: `page.cues` gives such lines every pattern). A literal
    holding such a letter itself ("İ") is no group (`_lowers_unlike_re`). No groups when
    none can be read; a need of "a digit" is not a group.

    >>> [sorted(g) for g in required_literals(r"\\b(?:Says|wrote)\\s*:$", re.IGNORECASE)]
    [['says', 'wrote'], [':']]
    >>> required_literals(r"\\d+\\s\\w")
    ()
    >>> required_literals("İN", re.IGNORECASE)
    ()
    """
    # A shipped pattern's groups are looked up: the page features read those of their cue
    # and split patterns' alternatives on a process's first page, 95 parses, about 22 CPU ms
    # (issue #8, startup42); `scripts/gen_readings.py` lists them (`page.batch`'s readers).
    found = shipped_reading("literals", pattern, flags)
    if found is MISSING:
        return _derive_required_literals(pattern, flags)
    return tuple(frozenset(group) for group in found)


def _derive_required_literals(pattern: str, flags: int) -> tuple[frozenset[str], ...]:
    try:
        tree = REGEX_PARSER.parse(pattern, flags)
    except re.error:
        return ()
    fold = bool(tree.state.flags & re.IGNORECASE)
    items: list[tuple[Any, Any]] = list(tree)
    groups: list[frozenset[str]] = []
    index = 0
    while index < len(items):
        needs, end = _literal_run(items, index, _LITERALS)
        if end == index:
            needs, end = _item(*items[index], _LITERALS), index + 1
        index = end
        if needs is not None and _LITERALS.accepts(needs) and DIGIT not in needs:
            plain = {_unescaped(part) for part in needs}
            if fold and any(map(_lowers_unlike_re, plain)):
                continue
            groups.append(frozenset(part.lower() for part in plain) if fold else frozenset(plain))
    return tuple(groups)


def _lowers_unlike_re(literal: str) -> bool:
    """Whether a literal holds a letter `str.lower` folds otherwise than `re` ("İ" lowers to
    "i" and a combining dot, and "I" matches it ignoring case): a line lower-cased may then
    match without holding the literal lower-cased, so it gates nothing. No shipped pattern
    read for literals holds one."""
    return fold_tables()[1].search(literal) is not None


def _unescaped(source: str) -> str:
    """The string a regex source of `re.escape`'d characters matches."""
    return re.sub(r"\\(.)", r"\1", source, flags=re.DOTALL)


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


def needs_letters(pattern: str, flags: int = 0) -> bool:
    """Whether the parts `needs_filter` searches for hold a letter: without one (signs,
    spaces, digits) the filter passes most lines of prose.

    >>> needs_letters(r"[Bb]y \\w+"), needs_letters(r"(powered|built) by \\w+", re.IGNORECASE)
    (True, False)
    """
    parts = _parse(pattern, flags)[0]
    # A part's class end (`_class_end`) is read as no letter: the run before it decides.
    return parts is not None and any(
        part != DIGIT and any(map(str.isalpha, _unescaped(_split_class(part)[0]))) for part in parts
    )


def _sequence(items: Sequence[tuple[Any, Any]], reading: _Reading) -> Parts | None:
    """The rarest need among the parts of a sequence, all of which must match.

    ``reading`` says how a literal character is read (`_Reading`).
    """
    best: Parts | None = None
    index = 0
    while index < len(items):
        run, end = _literal_run(items, index, reading)
        if end > index:
            needs: Parts | None = run
            index = end
        else:
            needs = _item(*items[index], reading)
            index += 1
        if needs is None or not reading.accepts(needs):
            continue
        if best is None or _rarity(needs) > _rarity(best):
            best = needs
    return best


def _literal_run(
    items: Sequence[tuple[Any, Any]], start: int, reading: _Reading
) -> tuple[Parts | None, int]:
    """A run of items from ``start`` that each match one of a few strings (literals, small
    classes, groups of such alternatives: ``this (article|story)``), read as the strings
    the run matches. None for a run that may match nothing: it needs nothing."""
    strings = [""]
    index = start
    while index < len(items):
        options = _strings(*items[index], reading)
        if options is None or len(strings) * len(options) > reading.max_expansions:
            break
        strings = _without_longer_ends([s + o for s in strings for o in options])
        index += 1
    if index == start or "" in strings:
        return None, index
    sources = list(map(re.escape, strings))
    end = _class_end(items, index, reading)
    if end is not None:
        sources, index = [source + end for source in sources], index + 1
    return frozenset(sources), index


def _class_end(items: Sequence[tuple[Any, Any]], index: int, reading: _Reading) -> str | None:
    """The source of the class at ``index`` that ends a run of literals (``[A-Z]`` after
    ":"), when ``reading`` reads classes and it is one: a plain class (no negation) of
    characters, ranges and categories. None else.

    Exact by construction: the filter is compiled from this source with the pattern's own
    case and ASCII flags on the same engine (`needs_filter`), so it matches the characters
    the pattern's class matches, right after the run's literals, as every match holds them.
    Its weight is the run's and a letter's (`_weight`).
    """
    if not reading.classes or index >= len(items) or items[index][0] is not _C.IN:
        return None
    members = []
    for op, value in items[index][1]:
        if op is _C.LITERAL:
            members.append(re.escape(chr(value)))
        elif op is _C.RANGE:
            members.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is _C.CATEGORY and value in _CATEGORY_SOURCES:
            members.append(_CATEGORY_SOURCES[value])
        else:  # a negation, or a category with no source here
            return None
    return "[" + "".join(members) + "]" if members else None


# The categories a class of a parsed pattern may hold, as sources (under the same flags
# they match the same characters).
_CATEGORY_SOURCES = {
    _C.CATEGORY_DIGIT: r"\d",
    _C.CATEGORY_NOT_DIGIT: r"\D",
    _C.CATEGORY_SPACE: r"\s",
    _C.CATEGORY_NOT_SPACE: r"\S",
    _C.CATEGORY_WORD: r"\w",
    _C.CATEGORY_NOT_WORD: r"\W",
}


def _split_class(part: str) -> tuple[str, str]:
    """A filter's part as its run of escaped literals and the class that ends it (empty
    when none, `_class_end`): the first "[" not escaped opens the class.

    >>> _split_class(":[A-Z]"), _split_class(r"\\[x")
    ((':', '[A-Z]'), ('\\\\[x', ''))
    """
    index = 0
    while index < len(part):
        if part[index] == "\\":
            index += 2
        elif part[index] == "[":
            return part[:index], part[index:]
        else:
            index += 1
    return part, ""


def _without_longer_ends(strings: list[str]) -> list[str]:
    """Drop a string that ends in another: whatever the run goes on with, a line holding
    the longer one holds the shorter ("a version of this " and "this ")."""
    return [s for s in strings if not any(o != s and s.endswith(o) for o in strings)]


def _strings(op: Any, value: Any, reading: _Reading) -> list[str] | None:
    """Every string one item matches, when they are few; None else."""
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, body = value
        return None if add_flags or del_flags else _exact_sequence(body, reading)
    if op is _C.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            options = _exact_sequence(branch, reading)
            if options is None:
                return None
            union.update(options)
        return sorted(union) if len(union) <= reading.max_expansions else None
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and value[1] <= 1:  # "x?": x or nothing
        low, high, body = value
        options = _exact_sequence(body, reading) if high == 1 else [""]
        return None if options is None else sorted({*options, *([""] if low == 0 else [])})
    return _characters(op, value, reading)


def _exact_sequence(items: Iterable[tuple[Any, Any]], reading: _Reading) -> list[str] | None:
    """Every string a sequence of items matches, when each item matches a few; None else."""
    strings = [""]
    for item in items:
        options = _strings(*item, reading)
        if options is None or len(strings) * len(options) > reading.max_expansions:
            return None
        strings = [s + o for s in strings for o in options]
    return strings


def _characters(op: Any, value: Any, reading: _Reading) -> list[str] | None:
    """The characters one literal or small class matches, as ``reading`` reads them, or
    None for anything else."""
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
    if len(chars) > MAX_CLASS_CHARACTERS:
        return None
    read = {reading.character(c) for c in chars}
    return None if None in read else sorted(filter(None, read))


def _item(op: Any, value: Any, reading: _Reading) -> Parts | None:
    """The needs of one parsed item that is not a literal run."""
    if op is _C.IN:
        return _class_needs(value) if reading.digits else None
    if op is _C.BRANCH:
        return _any_of(_sequence(list(branch), reading) for branch in value[1])
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, body = value
        # A group that changes flags ((?-i:...)) would need its own filter flags.
        return None if add_flags or del_flags else _sequence(list(body), reading)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _POSSESSIVE_REPEAT):
        low, _high, body = value
        return _sequence(list(body), reading) if low >= 1 else None
    if op is _ATOMIC_GROUP:
        return _sequence(list(value), reading)
    if op is _C.ASSERT:
        direction, body = value
        # A lookahead reads the line from here on: what it needs, the line holds.
        return _sequence(list(body), reading) if direction == 1 else None
    return None  # any character, anchors, negative lookarounds, back-references


# Cached here, not behind a wrapper: a reader asks it of its patterns for every line without
# a letter (`detect.bylines`), so a call is one look-up.
@functools.lru_cache(maxsize=_PATTERN_READINGS)
def every_match_holds_a_letter(pattern: str, flags: int = 0) -> bool:
    """Whether every whole-line match of ``pattern`` (on `re`) holds a letter (`text.LETTER`):
    a line of digits, signs and spaces alone ("123", "12.03.", "| -") it cannot match.

    Read off the parse tree as `required_parts` reads it, conservatively: a literal letter
    (`_is_letter_need`), a class of such letters alone, or `text.LETTER`'s own class where
    case is kept, needs a letter; a sequence
    needs one when one of its items does, an alternation when each alternative does, a
    repeat when its body does at least once, a lookahead or lookbehind when its body does
    (it reads characters of the line); anything else (a class with a category or a
    negation, a wildcard, a back-reference) needs nothing. False when it cannot be parsed.

    >>> every_match_holds_a_letter(r"\\d+ comments?", re.IGNORECASE)
    True
    >>> every_match_holds_a_letter(r"\\d{1,2}:\\d\\d( ?[ap]m)?")
    False
    """
    found = shipped_reading("letter", pattern, flags)
    return bool(found) if found is not MISSING else _derive_holds_a_letter(pattern, flags)


def _derive_holds_a_letter(pattern: str, flags: int) -> bool:
    try:
        tree = REGEX_PARSER.parse(pattern, flags)
    except re.error:
        return False
    return _items_need_a_letter(list(tree), bool(tree.state.flags & re.IGNORECASE))


def _items_need_a_letter(items: Iterable[tuple[Any, Any]], folds: bool) -> bool:
    """Whether a sequence of parsed items needs a letter (`every_match_holds_a_letter`)."""
    return any(_item_needs_a_letter(op, value, folds) for op, value in items)


def _item_needs_a_letter(op: Any, value: Any, folds: bool) -> bool:
    if op is _C.LITERAL:
        return _is_letter_need(chr(value), folds)
    if op is _C.IN:
        if not folds and value == _LETTER_CLASS:  # `text.LETTER` itself
            return True
        return bool(value) and all(_member_is_letters(kind, of, folds) for kind, of in value)
    if op is _C.BRANCH:
        return all(_items_need_a_letter(branch, folds) for branch in value[1])
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, body = value
        inner = (folds or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _items_need_a_letter(body, inner)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _POSSESSIVE_REPEAT):
        low, _high, body = value
        return low >= 1 and _items_need_a_letter(body, folds)
    if op is _ATOMIC_GROUP:
        return _items_need_a_letter(value, folds)
    if op is _C.ASSERT:  # a lookahead or lookbehind: what it reads, the line holds
        return _items_need_a_letter(value[1], folds)
    return False  # a wildcard, a negated literal or lookaround, anchors, back-references


def _member_is_letters(op: Any, value: Any, folds: bool) -> bool:
    """Whether a class's member matches letters alone: a letter, or a range of letters."""
    if op is _C.LITERAL:
        return _is_letter_need(chr(value), folds)
    if op is _C.RANGE and value[1] - value[0] < MAX_LETTER_RANGE:
        return all(_is_letter_need(chr(code), folds) for code in range(value[0], value[1] + 1))
    return False  # a negation, a category (``\\w`` holds digits), a large range


# A class's range is read letter by letter when it spans fewer code points than this (any
# alphabet's, "a-z", "А-я"); a larger one needs nothing.
MAX_LETTER_RANGE = 1024


def _is_letter_need(char: str, folds: bool) -> bool:
    """Whether a literal ``char`` matches letters (`text.LETTER`) alone: a letter, and
    ignoring case (``folds``) one that `re` matches with letters alone (`re` matches a
    letter with its other cases and a few more characters: "k" with the Kelvin sign, "ι"
    with the combining ypogegrammeni U+0345, which is no letter)."""
    return LETTER.fullmatch(char) is not None and not (folds and char in FOLDS_WITH_NON_LETTER)


# `text.LETTER`'s class as parsed (``[^\W\d_]``): read as a letter where case is kept.
_LETTER_CLASS = next(iter(REGEX_PARSER.parse(LETTER.pattern)))[1]

#: The letters that `re`, ignoring case, also matches with a character that is no letter:
#: "Ι", "ι" and "ι", with U+0345. Every other letter's case-blind matches are letters (every
#: code point, by `re`'s own lowering and extra cases: tests/test_rules_letters.py).
FOLDS_WITH_NON_LETTER = frozenset("\u0399\u03b9\u1fbe")


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
    run, end = _split_class(part)
    text = re.sub(r"\\(.)", r"\1", run)
    # A class that ends a run (`_class_end`) weighs as one letter.
    return bool(end) + sum(
        1 if c.isalnum() or c.isspace() or c in PROSE_SIGNS else SIGN_WEIGHT for c in text
    )


def _without_redundant(needs: Parts) -> Parts:
    """Drop a part that holds another part: a line holding it holds the other. A part
    ending in a class (`_class_end`) drops none (it is no plain string), and goes when its
    run holds another part."""
    runs = {part: re.sub(r"\\(.)", r"\1", _split_class(part)[0]) for part in needs if part != DIGIT}
    plain = {part: run for part, run in runs.items() if not _split_class(part)[1]}
    return frozenset(
        part
        for part in needs
        if part not in runs or not any(o != part and plain[o] in runs[part] for o in plain)
    )


# A group reference counts groups across the whole pattern: its alternatives cannot be
# compiled apart. Read from the parse tree (`_refers_to_group`), not the source: the source
# test this replaced (``\\[1-9]|\(\?P=|\(\?\(``) also took an escaped bracket made optional
# before a group (``\(?(abo-?pflichtig``) for a conditional, and so left the German
# `subscription_pitch` whole: 50 alternatives tried on every line holding one of its
# keywords, about 0.1 ms a long line (issue #8, rules40).
_GROUP_REFERENCES = frozenset(
    op
    for op in (getattr(_C, "GROUPREF", None), getattr(_C, "GROUPREF_EXISTS", None))
    if op is not None
)


def _refers_to_group(pattern: str, flags: int) -> bool:
    """Whether ``pattern`` holds a back-reference or a conditional on a group (``\\1``,
    ``(?P=name)``, ``(?(1)...)``); True for a pattern the parser rejects, which no reading
    splits.

    >>> _refers_to_group(r"(a)\\1|b", 0), _refers_to_group(r"(?P<x>a)(?(x)b|c)", 0)
    (True, True)
    >>> _refers_to_group(r"\\(?(abo|x)\\)?|\\\\1", 0)
    False
    """
    try:
        tree = REGEX_PARSER.parse(pattern, flags)
    except re.error:
        return True
    return _holds_reference(tree)


def _holds_reference(node: Any) -> bool:
    """Whether a parsed node (a sub-pattern, or an item's value: tuples and lists of
    nodes) holds a group reference."""
    if isinstance(node, REGEX_PARSER.SubPattern):
        return any(op in _GROUP_REFERENCES or _holds_reference(av) for op, av in node)
    if isinstance(node, (list, tuple)):
        return any(_holds_reference(item) for item in node)
    return False


def alternatives(pattern: str, flags: int = 0) -> list[str]:
    """The top-level alternatives of ``pattern`` as source strings, or ``[pattern]``.

    A rule matches a line when one of them matches it whole, so each can be tried apart,
    on the keywords it needs (`required_keywords`). Split only when the parser agrees on
    the count and no alternative refers to a group of another.

    >>> alternatives(r"share( this)?|tweet|[|(]x[)|]")
    ['share( this)?', 'tweet', '[|(]x[)|]']
    >>> alternatives(r"(a|b)c")
    ['(a|b)c']
    """
    return list(_alternatives(pattern, flags))


@functools.lru_cache(maxsize=_PATTERN_READINGS)
def _alternatives(pattern: str, flags: int) -> tuple[str, ...]:
    found = shipped_reading("alternatives", pattern, flags)
    return _derive_alternatives(pattern, flags) if found is MISSING else tuple(found)


def _derive_alternatives(pattern: str, flags: int) -> tuple[str, ...]:
    if flags & re.VERBOSE or _refers_to_group(pattern, flags):
        return (pattern,)
    parts = split_top_level(pattern)
    try:
        tree = list(REGEX_PARSER.parse(pattern, flags))
    except re.error:
        return (pattern,)
    if len(parts) < 2 or len(tree) != 1 or tree[0][0] != _C.BRANCH:
        return (pattern,)
    return tuple(parts) if len(tree[0][1][1]) == len(parts) else (pattern,)


def leading_alternatives(pattern: str, flags: int = 0) -> tuple[str, tuple[str, ...], str]:
    """``pattern`` cut into ``head``, alternatives and ``tail``, so that a line matches it
    whole exactly when it matches ``head + alternative + tail`` whole for one alternative.

    The top-level alternatives (``head`` and ``tail`` empty), or those of the group the
    pattern opens with, the rest after it (``"(a|b)c"`` is ``"("``, ``("a", "b")``,
    ``")c"``: a line matches it when it matches ``"(a)c"`` or ``"(b)c"``). Joined again
    with some alternatives left out, it matches the lines that one of those kept matches.
    The pattern itself, one alternative, when it cannot be cut safely.

    Safe when every way of matching passes through one alternative and the others change
    nothing about it: no group reference (a count of groups, `alternatives`), no atomic
    group or possessive repeat (which stop the engine from trying another way), not
    verbose, and the parser agrees on the count.

    >>> leading_alternatives(r"(print|e-?mail) this( story)?[»]*")
    ('(', ('print', 'e-?mail'), ') this( story)?[»]*')
    >>> leading_alternatives(r"home|menu")
    ('', ('home', 'menu'), '')
    >>> leading_alternatives(r"(?>home|menu)x")
    ('', ('(?>home|menu)x',), '')
    """
    return _leading_alternatives(pattern, flags)


@functools.lru_cache(maxsize=_PATTERN_READINGS)
def _leading_alternatives(pattern: str, flags: int) -> tuple[str, tuple[str, ...], str]:
    found = shipped_reading("leading", pattern, flags)
    if found is not MISSING:
        head, parts, tail = found
        return head, tuple(parts), tail
    return _derive_leading_alternatives(pattern, flags)


def _derive_leading_alternatives(pattern: str, flags: int) -> tuple[str, tuple[str, ...], str]:
    alone: tuple[str, tuple[str, ...], str] = ("", (pattern,), "")
    if flags & re.VERBOSE or _refers_to_group(pattern, flags):
        return alone
    try:
        tree = list(REGEX_PARSER.parse(pattern, flags))
    except re.error:
        return alone
    if _stops_backtracking(tree):
        return alone
    top = _alternatives(pattern, flags)
    if len(top) > 1:
        return "", top, ""
    opener = "(?:" if pattern.startswith("(?:") else "(" if pattern[:2] != "(?" else None
    end = _group_end(pattern) if opener is not None and tree[0][0] is _C.SUBPATTERN else None
    if opener is None or end is None:
        return alone
    _group, add_flags, del_flags, body = tree[0][1]
    parts = split_top_level(pattern[len(opener) : end - 1])
    body = list(body)
    if add_flags or del_flags or len(parts) < 2 or len(body) != 1 or body[0][0] is not _C.BRANCH:
        return alone
    if len(body[0][1][1]) != len(parts):
        return alone
    return opener, tuple(parts), pattern[end - 1 :]


def _stops_backtracking(items: Iterable[tuple[Any, Any]]) -> bool:
    """Whether a parsed pattern holds an atomic group or a possessive repeat, anywhere."""
    for op, value in items:
        if op is _ATOMIC_GROUP or op is _POSSESSIVE_REPEAT:
            return True
        if op is _C.SUBPATTERN:
            bodies = [value[3]]
        elif op is _C.BRANCH:
            bodies = list(value[1])
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.ASSERT, _C.ASSERT_NOT):
            bodies = [value[-1]]
        else:
            continue
        if any(_stops_backtracking(list(body)) for body in bodies):
            return True
    return False


def split_top_level(pattern: str) -> list[str]:
    """``pattern`` cut at each "|" outside groups and character classes."""
    cuts = [index for index, char, depth in _structure(pattern) if char == "|" and depth == 0]
    starts, ends = [0, *(cut + 1 for cut in cuts)], [*cuts, len(pattern)]
    return [pattern[start:end] for start, end in zip(starts, ends, strict=True)]


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character of ``pattern`` that is neither escaped nor in a character class: its
    index, itself, and how many groups are open before it."""
    depth, index = 0, 0
    in_class = escaped = False
    while index < len(pattern):
        char = pattern[index]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # A "]" first in a class (after a "^") is a literal, not its end.
            index += pattern.startswith("^", index + 1)
            index += pattern.startswith("]", index + 1)
        else:
            yield index, char, depth
            depth += (char == "(") - (char == ")")
        index += 1


def without_leading_lookarounds(pattern: str, flags: int = 0) -> str:
    """``pattern`` without the lookaheads it or any of its top-level alternatives starts
    with: every line it matches, the rest matches too (a lookahead only rejects), so the
    rest can stand in for it where a superset is enough. ``pattern`` itself when nothing
    can be cut safely (a verbose pattern, a group reference, whose numbering the cut would
    shift).

    >>> without_leading_lookarounds(r"(?!.*\\b(said|told)\\b)(?=.{0,9}x)(we|you) \\w+")
    '(we|you) \\\\w+'
    >>> without_leading_lookarounds(r"get \\w+|(?![^!]*!)stay (tuned|updated)")
    'get \\\\w+|stay (tuned|updated)'
    """
    found = shipped_reading("lookarounds", pattern, flags)
    return _derive_without_leading_lookarounds(pattern, flags) if found is MISSING else found


def _derive_without_leading_lookarounds(pattern: str, flags: int) -> str:
    if flags & re.VERBOSE or _refers_to_group(pattern, flags):
        return pattern
    parts = alternatives(pattern, flags)
    cut = [_without_leading_lookaheads(part) for part in parts]
    if cut == parts:
        return pattern
    rest = "|".join(cut)
    try:
        REGEX_PARSER.parse(rest, flags)
    except re.error:
        return pattern
    return rest


def _without_leading_lookaheads(pattern: str) -> str:
    """``pattern`` without the lookahead groups it starts with (itself if one is open)."""
    return _leading_lookaheads(pattern)[1]


#: How a lookahead's source opens.
LOOKAHEAD_OPENERS = ("(?=", "(?!")


def _leading_lookaheads(pattern: str) -> tuple[tuple[str, ...], str]:
    """The lookahead groups ``pattern`` starts with, and the rest of it; none and the pattern
    itself when one is open or nothing would be left."""
    groups = []
    rest = pattern
    while rest.startswith(LOOKAHEAD_OPENERS):
        end = _group_end(rest)
        if end is None:
            return (), pattern
        groups.append(rest[:end])
        rest = rest[end:]
    return (tuple(groups), rest) if rest else ((), pattern)


def leading_lookaheads(pattern: str, flags: int = 0) -> tuple[tuple[str, bool], ...]:
    """The lookaheads a pattern of one alternative opens with, each as its inner pattern and
    whether it is positive (``(?=``), and none when they cannot be read apart: a verbose
    pattern, a group reference (numbering that a cut shifts), an alternative at the top
    level (a lookahead there holds for its own alternative only) or nothing after them.

    Matching the whole line, the pattern matches exactly when the rest does and each
    lookahead's inner pattern matches at the line's start (a positive one) or does not (a
    negative one): a lookahead consumes nothing, and inside a full match it is still a
    match at its position, not a full one. `engine._BodyFirst` tries the rest first.

    >>> leading_lookaheads(r"(?!.*\\b(said|told)\\b)(?=.{0,9}x)(we|you) \\w+")
    (('.*\\\\b(said|told)\\\\b', False), ('.{0,9}x', True))
    >>> leading_lookaheads(r"(?!.*said)we \\w+|you"), leading_lookaheads(r"(we|you) \\w+")
    ((), ())
    """
    # The source test first: most patterns open with no lookahead. A shipped one's reading
    # is looked up: every guarded rule `engine._BodyFirst` reads when first compiled opens
    # with its guard, and deriving it parses the pattern (37 parses, about 45 CPU ms, in a
    # fresh process's first pass over the ASCII speed corpus; issue #8, startup41).
    if flags & re.VERBOSE or not pattern.startswith(LOOKAHEAD_OPENERS):
        return ()
    found = shipped_reading("lookaheads", pattern, flags)
    if found is MISSING:
        return _derive_leading_lookaheads(pattern, flags)
    return tuple((inner, positive) for inner, positive in found)


def _derive_leading_lookaheads(pattern: str, flags: int) -> tuple[tuple[str, bool], ...]:
    if flags & re.VERBOSE or not pattern.startswith(LOOKAHEAD_OPENERS):
        return ()
    if any(char == "|" and depth == 0 for _index, char, depth in _structure(pattern)):
        return ()
    if _refers_to_group(pattern, flags):
        return ()
    groups, _rest = _leading_lookaheads(pattern)
    return tuple((group[3:-1], group[2] == "=") for group in groups)


def after_leading_lookaheads(pattern: str) -> str:
    """``pattern`` after the lookaheads `leading_lookaheads` reads (itself when none).

    >>> after_leading_lookaheads(r"(?!.*\\b(said|told)\\b)(?=.{0,9}x)(we|you) \\w+")
    '(we|you) \\\\w+'
    """
    return _leading_lookaheads(pattern)[1]


def _group_end(pattern: str) -> int | None:
    """The index just after the group ``pattern`` opens with, or None if it is not closed."""
    for index, char, depth in _structure(pattern):
        if char == ")" and depth == 1:
            return index + 1
    return None


# How each kind of shipped reading is derived, for `reading_of`.
_DERIVATIONS: dict[str, Callable[..., Any]] = {
    "parts": _derive_parse,
    "keywords": _derive_required_keywords,
    "alternatives": _derive_alternatives,
    "leading": _derive_leading_alternatives,
    "lookarounds": _derive_without_leading_lookarounds,
    "lookaheads": _derive_leading_lookaheads,
    "literals": _derive_required_literals,
    "starts": derive_line_starts,
    "letter": _derive_holds_a_letter,
}


@contextlib.contextmanager
def derived_now() -> Iterator[None]:
    """Inside, every reading is derived by the parser, none looked up in the shipped table
    (`readings.looking_up`), and the readers' caches start and end empty.

    For ``scripts/gen_readings.py``: it lists the readings to ship with these same readers
    (a rule's alternatives, its leading ones...), and read from a stale table they listed
    the stale table's keys, so that a change of reading needed three runs of the script to
    reach the table that ``--check`` accepts (issue #8, rules40). Not for a process that
    cleans: the switch is the process's, not a thread's.
    """
    caches = (
        _parse,
        _required_keywords,
        _alternatives,
        _leading_alternatives,
        every_match_holds_a_letter,
    )
    for cache in caches:
        cache.cache_clear()
    was = looking_up(False)
    try:
        yield
    finally:
        looking_up(was)
        for cache in caches:
            cache.cache_clear()


def reading_of(kind: str, pattern: str, flags: int, within: frozenset[str] | None = None) -> Any:
    """A reading of ``pattern`` derived now (never looked up), as JSON holds it in the
    shipped table (`corpusclean.rules.readings`): sets as sorted lists, tuples as lists.

    >>> reading_of("leading", "(print|e-?mail) this", 0)
    ['(', ['print', 'e-?mail'], ') this']
    """
    derive = _DERIVATIONS[kind]
    value = derive(pattern, flags, within) if kind == "keywords" else derive(pattern, flags)
    return _as_json(value)


def _as_json(value: Any) -> Any:
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, tuple | list):
        return [_as_json(item) for item in value]
    return value
