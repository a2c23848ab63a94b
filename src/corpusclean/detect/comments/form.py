"""A blog's own message under its comment form, left alone at the document's end.

Blogger prints a thread's head and its form ("No comments:" / "Post a Comment", "Keine
Kommentare:" / "Kommentar veröffentlichen") and then the message the blog's owner wrote for
the form: "I love hearing from you!", "Love Notes", "Und hier die Kommentare...". The rules
know the head and the form in every language, never the owner's words; the message is read
by its place: a line or two of a few words, with nothing after them, right under the head and
the form a rule has removed.

False-positive risks and their guards: the article's own last line under a comment widget
the extraction put before it: the removed lines must be two at least, a head and a form
(`FORM_RUN_MIN_LINES`), right above, the message at most COUNTED_HEAD_FORM_LINES lines of
FORM_MESSAGE_MAX_WORDS words, none of them prose; a story's last short line ("Happy
weekend!") stays, as it stands above the head, not under it; a page with no post above the
head: the post must hold a prose line and a share of the words (`numbered._post_above`); the
writer's own invitations to comment, removed by a rule, over the writer's sign-off ("We would
love to hear from you." / "Leave a comment below." / "Happy weekend!"): an invitation is no
head or form (`numbered._WRITERS_OWN_RULES`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Block, Verdict
from ..facts import Facts, prose
from .numbered import _COMMENTS_FAMILY, _WRITERS_OWN_RULES, _post_above
from .tail import COUNTED_HEAD_FORM_LINES

# A form's message is a few words ("I love hearing from you!", "Thanks for stopping by."):
# at most this many a line, as a reader's signature line is (`READER_SIGNATURE_MAX_WORDS`).
FORM_MESSAGE_MAX_WORDS = 9
# The thread's removed lines right above the message: a head and the form, two at least
# ("No comments:" / "Post a Comment"); one removed line is as likely a stray widget's.
FORM_RUN_MIN_LINES = 2


def form_message_start(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts
) -> int | None:
    """The index of the blog's message under its removed comment head and form, or None.

    >>> from corpusclean.detect.facts import Facts
    >>> from corpusclean.language import load_language
    >>> lines = ["We drove to the coast on Sunday and the children ran along the beach all day.",
    ...          "No comments:", "Post a Comment", "I love hearing from you!"]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> form = Verdict(keep=False, rule="comment_widget", family="comments")
    >>> verdicts = [Verdict(keep=True), form, form, Verdict(keep=True)]
    >>> form_message_start(blocks, verdicts, Facts(load_language("en")))
    3
    """
    last = _last_form_line(verdicts)
    if last is None or last + 1 < FORM_RUN_MIN_LINES:
        return None
    run = verdicts[last + 1 - FORM_RUN_MIN_LINES : last + 1]
    if not all(_removed_as_thread(verdict) for verdict in run):
        return None
    message = [i for i in range(last + 1, len(blocks)) if verdicts[i].keep]
    if not 1 <= len(message) <= COUNTED_HEAD_FORM_LINES:
        return None
    lines = [blocks[i] for i in message]
    if any(block.words > FORM_MESSAGE_MAX_WORDS for block in lines) or any(
        facts.each(prose, lines)
    ):
        return None
    return message[0] if _post_above(blocks, last + 1 - FORM_RUN_MIN_LINES, facts) else None


def _last_form_line(verdicts: Sequence[Verdict]) -> int | None:
    """The index of the last line a rule removed as a thread's, or None."""
    return next(
        (i for i in range(len(verdicts) - 1, -1, -1) if _removed_as_thread(verdicts[i])), None
    )


def _removed_as_thread(verdict: Verdict) -> bool:
    """Whether a rule removed the line as the software's thread head or form: not as an
    invitation to comment (`numbered._WRITERS_OWN_RULES`), which the writer closes a post
    with ("Have you kept chickens? Leave a comment below.") before a sign-off of their own."""
    return (
        not verdict.keep
        and verdict.family == _COMMENTS_FAMILY
        and verdict.rule not in _WRITERS_OWN_RULES
    )
