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


# ---------------------------------------------------------------- languages without a rule file

#: Cases in languages that have no rule file of their own (Danish, Swedish, Norwegian, Finnish,
#: Polish, Czech): a page in one gets the platform rules and the language-independent detectors
#: only, so its cases are cleaned with `Config.language` set to that code and put in that
#: language's prose, which the file carries (`prose`), as the language case files do.
MORE_LANGUAGES_FILE = Path(__file__).parent / "cases" / "rules_platforms_more_languages.json"
MORE_LANGUAGES_KEYS = {"source", "prose", "cases"}


@cache
def more_language_cases() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(MORE_LANGUAGES_FILE.read_text(encoding="utf-8"))
    return data


def _more_language_params() -> list[Any]:
    return [
        pytest.param(case, id=f"{case['language']}-{case_id(case)}")
        for case in more_language_cases()["cases"]
    ]


@pytest.mark.parametrize("case", _more_language_params())
def test_platform_case_in_a_language_without_rules(case: dict[str, Any]) -> None:
    code = case["language"]
    document, own = case_document(case, more_language_cases()["prose"][code])
    article = cleaner_for(code).clean("\n".join(document))
    by_line = assert_case_outcome(case, document, own, article)
    assert not [n for n in by_line if n not in own], "a prose paragraph was removed"


def test_more_languages_case_file_is_well_formed() -> None:
    data = more_language_cases()
    assert set(data) == MORE_LANGUAGES_KEYS
    prose = data["prose"]
    assert not set(prose) & set(builtin_languages()), "a language with rules has its own file"
    problems = [
        f"case {case['label']!r}: no prose for {case.get('language')!r}"
        for case in data["cases"]
        if case.get("language") not in prose
    ]
    bare = [{k: v for k, v in case.items() if k != "language"} for case in data["cases"]]
    for code in sorted(prose):
        mine = [c for c, full in zip(bare, data["cases"], strict=True) if full["language"] == code]
        problems += case_problems(mine, set(PLATFORM_NAMES), "platform")
        expects = {case["expect"] for case in mine}
        if expects != {"removed", "kept"}:
            problems.append(f"language {code} needs a 'removed' and a 'kept' case, has {expects}")
    assert not problems, "\n".join(problems)


#: How many of a language's sentences make one paragraph of the property's story: a short
#: block between two removed platform lines is taken as part of their box (`enclosed_block`,
#: up to ENCLOSED_MAX_WORDS = 70 words), so the story's paragraphs are longer than that.
SENTENCES_A_PARAGRAPH = 6


def long_paragraphs(sentences: list[str]) -> tuple[str, ...]:
    """As many paragraphs as sentences, each of SENTENCES_A_PARAGRAPH in a row (wrapping)."""
    count = len(sentences)
    return tuple(
        " ".join(sentences[(start + k) % count] for k in range(SENTENCES_A_PARAGRAPH))
        for start in range(count)
    )


#: Each language's story paragraphs and the platform lines its cases say a line rule removes
#: anywhere.
MORE_LANGUAGE_LINES = {
    code: (
        long_paragraphs(paragraphs),
        sorted(
            {
                case["input"]
                for case in more_language_cases()["cases"]
                if case["language"] == code
                and case["expect"] == "removed"
                and "context" not in case
            }
        ),
    )
    for code, paragraphs in more_language_cases()["prose"].items()
}


@settings(max_examples=examples(60), deadline=None)
@given(st.data())
def test_platform_lines_go_from_a_page_in_a_language_without_rules(data: st.DataObject) -> None:
    code = data.draw(st.sampled_from(sorted(MORE_LANGUAGE_LINES)), label="language")
    prose, lines = MORE_LANGUAGE_LINES[code]
    story = data.draw(st.lists(st.sampled_from(prose), min_size=2, max_size=6, unique=True))
    inserts = data.draw(
        st.lists(st.tuples(st.integers(0, 6), st.sampled_from(lines)), max_size=4), label="lines"
    )
    document = list(story)
    for position, line in inserts:
        document.insert(min(position, len(document)), line)
    cleaner = cleaner_for(code)
    article = cleaner.clean("\n".join(document))
    kept = [line for line in article.text.split("\n") if line]
    assert [line for line in kept if line in story] == story  # the story whole, in order
    assert not set(kept) & {line for _, line in inserts}
    assert cleaner.clean(article.text).text == article.text
