"""The literal parts a rule's pattern needs (`corpusclean.rules.literals`): a line the
filter rejects must never be one the pattern matches, for every shipped rule of every
language and for any pattern."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from corpusclean.rules import builtin_languages, load_builtin_rules
from corpusclean.rules.literals import needs_filter, required_parts
from corpusclean.rules.rule import Rule
from strategies import keyword_documents, small_regexes

CASES_DIR = Path(__file__).parent / "cases"


def _flags(rule: Rule) -> int:
    return (re.IGNORECASE if rule.ignore_case else 0) | (re.VERBOSE if rule.verbose else 0)


SHIPPED = [(code, rule) for code in builtin_languages() for rule in load_builtin_rules(code)]
FILTERED = [(code, rule) for code, rule in SHIPPED if needs_filter(rule.pattern, _flags(rule))]


def _case_lines() -> list[str]:
    """Every input line of every rule case file (removed and kept cases, all languages)."""
    lines: list[str] = []
    for path in sorted(CASES_DIR.glob("rules*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data if isinstance(data, list) else data["cases"]:
            raw = case["input"]
            lines.extend([raw] if isinstance(raw, str) else raw)
    return lines


CASE_LINES = _case_lines()


@cache
def _compiled(pattern: str, flags: int) -> tuple[Callable[[str], object] | None, re.Pattern[str]]:
    return needs_filter(pattern, flags), re.compile(pattern, flags)


def _assert_filter_keeps(pattern: str, flags: int, line: str) -> None:
    holds, compiled = _compiled(pattern, flags)
    if holds is not None and compiled.fullmatch(line):
        assert holds(line), f"{pattern!r} matches {line!r}, but its filter rejects it"


def test_the_costly_anchored_rules_have_a_filter() -> None:
    # The rules tried on most short lines of an article (docs/benchmarks.md): each has one.
    names = {rule.name for code, rule in FILTERED if code == "en"}
    assert {"breadcrumb", "date_line", "timestamp_line", "byline"} <= names
    by_name = {rule.name: rule for code, rule in FILTERED if code == "en"}
    assert required_parts(by_name["timestamp_line"].pattern) == {"19", "20"}


@pytest.mark.parametrize(("code", "rule"), FILTERED, ids=[f"{c}-{r.name}" for c, r in FILTERED])
def test_no_case_line_a_rule_matches_is_filtered_out(code: str, rule: Rule) -> None:
    matched = 0
    for line in CASE_LINES:
        _assert_filter_keeps(rule.pattern, _flags(rule), line)
        matched += bool(rule.compile_trusted().fullmatch(line))  # type: ignore[union-attr]
    if code == "en":  # English cases: every filtered rule has positive examples
        assert matched > 0, f"no case line matches {rule.name}"


# Lookarounds are left out of the generated lines (from_regex would reject nearly all it
# draws): their rules are covered by the lines made of their parts and by the case lines.
GENERABLE = [
    (code, rule)
    for code, rule in FILTERED
    if "(?=" not in rule.pattern and "(?!" not in rule.pattern
]


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_no_line_a_rule_matches_is_filtered_out(data: st.DataObject) -> None:
    # Lines the pattern of a shipped rule matches, generated from it; and lines made of any
    # filtered rule's parts and casefold oddities, most of which it does not match.
    _code, rule = data.draw(st.sampled_from(GENERABLE))
    line = data.draw(st.from_regex(rule.compile_trusted(), fullmatch=True))  # type: ignore[arg-type]
    _assert_filter_keeps(rule.pattern, _flags(rule), line)
    _code, rule = data.draw(st.sampled_from(FILTERED))
    parts = required_parts(rule.pattern, _flags(rule)) or frozenset()
    plain = sorted(re.sub(r"\\(.)", r"\1", part) for part in parts)
    for line in data.draw(keyword_documents([*plain, "2019", "10:30", "By", "Home"])):
        _assert_filter_keeps(rule.pattern, _flags(rule), line)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(pattern=small_regexes(), ignore_case=st.booleans(), data=st.data())
def test_the_filter_of_any_pattern_keeps_every_line_it_matches(
    pattern: str, ignore_case: bool, data: st.DataObject
) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    compiled = re.compile(pattern, flags)
    try:
        line = data.draw(st.from_regex(compiled, fullmatch=True))
    except Exception:  # hypothesis cannot generate for every construct (lookarounds)
        line = data.draw(st.text(alphabet="aBby/>:1920é İK,-. ", max_size=20))
    assume(compiled.fullmatch(line))
    _assert_filter_keeps(pattern, flags, line)


def test_a_pattern_with_no_readable_need_has_no_filter() -> None:
    assert needs_filter(r".{0,40}") is None
    assert needs_filter(r"(?i:by)\w+") is None  # a group that changes flags is not read
    assert needs_filter(r"(a|.*)") is None  # one alternative needs nothing
    assert needs_filter(r"(?<=x)y?") is None
