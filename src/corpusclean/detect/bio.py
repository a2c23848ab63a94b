"""The author-bio detector: the writer's bio that a page prints after the story.

A page closes a story with a box about its writer: the name, then one paragraph ("Phil
Helsel is a reporter for NBC News.", "Louise Matsakis is a Staff Writer at WIRED covering
Amazon ...", under "Über Moritz Bachmann": "Als Inbound Sales Manager bildet Moritz
Bachmann ..."). Its evidence holds on any site and in any language: the paragraph names a
person whose name the page also prints as a credit (a byline in the story's header, a name
line or an "About <name>" heading right above the paragraph), it stands among the last
kept blocks, and it is the only one of its kind.

Read only on the text of a whole page (`Facts.page_text`): an extractor's choice of text
may keep the bio as the article's (the Readability set's gold does, the Scrapinghub set's
does not), and a whole page is where the box is furniture printed around every story.

False-positive risks and their guards: a story that ends with a paragraph opening with a
person's name that the page also prints short (a profile's subject in a caption or a tag,
"Denzel Ward is still waiting ..."): the paragraph must open with a full name of
`BIO_NAME_MIN_WORDS` capitalised words or more followed by a lower-case word (a verb, not a
list's colon), the credit must be the page's byline in the story's header or a credit
line right beside the paragraph, and the story must stand above it (`ARTICLE_MIN_PROSE`
prose blocks). A list of people in the story, each under its name ("Jane Doe" / "Jane Doe is
a ..."), prints that pair again and again: with `LIST_MIN_PAIRS` such pairs on the page, a
name line beside a paragraph is no evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import islice, pairwise

from ..language import Language, any_stopword, load_profile_words
from ..model import KEEP, Block, Verdict
from ..text import ends_like_sentence
from .facts import Facts, prose

__all__ = ["mark_author_bio"]

NAME = "author_bio"
FAMILY = "attribution"

# A writer's name is a first and a last name at least (one capitalised word opens any
# sentence) and rarely more than four words ("Rachael Link", "Alina Petre Ana Maria").
BIO_NAME_MIN_WORDS = 2
BIO_NAME_MAX_WORDS = 4
# A credit line is short: "By Phil Helsel", "Phil Helsel", "About Brigit Katz", "By Stella
# Kim and Jennifer Jett", "Von Moritz Bachmann".
CREDIT_MAX_WORDS = 8
# A bio is one paragraph, a sentence at least ("Phil Helsel is a reporter for NBC News.": 8
# words, shorter than prose); a longer block naming the writer is the story's own.
BIO_MIN_WORDS = 6
BIO_MAX_WORDS = 150
# Under an "About <name>" heading the bio may name the writer a little later ("Als Inbound
# Sales Manager bildet Moritz Bachmann ...", "Pai de Francesco ..., Carlos Nadalim é ..."):
# the name is looked for in this many first words.
HEADED_NAME_WITHIN_WORDS = 25
# The bio ends the page's text: at most this many kept blocks stand below it (a sign-up
# pitch, the site's promos, a name line).
BIO_MAX_BLOCKS_AFTER = 3
# The story stands above the bio: at least this many kept prose blocks.
ARTICLE_MIN_PROSE = 2
# A story that is a list of people prints a name line over a paragraph that opens with the
# name once per person: this many such pairs on a page make a name line no evidence.
LIST_MIN_PAIRS = 2

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_POSSESSIVE = re.compile(r"['’]s$")


def _words(text: str) -> list[str]:
    """The words of a line, case-folded, without a possessive ("Wall's" -> "wall")."""
    return [_POSSESSIVE.sub("", w).casefold() for w in _WORD.findall(text)]


def opening_name(block: Block, _language: Language) -> tuple[str, ...]:
    """The full name a paragraph opens with, case-folded, or () (a block fact).

    A run of `BIO_NAME_MIN_WORDS` to `BIO_NAME_MAX_WORDS` capitalised words that are no
    function word, then a lower-case word (the bio's verb):

    >>> from corpusclean.language import load_language
    >>> opening_name(Block("Phil Helsel is a reporter for NBC News.", 0, 1), None)
    ('phil', 'helsel')
    >>> opening_name(Block("The House voted on Tuesday.", 0, 1), None)
    ()
    >>> opening_name(Block("Jane Doe: I was there.", 0, 1), None)
    ()
    """
    text = block.text[:160]
    found = list(islice(_WORD.finditer(text), BIO_NAME_MAX_WORDS + 1))
    stop = any_stopword()
    size = 0
    for word in found:
        if not word.group()[0].isupper() or word.group().casefold() in stop:
            break
        size += 1
    if not BIO_NAME_MIN_WORDS <= size <= BIO_NAME_MAX_WORDS or size == len(found):
        return ()
    # The name's words are next to each other, and a lower-case word follows at once.
    between = [text[a.end() : b.start()] for a, b in pairwise(found[: size + 1])]
    if any(gap != " " for gap in between) or not found[size].group()[0].islower():
        return ()
    return tuple(_words(text[found[0].start() : found[size - 1].end()]))


def _credit_shaped(block: Block) -> bool:
    """Whether a block is as short as a credit line and ends no sentence."""
    return block.words <= CREDIT_MAX_WORDS and not ends_like_sentence(block.text)


def _credit_words(block: Block, _language: Language) -> tuple[str, ...]:
    """A short credit line's words, case-folded, or () for any other block (a block fact)."""
    return tuple(_words(block.text)) if _credit_shaped(block) else ()


def _about_name(block: Block, _language: Language) -> tuple[str, ...]:
    """The name under an "About <name>" heading ("Über Moritz Bachmann"), or ()."""
    if not _credit_shaped(block):
        return ()
    if load_profile_words().about_heading.fullmatch(block.text) is None:
        return ()
    name = [w for w in block.text.split()[1:] if w[:1].isupper()]
    if not BIO_NAME_MIN_WORDS <= len(name) <= BIO_NAME_MAX_WORDS:
        return ()
    return tuple(_words(" ".join(name)))


def _holds(words: Sequence[str], name: Sequence[str]) -> bool:
    """Whether ``name`` is a run of ``words``."""
    size = len(name)
    return any(tuple(words[i : i + size]) == tuple(name) for i in range(len(words) - size + 1))


def _list_pairs(blocks: Sequence[Block], kept: Sequence[int], facts: Facts) -> int:
    """How many kept paragraphs open with the name printed alone on the block above them."""
    pairs = 0
    for above, below in pairwise(kept):
        name = facts.of(opening_name, blocks[below])
        if name and facts.of(_credit_words, blocks[above]) == name:
            pairs += 1
    return pairs


def _credits(words: tuple[str, ...], verdict: Verdict, name: tuple[str, ...]) -> bool:
    """Whether a short line whose words (`_credit_words`) are ``words`` credits ``name``:
    the name after one word ("By Phil Helsel", "Von ..."), or a byline a rule knows that
    holds it ("By Stella Kim and Jennifer Jett"). A name alone is no byline: a page prints
    places and people alone as tags and captions ("South Korea" over a story whose last
    paragraph opens "South Korea also hosts ..."). Any other block has no words: no credit."""
    if words[1:] == name:
        return True
    return "byline" in (verdict.rule, verdict.prior_rule) and _holds(words, name)


def _credited(
    blocks: Sequence[Block],
    verdicts: Sequence[Verdict],
    bio: Block,
    facts: Facts,
    name: tuple[str, ...],
) -> bool:
    """Whether the page prints ``name`` as a credit above ``bio``: among the round's blocks,
    or among the page's as segmented (the page classifier may have dropped the byline,
    which is still the page's evidence)."""
    if facts.whole is not None:
        credited = facts.once(_page_credits)
        if bio.start not in credited:
            credited[bio.start] = _credited_on_page(bio, facts, name)
        if credited[bio.start]:
            return True
    # A round's block is one of the page's, read above with no verdict (a credit by its
    # words alone): only a byline's verdict can credit the name here besides.
    bylines_only = facts.whole is not None
    for block, verdict in zip(blocks, verdicts, strict=True):
        if block.start >= bio.start:
            break
        if bylines_only and "byline" not in (verdict.rule, verdict.prior_rule):
            continue
        if _credits(facts.of(_credit_words, block), verdict, name):
            return True
    return False


def _page_credits(_facts: Facts) -> dict[int, bool]:
    """The document's store of `_credited_on_page` answers, by the bio's first input line:
    empty at first, filled as the rounds ask (`Facts.once` keeps it). The answer reads the
    page's blocks, the bio and its name (`opening_name`, a fact of the bio alone), none of
    which a round changes, and the same bio is asked again each round (issue #8: 94 walks
    of the page on the dev full pages for 57 bios)."""
    return {}


def _credited_on_page(bio: Block, facts: Facts, name: tuple[str, ...]) -> bool:
    """Whether a block of the page as segmented above ``bio``, kept or dropped, credits
    ``name``."""
    for block in facts.whole or ():
        if block.start >= bio.start:
            break
        if _credits(facts.of(_credit_words, block), KEEP, name):
            return True
    return False


def _bio_at(
    blocks: Sequence[Block],
    verdicts: Sequence[Verdict],
    kept: Sequence[int],
    position: int,
    facts: Facts,
    every_kept: Callable[[], list[int]],
) -> list[int]:
    """The blocks of a bio whose paragraph is the ``position``-th of ``kept`` (the last kept
    blocks, in order), or []; ``every_kept`` lists all of them."""
    index = kept[position]
    block = blocks[index]
    if not BIO_MIN_WORDS <= block.words <= BIO_MAX_WORDS or not ends_like_sentence(block.text):
        return []
    above = kept[position - 1] if position else None
    if above is not None:
        about = facts.of(_about_name, blocks[above])
        # The paragraph's opening words only under an "About" heading (most blocks have
        # none): the test runs every round on the last kept blocks.
        if about and _holds(_words(" ".join(block.text.split()[:HEADED_NAME_WITHIN_WORDS])), about):
            return [above, index]
    name = facts.of(opening_name, block)
    if not name:
        return []
    below = kept[position + 1] if position + 1 < len(kept) else None
    beside = [
        i for i in (above, below) if i is not None and facts.of(_credit_words, blocks[i]) == name
    ]
    if beside and _list_pairs(blocks, every_kept(), facts) < LIST_MIN_PAIRS:
        return sorted([index, *beside])
    if _credited(blocks, verdicts, block, facts, name):
        return sorted([index, *beside])
    return []


def mark_author_bio(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove the writer's bio among the last kept blocks of a page (and its name line).

    Read from the end up over the last `BIO_MAX_BLOCKS_AFTER` + 1 kept blocks; each bio
    found goes (two writers print two). Ambiguous: the removal budget applies.
    """
    if not facts.page_text:
        return
    # The kept blocks read: the last BIO_MAX_BLOCKS_AFTER + 1 and the one above them, found
    # from the end (issue #8: every kept block was listed each round); all of them only
    # when a reading needs them, listed before this round removes any (see below).
    kept = _last_kept(verdicts, BIO_MAX_BLOCKS_AFTER + 2)
    listed: list[list[int]] = []

    def every_kept() -> list[int]:
        if not listed:
            listed.append([index for index, verdict in enumerate(verdicts) if verdict.keep])
        return listed[0]

    last = len(kept) - 1
    for position in range(last, max(last - BIO_MAX_BLOCKS_AFTER, 0) - 1, -1):
        if not verdicts[kept[position]].keep:
            continue
        found = _bio_at(blocks, verdicts, kept, position, facts, every_kept)
        if not found:
            continue
        # Listed here at the latest, before the removals below: as the round gave them.
        above = [i for i in every_kept() if i < found[0]]
        if sum(facts.each(prose, [blocks[i] for i in above])) < ARTICLE_MIN_PROSE:
            return
        for index in found:
            verdicts[index] = _VERDICT


_VERDICT = Verdict(
    keep=False,
    rule=NAME,
    reason="the writer's bio after the story (a paragraph naming the person the page "
    "credits in a byline, a name line or an 'About ...' heading)",
    family=FAMILY,
)


def _last_kept(verdicts: Sequence[Verdict], count: int) -> list[int]:
    """The indexes of the last ``count`` kept verdicts (all, when fewer), in order.

    >>> gone = Verdict(keep=False, rule="share_row")
    >>> _last_kept([KEEP, gone, KEEP, KEEP], 2), _last_kept([gone, KEEP], 3)
    ([2, 3], [1])
    """
    found: list[int] = []
    for index in range(len(verdicts) - 1, -1, -1):
        if verdicts[index].keep:
            found.append(index)
            if len(found) == count:
                break
    return found[::-1]
