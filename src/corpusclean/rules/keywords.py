"""Which rule keywords each line of a document holds, found in one search of the document.

Rules that scan a line declare keywords (literal lower-case strings, one of which the line
must hold), so a line holding none is never tried on them. Finding them is one search of
the document with case folded as the patterns fold it (`corpusclean.rules.fold`): with the
``fast`` extra (``ahocorasick-rs``) one Aho–Corasick pass finds every keyword at once;
without it, one pass of a regular expression of every keyword (`_KeywordPattern`) does. Both
find exactly the keywords each line holds, so the output is the same either way (property
tests compare them with a line-by-line substring test); only the time differs: on the speed
corpus and its ASCII variant, the 427 strings the English rule matcher searched without the
extra took 0.43 s and 0.37 s of CPU a pass as one ``str.find`` loop per keyword, 0.19 s and
0.21 s as the pattern; the 1,522 it searches now (`corpusclean.rules.engine`) take 0.25 s and
0.26 s as the pattern, 0.038 s and 0.029 s as the automaton (docs/benchmarks-log.md,
"kwfallback31").
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..text import utf8, word_alternation, word_trie
from .fold import fold_case, folded_outside_ascii

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
        #: The automaton package when the keywords are searched with it (None: without the
        #: ``fast`` extra, or with no keywords).
        self._package = package if self.keywords else None
        # Texts are searched as their UTF-8 bytes, for the keywords' UTF-8 bytes, in the
        # contiguous NFA form (`_automaton`): a keyword's bytes occur in a text's bytes exactly
        # where the keyword occurs in the text (a character's bytes open with a byte no other
        # position holds), and a line's line feeds are its text's, so the lines found are the
        # same; the search skips the str automaton's mapping between UTF-8 and character
        # offsets (`_automaton_matches`).
        # For ASCII texts (most English news), the ASCII keywords alone (the only ones such
        # a text can hold): a smaller automaton (the ASCII speed corpus: 3.1 ms a pass,
        # encoding included, against 4.1 ms for the str automaton of every keyword).
        self._ascii_keywords = tuple(k for k in self.keywords if k.isascii())
        self._bytes_automaton = _automaton(
            package, tuple(map(utf8, self._ascii_keywords)), "BytesAhoCorasick"
        )
        # For the others, every keyword and then every character that case folding may
        # change outside ASCII (`fold.folded_outside_ascii`): built on the first such text
        # (`_screened_automaton`), as a run of ASCII news never needs it.
        self._screened: Any = None
        # Without the automaton: one pattern of every keyword, compiled once.
        self._pattern = (
            _KeywordPattern(self.keywords) if package is None and self.keywords else None
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (KeywordSearch, (self.keywords, self._package is not None))

    def by_line(self, lines: Sequence[str]) -> dict[str, frozenset[str]]:
        """The keywords each line holds."""
        joined = "\n".join(lines)
        if joined.count("\n") != len(lines) - 1:  # a line holds a line feed: line by line
            return {line: keywords_in(line, self.keywords) for line in lines}
        by_line = dict.fromkeys(lines, _NONE)
        for line, held in self._lines_holding(joined).items():
            by_line[lines[line]] = frozenset(held)
        return by_line

    def in_line(self, line: str) -> frozenset[str]:
        """The keywords one line holds: `by_line` of the line alone, one pass of the
        automaton where `keywords_in` makes a substring test per keyword (the 1,766 strings
        the English rule matcher searches: 0.11 ms a line of ten words and 0.76 ms a line of
        a hundred, against 4 and 11 µs).

        >>> sorted(KeywordSearch(["twitter", "shar"]).in_line("Share on Twitter"))
        ['shar', 'twitter']
        """
        return self.by_line([line])[line]

    def _lines_holding(self, joined: str) -> dict[int, set[str]]:
        """The keywords each line that holds one holds, by the line's index (few lines).

        ``joined`` is the lines joined by line feeds, holding no other line feed; it is
        searched case folded (one character for one, so the lines start where they did).
        """
        if self._package is not None:
            return _lines_of(*self._automaton_matches(joined))
        found: dict[int, set[str]] = {}
        if self._pattern is not None:
            for keyword, line in self._pattern.occurrences(fold_case(joined)):
                found.setdefault(line, set()).add(keyword)
        return found

    def _automaton_matches(
        self, joined: str
    ) -> tuple[tuple[str, ...], bytes, list[tuple[int, int, int]]]:
        """The keywords searched for, the text searched (``joined`` case folded, as UTF-8
        bytes), and (keyword's index, start offset, end offset) of every occurrence in it,
        overlapping ones included, in the automaton's order (by where each ends).

        A text's UTF-8 bytes with their ASCII letters lowered are its fold's when it holds no
        character that folding changes outside ASCII (`fold.folded_outside_ascii`): so for
        most texts the fold's own passes over the characters are not made (outside ASCII,
        ``str.lower`` and `fold_case`'s search for the characters it folds otherwise: on the
        ordinary speed corpus 10.0 ms a pass, against 1.6 ms for the bytes lowered). Outside
        ASCII the automaton looks for those characters too, and a text holding one is
        searched again, folded (17 texts of the 327 outside ASCII in that corpus, 14 of 253
        on the dev set's pages in page mode).
        """
        text = utf8(joined).lower()
        if self._bytes_automaton is not None and joined.isascii():
            matches = self._bytes_automaton.find_matches_as_indexes(text, overlapping=True)
            return self._ascii_keywords, text, matches
        keywords, automaton = self.keywords, self._screened_automaton()
        matches = automaton.find_matches_as_indexes(text, overlapping=True)
        # The characters follow the keywords in the automaton: a higher index is one.
        if not matches or max(matches)[0] < len(keywords):
            return keywords, text, matches
        text = utf8(fold_case(joined))
        matches = automaton.find_matches_as_indexes(text, overlapping=True)
        return keywords, text, [match for match in matches if match[0] < len(keywords)]

    def _screened_automaton(self) -> Any:
        """The automaton of the keywords and then the characters that folding changes
        outside ASCII (`_automaton_matches`), built on first use."""
        screened = self._screened
        if screened is None:
            characters = sorted(folded_outside_ascii())
            screened = self._screened = _automaton(
                self._package, tuple(map(utf8, (*self.keywords, *characters))), "BytesAhoCorasick"
            )
        return screened


class _KeywordPattern:
    """Keywords as one regular expression (stdlib `re`), for texts searched without the
    automaton: one pass of the text, where a ``str.find`` loop per keyword made one pass per
    keyword (the speed corpus, 427 strings: 0.43 -> 0.19 s a pass).

    The pattern is the keywords' trie (`corpusclean.text.word_alternation`: longest first at
    each branch), so a match is the longest keyword starting where it starts, and every other
    keyword starting there is a prefix of it. Searching again from the next character finds
    every place a keyword starts, overlapping ones included; each match then stands for its
    closure, the keywords it holds (itself, its prefixes, any inside it), which occur where it
    does. So the keywords of a line are exactly those a substring test finds.

    >>> sorted(_KeywordPattern(["twitter", "twitter.com", "itt", "com"]).closure["twitter.com"])
    ['com', 'itt', 'twitter', 'twitter.com']
    """

    def __init__(self, keywords: Sequence[str]) -> None:
        self.pattern = re.compile(word_alternation(keywords))
        self.closure = keyword_closures(keywords)

    def occurrences(self, folded: str) -> Iterator[tuple[str, int]]:
        """(keyword, index of the line it is in) of every keyword ``folded`` holds, at least
        once for every line that holds it; ``folded`` as in `KeywordSearch._occurrences`."""
        search, closure, count = self.pattern.search, self.closure, folded.count
        line = position = 0
        found = search(folded)
        while found is not None:
            start = found.start()
            line += count("\n", position, start)  # matches come in order of their start
            position = start
            for keyword in closure[found.group()]:
                yield keyword, line
            found = search(folded, start + 1)


def keyword_closures(keywords: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """For each keyword, the keywords it holds (itself, its prefixes, any inside it), in the
    order of ``keywords``.

    Found by walking the keywords' trie from each character of each keyword, as far as the
    trie goes (a few characters: keywords share few long prefixes): a rule set's 1,500
    keywords cost some hundred thousand steps, where testing every keyword in every other
    took 2.3 million substring tests (0.08 s a process without the `fast` extra, about a
    fifth of a pass of the ASCII speed corpus's keyword search).

    >>> keyword_closures(["com", "itt", "twitter", "twitter.com"])["twitter.com"]
    ('com', 'itt', 'twitter', 'twitter.com')
    """
    order = {keyword: at for at, keyword in reversed(list(enumerate(keywords)))}
    trie = word_trie(order, str)  # a keyword's end holds the keyword
    closures = {}
    for keyword in keywords:
        held = set()
        for start in range(len(keyword)):
            node = trie
            for character in keyword[start:]:
                child = node.get(character)
                if child is None:
                    break
                node = child
                if "" in node:
                    held.add(node[""])
        closures[keyword] = tuple(sorted(held, key=order.__getitem__))
    return closures


def _automaton(package: Any, keywords: Sequence[Any], kind: str) -> Any:
    """The package's automaton of ``kind`` for the keywords (str or bytes), or None without
    the package or the keywords."""
    if package is None or not keywords:
        return None
    # The contiguous NFA: alone on the documents' texts the DFA searched fastest (on the
    # ASCII speed corpus 0.0048 s against 0.0115 s for the default NFA), but within a pass,
    # where every other stage runs between two searches, its tables of 256 transitions a
    # state (a rule set holds some thousand keywords) have left the caches, and the compact
    # NFA's fit: `KeywordSearch.by_line` timed within passes of the speed corpus,
    # 0.065-0.072 s -> 0.044-0.055 s (its ASCII variant 0.042-0.045 -> 0.034-0.036). Every
    # form finds every occurrence, so the lines found are the same.
    return getattr(package, kind)(
        keywords,
        matchkind=package.MatchKind.Standard,
        implementation=package.Implementation.ContiguousNFA,
    )


def _lines_of(
    keywords: Sequence[str], text: bytes, matches: Iterable[tuple[int, int, int]]
) -> dict[int, set[str]]:
    """The keywords found in each line, by the line's index, from the automaton's matches
    (keyword's index, start offset, end offset).

    Each occurrence's line is counted from the last one's by the line feeds between the
    two, so no table of line starts is built (most documents hold a few occurrences and
    hundreds of lines). Linear: occurrences come in the order they end, so a start is never
    further back than the previous start less the longest keyword, and the counts cover the
    text about once. (One loop: with a generator for the numbering and one for the keywords,
    the steps between were a third of this search's time on the ASCII speed corpus, about
    twenty occurrences a document.)
    """
    found: dict[int, set[str]] = {}
    line = position = 0
    count = text.count
    for index, start, _end in matches:
        if start >= position:
            line += count(b"\n", position, start)
        else:
            line -= count(b"\n", start, position)
        position = start
        held = found.get(line)
        if held is None:
            found[line] = {keywords[index]}
        else:
            held.add(keywords[index])
    return found
