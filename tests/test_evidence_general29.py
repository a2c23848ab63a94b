"""A page's short title at the end of its menu run (issue #12, general29).

`head_menu` reads three or more menu-shaped lines over a headline with the story under it.
A page's title of a few words ("After a Storm") is menu-shaped too, and the run swallowed it:
general29's half A held a utility's page under "Contact Us" / "Report an Outage" / "Pay
Bill". Now the run's last item is the title when it reads as a headline, the story's first
paragraph follows it directly, names it, and does not name the document's first line.
Negatives: a title over the article's own short list that the story names, a programme, a
one-word last row, a last row the story does not name, two lines over the title, a list
inside the story, a dateline, a Q&A, a fact box. Properties: story kept, order, idempotent.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from strategies import distinct_paragraphs, examples
from test_properties import clean_keeping_story

STORY = {
    "en": [
        "Anytime there is an outage, our goal is to get your power back on as quickly and as "
        "safely as possible. Below is how we restore power after a storm.",
        "Crews first repair the lines that serve hospitals and water plants, then the lines "
        "that bring power back to the largest number of customers.",
    ],
    "de": [
        "Wenn nach einem Sturm der Strom ausfällt, arbeiten unsere Teams rund um die Uhr daran, "
        "die Versorgung so schnell und sicher wie möglich wiederherzustellen.",
        "Zuerst werden Leitungen zu Krankenhäusern und Wasserwerken repariert, danach die "
        "Leitungen, an denen die meisten Haushalte hängen.",
    ],
    "fr": [
        "Après une tempête, nos équipes travaillent jour et nuit pour rétablir le courant aussi "
        "vite et aussi sûrement que possible chez tous nos clients.",
        "Les lignes des hôpitaux et des stations d'eau sont réparées en premier, puis celles "
        "qui desservent le plus grand nombre de foyers.",
    ],
}
MENU_AND_TITLE = {
    "en": ["Contact Us", "Report an Outage", "Pay Bill", "After a Storm"],
    "de": ["Kontakt", "Störung melden", "Rechnung bezahlen", "Nach einem Sturm"],
    "fr": ["Nous contacter", "Signaler une panne", "Payer ma facture", "Après une tempête"],
}


def rules_of(article: corpusclean.Article) -> list[str]:
    return [removal.rule for removal in article.removed]


@pytest.mark.parametrize("lang", sorted(MENU_AND_TITLE))
def test_the_menu_over_a_short_title_goes_and_the_title_stays(lang: str) -> None:
    *menu, title = MENU_AND_TITLE[lang]
    article = clean_keeping_story([*menu, title, *STORY[lang]], STORY[lang])
    assert rules_of(article) == ["head_menu"] * len(menu)
    assert article.title == title


def test_two_lines_over_the_short_title_stay() -> None:
    # Two lines are a topic line and a kicker as often as a menu: the run's minimum holds.
    lines = ["Report an Outage", "Pay Bill", "After a Storm", *STORY["en"]]
    article = clean_keeping_story(lines, STORY["en"])
    assert "head_menu" not in rules_of(article)


NOT_MENUS = {
    # The story names the first line: it is the title, and the short lines its list.
    "title over its list": (
        ["Neue Bänke", "Am Markt", "Am Bahnhof", "Im Stadtpark"],
        "Die Stadt hat neue Bänke aufgestellt: am Markt, am Bahnhof und im Stadtpark. Sie "
        "ersetzen die alten Holzbänke, die im Winter abgebaut worden waren.",
    ),
    "programme named by the story": (
        ["Das Programm", "Begrüßung", "Festrede", "Tanz am Abend"],
        "Das Programm des Stadtfests beginnt um zehn Uhr, der Tanz am Abend dauert bis "
        "Mitternacht, teilte der Veranstalter am Montag mit.",
    ),
    # A one-word last row is no headline.
    "one-word last row": (
        ["Mehl", "Zucker", "Eier", "Butter"],
        "Die Butter wird mit dem Zucker schaumig gerührt, dann kommen die Eier und zuletzt "
        "das Mehl dazu. Der Teig ruht eine Stunde im Kühlschrank.",
    ),
    # The prose does not name the last row: no sign it is the title.
    "last row not named": (
        ["Stille Heilige", "Alles schläft", "Einsam wacht", "Holder Knabe"],
        "Das Weihnachtslied wurde 1818 in Oberndorf bei Salzburg zum ersten Mal gesungen, "
        "heute kennt man es in mehr als dreihundert Sprachen.",
    ),
    # A Q&A's opening: the interview's kicker, the guest, the story names the first line.
    "interview": (
        ["Interview", "Zur Person", "Anna Berger", "Die Försterin"],
        "Im Interview spricht die Försterin Anna Berger über den Sturm, die Schäden im "
        "Stadtwald und darüber, wie lange die Aufräumarbeiten dauern werden.",
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_MENUS))
def test_an_article_opening_with_short_lines_keeps_them(name: str) -> None:
    top, prose = NOT_MENUS[name]
    lines = [*top, prose, STORY["de"][1]]
    article = clean_keeping_story(lines, lines[1:])  # the first line may be the title
    assert "head_menu" not in rules_of(article)


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            [
                "Stromausfall nach dem Sturm: Was Kunden jetzt wissen müssen",
                STORY["de"][0],
                "Krankenhäuser",
                "Wasserwerke",
                "Schulen",
                "Haushalte",
                STORY["de"][1],
            ],
            id="a list inside the story",
        ),
        pytest.param(
            ["Sturm legt Stromnetz lahm", "HAMBURG", STORY["de"][0], STORY["de"][1]],
            id="a dateline under the headline",
        ),
        pytest.param(
            [
                "Stromausfall",
                "Frage",
                "Wie lange dauert es?",
                "Antwort",
                STORY["de"][0],
                STORY["de"][1],
            ],
            id="a Q&A's first question",
        ),
        pytest.param(
            [
                "Sturmtief Zoltan",
                "Böen: bis 140 km/h",
                "Schäden: 40 Millionen Euro",
                "Betroffen: Norddeutschland",
                STORY["de"][0],
                STORY["de"][1],
            ],
            id="a fact box",
        ),
    ],
)
def test_real_article_shapes_lose_nothing(lines: list[str]) -> None:
    article = clean_keeping_story(lines, lines[1:])  # the first line is the title
    assert article.removed == ()


items = st.sampled_from(
    ("Contact Us", "Pay Bill", "Kontakt", "Suche", "Start", "Service", "Karriere", "Presse")
)


@settings(max_examples=examples(40))
@given(
    story=distinct_paragraphs(2, min_size=1, max_size=4),
    menu=st.lists(items, min_size=0, max_size=6),
    title=st.sampled_from(("After a Storm", "Nach dem Sturm", "Stadtrat tagt")),
)
def test_short_lines_over_a_short_title_never_take_the_story(
    story: list[str], menu: list[str], title: str
) -> None:
    # Story kept, removals in order, idempotent, whatever run of items sits over the title.
    article = clean_keeping_story([*menu, title, *story], story)
    assert title not in [r.text for r in article.removed if r.rule == "head_menu"]
