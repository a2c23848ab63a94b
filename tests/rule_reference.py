"""The rules' reference matcher for the tests of the engine's shortcuts (gated keywords,
letterless lines): every rule in file order, each on the engine that runs it, against the
built-in matcher of a language."""

from __future__ import annotations

from functools import cache

from corpusclean.rules import RuleMatcher, load_builtin_rules
from corpusclean.rules.rule import Rule


def first_rule_in_file_order(rules: tuple[Rule, ...], line: str, words: int) -> Rule | None:
    """Every rule, in file order, each on the engine that runs it."""
    for rule in rules:
        pattern = rule.compile_trusted() or rule.compile()
        if words <= rule.max_words and pattern.fullmatch(line):
            return rule
    return None


@cache
def builtin_matcher(language: str) -> RuleMatcher:
    """A language's built-in rules, trusted as shipped, compiled once per test process."""
    rules = load_builtin_rules(language)
    return RuleMatcher(rules, trusted=rules)
