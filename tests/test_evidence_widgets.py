"""Blog software's sidebar widgets ending the document (issue #12, widgets32).

`sidebar_widgets` removes a widget title of any shipped language (`data/widgets.toml`:
WordPress's default widgets from its catalogs, Blogger's gadgets) and the short rows under
it when they end the document below the post's prose: a title only a widget prints alone, a
title that is also an ordinary heading only beside another. Positives in Danish, German,
French, Spanish, Portuguese, Polish and English; negatives in several languages: a story's
sub-heading that is a widget's word over prose, the word in a sentence, a story's own list of
months or categories with numbers, an "About me" page that is the article, a list page with
no prose, a list longer than a sidebar. Properties: article-only input loses nothing, order
kept, idempotent; a widget appended under any story goes whole and the story stays.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.compat import tomllib
from corpusclean.detect import widgets
from corpusclean.detect.widgets import TitleKind, load_widget_titles, title_key, title_kind
from corpusclean.language import shipped_languages
from strategies import distinct_paragraphs, examples, headings
from test_properties import clean_keeping_story

RULE = widgets.NAME

# A post in each language, long enough that the removal budget lets a sidebar go.
POST = {
    "da": [
        "Med det milde vejr melder lysten sig til at komme ud i haven og i gang med "
        "forårets arbejde. Køkkenhaven trænger til en overhaling efter vinteren.",
        "De efterladte gulerødder var begyndt at skyde igen, men det kommer der desværre "
        "ikke flere gulerødder ud af. De giver sig bare til at blomstre smukt i bedet.",
        "Den gode nyhed er, at der kan høstes det fineste purløg til årets første æggekage, "
        "og at stien hen til drivhuset fortsat er intakt efter stormen i sidste uge.",
    ],
    "de": [
        "Am Samstag haben wir die Bohnen geerntet, die dieses Jahr wegen des warmen Frühjahrs "
        "früher reif geworden sind als sonst. Die Ernte war besser als erwartet.",
        "Die Tomaten im Gewächshaus brauchen dagegen noch ein paar Wochen, bis sie rot sind, "
        "und die Gurken hat leider der Mehltau erwischt, trotz aller Vorsicht beim Gießen.",
        "Nächstes Jahr wollen wir die Beete anders aufteilen und mehr Kartoffeln pflanzen, "
        "weil die alten Sorten aus dem Keller so gut über den Winter gekommen sind.",
    ],
    "fr": [
        "Pendant qu'une partie des ruches étaient dans les champs de colza, nous avons visité "
        "les autres au rucher du village pour vérifier les réserves de miel.",
        "Les colonies ont bien passé l'hiver et les reines pondent déjà beaucoup, ce qui "
        "promet une belle saison si le temps reste doux jusqu'à la fin du mois.",
        "Nous poserons les hausses la semaine prochaine, après la floraison des cerisiers, et "
        "la première récolte devrait avoir lieu au début du mois de juin.",
    ],
    "es": [
        "Salimos de León a primera hora con las alforjas cargadas y un viento de cara que no "
        "nos dejó en paz hasta la hora de comer en un pueblo de la meseta.",
        "Por la tarde el camino mejoró mucho y llegamos a Astorga antes de que anocheciera, "
        "cansados pero contentos de haber hecho la etapa más larga del viaje.",
        "Mañana nos espera la subida al puerto, así que cenamos pronto y nos fuimos a dormir "
        "al albergue, donde había otros cuatro ciclistas de Francia y de Italia.",
    ],
    "pt": [
        "O bolo de fubá da minha avó era feito todo domingo de manhã, antes da missa, com o "
        "fubá que meu avô trazia do moinho da fazenda ao lado da nossa.",
        "A receita é simples e não leva fermento químico em excesso, por isso o bolo fica "
        "úmido por dentro e com uma casquinha dourada por cima quando sai do forno.",
        "Hoje eu faço a mesma receita com os meus netos, que adoram bater a massa e lamber a "
        "colher, exatamente como eu fazia quando era pequena na casa da minha avó.",
    ],
    "pl": [
        "Wiosna przyszła w tym roku wcześnie i pszczoły zaczęły oblatywać się już w lutym, "
        "kiedy na leszczynie pojawiły się pierwsze kwiaty pełne pyłku.",
        "Przegląd uli pokazał, że wszystkie rodziny przezimowały dobrze, a matki czerwią już "
        "na kilku ramkach, więc zapasy pokarmu szybko się zmniejszają.",
        "W przyszłym tygodniu poszerzę gniazda i dołożę węzę, żeby pszczoły miały gdzie budować "
        "nowe plastry, zanim zakwitną sady w całej naszej okolicy nad rzeką.",
    ],
    "en": [
        "The broad beans went in on Saturday, two rows of them along the fence where the "
        "peas were last year, and the soil was finally dry enough to work.",
        "Jane dug over the bed by the shed and found the last of the winter leeks, which "
        "went straight into a soup with the potatoes we still had in the store.",
        "Next weekend we hope to sow the carrots and parsnips, if the weather holds, and to "
        "fix the water butt that the wind blew over during the storm in March.",
    ],
}
TITLE = {
    "da": "Nye kanter i køkkenhaven",
    "de": "Bohnenernte im Kleingarten",
    "fr": "Visite des ruches au printemps",
    "es": "Etapa 3: de León a Astorga",
    "pt": "Bolo de fubá de vó",
    "pl": "Pierwszy przegląd uli",
    "en": "Broad beans at last",
}

# Sidebars after the post, each in the shape its software prints: WordPress's recent posts,
# a theme's recent-posts box, Blogger's archive with months and counts, its label list beside
# the popular posts, two generic widgets in a row, a popular-posts title cut by the excerpt.
SIDEBARS = {
    "da-theme": (
        "da",
        [
            "Nyeste blog indlæg",
            "Efterårsplanter i blide nuancer til krukkerne",
            "Blomsterkaos i skærehaven",
            "Ny bil udløser nyt bed og planterokade",
        ],
    ),
    "da-blogger-cut": ("da", ["Populære opslag f"]),
    "de-wordpress": (
        "de",
        [
            "Letzte Beiträge",
            "Tomaten im Gewächshaus",
            "Die erste Kartoffelernte",
            "Archive",
            "Oktober 2020",
            "September 2020",
        ],
    ),
    "fr-blogger": (
        "fr",
        ["Archives du blog", "► 2019 (14)", "▼ 2018 (22)", "► décembre (3)", "► novembre (2)"],
    ),
    "es-blogger": (
        "es",
        [
            "Entradas populares",
            "Etapa 2: de Sahagún a León",
            "Etiquetas",
            "alforjas (12)",
            "Camino de Santiago (8)",
        ],
    ),
    "pt-wordpress": ("pt", ["Arquivos", "abril 2022", "março 2022", "Categorias", "Receitas"]),
    "pl-wordpress": (
        "pl",
        ["Najnowsze wpisy", "Zimowla pszczół", "Najnowsze komentarze", "Anna o Zimowla pszczół"],
    ),
    "en-blogger": (
        "en",
        [
            "Blog Archive",
            "► 2009 (31)",
            "▼ 2008 (44)",
            "Labels",
            "broad beans (5)",
            "allotment (40)",
            "About Me",
            "Hazel",
            "View my complete profile",
        ],
    ),
}


def kept(article: corpusclean.Article) -> tuple[str, ...]:
    return (article.title or "", *article.paragraphs)


def rules_of(article: corpusclean.Article) -> list[str]:
    return [removal.rule for removal in article.removed]


@pytest.mark.parametrize("name", sorted(SIDEBARS))
def test_a_sidebar_ending_the_document_goes(name: str) -> None:
    language, sidebar = SIDEBARS[name]
    post = POST[language]
    article = clean_keeping_story([TITLE[language], *post, *sidebar], post)
    assert not set(sidebar) & set(kept(article)), name
    assert RULE in rules_of(article), name


def test_an_archive_printed_a_line_a_word_goes_whole() -> None:
    # Blogger's archive in a full page's text: a month in three lines ("►" / "August" /
    # "(5)"), as on the Readability set's blogger page; 16 months are 48 short lines.
    months = ["January", "February", "March", "April", "May", "June", "July", "August"] * 2
    archive = [line for month in months for line in ("►", month, "(3)")]
    sidebar = ["Blog Archive", *archive, "About Me", "View my complete profile"]
    post = POST["en"]
    article = clean_keeping_story([TITLE["en"], *post, *sidebar], post)
    assert not set(sidebar) & set(kept(article))


def test_a_sidebar_goes_under_a_post_cleaned_with_another_languages_rules() -> None:
    # A Danish post in a language with few rules wins no vote on a short excerpt: the titles
    # are read in every language whatever the document is cleaned as.
    post = POST["da"]
    lines = [TITLE["da"], *post, *SIDEBARS["da-theme"][1]]
    article = corpusclean.Cleaner(corpusclean.Config(language="en")).clean("\n".join(lines))
    assert kept(article) == (TITLE["da"], *post)


# --- what stays ---------------------------------------------------------------------------

# Each a story's own ending that must stay whole: (language, lines after the post).
STAYS = {
    # a sub-heading that is a widget's word, with prose under it
    "en-archive-subheading": (
        "en",
        [
            "Archive",
            "The society's archive of seed catalogues goes back to 1921 and is open "
            "to members on the first Saturday of every month.",
        ],
    ),
    "de-archiv-subheading": (
        "de",
        [
            "Über mich",
            "Ich gärtnere seit zwanzig Jahren auf dieser Parzelle und schreibe hier "
            "über alles, was dabei wächst und schiefgeht.",
        ],
    ),
    # the word inside a sentence
    "de-kategorien-sentence": (
        "de",
        [
            "In allen Kategorien gab es dieses Jahr mehr Anmeldungen als im Vorjahr, vor allem "
            "bei den Kürbissen und den Zucchini."
        ],
    ),
    # a story's own list of months with numbers: a budget by month under its own heading
    "de-budget-by-month": (
        "de",
        [
            "Ausgaben nach Monaten",
            "März 2021 (412 Euro)",
            "April 2021 (380 Euro)",
            "Mai 2021 (295 Euro)",
        ],
    ),
    # ... and under a heading that is a generic widget title, alone
    "fr-results-under-categories": (
        "fr",
        ["Catégories", "Poussins (4)", "Benjamins (6)", "Minimes (9)"],
    ),
    "es-archive-of-months": (
        "es",
        ["Archivos", "enero 2021 (4)", "febrero 2021 (7)", "marzo 2021 (2)"],
    ),
    # a story's links heading (the Readability gold keeps one) over its links
    "en-links": ("en", ["Links", "The allotment society", "The seed exchange"]),
    # ... its items one word printed again and again, with another heading (the Readability
    # set's base-url page: "Links", "link" eight times, "Images", "Foo", all in its gold)
    "en-links-repeated": ("en", ["Links", *["link"] * 8, "Images", "Foo"]),
}


@pytest.mark.parametrize("name", sorted(STAYS))
def test_a_storys_own_ending_stays(name: str) -> None:
    language, ending = STAYS[name]
    post = POST[language]
    article = clean_keeping_story([TITLE[language], *post, *ending], [*post, *ending])
    assert RULE not in rules_of(article), name


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_about_me_page_that_is_the_article_stays(language: str) -> None:
    heading = {"en": "About Me", "fr": "Qui êtes-vous ?"}[language]
    story = {
        "en": [
            "I'm Hazel, and in November 2006 my friend Jane and I took on a half plot at the "
            "Hill Allotments, a bramble patch that nobody else wanted.",
            "This blog is the story of what happened next: the digging, the slugs, the first "
            "potatoes and the shed that fell down twice.",
        ],
        "fr": [
            "Je m'appelle Lucien, je suis apiculteur amateur depuis 1998 dans un petit village "
            "des Corbières, où je soigne une trentaine de ruches.",
            "Sur ce blog, je raconte les saisons au rucher, les récoltes et les erreurs que "
            "j'ai faites, pour que d'autres débutants les évitent.",
        ],
    }[language]
    article = clean_keeping_story([heading, *story], story)
    assert RULE not in rules_of(article)


def test_titles_and_rows_with_no_prose_above_stay() -> None:
    # A list page: nothing tells the blog's own archive page from a sidebar.
    lines = ["Blog Archive", "► 2009 (31)", "▼ 2008 (44)", "Labels", "broad beans (5)"]
    article = corpusclean.clean("\n".join(lines))
    assert RULE not in rules_of(article)


def test_a_named_title_with_the_story_going_on_in_prose_under_it_stays() -> None:
    post = POST["en"]
    lines = [TITLE["en"], post[0], "Recent Posts", "Broad beans at last", *post[1:]]
    article = corpusclean.clean("\n".join(lines))
    assert RULE not in rules_of(article)


def test_a_title_over_more_rows_than_a_sidebar_holds_stays() -> None:
    verses = [f"{word} over the allotment in the evening" for word in ("Rain", "Wind", "Dusk")]
    lines = [TITLE["en"], *POST["en"], "Recent Posts", *(verses * 15)]
    article = corpusclean.clean("\n".join(lines))
    assert RULE not in rules_of(article)


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("The archive of the town hall", False),
        ("Recent posts on the forum were mostly about slugs.", False),
        ("Kategorien", True),  # one word: never the start of a cut title
        ("Populære", True),
        ("Blog Archive of the club", True),
    ],
)
def test_title_kind_reads_whole_lines_only(line: str, cut: bool) -> None:
    kind = title_kind(line, load_widget_titles(), cut=cut)
    assert kind is None or (line == "Kategorien" and kind is TitleKind.GENERIC), line


def test_title_key_drops_markers_and_the_colon_only() -> None:
    assert title_key("▼ Blog-Archiv:") == "blog-archiv"
    assert title_key("• Labels") == "labels"
    assert title_key("Qui êtes-vous ?") == "qui êtes-vous ?"


def test_the_titles_file_is_well_formed() -> None:
    from importlib import resources

    text = resources.files("corpusclean").joinpath("data/widgets.toml").read_text("utf-8")
    data = tomllib.loads(text)
    assert set(data) <= set(shipped_languages()) | {"en"}, sorted(data)
    for code, lists in data.items():
        assert set(lists) == {"named", "generic"}, code
        assert lists["named"] and lists["generic"], code
        assert not {title_key(t) for t in lists["named"]} & {
            title_key(t) for t in lists["generic"]
        }, code


# --- properties -------------------------------------------------------------------------------


@settings(max_examples=examples(40))
@given(story=distinct_paragraphs(2, min_size=1, max_size=5))
def test_article_only_input_loses_nothing_to_the_widgets(story: list[str]) -> None:
    article = clean_keeping_story(["Broad beans at last", *story], story)
    assert RULE not in rules_of(article)


@settings(max_examples=examples(40))
@given(
    story=distinct_paragraphs(3, min_size=3, max_size=5),
    title=st.sampled_from(sorted(load_widget_titles().named)),
    # At most two rows: a title and two headlines stay under the removal budget's floor
    # whatever the story's length (as the related-box tail's property).
    rows=st.lists(headings, min_size=0, max_size=2),
)
def test_a_widget_appended_under_any_story_goes_whole(
    story: list[str], title: str, rows: list[str]
) -> None:
    widget = [title.capitalize(), *rows]
    article = clean_keeping_story(["Broad beans at last", *story, *widget], story)
    assert not set(widget) & set(article.paragraphs)


def test_a_widget_whose_title_a_rule_removed_goes_with_its_rows() -> None:
    # CI's draw: "Recent comments" goes as `comment_widget` on its own line; its row stayed.
    story = [
        "Government the the the. Government the the the. Government the the the.",
        "Government the the the. Government the the the. Government the the the the.",
        "Government the the the. Government the the the. Government the the the the the.",
    ]
    widget = ["Recent comments", "Government Government"]
    article = clean_keeping_story(["Broad beans at last", *story, *widget], story)
    assert not set(widget) & set(article.paragraphs)


_NAMED = sorted(load_widget_titles().named)


@given(
    title=st.sampled_from(_NAMED),
    end=st.integers(min_value=0, max_value=60),
    tail=st.sampled_from(["", " ", "x", " posts"]),
)
def test_the_named_starts_set_answers_as_a_walk_of_the_titles(
    title: str, end: int, tail: str
) -> None:
    # `_starts_a_named_title` reads a set of the titles' strict starts: the same answer as
    # testing every named title (a strict start of one of two or more words, with a space).
    key = title[:end] + tail
    titles = load_widget_titles()
    walked = " " in key and any(
        other.startswith(key) and other != key and " " in other for other in titles.named
    )
    assert widgets._starts_a_named_title(key, titles) == walked
