"""Keyword search (rules/keywords.py): which rule keywords each line of a document holds.

The search is a speed-up only: with or without the Aho–Corasick automaton of the ``fast``
extra, it must find exactly the keywords a line-by-line substring test finds.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus_files import need
from corpusclean.rules import Rule, RuleMatcher, load_builtin_rules
from corpusclean.rules.engine import PREFIX_CHARACTERS, first_match
from corpusclean.rules.fold import fold_case
from corpusclean.rules.keywords import (
    KeywordSearch,
    _lines_of,
    automaton_available,
    keyword_closures,
    keywords_in,
)
from corpusclean.text import word_count
from strategies import CHROME_LINES, keyword_documents

KEYWORDS = sorted({k for rule in load_builtin_rules() for k in rule.keywords})


def _reference(lines: list[str]) -> dict[str, frozenset[str]]:
    """Every keyword tried on every line, one by one."""
    return {line: keywords_in(line, KEYWORDS) for line in lines}


@given(keyword_documents(KEYWORDS))
def test_substring_search_finds_what_each_line_holds(lines: list[str]) -> None:
    assert KeywordSearch(KEYWORDS, use_automaton=False).by_line(lines) == _reference(lines)


@given(keyword_documents(KEYWORDS))
def test_search_as_installed_finds_what_each_line_holds(lines: list[str]) -> None:
    # With the fast extra this is the automaton; without it, the substring searches.
    assert KeywordSearch(KEYWORDS).by_line(lines) == _reference(lines)


# Keywords of every shipped language: some are not ASCII, which an ASCII text cannot hold
# (the search looks for the ASCII ones alone in the bytes of such a text).
ALL_KEYWORDS = sorted(
    {
        k
        for code in ("en", "de", "fr", "es")
        for rule in load_builtin_rules(code)
        for k in rule.keywords
    }
)


@given(
    keyword_documents(ALL_KEYWORDS).map(lambda lines: [line for line in lines if line.isascii()])
)
def test_ascii_documents_find_what_each_line_holds(lines: list[str]) -> None:
    # ASCII documents take the bytes automaton: the same keywords, on the same lines.
    expected = {line: keywords_in(line, ALL_KEYWORDS) for line in lines}
    assert KeywordSearch(ALL_KEYWORDS).by_line(lines) == expected
    assert KeywordSearch(ALL_KEYWORDS, use_automaton=False).by_line(lines) == expected


def test_keywords_on_many_lines_are_numbered_by_their_own_line() -> None:
    # The line of an occurrence is counted from the previous one's, overlapping keywords
    # ("twitter" inside "twitter.com") included: every line gets its own.
    lines = [f"line {n} follow us on twitter.com" if n % 3 else f"line {n}" for n in range(300)]
    assert KeywordSearch(KEYWORDS).by_line(lines) == _reference(lines)


# Characters of one to four UTF-8 bytes, and a lone surrogate (normalisation may leave one),
# around and inside the keywords: the automaton searches a text's UTF-8 bytes, whose offsets
# are not its characters'.
UTF8_PIECES = ("ä", "€", "\u2019", "東京", "\U0001f600", "\ud800", "\udc00", "ß")


@given(
    keyword_documents(KEYWORDS),
    st.lists(
        st.tuples(st.integers(0, 11), st.integers(0, 40), st.sampled_from(UTF8_PIECES)), max_size=10
    ),
)
def test_search_as_installed_finds_what_each_line_of_any_script_holds(
    lines: list[str], inserts: list[tuple[int, int, str]]
) -> None:
    for line, at, piece in inserts:
        if lines:
            text = lines[line % len(lines)]
            lines[line % len(lines)] = text[:at] + piece + text[at:]
    assert KeywordSearch(KEYWORDS).by_line(lines) == _reference(lines)


# Letters of the shipped keywords outside ASCII in either case, characters that fold to
# another or that `str.lower` folds otherwise ("İ", "Σ", "ſ", "µ"), and some that are their
# own fold (quotes, dashes, accented small letters, other scripts).
FOLD_PIECES = ("Ä", "ä", "Ü", "ü", "É", "é", "İ", "ı", "Σ", "ς", "ſ", "µ", "K", "’", "—", "東")


@given(
    keyword_documents(ALL_KEYWORDS),
    st.lists(
        st.tuples(st.integers(0, 11), st.integers(0, 40), st.sampled_from(FOLD_PIECES)),
        max_size=6,
    ),
    st.booleans(),
)
def test_texts_outside_ascii_find_what_each_line_holds_folded_or_not(
    lines: list[str], inserts: list[tuple[int, int, str]], upper: bool
) -> None:
    # A text outside ASCII is searched as its bytes with ASCII letters lowered, and searched
    # again folded when it holds a character folding changes: either way, what a line-by-line
    # substring test of the folded lines finds.
    for line, at, piece in inserts:
        if lines:
            text = lines[line % len(lines)]
            lines[line % len(lines)] = text[:at] + piece + text[at:]
    if upper:
        lines = [line.upper() for line in lines]
    expected = {line: keywords_in(line, ALL_KEYWORDS) for line in lines}
    assert KeywordSearch(ALL_KEYWORDS).by_line(lines) == expected


def test_a_text_outside_ascii_is_searched_folded_only_when_folding_changes_it() -> None:
    need("ahocorasick_rs")
    search = KeywordSearch(["für", "straße", "σας", "share"])
    plain = ["Jetzt für 5 € – share", "straße"]
    assert search._automaton_matches("\n".join(plain))[1] == "\n".join(plain).lower().encode()
    for changed in ("FÜR", "STRAẞE", "ΣΑΣ", "ſhare", "İ"):
        lines = [*plain, changed]
        text = search._automaton_matches("\n".join(lines))[1]
        assert text == fold_case("\n".join(lines)).encode("utf-8", "surrogatepass"), changed
        assert search.by_line(lines) == {line: keywords_in(line, search.keywords) for line in lines}


def test_ascii_texts_do_not_build_the_automaton_for_other_texts() -> None:
    # A run of ASCII news searches the ASCII keywords alone: the automaton of every keyword
    # and the characters folding changes is built on the first text outside ASCII.
    need("ahocorasick_rs")
    search = KeywordSearch(ALL_KEYWORDS)
    assert search.by_line(["Share on Twitter"]) == _reference(["Share on Twitter"])
    assert search._screened is None
    assert search.by_line(["Teilen für Twitter"])["Teilen für Twitter"]
    assert search._screened is not None


def test_occurrences_are_numbered_in_any_order() -> None:
    # Counted from the previous occurrence, forwards or backwards: the automaton reports
    # them by where they end, so a start may lie before the previous one.
    text = b"ab\ncd\n\nef"
    keywords = ("a", "b", "c", "d", "e", "f")
    found = [(4, 8, 9), (0, 0, 1), (3, 4, 5), (2, 3, 4), (1, 1, 2), (5, 9, 10)]
    assert _lines_of(keywords, text, found) == {3: {"e", "f"}, 0: {"a", "b"}, 1: {"c", "d"}}


def test_automaton_is_used_when_the_fast_extra_is_installed() -> None:
    need("ahocorasick_rs")
    assert automaton_available()
    search = KeywordSearch(KEYWORDS)
    lines = ["Share on Twitter", "STRASSE photo", "nothing here", "Follow us on twitter.com"]
    by_line = search.by_line(lines)
    assert by_line["Share on Twitter"] == {"shar", "twitter"}
    assert by_line["Follow us on twitter.com"] == {"twitter", "twitter.com"}
    assert by_line["nothing here"] == frozenset()
    assert by_line["STRASSE photo"] == {"photo"}


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
    assert KeywordSearch([]).by_line(["Share on Twitter"]) == {"Share on Twitter": frozenset()}


# The strings the English rule matcher searches (its keywords and its guards' strings), the
# set the fallback pattern is built from in use.
SEARCHED = sorted(RuleMatcher(load_builtin_rules("en"))._searched)


@st.composite
def keyword_pieces_lines(draw: st.DrawFn, keywords: Sequence[str]) -> list[str]:
    """Lines of whole keywords, their prefixes and suffixes (so that keywords overlap, nest
    and stop short), in any case, with characters of other scripts between them."""
    keyword = st.sampled_from(keywords)
    cut = st.tuples(keyword, st.integers(0, 12))
    pieces = st.one_of(
        keyword,
        keyword.map(str.upper),
        cut.map(lambda kc: kc[0][: kc[1]]),
        cut.map(lambda kc: kc[0][kc[1] :]),
        st.sampled_from((*UTF8_PIECES, "İ", "ẞ", "Σ", " ", ".")),
    )
    return draw(st.lists(st.lists(pieces, max_size=10).map("".join), max_size=10))


# Compiled once: a search of a thousand keywords takes a while to build.
SEARCHES = {
    name: (keywords, KeywordSearch(keywords, use_automaton=False), KeywordSearch(keywords))
    for name, keywords in (("searched-en", SEARCHED), ("all", ALL_KEYWORDS))
}


@pytest.mark.parametrize("name", sorted(SEARCHES))
@given(data=st.data())
def test_pattern_finds_what_each_line_holds(name: str, data: st.DataObject) -> None:
    # The fallback's one regex pass, against every keyword tried on every line, and against
    # the automaton where the fast extra is installed.
    keywords, pattern, as_installed = SEARCHES[name]
    lines = data.draw(keyword_pieces_lines(keywords))
    expected = {line: keywords_in(line, keywords) for line in lines}
    assert pattern.by_line(lines) == expected
    assert as_installed.by_line(lines) == expected


def test_pattern_finds_the_prefixes_of_the_longest_keyword_at_a_place() -> None:
    # At one place the pattern matches the longest keyword only; the shorter ones starting
    # there ("twitter" in "twitter.com") come from its closure.
    keywords = ["twitter", "twitter.com", "tw", "com", "itt"]
    lines = ["follow twitter.com", "TWITTER", "twi", "tw.com"]
    expected = {line: keywords_in(line, keywords) for line in lines}
    assert expected["follow twitter.com"] == set(keywords)
    assert KeywordSearch(keywords, use_automaton=False).by_line(lines) == expected


@given(st.lists(st.text(alphabet="abcé.", min_size=1, max_size=6), unique=True, max_size=40))
def test_a_keywords_closure_is_every_keyword_it_holds_in_order(keywords: list[str]) -> None:
    """`keyword_closures` walks a trie; its reference tests every keyword in every other."""
    expected = {k: tuple(held for held in keywords if held in k) for k in keywords}
    assert keyword_closures(keywords) == expected


# `RuleMatcher.match` finds a line's keywords with `KeywordSearch.in_line`, where it first
# tested each searched string on the folded line (`keywords_in`): the same set as long as
# every searched string is its own fold (the search folds its keywords, `keywords_in` does
# not), which holds for every shipped language's trusted matcher.
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "ja", "zh")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_strings_a_matcher_searches_are_their_own_fold(language: str) -> None:
    rules = load_builtin_rules(language)
    searched = RuleMatcher(rules, trusted=rules)._searched
    assert searched
    assert all(fold_case(k) == k for k in searched)


@pytest.mark.parametrize("name", sorted(SEARCHES))
@given(data=st.data())
def test_one_line_is_searched_as_every_keyword_tried_on_it(name: str, data: st.DataObject) -> None:
    keywords, pattern, as_installed = SEARCHES[name]
    lines = data.draw(keyword_pieces_lines(keywords))
    for line in [*lines, "\n".join(lines)]:  # a line feed takes the line-by-line path
        expected = keywords_in(line, keywords)
        assert pattern.in_line(line) == expected
        assert as_installed.in_line(line) == expected


ENGLISH = load_builtin_rules("en")
TRUSTED_ENGLISH = RuleMatcher(ENGLISH, trusted=ENGLISH)


def _match_first_written(matcher: RuleMatcher, line: str, words: int) -> Rule | None:
    """`RuleMatcher.match` as first written: every searched string tried on the line."""
    if words > matcher.max_words:
        return None
    index = matcher._class_of[words]
    searches = matcher._classes[index].searches
    here = keywords_in(line, matcher._searched) if searches else frozenset()
    return first_match(matcher.plan(words, line[:PREFIX_CHARACTERS], here), line)


@given(keyword_pieces_lines(SEARCHED))
def test_a_line_is_matched_as_by_every_keyword_tried_on_it(lines: list[str]) -> None:
    for line in [*lines, *CHROME_LINES]:
        words = word_count(line)
        expected = _match_first_written(TRUSTED_ENGLISH, line, words)
        assert TRUSTED_ENGLISH.match(line, words) == expected
