"""Photo credits by their parts, and an image's leftovers, in any language (issue #12,
credits34).

Two shapes the labelled unseen-site sets kept, which are evidence on any site:

- a credit's label at a line's end or alone: in brackets after a caption or on a line of its
  own ("(Foto Jørn Kildall)", "... (Symbolfoto)", "... (Foto: Reprodução/ Facebook)"), an
  abbreviation's label ("Il Rifugio Nuvolau. Ph. Cecilia Mariani"), a © after the label's
  colon ("In de vogelhut - Foto: ©Jeannet Le Poole"), a dash before a label that stands alone
  ("– Foto's: ©Louis Fraanje"), and the picture's word alone where the picture was ("Foto",
  "[fehlendes Bild]");
- an image's file name left on a line of its own: a stem with an image size's suffix
  ("Applecake2_LowRes"), a camera's name with its address's fragment
  ("DSC_5524.JPG#asset:17504"), a style class naming an image ("single-image").

Negatives first: a sentence that mentions a photo, a photographer's profile, a product name
with digits, a list item "Fotos: 20 Bilder vom Fest" inside a story's list, a dateline, a
short sub-heading, a bracket that places a photo ("(Foto unten)"), a headline that promises
its photos ("... (Photos)"), a story's byline for its text and photos in brackets.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.language import load_language
from strategies import distinct_paragraphs, examples
from test_evidence_credits32 import STORY as STORY32
from test_properties import clean_keeping_story

#: Two paragraphs of a local report in each language: credits32's, and three more.
STORY = {
    **STORY32,
    "da": [
        "Byrådet har tirsdag aften vedtaget budgettet for det kommende år, og der er flere "
        "penge til skolerne og til brandvæsenet, som har ventet længe.",
        "Arbejdet på broen ved parken begynder til foråret, og det skal være færdigt til "
        "efteråret, sagde borgmesteren, der er glad for at det nu sker.",
    ],
    "sv": [
        "Kommunfullmäktige antog i tisdags kväll budgeten för nästa år, med mer pengar till "
        "skolorna och räddningstjänsten.",
        "Arbetet med bron vid parken börjar i vår och ska vara klart i höst, sade "
        "kommunstyrelsens ordförande.",
    ],
}


def removed(code: str, line: str) -> list[str]:
    """The texts the default cleaner removes from ``line`` set between two paragraphs of the
    language's report (the story kept, the removals in order, a second clean the same)."""
    story = STORY[code]
    article = clean_keeping_story([story[0], line, story[1]], story)
    assert article.metadata.get("detected_language") == code
    return [r.text for r in article.removed]


#: Lines that stay between two paragraphs of the story: a sentence that mentions a photo, a
#: photographer's profile, a product with digits, a short sub-heading, a bracket that places
#: a photo or names a phrase, a caption sentence with no credit.
KEPT = [
    ("de", "Das Foto zeigt den Bürgermeister bei der Eröffnung der neuen Brücke."),
    (
        "de",
        "Anna Berg fotografiert seit dreißig Jahren für die Zeitung und hat viele Preise gewonnen.",
    ),
    ("de", "Der neue Spielplatz am Stadtpark (Foto unten)"),
    ("de", "Die Ausstellung (Bild oben) ist bis Ende Mai zu sehen."),
    ("de", "Fotos vom Fest"),
    ("de", "Der Verein feiert. Die Fotos (siehe unten) machte Anna Berg."),
    ("en", "She took the photo in 1972, a year after the bridge was opened."),
    ("en", "iPhone 15 Pro"),
    ("en", "The new iPhone 15 Pro (Photo Edition) goes on sale in May."),
    ("en", "Photography"),
    ("en", "A photographer's life: Jane Doe has covered the club for thirty years."),
    ("fr", "La photo a été prise en 1972 devant la mairie (photo d'archives)."),
    ("it", "Il rifugio sul passo. Ph. dottoressa in fisica, Cecilia ama la montagna."),
    ("nl", "De foto's zijn gemaakt door Jan de Vries (fotograaf van het jaar)."),
    ("pt", "A ponte sobre o rio (foto de arquivo) foi inaugurada em 1972."),
    ("es", "Créditos y préstamos"),
    ("da", "Billedet viser borgmesteren ved indvielsen af den nye bro."),
    # A headline that promises its pictures, as a related link or the page's own title.
    ("en", "Lady Beaten And Disgraced In The Market Square (Photos)"),
    ("en", "Miss Moscow 2018 picked from 49 top beauties (PHOTOS)"),
    # A story's byline for its text and photos, in brackets at its end (labels7b's content).
    ("es", "(Texto y fotos: Carlos Martínez)"),
]


def test_a_label_over_the_caption_below_stays() -> None:
    # "Image:" over its caption's line is the caption's label, not a picture's stand-in.
    story = STORY["en"]
    lines = [story[0], "Image:", "The mayor opens the new bridge on Tuesday", story[1]]
    article = clean_keeping_story(lines, story)
    assert "Image:" not in [r.text for r in article.removed]


@pytest.mark.parametrize(("code", "line"), KEPT)
def test_a_sentence_a_profile_a_product_or_a_sub_heading_stays(code: str, line: str) -> None:
    assert removed(code, line) == []


def test_a_list_item_of_photos_inside_a_story_list_stays() -> None:
    story = STORY["de"]
    items = ["Programm des Tages:", "Fotos: 20 Bilder vom Fest", "Musik: Blaskapelle Lohr"]
    article = clean_keeping_story([story[0], *items, story[1]], story)
    assert "Fotos: 20 Bilder vom Fest" in article.paragraphs


@pytest.mark.parametrize(
    ("code", "dateline"),
    [
        ("de", "HOVEDGÅRD (Foto) - Die Bäckerei feiert ihr Jubiläum mit einem großen Fest."),
        (
            "da",
            "HOVEDGÅRD - En lokal tradition blomstrer i hjertet af byen, hvor bageriet "
            "fejrer sin fødselsdag.",
        ),
    ],
)
def test_a_dateline_opening_the_story_stays(code: str, dateline: str) -> None:
    story = [dateline, STORY[code][1]]
    article = clean_keeping_story(story, story)
    assert dateline in article.paragraphs


#: A credit's label at a line's end or alone, in several languages (made up in the shapes
#: the sets kept).
CREDITS = [
    ("da", "(Foto Mette Hansen)"),
    ("da", "Bageriet på torvet i Hovedgård (Foto Mette Hansen)"),
    ("de", "Ein Radfahrer auf dem neuen Weg am Fluss (Symbolfoto)"),
    ("de", "(Symbolbild)"),
    ("pt", "A nova ponte sobre o rio Douro (Foto: Reprodução/ Facebook))"),
    ("it", "Il ponte vecchio sul fiume. Ph. Marco Bianchi"),
    ("nl", "De optocht door het centrum - Foto: ©Jan de Vries"),
    ("nl", "– Foto's: ©Jan de Vries"),
    ("es", "Los voluntarios en la plaza. Créditos: Ana Pérez"),
    ("en", "(Photo: Jane Doe/AP)"),
]


@pytest.mark.parametrize(("code", "line"), CREDITS)
def test_a_credit_label_at_the_end_or_alone_goes(code: str, line: str) -> None:
    assert removed(code, line) == [line]


#: The picture's word alone, where the page's picture was.
PLACEHOLDERS = [
    ("nl", "Foto"),
    ("de", "[fehlendes Bild]"),
    ("da", "Foto"),
    ("en", "Photo"),
    ("sv", "Bild"),
]


@pytest.mark.parametrize(("code", "line"), PLACEHOLDERS)
def test_the_picture_word_alone_goes(code: str, line: str) -> None:
    assert removed(code, line) == [line]


#: An image's file name or markup alone between two paragraphs.
LEFTOVERS = [
    ("fr", "Applecake2_LowRes"),
    ("nl", "DSC_5524.JPG#asset:17504"),
    ("es", "single-image"),
    ("en", "bridge-in-spring-1024x683"),
]


@pytest.mark.parametrize(("code", "line"), LEFTOVERS)
def test_an_image_leftover_alone_goes(code: str, line: str) -> None:
    assert removed(code, line) == [line]


#: Identifier-like lines that are no image's: a compound, a product, a size in prose.
NOT_LEFTOVERS = [
    ("en", "follow-up"),
    ("en", "World-Wide-Web"),
    ("en", "single-minded"),
    ("en", "MAX_RETRIES"),
]


@pytest.mark.parametrize(("code", "line"), NOT_LEFTOVERS)
def test_an_identifier_that_names_no_image_stays(code: str, line: str) -> None:
    story = STORY[code]
    article = clean_keeping_story([story[0], line, story[1]], story)
    assert line not in [r.text for r in article.removed]


def test_the_first_line_is_never_a_placeholder() -> None:
    # A one-word title over the story is the page's heading, not a lost picture.
    story = STORY["en"]
    article = clean_keeping_story(["Photo", *story], story)
    assert "Photo" not in [r.text for r in article.removed]


@pytest.mark.parametrize("code", ["de", "en", "fr", "es", "it", "nl", "pt", "da", "sv"])
def test_every_language_with_a_label_names_its_placeholders(code: str) -> None:
    assert load_language(code).picture_placeholders


def test_the_bracket_screen_reads_the_last_bracket_only() -> None:
    danish = load_language("da")
    assert danish.may_hold_credit_label("Bageriet i Hovedgård (Foto Jørn Kildall) ")
    assert not danish.may_hold_credit_label("Fotoklubben i Hovedgård (2019)")
    assert not danish.may_hold_credit_label("Kommentarer (3)")


def test_the_dotted_label_screen_reads_the_label_not_any_dot() -> None:
    italian = load_language("it")
    assert italian.may_hold_credit_label("Il Rifugio Nuvolau. PH. Cecilia Mariani")
    assert not italian.may_hold_credit_label("Il rifugio è aperto. Si cena alle otto.")


@settings(max_examples=examples(40), deadline=None)
@given(
    story=distinct_paragraphs(2, min_size=1, max_size=4),
    extra=st.lists(
        st.sampled_from(
            (
                "(Photo: Jane Doe/AP)",
                "The bridge in spring (Photo: Jane Doe)",
                "Image",
                "Applecake2_LowRes",
                "She took the photo in 1972, a year after the bridge was opened.",
                "iPhone 15 Pro",
            )
        ),
        max_size=5,
    ),
    at=st.integers(min_value=0, max_value=4),
)
def test_credits_and_leftovers_anywhere_never_take_the_story(
    story: list[str], extra: list[str], at: int
) -> None:
    # Story kept, removals in input order, a second clean the same; the sentence that
    # mentions a photo and the product stay wherever they stand.
    lines = ["Council approves the budget", *story[:at], *extra, *story[at:]]
    article = clean_keeping_story(lines, story)
    kept = {article.title, *article.paragraphs}
    for line in ("She took the photo in 1972, a year after the bridge was opened.",):
        if line in extra:
            assert line in kept
