"""Code blocks and tables inside the article: runs of lines of code or table shape.

The page model reads a line's neighbourhood, and the lines of a code listing ("SELECT *",
"FROM series", "),") or of a table ("2 │ 0.75 │ f", "June 9 -- Coral Sky Amphitheatre,
West Palm Beach, FL") are short, terse and alike: what a menu looks like. They score below
the bar although the article announces them ("... the mean:", "... tour dates:") or
surrounds them. What a menu, a footer or a related list does not have is the shape of code
(brackets, operators, statements that end with ``;`` or ``,``) or of table rows (cells
parted by the same separators line after line). This pass keeps a run of such lines when
the article frames it. Like `page.inset`, it runs once on the model's final verdicts, only
adds lines, and the lines it adds never enter the model's context.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate, compress, repeat
from operator import not_

from ..text import ends_like_sentence, tokens
from .inset import ANCHOR_MIN_TOKENS, introduces, is_anchor

__all__ = ["keep_inset_blocks", "looks_like_code", "separator_key"]

# Anchors (kept lines that read as the article's) and introducing lines (a colon after at
# least INTRO_MIN_TOKENS tokens: "Let's see what we got:", "The Doobie Brothers 50th
# Anniversary Tour 2020 dates:") are `page.inset`'s: a list and a code block hang alike.
# A run of block lines may hold at most GAP_MAX_PLAIN lines in a row without the shape
# (a bare "FROM", "series", "GROUP BY" between statements); more end the run: the block
# is over and something else follows.
GAP_MAX_PLAIN = 2
# A block holds at least BLOCK_MIN_SHAPED shaped lines that the model dropped: one or two
# lines with a bracket or a "|" are a caption, a byline or a breadcrumb, not a listing.
BLOCK_MIN_SHAPED = 3
# At least SHAPED_SHARE of a block's lines have the shape: a listing's bare keywords and
# identifiers are fewer than its statements, and a menu with a stray "|" is mostly words.
SHAPED_SHARE = 0.6
# A block runs for at most BLOCK_MAX_LINES lines: a long listing or a table of a few dozen
# rows. Past that the run is a page region of its own (a sitemap, a data dump) that the
# model's verdict decides.
BLOCK_MAX_LINES = 60
# A table whose cells are all short words without digits, most capitalised, is a link
# table ("About Us | Careers", "Privacy | Terms"): at most NAV_CELL_MAX_TOKENS tokens a cell.
NAV_CELL_MAX_TOKENS = 3

# The shapes of a line, ordered: code is the stronger evidence.
ROW = 1
CODE = 2

# Code shape, read on the stripped line (indentation is gone by then). Each trait is one that
# prose, menus and headlines almost never have; a line has the shape when any trait matches.
# The traits away from the line's start are searched only in lines holding their literal
# ("=" or "->", "(", "_", found by a substring test in C): a search that tried all of them at
# every position cost 9 µs a line on the dev full pages.
_ASSIGNMENT = re.compile(r"[^\s=!<>]=[^=]|==|!=|<=|>=|=>|->|:=")  # "x = f(y)", "a >= b"
_CALL = re.compile(r"\w\(|\(\*\)|\(\)")  # a call: "avg(n)", "count(*)", "now()"
_SNAKE_CASE = re.compile(r"\w_\w")  # an identifier in snake case: "lower_bound"
_CODE_START = re.compile(
    r"""
      [)\]}]+[;,]?$                  # a line of closing brackets: "),", ");", "}"
    | --|//|/\*|\#|\$\s|>>>|\w+=\#      # a comment or a prompt: "-- Wrong!", "db=#"
    """,
    re.VERBOSE,
)
# A short line that ends a statement or continues an argument list ("period timestamptz,",
# "bounds;", "WITH series AS ("). Only up to CODE_END_MAX_TOKENS tokens: a longer line
# ending with ";" or "," is an item of a list in prose ("contains spam, ... schemes;").
CODE_END_MAX_TOKENS = 6
_CODE_END = re.compile(r"[;{(\[,]$")
# An upper-case keyword opening a statement ("SELECT *", "ORDER BY period DESC") counts
# only with something after it that a menu item in capitals ("FACEBOOK", "EMAIL ME") does
# not have: a lower-case word, a digit or a symbol.
_KEYWORD_STATEMENT = re.compile(r"^[A-Z]{2,}(?:\s+[A-Z]{2,})*\s+.*[a-z0-9*]")
# Table cells are parted by box-drawing rules, pipes or tabs.
_CELL_RULE = re.compile(r"[│┃|┼─━\t]")
# The separators whose set makes a row's key: dashes of any length count as one ("-").
_SEPARATOR_CHARS = frozenset("-,;:@/()|│")
_EN_DASH, _EM_DASH = "\u2013", "\u2014"
# Where a footer's link table parts its cells.
_CELL_SPLIT = re.compile(r"[│┃|\t·]| - ")


def looks_like_code(line: str) -> bool:
    """Whether a stripped line has the shape of code or of a ruled table row.

    >>> [looks_like_code(s) for s in ["SELECT *", "avg(n) AS lower_bound,", "),", "2 │ f"]]
    [True, True, True, True]
    >>> [looks_like_code(s) for s in ["FACEBOOK", "Home", "He said so.", "Terms of Use"]]
    [False, False, False, False]
    """
    if _has_code_trait(line) or _KEYWORD_STATEMENT.match(line) or _CELL_RULE.search(line):
        return True
    return bool(_CODE_END.search(line)) and len(tokens(line)) <= CODE_END_MAX_TOKENS


def _has_code_trait(line: str) -> bool:
    """Whether one of the code traits matches: each searched only where its literal is."""
    return (
        (("=" in line or "->" in line) and _ASSIGNMENT.search(line) is not None)
        or ("(" in line and _CALL.search(line) is not None)
        or ("_" in line and _SNAKE_CASE.search(line) is not None)
        or _CODE_START.match(line) is not None
    )


def separator_key(line: str) -> frozenset[str]:
    """The set of cell separators in a line: rows of one table share it.

    >>> sorted(separator_key("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL"))
    [',', '-']
    >>> separator_key("Home")
    frozenset()
    """
    found = _SEPARATOR_CHARS.intersection(line)
    # En and em dashes count as "-" (a set intersection in C, where ``str.translate`` with
    # a table of non-ASCII characters took a dictionary look-up a character).
    if _EN_DASH in line or _EM_DASH in line:
        found |= {"-"}
    return frozenset(found)


def keep_inset_blocks(
    lines: Sequence[str], n_tokens: Sequence[int], keep: Sequence[bool]
) -> list[bool]:
    """Return ``keep`` with every framed code block or table kept.

    A block starts right after a kept line of the article and runs over lines of code or
    table shape. It is kept when the article frames it: the line above introduces it (a
    colon), or the block runs into the next kept sentence (it sits inside the story).

    >>> lines = ["First we compute the mean of the series:", "SELECT avg(n)",
    ...          "FROM unnest(array[2, 3, 5]) AS n;", "avg", "4.3333", "n │ is_anomaly",
    ...          "The mean is about 4.33, as expected."]
    >>> keep_inset_blocks(lines, [8, 2, 9, 1, 2, 3, 7], [True] + [False] * 5 + [True])
    [True, True, True, True, True, True, True]
    >>> lines = ["He said it was all fine.", "Home", "News", "Sport", "Then he left the room."]
    >>> keep_inset_blocks(lines, [6, 1, 1, 1, 6], [True, False, False, False, True])
    [True, False, False, False, True]
    """
    # A block is kept for BLOCK_MIN_SHAPED lines the model dropped, at least: a page with
    # fewer dropped lines has none to add back (204 of the 505 calls on the dev full pages
    # keep every line, and the loop looked at each).
    if keep.count(False) < BLOCK_MIN_SHAPED:
        return list(keep)
    return _with_blocks(lines, n_tokens, keep)


def _with_blocks(lines: Sequence[str], n_tokens: Sequence[int], keep: Sequence[bool]) -> list[bool]:
    """`keep_inset_blocks`, line by line."""
    out = list(keep)
    shaped = _Shapes(lines)
    i = 0  # the first line a block may still start at
    for start, below in _block_starts(lines, n_tokens, keep):
        if start < i:  # inside a block already kept
            continue
        i = start
        anchor = keep[i] and is_anchor(lines[i], n_tokens[i])
        if anchor and _out_of_reach(lines, i, below):
            continue
        end = _block_end(lines, n_tokens, keep, shaped, i + 1)
        framed = end > i + 1 and (not anchor or _framed(lines, n_tokens, keep, i, end))
        # Under a dropped introducing sentence only code counts: rows of one separator are
        # also a contact box's lines under "... can be contacted with any questions:".
        block = range(i + 1, end)
        if framed and _restore(lines, keep, shaped, out, block, code_only=not anchor):
            out[i] = True  # a dropped introducing sentence goes with its block
            i = end
        # Else the next start may lie inside this run (a dropped introducing sentence); each
        # start reads at most BLOCK_MAX_LINES lines, so the pass stays linear.
    return out


def _out_of_reach(lines: Sequence[str], above: int, below: int) -> bool:
    """Whether a block under the kept anchor ``above`` cannot be framed: the anchor does not
    introduce it, and the next kept anchor (``below``, ``len(lines)`` for none) lies past
    the block's reach.

    Pure speed, exact: under a kept anchor that does not introduce it, a block is framed
    only by the kept anchor it runs into (`_framed`), the line at its end. Its end is a
    line `_block_end` read (no kept anchor: it would have stopped there), or the last of its
    reach, ``above + 1 + BLOCK_MAX_LINES`` (the page's end at most); no kept anchor lies
    before ``below``. So with ``below`` past that reach, or none, the block's lines need
    not be read: 271 of the 641 blocks read on the dev full pages, 1,505 of the 5,010
    lines' shapes found.
    """
    reach = min(len(lines), above + 1 + BLOCK_MAX_LINES)
    return (below >= len(lines) or below > reach) and not introduces(lines[above])


def _block_starts(
    lines: Sequence[str], n_tokens: Sequence[int], keep: Sequence[bool]
) -> list[tuple[int, int]]:
    """The lines a block may start under, in order: the kept anchors (`is_anchor`) and the
    dropped introducing sentences, each with the next kept anchor under it (``len(lines)``
    for none).

    A dropped introducing sentence ends with a colon ("Now we can calculate the z-score for
    every row:"): the model drops it for its neighbours, the block below; with at least
    ANCHOR_MIN_TOKENS tokens it is no field label ("Tags:"). So a line ending with a colon
    is a start when kept (an anchor) or of ANCHOR_MIN_TOKENS tokens; any other line only as
    a kept sentence of ANCHOR_MIN_TOKENS tokens.

    Only a start with BLOCK_MIN_SHAPED dropped lines or more between it and the next kept
    anchor is listed: a block ends at the next kept anchor (`_block_end`) and is kept for
    that many dropped lines at least (`_restore`), so under any other start nothing is
    kept, and only a shape is found (each line's shape is its own and its neighbours').

    Pure speed: a page's first classification drops most of its lines, and `_with_blocks`
    tested every line in Python (59,771 lines on the dev full pages, 7,088 of them starts,
    each read ahead to the next anchor). The lines ending with a colon are found by one
    C-level ``map``, only the kept lines are read one by one, and the dropped lines between
    two anchors are a difference of running counts.
    """
    colons = compress(range(len(lines)), map(str.endswith, lines, repeat(":")))
    starts = [i for i in colons if keep[i] or n_tokens[i] >= ANCHOR_MIN_TOKENS]
    sentences = [
        i
        for i in compress(range(len(lines)), keep)
        # A line ending with a colon ends no sentence: it is not listed twice.
        if n_tokens[i] >= ANCHOR_MIN_TOKENS and ends_like_sentence(lines[i])
    ]
    # Ascending lists of distinct lines: merges.
    anchors = sorted([i for i in starts if keep[i]] + sentences)
    dropped = list(accumulate(map(not_, keep), initial=0))  # before each line, and at the end
    found: list[tuple[int, int]] = []
    k = 0  # the first anchor after the start
    for start in sorted(starts + sentences):
        while k < len(anchors) and anchors[k] <= start:
            k += 1
        end = anchors[k] if k < len(anchors) else len(lines)
        if dropped[end] - dropped[start + 1] >= BLOCK_MIN_SHAPED:
            found.append((start, end))
    return found


class _Shapes:
    """The shape of each line: CODE, ROW (it shares its separators with a neighbour), or 0.

    Found on demand and kept: the pass reads shapes only after an anchor or a dropped
    introducing sentence, and an anchor is mostly followed by another one, so most of a
    page's lines are never asked about (on the 306 dev full pages, 12,584 of 72,793 lines
    are; testing every line cost 0.64 s, as much as the page model's line facts). A line's
    shape depends on it and its two neighbours only, so an answer does not depend on the
    order of the questions.
    """

    __slots__ = ("_keys", "_lines", "_shapes")

    def __init__(self, lines: Sequence[str]) -> None:
        self._lines = lines
        self._shapes: dict[int, int] = {}
        self._keys: dict[int, frozenset[str]] = {}

    def __getitem__(self, i: int) -> int:
        shape = self._shapes.get(i)
        if shape is None:
            shape = self._shapes[i] = self._shape(i)
        return shape

    def _shape(self, i: int) -> int:
        if looks_like_code(self._lines[i]):
            return CODE
        key = self._key(i)
        if key and ((i > 0 and self._key(i - 1) == key) or self._key(i + 1) == key):
            return ROW
        return 0

    def _key(self, i: int) -> frozenset[str]:
        """The separator key of line i; the empty set past the last line."""
        key = self._keys.get(i)
        if key is None:
            key = self._keys[i] = (
                separator_key(self._lines[i]) if i < len(self._lines) else frozenset()
            )
        return key


def _block_end(
    lines: Sequence[str],
    n_tokens: Sequence[int],
    keep: Sequence[bool],
    shaped: _Shapes,
    start: int,
) -> int:
    """The end (exclusive) of the block that starts at ``start``: shaped lines, short gaps.

    It stops before the next kept anchor, after GAP_MAX_PLAIN plain lines in a row (which
    are not part of it), or at BLOCK_MAX_LINES lines.
    """
    end = start
    plain = 0
    limit = min(len(lines), start + BLOCK_MAX_LINES)
    for j in range(start, limit):
        if keep[j] and is_anchor(lines[j], n_tokens[j]):
            return j  # the plain lines before it, at most GAP_MAX_PLAIN, are the block's
        if shaped[j]:
            plain = 0
            end = j + 1
        else:
            plain += 1
            if plain > GAP_MAX_PLAIN:
                return end
    return end


def _framed(
    lines: Sequence[str], n_tokens: Sequence[int], keep: Sequence[bool], above: int, end: int
) -> bool:
    """Whether the article frames lines above+1..end: an introducing line, or a kept anchor
    right below (the block sits between two lines of the story)."""
    if introduces(lines[above]):
        return True
    return end < len(lines) and keep[end] and is_anchor(lines[end], n_tokens[end])


def _restore(
    lines: Sequence[str],
    keep: Sequence[bool],
    shaped: _Shapes,
    out: list[bool],
    block: range,
    *,
    code_only: bool,
) -> bool:
    """Keep the block's dropped lines if it has the shape throughout; say whether it had."""
    dropped = [j for j in block if not keep[j]]
    n_shaped = sum(1 for j in block if shaped[j])
    least = CODE if code_only else ROW
    if sum(1 for j in dropped if shaped[j] >= least) < BLOCK_MIN_SHAPED:
        return False
    if n_shaped < SHAPED_SHARE * len(block) or _is_link_table([lines[j] for j in block]):
        return False
    for j in dropped:
        out[j] = True
    return True


def _is_link_table(rows: Sequence[str]) -> bool:
    """Whether every cell of every row is a short capitalised label (a footer's links).

    >>> _is_link_table(["About Us | Careers | Press", "Privacy | Terms | Cookies"])
    True
    >>> _is_link_table(["2 │ f", "12 │ t"])
    False
    """
    for row in rows:
        for cell in _CELL_SPLIT.split(row):
            words = tokens(cell)
            if not words:
                continue
            if len(words) > NAV_CELL_MAX_TOKENS or any(w[:1].isdigit() for w in words):
                return False
            if not words[0][:1].isupper():
                return False
    return True
