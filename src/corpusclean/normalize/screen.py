"""Which lines of a text may need normalising, found in one pass over the whole text.

On a line of ASCII, `fixers._already_normal` asks five things: no run of two spaces, no space
at either end, no "&", no control character (``str.isprintable``: on ASCII, the characters
below U+0020 and U+007F), and, when sentence spacing is fixed, no glue hint
(`fixers._GLUE_HINT_ASCII`: a stop, an optional closing quote or bracket, a capital). Each is
a short string over a few kinds of character. So one ``bytes.translate`` maps every byte of
the lines, joined by line feeds and encoded as UTF-8, to its kind (`_KINDS`), and a few
``bytes.find`` loops find the lines where one of these strings stands (`_MARKS`); the ASCII
lines holding none are exactly those the test passes. A line outside ASCII is always one to
look at: every byte of its other characters is one (UTF-8 writes them with bytes from 0x80
up, and only them), the kind "u", and the line's own test decides.

Why: the per-line test cost about 2 µs a line, 20 ms of a pass of the ASCII speed corpus's
9,498 lines, of which 1,121 need a look (issue #8); the screen reads the text in C and leaves
the loop those lines. A search for two bytes costs a pass over the text (about a
nanosecond a byte, where one byte is found by ``memchr`` at a tenth of that): the three
tests of a line's spaces are one search (`_SPACING`), not three.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, compress
from operator import not_

__all__ = ["lines_to_normalize", "mixed_lines_to_normalize"]

_LINE_FEED = ord("\n")


def _kinds_table() -> bytes:
    """Each byte's kind: "." a stop, "q" what may close a sentence before the next (a quote
    or a bracket), "A" a capital, "&", "c" a control, " " the space and the line feed, "u"
    a byte of a character outside ASCII; "x" anything else."""
    table = bytearray(b"x" * 128 + b"u" * 128)
    for byte in b".!?":
        table[byte] = ord(".")
    for byte in b"\"')":
        table[byte] = ord("q")
    for byte in range(ord("A"), ord("Z") + 1):
        table[byte] = ord("A")
    for byte in (*range(0x20), 0x7F):
        table[byte] = ord("c")
    table[ord("&")], table[ord(" ")], table[_LINE_FEED] = ord("&"), ord(" "), ord(" ")
    return bytes(table)


_KINDS = _kinds_table()
# A space or a line feed twice: a run of spaces ("  "), a line opening with a space (the line
# feed before it, then the space), a line ending with one (the space, then the line feed), or
# an empty line (two line feeds, which is no mark: `_spacing_marks` passes it). The texts are
# searched with a line feed added at each end, so a space opening the first line or closing
# the last is found as the others are.
_SPACING = b"  "
# What makes a line not normal whatever its neighbours: "&", a control, a character outside
# ASCII; and, when sentence spacing is fixed, the glue hint, `[.!?]["')]?[A-Z]`. Each
# starts inside the line it is in.
_CHARACTER_MARKS = (b"&", b"c", b"u")
_MARKS = (*_CHARACTER_MARKS, b".A", b".qA")


def lines_to_normalize(lines: Sequence[str], sentence_spacing: bool) -> list[int]:
    """The indices, in order, of the lines (none holding a line feed) that may need
    normalising: every line outside ASCII, and the ASCII lines `fixers._already_normal`
    does not pass; it passes every other line.

    Linear: each search goes on from the line after the one it found, so every mark is
    looked for at most once a line.

    >>> lines_to_normalize(["Fine.", " lead", "tail ", "a  b", "x&y", "end.Next", "ok"], True)
    [1, 2, 3, 4, 5]
    >>> lines_to_normalize(["end.Next", 'said."The', "", "Café", "ok"], False)
    [3]
    """
    raw = b"\n" + "\n".join(lines).encode("utf-8", "surrogatepass") + b"\n"
    kinds = raw.translate(_KINDS)
    found = _spacing_marks(raw, kinds)
    find = kinds.find
    for mark in _MARKS if sentence_spacing else _CHARACTER_MARKS:
        at = find(mark)
        while at >= 0:
            found.add(at)
            line_end = raw.find(b"\n", at)  # the flagged line's end: one hit a line is enough
            at = find(mark, line_end + 1)
    return _line_indices(raw, found)


def _spacing_marks(raw: bytes, kinds: bytes) -> set[int]:
    """An offset inside each line that has a run of spaces or a space at either end.

    A hit of `_SPACING` at ``at`` is in the line of ``at`` (a run, or a space before the
    line feed), or of ``at + 1`` when ``at`` is a line feed (a space after it); two line
    feeds are an empty line between two others, and the search goes on from the second.
    """
    found: set[int] = set()
    find = kinds.find
    at = find(_SPACING)
    while at >= 0:
        if raw[at] == _LINE_FEED and raw[at + 1] == _LINE_FEED:
            at = find(_SPACING, at + 1)
            continue
        inside = at + (raw[at] == _LINE_FEED)
        found.add(inside)
        # From the flagged line's line feed: the next line may open with a space.
        at = find(_SPACING, raw.find(b"\n", inside))
    return found


def _line_indices(raw: bytes, found: set[int]) -> list[int]:
    """The indices of the lines holding the offsets ``found`` of ``raw``, in order, once each."""
    indices: list[int] = []
    line = -1  # the line feed added in front is the zeroth: the first line's index is 0
    position = 0
    count = raw.count
    for inside in sorted(found):
        line += count(b"\n", position, inside)
        position = inside
        if not indices or indices[-1] != line:
            indices.append(line)
    return indices


def mixed_lines_to_normalize(lines: Sequence[str], sentence_spacing: bool) -> list[int]:
    """`lines_to_normalize` of a text outside ASCII, by its ASCII lines alone: the same
    indices, every line outside ASCII and the ASCII lines the screen finds.

    Pure speed (issue #8): the screen reads each line by itself, so it finds the same of
    the ASCII lines taken apart, and those encode as they are, where encoding the lines
    outside ASCII was most of its cost on such a text (front37: the screen of the whole text
    cost more than the per-line test on the ordinary speed corpus). On the dev full pages
    48,752 of 57,689 lines are ASCII, nearly all of them in texts that are not.

    >>> mixed_lines_to_normalize(["Café", "Fine.", "a  b", "end.Next", "“ok”"], True)
    [0, 2, 3, 4]
    """
    is_ascii = list(map(str.isascii, lines))
    ascii_at = list(compress(range(len(lines)), is_ascii))
    found = lines_to_normalize(list(compress(lines, is_ascii)), sentence_spacing)
    outside = compress(range(len(lines)), map(not_, is_ascii))
    return sorted(chain(outside, map(ascii_at.__getitem__, found)))
