"""Blogger's count of a post's comments right over a comment it marks as one.

`tail` reads a counted head ("1 comment:") only under an article it can see: two prose
paragraphs and half the words, as a stray counter in a story needs. A blog's post is often
less: one paragraph, a photo's caption, a poem in short lines. There the count alone is no
evidence, but the software marks the comment under it too, and the two together are: the
count in the software's own words (`Language.comment_count`: "1 comment:", "2 Kommentare:",
"1 commento:") and, on the next kept line, a reader's signature ("harmony said...",
"Anonimo ha detto...", `recurring._signature_shape`) or the comment's number ("1. awwww! I
love it", "1. tolle Mütze ..."), to the end of the document.

False-positive risks and their guards: an article's list under a heading that counts ("3
Tipps:" over three tips, "3 tips:", a FAQ's "3 Antworten:", a listicle's "10 Ideen:"): the
head's words must be a count of comments, not any words, and not a thread head's other words
("replies", "Antworten" answer questions too); a heading that names comments in an article
("2 comments:" over numbered quotes of readers, which are readers' comments anyway): the
numbers under it must start at 1 and stay within its count, the lines under it must be as
many as a comment each and the form allow (`tail`'s bound), and the post must stand above
with a share of the words (RECURRING_MIN_WORD_SHARE); a count under the byline over the
whole story: the story is more lines than its count allows, and nothing of it is above; a
press review or a report's findings under a count that names commentaries ("2 Kommentare:"
over "1. Die Zeitung nennt ..." / "2. Der Landbote ...", "2 commenti:", "2 comentarios:"):
every line under the head is the next item of a numbered list that ends on the count, where
Blogger prints a control, a signature or a line of the comment between its numbered comments
(`tail._is_numbered_list`, precision22; a counted head of `tail` is
guarded alike).

Where the post is shorter than a quarter of the words (a photo's title and one line over a
reader's paragraph), the count is read when the lines under it agree with it: exactly as many
of Blogger's ellipsis signatures ("FBB a dit…", "Klaus hat gesagt…") as it counts, the first
right under it, and no numbered one (`_signatures_agree`, comments30). The count and the
signatures are two marks of the software that tell the same number; an article's quotes
under a heading in its own words are not counted in the software's words, and a roundup's
numbered signatures ("1. Marco says:") stay guarded by the share. The post is still asked for:
POST_MIN_KEPT_LINES kept lines above the count, not a title alone, which `runs` leaves as a
page of comments.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...language import Language, load_thread_words
from ...model import Block, Verdict
from ..facts import Facts
from .controls import COMMENT_MAX_BLOCKS
from .edges import edged_lines
from .layout import _comment_number
from .recurring import RECURRING_MIN_WORD_SHARE, _signature_shape
from .tail import COUNTED_HEAD_FORM_LINES, _is_numbered_list

# A count that agrees with the signatures under it is read under a post of at least this many
# kept lines: a title and one line of the post (a photo post: "le printemps est arrivé!!!" /
# "et les jardins explosent..."). A title alone over a thread is a page of comments, left as
# `runs` and `recurring` leave it.
POST_MIN_KEPT_LINES = 2


def marked_comment_start(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts
) -> int | None:
    """The index of a comment count right over a comment marked as one, or None.

    The head is the document's last whole line that counts comments (`Language.
    comment_count`), removed by a rule or not. The kept lines under it, to the end, number
    at least its count and at most COMMENT_MAX_BLOCKS a comment and COUNTED_HEAD_FORM_LINES
    of the form; the first is a reader's signature or the number 1; every comment number
    under it is within the count; RECURRING_MIN_WORD_SHARE of the words stand above it, or
    POST_MIN_KEPT_LINES kept lines when the signatures under it agree with its count
    (`_signatures_agree`).

    >>> from corpusclean.detect.facts import Facts
    >>> from corpusclean.language import load_language
    >>> lines = ["Well, this is happening outside right now. It's even starting to stick.",
    ...          "1 comment:", "harmony said..."]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> keep = [Verdict(keep=True)] * len(blocks)
    >>> marked_comment_start(blocks, keep, Facts(load_language("en")))
    1
    """
    words = load_thread_words(facts.language.code)
    counts = facts.of_scope(_comment_counts, blocks)
    head = _last_count(blocks, counts)
    if head is None:
        return None
    index, count = head
    under = [i for i in range(index + 1, len(blocks)) if verdicts[i].keep]
    if not 1 <= count <= len(under) <= count * COMMENT_MAX_BLOCKS + COUNTED_HEAD_FORM_LINES:
        return None
    if not _marks_a_comment(blocks[under[0]], words):
        return None
    numbers = [_comment_number(blocks[i].text) for i in under]
    if any(number is not None and number > count for number in numbers):
        return None
    if _is_numbered_list(blocks[index + 1 :], count):
        return None
    if _post_above(blocks, verdicts, index):
        return index
    agreed = _signatures_agree(blocks, under, count, words)
    return index if agreed and _kept_lines(verdicts[:index]) >= POST_MIN_KEPT_LINES else None


def _last_count(blocks: Sequence[Block], counts: Mapping[int, int]) -> tuple[int, int] | None:
    """The last line that counts comments, and its count; None when there is none.

    ``counts`` holds the count of every line of ``blocks`` that counts comments, by its
    first input line (`_comment_counts`), and maybe of other blocks of the document.
    """
    if not counts:  # most documents: no line counts comments, and nothing to walk
        return None
    for index in range(len(blocks) - 1, -1, -1):
        count = counts.get(blocks[index].start)
        if count is not None:
            return index, count
    return None


def _comment_counts(blocks: Sequence[Block], facts: Facts) -> dict[int, int]:
    """The count of each of ``blocks`` that counts comments (`Language.comment_count`),
    by its first input line.

    A reader of lines (`Facts.of_scope`): read once a document (issue #8: most documents
    hold no such line, and no round walks their lines).

    >>> from corpusclean.language import load_language
    >>> blocks = [Block("1 comment:", 0, 1), Block("3 tips:", 1, 2)]
    >>> _comment_counts(blocks, Facts(load_language("en")))
    {0: 1}
    """
    words = load_thread_words(facts.language.code)
    counts: dict[int, int] = {}
    # Every count opens with its digits and closes on a colon: a line whose edges show
    # neither (`edged_lines`, most) is none, and the others by two character tests.
    for block in edged_lines(blocks, facts):
        text = block.text.strip()
        if not (text[:1].isdigit() and text.endswith(":")):
            continue
        match = words.comment_count.fullmatch(text)
        if match is not None:
            counts[block.start] = int(match.group("count"))
    return counts


def _marks_a_comment(block: Block, words: Language) -> bool:
    """Whether a line opens a comment as the software marks it: a reader's signature
    ("harmony said...", "1. Andria says:") or the first comment's number ("1. awwww!").

    >>> from corpusclean.language import load_thread_words
    >>> words = load_thread_words("en")
    >>> [_marks_a_comment(Block(t, 0, 1), words) for t in
    ...  ["Anonimo ha detto...", "1. so cute", "2. so cute", "Keep a torch at hand."]]
    [True, True, False, False]
    """
    return _signature_shape(block, words) is not None or _comment_number(block.text) == 1


def _signatures_agree(
    blocks: Sequence[Block], under: Sequence[int], count: int, words: Language
) -> bool:
    """Whether the kept lines under a count (``under``) hold exactly ``count`` of Blogger's
    ellipsis signatures, the first kept line being one of them, and no numbered signature.

    >>> from corpusclean.language import load_thread_words
    >>> words = load_thread_words("fr")
    >>> lines = ["1 commentaire:", "FBB a dit…", "Elle est belle cette pivoine !"]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> _signatures_agree(blocks, [1, 2], 1, words), _signatures_agree(blocks, [1, 2], 2, words)
    (True, False)
    """
    shapes = [_signature_shape(blocks[index], words) for index in under]
    if not shapes or shapes[0] != "ellipsis" or "numbered" in shapes:
        return False
    return shapes.count("ellipsis") == count


def _kept_lines(verdicts: Sequence[Verdict]) -> int:
    """How many of ``verdicts`` keep their line."""
    return sum(verdict.keep for verdict in verdicts)


def _post_above(blocks: Sequence[Block], verdicts: Sequence[Verdict], index: int) -> bool:
    """Whether the post stands above the head: a kept line, and RECURRING_MIN_WORD_SHARE of
    the document's words (a photo's caption under its title is often shorter than a
    reader's comment, never a quarter as long)."""
    if not any(verdict.keep for verdict in verdicts[:index]):
        return False
    total = sum(block.words for block in blocks) or 1
    return sum(block.words for block in blocks[:index]) >= RECURRING_MIN_WORD_SHARE * total
