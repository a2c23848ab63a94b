"""Readers' signatures that recur at a post's end, with no date, control or count to read.

Blog software prints a short thread as a signature over each comment and nothing else that
`thread_start` reads: Blogger's "kristie said..." (an ellipsis right after the verb, in every
language: "Klaus hat gesagt…", "Anonimo ha detto..."), or a numbered list of signatures,
"1. Andria says:" / "2. Megan says:", under the software's thread head ("3 Comments"; a
count in a blog's own words, "2 peanuts:", is a roundup's as often and is left, roundup25).
The signatures are the evidence: two or more
of one shape (`Language.reader_signature`), each over a comment's few lines, running to the
end of the document, with the post above them.

False-positive risks and their guards: an interview's "Name said:" once (two signatures at
least); reported speech ("the mayor said..." inside a paragraph, or alone on its line, "Der
Bürgermeister hat gesagt…": a name that opens with a function word is a role, not a
reader's, `_names_a_role`) and a list of quotes with
the quote on the line ("Jane said: it works"): the signature is a whole short line with
nothing after its verb but the ellipsis or a colon; an article quoting two readers ("Jane
wrote:" over her letter): the undated shape read here is only Blogger's ellipsis or a
comment's number before the name, which an article's quotes seldom print (a roundup's do,
below); a story whose last
lines trail off ("And then he said..."), a column of sayings ("Mama hat gesagt… / dass man
nie..."): the lines under the signatures must not, most of them, go on with its sentence
(`_goes_on_with`); every gap between signatures is a comment's length
at most (COMMENT_MAX_BLOCKS), the last comment runs to the end, and the post above holds a
prose paragraph and a share of the words, or, a poem in short lines, a few lines and half the
words (`_post_above`); a page of comments under a one-line post is left, as `runs` leaves it,
however its signatures are numbered or counted:
an article's roundup prints the same shape ("We asked six chefs for their one rule for a
good stock." over "1. Marco says:" / a tip / "2. Aisha says:" ..., a survey, a class's or a
panel's answers, "What the candidates say"; "3 chefs on stock:" over three), and no line of
it tells the two apart (threads27b). After an article long enough for `_post_above` the
same holds (roundup25): numbered signatures are read as a thread only under the software's
thread head, kept or removed (`_headed_by_the_software`: "3 Comments", "Kommentare:"), not
under a count in any words ("6 chefs, 6 rules:") nor over a comment form alone, which a
page that takes comments prints under a roundup with none; Blogger's ellipsis signature is
the software's and is read alone. Not guarded: a roundup printed with an ellipsis after
each name ("Marco said...") is read as a thread.
A vox pop ("1. Oliver, 7, says:" over a child's answer) names an age after the name, which no
reader's signature does (_AGE_AFTER_NAME); a song's chorus or a list of quotes ("Mama
said..." / "Don't you look back", "1. Virginia Woolf wrote:") is introduced by the article
with a colon right above it, where a thread opens under a head or the post's own last words
(`_introduced_above`).

Blogger prints its ellipsis signature in the blog's language, and a language whose "said"
no list holds ("Kari sa...", Norwegian) is read by its echo instead: the same last word
before the ellipsis on every signature, under two or more readers' names
(`_echoed_verb`). One unknown word is weaker evidence than a known verb (a poem's
"Mother said... / Father said..." has the shape), so the echo is read only under the
software's thread head, kept or removed ("6 kommentarer:"), as numbered signatures are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial

from ...language import Language, any_stopword, load_thread_words
from ...model import Block, Verdict
from ..facts import Facts, prose
from .controls import COMMENT_MAX_BLOCKS
from .signatures import CONTROL_ROW_MAX_WORDS, _is_thread_head
from .tail import COUNTED_HEAD_FORM_LINES, COUNTED_HEAD_MIN_WORD_SHARE, _removed_as_thread

# The post above the thread holds at least this share of the document's words, and a prose
# paragraph (`_post_above`). A quarter, not the half a counted head needs (`tail`): a blog's
# photo post is often shorter than its readers' comments ("Because she looks all pretty...",
# 25 words over 70 of comments), and the recurring signatures of one shape are evidence a
# stray counter in a story is not.
RECURRING_MIN_WORD_SHARE = 0.25
# A post with no prose paragraph, a poem in short lines ("I just love baby showers ~ /
# especially when there is delicious food around!"), stands above the signatures when it is
# at least this many kept lines and holds half the words (`tail`'s COUNTED_HEAD_MIN_WORD_SHARE):
# a few lines more than a title, a date and a caption, and the longer part of the page, as
# a column of sayings is not (its sayings are under its signatures).
POST_MIN_LINES = 4
# A reader's signature recurs: one "Name said:" is an interview's or a quote's.
RECURRING_SIGNATURES_MIN = 2
# A signature line is a name and a verb: a name of a few words ("Maura @ Lilac Lane
# Cottage"), so the whole line is at most this many words.
READER_SIGNATURE_MAX_WORDS = 9
# At most this share of the signatures have a line under them that goes on with the
# signature's sentence (`_goes_on_with`): a column's "Mama hat gesagt… / dass man nie mit
# nassen Haaren..." is one sentence over two lines, where a reader's comment under "kristie
# said..." is its own ("yea for finished projects!"); a share, not none, as a reader may
# open in lower case with a function word ("i love it").
CONTINUED_MAX_SHARE = 0.5
# A count in a blog's own words over the signatures ("2 peanuts:"): the count first, a colon
# last, on a line as short as a control row.
_COUNT_HEAD = re.compile(r"\d{1,4}\s[^:]{1,40}:")
# The ends of an "ellipsis" signature (`Language.reader_signature`'s ``end``).
_ELLIPSES = ("...", "…")
# An echoed signature (`_echoed_verb`) is a name of a few words and one verb: Blogger's
# "Anonym sa...", "thorvalda sa...", "Maura @ Lilac Lane sa..."; a two-word verb ("hat
# gesagt") is read by its last word. A longer line is a sentence trailing off.
ECHOED_SIGNATURE_MAX_WORDS = 5
# The echo is of readers: at least this many different names sign it (a column of one
# person's sayings, "Mama sa..." over each, is not a thread).
ECHOED_MIN_NAMES = 2
_ECHOED_SIGNATURE = re.compile(
    r"(?P<name>[^\W\d_][^.!?:]{0,40}?)\s+(?P<verb>[^\W\d_]+)\s*(?:\.\.\.|…)"
)
# A vox pop names each speaker with an age after a comma ("1. Oliver, 7, says:", "Léa, 10 ans,
# dit :", "Herbert Maier, 72, sagt:"); a reader signs with a name or a handle, never an age
# (precision22).
_AGE_AFTER_NAME = re.compile(r",\s*\d{1,3}\b")


def recurring_signatures_start(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts
) -> int | None:
    """The index where a thread of recurring reader signatures starts, or None.

    The signatures are read on the kept lines, from the end up: every gap between two is at
    most a comment's length (COMMENT_MAX_BLOCKS kept lines), and the last one's comment and
    the form's lines run to the end. A head just above the first signature, a thread head or
    a count in any words, starts the thread instead.

    >>> from corpusclean.detect.facts import Facts
    >>> from corpusclean.language import load_language
    >>> lines = ["We drove to the coast on Sunday and the children ran along the beach all day.",
    ...          "In the evening we ate fish and chips on the pier and watched the boats.",
    ...          "kristie said...", "Looks like so much fun!", "Jo said...", "Lovely photos."]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> keep = [Verdict(keep=True)] * len(blocks)
    >>> recurring_signatures_start(blocks, keep, Facts(load_language("en")))
    2
    """
    words = load_thread_words(facts.language.code)
    kept = [index for index, verdict in enumerate(verdicts) if verdict.keep]
    found, shape = _thread_signatures(blocks, kept, words)
    if not found:
        return None
    if not _comments_stand_apart(blocks, kept, found):
        return None
    headed = _headed_by_the_software(blocks, verdicts, kept, found[0], words)
    if shape in ("numbered", "echoed") and not headed:
        return None
    return _thread_start_above(blocks, kept, found[0], words, facts, headed)


def _thread_start_above(
    blocks: Sequence[Block],
    kept: Sequence[int],
    signature: int,
    words: Language,
    facts: Facts,
    headed: bool = False,
) -> int | None:
    """Where a thread whose first signature is at ``signature`` starts: at the thread's head
    right above it (`_head_above`), else at the signature unless a line above introduces it
    with a colon (`_introduced_above`: the post's own list of sayings); None too when no post
    stands above that start (`_post_above`)."""
    first = _head_above(blocks, kept, signature, words)
    if first is None:
        if _introduced_above(blocks, kept, signature):
            return None
        first = signature
    lines_above = sum(1 for index in kept if index < first)
    return first if _post_above(blocks, first, lines_above, facts, headed) else None


def _post_above(
    blocks: Sequence[Block], index: int, lines_above: int, facts: Facts, headed: bool = False
) -> bool:
    """Whether the post stands above ``index``: a prose paragraph and
    RECURRING_MIN_WORD_SHARE of the document's words, or, with no prose, POST_MIN_LINES kept
    lines and COUNTED_HEAD_MIN_WORD_SHARE of the words.

    Under the software's own thread head (``headed``: `_headed_by_the_software`, "7
    comentários:" removed or kept right over the signatures) a prose paragraph above is
    enough, whatever its share: the head and the signatures that recur under it to the end
    are two marks of the software, where the share guards a signature shape alone against
    a roundup or a column of sayings; and a blog's photo post of one paragraph is often a
    tenth of its readers' words (general33: a village feast in one paragraph of 55 words
    over six Blogger comments of 330).
    """
    above = blocks[:index]
    total = sum(block.words for block in blocks) or 1
    share = sum(block.words for block in above) / total
    if any(facts.each(prose, above)):
        return headed or share >= RECURRING_MIN_WORD_SHARE
    return lines_above >= POST_MIN_LINES and share >= COUNTED_HEAD_MIN_WORD_SHARE


def _thread_signatures(
    blocks: Sequence[Block], kept: Sequence[int], words: Language
) -> tuple[list[int], str | None]:
    """The thread's signatures, first to last, and their shape, or ``([], None)``.

    The known shapes first (`_signature_shape`); where they do not recur, an echoed verb
    (`_echoed_verb`), each verb of the kept lines tried from the end up, signed by
    ECHOED_MIN_NAMES names: a reader's comment may end on its own "Love it so...", which
    must not stand for the thread's verb.
    """
    found = _signatures_to_end(blocks, kept, lambda block: _signature_shape(block, words))
    if found is not None and len(found) >= RECURRING_SIGNATURES_MIN:
        return found, _signature_shape(blocks[found[0]], words)
    # The last signature stands within a comment and the form's lines of the end
    # (`_signatures_to_end`), so its verb is among these lines: a few lines a document.
    tail = kept[-(COMMENT_MAX_BLOCKS + COUNTED_HEAD_FORM_LINES + 1) :]
    verbs = [verb for index in reversed(tail) if (verb := _echoed_verb(blocks[index]))]
    for verb in dict.fromkeys(verbs):
        found = _signatures_to_end(blocks, kept, partial(_echo_of, verb))
        if found is not None and _echoed_by_readers(blocks, found):
            return found, "echoed"
    return [], None


def _signatures_to_end(
    blocks: Sequence[Block], kept: Sequence[int], shape_of: Callable[[Block], str | None]
) -> list[int] | None:
    """The kept signatures of one shape that run to the end, first to last, or None.

    Walks the kept lines up from the end: the last signature must stand within a comment and
    the form's lines of the end, and each one above it within a comment of the next. The
    walk stops at the first gap too long: the post is above it.
    """
    found: list[int] = []
    shape: str | None = None
    reach = COMMENT_MAX_BLOCKS + COUNTED_HEAD_FORM_LINES
    since = 0  # kept lines read since the last signature (or the end)
    for index in reversed(kept):
        kind = shape_of(blocks[index])
        if kind is not None and shape in (None, kind):
            shape, since = kind, 0
            found.append(index)
            reach = COMMENT_MAX_BLOCKS
            continue
        since += 1
        if since > reach:
            break
    return found[::-1] if found else None


def _signature_shape(block: Block, words: Language) -> str | None:
    """Which reader signature a line is: "ellipsis" ("kristie said..."), "numbered"
    ("1. Andria says:"), or None.

    >>> from corpusclean.language import load_thread_words
    >>> words = load_thread_words("en")
    >>> [_signature_shape(Block(t, 0, 1), words) for t in
    ...  ["Klaus hat gesagt…", "2. Megan says:", "Jane said:", "He said it was late..."]]
    ['ellipsis', 'numbered', None, None]
    """
    if block.words > READER_SIGNATURE_MAX_WORDS:
        return None
    text = block.text.strip()
    # A shape is told only of a line that opens with its number or ends with an ellipsis
    # (the pattern's ``number`` or ``end``, see below): two character tests answer the
    # other lines, where the pattern's failed match costs about 10 µs (issue #8).
    if not (text[:1].isdigit() or text.endswith(_ELLIPSES)):
        return None
    match = words.reader_signature.fullmatch(text)
    if match is None:
        return None
    if not _is_readers_name(match.group("name")):
        return None
    end = match.group("end")
    if match.group("number") is not None:
        return "numbered" if end != "..." and end != "…" else "ellipsis"
    return "ellipsis" if end is not None and end != ":" else None


def _echoed_verb(block: Block) -> str | None:
    """The verb of a short "Name verb..." line, lower-cased, whatever the language, or None.

    Blogger's signature in a language no list holds ("Syserine sa...", "Anonym sa..."): a
    name that opens with a letter and holds no sentence's stop, then one word and the
    ellipsis. The thread's signatures must echo one verb (`_signatures_to_end` reads the
    lines of one key), so a line alone says nothing; a role ("Der Bürgermeister ...") or an
    age ("Oliver, 7, ...") is refused as in `_signature_shape`.

    >>> [_echoed_verb(Block(t, 0, 1)) for t in ["Cloudberry sa...", "Gryda sa…",
    ...  "And so it goes...", "Kari sa: ja", "Wait for it..."]]
    ['sa', 'sa', None, None, 'it']
    """
    if block.words > ECHOED_SIGNATURE_MAX_WORDS or block.words < 2:
        return None
    text = block.text.strip()
    if not text.endswith(_ELLIPSES):
        return None
    match = _ECHOED_SIGNATURE.fullmatch(text)
    if match is None:
        return None
    if not _is_readers_name(match.group("name")):
        return None
    return match.group("verb").lower()


def _echo_of(verb: str, block: Block) -> str | None:
    """ "echoed" when ``block`` is an echoed signature with ``verb``, else None."""
    return "echoed" if _echoed_verb(block) == verb else None


def _echoed_by_readers(blocks: Sequence[Block], found: Sequence[int]) -> bool:
    """Whether echoed signatures recur (RECURRING_SIGNATURES_MIN) under ECHOED_MIN_NAMES
    different names ("Kari sa..." / "Siena sa..."; a column of one person's sayings is not
    a thread)."""
    names = {blocks[index].text.strip().rsplit(maxsplit=1)[0].lower() for index in found}
    return len(found) >= RECURRING_SIGNATURES_MIN and len(names) >= ECHOED_MIN_NAMES


def _goes_on_with(text: str) -> bool:
    """Whether a line goes on with the sentence of the line above it: it opens with an
    ellipsis, or with a function word of some shipped language in lower case ("dass man...",
    "that he would...", "que...").

    >>> _goes_on_with("dass man Brot nie auf den Rücken legt."), _goes_on_with("Love it!!")
    (True, False)
    """
    text = text.lstrip()
    if text.startswith(("...", "…")):
        return True
    first = text.split(maxsplit=1)[0] if text else ""
    return first[:1].islower() and first.strip(",.;:!?") in any_stopword()


def _comments_stand_apart(
    blocks: Sequence[Block], lines: Sequence[int], found: Sequence[int]
) -> bool:
    """Whether the lines right under the signatures ``found`` (among ``lines``, the indices
    read, in order), most of them, start their own sentence: a song's or a saying's "Mama
    said..." / "that you'd..." goes on with it (`_goes_on_with`, `CONTINUED_MAX_SHARE`)."""
    position = {index: at for at, index in enumerate(lines)}
    under = [lines[position[i] + 1] for i in found if position[i] + 1 < len(lines)]
    going_on = sum(_goes_on_with(blocks[index].text) for index in under)
    return going_on <= CONTINUED_MAX_SHARE * len(found)


def _is_readers_name(name: str) -> bool:
    """Whether a signature's name can be a reader's: no role (`_names_a_role`) and no age
    after it (`_AGE_AFTER_NAME`: "Oliver, 7, says:" is a vox pop's speaker)."""
    return not (_names_a_role(name) or _AGE_AFTER_NAME.search(name))


def _names_a_role(name: str) -> bool:
    """Whether a signature's name opens with a function word of some shipped language ("Der
    Bürgermeister", "Le maire", "the mayor", "And then he"): an article's reported speech,
    where a reader signs with a name or a handle ("kristie", "Andie Johnson").

    >>> _names_a_role("Der Bürgermeister"), _names_a_role("Blogger Heather")
    (True, False)
    """
    first = name.split(maxsplit=1)[0].lower()
    return first in any_stopword()


def _introduced_above(blocks: Sequence[Block], kept: Sequence[int], first: int) -> bool:
    """Whether the kept line just above the first signature, not a thread's head, ends in a
    colon: the article introduces what follows ("The chorus goes:", "Her favourites:", "Die
    Kinder sprachen mit:"), a song's lines or a list of quotes, where a blog's post ends on
    its own words and a thread opens under a head or none (precision22).

    >>> lines = ["The chorus goes:", "Mama said...", "Don't look back"]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> _introduced_above(blocks, [0, 1, 2], 1), _introduced_above(blocks, [1, 2], 1)
    (True, False)
    """
    position = kept.index(first)
    return position > 0 and blocks[kept[position - 1]].text.rstrip().endswith(":")


def _head_above(
    blocks: Sequence[Block], kept: Sequence[int], first: int, words: Language
) -> int | None:
    """The kept line just above the first signature when it heads the thread: a thread
    head's words ("Comments", "3 comments:") or a count in any words ("2 peanuts:")."""
    position = kept.index(first)
    if position == 0:
        return None
    above = kept[position - 1]
    block = blocks[above]
    if block.words > CONTROL_ROW_MAX_WORDS:
        return None
    if _is_thread_head(block, words) or _COUNT_HEAD.fullmatch(block.text.strip()):
        return above
    return None


def _headed_by_the_software(
    blocks: Sequence[Block],
    verdicts: Sequence[Verdict],
    kept: Sequence[int],
    first: int,
    words: Language,
) -> bool:
    """Whether the software's thread head stands between the post and the first numbered
    signature: the kept line right above it is a thread head in the thread words
    (`_is_thread_head`: "3 Comments", "Kommentare"), or a line between the two was removed
    by a rule as a thread's head ("Comments:", "Kommentare:"; not a writer's invitation,
    `tail._removed_as_thread`).

    "1. Marco says:" is an article's roundup's signature as much as a thread's ("We asked
    six chefs for their one rule for a good stock." over "1. Marco says:" / a tip / ...): a
    count in any words ("6 chefs, 6 rules:") is the article's as often, and a comment form
    under the signatures is on every page that takes comments, with none or many (roundup25).

    >>> from corpusclean.language import load_thread_words
    >>> lines = ["The story's last paragraph.", "3 Comments", "1. Andria says:", "so sweet"]
    >>> blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    >>> keep = [Verdict(keep=True)] * 4
    >>> words = load_thread_words("en")
    >>> _headed_by_the_software(blocks, keep, [0, 1, 2, 3], 2, words)
    True
    >>> _headed_by_the_software(blocks, keep, [0, 2, 3], 2, words)
    False
    """
    position = kept.index(first)
    above = kept[position - 1] if position > 0 else -1
    if above >= 0 and _is_thread_head(blocks[above], words):
        return True
    return any(_removed_as_thread(verdict) for verdict in verdicts[above + 1 : first])
