"""Which literals each line of a page holds, for several groups of literals in one pass.

The page features gate their patterns on literals: the cue patterns (`cues.cue_candidates`),
each split pattern's alternatives (`split.SplitPattern`) and the boilerplate alternatives
(`split.WordCounts`). `cues.literal_bits` finds one group's literals in a page: a join, a
lower-casing and two automaton passes, each group again. Here every group's literals go into
one automaton a case (as written, lower-cased), each group's bits shifted into its own field
of a 64-bit integer a line, and the matches are mapped to lines with NumPy
(``np.searchsorted`` over the line feeds and ``np.bitwise_or.at``) instead of a Python loop
over them; the groups' fields are cut out of the masks in one broadcast shift.

Why a line's bits are those `cues.literal_bits` gives it for the group alone: a literal's bit
is set on the line where an occurrence starts, in both; the other groups' literals set only
bits outside the group's field, and a line holding a line feed or a case exception gets every
bit of every field, as `literal_bits` gives it every bit of the group. A test compares them
group by group on any lines and on the sample pages. Where the automaton is missing or the
fields need more than 63 bits, `literal_bits` of all the groups at once serves, with the same
bits. Texts are searched as their UTF-8 bytes (`cues._automaton`), a lone surrogate encoded
as it is (it holds no literal's bytes). A lower-cased literal that lowering cannot make or
unmake (`_lowering_keeps`: ASCII characters, no letter) is looked for in the text as
written, with the written literals, so that ":" and "/", which gate both kinds, are matched
in one text only.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import Any

import numpy as np
import numpy.typing as npt

from ..text import utf8
from .cues import (
    CASE_EXCEPTIONS,
    LiteralGroup,
    _automaton,
    automaton_available,
    literal_bits,
)

__all__ = ["LiteralGroups"]

Ints = npt.NDArray[np.int64]
# The fields must fit a signed 64-bit integer.
_MAX_BITS = 63


class LiteralGroups:
    """`cues.literal_bits` of several groups of literals at once (see the module's text)."""

    __slots__ = ("_as_written", "_automata", "_every", "_fields", "_folded", "_masks_of", "_shifts")

    def __init__(self, groups: Sequence[LiteralGroup]) -> None:
        as_written: list[tuple[str, int]] = []
        folded: list[tuple[str, int]] = []
        self._fields: list[tuple[int, int]] = []  # (shift, every) a group
        shift = 0
        for written, lowered, every in groups:
            if any(bit & ~every for _, bit in (*written, *lowered)):
                raise ValueError("a literal's bit is outside its group's bits")
            as_written.extend((literal, bit << shift) for literal, bit in written)
            folded.extend((literal, bit << shift) for literal, bit in lowered)
            self._fields.append((shift, every))
            shift += every.bit_length()
        self._every = (1 << shift) - 1
        # The fields as columns, so that every group's bits of the lines come out of one
        # shift and one mask (two NumPy calls a page, where two a group were 40 % of the
        # calls `arrays` makes).
        self._shifts, self._masks_of = _columns(self._fields)
        self._as_written, self._folded = tuple(as_written), tuple(folded)
        # The automata (as written, with the case exceptions; lower-cased) and their bits,
        # built once; None where the fast path never applies.
        self._automata: tuple[_Automaton, _Automaton] | None = None
        if automaton_available() and shift <= _MAX_BITS:
            exceptions = tuple((c, self._every) for c in CASE_EXCEPTIONS)
            # A lower-cased literal lowering cannot make or unmake is looked for as written,
            # in one automaton with the literals found so (":" and "/" gate both kinds).
            stable = tuple(entry for entry in self._folded if _lowering_keeps(entry[0]))
            rest = tuple(entry for entry in self._folded if not _lowering_keeps(entry[0]))
            self._automata = _built((*as_written, *stable, *exceptions)), _built(rest)

    def bits(self, lines: Sequence[str], joined: tuple[str, str] | None = None) -> list[list[int]]:
        """For each group, in order, the bits of each line (as `cues.literal_bits`).

        ``joined``: the lines joined by line feeds, and that text lower-cased, when the
        caller has them.
        """
        masks = self._masks(lines, joined)
        if masks is None:  # the general path, with Python integers
            found = literal_bits(lines, self._as_written, self._folded, self._every)
            return [[mask >> shift & every for mask in found] for shift, every in self._fields]
        return [(masks >> shift & every).tolist() for shift, every in self._fields]

    def arrays(self, lines: Sequence[str], joined: tuple[str, str] | None = None) -> list[Ints]:
        """`bits` as arrays, a group's bits of the lines in one: what NumPy callers index."""
        masks = self._masks(lines, joined)
        if masks is None:
            return [np.array(found, dtype=np.int64) for found in self.bits(lines, joined)]
        return list(masks >> self._shifts & self._masks_of)

    def _masks(self, lines: Sequence[str], joined: tuple[str, str] | None) -> Ints | None:
        """Every group's bits of each line in one integer, or None where the fast path
        does not apply."""
        if not lines or self._automata is None:
            return None
        written, folded = self._automata
        text, lowered = joined if joined is not None else ("\n".join(lines), None)
        data = utf8(text)
        # A line feed's byte is in no other character's UTF-8 bytes: the feeds found in
        # the bytes are the text's, counted once for the check and the written matches.
        feeds = _line_feeds(data)
        if len(feeds) != len(lines) - 1:  # a line holds a line feed: no safe join
            return None
        masks = np.zeros(len(lines), dtype=np.int64)
        _mark(data, feeds, written, masks)
        _mark(utf8(lowered if lowered is not None else text.lower()), None, folded, masks)
        return masks


# An automaton of literals (None when there are none) and each literal's bits.
_Automaton = tuple[Any, Ints]


def _built(literals: tuple[tuple[str, int], ...]) -> _Automaton:
    if not literals:
        return None, np.zeros(0, dtype=np.int64)
    automaton, bits = _automaton(literals)
    return automaton, np.array(bits, dtype=np.int64)


def _lowering_keeps(literal: str) -> bool:
    """Whether ``literal`` is on a line exactly where it is on the line lower-cased: so for
    a literal of ASCII characters that are not letters, as each is its own lower case and
    no other character's lower case holds it (a test checks every code point), so an
    occurrence in the lowered line is made of the same characters in the line."""
    return literal.isascii() and not any(c.isalpha() for c in literal)


def _columns(fields: Sequence[tuple[int, int]]) -> tuple[Ints, Ints]:
    """Each group's shift and bits, as columns that broadcast over a page's masks."""
    shifts = np.array([shift for shift, _ in fields], dtype=np.int64).reshape(-1, 1)
    return shifts, np.array([every for _, every in fields], dtype=np.int64).reshape(-1, 1)


def _line_feeds(data: bytes) -> Ints:
    """Where a text's UTF-8 bytes hold a line feed, found in one vectorised comparison."""
    return np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == _LINE_FEED)


_LINE_FEED = ord("\n")


def _mark(data: bytes, feeds: Ints | None, literals: _Automaton, masks: Ints) -> None:
    """Set each literal's bits on every line it starts in (overlapping occurrences too, so
    none hides another), found in a text's UTF-8 bytes (``data``, `cues._automaton`;
    ``feeds``: where its line feeds are, when known)."""
    automaton, bits = literals
    if automaton is None:
        return
    found = automaton.find_matches_as_indexes(data, overlapping=True)
    if found:
        flat = np.fromiter(chain.from_iterable(found), dtype=np.int64, count=3 * len(found))
        # A match starting at byte ``at`` is on the line numbered by the line feeds before
        # it (``searchsorted``, left): the last of `cues.byte_starts` at or before ``at``,
        # without the array of starts to build.
        feeds = _line_feeds(data) if feeds is None else feeds
        np.bitwise_or.at(masks, feeds.searchsorted(flat[1::3]), bits[flat[0::3]])
