"""A thread whose controls the extraction glued to the next comment: "ReplyDelete",
"RispondiEliminaMandi", "AntwortenErika Muster".

Blog software prints its controls ("Reply", "Delete") as links under every comment; an
extraction that drops the breaks between inline links glues them to each other and to the
first word of the next comment, with no space: a line that opens with a control word and a
capitalised word in one ("ResponderExcluir", "AntwortenErika"). Nothing else prints that shape,
in any language, so one such line is evidence enough; the thread starts at the comment it
closes, the line above it, and runs to the end (`thread_start` reads controls on lines of
their own, and finds none here).

False-positive risks and their guards: a product name that starts with a control word
("ShareThis", "LikeButton"): the page's own controls (`Language.shared_control`: "Share",
"Like") glue into no evidence, and the control must be a whole word of the thread words
before a capital; a line that names such a control in a sentence ("the ReplyAll button"):
only a line that opens with it counts; a thread longer than the article, or an article too
short to be one above it: ARTICLE_MIN_WORD_SHARE of the words must stand above the thread.
No prose is asked of it, where `thread_start` asks for ARTICLE_MIN_PROSE blocks: the evidence
is certain, and a photo post's captions above a thread are short lines that end no sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...language import Language, load_thread_words
from ...model import Block
from ..facts import Facts
from .runs import ARTICLE_MIN_WORD_SHARE


def glued_controls_start(blocks: Sequence[Block], facts: Facts) -> int | None:
    """The index of the first comment of a thread whose controls are glued to the next
    comment's first word, when the article stands above it; None otherwise.

    >>> from corpusclean.language import load_language
    >>> lines = ["Spring came early this year and the garden is full of violets again.",
    ...          "We picked the first ones on my birthday, as we do every year.",
    ...          "Thank you for this burst of spring!", "RispondiEliminaMandi"]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> glued_controls_start(blocks, Facts(load_language("it")))
    2
    """
    words = load_thread_words(facts.language.code)
    glued = next((i for i, block in enumerate(blocks) if _opens_glued(block.text, words)), None)
    if glued is None or glued == 0:
        return None
    # The glued line closes the comment above it.
    start = glued - 1
    total = sum(block.words for block in blocks) or 1
    above = sum(block.words for block in blocks[:start])
    return start if above >= ARTICLE_MIN_WORD_SHARE * total else None


def _opens_glued(text: str, words: Language) -> bool:
    """Whether ``text`` opens with a thread control glued to a capitalised word.

    >>> words = load_thread_words("en")
    >>> [_opens_glued(t, words) for t in ("ReplyDelete", "AntwortenErika Muster",
    ...  "ResponderExcluirAmei!", "ShareThis plugin", "Reply to Jane", "McDonald's")]
    [True, True, True, False, False, False]
    """
    head = text.lstrip().split(" ", 1)[0]
    split = next((i for i in range(1, len(head)) if head[i].isupper()), None)
    if split is None or not head[split - 1].islower():
        return False
    control = head[:split]
    return (
        words.comment_control.fullmatch(control) is not None
        and words.shared_control.fullmatch(control) is None
    )
