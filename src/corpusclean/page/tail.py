"""The story's last lines: what the model dropped between its last paragraph and the footer.

On a short page (a story of two or three paragraphs between a menu and a footer) the page
model reads the story's end in the footer's neighbourhood: its last paragraph, a
sub-heading over it, a fact box ("Wann: ..." / "Wo: ..." / "Eintritt frei") or a short list
above its closing sentence score like the footer under them, although they read on from
the story. What a footer does not do is close with a sentence and then hold no sentence to
the end of the page: footers are runs of links, labels, a copyright line. This pass keeps
the few lines under the story's last kept paragraph when they close with such a sentence,
each is short or a sentence, and none carries a cue word of page furniture or is printed
again on the page. Like `subheads`, it runs once on the model's final verdicts, only adds
lines, and the lines it adds never enter the model's context.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from itertools import compress, count, pairwise

from ..text import is_sentence
from .subheads import PARAGRAPH_MIN_TOKENS, SUBHEADING_MAX_TOKENS

__all__ = [
    "STORY_GAP_LINES",
    "TAIL_MAX_LINES",
    "TAIL_SENTENCE_MIN_TOKENS",
    "ends_the_story",
    "keep_story_tail",
    "sentence_below",
]

# The story's last lines are at most TAIL_MAX_LINES lines under its last kept paragraph:
# a sub-heading and a paragraph twice, or a heading, three rows of a fact box and a closing
# sentence. A longer run under a story is a block of its own (a related list, a comment
# thread) that the model's verdict decides.
TAIL_MAX_LINES = 5
# They close with a sentence of at least TAIL_SENTENCE_MIN_TOKENS tokens, and no line under
# it to the end of the page is one: "Fares stay the same until at least the end of the
# year." ends a story; "Kontakt", "Impressum", "© 2024 Talbote Medien GmbH" end a page.
TAIL_SENTENCE_MIN_TOKENS = 8
# The last kept paragraph (`subheads.PARAGRAPH_MIN_TOKENS` tokens, ending like a sentence)
# is among the page's last STORY_LOOKBACK kept lines: the story's end is what the model kept
# last. A page whose last kept lines are a menu the fallback kept has no story to continue.
STORY_LOOKBACK = 3
# The story is the page's largest block of kept lines by tokens, a block bridging gaps of
# up to STORY_GAP_LINES dropped lines (a step's number and its picture's caption, a Q&A's
# answers); its last lines follow it only when it is the page's last block. A smaller block
# kept under it is an island of the furniture the model kept: teasers, a comment form's
# rules, a help box. Lines gained on the dev full pages (auto), gold / junk: without this
# test, half A 6/1 and half B 1/2 (the junk: a teaser, a forum's rules, a help line, each
# under such an island); with it, at 0 lines 1/0 and 1/0, at 1 3/0 and 1/0, at 2 to 6 6/0
# and 1/0. Fitted on half A (its teaser), held on half B. 4 is the middle of what both
# halves accept.
STORY_GAP_LINES = 4


def keep_story_tail(
    lines: Sequence[str],
    n_tokens: Sequence[int],
    keep: Sequence[bool],
    is_furniture: Callable[[str], bool],
) -> list[bool]:
    """Return ``keep`` with the lines the model dropped among the story's last lines kept.

    ``is_furniture`` says whether the page features find a cue word of page furniture in a
    line; it is asked only of the story's last lines.

    >>> lines = ["Home", "News",
    ...          "The council voted on Tuesday to close two of the town's four libraries in April.",
    ...          "What happens next", "Campaigners said they would ask for a judicial review.",
    ...          "Contact", "Privacy"]
    >>> from corpusclean.text import tokens
    >>> n_tokens = [len(tokens(s)) for s in lines]
    >>> keep = [False, False, True, False, False, False, False]
    >>> keep_story_tail(lines, n_tokens, keep, lambda s: False)
    [False, False, True, True, True, False, False]
    >>> keep_story_tail(lines, n_tokens, keep, lambda s: s == "What happens next")
    [False, False, True, False, False, False, False]
    """
    run = _tail_run(lines, n_tokens, keep)
    if not run or not _is_own_run(lines, run, is_furniture):
        return list(keep)
    added = {i for i in run if not keep[i]}
    return [k or i in added for i, k in enumerate(keep)]


def _tail_run(lines: Sequence[str], n_tokens: Sequence[int], keep: Sequence[bool]) -> list[int]:
    """The story's last lines, by shape and place alone: the lines the model dropped under
    its last kept paragraph to the closing sentence, or, when the model kept that sentence,
    every line between (see `_closes`); none if they are not such."""
    kept = list(compress(count(), keep))  # C-level: asked at every classification that drops
    if not kept or not ends_the_story(n_tokens, kept):
        return []
    anchor = _last_paragraph(lines, n_tokens, kept)
    if anchor is None:
        return []
    if kept[-1] - anchor > TAIL_MAX_LINES:  # the story's last kept lines are short ones
        anchor = kept[-1]
    end = _tail_end(lines, n_tokens, anchor, kept[-1])
    if end == anchor or not _closes(keep, end):
        return []
    if keep[end]:  # the lines between, kept or not, read whole (see `_closes`)
        run = list(range(anchor + 1, end))
    else:
        run = [i for i in range(anchor + 1, end + 1) if not keep[i]]
    if all(keep[i] for i in run) or not all(_is_tail_shaped(lines[i], n_tokens[i]) for i in run):
        return []
    return run


def ends_the_story(n_tokens: Sequence[int], kept: Sequence[int]) -> bool:
    """Whether the page's last block of kept lines is its largest (see STORY_GAP_LINES)."""
    blocks = [0]
    for above, below in pairwise(kept):
        blocks[-1] += n_tokens[above]
        if below - above - 1 > STORY_GAP_LINES:
            blocks.append(0)
    blocks[-1] += n_tokens[kept[-1]]
    return blocks[-1] == max(blocks)


def _last_paragraph(
    lines: Sequence[str], n_tokens: Sequence[int], kept: Sequence[int]
) -> int | None:
    """The last kept paragraph among the last STORY_LOOKBACK kept lines, if any."""
    for i in reversed(kept[-STORY_LOOKBACK:]):
        if is_sentence(lines[i], n_tokens[i], PARAGRAPH_MIN_TOKENS):
            return i
    return None


def _tail_end(lines: Sequence[str], n_tokens: Sequence[int], anchor: int, last_kept: int) -> int:
    """The closing sentence of the story's last lines under ``anchor`` (its last sentence
    within TAIL_MAX_LINES, or the page's last kept line if that is later), or ``anchor``
    when a sentence follows it on the page. A line of neither shape (longer than a heading,
    no sentence end) ends the window."""
    end = last_kept
    for i in range(anchor + 1, min(anchor + 1 + TAIL_MAX_LINES, len(lines))):
        if is_sentence(lines[i], n_tokens[i], TAIL_SENTENCE_MIN_TOKENS):
            end = max(end, i)
        elif n_tokens[i] > SUBHEADING_MAX_TOKENS:
            break
    if not is_sentence(lines[end], n_tokens[end], TAIL_SENTENCE_MIN_TOKENS):
        return anchor
    return anchor if sentence_below(lines, n_tokens, end) else end


def sentence_below(lines: Sequence[str], n_tokens: Sequence[int], end: int) -> bool:
    """Whether a line under ``end``, to the page's end, is a sentence of
    TAIL_SENTENCE_MIN_TOKENS tokens or more: the story goes on there, so what ends at
    ``end`` is not its last lines."""
    return any(
        is_sentence(lines[i], n_tokens[i], TAIL_SENTENCE_MIN_TOKENS)
        for i in range(end + 1, len(lines))
    )


def _closes(keep: Sequence[bool], end: int) -> bool:
    """Whether the closing sentence reads as the story's end: a line the model dropped too,
    or, when the model kept it, the last line of the text (a page cleaned once, its footer
    gone). A kept sentence with lines dropped under it is the page's furniture as often as
    the story's (a site's "... is a service mark of ..." over a signature).

    Whatever the model kept between the paragraph and a kept last line does not matter: the
    run this pass keeps on a page (all of it dropped over a dropped closing sentence) is
    read again without the footer, and the model then keeps some of its lines under the
    lower bar and drops others; refusing the run then would drop, in the next round, lines
    this round kept (classifying the output again would not give it back, and the cleaner's
    rounds lost the line). `_is_own_run` and the run's shape decide instead, on the whole
    run, the lines the model kept in it too.
    """
    return not keep[end] or end == len(keep) - 1


def _is_tail_shaped(line: str, n: int) -> bool:
    """A heading, a fact box's row, a list's item (short), or a sentence."""
    return n <= SUBHEADING_MAX_TOKENS or is_sentence(line, n, TAIL_SENTENCE_MIN_TOKENS)


def _is_own_run(
    lines: Sequence[str], run: Sequence[int], is_furniture: Callable[[str], bool]
) -> bool:
    """Whether no line of ``run`` is furniture by its cue words or printed again on the page
    (share bars, teaser titles and footers repeat; a story's own lines are written once)."""
    counts = Counter(lines)
    return all(counts[lines[i]] == 1 and not is_furniture(lines[i]) for i in run)
