"""`comments._label_rows` read through `_may_head_row` answers as the pass over every line.

The reference below is the pass before the head test (every line of at most
CONTROL_ROW_MAX_WORDS words tried against each row shape, each round): the new pass must
find the same rows on generated documents of control rows, counts, labels and prose.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.detect import comments as cm
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language
from corpusclean.model import Block
from corpusclean.text import label_key
from strategies import EVIDENCE_LINES, article_lines


def _reference_rows(blocks: Sequence[Block], first: int, facts: Facts) -> set[int]:
    """`_label_rows` as it was: every short line tried against every row shape."""
    rows: dict[str, list[int]] = {}
    above: set[str] = set()
    pairs: dict[int, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.words > cm.CONTROL_ROW_MAX_WORDS:
            continue
        if cm._is_label_row(block.text):
            key = label_key(block.text)
        elif cm._is_icon_row(block.text):
            key = "icons " + cm._count_key(block.text)
        elif index + 1 < len(blocks) and cm._is_label_and_count(block, blocks[index + 1]):
            key = f"label {label_key(block.text)} over {cm._count_key(blocks[index + 1].text)}"
            if not cm._under_text(blocks, index, facts):
                above.add(key)
                continue
        elif index + 1 < len(blocks) and cm._is_count_and_label(block, blocks[index + 1]):
            key = f"count {cm._count_key(block.text)} over {label_key(blocks[index + 1].text)}"
            if not cm._under_text(blocks, index, facts):
                above.add(key)
                continue
            pairs[block.start] = [blocks[index + 1].start]
        elif index + 2 < len(blocks) and cm._is_labels_and_count(blocks[index : index + 3]):
            count = cm._count_key(blocks[index + 2].text)
            second = label_key(blocks[index + 1].text)
            key = f"labels {label_key(block.text)} {second} over {count}"
            if not cm._under_text(blocks, index, facts):
                above.add(key)
                continue
            pairs[block.start] = [blocks[index + 1].start, blocks[index + 2].start]
        else:
            continue
        if index < first:
            above.add(key)
        else:
            rows.setdefault(key, []).append(block.start)
    found = {
        start
        for key, starts in rows.items()
        if len(starts) >= cm.LABEL_ROW_MIN_REPEATS and key not in above
        for start in starts
    }
    return found | {line for start in found for line in pairs.get(start, ())}


ROW_LINES = (
    *EVIDENCE_LINES,
    "Svara · Anmäl",
    "Yanıtla · Şikayet et",
    "Vastaa",
    "12 tykkäystä",
    "3 tykkäystä",
    "12 Thích",
    "Trả lời",
    "Ответить",
    "Пожаловаться",
    "+12 −3",
    "↩ 2 🔁 3 ⭐ 12",
    "▲ 12 ▼",
    "Tom",
    "5 days ago",
    "I agree.",
)


@st.composite
def row_documents(draw: st.DrawFn) -> list[Block]:
    lines = draw(article_lines(junk=False))
    for _ in range(draw(st.integers(0, 24))):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(ROW_LINES)))
    return [Block(line, i, i + 1) for i, line in enumerate(lines) if line.strip()]


@settings(max_examples=300, deadline=None)
@given(row_documents(), st.integers(0, 40), st.data())
def test_label_rows_equal_the_pass_over_every_line(
    blocks: list[Block], first: int, data: st.DataObject
) -> None:
    facts = Facts(load_language("en"), blocks)
    # A later round's blocks: some of the document's, in order.
    kept = [b for b in blocks if data.draw(st.booleans(), label="kept") or b.words > 8]
    for view in (blocks, kept):
        at = min(first, len(view))
        assert cm._label_rows(view, at, facts) == _reference_rows(
            view, at, Facts(facts.language, blocks)
        )


TEXT = "Great story, thanks for writing it."


@pytest.mark.parametrize(
    ("comment", "found"),
    [
        ([TEXT, "Svara · Anmäl"], {1, 3, 5}),  # a row on one line
        ([TEXT, "↩ 2 🔁 3 ⭐ 12"], {1, 3, 5}),  # a row of icons
        ([TEXT, "Vastaa", "12 tykkäystä"], {1, 4, 7}),  # one label over a count
        ([TEXT, "12 Thích", "Trả lời"], {1, 2, 4, 5, 7, 8}),  # a count over one label
        ([TEXT, "Ответить", "Пожаловаться", "+12 −3"], {1, 2, 3, 5, 6, 7, 9, 10, 11}),
    ],
)
def test_each_row_shape_printed_three_times_is_found_by_both(
    comment: list[str], found: set[int]
) -> None:
    lines = comment * 3
    blocks = [Block(line, i, i + 1) for i, line in enumerate(lines)]
    facts = Facts(load_language("en"), blocks)
    assert cm._label_rows(blocks, 0, facts) == _reference_rows(blocks, 0, facts) == found
