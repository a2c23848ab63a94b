"""The compiled rule matcher: which enabled rule, if any, a whole line matches.

Rules are compiled once, when a `RuleMatcher` is built (in the `Cleaner` constructor); a
`DocumentMatcher` adds what one document's lines hold (their keywords) and is made per
document. The first rule in file order that matches the whole line wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

import attrs
import regex

from ..text import LETTER, spaced_word_count
from .fold import fold_case, fold_tables
from .keywords import KeywordSearch
from .literals import (
    LOOKAHEAD_OPENERS,
    after_leading_lookaheads,
    alternatives,
    every_match_holds_a_letter,
    leading_alternatives,
    leading_lookaheads,
    needs_filter,
    needs_letters,
    required_keywords,
    without_leading_lookarounds,
)
from .readings import is_shipped
from .rule import Rule
from .starts import Starts, line_starts, may_begin

__all__ = ["DocumentMatcher", "LineMatcher", "RuleMatcher"]


class LineMatcher(Protocol):
    """Anything that finds the rule a line matches: `RuleMatcher` or `DocumentMatcher`."""

    def match(self, line: str, words: int) -> Rule | None: ...


class RuleMatcher:
    """The enabled rules, compiled once, tried on a line in file order; the first match wins.

    Speed comes from doing as little per line as possible:

    * lines longer than every rule's ``max_words`` are not tried at all, and for each line
      length only the rules whose ``max_words`` allow it are considered;
    * trusted (built-in) rules that are anchored on their first words are each compiled
      once on the stdlib engine, and a line is tried, per length class, only on those that
      can start with its first three characters (none at all for most lines' starts), and
      only when it holds one of the literal parts the rule's pattern needs
      (`corpusclean.rules.literals`: a separator for a breadcrumb, a digit for a date);
    * rules that must scan a line (``.{0,100}\\bsubscribe...``) declare ``keywords``,
      literal lower-case strings of which the line must contain one, and are tried only then;
    * all of this is settled once per kind of line, not per line: a line's length class, its
      first characters and the strings it holds (keywords, and the strings guarded matches
      need, found for a whole document in one search) key its *plan*, the rules it can match
      in file order (`LengthClass.plan`), so a line no rule can match costs one look-up;
    * every rule that is not trusted runs on the `regex` engine under a timeout, so a
      catastrophic user pattern cannot hang a run.
    """

    def __init__(
        self, rules: Iterable[Rule], timeout: float = 0.25, trusted: Iterable[Rule] = ()
    ) -> None:
        #: The rules as given, in file order: what `match` answers.
        self.rules: tuple[Rule, ...] = tuple(rules)
        #: The trusted (built-in) rules as given.
        self.trusted = frozenset(trusted)
        # Each rule's guards are written into its pattern once, here: every reading below
        # (keywords, alternatives, starts) and every compile is of the pattern as matched.
        # A plan holds the rules so written; `plan` gives each back as it was given, so a
        # rule `match` answers is equal to the caller's own.
        inlined = tuple(rule.with_guards_inlined() for rule in self.rules)
        self._as_given = {
            written: rule
            for rule, written in zip(self.rules, inlined, strict=True)
            if written is not rule
        }
        trusted_inlined = frozenset(
            written
            for rule, written in zip(self.rules, inlined, strict=True)
            if rule in self.trusted
        )
        names = [rule.name for rule in inlined]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(
                f"rule names must be unique; repeated: {duplicates}. Disable the "
                "built-in rule with Config.disabled_rules to replace it."
            )
        self.timeout = timeout
        self.max_words = max((rule.max_words for rule in inlined), default=0)
        #: Each rule's position in file order: of the rules that match, the first wins.
        self.rule_order = {rule.name: index for index, rule in enumerate(inlined)}
        starts = _StartOracle()
        anchored = {
            r: (needs_filter(r.pattern, _re_flags(r)), match)
            for r in inlined
            if (match := _anchored_match(r, r in trusted_inlined)) is not None
        }
        # Anchored rules whose filter reads only signs are tried on the lines holding one of
        # the keywords their patterns need, found with the others' (`_anchored_keywords`):
        # those no longer than the lines already searched, so no more lines are searched.
        searched_words = max((r.max_words for r in inlined if r.keywords), default=0)
        gated = {
            r.name: keywords
            for r, (needs, _match) in anchored.items()
            if r.max_words <= searched_words
            and (keywords := _anchored_keywords(r, needs)) is not None
        }
        # An anchored rule of many alternatives is tried, on a line, with those its start
        # allows (`_SplitByStart`): one per rule, shared by every length class.
        splits = {
            r.name: split
            for r, (_needs, fullmatch) in anchored.items()
            if (split := _SplitByStart.of(r, fullmatch, starts)) is not None
        }
        # Keywords read from the patterns are more and longer than the declared ones, and the
        # anchored rules' add more (1,522 strings searched against 427 for the English rules):
        # one pass of the automaton finds them as fast, and so, without the ``fast`` extra,
        # does one pass of the keyword pattern (`KeywordSearch`), while the rules tried on
        # fewer lines save more than it costs (the matcher over the speed corpus without the
        # extra, ASCII and ordinary: 0.354 -> 0.292 s and 0.347 -> 0.296 s a pass, paired;
        # docs/benchmarks-log.md, "kwfallback31").
        refine = True
        others = [
            _entry_for(r, r in trusted_inlined, refine, timeout)
            for r in inlined
            if r not in anchored
        ]
        # Lines are grouped in length classes: all lengths whose eligible rules are the same.
        groups: dict[tuple[Rule, ...], int] = {}
        self._classes: list[LengthClass] = []
        self._class_of: list[int] = []
        for words in range(self.max_words + 1):
            eligible = tuple(r for r in inlined if words <= r.max_words)
            if eligible not in groups:
                groups[eligible] = len(self._classes)
                own = [(r, anchored[r]) for r in eligible if r in anchored]
                self._classes.append(
                    LengthClass(
                        _Anchored(own, starts, splits) if own else None,
                        tuple(entry for entry in others if entry[0] in eligible),
                        {r.name: gated[r.name] for r, _entry in own if r.name in gated},
                    )
                )
            self._class_of.append(groups[eligible])
        #: The keywords looked for: those each rule with keywords is tried on.
        self.keywords = frozenset(k for _r, keywords, _p in others for k in keywords).union(
            *gated.values()
        )
        # The strings looked for in each line: the keywords, and the strings the guarded
        # matches need (`_Guarded`), so that a plan answers a guard as a set test. On the
        # ASCII speed corpus they add about 1,700 occurrences a pass to the automaton's
        # 3,700, and spare about 6,000 folds and searches of a line (docs/benchmarks.md).
        self._searched = self.keywords.union(*(_guard_strings(m) for _r, _k, m in others))
        self._keyword_search = KeywordSearch(self._searched)
        #: Each kind of line's plan (`LengthClass.plan`), by its length class, its first
        #: characters and the keywords it holds: made when a line of that kind first comes
        #: along, shared by every document after (bounded by `_MAX_PLANS`).
        self._plans: dict[tuple[int, str, frozenset[str]], _Plan] = {}
        #: Lines with more words than this are tried on no rule that has keywords.
        self.keyword_max_words = searched_words
        # The trusted rules (on `re`, whose parser reads them) by name, as matched (behind
        # their guards): whether each needs a letter is read when a letterless line first
        # meets it (`letterless_plan`). A user's rule is never left out.
        self._trusted_by_name = {rule.name: rule for rule in trusted_inlined}
        self._needs_letter: dict[str, bool] = {}
        #: Each kind of line's plan for a line that holds no letter, by the plan's key.
        self._letterless: dict[tuple[int, str, frozenset[str]], _Plan] = {}

    def __reduce__(self) -> tuple[Any, ...]:
        return (RuleMatcher, (self.rules, self.timeout, self.trusted))

    def match(self, line: str, words: int) -> Rule | None:
        """Return the first rule (in file order) whose pattern matches the whole line.

        Raises `TimeoutError` when an untrusted rule's match takes longer than the timeout.
        """
        if words > self.max_words:
            return None
        index = self._class_of[words]
        # The keywords `for_document` would find: the searched strings are folded already,
        # so the search's keywords are these very strings (tests/test_keywords.py).
        searches = self._classes[index].searches
        here = self._keyword_search.in_line(line) if searches else _NONE
        start = line[:PREFIX_CHARACTERS]
        plan = self.plan(words, start, here)
        if plan and _letterless(line):
            plan = self.letterless_plan((index, start, here), plan)
        return first_match(plan, line)

    def plan(self, words: int, start: str, here: frozenset[str]) -> _Plan:
        """The rules a line of ``words`` words (at most ``max_words``) can match, in file
        order, given its first `PREFIX_CHARACTERS` characters and the keywords it holds
        (``here``): `LengthClass.plan`, made once per kind of line."""
        index = self._class_of[words]
        key = (index, start, here)
        found = self._plans.get(key)
        if found is None:
            found = self._classes[index].plan(start, here, self.rule_order)
            if self._as_given:
                as_given = self._as_given
                found = tuple((as_given.get(r, r), needs, m) for r, needs, m in found)
            if len(self._plans) < _MAX_PLANS:
                self._plans[key] = found
        return found

    def letterless_plan(self, key: tuple[int, str, frozenset[str]], plan: _Plan) -> _Plan:
        """``plan``, the plan of ``key`` (`plan`), for a line that holds no letter
        (`text.LETTER`): without the trusted rules every match of which holds one
        (`literals.every_match_holds_a_letter`), which cannot match such a line. The rules
        left keep their order, so the first that matches is the plan's first that does.

        Why: a column of numbers ("123", "4.5") starts as dates and counters do, and its
        lines were tried on every rule that may start with a digit (issue #8: the
        adversarial column of digit lines spent a fifth of its time in full matches that
        failed)."""
        found = self._letterless.get(key)
        if found is None:
            found = tuple(entry for entry in plan if not self._holds_a_letter(entry[0].name))
            if len(self._letterless) < _MAX_PLANS:
                self._letterless[key] = found
        return found

    def _holds_a_letter(self, name: str) -> bool:
        """Whether every match of the trusted rule ``name`` holds a letter; False for a
        rule that is not trusted (it runs on `regex`, which the reading does not speak for)."""
        known = self._needs_letter.get(name)
        if known is None:
            rule = self._trusted_by_name.get(name)
            known = self._needs_letter[name] = rule is not None and every_match_holds_a_letter(
                rule.pattern, _re_flags(rule)
            )
        return known

    def for_document(
        self, lines: Iterable[str], words: Iterable[int] | None = None
    ) -> DocumentMatcher:
        """A matcher for the lines of one document, which knows the keywords of each line.

        Looking for every keyword once in the whole document is cheaper than once per line,
        and most lines hold none, so they are never tried on a rule with keywords. Only lines
        short enough for some rule with keywords are searched; ``words``, the lines' word
        counts (`text.word_count`) when the caller has them, saves counting them again.
        """
        limit = self.keyword_max_words
        if words is None:
            short = [line for line in lines if spaced_word_count(line) <= limit]
        else:
            # The lines the branch above takes: `word_count` is `spaced_word_count`, but for
            # an empty line (0) and a line of an unspaced script, which it counts longer.
            # Such a line that only the branch above searches is too long for every rule
            # with keywords, so the keywords found in it change no answer.
            short = [line for line, count in zip(lines, words, strict=True) if count <= limit]
        return DocumentMatcher(self, self._keyword_search.by_line(short))


_NONE: frozenset[str] = frozenset()
# A pattern whose starts were not read yet (`_StartOracle`): None is "read, no list".
_UNREAD: Any = object()
# Plans kept per matcher (`RuleMatcher.plan`): the ASCII speed corpus makes about 3,600 of
# them across its 362 documents. Beyond the cap (a corpus in many scripts) a plan is made
# for each line again: slower, with the same answers.
_MAX_PLANS = 32768


def _letterless(line: str) -> bool:
    """Whether a line holds no letter (`text.LETTER`). A line opening with a letter (most
    lines a plan holds rules for) is answered by its first character alone."""
    return not line[:1].isalpha() and LETTER.search(line) is None


def first_match(plan: _Plan, line: str) -> Rule | None:
    """The first rule of ``plan`` that matches the whole line, trying each rule's search
    for the parts it needs first (a line without one cannot match: one search, not a full
    match that fails late)."""
    for rule, needs, fullmatch in plan:
        if (needs is None or needs(line)) and fullmatch(line):
            return rule
    return None


class DocumentMatcher:
    """`RuleMatcher.match` for the lines of one document, knowing the keywords of its lines."""

    def __init__(
        self, matcher: RuleMatcher, by_line: dict[str, frozenset[str]] | None = None
    ) -> None:
        self._matcher = matcher
        self._by_line = by_line or {}
        # The matcher's kept plans and length classes, read by `match` for every line: the
        # same objects (the plans are added to as lines of new kinds come along).
        self._plans = matcher._plans
        self._class_of = matcher._class_of

    def match(self, line: str, words: int) -> Rule | None:
        """Return the first rule (in file order) whose pattern matches the whole line."""
        here = self._by_line.get(line)
        if here is None:
            matcher = self._matcher
            if words > matcher.max_words:
                return None
            if words <= matcher.keyword_max_words:
                # A line this matcher was not made with (`DocumentRun` makes it with the
                # lines its rounds read; an explanation asks about every line): it may hold
                # keywords this document's lines do not, so the rule set answers it.
                return matcher.match(line, words)
            # Too long for every rule with keywords (none is in its length class): the
            # keywords it holds cannot change the answer, so none are looked for.
            here = _NONE
        try:
            index = self._class_of[words]
        except IndexError:  # longer than every rule's ``max_words``
            return None
        start = line[:PREFIX_CHARACTERS]
        # `matcher.plan`, its kept plans read here (one call a line fewer: issue #8).
        key = (index, start, here)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._matcher.plan(words, start, here)
        # A line without a letter is tried on the plan less the rules that need one
        # (`RuleMatcher.letterless_plan`); the test written out: asked of nearly every line
        # a rule may match, and a line opening with a letter is answered by that character.
        if plan and not line[:1].isalpha() and LETTER.search(line) is None:
            plan = self._matcher.letterless_plan(key, plan)
        # `first_match`, inlined (a call a line fewer). Most plans are empty (on the ASCII
        # speed corpus 42 % of the lines matched: no rule starts as they do and no keyword
        # of theirs is held): the loop ends at once.
        for rule, needs, fullmatch in plan:
            if (needs is None or needs(line)) and fullmatch(line):
                return rule
        return None


class LengthClass:
    """The rules eligible for lines of some lengths: the anchored ones, then the others."""

    def __init__(
        self,
        combined: _Anchored | None,
        others: _Others,
        gated: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self.combined = combined
        self.others = others
        #: The anchored rules tried only on lines holding one of their keywords, by name.
        self.gated = gated or {}
        #: Whether a line of the class is searched for keywords before it is matched.
        self.searches = bool(others or self.gated)

    def plan(self, start: str, here: frozenset[str], order: dict[str, int]) -> _Plan:
        """The rules a line of the class that starts with ``start`` and holds the keywords
        ``here`` can match, in file order: the anchored rules its start allows, the others
        that need no keyword, and those it holds a keyword of (of a rule split into
        alternatives, only the alternatives it holds a keyword of).

        Every rule left out cannot match such a line, so the first rule of the plan that
        matches is the first rule of the class that does. Trying them in file order, up to
        the first match, tries an untrusted rule (the only kind that can time out) exactly
        when no rule before it matched, as trying every rule in order would.
        """
        anchored = self.combined.rules_for(start) if self.combined is not None else ()
        if self.gated:
            gated = self.gated
            anchored = tuple(
                entry
                for entry in anchored
                if (keywords := gated.get(entry[0].name)) is None or not here.isdisjoint(keywords)
            )
        others = tuple(
            (rule, None, _as_planned(given))
            for rule, keywords, match in self.others
            if (not keywords or not here.isdisjoint(keywords))
            and (given := _given(match, here)) is not None
        )
        if not others:
            return anchored
        return tuple(sorted(anchored + others, key=lambda entry: order[entry[0].name]))


_Matcher = Callable[[str], object]
# A rule that is not anchored: the keywords it is tried on (none: every line), its match.
_Others = tuple[tuple[Rule, frozenset[str], _Matcher], ...]
# An anchored rule: the search for the parts its pattern needs (None: no filter), its match.
_Filtered = tuple[tuple[Rule, _Matcher | None, _Matcher], ...]
# The rules a kind of line can match, in file order, each as in `_Filtered`.
_Plan = _Filtered
# A line's first characters tell which anchored rules it can match. Three tell most rules
# apart: on the ASCII speed corpus, dispatching on 1, 2, 3 and 4 characters left 0.024,
# 0.016, 0.014 and 0.014 s of anchored matching (docs/benchmarks.md).
PREFIX_CHARACTERS = 3
# Distinct line starts given their own list of rules per length class; beyond that (a corpus
# in many scripts) lines are tried on every anchored rule, slower but with the same result.
_MAX_PREFIXES = 4096


class _StartOracle:
    """Whether a rule can match some line that starts with given characters.

    A `regex` partial match of the characters alone answers it: it succeeds when they are a
    prefix of some string the pattern matches in full. Answers are not kept here: each
    length class keeps, per line start, the rules it allowed (bounded by `_MAX_PREFIXES`).

    The pattern asked is the rule's without the lookaheads it starts with: it matches every
    line the rule does, so a start it rejects the rule cannot match either. Asked with
    them, `regex` lets through starts the rest rejects: a partial match of "The" against
    ``(?!.*\b(said|says|told)\b)`` reaches the end of the characters inside the lookahead
    and counts as partial, so `feedback_call` was tried on 1,733 lines a pass of the ASCII
    speed corpus, 535 of them starting "The" (docs/benchmarks.md).
    """

    def __init__(self) -> None:
        #: Each pattern's ASCII starts (`starts.line_starts`), by rule name, or by rule name
        #: and alternative: asked first, as a set look-up, and `regex` compiled only for a
        #: pattern with no list or a start the list cannot answer (outside ASCII).
        self._lists: dict[str | tuple[str, str], Starts | None] = {}
        self._compiled: dict[str, regex.Pattern[str]] = {}
        self._parts: dict[tuple[str, str], regex.Pattern[str]] = {}

    def may_start(self, rule: Rule, start: str) -> bool:
        if rule.ignore_case and _folds_otherwise(start):
            # The oracle asks `regex`, but the trusted rules run on `re`, and `regex`
            # ignores case between fewer characters ("clıck here" is page_ui's "click
            # here" to `re`, not to `regex`): for the few starts where they differ, the
            # rule is tried. (`_Anchored` tries every rule on starts the engines class
            # differently.)
            return True
        listed = self._lists.get(rule.name, _UNREAD)
        if listed is _UNREAD:
            rest = without_leading_lookarounds(rule.pattern, _re_flags(rule))
            listed = self._lists[rule.name] = line_starts(rest, _re_flags(rule))
        if listed is not None and (answer := may_begin(listed, start)) is not None:
            return answer
        compiled = self._compiled.get(rule.name)
        if compiled is None:
            rest = without_leading_lookarounds(rule.pattern, _re_flags(rule))
            # Without its guards too: they are leading lookaheads, which `compile` would put
            # back, and `regex` calls a start that ends inside one a partial match.
            unguarded = attrs.evolve(rule, pattern=rest, unless=())
            compiled = self._compiled[rule.name] = unguarded.compile()
        return compiled.fullmatch(start, partial=True) is not None

    def may_start_as(self, rule: Rule, pattern: str, start: str) -> bool:
        """`may_start` for the rule with another pattern (one of its alternatives)."""
        if rule.ignore_case and _folds_otherwise(start):
            return True  # as in `may_start`
        listed = self._lists.get((rule.name, pattern), _UNREAD)
        if listed is _UNREAD:
            rest = without_leading_lookarounds(pattern, _re_flags(rule))
            listed = self._lists[(rule.name, pattern)] = line_starts(rest, _re_flags(rule))
        if listed is not None and (answer := may_begin(listed, start)) is not None:
            return answer
        compiled = self._parts.get((rule.name, pattern))
        if compiled is None:
            rest = without_leading_lookarounds(pattern, _re_flags(rule))
            # As `Rule.compile`, but kept out of `regex`'s own cache of 500 patterns: a
            # hundred alternatives a rule would push out the patterns every `Cleaner`
            # compiles, and each new one would compile them all again.
            flags = (regex.IGNORECASE if rule.ignore_case else 0) | (
                regex.VERBOSE if rule.verbose else 0
            )
            compiled = regex.compile(rest, flags | regex.V0, cache_pattern=False)
            self._parts[(rule.name, pattern)] = compiled
        return compiled.fullmatch(start, partial=True) is not None


class _Anchored:
    """Trusted, anchored rules, each compiled once on the stdlib engine, in file order.

    A line is tried only on the rules that can start with its first characters, in file
    order, so the first rule that matches still wins; which rules those are is found when a
    line with those first characters first comes along. One compiled pattern per rule,
    shared by every length class, rather than one alternation per set of rules: compiling
    an alternation costs milliseconds, and the sets a corpus asks for run into hundreds.
    """

    def __init__(
        self,
        rules: Sequence[tuple[Rule, tuple[_Matcher | None, _Matcher]]],
        starts: _StartOracle,
        splits: dict[str, _SplitByStart] | None = None,
    ) -> None:
        self._rules: _Filtered = tuple((r, needs, m) for r, (needs, m) in rules)
        self._starts = starts
        self._splits = splits or {}
        self._by_prefix: dict[str, _Filtered] = {}
        # Many line starts allow the same rules: one tuple each, shared.
        self._interned: dict[_Filtered, _Filtered] = {}
        # Every rule with its match compiled (`_every`), made once: past `_MAX_PREFIXES`
        # every line with a new start reads it.
        self._all: _Filtered | None = None

    def rules_for(self, prefix: str) -> _Filtered:
        """The rules, in file order, that a line starting with ``prefix`` can match."""
        rules = self._by_prefix.get(prefix)
        return self._rules_for(prefix) if rules is None else rules

    def _rules_for(self, prefix: str) -> _Filtered:
        if len(self._by_prefix) >= _MAX_PREFIXES:
            return self._every()
        if _classes_differ(prefix):
            # "ⓒ" and combining marks are `\w` to `regex` (the oracle) only, "²" is to
            # `re` (the trusted rules) only: on such a start the oracle cannot speak for
            # `re`, and every rule is tried.
            rules = self._every()
        else:
            rules = tuple(
                _compiled_entry(allowed)
                for entry in self._rules
                if (allowed := self._at(entry, prefix))
            )
        rules = self._by_prefix[prefix] = self._interned.setdefault(rules, rules)
        return rules

    def _every(self) -> _Filtered:
        """Every rule, each with its compiled match: tried on a start the oracle cannot
        speak for, or past `_MAX_PREFIXES` starts. Made on the first call, not per line."""
        every = self._all
        if every is None:
            every = self._all = tuple(map(_compiled_entry, self._rules))
        return every

    def _at(
        self, entry: tuple[Rule, _Matcher | None, _Matcher], prefix: str
    ) -> tuple[Rule, _Matcher | None, _Matcher] | None:
        """The rule as a line starting with ``prefix`` is tried on it (a rule of many
        alternatives, on those the start allows: `_SplitByStart`), None when it cannot
        match such a line."""
        rule, needs, _match = entry
        split = self._splits.get(rule.name)
        if split is None:
            return entry if self._starts.may_start(rule, prefix) else None
        match = split.match_for(prefix)
        return None if match is None else (rule, needs, match)


# An anchored rule is tried by alternative when it has at least this many: `page_ui`'s
# hundred controls, matched whole on the 1,457 short lines a pass of the ASCII speed corpus
# whose start one of them allows, took 6.8 CPU ms, tried by alternative 1.4; on the dev full
# pages in page mode (all languages) rules matching took 0.082 s a pass whole, 0.058 with
# the rules of 20 or more alternatives split (11 in the shipped sets), 0.052 with those of 4
# or more, 0.065 with `page_ui` alone. Each alternative costs the start oracle's questions
# once per new line start: in the first pass of a `Cleaner` over the ASCII corpus 0.16 CPU s
# for the English rules of 20 or more, 0.40 for those of 4 or more (docs/benchmarks-log.md,
# "Anchored rules by alternative").
MIN_SPLIT_ALTERNATIVES = 20


class _SplitByStart:
    """An anchored rule of many alternatives, tried on a line with those its start allows.

    A rule of a hundred alternatives (`page_ui`'s controls) is allowed by most line starts,
    as some alternative starts with any word (a date before "6 min read"), and a full match
    then tries every alternative on the line. Here each line start keys the alternatives
    that can start with it, found by the start oracle (`_StartOracle`), alternative by
    alternative, and the line is matched on the rule's pattern with those alone
    (`literals.leading_alternatives`: a whole-line match of the rule is one of some
    alternative, and one left out cannot match a line with that start). The same answers,
    as long as the oracle never rejects a start that an alternative can begin with.

    The oracle asks each alternative only of a start whose one-character-shorter start it
    allowed: a line that starts "abc" starts "ab", so an alternative that no line starting
    "ab" can match cannot match it either. Both maps are bounded (`_MAX_PREFIXES`); past
    them a start is tried on the whole rule, slower, with the same answers.
    """

    def __init__(
        self,
        rule: Rule,
        parts: tuple[str, tuple[str, ...], str],
        whole: _Matcher,
        starts: _StartOracle,
    ) -> None:
        self._rule = rule
        self._head, self._alternatives, self._tail = parts
        self._starts = starts
        every = tuple(range(len(self._alternatives)))
        self._allowed: dict[str, tuple[int, ...]] = {"": every}
        self._matches: dict[tuple[int, ...], _Matcher] = {every: whole}

    @classmethod
    def of(cls, rule: Rule, whole: _Matcher, starts: _StartOracle) -> _SplitByStart | None:
        """The rule split by alternative, or None when it has too few (or cannot be split)."""
        parts = leading_alternatives(rule.pattern, _re_flags(rule))
        if len(parts[1]) < MIN_SPLIT_ALTERNATIVES:
            return None
        return cls(rule, parts, whole, starts)

    def match_for(self, prefix: str) -> _Matcher | None:
        """The full match for lines that start with ``prefix``: the rule's pattern with the
        alternatives such a line can match; None for none."""
        allowed = self._allowed_for(prefix)
        if not allowed:
            return None
        match = self._matches.get(allowed)
        if match is None:
            if len(self._matches) >= _MAX_PREFIXES:
                return self._matches[tuple(range(len(self._alternatives)))]
            kept = "|".join(self._alternatives[i] for i in allowed)
            compiled = _anchored_pattern(
                attrs.evolve(self._rule, pattern=self._head + kept + self._tail), True
            )
            if compiled is None:  # cannot be: the whole compiled; tried whole all the same
                return self._matches[tuple(range(len(self._alternatives)))]
            match = self._matches[allowed] = compiled.fullmatch
        return match

    def _allowed_for(self, prefix: str) -> tuple[int, ...]:
        """The alternatives (their indexes) that a line starting with ``prefix`` can match."""
        allowed = self._allowed.get(prefix)
        if allowed is None:
            rule, head, tail, oracle = self._rule, self._head, self._tail, self._starts
            allowed = tuple(
                index
                for index in self._allowed_for(prefix[:-1])
                if oracle.may_start_as(rule, head + self._alternatives[index] + tail, prefix)
            )
            if len(self._allowed) < _MAX_PREFIXES:
                self._allowed[prefix] = allowed
        return allowed


def _folds_otherwise(text: str) -> bool:
    """Whether the text holds a character `re` ignores case for otherwise than `str.lower`
    does ("ı", "İ", "ſ", "Σ"...): one on which the two engines may disagree."""
    return not text.isascii() and fold_tables()[1].search(text) is not None


# The only ASCII characters `re` and `regex` class differently (`\s` to `re` only).
_ASCII_SEPARATORS = frozenset("\x1c\x1d\x1e\x1f")
# One character each: whether `re` and `regex` put it in the class.
_CLASSES = tuple((re.compile(c), regex.compile(c)) for c in (r"\w", r"\s", r"\d"))


def _classes_differ(text: str) -> bool:
    r"""Whether the text holds a character that `re` and `regex` class differently under
    ``\w``, ``\s`` or ``\d`` (and so ``\b``): about 30,000 code points, most of them
    marks, characters that one engine's Unicode version has and the other's lacks, and
    "\x1c" to "\x1f". Asked of a line start once per prefix, so read per character."""
    return any(
        bool(ours.match(char)) != bool(theirs.match(char))
        for char in text
        if not char.isascii() or char in _ASCII_SEPARATORS
        for ours, theirs in _CLASSES
    )


def _re_flags(rule: Rule) -> int:
    return (re.IGNORECASE if rule.ignore_case else 0) | (re.VERBOSE if rule.verbose else 0)


def _stdlib_flags(rule: Rule) -> str:
    return ("i" if rule.ignore_case else "-i") + ("x" if rule.verbose else "")


def _anchored_pattern(rule: Rule, trusted: bool) -> re.Pattern[str] | None:
    """A trusted rule without keywords, compiled on the stdlib engine; None for any other."""
    if not trusted or rule.keywords:
        return None
    try:
        return re.compile(f"(?{_stdlib_flags(rule)}:{rule.pattern})")
    except re.error:
        return None


def _anchored_match(rule: Rule, trusted: bool) -> _Matcher | None:
    """An anchored rule's full match (`_anchored_pattern`): of a shipped rule, compiled when
    a plan first holds it (`_AnchoredOnUse`); of another, compiled here. None for a rule that
    is not anchored."""
    if trusted and not rule.keywords and is_shipped(rule.pattern):
        return _AnchoredOnUse(rule)
    compiled = _anchored_pattern(rule, trusted)
    return None if compiled is None else compiled.fullmatch


class _AnchoredOnUse:
    """A shipped anchored rule's full match, compiled on the stdlib engine when the first
    plan that holds it is made (`_compiled_entry`): a line start allows few of the rules,
    so a short run compiles few of them, where compiling the 141 English ones ahead cost
    about 60 CPU ms of every `Cleaner` (issue #8, startup39b). A plan holds the compiled
    match itself, so a line tried on it pays no call more. Only for a pattern the readings
    table holds (`readings.is_shipped`): each of those compiles
    (tests/test_rules_readings.py), so the rule is anchored as when compiled ahead; any
    other pattern is compiled ahead, its failure telling the rule is not anchored."""

    __slots__ = ("_match", "_rule")

    def __init__(self, rule: Rule) -> None:
        self._rule = rule
        self._match: _Matcher | None = None

    def compiled(self) -> _Matcher:
        """The rule's full match, compiled on the first call."""
        match = self._match
        if match is None:
            pattern = _anchored_pattern(self._rule, True)
            if pattern is None:  # cannot be: the shipped patterns all compile (see above)
                raise re.error(f"shipped rule {self._rule.name!r} does not compile on re")
            match = self._match = _body_first_by_alternative(self._rule) or pattern.fullmatch
        return match

    def __call__(self, line: str) -> object:
        return self.compiled()(line)


def _compiled(match: _Matcher) -> _Matcher:
    """A match as a plan holds it: an anchored rule's compiled (`_AnchoredOnUse`)."""
    return match.compiled() if type(match) is _AnchoredOnUse else match


def _compiled_entry(
    entry: tuple[Rule, _Matcher | None, _Matcher],
) -> tuple[Rule, _Matcher | None, _Matcher]:
    """An anchored rule's plan entry with its match compiled (`_compiled`)."""
    rule, needs, match = entry
    return entry if type(match) is not _AnchoredOnUse else (rule, needs, _compiled(match))


def _anchored_keywords(rule: Rule, needs: _Matcher | None) -> frozenset[str] | None:
    """The keywords an anchored rule is tried on, read from its pattern, when its filter
    (`literals.needs_filter`) holds no letter: a filter of a case-insensitive pattern reads
    no letters, and reduced to " " or "-" it lets nearly every line through
    (`platform_footer_credit` was tried on 4,303 lines a pass of the ordinary speed corpus
    and matched none). None for a rule whose filter holds a letter ("By" for `byline`) or
    whose keywords cannot be read or are short (`MIN_GATE_KEYWORD`): it keeps its filter.
    """
    if needs is not None and needs_letters(rule.pattern, _re_flags(rule)):
        return None
    keywords = required_keywords(rule.pattern, _re_flags(rule))
    if not keywords or min(map(len, keywords)) < MIN_GATE_KEYWORD:
        return None
    return keywords


# An anchored rule is gated by keywords only when each is at least this long: a phrase is
# rarely in prose, while short ones ("ad", " and ", "also", "source") are found on many
# lines. Gating every anchored rule whose keywords could be read (50 rules, 573 more
# keywords) cost the document keyword search more than it saved the matching: 0.059 ->
# 0.072 CPU s a pass of the ordinary speed corpus against 0.051 -> 0.051.
MIN_GATE_KEYWORD = 10


def _search_keywords(rule: Rule, from_pattern: bool) -> frozenset[str]:
    """The keywords a rule is tried on: with ``from_pattern``, those its pattern needs that
    each hold one of its declared keywords (`literals.required_keywords`: "this article",
    "this story"... for "this "), when they can be read; else the declared ones.

    Read only for trusted rules (their patterns run on `re`, whose parser reads them; a
    user's pattern runs on `regex`, whose syntax is wider) and with the automaton.
    """
    declared = frozenset(fold_case(k) for k in rule.keywords)
    if not from_pattern or not declared:
        return declared
    return required_keywords(rule.pattern, _re_flags(rule), declared) or declared


def _entry_for(
    rule: Rule, trusted: bool, refine: bool, timeout: float
) -> tuple[Rule, frozenset[str], _Matcher]:
    """A rule that is not anchored as the matcher tries it: its keywords and its match.

    With keywords read from patterns (``refine``), a rule of several top-level alternatives
    is matched alternative by alternative, each tried only when the line holds one of the
    keywords it needs (`_Alternatives`). A long rule is a union of families ("Support our
    journalism" ... "You have reached your limit of free articles"): tried whole, each line
    holding any of its keywords paid for every alternative (on the ASCII speed corpus
    `subscription_pitch` took 19 ms a pass, the costliest rule).
    """
    parts = alternatives(rule.pattern, _re_flags(rule)) if refine and trusted else []
    if len(parts) < 2 or not rule.keywords:
        keywords = _search_keywords(rule, refine and trusted)
        match = _CompiledOnUse(rule, timeout) if trusted else _pattern_for(rule, False, timeout)
        return (rule, keywords, _guarded(rule, keywords, match) if refine and trusted else match)
    split = []
    for part in parts:
        alone = attrs.evolve(rule, pattern=part)
        needs = _search_keywords(alone, True)
        split.append((needs, _guarded(alone, needs, _CompiledOnUse(alone, timeout))))
    union = frozenset().union(*(needs for needs, _match in split))
    return (rule, union, _Alternatives(tuple(split)))


def _guarded(rule: Rule, keywords: frozenset[str], match: _Matcher) -> _Matcher:
    """``match``, first asking the folded line for a string the pattern needs, when its
    ``keywords`` are the rule's declared ones (none could be read within them) and the
    pattern's own needs can be read: a line holding a declared keyword but none of those
    cannot match. On the ASCII speed corpus four alternatives of `subscription_pitch`
    ("you've read 3 free articles", "by subscribing ...", "a message from ...: Dear
    readers", "... cancel anytime") were each tried on 525 lines a pass holding one of the
    rule's 21 keywords, and matched none."""
    declared = frozenset(fold_case(k) for k in rule.keywords)
    if not declared or keywords != declared:
        return match
    needs = required_keywords(rule.pattern, _re_flags(rule))
    if needs is None:
        return match
    search = "|".join(map(re.escape, sorted(needs, key=lambda k: (-len(k), k))))
    # Answered as a set test only when the matcher's search finds exactly these strings:
    # each non-empty, as folded as the text it is found in, and on one line.
    answerable = all(k and fold_case(k) == k and "\n" not in k for k in needs)
    return _Guarded(search, match, frozenset(needs) if answerable else None)


class _Guarded:
    """A match tried only on lines that, case folded, hold one of the strings it needs.

    Called, it folds the line and searches it; in a plan (`LengthClass.plan`) the line's
    keywords already say whether it holds one of ``strings`` (the matcher looks for them
    with the keywords), and the guard is answered there once for every such line. So the
    search (``source``) is compiled on the first call only: a guard answered by its
    strings never searches a line, and compiling the English rules' 81 searches ahead cost
    about 15 CPU ms of every `Cleaner` (issue #8, startup39b).
    """

    __slots__ = ("_holds", "_match", "_source", "strings")

    def __init__(self, source: str, match: _Matcher, strings: frozenset[str] | None) -> None:
        self._source = source
        self._holds: Callable[[str], object] | None = None
        self._match = match
        #: The folded strings one of which a line must hold, as ``holds`` searches for them
        #: (None: not to be answered by a set test, the guard searches the line).
        self.strings = strings

    def __call__(self, line: str) -> object:
        holds = self._holds
        if holds is None:
            holds = self._holds = re.compile(self._source).search
        return holds(fold_case(line)) is not None and self._match(line)

    def given(self, here: frozenset[str]) -> _Matcher | None:
        """The match for a line whose searched strings are ``here``: None when it holds
        none of ``strings`` (the guard fails), else the unguarded match."""
        if self.strings is None:
            return self
        return None if here.isdisjoint(self.strings) else self._match


class _Alternatives:
    """A rule's top-level alternatives, each with the keywords one of which it needs."""

    __slots__ = ("parts",)

    def __init__(self, parts: tuple[tuple[frozenset[str], _Matcher], ...]) -> None:
        self.parts = parts

    def __call__(self, line: str) -> bool:
        return any(match(line) for _needs, match in self.parts)

    def given(self, here: frozenset[str]) -> _Matcher | None:
        """The match of the alternatives that a line whose searched strings are ``here``
        can match (it holds one of their keywords, and passes their guards); None for
        none."""
        parts = tuple(
            (needs, given)
            for needs, match in self.parts
            if not here.isdisjoint(needs) and (given := _given(match, here)) is not None
        )
        if not parts:
            return None
        return parts[0][1] if len(parts) == 1 else _Alternatives(parts)


def _given(match: _Matcher, here: frozenset[str]) -> _Matcher | None:
    """A rule's match for lines whose searched strings (keywords and guards' strings,
    `RuleMatcher`) are ``here``: of a rule split into alternatives (`_Alternatives`) only
    those it can match, a guard (`_Guarded`) answered; None when it cannot match."""
    if type(match) is _Alternatives or type(match) is _Guarded:
        return match.given(here)
    return match


def _as_planned(match: _Matcher) -> _Matcher:
    """A rule's match for lines of one kind (`_given`) as a plan holds it: a trusted rule's
    compiled (`_CompiledOnUse`), the alternatives a line can match one match of theirs
    (`_AnyOf`), so that a try calls no wrapper (on the ASCII speed corpus 1,432 tries of
    `_CompiledOnUse` and 337 of `_Alternatives` a pass). A plan is made for a line about to
    be tried on it, which reaches the rule unless an earlier rule of the plan matches it: a
    rule is compiled here at most that one line early, as a short run compiles few."""
    if type(match) is _CompiledOnUse:
        return match.compiled()
    if type(match) is _Alternatives:
        return _AnyOf(tuple(_as_planned(part) for _needs, part in match.parts))
    return match


def _guard_strings(match: _Matcher) -> frozenset[str]:
    """The strings the guards of a rule's match search for (`_Guarded.strings`)."""
    if type(match) is _Guarded:
        return match.strings or _NONE
    if type(match) is _Alternatives:
        return frozenset().union(*(_guard_strings(m) for _needs, m in match.parts))
    return _NONE


class _CompiledOnUse:
    """A trusted rule's full-line match (`_pattern_for`), compiled when a line is first tried
    on it. A rule that scans a line is tried only on lines holding its keywords, so a short
    run tries few of them: compiling the English ones ahead cost about 0.18 CPU s of every
    process start, the German ones under "auto" as much again (issue #8). The shipped
    patterns all compile (tests/test_rules_languages.py), so no error waits for the first
    line; a user's rule is compiled ahead, as its errors must show when the rules load."""

    __slots__ = ("_match", "_rule", "_timeout")

    def __init__(self, rule: Rule, timeout: float) -> None:
        self._rule = rule
        self._timeout = timeout
        self._match: _Matcher | None = None

    def compiled(self) -> _Matcher:
        """The rule's match, compiled on the first call."""
        match = self._match
        if match is None:
            match = self._match = _pattern_for(self._rule, True, self._timeout)
        return match

    def __call__(self, line: str) -> object:
        return self.compiled()(line)


def _pattern_for(rule: Rule, trusted: bool, timeout: float) -> _Matcher:
    """The full-line match function for a rule: stdlib for trusted rules, `regex` + timeout else."""
    fast = rule.compile_trusted() if trusted else None
    if fast is not None:
        return _BodyFirst.of(rule) or fast.fullmatch
    slow = rule.compile()
    return lambda line: slow.fullmatch(line, timeout=timeout)


class _BodyFirst:
    """A trusted rule's full match that tries its pattern's leading lookaheads last.

    A rule's guard is a lookahead over the whole line (``(?!.*\\b(said|told)\\b)``), which
    the engine runs first, at every word boundary of a long line, while the rest of the
    pattern fails on most lines at its first words. Matched whole, the pattern matches when
    the rest does and each lookahead holds at the line's start (`literals.leading_lookaheads`),
    so the rest is tried first and the lookaheads only on a line it matches: the same
    answers. Only lookaheads that read along the line are moved (`_scans_line`).
    """

    __slots__ = ("_checks", "_rest")

    def __init__(
        self, rest: _Matcher, checks: tuple[tuple[Callable[[str], object], bool], ...]
    ) -> None:
        self._rest = rest
        self._checks = checks

    @classmethod
    def of(cls, rule: Rule) -> _BodyFirst | None:
        """The rule's match so read, or None when its pattern opens with no lookahead that
        can be read apart (or a part does not compile alone)."""
        pattern, flags = rule.guarded_pattern, _re_flags(rule)
        lookaheads = leading_lookaheads(pattern, flags)
        last = [(inner, positive) for inner, positive in lookaheads if _scans_line(inner)]
        if not last:
            return None
        # The others stay in front of the rest, as cheap as the rest's own first test.
        first = "".join(
            f"(?{'=' if positive else '!'}{inner})"
            for inner, positive in lookaheads
            if not _scans_line(inner)
        )
        try:
            rest = re.compile(first + after_leading_lookaheads(pattern), flags).fullmatch
            checks = tuple((re.compile(inner, flags).match, positive) for inner, positive in last)
        except re.error:
            return None
        return cls(rest, checks)

    def __call__(self, line: str) -> bool:
        if not self._rest(line):
            return False
        return all((match(line) is not None) is positive for match, positive in self._checks)


def _body_first_by_alternative(rule: Rule) -> _Matcher | None:
    """An anchored rule's full match, alternative by alternative, each with the lookaheads
    that lead it and read along the line tried last (`_BodyFirst`); None when no alternative
    has such a lookahead (or the pattern cannot be split).

    Matched whole, ``(?!.*\\b(said|told)\\b)(get|download) ...|(?!.*...)(turn on) ...`` runs
    each alternative's lookahead over the whole line before its first word: `app_promo` took
    about 10 µs a try on the lines whose start it allows, which its words reject at once.
    A line matches the pattern whole when it matches one of its top-level alternatives whole
    (`literals.alternatives` splits none that refers to a group), so the same answers.
    """
    parts = alternatives(rule.pattern, _re_flags(rule))
    # Only an alternative whose source opens with a lookahead is read (`_BodyFirst.of` parses
    # it): reading every anchored rule's alternatives when first compiled cost a first pass
    # of the ASCII speed corpus about 0.3 CPU s of parsing, for two rules that gain.
    if len(parts) < 2 or not any(part.startswith(LOOKAHEAD_OPENERS) for part in parts):
        return None
    alone = [attrs.evolve(rule, pattern=part, unless=()) for part in parts]
    body_first = [
        _BodyFirst.of(part) if part.pattern.startswith(LOOKAHEAD_OPENERS) else None
        for part in alone
    ]
    if not any(body_first):
        return None
    matches: list[_Matcher] = []
    for part, first in zip(alone, body_first, strict=True):
        if first is not None:
            matches.append(first)
            continue
        compiled = _anchored_pattern(part, True)
        if compiled is None:  # cannot be: the whole compiled, so does each alternative
            return None
        matches.append(compiled.fullmatch)
    return _AnyOf(tuple(matches))


class _AnyOf:
    """A match that holds when one of its matches holds, tried in order."""

    __slots__ = ("_matches",)

    def __init__(self, matches: tuple[_Matcher, ...]) -> None:
        self._matches = matches

    def __call__(self, line: str) -> bool:
        return any(match(line) for match in self._matches)


def _scans_line(lookahead: str) -> bool:
    """Whether a lookahead (its inner pattern) reads on along the line (``.*``, ``.{0,200}``)
    rather than the line's first characters: only such a one costs more than the rest of a
    pattern, which fails on most lines within a few characters. Tried last, a lookahead of the
    first kind (`platform_comment_form`'s capital, a character) made the rule slower."""
    return lookahead.startswith((".*", ".{"))
