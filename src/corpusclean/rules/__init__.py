"""Rules as data: the `Rule` value and its loader (`rule`), the compiled matcher (`engine`),
and the built-in rule files, one per language (``data/news_<language>.toml``)."""

from .engine import DocumentMatcher, LineMatcher, RuleMatcher
from .rule import (
    Rule,
    Scope,
    builtin_languages,
    builtin_rule_file,
    load_builtin_rules,
    load_rules,
    parse_rules,
)

__all__ = [
    "DocumentMatcher",
    "LineMatcher",
    "Rule",
    "RuleMatcher",
    "Scope",
    "builtin_languages",
    "builtin_rule_file",
    "load_builtin_rules",
    "load_rules",
    "parse_rules",
]
