"""What the context pass and the evidence detectors know of one document's blocks.

A block's text never changes, and every classification round of a document sees the same
blocks again, less those removed. So a fact of a block alone (prose or not, shaped like a
label, a comment cue) is found once per document, on first use, and kept by the block's
first input line, which no other block of the document has (as `DocumentRun` keeps rule
hits). `DocumentRun` makes one `Facts` per document and hands it to every round; a fact
that depends on other blocks or on the verdicts is not a block fact and is found each round.

A detector's own values of the document (the cards of a page, the answers of a test it asks
in a loop of its own, by a block's first input line) are kept the same way, for the whole
document, by `Facts.once`: a `DocumentValue` is a function of the document's `Facts` alone
(its language and its blocks as segmented, never a round's blocks or verdicts), so its
answer found in the first round is the answer of every later one. The function itself is
the key: each value has its own. A value may read the document's `scope` (the blocks that
rounds can still hold) when an answer found over more blocks than a later, narrower scope
holds serves as well: the scope only narrows, before the first round of a page.

Within one round (`Facts.round`), the detectors ask for the same facts of the round's blocks
over and over (prose, for the body's bounds, is read by the scopes and by four detectors):
the list for the round's blocks, and values derived from the blocks alone, are kept until
the round ends, so each is assembled once a round.

A reader of lines (`Facts.of_scope`) answers by line, from each line's text alone (the lines
of a photographer's credit's shape, the lines that count comments): it reads the document's
`scope` once, and its answer serves every round, as every round's blocks are some of the
scope's. Most documents hold no such line, and their rounds then walk none of their lines
for it (issue #8). When the document's blocks were not given, it reads each round's blocks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from ..dedupe.within import twin_candidates
from ..language import Language
from ..model import Block
from ..text import is_prose

__all__ = ["BlockFact", "DocumentValue", "Facts", "RoundValue", "prose"]

T = TypeVar("T")

#: A fact of one block alone, read with the document's language where it needs words.
BlockFact = Callable[[Block, Language], T]
#: A value of the document alone (`Facts.whole`, `Facts.language`), found once a document.
DocumentValue = Callable[["Facts"], T]
#: A value of a round's blocks alone (not of its verdicts), read with the document's facts.
RoundValue = Callable[[Sequence[Block], "Facts"], T]


def prose(block: Block, _language: Language) -> bool:
    """Whether the block reads like body text (`text.is_prose`), as a block fact."""
    return is_prose(block.text, block.words)


class Facts:
    """One document's language and the block facts found so far; made per document.

    >>> from corpusclean.language import load_language
    >>> facts = Facts(load_language("en"))
    >>> blocks = [Block("Share this", 0, 1), Block("It rained in Paris all day on Monday, "
    ...     "and the river rose by a metre overnight.", 1, 2)]
    >>> facts.each(prose, blocks)
    [False, True]
    """

    def __init__(self, language: Language, document: Sequence[Block] | None = None) -> None:
        self.language = language
        # Whether the document is the text of a whole page (page mode, or auto mode found
        # one): a detector reading a page's header acts on pages alone (`detect.lead`).
        self.page_text = False
        # The document's blocks (every round's blocks are some of them), when known.
        self._document = document
        # All of them, never narrowed (`previous`), and where each starts in that list.
        self._whole = document
        # The blocks every round's blocks are some of (`scope`): all of them, or narrowed.
        self._scope = document
        self._position: dict[int, int] | None = None
        self._twins: frozenset[int] | None = None
        self._known: dict[BlockFact[Any], dict[int, Any]] = {}
        self._once: dict[DocumentValue[Any], Any] = {}
        self._scoped: dict[RoundValue[Any], Any] = {}
        # The blocks of the round in progress (None between rounds), the facts of exactly
        # those blocks, and the values derived from them. Valid only while the round lasts:
        # a round never changes its blocks, and the next one starts afresh.
        self._round: Sequence[Block] | None = None
        self._round_facts: dict[BlockFact[Any], list[Any]] = {}
        self._round_values: dict[RoundValue[Any], Any] = {}

    @property
    def twins(self) -> frozenset[int] | None:
        """The first input lines of the document's blocks that may have another block's
        `label_key` (`dedupe.within.twin_candidates`), found once; None when the document's
        blocks were not given. Empty for most documents: then no two blocks of any round
        share a key.
        """
        if self._twins is None and self._document is not None:
            self._twins = twin_candidates(self._document)
        return self._twins

    @property
    def whole(self) -> Sequence[Block] | None:
        """The document's blocks as segmented (the page classifier's drops too), when given."""
        return self._whole

    @property
    def scope(self) -> Sequence[Block] | None:
        """The blocks that every round's blocks are some of, when given: the document's as
        segmented, or those the page classifier first kept (`narrow`). A block outside them
        is never a round's block, so never given a verdict.

        >>> from corpusclean.language import load_language
        >>> document = [Block("Home | News | Sport", 0, 1), Block("It rained all day.", 1, 2)]
        >>> facts = Facts(load_language("en"), document)
        >>> facts.narrow(document[1:])
        >>> [b.text for b in facts.scope or ()], len(facts.whole or ())
        (['It rained all day.'], 2)
        """
        return self._scope

    def previous(self, block: Block, unknown: Block | None = None) -> Block | None:
        """The document's block before ``block``, kept by the rounds so far or not (the page
        classifier's drops too); None for the first; ``unknown`` when the document's blocks
        were not given (the caller's guess: the block before it in the round).

        >>> from corpusclean.language import load_language
        >>> document = [Block("Maria K", 0, 1), Block("June 10, 2023 at 10:30 am", 1, 2)]
        >>> Facts(load_language("en"), document).previous(document[1]).text
        'Maria K'
        """
        return self._neighbour(block, -1, unknown)

    def following(self, block: Block, unknown: Block | None = None) -> Block | None:
        """The document's block after ``block``, kept by the rounds so far or not; None for
        the last; ``unknown`` when the document's blocks were not given (as `previous`).

        >>> from corpusclean.language import load_language
        >>> document = [Block("June 9 -- Tampa, FL", 0, 1), Block("June 10 -- Nashville", 1, 2)]
        >>> Facts(load_language("en"), document).following(document[0]).text
        'June 10 -- Nashville'
        """
        return self._neighbour(block, 1, unknown)

    def _neighbour(self, block: Block, offset: int, unknown: Block | None) -> Block | None:
        """The document's block ``offset`` blocks from ``block`` (None past either end, or
        for a block not in the document); ``unknown`` when the document was not given."""
        if self._whole is None:
            return unknown
        if self._position is None:
            self._position = {b.start: i for i, b in enumerate(self._whole)}
        at = self._position.get(block.start)
        if at is None or not 0 <= at + offset < len(self._whole):
            return None
        return self._whole[at + offset]

    def narrow(self, document: Sequence[Block]) -> None:
        """Read every later round's blocks as some of ``document`` (some of the blocks given
        before): `scope` is then they, and `twins` is found among them alone, unless it was
        found already.

        A block whose signature no other block of ``document`` shares has no twin among
        any subset of them, so the answer serves every round that reads some of them.
        """
        self._scope = document
        if self._twins is None:
            self._document = document

    def round(self, blocks: Sequence[Block]) -> _Round:
        """Keep what is read of ``blocks`` (a round's blocks, unchanged while it lasts), for
        as long as the ``with`` block this opens lasts."""
        return _Round(self, blocks)

    def each(self, fact: BlockFact[T], blocks: Sequence[Block]) -> list[T]:
        """The fact for each of ``blocks`` (some blocks of the document), each found once."""
        if blocks is not self._round:
            return self._find(fact, blocks)
        found: list[T] | None = self._round_facts.get(fact)
        if found is None:
            found = self._round_facts[fact] = self._find(fact, blocks)
        return found[:]  # a copy: the caller may change its list, not the round's

    def _find(self, fact: BlockFact[T], blocks: Sequence[Block]) -> list[T]:
        language = self.language
        known: dict[int, T] | None = self._known.get(fact)
        if known is None:  # the first look at this fact: every block is new
            values = [fact(block, language) for block in blocks]
            starts = [block.start for block in blocks]
            self._known[fact] = dict(zip(starts, values, strict=True))
            return values
        for block in blocks:
            if block.start not in known:
                known[block.start] = fact(block, language)
        return [known[block.start] for block in blocks]

    def of(self, fact: BlockFact[T], block: Block) -> T:
        """The fact for one block of the document, found once."""
        known: dict[int, T] | None = self._known.get(fact)
        if known is None:
            known = self._known[fact] = {}
        start = block.start
        if start not in known:
            known[start] = fact(block, self.language)
        return known[start]

    def once(self, value: DocumentValue[T]) -> T:
        """``value(self)``, found on first use and kept for the rest of the document: the
        one store of a detector's values of the document, for every round to reuse.

        ``value`` must read the document alone (`whole`, `language`), never a round's blocks
        or verdicts: its first answer then serves every round. A store that a detector fills
        itself (a test's answers by a block's first input line, found as the rounds reach
        the blocks) is a value that returns an empty dict; the detector owns what it puts in.

        >>> from corpusclean.language import load_language
        >>> def short_lines(facts: Facts) -> list[str]:
        ...     return [b.text for b in facts.whole or () if b.words < 3]
        >>> facts = Facts(load_language("en"), [Block("Share this", 0, 1)])
        >>> facts.once(short_lines), facts.once(short_lines) is facts.once(short_lines)
        (['Share this'], True)
        """
        once = self._once
        if value not in once:
            once[value] = value(self)
        found: T = once[value]
        return found

    def of_scope(self, reader: RoundValue[T], blocks: Sequence[Block]) -> T:
        """``reader(scope, self)``, found once a document; ``reader(blocks, self)``, once a
        round, when the document's blocks were not given (``blocks`` are the round's).

        ``reader`` answers by line, from each line's text alone (a set or a mapping of first
        input lines): an answer over the scope then holds the answer over any of its blocks,
        and every round's blocks are some of the scope's (a page's scope narrows before its
        first round). A caller reads the answer for its round's lines by their first input
        lines.

        >>> from corpusclean.language import load_language
        >>> def short_lines(blocks: Sequence[Block], facts: Facts) -> frozenset[int]:
        ...     return frozenset(b.start for b in blocks if b.words < 3)
        >>> document = [Block("Share this", 0, 1), Block("It rained all day.", 1, 2)]
        >>> Facts(load_language("en"), document).of_scope(short_lines, document[1:])
        frozenset({0})
        >>> Facts(load_language("en")).of_scope(short_lines, document[1:])
        frozenset()
        """
        scope = self._scope
        if scope is None:
            return self.of_round(reader, blocks)
        scoped = self._scoped
        if reader not in scoped:
            scoped[reader] = reader(scope, self)
        found: T = scoped[reader]
        return found

    def block_facts_by_text(self) -> dict[BlockFact[Any], dict[str, Any]]:
        """The block facts found so far, each by its block's text: what a later document
        made of some of the same lines, in the same language, may start from (`lend`).

        A block fact reads a block's text and word count alone (its lines' place is the
        document's business, never a fact's), and the word count is a function of the text,
        so a fact of a text is the same in any document of the language.
        """
        document = self._whole
        if document is None:
            return {}
        texts = {block.start: block.text for block in document}
        return {
            fact: {texts[start]: value for start, value in known.items() if start in texts}
            for fact, known in self._known.items()
        }

    def lend(self, facts: Mapping[BlockFact[Any], Mapping[str, Any]]) -> None:
        """Take ``facts`` (`block_facts_by_text` of another document in this language) for
        this document's blocks whose text they hold, so they are not found again."""
        document = self._whole
        if document is None:
            return
        for fact, by_text in facts.items():
            found = {b.start: by_text[b.text] for b in document if b.text in by_text}
            if found:
                self._known.setdefault(fact, {}).update(found)

    def of_round(self, value: RoundValue[T], blocks: Sequence[Block]) -> T:
        """``value(blocks, self)``, found once a round when ``blocks`` are the round's."""
        if blocks is not self._round:
            return value(blocks, self)
        if value not in self._round_values:
            self._round_values[value] = value(blocks, self)
        found: T = self._round_values[value]
        return found


class _Round:
    """`Facts.round`: a context manager as a class, not a generator (`contextlib`), as it is
    opened once a round of every document (a fifth of the cost of one there)."""

    __slots__ = ("_blocks", "_facts")

    def __init__(self, facts: Facts, blocks: Sequence[Block]) -> None:
        self._facts, self._blocks = facts, blocks

    def __enter__(self) -> None:
        facts = self._facts
        facts._round, facts._round_facts, facts._round_values = self._blocks, {}, {}

    def __exit__(self, *_exception: object) -> None:
        facts = self._facts
        facts._round, facts._round_facts, facts._round_values = None, {}, {}
