"""An image left as markup, a CMS shortcode, and a compound credit label, on any site (issue #12,
credits35b).

general40 kept a town site's picture elements ("<image>…alt="…"</image>", one cut by the
excerpt's end as "<imag"), a gallery plugin's shortcode ("[oqeygallery id=118]") and a German
"Fotocopyright: …" line and a Spanish "… Fotografia: …" without its accent. The first two read
no word of any language (`shapes.toml`'s `markup_image` and `shortcode_line`); the others are
labels more in German's and Spanish's credit words.

Negatives first: an exhibition's list of photographers, a sentence that names a photographer
or the element, a caption-like sub-heading, a letter's signature, a dateline, an editor's
bracketed note, a sentence about the photo's copyright.
"""

from __future__ import annotations

import pytest

from test_evidence_credits34 import STORY as STORY34
from test_properties import clean_keeping_story

#: Two paragraphs of a local report in each language: credits34's, and Polish.
STORY = {
    **STORY34,
    "pl": [
        "Rada gminy przyjęła we wtorek wieczorem budżet na przyszły rok, w którym jest więcej "
        "pieniędzy na szkoły i na straż pożarną.",
        "Prace przy moście koło parku zaczną się wiosną i mają się skończyć jesienią, "
        "powiedział wójt, który cieszy się, że wreszcie do tego dochodzi.",
    ],
}


def removed(code: str, lines: list[str], *, before: bool = False) -> list[str]:
    """The texts the default cleaner removes from ``lines`` set between two paragraphs of the
    language's report (or above them with ``before``): the story kept, a second clean the
    same."""
    story = STORY[code]
    document = [*lines, *story] if before else [story[0], *lines, story[1]]
    article = clean_keeping_story(document, story)
    assert article.metadata.get("detected_language") == code
    return [r.text for r in article.removed]


KEPT = [
    # an exhibition's list of photographers
    ("de", "Fotografen: Anna Berg, Jan Roth und Eva Klein zeigen ihre Bilder bis Ende Mai."),
    ("pl", "Na wystawie pokazują swoje zdjęcia fotografowie Anna Nowak i Jan Kowalski."),
    # a sentence that names a photographer, or the copyright of a photo
    ("de", "Das Fotocopyright liegt bei Ilse Dittrich, die seit Jahren im Verein fotografiert."),
    ("fr", "Le photographe Jean Dupont expose ses images de la fête à la mairie."),
    ("es", "La fotografia de Luis García ganó el premio del concurso de la ciudad."),
    # a caption-like sub-heading
    ("de", "Die Kinderspielgeräte nach ihrer Montage"),
    # a letter's signature
    ("de", "Ihre Ilse Dittrich"),
    # a sentence that names the markup or a bracketed editor's note
    ("en", "Use the <img> tag with an alt text that says what the picture shows."),
    ("en", "[Update]"),
    ("en", "[Editor's note: 1 euro = 1.08 dollars at the time of writing.]"),
]


@pytest.mark.parametrize(("code", "line"), KEPT)
def test_a_line_that_is_no_picture_or_credit_stays(code: str, line: str) -> None:
    assert line not in removed(code, [line])


def test_a_dateline_above_the_story_stays() -> None:
    line = "BERLIN, 12. März 2021"
    assert line not in removed("de", [line], before=True)


#: A picture's element as a converter printed it, with an inline address and its alt text.
IMAGE = '<image>data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB" alt="KGW"</image>'


def test_a_picture_element_above_the_story_goes() -> None:
    assert removed("pl", [IMAGE], before=True) == [IMAGE]


def test_a_run_of_picture_elements_and_a_cut_one_go() -> None:
    html = '<img src="/uploads/2019/05/staw-1024x683.jpg" alt="Staw w maju" />'
    lines = [IMAGE, IMAGE.replace("KGW", "Kalno"), html, "<imag"]
    assert removed("pl", lines) == lines


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("fr", "[oqeygallery id=118]"),
        ("de", '[gallery ids="12,13,14" columns="3"]'),
        ("en", "[/caption]"),
        ("pt", '[adrotate group="3"]'),
    ],
)
def test_a_shortcode_left_unrendered_goes(code: str, line: str) -> None:
    assert removed(code, [line]) == [line]


def test_a_compound_credit_label_goes() -> None:
    line = "Fotocopyright: Ilse Dittrich"
    assert removed("de", [line]) == [line]


@pytest.mark.parametrize(
    "line",
    ["Texto: Patricia Campelo. Fotografia: Luis García Craus.", "FOTOGRAFIA: LUIS GARCÍA"],
)
def test_a_spanish_label_without_its_accent_goes(line: str) -> None:
    # Spanish capitals were long set without accents: the label reads without it.
    assert removed("es", [line]) == [line]
