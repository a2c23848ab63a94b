"""Readers' comments that the blog software numbers, with no name, head or control left.

Blogger's threaded view prints each comment as an item of a numbered list, "1. awwww! I love
it", "2. so cute", and a reply to one as a list of its own under it, numbered from 1 again;
an extraction that drops the avatars, the names and the "Reply" links leaves the numbers
and the comments' text, right under the post, to the end of the document. Nothing
`thread_start`, `recurring` or `headed` reads is left; the list's shape and its items' voice
are the evidence: the numbers start at 1 and never run ahead of the items, the list runs to
the end (each item at most a comment's length, then the form), the post above closes on a
sentence and holds prose and a share of the words (or, under a photo post, the list stands
right under a thread head a rule removed and over the form: `_between_head_and_form`), and
at least half the items, a comment's
length each on average, read as a reader's: an opening in lower case that a writer's list
item has not, a word set off on its own ("awwww! I love it", "absolutely."), an exclamation
in its opening words ("qué bonito te ha quedado!") or a lower-case "i", or a reply's 1 under
a comment; or every item is numbered 1 (a comment and its replies); or the software's
comment form, removed by a rule, stands right under it.

False-positive risks and their guards: an article's numbered list at its end, tips, a
recipe's steps, a listicle, a FAQ, numbered references: such a list is introduced (a line
ending on a colon, a heading, an ingredient: the line above must close a sentence) and its
items are written and capitalised (half the items must read as a reader's); a writer's
list in lower case or half of it ("1. slow down on the easy days, ..." / "2. Buy shoes in
the afternoon ...", "1. weniger Zeit am Handy verbringen" / "2. Mehr Bücher lesen", "1. what
happens if my bin is full?"): a lower-case opening is a reader's only when its first word
stands alone, the item exclaims or opens on "i", as a list item's first word runs on into
its phrase; an abbreviation opening a footnote ("1. vgl. Urkundenbuch ...", "cf.", "ibid.")
is no word standing alone (INTERJECTION_STOP_MIN_LETTERS); a smiley is
no reader's voice, as a blog's own list of the week's happy things has them as often as its
readers' comments do ("1. My daughter learned to ride her bike :)"); a brand or a web
address opening an item ("1. iPhone 15", "2. www.example.org") is no lower-case word; a
blog's own short list ("1. baked cookies", "2. slept in"): its items are a few words each
(ITEM_MIN_MEAN_WORDS); a list of one footnote ("1. See the report..."): one item needs the
voice or the form too; a nested how-to list ("1. Prepare / 1.
wash / 2. cut"): one restart among its items is not half of them; a list above a head that
counts the comments under it ("1. Goodbye Autumn…, 2. Untitled" over "1 Comment" and "1.
essie", a photo mosaic's captions, threads27): the items above such a head, kept or removed,
are the post's, and such a head right under the last item is no comment form
(`_items_under_the_last_head`, `_form_under`); quoted readers' letters
numbered in an article ("1. Jane from Leeds writes: ...") are readers' comments anyway, and
are written like the article's text; a roundup of numbered signatures over a comment form
with no comment yet ("1. Marco says:" / a tip / ... / "Leave a Reply"): items that are all
signatures are left to `recurring`, which reads them under the software's thread head only
(`_all_signatures`, roundup25).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...language import Language, load_thread_words
from ...model import Block, Verdict
from ...text import CLOSERS, SMILEY
from ..facts import Facts, prose
from .controls import COMMENT_MAX_BLOCKS
from .headed import POST_MIN_KEPT_LINES
from .layout import _comment_number
from .recurring import RECURRING_MIN_WORD_SHARE, _signature_shape
from .signatures import _is_thread_head
from .tail import COUNTED_HEAD_FORM_LINES, _removed_as_thread, _removed_by_comments

# At least this share of the items read as a reader's (`_reads_as_a_reader`): half, as a
# short thread has one plain comment for every one with a lower-case opening or a reply's 1
# ("1. awwww! I love it" / "2. I love the graphic feel of this layout."), where an article's
# list has none.
VOICED_MIN_SHARE = 0.5
# A reader's comment is a sentence or a few ("2. I love the graphic feel of this layout. nice
# job!"), a blog's own list of things a few words each ("1. Baked cookies :)", "2. A walk in
# the rain"): the items hold this many words on average, the number included.
ITEM_MIN_MEAN_WORDS = 8
# An item's first word after its number (`layout._comment_number` reads the number).
_ITEM_WORDS = re.compile(r"\d{1,3}\.\s+(\S+)")
# A first word standing alone in a reader's way: set off by an exclamation mark, an ellipsis
# or a run of stops ("awwww!", "hmmmm....."), where a writer's list item runs on into its
# phrase ("slow down on the easy days", "weniger Zeit"). Not a comma or a question mark: a
# writer's steps open on "first," / "then,", a FAQ's on "why?".
_SET_OFF = re.compile(r"[!…]|\.\.")
# A word closing a sentence alone on one stop ("absolutely.") has at least this many
# letters; the abbreviations that open footnotes and list items are shorter ("vgl.", "ebd.",
# "cf.", "ibid.", "approx.").
INTERJECTION_STOP_MIN_LETTERS = 7
# A reader exclaims in a comment's opening words: its first "!" closes one of the first this
# many words after the number ("qué bonito te ha quedado!", "che meraviglia, complimenti!",
# "they r all cute and it is!"). A writer's tip puts its "!" after the instruction ("pack
# twice as many snacks as you think you need, seriously!", "non aprite il forno nei primi
# venti minuti, mai!"): a "!" further on is no reader's sign.
EXCLAIMED_OPENING_MAX_WORDS = 7
# The form under the last numbered comment closes that comment, its further paragraphs and a
# reply under it: within a comment's lines and the form's (as `_items_to_end` reads the end).
_LAST_COMMENT_REACH = COMMENT_MAX_BLOCKS + COUNTED_HEAD_FORM_LINES
# The last characters a post's paragraph closes on right over the comments: a sentence's
# stop, an ellipsis, a closing bracket or quote (`text.CLOSERS`: „…“ and « … » too), or a
# smiley (`text.SMILEY`).
_CLOSES = tuple(".!?…" + CLOSERS)


def numbered_comments_start(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts
) -> int | None:
    """The index of the first of the numbered comments that end the document, or None.

    >>> from corpusclean.detect.facts import Facts
    >>> from corpusclean.language import load_language
    >>> lines = ["We drove to the coast on Sunday and the children ran along the beach all day.",
    ...          "In the evening we ate fish and chips on the pier and watched the boats.",
    ...          "1. omg, that beach looks amazing! We have to go there too.",
    ...          "2. Lovely photos, the light on the water is just perfect :)"]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> keep = [Verdict(keep=True)] * len(blocks)
    >>> numbered_comments_start(blocks, keep, Facts(load_language("en")))
    2
    """
    kept = [index for index, verdict in enumerate(verdicts) if verdict.keep]
    items = _items_under_the_last_head(blocks, _items_to_end(blocks, kept), facts)
    if not items or not _numbered_as_comments([number for _, number in items]):
        return None
    if _all_signatures(blocks, items, load_thread_words(facts.language.code)):
        return None
    first = items[0][0]
    position = kept.index(first)
    if position == 0 or not _closes_a_paragraph(blocks[kept[position - 1]].text):
        return None
    # Enclosed by the software's head and form, the list is the thread whatever its voice,
    # under a post of a few lines (a photo post's caption); otherwise it must read as
    # readers' and stand under the post's share of the words.
    if _between_head_and_form(blocks, verdicts, items, facts.language):
        return first if position >= POST_MIN_KEPT_LINES else None
    if not (
        _replies_alone(items)
        or _voiced(blocks, items)
        or _form_under(blocks, verdicts, items[-1][0], facts.language)
    ):
        return None
    return first if _post_above(blocks, first, facts) else None


def _between_head_and_form(
    blocks: Sequence[Block],
    verdicts: Sequence[Verdict],
    items: Sequence[tuple[int, int]],
    language: Language,
) -> bool:
    """Whether the items stand right under a line a rule removed as the thread's head ("14
    pensieri su “Primavera blu", a cut WordPress heading) and over the software's form
    right under the last of them (`_form_under`): two marks of the software enclosing the
    list, which stand in for the items' voice and the post's share of the words under a
    photo post (threads21).
    The form closes the last comment: it may stand under the comment's further lines and a
    reply (_LAST_COMMENT_REACH), where `_voiced`'s form must stand right under the item.

    An article's own numbered list has no thread head right above its first item, and a
    writer's invitation removed there ("Leave a comment below!") is no head
    (`tail._removed_as_thread`).
    """
    first = items[0][0]
    return (
        first > 0
        and _removed_as_thread(verdicts[first - 1])
        and _form_under(blocks, verdicts, items[-1][0], language, _LAST_COMMENT_REACH)
    )


def _all_signatures(
    blocks: Sequence[Block], items: Sequence[tuple[int, int]], words: Language
) -> bool:
    """Whether every item is a numbered signature and nothing more ("1. Marco says:", the
    comment on the lines under it): `recurring` reads those, as the software's only under
    its thread head. An article's roundup prints the same items ("We asked six chefs..."
    over "1. Marco says:" / a tip / ...), and a comment form under them is on every page that
    takes comments, with or without any (roundup25)."""
    return all(_signature_shape(blocks[index], words) == "numbered" for index, _ in items)


def _items_to_end(blocks: Sequence[Block], kept: Sequence[int]) -> list[tuple[int, int]]:
    """The numbered items (index, number) that run to the end, first to last.

    Walks the kept lines up from the end: the last item stands within a comment and the
    form's lines of the end, each one above it within a comment of the next; the walk stops
    at the first gap too long.
    """
    found: list[tuple[int, int]] = []
    reach = COMMENT_MAX_BLOCKS + COUNTED_HEAD_FORM_LINES
    since = 0  # kept lines read since the last item (or the end)
    for index in reversed(kept):
        number = _comment_number(blocks[index].text)
        if number is not None:
            found.append((index, number))
            reach, since = COMMENT_MAX_BLOCKS, 0
            continue
        since += 1
        if since > reach:
            break
    return found[::-1]


def _items_under_the_last_head(
    blocks: Sequence[Block], items: Sequence[tuple[int, int]], facts: Facts
) -> list[tuple[int, int]]:
    """The items under the last head below the first of them that counts the comments under
    it, kept or removed ("1 Comment" between a photo mosaic's "1. Goodbye Autumn…, 2.
    Untitled" and "1. essie"): the items above such a head are the post's own (threads27).

    The heads are read over the document's scope (`_comment_heads`), not the round's blocks:
    once a rule removed the head ("1 Comment", `comment_section`), a later round's blocks
    may leave it out, and the mosaic over it would read as the thread's first comment."""
    if not items:
        return []
    first = blocks[items[0][0]].start
    below = [start for start in facts.of_scope(_comment_heads, blocks) if start > first]
    if not below:
        return list(items)
    last = max(below)
    return [item for item in items if blocks[item[0]].start > last]


def _comment_heads(blocks: Sequence[Block], facts: Facts) -> frozenset[int]:
    """The first input lines of the blocks that count the comments under them ("1 Comment",
    "3 Kommentare"; `_counts_comments_under`). A reader of lines (`Facts.of_scope`)."""
    return frozenset(
        block.start for block in blocks if _counts_comments_under(block, facts.language)
    )


def _numbered_as_comments(numbers: Sequence[int]) -> bool:
    """Whether the numbers start at 1 and none runs ahead of its item: the n-th item is
    numbered n at most (a reply starts again at 1, a deleted comment leaves a gap behind).

    >>> _numbered_as_comments([1, 2, 3, 1, 5]), _numbered_as_comments([3, 4])
    (True, False)
    """
    return numbers[0] == 1 and all(number <= at for at, number in enumerate(numbers, 1))


def _closes_a_paragraph(text: str) -> bool:
    """Whether a line closes a paragraph the way a post's last line does: on a sentence's
    stop, a bracket, a quote or a smiley, not on a colon that introduces a list, nor on a
    heading's or an ingredient's last word.

    >>> [_closes_a_paragraph(t) for t in ("Have a fabulous day!!", "should help :-)",
    ...  "Here are my tips:", "Method", "2 cups flour")]
    [True, True, False, False, False]
    """
    text = text.rstrip()
    return text.endswith(_CLOSES) or SMILEY.search(text[-4:]) is not None


def _replies_alone(items: Sequence[tuple[int, int]]) -> bool:
    """Whether every item is numbered 1, two or more: a comment and its replies, each list of
    one; no writer numbers a list 1, 1."""
    return len(items) >= 2 and all(number == 1 for _, number in items)


def _voiced(blocks: Sequence[Block], items: Sequence[tuple[int, int]]) -> bool:
    """Whether at least VOICED_MIN_SHARE of the items read as a reader's, and the items are
    a comment's length (ITEM_MIN_MEAN_WORDS on average).

    Not when every item opens in lower case: that is one writer's style ("1. coffee first,
    always, ..." / "2. ten minutes of stretching ..."), where readers write each their own,
    some in lower case and some not ("1. awwww! I love it" / "2. I love the graphic feel").
    """
    words = sum(blocks[index].words for index, _ in items)
    if words < ITEM_MIN_MEAN_WORDS * len(items):
        return False
    if all(_opens_small(blocks[index].text) for index, _ in items):
        return False
    voiced = sum(
        _reads_as_a_reader(blocks[index].text, number, at)
        for at, (index, number) in enumerate(items)
    )
    return voiced >= VOICED_MIN_SHARE * len(items)


def _reads_as_a_reader(text: str, number: int, at: int) -> bool:
    """Whether an item reads as a reader's comment: its text opening in lower case the way a
    reader's does (`_opens_as_a_reader`), or a reply's 1 after the first item. Not a smiley:
    a blog's own list has them too ("1. I finally finished the quilt :D").

    >>> [_reads_as_a_reader(t, n, a) for t, n, a in [("1. awwww! I love it", 1, 0),
    ...  ("2. Super sweet! I love it :)", 2, 1), ("1. Thank you, Ashley.", 1, 1),
    ...  ("2. Preheat the oven to 180 degrees.", 2, 1)]]
    [True, False, True, False]
    """
    return _opens_as_a_reader(text) or (number == 1 and at > 0)


def _opens_as_a_reader(text: str) -> bool:
    """Whether an item opens in lower case as a reader's comment does, not as a writer's
    list item: its first word standing alone ("awwww! I love it", "absolutely. In the pan",
    "hmmmm....."), the item exclaiming in its opening words ("qué bonito te ha quedado!",
    `_exclaims_at_opening`) or opening on "i" ("i love the 11th pic"). A list item's first
    word runs on into its phrase ("slow down on the easy days", "weniger Zeit am Handy
    verbringen", "what happens if ...?") or is set off by a comma ("first, water the plant"),
    and an abbreviation stands before a footnote's source
    ("vgl. Urkundenbuch ...").

    >>> [_opens_as_a_reader(t) for t in ("1. awwww. I love it", "2. absolutely. In the pan",
    ...  "3. wat een leuke jurk!", "1. i love the 11th pic", "1. slow down on easy days.",
    ...  "1. vgl. Urkundenbuch Nr. 212.", "1. what happens if my bin is full?",
    ...  "1. first, water the plant a day before.")]
    [False, True, True, True, False, False, False, False]
    """
    if not _opens_small(text):
        return False
    words = _ITEM_WORDS.match(text.lstrip())
    first = words.group(1) if words is not None else ""
    word = first.rstrip(",.;:!?…")
    if word == "i" or _exclaims_at_opening(text):
        return True
    stop = first[len(word) :]
    if _SET_OFF.match(stop) is not None:
        return True
    return stop == "." and len(word) >= INTERJECTION_STOP_MIN_LETTERS


def _exclaims_at_opening(text: str) -> bool:
    """Whether an item's first "!" closes one of its first EXCLAIMED_OPENING_MAX_WORDS words
    after the number: a reader's exclamation, not a writer's tip with a "!" at its end.

    >>> [_exclaims_at_opening(t) for t in ("3. they r all cute and it is!",
    ...  "1. qué bonito te ha quedado! Seguro que le encantará.",
    ...  "1. pack twice as many snacks as you think you need, seriously!")]
    [True, True, False]
    """
    words = text.split()[1 : 1 + EXCLAIMED_OPENING_MAX_WORDS]
    return any("!" in word for word in words)


def _opens_small(text: str) -> bool:
    """Whether an item's first word is a word in lower case, all of it ("omg,", "hmmmm.....",
    "i"): not a brand's ("iPhone", "eBay"), a web address ("www.example.org") or a unit. On
    purpose not `text.opens_in_lower_case`, which reads the first letter only.

    >>> [_opens_small(t) for t in ("1. omg, I love it", "1. iPhone 15 Pro", "2. www.a.org")]
    [True, False, False]
    """
    words = _ITEM_WORDS.match(text.lstrip())
    if words is None:
        return False
    first = words.group(1).rstrip(",.;:!?…")
    return first.isalpha() and first.islower()


def _form_under(
    blocks: Sequence[Block],
    verdicts: Sequence[Verdict],
    last: int,
    language: Language,
    reach: int = COUNTED_HEAD_FORM_LINES,
) -> bool:
    """Whether a rule removed a line of the comment form right under the last item ("Note:
    Only a member of this blog may post a comment."). Not an invitation to comment
    (`_WRITERS_OWN_RULES`): the writer closes a post with one under the post's own list ("Leave
    a comment below if you try it!"), so it is no sign of the software's form. Not a head
    that counts the comments under it ("1 Comment" over "1. essie"): the thread starts below
    that head, and the list above it is the post's own (a photo mosaic's numbered captions,
    "1. Goodbye Autumn…, 2. Untitled", threads27).

    >>> from corpusclean.language import load_language
    >>> lines = ["1. Goodbye Autumn (explored!), 2. Untitled", "1 Comment", "Post a Comment"]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> gone = Verdict(keep=False, rule="comment_section", family="comments")
    >>> en = load_language("en")
    >>> _form_under(blocks, [Verdict(keep=True), gone, gone], 0, en)
    False
    >>> _form_under(blocks[::2], [Verdict(keep=True), gone], 0, en)
    True
    """
    for index in range(last + 1, min(len(verdicts), last + 1 + reach)):
        verdict = verdicts[index]
        # A counted head stops the search whichever of the family's rules removed it, a
        # writer's own included: the thread starts below it.
        if _removed_by_comments(verdict) and _counts_comments_under(blocks[index], language):
            return False
        if _removed_as_thread(verdict):
            return True
    return False


def _counts_comments_under(block: Block, language: Language) -> bool:
    """Whether a line is a thread's head that opens with the count of the comments under it
    ("1 Comment", "2 comments:", "3 Kommentare"), in any shipped language's thread words."""
    text = block.text.lstrip()
    return text[:1].isdigit() and _is_thread_head(block, load_thread_words(language.code))


def _post_above(blocks: Sequence[Block], index: int, facts: Facts) -> bool:
    """Whether the post stands above ``index``: a prose line and RECURRING_MIN_WORD_SHARE of
    the document's words (a photo post is often shorter than its readers' comments)."""
    above = blocks[:index]
    if not any(facts.each(prose, above)):
        return False
    total = sum(block.words for block in blocks) or 1
    return sum(block.words for block in above) >= RECURRING_MIN_WORD_SHARE * total
