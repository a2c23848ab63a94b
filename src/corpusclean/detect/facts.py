"""What the context pass and the evidence detectors know of one document's blocks.

A block's text never changes, and every classification round of a document sees the same
blocks again, less those removed. So a fact of a block alone (prose or not, shaped like a
label, a comment cue) is found once per document, on first use, and kept by the block's
first input line, which no other block of the document has (as `DocumentRun` keeps rule
hits). `DocumentRun` makes one `Facts` per document and hands it to every round; a fact
that depends on other blocks or on the verdicts is not a block fact and is found each round.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ..language import Language
from ..model import Block
from ..text import is_prose

__all__ = ["BlockFact", "Facts", "prose"]

T = TypeVar("T")

#: A fact of one block alone, read with the document's language where it needs words.
BlockFact = Callable[[Block, Language], T]


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

    def __init__(self, language: Language) -> None:
        self.language = language
        self._known: dict[BlockFact[Any], dict[int, Any]] = {}

    def each(self, fact: BlockFact[T], blocks: Sequence[Block]) -> list[T]:
        """The fact for each of ``blocks`` (some blocks of the document), each found once."""
        known: dict[int, T] | None = self._known.get(fact)
        if known is None:
            known = self._known[fact] = {}
        language = self.language
        for block in blocks:
            if block.start not in known:
                known[block.start] = fact(block, language)
        return [known[block.start] for block in blocks]

    def of(self, fact: BlockFact[T], block: Block) -> T:
        """The fact for one block of the document, found once."""
        return self.each(fact, (block,))[0]
