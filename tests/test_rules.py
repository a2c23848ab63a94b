"""The built-in rule set, case by case (tests/cases/rules.json), and rule-file loading.

A case puts its input line(s) into a short article (``context``: "body" between prose
paragraphs, the default; "lead" before them; "tail" after them) and checks that every input
line is removed by the named rule (``expect: "removed"``) or that every one survives
(``expect: "kept"``). A case with an ``xfail`` field is a known failure.
"""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusclean import Article, Cleaner, Config, Removal, Rule, Scope, load_rules
from corpusclean.rules import (
    RuleMatcher,
    builtin_languages,
    engine,
    load_builtin_rules,
    load_platform_rules,
    load_shared_rules,
    parse_rules,
)
from corpusclean.rules.keywords import keywords_in
from corpusclean.rules.literals import leading_alternatives
from corpusclean.text import word_count
from strategies import distinct_paragraphs

CASES_PATH = Path(__file__).parent / "cases" / "rules.json"
CASES = json.loads(CASES_PATH.read_text(encoding="utf-8"))
#: The rules of rules/data/platforms.toml, which every language's set ends with.
PLATFORM_NAMES = frozenset(rule.name for rule in load_platform_rules())
#: The rules every language's set ends with: shapes.toml's (their cases are English, in
#: rules.json; tests/test_rules_shapes.py puts them in every language's prose), then the platforms'.
SHARED_NAMES = frozenset(rule.name for rule in load_shared_rules())
CASE_KEYS = {"label", "rule", "comment", "input", "expect"}
OPTIONAL_KEYS = {"context", "xfail"}
CONTEXTS = ("body", "lead", "tail")

PROSE = (
    "The central bank kept its benchmark interest rate unchanged on Thursday, saying that "
    "inflation had eased in recent months while economic growth remained steady across most "
    "sectors of the economy.",
    "Economists polled before the decision had expected the pause, although several of them "
    "warned that a weaker currency could push import prices higher again before the end of "
    "the year.",
    "The governor told reporters in the capital that the bank would watch food and fuel "
    "prices closely and stood ready to act if price pressures returned in the coming quarter.",
    "Exporters welcomed the decision, arguing that stable borrowing costs would help smaller "
    "manufacturers plan their investments at a time of uncertain demand from overseas buyers.",
    "The next policy meeting is scheduled for early September, when the bank will also "
    "publish revised forecasts for growth, inflation and the current account balance.",
    "Analysts at two local banks said they now expect rates to stay on hold until next year, "
    "citing softer credit growth and a slowdown in the property market since January.",
    "Government data released on Monday showed that retail sales grew at their slowest pace "
    "in a year, as households cut back on spending on cars, furniture and electronics.",
    "Shares of lenders rose slightly after the announcement, while the currency was little "
    "changed against the dollar in thin trading ahead of a public holiday on Friday.",
)
# "body" puts a case this many paragraphs from either end, past the edge-only region.
BODY_OFFSET = 4


def case_lines(case: dict[str, object]) -> list[str]:
    raw = case["input"]
    return [raw] if isinstance(raw, str) else list(raw)  # type: ignore[arg-type]


def case_document(case: dict[str, object]) -> tuple[list[str], range]:
    """The article the case is tested in, and the line numbers of the case's own lines."""
    lines = case_lines(case)
    context = case.get("context", "body")
    before = {"body": PROSE[:BODY_OFFSET], "lead": (), "tail": PROSE}[context]  # type: ignore[index]
    after = {"body": PROSE[BODY_OFFSET:], "lead": PROSE, "tail": ()}[context]  # type: ignore[index]
    document = [*before, *lines, *after]
    return document, range(len(before), len(before) + len(lines))


def case_id(case: dict[str, object]) -> str:
    return f"{case['rule']}-{case['expect']}-{case['label']}"


def with_xfail(cases: list[dict[str, object]]) -> list[object]:
    return [
        pytest.param(
            case,
            id=case_id(case),
            marks=[pytest.mark.xfail(strict=True, reason=str(case["xfail"]))]
            if "xfail" in case
            else [],
        )
        for case in cases
    ]


def case_problems(cases: list[dict[str, object]], names: set[str], rule_set: str) -> list[str]:
    """What is wrong with a case file's records: keys, inputs, expectations, rule names, ids.

    Shared by the English case file and the case file of every other language.
    """
    problems = []
    for index, case in enumerate(cases):
        keys = set(case)
        if not keys >= CASE_KEYS or keys - CASE_KEYS - OPTIONAL_KEYS:
            problems.append(f"case {index}: keys {sorted(keys)}, need {sorted(CASE_KEYS)}")
            continue
        lines = case_lines(case)
        if not lines or not all(isinstance(line, str) and line.strip() for line in lines):
            problems.append(f"case {index} ({case['label']}): input must be non-empty lines")
        if case["expect"] not in ("removed", "kept"):
            problems.append(f"case {index}: expect is 'removed' or 'kept'")
        if case["rule"] not in names:
            problems.append(f"case {index}: {case['rule']!r} is not a {rule_set} rule")
        if case.get("context", "body") not in CONTEXTS:
            problems.append(f"case {index}: context must be one of {CONTEXTS}")
    labels = [case_id(case) for case in cases]
    problems += [f"duplicate case id {label}" for label in set(labels) if labels.count(label) > 1]
    return problems


def test_case_records_are_well_formed_and_cover_every_builtin_rule() -> None:
    names = {rule.name for rule in load_builtin_rules()}
    problems = case_problems(CASES, names, "built-in")
    # The platform rules' cases are in tests/cases/rules_platforms.json, every language's.
    for name in sorted(names - PLATFORM_NAMES):
        expects = {case["expect"] for case in CASES if case.get("rule") == name}
        if expects != {"removed", "kept"}:
            problems.append(
                f"rule {name} needs a 'removed' and a 'kept' case, has {sorted(expects)}"
            )
    assert not problems, "\n".join(problems)


def assert_case_outcome(
    case: Mapping[str, object], document: list[str], own: range, article: Article
) -> dict[int, Removal]:
    """The case's own lines went by its rule (or stayed), within the budget.

    Returns the removals by input line, for checks of the lines around the case.
    """
    by_line = {
        line: removal for removal in article.removed for line in range(removal.start, removal.end)
    }
    for number in own:
        line = document[number]
        removal = by_line.get(number)
        if case["expect"] == "removed":
            assert removal is not None, f"{line!r} was kept; expected rule {case['rule']}"
            assert removal.rule == case["rule"], (
                f"{line!r} was removed by {removal.rule}, expected {case['rule']}"
            )
        else:
            assert removal is None, f"{line!r} was removed by {removal.rule}: {removal.reason}"
    assert "removal-budget-exceeded" not in article.flags
    return by_line


@pytest.mark.parametrize("case", with_xfail(CASES))
def test_rule_case(case: dict[str, object], cleaner: Cleaner) -> None:
    document, own = case_document(case)
    article = cleaner.clean("\n".join(document))
    assert_case_outcome(case, document, own, article)


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(Config(mode="article"))


def test_builtin_rules_have_unique_names_and_reasons() -> None:
    rules = load_builtin_rules()
    names = [rule.name for rule in rules]
    assert len(names) == len(set(names))
    assert all(rule.reason and rule.family for rule in rules)


USER_TOML = """
[[rules]]
name = "weather_widget"
family = "local"
reason = "the site's weather widget"
pattern = '''weather: \\d+ ?°c.*'''
certain = true

[[rules]]
name = "promo_code"
family = "local"
scope = "edge"
max_words = 6
reason = "a promo code"
pattern = "use code [a-z0-9]+"
"""

USER_JSON = {
    "rules": [
        {
            "name": "weather_widget",
            "family": "local",
            "pattern": "weather: \\d+ ?°c.*",
            "reason": "the site's weather widget",
        }
    ]
}


def test_user_rule_file_loads_from_toml_and_json(tmp_path: Path) -> None:
    toml_path = tmp_path / "rules.toml"
    toml_path.write_text(USER_TOML, encoding="utf-8")
    json_path = tmp_path / "rules.json"
    json_path.write_text(json.dumps(USER_JSON), encoding="utf-8")
    from_toml = load_rules(toml_path)
    assert [rule.name for rule in from_toml] == ["weather_widget", "promo_code"]
    assert from_toml[1].scope is Scope.EDGE and from_toml[1].max_words == 6
    assert from_toml[0].certain is True
    assert load_rules(json_path)[0].pattern == from_toml[0].pattern
    text = f"{PROSE[0]}\nWeather: 31 °C Kuala Lumpur\n{PROSE[1]}"
    for path in (toml_path, json_path):
        article = Cleaner(Config(rule_files=(str(path),))).clean(text)
        assert [(r.text, r.rule) for r in article.removed] == [
            ("Weather: 31 °C Kuala Lumpur", "weather_widget")
        ]
        assert article.paragraphs == PROSE[:2]


def test_rules_can_be_disabled_by_name(tmp_path: Path) -> None:
    toml_path = tmp_path / "rules.toml"
    toml_path.write_text(USER_TOML, encoding="utf-8")
    text = f"{PROSE[0]}\nShare this on\nWeather: 31 °C Kuala Lumpur\n{PROSE[1]}"
    config = Config(rule_files=(str(toml_path),), disabled_rules={"weather_widget", "share_call"})
    article = Cleaner(config).clean(text)
    assert article.removed == ()
    assert "Share this on" in article.paragraphs


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("rules = 3", "top-level 'rules' list"),
        (
            "[[rules]]\nname = 'Bad Name'\nfamily = 'x'\nreason = 'x'\npattern = 'x'",
            "lower_snake_case",
        ),
        ("[[rules]]\nname = 'x'\nfamily = 'x'\nreason = 'x'\npattern = '(unclosed'", "invalid"),
        (
            "[[rules]]\nname = 'x'\nfamily = 'x'\nreason = 'x'\npattern = 'x'\ncolour = 'red'",
            "unknown keys",
        ),
        (
            "[[rules]]\nname = 'x'\nfamily = 'x'\nreason = 'x'\npattern = 'x'\nscope = 'page'",
            "invalid",
        ),
        ("not = [toml", "not valid TOML"),
    ],
)
def test_invalid_rule_files_are_rejected_with_advice(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_rules(text, "user.toml")


def test_unknown_rule_file_path_raises_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        Cleaner(Config(rule_files=(str(tmp_path / "missing.toml"),)))


def slow_rule_file(tmp_path: Path, pattern: str) -> str:
    path = tmp_path / "slow.toml"
    path.write_text(
        f"[[rules]]\nname = 'slow'\nfamily = 'x'\nreason = 'x'\npattern = '{pattern}'\n",
        encoding="utf-8",
    )
    return str(path)


def test_nested_quantifier_user_pattern_does_not_hang(tmp_path: Path) -> None:
    # The `regex` engine settles '(a+)+$' quickly; the line must simply be kept.
    config = Config(rule_files=(slow_rule_file(tmp_path, "(a+)+$"),), builtin_rules=False)
    started = time.perf_counter()
    article = Cleaner(config).clean("a" * 40 + "b")
    assert time.perf_counter() - started < 5
    assert article.paragraphs == ("a" * 40 + "b",)


def test_catastrophic_user_pattern_times_out_and_flags_the_article(tmp_path: Path) -> None:
    # '(a|aa)+$' backtracks exponentially on a's followed by a b, even in `regex`.
    config = Config(
        rule_files=(slow_rule_file(tmp_path, "(a|aa)+$"),), builtin_rules=False, rule_timeout=0.05
    )
    started = time.perf_counter()
    article = Cleaner(config).clean(f"{PROSE[0]}\n{'a' * 40}b\n{PROSE[1]}")
    assert time.perf_counter() - started < 10
    assert "rule-timeout" in article.flags
    assert article.paragraphs == (PROSE[0], "a" * 40 + "b", PROSE[1])


def test_rule_matcher_matches_whole_lines_only() -> None:
    rule = Rule(name="advert", family="layout", pattern="advertisement", reason="ad label")
    matcher = RuleMatcher([rule])
    assert matcher.match("ADVERTISEMENT", 1) == rule
    assert matcher.match("Advertisement revenue fell", 3) is None
    assert matcher.match("advertisement", 100) is None  # longer than max_words: not tried


def first_rule_that_matches(rules: tuple[Rule, ...], line: str, words: int) -> Rule | None:
    """The reference: every rule, in file order, no shortcuts, each on the engine that runs
    it (the built-in rules are trusted: the stdlib's `re`, `Rule.compile_trusted`)."""
    for rule in rules:
        pattern = rule.compile_trusted() or rule.compile()
        if words <= rule.max_words and pattern.fullmatch(line):
            return rule
    return None


def _sample_lines() -> list[str]:
    lines = [line for case in CASES for line in str(case["input"]).split("\n") if line]
    seeds = Path(__file__).parent.parent / "seeds"
    for path in sorted(seeds.glob("*.txt")):
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    keywords = sorted({k for rule in load_builtin_rules() for k in rule.keywords})
    # Keywords in odd company: at a line's start and end, twice, across a line feed.
    lines += [f"{k.strip()} and more" for k in keywords] + [f"More {k}" for k in keywords]
    lines += [f"{a}{b}" for a, b in zip(keywords, reversed(keywords), strict=True)]
    return [line for line in lines if line]


def test_fast_matching_equals_trying_every_rule_in_order() -> None:
    # The matcher's shortcuts (length classes, first-character dispatch, keywords found per
    # document) must never change which rule a line matches.
    rules = load_builtin_rules()
    matcher = RuleMatcher(rules, trusted=rules)
    lines = _sample_lines()
    document = matcher.for_document(lines)
    for line in lines:
        words = line.count(" ") + 1
        # The rule as loaded, guards and all: the matcher answers with the caller's rule.
        expected = first_rule_that_matches(rules, line, words)
        assert matcher.match(line, words) == expected, line
        assert document.match(line, words) == expected, line
        # The same line met by a matcher made for another document.
        assert matcher.for_document([line, "Other text"]).match(line, words) == expected, line


def test_a_line_longer_than_every_rule_matches_none_in_a_document() -> None:
    # `DocumentMatcher.match` finds a line's length class by index: a line the document holds
    # with more words than any rule's ``max_words`` has none (and a rule-shaped one too).
    rules = load_builtin_rules()
    matcher = _builtin_matcher()
    for word in ("Subscribe", "“Abonnieren”\u00a0jetzt", "٣ ٤", "By"):
        line = " ".join([word] * (matcher.max_words + 1))
        words = word_count(line)
        assert words > matcher.max_words
        assert first_rule_that_matches(rules, line, words) is None
        assert matcher.for_document(["Intro text", line]).match(line, words) is None
        assert matcher.for_document(["Intro text"]).match(line, words) is None


_FRAGMENTS = sorted(
    {k for rule in load_builtin_rules() for k in rule.keywords}
    | {word for line in _sample_lines()[:400] for word in line.split()[:3]}
)


@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=8).map(" ".join))
def test_fast_matching_equals_trying_every_rule_on_generated_lines(line: str) -> None:
    rules = load_builtin_rules()
    matcher = _builtin_matcher()
    words = line.count(" ") + 1
    expected = first_rule_that_matches(rules, line, words)
    assert matcher.for_document(["Intro text", line]).match(line, words) == expected


_GENERATED_LINE = st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=8).map(" ".join)


@given(st.lists(st.lists(_GENERATED_LINE, min_size=1, max_size=6), min_size=1, max_size=5))
def test_documents_sharing_a_matcher_match_as_trying_every_rule(
    documents: list[list[str]],
) -> None:
    # One matcher serves document after document, keeping the candidate rules of each set
    # of keywords met; the word counts a run passes select the same lines as counting.
    rules = load_builtin_rules()
    shared = _builtin_matcher()
    for lines in documents:
        with_words = shared.for_document(lines, [word_count(line) for line in lines])
        counted = shared.for_document(lines)
        for line in lines:
            words = word_count(line)
            expected = first_rule_that_matches(rules, line, words)
            assert with_words.match(line, words) == expected, line
            assert counted.match(line, words) == expected, line


@functools.lru_cache(maxsize=1)
def _builtin_matcher() -> RuleMatcher:
    rules = load_builtin_rules()
    return RuleMatcher(rules, trusted=rules)


def test_matching_stays_right_after_thousands_of_distinct_line_starts() -> None:
    # Past a cap, lines with a new start are tried on every anchored rule of their length
    # class instead of those that can start that way; the answers must not change.
    rules = load_builtin_rules()
    matcher = RuleMatcher(rules, trusted=rules)
    for code in range(0x4E00, 0x4E00 + 4200):  # CJK ideographs: 4,200 new line starts
        assert matcher.match(f"{chr(code)} 新闻", 2) is None
    for line in ("Advertisement", "Share this on", "Read more:", "ADVERTISEMENT"):
        assert matcher.match(line, line.count(" ") + 1) == first_rule_that_matches(
            rules, line, line.count(" ") + 1
        )
        assert matcher.match(line, line.count(" ") + 1) is not None


def _anchored_sets(matcher: RuleMatcher) -> list[engine._Anchored]:
    return [c.combined for c in matcher._classes if c.combined is not None]


def test_rules_per_line_start_are_bounded_and_owned_by_their_matcher() -> None:
    # Which rules a line start allows is kept per length class, within the cap, by the
    # matcher that asked: a fresh matcher starts with none, and each rule was compiled
    # once, when the matcher was made.
    rules = load_builtin_rules()
    matcher = RuleMatcher(rules, trusted=rules)
    lines = [f"{chr(code)}dvertisement" for code in range(0x41, 0x41 + 5000)]
    for line in lines + _sample_lines():
        matcher.match(line, line.count(" ") + 1)
    anchored = _anchored_sets(matcher)
    assert all(len(a._by_prefix) <= engine._MAX_PREFIXES for a in anchored)
    assert any(len(a._by_prefix) == engine._MAX_PREFIXES for a in anchored)
    assert all(len(a._by_prefix) == 0 for a in _anchored_sets(RuleMatcher(rules, trusted=rules)))
    patterns = {id(m) for a in anchored for _, _, m in a._rules}
    assert len(patterns) == len({r.name for a in anchored for r, _, _ in a._rules})


def _splits(matcher: RuleMatcher) -> dict[str, engine._SplitByStart]:
    return next(a._splits for a in _anchored_sets(matcher))


_STARTS = st.text(alphabet="aAbBtThHeE1 :/ıİſé»-", max_size=4)


@functools.lru_cache(maxsize=1)
def _every_split() -> tuple[tuple[engine._SplitByStart, Callable[[str], object]], ...]:
    """Every anchored English rule of two or more alternatives split as `page_ui` is (the
    matcher splits only the longest, `engine.MIN_SPLIT_ALTERNATIVES`), with its whole match."""
    oracle, splits = engine._StartOracle(), []
    for rule in load_builtin_rules():
        whole = engine._anchored_pattern(rule, True)
        parts = leading_alternatives(rule.pattern, engine._re_flags(rule))
        if whole is not None and len(parts[1]) > 1:
            splits.append(
                (engine._SplitByStart(rule, parts, whole.fullmatch, oracle), whole.fullmatch)
            )
    return tuple(splits)


@given(st.lists(_GENERATED_LINE | _STARTS, min_size=1, max_size=8))
def test_a_rule_split_by_alternative_answers_as_its_whole_pattern(lines: list[str]) -> None:
    # `_SplitByStart`: the alternatives a line's start allows, and those alone, matched on
    # the line give the whole pattern's answer, whatever the starts asked before (an
    # answer is kept per start, and a start's allowed alternatives are found among its
    # shorter start's).
    assert len(_every_split()) > 20
    for split, whole in _every_split():
        name = split._rule.name
        for line in lines:
            match = split.match_for(line[: engine.PREFIX_CHARACTERS])
            expected = whole(line) is not None
            assert (match is not None and match(line) is not None) == expected, (name, line)


def test_a_long_anchored_rule_is_tried_with_the_alternatives_a_line_start_allows() -> None:
    matcher = RuleMatcher(load_builtin_rules(), trusted=load_builtin_rules())
    page_ui = _splits(matcher)["page_ui"]
    every = len(page_ui._alternatives)
    assert every > 50
    # A line starting "Tog" can be "Toggle menu" or a date before a reading time: a few of
    # the hundred controls; one starting "Pri" a print button or a print-and-PDF row.
    assert 0 < len(page_ui._allowed_for("Tog")) < 5
    assert 0 < len(page_ui._allowed_for("Pri")) < every // 4
    assert page_ui._allowed_for("") == tuple(range(every))
    assert page_ui.match_for("Tog") is not None
    for line, expected in [
        ("Toggle navigation", True),
        ("Dec 2, 2026 · 6 min read", True),
        ("Print this article | Download PDF", True),
        ("Print is not dead, the editor said.", False),
        ("Today the council met.", False),
    ]:
        match = page_ui.match_for(line[:3])
        assert (match is not None and match(line) is not None) is expected, line
        assert (matcher.match(line, word_count(line)) is not None) is expected, line


def test_the_alternatives_kept_per_line_start_are_bounded() -> None:
    rules = load_builtin_rules()
    matcher = RuleMatcher(rules, trusted=rules)
    page_ui = _splits(matcher)["page_ui"]
    for code in range(0x4E00, 0x4E00 + engine._MAX_PREFIXES + 50):  # new starts, past the cap
        page_ui.match_for(chr(code))
    assert len(page_ui._allowed) == engine._MAX_PREFIXES
    assert len(page_ui._matches) <= engine._MAX_PREFIXES
    line = "Toggle navigation"
    assert matcher.match(line, 2) == first_rule_that_matches(rules, line, 2)
    assert matcher.match(line, 2) is not None


@given(
    st.lists(st.sampled_from(_FRAGMENTS), max_size=6).map(" ".join),
    st.lists(st.text(max_size=12), max_size=20),
)
def test_matching_does_not_depend_on_the_lines_matched_before(
    line: str, earlier: list[str]
) -> None:
    rules = load_builtin_rules()
    warmed = _builtin_matcher()
    for other in earlier:
        warmed.match(other, other.count(" ") + 1)
    words = line.count(" ") + 1
    fresh = RuleMatcher(rules, trusted=rules)
    assert warmed.match(line, words) == fresh.match(line, words)


@given(
    st.lists(_GENERATED_LINE, max_size=6),
    st.lists(_GENERATED_LINE | st.sampled_from(_FRAGMENTS), min_size=1, max_size=6),
)
def test_a_line_the_document_matcher_was_not_made_with_matches_as_every_rule_in_order(
    document: list[str], others: list[str]
) -> None:
    # `DocumentRun` makes its matcher with the lines its rounds read (on a page, those the
    # page classifier first kept); an explanation asks about every line, and such a line may
    # hold keywords none of the document's lines holds.
    rules = load_builtin_rules()
    matcher = _builtin_matcher().for_document(document, [word_count(s) for s in document])
    for line in others:
        words = word_count(line)
        assert matcher.match(line, words) == first_rule_that_matches(rules, line, words), line


# Player strings, comment disclaimers and link-box headings added from the Readability set's
# half A (docs/benchmarks-log.md, "Readability lenient, sixth pass"): each goes wherever it stands
# between generated paragraphs, and the paragraphs around it stay whole.
_PLAYER_AND_DISCLAIMER_JUNK = (
    "This is a modal window.",
    "Beginning of dialog window. Escape will cancel and close the window.",
    "subtitles off, selected",
    "The opinions expressed in reader comments are those of the author only.",
    "Like it, share it!",
)


@given(
    distinct_paragraphs(min_sentences=2, min_size=2, max_size=5),
    st.sampled_from(_PLAYER_AND_DISCLAIMER_JUNK),
    st.integers(min_value=1, max_value=4),
)
def test_player_strings_and_comment_disclaimers_go_and_prose_stays(
    cleaner: Cleaner, body: list[str], junk: str, where: int
) -> None:
    where = min(where, len(body) - 1)
    lines = [*body[:where], junk, *body[where:]]
    article = cleaner.clean("\n".join(lines))
    removed = [line for removal in article.removed for line in removal.text.splitlines()]
    assert removed == [junk]
    # A first paragraph may move to the title (a short one reads like a headline): still kept.
    kept = f"{article.title or ''}\n\n{article.text}".split("\n\n")
    assert all(paragraph in kept for paragraph in body)


def _plan_of(matcher: RuleMatcher, line: str, words: int) -> tuple[Rule, ...]:
    """The rules `RuleMatcher.match` tries a line on (its plan), in the order it tries them."""
    here = keywords_in(line, matcher._searched)
    return tuple(r for r, _needs, _m in matcher.plan(words, line[: engine.PREFIX_CHARACTERS], here))


def _assert_plan_holds_every_match(matcher: RuleMatcher, line: str) -> None:
    words = word_count(line)
    if words > matcher.max_words:
        return
    plan = _plan_of(matcher, line, words)
    matching = [
        rule
        for rule in matcher.rules
        if words <= rule.max_words and (rule.compile_trusted() or rule.compile()).fullmatch(line)
    ]
    assert set(matching) <= set(plan), (line, [r.name for r in matching], [r.name for r in plan])
    assert list(plan) == sorted(plan, key=lambda rule: matcher.rule_order[rule.name])


def test_a_line_s_plan_holds_every_rule_that_matches_it() -> None:
    # A plan (`engine.LengthClass.plan`) leaves out only rules that cannot match the line
    # (its start, its keywords, its guards' strings), and keeps file order: so its first
    # match is the first rule that matches. Stronger than the first rule alone: every rule
    # that matches is in it, in every shipped language's rule set.
    lines = _sample_lines()
    for language in builtin_languages():
        rules = load_builtin_rules(language)
        matcher = RuleMatcher(rules, trusted=rules)
        for line in lines:
            _assert_plan_holds_every_match(matcher, line)


@given(_GENERATED_LINE | st.sampled_from(_FRAGMENTS))
def test_a_generated_line_s_plan_holds_every_rule_that_matches_it(line: str) -> None:
    _assert_plan_holds_every_match(_builtin_matcher(), line)
