"""The own features of many lines at once, with NumPy: `features.LineFacts`, by columns.

`features.LineFacts` computes a line's features in a dozen steps of 1 to 4 µs each, and a
page's new lines go through them one by one. Here the same values are computed a feature
at a time over all the lines: the character counts by one ``str.translate`` of the lines
joined and one ``np.bincount`` over (line, category code); the tokens' first letters
likewise; the stoplist hits by one membership look-up a distinct kept token (`_kept_tokens`),
added up per line; each
pattern by one comprehension over the lines that can match it. A row equals the one
`LineFacts` builds, float for float (a test compares them on generated pages and on every
dev page); this module is the NumPy path's (`page.vector`), the pure-Python path keeps
`LineFacts`.

Why the floats are the same: each value is the same IEEE operation on the same operands
(a quotient of two integers, ``math.log1p`` of an integer, a comparison), whichever loop
makes it; the integer counts are exact in any order.
"""

from __future__ import annotations

import math
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cache, reduce
from itertools import chain, compress, count, repeat
from typing import Any

import numpy as np
import numpy.typing as npt

from ..text import tokens
from .chars import (
    _ALPHA,
    _CJK,
    _DIGIT,
    _PUNCT,
    _SEP,
    _SPACE,
    CODE_BASE,
    _tables,
    word_spans,
)
from .cues import (
    BOILER,
    CAPTION,
    COMMENT,
    LEGAL,
    URL,
    URL_RE,
    boiler_re,
    caption_re,
    comment_re,
    cue_group,
    legal_re,
)
from .features import (
    _BULLET_RE,
    _COMMENT_AT,
    _COUNTER_RE,
    _SENT_END_LAST,
    _TIME_AT,
    _TIME_RE,
    FEATURE_NAMES,
    FUNCTION_WORD_MIN_TOKENS,
    SHORT_WORD_MAX_CHARS,
    TIME_MONTH_LOWERED,
    TIME_MONTH_SOURCE,
    _stoplist_membership,
)
from .gates import LiteralGroups
from .split import SplitPattern, WordCounts, in_lowered

__all__ = ["PageFacts", "literal_readers", "page_facts"]

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Bytes = npt.NDArray[np.uint8]
Points = npt.NDArray[np.uint32]
Keys = npt.NDArray[np.uint64]

# A token's first letter: '0' no case, '1' lower (or title) case, '2' upper case (`chars`).
_UPPER_CASE = 2
Put = Callable[[str, Any], None]
_COLUMN = {name: at for at, name in enumerate(FEATURE_NAMES)}
# Timestamps and counters need a decimal digit; a boilerplate word on a line of at most this
# many tokens is `boiler_short` (as in `features._patterns`).
_BOILER_SHORT_MAX_TOKENS = 8
# The first characters that `features._BULLET_RE` takes alone (its other alternative opens
# with ``\d``, which ``re`` reads as `str.isdecimal`), and those `features._QUOTE_START_RE`
# takes: the class of each pattern, as a set.
_BULLET_FIRST = frozenset("-*\u2022\u00b7>")
_QUOTE_FIRST = frozenset("\"'\u201c\u2018\u00ab\u2014-")


class PageFacts:
    """What `LineFacts` holds, for many lines: rows of own features, token counts, stoplist
    hits (a row a line), markers, the short words and function-word candidates.

    The short words are kept as ids of the page's distinct kept tokens (`words`, in order
    of first appearance; `index`: the id of each; `_kept_tokens` says which tokens are
    kept: every short word and stoplist word, and a few more), one line's after another
    (``short_ids``, with how many each line has), as `page_facts` makes them and
    `vector._Matrix` reads them; the lists a line (`short`, `candidates`) are made when
    asked for.
    """

    __slots__ = ("hits", "index", "markers", "n_short", "n_tokens", "own", "short_ids", "words")

    def __init__(
        self,
        own: Floats,
        n_tokens: Ints,
        hits: Ints,
        vocabulary: tuple[dict[str, int], list[str]],
        short_ids: Ints,
        n_short: Ints,
    ) -> None:
        self.own, self.n_tokens, self.hits = own, n_tokens, hits
        # Every line's `features.short_words` as ids of `words` (a long line's are its
        # function-word candidates, a short line has none), with their counts a line.
        self.index, self.words = vocabulary
        self.short_ids, self.n_short = short_ids, n_short
        # `features.is_marker` of the rows.
        self.markers = ((own[:, _TIME_AT] > 0) | (own[:, _COMMENT_AT] > 0)).astype(np.float64)

    @property
    def short(self) -> list[list[str]]:
        """Each line's short words (`features.short_words`)."""
        return _by_line(self._spelled(self.short_ids), self.n_short)

    @property
    def candidates(self) -> list[list[str]]:
        """Each line's function-word candidates (`features.function_word_candidates`: the
        short words of a line of `FUNCTION_WORD_MIN_TOKENS` tokens or more), made when
        asked for, since the NumPy path reads them as ids (`vector._Matrix`)."""
        long = (self.n_tokens >= FUNCTION_WORD_MIN_TOKENS).tolist()
        return [short if n else [] for short, n in zip(self.short, long, strict=True)]

    def _spelled(self, ids: Ints) -> list[str]:
        words = self.words
        return [words[i] for i in ids.tolist()]


def _by_line(flat: list[str], counts: Ints) -> list[list[str]]:
    """``flat`` cut into lists of ``counts`` items, in order."""
    ends = counts.cumsum().tolist()
    return [flat[end - n : end] for end, n in zip(ends, counts.tolist(), strict=True)]


def page_facts(lines: Sequence[str]) -> PageFacts:
    """The facts of each line, as `LineFacts` of each would give them (lines unstripped
    and blank lines allowed: a blank line's row is all zeros)."""
    n = len(lines)
    joined = "".join(lines)
    points = _code_points(joined)
    lengths = np.fromiter(map(len, lines), dtype=np.int64, count=n)
    starts, token_lengths = _token_places(points, lengths)
    line_of = lengths.cumsum().searchsorted(starts, side="right")
    n_tokens = np.bincount(line_of, minlength=n)
    # The lines joined by line feeds, as written and lower-cased: the tokens' text, and the
    # text the cue literals are looked for in (`gates.LiteralGroups`).
    by_line = "\n".join(lines)
    by_line_lowered = by_line.lower()
    # Only the tokens that may be short words or stoplist words are spelled out and numbered
    # (`_kept_tokens`; a token's start in the lines joined by line feeds is past one more
    # line feed a line before it).
    kept, lowered = _kept_tokens(lines, (by_line, by_line_lowered), starts + line_of, token_lengths)
    index, ids = _vocabulary(lowered)
    words = list(index)
    kept_line_of = line_of[kept]
    short = _short_shaped(words)[ids]
    n_short = np.bincount(kept_line_of[short], minlength=n)
    hits = _stoplist_hits(_membership_kind(words)[ids], n_tokens, kept_line_of)
    cases = _token_cases(points[starts], line_of, n)
    # Page mode's lines hold no blank one (no row to leave at zeros): ``all`` tells so in C,
    # where listing the live lines was a Python step a line.
    if all(lines):
        texts = (by_line, by_line_lowered)
        own = _own_rows(list(lines), points, lengths, cases, n_tokens, texts)
    else:
        # A blank line is empty: the live lines joined are the same characters.
        own = np.zeros((n, len(FEATURE_NAMES)))
        live = [i for i, line in enumerate(lines) if line]
        if live:
            text = [lines[i] for i in live]
            live_cases = {name: column[live] for name, column in cases.items()}
            own[live] = _own_rows(text, points, lengths[live], live_cases, n_tokens[live])
    return PageFacts(own, n_tokens, hits, (index, words), ids[short], n_short)


def _token_cases(firsts: Points, line_of: Ints, n: int) -> dict[str, Ints]:
    """How many of each line's tokens start with a letter that has case, and with an
    upper-case one (``firsts``: each token's first code point; ``line_of``: its line)."""
    case = _code_tables()[1].take(firsts)
    return {
        "cased": np.bincount(line_of[case & (1 << _CASED_BIT) > 0], minlength=n),
        "upper": np.bincount(line_of[case & (1 << _UPPER_BIT) > 0], minlength=n),
    }


@cache
def _word_table() -> npt.NDArray[np.bool_]:
    """Whether each code point is a word character (``\\w`` of `text.tokens`'s pattern; a
    test compares every code point), built once per process from the runs of word
    characters among every code point (`chars.word_spans`, shipped with the character
    tables: about 0.4 ms, where scanning every code point took 0.03 CPU s, and testing each
    with `str.isalnum` 0.16 s)."""
    word = np.zeros(sys.maxunicode + 1, dtype=np.bool_)
    for start, stop in word_spans():
        word[start:stop] = True
    return word


def _token_places(points: Points, lengths: Ints) -> tuple[Ints, Ints]:
    """Where each token (`text.tokens`: a run of ``\\w``) of each line starts in the lines
    joined without a separator (``points``), in order, and how long it is: a token starts
    at a word character that starts its line or follows a character that is not one, and
    ends at one that ends its line or precedes such a character. `text.tokens` of each line
    finds as many runs in it, in the same places.

    One reading of the word characters serves both ends: the k-th start and the k-th end
    are the same token's, since each run within a line has one of each. (The ends were
    read again from the page lower-cased, a second gather of every character; lower-casing
    keeps each character's class outside `_LOWER_BY_TOKEN`, which `_kept_tokens` handles
    apart, and keeps the tokens' lengths, so the lengths serve there.)
    """
    word = _word_table().take(points)
    start = word.copy()
    start[1:] &= ~word[:-1]
    end = word.copy()
    end[:-1] &= ~word[1:]
    # A line's first character starts a token, and its last ends one, whatever the lines
    # around it hold.
    stops = lengths.cumsum()[lengths > 0]
    first = stops - lengths[lengths > 0]
    start[first] = word[first]
    end[stops - 1] = word[stops - 1]
    found: Ints = start.nonzero()[0]
    return found, end.nonzero()[0] - found + 1


# Characters whose ``str.lower`` depends on their neighbours (capital sigma: final or not)
# or is longer than one character (dotted capital I): where a page holds one, its tokens
# are lower-cased one by one (`_kept_tokens`). A test checks that no other character
# lower-cases to more than one character or to one of another ``\\w`` class.
_LOWER_BY_TOKEN = ("\u03a3", "\u0130")


def _kept_tokens(
    lines: Sequence[str], texts: tuple[str, str], starts: Ints, lengths: Ints
) -> tuple[npt.NDArray[np.bool_], list[str]]:
    """Which of the lines' tokens are kept (a flag a token, in order), and the kept ones
    lower-cased, in order (``texts``: the lines joined by line feeds, as written and
    lower-cased; ``starts``: where each token starts in them; ``lengths``: how long each
    is, `_token_places`).

    A page's facts read a token's text only where it may be a short word (for the page
    function words) or is a stoplist word (for the hits); the other tokens' facts are
    nothing (no hit, no short word), so they need no string and no id. Kept are all
    tokens `_is_kept` takes, found for sure by `_may_be_kept`, and a few more (of the dev
    pages' 460,258 tokens a pass, 266,015 are kept, with 67,164 distinct words by page
    where all tokens made 187,569).
    """
    text, lowered = texts
    if any(char in text for char in _LOWER_BY_TOKEN):
        every = list(map(str.lower, chain.from_iterable(map(tokens, lines))))
        kept = np.fromiter(map(_is_kept, every), dtype=np.bool_, count=len(every))
        return kept, list(compress(every, kept))
    points = _code_points(lowered)
    kept = _may_be_kept(points, starts, lengths)
    return kept, _spelled_tokens(points, starts[kept], lengths[kept])


def _is_kept(token: str) -> bool:
    """Whether a page's facts read a lower-cased token: it is no longer than a short word
    (`SHORT_WORD_MAX_CHARS`), or it is a stoplist word."""
    return len(token) <= SHORT_WORD_MAX_CHARS or token in _membership_kinds()[0]


def _may_be_kept(points: Points, starts: Ints, lengths: Ints) -> npt.NDArray[np.bool_]:
    """For each token (``points``: the text's code points, lower-cased; ``starts`` and
    ``lengths`` of the tokens), False only where `_is_kept` is False: the token is longer
    than `SHORT_WORD_MAX_CHARS` and either longer than every stoplist word or without the
    key (`_word_keys`) of a stoplist word of its length. A stoplist word has its own key,
    so none is left out. Of the dev pages' 195,484 tokens a pass that are longer than a
    short word and no longer than the longest stoplist word, 18,407 are kept, 14,270 of
    them stoplist words."""
    longest, keys = _long_word_keys()
    kept = lengths <= SHORT_WORD_MAX_CHARS
    tested = (~kept & (lengths <= longest)).nonzero()[0]
    if len(tested):
        at, length = starts[tested], lengths[tested]
        found = _word_keys(length, points[at], points[at + 1], points[at + length - 1])
        place = np.minimum(keys.searchsorted(found), len(keys) - 1)
        kept[tested] = keys[place] == found
    return kept


def _word_keys(lengths: Ints, first: Points, second: Points, last: Points) -> Keys:
    """The key of each word of these lengths, first, second and last code points: the four
    in one 64-bit integer (the length from bit 58, a code point of up to 21 bits from bit
    37 and one from bit 16, the last one's low 16 bits). Equal words have equal keys,
    which is all `_may_be_kept` relies on; unequal ones mostly differ (words of up to 63
    characters: the longest stoplist word has 10)."""
    key: Keys = lengths.astype(np.uint64) << np.uint64(58)
    key |= first.astype(np.uint64) << np.uint64(37)
    key |= second.astype(np.uint64) << np.uint64(16)
    key |= last.astype(np.uint64) & np.uint64(0xFFFF)
    return key


@cache
def _long_word_keys() -> tuple[int, Keys]:
    """How long the longest stoplist word is, and the keys (`_word_keys`) of the stoplist
    words longer than `SHORT_WORD_MAX_CHARS`, sorted (at least one key: a list's only
    one is no key of a token when no word is that long)."""
    words = [w for w in _membership_kinds()[0] if len(w) > SHORT_WORD_MAX_CHARS]
    if not words:
        return 0, np.zeros(1, dtype=np.uint64)
    lengths = np.array(list(map(len, words)), dtype=np.int64)
    first, second, last = (
        np.array([ord(w[at]) for w in words], dtype=np.uint32) for at in (0, 1, -1)
    )
    return int(lengths.max()), np.unique(_word_keys(lengths, first, second, last))


def _spelled_tokens(points: Points, starts: Ints, lengths: Ints) -> list[str]:
    """The tokens of a lower-cased text (``points``: its code points) that start at
    ``starts`` and are ``lengths`` long, in order: their characters gathered, each token's
    followed by a space, and the text split on spaces (``str.split``, in C; half the time
    of ``findall`` of ``\\w+``, which tests each character's class through Unicode
    tables). Only the kept tokens' characters are decoded and split (a page's are less
    than half of its characters), where blanking the others out of the whole text took
    a third more time (55 -> 44 ms a pass of `_kept_tokens` over the dev pages).

    Why they are `text.tokens` of each line, lower-cased, when the text is the lines
    joined by line feeds and lower-cased at once, without `_LOWER_BY_TOKEN`: a line feed
    is no word character, so no token runs over two lines; lower-casing maps each
    character to one character of the same class (word character or not) outside
    `_LOWER_BY_TOKEN`, so the tokens lie in the same places, and each is the lower-cased
    token, since ``str.lower`` reads no neighbour but for sigma; no word character is a
    space (`str.isspace`), so ``split`` cuts at the spaces after the tokens alone.
    """
    widths = lengths + 1  # a token and the space after it
    total = int(widths.sum())
    if not total:
        return []
    ends = widths.cumsum()  # where each token's space is, plus one
    at = np.arange(total) - np.repeat(ends - widths - starts, widths)
    # A space's place reads one past its token, past the text for the last one: clipped,
    # then written over.
    spelled = points.take(np.minimum(at, len(points) - 1))
    spelled[ends - 1] = ord(" ")
    return spelled.tobytes().decode("utf-32-le", "surrogatepass").split()


def _vocabulary(lowered: list[str]) -> tuple[dict[str, int], Ints]:
    """The distinct tokens of ``lowered``, each with its index in order of first appearance
    (a dictionary, keys in that order), and each token's index: what a token's text decides
    (its stoplist kind, its shape) is then found once a distinct token and gathered by
    index, where a ``map`` a token a fact was a C-level call a token each (a page's distinct
    kept tokens are about one in four).

    One look-up a token: a token not yet in the dictionary is given the next index by the
    dictionary's default (a counter), so indices follow first appearance and keys are in
    that order, as a first pass of ``dict.fromkeys`` and a second of look-ups gave them
    (three hashings a token, 0.045 -> 0.035 CPU s a pass over the dev pages' tokens). The
    default is then dropped: a look-up of an unknown word raises, as in a plain ``dict``.
    """
    index: defaultdict[str, int] = defaultdict(count().__next__)
    ids = np.fromiter(map(index.__getitem__, lowered), dtype=np.int64, count=len(lowered))
    index.default_factory = None
    return index, ids


def _short_shaped(words: list[str]) -> npt.NDArray[np.bool_]:
    """`features.is_short_word` of each word (written out: at most 4 characters, not a
    number), by C-level ``map``."""
    n = len(words)
    short = np.fromiter(map(len, words), dtype=np.int64, count=n) <= SHORT_WORD_MAX_CHARS
    short &= ~np.fromiter(map(str.isdigit, words), dtype=np.bool_, count=n)
    return short


def _membership_kind(words: list[str]) -> Ints:
    """Each word's stoplist kind (`_membership_kinds`; 0 where no list holds it)."""
    kind_of = _membership_kinds()[0]
    return np.fromiter(map(kind_of.get, words, repeat(0)), dtype=np.int64, count=len(words))


def _stoplist_hits(flat: Ints, n_tokens: Ints, line_of: Ints) -> Ints:
    """`features.stoplist_hits` of every line (``flat``: the stoplist kind of their
    lower-cased tokens, one line's after another; ``line_of``: the line of each): hits per
    list, then the token count.

    A token's membership (which lists hold it) is one of a few dozen kinds; a line's hits
    are the sum of its member tokens' membership rows, integers exact in any order. The
    rows are summed line by line with ``np.add.reduceat`` (a token's line never decreases
    along ``flat``): a product of per-line kind counts with the kinds' rows was an integer
    matrix product, which NumPy runs without BLAS (four times dearer with langid31's 82 kinds
    and 15 lists); taken in floats through BLAS, the step got cheaper but the classifier's
    replay as a whole dearer in CPU time (`benchmarks/page_replay.py`: 1.19 -> 1.29 s a pass,
    BLAS's threads being the likely cause). Summed here: 0.043 -> 0.021 s a pass."""
    kinds = _membership_kinds()[1]
    n = len(n_tokens)
    hits = np.zeros((n, kinds.shape[1] + 1), dtype=np.int64)
    member = flat.nonzero()[0]
    if len(member):
        lines = line_of[member]
        starts = np.concatenate(([True], lines[1:] != lines[:-1])).nonzero()[0]
        hits[lines[starts], :-1] = np.add.reduceat(kinds[flat[member]], starts, axis=0)
    hits[:, -1] = n_tokens
    return hits


@cache
def _membership_kinds() -> tuple[dict[str, int], Ints]:
    """Each stoplist word's kind (1...), and each kind's membership row; kind 0 is a token
    no list holds."""
    membership, outside = _stoplist_membership()
    rows = [outside, *sorted(set(membership.values()) - {outside})]
    number = {row: k for k, row in enumerate(rows)}
    return {word: number[row] for word, row in membership.items()}, np.array(rows, dtype=np.int64)


# ``math.log1p`` of the integers below this many is looked up in a table made once per
# process (`_log1p`): the counts of a line (characters, tokens, sentence marks, camel-case
# pairs) are mostly small, and a table look-up is one NumPy gather where ``map`` was a
# Python call a line and column. Larger counts (a long line's characters) are computed.
_LOG1P_TABLE_SIZE = 4096


@cache
def _log1p_table() -> Floats:
    """``math.log1p(k)`` for k below `_LOG1P_TABLE_SIZE`: the same floats, by construction."""
    return np.array(list(map(math.log1p, range(_LOG1P_TABLE_SIZE))))


def _log1p(counts: Ints) -> Floats:
    """``math.log1p`` of each count (non-negative integers), float for float."""
    table = _log1p_table()
    large = counts >= _LOG1P_TABLE_SIZE
    if not large.any():
        return table[counts]
    out = table[np.where(large, 0, counts)]
    out[large] = list(map(math.log1p, counts[large].tolist()))
    return out


# A token's first character in `_case_bits`: bit 0, a letter with case; bit 1, upper case.
_CASED_BIT, _UPPER_BIT = 0, 1
# Bits of a character's value in `_code_tables` beside its categories (`chars`'s bits, 0 to
# 5): whether it is in the first and in the second class of `features._CAMEL_RE`.
_CAMEL_FIRST, _CAMEL_SECOND = 6, 7
_CATEGORY_BITS = np.uint8((1 << _CAMEL_FIRST) - 1)
# The sentence marks of `features._SENT_MARK_RE`, all of them `chars.PUNCTUATION`.
_SENTENCE_MARKS = np.array([ord(c) for c in ".!?\u3002"], dtype=np.uint32)


@cache
def _code_tables() -> tuple[Bytes, Bytes]:
    """`chars._tables` as arrays by code point: each character's category bits with its
    camel-case classes (`_CAMEL_FIRST`, `_CAMEL_SECOND`), and its case as bits
    (`_CASED_BIT`, `_UPPER_BIT`); built once per process from the same tables, so the
    counts are those of `chars.CharCounts`."""
    table, case, _ = _tables()
    categories = np.frombuffer(table.encode("ascii"), dtype=np.uint8) - np.uint8(CODE_BASE)
    # The camel-case classes are ranges of code points: set by slices, where comparing every
    # code point with their bounds made arrays of 64-bit integers (about 6-20 ms of a
    # process's first page, issue #8).
    for first, last, bit in _CAMEL_RANGES:
        categories[first : last + 1] |= np.uint8(1 << bit)
    cases = np.frombuffer(case.encode("ascii"), dtype=np.uint8) - np.uint8(CODE_BASE)
    cased = (cases > 0).view(np.uint8) << np.uint8(_CASED_BIT)
    return categories, cased | (cases == _UPPER_CASE).view(np.uint8) << np.uint8(_UPPER_BIT)


# The classes of `features._CAMEL_RE` (``[a-z\u00e0-\u00ff][A-Z]``) by code point ranges,
# each with its bit in `_code_tables`.
_CAMEL_RANGES = (
    (ord("a"), ord("z"), _CAMEL_FIRST),
    (0xE0, 0xFF, _CAMEL_FIRST),
    (ord("A"), ord("Z"), _CAMEL_SECOND),
)


def _code_points(text: str) -> Points:
    """The code points of ``text`` (UTF-32; a lone surrogate passes as its own). They index
    the `_code_tables` in one NumPy call, where ``str.translate`` takes a dictionary
    look-up a character outside ASCII: ``table.take(points)``, the same gather as
    ``table[points]`` in half the time (indexing converts each 32-bit index to the
    platform's integer on its slow path; 4.3 -> 2.5 ms over 2.7 million)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _sentence_marks(points: Points, values: Bytes, lengths: Ints, at: Ints) -> Ints:
    """How many times `features._SENT_MARK_RE` (``[.!?\\u3002](?:\\s|$)``) matches in each
    line (``points``, ``values``: the code points and `_code_tables` values of the lines
    joined without a separator; ``at``: where their punctuation is, since every mark is
    punctuation): a mark followed by a space of the same line, or last in its line (a mark
    before a final line feed is followed by a space). Two matches never overlap (a space is
    no mark), so the count is ``findall``'s."""
    ends = lengths.cumsum()
    marked = points[at]
    # Four comparisons: the same test as ``np.isin``, which sorts its arguments first.
    at = at[reduce(np.logical_or, [marked == mark for mark in _SENTENCE_MARKS])]
    after = at + 1
    # Whether the next character starts the next line, or there is none.
    line_end = np.zeros(len(values) + 1, dtype=np.bool_)
    line_end[ends] = True
    last = line_end[after]
    spaced = (values[np.minimum(after, len(values) - 1)] & _SPACE) > 0
    found = at[last | spaced]
    return np.bincount(ends.searchsorted(found, side="right"), minlength=len(lengths))


def _camel_pairs(values: Bytes, lengths: Ints) -> Bytes:
    """Where `features._CAMEL_RE` (``[a-z\\u00e0-\\u00ff][A-Z]``) matches in the lines joined
    without a separator (``values``: their characters' `_code_tables` values): 1 where a
    character of the first class is followed by one of the second in the same line, else
    0. Two matches never overlap (the second character of one cannot start another), so
    their count a line is ``findall``'s."""
    starts = np.zeros(len(values) + 1, dtype=np.bool_)
    starts[lengths.cumsum()] = True  # where each next line starts
    found = np.zeros(len(values), dtype=np.uint8)
    found[:-1] = (values[:-1] >> _CAMEL_FIRST) & (values[1:] >> _CAMEL_SECOND) & 1
    found[:-1] &= ~starts[1:-1]
    return found


def _bits_by_line(values: Bytes, lengths: Ints) -> Ints:
    """For each line (``lengths``: how many of ``values`` each has, in order), how many of
    its values have each of the 8 bits set: one column a bit, bit k in column k.

    Each value is looked up as two 64-bit integers holding its bits 0-3 and 4-7 one to a
    16-bit field (`_bit_fields`), and a line's integers are added up by one
    ``np.add.reduceat`` each: a field's sum is the line's count of that bit, exact while a
    line is shorter than `_FIELD_LIMIT` characters (no carry into the next field). Where
    one is longer, the bits are unpacked to a column each and added up as such (the same
    counts, three times the time).
    """
    per_line = np.zeros((len(lengths), 8), dtype=np.int64)
    held = lengths > 0  # ``reduceat`` reads an empty segment as its first value: skip them
    if not held.any():
        return per_line
    starts = (lengths.cumsum() - lengths)[held]
    if int(lengths.max()) >= _FIELD_LIMIT:
        bits = np.unpackbits(values[:, None], axis=1, bitorder="little")
        per_line[held] = np.add.reduceat(bits, starts, axis=0, dtype=np.int64)
        return per_line
    low, high = _bit_fields()
    for at, table in ((0, low), (_FIELDS, high)):
        # ``take``: the same gather as ``table[values]``, without indexing's slow path for
        # 8-bit indices (10.6 -> 6.7 ms a pass over the dev pages' characters, both tables).
        sums = np.add.reduceat(table.take(values), starts)
        per_line[held, at : at + _FIELDS] = (sums[:, None] >> _FIELD_SHIFTS) & _FIELD_MASK
    return per_line


# `_bits_by_line`'s fields: four bits of a value a 64-bit integer, 16 bits a field, so a
# field counts up to `_FIELD_LIMIT` - 1 characters of a line without overflowing.
_FIELDS, _FIELD_WIDTH = 4, 16
_FIELD_LIMIT = 1 << _FIELD_WIDTH
_FIELD_MASK = np.uint64(_FIELD_LIMIT - 1)
_FIELD_SHIFTS = np.arange(_FIELDS, dtype=np.uint64) * np.uint64(_FIELD_WIDTH)


@cache
def _bit_fields() -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """For each byte value, its bits 0-3 and its bits 4-7, each bit k of the four in the
    16-bit field k of a 64-bit integer (a 1 or a 0 there)."""
    values = np.arange(256, dtype=np.uint64)
    halves = []
    for first in (0, _FIELDS):
        fields = np.zeros(256, dtype=np.uint64)
        for k in range(_FIELDS):
            fields |= ((values >> np.uint64(first + k)) & np.uint64(1)) << _FIELD_SHIFTS[k]
        halves.append(fields)
    return halves[0], halves[1]


def _column(bit: int) -> int:
    """The column of `_bits_by_line` that counts a category bit (a power of two)."""
    return bit.bit_length() - 1


def _char_columns(points: Points, lengths: Ints, cases: dict[str, Ints]) -> dict[str, Ints]:
    """`chars.CharCounts` of every line, as columns (``points``: the code points of the
    lines joined without a separator, ``lengths`` a line; ``cases``: `_token_cases` of
    the lines): the characters' category bits looked up by code point, and each bit
    counted per line by one ``np.add.reduceat`` (memory linear in the page, whatever its
    number of lines)."""
    categories = _code_tables()[0]
    values = categories.take(points)
    punctuation = (values & _PUNCT).nonzero()[0]  # few characters: commas, marks among them
    marks = _sentence_marks(points, values, lengths, punctuation)
    # Bit 6 now says a camel-case pair starts at the character; bit 7 is cleared.
    camel = _camel_pairs(values, lengths)
    values &= _CATEGORY_BITS
    values |= camel << _CAMEL_FIRST
    counts = _bits_by_line(values, lengths)
    return {
        "length": lengths,
        "nonspace": lengths - counts[:, _column(_SPACE)],
        "digits": counts[:, _column(_DIGIT)],
        "alpha": counts[:, _column(_ALPHA)],
        "cjk": counts[:, _column(_CJK)],
        "punctuation": counts[:, _column(_PUNCT)],
        "separators": counts[:, _column(_SEP)],
        "cased": cases["cased"],
        "upper": cases["upper"],
        "camel": counts[:, _CAMEL_FIRST],
        "sentence_marks": marks,
        "commas": _commas(points, lengths, punctuation),
        **_edge_points(points, lengths),
    }


def _edge_points(points: Points, lengths: Ints) -> dict[str, Ints]:
    """The code points of each line's first and last characters (``points``: the lines
    joined without a separator; every line non-empty, as `_own_rows` reads only non-blank
    lines): what ``line[:1]`` and ``line[-1:]`` test, read in one gather each."""
    ends = lengths.cumsum()
    return {
        "first": points[ends - lengths].astype(np.int64),
        "last": points[ends - 1].astype(np.int64),
    }


# The commas `features._punctuation` looks for, both `chars.PUNCTUATION`.
_COMMAS = np.array([ord(","), ord("\uff0c")], dtype=np.uint32)


def _commas(points: Points, lengths: Ints, at: Ints) -> Ints:
    """How many commas (`_COMMAS`) each line holds (``at``: where the punctuation of the
    joined lines is)."""
    found = at[(points[at] == _COMMAS[0]) | (points[at] == _COMMAS[1])]
    ends = lengths.cumsum()
    return np.bincount(ends.searchsorted(found, side="right"), minlength=len(lengths))


def _in(points: Ints, chars: frozenset[str]) -> npt.NDArray[np.bool_]:
    """Whether each code point is one of ``chars``: a look-up in `_char_table` (a code point
    past its members reads its last entry, False), where a comparison a character was two
    NumPy calls a character and page."""
    table = _char_table(chars)
    found: npt.NDArray[np.bool_] = table[np.minimum(points, len(table) - 1)]
    return found


@cache
def _char_table(chars: frozenset[str]) -> npt.NDArray[np.bool_]:
    """True at the code point of each of ``chars``, False elsewhere up to one past the
    largest (four sets: a bounded cache)."""
    table = np.zeros(max(map(ord, chars)) + 2, dtype=np.bool_)
    table[list(map(ord, chars))] = True
    return table


def _where_true(lines: list[str], where: npt.NDArray[np.bool_], test: Callable[[str], bool]) -> Any:
    """``test(line)`` for the lines at ``where`` (True there), False elsewhere."""
    found = np.zeros(len(lines), dtype=np.bool_)
    at = where.nonzero()[0].tolist()
    if at:
        found[at] = [test(lines[i]) for i in at]
    return found


def _own_rows(
    lines: list[str],
    points: Points,
    lengths: Ints,
    cases: dict[str, Ints],
    n_tokens: Ints,
    texts: tuple[str, str] | None = None,
) -> Floats:
    """`features._own_features` of non-blank lines, a row a line (with `_char_columns`'s
    arguments; ``texts``: the lines joined by line feeds, as written and lower-cased, when
    the caller has them).

    The columns are written a feature at a time, so the matrix is made a feature a row and
    returned transposed: a row of it is contiguous, where a column of a row-major matrix of
    a page of 140,000 lines was a pass over all of its 38 MB for each of the 34 features.
    """
    by_feature = np.zeros((len(FEATURE_NAMES), len(lines)))

    def put(name: str, values: Any) -> None:
        by_feature[_COLUMN[name]] = values

    k = n_tokens
    counts = _char_columns(points, lengths, cases)
    put("ln_chars", _log1p(counts["length"]))
    put("ln_words", _log1p(k))
    put("w_le3", k <= 3)
    put("w_4_9", (k >= 4) & (k <= 9))
    put("w_10_19", (k >= 10) & (k <= 19))
    put("w_ge20", k >= 20)
    _punctuation(lines, counts, k, put)
    _char_mix(lines, counts, put)
    _patterns(lines, counts, k, put, texts)
    out: Floats = by_feature.T
    return out


def _found(lines: list[str], where: list[int], count: object) -> Ints:
    """``count(line)`` for the lines at ``where``, 0 for the others."""
    values = np.zeros(len(lines), dtype=np.int64)
    if where:
        values[where] = [count(lines[i]) for i in where]  # type: ignore[operator]
    return values


def _searched(lines: list[str], where: Ints, pattern: re.Pattern[str], gates: Ints) -> Ints:
    """Whether ``pattern.search`` matches the lines at ``where`` (1 or 0), 0 for the
    others; by the pattern's alternatives, each on the lines holding its literals
    (``gates``: every line's bits of the split pattern's literals).

    Where every alternative needs a literal, a line holding none (gate 0) matches none and
    is left out before the lines are listed (of the 9,288 lines with a digit that the
    timestamp pattern was given a pass over the dev pages, 3,861 hold none of its literals)."""
    values = np.zeros(len(lines), dtype=np.int64)
    split = _split(pattern)
    if split.needs_a_literal:
        where = where[gates[where] != 0]
    if len(where):
        at = where.tolist()
        values[where] = split.search_lines([lines[i] for i in at], gates[where].tolist())
    return values


@cache
def _split(pattern: re.Pattern[str]) -> SplitPattern:
    """The pattern split once per process (four patterns: a bounded cache), with the
    alternatives searched in the line lower-cased (`_LOWERED_FORMS`)."""
    return SplitPattern(pattern, _LOWERED_FORMS)


# Alternatives searched faster in the line lower-cased, by source (`split.SplitPattern`).
_LOWERED_FORMS = {TIME_MONTH_SOURCE: TIME_MONTH_LOWERED}


@cache
def _boiler_counts() -> WordCounts:
    """`boiler_re`'s counts by the alternatives a line may match, built once per process;
    counted in the lines lower-cased (its words are lower-case, and a test checks that only
    the case exceptions match one of its letters unlike their lower case)."""
    return WordCounts(boiler_re(), lowered=True)


# The split patterns whose literals `_literals` finds, in the order of its groups after the
# cues', the boilerplate alternatives' between the two kinds: the timestamp and counter
# patterns need a digit, and are tried on the lines with one only (`_patterns`). The cue
# patterns are built on first use: `_SPLIT` names their builders.
_SPLIT = (comment_re, caption_re)
_SPLIT_DIGITS = (_TIME_RE, _COUNTER_RE)


@cache
def _literals() -> LiteralGroups:
    """The literals gating the patterns, by group: the cue patterns', each of `_SPLIT`'s,
    the boilerplate alternatives', each of `_SPLIT_DIGITS`'s; found in one pass a page.

    A line's bits of a group depend on the line alone (`gates.LiteralGroups`), so the
    digit patterns' bits of the lines with a digit are the same found in the whole page as
    in those lines alone, as they were looked for until 2026-12 (in a second pass over
    them: a join, a lower-casing and an automaton pass more; the literals ":", "-", "/"
    found in the other lines cost less than that pass).
    """
    return LiteralGroups([cue_group(), *(reader.literals for reader in literal_readers())])


def literal_readers() -> tuple[SplitPattern | WordCounts, ...]:
    """The patterns read for the literals that gate them, in `_literals`' order of groups
    after the cues': each of `_SPLIT`'s, the boilerplate alternatives', each of
    `_SPLIT_DIGITS`'s (built once per process). ``scripts/gen_readings.py`` ships their
    readings (`SplitPattern.literal_sources`)."""
    split = tuple(_split(build()) for build in _SPLIT)
    return (*split, _boiler_counts(), *(_split(pattern) for pattern in _SPLIT_DIGITS))


@cache
def _legal_count() -> Callable[[str], int]:
    """``len(legal_re().findall(line))``, in the line lower-cased where it `lowers_exactly`
    (as the boilerplate words are counted, `_boiler_counts`), by the pattern compiled once
    per process without its ignored case: ``re`` then compares the characters as they are,
    where it folded the case of each at every position it tried (the legal cue's 317
    candidate lines of a page-mode pass over the dev full pages: 3.7 -> 1.5 ms).

    Exact: the pattern is words of literals between ``\\b`` (no class), every literal
    character is its own lower case, and a character is its case-insensitive match iff it
    lower-cases to it, but for the case exceptions (both tested over every code point);
    lower-casing a line without them keeps every character's place and ``\\w`` class.
    """
    pattern = legal_re()
    lowered = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    findall = in_lowered(pattern.findall, lowered.findall)

    def count(line: str) -> int:
        return len(findall(line))

    return count


def _boiler(lines: list[str], where: Ints, gates: Ints) -> Ints:
    """``len(boiler_re().findall(line))`` of the lines at ``where``, 0 for the others
    (``gates``: every line's bits of the boilerplate alternatives)."""
    values = np.zeros(len(lines), dtype=np.int64)
    if len(where):
        at = where.tolist()
        counts = _boiler_counts().count_lines([lines[i] for i in at], gates[where].tolist())
        values[where] = counts
    return values


def _punctuation(lines: list[str], counts: dict[str, Ints], k: Ints, put: Put) -> None:
    """`features._punctuation`, by columns."""
    last = counts["last"]
    # The pattern ends at the line's end: a line ending in a mark matches (a mark is no
    # closer, and the mark is the match); only a line ending in another of its last
    # characters (a closer, a line feed) is tested.
    ended = _in(last, _SENT_MARKS)
    put("sent_end", ended | _where_true(lines, _in(last, _SENT_END_OPEN), _ends_sentence))
    put("colon_end", last == ord(":"))
    put("punct_rate", np.minimum(counts["punctuation"] / np.maximum(k, 1), 1.0))
    put("has_comma", counts["commas"] > 0)
    put("n_sent", _log1p(counts["sentence_marks"]))


# `features._SENT_END_RE` is a mark, then any closing quotes and brackets, then the end
# (``$``: the end, or before a final line feed).
_SENT_MARKS = frozenset(".!?\u2026\u3002\uff01\uff1f")
_SENT_CLOSERS = "\"'\u201d\u2019)]"
# The last characters of a line the pattern may match other than a mark: a closer, a line feed.
_SENT_END_OPEN = _SENT_END_LAST - _SENT_MARKS


def _ends_sentence(line: str) -> bool:
    """Whether `features._SENT_END_RE` finds a match in ``line``, without a search from its
    start: the closers are stripped from its end (from before a final line feed, too), and
    a mark must be left last. Marks are no closers, so a match's closers are all of the
    line's last ones."""
    if line[-1:] == "\n" and line[:-1].rstrip(_SENT_CLOSERS)[-1:] in _SENT_MARKS:
        return True
    return line.rstrip(_SENT_CLOSERS)[-1:] in _SENT_MARKS


def _char_mix(lines: list[str], counts: dict[str, Ints], put: Put) -> None:
    """`features._char_mix`, by columns."""
    nonspace, cased = counts["nonspace"], counts["cased"]
    chars = np.where(nonspace > 0, nonspace, 1)
    cap = np.zeros(len(lines))
    np.divide(counts["upper"], cased, out=cap, where=cased > 0)
    put("cap_ratio", cap)
    put("digit_ratio", counts["digits"] / chars)
    put("alpha_ratio", counts["alpha"] / chars)
    caps = np.zeros(len(lines), dtype=np.bool_)
    at = _may_be_all_caps(counts).nonzero()[0].tolist()
    if at:  # the test written out, not a call a line: a page's title-case lines pass
        caps[at] = [s.upper() == s and s.lower() != s for s in map(lines.__getitem__, at)]
    put("all_caps", caps)
    put("cjk", counts["cjk"] / chars)
    # ``line[:1].islower()`` of a non-blank line is its first character's, read by code point.
    put("starts_lower", _starts_lower(counts["first"]))


# `_starts_lower` reads ``str.islower`` of the code points below this bound from a table
# made once per process (in about 2 ms): every script with case in the Basic Multilingual
# Plane before the CJK blocks (Latin, Greek, Cyrillic, Armenian, Georgian, Cherokee,
# Glagolitic, Coptic, the letter-like symbols), where nearly every line of a page starts. A
# table of all 1,114,112 code points took 0.15 CPU s, paid by every ``--jobs`` worker and
# every one-off call on its first page.
_LOWER_TABLE_SIZE = 0x3000


@cache
def _lower_table() -> npt.NDArray[np.bool_]:
    """``str.islower`` of each code point below `_LOWER_TABLE_SIZE` (this Python's Unicode
    tables, as the pure-Python path reads them)."""
    points = map(chr, range(_LOWER_TABLE_SIZE))
    return np.fromiter(map(str.islower, points), dtype=np.bool_, count=_LOWER_TABLE_SIZE)


def _starts_lower(first: Ints) -> npt.NDArray[np.bool_]:
    """``str.islower`` of each code point of ``first`` (the lines' first characters): looked
    up in `_lower_table`, and tested one by one at or above its size (a CJK page's lines;
    a test compares every code point with ``str.islower``)."""
    table = _lower_table()
    above = first >= _LOWER_TABLE_SIZE
    found: npt.NDArray[np.bool_] = table[np.where(above, 0, first)]
    if above.any():
        at = above.nonzero()[0]
        found[at] = list(map(str.islower, map(chr, first[at].tolist())))
    return found


def _may_be_all_caps(counts: dict[str, Ints]) -> npt.NDArray[np.bool_]:
    """Whether each line may be in capitals (`features._char_mix`'s ``all_caps``): longer
    than `_ALL_CAPS_MIN_CHARS`, and no token of it starts with a letter that has case but
    is not upper-case (``cased`` above ``upper``).

    Such a first letter c has ``c.upper() != c``, and any character whose ``upper`` is not
    itself has ``c.upper()[0] != c`` (two tests over every code point): ``upper`` maps each
    character alone, so at the line's first character that it changes, the upper case
    differs from the line, which is then not in capitals. Most lines of a page hold a
    token that starts in lower case; the rest (title-case headings, numbers, labels in
    capitals) are tested."""
    screen: npt.NDArray[np.bool_] = counts["length"] > _ALL_CAPS_MIN_CHARS
    screen &= counts["cased"] == counts["upper"]
    return screen


# `features._char_mix`'s ``all_caps`` reads lines longer than this many characters.
_ALL_CAPS_MIN_CHARS = 3


# A line that `features._COUNTER_RE`'s first alternative (``^\W*\d[\d.,]*\s*[kKmM]?\W*$``)
# matches holds at most this many letters (`str.isalpha`): its "k" or "m". Every other
# character of such a match is a decimal digit, ".", ",", a space or a non-word character,
# none of them a letter (a letter is a word character).
_COUNTER_ALONE_MAX_LETTERS = 1


def _may_count(counts: dict[str, Ints], gates: Ints) -> Ints:
    """The lines `features._COUNTER_RE` may match: those with a decimal digit (every
    alternative reads one; a decimal digit is a digit of `chars`), and of them the lines of
    at most `_COUNTER_ALONE_MAX_LETTERS` letters (the first alternative's) or holding one
    of the pattern's literals (``gates`` not 0: all of them are the second alternative's,
    the first has none), where every line with a digit was tried on the pattern: 9,288
    lines of the dev pages a pass, of which 1,895 pass."""
    screen = counts["digits"] > 0
    screen &= (counts["alpha"] <= _COUNTER_ALONE_MAX_LETTERS) | (gates != 0)
    return screen.nonzero()[0]


def _patterns(
    lines: list[str], counts: dict[str, Ints], k: Ints, put: Put, texts: tuple[str, str] | None
) -> None:
    """`features._patterns`, by columns; each pattern runs only on the lines it may match
    (cue candidates; a decimal digit for timestamps and counters)."""
    cues, comment, caption, boiler_gates, time, counter = _literals().arrays(lines, texts)

    def on(bit: int) -> Ints:
        return (cues & bit).nonzero()[0]

    def matches(pattern: re.Pattern[str]) -> Callable[[str], int]:
        return lambda line: int(pattern.search(line) is not None)

    boiler = _boiler(lines, on(BOILER), boiler_gates)
    camel = counts["camel"]
    digits = counts["digits"].nonzero()[0]
    put("separator", np.minimum(counts["separators"], 3) / 3)
    put("camel", camel > 0)
    put("url", _found(lines, on(URL).tolist(), matches(URL_RE)))
    put("time", _searched(lines, digits, _TIME_RE, time))
    put("counter", _searched(lines, _may_count(counts, counter), _COUNTER_RE, counter))
    put("boiler", np.minimum(boiler, 3) / 3)
    put("boiler_short", (boiler > 0) & (k <= _BOILER_SHORT_MAX_TOKENS))
    # Both patterns read a line's first character; only a decimal digit there needs the rest
    # (a digit of `chars`, `str.isdigit`, is tried: every decimal digit is one).
    first = counts["first"]
    bulleted = _in(first, _BULLET_FIRST)
    numbered = ~bulleted & (_code_tables()[0][first] & _DIGIT > 0)
    put(
        "bullet",
        bulleted
        | _where_true(
            lines, numbered, lambda s: s[:1].isdecimal() and _BULLET_RE.match(s) is not None
        ),
    )
    put("quote_start", _in(first, _QUOTE_FIRST))
    put("comment_head", _searched(lines, on(COMMENT), comment_re(), comment))
    put("caption", _searched(lines, on(CAPTION), caption_re(), caption))
    legal = _found(lines, on(LEGAL).tolist(), _legal_count())
    put("legal", np.minimum(legal, 3) / 3)
    put("camel_n", _log1p(camel))
