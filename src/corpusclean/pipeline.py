"""The cleaning pipeline: raw text -> normalised lines -> blocks -> verdicts -> `Article`.

The whole flow is `Cleaner.clean`; every other function here is one stage of it. The
classification stages run to a fixed point on the blocks they keep, so cleaning an article's
own rendering gives the same article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

from . import normalize, page
from .article import Article, Removal
from .classify import (
    KEEP,
    Verdict,
    classify_blocks,
    looks_like_headline,
    match_alone,
)
from .config import Config
from .dedupe import KeyCache, comparison_keys, find_duplicates
from .rules import LineMatcher, Rule, RuleMatcher, load_builtin_rules, load_rules
from .segment import Block, split_blocks

__all__ = ["Cleaner", "RecordError", "clean"]

FLAG_BUDGET = "removal-budget-exceeded"
FLAG_TIMEOUT = "rule-timeout"
FLAG_PAGE = "page-mode"
# The budget never drops below this many words, so a short note with one pitch in it can
# still lose the pitch: a share of a tiny document is no measure of gutting it.
BUDGET_FLOOR_WORDS = 30
# Auto mode takes a document for a whole page when, besides many short lines, it has a run of
# this many short lines in a row or this many lines the rules recognise (chosen on the dev
# set: no extracted article reaches either, while most pages do).
PAGE_LONG_MENU_RUN = 20
PAGE_MIN_RULE_HITS = 5
# Rounds of classification until nothing more is removed; real documents settle in two.
MAX_ROUNDS = 4

_TEXT_ERROR = (
    "{where} takes the article text as str, got {kind}. Decode bytes first "
    "(data.decode('utf-8', errors='replace')) and pass '' for an empty document."
)
_RECORD_ERROR = (
    "record {index}: expected a str or a mapping with a {field!r} field holding "
    "a str, got {kind}. Pass text_field= to name another field."
)


class RecordError(ValueError):
    """A record given to `Cleaner.clean_many` that cannot be cleaned, with its position."""

    def __init__(self, index: int, message: str) -> None:
        super().__init__(message)
        self.index = index


def _check_text(text: object, where: str) -> str:
    if not isinstance(text, str):
        raise TypeError(_TEXT_ERROR.format(where=where, kind=type(text).__name__))
    return text


def normalise_lines(text: str, config: Config) -> list[str]:
    """Stage 1: split into lines and normalise each one (line numbers are preserved)."""
    return normalize.normalise_lines(
        text,
        encoding=config.fix_encoding,
        straighten=config.straighten_quotes,
        sentence_spacing=config.fix_sentence_spacing,
    )


def select_page_blocks(blocks: list[Block]) -> tuple[list[Block], list[Removal]]:
    """Stage 3 (page text only): keep the blocks the page classifier finds article-like."""
    lines = [block.text for block in blocks]
    kept: list[Block] = []
    removed: list[Removal] = []
    for block, verdict in zip(blocks, page.classify_page_lines(lines), strict=True):
        if verdict.keep:
            kept.append(block)
        else:
            removed.append(_removal(block, "page_classifier", verdict.reason))
    return kept, removed


def detect_title(blocks: Sequence[Block], config: Config) -> int | None:
    """The index of the title block (the first block, when it looks like a headline)."""
    if config.detect_title and len(blocks) > 1 and looks_like_headline(blocks[0].text):
        return 0
    return None


def _span_start(removal: Removal) -> int:
    return removal.start


def _removal(block: Block, rule: str, reason: str) -> Removal:
    return Removal(block.text, block.start, block.end, rule, reason)


def _kept_over_budget(verdict: Verdict) -> Verdict:
    return Verdict(keep=True, reason="kept: removal budget exceeded", prior_rule=verdict.rule)


class _Memo:
    """What one document's rounds share: its rule matcher, rule hits and keys per block.

    Blocks are keyed by their first input line, which no other block of the document has.
    """

    def __init__(self, matcher: LineMatcher) -> None:
        self.matcher = matcher
        self.hits: dict[int, tuple[Rule | None, bool]] = {}
        self.keys: KeyCache = {}
        # The last round's input and verdicts: the second stage starts on the first stage's
        # settled blocks, whose verdicts the first stage's last round has just computed.
        self.last: tuple[list[Block], list[Verdict]] | None = None


class Cleaner:
    """A reusable, picklable cleaner: the rules are compiled once, in the constructor.

    >>> cleaner = Cleaner()
    >>> art = cleaner.clean("Jack Ma visits KL\\nShare this on\\nJack Ma visits KL\\n"
    ...                     "Jack Ma met the prime minister on Monday, officials said.")
    >>> art.title, art.paragraphs
    ('Jack Ma visits KL', ('Jack Ma met the prime minister on Monday, officials said.',))
    >>> [(r.text, r.rule) for r in art.removed]
    [('Share this on', 'share_call'), ('Jack Ma visits KL', 'duplicate_title')]
    """

    def __init__(self, config: Config | None = None) -> None:
        if config is not None and not isinstance(config, Config):
            raise TypeError(
                f"Cleaner(config) takes a corpusclean.Config, got "
                f"{type(config).__name__}; build one with Config(...)"
            )
        self.config = config or Config()
        builtin = load_builtin_rules() if self.config.builtin_rules else ()
        self.matcher = RuleMatcher(
            self._load_rules(builtin), timeout=self.config.rule_timeout, trusted=builtin
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (Cleaner, (self.config,))

    def _load_rules(self, builtin: Sequence[Rule]) -> list[Rule]:
        rules = list(builtin)
        for path in self.config.rule_files:
            rules.extend(load_rules(path))
        return [rule for rule in rules if rule.name not in self.config.disabled_rules]

    def clean(
        self,
        text: str,
        *,
        id: str | None = None,
        source: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Article:
        """Clean one document and return its `Article`."""
        _check_text(text, "clean()")
        config = self.config
        lines = normalise_lines(text, config)
        blocks = split_blocks(lines, config.join_wrapped_lines)
        kept, removed, flags = self._select_and_classify(blocks)
        title = detect_title(kept, config)
        paragraphs = (
            [block.text for block in kept[1:]] if title == 0 else [block.text for block in kept]
        )
        return Article(
            id=id,
            title=kept[0].text if title == 0 else None,
            paragraphs=tuple(paragraphs),
            source=source,
            metadata=dict(metadata or {}),
            removed=tuple(sorted(removed, key=_span_start)),
            flags=tuple(flags),
        )

    def is_page_text(self, blocks: Sequence[Block], memo: _Memo | None = None) -> bool:
        """Whether a document is the text of a whole web page: by mode, or detected in auto.

        Many short lines in long runs look like menus, but so do tables and lists inside an
        extracted article. A page also carries the labels the rules know (Home, Sign in,
        Privacy Policy, share buttons) or a menu run longer than any article's list.
        """
        if self.config.mode != "auto":
            return self.config.mode == "page"
        lines = [block.text for block in blocks]
        if not page.looks_like_page(lines):
            return False
        if page.longest_short_run(lines) >= PAGE_LONG_MENU_RUN:
            return True
        memo = memo or self._memo_for(blocks)
        hits = sum(1 for b in blocks if match_alone(memo.matcher, b, memo.hits)[0] is not None)
        return hits >= PAGE_MIN_RULE_HITS

    def _memo_for(self, blocks: Sequence[Block]) -> _Memo:
        return _Memo(self.matcher.for_document(block.text for block in blocks))

    def _select_and_classify(
        self, blocks: list[Block]
    ) -> tuple[list[Block], list[Removal], list[str]]:
        """Stages 3-5: the page classifier (page text only), then rules and duplicates.

        On page text the two alternate until neither removes anything: the page classifier's
        evidence depends on the neighbours, which the rules change, and only a common fixed
        point cleans to the same output again.
        """
        # One memo for the document: rule hits found by the page check or an earlier round
        # are not looked for again.
        memo = self._memo_for(blocks)
        if not self.is_page_text(blocks, memo):
            return self.classify(blocks, memo)
        removed: list[Removal] = []
        flags: set[str] = {FLAG_PAGE}
        for _ in range(MAX_ROUNDS):
            selected, dropped = select_page_blocks(blocks)
            kept, found, found_flags = self.classify(selected, memo)
            removed += dropped + found
            flags.update(found_flags)
            changed = len(kept) != len(blocks)
            blocks = kept
            if not changed:
                break
        return blocks, removed, sorted(flags)

    def classify(
        self, blocks: list[Block], memo: _Memo | None = None
    ) -> tuple[list[Block], list[Removal], list[str]]:
        """Stages 4-5: boilerplate and duplicates to a fixed point, within the removal budget.

        First only certain junk and duplicates go, to a fixed point; then, from there, the
        ambiguous junk too. When the ambiguous words exceed the budget (a share of what the
        first stage left), the first stage's outcome stands and the article is flagged.
        Cleaning either outcome again reaches the same decision, so the output is stable.
        """
        flags: set[str] = set()
        memo = memo or self._memo_for(blocks)
        certain_kept, certain_removed, pending = self._settle(blocks, flags, memo, False)
        if not pending:
            return certain_kept, certain_removed, sorted(flags)
        kept, removed, _ = self._settle(certain_kept, flags, memo, True)
        ambiguous = sum(b.words for b in certain_kept) - sum(b.words for b in kept)
        base = sum(b.words for b in certain_kept)
        if ambiguous > max(self.config.removal_budget * base, BUDGET_FLOOR_WORDS):
            flags.add(FLAG_BUDGET)
            return certain_kept, certain_removed, sorted(flags)
        return kept, certain_removed + removed, sorted(flags)

    def _settle(
        self, blocks: list[Block], flags: set[str], memo: _Memo, allow_ambiguous: bool
    ) -> tuple[list[Block], list[Removal], bool]:
        """Remove boilerplate and duplicates round after round until nothing more goes.

        Returns the blocks kept, the removals, and whether the last round found ambiguous
        junk that it was not allowed to remove.
        """
        removed: list[Removal] = []
        pending = False
        for _ in range(MAX_ROUNDS):
            verdicts = self._boilerplate_verdicts(blocks, flags, memo)
            pending = any(not (v.keep or v.certain) for v in verdicts)
            if not allow_ambiguous:
                verdicts = [v if v.keep or v.certain else _kept_over_budget(v) for v in verdicts]
            pairs = list(zip(blocks, verdicts, strict=True))
            removed.extend(_removal(b, str(v.rule), v.reason) for b, v in pairs if not v.keep)
            kept, duplicates = self._dedupe([b for b, v in pairs if v.keep], memo.keys)
            removed.extend(duplicates)
            if len(kept) == len(blocks):
                break
            blocks = kept
        return blocks, removed, pending and not allow_ambiguous

    def _boilerplate_verdicts(
        self, blocks: list[Block], flags: set[str], memo: _Memo
    ) -> list[Verdict]:
        if memo.last is not None and memo.last[0] is blocks:
            return memo.last[1]
        verdicts = self._fresh_verdicts(blocks, flags, memo)
        memo.last = (blocks, verdicts)
        return verdicts

    def _fresh_verdicts(self, blocks: list[Block], flags: set[str], memo: _Memo) -> list[Verdict]:
        if not (self.matcher.rules or self.config.evidence):
            return [KEEP] * len(blocks)
        verdicts, timed_out = classify_blocks(
            blocks,
            memo.matcher,
            evidence=self.config.evidence,
            disabled=self.config.disabled_rules,
            memo=memo.hits,
        )
        if timed_out:
            flags.add(FLAG_TIMEOUT)
        return verdicts

    def _dedupe(self, blocks: list[Block], memo: KeyCache) -> tuple[list[Block], list[Removal]]:
        if not self.config.dedupe_blocks:
            return blocks, []
        title = detect_title(blocks, self.config)
        keys = comparison_keys(blocks, memo)
        found = find_duplicates(blocks, title, self.config.min_duplicate_words, keys)
        removed = [
            _removal(
                blocks[i], d.rule, f"repeats the block at input line {blocks[d.original].start + 1}"
            )
            for i, d in sorted(found.items())
        ]
        return [b for i, b in enumerate(blocks) if i not in found], removed

    def clean_record(
        self,
        record: str | Mapping[str, Any],
        *,
        index: int = 0,
        text_field: str = "text",
        id_field: str = "id",
        source_field: str = "source",
    ) -> Article:
        """Clean one record: a str, or a mapping whose other fields become metadata."""
        if isinstance(record, str):
            return self.clean(record)
        if not isinstance(record, Mapping) or not isinstance(record.get(text_field), str):
            kind = (
                f"a mapping whose {text_field!r} is {type(record.get(text_field)).__name__}"
                if isinstance(record, Mapping)
                else type(record).__name__
            )
            raise RecordError(index, _RECORD_ERROR.format(index=index, field=text_field, kind=kind))
        metadata = {
            k: v for k, v in record.items() if k not in (text_field, id_field, source_field)
        }
        record_id = record.get(id_field)
        source = record.get(source_field)
        return self.clean(
            record[text_field],
            id=None if record_id is None else str(record_id),
            source=None if source is None else str(source),
            metadata=metadata,
        )

    def clean_many(
        self, records: Iterable[str | Mapping[str, Any]], *, text_field: str = "text"
    ) -> Iterator[Article]:
        """Clean records lazily, one at a time; raises `RecordError` on a malformed record."""
        for index, record in enumerate(records):
            yield self.clean_record(record, index=index, text_field=text_field)


def clean(
    text: str, *, id: str | None = None, source: str | None = None, config: Config | None = None
) -> Article:
    """Clean one article's text and return an `Article` recording what was removed and why.

    Reuses one `Cleaner` per `Config` (compiled rules are cached); for full control over
    its lifetime, make a `Cleaner` and call its methods.

    >>> art = clean("Alibaba opens KL office\\n\\nAlibabaâ€™s office opened on Monday.\\n"
    ...             "Subscribe to our newsletter and get news delivered to your mailbox.")
    >>> art.title, art.text
    ('Alibaba opens KL office', 'Alibaba’s office opened on Monday.')
    >>> art.removed[0].rule
    'newsletter_pitch'
    """
    _check_text(text, "clean()")
    return _shared_cleaner(config or Config()).clean(text, id=id, source=source)


@lru_cache(maxsize=8)
def _shared_cleaner(config: Config) -> Cleaner:
    # Compiling the rules costs milliseconds, far more than cleaning a short article, so
    # `clean` reuses one Cleaner per Config. It holds no state that depends on earlier
    # calls: results are the same as with a fresh Cleaner. Rule files are read once per
    # Config; build a Cleaner yourself to pick up edits to them.
    return Cleaner(config)
