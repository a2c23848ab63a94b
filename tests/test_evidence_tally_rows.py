"""An article that ends in a list counting the same thing on each row (members honoured for
their years, runners and their times): the article's own list, never a related-headlines run
(`headlines._tally_word`; issue #12: a club's meeting report lost its honours list and its
last lines so). Related headlines after a story still go."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect import headlines
from strategies import CAPITALISED
from test_properties import clean_keeping_story

REPORTS = {
    "de": (
        [
            "Jahreshauptversammlung des Turnvereins Oberdorf",
            "Zur Jahreshauptversammlung des TV Oberdorf konnte der Vorsitzende Klaus Becker am "
            "Freitag 68 Mitglieder im Vereinsheim begrüßen. In seinem Rückblick nannte er das "
            "Sportfest im Juni den Höhepunkt des Jahres.",
            "Kassenwart Martin Vogel berichtete von einem kleinen Überschuss. Die Kassenprüfer "
            "bescheinigten eine einwandfreie Kassenführung.",
            "Für langjährige Mitgliedschaft wurden geehrt:",
        ],
        [
            "Helmut Krämer 60 Jahre",
            "Gerda Brandt und Werner Ziegler 50 Jahre",
            "Sabine Hoffmann 40 Jahre",
            "Jürgen Wagner 25 Jahre",
            "Becker kündigte das Jubiläum im nächsten Jahr an.",
            "Der Vorstand dankte allen Helfern",
        ],
    ),
    "en": (
        [
            "Rotary club honours volunteers at annual dinner",
            "The Riverside Rotary Club held its annual awards dinner on Saturday at the "
            "community hall, where more than 120 members and guests gathered to celebrate.",
            "President Susan Clarke thanked volunteers who helped deliver 4,000 meals to "
            "elderly residents during the winter.",
            "Members recognised for long service were:",
        ],
        [
            "John Patterson 45 years",
            "Margaret Hill and Robert Chen 40 years",
            "Linda Okafor 25 years",
            "The club meets every Tuesday at noon.",
            "New members are always welcome",
        ],
    ),
    "es": (
        [
            "La peña ciclista homenajea a sus socios más veteranos",
            "La Peña Ciclista Valle Verde celebró el sábado su asamblea anual en el local "
            "social, con la asistencia de 54 socios y de la alcaldesa del municipio.",
            "La asamblea aprobó por unanimidad las cuentas y el calendario de la próxima "
            "temporada, que incluirá por primera vez una ruta para niños.",
            "Recibieron la insignia de oro por su antigüedad:",
        ],
        [
            "Antonio Gil 40 años de socio",
            "María Jesús Pardo 35 años de socia",
            "Luis Herrero y Pilar Ortega 25 años de socios",
            "El acto terminó con una comida de hermandad.",
            "La junta directiva agradeció la colaboración de todos",
        ],
    ),
    "fr": (
        [
            "L'amicale des sapeurs-pompiers récompense ses membres",
            "L'amicale des sapeurs-pompiers de Saint-Julien a tenu samedi son assemblée "
            "générale en présence du maire et du chef de centre, devant une soixantaine de "
            "membres.",
            "Le trésorier a présenté des comptes équilibrés, approuvés à l'unanimité par "
            "l'assemblée.",
            "Ont reçu la médaille d'honneur pour leurs années de service :",
        ],
        [
            "Sergent-chef Paul Girard 30 ans",
            "Caporal Nathalie Blanc 20 ans",
            "Sapeur Julien Mercier 10 ans",
            "La soirée s'est poursuivie par un repas convivial.",
            "Le bureau remercie tous les bénévoles",
        ],
    ),
}


def test_an_honours_list_and_the_lines_after_it_stay() -> None:
    for language, (top, end) in REPORTS.items():
        article = corpusclean.clean("\n".join([*top, *end]))
        removed = [r.text for r in article.removed]
        assert not set(end) & set(removed), (language, removed)


RELATED = [
    "Freibad bleibt wegen Sanierung auch im Sommer geschlossen",
    "Stadtwerke erhöhen Preise für Fernwärme deutlich",
    "Polizei sucht Zeugen nach Unfall an der Bundesstraße",
    "Weihnachtsmarkt 2026: Das ist in diesem Jahr neu",
]
LISTICLES = [
    "10 Great Science Reads That You Can Take to the Beach",
    "8 Great Essay Collections for Your Reading Pleasure",
    "Get Lost in 8 Great Biographies – from Lawrence of Arabia to Margaret Fuller",
    "Make Summer More Poetic with These 10 International Works",
]


def test_related_headlines_after_the_story_still_go() -> None:
    top, _ = REPORTS["de"]
    article = corpusclean.clean("\n".join([*top[:3], *RELATED]))
    assert [r.text for r in article.removed if r.rule == "trailing_headlines"] == RELATED


def test_listicle_headlines_count_nothing() -> None:
    # Their number starts them or words go on after it ("Great Biographies – from ..."): in a
    # related list after a story (readability's salon-1) no word is counted three times, so
    # the list still goes. A short one does read as a count ("These 10 International Works").
    words = [headlines._tally_word(line) for line in LISTICLES]
    assert words == ["", "", "", "international"]


# --- properties -------------------------------------------------------------------------------


@given(
    language=st.sampled_from(sorted(REPORTS)),
    names=st.lists(
        st.tuples(st.sampled_from(CAPITALISED), st.sampled_from(CAPITALISED)),
        min_size=3,
        max_size=6,
    ),
    years=st.lists(st.integers(1, 80), min_size=6, max_size=6),
    unit=st.sampled_from(("Jahre", "years", "años", "ans", "jaar")),
)
def test_tally_rows_after_the_story_are_never_trailing_headlines(
    language: str, names: list[tuple[str, str]], years: list[int], unit: str
) -> None:
    # A report's top (headline, two paragraphs) and generated rows counting one unit: the
    # rows stay, removals keep their order and cleaning again changes nothing.
    top = REPORTS[language][0][:3]
    rows = [f"{first} {last} {n} {unit}" for (first, last), n in zip(names, years, strict=False)]
    article = clean_keeping_story([*top, *rows], top[1:])
    assert "trailing_headlines" not in [r.rule for r in article.removed]
