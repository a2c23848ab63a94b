"""A byline's meta line in the story's head or foot, by its parts (issue #12, credits32).

`detect.bylines` reads a line made only of a byline ("Door Jan de Vries", "par Jean
Dupont"), a date stamp and a reading time, apart by bars, dots or a comma before the byline,
above the story's first prose paragraph or below its last.

Negatives, in several languages: the same line among the story's paragraphs, a name and a
date with no byline's word (a place: "Bad Homburg | 12. März 2021"), an event's line, a
sub-heading with a bar, a quote's attribution, a dateline opening the story, a lone byline
(the rules' edge scope decides it). Properties: the story kept, removals in order, a second
clean the same.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.detect.bylines import NAME, is_meta_line
from corpusclean.language import load_language
from strategies import examples, prose_stories
from test_evidence_credits32 import STORY
from test_properties import clean_keeping_story

#: A headline in each language, over the story.
HEADLINE = {
    "de": "Gemeinderat beschließt den Haushalt",
    "en": "Council approves the budget",
    "fr": "Le conseil vote le budget",
    "es": "El pleno aprueba el presupuesto",
    "it": "Il consiglio approva il bilancio",
    "nl": "Gemeenteraad keurt begroting goed",
    "pt": "Câmara aprova o orçamento",
}
#: Meta lines the rules' whole-line patterns do not know.
META = {
    "de": ["Von Anna Berg · 3 Min. Lesezeit", "12. März 2021 | Von Anna Berg"],
    "en": ["By Jane Doe · 3 min read", "March 12, 2021 · By Jane Doe · 4 min read"],
    "fr": ["12 mars 2021, par Jean Dupont", "Par Jean Dupont · 3 min de lecture"],
    "es": ["3 min lectura", "Por Ana Pérez · 12 de marzo de 2021 · 3 min de lectura"],
    "it": ["Di Mario Rossi | 12 marzo 2021"],
    "nl": ["Door Jan de Vries · 3 min leestijd"],
    "pt": ["Por Ana Silva · 3 min de leitura"],
}
#: Lines of a meta line's look that stay wherever they stand: a name or a place and a date
#: with no byline's word, an event, a sub-heading with a bar, a lone byline.
KEPT = {
    "de": ["Bad Homburg | 12. März 2021", "Stadtfest | 12. Juni 2021", "Fakten | Zahlen"],
    "en": ["Jane Doe | March 12, 2021", "By the river | March 12, 2021", "— Winston Churchill"],
    "fr": ["Jean Dupont | 12 mars 2021", "par ailleurs | 12 mars 2021"],
    "it": ["12 marzo 2021 | Mario Rossi"],
}


def removed_as_meta(lines: list[str], story: list[str]) -> list[str]:
    article = clean_keeping_story(lines, story)
    return [r.text for r in article.removed if r.rule == NAME]


@pytest.mark.parametrize(
    ("code", "line"), [(code, line) for code, lines in META.items() for line in lines]
)
def test_a_meta_line_goes_under_the_headline_and_at_the_foot(code: str, line: str) -> None:
    story = STORY[code]
    assert removed_as_meta([HEADLINE[code], line, *story], story) == [line]
    assert removed_as_meta([HEADLINE[code], *story, line], story) == [line]


@pytest.mark.parametrize(
    ("code", "line"), [(code, line) for code, lines in META.items() for line in lines]
)
def test_a_meta_line_among_the_paragraphs_stays(code: str, line: str) -> None:
    story = STORY[code]
    assert removed_as_meta([HEADLINE[code], story[0], line, story[1]], story) == []


@pytest.mark.parametrize(
    ("code", "line"), [(code, line) for code, lines in KEPT.items() for line in lines]
)
def test_a_name_or_place_and_a_date_an_event_or_a_heading_stays(code: str, line: str) -> None:
    story = STORY[code]
    assert removed_as_meta([HEADLINE[code], line, *story], story) == []
    assert not is_meta_line(line, load_language(code))


@pytest.mark.parametrize("line", ["Von Anna Berg", "Par Jean Dupont", "By Jane Doe"])
def test_a_lone_byline_is_the_rules_to_read(line: str) -> None:
    # A byline alone is "von Goethe" under a poem as often: the rules' edge scope decides.
    assert not is_meta_line(line, load_language("de"))


def test_a_dateline_opening_the_story_stays() -> None:
    story = [
        "BERLIN (dpa) – Die Bundesregierung hat am Mittwoch neue Mittel für die Schulen "
        "beschlossen, wie eine Sprecherin mitteilte.",
        STORY["de"][1],
    ]
    assert removed_as_meta([HEADLINE["de"], *story], story) == []


def test_a_long_line_with_bars_is_no_meta_line() -> None:
    # More words than a meta line holds (`META_LINE_MAX_WORDS`): read no further.
    line = " · ".join(["Von Anna Berg"] * 9)
    story = STORY["de"]
    assert removed_as_meta([HEADLINE["de"], line, *story], story) == []


@settings(max_examples=examples(40), deadline=None)
@given(
    story=prose_stories(),
    extra=st.lists(
        st.sampled_from(
            (
                "By Jane Doe · 3 min read",
                "March 12, 2021 · By Jane Doe",
                "Jane Doe | March 12, 2021",
                "— Winston Churchill",
                "3 min read",
            )
        ),
        max_size=4,
    ),
    at=st.integers(min_value=0, max_value=6),
)
def test_meta_lines_anywhere_never_take_the_story(
    story: list[str], extra: list[str], at: int
) -> None:
    # Story kept, removals in input order, a second clean the same; a meta line between two
    # of the story's prose paragraphs stays.
    lines = ["Council approves the budget", *story[:at], *extra, *story[at:]]
    removed = removed_as_meta(lines, story)
    if 0 < at < len(story):
        assert removed == []
