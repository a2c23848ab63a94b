"""The glued-pager detector: a previous/next pair whose labels ran into the headlines they link.

Blog and news themes print a pager after the story: a label and the other story's headline,
once for the previous story and once for the next. When the extractor drops the separator
between the two, each line reads as one word glued to the next ("Articolo precedenteAncora
insieme. Empoli, ...", "Articolo successivoAbiti da sposa contraffatti", and in other themes
"Previous articleThe ...", "Vorheriger ArtikelDer ..."). The shape is the evidence, in any
language: two lines in a row, each opening with a label of one or two words whose last word,
in lower case, runs straight into a capital; the two labels differ and share a word (the
"article" of "previous article" and "next article"), as the two ends of one pager do.

False-positive risks and their guards: brand names hold a capital after lower case ("DevTools",
"AirPods", "YouTube"), so the glued word needs at least GLUED_WORD_MIN_LOWER lower-case letters
before the capital ("Dev", "Air", "You" have fewer); a list of such lines (a sponsor box:
"Oracle BrandVoice", "SAP BrandVoice", ...) is no pager, so the pair must be the only glued
lines outside the story; and it must stand there, before its first or after its last prose
paragraph, so two lines of an article that name one product differently are never taken.
A fact row whose label holds a glued brand ("Aktie ThyssenKrupp: 8,12 Euro", "Microsoft
PowerPoint: £1.20 per pupil", "Through LinkedIn: 41 per cent") has the shape too, two in a
row after a story; its glued part ends its word with the row's colon, where a pager's
headline goes on in words, so such a line is no label (`_FIELD_AFTER_GLUE`, precision20).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..model import Block, Verdict
from ..text import looks_like_headline
from .facts import Facts
from .scopes import body_bounds

__all__ = ["mark_glued_pager"]

NAME = "glued_pager"
FAMILY = "navigation"

# The glued word's lower-case run before the capital: a label's word ("article", "precedente",
# "Artikel") has this many letters or more, a brand's first part ("Dev", "Air", "You") fewer.
GLUED_WORD_MIN_LOWER = 4
# A label, then the headline glued to it: at most one word before the glued word (two words in
# all), the glued word a capital or lower-case letter and then lower case only, up to the capital.
_GLUED_LABEL = regex.compile(r"(?:\p{L}++[ ]){0,1}\p{L}\p{Ll}{3,}+(?=\p{Lu})")
# A glued part that ends its word with a colon ("Krupp: 8,12 Euro", "SmithKline: aangehouden",
# French "Mobil : 112,40 dollars") is a brand's second half in a fact row's label, not the
# first word of a headline: a pager's label runs into a headline that goes on in words.
_FIELD_AFTER_GLUE = regex.compile(r"\p{Lu}\p{L}*+[ ]?:")
# The pager is a pair: one line for the previous story, one for the next.
PAGER_LINES = 2


def glued_label(text: str) -> str | None:
    """The label a line opens with when it runs into a headline, casefolded, or None.

    >>> glued_label("Articolo precedenteAncora insieme. Empoli, Gilardino e Pasqual")
    'articolo precedente'
    >>> glued_label("DevTools Fission M2 – Making DevTools Fission compatible") is None
    True
    >>> glued_label("Aktie ThyssenKrupp: 8,12 Euro (+4,1 %)") is None
    True
    """
    found = _GLUED_LABEL.match(text)
    if found is None or not looks_like_headline(text[found.end() :]):
        return None
    if _FIELD_AFTER_GLUE.match(text, found.end()):
        return None  # a fact row's label with a glued brand, not a pager's label
    return found.group().casefold()


def _is_pager(first: str | None, second: str | None) -> bool:
    """Whether two labels are the two ends of one pager: different, sharing a word."""
    if first is None or second is None or first == second:
        return False
    return bool(set(first.split()) & set(second.split()))


def mark_glued_pager(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove a previous/next pair of glued labels and headlines outside the story."""
    # Only kept lines outside the story are read: the pattern straight on each text, as most
    # lines fail at their first word and a block fact's bookkeeping would cost more, and the
    # story's lines are not walked at all (issue #8).
    labelled = [
        (index, label)
        for index in _outside_story(blocks, facts)
        if verdicts[index].keep and (label := glued_label(blocks[index].text)) is not None
    ]
    if len(labelled) != PAGER_LINES:
        return  # none, one, or a list of them (a sponsor box): no pager
    (first, first_label), (second, second_label) = labelled
    if any(verdicts[index].keep for index in range(first + 1, second)):
        return  # a kept line between them: not one pager's two lines in a row
    if not _is_pager(first_label, second_label):
        return
    pager = Verdict(
        keep=False,
        rule=NAME,
        reason="one of a previous/next pair: a label glued to another story's headline",
        family=FAMILY,
    )
    verdicts[first] = verdicts[second] = pager


def _outside_story(blocks: Sequence[Block], facts: Facts) -> list[int]:
    """The indexes of the blocks before the first or after the last prose block
    (`body_bounds`), in order; every block's when none is prose.

    >>> from corpusclean.language import load_language
    >>> lines = ["Home", "It rained in Paris all day on Monday, and the river rose.", "Next"]
    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(lines)]
    >>> _outside_story(blocks, Facts(load_language("en")))
    [0, 2]
    """
    first_body, last_body = body_bounds(blocks, facts)
    if first_body > last_body:
        return list(range(len(blocks)))
    return [*range(first_body), *range(last_body + 1, len(blocks))]
