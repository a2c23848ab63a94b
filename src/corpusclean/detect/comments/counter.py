"""A post's comment counter that names the post: "No Comments on <title>", under the title.

WordPress's comment link (`comments_popup_link`, wp-includes/comment-template.php, and the
themes that copy it: Underscores' `_s`, zakra, ...) prints its count with the post's title in
a span for screen readers: 'No Comments<span class="screen-reader-text"> on %s</span>',
'1 Comment<span ...> on %s</span>', '%1$s Comments<span ...> on %2$s</span>'. An extraction
that keeps the span's text prints one line, the count and the title: "Geen reacties op Onze
1e fietsvakantie" under the headline "Onze 1e fietsvakantie" (general36), in the site's
language. The translations differ in every word around the title (Debian's wordpress-l10n
6.1.9 catalogs: 'Inga kommentarer till %s', 'Sense comentaris a %s', 'Ningún comentario en
%s', 'Nema komentara na %s'; the Dutch, German and French catalogs there predate the
string), so the line is read by its structure: a few words, one of them a comment count's
word in any shipped language (`Language.comment_counts`: "reacties", "Kommentare",
"comments"), then the whole of a line above it, the post's title.

False-positive risks and their guards: a story's sub-heading that names an earlier heading
("Comments on Budget" under a section "Budget"): the title must be TITLE_MIN_WORDS words at
least and stand whole within TITLE_MAX_LINES_ABOVE kept lines above (the headline, a date,
a byline); a sentence that names a title ("There were no comments on the plan, and ..."):
the line holds nothing after the title, and its opening is COUNTER_MAX_WORDS words at most,
its title at most as long as a quoting thread head's (`tail.TITLE_HEAD_MAX_WORDS`).
Only the counter's line goes; the post under it stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ...language import load_thread_words
from ...model import Block, Verdict
from ...text import key_words
from ..facts import Facts
from .tail import TITLE_HEAD_MAX_WORDS

# The words before the title: a count or "no", the count's word, a preposition ("Geen
# reacties op", "12 Kommentare zu", "No Comments on"); four allow an article ("Sense
# comentaris a", "Il y a 3 commentaires sur" is five and is not read).
COUNTER_MAX_WORDS = 4
# A title of one word is any heading's word ("Budget"): the counter's title has this many.
TITLE_MIN_WORDS = 2
# The counter stands in the post's meta row, under the headline and at most a date and a
# byline: the title is among this many kept lines above it.
TITLE_MAX_LINES_ABOVE = 3
# The signs around a word of the counter's opening ("(3", "reacties:", "„Kommentare").
_SIGNS = "()[]{}:;,.!?\"'“”„«»‘’‚"


def title_counter_lines(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts
) -> list[int]:
    """The indices of kept lines that are a comment counter naming a title above them.

    >>> from corpusclean.language import load_language
    >>> lines = ["Onze 1e fietsvakantie", "Geen reacties op Onze 1e fietsvakantie",
    ...          "Met de aanschaf van de 2 mooie koga's kon een fietsvakantie niet uitblijven."]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> keep = [Verdict(keep=True)] * len(blocks)
    >>> title_counter_lines(blocks, keep, Facts(load_language("nl")))
    [1]
    """
    candidates = facts.of_scope(_counter_openings, blocks)
    if not candidates:  # most documents: no line opens with a comment count's word
        return []
    kept = [index for index, verdict in enumerate(verdicts) if verdict.keep]
    found: list[int] = []
    for position, index in enumerate(kept):
        if blocks[index].start not in candidates:
            continue
        above = kept[max(0, position - TITLE_MAX_LINES_ABOVE) : position]
        if _names_a_title(blocks[index], [blocks[i] for i in above]):
            found.append(index)
    return found


def _counter_openings(blocks: Sequence[Block], facts: Facts) -> frozenset[int]:
    """The first input lines of the blocks whose first COUNTER_MAX_WORDS words hold a comment
    count's word of any shipped language: the only lines `_names_a_title` reads. A reader of
    lines (`Facts.of_scope`), read once a document."""
    counts = frozenset(load_thread_words(facts.language.code).comment_counts)
    most = COUNTER_MAX_WORDS + TITLE_HEAD_MAX_WORDS
    short = [block for block in blocks if block.words <= most]
    # A line opening with a count's word holds it: a document whose short lines hold none
    # (one casefold and a substring test a word) has no counter (issue #8).
    folded = "\n".join(block.text for block in short).casefold()
    if not any(word in folded for word in _screen_words(facts.language.code)):
        return frozenset()
    return frozenset(block.start for block in short if _opens_with_a_count_word(block.text, counts))


@cache
def _screen_words(code: str) -> tuple[str, ...]:
    """The comment count's words (`Language.comment_counts`, as `load_thread_words` reads
    them for ``code``) that hold no other of them: a text holds one of all the words just
    when it holds one of these ("comments" holds "comment"), which cost half the substring
    tests on English news (issue #8). Data of the shipped word lists alone, found once.

    >>> sorted(_screen_words("en"))[:3]
    ['comentario', 'comentário', 'comment']
    """
    counts = set(load_thread_words(code).comment_counts)
    return tuple(sorted(w for w in counts if not any(o != w and o in w for o in counts)))


def _opens_with_a_count_word(text: str, counts: frozenset[str]) -> bool:
    """Whether one of a line's first COUNTER_MAX_WORDS words, casefolded and stripped of its
    signs, is a comment count's word: a split and a few set lookups a line (issue #8: every
    document's short lines are read once).

    >>> _opens_with_a_count_word("Geen reacties op Onze 1e fietsvakantie", frozenset({"reacties"}))
    True
    >>> _opens_with_a_count_word("Onze 1e fietsvakantie", frozenset({"reacties"}))
    False
    """
    opening = text.casefold().split(maxsplit=COUNTER_MAX_WORDS)[:COUNTER_MAX_WORDS]
    return any(word.strip(_SIGNS) in counts for word in opening)


def _names_a_title(block: Block, above: Sequence[Block]) -> bool:
    """Whether ``block`` is a counter's few words (two to COUNTER_MAX_WORDS) then the whole of
    a line of ``above`` of TITLE_MIN_WORDS words or more.

    >>> title = [Block("A long spring in the garden", 0, 1)]
    >>> _names_a_title(Block("No Comments on A long spring in the garden", 1, 2), title)
    True
    >>> _names_a_title(Block("We read the comments on A long spring in the garden", 1, 2), title)
    False
    >>> _names_a_title(Block("No Comments on A long spring", 1, 2), title)
    False
    """
    words = key_words(block.text)
    for above_block in above:
        title = key_words(above_block.text)
        lead = len(words) - len(title)
        if len(title) < TITLE_MIN_WORDS or not 2 <= lead <= COUNTER_MAX_WORDS:
            continue
        if words[lead:] == title:
            return True
    return False
