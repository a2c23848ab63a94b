"""The story's own run of short lines: a list under its last sentence, above the footer.

A short news story often ends with a run of short lines of its own: the roads closed, the
bus stops, the winners by category, a festival's programme by day, opening hours, a route.
On a short page the page model reads such a run as the menu it looks like, and `tail`
keeps it only when a sentence of eight tokens or more closes it within five lines. What
tells the story's run from the page's furniture is where it stands and how it reads:

- it hangs under the story's last kept sentence (the page's last and largest block of kept
  lines, `tail.ends_the_story`), or under a kept line announcing it with a colon;
- it ends where the furniture begins: the first line with a cue word of page furniture (a
  share row, "Most read", a legal link), or the text's end; no sentence follows it;
- it is closed by a sentence of its own ("L'entrée est gratuite.", "Die Fahrt dauert
  insgesamt 22 Minuten.") or announced by the colon: a footer's links ("Over ons",
  "Contact", "Adverteren") are neither;
- it holds at least three items, short ones (names, times, places; not a related list's
  headlines), each printed once, none sharing a word with the page's menus.

Like `tail`, it runs once on the model's final verdicts, only adds lines, and the lines it
adds never enter the model's context. Lines of the run that the model kept count as the
run's: a page cleaned once, read again without its furniture, is not page-like, and the
model keeps some of the run under the lower bar while dropping the rest.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from statistics import median

from ..language import any_stopword
from ..text import ends_like_sentence, is_sentence
from .inset import LIST_MAX_LINES, introduces
from .subheads import SUBHEADING_MAX_TOKENS
from .tail import TAIL_SENTENCE_MIN_TOKENS, ends_the_story, sentence_below
from .title import content_words

__all__ = ["ITEM_MEDIAN_MAX_TOKENS", "MENU_MAX_TOKENS", "RUN_MIN_LINES", "keep_story_list"]

# The story's last kept line is a sentence of at least STORY_SENTENCE_MIN_TOKENS tokens
# (`tail`'s closing sentence): a short story's paragraphs are one or two sentences ("Da
# lunedì la biblioteca comunale seguirà un nuovo orario, pensato per gli studenti.", 13).
STORY_SENTENCE_MIN_TOKENS = TAIL_SENTENCE_MIN_TOKENS
# A run of at least RUN_MIN_LINES items (its closing sentence aside): a list. One or two
# short lines under a story are as often its byline, a picture credit, a tag or a teaser's
# number and label as its own.
RUN_MIN_LINES = 3
# The run's items are short: their median is at most ITEM_MEDIAN_MAX_TOKENS tokens ("Bahnhof",
# "1. Anna Berger", "Messe en plein air", "Samstag 9 bis 12 Uhr"). A related list under a
# story is a run of headlines of five to ten words ("Man charged after town centre
# disturbance").
ITEM_MEDIAN_MAX_TOKENS = 4
# The page's menus are its lines outside the run of at most MENU_MAX_TOKENS tokens
# ("Lokales", "E-Paper", "What's On", "Skip to content", a table of contents' "5.
# Eliminating Toil"), kept or dropped (the model keeps a table of contents with the text);
# a run sharing a content word with them ("Sport", "Local news", a pager's "Chapter 5 -
# Eliminating Toil") is the site's own links printed under the story.
MENU_MAX_TOKENS = 3


def keep_story_list(
    lines: Sequence[str],
    n_tokens: Sequence[int],
    keep: Sequence[bool],
    is_furniture: Callable[[str], bool],
) -> list[bool]:
    """Return ``keep`` with the story's own run of short lines under its last paragraph kept.

    ``is_furniture`` says whether the page features find a cue word of page furniture in a
    line; it is asked of the lines under the story until one has such a cue.

    >>> lines = ["Home", "News", "Sport",
    ...          "The new line 12 runs every hour between the station and the business park.",
    ...          "Station", "Town hall", "Market square", "Business park North",
    ...          "The trip takes 22 minutes.", "Share this article", "Facebook", "Privacy"]
    >>> from corpusclean.text import tokens
    >>> n_tokens = [len(tokens(s)) for s in lines]
    >>> keep = [False, False, False, True] + [False] * 8
    >>> cue = {"Share this article", "Facebook", "Privacy"}
    >>> keep_story_list(lines, n_tokens, keep, lambda s: s in cue)[3:10]
    [True, True, True, True, True, True, False]
    >>> keep_story_list(lines, n_tokens, keep, lambda s: s in cue or s == "Town hall")[3:10]
    [True, False, False, False, False, False, False]
    """
    run = _story_run(lines, n_tokens, keep, is_furniture)
    if not run or not _is_own_list(lines, n_tokens, run):
        return list(keep)
    added = set(run)
    return [k or i in added for i, k in enumerate(keep)]


def _story_run(
    lines: Sequence[str],
    n_tokens: Sequence[int],
    keep: Sequence[bool],
    is_furniture: Callable[[str], bool],
) -> list[int]:
    """The lines between the story's last sentence and the furniture (or the text's end):
    at least RUN_MIN_LINES items, then the last sentence among them (the story's closing
    line), or items alone under a line announcing them with a colon. Lines of the run the
    model kept count as the run's (a page cleaned once, read again without its furniture,
    is not page-like and keeps some under the lower bar)."""
    kept = [i for i, k in enumerate(keep) if k]
    at = _story_anchor(lines, n_tokens, keep, kept)
    if at is None or not ends_the_story(n_tokens, kept[: at + 1]):
        return []
    anchor = kept[at]
    run = _run_to_furniture(lines, n_tokens, anchor, is_furniture)
    sentences = [j for j, i in enumerate(run) if ends_like_sentence(lines[i])]
    if sentences:  # the story's closing line; a share row's label may stand under it
        run = run[: sentences[-1] + 1]
        items = run[:-1]
    elif introduces(lines[anchor]):
        items = run
    else:
        return []  # neither closed by a sentence nor announced: a footer's links
    if len(items) < RUN_MIN_LINES or sentence_below(lines, n_tokens, run[-1]):
        return []
    if median(n_tokens[i] for i in items) > ITEM_MEDIAN_MAX_TOKENS:
        return []
    return run


def _run_to_furniture(
    lines: Sequence[str], n_tokens: Sequence[int], anchor: int, is_furniture: Callable[[str], bool]
) -> list[int]:
    """The lines under ``anchor`` up to the first with a furniture cue, or to the text's end,
    each short or a sentence; none when a longer line or block comes first.

    The lines' shapes are read first and the cue words (the page features of a line, built
    for it here) only for a window that may hold a run: one announced by the anchor's colon,
    or with a sentence after RUN_MIN_LINES lines to close it. Most pages' footers hold none.
    """
    end = min(anchor + 2 + LIST_MAX_LINES, len(lines))
    window = range(anchor + 1, end)
    for i in window:
        if n_tokens[i] > SUBHEADING_MAX_TOKENS and not ends_like_sentence(lines[i]):
            window = range(anchor + 1, i + 1)  # the long line may be the furniture's cue
            break
    closable = introduces(lines[anchor]) or any(
        ends_like_sentence(lines[i]) for i in window[RUN_MIN_LINES:]
    )
    if not closable:
        return []
    run: list[int] = []
    for i in window:
        if is_furniture(lines[i]):
            return run
        if n_tokens[i] > SUBHEADING_MAX_TOKENS and not ends_like_sentence(lines[i]):
            return []
        run.append(i)
    return run if run and run[-1] == len(lines) - 1 else []


def _story_anchor(
    lines: Sequence[str], n_tokens: Sequence[int], keep: Sequence[bool], kept: Sequence[int]
) -> int | None:
    """The place in ``kept`` of the story's last sentence (or of a line introducing a list
    with a colon right under one) over the page's last dropped line, within a list's reach
    of the last kept line over it. Kept lines under the last dropped one are the run's end
    (a page cleaned once and read again without its footer ends with the run's closing
    line, kept): read from one of them, the next round would find no run under it and
    lose what the first kept (a drawn page under the thorough profile: the first round kept
    a run of four, the next read it from the run's kept sentence and dropped one again)."""
    dropped = [i for i, k in enumerate(keep) if not k]
    over = [at for at, i in enumerate(kept) if dropped and i < dropped[-1]]
    if not over:
        return None
    last = over[-1]
    for at in range(last, -1, -1):
        if kept[last] - kept[at] > LIST_MAX_LINES:
            return None
        if _closes_story(lines, n_tokens, kept, at):
            return at
    return None


def _closes_story(
    lines: Sequence[str], n_tokens: Sequence[int], kept: Sequence[int], at: int
) -> bool:
    """Whether ``kept[at]`` is the story's sentence, or a line introducing a list with a
    colon right under one."""
    line = kept[at]
    if is_sentence(lines[line], n_tokens[line], STORY_SENTENCE_MIN_TOKENS):
        return True
    if not introduces(lines[line]) or at < 1:
        return False
    above = kept[at - 1]
    return is_sentence(lines[above], n_tokens[above], STORY_SENTENCE_MIN_TOKENS)


def _is_own_list(lines: Sequence[str], n_tokens: Sequence[int], run: Sequence[int]) -> bool:
    """Whether the run's lines are printed once and hold no word of the page's menus (see
    MENU_MAX_TOKENS)."""
    counts = Counter(lines)
    if any(counts[lines[i]] > 1 for i in run):
        return False
    inside = set(run)
    stopwords = any_stopword()
    menu = {
        word
        for i, line in enumerate(lines)
        if i not in inside and n_tokens[i] <= MENU_MAX_TOKENS
        for word in content_words(line, stopwords)
    }
    return not any(menu & content_words(lines[i], stopwords) for i in run)
