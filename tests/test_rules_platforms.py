"""The platform rules (rules/data/platforms.toml), which every language's rule set ends with.

Their cases live in ``tests/cases/rules_platforms.json``: records shaped like those of
``rules.json`` with one more key, ``language``, the code of the prose the case is put in
(English: the prose of test_rules.py; another language: its case file's prose) and of the
`Config.language` it is cleaned with. A platform prints its strings in its template's
language, whatever the article's, so a case may put an English platform line under a
German article. Kept cases are article sentences that hold the platform's words.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config
from corpusclean.rules import builtin_languages, load_builtin_rules, load_platform_rules
from strategies import article_lines, examples, paragraphs, prose_stories
from test_rules import PLATFORM_NAMES, PROSE, assert_case_outcome, case_id, case_problems
from test_rules_languages import case_document, case_file

CASES_FILE = Path(__file__).parent / "cases" / "rules_platforms.json"
FILE_KEYS = {"source", "cases"}


@cache
def platform_cases() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CASES_FILE.read_text(encoding="utf-8"))
    return data


def prose_of(code: str) -> list[str]:
    return list(PROSE) if code == "en" else list(case_file(code)["prose"])


@cache
def cleaner_for(code: str) -> Cleaner:
    return Cleaner(Config(language=code, mode="article"))


def _params() -> list[Any]:
    return [
        pytest.param(
            case,
            id=f"{case['language']}-{case_id(case)}",
            marks=[pytest.mark.xfail(strict=True, reason=str(case["xfail"]))]
            if "xfail" in case
            else [],
        )
        for case in platform_cases()["cases"]
    ]


@pytest.mark.parametrize("case", _params())
def test_platform_case(case: dict[str, Any]) -> None:
    code = case["language"]
    document, own = case_document(case, prose_of(code))
    article = cleaner_for(code).clean("\n".join(document))
    by_line = assert_case_outcome(case, document, own, article)
    assert not [n for n in by_line if n not in own], "a prose paragraph was removed"


def test_case_file_is_well_formed_and_covers_every_platform_rule() -> None:
    data = platform_cases()
    problems = [] if set(data) == FILE_KEYS else [f"keys {sorted(data)}, need {FILE_KEYS}"]
    cases = data["cases"]
    languages = set(builtin_languages())
    problems += [
        f"case {case['label']!r}: language {case.get('language')!r} has no rule set"
        for case in cases
        if case.get("language") not in languages
    ]
    bare = [{k: v for k, v in case.items() if k != "language"} for case in cases]
    # A label may recur in another language's prose; ids are unique within a language.
    for code in sorted(languages):
        problems += case_problems(
            [c for c, full in zip(bare, cases, strict=True) if full["language"] == code],
            set(PLATFORM_NAMES),
            "platform",
        )
    for name in sorted(PLATFORM_NAMES):
        expects = {case["expect"] for case in cases if case["rule"] == name}
        if expects != {"removed", "kept"}:
            problems.append(f"rule {name} needs a 'removed' and a 'kept' case, has {expects}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", [*sorted(builtin_languages()), "sw"])
def test_every_language_ends_with_the_platform_rules(code: str) -> None:
    # One file for all languages: a German page on an English theme gets the English strings.
    rules = load_builtin_rules(code)
    assert rules[len(rules) - len(load_platform_rules()) :] == load_platform_rules()
    assert len({rule.name for rule in rules}) == len(rules), "a name in both files"


def test_builtin_rules_off_switches_the_platform_rules_off() -> None:
    text = "\n".join([*PROSE, "Post navigation"])  # the heading's rule removes it at the edge
    assert "Post navigation" in Cleaner(Config(builtin_rules=False)).clean(text).paragraphs
    assert "Post navigation" not in Cleaner(Config()).clean(text).paragraphs


#: The platform lines the case file says a line rule removes anywhere (edge rules need a place).
LINE_CASES = sorted(
    {
        case["input"]
        for case in json.loads(CASES_FILE.read_text(encoding="utf-8"))["cases"]
        if case["expect"] == "removed" and "context" not in case
    }
)
CLEANER = Cleaner(Config(mode="article"))


@settings(max_examples=examples(60), deadline=None)
@given(article_lines(junk=False))
def test_no_platform_rule_removes_article_only_text(lines: list[str]) -> None:
    article = CLEANER.clean("\n".join(lines))
    assert not [(r.rule, r.text) for r in article.removed if r.rule in PLATFORM_NAMES]


@settings(max_examples=examples(60), deadline=None)
@given(
    st.lists(paragraphs(min_sentences=2), min_size=2, max_size=6, unique=True),
    st.lists(st.tuples(st.integers(0, 6), st.sampled_from(LINE_CASES)), max_size=4),
)
def test_platform_lines_go_and_the_story_stays_in_order_idempotently(
    story: list[str], inserts: list[tuple[int, str]]
) -> None:
    lines = list(story)
    for position, line in inserts:
        lines.insert(min(position, len(lines)), line)
    article = CLEANER.clean("\n".join(lines))
    kept = [line for line in article.text.split("\n") if line]
    survivors = [line for line in kept if line in story]
    assert survivors == [line for line in story if line in survivors]  # order kept
    assert not set(kept) & {line for _, line in inserts}
    assert CLEANER.clean(article.text).text == article.text


#: Lines of an Overblog blog's or a Wix site's template over and under a post (recall30).
TEMPLATE_HEAD = ("top of page", "Overblog", "26 Septembre 2021 , Rédigé par Jean Dupont")
TEMPLATE_FOOT = ("Repost0", "Pour être informé des derniers articles, inscrivez vous :")
TEMPLATE_END = "bottom of page"


@settings(max_examples=examples(40), deadline=None)
@given(prose_stories(), st.booleans())
def test_template_lines_around_a_drawn_story_go_and_the_story_stays(
    story: list[str], wix: bool
) -> None:
    # Edge rules: the template's lines go where the template prints them, before the story's
    # first paragraph and after its last; the story itself stays whole, in order, and cleaning
    # the output again changes nothing.
    head = [line for line in TEMPLATE_HEAD if wix or line != "top of page"]
    lines = [*head, *story, *TEMPLATE_FOOT, *([TEMPLATE_END] if wix else [])]
    article = CLEANER.clean("\n".join(lines))
    kept = [line for line in article.text.split("\n") if line]
    assert kept == story
    assert CLEANER.clean(article.text).text == article.text
