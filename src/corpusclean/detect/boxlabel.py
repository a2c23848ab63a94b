"""The related-box tail detector: a related box's label, and the other stories under it, ending
the document.

A box of other stories keeps its label when an extractor drops its links ("Les plus lus",
"Das könnte Sie auch interessieren", "I più recenti" as the page's last line), or keeps the
headlines under it ("Lo último en España" / the section's latest headlines). The label is read
in every shipped language (`language.load_related_words`): a short excerpt often wins no
language vote and is cleaned with the English rules, which know no French label. A label is
evidence only at the end: everything after it is headline-shaped (a headline, a kicker, a
rank number, a teaser cut short with an ellipsis) or already removed. A line ending with a
full stop stops the reading, even a teaser's one-sentence summary: a stray label kept above a
story's last sub-heading and short closing paragraph would take them with it.
A story's own section under a label-like heading goes on in prose, so it stays; an article's
list that ends the document has no related box's label above it ("Les lauréats :", a
chronology's dates), so it stays too, and so does one whose own label, ending in a colon,
heads names below a label a related box also prints ("More from the night" / "Setlist
highlights:" / the songs): the walk stops at that label.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..language import Language, load_related_words
from ..model import Block, Verdict
from ..text import ELLIPSES, NAME_MAX_WORDS, ends_like_sentence, has_letter
from .facts import Facts
from .listscope import NAMED_LIST_MIN_ITEMS
from .verdicts import remove_kept_from

__all__ = ["headline_shaped", "mark_related_box_tail"]

NAME = "related_box_tail"
FAMILY = "related"

# A headline under a box label is at most this long: Romance-language headlines run long in
# sentence case ("El PP acorrala a Montero en el Congreso por el «¡Eres nuestro tronco!» de la
# vicepresidenta a Ábalos" is 17 words), a paragraph's sentence longer.
HEADLINE_MAX_WORDS = 20
# A box lists a handful of stories (a headline, maybe a kicker and a summary cut short): a
# label with more kept lines than this after it heads something else (a poem), and stays.
TAIL_MAX_BLOCKS = 24


def mark_related_box_tail(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove a related box's label, in any shipped language, and the headline-shaped lines
    after it, when they end the document.

    >>> from corpusclean.language import load_language
    >>> from corpusclean.model import KEEP
    >>> story = "Le maire a présenté lundi le budget de la commune devant le conseil municipal."
    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate([story, "Les plus lus"])]
    >>> verdicts = [KEEP, KEEP]
    >>> mark_related_box_tail(blocks, verdicts, Facts(load_language("en")))
    >>> [v.keep for v in verdicts]
    [True, False]
    """
    start = _tail_start(blocks, verdicts, load_related_words())
    if start is None:
        return
    verdict = Verdict(
        keep=False,
        rule=NAME,
        reason="a related box's label and the headline-shaped lines after it, ending the document",
        family=FAMILY,
    )
    remove_kept_from(verdicts, start, verdict)


def _tail_start(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], words: Language
) -> int | None:
    """Where the related box that ends the document starts: the first kept label whose kept
    lines after it, at most `TAIL_MAX_BLOCKS`, are all headline-shaped; None without one.

    Walks back from the end while the kept lines are headline-shaped, so it reads the tail
    only: linear, and a document ending in prose costs one look.
    """
    start: int | None = None
    kept = 0
    # The kept lines read so far while all of them are names (`NAME_MAX_WORDS`); -1 from the
    # first that is not, for good: a label heads names only if nothing else is below it.
    names = 0
    for index in range(len(blocks) - 1, -1, -1):
        if not verdicts[index].keep:
            continue
        block = blocks[index]
        label = _is_label(block.text, words)
        if label:
            start = index  # a label: the box may start here, or at a label above
        elif not headline_shaped(block.text) or _heads_names(block, names):
            break
        is_name = not label and names >= 0 and block.words <= NAME_MAX_WORDS
        names = names + 1 if is_name else -1
        kept += 1
        if kept > TAIL_MAX_BLOCKS + 1:
            break
    return start


def _heads_names(block: Block, names: int) -> bool:
    """Whether a line is the article's own label, ending in a colon, over at least
    `NAMED_LIST_MIN_ITEMS` names and nothing else ("Setlist highlights:" over the songs).

    The shape `listscope._introduces_names` reads inside the body, counted here while the walk
    goes up; the label is held to this module's `HEADLINE_MAX_WORDS` (it is headline-shaped),
    not to a heading's length as there."""
    return names >= NAMED_LIST_MIN_ITEMS and block.text.rstrip().endswith(":")


def _is_label(text: str, words: Language) -> bool:
    """A related box's label alone ("Les plus lus", "Debes leer..."), or a pointer to one
    other story with its headline ("A lire aussi : Presse de gauche n'amasse pas foule")."""
    if words.related_label.fullmatch(text):
        return True
    pointer = words.related_pointer.fullmatch(text)
    return pointer is not None and headline_shaped(pointer.group("headline"))


def headline_shaped(text: str) -> bool:
    """Short enough for a headline, and no sentence's stop at its end (an ellipsis may).

    Words hold a letter: a "|" between a show's name and its headline is none.
    """
    if ends_like_sentence(text) and not text.endswith(ELLIPSES):
        return False  # most documents end with a paragraph: one look at its last character
    words = text.split()
    return len(words) <= HEADLINE_MAX_WORDS or _letter_words(words) <= HEADLINE_MAX_WORDS


def _letter_words(words: Sequence[str]) -> int:
    """How many of ``words`` hold a letter."""
    return sum(1 for word in words if has_letter(word))
