"""An article's own list at its end: a fact box of "Label: value" rows under a heading a
related box also prints (`listscope.is_fact_list`), and a list the story's own paragraph closes
(`headlines._trailing_run`; precision25, from session23b and session24c). Related lists, with
their kickers and under the story's last paragraph, still go."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.listscope import FACT_LIST_VALUE_MAX_WORDS, is_fact_list
from corpusclean.model import Block
from strategies import examples

FESTIVAL = [
    "El festival de cine vuelve al Teatro Principal",
    "La vigésima edición del festival de cine de la ciudad proyectará 42 películas de 19 "
    "países durante una semana, anunció el ayuntamiento.",
    "La directora explicó que este año habrá sesiones gratuitas para estudiantes y mayores "
    "de 65 años en todas las salas.",
]
FACTS = [
    "Fechas: del 5 al 12 de mayo",
    "Entradas: 8 euros, abono de 40 euros",
    "Sede: Teatro Principal y Filmoteca Municipal",
]
CONCERTS = [
    "Les concerts gratuits de l'été au bord du lac",
    "La ville reconduit ses concerts du jeudi soir au bord du lac, avec une programmation qui "
    "mêle jazz et musiques du monde. Voici les premières dates confirmées.",
    "En cas de pluie, les concerts auront lieu sous la halle.",
    "Plus d'infos",
]
PROGRAMME = [
    "Le Quartet des Quatre Vents en ouverture",
    "Jazz",
    "Les Voix du Sahel et leurs invités",
    "Musiques du monde",
    "Trio Lumière joue Django Reinhardt",
    "Jazz",
]
CLOSING = (
    "Les concerts commencent à 20 heures et sont accessibles aux personnes à mobilité réduite."
)


def removed(lines: list[str], language: str) -> list[str]:
    cleaner = corpusclean.Cleaner(config=corpusclean.Config(language=language))
    return [r.text for r in cleaner.clean("\n".join(lines)).removed]


def test_a_fact_box_under_a_related_label_stays() -> None:
    # "Más información" is a related box's label; dates, prices and a venue are the story's.
    assert removed([*FESTIVAL, "Más información", *FACTS], "es") == []


def test_related_headlines_with_kickers_under_the_same_label_still_go() -> None:
    # The section's kicker repeats over each headline: a related box, not a fact box.
    related = [
        "Cine: La Filmoteca recupera las películas mudas",
        "Cine: Muere el director del primer festival",
        "Cine: El Ayuntamiento aprueba el presupuesto",
    ]
    gone = removed([*FESTIVAL, "Más información", *related], "es")
    assert gone == ["Más información", *related]


def test_a_list_the_storys_own_sentence_closes_stays() -> None:
    # The sentence under the list names the concerts the headline names: the story goes on.
    assert removed([*CONCERTS, *PROGRAMME, CLOSING], "fr") == []


def test_headlines_over_a_closing_line_that_names_nothing_of_the_story_still_go() -> None:
    # The line under the run shares no word with the headline: the run stays a related list.
    related = [
        "Un Nouveau Pont sur la Loire pour les Cyclistes",
        "Les Restos du Cœur Cherchent des Bénévoles",
        "Grève des Transports : les Lignes Perturbées Jeudi",
    ]
    closing = "Les horaires de la semaine prochaine peuvent encore changer selon la météo."
    gone = removed([*CONCERTS[:3], *related, closing], "fr")
    assert gone == related


def _rows(labels: list[str], value: str) -> list[Block]:
    return [Block(f"{label}: {value}", i, i + 1) for i, label in enumerate(labels)]


@settings(max_examples=examples(40))
@given(
    labels=st.lists(
        st.sampled_from(["Fechas", "Sede", "Precio", "Horario", "Dónde", "Vídeo"]),
        min_size=1,
        max_size=6,
    ),
    words=st.integers(min_value=1, max_value=12),
)
def test_a_fact_list_has_distinct_labels_and_short_values(labels: list[str], words: int) -> None:
    # Invariant: a repeated label (a kicker's) or a value longer than a fact's is never a box.
    rows = _rows(labels, " ".join(["valor"] * words))
    if len(set(labels)) < len(labels) or words > FACT_LIST_VALUE_MAX_WORDS:
        assert not is_fact_list(rows)
    elif len(labels) >= 2:
        assert is_fact_list(rows)


GUIDE = [
    "The best headphones for long flights",
    "We tested eleven pairs of noise-cancelling headphones on flights between London and "
    "Singapore, wearing each for at least six hours.",
    "Battery life, comfort over twelve hours and how well they silence engine noise mattered "
    "most, more than the sound itself.",
]


def test_related_headlines_after_a_guide_still_go() -> None:
    # Headlines tell a story in a clause: the run is a related list, not a list of names.
    related = [
        "The Best Noise-Cancelling Earbuds We Tested This Year",
        "How To Sleep On A Long-Haul Flight, According To Pilots",
        "Why Airlines Are Cutting Seat Pitch Again In Economy",
    ]
    assert removed([*GUIDE, *related], "en") == related


SHOW = [
    "A homecoming show that ran long and nobody minded",
    "The band played for two and a half hours at the Academy on Friday, their first show in "
    "the city for six years.",
    "The new songs sat comfortably beside the old ones, and the encore ran to five songs after "
    "a long ovation.",
]
SONGS = ["Harbour Lights", "The Long Way Home", "Paper Boats"]


def test_names_under_the_articles_own_colon_label_stay_under_a_related_label() -> None:
    # "More from the night" reads as a related box's label; "Setlist highlights:" is the
    # review's own, over the songs.
    lines = [*SHOW, "More from the night", "Setlist highlights:", *SONGS]
    assert removed(lines, "en") == []


def test_names_under_a_related_label_alone_still_go() -> None:
    # Without a label of the article's own, nothing tells the songs from other stories' links.
    lines = [*SHOW, "More from the night", *SONGS]
    assert removed(lines, "en") == ["More from the night", *SONGS]


def test_headlines_under_a_colon_label_in_a_related_box_still_go() -> None:
    # A headline below the colon label: the list is no list of names, the box goes.
    headline = "Festival line-up announced for the summer weekend"
    lines = [*SHOW, "Most read", "Concerts:", *SONGS[:2], headline]
    assert removed(lines, "en") == ["Most read", "Concerts:", *SONGS[:2], headline]
