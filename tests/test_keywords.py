"""Keyword search (rules/keywords.py): which rule keywords each line of a document holds.

The search is a speed-up only: with or without the Aho–Corasick automaton of the ``fast``
extra, it must find exactly the keywords a line-by-line substring test finds.
"""

from __future__ import annotations

import pickle

from hypothesis import given

from corpus_files import need
from corpusclean.rules import load_builtin_rules
from corpusclean.rules.keywords import KeywordSearch, automaton_available, keywords_in
from strategies import keyword_documents

KEYWORDS = sorted({k for rule in load_builtin_rules() for k in rule.keywords})


def _reference(lines: list[str]) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """Every keyword tried on every line, one by one."""
    by_line = {line: keywords_in(line, KEYWORDS) for line in lines}
    return frozenset().union(*by_line.values()), by_line


@given(keyword_documents(KEYWORDS))
def test_substring_search_finds_what_each_line_holds(lines: list[str]) -> None:
    assert KeywordSearch(KEYWORDS, use_automaton=False).by_line(lines) == _reference(lines)


@given(keyword_documents(KEYWORDS))
def test_search_as_installed_finds_what_each_line_holds(lines: list[str]) -> None:
    # With the fast extra this is the automaton; without it, the substring searches.
    assert KeywordSearch(KEYWORDS).by_line(lines) == _reference(lines)


def test_automaton_is_used_when_the_fast_extra_is_installed() -> None:
    need("ahocorasick_rs")
    assert automaton_available()
    search = KeywordSearch(KEYWORDS)
    lines = ["Share on Twitter", "STRASSE photo", "nothing here", "Follow us on twitter.com"]
    present, by_line = search.by_line(lines)
    assert by_line["Share on Twitter"] == {"shar", "twitter"}
    assert by_line["Follow us on twitter.com"] == {"twitter", "twitter.com"}
    assert by_line["nothing here"] == frozenset()
    assert present == by_line["Share on Twitter"] | by_line["Follow us on twitter.com"] | {"photo"}


def test_a_line_holding_a_line_feed_is_searched_on_its_own() -> None:
    # Line starts come from the line feeds of the joined text; a line with its own line
    # feed would shift them, so such a document is searched line by line.
    lines = ["share\nthis", "photo"]
    assert KeywordSearch(KEYWORDS).by_line(lines) == _reference(lines)


def test_search_survives_pickling() -> None:
    # Cleaners are sent to worker processes (--jobs) by pickling.
    search = pickle.loads(pickle.dumps(KeywordSearch(KEYWORDS)))
    assert search.by_line(["Share on Twitter"]) == _reference(["Share on Twitter"])


def test_no_keywords_finds_nothing() -> None:
    assert KeywordSearch([]).by_line(["Share on Twitter"]) == (
        frozenset(),
        {"Share on Twitter": frozenset()},
    )
