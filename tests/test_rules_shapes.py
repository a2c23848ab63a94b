"""The shape rules (rules/data/shapes.toml), which every language's rule set has.

They read no word of any language (a bare address, a line of separators, an image left as
Markdown), so each English case of ``tests/cases/rules.json`` for them must come out the same
when it is put in every shipped language's prose: a bare web address after a German or a
Japanese story goes, and one inside the story stays, as in English.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from corpusclean import Cleaner, Config
from corpusclean.rules import (
    builtin_languages,
    load_builtin_rules,
    load_platform_rules,
    load_shared_rules,
)
from test_rules import CASES, PROSE, assert_case_outcome, case_id
from test_rules_languages import case_document, case_file

SHAPE_NAMES = frozenset(rule.name for rule in load_shared_rules()) - frozenset(
    rule.name for rule in load_platform_rules()
)


@cache
def cleaner_for(code: str) -> Cleaner:
    return Cleaner(Config(language=code, mode="article"))


def prose_of(code: str) -> list[str]:
    return list(PROSE) if code == "en" else list(case_file(code)["prose"])


def _params() -> list[Any]:
    return [
        pytest.param(code, case, id=f"{code}-{case_id(case)}")
        for code in builtin_languages()
        for case in CASES
        if case["rule"] in SHAPE_NAMES
    ]


def test_the_shape_rules_are_the_ones_every_language_once_copied() -> None:
    assert {
        "bare_url",
        "bare_contact",
        "separator_line",
        "markdown_image",
        "markup_image",
        "shortcode_line",
    } <= SHAPE_NAMES
    for code in builtin_languages():
        names = [rule.name for rule in load_builtin_rules(code)]
        # one copy each: a language's own file no longer defines them
        assert all(names.count(name) == 1 for name in SHAPE_NAMES), code
    # a language with no rule file gets them too
    assert {rule.name for rule in load_builtin_rules("sw")} >= SHAPE_NAMES


@pytest.mark.parametrize(("code", "case"), _params())
def test_a_shape_case_comes_out_the_same_in_every_language(code: str, case: dict[str, Any]) -> None:
    document, own = case_document(case, prose_of(code))
    article = cleaner_for(code).clean("\n".join(document))
    by_line = assert_case_outcome(case, document, own, article)
    assert not [n for n in by_line if n not in own], "a prose paragraph was removed"
