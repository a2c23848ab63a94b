"""A cue pattern split into its alternatives (`page.split`) finds a match in exactly the
lines the whole pattern does: for the patterns the page features split, on any lines, and
for any small pattern."""

from __future__ import annotations

import re
import string
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from corpus_files import SEEDS
from corpusclean.compat import REGEX_PARSER, REPEATS
from corpusclean.page import cues, features, split
from corpusclean.page.cues import CASE_EXCEPTIONS
from corpusclean.page.split import SplitPattern, WordCounts, _flattened, top_level_alternatives
from corpusclean.rules.literals import required_literals
from strategies import PAGE_ODDITIES, cue_lines, small_regexes

# The patterns `page.batch` searches by alternatives, and two more with many alternatives.
SPLIT = (
    features._TIME_RE,
    features._COUNTER_RE,
    cues.comment_re(),
    cues.caption_re(),
    cues.URL_RE,
    cues.boiler_re(),
)
any_line = st.text(alphabet=st.characters(codec=None, categories=None), max_size=60)
dated = st.sampled_from(
    ("12:30", "3 hours ago", "2020-01-02", "1/2/2020", "Sept. 3", "3.2k shares", "12", "- 4 -")
)
lines_of = st.lists(st.one_of(cue_lines(), any_line, dated, st.sampled_from(PAGE_ODDITIES)))


def assert_split_equals_search(pattern: re.Pattern[str], lines: list[str]) -> None:
    expected = [pattern.search(line) is not None for line in lines]
    assert SplitPattern(pattern).search_lines(lines) == expected, pattern.pattern[:60]


@given(lines_of)
@example(["Jana sagt:", "Jean a écrit :", "SAID:", "ſaid", "İN REPLY TO", "a\nb", "\ud800 said"])
@example(["(Photo: AP)", "Getty Images", "Foto: dpa", "12 Kommentare", "Jan 5, 2020", "Σ"])
def test_the_split_patterns_match_the_lines_the_whole_patterns_do(lines: list[str]) -> None:
    for pattern in SPLIT:
        assert_split_equals_search(pattern, lines)


def test_the_split_patterns_match_the_sample_pages_lines_as_the_whole_patterns_do() -> None:
    for path in SEEDS:
        lines = path.read_text(encoding="utf-8").splitlines()
        for pattern in SPLIT:
            assert_split_equals_search(pattern, lines)


@given(small_regexes(), st.sampled_from((0, re.IGNORECASE)), st.lists(any_line, max_size=8))
# Drawn under the thorough profile (seed 27): "İ" ignoring case matches "I", whose lower case
# holds no "İ" lower-cased ("i" and a combining dot); such a literal gates nothing now.
@example(source="İ", flags=re.IGNORECASE, lines=["I"])
@example(source="a|(?:İN)+", flags=re.IGNORECASE, lines=["in", "IN", "A"])
def test_any_small_pattern_split_matches_as_the_whole_pattern(
    source: str, flags: int, lines: list[str]
) -> None:
    pattern = re.compile(source, flags)
    # Lines made of the pattern's own pieces, so that some of them match.
    pieces = re.findall(r"[A-Za-z0-9/>,.\-:éİK]+", source)
    assert_split_equals_search(pattern, [*lines, *pieces, " ".join(pieces)])


@given(small_regexes())
def test_the_alternatives_rejoined_are_the_pattern(source: str) -> None:
    pieces = top_level_alternatives(source)
    assert "|".join(pieces) == source
    for piece in pieces:
        re.compile(piece)


def test_the_comment_pattern_is_split_into_its_nine_alternatives() -> None:
    assert len(top_level_alternatives(cues.comment_re().pattern)) == 9
    assert top_level_alternatives(r"[|\]]|(a|b)|\|") == [r"[|\]]", "(a|b)", r"\|"]


def test_every_alternative_of_the_comment_pattern_is_gated_on_its_words() -> None:
    for source in top_level_alternatives(cues.comment_re().pattern):
        assert required_literals(source, re.IGNORECASE), source
    said = top_level_alternatives(cues.comment_re().pattern)[0]
    assert required_literals(said, re.IGNORECASE) == (
        frozenset({"says", "said", "wrote", "writes", "replied"}),
    )


def test_only_the_case_exceptions_match_a_split_literal_letter_unlike_its_lower_case() -> None:
    # Why lower-casing a line finds every literal of a case-insensitive alternative.
    letters = set()
    for pattern in SPLIT:
        if pattern.flags & re.IGNORECASE:
            for source in top_level_alternatives(pattern.pattern):
                for group in required_literals(source, pattern.flags):
                    letters |= {c for literal in group for c in literal if c.isalpha()}
    assert_only_the_case_exceptions_match_unlike_their_lower_case(letters)


def assert_only_the_case_exceptions_match_unlike_their_lower_case(letters: set[str]) -> None:
    """Over every code point: a character that a case-insensitive pattern matches with one
    of ``letters`` is that letter lower-cased, or a case exception."""
    # A capital sigma lower-cases to a final sigma at the end of a word: none may be read.
    assert not letters & {"σ", "ς"}
    any_letter = re.compile("[" + "".join(sorted(letters)) + "]", re.IGNORECASE)
    every = "".join(chr(code) for code in range(sys.maxunicode + 1))
    odd = {
        found
        for found in set(any_letter.findall(every))
        for letter in letters
        if re.fullmatch(re.escape(letter), found, re.IGNORECASE) and found.lower() != letter
    }
    assert odd <= set(CASE_EXCEPTIONS)


def parse_items(pattern: re.Pattern[str]) -> Iterator[tuple[Any, Any]]:
    """Every (op, value) of a pattern's parse tree (``re``'s parser), the items inside
    classes, branches, groups and repeats included."""

    def walk(items: Any) -> Iterator[tuple[Any, Any]]:
        for op, value in items:
            yield op, value
            if op is REGEX_PARSER.IN:
                yield from walk(value)
            elif op is REGEX_PARSER.BRANCH:
                for branch in value[1]:
                    yield from walk(branch)
            elif op is REGEX_PARSER.SUBPATTERN:
                yield from walk(value[-1])
            elif op in REPEATS:
                yield from walk(value[2])

    return walk(REGEX_PARSER.parse(pattern.pattern, pattern.flags))


def literal_characters(pattern: re.Pattern[str]) -> set[str]:
    """Every character a pattern's parse tree reads as a literal."""
    return {chr(value) for op, value in parse_items(pattern) if op is REGEX_PARSER.LITERAL}


def test_the_boilerplate_words_may_be_counted_in_the_lines_lower_cased() -> None:
    # What `WordCounts(..., lowered=True)` needs of `page.batch`'s boilerplate pattern:
    # every literal character is its own lower case, and only the case exceptions match
    # one of its letters unlike their lower case.
    found = literal_characters(cues.boiler_re())
    assert {"c", "k", "s", "i", "é", "ü", " ", "-"} <= found
    assert all(c.lower() == c for c in found), sorted(c for c in found if c.lower() != c)
    assert_only_the_case_exceptions_match_unlike_their_lower_case({c for c in found if c.isalpha()})


def test_the_legal_words_may_be_counted_in_the_lines_lower_cased() -> None:
    # What `page.batch._legal_count` needs of the legal pattern: words of literals between
    # ``\\b`` (no class, whose members could fold otherwise), every literal character its
    # own lower case, only the case exceptions matched unlike their lower case, and every
    # character that lower-cases to a literal character matched by it.
    pattern = cues.legal_re()
    ops = {op for op, _ in parse_items(pattern)}
    parse = REGEX_PARSER
    assert ops <= {parse.AT, parse.BRANCH, parse.LITERAL, parse.SUBPATTERN, *REPEATS}, ops
    found = literal_characters(pattern)
    assert {"t", "r", "é", " "} <= found
    assert all(c.lower() == c for c in found), sorted(c for c in found if c.lower() != c)
    assert_only_the_case_exceptions_match_unlike_their_lower_case({c for c in found if c.isalpha()})
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if c.lower() in found:
            assert re.fullmatch(re.escape(c.lower()), c, re.IGNORECASE), hex(code)


@given(small_regexes(), st.sampled_from((0, re.IGNORECASE)), any_line)
def test_a_line_a_pattern_matches_holds_a_literal_of_each_group(
    source: str, flags: int, line: str
) -> None:
    pieces = " ".join(re.findall(r"[A-Za-z0-9/>,.\-:éİK]+", source))
    for text in (line, pieces, line + pieces):
        if re.search(source, text, flags) and not set(text) & set(CASE_EXCEPTIONS):
            held = text.lower() if flags else text
            for group in required_literals(source, flags):
                assert any(literal in held for literal in group), (group, text)


def assert_counts_equal_findall(pattern: re.Pattern[str], lines: list[str]) -> None:
    expected = [len(pattern.findall(line)) for line in lines]
    assert WordCounts(pattern).count_lines(lines) == expected, pattern.pattern[:60]
    if pattern is cues.boiler_re():  # counted lower-cased by `page.batch`
        lowered = WordCounts(pattern, lowered=True)
        assert lowered.count_lines(lines) == expected, pattern.pattern[:60]


@given(lines_of)
@example(["most read more", "sign in sign up", "Log in", "ſubscribe", "İmage", "a\nb comment"])
@example(["Datenschutzerklärung", "Lire la suite", "Mehr zum Thema", "cookies\ud800", ""])
@example(
    ["PRIVACY \u212aontakt", "İmpressum", "ıMAGE", "Σ menu", "Menü İ", "A\u00c9\u0130 sign-in"]
)
def test_the_boilerplate_counts_are_findalls_counts(lines: list[str]) -> None:
    for pattern in (cues.boiler_re(), cues.legal_re()):
        assert_counts_equal_findall(pattern, lines)


def test_the_boilerplate_counts_of_the_sample_pages_are_findalls_counts() -> None:
    for path in SEEDS:
        lines = path.read_text(encoding="utf-8").splitlines()
        for pattern in (cues.boiler_re(), cues.legal_re()):
            assert_counts_equal_findall(pattern, lines)


@given(
    st.lists(small_regexes(), min_size=1, max_size=6),
    st.sampled_from((0, re.IGNORECASE)),
    st.lists(any_line, max_size=6),
)
def test_any_pattern_of_words_counts_as_findall(
    words: list[str], flags: int, lines: list[str]
) -> None:
    pattern = re.compile(r"\b(?:" + "|".join(words) + r")\b", flags)
    pieces = [" ".join(re.findall(r"[A-Za-z0-9/>,.\-:éİK]+", word)) for word in words]
    assert_counts_equal_findall(pattern, [*lines, *pieces, " ".join(pieces)])


def test_a_full_cache_of_alternations_counts_with_the_whole_pattern(monkeypatch: Any) -> None:
    monkeypatch.setattr(split, "MAX_SUBSETS", 1)
    lines = ["sign in", "read more", "privacy and cookies", "most read more"]
    assert_counts_equal_findall(cues.boiler_re(), lines)


@given(small_regexes())
@example("(?:a)(?:B|19)|(?:/|(?:a|by))")
def test_bare_groups_spliced_in_keep_the_alternatives_order(source: str) -> None:
    pieces = top_level_alternatives(source)
    flat = _flattened(pieces)
    # Rejoined, the flattened alternatives match where the original ones do, in any line.
    for line in [*re.findall(r"[A-Za-z0-9/>,.\-:éİK]+", source), "", "a B 19", "aB by/"]:
        original = [m.span() for m in re.finditer("|".join(pieces), line)]
        assert original == [m.span() for m in re.finditer("|".join(flat), line)]


def test_a_pattern_that_is_not_words_in_one_group_is_refused() -> None:
    with pytest.raises(ValueError, match="not a pattern of words"):
        WordCounts(re.compile(r"\b(?:a)\b|\b(?:b)\b"))


# Pieces of lines near the month alternative's matches and misses: months in any case, a
# word character glued before one, separators, digits of other scripts, the case
# exceptions and the Kelvin sign (which lower-cases to "k").
month_pieces = st.sampled_from(
    (
        *("jan", "JAN", "Feb", "mAr", "apr", "May", "jun", "JUL", "aug", "sep", "Sept"),
        *("oct", "NOV", "dec", "ſep", "ſept", "xjan", "_may", "9dec", "é", "ember", "uary"),
        *(" ", "  ", "\t", "\n", "\u00a0", "\u2028", ".", "..", ",", "-", "3", "12"),
        *("123", "\u0663", "\u00b2", "K", "\u212a", "\u0130", "\u0131", "a", "Z", "\u03a3"),
    )
)
month_lines = st.one_of(st.lists(month_pieces, max_size=10).map("".join), any_line)
MONTH = re.compile(features.TIME_MONTH_SOURCE, re.IGNORECASE)


@given(month_lines)
@example("Sept. 3, 2020")
@example("ſep 3")
@example("xjan 3")
@example("jan\n3")
@example("DEC\u00a0\u0663\u0663")
@example("on mAy 12th")
@example("Dec 123")
def test_the_month_alternative_lowered_answers_as_itself(line: str) -> None:
    # `split.in_lowered` searches `features.TIME_MONTH_LOWERED` in the line lower-cased
    # (the alternative itself where the line holds a case exception).
    search = split.in_lowered(MONTH.search, features.TIME_MONTH_LOWERED.search)
    assert (search(line) is not None) == (MONTH.search(line) is not None)
    if not set(line) & set(CASE_EXCEPTIONS):
        lowered = features.TIME_MONTH_LOWERED.search(line.lower())
        assert (lowered is not None) == (MONTH.search(line) is not None)


def test_lower_casing_keeps_what_the_lowered_month_form_reads_of_every_character() -> None:
    # For every code point but the case exceptions: one character lower-cased, and the
    # classes and letters the month form reads match it as the alternative's, ignoring
    # case, match the character itself.
    every = "".join(chr(p) for p in range(sys.maxunicode + 1) if chr(p) not in CASE_EXCEPTIONS)
    lowered = "".join(c.lower() for c in every)
    assert len(lowered) == len(every)
    letters = sorted(set("janfebmaraprmayjunjulaugsepoctnovdec"))
    for atom in (r"[a-z]", r"\.", r"\s", r"\d", r"\w", *letters):
        ignoring = [m.start() for m in re.finditer(atom, every, re.IGNORECASE)]
        assert [m.start() for m in re.finditer(atom, lowered)] == ignoring, atom


def test_the_time_pattern_ends_with_the_month_alternative_the_page_searches_lowered() -> None:
    pytest.importorskip("numpy")  # `page.batch` is the NumPy path's (the `fast` extra)
    from corpusclean.page import batch

    alternatives = top_level_alternatives(features._TIME_RE.pattern)
    assert alternatives[-1] == features.TIME_MONTH_SOURCE
    assert batch._LOWERED_FORMS == {features.TIME_MONTH_SOURCE: features.TIME_MONTH_LOWERED}
    searches = batch._split(features._TIME_RE)._searches
    assert [search.__qualname__.startswith("in_lowered.") for search in searches] == [
        *[False] * (len(alternatives) - 1),
        True,
    ]


@given(st.lists(st.one_of(month_lines, dated, cue_lines()), max_size=8))
def test_the_time_pattern_split_with_its_lowered_form_matches_as_the_whole(
    lines: list[str],
) -> None:
    split_time = SplitPattern(
        features._TIME_RE, {features.TIME_MONTH_SOURCE: features.TIME_MONTH_LOWERED}
    )
    expected = [features._TIME_RE.search(line) is not None for line in lines]
    assert split_time.search_lines(lines) == expected


# `split.narrowed_search`: an alternative searched only where its matches can start, against
# the first-written reading, ``pattern.search`` at every position. Patterns ending with a
# tail of spaces and marks before ``$``, and patterns with a punctuation mark a few
# characters in, over lines thick with the marks, spaces and pieces the patterns are made
# of (and lookbehinds, ``^`` and ``\b`` reading the characters before a start).
_TAILS = st.lists(
    st.sampled_from((r"\s*", r"\s+", ":?", ":", r"\)?", r"\b", r"\B", r"\s", ".?", r"\.")),
    max_size=4,
).map("".join)
_HEADS = st.one_of(
    small_regexes(),
    st.sampled_from((r"\b(?:says|said|wrote)", r"^(?:reply|like)", r"\b\d{1,2}", r"\b\d{4}")),
    st.sampled_from((r"(?<=a)b", r"\w{0,3}", r"[a-z]", r"\d+", "", r"(?<!\d)\d{2}")),
)
_MARKS = st.sampled_from((":", "-", "/", ",", ".", ")", "("))
_ENDED = st.tuples(_HEADS, _TAILS).map(lambda pair: pair[0] + pair[1] + "$")
_ANCHORED = st.tuples(_HEADS, _MARKS, st.one_of(small_regexes(), st.just(r"\d{2}\b"))).map(
    lambda parts: parts[0] + re.escape(parts[1]) + parts[2]
)
_NARROWED_PIECES = st.sampled_from(
    (*("said", "SAID", "ſaid", "xsaid", "reply", "like", "a", "B", "by", "b", "é", "İ", "K"),
     *("12", "2020", "3", "٣", " ", "  ", "\t", "\n", "\u00a0", ":", ": ", " :", "-", "/"),
     *(",", ".", ")", "(", ":::", "--------------------", "x" * 30))
)  # fmt: skip
_NARROWED_LINES = st.lists(
    st.one_of(st.lists(_NARROWED_PIECES, max_size=12).map("".join), any_line), max_size=6
)


def assert_narrowed_equals_search(pattern: re.Pattern[str], lines: list[str]) -> None:
    narrowed = split.narrowed_search(pattern)
    for line in lines:
        assert (narrowed(line) is not None) == (pattern.search(line) is not None), line


@given(st.one_of(_ENDED, _ANCHORED), st.sampled_from((0, re.IGNORECASE)), _NARROWED_LINES)
@example(r"\b(?:says|said)\s*:?$", re.IGNORECASE, ["Jane said   :", "said :\n", "Xsaid:"])
@example(r"\b(?:AP|AFP)\b\s*\)?\s*$", 0, ["(Photo: AP )  ", "Photo: AFP)", "xAP"])
@example(r"\b\d{1,2}:\d{2}\b", 0, ["at 9:30, or 10:15 " + ": " * 12 + "12:45"])
@example(r"\b\d{4}-\d{2}-\d{2}\b", 0, ["-" * 20 + " 2020-01-02", "12020-01-02"])
@example(r"(?<=x)\d:", 0, ["x1:", "y1:"])
def test_a_narrowed_search_finds_a_match_where_search_does(
    source: str, flags: int, lines: list[str]
) -> None:
    pattern = re.compile(source, flags)
    pieces = re.findall(r"[A-Za-z0-9/>,.\-:()éİK]+", source)
    assert_narrowed_equals_search(pattern, [*lines, *pieces, " ".join(pieces), "".join(pieces)])


@given(small_regexes(), st.sampled_from((0, re.IGNORECASE)), _NARROWED_LINES)
def test_any_small_pattern_narrowed_finds_a_match_where_search_does(
    source: str, flags: int, lines: list[str]
) -> None:
    assert_narrowed_equals_search(re.compile(source, flags), lines)


_DIGIT_HEADS = st.sampled_from(
    (r"\b\d", r"\b\d+", r"\b\d+?", r"\b\d*", r"\b\d?", r"\b\d{1,2}", r"\b\d\d", r"\b\d[\d.,]*")
)
_DIGIT_FIRST = st.tuples(_DIGIT_HEADS, st.one_of(small_regexes(), _TAILS)).map("".join)
_DIGIT_PIECES = st.sampled_from(
    (*("1", "12", "2020", "٣", "x", "_", "é", " ", "\n", ".", ",", "k", "ago", "shares"),
     *("3 hours ago", "12k shares", "a1", "1a", "\u00b2", "\u2167"))
)  # fmt: skip
_DIGIT_LINES = st.lists(
    st.one_of(st.lists(_DIGIT_PIECES, max_size=10).map("".join), any_line), max_size=6
)


@given(_DIGIT_FIRST, st.sampled_from((0, re.IGNORECASE, re.ASCII, re.MULTILINE)), _DIGIT_LINES)
@example(r"\b\d+\s*(?:hours?)\s+ago\b", re.IGNORECASE, ["3 hours ago", "x3 hours ago", "3"])
@example(r"\b\d[\d.,]*[kKmM]?\s+(?:shares?)\b", re.IGNORECASE, ["_1k shares", "1,2 Shares"])
@example(r"\b\d+", re.ASCII, ["\u0663", "é1", "a\n1", "1"])
def test_a_digit_first_reading_finds_a_match_where_search_does(
    source: str, flags: int, lines: list[str]
) -> None:
    try:
        pattern = re.compile(source, flags)
    except re.error:
        return
    pieces = re.findall(r"[A-Za-z0-9/>,.\-:()éİK]+", source)
    assert_narrowed_equals_search(pattern, [*lines, *pieces, " ".join(pieces), "".join(pieces)])
    # Matched at the same places, too (`split._digit_first`'s claim, more than the search's).
    first = split._digit_first(pattern)
    if first is not None:
        for line in [*lines, " ".join(pieces)]:
            assert [m.span() for m in first.finditer(line)] == [
                m.span() for m in pattern.finditer(line)
            ], line


def test_every_decimal_digit_is_a_word_character() -> None:
    # What `split._digit_first` reads ``\b`` before a digit by: every character ``\d``
    # matches is one ``\w`` matches, in Unicode and in ASCII patterns.
    every = "".join(chr(code) for code in range(sys.maxunicode + 1))
    for flags in (0, re.ASCII):
        digits = set(re.findall(r"\d", every, flags))
        assert len(digits) >= 10
        assert digits <= set(re.findall(r"\w", every, flags))
    # And `split._word_first_alternatives` reads it before an alternative's first letter or
    # digit: every character `str.isalnum` takes is one ``\w`` matches.
    word = set(re.findall(r"\w", every))
    assert all(c in word for c in every if c.isalnum())


def test_the_page_patterns_slow_alternatives_are_searched_narrowed() -> None:
    # The readings the speed-up rests on (issue #8): the signature verbs and the agencies
    # from the line's end, the dates and clock times around their marks.
    def reading(pattern: re.Pattern[str], index: int) -> str:
        source = top_level_alternatives(pattern.pattern)[index]
        alternative = re.compile(source, pattern.flags)
        search = split.narrowed_search(alternative)
        return "search" if search == alternative.search else search.__qualname__.split(".")[0]

    assert reading(cues.comment_re(), 0) == "_from_end"  # ...(?:says|said|...)\s*:?$
    assert reading(cues.comment_re(), 5) == "_from_end"  # other languages' verbs, \s*:$
    assert reading(cues.caption_re(), 3) == "_from_end"  # (?:AP|AFP|...)\b\s*\)?\s*$
    assert [reading(features._TIME_RE, i) for i in (1, 2, 3)] == ["_around_anchor"] * 3
    assert reading(cues.comment_re(), 1) == "search"  # ^(?:reply|...)$: re tries the start only
    # The boundary read after the first digit: \b\d+\s*(?:min|...)\s+ago, \b\d[\d.,]*...shares
    for pattern, index in ((features._TIME_RE, 0), (features._COUNTER_RE, 1)):
        source = top_level_alternatives(pattern.pattern)[index]
        search: Any = split.narrowed_search(re.compile(source, pattern.flags))
        assert search.__self__.pattern.startswith(r"\d(?<!\w.)"), source


def test_rstrip_strips_exactly_what_backslash_s_matches_of_every_character() -> None:
    # `split._from_end` strips the line's end with `str.rstrip()` for the ``\s`` of a
    # pattern's tail: it must strip every character ``\s`` matches, with any flags.
    every = "".join(chr(code) for code in range(sys.maxunicode + 1))
    stripped = {c for c in every if not c.rstrip()}
    for flags in (0, re.IGNORECASE, re.ASCII):
        assert set(re.findall(r"\s", every, flags)) <= stripped
    assert set(re.findall(r"\s", every)) == stripped


def test_a_punctuation_mark_matches_only_itself_ignoring_case() -> None:
    # Why `split._from_end` strips the marks and `split._around_anchor` finds a mark with
    # `str.rstrip` and `str.find`, as written, for a pattern that ignores case.
    every = "".join(chr(code) for code in range(sys.maxunicode + 1))
    for mark in string.punctuation:
        assert re.findall(re.escape(mark), every, re.IGNORECASE) == [mark]
