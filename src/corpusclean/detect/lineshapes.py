"""The shapes of a line that the rule scopes (`detect.scopes`, `detect.listscope`,
`detect.restscope`) and the listing reading (`detect.listings`) read: the story's text, a
related headline, a heading's length, a numbered opening, a control in brackets.

Defined here, below them all, so that none imports another for them.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..model import Block
from ..text import ends_like_sentence, is_sentence

__all__ = [
    "AMONG_SENTENCE_MIN_WORDS",
    "BRACKETED_CONTROL",
    "HEADING_MAX_WORDS",
    "LIST_HEADLINE_MAX_WORDS",
    "NUMBERED_OPENING",
    "is_list_headline",
    "is_story_sentence",
    "reads_as_text",
]

# Headline-like list items are at most this long (a teaser under one at most
# `listscope.LIST_TEASER_MAX_WORDS`).
LIST_HEADLINE_MAX_WORDS = 20
# A short sentence counts as the story's text too: "Die Preise gelten für 2026 und enthalten alle
# Abgaben." (9 words) under a ranking. At least this many words and a sentence's end: a
# headline under a breadcrumb ends in none, a byline or a date line is shorter.
AMONG_SENTENCE_MIN_WORDS = 6
# A control printed as a link label in brackets: a few words, nothing outside the brackets.
BRACKETED_CONTROL = regex.compile(r"[(\[]\s*\w+(?:\s+\w+){0,3}\s*[)\]]")
# A heading of the article's own is a short line, at most this many words; its readers ask
# too that no rule knows it and that it ends no sentence.
HEADING_MAX_WORDS = 8
# A numbered heading ("5. Beware the wall-mounted hairdryer"): a listicle's item, or a
# numbered link of a related list. Only the number before it, printed earlier in the
# document ("4. ..."), tells the two apart.
NUMBERED_OPENING = regex.compile(r"(\d{1,3})[.)] ")


def is_list_headline(block: Block) -> bool:
    """Whether a block is shaped like a related headline: short, ending no sentence.

    >>> is_list_headline(Block("Storm closes the harbour for a week", 0, 1))
    True
    >>> is_list_headline(Block("The storm closed the harbour.", 0, 1))
    False
    """
    return block.words <= LIST_HEADLINE_MAX_WORDS and not ends_like_sentence(block.text)


def is_story_sentence(block: Block) -> bool:
    """A sentence of `AMONG_SENTENCE_MIN_WORDS` words or more, too short for prose."""
    return is_sentence(block.text, block.words, AMONG_SENTENCE_MIN_WORDS)


def reads_as_text(blocks: Sequence[Block], is_prose: Sequence[bool], index: int) -> bool:
    """Whether block ``index`` is a paragraph or a sentence (`is_story_sentence`): the story's
    text."""
    return is_prose[index] or is_story_sentence(blocks[index])
