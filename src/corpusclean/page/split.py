"""A cue pattern's search over many lines, one top-level alternative at a time, each tried
only on the lines that hold one of its own literals.

The comment pattern has nine alternatives and ``re`` tries each at every position of a line;
"said", "like" or "report" make a line a candidate for the whole pattern, yet about one
candidate in twenty matches it. Split, the alternative ``\\b(?:says|said|...)\\s*:?$`` runs on
the lines with "said" and the others on the lines with their own words, and a line with
none of an alternative's literals is never tried on it.

Why the result is the pattern's own: ``search`` finds a match of ``A|B|C`` iff one of ``A``,
``B``, ``C`` matches at some position (an alternation matches where one alternative does),
so a line matches iff one alternative's ``search`` does. Each alternative's literals are
read off its parse tree (`rules.literals.required_literals`): every match of it holds one,
as written for a case-sensitive pattern, in the line lower-cased for one that ignores case
(lines with a case exception or a line feed are tried on every alternative, as in
`cues.literal_bits`). A test compares the split with the pattern on any lines and on
every dev page.

An alternative is then searched only at the positions where its matches can start, read
off its parse tree (`narrowed_search`): near the line's end for one anchored there
(``\\b(?:says|said|...)\\s*:?$``), around each of its punctuation marks for one with a mark
a few characters into it (``\\b\\d{4}-\\d{2}-\\d{2}\\b``). ``re`` cannot skip ahead in
either (an opening ``\\b`` or an ignored case leaves it no literal prefix to look for), so
it tried every position of a long line.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from ..compat import REGEX_PARSER, REPEATS
from ..rules.literals import required_literals
from .cues import CASE_EXCEPTIONS, LiteralGroup, literal_bits

__all__ = [
    "SplitPattern",
    "in_lowered",
    "lowers_exactly",
    "narrowed_search",
    "top_level_alternatives",
]

_C: Any = REGEX_PARSER  # the opcodes are re-exported by the parser module
_Read = TypeVar("_Read")  # what a reading of a line answers: a match, a list of matches


def top_level_alternatives(source: str) -> list[str]:
    """The alternatives of a pattern's outermost ``|``, as sources (one when there is none).

    >>> top_level_alternatives(r"a(?:b|c)|[|]d|\\|e")
    ['a(?:b|c)', '[|]d', '\\\\|e']
    """
    pieces, start = [], 0
    for at, char, depth in _syntax(source):
        if char == "|" and depth == 0:
            pieces.append(source[start:at])
            start = at + 1
    pieces.append(source[start:])
    return pieces


def _one_group(source: str) -> bool:
    """Whether the source is one group: its first parenthesis closes at its last character."""
    return source[:1] == "(" and all(
        depth > 0 or at == len(source) - 1 for at, char, depth in _syntax(source) if char == ")"
    )


def _syntax(source: str) -> Iterator[tuple[int, str, int]]:
    """The pattern's syntax characters ``(``, ``)`` and ``|`` outside classes and escapes,
    with where they are and the depth of parentheses after them."""
    depth, at = 0, 0
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 1  # the escaped character is not syntax
        elif char == "[":
            at = _class_end(source, at)
        elif char in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[char]
            yield at, char, depth
        at += 1


def _class_end(source: str, at: int) -> int:
    """Where the class opened at ``at`` closes: a ``]`` first (or after ``^``) is a member."""
    at += 1
    if at < len(source) and source[at] == "^":
        at += 1
    if at < len(source) and source[at] == "]":
        at += 1
    while at < len(source) and source[at] != "]":
        at += 2 if source[at] == "\\" else 1
    return at


class SplitPattern:
    """``pattern.search`` of many lines, by alternatives gated on their literals.

    ``lowered``: for an alternative that ignores case (by its source), a case-sensitive
    pattern whose ``search`` in the line lower-cased answers as the alternative's in the
    line does, on lines without a case exception (`cues.CASE_EXCEPTIONS`, which keep the
    alternative); the caller's to prove (a test a pattern).
    """

    __slots__ = ("_as_written", "_every", "_flags", "_folded", "_needs", "_searches", "_sources")

    def __init__(
        self, pattern: re.Pattern[str], lowered: Mapping[str, re.Pattern[str]] | None = None
    ) -> None:
        sources = top_level_alternatives(pattern.pattern)
        # Group numbers change when an alternative stands alone; a back-reference would
        # then name another group, so such a pattern is not split.
        if len(sources) > 1 and re.search(r"\\[1-9]|\(\?P=", pattern.pattern):
            sources = [pattern.pattern]
        self._sources, self._flags = tuple(sources), pattern.flags
        fold = bool(pattern.flags & re.IGNORECASE)
        forms = lowered if lowered is not None and fold else {}
        self._searches = tuple(
            _search_of(re.compile(source, pattern.flags), forms.get(source)) for source in sources
        )
        found: list[tuple[str, int]] = []
        needs: list[int] = []  # an alternative's bits: it is tried on lines with all of them
        bit = 1
        for source in sources:
            mask = 0
            for group in required_literals(source, pattern.flags):
                found.extend((literal, bit) for literal in sorted(group))
                mask, bit = mask | bit, bit << 1
            needs.append(mask)
        self._folded = tuple(found) if fold else ()
        self._as_written = () if fold else tuple(found)
        self._needs, self._every = tuple(needs), bit - 1

    @property
    def literals(self) -> LiteralGroup:
        """The literals that gate the alternatives (`cues.literal_bits`'s arguments)."""
        return self._as_written, self._folded, self._every

    @property
    def literal_sources(self) -> tuple[tuple[str, int], ...]:
        """The sources whose `rules.literals.required_literals` gate the alternatives, with
        their flags: what ``scripts/gen_readings.py`` ships the readings of."""
        return tuple((source, self._flags) for source in self._sources)

    @property
    def needs_a_literal(self) -> bool:
        """Whether every alternative is gated on literals: then `search_lines` tries a line
        whose gate is 0 (it holds none of `literals`) on no alternative, and answers False.

        >>> SplitPattern(re.compile(r"\\bsaid\\b|\\d+ comments")).needs_a_literal
        True
        >>> SplitPattern(re.compile(r"^\\d+$|\\d+ comments")).needs_a_literal
        False
        """
        return all(self._needs)

    def search_lines(self, lines: Sequence[str], gates: Sequence[int] | None = None) -> list[bool]:
        """Whether ``pattern.search`` finds a match in each line.

        ``gates``: the lines' `literal_bits` of `literals`, when the caller has them.
        """
        if gates is None:
            gates = literal_bits(lines, self._as_written, self._folded, self._every)
        # Lines with the same gate are tried on the same alternatives: a test a gate value
        # (a few dozen on a page), not a line.
        by_gate: dict[int, list[int]] = {}
        for i, gate in enumerate(gates):
            by_gate.setdefault(gate, []).append(i)
        found = [False] * len(lines)
        for search, need in zip(self._searches, self._needs, strict=True):
            for gate, where in by_gate.items():
                if gate & need == need:
                    for i in where:
                        found[i] = found[i] or search(lines[i]) is not None
        return found


def _search_of(
    alternative: re.Pattern[str], lowered: re.Pattern[str] | None
) -> Callable[[str], object]:
    """The alternative's ``search``: in the line lower-cased where it has a ``lowered`` form,
    else at the positions its matches can start (`narrowed_search`)."""
    if lowered is None:
        return narrowed_search(alternative)
    return in_lowered(alternative.search, lowered.search)


def in_lowered(
    read: Callable[[str], _Read], read_lowered: Callable[[str], _Read]
) -> Callable[[str], _Read]:
    """``read``, by ``read_lowered`` of the line lower-cased where the line `lowers_exactly`
    (``read_lowered`` is a case-insensitive pattern's case-sensitive form, reading what
    ``read`` does: a search, a count), ``read`` itself where it holds a case exception.
    Faster where it applies: ``re`` compares the characters as they are, where it folded
    the case of each at every position it tried."""

    def found(line: str) -> _Read:
        if lowers_exactly(line):
            return read_lowered(line.lower())
        return read(line)

    return found


def lowers_exactly(line: str) -> bool:
    """Whether ``line`` holds no case exception (`cues.CASE_EXCEPTIONS`): then a
    case-insensitive pattern of lower-case literals answers on it as its case-sensitive
    form does on the line lower-cased (an ASCII line holds none: `str.isascii` reads a
    flag)."""
    return line.isascii() or not any(c in line for c in CASE_EXCEPTIONS)


def narrowed_search(pattern: re.Pattern[str]) -> Callable[[str], object]:
    """``pattern.search``, trying only the positions where a match can start, where the
    pattern's parse tree tells them; ``pattern.search`` itself where it does not.

    Exact: ``search`` is ``match`` tried at every position from the first, and a match
    found with a later ``pos`` is one that ``search`` would find (``\\b`` and lookbehinds
    still read the characters before ``pos``), so a search that tries every position a
    match can start at finds a match iff ``search`` does. (The match found may start
    elsewhere than ``search``'s: only whether there is one is the answer.)

    >>> said = narrowed_search(re.compile(r"\\b(?:says|said)\\s*:?$", re.IGNORECASE))
    >>> [bool(said(line)) for line in ("Jane Doe said :", "He said it", "Xsaid:")]
    [True, False, False]
    >>> dated = narrowed_search(re.compile(r"\\b\\d{4}-\\d{2}-\\d{2}\\b"))
    >>> [bool(dated(line)) for line in ("Filed 2020-01-02 - AP", "12020-01-02", "a-b")]
    [True, False, False]
    """
    items = list(REGEX_PARSER.parse(pattern.pattern, pattern.flags))
    if items[:1] == [(_C.AT, _C.AT_BEGINNING)]:
        return pattern.search  # (``re`` tries such a pattern at the first position only)
    widest = _widest_head_before_end(items, pattern.flags)
    if widest is not None:
        return _from_end(pattern, widest)
    anchor = _punctuation_anchor(items)
    if anchor is not None:
        return _around_anchor(pattern, *anchor)
    digit_first = _digit_first(pattern)
    return pattern.search if digit_first is None else digit_first.search


# A pattern opening with a word boundary before a decimal digit, and the same opening with
# the boundary read after the digit (`_digit_first`).
_BOUNDARY_DIGIT, _DIGIT_BOUNDED = r"\b\d", r"\d(?<!\w.)"


def _digit_first(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern opening ``\\b\\d`` (one digit, or ``\\d+``) compiled with the boundary
    read after that digit by a look-behind, ``\\d(?<!\\w.)`` (``\\d(?<!\\w.)\\d*`` for
    ``\\b\\d+``); None for any other opening. ``re`` skips ahead to a pattern's possible
    first characters only when the pattern opens with them, so behind ``\\b`` it tried every
    position of a line (the page's counter and "... ago" alternatives, on the lines with a
    digit and their words: 3.3 -> 1.6 and 1.2 -> 0.7 ms a pass over the dev full pages).

    The same matches at the same places: a decimal digit is a word character (a test reads
    every code point), so ``\\b`` before it holds iff no word character precedes it; after
    the digit, ``(?<!\\w.)`` reads the character before it and the digit itself (``.``
    matches any digit) and holds in the same cases, at the text's start too (nothing to
    match there). ``\\d+`` is ``\\d\\d*``, greedy both, tried longest first.
    """
    source = pattern.pattern
    # (In a verbose pattern a space may stand between the digit and its repeat.)
    if not source.startswith(_BOUNDARY_DIGIT) or pattern.flags & re.VERBOSE:
        return None
    rest = source[len(_BOUNDARY_DIGIT) :]
    if rest[:1] == "+" and rest[1:2] not in ("?", "+"):
        return re.compile(_DIGIT_BOUNDED + r"\d*" + rest[1:], pattern.flags)
    if rest[:1] in ("*", "+", "?", "{"):  # other repeats of the digit: left as written
        return None
    return re.compile(_DIGIT_BOUNDED + rest, pattern.flags)


def _widest_head_before_end(items: list[Any], flags: int) -> int | None:
    """For a pattern ``HEAD TAIL$`` whose ``TAIL`` matches only spaces and punctuation
    marks (``\\s*:?``, ``\\b\\s*\\)?\\s*``): the most characters ``HEAD`` matches, when
    that is bounded; None for any other pattern.

    Every match of ``TAIL$`` is in the line's last run of spaces and marks, so ``HEAD``
    ends at or after that run's start and begins at most this many characters before it.
    """
    if flags & re.MULTILINE or not items or items[-1] != (_C.AT, _C.AT_END):
        return None
    head = len(items) - 1
    while head > 0 and _spaces_or_marks(*items[head - 1]):
        head -= 1
    widest: int = REGEX_PARSER.SubPattern(REGEX_PARSER.State(), items[:head]).getwidth()[1]
    return widest if widest < _C.MAXREPEAT else None


def _spaces_or_marks(op: Any, value: Any) -> bool:
    """Whether a parsed item matches nothing or only spaces (``\\s``) and ASCII
    punctuation marks (which have no other case: the same with any flags)."""
    if op is _C.AT:
        return value in (_C.AT_BOUNDARY, _C.AT_NON_BOUNDARY)
    if op is _C.LITERAL:
        return chr(value) in string.punctuation
    if op is _C.IN:
        return bool(value == [(_C.CATEGORY, _C.CATEGORY_SPACE)])
    if op in REPEATS:
        return all(_spaces_or_marks(*item) for item in value[2])
    return False


def _from_end(pattern: re.Pattern[str], widest: int) -> Callable[[str], object]:
    """``pattern.search`` from ``widest`` characters before the line's last run of spaces
    and punctuation marks (`_widest_head_before_end`). Stripping more of the line than the
    pattern's tail matches only moves the search's start earlier, so every mark and every
    space (``str.rstrip``'s are the ones ``\\s`` matches) goes."""
    search = pattern.search

    def found(line: str) -> object:
        head = line
        while True:
            stripped = head.rstrip().rstrip(string.punctuation)
            if len(stripped) == len(head):
                return search(line, max(len(head) - widest, 0))
            head = stripped

    return found


# A punctuation mark anchors a pattern's search when it is at most this many characters
# away from every match's start: at each of the mark's places the pattern is tried at each
# of these starts, where ``re`` tries each position once.
ANCHOR_MAX_STARTS = 4
# The mark's places a line is searched around; past them ``re`` searches the rest of the
# line itself. A ``match`` tried from Python costs about what ``re`` spends on ten
# positions of a search (measured: about 120 ns against 17 ns a position), so a line
# thick with the mark is searched as fast as before.
ANCHOR_MAX_PLACES = 8


def _punctuation_anchor(items: list[Any]) -> tuple[str, int, int] | None:
    """The pattern's first literal, when it is an ASCII punctuation mark after a head of
    ``low`` to ``high`` characters (``high - low < ANCHOR_MAX_STARTS``); else None."""
    for at, (op, value) in enumerate(items):
        if op is _C.LITERAL:
            mark = chr(value)
            if at == 0 or mark not in string.punctuation:
                return None  # (a literal first: ``re`` itself skips to it)
            low, high = REGEX_PARSER.SubPattern(REGEX_PARSER.State(), items[:at]).getwidth()
            return (mark, low, high) if high - low < ANCHOR_MAX_STARTS else None
    return None


def _around_anchor(
    pattern: re.Pattern[str], mark: str, low: int, high: int
) -> Callable[[str], object]:
    """``pattern.search``, by ``pattern.match`` at ``high`` to ``low`` characters before each
    place of ``mark`` (`_punctuation_anchor`): where every match starts.

    Past `ANCHOR_MAX_PLACES` places, the search goes on from ``high`` characters before the
    next: a match starting earlier has its mark at one of the places already tried.
    """
    match, search = pattern.match, pattern.search

    def found(line: str) -> object:
        at = line.find(mark, low)
        for _ in range(ANCHOR_MAX_PLACES):
            if at < 0:
                return None
            for start in range(max(at - high, 0), at - low + 1):
                matched = match(line, start)
                if matched is not None:
                    return matched
            at = line.find(mark, at + 1)
        return None if at < 0 else search(line, max(at - high, 0))

    return found


# Alternatives are gated by runs of this many, in order: a line is searched with the runs
# that hold an alternative it may match. Single alternatives made 741 sets on the dev pages
# (0.3 s of compiling); runs of 4 make fewer, each still a few alternatives.
RUN_LENGTH = 4
# Compiled alternations kept per pattern. Past this many, a line whose set of runs is new
# is counted with the whole pattern (the same count).
MAX_SUBSETS = 512
# An alternative gated on a literal this short ("e", "al") is in nearly every line's set and
# only multiplies the sets: it is in all of them. (A set may hold alternatives that cannot
# match in the line: the whole pattern tries them all.)
MIN_GATE_LENGTH = 3
_WORDS_HEAD, _WORDS_TAIL = r"\b(?:", r")\b"


def _flattened(alternatives: list[str]) -> list[str]:
    """Alternatives that are a bare ``(?:X|Y)`` spliced in as ``X``, ``Y``: an alternation
    tries them in the same order either way."""
    out: list[str] = []
    for source in alternatives:
        if source.startswith("(?:") and _one_group(source):
            pieces = top_level_alternatives(source[3:-1])
            if len(pieces) > 1:
                out.extend(_flattened(pieces))
                continue
        out.append(source)
    return out


def _most_selective(groups: tuple[frozenset[str], ...]) -> frozenset[str] | None:
    """The group whose shortest literal is longest; on a tie the later one, which is read
    from deeper in the pattern (in ``m(?:ail|enu)``, "ail" and "enu" rather than "m").
    None when there is no group."""
    ranked = sorted(enumerate(groups), key=lambda pair: (min(map(len, pair[1])), pair[0]))
    return ranked[-1][1] if ranked else None


def _word_alternatives(pattern: re.Pattern[str]) -> list[str]:
    """The alternatives of a pattern ``\\b(?:A|B|...)\\b``, bare groups spliced in."""
    source = pattern.pattern
    body = source[len(_WORDS_HEAD) : -len(_WORDS_TAIL)]
    framed = source.startswith(_WORDS_HEAD) and source.endswith(_WORDS_TAIL)
    if not framed or not _one_group(source[2:-2]):
        raise ValueError(f"not a pattern of words \\b(?:...)\\b: {source[:40]!r}")
    return _flattened(top_level_alternatives(body))


# What may follow an alternative's first character for `_word_first_alternatives` to read
# the boundary after it: not a repeat of that character.
_REPEATS = frozenset("?*+{")


def _word_first_alternatives(alternatives: list[str], flags: int) -> list[str] | None:
    """The alternatives of ``\\b(?:A|B|...)`` each written with the boundary read after its
    first character, ``a(?<!\\w.)rest`` for ``arest``, when every one opens with a letter or
    digit as a literal (not escaped, not repeated) and the pattern is case-sensitive; else
    None. ``re`` skips ahead to a pattern's possible first characters only when every
    alternative opens with them, so behind the opening ``\\b`` it tried every position of a
    line (the boilerplate words in the lines lower-cased, `page.batch`: 15.4 / 15.6 -> 14.2 /
    14.8 ms a page-mode pass over the dev full pages, replayed).

    The same matches, in the same order: at each position an alternative of either form
    matches the same text, since its first character is a word character (`str.isalnum`:
    a test reads every code point), so that ``\\b`` before it holds iff no word character
    precedes it, which ``(?<!\\w.)`` after it reads (``.`` matches the character itself:
    not a line feed); the alternatives are tried in the same order, so ``findall`` takes
    the same match.
    (Case-insensitive, the first character would stand for its other cases too.)
    """
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    written = []
    for source in alternatives:
        first, after = source[:1], source[1:2]
        if not first.isalnum() or after in _REPEATS:
            return None
        written.append(first + r"(?<!\w.)" + source[1:])
    return written


class WordCounts:
    """``len(pattern.findall(line))`` of many lines, for a pattern ``\\b(?:A|B|...)\\b``.

    Each line is searched with fewer alternatives, in their order: at least those that may
    match in it. An alternative none of whose literals the line holds cannot match anywhere
    in it, so at every position the first alternative that matches (and the match
    ``findall`` takes) is the same as with all of them. An alternative is gated on its most
    selective group of literals.

    ``lowered``: a case-insensitive pattern is counted, on a line that `lowers_exactly`, by
    its case-sensitive form in the line lower-cased, where ``re`` compares characters
    without lower-casing each one at every position it tries (boilerplate words over the
    dev pages: 20.5 -> 14.4 ms a pass). Exact when every literal of the pattern is its own
    lower case and only the case exceptions match one of its letters unlike their lower
    case (the caller's to prove: a test over every code point); lower-casing such a line
    keeps every character's place and ``\\w`` class (`batch`'s tests).
    """

    __slots__ = (
        "_alternatives",
        "_always",
        "_every",
        "_flags",
        "_literals",
        "_lowered",
        "_pattern",
        "_subsets",
        "_written",
    )

    def __init__(self, pattern: re.Pattern[str], *, lowered: bool = False) -> None:
        self._pattern, self._flags = pattern, pattern.flags
        self._lowered = lowered and bool(pattern.flags & re.IGNORECASE)
        self._alternatives = _word_alternatives(pattern)
        found: list[tuple[str, int]] = []
        self._always: set[int] = set()  # without (long enough) literals: on every line
        for index, alternative in enumerate(self._alternatives):
            group = _most_selective(required_literals(alternative, pattern.flags))
            if group is None or min(map(len, group)) < MIN_GATE_LENGTH:
                self._always.add(index)
            else:  # the bit of its run
                found.extend((literal, 1 << index // RUN_LENGTH) for literal in sorted(group))
        self._literals: tuple[tuple[str, int], ...] = tuple(found)
        self._every = (1 << -(-len(self._alternatives) // RUN_LENGTH)) - 1
        # The alternatives as the alternations are written (`_word_first_alternatives`).
        self._written = _word_first_alternatives(self._alternatives, self._search_flags)
        # The alternations by gate, in the form a line is counted with (`_search_flags`).
        if self._written is not None:
            whole = re.compile(
                self._alternation(range(len(self._alternatives))), self._search_flags
            )
        else:
            whole = re.compile(pattern.pattern, self._search_flags) if self._lowered else pattern
        self._subsets: dict[int, Callable[[str], list[Any]]] = {self._every: whole.findall}

    @property
    def literal_sources(self) -> tuple[tuple[str, int], ...]:
        """The alternatives whose `rules.literals.required_literals` gate them, with their
        flags: what ``scripts/gen_readings.py`` ships the readings of."""
        return tuple((alternative, self._flags) for alternative in self._alternatives)

    @property
    def _search_flags(self) -> int:
        """The flags the alternations are compiled with: the pattern's, less the ignored
        case when lines are counted lower-cased."""
        return self._flags & ~re.IGNORECASE if self._lowered else self._flags

    @property
    def literals(self) -> LiteralGroup:
        """The literals that gate the alternatives (`cues.literal_bits`'s arguments)."""
        fold = bool(self._flags & re.IGNORECASE)
        literals = self._literals
        return () if fold else literals, literals if fold else (), self._every

    def count_lines(self, lines: Sequence[str], gates: Sequence[int] | None = None) -> list[int]:
        """How many times ``pattern.findall`` matches in each line.

        ``gates``: the lines' `literal_bits` of `literals`, when the caller has them.
        """
        if gates is None:
            gates = literal_bits(lines, *self.literals)
        pairs = zip(lines, gates, strict=True)
        count = self._count_lowered if self._lowered else self._count
        if not self._always:  # a line holding no literal cannot match
            return [count(line, gate) if gate else 0 for line, gate in pairs]
        return [count(line, gate) for line, gate in pairs]

    def _count(self, line: str, gate: int) -> int:
        """``len(pattern.findall(line))``, by the alternatives ``gate`` lets through."""
        return len(self._findall(gate)(line))

    def _count_lowered(self, line: str, gate: int) -> int:
        """`_count`, in the line lower-cased where it `lowers_exactly` (``lowered``):
        `in_lowered`'s dispatch, with the lowered reading chosen by the line's gate."""
        if lowers_exactly(line):
            return len(self._findall(gate)(line.lower()))
        return len(self._pattern.findall(line))

    def _findall(self, gate: int) -> Callable[[str], list[Any]]:
        """The findall of the alternatives of the runs in ``gate``, and those always tried
        (in the form lines are counted with: `_search_flags`)."""
        found = self._subsets.get(gate)
        if found is None:
            if len(self._subsets) >= MAX_SUBSETS:
                return self._subsets[self._every]
            chosen = [
                i
                for i in range(len(self._alternatives))
                if gate >> i // RUN_LENGTH & 1 or i in self._always
            ]
            source = self._alternation(chosen)
            found = self._subsets[gate] = re.compile(source, self._search_flags).findall
        return found

    def _alternation(self, chosen: Iterable[int]) -> str:
        """The source of the pattern of the chosen alternatives (by index, in order):
        ``\\b(?:A|B)\\b``, or ``(?:A'|B')\\b`` in their word-first forms."""
        if self._written is None:
            return _WORDS_HEAD + "|".join(self._alternatives[i] for i in chosen) + _WORDS_TAIL
        return "(?:" + "|".join(self._written[i] for i in chosen) + _WORDS_TAIL
