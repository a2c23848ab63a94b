"""`detect.bio.mark_author_bio` against its first-written reading (issue #8, pagethread38).

The detector lists only the last kept blocks it reads (all of them when a reading needs
them), keeps the page walk's answer for a bio by the bio (`_page_credits`), and reads the
round's verdicts for a byline's only; the reference lists every kept block each round and
walks the page each time. Both run every round of generated pages, each with its own
`Facts`, the rounds of one page sharing it, as a run's rounds do.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from corpusclean.detect import bio
from corpusclean.detect.facts import Facts, prose
from corpusclean.language import load_language
from corpusclean.model import KEEP, Block, Verdict
from strategies import examples

STORY = [
    "A New York man pleaded guilty on Tuesday to threatening to kill a member of Congress "
    "in a call to her office in Washington, prosecutors said.",
    "He faces up to ten years in prison when he is sentenced in March, and he remains in "
    "custody until then, the court said in a statement.",
    "The man had a loaded handgun and other weapons in his home when he was arrested.",
]
LINES = (
    "By Phil Helsel",
    "Phil Helsel",
    "About Phil Helsel",
    "Phil Helsel is a reporter for NBC News.",
    "Jane Doe",
    "Jane Doe is a singer from Ohio who has toured with the band since 2010.",
    "By Jane Doe and Phil Helsel",
    "Sign up for our newsletter",
    "Home",
    "South Korea",
    "South Korea also hosts several polysilicon manufacturers, the ministry said.",
)
VERDICTS = (
    KEEP,
    KEEP,
    KEEP,
    Verdict(keep=False, rule="byline", family="attribution"),
    Verdict(keep=True, prior_rule="byline"),
    Verdict(keep=False, rule="share_row", family="social"),
)


def _reference_credited(
    blocks: Sequence[Block],
    verdicts: Sequence[Verdict],
    bio_block: Block,
    facts: Facts,
    name: tuple[str, ...],
) -> bool:
    for block, verdict in zip(blocks, verdicts, strict=True):
        if block.start >= bio_block.start:
            break
        if bio._credits(facts.of(bio._credit_words, block), verdict, name):
            return True
    for block in facts.whole or ():
        if block.start >= bio_block.start:
            break
        if bio._credits(facts.of(bio._credit_words, block), KEEP, name):
            return True
    return False


def _reference_bio_at(
    blocks: Sequence[Block],
    verdicts: Sequence[Verdict],
    kept: Sequence[int],
    position: int,
    facts: Facts,
) -> list[int]:
    index = kept[position]
    block = blocks[index]
    if not bio.BIO_MIN_WORDS <= block.words <= bio.BIO_MAX_WORDS:
        return []
    if not bio.ends_like_sentence(block.text):
        return []
    above = kept[position - 1] if position else None
    if above is not None:
        about = facts.of(bio._about_name, blocks[above])
        opening = block.text.split()[: bio.HEADED_NAME_WITHIN_WORDS]
        if about and bio._holds(bio._words(" ".join(opening)), about):
            return [above, index]
    name = facts.of(bio.opening_name, block)
    if not name:
        return []
    below = kept[position + 1] if position + 1 < len(kept) else None
    beside = [
        i
        for i in (above, below)
        if i is not None and facts.of(bio._credit_words, blocks[i]) == name
    ]
    if beside and bio._list_pairs(blocks, kept, facts) < bio.LIST_MIN_PAIRS:
        return sorted([index, *beside])
    if _reference_credited(blocks, verdicts, block, facts, name):
        return sorted([index, *beside])
    return []


def reference_mark_author_bio(
    blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts
) -> None:
    """`mark_author_bio` as first written."""
    if not facts.page_text:
        return
    kept = [index for index, verdict in enumerate(verdicts) if verdict.keep]
    last = len(kept) - 1
    for position in range(last, max(last - bio.BIO_MAX_BLOCKS_AFTER, 0) - 1, -1):
        if not verdicts[kept[position]].keep:
            continue
        found = _reference_bio_at(blocks, verdicts, kept, position, facts)
        if not found:
            continue
        above = [i for i in kept if i < found[0]]
        if sum(facts.each(prose, [blocks[i] for i in above])) < bio.ARTICLE_MIN_PROSE:
            return
        for index in found:
            verdicts[index] = bio._VERDICT


page_lines = st.lists(st.sampled_from((*LINES, *STORY)), max_size=14)


@given(
    page_lines,
    st.lists(st.lists(st.booleans(), max_size=16), min_size=1, max_size=3),
    st.lists(st.sampled_from(VERDICTS), max_size=16),
)
@settings(max_examples=examples(400))
@example(["By Phil Helsel", *STORY, "Phil Helsel is a reporter for NBC News."], [[]], [])
@example([*STORY, "About Phil Helsel", "Phil Helsel is a reporter for NBC News."], [[]], [])
@example(
    ["Home", "By Phil Helsel", *STORY, "Phil Helsel is a reporter for NBC News.", "Home"],
    [[True, False], []],
    [],
)
@example(
    [*STORY, "Phil Helsel is a reporter for NBC News.", "By Jane Doe and Phil Helsel"],
    [[]],
    [KEEP, KEEP, KEEP, KEEP, Verdict(keep=True, prior_rule="byline")],
)
def test_the_bio_detector_answers_as_first_written(
    lines: list[str], rounds: list[list[bool]], marks: list[Verdict]
) -> None:
    document = [Block(text, i, i + 1) for i, text in enumerate(lines)]
    language = load_language("en")
    facts, reference = Facts(language, document), Facts(language, document)
    facts.page_text = reference.page_text = True
    for keep in rounds:
        some = [b for b, k in zip(document, keep + [True] * len(document), strict=False) if k]
        verdicts = [*marks, *[KEEP] * len(some)][: len(some)]
        marked, expected = list(verdicts), list(verdicts)
        bio.mark_author_bio(some, marked, facts)
        reference_mark_author_bio(some, expected, reference)
        assert marked == expected
        event("removed" if marked != verdicts else "kept")
