"""An article's own list at its end, under its heading ending with a colon: short fact rows
("Opening times:" over "Tuesday to Friday: 10am to 5pm") and a results table's rows ("Other
results:" over "Rovers 2 Athletic 2"). The blind probe session27c found both taken by
`trailing_headlines` (and the heading left alone, then, as an `empty_field`) in English,
French and Portuguese (`headlines._after_structured_items`: fact rows from
`STRUCTURED_UNDER_LEAD_IN_MIN_ITEMS` under such a heading, lines of two numbers standing alone
from `STRUCTURED_MIN_ITEMS`). A related box's own label over kicker headlines still goes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.headlines import FACT_VALUE_MAX_WORDS, FIGURE_LABEL_MAX_WORDS
from strategies import prose_stories

MUSEUM = [
    "New museum opens",
    "The town's new museum of local history opened its doors on Friday, five years after the "
    "old one closed.",
    "Entry is free for residents.",
]
LISTS = {
    "en-opening": (
        MUSEUM,
        [
            "Opening times:",
            "Tuesday to Friday: 10am to 5pm",
            "Saturday and Sunday: 11am to 4pm",
            "Closed on Mondays",
        ],
    ),
    "en-results": (
        [
            "Hosts win derby",
            "United beat City 3-1 in front of a sell-out crowd on Sunday, with two goals in the "
            "last ten minutes.",
            "The win lifts them to fourth in the table.",
        ],
        ["Other results:", "Rovers 2 Athletic 2", "Town 0 Wanderers 1", "Albion 4 County 0"],
    ),
    "fr-palmares": (
        [
            "Le comice agricole de retour",
            "Le comice a attiré plus de 2 000 visiteurs samedi malgré la pluie.",
            "Les organisateurs se disent ravis.",
        ],
        [
            "Le palmarès :",
            "Plus grosse citrouille : Jean Martin",
            "Meilleur gâteau : Claire Petit",
            "Concours de dessin : Léa Roux, 8 ans",
        ],
    ),
    "pt-horarios": (
        [
            "Novo museu abre portas",
            "O novo museu de história local abriu as portas na sexta-feira, cinco anos depois "
            "do fecho do antigo.",
            "A entrada é gratuita para residentes.",
        ],
        [
            "Horário:",
            "De terça a sexta: 10h às 17h",
            "Sábado e domingo: 11h às 16h",
            "Encerrado à segunda-feira",
        ],
    ),
}


def test_an_articles_own_row_list_under_its_heading_stays() -> None:
    for name, (story, rows) in LISTS.items():
        article = corpusclean.clean("\n\n".join([*story, *rows]))
        assert not article.removed, (name, article.removed)


def test_kicker_headlines_under_a_related_label_still_go() -> None:
    # Readability's yahoo-1 page: an unknown related label over kicker headlines, whose
    # values are headlines' length, not a fact row's.
    story = [
        "The best VR games of the year so far",
        "Already a hit on the Oculus Rift, this space dogfighting game was one of the first to "
        "really show off how VR can turn a traditional game experience into something special.",
        "It is pricey and not quite as sharp as the Rift version, but it does an admirable job "
        "of filling the void left since the series ended on television.",
        "Too bad there are not any robots in it, or are there? The developers would not say "
        "when we asked them at the launch in London last week.",
    ]
    related = [
        "Review: High-flying 'NBA 2K17' has a career year",
        "Review: Race at your own speed in big, beautiful 'Forza Horizon 3'",
        "Sony's PlayStation 4 Pro shows promise, potential and plenty of pretty lighting",
        "Review: 'Madden NFL 17' runs hard, plays it safe",
    ]
    article = corpusclean.clean("\n\n".join([*story, "More games news:", *related]))
    removed = {r.text for r in article.removed if r.rule == "trailing_headlines"}
    assert set(related) <= removed


def test_results_rows_without_a_heading_are_a_table_too() -> None:
    story, rows = LISTS["en-results"]
    article = corpusclean.clean("\n\n".join([*story, *rows[1:]]))
    assert not article.removed, article.removed


CLOSING_ROW = "Closed on Mondays"
label_words = st.sampled_from(["Tuesday", "to", "Friday", "Saturday", "and", "Sunday", "Main"])
value_words = st.sampled_from(["10am", "to", "5pm", "11am", "4pm", "£5", "free"])


@given(
    story=prose_stories(),
    labels=st.lists(
        st.lists(label_words, min_size=3, max_size=FIGURE_LABEL_MAX_WORDS).map(" ".join),
        min_size=2,
        max_size=5,
        unique=True,
    ),
    values=st.lists(
        st.lists(value_words, min_size=1, max_size=FACT_VALUE_MAX_WORDS).map(" ".join),
        min_size=5,
        max_size=5,
    ),
)
def test_short_fact_rows_under_a_colon_heading_after_any_story_stay(
    story: list[str], labels: list[str], values: list[str]
) -> None:
    rows = [
        f"{label[:1].upper()}{label[1:]}: {value}"
        for label, value in zip(labels, values, strict=False)
    ]
    # Labels of three words or more (a day's range, a prize's name), and a closing row of no
    # colon, as "Closed on Mondays" closes opening times.
    lines = ["A story and its facts", *story, "Opening times:", *rows, CLOSING_ROW]
    article = corpusclean.clean("\n".join(lines))
    taken = {r.text for r in article.removed if r.rule == "trailing_headlines"}
    assert not taken & {*rows, CLOSING_ROW}


# --- a box of "Label: value" rows the story ends with (session27h) ----------------------------

WALK = [
    "A walk along the old railway",
    "The old railway line between Bath and Wells reopened as a walking and cycling path in May, "
    "60 years after the last train.",
    "The 22-mile route passes through two tunnels and over a Victorian viaduct, with cafes in "
    "most of the villages on the way.",
    "Local groups spent eight years raising the 4 million pounds it cost.",
]
BOXES = {
    "en": [
        "If you go",
        "Getting there: trains run hourly from Bristol to Bath Spa",
        "Where to stay: The Mill Inn, Wells, doubles from 95 pounds",
        "Bike hire: Wheels of Wells, 25 pounds a day",
    ],
    "de": [
        "Infos zur Tour",
        "Länge: 22 Kilometer",
        "Anfahrt: stündlich mit dem Zug ab Schweinfurt",
        "Einkehr: Gasthaus zur Mühle, Hammelburg",
    ],
}
RELATED_AFTER = [
    "More from Travel",
    "The ten best beaches in Cornwall for families this summer",
    "Why the Lake District is busier than ever before",
    "A weekend in Edinburgh for under 200 pounds",
]


def test_a_box_of_rows_the_story_ends_with_stays() -> None:
    for language, box in BOXES.items():
        article = corpusclean.clean("\n\n".join([*WALK, *box]))
        assert not article.removed, (language, article.removed)


def test_related_headlines_after_the_box_still_go() -> None:
    article = corpusclean.clean("\n\n".join([*WALK, *BOXES["en"], *RELATED_AFTER]))
    removed = [r.text for r in article.removed]
    assert set(RELATED_AFTER[1:]) <= set(removed)
    assert not set(BOXES["en"]) & set(removed)


# --- a list of titles under the story's own heading with no colon (session27j) ---------------

SHORTLIST = [
    "Local novelist on prize shortlist",
    "A novel about the town's fishing fleet is one of five books on this year's shortlist for "
    "the Coastal Fiction Prize.",
    "The winner will be named on March 12.",
    "The shortlist",
    "The Salt Road by Anna Reyes",
    "Low Water by Peter Marsh",
    "A House on Water Street by Ellen Grady",
    "The Keeper's Daughter by Tom Lind",
]
NOMINEES_PT = [
    "Filme da cidade nomeado para prémio",
    "Um documentário feito por três estudantes da cidade foi nomeado para um prémio nacional.",
    "É um de quatro filmes na categoria.",
    "Melhor Curta Documental",
    "Os Guardiões do Rio",
    "Turno da Noite no Santa Maria",
    "Últimas Rodadas",
    "O Campo Silencioso",
]
FOOTER = [
    "Cookies Settings",
    "Terms & Conditions",
    "Developed by Netro42",
    "Syndication and Licensing",
    "Clarifications and Corrections",
]


def test_a_list_of_titles_under_the_storys_heading_stays() -> None:
    for lines in (SHORTLIST, NOMINEES_PT):
        article = corpusclean.clean("\n\n".join(lines))
        assert not article.removed, article.removed


def test_a_footer_menu_under_a_short_line_still_goes() -> None:
    # Scrapinghub's 624fcd page in article mode: the menu has a short line over its links, but
    # other furniture above that line, not the story's sentence right above it. A menu right
    # under the story's last sentence reads as a list of titles and stays: junk kept, the
    # price of keeping setlists and shortlists (docs/benchmarks-log.md, session27j).
    cleaner = corpusclean.Cleaner(corpusclean.Config(mode="article"))
    article = cleaner.clean("\n\n".join([*WALK, "Privacy Policy", *FOOTER]))
    assert set(FOOTER[1:]) <= {r.text for r in article.removed}


# Titles of content words, two or more: a line of function words alone ("The") or of one word
# is no headline, so the run the detector reads starts under it, not under the heading.
title_words = st.sampled_from(["Long", "Way", "Home", "Paper", "Boats", "Salt", "Rain", "Harbour"])


@given(
    story=prose_stories(),
    heading=st.sampled_from(["Setlist", "The shortlist", "Track listing", "What we ate"]),
    titles=st.lists(
        st.lists(title_words, min_size=2, max_size=4).map(" ".join),
        min_size=3,
        max_size=7,
        unique=True,
    ),
)
def test_titles_under_the_storys_heading_after_any_story_stay(
    story: list[str], heading: str, titles: list[str]
) -> None:
    article = corpusclean.clean("\n".join(["A night to remember", *story, heading, *titles]))
    assert not {r.text for r in article.removed if r.rule == "trailing_headlines"} & set(titles)


# An interview's last turns, each a question over its answer, read as headlines and teasers:
# six turns went as `trailing_headlines` under a story long enough for the removal budget
# (blind probe session28d; `headlines._is_interview`).
LIBRARIES_DE = [
    "„Wir müssen die Bibliotheken retten“",
    "Die Bürgermeisterin über die Pläne der Stadt und den Streit im Rat.",
    "Der Stadtrat hat am Dienstag beschlossen, zwei der vier Stadtbibliotheken im April zu "
    "schließen, um 340.000 Euro im Jahr zu sparen.",
    "Die Entscheidung fiel nach einer Bürgerbefragung, an der 2.100 Menschen teilnahmen, die "
    "meisten gegen jede Schließung.",
    "Wir haben mit Bürgermeisterin Anna Berger gesprochen.",
]
TURNS = {
    "de": [
        "Frau Berger, warum sollen zwei Bibliotheken schließen?",
        "Berger: Weil wir sparen müssen. Das tut mir selbst weh.",
        "Gibt es Alternativen?",
        "Berger: Wir prüfen, ob Vereine die Häuser übernehmen können.",
        "Und wenn nicht?",
        "Berger: Dann schließen sie im April.",
    ],
    "en": [
        "Why Close Two Libraries Now?",
        "Because we have to save money. It hurts me too.",
        "Are There Any Alternatives?",
        "We are looking at whether volunteers can run them.",
        "And If Not?",
        "Then they close in April.",
    ],
}


def test_an_interviews_last_turns_stay() -> None:
    for turns in TURNS.values():
        article = corpusclean.clean("\n".join([*LIBRARIES_DE, *turns]))
        assert article.paragraphs[-len(turns) :] == tuple(turns)


def test_related_headlines_under_an_interview_still_go() -> None:
    related = ["Mehr zum Thema", "Stadtrat vertagt Entscheidung über Busspuren"]
    article = corpusclean.clean("\n".join([*LIBRARIES_DE, *TURNS["de"], *related]))
    assert article.paragraphs[-len(TURNS["de"]) :] == tuple(TURNS["de"])
    assert [r.text for r in article.removed] == related


def test_related_headlines_that_ask_still_go() -> None:
    # A related list asks in some of its headlines, not in all, and answers none of them.
    story = [*LIBRARIES_DE[2:4]]
    related = [
        "Euro Falls To Record Low",
        "What Comes Next For Labour?",
        "Rates Fall Again In March",
    ]
    article = corpusclean.clean("\n".join(["Rat schließt Bibliotheken", *story, *related]))
    assert [r.rule for r in article.removed] == ["trailing_headlines"] * len(related)


@given(
    # German questions read as headlines (their nouns are capitalised), and the story is long
    # enough for the removal budget to let a run of turns go: the shape session28d found.
    questions=st.lists(
        st.sampled_from(
            [
                "Gibt es Alternativen?",
                "Und wenn nicht?",
                "Wer bezahlt das Haus?",
                "Was sagen die Vereine?",
            ]
        ),
        min_size=1,
        max_size=3,
        unique=True,
    ),
    answers=st.lists(
        st.sampled_from(
            [
                "Berger: Dann schließen sie im April.",
                "Berger: Weil wir sparen müssen. Das tut mir selbst weh.",
                "Die Stadt, wie immer.",
            ]
        ),
        min_size=4,
        max_size=4,
    ),
)
def test_question_and_answer_turns_after_the_story_stay(
    questions: list[str], answers: list[str]
) -> None:
    asked = [TURNS["de"][0], *questions]
    turns = [line for pair in zip(asked, answers, strict=False) for line in pair]
    article = corpusclean.clean("\n".join([*LIBRARIES_DE, *turns]))
    assert article.paragraphs[-len(turns) :] == tuple(turns)
