"""What the block-level tests share: texts as the blocks that segmentation gives."""

from __future__ import annotations

from corpusclean import Cleaner, Config
from corpusclean.model import Block


def blocks(texts: list[str]) -> list[Block]:
    """One block a text, one line each, in order: a document of one-line paragraphs."""
    return [Block(text, index, index + 1) for index, text in enumerate(texts)]


# The cleaner the duplicate-repair tests run: article mode, so that the page model cannot take
# a line before the repair sees it and a test measures the repair alone.
ARTICLE_MODE = Cleaner(Config(mode="article"))
# The default smallest block the repair counts as printed twice.
MIN_WORDS = Config().min_duplicate_words
