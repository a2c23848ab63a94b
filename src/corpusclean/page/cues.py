"""The cue-word patterns of the page features, and which lines of a page can match them.

The patterns are alternations of words, most of them case-insensitive, and trying one at
every position of every line is the larger part of computing the features. Yet most lines
hold none of the words. Each pattern therefore comes with its *required literals*: strings
one of which every match contains (for a case-insensitive pattern, in the lower-cased
line). A page's lines are joined once, each literal is found with ``str.find`` (C speed,
over the whole page), and the pattern itself runs only on the lines that hold a literal.
The other lines cannot match, so the features are exactly those of running every pattern
on every line.

Why lower-casing is exact for the case-insensitive patterns: the only characters that `re`
matches to a letter of a literal without case and whose ``lower()`` is not that letter are
the dotted and dotless I and the long s (checked on every code point by the tests, for the
ASCII letters and for the accented letters of the other languages' words in
`page.lexicon`); a line holding one of them is tried with every pattern.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from itertools import accumulate
from typing import Any

from ..rules.keywords import automaton_package
from ..text import utf8, word_alternation
from .lexicon import cue_literals, cue_words

__all__ = [
    "ALL_CUES",
    "BOILER",
    "CAPTION",
    "COMMENT",
    "LEGAL",
    "URL",
    "URL_RE",
    "LiteralGroup",
    "automaton_available",
    "boiler_re",
    "caption_re",
    "comment_re",
    "cue_candidates",
    "cue_group",
    "legal_re",
    "literal_bits",
]

# The cue patterns that read the other languages' cue words (page/data/cue_words.toml,
# added to each pattern below) and the literal tables made from them are built on first use,
# by the small cached functions below, never at import: `cue_words` loads six languages'
# word lists, and with the four alternations' compiling that was about 0.1 CPU s of every
# process's start (issue #8), which a process that never scores a page (article mode, auto
# mode on text that is no page) does not need. Callers call the functions; the URL pattern,
# English only and cheap, is compiled at import.

# Bits of a line's cue mask: the patterns that may match it.
BOILER, COMMENT, CAPTION, LEGAL, URL = 1, 2, 4, 8, 16
ALL_CUES = BOILER | COMMENT | CAPTION | LEGAL | URL

URL_RE = re.compile(r"https?://|www\.|\.com\b|\.html?\b|@\w|#\w", re.IGNORECASE)
_URL_LITERALS = ("http", "www.", ".com", ".htm", "@", "#")


@cache
def boiler_re() -> re.Pattern[str]:
    """The boilerplate cue pattern: generic boilerplate vocabulary of news sites; words,
    not site names, so it transfers."""
    return re.compile(
        r"\b(?:cookies?|privacy|subscribe|subscription|newsletter|sign (?:in|up)|log ?in|"
        r"log ?out|register|advertis\w*|sponsored|copyright|all rights reserved|terms of "
        r"(?:use|service)|share (?:this|on)|follow us|read more|click here|related|trending|"
        r"most (?:read|popular|viewed)|recommended|comments?|reply|posted|loading|"
        r"javascript|browser|contact us|about us|sitemap|skip to|menu|search|tags?|"
        r"download|watch|video|photos?|gallery|image|caption|credit|getty|reuters|"
        r"facebook|twitter|instagram|linkedin|whatsapp|pinterest|email|print|"
        + word_alternation(cue_words().boiler)
        + r")\b",
        re.IGNORECASE,
    )


# Every alternative, lower-cased, with its optional parts spelt out; where a word varies
# (advertis\w*, tags?), its fixed prefix.
_BOILER_EN = (
    *("cookie", "privacy", "subscri", "newsletter", "sign in", "sign up", "log in", "login"),
    *("log out", "logout", "register", "advertis", "sponsored", "copyright"),
    *("all rights reserved", "terms of use", "terms of service", "share this", "share on"),
    *("follow us", "read more", "click here", "related", "trending", "most read"),
    *("most popular", "most viewed", "recommended", "comment", "reply", "posted", "loading"),
    *("javascript", "browser", "contact us", "about us", "sitemap", "skip to", "menu"),
    *("search", "tag", "download", "watch", "video", "photo", "gallery", "image", "caption"),
    *("credit", "getty", "reuters", "facebook", "twitter", "instagram", "linkedin"),
    *("whatsapp", "pinterest", "email", "print"),
)


def _boiler_literals() -> tuple[str, ...]:
    """`boiler_re`'s literals: its English alternatives', and the other languages' words'."""
    return (*_BOILER_EN, *cue_literals(cue_words().boiler, fold=True, known=_BOILER_EN))


@cache
def comment_re() -> re.Pattern[str]:
    """The comment cue pattern: comment-thread furniture (author headers, reply buttons,
    thread counters)."""
    words = cue_words()
    return re.compile(
        r"\b(?:says|said|wrote|writes|replied)\s*:?$|^(?:reply|report|like|flag|permalink)$"
        r"|^\d+\s+(?:comments?|replies|responses)$|\bleave a (?:reply|comment)\b"
        r"|\b(?:in reply to|reply to this)\b"
        # Other languages: a signature verb needs its colon ("Jana sagt:"; "was der Experte
        # sagt" is a headline), a control or a count is the whole line.
        rf"|\b(?:{word_alternation(words.signature_verbs)})\s*:$"
        rf"|^(?:{word_alternation(words.comment_controls)})$"
        rf"|^\d+\s+(?:{word_alternation(words.comment_counts)})$"
        rf"|\b(?:{word_alternation(words.comment_phrases)})\b",
        re.IGNORECASE,
    )


_COMMENT_EN = (
    *("says", "said", "wrote", "writes", "repl", "report", "like", "flag", "permalink"),
    *("comment", "responses", "leave"),
)


def _comment_literals() -> tuple[str, ...]:
    """`comment_re`'s literals: its English alternatives', and the other languages' words'."""
    words = cue_words()
    other = words.signature_verbs + words.comment_controls + words.comment_counts
    return (
        *_COMMENT_EN,
        *cue_literals(other + words.comment_phrases, fold=True, known=_COMMENT_EN),
    )


@cache
def caption_re() -> re.Pattern[str]:
    """The caption cue pattern: photo captions; prose-shaped, so they need their own cue
    words. The pattern is case-sensitive, and so are its literals (found in the line as
    is)."""
    words = cue_words()
    return re.compile(
        r"\((?:left|right|center|centre|top|bottom|file|photo|pictured)\b|\b(?:left|right|"
        r"center|centre), |\b(?:photo|image|picture|illustration)(?: credit)?\s*[:/(]"
        r"|\b(?:AP|AFP|Getty Images|Reuters|Shutterstock|iStock)\b\s*\)?\s*$"
        rf"|\b(?:{word_alternation(words.caption_labels)})\s*[:/(]"
        rf"|\b(?:{word_alternation(words.agencies)})\b\s*\)?\s*$",
    )


_CAPTION_EN = (
    *("left", "right", "center", "centre", "(top", "(bottom", "(file", "photo", "picture"),
    *("image", "illustration", "AP", "AFP", "Getty Images", "Reuters", "Shutterstock"),
    "iStock",
)


def _caption_literals() -> tuple[str, ...]:
    """`caption_re`'s literals, as written: its English alternatives', and the other
    languages' words'."""
    words = cue_words()
    return (
        *_CAPTION_EN,
        *cue_literals(words.caption_labels + words.agencies, fold=False, known=_CAPTION_EN),
    )


@cache
def legal_re() -> re.Pattern[str]:
    """The legal cue pattern: legal small print; prose-shaped, so it needs its own cue words."""
    return re.compile(
        r"\b(?:trademarks?|reproduced|personal data|disclaimer|terms and conditions|"
        r"registered|affiliated?|unsubscribe|spam|consent|third parties|rights reserved|"
        + word_alternation(cue_words().legal)
        + r")\b",
        re.IGNORECASE,
    )


_LEGAL_EN = (
    *("trademark", "reproduced", "personal data", "disclaimer", "terms and conditions"),
    *("registered", "affiliate", "unsubscribe", "spam", "consent", "third parties"),
    "rights reserved",
)


def _legal_literals() -> tuple[str, ...]:
    """`legal_re`'s literals: its English alternatives', and the other languages' words'."""
    return (*_LEGAL_EN, *cue_literals(cue_words().legal, fold=True, known=_LEGAL_EN))


Literals = Sequence[tuple[str, int]]


@cache
def _folded() -> Literals:
    """The literals found lower-cased, for the case-insensitive patterns, with their bits."""
    return tuple(
        (literal, bit)
        for bit, literals in (
            (BOILER, _boiler_literals()),
            (COMMENT, _comment_literals()),
            (LEGAL, _legal_literals()),
            (URL, _URL_LITERALS),
        )
        for literal in literals
    )


@cache
def _as_written() -> Literals:
    """The literals found as written, for the caption pattern, with their bit."""
    return tuple((literal, CAPTION) for literal in _caption_literals())


# Characters that `re` matches to an ASCII letter without case although their lower case
# is not that letter (U+0130 even lower-cases to two characters).
CASE_EXCEPTIONS = "\u0130\u0131\u017f"


_AHOCORASICK = automaton_package()  # None without the ``fast`` extra: str.find serves


def automaton_available() -> bool:
    """Whether the cue literals are found by an Aho–Corasick automaton (the ``fast`` extra)."""
    return _AHOCORASICK is not None


def cue_candidates(lines: Sequence[str], use_automaton: bool = True) -> list[int]:
    """For each line, the bits of the cue patterns that may match it.

    A line whose bit is clear cannot match the pattern; a set bit only says the pattern
    must be tried. Lines holding a line feed or a case exception get every bit. With the
    ``fast`` extra (and ``use_automaton``), one Aho–Corasick pass a text finds every
    literal at once, else one ``str.find`` a literal does: both set the same bits (a test
    compares them), the automaton in about a tenth of the time on the dev set's pages.
    """
    return literal_bits(lines, _as_written(), _folded(), ALL_CUES, use_automaton)


# A group of literals for `literal_bits`: those found as written, those found lower-cased,
# and all the group's bits (what a line gets when it cannot be searched safely).
LiteralGroup = tuple[Literals, Literals, int]


def cue_group() -> LiteralGroup:
    """The cue patterns' literals, as `cue_candidates` finds them."""
    return _as_written(), _folded(), ALL_CUES


def literal_bits(
    lines: Sequence[str],
    as_written: Literals,
    folded: Literals,
    every: int,
    use_automaton: bool = True,
) -> list[int]:
    """For each line, the bits of the literals it holds: ``as_written`` found in the line as
    is, ``folded`` (lower-cased) in the line lower-cased; ``every`` (all the bits) for a line
    holding a line feed or a case exception (`CASE_EXCEPTIONS`)."""
    masks = [0] * len(lines)
    if not lines:
        return masks
    text = "\n".join(lines)
    if text.count("\n") != len(lines) - 1:  # a line holds a line feed: no safe join
        return [every] * len(lines)
    mark = _mark_all if use_automaton and _AHOCORASICK is not None else _mark
    starts = _starts(lines)
    exceptions = tuple((c, every) for c in CASE_EXCEPTIONS)
    mark(text, starts, (*as_written, *exceptions), masks)
    lowered = text.lower()
    # Only U+0130 lower-cases to more than one character; then the lines move.
    same = len(lowered) == len(text)
    mark(lowered, starts if same else _starts([line.lower() for line in lines]), folded, masks)
    return masks


@cache
def _automaton(literals: tuple[tuple[str, int], ...]) -> tuple[Any, tuple[int, ...]]:
    """An Aho–Corasick automaton of the literals' UTF-8 bytes, and each one's bit, built
    once per process and group (a few groups: the cue patterns and the split patterns).

    Texts are searched as their UTF-8 bytes (`utf8`): a literal's bytes occur in a text's
    bytes exactly where the literal occurs (a character's bytes open with a byte no other
    position holds), and the str automaton maps every offset between UTF-8 and characters.
    Inside page-mode passes of the dev full pages the marking took 0.0859 CPU s a pass with
    the str automaton, 0.0782 with the bytes one (line starts in bytes included). A DFA:
    the contiguous NFA that serves the rules' keywords (`rules.keywords`) was slower here,
    over str 0.0786 -> 0.0895 and over bytes 0.0946 -> 0.1050 (docs/benchmarks-log.md,
    speed30b).
    """
    package = _AHOCORASICK
    merged = _merged(literals)
    automaton = package.BytesAhoCorasick(
        [utf8(literal) for literal in merged],
        matchkind=package.MatchKind.Standard,
        implementation=package.Implementation.DFA,
    )
    return automaton, tuple(merged.values())


def _merged(literals: Sequence[tuple[str, int]]) -> dict[str, int]:
    """Each distinct literal, in order of first appearance, with the bits of all its entries
    together.

    Why: groups share literals (":", "/", "(" and "-" gate the caption and the timestamp
    alternatives, "said" or "like" several comment alternatives), and every entry of a
    literal was a pattern of its own, which the automaton reported again at each
    occurrence: 90,124 matches a page-mode pass over the dev full pages, 52,311 merged.
    Every match sets its bits on its line with ``|``, so one match setting the bits of all
    the entries sets what they all set.
    """
    merged: dict[str, int] = {}
    for literal, bit in literals:
        merged[literal] = merged.get(literal, 0) | bit
    return merged


def byte_starts(data: bytes) -> list[int]:
    """Where each line starts in a text's UTF-8 bytes (``data``)."""
    return [0, *(found.end() for found in _LINE_FEED.finditer(data))]


_LINE_FEED = re.compile(b"\n")


def _mark_all(
    text: str, starts: Sequence[int], literals: Sequence[tuple[str, int]], masks: list[int]
) -> None:
    """`_mark` in one pass: every occurrence of every literal (overlapping ones too, so
    none hides another), at offsets in the text's UTF-8 bytes, sets its bit on the line it
    starts in (``starts``, in characters, serve for an ASCII text, whose bytes are its
    characters)."""
    automaton, bits = _automaton(tuple(literals))
    data = utf8(text)
    found = automaton.find_matches_as_indexes(data, overlapping=True)
    if found and len(data) != len(text):
        starts = byte_starts(data)
    for index, at, _end in found:
        masks[bisect_right(starts, at) - 1] |= bits[index]


def _starts(lines: Sequence[str]) -> list[int]:
    """Where each line starts in the lines joined by line feeds, and one past the end."""
    return list(accumulate((len(line) + 1 for line in lines), initial=0))


def _mark(
    text: str, starts: Sequence[int], literals: Sequence[tuple[str, int]], masks: list[int]
) -> None:
    """Set a literal's bit on every line that holds it (``starts``: where lines start)."""
    find = text.find
    for literal, bit in literals:
        at = find(literal)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            masks[i] |= bit
            at = find(literal, starts[i + 1])  # the next line: one hit per line is enough
