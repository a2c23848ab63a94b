"""What the block-level tests share: texts as the blocks that segmentation gives."""

from __future__ import annotations

from corpusclean.model import Block


def blocks(texts: list[str]) -> list[Block]:
    """One block a text, one line each, in order: a document of one-line paragraphs."""
    return [Block(text, index, index + 1) for index, text in enumerate(texts)]
