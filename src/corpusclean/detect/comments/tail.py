"""A thread's tail that prints no signatures or controls to recur: a head that counts the
comments under it.

Blog software prints a short thread as a head with its count over the comments' text, and
nothing else that recurs: `thread_start` needs recurring evidence and finds none. The head is
read by structure: the count agrees with the lines under it. Three shapes are read: the count
first and a colon last ("1 comment:", "3 opmerkingen:", Blogger's), the count after a label
and a colon ("Comentarios: 1", a site builder's), both in the thread-head words of every
shipped language (`load_thread_words`); and the count before a few words of any language and
the post's own title in quotes ("2 Antworten auf „Schneeglöckchen“", "14 thoughts on
“Spring”", WordPress's), with the comment form under the thread (`_form_below`) or, where the
rules do not know the form ("Kommentar hinterlassen"), a reader's dated signature, a date and
a clock time, as the first kept line under the head ("1. Doris 28. November 2013 at 19:11 #",
`_signed_under`, threads27).

False-positive risks and their guards: a counter near the top ("12 Comments" under the
byline) or in a share row between paragraphs: the head must have the article above it, with
half the words (`_article_above`), end in a colon, lead a label or quote the title (a counter
or a link does none of these), and the lines under it must number what its count allows (a
story's last paragraphs under a stray counter are not bounded by it); an article's list
heading ("3 Tipps:", "Termine: 3"): the head must be a thread head's words, and a heading
that quotes the title ("3 Gründe für „Mehr Grün“" over three reasons) needs a comment form
under its lines or a dated signature right under it, which no reason opens with; an
article quoting readers ("Two comments:" over two quotes): the count is
in digits on a line of its own. A count in words no list knows is not read: "3 Tipps:" over
three tips and a blog's comment form is the shape of a thread too (a reader's signature under
it is no help either: "Room 2, 9:30" over a court's hearings looks like one); a count
over an article's numbered list ("3 Antworten:" over "1. Ja, ..." / "2. Nein, ..." / "3.
..."): every line under it is the next item of a list that ends on the count
(`_is_numbered_list`), where Blogger prints a control or a signature between comments.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ...language import Language, load_thread_words
from ...model import Block, Verdict
from ...text import SMILEY, label_key
from ..facts import Facts, prose
from ..verdicts import COMMENTS_FAMILY
from .controls import COMMENT_MAX_BLOCKS
from .edges import edged_lines
from .layout import _comment_number
from .runs import _first_possible_start
from .signatures import CONTROL_ROW_MAX_WORDS, _is_thread_head, thread_dated_signature
from .stamps import _stamp_only

# The comments family's rules that remove lines a post's writer writes as often as the
# software prints them: an invitation to comment ("Leave a comment below if you try it, I
# would love to see your covers!"), a call for feedback. No form under a list on their own.
_WRITERS_OWN_RULES = frozenset({"comment_prompt", "feedback_call"})
# Under a counted head, after its comments, the comment form's lines ("Post a Comment",
# "Leave a Reply") and at most one more of the software's lines: this many.
COUNTED_HEAD_FORM_LINES = 2
# A counted head follows the article when at least this share of the document's words stands
# above it: a blog's short thread under its count is shorter than the post, where a story's
# last paragraphs under a stray counter in the middle of the story are often the longer part.
COUNTED_HEAD_MIN_WORD_SHARE = 0.5
# A head that quotes the post's title ("14 thoughts on “A long spring in the garden”") is as
# long as the title: a count, at most three words, and a title of at most this many words.
TITLE_HEAD_MAX_WORDS = 20
# A numbered list of at least this many items, one line each and nothing else under a count,
# is an article's list (a press review's "2 Kommentare:", "3 Antworten:" over three answers):
# Blogger prints a control, a signature or more of the comment between two numbered comments
# ("AntwortenLöschen", "LG Sandra"). One item is a list and a lone comment alike ("1
# comment:" / "1. so cute"): left to the other guards.
NUMBERED_LIST_MIN_ITEMS = 2
# A counted head: its count first, then the head's words, then a colon ("1 comment:").
_COUNT_FIRST = re.compile(r"(\d{1,4})\s")
# A label, a colon and the count ("Comentarios: 1"): one or two words of letters.
_COUNT_LAST = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)? ?: ?(\d{1,4})")
# A count, one to three words, and a quotation ("2 Antworten auf „Schneeglöckchen“"); its
# closing mark may be lost with a title cut at the line's end.
_COUNT_ON_QUOTE = re.compile(
    r"(\d{1,4}) [^\W\d_]+(?: [^\W\d_]+){0,2} [\"“”„«‘’‚'] ?(?P<quote>[^\"“”„«»‘’‚']+?) ?[\"“”»‘’']?"
)


def counted_head_start(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts
) -> int | None:
    """The index of a head that counts the comments under it, after the article, or None.

    The head is a short line with its count (`_read_counted_head`); the kept lines under it,
    to the end of the document, are at least its count (a comment is one line at least) and
    at most COMMENT_MAX_BLOCKS lines a comment plus COUNTED_HEAD_FORM_LINES of the form. The
    last such head is read: a thread is the document's end.

    >>> from corpusclean.detect.facts import Facts
    >>> from corpusclean.language import load_language
    >>> from corpusclean.model import Block, Verdict
    >>> lines = ["Snow fell all week and the children built a fort in the yard today.",
    ...          "We drank cocoa by the fire and read books until the power came back on.",
    ...          "1 comment:", "I love snow days! We had one too."]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> keep = [Verdict(keep=True)] * len(blocks)
    >>> counted_head_start(blocks, keep, Facts(load_language("en")))
    2
    """
    shapes = facts.of_scope(_head_shaped_lines, blocks)
    if not shapes:  # most documents: no line of a counted head's shape, nothing to walk
        return None
    for index in range(len(blocks) - 1, -1, -1):
        shape = shapes.get(blocks[index].start)
        if shape is None:
            continue
        head = _head_in_place(blocks, index, shape)
        if head is None:
            continue
        under = [i for i in range(index + 1, len(blocks)) if verdicts[i].keep]
        if head.bare and not _bare_head_over_cut_list(blocks, under):
            continue  # a counter with no colon: read only over a numbered thread, cut
        most = head.comments * COMMENT_MAX_BLOCKS + COUNTED_HEAD_FORM_LINES
        if not 1 <= len(under) <= most:
            return None
        cut_thread = head.quotes and _software_head_over_cut_list(blocks, verdicts, index, under)
        if len(under) < head.comments and not (cut_thread or _cut_under_head(blocks, under, head)):
            return None
        if head.quotes and not (
            cut_thread
            or _form_below(verdicts, index)
            or _signed_under(blocks, under, facts.language)
        ):
            return None
        if _is_numbered_list(blocks[index + 1 :], head.comments):
            return None
        return index if _article_above(blocks, index, facts, head.quotes) else None
    return None


class _Head(NamedTuple):
    """A counted head: the comments it counts, and whether it quotes a line above it (the
    post's title) where other heads are thread-head words."""

    comments: int
    quotes: bool
    #: A count and the head's words with no colon ("7 Comments"), read only over a numbered
    #: thread the page's end cut (`_bare_head_over_cut_list`).
    bare: bool = False


def _cut_under_head(blocks: Sequence[Block], under: Sequence[int], head: _Head) -> bool:
    """Whether a head's thread is cut short by the document's end: fewer lines stand under it
    than it counts comments ("11 opmerkingen:" over one comment) because the text was cut in
    the middle of a comment, its last line ending mid-sentence (`_ends_cut`), as excerpts of
    a page are (general36: 17 of 28 end at the corpus's cut). Then the count no longer bounds
    the lines from below; the upper bound and every other guard of `counted_head_start` still
    hold. Only a head in the thread-head words ("N word:"): a head quoting the title needs its
    form or signature under it, which a cut page has lost, or, removed as the software's,
    a numbered thread cut (`_software_head_over_cut_list`).

    A story cut right under its own counted heading ("2 Kommentare:" over the first of a
    press review's items, cut) has the same shape; an article rarely prints its count in
    digits before a colon on a line of its own, and the press review that does is taken only
    when its excerpt is cut inside it (whole, its items are `_is_numbered_list`).

    >>> lines = ["11 opmerkingen:", "1. Wat kunnen jullie al veel oogsten! En wat is de"]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> _cut_under_head(blocks, [1], _Head(11, quotes=False))
    True
    >>> blocks[1] = Block("1. Wat kunnen jullie al veel oogsten!", 1, 2)
    >>> _cut_under_head(blocks, [1], _Head(11, quotes=False))
    False
    """
    return not head.quotes and _ends_cut(blocks[under[-1]].text)


def _bare_head_over_cut_list(blocks: Sequence[Block], under: Sequence[int]) -> bool:
    """Whether the kept lines under a counter with no colon ("7 Comments", a WordPress
    theme's thread title) open on a comment numbered 1 and end cut mid-sentence (`_ends_cut`):
    the theme's numbered thread, cut by the page's end before its form (general34). A
    counter with no colon is also a share row's or a byline's ("12 Comments"), with the
    story's paragraphs under it: they open on no "1." and the story's last line closes.

    >>> lines = ["7 Comments", "1. Adoro, amo bolo de laranja.", "2. Parece muito bom (mas"]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> _bare_head_over_cut_list(blocks, [1, 2]), _bare_head_over_cut_list(blocks, [1])
    (True, False)
    """
    return (
        bool(under)
        and _comment_number(blocks[under[0]].text) == 1
        and _ends_cut(blocks[under[-1]].text)
    )


def _software_head_over_cut_list(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], index: int, under: Sequence[int]
) -> bool:
    """Whether a head quoting the post's title, in the software's words (a rule of the
    comments family removed it: "3 thoughts on “Village hall ...", not the article's "3 reasons
    for “...”"), stands over a numbered thread the page's end cut before its form
    (`_bare_head_over_cut_list`): the form or a dated signature that a quoting head needs
    under it otherwise, and the comments its count promises, are what the cut lost
    (general38)."""
    return _removed_as_thread(verdicts[index]) and _bare_head_over_cut_list(blocks, under)


def _ends_cut(text: str) -> bool:
    """Whether a line ends where no writer ends one: on a letter or a digit, with no stop,
    bracket, quote or smiley after it ("... ook zo onvoorstelbaar dat dat uit een zaa").

    >>> [_ends_cut(t) for t in ("uit een zaa", "Great post!", "Love it :)", "Thanks xx")]
    [True, False, False, True]
    """
    last = text.rstrip()[-1:]
    return last.isalnum() and SMILEY.search(text.rstrip()[-4:]) is None


def _article_above(blocks: Sequence[Block], index: int, facts: Facts, quotes: bool) -> bool:
    """Whether the article stands above the head at ``index``: COUNTED_HEAD_MIN_WORD_SHARE
    of the words, and prose (`_first_possible_start`) unless the head quotes the post's title:
    then the post is what stands between the title and the head, a poem's short lines too."""
    if quotes:
        total = sum(block.words for block in blocks) or 1
        above = sum(block.words for block in blocks[:index])
        return above >= COUNTED_HEAD_MIN_WORD_SHARE * total
    first = _first_possible_start(blocks, facts.each(prose, blocks), COUNTED_HEAD_MIN_WORD_SHARE)
    return first is not None and index >= first


def _read_counted_head(blocks: Sequence[Block], index: int, words: Language) -> _Head | None:
    """The head at ``index``: its count, and whether it quotes a line above it (the post's
    title) where other heads are thread-head words; None when it is no counted head.

    >>> from corpusclean.language import load_thread_words
    >>> words = load_thread_words("de")
    >>> heads = ["2 Antworten auf „Spring“", "3 opmerkingen:", "Comentarios: 1", "3 Kommentare"]
    >>> blocks = [Block("Spring", 0, 1)] + [Block(t, n, n + 1) for n, t in enumerate(heads, 1)]
    >>> heads = [_read_counted_head(blocks, i, words) for i in range(1, 5)]
    >>> [(h.comments, h.quotes, h.bare) if h else None for h in heads]
    [(2, True, False), (3, False, False), (1, False, False), (3, False, True)]
    """
    shape = _head_shape(blocks[index], words)
    return None if shape is None else _head_in_place(blocks, index, shape)


class _Shape(NamedTuple):
    """What a line alone says of a counted head: the head if a thread head's words count
    the comments (``head``), and the count and quotation if it quotes a line (``quoted``),
    which only a line above it can confirm (`_head_in_place`)."""

    head: _Head | None
    quoted: tuple[int, str] | None


def _head_shape(block: Block, words: Language) -> _Shape | None:
    """A line's counted-head shape, read from its text alone; None for a line that is no
    counted head wherever it stands: the only lines `_read_counted_head` reads further.

    >>> _head_shape(Block("3 opmerkingen:", 0, 1), load_thread_words("nl"))
    _Shape(head=_Head(comments=3, quotes=False, bare=False), quoted=None)
    >>> _head_shape(Block("3 Kommentare", 0, 1), load_thread_words("de"))
    _Shape(head=_Head(comments=3, quotes=False, bare=True), quoted=None)
    >>> _head_shape(Block("3 Tipps:", 0, 1), load_thread_words("de")) is None
    True
    >>> _head_shape(Block("1 Kommentar to “Plätzchen”", 0, 1), load_thread_words("de"))
    _Shape(head=None, quoted=(1, 'Plätzchen'))
    """
    text = block.text.rstrip()
    # Every counted head opens or ends with its count ("1 comment:", "Comentarios: 1",
    # "2 Antworten auf „…“"): most lines are answered by two character tests.
    if not text or not (text[0].isdigit() or text[-1].isdigit()):
        return None
    # The count opens the line as `_COUNT_FIRST` reads it (a quoting head's too: the count
    # and space `_COUNT_ON_QUOTE` opens with are that) or follows a colon (`_COUNT_LAST`):
    # a line with neither is no head, and the head's patterns are not tried (issue #8: most
    # lines with a digit at an edge, "Posted 2021", "3.5 million", "2,000 people").
    first = _COUNT_FIRST.match(text)
    if first is None and ":" not in text:
        return None
    bare: _Head | None = None
    if block.words <= CONTROL_ROW_MAX_WORDS and _is_thread_head(block, words):
        if first is not None and text.endswith(":"):
            return _Shape(_Head(int(first.group(1)), quotes=False), None)
        last = _COUNT_LAST.fullmatch(text)
        if last is not None:
            return _Shape(_Head(int(last.group(1)), quotes=False), None)
        if first is not None:
            bare = _Head(int(first.group(1)), quotes=False, bare=True)
    if block.words <= TITLE_HEAD_MAX_WORDS:
        quoted = _COUNT_ON_QUOTE.fullmatch(text)
        if quoted is not None:  # read as before a counter with no colon is: it names more
            return _Shape(None, (int(quoted.group(1)), quoted.group("quote")))
    return None if bare is None else _Shape(bare, None)


def _head_in_place(blocks: Sequence[Block], index: int, shape: _Shape) -> _Head | None:
    """The head a line of ``shape`` at ``index`` is among ``blocks``: a quoting head only
    under the line it quotes (`_quotes_a_line_above`)."""
    if shape.head is not None:
        return shape.head
    if shape.quoted is not None and _quotes_a_line_above(blocks, index, shape.quoted[1]):
        return _Head(shape.quoted[0], quotes=True)
    return None


def _head_shaped_lines(blocks: Sequence[Block], facts: Facts) -> dict[int, _Shape]:
    """The counted-head shape of each of ``blocks`` that has one, by its first input line.

    A reader of lines (`Facts.of_scope`): read once a document (issue #8: most documents
    hold no such line, and no round walks their lines). Only the lines whose edges show a
    digit are read (`edged_lines`): every counted head opens or ends with its count.
    """
    words = load_thread_words(facts.language.code)
    shapes: dict[int, _Shape] = {}
    for block in edged_lines(blocks, facts):
        shape = _head_shape(block, words)
        if shape is not None:
            shapes[block.start] = shape
    return shapes


def _quotes_a_line_above(blocks: Sequence[Block], index: int, quote: str) -> bool:
    """Whether ``quote`` is a whole line above ``index`` (the post's title), whatever its
    signs and case (`label_key`): WordPress names the post it counts the comments of."""
    key = label_key(quote)
    return bool(key) and any(label_key(block.text) == key for block in blocks[:index])


def _form_below(verdicts: Sequence[Verdict], index: int) -> bool:
    """Whether a comment form follows the head at ``index``: a line below it that a rule of
    the comments family removed ("Leave a Reply", "Schreibe einen Kommentar"). A counted
    heading of the article's own ("3 Gründe für „Mehr Grün“") has none under its items."""
    return any(_removed_by_comments(verdict) for verdict in verdicts[index + 1 :])


def _signed_under(blocks: Sequence[Block], under: Sequence[int], language: Language) -> bool:
    """Whether the first kept line under a head is a reader's dated signature, a date and a
    clock time ("1. Doris 28. November 2013 at 19:11 #"): the first comment's own stamp,
    which stands in for a comment form the rules do not know ("Kommentar hinterlassen"). An
    article's counted heading that quotes its title ("3 Gründe für „Mehr Grün“") has its
    first reason under it, not a stamp.

    >>> from corpusclean.language import load_language
    >>> lines = ["3 Gründe", "1. Doris 28. November 2013 at 19:11 #", "1. Mehr Bäume."]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> de = load_language("de")
    >>> _signed_under(blocks, [1], de), _signed_under(blocks, [2], de)
    (True, False)
    """
    if not under or not thread_dated_signature(blocks[under[0]], language):
        return False
    return _names_someone(blocks[under[0]].text)


def _names_someone(text: str) -> bool:
    """Whether a stamped line holds a word besides its date's and time's (a month, a day, a
    stamp word of any shipped language, as the site software prints its stamp in the site's
    language): a reader's name ("Doris 28. November 2013 at 19:11"), where a schedule's line
    is a stamp alone ("Samstag, 12. Juli 2025, 14:00 Uhr", `stamps._stamp_only`).

    >>> _names_someone("1. Doris 28. November 2013 at 19:11 #")
    True
    >>> _names_someone("Samstag, 12. Juli 2025, 14:00 Uhr"), _names_someone("May 4, 2020 at 9 pm")
    (False, False)
    """
    return _stamp_only().fullmatch(text) is None


def _is_numbered_list(under: Sequence[Block], count: int) -> bool:
    """Whether the lines under a count, kept or not, are exactly a list numbered 1 to the
    count, one line an item, of at least NUMBERED_LIST_MIN_ITEMS items.

    >>> items = [Block(t, n, n + 1) for n, t in enumerate(["1. Die Zeitung lobt.", "2. Der Bote."])]
    >>> _is_numbered_list(items, 2), _is_numbered_list([*items, Block("Antworten", 2, 3)], 2)
    (True, False)
    """
    if count < NUMBERED_LIST_MIN_ITEMS or len(under) != count:
        return False
    return all(_comment_number(block.text) == n for n, block in enumerate(under, start=1))


def _removed_by_comments(verdict: Verdict) -> bool:
    """Whether a rule of the comments family removed the line, any of them."""
    return not verdict.keep and verdict.family == COMMENTS_FAMILY


def _removed_as_thread(verdict: Verdict) -> bool:
    """Whether a rule removed the line as the software's thread head or form: not as an
    invitation to comment (`_WRITERS_OWN_RULES`), which the writer closes a post with
    ("Have you kept chickens? Leave a comment below.") before a sign-off of their own."""
    return _removed_by_comments(verdict) and verdict.rule not in _WRITERS_OWN_RULES
