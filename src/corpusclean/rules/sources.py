"""Rules scoped to one source: which source a document is, and the rules that apply to it.

A rule with a ``source`` (in a rule file: ``source = "example.com"``, ``source_by =
"domain"``) applies only to documents of that source, as `source_key` reads it from the
record: the host of its ``source`` URL without ``www.`` (``domain``), the ``source`` value
itself (``source``), or the value of another record field. `SourceRules` compiles each
source's rules once, into one alternation, when the `Cleaner` is built; a document then costs
one dict lookup per ``source_by`` in use, and its lines one match each.

>>> rule = Rule(name="site_menu", family="learned", reason="learned", pattern="home news sport",
...             source="example.com")
>>> rules = SourceRules([rule])
>>> matcher = rules.for_document("https://www.example.com/a/1", {})
>>> matcher.match("Home News Sport", 3).name
'site_menu'
>>> rules.for_document("https://other.org/a/1", {}) is None
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import regex

from .rule import Rule

__all__ = ["ScopedMatcher", "SourceRules", "domain_of", "source_key"]

_WWW = "www."


def domain_of(url: str) -> str | None:
    """The host of a URL, lower-case and without ``www.``; None when it has none.

    >>> domain_of("https://WWW.Example.com:8080/news/1"), domain_of("example.org/x")
    ('example.com', 'example.org')
    >>> domain_of("not a url") is None
    True
    """
    text = url.strip()
    try:
        host = urlsplit(text if "//" in text else "//" + text).hostname
    except ValueError:  # a malformed port or bracket: no host to read
        return None
    if not host or " " in host or "." not in host:
        return None
    return host[len(_WWW) :] if host.startswith(_WWW) else host


def source_key(by: str, source: str | None, metadata: Mapping[str, Any]) -> str | None:
    """The source a document belongs to for rules scoped ``source_by = by``; None for none.

    ``by`` is ``"domain"`` (the host of ``source``), ``"source"`` (``source`` as it is) or the
    name of a metadata field (a scalar value, as text).

    >>> source_key("domain", "https://www.bbc.co.uk/news/1", {})
    'bbc.co.uk'
    >>> source_key("site", None, {"site": "bbc"}), source_key("site", None, {})
    ('bbc', None)
    """
    if by == "domain":
        return domain_of(source) if source else None
    if by == "source":
        return source or None
    value = metadata.get(by)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return str(value) or None


class ScopedMatcher:
    """One source's rules as one alternation; of the rules that match, the first in order wins.

    The patterns run on the `regex` engine under the rule timeout (they come from user
    files). A line too long for the winning rule's ``max_words`` is tried rule by rule.
    """

    def __init__(self, rules: Sequence[Rule], timeout: float) -> None:
        self.rules = tuple(rules)
        self._by_name = {rule.name: rule for rule in self.rules}
        self._timeout = timeout
        self.max_words = max(rule.max_words for rule in self.rules)
        self._combined = _combined(self.rules)
        # Each rule alone, compiled on first need: only a line too long for the winner of
        # the combined pattern, or rules that cannot combine, need them.
        self._each: list[tuple[Rule, regex.Pattern[str]]] | None = None

    def match(self, line: str, words: int) -> Rule | None:
        """The first rule (in file order) whose pattern matches the whole line.

        Raises `TimeoutError` when matching takes longer than the rule timeout.
        """
        if words > self.max_words:
            return None
        if self._combined is not None:
            found = self._combined.fullmatch(line, timeout=self._timeout)
            if found is None:
                return None
            rule = self._by_name[str(found.lastgroup)]
            if words <= rule.max_words:
                return rule
        if self._each is None:
            self._each = [(rule, rule.compile()) for rule in self.rules]
        for rule, pattern in self._each:
            if words <= rule.max_words and pattern.fullmatch(line, timeout=self._timeout):
                return rule
        return None


def _combined(rules: Sequence[Rule]) -> regex.Pattern[str] | None:
    """The rules as one pattern with a named group each, or None when they cannot combine
    (a pattern with its own group names, or one that only compiles alone)."""
    parts = []
    for rule in rules:
        flags = ("i" if rule.ignore_case else "-i") + ("x" if rule.verbose else "")
        parts.append(f"(?P<{rule.name}>(?{flags}:{rule.guarded_pattern}))")
    try:
        return regex.compile("|".join(parts), regex.V0)
    except regex.error:
        return None


class SourceRules:
    """Every source-scoped rule, compiled once per source; looked up per document."""

    def __init__(self, rules: Iterable[Rule], timeout: float = 0.25) -> None:
        rules = tuple(rules)
        names = Counter(rule.name for rule in rules)
        repeated = sorted(name for name, count in names.items() if count > 1)
        if repeated:
            raise ValueError(
                f"rule names must be unique; repeated: {repeated}. Two learned files of "
                "the same corpus? Keep one of them."
            )
        grouped: dict[tuple[str, str], list[Rule]] = {}
        for rule in rules:
            if rule.source is None:
                raise ValueError(f"rule {rule.name!r} has no source; it belongs to RuleMatcher")
            grouped.setdefault((rule.source_by, rule.source), []).append(rule)
        self._matchers = {key: ScopedMatcher(found, timeout) for key, found in grouped.items()}
        #: Every scoped rule, by source kind and source, in file order within a source.
        self.rules: tuple[Rule, ...] = tuple(
            rule for key in sorted(grouped) for rule in grouped[key]
        )
        #: The ways of reading a document's source that the rules use, in a fixed order.
        self.kinds: tuple[str, ...] = tuple(sorted({by for by, _ in grouped}))

    def __len__(self) -> int:
        return len(self._matchers)

    def for_document(
        self, source: str | None, metadata: Mapping[str, Any]
    ) -> ScopedMatcher | ChainedMatcher | None:
        """The rules that apply to a document of this source and metadata (None for none)."""
        found = []
        for by in self.kinds:
            key = source_key(by, source, metadata)
            matcher = self._matchers.get((by, key)) if key is not None else None
            if matcher is not None:
                found.append(matcher)
        if len(found) > 1:
            return ChainedMatcher(found)
        return found[0] if found else None


class ChainedMatcher:
    """The scoped rules of a document that belongs to sources of several kinds, in turn."""

    def __init__(self, matchers: Sequence[ScopedMatcher]) -> None:
        self._matchers = tuple(matchers)

    def match(self, line: str, words: int) -> Rule | None:
        """The first rule of the first source whose rules match the whole line."""
        for matcher in self._matchers:
            found = matcher.match(line, words)
            if found is not None:
                return found
        return None
