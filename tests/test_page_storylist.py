"""Tests for a short story's own run of short lines in page mode (`corpusclean.page.storylist`)."""

from __future__ import annotations

from collections.abc import Callable
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.page import classify_page_lines, storylist
from corpusclean.page.features import LineFacts, has_furniture_cue
from corpusclean.page.inset import LIST_MAX_LINES
from corpusclean.page.storylist import keep_story_list
from corpusclean.page.tail import ends_the_story
from corpusclean.text import tokens
from strategies import boilerplate_lines, examples, paragraphs, sentences
from test_properties import assert_idempotent

# Short whole pages of made-up local papers: the site's menu, a story of a headline, a
# paragraph or two and a run of short lines of its own, then a share row, a most-read list
# and a footer. The headline is left to `page.title` (printed once): not asserted here.
PAGES = {
    "en": (
        ["Skip to content", "Harbour Gazette", "News", "Sport", "Business", "Subscribe"],
        [
            "Ferry timetable changes next month",
            "The island ferry will run to a new timetable from the first of May, the operator "
            "said on Wednesday.",
            "Weekday sailings",
            "6.10am",
            "9.40am",
            "1.15pm",
            "5.50pm",
            "Fares are unchanged.",
        ],
        ["Share this article", "Facebook", "Email", "Most read", "Lifeboat called out twice"],
    ),
    "de": (
        ["Zum Inhalt springen", "Talbote", "Lokales", "Kultur", "Wirtschaft", "E-Paper"],
        [
            "Neuer Wochenmarkt im Ortskern",
            "Von Mai an findet jeden Donnerstag ein Wochenmarkt auf dem Platz vor der Kirche "
            "statt, teilt die Gemeinde mit.",
            "Diese Stände sind dabei",
            "Bäckerei Huber",
            "Obsthof Lang",
            "Käserei am Bach",
            "Imkerei Stein",
            "Der Markt beginnt um acht Uhr.",
        ],
        ["Artikel teilen", "Facebook", "WhatsApp", "Meistgelesen", "Impressum", "Datenschutz"],
    ),
    "fr": (
        ["Aller au contenu principal", "Le Courrier du Lac", "Actualités", "Loisirs"],
        [
            "Les horaires d'été de la médiathèque",
            "La médiathèque municipale adopte ses horaires d'été à partir du premier juillet, "
            "annonce la mairie.",
            "Mardi",
            "10h-12h",
            "Mercredi",
            "14h-18h",
            "Samedi",
            "10h-13h",
            "Elle sera fermée en août.",
        ],
        ["Partager", "Facebook", "E-mail", "Les plus lus", "Mentions légales"],
    ),
    "nl": (
        ["Naar de inhoud", "Polderpost", "Nieuws", "Regio", "Abonneren"],
        [
            "Wandelroute langs de dijk vernieuwd",
            "De wandelroute langs de oude dijk is opnieuw bewegwijzerd en loopt nu ook langs "
            "het nieuwe vogelkijkscherm.",
            "Start bij de kerk",
            "Oude sluis",
            "Vogelkijkscherm",
            "Theehuis De Kade",
            "De route is negen kilometer lang.",
        ],
        ["Deel dit artikel", "Facebook", "WhatsApp", "Meest gelezen", "Privacy"],
    ),
}


def _kept(lines: list[str]) -> list[str]:
    return [s for s, v in zip(lines, classify_page_lines(lines), strict=True) if v.keep]


def _page_paragraphs(lines: list[str]) -> list[str]:
    cleaner = corpusclean.Cleaner(corpusclean.Config(mode="page"))
    return list(cleaner.clean("\n".join(lines)).paragraphs)


def _keep(lines: list[str], keep: list[bool]) -> list[bool]:
    n_tokens = [len(tokens(s)) for s in lines]
    return keep_story_list(lines, n_tokens, keep, lambda s: has_furniture_cue(LineFacts(s)))


def test_a_short_storys_own_list_is_kept_and_the_furniture_still_goes() -> None:
    for language, (menu, story, footer) in PAGES.items():
        lines = [*menu, *story, *footer]
        verdicts = dict(zip(lines, classify_page_lines(lines), strict=True))
        body = story[1:]
        assert [s for s in body if not verdicts[s].keep] == [], language
        # This pass kept some of them, not the model: the test reads the pass's work.
        assert any("story's last lines" in verdicts[s].reason for s in body), language
        # The menu, the share row, the most-read list and the footer still go.
        assert not any(verdicts[s].keep for s in (*menu, *footer)), language
        # The cleaner's output holds the story's lines in the story's order (its later
        # rounds read the page without its furniture).
        out = _page_paragraphs(lines)
        assert [s for s in out if s in body] == body, language


STORY = (
    "The new bus line 12 will run every hour between the station and the business park, the "
    "council said."
)
ITEMS = ["Station", "Town hall", "Market square", "Business park North"]
CLOSING = "The trip takes 22 minutes."


def test_the_run_under_the_story_is_kept_up_to_the_furniture() -> None:
    lines = ["Home", STORY, *ITEMS, CLOSING, "Share this article", "Facebook", "Privacy"]
    keep = [False, True] + [False] * 8
    assert _keep(lines, keep) == [False, True] + [True] * 5 + [False] * 3
    # A share row's label without a cue word under the closing sentence stays dropped.
    lines = ["Home", STORY, *ITEMS, CLOSING, "Artikel teilen", "Facebook", "Impressum"]
    assert _keep(lines, keep) == [False, True] + [True] * 5 + [False] * 3


def test_a_list_announced_with_a_colon_needs_no_closing_sentence() -> None:
    lines = [STORY, "The new stops along the line are:", *ITEMS, "Share this article", "Privacy"]
    keep = [True, True] + [False] * 6
    assert _keep(lines, keep) == [True] * 6 + [False] * 2


def test_a_footer_menu_under_the_story_still_goes() -> None:
    # Neither closed by a sentence nor announced with a colon: a footer's links.
    lines = [STORY, "Over ons", "Contact", "Adverteren", "Privacyverklaring", "Cookiebeleid"]
    keep = [True] + [False] * 5
    assert _keep(lines, keep) == keep


def test_a_most_read_list_after_the_story_still_goes() -> None:
    # The run ends at the cue word ("Most read"): the headlines under it are not the run's.
    headlines = ["Man charged after town centre disturbance", "New cafe opens in old bank"]
    lines = [STORY, *ITEMS, CLOSING, "Most read", *headlines, "© 2025 Valley Echo"]
    keep = [True] + [False] * 9
    out = _keep(lines, keep)
    assert out[: len(ITEMS) + 2] == [True] * (len(ITEMS) + 2)
    assert not any(out[len(ITEMS) + 2 :])


def test_a_related_list_of_headlines_still_goes() -> None:
    # Headlines of five words and more under the story, with no label: not a story's items.
    headlines = [
        "Man charged after town centre disturbance",
        "New cafe opens in the old bank building",
        "Lifeboat crew called out twice in one night",
        "Primary school wins national reading award",
    ]
    lines = [STORY, *headlines, "Police are appealing for witnesses.", "Share this", "Privacy"]
    keep = [True] + [False] * 7
    assert _keep(lines, keep) == keep


def test_a_run_holding_the_menus_words_still_goes() -> None:
    # The site's section links printed again under the story share the menu's words.
    lines = ["News", "Sport", "Business", STORY, "Local sport", "Business news", "Weather"]
    lines += [CLOSING, "Share this article"]
    keep = [False] * 3 + [True] + [False] * 5
    assert _keep(lines, keep) == keep


def test_what_the_run_needs_each_left_to_the_model() -> None:
    keep = [True] + [False] * 6
    # Two items only: a byline and a credit as often as a list.
    lines = [STORY, "Jane Smith", "Reporter", CLOSING, "Share this article", "Facebook", "X"]
    assert _keep(lines, keep) == keep
    # A line printed again on the page (longer than a menu's link: the printing decides).
    again = "Old Mill Lane car park"
    lines = [STORY, *ITEMS[:2], again, CLOSING, "Share this article", again]
    assert _keep(lines, keep) == keep
    # A sentence of the page's own under the run: the closing line may be the footer's.
    footer = "This site uses cookies to give you the best experience on our pages."
    lines = [STORY, *ITEMS[:3], CLOSING, "Share this article", footer]
    assert _keep(lines, keep) == keep
    # A long line without a sentence's end: a block of its own.
    teaser = "Ten things to do in Millbrook this weekend with the kids and the dog"
    lines = [STORY, *ITEMS[:2], teaser, CLOSING, "Share this article", "Facebook"]
    assert _keep(lines, keep) == keep


def test_an_island_kept_under_the_story_is_no_story() -> None:
    # The model kept a small block far under a larger one: the lines under it are not the
    # story's (`tail.ends_the_story`).
    story = [STORY, STORY.replace("hour", "half hour"), STORY.replace("council", "mayor")]
    gap = ["Weather", "Traffic", "Jobs", "Events", "Motors"]
    island = "Two men were arrested after a break-in at the garden centre on Friday night."
    lines = [*story, *gap, island, *ITEMS[:3], CLOSING, "Share this article"]
    keep = [True] * 3 + [False] * 5 + [True] + [False] * 5
    assert _keep(lines, keep) == keep


@given(st.lists(st.text(max_size=40), max_size=30), st.data())
def test_only_adds_lines_under_the_last_kept_sentence(
    lines: list[str], data: st.DataObject
) -> None:
    keep = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    out = _keep(lines, keep)
    assert len(out) == len(keep)
    assert all(o or not k for o, k in zip(out, keep, strict=True))
    added = [i for i, (o, k) in enumerate(zip(out, keep, strict=True)) if o and not k]
    if added:
        # One run, under a kept line, within a list's reach of it.
        kept = [i for i, k in enumerate(keep) if k]
        above = [i for i in kept if i < min(added)]
        assert above and max(added) - above[-1] <= LIST_MAX_LINES + 1


MENU_LINES = (
    *("Skip to content", "Home", "News", "Local", "Sport", "Business", "Opinion", "Culture"),
    *("What's on", "Jobs", "Motors", "Property", "Subscribe", "Sign in", "Search", "Menu"),
)
ITEM_LINES = (
    *("Station", "Town hall", "Market square", "Mill Lane", "Church Walk", "1. Anna Berger"),
    *("2. Lea Schmitt", "Saturday", "Sunday", "10am-4pm", "Soup of the day", "A florist"),
)
FOOTER_LINES = (
    *("Share this article", "Facebook", "Email", "Most read", "About us", "Privacy"),
    *("Cookie settings", "Terms of use", "Kontakt | Impressum | Datenschutz"),
    "© 2025 Millbrook Echo Ltd",
)


@st.composite
def stories_with_lists(draw: st.DrawFn) -> list[str]:
    """A short whole page (the shape of `session30b`): a menu, a story of one or two
    paragraphs, a run of short items now and then closed by a sentence or holding a line
    of furniture, a share row and a footer."""
    menu = draw(st.lists(st.sampled_from(MENU_LINES), min_size=5, max_size=12, unique=True))
    story = draw(st.lists(paragraphs(1, 3), min_size=1, max_size=2))
    items = draw(
        st.lists(
            st.one_of(st.sampled_from(ITEM_LINES), boilerplate_lines),
            min_size=2,
            max_size=9,
            unique=True,
        )
    )
    closing = draw(st.lists(sentences(3, 10), max_size=1))
    footer = draw(st.lists(st.sampled_from(FOOTER_LINES), min_size=3, max_size=8, unique=True))
    return [*menu, *story, *items, *closing, *footer]


def _without_the_pass(lines: list[str]) -> list[str]:
    """What page mode kept before this pass: the same cleaner with the pass a no-op."""
    with mock.patch(
        "corpusclean.page.detect.keep_story_list",
        lambda lines, n_tokens, keep, is_furniture: list(keep),
    ):
        return _page_paragraphs(lines)


def _in_order(kept: list[str], lines: list[str]) -> bool:
    """Whether ``kept`` is a subsequence of ``lines`` (a line printed twice counts twice)."""
    rest = iter(lines)
    return all(any(line == other for other in rest) for line in kept)


@settings(max_examples=examples(60), deadline=None)
@given(stories_with_lists())
def test_keeps_the_input_order_and_every_sentence_kept_before(lines: list[str]) -> None:
    before = _without_the_pass(lines)
    after = _page_paragraphs(lines)
    assert not [s for s in before if s not in after and s.endswith(".")]
    assert _in_order(after, lines)


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.one_of(paragraphs(1, 4), st.sampled_from(ITEM_LINES)), min_size=1, max_size=12))
def test_never_removes_an_article_only_inputs_text(story: list[str]) -> None:
    # An article alone (no menu, no footer), lists among its paragraphs: the pass only adds,
    # in input order.
    before, after = _without_the_pass(story), _page_paragraphs(story)
    assert all(s in after for s in before)
    assert _in_order(after, story)


@settings(max_examples=examples(60), deadline=None)
@given(stories_with_lists())
# Drawn under the thorough profile (seed 32): `tail` kept "Town hall" and "Station" over the
# dropped closing sentence; read again without the share row, the model kept "Town hall"
# and the sentence and dropped "Station", and `tail` refused a run with a kept line in it.
@example(
    [
        *("Skip to content", "Home", "News", "Local", "Sport", "Business", "Opinion"),
        *("Culture", "Government the the the the the the the the the the the the the the."),
        *("Town hall", "Station", "Government the the the the the said said."),
        *("Facebook", "Share this article", "Email"),
    ]
)
def test_page_mode_stays_idempotent_with_the_storys_lists(lines: list[str]) -> None:
    kept = _kept(lines)
    assert _kept(kept) == kept
    cleaner = corpusclean.Cleaner(corpusclean.Config(mode="page"))
    assert_idempotent(cleaner, cleaner.clean("\n".join(lines)))


# Short pages whose story ends in a list with neither the old closing sentence nor a kept
# colon line over it (the shape of `session30c`, made up anew): rows repeating one shape
# with a number, a list announced by a dropped lead-in, a results table under a short
# sentence; then tags, a related box under its label, print and back-to-top links, a footer.
TABLE_PAGES = {
    "en-dates": (
        ["Skip to content", "Millbrook Echo", "News", "Sport", "What's On", "Jobs"],
        [
            "Library closes for refurbishment",
            "The central library will close for three weeks while new shelves and lighting "
            "are fitted, the council said.",
            "Monday 3 June: Church Walk 10am",
            "Wednesday 5 June: Mill Lane 2pm",
            "Friday 7 June: Market Square 11am",
        ],
        [
            "Tags",
            "Libraries",
            "Council",
            "Related stories",
            "Swimming pool reopens after repairs",
            "New cycle lane for the high street",
            "Print this page",
            "Back to top",
            "About us",
            "Privacy",
            "© 2025 Millbrook Echo",
        ],
    ),
    "it-hours": (
        [
            "Menu",
            "Cerca",
            "Comune di Roccabella",
            "Home",
            "Amministrazione",
            "Servizi",
            "Eventi",
            "Notizie",
        ],
        [
            "Farmacie aperte nel fine settimana",
            "Ecco le farmacie di turno aperte sabato e domenica nel territorio comunale.",
            "Sabato 6: Farmacia Rossi, via Roma 12",
            "Domenica 7: Farmacia del Ponte, piazza Cavour 4",
            "Lunedì 8: Farmacia Nuova, viale Europa 31",
        ],
        [
            "Leggi anche",
            "Raccolta differenziata, il calendario",
            "Apre la nuova palestra",
            "Stampa",
            "Torna su",
            "Note legali",
            "Privacy",
        ],
    ),
    "de-results": (
        ["Menü", "Suche", "Stadt Bergheim", "Startseite", "Rathaus", "Leben", "Aktuelles"],
        [
            "Ortsratswahl in Niederau",
            "Die Wahlbeteiligung lag bei 61 Prozent.",
            "Liste A (SPD) 38,1 %",
            "Liste B (CDU) 35,6 %",
            "Liste C (FWG) 26,3 %",
            "Der neue Ortsrat tritt im Juni zum ersten Mal zusammen.",
        ],
        [
            "Mehr zum Thema",
            "Haushalt für das nächste Jahr beschlossen",
            "Seite drucken",
            "Nach oben",
            "Impressum",
            "Datenschutz",
        ],
    ),
    "fr-lead-in": (
        ["Menu", "Rechercher", "Ville de Saint-Aubin", "Accueil", "Vie locale", "Culture"],
        [
            "La collecte des encombrants revient",
            "La prochaine collecte aura lieu le mardi 14 octobre dans tout le quartier nord "
            "de la commune.",
            "Sont acceptés :",
            "vieux meubles",
            "matelas",
            "appareils ménagers",
        ],
        [
            "Voir aussi",
            "Nouveaux horaires de la déchetterie",
            "Imprimer",
            "Haut de page",
            "Mentions légales",
        ],
    ),
}


def test_a_short_storys_table_or_announced_list_is_kept_and_the_furniture_still_goes() -> None:
    for name, (menu, story, footer) in TABLE_PAGES.items():
        lines = [*menu, *story, *footer]
        body = story[1:]  # the headline is `page.title`'s (below)
        out = _page_paragraphs(lines)
        assert [s for s in out if s in body] == body, name
        # The menus, tags, the related box, print and back-to-top links and the footer go.
        assert not [s for s in out if s in (*menu, *footer)], name
        # The pass did it: without it, page mode loses some of the story's lines.
        assert [s for s in _without_the_pass(lines) if s in body] != body, name


def test_the_headline_of_a_short_page_is_its_title() -> None:
    # Printed once right above the story, under the menu: one of its words in the lead
    # ("collecte", "farmacie", "library"), none in the menus.
    for name in ("en-dates", "it-hours", "fr-lead-in"):
        menu, story, footer = TABLE_PAGES[name]
        article = corpusclean.Cleaner(corpusclean.Config(mode="page")).clean(
            "\n".join([*menu, *story, *footer])
        )
        assert article.title == story[0], name


ROWS = [
    "Monday 3 June: Church Walk 10am",
    "Wednesday 5 June: Mill Lane 2pm",
    "Friday 7 June: Market Square 11am",
]


def test_rows_of_one_shape_need_no_closing_sentence_and_end_at_a_related_label() -> None:
    # No cue word in "Potrebbe interessarti anche": the related box's label in a shipped
    # language ends the run.
    teasers = ["12.03.2025 New play area opens", "10.03.2025 Bin calendar for next year"]
    lines = [STORY, *ROWS, "Potrebbe interessarti anche", *teasers, "Privacy"]
    keep = [True] + [False] * 7
    assert _keep(lines, keep) == [True] * 4 + [False] * 4


def test_rows_that_do_not_repeat_one_shape_still_go() -> None:
    keep = [True] + [False] * 4
    # Shapes that differ, with neither closing sentence nor colon: a footer's lines.
    lines = [STORY, "Monday 3 June: Church Walk", "Mill Lane (2pm)", "Friday 7", "Privacy"]
    assert _keep(lines, keep) == keep
    # A lone number is every dated list's shape: an archive's months.
    lines = [STORY, "December 2024", "November 2024", "October 2024", "Privacy"]
    assert _keep(lines, keep) == keep
    # Numbers without a word: a pager's.
    lines = [STORY, "(1)", "(2)", "(3)", "Privacy"]
    assert _keep(lines, keep) == keep


def test_a_short_sentence_anchors_only_rows_of_one_shape() -> None:
    short = "Turnout was 61 per cent."
    lines = [
        short,
        "List A (Labour) 38.1 %",
        "List B (Green) 35.6 %",
        "List C (Ind) 26.3 %",
        "Privacy",
    ]
    keep = [True] + [False] * 4
    assert _keep(lines, keep) == [True] * 4 + [False]
    # Under the same short sentence, a list closed by a sentence is left to the model.
    lines = [short, *ITEMS, CLOSING, "Share this article"]
    keep = [True] + [False] * 6
    assert _keep(lines, keep) == keep


def test_a_dropped_lead_in_announces_a_list() -> None:
    lines = [STORY, "Stops on the way:", "Mill Lane", "Church Walk", "Old Bridge", "Privacy"]
    keep = [True] + [False] * 5
    assert _keep(lines, keep) == [True] * 5 + [False]


def test_tags_under_a_lead_in_still_go() -> None:
    # A tag list names the story's topics: its items repeat the story's words.
    lines = [STORY, "More about:", "Buses", "Council", "Business park", "Privacy"]
    keep = [True] + [False] * 5
    assert _keep(lines, keep) == keep
    # A one-word label ("Mots-clés :") announces no list of the story's.
    lines = [STORY, "Mots-clés :", "Voirie", "Transports", "Quartier nord", "Privacy"]
    assert _keep(lines, keep) == keep


def test_an_item_naming_a_menu_word_beside_its_own_is_the_storys() -> None:
    menu = ["Dijkveld Courant", "Nieuws", "Sport"]
    story = "Ruim driehonderd lezers stuurden de oplossing van de puzzel in. De winnaars zijn:"
    keep = [False] * 3 + [True] + [False] * 5
    # A winner from the town the site is named after: one word of three is the menu's,
    # under a run announced by the story's colon.
    lines = [*menu, story, "Marleen Bos, Dijkveld", "Henk Visser, Oosterend"]
    lines += ["Fatima el Amrani, Westerhoven", CLOSING, "Privacy"]
    assert _keep(lines, keep) == [False] * 3 + [True] * 5 + [False]
    # An item made of the menu's words (all of them, or half) is the site's link.
    lines[5] = "Sport nieuws"
    assert _keep(lines, keep) == keep
    lines[5] = "Uitslagen sport"
    assert _keep(lines, keep) == keep


def test_a_run_closed_by_a_sentence_alone_holds_no_menu_word() -> None:
    # A teaser's label, headline and date over its blurb (a real page's shape): one word of
    # the headline is the menu's ("Building"), and nothing but the blurb closes the run.
    menu = ["Plant Operations", "Building Materials", "Automation"]
    blurb = "A flurry of new manufacturing facilities has begun popping up across the country."
    lines = [*menu, STORY, "Industry Trends", "America's New Factory Building Frenzy"]
    lines += ["June 15", blurb, "Privacy"]
    keep = [False] * 3 + [True] + [False] * 5
    assert _keep(lines, keep) == keep


def _dated(template: str, day: int, hour: int) -> str:
    return template.format(day=day, hour=hour)


@st.composite
def stories_with_tables(draw: st.DrawFn) -> list[str]:
    """A short whole page whose story ends in rows of one shape (dates, hours, results), at
    times under a lead-in, at times closed by a sentence; then a related box, tags, a
    footer."""
    menu = draw(st.lists(st.sampled_from(MENU_LINES), min_size=5, max_size=12, unique=True))
    story = draw(st.lists(paragraphs(1, 3), min_size=1, max_size=2))
    template = draw(
        st.sampled_from(
            (
                "{day} June: Church Walk {hour}am",
                "List {day} ({hour}) 4,5 %",
                "Day {day}: {hour}.00",
            )
        )
    )
    days = draw(st.lists(st.integers(1, 28), min_size=2, max_size=6, unique=True))
    rows = [_dated(template, day, draw(st.integers(1, 12))) for day in days]
    lead = draw(st.lists(st.sampled_from(("Dates to note:", "More about:")), max_size=1))
    closing = draw(st.lists(sentences(3, 10), max_size=1))
    footer = draw(
        st.lists(
            st.sampled_from((*FOOTER_LINES, "Related stories", "Tags")),
            min_size=3,
            max_size=8,
            unique=True,
        )
    )
    return [*menu, *story, *lead, *rows, *closing, *footer]


@settings(max_examples=examples(60), deadline=None)
@given(stories_with_tables())
def test_page_mode_stays_idempotent_with_the_storys_tables(lines: list[str]) -> None:
    kept = _kept(lines)
    assert _kept(kept) == kept
    cleaner = corpusclean.Cleaner(corpusclean.Config(mode="page"))
    assert_idempotent(cleaner, cleaner.clean("\n".join(lines)))


def _page_text(lines: list[str]) -> list[str]:
    """Page mode's title, if any, and paragraphs: the text it keeps."""
    article = corpusclean.Cleaner(corpusclean.Config(mode="page")).clean("\n".join(lines))
    return [*([article.title] if article.title else []), *article.paragraphs]


# Drawn under the thorough profile: a five-token story sentence over three rows is kept with
# them and, headline-shaped, is the article's title (article mode's first-block rule); its
# text is kept, as the title.
TITLED_STORY = [
    *("Skip to content", "Home", "News", "Local", "Sport"),
    "Government the Malaysia Malaysia Malaysia.",
    *("1 June: Church Walk 1am", "2 June: Church Walk 1am", "3 June: Church Walk 1am"),
    *("Share this article", "Facebook", "Email"),
]


@settings(max_examples=examples(60), deadline=None)
@given(stories_with_tables())
@example(TITLED_STORY)
def test_tables_keep_the_input_order_and_every_sentence_kept_before(lines: list[str]) -> None:
    with mock.patch(
        "corpusclean.page.detect.keep_story_list",
        lambda lines, n_tokens, keep, is_furniture: list(keep),
    ):
        before = _page_text(lines)
    after = _page_text(lines)
    assert not [s for s in before if s not in after and s.endswith(".")]
    assert _in_order(after, lines)


@settings(max_examples=examples(60), deadline=None)
@given(
    st.lists(
        st.one_of(paragraphs(1, 4), st.sampled_from((*ITEM_LINES, *ROWS))), min_size=1, max_size=12
    )
)
def test_never_removes_an_article_only_inputs_text_with_rows(story: list[str]) -> None:
    before, after = _without_the_pass(story), _page_paragraphs(story)
    assert all(s in after for s in before)
    assert _in_order(after, story)


def _story_run_reading_each_anchor(
    lines: list[str], n_tokens: list[int], keep: list[bool], ends_run: Callable[[str], bool]
) -> list[int]:
    """`storylist._story_run` as it was written before each anchor's run was read once: both
    readings look for their anchor over every kept line and read its run again."""
    kept = [i for i, k in enumerate(keep) if k]
    dropped = [i for i, k in enumerate(keep) if not k]
    for min_tokens in (storylist.STORY_SENTENCE_MIN_TOKENS, storylist.SHAPED_STORY_MIN_TOKENS):
        over = [at for at, i in enumerate(kept) if dropped and i < dropped[-1]]
        at = None
        for place in range(over[-1], -1, -1) if over else ():
            if kept[over[-1]] - kept[place] > LIST_MAX_LINES:
                break
            if storylist._closes_story(lines, n_tokens, kept, place, min_tokens):
                at = place
                break
        if at is None or not ends_the_story(n_tokens, kept[: at + 1]):
            continue
        run = storylist._run_to_furniture(lines, n_tokens, kept[at], ends_run)
        shaped_only = min_tokens < storylist.STORY_SENTENCE_MIN_TOKENS
        own = storylist._own_items(lines, n_tokens, kept[: at + 1], run, shaped_only)
        if own:
            return own
    return []


# The two readings find different anchors: the long sentence's run is cut by a long line,
# the short sentence's is rows of one shape.
TWO_ANCHORS = [
    "The council met on Tuesday evening to count the votes of the local election.",
    "Subscribe to our newsletter for the latest news and offers every week from us",
    "Turnout was 61 per cent.",
    "List A (Labour) 38.1 %",
    "List B (Green) 35.6 %",
    "List C (Ind) 26.3 %",
    "Privacy",
]


@st.composite
def lines_and_flags(draw: st.DrawFn) -> tuple[list[str], list[bool]]:
    """A short page or any lines, and a flag a line (kept by the model or not)."""
    lines = draw(st.one_of(stories_with_lists(), st.lists(st.text(max_size=40), max_size=30)))
    return lines, draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))


@settings(max_examples=examples(60), deadline=None)
@given(lines_and_flags())
@example((TWO_ANCHORS, [True, False, True, False, False, False, False]))
def test_each_anchors_run_read_once_equals_reading_it_for_each_reading(
    page: tuple[list[str], list[bool]],
) -> None:
    # The reuse invariant of `_story_run`: the run under an anchor is a function of the
    # anchor, so reading it once for both readings finds the same run as reading it again.
    lines, keep = page
    n_tokens = [len(tokens(s)) for s in lines]

    def ends_run(line: str) -> bool:
        return has_furniture_cue(LineFacts(line))

    expected = _story_run_reading_each_anchor(lines, n_tokens, keep, ends_run)
    assert storylist._story_run(lines, n_tokens, keep, ends_run) == expected
