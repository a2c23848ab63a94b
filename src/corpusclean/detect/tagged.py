"""The tagged-cards detector: a related box whose stories each carry their section's tag.

A box of other stories often prints each story as its headline and, on the next line, the
section it was filed under, and the same few sections come back ("Mercadona abre
supermercado em Leiria" / "Retalho" / "MO reabre loja remodelada em Sintra" / "Retalho" /
"Portfolio Vinhos com a representação ..." / "Bebidas"). The box's label is a rule's
(`related_list`: "Artigos relacionados", "Lesen Sie auch"), and the rule's removal is
ambiguous, so the removal budget keeps the box whenever the story under it is short: an
excerpt cut after a long head, a brief. This detector reads the box's shape, which holds on
any site and in any language: a related box's label (any shipped language's
``related_labels``), then at least `PAIRS_MIN` headline-and-tag pairs in a row whose tags
repeat.
What it reads is certain, so the budget no longer keeps it.

False-positive risks and their guards: an article's own list of names with a category under
each (shops that opened with their trade, wines with their colour, a programme with its
days) has the pair shape but no related label over it, and stays; under an information
heading a list rule also reads as a box's label ("Más información", "See also"), it is left
to the budget (`_is_label`). A label used as the story's sub-heading has prose under it,
which is no pair. A schedule or a list of results
under a related-like heading prints a different value each time; the tags must repeat
(`TAG_REPEAT_MIN`), as a handful of sections do across ten stories. A tag is a word or
three, capitalised, with no digit and no sentence's stop; a headline has more words than any
tag (`HEADLINE_MIN_WORDS`), so no line is read as both. The label goes with the box, for
certain: left ambiguous, it would trigger the rule's list again in the pass after the certain
removals, counting its items from the label with the box gone, as far down as a story's
sub-heading and short paragraph under the box. After the pairs only lines of a tag's shape
that a related rule already removed go with them (a last card's picture text, a menu of
sections); a longer line ends the box.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs

from ..language import Language, load_related_words
from ..model import Block, Verdict
from ..text import ends_like_sentence, has_letter
from .facts import Facts

__all__ = ["mark_tagged_cards"]

NAME = "tagged_cards"
FAMILY = "related"

# A box of three stories or more: two headline-and-tag pairs could be the story's own two
# sub-headings with a one-word paragraph each.
PAIRS_MIN = 3
# One tag at least comes back this often: sections repeat across a box's stories, a
# programme's days or a results list's scores do not.
TAG_REPEAT_MIN = 2
# A tag is a section's name: one to three words ("Retalho", "Não Alimentar", "I&D"), at
# most this many characters.
TAG_MAX_WORDS = 3
TAG_MAX_CHARS = 30
# A headline has more words than any tag, and no more than a long Romance-language headline
# (as `boxlabel.HEADLINE_MAX_WORDS`).
HEADLINE_MIN_WORDS = TAG_MAX_WORDS + 1
HEADLINE_MAX_WORDS = 20
# A related box's label is short; a rule's related hit on a longer line is a pointer with
# its headline ("Leia também: ..."), which heads no box.
LABEL_MAX_WORDS = 6
# A box lists a handful of stories: the reading stops after this many pairs, so one label
# never reads further than a box holds.
PAIRS_MAX = 30

_VERDICT = Verdict(
    keep=False,
    rule=NAME,
    reason="a related box's label and its stories' headlines, each with a repeated section tag",
    certain=True,
    family=FAMILY,
)


def mark_tagged_cards(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove, for certain, a related box's label, the headline-and-tag pairs under it, and
    the tag-shaped lines right after them that a rule already removed with the box.

    >>> from corpusclean.language import load_language
    >>> from corpusclean.model import KEEP
    >>> texts = ["Artigos relacionados", "Mercadona abre supermercado em Leiria", "Retalho",
    ...          "MO reabre loja remodelada em Sintra", "Retalho",
    ...          "Portfolio Vinhos com novo produtor espanhol", "Bebidas"]
    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> verdicts = [Verdict(keep=False, rule="related_list", family="related")] + [KEEP] * 6
    >>> mark_tagged_cards(blocks, verdicts, Facts(load_language("pt")))
    >>> [v.certain for v in verdicts]
    [True, True, True, True, True, True, True]
    """
    labels = facts.of_scope(_label_lines, blocks)
    if not labels:  # most documents: no box's label, nothing to walk
        return
    index = 0
    while index < len(blocks):
        end = None
        if blocks[index].start in labels:
            end = _box_end(blocks, label=index)
        if end is None:
            index += 1
            continue
        # The label goes with its box, for certain: left for the pass after the certain
        # removals, a rule's list scope would read it as the trigger of the lines under the
        # box, as far as its item count allows from there (a story's sub-heading and short
        # paragraph), which the box's pairs had filled before.
        end = _box_tail_end(blocks, verdicts, end)
        for at in range(index, end):
            verdicts[at] = _certain(verdicts[at])
        index = end


def _certain(verdict: Verdict) -> Verdict:
    """The verdict made certain: a removal keeps its rule (a list's, a thread's), a kept
    block's is ours."""
    if not verdict.keep:
        return verdict if verdict.certain else attrs.evolve(verdict, certain=True)
    return attrs.evolve(_VERDICT, prior_rule=verdict.prior_rule)


def _label_lines(blocks: Sequence[Block], _facts: Facts) -> frozenset[int]:
    """The first input lines of those of ``blocks`` that are a related box's label
    (`_is_label`).

    A reader of lines (`Facts.of_scope`): the test reads a line's text and word count alone,
    so the answer over the document's scope holds the answer for every round's lines, which
    are some of the scope's; read once a document (issue #8: most documents hold no label,
    and no round then walks its lines for one).
    """
    words = load_related_words()
    return frozenset(block.start for block in blocks if _is_label(block, words))


def _is_label(block: Block, words: Language) -> bool:
    """A related box's label: one of any shipped language's ``related_labels`` ("Artigos
    relacionados", "Lesen Sie auch"), words that name a box of other stories and nothing
    else. A short line a related rule removed is not enough: the list rules also read an
    information heading as a box's label ("Más información", "See also", "Weitere
    Informationen"), and an article's own list of names with a category under each stands
    under such a heading (probe `session24c`); there the removal budget must still decide."""
    return block.words <= LABEL_MAX_WORDS and words.related_label.fullmatch(block.text) is not None


def _box_end(blocks: Sequence[Block], label: int) -> int | None:
    """Where the box under the label at ``label`` ends (one past its last pair), or None when
    fewer than `PAIRS_MIN` headline-and-tag pairs follow it or their tags do not repeat."""
    tags: Counter[str] = Counter()
    pairs = 0
    at = label + 1
    while at + 1 < len(blocks) and pairs < PAIRS_MAX:
        if not (_is_headline(blocks[at]) and _is_tag(blocks[at + 1])):
            break
        tags[blocks[at + 1].text.casefold()] += 1
        pairs += 1
        at += 2
    if pairs < PAIRS_MIN or max(tags.values(), default=0) < TAG_REPEAT_MIN:
        return None
    return at


def _box_tail_end(blocks: Sequence[Block], verdicts: Sequence[Verdict], end: int) -> int:
    """One past the tag-shaped lines right after the pairs that a related rule removed with
    them (a box's last card's picture text, a menu of sections under the box: "Business" /
    "Markets"): the box's own lines, of its tags' shape. A longer line stops the reading, so
    a story's sub-heading or paragraph under the box is left to the rules."""
    while end < len(blocks) and _is_tag(blocks[end]):
        verdict = verdicts[end]
        if verdict.keep or verdict.family != FAMILY:
            break
        end += 1
    return end


def _is_headline(block: Block) -> bool:
    """Headline-shaped: more words than a tag, no more than a long headline, no sentence's
    stop at its end."""
    return HEADLINE_MIN_WORDS <= block.words <= HEADLINE_MAX_WORDS and not ends_like_sentence(
        block.text
    )


def _is_tag(block: Block) -> bool:
    """A section's tag: a word or three, capitalised, no digit, no stop, colon or comma.

    >>> [_is_tag(Block(t, 0, 1)) for t in ("Retalho", "Não Alimentar", "Monday, 12",
    ...                                    "3-1", "Bebidas.", "retalho")]
    [True, True, False, False, False, False]
    """
    text = block.text
    if not (1 <= block.words <= TAG_MAX_WORDS and len(text) <= TAG_MAX_CHARS):
        return False
    if not (has_letter(text) and text[0].isupper()):
        return False
    return not any(c.isdigit() or c in ".!?:;," for c in text)
