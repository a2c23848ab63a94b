"""An identification given back for a document with the same prose sample (issue #8,
speed33article): `language.identify_lines` with a known identification answers as the vote
would, and `Cleaner._output_language` answers as it does without the document's own
identification (the always-check path); the document's head (`language._head`) is the
loop's over its lines that it replaced."""

from __future__ import annotations

import re
from unittest.mock import patch

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config, language
from corpusclean.language import detect_language_of_lines, identify_lines
from strategies import examples
from test_language_stable import FURNITURE, PROSE

SENTENCES = [sentence for pool in PROSE.values() for sentence in pool]
#: Lines of a document: a sentence, a paragraph of several (long enough to vote alone), a
#: sentence cut where a hard wrap would cut it, furniture, an empty line.
LINES = st.one_of(
    st.sampled_from(SENTENCES),
    st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=8).map(" ".join),
    st.sampled_from(SENTENCES).map(lambda sentence: sentence[: len(sentence) // 2]),
    st.sampled_from((*FURNITURE, "")),
)


@st.composite
def related_documents(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """A document's lines, and another's: the first with some lines removed, two neighbours
    joined (as a hard wrap is), a line put in, or a document of its own."""
    first = draw(st.lists(LINES, min_size=1, max_size=12))
    second = list(first)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(second)))
        edit = draw(st.sampled_from(("remove", "join", "insert", "other")))
        if edit == "remove" and at < len(second):
            del second[at]
        elif edit == "join" and at + 1 < len(second):
            second[at : at + 2] = [second[at] + " " + second[at + 1]]
        elif edit == "insert":
            second.insert(at, draw(LINES))
        elif edit == "other":
            second = draw(st.lists(LINES, min_size=1, max_size=12))
    return first, second


@given(related_documents())
@settings(max_examples=examples(600))
@example(  # the same short sentence over furniture in two languages: the head decides
    (
        ["The minister said the plan is ready.", "5 Kommentare:", "Artikel teilen"],
        ["The minister said the plan is ready.", "3 comments:", "Share this article"],
    )
)
@example(  # the same sample, a German paragraph: given back
    (
        [PROSE["de"][1] + " " + PROSE["de"][2], "Artikel teilen"],
        [PROSE["de"][1] + " " + PROSE["de"][2]],
    )
)
def test_a_known_identification_answers_as_the_vote(
    documents: tuple[list[str], list[str]],
) -> None:
    first, second = documents
    known = identify_lines(first)
    assert known.language == detect_language_of_lines(first)
    assert identify_lines(second, known).language == identify_lines(second).language


@given(st.lists(LINES, min_size=1, max_size=14))
@settings(max_examples=examples(300))
@example(
    [
        "The minister said the plan is ready.",
        "The minister said the plan is ready.",
        "5 Kommentare:",
        "Was für ein schöner Garten, da bekomme ich richtig Lust auf den Fr",
    ]
)
def test_the_output_check_answers_as_the_always_check_path(lines: list[str]) -> None:
    cleaner = Cleaner(Config(language="auto"))
    run = cleaner._run("\n".join(lines), None, None)
    fresh = attrs.evolve(run, identification=None)
    assert cleaner._output_language(run) == cleaner._output_language(fresh)


def test_the_known_identification_is_given_back() -> None:
    # The reuse is taken: an output that keeps its document's sample gets the very answer.
    story = [PROSE["en"][1] + " " + PROSE["en"][2] + " " + PROSE["en"][1], "Share this article"]
    known = identify_lines(story)
    assert known.sample is not None
    assert identify_lines(story[:1], known) is known


def _head_by_lines(lines: list[str], limit: int) -> str:
    """`language._head` as a loop over the lines (the reference it was before issue #8)."""
    picked: list[str] = []
    size = 0
    for line in lines:
        picked.append(line[: limit - size])
        size += len(picked[-1]) + 1
        if size >= limit:
            break
    return "\n".join(picked)


@given(
    st.lists(st.text(alphabet="ab\n", max_size=7), max_size=9),
    st.integers(1, 30),
)
@settings(max_examples=examples(900))
@example(["The river", "rose."], 10)
@example(["abc\n", "d"], 4)
@example(["ab", "", "c"], 3)
@example(["abc"], 4)
def test_the_head_is_the_lines_loop_s(lines: list[str], limit: int) -> None:
    # Lines of a few characters (line feeds inside some, empty ones) against limits near
    # their lengths: every way a cut can end on a line's end or a line feed.
    assert language._head(lines, limit) == _head_by_lines(lines, limit)


@given(
    st.lists(st.text(alphabet="ab\n", max_size=7), max_size=40),
    st.integers(1, 60),
    st.integers(1, 5),
)
@settings(max_examples=examples(900))
@example(["ab"] * 20, 30, 1)
@example(["", "", "", "", "ab"], 3, 1)
def test_the_head_joined_a_few_lines_at_a_time_is_the_lines_loop_s(
    lines: list[str], limit: int, chunk_lines: int
) -> None:
    # `_first_characters` joins a chunk of lines more while the join is short: with chunks
    # of a line or a few, every way it can end (past the last line, on a join exactly the
    # limit long, a line feed last) is met on short lines.
    with patch.object(language, "HEAD_CHUNK_LINES", chunk_lines):
        assert language._first_characters(lines, limit) == "\n".join(lines)[:limit]
        assert language._head(lines, limit) == _head_by_lines(lines, limit)


_CHAR_CLASSES = (
    ("_UNSPACED_SCRIPT", r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"),
    ("_KANA", r"[\u3040-\u30ff]"),
    ("_HANGUL", r"[\uac00-\ud7af]"),
    ("_LETTERS", r"[^\W\d_]"),
)


@given(
    st.text(st.sampled_from("aé1_ 東のカ한\u3000\u30fb\u00b7\ud800x"), max_size=40)
    | st.text(max_size=40),
    st.sampled_from(_CHAR_CLASSES),
)
def test_characters_counted_by_runs_are_counted_one_by_one(
    text: str, char_class: tuple[str, str]
) -> None:
    # Each class's characters counted by the lengths of its runs (`_count_chars`) are as
    # many as a one-character pattern of the class finds.
    name, one = char_class
    assert language._count_chars(getattr(language, name), text) == len(re.findall(one, text))


@given(
    st.lists(st.text(alphabet="ab", max_size=7), max_size=40),
    st.integers(0, 60),
    st.integers(1, 5),
)
@settings(max_examples=examples(900))
@example(["ab", "c"], 4, 1)
@example([], 0, 1)
def test_joined_shorter_reads_the_join_s_length(
    lines: list[str], limit: int, chunk_lines: int
) -> None:
    # Read a chunk of lines at a time (`_joined_shorter`), the lines joined by line feeds
    # are shorter than the limit exactly when the sum of their lengths and line feeds is,
    # the reference it replaced (no lines: -1, shorter than any limit).
    joined_length = sum(map(len, lines)) + len(lines) - 1
    with patch.object(language, "HEAD_CHUNK_LINES", chunk_lines):
        assert language._joined_shorter(lines, limit) == (joined_length < limit)
