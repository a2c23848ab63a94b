"""The pair finders read once a document (issue #8, dedupe41): `dedupe.within.pair_finders`.

The five finders that compare a block with every other (quote boxes, excerpt boxes, embeds'
fallback lines, copies without accents, copies with footnote markers) run in a round only
when they find a copy among the blocks every round's blocks are some of (the document's, or
what the page classifier first kept). The claim: among any of those blocks, in their order,
the finders so screened find what every finder run finds. Checked here against the finders
run in every round (the reference, `EVERY_PAIR_FINDER`), on documents that mix each kind of
copy with lines that only look like one, read whole and as random subsequences (a round's
blocks: what the rounds before kept), with or without a title.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from corpusclean.dedupe import within
from corpusclean.dedupe.within import EVERY_PAIR_FINDER, PairFinders, altered, pair_finders
from corpusclean.model import Block
from strategies import distinct_paragraphs, headings

MIN_WORDS = 12
SPEAKER = "Jane Roe, engineer"


def _first_sentence(paragraph: str) -> str:
    return paragraph.split(". ")[0].rstrip(".") + "."


def _quote_box(paragraph: str) -> str:
    return f"“{_first_sentence(paragraph)}” — {SPEAKER}"


def _speaker_box(paragraph: str) -> str:
    return f"{SPEAKER}: “{_first_sentence(paragraph)}”"


def _cut_quote(paragraph: str) -> str:
    words = paragraph.split()
    return f"“{' '.join(words[:4])} … {' '.join(words[-4:])}”"


def _embed(paragraph: str) -> str:
    return f"{paragraph} pic.twitter.com/x7Qp — City Council (@City) December 2, 2026"


def _footnoted(paragraph: str) -> str:
    words = paragraph.split()
    words[len(words) // 2] += "[1]"
    return " ".join(words)


def _accented(paragraph: str) -> str:
    return paragraph.replace("e", "é").replace("a", "á")


def _short(paragraph: str) -> str:
    """A short block: a copy of it counts only beside a copied paragraph."""
    return " ".join(paragraph.split()[:5])


def _spaced_box(paragraph: str) -> str:
    """A box with spaces around it: the screens read a text without them."""
    return f" \t{_quote_box(paragraph)}  " if len(paragraph) % 2 else f"{_speaker_box(paragraph)} "


COPIES = (_quote_box, _speaker_box, _cut_quote, _embed, _footnoted, _short, _spaced_box)
# Lines that hold what a copy holds and copy nothing.
NOISE = (
    "“Nobody expected the bridge to close for a whole month this year.” — Tim Doe",
    "Mayor: “We will rebuild the whole harbour front before the summer.”",
    "“Nobody expected … the bridge to close this year.”",
    "Follow us (@City)",
    "See note [2]",
    "Café du Monde",
    "Cafe du Monde",
)


@st.composite
def paired_documents(draw: st.DrawFn) -> tuple[list[Block], int | None, list[Block]]:
    """A document's blocks with its paragraphs printed again as the pair finders' copies,
    some accented and printed again without accents, lines that only look like copies,
    and one of its subsequences (a round's blocks); a title or none."""
    plain = draw(distinct_paragraphs(min_size=2, max_size=5))
    accents = draw(st.booleans())
    story = [_accented(p) for p in plain] if accents else plain
    texts = [draw(headings), *story]
    for at in draw(st.lists(st.integers(0, len(story) - 1), max_size=4)):
        copy = draw(st.sampled_from(COPIES))(draw(st.sampled_from((story, plain)))[at])
        texts.insert(draw(st.integers(1, len(texts))), copy)
    if draw(st.booleans()):  # a short block beside a paragraph, printed again without accents
        at = draw(st.integers(0, len(story) - 1))
        texts += [_short(plain[at]), plain[at]]
    for noise in draw(st.lists(st.sampled_from(NOISE), max_size=3)):
        texts.insert(draw(st.integers(0, len(texts))), noise)
    blocks = [Block(text, i, i + 1) for i, text in enumerate(texts)]
    kept = [block for block in blocks if draw(st.integers(0, 3))]  # about three in four
    title = draw(st.sampled_from((None, 0)))
    return blocks, title, kept


@given(paired_documents())
def test_screened_unkeyed_copies_are_every_finders_on_any_round(
    document: tuple[list[Block], int | None, list[Block]],
) -> None:
    blocks, title, kept = document
    pairs = pair_finders(blocks)
    for round_blocks in (blocks, kept):
        assert within.find_unkeyed_copies(
            round_blocks, title, MIN_WORDS, pairs
        ) == within.find_unkeyed_copies(round_blocks, title, MIN_WORDS, EVERY_PAIR_FINDER)
        assert within.find_duplicates(
            round_blocks, title, MIN_WORDS, pairs=pairs
        ) == within.find_duplicates(round_blocks, title, MIN_WORDS)


@given(paired_documents())
def test_a_pair_finder_that_finds_a_copy_in_a_round_is_kept(
    document: tuple[list[Block], int | None, list[Block]],
) -> None:
    """Finder by finder: a copy found among a round's blocks means `pair_finders` of the
    document runs that finder (the screen is a necessary condition, as its proof says)."""
    blocks, title, kept = document
    pairs = pair_finders(blocks)
    for round_blocks in (blocks, kept):
        if within.find_quote_box_copies(round_blocks):
            assert pairs.quote_boxes
        if within.find_excerpt_box_copies(round_blocks, title):
            assert pairs.excerpt_boxes
        if within.find_embed_fallback_copies(round_blocks):
            assert pairs.embeds
        if within.find_unaccented_copies(round_blocks, MIN_WORDS):
            assert pairs.unaccented
        if within.find_footnoted_copies(round_blocks, MIN_WORDS):
            assert pairs.footnoted


def test_each_pair_finder_is_kept_for_its_copy_and_left_without_one() -> None:
    """Each flag is set by its own kind of copy, and none by lines that only look like one
    (a test that cannot fail is a defect: here, a screen that always runs every finder)."""
    story = (
        "The council said on Tuesday that the new bus plan would take effect next year."
        " More buses will run on Saturdays and the centre will stay closed to cars."
    )
    # (Not "Cafe du Monde": without accents, the one copies the other.)
    looks = [line for line in NOISE if line != "Cafe du Monde"]
    plain = [Block(t, i, i + 1) for i, t in enumerate(["Bus plan", story, *looks])]
    assert pair_finders(plain) == PairFinders(False, False, False, False, False)
    cases = {
        "quote_boxes": [story, _quote_box(story)],
        "excerpt_boxes": [story, _speaker_box(story)],
        "embeds": [story, _embed(story)],
        "unaccented": [_accented(story), story],
        "footnoted": [story, _footnoted(story)],
    }
    for flag, texts in cases.items():
        blocks = [Block(t, i, i + 1) for i, t in enumerate(["Bus plan", *texts])]
        found = pair_finders(blocks)
        assert [name for name in cases if getattr(found, name)] == [flag]
        assert within.find_unkeyed_copies(blocks, 0, MIN_WORDS, found)


# `altered._FOOTNOTE_MARKER` as first written: the lookbehind before the "[".
_REFERENCE_FOOTNOTE_MARKER = re.compile(r"(?<=[^\s\[])\[\d{1,3}\]")


@given(st.text(alphabet=st.sampled_from("[]0123456789 \n\ta.é\u00a0"), max_size=40))
@example("a[1] [2]\n[3][[4]]x[12345]é[67]")
def test_footnote_marker_matches_where_the_first_written_pattern_does(text: str) -> None:
    spans = [m.span() for m in altered._FOOTNOTE_MARKER.finditer(text)]
    assert spans == [m.span() for m in _REFERENCE_FOOTNOTE_MARKER.finditer(text)]
    assert altered._FOOTNOTE_MARKER.sub("", text) == _REFERENCE_FOOTNOTE_MARKER.sub("", text)
