"""Readers' signatures right under a thread head a rule removed, in any signature shape.

The rules know the software's thread head in every shipped language ("4 comentários:", "2
Antworten auf Sommer im Zoo", "Kommentare") and remove it; the readings below it then see
a run of kept lines they do not take: WordPress's "1. waldkauz sagt:" / "• lurchi
sagt:" (a number over the first, a bullet over the reply: `recurring` reads one shape, and
"Name sagt:" alone is an interview's as often), or Blogger's "ROSA disse..." over comments
printed a sentence a line, longer than the few lines `recurring` allows between signatures
(general38, fix set of threads34). The removed head is the software's mark, and the
signatures right under it are its second: a reader's signature (`Language.reader_signature`:
a name and a signature verb of the thread words before a colon or an ellipsis, maybe after a
comment's number or a list's bullet) as the first kept line under the head, recurring to the
end with a comment's length at most between them.

False-positive risks and their guards: a story quoting people with "sagte:" at a line's end,
a court report's witnesses, a list of speakers: no thread head stands over them, and a head
in the middle of a story ("Kommentar" over a column) has the column's first line under it,
not a signature; a head counting its comments ("2 Antworten auf ...", "4 comentários:") over
a different number of signatures (a paged thread, a list that is not the thread) is not
read; a role ("Der Bürgermeister sagt:", `recurring._names_a_role`) or an age ("Oliver, 7,
says:") is no reader's name; a song or a list of quotes whose lines go on with the
signature's sentence (`recurring._goes_on_with`); a thread longer than the post: a prose
paragraph must stand above the head (`recurring._post_above` with the head). A comment form
the rules removed at the end has no kept line under it and is no head here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...language import Language, load_thread_words
from ...model import Block, Verdict
from ..facts import Facts
from .recurring import (
    READER_SIGNATURE_MAX_WORDS,
    RECURRING_SIGNATURES_MIN,
    _comments_stand_apart,
    _is_readers_name,
    _post_above,
)
from .tail import COUNTED_HEAD_FORM_LINES, _removed_as_thread

# Under the software's head a comment is read up to this many kept lines: Blogger's and
# WordPress's readers write a few sentences, and an extraction may print each on its own line
# (general38's Blogger thread: a greeting's name and five sentences, six lines). Twice the
# COMMENT_MAX_BLOCKS a signature shape read alone allows: the head is the evidence the
# shape alone lacks, and a story under a head is not signed line after line.
HEADED_COMMENT_MAX_LINES = 8
# A list's mark before a reader's name ("• lurchi sagt:", a reply in a numbered list
# printed with a bullet): read as the comment's number is. Not `text.LIST_BULLETS`: the en
# dash too (a reader's name and "sagt:" follow it, no dialogue), "‣" and "●" not (untested).
_LIST_MARK = re.compile(r"[•·▪◦*–-]\s+")
# A head that counts its comments opens with the count ("4 comentários:", "2 Antworten auf").
_HEAD_COUNT = re.compile(r"\s*(\d{1,4})\b")


def signed_under_head_start(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts
) -> int | None:
    """The index of the first reader's signature right under a thread head a rule removed,
    when signatures recur from there to the end; None otherwise.

    >>> from corpusclean.detect.facts import Facts
    >>> from corpusclean.language import load_language
    >>> lines = ["Im Zoo gibt es Bärenjunge. Wir haben sie im Sommer besucht und fotografiert.",
    ...          "2 Antworten auf Sommer im Zoo", "1. waldkauz sagt:", "Schöne Bilder!",
    ...          "• lurchi sagt:", "Die Luchse habe ich leider nicht gesehen."]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> keep = [Verdict(keep=True)] * len(blocks)
    >>> keep[1] = Verdict(keep=False, rule="comment_section", family="comments")
    >>> signed_under_head_start(blocks, keep, Facts(load_language("de")))
    2
    """
    words = load_thread_words(facts.language.code)
    head = _removed_head(verdicts)
    if head is None:
        return None
    under = [index for index in range(head + 1, len(blocks)) if verdicts[index].keep]
    found = [index for index in under if _reader_signature(blocks[index], words)]
    if not found or found[0] != under[0] or not _signed_to_end(under, found):
        return None
    if not _count_agrees(blocks[head], len(found)):
        return None
    if not _comments_stand_apart(blocks, under, found):
        return None
    lines_above = sum(verdict.keep for verdict in verdicts[:head])
    return found[0] if _post_above(blocks, head, lines_above, facts, headed=True) else None


def _removed_head(verdicts: Sequence[Verdict]) -> int | None:
    """The last line a rule removed as the software's thread head (`tail._removed_as_thread`)
    with a kept line under it; a comment form removed at the end has none and is passed."""
    kept_below = False
    for index in range(len(verdicts) - 1, -1, -1):
        verdict = verdicts[index]
        if verdict.keep:
            kept_below = True
        elif kept_below and _removed_as_thread(verdict):
            return index
    return None


def _reader_signature(block: Block, words: Language) -> bool:
    """Whether a line is a reader's signature in the thread words: a name and a signature
    verb before a colon or an ellipsis, after a comment's number or a list's bullet or not
    ("1. waldkauz sagt:", "• lurchi sagt:", "ROSA disse..."), the name no role and
    no age.

    >>> words = load_thread_words("pt")
    >>> [_reader_signature(Block(t, 0, 1), words) for t in ["ROSA disse...", "Ana diz:",
    ...  "O presidente disse:", "Ana disse que vinha.", "Ana, 7, disse:"]]
    [True, True, False, False, False]
    """
    if block.words > READER_SIGNATURE_MAX_WORDS:
        return False
    text = block.text.strip()
    if not text.endswith((":", "...", "…")):
        return False
    mark = _LIST_MARK.match(text)
    match = words.reader_signature.fullmatch(text[mark.end() :] if mark else text)
    if match is None or match.group("end") is None:
        return False
    return _is_readers_name(match.group("name"))


def _signed_to_end(under: Sequence[int], found: Sequence[int]) -> bool:
    """Whether the signatures recur (RECURRING_SIGNATURES_MIN), each comment under one is at
    most HEADED_COMMENT_MAX_LINES kept lines, and the last one's comment and the form's lines
    run to the end."""
    if len(found) < RECURRING_SIGNATURES_MIN:
        return False
    position = {index: at for at, index in enumerate(under)}
    ends = [position[index] for index in found[1:]] + [len(under) - COUNTED_HEAD_FORM_LINES]
    starts = [position[index] + 1 for index in found]
    lengths = (end - start for start, end in zip(starts, ends, strict=True))
    return all(length <= HEADED_COMMENT_MAX_LINES for length in lengths)


def _count_agrees(head: Block, signatures: int) -> bool:
    """Whether a head that counts its comments counts as many as the signatures under it; a
    head with no count ("Kommentare") agrees with any number."""
    count = _HEAD_COUNT.match(head.text)
    return count is None or int(count.group(1)) == signatures
