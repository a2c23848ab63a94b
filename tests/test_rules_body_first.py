"""A rule's full match with its leading lookaheads tried last (`engine._BodyFirst`): a
speed-up only, so it must answer every line as the whole pattern's full match does."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpusclean.rules import builtin_languages, load_builtin_rules
from corpusclean.rules.engine import (
    _anchored_match,
    _body_first_by_alternative,
    _BodyFirst,
    _re_flags,
)
from corpusclean.rules.literals import alternatives, leading_lookaheads
from corpusclean.rules.rule import Rule
from strategies import small_regexes
from test_rules_literals import CASE_LINES


def _as_matched(rule: Rule) -> list[Rule]:
    """The rule as the matcher compiles it: guards inlined, and each top-level alternative
    alone (a rule that scans a line is tried by alternative, `engine._entry_for`)."""
    inlined = rule.with_guards_inlined()
    parts = alternatives(inlined.pattern, _re_flags(inlined))
    return [inlined] + [attrs.evolve(inlined, pattern=part) for part in parts if len(parts) > 1]


READ = [
    (code, part)
    for code in builtin_languages()
    for rule in load_builtin_rules(code)
    for part in _as_matched(rule)
    if _BodyFirst.of(part) is not None
]
# A guard's words after the case lines, so that the negative lookaheads fire.
LINES = [*CASE_LINES, *(f"{line}, the editor said" for line in CASE_LINES)]


def test_the_guarded_rules_are_read() -> None:
    # The rules whose guards cost most (a pass of the ASCII speed corpus) are so matched.
    names = {part.name for code, part in READ if code == "en"}
    assert {"feedback_call", "author_contact", "tip_call", "subscription_pitch"} <= names


@pytest.mark.parametrize(("code", "part"), READ, ids=lambda value: getattr(value, "name", value))
def test_a_shipped_pattern_answers_every_case_line_as_matched_whole(code: str, part: Rule) -> None:
    whole = part.compile_trusted()
    assert whole is not None
    body_first = _BodyFirst.of(part)
    assert body_first is not None
    for line in LINES:
        assert bool(body_first(line)) == bool(whole.fullmatch(line)), (code, part.name, line)


@st.composite
def lookaheads(draw: st.DrawFn) -> str:
    """A lookahead, positive or negative, that reads along the line (``.*``, ``.{0,3}``) or
    not; the first kind moves after the rest, the other stays in front of it."""
    reach = draw(st.sampled_from((".*", ".{0,3}", ".{1,}", "")))
    sign = "=" if draw(st.booleans()) else "!"
    return f"(?{sign}{reach}{draw(small_regexes())})"


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(
    opening=st.lists(lookaheads(), min_size=1, max_size=3),
    # In a group: what follows the lookaheads is no lookahead itself (nothing would be left).
    rest=small_regexes().map(lambda pattern: f"(?:{pattern})"),
    ignore_case=st.booleans(),
    line=st.text(alphabet="abAB .,x\n", max_size=12),
)
def test_any_pattern_answers_as_matched_whole(
    opening: list[str], rest: str, ignore_case: bool, line: str
) -> None:
    pattern = "".join(opening) + rest
    rule = Rule(
        name="probe", family="probe", pattern=pattern, reason="a probe", ignore_case=ignore_case
    )
    try:
        whole = re.compile(pattern, _re_flags(rule))
    except re.error:
        return
    # No top-level alternative, something after the lookaheads: always read apart.
    assert len(leading_lookaheads(pattern, _re_flags(rule))) >= len(opening)
    body_first = _BodyFirst.of(rule)
    if body_first is None:  # no lookahead reads along the line: matched whole
        return
    assert bool(body_first(line)) == bool(whole.fullmatch(line))


# The anchored rules matched alternative by alternative, each body first
# (`engine._body_first_by_alternative`, rules40).
ANCHORED = [
    (code, inlined)
    for code in builtin_languages()
    for rule in load_builtin_rules(code)
    if _anchored_match(inlined := rule.with_guards_inlined(), True) is not None
    and _body_first_by_alternative(inlined) is not None
]


def test_the_anchored_rules_with_guarded_alternatives_are_read() -> None:
    assert {(code, rule.name) for code, rule in ANCHORED} >= {("en", "app_promo")}


@pytest.mark.parametrize(
    ("code", "rule"), ANCHORED, ids=lambda value: getattr(value, "name", value)
)
def test_an_anchored_rule_by_alternative_answers_every_case_line_as_matched_whole(
    code: str, rule: Rule
) -> None:
    whole = rule.compile_trusted()
    assert whole is not None
    by_alternative = _body_first_by_alternative(rule)
    assert by_alternative is not None
    for line in LINES:
        assert bool(by_alternative(line)) == bool(whole.fullmatch(line)), (code, rule.name, line)


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(
    parts=st.lists(
        st.tuples(st.lists(lookaheads(), max_size=2), small_regexes()), min_size=2, max_size=4
    ),
    ignore_case=st.booleans(),
    line=st.text(alphabet="abAB .,x\n", max_size=12),
)
def test_any_pattern_by_alternative_answers_as_matched_whole(
    parts: list[tuple[list[str], str]], ignore_case: bool, line: str
) -> None:
    pattern = "|".join("".join(opening) + f"(?:{rest})" for opening, rest in parts)
    rule = Rule(
        name="probe", family="probe", pattern=pattern, reason="a probe", ignore_case=ignore_case
    )
    try:
        whole = re.compile(pattern, _re_flags(rule))
    except re.error:
        return
    by_alternative = _body_first_by_alternative(rule)
    if by_alternative is None:  # no alternative opens with a lookahead along the line
        return
    assert bool(by_alternative(line)) == bool(whole.fullmatch(line))
