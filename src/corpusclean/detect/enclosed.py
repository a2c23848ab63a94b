"""The enclosed-block detector: a line between two removals of one widget's family.

A newsletter box, a consent form or a row of share buttons prints lines no rule knows
between the lines the rules know: the box's pitch between its heading and its status
messages ("Thanks for signing up!" / "Sorry!" / "There was an error..."), the middle clause
of a consent text. A block whose two neighbours were both removed by the same family of
widget is part of that widget, on any site and in any language.

A template may print its share bar above and below the headline: the story's headline is
then a line between two of the bar's removals, and stays (`_is_story_headline`).

Families whose removals sit inside the article are not widgets: advertisement markers and
separators (``layout``), photo credits, bylines and dates, and inline related links are
printed between real paragraphs, so a paragraph between two of them is no evidence at all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import islice

from ..model import Block, Verdict
from ..text import LIST_BULLETS, ends_like_sentence, looks_like_headline
from .facts import Facts, prose
from .listscope import paragraph_names_headline

__all__ = ["mark_enclosed_blocks"]

NAME = "enclosed_block"
#: What `corpusclean rules` lists as its family: a removal takes its neighbours' family (a
#: line inside a newsletter box is newsletter junk), so selection by family sees it.
FAMILY = "enclosing"

#: The families of boxes printed as a unit around the article (a sign-up box, a consent
#: form, a share bar, a menu, a comment form): a line between two of their lines is theirs.
WIDGET_FAMILIES = frozenset({"newsletter", "cookies", "social", "navigation", "comments"})
# A box has at least this many lines of its own around the block. Two lines of a family with
# one paragraph between them are two pitches printed inside the story ("Sign up for our
# newsletter..." / a body paragraph / "Subscribe to ..."), not one box.
BOX_MIN_LINES = 3
# A widget's own lines are short; a consent clause runs to about 60 words. Longer than this,
# the block is a paragraph the page printed between two widgets, not a part of one.
ENCLOSED_MAX_WORDS = 70
# A widget printed as a bulleted list (`_mark_widget_list_items`): items of at most
# LIST_ITEM_MAX_WORDS words opening with one of LIST_BULLETS and a space, at least
# LIST_MIN_WIDGET_ITEMS of them and LIST_MIN_WIDGET_SHARE of the list removed by one family.
LIST_ITEM_MAX_WORDS = 8
LIST_MIN_WIDGET_ITEMS = 2
LIST_MIN_WIDGET_SHARE = 1 / 3
# The story's first paragraph is one of the first STORY_READ paragraphs kept under the box: a
# page may print a paragraph of its own between the bar and the story (a sponsored story's
# notice, labels7a's Swiss paper).
STORY_READ = 2


def _widget_family(verdict: Verdict) -> str | None:
    if verdict.keep or verdict.family not in WIDGET_FAMILIES:
        return None
    return verdict.family


def _run_length(verdicts: Sequence[Verdict], start: int, step: int, family: str) -> int:
    """How many blocks from ``start`` on, going by ``step``, the family removed in a row."""
    index = start
    while 0 <= index < len(verdicts) and _widget_family(verdicts[index]) == family:
        index += step
    return abs(index - start)


def _enclosing_family(verdicts: Sequence[Verdict], index: int) -> str | None:
    """The widget family of both neighbours of block ``index``, when they share one and its
    lines around the block make a box."""
    if index == 0 or index + 1 >= len(verdicts):
        return None
    family = _widget_family(verdicts[index - 1])
    if family is None or family != _widget_family(verdicts[index + 1]):
        return None
    box = _run_length(verdicts, index - 1, -1, family) + _run_length(verdicts, index + 1, 1, family)
    return family if box >= BOX_MIN_LINES else None


def _bullet_of(block: Block) -> str | None:
    """The list bullet a short line that ends no sentence opens with, or None."""
    text = block.text
    if block.words > LIST_ITEM_MAX_WORDS or len(text) < 3 or text[1] != " ":
        return None
    return text[0] if text[0] in LIST_BULLETS and not ends_like_sentence(text) else None


def _mark_widget_list_items(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """Remove the kept items of a bulleted list whose other items a widget family removed.

    A share bar printed as a list ("- Artikel auf X teilen", "- Artikel per Mail
    weiterleiten", "- Lesezeichen für Artikel anlegen") has buttons no rule knows between
    those a rule knows; its items are short, open with one bullet and end no sentence. At
    least `LIST_MIN_WIDGET_ITEMS` items and `LIST_MIN_WIDGET_SHARE` of the list must be the
    family's: an article's bulleted list with one item a rule takes keeps the others.
    """
    start = 0
    while start < len(blocks):
        bullet = _bullet_of(blocks[start])
        stop = start + 1
        while bullet and stop < len(blocks) and _bullet_of(blocks[stop]) == bullet:
            stop += 1
        if stop - start < LIST_MIN_WIDGET_ITEMS:
            # Fewer items than the family must have removed (most blocks: no bullet, a run
            # of one): the count below could not reach it, so it is not taken (issue #8).
            start = stop
            continue
        families = Counter(_widget_family(verdicts[i]) for i in range(start, stop))
        families.pop(None, None)
        family, count = families.most_common(1)[0] if families else (None, 0)
        if family and count >= max(LIST_MIN_WIDGET_ITEMS, LIST_MIN_WIDGET_SHARE * (stop - start)):
            # Certain when the family's items are, as for a block between two of them.
            certain = any(verdicts[i].certain for i in range(start, stop) if not verdicts[i].keep)
            item = Verdict(
                keep=False,
                rule=NAME,
                reason=f"an item of a bulleted list of the {family} family",
                certain=certain,
                family=family,
            )
            for index in range(start, stop):
                if verdicts[index].keep:
                    verdicts[index] = item
        start = stop


def _is_story_headline(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], index: int, facts: Facts
) -> bool:
    """Whether block ``index``, between two removals of a box, is the story's own headline.

    It is when it stands at the document's head (nothing above it kept), is shaped like a
    headline, and one of the first `STORY_READ` paragraphs kept under it names it
    (`listscope.paragraph_names_headline`): a template's share bar printed above and below the
    headline ("Share on facebook" ... / "Schwarzenburg wird zur Jodler-Metropole" / "Share on
    facebook" ... / "Am Wochenende wird das Dorf Schwarzenburg ... zur Jodler-Hauptstadt"). A
    line of a box the story does not name, or one under a kept paragraph, is the box's. The
    price is a related story's headline kept at the head where the story says two of its long
    words again: junk kept, not content lost.
    """
    text = blocks[index].text
    if any(v.keep for v in verdicts[:index]) or ends_like_sentence(text):
        return False
    if not looks_like_headline(text):
        return False
    is_prose = facts.each(prose, blocks)
    below = (i for i in range(index + 1, len(blocks)) if verdicts[i].keep and is_prose[i])
    return any(paragraph_names_headline(text, blocks[i].text) for i in islice(below, STORY_READ))


def mark_enclosed_blocks(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove a short kept block whose two neighbours a widget family removed.

    The neighbours are read before any block is marked, so a removal here never makes
    another: only the blocks directly between two of the widget's own lines go. The removal
    is certain when a neighbour is: the box holds junk no article sentence looks like, and
    certain junk goes before the ambiguous (the run's first stage), so a removal that waited
    for the ambiguous neighbour would find the box already gone.
    """
    widget_removals = sum(1 for v in verdicts if not v.keep and v.family in WIDGET_FAMILIES)
    if widget_removals < LIST_MIN_WIDGET_ITEMS:  # most documents: no box to be inside
        return
    _mark_widget_list_items(blocks, verdicts)
    if widget_removals < BOX_MIN_LINES:
        return
    found = []
    for index, block in enumerate(blocks):
        if not verdicts[index].keep or block.words > ENCLOSED_MAX_WORDS:
            continue
        family = _enclosing_family(verdicts, index)
        if family is not None and not _is_story_headline(blocks, verdicts, index, facts):
            certain = verdicts[index - 1].certain or verdicts[index + 1].certain
            found.append((index, family, certain))
    for index, family, certain in found:
        verdicts[index] = Verdict(
            keep=False,
            rule=NAME,
            reason=f"between two removed lines of the {family} family (part of that box)",
            certain=certain,
            family=family,
        )
