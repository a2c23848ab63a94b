"""A story that ends in a list naming each row by a code of letters and figures (the classes
of a contest's winners, the roads of a closure, the platforms of a timetable), under a
sentence with no colon: the article's own list, never a related-headlines run
(`headlines._first_code`, `_code_shape`; blind probes session19 and session20 lost such
lists to `trailing_headlines`). Related headlines after a story still go, and so do those
that share one code (a topic's "H5N1" in each)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect import headlines
from strategies import CAPITALISED
from test_properties import clean_keeping_story

STORIES = {
    "en": (
        [
            "Roads to close at night for resurfacing this winter",
            "Three of the district's busiest roads will shut on weekday nights from November "
            "while crews lay new surfaces, the county council said on Thursday.",
            "Diversions will be signed, and buses will keep to their usual routes.",
        ],
        [
            "B4521 Walford to Ross",
            "A4137 Kerne Bridge to Goodrich",
            "B4234 Lydbrook to Cinderford",
        ],
    ),
    "de": (
        [
            "Malwettbewerb der Grundschule entschieden",
            "Mehr als 60 Bilder haben die Kinder der Grundschule am Bach für den Wettbewerb "
            "der Sparkasse gemalt. Die Jury hatte es nach eigenen Worten nicht leicht.",
            "Die Preise gingen in diesem Jahr an drei Jungen.",
        ],
        [
            "Jonas Keller aus der 2b",
            "Mats Brunner aus der 3c",
            "Finn Albrecht aus der 1a",
        ],
    ),
    "nl": (
        [
            "Nieuwe dienstregeling op het station vanaf maandag",
            "Vanaf maandag rijden de stoptreinen naar de kust vaker, maakte de vervoerder "
            "bekend. De sneltreinen vertrekken voortaan van andere sporen.",
            "Reizigers wordt gevraagd goed op de borden te letten.",
        ],
        [
            "Spoor 4a Intercity naar Amsterdam",
            "Spoor 5b Sprinter naar Haarlem",
            "Spoor 7a Intercity naar Den Haag",
        ],
    ),
    "fr": (
        [
            "Le tournoi de tennis de la ville a rendu son verdict",
            "Plus de quatre-vingts joueurs ont disputé samedi les finales du tournoi municipal, "
            "sous un soleil qui a attiré un public nombreux autour des courts.",
            "Les titres sont revenus à des joueurs du club local.",
        ],
        [
            "U12 Lucas Martin",
            "U14 Hugo Petit",
            "U16 Nathan Roux",
        ],
    ),
}


def test_a_list_of_coded_rows_after_the_story_stays() -> None:
    for language, (top, rows) in STORIES.items():
        article = corpusclean.clean("\n".join([*top, *rows]))
        removed = [r.text for r in article.removed]
        assert not set(rows) & set(removed), (language, removed)


RELATED = [
    "Freibad bleibt wegen Sanierung auch im Sommer geschlossen",
    "Stadtwerke erhöhen Preise für Fernwärme deutlich",
    "Polizei sucht Zeugen nach Unfall an der Bundesstraße",
]
# A topic's related headlines: each names the same code, with no value of its own.
SAME_CODE = [
    "H5N1 Bird Flu Found at Second Farm Near County Border",
    "What the H5N1 Outbreak Means for Backyard Hens",
    "Poultry Shows Cancelled as H5N1 Spreads Across Region",
]
# Codes of different shapes ("G7" and "PS5" are "A9", "5G" is "9A"): fewer than three rows
# share a shape, so nothing marks the run as a list of the story's.
MIXED_CODES = [
    "Leaders Meet at G7 Summit as Trade Talks Stall",
    "Fans Queue Overnight for New PS5 Consoles",
    "Council Backs Plans for 5G Mast Beside School",
]


def test_related_headlines_after_the_story_still_go() -> None:
    top, _ = STORIES["de"]
    article = corpusclean.clean("\n".join([*top, *RELATED]))
    assert [r.text for r in article.removed if r.rule == "trailing_headlines"] == RELATED


def test_related_headlines_that_share_one_code_still_go() -> None:
    for related in (SAME_CODE, MIXED_CODES):
        top, _ = STORIES["en"]
        article = corpusclean.clean("\n".join([*top, *related]))
        assert [r.text for r in article.removed if r.rule == "trailing_headlines"] == related


def test_code_shapes() -> None:
    codes = [headlines._first_code(line) for line in (*STORIES["nl"][1], *SAME_CODE)]
    assert codes == ["4a", "5b", "7a", "H5N1", "H5N1", "H5N1"]
    shapes = [headlines._code_shape(code) for code in ("4a", "A4137", "Sub-23", "G20", "5G")]
    assert shapes == ["9a", "A9", "Aa-9", "A9", "9A"]


# --- properties -------------------------------------------------------------------------------


@given(
    language=st.sampled_from(sorted(STORIES)),
    names=st.lists(
        st.tuples(st.sampled_from(CAPITALISED), st.sampled_from(CAPITALISED)),
        min_size=3,
        max_size=6,
    ),
    letter=st.sampled_from("ABM"),
    numbers=st.lists(st.integers(1, 9999), min_size=6, max_size=6, unique=True),
)
def test_rows_with_distinct_codes_after_the_story_are_never_trailing_headlines(
    language: str, names: list[tuple[str, str]], letter: str, numbers: list[int]
) -> None:
    # A story's top (headline, two paragraphs) and generated rows each opening with a code of
    # one shape and its own value ("A12 Name Name"): the rows stay, removals keep their
    # order and cleaning again changes nothing.
    top = STORIES[language][0]
    rows = [f"{letter}{n} {first} {last}" for (first, last), n in zip(names, numbers, strict=False)]
    article = clean_keeping_story([*top, *rows], top[1:])
    assert "trailing_headlines" not in [r.rule for r in article.removed]
