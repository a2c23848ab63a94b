"""Answers a detector keeps for the later rounds of a document (issue #8, det39).

`bylines.mark_meta_lines` reads each kept line outside the story for a byline's meta line
(`is_meta_line`) in every round; the answer is now a block fact (`bylines._meta_line`),
found once a document. On generated documents of a story, meta lines and lines of their
look, over several rounds of one document (each reading what the last kept, as a settle
does), the detector must give the verdicts of its first-written form, which tested every
line afresh (`reference_mark_meta_lines`).
"""

from __future__ import annotations

from hypothesis import event, given
from hypothesis import strategies as st

from corpusclean.detect import bylines
from corpusclean.detect.facts import Facts
from corpusclean.detect.scopes import body_bounds
from corpusclean.language import load_language
from corpusclean.model import Block, Verdict
from test_evidence_bylines32 import HEADLINE, KEPT, META

_STORY = (
    "The council met on Monday and voted for the new budget of the city, which the mayor "
    "had put forward in the spring."
)


def reference_mark_meta_lines(blocks: list[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """`mark_meta_lines` as first written: every kept line outside the story tested."""
    language = facts.language
    if not language.byline_words:
        return
    first, last = body_bounds(blocks, facts)
    if first > last:
        return
    for index, block in enumerate(blocks):
        if first <= index <= last or not verdicts[index].keep:
            continue
        if (
            block.words <= bylines.META_LINE_MAX_WORDS
            and bylines._may_be_meta_line(block.text)
            and bylines.is_meta_line(block.text, language)
        ):
            verdicts[index] = Verdict(
                keep=False,
                rule=bylines.NAME,
                reason="a byline's meta line: the author after the byline's word, a date or a "
                "reading time, between bars or dots",
                family=bylines.FAMILY,
            )


@st.composite
def meta_documents(draw: st.DrawFn) -> tuple[str, list[str], list[list[bool]]]:
    """A language, a document's lines (a headline, meta lines and their look-alikes around
    a story of one to three paragraphs) and, for each later round, which lines it keeps."""
    code = draw(st.sampled_from(sorted(META)))
    pieces = [*META[code], *KEPT.get(code, ()), "Home | News | Sport", "3 min", HEADLINE[code]]
    lines = [
        *draw(st.lists(st.sampled_from(pieces), max_size=4)),
        *[_STORY] * draw(st.integers(0, 3)),
        *draw(st.lists(st.sampled_from(pieces), max_size=4)),
    ]
    rounds = draw(
        st.lists(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)), max_size=3)
    )
    return code, lines, rounds


@given(meta_documents())
def test_meta_lines_answer_as_when_each_round_tested_them(
    case: tuple[str, list[str], list[list[bool]]],
) -> None:
    code, lines, rounds = case
    document = [Block(line, index, index + 1) for index, line in enumerate(lines)]
    facts = Facts(load_language(code), document)
    blocks = document
    for keep in [[True] * len(document), *rounds]:
        blocks = [block for block, kept in zip(blocks, keep, strict=False) if kept]
        verdicts = [Verdict(keep=True)] * len(blocks)
        found, expected = list(verdicts), list(verdicts)
        with facts.round(blocks):
            bylines.mark_meta_lines(blocks, found, facts)
        reference_mark_meta_lines(blocks, expected, Facts(load_language(code), document))
        assert found == expected
        event("removed" if found != verdicts else "kept")
