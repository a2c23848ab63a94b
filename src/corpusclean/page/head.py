"""The page classifier on an extracted article's head: page furniture above the body.

In auto mode an extracted article is not classified as a page, so the page classifier never
runs on it. Yet its head often keeps a page's furniture: a section kicker, a byline name, a
"Watch Now" or "Weather Alert" link, a betting widget, a comment count. Over three sets of
real extracted pages (issue #12), the lines the classifier drops (at the lowered bar for
non-page input, `NON_PAGE_SLACK`) are junk 61 times and content 29 times in all; but between
the first line and the first prose line they are junk 18 times and content twice, while
below the body they are content most often (result lists, sign-offs, last sub-headings).
So only that region is taken, and only when it is short (`HEAD_MAX_LINES`): lines the
classifier drops, after the first line (the headline or its kicker, never taken) and above
the first prose line (never taken, nor any line below it).

False-positive risk: a headline printed under a kicker that the classifier drops with it
(a short page whose head is a run of short lines); a standfirst of a few words. The first
line, a dateline printed above its lead (`_split_dateline`) and every line from the first
prose line down are never taken.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..detect.lead import opens_with_dateline
from ..text import PROSE_MIN_WORDS, tokens
from .detect import classify_page_lines

__all__ = [
    "HEAD_MAX_LINES",
    "HEAD_MAX_MARGIN",
    "HEAD_MAX_PASSES",
    "HEAD_MIN_LINES",
    "head_furniture",
]

# The head must hold a line between the first line and the first prose line: below this
# many non-prose lines at the top there is nothing to take (most articles: a headline and
# the body), and the model is not run.
HEAD_MIN_LINES = 2
# A news article's head is a handful of lines: a headline, maybe a kicker, a standfirst, a
# byline and a date. A longer run of short lines above the first prose line is the
# document's own list, infobox or contents (the Readability gold's Wikipedia infoboxes,
# release notes, formula lists, an app list), where the model's menu evidence misleads: the
# first prose line must be at most this many kept lines down. Chosen on the first three
# real-pages sets and the dev gold: at 6, 10 junk lines and no content line are taken on the
# sets; at 10, 18 junk and 2 content lines, and 40 lines of the dev gold.
HEAD_MAX_LINES = 6
# Only lines the model scores far below its bar: at least this many log-odds under it (the
# lowered bar for non-page input is NON_PAGE_SLACK, 1.5, under it). A short sub-heading or
# standfirst under a headline scores near the lowered bar ("Government Bank", -1.5).
HEAD_MAX_MARGIN = -2.0
# Taking lines changes the neighbourhood of the ones left: repeat until nothing more goes
# (each pass removes at least one line, so the cap only bounds adversarial input).
HEAD_MAX_PASSES = 4


def head_furniture(lines: Sequence[str]) -> dict[int, str]:
    """The lines of an article's head that the page classifier drops, with its reason.

    ``lines`` are the kept lines of an extracted article, in order. Only lines after the
    first one and above the first prose line (`PROSE_MIN_WORDS` tokens) are taken.

    >>> sorted(head_furniture(["Ein Titel", "Watch Now", "Weather Alert", "Der Rat hat am "
    ...     "Montag den Haushalt für das kommende Jahr mit großer Mehrheit beschlossen."]))
    [1]
    """
    first = _first_prose(lines)
    if first is None or not HEAD_MIN_LINES <= first <= HEAD_MAX_LINES:
        return {}
    taken: dict[int, str] = {}
    for _ in range(HEAD_MAX_PASSES):
        live = [i for i in range(len(lines)) if i not in taken]
        verdicts = classify_page_lines([lines[i] for i in live])
        found = {
            i: v.reason
            for i, v in zip(live, verdicts, strict=True)
            if 0 < i < first
            and not v.keep
            and v.score <= HEAD_MAX_MARGIN
            and not _split_dateline(lines, i)
        }
        if not found:
            break
        taken.update(found)
    return taken


def _split_dateline(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is a dateline printed above its lead ("LONDON (Reuters) -"): it
    opens one when the line below is joined to it. The model reads it as a short line
    outside the body; it is the story's first words (content in every labelled set).
    """
    return i + 1 < len(lines) and opens_with_dateline(f"{lines[i].strip()} {lines[i + 1]}")


def _first_prose(lines: Sequence[str]) -> int | None:
    """The index of the first line of at least PROSE_MIN_WORDS tokens, if any."""
    return next((i for i, s in enumerate(lines) if len(tokens(s)) >= PROSE_MIN_WORDS), None)
