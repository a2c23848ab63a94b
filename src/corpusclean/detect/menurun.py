"""The head menu detector: a run of menu items stacked above the headline, in any language.

Extracted article text often keeps the last lines of the page's header: a menu ("Tennis",
"Darts", "Alle Sportarten"), a breadcrumb cut into lines, a site's name, a category and its
slug ("Via Francigena", "Categorie", "news-import"). The evidence is shape and position, not
words, so it holds in every language: the document opens with at least HEAD_RUN_MIN_LINES
menu-shaped lines in a row (few words, no sentence end, no digit; the page classifier's own
test of a menu line, `is_menu_line`), the next kept block is a headline, and the story's
first prose paragraph follows within STORY_WITHIN_BLOCKS blocks. A breadcrumb trail on one line
("» Regelwerke » Sonstige Richtlinien » Zuchtrichter") is an item of the run too, and when its
last crumb is the headline right under the run, that match is the evidence: the run goes
however short it is (nav25). A page's title of a few words is menu-shaped as well: when the
run's last item is headline-shaped and the story's first paragraph, right under it, names it
(and not the document's first line), it is the title and the items above it go (general29).

False-positive risks and their guards: a topic line or a kicker over the headline is one
line (two at most with a dateline), below the run's minimum, and `section_label` judges a
lone label; a list at the top of an article (a recipe's ingredients, a programme, a table's
rows) runs into prose, not into a headline, and its rows hold quantities and times, so no
line with a digit is a menu item; a poem's lines run on without prose under a headline; a
short title over its first paragraph is the block the run must end on, never part of it. A
line with slashes or arrows in a story ("Ein-/Ausgang", "A > B") is no breadcrumb: every
crumb but the last must be a menu item, and a short run counts only when the last crumb and
the headline under it are the same words; a route or a list of places with spaced slashes or
bars ("Pamplona / Puente la Reina / Estella" over "Estella") is no trail at all. A few words
ending in an ellipsis ("Parola esatta ...", a search field's placeholder) count as an item
only inside a run that meets the rest, and once: an epigraph's lines trail off in a row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..language import Language
from ..model import Block, Verdict
from ..page.shapes import is_menu_line
from ..text import ends_like_sentence, has_digit, label_key, looks_like_headline
from .facts import Facts
from .restscope import names_what_follows
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
# A search field's placeholder or a cut menu entry ends in an ellipsis ("Parola esatta ...",
# "Suchen …"); without it the words are tested as any item (nav25 fix half, lexced.com).
_TRAILING_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\Z")
# A breadcrumb's separators: guillemets and arrows ("»", "›", ">"), with or without spaces
# around them, or a slash between two words ("Startseite/Technologien/..."). A slash or a bar
# with spaces around it is prose's "or" and "and", a route or a list of places ("Pamplona /
# Puente la Reina / Estella", "Kultur | Musik | Jazz" over a travel story or a review,
# precision22's probe); a trail that opens on its home word with them is the `breadcrumb`
# rule's.
_CRUMB_SEPARATOR = re.compile(r"\s*[»›>]\s*|(?<=\S)/(?=\S)")
# A search field's placeholder is one line of a menu run: a second line ending in an ellipsis
# ends the run, as lines that trail off in a row are an epigraph, a poem's opening or a list of
# teasers over the headline ("Over the hills ..." / "and far away ...", precision22's probe).
RUN_ELLIPSIS_ITEMS_MAX = 1
# A trail has at least a home or section crumb, a sub-section and the page: fewer crumbs are
# "A/B" or "x > y" in a story, which no position makes a trail.
BREADCRUMB_MIN_CRUMBS = 3
# The page's title is printed right under its trail, or under one more item (a section label
# between them: "Technologien"); further down, equal words are a sub-heading's.
TRAIL_TITLE_WITHIN = 2


def is_menu_item(text: str) -> bool:
    """Whether a line reads as one item of a menu: menu-shaped, a few words, no digit.

    >>> [is_menu_item(s) for s in ("• Alle Sportarten", "news-import", "200 g Mehl")]
    [True, True, False]
    >>> [is_menu_item(s) for s in ("Es spielten:", "Geschiedenis van het Weeshuis")]
    [False, False]
    """
    bare = _TRAILING_ELLIPSIS.sub("", text)
    return is_menu_line(bare) and _words(bare) <= ITEM_MAX_WORDS and not has_digit(bare)


def breadcrumb_last_crumb(text: str) -> str:
    """The last crumb of a breadcrumb trail printed on one line, or "" when it is none.

    Every crumb but the last must be a menu item (`is_menu_item`); the last is the page's own
    title, of any length, and must not end like a sentence.

    >>> breadcrumb_last_crumb("» Regelwerke » Sonstige Richtlinien » Zuchtrichter")
    'Zuchtrichter'
    >>> breadcrumb_last_crumb("Startseite/Technik/SSDs verstehen: Technik und Praxistipps")
    'SSDs verstehen: Technik und Praxistipps'
    >>> [breadcrumb_last_crumb(s) for s in ("Ein-/Ausgang", "Er sagte: A > B > C, sagte er.")]
    ['', '']
    """
    crumbs = [crumb for crumb in _CRUMB_SEPARATOR.split(text.strip()) if crumb]
    if len(crumbs) < BREADCRUMB_MIN_CRUMBS or ends_like_sentence(crumbs[-1]):
        return ""
    return crumbs[-1] if all(is_menu_item(crumb) for crumb in crumbs[:-1]) else ""


def _is_run_item(text: str) -> bool:
    """A menu item, or a whole breadcrumb trail on one line."""
    return is_menu_item(text) or bool(breadcrumb_last_crumb(text))


def _run_item(block: Block, _language: Language) -> bool:
    """`_is_run_item` of a block, as a block fact: every round of a document asks it again
    of its first kept lines, whose text never changes (issue #8)."""
    return _is_run_item(block.text)


def _words(text: str) -> int:
    """How many of the line's space-separated parts are words (a bullet or a bar is none)."""
    return sum(1 for part in text.split() if any(ch.isalnum() for ch in part))


def _leading_items(
    blocks: Sequence[Block], kept: Sequence[int], first_body: int, facts: Facts
) -> int:
    """How many of the first kept blocks, above the story, are menu items in a row, with at
    most RUN_ELLIPSIS_ITEMS_MAX of them ending in an ellipsis."""
    count = ellipses = 0
    for index in kept:
        text = blocks[index].text
        if index >= first_body or not facts.of(_run_item, blocks[index]):
            break
        ellipses += _TRAILING_ELLIPSIS.search(text) is not None
        if ellipses > RUN_ELLIPSIS_ITEMS_MAX:
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


def _short_title_over_story(
    blocks: Sequence[Block], kept: Sequence[int], items: int, first_body: int
) -> bool:
    """Whether the run's last item is the page's short title, right over the story.

    A page's title of a few words ("After a Storm") is menu-shaped too, so the run swallows it
    and finds prose, not a headline, under itself (general29: "Contact Us" / "Report an
    Outage" / "Pay Bill" / "After a Storm" / the story). The last item is the title when it
    reads as a headline, the story's first paragraph follows it directly and says a word of it
    again (`names_what_follows`: "... restore power after a storm."), and says no word of the
    document's first line: a story that names its first line is under its own title, and the
    short lines between are its list ("Neue Bänke" / "Am Markt" / "Am Bahnhof" / "Im
    Stadtpark" / "Die Stadt hat neue Bänke ... im Stadtpark."). The items above the title are
    the menu, and there must be HEAD_RUN_MIN_LINES of them, as for any run. Its risk: a list
    opening a document with no title, whose last row is headline-shaped and the only row the
    prose names; a one-word row is no headline.
    """
    if items >= len(kept) or kept[items] != first_body:
        return False
    title, story = blocks[kept[items - 1]].text, blocks[first_body].text
    return (
        looks_like_headline(title)
        and not ends_like_sentence(title)
        and names_what_follows(title, story)
        and not names_what_follows(blocks[kept[0]].text, story)
    )


def _trail_headline_at(
    blocks: Sequence[Block], kept: Sequence[int], items: int, first_body: int
) -> int:
    """The position among the kept blocks of the headline a breadcrumb in the run names, or 0.

    The headline is one of the TRAIL_TITLE_WITHIN blocks under the trail, within the run or
    right under it (a one-word title is menu-shaped too: "Zuchtrichter"), its words are the
    last crumb's, and the story's first paragraph is within STORY_WITHIN_BLOCKS blocks under it.
    """
    for at in range(min(items, len(kept))):
        last = label_key(breadcrumb_last_crumb(blocks[kept[at]].text))
        if not last:
            continue
        for headline in range(at + 1, min(at + 1 + TRAIL_TITLE_WITHIN, items + 1, len(kept))):
            story = kept[headline + 1 : headline + 1 + STORY_WITHIN_BLOCKS]
            if label_key(blocks[kept[headline]].text) == last and first_body in story:
                return headline
    return 0


def mark_head_menu(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove the menu items that open the document above its headline and story."""
    first = next((i for i, verdict in enumerate(verdicts) if verdict.keep), None)
    first_body, _ = body_bounds(blocks, facts)
    if first is None or first >= first_body or not facts.of(_run_item, blocks[first]):
        # No leading item (most rounds: the first kept line is the headline or the story),
        # so no run, and no trail among the items (`_trail_headline_at` reads none).
        return
    kept = [i for i, verdict in enumerate(verdicts) if verdict.keep]
    items = _leading_items(blocks, kept, first_body, facts)
    if items >= HEAD_RUN_MIN_LINES and _headline_over_story(blocks, kept, items, first_body):
        above = items
    elif items > HEAD_RUN_MIN_LINES and _short_title_over_story(blocks, kept, items, first_body):
        above = items - 1
    else:
        above = _trail_headline_at(blocks, kept, items, first_body)
    if not above:
        return
    removal = Verdict(
        keep=False,
        rule=NAME,
        reason=f"one of {above} menu items in a row above the headline",
        family=FAMILY,
    )
    for index in kept[:above]:
        verdicts[index] = removal
