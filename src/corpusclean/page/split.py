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
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..rules.literals import required_literals
from .cues import literal_bits

__all__ = ["SplitPattern", "top_level_alternatives"]


def top_level_alternatives(source: str) -> list[str]:
    """The alternatives of a pattern's outermost ``|``, as sources (one when there is none).

    >>> top_level_alternatives(r"a(?:b|c)|[|]d|\\|e")
    ['a(?:b|c)', '[|]d', '\\\\|e']
    """
    pieces, depth, start, at = [], 0, 0, 0
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 1  # the escaped character is not syntax
        elif char == "[":
            at = _class_end(source, at)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(source[start:at])
            start = at + 1
        at += 1
    pieces.append(source[start:])
    return pieces


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
    """``pattern.search`` of many lines, by alternatives gated on their literals."""

    __slots__ = ("_alternatives", "_as_written", "_every", "_folded", "_needs")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        sources = top_level_alternatives(pattern.pattern)
        # Group numbers change when an alternative stands alone; a back-reference would
        # then name another group, so such a pattern is not split.
        if len(sources) > 1 and re.search(r"\\[1-9]|\(\?P=", pattern.pattern):
            sources = [pattern.pattern]
        self._alternatives = tuple(re.compile(source, pattern.flags) for source in sources)
        found: list[tuple[str, int]] = []
        needs: list[int] = []  # an alternative's bits: it is tried on lines with all of them
        bit = 1
        for source in sources:
            mask = 0
            for group in required_literals(source, pattern.flags):
                found.extend((literal, bit) for literal in sorted(group))
                mask, bit = mask | bit, bit << 1
            needs.append(mask)
        fold = bool(pattern.flags & re.IGNORECASE)
        self._folded = tuple(found) if fold else ()
        self._as_written = () if fold else tuple(found)
        self._needs, self._every = tuple(needs), bit - 1

    def search_lines(self, lines: Sequence[str]) -> list[bool]:
        """Whether ``pattern.search`` finds a match in each line."""
        gates = literal_bits(lines, self._as_written, self._folded, self._every)
        found = [False] * len(lines)
        for alternative, need in zip(self._alternatives, self._needs, strict=True):
            search = alternative.search
            for i in [i for i, gate in enumerate(gates) if gate & need == need]:
                found[i] = found[i] or search(lines[i]) is not None
        return found
