"""The rest scope (`Scope.REST`): whether a comment-section heading takes the rest of the
document as the readers' thread, or only its own line.

A heading takes the rest when a thread follows it (`thread_follows`: late in the document,
or a thread's own lines right under it). It keeps its line when it is the story's own
sub-heading (`keeps_story_heading`) or heads a section of the story's text over the thread's
counted heading (`over_story_text_run`); it takes only its line when it may be a site menu's
item with no thread under it (`may_be_menu_item`) or counts an empty thread over the page's
text (`announces_empty_thread`). Read apart from `detect.scopes`, which applies every scope
in order and calls these for a rest rule's hit, because the headings' readings share their
own thresholds; a listing's heads between its posts are read in `detect.listings`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from ..language import Language
from ..model import Block, Verdict
from ..rules import Rule, Scope
from ..text import PROSE_MIN_WORDS, ends_like_sentence, has_digit, key_words
from .lineshapes import BRACKETED_CONTROL, HEADING_MAX_WORDS, reads_as_text
from .verdicts import COMMENTS_FAMILY, removal_verdict

__all__ = [
    "REST_MIN_WORDS_BEFORE",
    "announces_empty_thread",
    "is_bare_heading_over_text",
    "keeps_story_heading",
    "may_be_menu_item",
    "names_what_follows",
    "over_story_text_run",
    "story_sub_headings",
    "take_rest",
    "thread_follows",
    "thread_under",
]

# A comment-section heading takes the rest of the document only when more than this share of
# the document's words comes before it (unless a thread's own lines are right under it:
# `thread_under`): a thread with nothing to show for it is where the page ends, and a
# counter or a link before the story's last third ("23 Comments" under the byline, "Leave a
# comment" or "Kommentare" between paragraphs) has the story going on below it. A share, so
# a long thread after a short story still needs evidence, never a position alone. On the
# dev sets every such heading without a thread line under it has 0.75 of the words or more
# before it; `benchmarks/junk_probe.py` puts one at the middle of a story in 7 languages.
REST_MIN_WORDS_BEFORE = 2 / 3
# A comment-section heading early in a document takes the rest when this many replies follow,
# or a comment rule hits one of the next THREAD_EVIDENCE_BLOCKS blocks (a control row under
# the heading: the story never goes on under a "Reply").
THREAD_MIN_GREETINGS = 2
THREAD_EVIDENCE_BLOCKS = 3
# The rules whose heading without a count is also a news site's menu item in the languages it
# is read in ("Komentáře", "Komentarze", "Kommentarer": a section of opinion pieces, listed in
# the site's header or footer menu): such a heading takes the rest only with a thread's evidence
# under it (`thread_under`), as one early in the document does; else only its own line goes.
# A count ("3 kommentarer:", "Komentáře: 5") is no menu item and takes the rest as before.
MENU_WORD_HEADINGS = frozenset({"platform_comments_heading"})
# A counted comment heading whose every figure is zero ("Commentaires (0)", "0 Comments", "0
# Kommentare") announces a thread with no comment in it: nothing under it is a reader's. When a
# paragraph of text stands anywhere under it, the page goes on with its own text (an extractor
# printing the story's comment widget above the story), so only
# the heading's line goes, and the lines under it are left to their own rules (a login form's
# line, a control). With no paragraph under it, the rest is the page's furniture and goes as
# before.
_FIGURE = regex.compile(r"\d+")
# A blog post's paragraph often closes on a smiley where a sentence would close on a full stop
# ("Maybe I should make another :)", "Sehr gut. 🙂"): a line of a paragraph's length ending
# in one is body text above a comment heading, though `facts.prose` (a sentence's end) misses it.
# ASCII faces whose eyes are ":" or ";" (a list item's "8)" or "appendix)" is no face), "^^",
# "xD" after a space, and the Unicode emoticon blocks; trailing spaces and brackets allowed.
_SMILEY_END = regex.compile(
    r"(?:[:;]-?[)(DPp]|(?<!\S)(?:[xX]D|\^_?\^)"
    "|[\u263a\U0001f600-\U0001f64f\U0001f910-\U0001f92f\U0001f970-\U0001f97a])"
    r"[)\s]*$"
)
# A comment heading of at most this many words with no number in it is a noun a story can head
# its own section with: "Reacties" over the politicians' reactions (NOS's "Reacties uit de
# Kamer"), "Kommentare" over the associations', "Vos réactions" over testimonies the paper
# gathered. A count ("23 Kommentare"), a call with its object ("Leave a reply", "Deja tu
# comentario") or a label of the widget ("Top Rated Comments") is the thread's and nothing
# else. Such a heading stays (`keeps_story_heading`) only with the story's shape around it.
STORY_HEADING_MAX_WORDS = 2
# A thread's counted heading under such a section is the count and the noun, a preposition and
# a word at most ("3 Comments", "23 reacties", "12 comments so far"); a line of prose with a
# figure and the word is the story's.
COUNTED_HEADING_MAX_WORDS = 4
# A sub-heading names what its section is about, and the story's first sentence under it says
# the word again ("Kommentare" / "Die Kommentare der Wirtschaftsverbände fielen ...", "Reacties"
# / "Uit de Tweede Kamer komen verdeelde reacties."); a reader's comment under a thread's
# heading talks about the story ("I am so pumped about this!"), not about comments. Words of
# at least this many letters: "Vos" or "All" names nothing.
NAMING_WORD_MIN_LETTERS = 4


def take_rest(blocks: Sequence[Block], start: int, rule: Rule, verdicts: list[Verdict]) -> None:
    """Remove every block after the heading at ``start`` as the thread's, certain, each
    keeping the rule that hit it first as its prior rule."""
    reason = f"part of the comment thread after {blocks[start].text!r}"
    for index in range(start + 1, len(blocks)):
        prior = verdicts[index].prior_rule
        verdicts[index] = attrs.evolve(
            removal_verdict(rule, reason, certain=True), prior_rule=prior
        )


def _words_before(blocks: Sequence[Block], index: int, total: int) -> float:
    return sum(block.words for block in blocks[:index]) / total if total else 0.0


def thread_follows(
    blocks: Sequence[Block],
    hits: Sequence[Rule | None],
    index: int,
    first_body: int,
    total: int,
    language: Language,
) -> bool:
    """Whether a comment-section heading at ``index`` starts a thread after the article.

    It must follow some body text, and either come after a good share of the words or have
    a thread right under it. Any heading can be a counter or a link printed near the top
    ("23 Comments", "Leave a comment", "Join the conversation" under a byline or after the
    standfirst) with the story going on below it; only a heading late in the document, or one
    whose next blocks are the thread's own (a reply greeting, a control or counter a
    comment rule knows), says that what follows is the thread.
    """
    if index <= first_body and not _smiley_paragraph_above(blocks, index):
        return False
    if _words_before(blocks, index, total) > REST_MIN_WORDS_BEFORE:
        return True
    return thread_under(blocks, hits, index, language)


def may_be_menu_item(block: Block, hit: Rule) -> bool:
    """Whether a rest rule's heading may be a site menu's item (`MENU_WORD_HEADINGS`, with no
    figure in it).

    >>> rule = Rule("platform_comments_heading", "comments", "x", "why", scope="rest")
    >>> may_be_menu_item(Block("Komentáře", 0, 1), rule)
    True
    >>> may_be_menu_item(Block("3 kommentarer:", 0, 1), rule)
    False
    """
    return hit.name in MENU_WORD_HEADINGS and not has_digit(block.text)


def _smiley_paragraph_above(blocks: Sequence[Block], index: int) -> bool:
    """Whether a block above ``index`` is a paragraph that closes on a smiley (`_SMILEY_END`):
    a blog post's body text where no line ends like a sentence. Read only for a comment
    heading with no prose above it (rare), so the test costs nothing elsewhere.

    >>> post = "This one only took five years to finish and I love the colors on it :)"
    >>> blocks = [Block(post, 0, 1), Block("1 comment:", 1, 2)]
    >>> _smiley_paragraph_above(blocks, 1), _smiley_paragraph_above(blocks, 0)
    (True, False)
    """
    return any(
        block.words >= PROSE_MIN_WORDS and _SMILEY_END.search(block.text) is not None
        for block in blocks[:index]
    )


def thread_under(
    blocks: Sequence[Block], hits: Sequence[Rule | None], index: int, language: Language
) -> bool:
    """Whether the blocks right under a heading are a thread's: within `THREAD_EVIDENCE_BLOCKS`
    of it, a comment rule's hit (a control row, a counter: "Reply", "Load more comments"),
    a link label in brackets right under it ("(View all)", "[Sort by newest]": a control,
    where the story would go on in prose), or two reply greetings ("Hi Milan,") in the rest
    of the document."""
    window = range(index + 1, min(len(blocks), index + 1 + THREAD_EVIDENCE_BLOCKS))
    if any((hit := hits[i]) is not None and hit.family == COMMENTS_FAMILY for i in window):
        return True
    if index + 1 < len(blocks) and BRACKETED_CONTROL.fullmatch(blocks[index + 1].text):
        return True
    greetings = sum(1 for block in blocks[index + 1 :] if language.greeting.fullmatch(block.text))
    return greetings >= THREAD_MIN_GREETINGS


def announces_empty_thread(blocks: Sequence[Block], is_prose: Sequence[bool], index: int) -> bool:
    """Whether a comment heading counts zero comments (every figure in it is 0) and a paragraph
    stands under it: the thread it heads is empty, so the text under it is the page's own.

    >>> story = "Le club a fêté ses trente ans samedi soir avec ses membres et le maire."
    >>> blocks = [Block("Commentaires (0)", 0, 1), Block(story, 1, 2)]
    >>> announces_empty_thread(blocks, [False, True], 0)
    True
    >>> blocks[0] = Block("Commentaires (10)", 0, 1)
    >>> announces_empty_thread(blocks, [False, True], 0)
    False
    >>> blocks[0] = Block("0 Comments", 0, 1)
    >>> announces_empty_thread(blocks, [False, False], 0)  # no paragraph under it
    False
    """
    figures = _FIGURE.findall(blocks[index].text)
    if not figures or any(int(figure) for figure in figures):
        return False
    return any(is_prose[index + 1 :])


def story_sub_headings(
    blocks: Sequence[Block], hits: Sequence[Rule | None], is_prose: Sequence[bool]
) -> list[int]:
    """The blocks shaped like the story's own sub-headings: a short line no rule knows, ending
    no sentence, with the story's text (`reads_as_text`) right above and right below it."""
    return [
        index
        for index in range(1, len(blocks) - 1)
        if hits[index] is None
        and blocks[index].words <= HEADING_MAX_WORDS
        and not ends_like_sentence(blocks[index].text)
        and reads_as_text(blocks, is_prose, index - 1)
        and reads_as_text(blocks, is_prose, index + 1)
    ]


def names_what_follows(heading: str, text: str) -> bool:
    """Whether a word of the heading (`NAMING_WORD_MIN_LETTERS`) recurs in the text under it.

    >>> names_what_follows("Kommentare", "Die Kommentare der Verbände fielen scharf aus.")
    True
    >>> names_what_follows("Comments", "I am so pumped about this! It fills a gap.")
    False
    """
    named = {word for word in key_words(heading) if len(word) >= NAMING_WORD_MIN_LETTERS}
    return any(word in named for word in key_words(text))


def is_bare_heading_over_text(
    blocks: Sequence[Block], is_prose: Sequence[bool], index: int
) -> bool:
    """Whether a comment heading at ``index`` is bare (`STORY_HEADING_MAX_WORDS`, no number),
    stands between two blocks of the story's text (`reads_as_text`) and says a word the text
    under it says again (`names_what_follows`): the shape a story's sub-heading has too.
    A cheap screen, read before the document's sub-headings are looked for."""
    block = blocks[index]
    return (
        block.words <= STORY_HEADING_MAX_WORDS
        and not has_digit(block.text)
        and 0 < index < len(blocks) - 1
        and reads_as_text(blocks, is_prose, index - 1)
        and reads_as_text(blocks, is_prose, index + 1)
        and names_what_follows(block.text, blocks[index + 1].text)
    )


def _story_goes_on_under(
    blocks: Sequence[Block], hits: Sequence[Rule | None], is_prose: Sequence[bool], index: int
) -> bool:
    """Whether everything under block ``index`` is the story's text, or a line another
    family's rule removes anyway (a share row, tags): a thread's signature line or short
    comment ends the reading. Stops at the first other line: the next comment heading at the
    latest, so reading every heading of a document stays linear."""
    return all(
        reads_as_text(blocks, is_prose, i)
        or ((hit := hits[i]) is not None and hit.family != COMMENTS_FAMILY)
        for i in range(index + 1, len(blocks))
    )


def over_story_text_run(
    blocks: Sequence[Block],
    hits: Sequence[Rule | None],
    is_prose: Sequence[bool],
    index: int,
    scope: Sequence[Block],
) -> bool:
    """Whether a bare comment heading (`STORY_HEADING_MAX_WORDS`, no figure) between two blocks
    of the story's text (`reads_as_text`) heads a section of the story's own: the next line
    a comment rule knows under it is a counted heading, the readers' thread coming after the
    section.

    A recipe's "Comments" over the chef's two notes, then "3 Comments" and the readers'
    thread; "Reacties" over the quoted reactions, then the share row and "23 reacties". A
    thread's lines under a bare heading reach a control, a status or a form first ("Reply",
    "Comments are closed.", "Leave a Reply"), and the heading goes as before; so does one
    with no comment rule's line under it to the document's end (a reader's comment over the
    footer, the dev set's GiveWell post, or the story going on under a link between its
    paragraphs: then only the heading's line). A heading under a headline or a byline (a
    counter's link, "comments" above the standfirst) is no sub-heading. ``scope``: the blocks
    every round's blocks are some of (`Facts.scope`, or the round's own).

    >>> rule = Rule("comment_section", "comments", "x", "why", scope="rest")
    >>> note = "Chef's note: fresh lasagne sheets work just as well as the tubes."
    >>> blocks = [Block(note, 0, 1), Block("Comments", 1, 2), Block(note, 2, 3)]
    >>> blocks.append(Block("3 Comments", 3, 4))
    >>> run = over_story_text_run
    >>> run(blocks, [None, rule, None, rule], [True, False, True, False], 1, blocks)
    True
    >>> blocks[3] = Block("Reply", 3, 4)
    >>> reply = Rule("comment_widget", "comments", "x", "why")
    >>> run(blocks, [None, rule, None, reply], [True, False, True, False], 1, blocks)
    False
    >>> run(blocks[:3], [None, rule, None], [True, False, True], 1, blocks)  # the end
    False
    >>> counted = [*blocks[:3], Block("3 Comments", 3, 4)]
    >>> run(blocks[:3], [None, rule, None], [True, False, True], 1, counted)  # a later round
    True
    """
    block = blocks[index]
    if block.words > STORY_HEADING_MAX_WORDS or has_digit(block.text):
        return False
    if not 0 < index < len(blocks) - 1:
        return False
    if not (
        reads_as_text(blocks, is_prose, index - 1) and reads_as_text(blocks, is_prose, index + 1)
    ):
        return False
    for i in range(index + 2, len(blocks)):
        hit = hits[i]
        if hit is not None and hit.family == COMMENTS_FAMILY:
            return hit.scope is Scope.REST and has_digit(blocks[i].text)
    # The round's end: a later round reads only the lines an earlier one did not settle, and
    # the counted heading that closed the section may be gone from it; the scope still holds it.
    end = blocks[-1].end
    return any(later.start >= end and _counts_heading_word(later, block.text) for later in scope)


def _counts_heading_word(block: Block, heading: str) -> bool:
    """Whether a short line counts what the heading names ("3 Comments" under "Comments",
    "23 reacties" under "Reacties"): a figure and the heading's word (`names_what_follows`).

    >>> _counts_heading_word(Block("3 Comments", 0, 1), "Comments")
    True
    >>> _counts_heading_word(Block("Anna Berg says: 2 April", 0, 1), "Comments")
    False
    """
    return (
        block.words <= COUNTED_HEADING_MAX_WORDS
        and has_digit(block.text)
        and names_what_follows(heading, block.text)
    )


def keeps_story_heading(
    blocks: Sequence[Block],
    hits: Sequence[Rule | None],
    is_prose: Sequence[bool],
    where: tuple[int, int],
    sub_headings: Sequence[int],
    language: Language,
) -> bool:
    """Whether a bare comment heading (`is_bare_heading_over_text`) at ``where`` (its index,
    and the document's words) is the story's sub-heading, not a thread's.

    The story has a sub-heading of its own elsewhere (``sub_headings``, `story_sub_headings`),
    and no thread's line stands under the heading (`thread_under`): a thread opens on a
    signature, a date, a control or a short comment. A link or a thread's heading between two
    paragraphs of a story without sub-headings still goes. When the heading comes late
    (`REST_MIN_WORDS_BEFORE`), all of what is under it must be the story's
    (`_story_goes_on_under`); earlier the story goes on below it whatever it is, and only the
    heading's own line is at stake.
    """
    index, total = where
    if not any(other != index for other in sub_headings):
        return False
    if thread_under(blocks, hits, index, language):
        return False
    late = _words_before(blocks, index, total) > REST_MIN_WORDS_BEFORE
    return not late or _story_goes_on_under(blocks, hits, is_prose, index)
