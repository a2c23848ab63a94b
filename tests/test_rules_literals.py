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

from corpusclean.rules import builtin_languages, engine, literals, load_builtin_rules
from corpusclean.rules.engine import RuleMatcher, _search_keywords
from corpusclean.rules.keywords import keywords_in
from corpusclean.rules.literals import (
    alternatives,
    leading_alternatives,
    needs_filter,
    required_keywords,
    required_parts,
    without_leading_lookarounds,
)
from corpusclean.rules.rule import Rule
from strategies import case_variants, keyword_documents, small_regexes

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
    # A year's first two digits, and the digit after them (`literals._class_end`).
    assert required_parts(by_name["timestamp_line"].pattern) == {r"19[\d]", r"20[\d]"}


def test_a_large_class_ends_a_run_of_literals() -> None:
    # `inline_related_glued`'s kicker glued to its headline: "Remember winter?:Ice and ...".
    # Its need was ":" alone ([A-Z] is too large a class to read as characters), which 1,160
    # of the ASCII speed corpus's 9,014 lines hold; ":" and a capital, one.
    rules = {rule.name: rule for rule in load_builtin_rules("en")}
    glued = rules["inline_related_glued"]
    assert required_parts(glued.pattern) == {":[A-Z]"}
    holds = needs_filter(glued.pattern)
    assert holds is not None
    assert holds("Remember winter?:Ice and Slush Storm hits the county")
    assert not holds("Note: The meeting starts at 7:30 in the town hall")
    # The class is read only right after a run: alone, negated, or after a group of many
    # strings, it still needs nothing more.
    assert required_parts(r"[A-Z]\w+") is None
    assert required_parts(r"x:[^A-Z]") == {"x:"}
    assert required_parts(r"(?i)no\.[0-9]\d") == {r"\.[0-9]"}
    # A part ending in a class drops no plain part, and goes when its run holds one.
    assert required_parts(r"(a b[0-9]| )x") == {r"\ "}


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(
    run=st.sampled_from([":", "?:", " - ", "No.", "by "]),
    klass=st.sampled_from(["[A-Z]", "[0-9]", r"[\d.]", r"[\w-]", "[a-zé]"]),
    ignore_case=st.booleans(),
    data=st.data(),
)
def test_a_run_ending_in_a_class_keeps_every_line_the_pattern_matches(
    run: str, klass: str, ignore_case: bool, data: st.DataObject
) -> None:
    # The screened and the full path agree: every line the pattern matches passes the
    # filter, on lines made of the run, the class's characters and others around them.
    pattern = f".{{0,8}}{re.escape(run)}{klass}.{{0,8}}"
    flags = re.IGNORECASE if ignore_case else 0
    line = data.draw(st.text(alphabet=f"{run}aZé9.-_ K", max_size=24))
    _assert_filter_keeps(pattern, flags, line)
    _assert_filter_keeps(
        pattern, flags, data.draw(st.from_regex(re.compile(pattern, flags), fullmatch=True))
    )


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
def _generable(rules: list[tuple[str, Rule]]) -> list[tuple[str, Rule]]:
    return [(code, r) for code, r in rules if "(?=" not in r.pattern and "(?!" not in r.pattern]


GENERABLE = _generable(FILTERED)


@settings(deadline=None, suppress_health_check=list(HealthCheck))
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


@settings(deadline=None, suppress_health_check=list(HealthCheck))
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


# Keywords read from a pattern (`required_keywords`): every line the pattern matches holds
# one, once folded, under any case; and the keywords a trusted rule is tried on hold one of
# its declared keywords each, so they are never commoner than those.
WITH_KEYWORDS = [(code, rule) for code, rule in SHIPPED if rule.keywords]


@cache
def _required_keywords(
    pattern: str, flags: int, within: tuple[str, ...] | None
) -> frozenset[str] | None:
    return required_keywords(pattern, flags, within)


def _assert_keywords_hold(
    pattern: str, flags: int, within: tuple[str, ...] | None, line: str
) -> None:
    keywords = _required_keywords(pattern, flags, within)
    if keywords is not None and re.compile(pattern, flags).fullmatch(line):
        assert keywords_in(line, keywords), f"{pattern!r} matches {line!r} without {keywords}"


@pytest.mark.parametrize(
    ("code", "rule"), WITH_KEYWORDS, ids=[f"{c}-{r.name}" for c, r in WITH_KEYWORDS]
)
def test_a_rules_keywords_hold_in_every_case_line_it_matches(code: str, rule: Rule) -> None:
    searched = _search_keywords(rule, from_pattern=True)
    assert all(any(k in keyword for k in rule.keywords) for keyword in searched)
    compiled = rule.compile_trusted()
    assert compiled is not None
    for line in CASE_LINES:
        # Only where the declared keywords hold: they are the rule's data, and a line they
        # miss never reaches the rule, before and after (the Italian cookie_notice's "se
        # continui a navigare" alternative holds no "cookie").
        if compiled.fullmatch(line) and keywords_in(line, rule.keywords):
            assert keywords_in(line, searched), (rule.name, line)


def test_the_commonest_keywords_are_refined() -> None:
    # "this " and "your " held by about 3,800 lines a pass of the ASCII speed corpus.
    rules = {rule.name: rule for rule in load_builtin_rules("en")}
    syndication = _search_keywords(rules["syndication_note"], from_pattern=True)
    assert "this " not in syndication and {"this article", "this story"} <= syndication
    assert _search_keywords(rules["syndication_note"], from_pattern=False) == {
        "this ",
        "permission",
        "originally",
        "appeared first",
        "read the original",
        "distributed by",
    }


# Declared keywords that most English lines hold: a rule tried on them is tried on most lines.
COMMON_KEYWORDS = ("this ", "your ")


@pytest.mark.parametrize(
    "rule",
    [r for r in load_builtin_rules("en") if set(r.keywords) & set(COMMON_KEYWORDS)],
    ids=lambda rule: rule.name,
)
def test_no_rule_is_tried_on_a_common_keyword(rule: Rule) -> None:
    # A branch added to a rule can take its needs past `literals.MAX_KEYWORDS`: the rule then
    # falls back to its declared keywords, and "your " sent `form_consent` to 565 lines of
    # the ASCII speed corpus a pass instead of 11. Keep such branches readable.
    searched = _search_keywords(rule, from_pattern=True)
    assert not searched & set(COMMON_KEYWORDS), (rule.name, sorted(searched))


GENERABLE_WITH_KEYWORDS = _generable(WITH_KEYWORDS)


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_rules_keywords_hold_in_generated_lines_it_matches(data: st.DataObject) -> None:
    _code, rule = data.draw(st.sampled_from(GENERABLE_WITH_KEYWORDS))
    line = data.draw(st.from_regex(rule.compile_trusted(), fullmatch=True))  # type: ignore[arg-type]
    line = data.draw(case_variants(line))
    compiled = rule.compile_trusted()
    assert compiled is not None
    if compiled.fullmatch(line) and keywords_in(line, rule.keywords):
        assert keywords_in(line, _search_keywords(rule, from_pattern=True)), (rule.name, line)


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(pattern=small_regexes(), ignore_case=st.booleans(), data=st.data())
def test_the_keywords_of_any_pattern_hold_in_every_line_it_matches(
    pattern: str, ignore_case: bool, data: st.DataObject
) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    compiled = re.compile(pattern, flags)
    try:
        line = data.draw(st.from_regex(compiled, fullmatch=True))
    except Exception:  # hypothesis cannot generate for every construct (lookarounds)
        line = data.draw(st.text(alphabet="aBby/>:1920é İK,-. ", max_size=20))
    line = data.draw(case_variants(line))
    assume(compiled.fullmatch(line))
    _assert_keywords_hold(pattern, flags, None, line)


def test_the_matcher_reads_keywords_from_patterns_with_or_without_the_automaton() -> None:
    # Without the automaton the keywords are one pass of a pattern (`KeywordSearch`), not
    # one search each, so the keywords read from the patterns serve there too.
    rules = load_builtin_rules()
    matcher = RuleMatcher(rules, trusted=rules)
    assert "this " not in matcher.keywords and "this article" in matcher.keywords


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(parts=st.lists(small_regexes(), min_size=1, max_size=4), data=st.data())
def test_a_line_matches_a_pattern_when_it_matches_one_of_its_alternatives(
    parts: list[str], data: st.DataObject
) -> None:
    # The matcher tries a rule's alternatives apart (`engine._entry_for`): whatever the
    # line, the answer must be the whole pattern's.
    pattern = "|".join(parts)
    split = alternatives(pattern, re.IGNORECASE)
    assert "|".join(split) == pattern
    line = data.draw(
        st.one_of(
            st.sampled_from(parts).flatmap(
                lambda part: st.from_regex(re.compile(part), fullmatch=True)
            ),
            st.text(alphabet="aBby/>:1920é İK,-. ", max_size=20),
        )
    )
    whole = re.compile(pattern, re.IGNORECASE).fullmatch(line) is not None
    assert whole == any(re.compile(p, re.IGNORECASE).fullmatch(line) for p in split)


@given(
    parts=st.lists(small_regexes(), min_size=2, max_size=4),
    tail=small_regexes() | st.just(""),
    data=st.data(),
)
def test_a_line_matches_a_leading_group_when_it_matches_it_with_one_of_its_alternatives(
    parts: list[str], tail: str, data: st.DataObject
) -> None:
    # The matcher tries an anchored rule with the alternatives a line's start allows
    # (`engine._SplitByStart`): any subset of them holding the one that matches answers as
    # the whole pattern, so each alternative alone must answer as its share of the whole.
    pattern = "(" + "|".join(parts) + ")" + tail
    head, split, rest = leading_alternatives(pattern, re.IGNORECASE)
    assert head + "|".join(split) + rest == pattern
    line = data.draw(
        st.one_of(
            st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True),
            st.text(alphabet="aBby/>:1920é İK,-. ", max_size=20),
        )
    )
    whole = re.compile(pattern, re.IGNORECASE).fullmatch(line) is not None
    alone = [re.compile(head + p + rest, re.IGNORECASE).fullmatch(line) for p in split]
    assert whole == any(alone)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?>home|menu|more|less)x?",  # an atomic group keeps the first that matched
        r"(home|menu|more|less)++",  # so does a possessive repeat
        r"(home|menu|more|(less))\4?",  # a reference counts the groups of the whole
        r"(home|menu|more|less)+",  # a repeated group: one line may need two alternatives
        r"(?i:home|menu|more|less)x",  # flags of its own
        r"(home|menu)|(more|less)+",  # the top level splits first
    ],
)
def test_what_cannot_be_split_by_alternative_is_left_whole(pattern: str) -> None:
    head, split, tail = leading_alternatives(pattern)
    assert head + "|".join(split) + tail == pattern
    if pattern.startswith("(home|menu)|"):
        assert split == ("(home|menu)", "(more|less)+")
    else:
        assert split == (pattern,)


def test_shipped_rules_split_by_alternative_rebuild_their_pattern() -> None:
    split = 0
    for _code, rule in SHIPPED:
        head, parts, tail = leading_alternatives(rule.pattern, _flags(rule))
        assert head + "|".join(parts) + tail == rule.pattern, rule.name
        split += len(parts) >= engine.MIN_SPLIT_ALTERNATIVES
    assert split >= 10  # page_ui, related_list, comment_widget ... in several languages


def _tried(match: Callable[[str], object], line: str, here: frozenset[str] | None = None) -> bool:
    """Whether a rule's match, as a plan tries it (`engine.LengthClass.plan`), matches a
    line whose searched strings are ``here`` (by default those the line holds)."""
    if here is None:
        here = keywords_in(line, _searched_by(match))
    given = engine._given(match, here)
    return given is not None and bool(given(line))


def _searched_by(match: Callable[[str], object]) -> frozenset[str]:
    """The strings the matcher looks for on a rule's account: keywords and guard strings."""
    parts = match.parts if isinstance(match, engine._Alternatives) else ()
    return frozenset().union(*(needs for needs, _m in parts)) | engine._guard_strings(match)


def test_a_long_rule_is_tried_alternative_by_alternative() -> None:
    rules = {rule.name: rule for rule in load_builtin_rules("en")}
    _rule, keywords, match = engine._entry_for(rules["subscription_pitch"], True, True, 1.0)
    assert isinstance(match, engine._Alternatives) and len(match.parts) > 10
    assert keywords == frozenset().union(*(needs for needs, _match in match.parts))
    # Each alternative on what it needs: "you have reached your limit of ..." is not tried
    # on every line holding "support".
    assert any("support" not in needs for needs, _match in match.parts)
    line = "You have reached your limit of free articles this month."
    assert _tried(match, line)
    assert not _tried(match, line, frozenset({"support "}))


@pytest.mark.parametrize(
    ("pattern", "refers"),
    [
        (r"(a)\1|b", True),
        (r"(?P<x>a)(?P=x)|b", True),
        (r"(a)?(?(1)b|c)|d", True),
        (r"(a)(?=x|\1)|b", True),  # inside a lookahead
        (r"((a)|b(c\2)+)|d", True),  # inside a repeat inside a branch
        (r"\(?(abo|x)\)?|y", False),  # an escaped bracket made optional before a group
        (r"\\1|a", False),  # an escaped backslash, then "1"
        (r"\(\?P=x|a", False),  # "(?P=" spelled with escapes
        (r"[\1]x|ab", False),  # an octal escape in a class
    ],
)
def test_a_group_reference_is_read_from_the_pattern_itself(pattern: str, refers: bool) -> None:
    # A pattern holding a group reference is never split; one without one always may be
    # (its alternatives compile alone). The source test this replaced (rules40) also took
    # ``\(?(`` for a conditional and left the German `subscription_pitch` whole.
    assert literals._refers_to_group(pattern, 0) is refers
    assert (len(alternatives(pattern)) == 1) is refers


# The source test `_refers_to_group` replaced: it found every reference, and some more.
_REFERENCE_IN_SOURCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def test_a_shipped_pattern_refers_to_a_group_only_where_its_source_seemed_to() -> None:
    # The parse tree leaves fewer patterns whole than the source test did, never more: of
    # the shipped ones, only `consent_switch` (``\2``) refers to a group.
    referring = set()
    for code, rule in SHIPPED:
        if literals._refers_to_group(rule.pattern, _flags(rule)):
            assert _REFERENCE_IN_SOURCE.search(rule.pattern), rule.name
            referring.add((code, rule.name))
    assert {name for _code, name in referring} == {"consent_switch"}


def test_the_german_subscription_pitch_is_tried_alternative_by_alternative() -> None:
    # Left whole until rules40 (see above): 50 alternatives on every line holding one of its
    # keywords. Split, it answers every case line of every language as the whole pattern.
    rules = {rule.name: rule for rule in load_builtin_rules("de")}
    rule = rules["subscription_pitch"]
    _rule, _keywords, match = engine._entry_for(rule, True, True, 1.0)
    assert isinstance(match, engine._Alternatives) and len(match.parts) == 50
    whole = re.compile(rule.pattern, _flags(rule)).fullmatch
    matched = 0
    for line in CASE_LINES:
        expected = whole(line) is not None
        assert _tried(match, line) == expected, line
        matched += expected
    assert matched >= 20  # the German cases of the rule


LOOKING_AHEAD = [
    (code, rule)
    for code, rule in SHIPPED
    if without_leading_lookarounds(rule.pattern, _flags(rule)) != rule.pattern
]


@pytest.mark.parametrize(
    ("code", "rule"), LOOKING_AHEAD, ids=[f"{c}-{r.name}" for c, r in LOOKING_AHEAD]
)
def test_a_rule_without_its_leading_lookaheads_matches_every_case_line_it_matches(
    code: str, rule: Rule
) -> None:
    # The start oracle asks the cut pattern (`engine._StartOracle`): it must match every
    # line the rule does, or a line the rule matches would never be tried on it.
    whole = re.compile(rule.pattern, _flags(rule))
    cut = re.compile(without_leading_lookarounds(rule.pattern, _flags(rule)), _flags(rule))
    for line in CASE_LINES:
        if whole.fullmatch(line):
            assert cut.fullmatch(line), f"{rule.name} matches {line!r}, its cut pattern not"


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(
    heads=st.lists(st.sampled_from(["(?!.*b)", "(?=.{0,9}a)", "(?![^!]*!)"]), max_size=2),
    parts=st.lists(small_regexes(), min_size=1, max_size=3),
    line=st.text(alphabet="aBby/>:1920é İK,-.! ", max_size=20),
)
def test_a_pattern_without_its_leading_lookaheads_matches_every_line_it_matches(
    heads: list[str], parts: list[str], line: str
) -> None:
    pattern = "|".join("".join(heads) + part for part in parts)
    whole = re.compile(pattern, re.IGNORECASE)
    cut = re.compile(without_leading_lookarounds(pattern, re.IGNORECASE), re.IGNORECASE)
    if whole.fullmatch(line):
        assert cut.fullmatch(line)


def test_a_lookahead_is_cut_only_where_it_leads_every_alternative_it_rules() -> None:
    assert without_leading_lookarounds(r"(?!a)b|c") == "b|c"
    assert without_leading_lookarounds(r"b(?!a)") == "b(?!a)"  # not leading: kept
    assert without_leading_lookarounds(r"(?!a)(b)\1") == r"(?!a)(b)\1"  # a group reference
    assert without_leading_lookarounds(r"(?!a) b", re.VERBOSE) == r"(?!a) b"
    assert without_leading_lookarounds(r"(?![)]\))x") == "x"  # parentheses in a class, escaped


def test_a_start_the_rule_cannot_have_is_not_let_through_by_its_lookahead() -> None:
    # `regex` counts a partial match of "The" as partial when it runs out inside the
    # lookahead "(?!.*\b(said|says|told)\b)": asked with it, the oracle let every line
    # starting "The" be tried on `feedback_call` and `app_promo`.
    rules = {rule.name: rule for rule in load_builtin_rules("en")}
    oracle = engine._StartOracle()
    # feedback_call's letters note may open with any capitalised name ("The Daily Collegian
    # welcomes letters to the editor."), so its start is asked in lower case.
    assert not oracle.may_start(rules["feedback_call"], "the")
    assert not oracle.may_start(rules["app_promo"], "The")
    assert oracle.may_start(rules["feedback_call"], "Que")
    assert oracle.may_start(rules["app_promo"], "Sta")  # "Stay up to date ... by downloading"


def test_an_alternative_whose_keywords_cannot_be_refined_asks_for_its_own_needs() -> None:
    # "you('ve| have) (already )?read \d+ ..." needs "you've read" or "you've already read"...,
    # not all within the declared "you've read": it keeps the rule's 21 keywords as its gate,
    # and is tried only on lines that also hold one of its own needs.
    rules = {rule.name: rule for rule in load_builtin_rules("en")}
    _rule, _keywords, match = engine._entry_for(rules["subscription_pitch"], True, True, 1.0)
    assert isinstance(match, engine._Alternatives)
    guarded = [m for _needs, m in match.parts if isinstance(m, engine._Guarded)]
    assert len(guarded) >= 4
    line = "You've already read 5 free articles this month. Subscribe for unlimited access."
    assert _tried(match, line)
    assert not _tried(match, line, frozenset({"subscri"}))  # holds none of a guard's strings
    assert not any(m("Support the team in the final.") for m in guarded)
    assert not any(_tried(m, "Support the team in the final.") for m in guarded)


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(pattern=small_regexes(), data=st.data())
def test_a_guarded_match_answers_as_the_pattern_does(pattern: str, data: st.DataObject) -> None:
    rule = Rule(name="probe", family="test", pattern=pattern, reason="a test", keywords=["zzz"])
    guarded = engine._guarded(rule, frozenset({"zzz"}), re.compile(pattern, re.I).fullmatch)
    compiled = re.compile(pattern, re.IGNORECASE)
    try:
        line = data.draw(st.from_regex(compiled, fullmatch=True))
    except Exception:  # hypothesis cannot generate for every construct (lookarounds)
        line = data.draw(st.text(alphabet="aBby/>:1920é İK,-. ", max_size=20))
    assert bool(guarded(line)) == bool(compiled.fullmatch(line))
    # A plan answers the guard as a set test on the strings the line holds: the same answer.
    assert _tried(guarded, line) == bool(compiled.fullmatch(line))
