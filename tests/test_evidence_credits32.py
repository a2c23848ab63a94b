"""A caption with its labelled credit after a slash, a dash or a ©, in every language with a
rule file (issue #12, credits32).

The rule files' caption rules each read a few separators (a stop, a bar, "(Foto: X)"), and
differently in each language: "... na Câmara / Foto: Divulgação" and "De optocht – Foto:
Jan de Vries / ANP" were kept. `detect.captions` reads the language's ``credit_words`` now
in every language: a caption, its stop, bar, dash or a slash or hyphen between spaces, then the
label and a colon, or a ©, and an owner written as names or agencies.

Negatives, in several languages: a sentence that names a photographer, a caption that is a
sentence with no credit, a dateline opening the story's first paragraph, the story's own
author bio, a sub-heading, a quote's attribution, a label over a phrase, a © inside a
sentence, a paragraph too long for a caption. Properties: the story kept, removals in order,
a second clean the same.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.captions import CONTEXT_NAME
from corpusclean.language import load_language
from strategies import distinct_paragraphs, examples
from test_properties import clean_keeping_story

#: Two paragraphs of a local report in each language.
STORY = {
    "de": [
        "Der Gemeinderat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, "
        "mit neuen Mitteln für die Schulen und die Feuerwehr.",
        "Die Sanierung der Brücke am Stadtpark soll im Frühjahr beginnen und bis zum Herbst "
        "abgeschlossen sein, sagte der Bürgermeister.",
    ],
    "en": [
        "The town council approved next year's budget on Tuesday evening, with new money for "
        "the schools and the fire brigade.",
        "Repairs to the bridge by the park are due to start in the spring and finish by the "
        "autumn, the mayor said.",
    ],
    "fr": [
        "Le conseil municipal a voté mardi soir le budget de l'année prochaine, avec de "
        "nouveaux moyens pour les écoles et les pompiers.",
        "Les travaux du pont près du parc doivent commencer au printemps et se terminer à "
        "l'automne, a indiqué le maire.",
    ],
    "es": [
        "El pleno del ayuntamiento aprobó el martes por la noche el presupuesto del próximo "
        "año, con más fondos para las escuelas y los bomberos.",
        "Las obras del puente junto al parque empezarán en primavera y terminarán en otoño, "
        "según explicó el alcalde.",
    ],
    "it": [
        "Il consiglio comunale ha approvato martedì sera il bilancio del prossimo anno, con "
        "nuovi fondi per le scuole e per i vigili del fuoco.",
        "I lavori del ponte vicino al parco inizieranno in primavera e finiranno in autunno, "
        "ha spiegato il sindaco.",
    ],
    "nl": [
        "De gemeenteraad heeft dinsdagavond de begroting voor volgend jaar goedgekeurd, met "
        "extra geld voor de scholen en de brandweer.",
        "De werkzaamheden aan de brug bij het park beginnen in het voorjaar en moeten in het "
        "najaar klaar zijn, zei de burgemeester.",
    ],
    "pt": [
        "A câmara municipal aprovou na terça-feira à noite o orçamento do próximo ano, com "
        "mais verbas para as escolas e para os bombeiros.",
        "As obras da ponte junto ao parque começam na primavera e devem terminar no outono, "
        "disse o presidente da câmara.",
    ],
}

#: A caption and its credit, joined as templates print them, which the rule files missed.
CAPTIONED = {
    "de": [
        "Die neue Brücke am Stadtpark / Foto: dpa",
        "Der Bürgermeister bei der Sitzung. © Anna Berg",
    ],
    "en": [
        "Volunteers in the community garden - Photo: Jane Doe/AP",
        "The bridge by the park. © John Smith",
    ],
    "fr": [
        "Le marché de Noël sur la place de la mairie. © Jean Dupont",
        "Les pompiers devant la caserne / Photo : Belga",
    ],
    "es": [
        "Los voluntarios en la plaza mayor / Foto: EFE",
        "El alcalde durante el pleno - Foto: Ana Pérez / Europa Press",
    ],
    "it": [
        "I volontari in piazza durante la sagra - Foto: ANSA",
        "Il sindaco in consiglio comunale. © Mario Rossi",
    ],
    "nl": [
        "De optocht door het centrum – Foto: Jan de Vries / ANP",
        "De burgemeester in de raadszaal. © Peter van Dam/ Pix4Profs",
    ],
    "pt": [
        "Os vereadores durante a sessão na Câmara / Foto: Divulgação",
        "Os bombeiros no quartel - Foto: Lusa",
    ],
}

#: Lines that stay: a sentence that names a photographer, a caption that is a sentence with
#: no credit, a sub-heading, a quote's attribution, a label over a phrase, a © inside a
#: sentence, the story's own author line.
KEPT = {
    "de": [
        "Das Foto machte Anna Berg, die den Verein seit Jahren mit der Kamera begleitet.",
        "Die Feuerwehr bei der Übung am Samstag.",
        "Mein liebstes Foto: Sonnenuntergang am Meer",
        "— Angela Merkel",
        "Die Brücke – Foto: ein Blick vom Ufer",
        "Das Logo – © Adidas – ist geschützt.",
        "Anna Berg ist Redakteurin im Lokalteil und schreibt über Vereine und Schulen.",
    ],
    "en": [
        "The photo was taken by Jane Doe, who has covered the club for years.",
        "Volunteers at work in the community garden.",
        "A day in pictures",
        "— Winston Churchill",
        "The bridge - Photo: a view from the bank",
    ],
    "fr": [
        "La photo a été prise par Jean Dupont lors de la fête du village.",
        "Les bénévoles devant la salle des fêtes.",
        "Le marché en images",
        "– Jacques Chirac",
    ],
    "es": [
        "La foto la hizo Ana Pérez durante la procesión del domingo.",
        "Los voluntarios en la plaza mayor.",
        "— Miguel de Cervantes",
    ],
    "it": ["Una foto: il ponte visto dal fiume", "— Giuseppe Garibaldi"],
    "nl": ["De foto is gemaakt door Jan de Vries tijdens de optocht.", "Een dag in beeld"],
    "pt": ["A foto foi tirada por Ana Silva durante a festa.", "— Fernando Pessoa"],
}

#: A dateline opening the story's first paragraph: the agency in brackets is the story's own.
DATELINES = {
    "de": "BERLIN (dpa) – Die Bundesregierung hat am Mittwoch neue Mittel für die Schulen "
    "beschlossen, wie eine Sprecherin mitteilte. Foto und Text folgen.",
    "es": "MADRID (EFE) – El Gobierno aprobó el miércoles nuevos fondos para las escuelas, "
    "según informó una portavoz.",
    "it": "ROMA (ANSA) - Il governo ha approvato mercoledì nuovi fondi per le scuole, ha "
    "comunicato una portavoce.",
}


def removed_as_credit(code: str, line: str) -> list[str]:
    """The texts the default cleaner removes from ``line`` set between two paragraphs of the
    language's report, by `detect.captions` (`caption_context`) or a rule of the credits."""
    story = STORY[code]
    article = clean_keeping_story([story[0], line, story[1]], story)
    assert article.metadata.get("detected_language") == code
    return [r.text for r in article.removed if r.rule == CONTEXT_NAME or "credit" in r.rule]


#: A credit for the story's text and its photos together, as a line of its own.
TEXT_AND_PHOTOS = {
    "de": "Text und Fotos: Anna Berg",
    "en": "Words and pictures: Jane Doe",
    "fr": "Texte et photos : Jean Dupont",
    "es": "Texto y fotos: Ana Pérez",
    "it": "Testo e foto: Mario Rossi",
    "nl": "Tekst en foto's: Jan de Vries",
    "pt": "Texto e fotos: Ana Silva",
}
#: The same words in a sentence, or over a phrase: the story's own.
TEXT_AND_PHOTOS_KEPT = {
    "de": "Text und Fotos stammen von Anna Berg, die den Verein seit Jahren begleitet.",
    "fr": "Texte et photos : une exposition des élèves",
    "pt": "Texto e fotos: uma viagem pelo Alentejo",
}


@pytest.mark.parametrize(("code", "line"), sorted(TEXT_AND_PHOTOS.items()))
def test_a_text_and_photos_credit_goes_at_the_head_or_the_foot(code: str, line: str) -> None:
    story = STORY[code]
    for lines in ([line, *story], [*story, line], [story[0], line, story[1]]):
        article = clean_keeping_story(lines, story)
        assert line in [r.text for r in article.removed]


@pytest.mark.parametrize(("code", "line"), sorted(TEXT_AND_PHOTOS_KEPT.items()))
def test_text_and_photos_in_a_sentence_or_over_a_phrase_stays(code: str, line: str) -> None:
    assert removed_as_credit(code, line) == []


@pytest.mark.parametrize(
    ("code", "line"), [(code, line) for code, lines in CAPTIONED.items() for line in lines]
)
def test_a_caption_with_its_credit_after_a_slash_dash_or_copyright_sign_goes(
    code: str, line: str
) -> None:
    assert removed_as_credit(code, line) == [line]


@pytest.mark.parametrize(
    ("code", "line"), [(code, line) for code, lines in KEPT.items() for line in lines]
)
def test_a_sentence_a_bare_caption_a_heading_or_an_attribution_stays(code: str, line: str) -> None:
    story = STORY[code]
    article = clean_keeping_story([story[0], line, story[1]], story)
    assert line not in [r.text for r in article.removed]


@pytest.mark.parametrize(("code", "dateline"), sorted(DATELINES.items()))
def test_a_dateline_opening_the_story_stays(code: str, dateline: str) -> None:
    story = [dateline, STORY[code][1]]
    article = clean_keeping_story(story, story)
    assert dateline in article.paragraphs


def test_a_paragraph_too_long_for_a_caption_keeps_its_glued_credit() -> None:
    # More words than a caption holds (`CAPTION_MAX_WORDS`): the report's own paragraph.
    paragraph = (
        "The council also agreed to keep the library open on Sundays through the winter, "
        "after a petition signed by more than two thousand residents, and to review the "
        "opening hours again in the spring once the new reading room is finished and the "
        "staff have been trained. Photo: Jane Doe/AP"
    )
    article = clean_keeping_story([STORY["en"][0], paragraph, STORY["en"][1]], STORY["en"])
    assert paragraph in article.paragraphs


@pytest.mark.parametrize("code", sorted(STORY))
def test_every_language_with_a_rule_file_reads_its_credit_labels(code: str) -> None:
    assert load_language(code).credit_words


def test_an_owner_written_as_a_phrase_is_no_credit() -> None:
    language = load_language("pt")
    assert language.credit_label.fullmatch("A ponte / Foto: vista do rio") is not None
    assert removed_as_credit("pt", "A ponte / Foto: vista do rio") == []


#: A sentence that names a photographer, among the credits the property draws.
SENTENCE = "The photo was taken by Jane Doe, who has covered the club for years."


@settings(max_examples=examples(40), deadline=None)
@given(
    story=distinct_paragraphs(2, min_size=1, max_size=4),
    extra=st.lists(
        st.sampled_from(
            (
                "Volunteers in the community garden - Photo: Jane Doe/AP",
                "The bridge by the park. © John Smith",
                SENTENCE,
                "— Winston Churchill",
                "A day in pictures",
            )
        ),
        max_size=5,
    ),
    at=st.integers(min_value=0, max_value=4),
)
def test_captions_with_credits_anywhere_never_take_the_story(
    story: list[str], extra: list[str], at: int
) -> None:
    # Story kept, removals in input order, a second clean the same. A headline first: a short
    # story paragraph first would be read as the title, which is no paragraph.
    lines = ["Council approves the budget", *story[:at], *extra, *story[at:]]
    article = clean_keeping_story(lines, story)
    if SENTENCE in extra:
        assert SENTENCE in {article.title, *article.paragraphs}


def test_the_default_cleaner_names_the_language_of_each_story() -> None:
    for code, story in STORY.items():
        article = corpusclean.clean("\n".join(story))
        assert article.metadata.get("detected_language") == code
