"""Boilerplate rules as data: the `Rule` value, rule-file loading, and a compiled matcher.

A rule file (TOML, or JSON with the same shape) holds ``[[rules]]`` tables::

    [[rules]]
    name = "share_this"          # unique; used in Removal.rule and Config.disabled_rules
    family = "social"            # a group for reports and docs
    scope = "line"               # line | list | rest | edge (see `Scope`)
    certain = true               # unambiguous junk: not limited by the removal budget
    max_words = 8                # longer lines are never tested against this rule
    reason = "a share-button label"
    pattern = '''share (this|on)'''   # must match the WHOLE line; case-insensitive unless
                                      # ignore_case = false

The built-in English news set ships as package data (``rules/news_en.toml``) and goes through
the same loader as a user's files.
"""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import regex

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = ["BUILTIN_RULES", "Rule", "RuleMatcher", "Scope", "load_builtin_rules", "load_rules"]

BUILTIN_RULES = "news_en.toml"

_KNOWN_KEYS = frozenset(
    {
        "name",
        "family",
        "scope",
        "certain",
        "max_words",
        "reason",
        "pattern",
        "ignore_case",
        "verbose",
    }
)
_NAME = regex.compile(r"[a-z][a-z0-9_]*")


class Scope(enum.Enum):
    """Where a rule applies and what it removes."""

    #: The matching line alone, anywhere in the document.
    LINE = "line"
    #: A trigger line ("Read also:") plus the run of headline-like lines that follows it.
    LIST = "list"
    #: A trigger line ("Leave a reply") plus everything after it, when it follows the body.
    REST = "rest"
    #: The matching line, only in the leading or trailing region (before the first or after
    #: the last prose paragraph): datelines, bylines and credits that are content elsewhere.
    EDGE = "edge"


@attrs.frozen(slots=True)
class Rule:
    """One named boilerplate rule.

    >>> rule = Rule(name="advert", family="layout", pattern="advertisement", reason="ad label")
    >>> rule.compile().fullmatch("ADVERTISEMENT") is not None
    True
    """

    name: str = attrs.field()
    family: str
    pattern: str
    reason: str
    scope: Scope = attrs.field(default=Scope.LINE, converter=Scope)
    certain: bool = False
    max_words: int = attrs.field(default=40, validator=attrs.validators.ge(1))
    ignore_case: bool = True
    verbose: bool = False

    @name.validator
    def _check_name(self, _attribute: attrs.Attribute[str], name: str) -> None:
        if not _NAME.fullmatch(name):
            raise ValueError(f"rule name {name!r} must be lower_snake_case (a-z, 0-9, _)")

    def flags_prefix(self) -> str:
        """The inline flags that scope this rule's options inside a combined pattern."""
        return ("i" if self.ignore_case else "") + ("x" if self.verbose else "")

    def compile(self) -> regex.Pattern[str]:
        """Compile the pattern alone (the matcher compiles all rules together)."""
        flags = (regex.IGNORECASE if self.ignore_case else 0) | (
            regex.VERBOSE if self.verbose else 0
        )
        return regex.compile(self.pattern, flags | regex.V0)


def _rule_from_mapping(data: Mapping[str, Any], origin: str) -> Rule:
    unknown = set(data) - _KNOWN_KEYS
    if unknown:
        raise ValueError(
            f"{origin}: rule {data.get('name')!r} has unknown keys "
            f"{sorted(unknown)}; allowed: {sorted(_KNOWN_KEYS)}"
        )
    try:
        rule = Rule(**data)
        rule.compile()
    except (TypeError, ValueError, regex.error) as error:
        raise ValueError(f"{origin}: rule {data.get('name')!r} is invalid: {error}") from error
    return rule


def parse_rules(text: str, origin: str, fmt: str = "toml") -> tuple[Rule, ...]:
    """Parse the text of a rule file; ``fmt`` is ``"toml"`` or ``"json"``."""
    try:
        document = tomllib.loads(text) if fmt == "toml" else json.loads(text)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"{origin}: not valid {fmt.upper()}: {error}") from error
    entries = document.get("rules") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise ValueError(
            f"{origin}: a rule file needs a top-level 'rules' list ([[rules]] tables in TOML)"
        )
    return tuple(_rule_from_mapping(entry, origin) for entry in entries)


def load_rules(path: str | Path) -> tuple[Rule, ...]:
    """Load a user rule file (``.toml`` or ``.json``) through the built-in set's code path."""
    path = Path(path)
    fmt = "json" if path.suffix.lower() == ".json" else "toml"
    return parse_rules(path.read_text(encoding="utf-8"), str(path), fmt)


def load_builtin_rules() -> tuple[Rule, ...]:
    """Load the English news rule set shipped with the package."""
    resource = resources.files("corpusclean").joinpath("rules").joinpath(BUILTIN_RULES)
    text = resource.read_text("utf-8")
    return parse_rules(text, f"corpusclean/rules/{BUILTIN_RULES}")


class RuleMatcher:
    """All enabled rules compiled into one alternation, tried once per short line.

    One combined full-line pattern with a named group per rule replaces a loop over rules:
    most lines fail at the first characters of every alternative, so a line costs one
    search, not one per rule. Lines longer than every rule's ``max_words`` are not tried.
    Every match runs under a timeout so a catastrophic user pattern cannot hang a run.
    """

    def __init__(self, rules: Iterable[Rule], timeout: float = 0.25) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules)
        names = [rule.name for rule in self.rules]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(
                f"rule names must be unique; repeated: {duplicates}. Disable the "
                "built-in rule with Config.disabled_rules to replace it."
            )
        self.timeout = timeout
        self.by_name = {rule.name: rule for rule in self.rules}
        self.max_words = max((rule.max_words for rule in self.rules), default=0)
        self._combined = self._compile_combined(self.rules)

    def __reduce__(self) -> tuple[Any, ...]:
        return (RuleMatcher, (self.rules, self.timeout))

    @staticmethod
    def _compile_combined(rules: Sequence[Rule]) -> regex.Pattern[str] | None:
        if not rules:
            return None
        parts = [
            f"(?P<{rule.name}>(?{rule.flags_prefix() or '-i'}:{rule.pattern}))" for rule in rules
        ]
        return regex.compile("|".join(parts), regex.V0)

    def match(self, line: str, words: int) -> Rule | None:
        """Return the first rule (in file order) whose pattern matches the whole line.

        Raises `TimeoutError` when the match takes longer than the timeout.
        """
        if self._combined is None or words > self.max_words:
            return None
        found = self._combined.fullmatch(line, timeout=self.timeout)
        if found is None:
            return None
        rule = self.by_name[str(found.lastgroup)]
        if words <= rule.max_words:
            return rule
        return self._match_one_by_one(line, words)

    def _match_one_by_one(self, line: str, words: int) -> Rule | None:
        # Rare path: the combined match chose a rule whose word limit the line exceeds.
        for rule in self.rules:
            if words <= rule.max_words and rule.compile().fullmatch(line, timeout=self.timeout):
                return rule
        return None
