"""The comment-thread detector's document screens (issue #8): a screen that answers False
must prove that the reading it guards finds nothing in any round of the document."""

from __future__ import annotations

from hypothesis import event, example, given
from hypothesis import strategies as st

from corpusclean.detect import comments
from corpusclean.detect.comments import runs, signatures
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language, shipped_languages
from corpusclean.model import KEEP, Block
from corpusclean.normalize import normalize_lines
from corpusclean.segment import split_blocks
from strategies import cue_lines, paragraphs
from test_facts import _ROW_ARTICLE, _ROW_COMMENTS, documents_with_rows

#: Lines a thread prints, and lines close to them (a control, an age, a clock time, a row).
_THREAD_PIECES = (
    *("Reply", "Like · Reply · 3y", "Anonymous", "2 days ago", "an hour ago", "vor 3 Stunden"),
    *("Jane on June 10, 2023 at 10:30 am", "12:30", "Antworten", "Reply · Report", "3 Likes"),
    *("Svara · Anmäl", "Vastaa", "12 tykkäystä", "Share", "Jane says:", "04/11/2019 9h45"),
)


def _thread_lines() -> st.SearchStrategy[str]:
    glue = st.sampled_from(("", " ", " · ", ", ", ": ", "..."))
    piece = st.tuples(st.sampled_from(_THREAD_PIECES), glue).map("".join)
    return st.one_of(
        st.sampled_from(_THREAD_PIECES),
        st.lists(piece, min_size=1, max_size=3).map("".join),
        cue_lines(),
    )


def _blocks(lines: list[str]) -> list[Block]:
    return split_blocks(normalize_lines("\n".join(lines)))


@given(
    st.lists(paragraphs(), min_size=1, max_size=5),
    st.lists(_thread_lines(), max_size=6),
    st.lists(st.booleans(), max_size=16),
    st.lists(st.lists(st.booleans(), max_size=16), min_size=1, max_size=3),
    st.sampled_from(shipped_languages()),
)
def test_a_document_that_may_hold_no_thread_finds_none_in_any_round(
    body: list[str], thread: list[str], scope: list[bool], rounds: list[list[bool]], code: str
) -> None:
    # `may_hold_thread` False: `thread_start` answers None on every round's blocks (some of
    # the scope's, which a page's classifier narrows), with the facts the rounds share and
    # with fresh ones.
    blocks = _blocks([*body, *thread])
    language = load_language(code)
    facts = Facts(language, blocks)
    kept_blocks = [b for b, k in zip(blocks, [*scope, *[True] * len(blocks)], strict=False) if k]
    facts.narrow(kept_blocks)
    may = facts.once(runs.may_hold_thread)
    for keep in rounds:
        round_blocks = [
            b
            for b, kept in zip(kept_blocks, [*keep, *[True] * len(kept_blocks)], strict=False)
            if kept
        ]
        if not may:
            assert comments.thread_start(round_blocks, facts) is None
            assert comments.thread_start(round_blocks, facts, scoped=True) is None
            assert comments.thread_start(round_blocks, Facts(language)) is None
    event(f"may hold a thread: {may}")


@given(st.lists(_thread_lines(), max_size=12), st.integers(0, 3), st.sampled_from(("en", "de")))
def test_holding_marker_candidates_is_counting_them(
    lines: list[str], least: int, code: str
) -> None:
    # The early-stopping count agrees with the full list, and leaves the same answers kept.
    language = load_language(code)
    blocks = [Block(line, index, index + 1) for index, line in enumerate(lines) if line.strip()]
    expected = len(comments.marker_candidates(blocks, language)) >= least
    known: dict[int, bool] = {}
    assert signatures.holds_marker_candidates(blocks, language, least, known) is expected
    assert comments.marker_candidates(blocks, language, known) == comments.marker_candidates(
        blocks, language
    )


def test_the_screen_lets_a_thread_through() -> None:
    article = [" ".join(["It rained in Paris all day on Monday, and the river rose."] * 3)] * 4
    lines = [*article, "Jane on June 10, 2023 at 10:30 am", "Nice piece.", "Reply"]
    lines += ["Tom on June 11, 2023 at 11:30 am", "Agreed.", "Reply"]
    blocks = _blocks(lines)
    facts = Facts(load_language("en"), blocks)
    assert facts.once(runs.may_hold_thread)
    assert comments.thread_start(blocks, facts) is not None
    assert not Facts(load_language("en"), _blocks(article)).once(runs.may_hold_thread)


@given(
    documents_with_rows(),
    st.lists(st.booleans(), max_size=40),
    st.lists(st.lists(st.booleans(), max_size=40), max_size=3),
)
@example([_ROW_ARTICLE, _ROW_ARTICLE, *_ROW_COMMENTS[0] * 3], [], [])
@example([_ROW_ARTICLE, _ROW_ARTICLE, *_ROW_COMMENTS[3] * 3], [], [])
def test_the_screen_finds_the_threads_of_rows_the_unscreened_test_finds(
    lines: list[str], scope: list[bool], rounds: list[list[bool]]
) -> None:
    # Threads found by rows of controls alone (`controls._label_rows`), in a scope a page's
    # classifier narrowed: the screened reading finds, every round, what `thread_start`
    # finds with no document given (no screen, no gate).
    blocks = _blocks(lines)
    english = load_language("en")
    facts = Facts(english, blocks)
    kept_blocks = [b for b, k in zip(blocks, [*scope, *[True] * len(blocks)], strict=False) if k]
    facts.narrow(kept_blocks)
    for keep in [[], *rounds]:
        some = [
            b for b, k in zip(kept_blocks, [*keep, *[True] * len(kept_blocks)], strict=False) if k
        ]
        if not some:
            continue
        expected = comments.thread_start(some, Facts(english))
        keep_all = [KEEP] * len(some)
        assert comments._recurring_evidence_start(some, keep_all, facts) == expected
        assert comments.thread_start(some, facts, scoped=True) == expected
        event(f"thread found: {expected is not None}")
