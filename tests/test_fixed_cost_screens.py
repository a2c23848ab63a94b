"""A short document's fixed cost (issue #8, fixed39): the screens that skip a stage which
provably finds nothing give what the unscreened stage gives.

- `language.reads_alike`: two documents it reads alike get the same identification, so the
  output's language check (`Cleaner._output_language`) takes the document's answer.
- `run.DUPLICATE_MIN_BLOCKS`: a round of fewer blocks holds no copy of another block.
- `DocumentRun.is_page_text`: a document of fewer blocks than `page.shapes.PAGE_MIN_LINES`
  is no page in auto mode, as `page.is_page_text` says.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config, page, run
from corpusclean.language import SAMPLE_MAX_CHARS, identify_lines, reads_alike
from corpusclean.segment import normalized_blocks
from strategies import article_lines, evidence_documents, examples, page_lines
from test_language_stable import FURNITURE, PROSE

SENTENCES = [sentence for pool in PROSE.values() for sentence in pool]
#: Lines whose head votes: sentences and furniture in several languages, addresses (which the
#: head's vote reads without), unspaced scripts, empty and blank lines.
VOTING_LINES = st.one_of(
    st.sampled_from(SENTENCES),
    st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=4).map(" ".join),
    st.sampled_from(
        (
            *FURNITURE,
            "",
            " ",
            "www.example.com/news",
            "mail jane@example.org or see https://a.org/x",
            "東京都は月曜日、新しい条例を発表した。",
            "北京市政府星期一宣布了新的规定。",
            "서울시는 월요일에 발표했다",
        )
    ),
)


@st.composite
def with_other_empty_lines(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """A document's lines, and the same lines with empty lines put in or taken out."""
    first = draw(st.lists(VOTING_LINES, min_size=0, max_size=10))
    second = [line for line in first if line or draw(st.booleans())]
    for _ in range(draw(st.integers(0, 4))):
        second.insert(draw(st.integers(0, len(second))), "")
    return first, second


@given(with_other_empty_lines())
@settings(max_examples=examples(800))
@example(
    (
        ["The minister said the plan is ready.", "Artikel teilen"],
        ["The minister said the plan is ready.", "", "Artikel teilen"],
    )
)
@example(
    (
        ["東京都は月曜日、新しい条例を発表した。", "Share"],
        ["", "東京都は月曜日、新しい条例を発表した。", "", "Share"],
    )
)
@example((["See www.example.com", "Reply"], ["See www.example.com", "", "", "Reply"]))
def test_documents_read_alike_are_identified_alike(
    documents: tuple[list[str], list[str]],
) -> None:
    first, second = documents
    if reads_alike(first, second):
        assert identify_lines(first) == identify_lines(second)


def test_reads_alike_needs_the_same_lines_and_short_documents() -> None:
    story = ["The minister said the plan is ready.", "Artikel teilen"]
    assert reads_alike(story, [story[0], "", story[1]])
    assert not reads_alike(story, story[:1])
    long = ["x" * SAMPLE_MAX_CHARS]
    assert not reads_alike(long, long)  # past the head's end, blank lines move its cut


def _without_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run, "DUPLICATE_MIN_BLOCKS", 0)


DOCUMENTS = st.one_of(
    article_lines(), evidence_documents(), page_lines(), st.lists(VOTING_LINES, max_size=3)
)


@given(lines=DOCUMENTS, mode=st.sampled_from(("auto", "article", "page")))
@settings(max_examples=examples(300), deadline=None)
def test_the_duplicate_screen_changes_no_output(lines: list[str], mode: str) -> None:
    text = "\n".join(lines)
    cleaner = Cleaner(Config(mode=mode))  # type: ignore[arg-type]
    screened = cleaner.clean(text)
    with pytest.MonkeyPatch.context() as patch:
        _without_screen(patch)
        assert cleaner.clean(text) == screened


@given(
    st.lists(
        st.one_of(
            VOTING_LINES,
            st.lists(st.sampled_from(("Home", "News", "Sport", "Sign in", "Share"))).map(" ".join),
        ),
        max_size=20,
    )
)
@settings(max_examples=examples(300))
def test_a_document_of_fewer_blocks_than_a_page_has_lines_is_no_page(lines: list[str]) -> None:
    _, blocks = normalized_blocks("\n".join(lines), Config())
    if len(blocks) < page.shapes.PAGE_MIN_LINES:
        texts = [block.text for block in blocks]
        assert not page.is_page_text(texts, lambda: len(texts))


def test_a_one_line_document_skips_its_second_identification(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The screens are taken: a one-line document is identified once, and its one-block
    # rounds read no duplicate finder.
    calls: list[object] = []
    from corpusclean import pipeline

    def counted(lines: object, known: object = None) -> object:
        calls.append(lines)
        return identify_lines(lines, known)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "identify_lines", counted)
    monkeypatch.setattr(run, "find_unkeyed_copies", None)  # would fail if called
    article = Cleaner().clean("The council met on Tuesday to discuss the budget.")
    assert article.paragraphs == ("The council met on Tuesday to discuss the budget.",)
    assert len(calls) == 1
