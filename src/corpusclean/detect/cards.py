"""The teaser-cards detector: other stories' cards below the story on a whole page.

A page often ends with cards of other stories, each printed the same way: a headline, the
writer's name, a date stamp alone on its line, and the story's first sentences
("Carlos Ghosn and the dark side of Japanese justice" / "Anthony, Maya, Nadine, and Caroline
Ghosn" / "Wednesday November 20, 2019" / "Our family always celebrates ..."). The page
classifier drops the short lines (a menu's shape) and keeps the summaries, which read like
the story's paragraphs. The card's shape is still on the page: this detector reads it on the
page's blocks as segmented (`Facts.whole`), kept or dropped, and removes the kept parts of
the cards below the story. The evidence holds on any site and in any language: a position
(below the story), a repetition (`CARD_MIN` cards of one shape) and a neighbourhood (a
stamp-only date line under two short lines, above a paragraph).

Read only on the text of a whole page (`Facts.page_text`): an extraction's text keeps what
its extractor chose, and a story's own header has this shape too.

False-positive risks and their guards: the story's own header (headline, byline, date,
lead) is a card too; the story must stand above the first card removed
(`STORY_MIN_PROSE` kept prose blocks that are no card's), so its lead stays. A timeline or a
diary prints a date over each entry, but its date stands under the previous entry's
paragraph, not under two short lines. A page that lists dated, signed entries as its
content (letters to the editor, an events listing) has the card shape, and its entries
below the first two would go: a page of that kind is read as one whose content is other
pages' cards (a section front), which full-page cleaning does not keep.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..language import Language
from ..model import Block, Verdict
from ..text import DIGIT
from .comments import is_date_stamp
from .facts import Facts, prose

__all__ = ["mark_teaser_cards"]

NAME = "teaser_cards"
FAMILY = "related"

# The page shows cards of one shape at least this many times below the story's first
# paragraph: two could be the story's own header and one aside; three repeat a layout.
CARD_MIN = 3
# The two lines above a card's stamp (a headline, a writer's name) are short and no prose:
# at most a long headline's length.
CARD_LINE_MAX_WORDS = 20
# A stamp is a short line (a date, a weekday, a clock time; "Wednesday November 20, 2019").
STAMP_MAX_WORDS = 8
# A card's summary is a paragraph: prose, or this many words at least (a summary may end
# on a colon that led into a list: "... Here is what we learned:").
SUMMARY_MIN_WORDS = 15
# The story above the first card removed: at least this many kept prose blocks that are no
# card's summary (as `comment_thread` asks of the article above a thread).
STORY_MIN_PROSE = 2


_VERDICT = Verdict(
    keep=False,
    rule=NAME,
    reason="part of another story's card below the story (a headline, a name, a date "
    "stamp and a summary, in the layout the page repeats)",
    # Certain, as `trailing_headlines` is: the summaries are as long as the story's
    # paragraphs, and the removal budget would keep them all.
    certain=True,
    family=FAMILY,
)


def _is_card_line(block: Block, language: Language) -> bool:
    """A headline or a name line: short, and no prose."""
    return block.words <= CARD_LINE_MAX_WORDS and not prose(block, language)


def _is_paragraph(block: Block, language: Language) -> bool:
    """A paragraph: prose, or `SUMMARY_MIN_WORDS` words at least."""
    return block.words >= SUMMARY_MIN_WORDS or prose(block, language)


def _page_cards(facts: Facts) -> list[tuple[int, ...]]:
    """The page's cards (`Facts.whole`), each as the starts of its four blocks (headline,
    name, stamp, summary), in page order. A `DocumentValue`: the cards are the page's blocks
    as segmented, kept or dropped, so they do not change between rounds (only the kept
    blocks do), and `Facts.once` finds them once a document although the detector runs
    every round."""
    whole, language = facts.whole or (), facts.language
    cards: list[tuple[int, ...]] = []
    digit = DIGIT.search
    for i in range(2, len(whole) - 1):
        stamp = whole[i]
        # The cheap tests first (each reads one block alone, so their order changes no
        # answer): on the dev set's full pages (56,073 blocks) 6,119 short lines hold a
        # digit and 711 of them stand above a paragraph; the stamp's pattern, which cost
        # most of the detector, runs on those alone. First a date stamp's shape: short,
        # with a digit (a date holds one), tested inline (a call a block of the page was
        # most of the walk's cost).
        if stamp.words > STAMP_MAX_WORDS or digit(stamp.text) is None:
            continue
        summary = whole[i + 1]
        if not _is_paragraph(summary, language):
            continue
        head, name = whole[i - 2], whole[i - 1]
        after = whole[i + 2] if i + 2 < len(whole) else None
        if (
            is_date_stamp(stamp.text, language)
            and _is_card_line(head, language)
            and _is_card_line(name, language)
            # A card holds one paragraph; a story's second paragraph under it makes it an
            # article of a page that prints several (a weekly edition: LWN's "Title" / "By
            # Jonathan Corbet" / "March 25, 2015" / the story), which is content.
            and (after is None or not _is_paragraph(after, language))
        ):
            cards.append((head.start, name.start, stamp.start, summary.start))
    return cards


def mark_teaser_cards(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove the kept parts of other stories' cards below the story on a whole page."""
    if not facts.page_text or facts.whole is None or len(blocks) < STORY_MIN_PROSE + 1:
        return
    flags = facts.each(prose, blocks)
    first_prose = next((b.start for b, p in zip(blocks, flags, strict=True) if p), None)
    if first_prose is None:
        return
    cards = [card for card in facts.once(_page_cards) if card[2] > first_prose]
    if len(cards) < CARD_MIN:
        return
    parts = {start for card in cards for start in card}
    summaries = {card[3] for card in cards}
    story = 0
    for index, (block, is_prose) in enumerate(zip(blocks, flags, strict=True)):
        if not verdicts[index].keep:
            continue
        if block.start in parts and story >= STORY_MIN_PROSE:
            verdicts[index] = _VERDICT
        elif is_prose and block.start not in summaries:
            story += 1
