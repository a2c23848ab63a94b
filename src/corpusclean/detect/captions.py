"""The caption-fragment detector: a caption cut off at a comma, or printed again without
its credit, beside a photo credit.

No body paragraph ends with a comma, and a credit line is where captions are printed. A
credit is any removal of the ``credits`` family, by a rule or a detector, so a new credit
rule in a rule file is seen here without a code change.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..model import Block, Verdict
from .facts import Facts
from .scopes import LIST_TEASER_MAX_WORDS

__all__ = ["mark_caption_fragments"]

NAME = "caption_fragment"
#: The family whose removals count as photo credits.
CREDITS = "credits"
# A bare copy of a caption (`_is_bare_copy`) is at least this many words long.
BARE_COPY_MIN_WORDS = 4
# A verse line has at most this many words ("For the mill has gone and the pit has gone," is
# 10); a story's paragraph beside a gallery's cut caption is longer (`_is_stanza_line`).
VERSE_LINE_MAX_WORDS = 10


def mark_caption_fragments(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove a caption cut off at a comma, or a caption's bare copy (`_is_bare_copy`), that
    sits right next to a removed photo credit.

    No body paragraph ends with a comma, and a credit line is where captions are printed.
    """
    credit = [not v.keep and v.family == CREDITS for v in verdicts]
    if not any(credit):  # most documents: no credit, so no caption beside one
        return
    printed: Counter[str] | None = None  # how often each text is printed, counted when needed
    for index, block in enumerate(blocks):
        if not verdicts[index].keep or block.words > LIST_TEASER_MAX_WORDS:
            continue
        beside = [n for n in (index - 1, index + 1) if 0 <= n < len(blocks) and credit[n]]
        if beside and block.text.endswith(","):
            if _is_verse_line(blocks, index, credit):
                continue
            reason = "a line ending in a comma beside a photo credit (a caption)"
        elif any(_is_bare_copy(block, blocks[n]) for n in beside):
            reason = "a caption printed again, bare, beside its copy with the credit"
        else:
            continue
        # A line printed again elsewhere is the page's own: a gallery slide's title over its
        # caption and under it, a poem's or song's refrain (precision19), not a caption.
        printed = printed or Counter(b.text for b in facts.whole or blocks)
        if printed[block.text] > 1:
            continue
        verdicts[index] = Verdict(keep=False, rule=NAME, reason=reason, family=CREDITS)


def _is_verse_line(blocks: Sequence[Block], index: int, credit: Sequence[bool]) -> bool:
    """Whether a line ending in a comma goes on in the nearest line beside it that is no
    credit, in lower case: a verse ("Und wenn der Abend kommt, ganz still," over "fließt er,
    wohin er will."), whose sentence a cut caption never continues (precision19).

    >>> lines = [Block("Der Fluss kennt jeden Stein,", 0, 0), Block("er trägt das Laub.", 1, 1)]
    >>> _is_verse_line(lines, 0, [False, False])
    True
    >>> _is_verse_line(lines[:1] + [Block("Die Wehr rückte aus.", 1, 1)], 0, [False, False])
    False
    """
    for step in (-1, 1):
        n = index + step
        while 0 <= n < len(blocks) and credit[n]:  # the credit may stand between the lines
            n += step
        first = blocks[n].text.lstrip()[:1] if 0 <= n < len(blocks) else ""
        if first.isalpha() and first.islower():
            return True
        if _is_stanza_line(blocks, n, step, credit):
            return True
    return False


def _is_stanza_line(blocks: Sequence[Block], n: int, step: int, credit: Sequence[bool]) -> bool:
    """Whether the neighbour ``n`` of a comma line (found going ``step``) is a verse line of a
    stanza: a line of at most VERSE_LINE_MAX_WORDS words ending in a comma, and the line after
    it in that direction as short, neither a credit. German verse opens its lines with capital
    nouns ("Das Wasser springt aus Stein und Erz," over "Kinder lachen, Tauben fliegen," /
    "Sonne wärmt das alte Herz,"), English verse with a capital on every line (precision20);
    a gallery's captions cut at a comma each stand beside a credit, so no two are in a row.

    >>> verse = [Block("Kinder lachen, Tauben fliegen,", 0, 0), Block("Sonne wärmt.", 1, 1)]
    >>> _is_stanza_line(verse, 0, 1, [False, False]), _is_stanza_line(verse, 0, 1, [False, True])
    (True, False)
    """
    if not (0 <= n < len(blocks) and blocks[n].text.endswith(",")):
        return False
    return all(
        0 <= m < len(blocks) and not credit[m] and blocks[m].words <= VERSE_LINE_MAX_WORDS
        for m in (n, n + step)
    )


def _is_bare_copy(block: Block, captioned: Block) -> bool:
    """Whether a line is the caption a removed credit line opens with, printed again
    without its credit ("... des nations 2025." over "... des nations 2025.NAME/AGENCY").

    Templates print the caption twice, once as the image's text and once with the credit
    glued to it; a line of the story is never the whole head of a caption beside it. At
    least BARE_COPY_MIN_WORDS words, so a one-word line that happens to open the caption
    ("Feuerwehr" over "Feuerwehr im Einsatz. Foto: dpa") stays.

    >>> credited = Block("Die Wehr im Einsatz. Foto: A", 1, 1)
    >>> _is_bare_copy(Block("Die Wehr im Einsatz.", 0, 0), credited)
    True
    >>> _is_bare_copy(Block("Die Wehr", 0, 0), credited)
    False
    """
    return (
        block.words >= BARE_COPY_MIN_WORDS
        and len(captioned.text) > len(block.text)
        and captioned.text.startswith(block.text)
    )
