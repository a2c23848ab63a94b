"""The comment thread's edge readings walk only the lines whose edges show a digit, a colon
or an ellipsis (`comments.edges.edged_lines`, issue #8, detectors40).

A counted head (`tail._head_shaped_lines`), Blogger's count (`headed._comment_counts`) and
the signed lines (`_signed_line_readings`) each walked every line of a document before; they
now walk the lines `edged_lines` finds once a document. Their answers must be those of the
first-written walks (`reference_*` below, each walking every line), on documents of counted
heads, signatures, numbered comments, cues and prose in every shipped language, with the
white space and digits of other scripts at the lines' edges.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpusclean.detect import comments
from corpusclean.detect.comments import edges, headed, tail
from corpusclean.detect.comments.layout import _comment_number
from corpusclean.detect.comments.recurring import _echoed_verb, _signature_shape
from corpusclean.detect.comments.unheaded import _template_verb
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language, load_thread_words, shipped_languages
from corpusclean.model import Block
from strategies import cue_lines, examples, paragraphs

#: Lines whose edges the readings read, and near misses: counts, signatures, numbered
#: comments, a Unicode digit ("٣", "²"), a non-breaking and an ideographic space.
EDGE_LINES = (
    "1 comment:",
    "3 Comments",
    "Comentarios: 1",
    "2 Antworten auf „Spring“",
    "14 thoughts on “A long spring”",
    "Sandra says:",
    "kristie said...",
    "ROSA disse…",
    "1. Andria says:",
    "1. so cute",
    "2. waldkauz sagt:",
    "٣ تعليقات:",
    "Posted 2021",
    "x²",
    "3 Tipps:",
)
PADS = ("", " ", "\t", "\u00a0", "\u3000", "\n")


@st.composite
def edge_documents(draw: st.DrawFn) -> tuple[str, list[Block]]:
    """A shipped language's code and a document of edge lines, padded, among prose and cues."""
    code = draw(st.sampled_from(shipped_languages()))
    padded = st.tuples(st.sampled_from(PADS), st.sampled_from(EDGE_LINES), st.sampled_from(PADS))
    line = st.one_of(padded.map("".join), paragraphs(1, 2), cue_lines())
    lines = draw(st.lists(line, min_size=1, max_size=12))
    return code, [Block(text, n, n + 1) for n, text in enumerate(lines)]


def reference_head_shaped_lines(blocks: list[Block], code: str) -> dict[int, object]:
    words = load_thread_words(code)
    shapes = {block.start: tail._head_shape(block, words) for block in blocks}
    return {start: shape for start, shape in shapes.items() if shape is not None}


def reference_comment_counts(blocks: list[Block], code: str) -> dict[int, int]:
    words = load_thread_words(code)
    counts: dict[int, int] = {}
    for block in blocks:
        text = block.text.strip()
        if not (text[:1].isdigit() and text.endswith(":")):
            continue
        match = words.comment_count.fullmatch(text)
        if match is not None:
            counts[block.start] = int(match.group("count"))
    return counts


def reference_signed_line_readings(blocks: list[Block], code: str) -> frozenset[object]:
    words = load_thread_words(code)
    found: set[object] = set()
    for block in blocks:
        stripped = block.text.strip()
        opens_with_digit = stripped[:1].isdigit()
        if not (opens_with_digit or stripped.endswith((":", "...", "…"))):
            continue
        if block.words <= comments.READER_SIGNATURE_MAX_WORDS:
            if _signature_shape(block, words) is not None or _echoed_verb(block) is not None:
                found.add(comments.recurring_signatures_start)
            if _template_verb(block, words) is not None:
                found.add(comments.unheaded_signatures_start)
        if opens_with_digit and _comment_number(block.text) == 1:
            found.add(comments.numbered_comments_start)
    return frozenset(found)


@given(edge_documents())
@settings(max_examples=examples(500))
@example(("en", [Block("1 comment:", 0, 1), Block(" kristie said...\u00a0", 1, 2)]))
@example(("de", [Block("\u30002 Antworten auf „Spring“", 0, 1), Block("1. so cute", 1, 2)]))
@example(("en", [Block("\t3 Comments\n", 0, 1), Block("x²", 1, 2)]))
def test_the_edge_readings_answer_as_their_walks(case: tuple[str, list[Block]]) -> None:
    code, blocks = case
    # The readers as `Facts.of_scope` gives them the scope, sharing one `edged_lines`.
    facts = Facts(load_language(code), blocks)
    scope = facts.scope
    assert scope is not None
    assert tail._head_shaped_lines(scope, facts) == reference_head_shaped_lines(blocks, code)
    assert headed._comment_counts(scope, facts) == reference_comment_counts(blocks, code)
    signed = comments._signed_line_readings(scope, facts)
    assert signed == reference_signed_line_readings(blocks, code)
    # And given other blocks than the scope: found on them alone.
    alone = Facts(load_language(code), blocks)
    assert edges.edged_lines(blocks[1:], alone) == [
        b for b in blocks[1:] if b in edges.edged_lines(blocks, Facts(load_language(code)))
    ]
