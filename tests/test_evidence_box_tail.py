"""A related box's label, and the other stories under it, ending the document (issue #12,
related25).

`related_box_tail` removes a label of any shipped language ("Les plus lus", "I più recenti",
"Lo último en España", "A lire aussi : <headline>") when every kept line after it is
headline-shaped. Positives in French, Italian, Spanish, Portuguese and German, built on the
shapes of the related25 fix half; negatives: an article's own lists at its end (books under a
heading, a chronology, a programme, quotes on their own lines, a table of contents, a poem),
a label-like line with the story going on in prose under it, a label over more lines than a
box holds. Properties: article-only input loses nothing, order kept, idempotent; a box
appended under any story goes whole and the story stays.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.language import load_related_words
from strategies import distinct_paragraphs, examples, headings
from test_properties import clean_keeping_story

STORY = {
    "fr": [
        "Le conseil municipal a adopté mardi soir le budget de l'année prochaine par 25 voix "
        "contre 4. L'opposition a dénoncé un manque d'ambition pour les transports.",
        "Selon l'adjointe aux finances, le budget ne prévoit aucun nouvel emprunt malgré la "
        "hausse des coûts de l'énergie, mais puisera 1,8 million d'euros dans les réserves.",
    ],
    "it": [
        "Il consiglio comunale ha approvato martedì sera il bilancio del prossimo anno con i "
        "voti della maggioranza. L'opposizione ha votato contro.",
        "Secondo l'assessore, il bilancio non prevede nuovi mutui nonostante l'aumento dei "
        "costi dell'energia, ma attinge 1,8 milioni di euro dalle riserve.",
    ],
    "es": [
        "El pleno del Ayuntamiento aprobó el martes por la noche el presupuesto municipal para "
        "el próximo año con los votos a favor del equipo de gobierno.",
        "La concejala de Hacienda explicó que las cuentas no incluyen nuevos préstamos pese al "
        "aumento del coste de la energía.",
        "La mayor partida del presupuesto será la rehabilitación del colegio de la plaza, para "
        "la que se reservan 3,4 millones de euros este año, y el resto irá a las calles del "
        "casco antiguo y a la nueva biblioteca del barrio norte.",
    ],
    "pt": [
        "A Câmara Municipal aprovou na noite de terça-feira o orçamento do próximo ano com os "
        "votos da maioria. A oposição votou contra.",
        "Segundo a secretária de Finanças, o orçamento não prevê novos empréstimos apesar do "
        "aumento dos custos de energia.",
        "A maior parte do dinheiro vai para a reforma da escola da praça central, com 3,4 "
        "milhões de reais reservados este ano, e o resto para as ruas do centro histórico.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr mit großer "
        "Mehrheit verabschiedet. Nur zwei Mitglieder der Opposition stimmten dagegen.",
        "Kämmerin Petra Lange sprach von einem soliden Zahlenwerk, das trotz steigender "
        "Energiekosten ohne neue Schulden auskomme.",
    ],
}
TITLE = {
    "fr": "Le conseil municipal adopte le budget sans nouvel emprunt",
    "it": "Il consiglio comunale approva il bilancio senza nuovi mutui",
    "es": "El Ayuntamiento aprueba el presupuesto sin nuevos préstamos",
    "pt": "Câmara aprova orçamento sem novos empréstimos",
    "de": "Stadtrat beschließt Haushalt ohne neue Schulden",
}

# The boxes of the related25 fix half, in words of their own (under a story long enough that
# the removal budget allows them, as on the pages they come from): a label alone at the end, two
# labels, a label over long sentence-case headlines with separator lines, a label over kickers
# and summaries cut short, a pointer with its headline on one line.
BOXES = {
    "fr": ["Les plus lus"],
    "it": ["Edizione digitale", "I più recenti", "Ultime dalla sezione"],
    "es": [
        "Lo último en Andalucía",
        "-",
        "El Gobierno aprueba en el Consejo de Ministros la nueva ley de vivienda con el apoyo "
        "de sus socios",
        "-",
        "La oposición pide la comparecencia del ministro por los retrasos en los trenes de "
        "cercanías",
    ],
    "pt": [
        "Mais notícias",
        "Bem avaliado",
        "O governador do Estado é o mais bem avaliado entre os...",
        "Cortes",
        "O governo definiu um pacote de mudanças tributárias...",
    ],
    "de": ["Das könnte Sie auch interessieren"],
}
# What stays of each box: a line above its label that is not one (an e-paper promotion).
STAYS = {"it": ["Edizione digitale"]}


def kept(article: corpusclean.Article) -> tuple[str, ...]:
    return (article.title or "", *article.paragraphs)


def rules_of(article: corpusclean.Article) -> list[str]:
    return [removal.rule for removal in article.removed]


@pytest.mark.parametrize("language", sorted(BOXES))
def test_a_related_box_ending_the_document_goes(language: str) -> None:
    story, box = STORY[language], BOXES[language]
    article = clean_keeping_story([TITLE[language], *story, *box], story)
    assert kept(article) == (TITLE[language], *story, *STAYS.get(language, [])), language


def test_a_label_goes_whatever_language_the_document_is_cleaned_as() -> None:
    # A short excerpt wins no language vote and is cleaned with the English rules (libe.io's
    # "Les plus lus" under a paywall line): the label is read in every shipped language.
    lines = [
        "A chaque défaite, un coupable",
        "Les Français servent des alibis pour masquer leurs échecs.",
        "Les plus lus",
    ]
    article = corpusclean.clean("\n".join(lines))
    assert "Les plus lus" not in kept(article)
    assert "Les Français servent des alibis pour masquer leurs échecs." in kept(article)


def test_a_pointer_with_its_headline_ending_the_document_goes() -> None:
    story = STORY["fr"]
    pointer = "A lire aussi : Presse de gauche n'amasse pas foule"
    article = clean_keeping_story([TITLE["fr"], *story, pointer], story)
    assert pointer not in kept(article)


# --- what stays ---------------------------------------------------------------------------

# An article's own lists at its end: no related box's label above them.
OWN_LISTS = {
    "books": [
        "Les livres de l'auteur :",
        "Le Silence des pierres (2011)",
        "La Maison du canal (2015)",
        "Un hiver à Lisbonne (2019)",
    ],
    "chronology": [
        "Cronologia",
        "12 marzo 1998 Fondazione dell'associazione",
        "4 aprile 2004 Prima sede in via Roma",
        "20 giugno 2015 Inaugurazione del museo",
    ],
    "programme": [
        "Programa",
        "10:00 Apertura de puertas",
        "11:30 Concierto de la banda municipal",
        "13:00 Comida popular en la plaza",
    ],
    "quotes": [
        "«Nunca pensámos que fosse possível»",
        "«A cidade mudou muito nestes anos»",
        "«Agora é preciso continuar»",
    ],
}


@pytest.mark.parametrize("kind", sorted(OWN_LISTS))
def test_an_articles_own_list_at_its_end_stays(kind: str) -> None:
    story = STORY["fr"]
    article = corpusclean.clean("\n".join([TITLE["fr"], *story, *OWN_LISTS[kind]]))
    assert "related_box_tail" not in rules_of(article), kind


def test_a_table_of_contents_and_sub_headings_stay() -> None:
    story = STORY["de"]
    lines = [
        TITLE["de"],
        "Inhalt",
        "Der Haushalt",
        "Die Schulden",
        story[0],
        "Die Schulden",
        story[1],
    ]
    article = corpusclean.clean("\n".join(lines))
    assert "related_box_tail" not in rules_of(article)


def test_a_label_with_the_story_going_on_in_prose_under_it_is_not_a_tail() -> None:
    # "Les plus lus" as a sub-heading of a story on a bookshop's sales: prose under it.
    story = [
        *STORY["fr"],
        "Les plus lus",
        "Les romans policiers restent en tête des ventes de la librairie, devant les bandes "
        "dessinées et les livres de cuisine, selon sa gérante.",
    ]
    article = corpusclean.clean("\n".join([TITLE["fr"], *story]))
    assert "related_box_tail" not in rules_of(article)
    assert story[-1] in kept(article)


def test_a_stray_label_over_a_sub_heading_and_a_short_closing_paragraph_takes_nothing() -> None:
    # An inline box whose link was dropped left "Lesen Sie auch" in an English story (the
    # English rules do not know it); the story's last sub-heading and short paragraph under it
    # end with a full stop, which stops the reading from the end.
    story = [
        "The city council voted 9-2 on Tuesday night to approve a $48 million budget for the "
        "coming fiscal year, ending weeks of debate over road repairs and library hours.",
        "Lesen Sie auch",
        "The programme",
        "The festival starts on Friday at 6 pm in the market square.",
    ]
    article = corpusclean.clean("\n".join(["Council approves the budget", *story]))
    assert "related_box_tail" not in rules_of(article)
    assert story[-1] in kept(article)


def test_a_label_over_a_poem_longer_than_a_box_stays() -> None:
    verses = [f"{word} sur la mer et le vent du soir" for word in ("Chante", "Danse", "Rêve")] * 9
    lines = [TITLE["fr"], *STORY["fr"], "Lire aussi", *verses]
    article = corpusclean.clean("\n".join(lines))
    assert "related_box_tail" not in rules_of(article)


@pytest.mark.parametrize(
    "line",
    [
        "Les plus lus en 1990 étaient des romans policiers",
        "Leia também o relatório completo da comissão",  # a sentence, no separator
        "Mehr zum Thema Haushalt finden Sie im Rathaus.",
    ],
)
def test_a_sentence_opening_like_a_label_is_no_label(line: str) -> None:
    words = load_related_words()
    assert words.related_label.fullmatch(line) is None


# --- properties -------------------------------------------------------------------------------


@settings(max_examples=examples(40))
@given(story=distinct_paragraphs(2, min_size=1, max_size=5))
def test_article_only_input_loses_nothing_to_the_box_tail(story: list[str]) -> None:
    article = clean_keeping_story(["Fire in the garage of a block of flats", *story], story)
    assert "related_box_tail" not in rules_of(article)


@settings(max_examples=examples(40))
@given(
    story=distinct_paragraphs(2, min_size=1, max_size=4),
    label=st.sampled_from(load_related_words().related_labels).filter(lambda w: "#" not in w),
    # At most two headlines: a label and two headlines stay under the removal budget's floor of
    # 30 words, whatever the story's length (a longer box under a short story is kept by it).
    items=st.lists(headings, min_size=0, max_size=2),
)
def test_a_box_appended_under_any_story_goes_whole(
    story: list[str], label: str, items: list[str]
) -> None:
    box = [label.capitalize(), *items]
    article = clean_keeping_story(["Fire in the garage of a block of flats", *story, *box], story)
    assert not set(box) & set(article.paragraphs)
