"""A blog's own message under its comment form, and a thread's head over it, left alone at
the document's end.

Blogger prints a thread's head and its form ("No comments:" / "Post a Comment", "Keine
Kommentare:" / "Kommentar veröffentlichen") and then the message the blog's owner wrote for
the form: "I love hearing from you!", "Love Notes", "Und hier die Kommentare...". The rules
know the head and the form in every language, never the owner's words; the message is read
by its place: a line or two of a few words, with nothing after them, right under the head and
the form a rule has removed; or a line or two of a longer note that names the comments
("I love to hear from you, so please leave me a comment.", "Comments are appreciated and
always welcomed, but please remember..." over a quotation), the place and the thread's own
word being two marks of the form's message (comments31).

False-positive risks and their guards: the article's own last line under a comment widget
the extraction put before it: the removed lines must be two at least, a head and a form
(`FORM_RUN_MIN_LINES`), right above, the message at most COUNTED_HEAD_FORM_LINES lines of
FORM_MESSAGE_MAX_WORDS words, none of them prose; a story's last short line ("Happy
weekend!") stays, as it stands above the head, not under it; a page with no post above the
head: the post must hold a prose line and a share of the words (`numbered._post_above`); a
story's last paragraph the extraction put under the form: a note longer than a few words must
name the comments in a shipped language's word ("comment", "Kommentare") and stay within
FORM_NOTE_MAX_WORDS, where a story's paragraph runs longer and speaks of its subject; the
writer's own invitations to comment, removed by a rule, over the writer's sign-off ("We would
love to hear from you." / "Leave a comment below." / "Happy weekend!"): an invitation is no
head or form (`tail._WRITERS_OWN_RULES`).

The same place read the other way (`head_over_form_start`): a thread's head the rules do not
know, kept right above the thread and form they removed to the end ("One Comment" over "Leave
a Reply" and its notice): the head is a thread head's words of some shipped language
(`load_thread_words`, a count in words included: "One Comment", "One Response"), a short line
on its own, with only removed lines under it, the first of them the software's (not a
writer's invitation), and the post above. The article's own last line stays: it is prose, or
no thread head's words (a sub-heading "Our garden in May" over a removed form is the post's).

And read downwards (`widget_under_heading_start`): a comment heading a rule removed on its
own ("Kommentare", as the rule takes the rest only late in the document or with a thread's
line it knows right under it), with the widget's own line kept right under it, a thread
head's words of some shipped language (a view toggle "Ansicht der Kommentare: Linear |
Verschachtelt", a sort order "Sort by: Newest"): the thread runs from that line to the end.
The story's own sub-heading that a comment rule knows ("Kommentare" over the story's next
paragraph) has the story's prose under it, no widget line; a counter and a link between the
story's paragraphs ("12 Kommentare" / "Kommentare lesen") stand before half its words, where
the heading must stand after them (`tail._article_above`), with the post's prose above; a
control under the heading ("Teilen", "Report Abuse") is no widget's head: a share row prints
it between a story's paragraphs too.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...language import load_thread_words
from ...model import Block, Verdict
from ..facts import Facts, prose
from .numbered import _post_above
from .signatures import _is_thread_head
from .tail import COUNTED_HEAD_FORM_LINES, _article_above, _removed_as_thread

# A form's message is a few words ("I love hearing from you!", "Thanks for stopping by."):
# at most this many a line, as a reader's signature line is (`READER_SIGNATURE_MAX_WORDS`).
FORM_MESSAGE_MAX_WORDS = 9
# A longer note of the blog's owner under the form names the comments and is one or two
# sentences ("I love to hear from you, so please leave me a comment.", 12 words; "NOTE: Please
# include an email or name when posting a message ...", 16): at most this many words a line,
# where a story's last paragraph under a misplaced form is longer or names no comment.
FORM_NOTE_MAX_WORDS = 20
# What a token of a note may carry around its word: punctuation and quotes.
_TOKEN_EDGES = ".,;:!?…()[]\"'“”‘’«»"
# A comment widget's line under its heading (a view toggle or a sort order: "Ansicht der
# Kommentare: Linear | Verschachtelt", "Sort by: Newest") is a control row's length at most
# (`signatures.CONTROL_ROW_MAX_WORDS`), never a sentence of the story.
WIDGET_LINE_MAX_WORDS = 8
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
    if not (_short_message(lines, facts) or _note_on_comments(lines, facts)):
        return None
    return message[0] if _post_above(blocks, last + 1 - FORM_RUN_MIN_LINES, facts) else None


def _short_message(lines: Sequence[Block], facts: Facts) -> bool:
    """Whether the lines are a form's short message: a few words each
    (FORM_MESSAGE_MAX_WORDS), none of them prose ("I love hearing from you!")."""
    return all(block.words <= FORM_MESSAGE_MAX_WORDS for block in lines) and not any(
        facts.each(prose, lines)
    )


def _note_on_comments(lines: Sequence[Block], facts: Facts) -> bool:
    """Whether the lines are the owner's longer note on the comments: each at most
    FORM_NOTE_MAX_WORDS words, and one of them naming the comments in a shipped language's
    word (`Language.comment_counts`: "comment", "Kommentare", "commentaires").

    >>> from corpusclean.language import load_language
    >>> facts = Facts(load_language("en"))
    >>> note = Block("I love to hear from you, so please leave me a comment.", 0, 1)
    >>> story = Block("We will be back at the market next Saturday with more jam.", 0, 1)
    >>> _note_on_comments([note], facts), _note_on_comments([story], facts)
    (True, False)
    """
    if any(block.words > FORM_NOTE_MAX_WORDS for block in lines):
        return False
    words = frozenset(load_thread_words(facts.language.code).comment_counts)
    return any(
        token.strip(_TOKEN_EDGES).lower() in words
        for block in lines
        for token in block.text.split()
    )


def head_over_form_start(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts
) -> int | None:
    """The index of a thread's head kept right above the thread the rules removed to the
    end, or None.

    >>> from corpusclean.detect.facts import Facts
    >>> from corpusclean.language import load_language
    >>> lines = ["We drove to the coast on Sunday and the children ran along the beach all day.",
    ...          "One Comment", "Leave a Reply", "Your email address will not be published."]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> form = Verdict(keep=False, rule="comment_section", family="comments")
    >>> verdicts = [Verdict(keep=True), Verdict(keep=True), form, form]
    >>> head_over_form_start(blocks, verdicts, Facts(load_language("en")))
    1
    >>> head_over_form_start(blocks[:2] + blocks[3:], verdicts[:3], Facts(load_language("en")))
    1
    """
    kept = [index for index, verdict in enumerate(verdicts) if verdict.keep]
    if not kept or kept[-1] + 1 >= len(blocks):
        return None  # nothing removed at the end: no thread under the last kept line
    head = kept[-1]
    if not _removed_as_thread(verdicts[head + 1]):
        return None
    block = blocks[head]
    if facts.each(prose, [block])[0] or not _is_thread_head(
        block, load_thread_words(facts.language.code)
    ):
        return None
    return head if _post_above(blocks, head, facts) else None


def widget_under_heading_start(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts
) -> int | None:
    """The index of a comment widget's line kept right under a comment heading a rule
    removed, or None: the first such heading in the document is read.

    >>> from corpusclean.detect.facts import Facts
    >>> from corpusclean.language import load_language
    >>> lines = ["Wir haben für unsere Root-Server eine Leistungsbeschreibung erstellt, die ab "
    ...          "sofort wirksamer Bestandteil des Vertrages ist.",
    ...          "Für alle anderen Produkte wird dies in Kürze folgen, danach werden die "
    ...          "Bedingungen gekürzt.",
    ...          "Kommentare", "Ansicht der Kommentare: Linear | Verschachtelt", "Lars"]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> head = Verdict(keep=False, rule="comment_section", family="comments")
    >>> verdicts = [Verdict(keep=True)] * 2 + [head] + [Verdict(keep=True)] * 2
    >>> widget_under_heading_start(blocks, verdicts, Facts(load_language("de")))
    3
    """
    words = load_thread_words(facts.language.code)
    for index in range(len(verdicts) - 1):
        if not _removed_as_thread(verdicts[index]) or not verdicts[index + 1].keep:
            continue
        under = blocks[index + 1]
        if under.words > WIDGET_LINE_MAX_WORDS or not words.thread_head.fullmatch(under.text):
            return None
        late = _article_above(blocks, index, facts, quotes=False)
        return index + 1 if late and _post_above(blocks, index, facts) else None
    return None


def _last_form_line(verdicts: Sequence[Verdict]) -> int | None:
    """The index of the last line a rule removed as a thread's, or None."""
    return next(
        (i for i in range(len(verdicts) - 1, -1, -1) if _removed_as_thread(verdicts[i])), None
    )
