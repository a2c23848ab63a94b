"""The marker candidates screened a few lines at a time (issue #8, det39).

`signatures._candidates` tests each short line for a comment cue's or a dated signature's
marks (`marker_candidates`); where a document's lines hold a clock time or a thread word
somewhere (`holds_marker_candidates`), it screens its short lines SCREEN_GROUP_LINES at a
time with the document screens (`stamps.may_hold_stamp`,
`signatures._may_open_with_thread_word`) and asks a group only the tests its screens leave.
The candidates and the answers kept must be those of the marker test of every short line
(`_reference_may_mark`, the first-written test), for any group size, on documents of
stamps, cues and prose in every shipped language, ASCII or not.
"""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import event, given
from hypothesis import strategies as st

from corpusclean.detect.comments import signatures
from corpusclean.language import load_language
from corpusclean.model import Block
from strategies import cue_lines, paragraphs
from test_comments_screens38 import _CODES, _reference_may_mark, _stamp_lines


@given(
    _CODES.flatmap(
        lambda code: st.tuples(
            st.just(code),
            st.lists(
                st.one_of(_stamp_lines(code), cue_lines(), paragraphs(), st.just("é Reply")),
                max_size=30,
            ),
            st.integers(1, 5),
            st.sets(st.integers(0, 29), max_size=6),
        )
    )
)
def test_grouped_candidates_are_the_unscreened_tests(
    case: tuple[str, list[str], int, set[int]],
) -> None:
    code, lines, group, answered = case
    language = load_language(code)
    blocks = [Block(line, index, index + 1) for index, line in enumerate(lines) if line.strip()]
    short = [b for b in blocks if b.words <= signatures.SIGNATURE_MAX_WORDS]
    expected = [b.start for b in short if _reference_may_mark(b.text, code)]
    # Some answers known from an earlier round (a group of them only is screened anew).
    known = {b.start: _reference_may_mark(b.text, code) for b in short if b.start in answered}
    with patch.object(signatures, "SCREEN_GROUP_LINES", group):
        found = [b.start for b in signatures._candidates(blocks, language, known, screened=True)]
    assert found == expected
    assert all(known[b.start] is _reference_may_mark(b.text, code) for b in short)
    event(f"candidates: {min(len(found), 3)}")
