"""`page.batch` computes every line's own features at once, and gives `LineFacts`'s values.

Skipped without NumPy (the ``fast`` extra), except in CI (CORPUSCLEAN_REQUIRE_EXTRAS=1).
Rows must be equal float for float, with their signs: the page model's decisions read them.
"""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from corpus_files import SEEDS, need
from corpusclean.page import LineFactsCache, cues, features
from corpusclean.page.chars import PUNCTUATION, _tables
from corpusclean.page.features import FEATURE_NAMES, LineFacts
from corpusclean.text import tokens
from strategies import PAGE_ODDITIES, cue_lines, page_lines

need("numpy")
import numpy as np  # noqa: E402

from corpusclean.page import batch, vector  # noqa: E402  (need NumPy: imported after the skip)
from corpusclean.page.model import load_model  # noqa: E402

any_line = st.text(alphabet=st.characters(codec=None, categories=None), max_size=60)


def signed(values: list[float]) -> list[tuple[float, float]]:
    return [(v, math.copysign(1.0, v)) for v in values]


def assert_equal_to_line_facts(lines: list[str]) -> None:
    found = batch.page_facts(lines)
    for i, line in enumerate(lines):
        facts = LineFacts(line)
        assert signed(found.own[i].tolist()) == signed(facts.own), line
        assert int(found.n_tokens[i]) == facts.n_tokens
        assert tuple(found.hits[i].tolist()) == facts.stop_hits
        assert found.short[i] == features.short_words(facts.lowered)
        assert found.candidates[i] == facts.function_candidates
        assert bool(found.markers[i]) == facts.marker


@given(page_lines())
def test_rows_equal_line_facts_on_generated_pages(lines: list[str]) -> None:
    assert_equal_to_line_facts(lines)


@given(st.lists(st.one_of(cue_lines(), any_line, st.sampled_from(PAGE_ODDITIES)), max_size=12))
@example(["", "  Sign in  ", "a\nb", "\ud800 12:30", "İN REPLY TO x", "ſep 3, 2020"])
@example(["x" * 5 + "Ab" + "\u3000東京", "ÉTÉ 10 comments", "3.2k shares", "- item", "“Quote”"])
@example(["ΟΔΟΣ ΣΑΣ Σ ΑΣ", "ΑΣ ΣΑ", "İSTANBUL ıi ǅA", "ΌΣΟΣ\u0345Σ x"])
@example(["\U0010ffff a", "\udfff", "A\ud800B \U0001d400x", "\x00\x85 12", "ǅ ǈ Ⅻ ⅻ"])
@example(["aB", "a", "Bc", "xY", "àÀ", "aBcD÷Zÿ", "", "Z", "zAb", "aÀ", "éB"])
@example(["End.", "Two. Marks! ", "a.b", "。", "Why?\n", ".\u3000x", "!!", "x.\x85", ".", "?a. "])
def test_rows_equal_line_facts_on_any_lines(lines: list[str]) -> None:
    assert_equal_to_line_facts(lines)


def test_rows_equal_line_facts_on_the_sample_pages() -> None:
    for path in SEEDS:
        assert_equal_to_line_facts(path.read_text(encoding="utf-8").splitlines())


def test_no_lines_give_no_rows() -> None:
    found = batch.page_facts([])
    assert found.own.shape == (0, len(LineFacts("x").own))
    assert found.short == [] and found.n_tokens.tolist() == []


@given(page_lines())
def test_the_numpy_path_records_token_counts_for_every_line_it_scores(lines: list[str]) -> None:
    text = [s.strip() for s in lines if s.strip()]
    cache = LineFactsCache()
    if text:
        vector.score_lines(text, load_model().arrays(), cache)
    assert cache.n_tokens_of(text) == [LineFacts(s).n_tokens for s in text]
    assert len(cache) == len(set(text))


def test_the_sentence_marks_counted_by_code_point_are_the_patterns() -> None:
    # `batch._sentence_marks` reads the marks of `features._SENT_MARK_RE` by code point,
    # among the characters `chars` counts as punctuation.
    marks = {chr(point) for point in batch._SENTENCE_MARKS.tolist()}
    assert features._SENT_MARK_RE.pattern == r"[.!?\u3002](?:\s|$)"
    assert marks == set(".!?\u3002")
    assert marks <= set(PUNCTUATION)


def test_bullets_and_opening_quotes_read_by_first_character_are_the_patterns() -> None:
    # `batch._patterns` reads both features from a line's first character, and tries the
    # bullet pattern only after a decimal digit (``\d`` is `str.isdecimal` in ``re``).
    digit = re.compile(r"\d")
    assert all((digit.match(c) is not None) == c.isdecimal() for c in map(chr, range(0x110000)))
    assert features._BULLET_RE.pattern == r"^(?:[-*\u2022\u00b7>]|\d{1,2}[.)]\s)"
    assert features._QUOTE_START_RE.pattern == "^[\\\"'\\u201c\\u2018\\u00ab\\u2014-]"
    for c in map(chr, range(0x3000)):
        assert (c in batch._QUOTE_FIRST) == (features._QUOTE_START_RE.match(c) is not None)
        assert (c in batch._BULLET_FIRST) == (features._BULLET_RE.match(c + "x") is not None)


@given(st.lists(st.one_of(any_line, st.sampled_from(["1. a", "12) b", "3.x", "٣. c", "•", ""]))))
def test_bullet_and_quote_columns_equal_the_patterns(lines: list[str]) -> None:
    own = batch.page_facts(lines).own
    bullet, quote = FEATURE_NAMES.index("bullet"), FEATURE_NAMES.index("quote_start")
    for i, line in enumerate(lines):
        assert own[i, bullet] == (line != "" and features._BULLET_RE.match(line) is not None)
        assert own[i, quote] == (line != "" and features._QUOTE_START_RE.match(line) is not None)


def test_the_word_table_is_the_token_patterns_word_class() -> None:
    # `batch._token_places` and `_kept_tokens` read ``\w`` by code point (surrogates too).
    every = "".join(map(chr, range(0x110000)))
    word = re.compile(r"\w")
    found = [word.match(c) is not None for c in every]
    assert batch._word_table().tolist() == found


def test_a_token_starting_in_lower_case_makes_a_line_no_upper_case_of_itself() -> None:
    # What `batch._may_be_all_caps` relies on, for every code point: a letter with case that
    # is not upper-case (its first-letter code in `chars`) changes under ``upper``, and any
    # character ``upper`` changes begins its upper case with another character.
    case = _tables()[1]
    every = map(chr, range(0x110000))
    changed = [c for c in every if c.upper() != c]
    assert [c for c in changed if c.upper()[0] == c] == []
    lower_first = [chr(p) for p, code in enumerate(case) if code == "1"]
    assert set(lower_first) <= set(changed)


@pytest.mark.parametrize(
    "line",
    [
        *("BREAKING NEWS", "ÉTÉ 2024", "ǅA ǄB", "Ⅻ ⅻ", "ΟΔΟΣ", "İSTANBUL", "A1 B2"),
        *("12 ABC", "ABC\u0345", "ß TEST", "ŉ ABC"),
    ],
)
def test_all_caps_read_behind_the_token_case_screen_is_the_features(line: str) -> None:
    # Lines whose tokens all start in upper case (or with no case) pass the screen and are
    # tested; "ǅA" starts with a title-case letter, so it is screened out, and is no line
    # in capitals (``upper`` makes it "ǄA").
    for lines in ([line], [line, line.lower(), line.title()]):
        own = batch.page_facts(lines).own[:, features.FEATURE_NAMES.index("all_caps")]
        expected = [len(s) > 3 and s.upper() == s and s.lower() != s for s in lines]
        assert own.tolist() == [float(e) for e in expected]


def test_lower_casing_a_page_at_once_keeps_every_tokens_place() -> None:
    # What `_spelled_tokens` relies on, for every code point: no word character is a space
    # (``split`` cuts at spaces alone), and outside `_LOWER_BY_TOKEN` ``str.lower`` gives one
    # character of the same class (word character or not).
    word = batch._word_table()
    for point in range(0x110000):
        c = chr(point)
        assert not (word[point] and c.isspace()), hex(point)
        if c in batch._LOWER_BY_TOKEN:
            continue
        lowered = c.lower()
        assert len(lowered) == 1, hex(point)
        assert word[ord(lowered)] == word[point], hex(point)


@pytest.mark.parametrize("line", ["ΑΣ'Β", "ὈΔΥΣΣΕΎΣ.Σ", "İx", "İSTANBUL", "Σ"])
def test_a_page_with_a_sigma_or_a_dotted_i_is_lower_cased_token_by_token(line: str) -> None:
    # At once, the sigma reads past its token (final or not) and the dotted I gains a
    # combining dot that is no word character: both would change the tokens.
    expected = [t.lower() for t in tokens(line)]
    assert tokens(line.lower()) != expected or line == "Σ"
    assert kept_tokens([line, "x"]) == [t for t in [*expected, "x"] if batch._is_kept(t)]


def kept_tokens(lines: list[str]) -> list[str]:
    """`batch._kept_tokens` of the lines, as `batch.page_facts` calls it, checked against
    its flags: every kept token, lower-cased, in order."""
    joined = "".join(lines)
    lengths = np.array([len(line) for line in lines], dtype=np.int64)
    starts, token_lengths = batch._token_places(batch._code_points(joined), lengths)
    line_of = np.searchsorted(np.cumsum(lengths), starts, side="right")
    text = "\n".join(lines)
    kept, found = batch._kept_tokens(lines, (text, text.lower()), starts + line_of, token_lengths)
    every = [t.lower() for line in lines for t in tokens(line)]
    assert found == [t for t, k in zip(every, kept.tolist(), strict=True) if k]
    return found


def token_places_reference(lines: list[str]) -> tuple[list[int], list[int]]:
    """Each line's `text.tokens`, as places in the lines joined without a separator: where
    each starts and how long it is (``\\w+`` found line by line, the first-written way)."""
    starts, lengths, offset = [], [], 0
    for line in lines:
        for found in re.finditer(r"\w+", line):
            starts.append(offset + found.start())
            lengths.append(len(found.group()))
        offset += len(line)
    return starts, lengths


@given(st.lists(st.one_of(any_line, st.sampled_from(["", "ab", "a\nb", "x_y1"])), max_size=8))
@example(["ab", "cd", "", "e\nf", "\ud800x_y", "ab ", " cd"])
def test_token_places_are_each_lines_tokens(lines: list[str]) -> None:
    # One reading of the word characters gives both ends of every token (`_token_places`),
    # where the ends were read again from the page lower-cased: a token at a line's end
    # stops there even when the next line opens with a word character.
    lengths = np.array([len(line) for line in lines], dtype=np.int64)
    starts, found = batch._token_places(batch._code_points("".join(lines)), lengths)
    assert (starts.tolist(), found.tolist()) == token_places_reference(lines)


# Stoplist words of every length a long word has, and tokens sharing some of their letters.
stoplist_like = st.sampled_from(["because", "through", "zwischen", "pourquoi", "ainsi", "porque"])


@given(st.lists(st.one_of(any_line, stoplist_like, stoplist_like.map(str.upper)), max_size=8))
@example(["ab", "cd", "", "e\nf", "\ud800x_y", "\U0001d400\u0301z", "Ⅻ 12 ½"])
@example(["Because THROUGH becausx bxcause 12345 _____ abcdefghijklmnop", "Ünd"])
@example(["Because THROUGH becausx bxcause 12345 _____ abcdefghijklmnop", "Ünd ΑΣΣ"])
def test_kept_tokens_are_each_lines_own_and_hold_every_short_or_stoplist_word(
    lines: list[str],
) -> None:
    expected = [[t.lower() for t in tokens(line)] for line in lines]
    found = kept_tokens(lines)
    assert [t for toks in expected for t in toks if batch._is_kept(t)] == [
        t for t in found if batch._is_kept(t)
    ]
    lengths = np.array([len(line) for line in lines], dtype=np.int64)
    starts, _ = batch._token_places(batch._code_points("".join(lines)), lengths)
    line_of = np.searchsorted(np.cumsum(lengths), starts, side="right")
    counts = np.bincount(line_of, minlength=len(lines)).tolist()
    assert counts == [len(toks) for toks in expected]


def test_every_stoplist_word_passes_the_kept_token_screen() -> None:
    # `batch._may_be_kept` leaves out a long token only when no stoplist word of its length
    # has its key: each stoplist word, as a token of a page, is kept.
    words = [w for w in batch._membership_kinds()[0] if batch.tokens(w) == [w]]
    assert len(words) > 800
    assert kept_tokens([" ".join(words)]) == words
    assert batch._long_word_keys()[0] == max(map(len, words))


sentence_ends = st.text(alphabet=st.sampled_from(list(".!?\u2026。！？\"'\u201d\u2019)]\n a([")))


@given(st.one_of(sentence_ends, any_line))
@example('He said "so."\n')
@example("Why?)]\n\n")
@example("Done.\n")
@example('" .')
def test_a_sentence_end_read_from_the_lines_end_is_the_patterns(line: str) -> None:
    # `batch._ends_sentence` writes out `features._SENT_END_RE`: kept in step with it.
    assert (
        features._SENT_END_RE.pattern
        == "[.!?\\u2026\\u3002\\uff01\\uff1f][\\\"'\\u201d\\u2019)\\]]*$"
    )
    assert batch._ends_sentence(line) == (features._SENT_END_RE.search(line) is not None)


@given(st.lists(st.one_of(sentence_ends, any_line), max_size=8))
@example(["End.", "Why?", "\u3002", '"So."', "x.\n", "\n", ")", "a"])
def test_the_sentence_end_column_is_the_patterns(lines: list[str]) -> None:
    # Lines ending in a mark are read as matching without a test, the others tested.
    live = [line for line in lines if line]
    own = batch.page_facts(live).own[:, features.FEATURE_NAMES.index("sent_end")]
    assert own.tolist() == [float(bool(features._SENT_END_RE.search(s))) for s in live]
    assert batch._SENT_MARKS | batch._SENT_END_OPEN == features._SENT_END_LAST


def bits_counted_one_by_one(values: list[int], lengths: list[int]) -> list[list[int]]:
    """`batch._bits_by_line` written out: a line's count of each of the 8 bits."""
    out, at = [], 0
    for n in lengths:
        line = values[at : at + n]
        out.append([sum(v >> k & 1 for v in line) for k in range(8)])
        at += n
    return out


@st.composite
def byte_lines(draw: st.DrawFn) -> tuple[list[int], list[int]]:
    lengths = draw(st.lists(st.integers(0, 40), max_size=12))
    values = draw(st.lists(st.integers(0, 255), min_size=sum(lengths), max_size=sum(lengths)))
    return values, lengths


@given(byte_lines())
@example(([], [0, 0]))
@example(([255] * 5, [0, 5, 0]))
def test_bits_counted_by_fields_are_each_bits_count(case: tuple[list[int], list[int]]) -> None:
    # The 16-bit fields of `_bits_by_line` add up without a carry between them.
    values, lengths = case
    found = batch._bits_by_line(np.array(values, dtype=np.uint8), np.array(lengths, dtype=np.int64))
    assert found.tolist() == bits_counted_one_by_one(values, lengths)


@pytest.mark.parametrize(
    "long", [batch._FIELD_LIMIT - 1, batch._FIELD_LIMIT, 3 * batch._FIELD_LIMIT]
)
def test_bits_of_a_line_as_long_as_a_field_holds_or_longer_are_counted_exactly(long: int) -> None:
    # A line of 65,535 characters fills a field; a longer one takes the unpacked path.
    values = [255] * long + [1, 128, 0]
    lengths = [long, 2, 1]
    found = batch._bits_by_line(np.array(values, dtype=np.uint8), np.array(lengths, dtype=np.int64))
    assert found.tolist() == [[long] * 8, [1, 0, 0, 0, 0, 0, 0, 1], [0] * 8]


@pytest.mark.parametrize(
    "chars", [batch._BULLET_FIRST, batch._QUOTE_FIRST, features._SENT_END_LAST]
)
def test_a_code_point_is_in_a_set_by_its_table_as_by_the_set(chars: frozenset[str]) -> None:
    # `batch._in` looks code points up in a table as long as the largest member, plus one
    # entry past it that every larger code point reads.
    points = np.array([*range(0x3100), 0xFF1F, 0xFF20, 0x10FFFF], dtype=np.int64)
    expected = [chr(p) in chars for p in points.tolist()]
    assert batch._in(points, chars).tolist() == expected


def test_lower_case_read_by_code_point_is_str_islower_on_every_code_point() -> None:
    # The ``starts_lower`` column reads a line's first character so: in a table below its
    # size, one by one from there on (both ways taken here).
    points = np.arange(0x110000, dtype=np.int64)
    expected = [chr(p).islower() for p in range(0x110000)]
    assert batch._starts_lower(points).tolist() == expected
    below = points[: batch._LOWER_TABLE_SIZE]
    assert batch._starts_lower(below).tolist() == expected[: batch._LOWER_TABLE_SIZE]


def vocabulary_reference(lowered: list[str]) -> tuple[dict[str, int], list[int]]:
    """`batch._vocabulary` as first written: the distinct tokens in order of first
    appearance, numbered, then each token's number looked up."""
    index = {word: i for i, word in enumerate(dict.fromkeys(lowered))}
    return index, [index[word] for word in lowered]


@given(st.lists(st.sampled_from(["the", "a", "cat", "Σ", "x_y", "12", ""]) | any_line))
def test_the_vocabulary_numbers_tokens_by_first_appearance_as_the_reference(
    lowered: list[str],
) -> None:
    index, ids = batch._vocabulary(lowered)
    expected_index, expected_ids = vocabulary_reference(lowered)
    assert list(index.items()) == list(expected_index.items())
    assert ids.tolist() == expected_ids
    unknown = max(lowered, key=len, default="") + "!"  # longer than every token
    with pytest.raises(KeyError):  # no default left behind: an unknown word is no new id
        index[unknown]


counter_pieces = [*"0123456789.,kKmM\u212a \t-+()|x#€½٣", "share", "Views"]
counter_like = st.lists(st.sampled_from(counter_pieces), max_size=12).map("".join)


@given(st.lists(counter_like, min_size=1, max_size=6))
@example(["12k", "1,234.5 M", "٣ k", "(12)", "+3 \u212a", "½ 3", "12 xk", "3 shares", "9 Views"])
def test_the_counter_screen_keeps_every_line_the_counter_pattern_matches(lines: list[str]) -> None:
    # `batch._may_count` passes the lines with a digit and at most one letter or with one of
    # the pattern's literals: every line the pattern matches is among them.
    lines = [line for line in lines if line]
    if not lines:
        return
    text = "\n".join(lines)
    counter = batch._literals().arrays(lines, (text, text.lower()))[5]
    columns = {
        "digits": np.array([sum(c.isdigit() for c in line) for line in lines]),
        "alpha": np.array([sum(c.isalpha() for c in line) for line in lines]),
    }
    kept = set(batch._may_count(columns, counter).tolist())
    for i, line in enumerate(lines):
        if features._COUNTER_RE.search(line):
            assert i in kept, line
    assert_equal_to_line_facts(lines)


legal_pieces = [
    *("Trademark", "TRADEMARKS", "personal data", "Terms and Conditions", "spam", "rights "),
    *("reserved", "Datenschutz", "AGB", "Aviso legal", "mentions légales", " ", "-", "x"),
    *("\u0130", "\u0131", "\u017f", "\u212a", "\u03a3", "\u00c9", "_", "1", "\ud800"),
]
legal_like = st.lists(st.sampled_from(legal_pieces), max_size=10).map("".join)


@given(st.lists(st.one_of(legal_like, any_line, cue_lines()), max_size=8))
@example(["SPAM \u212aonsent", "reproduced \u0130", "\u0131nformativa", "uN\u017fubscribe"])
@example(["Aviso Legal", "MENTIONS LÉGALES", "spam_x", "xspam", "Σ spam", "consent\ud800"])
def test_the_legal_count_lower_cased_is_the_patterns_findall(lines: list[str]) -> None:
    # `batch._legal_count` counts in the line lower-cased (the reference: the pattern's own
    # ``findall``); the pattern's letters are checked over every code point in
    # test_page_split.py.
    count, findall = batch._legal_count(), cues.legal_re().findall
    for line in lines:
        assert count(line) == len(findall(line)), line


def test_the_legal_count_of_the_sample_pages_lines_is_the_patterns_findall() -> None:
    count, findall = batch._legal_count(), cues.legal_re().findall
    for path in SEEDS:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert count(line) == len(findall(line)), line
