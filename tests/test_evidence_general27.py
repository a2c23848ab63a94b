"""Two shapes read on general27's half A (issue #12): an image link's address cut to its
file name and query, and the "Jump to content" skip link. What stays first, then what goes."""

from __future__ import annotations

from hypothesis import given

from corpusclean.detect.identifiers import FILE_NAME
from strategies import distinct_paragraphs
from test_properties import clean_keeping_story, removed_by

STORY = [
    "Nach einem bewegenden Jubiläumsjahr meldet sich die Band mit zwei neuen Alben zurück, "
    "die wie zwei Pole derselben Achse funktionieren und doch klar getrennt sind.",
    "Das erste Album steht da wie ein Denkmal: still, konzentriert, fast asketisch, ein "
    "radikal reduzierter Folk, der bis auf das Wesentliche entkernt ist.",
]

EN_STORY = [
    "I am a high school football coach on Long Island, and we had a game last night that "
    "turned out to be the craziest one I have seen in years.",
    "We were home playing a team we should have beaten easily, but our starting quarterback "
    "was suspended and we fumbled the ball away five times.",
]


# --- what stays -----------------------------------------------------------------------------


def test_a_file_name_inside_a_sentence_stays() -> None:
    line = "Die Datei foto.png?version=2 lag auf dem Server, sagte der Sprecher."
    assert line not in removed_by([*STORY, line])


def test_a_question_ending_in_a_file_name_stays() -> None:
    # "?" with no query after it is the sentence's own mark, and the line has words around.
    line = "Wo ist die Datei foto.png?"
    assert line not in removed_by([*STORY, line])


def test_jump_in_a_headline_stays() -> None:
    line = "Jump to content of the new deal remains unclear"
    assert line not in removed_by([line, *EN_STORY])


# --- what goes ------------------------------------------------------------------------------


def test_an_image_links_address_cut_to_its_file_name_goes() -> None:
    line = "2025.png?version=1766194262)"
    assert removed_by([line, "ROME - The Hierophant", *STORY]).get(line) == FILE_NAME


def test_the_jump_to_content_skip_link_goes() -> None:
    assert "Jump to content" in removed_by(["Jump to content", "A headline here", *EN_STORY])


# --- properties -----------------------------------------------------------------------------


@given(distinct_paragraphs(min_size=1, max_size=5))
def test_a_story_under_both_loses_only_them(story: list[str]) -> None:
    lines = ["Jump to content", "2025.png?version=1766194262)", *EN_STORY, *story]
    article = clean_keeping_story(lines, [*EN_STORY, *story])
    assert {r.text for r in article.removed} >= {lines[0], lines[1]}
