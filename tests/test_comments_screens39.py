"""The marker candidates screened (issue #8, det39; a line at a time since comments41).

`signatures._candidates` tests each short line for a comment cue's or a dated signature's
marks (`marker_candidates`); it screens the short lines not yet answered at once
(`stamps.stamped_lines`, `signatures._opening_lines`) and asks each only the test its
screens leave. The candidates and the answers kept must be those of the marker test of
every short line (`_reference_may_mark`, the first-written test), with some answers known
from an earlier round, on documents of stamps, cues and prose in every shipped language,
ASCII or not.
"""

from __future__ import annotations

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
            st.sets(st.integers(0, 29), max_size=6),
        )
    )
)
def test_screened_candidates_are_the_unscreened_tests(
    case: tuple[str, list[str], set[int]],
) -> None:
    code, lines, answered = case
    language = load_language(code)
    blocks = [Block(line, index, index + 1) for index, line in enumerate(lines) if line.strip()]
    short = [b for b in blocks if b.words <= signatures.SIGNATURE_MAX_WORDS]
    expected = [b.start for b in short if _reference_may_mark(b.text, code)]
    # Some answers known from an earlier round (the others only are screened anew).
    known = {b.start: _reference_may_mark(b.text, code) for b in short if b.start in answered}
    found = [b.start for b in signatures._candidates(blocks, language, known)]
    assert found == expected
    assert all(known[b.start] is _reference_may_mark(b.text, code) for b in short)
    event(f"candidates: {min(len(found), 3)}")
