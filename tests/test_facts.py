"""Block facts found once per document: every round reads what a fresh look would find."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import assume, event, example, given
from hypothesis import strategies as st

import corpusclean
from corpusclean import run
from corpusclean.dedupe.within import twin_candidates
from corpusclean.detect import cards, classify_blocks, comments, fields, pagethread, scopes
from corpusclean.detect.comments import controls, entries, runs, signatures, stamps
from corpusclean.detect.facts import DocumentValue, Facts, prose
from corpusclean.detect.scopes import body_bounds
from corpusclean.language import Language, load_language, load_thread_words, shipped_languages
from corpusclean.model import KEEP, Block
from corpusclean.normalize import normalize_lines
from corpusclean.rules import Rule, Scope
from corpusclean.segment import split_blocks
from strategies import (
    article_texts,
    cue_lines,
    evidence_documents,
    listed_article_lines,
    paragraphs,
)

CLEANER = corpusclean.Cleaner()
UNTITLED = corpusclean.Cleaner(corpusclean.Config(detect_title=False))
ENGLISH = load_language("en")


def _blocks(lines: list[str]) -> list[Block]:
    return split_blocks(normalize_lines("\n".join(lines)))


@given(evidence_documents(), st.lists(st.lists(st.booleans(), max_size=40), max_size=4))
def test_rounds_sharing_facts_decide_as_with_fresh_facts(
    lines: list[str], rounds: list[list[bool]]
) -> None:
    # Each round sees some of the document's blocks (what the round before kept); facts
    # kept from earlier rounds must give the verdicts a fresh look gives.
    document = CLEANER.run("\n".join(lines)).document
    blocks = document.blocks
    shared = Facts(ENGLISH)
    for keep in [[True] * len(blocks), *rounds]:
        some = [b for b, k in zip(blocks, keep + [True] * len(blocks), strict=False) if k]
        hits = [document.hit(block)[0] for block in some]
        cached = classify_blocks(some, hits, CLEANER.detectors, shared)
        fresh = classify_blocks(some, hits, CLEANER.detectors, Facts(ENGLISH))
        assert cached == fresh


@given(evidence_documents())
def test_each_gives_the_fact_of_every_block_in_order(lines: list[str]) -> None:
    blocks = _blocks(lines)
    facts = Facts(ENGLISH)
    assert facts.each(prose, blocks[::2]) == [prose(b, ENGLISH) for b in blocks[::2]]
    assert facts.each(prose, blocks) == [prose(b, ENGLISH) for b in blocks]
    if blocks:
        assert facts.of(prose, blocks[-1]) == prose(blocks[-1], ENGLISH)


@given(evidence_documents(), st.lists(st.booleans(), max_size=40))
def test_a_round_reads_what_a_look_outside_it_reads(lines: list[str], keep: list[bool]) -> None:
    # Inside `Facts.round`, the facts of the round's blocks and the values derived from them
    # are kept for the round: they must equal a fresh look, and a caller changing the list
    # it was given must not change what the next caller reads.
    blocks = _blocks(lines)
    some = [b for b, k in zip(blocks, keep + [True] * len(blocks), strict=False) if k]
    facts = Facts(ENGLISH)
    with facts.round(some):
        first = facts.each(prose, some)
        first.append(True)
        assert facts.each(prose, some) == [prose(b, ENGLISH) for b in some]
        assert facts.each(prose, list(some)) == [prose(b, ENGLISH) for b in some]
        assert body_bounds(some, facts) == body_bounds(list(some), Facts(ENGLISH))
    assert facts.each(prose, some) == [prose(b, ENGLISH) for b in some]


def test_a_round_keeps_its_values_only_while_it_lasts() -> None:
    blocks = _blocks(["Share this", "It rained in Paris all day on Monday, and the river rose."])
    facts = Facts(ENGLISH)
    calls: list[int] = []

    def count(found: Sequence[Block], _facts: Facts) -> int:
        calls.append(1)
        return len(found)

    with facts.round(blocks):
        assert facts.of_round(count, blocks) == facts.of_round(count, blocks) == 2
    assert len(calls) == 1
    assert facts.of_round(count, blocks) == 2  # outside a round: found again
    assert len(calls) == 2


#: Lines of comment threads (test_comments.py's WordPress, rated and Facebook threads).
THREAD_LINES = (
    "Alexander Petrov wrote on March 11th, 2015 at 02:57:",
    "how do you abort a fetch?",
    "Reply",
    "Nick A",
    "2 days ago at 07:52 am",
    "It's good to see Apple improving its products.",
    "Rating: 36 Votes",
    "Maria K",
    "Like · Reply · 6y",
    "Anonymous",
)


@st.composite
def threaded_documents(draw: st.DrawFn) -> list[str]:
    """Thread lines above, inside and below an article's paragraphs, the thread last."""
    thread = st.lists(st.sampled_from(THREAD_LINES), max_size=14)
    body = draw(st.lists(paragraphs(), min_size=1, max_size=6))
    head, inside = draw(thread), draw(st.lists(st.sampled_from(THREAD_LINES), max_size=3))
    position = draw(st.integers(0, len(body)))
    return [*head, *body[:position], *inside, *body[position:], *draw(thread)]


@given(threaded_documents(), st.lists(st.booleans(), max_size=40))
def test_comment_cues_above_the_article_are_never_read(lines: list[str], keep: list[bool]) -> None:
    # The thread detector tests cues only below the first block with the article above it;
    # testing every block (the reference: the first possible start is the first block)
    # must find the same thread.
    blocks = _blocks(lines)
    some = [b for b, k in zip(blocks, keep + [True] * len(blocks), strict=False) if k]
    found = comments.thread_start(some, Facts(ENGLISH))
    # The page's own ages over its entries (`entries._entry_ages`) are read from a comment's
    # length above the article down in the run; the reference reads them there too, so that
    # what it changes is only where cues are tested and a start is looked for.
    facts = Facts(ENGLISH)
    article = runs._first_possible_start(
        some, facts.each(prose, some), comments.ARTICLE_MIN_WORD_SHARE
    )
    entry_ages = entries._entry_ages

    def entry_ages_from_the_article(
        blocks: Sequence[Block],
        _first: int,
        below: Sequence[Block],
        cued: Sequence[bool],
        facts: Facts,
    ) -> set[int]:
        index = {block.start: i for i, block in enumerate(blocks)}
        # As the run: from a comment's length above the first possible start.
        top = max((article or 0) - comments.COMMENT_MAX_BLOCKS + 1, 0)
        pairs = [(b, c) for b, c in zip(below, cued, strict=True) if index[b.start] >= top]
        return entry_ages(blocks, top, [b for b, _ in pairs], [c for _, c in pairs], facts)

    with (
        patch.object(runs, "_first_possible_start", lambda found, _prose, _share: 0),
        patch.object(runs, "_entry_ages", entry_ages_from_the_article),
    ):
        every_cue = comments.thread_start(some, Facts(ENGLISH)) if some else None
    # A start above the article is one the run never looks for; the reference can reach one
    # through a stamp over a signature (`_stamped_comment_start`: "Alexander Petrov wrote on
    # ..." over the story's first paragraph), a known gap of this reference, not of the run.
    assume(every_cue is None or (article is not None and every_cue >= article))
    assert found == every_cue
    event(f"thread found: {found is not None}")


def _thread_case_lines() -> list[str]:
    """Every line of the comment cases in every shipped language (their threads, and the
    interviews, quotes and timelines that must stay)."""
    path = Path(__file__).parent / "cases" / "comments_languages.json"
    cases = json.loads(path.read_text(encoding="utf-8"))
    return sorted({line for parts in cases.values() for lines in parts.values() for line in lines})


#: Thread-like lines in every shipped language, and lines close to them.
THREAD_LIKE_LINES = (
    *THREAD_LINES,
    *_thread_case_lines(),
    *("张三", "3小时前", "发表于5小时前", "回复", "名無しさん", "2日前", "たった今", "刚刚"),
    *("12:30", "10月31日12:30", "04/11/2019 9h45", "- 3 Likes", "Anonymous (not verified)"),
    *("vor 30.000 Zuschauern", "50 years ago: The first bridge opens", "Points: 12", "1 Reply"),
)


def _thread_like_line() -> st.SearchStrategy[str]:
    glue = st.sampled_from(("", " ", " · ", ", ", ": ", " | ", "...", "(", ")"))
    piece = st.tuples(st.sampled_from(THREAD_LIKE_LINES), glue).map("".join)
    return st.one_of(
        st.sampled_from(THREAD_LIKE_LINES),
        st.lists(piece, min_size=1, max_size=3).map("".join),
        st.lists(st.one_of(piece, st.text(max_size=6)), min_size=1, max_size=4).map("".join),
        cue_lines(),
    )


@given(st.lists(_thread_like_line(), max_size=12), st.sampled_from(shipped_languages()))
def test_blocks_left_out_of_the_marker_candidates_are_never_cues(
    lines: list[str], code: str
) -> None:
    # `marker_candidates` is a cheaper necessary condition of both thread facts: a block it
    # leaves out is neither a comment cue nor a dated signature, in every language.
    language = load_language(code)
    blocks = [Block(line, index, index + 1) for index, line in enumerate(lines) if line.strip()]
    candidates = {block.start for block in comments.marker_candidates(blocks, language)}
    for block in blocks:
        if block.start not in candidates:
            assert not comments.thread_cue(block, language), block.text
            assert not signatures.thread_dated_signature(block, language), block.text
    event(f"left out: {len(blocks) - len(candidates) > 0}")


#: Pieces of ASCII lines near ages and clock times: every language's age words that are
#: ASCII, numbers, units, times, and what separates them.
_ASCII_AGE_WORDS = sorted(
    {
        word
        for code in shipped_languages()
        for words in (
            load_thread_words(code).age_after,
            load_thread_words(code).age_before,
            load_thread_words(code).age_ones,  # "a month", "einem Monat": an age in words
        )
        for word in words
        if word.isascii()
    }
)
AGE_PIECES = (
    *_ASCII_AGE_WORDS,
    *(
        "3",
        "12",
        "2019",
        "days",
        "Stunden",
        "hrs",
        "min",
        "02:57",
        "1:38",
        "13h45",
        "7h",
        "am",
        "14 h 05",
        "h",
    ),
)
AGE_GLUE = ("", " ", "  ", ",", ".", ":", " p.m.", "x", "_", "-", " · ", ")")


@st.composite
def ascii_age_lines(draw: st.DrawFn) -> str:
    """An ASCII line of age words, numbers, units and clock times in any case."""
    parts = draw(st.lists(st.tuples(st.sampled_from(AGE_PIECES), st.sampled_from(AGE_GLUE))))
    case = draw(st.sampled_from((str, str.upper, str.title, str.swapcase)))
    return "".join(case(piece) + glue for piece, glue in parts)


@given(ascii_age_lines(), st.sampled_from(shipped_languages()))
def test_ascii_lines_find_the_ages_and_times_the_full_patterns_find(line: str, code: str) -> None:
    # On ASCII lines the marker candidates read `age_in_ascii` and `_CLOCK_IN_ASCII`: the
    # same places as `digit_age` and `_CLOCK` (a form dropped, or a word too many, fails
    # this). Ages in words are `_may_hold_worded_age`'s (the next test).
    words = load_thread_words(code)
    for fast, full in (
        (words.age_in_ascii, words.digit_age),
        (stamps._CLOCK_IN_ASCII, stamps._CLOCK),
    ):
        found, expected = fast.search(line), full.search(line)
        assert (found and found.span()) == (expected and expected.span()), line
    event(f"age: {words.age.search(line) is not None}")


@given(ascii_age_lines(), st.sampled_from(shipped_languages()))
def test_the_cheap_test_of_an_age_in_words_is_the_pattern_s(line: str, code: str) -> None:
    # `_may_hold_worded_age` reads the line's last word before searching `worded_age`: it
    # must find an age exactly where the pattern does (a line's end it misreads fails this).
    words = load_thread_words(code)
    expected = words.worded_age.search(line) is not None
    assert stamps._may_hold_worded_age(line, words) is expected, line
    event(f"age in words: {expected}")


def test_age_words_that_fold_to_ascii_are_kept_for_ascii_lines() -> None:
    # `re` matches "ſ" with "s" and the Kelvin sign with "k" under IGNORECASE: such a word
    # can match an ASCII line and stays; a word of Han or kana cannot and goes.
    language = Language("xx", age_after=("ſince",), age_suffixes=("小时前", "\u212a"))
    for line in ("3 days since", "3k", "3 K"):
        assert language.age.search(line) is not None, line
        assert language.age_in_ascii.search(line) is not None, line
    assert "小时前" not in language.age_in_ascii.pattern


@given(st.lists(st.one_of(_thread_like_line(), ascii_age_lines()), max_size=12))
def test_marker_candidates_of_ascii_lines_are_those_of_the_full_patterns(lines: list[str]) -> None:
    # The reference reads `_CLOCK` and `age` on every line, ASCII or not.
    blocks = [Block(line, index, index + 1) for index, line in enumerate(lines) if line.strip()]
    for code in shipped_languages():
        words = load_thread_words(code)

        def full(text: str, words: Language = words) -> bool:
            return stamps._CLOCK.search(text) is not None or words.age.search(text) is not None

        with patch.object(signatures, "_holds_clock_or_age", lambda text, _words: full(text)):
            expected = comments.marker_candidates(blocks, load_language(code))
        assert comments.marker_candidates(blocks, load_language(code)) == expected


@given(
    st.lists(paragraphs(), min_size=1, max_size=6),
    st.lists(_thread_like_line(), max_size=16),
    st.sampled_from(shipped_languages()),
)
def test_threads_found_from_the_candidates_are_those_found_from_every_block(
    body: list[str], thread: list[str], code: str
) -> None:
    # The reference asks the thread facts of every block below the first possible start.
    blocks = _blocks([*body, *thread])
    found = comments.thread_start(blocks, Facts(load_language(code)))
    with patch.object(runs, "marker_candidates", lambda below, *_: list(below)):
        every_block = comments.thread_start(blocks, Facts(load_language(code)))
    assert found == every_block
    event(f"thread found: {found is not None}")


@given(
    st.lists(st.one_of(_thread_like_line(), ascii_age_lines()), max_size=12),
    st.lists(st.lists(st.booleans(), max_size=12), max_size=4),
    st.sampled_from(shipped_languages()),
)
def test_marker_candidates_kept_across_rounds_are_those_found_afresh(
    lines: list[str], rounds: list[list[bool]], code: str
) -> None:
    # The answers kept for a document (`known`) serve every later round, whose blocks are
    # some of the document's: each round gives the candidates found without them. A test
    # that read more than the block and the language (its neighbours, the round) fails this.
    language = load_language(code)
    blocks = [Block(line, index, index + 1) for index, line in enumerate(lines) if line.strip()]
    known: dict[int, bool] = {}
    for keep in [[True] * len(blocks), *rounds]:
        round_blocks = [block for block, kept in zip(blocks, keep, strict=False) if kept]
        fresh = comments.marker_candidates(round_blocks, language)
        assert comments.marker_candidates(round_blocks, language, known) == fresh
    event(f"candidates: {len(comments.marker_candidates(blocks, language)) > 0}")


def test_the_thread_detector_keeps_the_candidates_of_a_document() -> None:
    # The detector tests a block once per document: a later round reads the kept answer.
    article = [" ".join(["It rained in Paris all day on Monday, and the river rose."] * 3)] * 4
    blocks = _blocks([*article, "Jane on June 10, 2023 at 10:30 am", "Reply", "Nice piece."])
    facts = Facts(load_language("en"))
    calls: list[str] = []
    holds = stamps._holds_clock_or_age

    def counted(text: str, words: Language) -> bool:
        calls.append(text)
        return holds(text, words)

    with patch.object(signatures, "_holds_clock_or_age", counted):
        comments.thread_start(blocks, facts)
        first = len(calls)
        comments.thread_start(blocks[:-1], facts)
    assert first > 0
    assert len(calls) == first
    assert facts.once(comments.marker_answers)


#: Pieces of lines of labelled fields, and of lines close to them (one label, no separator,
#: colons in clock times and in sentences).
FIELD_PIECES = (
    *("Tags:", "Categoria:", "Publicado por:", "VAT No:", "Telephone:", "Q:", "A:", "Fone:"),
    *(" - ", " | ", " • ", " · ", " – ", "-", "|", ": ", ":", " ", "10:30", "Saúde", "x"),
    *("Clarissa Borba", "GB 716 6328 31", "sad veiculo", "The rules, the people.", "Europe"),
)


@given(st.lists(st.lists(st.sampled_from(FIELD_PIECES), max_size=12).map("".join), max_size=8))
def test_a_line_of_fields_holds_the_colons_the_gate_counts(texts: list[str]) -> None:
    # `fields._colon_rich` is a necessary condition of `_is_field_line`: the blocks it
    # leaves out hold no line of fields, so the detector's reader asks the fact of its own.
    blocks = [Block(" ".join(text.split()), i, i + 1) for i, text in enumerate(texts)]
    blocks = [block for block in blocks if block.text]
    found = [fields._is_field_line(block, ENGLISH) for block in blocks]
    rich = fields._colon_rich(blocks)
    for block, is_fields in zip(blocks, found, strict=True):
        assert not is_fields or block in rich
    event(f"a line of fields: {any(found)}")


@given(evidence_documents(), st.lists(st.sampled_from(FIELD_PIECES), max_size=12))
def test_field_verdicts_are_those_without_the_gate(lines: list[str], pieces: list[str]) -> None:
    # The reference: every round's blocks asked for the fact, as without the gate.
    lines = [*lines, "".join(pieces)]
    blocks = _blocks(lines)
    gated = classify_blocks(blocks, [None] * len(blocks), CLEANER.detectors, Facts(ENGLISH))
    with patch.object(fields, "_colon_rich", list):
        every = classify_blocks(blocks, [None] * len(blocks), CLEANER.detectors, Facts(ENGLISH))
    assert gated == every


def _headed_lists_block_by_block(
    blocks: Sequence[Block], hits: Sequence[Rule | None], is_prose: Sequence[bool]
) -> list[bool]:
    """`scopes._headed_lists` as it read every block, the reference for the one that reads
    the hits only."""
    listed = [False] * len(blocks)
    index = 0
    while index < len(blocks):
        hit = hits[index]
        end = index + 1
        if hit is not None and hit.scope is Scope.EDGE:
            names = [h.name if h else None for h in hits[index : index + scopes.MAX_LIST_ITEMS]]
            end = index + next((n for n, name in enumerate(names) if name != hit.name), len(names))
            under_heading = end - index >= scopes.HEADED_LIST_MIN_ITEMS and (
                scopes._is_heading_after_prose(blocks, hits, is_prose, index - 1)
            )
            if under_heading or (index >= 1 and scopes._is_item_label(blocks[index - 1])):
                listed[index:end] = [True] * (end - index)
        index = end
    return listed


@given(listed_article_lines() | evidence_documents())
def test_headed_lists_read_from_the_hits_as_from_every_block(lines: list[str]) -> None:
    document = CLEANER.run("\n".join(lines)).document
    blocks = document.blocks
    hits = [document.hit(block)[0] for block in blocks]
    is_prose = [prose(block, ENGLISH) for block in blocks]
    found = [(index, hit) for index, hit in enumerate(hits) if hit is not None]
    expected = _headed_lists_block_by_block(blocks, hits, is_prose)
    assert scopes._headed_lists(blocks, hits, is_prose, found) == expected
    event(f"listed: {any(expected)}")


class _FactsBlindToTwins(Facts):
    """Facts that know the document's blocks (its scope, each block's neighbours) but not
    which of them may share a key: no detector is spared a look."""

    @property
    def twins(self) -> frozenset[int] | None:
        return None


@given(
    evidence_documents(),
    st.lists(st.sampled_from(["Reuters", "Getty Images", "AP Photo", "Jack Ma"]), max_size=4),
    st.lists(st.lists(st.booleans(), max_size=40), max_size=3),
)
# Thorough seed 29: a round without the first three blocks. Facts without the document
# read "Jane Doe says:" as an empty field and the crowd line as a caption fragment, which
# facts knowing the document (its scope, what it prints) do not: a difference of the
# document known, not of its twins, so the look without twins knows the document too.
@example(
    lines=[
        *["Jane Doe says:"] * 2,
        "The crowd gathers outside the court,",
        *["Jane Doe says:"] * 6,
        "The crowd gathers outside the court,",
        *["Government Government"] * 2,
        "KUALA LUMPUR:",
        "Government the the the.",
    ],
    labels=[],
    rounds=[[False, False, False]],
)
def test_facts_that_know_the_documents_twins_decide_as_facts_that_do_not(
    lines: list[str], labels: list[str], rounds: list[list[bool]]
) -> None:
    # Knowing the document's twin candidates lets the repeated-label detector stop at once
    # when no two blocks can share a key: the verdicts must be those of a look without them,
    # on the same document. (Labels are added twice or once, so some documents repeat one
    # and some do not.)
    lines = [*lines, *labels, *labels[::2]]
    document = CLEANER.run("\n".join(lines)).document
    blocks = document.blocks
    knowing = Facts(ENGLISH, blocks)
    event(f"twins: {bool(knowing.twins)}")
    assert knowing.twins == twin_candidates(blocks)
    assert Facts(ENGLISH).twins is None
    for keep in [[True] * len(blocks), *rounds]:
        some = [b for b, k in zip(blocks, keep + [True] * len(blocks), strict=False) if k]
        hits = [document.hit(block)[0] for block in some]
        known = classify_blocks(some, hits, CLEANER.detectors, knowing)
        blind = _FactsBlindToTwins(ENGLISH, blocks)
        assert known == classify_blocks(some, hits, CLEANER.detectors, blind)


@given(
    article_texts(),
    st.lists(st.lists(st.booleans(), max_size=40), max_size=4),
    st.booleans(),
)
def test_a_run_s_title_test_is_has_title_on_every_round(
    text: str, rounds: list[list[bool]], detect_title: bool
) -> None:
    # `DocumentRun.has_title` keeps each block's title shape for the document: on any blocks
    # of it, in any order, it answers as `run.has_title` does (a shape kept under another
    # block's start, or the length test dropped, fails this).
    cleaner = CLEANER if detect_title else UNTITLED
    document = cleaner.run(text).document
    blocks = document.blocks
    for keep in [[True] * len(blocks), *rounds, [False, *[True] * len(blocks)]]:
        some = [b for b, k in zip(blocks, keep + [True] * len(blocks), strict=False) if k]
        assert document.has_title(some) == run.has_title(some, cleaner.config)
    event(f"title: {run.has_title(blocks, cleaner.config)}")


# --- the document's store (`Facts.once`) ------------------------------------------------------


def test_once_finds_a_value_once_a_document_and_each_value_apart() -> None:
    document = [Block("Share this", 0, 1), Block("Reply", 1, 2)]
    facts = Facts(ENGLISH, document)
    calls: list[str] = []

    def texts(facts: Facts) -> list[str]:
        calls.append("texts")
        return [block.text for block in facts.whole or ()]

    def count(facts: Facts) -> int:
        calls.append("count")
        return len(facts.whole or ())

    assert facts.once(texts) == ["Share this", "Reply"]
    assert facts.once(texts) is facts.once(texts)
    assert facts.once(count) == 2
    assert calls == ["texts", "count"]
    # Another document's facts find it afresh: nothing is kept between documents.
    assert Facts(ENGLISH, document[:1]).once(texts) == ["Share this"]
    assert calls == ["texts", "count", "texts"]


#: Lines of a whole page that the two full-page detectors read: a story, comments between a
#: thread's markers, and other stories' cards (headline, name, stamp, summary).
PAGE_LINES = (
    "Apple plans to release a new laptop with a scissor switch keyboard in the first half of "
    "next year, according to a report published on Monday.",
    "The report claims the display size will remain the same, although a larger display has "
    "been rumoured for months by analysts who follow the company.",
    "The entry-level model was last updated in July, while higher-end models were refreshed.",
    "I think we'll see similar updates to what the bigger model received, and that is fine.",
    "No surprise they are keeping the small one. It makes the lineup more complete for sure.",
    *("Reader1", "2 days ago at 07:41 am", "Rating: 9 Votes", "Reply", "Jane Doe says:"),
    *("March 11, 2015 at 02:57 pm", "Like · Reply · 3y", "Comments"),
    *("Headline number 1 about the week in politics", "Writer Name1"),
    *("Wednesday November 20, 2019", "Monday November 18, 2019 7:45 am PST by Joe Rossignol"),
    "Our family always celebrates anniversaries, but not this week. A year ago Tuesday, our "
    "father was arrested at the airport and held for months without a trial.",
)


#: A comment between a thread's markers, and another story's card, as a whole page prints them.
THREAD_UNIT = ("Reader1", "2 days ago at 07:41 am", PAGE_LINES[3], "Rating: 9 Votes")
CARD_UNIT = (*PAGE_LINES[13:16], PAGE_LINES[17])


@st.composite
def page_rounds(draw: st.DrawFn) -> tuple[list[Block], list[list[Block]]]:
    """A page's blocks (a story, then comments, cards and single lines in any order) and the
    blocks of its rounds: the first keeps the long blocks and some short ones (the page
    classifier's drops), and each later one some of what the round before kept."""
    units = st.one_of(
        st.just(THREAD_UNIT), st.just(CARD_UNIT), st.sampled_from(PAGE_LINES).map(lambda t: (t,))
    )
    lines = [*PAGE_LINES[: draw(st.integers(0, 3))]]
    for unit in draw(st.lists(units, max_size=10)):
        lines.extend(unit)
    document = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    short = draw(st.lists(st.booleans(), min_size=len(document), max_size=len(document)))
    kept = [b for b, k in zip(document, short, strict=True) if k or b.words > 14]
    rounds = [kept]
    for _ in range(draw(st.integers(0, 3))):
        keep = draw(st.lists(st.booleans(), min_size=len(kept), max_size=len(kept)))
        kept = [block for block, k in zip(kept, keep, strict=True) if k]
        rounds.append(kept)
    return document, rounds


def _recomputed_dropped_markers(blocks: Sequence[Block], document: Sequence[Block]) -> list[Block]:
    """`pagethread._dropped_markers` as first written, everything found afresh: the page's
    blocks between the first and the last kept one, not kept, that are a cue or a signature."""
    first, last = blocks[0].start, blocks[-1].start
    kept = {block.start for block in blocks}
    dropped = [b for b in document if first < b.start < last and b.start not in kept]
    found = comments.marker_candidates(dropped, ENGLISH)
    return [
        b for b in found if comments.thread_cue(b, ENGLISH) or comments.thread_signature(b, ENGLISH)
    ]


def _cards_as_first_written(document: Sequence[Block]) -> list[tuple[int, ...]]:
    """`cards._page_cards` as first written: the stamp's pattern on every short line with a
    digit, then the card's other blocks."""
    found = []
    for i in range(2, len(document) - 1):
        stamp = document[i]
        if not (stamp.words <= cards.STAMP_MAX_WORDS and re.search(r"\d", stamp.text)):
            continue
        if not comments.is_date_stamp(stamp.text, ENGLISH):
            continue
        head, name, summary = document[i - 2], document[i - 1], document[i + 1]
        after = document[i + 2] if i + 2 < len(document) else None
        if (
            cards._is_card_line(head, ENGLISH)
            and cards._is_card_line(name, ENGLISH)
            and cards._is_paragraph(summary, ENGLISH)
            and (after is None or not cards._is_paragraph(after, ENGLISH))
        ):
            found.append((head.start, name.start, stamp.start, summary.start))
    return found


@given(page_rounds())
def test_page_detectors_reusing_the_documents_values_decide_as_a_fresh_look(
    page: tuple[list[Block], list[list[Block]]],
) -> None:
    # The invariant of `Facts.once`: a value of the document alone, found in one round,
    # serves every later round. The page detectors with one `Facts` for all the rounds must
    # give, round after round, the verdicts that a fresh `Facts` (everything found again)
    # gives, and the dropped markers that the first, recompute-everything version found.
    document, rounds = page
    shared = Facts(ENGLISH, document)
    shared.page_text = True
    assert shared.once(cards._page_cards) == _cards_as_first_written(document)
    for blocks in rounds:
        if len(blocks) >= 2:
            assert pagethread._dropped_markers(blocks, shared) == _recomputed_dropped_markers(
                blocks, document
            )
        for mark in (pagethread.mark_page_thread, cards.mark_teaser_cards):
            fresh = Facts(ENGLISH, document)
            fresh.page_text = True
            kept, again = [KEEP] * len(blocks), [KEEP] * len(blocks)
            mark(blocks, kept, shared)
            mark(blocks, again, fresh)
            assert kept == again
            event(f"{getattr(mark, '__name__', '')} removes: {any(not v.keep for v in kept)}")


def test_the_page_detectors_test_each_line_once_a_document() -> None:
    # Counted: over every round of page mode, the cards are found once a page and each
    # block is asked the marker test once, though both detectors run every round.
    story = list(PAGE_LINES[:3])
    thread = [
        line
        for n, comment in enumerate(PAGE_LINES[3:5])
        for line in (f"Reader{n}", f"2 days ago at 07:4{n} am", comment, f"Rating: {n} Votes")
    ]
    card = [*PAGE_LINES[13:16], PAGE_LINES[17]]
    page = "\n".join([*story, *thread, *card, *card, *card])
    tested: list[int] = []
    found: list[str] = []
    asked: list[str] = []
    find_cards, candidates, once = cards._page_cards, pagethread.marker_candidates, Facts.once

    def counted_cards(facts: Facts) -> list[tuple[int, ...]]:
        found.append("cards")
        return find_cards(facts)

    def counted_candidates(blocks: Sequence[Block], language: Language, known: Any) -> list[Block]:
        # The blocks the cheap test reads: those with no answer kept for the document.
        tested.extend(block.start for block in blocks if block.start not in known)
        return candidates(blocks, language, known)

    def counted_once(facts: Facts, value: DocumentValue[Any]) -> Any:
        asked.append(getattr(value, "__name__", ""))
        return once(facts, value)

    with (
        patch.object(cards, "_page_cards", counted_cards),
        patch.object(pagethread, "marker_candidates", counted_candidates),
        patch.object(Facts, "once", counted_once),
    ):
        corpusclean.Cleaner(corpusclean.Config(mode="page")).clean(page)
    assert asked.count("counted_cards") >= 2 and asked.count("_short_blocks") >= 2, asked
    assert found == ["cards"]
    assert tested and len(tested) == len(set(tested))


#: One comment of a thread whose controls no shipped language knows, in each shape of row
#: `controls._label_rows` finds (a row on one line, votes beside labels, icons, a label over
#: its count, a count over its label, two labels over the votes), with a stamp and a text.
_ROW_COMMENTS: tuple[tuple[str, ...], ...] = (
    ("Anna-Karin", "2024-03-15 21:41", "Tack för en bra artikel, verkligen.", "Svara · Anmäl"),
    ("Lars Ö.", "Jag håller inte med alls, tyvärr.", "+12 | -3 | Responder"),
    ("Björn", "Mar 2, 2024", "Hoppas att alla är oskadda nu.", "↩ 2 🔁 3 ⭐ 12"),
    ("Mette F.", "Det här borde ha förutsetts.", "Vastaa", "12 tykkäystä"),
    ("Jens-Ole", "Ačiū už straipsnį, pagaliau.", "12 Thích", "Trả lời"),
    ("Olga", "Visiškai nesutinku, mano nuomone.", "Ответить", "Пожаловаться", "+12 −3"),
)


@st.composite
def documents_with_rows(draw: st.DrawFn) -> list[str]:
    """An article, then zero to four comments of one or two shapes of row, a row's lines
    sometimes above the article's end too, and stray row-like lines anywhere."""
    body = draw(st.lists(paragraphs(), min_size=1, max_size=5))
    shapes = draw(st.lists(st.sampled_from(_ROW_COMMENTS), min_size=1, max_size=2))
    thread = [
        line for index in range(draw(st.integers(0, 4))) for line in shapes[index % len(shapes)]
    ]
    strays = st.sampled_from([line for comment in _ROW_COMMENTS for line in comment[-3:]])
    lines = [*body, *thread]
    for _ in range(draw(st.integers(0, 3))):
        lines.insert(draw(st.integers(0, len(lines))), draw(strays))
    return lines


@given(documents_with_rows(), st.lists(st.lists(st.booleans(), max_size=40), max_size=3))
def test_the_gate_on_rows_finds_what_the_ungated_detector_finds(
    lines: list[str], rounds: list[list[bool]]
) -> None:
    # `controls._may_hold_rows` skips `_label_rows` for a document with fewer than two of a
    # row's witnesses. The reference reads the same blocks with no document given (no gate):
    # every round, a subset of the document's blocks as a round or a page's view reads them,
    # must find the same thread, and a row found must be in a document the gate lets through.
    blocks = _blocks(lines)
    gated = Facts(ENGLISH, blocks)
    for keep in [[True] * len(blocks), *rounds]:
        some = [b for b, k in zip(blocks, keep + [True] * len(blocks), strict=False) if k]
        if not some:
            continue
        assert comments.thread_start(some, gated) == comments.thread_start(some, Facts(ENGLISH))
        if controls._label_rows(some, 0, Facts(ENGLISH)):
            assert gated.once(controls._may_hold_rows)
    found = controls._label_rows(blocks, 0, Facts(ENGLISH))
    event(f"rows: {bool(found)}, gate open: {gated.once(controls._may_hold_rows)}")


_ROW_ARTICLE = " ".join(["It rained in Paris all day on Monday, and the river rose."] * 3)


def every_line(_block: Block, _language: Language) -> bool:
    """A screen held open: every line is read."""
    return True


@given(
    documents_with_rows(),
    st.lists(st.lists(st.booleans(), max_size=40), max_size=3),
    st.integers(0, 12),
)
# Three comments of each shape of row (`_ROW_COMMENTS`' order) under an article.
@example([_ROW_ARTICLE, *_ROW_COMMENTS[0] * 3], [], 1)
@example([_ROW_ARTICLE, *_ROW_COMMENTS[1] * 3], [], 1)
@example([_ROW_ARTICLE, *_ROW_COMMENTS[2] * 3], [], 1)
@example([_ROW_ARTICLE, *_ROW_COMMENTS[3] * 3], [], 1)
@example([_ROW_ARTICLE, *_ROW_COMMENTS[4] * 3], [], 1)
@example([_ROW_ARTICLE, *_ROW_COMMENTS[5] * 3], [], 1)
def test_the_lines_that_may_open_a_row_are_read_as_every_line(
    lines: list[str], rounds: list[list[bool]], first: int
) -> None:
    # `controls._label_rows` passes over the lines `_may_open_row` says open no row (or,
    # in a document without a count line, `_opens_row_alone`), found once a document and
    # read back in every later round and page view (one `Facts` for all of them). The
    # reference holds the screens open (every line read, fresh facts): every round, a
    # subset of the document's blocks, finds the same rows.
    blocks = _blocks(lines)
    shared = Facts(ENGLISH, blocks)
    for keep in [[True] * len(blocks), *rounds]:
        some = [b for b, k in zip(blocks, keep + [True] * len(blocks), strict=False) if k]
        found = controls._label_rows(some, first, shared)
        with (
            patch.object(controls, "_may_open_row", every_line),
            patch.object(controls, "_opens_row_alone", every_line),
        ):
            assert found == controls._label_rows(some, first, Facts(ENGLISH))
        event(f"rows found: {bool(found)}")


@pytest.mark.parametrize("comment", _ROW_COMMENTS, ids=lambda comment: comment[-1])
def test_every_shape_of_row_opens_the_gate(comment: tuple[str, ...]) -> None:
    # Each shape's witness is read: a thread of three comments in it opens the gate, and
    # its rows are found (a shape left out of `_may_witness_row` fails here).
    article = [" ".join(["It rained in Paris all day on Monday, and the river rose."] * 3)] * 3
    blocks = _blocks([*article, *comment * 3])
    facts = Facts(ENGLISH, blocks)
    assert facts.once(controls._may_hold_rows)
    assert controls._label_rows(blocks, len(article), facts)


def test_one_witness_keeps_the_gate_shut() -> None:
    # An article with one line of each shape's witness would need two of one shape for a
    # row: one line with a separator ("Home | News") and one count ("12 comments") are two
    # witnesses; either alone is not.
    article = [" ".join(["It rained in Paris all day on Monday, and the river rose."] * 3)] * 3
    for extra in (["Home | News"], ["12 comments"], ["Share"]):
        assert not Facts(ENGLISH, _blocks([*article, *extra])).once(controls._may_hold_rows)
    assert Facts(ENGLISH, _blocks([*article, "Home | News", "12 comments"])).once(
        controls._may_hold_rows
    )
