"""A comment heading's word as the story's own sub-heading (`detect.restscope.keeps_story_heading`).

The negatives are precision23's probe shapes in other words: a politics or local story with a
sub-heading of its own, then "Kommentare", "Comentarios", "Comentários", "Commentaires" or
"Comments" over the story's last paragraph, which says the word again (the associations'
comments, not readers'), and Dutch "Reacties" as a sub-heading in the middle of the story. The
positives are the same stories with a thread under the same word: a reader's first-person
comment (scrapinghub's GiveWell post, "Comments" / "I am so pumped about this! ..."), a
signature line under the paragraph, a control row, and the bare word between two paragraphs of
a story with no sub-heading of its own (the junk probe's link between paragraphs).
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config
from detector_runs import kept_and_removed
from strategies import distinct_paragraphs, examples, paragraphs

# Per language: headline, two paragraphs, the story's own sub-heading, two paragraphs; the
# comment heading and the paragraph under it are added by each test.
STORIES = {
    "en": [
        "School board approves new start times",
        "The county school board voted on Monday to move the start of the secondary school day "
        "to half past eight from next September, after a year of consultation.",
        "Parents had asked for the change for years, and a survey in the spring found that two "
        "thirds of families supported it.",
        "The vote",
        "Seven members voted in favour and two against, with the chair saying the board had "
        "listened to the families who wrote in.",
        "The two members who voted against said the later start would make it harder for older "
        "pupils to work part-time.",
    ],
    "de": [
        "Landtag beschließt neues Schulgesetz",
        "Der Landtag hat am Donnerstag nach langer Debatte das neue Schulgesetz verabschiedet. "
        "Die Regierungsfraktionen stimmten geschlossen dafür.",
        "Das Gesetz verlängert die gemeinsame Grundschulzeit und verpflichtet die Schulen zu "
        "einem warmen Mittagessen an allen Tagen.",
        "Die Abstimmung",
        "Die Opposition enthielt sich zum Teil, weil sie die Finanzierung für ungeklärt hält, "
        "sagte ihr bildungspolitischer Sprecher.",
        "Der Elternverband lobte das Gesetz als überfälligen Schritt für mehr Chancengleichheit.",
    ],
    "es": [
        "El Ayuntamiento aprueba la nueva ordenanza de terrazas",
        "El pleno del Ayuntamiento aprobó este martes la nueva ordenanza de terrazas con los "
        "votos del equipo de gobierno y la abstención de la oposición.",
        "La norma limita el horario de las terrazas en las calles residenciales y obliga a "
        "retirar el mobiliario cada noche.",
        "La votación",
        "La concejala de Urbanismo defendió que la ordenanza equilibra el descanso de los "
        "vecinos y la actividad de los bares.",
        "La asociación de hosteleros pidió un periodo de adaptación de al menos seis meses.",
    ],
    "pt": [
        "Câmara Municipal aprova novo plano de mobilidade",
        "A Câmara Municipal aprovou nesta quarta-feira o novo plano de mobilidade urbana, com "
        "votos favoráveis da maioria e a abstenção de dois vereadores.",
        "O plano prevê novas ciclovias, mais linhas de autocarro e a redução do estacionamento "
        "no centro histórico.",
        "A votação",
        "O vereador da mobilidade afirmou que o plano será executado em três fases até 2030, "
        "começando pelas zonas escolares.",
        "Os comerciantes do centro pediram garantias sobre as cargas e descargas.",
    ],
    "fr": [
        "Le conseil municipal adopte le plan vélo",
        "Le conseil municipal a adopté lundi soir le nouveau plan vélo, qui prévoit quarante "
        "kilomètres de pistes cyclables supplémentaires d'ici 2028.",
        "Le plan sera financé pour moitié par la métropole et pour moitié par la région, a "
        "précisé l'adjoint aux mobilités.",
        "Le vote",
        "L'opposition a voté contre, jugeant le calendrier trop lent pour les quartiers de "
        "l'est de la ville.",
        "Les associations de cyclistes ont salué un plan « enfin à la hauteur ».",
    ],
}
# The comment heading and the story's paragraph under it, which says the heading's word again.
STORY_SECTIONS = {
    "en": (
        "Comments",
        "Comments from parents at the meeting ran for nearly two hours, and most of the "
        "speakers welcomed the decision.",
    ),
    "de": (
        "Kommentare",
        "Die Kommentare der Lehrerverbände fielen verhalten aus. Die Gewerkschaft sprach von "
        "einem „ersten Schritt“.",
    ),
    "es": (
        "Comentarios",
        "Los comentarios de los vecinos fueron más críticos: la federación vecinal habló de "
        "«una oportunidad perdida».",
    ),
    "pt": (
        "Comentários",
        "Os comentários dos moradores foram em geral favoráveis, sobretudo nos bairros mais "
        "afastados do centro.",
    ),
    "fr": (
        "Commentaires",
        "Les commentaires des commerçants du centre-ville ont été plus réservés, certains "
        "craignant une baisse de la fréquentation.",
    ),
}
# What a reader writes under a thread's heading, in the story's language.
READER_COMMENTS = {
    "en": "I am so pleased about this! My kids have been exhausted every morning for years "
    "and this will really help.",
    "de": "Ich finde das Gesetz richtig gut! Meine Tochter freut sich schon jetzt auf das "
    "Mittagessen in der Schule.",
    "es": "Me parece muy bien, por fin alguien piensa en los vecinos que tenemos que dormir "
    "por la noche.",
    "pt": "Acho ótimo! Finalmente vou poder levar os meus filhos à escola de bicicleta sem "
    "medo nenhum.",
    "fr": "Je trouve ça très bien, j'attendais ces pistes depuis des années pour aller au "
    "travail à vélo.",
}
NL_STORY = [
    "Gemeenteraad stemt in met nieuwe woningbouwplannen",
    "De gemeenteraad heeft dinsdagavond ingestemd met de bouw van 1200 woningen aan de rand "
    "van de stad. Een derde daarvan wordt sociale huur.",
    "De eerste woningen moeten in 2028 worden opgeleverd, zegt de wethouder.",
    "Reacties",
    "Uit de raad kwamen verdeelde reacties. De oppositie vindt het plan te weinig groen.",
    "Omwonenden zijn vooral bezorgd over het verkeer op de toegangsweg.",
    "Planning",
    "De bouw begint volgend voorjaar met de eerste fase van vierhonderd woningen.",
]


@pytest.mark.parametrize("language", sorted(STORY_SECTIONS))
def test_the_heading_over_the_story_s_last_paragraph_stays(language: str) -> None:
    lines = [*STORIES[language], *STORY_SECTIONS[language]]
    kept, removed = kept_and_removed(lines, language)
    assert removed == []
    assert kept == lines


def test_a_dutch_reacties_sub_heading_in_the_middle_stays() -> None:
    kept, removed = kept_and_removed(NL_STORY, "nl")
    assert removed == []
    assert kept == NL_STORY


@pytest.mark.parametrize("language", sorted(READER_COMMENTS))
def test_a_reader_s_comment_under_the_same_word_goes(language: str) -> None:
    heading = STORY_SECTIONS[language][0]
    lines = [*STORIES[language], heading, READER_COMMENTS[language]]
    kept, removed = kept_and_removed(lines, language)
    assert removed == [heading, READER_COMMENTS[language]]
    assert kept == STORIES[language]


@pytest.mark.parametrize("language", sorted(STORY_SECTIONS))
def test_a_signature_line_under_the_paragraph_makes_it_a_thread(language: str) -> None:
    # A comment that happens to say the word, signed: the line under it is no story text.
    heading, paragraph = STORY_SECTIONS[language]
    lines = [*STORIES[language], heading, paragraph, "Maria K."]
    kept, removed = kept_and_removed(lines, language)
    assert removed[:2] == [heading, paragraph]
    assert kept == STORIES[language]


def test_a_control_under_the_heading_makes_it_a_thread() -> None:
    heading, paragraph = STORY_SECTIONS["en"]
    lines = [*STORIES["en"], heading, paragraph, "Reply"]
    kept, removed = kept_and_removed(lines, "en")
    assert removed == [heading, paragraph, "Reply"]
    assert kept == STORIES["en"]


def test_the_bare_word_between_paragraphs_of_a_story_without_sub_headings_goes() -> None:
    # The junk probe's shape: a "Reacties" link between two paragraphs; the story stays.
    story = [line for line in NL_STORY if line not in {"Reacties", "Planning"}]
    lines = [*story[:3], "Reacties", *story[3:]]
    kept, removed = kept_and_removed(lines, "nl")
    assert removed == ["Reacties"]
    assert kept == story


# Story sub-headings and bare comment headings of the English rules, with the noun a story's
# sentence would use for the section's subject.
SUB_HEADINGS = ("The vote", "Background", "What happens next", "Costs")
COMMENT_HEADINGS = ("Comments", "Discussion", "Conversation")
HEADLINES = ("Council approves the new budget", "Storm closes the coast road")


@st.composite
def headed_stories(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """An article with a sub-heading of its own and a bare comment heading over a paragraph
    that says the heading's word, after the last paragraph or between two; and the same
    article without that heading and paragraph."""
    heading = draw(st.sampled_from(COMMENT_HEADINGS))
    body = draw(distinct_paragraphs(min_sentences=2, min_size=4, max_size=8))
    at = draw(st.integers(1, len(body) - 2))
    story = [draw(st.sampled_from(HEADLINES)), *body[:at], draw(st.sampled_from(SUB_HEADINGS))]
    story += body[at:]
    section = f"The {heading.lower()} went on for an hour. {draw(paragraphs(1, 3))}"
    where = draw(st.integers(at + 3, len(story)))  # a paragraph under the sub-heading first
    return [*story[:where], heading, section, *story[where:]], story


@settings(max_examples=examples(60))
@given(headed_stories())
def test_an_article_with_such_a_sub_heading_loses_nothing(
    stories: tuple[list[str], list[str]],
) -> None:
    lines, without = stories
    cleaner = Cleaner(Config(language="en"))
    baseline = cleaner.clean("\n".join(without))
    assume(baseline.removed == () and [baseline.title, *baseline.paragraphs] == without)
    article = cleaner.clean("\n".join(lines))
    assert article.removed == ()
    assert [article.title, *article.paragraphs] == lines  # order kept, nothing trimmed
    again = cleaner.clean("\n".join([article.title or "", *article.paragraphs]))
    assert (again.title, again.paragraphs) == (article.title, article.paragraphs)
