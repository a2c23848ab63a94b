"""Which lines of an ASCII text may need normalising, found in one pass over the whole text.

On a line of ASCII, `fixers._already_normal` asks five things: no run of two spaces, no space
at either end, no "&", no control character (``str.isprintable``: on ASCII, the characters
below U+0020 and U+007F), and, when sentence spacing is fixed, no glue hint
(`fixers._GLUE_HINT_ASCII`: a stop, an optional closing quote or bracket, a capital). Each is
a short string over a few kinds of character, none of which is the line feed. So one
``bytes.translate`` maps every character of the lines, joined by line feeds, to its kind
(`_KINDS`), and a few ``bytes.find`` loops find the lines where one of these strings stands
(`_MARKS`); the lines holding none are exactly those the test passes. Why: the per-line
test cost about 2 µs a line, 20 ms of a pass of the ASCII speed corpus's 9,498 lines, of which
1,121 need a look (issue #8); the screen reads the text in C and leaves the loop those lines.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["ascii_lines_to_normalize"]


def _kinds_table() -> bytes:
    """Each ASCII byte's kind: "." a stop, "q" what may close a sentence before the next
    (a quote or a bracket), "A" a capital, "&", "c" a control, and the space and the line
    feed as themselves; "x" anything else."""
    table = bytearray(b"x" * 256)
    for byte in b".!?":
        table[byte] = ord(".")
    for byte in b"\"')":
        table[byte] = ord("q")
    for byte in range(ord("A"), ord("Z") + 1):
        table[byte] = ord("A")
    for byte in (*range(0x20), 0x7F):
        table[byte] = ord("c")
    table[ord("&")], table[ord(" ")], table[ord("\n")] = ord("&"), ord(" "), ord("\n")
    return bytes(table)


_KINDS = _kinds_table()
# What makes an ASCII line not normal, as kinds, each with the offset of a character of the
# line it is in (a leading space is found after the line feed before it). The texts are
# searched with a line feed added at each end, so a space opening the first line or closing
# the last is found as the others are.
_SPACE_MARKS = ((b"  ", 0), (b"\n ", 1), (b" \n", 0), (b"&", 0), (b"c", 0))
# The glue hint, `[.!?]["')]?[A-Z]`, when sentence spacing is fixed.
_MARKS = (*_SPACE_MARKS, (b".A", 0), (b".qA", 0))


def ascii_lines_to_normalize(lines: Sequence[str], sentence_spacing: bool) -> list[int]:
    """The indices, in order, of the lines (all ASCII, none holding a line feed) that
    `fixers._already_normal` does not pass; every other line it passes.

    Linear: each search goes on from the line after the one it found, so every mark is
    looked for at most once a line.

    >>> ascii_lines_to_normalize(["Fine.", " lead", "tail ", "a  b", "x&y", "end.Next", "ok"], True)
    [1, 2, 3, 4, 5]
    >>> ascii_lines_to_normalize(["end.Next", 'said."The'], False)
    []
    """
    kinds = b"\n" + "\n".join(lines).encode("ascii").translate(_KINDS) + b"\n"
    find = kinds.find
    found: set[int] = set()
    for mark, offset in _MARKS if sentence_spacing else _SPACE_MARKS:
        at = find(mark)
        while at >= 0:
            inside = at + offset
            found.add(inside)
            line_end = find(b"\n", inside)  # the flagged line's end: one hit a line is enough
            at = find(mark, line_end + 1 - offset)
    indices: list[int] = []
    line = -1  # the line feed added in front is the zeroth: the first line's index is 0
    position = 0
    count = kinds.count
    for inside in sorted(found):
        line += count(b"\n", position, inside)
        position = inside
        if not indices or indices[-1] != line:
            indices.append(line)
    return indices
