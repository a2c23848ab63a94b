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
    >>> present, by_line = search.by_line(["Share on Twitter", "A long day", "Shared"])
    >>> sorted(present), sorted(by_line["Shared"]), sorted(by_line["A long day"])
    (['shar', 'twitter'], ['shar'], [])
    """

    def __init__(self, keywords: Iterable[str], use_automaton: bool = True) -> None:
        self.keywords: tuple[str, ...] = tuple(sorted({fold_case(k) for k in keywords}))
        package = _AHOCORASICK if use_automaton else None
        # The DFA form: more memory than the default NFA (little, for some hundred keywords),
        # and on the ASCII speed corpus 0.0048 s of search against 0.0115 s.
        self._automaton = (
            package.AhoCorasick(
                self.keywords,
                matchkind=package.MatchKind.Standard,
                implementation=package.Implementation.DFA,
            )
            if package is not None and self.keywords
            else None
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (KeywordSearch, (self.keywords, self._automaton is not None))

    def by_line(self, lines: Sequence[str]) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
        """The keywords the lines hold together, and those each line holds."""
        folded = fold_case("\n".join(lines))
        if folded.count("\n") != len(lines) - 1:  # a line holds a line feed: line by line
            by_line = {line: keywords_in(line, self.keywords) for line in lines}
            return frozenset().union(*by_line.values()), by_line
        # Folding keeps every character one character: the lines start where they did.
        starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
        found: dict[int, set[str]] = {}  # only the lines that hold a keyword: few
        for keyword, line in self._occurrences(folded, starts):
            found.setdefault(line, set()).add(keyword)
        by_line = dict.fromkeys(lines, _NONE)
        for line, held in found.items():
            by_line[lines[line]] = frozenset(held)
        return frozenset().union(*found.values()), by_line

    def _occurrences(self, folded: str, starts: Sequence[int]) -> Iterator[tuple[str, int]]:
        """(keyword, index of the line it starts in), at least once for every such line."""
        if self._automaton is not None:
            keywords = self.keywords
            matches = self._automaton.find_matches_as_indexes(folded, overlapping=True)
            for index, start, _end in matches:
                yield keywords[index], bisect.bisect_right(starts, start) - 1
            return
        for keyword in self.keywords:
            position = folded.find(keyword)
            while position != -1:
                line = bisect.bisect_right(starts, position) - 1
                yield keyword, line
                # One hit a line is enough: go on from the start of the next line.
                position = folded.find(keyword, starts[line + 1])
