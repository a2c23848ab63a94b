"""A short line printed twice only because the run of blocks around it was printed twice in a
row is no label (`detect.labels.COPIED_RUN_MIN_BLOCKS`, issue #12).

A live blog prints its newest entry again after a refresh: the entry's stamp and a short first
line ("BAAR, SWITZERLAND") then recur, and `repeated_label` took both printings. The copy goes,
the first printing stays. Labels printed beside different lines still go, every printing.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.labels import COPIED_RUN_MAX_BLOCKS, NAME, _copied_run_labels
from corpusclean.model import Block
from strategies import BANK_STORY as BODY
from strategies import distinct_paragraphs

TITLE = "Ascom announces a distribution partnership with GE Healthcare in Europe"
STAMPS = ("15:59 GMT", "15:52 GMT", "15:45 GMT", "15:38 GMT", "15:31 GMT", "15:24 GMT")


def clean(lines: list[str]) -> corpusclean.Article:
    return corpusclean.clean("\n".join(lines))


def kept(article: corpusclean.Article) -> list[str]:
    return [line for line in article.render().split("\n") if line]


# --- what must stay: the first printing of a copied run's short lines ----------------------


def test_an_entry_printed_again_keeps_its_first_stamp_and_dateline() -> None:
    entry = [STAMPS[0], "BAAR, SWITZERLAND"]
    rest = [STAMPS[1], BODY[0], STAMPS[2], BODY[1]]
    article = clean([TITLE, *entry, *entry, *rest])
    assert kept(article) == [TITLE, *entry, *rest]
    assert [r.text for r in article.removed if r.rule == NAME] == entry


def test_a_stamp_over_a_paragraph_printed_again_keeps_its_first_printing() -> None:
    entry = [STAMPS[0], "Remember New Jersey's epic quest to find a state slogan?"]
    rest = [STAMPS[1], BODY[0], STAMPS[2], BODY[1]]
    assert kept(clean([TITLE, *entry, *entry, *rest])) == [TITLE, *entry, *rest]


def test_a_run_with_its_sub_heading_printed_twice_keeps_the_sub_heading_once() -> None:
    run = ["Why It Matters Now", BODY[1]]
    assert kept(clean([TITLE, BODY[0], *run, *run, BODY[2]])) == [TITLE, BODY[0], *run, BODY[2]]


# --- what must go: labels beside different lines, and a label stuttered alone ----------------


def test_a_credit_printed_three_times_between_paragraphs_goes_every_time() -> None:
    credit = "Free Malaysia Today"
    article = clean([BODY[0], credit, BODY[1], credit, BODY[2], credit])
    assert article.paragraphs == BODY
    assert [r.rule for r in article.removed] == [NAME] * 3


def test_a_credit_beside_two_captions_goes_though_the_captions_are_alike() -> None:
    # Two printings at the same distance apart, but their neighbours differ: no copied run.
    credit = "Getty Images Europe"
    lines = [BODY[0], credit, BODY[1], credit, BODY[2]]
    article = clean(lines)
    assert article.paragraphs == BODY
    assert [r.text for r in article.removed if r.rule == NAME] == [credit, credit]


def keys_copied(texts: list[str]) -> dict[str, int]:
    blocks = [Block(text, index, index + 1) for index, text in enumerate(texts)]
    keys = [text.lower() if text.istitle() or text.isupper() else "" for text in texts]
    return _copied_run_labels(blocks, keys, Counter(filter(None, keys)))


def test_a_label_printed_twice_in_a_row_alone_is_no_copied_run() -> None:
    # One block printed twice in a row is a label's stutter, below COPIED_RUN_MIN_BLOCKS.
    assert keys_copied([BODY[0], "Getty Images", "Getty Images", BODY[1]]) == {}


def test_a_run_longer_than_the_cap_is_left_to_duplicate_repair() -> None:
    run = ["Getty Images", *(f"Paragraph {i} of the story." for i in range(COPIED_RUN_MAX_BLOCKS))]
    assert keys_copied([*run[:2], *run[:2]]) == {"getty images": 2}
    assert keys_copied([*run, *run]) == {}


def test_a_credit_beside_a_copied_entry_still_goes_everywhere() -> None:
    # The entry printed again is a copy; the credit under the other paragraphs is a label.
    credit = "Free Malaysia Today"
    entry = [STAMPS[0], "BAAR, SWITZERLAND"]
    lines = [TITLE, *entry, *entry, BODY[0], credit, BODY[1], credit, BODY[2]]
    assert kept(clean(lines)) == [TITLE, *entry, *BODY]


# --- properties ------------------------------------------------------------------------------


@given(
    distinct_paragraphs(min_sentences=1, min_size=3, max_size=6),
    st.integers(min_value=0, max_value=5),
    st.sampled_from(("BAAR, SWITZERLAND", "GENEVA, SWITZERLAND", "Key Points To Watch", "")),
)
def test_an_entry_printed_twice_keeps_its_first_printing_whole_and_in_order(
    body: list[str], place: int, first_line: str
) -> None:
    entries = [
        [stamp, *([first_line] if first_line and i == 0 else []), paragraph]
        for i, (stamp, paragraph) in enumerate(zip(STAMPS, body, strict=False))
    ]
    newest = entries[min(place, len(entries) - 1)]
    alone = [TITLE, *(line for entry in entries for line in entry)]
    at = alone.index(newest[0])
    lines = [*alone[:at], *newest, *alone[at:]]
    article = clean(lines)
    # Nothing cleaning the story alone keeps is lost to the copy, in order.
    expected = kept(clean(alone))
    got = kept(article)
    assert not Counter(expected) - Counter(got)
    assert [line for line in got if line in expected] == expected
    # Cleaning the output again changes nothing.
    assert kept(clean(got)) == got
