"""Learned lines -> rules scoped to their source, written as a reviewable rule file.

A line becomes a rule when it is in at least `LearnSettings.min_docs` documents and
`LearnSettings.min_share` of its source's documents, looks like article prose in at most
`LearnSettings.max_prose_share` of them (1.0 turns this guard off), and holds a letter.
Each rule matches its line whole, digits generalised when they vary between its documents
(a date, a count), and applies only to its source. Learned rules are ambiguous
(``certain = false``): they remove within the removal budget. The file lists sources and
rules in sorted order, so the same counts always give the same file.

A line that a built-in rule already removes wherever it stands (a ``line`` rule of the
settings' language, or of every shipped language under "auto", enabled, matching the line's
smallest and largest text) is left out of
the rules: a second rule for it would change nothing, and would make the file longer to
review. The file names those lines, with the built-in rule, in comments.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Iterable, Iterator

import attrs

from ..config import Config
from ..rules import Rule, RuleMatcher, Scope, builtin_languages, load_builtin_rules
from ..text import has_letter, word_count
from .counts import LearnSettings, LineCounts, LineTally
from .lines import line_pattern

__all__ = [
    "LEARNED_FAMILY",
    "LearnedRule",
    "builtin_line_matchers",
    "left_out_rules",
    "render_rule_file",
    "select_rules",
    "split_rules",
]

#: The family of every learned rule.
LEARNED_FAMILY = "learned"
_SLUG = re.compile(r"[^a-z0-9]+")
# A rule name keeps this much of its source's slug, and a hash of source and pattern.
_SLUG_CHARS = 40


@attrs.frozen(slots=True)
class LearnedRule:
    """A learned rule with the counts behind it, which the rule file shows in comments."""

    rule: Rule
    documents: int
    source_documents: int
    prose: int
    example: str
    #: The built-in rule that already removes the line (then it is left out of the rules).
    covered_by: str | None = None


def _name(source: str, pattern: str) -> str:
    slug = _SLUG.sub("_", source.casefold()).strip("_")[:_SLUG_CHARS].strip("_")
    digest = hashlib.blake2b(f"{source}\x00{pattern}".encode(), digest_size=4).hexdigest()
    return f"learned_{slug}_{digest}" if slug else f"learned_{digest}"


def _rule(source: str, tally: LineTally, source_documents: int, by: str) -> LearnedRule:
    varies = tally.first_text != tally.last_text
    pattern = line_pattern(tally.first_text, generalise_digits=varies)
    share = tally.documents / source_documents
    rule = Rule(
        name=_name(source, pattern),
        family=LEARNED_FAMILY,
        pattern=pattern,
        reason=f"learned: in {tally.documents} of {source_documents} documents ({share:.0%}) "
        f"of {source}",
        max_words=tally.words,
        source=source,
        source_by=by,
    )
    return LearnedRule(rule, tally.documents, source_documents, tally.prose, tally.first_text)


def builtin_line_matchers(config: Config) -> tuple[RuleMatcher, ...]:
    """The built-in ``line`` rules `config` enables, one matcher per rule set a document may
    be cleaned with: the configured language's, or under ``language="auto"`` every shipped
    language's (a document gets the set of the language it is identified as, so a line is
    removed everywhere only when every set removes it). Empty when ``builtin_rules`` is off.

    Only ``line`` rules remove a line wherever it stands; an ``edge``, ``margin``, ``list`` or
    ``rest`` rule removes it in some places only, and a learned rule for that line is not
    redundant. A ``notice`` rule (`_COVERING_SCOPES`) counts as a line rule here.
    """
    return tuple(_line_matcher(config, language) for language in _rule_sets(config))


def _rule_sets(config: Config) -> tuple[str, ...]:
    """The languages whose built-in rule sets `builtin_line_matchers` reads, in order."""
    if not config.builtin_rules:
        return ()
    return builtin_languages() if config.language == "auto" else (config.language,)


# The scopes whose rules cover a line a site repeats: a ``line`` rule removes it everywhere, and
# a ``notice`` rule keeps only one sentence of a story between its paragraphs, which a line
# printed on many of a site's pages is not (tails26b: `copyright_notice` still covers a site's
# "© 2020 Example Ltd").
_COVERING_SCOPES = frozenset({Scope.LINE, Scope.NOTICE})
# Every (language, disabled rules, timeout) a process learns with keeps its matcher: building
# one compiles about a hundred patterns (more than `re`'s own cache keeps across nine
# languages), and a process that learns many times (a test suite, a notebook, a worker
# learning shard after shard) would otherwise pay it on every call. Nine languages times a
# few configurations fit.
_MATCHERS_KEPT = 32


def _line_matcher(config: Config, language: str) -> RuleMatcher:
    return _built_line_matcher(language, config.disabled_rules, config.rule_timeout)


@functools.lru_cache(maxsize=_MATCHERS_KEPT)
def _built_line_matcher(language: str, disabled: frozenset[str], timeout: float) -> RuleMatcher:
    rules = [
        rule
        for rule in load_builtin_rules(language)
        if rule.scope in _COVERING_SCOPES and rule.name not in disabled
    ]
    return RuleMatcher(rules, timeout=timeout, trusted=rules)


class _LineMatchers:
    """The matchers of `builtin_line_matchers`, each built when first asked for.

    Building one reads and compiles its rules (about 0.15 CPU s a language, 1.2 s for the
    nine shipped): a run that learns no line needs none, and a line that the first rule set
    leaves is decided without the others (`_covered_by`)."""

    def __init__(self, config: Config) -> None:
        self._config = config
        self._languages = _rule_sets(config)
        self._built: dict[str, RuleMatcher] = {}

    def __iter__(self) -> Iterator[RuleMatcher]:
        for language in self._languages:
            if language not in self._built:
                self._built[language] = _line_matcher(self._config, language)
            yield self._built[language]


def _covered_by(matchers: Iterable[RuleMatcher], tally: LineTally) -> str | None:
    """The built-in rule that removes both the smallest and the largest text of the line
    (when its digits vary, the two ends of what the learned pattern would match), in every
    rule set a document may get; None when one of them leaves either, or when there is
    no rule set."""
    ends = [(text, word_count(text)) for text in {tally.first_text, tally.last_text}]
    names = set()
    for matcher in matchers:
        for text, words in ends:
            rule = matcher.match(text, words)
            if rule is None:
                return None
            names.add(rule.name)
    return min(names, default=None)


def _qualifying(counts: LineCounts) -> list[LearnedRule]:
    """Every line of the counts that qualifies, as a rule, with the built-in rule that
    already removes it if there is one; sorted by source and pattern."""
    settings = counts.settings
    matchers = _LineMatchers(settings.config)
    found = []
    for (source, _key), tally in counts.lines.items():
        total = counts.documents[source]
        if tally.documents < settings.needed(total):
            continue
        if tally.prose > settings.max_prose_share * tally.documents:
            continue
        # Lines without a letter ("87", "8:09", "/") are not learned: as patterns they match
        # numbers and marks in article text too, and removing them gains next to nothing.
        if not has_letter(tally.first_text):
            continue
        learned = _rule(source, tally, total, settings.by)
        found.append(attrs.evolve(learned, covered_by=_covered_by(matchers, tally)))
    return sorted(found, key=lambda learned: (learned.rule.source or "", learned.rule.pattern))


def split_rules(counts: LineCounts) -> tuple[tuple[LearnedRule, ...], tuple[LearnedRule, ...]]:
    """`select_rules` and `left_out_rules` of the counts, found in one go."""
    found = _qualifying(counts)
    return (
        tuple(learned for learned in found if learned.covered_by is None),
        tuple(learned for learned in found if learned.covered_by is not None),
    )


def select_rules(counts: LineCounts) -> tuple[LearnedRule, ...]:
    """The lines of the counts that qualify, as rules, sorted by source and pattern; lines a
    built-in rule already removes are left out (`left_out_rules`)."""
    return split_rules(counts)[0]


def left_out_rules(counts: LineCounts) -> tuple[LearnedRule, ...]:
    """The lines that qualify but are left out: a built-in rule (`covered_by`) removes them."""
    return split_rules(counts)[1]


def _toml_string(text: str) -> str:
    """A TOML string for ``text``: literal when it can be (no backslashes doubled)."""
    if "'" not in text and not any(ord(c) < 32 or ord(c) == 127 for c in text):
        return f"'{text}'"
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string


def _comment(text: str) -> str:
    return " ".join(text.split())


def _table(learned: LearnedRule) -> list[str]:
    rule = learned.rule
    return [
        "[[rules]]",
        f"# in {learned.documents} of {learned.source_documents} documents, "
        f"like prose in {learned.prose}; example: {_comment(learned.example)}",
        f"name = {_toml_string(rule.name)}",
        f"family = {_toml_string(rule.family)}",
        f"source_by = {_toml_string(rule.source_by)}",
        f"source = {_toml_string(rule.source or '')}",
        f"max_words = {rule.max_words}",
        f"reason = {_toml_string(rule.reason)}",
        f"pattern = {_toml_string(rule.pattern)}",
        "",
    ]


def _left_out_comments(left_out: list[LearnedRule]) -> list[str]:
    if not left_out:
        return []
    lines = ["# Left out: lines the built-in rules already remove (rule: example)."]
    for item in left_out:
        lines.append(f"# {item.covered_by}: {_comment(item.example)}")
    return [*lines, ""]


def render_rule_file(
    learned: Iterable[LearnedRule],
    counts: LineCounts,
    settings: LearnSettings,
    left_out: Iterable[LearnedRule] = (),
) -> str:
    """The rule file: a header with the settings and totals, then each source's rules and,
    in comments, its lines `left_out` because a built-in rule already removes them.

    Delete a rule to keep its line; ``corpusclean clean --rules FILE`` applies the rest.
    """
    rules = list(learned)
    by_source: dict[str, list[LearnedRule]] = {}
    for item in rules:
        by_source.setdefault(item.rule.source or "", []).append(item)
    covered: dict[str, list[LearnedRule]] = {}
    for item in left_out:
        covered.setdefault(item.rule.source or "", []).append(item)
    lines = [
        "# Rules learned by `corpusclean learn`: lines repeated across a source's documents.",
        f"# {sum(counts.documents.values())} documents of {len(counts.documents)} sources "
        f"(by {settings.by}); a line is learned when in at least {settings.min_docs} documents "
        f"and {settings.min_share:.0%} of its source's, and like prose in at most "
        f"{settings.max_prose_share:.0%} of them.",
        "# Review before use: delete a rule to keep its line. Each applies to its source only,",
        "# within the removal budget (certain = false).",
        "",
    ]
    for source in sorted(by_source.keys() | covered.keys()):
        found = by_source.get(source, [])
        lines += [f"# --- {source}: {counts.documents[source]} documents, {len(found)} rules", ""]
        lines += _left_out_comments(covered.get(source, []))
        for item in found:
            lines += _table(item)
    if not rules:
        lines.append("rules = []")
    return "\n".join(lines).rstrip("\n") + "\n"
