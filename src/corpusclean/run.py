"""One document's run: its working state, and the stages that decide what it keeps.

`DocumentRun` is made by `Cleaner` for one document and used once. It owns everything the
stages learn about the document's blocks (the rule each matches alone, their comparison
keys), keyed by a block's first input line, which no other block of the document has: a
block's text never changes, so what one round learnt serves the next. The stages return
their results, flags included, as values (`Outcome`); nothing is passed around to be filled.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol

import attrs
import regex

from . import page
from .config import Config
from .dedupe.within import (
    DUPLICATE_TITLE,
    Duplicate,
    KeyCache,
    PairFinders,
    comparison_keys,
    find_duplicates,
    find_joined_pair_copies,
    find_reflowed_copy,
    find_spliced_copies,
    find_unkeyed_copies,
    shared_starts,
    spliced_candidates,
)
from .detect import classify_blocks, context_free_verdicts
from .detect.facts import BlockFact, Facts
from .detect.registry import Mark, detectors_for
from .language import load_language
from .model import KEEP, Block, Removal, Verdict, removal_of_block
from .page.title import (
    DEFAULT_EVIDENCE,
    DISPLACED_REASON,
    DISPLACED_TITLE,
    TitleEvidence,
    TitleLine,
    find_page_title,
    lead_repeats,
    story_lead,
)
from .rules import DocumentMatcher, LineMatcher, Rule, RuleMatcher
from .text import LIST_BULLETS, char_class, has_letter, looks_like_title, word_count

__all__ = [
    "BUDGET_REASON",
    "FLAG_BUDGET",
    "FLAG_PAGE",
    "FLAG_TIMEOUT",
    "TITLE_REASON",
    "DocumentRun",
    "Outcome",
    "has_title",
    "paragraphs_without_title",
    "without_title",
]

FLAG_BUDGET = "removal-budget-exceeded"
FLAG_TIMEOUT = "rule-timeout"
FLAG_PAGE = "page-mode"
# The budget never drops below this many words, so a short note with one pitch in it can
# still lose the pitch: a share of a tiny document is no measure of gutting it.
BUDGET_FLOOR_WORDS = 30
# Rounds of classification until nothing more is removed; real documents settle in two.
MAX_ROUNDS = 4
# Rounds of the page classifier and the rules in turn. Its scores read the whole page, so
# each line it drops can tip another: 305 of the 306 dev pages settle in four rounds, but a
# long page of code and tables dropped 186, 66, 14, 1, 1, 1 lines and settled in the seventh
# (`readability/toc-missing`), and a run stopped before it settles is not what cleaning its
# output gives. A constant number of linear rounds keeps it linear.
PAGE_MAX_ROUNDS = 8

# A duplicate is a block that repeats another block of the same round (`Duplicate.original`
# is that block's place): a round of fewer blocks has no copy to find, and its duplicate
# pass is skipped unread (issue #8: a third of a one-line document's settle).
DUPLICATE_MIN_BLOCKS = 2

# Lines matched a call while `DocumentRun._count_rule_hits` counts, past the list items: at
# most that many less one are matched after the count is made (a line costs about 5 µs on
# the dev pages), while a call a line would pay a call's set-up (the matcher's look-up) for
# every line; at 8, no difference from one call of every line was resolved by timing.
_COUNT_STEP = 8

BUDGET_REASON = "kept: removal budget exceeded"
TITLE_REASON = "the first line, shaped like a headline"

# A list bullet before a line ("- Artikel auf X teilen", "• 16. Januar 2025") is how the
# extractor printed an item of an HTML list, not a word of the line: a line that no rule
# knows is matched again without it (`list_item_text`), so a rule knows its line inside a
# share bar or a date list too, on any site. Only the marks a list prints (`LIST_BULLETS`),
# then a space.
_LIST_BULLET = regex.compile(rf"{char_class(LIST_BULLETS)}\s++(?=\S)")


# A footnote mark after a byline ("Por Rita Gonçalves*", "By Jane Doe**", "Von Max Muster†")
# points to the writer's note under the story: a guest column's convention in any language
# (general28's half A; recall28). A line no rule knows that ends in one is matched again
# without it, and the answer is taken only from a rule of this family, which names who wrote
# or sent the story: a mark is not a word of the byline, while after a line of another kind
# (a price's "19,99 €*", a form's "Name *") it marks the line's own condition.
_FOOTNOTE_MARKS = "*†‡"
FOOTNOTE_MAX = 3
FOOTNOTED_FAMILY = "attribution"


def footnoted_text(text: str) -> str | None:
    """A line's text without the footnote marks ending it, or None when it ends in none, in
    more than FOOTNOTE_MAX, or is nothing but marks.

    >>> footnoted_text("Por Rita Gonçalves*"), footnoted_text("By Jane Doe **")
    ('Por Rita Gonçalves', 'By Jane Doe')
    >>> footnoted_text("Por Rita Gonçalves"), footnoted_text("***"), footnoted_text("* * *")
    (None, None, None)
    """
    if text[-1:] not in _FOOTNOTE_MARKS:  # most lines: one character read
        return None
    bare = text.rstrip(_FOOTNOTE_MARKS)
    if len(text) - len(bare) > FOOTNOTE_MAX:
        return None
    bare = bare.rstrip()
    return bare if bare and bare[-1] not in _FOOTNOTE_MARKS else None


def list_item_text(text: str) -> str | None:
    """A line's text without its list bullet, or None when it has none.

    >>> list_item_text("- Artikel auf X teilen"), list_item_text("• 16. Januar 2025")
    ('Artikel auf X teilen', '16. Januar 2025')
    >>> list_item_text("-5 Grad in der Nacht"), list_item_text("– Bonjour, dit-il.")
    (None, None)
    """
    if text[:1] not in LIST_BULLETS:  # most lines: no pattern asked
        return None
    bullet = _LIST_BULLET.match(text)
    return text[bullet.end() :] if bullet is not None else None


def _footnoted_rule(rule: Rule | None) -> Rule | None:
    """The rule a line matched without its footnote marks (`footnoted_text`), when it names
    who wrote or sent the story (`FOOTNOTED_FAMILY`); None otherwise."""
    return rule if rule is not None and rule.family == FOOTNOTED_FAMILY else None


def _announces_items(text: str) -> bool:
    """Whether a line no rule knows ends with a colon: the article's own sentence or label
    announcing the list under it ("Before you go out, he said:", "Topics covered in the
    class:"), whose items are the article's even when one reads like a widget's ("- Sign up
    for email alerts from the town", "- Photo: composition and light"). They are matched
    only with their bullets, as before `list_item_text`; a share bar's label ("Teilen:") is
    a rule's, and its items are matched without them (precision19).

    >>> _announces_items("Topics covered in the class:"), _announces_items("Mehr lesen")
    (True, False)
    """
    return text.rstrip().endswith(":")


def _list_items(blocks: Iterable[Block]) -> Iterable[str]:
    """The texts of the blocks that open with a list bullet, without it (`list_item_text`)."""
    for block in blocks:
        item = list_item_text(block.text)
        if item is not None:
            yield item


class Steps(Protocol):
    """What a run needs from its `Cleaner`: the settings and the compiled parts."""

    @property
    def config(self) -> Config: ...
    @property
    def detectors(self) -> tuple[Mark, ...]: ...
    def rules_for(self, language: str) -> RuleMatcher: ...


@attrs.frozen(slots=True)
class Round:
    """One round's input blocks and the verdicts given to them (before the budget applied)."""

    blocks: list[Block]
    verdicts: list[Verdict]


@attrs.frozen(slots=True)
class Outcome:
    """What a stage decided: the blocks kept, the removals, the document's flags.

    ``last`` is the last round of classification: its verdicts say why each kept block was
    kept (an edge-only rule inside the body, the removal budget), which explanations show.
    """

    kept: list[Block]
    removed: list[Removal]
    flags: frozenset[str] = frozenset()
    last: Round | None = None


@attrs.frozen(slots=True)
class _Settled:
    outcome: Outcome
    pending: bool  # the last round found ambiguous junk it was not allowed to remove
    stable: bool  # the last round removed nothing: its verdicts hold for the kept blocks
    judged_words: int  # words of the blocks the verdicts removed (not the duplicates)


def has_title(
    blocks: Sequence[Block], config: Config, shaped: Callable[[Block], bool] | None = None
) -> bool:
    """Whether the first block is the title: a headline-shaped line with text after it.
    ``shaped`` tells a block's shape (`text.looks_like_title` of its text by default)."""
    if not (config.detect_title and len(blocks) > 1):
        return False
    return looks_like_title(blocks[0].text) if shaped is None else shaped(blocks[0])


def without_title(outcome: Outcome, title: TitleLine | None) -> tuple[list[Block], list[Removal]]:
    """The paragraphs and the removals once the title is taken out of them.

    The title leaves the kept blocks, or the removals (a page's headline that the page
    classifier dropped); its copies among the kept blocks (`TitleLine.copies`) become
    removals: every input line stays in the title, a paragraph or a removal.
    """
    kept, removed = paragraphs_without_title(outcome, title), outcome.removed
    if title is None:
        return kept, removed
    start, displaced = title.block.start, title.displaced
    removed = [removal for removal in removed if removal.start != start]
    original = Duplicate(DUPLICATE_TITLE, 0).reason(start + 1)
    removed += [removal_of_block(copy, DUPLICATE_TITLE, original) for copy in title.copies]
    if displaced is not None:
        removed.append(removal_of_block(displaced, DISPLACED_TITLE, DISPLACED_REASON))
    return kept, removed


def paragraphs_without_title(outcome: Outcome, title: TitleLine | None) -> list[Block]:
    """The paragraphs once the title is taken out of the kept blocks: `without_title`'s
    first half, without the removals it makes."""
    kept = outcome.kept
    if title is None:
        return kept
    gone = {title.block.start} | {copy.start for copy in title.copies}
    if title.displaced is not None:
        gone.add(title.displaced.start)
    return [block for block in kept if block.start not in gone]


def _kept_over_budget(verdict: Verdict) -> Verdict:
    return Verdict(keep=True, reason=BUDGET_REASON, prior_rule=verdict.rule)


class DocumentRun:
    """One document's working state through the stages; made per document, used once."""

    def __init__(
        self,
        steps: Steps,
        blocks: list[Block],
        language: str,
        scoped: LineMatcher | None = None,
        page_lines: page.LineFactsCache | None = None,
        known_hits: Mapping[str, Rule | None] | None = None,
        known_facts: Mapping[BlockFact[Any], Mapping[str, Any]] | None = None,
    ) -> None:
        self.config = steps.config
        # The detectors that can change a verdict in a document of this many blocks: the
        # rounds read some of them, never more (`registry.detectors_for`).
        self.detectors = detectors_for(steps.detectors, len(blocks))
        self.language = load_language(language)
        # What the detectors found of each block, kept for the later rounds.
        self.facts = Facts(self.language, blocks)
        if known_facts:  # another document's, in this language (`Facts.lend`)
            self.facts.lend(known_facts)
        self._rules = steps.rules_for(language)
        self.rules_enabled = bool(self._rules.rules) or scoped is not None
        # Made on the first match, with the lines of `_scope`: the blocks that every round
        # reads some of (the page classifier narrows it, `_narrow`).
        self._matcher: DocumentMatcher | None = None
        self._scope = blocks
        # The rules scoped to this document's source, tried after every unscoped rule.
        self.scoped = scoped
        self.blocks = blocks
        self._hits: dict[int, Rule | None] = _seeded_hits(blocks, known_hits) if known_hits else {}
        # Whether some hits were given (`known_hits`): the matcher is then made with the
        # other lines alone (`matcher`).
        self._seeded = bool(self._hits)
        self._timeouts: set[int] = set()  # blocks whose matching timed out
        self._keys: KeyCache = {}
        # How many blocks the last look for a reflowed copy read, finding none. The blocks of
        # an article's rounds are ever fewer of the same (what each kept), so as many again
        # are the same blocks, and the same answer.
        self._no_reflowed_in = -1
        # The document's blocks that start as another does (`shared_starts`), found when
        # first asked: no other block of any round starts a reflowed or joined copy.
        self._shared_starts: frozenset[int] | None = None
        # The document's blocks that start or end as another does (`spliced_candidates`).
        self._spliced: frozenset[int] | None = None
        # The pair finders that may find a copy in the next duplicate round: each round's
        # blocks are some of the last round's, in their order (`remove_duplicates`).
        self._pairs = PairFinders()
        # The blocks of the last duplicate round that found no copy (`remove_duplicates`).
        self._no_copies_in: tuple[Block, ...] | None = None
        # The page classifier's per-line facts, found once for the page and rule rounds (and,
        # given, those of another run on text of the same page: `page_lines`).
        self._page_lines = page_lines if page_lines is not None else page.LineFactsCache()
        # Whether a block is shaped like a title (`text.looks_like_title`), by its first
        # input line: asked of the first kept block at every duplicate round and at the end,
        # which is mostly the same block.
        self._title_shaped: dict[int, bool] = {}
        # Each block's place among the document's blocks, by its first input line, made when
        # first asked (`_positions`).
        self._block_positions: dict[int, int] | None = None

    def hits_by_text(self) -> dict[str, Rule | None]:
        """The rule each line this run matched alone matches (None for none), by its text:
        what a later run on text made of the same lines, in the same language and with the
        same source's rules, may start from (`known_hits`; `Cleaner`'s title check).

        A line's hit is a function of its text there (`_match`: the rules, a footnote's
        marks, the document's matcher, which answers a line it was not made with as the
        rule set does), except a list item's, which reads the line before it, and a line
        whose matching timed out: neither is given.
        """
        hits, timeouts = self._hits, self._timeouts
        return {
            block.text: hits[block.start]
            for block in self.blocks
            if block.start in hits
            and block.start not in timeouts
            and block.text[:1] not in LIST_BULLETS
        }

    @property
    def page_lines(self) -> page.LineFactsCache:
        """The page classifier's facts of the lines this run classified.

        What they hold of a line is a function of the line alone (`page.LineFactsCache`),
        so a later run on text made of the same lines (`Cleaner`'s title check, on the
        article this run renders) may start from them and find the same values.
        """
        return self._page_lines

    def has_title(self, blocks: Sequence[Block]) -> bool:
        """`has_title` of some of the document's blocks, each block's shape found once."""
        return has_title(blocks, self.config, self._title_shape)

    def title(
        self, outcome: Outcome, evidence: TitleEvidence = DEFAULT_EVIDENCE
    ) -> TitleLine | None:
        """The block that is the document's title, and why; None when it has none.

        The first kept block when it is headline-shaped (article mode's rule, in page mode
        too); else, on a page's text, a line dropped over the story that the evidence
        makes its headline (`page.title`): the page classifier drops most headlines. On a
        page's text a headline-shaped first kept block whose words the lead does not repeat
        gives way to such a line when the evidence finds one over the rest of the story
        (`page.title.DISPLACED_TITLE`: the block goes); without one it stays the title, as
        a headline-shaped first paragraph is the title of the rendering cleaned again.
        """
        kept = outcome.kept
        first = self.first_line_title(kept)
        if not (self.facts.page_text and self.config.detect_title):
            return first
        story = kept[1:] if first is not None else kept
        # The story's lead, found once for both questions (`story_lead`).
        lead = story_lead(story, evidence) if first is not None else None
        if lead is not None and lead_repeats(kept[0], story, evidence, lead):
            return first
        fates = {removal.start: removal.rule for removal in outcome.removed}
        found = find_page_title(self.blocks, story, fates, self._matched_alone, evidence, lead)
        if found is None or first is None:
            return found or first
        return attrs.evolve(found, displaced=first.block)

    def first_line_title(self, kept: Sequence[Block]) -> TitleLine | None:
        """The first kept block as the title when it is headline-shaped (article mode's
        rule), else None."""
        return TitleLine(kept[0], TITLE_REASON) if self.has_title(kept) else None

    def _matched_alone(self, block: Block) -> bool:
        """Whether a rule matches the block alone (a date, a byline, a section label)."""
        return self.hit(block)[0] is not None

    def _title_shape(self, block: Block) -> bool:
        """`text.looks_like_title` of a block of the document, found once."""
        shaped = self._title_shaped.get(block.start)
        if shaped is None:
            shaped = self._title_shaped[block.start] = looks_like_title(block.text)
        return shaped

    def hit(self, block: Block) -> tuple[Rule | None, bool]:
        """The rule the block matches alone (None for none), and whether matching timed out."""
        if block.start not in self._hits:
            self._match([block])
        return self._hits[block.start], block.start in self._timeouts

    @property
    def matcher(self) -> DocumentMatcher:
        """The rules, knowing the keywords of the lines the rounds read (made once)."""
        if self._matcher is None:
            scope = self._scope
            if self._seeded:  # the given lines are never matched (`_seeded_hits`)
                scope = [block for block in scope if block.start not in self._hits]
            lines, words = [b.text for b in scope], [b.words for b in scope]
            # A list item that no rule knows is matched again without its bullet (`_match`):
            # its text is made one of the document's lines, as its keywords are then known;
            # a line the matcher was not made with asks the whole rule set (about 80 µs a
            # line, 16 ms a pass of the ASCII speed corpus's 194 items). Same answers.
            for item in _list_items(scope):
                lines.append(item)
                words.append(word_count(item))
            self._matcher = self._rules.for_document(lines, words)
        return self._matcher

    def _narrow(self, blocks: list[Block]) -> None:
        """Every later round reads some of ``blocks`` (what the page classifier first kept):
        the document's keywords and twins are found among them alone.

        Pure speed: a page's classifier drops most of its lines, which no rule, detector or
        duplicate test reads after. Each round's blocks are some of the last round's kept
        blocks, less what the page classifier drops, so a subset of ``blocks``. A block
        without a twin among ``blocks`` has none among any subset of them, and a line the
        matcher was not made with is answered by the whole rule set (`DocumentMatcher`).
        """
        self.facts.narrow(blocks)
        if self._matcher is None:  # auto mode may have matched every line to decide
            self._scope = blocks

    def _match_text(self, text: str, words: int) -> Rule | None:
        """The rule a line matches: the built-in and user rules, then the source's."""
        rule = self.matcher.match(text, words)
        if rule is None and self.scoped is not None:
            rule = self.scoped.match(text, words)
        return rule

    def _match(self, blocks: Sequence[Block]) -> None:
        """Find the rule each block matches alone, once: one loop, not a call per block. A
        list item no rule knows is matched again without its bullet (`list_item_text`).

        Most lines are matched once and are neither list items nor footnoted, so the loop
        asks the document's matcher straight and tests a line's first and last character
        before calling `list_item_text` or `footnoted_text` (each opens with that test),
        and reads whether a line announces a list (`_announces_items`) only when a list
        item follows it (issue #8: five calls a line fewer, same answers).
        """
        if not blocks:
            return  # the matcher is made on the first line matched (`matcher`), not before
        hits, match_text = self._hits, self._match_text
        match = match_text if self.scoped is not None else self.matcher.match
        # The line before the list, when no rule knew it: the list under it is the
        # article's when it announces one (`_announces_items`); None after a line a rule
        # knew. A list item leaves it as it was, and so does a line that timed out.
        announcer: str | None = None
        for block in blocks:
            text = block.text
            try:
                rule = match(text, block.words)
                item = list_item_text(text) if rule is None and text[:1] in LIST_BULLETS else None
                if item is None:
                    announcer = text if rule is None else None
                elif announcer is None or not _announces_items(announcer):
                    rule = match_text(item, word_count(item))
                if (
                    rule is None
                    and text[-1:] in _FOOTNOTE_MARKS
                    and (bare := footnoted_text(text)) is not None
                ):
                    rule = _footnoted_rule(match_text(bare, word_count(bare)))
                hits[block.start] = rule
            except TimeoutError:
                hits[block.start] = None
                self._timeouts.add(block.start)

    def outcome(self) -> Outcome:
        """Stages 3-5 on the whole document: the page classifier if it is a page, then rules
        and duplicates; on an article, a reflowed copy of it first."""
        if self.is_page_text():
            return self._alternate_page_and_rules()
        blocks, copy = self.without_reflowed_copy()
        found = self.classify(blocks)
        return attrs.evolve(found, removed=copy + found.removed) if copy else found

    def without_reflowed_copy(self) -> tuple[list[Block], list[Removal]]:
        """The document's blocks less the article printed again with other breaks, and a
        removal for each block of that copy (`dedupe.within.find_reflowed_copy`).

        First, because a copy doubles every count the later stages make: the sub-headings it
        prints again would be labels printed twice (`repeated_label`), its lines would recur.
        Not on a page's text: there the first long line may be a teaser or a footer that the
        page classifier drops, and the copy would then be the only printing.
        """
        blocks = self.blocks
        if not self.config.dedupe_blocks:
            return blocks, []
        title = 0 if self.has_title(blocks) else None
        found = self._reflowed_copy(blocks, title)
        if not found:
            return blocks, []
        return _without_copies(blocks, found)

    def _reflowed_copy(self, blocks: list[Block], title: int | None) -> dict[int, Duplicate]:
        """`find_reflowed_copy` on some of an article's blocks, not again on the same ones."""
        shared = self._document_shared_starts()
        if len(blocks) == self._no_reflowed_in or not shared:
            return {}
        found = find_reflowed_copy(blocks, title, self.config.min_duplicate_words, shared)
        if not found:
            self._no_reflowed_in = len(blocks)
        return found

    def _positions(self) -> dict[int, int]:
        """Each of the document's blocks' place among them, by its first input line: where a
        round's blocks skip one, an earlier stage removed it (`find_duplicates`)."""
        if self._block_positions is None:
            self._block_positions = {block.start: at for at, block in enumerate(self.blocks)}
        return self._block_positions

    def _splice_candidates(self) -> frozenset[int]:
        """`spliced_candidates` of the blocks every round's blocks are some of (`Facts.scope`),
        found once: the only blocks the spliced copies' finder reads in any round.

        On a page's text the scope is what the page classifier first kept (`_narrow`), about
        a third of its lines. A block that shares its start and its end with no other block
        of the scope shares them with none of a round's blocks, so the finder finds it no
        copy and no block it copies, whether it reads it or not: the same copies as from the
        document's blocks, found over fewer of them (issue #8).
        """
        if self._spliced is None:
            scope = self.facts.scope
            self._spliced = spliced_candidates(self.blocks if scope is None else scope)
        return self._spliced

    def _document_shared_starts(self) -> frozenset[int]:
        """`shared_starts` of the document's blocks, found once: the only blocks the reflowed
        and the joined copies' finders read in any round of an article, whose blocks are
        some of them; none in most documents, and then neither finder runs.

        Pure speed (issue #8): each finder made every block's start again every round.
        """
        if self._shared_starts is None:
            self._shared_starts = shared_starts(self.blocks)
        return self._shared_starts

    def is_page_text(self) -> bool:
        """Whether the document is the text of a whole web page: by mode, or detected in auto.

        A document of fewer blocks than a page has non-blank lines at least
        (`page.shapes.PAGE_MIN_LINES`) is none, told without reading a line: each block is
        one line of it at most, so it has fewer such lines still, and `page.is_page_text`
        says no to it (issue #8: most of this check's cost on a short document).
        """
        if self.config.mode != "auto":
            return self.config.mode == "page"
        if len(self.blocks) < page.shapes.PAGE_MIN_LINES:
            return False
        lines = [block.text for block in self.blocks]
        return page.is_page_text(lines, self._count_rule_hits)

    def _count_rule_hits(self) -> int:
        """The lines with a letter that a rule matches alone, counted in document order until
        there are `page.shapes.PAGE_MIN_RULE_HITS`: all `page.is_page_text` asks is whether
        there are that many, so the lines after the one that makes the count are left to the
        rounds, which match those they read (issue #8: on the dev full pages in auto mode 39
        of the 50 counts reach it, with 3,644 lines after it, most of which the page
        classifier then drops and no round reads).

        Exact: a line's hit is a function of its text (`hits_by_text`), but a list item's,
        which reads the line before it among one `_match` call's lines. So the lines up to the
        last that opens with a list bullet are matched in one call, as before, and the rest
        (no list item among them) in calls of `_COUNT_STEP` lines, each line's hit the same.
        """
        known, limit = self._hits, page.shapes.PAGE_MIN_RULE_HITS
        count = _evidence(known, [block for block in self.blocks if block.start in known])
        todo = [block for block in self.blocks if block.start not in known]
        bullets = [at for at, block in enumerate(todo) if block.text[:1] in LIST_BULLETS]
        start, stop = 0, max(bullets[-1] + 1 if bullets else 0, _COUNT_STEP)
        while start < len(todo) and count < limit:
            lines = todo[start:stop]
            self._match(lines)
            count += _evidence(known, lines)
            start, stop = stop, stop + _COUNT_STEP
        return count

    def _alternate_page_and_rules(self) -> Outcome:
        """The page classifier and the rules, in turn, until neither removes anything.

        The page classifier's evidence depends on the neighbours, which the rules change, and
        only a common fixed point cleans to the same output again.

        Invariant (issue #8): the rounds reuse only what a round did not change (the
        document's line facts and rows, the scores of the same lines, the lines a
        classification settled on, the outcome of the same blocks), and the output is the
        one of rounds that recompute everything (`tests/test_page_rounds_reuse.py`).
        """
        blocks, removed, flags = self.blocks, [], {FLAG_PAGE}
        self.facts.page_text = True
        found = Outcome(blocks, [])
        classified: list[Block] | None = None
        for _ in range(PAGE_MAX_ROUNDS):
            selected, dropped = select_page_blocks(blocks, self._page_lines)
            if classified is None:
                self._narrow(selected)
            # `classify` is a function of its blocks. The page classifier keeps a subset of
            # what the last `classify` kept, so the same blocks again mean that round removed
            # nothing (its outcome has no removals to count twice): its outcome stands.
            if selected != classified:
                # The blocks `classify` kept, all of them again: it would keep them all
                # (`_reclassified`), the last round of the run.
                settled = not dropped and _settled_on_kept(found)
                found = self._reclassified(found) if settled else self.classify(selected)
                classified = selected
            removed += dropped + found.removed
            flags |= found.flags
            changed = len(found.kept) != len(blocks)
            blocks = found.kept
            if not changed:
                break
        # A timeout in any round stays a fact of the run; the budget flag says what the output
        # is (ambiguous lines kept over the budget), so only the last round's counts: lines an
        # earlier round kept over the budget may have gone to the page classifier since.
        flags = (flags - {FLAG_BUDGET}) | (found.flags & {FLAG_BUDGET})
        return Outcome(blocks, removed, frozenset(flags), found.last)

    def _reclassified(self, found: Outcome) -> Outcome:
        """`classify(found.kept)` when `_settled_on_kept(found)`, without classifying again.

        ``found``'s last round gave every block of ``found.kept`` a keeping verdict and its
        duplicate pass removed none (the settle stopped there, stable). `verdicts` is a
        function of its blocks (what it reads of the document, its rule hits, facts and
        twins, is found once and kept), so classifying them again gives the same verdicts:
        none is ambiguous (no budget to weigh), nothing goes, the first round is stable, and
        its outcome is these blocks, no removals, that round, and the timeout flag if a
        rule timed out on one of them. Pure speed: a page's second round of the page
        classifier drops nothing in most documents (303 of the dev pages' 311 second
        rounds), and 193 of the 507 classifications of the dev pages in page mode (143 of
        454 in auto mode) were such a classification again.
        """
        kept, timeouts = found.kept, self._timeouts
        # As `verdicts` tells it: no rule is tried when neither rules nor evidence are on.
        matched = self.rules_enabled or self.config.evidence
        timed_out = matched and bool(timeouts) and any(block.start in timeouts for block in kept)
        flags = frozenset({FLAG_TIMEOUT}) if timed_out else frozenset()
        return Outcome(kept, [], flags, found.last)

    def classify(self, blocks: list[Block]) -> Outcome:
        """Stages 4-5: boilerplate and duplicates to a fixed point, within the removal budget.

        First only certain junk and duplicates go, to a fixed point; then, from there, the
        ambiguous junk too. When the ambiguous words exceed the budget (a share of what the
        first stage left), the first stage's outcome stands and the article is flagged.
        Cleaning either outcome again reaches the same decision, so the output is stable.
        """
        certain = self._settle(blocks, allow_ambiguous=False)
        if not certain.pending:
            return certain.outcome
        start = certain.outcome.last if certain.stable else None
        full = self._settle(certain.outcome.kept, allow_ambiguous=True, start=start)
        base = sum(b.words for b in certain.outcome.kept)
        # Only what the verdicts removed weighs against the budget: a duplicate the full
        # settle found (a copy that the ambiguous junk between the printings hid) leaves its
        # words in the article, so it guts nothing.
        ambiguous = full.judged_words
        flags = certain.outcome.flags | full.outcome.flags
        if ambiguous > max(self.config.removal_budget * base, BUDGET_FLOOR_WORDS):
            return attrs.evolve(certain.outcome, flags=flags | {FLAG_BUDGET})
        removed = certain.outcome.removed + full.outcome.removed
        return attrs.evolve(full.outcome, removed=removed, flags=flags)

    def _settle(
        self, blocks: list[Block], allow_ambiguous: bool, start: Round | None = None
    ) -> _Settled:
        """Remove boilerplate and duplicates round after round until nothing more goes.

        ``start`` is a round already decided on exactly these blocks (the last round of a
        stable settle), whose verdicts the first round takes instead of deciding again.
        """
        removed: list[Removal] = []
        judged_words = 0
        timed_out = pending = stable = False
        last, known = start, start.verdicts if start is not None else None
        for _ in range(MAX_ROUNDS):
            if known is not None:
                verdicts, known = known, None
            else:
                verdicts, timeout = self.verdicts(blocks)
                timed_out |= timeout
            last = Round(blocks, verdicts)
            pending = any(not (v.keep or v.certain) for v in verdicts)
            if pending and not allow_ambiguous:  # (without ambiguous junk: nothing to keep)
                verdicts = [v if v.keep or v.certain else _kept_over_budget(v) for v in verdicts]
            kept = [b for b, v in zip(blocks, verdicts, strict=True) if v.keep]
            if len(kept) != len(blocks):
                judged = [(b, v) for b, v in zip(blocks, verdicts, strict=True) if not v.keep]
                removed.extend(removal_of_block(b, str(v.rule), v.reason) for b, v in judged)
                # Only ambiguous junk weighs against the budget; certain junk goes regardless.
                judged_words += sum(b.words for b, v in judged if not v.certain)
            kept, duplicates = self.remove_duplicates(kept)
            removed.extend(duplicates)
            stable = len(kept) == len(blocks)
            if stable:
                break
            blocks = kept
        flags = frozenset({FLAG_TIMEOUT}) if timed_out else frozenset()
        outcome = Outcome(blocks, removed, flags, last)
        return _Settled(outcome, pending and not allow_ambiguous, stable, judged_words)

    def verdicts(self, blocks: Sequence[Block]) -> tuple[list[Verdict], bool]:
        """One round of boilerplate verdicts, and whether a rule timed out on these blocks."""
        if not (self.rules_enabled or self.config.evidence):
            return [KEEP] * len(blocks), False
        known = self._hits  # most blocks of a later round were matched in an earlier one
        self._match([block for block in blocks if block.start not in known])
        hits = [known[block.start] for block in blocks]
        timeouts = self._timeouts
        timed_out = bool(timeouts) and any(block.start in timeouts for block in blocks)
        if not self.config.evidence:
            return context_free_verdicts(hits), timed_out
        return classify_blocks(blocks, hits, self.detectors, self.facts), timed_out

    def remove_duplicates(self, blocks: list[Block]) -> tuple[list[Block], list[Removal]]:
        """One round of duplicate removal: the blocks kept, and a removal for each copy.

        ``blocks`` are some of the document's blocks (what a round kept): some of the last
        round's, in their order, as the rounds of a run only remove blocks (`_settle` reads
        what its last round kept; `classify`'s second settle what its first kept; the page
        rounds what the last `classify` kept, less what the page classifier drops). So a
        pair finder that found no copy in a round finds none in a later one (`PairFinders`:
        issue #8, tested against rounds that run every finder in
        tests/test_dedupe_pair_finders.py).
        """
        if (
            len(blocks) < DUPLICATE_MIN_BLOCKS
            or not self.config.dedupe_blocks
            or _same_blocks(blocks, self._no_copies_in)
        ):
            return blocks, []
        # The blocks that may share a key with another block of the document: the only ones
        # that can be duplicates, in any round (found once, with the detectors' facts).
        twins = self.facts.twins
        title = 0 if self.has_title(blocks) else None
        if twins:
            keys = comparison_keys(blocks, self._keys, twins)
            # Not on a page's text (`adjacent._is_printed_after_break`): its classifier removes
            # the labels between a plan's repeated rows.
            positions = None if self.facts.page_text else self._positions()
            found = find_duplicates(
                blocks,
                title,
                self.config.min_duplicate_words,
                keys,
                positions=positions,
                pairs=self._pairs,
            )
        else:  # no two blocks of the document are equal: only copies found without keys
            found = find_unkeyed_copies(blocks, title, self.config.min_duplicate_words, self._pairs)
        candidates = self._splice_candidates()
        if candidates:
            for index, duplicate in find_spliced_copies(blocks, title, candidates).items():
                found.setdefault(index, duplicate)
        if not self.facts.page_text:
            # The article printed again with other breaks, looked for again on what this round
            # kept: junk between the printings, which this round removed, may have hidden it
            # from the first look (`without_reflowed_copy`), and cleaning the output looks
            # with that junk gone. The run ends where cleaning its output starts.
            for index, duplicate in self._reflowed_copy(blocks, title).items():
                found.setdefault(index, duplicate)
            # Two blocks printed again on one line: a copy with other breaks too.
            shared = self._document_shared_starts()
            joined = find_joined_pair_copies(blocks, shared) if shared else {}
            for index, duplicate in joined.items():
                found.setdefault(index, duplicate)
        if not found:
            self._no_copies_in = tuple(blocks)  # a copy: a caller may change its list
            return blocks, []
        return _without_copies(blocks, found)


def _evidence(hits: Mapping[int, Rule | None], blocks: Iterable[Block]) -> int:
    """How many of ``blocks`` a rule matched alone (``hits``, by first input line) that hold
    a letter: only such lines are evidence of page chrome, as a line of separators ("|",
    "***") is as common in an extracted article's tables and section breaks."""
    return sum(1 for block in blocks if hits[block.start] is not None and has_letter(block.text))


def _seeded_hits(
    blocks: Sequence[Block], known: Mapping[str, Rule | None]
) -> dict[int, Rule | None]:
    """The hits of ``blocks`` whose text ``known`` holds (`DocumentRun.hits_by_text` of
    another run), by their first input lines; none when a block is a list item.

    Exact: a line that is no list item is answered from its text alone, so the hit found
    in the other run is the one `_match` would find here. A list item's answer reads the
    line before it among the lines one `_match` call is given, which are the round's not
    yet known: a given hit would take that line out of the call. Such documents are left
    to match every line (1 of the 45 the title check ran again on the dev full pages).
    """
    if any(block.text[:1] in LIST_BULLETS for block in blocks):
        return {}
    return {block.start: known[block.text] for block in blocks if block.text in known}


def _same_blocks(blocks: Sequence[Block], earlier: Sequence[Block] | None) -> bool:
    """Whether ``blocks`` are ``earlier``'s very blocks, the same objects in the same order.

    Pure speed for `DocumentRun.remove_duplicates` (issue #8): it is a function of its
    blocks alone (what else it reads of the document, the config, the twins, whether it is a
    page's text and each block's key and title shape, is fixed for the run once read), so
    the blocks of a round that found no copy find none again. A settle's last round reads
    the blocks its duplicate pass kept, and the next settle or page round reads them again:
    on the dev full pages 209 of page mode's 703 duplicate rounds (226 of 727 in auto mode)
    and 168 of the ASCII speed corpus's 643 were such a round again. Compared by identity,
    one C loop, never by value; ``earlier`` is held, so no object of it is freed and its
    identity reused.
    """
    return (
        earlier is not None
        and len(blocks) == len(earlier)
        and all(map(operator.is_, blocks, earlier))
    )


def _without_copies(
    blocks: list[Block], found: Mapping[int, Duplicate]
) -> tuple[list[Block], list[Removal]]:
    """The blocks less the copies ``found``, and a removal for each copy."""
    removed = [
        removal_of_block(blocks[i], d.rule, d.reason(blocks[d.original].start + 1))
        for i, d in sorted(found.items())
    ]
    return [b for i, b in enumerate(blocks) if i not in found], removed


def _settled_on_kept(found: Outcome) -> bool:
    """Whether ``found``'s last round read exactly the blocks it kept and kept every one.

    Then its settle stopped at that round (a round that keeps all its blocks and whose
    duplicate pass removes none is stable; one that removed some would have moved on to
    fewer blocks, or ended with fewer kept than it read), and `classify` of the kept
    blocks would give them back (`DocumentRun._reclassified`).
    """
    last = found.last
    return (
        last is not None
        and len(last.blocks) == len(found.kept)
        and last.blocks == found.kept
        and all(verdict.keep for verdict in last.verdicts)
    )


def select_page_blocks(
    blocks: list[Block], cache: page.LineFactsCache | None = None
) -> tuple[list[Block], list[Removal]]:
    """Stage 3 (page text only): keep the blocks the page classifier finds article-like.

    ``cache`` holds the facts of the document's lines from earlier rounds.

    A dropped line's block is not made only to become its removal: the detectors read the
    page as segmented, kept or dropped (`Facts.whole`: a thread's dropped markers, the teaser
    cards, the neighbours, a bio's credit), and every page's blocks are all read, so making
    blocks only for the lines this stage keeps would make the others later (issue #8:
    docs/benchmarks-log.md, runblocks42).
    """
    dropped = page.dropped_page_lines([block.text for block in blocks], cache)
    if not dropped:  # most rounds after a page's first: no line to look up
        return list(blocks), []
    kept = [block for i, block in enumerate(blocks) if i not in dropped]
    removed = [removal_of_block(blocks[i], "page_classifier", why) for i, why in dropped.items()]
    return kept, removed
