"""The head menu detector: a run of menu items stacked above the headline, in any language.

Extracted article text often keeps the last lines of the page's header: a menu ("Tennis",
"Darts", "Alle Sportarten"), a breadcrumb cut into lines, a site's name, a category and its
slug ("Via Francigena", "Categorie", "news-import"). The evidence is shape and position, not
words, so it holds in every language: the document opens with at least HEAD_RUN_MIN_LINES
menu-shaped lines in a row (few words, no sentence end, no digit; the page classifier's own
test of a menu line, `is_menu_line`), the next kept block is a headline, and the story's
first prose paragraph follows within STORY_WITHIN_BLOCKS blocks.

False-positive risks and their guards: a topic line or a kicker over the headline is one
line (two at most with a dateline), below the run's minimum, and `section_label` judges a
lone label; a list at the top of an article (a recipe's ingredients, a programme, a table's
rows) runs into prose, not into a headline, and its rows hold quantities and times, so no
line with a digit is a menu item; a poem's lines run on without prose under a headline; a
short title over its first paragraph is the block the run must end on, never part of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Block, Verdict
from ..page.detect import is_menu_line
from ..text import ends_like_sentence, looks_like_headline
from .facts import Facts
from .scopes import body_bounds

__all__ = ["mark_head_menu"]

NAME = "head_menu"
FAMILY = "navigation"

# Three short lines above a headline are a menu or a breadcrumb; one or two may be a topic
# line and a kicker, which the labelling conventions keep (precision first: two-line header
# menus such as "Enlaces accesibilidad" / "Ir arriba" are left to the language rules).
HEAD_RUN_MIN_LINES = 3
# The story starts right under its headline: a byline, a date and a caption may come between
# (three blocks), a fourth is the first paragraph at the latest.
STORY_WITHIN_BLOCKS = 4
# A menu entry is a word or a few ("Darts", "Alle Sportarten", "Plan du site"); a line of
# four words or more over a byline is the story's own title ("Geschiedenis van het Weeshuis"),
# which a run of items must never swallow.
ITEM_MAX_WORDS = 3
# A quantity, a time, a score or a date makes a line a list's row or a stamp, not a menu item.
_DIGIT = re.compile(r"\d")


def is_menu_item(text: str) -> bool:
    """Whether a line reads as one item of a menu: menu-shaped, a few words, no digit.

    >>> [is_menu_item(s) for s in ("• Alle Sportarten", "news-import", "200 g Mehl")]
    [True, True, False]
    >>> [is_menu_item(s) for s in ("Es spielten:", "Geschiedenis van het Weeshuis")]
    [False, False]
    """
    return is_menu_line(text) and _words(text) <= ITEM_MAX_WORDS and _DIGIT.search(text) is None


def _words(text: str) -> int:
    """How many of the line's space-separated parts are words (a bullet or a bar is none)."""
    return sum(1 for part in text.split() if any(ch.isalnum() for ch in part))


def _leading_items(blocks: Sequence[Block], kept: Sequence[int], first_body: int) -> int:
    """How many of the first kept blocks, above the story, are menu items in a row."""
    count = 0
    for index in kept:
        if index >= first_body or not is_menu_item(blocks[index].text):
            break
        count += 1
    return count


def _headline_over_story(
    blocks: Sequence[Block], kept: Sequence[int], at: int, first_body: int
) -> bool:
    """Whether kept block ``at`` is a headline with the story's first paragraph under it."""
    if at >= len(kept) or kept[at] >= first_body:
        return False
    text = blocks[kept[at]].text
    if not looks_like_headline(text) or ends_like_sentence(text):
        return False
    return first_body in kept[at + 1 : at + 1 + STORY_WITHIN_BLOCKS]


def mark_head_menu(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove the menu items that open the document above its headline and story."""
    kept = [i for i, verdict in enumerate(verdicts) if verdict.keep]
    first_body, _ = body_bounds(blocks, facts)
    items = _leading_items(blocks, kept, first_body)
    if items < HEAD_RUN_MIN_LINES or not _headline_over_story(blocks, kept, items, first_body):
        return
    removal = Verdict(
        keep=False,
        rule=NAME,
        reason=f"one of {items} menu items in a row above the headline",
        family=FAMILY,
    )
    for index in kept[:items]:
        verdicts[index] = removal
