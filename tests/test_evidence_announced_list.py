"""A list the story announces in its own sentence, ending in a colon right above it (the
books on a prize's shortlist, a citizens' group's demands): the article's, never a related-
headlines run (`headlines._announces_a_list`; precision18, whose probe found both lists taken
by `trailing_headlines`). Related headlines right after a story still go."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from strategies import distinct_paragraphs
from test_properties import clean_keeping_story

ANNOUNCED = {
    "en": (
        [
            "Local novelist on prize shortlist",
            "A novel about the town's fishing fleet is one of five books on this year's "
            "shortlist for the Coastal Fiction Prize, the jury announced on Thursday.",
            "The winner will be named on March 12 at a dinner in Portland. The shortlisted "
            "books are:",
        ],
        [
            "The Salt Road by Anna Reyes",
            "Low Water by Peter Marsh",
            "A House on Water Street by Ellen Grady",
            "The Keeper's Daughter by Tom Lind",
            "Harbor Lights by Ruth Okafor",
        ],
    ),
    "de": (
        [
            "Bürgerinitiative stellt Forderungen",
            "Nach drei Jahren Planung ist es entschieden: Der Haltepunkt Steinach wird im "
            "Dezember wieder in Betrieb genommen. Das teilte die Bahn am Montag mit.",
            "Zunächst sollen die Züge im Stundentakt halten, in der Hauptverkehrszeit alle "
            "halbe Stunde. Der Umbau kostet rund 2,4 Millionen Euro.",
            "Die Bürgerinitiative hat dem Gemeinderat am Mittwoch drei Forderungen übergeben:",
        ],
        [
            "Tempo 30 vor der Grundschule",
            "Ein Zebrastreifen an der Bahnhofstraße",
            "Mehr Parkplätze für Fahrräder am Bahnsteig",
        ],
    ),
}

RELATED = [
    "Freibad bleibt wegen Sanierung auch im Sommer geschlossen",
    "Stadtwerke erhöhen Preise für Fernwärme deutlich",
    "Polizei sucht Zeugen nach Unfall an der Bundesstraße",
    "Weihnachtsmarkt 2026: Das ist in diesem Jahr neu",
]


def test_a_list_the_story_announces_stays() -> None:
    for language, (top, items) in ANNOUNCED.items():
        article = corpusclean.clean("\n".join([*top, *items]))
        removed = [r.text for r in article.removed]
        assert not set(items) & set(removed), (language, removed)


def test_related_headlines_under_the_last_paragraph_still_go() -> None:
    # Under the story's last paragraph (a sentence ending with a stop) or its shorter
    # sentence that ends with a colon. (Under a short label, "Mehr zum Thema:", the run was
    # kept before this change too; under a long announcing sentence it is kept now: the price.)
    top = ANNOUNCED["de"][0][:3]
    for above in ([], ["Der Gemeinderat berät am Mittwoch:"]):
        article = corpusclean.clean("\n".join([*top, *above, *RELATED]))
        assert [r.text for r in article.removed if r.rule == "trailing_headlines"] == RELATED


# --- properties -------------------------------------------------------------------------------


@given(
    language=st.sampled_from(sorted(ANNOUNCED)),
    story=distinct_paragraphs(min_sentences=2, min_size=1, max_size=3),
)
def test_an_announced_list_after_any_story_is_never_trailing_headlines(
    language: str, story: list[str]
) -> None:
    # Generated paragraphs, then the announcing sentence and the list: the list stays,
    # removals keep their order and cleaning again changes nothing.
    top, items = ANNOUNCED[language]
    lines = [top[0], *story, top[-1], *items]
    article = clean_keeping_story(lines, [*story, *items])
    assert "trailing_headlines" not in [r.rule for r in article.removed]
