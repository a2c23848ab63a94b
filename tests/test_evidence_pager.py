"""Shapes of other stories' links after the article, by position and run (issue #12, tail19).

A previous/next pager whose labels ran into the headlines (`glued_pager`), and a card list
whose section names ran into their age stamps, which the trailing-headlines detector no longer
takes for a tally of the article's own (`headlines._TALLY`). Positives in Italian, English,
German and Spanish; negatives: brand names glued alike, a sponsor box of glued lines, a pair
inside the story, a club's tally of members.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.headlines import _tally_word
from corpusclean.detect.pager import glued_label
from strategies import distinct_paragraphs, examples
from test_properties import clean_keeping_story

STORY = {
    "it": [
        "È stato necessario evacuare 24 famiglie dalle loro abitazioni in seguito all'incendio "
        "di un'autovettura in un'autorimessa condominiale posta al piano interrato.",
        "Sul posto sono intervenuti i vigili del fuoco, che hanno spento le fiamme in poco più di "
        "un'ora. Nessuno è rimasto ferito, ma i danni sono ingenti.",
    ],
    "en": [
        "Firefighters evacuated 24 families from their homes on Tuesday night after a car caught "
        "fire in the underground garage of an apartment building.",
        "The fire was put out in a little over an hour. Nobody was hurt, but the damage to the "
        "building is considerable, the fire service said.",
    ],
    "de": [
        "Die Feuerwehr hat am Dienstagabend 24 Familien aus ihren Wohnungen geholt, nachdem in der "
        "Tiefgarage eines Wohnhauses ein Auto in Brand geraten war.",
        "Das Feuer war nach etwas mehr als einer Stunde gelöscht. Verletzt wurde niemand, der "
        "Schaden am Gebäude ist nach Angaben der Feuerwehr aber erheblich.",
    ],
    "es": [
        "Los bomberos desalojaron el martes por la noche a 24 familias de sus viviendas después "
        "de que un coche ardiera en el garaje subterráneo de un edificio.",
        "El fuego quedó extinguido en algo más de una hora. No hubo heridos, pero los daños en el "
        "edificio son considerables, según los bomberos.",
    ],
}
PAGERS = {
    "it": (
        "Articolo precedenteAncora insieme. Empoli, Gilardino e Pasqual di nuovo con la stessa "
        "maglia",
        "Articolo successivoAbiti da sposa contraffatti. GdF scopre atelier online illegale",
    ),
    "en": (
        "Previous articleCity Council Delays Vote on the New Library Hours",
        "Next articleLocal Bakery Wins a Regional Award for Its Sourdough",
    ),
    "de": (
        "Vorheriger ArtikelStadtrat vertagt die Entscheidung über das Hallenbad",
        "Nächster ArtikelBäckerei aus dem Ort gewinnt einen Preis für ihr Brot",
    ),
    "es": (
        "Artículo anteriorEl Ayuntamiento aplaza la votación sobre la biblioteca",
        "Artículo siguienteUna panadería local gana un premio regional",
    ),
}


def rules_of(article: corpusclean.Article) -> list[str]:
    return [removal.rule for removal in article.removed]


@pytest.mark.parametrize("lang", sorted(PAGERS))
def test_a_glued_pager_after_the_story_goes(lang: str) -> None:
    article = clean_keeping_story([*STORY[lang], *PAGERS[lang]], STORY[lang])
    assert rules_of(article).count("glued_pager") == 2
    assert not any(line in article.text for line in PAGERS[lang])


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Articolo precedenteAncora insieme. Empoli di nuovo", "articolo precedente"),
        ("Previous articleCity Council Delays Vote", "previous article"),
        ("ArtikelStadtrat vertagt die Entscheidung", "artikel"),
        # Brand names: too few lower-case letters before the capital.
        ("DevTools Fission M2 – Making DevTools Fission compatible", None),
        ("AirPods 2 dropped to an all-time low", None),
        ("MacBook Pro", None),
        # A label glued to what is no headline (a sentence) is no pager's line.
        ("Previous articleThe council met on Tuesday and approved the budget.", None),
    ],
)
def test_glued_label(line: str, label: str | None) -> None:
    assert glued_label(line) == label


def test_one_glued_line_alone_stays() -> None:
    line = PAGERS["en"][0]
    article = clean_keeping_story([*STORY["en"], line], STORY["en"])
    assert "glued_pager" not in rules_of(article)


def test_a_sponsor_box_of_glued_lines_is_no_pager() -> None:
    # Three or more glued lines are a list (a sponsor box), not one pager's two ends.
    box = [
        "Oracle BrandVoice | Paid Program",
        "Japan BrandVoice | Paid Program",
        "Deloitte BrandVoice | Paid Program",
    ]
    article = clean_keeping_story([*STORY["en"], *box], STORY["en"])
    assert "glued_pager" not in rules_of(article)


def test_a_glued_pair_inside_the_story_stays() -> None:
    # Between two prose paragraphs the pair is the story's (a product review's two lines).
    pair = ["Kitchen appliancesBest Buy Blender Deals", "Kitchen gadgetsBest Buy Mixer Deals"]
    lines = [STORY["en"][0], *pair, STORY["en"][1]]
    article = clean_keeping_story(lines, STORY["en"])
    assert "glued_pager" not in rules_of(article)


def test_the_same_label_twice_is_no_pager() -> None:
    # A pager's two labels differ ("previous" / "next"); the same label twice is a list.
    pair = ["Read moreCity Council Delays Vote Again", "Read moreLocal Bakery Wins an Award"]
    article = clean_keeping_story([*STORY["en"], *pair], STORY["en"])
    assert "glued_pager" not in rules_of(article)


CARDS = [
    "Noosa News13 hours ago",
    "Brisbane vs Collingwood live blog: Richmond selects Noah Balta for Magpies test",
    "General12 hours ago",
    "NT Coalition candidate Lisa Siebert diverges from Jacinta Price on royal commission call",
    "Noosa News16 hours ago",
    "Australians tell ABC's Your Say how they saw the second leaders debate",
    "General20 hours ago",
    "Minecraft mayhem: 'Chicken jockey' chaos reaches Australian cinemas",
]


# Long enough for the cards to stay within the removal budget, as on the real page.
LONG_STORY = [
    *STORY["en"],
    "Residents were allowed back into their flats shortly after midnight, once the fire "
    "service had checked the building's structure and cleared the smoke from the stairwells.",
    "Police said the cause of the fire was not yet known. An expert will examine the car's "
    "remains this week, and the owner has been asked to give a statement.",
    "The building's management company said it would pay for hotel rooms for the families "
    "whose flats were damaged by smoke until the repairs are finished.",
]


def test_a_card_list_with_glued_age_stamps_goes() -> None:
    article = clean_keeping_story([*LONG_STORY, *CARDS], LONG_STORY)
    assert all(line not in article.text for line in CARDS)
    assert "trailing_headlines" in rules_of(article)


def test_tally_words_need_a_number_standing_alone() -> None:
    assert _tally_word("General12 hours ago") == ""
    assert _tally_word("Helmut Krämer 60 Jahre") == "jahre"
    assert _tally_word("Noosa News 13 hours ago") == "hours"


def test_a_clubs_tally_of_members_still_stays() -> None:
    # The article's own list: a number standing alone after each name.
    tally = [
        "Geehrt wurden für ihre Treue:",
        "Helmut Krämer 60 Jahre",
        "Gerda Brandt 50 Jahre",
        "Werner Schmitt 40 Jahre",
        "Anna Roth 25 Jahre",
    ]
    article = clean_keeping_story([*STORY["de"], *tally], [*STORY["de"], *tally[1:]])
    assert "trailing_headlines" not in rules_of(article)


words = st.sampled_from(("Stadt", "Rat", "Haus", "Bad", "Weg", "Markt", "Feuer", "Wehr"))


@settings(max_examples=examples(40))
@given(
    story=distinct_paragraphs(2, min_size=1, max_size=4),
    first=st.lists(words, min_size=1, max_size=4),
    second=st.lists(words, min_size=1, max_size=4),
    at=st.integers(min_value=0, max_value=4),
)
def test_pager_lines_anywhere_never_remove_the_story(
    story: list[str], first: list[str], second: list[str], at: int
) -> None:
    # Order kept, story kept, idempotent, wherever a glued pair lands (clean_keeping_story).
    # The title comes first, so no paragraph of the story becomes the title once the pair goes.
    pair = [
        "Previous article" + " ".join(first) + " am Sonntag",
        "Next article" + " ".join(second) + " am Montag",
    ]
    lines = [*story]
    lines[min(at, len(lines)) : min(at, len(lines))] = pair
    clean_keeping_story(["Fire in the garage of a block of flats", *lines], story)
