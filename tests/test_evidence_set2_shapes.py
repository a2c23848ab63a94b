"""Junk families of the second real-pages set, fixed by shape (issue #12): each shape with
the real content it must leave (article text written for these tests, no page text).

- a list item's bullet is no word of its line: a rule knows its line in a list too
  (`run.list_item_text`), and a bulleted list whose items a widget family removed in part is
  the widget's whole (`enclosed._mark_widget_list_items`);
- rows under a line ending with a colon, opening alike, are the article's list, never a
  related-headlines run (`headlines._introduces_a_list`);
- a caption printed bare beside its copy with the credit goes (`captions._is_bare_copy`);
- a short topic line over a line as short is a kicker over the headline, not a title over
  its standfirst (`standfirst.DEK_MIN_LENGTH_RATIO`).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.run import list_item_text
from strategies import CAPITALISED, examples
from test_properties import clean_keeping_story, removed_by

STORY_DE = [
    "Die Polizei hat am Dienstag in der Innenstadt einen Mann festgenommen, der zuvor mehrere "
    "Autos beschädigt haben soll. Die Beamten fanden ihn kurz darauf in einem Hinterhof.",
    "Nach Angaben eines Sprechers war der Mann stark alkoholisiert. Gegen ihn wird nun wegen "
    "Sachbeschädigung in mehreren Fällen ermittelt, der Schaden liegt bei 12.000 Euro.",
]


# --- a list item's bullet --------------------------------------------------------------------


def test_a_rule_knows_its_line_behind_a_list_bullet() -> None:
    removed = removed_by(["Autos in der Innenstadt beschädigt", "• 16. Januar 2025", *STORY_DE])
    assert removed.get("• 16. Januar 2025") == "date_line"
    assert list_item_text("- Artikel auf X teilen") == "Artikel auf X teilen"


def test_a_share_bar_printed_as_a_list_goes_whole() -> None:
    bar = [
        "- Lesezeichen für Artikel anlegen",
        "- Artikel Url in die Zwischenablage kopieren",
        "- Artikel auf X teilen",
        "- Artikel auf WhatsApp teilen",
        "- Ausdrucken oder als PDF speichern",
    ]
    removed = removed_by(["Autos in der Innenstadt beschädigt", *bar, *STORY_DE])
    assert set(bar) <= set(removed)


def test_an_articles_bulleted_lists_stay() -> None:
    # A board's roles, budget figures with bullets, one item a rule could know: the items are
    # the article's, and no widget family holds a third of the list.
    lists = [
        "- Vorsitzender: Thomas Becker",
        "- Stellvertreter: Christian Vogel",
        "- Kassenwart: Tobias Steeger",
        "• 247 Millionen Euro Ausgaben bei geplanten 237 Millionen Euro Einnahmen",
        "• Eine Erhöhung der Kreisumlage von 28,25 auf 32,0 Prozent",
        "• Zwölf Millionen Euro Verlustausgleich für die Kliniken",
        "• Artikel auf X teilen",
    ]
    removed = removed_by([STORY_DE[0], *lists, STORY_DE[1]])
    assert not set(lists[:-1]) & set(removed)


# --- rows a colon introduces -----------------------------------------------------------------

CLUB_TOP = [
    "Unsere Vorstandschaft ist wieder komplett",
    "Der zweite Vorsitzende begrüßte die zahlreichen Teilnehmer zur ordentlichen "
    "Mitgliederversammlung. Ein Höhepunkt war die Wahl des neuen ersten Vorsitzenden.",
    "Die Ehrung des langjährigen Mitglieds Friedrich Moreth wurde vom Vorstand vorgenommen, "
    "der ihm für vierzig Jahre Vereinstreue dankte.",
    "Weitere Vereinsjubilare:",
]
CLUB_END = [
    "25 Jahre: Anne Haberstroh und Rudolf Popp",
    "40 Jahre: Dieter Schwenger",
    "Unter Verschiedenes informierte der Vorsitzende über die Sanierung der Vereinsgebäude, "
    "bevor der Kassenwart die nächsten Termine bekanntgab.",
    "Der Vorstand bedankte sich bei",
]


def test_rows_under_a_colon_and_the_lines_after_them_stay() -> None:
    removed = removed_by([*CLUB_TOP, *CLUB_END])
    assert not set(CLUB_END) & set(removed), removed


def test_a_related_list_under_a_label_no_rule_knows_still_goes() -> None:
    # The headlines open in different ways: other stories, not a list's rows.
    related = [
        "‘Skylanders Imaginators’ will let you create and print your own figures",
        "Review: High-flying ‘NBA 2K17’ has a career year",
        "Review: ‘Madden NFL 17’ runs hard, plays it safe",
        "Sony’s PlayStation 4 Pro shows promise and plenty of pretty lighting",
    ]
    story = [
        "VR headsets are finally cheap enough for living rooms",
        "Sony's headset arrives next month at a price well below its rivals, and the first "
        "games show what the hardware can do when developers build for it from the start.",
        "Already a hit on other headsets, the space dogfighting game was one of the first to "
        "show how virtual reality can turn a familiar game into something special.",
        "More games news:",
    ]
    # The first headline, in sentence case, is the run's weak evidence and stays, as on main.
    removed = removed_by([*story, *related])
    assert all(removed.get(line) == "trailing_headlines" for line in related[1:]), removed


# --- a caption printed bare ------------------------------------------------------------------


def test_a_captions_bare_copy_beside_its_credit_goes() -> None:
    caption = "L'équipe nationale du Sénégal a remporté la Coupe d'Afrique des nations 2025."
    credited = caption + "SAMAH ZIDAN/ANADOLU VIA AFP"
    story = [
        "Le Sénégal a remporté dimanche soir la finale face au Maroc après prolongation, "
        "devant un stade plein et un public resté debout jusqu'au coup de sifflet final.",
        "Les dernières minutes du temps réglementaire ont été irrespirables, et le but de la "
        "victoire est venu à la quatre-vingt-quatorzième minute d'une frappe de loin.",
    ]
    removed = removed_by(["Le Sénégal champion d'Afrique", caption, credited, *story])
    assert removed.get(caption) == "caption_fragment"
    assert removed.get(credited) == "caption_credit_glued"


def test_a_slide_title_printed_again_stays() -> None:
    # A gallery's slide title over its caption and printed again below is the page's heading.
    title = "Eintracht Frankfurt gegen Werder Bremen (2:1)"
    lines = ["Bilderserie zum Spieltag", f"{title} (Foto: imago/Eibner)", title, *STORY_DE, title]
    article = corpusclean.clean("\n".join(lines))
    assert title in article.paragraphs


# --- a kicker over the headline --------------------------------------------------------------


def test_a_headline_under_a_short_topic_line_stays() -> None:
    headline = "Motorradfahrer schwer verletzt - Bestimmter Zeuge gesucht"
    lines = [
        "Unfall bei der B20 bei Simbach",
        headline,
        "9. September 2020, 12:25 Uhr aktualisiert am 9. September 2020, 7:50 Uhr",
        "Bei der B20 bei Simbach ist es am frühen Mittwochmorgen zu einem schweren "
        "Verkehrsunfall gekommen, bei dem ein Motorradfahrer schwer verletzt wurde.",
        STORY_DE[1],
    ]
    removed = removed_by(lines)
    assert headline not in removed
    assert removed.get(lines[2]) == "timestamp_pair_line"


def test_a_standfirst_under_a_long_headline_still_goes() -> None:
    lines = [
        "Stadtrat beschließt nach langer Debatte den Haushalt für das kommende Jahr",
        "Die Schulden steigen trotz höherer Steuereinnahmen weiter an",
        "Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen. Die "
        "Schulden der Stadt steigen damit auf 84 Millionen Euro, wie der Kämmerer sagte.",
        STORY_DE[1],
    ]
    assert removed_by(lines).get(lines[1]) == "standfirst"


# --- properties ------------------------------------------------------------------------------


@settings(max_examples=examples(25), deadline=None)
@given(
    names=st.lists(
        st.tuples(st.sampled_from(CAPITALISED), st.sampled_from(CAPITALISED)),
        min_size=2,
        max_size=5,
    ),
    years=st.lists(st.integers(1, 80), min_size=5, max_size=5),
    unit=st.sampled_from(("Jahre", "years", "años", "ans", "jaar")),
)
def test_rows_a_colon_introduces_are_never_trailing_headlines(
    names: list[tuple[str, str]], years: list[int], unit: str
) -> None:
    # Generated rows counting one unit first ("25 Jahre: Anne Popp"), then the report's
    # closing lines: all stay, removals keep their order and cleaning again changes nothing.
    rows = [f"{n} {unit}: {first} {last}" for (first, last), n in zip(names, years, strict=False)]
    lines = [*CLUB_TOP, *rows, *CLUB_END[2:]]
    article = clean_keeping_story(lines, [*rows, *CLUB_END[2:3]])
    assert "trailing_headlines" not in [r.rule for r in article.removed]


@settings(max_examples=examples(25), deadline=None)
@given(
    items=st.lists(
        st.sampled_from(
            [
                "- Vorsitzender: Thomas Becker",
                "- Kassenwart: Tobias Steeger",
                "- 247 Millionen Euro Ausgaben",
                "- Neue Spielgeräte für den Kindergarten",
                "- Sanierung der Sporthalle",
                "• Zwölf neue Mitglieder im Verein",
            ]
        ),
        min_size=1,
        max_size=6,
        unique=True,
    )
)
def test_an_articles_bulleted_list_never_loses_an_item(items: list[str]) -> None:
    clean_keeping_story([STORY_DE[0], *items, STORY_DE[1]], [STORY_DE[0], *items, STORY_DE[1]])
