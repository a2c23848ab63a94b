"""Duplicate repair of lines printed again in a row (issue #12 item 4, dups35): a teaser's last
lines printed again under its "Weiterlesen" link once the link is removed, whatever their
shape (`adjacent._is_printed_after_break`), and a one-word name opening the document printed
twice (`adjacent.OPENING_STUTTER_MIN_LETTERS`: a blog's page title over its post's).

Negatives first: a chorus sung twice in a row, a list's heading and first row printed twice
with nothing removed between them, a plan's rows printed three times, a short or lowercase
word or a number twice at the start, three printings, a paragraph's first word on its own
line under the name, and a one-word line twice further down stay.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from block_helpers import ARTICLE_MODE, blocks
from corpusclean.dedupe.within import find_duplicates
from strategies import distinct_paragraphs
from test_properties import clean_keeping_story

TITLE = "Kreisliga A: Türkgücü setzt sich oben ab"
LEAD = (
    "Am 16. Spieltag gewann Tabellenführer Türkgücü Friedrichshafen auch in Tettnang und hat"
    " nun fünf Punkte Vorsprung auf den SV Kressbronn."
)
LAST = "Am kommenden Sonntag empfängt Türkgücü den SV Kressbronn zum Spitzenspiel."
RESULTS = [
    "Die Ergebnisse:",
    "FC Tettnang – Türkgücü Friedrichshafen 1:3",
    "SV Kressbronn – TSV Meckenbeuren 2:1",
    "FC Langenargen – SV Oberteuringen 2:2",
]
CHORUS = ["So sing it loud and sing it clear,", "the longest night is almost here"]
BREAK = "Weiterlesen"  # a teaser's link, removed by the rules (page_ui)
# The same in English, for the drawn stories (`strategies`: English words).
RESULTS_EN = ["The results:", "Hollow Lane – Riverside 1:3", "Cross Keys – Mill Road 2:1"]
BREAK_EN = "Continue reading"


def _removed(lines: list[str]) -> list[str]:
    article = ARTICLE_MODE.clean("\n".join(lines))
    return [r.text for r in article.removed if r.rule.startswith("duplicate")]


def test_what_is_printed_twice_with_nothing_removed_between_stays() -> None:
    cases = [
        # a chorus sung twice in a row
        [TITLE, LEAD, *CHORUS, *CHORUS, LAST],
        # a list's heading and first row twice in a row, nothing between them
        [TITLE, LEAD, *RESULTS[:2], *RESULTS, LAST],
        # the same with a kept line between: no run printed twice in a row
        [TITLE, LEAD, *RESULTS[:2], "Die Tabelle folgt unten.", *RESULTS, LAST],
        # a plan's rows printed under three days, the days' labels removed between them
        [TITLE, LEAD, *RESULTS[1:3], BREAK, *RESULTS[1:3], BREAK, *RESULTS[1:3], LAST],
    ]
    for lines in cases:
        assert _removed(lines) == [], lines


def test_lines_printed_again_after_a_removed_break_go() -> None:
    # Fails before dups35: the heading and the first result stayed twice.
    lines = [TITLE, LEAD, *RESULTS[:2], BREAK, *RESULTS, LAST]
    assert _removed(lines) == RESULTS[:2]
    article = ARTICLE_MODE.clean("\n".join(lines))
    assert list(article.paragraphs) == [LEAD, *RESULTS, LAST]


def test_only_an_opening_name_twice_goes() -> None:
    story = [LEAD, LAST]
    for kept in (["Ja", "Ja"], ["analyse", "analyse"], ["2019", "2019"], ["Bienen"] * 3):
        assert find_duplicates(blocks([*kept, *story])) == {}, kept
    # a hard-wrapped paragraph's first word on its own line under the name
    assert find_duplicates(blocks(["Lorem", "Lorem", "ipsum dolor sit amet.", LAST])) == {}
    # further down, one word twice stays (two table cells, `STUTTER_MIN_WORDS`)
    assert find_duplicates(blocks([LEAD, "Analyse", "Analyse", LAST])) == {}
    found = find_duplicates(blocks(["Appeltaart", "Appeltaart", *story]))
    assert {i: (d.rule, d.original) for i, d in found.items()} == {1: ("duplicate_adjacent", 0)}


@given(
    story=distinct_paragraphs(min_sentences=2, min_size=1, max_size=5),
    width=st.integers(2, 3),
    at=st.integers(0, 5),
)
def test_a_run_after_a_break_goes_and_the_story_stays(
    story: list[str], width: int, at: int
) -> None:
    # The results' first lines printed again under a removed link, anywhere in a story: the
    # copies go; the story, the list and the order stay, and a second clean is the same.
    at = min(at, len(story))
    lines = [TITLE, *story[:at], *RESULTS_EN[:width], BREAK_EN, *RESULTS_EN, *story[at:]]
    article = clean_keeping_story(lines, [*story, *RESULTS_EN])
    assert article.paragraphs.count(RESULTS_EN[0]) == 1
