"""The built-in rule sets of the languages besides English, case by case.

Each language has a case file ``tests/cases/rules_<code>.json``: an object with the
``language`` code, a ``source`` note (which pages and sites the cases were written from),
``prose`` (eight article paragraphs in the language, written for the tests) and ``cases``,
records shaped like those of ``rules.json``. A case puts its input line(s) into an article
made of that prose (``context``: "body" between paragraphs, the default; "lead" before them;
"tail" after them), cleans it with ``Config(language=<code>)`` and checks that every input line
is removed by the named rule (``expect: "removed"``) or that every one survives
(``expect: "kept"``). Kept cases are real article sentences that hold the rule's words.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from corpusclean import Cleaner, Config
from corpusclean.language import SCRIPT_LANGUAGES, load_language, stopword_lists
from corpusclean.rules import Rule, builtin_languages, load_builtin_rules, parse_rules
from corpusclean.rules.rule import PLATFORM_RULE_FILE, SHAPE_RULE_FILE, builtin_rule_file
from test_rules import SHARED_NAMES, assert_case_outcome, case_id, case_lines, case_problems

CASES_DIR = Path(__file__).parent / "cases"
#: The languages that ship a rule set besides English (issue 12).
LANGUAGES = ("de", "es", "fr", "it", "nl", "pt", "ja", "zh")
FILE_KEYS = {"language", "source", "prose", "cases"}
PROSE_PARAGRAPHS = 8
# "body" puts a case this many paragraphs from either end, past the edge-only region.
BODY_OFFSET = 4


@cache
def case_file(code: str) -> dict[str, Any]:
    path = CASES_DIR / f"rules_{code}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def case_document(case: dict[str, Any], prose: list[str]) -> tuple[list[str], range]:
    """The article the case is tested in, and the line numbers of the case's own lines."""
    lines = case_lines(case)
    context = case.get("context", "body")
    before = {"body": prose[:BODY_OFFSET], "lead": [], "tail": prose}[context]
    after = {"body": prose[BODY_OFFSET:], "lead": prose, "tail": []}[context]
    return [*before, *lines, *after], range(len(before), len(before) + len(lines))


def all_cases() -> list[Any]:
    return [
        pytest.param(
            code,
            case,
            id=f"{code}-{case_id(case)}",
            marks=[pytest.mark.xfail(strict=True, reason=str(case["xfail"]))]
            if "xfail" in case
            else [],
        )
        for code in LANGUAGES
        for case in case_file(code)["cases"]
    ]


def test_every_shipped_language_has_rules_words_a_stoplist_and_cases() -> None:
    assert set(builtin_languages()) == {"en", *LANGUAGES}
    for code in LANGUAGES:
        assert load_builtin_rules(code), f"no rules for {code}"
        assert load_language(code).greetings, f"no greetings in data/lang/{code}.toml"
        # Chinese and Japanese are identified by their script, the others by a stoplist.
        assert code in SCRIPT_LANGUAGES or code in stopword_lists(), f"no stoplist for {code}"
        assert (CASES_DIR / f"rules_{code}.json").is_file(), f"no tests/cases/rules_{code}.json"


@pytest.mark.parametrize("code", LANGUAGES)
def test_rule_names_are_unique_and_shared_with_english_where_they_can_be(code: str) -> None:
    rules = load_builtin_rules(code)
    names = [rule.name for rule in rules]
    assert len(names) == len(set(names))
    assert all(rule.reason and rule.family for rule in rules)
    # A name English also uses must mean the same family of junk, so that
    # disabled_rules={"share_call"} switches off the same thing in every language.
    english = {rule.name: rule.family for rule in load_builtin_rules("en")}
    assert all(english.get(r.name, r.family) == r.family for r in rules)
    # The families everyone asked for are there.
    assert {"share_call", "related_list", "newsletter_pitch", "comment_section"} <= set(names)
    assert {"ad_label", "image_credit", "copyright_notice", "cookie_notice"} <= set(names)
    # Built-in rules run on the fast engine: every pattern compiles with the stdlib.
    assert all(rule.compile_trusted() is not None for rule in rules)


@pytest.mark.parametrize("code", sorted(builtin_languages()))
def test_shipped_rules_pass_the_check_a_user_rule_file_gets(code: str) -> None:
    """`load_builtin_rules` skips `parse_rules`' `regex` compile of each pattern (issue #8):
    the shipped files must pass it here, and give the same rules through both paths."""
    checked: tuple[Rule, ...] = ()
    for name in (builtin_rule_file(code), SHAPE_RULE_FILE, PLATFORM_RULE_FILE):
        text = files("corpusclean").joinpath("rules", "data", name).read_text("utf-8")
        checked += parse_rules(text, name)  # compiles every pattern with `regex`, raises if bad
    assert checked == load_builtin_rules(code)
    assert all(rule.compile_trusted() is not None for rule in checked)


def test_a_bad_pattern_in_a_user_rule_file_is_still_refused() -> None:
    text = "[[rules]]\nname = 'x'\nfamily = 'f'\nreason = 'r'\npattern = 'share (this'\n"
    with pytest.raises(ValueError, match="is invalid"):
        parse_rules(text, "user.toml")


@pytest.mark.parametrize("code", LANGUAGES)
def test_case_file_is_well_formed_and_covers_every_rule(code: str) -> None:
    data = case_file(code)
    problems = []
    if set(data) != FILE_KEYS or data["language"] != code:
        problems.append(f"keys {sorted(data)}, need {sorted(FILE_KEYS)} with language {code!r}")
    prose = data.get("prose", [])
    if len(prose) != PROSE_PARAGRAPHS or not all(
        isinstance(p, str) and _is_paragraph(p, code) for p in prose
    ):
        problems.append(f"prose must be {PROSE_PARAGRAPHS} sentences of 12+ words")
    names = {rule.name for rule in load_builtin_rules(code)}
    problems += case_problems(data.get("cases", []), names, code)
    # The platform rules' cases are in tests/cases/rules_platforms.json, every language's; the
    # shape rules' are English ones, put in every language's prose by test_rules_shapes.py.
    for name in sorted(names - SHARED_NAMES):
        expects = {c["expect"] for c in data.get("cases", []) if c.get("rule") == name}
        if expects != {"removed", "kept"}:
            problems.append(f"rule {name} needs a 'removed' and a 'kept' case, has {expects}")
    assert not problems, "\n".join(problems)


def _is_paragraph(text: str, code: str) -> bool:
    """A paragraph of 12 words or more that ends a sentence; in Chinese and Japanese, which
    write no spaces, 30 characters or more ending with the ideographic full stop."""
    if code in SCRIPT_LANGUAGES:
        return len(text) >= 30 and text.endswith("。")
    return text.count(" ") >= 11 and text.endswith(".")


@cache
def cleaner_for(code: str) -> Cleaner:
    return Cleaner(Config(language=code, mode="article"))


@pytest.mark.parametrize(("code", "case"), all_cases())
def test_rule_case(code: str, case: dict[str, Any]) -> None:
    document, own = case_document(case, case_file(code)["prose"])
    article = cleaner_for(code).clean("\n".join(document))
    by_line = assert_case_outcome(case, document, own, article)
    # The prose around the case is never touched.
    assert not [n for n in by_line if n not in own], "a prose paragraph was removed"


@pytest.mark.parametrize("code", LANGUAGES)
def test_prose_of_the_language_comes_out_whole(code: str) -> None:
    prose = case_file(code)["prose"]
    article = Cleaner(Config(language="auto")).clean("\n".join(prose))
    assert article.metadata["detected_language"] == code
    assert article.removed == ()


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_rule_set_removes_article_prose_in_any_language(code: str) -> None:
    # A document identified wrongly still keeps its article: every language's rules on every
    # language's prose (and the English test prose) remove nothing.
    from test_rules import PROSE as ENGLISH_PROSE

    cleaner = cleaner_for(code)
    for prose in [list(ENGLISH_PROSE), *(case_file(other)["prose"] for other in LANGUAGES)]:
        article = cleaner.clean("\n".join(prose))
        assert article.removed == (), [(r.rule, r.text) for r in article.removed]
        assert article.paragraphs == tuple(prose)
