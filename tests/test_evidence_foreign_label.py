"""An English related label quoted in a story of another language
(`detect.listscope._is_foreign_label_in_prose`), and "Mehr zum Thema" as a sub-heading.

A German, French, Spanish or Dutch story about paywalls quotes the English button "Read more"
on a line of its own and goes on with its sub-headings and short paragraphs; `related_list`
read them as the box's headlines and teasers and took the story's end. Under an English label
between paragraphs of another language the list keeps to headlines: the story stays, the
label's own line still goes. Negatives: a box of bare headlines under the same label still
goes, and in an English story the teaser reading is as before. "Mehr zum Thema Energie" as a
body sub-heading: only its own line goes (a box's head whose links the extractor dropped
prints the same line), never the paragraphs under it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detector_runs import kept_and_removed
from strategies import examples

# Each story: title, two paragraphs, then the quoted label, then two sections of its own.
STORIES = {
    "de": [
        "Paywall-Studie: Der Knopf, an dem die Leser scheitern",
        "Eine Untersuchung der Universität Mainz zeigt, wie Leser auf Bezahlschranken "
        "reagieren. Entscheidend ist offenbar ein unscheinbares Detail.",
        "Die Forscher werteten die Klickdaten von rund 40.000 Nutzern aus. Viele Seiten "
        "zeigen nach dem ersten Absatz einen Knopf, der oft englisch beschriftet ist.",
        "Nur jeder Fünfte klickt weiter",
        "Wer darauf klickt, landet meist direkt auf einer Anmeldeseite. Nur etwa jeder "
        "fünfte Nutzer geht diesen Schritt tatsächlich.",
        "Ältere Leser sind skeptischer",
        "Besonders Nutzer über 60 Jahre brechen an dieser Stelle ab, sagt Studienleiterin "
        "Katrin Vogel.",
    ],
    "fr": [
        "Presse en ligne : le bouton qui fait fuir les lecteurs",
        "Une étude de l'université de Lille montre comment les internautes réagissent aux "
        "articles payants. Un détail en apparence anodin joue un rôle décisif.",
        "Les chercheurs ont analysé les clics de 40 000 lecteurs. Beaucoup de sites coupent "
        "l'article après le premier paragraphe et affichent un bouton resté en anglais.",
        "Seul un lecteur sur cinq clique",
        "Ceux qui cliquent arrivent le plus souvent sur une page d'inscription. Seul un "
        "lecteur sur cinq va jusqu'au bout, selon les auteurs.",
        "Les plus âgés se méfient",
        "Les lecteurs de plus de 60 ans abandonnent le plus souvent à cette étape, explique "
        "Claire Martin.",
    ],
    "es": [
        "Prensa digital: el botón que espanta a los lectores",
        "Un estudio de la Universidad de Sevilla muestra cómo reaccionan los internautas ante "
        "los artículos de pago. Un detalle aparentemente menor resulta decisivo.",
        "Los investigadores analizaron los clics de 40.000 lectores. Muchos sitios cortan el "
        "artículo tras el primer párrafo y muestran un botón, a menudo en inglés.",
        "Solo uno de cada cinco hace clic",
        "Quienes hacen clic llegan casi siempre a una página de registro. Solo uno de cada "
        "cinco lectores completa el paso, según los autores.",
        "Los mayores desconfían",
        "Los lectores de más de 60 años abandonan con más frecuencia en este punto, explica "
        "Lucía Romero.",
    ],
    "nl": [
        "Onlinekranten: de knop die lezers wegjaagt",
        "Een onderzoek van de Universiteit Utrecht laat zien hoe lezers reageren op betaalde "
        "artikelen. Een klein detail blijkt doorslaggevend.",
        "De onderzoekers analyseerden de klikken van 40.000 lezers. Veel sites breken het "
        "artikel af na de eerste alinea en tonen een knop, vaak nog in het Engels.",
        "Slechts een op de vijf klikt door",
        "Wie doorklikt, komt meestal op een registratiepagina terecht. Slechts een op de vijf "
        "lezers zet die stap, schrijven de onderzoekers.",
        "Ouderen zijn wantrouwig",
        "Lezers boven de 60 haken op dit punt het vaakst af, zegt onderzoeksleider Sanne de Vries.",
    ],
}
HEADLINES = [
    "Verlage setzen auf Abos statt Werbung",
    "Neue Zahlen zur Reichweite regionaler Zeitungen",
    "Wie Podcasts die Lokalnachrichten verändern",
]


@pytest.mark.parametrize("language", sorted(STORIES))
@pytest.mark.parametrize("sections", [1, 2])
def test_a_quoted_read_more_keeps_the_story_under_it(language: str, sections: int) -> None:
    story = STORIES[language][: 3 + 2 * sections]
    kept, removed = kept_and_removed([*story[:3], "Read more", *story[3:]], language)
    assert kept == story
    assert removed == ["Read more"]


def test_a_box_of_bare_headlines_under_read_more_still_goes() -> None:
    story = STORIES["de"][:3]
    kept, removed = kept_and_removed([*story, "Read more", *HEADLINES], "de")
    assert kept == story
    assert removed == ["Read more", *HEADLINES]


def test_an_english_story_s_read_more_box_with_teasers_still_goes() -> None:
    story = [
        "Council approves new cycle lanes",
        "The city council on Tuesday approved three new cycle lanes in the town centre. "
        "Work is due to start in the spring and last about four months.",
        "The lanes will link the station with the university and the hospital, the council "
        "said in a statement after the vote.",
    ]
    box = [
        "Bus fares to rise in January",
        "The transport authority says fuel costs left it no choice.",
        "New car park opens at the station",
        "The 400-space car park replaces the old surface lot.",
    ]
    kept, removed = kept_and_removed([*story, "Read more", *box], "en")
    assert kept == story
    assert removed == ["Read more", *box]


def test_mehr_zum_thema_as_a_sub_heading_takes_no_paragraph() -> None:
    # Measured: the heading's own line goes (a dropped box prints the same line), the story's
    # paragraphs under it stay.
    story = [
        "Stadtwerke senken die Strompreise zum Jahreswechsel",
        "Die Stadtwerke Tübingen senken zum 1. Januar die Preise für Haushaltsstrom. Eine "
        "Kilowattstunde kostet dann 31,4 Cent statt bisher 34,9 Cent.",
        "Grund seien gesunkene Einkaufspreise an der Strombörse, sagte der Geschäftsführer. "
        "Die Ersparnis liege bei rund 120 Euro im Jahr.",
    ]
    under = [
        "Auch beim Gas rechnen die Stadtwerke mit sinkenden Kosten. Eine Entscheidung darüber "
        "soll im Februar fallen.",
        "Bis 2030 soll rund ein Drittel des Stroms für die städtischen Gebäude vor Ort "
        "erzeugt werden.",
    ]
    kept, removed = kept_and_removed([*story, "Mehr zum Thema Energie", *under], "de")
    assert kept == [*story, *under]
    assert removed == ["Mehr zum Thema Energie"]


@settings(max_examples=examples(20), deadline=None)
@given(
    language=st.sampled_from(sorted(STORIES)),
    label=st.sampled_from(["Read more", "Read more:", "Related articles", "READ MORE"]),
    sections=st.integers(1, 2),
)
def test_no_paragraph_under_an_english_label_is_lost(
    language: str, label: str, sections: int
) -> None:
    # Whatever English label the story quotes, none of its paragraphs goes with it.
    story = STORIES[language][: 3 + 2 * sections]
    kept, _removed = kept_and_removed([*story[:3], label, *story[3:]], language)
    assert all(line in kept for line in story[4::2])
