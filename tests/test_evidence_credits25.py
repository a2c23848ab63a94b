"""Image residue and credits on unseen sites, by shape (issue #12, credits25).

Three shapes read from the half As of general27/28/29 and written for any site:

- a maker's credit by the picture's kind, its name written as a name ("Desenho de Matilde
  Assunção"), printed again on the page or beside another credit (`detect.captions`);
- one date-stamped name alone on its line, the document's only one and not its first
  ("2014-08-16 Weinglas"; `detect.identifiers`);
- a caption's sentence, then "© Foto ..." (the © before the credit's word; the rules'
  `caption_with_credit`, de/es/fr/it/nl/pt).

Negatives come from real article shapes: an art review that names a drawing once, a credit
word over a phrase, a sentence that names a photographer, a timeline of dated lines, a log
whose title is dated, a file name the story announces, a long paragraph with a glued credit.
Properties: the story kept, removals in order, a second clean the same.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from strategies import distinct_paragraphs, examples
from test_properties import clean_keeping_story

STORY = {
    "pt": [
        "As crianças de uma escola de Lisboa imaginaram como serão as lojas em 2040 e "
        "desenharam supermercados com robôs, drones e prateleiras que falam.",
        "Os desenhos foram expostos no centro comercial durante o mês de dezembro e "
        "visitados por centenas de famílias.",
    ],
    "de": [
        "Die Kinder der Grundschule haben gezeichnet, wie sie sich ihre Stadt im Jahr 2040 "
        "vorstellen, mit Straßenbahnen, Gärten auf den Dächern und vielen Fahrrädern.",
        "Die Bilder sind bis Ende Dezember im Rathaus ausgestellt und können zu den "
        "Öffnungszeiten besichtigt werden.",
    ],
    "en": [
        "Children at the primary school drew how they picture their town in 2040, with trams, "
        "gardens on the roofs and more bicycles than cars.",
        "The drawings hang in the town hall until the end of December and can be seen during "
        "opening hours.",
    ],
}
CAPTIONS = {
    "pt": ["Supermercado com robôs", "Uma loja no espaço"],
    "de": ["Straßenbahn über dem Fluss", "Ein Garten auf dem Dach"],
    "en": ["A tram over the river", "A garden on the roof"],
}
CREDIT = {
    "pt": "Desenho de Matilde Assunção",
    "de": "Zeichnung von Anna von Berg",
    "en": "Illustration by Jane van Doe",
}


def rules_of(article: corpusclean.Article) -> list[str]:
    return [removal.rule for removal in article.removed]


def removed_texts(article: corpusclean.Article) -> list[str]:
    return [removal.text for removal in article.removed]


@pytest.mark.parametrize("lang", sorted(CREDIT))
def test_a_credit_by_the_pictures_kind_printed_under_each_picture_goes(lang: str) -> None:
    first, second = STORY[lang]
    lines = [first, CAPTIONS[lang][0], CREDIT[lang], CAPTIONS[lang][1], CREDIT[lang], second]
    article = clean_keeping_story(lines, STORY[lang])
    assert removed_texts(article).count(CREDIT[lang]) == 2


def test_a_credit_by_the_pictures_kind_beside_another_credit_goes() -> None:
    first, second = STORY["en"]
    article = clean_keeping_story([first, "IMG_1234.jpg", "Photo by Jane Doe", second], STORY["en"])
    assert "Photo by Jane Doe" in removed_texts(article)


def test_an_art_review_naming_a_drawing_once_keeps_it() -> None:
    # The review's own line over its paragraph: printed once, beside no credit.
    review = [
        "A exposição reúne pela primeira vez os cadernos do pintor e os desenhos que fez "
        "para as revistas de Lisboa nos anos vinte.",
        "Desenho de Almada Negreiros",
        "O retrato de Fernando Pessoa, de 1954, ocupa a última sala e é o ponto alto da "
        "exposição, com o poeta sentado à mesa do café.",
    ]
    article = clean_keeping_story(review, [review[0], review[2]])
    assert "Desenho de Almada Negreiros" not in removed_texts(article)


@pytest.mark.parametrize(
    "line",
    [
        "Desenho de uma criança",  # a phrase, not a name
        "Foto de Lisboa à noite",  # a lower-case word longer than a particle
        "Photo by the river",
    ],
)
def test_a_credit_word_over_a_phrase_stays_even_printed_twice(line: str) -> None:
    first, second = STORY["pt"]
    lines = [first, line, "Supermercado com robôs", line, second]
    article = clean_keeping_story(lines, STORY["pt"])
    assert line not in removed_texts(article)


def test_a_sentence_that_names_a_photographer_stays() -> None:
    sentence = "Fotos von Anna Berg hängen jetzt im Rathaus, sagt die Bürgermeisterin."
    article = clean_keeping_story([STORY["de"][0], sentence, sentence], [STORY["de"][0]])
    assert sentence in article.paragraphs


BLOG = [
    "Der Stift berichtet: Oechsle, Ernte und Co",
    "2014-08-16 Weinglas",
    "Heute haben wir die erste Woche der Ernte hinter uns und es ist Zeit, ein paar Zeilen "
    "über die Trauben, das Wetter und die Arbeit im Keller zu schreiben.",
    "Die Oechslegrade sind gut, und der Regen der letzten Tage hat den Trauben kaum "
    "geschadet, sagt unser Kellermeister.",
]


def test_a_lone_date_stamped_name_goes() -> None:
    article = clean_keeping_story(BLOG, BLOG[2:])
    assert rules_of(article) == ["image_file_name"]


def test_a_timeline_of_dated_lines_stays() -> None:
    timeline = [
        BLOG[0],
        BLOG[2],
        "2014-08-16 Lesebeginn",
        "2014-09-02 Federweißer",
        BLOG[3],
    ]
    article = clean_keeping_story(timeline, timeline[1:])
    assert article.removed == ()


def test_a_dated_first_line_stays() -> None:
    lines = ["2014-08-16 Lesebeginn", *BLOG[2:]]
    article = clean_keeping_story(lines, lines[1:])
    assert "2014-08-16 Lesebeginn" not in removed_texts(article)


def test_a_dated_name_the_story_announces_stays() -> None:
    # A how-to that shows how the camera names its files.
    lines = [
        "So benennt die Kamera jedes Bild nach dem Tag der Aufnahme und einem Stichwort:",
        "2014-08-16 Weinglas",
        "Das Stichwort lässt sich im Menü der Kamera unter Dateiname frei wählen, bis zu "
        "zwanzig Zeichen lang.",
    ]
    article = clean_keeping_story(lines, lines)
    assert article.removed == ()


@pytest.mark.parametrize(
    ("lang", "caption"),
    [
        ("nl", "Volledig scherm Vuurwerkincident Heesch. © Foto Mallo / Gabor Heeres"),
        ("de", "Der neue Kindergarten am Stadtpark. © Foto Max Muster / Stadt"),
        ("pt", "A nova loja no centro da cidade. © Foto Rita Gonçalves"),
    ],
)
def test_a_caption_ending_in_a_copyright_sign_before_the_credit_goes(
    lang: str, caption: str
) -> None:
    story = (
        STORY["pt"]
        if lang == "pt"
        else STORY["de"]
        if lang == "de"
        else [
            "In Heesch raakte maandagnacht een man gewond nadat hij een lijmbus op vuurwerk had "
            "gezet, meldt de politie.",
            "De man is met brandwonden naar het ziekenhuis gebracht; de politie onderzoekt hoe "
            "het ongeluk kon gebeuren.",
        ]
    )
    article = clean_keeping_story([story[0], caption, story[1]], story)
    assert caption in removed_texts(article)


def test_a_long_paragraph_with_a_glued_credit_stays() -> None:
    # Longer than a caption's 300 characters: the report's own paragraph.
    paragraph = (
        "Der Gemeinderat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende "
        "Jahr beschlossen, mit neuen Mitteln für die Schulen, die Feuerwehr und die Sanierung "
        "der Brücke am Stadtpark, die seit dem Frühjahr gesperrt ist und den Verkehr in der "
        "Innenstadt seit Monaten erheblich belastet, wie der Bürgermeister in der Sitzung "
        "betonte. © Foto Max Muster"
    )
    article = clean_keeping_story([STORY["de"][0], paragraph, STORY["de"][1]], STORY["de"])
    assert paragraph in article.paragraphs


@settings(max_examples=examples(40))
@given(
    story=distinct_paragraphs(2, min_size=1, max_size=4),
    extra=st.lists(
        st.sampled_from(
            (
                "Desenho de Matilde Assunção",
                "Foto von Anna Berg",
                "2014-08-16 Weinglas",
                "2015-01-02 Ernte",
                "Supermercado com robôs",
                "IMG_1234.jpg",
            )
        ),
        max_size=6,
    ),
    at=st.integers(min_value=0, max_value=4),
)
def test_credit_lines_anywhere_never_take_the_story(
    story: list[str], extra: list[str], at: int
) -> None:
    # Story kept, removals in input order, a second clean the same. A headline first: a short
    # story paragraph first would be read as the title, which is no paragraph.
    lines = ["Weinlese im Tal beginnt früher", *story[:at], *extra, *story[at:]]
    clean_keeping_story(lines, story)
