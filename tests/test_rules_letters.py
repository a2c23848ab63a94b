"""Rules left out for a line that holds no letter (`RuleMatcher.letterless_plan`).

A line of digits, signs and spaces ("123", "12.03.", "| -") is tried only on the rules some
match of which may hold no letter: `literals.every_match_holds_a_letter` reads the others
off their patterns. These tests hold that reading to what `re` matches (every code point
that `re` ignoring case matches with a letter is a letter, but U+0345) and the matcher to
the reference (every rule in file order, no shortcuts) on letterless lines of every shipped
language.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.rules import builtin_languages, load_builtin_rules
from corpusclean.rules.literals import FOLDS_WITH_NON_LETTER, every_match_holds_a_letter
from corpusclean.text import LETTER, has_letter, word_count
from rule_reference import builtin_matcher, first_rule_in_file_order


def test_the_letters_re_matches_ignoring_case_with_a_non_letter() -> None:
    # `re` ignoring case matches a character with every character of the same lowering
    # (`_sre.unicode_tolower`) and, for a few, with the lowerings of its extra cases
    # (`re._casefix`): read from `re` itself, over every code point, the letters so matched
    # with a character that is no letter are exactly `FOLDS_WITH_NON_LETTER`.
    sre = pytest.importorskip("_sre")
    casefix = pytest.importorskip("re._casefix")
    lowered: dict[int, list[int]] = {}
    for code in range(sys.maxunicode + 1):
        if not 0xD800 <= code <= 0xDFFF:
            lowered.setdefault(sre.unicode_tolower(code), []).append(code)
    families = [set(members) for members in lowered.values()]
    for lower, extra in casefix._EXTRA_CASES.items():
        families.append({*lowered[lower], *(c for e in extra for c in lowered.get(e, ()))})
    mixed = set()
    for family in families:
        letters = {code for code in family if LETTER.match(chr(code))}
        if letters and letters != family:
            mixed |= letters
    assert {chr(code) for code in mixed} == FOLDS_WITH_NON_LETTER
    for letter in FOLDS_WITH_NON_LETTER:  # as `re` matches it
        assert re.fullmatch(letter, "\u0345", re.IGNORECASE)
    assert not every_match_holds_a_letter("(?i:ι)") and every_match_holds_a_letter("ι")


def test_reading_examples() -> None:
    assert every_match_holds_a_letter(r"\d+ comments?", re.IGNORECASE)
    assert every_match_holds_a_letter(r"(?:[Bb]y|\d+ min read)")
    assert every_match_holds_a_letter(r"(?=.*[a-z])[\d ]+[a-z]*")  # a lookahead's letter
    assert every_match_holds_a_letter(r"[а-я]+ \d")
    assert every_match_holds_a_letter("(?i:Ä)") and every_match_holds_a_letter("(?i:b|a)7?")
    assert every_match_holds_a_letter(r"\d+ [^\W\d_]+")  # `text.LETTER`'s class
    assert not every_match_holds_a_letter(r"(?i)\d+ [^\W\d_]+")  # case-blind: not read
    assert not every_match_holds_a_letter(r"\d+|comments")  # one alternative has none
    assert not every_match_holds_a_letter(r"(?:by )?\d+")  # optional
    assert not every_match_holds_a_letter(r"[^\d]+")  # a negated class holds signs too
    assert not every_match_holds_a_letter(r"\w+")  # a category holds digits
    assert not every_match_holds_a_letter(r"[a-z0-9]+")
    assert not every_match_holds_a_letter(r"(?!x)\d+")  # a negative lookahead reads none
    assert not every_match_holds_a_letter(r"([a-z])?\d+(?(1)x)")
    assert not every_match_holds_a_letter("[")  # no pattern


# Letterless text: digits of several scripts, signs, curly quotes, spaces and NBSP.
_LETTERLESS = st.text(
    st.sampled_from(list("0123456789٣٤१२０１²½.,:;/|-–—·•()[]#%+*&@©°“”‘’«» \u00a0\u0345")),
    min_size=1,
    max_size=14,
)


@settings(max_examples=300, deadline=None)
@given(line=_LETTERLESS, language=st.sampled_from(sorted(builtin_languages())))
def test_letterless_lines_match_as_the_reference(line: str, language: str) -> None:
    line = line.strip()
    if not line or has_letter(line):
        return
    matcher = builtin_matcher(language)
    words = word_count(line)
    expected = first_rule_in_file_order(matcher.rules, line, words)
    assert matcher.match(line, words) == expected
    assert matcher.for_document([line]).match(line, words) == expected


@settings(max_examples=200, deadline=None)
@given(data=st.data(), language=st.sampled_from(sorted(builtin_languages())))
def test_a_rule_read_as_needing_a_letter_matches_no_letterless_line(
    data: st.DataObject, language: str
) -> None:
    rule = data.draw(st.sampled_from(load_builtin_rules(language)))
    flags = (re.IGNORECASE if rule.ignore_case else 0) | (re.VERBOSE if rule.verbose else 0)
    if not every_match_holds_a_letter(rule.guarded_pattern, flags):
        return
    compiled = rule.compile_trusted() or rule.compile()
    for _ in range(5):
        line = data.draw(_LETTERLESS)
        assert compiled.fullmatch(line) is None, (rule.name, line)


def test_the_shipped_dates_and_numbers_still_match() -> None:
    # Letterless lines some rules take: the plans left keep them.
    matcher = builtin_matcher("en")
    for line in ("12.03.2024", "12:30", "1 / 12"):
        assert matcher.match(line, word_count(line)) == first_rule_in_file_order(
            matcher.rules, line, word_count(line)
        )
