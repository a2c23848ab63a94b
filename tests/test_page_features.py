"""The optimised page path equals a recompute-everything reference (`page_reference`).

Page mode computes each line's own features once per document, with character classes, and
reuses them across its passes and the rounds it alternates with the rules; the reference
computes everything from scratch, one character at a time, on every pass. Floats must be
equal, not close: the model's decisions could flip on the last bit.
"""

from __future__ import annotations

import math
import re
import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import page_reference as ref
from corpusclean.page import (
    LineFactsCache,
    classify_page_lines,
    cues,
    detect,
    dropped_page_lines,
    features,
)
from corpusclean.page import chars as chars_module
from corpusclean.page.chars import (
    CODE_BASE,
    _tables,
    char_counts,
    every_code_point,
    word_runs,
)
from corpusclean.page.context import side_max, window_max, window_mean
from corpusclean.page.cues import CASE_EXCEPTIONS, cue_candidates
from corpusclean.page.detect import classify_with_model
from corpusclean.page.features import PageStats, _char_mix
from corpusclean.page.model import load_model
from corpusclean.page.model import prior_features as fast_prior_features
from corpusclean.page.model import score_lines as fast_score_lines
from corpusclean.text import tokens
from page_reference import char_mix, kept_lines, page_stats, prior_features, score_lines
from page_reference import pick_stoplist as reference_pick_stoplist
from strategies import PAGE_ODDITIES, WORDS, cue_lines, page_lines

any_line = st.text(alphabet=st.characters(codec=None, categories=None), max_size=60)


def live(lines: list[str]) -> list[str]:
    return [s.strip() for s in lines if s.strip()]


def test_every_code_point_is_each_chr_in_order() -> None:
    # The tables of `chars` and `batch` test each character of it.
    assert every_code_point() == "".join(map(chr, range(sys.maxunicode + 1)))


def test_word_runs_are_the_runs_of_word_characters_among_every_code_point() -> None:
    # The one scan both word tables read (`chars._tables`, `batch._word_table`), against the
    # runs of ``\w+`` found in a string of every code point made another way.
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    runs = [(found.start(), found.group()) for found in re.finditer(r"\w+", every)]
    assert list(word_runs()) == runs


def test_character_tables_equal_the_str_predicates_on_every_code_point() -> None:
    table, case, _ = _tables()
    every = [chr(code) for code in range(sys.maxunicode + 1)]
    for c, code in zip(every, "".join(every).translate(table), strict=True):
        bits = ord(code) - CODE_BASE
        cjk = "\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af"
        assert (bits & 1, bits & 2, bits & 4, bits & 8, bits & 16, bits & 32) == (
            c.isspace(),
            2 * c.isdigit(),
            4 * c.isalpha(),
            8 * cjk,
            16 * (features._PUNCT_RE.match(c) is not None),
            32 * (features._SEP_RE.match(c) is not None),
        )
    for c, code in zip(every, "".join(every).translate(case), strict=True):
        has_case = c.isalpha() and c.lower() != c.upper()
        assert code == ("0" if not has_case else "2" if c.isupper() else "1")


def tables_reference() -> tuple[str, str, tuple[tuple[str, int], ...]]:
    """`chars._tables` as first written: three ``str`` predicates tested on every code
    point, then each letter's case."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    bits = bytearray(len(every))
    for test, bit in (("isspace", 1), ("isdigit", 2), ("isalpha", 4)):
        for code in [ord(c) for c in every if getattr(c, test)()]:
            bits[code] |= bit
    for first, last in ((0x3040, 0x9FFF), (0xAC00, 0xD7AF)):
        for code in range(first, last + 1):
            bits[code] |= 8
    for chars, bit in ((chars_module.PUNCTUATION, 16), (chars_module.SEPARATORS, 32)):
        for code in map(ord, chars):
            bits[code] |= bit
    case = bytearray(b"0") * len(every)
    for c in every:
        if c.isalpha() and c.lower() != c.upper():
            case[ord(c)] = ord("2" if c.isupper() else "1")
    used = tuple((chr(CODE_BASE + b), b) for b in sorted(set(bits)) if b)
    table = bits.translate(bytes((CODE_BASE + b) % 128 for b in range(256))).decode("ascii")
    return table, case.decode("ascii"), used


def test_character_tables_equal_the_first_written_tables() -> None:
    # `_tables` scans with `re` classes and tests runs of ``\w`` whole; the reference tests
    # every code point with each predicate.
    assert _tables() == tables_reference()


def test_only_the_case_exceptions_match_an_ascii_letter_unlike_their_lower_case() -> None:
    # Why lower-casing a page finds every case-insensitive cue word (see `page.cues`).
    letters = re.compile("[a-z]", re.IGNORECASE)
    every = "".join(chr(code) for code in range(128, sys.maxunicode + 1))
    odd = {c for c in letters.findall(every) if len(c.lower()) != 1 or not c.lower().isascii()}
    assert odd == set(CASE_EXCEPTIONS)
    assert [c for c in every if len(c.lower()) != 1] == ["\u0130"]


@given(any_line)
@example("Top 10 ÉTÉ news")
@example("_Ab 3x ²½ ǅa")
@example("\u3000東京\u3000")
def test_char_mix_equals_the_character_loop(line: str) -> None:
    assert _char_mix(line, char_counts(line, tokens(line))) == char_mix(line, tokens(line))


@given(st.lists(st.one_of(any_line, st.sampled_from(PAGE_ODDITIES)), max_size=12))
def test_char_counts_of_a_line_do_not_depend_on_other_lines(lines: list[str]) -> None:
    alone = [vars_of(char_counts(line, tokens(line))) for line in lines]
    again = [vars_of(char_counts(line, tokens(line))) for line in reversed(lines)]
    assert again == alone[::-1]


def vars_of(counts: object) -> tuple[int, ...]:
    names = ("nonspace", "digits", "alpha", "cjk", "cased_tokens", "upper_tokens")
    names += ("punctuation", "separators")
    return tuple(getattr(counts, name) for name in names)


@given(page_lines())
def test_feature_rows_and_scores_equal_the_reference(lines: list[str]) -> None:
    text = live(lines)
    assert fast_prior_features(text) == prior_features(text)
    assert fast_score_lines(text, load_model()) == score_lines(text, load_model())


@given(page_lines(), st.data())
def test_a_warm_cache_gives_the_same_rows_as_a_cold_one(
    lines: list[str], data: st.DataObject
) -> None:
    text = live(lines)
    cache = LineFactsCache()
    fast_prior_features(text, cache)
    subset = [s for s in text if data.draw(st.booleans())]  # a later pass: fewer lines
    assert fast_prior_features(subset, cache) == prior_features(subset)
    assert len(cache) == len(set(text))


@given(st.lists(st.one_of(st.sampled_from(WORDS), any_line), max_size=30))
@example(["the", "der", "the", "la", "und"])
def test_stoplist_hits_count_each_list_s_words(words: list[str]) -> None:
    lowered = [w.lower() for w in words]
    lists = features.stopword_lists().values()
    expected = (*(sum(w in stops for w in lowered) for stops in lists), len(lowered))
    assert features.stoplist_hits(lowered) == expected


@given(any_line)
@example("a, b; c. | d » e / f \\ g。")
def test_punctuation_and_separator_counts_equal_the_patterns(line: str) -> None:
    counts = char_counts(line, tokens(line))
    assert counts.punctuation == len(features._PUNCT_RE.findall(line))
    assert counts.separators == len(features._SEP_RE.findall(line))


@given(page_lines())
def test_page_stats_equal_the_reference(lines: list[str]) -> None:
    text = live(lines)
    stats = PageStats(text)
    assert (stats.stoplist, stats.page_stops, stats.dup, stats.n_lines) == page_stats(text)


# Drawn by `test_a_long_run_of_tiny_lines_goes_whole_...` in the thirtieth session's full run
# (and the same at its start): short comma lines between two kept sentences, which the
# library's inset pass keeps and the reference did not model until then.
TINY_RUN_OVER_SHORT_LINES = [
    *["1"] * 6,
    "",
    *["1"] * 27,
    "-",
    *["Share this on"] * 12,
    "Jan 5, 2020",
    "Government the the the the the, the the the comments.",
    "Government the the the the the the, the the minister minister comments.",
    "Government Government",
    "Government the the the, the comments comments.",
    "Government the the the, minister photo June.",
    '"Government the the minister," he said.',
]


@given(page_lines())
@example(TINY_RUN_OVER_SHORT_LINES)
def test_kept_lines_equal_the_recompute_everything_loop(lines: list[str]) -> None:
    verdicts = classify_page_lines(lines)
    assert {i for i, v in enumerate(verdicts) if v.keep} == kept_lines(lines, load_model())


@given(page_lines(), page_lines())
def test_a_cache_used_before_does_not_change_verdicts(first: list[str], lines: list[str]) -> None:
    cache = LineFactsCache()
    classify_with_model(first, load_model(), cache)
    assert classify_with_model(lines, load_model(), cache) == classify_page_lines(lines)


@given(page_lines())
def test_pick_stoplist_equals_one_count_of_the_whole_page(lines: list[str]) -> None:
    lowered = [[t.lower() for t in tokens(s)] for s in lines]
    assert features.pick_stoplist(lowered) == reference_pick_stoplist(lowered)


scores = st.lists(
    st.one_of(st.sampled_from((0.0, -0.0, 6.0, -6.0)), st.floats(-6.0, 6.0)), max_size=30
)


def signed(values: list[float]) -> list[tuple[float, float]]:
    """Values with their signs, so that 0.0 and -0.0 count as different."""
    return [(v, math.copysign(1.0, v)) for v in values]


@given(scores, st.integers(1, 12), st.booleans())
def test_windows_equal_the_one_position_at_a_time_reference(
    values: list[float], k: int, before: bool
) -> None:
    assert signed(window_mean(values, k, before)) == signed(ref.window_mean(values, k, before))
    assert signed(side_max(values, k, before, -6.0)) == signed(
        ref.side_max(values, k, before, -6.0)
    )
    assert signed(window_max(values, k)) == signed(ref.window_max(values, k))


@given(st.lists(st.sampled_from(PAGE_ODDITIES), min_size=1, max_size=5), st.integers(1, 400))
def test_each_distinct_line_gets_its_facts_once_per_document(
    distinct: list[str], copies: int
) -> None:
    # Many tiny repeated lines (the pathological page) cost one feature row per distinct
    # line, whatever the number of passes: the cache never holds more.
    lines = [distinct[i % len(distinct)] for i in range(copies)]
    cache = LineFactsCache()
    classify_with_model(lines, load_model(), cache)
    text = [s.strip() for s in lines]
    debris = ref.tiny_runs(text)  # dropped in bulk, never scored
    assert len(cache) == len({s for i, s in enumerate(text) if s and i not in debris})


CUE_PATTERNS = (
    (cues.BOILER, cues.boiler_re()),
    (cues.COMMENT, cues.comment_re()),
    (cues.CAPTION, cues.caption_re()),
    (cues.LEGAL, cues.legal_re()),
    (cues.URL, cues.URL_RE),
)


@given(st.lists(st.one_of(cue_lines(), any_line, st.sampled_from(PAGE_ODDITIES)), max_size=8))
@example(["İN REPLY TO x", "ſpam", "Sign In"])
@example(["a\nb", "Reply"])
def test_a_line_a_cue_pattern_matches_is_a_candidate_for_it(lines: list[str]) -> None:
    for line, mask in zip(lines, cue_candidates(lines), strict=True):
        for bit, pattern in CUE_PATTERNS:
            assert mask & bit or not pattern.search(line), (line, pattern.pattern[:30])


@pytest.mark.skipif(
    not cues.automaton_available(), reason="the fast extra (ahocorasick-rs) is not installed"
)
@given(st.lists(st.one_of(cue_lines(), any_line, st.sampled_from(PAGE_ODDITIES)), max_size=8))
@example(["İN REPLY TO x", "ſpam", "Sign In"])
@example(["#tag @you", "sign in", "Ühttp://x"])
@example(["\ud800 sign in", "Reply"])
def test_the_automaton_finds_the_candidates_the_substring_search_finds(lines: list[str]) -> None:
    assert cue_candidates(lines) == cue_candidates(lines, use_automaton=False)


# Characters of two, three and four UTF-8 bytes, and a lone surrogate, before and between
# cue literals: the automaton searches the text's bytes, where lines start elsewhere than
# in its characters.
_WIDE = st.text(st.sampled_from("é“—東ネ한😀\ud800 İ"), max_size=4)
_CUE_LITERALS = sorted({literal for group in cues.cue_group()[:2] for literal, _bit in group})


@pytest.mark.skipif(
    not cues.automaton_available(), reason="the fast extra (ahocorasick-rs) is not installed"
)
@given(
    st.lists(
        st.lists(st.one_of(_WIDE, st.sampled_from(_CUE_LITERALS)), max_size=4).map("".join),
        max_size=8,
    )
)
def test_the_bytes_automaton_finds_literals_after_wide_characters(lines: list[str]) -> None:
    assert cue_candidates(lines) == cue_candidates(lines, use_automaton=False)


@given(page_lines())
def test_dropped_lines_are_the_lines_whose_verdict_drops_them(lines: list[str]) -> None:
    verdicts = classify_page_lines(lines)
    expected = {i: v.reason for i, v in enumerate(verdicts) if not v.keep}
    assert dropped_page_lines(lines) == expected


tiny_lines = st.lists(
    st.one_of(st.text(st.sampled_from("ab|.-•1 "), min_size=1, max_size=3), st.just("")),
    min_size=detect.TINY_RUN_MIN_LINES - 5,
    max_size=detect.TINY_RUN_MIN_LINES + 60,
)


@given(st.lists(st.sampled_from(["", "ab", "1", "|", "Home page", "A long line."]), max_size=260))
@example(["ab"] * detect.TINY_RUN_MIN_LINES)
@example(["ab"] * (detect.TINY_RUN_MIN_LINES - 1) + ["", "Menu", "ab"])
@example(["ab", ""] * detect.TINY_RUN_MIN_LINES + ["Menu"])
def test_tiny_runs_are_the_reference_runs(text: list[str]) -> None:
    # `_tiny_runs` answers "none" without reading line by line when the page holds fewer
    # tiny lines in all than a run needs: the same runs as the reference's.
    assert set(detect._tiny_runs(text)) == ref.tiny_runs(text)


@pytest.mark.parametrize("n", range(6))
def test_flags_between_are_the_lines_of_the_run(n: int) -> None:
    for start in range(n + 1):
        for end in range(start, n + 1):
            expected = [start <= i < end for i in range(n)]
            assert detect._flags_between(start, end, n) == expected


@given(page_lines(), tiny_lines, st.data())
def test_a_long_run_of_tiny_lines_goes_whole_and_the_rest_is_classified_without_it(
    lines: list[str], run: list[str], data: st.DataObject
) -> None:
    at = data.draw(st.integers(0, len(lines)))
    page = lines[:at] + run + lines[at:]
    verdicts = classify_page_lines(page)
    assert {i for i, v in enumerate(verdicts) if v.keep} == kept_lines(page, load_model())
    inside = range(at, at + len(run))
    if sum(1 for s in run if s.strip()) >= detect.TINY_RUN_MIN_LINES:
        assert not any(verdicts[i].keep for i in inside)
        rest = [verdicts[i] for i in range(len(page)) if i not in inside]
        alone = classify_page_lines(lines[:at] + lines[at:])
        if not any(len(s.strip()) <= detect.TINY_LINE_MAX_CHARS for s in lines):
            assert [v.keep for v in rest] == [v.keep for v in alone]
