"""Rules as data: the `Rule` value and its loader (`rule`), the compiled matcher (`engine`),
the rules scoped to one source (`sources`),
and the built-in rule files, one per language (``data/news_<language>.toml``), and the two that
every language gets: the rules that read a line's shape and no word (``data/shapes.toml``) and
the publishing platforms' strings (``data/platforms.toml``)."""

from .engine import DocumentMatcher, LineMatcher, RuleMatcher
from .guards import Guard
from .rule import (
    Rule,
    Scope,
    builtin_languages,
    builtin_rule_file,
    load_builtin_rules,
    load_platform_rules,
    load_rules,
    load_shared_rules,
    parse_rules,
)
from .sources import ScopedMatcher, SourceRules, domain_of, source_key

__all__ = [
    "DocumentMatcher",
    "Guard",
    "LineMatcher",
    "Rule",
    "RuleMatcher",
    "Scope",
    "ScopedMatcher",
    "SourceRules",
    "builtin_languages",
    "builtin_rule_file",
    "domain_of",
    "load_builtin_rules",
    "load_platform_rules",
    "load_rules",
    "load_shared_rules",
    "parse_rules",
    "source_key",
]
