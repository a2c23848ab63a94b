"""Which rule keywords each line of a document holds, found in one search of the document.

Rules that scan a line declare keywords (literal lower-case strings, one of which the line
must hold), so a line holding none is never tried on them. Finding them is one search of
the document with case folded as the patterns fold it (`corpusclean.rules.fold`): with the
``fast`` extra (``ahocorasick-rs``) one Aho–Corasick pass finds every keyword at once;
without it, one substring search per keyword does. Both find exactly the keywords each line
holds, so the output is the same either way (a property test compares them); only the time
differs: on the speed corpus and its ASCII variant the substring searches took 0.12 s and
0.098 s of CPU, the automaton 0.019 s and 0.011 s (see docs/benchmarks.md, "Plain ASCII
news").
"""

from __future__ import annotations

import bisect
import importlib
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate
from typing import Any

from .fold import fold_case

__all__ = ["KeywordSearch", "automaton_available", "automaton_package", "keywords_in"]

_NONE: frozenset[str] = frozenset()


def _load_automaton_package() -> Any:
    # Imported by name, so type checking does not need the extra installed.
    try:
        return importlib.import_module("ahocorasick_rs")
    except ImportError:  # the ``fast`` extra is not installed: substring searches serve
        return None


_AHOCORASICK = _load_automaton_package()


def automaton_package() -> Any:
    """The ``ahocorasick_rs`` module (the ``fast`` extra), or None when it is not installed;
    imported once, for the rules' keywords and page mode's cue literals alike."""
    return _AHOCORASICK


def automaton_available() -> bool:
    """Whether keyword search uses the Aho–Corasick automaton (the ``fast`` extra)."""
    return _AHOCORASICK is not None


def keywords_in(line: str, keywords: Iterable[str]) -> frozenset[str]:
    """The keywords one line holds, case folded as the rules' patterns fold it.

    >>> sorted(keywords_in("Share on Twitter", ["twitter", "shar", "inbox"]))
    ['shar', 'twitter']
    """
    folded = fold_case(line)
    return frozenset(keyword for keyword in keywords if keyword in folded)


class KeywordSearch:
    """A rule set's keywords, compiled once: finds which of them each line of a text holds.

    >>> search = KeywordSearch(["twitter", "shar"], use_automaton=False)
    >>> by_line = search.by_line(["Share on Twitter", "A long day", "Shared"])
    >>> [sorted(by_line[line]) for line in ("Share on Twitter", "Shared", "A long day")]
    [['shar', 'twitter'], ['shar'], []]
    """

    def __init__(self, keywords: Iterable[str], use_automaton: bool = True) -> None:
        self.keywords: tuple[str, ...] = tuple(sorted({fold_case(k) for k in keywords}))
        package = _AHOCORASICK if use_automaton else None
        # The DFA form: more memory than the default NFA (little, for some hundred keywords),
        # and on the ASCII speed corpus 0.0048 s of search against 0.0115 s.
        self._automaton = _automaton(package, self.keywords, "AhoCorasick")
        # For ASCII texts (most English news), the ASCII keywords (the only ones such a text
        # can hold) over the text's bytes: a byte's offset is its character's, so the
        # offsets mean the same, and the search skips the str automaton's mapping between
        # UTF-8 and character offsets (the ASCII speed corpus: 3.1 ms a pass, encoding
        # included, against 4.1 ms).
        self._ascii_keywords = tuple(k for k in self.keywords if k.isascii())
        self._bytes_automaton = _automaton(
            package, tuple(k.encode("ascii") for k in self._ascii_keywords), "BytesAhoCorasick"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (KeywordSearch, (self.keywords, self._automaton is not None))

    def by_line(self, lines: Sequence[str]) -> dict[str, frozenset[str]]:
        """The keywords each line holds."""
        folded = fold_case("\n".join(lines))
        if folded.count("\n") != len(lines) - 1:  # a line holds a line feed: line by line
            return {line: keywords_in(line, self.keywords) for line in lines}
        found: dict[int, set[str]] = {}  # only the lines that hold a keyword: few
        for keyword, line in self._occurrences(folded, lines):
            found.setdefault(line, set()).add(keyword)
        by_line = dict.fromkeys(lines, _NONE)
        for line, held in found.items():
            by_line[lines[line]] = frozenset(held)
        return by_line

    def _occurrences(self, folded: str, lines: Sequence[str]) -> Iterator[tuple[str, int]]:
        """(keyword, index of the line it starts in), at least once for every such line.

        ``folded`` is the lines joined by line feeds, case folded (one character for one, so
        the lines start where they did) and holding no other line feed.
        """
        if self._automaton is not None:
            yield from _numbered(folded, self._automaton_matches(folded))
            return
        # Folding keeps every character one character: the lines start where they did.
        starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
        for keyword in self.keywords:
            position = folded.find(keyword)
            while position != -1:
                line = bisect.bisect_right(starts, position) - 1
                yield keyword, line
                # One hit a line is enough: go on from the start of the next line.
                position = folded.find(keyword, starts[line + 1])

    def _automaton_matches(self, folded: str) -> Iterator[tuple[str, int]]:
        """(keyword, start offset) of every occurrence, overlapping ones included, in the
        automaton's order (by where each ends)."""
        if self._bytes_automaton is not None and folded.isascii():
            keywords, automaton = self._ascii_keywords, self._bytes_automaton
            text: str | bytes = folded.encode("ascii")
        else:
            keywords, automaton, text = self.keywords, self._automaton, folded
        for index, start, _end in automaton.find_matches_as_indexes(text, overlapping=True):
            yield keywords[index], start


def _automaton(package: Any, keywords: Sequence[Any], kind: str) -> Any:
    """The package's automaton of ``kind`` for the keywords (str or bytes), or None without
    the package or the keywords."""
    if package is None or not keywords:
        return None
    return getattr(package, kind)(
        keywords, matchkind=package.MatchKind.Standard, implementation=package.Implementation.DFA
    )


def _numbered(text: str, found: Iterable[tuple[str, int]]) -> Iterator[tuple[str, int]]:
    """(keyword, index of the line it starts in) for occurrences given by start offset.

    The line is counted from the last occurrence's by the line feeds between the two, so
    no table of line starts is built (most documents hold a few occurrences and hundreds of
    lines). Linear: occurrences come in the order they end, so a start is never further
    back than the previous start less the longest keyword, and the counts cover the text
    about once.
    """
    line = position = 0
    count = text.count
    for keyword, start in found:
        if start >= position:
            line += count("\n", position, start)
        else:
            line -= count("\n", start, position)
        position = start
        yield keyword, line
