"""The pair finders turned off by a round that finds nothing (issue #8, dedupe41).

The five finders that compare a block with every other (quote boxes, excerpt boxes, embeds'
fallback lines, copies without accents, copies with footnote markers) mark a copy wherever it
and an original stand among the blocks: what one finds among some of a round's blocks, in
their order, it finds among all of them, read loosely (`dedupe.within._pair_copies`). A run's
duplicate rounds each read some of the last round's blocks, so a finder that found nothing in
one round is not run in the later ones (`PairFinders`). Checked here:

- against every finder run in every round (the reference), on documents that mix each kind
  of copy with lines that only look like one, over a chain of rounds that each keep some of
  the last round's blocks, with or without a title;
- the invariant the reuse stands on: each duplicate round of a run reads some of the last
  round's blocks, in their order, in article, page and auto mode;
- and the whole output of `Cleaner.clean` against runs whose pair finders are never turned
  off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config, run
from corpusclean.dedupe import within
from corpusclean.dedupe.within import PairFinders, altered
from corpusclean.model import Block
from strategies import (
    accented_copy,
    distinct_paragraphs,
    documents,
    embedded_copy,
    examples,
    footnoted_copy,
    headings,
    page_lines,
)

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


def _short(paragraph: str) -> str:
    """A short block: a copy of it counts only beside a copied paragraph."""
    return " ".join(paragraph.split()[:5])


def _spaced_box(paragraph: str) -> str:
    """A box with spaces around it: the screens read a text without them."""
    return f" \t{_quote_box(paragraph)}  " if len(paragraph) % 2 else f"{_speaker_box(paragraph)} "


COPIES = (_quote_box, _speaker_box, _cut_quote, embedded_copy, footnoted_copy, _short, _spaced_box)
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
def paired_rounds(draw: st.DrawFn) -> list[tuple[list[Block], int | None]]:
    """A document's blocks with its paragraphs printed again as the pair finders' copies,
    some accented and printed again without accents, and lines that only look like copies;
    then rounds, each keeping some of the last round's blocks, in their order, each with a
    title or none."""
    plain = draw(distinct_paragraphs(min_size=2, max_size=5))
    accents = draw(st.booleans())
    story = [accented_copy(p) for p in plain] if accents else plain
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
    rounds = []
    for _ in range(draw(st.integers(1, 4))):
        rounds.append((blocks, draw(st.sampled_from((None, 0)))))
        blocks = [block for block in blocks if draw(st.integers(0, 3))]  # about three in four
    return rounds


def _as_tuples(found: dict[int, within.Duplicate]) -> list[tuple[int, str, int]]:
    return sorted((index, copy.rule, copy.original) for index, copy in found.items())


@given(paired_rounds())
def test_rounds_that_turn_pair_finders_off_find_every_finders_copies(
    rounds: list[tuple[list[Block], int | None]],
) -> None:
    unkeyed, keyed = PairFinders(), PairFinders()
    for blocks, title in rounds:
        every = within.find_unkeyed_copies(blocks, title, MIN_WORDS)
        assert _as_tuples(within.find_unkeyed_copies(blocks, title, MIN_WORDS, unkeyed)) == (
            _as_tuples(every)
        )
        every = within.find_duplicates(blocks, title, MIN_WORDS)
        reused = within.find_duplicates(blocks, title, MIN_WORDS, pairs=keyed)
        assert _as_tuples(reused) == _as_tuples(every)


@given(paired_rounds())
def test_a_pair_finder_that_finds_a_copy_in_a_round_was_left_on(
    rounds: list[tuple[list[Block], int | None]],
) -> None:
    """Finder by finder: a copy found among a round's blocks means no earlier round turned
    that finder off (what each loose reading must give, as `_pair_copies` says)."""
    pairs = PairFinders()
    for blocks, title in rounds:
        if within.find_quote_box_copies(blocks):
            assert pairs.quote_boxes
        if within.find_excerpt_box_copies(blocks, title):
            assert pairs.excerpt_boxes
        if within.find_embed_fallback_copies(blocks):
            assert pairs.embeds
        if within.find_unaccented_copies(blocks, MIN_WORDS):
            assert pairs.unaccented
        if within.find_footnoted_copies(blocks, MIN_WORDS):
            assert pairs.footnoted
        within.find_unkeyed_copies(blocks, title, MIN_WORDS, pairs)


def _on(pairs: PairFinders) -> list[str]:
    return [name for name in sorted(PairFinders.__slots__) if getattr(pairs, name)]


def test_each_pair_finder_stays_on_for_its_copy_and_goes_off_without_one() -> None:
    """Each finder stays on after a round that finds its kind of copy, and none after a
    round of lines that only look like one (a test that cannot fail is a defect: here, a
    reuse that never turns a finder off)."""
    story = (
        "The council said on Tuesday that the new bus plan would take effect next year."
        " More buses will run on Saturdays and the centre will stay closed to cars."
    )
    # (Not "Cafe du Monde": without accents, the one copies the other.)
    looks = [line for line in NOISE if line != "Cafe du Monde"]
    pairs = PairFinders()
    plain = [Block(t, i, i + 1) for i, t in enumerate(["Bus plan", story, *looks])]
    assert within.find_unkeyed_copies(plain, 0, MIN_WORDS, pairs) == {}
    assert _on(pairs) == []
    cases = {
        "quote_boxes": [story, _quote_box(story)],
        "excerpt_boxes": [story, _speaker_box(story)],
        "embeds": [story, embedded_copy(story)],
        "unaccented": [accented_copy(story), story],
        "footnoted": [story, footnoted_copy(story)],
    }
    for flag, texts in cases.items():
        blocks = [Block(t, i, i + 1) for i, t in enumerate(["Bus plan", *texts])]
        pairs = PairFinders()
        assert within.find_unkeyed_copies(blocks, 0, MIN_WORDS, pairs)
        assert _on(pairs) == [flag]


def test_an_excerpt_box_as_the_title_keeps_its_finder_on() -> None:
    """The title is no excerpt box, but a later round may find it one (its own title another
    block): read loosely, the title's box keeps the finder on."""
    story = "The repairs to the coast road will take weeks, not days, the county said."
    box = f"Jane Roe, engineer: “{story}”"
    blocks = [Block(t, i, i + 1) for i, t in enumerate([box, "By Tim Doe", story])]
    pairs = PairFinders()
    assert within.find_unkeyed_copies(blocks, 0, MIN_WORDS, pairs) == {}
    assert pairs.excerpt_boxes
    assert within.find_unkeyed_copies(blocks, None, MIN_WORDS, pairs) == {
        0: within.Duplicate(within.DUPLICATE_PARAGRAPH, 2)
    }


class _NeverOff(PairFinders):
    """Pair finders that no round turns off: every finder runs in every round."""

    __slots__ = ()

    def __setattr__(self, name: str, _value: object) -> None:
        super().__setattr__(name, True)


def _cleaned(text: str, mode: str) -> tuple[object, ...]:
    article = Cleaner(Config(mode=mode)).clean(text)
    return article.text, article.removed, article.flags


def _subsequence(blocks: Sequence[Block], earlier: Sequence[Block]) -> bool:
    rest = iter(earlier)
    return all(any(block is other for other in rest) for block in blocks)


_texts = st.one_of(documents, page_lines().map("\n".join))


@settings(max_examples=examples(60), deadline=None)
@given(_texts, st.sampled_from(("article", "page", "auto")))
@example(
    "Storm hits the coast\n\n“Nobody expected the bridge to close for a whole month this year.”"
    " — Tim Doe\n\nNobody expected the bridge to close for a whole month this year. The county"
    " said so on Tuesday.\n\nFollow us (@City)",
    "article",
)
def test_each_duplicate_round_reads_some_of_the_last_rounds_blocks_and_the_output_stands(
    text: str, mode: str
) -> None:
    calls: list[tuple[run.DocumentRun, list[Block]]] = []
    original = run.DocumentRun.remove_duplicates

    def recorded(self: run.DocumentRun, blocks: list[Block]) -> object:
        calls.append((self, list(blocks)))
        return original(self, blocks)

    with mock.patch.object(run.DocumentRun, "remove_duplicates", recorded):
        reused = _cleaned(text, mode)
    last: dict[int, list[Block]] = {}
    for document, blocks in calls:
        earlier = last.get(id(document))
        assert earlier is None or _subsequence(blocks, earlier)
        last[id(document)] = blocks
    with mock.patch.object(run, "PairFinders", _NeverOff):
        assert _cleaned(text, mode) == reused


# `altered._FOOTNOTE_MARKER` as first written: the lookbehind before the "[".
_REFERENCE_FOOTNOTE_MARKER = re.compile(r"(?<=[^\s\[])\[\d{1,3}\]")


@given(st.text(alphabet=st.sampled_from("[]0123456789 \n\ta.é\u00a0"), max_size=40))
@example("a[1] [2]\n[3][[4]]x[12345]é[67]")
def test_footnote_marker_matches_where_the_first_written_pattern_does(text: str) -> None:
    spans = [m.span() for m in altered._FOOTNOTE_MARKER.finditer(text)]
    assert spans == [m.span() for m in _REFERENCE_FOOTNOTE_MARKER.finditer(text)]
    assert altered._FOOTNOTE_MARKER.sub("", text) == _REFERENCE_FOOTNOTE_MARKER.sub("", text)
