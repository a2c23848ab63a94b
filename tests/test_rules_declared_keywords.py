"""Rules of many alternatives whose keywords are declared by hand: each is necessary.

`platform_comment_form`, `consent_tool_banner` and `blog_platform_furniture` were anchored
rules tried on nearly every short line (their filters, `literals.needs_filter`, read no
letter, and their patterns' keywords are too many for one reading, `literals.MAX_KEYWORDS`),
matching none of them. They now declare keywords, so a line holding none is never tried on
them (issue #8). A declared keyword list is only safe if every line the pattern matches
holds one: these tests read each alternative's own keywords from the pattern and check that
each holds a declared one, and compare the matcher with the reference (every rule in file
order, no keywords) on lines drawn from the patterns. They run without the ``fast`` extra
too: the keywords are then found by substring searches, with the same answers.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpusclean.rules import builtin_languages, load_builtin_rules
from corpusclean.rules.fold import fold_case
from corpusclean.rules.literals import (
    required_keywords,
    split_top_level,
    without_leading_lookarounds,
)
from corpusclean.rules.rule import Rule
from corpusclean.text import word_count
from rule_reference import builtin_matcher
from strategies import case_variants
from test_rules_gated import _assert_as_reference, _rule

DECLARED = ("platform_comment_form", "consent_tool_banner", "blog_platform_furniture")


def _flags(rule: Rule) -> int:
    return re.IGNORECASE if rule.ignore_case else 0


def _alternatives(pattern: str) -> list[str]:
    """The pattern's alternatives, a group of alternatives around the whole opened."""
    found = []
    for alternative in split_top_level(pattern):
        inner = alternative[3:-1] if alternative.startswith("(?:") else ""
        if alternative.endswith(")") and len(split_top_level(inner)) > 1:
            found.extend(_alternatives(inner))
        else:
            found.append(alternative)
    return found


CASES = [
    (language, name)
    for language in builtin_languages()
    for name in DECLARED
    if any(r.name == name for r in load_builtin_rules(language))
]


@pytest.mark.parametrize("name", DECLARED)
def test_every_alternative_holds_a_declared_keyword(name: str) -> None:
    rule = _rule("en", name)
    declared = [fold_case(k) for k in rule.keywords]
    assert declared, name
    alternatives = _alternatives(without_leading_lookarounds(rule.pattern, _flags(rule)))
    assert len(alternatives) > 10, name  # the split reached the alternatives
    for alternative in alternatives:
        # Every whole-line match of the alternative holds one of these, once folded.
        keywords = required_keywords(alternative, _flags(rule))
        assert keywords is not None, alternative
        for keyword in keywords:
            assert any(d in keyword for d in declared), (alternative, keyword)


def test_the_rules_read_the_same_in_every_language() -> None:
    # platforms.toml is every rule set's: the test above covers each language's copy.
    for language, name in CASES:
        assert _rule(language, name) == _rule("en", name), (language, name)


def test_the_lines_the_rules_are_for_are_removed_and_prose_is_not() -> None:
    for line, name in [
        ("Leave a Reply Cancel reply", "platform_comment_form"),
        ("Name *", "platform_comment_form"),
        ("Your email address will not be published. Required fields are marked *", None),
        ("Manage Cookie Consent", "consent_tool_banner"),
        ("Newer Post Older Post Home", "blog_platform_furniture"),
        ("No hay comentarios:", "blog_platform_furniture"),
        # Precision: prose holding the keywords stays.
        ("The mayor declined to comment on the new cookie rules.", ""),
        ("Please reply by email to the address on the form, she said.", ""),
        ("Older posts in the archive were deleted, the company said.", ""),
    ]:
        found = builtin_matcher("en").match(line, word_count(line))
        if name == "":
            assert found is None, line
        elif name is not None:
            assert found is not None and found.name == name, line
        else:
            assert found is not None, line
        _assert_as_reference("en", line)


@cache
def _rest(name: str) -> re.Pattern[str]:
    rule = _rule("en", name)
    return re.compile(without_leading_lookarounds(rule.pattern, _flags(rule)), _flags(rule))


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_the_rules_match_as_the_reference_on_lines_their_patterns_match(
    data: st.DataObject,
) -> None:
    # Lines of the pattern without its leading lookaheads (which `from_regex` cannot draw):
    # most of them match the rule, the rest (a lower-case start) must not.
    language, name = data.draw(st.sampled_from(CASES))
    line = data.draw(st.from_regex(_rest(name), fullmatch=True))
    line = data.draw(case_variants(line))
    declared = [fold_case(k) for k in _rule(language, name).keywords]
    if _rest(name).fullmatch(line):
        assert any(k in fold_case(line) for k in declared), line
    _assert_as_reference(language, line)
    _assert_as_reference(language, line[:1].upper() + line[1:])
