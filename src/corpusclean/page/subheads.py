"""Sub-headings inside the article: a short line alone between two kept paragraphs.

The page model reads a line's neighbourhood, and on a short page (a story of a few
paragraphs between a menu and a footer) every line of the story sits within reach of the
furniture: a sub-heading ("What happens next", "Wie es weitergeht") or a one-word paragraph
("Silence.") scores like a menu item although both of its neighbours are the story's
paragraphs. What a menu does not do is stand alone between two paragraphs: menus come in
runs, and furniture printed alone inside an article (an advert label, a share line, a
picture credit, a comment heading) carries the cue words the page features know. This pass
keeps such a line. Like `inset`, it runs once on the model's final verdicts, only adds
lines, and the lines it adds never enter the model's context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress, count, pairwise

from ..text import is_sentence

__all__ = ["PARAGRAPH_MIN_TOKENS", "SUBHEADING_MAX_TOKENS", "keep_subheadings"]

# Both neighbours are the article's paragraphs: kept, ending like a sentence, at least
# PARAGRAPH_MIN_TOKENS tokens. Shorter kept sentences are where teaser blurbs and sign-up
# lines live ("Connect with people like you, and get expert guidance.", a list of diets
# each with its one-line blurb): between those, a short line is the next teaser's title.
# Measured on the dev sets' full pages split by site into two halves, lines restored in
# gold / in junk: at 8, 16/7 and 6/11; at 12, 15/3 and 5/7; at 15, 15/1 and 5/0; at 20,
# 15/0 and 5/0. 15 is the shortest bar neither half objects to by more than one junk line;
# 20 would leave a short story's paragraphs (15 to 20 tokens in `session27l`) below it.
PARAGRAPH_MIN_TOKENS = 15
# The line between has at most SUBHEADING_MAX_TOKENS tokens: a heading or a one-line
# paragraph; a longer line is a sentence the model's own verdict decides.
SUBHEADING_MAX_TOKENS = 12


def keep_subheadings(
    lines: Sequence[str],
    n_tokens: Sequence[int],
    keep: Sequence[bool],
    is_furniture: Callable[[str], bool],
) -> list[bool]:
    """Return ``keep`` with every short line alone between two kept paragraphs kept.

    ``is_furniture`` says whether the page features find a cue word of page furniture in
    a line (an advert label, a credit, a comment heading, a menu separator); such a line
    stays dropped. It is asked only of the candidates.

    >>> lines = ["The council voted on Tuesday to close two of the town's libraries from April.",
    ...          "What happens next",
    ...          "The decision came after a consultation in which 2,100 people took part in all."]
    >>> from corpusclean.text import tokens
    >>> n_tokens = [len(tokens(s)) for s in lines]
    >>> n_tokens
    [15, 3, 15]
    >>> keep_subheadings(lines, n_tokens, [True, False, True], lambda s: False)
    [True, True, True]
    >>> keep_subheadings(lines, n_tokens, [True, False, True], lambda s: True)
    [True, False, True]
    """
    out = list(keep)
    kept = list(compress(count(), keep))  # C-level: asked at every classification that drops
    for above, below in pairwise(kept):
        if below - above != 2:  # exactly one dropped line between
            continue
        line = above + 1
        if (
            n_tokens[line] <= SUBHEADING_MAX_TOKENS
            and is_sentence(lines[above], n_tokens[above], PARAGRAPH_MIN_TOKENS)
            and is_sentence(lines[below], n_tokens[below], PARAGRAPH_MIN_TOKENS)
            and not is_furniture(lines[line])
        ):
            out[line] = True
    return out
