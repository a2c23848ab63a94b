"""A run of menu items above the headline, by shape and position (issue #12, nav21).

`head_menu` removes three or more menu-shaped lines (a word or a few, no sentence end, no
digit) that open the document right above a headline with the story under it. Positives in
German, Italian, French and English, built on the shapes of the nav21 fix half; negatives:
a topic line and a kicker over the headline, a short title over its byline, a list at the
top of an article (ingredients, a programme, a table's rows), a poem, sub-headings inside the
story, a run that is not followed by a headline. Properties: article-only input loses
nothing, order kept, idempotent, wherever a run of short lines lands.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.menurun import breadcrumb_last_crumb, is_menu_item
from strategies import distinct_paragraphs, examples
from test_properties import clean_keeping_story

STORY = {
    "de": [
        "Die Feuerwehr hat am Dienstagabend 24 Familien aus ihren Wohnungen geholt, nachdem in der "
        "Tiefgarage eines Wohnhauses ein Auto in Brand geraten war.",
        "Das Feuer war nach etwas mehr als einer Stunde gelöscht. Verletzt wurde niemand, der "
        "Schaden am Gebäude ist nach Angaben der Feuerwehr aber erheblich.",
    ],
    "it": [
        "È stato necessario evacuare 24 famiglie dalle loro abitazioni in seguito all'incendio "
        "di un'autovettura in un'autorimessa condominiale posta al piano interrato.",
        "Sul posto sono intervenuti i vigili del fuoco, che hanno spento le fiamme in poco più di "
        "un'ora. Nessuno è rimasto ferito, ma i danni sono ingenti.",
    ],
    "fr": [
        "Les pompiers ont évacué mardi soir 24 familles de leurs logements après l'incendie "
        "d'une voiture dans le parking souterrain d'un immeuble du centre-ville.",
        "Le feu a été maîtrisé en un peu plus d'une heure. Personne n'a été blessé, mais les "
        "dégâts dans le bâtiment sont importants, selon les pompiers.",
    ],
    "en": [
        "Firefighters evacuated 24 families from their homes on Tuesday night after a car caught "
        "fire in the underground garage of an apartment building.",
        "The fire was put out in a little over an hour. Nobody was hurt, but the damage to the "
        "building is considerable, the fire service said.",
    ],
}
HEADLINE = {
    "de": "Brand in Tiefgarage: Feuerwehr holt 24 Familien aus ihren Wohnungen",
    "it": "Incendio in un garage: evacuate 24 famiglie dal condominio",
    "fr": "Incendie dans un parking : 24 familles évacuées de leur immeuble",
    "en": "Garage fire forces 24 families out of their homes",
}
MENUS = {
    "de": ["• Tennis", "• Darts", "• Alle Sportarten", "Lokales"],
    "it": ["Via Francigena", "Categorie", "news-import"],
    "fr": ["Vie locale", "Sports", "Culture", "Loisirs"],
    "en": ["News", "Local News", "Obits", "E-Edition"],
}


def rules_of(article: corpusclean.Article) -> list[str]:
    return [removal.rule for removal in article.removed]


@pytest.mark.parametrize("lang", sorted(MENUS))
def test_a_menu_run_above_the_headline_goes(lang: str) -> None:
    article = clean_keeping_story([*MENUS[lang], HEADLINE[lang], *STORY[lang]], STORY[lang])
    assert article.title == HEADLINE[lang]
    assert not any(line in article.paragraphs for line in MENUS[lang])
    assert "head_menu" in rules_of(article)


def test_a_byline_and_date_between_headline_and_story_do_not_stop_it() -> None:
    lines = [*MENUS["en"], HEADLINE["en"], "By Jane Smith", "March 3, 2024", *STORY["en"]]
    article = corpusclean.clean("\n".join(lines))
    assert rules_of(article).count("head_menu") == len(MENUS["en"])
    assert article.title == HEADLINE["en"]


@pytest.mark.parametrize(
    "top",
    [
        pytest.param(["Brandschutz", "Landkreis Rosenheim"], id="topic line and kicker"),
        pytest.param(["Lokales"], id="one section label"),
        pytest.param(["Geschiedenis van het Weeshuis", "Ingrid van der Vlis"], id="title, byline"),
    ],
)
def test_one_or_two_lines_over_the_headline_stay(top: list[str]) -> None:
    # Precision first: a topic line and a kicker are content; one label is section_label's.
    article = corpusclean.clean("\n".join([*top, HEADLINE["de"], *STORY["de"]]))
    assert "head_menu" not in rules_of(article)


NOT_MENUS = {
    "ingredients": ["Apfelkuchen", "200 g Mehl", "3 Eier", "100 g Zucker"],
    "programme": ["Das Programm", "Begrüßung", "Festrede", "Buffet", "Tanz"],
    "table rows": ["Dynamo Dresden 7:2", "Chemnitzer FC 3:0", "Carl Zeiss Jena 1:5"],
    "poem": ["Der Mond ist aufgegangen", "Die goldnen Sternlein prangen", "Am Himmel hell"],
    "title over a short list": ["Neue Bänke", "Am Markt", "Am Bahnhof", "Im Stadtpark"],
}


@pytest.mark.parametrize("name", sorted(NOT_MENUS))
def test_a_list_at_the_top_running_into_the_story_stays(name: str) -> None:
    # No headline between the short lines and the prose: the first of them may be the title
    # and the rest the article's own list, so nothing goes.
    lines = [*NOT_MENUS[name], *STORY["de"]]
    article = clean_keeping_story(lines, STORY["de"])
    assert "head_menu" not in rules_of(article)


def test_short_lines_with_digits_over_a_headline_stay() -> None:
    # Rows of a table or a programme hold times and scores: no menu item has a digit.
    rows = ["Dynamo Dresden 7:2", "Chemnitzer FC 3:0", "Carl Zeiss Jena 1:5"]
    article = corpusclean.clean("\n".join([*rows, HEADLINE["de"], *STORY["de"]]))
    assert "head_menu" not in rules_of(article)


def test_a_poem_under_its_title_stays() -> None:
    poem = [
        "Abendlied",
        "Der Mond ist aufgegangen",
        "Die goldnen Sternlein prangen",
        "Am Himmel hell und klar",
        "Der Wald steht schwarz und schweiget",
        "Und aus den Wiesen steiget",
        "Der weiße Nebel wunderbar",
    ]
    article = corpusclean.clean("\n".join(poem))
    assert "head_menu" not in rules_of(article)


def test_sub_headings_inside_the_story_stay() -> None:
    lines = [
        HEADLINE["de"],
        STORY["de"][0],
        "Ursache",
        "Ermittlungen",
        "Kritik",
        "Die Polizei ermittelt nun zur Ursache des Brandes und sucht Zeugen.",
        STORY["de"][1],
    ]
    article = clean_keeping_story(lines, lines[1:])
    assert "head_menu" not in rules_of(article)


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("• Alle Sportarten", True),
        ("news-import", True),
        ("Plan du site", True),
        ("Newsletter Sign Up Today", False),
        ("200 g Mehl", False),
        ("Es spielten:", False),
        ("Der Ofen ist heiß.", False),
    ],
)
def test_menu_item_shape(line: str, item: bool) -> None:
    assert is_menu_item(line) is item


words = st.sampled_from(("Stadt", "Rat", "Haus", "Bad", "Weg", "Markt", "Sport", "Kultur"))


@settings(max_examples=examples(40))
@given(
    story=distinct_paragraphs(2, min_size=1, max_size=4),
    menu=st.lists(st.lists(words, min_size=1, max_size=3), min_size=1, max_size=6),
    at=st.integers(min_value=0, max_value=4),
)
def test_short_lines_anywhere_never_remove_the_story(
    story: list[str], menu: list[list[str]], at: int
) -> None:
    # Order kept, story kept, idempotent, wherever a run of short lines lands (at the top it
    # may go, as a menu; the story's paragraphs never do).
    run = [" ".join(item) for item in menu]
    lines = [*story]
    lines[min(at, len(lines)) : min(at, len(lines))] = run
    clean_keeping_story(["Fire in the garage of a block of flats", *lines], story)


@settings(max_examples=examples(40))
@given(story=distinct_paragraphs(2, min_size=1, max_size=5))
def test_article_only_input_loses_nothing_to_head_menu(story: list[str]) -> None:
    article = clean_keeping_story(["Fire in the garage of a block of flats", *story], story)
    assert "head_menu" not in rules_of(article)


# nav25: a breadcrumb trail on one line whose last crumb is the headline under it, and a
# search field's placeholder ending in an ellipsis, from the shapes of the nav25 fix half.
TRAILS = {
    "de": ["Regelwerke", "» Startseite » Lokales » " + HEADLINE["de"]],
    "fr": ["Actualités", "Accueil › Actualités › " + HEADLINE["fr"]],
    "it": ["Home/Cronaca/" + HEADLINE["it"]],
    "en": ["Local News", "Home > Local News > " + HEADLINE["en"]],
}


@pytest.mark.parametrize("lang", sorted(TRAILS))
def test_a_breadcrumb_naming_the_headline_goes_with_the_lines_above_it(lang: str) -> None:
    lines = [*TRAILS[lang], HEADLINE[lang], *STORY[lang]]
    article = clean_keeping_story(lines, STORY[lang])
    assert article.title == HEADLINE[lang]
    assert rules_of(article).count("head_menu") == len(TRAILS[lang])


def test_a_one_word_title_under_its_trail_stays() -> None:
    # The title is menu-shaped ("Zuchtrichter"), so the run reaches past it; the trail's last
    # crumb names it, and it stays as the headline (nav25, azvogelzucht.de).
    lines = ["Regelwerke der AZ", "» Regelwerke » Richtlinien » Zuchtrichter", "Zuchtrichter"]
    lines += ["Allgemeines", *STORY["de"]]
    article = clean_keeping_story(lines, STORY["de"])
    assert rules_of(article).count("head_menu") == 2
    assert "Zuchtrichter" in [article.title, *article.paragraphs]
    assert "Allgemeines" in [article.title, *article.paragraphs]


@pytest.mark.parametrize(
    "top",
    [
        pytest.param(["Home > Lokales > Sport"], id="trail naming another page"),
        pytest.param(["Ein-/Ausgang/Zufahrt"], id="slashes in a word"),
        pytest.param(["Strom > Gas > Öl"], id="a ranking in two words"),
        pytest.param(["Er sagte: A > B > C, sagte er."], id="arrows in a sentence"),
        pytest.param(["Inhalt", "Einleitung › Hintergrund › Ausblick"], id="a table of contents"),
        pytest.param(["Berlin/Paris/Rom"], id="a dateline of three places"),
        pytest.param(["„Nie wieder / nie mehr / nie“"], id="a short quote with slashes"),
    ],
)
def test_a_trail_that_does_not_name_the_headline_stays(top: list[str]) -> None:
    article = corpusclean.clean("\n".join([*top, HEADLINE["de"], *STORY["de"]]))
    assert "head_menu" not in rules_of(article)


def test_a_trail_naming_a_sub_heading_further_down_stays() -> None:
    # Equal words three blocks under the trail are a sub-heading's, not the page's title.
    lines = ["Home > Sport > Ursache", HEADLINE["de"], STORY["de"][0], "Ursache", STORY["de"][1]]
    article = corpusclean.clean("\n".join(lines))
    assert "head_menu" not in rules_of(article)


def test_a_search_placeholder_in_a_menu_run_counts_as_an_item() -> None:
    menu = ["Generic filters", "Parola esatta ...", "Cerca nei titoli", "Filtra per categoria"]
    article = clean_keeping_story([*menu, HEADLINE["it"], *STORY["it"]], STORY["it"])
    assert rules_of(article).count("head_menu") == len(menu)


@pytest.mark.parametrize(
    "top",
    [
        pytest.param(["E poi …", "Chissà …"], id="two lines with ellipses"),
        pytest.param(["Il ritorno …"], id="a teaser kicker"),
    ],
)
def test_lines_with_ellipses_alone_over_the_headline_stay(top: list[str]) -> None:
    article = corpusclean.clean("\n".join([*top, HEADLINE["it"], *STORY["it"]]))
    assert "head_menu" not in rules_of(article)


# precision22: a route or a list of places with spaced slashes or bars over a headline naming
# its last stop, and an epigraph's lines trailing off over the headline, from the blind probe
# (benchmarks/data/precision/session22.json).
ROUTES = {
    "es": (["Pamplona / Puente la Reina / Estella"], "Estella"),
    "pt": (["Cultura | Música | Fado"], "Fado"),
    "de": (["Kultur | Musik | Jazz"], "Jazz"),
}


@pytest.mark.parametrize("lang", sorted(ROUTES))
def test_a_route_with_spaced_slashes_or_bars_over_its_last_stop_stays(lang: str) -> None:
    top, headline = ROUTES[lang]
    article = corpusclean.clean("\n".join([*top, headline, *STORY["en"]]))
    assert "head_menu" not in rules_of(article)
    assert top[0] in [article.title, *article.paragraphs]


@pytest.mark.parametrize(
    "top",
    [
        pytest.param(["Over the hills ...", "and far away ...", "the river runs ..."], id="en"),
        pytest.param(["Es war einmal …", "ein kleiner Bär …", "der wollte fliegen …"], id="de"),
        pytest.param(["Generic filters", "Parola esatta ...", "Cerca ..."], id="two placeholders"),
    ],
)
def test_lines_trailing_off_in_a_row_over_the_headline_stay(top: list[str]) -> None:
    article = corpusclean.clean("\n".join([*top, HEADLINE["en"], *STORY["en"]]))
    assert "head_menu" not in rules_of(article)


@pytest.mark.parametrize(
    ("line", "last"),
    [
        ("Pamplona / Puente la Reina / Estella", ""),
        ("Cultura | Música | Fado", ""),
        ("» Regelwerke » Sonstige Richtlinien » Zuchtrichter", "Zuchtrichter"),
        ("Início > Política > Governo anuncia novo pacote", "Governo anuncia novo pacote"),
        ("Ein-/Ausgang", ""),
        ("Home > News", ""),
        ("Seite 1 / 2 / 3", ""),
        ("Home > Sport > Er hat gewonnen.", ""),
    ],
)
def test_breadcrumb_shape(line: str, last: str) -> None:
    assert breadcrumb_last_crumb(line) == last


separators = st.sampled_from((" > ", " » ", "/", " | ", " › "))


@settings(max_examples=examples(40))
@given(
    story=distinct_paragraphs(2, min_size=1, max_size=4),
    crumbs=st.lists(st.lists(words, min_size=1, max_size=3), min_size=2, max_size=5),
    separator=separators,
    at=st.integers(min_value=0, max_value=4),
)
def test_breadcrumb_lines_anywhere_never_remove_the_story(
    story: list[str], crumbs: list[list[str]], separator: str, at: int
) -> None:
    # Order kept, story kept, idempotent, wherever a trail lands (over its headline it may go).
    trail = separator.join(" ".join(crumb) for crumb in crumbs)
    lines = [*story]
    lines[min(at, len(lines)) : min(at, len(lines))] = [trail, " ".join(crumbs[-1])]
    clean_keeping_story(["Fire in the garage of a block of flats", *lines], story)
