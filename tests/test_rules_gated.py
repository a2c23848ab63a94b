"""Anchored rules tried only on lines holding a keyword their pattern needs.

A built-in rule that is anchored on its start is tried on a line only when the line holds
one of the parts its pattern needs (`literals.needs_filter`). For a case-insensitive pattern
those parts hold no letters, and `platform_footer_credit`'s reduced to " " or "-": it was
tried on nearly every short line and matched none. Such rules are tried only on lines
holding one of the keywords read from their patterns (`engine._anchored_keywords`), found
with the other rules' keywords. These tests compare the matcher with the reference (every
rule in file order, no shortcuts) on lines made of the gated rules' keywords and on lines
their patterns match.
"""

from __future__ import annotations

import re
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus_files import need
from corpusclean.rules import RuleMatcher, builtin_languages, engine, load_builtin_rules
from corpusclean.rules.keywords import keywords_in
from corpusclean.rules.literals import without_leading_lookarounds
from corpusclean.rules.rule import Rule
from corpusclean.text import word_count
from rule_reference import builtin_matcher, first_rule_in_file_order
from strategies import case_variants, keyword_documents

# Rules are gated only where the keyword automaton runs (the `fast` extra): skipped in the
# README's run, run in CI's extras stage, where a missing extra fails.
need("ahocorasick_rs")


def _gated(matcher: RuleMatcher) -> dict[str, frozenset[str]]:
    return {name: k for length in matcher._classes for name, k in length.gated.items()}


GATED = sorted(
    {
        (language, rule.name, keywords)
        for language in builtin_languages()
        for rule in load_builtin_rules(language)
        if (keywords := _gated(builtin_matcher(language)).get(rule.name)) is not None
    },
    key=lambda entry: (entry[0], entry[1]),
)


def _rule(language: str, name: str) -> Rule:
    return next(r for r in builtin_matcher(language).rules if r.name == name)


def _assert_as_reference(language: str, line: str) -> None:
    matcher = builtin_matcher(language)
    words = word_count(line)
    expected = first_rule_in_file_order(matcher.rules, line, words)
    assert matcher.match(line, words) == expected, line
    assert matcher.for_document(["Intro text", line]).match(line, words) == expected, line


def test_the_rules_whose_filters_read_no_letter_are_gated() -> None:
    gated = _gated(builtin_matcher("en"))
    assert "platform_footer_credit" in gated
    # The gate lets through the lines the rule is for, in any language it was written for
    # (the keywords read from its pattern change as alternatives are added).
    for credit in ("powered by wordpress", "drivs med wordpress", "powered by blogger"):
        assert any(keyword in credit for keyword in gated["platform_footer_credit"]), credit
    # A filter that holds letters is kept as it is; short keywords gate nothing.
    assert "byline" not in gated
    assert "page_ui" not in gated
    assert all(min(map(len, k)) >= engine.MIN_GATE_KEYWORD for k in gated.values())


def test_a_gated_rule_is_planned_only_for_lines_holding_its_keywords() -> None:
    matcher = builtin_matcher("en")
    rules = {r.name: r for r in matcher.rules}
    for line, planned in [
        ("Proudly powered by WordPress", True),
        ("Powered by Blogger.", True),
        ("Stolz präsentiert von WordPress", True),
        ("The mayor - who spoke first - said so", False),
        ("Powered by the wind, the boat sailed on", False),
    ]:
        words = word_count(line)
        here = keywords_in(line, matcher._searched)
        plan = matcher.plan(words, line[: engine.PREFIX_CHARACTERS], here)
        assert (rules["platform_footer_credit"] in [r for r, _n, _m in plan]) is planned, line
        _assert_as_reference("en", line)


def test_prose_about_the_platforms_is_not_removed() -> None:
    # Precision: lines naming the platforms in prose match no rule, gated or not.
    for line in [
        "WordPress powers a large share of the web, the survey found.",
        "She said the blog, powered by WordPress since 2010, would close.",
        "Cookiebot by Usercentrics was fined, the regulator said on Monday.",
    ]:
        assert builtin_matcher("en").match(line, word_count(line)) is None, line
        _assert_as_reference("en", line)


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_gated_rules_match_as_the_reference_on_lines_of_their_keywords(
    data: st.DataObject,
) -> None:
    language, _name, keywords = data.draw(st.sampled_from(GATED))
    for line in data.draw(keyword_documents(sorted(keywords))):
        _assert_as_reference(language, data.draw(case_variants(line)))


@cache
def _rest(language: str, name: str) -> re.Pattern[str]:
    rule = _rule(language, name)
    flags = re.IGNORECASE if rule.ignore_case else 0
    return re.compile(without_leading_lookarounds(rule.pattern, flags), flags)


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_gated_rules_match_as_the_reference_on_lines_their_patterns_match(
    data: st.DataObject,
) -> None:
    # Lines of the pattern without its leading lookaheads (which `from_regex` cannot
    # draw): most of them match the rule, the rest (a lower-case start) must not.
    language, name, _keywords = data.draw(st.sampled_from(GATED))
    line = data.draw(st.from_regex(_rest(language, name), fullmatch=True))
    line = data.draw(case_variants(line))
    _assert_as_reference(language, line)
    _assert_as_reference(language, line[:1].upper() + line[1:])
