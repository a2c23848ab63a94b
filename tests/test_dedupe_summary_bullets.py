"""A summary's bullets above the story are the copies, not the story's paragraphs (issue #12).

Found by half 6 of `benchmarks/repair_eval.py --shapes blind3` (held out, now read, so in
sample): "Das Wichtigste in Kürze" prints the story's one-sentence paragraphs again as
bullets above it, and repair kept the first printing, the bullet, and removed the story's
paragraph. Now the bullet goes and the paragraph stays where the story has it
(`dedupe.within.repeats._is_summary_bullet`). The English shape ("Key points", "At a glance", "The
big picture") is the same.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from block_helpers import ARTICLE_MODE, blocks
from corpusclean.dedupe.within import (
    DUPLICATE_PARAGRAPH,
    DUPLICATE_RUN,
    find_duplicates,
)
from corpusclean.dedupe.within.repeats import _is_bulleted
from strategies import distinct_paragraphs

TITLE = "Freibad am Eichwald öffnet nach zwei Jahren Sanierung wieder"
BODY = [
    "Das Freibad am Eichwald öffnet nach zwei Jahren Sanierung am kommenden Samstag wieder "
    "für alle Badegäste.",
    "Die Stadt hat rund vier Millionen Euro in neue Becken, Duschen und eine Rutsche investiert.",
    "Der Eintritt bleibt für Kinder unter sechs Jahren frei, Erwachsene zahlen künftig "
    "vier Euro. Saisonkarten gibt es ab Montag.",
    "Der Förderverein plant zur Eröffnung ein Fest mit Musik und einem Wettschwimmen für "
    "Schulklassen.",
]
SUMMARY = "Das Wichtigste in Kürze"
EN_TITLE = "County to close the Millbrook ferry route at the end of March"
EN_BODY = [
    "The county will close the Millbrook ferry route at the end of March, officials said "
    "on Tuesday.",
    "The route has lost money for six straight years and carried fewer than 200 riders a "
    "day last summer.",
    "Commuters will be offered discounted bus passes on the bridge route for the first "
    "year after the closure.",
    "A public hearing on the plan is set for Feb. 12 at the county administration building.",
]


def rules_of(lines: list[str]) -> dict[int, tuple[str, int]]:
    found = find_duplicates(blocks(lines), title=0)
    return {i: (d.rule, d.original) for i, d in found.items()}


def kept(lines: list[str]) -> list[str]:
    return list(ARTICLE_MODE.clean("\n".join(lines)).paragraphs)


# --- what goes: the bullet; what stays: the story's paragraph --------------------------------


def test_german_summary_bullets_go_and_the_storys_paragraphs_stay() -> None:
    bullets = [f"• {p}" for p in BODY[:2]]
    lines = [TITLE, SUMMARY, *bullets, *BODY]
    assert rules_of(lines) == {2: (DUPLICATE_PARAGRAPH, 4), 3: (DUPLICATE_PARAGRAPH, 5)}
    assert kept(lines)[-len(BODY) :] == BODY


@pytest.mark.parametrize("head", ["Key points", "At a glance", "The big picture"])
@pytest.mark.parametrize("mark", ["•", "-", "*"])
def test_english_summary_bullets_go_and_the_storys_paragraphs_stay(head: str, mark: str) -> None:
    bullets = [f"{mark} {p}" for p in EN_BODY[:3]]
    lines = [EN_TITLE, head, *bullets, *EN_BODY]
    assert set(rules_of(lines)) == {2, 3, 4}
    out = kept(lines)
    assert out[-len(EN_BODY) :] == EN_BODY
    assert not any(line.startswith(f"{mark} ") for line in out)


def test_a_summary_of_four_whole_paragraphs_is_no_paste_of_the_story() -> None:
    # Four bullets in a row, each a whole paragraph of the story in its order: the shape of
    # a pasted run (`_mark_pasted_runs`), whose first printing is the bullets' here.
    long_body = [f"{p} {p}" for p in EN_BODY]
    lines = [EN_TITLE, "Key points", *(f"• {p}" for p in long_body), *long_body]
    assert rules_of(lines) == {i: (DUPLICATE_RUN, i + 4) for i in range(2, 6)}
    assert kept(lines)[-4:] == long_body


def test_short_bullets_go_as_a_run() -> None:
    # Below `min_words` each: a short copy goes only as part of a run, as any copy does.
    short = ["Das Bad öffnet am Samstag.", "Kinder zahlen nichts."]
    lines = [TITLE, SUMMARY, *(f"• {s}" for s in short), BODY[1], *short, BODY[3]]
    assert rules_of(lines) == {2: (DUPLICATE_RUN, 5), 3: (DUPLICATE_RUN, 6)}
    assert kept(lines)[-4:] == [BODY[1], *short, BODY[3]]


def test_a_lone_short_bullet_stays_as_any_short_repeat_does() -> None:
    short = "Das Bad öffnet am Samstag."
    lines = [TITLE, SUMMARY, f"• {short}", BODY[0], short, BODY[1]]
    assert rules_of(lines) == {}


# --- what is unchanged: later copies of the story still go -----------------------------------


def test_bullets_below_the_story_still_go_as_copies_of_it() -> None:
    lines = [TITLE, *BODY, "Zusammengefasst", *(f"• {p}" for p in BODY[:2])]
    assert rules_of(lines) == {6: (DUPLICATE_PARAGRAPH, 1), 7: (DUPLICATE_PARAGRAPH, 2)}


def test_a_bulleted_list_printed_twice_keeps_its_first_printing() -> None:
    items = [f"• {p}" for p in BODY[:2]]
    lines = [TITLE, BODY[2], *items, BODY[3], *items]
    assert set(rules_of(lines)) == {5, 6}


def test_a_label_under_a_bullet_is_no_paragraph() -> None:
    # The later printing ends no sentence: a heading, not the story's paragraph.
    heading = "Neue Becken, Duschen und eine Rutsche für vier Millionen Euro im Eichwald"
    lines = [TITLE, f"• {heading}", BODY[0], BODY[1], heading, BODY[2]]
    assert 2 not in rules_of(lines) and 1 not in rules_of(lines)


def test_a_dash_that_is_a_sign_is_no_bullet() -> None:
    assert _is_bulleted("• Eintritt frei.") and _is_bulleted("- Eintritt frei.")
    assert not _is_bulleted("-5 Grad in der Nacht.") and not _is_bulleted("•")


# --- the invariant -------------------------------------------------------------------------


@given(
    distinct_paragraphs(min_sentences=1, min_size=3, max_size=7),
    st.sampled_from(["•", "-", "*", "▪"]),
    st.sampled_from([SUMMARY, "Key points", "At a glance", "The big picture"]),
    st.data(),
)
def test_a_storys_paragraph_is_never_removed_as_a_copy_of_an_earlier_bullet(
    body: list[str], mark: str, head: str, data: st.DataObject
) -> None:
    chosen = data.draw(st.lists(st.integers(0, len(body) - 1), min_size=1, unique=True))
    bullets = [f"{mark} {body[i]}" for i in sorted(chosen)]
    lines = [TITLE, head, *bullets, *body]
    found = find_duplicates(blocks(lines), title=0)
    story = range(2 + len(bullets), len(lines))
    assert not any(index in found for index in story)
    assert all(found[i].original in story for i in found if i in range(2, 2 + len(bullets)))
