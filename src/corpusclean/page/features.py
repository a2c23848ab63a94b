"""Context-free features of one line of a full web page, for the page-mode classifier.

Every feature is language-light on purpose: the private evaluation uses unseen sites and
languages, so nothing here names a site or memorises page strings; lexicons are generic
boilerplate words and function-word lists shipped as package data.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import chain, compress

# Stopword density is the strongest single prose cue (jusText); the lists are generic function
# words, so a wrong-language page only weakens the cue, never flips it. The language module's
# lists, in its (sorted) order: which list wins a tie must not hang on the file system's order.
from ..language import stopword_lists
from ..text import tokens
from .chars import CharCounts, char_counts
from .cues import (
    ALL_CUES,
    BOILER,
    CAPTION,
    COMMENT,
    LEGAL,
    URL,
    URL_RE,
    boiler_re,
    caption_re,
    comment_re,
    cue_candidates,
    legal_re,
)

# (English closers only, not `text.CLOSERS`, on purpose: the shipped page model was fit on
# these features, and a wider closing would move its inputs; `batch._SENT_CLOSERS` mirrors it.)
_SENT_END_RE = re.compile(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u201d\u2019)\]]*$")
# The characters a line that _SENT_END_RE matches can end with (a line feed: ``$`` also
# matches before a final one): testing the last character first spares a search.
_SENT_END_LAST = frozenset(".!?\u2026\u3002\uff01\uff1f\"'\u201d\u2019)]\n")
_SENT_MARK_RE = re.compile(r"[.!?\u3002](?:\s|$)")
_PUNCT_RE = re.compile(r"[.,;:!?\u3001\u3002\uff0c]")
_SEP_RE = re.compile(r"[|\u00bb\u203a\u00b7\u2022\u25b8\u25ba>/\\]")
_CAMEL_RE = re.compile(r"[a-z\u00e0-\u00ff][A-Z]")
# `_TIME_RE` is the page classifier's time feature, not `corpusclean.dates`' shapes: English
# month names and ages, slash dates, any clock, as the model's weights were fit on it
# (`page.model`); sharing a shape with the stamps would let a change to them move the model.
# `_TIME_RE`'s last alternative, the month's, and its form for the line lower-cased
# (`split.SplitPattern`'s ``lowered``): the same answer to ``search`` three times faster,
# since ``re`` skips to the months' first letters by a set when a pattern opens with
# case-sensitive literals, where an opening ``\b`` or ignored case makes it try every
# position. The ``\b`` before the month is the look-behind after its three letters (word
# characters, so no word character right before them); "sept" is "sep" and a letter of
# ``[a-z]*``. Exact on a line without a case exception (`cues.CASE_EXCEPTIONS`): lower-casing
# keeps every other character's length and the classes the form reads (final sigma too);
# tests compare both forms on any line and every code point.
TIME_MONTH_SOURCE = (
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
)
TIME_MONTH_LOWERED = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?<!\w\w\w\w)[a-z]*\.?\s+\d{1,2}\b"
)
_TIME_RE = re.compile(
    r"\b\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|" + TIME_MONTH_SOURCE,
    re.IGNORECASE,
)
_COUNTER_RE = re.compile(
    r"^\W*\d[\d.,]*\s*[kKmM]?\W*$|\b\d[\d.,]*[kKmM]?\s+(?:shares?|comments?|views?|likes?)\b",
    re.IGNORECASE,
)
# A list item's opening, a feature of the page model: its own set, not `text.LIST_BULLETS`
# (">" in, no space after a bullet asked, the glyphs "▪◦‣●" out). The shipped model was fit
# on this set, so it stays as it is until the model is fit again.
_BULLET_RE = re.compile(r"^(?:[-*\u2022\u00b7>]|\d{1,2}[.)]\s)")
_QUOTE_START_RE = re.compile(r"^[\"'\u201c\u2018\u00ab\u2014-]")

# A stoplist is the page's language when it holds at least this share of the page's tokens.
_STOPLIST_MIN_SHARE = 0.08
# The page's own function words: its most frequent candidates, at most this many, each seen
# this many times at least (a word used twice is not yet a function word of the page).
PAGE_STOP_WORDS = 12
PAGE_STOP_MIN_COUNT = 3
# Only lines of this many tokens vote for the page's own function words (menus are short).
FUNCTION_WORD_MIN_TOKENS = 10
# A function word's shape: at most this many characters (of the lower-cased token), not a
# number (`is_short_word`).
SHORT_WORD_MAX_CHARS = 4

FEATURE_NAMES: tuple[str, ...] = (
    "ln_chars",
    "ln_words",
    "w_le3",
    "w_4_9",
    "w_10_19",
    "w_ge20",
    "stop_dens",
    "page_stop_dens",
    "sent_end",
    "colon_end",
    "punct_rate",
    "has_comma",
    "cap_ratio",
    "digit_ratio",
    "alpha_ratio",
    "separator",
    "camel",
    "url",
    "time",
    "counter",
    "boiler",
    "boiler_short",
    "bullet",
    "quote_start",
    "all_caps",
    "dup",
    "rel_pos",
    "cjk",
    "n_sent",
    "starts_lower",
    "comment_head",
    "caption",
    "legal",
    "camel_n",
)


def pick_stoplist(lowered: Sequence[Sequence[str]]) -> frozenset[str]:
    """Choose the shipped stoplist that covers the most page tokens, or an empty set.

    Why: one language per page is the norm; requiring 8% coverage keeps an unrelated list
    (e.g. English on a Korean page) from producing noise hits.
    """
    return _best_stoplist([stoplist_hits(toks) for toks in lowered])


def stoplist_hits(lowered: Sequence[str]) -> tuple[int, ...]:
    """How many of a line's tokens each shipped stoplist holds, and (last) its token count."""
    membership, outside = _stoplist_membership()
    # One look-up a token, which says which lists hold it; the columns of the tokens that
    # some list holds sum to the counts (most tokens of a line are in none, or one).
    found = [hit for hit in map(membership.get, lowered) if hit is not None]
    if len(found) < 2:
        return (*(found[0] if found else outside), len(lowered))
    return (*map(sum, zip(*found, strict=True)), len(lowered))


@cache
def _stoplist_membership() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """For every word of a shipped stoplist, a 1 for each list that holds it, else 0."""
    lists = list(stopword_lists().values())
    words = set().union(*lists)
    return {w: tuple(int(w in x) for x in lists) for w in words}, (0,) * len(lists)


def _best_stoplist(hits: Sequence[Sequence[int]]) -> frozenset[str]:
    at = _best_stoplist_at(hits)
    return frozenset() if at is None else list(stopword_lists().values())[at]


def _best_stoplist_at(hits: Sequence[Sequence[int]]) -> int | None:
    """Which shipped stoplist (its position) covers the most of the lines' tokens, if any."""
    # Counts are integers, so summing them line by line gives the page's counts exactly.
    width = len(stopword_lists()) + 1
    return best_stoplist_of_totals(list(map(sum, zip(*hits, strict=True))) if hits else [0] * width)


def best_stoplist_of_totals(totals: Sequence[int]) -> int | None:
    """`_best_stoplist_at` of a page whose hits per list, and (last) token count, are known."""
    *per_list, total = totals
    best: int | None = None
    best_hits = 0
    for at, found in enumerate(per_list):
        if found > best_hits:
            best, best_hits = at, found
    return best if best_hits / (total or 1) >= _STOPLIST_MIN_SHARE else None


def page_function_words(lowered: Sequence[Sequence[str]], k: int = 12) -> frozenset[str]:
    """Guess the page's own function words: frequent short tokens of long lines.

    Why: a language-independent fallback for stopword density; using long lines only keeps
    repeated menu labels out. Risk: a page without any long line yields an empty set.
    """
    return most_frequent([function_word_candidates(toks) for toks in lowered], k)


def function_word_candidates(lowered: Sequence[str]) -> list[str]:
    """The tokens of one line that may be function words: short ones, of long lines only."""
    if len(lowered) < FUNCTION_WORD_MIN_TOKENS:
        return []
    return short_words(lowered)


def short_words(lowered: Sequence[str]) -> list[str]:
    """The tokens of one line of the shape of a function word (`is_short_word`, written out
    for speed): every page function word has it (`function_word_candidates`)."""
    return [t for t in lowered if len(t) <= SHORT_WORD_MAX_CHARS and not t.isdigit()]


def is_short_word(word: str) -> bool:
    """Whether a word has a function word's shape: at most 4 characters, not a number."""
    return len(word) <= SHORT_WORD_MAX_CHARS and not word.isdigit()


def most_frequent(candidates: Sequence[Sequence[str]], k: int = PAGE_STOP_WORDS) -> frozenset[str]:
    # Counted in page order: most_common breaks ties by first occurrence.
    counts = Counter(chain.from_iterable(candidates))
    return frozenset(t for t, n in counts.most_common(k) if n >= PAGE_STOP_MIN_COUNT)


class PageStats:
    """Per-page facts that line features are relative to (language, repeats, length).

    ``facts`` are the lines' `LineFacts` when the caller has them (page mode reuses them
    across its passes); the result is the same either way.
    """

    __slots__ = ("dup", "n_lines", "page_stops", "stoplist", "stoplist_at")

    def __init__(self, lines: Sequence[str], facts: Sequence[LineFacts] | None = None) -> None:
        if facts is None:
            facts = [LineFacts(s) for s in lines]
        # The position of the page's stoplist among the shipped ones, or None for none.
        self.stoplist_at = _best_stoplist_at([f.stop_hits for f in facts])
        at = self.stoplist_at
        self.stoplist = frozenset() if at is None else list(stopword_lists().values())[at]
        self.page_stops = most_frequent([f.function_candidates for f in facts])
        self.dup: Counter[str] = Counter(filter(None, lines))
        self.n_lines = max(len(lines), 1)


def _density(lowered: Sequence[str], words: frozenset[str]) -> float:
    if not lowered or not words:
        return 0.0
    return sum(map(words.__contains__, lowered)) / len(lowered)


def _shape(line: str, toks: Sequence[str]) -> list[float]:
    """Length and word-count shape; bins let a linear model learn non-monotone effects."""
    n = len(toks)
    return [
        math.log1p(len(line)),
        math.log1p(n),
        float(n <= 3),
        float(4 <= n <= 9),
        float(10 <= n <= 19),
        float(n >= 20),
    ]


def _punctuation(line: str, toks: Sequence[str], counts: CharCounts) -> list[float]:
    """Sentence cues: prose ends in . ! ? and carries commas; menus and titles do not."""
    n = max(len(toks), 1)
    sent_marks = len(_SENT_MARK_RE.findall(line)) if counts.punctuation else 0
    return [
        float(line[-1:] in _SENT_END_LAST and bool(_SENT_END_RE.search(line))),
        float(line.endswith(":")),
        min(counts.punctuation / n, 1.0),  # the characters of _PUNCT_RE
        float("," in line or "\uff0c" in line),
        math.log1p(sent_marks),
    ]


def _char_mix(line: str, counts: CharCounts) -> list[float]:
    """Character mix: title-cased link text, digit-heavy scores and dates, CJK script.

    A lowercase first letter marks a hard-wrapped continuation of a sentence, never a menu.
    Shares are of the non-space characters (of one space if there are none); the capital
    share is of the tokens that start with a letter that has case.
    """
    chars = counts.nonspace or 1
    cased = counts.cased_tokens
    all_caps = float(len(line) > 3 and line.upper() == line and line.lower() != line)
    return [
        counts.upper_tokens / cased if cased else 0.0,
        counts.digits / chars,
        counts.alpha / chars,
        all_caps,
        counts.cjk / chars,
        float(line[:1].islower()),
    ]


def _patterns(line: str, toks: Sequence[str], counts: CharCounts, cues: int) -> list[float]:
    """Boilerplate patterns: separators, glued menu words, URLs, timestamps, counters.

    ``cues`` are the bits of the cue patterns that may match (`cues.cue_candidates`): the
    others cannot, and are not tried. The cue patterns are built on their first use
    (`cues.boiler_re`...), not at import.
    """
    boiler = len(boiler_re().findall(line)) if cues & BOILER else 0
    camel = len(_CAMEL_RE.findall(line))
    # Timestamps and counters need a decimal digit, and every decimal digit is a digit.
    digits = counts.digits > 0
    return [
        min(counts.separators, 3) / 3,  # the characters of _SEP_RE
        float(camel > 0),
        float(bool(cues & URL and URL_RE.search(line))),
        float(digits and bool(_TIME_RE.search(line))),
        float(digits and bool(_COUNTER_RE.search(line))),
        min(boiler, 3) / 3,
        float(boiler > 0 and len(toks) <= 8),
        float(bool(_BULLET_RE.match(line))),
        float(bool(_QUOTE_START_RE.match(line))),
        float(bool(cues & COMMENT and comment_re().search(line))),
        float(bool(cues & CAPTION and caption_re().search(line))),
        min(len(legal_re().findall(line)), 3) / 3 if cues & LEGAL else 0.0,
        math.log1p(camel),
    ]


def is_marker(row: Sequence[float]) -> bool:
    """Whether a feature row is a timestamp or comment-header line.

    Why: such lines recur once per comment, so their count before a line says whether it
    sits in a comment thread; an article carries one or two at its top.
    """
    return row[_TIME_AT] > 0 or row[_COMMENT_AT] > 0


class LineFacts:
    """What the features need of one line that does not depend on the rest of the page.

    All features but four (the two stopword densities, the repeat count and the relative
    position) are the line's own; they are computed once here, and a page pass only fills
    in the four.
    """

    __slots__ = ("function_candidates", "lowered", "marker", "n_tokens", "own", "stop_hits")

    def __init__(self, line: str, cues: int = ALL_CUES) -> None:
        """``cues``: the cue patterns that may match the line (all, unless the caller
        knows better from `cues.cue_candidates`)."""
        toks = tokens(line)
        self.lowered = [t.lower() for t in toks]
        self.n_tokens = len(toks)
        self.function_candidates = function_word_candidates(self.lowered)
        self.stop_hits = stoplist_hits(self.lowered)
        self.own = _own_features(line, toks, cues) if line else [0.0] * len(FEATURE_NAMES)
        self.marker = is_marker(self.own)


class LineFactsCache:
    """The `LineFacts` of a document's lines, each distinct line's computed once.

    One is made per document (or per classification call) and dropped with it, so it holds
    at most that document's distinct lines, and what it returns never depends on what it
    was asked before. (`Cleaner` hands a page's to the run that checks its title, on the
    article rendered from the page's own lines: that run adds its few new lines.)
    """

    __slots__ = (
        "_facts",
        "columns",
        "furnished",
        "last_scores",
        "settled",
        "token_counts",
        "unspaced",
    )

    def __init__(self) -> None:
        self._facts: dict[str, LineFacts] = {}
        # The same facts as arrays, for the NumPy path (`page.vector`), which owns them and
        # computes them without `LineFacts` (`page.batch`).
        self.columns: object = None
        # The token count of every line either path has seen.
        self.token_counts: dict[str, int] = {}
        # The lines seen (keys of `token_counts`) whose own features count a character of
        # the CJK ranges (`chars`: kana, CJK ideographs, Hangul), added with their counts.
        self.unspaced: set[str] = set()
        # The lines seen whose own features find a cue of page furniture (`has_furniture_cue`),
        # added with their counts.
        self.furnished: set[str] = set()
        # The last `model.score_lines` call's model, lines, prior and final scores.
        self.last_scores: tuple[object, tuple[str, ...], list[float], list[float]] | None = None
        # The model, lines and slack of the last classification whose kept lines would be
        # kept all again (`detect._Settled`), None when it cannot tell.
        self.settled: tuple[object, tuple[str, ...], float] | None = None

    def __len__(self) -> int:
        return len(self.token_counts)

    def facts(self, line: str) -> LineFacts:
        """The facts of one line, computed on first request."""
        found = self._facts.get(line)
        if found is None:
            found = self._facts[line] = LineFacts(line)
            self._seen(line, found)
        return found

    def facts_of(self, lines: Sequence[str]) -> list[LineFacts]:
        """The facts of many lines; those not seen before are found in one batch, which
        looks for the cue words in all of them at once."""
        known = self._facts
        new = [line for line in dict.fromkeys(lines) if line not in known]
        for line, cues in zip(new, cue_candidates(new), strict=True):
            found = known[line] = LineFacts(line, cues)
            self._seen(line, found)
        return [known[line] for line in lines]

    def _seen(self, line: str, facts: LineFacts) -> None:
        """Record a line whose facts were just found (`seen`)."""
        own = facts.own
        self.seen((line,), (facts.n_tokens,), (own[CJK_AT] > 0,), (has_furniture_cue(facts),))

    def seen(
        self,
        lines: Sequence[str],
        n_tokens: Iterable[int],
        cjk: Iterable[bool],
        furnished: Iterable[bool],
    ) -> None:
        """Record what every path (these facts, `vector`'s batch) records of lines whose
        facts were just found: their token counts, which hold a character of the CJK ranges
        (``cjk``: their ``cjk`` feature above 0), and which find a cue of page furniture
        (``furnished``: `has_furniture_cue` of their own features)."""
        self.token_counts.update(zip(lines, n_tokens, strict=True))
        self.unspaced.update(compress(lines, cjk))
        self.furnished.update(compress(lines, furnished))

    def has_furniture_cue(self, line: str) -> bool:
        """`has_furniture_cue` of the line's facts, read from what `seen` recorded when
        either path has found them (no `LineFacts` made for a line the NumPy path scored).

        Exact: both paths record the flag of the line's own features, and the NumPy path's
        rows are `LineFacts.own`, float for float (`batch`; tests compare them), so a line
        is recorded as furnished exactly when its `LineFacts` would find the cue. The page
        classifier asks it of the lines under a story's last sentence and around its lists
        (`detect._added_back`), most of them lines it has just scored.
        """
        if line in self.token_counts:
            return line in self.furnished
        return has_furniture_cue(self.facts(line))

    def may_hold_unspaced(self, lines: Sequence[str]) -> bool:
        """Whether ``lines`` may hold a Han or kana character: False only when every line's
        facts are known and none of them counts a character of the CJK ranges.

        Exact as a screen: the CJK ranges (`chars`, U+3040 to U+9FFF and the Hangul
        syllables) hold every Han and kana character (`text.HAN_AND_KANA_CHARS`, U+3040 to
        U+30FF, U+3400 to U+4DBF, U+4E00 to U+9FFF), and a line's ``cjk`` feature is its
        count of them over at least 1, above 0 exactly when it holds one (a test checks the
        ranges). Cheaper than searching the lines' text, which the page classifier asked
        of every classification's lines (`unspaced.keep_unspaced_prose`).
        """
        counts = self.token_counts
        return not all(map(counts.__contains__, lines)) or not self.unspaced.isdisjoint(lines)

    def n_tokens_of(self, lines: Sequence[str]) -> list[int]:
        """The lines' token counts, read from either path's facts when it has them."""
        counts = self.token_counts
        if all(map(counts.__contains__, lines)):
            return list(map(counts.__getitem__, lines))
        return [f.n_tokens for f in self.facts_of(lines)]


def _own_features(line: str, toks: Sequence[str], cues: int) -> list[float]:
    """The feature row with the four page-relative features left at zero."""
    shape = _shape(line, toks)
    counts = char_counts(line, toks)
    punct = _punctuation(line, toks, counts)
    mix = _char_mix(line, counts)
    pats = _patterns(line, toks, counts, cues)
    return _assemble(shape, [0.0, 0.0], punct, mix, pats, [0.0, 0.0])


def line_features(
    line: str, index: int, stats: PageStats, facts: LineFacts | None = None
) -> list[float]:
    """Return the context-free feature vector of one line, in FEATURE_NAMES order.

    Why: these are the prior evidence before neighbours are looked at; a blank line gets
    all zeros so it carries no evidence either way. ``facts`` are the line's `LineFacts`,
    if the caller has them.
    """
    if not line:
        return [0.0] * len(FEATURE_NAMES)
    if facts is None:
        facts = LineFacts(line)
    row = facts.own.copy()
    # The stoplist's hits were counted with the line's facts: the same quotient as counting
    # them again.
    at, n = stats.stoplist_at, facts.n_tokens
    row[STOP_AT] = facts.stop_hits[at] / n if at is not None and n else 0.0
    row[PAGE_STOP_AT] = _density(facts.lowered, stats.page_stops)
    row[DUP_AT] = math.log(max(stats.dup[line], 1))
    row[REL_POS_AT] = index / stats.n_lines
    return row


def feature_rows(lines: Sequence[str], facts: Sequence[LineFacts]) -> list[list[float]]:
    """`line_features` of every line of a page, from the lines' facts, in one loop.

    The same rows as calling `line_features` line by line with the page's `PageStats`;
    page mode computes them on every pass, so the loop is written out.
    """
    stats = PageStats(lines, facts)
    at, stops, dup, n_lines = stats.stoplist_at, stats.page_stops, stats.dup, stats.n_lines
    blank = [0.0] * len(FEATURE_NAMES)
    rows: list[list[float]] = []
    for i, (line, f) in enumerate(zip(lines, facts, strict=True)):
        if not line:
            rows.append(blank.copy())
            continue
        row = f.own.copy()
        n = f.n_tokens
        row[STOP_AT] = f.stop_hits[at] / n if at is not None and n else 0.0
        row[PAGE_STOP_AT] = sum(map(stops.__contains__, f.lowered)) / n if stops and n else 0.0
        copies = dup[line]  # at least 1: the line is on the page
        row[DUP_AT] = math.log(copies) if copies > 1 else 0.0
        row[REL_POS_AT] = i / n_lines
        rows.append(row)
    return rows


def _assemble(
    shape: list[float],
    stop: list[float],
    punct: list[float],
    mix: list[float],
    pats: list[float],
    page: list[float],
) -> list[float]:
    """Lay the feature groups out in FEATURE_NAMES order."""
    return (
        shape
        + stop
        + punct[:4]
        + mix[:3]
        + pats[:9]
        + [mix[3]]
        + page
        + [mix[4], punct[4]]
        + [mix[5], *pats[9:]]
    )


_TIME_AT = FEATURE_NAMES.index("time")
CJK_AT = FEATURE_NAMES.index("cjk")
LN_WORDS_AT = FEATURE_NAMES.index("ln_words")
_COMMENT_AT = FEATURE_NAMES.index("comment_head")
# The features that depend on the rest of the page, filled in per page pass.
STOP_AT = FEATURE_NAMES.index("stop_dens")
PAGE_STOP_AT = FEATURE_NAMES.index("page_stop_dens")
DUP_AT = FEATURE_NAMES.index("dup")
REL_POS_AT = FEATURE_NAMES.index("rel_pos")
# The features that say a line carries a cue of page furniture: its cue words (an advert
# label, share and sign-up calls, legal lines, a comment's heading, a picture credit) or
# the separators of menus and breadcrumbs.
_FURNITURE_AT = tuple(
    FEATURE_NAMES.index(name)
    for name in ("separator", "boiler", "comment_head", "caption", "legal")
)


def has_furniture_cue(facts: LineFacts) -> bool:
    """Whether a line's own features find a cue of page furniture in it (`_FURNITURE_AT`).

    >>> has_furniture_cue(LineFacts("Advertisement")), has_furniture_cue(LineFacts("Queue"))
    (True, False)
    """
    own = facts.own
    return any(own[i] for i in _FURNITURE_AT)
